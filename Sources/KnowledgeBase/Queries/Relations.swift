import GRDB
import KBParsing
import KBExtraction

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
        /// Predicate key (`armed_conflict_with`, `co_mention`…), its English label, and its class
        /// (`cooperation`, `conflict`, `neutral`).
        public var predicate: String
        public var label: String
        public var relationClass: String?
        /// `out`: the entity does it to the counterpart; `in`: the counterpart does it to the entity;
        /// `both`: a symmetric predicate.
        public var direction: String
        /// `affirmed` or `negated` (« L’Arménie n’a pas quitté l’OTSC »).
        public var polarity: String
        /// `asserted`, `hedged`, `speculative`, `attributed` or `question`.
        public var modality: String
        /// EDTF of the date the best sentence gives it, when it gives one.
        public var date: String?
        public var cameo: String?
        public var goldstein: Double?
        /// How many sentences support it, and the assertions' ids.
        public var support: Int
        public var assertions: [Int64]
        /// The best supporting sentence, its page and the report it is in.
        public var quote: String
        public var page: Int
        public var document: String
        /// The footnote URLs that back the quoted sentence.
        public var sources: [String]

        enum CodingKeys: String, CodingKey {
            case counterpart, predicate, label, relationClass = "class", direction, polarity, modality, date, cameo, goldstein,
                 support, assertions, quote, page, document, sources
        }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(counterpart, forKey: .counterpart)
            try c.encode(predicate, forKey: .predicate)
            try c.encode(label, forKey: .label)
            try c.encode(relationClass, forKey: .relationClass)
            try c.encode(direction, forKey: .direction)
            try c.encode(polarity, forKey: .polarity)
            try c.encode(modality, forKey: .modality)
            try c.encode(date, forKey: .date)
            try c.encode(cameo, forKey: .cameo)
            try c.encode(goldstein, forKey: .goldstein)
            try c.encode(support, forKey: .support)
            try c.encode(assertions, forKey: .assertions)
            try c.encode(quote, forKey: .quote)
            try c.encode(page, forKey: .page)
            try c.encode(document, forKey: .document)
            try c.encode(sources, forKey: .sources)
        }
    }
}

/// Which relations to show.
public struct RelationFilter: Sendable, Equatable {
    /// Co-mentions too (two entities in one sentence, no trigger): hidden by default.
    public var includeCoMentions = false
    /// A class (`conflict`, `cooperation`, `neutral`) or a predicate key or label.
    public var type: String?
    /// EDTF or ISO dates: relations whose sentence dates them within the range (undated ones are left out).
    public var from: String?
    public var to: String?

    public init(includeCoMentions: Bool = false, type: String? = nil, from: String? = nil, to: String? = nil) {
        self.includeCoMentions = includeCoMentions
        self.type = type
        self.from = from
        self.to = to
    }
}

