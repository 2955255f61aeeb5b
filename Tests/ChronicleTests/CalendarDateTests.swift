import Testing
@testable import Chronicle

struct CalendarDateTests {
    @Test func rejectsDaysThatDoNotExist() {
        #expect(CalendarDate(year: 2023, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 2021, month: 13, day: 1) == nil)
        #expect(CalendarDate(iso: "2023-02-30") == nil)
    }

    @Test func parsesISOAndCompactForms() {
        #expect(CalendarDate(iso: "2021-08-20") == CalendarDate(year: 2021, month: 8, day: 20))
        #expect(CalendarDate(iso: "19980108") == CalendarDate(year: 1998, month: 1, day: 8))
        #expect(CalendarDate(iso: "1998-01-08T18:30:00") == CalendarDate(year: 1998, month: 1, day: 8))
        #expect(CalendarDate(iso: "August 20") == nil)
    }

    @Test func dayNumbersRoundTrip() {
        for n in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(CalendarDate(dayNumber: n).dayNumber == n)
        }
        #expect(CalendarDate(year: 1970, month: 1, day: 1)!.dayNumber == 0)
    }

    @Test func weekdaysAndISOWeeks() {
        let friday = CalendarDate(year: 2021, month: 8, day: 20)!
        #expect(friday.weekday == 5)
        #expect(friday.isoWeek.year == 2021 && friday.isoWeek.week == 33)
        // 2021-01-01 belongs to ISO week 53 of 2020
        let newYear = CalendarDate(year: 2021, month: 1, day: 1)!
        #expect(newYear.isoWeek.year == 2020 && newYear.isoWeek.week == 53)
        #expect(CalendarDate.mondayOf(isoYear: 2021, week: 33) == CalendarDate(year: 2021, month: 8, day: 16))
        #expect(CalendarDate.isoWeeks(in: 2020) == 53)
        #expect(CalendarDate.isoWeeks(in: 2021) == 52)
    }

    @Test func monthArithmeticClampsToShorterMonths() {
        let jan31 = CalendarDate(year: 2021, month: 1, day: 31)!
        #expect(jan31.adding(months: 1) == CalendarDate(year: 2021, month: 2, day: 28))
        #expect(jan31.adding(months: -2) == CalendarDate(year: 2020, month: 11, day: 30))
        #expect(CalendarDate(year: 2020, month: 2, day: 29)!.adding(years: 1) == CalendarDate(year: 2021, month: 2, day: 28))
    }

    @Test func holidays() {
        #expect(Holiday.easter.date(in: 2021) == CalendarDate(year: 2021, month: 4, day: 4))
        #expect(Holiday.thanksgiving.date(in: 2021) == CalendarDate(year: 2021, month: 11, day: 25))
        #expect(Holiday.memorialDay.date(in: 2021) == CalendarDate(year: 2021, month: 5, day: 31))
    }
}

struct TimePointTests {
    @Test func valuesAtEveryGranularity() {
        let day = CalendarDate(year: 2021, month: 6, day: 16)!
        #expect(TimePoint(day, at: .decade).value == "202")
        #expect(TimePoint(day, at: .century).value == "20")
        #expect(TimePoint(day, at: .year).value == "2021")
        #expect(TimePoint(day, at: .halfYear).value == "2021-H1")
        #expect(TimePoint(day, at: .quarter).value == "2021-Q2")
        #expect(TimePoint(day, at: .season).value == "2021-SU")
        #expect(TimePoint(day, at: .month).value == "2021-06")
        #expect(TimePoint(day, at: .week).value == "2021-W24")
        #expect(TimePoint(day, at: .weekend).value == "2021-W24-WE")
        #expect(TimePoint(day, at: .day).value == "2021-06-16")
        #expect(TimePoint(granularity: .month, month: 6).value == "XXXX-06")
        #expect(TimePoint(granularity: .day, weekday: 3).value == "XXXX-WXX-3")
        var morning = TimePoint(day, at: .day)
        morning.granularity = .partOfDay
        morning.partOfDay = .morning
        #expect(morning.value == "2021-06-16TMO")
    }

    @Test func intervals() {
        let june = TimePoint(granularity: .month, year: 2021, month: 6)
        #expect(june.interval?.earliest == CalendarDate(year: 2021, month: 6, day: 1))
        #expect(june.interval?.latest == CalendarDate(year: 2021, month: 6, day: 30))
        let decade = TimePoint(granularity: .decade, year: 2000)
        #expect(decade.interval?.latest == CalendarDate(year: 2009, month: 12, day: 31))
        let winter = TimePoint(granularity: .season, year: 2020, part: Int(Season.winter.rawValue))
        #expect(winter.interval?.latest == CalendarDate(year: 2021, month: 2, day: 28))
        #expect(TimePoint(granularity: .month, month: 6).interval == nil)
    }

    @Test func durations() {
        #expect(DurationValue.value(18, .month) == "P18M")
        #expect(DurationValue.value(40, .minute) == "PT40M")
        #expect(DurationValue.value(2.5, .year) == "P2Y6M")
        #expect(DurationValue.value(1, .decade) == "P10Y")
        #expect(DurationValue.value(nil, .year) == "PXY")
        #expect(DurationValue.value(5.5, .hour) == "PT5H30M")
        #expect(DurationValue.value([(2, .year), (6, .month)]) == "P2Y6M")
    }
}

/// Clock times with a zone: the offset is in the value and in the instant the time stands for.
struct ClockZoneTests {
    @Test func usZonesFollowDaylightTime() {
        let eastern = ClockZone.usZone(standard: -300)
        #expect(eastern.offset(on: CalendarDate(year: 2021, month: 8, day: 20)) == -240)
        #expect(eastern.offset(on: CalendarDate(year: 2021, month: 1, day: 15)) == -300)
        #expect(eastern.offset(on: CalendarDate(year: 2021, month: 3, day: 14)) == -240)  // the second Sunday of March
        #expect(eastern.offset(on: CalendarDate(year: 2021, month: 11, day: 7)) == -300)  // the first Sunday of November
        // before 2007: the first Sunday of April to the last Sunday of October
        #expect(eastern.offset(on: CalendarDate(year: 2006, month: 10, day: 28)) == -240)
        #expect(eastern.offset(on: CalendarDate(year: 2006, month: 10, day: 29)) == -300)
        #expect(eastern.offset(on: nil) == -300)
    }

    @Test func zonedTimesKeepTheirOffsetInValueAndInstant() throws {
        let text = "New York closed at 5 p.m. EST on Jan. 12, 2021; London had closed at 9 p.m. GMT on Jan. 12, 2021."
        let found = TemporalTagger().tag(text: text, dct: CalendarDate(year: 2021, month: 1, day: 13))
        let newYork = try #require(found.first { $0.text.hasPrefix("5 p.m.") })
        let london = try #require(found.first { $0.text.hasPrefix("9 p.m.") })
        #expect(newYork.value == "2021-01-12T17:00-05:00")
        #expect(london.value == "2021-01-12T21:00+00:00")
        let ny = try #require(newYork.point?.minuteInterval), ldn = try #require(london.point?.minuteInterval)
        #expect(ny.earliest - ldn.earliest == 60)  // 22:00 UTC is an hour after 21:00 UTC, though 5 p.m. reads earlier
        #expect(newYork.point?.interval?.earliest == CalendarDate(year: 2021, month: 1, day: 12))
    }

    @Test func anOffsetIsWrittenInISO8601() {
        #expect(TimexFormat.offset(330) == "+05:30")
        #expect(TimexFormat.offset(-240) == "-04:00")
        #expect(TimexFormat.offset(0) == "+00:00")
    }
}
