/// Sides, lanes and directions of the SVG picture's labels.
///
/// Each label is a flag on a stem rising from the axis: its box lies right of the stem, or left
/// of it ("extends left"). A label in lane L of a side must meet no other label of that lane,
/// and its box must cover no stem of a label further out (lanes above L), which rises through
/// lane L. Labels are placed from the right, so every label already placed has its stem to the
/// right: a box that extends right only has to end in time, before the boxes of its lane and the
/// stems of the lanes further out, narrowed (wrapped into more lines) if that keeps its whole
/// date and as many events. A box that extends left may cover the stems of labels not yet
/// placed; those must then go below it on that side, or to the other side, which is only allowed
/// while the other side is still open to them, so every label always has somewhere to go.
///
/// In a crowd, flags pointing away from each other share a lane, and the best arrangement nests
/// them; a label-by-label choice rarely finds it. So this is a beam search: from the right, each
/// label tries, on each side, its lowest lane pointing right and pointing left (covering stems,
/// also the lane above that; or narrowed to cover none), and the `beamWidth(_:)` partial pictures
/// with the least height (then the fewest narrowed labels) go on, one of each kind (states alike
/// in all that later labels depend on have the same futures). Ties keep the earlier option
/// (upper side, pointing right), so the result is deterministic.
enum LabelPlacement {
    struct Placement: Sendable {
        var side: TimelineLayout.Side
        var lane: Int
        var extendsLeft: Bool
        var left: Double
        var text: TimelineLayout.LabelText
    }

    /// Partial pictures kept at each step: wide for the few labels of an article, narrower for
    /// hundreds, so the work stays near linear in the number of labels.
    static func beamWidth(_ labels: Int) -> Int { min(256, max(12, 3000 / max(labels, 1))) }

    /// The height the labels of both sides take: each lane as tall as its tallest label.
    static func height(_ placements: [Placement]) -> Double {
        var state = State()
        for p in placements { state.grow(p) }
        return state.height
    }

    private typealias Layout = TimelineLayout

    /// A placed label as its neighbours see it.
    private struct Placed: Hashable {
        var stem: Double
        var left: Double
        var lane: Int
    }

    /// The choices so far, newest first, shared between the partial pictures that made them.
    private final class Choice: Sendable {
        let placement: Placement
        let previous: Choice?

        init(_ placement: Placement, after previous: Choice?) {
            self.placement = placement
            self.previous = previous
        }
    }

    /// A partial picture: the labels placed so far (right of the next one).
    private struct State {
        /// Per side, the placed labels near enough to matter, in order of placing (stems falling).
        var above: [Placed] = []
        var below: [Placed] = []
        /// Per side, the lane from which a label not yet placed may not go there.
        var closedAbove: [Int: Int] = [:]
        var closedBelow: [Int: Int] = [:]
        var laneHeightsAbove: [Double] = []
        var laneHeightsBelow: [Double] = []
        /// The labels' own heights, summed: of two pictures equally high, the one with fewer
        /// narrowed (taller) labels is better.
        var textHeight = 0.0
        /// Labels that say less than they could with more room (a cut date, fewer events).
        var cuts = 0
        /// The lanes' heights and gaps, summed.
        private(set) var height = 0.0
        var last: Choice?

        /// Makes the placement's lane as tall as its label, at least.
        mutating func grow(_ placement: Placement) {
            func grow(_ heights: inout [Double]) {
                while heights.count <= placement.lane {
                    heights.append(0)
                    height += Layout.laneGap
                }
                if placement.text.height > heights[placement.lane] {
                    height += placement.text.height - heights[placement.lane]
                    heights[placement.lane] = placement.text.height
                }
            }
            if placement.side == .above { grow(&laneHeightsAbove) } else { grow(&laneHeightsBelow) }
        }

        /// What the rest of the placement depends on: two states alike in it have the same
        /// futures, and only the better needs keeping.
        var future: Future { Future(above: above, below: below, closedAbove: closedAbove, closedBelow: closedBelow, lanesAbove: laneHeightsAbove, lanesBelow: laneHeightsBelow) }

        struct Future: Hashable {
            var above: [Placed], below: [Placed]
            var closedAbove: [Int: Int], closedBelow: [Int: Int]
            var lanesAbove: [Double], lanesBelow: [Double]
        }

        func placed(_ side: Layout.Side) -> [Placed] { side == .above ? above : below }
        func closed(_ side: Layout.Side, _ k: Int) -> Int { (side == .above ? closedAbove : closedBelow)[k] ?? Int.max }

        mutating func add(_ placement: Placement, of index: Int, stem: Double, covering covered: [Int], reach: Double) {
            let entry = Placed(stem: stem, left: placement.left, lane: placement.lane)
            grow(placement)
            textHeight += placement.text.height
            if placement.side == .above {
                above.append(entry)
                for j in covered { closedAbove[j] = min(closedAbove[j] ?? Int.max, placement.lane) }
            } else {
                below.append(entry)
                for j in covered { closedBelow[j] = min(closedBelow[j] ?? Int.max, placement.lane) }
            }
            // this label's own closures are done with, and so are labels further right than
            // any later box or stem can reach
            closedAbove[index] = nil
            closedBelow[index] = nil
            above.removeAll { $0.stem > stem + reach }
            below.removeAll { $0.stem > stem + reach }
            last = Choice(placement, after: last)
        }
    }

