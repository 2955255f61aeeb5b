/// Estimated text widths, and text fitted into a width: what the SVG export uses instead of the
/// browser's text measurement, which a file cannot ask for.
///
/// Widths come from DejaVu Sans's advance widths (`GlyphWidths`), plus a margin for Verdana, the
/// fallback the SVG's style names next; a viewer with neither draws in a narrower sans-serif, so
/// the estimate errs on the wide side and laid-out text never runs into its neighbour.
struct TextFont: Sendable, Hashable {
    var size: Double
    var bold: Bool

    /// Verdana (regular and, more so, bold) runs a few percent wider than DejaVu Sans.
    private var margin: Double { bold ? 1.10 : 1.04 }

    /// The estimated advance width of `text` in pixels.
    func width(_ text: some StringProtocol) -> Double {
        var thousandths = 0
        for scalar in text.unicodeScalars { thousandths += TextFont.advance(scalar, bold: bold) }
        return Double(thousandths) * size * margin / 1000
    }

    /// Advance of one scalar in thousandths of an em.
    static func advance(_ scalar: Unicode.Scalar, bold: Bool) -> Int {
        let v = scalar.value
        if v >= 0x20, v <= 0xFF { return Int((bold ? GlyphWidths.boldLatin : GlyphWidths.regularLatin)[Int(v - 0x20)]) }
        if let width = (bold ? GlyphWidths.boldExtra : GlyphWidths.regularExtra)[v] { return Int(width) }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0  // combining accents, zero-width joiners
        default: break
        }
        if isWide(v) { return 1000 }
        if v >= 0x1F000 { return 1250 }  // emoji and pictographs: drawn wide by colour fonts
        return 750  // other letters (Greek, Cyrillic, …): wider than DejaVu's Latin average
    }

    /// East Asian wide and full-width characters, drawn a full em wide.
    private static func isWide(_ v: UInt32) -> Bool {
        (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
    }

    /// `text` in lines no wider than `width`, broken at spaces, tabs and line breaks, not at
    /// no-break spaces (a word wider than a line is broken between characters). Runs of white
    /// space count as one space.
    ///
    /// With `lineLimit`, wrapping stops once it has more lines than that: enough to know the
    /// text does not fit, in time proportional to the lines, not to the text.
    func wrap(_ text: String, width: Double, lineLimit: Int = .max) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in TextFont.words(text) {
            if lines.count > lineLimit { return lines }
            let candidate = line.isEmpty ? word : line + " " + word
            if self.width(candidate) <= width {
                line = candidate
                continue
            }
            if !line.isEmpty { lines.append(line) }
            line = ""
            // a word too wide for any line: as many characters per line as fit
            var rest = Substring(word)
            while lines.count <= lineLimit, self.width(rest) > width {
                let head = prefix(of: rest, fitting: width)
                if head.isEmpty { break }
                lines.append(String(head))
                rest = rest.dropFirst(head.count)
            }
            line = String(rest)
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// The words of `text`, split where a line may break.
    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).map(String.init)
    }

    /// `text` wrapped into at most `maxLines` lines of `width`; when it does not fit, the last
    /// line is cut at a character boundary and ends with "…" and then `suffix` (" +3 more").
    func fit(_ text: String, width: Double, maxLines: Int, suffix: String = "") -> [String] {
        let whole = wrap(suffix.isEmpty ? text : text + " " + suffix, width: width, lineLimit: maxLines)
        if whole.count <= maxLines { return whole }
        let lines = wrap(text, width: width, lineLimit: maxLines)
        let cut = min(maxLines, lines.count) - 1
        guard cut >= 0 else { return whole.prefix(maxLines).map { $0 } }
        var kept = Array(lines.prefix(cut))
        // the cut line keeps what fits before "…" and the suffix (when even that fits); at
        // least the ellipsis shows
        let tail = suffix.isEmpty || self.width("… " + suffix) > width ? "…" : "… " + suffix
        let last = lines[cut].trimmingSuffix { $0 == " " || $0 == "," || $0 == "·" }
        let head = prefix(of: Substring(last), fitting: width - self.width(tail))
        kept.append(String(head).trimmingSuffix { $0 == " " || $0 == "," || $0 == "·" } + tail)
        return kept
    }

    /// The longest run of whole characters from the start of `text` no wider than `width`.
    func prefix(of text: Substring, fitting width: Double) -> Substring {
        var used = 0.0
        var end = text.startIndex
        for character in text {
            let w = self.width(String(character))
            if used + w > width { break }
            used += w
            end = text.index(after: end)
        }
        return text[..<end]
    }
}

extension StringProtocol {
    /// The text without trailing characters matching `drop`.
    func trimmingSuffix(while drop: (Character) -> Bool) -> String {
        var end = endIndex
        while end > startIndex, drop(self[index(before: end)]) { end = index(before: end) }
        return String(self[..<end])
    }
}
