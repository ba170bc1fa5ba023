import Foundation
import KBParsing

/// A dated landmark event of `gazetteer/known-events.tsv`: the SCO summit in Samarkand, the annexation of
/// four Ukrainian oblasts, the CSTO summit in Yerevan.
public struct KnownEvent: Sendable {
    /// The event types it is (one, or several where kinds overlap).
    public var types: Set<String>
    public var date: DateValue
    /// Gazetteer indices of everyone who took part.
    public var participants: Set<Int>
    public var place: Int?
    public var label: String
    public var labelFr: String
    public var reference: String
    /// What an event told of it may name: its participants and place, the states those places lie in and
    /// the states or organizations its people act for.
    var scope: Set<Int>
    /// How many sides took part (a person counted with the state or organization they act for, places aside).
    var sideCount: Int
    /// The proper names it goes by, as folded words (`initiative cerealiere de la mer noire`, `vostok 2022`).
    public var names: [[String]] = []

    /// `known event: SCO summit in Samarkand (2022-09-15/2022-09-16) — https://…`, for `events.date_note`.
    public var note: String { "known event: \(label) (\(date.edtf)) — \(reference)" }
}

/// The gazetteer of known events, and how an event a text leaves undated is found among them.
///
/// An event matches a known event when:
/// - one of the known event's types is its own, and everything it names (participants, place) is among
///   the known event's;
/// - it names two sides, or a side and a place — one side for what one side does alone (Russia's
///   mobilization);
/// - "first" near its trigger only if the known event's label opens with "First"; a host it names is the
///   known event's place or that place's state; a territory the known event happened in (Crimea) is named;
/// - a meeting or an agreement names an organization of the known one (or one who acts for it), or — the
///   known one having none, or the text calling the meeting annual — its place, or all of its three states or more;
/// - the known event had begun by the document's date and lies within the year before it: at any distance
///   when a territory of it is named, only in the month before for what recurs (border clashes, a summit
///   named by its organization alone, what one side is told doing alone).
/// Only a single match dates it, or several of one day; for meetings and agreements, of several, the one
/// that alone ended in the month before the document (news tells the events of its days).
public struct KnownEvents: Sendable {
    public var events: [KnownEvent]
    /// How many years before the document's date an event named without its place is looked for.
    public var horizonYears = 1
    /// How many days before the document's date the events it is "of its days" go back, which win a tie.
    public var currentDays = 31
    /// The event types the same sides undergo again and again (`event-types.tsv`): meetings and agreements.
    public var recurrentTypes: Set<String> = ["summit_or_meeting", "ceasefire_or_agreement"]
    /// The event types that recur between the same sides at the same places (border clashes): the
    /// catalogue's event only in the month before the document.
    public var recentTypes: Set<String> = ["armed_clash"]
    /// The event types an organization undergoes once (`event-types.tsv` `once_per_organization`: its founding): the
    /// organization named is enough, at any distance in time.
    public var oncePerOrganization: Set<String> = []

    /// Each name's first word → the events (indices) and names starting with it.
    var namesByFirstWord: [String: [(Int, [String])]] = [:]

    public init(events: [KnownEvent] = []) {
        self.events = events
        for (e, k) in events.enumerated() {
            for name in k.names { namesByFirstWord[name[0], default: []].append((e, name)) }
        }
    }

    /// Reads `gazetteer/known-events.tsv` under `dataDirectory` (none when the file is absent); every key must
    /// be the gazetteer's and every type one of `types`.
    public init(dataDirectory: URL, gazetteer: Gazetteer, types: Set<String>, oncePerOrganization: Set<String> = []) throws {
        let url = dataDirectory.appendingPathComponent("gazetteer/known-events.tsv")
        guard FileManager.default.fileExists(atPath: url.path) else { self.init(); return }
        let table = try TSVTable(contentsOf: url)
        try table.require("type", "date", "participants", "place", "label_en", "label_fr", "reference")
        func malformed(_ row: TSVTable.Row, _ reason: String) -> DataFileError {
            DataFileError.malformed(path: table.origin, line: row.line, reason: reason)
        }
        var events: [KnownEvent] = []
        for row in table.rows {
            let kinds = Set(row.values("type"))
            if let unknown = kinds.first(where: { !types.contains($0) }) { throw malformed(row, "unknown event type '\(unknown)'") }
            guard !kinds.isEmpty, let date = Self.dateValue(row["date"]) else { throw malformed(row, "no type or no EDTF date") }
            func entity(_ key: String) throws -> Int {
                guard let i = gazetteer.index[key] else { throw malformed(row, "unknown gazetteer key '\(key)'") }
                return i
            }
            let participants = Set(try row.values("participants").map(entity))
            let place = try row.values("place").first.map(entity)
            guard !participants.isEmpty else { throw malformed(row, "no participants") }
            var scope = participants.union(place.map { [$0] } ?? [])
            for x in scope {
                scope.formUnion(gazetteer.references(x, "located_in") + gazetteer.references(x, "affiliation"))
            }
            let sides = Set(participants.filter { gazetteer.entities[$0].kind != .place }.map { gazetteer.references($0, "affiliation").first ?? $0 })
            events.append(KnownEvent(types: kinds, date: date, participants: participants, place: place, label: row["label_en"],
                                     labelFr: row["label_fr"], reference: row["reference"], scope: scope, sideCount: sides.count,
                                     names: row.values("names").map { Tokenizer.tokens($0).map(\.folded) }.filter { !$0.isEmpty }))
        }
        self.init(events: events)
        self.oncePerOrganization = oncePerOrganization
    }

