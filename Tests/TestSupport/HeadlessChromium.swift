import Foundation
import Glibc

// A small, dependency-free Chrome DevTools Protocol client for driving Debian's headless Chromium
// from tests, over `--remote-debugging-pipe`: Chromium reads NUL-terminated JSON commands from its
// fd 3 and writes NUL-terminated JSON responses and events to its fd 4. Linux only.

/// Why a `HeadlessChromium` or `BrowserPage` call failed; `description` is a readable message.
public struct HeadlessChromiumError: Error, CustomStringConvertible, LocalizedError {
    /// The broad kind of failure, for tests that want to tell them apart.
    public enum Kind: Sendable, Equatable {
        /// No Chromium executable was found.
        case notFound
        /// Chromium could not be started, or did not answer its first command.
        case launchFailed
        /// A wait (a command's response, a page load, `wait(until:)`) ran out of time.
        case timeout
        /// The page's JavaScript threw (or rejected) while being evaluated.
        case javaScript
        /// Chromium answered a command with a protocol error, or with something unexpected.
        case protocolError
        /// The browser (or the page's renderer) exited, crashed or was closed.
        case browserGone
        /// A local I/O failure, such as writing a screenshot file.
        case io
    }

    public let kind: Kind
    public let message: String

    init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
    public var errorDescription: String? { message }
}

/// One headless Chromium process, driven over the DevTools protocol through a pair of pipes.
///
/// ```swift
/// let browser = try HeadlessChromium()
/// defer { browser.close() }
/// let page = try browser.open("http://127.0.0.1:\(port)/")
/// try page.wait(until: "document.querySelector('#ready') !== null")
/// try page.screenshot(to: "/tmp/room.png")
/// ```
///
/// Every wait is bounded (`timeout`, 15 s by default) and throws `HeadlessChromiumError` instead of
/// hanging. The browser runs with a fresh profile in a temporary directory, which `close()` (also
/// called from `deinit`) removes after ending the process. Not meant to be shared between threads:
/// use one instance per test.
///
/// The executable is `$CHROMIUM_PATH` if set, else Debian's `/usr/lib/chromium/chromium` (the binary
/// behind the `/usr/bin/chromium` wrapper script), else the first of `chromium`, `chromium-browser`,
/// `google-chrome` found on `PATH`.
public final class HeadlessChromium {
    /// The default window (and page viewport) size, in CSS pixels.
    let width: Int
    let height: Int
    /// Bounds each wait for a response or event, in seconds.
    let timeout: Double
    /// The Chromium executable that was started.
    let executablePath: String
    /// The browser process id (the leader of its own process group).
    let processID: pid_t

    private let temporaryDirectory: String
    private let logPath: String
    fileprivate let pipe: CDPPipe
    private var isClosed = false
    /// The `waitpid` status once `close()` has reaped the process (if it could).
    private var exitStatus: Int32?

    /// Chromium's command-line flags, besides the profile directory, window size and first URL.
    static let standardArguments = [
        "--headless=new",
        "--remote-debugging-pipe",
        "--no-sandbox",  // needed when running as root (containers, CI)
        "--disable-gpu",
        "--disable-dev-shm-usage",  // containers often have a tiny /dev/shm
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-extensions",
        "--disable-component-update",
        "--disable-background-networking",
        "--disable-sync",
        "--disable-default-apps",
        "--disable-breakpad",
        "--mute-audio",
        "--password-store=basic",
        // Pages opened side by side must all keep running timers and animation frames.
        "--disable-background-timer-throttling",
        "--disable-backgrounding-occluded-windows",
        "--disable-renderer-backgrounding",
    ]

