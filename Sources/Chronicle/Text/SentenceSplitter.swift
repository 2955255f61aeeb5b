/// Marks the first token of each sentence.
///
/// A sentence ends at `.`, `!` or `?` (allowing closing quotes and brackets after it) when the
/// next token starts a new one, at a blank line, and at a line break before a capital or a quote
/// (news copy puts captions and headlines on lines of their own, without a final period).
/// A period after an abbreviation (`Sept.`, `Mr.`, `Corp.`) does not end a sentence unless a
/// line break follows.
enum SentenceSplitter {
    static func markSentenceStarts(in tokens: inout [Token], tables: LexiconTables) {
        guard !tokens.isEmpty else { return }
        tokens[0].flags.insert(.sentenceStart)
        var pendingEnd = false
        for i in 1..<tokens.count {
            let token = tokens[i]
            let previous = tokens[i - 1]
            if previous.kind == .punct {
                switch previous.punct {
                case 0x21, 0x3F: pendingEnd = true  // ! ?
                case 0x2E:
                    var afterAbbreviation = false
                    if i >= 2 {
                        let word = tokens[i - 2]
                        afterAbbreviation = word.kind == .word && word.byteEnd == previous.byteStart
                            && tables.classes[Int(word.lex)].contains(.abbreviation)
                    }
                    pendingEnd = !afterAbbreviation || token.has(.lineBreakBefore)
                case 0x22, 0x27, 0x29, 0x5D:
                    break  // closing quotes keep a pending end
                default:
                    pendingEnd = false
                }
            } else {
                pendingEnd = false
            }
            var starts = false
            if token.has(.paragraphBefore) {
                starts = true
            } else if pendingEnd && token.has(.spaceBefore) && startsLikeSentence(token) {
                starts = true
            } else if token.has(.lineBreakBefore) && (startsLikeSentence(token) || previous.kind == .punct && isTerminal(previous.punct)) {
                starts = true
            }
            if starts {
                tokens[i].flags.insert(.sentenceStart)
                pendingEnd = false
            }
        }
    }

    private static func isTerminal(_ punct: UInt8) -> Bool {
        punct == 0x2E || punct == 0x21 || punct == 0x3F
    }

    private static func startsLikeSentence(_ token: Token) -> Bool {
        switch token.kind {
        case .word: return token.has(.capitalized)
        case .number: return true
        case .punct: return token.punct == 0x22 || token.punct == 0x27 || token.punct == 0x28 || token.punct == 0x2D
        }
    }
}
