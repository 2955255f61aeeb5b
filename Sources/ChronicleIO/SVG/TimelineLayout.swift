import Chronicle

/// Where everything of the SVG picture goes: a pure function of the timeline and the width, so
/// tests can check the geometry (labels never overlap, leaders never cross a label) without a
/// browser.
///
/// The picture, top to bottom: the title, a legend of documents (several only), the labels
/// above the axis, the axis strip with its ticks, the labels below, and a note of the events
/// that have no place on the axis.
///
/// - Each entry has a *marker* on its side of the strip: a bar from its earliest to its latest
///   day when that is wide enough to see (an uncertain or coarse date is a range), else a dot.
///   Markers that overlap sit in *tracks* stacked outwards, a later-starting one further out,
///   so the leader rising from each marker's start never crosses another marker.
/// - Each entry has one *label*, a flag: its date (bold) and its events, on a rule that rises
///   from a *stem* on the axis. Stems keep the markers' order a few pixels apart (the spacing
///   of `stemSpacings` that gives the lowest picture), and a slanted leader joins a marker to
///   its stem when they differ, so leaders never cross.
/// - Each label goes to a *lane* of either side where it meets no label and covers no stem
///   rising further out, pointing right or left of its stem (`LabelPlacement` searches for the
///   arrangement that keeps the picture lowest). So a stem only ever rises through free space,
///   and two labels in one lane never meet.
struct TimelineLayout: Sendable {
    struct Box: Sendable, Hashable {
        var x: Double
        var y: Double
        var width: Double
        var height: Double

        var maxX: Double { x + width }
        var maxY: Double { y + height }

        /// Whether the boxes share any point, or come within `gap` of each other.
        func intersects(_ other: Box, gap: Double = 0) -> Bool {
            x < other.maxX + gap && other.x < maxX + gap && y < other.maxY + gap && other.y < maxY + gap
        }
    }

    enum Side: Sendable { case above, below }

    struct Marker: Sendable {
        var side: Side
        var track = 0
        /// The entry's span on the axis; a dot when narrower than `minimumBarWidth`.
        var x0: Double
        var x1: Double
        var isBar: Bool
        /// Where the leader starts: the bar's start or the dot's centre.
        var leaderX: Double
        /// The marker's extent along the axis (a dot's diameter).
        var extent: (lower: Double, upper: Double) { isBar ? (x0, x1) : (leaderX - dotRadius, leaderX + dotRadius) }
        /// Centre line of the marker (y), once placed.
        var y = 0.0
    }

    struct Label: Sendable {
        var side: Side = .above
        var lane = 0
        var stem: Double
        /// A flag whose box lies left of its stem (text aligned to the stem).
        var extendsLeft = false
        var dateLines: [String]
        var itemLines: [String]
        /// The documents of the entry's events (indices into the timeline's documents), in order.
        var documents: [Int]
        var box: Box
    }

    struct Entry: Sendable {
        var marker: Marker
        var label: Label
        /// The leader from the marker to the label's box, as points.
        var leader: [(x: Double, y: Double)] = []
        /// The full text of the label (its date, then every event), for tooltips.
        var fullText: String
    }

    // Geometry, in pixels.
    static let margin = 16.0
    static let maximumLabelWidth = 184.0
    static let minimumLabelWidth = 120.0
    /// Least distances between stems to try.
    static let stemSpacings = [6.0, 14.0, 28.0]
    /// The least distance between stems a picture keeps by growing wider than asked: past
    /// about 80 entries at 800 pixels. Closer stems would stack every label in a lane of its
    /// own, and each label would have to be checked against all the others.
    static let minimumStemPitch = 8.0
    static let minimumBarWidth = 8.0
    static let dotRadius = 3.5
    static let barHeight = 6.0
    static let trackPitch = 9.0
    static let stripHeight = 18.0
    static let laneGap = 8.0
    static let labelGap = 8.0
    static let textInset = 6.0
    static let swatch = 7.0

