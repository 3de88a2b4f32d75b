// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "SafetyBoard",
    products: [
        .executable(name: "safetyboard", targets: ["safetyboard"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // SHA-256 of the audit chain and of attached evidence files (the domain's own SHA256 stays for the plans' published hashes).
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // The console's config file (config.toml), read in Dashboard/Config.
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        // The PostgreSQL backend (issue 19): its PostgresClient pool, LISTEN/NOTIFY and COPY.
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // Pure domain: entities, rules, summaries. No I/O, no clock, no globals.
        .target(name: "SafetyCore"),
        // SQLite through GRDB, and PostgreSQL through PostgresNIO (Sources/SafetyStore/PostgreSQL):
        // schema, migrations, queries, import, change feed.
        .target(
            name: "SafetyStore",
            dependencies: [
                "SafetyCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API, to bind an import's values without boxing them (RecordInsert).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        // ncursesw as a system library with a shim for what Swift cannot call directly. No
        // pkgConfig: ncursesw.pc's cflags (-D_DEFAULT_SOURCE -D_XOPEN_SOURCE=600) are flags
        // SwiftPM refuses, with a warning on every build; the shim defines the feature macros
        // itself and the module map links the library.
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // Canvas of cells, display width, key decoding, the ncurses backend.
        .target(name: "TerminalUI", dependencies: ["CNcursesw"]),
        // App state, views, key map, live refresh.
        .target(
            name: "Dashboard",
            dependencies: ["TerminalUI", "SafetyStore", "SafetyCore", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        .executableTarget(
            name: "safetyboard",
            dependencies: [
                "Dashboard", "TerminalUI", "SafetyStore", "SafetyCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "SafetyCoreTests", dependencies: ["SafetyCore"]),
        .testTarget(
            name: "SafetyStoreTests",
            dependencies: ["SafetyStore", "SafetyCore", "StoreTestData", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The behaviour every store backend must have, written once against the public protocols
        // (no GRDB, no @testable): each backend of StoreBackend.all runs every test.
        .testTarget(name: "StoreContractTests", dependencies: ["SafetyStore", "SafetyCore", "StoreTestData"]),
        // The small valid data set both store test targets import.
        .target(name: "StoreTestData", path: "Tests/StoreTestData"),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        // Snapshots are read through #filePath, so they stay plain files beside the tests.
        .testTarget(
            name: "DashboardTests", dependencies: ["Dashboard", "SafetyStore", "SafetyCore", "TerminalUI"],
            exclude: ["Snapshots"]
        ),
        // Drives the built binary end to end (report, import, tmux sessions).
        .testTarget(name: "safetyboardTests", dependencies: ["safetyboard", "SafetyStore"]),
    ],
    swiftLanguageModes: [.v6]
)

// The same strict settings for every target (the habit of swift-log and swift-configuration).
for target in package.targets where target.type != .system {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    // A module's imports are internal unless marked `public import`: GRDB cannot leak
    // through SafetyStore's public API, and the compiler keeps it that way.
    settings.append(.enableUpcomingFeature("InternalImportsByDefault"))
    target.swiftSettings = settings
}