    /// Starts Chromium and checks that it answers on the DevTools pipe.
    ///
    /// - Parameters:
    ///   - width, height: window and default viewport size of pages opened with `open(_:)`.
    ///   - timeout: bounds every later wait; the launch itself may take up to `max(timeout, 30)` s.
    ///   - extraArguments: more Chromium flags, appended after `standardArguments`.
    public init(width: Int = 1280, height: Int = 800, timeout: Double = 15, extraArguments: [String] = []) throws {
        guard width > 0, height > 0 else {
            throw HeadlessChromiumError(.launchFailed, "invalid window size \(width)x\(height)")
        }
        guard timeout > 0 else { throw HeadlessChromiumError(.launchFailed, "invalid timeout \(timeout)") }
        HeadlessChromium.ignoreSIGPIPE()
        self.width = width
        self.height = height
        self.timeout = timeout
        executablePath = try HeadlessChromium.findExecutable()

        let base = FileManager.default.temporaryDirectory.appendingPathComponent("headless-chromium-XXXXXX").path
        var template = Array(base.utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { mkdtemp($0) != nil } ?? false
        }
        guard made else {
            throw HeadlessChromiumError(.launchFailed, "cannot create a temporary directory \(base): \(errnoText())")
        }
        temporaryDirectory = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        logPath = temporaryDirectory + "/chromium.log"
        let profile = temporaryDirectory + "/profile"

        let arguments = [executablePath] + HeadlessChromium.standardArguments + extraArguments + [
            "--user-data-dir=\(profile)",
            "--window-size=\(width),\(height)",
            "about:blank",
        ]
        let spawned: (pid: pid_t, toChromium: Int32, fromChromium: Int32)
        do {
            spawned = try HeadlessChromium.spawn(arguments, logPath: logPath)
        } catch {
            try? FileManager.default.removeItem(atPath: temporaryDirectory)
            throw error
        }
        processID = spawned.pid
        let logPath = self.logPath
        pipe = CDPPipe(readFD: spawned.fromChromium, writeFD: spawned.toChromium) {
            HeadlessChromium.logTail(logPath)
        }
        do {
            _ = try pipe.send("Browser.getVersion", timeout: max(timeout, 30))
        } catch let error as HeadlessChromiumError {
            // A `.browserGone` message already ends with the log tail.
            let tail = error.kind == .browserGone ? "" : HeadlessChromium.logTail(logPath)
            terminate(graceful: false)
            let status = exitStatus.map { " [\(HeadlessChromium.describe(status: $0))]" } ?? ""
            throw HeadlessChromiumError(
                .launchFailed,
                "chromium (\(executablePath)) did not start\(status): \(error.message)"
                    + (tail.isEmpty ? "" : "\nchromium log tail:\n\(tail)"))
        }
    }

    deinit { close() }

    /// Opens a new page (tab), attaches to it, enables the Page and Runtime domains, sets the
    /// viewport to the browser's size, navigates to `url` and waits for its load event.
    public func open(_ url: String) throws -> BrowserPage {
        guard !isClosed else { throw HeadlessChromiumError(.browserGone, "HeadlessChromium was closed") }
        let created = try pipe.send(
            "Target.createTarget", ["url": "about:blank", "newWindow": true, "width": width, "height": height], timeout: timeout)
        guard let targetID = created["targetId"] as? String else {
            throw HeadlessChromiumError(.protocolError, "Target.createTarget returned no targetId: \(created)")
        }
        let attached = try pipe.send("Target.attachToTarget", ["targetId": targetID, "flatten": true], timeout: timeout)
        guard let sessionID = attached["sessionId"] as? String else {
            throw HeadlessChromiumError(.protocolError, "Target.attachToTarget returned no sessionId: \(attached)")
        }
        let page = BrowserPage(browser: self, targetID: targetID, sessionID: sessionID)
        try page.send("Page.enable")
        try page.send("Page.setLifecycleEventsEnabled", ["enabled": true])
        try page.send("Runtime.enable")
        // Headless pages are not focused windows; without this, focus, `:focus-visible` and key
        // events misbehave as soon as two pages exist.
        try page.send("Emulation.setFocusEmulationEnabled", ["enabled": true])
        try page.setViewport(width: width, height: height)
        try page.navigate(url)
        return page
    }

    /// Asks Chromium to quit (`Browser.close`), kills its process group if it has not exited within
    /// a few seconds, reaps it, and removes the temporary profile. Safe to call more than once.
    public func close() { terminate(graceful: true) }

