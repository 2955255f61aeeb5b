/// TIMEX3 duration values (`P18M`, `PT40M`, `P2Y6M`, `PXY`).
public enum DurationValue {
    /// The value of `amount` of `unit`; nil amount gives the unknown form (`PXY`).
    /// A fraction becomes the next smaller unit when that is exact (`2.5 years` is `P2Y6M`).
    public static func value(_ amount: Double?, _ unit: TimeUnit) -> String {
        var parts: [(Double?, TimeUnit)] = [(amount, unit)]
        if let amount, amount != amount.rounded(.down), let (smaller, factor) = smallerUnit(unit) {
            let whole = amount.rounded(.down)
            let rest = (amount - whole) * factor
            if rest == rest.rounded() {
                parts = whole > 0 ? [(whole, unit), (rest, smaller)] : [(rest, smaller)]
            }
        }
        return value(parts)
    }

    /// The value of several parts in order (`[(2, .year), (6, .month)]` is `P2Y6M`).
    public static func value(_ parts: [(Double?, TimeUnit)]) -> String {
        var datePart = ""
        var timePart = ""
        for (amount, unit) in parts {
            let (designator, factor, isTime) = designator(for: unit, known: amount != nil)
            let number = amount.map { format($0 * factor) } ?? "X"
            if isTime { timePart += number + designator } else { datePart += number + designator }
        }
        return "P" + datePart + (timePart.isEmpty ? "" : "T" + timePart)
    }

    private static func designator(for unit: TimeUnit, known: Bool) -> (String, Double, Bool) {
        switch unit {
        case .second: return ("S", 1, true)
        case .minute: return ("M", 1, true)
        case .hour: return ("H", 1, true)
        case .day, .night: return ("D", 1, false)
        case .week: return ("W", 1, false)
        case .fortnight: return ("W", 2, false)
        case .weekend: return ("WE", 1, false)
        case .month: return ("M", 1, false)
        case .quarter: return ("Q", 1, false)
        case .halfYear: return ("M", 6, false)
        case .year: return ("Y", 1, false)
        case .decade: return known ? ("Y", 10, false) : ("DE", 1, false)
        case .century: return known ? ("Y", 100, false) : ("CE", 1, false)
        case .millennium: return known ? ("Y", 1000, false) : ("ML", 1, false)
        }
    }

    private static func smallerUnit(_ unit: TimeUnit) -> (TimeUnit, Double)? {
        switch unit {
        case .millennium: return (.year, 1000)
        case .century: return (.year, 100)
        case .decade: return (.year, 10)
        case .year: return (.month, 12)
        case .halfYear: return (.month, 6)
        case .quarter: return (.month, 3)
        case .week: return (.day, 7)
        case .day: return (.hour, 24)
        case .hour: return (.minute, 60)
        case .minute: return (.second, 60)
        default: return nil
        }
    }

    /// `3`, `2.5`: no trailing `.0`.
    static func format(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        var text = String(number)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }
}
