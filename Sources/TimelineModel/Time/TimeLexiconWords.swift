/// The word lists of `TimeLexicon`: calendar names, number words and trigger words.
extension TimeLexicon {
    static let words: [(String, LexEntry)] = {
        var w: [(String, LexEntry)] = []
        func add(_ kind: LexKind, _ value: Int, _ words: String...) {
            for word in words { w.append((word, LexEntry(kind: kind, value: value))) }
        }
        let months = ["january", "february", "march", "april", "may", "june", "july", "august",
                      "september", "october", "november", "december"]
        for (i, m) in months.enumerated() { add(.month, i + 1, m) }
        let abbrevs = ["jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        for (i, m) in abbrevs.enumerated() where !m.isEmpty { add(.monthAbbrev, i + 1, m) }
        add(.monthAbbrev, 9, "sept")
        let days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        for (i, d) in days.enumerated() {
            add(.weekday, i + 1, d)
            add(.weekdays, i + 1, d + "s")
        }
        let dayAbbrevs = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        // Abbreviations count only next to a month or day number ("Sun Apr 08 2018").
        for (i, d) in dayAbbrevs.enumerated() { add(.weekday, i + 11, d) }
        add(.weekday, 12, "tues"); add(.weekday, 14, "thurs")

        let ones = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                    "eighteen", "nineteen"]
        for (i, n) in ones.enumerated() { add(.numberWord, i, n) }
        let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        for (i, n) in tens.enumerated() { add(.numberWord, (i + 2) * 10, n) }
        add(.numberWord, 100, "hundred")
        add(.numberWord, 12, "dozen")
        let ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                        "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                        "seventeenth", "eighteenth", "nineteenth", "twentieth"]
        for (i, n) in ordinals.enumerated() { add(.ordinalWord, i + 1, n) }
        add(.ordinalWord, 4, "final")

        add(.units, TimeUnit.second.rawValue, "seconds")
        add(.unit, TimeUnit.minute.rawValue, "minute"); add(.units, TimeUnit.minute.rawValue, "minutes")
        add(.unit, TimeUnit.hour.rawValue, "hour"); add(.units, TimeUnit.hour.rawValue, "hours")
        add(.unit, TimeUnit.day.rawValue, "day"); add(.units, TimeUnit.day.rawValue, "days")
        add(.unit, TimeUnit.week.rawValue, "week"); add(.units, TimeUnit.week.rawValue, "weeks")
        add(.unit, TimeUnit.month.rawValue, "month"); add(.units, TimeUnit.month.rawValue, "months")
        add(.unit, TimeUnit.year.rawValue, "year"); add(.units, TimeUnit.year.rawValue, "years")
        add(.unit, TimeUnit.decade.rawValue, "decade"); add(.units, TimeUnit.decade.rawValue, "decades")
        add(.century, 0, "century"); add(.units, TimeUnit.century.rawValue, "centuries")
        add(.quarter, 0, "quarter"); add(.half, 0, "half")
        add(.fiscal, 0, "fiscal")
        add(.units, TimeUnit.quarter.rawValue, "quarters")
        add(.weekend, 0, "weekend")

        add(.partOfDay, PartOfDay.morning.rawValue, "morning")
        add(.partOfDay, PartOfDay.afternoon.rawValue, "afternoon")
        add(.partOfDay, PartOfDay.evening.rawValue, "evening")
        add(.partOfDay, PartOfDay.night.rawValue, "night")
        add(.season, Season.spring.rawValue, "spring")
        add(.season, Season.summer.rawValue, "summer")
        add(.season, Season.fall.rawValue, "fall", "autumn")
        add(.season, Season.winter.rawValue, "winter")

        add(.relativeDay, 9, "yesterday"); add(.relativeDay, 10, "today"); add(.relativeDay, 11, "tomorrow")
        add(.tonight, 0, "tonight"); add(.overnight, 0, "overnight")
        add(.hedgeModifier, Part.early.rawValue, "early")
        add(.hedgeModifier, Part.mid.rawValue, "mid")
        add(.hedgeModifier, Part.late.rawValue, "late")
        add(.relativeModifier, -1, "earlier"); add(.relativeModifier, 1, "later")
        add(.deictic, Deixis.last.rawValue, "last")
        add(.deictic, Deixis.next.rawValue, "next")
        add(.deictic, Deixis.this.rawValue, "this", "current")
        add(.past, Deixis.past.rawValue, "past")
        add(.deictic, Deixis.previous.rawValue, "previous")
        add(.deictic, Deixis.coming.rawValue, "coming", "upcoming")
        add(.deictic, Deixis.following.rawValue, "following")
        add(.ago, 0, "ago")
        add(.relation, 1, "after"); add(.relation, -1, "before", "prior")
        add(.reference, Reference.present.rawValue, "now", "currently", "nowadays", "presently")
        add(.reference, Reference.past.rawValue, "recently", "formerly", "lately")
        add(.present, 0, "present"); add(.future, 0, "future")
        add(.boundary, Part.early.rawValue, "beginning", "start")
        add(.boundary, Part.mid.rawValue, "middle")
        add(.boundary, Part.late.rawValue, "end")
        add(.the, 0, "the"); add(.article, 1, "a", "an")
        add(.fuzzy, 0, "several", "few", "many", "some", "couple")
        add(.recent, 0, "recent")
        add(.of, 0, "of"); add(.at, 0, "at")
        add(.preposition, 0, "in", "on", "since", "by", "until", "till", "from", "to", "during", "through",
            "for", "within", "throughout", "between", "and", "or", "as")
        // Words after which a four-digit number is a count, not a year ("than 2000 troops").
        add(.preposition, 1, "over", "than", "around", "about")
        add(.forwardCue, 0, "will", "planned", "plans", "planning", "scheduled", "expected", "expects",
            "due", "shall", "ll", "intends", "intend", "aims", "expect", "would", "upcoming", "slated",
            // The present of a timetable ("the talks begin on Monday"); not a headline's
            // present for the past ("raid kills 6"), whose verbs are not in this list.
            "begin", "begins", "starts", "opens", "resumes", "convenes", "reopens")
        add(.pastCue, 0, "was", "were", "had", "did", "said", "took", "came", "began", "fell", "met", "held",
            "left", "won", "lost", "told", "saw", "made", "gave", "fled", "struck", "sent", "went")
        add(.setCue, 0, "every", "each", "per", "once", "twice", "daily", "weekly", "monthly", "annually")
        add(.zone, 0, "gmt", "utc", "est", "edt", "pst", "cet", "bst", "ist")
        add(.meridiem, 0, "am"); add(.meridiem, 12, "pm")
        add(.hedgeCount, 0, "nearly", "approximately", "roughly", "almost", "least", "estimated", "only")
        add(.ordinalSuffix, 0, "st", "nd", "rd", "th")
        add(.quarterLetter, 0, "q")
        add(.holiday, 0, "christmas", "new", "halloween")
        return w
    }()
}
