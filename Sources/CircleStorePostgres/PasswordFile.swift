import CircleKit
import Foundation

/// A store's password, found as libpq finds it: `$PGPASSWORD`, else the pgpass file
/// (`$PGPASSFILE`, else `~/.pgpass`): lines `HOST:PORT:DATABASE:USER:PASSWORD`, `*` matching
/// anything, `\:` and `\\` for a colon or backslash in a field, `#` starting a comment. The first
/// matching line wins. Like libpq, a file that others could read is not used: here it is a clear
/// error rather than a warning, so no one wonders why the password is asked for.
public enum PasswordFile {
    /// Where the pgpass file is looked for.
    public static func defaultPath(environment: [String: String]) -> String {
        if let path = environment["PGPASSFILE"], !path.isEmpty { return path }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.pgpass"
    }

    /// The password for `address`, or nil when there is none (the server may not ask for one).
    public static func password(for address: PostgresAddress, environment: [String: String]) throws -> String? {
        if let password = environment["PGPASSWORD"], !password.isEmpty { return password }
        let path = defaultPath(environment: environment)
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw CircleError(.files, "\(path): the pgpass file is not a plain file")
        }
        guard status.st_mode & 0o077 == 0 else {
            throw CircleError(
                .files, "\(path): the pgpass file can be read by others (mode \(String(status.st_mode & 0o777, radix: 8))); make it yours only with chmod 600 \(path), as PostgreSQL's own tools require")
        }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw CircleError(.files, "\(path): cannot read the pgpass file")
        }
        let wanted = [address.host, String(address.port), address.database, address.user]
        for line in text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = Self.fields(of: String(line))
            guard fields.count == 5 else { continue }
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }

    /// A line's fields: split at unescaped colons, with `\:` and `\\` unescaped.
    static func fields(of line: String) -> [String] {
        var fields: [String] = []
        var field = ""
        var escaped = false
        for character in line {
            if escaped {
                field.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":", fields.count < 4 {
                fields.append(field)
                field = ""
            } else {
                field.append(character)
            }
        }
        fields.append(field)
        return fields
    }
}
