import Foundation
import Testing

/// `circle` away from the checkout: run from another folder, installed with `make install`, and
/// with its data in an XDG data folder. It finds its formats, helper modules and codebook from
/// where its binary is, never from the current folder.
@Suite struct InstallTests {
    /// A shipped format that `require`s a helper module, and its rehearsal.
    static let rehearsal = CLI.root.appendingPathComponent("Scenarios/rehearsals/action_learning_set.yaml").path

    /// An environment whose XDG data folders are empty, so only the binary's own data can serve.
    static func withoutXDG(_ dir: String) -> [String: String] {
        ["XDG_DATA_HOME": dir + "/xdg-home", "XDG_DATA_DIRS": dir + "/xdg-dirs"]
    }

    /// `make install` into `destination` (PREFIX=/usr), installing the circle under test rather than
    /// a release build: the same install step, without the release build's minutes.
    static func install(into destination: String, target: String = "install") throws {
        let make = Process()
        make.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        make.arguments = ["make", "--no-print-directory", "-C", CLI.root.path, target,
                          "DESTDIR=\(destination)", "PREFIX=/usr", "CIRCLE_BINARY=\(CLI.binary)"]
        make.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        make.standardError = errors
        try make.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        make.waitUntilExit()
        guard make.terminationStatus == 0 else { throw CLIFailure("make \(target) failed: \(message)") }
    }

    struct CLIFailure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    /// `run` (answers piped in), `rehearse`, `lint` and `compile`, by `binary` from `directory`,
    /// reading the formats, helper modules and codebook in `data`.
    private func commandsWork(binary: String, from directory: String, data: String, environment: [String: String]) throws {
        let scratch = try CLI.scratchDirectory()
        func circle(_ arguments: [String], input: String = "") throws -> CLI.Result {
            try CLI.run(arguments, input: input, environment: environment, binary: binary, from: directory)
        }

        // rehearse, by id: the same transcript as the built circle gives in the checkout.
        let expected = try CLI.run(["rehearse", "action-learning-set", "--rehearsal", Self.rehearsal])
        #expect(expected.status == 0, "\(expected.error)")
        let rehearsed = try circle(["rehearse", "action-learning-set", "--rehearsal", Self.rehearsal])
        #expect(rehearsed.status == 0, "\(rehearsed.error)")
        #expect(rehearsed.output == expected.output)

        // lint: the formats in `data`, loading their helper module from there.
        let lint = try circle(["lint", "action-learning-set", "parallel-process-case-discussion"])
        #expect(lint.status == 0, "\(lint.output)\(lint.error)")
        #expect(lint.output.contains("ok   \(data)/formats/action_learning_set.lua"))
        #expect(lint.output.contains("ok   \(data)/formats/parallel_process_case_discussion.lua"))

        // run, twice, with the answers piped in: the closing review files the learning point under
        // the theme the codebook suggests ("caseloads" is one of workload's keywords).
        let store = ["--store", scratch + "/themes.sqlite"]
        for n in 0..<2 {
            let run = try circle(
                ["run", CLI.fixtures + "/learning_point.lua", "--participants", "Amira, Ben", "--team", "EAST",
                 "--journal-dir", scratch + "/journal\(n)"] + store,
                input: "Our caseloads are unmanageable this month\nk\ny\n")
            #expect(run.status == 0, "\(run.error)")
            #expect(run.output.contains("learning-point (#workload): Our caseloads are unmanageable this month"), "\(run.output)")
        }

        // compile (a closed quarter's sessions added to the store): the report reads the codebook's labels.
        try ThemeCommandTests.closedQuarter(in: scratch + "/themes.sqlite")
        let report = scratch + "/report.md"
        let compiled = try circle(["compile", "--period", "2026-Q3", "-o", report] + store)
        #expect(compiled.status == 0, "\(compiled.error)")
        #expect(try String(contentsOfFile: report, encoding: .utf8).contains("- Workload and caseload:"))
    }

    @Test func theBuiltCircleRunsFromAnotherFolder() throws {
        let elsewhere = try CLI.scratchDirectory()
        try commandsWork(
            binary: CLI.binary, from: elsewhere, data: CLI.root.appendingPathComponent("Scripts").path,
            environment: Self.withoutXDG(elsewhere))
    }

