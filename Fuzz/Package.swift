// swift-tools-version:6.0
// libFuzzer targets for Gazette (issue 9). Not part of the main package, so `swift build` and
// `swift test` never see them; build and run them with `Benchmarks/fuzz.sh TARGET SECONDS`,
// which passes `-sanitize=fuzzer,address` and links with lld.
import Foundation
import PackageDescription

// A path dependency's identity is its folder's name (the checkout may be called anything).
let gazette = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

func fuzzTarget(_ name: String) -> Target {
    .executableTarget(name: name, dependencies: ["FuzzSupport", .product(name: "Gazette", package: gazette)])
}

let package = Package(
    name: "GazetteFuzz",
    dependencies: [.package(path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "Gazette", package: gazette)]),
        fuzzTarget("fuzz-extract"),
        fuzzTarget("fuzz-gazetteer"),
        fuzzTarget("fuzz-gold"),
    ]
)
