import Foundation
import GRDB

/// A value of an ad-hoc query's result, as JSON and CSV show it.
public enum SQLValue: Sendable, Equatable, Codable {
    case null, integer(Int64), real(Double), text(String), blob(Data)

    init(_ value: DatabaseValue) {
        switch value.storage {
        case .null: self = .null
        case .int64(let v): self = .integer(v)
        case .double(let v): self = .real(v)
        case .string(let v): self = .text(v)
        case .blob(let v): self = .blob(v)
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .null: try c.encodeNil()
        case .integer(let v): try c.encode(v)
        case .real(let v): try c.encode(v)
        case .text(let v): try c.encode(v)
        case .blob(let v): try c.encode(v.base64EncodedString())
        }
    }

    /// As text: empty for NULL, base64 for a blob.
    public var text: String {
        switch self {
        case .null: return ""
        case .integer(let v): return String(v)
        case .real(let v): return String(v)
        case .text(let v): return v
        case .blob(let v): return v.base64EncodedString()
        }
    }
}

/// The result of `kb sql`: column names and rows.
public struct SQLResult: Sendable, Equatable {
    public var columns: [String]
    public var rows: [[SQLValue]]
}

extension KnowledgeBase {
    /// Runs one read-only query (SELECT, WITH … SELECT, EXPLAIN, read-only PRAGMA) on a read-only
    /// connection, with named parameters (`:name`). Anything that writes, `ATTACH`/`DETACH`,
    /// `PRAGMA writable_schema` and extension loading are refused before they run: the file is never
    /// changed.
    public func sql(_ query: String, parameters: [String: String] = [:]) throws -> SQLResult {
        let run = { (db: Database) throws -> SQLResult in
            var statements: [Statement] = []
            do {
                let cursor = try db.allStatements(sql: query)
                while let statement = try cursor.next() { statements.append(statement) }
            } catch let error as DatabaseError {
                throw KnowledgeBaseError.invalidQuery(error.message ?? "\(error.resultCode)")
            }
            guard statements.count == 1, let statement = statements.first else {
                throw KnowledgeBaseError.refusedQuery(statements.isEmpty ? "no statement" : "one statement at a time")
            }
            let words = statement.sql.uppercased().split(whereSeparator: { !$0.isLetter && $0 != "_" })
            if let first = words.first, ["ATTACH", "DETACH", "VACUUM", "REINDEX", "ANALYZE"].contains(first) {
                throw KnowledgeBaseError.refusedQuery("\(first) is not allowed")
            }
            if words.first == "PRAGMA" && (words.contains("WRITABLE_SCHEMA") || statement.sql.contains("=") || statement.sql.contains("(")) {
                throw KnowledgeBaseError.refusedQuery("PRAGMA that sets a value is not allowed")
            }
            if words.contains("LOAD_EXTENSION") { throw KnowledgeBaseError.refusedQuery("extension loading is not allowed") }
            guard statement.isReadonly else { throw KnowledgeBaseError.refusedQuery("it would change the database") }
            var arguments = StatementArguments()
            for (name, value) in parameters { arguments += [name: value] }
            do { try statement.setArguments(arguments) } catch {
                throw KnowledgeBaseError.refusedQuery("parameters: \(error)")
            }
            let rows = try Row.fetchAll(statement)
            return SQLResult(columns: statement.columnNames, rows: rows.map { row in row.databaseValues.map(SQLValue.init) })
        }
        do {
            if let path, !writer.configuration.readonly {
                // A connection of its own, opened read-only: even a missed case cannot write.
                let queue = try DatabaseQueue(path: path, configuration: Self.configuration(readonly: true))
                defer { try? queue.close() }
                return try queue.read(run)
            }
            return try writer.read(run)
        } catch let error as DatabaseError {
            throw KnowledgeBaseError.refusedQuery(error.message ?? "\(error.resultCode)")
        }
    }
}
