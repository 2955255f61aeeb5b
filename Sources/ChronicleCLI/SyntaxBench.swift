import Chronicle
import Foundation

/// `chronicle bench --syntax FILE`: speed of tagging and parsing (words and tokens a second on
/// one core), the built-in model's load time and size.
enum SyntaxBench {
    static func run(text source: String, file: String, megabytes: Double, iterations: Int) {
        // first use of the built-in model: its section scan plus the word-sense table it reads
        let loadStart = DispatchTime.now().uptimeNanoseconds
        let model = SyntaxModel.shipped
        let loadMs = Double(DispatchTime.now().uptimeNanoseconds - loadStart) / 1e6

        let target = Int(megabytes * 1_000_000)
        var text = ""
        text.reserveCapacity(target + source.utf8.count)
        while text.utf8.count < target { text += source + "\n\n" }
        let grammar = Grammar.standard
        let tokens = grammar.tokenizer.tokenize(text)
        var times: [Double] = []
        var words = 0
        for run in 0...max(1, iterations) {
            let start = DispatchTime.now().uptimeNanoseconds
            let syntax = text.withUTF8 { bytes in
                tokens.withUnsafeBufferPointer { DocumentSyntax(tokens: $0, bytes: bytes, model: model, lexicon: grammar.lexicon) }
            }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            words = syntax.wordCount
            if run > 0 { times.append(seconds) }
        }
        times.sort()
        let median = times[times.count / 2]
        var out = "input: \(file) repeated to \(String(format: "%.1f", Double(text.utf8.count) / 1e6)) MB: \(tokens.count) tokens, \(words) words\n"
        out += "work: words, tags, lemmas, features, dependency trees (DocumentSyntax from tokens), \(times.count) runs after a warm-up, one core\n"
        out += "median: \(String(format: "%.3f", median)) s = \(String(format: "%.0f", Double(tokens.count) / median)) tokens/s, "
        out += "\(String(format: "%.0f", Double(words) / median)) words/s (best \(String(format: "%.0f", Double(tokens.count) / times[0])) tokens/s)\n"
        out += "model: \(String(format: "%.2f", Double(model.byteCount) / 1_048_576)) MB, first load \(String(format: "%.1f", loadMs)) ms\n"
        writeStandardOutput(out)
    }
}
