import Chronicle

/// Dates as web pages write them in metadata: ISO 8601 (`2021-08-20`, `2021-08-20T14:03:00+04:30`),
/// `2021/08/20`, and month-name forms (`Fri, 20 Aug 2021 14:03:00 GMT`, `August 20, 2021`).
///
/// A timestamp gives the calendar date as written: `2021-08-20T23:30:00-05:00` is August 20,
/// the day the newsroom dated the story, not the UTC day.
enum PageDate {
    static func parse(_ value: String) -> CalendarDate? {
        let text = value.trimmingSpaces
        if let date = CalendarDate(iso: text) { return date }
        let bytes = Array(text.utf8)
        // 2021/08/20 and 2021.08.20: the ISO layout with another separator
        if bytes.count >= 10, bytes[4] == bytes[7], bytes[4] == UInt8(ascii: "/") || bytes[4] == UInt8(ascii: "."),
           bytes.count == 10 || !isDigit(bytes[10]) {
            var iso = bytes.prefix(10)
            iso[4] = UInt8(ascii: "-")
            iso[7] = UInt8(ascii: "-")
            return CalendarDate(iso: String(decoding: iso, as: UTF8.self))
        }
        return parseWords(text)
    }

    /// `20 Aug 2021`, `Aug. 20, 2021`, `Friday, August 20th, 2021 2:03 PM`: a month name with a day
    /// number beside it and a four-digit year.
    static func parseWords(_ text: String) -> CalendarDate? {
        let words = text.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        guard let year = words.lazy.compactMap(fourDigitYear).first else { return nil }
        for (i, word) in words.enumerated() {
            guard let month = month(named: word) else { continue }
            let day = (i + 1 < words.count ? dayNumber(words[i + 1]) : nil) ?? (i > 0 ? dayNumber(words[i - 1]) : nil)
            if let day { return CalendarDate(year: year, month: month, day: day) }
        }
        return nil
    }

    /// The year of a value that names one but no full date (`2021`, `2021-08`, a URL's `/2021/`),
    /// for completing a dateline that gives only month and day.
    static func year(in value: String) -> Int? {
        if let date = parse(value) { return date.year }
        return value.split { !$0.isNumber }.lazy.compactMap { fourDigitYear(String($0)) }.first
    }

    static func fourDigitYear(_ word: String) -> Int? {
        guard word.utf8.count == 4, let year = Int(word), (1900...2199).contains(year) else { return nil }
        return year
    }

    /// 1–31, with an optional ordinal suffix (`20th`).
    static func dayNumber(_ word: String) -> Int? {
        var digits = Substring(word)
        for suffix in ["st", "nd", "rd", "th"] where digits.lowercased().hasSuffix(suffix) {
            digits = digits.dropLast(2)
            break
        }
        guard (1...2).contains(digits.count), let day = Int(digits), (1...31).contains(day) else { return nil }
        return day
    }

    /// January…December, their three-letter abbreviations and `Sept`, any case.
    static func month(named word: String) -> Int? {
        let lower = word.lowercased()
        guard lower.count >= 3 else { return nil }
        if lower == "sept" { return 9 }
        for (index, name) in monthNames.enumerated() where lower == name || lower == name.prefix(3) {
            return index + 1
        }
        return nil
    }

    static let monthNames = ["january", "february", "march", "april", "may", "june", "july", "august",
                             "september", "october", "november", "december"]

    /// `YYYY-MM-DDTHH:MM[:SS]` from a timestamp, without its zone or fraction, for `dctValue`;
    /// nil when the value holds no time of day.
    static func isoTimestamp(_ value: String) -> String? {
        let bytes = Array(value.trimmingSpaces.utf8)
        guard bytes.count >= 16, CalendarDate(iso: String(decoding: bytes, as: UTF8.self)) != nil,
              bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "),
              isDigit(bytes[11]), isDigit(bytes[12]), bytes[13] == UInt8(ascii: ":"), isDigit(bytes[14]), isDigit(bytes[15])
        else { return nil }
        var end = 16
        if bytes.count >= 19, bytes[16] == UInt8(ascii: ":"), isDigit(bytes[17]), isDigit(bytes[18]) { end = 19 }
        var result = Array(bytes[..<end])
        result[10] = UInt8(ascii: "T")
        let timestamp = String(decoding: result, as: UTF8.self)
        // 'T25:61' is no time: the page's date stands, without it
        return CalendarDate(isoTimestamp: timestamp) != nil ? timestamp : nil
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
}

/// A wire-service dateline opening a story: `WASHINGTON, Aug. 20 (Reuters) -`,
/// `SPRINGFIELD, Ill., March 3, 2021 —`. The place is in capitals; a region may follow it; then
/// month and day, an optional year, an optional agency in parentheses, and a dash.
struct Dateline: Equatable {
    var month: Int
    var day: Int
    var year: Int?

