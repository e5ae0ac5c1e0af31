import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs the real `timeline` binary as a user would, timing it from spawn to exit and
/// reading its peak memory from the kernel (wait4's rusage).
struct ChildRun {
    var seconds: Double
    var peakRSSMegabytes: Double
    var status: Int32
    var output: String
}

enum ChildProcess {
    static func run(_ exe: String, _ args: [String], environment: [String: String]) -> ChildRun {
        let outPath = NSTemporaryDirectory() + "timeline-bench-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).out"
        defer { unlink(outPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ([exe] + args).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        let clock = ContinuousClock()
        let start = clock.now
        var pid: pid_t = 0
        guard posix_spawn(&pid, exe, &actions, nil, argv, envp) == 0 else {
            return ChildRun(seconds: 0, peakRSSMegabytes: 0, status: -1, output: "")
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let output = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        // ru_maxrss is in kilobytes on Linux.
        return ChildRun(seconds: seconds, peakRSSMegabytes: Double(usage.ru_maxrss) / 1024, status: (status >> 8) & 0xFF, output: output)
    }
}
