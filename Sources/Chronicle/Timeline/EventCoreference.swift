/// Merges mentions of one real event: same kind of event ("summit", "meeting", "met"), times
/// that can be the same, and a shared participant or place, or a definite or possessive noun
/// phrase ("the summit", "their meeting") that refers back. Reports are never merged: each
/// "said" is its own act. Deterministic: events are visited in text order and each joins the
/// earliest compatible cluster.
enum EventCoreference {
    /// Cluster index of each event (the index of the cluster's first event).
    static func clusters(_ events: [Event], timexes: [TemporalExpression]) -> [Int] {
        var cluster = Array(events.indices)
        // only events of one kind can merge: the candidate clusters of each kind, first first
        var clustersOfKind: [String: [Int]] = [:]
        var members: [Int: [Int]] = [:]
        for e in events.indices {
            let event = events[e]
            guard event.eventClass != .reporting, event.kind.count > 2 else { continue }
            // compare with every member of each candidate cluster
            if let first = clustersOfKind[event.kind]?.first(where: { candidate in
                members[candidate]!.allSatisfy { compatible(events[$0], event, timexes: timexes) }
                    && members[candidate]!.contains { related(events[$0], event) }
            }) {
                cluster[e] = first
                members[first]!.append(e)
            } else {
                clustersOfKind[event.kind, default: []].append(e)
                members[e] = [e]
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
