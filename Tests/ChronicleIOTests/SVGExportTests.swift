import Chronicle
import Foundation
import Testing
@testable import ChronicleIO

/// Timelines the picture tests share: the samples, the export fixtures, generated crowds across
/// decades, and a timeline read from JSON whose every text is hostile.
enum PictureFixtures {
    static let samples: [(name: String, timeline: Timeline)] = CommittedExportsTests.sampleNames.map { name in
        let file = try! FileManager.default.contentsOfDirectory(atPath: CommittedExportsTests.samples.path).first { $0.hasPrefix(name + ".") }!
        let document = try! DocumentReader().read(path: CommittedExportsTests.samples.appendingPathComponent(file).path).document
        return (name, Timeline(documents: [DocumentAnalyzer().analyze(document)]))
    }

    static let generated: [(name: String, timeline: Timeline)] = [
        ("generated, 1 document", GeneratedTimelines.timeline(seed: 1, documents: 1, sentences: 40, eras: [1950...2024])),
        ("generated, 3 documents", GeneratedTimelines.timeline(seed: 2, documents: 3, sentences: 15)),
        ("generated, 5 documents", GeneratedTimelines.timeline(seed: 3, documents: 5, sentences: 20)),
    ]

    /// Text with everything markup must escape, in every field a picture or page shows.
    static let hostileText = "a<b & \"c\" 'd' </text><script>alert(1)</script> \u{0001}\u{0008}\u{001B}\u{007F} ]]> --> e"

    static let hostile: Timeline = {
        func event(_ n: Int, display: String, earliest: String, latest: String) -> String {
            let text = jsonString(hostileText + " \(n)")
            return """
                {"id": "doc:e\(n)", "document": "doc", "trigger": \(text), "begin": \(n * 10), "end": \(n * 10 + 3), "text": \(text),
                 "class": "OCCURRENCE", "tense": "PAST", "aspect": "NONE", "polarity": "POS", "participants": [], "description": \(text), "roles": [],
                 "mentions": [{"document": "doc", "trigger": \(text), "begin": \(n * 10), "end": \(n * 10 + 3), "text": \(text)}],
                 "time": {"value": "2021", "earliest": "\(earliest)", "latest": "\(latest)", "granularity": "month", "relation": "IS_INCLUDED",
                          "anchor": "doc:t1", "confidence": 1, "display": \(jsonString(display))}}
                """
        }
        let json = """
            {"version": 2, "documents": [{"id": "doc", "title": \(jsonString(hostileText))}], "timexes": [], "events": [
            \(event(1, display: hostileText, earliest: "2021-06-01", latest: "2021-06-30")),
            \(event(2, display: "July & <August>", earliest: "2021-07-01", latest: "2021-08-31"))]}
            """
        return try! TimelineExport.read(Data(json.utf8))
    }()

    static func jsonString(_ text: String) -> String {
        String(decoding: try! JSONEncoder().encode(text), as: UTF8.self)
    }

    static let all: [(name: String, timeline: Timeline)] = samples + ExportFixtures.all + generated + [("hostile", hostile)]
    static var names: [String] { all.map(\.name) }
    static func timeline(_ name: String) -> Timeline { all.first { $0.name == name }!.timeline }

    /// `text` as markup carries it: controls as U+FFFD, line breaks as spaces (what `HTML.escape`
    /// promises, read back).
    static func cleaned(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar -> Unicode.Scalar in
            if scalar == "\n" || scalar == "\r" || scalar == "\t" { return " " }
            return MarkdownText.isControl(scalar) ? "\u{FFFD}" : scalar
        }))
    }

    /// Elements that run code or fetch something, and attributes that do.
    static let activeElements: Set<String> = ["script", "iframe", "object", "embed", "foreignObject", "image", "img", "link", "use", "a", "audio", "video", "source", "base", "form"]

    static func activeParts(of tree: MarkupTree) -> [String] {
        tree.all.flatMap { element -> [String] in
            var found = activeElements.contains(element.name) ? ["<\(element.name)>"] : []
            for (name, value) in element.attributes {
                if name.lowercased().hasPrefix("on") || ["href", "src", "srcset", "action", "formaction"].contains(name.lowercased()) { found.append("\(element.name)@\(name)") }
                if value.contains("url(") || value.lowercased().contains("javascript:") { found.append("\(element.name)@\(name)=\(value)") }
            }
            return found
        }
    }
}

