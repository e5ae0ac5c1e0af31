/// Writes and reads a `SourceReading` (what one source says) as bytes for the cache.
/// Bump `format` whenever a field is added or its meaning changes: entries of another
/// format are never read.
enum ReadingCodec {
    /// 2: a mention's `claim`. 3: alias pairs.
    static let format = 3

    static func encode(_ r: SourceReading) -> [UInt8] {
        var w = ByteWriter()
        w.int(format)
        w.array(r.mentions) { $0.mention($1) }
        w.array(r.roles) { $0.role($1) }
        w.array(r.successions) { $0.succession($1) }
        w.array(r.names) { $0.string($1) }
        w.array(r.aliasPairs) { w, pair in
            w.string(pair.name)
            w.string(pair.alias)
        }
        return w.bytes
    }

    static func decode(_ bytes: [UInt8]) throws -> SourceReading {
        var r = ByteReader(bytes)
        guard try r.int() == format else { throw ByteReader.Damaged() }
        var out = SourceReading()
        out.mentions = try r.array { try $0.mention() }
        out.roles = try r.array { try $0.role() }
        out.successions = try r.array { try $0.succession() }
        out.names = try r.array { try $0.string() }
        out.aliasPairs = try r.array { r in AliasPair(name: try r.string(), alias: try r.string()) }
        guard r.isAtEnd else { throw ByteReader.Damaged() }
        return out
    }
}

extension ByteWriter {
    mutating func range(_ r: TextRange) {
        int(r.start)
        int(r.end)
    }

    mutating func span(_ d: DateSpan) {
        int(d.start.ordinal)
        int(d.end.ordinal)
        string(d.precision.rawValue)
        bool(d.approximate)
    }

    mutating func place(_ p: EventPlace) {
        optional(p.country) { $0.string($1) }
        optional(p.province) { $0.string($1) }
        optional(p.district) { $0.string($1) }
        optional(p.locality) { $0.string($1) }
    }

    mutating func hedgedCount(_ c: Count) {
        int(c.value)
        optional(c.upper) { $0.int($1) }
        string(c.hedge.rawValue)
    }

    /// A person an event or mention names, and what befell them.
    mutating func person(_ p: PersonInEvent) {
        string(p.name)
        string(p.fate.rawValue)
        optional(p.role) { $0.string($1) }
    }

    mutating func counts(_ c: Counts) {
        for f in Counts.Field.allCases { optional(c[f]) { $0.hedgedCount($1) } }
    }

    mutating func evidence(_ e: Evidence) {
        string(e.source)
        range(e.range)
        string(e.text)
        optional(e.when) { $0.string($1) }
        optional(e.attribution) { $0.string($1) }
    }

    mutating func roleKey(_ k: RoleKey) {
        optional(k.organisation) { $0.string($1) }
        string(k.position)
        optional(k.region) { $0.string($1) }
    }

    mutating func mention(_ m: EventMention) {
        string(m.kind.rawValue)
        string(m.source)
        range(m.sentence.range)
        int(m.sentence.paragraph)
        int(m.sentence.index)
        string(m.sentence.text)
        int(m.trigger.lowerBound)
        int(m.trigger.upperBound)
        string(m.triggerText)
        optional(m.date) { $0.span($1) }
        string(m.dateBasis.rawValue)
        optional(m.when) { $0.string($1) }
        place(m.place)
        bool(m.placeInherited)
        array(m.actors) { $0.string($1) }
        array(m.targets) { $0.string($1) }
        array(m.people) { $0.person($1) }
        counts(m.counts)
        optional(m.attribution) { $0.string($1) }
        bool(m.quoted)
        bool(m.genericKind)
        bool(m.claim)
    }

    mutating func role(_ c: RoleClaim) {
        string(c.person)
        roleKey(c.key)
        string(c.wording)
        evidence(c.evidence)
    }

    mutating func succession(_ s: SuccessionClaim) {
        string(s.kind.rawValue)
        array(s.predecessors) { $0.string($1) }
        array(s.successors) { $0.string($1) }
        optional(s.successorCount) { $0.int($1) }
        optional(s.key) { $0.roleKey($1) }
        evidence(s.evidence)
    }
}

extension ByteReader {
    mutating func range() throws -> TextRange {
        let start = try int(), end = try int()
        guard start <= end else { throw Damaged() }
        return TextRange(start: start, end: end)
    }

    mutating func span() throws -> DateSpan {
        let start = try int(), end = try int()
        let precision = try enumeration(DatePrecision.self)
        let approximate = try bool()
        // Far outside any report's calendar: damage.
        guard abs(start) < 10_000_000, abs(end) < 10_000_000 else { throw Damaged() }
        return DateSpan(start: CalendarDay(ordinal: start), end: CalendarDay(ordinal: end), precision: precision, approximate: approximate)
    }

    mutating func place() throws -> EventPlace {
        EventPlace(country: try optional { try $0.string() }, province: try optional { try $0.string() },
                   district: try optional { try $0.string() }, locality: try optional { try $0.string() })
    }

    mutating func hedgedCount() throws -> Count {
        let value = try int()
        let upper = try optional { try $0.int() }
        return Count(value, upper: upper, hedge: try enumeration(Hedge.self))
    }

    mutating func person() throws -> PersonInEvent {
        PersonInEvent(name: try string(), fate: try enumeration(Fate.self), role: try optional { try $0.string() })
    }

    mutating func counts() throws -> Counts {
        var counts = Counts()
        for f in Counts.Field.allCases { counts[f] = try optional { try $0.hedgedCount() } }
        return counts
    }

    mutating func evidence() throws -> Evidence {
        Evidence(source: try string(), range: try range(), text: try string(),
                 when: try optional { try $0.string() }, attribution: try optional { try $0.string() })
    }

    mutating func roleKey() throws -> RoleKey {
        RoleKey(organisation: try optional { try $0.string() }, position: try string(), region: try optional { try $0.string() })
    }

    mutating func mention() throws -> EventMention {
        let kind = try enumeration(EventKind.self)
        let source = try string()
        let sentence = Sentence(range: try range(), paragraph: try int(), index: try int(), text: try string())
        let lower = try int(), upper = try int()
        guard lower <= upper else { throw Damaged() }
        let triggerText = try string()
        let date = try optional { try $0.span() }
        let basis = try enumeration(DateBasis.self)
        let when = try optional { try $0.string() }
        let place = try place()
        let inherited = try bool()
        let actors = try array { try $0.string() }
        let targets = try array { try $0.string() }
        let people = try array { try $0.person() }
        let counts = try self.counts()
        let attribution = try optional { try $0.string() }
        let quoted = try bool()
        let generic = try bool()
        let claim = try bool()
        return EventMention(kind: kind, source: source, sentence: sentence, trigger: lower..<upper, triggerText: triggerText,
                            date: date, dateBasis: basis, when: when, place: place, placeInherited: inherited,
                            actors: actors, targets: targets, people: people, counts: counts, attribution: attribution,
                            quoted: quoted, genericKind: generic, claim: claim)
    }

    mutating func role() throws -> RoleClaim {
        RoleClaim(person: try string(), key: try roleKey(), wording: try string(), evidence: try evidence())
    }

    mutating func succession() throws -> SuccessionClaim {
        SuccessionClaim(kind: try enumeration(SuccessionClaim.Kind.self), predecessors: try array { try $0.string() },
                        successors: try array { try $0.string() }, successorCount: try optional { try $0.int() },
                        key: try optional { try $0.roleKey() }, evidence: try evidence())
    }
}
