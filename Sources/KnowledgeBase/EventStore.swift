import Foundation
import GRDB
import KBExtraction

/// Writes a document's dates and events: `dates`, `events`, `event_participants`, `event_evidence`,
/// and the event types they use. Runs inside the caller's transaction.
enum EventStore {
    static func insert(_ extraction: DocumentExtraction, document: Int64, passageIDs: [Int64], entityIDs: [Int64],
                       types: EventLexicon, _ db: Database) throws {
        let upsertType = try db.cachedStatement(sql: """
            INSERT INTO event_types(type, cameo, goldstein, label_en, label_fr) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT(type) DO UPDATE SET cameo = excluded.cameo, goldstein = excluded.goldstein,
                label_en = excluded.label_en, label_fr = excluded.label_fr
            """)
        for name in types.typeOrder {
            let t = types.types[name]!
            try upsertType.execute(arguments: [t.name, t.cameo, t.goldstein, t.labelEn, t.labelFr])
        }

        let insertDate = try db.cachedStatement(sql: """
            INSERT INTO dates(passage_id, start_char, end_char, surface, edtf, start_date, end_date, relative, resolution)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        // (sentence, start offset) → dates.id
        var dateIDs: [Int: [Int: Int64]] = [:]
        for (sentence, dates) in extraction.dates.enumerated() {
            for d in dates {
                let bounds = d.value.bounds
                try insertDate.execute(arguments: [passageIDs[sentence], d.start, d.end, d.surface, d.value.edtf, bounds.start, bounds.end,
                                                   d.isRelative ? 1 : 0, d.isRelative ? (d.resolution ?? "relative") : nil])
                dateIDs[sentence, default: [:]][d.start] = db.lastInsertedRowID
            }
        }

        let insertEvent = try db.cachedStatement(sql: """
            INSERT INTO events(document_id, type, cameo, date, start_date, end_date, place_id, passage_id, date_id, date_basis, date_note)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertParticipant = try db.cachedStatement(sql: "INSERT OR IGNORE INTO event_participants(event_id, entity_id, role) VALUES (?, ?, ?)")
        let insertEvidence = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO event_evidence(event_id, passage_id, trigger, start_char, end_char) VALUES (?, ?, ?, ?, ?)
            """)
        for event in extraction.events {
            let bounds = event.date?.bounds
            let best = event.mentions[event.best]
            let dateID = event.dateSource.flatMap { dateIDs[$0.sentence]?[$0.mention.start] }
            try insertEvent.execute(arguments: [document, event.type, event.cameo ?? types.types[event.type]?.cameo, event.date?.edtf,
                                                bounds?.start, bounds?.end, event.place.map { entityIDs[$0] },
                                                passageIDs[best.sentence], dateID, event.dateBasis?.rawValue, event.dateNote])
            let id = db.lastInsertedRowID
            for p in event.participants {
                try insertParticipant.execute(arguments: [id, entityIDs[p.entity], p.role.rawValue])
            }
            for m in event.mentions {
                try insertEvidence.execute(arguments: [id, passageIDs[m.sentence], m.trigger, m.start, m.end])
            }
        }
    }
}
