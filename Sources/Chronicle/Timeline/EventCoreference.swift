/// Merges mentions of one real event: same kind of event ("summit", "meeting", "met"), times
/// that can be the same, and a shared participant or place, or a definite or possessive noun
/// phrase ("the summit", "their meeting") that refers back; never two whose objects or places
/// in the parse differ ("opened a store in Paris", "opened a factory in Texas"). Reports are
/// never merged: each "said" is its own act. Deterministic: events are visited in text order
/// and each joins the earliest compatible cluster among the most recent of its kind.
enum EventCoreference {
    /// How many of the latest clusters of a kind an event may join: a mention refers back to an
    /// event the text has recently told, and the bound keeps merging linear in a long document.
    static let recentClusters = 64

    /// What a cluster's members have in common, kept as members join, so a candidate is checked
    /// against all of them at once.
    private struct Cluster {
        var first: Int
        var polarity: EventPolarity
        /// Dated members: the latest start and the earliest end of their intervals (a new member's
        /// interval must overlap every one of theirs).
        var latestStart: CalendarDate?
        var earliestEnd: CalendarDate?
        /// Last words of the members' participants and places, lowercased, hashed.
        var keys: Set<UInt64>
        var hasNoun: Bool
        /// Last words of the members' objects and places in the parse ("opened a store in Paris").
        var patients: Set<UInt64>
        var places: Set<UInt64>
    }

    /// Cluster index of each event (the index of the cluster's first event). `anchors` are those
    /// pass one of `EventAnchoring` found; merged events must have overlapping dates.
    static func clusters(_ events: [Event], anchors: [EventAnchor?], timexes: [TemporalExpression]) -> [Int] {
        var cluster = Array(events.indices)
        var clusters: [Cluster] = []
        var clustersOfKind: [String: [Int]] = [:]
        for e in events.indices {
            let event = events[e]
            guard event.eventClass != .reporting, event.kind.count > 2 else { continue }
            let span = interval(of: anchors[e], timexes: timexes)
            let keys = keys(of: event)
            let patients = Set(roleKeys(of: event, .patient)), places = Set(roleKeys(of: event, .place))
            let candidates = clustersOfKind[event.kind, default: []].suffix(recentClusters)
            if let c = candidates.first(where: { c in
                guard clusters[c].polarity == event.polarity else { return false }
                if let span, let start = clusters[c].latestStart, let end = clusters[c].earliestEnd, !(span.earliest <= end && start <= span.latest) {
                    return false
                }
                // "opened a store" and "opened a factory", "in Paris" and "in Texas": two events
                if !patients.isEmpty, !clusters[c].patients.isEmpty, patients.isDisjoint(with: clusters[c].patients) { return false }
                if !places.isEmpty, !clusters[c].places.isEmpty, places.isDisjoint(with: clusters[c].places) { return false }
                return keys.contains(where: { clusters[c].keys.contains($0) }) || event.isNoun && clusters[c].hasNoun && (keys.isEmpty || event.isDefinite)
            }) {
                cluster[e] = clusters[c].first
                if let span {
                    clusters[c].latestStart = max(clusters[c].latestStart ?? span.earliest, span.earliest)
                    clusters[c].earliestEnd = min(clusters[c].earliestEnd ?? span.latest, span.latest)
                }
                clusters[c].keys.formUnion(keys)
                clusters[c].hasNoun = clusters[c].hasNoun || event.isNoun
                clusters[c].patients.formUnion(patients)
                clusters[c].places.formUnion(places)
            } else {
                clustersOfKind[event.kind, default: []].append(clusters.count)
                clusters.append(Cluster(first: e, polarity: event.polarity, latestStart: span?.earliest, earliestEnd: span?.latest,
                                        keys: Set(keys), hasNoun: event.isNoun, patients: patients, places: places))
            }
        }
        return cluster
    }

    /// The interval of the time expression an event is anchored to, when it has one.
    private static func interval(of anchor: EventAnchor?, timexes: [TemporalExpression]) -> (earliest: CalendarDate, latest: CalendarDate)? {
        guard case .timex(let t)? = anchor?.target, let span = timexes[t].point?.interval else { return nil }
        return (span.earliest, span.latest)
    }

    /// The last word of each participant and of the place, lowercased and hashed: "biden" for
    /// "Joe Biden".
    static func keys(of event: Event) -> [UInt64] {
        var keys: [UInt64] = []
        func add(_ name: String) {
            guard let key = lastWordKey(name), !keys.contains(key) else { return }
            keys.append(key)
        }
        event.participants.forEach(add)
        event.place.map(add)
        return keys
    }

    /// The last words of the event's participants in `role` (from the parse), leaving out
    /// pronouns and the antecedents put in for them (the text is not its head word's span),
    /// which may stand for anything the text named.
    static func roleKeys(of event: Event, _ role: EventParticipant.Role) -> [UInt64] {
        event.roles.filter { participant in
            let head = participant.text.split(separator: " ").last ?? ""
            return participant.role == role && !pronouns.contains(participant.text.lowercased())
                && head.unicodeScalars.count == participant.end - participant.begin
        }.compactMap { lastWordKey($0.text) }
    }

    static let pronouns: Set<String> = ["it", "its", "them", "they", "this", "that", "these", "those", "him", "her", "us", "me", "you", "one", "there", "here"]

    /// The hash of a name's last word, lowercased, without making strings for ASCII names.
    static func lastWordKey(_ name: String) -> UInt64? {
        let utf8 = name.utf8
        let word = utf8.lastIndex(of: 0x20).map { utf8[utf8.index(after: $0)...] } ?? utf8[...]
        guard !word.isEmpty else { return nil }
        var hash = Lexicon.hashSeed
        if word.allSatisfy({ $0 < 0x80 }) {
            for byte in word { hash = Lexicon.hashStep(hash, byte) }
        } else {
            for byte in String(Substring(word)).lowercased().utf8 { hash = Lexicon.hashStep(hash, byte) }
        }
        return hash
    }
}
