/// The timeline evaluation of SemEval-2015 Task 4, written from its published description:
/// temporal awareness (UzZaman and Allen 2011) over the graph each timeline stands for.
///
/// A timeline is a graph whose nodes are its event mentions and its dates: mentions on lines of
/// one ordinal are SIMULTANEOUS, a lower ordinal is BEFORE a higher one, and each mention lies
/// within its line's date (known dates only). Ordinal 0 is unordered and not scored. Precision
/// is the share of the system graph's reduced relations that the gold graph's closure implies;
/// recall the share of the gold graph's reduced relations that the system's closure implies.
///
/// The reduced graph of a timeline: within an ordinal its mentions in a chain of SIMULTANEOUS,
/// between consecutive ordinals one BEFORE (last mention of the one, first of the next), and
/// one inclusion per ordinal and date. The closure of a timeline is every relation its ordinals
/// and dates give. Mentions compare without case.
public enum TimelineScorer {
    enum Relation: Hashable { case before, simultaneous, within }

    struct Edge: Hashable {
        var from: String
        var relation: Relation
        var to: String
    }

    /// A timeline's ordinals and dates, to answer what its closure implies.
    struct Graph {
        var ordinal: [String: Int] = [:]
        var dates: [String: Set<String>] = [:]
        var reduced: [Edge] = []

        init(_ timeline: SemEvalTimeline) {
            var groups: [Int: [(mention: String, date: String)]] = [:]
            for line in timeline.lines where line.ordinal > 0 {
                for m in line.mentions.map({ $0.lowercased() }) where ordinal[m] == nil {
                    ordinal[m] = line.ordinal
                    groups[line.ordinal, default: []].append((m, line.date))
                    if TimelineScorer.isKnown(line.date) { dates[m, default: []].insert(line.date) }
                }
            }
            var previous: String?
            for key in groups.keys.sorted() {
                let group = groups[key]!
                if let previous { reduced.append(Edge(from: previous, relation: .before, to: group[0].mention)) }
                for (a, b) in zip(group, group.dropFirst()) { reduced.append(Edge(from: a.mention, relation: .simultaneous, to: b.mention)) }
                var datesSeen: Set<String> = []
                for item in group where TimelineScorer.isKnown(item.date) && datesSeen.insert(item.date).inserted {
                    reduced.append(Edge(from: item.mention, relation: .within, to: "date:" + item.date))
                }
                previous = group.last!.mention
            }
        }

        func implies(_ edge: Edge) -> Bool {
            switch edge.relation {
            case .within:
                return dates[edge.from]?.contains(String(edge.to.dropFirst(5))) ?? false
            case .before, .simultaneous:
                guard let a = ordinal[edge.from], let b = ordinal[edge.to] else { return false }
                return edge.relation == .before ? a < b : a == b
            }
        }
    }

    static func isKnown(_ date: String) -> Bool { !date.isEmpty && !date.contains("X") }

    /// The counts of one entity's timeline against its gold timeline.
    public static func score(gold: SemEvalTimeline, system: SemEvalTimeline) -> TimelineScore {
        let g = Graph(gold), s = Graph(system)
        return TimelineScore(systemImplied: s.reduced.filter(g.implies).count, system: s.reduced.count,
                             goldImplied: g.reduced.filter(s.implies).count, gold: g.reduced.count)
    }
}

/// Temporal-awareness counts, summed over entities for the micro-average.
public struct TimelineScore: Sendable, Equatable {
    /// Reduced system relations the gold closure implies, and all reduced system relations.
    public var systemImplied = 0, system = 0
    /// Reduced gold relations the system closure implies, and all reduced gold relations.
    public var goldImplied = 0, gold = 0

    /// Counts from their values.
    public init(systemImplied: Int = 0, system: Int = 0, goldImplied: Int = 0, gold: Int = 0) {
        self.systemImplied = systemImplied
        self.system = system
        self.goldImplied = goldImplied
        self.gold = gold
    }

    /// Reduced system relations the gold implies, over all reduced system relations.
    public var precision: Double { system == 0 ? 0 : Double(systemImplied) / Double(system) }
    /// Reduced gold relations the system implies, over all reduced gold relations.
    public var recall: Double { gold == 0 ? 0 : Double(goldImplied) / Double(gold) }
    /// The harmonic mean of precision and recall.
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    /// Both scores' counts added (micro-averaging over entities).
    public static func + (a: TimelineScore, b: TimelineScore) -> TimelineScore {
        TimelineScore(systemImplied: a.systemImplied + b.systemImplied, system: a.system + b.system,
                      goldImplied: a.goldImplied + b.goldImplied, gold: a.gold + b.gold)
    }
}