    static let titleFont = TextFont(size: 16, bold: true)
    static let legendFont = TextFont(size: 11, bold: false)
    static let dateFont = TextFont(size: 11.5, bold: true)
    static let itemFont = TextFont(size: 11, bold: false)
    static let noteFont = TextFont(size: 10.5, bold: false)
    static let titleLineHeight = 20.0
    static let legendLineHeight = 17.0
    static let dateLineHeight = 14.0
    static let itemLineHeight = 13.5
    static let noteLineHeight = 14.0
    static let labelPadding = (top: 3.0, bottom: 4.0)
    static let maxDateLines = 2
    static let maxItemLines = 3

    var width: Double
    var height = 0.0
    var titleLines: [String]
    /// Legend rows: (document index, name as drawn, x of the swatch) per item, and the row's y.
    var legend: [(y: Double, items: [(document: Int, name: String, x: Double)])] = []
    var axis: TimeAxis
    /// The top of the axis strip.
    var stripY = 0.0
    var entries: [Entry] = []
    /// The note of what is not on the axis, in lines, and the baseline of its first line.
    var noteLines: [String] = []
    var noteY = 0.0
    var isMultiDocument: Bool

    /// The layout of `timeline` `width` pixels wide; without `header`, no title and no legend
    /// (for a page that has both already).
    init(_ timeline: Timeline, width: Double = 800, header: Bool = true) {
        let width = max(width, TimelineLayout.widthNeeded(entries: timeline.entries.count))
        self.width = width
        let margin = TimelineLayout.margin
        isMultiDocument = timeline.documents.count > 1
        titleLines = header ? TimelineLayout.titleFont.fit(TimelineLabels.title(timeline), width: width - 2 * margin, maxLines: 2) : []
        let axisRight = width - margin - TimelineLayout.minimumLabelWidth
        axis = TimeAxis(spans: timeline.entries.map { ($0.earliest.dayNumber, $0.latest.dayNumber + 1) }, from: margin, to: axisRight)
        entries = TimelineLayout.horizontal(timeline, axis: axis, right: width - margin)
        if let note = TimelineLayout.note(timeline) { noteLines = TimelineLayout.noteFont.wrap(note, width: width - 2 * margin) }

        // top to bottom
        var y = header ? margin + TimelineLayout.titleLineHeight * Double(titleLines.count) - 4 : 0
        if isMultiDocument, header {
            legend = TimelineLayout.legend(timeline, width: width, top: y + 6)
            y = (legend.last?.y ?? y) + 6
        }
        y += 10
        stripY = y + placeVertically(.above, from: 0)
        y = stripY + TimelineLayout.stripHeight + placeVertically(.below, from: stripY)
        if timeline.entries.isEmpty { y = stripY }
        if !noteLines.isEmpty {
            noteY = y + 18
            y = noteY + TimelineLayout.noteLineHeight * Double(noteLines.count - 1)
        }
        height = (y + margin).rounded(.up)
        if !timeline.entries.isEmpty { shiftAbove(by: stripY) }
    }

    /// The width at which `entries` stems are `minimumStemPitch` apart.
    static func widthNeeded(entries: Int) -> Double {
        (2 * margin + minimumLabelWidth + Double(max(entries - 1, 0)) * minimumStemPitch).rounded(.up)
    }

    // MARK: - Across

    /// A label's text laid out in a width.
    struct LabelText: Sendable {
        var dateLines: [String]
        var itemLines: [String]
        /// Whole events shown (0 when the first is cut), whether the date had to be cut, and how
        /// many of its characters show.
        var shownItems: Int
        var dateIsCut: Bool
        var dateShown: Int
        var width: Double
        var height: Double

        /// The text of an entry with its date `display`, its events' wording `items` and
        /// `swatches` document swatches after the date, no wider than `room`.
        init(display: String, items: [String], swatches: Int, room: Double) {
            let swatchWidth = Double(swatches) * (swatch + 3)
            let wholeDate = dateFont.wrap(display, width: room - swatchWidth)
            // cut: more lines than allowed, or a word broken between characters
            dateIsCut = wholeDate.count > maxDateLines || wholeDate.joined(separator: " ") != TextFont.words(display).joined(separator: " ")
            dateLines = dateIsCut ? dateFont.fit(display, width: room - swatchWidth, maxLines: maxDateLines) : wholeDate
            dateShown = dateLines.reduce(0) { $0 + $1.filter { $0 != " " && $0 != "…" }.count }
            (itemLines, shownItems) = TimelineLayout.itemLines(items, width: room)
            // the swatches follow the first line of the date
            let dateWidth = dateLines.enumerated().map { dateFont.width($1) + ($0 == 0 ? swatchWidth : 0) }.max() ?? 0
            width = textInset + 1 + max(dateWidth, itemLines.map { itemFont.width($0) }.max() ?? 0, swatchWidth) + 3
            height = labelPadding.top + dateLineHeight * Double(dateLines.count) + itemLineHeight * Double(itemLines.count) + labelPadding.bottom
        }
    }

