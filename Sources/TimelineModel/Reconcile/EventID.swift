/// Stable event ids: the date, the kind and a short hash of what identifies the event,
/// so that an id survives re-runs and the adding of unrelated files.
public enum EventID {
    public static func make(for event: Event) -> String {
        let first = event.evidence.first.map { "\($0.source):\($0.range.start)" } ?? ""
        let place = event.place.district ?? event.place.province ?? event.place.country ?? ""
        let key = "\(event.kind.rawValue)|\(event.date?.label ?? "")|\(place)|\(first)"
        let hex = String(fnv1a(key) & 0xFFFFFF, radix: 16)
        let padded = String(repeating: "0", count: 6 - hex.count) + hex
        return "\(event.date?.label ?? "undated")-\(event.kind.rawValue)-\(padded)"
    }

    /// FNV-1a, 64 bits: tiny, fast and the same on every platform and run.
    static func fnv1a(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in s.utf8 {
            h ^= UInt64(b)
            h = h &* 0x100000001b3
        }
        return h
    }
}
