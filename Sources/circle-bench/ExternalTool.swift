import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A program the benchmarks run beside Circle (`lua5.4`, `sqlite3`, or this benchmark
/// itself), started with `posix_spawn` so that nothing but the program is timed.
struct ExternalTool: Sendable {
    let name: String
    let path: String

    /// The tool on `PATH`, or an error saying it is missing and how to install it.
    static func find(_ name: String, package: String) throws -> ExternalTool {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        for directory in directories {
            let candidate = "\(directory)/\(name)"
            if access(candidate, X_OK) == 0 { return ExternalTool(name: name, path: candidate) }
        }
        throw BenchError("\(name) is not on PATH; the side-by-side baseline needs it (Debian: apt-get install \(package))")
    }

    /// This benchmark's own executable, to run a measurement in a fresh process.
    static func current() throws -> ExternalTool {
        guard let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else {
            throw BenchError("cannot find this benchmark's own executable (/proc/self/exe)")
        }
        return ExternalTool(name: "circle-bench", path: path)
    }

    /// Runs the tool to completion with standard input from /dev/null and standard output
    /// to `output`; returns the wall-clock seconds from spawn to exit. A failure throws.
    @discardableResult
    func run(_ arguments: [String], output: String = "/dev/null") throws -> Double {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var pid: pid_t = 0
        var status: Int32 = 0
        let clock = ContinuousClock()
        let start = clock.now
        let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
        guard spawned == 0 else { throw BenchError("cannot start \(path) (\(String(cString: strerror(spawned))))") }
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw BenchError("lost track of \(name) (\(String(cString: strerror(errno))))") }
        }
        let elapsed = Timing.seconds(from: start, to: clock.now)
        let signal = status & 0x7F
        let code = (status >> 8) & 0xFF
        guard signal == 0, code == 0 else {
            throw BenchError("\(name) \(arguments.prefix(1).joined()) failed (\(signal != 0 ? "signal \(signal)" : "exit status \(code)"))")
        }
        return elapsed
    }
}
