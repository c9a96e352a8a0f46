import Foundation
import Synchronization

/// Counts requests per client address in a sliding window and refuses the excess.
/// It holds addresses and times only, never what was sent.
final class RateLimiter: Sendable {
    let limit: Int
    let window: Double
    private let seen = Mutex<[String: [Date]]>([:])

    init(limit: Int, per window: Double) {
        self.limit = limit
        self.window = window
    }

    /// Counts one request from `client`; false when it is over the limit.
    func allow(_ client: String, now: Date = Date()) -> Bool {
        seen.withLock { seen in
            if seen.count > 10_000 { seen = seen.filter { now.timeIntervalSince($0.value.last ?? now) < window } }
            var times = seen[client, default: []].filter { now.timeIntervalSince($0) < window }
            guard times.count < limit else {
                seen[client] = times
                return false
            }
            times.append(now)
            seen[client] = times
            return true
        }
    }
}