    /// The known event of `type` whose proper name stands in `tokens` at `position` (« Initiative céréalière de la Mer
    /// Noire »), and how many words its name takes.
    public func named(_ type: String, in tokens: [Token], at position: Int) -> (event: KnownEvent, length: Int)? {
        names(in: tokens, at: position).first { events[$0.event].types.contains(type) }.map { (events[$0.event], $0.name.count) }
    }

    /// Every known event (index) whose proper name stands in `tokens` at `position`, with that name.
    func names(in tokens: [Token], at position: Int) -> [(event: Int, name: [String])] {
        guard position < tokens.count, let candidates = namesByFirstWord[tokens[position].folded] else { return [] }
        return candidates.filter { c in position + c.1.count <= tokens.count
            && zip(c.1, tokens[position..<(position + c.1.count)]).allSatisfy { $0 == $1.folded } }.map { (event: $0.0, name: $0.1) }
    }

    /// `2022-09-30`, `2022-09`, `2022-09-15/2022-09-16`: a point or a closed span.
    static func dateValue(_ edtf: String) -> DateValue? {
        let ends = edtf.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard EDTF.bounds(edtf) != nil, let first = ends.first.flatMap(DateFinder.point(edtf:)) else { return nil }
        if ends.count == 1 { return .point(first) }
        guard ends.count == 2, let last = DateFinder.point(edtf: ends[1]) else { return nil }
        return .span(first, last)
    }

