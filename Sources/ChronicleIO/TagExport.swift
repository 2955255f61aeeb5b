import Chronicle

/// Renders `chronicle tag` output: JSON (versioned, keys sorted) or a plain text listing.
public enum TagExport {
    /// Version of the `chronicle tag` JSON shape.
    public static let version = 1

    public static func json(_ results: [(Document, [TemporalExpression])]) -> String {
        JSONValue.object([
            "version": .int(version),
            "documents": .array(results.map { document($0.0, $0.1) }),
        ]).rendered()
    }

    static func document(_ document: Document, _ timexes: [TemporalExpression]) -> JSONValue {
        var fields: [String: JSONValue] = [
            "id": .string(document.id),
            "dct": document.dct.map { .string($0.description) } ?? .null,
            "narrative": .bool(document.narrative),
            "timexes": .array(timexes.enumerated().map { timex($0.element, index: $0.offset) }),
        ]
        if let source = document.source { fields["source"] = .string(source) }
        return .object(fields)
    }

    static func timex(_ t: TemporalExpression, index: Int) -> JSONValue {
        var fields: [String: JSONValue] = [
            "id": .string("t\(index + 1)"),
            "text": .string(t.text),
            "begin": .int(t.begin),
            "end": .int(t.end),
            "type": .string(t.type.rawValue),
            "value": .string(t.value),
            "mod": t.mod.map { .string($0.rawValue) } ?? .null,
            "rule": .string(t.rule),
        ]
        if let quant = t.quant { fields["quant"] = .string(quant) }
        if let freq = t.freq { fields["freq"] = .string(freq) }
        switch t.anchor {
        case .none: break
        case .creationTime: fields["anchor"] = .string("dct")
        case .expression(let i): fields["anchor"] = .string("t\(i + 1)")
        }
        if !t.implied.isEmpty { fields["implied"] = .array(t.implied.map { .string($0) }) }
        if let tense = t.tense { fields["tense"] = .string(tense.rawValue) }
        if let role = t.rangeRole, let partner = t.rangePartner {
            fields["range"] = .object(["role": .string(role.rawValue), "other": .string("t\(partner + 1)")])
        }
        return .object(fields)
    }

    /// One line per expression: `begin-end  TYPE  value  [mod]  text`.
    public static func text(_ results: [(Document, [TemporalExpression])]) -> String {
        var out = ""
        for (document, timexes) in results {
            out += "# \(document.id) (DCT \(document.dct?.description ?? "none"))\n"
            for t in timexes {
                let mod = t.mod.map { " " + $0.rawValue } ?? ""
                out += "\(t.begin)-\(t.end)\t\(t.type.rawValue)\t\(t.value)\(mod)\t\(t.text.replacingNewlines)\n"
            }
        }
        return out
    }
}

extension String {
    var replacingNewlines: String {
        String(unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : Character($0) })
    }
}
