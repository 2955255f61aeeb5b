/// What a resolved value was computed from.
public enum TimeAnchor: Sendable, Hashable {
    /// Nothing: the value is stated in full, a duration, a set, or left underspecified.
    case none
    /// The document creation time.
    case creationTime
    /// Another time expression of the document (by index in the tagger's output).
    case expression(Int)
}

/// One TIMEX3: where it is, what it means, and how it was found.
public struct TemporalExpression: Sendable, Hashable {
    /// Unicode-scalar offsets into the document text, half-open.
    public var begin: Int
    /// Where it ends (exclusive), in Unicode scalars.
    public var end: Int
    /// UTF-8 byte offsets of the same span (for fast slicing).
    public var byteBegin: Int
    /// Where it ends (exclusive), in UTF-8 bytes.
    public var byteEnd: Int
    /// Its text as the document has it ("last spring").
    public var text: String
    /// DATE, TIME, DURATION or SET.
    public var type: TimexType
    /// The TIMEX3 value (`2021-06`, `P18M`, `PRESENT_REF`, `XXXX-06`).
    public var value: String
    /// Its TIMEX3 modifier ("early" is `START`, "about" `APPROX`), when it has one.
    public var mod: TimexMod?
    /// TIMEX3 `quant` of a set (`EVERY` for "every Monday", `EACH` for "each year").
    public var quant: String?
    /// TIMEX3 `freq` of a set (`1X` for "weekly", "annually").
    public var freq: String?
    /// The name of the rule that produced it.
    public var rule: String
    /// What the value was resolved against.
    public var anchor: TimeAnchor
    /// Calendar fields the text did not state but the anchor supplied (`year` for a bare "June").
    public var implied: [String]
    /// The resolved calendar designation, for dates and times.
    public var point: TimePoint?
    /// The tense of its clause, when it decided the value.
    public var tense: Tense?
    /// When this is one end of a range: which end, and the index of the other end.
    public var rangeRole: RangeRole?
    /// The index of the range's other end, in the tagger's output.
    public var rangePartner: Int?
    /// The expression names no time of its own but the one the text last talked about ("at
    /// the time", "at that time"): an event in its clause is dated through the events around it.
    public var isAnaphoric: Bool

    /// An expression from its fields.
    public init(begin: Int, end: Int, byteBegin: Int, byteEnd: Int, text: String, type: TimexType, value: String,
                mod: TimexMod? = nil, quant: String? = nil, freq: String? = nil, rule: String, anchor: TimeAnchor = .none,
                implied: [String] = [], point: TimePoint? = nil, tense: Tense? = nil,
                rangeRole: RangeRole? = nil, rangePartner: Int? = nil, isAnaphoric: Bool = false) {
        self.begin = begin
        self.end = end
        self.byteBegin = byteBegin
        self.byteEnd = byteEnd
        self.text = text
        self.type = type
        self.value = value
        self.mod = mod
        self.quant = quant
        self.freq = freq
        self.rule = rule
        self.anchor = anchor
        self.implied = implied
        self.point = point
        self.tense = tense
        self.rangeRole = rangeRole
        self.rangePartner = rangePartner
        self.isAnaphoric = isAnaphoric
    }

    /// Whether the value is relative to something (`temporalFunction` in TimeML).
    public var isTemporalFunction: Bool { anchor != .none }
}
