import GRDB
import KBParsing
import KBExtraction

/// One event as queries return it.
public struct EventRecord: Sendable, Equatable, Codable {
    public var id: Int64
    /// `invasion`, `summit_or_meeting`… (`event_types.type`) and its English label.
    public var type: String
    public var label: String
    public var cameo: String?
    /// EDTF (`2022-09`, `1992~/..`), and the earliest and latest ISO dates it allows; nil when undated.
    public var date: String?
    public var start: String?
    public var end: String?
    /// Where the date comes from: `text`, `relative`, `event` or `footnote` (see `events.date_basis`).
    public var dateBasis: String?
    /// The words that date it, and how a relative or inferred date was found.
    public var dateText: String?
    public var dateResolution: String?
    public var place: String?
    public var participants: [Participant]
    /// The best evidence, its page and document.
    public var quote: String
    public var page: Int
    public var document: String
    /// Every sentence that tells it.
    public var evidence: [Evidence]
    /// The footnote URLs aligned to its evidence sentences.
    public var sources: [String]

    public struct Participant: Sendable, Equatable, Codable {
        public var name: String
        public var role: String
        public var kind: String
        public var key: String
    }

    public struct Evidence: Sendable, Equatable, Codable {
        public var quote: String
        public var page: Int
        public var trigger: String
    }

    enum CodingKeys: String, CodingKey {
        case id, type, label, cameo, date, start, end, dateBasis, dateText, dateResolution, place, participants,
             quote, page, document, evidence, sources
    }

    /// Every key is written, absent values as `null`: a reader can rely on `place`, `date`… being there.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(type, forKey: .type)
        try c.encode(label, forKey: .label)
        try c.encode(cameo, forKey: .cameo)
        try c.encode(date, forKey: .date)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(dateBasis, forKey: .dateBasis)
        try c.encode(dateText, forKey: .dateText)
        try c.encode(dateResolution, forKey: .dateResolution)
        try c.encode(place, forKey: .place)
        try c.encode(participants, forKey: .participants)
        try c.encode(quote, forKey: .quote)
        try c.encode(page, forKey: .page)
        try c.encode(document, forKey: .document)
        try c.encode(evidence, forKey: .evidence)
        try c.encode(sources, forKey: .sources)
    }
}

/// What to list: every filter is optional.
public struct EventFilter: Sendable, Equatable {
    /// An entity name (any alias): its events as a participant or their place.
    public var entity: String?
    /// EDTF or ISO dates: events that may fall on or after `from`, on or before `to`.
    public var from: String?
    public var to: String?
    /// An event type (`armed_clash`) or its English or French label.
    public var type: String?

    public init(entity: String? = nil, from: String? = nil, to: String? = nil, type: String? = nil) {
        self.entity = entity
        self.from = from
        self.to = to
        self.type = type
    }
}

/// The events of one entity, in date order.
public struct Timeline: Sendable, Equatable, Codable {
    public var entity: EntitySummary
    public var events: [EventRecord]
}

extension KnowledgeBase {
    /// Events in date order (undated ones last), filtered by entity, date range and type.
    ///
    /// - Throws: ``KnowledgeBaseError/invalidDate(_:)`` for a date that is not EDTF,
    ///   ``KnowledgeBaseError/unknownEventType(_:known:)``, or the lookup errors of ``entity(named:)``.
    public func events(_ filter: EventFilter = EventFilter()) throws -> [EventRecord] {
        let (from, to) = try Self.dateRange(from: filter.from, to: filter.to)
        return try writer.read { db in
            let entity = try filter.entity.map { try Self.entity(named: $0, articles: articles, db) }
            let type = try filter.type.map { try Self.eventType(named: $0, db) }
            // Only the filters given, so that SQLite reads them from their indexes (an entity's events
            // from event_participants and events.place_id) rather than scanning every event.
            var conditions: [String] = []
            if entity != nil {
                conditions.append("""
                    e.id IN (SELECT event_id FROM event_participants WHERE entity_id = :entity
                             UNION SELECT id FROM events WHERE place_id = :entity)
                    """)
            }
            if type != nil { conditions.append("e.type = :type") }
            if from != nil { conditions.append("e.end_date >= :from") }
            if to != nil { conditions.append("e.start_date <= :to") }
            let ids = try Int64.fetchAll(db, sql: """
                SELECT e.id FROM events e \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
                ORDER BY e.start_date IS NULL, e.start_date, e.end_date, e.id
                """, arguments: StatementArguments(["entity": entity?.id, "type": type, "from": from, "to": to].filter { $0.value != nil }))
            return try ids.map { try Self.event($0, db) }
        }
    }

