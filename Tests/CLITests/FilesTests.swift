import Foundation
import Testing

/// The theme store wherever it is named, and the closing record when the process is out of
/// files: kept, or a clear error — never "Kept" with nothing saved.
@Suite struct FilesTests {
    let format = CLI.fixtures + "/reflective_check_in.lua"

    /// A whole session's answers and "y" to keep its record.
    var session: String {
        get throws { try CLI.rehearsalAnswers().joined(separator: "\n") + "\ny\n" }
    }

    func run(_ dir: String, store: [String] = [], environment: [String: String] = [:], via wrapper: [String] = []) throws -> CLI.Result {
        let arguments = ["run", format, "--participants", "3", "--journal-dir", dir, "--seed", "4"] + store
        if wrapper.isEmpty { return try CLI.run(arguments, input: try session, environment: environment, from: dir) }
        return try CLI.run(wrapper + [CLI.binary] + arguments, input: try session, environment: environment, binary: wrapper[0], from: dir)
    }

    /// The ids of the records in a store, read by the system's sqlite3.
    func ids(_ store: String) throws -> [String] {
        let result = try CLI.run([store, "SELECT id FROM session ORDER BY rowid"], binary: "/usr/bin/sqlite3")
        return result.output.split(separator: "\n").map(String.init)
    }

    @Test func aBareStoreNameIsAFileInTheCurrentDirectory() throws {
        let dir = try CLI.scratchDirectory()
        let option = try run(dir, store: ["--store", "ml.sqlite"])
        #expect(option.status == 0, "\(option.error)")
        #expect(option.output.contains("Kept in ml.sqlite."))
        #expect(try ids(dir + "/ml.sqlite").count == 1)
        let environment = try run(dir, environment: ["CIRCLE_STORE": "x.sqlite"])
        #expect(environment.status == 0, "\(environment.error)")
        #expect(try ids(dir + "/x.sqlite").count == 1)
        let mode = try FileManager.default.attributesOfItem(atPath: dir + "/x.sqlite")[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
    }

    @Test func homeAndXDGFoldersAreHonoured() throws {
        let dir = try CLI.scratchDirectory()
        // Empty values are ignored, as unset ones are (the test's own environment may set them).
        var environment = ["HOME": dir + "/home", "CIRCLE_STORE": "", "XDG_DATA_HOME": "", "XDG_STATE_HOME": "", "CIRCLE_STATE_DIR": ""]
        let home = try CLI.run(["run", format, "--participants", "3", "--seed", "4"], input: try session, environment: environment)
        #expect(home.status == 0, "\(home.error)")
        #expect(home.output.contains("Kept in \(dir)/home/.local/share/circle/themes.sqlite."))
        #expect(FileManager.default.fileExists(atPath: dir + "/home/.local/state/circle/sessions"))
        environment["XDG_DATA_HOME"] = dir + "/data"
        environment["XDG_STATE_HOME"] = dir + "/state"
        let xdg = try CLI.run(["run", format, "--participants", "3", "--seed", "4"], input: try session, environment: environment)
        #expect(xdg.status == 0, "\(xdg.error)")
        #expect(xdg.output.contains("Kept in \(dir)/data/circle/themes.sqlite."))
        #expect(FileManager.default.fileExists(atPath: dir + "/state/circle/sessions"))
    }

    /// Under a 64-file limit, with none or most of the 64 already taken, every session's
    /// record is kept under an id of its own, or the session says clearly that it is saved.
    @Test func outOfFilesTheRecordIsKeptOrAClearErrorSaysTheSessionIsSaved() throws {
        let dir = try CLI.scratchDirectory()
        let store = dir + "/themes.sqlite"
        var kept = 0
        // With descriptors 3 to 58 taken the store cannot open: the clear error is what this checks.
        for last in [0, 50, 54, 56, 58] {
            // bash takes descriptors 3 to `last`, then becomes circle with them still open.
            let squeeze = "for i in $(seq 3 \(last)); do eval \"exec $i</dev/null\" || exit 99; done; exec \"$@\""
            let taken = max(0, last - 2)
            let result = try run(dir, store: ["--store", store], via: ["/usr/bin/prlimit", "--nofile=64", "/bin/bash", "-c", squeeze, "bash"])
            let saved = try ids(store)
            if result.status == 0 {
                kept += 1
                #expect(result.output.contains("Kept in \(store)."), "with \(taken) files taken: \(result.output.suffix(300))")
                #expect(saved.count == kept, "with \(taken) files taken, the record said to be kept is in the store")
            } else {
                #expect(!result.output.contains("Kept in"), "with \(taken) files taken: 'Kept' printed and nothing kept")
                #expect(saved.count == kept)
                #expect(result.error.hasPrefix("circle: "), "with \(taken) files taken: \(result.error)")
                #expect(result.error.contains("The session is saved: every answered turn is in its journal"), "\(result.error)")
                #expect(result.error.count < 2_000)
            }
            print("open-files limit 64, \(taken) taken: exit \(result.status): \(result.error.prefix(300))")
        }
        #expect(kept >= 1 && kept < 5, "with the limit alone the session is kept; with 56 files taken it cannot be")
        #expect(Set(try ids(store)).count == kept)
        #expect(!(try ids(store)).contains("00000000-0000-0000-0000-000000000000"))
    }

    /// With all but one to three of 64 files taken before it starts, circle says so and stops
    /// before Swift's concurrency runtime starts: the runtime would trap (SIGILL) looking for a
    /// descriptor as it started, before any of Circle's code could say why.
    @Test func withAlmostNoFilesLeftCircleSaysSoInsteadOfTrapping() throws {
        let dir = try CLI.scratchDirectory()
        for last in [60, 61, 62] {
            let squeeze = "for i in $(seq 3 \(last)); do eval \"exec $i</dev/null\" || exit 99; done; exec \"$@\""
            let result = try run(dir, store: ["--store", dir + "/themes.sqlite"], via: ["/usr/bin/prlimit", "--nofile=64", "/bin/bash", "-c", squeeze, "bash"])
            #expect(result.status == 1, "with \(last - 2) files taken: exit \(result.status): \(result.error.prefix(300))")
            #expect(result.error.hasPrefix("circle: only \(63 - last) more files can be opened"), "\(result.error.prefix(300))")
            #expect(result.error.contains("ulimit -n"))
            #expect(!FileManager.default.fileExists(atPath: dir + "/themes.sqlite"))
        }
    }
}
