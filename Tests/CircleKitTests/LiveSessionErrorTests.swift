import Foundation
import Testing

@testable import CircleKit

/// A live session that errors is never lost: the facilitator is told it is saved and how to
/// carry on, and a journal that no longer replays says where, and can be closed there.
@Suite struct LiveSessionErrorTests {
    typealias Table = LiveSessionTests.Table

    /// A scratch folder holding the test format (changed as `edit` says) and a journal folder.
    static func setUp(_ edit: (String) -> String = { $0 }) throws -> (directory: String, format: String, journals: String) {
        let directory = (try Fixture.scratch() as NSString).deletingLastPathComponent
        let format = directory + "/carry_test.lua"
        try edit(LiveSessionTests.format).write(toFile: format, atomically: true, encoding: .utf8)
        let journals = directory + "/sessions"
        try FileManager.default.createDirectory(atPath: journals, withIntermediateDirectories: true)
        return (directory, format, journals)
    }

    static func setup(_ format: String) -> SessionEngine.Setup {
        SessionEngine.Setup(formatPath: format, library: nil, participants: 3, team: "T1", seed: 7)
    }

    @Test func aFormatThatRaisesMidSessionLeavesItSavedWithHowToResume() throws {
        let (directory, format, journals) = try Self.setUp {
            $0.replacingOccurrences(of: "s:record(\"action\"", with: "error(\"the format broke\"); s:record(\"action\"")
        }
        let plan = try LiveSession.start(Self.setup(format), journals: journals, codebook: nil)
        let table = Table(lines: ["Tired", "Fine", "Ok"])
        let closing = LiveSession.Closing(store: directory + "/themes.sqlite", journal: .delete)
        #expect {
            try LiveSession(plan, io: table).run(closing: closing)
        } throws: { error in
            let text = "\(error)"
            return (error as? CircleError)?.kind == .format && text.contains("the format broke")
                && text.contains("The session is saved: every answered turn is in its journal (\(plan.journal)).")
                && text.hasSuffix("Once the format is fixed, carry on with: circle resume \(plan.setup.id)")
        }
        #expect(try Journal(path: plan.journal).entries.count == 3)
        #expect(!FileManager.default.fileExists(atPath: closing.store), "nothing was kept")
    }

    @Test func aStoreThatFailsAtCloseKeepsTheSessionAndNeverSaysKept() throws {
        let (directory, format, journals) = try Self.setUp()
        try "not a folder".write(toFile: directory + "/file", atomically: true, encoding: .utf8)
        let plan = try LiveSession.start(Self.setup(format), journals: journals, codebook: nil)
        let table = Table(lines: ["Tired", "Fine", "Ok"], answers: ["k", "k", "y"])
        #expect {
            try LiveSession(plan, io: table).run(closing: .init(store: directory + "/file/themes.sqlite", journal: .delete))
        } throws: { error in
            (error as? CircleError)?.kind == .store && "\(error)".hasSuffix("Once that is fixed, carry on with: circle resume \(plan.setup.id)")
        }
        #expect(!table.told.contains { $0.hasPrefix("Kept") })
        #expect(FileManager.default.fileExists(atPath: plan.journal), "the journal stays until the record is kept")

        // Resumed with a store that works, the session closes again and its record is kept.
        let store = directory + "/themes.sqlite"
        let resumed = try LiveSession.resume(plan.setup.id, journals: journals, library: nil, codebook: nil)
        let again = Table(lines: [], answers: ["k", "k", "y"])
        #expect(try LiveSession(resumed, io: again).run(closing: .init(store: store, journal: .delete)) == .complete)
        #expect(again.told.contains("Kept in \(store)."))
        let records = try ThemeStore(path: store).records()
        #expect(records.count == 1)
        #expect(records.first?.id != "00000000-0000-0000-0000-000000000000")
        #expect(!FileManager.default.fileExists(atPath: plan.journal))
    }

    @Test func aJournalThatNoLongerReplaysSaysWhereAndCanBeClosedThere() throws {
        let (directory, format, journals) = try Self.setUp()
        let plan = try LiveSession.start(Self.setup(format), journals: journals, codebook: nil)
        #expect(try LiveSession(plan, io: Table(lines: ["Tired", "/pause"])).run(closing: .init(store: "", journal: .keep)) == .paused)
        let journal = try String(contentsOfFile: plan.journal, encoding: .utf8)
        try LiveSessionTests.format.replacingOccurrences(of: "How are you arriving?", with: "What do you bring?")
            .replacingOccurrences(of: "version = 1", with: "version = 2")
            .write(toFile: format, atomically: true, encoding: .utf8)
        let store = directory + "/themes.sqlite"

        // Declined (or no one to ask): the error names the step, both prompts and what to do.
        let resumed = try LiveSession.resume(nil, journals: journals, library: nil, codebook: nil)
        let declined = Table(lines: [], answers: ["n"])
        #expect {
            try LiveSession(resumed, io: declined).run(closing: .init(store: store, journal: .delete))
        } throws: { error in
            let text = "\(error)"
            return (error as? CircleError)?.kind == .journal
                && text.contains("at step 1: the journal answered “ask Alder: How are you arriving?” but the format now asks “ask Alder: What do you bring?”")
                && text.contains("The session is saved as it was, in its journal (\(plan.journal)).")
                && text.contains("put back the version of \(format) it started with (version 1, now 2) if you kept it")
                && text.contains("run `circle resume \(plan.setup.id)` at the keyboard and answer y to close it")
        }
        #expect(try String(contentsOfFile: plan.journal, encoding: .utf8) == journal, "the journal is untouched")
        #expect(!FileManager.default.fileExists(atPath: store))

        // Accepted: closed where the journal stops matching. It stopped in its first phase, so it is a
        // false start: no record is kept, and it is not counted as a session.
        let closed = Table(lines: [], answers: ["y", "y"])
        #expect(try LiveSession(resumed, io: closed).run(closing: .init(store: store, journal: .delete)) == .endedEarly)
        #expect(closed.asked.first?.hasPrefix("This session's journal no longer replays: the journal no longer matches the format at step 1") == true)
        #expect(closed.told.contains { $0.contains("not counted as a session") })
        #expect(try ThemeStore(path: store).records().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: plan.journal))
    }
}
