import Foundation
import KBParsing

/// The predicates assertions use, from `data/predicates.tsv`: key, English label, CAMEO root code and
/// Goldstein value where one fits, whether the predicate is symmetric, and its inverse.
public struct PredicateVocabulary: Sendable {
    public struct Predicate: Sendable, Equatable {
        public var key: String
        public var label: String
        public var cameo: String?
        public var goldstein: Double?
        public var symmetric: Bool
        public var inverse: String?
        public var labelFr: String?
        /// `cooperation`, `conflict` or `neutral`.
        public var relationClass: String?
    }

    public var predicates: [Predicate]

    public init(dataDirectory: URL) throws {
        let table = try TSVTable(contentsOf: dataDirectory.appendingPathComponent("predicates.tsv"))
        try table.require("key", "label", "cameo", "goldstein", "symmetric", "inverse")
        predicates = try table.rows.map { row in
            guard !row["key"].isEmpty, !row["label"].isEmpty, ["0", "1"].contains(row["symmetric"]) else {
                throw DataFileError.malformed(path: table.origin, line: row.line, reason: "key, label and symmetric (0 or 1) are required")
            }
            let goldstein = row["goldstein"].isEmpty ? nil : Double(row["goldstein"])
            if !row["goldstein"].isEmpty && goldstein == nil {
                throw DataFileError.malformed(path: table.origin, line: row.line, reason: "goldstein must be a number")
            }
            guard ["", "cooperation", "conflict", "neutral"].contains(row["class"]) else {
                throw DataFileError.malformed(path: table.origin, line: row.line, reason: "class must be cooperation, conflict or neutral")
            }
            return Predicate(key: row["key"], label: row["label"], cameo: row["cameo"].nilIfEmpty, goldstein: goldstein,
                             symmetric: row["symmetric"] == "1", inverse: row["inverse"].nilIfEmpty,
                             labelFr: row["label_fr"].nilIfEmpty, relationClass: row["class"].nilIfEmpty)
        }
    }
}
