/// Merges mentions of one real event: same kind of event ("summit", "meeting", "met"), times
/// that can be the same, and a shared participant or place, or a definite or possessive noun
/// phrase ("the summit", "their meeting") that refers back. Reports are never merged: each
/// "said" is its own act. Deterministic: events are visited in text order and each joins the
/// earliest compatible cluster.
enum EventCoreference {
    /// Cluster index of each event (the index of the cluster's first event).
    static func clusters(_ events: [Event], timexes: [TemporalExpression]) -> [Int] {
        var cluster = Array(events.indices)
        for e in events.indices {
            let event = events[e]
            guard event.eventClass != .reporting, event.kind.count > 2 else { continue }
            for other in 0..<e where cluster[other] == other {
                // compare with every member of the candidate cluster
                let members = events.indices.filter { cluster[$0] == other && $0 < e }
                if members.allSatisfy({ compatible(events[$0], event, timexes: timexes) }),
                   members.contains(where: { related(events[$0], event) }) {
                    cluster[e] = other
                    break
                }
            }
        }
        return cluster
    }

    static func compatible(_ a: Event, _ b: Event, timexes: [TemporalExpression]) -> Bool {
        guard a.kind == b.kind, a.eventClass != .reporting, a.polarity == b.polarity, a.mention.document == b.mention.document else { return false }
        // both dated: the dates must overlap
        if case .timex(let ta)? = a.anchor?.target, case .timex(let tb)? = b.anchor?.target,
           let x = timexes[ta].point?.interval, let y = timexes[tb].point?.interval {
            return x.earliest <= y.latest && y.earliest <= x.latest
        }
        return true
    }

    /// A shared participant or place (by last name), or a noun phrase that refers back.
    static func related(_ a: Event, _ b: Event) -> Bool {
        func keys(_ e: Event) -> Set<String> {
            Set((e.participants + (e.place.map { [$0] } ?? [])).compactMap { $0.split(separator: " ").last.map { $0.lowercased() } })
        }
        if !keys(a).isDisjoint(with: keys(b)) { return true }
        return b.isNoun && a.isNoun && (keys(b).isEmpty || b.isDefinite)
    }
}
