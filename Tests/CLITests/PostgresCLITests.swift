import CircleKit
import Foundation
import Testing

/// The commands a middle leader runs, against an organisation's PostgreSQL store: migrate, import,
/// compile, respond and export, the same reports as from a SQLite file, and the clear refusals.
/// Runs when `$CIRCLE_TEST_POSTGRES` names a test server (Scripts/tools/postgres-test-server.sh).
@Suite(.enabled(if: PostgresCLI.server != nil)) struct PostgresCLITests {
    @Test func importCompileRespondAndExportGiveTheSameAsSQLite() throws {
        let dir = try CLI.scratchDirectory()
        let store = try PostgresCLI.database()
        defer { PostgresCLI.drop(store) }
        let organisation = dir + "/organisation.yaml"
        try """
            name: Northshire Children's Services
            teams:
              - code: CFS-EAST
                service: Children and Families
              - code: CFS-WEST
                service: Children and Families
              - code: EH-NORTH
                service: Early Help
            """.write(toFile: organisation, atomically: true, encoding: .utf8)
        let server = ["--store", store]
        let file = ["--store", dir + "/leader.sqlite"]
        let keys = ["--signing-key", dir + "/signing.key"], trust = ["--public-key", dir + "/public.key"]
        #expect(try CLI.run(["key", "new"] + keys + trust).status == 0)

        let refused = try CLI.run(["import", dir + "/none.json"] + trust + server)
        #expect(refused.status == 1 && refused.error.contains("holds no Circle store yet: run `circle store migrate --store"), "\(refused.error)")
        let migrated = try CLI.run(["store", "migrate", "--organisation", organisation] + server)
        #expect(migrated.status == 0 && migrated.output.contains("Applied schema versions 1, 2.") && migrated.output.contains("Loaded 3 teams"), "\(migrated.output)\(migrated.error)")
        #expect(try CLI.run(["store", "migrate"] + server).output.contains("up to date"))

        let bundle = try PostgresCLI.bundle(in: dir, keys: keys)
        for target in [server, file] {
            let imported = try CLI.run(["import", bundle] + trust + target)
            #expect(imported.status == 0 && imported.output.contains("30 new session records (0 already in the store)"), "\(imported.output)\(imported.error)")
            let again = try CLI.run(["import", bundle] + trust + target)
            #expect(again.output.contains("0 new session records (30 already in the store)"), "\(again.output)\(again.error)")
            let responded = try CLI.run(["respond", "--theme", "workload", "--quarter", "2026-Q2", "A caseload cap was agreed."] + target)
            #expect(responded.status == 0, "\(responded.error)")
        }
        for form in ["md", "html", "csv", "json"] {
            for (name, target) in [("server", server), ("file", file)] {
                let compiled = try CLI.run(["compile", "--period", "2026-Q3", "--organisation", organisation, "-o", "\(dir)/\(name).\(form)"] + target)
                #expect(compiled.status == 0, "\(compiled.error)")
            }
            let fromServer = try String(contentsOfFile: "\(dir)/server.\(form)", encoding: .utf8)
            #expect(fromServer == (try String(contentsOfFile: "\(dir)/file.\(form)", encoding: .utf8)), "\(form)")
            if form == "md" { #expect(fromServer.contains("A caseload cap was agreed."), "\(fromServer)") }
        }
        let exported = try CLI.run(["export", "-o", dir + "/again.json"] + keys + server)
        #expect(exported.status == 0 && exported.output.contains("Wrote 30 session records"), "\(exported.output)\(exported.error)")
        let sent = try CLI.run(["export-responses", "-o", dir + "/responses.json"] + keys + server)
        #expect(sent.status == 0 && sent.output.contains("Wrote 1 response"), "\(sent.output)\(sent.error)")
    }

    @Test func aPasswordInTheAddressIsRefusedWithWhereToPutIt() throws {
        let withPassword = PostgresCLI.server!.replacingOccurrences(of: "circle_admin@", with: "circle_admin:hunter2-secret@")
        let result = try CLI.run(["compile", "-o", "/tmp/never.md", "--store", withPassword])
        #expect(result.status == 1)
        #expect(result.error.contains("PGPASSWORD or the pgpass file"), "\(result.error)")
        #expect(!result.error.contains("hunter2"), "\(result.error)")
    }

    @Test func aKilledImportLeavesAllOfTheBundleOrNone() throws {
        let dir = try CLI.scratchDirectory()
        let store = try PostgresCLI.database()
        defer { PostgresCLI.drop(store) }
        let organisation = dir + "/organisation.yaml"
        try "name: Test\nteams:\n  - code: CFS-EAST\n    service: Children and Families\n  - code: CFS-WEST\n    service: Children and Families\n  - code: EH-NORTH\n    service: Early Help\n"
            .write(toFile: organisation, atomically: true, encoding: .utf8)
        #expect(try CLI.run(["store", "migrate", "--organisation", organisation, "--store", store]).status == 0)
        let keys = ["--signing-key", dir + "/signing.key"], trust = ["--public-key", dir + "/public.key"]
        #expect(try CLI.run(["key", "new"] + keys + trust).status == 0)
        let bundle = try PostgresCLI.bundle(in: dir, keys: keys, count: 2000)
        for round in 0..<3 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: CLI.binary)
            process.arguments = ["import", bundle, "--store", store] + trust
            process.environment = CLI.isolated
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32(300_000 + round * 250_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            usleep(200_000)  // the server notices the dropped connection and rolls back
            let count = try PostgresCLI.sql(store, "SELECT count(*) FROM session")
            #expect(count == "0" || count == "2000", "round \(round): \(count) sessions after the kill")
            #expect(try CLI.run(["import", bundle, "--store", store] + trust).status == 0)
            #expect(try PostgresCLI.sql(store, "SELECT count(*) FROM session") == "2000")
            _ = try PostgresCLI.sql(store, "TRUNCATE session CASCADE")
        }
    }
}

