import GRDB

/// One assertion as `kb assertions` lists it.
public struct AssertionRecord: Sendable, Equatable, Codable {
    public var id: Int64
    public var subject: String
    /// Predicate key and English label.
    public var predicate: String
    public var label: String
    public var object: String?
    public var date: String?
    /// `affirmed` or `negated`; `asserted`, `hedged`, `speculative`, `attributed` or `question`.
    public var polarity: String
    public var modality: String
    /// The words that announce it; nil for a co-mention.
    public var trigger: String?
    public var quote: String
    public var page: Int
    public var document: String
    /// The report itself is the first source (`document`, `page`); these are the footnote URLs aligned to the sentence.
    public var sources: [String]

    enum CodingKeys: String, CodingKey {
        case id, subject, predicate, label, object, date, polarity, modality, trigger, quote, page, document, sources
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(subject, forKey: .subject)
        try c.encode(predicate, forKey: .predicate)
        try c.encode(label, forKey: .label)
        try c.encode(object, forKey: .object)
        try c.encode(date, forKey: .date)
        try c.encode(polarity, forKey: .polarity)
        try c.encode(modality, forKey: .modality)
        try c.encode(trigger, forKey: .trigger)
        try c.encode(quote, forKey: .quote)
        try c.encode(page, forKey: .page)
        try c.encode(document, forKey: .document)
        try c.encode(sources, forKey: .sources)
    }
}

/// One footnote as `kb sources` lists it.
public struct SourceRecord: Sendable, Equatable, Codable {
    public var url: String
    public var domain: String
    public var page: Int
    public var ordinal: Int
    /// The sentence it was aligned to, or nil when kb left it unaligned rather than guess.
    public var sentence: String?
    /// What the URL shares with that sentence: idf-weighted words and named entities (0 when the
    /// footnotes' order alone placed it).
    public var score: Double?
    /// The probability of that sentence among every placement of the page's footnotes that keeps their order.
    public var confidence: Double?
    public var document: String

    enum CodingKeys: String, CodingKey { case url, domain, page, ordinal, sentence, score, confidence, document }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(url, forKey: .url)
        try c.encode(domain, forKey: .domain)
        try c.encode(page, forKey: .page)
        try c.encode(ordinal, forKey: .ordinal)
        try c.encode(sentence, forKey: .sentence)
        try c.encode(score, forKey: .score)
        try c.encode(confidence, forKey: .confidence)
        try c.encode(document, forKey: .document)
    }
}

extension KnowledgeBase {
    /// Typed assertions in text order (co-mentions too with `includeCoMentions`), of one entity (as
    /// subject or object) and one predicate (key or label) when given.
    public func assertions(entity: String? = nil, predicate: String? = nil, includeCoMentions: Bool = false) throws -> [AssertionRecord] {
        try writer.read { db in
            let entity = try entity.map { try Self.entity(named: $0, articles: articles, db) }
            let predicate = try predicate.map { try Self.relationType(named: $0, db) }
            let rows = try Row.fetchAll(db, sql: """
                SELECT a.id, s.name AS subject, a.predicate, pr.label, o.name AS object, a.date, a.polarity, a.modality, a.trigger,
                       p.text, p.page, d.file_name, p.id AS passage_id
                FROM assertions a JOIN entities s ON s.id = a.subject_id LEFT JOIN entities o ON o.id = a.object_id
                JOIN predicates pr ON pr.key = a.predicate JOIN passages p ON p.id = a.passage_id JOIN documents d ON d.id = a.document_id
                WHERE (:all OR a.kind <> 'co_mention')
                  AND (:entity IS NULL OR a.subject_id = :entity OR a.object_id = :entity)
                  AND (:predicate IS NULL OR a.predicate = :predicate OR pr.class = :predicate)
                ORDER BY d.id, p.ordinal, a.id
                """, arguments: ["all": includeCoMentions, "entity": entity?.id, "predicate": predicate])
            let sources = try db.cachedStatement(sql: """
                SELECT s.url FROM footnotes f JOIN sources s ON s.id = f.source_id WHERE f.passage_id = ? ORDER BY f.page, f.ordinal
                """)
            return try rows.map { row in
                AssertionRecord(id: row["id"], subject: row["subject"], predicate: row["predicate"], label: row["label"], object: row["object"],
                                date: row["date"], polarity: (row["polarity"] as String) == "negative" ? "negated" : "affirmed",
                                modality: (row["modality"] as String) == "reported" ? "attributed" : row["modality"], trigger: row["trigger"],
                                quote: row["text"], page: row["page"], document: row["file_name"],
                                sources: try String.fetchAll(sources, arguments: [row["passage_id"] as Int64]))
            }
        }
    }

    /// Every footnote in page and marker order, with the sentence it backs (nil when unaligned);
    /// with `entity`, only the footnotes aligned to sentences that name it.
    public func sources(entity: String? = nil) throws -> [SourceRecord] {
        try writer.read { db in
            let entity = try entity.map { try Self.entity(named: $0, articles: articles, db) }
            return try Row.fetchAll(db, sql: """
                SELECT s.url, s.domain, f.page, f.ordinal, p.text, f.score, f.confidence, d.file_name
                FROM footnotes f JOIN sources s ON s.id = f.source_id JOIN documents d ON d.id = f.document_id
                LEFT JOIN passages p ON p.id = f.passage_id
                WHERE :entity IS NULL OR EXISTS (SELECT 1 FROM mentions m WHERE m.passage_id = f.passage_id AND m.entity_id = :entity)
                ORDER BY d.id, f.page, f.ordinal
                """, arguments: ["entity": entity?.id]).map { row in
                SourceRecord(url: row[0], domain: row[1], page: row[2], ordinal: row[3], sentence: row[4], score: row[5], confidence: row[6], document: row[7])
            }
        }
    }
}
