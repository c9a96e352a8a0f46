// swift-tools-version:6.1
// LuaKit: Lua 5.4 (Debian's liblua5.4-dev) embedded for Swift, with the sandbox Circle's
// formats run in. A package of its own so its tests run alone under AddressSanitizer:
// `swift test --package-path Packages/LuaKit --sanitize=address`.
import PackageDescription

let package = Package(
    name: "LuaKit",
    products: [
        .library(name: "LuaKit", targets: ["LuaKit"]),
    ],
    targets: [
        // Debian's liblua5.4-dev, seen through pkg-config.
        .systemLibrary(name: "CLua", pkgConfig: "lua5.4", providers: [.apt(["liblua5.4-dev"])]),
        // C helpers Swift cannot express: macro wrappers, the error trampoline,
        // the instruction hook, the limiting allocator and the sandbox's C functions.
        .target(name: "CLuaShim", dependencies: ["CLua"]),
        // The only Swift module that touches lua_State.
        .target(name: "LuaKit", dependencies: ["CLuaShim"]),
        .testTarget(name: "LuaKitTests", dependencies: ["LuaKit", "CLuaShim"]),
    ]
)