    private func terminate(graceful: Bool) {
        if isClosed { return }
        isClosed = true
        pipe.expectEOF(reason: "HeadlessChromium was closed")
        var reaped: Int32?
        if graceful {
            _ = try? pipe.send("Browser.close", timeout: 3)
            reaped = HeadlessChromium.reap(processID, within: 5)
        } else {
            reaped = HeadlessChromium.reap(processID, within: 0.2)
        }
        if reaped == nil {
            kill(-processID, SIGKILL)  // the whole group: renderers, zygote, utilities
            kill(processID, SIGKILL)
            reaped = HeadlessChromium.reap(processID, within: 5)
        }
        if let status = reaped, status >= 0 { exitStatus = status }
        pipe.shutDown(reason: "HeadlessChromium was closed")
        try? FileManager.default.removeItem(atPath: temporaryDirectory)
    }

    // MARK: - Launching

    private static let sigpipeIgnored: Void = {
        // A write to the pipe of a dead Chromium must fail with EPIPE, not kill the test process.
        _ = signal(SIGPIPE, SIG_IGN)
    }()

    private static func ignoreSIGPIPE() { _ = sigpipeIgnored }

    private static func findExecutable() throws -> String {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["CHROMIUM_PATH"], !path.isEmpty {
            guard access(path, X_OK) == 0 else {
                throw HeadlessChromiumError(.notFound, "CHROMIUM_PATH=\(path) is not an executable file")
            }
            return path
        }
        // Debian's /usr/bin/chromium is a shell script that adds flags (extensions and the like)
        // and execs this binary; starting the binary directly is faster and more predictable.
        var candidates = ["/usr/lib/chromium/chromium"]
        let directories = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            candidates += directories.map { "\($0)/\(name)" }
        }
        if let found = candidates.first(where: { access($0, X_OK) == 0 }) { return found }
        throw HeadlessChromiumError(
            .notFound,
            "chromium not found: install Debian's chromium package (apt-get install -y chromium), or set CHROMIUM_PATH")
    }

    /// Starts `arguments[0]` in its own process group with a pipe on its fd 3 (commands, which it
    /// reads) and one on its fd 4 (responses, which it writes); stdin is /dev/null, stdout and
    /// stderr go to `logPath`. Returns the parent's ends of the two pipes.
    private static func spawn(_ arguments: [String], logPath: String) throws -> (
        pid: pid_t, toChromium: Int32, fromChromium: Int32
    ) {
        // Close-on-exec, so that processes spawned concurrently by other tests do not inherit them.
        var commands: [Int32] = [-1, -1]  // [0]: Chromium reads, [1]: we write
        var responses: [Int32] = [-1, -1]  // [0]: we read, [1]: Chromium writes
        var opened: [Int32] = []
        func closeAll() { for fd in opened where fd >= 0 { _ = Glibc.close(fd) } }
        guard GlibcExtras.pipeCloseOnExec(&commands) == 0 else {
            throw HeadlessChromiumError(.launchFailed, "pipe2 failed: \(errnoText())")
        }
        opened += commands
        guard GlibcExtras.pipeCloseOnExec(&responses) == 0 else {
            let message = errnoText()
            closeAll()
            throw HeadlessChromiumError(.launchFailed, "pipe2 failed: \(message)")
        }
        opened += responses
        // Move the child's ends above 4, so that dup2 onto 3 and 4 cannot clobber one with the other.
        func moveHigh(_ fd: Int32) throws -> Int32 {
            let high = fcntl(fd, F_DUPFD_CLOEXEC, 10)
            guard high >= 0 else { throw HeadlessChromiumError(.launchFailed, "fcntl(F_DUPFD_CLOEXEC) failed: \(errnoText())") }
            opened.append(high)
            return high
        }
        let childReads: Int32
        let childWrites: Int32
        do {
            childReads = try moveHigh(commands[0])
            childWrites = try moveHigh(responses[1])
        } catch {
            closeAll()
            throw error
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // dup2 clears close-on-exec on the new descriptors 3 and 4.
        posix_spawn_file_actions_adddup2(&actions, childReads, 3)
        posix_spawn_file_actions_adddup2(&actions, childWrites, 4)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, logPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        // Nothing else (such as another test's pipe that lacks close-on-exec) leaks into Chromium.
        if let addCloseFrom = GlibcExtras.addCloseFrom { _ = addCloseFrom(&actions, 5) }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaultSignals = sigset_t()
        sigemptyset(&defaultSignals)
        sigaddset(&defaultSignals, SIGPIPE)  // we ignore SIGPIPE; Chromium gets the default back
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigdefault(&attributes, &defaultSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setpgroup(&attributes, 0)  // its own group, so close() can kill it all
        posix_spawnattr_setflags(
            &attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETPGROUP))

        let environment = ProcessInfo.processInfo.environment.map { "\($0.key)=\($0.value)" }
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        var envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, arguments[0], &actions, &attributes, &argv, &envp)
        // The child's ends (and the originals that were moved) are not ours to keep.
        for fd in [commands[0], responses[1], childReads, childWrites] { _ = Glibc.close(fd) }
        guard status == 0 else {
            _ = Glibc.close(commands[1])
            _ = Glibc.close(responses[0])
            throw HeadlessChromiumError(
                .launchFailed, "cannot start \(arguments[0]): \(String(cString: strerror(status)))")
        }
        return (pid, commands[1], responses[0])
    }

    /// Waits up to `seconds` for `pid` to exit and reaps it. Returns its `waitpid` status, -1 if
    /// it is gone but the status is unknown (someone else reaped it), or nil if it is still running.
    private static func reap(_ pid: pid_t, within seconds: Double) -> Int32? {
        let deadline = monotonicSeconds() + seconds
        while true {
            var status: Int32 = 0
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { return status }
            if result < 0 && errno != EINTR { return -1 }  // ECHILD
            if monotonicSeconds() >= deadline { return nil }
            usleep(10_000)
        }
    }

    /// "exit status 3" or "killed by signal 9", from a `waitpid` status.
    private static func describe(status: Int32) -> String {
        let signal = status & 0x7f
        return signal == 0 ? "exit status \((status >> 8) & 0xff)" : "killed by signal \(signal)"
    }

    /// The last lines of Chromium's stdout/stderr, for error messages.
    fileprivate static func logTail(_ path: String, lines: Int = 12) -> String {
        guard let data = FileManager.default.contents(atPath: path), !data.isEmpty else { return "" }
        let text = String(decoding: data.suffix(16384), as: UTF8.self)
        // Chromium complains about the missing D-Bus at every start; that is noise here.
        let useful = text.split(separator: "\n").filter { !$0.contains(":ERROR:dbus/") }
        return useful.suffix(lines).joined(separator: "\n")
    }
}

