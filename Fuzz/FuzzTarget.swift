// libFuzzer entry point. Built by Fuzz/run.sh into the TimelineModel module (not by SwiftPM),
// so InputHarness and the internals it checks are in scope without an import.

/// Built once: the word lists load from the resource folder the run script points at.
let harness = InputHarness()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let broken = harness.run(bytes)
    // A broken promise is a crash to libFuzzer: it saves the input and stops.
    if let first = broken.first { fatalError("broken promise: \(first)") }
    return 0
}
