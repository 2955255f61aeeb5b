/// A whole number of calendar units, read from a duration's TIMEX3 value: the distance in
/// "three days before the flood" or "a year after the war".
public struct TimeOffset: Sendable, Hashable, Codable {
    public var amount: Int
    /// Day, week, month or year.
    public var unit: Granularity

    public init(amount: Int, unit: Granularity) {
        self.amount = amount
        self.unit = unit
    }

    /// `P3D`, `P2W`, `P6M`, `P1Y`, `P10Y`; nil for anything else (`PXD`, `PT5H`, `P1Y6M`, `P0D`).
    public init?(durationValue value: String) {
        let scalars = Array(value.utf8)
        guard scalars.count >= 3, scalars[0] == UInt8(ascii: "P"), let letter = scalars.last else { return nil }
        let digits = scalars[1..<(scalars.count - 1)]
        guard digits.count <= 4, digits.allSatisfy({ (0x30...0x39).contains($0) }),
              let amount = Int(String(decoding: digits, as: UTF8.self)), amount > 0 else { return nil }
        switch letter {
        case UInt8(ascii: "D"): unit = .day
        case UInt8(ascii: "W"): unit = .week
        case UInt8(ascii: "M"): unit = .month
        case UInt8(ascii: "Y"): unit = .year
        default: return nil
        }
        self.amount = amount
    }

    /// `date` moved by the offset, forwards or (`forwards: false`) backwards.
    public func shift(_ date: CalendarDate, forwards: Bool) -> CalendarDate {
        let n = forwards ? amount : -amount
        switch unit {
        case .week: return date.adding(days: 7 * n)
        case .month: return date.adding(months: n)
        case .year: return date.adding(years: n)
        default: return date.adding(days: n)
        }
    }
}