/// One page (tab) of a `HeadlessChromium`, attached through a flattened DevTools session.
/// Keeps its browser alive. Create it with `HeadlessChromium.open(_:)`.
public final class BrowserPage {
    /// The browser this page belongs to.
    let browser: HeadlessChromium
    /// The DevTools target id and flattened session id of the page.
    let targetID: String
    let sessionID: String
    /// Bounds each wait for a response or load event, in seconds (the browser's by default).
    var timeout: Double

    fileprivate init(browser: HeadlessChromium, targetID: String, sessionID: String) {
        self.browser = browser
        self.targetID = targetID
        self.sessionID = sessionID
        timeout = browser.timeout
    }

    /// Sends any DevTools command to this page's session and returns its `result` object.
    /// Throws on a protocol error, a timeout, or if the browser or renderer is gone.
    @discardableResult
    public func send(_ method: String, _ params: [String: Any] = [:], timeout: Double? = nil) throws -> [String: Any] {
        try browser.pipe.send(method, params, sessionID: sessionID, timeout: timeout ?? self.timeout)
    }

    /// Navigates to `url` and waits for its load event. Throws if the navigation fails
    /// (such as `net::ERR_CONNECTION_REFUSED`). A same-document navigation (only the fragment
    /// changes) returns at once.
    func navigate(_ url: String) throws {
        let mark = browser.pipe.eventMark()
        let result = try send("Page.navigate", ["url": url])
        if let errorText = result["errorText"] as? String, !errorText.isEmpty {
            throw HeadlessChromiumError(.protocolError, "navigation to \(url) failed: \(errorText)")
        }
        guard let loaderID = result["loaderId"] as? String else { return }
        _ = try browser.pipe.waitForEvent(
            after: mark, sessionID: sessionID, timeout: timeout, waitingFor: "the load event of \(url)"
        ) { method, params in
            method == "Page.lifecycleEvent" && params["name"] as? String == "load"
                && params["loaderId"] as? String == loaderID
        }
    }

