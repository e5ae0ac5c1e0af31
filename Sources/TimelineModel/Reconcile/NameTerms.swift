extension Reconciler {
    /// What the reconciler's indexes file a name key under, as numbers: its distinctive
    /// words and, when it has five consonants or more, its skeleton (shorter skeletons are
    /// too common to tie reports).
    struct NameTerms {
        let words: [Int]
        let skeleton: Int?

        init(_ key: NameKey, words table: inout Interned, skeletons: inout Interned) {
            words = key.distinctive.map { table.id($0) }
            skeleton = key.consonants.count >= 5 ? skeletons.id(key.consonants) : nil
        }

        /// Words and skeletons in one table, apart: a skeleton may spell a word.
        static func wordTerm(_ word: Int) -> Int { word << 1 }
        static func skeletonTerm(_ skeleton: Int) -> Int { skeleton << 1 | 1 }
    }
}
