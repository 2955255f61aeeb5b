private typealias X = RuleExample

/// References to the present, past or future without a date: `now`, `currently`, `these days`,
/// `recently`, `in the past`, `in the future`, `soon`; and `at the time`, which points back to the
/// time the text last talked about.
enum VagueReferenceRules {
    static func ref(_ value: String) -> Production { .one(.date(.fixed(value))) }

    /// Words after which "current" is the noun or a term of accounting, not the present.
    static let notCurrentTimes: Set<String> = ["account", "accounts", "affairs", "assets", "liabilities", "dollars", "is", "was", "were", "are",
                                               "of", "and", "or", "in", "from", "to", "flows", "flowed", "flowing", "through"]

    static let rules: [Rule] = [
        Rule("present-ref-word", [P.w("now", "currently", "nowadays")],
             examples: [X("now", "PRESENT_REF"), X("currently", "PRESENT_REF"), X("nowadays", "PRESENT_REF"),
                        X("the company is now in talks", "PRESENT_REF", span: "now"), X("pilots were held up until now by the lack of chances", "PRESENT_REF", span: "now"),
                        X("But for now, everyone should be searching for a solution.", "PRESENT_REF", span: "now"),
                        // "now that ..." still dates its clause to the present (tagged in every gold occurrence)
                        X("Prices should fall now that the strike is over.", "PRESENT_REF", span: "now")],
             negatives: [NegativeExample("Now, let us see", span: "Now")]) { m in
            if m.word(0) == "now", m.token(0).has(.sentenceStart), let next = m.after, next.isPunct(0x2C) { return nil }  // discourse "Now, ..."
            // "two weeks from now", "by now", "more than now": part of another expression or a comparison;
            // "until now" and "for now" do name the present
            if m.word(0) == "now", m.isWord(m.before, "from", "by", "since", "than") { return nil }
            return ref("PRESENT_REF")
        },
        Rule("current", [P.w("then").opt, P.w("current")],
             examples: [X("up from the current four flights a week", "PRESENT_REF", span: "current"), X("because of current market conditions", "PRESENT_REF", span: "current"),
                        X("Kellogg's current share is 40%", "PRESENT_REF", span: "current"), X("at the then current market price", "PAST_REF", span: "then current")],
             // the noun, and the "current" of accounts and affairs, are not times
             negatives: [NegativeExample("the current account deficit", span: "current"), NegativeExample("the current was strong", span: "current"),
                         NegativeExample("a current of air", span: "current"), NegativeExample("Current TV", span: "Current")]) { m in
            guard !m.token(1).has(.capitalized) || m.token(1).has(.sentenceStart), let next = m.after, next.kind == .word, !next.has(.capitalized) else { return nil }
            if VagueReferenceRules.notCurrentTimes.contains(m.word(of: next)) { return nil }
            return ref(m.has(0) ? "PAST_REF" : "PRESENT_REF")
        },
        Rule("present-ref-phrase", [P.w("these", "right", "at"), P.w("days", "now", "present")],
             examples: [X("these days", "PRESENT_REF"), X("at present", "PRESENT_REF", span: "present"), X("right now", "PRESENT_REF", span: "now"),
                        X("what is transpiring in Afghanistan these days", "PRESENT_REF", span: "these days")],
             negatives: [NegativeExample("those days are gone", span: "those days"), NegativeExample("at present value", span: "present")]) { m in
            switch (m.word(0), m.word(1)) {
            case ("these", "days"): return ref("PRESENT_REF")
            case ("right", "now"): return .over(.date(.fixed("PRESENT_REF")), 1...1)
            case ("at", "present"):
                if let next = m.after, next.kind == .word, !next.has(.capitalized), !m.isWord(next, "and", "but", "the", "it", "there", "we", "they", "is", "are") { return nil }
                return .over(.date(.fixed("PRESENT_REF")), 1...1)
            default: return nil
            }
        },
        Rule("past-ref", [P.w("recently", "lately", "formerly", "previously", "once", "earlier", "before")],
             examples: [X("recently", "PAST_REF"), X("He had recently served", "PAST_REF", span: "recently"), X("lately", "PAST_REF")],
             negatives: [NegativeExample("once the war ends", span: "once"), NegativeExample("before the war", span: "before"), NegativeExample("earlier than planned", span: "earlier"), NegativeExample("as previously reported", span: "previously")]) { m in
            switch m.word(0) {
            case "recently", "lately": return ref("PAST_REF")
            default: return nil  // "previously", "formerly" order events or roles rather than date them; "once", "earlier", "before" are mostly conjunctions
            }
        },
        Rule("the-past", [P.w("the"), P.w("past", "future", "present")],
             examples: [X("in the past", "PAST_REF", span: "the past"), X("in the future", "FUTURE_REF", span: "the future"), X("the present", "PRESENT_REF")],
             negatives: [NegativeExample("the past president", span: "the past"), NegativeExample("the future king", span: "the future"),
                         NegativeExample("important to the future of our peoples", span: "the future")]) { m in
            if let next = m.after, next.kind == .word || next.kind == .number, !m.isWord(next, "and", "or", "but", "when", "as", "is", "was", "will", "has", "that", "we", "they", "it", "he", "she", "the") {
                return nil  // an adjective: "the past president", "the past two months" (read by the duration rules)
            }
            return ref(["PAST_REF", "FUTURE_REF", "PRESENT_REF"][m.value(1)])
        },
        // "in future", "my future", "a bright future": the future as a noun of its own
        Rule("future", [P.w("in", "for", "my", "your", "our", "their", "his", "her", "its", "bright", "brighter", "better", "uncertain"), P.w("future")],
             examples: [X("more collaborations in future!", "FUTURE_REF", span: "future"), X("What is my future?", "FUTURE_REF", span: "future"),
                        X("a bright future, beautiful Colombo", "FUTURE_REF", span: "future")],
             negatives: [NegativeExample("in future years", span: "future"), NegativeExample("for future use", span: "future"), NegativeExample("his future wife", span: "future")]) { m in
            if let next = m.after, next.kind == .word || next.kind == .number, !m.isWord(next, "and", "or", "but", "is", "was", "will", "looks", "lies") { return nil }
            return .over(.date(.fixed("FUTURE_REF")), 1...1)
        },
        Rule("near-future", [P.w("the"), P.w("near", "distant", "foreseeable", "immediate", "recent", "short"), P.w("future", "past", "term")],
             examples: [X("in the near future", "FUTURE_REF", span: "the near future"), X("the recent past", "PAST_REF"), X("the foreseeable future", "FUTURE_REF"),
                        X("to placate some holders in the short term", "FUTURE_REF", span: "the short term")]) { m in
            let word = m.word(2)
            if word == "term" { return ["near", "immediate", "short"].contains(m.word(1)) ? ref("FUTURE_REF") : nil }
            return ref(word == "future" ? "FUTURE_REF" : "PAST_REF")
        },
        Rule("soon", [P.w("soon", "shortly")],
             examples: [X("soon", "FUTURE_REF"), X("will leave shortly", "FUTURE_REF", span: "shortly")],
             negatives: [NegativeExample("as soon as possible", span: "soon"), NegativeExample("soon after the war", span: "soon"), NegativeExample("He was soon released", span: "soon"),
                         NegativeExample("a trickle of cash that soon became a flood", span: "soon"), NegativeExample("The rebels soon retreated.", span: "soon")]) { m in
            if m.isWord(m.before, "as", "too", "how") || m.isWord(m.after, "after", "before", "as", "thereafter", "afterwards") { return nil }
            // before a past verb ("soon became", "soon retreated") it orders the event after an earlier one
            // ("shortly after"); it does not point to the future of the document
            if let next = m.after, next.kind == .word, m.classes(of: next).contains(.pastVerb) || next.has(.endsInEd) { return nil }
            // inside a verb group ("will soon move", "was soon released") it qualifies the verb, not a time
            if m.isWord(m.before, "will", "would", "was", "were", "is", "are", "be", "been", "could", "should", "may", "might", "can") { return nil }
            return ref("FUTURE_REF")
        },
        Rule("at-the-time", [P.w("at"), P.w("the", "that"), P.w("time")],
             examples: [
                X("He resigned on June 3, 2004. At the time, he was 60.", "2004-06-03", span: "the time"),
                X("Talks began in March 2003; at that time the war loomed.", "2003-03", span: "that time"),
                X("At the time, he was 60.", "PAST_REF", span: "the time", dct: nil),
             ],
             // "at the same time" mostly links two facts ("At the same time, prices rose") rather than dating one
             negatives: [NegativeExample("at the time of writing", span: "the time"), NegativeExample("At the time Howes was captured, the rebels were strong.", span: "the time"), NegativeExample("It fell in 1998. At the same time, prices rose.", span: "the same time")]) { m in
            // "at the time of the crisis", "at the time Howes was captured": a conjunction, not a time
            if m.isWord(m.after, "of", "when", "that", "being", "he", "she", "they", "we", "it") { return nil }
            if let next = m.after, next.kind == .word, next.has(.capitalized), !next.has(.sentenceStart) { return nil }
            return .over(.date(.focus(nil)), 1...2)
        },
    ]
}
