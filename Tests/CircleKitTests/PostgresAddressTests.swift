import Foundation
import Testing
@testable import CircleKit
@testable import CircleStorePostgres

/// Reading a store's address and finding its password, as libpq would (no server needed).
@Suite struct PostgresAddressTests {
    @Test func anAddressGivesHostPortUserDatabaseAndTLS() throws {
        let address = try PostgresAddress("postgres://ml_east@db.example.org:6432/circle?sslmode=verify-full&sslrootcert=/etc/circle/ca.crt")
        #expect(address == PostgresAddress.test(host: "db.example.org", port: 6432, user: "ml_east", database: "circle", sslMode: .verifyFull, root: "/etc/circle/ca.crt"))
        #expect(address.display == "postgres://ml_east@db.example.org:6432/circle")
        // A command a message suggests keeps the TLS settings, so it can be copied as it is.
        #expect(address.argument == "'postgres://ml_east@db.example.org:6432/circle?sslrootcert=/etc/circle/ca.crt'")
        #expect(try PostgresAddress("postgres://a@h/d?sslmode=require").argument == "'postgres://a@h:5432/d?sslmode=require'")
        let defaults = try PostgresAddress("postgresql://db.example.org", environment: ["PGUSER": "leader"])
        #expect(defaults == PostgresAddress.test(host: "db.example.org", port: 5432, user: "leader", database: "leader", sslMode: .verifyFull, root: nil))
        #expect(PostgresAddress.isAddress("postgres://x") && !PostgresAddress.isAddress("/home/me/themes.sqlite"))
    }

    @Test func aPasswordInTheAddressIsRefusedAndNeverRepeated() {
        let error = #expect(throws: CircleError.self) { try PostgresAddress("postgres://ml_east:s3cret-pw@db.example.org/circle", environment: ["PGPASSFILE": "/tmp/x"]) }
        #expect(error?.description.contains("PGPASSWORD or the pgpass file (/tmp/x") == true)
        #expect(error?.description.contains("s3cret") == false)
        let unreadable = #expect(throws: CircleError.self) { try PostgresAddress("postgres://ml:s3cret@/circle") }
        #expect(unreadable?.description.contains("s3cret") == false)
    }

    @Test func unknownSettingsAndModesAreClearErrors() {
        let mode = #expect(throws: CircleError.self) { try PostgresAddress("postgres://a@h/d?sslmode=prefer") }
        #expect(mode?.description.contains("use disable, require, verify-ca, verify-full") == true)
        let setting = #expect(throws: CircleError.self) { try PostgresAddress("postgres://a@h/d?password=x") }
        #expect(setting?.description.contains("'password' is not a setting") == true)
        let root = #expect(throws: CircleError.self) { try PostgresAddress("postgres://a@h/d?sslmode=require&sslrootcert=/ca.crt") }
        #expect(root?.description.contains("only used with sslmode=verify-ca or verify-full") == true)
    }

    @Test func thePasswordComesFromTheEnvironmentThenTheFirstMatchingPgpassLine() throws {
        let address = try PostgresAddress("postgres://ml_east@db.example.org:5432/circle")
        let file = try Fixture.write("pgpass", """
            # a comment
            other.example.org:5432:*:ml_east:not-this-one
            db.example.org:5432:circle:ml_east:pass\\:with\\\\colon
            *:*:*:*:fallback
            """)
        chmod(file, 0o600)
        #expect(try PasswordFile.password(for: address, environment: ["PGPASSFILE": file]) == "pass:with\\colon")
        #expect(try PasswordFile.password(for: address, environment: ["PGPASSFILE": file, "PGPASSWORD": "from-env"]) == "from-env")
        let elsewhere = try PostgresAddress("postgres://dir@db2.example.org/circle")
        #expect(try PasswordFile.password(for: elsewhere, environment: ["PGPASSFILE": file]) == "fallback")
        #expect(try PasswordFile.password(for: address, environment: ["PGPASSFILE": file + ".missing"]) == nil)
    }

    @Test func aPgpassFileOthersCanReadIsRefused() throws {
        let file = try Fixture.write("pgpass", "*:*:*:*:secret\n")
        chmod(file, 0o644)
        let error = #expect(throws: CircleError.self) {
            try PasswordFile.password(for: try PostgresAddress("postgres://a@h/d"), environment: ["PGPASSFILE": file])
        }
        #expect(error?.description.contains("chmod 600") == true)
    }

    @Test func aSessionsRecordIsNeverWrittenToAFileNamedLikeAServer() throws {
        let error = #expect(throws: CircleError.self) { try ThemeStore(path: "postgres://ml@db.example.org/circle") }
        #expect(error?.description.contains("kept in a SQLite file on this machine") == true)
        #expect(!FileManager.default.fileExists(atPath: "postgres:"))
    }
}

extension PostgresAddress {
    static func test(host: String, port: Int, user: String, database: String, sslMode: SSLMode, root: String?) -> PostgresAddress {
        var address = try! PostgresAddress("postgres://x@h")
        address.host = host
        address.port = port
        address.user = user
        address.database = database
        address.sslMode = sslMode
        address.rootCertificate = root
        return address
    }
}
