import LuaKit

/// An error Circle reports to a person: one clear message naming the file and what to fix,
/// and what kind of thing was wrong, so callers can tell a broken format from a corrupt journal
/// without reading the message.
public struct CircleError: Error, CustomStringConvertible, Equatable {
    /// What the error is about.
    public enum Kind: Sendable, Equatable {
        /// A session format: its Lua, its metadata, what it asked of the host.
        case format
        /// A session journal (resume), the session list or the state directory.
        case journal
        /// A rehearsal file.
        case rehearsal
        /// Case material (a scenario file).
        case scenario
        /// The theme codebook.
        case codebook
        /// An exchange bundle.
        case bundle
        /// The theme store.
        case store
        /// Compiling or writing a report.
        case report
        /// The room display.
        case room
        /// What a person typed: a command-line value, a tag, a name list.
        case input
        /// Circle's own files: where they are installed, a file it cannot write.
        case files
    }

    public let kind: Kind
    public let description: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        description = message
    }

    /// A Lua error from a format, with its kind in words.
    static func format(_ error: LuaError, path: String) -> CircleError {
        let kind: String
        switch error.kind {
        case .syntax: kind = "syntax error"
        case .sandbox: kind = "not allowed in a format"
        case .limit(.instructions): kind = "stopped: too much work in one turn"
        case .limit(.memory): kind = "stopped: out of memory"
        case .limit(.stack): kind = "stopped: recursion too deep"
        case .runtime, .value: kind = "error"
        }
        return CircleError(.format, "\(error.message) (\(kind) in \(path))")
    }
}
