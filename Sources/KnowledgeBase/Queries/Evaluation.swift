import Foundation
import GRDB
import KBParsing
import KBExtraction

/// How the knowledge base compares with a gold annotation (`eval/annotation/`): entity mentions
/// and footnote alignment, as recall and precision.
public struct EvaluationReport: Sendable, Equatable, Codable {
    public struct Score: Sendable, Equatable, Codable {
        public var name: String
        /// Gold items, items found among them, and what kb stored where the gold annotates.
        public var gold: Int
        public var found: Int
        public var stored: Int
        public var recall: Double { gold == 0 ? 0 : Double(found) / Double(gold) }
        public var precision: Double { stored == 0 ? 0 : Double(found) / Double(stored) }
    }
    public var scores: [Score]
    /// Gold items kb missed, most frequent first: `kind: surface → entity`.
    public var missed: [String]
    /// Gold rows whose sentence kb does not hold (headings, for instance).
    public var skipped: Int
}

extension KnowledgeBase {
    /// Compares the document with several annotations (of different pages) as one: each measure's counts
    /// are summed, the misses listed one annotation after the other.
    public func evaluate(annotations directories: [URL], document fileName: String? = nil) throws -> EvaluationReport {
        var total: EvaluationReport? = nil
        for directory in directories {
            let report = try evaluate(annotation: directory, document: fileName)
            guard var sum = total else { total = report; continue }
            for score in report.scores {
                if let i = sum.scores.firstIndex(where: { $0.name == score.name }) {
                    sum.scores[i].gold += score.gold
                    sum.scores[i].found += score.found
                    sum.scores[i].stored += score.stored
                } else {
                    sum.scores.append(score)
                }
            }
            sum.missed += report.missed
            sum.skipped += report.skipped
            total = sum
        }
        guard let total else { throw KnowledgeBaseError.invalidData("no annotation to evaluate") }
        return total
    }