    @Test func anInstalledCircleRunsFromAnywhereAndUninstallsCleanly() throws {
        let destination = try CLI.scratchDirectory()
        try Self.install(into: destination)
        let data = destination + "/usr/share/circle"
        for file in ["formats/action_learning_set.lua", "lib/roles.lua", "lib/README.md", "themes.lua", "circle.d.lua"] {
            #expect(FileManager.default.fileExists(atPath: data + "/" + file), "\(file) is not installed")
        }
        #expect(FileManager.default.fileExists(atPath: destination + "/usr/share/doc/circle/docs/authoring.md"))
        let elsewhere = try CLI.scratchDirectory()
        try commandsWork(
            binary: destination + "/usr/bin/circle", from: elsewhere, data: data, environment: Self.withoutXDG(elsewhere))

        try Self.install(into: destination, target: "uninstall")
        let left = FileManager.default.enumerator(atPath: destination)?.compactMap { $0 as? String }
            .filter { !FileManager.default.isDirectory(atPath: destination + "/" + $0) } ?? []
        #expect(left.isEmpty, "left after uninstall: \(left)")
        #expect(!FileManager.default.fileExists(atPath: data))
    }

    @Test func aCircleWithItsDataInXDGDataHomeRunsFromAnywhere() throws {
        let home = try CLI.scratchDirectory()
        try Self.install(into: home + "/installed")
        try FileManager.default.createDirectory(atPath: home + "/bin", withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: home + "/installed/usr/bin/circle", toPath: home + "/bin/circle")
        try FileManager.default.moveItem(atPath: home + "/installed/usr/share", toPath: home + "/share")
        let environment = ["XDG_DATA_HOME": home + "/share", "XDG_DATA_DIRS": home + "/none"]
        try commandsWork(binary: home + "/bin/circle", from: home, data: home + "/share/circle", environment: environment)
    }

    @Test func withoutItsDataCircleSaysWhereItLookedAndWhatToDo() throws {
        let home = try CLI.scratchDirectory()
        try FileManager.default.createDirectory(atPath: home + "/bin", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: CLI.binary, toPath: home + "/bin/circle")
        let result = try CLI.run(["formats"], environment: Self.withoutXDG(home), binary: home + "/bin/circle", from: home)
        #expect(result.status == 1)
        #expect(result.error == """
            circle: cannot find Circle's session formats (formats): looked in \(home)/share/circle, \(home)/xdg-home/circle, \
            \(home)/xdg-dirs/circle; install Circle with `make install`, or name the folder to use

            """)
        let themes = try CLI.run(["themes"], environment: Self.withoutXDG(home), binary: home + "/bin/circle", from: home)
        #expect(themes.status == 1)
        #expect(themes.error.hasPrefix("circle: cannot find Circle's theme codebook (themes.lua): looked in \(home)/share/circle,"))
    }

    @Test func aMissingLibraryFolderIsAnErrorNamingItAndTheFix() throws {
        let missing = try CLI.scratchDirectory() + "/no-such-lib"
        let lint = try CLI.run(["lint", "action-learning-set", "--library", missing])
        #expect(lint.status == 1)
        #expect(lint.error == """
            circle: \(missing): no such folder of helper modules (given by --library); create it, \
            or leave out --library to use the helper modules installed with Circle

            """)
        let rehearse = try CLI.run(
            ["rehearse", "action-learning-set", "--rehearsal", Self.rehearsal], environment: ["CIRCLE_LIBRARY": missing])
        #expect(rehearse.status == 1)
        #expect(rehearse.error.contains("\(missing): no such folder of helper modules (given by $CIRCLE_LIBRARY)"))
        let sandbox = try CLI.run(["sandbox", Self.rehearsal, "--library", missing])
        #expect(sandbox.status == 1)
        #expect(sandbox.error.contains("\(missing): no such folder of helper modules (given by --library)"))
    }

    @Test func newInAFolderThatCannotBeWrittenSaysWhatToDo() throws {
        let file = try CLI.scratchDirectory() + "/not-a-folder"
        FileManager.default.createFile(atPath: file, contents: Data())
        let made = try CLI.run(["new", "team-check-in", "--formats", file + "/formats"])
        #expect(made.status == 1)
        #expect(made.error.hasPrefix("circle: \(file)/formats/team_check_in.lua: cannot write the new format ("))
        #expect(made.error.hasSuffix("); name a folder you can write in with --formats\n"))
    }

    @Test func theShippedHelperModulesLoadByDefaultFromAnyFolder() throws {
        let dir = try CLI.scratchDirectory()
        let result = try CLI.run(["sandbox", CLI.fixtures + "/requires_roles.lua"], environment: Self.withoutXDG(dir), from: dir)
        #expect(result.status == 0, "\(result.output)\(result.error)")
        #expect(result.output.contains("function"))
    }
}

extension FileManager {
    fileprivate func isDirectory(atPath path: String) -> Bool {
        var folder: ObjCBool = false
        return fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }
}
