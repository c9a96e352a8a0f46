import ArgumentParser
import CircleKit

/// The `circle` command and its subcommands (started by `Main`).
struct CircleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "circle",
        abstract: "Run group reflective supervision sessions, and gather their anonymised themes.",
        version: Circle.version,
        subcommands: [
            FormatsCommand.self, RunCommand.self, ResumeCommand.self, SessionsCommand.self, RehearseCommand.self,
            LintCommand.self, NewCommand.self, ThemesCommand.self, ExportCommand.self, ImportCommand.self,
            CompileCommand.self, RespondCommand.self, ExportResponsesCommand.self, ImportResponsesCommand.self, KeyCommand.self,
            SandboxCommand.self, StoreCommand.self,
        ]
    )
}
