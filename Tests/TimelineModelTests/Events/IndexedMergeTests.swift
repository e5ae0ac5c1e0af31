import Testing
@testable import TimelineModel

/// The reconciler and the person directory find their candidates through indexes; these
/// tests hold them to the plain rule they stand for (every cluster, every person compared)
/// on many invented reports that share names, places, counts and days.
@Suite struct IndexedMergeTests {
    /// A small deterministic generator (SplitMix64), so a failure can be replayed.
    struct Dice {
        var state: UInt64
        mutating func below(_ n: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(n))
        }
        mutating func pick<T>(_ xs: [T]) -> T { xs[below(xs.count)] }
    }

    static let given = ["Zarmak", "Tolan", "Besmir", "Qadir", "Wazhmal", "Nurak"]
    static let family = ["Khadim", "Wazir", "Sorkhi", "Palwan", "Dehqan"]
    static let titles = ["", "Qari ", "Mawlawi ", "commander "]
    static let places = ["Kunar province", "Nangarhar province", "Achin district of Nangarhar", "Asadabad", "Helmand", ""]
    static let months = ["January", "February", "March"]

    /// Reports of a few invented happenings, told with different precision and details.
    static func articles(_ count: Int, seed: UInt64) -> [Source] {
        var dice = Dice(state: seed)
        return (0..<count).map { n in
            var sentences: [String] = []
            for _ in 0..<(2 + dice.below(4)) {
                let name = dice.pick(titles) + dice.pick(given) + (dice.below(3) == 0 ? "" : " " + dice.pick(family))
                let place = dice.pick(places)
                let at = place.isEmpty ? "" : " in \(place)"
                let day = 1 + dice.below(6)
                let when = [" on \(dice.pick(months)) \(day)", " in \(dice.pick(months))", " last month", " on Tuesday", ""][dice.below(5)]
                let killed = [2, 3, 5, 12][dice.below(4)]
                sentences.append([
                    "An airstrike\(at) killed \(killed) militants\(when), officials said.",
                    "Security forces captured \(name)\(at)\(when).",
                    "\(name) was killed in a drone strike\(at)\(when).",
                    "\(name) surrendered to the authorities\(at)\(when) with \(killed) of his fighters.",
                    "Fighting broke out\(at)\(when), and at least \(killed) people were killed.",
                    "A raid\(at)\(when) killed \(name) and \(killed) others.",
                ][dice.below(6)])
            }
            let published = CalendarDay(year: 2019, month: 3 + dice.below(2), day: 1 + dice.below(28))!
            return Source(id: "r\(n)", file: "r\(n).txt", outlet: "Outlet \(n % 4)",
                          published: PublicationDate(span: .day(published), origin: .manifest),
                          text: "Report \(n)\n\n" + sentences.joined(separator: " "))
        }
    }

    @Test func indexedCandidatesMergeAsComparingEveryCluster() {
        for seed in [1, 2, 3] as [UInt64] {
            let mentions = Self.articles(120, seed: seed).flatMap { sharedExtractor.mentions(in: $0) }
            var reference = Reconciler.standard()
            reference.exhaustive = true
            let indexed = Reconciler.standard().events(from: mentions)
            let every = reference.events(from: mentions)
            // Reports of one happening do merge here, or the comparison would prove little.
            #expect(indexed.contains { Set($0.evidence.map(\.source)).count > 1 })
            #expect(indexed.count < mentions.count)
            #expect(indexed.map(\.id) == every.map(\.id), "seed \(seed)")
            let differing = zip(indexed, every).first { "\($0)" != "\($1)" }
            #expect(differing == nil, "seed \(seed): \(differing.map { "\($0.0.id) differs" } ?? "")")
        }
    }

    /// The directory before its index: every person compared, in order; and its joins,
    /// each explained by the person's first spelling that matches the new one. A name of
    /// one distinctive word joins a fuller one only through an unambiguous word (`OneWordRule`).
    static func directoryByComparingEveryone(_ names: [String], key: (String) -> NameKey) -> (people: [[String]], joins: [[String]]) {
        var order: [String] = []
        for n in names where !order.contains(n) { order.append(n) }
        var people: [[String]] = []
        var keys: [[NameKey]] = []
        var joins: [[String]] = []
        let rule = PersonDirectory.OneWordRule(fullerNames: order.filter(PersonDirectory.hasSpaceOrHyphen).map(key))
        for n in order where PersonDirectory.hasSpaceOrHyphen(n) {
            let k = key(n)
            if let p = keys.indices.first(where: { keys[$0].contains { rule.allows($0, k) } }) {
                joins.append([zip(people[p], keys[p]).first { rule.allows($0.1, k) }!.0, n])
                people[p].append(n)
                keys[p].append(k)
            } else {
                people.append([n])
                keys.append([k])
            }
        }
        for n in order where !PersonDirectory.hasSpaceOrHyphen(n) {
            let k = key(n)
            let matches = keys.indices.filter { keys[$0].contains { $0.matches(k) } }
            if matches.count == 1 {
                joins.append([people[matches[0]][0], n])
                people[matches[0]].append(n)
            } else {
                people.append([n])
                keys.append([k])
            }
        }
        return (people, joins)
    }

    @Test func indexedDirectoryJoinsAsComparingEveryone() {
        let nameKey = Reconciler.standard().nameKey
        for seed in [7, 8, 9] as [UInt64] {
            var dice = Dice(state: seed)
            // Also spellings that join only by their letters run together (a skeleton).
            let words = Self.given + Self.family + ["Khadimi", "Zarmakullah", "Tolaan", "Nurakpalwan", "Qadirwazir",
                                                     "Nurak Palwan", "Qadir Wazir", "Nurak-Palwan"]
            let names = (0..<400).map { _ in
                let parts = (0..<(1 + dice.below(3))).map { _ in dice.pick(words) }
                return dice.pick(Self.titles) + parts.joined(separator: dice.below(4) == 0 ? "-" : " ")
            }
            let directory = PersonDirectory(names: names, key: nameKey)
            let reference = Self.directoryByComparingEveryone(names, key: nameKey)
            #expect(directory.people.map(\.aliases) == reference.people, "seed \(seed)")
            #expect(directory.joins.map { [$0.a, $0.b] } == reference.joins, "seed \(seed)")
            // Some spellings join and some people stay apart, or the comparison would prove little.
            #expect(reference.people.contains { $0.count > 1 } && reference.people.count > 1)
            #expect(directory.joins.contains { $0.reason.contains("letters run together") })
        }
    }
}
