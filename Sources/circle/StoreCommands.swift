import ArgumentParser
import CircleKit
import CircleStorePostgres
import Foundation

/// `circle store`: setting up an organisation's theme store on a PostgreSQL server.
struct StoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Set up an organisation's theme store on a PostgreSQL server (docs/organisation.md).",
        subcommands: [StoreMigrateCommand.self, StoreTeamsCommand.self, StoreGrantCommand.self])
}

/// The server address, for the `circle store` commands (which need one).
struct ServerOptions: ParsableArguments {
    @Option(help: "The server: postgres://USER@HOST:PORT/DATABASE?sslmode=verify-full&sslrootcert=CA.crt (default: $CIRCLE_STORE). The password comes from PGPASSWORD or the pgpass file.")
    var store: String?

    /// The address given, which must be a PostgreSQL one.
    func address() throws -> String {
        let location = ThemeStore.defaultPath(override: store)
        guard PostgresAddress.isAddress(location) else {
            throw CircleError(.input, "`circle store` sets up a store on a PostgreSQL server; give one with --store postgres://USER@HOST:PORT/DATABASE (a SQLite file needs no setting up)")
        }
        return location
    }

    /// Runs `body` with the server's store open, and closes it after.
    func withStore<Result>(_ body: (PostgresThemeStore) async throws -> Result) async throws -> Result {
        let store = try await PostgresThemeStore.open(try address())
        do {
            let result = try await body(store)
            await store.disconnect()
            return result
        } catch {
            await store.disconnect()
            throw error
        }
    }
}

struct StoreMigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Create or upgrade the store's tables on the server (the only command that changes them).",
        discussion: """
            Run it as the role that owns Circle's tables, after a backup (pg_dump) when upgrading. Each step runs \
            in its own transaction and is recorded; running it again changes nothing. With --organisation it then \
            loads the organisation's teams and service areas, as `circle store teams` does.
            """)

    @OptionGroup var server: ServerOptions

    @Option(help: "The organisation file whose teams and service areas to load afterwards.")
    var organisation: String?

    func run() async throws {
        try await reporting {
            let address = try server.address()
            let file = try organisation.map(Organisation.load(path:))
            let applied = try await PostgresThemeStore.migrate(address)
            print(applied.isEmpty ? "The store's schema was up to date." : "Applied schema version\(applied.count == 1 ? "" : "s") \(applied.map(String.init).joined(separator: ", ")).")
            if let file { try await server.withStore { try await StoreTeamsCommand.load(file, into: $0) } }
        }
    }
}

struct StoreTeamsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "teams",
        abstract: "Load the organisation file's teams and their service areas into the store.",
        discussion: """
            Every session on the server carries its team's service area, which decides which middle leaders see it; \
            a session whose team has no service area is refused. A team moved to another service area takes its \
            sessions with it.
            """)

    @OptionGroup var server: ServerOptions

    @Option(help: "The organisation file (default: $CIRCLE_ORGANISATION, else circle/organisation.yaml in the XDG config folders).")
    var organisation: String?

    func run() async throws {
        try await reporting {
            guard let file = try Organisation.find(explicitly: organisation) else {
                throw CircleError(.input, "no organisation file: give one with --organisation (see examples/organisation.yaml)")
            }
            try await server.withStore { try await Self.load(file, into: $0) }
        }
    }

    static func load(_ organisation: Organisation, into store: PostgresThemeStore) async throws {
        let loaded = try await store.loadTeams(of: organisation)
        print("Loaded \(loaded.teams) team\(loaded.teams == 1 ? "" : "s") with their service areas into \(store.location).")
        if !loaded.withoutService.isEmpty {
            print("No service area for \(loaded.withoutService.map(\.rawValue).joined(separator: ", ")) in \(organisation.path ?? "the organisation file"): their sessions are refused until it gives one.")
        }
    }
}

struct StoreGrantCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grant",
        abstract: "Let a database role read and import one service area's sessions, or every service's.",
        discussion: """
            The role must exist (CREATE ROLE, docs/organisation.md). Row-level security then shows it only its service \
            area's sessions, theme counts and items, whatever SQL it runs; --all is for the directorate.
            """)

    @OptionGroup var server: ServerOptions

    @Argument(help: "The database role, e.g. ml_early_help.")
    var role: String

    @Option(help: "The service area, as the organisation file names it.")
    var service: String?

    @Flag(help: "Every service area (the directorate's role).")
    var all = false

    func run() async throws {
        try await reporting {
            guard (service != nil) != all else { throw CircleError(.input, "give either --service NAME or --all") }
            try await server.withStore { try await $0.grant(role: role, service: service) }
            print("\(role) may now read and import \(service.map { "the sessions of \($0)" } ?? "every service area's sessions").")
        }
    }
}