    /// Evaluates a JavaScript expression in the page (awaiting it if it is a promise) and returns
    /// its value as JSON-like Swift values: `String`, numbers (`NSNumber`; cast with `as? Int`,
    /// `as? Double`, `as? Bool`), `[Any]`, `[String: Any]`, or `nil` for `undefined` and `null`.
    /// Throws `HeadlessChromiumError` of kind `.javaScript`, with the exception's text, if it throws.
    @discardableResult
    public func evaluate(_ expression: String) throws -> Any? {
        BrowserPage.value(of: try evaluateRemote(expression, timeout: timeout))
    }

    /// Captures the viewport as PNG bytes (`Page.captureScreenshot`).
    func screenshot() throws -> Data {
        let result = try send("Page.captureScreenshot", ["format": "png"])
        guard let encoded = result["data"] as? String, let png = Data(base64Encoded: encoded) else {
            throw HeadlessChromiumError(.protocolError, "Page.captureScreenshot returned no base64 data")
        }
        return png
    }

    /// Captures the viewport as a PNG file at `path`, creating missing parent directories.
    public func screenshot(to path: String) throws {
        let png = try screenshot()
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try png.write(to: url, options: .atomic)
        } catch {
            throw HeadlessChromiumError(.io, "cannot write screenshot \(path): \(error.localizedDescription)")
        }
    }

    /// Emulates a viewport of `width`x`height` CSS pixels at device scale factor 1
    /// (`Emulation.setDeviceMetricsOverride`).
    func setViewport(width: Int, height: Int) throws {
        guard width > 0, height > 0 else {
            throw HeadlessChromiumError(.protocolError, "invalid viewport size \(width)x\(height)")
        }
        try send(
            "Emulation.setDeviceMetricsOverride",
            ["width": width, "height": height, "deviceScaleFactor": 1, "mobile": false])
    }

    /// Presses and releases one key in the focused element (`Input.dispatchKeyEvent`), as a
    /// keyboard user would: "Tab", "Enter", "Escape", "Space", "Backspace", "Delete", "ArrowUp",
    /// "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End", "PageUp", "PageDown", or a single
    /// character (which is typed). `shift: true` holds Shift (e.g. Shift+Tab).
    public func press(key: String, shift: Bool = false) throws {
        guard let info = BrowserPage.keyInfo(key, shift: shift) else {
            throw HeadlessChromiumError(.protocolError, "press(key:): unsupported key \"\(key)\"")
        }
        var down: [String: Any] = [
            "type": info.text == nil ? "rawKeyDown" : "keyDown",
            "key": info.key, "code": info.code,
            "windowsVirtualKeyCode": info.keyCode, "nativeVirtualKeyCode": info.keyCode,
            "modifiers": shift ? 8 : 0,
        ]
        if let text = info.text {
            down["text"] = text
            down["unmodifiedText"] = text
        }
        try send("Input.dispatchKeyEvent", down)
        try send(
            "Input.dispatchKeyEvent",
            [
                "type": "keyUp", "key": info.key, "code": info.code,
                "windowsVirtualKeyCode": info.keyCode, "nativeVirtualKeyCode": info.keyCode,
                "modifiers": shift ? 8 : 0,
            ])
    }

    /// Types `text` into the focused element as one input (`Input.insertText`), as an IME would.
    public func type(_ text: String) throws {
        try send("Input.insertText", ["text": text])
    }

    // MARK: - Helpers

    private func evaluateRemote(_ expression: String, timeout: Double) throws -> [String: Any] {
        let result = try send(
            "Runtime.evaluate",
            ["expression": expression, "returnByValue": true, "awaitPromise": true, "userGesture": true],
            timeout: timeout)
        if let details = result["exceptionDetails"] as? [String: Any] {
            throw HeadlessChromiumError(
                .javaScript,
                "JavaScript exception evaluating `\(BrowserPage.abbreviate(expression))`: \(BrowserPage.exceptionText(details))"
            )
        }
        return result["result"] as? [String: Any] ?? [:]
    }

    private static func value(of remote: [String: Any]) -> Any? {
        if let special = remote["unserializableValue"] as? String {
            switch special {
            case "NaN": return Double.nan
            case "Infinity": return Double.infinity
            case "-Infinity": return -Double.infinity
            case "-0": return -0.0
            default: return special  // a BigInt such as "12n"
            }
        }
        guard let value = remote["value"], !(value is NSNull) else { return nil }
        return value
    }

    private static func describe(_ remote: [String: Any]) -> String {
        guard let value = value(of: remote) else { return remote["type"] as? String == "undefined" ? "undefined" : "null" }
        if let string = value as? String { return "\"\(abbreviate(string))\"" }
        if remote["type"] as? String == "boolean", let bool = value as? Bool { return "\(bool)" }
        return abbreviate("\(value)")
    }

    private static func exceptionText(_ details: [String: Any]) -> String {
        let exception = details["exception"] as? [String: Any] ?? [:]
        if let description = exception["description"] as? String { return description }
        if let value = exception["value"] { return "\(details["text"] as? String ?? "Uncaught") \(value)" }
        return details["text"] as? String ?? "unknown exception"
    }

    private static func abbreviate(_ text: String, limit: Int = 200) -> String {
        text.count <= limit ? text : String(text.prefix(limit)) + "…"
    }

    private static func keyInfo(_ key: String, shift: Bool) -> (key: String, code: String, keyCode: Int, text: String?)? {
        switch key {
        case "Tab": return ("Tab", "Tab", 9, nil)
        case "Enter": return ("Enter", "Enter", 13, "\r")
        case "Escape": return ("Escape", "Escape", 27, nil)
        case "Space", " ": return (" ", "Space", 32, " ")
        case "Backspace": return ("Backspace", "Backspace", 8, nil)
        case "Delete": return ("Delete", "Delete", 46, nil)
        case "ArrowLeft": return ("ArrowLeft", "ArrowLeft", 37, nil)
        case "ArrowUp": return ("ArrowUp", "ArrowUp", 38, nil)
        case "ArrowRight": return ("ArrowRight", "ArrowRight", 39, nil)
        case "ArrowDown": return ("ArrowDown", "ArrowDown", 40, nil)
        case "Home": return ("Home", "Home", 36, nil)
        case "End": return ("End", "End", 35, nil)
        case "PageUp": return ("PageUp", "PageUp", 33, nil)
        case "PageDown": return ("PageDown", "PageDown", 34, nil)
        default:
            guard key.count == 1, let character = key.first else { return nil }
            let text = shift ? key.uppercased() : key
            if let ascii = character.asciiValue, character.isLetter {
                return (text, "Key\(key.uppercased())", Int(ascii & ~0x20), text)
            }
            if let ascii = character.asciiValue, character.isNumber {
                return (text, "Digit\(key)", Int(ascii), text)
            }
            return (text, "", 0, text)
        }
    }
}

