import CircleKit
import Foundation
import Synchronization

/// Says "time is up" at the terminal when a phase's time box runs out while the facilitator is
/// still at a step, rather than only with the next answer.
final class PhaseAlarm: Sendable {
    private let pending = Mutex<DispatchWorkItem?>(nil)

    /// Sounds after `context.secondsLeft` seconds unless `disarm()` is called first.
    func arm(_ context: TurnContext, say: @escaping @Sendable (String) -> Void) {
        disarm()
        guard let left = context.secondsLeft, left > 0, left.isFinite else { return }
        let phase = context.phase.map { "“\($0)”" } ?? "this phase"
        let alarm = pending.withLock { item in
            let alarm = DispatchWorkItem {
                say("\n⏰ Time is up for \(phase). Finish this turn, then /skip to move on, or /extend 5 for five minutes more.")
                FileHandle.standardOutput.write(Data("> ".utf8))
            }
            item = alarm
            return alarm
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + left, execute: alarm)
    }

    /// Stops the alarm of the step just answered.
    func disarm() {
        pending.withLock { item in
            item?.cancel()
            item = nil
        }
    }
}
