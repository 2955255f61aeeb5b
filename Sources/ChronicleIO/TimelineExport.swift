import Chronicle

/// The timeline as JSON (`chronicle build --format json`): versioned, keys sorted.
///
/// `documents` (id, source, dct, title), `timexes` (id, document, text, begin, end, type, value,
/// mod), `timeline` (entries in order: display, earliest, latest, granularity, event ids),
/// `events` in timeline order (id, document, trigger, begin, end, text: the clause, class,
/// tense, aspect, polarity, modality, factual, participants, place, mentions, time: value, mod,
/// earliest, latest, granularity, relation, anchor, confidence, display), and the ids of the
/// `undated` (related to the DCT only) and `unanchored` events.
public enum TimelineExport {
    public static let version = Timeline.version

    public static func jsonValue(_ timeline: Timeline) -> JSONValue {
        var timexes: [JSONValue] = []
        for analysis in timeline.documents {
            for (index, t) in analysis.timexes.enumerated() {
                timexes.append(.object([
                    "id": .string(Timeline.timexID(analysis.document.id, index)),
                    "document": .string(analysis.document.id),
                    "text": .string(t.text), "begin": .int(t.begin), "end": .int(t.end),
                    "type": .string(t.type.rawValue), "value": .string(t.value),
                    "mod": t.mod.map { .string($0.rawValue) } ?? .null,
                ]))
            }
        }
        return .object([
            "version": .int(version),
            "documents": .array(timeline.documents.map { document($0.document) }),
            "timexes": .array(timexes),
            "timeline": .array(timeline.entries.map(entry)),
            "events": .array(timeline.events.map(event)),
            "undated": .array(timeline.undated.map { .string($0) }),
            "unanchored": .array(timeline.unanchored.map { .string($0) }),
        ])
    }

    public static func json(_ timeline: Timeline) -> String { jsonValue(timeline).rendered() }

    static func document(_ d: Document) -> JSONValue {
        var fields: [String: JSONValue] = [
            "id": .string(d.id),
            "dct": d.dct.map { .string($0.description) } ?? .null,
        ]
        if let source = d.source { fields["source"] = .string(source) }
        if let title = d.title { fields["title"] = .string(title) }
        return .object(fields)
    }

    static func entry(_ e: TimelineEntry) -> JSONValue {
        .object([
            "display": .string(e.display),
            "earliest": .string(e.earliest.description),
            "latest": .string(e.latest.description),
            "granularity": .string(e.granularity.name),
            "events": .array(e.events.map { .string($0) }),
        ])
    }

    static func mention(_ m: EventMention) -> JSONValue {
        .object(["document": .string(m.document), "trigger": .string(m.trigger), "begin": .int(m.begin), "end": .int(m.end), "text": .string(m.clause)])
    }

    static func event(_ t: TimelineEvent) -> JSONValue {
        let e = t.event
        var fields: [String: JSONValue] = [
            "id": .string(t.id),
            "document": .string(t.document),
            "trigger": .string(e.mention.trigger),
            "begin": .int(e.mention.begin),
            "end": .int(e.mention.end),
            "text": .string(e.mention.clause),
            "class": .string(e.eventClass.rawValue),
            "tense": .string(e.tense.rawValue),
            "aspect": .string(e.aspect.rawValue),
            "polarity": .string(e.polarity.rawValue),
            "modality": e.modality.map { .string($0) } ?? .null,
            "factual": .bool(e.isFactual),
            "participants": .array(e.participants.map { .string($0) }),
            "place": e.place.map { .string($0) } ?? .null,
            "mentions": .array(e.mentions.map(mention)),
        ]
        if let time = t.time {
            fields["time"] = .object([
                "value": .string(time.value),
                "mod": time.mod.map { .string($0.rawValue) } ?? .null,
                "earliest": time.earliest.map { .string($0.description) } ?? .null,
                "latest": time.latest.map { .string($0.description) } ?? .null,
                "granularity": time.granularity.map { .string($0.name) } ?? .null,
                "relation": .string(time.relation.rawValue),
                "anchor": .string(time.anchor),
                "confidence": .double(time.confidence),
                "display": .string(time.display),
            ])
        } else {
            fields["time"] = .null
        }
        return .object(fields)
    }

    /// A reading view: each entry's date, then its events with the clause that carries them.
    public static func text(_ timeline: Timeline) -> String {
        let byID = Dictionary(uniqueKeysWithValues: timeline.events.map { ($0.id, $0) })
        var out = ""
        func line(_ e: TimelineEvent) -> String {
            var flags: [String] = []
            if let m = e.event.modality { flags.append("modality: \(m)") }
            if e.event.polarity == .negative { flags.append("negated") }
            if e.event.mentions.count > 1 { flags.append("\(e.event.mentions.count) mentions: " + e.event.mentions.map(\.trigger).joined(separator: ", ")) }
            if let time = e.time, time.relation != .isIncluded && time.relation != .identity { flags.append(time.display) }
            let clause = e.event.mention.clause.replacingNewlines
            return "  - \(e.event.mention.trigger) [\(e.event.eventClass.rawValue)]\(flags.isEmpty ? "" : " (" + flags.joined(separator: "; ") + ")"): \(clause)\n"
        }
        for entry in timeline.entries {
            out += "\(entry.display)\n"
            for id in entry.events { out += line(byID[id]!) }
        }
        if !timeline.undated.isEmpty {
            out += "Related only to the publication date\n"
            for id in timeline.undated { out += line(byID[id]!) }
        }
        if !timeline.unanchored.isEmpty {
            out += "Not anchored in time\n"
            for id in timeline.unanchored { out += line(byID[id]!) }
        }
        return out
    }
}
