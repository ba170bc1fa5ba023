import GRDB
import KBExtraction

/// An entity as queries return it.
public struct EntitySummary: Sendable, Equatable, Codable {
    public var id: Int64
    public var key: String
    public var name: String
    public var kind: String
}

extension KnowledgeBase {
    /// The entity a user means by `name`: its key (`ARM`), English or French name, or any alias
    /// (`Erevan`, `arménienne`, `le Kremlin`), compared without case or accents. Throws
    /// ``KnowledgeBaseError/unknownEntity(name:)`` when none matches.
    public func entity(named name: String) throws -> EntitySummary {
        try writer.read { db in try Self.entity(named: name, db) }
    }

    static func entity(named name: String, _ db: Database) throws -> EntitySummary {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        if let row = try Row.fetchOne(db, sql: """
            SELECT id, key, name, kind FROM entities
            WHERE key = ?1 COLLATE NOCASE OR name = ?1 COLLATE NOCASE OR name_fr = ?1 COLLATE NOCASE
            ORDER BY kind = 'state' DESC, id LIMIT 1
            """, arguments: [trimmed]) {
            return EntitySummary(id: row[0], key: row[1], name: row[2], kind: row[3])
        }
        // Any alias, its words folded; a leading article is dropped (`le Kremlin` → `kremlin`).
        var words = Tokenizer.tokens(trimmed).map(\.folded)
        if words.count > 1, ["le", "la", "les", "l", "the"].contains(words[0]) { words.removeFirst() }
        guard !words.isEmpty, let row = try Row.fetchOne(db, sql: """
            SELECT e.id, e.key, e.name, e.kind FROM aliases a JOIN entities e ON e.id = a.entity_id
            WHERE a.folded = ?
            ORDER BY CASE a.kind WHEN 'name' THEN 0 WHEN 'short' THEN 0 WHEN 'acronym' THEN 1 WHEN 'official' THEN 2
                     WHEN 'capital' THEN 3 ELSE 4 END, e.kind = 'state' DESC, e.id
            LIMIT 1
            """, arguments: [words.joined(separator: " ")]) else {
            throw KnowledgeBaseError.unknownEntity(name: trimmed)
        }
        return EntitySummary(id: row[0], key: row[1], name: row[2], kind: row[3])
    }
}
