/// Reads positions and successions from a sentence's tokens and names.
///
/// Positions: an apposition after a name ("Wazir Tolo, IS-K’s former head facilitator of
/// foreign fighters in Jowzjan"), a copula ("Qari Zarmak was the top commander of …"), or
/// a role phrase before a name ("the ISKP commander in Darzab district, Mawlawi X",
/// "his deputy, Mufti Y"). Successions: "appointed a new leader …, Y" here, the rest in
/// `SuccessionReader`.
public struct RoleReader: Sendable {
    /// Role phrase (folded words) → position class.
    public var positions: [[String]: String] { didSet { positionFirstWords = Set(positions.keys.compactMap(\.first)) } }
    /// The first word of every role phrase: a phrase can only start at one of them.
    private var positionFirstWords: Set<String> = []
    public var families: [String: [(branch: String, country: String)]]
    public var regions: [String: Set<String>]
    var successionReader: SuccessionReader = .standard()

    public init(positionRows: [String], familyRows: [String], regionRows: [String]) {
        var p: [[String]: String] = [:]
        for row in positionRows {
            let cols = row.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
            if cols.count >= 2 { p[cols[0].lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)] = cols[1] }
        }
        positions = p
        positionFirstWords = Set(p.keys.compactMap(\.first))
        var f: [String: [(String, String)]] = [:]
        for row in familyRows {
            let cols = row.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
            if cols.count >= 3 { f[cols[0], default: []].append((cols[1], cols[2])) }
        }
        families = f
        var r: [String: Set<String>] = [:]
        for row in regionRows {
            let cols = row.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
            if cols.count >= 3 { r[cols[0]] = Set(cols[2].split(separator: "|").map(String.init)) }
        }
        regions = r
    }

    public static func standard() -> RoleReader {
        RoleReader(positionRows: DataFile.entries("role-classes.tsv"), familyRows: DataFile.entries("org-families.tsv"),
                   regionRows: DataFile.entries("regions.tsv"))
    }

    static let boundaries: Set<String> = [",", ".", ";", ":", "“", "”", "\"", "(", ")", "—", "and", "but", "who", "which",
                                          "said", "was", "were", "has", "had", "on", "after", "when", "while", "including"]

    /// The position named in tokens `r`: the longest role phrase, its organisation and region.
    func position(in r: Range<Int>, _ a: SentenceAnalysis, defaultOrganisation: NamedSoFar) -> (RoleKey, String)? {
        let tokens = a.tokens
        guard !r.isEmpty else { return nil }
        var best: (start: Int, len: Int, position: String)?
        for i in r {
            // No phrase starts with this token's first part: no length can match here.
            if let first = Self.firstPiece(tokens[i].folded), !positionFirstWords.contains(first) { continue }
            for len in stride(from: min(4, r.upperBound - i), through: 1, by: -1) {
                let words = tokens[i..<i + len].flatMap { $0.folded.split(separator: "-").map(String.init) }
                if let p = positions[words] {
                    if best == nil || len > best!.len { best = (i, len, p) }
                    break
                }
            }
        }
        guard let best else { return nil }
        // "platoon commander": a qualifier before the role word makes another position.
        if best.start > r.lowerBound, ["platoon", "unit", "battalion", "company", "brigade", "local", "field", "group", "district", "police", "senior", "mid-level", "former"].contains(tokens[best.start - 1].folded),
           tokens[best.start - 1].folded != "former" {
            return nil
        }
        // "a spokesman for the governor", "an aide to the emir": who speaks or works for
        // the holder is not the holder.
        if tokens[max(r.lowerBound, best.start - 4)..<best.start].contains(where: { Self.servants.contains($0.folded) }) { return nil }
        let after = best.start + best.len
        // "the Taliban's chief spokesman": the role word qualifies another office.
        if after < r.upperBound, Self.servants.contains(tokens[after].folded) { return nil }
        // "head of finance", "chief of operations": a department's head, not the group's;
        // a position of its own, so that its holders make their own chain.
        if after + 1 < r.upperBound, tokens[after].folded == "of" {
            let department = [after + 1, after + 2].first { $0 < r.upperBound && Self.departments.contains(tokens[$0].folded) }
            if let d = department { return key(position: "head of " + tokens[d].folded, in: r, a, defaultOrganisation: defaultOrganisation) }
        }
        return key(position: best.position, in: r, a, defaultOrganisation: defaultOrganisation)
    }

    static let itsWords: Set<String> = ["its", "group's", "group’s"]

    /// People who speak or work for a holder.
    static let servants: Set<String> = ["spokesman", "spokesperson", "spokeswoman", "aide", "adviser", "advisor",
                                        "secretary", "envoy", "representative", "bodyguard", "driver", "assistant"]

    /// What a department's head heads: not the organisation itself.
    static let departments: Set<String> = ["finance", "finances", "media", "intelligence", "security", "logistics", "recruitment",
                                           "propaganda", "training", "explosives", "communications", "information", "military", "suicide", "religious", "judiciary", "health", "education",
                                           "operations"]

    /// A position's organisation and region, from the words `r` it is named in.
    func key(position: String, in r: Range<Int>, _ a: SentenceAnalysis, defaultOrganisation: NamedSoFar) -> (RoleKey, String) {
        let tokens = a.tokens
        var org: String?
        // "The Islamic Emirate's forces detained the Kunar leader of Daesh, X": the group
        // "of" names is the office's; else the first one the phrase names.
        let inPhrase = a.organisations.filter { r.contains($0.tokens.lowerBound) }
        org = (inPhrase.first { $0.tokens.lowerBound > r.lowerBound && tokens[$0.tokens.lowerBound - 1].folded == "of" } ?? inPhrase.first)?.value.name
        var province: String?
        var country: String?
        for m in a.places where r.contains(m.tokens.lowerBound) {
            let p = m.value
            if p.kind == .country { country = p.name; continue }
            province = p.kind == .province ? p.name : p.province
            // Pakistan's tribal districts (Orakzai, Bajaur, North Waziristan) are where its
            // militant groups set their commands: an emir of Orakzai is not one of the province.
            if p.kind == .region, p.country == "Pakistan" { province = p.name }
            country = p.country
            break
        }
        var region = province ?? defaultOrganisation.region(meantBy: tokens[r])
        if region == nil {
            let words = tokens[r].map(\.folded)
            for direction in ["north", "northern", "south", "southern", "east", "eastern", "west", "western", "northwestern", "northeastern"] where words.contains(direction) {
                let adjective = direction.hasSuffix("ern") ? direction : direction + "ern"
                if let c = country ?? (words.contains("afghan") ? "Afghanistan" : nil) { region = "\(adjective) \(c)" }
                break
            }
        }
        // "ISIS-K has named X as its acting leader after its chief, Y, …": "its" is the
        // group the sentence named before the phrase, not one of the sentences before.
        if org == nil, tokens[r].contains(where: { Self.itsWords.contains($0.folded) }),
           let m = a.organisations.last(where: { $0.tokens.upperBound <= r.lowerBound && $0.value.kind == .militant }) {
            org = m.value.name
        }
        org = org ?? defaultOrganisation.organisation(meantBy: tokens[r])
        if let o = org, let family = families[o], let c = country ?? province.map({ _ in "Afghanistan" }) ?? (tokens[r].contains { $0.folded == "afghan" } ? "Afghanistan" : nil),
           let branch = family.first(where: { $0.country == c }) {
            org = branch.branch
        }
        let wording = tokens[r].map(\.text).joined(separator: " ")
        return (RoleKey(organisation: org, position: position, region: region), wording)
    }

    /// `word.split(separator: "-").first`, on bytes for ASCII words (no array of pieces).
    static func firstPiece(_ word: String) -> String? {
        let utf8 = word.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return word.split(separator: "-").first.map(String.init) }
        guard let start = utf8.firstIndex(where: { $0 != 0x2D }) else { return nil }
        let end = utf8[start...].firstIndex(of: 0x2D) ?? utf8.endIndex
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }

    /// Whether two regions can be the same (a province lies in a region, or one is unknown).
    public func regionsAgree(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return true }
        if a == b { return true }
        if let members = regions[a], members.contains(b) { return true }
        if let members = regions[b], members.contains(a) { return true }
        return false
    }

    static let leadingVerbs: Set<String> = ["led", "leads", "headed", "heads", "commanded", "commands", "founded"]
    /// Words that name a group without its name ("the group", "the faction").
    static let groupNouns: Set<String> = ["group", "faction", "branch", "network", "movement", "organisation", "organization",
                                          "militia", "insurgency", "franchise", "affiliate", "outfit", "province", "wilayat"]
    /// Things one leads that are not a group: "led the attack", "headed the delegation".
    static let ledEvents: Set<String> = ["attack", "attacks", "raid", "raids", "assault", "offensive", "operation", "campaign", "delegation",
                                         "protest", "protests", "investigation", "talks", "team", "unit", "cell", "wing", "squad", "convoy"]

    /// The object of "led"/"headed" after a name (", who" and "had" passed over).
    func ledObject(after end: Int, _ tokens: [Token]) -> Range<Int>? {
        var j = end
        if j + 1 < tokens.count, tokens[j].text == ",", tokens[j + 1].folded == "who" { j += 2 }
        if j < tokens.count, ["had", "has", "once", "previously", "formerly"].contains(tokens[j].folded) { j += 1 }
        guard j < tokens.count, Self.leadingVerbs.contains(tokens[j].folded) else { return nil }
        let r = phraseAfter(j + 1, tokens)
        return r.isEmpty ? nil : r
    }

    /// The words name a group: an organisation, or "the group" / "its branch", and no event led.
    func groupNamed(in r: Range<Int>, _ a: SentenceAnalysis) -> Bool {
        // "the group's operations": the possessive is the group.
        let words = a.tokens[r].map { $0.folded.hasSuffix("'s") ? String($0.folded.dropLast(2)) : $0.folded }
        if words.contains(where: Self.ledEvents.contains) { return false }
        return a.organisations.contains { r.contains($0.tokens.lowerBound) } || words.contains(where: Self.groupNouns.contains)
    }

    static let appointingVerbs: Set<String> = ["appointed", "named", "made", "installed", "chosen", "picked", "elected", "promoted"]

    /// The role words after a name's copula ("was the …", "became …", "has been appointed
    /// as the new …"): from the determiner, or from the role word when there is none.
    func copulaRole(after end: Int, _ tokens: [Token]) -> Range<Int>? {
        func word(_ j: Int) -> String? { j < tokens.count ? tokens[j].folded : nil }
        var j = end
        // "X previously served as the group's governor of Kunar", "X, who served as …".
        if word(j) == ",", word(j + 1) == "who" { j += 2 }
        if let w = word(j), ["previously", "formerly", "once", "later", "also"].contains(w) { j += 1 }
        if let w = word(j), ["served", "serves", "serving"].contains(w), word(j + 1) == "as" {
            return j + 2 < tokens.count ? phraseAfter(j + 2, tokens) : nil
        }
        j = end
        guard let verb = word(j), ["was", "is", "became", "becomes", "has", "had", "were"].contains(verb) else { return nil }
        j += 1
        if verb == "has" || verb == "had" {
            guard word(j) == "been" else { return nil }
            j += 1
        }
        var appointed = false
        if let w = word(j), Self.appointingVerbs.contains(w) { appointed = true; j += 1 }
        if appointed, word(j) == "as" { j += 1 }
        let determiner = word(j).map { ["the", "a", "an"].contains($0) } ?? false
        // "X was governor" is too loose; a determiner, an appointment or "became" makes it a role.
        guard determiner || appointed || verb == "became" || verb == "becomes", j < tokens.count else { return nil }
        return phraseAfter(j, tokens)
    }

    func phraseAfter(_ i: Int, _ tokens: [Token]) -> Range<Int> {
        var j = i
        while j < tokens.count, j - i < 14, !Self.boundaries.contains(tokens[j].folded) || (j == i && tokens[j].folded == "and") { j += 1 }
        return i..<j
    }

    /// Positions and successions in one sentence.
    func read(_ a: SentenceAnalysis, source: String, named: NamedSoFar, lastPerson: String?)
        -> (roles: [RoleClaim], successions: [SuccessionClaim]) {
        let tokens = a.tokens
        let evidence = Evidence(source: source, range: a.sentence.range, text: a.sentence.text)
        var roles: [RoleClaim] = []
        var successions: [SuccessionClaim] = []
        let people = a.people
        func phraseAfter(_ i: Int) -> Range<Int> { self.phraseAfter(i, tokens) }
        // A role held; "the new governor", "as its new emir" also make its holder the next one.
        func hold(_ person: String, _ key: RoleKey, _ wording: String, words r: Range<Int>) {
            roles.append(RoleClaim(person: person, key: key, wording: wording, evidence: evidence))
            if tokens[r].contains(where: { $0.folded == "new" }) {
                successions.append(SuccessionClaim(kind: .appointed, predecessors: [], successors: [person], key: key, evidence: evidence))
            }
        }
        for (k, p) in people.enumerated() where !p.possessive {
            let end = p.tokens.upperBound
            // Apposition: "X, the … leader of …" / "X, IS-K’s former head facilitator …"
            if end < tokens.count, tokens[end].text == "," {
                let r = phraseAfter(end + 1)
                if let (key, wording) = position(in: r, a, defaultOrganisation: named) {
                    hold(p.name, key, wording, words: r)
                    // "X, the former governor of Nangarhar, has been appointed governor of
                    // Balkh": the office held before, then the one taken now.
                    if tokens[r].contains(where: { $0.folded == "former" }), r.upperBound < tokens.count, tokens[r.upperBound].text == ",",
                       let now = copulaRole(after: r.upperBound + 1, tokens), let (key, wording) = position(in: now, a, defaultOrganisation: named) {
                        hold(p.name, key, wording, words: now)
                    }
                    continue
                }
            }
            // "X led the group", "X, who headed the faction's operations in Y, …"
            if let r = ledObject(after: end, tokens), groupNamed(in: r, a) {
                let (key, wording) = key(position: "leader", in: r, a, defaultOrganisation: named)
                roles.append(RoleClaim(person: p.name, key: key, wording: wording, evidence: evidence))
                continue
            }
            // Copula: "X was the top commander of …", "X was appointed governor of …",
            // "X has been named as the new leader …".
            if let r = copulaRole(after: end, tokens), let (key, wording) = position(in: r, a, defaultOrganisation: named) {
                hold(p.name, key, wording, words: r)
                continue
            }
            // A title with its organisation right before the name, no comma: "ISIS governor
            // of Kirkuk Abu Omar X", "IS-K commander Qari Y". The organisation marks a title;
            // without it "killed commander Z" is too loose.
            if p.tokens.lowerBound >= 2, tokens[p.tokens.lowerBound - 1].text != ",",
               let org = a.organisations.last(where: { $0.tokens.upperBound < p.tokens.lowerBound && p.tokens.lowerBound - $0.tokens.upperBound <= 4 }) {
                let r = org.tokens.lowerBound..<p.tokens.lowerBound
                let title = org.tokens.upperBound..<p.tokens.lowerBound
                if !tokens[title].contains(where: { Self.boundaries.contains($0.folded) || $0.text == "," }),
                   let (key, wording) = position(in: r, a, defaultOrganisation: named) {
                    hold(p.name, key, wording, words: r)
                    continue
                }
            }
            // A role phrase before the name: "the ISKP commander in Darzab district, X" / "his deputy, Y";
            // not a clause before a speaker ("Y was named governor of Z, X said").
            let speaks = end < tokens.count && Attribution.speechVerbs.contains(tokens[end])
            if !speaks, p.tokens.lowerBound >= 2, tokens[p.tokens.lowerBound - 1].text == "," {
                var s = p.tokens.lowerBound - 2
                while s > 0, s > p.tokens.lowerBound - 12, !Self.boundaries.contains(tokens[s - 1].folded) || tokens[s - 1].folded == "and" && false { s -= 1 }
                let r = s..<(p.tokens.lowerBound - 1)
                // "the commander, X," alone refers back to one described before, of whatever
                // group: the last group named is too loose a guess for its organisation.
                let bare = r.count == 2 && tokens[r.lowerBound].folded == "the"
                if !bare, let (key, wording) = position(in: r, a, defaultOrganisation: named) {
                    var key = key
                    // "his deputy, Y": the deputy of the person just named.
                    if key.position == "deputy", k > 0, let chief = roles.last(where: { $0.person == people[k - 1].name }) {
                        key.organisation = chief.key.organisation
                        key.region = key.region ?? chief.key.region
                    }
                    hold(p.name, key, wording, words: r)
                }
            }
        }
        // "He was appointed emir of IS-K in Kunar": a pronoun opening the sentence stands for
        // the person named last.
        if let lastPerson, tokens.count > 2, ["he", "she"].contains(tokens[0].folded), !people.contains(where: { $0.tokens.lowerBound < 2 }),
           let r = copulaRole(after: 1, tokens), let (key, wording) = position(in: r, a, defaultOrganisation: named) {
            hold(lastPerson, key, wording, words: r)
        }
        let found = successionReader.read(a, evidence: evidence, lastPerson: lastPerson, phrase: phraseAfter) {
            position(in: $0, a, defaultOrganisation: named)?.0
        }
        // A succession that names no position takes the one its successor is given in the
        // same sentence ("has been appointed governor of Balkh, replacing X"), not one held before.
        for var claim in found.successions {
            if claim.key == nil {
                // "succeeded by his deputy, Y": the deputy's post is the one Y leaves, not the one taken.
                let given = Set(roles.filter { r in claim.successors.contains(r.person) && !r.wording.lowercased().contains("former")
                    && r.key.position != "deputy" }.map(\.key))
                if given.count == 1 { claim.key = given.first }
            }
            successions.append(claim)
        }
        for (person, r) in found.roles {
            guard let (key, wording) = position(in: r, a, defaultOrganisation: named),
                  !roles.contains(where: { $0.person == person && $0.key == key }) else { continue }
            roles.append(RoleClaim(person: person, key: key, wording: wording, evidence: evidence))
        }
        return (roles, successions)
    }
}
