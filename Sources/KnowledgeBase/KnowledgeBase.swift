import Foundation
import GRDB
import KBParsing
import KBExtraction

/// A kb knowledge base: one SQLite file (or an in-memory database) with kb's schema, and the data
/// that drives extraction. The store façade: it owns the database writer, migrates on open, and
/// exposes ingestion as one transaction per document and queries as functions returning values.
///
///     let kb = try KnowledgeBase.open(path: "kb.sqlite")
///     try kb.ingest(files: [report])
///     let armenia = try kb.relations(of: "Armenia")
public final class KnowledgeBase: Sendable {
    public let writer: any DatabaseWriter
    public let resources: Resources
    public let schema: Schema
    /// The file, or `nil` in memory.
    public let path: String?
    /// Folded articles of every language (`data/lexicon/locatives.tsv`), dropped from the front of a
    /// name to look up (`le Kremlin` → `kremlin`).
    let articles: Set<String>

    init(writer: any DatabaseWriter, resources: Resources, schema: Schema, path: String?) {
        self.writer = writer
        self.resources = resources
        self.schema = schema
        self.path = path
        let locatives = try? Locatives(dataDirectory: resources.dataDirectory)
        articles = locatives?.languages.values.reduce(into: Set<String>()) { $0.formUnion($1.articles) } ?? []
    }

    /// Opens the database at `path`, creating it when `create` is true and it does not exist, and
    /// migrates it to the current schema. `create` also says the caller will write: a file this
    /// process cannot write is then refused, while a reader gets it read-only, as it is — an older file is first copied beside itself
    /// (`kb.sqlite.v6.bak`). Refuses a file that is not a kb database or whose schema is newer,
    /// without changing it.
    public static func open(path: String, create: Bool = true, resources: Resources? = nil) throws -> KnowledgeBase {
        let resources = try resources ?? Resources.locate()
        let schema = try Schema(directory: resources.schemaDirectory)
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if isDirectory.boolValue { throw KnowledgeBaseError.unreadableDatabase(path: path, reason: "it is a directory") }
        if exists {
            try inspect(path: path, schema: schema)
        } else if !create {
            throw KnowledgeBaseError.unreadableDatabase(path: path, reason: "no such file; run `kb ingest` first")
        }
        if !canWrite(path: path, exists: exists) {
            // A file kb cannot write still answers queries, as it is; a writer (create) is refused.
            guard exists else { throw KnowledgeBaseError.cannotCreateDatabase(path: path) }
            if create { throw KnowledgeBaseError.readOnlyDatabase(path: path) }
            return try openReadOnly(path: path, resources: resources)
        }
        do {
            let pool = try DatabasePool(path: path, configuration: configuration())
            // An older kb database is copied beside itself before it is migrated: `kb.sqlite.v6.bak`.
            // It runs while this process holds the write lock, so the copy is read through a connection
            // of its own (WAL readers are not blocked): the file as it was before any migration.
            try schema.migrate(pool, path: path) { db, version in
                // A file of version 0 becomes a kb database only if it is empty: the header on disk may
                // be older than the WAL beside it, which a connection reads.
                if version == 0 {
                    let objects = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE tbl_name <> 'grdb_migrations'") ?? 0
                    let application = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                    guard objects == 0 && (application == 0 || application == Schema.applicationID) else {
                        throw KnowledgeBaseError.notAKnowledgeBase(path: path)
                    }
                    return
                }
                // Written under another name and renamed once whole, so that a failed copy is retried.
                let copy = path + ".v\(version).bak"
                guard !FileManager.default.fileExists(atPath: copy) else { return }
                let partial = copy + ".partial"
                try? FileManager.default.removeItem(atPath: partial)
                let source = try DatabaseQueue(path: path, configuration: configuration(readonly: true))
                let queue = try DatabaseQueue(path: partial)
                try source.backup(to: queue)
                try queue.close()
                try source.close()
                try FileManager.default.moveItem(atPath: partial, toPath: copy)
            }
            return KnowledgeBase(writer: pool, resources: resources, schema: schema, path: path)
        } catch let error as DatabaseError {
            throw KnowledgeBaseError.unreadableDatabase(path: path, reason: error.message ?? "\(error.resultCode)")
        }
    }