    /// Compares the document `fileName` (or the only one) with the annotation in `directory`:
    /// `entities.tsv` (page, quote_start, surface, entity, kind) and `footnotes.tsv` (page, ordinal,
    /// url, quote_start). A gold mention is found when a mention of the same entity overlaps its
    /// surface in the sentence that starts with `quote_start`.
    public func evaluate(annotation directory: URL, document fileName: String? = nil) throws -> EvaluationReport {
        let entities = try TSVTable(contentsOf: directory.appendingPathComponent("entities.tsv"))
        let footnotes = try TSVTable(contentsOf: directory.appendingPathComponent("footnotes.tsv"))
        return try writer.read { db in
            guard let document = try Int64.fetchOne(db, sql: "SELECT id FROM documents WHERE ?1 IS NULL OR file_name = ?1 ORDER BY id LIMIT 1",
                                                    arguments: [fileName]) else {
                throw KnowledgeBaseError.invalidData("no document to evaluate; run kb ingest first")
            }
            let passages = try Row.fetchAll(db, sql: "SELECT id, text FROM passages WHERE document_id = ? ORDER BY ordinal", arguments: [document])
                .map { (id: $0[0] as Int64, text: $0[1] as String) }
            func passage(startingWith quote: String) -> Int64? {
                guard !quote.isEmpty else { return nil }
                return passages.first { $0.text.hasPrefix(quote) }?.id
            }
            var skipped = 0
            var goldByPassage: [Int64: [(surface: String, key: String?, kind: String, entity: String)]] = [:]
            for row in entities.rows {
                guard let id = passage(startingWith: row["quote_start"]) else { skipped += 1; continue }
                let key = try Self.goldKey(row["entity"], kind: row["kind"], articles: articles, db)
                goldByPassage[id, default: []].append((row["surface"], key, row["kind"], row["entity"]))
            }
            var perKind: [String: (gold: Int, found: Int)] = [:]
            var missed: [String: Int] = [:]
            var stored = 0
            let mentionStatement = try db.cachedStatement(sql: """
                SELECT m.surface, e.key, m.alias_kind FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.passage_id = ?
                """)
            // Descriptions (« ces pays », « les deux pays ») the annotation leaves out are counted apart, not as
            // wrong mentions: the annotation marks only a few of them.
            var descriptions = 0
            for (id, items) in goldByPassage {
                var pool = try Row.fetchAll(mentionStatement, arguments: [id]).map { (surface: Folding.fold($0[0] as String), key: $0[1] as String, description: ($0[2] as String) == "description") }
                stored += pool.count
                for item in items {
                    perKind[item.kind, default: (0, 0)].gold += 1
                    let surface = Folding.fold(item.surface)
                    if let i = pool.firstIndex(where: { $0.key == item.key && (surface.contains($0.surface) || $0.surface.contains(surface)) }) {
                        pool.remove(at: i)
                        perKind[item.kind, default: (0, 0)].found += 1
                    } else {
                        missed["\(item.kind): \(item.surface) → \(item.entity)", default: 0] += 1
                    }
                }
                // (One the annotator marked and kb resolved to another entity stays a wrong mention.)
                let golden = items.map { Folding.fold($0.surface) }
                let unannotated = pool.filter { d in d.description && !golden.contains { $0.contains(d.surface) || d.surface.contains($0) } }.count
                descriptions += unannotated
                stored -= unannotated
            }
            var scores = perKind.keys.sorted().map { kind in
                EvaluationReport.Score(name: "mentions of \(kind)", gold: perKind[kind]!.gold, found: perKind[kind]!.found, stored: 0)
            }
            scores.insert(EvaluationReport.Score(name: "mentions", gold: perKind.values.reduce(0) { $0 + $1.gold },
                                                 found: perKind.values.reduce(0) { $0 + $1.found }, stored: stored), at: 0)
            scores.insert(EvaluationReport.Score(name: "descriptions kb resolved, not annotated", gold: 0, found: 0, stored: descriptions), at: 1)
            // Step 2's bar: the states, organizations and persons of the prose.
            let actors = ["state", "organization", "person"].compactMap { perKind[$0] }
            scores.insert(EvaluationReport.Score(name: "states, organizations, persons", gold: actors.reduce(0) { $0 + $1.gold },
                                                 found: actors.reduce(0) { $0 + $1.found }, stored: 0), at: 1)
            var fGold = 0, fFound = 0, fStored = 0
            let footnoteStatement = try db.cachedStatement(sql: """
                SELECT p.text FROM footnotes f LEFT JOIN passages p ON p.id = f.passage_id WHERE f.document_id = ? AND f.page = ? AND f.ordinal = ?
                """)
            for row in footnotes.rows {
                let quote = row["quote_start"]
                let aligned = try String.fetchOne(footnoteStatement, arguments: [document, Int(row["page"]) ?? 0, Int(row["ordinal"]) ?? 0])
                if !quote.isEmpty { fGold += 1 }
                if aligned != nil { fStored += 1 }
                if let aligned, !quote.isEmpty, aligned.hasPrefix(quote) { fFound += 1 }
            }
            scores.append(EvaluationReport.Score(name: "footnote alignments", gold: fGold, found: fFound, stored: fStored))
            var missedList = missed.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { "\($0.key) ×\($0.value)" }
            let eventsFile = directory.appendingPathComponent("events.tsv")
            if FileManager.default.fileExists(atPath: eventsFile.path) {
                let (eventScores, eventMisses) = try Self.evaluateEvents(TSVTable(contentsOf: eventsFile), document: document,
                                                                         articles: articles, db)
                scores += eventScores
                missedList += eventMisses
            }
            let relationsFile = directory.appendingPathComponent("relations.tsv")
            if FileManager.default.fileExists(atPath: relationsFile.path) {
                let (relationScores, relationMisses) = try Self.evaluateRelations(TSVTable(contentsOf: relationsFile), document: document,
                                                                                  articles: articles, db)
                scores += relationScores
                missedList += relationMisses
            }
            return EvaluationReport(scores: scores, missed: missedList, skipped: skipped)
        }
    }

