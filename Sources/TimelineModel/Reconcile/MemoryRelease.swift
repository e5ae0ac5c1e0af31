#if canImport(Glibc)
import Glibc
#endif

/// Gives memory the program has freed back to the system between phases of a build.
///
/// glibc keeps what a phase frees in its arenas (one per thread that allocated), so a
/// build's resident size only grows: the extraction's scratch on every core stays resident
/// while the mentions are reconciled. Trimming costs milliseconds once per phase.
enum MemoryRelease {
    #if canImport(Glibc)
    /// glibc's `malloc_trim`, which Swift's Glibc module does not import; nil elsewhere.
    private static let trim: (@convention(c) (Int) -> Int32)? = {
        guard let me = dlopen(nil, RTLD_NOW), let symbol = dlsym(me, "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
    }()
    #endif

    static func returnFreed() {
        #if canImport(Glibc)
        _ = trim?(0)
        #endif
    }
}
