import Foundation
import Glibc

/// The first line of a journal: what is needed to start the same session again.
/// It holds no names: participants are a count, and appear as handles.
public struct JournalHeader: Codable, Equatable, Sendable {
    public var journal = "circle-session"
    public var version = 1
    public var id: String
    public var format: FormatID
    public var formatVersion: Int
    public var formatFile: String
    public var participants: Int
    public var team: TeamCode?
    public var scenario: String?
    public var seed: Int64
    public var started: String
    /// The organisation file the session read (`s.organisation`), read again on resume; nil: none.
    public var organisation: String? = nil
    /// The participants' pseudonyms, for a group that carries records (nil: P1, P2, …).
    public var handles: [Handle]? = nil
}

/// One line the facilitator gave, in order: the answer to step `step`, or a command
/// (extend, note, tag) given while that step was waiting.
public struct JournalEntry: Codable, Equatable, Sendable {
    public var step: Int
    public var key: String
    public var input: String
    /// Seconds since the session started.
    public var at: Double
}

extension JournalEntry {
    /// Reads a line in the exact shape `JournalWriter` writes — sorted keys, no spaces,
    /// strings without escapes: `{"at":30,"input":"…","key":"…","step":1}` — without
    /// JSONDecoder's cost per call, which is most of a long replay's time. Nil for any
    /// other line, which JSONDecoder then reads (or refuses). `key` is used for the key when
    /// the line's key is the same text (replayed rounds repeat their keys), so it is not made again.
    init?(writtenLine line: UnsafeRawBufferPointer, key reused: String? = nil) {
        guard let fields = WrittenLine(line) else { return nil }
        let keyBytes = UnsafeRawBufferPointer(rebasing: fields.key)
        let key = reused.flatMap { $0.hasUTF8(keyBytes) ? $0 : nil } ?? String(decoding: keyBytes, as: UTF8.self)
        self.init(step: fields.step, key: key, input: String(decoding: UnsafeRawBufferPointer(rebasing: fields.input), as: UTF8.self), at: fields.at)
    }
}

/// The fields of a journal line in the shape `JournalWriter` writes, found in its bytes;
/// the strings are checked (no escapes or control characters, valid UTF-8) but not copied.
struct WrittenLine {
    var at: Double
    var input: Slice<UnsafeRawBufferPointer>
    var key: Slice<UnsafeRawBufferPointer>
    var step: Int

    init?(_ line: UnsafeRawBufferPointer) {
        guard let base = line.baseAddress else { return nil }
        var cursor = Cursor(base: base, end: line.count)
        guard cursor.expect("{\"at\":"), let atNumber = cursor.number(until: UInt8(ascii: ",")), let at = Self.value(atNumber, in: line),
            cursor.expect(",\"input\":"), let input = cursor.string(), cursor.expect(",\"key\":"), let key = cursor.string(),
            cursor.expect(",\"step\":"), let step = cursor.number(until: UInt8(ascii: "}")), step.decimals == 0, let digits = step.digits,
            cursor.expect("}"), cursor.at == line.count
        else { return nil }
        (self.at, self.input, self.key, self.step) = (at, line[input], line[key], step.negative ? -digits : digits)
    }

    /// A number's bytes, its digits as one integer (nil past 15 digits), how many follow the point, its sign.
    typealias Number = (text: Range<Int>, digits: Int?, decimals: Int, negative: Bool)

    /// A number's value: exact digits over an exact power of ten is one correctly rounded
    /// division, as `strtod` would give; longer numbers go to `Double(String)`.
    private static func value(_ number: Number, in line: UnsafeRawBufferPointer) -> Double? {
        if let digits = number.digits, number.decimals < powersOfTen.count {
            let magnitude = Double(digits) / powersOfTen[number.decimals]
            return number.negative ? -magnitude : magnitude
        }
        return Double(String(decoding: UnsafeRawBufferPointer(rebasing: line[number.text]), as: UTF8.self))
    }

