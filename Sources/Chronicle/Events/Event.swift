/// TimeML tense of an event's verb group.
public enum EventTense: String, Sendable, Codable {
    /// "met", "had met".
    case past = "PAST"
    /// "meets", "is meeting".
    case present = "PRESENT"
    /// "will meet".
    case future = "FUTURE"
    /// No verb group to read a tense from (a noun such as "the summit").
    case none = "NONE"
    /// "to meet".
    case infinitive = "INFINITIVE"
    /// An "-ing" form with no auxiliary ("meeting in Geneva, the leaders ...").
    case presentParticiple = "PRESPART"
    /// A bare participle ("the plans announced in June").
    case pastParticiple = "PASTPART"
}

/// TimeML aspect of an event's verb group.
public enum EventAspect: String, Sendable, Codable {
    /// A simple form ("met", "meets").
    case none = "NONE"
    /// A form of "be" with "-ing" ("is meeting").
    case progressive = "PROGRESSIVE"
    /// A form of "have" with a participle ("has met").
    case perfective = "PERFECTIVE"
    /// Both ("has been meeting").
    case perfectiveProgressive = "PERFECTIVE_PROGRESSIVE"
}

/// TimeML polarity: whether the text says the event happened or that it did not.
public enum EventPolarity: String, Sendable, Codable {
    /// Asserted ("met").
    case positive = "POS"
    /// Negated ("did not meet", "never met").
    case negative = "NEG"
}

/// A temporal relation (TimeML TLINK relTypes Chronicle produces).
///
/// Each reads "the event *relation* the target": `.isIncluded` to "June 2021" says the event
/// happened within June 2021.
public enum TemporalRelation: String, Sendable, Codable {
    /// Ends before the target starts.
    case before = "BEFORE"
    /// Starts after the target ends.
    case after = "AFTER"
    /// Contains the target.
    case includes = "INCLUDES"
    /// Lies within the target.
    case isIncluded = "IS_INCLUDED"
    /// Takes the same time as the target.
    case simultaneous = "SIMULTANEOUS"
    /// Starts the target ("since June").
    case begins = "BEGINS"
    /// Ends the target ("until June").
    case ends = "ENDS"
    /// Starts when the target starts.
    case begunBy = "BEGUN_BY"
    /// Ends when the target ends.
    case endedBy = "ENDED_BY"
    /// Goes on throughout the target, a duration ("for two days").
    case during = "DURING"
    /// Is the same event as the target (a later mention of it).
    case identity = "IDENTITY"
    /// Not a TimeML relType: "with the fall of Kabul, Biden admitted Wednesday" puts the fall on
    /// or before Wednesday. TimeML exports write it as BEFORE.
    case onOrBefore = "ON_OR_BEFORE"

    /// The relation seen from the other side.
    public var inverse: TemporalRelation {
        switch self {
        case .before: return .after
        case .after: return .before
        case .includes: return .isIncluded
        case .isIncluded: return .includes
        case .begins: return .begunBy
        case .begunBy: return .begins
        case .ends: return .endedBy
        case .endedBy: return .ends
        case .onOrBefore: return .after
        case .simultaneous, .during, .identity: return self
        }
    }
}

/// One mention of an event in a text.
public struct EventMention: Sendable, Hashable {
    /// The id of the document it is in.
    public var document: String
    /// The trigger word as the text has it ("met", "summit").
    public var trigger: String
    /// Where the trigger word starts: a Unicode-scalar offset into the document's text.
    public var begin: Int
    /// Where the trigger word ends (exclusive), in Unicode scalars.
    public var end: Int
    /// Where the trigger word starts, in UTF-8 bytes.
    public var byteBegin: Int
    /// Where the trigger word ends (exclusive), in UTF-8 bytes.
    public var byteEnd: Int
    /// The clause that carries it (at most `EventExtractor.clauseReach` tokens either side of
    /// the trigger), a slice of the document's text that shares its storage.
    public var clause: Substring
    /// Where the clause starts, in Unicode scalars.
    public var clauseBegin: Int
    /// Where the clause ends (exclusive), in Unicode scalars.
    public var clauseEnd: Int
    /// Index of the sentence in its document.
    public var sentence: Int
}

