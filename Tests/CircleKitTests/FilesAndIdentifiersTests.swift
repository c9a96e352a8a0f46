import Foundation
import Testing

@testable import CircleKit

/// Ids that never collide, a theme store only its owner can read wherever it is named, and
/// the folders the environment names.
@Suite struct FilesAndIdentifiersTests {
    @Test func randomIDsAreVersion4UUIDsThatDoNotRepeat() {
        let ids = (0..<10_000).map { _ in RandomID.make() }
        #expect(Set(ids).count == ids.count)
        for id in ids.prefix(100) {
            let uuid = UUID(uuidString: id)
            #expect(uuid != nil && uuid?.uuidString == id, "\(id) is a UUID in its usual form")
            #expect(Array(id)[14] == "4", "\(id) is version 4")
            #expect("89AB".contains(Array(id)[19]), "\(id) has the RFC 4122 variant")
        }
        #expect(!ids.contains("00000000-0000-0000-0000-000000000000"))
    }

    @Test func aNewStoreIsReadableByItsOwnerOnly() throws {
        let directory = (try Fixture.scratch() as NSString).deletingLastPathComponent
        let path = directory + "/new/folder/themes.sqlite"
        let store = try ThemeStore(path: path)
        try store.add([StoreFixture.record(1, team: "EAST", week: "2026-W40", themes: ["workload"])])
        func mode(_ path: String) throws -> Int {
            try (FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
        }
        #expect(try mode(path) == 0o600)
        #expect(try mode(path + "-wal") == 0o600)
        #expect(try mode(path + "-shm") == 0o600)
        #expect(try mode(directory + "/new/folder") == 0o700)
        #expect(try mode(directory + "/new") == 0o700)
    }

    @Test func aStoreThatCannotBeCreatedSaysWhere() throws {
        let directory = (try Fixture.scratch() as NSString).deletingLastPathComponent
        try "not a folder".write(toFile: directory + "/file", atomically: true, encoding: .utf8)
        #expect {
            try ThemeStore(path: directory + "/file/themes.sqlite")
        } throws: { error in
            (error as? CircleError)?.kind == .store && "\(error)".hasPrefix(directory + "/file/themes.sqlite: ")
        }
    }

    @Test func homeAndTheXDGFoldersAreHonoured() throws {
        let home = UserDirectories(environment: ["HOME": "/home/amira"])
        #expect(home.home == "/home/amira")
        #expect(home.dataHome == "/home/amira/.local/share")
        #expect(home.stateHome == "/home/amira/.local/state")
        #expect(home.dataDirectories == ["/usr/local/share", "/usr/share"])
        let xdg = UserDirectories(environment: [
            "HOME": "/home/amira", "XDG_DATA_HOME": "/data", "XDG_STATE_HOME": "/state", "XDG_DATA_DIRS": "/a:relative:/b",
        ])
        #expect(xdg.dataHome == "/data")
        #expect(xdg.stateHome == "/state")
        #expect(xdg.dataDirectories == ["/a", "/b"])
        // Relative or empty values are ignored, as the XDG specification says.
        let relative = UserDirectories(environment: ["HOME": "/home/amira", "XDG_DATA_HOME": "data", "XDG_STATE_HOME": ""])
        #expect(relative.dataHome == "/home/amira/.local/share")
        #expect(relative.stateHome == "/home/amira/.local/state")

        #expect(ThemeStore.defaultPath(environment: ["HOME": "/home/amira"]) == "/home/amira/.local/share/circle/themes.sqlite")
        #expect(ThemeStore.defaultPath(environment: ["HOME": "/h", "XDG_DATA_HOME": "/data"]) == "/data/circle/themes.sqlite")
        #expect(ThemeStore.defaultPath(environment: ["HOME": "/h", "CIRCLE_STORE": "x.sqlite"]) == "x.sqlite")
        #expect(ThemeStore.defaultPath(override: "ml.sqlite", environment: ["CIRCLE_STORE": "x.sqlite"]) == "ml.sqlite")

        let scratch = (try Fixture.scratch() as NSString).deletingLastPathComponent
        #expect(try StateDirectory.sessions(environment: ["HOME": scratch]) == scratch + "/.local/state/circle/sessions")
        #expect(try StateDirectory.sessions(environment: ["HOME": "/nonexistent", "XDG_STATE_HOME": scratch + "/state"]) == scratch + "/state/circle/sessions")
        #expect(DataDirectories(executable: "/opt/circle/bin/circle", environment: ["HOME": scratch]).roots.contains(scratch + "/.local/share/circle"))
    }
}