    /// 10^0 to 10^22: every one exact in a `Double`.
    private static let powersOfTen: [Double] = (0...22).map { (0..<$0).reduce(1.0) { value, _ in value * 10 } }

    /// A position in a line's bytes, read through its pointer: the generic collection methods
    /// over slices cost tens of instructions a byte, and every line is read twice.
    private struct Cursor {
        let base: UnsafeRawPointer
        let end: Int
        var at = 0

        func byte(_ i: Int) -> UInt8 { base.load(fromByteOffset: i, as: UInt8.self) }
        func isDigit(_ i: Int) -> Bool { (0x30...0x39).contains(byte(i)) }

        mutating func expect(_ literal: StaticString) -> Bool {
            let count = literal.utf8CodeUnitCount
            guard end - at >= count, memcmp(base + at, literal.utf8Start, count) == 0 else { return false }
            at += count
            return true
        }

        /// Where `target` next occurs from `at`.
        func index(of target: UInt8) -> Int? {
            guard at < end, let found = memchr(base + at, Int32(target), end - at) else { return nil }
            return base.distance(to: UnsafeRawPointer(found))
        }

        /// A plain JSON number (`-12`, `30.5`; no exponent, no leading zero), up to `stop`.
        mutating func number(until stop: UInt8) -> Number? {
            guard let close = index(of: stop) else { return nil }
            let negative = at < close && byte(at) == UInt8(ascii: "-")
            var i = negative ? at + 1 : at
            let first = i
            var digits = 0, count = 0, decimals = 0
            while i < close, isDigit(i) {
                digits = digits &* 10 &+ Int(byte(i) &- 0x30)
                count += 1
                i += 1
            }
            guard i > first, i - first == 1 || byte(first) != UInt8(ascii: "0") else { return nil }
            if i < close {
                guard byte(i) == UInt8(ascii: "."), close - i > 1 else { return nil }
                i += 1
                while i < close, isDigit(i) {
                    digits = digits &* 10 &+ Int(byte(i) &- 0x30)
                    count += 1
                    decimals += 1
                    i += 1
                }
                guard i == close else { return nil }
            }
            defer { at = close }
            return (at..<close, count <= 15 ? digits : nil, decimals, negative)
        }

        /// A string with no escapes or control characters, up to its closing quote.
        mutating func string() -> Range<Int>? {
            guard expect("\""), let close = index(of: UInt8(ascii: "\"")) else { return nil }
            let body = UnsafeRawBufferPointer(start: base + at, count: close - at)
            guard let high = Self.plain(body), !high || String(validating: body, as: UTF8.self) != nil else { return nil }
            defer { at = close + 1 }
            return at..<close
        }

        /// Nil if `bytes` hold a control character or a backslash; else whether any byte is
        /// past ASCII. Eight bytes at a time: a byte below 0x20, or equal to 0x5C, sets its high
        /// bit in the tests below (exact for detection; Hacker's Delight's "has less than").
        static func plain(_ bytes: UnsafeRawBufferPointer) -> Bool? {
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            var high: UInt64 = 0, i = 0
            while i + 8 <= bytes.count {
                let word = bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let backslash = word ^ (ones &* 0x5C)
                if ((word &- ones &* 0x20) & ~word & highs) != 0 || ((backslash &- ones) & ~backslash & highs) != 0 { return nil }
                high |= word
                i += 8
            }
            while i < bytes.count {
                let byte = bytes[i]
                if byte < 0x20 || byte == UInt8(ascii: "\\") { return nil }
                high |= UInt64(byte)
                i += 1
            }
            return high & highs != 0
        }
    }
}

/// Appends to a journal: one `write` and an `fsync` per line, before the turn is
/// acknowledged, in a file only its owner can read (0600).
final class JournalWriter {
    let path: String
    private let descriptor: Int32

