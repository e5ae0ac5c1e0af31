/// The sentence of a source that backs a claim.
public struct Evidence: Hashable, Sendable {
    public var source: String
    /// Unicode-scalar range of the sentence in the source text.
    public var range: TextRange
    public var text: String
    /// The temporal expression that dated the claim, as written ("on Friday"), if any.
    public var when: String?
    /// Who the source says made the claim ("the defense ministry"), if stated.
    public var attribution: String?

    public init(source: String, range: TextRange, text: String, when: String? = nil, attribution: String? = nil) {
        self.source = source
        self.range = range
        self.text = text
        self.when = when
        self.attribution = attribution
    }
}

/// A number reported for an event, with its hedge.
public struct Count: Hashable, Sendable {
    public var value: Int
    public var upper: Int?
    public var hedge: Hedge

    public init(_ value: Int, upper: Int? = nil, hedge: Hedge = .exact) {
        self.value = value
        self.upper = upper
        self.hedge = hedge
    }

    /// "more than 150", "5,000–7,000", "22"
    public var label: String {
        let n = upper.map { "\(value)–\($0)" } ?? "\(value)"
        switch hedge {
        case .exact: return n
        case .vague: return "\(n)+ (vague)"
        default: return "\(hedge.rawValue) \(n)"
        }
    }
}

/// The casualty and prisoner counts of an event.
public struct Counts: Hashable, Sendable {
    public var killed: Count?
    public var wounded: Count?
    public var captured: Count?
    public var surrendered: Count?

    public init(killed: Count? = nil, wounded: Count? = nil, captured: Count? = nil, surrendered: Count? = nil) {
        self.killed = killed
        self.wounded = wounded
        self.captured = captured
        self.surrendered = surrendered
    }

    /// The count fields in the contract's order.
    public enum Field: String, CaseIterable, Sendable {
        case killed, wounded, captured, surrendered
    }

    public subscript(field: Field) -> Count? {
        get {
            switch field {
            case .killed: killed
            case .wounded: wounded
            case .captured: captured
            case .surrendered: surrendered
            }
        }
        set {
            switch field {
            case .killed: killed = newValue
            case .wounded: wounded = newValue
            case .captured: captured = newValue
            case .surrendered: surrendered = newValue
            }
        }
    }

    public var isEmpty: Bool { Field.allCases.allSatisfy { self[$0] == nil } }
}

/// A person named in an event and what happened to them.
public struct PersonInEvent: Hashable, Sendable {
    public var name: String
    public var fate: Fate
    /// The role the text gives them there ("IS-K leader"), if any.
    public var role: String?

    public init(name: String, fate: Fate, role: String? = nil) {
        self.name = name
        self.fate = fate
        self.role = role
    }
}
