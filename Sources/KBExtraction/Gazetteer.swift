import Foundation
import KBParsing

/// The entities kb knows, with every name they go by, read from `data/gazetteer/`.
///
/// - `states.tsv` (generated from `../shared/data/vendor/` by `scripts/gazetteer/build_gazetteer.py`)
///   and `states-extra.tsv` (former states, by hand): one row per state, keyed by ISO alpha-3;
/// - `organizations.tsv`: organizations and bodies, keyed `org:…`;
/// - `aliases.tsv` (reviewed by hand): further names of any entity — the report's own spellings,
///   metonyms (`Kremlin` → Russia), former names.
///
/// Names, official names, capitals and the four French demonyms of each state become aliases too.
public struct Gazetteer: Sendable {
    public var entities: [GazetteerEntity]
    /// Key → index in `entities`.
    public var index: [String: Int]

    public init(entities: [GazetteerEntity]) {
        self.entities = entities
        var index: [String: Int] = [:]
        for (i, e) in entities.enumerated() { index[e.key] = i }
        self.index = index
    }

    public subscript(key: String) -> GazetteerEntity? { index[key].map { entities[$0] } }

    /// Reads the gazetteer under `dataDirectory/gazetteer`.
    public init(dataDirectory: URL) throws {
        let folder = dataDirectory.appendingPathComponent("gazetteer")
        var entities: [GazetteerEntity] = []
        func table(_ name: String, required: Bool) throws -> TSVTable? {
            let url = folder.appendingPathComponent(name)
            if !required && !FileManager.default.fileExists(atPath: url.path) { return nil }
            return try TSVTable(contentsOf: url)
        }
        for name in ["states.tsv", "states-extra.tsv"] {
            guard let states = try table(name, required: name == "states.tsv") else { continue }
            try states.require("key", "iso3", "name_en", "name_fr")
            entities += states.rows.map(GazetteerEntity.init(state:))
        }
        if let organizations = try table("organizations.tsv", required: true) {
            try organizations.require("key", "name_en", "name_fr", "acronym_en", "acronym_fr")
            entities += organizations.rows.map(GazetteerEntity.init(organization:))
        }
        self.init(entities: entities)
        if let aliases = try table("aliases.tsv", required: false) {
            try aliases.require("key", "alias", "lang", "kind")
            for row in aliases.rows {
                guard let i = index[row["key"]] else {
                    throw DataFileError.malformed(path: aliases.origin, line: row.line, reason: "unknown entity key '\(row["key"])'")
                }
                guard let kind = AliasKind(rawValue: row["kind"]) else {
                    throw DataFileError.malformed(path: aliases.origin, line: row.line, reason: "unknown alias kind '\(row["kind"])'")
                }
                self.entities[i].addAlias(row["alias"], lang: row["lang"], kind: kind)
            }
        }
    }
}

/// What an alias is to its entity. A name must be written with its capital to match; a demonym
/// matches in any case (`russe`, `les Russes`); an acronym only as written.
public enum AliasKind: String, Sendable, CaseIterable {
    case name, short, official, acronym, capital, demonym, metonym, former_name, variant, role

    /// When two entities share an alias, the one for which it is the stronger kind wins.
    public var strength: Int {
        switch self {
        case .name, .short: return 9
        case .acronym: return 8
        case .official, .variant, .former_name: return 7
        case .capital: return 6
        case .metonym: return 5
        case .role: return 4
        case .demonym: return 3
        }
    }
}

public enum EntityKind: String, Sendable, CaseIterable {
    case state, organization, person, place, region
}

public struct Alias: Sendable, Hashable {
    public var text: String
    public var lang: String
    public var kind: AliasKind
}

/// One entity of the gazetteer and its names.
public struct GazetteerEntity: Sendable {
    public var key: String
    public var kind: EntityKind
    /// English canonical name.
    public var name: String
    public var nameFr: String?
    public var wikidata: String?
    public var aliases: [Alias] = []
    /// The table's other columns (ISO codes, capitals, acronyms…), by column name.
    public var attributes: [String: String] = [:]

    public init(key: String, kind: EntityKind, name: String, nameFr: String? = nil, wikidata: String? = nil) {
        self.key = key
        self.kind = kind
        self.name = name
        self.nameFr = nameFr
        self.wikidata = wikidata
    }

    public mutating func addAlias(_ text: String, lang: String, kind: AliasKind) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return }
        let alias = Alias(text: trimmed, lang: lang, kind: kind)
        if !aliases.contains(alias) { aliases.append(alias) }
    }

    init(state row: TSVTable.Row) {
        self.init(key: row["key"], kind: .state, name: row["name_en"], nameFr: row["name_fr"].nilIfEmpty,
                  wikidata: row["wikidata"].nilIfEmpty)
        for column in ["iso2", "iso3", "cow_code", "official_en", "official_fr", "capital_en", "capital_fr", "status"] {
            if let value = row[column].nilIfEmpty { attributes[column] = value }
        }
        let columns: [(String, String, AliasKind)] = [
            ("name_en", "en", .name), ("official_en", "en", .official), ("name_fr", "fr", .name),
            ("official_fr", "fr", .official), ("iso_name_fr", "fr", .official), ("capital_en", "en", .capital),
            ("capital_fr", "fr", .capital), ("demonym_en", "en", .demonym), ("demonym_fr_ms", "fr", .demonym),
            ("demonym_fr_fs", "fr", .demonym), ("demonym_fr_mp", "fr", .demonym), ("demonym_fr_fp", "fr", .demonym),
        ]
        for (column, lang, kind) in columns {
            for value in row.values(column) { addAlias(value, lang: lang, kind: kind) }
        }
    }

    init(organization row: TSVTable.Row) {
        self.init(key: row["key"], kind: .organization, name: row["name_en"], nameFr: row["name_fr"].nilIfEmpty,
                  wikidata: row["wikidata"].nilIfEmpty)
        for column in ["acronym_en", "acronym_fr", "kind", "part_of"] {
            if let value = row[column].nilIfEmpty { attributes[column] = value }
        }
        let columns: [(String, String, AliasKind)] = [
            ("name_en", "en", .name), ("name_fr", "fr", .name), ("acronym_en", "en", .acronym), ("acronym_fr", "fr", .acronym),
        ]
        for (column, lang, kind) in columns {
            for value in row.values(column) { addAlias(value, lang: lang, kind: kind) }
        }
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
