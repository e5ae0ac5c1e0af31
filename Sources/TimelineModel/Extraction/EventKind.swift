/// What sort of happening an event is (DESIGN.md's kinds).
public enum EventKind: String, CaseIterable, Codable, Sendable, Comparable {
    /// Airstrikes, drone strikes, bombs dropped by aircraft.
    case airstrike
    /// Ground or night operations by forces.
    case raid
    case clash
    /// Arrest, detention, capture.
    case capture
    case surrender
    /// Suicide or IED bombings.
    case bombing
    /// An attack by the militants.
    case attack
    /// A killing whose method is not stated.
    case killing
    /// A launched or announced campaign.
    case offensive
    case appointment
    /// A count over a period ("90 killed since January").
    case tally
    /// Milestones and background.
    case other

    /// How much a kind says about what happened: a report that names the method wins
    /// over one that only says someone was killed.
    public var specificity: Int {
        switch self {
        case .airstrike, .bombing: 6
        case .raid, .surrender, .capture: 5
        case .clash, .attack: 4
        case .offensive, .appointment: 3
        case .killing: 2
        case .tally: 1
        case .other: 0
        }
    }

    /// Kinds that can describe one happening, so reports of it can merge.
    public func canDescribeSameHappening(as other: EventKind) -> Bool {
        if self == other { return true }
        guard isViolent, other.isViolent else { return false }
        // Only a bare killing is vague enough to match any method; two named methods differ,
        // except raids and clashes, attacks and clashes, attacks and bombings, which reports
        // use for one fight.
        if self == .killing || other == .killing { return true }
        switch (self, other) {
        case (.raid, .clash), (.clash, .raid), (.attack, .clash), (.clash, .attack), (.attack, .bombing), (.bombing, .attack):
            return true
        default:
            return false
        }
    }

    /// Kinds where force was used.
    public var isViolent: Bool {
        switch self {
        case .airstrike, .raid, .clash, .bombing, .attack, .killing: true
        default: false
        }
    }

    public static func < (a: EventKind, b: EventKind) -> Bool { a.rawValue < b.rawValue }
}

/// What happened to a person in an event.
public enum Fate: String, Codable, Sendable, CaseIterable {
    case killed, wounded, captured, surrendered, appointed, replaced, targeted, involved

    /// Fates that can happen to a person only once, so two reports of them are one event.
    public var isFinal: Bool { self == .killed }
}
