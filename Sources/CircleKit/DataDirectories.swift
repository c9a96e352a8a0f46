import Foundation

/// Where Circle finds the data it ships: the session formats, the helper modules they may
/// `require`, the theme codebook and the editor definitions for format authors.
///
/// Each is looked for, in order, in
/// 1. the copy installed with this binary: `PREFIX/share/circle` when it is `PREFIX/bin/circle`;
/// 2. the checkout it was built in (`swift run`, `swift test`): the `Scripts` folder of the nearest
///    folder above the executable that holds `Package.swift` and `Scripts/formats`;
/// 3. `$XDG_DATA_HOME/circle` (`~/.local/share/circle`), then `circle` in each of `$XDG_DATA_DIRS`
///    (`/usr/local/share:/usr/share`).
///
/// The places are found from the executable's location, never the current directory, so a
/// command runs the same from any folder. A binary's own data comes before the XDG folders, so a
/// build in a checkout runs the checkout's formats even where another copy is installed.
public struct DataDirectories: Sendable {
    /// One piece of shipped data, by its name inside a data folder.
    public enum Item: String, Sendable {
        case formats
        case library = "lib"
        case codebook = "themes.lua"
        case definitions = "circle.d.lua"

        var isFolder: Bool { self == .formats || self == .library }

        var description: String {
            switch self {
            case .formats: "session formats"
            case .library: "helper modules"
            case .codebook: "theme codebook"
            case .definitions: "editor definitions"
            }
        }
    }

    /// The data folders searched, first match wins.
    public let roots: [String]

    /// The data folders of the running executable, worked out once.
    public static let standard = DataDirectories(
        executable: Bundle.main.executableURL?.path ?? CommandLine.arguments[0],
        environment: ProcessInfo.processInfo.environment)

    /// The data folders for an executable at `executable` (symbolic links followed).
    public init(executable: String, environment: [String: String]) {
        let binary = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        var roots = [binary.deletingLastPathComponent().appendingPathComponent("share/circle").path]
        if let checkout = Self.checkout(above: binary) { roots.append(checkout + "/Scripts") }
        let user = UserDirectories(environment: environment)
        roots += ([user.dataHome] + user.dataDirectories).map { ($0 as NSString).appendingPathComponent("circle") }
        var seen = Set<String>()
        self.roots = roots.map { ($0 as NSString).standardizingPath }.filter { seen.insert($0).inserted }
    }

    /// The path of `item` in the first data folder that holds it.
    public func path(of item: Item) throws -> String {
        for root in roots {
            let candidate = (root as NSString).appendingPathComponent(item.rawValue)
            var folder: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &folder), folder.boolValue == item.isFolder {
                return candidate
            }
        }
        throw CircleError(
            .files, "cannot find Circle's \(item.description) (\(item.rawValue)): looked in \(roots.joined(separator: ", ")); "
                + "install Circle with `make install`, or name the \(item.isFolder ? "folder" : "file") to use")
    }

    /// The nearest folder at or above `folder` that is a Circle checkout.
    private static func checkout(above folder: URL) -> String? {
        var candidate = folder
        while candidate.path != "/" {
            let path = candidate.path
            if FileManager.default.fileExists(atPath: path + "/Package.swift"),
                FileManager.default.fileExists(atPath: path + "/Scripts/formats")
            {
                return path
            }
            candidate = candidate.deletingLastPathComponent()
        }
        return nil
    }
}

/// The user's folders, read from the environment by one rule, the XDG Base Directory
/// specification's: a variable counts only when it holds an absolute path (unset, empty or
/// relative, it is ignored), and `$XDG_DATA_HOME`, `$XDG_STATE_HOME` and `$XDG_CONFIG_HOME`
/// default to `$HOME/.local/share`, `$HOME/.local/state` and `$HOME/.config`. `$HOME` is read here, not from the password
/// database (which is what Foundation's `NSHomeDirectory()` does on Linux).
public struct UserDirectories: Sendable {
    /// The home folder: `$HOME`, else the account's home from the system.
    public let home: String
    /// `$XDG_DATA_HOME`, else `~/.local/share`.
    public let dataHome: String
    /// `$XDG_STATE_HOME`, else `~/.local/state`.
    public let stateHome: String
    /// `$XDG_DATA_DIRS`, else `/usr/local/share` and `/usr/share`.
    public let dataDirectories: [String]
    /// `$XDG_CONFIG_HOME`, else `~/.config`.
    public let configHome: String
    /// `$XDG_CONFIG_DIRS`, else `/etc/xdg`.
    public let configDirectories: [String]

    /// The folders this process's environment names.
    public static var current: UserDirectories { UserDirectories(environment: ProcessInfo.processInfo.environment) }

    public init(environment: [String: String]) {
        let absolute = { (name: String) in environment[name].flatMap { $0.hasPrefix("/") ? $0 : nil } }
        home = absolute("HOME") ?? NSHomeDirectory()
        dataHome = absolute("XDG_DATA_HOME") ?? home + "/.local/share"
        stateHome = absolute("XDG_STATE_HOME") ?? home + "/.local/state"
        configHome = absolute("XDG_CONFIG_HOME") ?? home + "/.config"
        let list = { (name: String, fallback: String) in
            (environment[name].flatMap { $0.isEmpty ? nil : $0 } ?? fallback).split(separator: ":").map(String.init).filter { $0.hasPrefix("/") }
        }
        dataDirectories = list("XDG_DATA_DIRS", "/usr/local/share:/usr/share")
        configDirectories = list("XDG_CONFIG_DIRS", "/etc/xdg")
    }
}
