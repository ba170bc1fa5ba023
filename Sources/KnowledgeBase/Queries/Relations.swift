import GRDB

/// An entity's relations: every counterpart it has an assertion with, grouped by predicate.
public struct RelationsResult: Sendable, Equatable, Codable {
    public var entity: Entity
    public var relations: [Relation]

    public struct Entity: Sendable, Equatable, Codable {
        public var name: String
        public var kind: String

        public init(name: String, kind: String) {
            self.name = name
            self.kind = kind
        }
    }

    public struct Relation: Sendable, Equatable, Codable {
        public var counterpart: Entity
        /// Predicate key (`co_mention`, `member_of`…).
        public var predicate: String
        /// The predicate's English label (`co-mentioned with`).
        public var label: String
        /// How many sentences support it.
        public var support: Int
        /// The best supporting sentence, its page and the report it is in.
        public var quote: String
        public var page: Int
        public var document: String
        /// The footnote URLs that back the quoted sentence.
        public var sources: [String]
    }
}

extension KnowledgeBase {
    /// The relations of the entity named `name` (see ``entity(named:)``), most supported first.
    /// The best quote of a relation is the most focused sentence: the one naming the fewest other
    /// entities, then one backed by a footnote, then the shortest.
    public func relations(of name: String) throws -> RelationsResult {
        try writer.read { db in
            let entity = try Self.entity(named: name, articles: articles, db)
            let rows = try Row.fetchAll(db, sql: """
                WITH mine AS (
                    SELECT id, predicate, passage_id, object_id AS counterpart_id FROM assertions
                    WHERE subject_id = :id AND object_id IS NOT NULL
                    UNION ALL
                    SELECT id, predicate, passage_id, subject_id FROM assertions WHERE object_id = :id
                ),
                support AS (
                    SELECT counterpart_id, predicate, count(DISTINCT passage_id) AS support FROM mine GROUP BY 1, 2
                ),
                ranked AS (
                    SELECT m.counterpart_id, m.predicate, m.passage_id,
                           row_number() OVER (PARTITION BY m.counterpart_id, m.predicate
                               ORDER BY (SELECT count(DISTINCT x.entity_id) FROM mentions x WHERE x.passage_id = m.passage_id),
                                        EXISTS (SELECT 1 FROM footnotes f WHERE f.passage_id = m.passage_id) DESC,
                                        length(p.text), m.passage_id) AS rank
                    FROM mine m JOIN passages p ON p.id = m.passage_id
                )
                SELECT e.name, e.kind, s.predicate, pr.label, s.support, p.text, p.page, d.file_name, p.id
                FROM support s
                JOIN ranked r ON r.counterpart_id = s.counterpart_id AND r.predicate = s.predicate AND r.rank = 1
                JOIN entities e ON e.id = s.counterpart_id
                JOIN predicates pr ON pr.key = s.predicate
                JOIN passages p ON p.id = r.passage_id
                JOIN documents d ON d.id = p.document_id
                ORDER BY s.support DESC, e.name, s.predicate
                """, arguments: ["id": entity.id])
            let sourceStatement = try db.cachedStatement(sql: """
                SELECT s.url FROM footnotes f JOIN sources s ON s.id = f.source_id WHERE f.passage_id = ? ORDER BY f.page, f.ordinal
                """)
            let relations = try rows.map { row in
                RelationsResult.Relation(
                    counterpart: .init(name: row[0], kind: row[1]), predicate: row[2], label: row[3], support: row[4],
                    quote: row[5], page: row[6], document: row[7],
                    sources: try String.fetchAll(sourceStatement, arguments: [row[8] as Int64]))
            }
            return RelationsResult(entity: .init(name: entity.name, kind: entity.kind), relations: relations)
        }
    }
}
