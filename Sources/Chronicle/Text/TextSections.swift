/// Where a document is cut into sections, each analysed on its own: at a blank line once a
/// section holds `minimum` bytes, else at a line break, else at a space, else at any character.
///
/// Sections keep the memory of one analysis bounded whatever the document's length (a book,
/// a transcript, a feed saved as one file), while an ordinary article, shorter than twice the
/// minimum, is one section. No time expression or sentence spans a blank line, so a cut there
/// changes nothing a stage sees.
public struct TextSections: Sequence {
    /// The smallest section worth cutting off, in bytes.
    public static let minimum = 128 << 10

    let bytes: UnsafeBufferPointer<UInt8>
    let minimum: Int

    /// The sections of `bytes`, each at least `minimum` bytes long where the text allows.
    public init(_ bytes: UnsafeBufferPointer<UInt8>, minimum: Int = TextSections.minimum) {
        self.bytes = bytes
        self.minimum = Swift.max(minimum, 1)
    }

    /// The byte ranges of the sections, in order.
    public func makeIterator() -> AnyIterator<Range<Int>> {
        var start = 0
        return AnyIterator {
            guard start < bytes.count else { return nil }
            let end = sectionEnd(from: start)
            defer { start = end }
            return start..<end
        }
    }

    /// The end of the section that starts at `start`: the first blank line after `minimum` bytes
    /// within four times that, else the first line break within sixteen times, else the first
    /// space, else the first character boundary after that.
    func sectionEnd(from start: Int) -> Int {
        guard bytes.count - start > 2 * minimum else { return bytes.count }
        let searches: [(limit: Int, separator: [UInt8])] = [(start + 4 * minimum, [0x0A, 0x0A]), (start + 16 * minimum, [0x0A]), (start + 64 * minimum, [0x20])]
        for (limit, separator) in searches {
            var k = start + minimum
            let end = Swift.min(limit, bytes.count - separator.count)
            while k < end {
                if bytes[k] == separator[0] && (separator.count == 1 || bytes[k + 1] == separator[1]) { return k + separator.count }
                k += 1
            }
        }
        // one enormous word: cut where no UTF-8 continuation byte follows
        var k = Swift.min(start + 64 * minimum, bytes.count)
        while k < bytes.count, bytes[k] & 0xC0 == 0x80 { k += 1 }
        return k
    }
}
