/// A stretch of quoted words and the verb that introduces it.
public struct Quotation: Sendable, Equatable {
    /// The words between the quotation marks.
    public var words: Range<Int>
    /// The reporting verb ("said" in `"Sales have doubled," the owner said`), nil when the tree
    /// does not show one.
    public var introducer: Int?
}

extension DocumentSyntax {
    /// The innermost quotation holding word `w`, if any.
    public func quotation(containing w: Int) -> Quotation? {
        // the last quotation opening at or before w, then back through the few that may enclose it
        var low = 0, high = quotations.count
        while low < high {
            let mid = (low + high) / 2
            if quotations[mid].words.lowerBound <= w { low = mid + 1 } else { high = mid }
        }
        var k = low - 1
        while k >= 0 && k >= low - 8 {
            if quotations[k].words.contains(w) { return quotations[k] }
            k -= 1
        }
        return nil
    }

    /// Quotations of a parsed document, in text order. Marks pair up within a paragraph: a curly
    /// opening mark opens, a curly closing mark closes, a straight `"` does whichever is due;
    /// single quotes likewise, told from apostrophes by the spaces around them; a quotation still
    /// open at a paragraph's end closes there (news quotes spanning paragraphs reopen with a new
    /// mark). The introducer is the verb the quotation's clause hangs from as
    /// `ccomp` or `parataxis` ("he said [that ...]"), or a verb outside the marks attached to the
    /// quoted clause as `parataxis` (`"...," the owner said`, UD's analysis) or, as the parser
    /// sometimes has it, as a conjunct.
    static func findQuotations(words: [SyntacticWord], tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>,
                               heads: [Int32], children: (Int) -> ArraySlice<Int32>, relation: (Int) -> DependencyRelation,
                               isVerbal: (Int) -> Bool) -> [Quotation] {
        var spans: [Range<Int>] = []
        var openDouble: Int? = nil, openSingle: Int? = nil
        func close(_ open: inout Int?, at i: Int) {
            if let start = open, i > start + 1 { spans.append(start + 1..<i) }
            open = nil
        }
        for (i, word) in words.enumerated() {
            let token = tokens[word.tokens.lowerBound]
            if token.has(.paragraphBefore) {
                close(&openDouble, at: i)
                close(&openSingle, at: i)
            }
            guard word.tokens.count == 1, token.kind == .punct, token.punct == 0x22 || token.punct == 0x27 else { continue }
            let b = Int(word.byteStart)
            let curly: UInt8? = word.byteEnd - word.byteStart == 3 && bytes[b] == 0xE2 && bytes[b + 1] == 0x80 ? bytes[b + 2] : nil
            if token.punct == 0x22 {
                if openDouble != nil && curly != 0x9C {
                    close(&openDouble, at: i)
                } else if curly != 0x9D {
                    openDouble = i
                }
                continue
            }
            // a single quote opens before an attached word after a space, and closes after an
            // attached word before a space or punctuation (a lone apostrophe otherwise)
            let next = word.tokens.upperBound < tokens.count ? tokens[word.tokens.upperBound] : nil
            let opensHere = (token.has(.spaceBefore) || token.has(.sentenceStart) || i == 0) && next.map { !$0.has(.spaceBefore) && $0.kind != .punct } == true
            if openSingle != nil, !token.has(.spaceBefore), curly != 0x98, next.map({ $0.has(.spaceBefore) || $0.kind == .punct }) ?? true {
                close(&openSingle, at: i)
            } else if opensHere && curly != 0x99 || curly == 0x98 {
                openSingle = i
            }
        }
        close(&openDouble, at: words.count)
        close(&openSingle, at: words.count)
        spans.sort { $0.lowerBound < $1.lowerBound }
        return spans.map { span in
            var introducer: Int? = nil
            roots: for w in span {
                let h = Int(heads[w])
                if h >= 0 && span.contains(h) { continue }
                if h >= 0, relation(w) == .ccomp || relation(w) == .parataxis, isVerbal(h) { introducer = h; break }
                // the reporting clause as a dependent of the quoted clause, outside the marks
                for d in children(w).map(Int.init) where !span.contains(d) && (relation(d) == .parataxis || relation(d) == .conj) && isVerbal(d) {
                    introducer = d
                    break roots
                }
            }
            return Quotation(words: span, introducer: introducer)
        }
    }
}
