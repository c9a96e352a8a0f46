import Foundation

/// The resumable sessions in a journal directory.
public struct SessionList: Sendable {
    public struct Entry: Sendable {
        public let id: String
        public let path: String
        public let modified: Date
        /// The journal, or why it cannot be read.
        public let journal: Result<Journal, CircleError>
    }

    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// Newest first.
    public func entries() -> [Entry] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".jsonl") }.map { name in
            let path = directory + "/" + name
            let modified = (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date) ?? .distantPast
            let journal = Result { try Journal(path: path) }.mapError { $0 as? CircleError ?? CircleError(.journal, "\(path): \($0)") }
            return Entry(id: String(name.dropLast(6)), path: path, modified: modified, journal: journal)
        }.sorted { $0.modified > $1.modified }
    }

    /// The journal of session `id` (a prefix is enough), or of the most recent session.
    public func journalPath(for id: String?) throws -> String {
        let all = entries()
        guard let id else {
            guard let latest = all.first else { throw CircleError(.journal, "no sessions to resume in \(directory)") }
            return latest.path
        }
        let matches = all.filter { $0.id.hasPrefix(id) }
        guard matches.count == 1 else {
            throw CircleError(.journal, matches.isEmpty ? "no session '\(id)' in \(directory); `circle sessions` lists them" : "'\(id)' matches several sessions; give more of the id")
        }
        return matches[0].path
    }
}
