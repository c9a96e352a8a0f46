import CircleKit
import CircleRoom
import Foundation

/// A session run at the terminal and on the room display at once: events show on
/// both, and a step is answered by whichever the facilitator uses first — a line
/// typed at the terminal, or the facilitator's page.
final class SharedIO: SessionIO, FacilitatorConsole {
    let terminal: TerminalIO
    let room: Room

    /// Starts reading the terminal: each line typed answers whatever is asked when it arrives,
    /// except `/link`, which prints a new one-time link to the facilitator page (for a page
    /// closed or lost: the link printed at the start opens it only once).
    init(terminal: TerminalIO, server: RoomServer) {
        self.terminal = terminal
        room = server.room
        Thread.detachNewThread { [room] in
            while let line = readLine(strippingNewline: true) {
                if line.trimmingCharacters(in: .whitespaces).lowercased() == FacilitatorInput.linkCommand {
                    say("\nA new facilitator page link (it opens the page once; earlier links no longer do): \(server.newFacilitatorURL())")
                } else {
                    room.enter(line)
                }
            }
        }
    }

    /// After a phase that only said lines, the room view holds it up until the facilitator moves on.
    func show(_ event: SessionEvent) {
        terminal.show(event)
        if room.holds(after: event) {
            say("The room is reading this phase: press Enter (or Next on the facilitator page) when it has.")
            FileHandle.standardOutput.write(Data("> ".utf8))
        }
        room.show(event)
    }

    func line(for request: SessionRequest, context: TurnContext) throws -> String? {
        terminal.prompt(for: request, context: context)
        FileHandle.standardOutput.write(Data("> (or answer on the facilitator page) ".utf8))
        terminal.armAlarm(context)
        defer { terminal.alarm.disarm() }
        let line = try room.line(for: request, context: context)
        if terminal.colour { FileHandle.standardOutput.write(Data("\r\u{1B}[K".utf8)) }  // the prompt line, if the page answered
        return line.map { terminal.answer($0, to: request) }
    }

    func reject(_ message: String, context: TurnContext) throws {
        terminal.reject(message, context: context)
        try room.reject(message, context: context)
    }

    func clock() -> Double { room.clock() }

    func tell(_ text: String) {
        terminal.tell(text)
        room.tell(text)
    }

    func ask(_ question: ConsoleQuestion) -> String? {
        terminal.show(question)
        FileHandle.standardOutput.write(Data("> ".utf8))
        return room.ask(question)
    }
}
