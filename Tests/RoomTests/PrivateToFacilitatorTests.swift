import CircleKit
import Testing

@testable import CircleRoom

/// What is for the facilitator alone — a format's `s:remind`, a `/note`, someone stepping out —
/// shows in the log on the facilitator's page and never on the room view the group sees.
@Suite struct PrivateToFacilitatorTests {
    @Test func remindersNotesAndStepOutsStayOffTheRoomView() {
        var state = RoomState()
        state.names = ["P3": "Chloe"]
        let events: [SessionEvent] = [
            .started(title: "Peer Check-in", version: 2, agreement: "What is said here stays here.", participants: ["P1", "P2", "P3"]),
            .phase(index: 1, total: 3, name: "Checking in", minutes: 7),
            .say("Checking in after a difficult conversation."),
            .reminder("Check in one to one with anyone back from compassionate leave"),
            .note("ring the duty team"),
            .steppedOut(person: "P3"),
            .asked("How are you?"),
        ]
        for event in events { state.apply(event) }
        let links = RoomPages.Links(room: "http://127.0.0.1/", join: nil)
        let room = RoomPages.room(state, links: links)
        let facilitator = RoomPages.facilitator(state, links: links)
        #expect(room.contains("How are you?"))
        for secret in ["compassionate leave", "ring the duty team", "stepped out"] {
            #expect(!room.contains(secret), "on the room view: \(secret)")
            #expect(facilitator.contains(secret), "missing from the facilitator's log: \(secret)")
        }
    }
}