    /// Longest place or region name considered, so a sentence with a comma is not taken for one.
    static let maximumNameLength = 40

    static func parse(_ text: String) -> Dateline? {
        var scanner = DatelineScanner(Array(text.prefix(160)))
        guard scanner.place(), scanner.consume(",") else { return nil }
        scanner.skipSpaces()
        var month = scanner.month()
        if month == nil {
            // a region between place and date: `SPRINGFIELD, Ill., March 3`
            guard scanner.region(), scanner.consume(",") else { return nil }
            scanner.skipSpaces()
            month = scanner.month()
        }
        guard let month else { return nil }
        scanner.skipSpaces()
        guard let day = scanner.number(maxDigits: 2), (1...31).contains(day) else { return nil }
        scanner.ordinalSuffix()
        scanner.skipSpaces()
        var year: Int?
        let beforeYear = scanner.index
        if scanner.consume(",") {
            scanner.skipSpaces()
            if let number = scanner.number(maxDigits: 4), number >= 1900 { year = number } else { scanner.index = beforeYear }
        }
        scanner.skipSpaces()
        if scanner.consume("(") {
            guard scanner.skip(upTo: ")", atMost: maximumNameLength) else { return nil }
            scanner.skipSpaces()
        }
        guard scanner.dash() else { return nil }
        if let year, CalendarDate(year: year, month: month, day: day) == nil { return nil }
        return Dateline(month: month, day: day, year: year)
    }
}

private struct DatelineScanner {
    let characters: [Character]
    var index = 0

    init(_ characters: [Character]) { self.characters = characters }

    var current: Character? { index < characters.count ? characters[index] : nil }

    mutating func consume(_ character: Character) -> Bool {
        guard current == character else { return false }
        index += 1
        return true
    }

    mutating func skipSpaces() {
        while let c = current, c == " " || c == "\u{00A0}" { index += 1 }
    }

    /// A place in capitals (`NEW YORK`, `ST. LOUIS`, `DAR ES SALAAM`), up to its comma.
    mutating func place() -> Bool {
        let start = index
        var letters = 0
        while let c = current, c != "," {
            if c.isLetter {
                guard c.isUppercase else { return false }
                letters += 1
            } else if !(c == " " || c == "." || c == "-" || c == "'" || c == "\u{2019}") {
                return false
            }
            index += 1
        }
        return letters >= 2 && index - start <= Dateline.maximumNameLength
    }

    /// A region or country after the place (`Ill.`, `Afghanistan`): capitalised words, no digits.
    mutating func region() -> Bool {
        let start = index
        guard let first = current, first.isUppercase else { return false }
        while let c = current, c != "," {
            guard c.isLetter || c == " " || c == "." || c == "-" || c == "'" else { return false }
            index += 1
        }
        return index - start <= Dateline.maximumNameLength
    }

    mutating func month() -> Int? {
        let start = index
        while let c = current, c.isLetter { index += 1 }
        guard let month = PageDate.month(named: String(characters[start..<index])) else {
            index = start
            return nil
        }
        _ = consume(".")
        return month
    }

    mutating func number(maxDigits: Int) -> Int? {
        let start = index
        while let c = current, c.isASCII, c.isNumber, index - start < maxDigits { index += 1 }
        // a longer number than asked for is something else (`Aug. 2021`)
        if let c = current, c.isASCII, c.isNumber { index = start; return nil }
        return index > start ? Int(String(characters[start..<index])) : nil
    }

    /// Skips `st`, `nd`, `rd` or `th` after a day number.
    mutating func ordinalSuffix() {
        let end = index + 2
        guard end <= characters.count, ["st", "nd", "rd", "th"].contains(String(characters[index..<end]).lowercased()),
              end == characters.count || !characters[end].isLetter else { return }
        index = end
    }

    mutating func skip(upTo closing: Character, atMost limit: Int) -> Bool {
        let start = index
        while let c = current, c != closing {
            guard index - start < limit else { return false }
            index += 1
        }
        return consume(closing)
    }

    /// `-`, `--`, an en dash or an em dash.
    mutating func dash() -> Bool {
        guard let c = current, c == "-" || c == "\u{2013}" || c == "\u{2014}" else { return false }
        index += 1
        if c == "-" { _ = consume("-") }
        return true
    }
}

/// A page's publication date, chosen as `HTMLReader`'s documentation says: every publication
/// source before any modification time.
extension HTMLReader {
    /// The `<meta>` tags that give the publication date, in order of trust, with the attributes
    /// that may name them.
    static let publicationMetaKeys: [(key: String, attributes: Set<String>)] = [
        ("article:published_time", ["property", "name"]),
        ("og:article:published_time", ["property", "name"]),
        ("pubdate", ["name", "property"]),
        ("publishdate", ["name", "property"]),
        ("date", ["name"]),
        ("DC.date.issued", ["name"]),
        ("datePublished", ["itemprop"]),
    ]