    /// The one known event an event of `type` naming `named` (and `place`, when the text gives it) is, in a
    /// document of date `document` (its EDTF bounds); nil when none or several fit. `dated`: the text gives its time, a
    /// year or a rough date (`document` is then that time), so a territory need not be named.
    public func match(type: String, named: Set<Int>, place: Int?, document: (start: String, end: String)?,
                      gazetteer: Gazetteer, hosts: Set<Int> = [], first: Bool = false, periodic: Bool = false,
                      dated: Bool = false) -> KnownEvent? {
        // Two sides at least, or a side and where: a person counts with the state or organization they act
        // for, a place with the state it lies in (« le sommet de l’OTSC à Erevan » names two; « les sanctions
        // contre la Russie », "the summit in Samarkand" name one, which many events share).
        let side = gazetteer.side
        var sides = Set(named.map(side))
        if let place {
            sides.insert(place)
            sides.subtract(gazetteer.references(place, "located_in"))
        }
        guard !sides.isEmpty else { return nil }
        // "Within the year before": the same day, `horizonYears` earlier (ISO dates compare as strings).
        let horizon = document.flatMap { d -> String? in
            guard let year = Int(d.start.prefix(4)) else { return nil }
            return String(format: "%04d", year - horizonYears) + d.start.dropFirst(4)
        }
        let current = document.flatMap { Self.day($0.start, shiftedBy: -currentDays) }
        let fitting = events.filter { k in
            guard k.types.contains(type), named.isSubset(of: k.scope) else { return false }
            // (An organization founded is founded once: named, it alone tells its founding, however long ago.)
            if oncePerOrganization.contains(type), named.contains(where: { gazetteer.entities[$0].kind == .organization && k.participants.contains($0) }) {
                return document.map { k.date.bounds.start <= $0.end } ?? true
            }
            // (One side is enough for what one side does alone: Russia's mobilization.)
            guard sides.count >= min(2, k.sideCount) else { return false }
            // (A region is where an event of one of its members took place: « Dans le Caucase, la « mission civile » européenne ».)
            if let place, !k.scope.contains(place),
               !(gazetteer.entities[place].kind == .region && !k.participants.isDisjoint(with: gazetteer.references(place, "members"))) { return false }
            // "the first invasion of Ukraine" is the first of a series: a known event that is one.
            if first && !k.label.hasPrefix("First ") { return false }
            // A host the text names is where it happened: "Belarus will host the summit" is not Yerevan's. (Of the two
            // states along whose border it is told, one: the EU's mission on the Armenian side.)
            let at = k.place.map { Set([$0] + gazetteer.references($0, "located_in")) }
            let hostSides = Set(hosts.map(side))
            if let at, hostSides.count > 1 ? hostSides.isDisjoint(with: at) : !hostSides.isSubset(of: at) { return false }
            // A territory is where such an event is told to happen: the annexation of Crimea names Crimea.
            // (Unless the text gives its year: "the 2020 war between Armenia and Azerbaijan".)
            if let at = k.place, gazetteer.isTerritory(at), !(named.contains(at) || place == at), !dated { return false }
            // A clash the catalogue places is told where it was fought: in the autumn of 2022 Russia and Ukraine fought
            // everywhere, and "Russian troops attacked Kyiv" is no counter-offensive in Kherson.
            if let at = k.place, recentTypes.contains(type),
               !(named.contains(at) || place.map { $0 == at || gazetteer.references($0, "located_in").contains(at) } == true) { return false }
            // (What one side alone is told doing recurs too: protests in a capital.)
            var recentOnly = recentTypes.contains(type) || sides.count < 2
            // Two leaders who met on the sidelines of a summit do not tell the summit, nor two of three
            // sides a trilateral meeting, nor two states that meet and sign often (Putin and Erdogan, Azerbaijan
            // and Russia) a given meeting or agreement of theirs: a meeting or an agreement names an
            // organization of the known one, or its place, or — three states or more — every state it brought
            // together.
            if recurrentTypes.contains(type) {
                let organizations = k.participants.filter { gazetteer.entities[$0].kind == .organization }
                let states = k.participants.filter { gazetteer.entities[$0].kind == .state }
                // (A group names its members: « le sommet Russie-Asie centrale » brings the five together.)
                let told = Set(named.map(side)).union(named.flatMap { gazetteer.references($0, "members") })
                let atItsPlace = place != nil && place == k.place
                let allItsStates = states.count >= 3 && states.isSubset(of: told)
                // (Its two states both named, and no organization of its own: in the month before only — « les accords
                // trouvés entre les deux pays » cited with an article of 26 September 2022 is the Kyrgyz–Tajik truce of the 19th.)
                let itsTwoStates = states.count == 2 && organizations.isEmpty && states.isSubset(of: told)
                // An organization's summit is told by naming the organization (or one who acts for it: Charles Michel
                // for the European Council): its city hosts many a visit ("Lukashenko hosted Putin in Minsk").
                let itsOrganization = !organizations.isDisjoint(with: named.union(named.flatMap { gazetteer.references($0, "affiliation") }))
                // (An annual meeting is an organization's: its place tells it — « À Samarcande, … lors de cette réunion
                // étatique annuelle ».)
                guard itsOrganization || ((organizations.isEmpty || periodic) && atItsPlace) || allItsStates || itsTwoStates else { return false }
                // An organization meets once or twice a year: told by its name alone, a summit is the last one
                // only when that was in the month before.
                if !atItsPlace && !allItsStates { recentOnly = true }
            }
            // When: it had begun by the document's date; a territory named ties a once-per-territory event at
            // any distance (the annexation of Crimea); what recurs only in the month before the document; the
            // rest in the year before it. Without a document date, only a territory ties.
            let bounds = k.date.bounds
            let territory = named.union(place.map { [$0] } ?? []).contains { k.scope.contains($0) && gazetteer.isTerritory($0) }
            guard let document else { return territory }
            guard bounds.start <= document.end else { return false }
            if territory && !recentOnly { return true }
            return (recentOnly ? current : horizon).map { bounds.end >= $0 } ?? false
        }
        if fitting.count == 1 { return fitting[0] }
        // Two that fit on the same day give that day: the Prague meeting of Macron, Michel, Aliyev and Pashinyan
        // and the European Political Community's summit around it.
        if let first = fitting.first, fitting.count > 1, fitting.allSatisfy({ $0.date == first.date }) { return first }
        // News tells the events of its days: of two CSTO summits within the year, an article of 23 November
        // 2022 telling "the meeting of the CSTO" Pashinyan hosted tells the one of that month, if it alone is.
        // (Not what differs by its stage: "Finland applied" is no accession because it came last.)
        guard fitting.count > 1, recurrentTypes.contains(type), let current else { return nil }
        let recent = fitting.filter { $0.date.bounds.end >= current }
        return recent.count == 1 ? recent[0] : nil
    }

    /// `2022-11-23` moved by `days`, as an ISO date.
    static func day(_ iso: String, shiftedBy days: Int) -> String? {
        guard let point = DateFinder.point(edtf: iso), point.day != nil else { return nil }
        var moved = point.shifted(by: days, .day, inDays: true)
        moved.approximate = false
        return moved.edtf
    }
}
