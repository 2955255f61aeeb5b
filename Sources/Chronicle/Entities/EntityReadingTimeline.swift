extension EntityTimeline {
    /// The entity's timeline as a `Timeline`, for the exports made for reading (Markdown,
    /// Mermaid, SVG, HTML, TimelineJS): one event per item, placed at its story date (undated
    /// items are not anchored in time), with every mention and the clause that carries it,
    /// titled with the entity's name. `documents` are the documents the items come from.
    public func readingTimeline(documents: [DocumentInfo]) -> Timeline {
        var counts: [String: Int] = [:]
        let events = items.map { item in
            let first = item.mentions[0]
            counts[first.document, default: 0] += 1
            let id = Timeline.eventID(first.document, counts[first.document]! - 1)
            let time = item.earliest.map { earliest in
                // the story date is the item's own reading of its mentions: it anchors to itself
                EventTime(value: SemEvalTimeline.date(item), mod: nil, earliest: earliest, latest: item.latest, granularity: item.granularity,
                          relation: .isIncluded, anchor: .event(id), confidence: 1, display: item.display)
            }
            return TimelineEvent(id: id, document: first.document, trigger: first.trigger, begin: first.begin, end: first.end,
                                 text: Substring(first.clause), eventClass: item.eventClass, description: item.description,
                                 mentions: item.mentions.map { TimelineMention(document: $0.document, trigger: $0.trigger, begin: $0.begin, end: $0.end, text: Substring($0.clause)) },
                                 time: time)
        }
        let named = Set(items.flatMap { $0.mentions.map(\.document) })
        var timeline = Timeline(documents: documents.filter { named.contains($0.id) }, timexes: [], events: events)
        timeline.title = entity
        return timeline
    }
}
