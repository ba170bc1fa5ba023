import Foundation
import GRDB
import Testing
@testable import KnowledgeBase

/// The file identifies itself, holds strict tables with their constraints, and refuses what is not kb's.
@Suite struct SchemaTests {
    @Test func fileCarriesApplicationIDAndVersion() throws {
        let kb = Fixture.shared.kb
        #expect(try Fixture.int("PRAGMA application_id") == Int(Schema.applicationID))
        #expect(try kb.schemaVersion() == kb.schema.version)
        #expect(try Fixture.string("PRAGMA integrity_check") == "ok")
        #expect(try kb.writer.read { db in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") }.isEmpty)
    }

    /// A database of an older schema is migrated, after a copy of it is kept beside it.
    @Test func olderSchemaIsMigratedAfterABackup() throws {
        let path = Fixture.temporaryPath()
        let schema = try Schema(directory: Fixture.resources.schemaDirectory)
        let queue = try DatabaseQueue(path: path)
        try schema.migrate(queue, to: 6)
        try queue.close()
        let kb = try KnowledgeBase.open(path: path, resources: Fixture.resources)
        #expect(try kb.schemaVersion() == schema.version)
        let copy = try DatabaseQueue(path: path + ".v6.bak", configuration: { var c = Configuration(); c.readonly = true; return c }())
        #expect(try copy.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") } == 6)
        #expect(try copy.read { db in try Int32.fetchOne(db, sql: "PRAGMA application_id") } == Schema.applicationID)
    }

    /// Migration 12 rebuilds `events` to let `date_basis` be 'known': the rows, their ids, their participants
    /// and the view over them come through unchanged.
    @Test func eventsKeepTheirRowsWhenTheirDateBasisWidens() throws {
        let path = Fixture.temporaryPath()
        let schema = try Schema(directory: Fixture.resources.schemaDirectory)
        let queue = try DatabaseQueue(path: path)
        try schema.migrate(queue, to: 11)
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO documents (id, content_hash, file_name, language, text, page_count, ingested_at)
                VALUES (1, '\(String(repeating: "a", count: 64))', 'r.txt', 'fr', 'Texte.', 1, '2026-11-29T00:00:00Z');
                INSERT INTO entities (id, key, kind, name) VALUES (7, 'ARM', 'state', 'Armenia');
                INSERT INTO events (id, document_id, type, date, start_date, end_date, date_basis, date_note)
                VALUES (42, 1, 'summit_or_meeting', '2022-11-23~', '2022-11-23', '2022-11-23', 'footnote', 'publication date');
                INSERT INTO event_participants (event_id, entity_id, role) VALUES (42, 7, 'host');
                """)
            #expect(throws: DatabaseError.self) { try db.execute(sql: "UPDATE events SET date_basis = 'known' WHERE id = 42") }
        }
        try queue.close()
        let kb = try KnowledgeBase.open(path: path, resources: Fixture.resources)
        try kb.writer.write { db in
            #expect(try Int.fetchOne(db, sql: "PRAGMA user_version") == schema.version)
            #expect(try String.fetchOne(db, sql: "SELECT participants FROM event_summaries WHERE event_id = 42") == "Armenia (host)")
            #expect(try String.fetchOne(db, sql: "SELECT date_note FROM events WHERE id = 42") == "publication date")
            try db.execute(sql: "UPDATE events SET date_basis = 'known' WHERE id = 42")
            #expect(throws: DatabaseError.self) { try db.execute(sql: "UPDATE events SET date_basis = 'guess' WHERE id = 42") }
            // Deleting the document still cascades to its events and their participants.
            try db.execute(sql: "DELETE FROM documents WHERE id = 1")
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM event_participants") == 0)
            #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)
        }
    }

    @Test func publicTablesAreStrict() throws {
        let sql: [String] = try Fixture.shared.kb.writer.read { db in
            try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND name IN (\(KnowledgeBase.publicTables.map { "'\($0)'" }.joined(separator: ",")))")
        }
        #expect(sql.count == KnowledgeBase.publicTables.count)
        #expect(sql.allSatisfy { $0.hasSuffix("STRICT") })
    }

    @Test func constraintsRejectBadRows() throws {
        let kb = try KnowledgeBase.inMemory(resources: Fixture.resources)
        #expect(throws: DatabaseError.self) {
            try kb.writer.write { db in try db.execute(sql: "INSERT INTO entities(key, kind, name) VALUES ('X', 'planet', 'Mars')") }
        }
        #expect(throws: DatabaseError.self) {
            try kb.writer.write { db in try db.execute(sql: "INSERT INTO pages(document_id, number, start_char, end_char) VALUES (42, 1, 0, 1)") }
        }
    }

    @Test func refusesAnotherSQLiteFileAndLeavesItUntouched() throws {
        let path = Fixture.temporaryPath("other.sqlite")
        let other = try DatabaseQueue(path: path)
        try other.write { db in try db.execute(sql: "CREATE TABLE notes(text TEXT); INSERT INTO notes VALUES ('mine')") }
        try other.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: KnowledgeBaseError.notAKnowledgeBase(path: path)) { try KnowledgeBase.open(path: path, resources: Fixture.resources) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func refusesRandomBytes() throws {
        let path = Fixture.temporaryPath("random.sqlite")
        let bytes = Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) })
        try bytes.write(to: URL(fileURLWithPath: path))
        #expect(throws: KnowledgeBaseError.notAKnowledgeBase(path: path)) { try KnowledgeBase.open(path: path, resources: Fixture.resources) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }

    /// Another application's database whose tables are still in its WAL (its header on disk says empty)
    /// is not taken for an empty file: kb refuses it and writes no schema into it.
    @Test func tablesStillInTheWALAreSeen() throws {
        let path = Fixture.temporaryPath()
        let other = try DatabasePool(path: path)
        try other.write { db in try db.execute(sql: "CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes(text) VALUES ('mine')") }
        #expect(throws: KnowledgeBaseError.notAKnowledgeBase(path: path)) { try KnowledgeBase.open(path: path, resources: Fixture.resources) }
        #expect(try other.read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name") } == ["notes"])
        try other.close()
    }

    @Test func refusesANewerSchemaNamingTheVersions() throws {
        let path = Fixture.temporaryPath()
        let kb = try KnowledgeBase.open(path: path, resources: Fixture.resources)
        try kb.writer.write { db in try db.execute(sql: "PRAGMA user_version = 99") }
        try kb.writer.close()
        #expect(throws: KnowledgeBaseError.newerSchema(path: path, found: 99, supported: kb.schema.version)) {
            try KnowledgeBase.open(path: path, resources: Fixture.resources)
        }
    }
}
