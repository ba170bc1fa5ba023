import Foundation
import GRDB

/// kb's schema: the numbered SQL files of `schema/`, applied in order by GRDB's migrator.
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

    var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in migrations {
            let sql = migration.sql
            migrator.registerMigration(migration.identifier) { db in try db.execute(sql: sql) }
        }
        return migrator
    }
}
