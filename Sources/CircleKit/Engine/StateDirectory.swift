import Foundation

/// Where journals live: `$CIRCLE_STATE_DIR`, else `$XDG_STATE_HOME/circle`, else `~/.local/state/circle`.
public enum StateDirectory {
    public static func sessions(override: String? = nil) throws -> String {
        let environment = ProcessInfo.processInfo.environment
        let base: String
        if let override { base = override }
        else if let dir = environment["CIRCLE_STATE_DIR"], !dir.isEmpty { base = dir }
        else if let xdg = environment["XDG_STATE_HOME"], !xdg.isEmpty { base = xdg + "/circle" }
        else { base = NSHomeDirectory() + "/.local/state/circle" }
        let path = base + "/sessions"
        do {
            try FileManager.default.createDirectory(
                atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw CircleError(.journal, "\(path): cannot create the directory for session journals (\(error.localizedDescription))")
        }
        return path
    }
}
