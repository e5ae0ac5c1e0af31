import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The last SIGINT / SIGTERM / SIGHUP received; the handler only stores it (anything more is
/// not async-signal-safe), the loop polls it every tick and exits 128 + signal.
let receivedSignal = Atomic<Int32>(0)

enum Signals {
    /// Installed before newterm so ncurses does not put its own handlers (which exit 1) there.
    /// SIGTSTP stays with ncurses: it restores the terminal on ^Z and repaints on `fg`.
    static func install() {
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            signal(sig) { s in receivedSignal.store(s, ordering: .relaxed) }
        }
    }

    static var pending: Int32 { receivedSignal.load(ordering: .relaxed) }
}
