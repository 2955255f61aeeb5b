import Foundation

/// Checks a JSON value against a JSON Schema, for the keywords Chronicle's schema uses: `$ref`
/// (to `#/$defs/...`), `type`, `enum`, `const`, `required`, `properties`,
/// `additionalProperties`, `items`, `minItems`, `uniqueItems`, `minLength`, `pattern`, `minimum`
/// and `maximum`. A keyword it does not know is reported as a problem, so a schema that grows
/// a new keyword cannot pass unchecked.
public struct JSONSchemaCheck {
    private let root: [String: Any]
    private static let annotations: Set<String> = ["$schema", "$defs", "title", "description", "$id", "$comment"]

    public init(schema: String) throws {
        guard let root = try JSONSerialization.jsonObject(with: Data(schema.utf8)) as? [String: Any] else {
            throw CocoaError(.propertyListReadCorrupt)
        }
        self.root = root
    }

    /// The problems of `json` (a JSON text), `path: what`; empty when it is valid.
    public func errors(in json: [UInt8]) -> [String] {
        guard let value = try? JSONSerialization.jsonObject(with: Data(json), options: [.fragmentsAllowed]) else {
            return ["not valid JSON"]
        }
        var errors: [String] = []
        check(value, against: root, at: "$", into: &errors)
        return errors
    }

    private func check(_ value: Any, against schema: [String: Any], at path: String, into errors: inout [String]) {
        for (keyword, rule) in schema.sorted(by: { $0.key < $1.key }) {
            switch keyword {
            case _ where Self.annotations.contains(keyword):
                break
            case "$ref":
                guard let reference = rule as? String, let target = resolve(reference) else {
                    errors.append("\(path): unresolvable $ref \(rule)")
                    continue
                }
                check(value, against: target, at: path, into: &errors)
            case "type":
                let types = (rule as? [String]) ?? [(rule as? String) ?? ""]
                if !types.contains(where: { Self.has(value, type: $0) }) {
                    errors.append("\(path): expected \(types.joined(separator: " or ")), found \(Self.typeName(value))")
                }
            case "enum":
                if !((rule as? [Any]) ?? []).contains(where: { Self.equal($0, value) }) { errors.append("\(path): \(value) is not one of \(rule)") }
            case "const":
                if !Self.equal(rule, value) { errors.append("\(path): \(value) is not \(rule)") }
            case "required":
                guard let object = value as? [String: Any] else { continue }
                for key in (rule as? [String]) ?? [] where object[key] == nil { errors.append("\(path): missing \"\(key)\"") }
            case "properties":
                guard let object = value as? [String: Any], let properties = rule as? [String: Any] else { continue }
                for (key, property) in properties {
                    if let member = object[key], let property = property as? [String: Any] {
                        check(member, against: property, at: "\(path).\(key)", into: &errors)
                    }
                }
            case "additionalProperties":
                guard let object = value as? [String: Any] else { continue }
                let known = Set(((schema["properties"] as? [String: Any]) ?? [:]).keys)
                for (key, member) in object where !known.contains(key) {
                    if let allowed = rule as? Bool {
                        if !allowed { errors.append("\(path): unexpected \"\(key)\"") }
                    } else if let property = rule as? [String: Any] {
                        check(member, against: property, at: "\(path).\(key)", into: &errors)
                    }
                }
            case "items":
                guard let array = value as? [Any], let items = rule as? [String: Any] else { continue }
                for (index, item) in array.enumerated() { check(item, against: items, at: "\(path)[\(index)]", into: &errors) }
            case "minItems":
                if let array = value as? [Any], array.count < Self.int(rule) { errors.append("\(path): fewer than \(rule) items") }
            case "uniqueItems":
                guard let array = value as? [Any], (rule as? Bool) == true else { continue }
                for i in array.indices where array[..<i].contains(where: { Self.equal($0, array[i]) }) {
                    errors.append("\(path)[\(i)]: repeats an earlier item")
                }
            case "minLength":
                if let string = value as? String, string.unicodeScalars.count < Self.int(rule) { errors.append("\(path): shorter than \(rule)") }
            case "pattern":
                guard let string = value as? String, let pattern = rule as? String else { continue }
                if !Self.matches(string, pattern) { errors.append("\(path): \"\(string)\" does not match \(pattern)") }
            case "minimum":
                if Self.isNumber(value), let number = value as? Double, let minimum = rule as? Double, number < minimum { errors.append("\(path): below \(rule)") }
            case "maximum":
                if Self.isNumber(value), let number = value as? Double, let maximum = rule as? Double, number > maximum { errors.append("\(path): above \(rule)") }
            default:
                errors.append("\(path): schema keyword '\(keyword)' is not checked")
            }
        }
    }

    private func resolve(_ reference: String) -> [String: Any]? {
        guard reference.hasPrefix("#/") else { return nil }
        var node: Any = root
        for part in reference.dropFirst(2).split(separator: "/") {
            guard let object = node as? [String: Any], let next = object[String(part)] else { return nil }
            node = next
        }
        return node as? [String: Any]
    }

    private static func int(_ value: Any) -> Int { (value as? Int) ?? 0 }

    private static func isBool(_ value: Any) -> Bool {
        guard let number = value as? NSNumber else { return false }
        return String(cString: number.objCType) == "c" || type(of: value) == Bool.self
    }

    private static func isNumber(_ value: Any) -> Bool { value is NSNumber && !isBool(value) }

    private static func has(_ value: Any, type: String) -> Bool {
        switch type {
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        case "boolean": return isBool(value)
        case "null": return value is NSNull
        case "number": return isNumber(value)
        case "integer":
            guard isNumber(value), let number = value as? Double else { return false }
            return number == number.rounded()
        default: return false
        }
    }

    private static func typeName(_ value: Any) -> String {
        ["object", "array", "string", "boolean", "null", "integer", "number"].first { has(value, type: $0) } ?? "\(Swift.type(of: value))"
    }

    private static func equal(_ a: Any, _ b: Any) -> Bool {
        if isBool(a) != isBool(b) { return false }
        switch (a, b) {
        case (let x as String, let y as String): return x == y
        case (let x as NSNumber, let y as NSNumber): return x == y
        case (is NSNull, is NSNull): return true
        case (let x as [Any], let y as [Any]): return x.count == y.count && zip(x, y).allSatisfy { equal($0, $1) }
        case (let x as [String: Any], let y as [String: Any]):
            return x.count == y.count && x.allSatisfy { key, value in y[key].map { equal(value, $0) } ?? false }
        default: return false
        }
    }

    nonisolated(unsafe) private static var compiled: [String: NSRegularExpression] = [:]
    private static let lock = NSLock()

    private static func matches(_ string: String, _ pattern: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if compiled[pattern] == nil { compiled[pattern] = try? NSRegularExpression(pattern: pattern) }
        guard let regex = compiled[pattern] else { return false }
        let range = NSRange(string.startIndex..., in: string)
        return regex.firstMatch(in: string, range: range) != nil
    }
}
