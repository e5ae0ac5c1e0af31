/// What a word means to the tagger. General knowledge only: calendar names, number words,
/// and the small function words that make or break a temporal expression.
enum LexKind: UInt8, Sendable {
    case month            // value 1...12
    case monthAbbrev      // "Apr", "Sept": only a month when a day or year follows
    case weekday          // value 1...7
    case weekdays         // plural ("Fridays"): a SET
    case numberWord       // value
    case ordinalWord      // value ("first" = 1)
    case unit             // value = TimeUnit.rawValue, singular
    case units            // plural
    case partOfDay        // value = PartOfDay.rawValue
    case season           // value = Season.rawValue
    case relativeDay      // value offset + 10 (yesterday 9, today 10, tomorrow 11)
    case tonight
    case overnight
    case hedgeModifier    // value = Part.rawValue: early, late, mid
    case relativeModifier // "earlier" (-1) / "later" (+1) before "this year"; also anchored after a duration
    case deictic          // value = Deixis.rawValue: last, next, this, past, previous, coming, following
    case ago
    case relation         // after (+1) / before (-1) / prior (-1)
    case reference        // value = Reference.rawValue
    case present          // "present": PRESENT_REF after "at"/"the"
    case future           // "future": FUTURE_REF after "the"/"in"
    case past             // "past" noun after "the"
    case boundary         // value = Part.rawValue: beginning/start (early), end (late), middle (mid)
    case the
    case article          // a, an
    case fuzzy            // several, few, many, some, couple
    case recent
    case preposition      // in, on, of, since, by, until, from, to, during, through, at, for, over, within
    case forwardCue       // will, planned, scheduled, expected, due, upcoming, shall
    case pastCue          // was, said, took: irregular past tenses (regular ones end in "-ed")
    case setCue           // every, each, per, once, twice, daily...
    case zone             // GMT, UTC, local (time)
    case meridiem         // am, pm (the "a.m." form is read letter by letter)
    case quarter
    case half
    case weekend
    case century
    case decadeWord
    case hedgeCount       // about, some, nearly, than, around, approximately: a number, not a year
    case ordinalSuffix    // st, nd, rd, th
    case quarterLetter    // "Q" in "Q1"
    case of
    case at
    case holiday          // "Christmas", "New" (Year's Day), "Halloween": checked word by word
    case fiscal           // "fiscal 1998", "the fiscal first quarter"
}

enum TimeUnit: Int, Sendable {
    case second = 1, minute, hour, day, week, month, quarter, year, decade, century

    /// The TIMEX3 duration designator; time units go after a "T".
    var designator: (letter: String, isTime: Bool) {
        switch self {
        case .second: return ("S", true)
        case .minute: return ("M", true)
        case .hour: return ("H", true)
        case .day: return ("D", false)
        case .week: return ("W", false)
        case .month: return ("M", false)
        case .quarter: return ("Q", false)
        case .year: return ("Y", false)
        case .decade: return ("DE", false)
        case .century: return ("CE", false)
        }
    }

    var anchorUnit: AnchoredOffset.Unit? {
        switch self {
        case .day: return .day
        case .week: return .week
        case .month: return .month
        case .year: return .year
        default: return nil
        }
    }
}

enum PartOfDay: Int, Sendable {
    case morning = 1, afternoon, evening, night, midday
    var code: String {
        switch self {
        case .morning: return "MO"
        case .afternoon: return "AF"
        case .evening: return "EV"
        case .night: return "NI"
        case .midday: return "MI"
        }
    }
}

enum Season: Int, Sendable {
    case spring = 1, summer, fall, winter
    var code: String { ["SP", "SU", "FA", "WI"][rawValue - 1] }
    /// Months the season covers in the northern hemisphere (winter starts in December of the year).
    var months: (first: Int, last: Int) {
        switch self {
        case .spring: return (3, 5)
        case .summer: return (6, 8)
        case .fall: return (9, 11)
        case .winter: return (12, 14)
        }
    }
}

/// Which part of a period a hedge picks out.
enum Part: Int, Sendable { case early = 1, mid, late }

enum Deixis: Int, Sendable { case last = 1, next, this, past, previous, coming, following }

enum Reference: Int, Sendable {
    case present = 1, past, future
    var value: String { ["PRESENT_REF", "PAST_REF", "FUTURE_REF"][rawValue - 1] }
}

struct LexEntry: Sendable {
    let kind: LexKind
    let value: Int
}

/// Word → entry, looked up by a hash of the lowercased ASCII bytes computed while scanning,
/// in a small open-addressing table (no String is built for a word).
struct TimeLexicon: Sendable {
    static let shared = TimeLexicon()

    private let mask: Int
    private var keys: [UInt64]
    private var entries: [LexEntry]

    /// FNV-1a over lowercased bytes, mixed with the length.
    @inline(__always) static func step(_ h: UInt64, _ byte: UInt8) -> UInt64 {
        (h ^ UInt64(byte | 0x20)) &* 0x100_0000_01b3
    }
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    @inline(__always) static func finish(_ h: UInt64, length: Int) -> UInt64 {
        let k = h ^ (UInt64(length) &<< 56)
        return k == 0 ? 1 : k
    }

    static func hash(_ word: String) -> UInt64 {
        var h = seed
        for b in word.utf8 { h = step(h, b) }
        return finish(h, length: word.utf8.count)
    }

    init() {
        let table = TimeLexicon.words
        var size = 1
        while size < table.count * 4 { size <<= 1 }
        mask = size - 1
        keys = [UInt64](repeating: 0, count: size)
        entries = [LexEntry](repeating: LexEntry(kind: .the, value: 0), count: size)
        for (word, entry) in table {
            let k = TimeLexicon.hash(word)
            var slot = Int(truncatingIfNeeded: k) & mask
            while keys[slot] != 0 && keys[slot] != k { slot = (slot + 1) & mask }
            keys[slot] = k
            entries[slot] = entry
        }
    }

    @inline(__always) func lookup(_ key: UInt64) -> LexEntry? {
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let k = keys[slot]
            if k == key { return entries[slot] }
            if k == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    func lookup(word: String) -> LexEntry? { lookup(TimeLexicon.hash(word)) }
}