    /// Opens a journal for appending. With a header, the journal is created whole:
    /// the header goes to a temporary file that is renamed into place, so a journal
    /// either does not exist or begins with a complete header.
    init(path: String, header: JournalHeader?) throws {
        self.path = path
        if let header {
            let temporary = path + ".new"
            let created = try Self.open(temporary, flags: O_WRONLY | O_CREAT | O_TRUNC)
            defer { close(created) }
            try Self.write(Self.line(header), to: created, path: temporary)
            guard rename(temporary, path) == 0 else { throw Self.failure("cannot create", path) }
            let directory = Glibc.open((path as NSString).deletingLastPathComponent, O_RDONLY | O_DIRECTORY)
            if directory >= 0 { fsync(directory); close(directory) }
        }
        descriptor = try Self.open(path, flags: O_WRONLY | O_APPEND)
    }

    private static func open(_ path: String, flags: Int32) throws -> Int32 {
        let fd = Glibc.open(path, flags | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw failure("cannot open", path) }
        return fd
    }

    private static func failure(_ what: String, _ path: String) -> CircleError {
        CircleError(.journal, "\(path): \(what) the session journal (\(String(cString: strerror(errno))))")
    }

    private static func line<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var line = try encoder.encode(value)
        line.append(0x0A)
        return line
    }

    /// One write and an fsync: the line is on disk when this returns.
    private static func write(_ line: Data, to fd: Int32, path: String) throws {
        let written = line.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        guard written == line.count, fsync(fd) == 0 else {
            throw CircleError(.journal, "\(path): could not save the turn to the journal (\(String(cString: strerror(errno))))")
        }
    }

    deinit { close(descriptor) }

    func append<T: Encodable>(_ value: T) throws {
        try Self.write(Self.line(value), to: descriptor, path: path)
    }
}

/// A journal read back for resuming. Opening it reads the file once, a line at a time,
/// checking every entry; the entries are read again, one at a time, as replay asks for
/// them (`entries`), so no more than one is held in memory.
public struct Journal: Sendable {
    public let path: String
    public let header: JournalHeader
    /// The answered entries, read from the file as they are replayed.
    public let entries: JournalEntries
    /// Set when the last line was cut off by a crash and was dropped.
    public let droppedTornLine: Bool
    /// Bytes of complete lines.
    private let intactLength: Int

    public init(path: String) throws {
        self.path = path
        let lines = try JournalLines(path: path)
        guard let first = try lines.next({ Data($0) }) else { throw CircleError(.journal, "\(path): the journal is empty (no session header)") }
        let decoder = JSONDecoder()
        guard let header = try? decoder.decode(JournalHeader.self, from: first), header.journal == "circle-session"
        else {
            throw CircleError(.journal, "\(path) line 1: not a Circle session journal (the header is missing or corrupt)")
        }
        guard header.version == 1 else {
            throw CircleError(.journal, "\(path): journal version \(header.version) is newer than this Circle understands (1); update Circle")
        }
        self.header = header
        // Every line is checked now, so a corrupt one is reported before the session starts;
        // only the last is kept (its time is where the resumed session's clock carries on).
        var count = 0
        var lastLine: [UInt8] = []
        while try lines.next({ (line: UnsafeRawBufferPointer) throws -> Void in
            if WrittenLine(line).map({ JournalEntries.isPossible($0.at) }) != true {
                _ = try JournalEntries.decode(line, lineNumber: count + 2, path: path, decoder: decoder)
            }
            lastLine.removeAll(keepingCapacity: true)
            lastLine.append(contentsOf: line)
        }) != nil {
            count += 1
        }
        let last = count == 0 ? nil : try JournalEntries.decode(lastLine, lineNumber: count + 1, path: path, decoder: decoder)
        // A complete journal ends with a newline; anything after the last one is a line
        // torn by a crash in the middle of its write.
        droppedTornLine = lines.torn
        intactLength = lines.intactLength
        entries = JournalEntries(path: path, count: count, last: last)
    }
}

/// The answered entries of a journal, in order. `reader()` reads them from the file one
/// line at a time; a torn last line is never read.
public struct JournalEntries: Sendable {
    public let path: String
    /// How many entries the journal holds.
    public let count: Int
    /// The last entry (its time is where the resumed session's clock carries on).
    public let last: JournalEntry?

