import Chronicle

/// Human wording of timeline events and documents, shared by the reading exports (Markdown,
/// Mermaid, TimelineJS, SVG, HTML) so they name things alike.
enum TimelineLabels {
    /// What happened, in a short phrase: the one place every reading export takes an event's
    /// wording from ("The council approved a budget of $41 million in January 2023").
    ///
    /// That is the event's description (the clause's core: "Putin scoffed at Biden's plans …"),
    /// plus the event's own time when the event is not simply within its entry's span.
    static func phrase(of event: TimelineEvent) -> String {
        (event.description.isEmpty ? label(of: event) : event.description) + timeQualifier(of: event)
    }

    /// The phrases of several events (an entry's), each once, in the events' order, without the
    /// phrases their clause already says (`telling(_:)`).
    static func phrases(of events: [TimelineEvent]) -> [String] {
        unique(telling(events).map(\.phrase))
    }

    /// The events with their phrases, less those whose phrase another phrase from the same clause
    /// already says ("President Biden's plans" beside "Putin scoffed at President Biden's plans"):
    /// they would tell the reader nothing new.
    static func telling(_ events: [TimelineEvent]) -> [(event: TimelineEvent, phrase: String)] {
        let phrased = events.map { (event: $0, phrase: phrase(of: $0)) }
        func clause(_ event: TimelineEvent) -> String { event.document + "\u{0}" + event.text }
        var byClause: [String: [String]] = [:]
        for item in phrased { byClause[clause(item.event), default: []].append(item.phrase) }
        return phrased.filter { item in
            !byClause[clause(item.event)]!.contains { $0 != item.phrase && $0.contains(item.phrase) }
        }
    }

    /// "scoffed", "could give", "not changed", "fall (on or before Wednesday, 18 August 2021)":
    /// the trigger with its modality and negation, for pictures whose labels have room for a
    /// few words only.
    static func label(of event: TimelineEvent) -> String {
        var words: [String] = []
        if let modality = event.modality { words.append(modality) }
        if event.polarity == .negative { words.append("not") }
        words.append(event.trigger)
        return words.joined(separator: " ") + timeQualifier(of: event)
    }

    /// " (before Monday, 20 May 2024)" when the event's own time says more than its entry's
    /// date does, else nothing.
    private static func timeQualifier(of event: TimelineEvent) -> String {
        guard let time = event.time, !withinSpan.contains(time.relation) else { return "" }
        return " (" + time.display + ")"
    }

    /// Relations that place an event inside (or at) its time: the entry's date says it all.
    private static let withinSpan: Set<TemporalRelation> = [.isIncluded, .identity, .simultaneous, .during, .includes]

    /// A document as a reader knows it: its title, else its id.
    static func document(_ info: DocumentInfo) -> String {
        info.title.flatMap { $0.isEmpty ? nil : $0 } ?? info.id
    }

    /// The heading of a timeline: its one document's title, else "Timeline".
    static func title(_ timeline: Timeline) -> String {
        if let title = timeline.title, !title.isEmpty { return title }
        if timeline.documents.count == 1, let title = timeline.documents[0].title, !title.isEmpty { return title }
        return "Timeline"
    }

    /// Each value once, in first-seen order (clauses shared by several events of an entry).
    static func unique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0).inserted }
    }
}

extension Timeline {
    /// Document names by id, for exports that group or label by document.
    var documentNames: [String: String] {
        Dictionary(documents.map { ($0.id, TimelineLabels.document($0)) }, uniquingKeysWith: { first, _ in first })
    }
}