struct SVGExportTests {
    @Test(arguments: PictureFixtures.names)
    func isAnSVGWithoutScriptsOrLinksAndALabelPerEntry(_ name: String) throws {
        let timeline = PictureFixtures.timeline(name)
        let svg = SVGExport.svg(timeline)
        let tree = try MarkupTree.parse(svg, path: name + ".svg")
        #expect(tree.name == "svg")
        #expect(tree.namespace == "http://www.w3.org/2000/svg")
        // 800 pixels, wider only when the entries' stems need it
        #expect(tree.attributes["width"] == String(Int(max(800, TimelineLayout.widthNeeded(entries: timeline.entries.count)))))
        #expect(PictureFixtures.activeParts(of: tree) == [])
        #expect(!svg.contains("<!ENTITY") && !svg.contains("<!DOCTYPE"))

        let entries = tree.elements(named: "g").filter { $0.attributes["class"] == "entry" }
        #expect(entries.count == timeline.entries.count)
        let events = timeline.eventsByID
        for (group, entry) in zip(entries, timeline.entries) {
            // the tooltip has everything; the label starts with the date
            let items = entry.events.compactMap { events[$0] }.map(TimelineLabels.label(of:))
            #expect(group.child(named: "title")?.text == PictureFixtures.cleaned(([entry.display] + items).joined(separator: "\n")))
            // the label's bold lines are its date, whole or cut with "…"
            let dateLines = group.children.filter { $0.name == "text" && $0.attributes["font-weight"] == "bold" }.map(\.text)
            // (compared without spaces: lines break at spaces, and a word too long for a line
            // between characters)
            let date = PictureFixtures.cleaned(entry.display).filter { $0 != " " }
            let shown = dateLines.joined().filter { $0 != " " }
            #expect(shown == date || (shown.hasSuffix("…") && date.hasPrefix(String(shown.dropLast()))), "\(dateLines) for \(entry.display)")
        }
    }

    @Test(arguments: PictureFixtures.names)
    func labelsNeitherOverlapNorAreCrossedByLeaders(_ name: String) throws {
        let timeline = PictureFixtures.timeline(name)
        let layout = TimelineLayout(timeline)
        #expect(layout.entries.count == timeline.entries.count)
        let boxes = layout.entries.map(\.label.box)
        var problems: [String] = []
        for (k, box) in boxes.enumerated() {
            if !(box.x >= 0 && box.maxX <= layout.width && box.y >= 0 && box.maxY <= layout.height) { problems.append("label \(k) outside the picture: \(box)") }
            for other in boxes[(k + 1)...] where box.intersects(other) { problems.append("labels overlap: \(box) and \(other)") }
        }
        for (k, entry) in layout.entries.enumerated() {
            for (j, box) in boxes.enumerated() where j != k {
                for (a, b) in zip(entry.leader, entry.leader.dropFirst()) where SVGGeometry.segment(a, b, crosses: box) {
                    problems.append("leader of entry \(k) crosses label \(j)")
                }
            }
            // the leader ends at its own label's edge, on its stem
            if entry.leader.last.map({ $0.x == entry.label.stem && ($0.y == entry.label.box.y || $0.y == entry.label.box.maxY) }) != true {
                problems.append("leader of entry \(k) ends off its label")
            }
        }
        // leaders of one side never cross one another (their slanted parts keep the markers' order)
        for side in [TimelineLayout.Side.above, .below] {
            let slants = layout.entries.filter { $0.label.side == side }.map { ($0.leader[1], $0.leader[2]) }
            for (i, s) in slants.enumerated() {
                for t in slants[(i + 1)...] where SVGGeometry.properlyCross(s.0, s.1, t.0, t.1) { problems.append("leaders cross: \(s) and \(t)") }
            }
        }
        #expect(problems == [])
    }

