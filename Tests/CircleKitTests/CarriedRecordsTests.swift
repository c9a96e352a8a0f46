import Foundation
import Testing

@testable import CircleKit

/// What a group carries to its next meeting goes through the anonymiser and the facilitator like
/// everything else kept, and names its owner by a pseudonym that stays theirs — never a seat
/// number, which at the next meeting may be someone else.
@Suite struct CarriedRecordsTests {
    /// A set whose presenter (the last seat) agrees an action typed with a name, a phone number and an NHS number.
    static let format = """
        return format { id = "set-test", version = 1, title = "Set test", summary = "s", minutes = 10,
          participants = { min = 2, max = 4 }, agreement = "a", source = "test",
          run = function(s)
            for _, action in ipairs(s.carried.actions or {}) do
              local owner, what = action:match("^(%u%w*):%s*(.+)$")
              local here = false
              for _, p in ipairs(s.participants) do here = here or p == owner end
              if here then s:ask(owner, "Last time you agreed: " .. what) else s:say("Not here: " .. action) end
            end
            local presenter = s.participants[#s.participants]
            s:record("actions", { presenter .. ": call Amira Khan on 07700 900456 about NHS 943 476 5919" }, { carry = true })
          end }
        """

    final class Console: SessionIO, FacilitatorConsole {
        var lines: [String]
        var answers: [String]
        var told: [String] = []
        var asked: [String] = []
        init(lines: [String] = [], answers: [String]) {
            self.lines = lines
            self.answers = answers
        }
        func show(_ event: SessionEvent) {}
        func line(for request: SessionRequest, context: TurnContext) throws -> String? { lines.isEmpty ? nil : lines.removeFirst() }
        func reject(_ message: String, context: TurnContext) throws { throw CircleError(.input, message) }
        func clock() -> Double { 0 }
        func tell(_ text: String) { told.append(text) }
        func ask(_ question: ConsoleQuestion) -> String? {
            asked.append(question.text)
            return answers.isEmpty ? nil : answers.removeFirst()
        }
    }

    struct Place {
        let format: String, journals: String, store: String
        init() throws {
            format = try Fixture.write("set_test.lua", CarriedRecordsTests.format)
            let directory = (format as NSString).deletingLastPathComponent
            journals = directory + "/state/sessions"
            store = directory + "/themes.sqlite"
            try FileManager.default.createDirectory(atPath: journals, withIntermediateDirectories: true)
        }
        var carriedFile: String { (journals as NSString).deletingLastPathComponent + "/carried/set-test--SET-1.json" }

        func meeting(_ participants: Int, seats: [String], claims: [String] = [], lines: [String] = [], closing: [String]) throws -> (LiveSession, Console) {
            let console = Console(lines: lines, answers: claims + closing)
            let plan = try LiveSession.start(
                SessionEngine.Setup(formatPath: format, library: nil, participants: participants, team: "SET-1", seed: 1), journals: journals, codebook: nil)
                .confirmingHandles(seats: seats, console: console)
            let session = try LiveSession(plan, io: console, names: seats)
            #expect(try session.run(closing: .init(store: store, journal: .delete)) == .complete)
            return (session, console)
        }
    }