/// What an event is tied to in time.
public struct EventAnchor: Sendable, Hashable, Codable {
    /// What the event is related to.
    public enum Target: Sendable, Hashable, Codable {
        /// A time expression of the event's document (index into its timexes).
        case timex(Int)
        /// The document creation time.
        case creationTime
        /// Another event (index into the document's events), whose time this one shares.
        case event(Int)
    }

    /// How the event relates to its target ("the event is included in June 2021").
    public var relation: TemporalRelation
    /// The time or event it is related to.
    public var target: Target
    /// 0...1: how sure the rule that made the link is.
    public var confidence: Double
    /// The rule that made the link ("same clause", "at the same time", "tense and DCT", ...).
    public var rule: String
    /// How far before or after its target the event lies, when the text says ("three days
    /// before the flood"): the relation is `before` or `after`.
    public var offset: TimeOffset? = nil
}

/// An event of a document: its trigger, what kind of event it is, how the text presents it,
/// who and where, and its anchor in time.
public struct Event: Sendable, Hashable {
    /// Its first mention in the text (the others are in `mentions`).
    public var mention: EventMention
    /// Its TimeML class (occurrence, reporting, state, ...).
    public var eventClass: EventClass
    /// Lowercased trigger reduced to a stem, for merging mentions ("meeting"/"met" share "meet").
    public var kind: String
    /// Whether the trigger is a noun ("the summit") rather than a verb ("met").
    public var isNoun: Bool
    /// A noun with a definite or possessive determiner ("the summit", "their meeting"), which
    /// refers back to an event the text has named.
    public var isDefinite: Bool = false
    /// A noun that is the object of a preposition of time or place ("at their Geneva meeting"):
    /// what else its clause tells happened then.
    public var isSetting: Bool = false
    /// The tense of its verb group.
    public var tense: EventTense
    /// The aspect of its verb group.
    public var aspect: EventAspect
    /// Whether the text asserts or negates it.
    public var polarity: EventPolarity
    /// The modal or intensional word that makes it not a plain fact ("could", "expected to").
    public var modality: String?
    /// The capitalized names its clause mentions ("Vladimir Putin", titles such as "President"
    /// dropped), other than its place; `roles` has the participants the parse found.
    public var participants: [String]
    /// Where it happens: the first name after "in", "at", "to" or "from" in its clause, or before
    /// a trigger noun ("their Geneva meeting").
    public var place: String?
    /// The core of its clause in the text's own words: who did what to whom, and where ("the White
    /// House sent Elizabeth Sherwood-Randall to Uzbekistan"); a nominal event's noun phrase ("the
    /// swift fall of Kabul"). The trigger when the section was not parsed. See `EventStructure`.
    public var description: String = ""
    /// Its participants with their roles, from the parse (empty when the section was not parsed).
    public var roles: [EventParticipant] = []
    /// Who reports it, when it is the content of a reporting verb ("the mayor said on Thursday")
    /// or of "according to X".
    public var attribution: String?
    /// Its anchor in time, set when the document's analysis is composed (`DocumentAnalyzer`).
    public var anchor: EventAnchor?
    /// Index of its clause in the document (clauses are numbered in text order).
    var clause = 0
    /// Every mention of it: `mention` first, then the mentions merged into it. Setting it sets
    /// `mention` to the first (an empty list leaves `mention` alone) and the merged ones to the rest.
    public var mentions: [EventMention] {
        get { [mention] + mergedMentions }
        set {
            if let first = newValue.first { mention = first }
            mergedMentions = Array(newValue.dropFirst())
        }
    }
    /// The mentions merged into it after the first; kept apart from `mention` so that each of a
    /// long document's events, most of which have one mention, needs no array of its own.
    var mergedMentions: [EventMention] = []
    /// How much it belongs on the timeline a reader looks at, 0...1 (`EventSalience`).
    public var salience: Double = 1

    /// Whether it belongs on the main timeline the exports show by default.
    public var isInMainTimeline: Bool { salience >= EventSalience.mainTimelineThreshold }

    /// Whether the text asserts it happened or happens (positive, no modality).
    public var isFactual: Bool { polarity == .positive && modality == nil }
}
