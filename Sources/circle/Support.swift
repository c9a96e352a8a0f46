import ArgumentParser
import CircleKit
import Foundation

/// Options every command that finds formats shares.
struct LibraryOptions: ParsableArguments {
    @Option(help: "Directory of session formats (default: $CIRCLE_FORMATS, or the formats installed with Circle).")
    var formats: String?

    @Option(help: "Directory that formats' require() loads helper modules from (default: $CIRCLE_LIBRARY, or the helpers installed with Circle).")
    var library: String?

    /// The formats and their helper modules: as named here, else in the environment, else those installed with Circle.
    var formatLibrary: FormatLibrary {
        get throws {
            try FormatLibrary(
                directory: formats ?? ProcessInfo.processInfo.environment["CIRCLE_FORMATS"] ?? DataDirectories.standard.path(of: .formats),
                library: helperModules(library))
        }
    }
}

/// The folder formats' `require` loads from: the one `--library` or `$CIRCLE_LIBRARY` names, which
/// must exist, else the helper modules installed with Circle.
func helperModules(_ option: String?) throws -> String {
    let named = option.map { ("--library", $0) } ?? ProcessInfo.processInfo.environment["CIRCLE_LIBRARY"].map { ("$CIRCLE_LIBRARY", $0) }
    guard let (source, folder) = named else { return try DataDirectories.standard.path(of: .library) }
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
        throw CircleError(
            .input, "\(folder): no such folder of helper modules (given by \(source)); create it, "
                + "or leave out \(source) to use the helper modules installed with Circle")
    }
    return folder
}

/// Runs a command body, turning Circle's errors into one line on stderr and exit status 1.
func reporting(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as CircleError {
        throw reported(error)
    }
}

/// `reporting`, for async command bodies.
func reporting(_ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch let error as CircleError {
        throw reported(error)
    }
}

/// Writes `circle: <error>` to stderr; the exit status to leave with.
private func reported(_ error: CircleError) -> ExitCode {
    FileHandle.standardError.write(Data("circle: \(error.description)\n".utf8))
    return ExitCode.failure
}

/// "Amira, Ben, Chloe" → P1…P3 and the names to show beside them.
func seat(_ participants: String) throws -> (count: Int, names: [String: String]) {
    let names = participants.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    if let number = Int(participants.trimmingCharacters(in: .whitespaces)), number > 0 { return (number, [:]) }
    guard !names.isEmpty else { throw CircleError(.input, "--participants needs the names, comma-separated, or a number") }
    var map: [String: String] = [:]
    for (i, name) in names.enumerated() { map["P\(i + 1)"] = name }
    return (names.count, map)
}

/// Makes Ctrl-C say what happens to the session, then leave.
func handleInterrupt() {
    signal(SIGINT) { _ in
        let message = "\nStopped. Every answered turn is saved; carry on with: circle resume\n"
        _ = message.withCString { write(STDERR_FILENO, $0, strlen($0)) }
        _exit(130)
    }
}

/// Writes a line to standard output at once, unbuffered, so the terminal shows each
/// line as it comes even through a pipe (the room display's page may answer next).
func say(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
}