    /// The `<meta>` tags that give the time of the last edit: used only when nothing gives the publication date.
    static let modificationMetaKeys: [(key: String, attributes: Set<String>)] = [
        ("og:updated_time", ["property", "name"]),
        ("article:modified_time", ["property", "name"]),
        ("dateModified", ["itemprop"]),
    ]

    /// How many opening paragraphs may hold a dateline or a "Published ..." line: the headline
    /// and a byline can come first.
    static let datelineParagraphs = 3

    /// The page's publication date, its value as written and where it came from.
    static func publicationDate(_ metadata: HTMLMetadata, paragraphs: [String]) -> (date: CalendarDate, value: String?, source: String)? {
        let opening = paragraphs.prefix(datelineParagraphs)
        var candidates: [(value: String?, source: String, date: () -> CalendarDate?)] = []
        func add(_ values: [String], _ source: String) {
            for value in values { candidates.append((value, source, { PageDate.parse(value) })) }
        }
        // publication times, from any source
        for entry in publicationMetaKeys { add(metadata.meta(entry.key, attributes: entry.attributes), "meta \(entry.key)") }
        add(metadata.itempropDates, "itemprop datePublished")
        for (key, value) in metadata.jsonLDDates { add([value], "json-ld \(key)") }
        let times = metadata.times.filter { $0.inByline && !$0.isModification } + metadata.times.filter { $0.inArticle && !$0.isModification }
        add(times.map(\.value), "time element")
        if let paragraph = opening.first(where: { Dateline.parse($0) != nil }), let dateline = Dateline.parse(paragraph) {
            // without a year anywhere the dateline cannot date the page
            let year = dateline.year ?? metadata.yearHints.first
            candidates.append((nil, "dateline", { year.flatMap { CalendarDate(year: $0, month: dateline.month, day: dateline.day) } }))
        }
        for paragraph in opening { add(PageDate.bylineDates(in: paragraph, modification: false), "byline text") }
        // then the last edit, better than nothing
        for entry in modificationMetaKeys { add(metadata.meta(entry.key, attributes: entry.attributes), "meta \(entry.key)") }
        add(metadata.itempropModifiedDates, "itemprop dateModified")
        for (key, value) in metadata.jsonLDModifiedDates { add([value], "json-ld \(key)") }
        add(metadata.times.filter(\.isModification).map(\.value), "time element (updated)")
        for paragraph in opening { add(PageDate.bylineDates(in: paragraph, modification: true), "byline text (updated)") }
        for candidate in candidates {
            if let date = candidate.date() { return (date, candidate.value, candidate.source) }
        }
        return nil
    }
}

extension PageDate {
    /// Words that open a byline's publication date and its update date.
    static let publicationWords = ["published", "posted", "first published"]
    static let updateWords = ["updated", "last updated", "modified", "last modified"]

    /// The dates a short byline line gives after "Published" or "Posted" (or, with `modification`,
    /// after "Updated"): `By A. Writer | Published Aug. 20, 2021 | Updated Aug. 21, 2021`.
    static func bylineDates(in paragraph: String, modification: Bool) -> [String] {
        guard paragraph.count <= 200 else { return [] }
        let lower = paragraph.lowercased()
        let wanted = modification ? updateWords : publicationWords
        let all = publicationWords + updateWords
        var found: [String] = []
        for word in wanted {
            var searchFrom = lower.startIndex
            while let range = lower.range(of: word, range: searchFrom..<lower.endIndex) {
                searchFrom = range.upperBound
                // a whole word, and not "last updated" when looking for "updated" alone
                let before = range.lowerBound == lower.startIndex ? nil : lower[lower.index(before: range.lowerBound)]
                guard before == nil || !(before!.isLetter), range.upperBound == lower.endIndex || !lower[range.upperBound].isLetter else { continue }
                if word == "updated" || word == "modified", lower[..<range.lowerBound].hasSuffix("last ") { continue }
                // the date runs to the next keyword or separator
                var end = lower.endIndex
                for other in all { if let next = lower.range(of: other, range: range.upperBound..<lower.endIndex), next.lowerBound < end { end = next.lowerBound } }
                if let bar = lower[range.upperBound..<end].firstIndex(where: { $0 == "|" || $0 == "\u{2022}" }) { end = bar }
                let separators: Set<Character> = [" ", ":", ",", "-", "\u{2013}", "\u{2014}"]
                let text = String(lower[range.upperBound..<end].drop { separators.contains($0) }.reversed().drop { separators.contains($0) }.reversed())
                if parse(text) != nil { found.append(text) }
            }
        }
        return found
    }
}
