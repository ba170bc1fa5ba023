import Foundation
import KBParsing

/// The entities kb knows, with every name they go by, read from `data/gazetteer/`.
///
/// - `states.tsv` (generated from `../shared/data/vendor/` by `scripts/gazetteer/build_gazetteer.py`)
///   and `states-extra.tsv` (former states, by hand): one row per state, keyed by ISO alpha-3;
/// - `organizations.tsv`: organizations and bodies, keyed `org:…`;
/// - `persons.tsv`, `places.tsv`, `regions.tsv` (by hand): people with the state or organization they
///   act for and their office, places that are not states with the state they lie in, and groups of
///   states (`États baltes` → Estonia, Latvia, Lithuania);
/// - `aliases.tsv` (reviewed by hand): further names of any entity — the report's own spellings,
///   metonyms (`Kremlin` → Russia), former names;
/// - `../lexicon/roles.tsv`: role phrases built on demonyms and names (`le président {demonym}`),
///   which name the office holder when `persons.tsv` knows one, else the state acting.
///
/// Names, official names, capitals and the four French demonyms of each state become aliases too.
public struct Gazetteer: Sendable {
    public var entities: [GazetteerEntity]
    /// Key → index in `entities`.
    public var index: [String: Int]

    /// Whether two entities are one side: a person and the state or organization they act for (`affiliation`), a body
    /// and what it is part of (`part_of`: the European Commission and the EU), through both (``chain(_:)``).
    public func sameSide(_ a: Int, _ b: Int) -> Bool {
        a != b && (chain(a).contains(b) || chain(b).contains(a))
    }

    /// The state or organization a person acts for (their affiliation); anyone else stands for themselves.
    public func side(_ entity: Int) -> Int { references(entity, "affiliation").first ?? entity }

    /// Whom `entity` acts for or belongs to, nearest first: a person's affiliation, then what that (or an organization)
    /// is part of (Charles Michel → the European Council → the EU; Russia's foreign ministry → Russia).
    func chain(_ entity: Int) -> [Int] {
        var result: [Int] = []
        var current = entity
        for attribute in ["affiliation", "part_of", "part_of"] {
            guard let next = references(current, attribute).first, next != entity, !result.contains(next) else { continue }
            result.append(next)
            current = next
        }
        return result
    }

    /// The entities an attribute of `entity` names by key (`affiliation`, `located_in`, `members`, `part_of`,
    /// `seat_of`; several separated by `|`), in order.
    public func references(_ entity: Int, _ attribute: String) -> [Int] {
        (entities[entity].attributes[attribute]?.split(separator: "|") ?? []).compactMap { index[String($0)] }
    }
    /// Offices whose holder leads a state (`lexicon/offices.tsv`): a counterpart of one is the other state's leader;
    /// of any other office, that office's holder there.
    public var leaderOffices: Set<String> = []
    /// "affiliation/office" → the person holding it (`persons.tsv`).
    var officeHolders: [String: Int] = [:]
    /// Kinds of places that are territories (`place-kinds.tsv`): what a predicate may be about itself; any other
    /// place (a city, a port) stands for the state it lies in.
    public var territoryKinds: Set<String> = []

    public init(entities: [GazetteerEntity]) {
        self.entities = entities
        var index: [String: Int] = [:]
        for (i, e) in entities.enumerated() { index[e.key] = i }
        self.index = index
    }

    public subscript(key: String) -> GazetteerEntity? { index[key].map { entities[$0] } }

