import Chronicle

/// Writes a timeline as JSON with `JSONWriter`: the shape of `Timeline`'s `Codable` conformance
/// (which reads it back), keys sorted, ten times faster than `JSONEncoder` on large batches.
/// ExportTests checks that both give the same JSON.
///
/// The bytes go to `sink` a batch at a time, so a timeline of millions of events never holds
/// its whole JSON in memory.
enum TimelineJSON {
    static func write(_ timeline: Timeline, compact: Bool, jobs: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        try! write(timeline, compact: compact, jobs: jobs) { bytes.append(contentsOf: $0) }  // appending cannot fail
        return bytes
    }

    static func write(_ timeline: Timeline, compact: Bool, jobs: Int, to sink: ByteSink) throws {
        var json = JSONWriter(capacity: 1 << 16, compact: compact)
        json.beginObject()
        json.key("documents")
        json.beginArray()
        for document in timeline.documents { write(document, &json) }
        json.endArray()
        json.key("events")
        try items(timeline.events, jobs: jobs, &json, to: sink, write)
        json.key("timeline")
        json.beginArray()
        for entry in timeline.entries {
            write(entry, &json)
            try json.flush(to: sink, over: 1 << 16)
        }
        json.endArray()
        json.key("timexes")
        try items(timeline.timexes, jobs: jobs, &json, to: sink, write)
        json.key("unanchored")
        strings(timeline.unanchored, &json)
        json.key("undated")
        strings(timeline.undated, &json)
        json.key("version")
        json.int(Timeline.version)
        json.endObject()
        json.endDocument()
        try json.flush(to: sink)
    }

    /// An array of many items (a large timeline's events and time expressions), written in
    /// slices by parallel workers, a round of `jobs` slices at a time, and passed to the sink in
    /// order.
    private static func items<Item: Sendable>(_ items: [Item], jobs: Int, _ json: inout JSONWriter, to sink: ByteSink,
                                              _ write: @escaping @Sendable (Item, inout JSONWriter) -> Void) throws {
        // small enough that a round's slices (some events have thousands of mentions) take little memory
        let sliceSize = 500
        let slices = stride(from: 0, to: items.count, by: sliceSize).map { $0..<min($0 + sliceSize, items.count) }
        let compact = json.compact, depth = json.depth + 1
        let round = max(1, Batch.workerCount(jobs))
        json.beginArray()
        try json.flush(to: sink)
        for start in stride(from: 0, to: slices.count, by: round) {
            let batch = Array(slices[start..<min(start + round, slices.count)])
            let written = Batch.parallelMap(batch, jobs: batch.count > 1 ? jobs : 1) { slice in
                var part = JSONWriter(capacity: slice.count * 1280, compact: compact, depth: depth, afterItems: slice.lowerBound > 0)
                for item in items[slice] { write(item, &part) }
                return part.bytes
            }
            for part in written { try json.flushItems(part, to: sink) }
        }
        json.endArray()
    }

    private static func write(_ document: DocumentInfo, _ json: inout JSONWriter) {
        json.beginObject()
        optional("dct", document.dct?.description, &json)
        optional("dctSource", document.dctSource, &json)
        optional("extractedFrom", document.extractedFrom, &json)
        if let genre = document.genre {
            json.key("genre")
            write(genre, &json)
        }
        json.key("id"); json.string(document.id)
        optional("source", document.source, &json)
        optional("title", document.title, &json)
        json.endObject()
    }

    /// A genre decision: `{"forced": …, "name": …, "reasons": […]}`; `chronicle tag` writes it too.
    static func write(_ genre: GenreDecision, _ json: inout JSONWriter) {
        json.beginObject()
        json.key("forced"); json.bool(genre.forced)
        json.key("name"); json.string(genre.genre.rawValue)
        json.key("reasons"); strings(genre.reasons, &json)
        json.endObject()
    }

    private static func write(_ timex: TimelineTimex, _ json: inout JSONWriter) {
        json.beginObject()
        optional("anchor", timex.anchor, &json)
        json.key("begin"); json.int(timex.begin)
        json.key("document"); json.string(timex.document)
        json.key("end"); json.int(timex.end)
        json.key("id"); json.string(timex.id)
        optional("mod", timex.mod?.rawValue, &json)
        json.key("text"); json.string(timex.text)
        json.key("type"); json.string(timex.type.rawValue)
        json.key("value"); json.string(timex.value)
        json.endObject()
    }

    private static func write(_ entry: TimelineEntry, _ json: inout JSONWriter) {
        json.beginObject()
        json.key("display"); json.string(entry.display)
        json.key("earliest"); json.string(entry.earliest.description)
        json.key("events"); strings(entry.events, &json)
        json.key("granularity"); json.string(entry.granularity.name)
        json.key("latest"); json.string(entry.latest.description)
        json.endObject()
    }

    private static func write(_ event: TimelineEvent, _ json: inout JSONWriter) {
        json.beginObject()
        json.key("aspect"); json.string(event.aspect.rawValue)
        optional("attribution", event.attribution, &json)
        json.key("begin"); json.int(event.begin)
        json.key("class"); json.string(event.eventClass.rawValue)
        json.key("description"); json.string(event.description)
        json.key("document"); json.string(event.document)
        json.key("end"); json.int(event.end)
        json.key("factual"); json.bool(event.isFactual)
        json.key("id"); json.string(event.id)
        json.key("mainTimeline"); json.bool(event.isInMainTimeline)
        json.key("mentions")
        json.beginArray()
        for mention in event.mentions {
            json.beginObject()
            json.key("begin"); json.int(mention.begin)
            json.key("document"); json.string(mention.document)
            json.key("end"); json.int(mention.end)
            json.key("text"); json.string(mention.text)
            json.key("trigger"); json.string(mention.trigger)
            json.endObject()
        }
        json.endArray()
        optional("modality", event.modality, &json)
        json.key("participants"); strings(event.participants, &json)
        optional("place", event.place, &json)
        json.key("polarity"); json.string(event.polarity.rawValue)
        json.key("roles")
        json.beginArray()
        for participant in event.roles {
            json.beginObject()
            json.key("begin"); json.int(participant.begin)
            json.key("end"); json.int(participant.end)
            json.key("role"); json.string(participant.role.rawValue)
            json.key("text"); json.string(participant.text)
            json.endObject()
        }
        json.endArray()
        json.key("salience"); json.double(event.salience)
        json.key("tense"); json.string(event.tense.rawValue)
        json.key("text"); json.string(event.text)
        if let time = event.time {
            json.key("time")
            json.beginObject()
            json.key("anchor"); json.string(time.anchor.id)
            json.key("confidence"); json.double(time.confidence)
            json.key("display"); json.string(time.display)
            optional("earliest", time.earliest?.description, &json)
            optional("granularity", time.granularity?.name, &json)
            optional("latest", time.latest?.description, &json)
            optional("mod", time.mod?.rawValue, &json)
            json.key("relation"); json.string(time.relation.rawValue)
            json.key("value"); json.string(time.value)
            json.endObject()
        }
        json.key("trigger"); json.string(event.trigger)
        json.endObject()
    }

    private static func optional(_ key: String, _ value: String?, _ json: inout JSONWriter) {
        guard let value else { return }
        json.key(key)
        json.string(value)
    }

    private static func strings(_ values: [String], _ json: inout JSONWriter) {
        json.beginArray()
        for value in values { json.string(value) }
        json.endArray()
    }
}