    @Test func aDenseTimelineOfManyDocumentsStaysReadable() throws {
        let timeline = GeneratedTimelines.timeline(seed: 9, documents: 6, sentences: 25, eras: [1900...1930, 1960...1962, 2001...2001, 2015...2024])
        #expect(timeline.entries.count > 100)
        let layout = TimelineLayout(timeline)
        let boxes = layout.entries.map(\.label.box)
        #expect(boxes.indices.allSatisfy { k in boxes[(k + 1)...].allSatisfy { !boxes[k].intersects($0) } })
        // every label shows its whole date and at least one event
        for entry in layout.entries {
            #expect(!entry.label.dateLines.joined().contains("…"))
            #expect(!entry.label.itemLines.isEmpty)
        }
        // the eras are a broken axis: a segment each, in order, none narrower than its minimum
        #expect(layout.axis.segments.count == 4)
        #expect(zip(layout.axis.segments, layout.axis.segments.dropFirst()).allSatisfy { $0.x1 < $1.x0 && $0.endDay < $1.firstDay })
        #expect(layout.axis.segments.allSatisfy { $0.x1 - $0.x0 >= TimeAxis.minimumSegmentWidth - 0.001 })
    }

    @Test func colourIsOnePerDocument() throws {
        let timeline = PictureFixtures.timeline("generated, 3 documents")
        let tree = try MarkupTree.parse(SVGExport.svg(timeline), path: "generated.svg")
        let legend = try #require(tree.elements(named: "g").first { $0.attributes["class"] == "legend" })
        let swatches = legend.children.filter { $0.name == "rect" }.compactMap { $0.attributes["fill"] }
        #expect(swatches == Array(SVGExport.palette.prefix(3)))
        #expect(legend.children.filter { $0.name == "text" }.map(\.text) == timeline.documents.map { PictureFixtures.cleaned($0.title ?? $0.id) })
        let events = timeline.eventsByID
        let entries = tree.elements(named: "g").filter { $0.attributes["class"] == "entry" }
        for (group, entry) in zip(entries, timeline.entries) {
            let documents = TimelineLabels.unique(entry.events.compactMap { events[$0]?.document })
            let rule = group.children.first { $0.name == "polyline" }?.attributes["stroke"]
            if documents.count == 1 {
                let index = try #require(timeline.documents.firstIndex { $0.id == documents[0] })
                #expect(rule == SVGExport.palette[index])
            } else {
                #expect(rule == SVGExport.mixed)
            }
        }
        // one document: no legend, one colour
        let single = try MarkupTree.parse(SVGExport.svg(ExportFixtures.sample), path: "sample.svg")
        #expect(!single.elements(named: "g").contains { $0.attributes["class"] == "legend" })
        #expect(Set(single.elements(named: "polyline").compactMap { $0.attributes["stroke"] }) == [SVGExport.palette[0]])
    }

