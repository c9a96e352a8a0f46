// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Circle",
    products: [
        .executable(name: "circle", targets: ["circle"]),
        .library(name: "CircleKit", targets: ["CircleKit"]),
        .library(name: "LuaKit", targets: ["LuaKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
    ],
    targets: [
        // Debian's liblua5.4-dev, seen through pkg-config.
        .systemLibrary(
            name: "CLua",
            pkgConfig: "lua5.4",
            providers: [.apt(["liblua5.4-dev"])]
        ),
        // C helpers Swift cannot express: macro wrappers, the error trampoline,
        // the instruction hook, the limiting allocator and the sandbox's C functions.
        .target(name: "CLuaShim", dependencies: ["CLua"]),
        // The only Swift module that touches lua_State.
        .target(name: "LuaKit", dependencies: ["CLuaShim"]),
        // The domain: formats, sessions, themes. Grows issue by issue.
        .target(
            name: "CircleKit",
            dependencies: ["LuaKit", "Yams", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The thin command-line front end.
        .executableTarget(
            name: "circle",
            dependencies: [
                "CircleKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks side by side with bare lua5.4 and sqlite3 (run in a release build).
        .executableTarget(name: "circle-bench", dependencies: ["CircleKit", "LuaKit"]),
        .testTarget(name: "LuaKitTests", dependencies: ["LuaKit", "CLuaShim"]),
        .testTarget(
            name: "CircleKitTests",
            dependencies: ["CircleKit", .product(name: "PropertyBased", package: "swift-property-based")],
            exclude: ["Fixtures", "Golden"]
        ),
        // End-to-end: runs the built `circle` executable.
        .testTarget(name: "CLITests", dependencies: ["circle", "Yams"]),
    ]
)
