// swift-tools-version:6.1
// LuaKit and its tests alone, for the AddressSanitizer run in CI (`make test-asan`): the
// same sources as the main package (these folders are links to them), without the rest
// of Circle, so the sanitized build compiles only what the tests touch.
import PackageDescription

let package = Package(
    name: "LuaKitASan",
    targets: [
        .systemLibrary(name: "CLua", pkgConfig: "lua5.4", providers: [.apt(["liblua5.4-dev"])]),
        .target(name: "CLuaShim", dependencies: ["CLua"]),
        .target(name: "LuaKit", dependencies: ["CLuaShim"]),
        .testTarget(name: "LuaKitTests", dependencies: ["LuaKit", "CLuaShim"]),
    ]
)
