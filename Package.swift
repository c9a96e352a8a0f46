// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Circle",
    products: [
        .executable(name: "circle", targets: ["circle"]),
        .library(name: "CircleKit", targets: ["CircleKit"]),
    ],
    dependencies: [
        // Lua 5.4 and the sandbox: a local package, so its tests also run alone under AddressSanitizer.
        .package(path: "Packages/LuaKit"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
        // The room display's local web server; its optional traits (swift-configuration) are not needed.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        // Already in Hummingbird's graph; named so the room can quiet its logger, read peer addresses and name headers.
        .package(url: "https://github.com/apple/swift-log", from: "1.14.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        // The domain: formats, sessions, themes. Grows issue by issue.
        .target(
            name: "CircleKit",
            dependencies: [.product(name: "LuaKit", package: "LuaKit"), "Yams", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["Privacy/WordLists/README.md"],
            resources: [
                .embedInCode("Formats/prelude.lua"),
                // The anonymiser's word lists (Privacy/WordLists/README.md says where they come from).
                .embedInCode("Privacy/WordLists/common.txt"), .embedInCode("Privacy/WordLists/name-like.txt"),
                .embedInCode("Privacy/WordLists/titles.txt"), .embedInCode("Privacy/WordLists/honorifics.txt"),
                .embedInCode("Privacy/WordLists/particles.txt"), .embedInCode("Privacy/WordLists/never-flagged.txt"),
            ]
        ),
        // The room display: a local web server that is one more SessionIO.
        .target(
            name: "CircleRoom",
            dependencies: [
                "CircleKit", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"), .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        // A minimal HTTP/1.1 client over loopback sockets, for the room's tests and benchmark.
        .target(name: "HTTPProbe"),
        // The thin command-line front end.
        .executableTarget(
            name: "circle",
            dependencies: [
                "CircleKit",
                "CircleRoom",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks side by side with bare lua5.4 and sqlite3 (run in a release build).
        .executableTarget(
            name: "circle-bench",
            dependencies: ["CircleKit", .product(name: "LuaKit", package: "LuaKit"), "CircleRoom", "HTTPProbe"]),
        .testTarget(
            name: "CircleKitTests",
            dependencies: ["CircleKit", .product(name: "PropertyBased", package: "swift-property-based")],
            exclude: ["Fixtures", "Golden"]
        ),
        // End-to-end: runs the built `circle` executable.
        .testTarget(name: "CLITests", dependencies: ["circle", "Yams", "HTTPProbe"]),
        // The room display over real HTTP, and in headless Chromium.
        .testTarget(name: "RoomTests", dependencies: ["CircleRoom", "HTTPProbe"], exclude: ["Fixtures"]),
    ]
)
