import Chronicle

/// The horizontal time axis of the SVG export: the days a timeline's entries cover, cut where a
/// long empty stretch would take much of the width (a broken axis), each part scaled linearly.
///
/// Days are day numbers (`CalendarDate.dayNumber`); an entry covers `[earliest, latest + 1)`.
/// Overlapping or touching spans form clusters. Between two clusters the axis breaks when the
/// empty stretch is long and unusual: at least `minimumBreak` days, at least `breakShare` of the
/// part of the axis it lies in, and several times the mean of that part's other stretches
/// (`breakRatio`, or H(n) for a part of n entries, H the harmonic number: about the ratio of the
/// longest to the mean when n entries fall at random), so entries merely spread over decades
/// keep one scale. The longest stretch of each part is tried first, and the parts it leaves are
/// tried again. So "the late 1950s", "the 1990s" and a year of events in 2022–2024 get three
/// segments, while a year with a quiet summer, or a history with an event every few years,
/// stays one. Segments share the width by the number of entries they hold, each at least
/// `minimumSegmentWidth`, with `breakWidth` between them.
struct TimeAxis: Sendable {
    struct Segment: Sendable, Equatable {
        /// The visible days, padded around the entries': `[firstDay, endDay)`.
        var firstDay: Double
        var endDay: Double
        var x0: Double
        var x1: Double
        var entries: Int

        func x(_ day: Double) -> Double {
            x0 + (day - firstDay) / (endDay - firstDay) * (x1 - x0)
        }
    }

    /// A boundary on the axis (the first of a day, month or year) and its label, if it has room.
    struct Tick: Sendable, Equatable {
        var x: Double
        var label: String?
    }

    static let minimumBreak = 365.0
    static let breakShare = 0.25
    static let breakRatio = 4.0
    static let breakWidth = 18.0
    static let minimumSegmentWidth = 64.0
    static let tickFont = TextFont(size: 10, bold: false)

    private(set) var segments: [Segment] = []
    /// The segment of each span given to `init`.
    private(set) var segmentOfSpan: [Int] = []

    /// The axis for `spans` (`[first day, end day)`, at least one) drawn from `x0` to `x1`.
    init(spans: [(first: Int, end: Int)], from x0: Double, to x1: Double) {
        guard !spans.isEmpty else { return }
        let order = spans.indices.sorted { (spans[$0].first, spans[$0].end, $0) < (spans[$1].first, spans[$1].end, $1) }
        // clusters of overlapping or touching spans, in order
        var clusters: [(first: Int, end: Int, spans: [Int])] = []
        for k in order {
            if let last = clusters.last, spans[k].first <= last.end {
                clusters[clusters.count - 1].end = max(last.end, spans[k].end)
                clusters[clusters.count - 1].spans.append(k)
            } else {
                clusters.append((spans[k].first, spans[k].end, [k]))
            }
        }
        let parts = TimeAxis.split(clusters.map { ($0.first, $0.end) }, entries: clusters.map(\.spans.count), 0..<clusters.count)
        segmentOfSpan = Array(repeating: 0, count: spans.count)
        var counts: [Int] = []
        var bounds: [(first: Int, end: Int)] = []
        for (index, part) in parts.enumerated() {
            var count = 0
            for cluster in clusters[part] {
                for k in cluster.spans { segmentOfSpan[k] = index }
                count += cluster.spans.count
            }
            counts.append(count)
            bounds.append((clusters[part.lowerBound].first, clusters[part.upperBound - 1].end))
        }
        let widths = TimeAxis.share(x1 - x0 - TimeAxis.breakWidth * Double(parts.count - 1), by: counts)
        var x = x0
        for (index, bound) in bounds.enumerated() {
            let span = Double(bound.end - bound.first)
            // padding keeps the first and last entries off the segment's ends, and never reaches
            // a third of the way into a neighbouring gap, so no day shows in two segments
            let pad = max(span * 0.05, 1)
            let before = index > 0 ? Double(bound.first - bounds[index - 1].end) / 3 : pad
            let after = index + 1 < bounds.count ? Double(bounds[index + 1].first - bound.end) / 3 : pad
            segments.append(Segment(firstDay: Double(bound.first) - min(pad, before), endDay: Double(bound.end) + min(pad, after),
                                    x0: x, x1: x + widths[index], entries: counts[index]))
            x += widths[index] + TimeAxis.breakWidth
        }
    }

