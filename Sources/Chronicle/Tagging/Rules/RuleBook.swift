/// Every rule Chronicle ships, in priority order: when two rules match the same tokens, the
/// longer match wins, and between equally long ones the earlier rule.
public enum RuleBook {
    /// Every rule, in priority order.
    public static let all: [Rule] =
        VetoRules.rules
        + AbsoluteDateRules.rules
        + CoarseDateRules.rules
        + RelativeDateRules.rules
        + TimeOfDayRules.rules
        + SetRules.rules
        + DurationRules.rules
        + VagueReferenceRules.rules
        + CompositeRules.modifiers
        + CompositeRules.combinations
        + CompositeRules.ranges
}
