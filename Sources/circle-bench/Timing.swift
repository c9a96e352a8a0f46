import Foundation

/// Wall-clock timing on the monotonic clock, and medians.
enum Timing {
    /// Seconds `body` takes, on `ContinuousClock`.
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let clock = ContinuousClock()
        let start = clock.now
        try body()
        return seconds(from: start, to: clock.now)
    }

    /// Seconds an asynchronous `body` takes (a store on a server), on `ContinuousClock`.
    static func seconds(_ body: () async throws -> Void) async rethrows -> Double {
        let clock = ContinuousClock()
        let start = clock.now
        try await body()
        return seconds(from: start, to: clock.now)
    }

    static func seconds(from start: ContinuousClock.Instant, to end: ContinuousClock.Instant) -> Double {
        let elapsed = end - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }

    static func median(_ values: [Double]) -> Double {
        precondition(!values.isEmpty, "a median of no repetitions")
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// Runs `circle` and `baseline` `repetitions` times each, interleaved, alternating
    /// which goes first so neither always runs on a warmer machine; returns the two medians.
    static func sideBySide(
        repetitions: Int, circle: () throws -> Double, baseline: () throws -> Double
    ) rethrows -> (circle: Double, baseline: Double) {
        var circleTimes: [Double] = []
        var baselineTimes: [Double] = []
        for repetition in 0..<repetitions {
            if repetition % 2 == 0 {
                circleTimes.append(try circle())
                baselineTimes.append(try baseline())
            } else {
                baselineTimes.append(try baseline())
                circleTimes.append(try circle())
            }
        }
        return (median(circleTimes), median(baselineTimes))
    }

    /// ``sideBySide(repetitions:circle:baseline:)`` for asynchronous measurements (a store on a server).
    static func sideBySide(
        repetitions: Int, circle: () async throws -> Double, baseline: () async throws -> Double
    ) async rethrows -> (circle: Double, baseline: Double) {
        var circleTimes: [Double] = []
        var baselineTimes: [Double] = []
        for repetition in 0..<repetitions {
            if repetition % 2 == 0 {
                circleTimes.append(try await circle())
                baselineTimes.append(try await baseline())
            } else {
                baselineTimes.append(try await baseline())
                circleTimes.append(try await circle())
            }
        }
        return (median(circleTimes), median(baselineTimes))
    }
}