    /// The placement of each label; `stems` ascending, `contents[k]` the date, events' wording
    /// and number of document swatches of the label on `stems[k]`; boxes stay left of `right`.
    static func place(stems: [Double], contents: [(display: String, items: [String], swatches: Int)], right: Double) -> [Placement] {
        let reach = 2 * Layout.maximumLabelWidth + Layout.labelGap
        let width = beamWidth(stems.count)
        var beam = [State()]
        for k in stems.indices.reversed() {
            let stem = stems[k], content = contents[k]
            func text(room: Double) -> Layout.LabelText {
                Layout.LabelText(display: content.display, items: content.items, swatches: content.swatches, room: room - Layout.textInset - 4)
            }
            let rightRoom = min(Layout.maximumLabelWidth, right - stem + 1)
            let leftRoom = min(Layout.maximumLabelWidth, stem + 1 - Layout.margin)
            // what the label says with the most room it can have, pointing either way
            let ideal = text(room: max(rightRoom, leftRoom))
            var texts: [Double: (text: Layout.LabelText, isCut: Bool)?] = [:]
            /// The text in `room` (none below a few characters), and whether it says less than
            /// the ideal one: less of its date, or fewer events.
            func fitting(_ room: Double) -> (text: Layout.LabelText, isCut: Bool)? {
                if room >= ideal.width { return (ideal, false) }
                guard room > Layout.textInset + 20 else { return nil }
                let key = room.rounded(.down)
                if let known = texts[key] { return known }
                let t = text(room: key)
                let result = t.width > key + 0.5 ? nil : (t, t.dateShown < ideal.dateShown || t.shownItems < ideal.shownItems)
                texts[key] = result
                return result
            }
            let leftText = fitting(leftRoom)
            // the stems a box pointing left would cover: labels not yet placed, nearest first
            var covered: [Int] = []
            if let leftText {
                var j = k - 1
                while j >= 0, stems[j] >= stem + 1 - leftText.text.width - Layout.labelGap {
                    covered.append(j)
                    j -= 1
                }
            }
            var next: [State] = []
            for state in beam {
                for side in [Layout.Side.above, .below] {
                    let closed = state.closed(side, k)
                    let other: Layout.Side = side == .above ? .below : .above
                    let near = state.placed(side)
                    let highest = min((near.map(\.lane).max() ?? -1) + 1, closed - 1)
                    guard highest >= 0 else { continue }
                    // per lane: the leftmost box in it, and the leftmost stem further out
                    var leftmostBox = Array(repeating: Double.infinity, count: highest + 2)
                    var leftmostStemOut = leftmostBox
                    for placed in near {
                        if placed.lane <= highest { leftmostBox[placed.lane] = min(leftmostBox[placed.lane], placed.left) }
                        let lane = min(placed.lane, highest + 1)
                        leftmostStemOut[lane] = min(leftmostStemOut[lane], placed.stem - 1)
                    }
                    for lane in stride(from: highest, through: 0, by: -1) { leftmostStemOut[lane] = min(leftmostStemOut[lane], leftmostStemOut[lane + 1]) }
                    var options: [(Placement, cut: Bool, covering: [Int])] = []
                    // pointing right: the lowest lane where it ends before this lane's boxes and
                    // the stems further out, saying all it can; else cramped at the edge, in the
                    // highest lane
                    for lane in 0...highest {
                        let limit = min(leftmostBox[lane], leftmostStemOut[lane + 1])
                        guard let (t, isCut) = fitting(min(limit - Layout.labelGap - (stem - 1), rightRoom)), !isCut || lane == highest else { continue }
                        options.append((Placement(side: side, lane: lane, extendsLeft: false, left: stem - 1, text: t), isCut, []))
                        break
                    }
                    // pointing left: the lowest lane clear of this lane's boxes; covering stems,
                    // also the next (so the covered labels may still go below it on this side);
                    // or narrowed to cover none
                    let free = (0...highest).filter { leftmostBox[$0] >= stem + 1 + Layout.labelGap }
                    if let (t, isCut) = leftText, let lowest = free.first {
                        if covered.isEmpty {
                            options.append((Placement(side: side, lane: lowest, extendsLeft: true, left: stem + 1 - t.width, text: t), isCut, []))
                        } else if covered.allSatisfy({ state.closed(other, $0) == Int.max }) {
                            for lane in free.prefix(2) {
                                options.append((Placement(side: side, lane: lane, extendsLeft: true, left: stem + 1 - t.width, text: t), isCut, covered))
                            }
                        }
                    }
                    if !covered.isEmpty, let lowest = free.first, let (t, isCut) = fitting(stem + 1 - stems[k - 1] - Layout.labelGap - 1), !isCut {
                        options.append((Placement(side: side, lane: lowest, extendsLeft: true, left: stem + 1 - t.width, text: t), false, []))
                    }
                    for (placement, isCut, cover) in options {
                        var state = state
                        state.add(placement, of: k, stem: stem, covering: cover, reach: reach)
                        if isCut { state.cuts += 1 }
                        next.append(state)
                    }
                }
            }
            // stable: on equal costs the earlier option stays ahead
            let order = next.indices.sorted { a, b in
                let x = next[a], y = next[b]
                if x.cuts != y.cuts { return x.cuts < y.cuts }
                if x.height != y.height { return x.height < y.height }
                if x.textHeight != y.textHeight { return x.textHeight < y.textHeight }
                return a < b
            }
            var seen = Set<State.Future>()
            beam = []
            for index in order where beam.count < width && seen.insert(next[index].future).inserted { beam.append(next[index]) }
        }
        var placements: [Placement] = []
        var choice = beam.first?.last
        while let c = choice {
            placements.append(c.placement)
            choice = c.previous
        }
        return placements
    }
}