// MARK: - The pipe

/// The DevTools connection: NUL-terminated JSON over two pipes, a reader thread that matches
/// responses to commands by `id` and buffers events, and a condition variable for the waits.
fileprivate final class CDPPipe: @unchecked Sendable {
    /// One protocol event, numbered in arrival order.
    struct Event {
        let sequence: Int
        let method: String
        let sessionID: String?
        let params: [String: Any]
    }

    private let writeFD: Int32
    private let writeLock = NSLock()
    private var writeClosed = false
    private let condition = NSCondition()
    // Guarded by `condition`:
    private var nextID = 1
    private var responses: [Int: [String: Any]] = [:]
    private var abandoned: Set<Int> = []
    private var events: [Event] = []
    private var eventCount = 0
    private var crashedSessions: Set<String> = []
    private var closedReason: String?
    private var stopRequested = false
    private var expectedEOFReason: String?
    private let logTail: @Sendable () -> String

    private static let maximumBufferedEvents = 2000

    init(readFD: Int32, writeFD: Int32, logTail: @escaping @Sendable () -> String) {
        self.writeFD = writeFD
        self.logTail = logTail
        let thread = Thread { [self] in readLoop(readFD) }
        thread.name = "HeadlessChromium reader"
        thread.start()
    }

    /// Sends a command and waits for its response; returns its `result`.
    func send(
        _ method: String, _ params: [String: Any] = [:], sessionID: String? = nil, timeout: Double
    ) throws -> [String: Any] {
        condition.lock()
        if let reason = closedReason {
            condition.unlock()
            throw gone("cannot send \(method)", reason)
        }
        let id = nextID
        nextID += 1
        condition.unlock()

        var message: [String: Any] = ["id": id, "method": method, "params": params]
        if let sessionID { message["sessionId"] = sessionID }
        guard JSONSerialization.isValidJSONObject(message),
            var data = try? JSONSerialization.data(withJSONObject: message)
        else {
            throw HeadlessChromiumError(.protocolError, "parameters of \(method) are not valid JSON: \(params)")
        }
        data.append(0)
        try write(data, method: method)

        let deadline = monotonicSeconds() + timeout
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let response = responses.removeValue(forKey: id) {
                if let error = response["error"] as? [String: Any] {
                    let text = error["message"] as? String ?? "unknown error"
                    let detail = (error["data"] as? String).map { " (\($0))" } ?? ""
                    throw HeadlessChromiumError(.protocolError, "\(method) failed: \(text)\(detail)")
                }
                return response["result"] as? [String: Any] ?? [:]
            }
            if let reason = closedReason { throw gone("no response to \(method)", reason) }
            if let sessionID, crashedSessions.contains(sessionID) {
                throw HeadlessChromiumError(.browserGone, "the page crashed (no response to \(method))")
            }
            let remaining = deadline - monotonicSeconds()
            if remaining <= 0 {
                abandoned.insert(id)
                throw HeadlessChromiumError(.timeout, "timed out after \(timeout) s waiting for the response to \(method)")
            }
            _ = condition.wait(until: Date(timeIntervalSinceNow: remaining))
        }
    }

    /// A mark for `waitForEvent(after:...)`: events arriving from now on come after it.
    func eventMark() -> Int {
        condition.lock()
        defer { condition.unlock() }
        return eventCount
    }

    /// Waits for the first event after `mark` (of `sessionID`, if given) that `matches`; returns its params.
    func waitForEvent(
        after mark: Int, sessionID: String?, timeout: Double, waitingFor what: String,
        matching matches: (String, [String: Any]) -> Bool
    ) throws -> [String: Any] {
        let deadline = monotonicSeconds() + timeout
        var checked = mark
        condition.lock()
        defer { condition.unlock() }
        while true {
            for event in events where event.sequence > checked {
                checked = event.sequence
                if sessionID == nil || event.sessionID == sessionID, matches(event.method, event.params) {
                    return event.params
                }
            }
            if let reason = closedReason { throw gone("while waiting for \(what)", reason) }
            if let sessionID, crashedSessions.contains(sessionID) {
                throw HeadlessChromiumError(.browserGone, "the page crashed while waiting for \(what)")
            }
            let remaining = deadline - monotonicSeconds()
            if remaining <= 0 {
                throw HeadlessChromiumError(.timeout, "timed out after \(timeout) s waiting for \(what)")
            }
            _ = condition.wait(until: Date(timeIntervalSinceNow: remaining))
        }
    }

    /// From now on, Chromium closing the pipe is expected: waits then fail with `reason`.
    func expectEOF(reason: String) {
        condition.lock()
        expectedEOFReason = reason
        condition.unlock()
    }

    /// Fails all waits with `reason`, closes our write end (Chromium sees EOF) and stops the reader.
    func shutDown(reason: String) {
        condition.lock()
        if closedReason == nil { closedReason = reason }
        stopRequested = true
        condition.broadcast()
        condition.unlock()
        writeLock.lock()
        if !writeClosed {
            writeClosed = true
            _ = Glibc.close(writeFD)
        }
        writeLock.unlock()
    }

    private func gone(_ context: String, _ reason: String) -> HeadlessChromiumError {
        let tail = logTail()
        return HeadlessChromiumError(
            .browserGone, "\(context): \(reason)" + (tail.isEmpty ? "" : "\nchromium log tail:\n\(tail)"))
    }

    private func write(_ data: Data, method: String) throws {
        writeLock.lock()
        defer { writeLock.unlock() }
        guard !writeClosed else { throw HeadlessChromiumError(.browserGone, "cannot send \(method): the pipe is closed") }
        try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            guard let base = bytes.baseAddress else { return }
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(writeFD, base + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw gone("cannot send \(method)", "writing to chromium failed: \(errnoText())")
                }
                offset += written
            }
        }
    }

    private func readLoop(_ fd: Int32) {
        defer { _ = Glibc.close(fd) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var pending: [UInt8] = []
        var reason = "chromium closed the DevTools pipe (it exited or crashed)"
        while true {
            condition.lock()
            let stop = stopRequested
            condition.unlock()
            if stop { return }
            var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, 200)
            if ready < 0 {
                if errno == EINTR { continue }
                reason = "poll on the DevTools pipe failed: \(errnoText())"
                break
            }
            if ready == 0 { continue }
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                reason = "reading the DevTools pipe failed: \(errnoText())"
                break
            }
            if count == 0 { break }
            let scanFrom = pending.count
            pending.append(contentsOf: chunk[0..<count])
            guard pending[scanFrom...].contains(0) else { continue }
            var messages: [[String: Any]] = []
            var start = 0
            while let end = pending[start...].firstIndex(of: 0) {
                if let object = try? JSONSerialization.jsonObject(with: Data(pending[start..<end])) as? [String: Any] {
                    messages.append(object)
                }
                start = end + 1
            }
            pending.removeFirst(start)
            deliver(messages)
        }
        condition.lock()
        if closedReason == nil { closedReason = expectedEOFReason ?? reason }
        condition.broadcast()
        condition.unlock()
    }

    private func deliver(_ messages: [[String: Any]]) {
        condition.lock()
        defer { condition.unlock() }
        for message in messages {
            if let id = CDPPipe.integer(message["id"]) {
                if abandoned.remove(id) == nil { responses[id] = message }
                continue
            }
            guard let method = message["method"] as? String else { continue }
            let sessionID = message["sessionId"] as? String
            let params = message["params"] as? [String: Any] ?? [:]
            if method == "Inspector.targetCrashed", let sessionID { crashedSessions.insert(sessionID) }
            eventCount += 1
            events.append(Event(sequence: eventCount, method: method, sessionID: sessionID, params: params))
        }
        if events.count > CDPPipe.maximumBufferedEvents {
            events.removeFirst(events.count - CDPPipe.maximumBufferedEvents / 2)
        }
        condition.broadcast()
    }

    private static func integer(_ value: Any?) -> Int? {
        if let int = value as? Int { return int }
        if let number = value as? NSNumber { return number.intValue }
        return nil
    }
}

