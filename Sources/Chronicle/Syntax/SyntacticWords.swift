/// A word as Universal Dependencies counts words, made of Chronicle tokens or parts of one.
///
/// Chronicle's tokenizer splits "don't" into `don` `'` `t` and "Biden's" into `Biden` `'` `s`;
/// UD wants `do` `n't` and `Biden` `'s`. A syntactic word records which tokens it overlaps and
/// its exact byte and Unicode-scalar span, so no offset is lost: "do" is the first two bytes of
/// the token `don`, "n't" the last byte of `don` and the tokens `'` and `t`.
public struct SyntacticWord: Sendable, Equatable {
    /// The tokens the word overlaps (the first and last may be shared with a neighbouring word).
    public var tokens: Range<Int>
    /// Where the word starts, in UTF-8 bytes of the document.
    public var byteStart: Int32
    /// Where it ends (exclusive), in UTF-8 bytes.
    public var byteEnd: Int32
    /// Unicode-scalar offsets into the document's text, half-open, as everywhere in Chronicle.
    public var scalarStart: Int32
    /// Where it ends (exclusive), in Unicode scalars.
    public var scalarEnd: Int32

    /// Its UTF-8 byte span.
    public var byteRange: Range<Int> { Int(byteStart)..<Int(byteEnd) }
    /// Its Unicode-scalar span.
    public var scalarRange: Range<Int> { Int(scalarStart)..<Int(scalarEnd) }
}

/// Turns tokens into UD-style words. Each rule is named after the phenomenon it handles, with
/// examples (checked in `SyntacticWordsTests`):
/// - clitics: `don't` -> `do n't`, `can't` -> `ca n't`, `Biden's` -> `Biden 's`, `we'll` -> `we 'll`,
///   `I'm`, `they're`, `I've`, `he'd`; a possessive apostrophe alone (`the Smiths'`) stays a word;
/// - a clitic written apart, as tokenized corpora print it: `Apple 's`, `we 'll` (after a word or
///   number, before a space or punctuation; `'s Hertogenbosch` and `'sup` are not clitics);
/// - an apostrophe inside a name joins it: `O'Brien`;
/// - fused forms: `cannot` -> `can not`, `gonna` -> `gon na`, `wanna` -> `wan na`, `gotta` -> `got ta`;
/// - an abbreviation keeps its period when the period does not end the sentence: `Mr.`, `Corp.`;
/// - numbers with their suffix or separators: `1990s`, `5th`, `10:30`, `1/2`;
/// - repeated punctuation is one word: `...`, `--`, `?!`;
/// - e-mail addresses and web addresses are one word: `jo@example.com`, `http://x.org/a`, `www.x.org`.
enum SyntacticWordSplitter {
    /// Words of `tokens` (of the text `bytes`) and the index of each sentence's first word.
    static func words(tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>,
                      isAbbreviation: (Token) -> Bool) -> (words: [SyntacticWord], sentenceStarts: [Int]) {
        var words: [SyntacticWord] = []
        var starts: [Int] = []
        words.reserveCapacity(tokens.count)
        let n = tokens.count
        /// Whether token `k` follows token `k - 1` with nothing between and within the sentence.
        func glued(_ k: Int) -> Bool { k < n && k > 0 && tokens[k].isAttached && !tokens[k].has(.sentenceStart) }
        func lower(_ k: Int) -> [UInt8] {
            bytes[Int(tokens[k].byteStart)..<Int(tokens[k].byteEnd)].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        }
        func whole(_ range: Range<Int>) -> SyntacticWord {
            SyntacticWord(tokens: range, byteStart: tokens[range.lowerBound].byteStart, byteEnd: tokens[range.upperBound - 1].byteEnd,
                          scalarStart: tokens[range.lowerBound].scalarStart, scalarEnd: tokens[range.upperBound - 1].scalarEnd)
        }
        /// A word token `k` split after its first `head` letters (ASCII only).
        func split(_ k: Int, head: Int) -> (SyntacticWord, SyntacticWord) {
            let t = tokens[k]
            let cut = Int32(head)
            return (SyntacticWord(tokens: k..<k + 1, byteStart: t.byteStart, byteEnd: t.byteStart + cut, scalarStart: t.scalarStart, scalarEnd: t.scalarStart + cut),
                    SyntacticWord(tokens: k..<k + 1, byteStart: t.byteStart + cut, byteEnd: t.byteEnd, scalarStart: t.scalarStart + cut, scalarEnd: t.scalarEnd))
        }
        var k = 0
        while k < n {
            let t = tokens[k]
            if t.has(.sentenceStart) || k == 0 { starts.append(words.count) }
            switch t.kind {
            case .word:
                // an address: letters@letters... or http(s)://... up to the next space
                if let end = addressEnd(from: k, tokens: tokens, bytes: bytes, glued: glued) {
                    words.append(whole(k..<end)); k = end; continue
                }
                let text = lower(k)
                // clitics after an apostrophe: X ' s|t|ll|re|ve|d|m
                if glued(k + 1), tokens[k + 1].isPunct(0x27), glued(k + 2), tokens[k + 2].isWord {
                    let clitic = lower(k + 2)
                    if clitic == Array("t".utf8), text.count >= 2, text.last == 0x6E, tokens[k].flags.isDisjoint(with: .nonASCII) {
                        // do|n't: the n goes with the clitic
                        let (stem, n) = split(k, head: text.count - 1)
                        words.append(stem)
                        words.append(SyntacticWord(tokens: k..<k + 3, byteStart: n.byteStart, byteEnd: tokens[k + 2].byteEnd,
                                                   scalarStart: n.scalarStart, scalarEnd: tokens[k + 2].scalarEnd))
                        k += 3; continue
                    }
                    if Self.clitics.contains(clitic) {
                        words.append(whole(k..<k + 1))
                        words.append(whole(k + 1..<k + 3))
                        k += 3; continue
                    }
                    if !glued(k + 3) || !tokens[k + 3].isPunct(0x27) {
                        // O'Brien, rock'n'roll: an apostrophe inside a name
                        var end = k + 3
                        while glued(end), tokens[end].isPunct(0x27), glued(end + 1), tokens[end + 1].isWord { end += 2 }
                        words.append(whole(k..<end)); k = end; continue
                    }
                }
                if let head = Self.fused[text], tokens[k].flags.isDisjoint(with: .nonASCII) {
                    let (a, b) = split(k, head: head)
                    words.append(a); words.append(b)
                    k += 1; continue
                }
                // Mr. Corp.: the period joins an abbreviation unless it ends the sentence
                if glued(k + 1), tokens[k + 1].isPunct(0x2E), isAbbreviation(t), !tokens[k].has(.dotted),
                   k + 2 >= n || !tokens[k + 2].has(.sentenceStart) {
                    words.append(whole(k..<k + 2)); k += 2; continue
                }
                words.append(whole(k..<k + 1)); k += 1
            case .number:
                var end = k + 1
                while true {
                    // 10:30, 1/2/2005
                    if glued(end), tokens[end].kind == .punct, tokens[end].punct == 0x3A || tokens[end].punct == 0x2F,
                       glued(end + 1), tokens[end + 1].isNumber {
                        end += 2; continue
                    }
                    break
                }
                // 1990s, 5th, 2nd
                if glued(end), tokens[end].isWord, Self.numberSuffixes.contains(lower(end)) { end += 1 }
                words.append(whole(k..<end)); k = end
            case .punct:
                // Apple 's: a clitic written apart, after a word and ending where a word would
                if t.punct == 0x27, k > 0, !glued(k), !tokens[k].has(.sentenceStart), tokens[k - 1].isWord || tokens[k - 1].isNumber,
                   glued(k + 1), tokens[k + 1].isWord, Self.clitics.contains(lower(k + 1)), !glued(k + 2) || (tokens[k + 2].kind == .punct && !tokens[k + 2].isPunct(0x27)) {
                    words.append(whole(k..<k + 2)); k += 2; continue
                }
                var end = k + 1
                if t.punct == 0x2E || t.punct == 0x21 || t.punct == 0x3F || t.punct == 0x2D {
                    while glued(end), tokens[end].kind == .punct,
                          tokens[end].punct == t.punct || (t.punct != 0x2D && (tokens[end].punct == 0x21 || tokens[end].punct == 0x3F)) {
                        end += 1
                    }
                }
                words.append(whole(k..<end)); k = end
            }
        }
        return (words, starts)
    }

