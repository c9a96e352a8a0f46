import Foundation
import Testing

/// The terminal says time is up when a phase's time box runs out, while the facilitator is
/// still at a step, not only with the next answer.
@Suite struct TimeUpTests {
    @Test(.timeLimit(.minutes(1)))
    func theTerminalSaysTimeIsUpWhenItHappens() throws {
        let dir = try CLI.scratchDirectory()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.binary)
        process.arguments = ["run", CLI.root.appendingPathComponent("Tests/RoomTests/Fixtures/short_time_box.lua").path, "--participants", "2", "--journal-dir", dir, "--seed", "1"]
        process.environment = CLI.isolated
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Nobody answers for 3 s: the phase's 1.2 s run out at the first turn.
        Thread.sleep(forTimeInterval: 3)
        stdin.fileHandleForWriting.write(Data("pass\npass\nn\n".utf8))
        try stdin.fileHandleForWriting.close()
        let output = String(decoding: stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let alarm = try #require(output.range(of: "Time is up for “Quick round”"), "no time-up at the terminal:\n\(output)")
        // Said before the first answer was read, so before the second turn's question.
        let second = try #require(output.range(of: "P2 — How are you arriving today?"))
        #expect(alarm.lowerBound < second.lowerBound)
        #expect(output.components(separatedBy: "Time is up for").count == 2, "said once, at the turn where time ran out")
    }
}