    /// Whether `entity` is a place that is a territory (`place-kinds.tsv`), not a city standing for its state.
    public func isTerritory(_ entity: Int) -> Bool {
        entities[entity].kind == .place && territoryKinds.contains(entities[entity].attributes["kind"] ?? "")
    }

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
        let others: [(String, EntityKind, [String])] = [
            ("persons.tsv", .person, ["affiliation", "office", "role_en"]),
            ("places.tsv", .place, ["kind", "located_in", "seat_of"]),
            ("regions.tsv", .region, ["members", "group"]),
        ]
        for (name, kind, columns) in others {
            guard let rows = try table(name, required: false) else { continue }
            try rows.require("key", "name_en", "name_fr", "wikidata", "aliases")
            entities += rows.rows.map { GazetteerEntity(row: $0, kind: kind, attributes: columns) }
        }
        self.init(entities: entities)
        let references = ["part_of", "affiliation", "located_in", "members", "seat_of"]
        for entity in self.entities {
            for column in references {
                for key in (entity.attributes[column] ?? "").split(separator: "|").map(String.init) where index[key] == nil {
                    throw DataFileError.malformed(path: folder.path, line: 0, reason: "\(entity.key): \(column) names unknown key '\(key)'")
                }
            }
        }
        if let kinds = try table("place-kinds.tsv", required: false) {
            try kinds.require("kind", "territory")
            for row in kinds.rows {
                guard ["yes", "no"].contains(row["territory"]) else {
                    throw DataFileError.malformed(path: kinds.origin, line: row.line, reason: "territory must be yes or no")
                }
                if row["territory"] == "yes" { territoryKinds.insert(row["kind"]) }
            }
            for entity in self.entities where entity.kind == .place {
                let kind = entity.attributes["kind"] ?? ""
                guard kinds.rows.contains(where: { $0["kind"] == kind }) else {
                    throw DataFileError.malformed(path: kinds.origin, line: 0, reason: "\(entity.key): place kind '\(kind)' is not listed")
                }
            }
        }
        if let aliases = try table("aliases.tsv", required: false) {
            try aliases.require("key", "alias", "lang", "kind")
            for row in aliases.rows {
                guard let i = index[row["key"]] else {
                    throw DataFileError.malformed(path: aliases.origin, line: row.line, reason: "unknown entity key '\(row["key"])'")
                }
                guard let kind = AliasKind(rawValue: row["kind"]), kind != .description else {
                    throw DataFileError.malformed(path: aliases.origin, line: row.line, reason: "unknown alias kind '\(row["kind"])'")
                }
                self.entities[i].addAlias(row["alias"], lang: row["lang"], kind: kind)
            }
        }
        for (i, e) in self.entities.enumerated() where e.kind == .person {
            if let affiliation = e.attributes["affiliation"], let office = e.attributes["office"] { officeHolders[affiliation + "/" + office] = i }
        }
        let roles = dataDirectory.appendingPathComponent("lexicon/roles.tsv")
        if FileManager.default.fileExists(atPath: roles.path) {
            try addRolePhrases(TSVTable(contentsOf: roles))
        }
        let offices = dataDirectory.appendingPathComponent("lexicon/offices.tsv")
        if FileManager.default.fileExists(atPath: offices.path) {
            let table = try TSVTable(contentsOf: offices)
            try table.require("office", "leader")
            leaderOffices = Set(table.rows.filter { $0["leader"] == "yes" }.map { $0["office"] })
        }
    }

    /// The person `persons.tsv` gives `office` for the state or organization `key` (its `affiliation`).
    public func holder(of office: String, for key: String) -> Int? {
        officeHolders[key + "/" + office]
    }

    /// The place `places.tsv` gives as the capital of state `state` (Moscow for Russia), if any.
    public func capital(of state: Int) -> Int? {
        let key = entities[state].key
        return entities.indices.first { entities[$0].kind == .place && entities[$0].attributes["kind"] == "capital" && entities[$0].attributes["located_in"] == key }
    }

    /// Expands each role pattern (`président {demonym}`, `président de la {name}`) over every state's
    /// demonyms and names in the pattern's language. The phrase names the person `persons.tsv` gives
    /// that office for that state, or else the state itself.
    mutating func addRolePhrases(_ roles: TSVTable) throws {
        try roles.require("lang", "pattern", "office")
        let states = entities.indices.filter { entities[$0].kind == .state }
        for row in roles.rows {
            let pattern = row["pattern"], lang = row["lang"]
            // The pattern around its slot, split once: each phrase is the parts joined by a filler.
            let byDemonym = pattern.contains("{demonym}")
            guard byDemonym || pattern.contains("{name}") else { continue }
            let parts = pattern.components(separatedBy: byDemonym ? "{demonym}" : "{name}")
            for s in states {
                let state = entities[s]
                let fillers = state.aliases.filter {
                    (byDemonym ? $0.kind == .demonym : ($0.kind == .name || $0.kind == .short)) && ($0.lang == lang || $0.lang == "mul")
                }.map(\.text)
                let target = holder(of: row["office"], for: state.key) ?? s
                for filler in Set(fillers) {
                    entities[target].addAlias(parts.joined(separator: filler), lang: lang, kind: .role)
                }
            }
        }
    }
}

