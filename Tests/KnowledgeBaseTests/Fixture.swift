import Foundation
import GRDB
import KnowledgeBase

/// The bundled report ingested once into a temporary file, shared by the read-only tests.
enum Fixture {
    static let resources = Resources(root: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent())
    static let report = resources.reportsDirectory.appendingPathComponent("ras-nsa-22-2023-02-recompositions-post-sovietiques.txt")

    static let shared: (kb: KnowledgeBase, result: IngestResult) = {
        let kb = try! KnowledgeBase.open(path: temporaryPath(), resources: resources)
        let result = try! kb.ingest(files: [report])[0]
        return (kb, result)
    }()

    /// A fresh path in a fresh temporary folder.
    static func temporaryPath(_ name: String = "kb.sqlite") -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kb-tests-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent(name).path
    }

    static func rowCounts(_ kb: KnowledgeBase) throws -> [String: Int] {
        Dictionary(uniqueKeysWithValues: try kb.statistics().tables.map { ($0.name, $0.rows) })
    }

    static func int(_ sql: String, in kb: KnowledgeBase = shared.kb) throws -> Int {
        try kb.writer.read { db in try Int.fetchOne(db, sql: sql) } ?? -1
    }

    static func string(_ sql: String, in kb: KnowledgeBase = shared.kb) throws -> String? {
        try kb.writer.read { db in try String.fetchOne(db, sql: sql) }
    }
}