extension KnowledgeBase {
    /// The relations of the entity named `name` (see ``entity(named:)``), grouped by counterpart,
    /// predicate, direction, polarity and modality: typed relations first, most supported first;
    /// co-mentions only with `filter.includeCoMentions`. The best quote of a relation is the most
    /// focused sentence: the one naming the fewest other entities, then one backed by a footnote,
    /// then the shortest.
    public func relations(of name: String, filter: RelationFilter = RelationFilter()) throws -> RelationsResult {
        let (from, to) = try Self.dateRange(from: filter.from, to: filter.to)
        return try writer.read { db in
            let entity = try Self.entity(named: name, articles: articles, db)
            let type = try filter.type.map { try Self.relationType(named: $0, db) }
            let rows = try Row.fetchAll(db, sql: """
                WITH mine AS (
                    SELECT a.*, a.object_id AS counterpart_id, CASE WHEN pr.symmetric = 1 THEN 'both' ELSE 'out' END AS direction
                    FROM assertions a JOIN predicates pr ON pr.key = a.predicate
                    WHERE a.subject_id = :id AND a.object_id IS NOT NULL
                    UNION ALL
                    SELECT a.*, a.subject_id, CASE WHEN pr.symmetric = 1 THEN 'both' ELSE 'in' END
                    FROM assertions a JOIN predicates pr ON pr.key = a.predicate
                    WHERE a.object_id = :id
                )
                SELECT m.id, m.counterpart_id, e.name, e.kind, m.predicate, pr.label, pr.class, pr.cameo, pr.goldstein, m.direction,
                       m.polarity, m.modality, m.date, m.kind AS assertion_kind, p.id AS passage_id, p.text, p.page, d.file_name,
                       (SELECT count(DISTINCT x.entity_id) FROM mentions x WHERE x.passage_id = p.id) AS named,
                       EXISTS (SELECT 1 FROM footnotes f WHERE f.passage_id = p.id) AS footnoted
                FROM mine m JOIN entities e ON e.id = m.counterpart_id JOIN predicates pr ON pr.key = m.predicate
                JOIN passages p ON p.id = m.passage_id JOIN documents d ON d.id = p.document_id
                WHERE (:all OR m.kind <> 'co_mention')
                  AND (:type IS NULL OR m.predicate = :type OR pr.class = :type)
                  AND (:from IS NULL OR m.end_date >= :from)
                  AND (:to IS NULL OR m.start_date <= :to)
                ORDER BY m.id
                """, arguments: ["id": entity.id, "all": filter.includeCoMentions, "type": type, "from": from, "to": to])
            struct Key: Hashable { var counterpart: Int64; var predicate, direction, polarity, modality: String }
            var groups: [Key: [Row]] = [:]
            var order: [Key] = []
            for row in rows {
                let key = Key(counterpart: row["counterpart_id"], predicate: row["predicate"], direction: row["direction"],
                              polarity: row["polarity"], modality: row["modality"])
                if groups[key] == nil { order.append(key) }
                groups[key, default: []].append(row)
            }
            let sourceStatement = try db.cachedStatement(sql: """
                SELECT s.url FROM footnotes f JOIN sources s ON s.id = f.source_id WHERE f.passage_id = ? ORDER BY f.page, f.ordinal
                """)
            var relations: [(typed: Bool, relation: RelationsResult.Relation)] = []
            for key in order {
                let members = groups[key]!
                let best = members.min { a, b in
                    let x = (a["named"] as Int, (a["footnoted"] as Bool) ? 0 : 1, (a["text"] as String).count, a["passage_id"] as Int64)
                    let y = (b["named"] as Int, (b["footnoted"] as Bool) ? 0 : 1, (b["text"] as String).count, b["passage_id"] as Int64)
                    return x < y
                }!
                let modality: String = key.modality == "reported" ? "attributed" : key.modality
                let relation = RelationsResult.Relation(
                    counterpart: .init(name: best["name"], kind: best["kind"]), predicate: key.predicate, label: best["label"],
                    relationClass: best["class"], direction: key.direction,
                    polarity: key.polarity == "negative" ? "negated" : "affirmed", modality: modality,
                    date: best["date"], cameo: best["cameo"], goldstein: best["goldstein"],
                    support: Set(members.map { $0["passage_id"] as Int64 }).count, assertions: members.map { $0["id"] },
                    quote: best["text"], page: best["page"], document: best["file_name"],
                    sources: try String.fetchAll(sourceStatement, arguments: [best["passage_id"] as Int64]))
                relations.append(((best["assertion_kind"] as String) != "co_mention", relation))
            }
            relations.sort { a, b in
                if a.typed != b.typed { return a.typed }
                if a.relation.support != b.relation.support { return a.relation.support > b.relation.support }
                return (a.relation.counterpart.name, a.relation.predicate) < (b.relation.counterpart.name, b.relation.predicate)
            }
            return RelationsResult(entity: .init(name: entity.name, kind: entity.kind), relations: relations.map(\.relation))
        }
    }

    /// A relation class (`conflict`, `cooperation`, `neutral`) or a predicate key or label.
    static func relationType(named name: String, _ db: Database) throws -> String {
        let wanted = Folding.fold(name).replacingOccurrences(of: " ", with: "_")
        if ["conflict", "cooperation", "neutral"].contains(wanted) { return wanted }
        let rows = try Row.fetchAll(db, sql: "SELECT key, label, coalesce(label_fr, '') FROM predicates ORDER BY key")
        for row in rows {
            let names = [row[0], row[1], row[2]].map { (s: String) in Folding.fold(s).replacingOccurrences(of: " ", with: "_") }
            if names.contains(wanted) { return row[0] }
        }
        throw KnowledgeBaseError.unknownRelationType(name, known: ["conflict", "cooperation", "neutral"] + rows.map { $0[0] })
    }
}
