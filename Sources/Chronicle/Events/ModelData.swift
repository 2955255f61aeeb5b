import ChronicleModels

/// The bytes of the shipped models' data files, which the C compiler embeds in the binary
/// (`Sources/ChronicleModels`): nothing is read from disk, so Chronicle works from any directory.
enum ModelData {
    static var eventModel: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: chronicle_event_model(), count: chronicle_event_model_size())
    }

    static var syntaxModel: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: chronicle_syntax_model(), count: chronicle_syntax_model_size())
    }

    static var wordSenses: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: chronicle_word_senses(), count: chronicle_word_senses_size())
    }
}
