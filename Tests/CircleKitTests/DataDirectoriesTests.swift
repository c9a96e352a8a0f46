import Foundation
import Testing

@testable import CircleKit

/// Where Circle looks for its formats, helper modules and codebook.
@Suite struct DataDirectoriesTests {
    /// A scratch tree with the given files (empty) and folders (names ending in "/").
    private func tree(_ entries: [String]) throws -> String {
        let root = (try Fixture.scratch() as NSString).deletingLastPathComponent
        for entry in entries {
            let path = (root as NSString).appendingPathComponent(entry)
            if entry.hasSuffix("/") {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            } else {
                try FileManager.default.createDirectory(
                    atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                FileManager.default.createFile(atPath: path, contents: Data())
            }
        }
        return root
    }

    @Test func anInstalledBinaryFindsItsDataBesideItBeforeTheXDGFolders() throws {
        let root = try tree(["usr/bin/circle", "usr/share/circle/formats/", "usr/share/circle/lib/", "home/circle/formats/", "home/circle/themes.lua"])
        let data = DataDirectories(
            executable: root + "/usr/bin/circle", environment: ["XDG_DATA_HOME": root + "/home", "XDG_DATA_DIRS": root + "/none"])
        #expect(data.roots == [root + "/usr/share/circle", root + "/home/circle", root + "/none/circle"])
        #expect(try data.path(of: .formats) == root + "/usr/share/circle/formats")
        #expect(try data.path(of: .library) == root + "/usr/share/circle/lib")
        // Each item is found on its own: the codebook is not beside the binary, so the next place serves.
        #expect(try data.path(of: .codebook) == root + "/home/circle/themes.lua")
    }

    @Test func theXDGFoldersAreSearchedInOrderAndRelativeOnesIgnored() throws {
        let root = try tree(["bin/circle", "second/circle/themes.lua", "third/circle/themes.lua", "third/circle/circle.d.lua"])
        let data = DataDirectories(
            executable: root + "/bin/circle",
            environment: ["XDG_DATA_HOME": "relative/home", "XDG_DATA_DIRS": "\(root)/first:\(root)/second:nope:\(root)/third"])
        #expect(data.roots == [root + "/share/circle", NSHomeDirectory() + "/.local/share/circle",
                               root + "/first/circle", root + "/second/circle", root + "/third/circle"])
        #expect(try data.path(of: .codebook) == root + "/second/circle/themes.lua")
        #expect(try data.path(of: .definitions) == root + "/third/circle/circle.d.lua")
    }

    @Test func aBuildInACheckoutUsesTheCheckoutsScriptsBeforeTheXDGFolders() throws {
        let root = try tree(["co/Package.swift", "co/Scripts/formats/", "co/Scripts/lib/", "co/.build/debug/circle", "xdg/circle/formats/"])
        let data = DataDirectories(executable: root + "/co/.build/debug/circle", environment: ["XDG_DATA_DIRS": root + "/xdg"])
        #expect(data.roots.prefix(2) == [root + "/co/.build/share/circle", root + "/co/Scripts"])
        #expect(try data.path(of: .formats) == root + "/co/Scripts/formats")
    }

    @Test func aSymbolicLinkToTheBinaryLeadsToItsRealFolder() throws {
        let root = try tree(["opt/circle/bin/circle", "opt/circle/share/circle/formats/", "bin/"])
        try FileManager.default.createSymbolicLink(atPath: root + "/bin/circle", withDestinationPath: root + "/opt/circle/bin/circle")
        let data = DataDirectories(executable: root + "/bin/circle", environment: ["XDG_DATA_DIRS": root + "/none"])
        #expect(try data.path(of: .formats) == root + "/opt/circle/share/circle/formats")
    }

    @Test func missingDataNamesEveryPlaceLookedAndTheFix() throws {
        let root = try tree(["bin/circle", "xdg/circle/formats"])  // a file where a folder should be
        let data = DataDirectories(
            executable: root + "/bin/circle", environment: ["XDG_DATA_HOME": root + "/xdg", "XDG_DATA_DIRS": root + "/none"])
        #expect(throws: CircleError(
            .files, "cannot find Circle's session formats (formats): looked in \(root)/share/circle, \(root)/xdg/circle, \(root)/none/circle; "
                + "install Circle with `make install`, or name the folder to use")) { try data.path(of: .formats) }
    }

    @Test func thisTestRunFindsTheCheckoutsData() throws {
        #expect(try DataDirectories.standard.path(of: .codebook) == Fixture.root.appendingPathComponent("Scripts/themes.lua").path)
        #expect(try DataDirectories.standard.path(of: .library) == Fixture.root.appendingPathComponent("Scripts/lib").path)
    }
}
