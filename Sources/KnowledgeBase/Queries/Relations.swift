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
        /// Who stands for the entity in it, when not the entity itself: a person affiliated with it (Vladimir
        /// Putin for Russia) or an organ of it (its foreign ministry), as doer (`out`), as the one acted on
        /// (`in`) or as a side (`both`). Nil for the entity's own relations.
        public var via: Entity? = nil

        enum CodingKeys: String, CodingKey {
            case counterpart, predicate, label, relationClass = "class", direction, polarity, modality, date, cameo, goldstein,
                 support, assertions, quote, page, document, sources, via
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
            try c.encode(via, forKey: .via)
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
            // One row per relation, grouped in SQL from the relations indexes (schema/0009): its support,
            // its assertions, and — SQLite's bare column beside a lone min() — the assertion whose
            // sentence makes the best quote.
            // Everything grouped is in those indexes (quote_rank ends with the passage id, so it counts
            // the sentences, and gives the passage without reading the row: schema/0009); dates are read
            // only when filtering by them.
            let kinds = filter.includeCoMentions ? "'extracted', 'co_mention'" : "'extracted'"
            let dates = (from == nil ? "" : " AND a.end_date >= :from") + (to == nil ? "" : " AND a.start_date <= :to")
            // The entity acts itself, through the people affiliated with it and through its organs
            // (organizations part of it): Vladimir Putin's summit is one of Russia's relations, via him.
            // A state acts too in the groups of states it belongs to (« les États baltes », « les pays d’Asie
            // centrale »; `state_groups`, not mere areas such as Eastern Europe): the Baltic states' membership
            // of NATO is one of Estonia's, via them.
            let groups = try Row.fetchAll(db, sql: """
                WITH own(id) AS (
                    SELECT :id UNION SELECT entity_id FROM persons WHERE affiliation_id = :id
                    UNION SELECT entity_id FROM organizations WHERE part_of_id = :id
                ), agents(id) AS (
                    SELECT id FROM own
                    UNION SELECT m.region_id FROM region_members m JOIN state_groups g ON g.region_id = m.region_id WHERE m.state_id = :id
                ), mine AS (
                    SELECT a.id, a.object_id AS counterpart_id, a.predicate, a.polarity, a.modality, a.kind, a.quote_rank, 'out' AS side,
                           a.subject_id AS actor_id, a.quote_rank % 10000000000 AS passage_id
                    FROM assertions a WHERE a.subject_id IN agents AND a.kind IN (\(kinds)) AND a.object_id IS NOT NULL
                        AND a.object_id NOT IN own AND NOT (a.subject_id <> :id AND a.object_id IN agents)
                        AND (a.subject_id = :id OR a.kind = 'extracted')\(dates)
                    UNION ALL
                    SELECT a.id, a.subject_id, a.predicate, a.polarity, a.modality, a.kind, a.quote_rank, 'in', a.object_id, a.quote_rank % 10000000000
                    FROM assertions a WHERE a.object_id IN agents AND a.kind IN (\(kinds)) AND a.subject_id NOT IN own
                        AND NOT (a.object_id <> :id AND a.subject_id IN agents)
                        AND (a.object_id = :id OR a.kind = 'extracted')\(dates)
                )
                SELECT m.counterpart_id, m.predicate, CASE WHEN pr.symmetric = 1 THEN 'both' ELSE m.side END AS direction,
                       m.polarity, m.modality, count(DISTINCT m.quote_rank) AS support, group_concat(m.id) AS ids,
                       min(m.quote_rank) AS rank, m.kind AS assertion_kind, m.id AS best, m.actor_id,
                       group_concat(DISTINCT m.passage_id) AS passages
                FROM mine m JOIN predicates pr ON pr.key = m.predicate
                WHERE (:type IS NULL OR m.predicate = :type OR pr.class = :type)
                GROUP BY m.counterpart_id, m.predicate, direction, m.polarity, m.modality, m.actor_id
                """, arguments: ["id": entity.id, "type": type, "from": from, "to": to])
            let actorStatement = try db.cachedStatement(sql: "SELECT name, kind FROM entities WHERE id = ?")
            let detail = try db.cachedStatement(sql: """
                SELECT a.date, a.passage_id, e.name, e.kind, pr.label, pr.class, pr.cameo, pr.goldstein, p.text, p.page, d.file_name
                FROM assertions a JOIN passages p ON p.id = a.passage_id JOIN documents d ON d.id = p.document_id,
                     entities e, predicates pr
                WHERE a.id = ? AND e.id = ? AND pr.key = a.predicate
                """)
            let sourceStatement = try db.cachedStatement(sql: """
                SELECT s.url FROM footnotes f JOIN sources s ON s.id = f.source_id WHERE f.passage_id = ? ORDER BY f.page, f.ordinal
                """)
            // What the entity itself is told to do in a sentence is not shown again via its people or organs
            // (the European Council's mediation, and Charles Michel's in the same sentence).
            func key(_ group: Row) -> String {
                "\(group["counterpart_id"] as Int64)/\(group["predicate"] as String)/\(group["direction"] as String)/\(group["polarity"] as String)/\(group["modality"] as String)"
            }
            func passages(_ group: Row) -> Set<Substring> { Set(((group["passages"] as String?) ?? "").split(separator: ",")) }
            var ownPassages: [String: Set<Substring>] = [:]
            for group in groups where (group["actor_id"] as Int64) == entity.id { ownPassages[key(group), default: []].formUnion(passages(group)) }
            var relations: [(typed: Bool, relation: RelationsResult.Relation)] = []
            for group in groups {
                if (group["actor_id"] as Int64) != entity.id, passages(group).isSubset(of: ownPassages[key(group)] ?? []) { continue }
                guard let best = try Row.fetchOne(detail, arguments: [group["best"] as Int64, group["counterpart_id"] as Int64]) else { continue }
                let passage: Int64 = best["passage_id"]
                let modality: String = group["modality"] == "reported" ? "attributed" : group["modality"]
                let ids = (group["ids"] as String).split(separator: ",").compactMap { Int64($0) }.sorted()
                var relation = RelationsResult.Relation(
                    counterpart: .init(name: best["name"], kind: best["kind"]), predicate: group["predicate"], label: best["label"],
                    relationClass: best["class"], direction: group["direction"],
                    polarity: group["polarity"] == "negative" ? "negated" : "affirmed", modality: modality,
                    date: best["date"], cameo: best["cameo"], goldstein: best["goldstein"],
                    support: group["support"], assertions: ids,
                    quote: best["text"], page: best["page"], document: best["file_name"],
                    sources: try String.fetchAll(sourceStatement, arguments: [passage]))
                if let actor = group["actor_id"] as Int64?, actor != entity.id, let row = try Row.fetchOne(actorStatement, arguments: [actor]) {
                    relation.via = .init(name: row["name"], kind: row["kind"])
                }
                relations.append(((group["assertion_kind"] as String) != "co_mention", relation))
            }
            relations.sort { a, b in
                if a.typed != b.typed { return a.typed }
                if a.relation.support != b.relation.support { return a.relation.support > b.relation.support }
                // Its own relations before those of the people and organs acting for it.
                if (a.relation.via == nil) != (b.relation.via == nil) { return a.relation.via == nil }
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
