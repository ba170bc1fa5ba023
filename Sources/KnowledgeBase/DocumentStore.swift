import Foundation
import GRDB
import KBParsing
import KBExtraction

/// Writes one parsed and extracted report: its document row, pages, sections, passages, sources,
/// footnotes, mentions and assertions. Runs inside the caller's transaction, with prepared
/// statements reused across rows.
enum DocumentStore {
    static func insert(_ report: ParsedReport, metadata: ReportMetadata, hash: String, fileName: String, url: String?,
                       extraction: DocumentExtraction, extractionHash: String, eventTypes: EventLexicon,
                       entityIDs: [Int64], _ db: Database) throws -> Int64 {
        let now = ISO8601DateFormatter().string(from: Date())
        try db.execute(sql: """
            INSERT INTO documents(content_hash, file_name, title, publisher, issue, date, language, url, text, page_count, ingested_at, extraction_hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [hash, fileName, metadata.title, metadata.publisher, metadata.issue, metadata.date,
                             metadata.language ?? "und", url, report.text, report.pages.count, now, extractionHash])
        let document = db.lastInsertedRowID

        let insertPage = try db.cachedStatement(sql: "INSERT INTO pages(document_id, number, start_char, end_char) VALUES (?, ?, ?, ?)")
        for page in report.pages {
            try insertPage.execute(arguments: [document, page.number, page.start, page.end])
        }

        let insertSection = try db.cachedStatement(sql: "INSERT INTO sections(document_id, ordinal, title, page, start_char) VALUES (?, ?, ?, ?, ?)")
        var sectionIDs: [Int64] = []
        for section in report.sections {
            try insertSection.execute(arguments: [document, section.ordinal, section.title, section.page, section.start])
            sectionIDs.append(db.lastInsertedRowID)
        }

        let insertPassage = try db.cachedStatement(sql: """
            INSERT INTO passages(document_id, page, section_id, paragraph, ordinal, text, start_char, end_char)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        var passageIDs: [Int64] = []
        passageIDs.reserveCapacity(report.sentences.count)
        for s in report.sentences {
            try insertPassage.execute(arguments: [document, s.page, sectionIDs[s.section], s.paragraph, s.ordinal, s.text, s.start, s.end])
            passageIDs.append(db.lastInsertedRowID)
        }

        // Footnotes, their sources, and which passage each backs.
        let insertSource = try db.cachedStatement(sql: "INSERT OR IGNORE INTO sources(url, domain) VALUES (?, ?)")
        let sourceID = try db.cachedStatement(sql: "SELECT id FROM sources WHERE url = ?")
        let insertFootnote = try db.cachedStatement(sql: """
            INSERT INTO footnotes(document_id, page, ordinal, source_id, line, line_count, passage_id, score, confidence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        var footnotesByPassage: [Int64: [Int64]] = [:]
        for (footnote, alignment) in zip(report.footnotes, extraction.alignments) {
            try insertSource.execute(arguments: [footnote.url, Domain.of(footnote.url)])
            guard let source = try Int64.fetchOne(sourceID, arguments: [footnote.url]) else { continue }
            let passage = alignment.map { passageIDs[$0.sentence] }
            try insertFootnote.execute(arguments: [document, footnote.page, footnote.ordinal, source, footnote.line,
                                                   footnote.lineCount, passage, alignment.map { ($0.score * 1000).rounded() / 1000 },
                                                   alignment.map { ($0.confidence * 1000).rounded() / 1000 }])
            if let passage { footnotesByPassage[passage, default: []].append(db.lastInsertedRowID) }
        }

        let insertMention = try db.cachedStatement(sql: """
            INSERT INTO mentions(passage_id, entity_id, start_char, end_char, surface, alias_kind, function) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for (sentence, mentions) in extraction.mentions.enumerated() {
            for m in mentions {
                try insertMention.execute(arguments: [passageIDs[sentence], entityIDs[m.entity], m.start, m.end, m.surface, m.aliasKind.rawValue,
                                                     m.function.rawValue])
            }
        }

        try EventStore.insert(extraction, document: document, passageIDs: passageIDs, entityIDs: entityIDs, types: eventTypes, db)

        // Assertions, each stated in the report at its passage's page, and backed by the footnotes
        // aligned to that passage.
        let insertAssertion = try db.cachedStatement(sql: """
            INSERT INTO assertions(document_id, passage_id, subject_id, predicate, object_id, kind, polarity, modality,
                                   date, start_date, end_date, trigger, quote_rank)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        // How good a quote each sentence makes (schema/0009_relation_ranking.sql).
        func quoteRank(_ sentence: Int) -> Int64 {
            let named = Int64(min(400, Set(extraction.mentions[sentence].map(\.entity)).count))
            let unfootnoted: Int64 = footnotesByPassage[passageIDs[sentence]] == nil ? 1 : 0
            let length = Int64(min(99_999, report.sentences[sentence].text.unicodeScalars.count))
            return ((named * 2 + unfootnoted) * 100_000 + length) * 10_000_000_000 + passageIDs[sentence]
        }
        let insertAssertionSource = try db.cachedStatement(sql: """
            INSERT INTO assertion_sources(assertion_id, kind, document_id, page, footnote_id) VALUES (?, ?, ?, ?, ?)
            """)
        for a in extraction.assertions {
            let passage = passageIDs[a.sentence]
            let page = report.sentences[a.sentence].page
            let bounds = a.date?.bounds
            try insertAssertion.execute(arguments: [document, passage, entityIDs[a.subject], a.predicate, a.object.map { entityIDs[$0] },
                                                    a.kind.rawValue, a.polarity.rawValue, a.modality.rawValue,
                                                    a.date?.edtf, bounds?.start, bounds?.end, a.trigger, quoteRank(a.sentence)])
            let assertion = db.lastInsertedRowID
            try insertAssertionSource.execute(arguments: [assertion, "report", document, page, nil])
            for footnote in footnotesByPassage[passage] ?? [] {
                try insertAssertionSource.execute(arguments: [assertion, "footnote", document, page, footnote])
            }
        }
        return document
    }

    /// The counts of what one document holds.
    static func summary(of document: Int64, file: String, status: IngestResult.Status, seconds: Double, _ db: Database) throws -> IngestResult {
        let row = try Row.fetchOne(db, sql: """
            SELECT d.title,
                   (SELECT count(*) FROM pages WHERE document_id = d.id),
                   (SELECT count(*) FROM passages WHERE document_id = d.id),
                   (SELECT count(*) FROM footnotes WHERE document_id = d.id),
                   (SELECT count(*) FROM footnotes WHERE document_id = d.id AND passage_id IS NOT NULL),
                   (SELECT count(DISTINCT m.entity_id) FROM mentions m JOIN passages p ON p.id = m.passage_id WHERE p.document_id = d.id),
                   (SELECT count(*) FROM mentions m JOIN passages p ON p.id = m.passage_id WHERE p.document_id = d.id),
                   (SELECT count(*) FROM assertions WHERE document_id = d.id),
                   (SELECT count(*) FROM events WHERE document_id = d.id),
                   (SELECT count(*) FROM events WHERE document_id = d.id AND date IS NOT NULL),
                   (SELECT count(*) FROM dates t JOIN passages p ON p.id = t.passage_id WHERE p.document_id = d.id)
            FROM documents d WHERE d.id = ?
            """, arguments: [document])!
        return IngestResult(file: file, status: status, documentID: document, title: row[0], pages: row[1], sentences: row[2],
                            footnotes: row[3], alignedFootnotes: row[4], entities: row[5], mentions: row[6], assertions: row[7],
                            events: row[8], datedEvents: row[9], dates: row[10], seconds: seconds)
    }
}

/// The web domain of a source URL, as `sources.domain` stores it.
public enum Domain {
    /// The host of `url`, lowercased, without `www.`: `https://www.lemonde.fr/a` → `lemonde.fr`.
    public static func of(_ url: String) -> String {
        var rest = Substring(url)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }.lowercased()
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }
}