    @Test func hostileTextComesBackAsWritten() throws {
        let timeline = PictureFixtures.hostile
        let svg = SVGExport.svg(timeline)
        let tree = try MarkupTree.parse(svg, path: "hostile.svg")
        #expect(PictureFixtures.activeParts(of: tree) == [])
        #expect(tree.child(named: "title")?.text == PictureFixtures.cleaned(PictureFixtures.hostileText))
        // nothing of the text became markup: it comes back as text, controls as U+FFFD
        let texts = tree.elements(named: "text").map(\.text)
        #expect(texts.contains { $0.hasPrefix("a<b & \"c\" 'd' </text><script>") })
        #expect(texts.allSatisfy { !$0.unicodeScalars.contains { MarkdownText.isControl($0) } })
        #expect(!svg.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(tree.elements(named: "g").filter { $0.attributes["class"] == "entry" }.compactMap { $0.child(named: "title")?.text }
            == ["\(PictureFixtures.cleaned(PictureFixtures.hostileText)) \(PictureFixtures.cleaned(PictureFixtures.hostileText)) 1",
                "July & <August> \(PictureFixtures.cleaned(PictureFixtures.hostileText)) 2"])
    }

    @Test func sameBytesEveryTimeAndInAnyTimeZone() throws {
        let timeline = PictureFixtures.timeline("generated, 3 documents")
        let first = SVGExport.svg(timeline)
        #expect(SVGExport.svg(timeline) == first)
        let zone = ProcessInfo.processInfo.environment["TZ"]
        defer {
            if let zone { setenv("TZ", zone, 1) } else { unsetenv("TZ") }
            tzset()
        }
        for other in ["Pacific/Kiritimati", "America/St_Johns", "UTC"] {
            setenv("TZ", other, 1)
            tzset()
            NSTimeZone.resetSystemTimeZone()
            #expect(SVGExport.svg(timeline) == first)
        }
    }

    @Test func anEntryOfThousandsOfEventsShowsAHandfulAndACount() {
        let items = (1...5000).map { "event\($0)" }
        let (lines, shown) = TimelineLayout.itemLines(items, width: 170)
        #expect(lines.count <= TimelineLayout.maxItemLines)
        #expect(shown > 0 && shown < 20)
        #expect(lines.last?.hasSuffix(TimelineLayout.more(items.count - shown)) == true)
        // one event longer than the label: cut, with the count of the rest
        let long = [String(repeating: "word ", count: 20_000), "second"]
        let cut = TimelineLayout.itemLines(long, width: 170)
        #expect(cut.shown == 0 && cut.lines.count == TimelineLayout.maxItemLines)
    }

    @Test func manyEntriesWidenThePictureRatherThanCrowdIt() {
        #expect(TimelineLayout.widthNeeded(entries: 10) < 800)
        #expect(TimelineLayout.widthNeeded(entries: 400) == (2 * TimelineLayout.margin + TimelineLayout.minimumLabelWidth + 399 * TimelineLayout.minimumStemPitch).rounded(.up))
    }

    @Test func anEmptyTimelineSaysSo() throws {
        let timeline = Timeline(documents: [DocumentAnalyzer().analyze(Document(id: "empty", text: "Nothing happened.", dct: CalendarDate(year: 2024, month: 1, day: 1)))])
        let tree = try MarkupTree.parse(SVGExport.svg(timeline), path: "empty.svg")
        #expect(tree.elements(named: "g").filter { $0.attributes["class"] == "entry" }.isEmpty)
        #expect(tree.elements(named: "text").contains { $0.text.hasPrefix("No dated events") })
    }
}

struct TimeAxisTests {
    static func days(_ from: String, _ to: String) -> (first: Int, end: Int) {
        (CalendarDate(iso: from)!.dayNumber, CalendarDate(iso: to)!.dayNumber + 1)
    }

    @Test func decadesApartBreakTheAxis() {
        let spans = [Self.days("1956-09-01", "1959-12-31"), Self.days("1990-01-01", "1999-12-31"), Self.days("2022-01-01", "2022-12-31"),
                     Self.days("2023-03-01", "2023-03-31"), Self.days("2024-03-12", "2024-03-12"), Self.days("2024-03-18", "2024-03-18")]
        let axis = TimeAxis(spans: spans, from: 16, to: 664)
        #expect(axis.segments.count == 3)
        #expect(axis.segmentOfSpan == [0, 1, 2, 2, 2, 2])
        #expect(axis.segments.last!.x1 <= 664.001)
        // the crowded segment gets the most room
        #expect(axis.segments[2].x1 - axis.segments[2].x0 > 300)
    }

    @Test func entriesSpreadOverDecadesKeepOneScale() {
        // an event every two to three years from 1950 to 1990
        let spans = stride(from: 1950, through: 1990, by: 3).map { Self.days("\($0)-05-01", "\($0)-05-31") }
        #expect(TimeAxis(spans: spans, from: 16, to: 664).segments.count == 1)
        // a year with a quiet summer
        let year = [Self.days("2021-01-10", "2021-01-10"), Self.days("2021-02-01", "2021-02-28"), Self.days("2021-11-03", "2021-11-03")]
        #expect(TimeAxis(spans: year, from: 16, to: 664).segments.count == 1)
    }

    @Test func ticksFitBetweenEachOther() {
        for spans in [[Self.days("2021-06-01", "2021-08-31")], [Self.days("1900-01-01", "2024-12-31")], [Self.days("2024-03-12", "2024-03-12")],
                      [Self.days("2024-01-01", "2024-01-09")]] {
            let axis = TimeAxis(spans: spans, from: 16, to: 664)
            for segment in axis.segments {
                let ticks = axis.ticks(of: segment)
                #expect(ticks.contains { $0.label != nil })
                for (tick, next) in zip(ticks, ticks.dropFirst()) {
                    #expect(tick.x < next.x)
                    if let label = tick.label { #expect(tick.x + 3 + TimeAxis.tickFont.width(label) <= next.x) }
                }
            }
        }
        let months = TimeAxis(spans: [Self.days("2021-06-01", "2021-08-31")], from: 16, to: 664)
        #expect(months.ticks(of: months.segments[0]).compactMap(\.label) == ["Jun 2021", "Jul", "Aug", "Sep"])
    }
}

struct TextFittingTests {
    let font = TextFont(size: 11, bold: false)

