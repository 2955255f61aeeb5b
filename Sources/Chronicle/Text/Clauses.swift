/// Sentence and clause boundaries over tokens.
///
/// A clause ends at `;`, `:`, a dash, and before a subordinate or relative clause: a comma
/// followed by a subordinator or an -ing verb ("..., capping an investigation"), or `that`,
/// `which`, `who` ("an investigation that began in 2018"). A sentence ends where the tokenizer
/// marked the next one's start. Good enough to keep "fined on Tuesday" apart from "began in
/// the autumn of 2018" in one sentence; not a parser. Indices count within one section.
struct Clauses: Sendable {
    /// Sentence index of each token.
    let sentence: [Int32]
    /// Clause index of each token (increasing through the section).
    let clause: [Int32]
    /// First and one-past-last token of each clause.
    let clauseRanges: [Range<Int>]
    let sentenceRanges: [Range<Int>]

    init(tokens: UnsafeBufferPointer<Token>, words: FunctionWords) {
        var sentence = [Int32](repeating: 0, count: tokens.count)
        var clause = [Int32](repeating: 0, count: tokens.count)
        var clauseRanges: [Range<Int>] = []
        var sentenceRanges: [Range<Int>] = []
        var s: Int32 = -1, c: Int32 = -1
        var clauseStart = 0, sentenceStart = 0
        func startClause(_ i: Int) {
            if c >= 0 { clauseRanges.append(clauseStart..<i) }
            c += 1
            clauseStart = i
        }
        for i in 0..<tokens.count {
            let t = tokens[i]
            if i == 0 || t.has(.sentenceStart) {
                if s >= 0 { sentenceRanges.append(sentenceStart..<i) }
                s += 1
                sentenceStart = i
                startClause(i)
            } else if t.kind == .punct, t.punct == UInt8(ascii: ";") || t.punct == UInt8(ascii: ":") {
                startClause(i + 1 < tokens.count ? i + 1 : i)
            } else if t.kind == .punct, t.punct == 0x2D, !t.isAttached, i + 1 < tokens.count, !tokens[i + 1].isAttached {
                startClause(i)  // " - " or " -- " between clauses
            } else if t.kind == .word {
                let afterComma = tokens[i - 1].isPunct(0x2C)
                if words.subordinators.contains(t.lex), t.lex != words.asWord || afterComma {
                    startClause(i)
                } else if afterComma, t.has(.endsInIng), !t.has(.capitalized) {
                    startClause(i)
                }
            }
            sentence[i] = max(s, 0)
            clause[i] = max(c, 0)
        }
        if c >= 0 { clauseRanges.append(clauseStart..<tokens.count) }
        if s >= 0 { sentenceRanges.append(sentenceStart..<tokens.count) }
        self.sentence = sentence
        self.clause = clause
        self.clauseRanges = clauseRanges
        self.sentenceRanges = sentenceRanges
    }
}
