/// TimeML event classes.
public enum EventClass: String, Sendable, Codable, CaseIterable {
    /// Something that happens or occurs: "the bridge was closed", "the summit".
    case occurrence = "OCCURRENCE"
    /// A circumstance that holds: "the relationship was strained".
    case state = "STATE"
    /// Someone reports something: "said", "told", "announced".
    case reporting = "REPORTING"
    /// An intensional action that introduces another event: "attempted", "ordered", "planned".
    case iAction = "I_ACTION"
    /// An intensional state: "believed", "wanted", "feared".
    case iState = "I_STATE"
    /// The beginning, end or continuation of another event: "began", "stopped", "continued".
    case aspectual = "ASPECTUAL"
    /// Seeing or hearing something: "saw", "heard", "watched".
    case perception = "PERCEPTION"

    /// Index used by the classifier; 0 is "not an event".
    var label: Int { EventClass.allCases.firstIndex(of: self)! + 1 }

    init?(label: Int) {
        guard label >= 1, label <= EventClass.allCases.count else { return nil }
        self = EventClass.allCases[label - 1]
    }
}
