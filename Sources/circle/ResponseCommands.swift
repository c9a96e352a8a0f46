import ArgumentParser
import CircleKit
import Foundation

struct RespondCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "respond",
        abstract: "Record what senior leaders did about a theme (\"you said, we did\").",
        discussion: """
            Kept in your theme store against the theme and the quarter of the report it answers, after the \
            anonymiser. It appears in the next quarter's report ("What leaders did"), and travels back to teams \
            with `circle export-responses`, where sessions read it out.
            """)

    @Option(help: "The theme it answers, e.g. workload (an id from `circle themes`).")
    var theme: String

    @Argument(help: "What was done, in a sentence or two: no names.")
    var text: String

    @Option(help: "The quarter of the report it answers, e.g. 2026-Q3 (default: the latest closed quarter).")
    var quarter: String?

    @Option(help: "The theme codebook (default: the one installed with Circle).")
    var codebook: String?

    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        try await reporting {
            let id = try ThemeID(theme)
            let themes = try Codebook.load(path: codebook ?? DataDirectories.standard.path(of: .codebook))
            if let refusal = themes.refusal(of: id) { throw CircleError(.input, refusal) }
            let answered = try quarter.map { text in
                guard let quarter = Quarter(text) else { throw CircleError(.input, "'\(text)' is not a quarter; write it like 2026-Q3") }
                return quarter
            } ?? Quarter.latestClosed(on: Date())
            let scrubbed = Anonymiser(names: []).scrub(text)
            guard !scrubbed.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw CircleError(.input, "the response is empty; say in a sentence what was done")
            }
            let response = LeadersResponse(theme: id, text: scrubbed.text, quarter: answered, recorded: ThemeRecord.isoWeek(Date()))
            let location = try await storeOptions.withRepository { store in
                try await store.add(response)
                return store.location
            }
            print("Kept the response to #\(id) (the \(answered) report) in \(location): \(scrubbed.text)")
            if !scrubbed.removed.isEmpty || !scrubbed.flagged.isEmpty {
                print("The anonymiser removed \((scrubbed.flagged + scrubbed.removed.keys.sorted()).joined(separator: ", ")); if that changed the sense, record it again reworded.")
            }
        }
    }
}

struct ExportResponsesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-responses",
        abstract: "Write senior leaders' responses to a signed bundle for teams' facilitators.",
        discussion: """
            Signed with the organisation's signing key like a theme bundle; each team's facilitator imports it with \
            `circle import-responses`, and their sessions read the responses out.
            """)

    @Option(help: "Only the responses to this quarter's report, e.g. 2026-Q3 (default: all).")
    var quarter: String?

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "The organisation's bundle signing key (default: $CIRCLE_SIGNING_KEY, else $XDG_CONFIG_HOME/circle/bundle-signing.key).")
    var signingKey: String?

    @Option(name: .shortAndLong, help: "The bundle file to write (e.g. responses.json).")
    var output: String

    func run() async throws {
        try await reporting {
            let only = try quarter.map { text in
                guard let quarter = Quarter(text) else { throw CircleError(.input, "'\(text)' is not a quarter; write it like 2026-Q3") }
                return quarter
            }
            let key = try BundleSigningKey.load(path: BundleKeyPaths.signingKey(override: signingKey))
            let responses = try await storeOptions.withRepository { try await $0.responses(answering: only) }
            let bundle = ResponsesBundle(responses: responses, created: ThemeRecord.isoWeek(Date()))
            try bundle.signed(with: key).write(to: URL(fileURLWithPath: output), options: .atomic)
            print("Wrote \(responses.count) response\(responses.count == 1 ? "" : "s") to \(output), signed with key \(key.publicKey.id).")
        }
    }
}

struct ImportResponsesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-responses",
        abstract: "Bring senior leaders' responses into this laptop's sessions (s.responses).",
        discussion: """
            Checks the signature and scans every text again with the anonymiser; a bundle with any problem is \
            refused whole. Importing the same bundle twice changes nothing. The responses are kept beside the \
            session journals (owner-readable), and every session started afterwards can read them out.
            """)

    @Argument(help: "Responses bundle files (from `circle export-responses`).")
    var bundles: [String]

    @Option(help: "The organisation's public key file (default: $CIRCLE_PUBLIC_KEY, else circle/bundle-public.key in $XDG_CONFIG_HOME or $XDG_CONFIG_DIRS).")
    var publicKey: String?

    @Option(help: "Where session journals are kept (default: $CIRCLE_STATE_DIR, else $XDG_STATE_HOME/circle or ~/.local/state/circle).")
    var journalDir: String?

    func run() throws {
        try reporting {
            let keys = try BundlePublicKey.load(path: BundleKeyPaths.publicKey(override: publicKey))
            let kept = TeamResponses(stateDirectory: try StateDirectory.sessions(override: journalDir))
            for path in bundles {
                let bundle = try ResponsesBundle.read(path, trusting: keys)
                let added = try kept.merge(bundle.responses)
                print("\(path): \(added) new response\(added == 1 ? "" : "s") (\(bundle.responses.count - added) already here); sessions read them out.")
            }
        }
    }
}
