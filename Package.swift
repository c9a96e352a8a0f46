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
        // In Hummingbird's graph through HummingbirdTesting; circle-bench's HTTP client.
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        // In Hummingbird's graph; the room's connection guard sees requests as HTTPTypes parts.
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.0"),
        // The room's pages and the HTML report are Mustache templates (values escaped by default).
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // Already in Hummingbird's graph (resolved at 4.5.2): Ed25519 signatures and SHA-256 for exchange bundles.
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        // The organisation-wide theme store's PostgreSQL client (pooled, TLS through swift-nio-ssl already in the graph).
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // The domain: formats, sessions, themes. Grows issue by issue.
        .target(
            name: "CircleKit",
            dependencies: [
                .product(name: "LuaKit", package: "LuaKit"), "Yams", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Mustache", package: "swift-mustache"), .product(name: "Crypto", package: "swift-crypto"),
            ],
            exclude: ["Privacy/WordLists/README.md"],
            resources: [
                .embedInCode("Formats/prelude.lua"), .embedInCode("Formats/new_format.lua"),
                .embedInCode("Reports/Templates/report.mustache"),
                .embedInCode("Reports/Templates/chart.mustache"), .embedInCode("Reports/Templates/cell.mustache"),
                .embedInCode("Reports/Templates/figures.mustache"), .embedInCode("Reports/Templates/sparkline.mustache"),
                .embedInCode("Reports/Templates/report.css"), .embedInCode("Reports/Templates/responses.mustache"),
                // The anonymiser's word lists (Privacy/WordLists/README.md says where they come from).
                .embedInCode("Privacy/WordLists/common.txt"), .embedInCode("Privacy/WordLists/name-like.txt"),
                .embedInCode("Privacy/WordLists/titles.txt"), .embedInCode("Privacy/WordLists/honorifics.txt"),
                .embedInCode("Privacy/WordLists/particles.txt"), .embedInCode("Privacy/WordLists/never-flagged.txt"),
                .embedInCode("Privacy/WordLists/practice-words.txt"), .embedInCode("Privacy/WordLists/street-suffixes.txt"),
                .embedInCode("Privacy/WordLists/building-suffixes.txt"), .embedInCode("Privacy/WordLists/building-generic.txt"),
                .embedInCode("Privacy/WordLists/address-leads.txt"), .embedInCode("Privacy/WordLists/web-suffixes.txt"),
                .embedInCode("Privacy/WordLists/uk-places.txt"), .embedInCode("Privacy/WordLists/confusables.txt"),
                // The pseudonyms a group that carries records gives its members (Vocabulary/Handle.swift).
                .embedInCode("Vocabulary/pseudonyms.txt"),
            ]
        ),
        // The room display: a local web server that is one more SessionIO.
        .target(
            name: "CircleRoom",
            dependencies: [
                "CircleKit", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"), .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"), .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
            ],
            resources: [
                .embedInCode("Assets/circle.css"), .embedInCode("Assets/circle.js"),
                .embedInCode("Templates/page.mustache"), .embedInCode("Templates/header.mustache"),
                .embedInCode("Templates/button.mustache"), .embedInCode("Templates/room.mustache"),
                .embedInCode("Templates/facilitator.mustache"), .embedInCode("Templates/facilitator_forms.mustache"),
                .embedInCode("Templates/join.mustache"), .embedInCode("Templates/join_form.mustache"),
                .embedInCode("Templates/qr.mustache"), .embedInCode("Templates/written.mustache"),
            ]
        ),
        // The theme store on a PostgreSQL server: one organisation's store, each service's rows behind row-level security.
        .target(
            name: "CircleStorePostgres",
            dependencies: [
                "CircleKit", .product(name: "PostgresNIO", package: "postgres-nio"), .product(name: "Logging", package: "swift-log"),
            ],
            resources: [
                .embedInCode("Migrations/schema_v1.sql"), .embedInCode("Migrations/row_security_v2.sql"),
            ]
        ),
        // The thin command-line front end.
        .executableTarget(
            name: "circle",
            dependencies: [
                "CircleKit",
                "CircleRoom",
                "CircleStorePostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks side by side with bare lua5.4 and sqlite3 (run in a release build).
        .executableTarget(
            name: "circle-bench",
            dependencies: [
                "CircleKit", .product(name: "LuaKit", package: "LuaKit"), "CircleRoom", "CircleStorePostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                // Already in the graph (HummingbirdTesting's): the room benchmark's participants and room view.
                .product(name: "AsyncHTTPClient", package: "async-http-client"), .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            resources: [.embedInCode("Lua/coroutine_loop.lua"), .embedInCode("Lua/bench_replay.lua")]),
        .testTarget(
            name: "CircleKitTests",
            dependencies: ["CircleKit", "CircleStorePostgres", .product(name: "PropertyBased", package: "swift-property-based")],
            exclude: ["Fixtures", "Golden"]
        ),
        // End-to-end: runs the built `circle` executable.
        .testTarget(
            name: "CLITests",
            dependencies: [
                "circle", "CircleKit", "Yams", .product(name: "HummingbirdTesting", package: "hummingbird"), .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]),
        // The room display over real HTTP, and in headless Chromium.
        .testTarget(
            name: "RoomTests",
            dependencies: [
                "CircleRoom", "TestSupport", .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            exclude: ["Fixtures"]),
        // What the room's tests need beyond HummingbirdTesting: raw and half-sent requests, event streams, headless Chromium.
        .target(
            name: "TestSupport",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            path: "Tests/TestSupport"),
    ]
)
