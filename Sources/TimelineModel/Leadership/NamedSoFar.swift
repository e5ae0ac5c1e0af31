/// What a source has named before a sentence, for role phrases that name no organisation
/// or place of their own: "the group's head of operations" means the organisation last
/// called a group ("the Islamic State group"), though another was named since; other
/// phrases mean the militant organisation named last. "in the district" / "in the
/// province" mean the last district or province named.
struct NamedSoFar {
    var organisation: String?
    var group: String?
    /// The province of the last district named.
    var districtProvince: String?
    var province: String?

    func organisation(meantBy words: ArraySlice<Token>) -> String? {
        guard let group else { return organisation }
        return words.contains { $0.folded == "group" || $0.folded == "group's" } ? group : organisation
    }

    /// "in the district", "in the same province": the region referred back to.
    func region(meantBy words: ArraySlice<Token>) -> String? {
        var previous = ""
        for w in words {
            if previous == "the" || previous == "same" || previous == "that" {
                if w.folded == "district" { return districtProvince }
                if w.folded == "province" { return province }
            }
            previous = w.folded
        }
        return nil
    }
}
