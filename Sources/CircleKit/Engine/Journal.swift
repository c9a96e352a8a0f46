import Foundation
#if canImport(Glibc)
import Glibc
#endif

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
        CircleError("\(path): \(what) the session journal (\(String(cString: strerror(errno))))")
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
            throw CircleError("\(path): could not save the turn to the journal (\(String(cString: strerror(errno))))")
        }
    }

    deinit { close(descriptor) }

    func append<T: Encodable>(_ value: T) throws {
        try Self.write(Self.line(value), to: descriptor, path: path)
    }
}

/// A journal read back for resuming.
public struct Journal: Sendable {
    public let path: String
    public let header: JournalHeader
    public let entries: [JournalEntry]
    /// Set when the last line was cut off by a crash and was dropped.
    public let droppedTornLine: Bool
    /// Bytes of complete lines.
    private let intactLength: Int

    public init(path: String) throws {
        self.path = path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CircleError("\(path): cannot read the session journal")
        }
        var lines = data.split(separator: 0x0A, omittingEmptySubsequences: false)
        // A complete journal ends with a newline, so the last piece is empty; anything
        // else there is a line torn by a crash in the middle of its write.
        let torn = !(lines.last?.isEmpty ?? true)
        lines.removeLast()
        droppedTornLine = torn
        intactLength = lines.reduce(0) { $0 + $1.count + 1 }
        guard let first = lines.first else { throw CircleError("\(path): the journal is empty (no session header)") }
        let decoder = JSONDecoder()
        guard let header = try? decoder.decode(JournalHeader.self, from: Data(first)), header.journal == "circle-session"
        else {
            throw CircleError("\(path) line 1: not a Circle session journal (the header is missing or corrupt)")
        }
        guard header.version == 1 else {
            throw CircleError("\(path): journal version \(header.version) is newer than this Circle understands (1); update Circle")
        }
        self.header = header
        entries = try lines.dropFirst().enumerated().map { offset, line in
            guard let entry = try? decoder.decode(JournalEntry.self, from: Data(line)) else {
                throw CircleError(
                    "\(path) line \(offset + 2): corrupt journal entry; the lines before it are intact — keep a copy, remove this line and what follows, then resume")
            }
            return entry
        }
    }
}

extension Journal {
    /// Cuts a torn last line off the file, so new turns are appended after the intact ones.
    public func rewrite() throws {
        guard truncate(path, off_t(intactLength)) == 0 else {
            throw CircleError("\(path): cannot remove the torn last line (\(String(cString: strerror(errno))))")
        }
    }
}
