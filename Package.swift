// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Chronicle",
    products: [
        .library(name: "Chronicle", targets: ["Chronicle"]),
        .library(name: "ChronicleIO", targets: ["ChronicleIO"]),
        .executable(name: "chronicle", targets: ["ChronicleCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "Chronicle"),
        .target(name: "ChronicleIO", dependencies: ["Chronicle", "CLibXML2"]),
        .executableTarget(
            name: "ChronicleCLI",
            dependencies: [
                "Chronicle",
                "ChronicleIO",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ChronicleTests", dependencies: ["Chronicle"]),
        .testTarget(name: "ChronicleIOTests", dependencies: ["Chronicle", "ChronicleIO"]),
        .testTarget(name: "ChronicleCLITests", dependencies: ["ChronicleCLI"]),
    ]
)
