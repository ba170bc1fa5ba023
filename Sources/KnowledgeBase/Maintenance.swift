import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

/// What `kb check` found.
public struct CheckReport: Sendable, Equatable, Codable {
    /// One line per check that passed.
    public var passed: [String]
    /// One line per problem; empty when the file is sound.
    public var problems: [String]
    public var isSound: Bool { problems.isEmpty }
}

/// What `kb backup` or `kb restore` wrote.
public struct CopyReport: Sendable, Equatable, Codable {
    public var path: String
    public var bytes: Int
    /// Rows per table in the copy, equal to the source's.
    public var rows: [String: Int]
}

extension KnowledgeBase {
    /// Integrity, foreign keys, kb's application id and schema version.
    public func check() throws -> CheckReport {
        try writer.read { db in try Self.check(db, schema: schema) }
    }

    static func check(_ db: Database, schema: Schema) throws -> CheckReport {
        var passed: [String] = [], problems: [String] = []
        let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
        if integrity == ["ok"] { passed.append("integrity_check: ok") } else { problems += integrity.prefix(10).map { "integrity_check: \($0)" } }
        let foreign = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
        if foreign.isEmpty { passed.append("foreign_key_check: ok") } else {
            problems += foreign.prefix(10).map { "foreign_key_check: table \($0[0] as String? ?? "?") row \($0[1] as Int64? ?? 0) points to a missing \($0[2] as String? ?? "?")" }
        }
        let id = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        if id == Schema.applicationID { passed.append("application_id: \(id) (kb)") } else { problems.append("application_id: \(id), not kb's \(Schema.applicationID)") }
        let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        if version == schema.version { passed.append("schema version: \(version)") } else {
            problems.append("schema version: \(version), this kb expects \(schema.version)")
        }
        return CheckReport(passed: passed, problems: problems)
    }

    /// Rows per public table.
    static func rowCounts(_ db: Database) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for table in publicTables where try db.tableExists(table) {
            counts[table] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0
        }
        return counts
    }

    /// A consistent copy to `destination` through SQLite's online backup API (other connections may
    /// go on reading and writing), verified before it is kept: integrity, application id, the same row
    /// counts. Written to a temporary file beside it, then moved into place.
    public func backup(to destination: String, force: Bool = false) throws -> CopyReport {
        let fm = FileManager.default
        if fm.fileExists(atPath: destination) && !force { throw KnowledgeBaseError.destinationExists(path: destination) }
        let temporary = destination + ".kb-tmp-\(getpid())"
        defer { for suffix in ["", "-wal", "-shm", "-journal"] { try? fm.removeItem(atPath: temporary + suffix) } }
        // The counts and the copy come from one read transaction: the same snapshot, whatever writes.
        var expected: [String: Int] = [:]
        do {
            let copy = try DatabaseQueue(path: temporary)
            try copy.writeWithoutTransaction { destination in
                try writer.read { source in
                    expected = try Self.rowCounts(source)
                    try source.backup(to: destination)
                }
            }
            try copy.close()
        } catch let error as DatabaseError {
            throw KnowledgeBaseError.badBackup(path: destination, reason: error.message ?? "\(error.resultCode)")
        }
        let rows = try Self.verify(temporary, schema: schema, shownAs: destination)
        guard rows == expected else { throw KnowledgeBaseError.badBackup(path: destination, reason: "row counts differ from the source") }
        // An old DEST's WAL must not be replayed into the new copy.
        for suffix in ["-wal", "-shm"] { try? fm.removeItem(atPath: destination + suffix) }
        guard rename(temporary, destination) == 0 else {
            throw KnowledgeBaseError.badBackup(path: destination, reason: "cannot write it: \(String(cString: strerror(errno)))")
        }
        let bytes = (try? fm.attributesOfItem(atPath: destination)[.size] as? Int) ?? 0
        return CopyReport(path: destination, bytes: bytes, rows: rows)
    }

    /// Checks a file read-only (integrity, kb's application id, a schema this kb can read) and returns
    /// its row counts.
    static func verify(_ path: String, schema: Schema, shownAs name: String) throws -> [String: Int] {
        do {
            try inspect(path: path, schema: schema)
            let queue = try DatabaseQueue(path: path, configuration: configuration(readonly: true))
            defer { try? queue.close() }
            return try queue.read { db in
                let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
                guard integrity == ["ok"] else { throw KnowledgeBaseError.badBackup(path: name, reason: integrity.first ?? "integrity_check failed") }
                guard try Int32.fetchOne(db, sql: "PRAGMA application_id") == Schema.applicationID else {
                    throw KnowledgeBaseError.badBackup(path: name, reason: "not a kb database")
                }
                return try rowCounts(db)
            }
        } catch let error as DatabaseError {
            throw KnowledgeBaseError.badBackup(path: name, reason: error.message ?? "\(error.resultCode)")
        } catch KnowledgeBaseError.notAKnowledgeBase {
            throw KnowledgeBaseError.badBackup(path: name, reason: "not a kb database")
        }
    }

    /// Replaces the database at `path` with a verified copy of `source`, atomically (a rename).
    /// `source` must pass the same checks as a backup; the current file is left as it was otherwise.
    public static func restore(from source: String, to path: String, resources: Resources? = nil) throws -> CopyReport {
        let resources = try resources ?? Resources.locate()
        let schema = try Schema(directory: resources.schemaDirectory)
        let fm = FileManager.default
        guard fm.fileExists(atPath: source) else { throw KnowledgeBaseError.inputMissing(path: source) }
        _ = try verify(source, schema: schema, shownAs: source)
        let temporary = path + ".kb-restore-\(getpid())"
        defer { for suffix in ["", "-wal", "-shm", "-journal"] { try? fm.removeItem(atPath: temporary + suffix) } }
        do {
            let from = try DatabaseQueue(path: source, configuration: configuration(readonly: true))
            let to = try DatabaseQueue(path: temporary)
            try from.backup(to: to)
            try to.close()
            try from.close()
        } catch let error as DatabaseError {
            throw KnowledgeBaseError.badBackup(path: source, reason: error.message ?? "\(error.resultCode)")
        }
        let rows = try verify(temporary, schema: schema, shownAs: source)
        // The old file's WAL must not be replayed into the new one.
        for suffix in ["-wal", "-shm"] { try? fm.removeItem(atPath: path + suffix) }
        // rename(2) replaces the file in one step: a reader sees the old database or the new one.
        guard rename(temporary, path) == 0 else {
            throw KnowledgeBaseError.badBackup(path: path, reason: "cannot replace it: \(String(cString: strerror(errno)))")
        }
        let bytes = (try? fm.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        return CopyReport(path: path, bytes: bytes, rows: rows)
    }
}
