// swift-tools-version:6.0
import PackageDescription

// Three layers, arrows one way:
//   KBParsing / KBExtraction (pure Swift, no database)
//   → KnowledgeBase (GRDB on the system libsqlite3: store and queries)
//   → kb (swift-argument-parser: arguments and formatting only)
let package = Package(
    name: "kb",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "KBParsing", targets: ["KBParsing"]),
        .library(name: "KBExtraction", targets: ["KBExtraction"]),
        .library(name: "KnowledgeBase", targets: ["KnowledgeBase"]),
        .executable(name: "kb", targets: ["kb"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    ],
    targets: [
        .target(name: "KBParsing"),
        .target(name: "KBExtraction", dependencies: ["KBParsing"]),
        .target(
            name: "KnowledgeBase",
            dependencies: ["KBParsing", "KBExtraction", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .executableTarget(
            name: "kb",
            dependencies: ["KnowledgeBase", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // make bench: corpus generation, ingest speed, memory and query latencies.
        .executableTarget(name: "kb-bench", dependencies: ["KnowledgeBase"]),
        // libFuzzer targets (make fuzz); a plain build makes them replayers of saved inputs.
        .target(name: "FuzzSupport"),
        .executableTarget(name: "fuzz-report", dependencies: ["KBParsing", "FuzzSupport"]),
        .executableTarget(name: "fuzz-dates", dependencies: ["KBParsing", "KBExtraction", "FuzzSupport"]),
        .testTarget(name: "KBParsingTests", dependencies: ["KBParsing"]),
        .testTarget(name: "KBExtractionTests", dependencies: ["KBExtraction"]),
        .testTarget(name: "KnowledgeBaseTests", dependencies: ["KnowledgeBase"]),
        .testTarget(name: "kbTests", dependencies: ["KnowledgeBase", "KBParsing"]),
    ]
)
