import Foundation
import GRDB
import KBParsing
import KBExtraction

/// Writes the gazetteer into `entities`, `states`, `organizations` and `aliases`, and the predicate
/// vocabulary into `predicates`; does nothing when the files have not changed since the last load.
enum GazetteerStore {
    /// SHA-256 over the names and contents of the gazetteer files, and of `predicates.tsv`.
    static func fingerprint(_ folder: URL) throws -> String {
        var bytes: [UInt8] = []
        var files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted().map { folder.appendingPathComponent($0) }
        files.append(folder.deletingLastPathComponent().appendingPathComponent("predicates.tsv"))
        for url in files where url.pathExtension == "tsv" {
            bytes += Array(url.lastPathComponent.utf8)
            if let data = FileManager.default.contents(atPath: url.path) { bytes += data }
        }
        return SHA256.hex(bytes: &bytes)
    }

    /// Database ids of the gazetteer's entities, indexed like `gazetteer.entities`.
    static func sync(_ gazetteer: Gazetteer, predicates: PredicateVocabulary, fingerprint: String, _ db: Database) throws -> [Int64] {
        let stored = try String.fetchOne(db, sql: "SELECT value FROM kb_info WHERE key = 'gazetteer_hash'")
        if stored == fingerprint {
            let ids = try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT key, id FROM entities").map { (row: Row) -> (String, Int64) in (row[0], row[1]) })
            let known = gazetteer.entities.compactMap { ids[$0.key] }
            if known.count == gazetteer.entities.count { return known }
        }
        let upsertEntity = try db.cachedStatement(sql: """
            INSERT INTO entities(key, kind, name, name_fr, wikidata) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT(key) DO UPDATE SET kind = excluded.kind, name = excluded.name, name_fr = excluded.name_fr,
                wikidata = excluded.wikidata
            RETURNING id
            """)
        var ids: [Int64] = []
        for entity in gazetteer.entities {
            guard let id = try Int64.fetchOne(upsertEntity, arguments: [entity.key, entity.kind.rawValue, entity.name, entity.nameFr, entity.wikidata]) else {
                throw KnowledgeBaseError.invalidData("cannot store entity \(entity.key)")
            }
            ids.append(id)
        }
        let upsertState = try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO states(entity_id, iso2, iso3, cow_code, official_en, official_fr, iso_name_fr, capital_en, capital_fr, status)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let upsertOrganization = try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO organizations(entity_id, acronym_en, acronym_fr, kind, part_of_id) VALUES (?, ?, ?, ?, ?)
            """)
        let upsertPerson = try db.cachedStatement(sql: "INSERT OR REPLACE INTO persons(entity_id, role, affiliation_id, office) VALUES (?, ?, ?, ?)")
        let upsertPlace = try db.cachedStatement(sql: "INSERT OR REPLACE INTO places(entity_id, kind, located_in_id) VALUES (?, ?, ?)")
        let deleteMembers = try db.cachedStatement(sql: "DELETE FROM region_members WHERE region_id = ?")
        let insertMember = try db.cachedStatement(sql: "INSERT OR IGNORE INTO region_members(region_id, state_id) VALUES (?, ?)")
        let deleteGroup = try db.cachedStatement(sql: "DELETE FROM state_groups WHERE region_id = ?")
        let insertGroup = try db.cachedStatement(sql: "INSERT OR IGNORE INTO state_groups(region_id) VALUES (?)")
        let deleteAliases = try db.cachedStatement(sql: "DELETE FROM aliases WHERE entity_id = ?")
        let insertAlias = try db.cachedStatement(sql: "INSERT OR IGNORE INTO aliases(entity_id, alias, folded, lang, kind) VALUES (?, ?, ?, ?, ?)")
        for (entity, id) in zip(gazetteer.entities, ids) {
            let a = entity.attributes
            switch entity.kind {
            case .state:
                try upsertState.execute(arguments: [id, a["iso2"], a["iso3"] ?? entity.key, a["cow_code"].flatMap { Int($0) },
                                                    a["official_en"], a["official_fr"], a["iso_name_fr"], a["capital_en"], a["capital_fr"], a["status"]])
            case .organization:
                let partOf = a["part_of"].flatMap { gazetteer.index[$0] }.map { ids[$0] }
                try upsertOrganization.execute(arguments: [id, a["acronym_en"], a["acronym_fr"], a["kind"], partOf])
            case .person:
                let affiliation = a["affiliation"].flatMap { gazetteer.index[$0] }.map { ids[$0] }
                try upsertPerson.execute(arguments: [id, a["role_en"], affiliation, a["office"]])
            case .place:
                let located = a["located_in"]?.split(separator: "|").first.flatMap { gazetteer.index[String($0)] }.map { ids[$0] }
                try upsertPlace.execute(arguments: [id, a["kind"], located])
            case .region:
                try deleteMembers.execute(arguments: [id])
                for member in (a["members"] ?? "").split(separator: "|") {
                    if let m = gazetteer.index[String(member)] { try insertMember.execute(arguments: [id, ids[m]]) }
                }
                try deleteGroup.execute(arguments: [id])
                if a["group"] == "yes" { try insertGroup.execute(arguments: [id]) }
            }
            try deleteAliases.execute(arguments: [id])
            // Role phrases are expanded over every state for matching; only a person's are stored.
            for alias in entity.aliases where alias.kind != .role || entity.kind == .person {
                try insertAlias.execute(arguments: [id, alias.text, foldedWords(alias.text), alias.lang, alias.kind.rawValue])
            }
        }
        try PredicateStore.sync(predicates, db)
        try db.execute(sql: "INSERT OR REPLACE INTO kb_info(key, value) VALUES ('gazetteer_hash', ?)", arguments: [fingerprint])
        return ids
    }

    /// An alias's words, folded, one space between: how `aliases.folded` and name look-ups compare.
    static func foldedWords(_ text: String) -> String {
        Tokenizer.tokens(text).map(\.folded).joined(separator: " ")
    }
}

/// The predicate vocabulary of `data/predicates.tsv`.
enum PredicateStore {
    static func sync(_ vocabulary: PredicateVocabulary, _ db: Database) throws {
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO predicates(key, label, cameo, goldstein, symmetric, inverse, label_fr, class) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(key) DO UPDATE SET label = excluded.label, cameo = excluded.cameo, goldstein = excluded.goldstein,
                symmetric = excluded.symmetric, inverse = excluded.inverse, label_fr = excluded.label_fr, class = excluded.class
            """)
        for p in vocabulary.predicates {
            try upsert.execute(arguments: [p.key, p.label, p.cameo, p.goldstein, p.symmetric ? 1 : 0, p.inverse, p.labelFr, p.relationClass])
        }
    }
}
