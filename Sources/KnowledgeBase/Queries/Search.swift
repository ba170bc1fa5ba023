import GRDB

/// One sentence that matches a search.
public struct SearchHit: Sendable, Equatable, Codable {
    public var page: Int
    /// The section's heading (nil for the front matter).
    public var section: String?
    /// The sentence with the matching words between « [ » and « ] ».
    public var snippet: String
    public var sentence: String
    public var document: String

    enum CodingKeys: String, CodingKey { case page, section, snippet, sentence, document }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(page, forKey: .page)
        try c.encode(section, forKey: .section)
        try c.encode(snippet, forKey: .snippet)
        try c.encode(sentence, forKey: .sentence)
        try c.encode(document, forKey: .document)
    }
}

extension KnowledgeBase {
    /// Sentences matching `query` in the full-text index (`passages_fts`), best first: accent- and
    /// case-blind words (`armenie`), phrases (`"guerre en Ukraine"`), prefixes (`arm*`) and FTS5's
    /// operators (`OTSC AND Arménie`, `NEAR(…)`). Text that is not valid FTS5 is searched as words.
    public func search(_ query: String, limit: Int = 50) throws -> [SearchHit] {
        try writer.read { db in
            // The best rowids first (FTS5 ranks every match, but reads nothing else), then snippets
            // and sentences for those alone: a snippet per match would cost more than the ranking.
            let best = """
                SELECT rowid FROM passages_fts WHERE passages_fts MATCH ? ORDER BY rank, rowid LIMIT ?
                """
            let sql = """
                SELECT p.id, p.page, s.title, snippet(passages_fts, 0, '[', ']', '…', 24) AS snippet, p.text, d.file_name
                FROM passages_fts JOIN passages p ON p.id = passages_fts.rowid
                JOIN sections s ON s.id = p.section_id JOIN documents d ON d.id = p.document_id
                WHERE passages_fts MATCH ? AND passages_fts.rowid IN (SELECT value FROM json_each(?))
                """
            func hits(_ match: String) throws -> [SearchHit] {
                let ids = try Int64.fetchAll(db, sql: best, arguments: [match, limit])
                guard !ids.isEmpty else { return [] }
                let order = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
                let json = "[" + ids.map(String.init).joined(separator: ",") + "]"
                return try Row.fetchAll(db, sql: sql, arguments: [match, json])
                    .sorted { order[$0[0] as Int64]! < order[$1[0] as Int64]! }
                    .map { SearchHit(page: $0[1], section: $0[2], snippet: $0[3], sentence: $0[4], document: $0[5]) }
            }
            do {
                return try hits(query)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
                // « l’Arménie », « OTSC: » — not FTS5 syntax: each word as a quoted term.
                let words = query.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { "\"\($0)\"" }
                guard !words.isEmpty else { return [] }
                return try hits(words.joined(separator: " "))
            }
        }
    }
}
