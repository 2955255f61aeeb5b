/// One word line of a CoNLL-U file (the ten columns; `_` stays `_`).
public struct CoNLLUWord: Sendable, Equatable {
    /// FORM: the word as written.
    public var form: String
    /// LEMMA.
    public var lemma: String
    /// UPOS: the universal part of speech.
    public var upos: String
    /// XPOS: the language-specific tag (Penn Treebank for English).
    public var xpos: String
    /// FEATS: `Name=Value` pairs separated by `|`.
    public var feats: String
    /// Index of the head word (1-based), 0 for the root, -1 when the column is `_`.
    public var head: Int
    /// DEPREL: the relation to the head (`nsubj`, `nmod:poss`).
    public var deprel: String
    /// DEPS: the enhanced dependencies, kept as read.
    public var deps: String
    /// MISC (Chronicle writes each word's span here, `start=0|end=6`).
    public var misc: String

    /// A word from its columns; a column not given is `_`.
    public init(form: String, lemma: String = "_", upos: String = "_", xpos: String = "_", feats: String = "_",
                head: Int = -1, deprel: String = "_", deps: String = "_", misc: String = "_") {
        self.form = form
        self.lemma = lemma
        self.upos = upos
        self.xpos = xpos
        self.feats = feats
        self.head = head
        self.deprel = deprel
        self.deps = deps
        self.misc = misc
    }

    /// The relation without its subtype (`nmod:poss` -> `nmod`), as UD scorers compare labels.
    public var universalRelation: Substring { deprel.split(separator: ":", maxSplits: 1).first ?? "" }
}

/// One sentence of a CoNLL-U file: its words, and every other line (comments, multiword token
/// ranges such as `1-2 don't`, empty nodes) kept in place so a file can be written back as it was
/// read, with only the predicted columns changed.
public struct CoNLLUSentence: Sendable, Equatable {
    /// A line of the sentence as read: a word (by index into `words`) or any other line verbatim.
    public enum Line: Sendable, Equatable {
        /// A word line: the index of the word in `words`.
        case word(Int)
        /// Any other line, verbatim.
        case other(String)
    }

    /// Its words, in order.
    public var words: [CoNLLUWord]
    /// Its lines in file order.
    public var lines: [Line]
    /// Line number (1-based) of the sentence's first line in its file, for messages.
    public var firstLine: Int

    /// A sentence of `words`; without `lines`, one line per word.
    public init(words: [CoNLLUWord], lines: [Line]? = nil, firstLine: Int = 1) {
        self.words = words
        self.lines = lines ?? words.indices.map { .word($0) }
        self.firstLine = firstLine
    }

    /// True when every head is given and no two arcs cross (the sentence's tree is projective).
    public var isProjective: Bool {
        let heads = words.map(\.head)
        guard heads.allSatisfy({ $0 >= 0 }) else { return false }
        for (d, h) in heads.enumerated() {
            let (a, b) = (min(d + 1, h), max(d + 1, h))
            for (d2, h2) in heads.enumerated() {
                let (c, e) = (min(d2 + 1, h2), max(d2 + 1, h2))
                if a < c && c < b && e > b { return false }
                if c < a && a < e && e < b { return false }
            }
        }
        return true
    }
}

/// A CoNLL-U file that cannot be read: names the line and the problem.
public struct CoNLLUError: Error, CustomStringConvertible, Sendable {
    /// The file.
    public var file: String
    /// The line, 1-based.
    public var line: Int
    /// The problem.
    public var message: String

    /// `FILE:LINE: problem`.
    public var description: String { "\(file):\(line): \(message)" }
}

/// Reads and writes CoNLL-U (https://universaldependencies.org/format.html).
public enum CoNLLU {
    /// The sentences of `text`. Word lines need ten tab-separated columns and consecutive ids from
    /// 1; HEAD must be `_` or a word index of the sentence. Errors name `file` and the line.
    public static func read(_ text: String, file: String = "<input>") throws -> [CoNLLUSentence] {
        var sentences: [CoNLLUSentence] = []
        var words: [CoNLLUWord] = []
        var lines: [CoNLLUSentence.Line] = []
        var firstLine = 0
        var headLines: [Int] = []
        func finish(at lineNumber: Int) throws {
            defer { words = []; lines = []; headLines = [] }
            guard !lines.isEmpty else { return }
            guard !words.isEmpty else { throw CoNLLUError(file: file, line: lineNumber, message: "a sentence without word lines") }
            for (index, word) in words.enumerated() where word.head > words.count {
                throw CoNLLUError(file: file, line: headLines[index], message: "HEAD \(word.head) is past the sentence's last word \(words.count)")
            }
            sentences.append(CoNLLUSentence(words: words, lines: lines, firstLine: firstLine))
        }
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                try finish(at: lineNumber)
                continue
            }
            if lines.isEmpty { firstLine = lineNumber }
            if line.hasPrefix("#") {
                lines.append(.other(String(line)))
                continue
            }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count == 10 else {
                throw CoNLLUError(file: file, line: lineNumber, message: "expected 10 tab-separated columns, found \(columns.count)")
            }
            let id = columns[0]
            if id.contains("-") || id.contains(".") {
                // a multiword token range or an empty node: kept, not a word of the tree
                let parts = id.split(whereSeparator: { $0 == "-" || $0 == "." })
                guard parts.count == 2, parts.allSatisfy({ Int($0) != nil }) else {
                    throw CoNLLUError(file: file, line: lineNumber, message: "ID '\(id)' is neither a number, a range nor an empty node")
                }
                lines.append(.other(String(line)))
                continue
            }
            guard let number = Int(id), number == words.count + 1 else {
                throw CoNLLUError(file: file, line: lineNumber, message: "ID '\(id)' should be \(words.count + 1)")
            }
            guard !columns[1].isEmpty else { throw CoNLLUError(file: file, line: lineNumber, message: "empty FORM") }
            var head = -1
            if columns[6] != "_" {
                guard let value = Int(columns[6]), value >= 0, value != number else {
                    throw CoNLLUError(file: file, line: lineNumber, message: "HEAD '\(columns[6])' is not another word's index or 0")
                }
                head = value
            }
            lines.append(.word(words.count))
            headLines.append(lineNumber)
            words.append(CoNLLUWord(form: String(columns[1]), lemma: String(columns[2]), upos: String(columns[3]), xpos: String(columns[4]),
                                    feats: String(columns[5]), head: head, deprel: String(columns[7]), deps: String(columns[8]), misc: String(columns[9])))
        }
        try finish(at: lineNumber)
        return sentences
    }

    /// CoNLL-U text of `sentences`, each followed by a blank line.
    public static func write(_ sentences: [CoNLLUSentence]) -> String {
        var out = ""
        for sentence in sentences {
            for line in sentence.lines {
                switch line {
                case .other(let text):
                    out += text
                case .word(let index):
                    let w = sentence.words[index]
                    let head = w.head >= 0 ? String(w.head) : "_"
                    out += "\(index + 1)\t\(w.form)\t\(w.lemma)\t\(w.upos)\t\(w.xpos)\t\(w.feats)\t\(head)\t\(w.deprel)\t\(w.deps)\t\(w.misc)"
                }
                out += "\n"
            }
            out += "\n"
        }
        return out
    }
}
