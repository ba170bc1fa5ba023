import Foundation

/// A tab-separated table read from `data/`: a header row naming the columns, then one row per line.
///
/// Lines that are empty or start with `#` are skipped. Every row must have no more fields than the
/// header; missing trailing fields read as empty strings.
///
///     let months = try TSVTable(contentsOf: dataDirectory.appending(path: "lexicon/months.tsv"))
///     for row in months.rows { print(row["name"]) }
public struct TSVTable: Sendable {
    public let columns: [String]
    public let rows: [Row]
    /// The file the table was read from, for error messages.
    public let origin: String

    public struct Row: Sendable {
        let fields: [String]
        let index: [String: Int]
        /// The 1-based line number of this row in its file.
        public let line: Int

        /// The value of `column`, or `""` when the row has no such field.
        public subscript(column: String) -> String {
            guard let i = index[column], i < fields.count else { return "" }
            return fields[i]
        }

        /// The non-empty values of a `|`-separated column.
        public func values(_ column: String) -> [String] {
            self[column].split(separator: "|").map { $0.trimmingBlanks() }.filter { !$0.isEmpty }
        }
    }

    public init(contentsOf url: URL) throws {
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw DataFileError.unreadable(path: url.path) }
        guard let text = String(data: data, encoding: .utf8) else { throw DataFileError.notUTF8(path: url.path) }
        try self.init(text: text, origin: url.path)
    }

    public init(text: String, origin: String = "<memory>") throws {
        self.origin = origin
        var columns: [String]? = nil
        var index: [String: Int] = [:]
        var rows: [Row] = []
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if columns == nil {
                columns = fields
                for (i, name) in fields.enumerated() { index[name] = i }
                continue
            }
            if fields.count > columns!.count {
                throw DataFileError.malformed(path: origin, line: lineNumber, reason: "\(fields.count) fields, header has \(columns!.count)")
            }
            rows.append(Row(fields: fields, index: index, line: lineNumber))
        }
        guard let header = columns else { throw DataFileError.malformed(path: origin, line: 1, reason: "no header row") }
        self.columns = header
        self.rows = rows
    }

    /// Throws unless every named column is in the header.
    public func require(_ names: String...) throws {
        for name in names where !columns.contains(name) {
            throw DataFileError.malformed(path: origin, line: 1, reason: "missing column '\(name)'")
        }
    }
}

/// A problem with a file of `data/`.
public enum DataFileError: Error, Equatable, CustomStringConvertible {
    case unreadable(path: String)
    case notUTF8(path: String)
    case malformed(path: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let path): return "cannot read data file \(path)"
        case .notUTF8(let path): return "data file \(path) is not UTF-8"
        case .malformed(let path, let line, let reason): return "\(path):\(line): \(reason)"
        }
    }
}