    /// Opens an existing kb database read-only, without migrating it: for queries that must leave the
    /// file exactly as it is (`kb sql`, `kb search`, `kb check`).
    public static func openReadOnly(path: String, resources: Resources? = nil) throws -> KnowledgeBase {
        let resources = try resources ?? Resources.locate()
        let schema = try Schema(directory: resources.schemaDirectory)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw KnowledgeBaseError.unreadableDatabase(path: path, reason: isDirectory.boolValue ? "it is a directory" : "no such file; run `kb ingest` first")
        }
        try inspect(path: path, schema: schema)
        do {
            let queue = try DatabaseQueue(path: try readOnlyLocation(path), configuration: configuration(readonly: true))
            let version = try queue.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 }
            guard version == schema.version else {
                try? queue.close()
                if version > schema.version { throw KnowledgeBaseError.newerSchema(path: path, found: version, supported: schema.version) }
                throw KnowledgeBaseError.olderSchema(path: path, found: version, current: schema.version)
            }
            return KnowledgeBase(writer: queue, resources: resources, schema: schema, path: path)
        } catch let error as DatabaseError {
            throw KnowledgeBaseError.unreadableDatabase(path: path, reason: error.message ?? "\(error.resultCode)")
        }
    }

    /// A fresh knowledge base in memory, for tests and one-off programs.
    public static func inMemory(resources: Resources? = nil) throws -> KnowledgeBase {
        let resources = try resources ?? Resources.locate()
        let schema = try Schema(directory: resources.schemaDirectory)
        let queue = try DatabaseQueue(configuration: configuration())
        try schema.migrate(queue)
        return KnowledgeBase(writer: queue, resources: resources, schema: schema, path: nil)
    }

    static func configuration(readonly: Bool = false) -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.readonly = readonly
        config.busyMode = .timeout(30)
        // WAL with synchronous NORMAL: a commit survives a killed process (the WAL holds it) and only
        // a power loss may forget the last transactions — never corrupt the file. One fsync per
        // checkpoint rather than per document.
        // A page cache of 32 MB rather than SQLite's 2 MB: the indexes an ingest inserts into stay in
        // memory as the file grows, so that a document costs the same at the thousandth as at the first.
        if !readonly {
            config.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32768") }
        }
        config.label = "kb"
        return config
    }

    /// Checks, from its header alone, that an existing file is a kb database (or an empty SQLite file)
    /// of a schema this kb can read or migrate.
    static func inspect(path: String, schema: Schema) throws {
        // The 100-byte header says it all, and reading it creates no WAL file beside a file kb refuses.
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw KnowledgeBaseError.unreadableDatabase(path: path, reason: "permission denied")
        }
        let header = [UInt8]((try? handle.read(upToCount: 100)) ?? Data())
        try? handle.close()
        if header.isEmpty { return }
        guard header.count == 100, header.starts(with: Array("SQLite format 3\u{0}".utf8)) else {
            throw KnowledgeBaseError.notAKnowledgeBase(path: path)
        }
        func integer(at offset: Int) -> UInt32 { header[offset..<(offset + 4)].reduce(0) { $0 << 8 | UInt32($1) } }
        let applicationID = Int32(bitPattern: integer(at: 68)), version = Int(integer(at: 60))
        // An empty SQLite file (no table yet: one page at most) becomes a kb database.
        if applicationID == 0 && integer(at: 28) <= 1 { return }
        guard applicationID == Schema.applicationID else { throw KnowledgeBaseError.notAKnowledgeBase(path: path) }
        if version > schema.version {
            throw KnowledgeBaseError.newerSchema(path: path, found: version, supported: schema.version)
        }
    }

    /// Whether this process can write the database at `path` and the WAL files beside it.
    static func canWrite(path: String, exists: Bool) -> Bool {
        let folder = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        let folderWritable = access(folder, W_OK) == 0
        guard exists else { return folderWritable }
        guard access(path, W_OK) == 0 else { return false }
        // Each WAL file must be writable if it is there, or creatable if it is not.
        return ([path + "-wal", path + "-shm"] as [String]).allSatisfy {
            FileManager.default.fileExists(atPath: $0) ? access($0, W_OK) == 0 : folderWritable
        }
    }

    /// Where to open `path` read-only. A file this process cannot write, with no shared-memory file
    /// beside it, is opened as immutable (a `file:` URI): SQLite would otherwise need to create its
    /// WAL index, which a read-only file or folder forbids. kb never reads a file another process is
    /// writing this way unless that process may write what this one may not.
    static func readOnlyLocation(_ path: String) throws -> String {
        guard !canWrite(path: path, exists: true), access(path + "-shm", R_OK) != 0 else { return path }
        // Immutable, SQLite would not read a WAL: changes not yet checkpointed would be missing.
        if let size = (try? FileManager.default.attributesOfItem(atPath: path + "-wal"))?[.size] as? Int, size > 0 {
            throw KnowledgeBaseError.unreadableDatabase(path: path, reason: "it is read-only and its -wal file holds changes not yet written into it; open it once where it is writable")
        }
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let escaped = absolute.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "?", with: "%3f")
            .replacingOccurrences(of: "#", with: "%23")
        return "file:" + escaped + "?immutable=1"
    }

    /// The schema version recorded in the database.
    public func schemaVersion() throws -> Int {
        try writer.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 }
    }
}
