import ArgumentParser
import CircleKit
import Foundation

struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List the themes facilitators can tag, and export the codebook.",
        discussion: """
            Facilitators tag a theme by typing #id in or after a contribution (e.g. #workload); \
            only theme ids and counts leave the room. With --export-qdc, writes the codebook as a \
            REFI-QDA codebook (.qdc) that qualitative analysis software can import, instead of listing it.
            """
    )

    @Option(help: "The theme codebook: a Lua file returning the list of themes (default: the one installed with Circle).")
    var codebook: String?

    @Option(name: .customLong("export-qdc"), help: "Write the codebook to this .qdc file (REFI-QDA) instead of listing it.")
    var exportQDC: String?

    func run() throws {
        try reporting {
            let book = try Codebook.load(path: codebook ?? DataDirectories.standard.path(of: .codebook))
            guard let exportQDC else {
                for line in book.listing() { print(line) }
                return
            }
            do {
                try Data(QDAExport.codebook(book).utf8).write(to: URL(fileURLWithPath: exportQDC), options: .atomic)
            } catch {
                throw CircleError(.files, "\(exportQDC): cannot write the codebook (\(error.localizedDescription)); check the folder exists and can be written to")
            }
            print("Wrote \(book.themes.count) themes in \(book.groups.count) groups to \(exportQDC) (REFI-QDA codebook).")
        }
    }
}
