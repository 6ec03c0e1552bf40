// swift-tools-version:6.0
import Foundation
import PackageDescription

let package = Package(
    name: "Gazette",
    products: [
        .library(name: "Gazette", targets: ["Gazette"]),
        .executable(name: "gazette", targets: ["gazette"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // The only target that sees ICU headers (DESIGN §7): plain C types cross the boundary.
        .target(
            name: "CICU",
            linkerSettings: [
                .linkedLibrary("icui18n"),
                .linkedLibrary("icuuc"),
                .linkedLibrary("icudata"),
            ]
        ),
        // The default lists, shipped as a resource bundle next to the binary.
        .target(
            name: "GazetteerData",
            path: "Gazetteers",
            exclude: ["README.md", "tools"],
            sources: ["GazetteerData.swift"],
            resources: [
                .copy("organizations.tsv"),
                .copy("programs.tsv"),
                .copy("people.tsv"),
                .copy("lexicons"),
            ]
        ),
        .target(
            name: "Gazette",
            dependencies: ["CICU", "GazetteerData"]
        ),
        .executableTarget(
            name: "gazette",
            dependencies: [
                "Gazette",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "TestSupport",
            dependencies: ["Gazette"],
            path: "Tests/TestSupport"
        ),
        .testTarget(
            name: "GazetteTests",
            dependencies: ["Gazette", "TestSupport"]
        ),
        .testTarget(
            name: "GazetteCLITests",
            dependencies: ["TestSupport"]
        ),
    ]
)

// The in-process stage benchmark, outside the test graph (STYLE 11): declared only when
// Benchmarks/run.sh builds it (GAZETTE_BENCH=1), so `swift build` and `swift test` never do.
// It reaches the stages through `package` access (Sources/Gazette/Pipeline/StageProbe.swift).
if ProcessInfo.processInfo.environment["GAZETTE_BENCH"] != nil {
    package.targets.append(.executableTarget(
        name: "GazetteBench",
        dependencies: ["Gazette"],
        path: "Benchmarks/GazetteBench"
    ))
}