    /// Markers, stems, label texts and widths, sides and lanes: everything but heights.
    private static func horizontal(_ timeline: Timeline, axis: TimeAxis, right: Double) -> [Entry] {
        let events = timeline.eventsByID
        let documentIndex = Dictionary(timeline.documents.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let multiple = timeline.documents.count > 1
        var entries: [Entry] = []
        var contents: [(display: String, items: [String])] = []
        for (index, entry) in timeline.entries.enumerated() {
            let segment = axis.segmentOfSpan[index]
            let x0 = axis.x(Double(entry.earliest.dayNumber), in: segment)
            let x1 = axis.x(Double(entry.latest.dayNumber + 1), in: segment)
            let isBar = x1 - x0 >= minimumBarWidth
            let marker = Marker(side: .above, x0: x0, x1: x1, isBar: isBar, leaderX: isBar ? x0 + 1 : (x0 + x1) / 2)
            let members = entry.events.compactMap { events[$0] }
            let items = members.map(TimelineLabels.label(of:))
            let documents = TimelineLabels.unique(members.map(\.document)).compactMap { documentIndex[$0] }
            let label = Label(stem: 0, dateLines: [], itemLines: [], documents: multiple ? documents : [], box: Box(x: 0, y: 0, width: 0, height: 0))
            entries.append(Entry(marker: marker, label: label, fullText: ([entry.display] + items).joined(separator: "\n")))
            contents.append((entry.display, items))
        }
        let order = entries.indices.sorted { (entries[$0].marker.leaderX, $0) < (entries[$1].marker.leaderX, $1) }
        let anchors = order.map { entries[$0].marker.leaderX }
        let labelContents = order.map { (contents[$0].display, contents[$0].items, entries[$0].label.documents.count) }
        // stems further apart cover fewer of each other's stems but need longer slants: the
        // spacing that gives the lowest picture wins
        var best: (height: Double, stems: [Double], placements: [LabelPlacement.Placement])?
        for spacing in stemSpacings {
            let stems = spread(anchors, spacing: spacing, within: margin, right - minimumLabelWidth)
            let placements = LabelPlacement.place(stems: stems, contents: labelContents, right: right)
            let height = LabelPlacement.height(placements)
                + [Side.above, .below].map { side in slantHeight(placements.indices.filter { placements[$0].side == side }.map { abs(stems[$0] - anchors[$0]) }) }.reduce(0, +)
            if best == nil || height < best!.height { best = (height, stems, placements) }
        }
        for (k, index) in order.enumerated() {
            let placement = best!.placements[k]
            entries[index].marker.side = placement.side
            entries[index].label.side = placement.side
            entries[index].label.lane = placement.lane
            entries[index].label.stem = best!.stems[k]
            entries[index].label.extendsLeft = placement.extendsLeft
            entries[index].label.dateLines = placement.text.dateLines
            entries[index].label.itemLines = placement.text.itemLines
            entries[index].label.box = Box(x: placement.left, y: 0, width: placement.text.width, height: placement.text.height)
        }
        assignTracks(&entries, order: order)
        return entries
    }

    /// "+3 more", kept on one line.
    static func more(_ count: Int) -> String { "+\(count)\u{00A0}more" }

    /// The events of a label in at most `maxItemLines` lines, separated by " · ": as many whole
    /// events as fit, then "+N more"; when not even the first fits, the first cut with "…".
    /// Also how many events are shown whole.
    static func itemLines(_ items: [String], width: Double) -> (lines: [String], shown: Int) {
        guard !items.isEmpty else { return ([], 0) }
        // the most events whose text alone fits (wrapping more text never takes fewer lines),
        // counted up: a label holds a handful however many events its entry has
        var fitting = 0
        while fitting < items.count,
              itemFont.wrap(items[...fitting].joined(separator: " · "), width: width, lineLimit: maxItemLines).count <= maxItemLines {
            fitting += 1
        }
        for shown in stride(from: fitting, through: 1, by: -1) {
            var text = items[..<shown].joined(separator: " · ")
            if shown < items.count { text += " · " + more(items.count - shown) }
            let lines = itemFont.wrap(text, width: width, lineLimit: maxItemLines)
            if lines.count <= maxItemLines { return (lines, shown) }
        }
        return (itemFont.fit(items[0], width: width, maxLines: maxItemLines, suffix: items.count > 1 ? more(items.count - 1) : ""), 0)
    }

    /// The height of the slanted part of one side's leaders, for the largest distance between a
    /// marker and its stem: steep enough to tell the leaders apart.
    static func slantHeight(_ displacements: [Double]) -> Double {
        guard let largest = displacements.max() else { return 0 }
        return min(max(14, (largest * 0.4).rounded()), 60)
    }

    /// Positions as close to `wanted` (sorted) as possible in the least-squares sense, in the
    /// same order, at least `spacing` apart, within `lower...upper` (pool adjacent violators on
    /// `wanted[k] - k * spacing`, which must come out non-decreasing).
    static func spread(_ wanted: [Double], spacing: Double, within lower: Double, _ upper: Double) -> [Double] {
        guard !wanted.isEmpty else { return [] }
        let step = wanted.count > 1 ? min(spacing, (upper - lower) / Double(wanted.count - 1)) : spacing
        var blocks: [(sum: Double, count: Int)] = []
        for (k, value) in wanted.enumerated() {
            blocks.append((value - Double(k) * step, 1))
            while blocks.count > 1, blocks[blocks.count - 2].sum / Double(blocks[blocks.count - 2].count) >= blocks[blocks.count - 1].sum / Double(blocks[blocks.count - 1].count) {
                let last = blocks.removeLast()
                blocks[blocks.count - 1].sum += last.sum
                blocks[blocks.count - 1].count += last.count
            }
        }
        var positions: [Double] = []
        let highest = upper - Double(wanted.count - 1) * step
        for block in blocks {
            let mean = min(max(block.sum / Double(block.count), lower), highest)
            for _ in 0..<block.count { positions.append(mean + Double(positions.count) * step) }
        }
        return positions
    }

    /// Tracks for the markers of each side, in the order of their leaders: the lowest track where
    /// the marker meets no other marker, covers no leader rising from a lower track, and whose
    /// own leader passes no marker further out. Markers at one spot (two events of one day)
    /// cannot keep clear of each other's leaders; they go to the lowest track that meets the
    /// other two conditions.
    private static func assignTracks(_ entries: inout [Entry], order: [Int]) {
        // per side, the markers placed so far that reach far enough right to matter
        var active: (above: [Marker], below: [Marker]) = ([], [])
        for index in order {
            let marker = entries[index].marker
            let (lower, upper) = marker.extent
            if marker.side == .above { active.above.removeAll { $0.extent.upper + 3 < lower } } else { active.below.removeAll { $0.extent.upper + 3 < lower } }
            let others = marker.side == .above ? active.above : active.below
            func covers(_ m: Marker, _ x: Double) -> Bool { x >= m.extent.lower - 1 && x <= m.extent.upper + 1 }
            func fits(_ track: Int, strictly: Bool) -> Bool {
                !others.contains { other in
                    (other.track == track && other.extent.lower <= upper + 2 && lower <= other.extent.upper + 2)
                        || (other.track > track && covers(other, marker.leaderX))
                        || (strictly && other.track < track && covers(marker, other.leaderX))
                }
            }
            let highest = (others.map(\.track).max() ?? -1) + 1
            let track = (0...highest).first { fits($0, strictly: true) } ?? (0...highest).first { fits($0, strictly: false) }!
            entries[index].marker.track = track
            if marker.side == .above { active.above.append(entries[index].marker) } else { active.below.append(entries[index].marker) }
        }
    }

    // MARK: - Down

    /// Places the markers, leaders and labels of one side with the strip's top at 0 (above:
    /// upwards from 0) or at `stripY` (below); returns the side's height.
    private mutating func placeVertically(_ side: Side, from stripTop: Double) -> Double {
        let members = entries.indices.filter { entries[$0].label.side == side }
        guard !members.isEmpty else { return 0 }
        let direction = side == .above ? -1.0 : 1.0
        let edge = side == .above ? 0 : stripTop + TimelineLayout.stripHeight
        let tracks = (members.map { entries[$0].marker.track }.max() ?? 0) + 1
        let zone = edge + direction * (Double(tracks) * TimelineLayout.trackPitch + 2)
        let laneStart = zone + direction * TimelineLayout.slantHeight(members.map { abs(entries[$0].label.stem - entries[$0].marker.leaderX) })
        let laneCount = (members.map { entries[$0].label.lane }.max() ?? 0) + 1
        var laneHeights = Array(repeating: 0.0, count: laneCount)
        for k in members { laneHeights[entries[k].label.lane] = max(laneHeights[entries[k].label.lane], entries[k].label.box.height) }
        // the edge of each lane nearest the strip
        var laneEdges: [Double] = []
        var y = laneStart
        for height in laneHeights {
            laneEdges.append(y)
            y += direction * (height + TimelineLayout.laneGap)
        }
        for k in members {
            var entry = entries[k]
            let centre = edge + direction * (5 + Double(entry.marker.track) * TimelineLayout.trackPitch)
            entry.marker.y = centre
            let reach = entry.marker.isBar ? TimelineLayout.barHeight / 2 : TimelineLayout.dotRadius
            let laneEdge = laneEdges[entry.label.lane]
            entry.label.box.y = side == .above ? laneEdge - entry.label.box.height : laneEdge
            let stem = entry.label.stem
            entry.leader = [(entry.marker.leaderX, centre + direction * reach), (entry.marker.leaderX, zone), (stem, laneStart), (stem, laneEdge)]
            entries[k] = entry
        }
        return abs(y - direction * TimelineLayout.laneGap - edge) + 10
    }

    /// Moves what was placed above the strip (at negative y) down by `offset`.
    private mutating func shiftAbove(by offset: Double) {
        for k in entries.indices where entries[k].label.side == .above {
            entries[k].marker.y += offset
            entries[k].label.box.y += offset
            entries[k].leader = entries[k].leader.map { ($0.x, $0.y + offset) }
        }
    }

    // MARK: - Legend and note

    /// Swatch and name of each document, flowing in rows.
    static func legend(_ timeline: Timeline, width: Double, top: Double) -> [(y: Double, items: [(document: Int, name: String, x: Double)])] {
        var rows: [(y: Double, items: [(document: Int, name: String, x: Double)])] = []
        var items: [(document: Int, name: String, x: Double)] = []
        var x = margin
        var y = top + legendLineHeight - 4
        for (index, document) in timeline.documents.enumerated() {
            let name = legendFont.fit(TimelineLabels.document(document), width: 240, maxLines: 1)[0]
            let itemWidth = swatch + 5 + legendFont.width(name) + 14
            if x + itemWidth > width - margin, !items.isEmpty {
                rows.append((y, items))
                items = []
                x = margin
                y += legendLineHeight
            }
            items.append((index, name, x))
            x += itemWidth
        }
        rows.append((y, items))
        return rows
    }

    /// "Not on the axis: 15 events dated only by the publication date, 20 not anchored in time."
    static func note(_ timeline: Timeline) -> String? {
        func count(_ n: Int, _ what: String) -> String { "\(n) event\(n == 1 ? "" : "s") \(what)" }
        var parts: [String] = []
        if !timeline.undated.isEmpty { parts.append(count(timeline.undated.count, "related only to the publication date")) }
        if !timeline.unanchored.isEmpty { parts.append(count(timeline.unanchored.count, "not anchored in time")) }
        if timeline.entries.isEmpty { return "No dated events" + (parts.isEmpty ? "." : "; not on the axis: " + parts.joined(separator: ", ") + ".") }
        return parts.isEmpty ? nil : "Not on the axis: " + parts.joined(separator: ", ") + "."
    }
}