    /// No entries: a session that is not resumed.
    public static let none = JournalEntries(path: "", count: 0, last: nil)

    public var isEmpty: Bool { count == 0 }

    /// Reads the entries from the start.
    public func reader() throws -> Reader {
        try Reader(entries: self)
    }

    /// Reads entries one at a time.
    public struct Reader {
        private let lines: JournalLines?
        private var read = 0
        private let entries: JournalEntries
        private let decoder = JSONDecoder()
        /// The last entry's key, used again while the keys repeat.
        private var key: String?

        init(entries: JournalEntries) throws {
            self.entries = entries
            lines = entries.isEmpty ? nil : try JournalLines(path: entries.path)
            _ = try lines?.next { _ in }  // the header
        }

        /// The next entry, or nil after the last.
        public mutating func next() throws -> JournalEntry? {
            guard read < entries.count, let lines else { return nil }
            let (number, path, decoder, key) = (read + 2, entries.path, decoder, key)
            guard let entry = try lines.next({ try JournalEntries.decode($0, lineNumber: number, path: path, decoder: decoder, key: key) }) else {
                return nil
            }
            read += 1
            self.key = entry.key
            return entry
        }
    }

    /// The latest time a turn can have been given (a year of seconds): the clocks of pages and
    /// terminals count from it, so a hand-edited `1e300` is refused here rather than trap there.
    static let latest: Double = 366 * 24 * 3600

    /// Whether a turn can have been given at `at` seconds into its session.
    static func isPossible(_ at: Double) -> Bool { (0...latest).contains(at) }

    static func decode(_ line: some ContiguousBytes, lineNumber: Int, path: String, decoder: JSONDecoder, key: String? = nil) throws -> JournalEntry {
        let read = line.withUnsafeBytes { bytes in
            JournalEntry(writtenLine: bytes, key: key) ?? (try? decoder.decode(JournalEntry.self, from: Data(bytes)))
        }
        guard let entry = read, isPossible(entry.at) else {
            throw CircleError(
                .journal, "\(path) line \(lineNumber): corrupt journal entry; the lines before it are intact — keep a copy, remove this line and what follows, then resume")
        }
        return entry
    }
}

/// The complete lines of a file, read through a buffer; what follows the last newline
/// is a torn line, never returned.
final class JournalLines {
    private let path: String
    private let file: UnsafeMutablePointer<FILE>
    private var buffer: UnsafeMutablePointer<CChar>?
    private var capacity = 0
    /// Bytes of the complete lines returned so far.
    private(set) var intactLength = 0
    /// Set once the end is reached, if the file does not end with a newline.
    private(set) var torn = false

    init(path: String) throws {
        guard let file = fopen(path, "re") else { throw CircleError(.journal, "\(path): cannot read the session journal") }
        self.path = path
        self.file = file
    }

    deinit {
        fclose(file)
        free(buffer)
    }

    /// Hands the next complete line, without its newline, to `body` (valid only inside it);
    /// nil at the end.
    func next<T>(_ body: (UnsafeRawBufferPointer) throws -> T) throws -> T? {
        let length = getline(&buffer, &capacity, file)
        if length < 0, ferror(file) != 0 { throw CircleError(.journal, "\(path): cannot read the session journal") }
        guard length > 0, let buffer else { return nil }
        guard buffer[length - 1] == 0x0A else {
            torn = true
            return nil
        }
        intactLength += length
        return try body(UnsafeRawBufferPointer(start: buffer, count: length - 1))
    }
}

extension Journal {
    /// Cuts a torn last line off the file, so new turns are appended after the intact ones.
    public func rewrite() throws {
        guard truncate(path, off_t(intactLength)) == 0 else {
            throw CircleError(.journal, "\(path): cannot remove the torn last line (\(String(cString: strerror(errno))))")
        }
    }
}