    /// Events against `events.tsv` (id, type, date, participants `Name:role;…`, place, page, quote,
    /// other_quotes `… || …`, date_basis). A gold event is found when a kb event has its type, shares a
    /// participant, and has its date at the gold's precision (kb's dates fall within the gold's). A kb
    /// event is identified with a gold event when it has its type, shares a participant and a sentence
    /// of evidence; "dates of events kb dates" is the share of those kb dates that carry the gold's date.
    static func evaluateEvents(_ gold: TSVTable, document: Int64, articles: Set<String>, _ db: Database) throws -> ([EvaluationReport.Score], [String]) {
        struct KBEvent { var type: String; var start: String?; var end: String?; var date: String?; var entities: Set<String>; var passages: Set<String> }
        var kbEvents: [KBEvent] = []
        for row in try Row.fetchAll(db, sql: "SELECT id, type, start_date, end_date, date FROM events WHERE document_id = ?", arguments: [document]) {
            let id: Int64 = row[0]
            let entities = try String.fetchAll(db, sql: """
                SELECT e.key FROM event_participants p JOIN entities e ON e.id = p.entity_id WHERE p.event_id = ?
                """, arguments: [id])
            let passages = try String.fetchAll(db, sql: """
                SELECT p.text FROM event_evidence v JOIN passages p ON p.id = v.passage_id WHERE v.event_id = ?
                """, arguments: [id])
            kbEvents.append(KBEvent(type: row[1], start: row[2], end: row[3], date: row[4], entities: Set(entities), passages: Set(passages)))
        }
        func key(_ name: String) throws -> String? { try goldKey(anyKind: name, articles: articles, db) }
        var all = 0, allFound = 0, grounded = 0, groundedFound = 0, identified = 0, datedRight = 0
        var misses: [String] = []
        for row in gold.rows {
            let participants = try Set(row.values("participants").flatMap { $0.split(separator: ";") }.compactMap { item -> String? in
                try key(String(item.split(separator: ":").first ?? ""))
            })
            guard let bounds = EDTF.bounds(row["date"]) else { continue }
            let quotes = [row["quote"]] + row["other_quotes"].components(separatedBy: " || ").filter { !$0.isEmpty }
            let candidates = kbEvents.filter { $0.type == row["type"] && !$0.entities.isDisjoint(with: participants) }
            func rightDate(_ e: KBEvent) -> Bool {
                guard let s = e.start, let t = e.end else { return false }
                return e.date == row["date"] || (s >= bounds.start && t <= bounds.end)
            }
            let found = candidates.contains(where: rightDate)
            let isGrounded = ["text", "context"].contains(row["date_basis"])
            all += 1
            if found { allFound += 1 }
            if isGrounded {
                grounded += 1
                if found { groundedFound += 1 }
            }
            // Identified by a shared sentence of evidence (kb's sentences are the gold's, whitespace aside).
            let told = candidates.filter { e in quotes.contains { q in e.passages.contains { $0.hasPrefix(String(q.prefix(40))) } } }
            if told.contains(where: { $0.date != nil }) {
                identified += 1
                if told.contains(where: rightDate) { datedRight += 1 }
            }
            if !found { misses.append("event \(row["id"]): \(row["type"]) \(row["date"]) (\(row["date_basis"]))\(told.isEmpty ? "" : ", told but dated \(told.map { $0.date ?? "undated" }.joined(separator: "/"))")") }
        }
        return ([
            EvaluationReport.Score(name: "dated events", gold: all, found: allFound, stored: 0),
            EvaluationReport.Score(name: "dated events (text, context)", gold: grounded, found: groundedFound, stored: 0),
            EvaluationReport.Score(name: "dates of events kb dates", gold: identified, found: datedRight, stored: 0),
        ], misses)
    }

