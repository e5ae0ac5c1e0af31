/// How an event mention got its date, from most to least direct.
public enum DateBasis: String, Sendable, Hashable {
    /// A temporal expression in the mention's own words.
    case own
    /// An offset from another event ("six days after …", "Four days earlier").
    case anchored
    /// The date governing its paragraph.
    case paragraph
    /// Only the report's publication date, at lower precision.
    case report
    case none

    /// The basis of a date another sentence's mention takes over: its own words, or an offset
    /// of them, are not this sentence's, so the date governs it as a paragraph's would.
    var borrowed: DateBasis { self == .own || self == .anchored ? .paragraph : self }
}

/// One source's report of one happening: what a single sentence (or part of one) says.
public struct EventMention: Hashable, Sendable {
    public var kind: EventKind
    public var source: String
    public var sentence: Sentence
    /// Token range of the trigger within the sentence.
    public var trigger: Range<Int>
    public var triggerText: String
    public var date: DateSpan?
    public var dateBasis: DateBasis
    /// The temporal expression as written, when one dated the mention.
    public var when: String?
    public var place: EventPlace
    /// True when the place was taken from the source's context, not the sentence.
    public var placeInherited: Bool
    public var actors: [String]
    public var targets: [String]
    public var people: [PersonInEvent]
    public var counts: Counts
    /// Who the source says made the claim ("the defense ministry").
    public var attribution: String?
    /// The mention stands inside a quotation.
    public var quoted: Bool
    /// Its kind comes from a word that does not name a method ("operation").
    public var genericKind: Bool = false
    /// A bare count by another speaker that the extractor gave the event counted just
    /// before ("Their spokesman said 15 police were killed"): its number may differ from
    /// that event's within one source, as a disagreement rather than a second happening.
    public var claim: Bool = false
    /// For tallies: the period counted.
    public var isTally: Bool { kind == .tally }

    public var evidence: Evidence {
        Evidence(source: source, range: sentence.range, text: sentence.text, when: when, attribution: attribution)
    }
}
