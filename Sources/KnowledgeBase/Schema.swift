import Foundation
import GRDB

/// kb's schema: the numbered SQL files of `schema/`, applied in order, in one transaction.
///
/// Each file is one migration, named by its file name (`0001_initial`), and ends by setting
/// `PRAGMA user_version` to its number; the first sets kb's `application_id`.
public struct Schema: Sendable {
    /// `PRAGMA application_id` of every kb database: 'KBDB'.
    public static let applicationID: Int32 = 0x4B42_4442

    public struct Migration: Sendable {
        public var identifier: String
        public var sql: String
    }

    public let migrations: [Migration]

    /// The schema version this kb writes: the number of migrations it knows.
    public var version: Int { migrations.count }

    public init(directory: URL) throws {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw KnowledgeBaseError.resourcesNotFound(searched: [directory.path])
        }
        migrations = try names.filter { $0.hasSuffix(".sql") && $0.first?.isNumber == true }.sorted().map { name in
            let url = directory.appendingPathComponent(name)
            guard let sql = try? String(contentsOf: url, encoding: .utf8) else {
                throw KnowledgeBaseError.invalidData("cannot read \(url.path)")
            }
            return Migration(identifier: String(name.dropLast(4)), sql: sql)
        }
        guard !migrations.isEmpty else { throw KnowledgeBaseError.resourcesNotFound(searched: [directory.path]) }
    }

    /// Brings the database to `version` (the latest by default): the migrations it lacks run in one
    /// IMMEDIATE transaction, so that two processes opening a new or older file at once serialize and
    /// the second finds the first's schema. `beforeMigrating` runs in that transaction, given the
    /// version found, when there is something to migrate (kb copies an older file there). Foreign keys
    /// are off while tables are rebuilt, then checked. Applied migrations are recorded in
    /// `grdb_migrations`, as GRDB's migrator records them; `PRAGMA user_version` says which are applied.
    func migrate(_ writer: any DatabaseWriter, to version: Int? = nil, path: String = "",
                 beforeMigrating: (Database, Int) throws -> Void = { _, _ in }) throws {
        let target = min(version ?? self.version, self.version)
        // Read through a connection: the header on disk may be older than the WAL beside it (a newer kb
        // killed before a checkpoint), and a newer kb may migrate until the lock is held.
        func refuseNewer(_ found: Int) throws {
            if found > self.version { throw KnowledgeBaseError.newerSchema(path: path, found: found, supported: self.version) }
        }
        let current = try writer.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 }
        try refuseNewer(current)
        guard current < target else { return }
        try writer.barrierWriteWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
            try db.inTransaction(.immediate) {
                try db.execute(sql: "CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
                // Each migration ends by setting user_version to its number: what is left to apply is
                // read there, inside the transaction (another process may just have migrated).
                let found = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                try refuseNewer(found)
                guard found < target else { return .commit }
                try beforeMigrating(db, found)
                for migration in migrations[found..<target] {
                    try db.execute(sql: migration.sql)
                    try db.execute(sql: "INSERT OR IGNORE INTO grdb_migrations (identifier) VALUES (?)", arguments: [migration.identifier])
                }
                if let violation = try Row.fetchOne(db, sql: "PRAGMA foreign_key_check") {
                    throw KnowledgeBaseError.invalidData("migrating leaves a broken reference in \(violation[0] as String? ?? "a table")")
                }
                return .commit
            }
        }
    }
}