/// GNU extensions that Swift's Glibc module does not import (it is built without `_GNU_SOURCE`),
/// looked up at run time.
private enum GlibcExtras {
    private typealias Pipe2 = @convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32
    typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32

    private static func symbol(_ name: String) -> UnsafeMutableRawPointer? {
        guard let process = dlopen(nil, RTLD_NOW) else { return nil }
        return dlsym(process, name)
    }

    private static let pipe2: Pipe2? = symbol("pipe2").map { unsafeBitCast($0, to: Pipe2.self) }

    /// `posix_spawn_file_actions_addclosefrom_np` (glibc 2.34 and later), if present.
    static let addCloseFrom: AddCloseFrom? = symbol("posix_spawn_file_actions_addclosefrom_np").map {
        unsafeBitCast($0, to: AddCloseFrom.self)
    }

    /// `pipe2(fds, O_CLOEXEC)`; falls back to `pipe` and `fcntl` (not atomic) if `pipe2` is missing.
    static func pipeCloseOnExec(_ fds: inout [Int32]) -> Int32 {
        fds.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return -1 }
            if let pipe2 { return pipe2(base, O_CLOEXEC) }
            guard pipe(base) == 0 else { return -1 }
            _ = fcntl(base[0], F_SETFD, FD_CLOEXEC)
            _ = fcntl(base[1], F_SETFD, FD_CLOEXEC)
            return 0
        }
    }
}

private func monotonicSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}

private func errnoText() -> String { String(cString: strerror(errno)) }
