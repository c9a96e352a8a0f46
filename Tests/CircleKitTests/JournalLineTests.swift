import Foundation
import Testing
@testable import CircleKit

/// Replay reads the lines `JournalWriter` writes without JSONDecoder; every line must read
/// the same either way, and anything the quick reader does not take goes to JSONDecoder.
@Suite struct JournalLineTests {
    static let written: [JournalEntry] = [
        JournalEntry(step: 1, key: "ask P1: What are you bringing today?", input: "tired #workload", at: 0),
        JournalEntry(step: 12, key: "choose: Next? [a | b]", input: "2", at: 30.5),
        JournalEntry(step: 3, key: "ask P2: Où en êtes-vous ?", input: "café — “quoted” ✓", at: 1234.125),
        JournalEntry(step: 4, key: "write: A \"quoted\" prompt", input: "back\\slash and a /path", at: 7),
        JournalEntry(step: 5, key: "pause: line\nbreak", input: "\t", at: 1e-7),
    ]

    @Test(arguments: written)
    func aWrittenLineReadsTheSameWithoutJSONDecoder(entry: JournalEntry) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let line = try encoder.encode(entry)
        let read = try JournalEntries.decode(line, lineNumber: 2, path: "j.jsonl", decoder: JSONDecoder())
        #expect(read == entry)
        #expect(read == (try JSONDecoder().decode(JournalEntry.self, from: line)))
    }

    @Test func theQuickReaderTakesOnlyTheWritersOwnShape() {
        let quick = { (line: String) in Array(line.utf8).withUnsafeBytes { JournalEntry(writtenLine: $0) } }
        #expect(quick(#"{"at":30,"input":"x","key":"ask P1: Q","step":2}"#) == JournalEntry(step: 2, key: "ask P1: Q", input: "x", at: 30))
        for other in [
            #"{"step":2,"key":"ask P1: Q","input":"x","at":30}"#, #"{"at": 30,"input":"x","key":"k","step":2}"#,
            #"{"at":030,"input":"x","key":"k","step":2}"#, #"{"at":.5,"input":"x","key":"k","step":2}"#,
            #"{"at":1e3,"input":"x","key":"k","step":2}"#, #"{"at":30,"input":"a\"b","key":"k","step":2}"#,
            #"{"at":30,"input":"x","key":"k","step":2} "#, #"{"at":30,"input":"x","key":"k","step":2.0}"#,
        ] {
            #expect(quick(other) == nil, "\(other)")
        }
        let corrupt = #expect(throws: CircleError.self) {
            _ = try JournalEntries.decode(Data(#"{"at":030,"input":"x","key":"k","step":2}"#.utf8), lineNumber: 4, path: "j.jsonl", decoder: JSONDecoder())
        }
        #expect(corrupt?.description.hasPrefix("j.jsonl line 4: corrupt journal entry") == true)
    }

    /// A time no session can have reached (edited by hand) is refused as corrupt, before a
    /// clock counts from it.
    @Test(arguments: ["1e300", "-1", "1e10"])
    func aTimeNoSessionReachesIsCorrupt(_ at: String) {
        let corrupt = #expect(throws: CircleError.self) {
            _ = try JournalEntries.decode(Data(#"{"at":\#(at),"input":"x","key":"k","step":2}"#.utf8), lineNumber: 3, path: "j.jsonl", decoder: JSONDecoder())
        }
        #expect(corrupt?.description.hasPrefix("j.jsonl line 3: corrupt journal entry") == true)
    }
}