    /// The parts of `clusters[range]` after breaking at long empty stretches; `entries[k]` is
    /// the number of entries in cluster k.
    private static func split(_ clusters: [(first: Int, end: Int)], entries: [Int], _ range: Range<Int>) -> [Range<Int>] {
        guard range.count > 1 else { return [range] }
        let span = Double(clusters[range.upperBound - 1].end - clusters[range.lowerBound].first)
        var widest = range.lowerBound + 1
        for k in range.dropFirst() where clusters[k].first - clusters[k - 1].end > clusters[widest].first - clusters[widest - 1].end {
            widest = k
        }
        let gaps = range.dropFirst().map { Double(clusters[$0].first - clusters[$0 - 1].end) }
        let gap = Double(clusters[widest].first - clusters[widest - 1].end)
        let others = (gaps.reduce(0, +) - gap) / Double(max(gaps.count - 1, 1))
        let n = entries[range].reduce(0, +)
        let ratio = max(breakRatio, (1...n).reduce(0.0) { $0 + 1 / Double($1) })
        guard gap >= minimumBreak, gap >= span * breakShare, gap >= ratio * others else { return [range] }
        return split(clusters, entries: entries, range.lowerBound..<widest) + split(clusters, entries: entries, widest..<range.upperBound)
    }

    /// `total` shared in proportion to `weights`, each share at least `minimumSegmentWidth`
    /// (when the total allows).
    static func share(_ total: Double, by weights: [Int]) -> [Double] {
        var widths = Array(repeating: 0.0, count: weights.count)
        var open = Set(weights.indices)
        var remaining = total
        while !open.isEmpty {
            let weight = open.reduce(0) { $0 + max(weights[$1], 1) }
            let small = open.filter { remaining * Double(max(weights[$0], 1)) / Double(weight) < minimumSegmentWidth }
            if small.isEmpty || small.count == open.count {
                for k in open { widths[k] = remaining * Double(max(weights[k], 1)) / Double(weight) }
                break
            }
            for k in small {
                widths[k] = minimumSegmentWidth
                remaining -= minimumSegmentWidth
            }
            open.subtract(small)
        }
        return widths
    }

    /// The x of `day` in segment `segment`.
    func x(_ day: Double, in segment: Int) -> Double { segments[segment].x(day) }

    // MARK: - Ticks

    /// Steps between ticks, finest first.
    enum Step: Sendable, CaseIterable, Equatable {
        case day, week, month, quarter, halfYear, year, years2, years5, years10, years20, years50, years100, years200, years500, years1000

        var days: Double {
            switch self {
            case .day: return 1
            case .week: return 7
            case .month: return 30.4
            case .quarter: return 91.3
            case .halfYear: return 182.6
            case .year: return 365.25
            case .years2: return 730.5
            case .years5: return 1826
            case .years10: return 3652
            case .years20: return 7305
            case .years50: return 18262
            case .years100: return 36525
            case .years200: return 73050
            case .years500: return 182625
            case .years1000: return 365250
            }
        }

        var years: Int? {
            switch self {
            case .year: return 1
            case .years2: return 2
            case .years5: return 5
            case .years10: return 10
            case .years20: return 20
            case .years50: return 50
            case .years100: return 100
            case .years200: return 200
            case .years500: return 500
            case .years1000: return 1000
            default: return nil
            }
        }
    }

