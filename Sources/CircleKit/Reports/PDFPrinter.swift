import Foundation

/// Prints a report's HTML to PDF with headless Chromium (`chromium --headless --print-to-pdf`,
/// Debian's `chromium` package): the page's print style sheet (`@media print` in `report.css`)
/// lays it out on A4. Chromium is found at `$CHROMIUM_PATH`, else as `chromium` (or
/// `chromium-browser`) on `$PATH`.
struct PDFPrinter {
    var environment = ProcessInfo.processInfo.environment
    /// How long Chromium may take before it is stopped.
    var timeout: TimeInterval = 90

    /// The Chromium to run, or an error that says how to get one.
    func chromium() throws -> String {
        if let path = environment["CHROMIUM_PATH"], !path.isEmpty {
            guard access(path, X_OK) == 0 else {
                throw CircleError(.report, "CHROMIUM_PATH=\(path) is not a program that can be run; point it at Chromium, or unset it")
            }
            return path
        }
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for folder in folders {
            for name in ["chromium", "chromium-browser"] where access("\(folder)/\(name)", X_OK) == 0 { return "\(folder)/\(name)" }
        }
        throw CircleError(
            .report, "a PDF report is printed by Chromium, which was not found: install it (on Debian: apt-get install chromium) or set CHROMIUM_PATH; or compile to .html and print that from a browser")
    }

    /// Writes `html` to a private folder and has Chromium print it to `path`.
    func print(html: String, to path: String) throws {
        let program = try chromium()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("circle-pdf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("report.html")
        let target = URL(fileURLWithPath: path).standardizedFileURL
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try html.write(to: page, atomically: true, encoding: .utf8)
        } catch {
            throw CircleError(.files, "cannot write the report's page for Chromium in \(folder.path) (\(error.localizedDescription))")
        }
        try? FileManager.default.removeItem(at: target)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = [
            "--headless", "--disable-gpu", "--no-first-run", "--disable-extensions", "--user-data-dir=\(folder.path)/profile",
            "--no-pdf-header-footer", "--print-to-pdf=\(target.path)", page.absoluteString,
        ] + (geteuid() == 0 ? ["--no-sandbox"] : [])  // Chromium's sandbox refuses to run as root
        let log = folder.appendingPathComponent("chromium.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let output = try FileHandle(forWritingTo: log)
        defer { try? output.close() }
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch {
            throw CircleError(.report, "cannot start Chromium (\(program)): \(error.localizedDescription)")
        }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(50_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw CircleError(.report, "Chromium (\(program)) did not print the PDF within \(Int(timeout)) s; \(target.path) was not written")
        }
        let written = (try? FileManager.default.attributesOfItem(atPath: target.path)[.size] as? Int) ?? 0
        guard process.terminationStatus == 0, written > 0 else {
            let said = (try? String(contentsOf: log, encoding: .utf8))?.split(separator: "\n").suffix(3).joined(separator: " / ") ?? ""
            throw CircleError(.report, "Chromium (\(program)) could not print \(target.path) (exit status \(process.terminationStatus)): \(said)")
        }
    }
}
