/// TimeML event classes.
public enum EventClass: String, Sendable, Codable, CaseIterable {
    case occurrence = "OCCURRENCE"
    case state = "STATE"
    case reporting = "REPORTING"
    case iAction = "I_ACTION"
    case iState = "I_STATE"
    case aspectual = "ASPECTUAL"
    case perception = "PERCEPTION"

    /// Index used by the classifier; 0 is "not an event".
    var label: Int { EventClass.allCases.firstIndex(of: self)! + 1 }

    init?(label: Int) {
        guard label >= 1, label <= EventClass.allCases.count else { return nil }
        self = EventClass.allCases[label - 1]
    }
}
