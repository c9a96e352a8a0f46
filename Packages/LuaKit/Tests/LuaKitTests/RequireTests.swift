import Foundation
import Testing
@testable import LuaKit

@Suite struct RequireTests {
    /// A fresh module library on disk.
    func library(_ files: [String: String]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("circle-lib-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for (path, source) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try source.write(to: url, atomically: true, encoding: .utf8)
        }
        return root.path
    }

    @Test func modulesLoadByDottedNameOnceAndAreSandboxed() throws {
        let lib = try library([
            "rounds.lua": "return { order = function(n) return n * 2 end }",
            "text/trim.lua": "return function(s) return (s:match('^%s*(.-)%s*$')) end",
            "sneaky.lua": "return io",
        ])
        let lua = try LuaState(LuaConfiguration(modulePaths: [lib]))
        let results = try lua.run(
            """
            local rounds = require("rounds")
            local again = require("rounds")
            local trim = require("text.trim")
            return rounds.order(21), rawequal(rounds, again), trim("  held  ")
            """, chunkName: "format.lua")
        #expect(results == [42, true, "held"])
        let sneaky = #expect(throws: LuaError.self) { try lua.run("return require('sneaky')", chunkName: "format.lua") }
        #expect(sneaky?.kind == .sandbox)
        #expect(sneaky?.message.hasPrefix("\(URL(fileURLWithPath: lib).lastPathComponent)/sneaky.lua:1:") == true)
    }

    @Test func errorsInsideAModuleNameTheModuleFile() throws {
        let lib = try library(["broken.lua": "local x = 1\nreturn x.y", "syntax.lua": "return {"])
        let lua = try LuaState(LuaConfiguration(modulePaths: [lib]))
        let runtime = #expect(throws: LuaError.self) { try lua.run("require('broken')", chunkName: "format.lua") }
        #expect(runtime?.location?.file == "\(URL(fileURLWithPath: lib).lastPathComponent)/broken.lua")
        #expect(runtime?.location?.line == 2)
        let syntax = #expect(throws: LuaError.self) { try lua.run("require('syntax')", chunkName: "format.lua") }
        #expect(syntax?.message.contains("syntax.lua:1:") == true)
    }

    @Test func refusalsPointAtTheCallingLine() throws {
        let lua = try LuaState(LuaConfiguration(modulePaths: [try library([:])]))
        let error = #expect(throws: LuaError.self) { try lua.run("\nlocal m = require('../secrets')", chunkName: "format.lua") }
        #expect(error?.kind == .sandbox)
        #expect(error?.location?.file == "format.lua")
        #expect(error?.location?.line == 2)
        let missing = #expect(throws: LuaError.self) { try lua.run("require('nowhere')", chunkName: "format.lua") }
        #expect(missing?.message.hasPrefix("format.lua:1: require: module 'nowhere' not found") == true)
    }

    @Test func aModuleThatRequiresItselfIsReported() throws {
        let lua = try LuaState(LuaConfiguration(modulePaths: [try library(["loop.lua": "return require('loop')"])]))
        let error = #expect(throws: LuaError.self) { try lua.run("require('loop')") }
        #expect(error?.message.contains("requires itself") == true)
    }

    @Test func symlinksOutOfTheLibraryAreRefused() throws {
        let lib = try library([:])
        let outside = try library(["secret.lua": "return 'secret'"])
        try FileManager.default.createSymbolicLink(
            atPath: lib + "/escape.lua", withDestinationPath: outside + "/secret.lua")
        let lua = try LuaState(LuaConfiguration(modulePaths: [lib]))
        let error = #expect(throws: LuaError.self) { try lua.run("return require('escape')") }
        #expect(error?.kind == .sandbox)
        #expect(error?.message.contains("leads outside") == true)
    }
}
