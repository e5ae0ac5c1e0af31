/// Reads positions and successions from a sentence's tokens and names.
///
/// Positions: an apposition after a name ("Wazir Tolo, IS-K’s former head facilitator of
/// foreign fighters in Jowzjan"), a copula ("Qari Zarmak was the top commander of …"), or
/// a role phrase before a name ("the ISKP commander in Darzab district, Mawlawi X",
/// "his deputy, Mufti Y"). Successions: "replaced by", "took over from", "succeeded",
/// "X’s predecessor Y", "appointed a new leader …, Y", "his two successors".
public struct RoleReader: Sendable {
    /// Role phrase (folded words) → position class.
    public var positions: [[String]: String] { didSet { positionFirstWords = Set(positions.keys.compactMap(\.first)) } }
    /// The first word of every role phrase: a phrase can only start at one of them.
    private var positionFirstWords: Set<String> = []
    public var families: [String: [(branch: String, country: String)]]
    public var regions: [String: Set<String>]

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
    func position(in r: Range<Int>, _ a: SentenceAnalysis, defaultOrganisation: String?) -> (RoleKey, String)? {
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
        var org: String?
        for m in a.organisations where r.contains(m.tokens.lowerBound) { org = m.value.name; break }
        var province: String?
        var country: String?
        for m in a.places where r.contains(m.tokens.lowerBound) {
            let p = m.value
            if p.kind == .country { country = p.name; continue }
            province = p.kind == .province ? p.name : p.province
            country = p.country
            break
        }
        var region = province
        if region == nil {
            let words = tokens[r].map(\.folded)
            for direction in ["north", "northern", "south", "southern", "east", "eastern", "west", "western", "northwestern", "northeastern"] where words.contains(direction) {
                let adjective = direction.hasSuffix("ern") ? direction : direction + "ern"
                if let c = country ?? (words.contains("afghan") ? "Afghanistan" : nil) { region = "\(adjective) \(c)" }
                break
            }
        }
        org = org ?? defaultOrganisation
        if let o = org, let family = families[o], let c = country ?? province.map({ _ in "Afghanistan" }) ?? (tokens[r].contains { $0.folded == "afghan" } ? "Afghanistan" : nil),
           let branch = family.first(where: { $0.country == c }) {
            org = branch.branch
        }
        let wording = tokens[r].map(\.text).joined(separator: " ")
        return (RoleKey(organisation: org, position: best.position, region: region), wording)
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

    /// Positions and successions in one sentence.
    func read(_ a: SentenceAnalysis, source: String, lastOrganisation: String?, lastPerson: String?)
        -> (roles: [RoleClaim], successions: [SuccessionClaim]) {
        let tokens = a.tokens
        let evidence = Evidence(source: source, range: a.sentence.range, text: a.sentence.text)
        var roles: [RoleClaim] = []
        var successions: [SuccessionClaim] = []
        let people = a.people.filter { !$0.possessive || true }
        func phraseAfter(_ i: Int) -> Range<Int> {
            var j = i
            while j < tokens.count, j - i < 14, !Self.boundaries.contains(tokens[j].folded) || (j == i && tokens[j].folded == "and") { j += 1 }
            return i..<j
        }
        for (k, p) in people.enumerated() where !p.possessive {
            var end = p.tokens.upperBound
            // Apposition: "X, the … leader of …" / "X, IS-K’s former head facilitator …"
            if end < tokens.count, tokens[end].text == "," {
                let r = phraseAfter(end + 1)
                if let (key, wording) = position(in: r, a, defaultOrganisation: lastOrganisation) {
                    roles.append(RoleClaim(person: p.name, key: key, wording: wording, evidence: evidence))
                    continue
                }
            }
            // Copula: "X was the top commander of …"
            if end + 1 < tokens.count, ["was", "is", "became"].contains(tokens[end].folded), ["the", "a", "an"].contains(tokens[end + 1].folded) {
                end += 1
                let r = phraseAfter(end)
                if let (key, wording) = position(in: r, a, defaultOrganisation: lastOrganisation) {
                    roles.append(RoleClaim(person: p.name, key: key, wording: wording, evidence: evidence))
                    continue
                }
            }
            // A role phrase before the name: "the ISKP commander in Darzab district, X" / "his deputy, Y".
            if p.tokens.lowerBound >= 2, tokens[p.tokens.lowerBound - 1].text == "," {
                var s = p.tokens.lowerBound - 2
                while s > 0, s > p.tokens.lowerBound - 12, !Self.boundaries.contains(tokens[s - 1].folded) || tokens[s - 1].folded == "and" && false { s -= 1 }
                let r = s..<(p.tokens.lowerBound - 1)
                if let (key, wording) = position(in: r, a, defaultOrganisation: lastOrganisation) {
                    var key = key
                    // "his deputy, Y": the deputy of the person just named.
                    if key.position == "deputy", k > 0, let chief = roles.last(where: { $0.person == people[k - 1].name }) {
                        key.organisation = chief.key.organisation
                        key.region = key.region ?? chief.key.region
                    }
                    roles.append(RoleClaim(person: p.name, key: key, wording: wording, evidence: evidence))
                    if tokens[r].contains(where: { $0.folded == "new" }) {
                        successions.append(SuccessionClaim(kind: .appointed, predecessors: [], successors: [p.name], key: key, evidence: evidence))
                    }
                }
            }
        }
        successions += readSuccessions(a, evidence: evidence, lastPerson: lastPerson, lastOrganisation: lastOrganisation)
        return (roles, successions)
    }

    func readSuccessions(_ a: SentenceAnalysis, evidence: Evidence, lastPerson: String?, lastOrganisation: String?) -> [SuccessionClaim] {
        let tokens = a.tokens
        var out: [SuccessionClaim] = []
        let words = tokens.map(\.folded)
        func person(after i: Int) -> [String] {
            let found = a.people.filter { $0.tokens.lowerBound > i && $0.tokens.lowerBound <= i + 3 }
            return found.isEmpty ? [] : [found[0].name]
        }
        func subject(before i: Int) -> String? {
            if let p = a.people.last(where: { $0.tokens.upperBound <= i && !$0.possessive }) { return p.name }
            if tokens[..<i].contains(where: { ["he", "she"].contains($0.folded) }) { return lastPerson }
            return nil
        }
        for i in tokens.indices {
            // Every word below starts with f, p, r or s: one byte rules out the rest.
            guard let b = words[i].utf8.first, b == 0x66 || b == 0x70 || b == 0x72 || b == 0x73 else { continue }
            // "replaced by Y" (passive) with the subject before it.
            if words[i] == "replaced", i + 1 < tokens.count, words[i + 1] == "by",
               let old = subject(before: i), let new = person(after: i + 1).first {
                out.append(SuccessionClaim(kind: .replaced, predecessors: [old], successors: [new], key: nil, evidence: evidence))
            }
            // "Y took over from X", "Y succeeded X", "Y replaced X"
            if ["succeeded", "replaced"].contains(words[i]) && !(i + 1 < tokens.count && words[i + 1] == "by") || (words[i] == "from" && i > 1 && words[i - 1] == "over" && words[i - 2] == "took"),
               let new = subject(before: words[i] == "from" ? i - 2 : i), let old = person(after: i).first {
                out.append(SuccessionClaim(kind: .replaced, predecessors: [old], successors: [new], key: nil, evidence: evidence))
            }
            // "Y’s predecessor X", "Y1 and Y2’s predecessor X"
            if words[i] == "predecessor", i > 0 {
                let owners = a.people.filter { $0.possessive && $0.tokens.upperBound <= i && $0.tokens.upperBound >= i - 3 - 6 }
                if let old = a.people.first(where: { $0.tokens.lowerBound > i && $0.tokens.lowerBound <= i + 2 }), !owners.isEmpty {
                    out.append(SuccessionClaim(kind: .replaced, predecessors: [old.name], successors: owners.map(\.name), key: nil, evidence: evidence))
                }
            }
            // "his two successors were killed": the successors' tenure ends in this sentence's event.
            if words[i] == "successors" || words[i] == "successor", i > 0 {
                var count: Int? = words[i] == "successor" ? 1 : nil
                if let q = a.quantities.first(where: { $0.tokens.upperBound == i }) { count = q.value }
                // Whose successors: resolved later from the event the source told of just before.
                out.append(SuccessionClaim(kind: .successorsEnded, predecessors: [], successors: [],
                                           successorCount: count, key: nil, evidence: evidence))
            }
        }
        return out
    }
}