/// What an alias is to its entity. A name must be written with its capital to match; a demonym
/// matches in any case (`russe`, `les Russes`); an acronym only as written.
public enum AliasKind: String, Sendable, CaseIterable {
    case name, short, official, acronym, capital, demonym, metonym, former_name, variant, role
    /// Not a name: a definite description standing for an entity just named (`cette alliance
    /// militaire`), from `lexicon/descriptions.tsv`. Mentions only, never an alias.
    case description

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
        case .description: return 1
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
        let trimmed = text.trimmingBlanks()
        guard !trimmed.isEmpty else { return }
        let alias = Alias(text: trimmed, lang: lang, kind: kind)
        if !aliases.contains(alias) { aliases.append(alias) }
    }

    init(state row: TSVTable.Row) {
        self.init(key: row["key"], kind: .state, name: row["name_en"], nameFr: row["name_fr"].nilIfEmpty,
                  wikidata: row["wikidata"].nilIfEmpty)
        for column in ["iso2", "iso3", "cow_code", "official_en", "official_fr", "iso_name_fr", "capital_en", "capital_fr", "status"] {
            if let value = row[column].nilIfEmpty { attributes[column] = value }
        }
        let columns: [(String, String, AliasKind)] = [
            ("name_en", "en", .name), ("official_en", "en", .official), ("name_fr", "fr", .name),
            ("official_fr", "fr", .official), ("iso_name_fr", "fr", .official), ("capital_en", "en", .capital),
            ("capital_fr", "fr", .capital), ("demonym_en", "en", .demonym), ("demonym_fr_ms", "fr", .demonym),
            ("demonym_fr_fs", "fr", .demonym), ("demonym_fr_mp", "fr", .demonym), ("demonym_fr_fp", "fr", .demonym),
        ]
        // A former state's capital now names its successor (Moscou is Russia, not the USSR).
        let former = row["status"] == "former"
        for (column, lang, kind) in columns where !(former && kind == .capital) {
            for value in row.values(column) { addAlias(value, lang: lang, kind: kind) }
        }
    }

    /// A person, place or region: names in both languages and `|`-separated aliases; aliases written
    /// in lowercase are adjectives (`transnistrien`), matched like demonyms.
    init(row: TSVTable.Row, kind: EntityKind, attributes columns: [String]) {
        self.init(key: row["key"], kind: kind, name: row["name_en"], nameFr: row["name_fr"].nilIfEmpty, wikidata: row["wikidata"].nilIfEmpty)
        for column in columns {
            if let value = row[column].nilIfEmpty { attributes[column] = value }
        }
        addAlias(row["name_en"], lang: "en", kind: .name)
        addAlias(row["name_fr"], lang: "fr", kind: .name)
        for alias in row.values("aliases") {
            let lowercase = alias.unicodeScalars.first.map { !$0.properties.isUppercase } ?? false
            addAlias(alias, lang: "mul", kind: lowercase ? .demonym : .variant)
        }
    }

    init(organization row: TSVTable.Row) {
        self.init(key: row["key"], kind: .organization, name: row["name_en"], nameFr: row["name_fr"].nilIfEmpty,
                  wikidata: row["wikidata"].nilIfEmpty)
        for column in ["acronym_en", "acronym_fr", "kind", "part_of", "member_count"] {
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
