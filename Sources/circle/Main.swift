import CircleRoom
import Dispatch
import Foundation

/// circle's entry point. Before Swift's concurrency runtime starts, it checks that files can
/// still be opened: the runtime takes a few descriptors as it starts and traps (SIGILL) when
/// it finds none, before any of Circle's code could say why. Then it runs the command, as an
/// `async` main would.
@main
enum Main {
    static func main() {
        if let shortage = OpenFiles.shortage() {
            FileHandle.standardError.write(Data("circle: \(shortage)\n".utf8))
            exit(EXIT_FAILURE)
        }
        Task {
            await CircleCommand.main()
            exit(EXIT_SUCCESS)
        }
        dispatchMain()
    }
}

/// Free file descriptors at start-up.
enum OpenFiles {
    /// Descriptors that must be free to start: Swift's concurrency runtime takes three as it
    /// starts (an epoll, two eventfds); two more leave room for the first files a command opens,
    /// so a shortage after that is one of Circle's clear errors, not a trap.
    static let neededToStart = 5

    /// Why circle cannot start (too few descriptors are free, even with the soft limit raised
    /// to the hard one), or nil.
    static func shortage() -> String? {
        let limit = FileLimit.raise() ?? 1024
        var free = 0
        var fd: Int32 = 0
        while free < neededToStart, Int(fd) < limit {
            if fcntl(fd, F_GETFD) == -1, errno == EBADF { free += 1 }
            fd += 1
        }
        guard free < neededToStart else { return nil }
        return "only \(free) more files can be opened (the open-files limit is \(limit), and \(limit - free) are already open), "
            + "and Circle needs at least \(neededToStart) to start: close some, or raise the limit (e.g. ulimit -n 1024) and run it again"
    }
}
