import Chronicle

/// Short human wording of timeline events and documents, shared by the reading exports
/// (Markdown, Mermaid, TimelineJS) so they name things alike.
enum TimelineLabels {
    /// "scoffed", "could give", "not changed", "fall (on or before Wednesday, 18 August 2021)":
    /// the trigger with its modality and negation, and the event's own time when the event is
    /// not simply within its entry's span.
    static func event(_ event: TimelineEvent) -> String {
        var words: [String] = []
        if let modality = event.modality { words.append(modality) }
        if event.polarity == .negative { words.append("not") }
        words.append(event.trigger)
        var label = words.joined(separator: " ")
        if let time = event.time, !withinSpan.contains(time.relation) {
            label += " (" + time.display + ")"
        }
        return label
    }

    /// Relations that place an event inside (or at) its time: the entry's date says it all.
    private static let withinSpan: Set<TemporalRelation> = [.isIncluded, .identity, .simultaneous, .during, .includes]

    /// A document as a reader knows it: its title, else its id.
    static func document(_ info: DocumentInfo) -> String {
        info.title.flatMap { $0.isEmpty ? nil : $0 } ?? info.id
    }

    /// The heading of a timeline: its one document's title, else "Timeline".
    static func title(_ timeline: Timeline) -> String {
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
    /// Events by id, for exports that follow entries' references.
    var eventsByID: [String: TimelineEvent] {
        Dictionary(events.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Document names by id, for exports that group or label by document.
    var documentNames: [String: String] {
        Dictionary(documents.map { ($0.id, TimelineLabels.document($0)) }, uniquingKeysWith: { first, _ in first })
    }
}
