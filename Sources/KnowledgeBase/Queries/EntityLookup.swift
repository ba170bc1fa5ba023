import Foundation
import GRDB
import KBParsing
import KBExtraction

/// An entity as queries return it.
public struct EntitySummary: Sendable, Equatable, Codable {
    public var id: Int64
    public var key: String
    public var name: String
    public var kind: String
}

extension KnowledgeBase {
    /// The entity a user means by `name`: its key (`ARM`, `org:CSTO`), or any name or alias in either
    /// language (`Armenia`, `Arménie`, `Erevan`, `arménienne`, `le Kremlin`, `OTSC`), compared without
    /// case or accents. When several entities answer, a state wins over an organization, a person, a
    /// region and a place (`Erevan` is Armenia, not the city), then the stronger kind of alias.
    ///
    /// - Throws: ``KnowledgeBaseError/unknownEntity(name:suggestions:)`` with the closest names, or
    ///   ``KnowledgeBaseError/ambiguousEntity(name:candidates:)`` when equally good candidates remain.
    public func entity(named name: String) throws -> EntitySummary {
        try writer.read { db in try Self.entity(named: name, articles: articles, db) }
    }

    static func entity(named name: String, articles: Set<String>, _ db: Database) throws -> EntitySummary {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        if let row = try Row.fetchOne(db, sql: "SELECT id, key, name, kind FROM entities WHERE key = ? COLLATE NOCASE", arguments: [trimmed]) {
            return EntitySummary(id: row[0], key: row[1], name: row[2], kind: row[3])
        }
        // Any alias, its words folded; a leading article is dropped (`le Kremlin` → `kremlin`).
        var words = Tokenizer.tokens(trimmed).map(\.folded)
        if words.count > 1, articles.contains(words[0]) { words.removeFirst() }
        let rows = words.isEmpty ? [] : try Row.fetchAll(db, sql: """
            SELECT e.id, e.key, e.name, e.kind,
                   CASE e.kind WHEN 'state' THEN 0 WHEN 'organization' THEN 1 WHEN 'person' THEN 2 WHEN 'region' THEN 3 ELSE 4 END AS kind_rank,
                   min(CASE a.kind WHEN 'name' THEN 0 WHEN 'short' THEN 0 WHEN 'acronym' THEN 1 WHEN 'official' THEN 2
                       WHEN 'variant' THEN 2 WHEN 'former_name' THEN 2 WHEN 'capital' THEN 3 WHEN 'metonym' THEN 4 ELSE 5 END) AS alias_rank
            FROM aliases a JOIN entities e ON e.id = a.entity_id
            WHERE a.folded = ?
            GROUP BY e.id
            ORDER BY kind_rank, alias_rank, e.id
            """, arguments: [words.joined(separator: " ")])
        guard let best = rows.first else {
            throw KnowledgeBaseError.unknownEntity(name: trimmed, suggestions: try suggestions(for: words.joined(separator: " "), db))
        }
        let tied = rows.filter { ($0["kind_rank"] as Int) == (best["kind_rank"] as Int) && ($0["alias_rank"] as Int) == (best["alias_rank"] as Int) }
        if tied.count > 1 {
            throw KnowledgeBaseError.ambiguousEntity(name: trimmed, candidates: tied.map { "\($0["name"] as String) (\($0["key"] as String))" })
        }
        return EntitySummary(id: best[0], key: best[1], name: best[2], kind: best[3])
    }

    /// Up to three entity names whose aliases are closest to `folded` (edit distance).
    static func suggestions(for folded: String, _ db: Database) throws -> [String] {
        guard !folded.isEmpty else { return [] }
        let target = Array(folded.unicodeScalars)
        let limit = max(2, target.count / 3)
        var best: [String: Int] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT DISTINCT a.folded, e.name FROM aliases a JOIN entities e ON e.id = a.entity_id WHERE a.kind <> 'role'") {
            let alias: String = row[0], name: String = row[1]
            let candidate = Array(alias.unicodeScalars)
            guard abs(candidate.count - target.count) <= limit else { continue }
            let distance = editDistance(target, candidate)
            if distance <= limit { best[name] = min(best[name] ?? .max, distance) }
        }
        return best.sorted { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key }.prefix(3).map(\.key)
    }

    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
