/// A JSON value rendered with sorted keys and two-space indentation, so output is the same bytes
/// on every run, machine, locale and time zone.
public indirect enum JSONValue: Equatable, Sendable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number without a fraction.
    case int(Int)
    /// A number with a fraction, written in Swift's shortest round-tripping form.
    case double(Double)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object, written with its keys sorted.
    case object([String: JSONValue])

    /// Pretty-printed JSON with a final newline.
    public func rendered() -> String {
        var out = ""
        out.reserveCapacity(4096)
        render(into: &out, indent: 0)
        out.append("\n")
        return out
    }

    func render(into out: inout String, indent: Int) {
        switch self {
        case .null: out.append("null")
        case .bool(let b): out.append(b ? "true" : "false")
        case .int(let i): out.append(String(i))
        case .double(let d): out.append(JSONValue.format(d))
        case .string(let s): JSONValue.appendQuoted(s, to: &out)
        case .array(let items):
            if items.isEmpty { out.append("[]"); return }
            out.append("[\n")
            for (k, item) in items.enumerated() {
                JSONValue.appendIndent(indent + 1, to: &out)
                item.render(into: &out, indent: indent + 1)
                out.append(k + 1 < items.count ? ",\n" : "\n")
            }
            JSONValue.appendIndent(indent, to: &out)
            out.append("]")
        case .object(let fields):
            if fields.isEmpty { out.append("{}"); return }
            out.append("{\n")
            let keys = fields.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for (k, key) in keys.enumerated() {
                JSONValue.appendIndent(indent + 1, to: &out)
                JSONValue.appendQuoted(key, to: &out)
                out.append(": ")
                fields[key]!.render(into: &out, indent: indent + 1)
                out.append(k + 1 < keys.count ? ",\n" : "\n")
            }
            JSONValue.appendIndent(indent, to: &out)
            out.append("}")
        }
    }

    static func appendIndent(_ level: Int, to out: inout String) {
        for _ in 0..<level { out.append("  ") }
    }

    /// Numbers print the same everywhere: integers without a fraction, others with up to four decimals.
    static func format(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) }
        let scaled = (d * 10000).rounded() / 10000
        var text = String(scaled)
        if text.contains("e") { text = String(Int(d)) }
        return text
    }

    static func appendQuoted(_ s: String, to out: inout String) {
        out.append("\"")
        var plain = true
        for byte in s.utf8 where byte < 0x20 || byte == 0x22 || byte == 0x5C { plain = false; break }
        if plain {
            out.append(s)
        } else {
            for scalar in s.unicodeScalars {
                switch scalar {
                case "\"": out.append("\\\"")
                case "\\": out.append("\\\\")
                case "\n": out.append("\\n")
                case "\r": out.append("\\r")
                case "\t": out.append("\\t")
                default:
                    if scalar.value < 0x20 {
                        let hex = String(scalar.value, radix: 16)
                        out.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
                    } else {
                        out.unicodeScalars.append(scalar)
                    }
                }
            }
        }
        out.append("\"")
    }
}
