import GRDB

/// One line of `kb entities`.
public struct EntityListing: Sendable, Equatable, Codable {
    public struct Names: Sendable, Equatable, Codable {
        public var en: String
        public var fr: String?
    }
    public var id: Int64
    public var key: String
    public var kind: String
    /// English canonical name.
    public var name: String
    public var names: Names
    public var iso3: String?
    public var acronym: String?
    public var wikidata: String?
    /// Mentions in all documents.
    public var mentions: Int
}

/// Everything kb knows of one entity: `kb show`.
public struct EntityDetails: Sendable, Equatable, Codable {
    public struct Alias: Sendable, Equatable, Codable {
        public var alias: String
        public var lang: String
        public var kind: String
    }
    public struct PageCount: Sendable, Equatable, Codable {
        public var document: String
        public var page: Int
        public var mentions: Int
    }
    public struct Neighbor: Sendable, Equatable, Codable {
        public var name: String
        public var kind: String
        /// Sentences naming both.
        public var sentences: Int
    }
    public var id: Int64
    public var key: String
    public var kind: String
    public var name: String
    public var names: EntityListing.Names
    /// Identifiers and attributes: ISO codes, Correlates of War code, Wikidata, acronyms, capital,
    /// affiliation, office, the state a place lies in, the members of a region.
    public var identifiers: [String: String]
    public var aliases: [Alias]
    public var mentions: Int
    /// Mentions by function: `actor`, `location`.
    public var functions: [String: Int]
    public var pages: [PageCount]
    /// The entities most often named in the same sentences.
    public var mentionedWith: [Neighbor]
}

extension KnowledgeBase {
    /// Entities with their mention counts, most mentioned first. Only those the documents name,
    /// unless `includeUnmentioned`.
    public func entities(kind: String? = nil, includeUnmentioned: Bool = false) throws -> [EntityListing] {
        try writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT e.id, e.key, e.kind, e.name, e.name_fr, s.iso3,
                       coalesce(o.acronym_en, o.acronym_fr) AS acronym, e.wikidata,
                       (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) AS mentions
                FROM entities e
                LEFT JOIN states s ON s.entity_id = e.id
                LEFT JOIN organizations o ON o.entity_id = e.id
                WHERE (?1 IS NULL OR e.kind = ?1)
                ORDER BY mentions DESC, e.name
                """, arguments: [kind]).compactMap { row in
                let mentions: Int = row["mentions"]
                guard includeUnmentioned || mentions > 0 else { return nil }
                return EntityListing(id: row["id"], key: row["key"], kind: row["kind"], name: row["name"],
                                     names: .init(en: row["name"], fr: row["name_fr"]), iso3: row["iso3"],
                                     acronym: row["acronym"], wikidata: row["wikidata"], mentions: mentions)
            }
        }
    }

    /// Everything about the entity named `name` (see ``entity(named:)``).
    public func details(of name: String) throws -> EntityDetails {
        try writer.read { db in
            let entity = try Self.entity(named: name, articles: articles, db)
            let row = try Row.fetchOne(db, sql: """
                SELECT e.name_fr, e.wikidata, s.iso2, s.iso3, s.iso_name_fr, s.cow_code, s.capital_en, s.capital_fr, s.status,
                       o.acronym_en, o.acronym_fr, o.kind AS organization_kind, (SELECT name FROM entities WHERE id = o.part_of_id) AS part_of,
                       p.role, p.office, (SELECT name FROM entities WHERE id = p.affiliation_id) AS affiliation,
                       pl.kind AS place_kind, (SELECT name FROM entities WHERE id = pl.located_in_id) AS located_in,
                       (SELECT group_concat(m.name, ', ') FROM (SELECT x.name FROM region_members r JOIN entities x ON x.id = r.state_id
                        WHERE r.region_id = e.id ORDER BY x.name) m) AS members
                FROM entities e LEFT JOIN states s ON s.entity_id = e.id LEFT JOIN organizations o ON o.entity_id = e.id
                LEFT JOIN persons p ON p.entity_id = e.id LEFT JOIN places pl ON pl.entity_id = e.id
                WHERE e.id = ?
                """, arguments: [entity.id])!
            var identifiers: [String: String] = [:]
            for column in row.columnNames where column != "name_fr" {
                if let value = row[column] as DatabaseValue?, !value.isNull { identifiers[column] = String(describing: value.storage.value!) }
            }
            let aliases = try Row.fetchAll(db, sql: """
                SELECT alias, lang, kind FROM aliases WHERE entity_id = ? AND kind <> 'role'
                ORDER BY CASE kind WHEN 'name' THEN 0 WHEN 'short' THEN 1 WHEN 'official' THEN 2 WHEN 'acronym' THEN 3 ELSE 4 END, lang, alias
                """, arguments: [entity.id]).map { EntityDetails.Alias(alias: $0[0], lang: $0[1], kind: $0[2]) }
            let functions = try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: """
                SELECT function, count(*) FROM mentions WHERE entity_id = ? GROUP BY function
                """, arguments: [entity.id]).map { (row: Row) -> (String, Int) in (row[0], row[1]) })
            let pages = try Row.fetchAll(db, sql: """
                SELECT d.file_name, p.page, count(*) FROM mentions m JOIN passages p ON p.id = m.passage_id
                JOIN documents d ON d.id = p.document_id WHERE m.entity_id = ? GROUP BY d.id, p.page ORDER BY d.id, p.page
                """, arguments: [entity.id]).map { EntityDetails.PageCount(document: $0[0], page: $0[1], mentions: $0[2]) }
            let neighbors = try Row.fetchAll(db, sql: """
                SELECT e.name, e.kind, count(DISTINCT other.passage_id) AS n
                FROM mentions mine JOIN mentions other ON other.passage_id = mine.passage_id AND other.entity_id <> mine.entity_id
                JOIN entities e ON e.id = other.entity_id
                WHERE mine.entity_id = ? GROUP BY e.id ORDER BY n DESC, e.name LIMIT 10
                """, arguments: [entity.id]).map { EntityDetails.Neighbor(name: $0[0], kind: $0[1], sentences: $0[2]) }
            return EntityDetails(id: entity.id, key: entity.key, kind: entity.kind, name: entity.name,
                                 names: .init(en: entity.name, fr: row["name_fr"]), identifiers: identifiers, aliases: aliases,
                                 mentions: functions.values.reduce(0, +), functions: functions, pages: pages, mentionedWith: neighbors)
        }
    }
}
