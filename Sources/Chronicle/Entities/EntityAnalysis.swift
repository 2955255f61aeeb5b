/// Where the target entities are named in one document and which of its events they take part
/// in: the entity stage's result, computed from the tokens, the parse and the events.
public struct EntityAnalysis: Sendable {
    /// The entities looked for, in the order given.
    public let entities: [EntityName]
    /// Every mention found, in text order.
    public let mentions: [EntityMention]
    /// Event nouns the entity stage found as arguments of the entities that the events stage
    /// did not take for events ("his resignation", "Jobs's keynote").
    public let nounEvents: [EntityNounEvent]
    /// Every (entity, event) pair, in text order, once each.
    public let participations: [EntityParticipation]

    /// The indices of the document's events entity `entity` takes part in, in text order.
    public func events(of entity: Int) -> [Int] {
        participations.filter { $0.entity == entity }.compactMap {
            if case .event(let e) = $0.target { return e }
            return nil
        }
    }
}

/// A noun naming an event an entity takes part in, found by the entity stage: a noun the entity
/// possesses, that is the object of the entity's light verb, or that the entity modifies, whose
/// first WordNet sense is an act, a communication, an event, a process or a phenomenon ("his
/// resignation", "gave a speech", "the launch of iTunes"). See `EntityStage`.
public struct EntityNounEvent: Sendable, Hashable {
    /// The noun as the text has it ("resignation").
    public var trigger: String
    /// Its lemma.
    public var lemma: String
    /// Unicode-scalar span in the document's text.
    public var begin: Int
    /// Where it ends (exclusive), in Unicode scalars.
    public var end: Int
    /// The index of its sentence in the document.
    public var sentence: Int
    /// The document's event it is an argument of ("announced" for "announced his resignation"),
    /// whose time it is given; nil when none, and it is dated by the DCT.
    public var governor: Int?
}

/// A word or phrase of the text that names an entity.
public struct EntityMention: Sendable, Hashable {
    /// Index of the entity in `EntityAnalysis.entities`.
    public var entity: Int
    /// Unicode-scalar span in the document's text.
    public var begin: Int
    /// Where it ends (exclusive), in Unicode scalars.
    public var end: Int
    /// The words as the text has them ("He", "Jobs").
    public var text: String
    /// The rule that found it: "full name", "short form", "acronym", "pronoun", "definite description".
    public var rule: String
    /// Index of the sentence in the document.
    public var sentence: Int
}

/// An entity taking part in an event, and the pattern of the parse that says so.
public struct EntityParticipation: Sendable, Hashable {
    /// An event of the document's events stage, or one of the entity stage's event nouns.
    public enum Target: Sendable, Hashable {
        /// An event of the document (index into `DocumentAnalysis.events`).
        case event(Int)
        /// An event noun of the entity stage (index into `EntityAnalysis.nounEvents`).
        case noun(Int)
    }

    /// Index of the entity in `EntityAnalysis.entities`.
    public var entity: Int
    /// The event it takes part in.
    public var target: Target
    /// The event's words as SemEval-2015 writes them: a phrasal verb with its particle joined by
    /// '_' ("step_down", "took_off"), else the trigger.
    public var trigger: String
    /// Index into `EntityAnalysis.mentions` of the mention that takes part.
    public var mention: Int
    /// "nsubj", "obj", "obl", "possessor", "shared subject", "light verb object", ...
    public var pattern: String
    /// The document's event whose clause holds this one ("unveiled" for "saying" in "Jobs
    /// unveiled it, saying ..."): an event the pipeline leaves undated takes its date.
    public var governor: Int?
}