/// The test server, reached with Debian's psql for what Circle does not do (creating a database).
enum PostgresCLI {
    static let server = ProcessInfo.processInfo.environment["CIRCLE_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }

    /// A new database's address.
    static func database() throws -> String {
        let name = "circle_cli_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
        _ = try sql(server!, "CREATE DATABASE \(name)")
        return server!.replacingOccurrences(of: "/postgres?", with: "/\(name)?")
    }

    static func drop(_ address: String) {
        let name = URLComponents(string: address)!.path.dropFirst()
        _ = try? sql(server!, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
    }

    /// Runs one statement with psql; its output, trimmed.
    static func sql(_ address: String, _ statement: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
        process.arguments = [address, "-XAtq", "-v", "ON_ERROR_STOP=1", "-c", statement]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CircleError(.store, "psql failed: \(statement)") }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A signed bundle of `count` sessions of 2026-Q3 over three teams, made on 2026-W40.
    static func bundle(in dir: String, keys: [String], count: Int = 30) throws -> String {
        let facilitator = dir + "/facilitator-\(count).sqlite"
        let teams: [TeamCode] = ["CFS-EAST", "CFS-WEST", "EH-NORTH"]
        let themes: [ThemeID] = ["workload", "peer-support", "moral-distress", "successes", "demands"]
        try ThemeStore(path: facilitator).add((0..<count).map { n in
            ThemeRecord(
                id: String(format: "00000000-0000-4000-8000-%012d", n), format: "peer-check-in", formatVersion: 1,
                week: String(format: "2026-W%02d", 27 + n % 13), team: teams[n % 3], participants: 5, phasesCompleted: 3,
                themes: Dictionary([(themes[n % 5], 1), ("workload", 1)], uniquingKeysWith: max),
                items: n % 3 == 0 ? [.init(kind: "feedback-up", text: "Caseloads are past what is safe.", theme: "workload")] : [])
        })
        let path = dir + "/bundle-\(count).json"
        let exported = try CLI.run(["export", "-o", path, "--week", "2026-W40", "--store", facilitator] + keys)
        guard exported.status == 0 else { throw CircleError(.bundle, exported.error) }
        return path
    }
}

/// A facilitator's session or rehearsal never writes its record to a server, nor to a file named
/// like one, when `--store` or `$CIRCLE_STORE` names a PostgreSQL server (no server needed).
@Suite struct SessionStoreAddressTests {
    @Test func aSessionIsRefusedBeforeItStartsAndARehearsalKeepsNothing() throws {
        let dir = try CLI.scratchDirectory()
        let server = "postgres://ml_east@db.example.org/circle"
        let run = try CLI.run(["run", "peer-check-in", "--participants", "5", "--store", server], input: "\n", from: dir)
        #expect(run.status == 1 && run.error.contains("is a PostgreSQL server; a session's record is kept in a SQLite file"), "\(run.error)")
        #expect(!run.output.contains("Phase"), "the session did not start: \(run.output)")
        let peerCheckIn = CLI.root.appendingPathComponent("Scenarios/rehearsals/peer_check_in.yaml").path
        let kept = try CLI.run(["rehearse", "peer-check-in", "--rehearsal", peerCheckIn, "--keep"], environment: ["CIRCLE_STORE": server], from: dir)
        #expect(kept.status == 1 && kept.error.contains("is kept in a SQLite file on this machine"), "\(kept.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty, "no file named like the server")
    }
}
