import ArgumentParser
import Chronicle
import ChronicleIO
import Foundation

/// `chronicle parse`: parts of speech, lemmas and dependency trees.
///
/// ```
/// $ chronicle parse Samples/central-asia-bases.txt
/// # newdoc id = central-asia-bases
/// # sent_id = central-asia-bases-1
/// # text = ...
/// 1	The	the	DET	DT	Definite=Def|PronType=Art	3	det	_	start=0|end=3
/// ...
/// $ chronicle parse en_ewt-ud-test.conllu > predicted.conllu   # gold tokens, predicted columns
/// ```
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Tag, lemmatize and parse text files, or re-annotate the words of CoNLL-U files.",
        discussion: """
        A .conllu file keeps its words and sentence breaks (gold tokens); UPOS, XPOS, FEATS, LEMMA, \
        HEAD and DEPREL are predicted and the rest is written back as read, so standard scorers apply. \
        Any other file is read like 'chronicle tag' reads it, tokenized and split into sentences; in \
        CoNLL-U output each word's MISC column gives its Unicode-scalar span (start=..|end=..).
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case conllu, json
    }

    @Option(help: "Output format: conllu or json.")
    var format: Format = .conllu

    @Option(help: "A syntax model file to use instead of the built-in one.")
    var model: String?

    @Argument(help: "Text, HTML or TimeML files, or CoNLL-U files (.conllu); '-' for standard input (text).")
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one file, or '-' for standard input") }
    }

    func run() throws {
        let model = try SyntaxCLI.model(self.model)
        var failed = 0
        var documents: [ParsedDocument] = []
        for path in files {
            do {
                if path.lowercased().hasSuffix(".conllu") {
                    let gold = try CoNLLU.read(try TextDecoding.decode(try DocumentReader.readBytes(path: path), path: path), file: path)
                    documents.append(.treebank(id: DocumentReader.documentID(for: path), model.annotate(gold)))
                } else {
                    let document = try DocumentReader().read(path: path).document
                    documents.append(.text(document, DocumentSyntax(text: document.text, model: model)))
                }
            } catch let error as InputError {
                reportError(error.description); failed += 1
            } catch let error as CoNLLUError {
                reportError(error.description); failed += 1
            }
        }
        switch format {
        case .conllu: try writeStandardOutput(documents.map(\.conllu).joined())
        case .json: try writeStandardOutput(ParsedDocument.json(documents))
        }
        if failed > 0 { throw ExitCode(inputFailureExitCode) }
    }
}

/// One parsed input, in either of its shapes.
enum ParsedDocument {
    case treebank(id: String, [CoNLLUSentence])
    case text(Document, DocumentSyntax)

    /// The sentences as CoNLL-U; a text document gets `newdoc`, `sent_id` and `text` comments
    /// and the scalar span of each word in MISC.
    var conllu: String {
        switch self {
        case .treebank(_, let sentences):
            return CoNLLU.write(sentences)
        case .text(let document, let syntax):
            return CoNLLU.write(Self.sentences(document, syntax))
        }
    }

    static func sentences(_ document: Document, _ syntax: DocumentSyntax) -> [CoNLLUSentence] {
        let scalars = Array(document.text.unicodeScalars)
        func text(_ range: Range<Int>) -> String {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[range])
            return String(s)
        }
        return syntax.sentences.enumerated().map { index, sentence in
            let words = sentence.map { w -> CoNLLUWord in
                let head = syntax.head(w).map { $0 - sentence.lowerBound + 1 } ?? 0
                let span = syntax.words[w].scalarRange
                return CoNLLUWord(form: text(span), lemma: syntax.lemma(w), upos: syntax.upos(w).description, xpos: syntax.xpos(w),
                                  feats: syntax.features(w).text, head: head, deprel: syntax.relationName(w),
                                  misc: "start=\(span.lowerBound)|end=\(span.upperBound)")
            }
            let first = syntax.words[sentence.lowerBound].scalarStart, last = syntax.words[sentence.upperBound - 1].scalarEnd
            let sentenceText = text(Int(first)..<Int(last)).split(whereSeparator: \.isNewline).joined(separator: " ")
            var comments: [CoNLLUSentence.Line] = []
            if index == 0 { comments.append(.other("# newdoc id = \(document.id)")) }
            comments.append(.other("# sent_id = \(document.id)-\(index + 1)"))
            comments.append(.other("# text = \(sentenceText)"))
            return CoNLLUSentence(words: words, lines: comments + words.indices.map { .word($0) })
        }
    }

    /// `{"documents": [{"id", "sentences": [{"text"?, "words": [...]}]}]}`, keys sorted.
    static func json(_ documents: [ParsedDocument]) -> [UInt8] {
        var out = JSONWriter()
        out.beginObject()
        out.key("documents")
        out.beginArray()
        for document in documents {
            let (id, sentences): (String, [CoNLLUSentence])
            var spans: [Range<Int>] = []  // each word's scalar span, for a text document
            switch document {
            case .treebank(let name, let s): (id, sentences) = (name, s)
            case .text(let d, let syntax): (id, sentences, spans) = (d.id, Self.sentences(d, syntax), syntax.words.map(\.scalarRange))
            }
            var wordIndex = 0
            out.beginObject()
            out.key("id"); out.string(id)
            out.key("sentences")
            out.beginArray()
            for sentence in sentences {
                out.beginObject()
                out.key("words")
                out.beginArray()
                for (i, word) in sentence.words.enumerated() {
                    let span = wordIndex < spans.count ? spans[wordIndex] : nil
                    wordIndex += 1
                    out.beginObject()
                    out.key("deprel"); out.string(word.deprel)
                    if let span { out.key("end"); out.int(span.upperBound) }
                    out.key("feats"); out.string(word.feats)
                    out.key("form"); out.string(word.form)
                    out.key("head"); out.int(word.head)
                    out.key("id"); out.int(i + 1)
                    out.key("lemma"); out.string(word.lemma)
                    if let span { out.key("start"); out.int(span.lowerBound) }
                    out.key("upos"); out.string(word.upos)
                    out.key("xpos"); out.string(word.xpos)
                    out.endObject()
                }
                out.endArray()
                out.endObject()
            }
            out.endArray()
            out.endObject()
        }
        out.endArray()
        out.endObject()
        return out.finish()
    }
}
