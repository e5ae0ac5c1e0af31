// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "timeline",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "timeline", targets: ["tui"]),
        .library(name: "TimelineModel", targets: ["TimelineModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcurses",
            path: "Sources/CNcurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(
            name: "TimelineModel",
            dependencies: [.product(name: "Yams", package: "Yams"), .product(name: "GRDB", package: "GRDB.swift")],
            path: "Sources/TimelineModel",
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "tui",
            dependencies: [
                "TimelineModel",
                "CNcurses",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/tui"
        ),
        .executableTarget(
            name: "timeline-bench",
            dependencies: ["TimelineModel"],
            path: "Benchmarks/TimelineBench"
        ),
        .testTarget(name: "TimelineModelTests", dependencies: ["TimelineModel"]),
        .testTarget(name: "tuiTests", dependencies: ["tui", "TimelineModel"]),
    ]
)