    /// Relations against `relations.tsv` (subject, predicate label, object, polarity, modality, page,
    /// quote). A gold relation is found when kb holds a typed assertion of that predicate and polarity
    /// between the same entities (either way round for a symmetric predicate) in the quoted sentence;
    /// precision counts kb's typed assertions in the annotated sentences. Armenia's counterparts: the
    /// entities the annotation relates to Armenia that `kb relations Armenia` shows.
    static func evaluateRelations(_ gold: TSVTable, document: Int64, articles: Set<String>, _ db: Database) throws -> ([EvaluationReport.Score], [String]) {
        func key(_ name: String) throws -> String? { try goldKey(anyKind: name, articles: articles, db) }
        let predicates = try Row.fetchAll(db, sql: "SELECT key, label, symmetric FROM predicates")
        func predicate(_ label: String) -> (key: String, negated: Bool)? {
            let wanted = Folding.fold(label)
            if wanted == "refuses to recognize" { return ("recognizes", true) }
            for row in predicates {
                let k: String = row[0], l: String = row[1]
                if [Folding.fold(l), Folding.fold(k.replacingOccurrences(of: "_", with: " "))].contains(wanted)
                    || Folding.fold(l).hasSuffix(wanted) { return (k, false) }
            }
            return nil
        }
        let symmetric = Set(predicates.filter { ($0[2] as Int) == 1 }.map { $0[0] as String })
        // A person or an organ of a state acts for it: the ministry's protest answers a gold « Russia protests ».
        struct Typed: Hashable { var passage: Int64; var subject: String; var predicate: String; var object: String?; var negated: Bool
                                 var subjectFor: String?; var objectFor: String? }
        func actsFor(_ column: String) -> String {
            """
            (SELECT k.key FROM entities k WHERE k.id = coalesce((SELECT affiliation_id FROM persons WHERE entity_id = \(column)),
                                                                (SELECT part_of_id FROM organizations WHERE entity_id = \(column))))
            """
        }
        let typed = try Row.fetchAll(db, sql: """
            SELECT a.passage_id, s.key, a.predicate, o.key, a.polarity, p.text, \(actsFor("a.subject_id")), \(actsFor("a.object_id"))
            FROM assertions a JOIN entities s ON s.id = a.subject_id
            LEFT JOIN entities o ON o.id = a.object_id JOIN passages p ON p.id = a.passage_id
            WHERE a.kind = 'extracted' AND a.document_id = ?
            """, arguments: [document]).map { (Typed(passage: $0[0], subject: $0[1], predicate: $0[2], object: $0[3], negated: ($0[4] as String) == "negative",
                                                       subjectFor: $0[6], objectFor: $0[7]), $0[5] as String) }
        var goldPassages = Set<Int64>()
        var matched = Set<Typed>()
        var found = 0, total = 0
        var misses: [String] = []
        var armeniaGold = Set<String>()
        // « mediates between Armenia;Azerbaijan »: one gold relation per object.
        let rows = gold.rows.flatMap { row in row["object"].split(separator: ";").map { (row, String($0)) } }
        for (row, objectName) in rows {
            guard let (pred, negatedLabel) = predicate(row["predicate"]) else { continue }
            let quote = String(row["quote"].prefix(40))
            let passages = Set(typed.filter { $0.1.hasPrefix(quote) }.map(\.0.passage))
                .union(try Int64.fetchAll(db, sql: "SELECT id FROM passages WHERE document_id = ? AND substr(text, 1, 40) = ?", arguments: [document, quote]))
            goldPassages.formUnion(passages)
            let subject = try key(row["subject"]), object = try key(objectName)
            let negated = negatedLabel || row["polarity"] == "negative"
            if subject == "ARM", let object { armeniaGold.insert(object) }
            if object == "ARM", let subject { armeniaGold.insert(subject) }
            total += 1
            let isSymmetric = symmetric.contains(pred)
            func agrees(_ t: Typed, viaToo: Bool) -> Bool {
                guard passages.contains(t.passage), t.predicate == pred, t.negated == negated else { return false }
                let subjects = [t.subject] + (viaToo ? [t.subjectFor].compactMap { $0 } : []), objects = [t.object].compactMap { $0 } + (viaToo ? [t.objectFor].compactMap { $0 } : [])
                guard let subject else { return false }
                if object == nil { return (subjects.contains(subject) && t.object == nil) }
                guard let object else { return false }
                if subjects.contains(subject) && objects.contains(object) { return true }
                return isSymmetric && subjects.contains(object) && objects.contains(subject)
            }
            // The assertion with the annotation's own entities first; one by a person or organ for the state
            // only when not already counted for another row.
            let hit = typed.map(\.0).first { agrees($0, viaToo: false) } ?? typed.map(\.0).first { agrees($0, viaToo: true) && !matched.contains($0) }
            if let hit { found += 1; matched.insert(hit) } else {
                misses.append("relation: \(row["subject"]) \(row["predicate"]) \(objectName) (page \(row["page"]))")
            }
        }
        // Precision counts each assertion `kb relations` shows (one with an object) once, matched or not.
        let shown = typed.filter { goldPassages.contains($0.0.passage) && $0.0.object != nil }
        let stored = shown.count
        let right = shown.filter { matched.contains($0.0) }.count
        // What kb asserts in the annotated sentences that the annotation does not: the precision's misses.
        for (t, text) in shown where !matched.contains(t) {
            misses.append("kb only: \(t.negated ? "not " : "")\(t.subject) \(t.predicate) \(t.object ?? "-") in « \(text.prefix(60))… »")
        }
        let armeniaShown = Set(try String.fetchAll(db, sql: """
            SELECT CASE WHEN s.key = 'ARM' THEN o.key ELSE s.key END FROM assertions a JOIN entities s ON s.id = a.subject_id
            JOIN entities o ON o.id = a.object_id WHERE a.kind = 'extracted' AND (s.key = 'ARM' OR o.key = 'ARM')
            """))
        return ([
            EvaluationReport.Score(name: "typed relations", gold: total, found: found, stored: 0),
            EvaluationReport.Score(name: "relations shown, right", gold: stored, found: right, stored: 0),
            EvaluationReport.Score(name: "Armenia's counterparts", gold: armeniaGold.count, found: armeniaGold.intersection(armeniaShown).count, stored: 0),
        ], misses)
    }

    /// The key of a gold entity name of any kind, states first.
    static func goldKey(anyKind name: String, articles: Set<String>, _ db: Database) throws -> String? {
        for kind in ["state", "organization", "person", "region", "place"] {
            if let k = try goldKey(name, kind: kind, articles: articles, db) { return k }
        }
        return nil
    }

    /// The key of a gold entity name, among entities of the gold's kind first (`Astana` the place).
    static func goldKey(_ name: String, kind: String, articles: Set<String>, _ db: Database) throws -> String? {
        let folded = Tokenizer.tokens(name).map(\.folded).joined(separator: " ")
        if let key = try String.fetchOne(db, sql: """
            SELECT e.key FROM aliases a JOIN entities e ON e.id = a.entity_id WHERE a.folded = ? AND e.kind = ? ORDER BY e.id LIMIT 1
            """, arguments: [folded, kind]) { return key }
        return try? entity(named: name, articles: articles, db).key
    }
}