    /// ISO bounds of a `--from`/`--to` pair of EDTF dates: the start of `from`, the end of `to`.
    static func dateRange(from: String?, to: String?) throws -> (from: String?, to: String?) {
        func bounds(_ value: String) throws -> (start: String, end: String) {
            guard let b = EDTF.bounds(value) else { throw KnowledgeBaseError.invalidDate(value) }
            return b
        }
        let start = try from.map { try bounds($0).start }, end = try to.map { try bounds($0).end }
        if let start, let end, start > end, let from, let to { throw KnowledgeBaseError.invalidRange(from: from, to: to) }
        return (start, end)
    }

    /// The events of the entity named `name`, in date order.
    public func timeline(of name: String) throws -> Timeline {
        let entity = try self.entity(named: name)
        return Timeline(entity: entity, events: try events(EventFilter(entity: entity.key)))
    }

    /// The type a user means: its key or its English or French label, ignoring case.
    static func eventType(named name: String, _ db: Database) throws -> String {
        let rows = try Row.fetchAll(db, sql: "SELECT type, label_en, label_fr FROM event_types ORDER BY type")
        let wanted = Folding.fold(name).replacingOccurrences(of: " ", with: "_")
        for row in rows {
            let names = [row[0], row[1], row[2]].map { (s: String) in Folding.fold(s).replacingOccurrences(of: " ", with: "_") }
            if names.contains(wanted) { return row[0] }
        }
        throw KnowledgeBaseError.unknownEventType(name, known: rows.map { $0[0] })
    }

    static func event(_ id: Int64, _ db: Database) throws -> EventRecord {
        let row = try Row.fetchOne(db, sql: """
            SELECT e.type, coalesce(t.label_en, e.type) AS label, e.cameo, e.date, e.start_date, e.end_date,
                   e.date_basis, dt.surface AS date_text, coalesce(dt.resolution, e.date_note) AS resolution, pl.name AS place, p.text, p.page, d.file_name
            FROM events e JOIN documents d ON d.id = e.document_id
            LEFT JOIN event_types t ON t.type = e.type
            LEFT JOIN dates dt ON dt.id = e.date_id
            LEFT JOIN entities pl ON pl.id = e.place_id
            LEFT JOIN passages p ON p.id = e.passage_id
            WHERE e.id = ?
            """, arguments: [id])!
        let participants = try Row.fetchAll(db, sql: """
            SELECT x.name, p.role, x.kind, x.key FROM event_participants p JOIN entities x ON x.id = p.entity_id
            WHERE p.event_id = ?
            ORDER BY CASE p.role WHEN 'aggressor' THEN 0 WHEN 'mediator' THEN 1 WHEN 'supplier' THEN 2 WHEN 'member' THEN 3
                     WHEN 'party' THEN 4 WHEN 'host' THEN 5 WHEN 'target' THEN 6 ELSE 7 END, x.kind <> 'state', x.name
            """, arguments: [id]).map { EventRecord.Participant(name: $0[0], role: $0[1], kind: $0[2], key: $0[3]) }
        let evidence = try Row.fetchAll(db, sql: """
            SELECT p.text, p.page, v.trigger FROM event_evidence v JOIN passages p ON p.id = v.passage_id
            WHERE v.event_id = ? ORDER BY p.ordinal, v.start_char
            """, arguments: [id]).map { EventRecord.Evidence(quote: $0[0], page: $0[1], trigger: $0[2]) }
        let sources = try String.fetchAll(db, sql: """
            SELECT s.url FROM event_evidence v JOIN footnotes f ON f.passage_id = v.passage_id JOIN sources s ON s.id = f.source_id
            WHERE v.event_id = ? GROUP BY s.url ORDER BY min(f.page), min(f.ordinal)
            """, arguments: [id])
        return EventRecord(id: id, type: row["type"], label: row["label"], cameo: row["cameo"], date: row["date"],
                           start: row["start_date"], end: row["end_date"], dateBasis: row["date_basis"], dateText: row["date_text"],
                           dateResolution: row["resolution"], place: row["place"], participants: participants,
                           quote: row["text"] ?? evidence.first?.quote ?? "", page: row["page"] ?? evidence.first?.page ?? 0,
                           document: row["file_name"], evidence: evidence, sources: sources)
    }
}
