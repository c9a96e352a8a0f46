import Foundation

/// The formats a facilitator can run: the `.lua` files of a directory, and the folder of
/// helper modules they may `require`.
public struct FormatLibrary: Sendable {
    public let directory: String
    public let library: String?

    /// The formats in `directory`, loading helper modules from `library` (none if nil).
    public init(directory: String, library: String? = nil) {
        self.directory = directory
        self.library = library
    }

    /// The format files, sorted by name.
    public func files() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".lua") }.sorted().map { (directory as NSString).appendingPathComponent($0) }
    }

    /// Each format's metadata, or the error that keeps it from loading. Each file is read
    /// under a tight budget, so one that loops or grows at load time is reported here and
    /// the others still list.
    public func definitions() -> [(file: String, result: Result<FormatDefinition, CircleError>)] {
        files().map { file in
            do { return (file, .success(try LoadedFormat(path: file, library: library, seed: 1, metadataOnly: true).definition)) } catch {
                return (file, .failure(error as? CircleError ?? CircleError(.format, "\(file): \(error)")))
            }
        }
    }

    /// The metadata of the format in `file`.
    public func definition(of file: String) throws -> FormatDefinition {
        try LoadedFormat(path: file, library: library, seed: 1, metadataOnly: true).definition
    }

    /// A path to a format given as a file path or as a format id from the library.
    public func resolve(_ name: String) throws -> String {
        if name.hasSuffix(".lua") || name.contains("/") {
            guard FileManager.default.fileExists(atPath: name) else { throw CircleError(.format, "\(name): no such format file") }
            return name
        }
        for (file, result) in definitions() {
            if case .success(let definition) = result, definition.id.rawValue == name { return file }
        }
        let snake = (directory as NSString).appendingPathComponent(name.replacingOccurrences(of: "-", with: "_") + ".lua")
        if FileManager.default.fileExists(atPath: snake) { return snake }
        throw CircleError(.format, "no format with id '\(name)' in \(directory); `circle formats` lists them")
    }
}
