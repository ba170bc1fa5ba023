import GRDB

/// The relations network: entities and the typed relations between them, weighted by support.
public struct RelationGraph: Sendable, Equatable, Codable {
    public struct Node: Sendable, Equatable, Codable {
        public var id: Int64
        public var key: String
        public var name: String
        public var kind: String
    }

    public struct Edge: Sendable, Equatable, Codable {
        public var source: Int64
        public var target: Int64
        public var predicate: String
        public var label: String
        /// `cooperation`, `conflict` or `neutral`.
        public var relationClass: String
        /// `negated` relations are kept apart from affirmed ones.
        public var polarity: String
        public var symmetric: Bool
        /// Sentences that support it.
        public var support: Int

        enum CodingKeys: String, CodingKey {
            case source, target, predicate, label, relationClass = "class", polarity, symmetric, support
        }
    }

    public var nodes: [Node]
    public var edges: [Edge]
}

extension KnowledgeBase {
    /// The network of typed relations (co-mentions with `includeCoMentions`); with `name`, only the
    /// relations of that entity and its counterparts. A symmetric relation is one edge whichever side
    /// each sentence names first.
    public func graph(of name: String? = nil, includeCoMentions: Bool = false) throws -> RelationGraph {
        try writer.read { db in
            let entity = try name.map { try Self.entity(named: $0, articles: articles, db) }
            let rows = try Row.fetchAll(db, sql: """
                SELECT CASE WHEN pr.symmetric = 1 THEN min(a.subject_id, a.object_id) ELSE a.subject_id END AS subject_id,
                       CASE WHEN pr.symmetric = 1 THEN max(a.subject_id, a.object_id) ELSE a.object_id END AS object_id,
                       a.predicate, pr.label, coalesce(pr.class, 'neutral') AS class, a.polarity,
                       pr.symmetric, count(DISTINCT a.passage_id) AS support
                FROM assertions a JOIN predicates pr ON pr.key = a.predicate
                WHERE a.object_id IS NOT NULL AND (:all OR a.kind <> 'co_mention')
                  AND (:entity IS NULL OR a.subject_id = :entity OR a.object_id = :entity)
                GROUP BY 1, 2, a.predicate, a.polarity
                ORDER BY support DESC, a.predicate
                """, arguments: ["all": includeCoMentions, "entity": entity?.id])
            let edges = rows.map { row in
                RelationGraph.Edge(source: row["subject_id"], target: row["object_id"], predicate: row["predicate"], label: row["label"],
                                   relationClass: row["class"], polarity: (row["polarity"] as String) == "negative" ? "negated" : "affirmed",
                                   symmetric: row["symmetric"], support: row["support"])
            }
            let ids = Set(edges.flatMap { [$0.source, $0.target] })
            let nodes = try Row.fetchAll(db, sql: "SELECT id, key, name, kind FROM entities ORDER BY name").compactMap { row -> RelationGraph.Node? in
                let id: Int64 = row["id"]
                return ids.contains(id) ? RelationGraph.Node(id: id, key: row["key"], name: row["name"], kind: row["kind"]) : nil
            }
            return RelationGraph(nodes: nodes, edges: edges)
        }
    }
}
