extension SyntaxModel {
    /// The model built into the program (`Sources/ChronicleModels/syntax.model`, embedded by the
    /// C compiler), loaded on first use without copying its tables.
    public static let shipped: SyntaxModel = {
        do {
            return try SyntaxModel(bytes: UnsafeRawBufferPointer(ModelData.syntaxModel))
        } catch {
            fatalError("the built-in syntax model is unusable: \(error) (retrain it with 'chronicle train --syntax')")
        }
    }()
}

extension DocumentSyntax {
    /// The analysis of a tokenized document with the built-in model.
    public init(tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>) {
        self.init(tokens: tokens, bytes: bytes, model: .shipped)
    }

    /// The analysis of `text`, tokenized by Chronicle's tokenizer, with the built-in model.
    public init(text: String) {
        self.init(text: text, model: .shipped)
    }
}
