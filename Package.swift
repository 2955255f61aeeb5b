// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Chronicle",
    products: [
        .library(name: "Chronicle", targets: ["Chronicle"]),
        .library(name: "ChronicleIO", targets: ["ChronicleIO"]),
        // what the fuzz targets in Fuzz/ check; the regression tests replay their inputs through it
        .library(name: "ChronicleFuzzing", targets: ["ChronicleFuzzing"]),
        .executable(name: "chronicle", targets: ["chronicle"]),
        .plugin(name: "ChronicleExports", targets: ["ChronicleExports"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // `swift package generate-documentation` for the DocC catalogs; nothing links it
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "ChronicleModels", exclude: ["event.model", "word-senses.txt", "syntax.model"]),
        .target(name: "Chronicle", dependencies: ["ChronicleModels"]),
        .target(name: "ChronicleIO", dependencies: ["Chronicle", "CLibXML2"]),
        .target(name: "ChronicleFuzzing", dependencies: ["Chronicle", "ChronicleIO"]),
        .executableTarget(
            name: "chronicle",
            dependencies: [
                "Chronicle",
                "ChronicleIO",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/ChronicleCLI"
        ),
        // the library surface in use: CI builds and runs it
        .executableTarget(name: "chronicle-example", dependencies: ["Chronicle", "ChronicleIO"], path: "Examples"),
        .plugin(
            name: "ChronicleExports",
            capability: .command(
                intent: .custom(verb: "chronicle-exports", description: "Regenerate the timeline exports of Samples/ in Exports/"),
                permissions: [.writeToPackageDirectory(reason: "Writes the regenerated timeline exports into the exports folder")]
            ),
            dependencies: [.target(name: "chronicle")]
        ),
        .testTarget(name: "ChronicleTests", dependencies: ["Chronicle"]),
        .testTarget(name: "ChronicleIOTests", dependencies: ["Chronicle", "ChronicleIO", "ChronicleFuzzing"]),
        .testTarget(name: "ChronicleCLITests", dependencies: ["chronicle"]),
    ],
    cLanguageStandard: .c2x  // `#embed` of the models' data files
)