    /// The ticks of a segment at the finest step whose labels fit between the ticks (each label
    /// starts just after its tick line); the last label is left out when it would run past the
    /// segment's end. With no such step, one label naming the year (or the month, when it
    /// holds all of it) the segment starts in.
    func ticks(of segment: Segment) -> [Tick] {
        let width = segment.x1 - segment.x0
        for step in Step.allCases where (segment.endDay - segment.firstDay) / step.days <= width / 12 {
            let dates = TimeAxis.boundaries(step, from: segment.firstDay, to: segment.endDay)
            guard !dates.isEmpty else { continue }
            var ticks = dates.enumerated().map { index, date in
                Tick(x: segment.x(Double(date.dayNumber)), label: TimeAxis.label(date, step: step, first: index == 0))
            }
            if let last = ticks.last, last.x + 3 + TimeAxis.tickFont.width(last.label ?? "") > segment.x1 - 2 {
                ticks[ticks.count - 1].label = nil
            }
            let fits = zip(ticks, ticks.dropFirst()).allSatisfy { tick, next in
                tick.label.map { tick.x + 3 + TimeAxis.tickFont.width($0) + 4 <= next.x } ?? true
            }
            if fits, ticks.contains(where: { $0.label != nil }) { return ticks }
        }
        let start = CalendarDate(dayNumber: Int(segment.firstDay.rounded(.up)))
        let end = CalendarDate(dayNumber: Int(segment.endDay.rounded(.down)) - 1)
        let label = start.year == end.year && start.month == end.month ? TimeAxis.monthNames[start.month - 1] + " " + String(start.year) : String(start.year)
        return [Tick(x: segment.x0 + 1, label: label)]
    }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "18 Mar" (with the year on the first tick and on 1 January), "Feb" ("Jan 2024" on a
    /// January or the first tick), "1987".
    static func label(_ date: CalendarDate, step: Step, first: Bool) -> String {
        switch step {
        case .day, .week:
            let label = String(date.day) + " " + monthNames[date.month - 1]
            return first || (date.month == 1 && date.day == 1) ? label + " " + String(date.year) : label
        case .month, .quarter, .halfYear:
            return first || date.month == 1 ? monthNames[date.month - 1] + " " + String(date.year) : monthNames[date.month - 1]
        default:
            return String(date.year)
        }
    }

    /// The step's boundaries within `[first, end]`: days, Mondays, firsts of months (every 1,
    /// 3 or 6 months from January), or 1 January of years divisible by the step.
    static func boundaries(_ step: Step, from first: Double, to end: Double) -> [CalendarDate] {
        let firstDay = Int(first.rounded(.up)), lastDay = Int(end.rounded(.down))
        guard firstDay <= lastDay else { return [] }
        var dates: [CalendarDate] = []
        switch step {
        case .day:
            dates = (firstDay...lastDay).map(CalendarDate.init(dayNumber:))
        case .week:
            let start = CalendarDate(dayNumber: firstDay)
            var day = firstDay + (8 - start.weekday) % 7
            while day <= lastDay {
                dates.append(CalendarDate(dayNumber: day))
                day += 7
            }
        case .month, .quarter, .halfYear:
            let months = step == .month ? 1 : step == .quarter ? 3 : 6
            let start = CalendarDate(dayNumber: firstDay)
            var date = CalendarDate(year: start.year, month: 1, day: 1)!
            while date.dayNumber < firstDay { date = date.adding(months: months) }
            while date.dayNumber <= lastDay {
                dates.append(date)
                date = date.adding(months: months)
            }
        default:
            let years = step.years!
            let start = CalendarDate(dayNumber: firstDay)
            var year = start.year - ((start.year % years) + years) % years
            while let date = CalendarDate(year: year, month: 1, day: 1), date.dayNumber <= lastDay {
                if date.dayNumber >= firstDay { dates.append(date) }
                year += years
            }
        }
        return dates
    }
}