    @Test func aCarriedActionIsScrubbedAndReviewedBeforeItIsKept() throws {
        let place = try Place()
        // Kept: the carried file holds the scrubbed text, under the presenter's pseudonym.
        let (_, console) = try place.meeting(3, seats: ["Amira Khan", "Ben", "Chloe"], closing: ["k", "n"])
        #expect(console.asked.first == "Carry it to the next meeting?")
        let kept = try String(contentsOfFile: place.carriedFile, encoding: .utf8)
        for leak in ["Amira", "Khan", "07700", "900456", "943 476 5919", "9434765919"] { #expect(!kept.contains(leak), "\(leak) carried: \(kept)") }
        let group = try CarriedRecords(stateDirectory: place.journals).load(format: "set-test", team: "SET-1")
        #expect(group.handles == ["Alder", "Beech", "Birch"])
        #expect(group.records["actions"]?.count == 1)
        #expect(group.records["actions"]?.first?.hasPrefix("Birch: call [name] on ") == true, "\(group.records)")
        #expect(try FileManager.default.attributesOfItem(atPath: place.carriedFile)[.posixPermissions] as? Int == 0o600)

        // Dropped: nothing of it is carried (and last time's action is not carried again either).
        _ = try place.meeting(3, seats: ["Amira Khan", "Ben", "Chloe"], claims: ["Alder", "Beech", "Birch"], lines: ["Done"], closing: ["d", "n"])
        #expect(try CarriedRecords(stateDirectory: place.journals).load(format: "set-test", team: "SET-1").records == ["actions": []])
    }

    @Test func anActionIsReadBackToItsOwnerWhateverSeatTheyTake() throws {
        let place = try Place()
        // First meeting: Chloe presents from seat 3 and is Birch.
        let (first, told) = try place.meeting(3, seats: ["Amira", "Ben", "Chloe"], closing: ["k", "n"])
        #expect(first.engine.handles == ["Alder", "Beech", "Birch"])
        #expect(told.told.first?.contains("Amira is Alder, Ben is Beech, Chloe is Birch") == true, "\(told.told)")

        // Next meeting: Chloe sits first, Dev is new, Amira sits last; a name typed as a pseudonym is refused.
        let (second, console) = try place.meeting(
            3, seats: ["Chloe", "Dev", "Amira"], claims: ["birch", "Sam", "", "Alder"], lines: ["Done"], closing: ["k", "n"])
        #expect(console.asked.prefix(3).allSatisfy { $0.hasPrefix("Who is ") })
        #expect(console.told.contains { $0.contains("“Sam” is not one of last time's pseudonyms") })
        #expect(second.engine.handles == ["Birch", "Cedar", "Alder"])
        let transcript = second.engine.transcript
        let asked = try #require(transcript.firstIndex { $0.hasPrefix("» Last time you agreed: call [name]") }, "\(transcript)")
        #expect(transcript[asked + 1] == "Birch: Done", "Chloe, now in seat 1, answers for her action")
        let group = try CarriedRecords(stateDirectory: place.journals).load(format: "set-test", team: "SET-1")
        #expect(group.handles == ["Birch", "Cedar", "Alder", "Beech"], "this meeting's first, then those remembered")
        #expect(group.records["actions"]?.first?.hasPrefix("Alder: ") == true, "Amira presented from the last seat: \(group.records)")
    }

    @Test func aResumedSessionKeepsItsPseudonyms() throws {
        let place = try Place()
        let plan = try LiveSession.start(
            SessionEngine.Setup(formatPath: place.format, library: nil, participants: 2, team: "SET-1", seed: 1), journals: place.journals, codebook: nil)
        // The journal's header holds the handles, so a resumed session has the same ones.
        _ = try SessionEngine(setup: plan.setup, io: Console(answers: []), journalPath: plan.journal).run()
        let header = try Journal(path: plan.journal).header
        #expect(header.handles == ["Alder", "Beech"])
        #expect(try LiveSession.resume(nil, journals: place.journals, library: nil, codebook: nil).setup.handles == ["Alder", "Beech"])
    }

    @Test func aPseudonymIsNeverAName() {
        #expect(Handle.pseudonyms.count >= 30)
        #expect(Set(Handle.pseudonyms).count == Handle.pseudonyms.count)
        for pseudonym in Handle.pseudonyms {
            let word = pseudonym.lowercased()
            #expect(WordLists.common.contains(word), "\(pseudonym) is not a common word")
            #expect(!WordLists.nameLike.contains(word), "\(pseudonym) is also a first name")
            #expect(Handle(rawValue: pseudonym) != nil)
            let scrubbed = Anonymiser(names: ["Amira Khan"], scenarioNames: []).scrub("\(pseudonym): call the duty team")
            #expect(scrubbed.text == "\(pseudonym): call the duty team" && scrubbed.flagged.isEmpty, "\(scrubbed)")
        }
        for name in ["Sam", "Amira", "Rowan", "P0", "p1", "alder", ""] { #expect(Handle(rawValue: name) == nil, "\(name)") }
        #expect(Handle.fresh(3, avoiding: ["Beech"]) == ["Alder", "Birch", "Cedar"])
    }

    @Test func aFileCarriedBeforePseudonymsStillReads() throws {
        let place = try Place()
        try FileManager.default.createDirectory(atPath: (place.carriedFile as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try #"{"actions":["P2: ring the school"]}"#.write(toFile: place.carriedFile, atomically: true, encoding: .utf8)
        let group = try CarriedRecords(stateDirectory: place.journals).load(format: "set-test", team: "SET-1")
        #expect(group == .init(handles: [], records: ["actions": ["P2: ring the school"]]))
    }
}
