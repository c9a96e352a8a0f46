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

    /// The quick reader checks strings eight bytes at a time and reads numbers itself: a
    /// control character or backslash at any position, any byte past ASCII, and numbers of
    /// every length read exactly as JSONDecoder reads them (or are left to it).
    @Test func theQuickReaderAgreesWithJSONDecoderByteByByte() throws {
        let quick = { (line: [UInt8]) in line.withUnsafeBytes { JournalEntry(writtenLine: $0) } }
        let decoder = JSONDecoder()
        var generator = SystemRandomNumberGenerator()
        let specials: [[UInt8]] = [[0x09], [0x1F], [0x5C, 0x6E], [0x5C, 0x22], [0xC3, 0xA9], [0xE2, 0x80, 0x9C], [0xFF], [0x7F], [0x20], [0x5B]]
        for length in 0..<40 {
            for special in specials {
                for position in 0...length {
                    var body = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                    body.insert(contentsOf: special, at: position)
                    let line = Array(#"{"at":12.5,"input":""#.utf8) + body + Array(#"","key":"ask P1: Q","step":3}"#.utf8)
                    let expected = try? decoder.decode(JournalEntry.self, from: Data(line))
                    let read = quick(line)
                    // Taken by the quick reader only if JSONDecoder reads the same; escapes are left to JSONDecoder.
                    if let read { #expect(read == expected, "\(special) at \(position) of \(length)") }
                    let plain = !special.contains { $0 < 0x20 || $0 == 0x5C } && String(validating: special, as: UTF8.self) != nil
                    #expect((read != nil) == plain, "\(special) at \(position) of \(length)")
                }
            }
        }
        for _ in 0..<2000 {
            let digits = Int.random(in: 1...19, using: &generator)
            let decimals = Int.random(in: 0...min(digits - 1, 17), using: &generator)
            var number = (0..<digits).map { i in String(Int.random(in: (i == 0 && digits > 1 ? 1 : 0)...9, using: &generator)) }
            if decimals > 0 { number.insert(".", at: digits - decimals) }
            if Bool.random(using: &generator), number.first != "0" || digits > 1 { number.insert("-", at: 0) }
            let text = number.joined()
            let line = Array(#"{"at":\#(text),"input":"x","key":"k","step":\#(digits)}"#.utf8)
            let expected = try decoder.decode(JournalEntry.self, from: Data(line))
            let read = try #require(quick(line), "\(text)")
            #expect(read.at.bitPattern == expected.at.bitPattern, "\(text): \(read.at) and \(expected.at)")
        }
    }
}
