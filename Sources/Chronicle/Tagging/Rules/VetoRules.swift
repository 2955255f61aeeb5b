/// Names that contain time words but are not times: newspapers, agreements, titles.
/// A veto claims its tokens so that no other rule tags inside it.
enum VetoRules {
    static let rules: [Rule] = [
        Rule("newspaper-day", [P.w("sunday", "daily", "weekly", "monday", "saturday"),
                               P.w("times", "telegraph", "mirror", "express", "herald", "post", "star", "independent", "mail", "people",
                                   "sport", "tribune", "observer", "news", "beast", "record", "standard", "bloody", "school", "service", "night", "football")],
             negatives: ["the Sunday Times reported", "The Daily Telegraph said", "Bloody Sunday", "a Sunday School teacher", "Monday Night Football"]) { m in
            guard m.token(0).has(.capitalized), m.token(1).has(.capitalized) else { return nil }
            if m.word(1) == "night", m.word(0) == "monday" { return .veto }
            return m.word(1) == "night" ? nil : .veto
        },
        Rule("named-day", [P.w("mail", "bloody", "super", "black", "cyber", "easter"), P.w("on").opt, P.w("sunday", "monday", "tuesday", "friday", "rising")],
             negatives: ["The Mail on Sunday said", "Bloody Sunday", "Super Tuesday primaries", "the Easter Rising", "Black Friday sales"]) { m in
            guard m.token(0).has(.capitalized), m.token(2).has(.capitalized) else { return nil }
            let name = [m.word(0), m.has(1) ? "on" : nil, m.word(2)].compactMap { $0 }.joined(separator: " ")
            let names: Set<String> = ["mail on sunday", "bloody sunday", "super tuesday", "black friday", "cyber monday", "easter rising"]
            return names.contains(name) ? .veto : nil
        },
        Rule("high-noon", [P.w("high"), P.w("noon")],
             negatives: ["a film called High Noon", "it was high noon for the party"]) { _ in
            .veto
        },
        Rule("named-agreement", [P.w("good"), P.w("friday"), P.w("agreement", "accord", "accords")],
             negatives: ["the Good Friday Agreement"]) { m in
            .veto
        },
        Rule("may-modal", [P.w("may"), P.w("i", "we", "you", "he", "she", "it", "they", "god", "be", "not", "have", "also", "well", "never", "still", "all")],
             negatives: ["May I ask?", "May God bless you", "May we go?", "may be late"]) { m in
            .veto
        },
    ]
}
