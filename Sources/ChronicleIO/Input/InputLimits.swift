/// The bounds within which Chronicle reads, so one input cannot exhaust memory, the stack or
/// time. An input past a bound is refused with an error naming it and the bound (README, Limits);
/// nothing is cut silently.
public enum InputLimits {
    /// Bytes of one document: a file, standard input, a JSON Lines record, a `stream` line.
    public static let documentBytes = 256 << 20
    /// Elements nested in one another, in HTML pages and TimeML documents. libxml2 stops HTML
    /// there; Chronicle's readers walk the tree recursively.
    public static let nestingDepth = 256
    /// Attributes on one element: libxml2 checks each attribute against all earlier ones, so the
    /// time to parse grows with the square of this (100,000 attributes take libxml2 alone 15-45 s).
    public static let attributesPerElement = 1000

    static func megabytes(_ bytes: Int) -> String { "\(bytes >> 20) MiB" }

    static func tooLarge(_ path: String) -> InputError {
        .overLimit(path: path, what: "larger than \(megabytes(documentBytes))")
    }

    static func tooDeep(_ path: String) -> InputError {
        .overLimit(path: path, what: "elements nested deeper than \(nestingDepth)")
    }

    static func tooManyAttributes(_ path: String, line: Int) -> InputError {
        .overLimit(path: path, what: "line \(line): an element with more than \(attributesPerElement) attributes")
    }

    static func lineTooLong(_ path: String, line: Int, limit: Int) -> InputError {
        .overLimit(path: "\(path):\(line)", what: "line longer than \(megabytes(limit)); skipped")
    }
}
