import Foundation
import GRDB
import Testing
@testable import CircleKit

/// Ids that pass and fail each rule: the Swift types, the host prelude and the store's SQL
/// `CHECK`s must all agree on them.
enum VocabularySamples {
    static let themeIDs = ["workload", "moral-distress", "hse", "theme2", "a", "a1-b2-c3", String(repeating: "a", count: 40)]
    static let notThemeIDs = [
        "", "café", "x²", "Workload", "work load", "work--load", "work-", "-work", "2work", "work_load", "work.load",
        "workload\n", "wörk", "ｗork", String(repeating: "a", count: 41), String(repeating: "b", count: 200),
    ]
    static let teamCodes = ["CFS-EAST", "T7", "EAST", "cfs-east", "North2", String(repeating: "T", count: 24)]
    static let notTeamCodes = [
        "", "Sam Adeyemi 07700 900456", "=HYPERLINK(", "07700900456", "CFS EAST", "CFS_EAST", "-EAST", "EAST-", "CFS--EAST",
        "Café", "+44", String(repeating: "T", count: 25),
    ]
}

@Suite struct VocabularyTests {
    @Test func theSwiftRules() {
        for id in VocabularySamples.themeIDs {
            #expect(ThemeID(rawValue: id)?.rawValue == id, "\(id)")
            #expect(FormatID.isValid(id), "\(id)")
        }
        for id in VocabularySamples.notThemeIDs {
            #expect(ThemeID(rawValue: id) == nil, "\(id)")
            #expect(!FormatID.isValid(id), "\(id)")
        }
        for code in VocabularySamples.teamCodes { #expect(TeamCode.isValid(code), "\(code)") }
        for code in VocabularySamples.notTeamCodes { #expect(!TeamCode.isValid(code), "\(code)") }
        for handle in ["P1", "P9", "P10", "P123"] { #expect(Handle.isValid(handle), "\(handle)") }
        for handle in ["", "P", "P0", "P01", "p1", "Amira", "P1a", "P-1"] { #expect(!Handle.isValid(handle), "\(handle)") }
        #expect(Handle(number: 12).rawValue == "P12")
    }

    @Test func refusalsQuoteTheTextAndSayTheRule() throws {
        let typed = "Sam Adeyemi 07700 900456"  // a variable: `TeamCode("…")` with a literal is the literal form
        let error = #expect(throws: CircleError.self) { try TeamCode(typed) }
        #expect(error?.description == #""Sam Adeyemi 07700 900456" is not a team code: use letters A–Z or a–z and digits, starting with a letter, with single hyphens between words (no spaces or accents); e.g. CFS-EAST"#)
        let long = #expect(throws: CircleError.self) { try ThemeID(String(repeating: "b", count: 200)) }
        #expect(long?.description == "\"\(String(repeating: "b", count: 40))…\" is not a theme id: it has 200 characters; at most 40; e.g. moral-distress")
    }

    @Test func decodingAppliesTheRule() throws {
        #expect(try JSONDecoder().decode([TeamCode].self, from: Data(#"["CFS-EAST"]"#.utf8)) == ["CFS-EAST"])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([TeamCode].self, from: Data(#"["=HYPERLINK("]"#.utf8)) }
        // As dictionary keys they encode as a JSON object, as plain strings did.
        let json = String(decoding: try JSONEncoder().encode([ThemeID("workload"): 2]), as: UTF8.self)
        #expect(json == #"{"workload":2}"#)
    }

    /// The host prelude's `is_kebab` (for `s:theme` and a format's id and themes) is the Swift rule.
    @Test func thePreludeAgreesWithTheSwiftRule() throws {
        for (id, valid) in VocabularySamples.themeIDs.map({ ($0, true) }) + VocabularySamples.notThemeIDs.map({ ($0, false) }) {
            let literal = Self.lua(id)
            let theme = Result { try HostAPIErrorTests().run("    s:theme(\(literal))") }
            #expect(((try? theme.get()) != nil) == valid, "s:theme(\(literal))")
            if case .success(let engine) = theme { #expect(engine.themeCounts == [try ThemeID(id): 1]) }
            let format = Result { try LoadedFormat(path: Self.format(id: literal, themes: "{}"), library: nil, seed: 1) }
            #expect(((try? format.get()) != nil) == valid, "format id \(literal)")
            let declared = Result { try LoadedFormat(path: Self.format(id: "\"x\"", themes: "{ { id = \(literal), label = \"L\" } }"), library: nil, seed: 1) }
            #expect(((try? declared.get()) != nil) == valid, "format theme \(literal)")
        }
    }

    /// The store's `CHECK`s are the Swift rules: a row that breaks one cannot be written, even by SQL.
    @Test func theStoreAgreesWithTheSwiftRules() throws {
        let store = try StoreFixture.store()
        func insert(format: String = "peer-check-in", team: String? = "EAST", theme: String = "workload") -> Bool {
            let id = UUID().uuidString
            do {
                try store.pool.write { db in
                try db.execute(
                    sql: "INSERT INTO session (id, format, formatVersion, week, month, team, participants, phasesCompleted, received) VALUES (?, ?, 1, '2026-W40', '2026-10', ?, 3, 3, '2026-W40')",
                    arguments: [id, format, team])
                let session = db.lastInsertedRowID
                try db.execute(sql: "INSERT INTO theme (id) VALUES (?) ON CONFLICT (id) DO NOTHING", arguments: [theme])
                try db.execute(sql: "INSERT INTO sessionTheme (session, theme, count, month, team, received) SELECT ?, key, 1, '2026-10', '', '2026-W40' FROM theme WHERE id = ?", arguments: [session, theme])
                try db.execute(sql: "INSERT INTO item (session, kind, theme, text) SELECT ?, 'feedback-up', key, 't' FROM theme WHERE id = ?", arguments: [session, theme])
                }
                return true
            } catch {
                return false
            }
        }
        #expect(insert(team: nil))
        for id in VocabularySamples.themeIDs { #expect(insert(theme: id), "\(id)"); #expect(insert(format: id), "\(id)") }
        for id in VocabularySamples.notThemeIDs { #expect(!insert(theme: id), "\(id)"); #expect(!insert(format: id), "\(id)") }
        for code in VocabularySamples.teamCodes { #expect(insert(team: code), "\(code)") }
        for code in VocabularySamples.notTeamCodes { #expect(!insert(team: code), "\(code)") }
    }

    static func lua(_ text: String) -> String {
        "\"" + text.unicodeScalars.map { $0.isASCII && $0 != "\"" && $0 != "\\" && $0.value >= 32 ? String($0) : "\\u{\(String($0.value, radix: 16))}" }.joined() + "\""
    }

    static func format(id: String, themes: String) throws -> String {
        try Fixture.write("ids.lua", """
            return format { id = \(id), version = 1, title = "Ids", summary = "s", minutes = 10,
              participants = { min = 1, max = 9 }, agreement = "a", source = "test", themes = \(themes),
              run = function(s) end }
            """)
    }
}