    @Test func wrapsAtSpacesAndBreaksOnlyWordsTooLongForALine() {
        #expect(font.wrap("the quick brown fox jumps", width: 70) == ["the quick", "brown fox", "jumps"])
        let long = font.wrap("https://example.com/a/very/long/path/without/spaces", width: 80)
        #expect(long.count > 1)
        #expect(long.allSatisfy { font.width($0) <= 80 })
        #expect(long.joined() == "https://example.com/a/very/long/path/without/spaces")
    }

    @Test func cutsWithAnEllipsisAndKeepsTheSuffix() {
        let lines = font.fit("one two three four five six seven eight nine ten eleven twelve", width: 100, maxLines: 2, suffix: "+2 more")
        #expect(lines.count == 2)
        #expect(lines[1].hasSuffix("… +2 more"))
        #expect(lines.allSatisfy { font.width($0) <= 100 })
        #expect(font.fit("short", width: 100, maxLines: 2) == ["short"])
        // a suffix wider than the line gives way to the ellipsis alone
        #expect(font.fit("one two three four five six", width: 40, maxLines: 1, suffix: "+2 more").allSatisfy { font.width($0) <= 40 && $0.hasSuffix("…") })
    }

    @Test func estimatesWideScriptsWideAndMarksAsNothing() {
        #expect(font.width("東京") > font.width("ab") * 1.5)
        #expect(font.width("e\u{0301}") == font.width("e"))
        #expect(TextFont(size: 11, bold: true).width("Monday") > font.width("Monday"))
    }

    @Test func labelsShowWholeEventsThenACount() {
        let items = ["scoffed", "plans", "summit", "told", "criticized", "strained", "met", "sent", "discussed", "left", "kept", "said"]
        let (lines, shown) = TimelineLayout.itemLines(items, width: 120)
        #expect(lines.count == TimelineLayout.maxItemLines)
        #expect(shown > 0 && shown < items.count)
        #expect(lines.last!.hasSuffix("+\(items.count - shown)\u{00A0}more"))
        #expect(lines.joined(separator: " ").hasPrefix(items[..<shown].joined(separator: " · ")))
        #expect(lines.allSatisfy { TimelineLayout.itemFont.width($0) <= 120 })
        // not even one whole: the first, cut, and the count of the rest
        let (cut, none) = TimelineLayout.itemLines([String(repeating: "word ", count: 40), "other"], width: 120)
        #expect(none == 0)
        #expect(cut.count == TimelineLayout.maxItemLines && cut.last!.hasSuffix("… +1\u{00A0}more"))
    }
}

/// Segment geometry for the layout tests.
enum SVGGeometry {
    typealias Point = (x: Double, y: Double)

    /// Whether the segment from `a` to `b` passes through the inside of `box` (touching its edge
    /// does not count).
    static func segment(_ a: Point, _ b: Point, crosses box: TimelineLayout.Box) -> Bool {
        // Liang–Barsky clipping against the open box
        var t0 = 0.0, t1 = 1.0
        let dx = b.x - a.x, dy = b.y - a.y
        for (p, q) in [(-dx, a.x - box.x), (dx, box.maxX - a.x), (-dy, a.y - box.y), (dy, box.maxY - a.y)] {
            if p == 0 {
                if q <= 0 { return false }
            } else {
                let r = q / p
                if p < 0 { t0 = max(t0, r) } else { t1 = min(t1, r) }
            }
        }
        return t1 - t0 > 1e-9
    }

    /// Whether two segments cross at a point inside both.
    static func properlyCross(_ a: Point, _ b: Point, _ c: Point, _ d: Point) -> Bool {
        func orientation(_ p: Point, _ q: Point, _ r: Point) -> Double { (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x) }
        let o1 = orientation(a, b, c), o2 = orientation(a, b, d), o3 = orientation(c, d, a), o4 = orientation(c, d, b)
        return o1 * o2 < 0 && o3 * o4 < 0
    }
}
