// swift-tools-version: 6.0
import PackageDescription

/// libFuzzer targets for Chronicle, apart from the main package so that `swift build` and
/// `swift test` there never build them. `Fuzz/run` builds and runs them (see Fuzz/README.md).
let fuzzTargets = ["FuzzTagger", "FuzzHTML", "FuzzTimeML", "FuzzJSONLines", "FuzzPipeline"]

let package = Package(
    name: "ChronicleFuzz",
    dependencies: [.package(name: "Chronicle", path: "..")],
    targets: [.target(name: "CFuzzerDriver")] + fuzzTargets.map { name in
        .executableTarget(name: name, dependencies: ["CFuzzerDriver", .product(name: "ChronicleFuzzing", package: "Chronicle")])
    }
)