    /// Clitics UD separates after an apostrophe.
    static let clitics: Set<[UInt8]> = Set(["s", "ll", "re", "ve", "d", "m"].map { Array($0.utf8) })
    /// Fused words UD splits, with the length of their first part.
    static let fused: [[UInt8]: Int] = [Array("cannot".utf8): 3, Array("gonna".utf8): 3, Array("wanna".utf8): 3, Array("gotta".utf8): 3]
    static let numberSuffixes: Set<[UInt8]> = Set(["s", "th", "st", "nd", "rd"].map { Array($0.utf8) })

    /// End of an e-mail or web address starting at word token `k`, if one starts there.
    private static func addressEnd(from k: Int, tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>, glued: (Int) -> Bool) -> Int? {
        guard glued(k + 1), tokens[k + 1].kind == .punct else { return nil }
        var end = k + 1
        var at = false
        var scheme = false
        while glued(end) {
            let t = tokens[end]
            if t.kind == .punct {
                if t.punct == 0x40 { at = true }
                if t.punct == 0x3A, end + 2 < tokens.count, tokens[end + 1].isPunct(0x2F) { scheme = true }
                // a final period or comma belongs to the sentence
                if t.punct == 0x2E || t.punct == 0x2C || t.punct == 0x29 || t.punct == 0x22 {
                    if !glued(end + 1) || tokens[end + 1].kind == .punct { break }
                }
            }
            end += 1
        }
        let first = bytes[Int(tokens[k].byteStart)..<Int(tokens[k].byteEnd)].map { $0 | 0x20 }
        let isWeb = scheme && (first == Array("http".utf8) || first == Array("https".utf8) || first == Array("ftp".utf8))
            || first == Array("www".utf8) && tokens[k + 1].isPunct(0x2E)
        guard isWeb || at && end > k + 2 else { return nil }
        return end
    }
}
