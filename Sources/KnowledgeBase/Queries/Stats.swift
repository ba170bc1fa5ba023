import GRDB

/// What a knowledge base holds: rows per table and the documents ingested.
public struct Statistics: Sendable, Equatable, Codable {
    public var tables: [Table]
    public var documents: [Document]

    public struct Table: Sendable, Equatable, Codable {
        public var name: String
        public var rows: Int
    }

    public struct Document: Sendable, Equatable, Codable {
        public var id: Int64
        public var file: String
        public var title: String?
        public var date: String?
        public var pages: Int
        public var ingestedAt: String
    }

    /// The row count of `table`, or 0.
    public func rows(_ table: String) -> Int { tables.first { $0.name == table }?.rows ?? 0 }
}

extension KnowledgeBase {
    /// The tables users query, in the order of the schema.
    public static let publicTables = [
        "documents", "pages", "sections", "passages", "sources", "footnotes", "entities", "states", "organizations",
        "persons", "places", "region_members", "aliases", "mentions", "dates", "event_types", "events", "event_participants", "event_evidence",
        "predicates", "assertions", "assertion_sources",
    ]

    public func statistics() throws -> Statistics {
        try writer.read { db in
            let tables = try Self.publicTables.map { name in
                Statistics.Table(name: name, rows: try Int.fetchOne(db, sql: "SELECT count(*) FROM \(name)") ?? 0)
            }
            let documents = try Row.fetchAll(db, sql: "SELECT id, file_name, title, date, page_count, ingested_at FROM documents ORDER BY id").map {
                Statistics.Document(id: $0[0], file: $0[1], title: $0[2], date: $0[3], pages: $0[4], ingestedAt: $0[5])
            }
            return Statistics(tables: tables, documents: documents)
        }
    }
}
