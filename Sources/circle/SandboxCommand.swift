import ArgumentParser
import CircleKit

struct SandboxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sandbox",
        abstract: "Run a Lua file in the sandbox that session formats run in, and show what it returns.",
        discussion: """
            For format authors trying an idea: the file gets the same limits as a format \
            (no files, no network, no clock; a memory cap and an instruction budget). \
            Exits non-zero if the script fails or is stopped.
            """
    )

    @Argument(help: "The Lua file to run.")
    var file: String

    @Option(help: "Directory that require() loads helper modules from (default: $CIRCLE_LIBRARY, or the helpers installed with Circle).")
    var library: String?

    func run() throws {
        try reporting {
            let outcome = SandboxTrial(libraryPath: try helperModules(library)).run(file: file)
            for line in outcome.lines { print(line) }
            if outcome.failed { throw ExitCode.failure }
        }
    }
}
