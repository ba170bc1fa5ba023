import Foundation
import GRDB
import KBParsing
import KBExtraction

/// How the knowledge base compares with a gold annotation (`eval/annotation/`): entity mentions
/// and footnote alignment, as recall and precision.
public struct EvaluationReport: Sendable, Equatable, Codable {
    public struct Score: Sendable, Equatable, Codable {
        public var name: String
        /// Gold items, items found among them, and what kb stored where the gold annotates.
        public var gold: Int
        public var found: Int
        public var stored: Int
        public var recall: Double { gold == 0 ? 0 : Double(found) / Double(gold) }
        public var precision: Double { stored == 0 ? 0 : Double(found) / Double(stored) }
    }
    public var scores: [Score]
    /// Gold items kb missed, most frequent first: `kind: surface → entity`.
    public var missed: [String]
    /// Gold rows whose sentence kb does not hold (headings, for instance).
    public var skipped: Int
}

extension KnowledgeBase {
    /// Compares the document `fileName` (or the only one) with the annotation in `directory`:
    /// `entities.tsv` (page, quote_start, surface, entity, kind) and `footnotes.tsv` (page, ordinal,
    /// url, quote_start). A gold mention is found when a mention of the same entity overlaps its
    /// surface in the sentence that starts with `quote_start`.
    public func evaluate(annotation directory: URL, document fileName: String? = nil) throws -> EvaluationReport {
        let entities = try TSVTable(contentsOf: directory.appendingPathComponent("entities.tsv"))
        let footnotes = try TSVTable(contentsOf: directory.appendingPathComponent("footnotes.tsv"))
        return try writer.read { db in
            guard let document = try Int64.fetchOne(db, sql: "SELECT id FROM documents WHERE ?1 IS NULL OR file_name = ?1 ORDER BY id LIMIT 1",
                                                    arguments: [fileName]) else {
                throw KnowledgeBaseError.invalidData("no document to evaluate; run kb ingest first")
            }
            let passages = try Row.fetchAll(db, sql: "SELECT id, text FROM passages WHERE document_id = ? ORDER BY ordinal", arguments: [document])
                .map { (id: $0[0] as Int64, text: $0[1] as String) }
            func passage(startingWith quote: String) -> Int64? {
                guard !quote.isEmpty else { return nil }
                return passages.first { $0.text.hasPrefix(quote) }?.id
            }
            var skipped = 0
            var goldByPassage: [Int64: [(surface: String, key: String?, kind: String, entity: String)]] = [:]
            for row in entities.rows {
                guard let id = passage(startingWith: row["quote_start"]) else { skipped += 1; continue }
                let key = try Self.goldKey(row["entity"], kind: row["kind"], articles: articles, db)
                goldByPassage[id, default: []].append((row["surface"], key, row["kind"], row["entity"]))
            }
            var perKind: [String: (gold: Int, found: Int)] = [:]
            var missed: [String: Int] = [:]
            var stored = 0
            let mentionStatement = try db.cachedStatement(sql: """
                SELECT m.surface, e.key FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.passage_id = ?
                """)
            for (id, items) in goldByPassage {
                var pool = try Row.fetchAll(mentionStatement, arguments: [id]).map { (surface: Folding.fold($0[0] as String), key: $0[1] as String) }
                stored += pool.count
                for item in items {
                    perKind[item.kind, default: (0, 0)].gold += 1
                    let surface = Folding.fold(item.surface)
                    if let i = pool.firstIndex(where: { $0.key == item.key && (surface.contains($0.surface) || $0.surface.contains(surface)) }) {
                        pool.remove(at: i)
                        perKind[item.kind, default: (0, 0)].found += 1
                    } else {
                        missed["\(item.kind): \(item.surface) → \(item.entity)", default: 0] += 1
                    }
                }
            }
            var scores = perKind.keys.sorted().map { kind in
                EvaluationReport.Score(name: "mentions of \(kind)", gold: perKind[kind]!.gold, found: perKind[kind]!.found, stored: 0)
            }
            scores.insert(EvaluationReport.Score(name: "mentions", gold: perKind.values.reduce(0) { $0 + $1.gold },
                                                 found: perKind.values.reduce(0) { $0 + $1.found }, stored: stored), at: 0)
            // Step 2's bar: the states, organizations and persons of the prose.
            let actors = ["state", "organization", "person"].compactMap { perKind[$0] }
            scores.insert(EvaluationReport.Score(name: "states, organizations, persons", gold: actors.reduce(0) { $0 + $1.gold },
                                                 found: actors.reduce(0) { $0 + $1.found }, stored: 0), at: 1)
            var fGold = 0, fFound = 0, fStored = 0
            let footnoteStatement = try db.cachedStatement(sql: """
                SELECT p.text FROM footnotes f LEFT JOIN passages p ON p.id = f.passage_id WHERE f.document_id = ? AND f.page = ? AND f.ordinal = ?
                """)
            for row in footnotes.rows {
                let quote = row["quote_start"]
                let aligned = try String.fetchOne(footnoteStatement, arguments: [document, Int(row["page"]) ?? 0, Int(row["ordinal"]) ?? 0])
                if !quote.isEmpty { fGold += 1 }
                if aligned != nil { fStored += 1 }
                if let aligned, !quote.isEmpty, aligned.hasPrefix(quote) { fFound += 1 }
            }
            scores.append(EvaluationReport.Score(name: "footnote alignments", gold: fGold, found: fFound, stored: fStored))
            let missedList = missed.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { "\($0.key) ×\($0.value)" }
            return EvaluationReport(scores: scores, missed: missedList, skipped: skipped)
        }
    }

    /// The key of a gold entity name, among entities of the gold's kind first (`Astana` the place).
    static func goldKey(_ name: String, kind: String, articles: Set<String>, _ db: Database) throws -> String? {
        let folded = Tokenizer.tokens(name).map(\.folded).joined(separator: " ")
        if let key = try String.fetchOne(db, sql: """
            SELECT e.key FROM aliases a JOIN entities e ON e.id = a.entity_id WHERE a.folded = ? AND e.kind = ? ORDER BY e.id LIMIT 1
            """, arguments: [folded, kind]) { return key }
        return try? entity(named: name, articles: articles, db).key
    }
}
