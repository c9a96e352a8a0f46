import Foundation

/// Where journals live: `$CIRCLE_STATE_DIR`, else `$XDG_STATE_HOME/circle`, else
/// `$HOME/.local/state/circle` (see `UserDirectories`).
public enum StateDirectory {
    public static func sessions(override: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String {
        let base: String
        if let override { base = override }
        else if let dir = environment["CIRCLE_STATE_DIR"], !dir.isEmpty { base = dir }
        else { base = UserDirectories(environment: environment).stateHome + "/circle" }
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
