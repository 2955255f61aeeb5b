import Chronicle

/// Renders `chronicle tag` output: JSON (versioned, keys sorted) or a plain text listing.
public enum TagExport {
    /// Version of the `chronicle tag` JSON shape.
    public static let version = 1

    /// The JSON of `chronicle tag`: `{"documents": [...], "version": 1}`, keys sorted, two-space indent.
    public static func json(_ results: [(Document, TemporalTagging)]) -> [UInt8] {
        var w = JSONWriter(capacity: results.reduce(4096) { $0 + $1.1.expressions.count * 400 })
        w.beginObject()
        w.key("documents")
        w.beginArray()
        for (document, timexes) in results { write(document, timexes, to: &w) }
        w.endArray()
        w.key("version")
        w.int(version)
        w.endObject()
        return w.finish()
    }

    /// One document: its DCT, the genre its expressions were resolved as (`narrative` says
    /// whether that is a narrative), and its expressions.
    static func write(_ document: Document, _ tagging: TemporalTagging, to w: inout JSONWriter) {
        let timexes = tagging.expressions
        w.beginObject()
        w.key("dct")
        if let dct = document.dct { w.string(dct.description) } else { w.null() }
        w.key("genre")
        TimelineJSON.write(tagging.genre, &w)
        w.key("id")
        w.string(document.id)
        w.key("narrative")
        w.bool(tagging.genre.genre == .narrative)
        if let source = document.source {
            w.key("source")
            w.string(source)
        }
        w.key("timexes")
        w.beginArray()
        for (index, t) in timexes.enumerated() { write(t, index: index, to: &w) }
        w.endArray()
        if let title = document.title {
            w.key("title")
            w.string(title)
        }
        w.endObject()
    }

    /// One time expression; keys in sorted order.
    static func write(_ t: TemporalExpression, index: Int, to w: inout JSONWriter) {
        w.beginObject()
        switch t.anchor {
        case .none: break
        case .creationTime: w.key("anchor"); w.string("dct")
        case .expression(let i): w.key("anchor"); w.string("t\(i + 1)")
        }
        w.key("begin"); w.int(t.begin)
        w.key("end"); w.int(t.end)
        if let freq = t.freq { w.key("freq"); w.string(freq) }
        w.key("id"); w.string("t\(index + 1)")
        if !t.implied.isEmpty {
            w.key("implied")
            w.beginArray()
            for component in t.implied { w.string(component) }
            w.endArray()
        }
        w.key("mod")
        if let mod = t.mod { w.string(mod.rawValue) } else { w.null() }
        if let quant = t.quant { w.key("quant"); w.string(quant) }
        if let role = t.rangeRole, let partner = t.rangePartner {
            w.key("range")
            w.beginObject()
            w.key("other"); w.string("t\(partner + 1)")
            w.key("role"); w.string(role.rawValue)
            w.endObject()
        }
        w.key("rule"); w.string(t.rule)
        if let tense = t.tense { w.key("tense"); w.string(tense.rawValue) }
        w.key("text"); w.string(t.text)
        w.key("type"); w.string(t.type.rawValue)
        w.key("value"); w.string(t.value)
        w.endObject()
    }

    /// One line per expression: `begin-end  TYPE  value  [mod]  text`, after a line naming the document and its DCT.
    public static func text(_ results: [(Document, TemporalTagging)]) -> String {
        var out = ""
        for (document, tagging) in results {
            out += "# \(document.id) (DCT \(document.dct?.description ?? "none"))\n"
            for t in tagging.expressions {
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
