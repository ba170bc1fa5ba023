import Foundation
import GRDB
import KBParsing
import KBExtraction

/// How to ingest: whether to re-extract a report already ingested, and metadata to set or override.
public struct IngestOptions: Sendable {
    /// Re-extract a report whose content is already in the knowledge base.
    public var replace = false
    public var title: String?
    /// EDTF date: `2023`, `2023-02` or `2023-02-15`.
    public var date: String?
    public var publisher: String?
    public var url: String?

    public init(replace: Bool = false, title: String? = nil, date: String? = nil, publisher: String? = nil, url: String? = nil) {
        self.replace = replace
        self.title = title
        self.date = date
        self.publisher = publisher
        self.url = url
    }
}

/// What ingesting one report did.
public struct IngestResult: Sendable, Equatable, Codable {
    public enum Status: String, Sendable, Codable {
        case ingested, replaced
        /// The same content was already there: nothing changed.
        case unchanged
        /// The same content was there, extracted with other data (gazetteer, lexicons): extracted again.
        case reextracted
    }
    public var file: String
    public var status: Status
    public var documentID: Int64
    public var title: String?
    public var pages: Int
    public var sentences: Int
    public var footnotes: Int
    /// Footnotes aligned to a sentence.
    public var alignedFootnotes: Int
    /// Distinct entities the report names.
    public var entities: Int
    public var mentions: Int
    public var assertions: Int
    public var events: Int
    /// Events the text dates.
    public var datedEvents: Int
    /// Date expressions found in the text.
    public var dates: Int
    public var seconds: Double
}

/// Reading and parsing a report: what kb checks of every file before it writes anything.
public enum ReportInput {
    /// Reads and parses every file, one at a time, keeping nothing: throws on the first that kb could
    /// not ingest. Called before a database is opened or created, so that bad input changes nothing;
    /// a thousand reports are checked in the memory of one.
    public static func check(_ files: [URL], resources: Resources) throws {
        let parser = try parser(resources)
        for file in files { _ = try load(file, parser: parser) }
    }

    static func parser(_ resources: Resources) throws -> ReportParser {
        do { return ReportParser(lexicon: try ParsingLexicon(dataDirectory: resources.dataDirectory)) } catch let error as DataFileError {
            throw KnowledgeBaseError.invalidData(error.description)
        }
    }

    /// The report in `file`: UTF-8 text, not empty, not binary (``ReportFile``), and parsed.
    static func load(_ file: URL, parser: ReportParser) throws -> ParsedReport {
        try parse(ReportFile.read(file), fileName: file.lastPathComponent, parser: parser)
    }

    /// `text` parsed; a text that holds no sentence is refused.
    static func parse(_ text: String, fileName: String, parser: ReportParser) throws -> ParsedReport {
        do { return try parser.parse(text) } catch ReportParseError.noText {
            throw KnowledgeBaseError.inputHasNoText(path: fileName)
        }
    }
}

extension IngestOptions {
    /// Throws when an option's value is invalid.
    public func validate() throws {
        // A plain year, month or day: the anchor of the report's relative dates.
        if let date, EDTF.bounds(date) == nil || date.contains(where: { !$0.isNumber && $0 != "-" }) {
            throw KnowledgeBaseError.invalidDate(date)
        }
    }
}

extension Resources {
    /// The reports kb ingests when given no file: `data/reports/*.txt` under the current directory, or
    /// the bundled reports of the installed data.
    public func defaultReports(currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) throws -> [URL] {
        let local = currentDirectory.appendingPathComponent("data/reports")
        return try Self.reports(in: FileManager.default.fileExists(atPath: local.path) ? local : reportsDirectory)
    }

    /// The report files of a directory: its visible `.txt` files, in name order (a README or a
    /// table beside them is no report). Throws when there is none.
    public static func reports(in directory: URL) throws -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        let files = names.filter { !$0.hasPrefix(".") && $0.lowercased().hasSuffix(".txt") }.sorted()
            .map { directory.appendingPathComponent($0) }
            .filter { !isDirectory($0) }
        guard !files.isEmpty else { throw KnowledgeBaseError.noReports(directory: directory.path) }
        return files
    }

    /// The files that command-line arguments name: a file as it is, a directory as its reports.
    public static func reportFiles(_ arguments: [String]) throws -> [URL] {
        try arguments.flatMap { argument -> [URL] in
            let url = URL(fileURLWithPath: argument)
            return isDirectory(url) ? try reports(in: url) : [url]
        }
    }

    /// Whether `url` names an existing directory.
    static func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}

extension KnowledgeBase {
    /// Ingests report files, one transaction each. Every file is read and checked first: if one is
    /// not a readable UTF-8 report, nothing is written at all. Then each is read again and ingested
    /// alone, so that one document at a time is in memory; `each` hears of every one as it is done.
    public func ingest(files: [URL], options: IngestOptions = IngestOptions(), checked: Bool = false,
                       each: (IngestResult) -> Void = { _ in }) throws -> [IngestResult] {
        try options.validate()
        if !checked { try ReportInput.check(files, resources: resources) }
        let pipeline = try Pipeline(dataDirectory: resources.dataDirectory)
        // Reading, parsing and extracting need no database: worker threads prepare the next documents
        // while this one writes them, in order, one transaction each.
        let known = try knownDocuments()
        let results = try ExtractionPipeline.run(count: files.count, prepare: { i in
            try Self.prepare(fileName: files[i].lastPathComponent, options: options, pipeline: pipeline, known: known) {
                try ReportInput.load(files[i], parser: pipeline.parser)
            }
        }, store: { prepared in
            let result = try store(prepared, options: options, pipeline: pipeline)
            each(result)
            return result
        })
        // Statistics for the query planner, where the new rows changed them.
        try writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA optimize") }
        return results
    }

    /// Ingests the text of one report in one transaction.
    public func ingest(text: String, fileName: String, options: IngestOptions = IngestOptions()) throws -> IngestResult {
        try options.validate()
        let pipeline = try Pipeline(dataDirectory: resources.dataDirectory)
        let prepared = try Self.prepare(fileName: fileName, options: options, pipeline: pipeline, known: knownDocuments()) {
            try ReportInput.parse(text, fileName: fileName, parser: pipeline.parser)
        }
        return try store(prepared, options: options, pipeline: pipeline)
    }

    /// Content hash → extraction hash of the documents already in the knowledge base.
    func knownDocuments() throws -> [String: String] {
        try writer.read { db in
            try Dictionary(Row.fetchAll(db, sql: "SELECT content_hash, coalesce(extraction_hash, '') FROM documents").map { ($0[0], $0[1]) },
                           uniquingKeysWith: { a, _ in a })
        }
    }

    /// A report parsed and extracted, ready to be written.
    struct PreparedDocument: Sendable {
        var report: ParsedReport
        var fileName: String
        var hash: String
        /// `nil` when the knowledge base holds this text extracted with the same data already.
        var extraction: DocumentExtraction?
        /// How long parsing and extracting took (not the wait for earlier documents to be stored).
        var seconds: Double
    }

    /// Parses (`parse`) and extracts a report, without the database; `known` (content hash →
    /// extraction hash) spares extracting a text that is already in, unchanged.
    static func prepare(fileName: String, options: IngestOptions, pipeline: Pipeline, known: [String: String],
                        parse: () throws -> ParsedReport) throws -> PreparedDocument {
        let started = Date()
        var report = try parse()
        let hash = SHA256.hex(report.text)
        // Metadata given on the command line wins, and extraction sees it: `--date 2022-11` is the
        // anchor of « octobre dernier ».
        if let title = options.title { report.metadata.title = title }
        if let date = options.date { report.metadata.date = date }
        if let publisher = options.publisher { report.metadata.publisher = publisher }
        let unchanged = !options.replace && known[hash] == pipeline.extractionFingerprint
        let extraction = unchanged ? nil : pipeline.extractor.extract(report)
        return PreparedDocument(report: report, fileName: fileName, hash: hash, extraction: extraction,
                                seconds: Date().timeIntervalSince(started))
    }

    /// Writes a prepared report in one transaction: new, replaced, re-extracted or unchanged.
    func store(_ prepared: PreparedDocument, options: IngestOptions, pipeline: Pipeline) throws -> IngestResult {
        let (report, fileName, hash) = (prepared.report, prepared.fileName, prepared.hash)
        // The document's own time: its preparation, and this write.
        let started = Date().addingTimeInterval(-prepared.seconds)
        return try writer.write { db in
            let entityIDs = try GazetteerStore.sync(pipeline.extractor.gazetteer, predicates: pipeline.predicates, fingerprint: pipeline.gazetteerFingerprint, db)
            var status = IngestResult.Status.ingested
            if let existing = try Row.fetchOne(db, sql: "SELECT id, extraction_hash FROM documents WHERE content_hash = ?", arguments: [hash]) {
                let id: Int64 = existing["id"]
                let extractedWith: String? = existing["extraction_hash"]
                if !options.replace && extractedWith == pipeline.extractionFingerprint {
                    return try DocumentStore.summary(of: id, file: fileName, status: .unchanged,
                                                     seconds: Date().timeIntervalSince(started), db)
                }
                try db.execute(sql: "DELETE FROM documents WHERE id = ?", arguments: [id])
                status = options.replace ? .replaced : .reextracted
            }
            // Another process may have changed the document since it was prepared: extract it now.
            let extraction = prepared.extraction ?? pipeline.extractor.extract(report)
            let id = try DocumentStore.insert(report, metadata: report.metadata, hash: hash, fileName: fileName, url: options.url,
                                              extraction: extraction, extractionHash: pipeline.extractionFingerprint,
                                              eventTypes: pipeline.extractor.eventFinder.lexicon,
                                              entityIDs: entityIDs, db)
            return try DocumentStore.summary(of: id, file: fileName, status: status, seconds: Date().timeIntervalSince(started), db)
        }
    }
}

/// Runs `prepare` for items 0..<count on worker threads (one per core) and `store` for each, in
/// order, on the calling thread. Each worker keeps at most two items prepared ahead, so memory holds
/// a few documents, not the corpus. The first error stops everything and is thrown.
enum ExtractionPipeline {
    final class Slot<T>: @unchecked Sendable {
        var value: Result<T, any Error>?
        let ready = DispatchSemaphore(value: 0)
    }

    final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var raised = false
        var isRaised: Bool { lock.withLock { raised } }
        func raise() { lock.withLock { raised = true } }
    }

    static func run<T: Sendable, R>(count: Int, workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                                    prepare: @escaping @Sendable (Int) throws -> T, store: (T) throws -> R) throws -> [R] {
        guard count > 1, workers > 1 else { return try (0..<count).map { try store(prepare($0)) } }
        let workers = min(workers, count)
        let slots = (0..<count).map { _ in Slot<T>() }
        // Item i may be prepared once item i - 2 × workers is stored: at most two ahead per worker.
        // (Made at 0 and signalled: libdispatch refuses to free a semaphore below its initial value.)
        let permits = (0..<workers).map { _ in DispatchSemaphore(value: 0) }
        for permit in permits { permit.signal(); permit.signal() }
        let stop = Flag()
        // Threads of their own, not the shared dispatch pool: they wait on permits, and a caller on a pool
        // thread must never wait for a worker that gets no thread.
        let group = DispatchGroup()
        for w in 0..<workers {
            group.enter()
            let thread = Thread {
                defer { group.leave() }
                for i in stride(from: w, to: count, by: workers) {
                    permits[w].wait()
                    if stop.isRaised { return }
                    slots[i].value = Result { try prepare(i) }
                    slots[i].ready.signal()
                }
            }
            thread.name = "kb-extract-\(w)"
            thread.start()
        }
        defer {
            // Release the workers (a failure stops them before their next item) and wait for them.
            stop.raise()
            for permit in permits { for _ in 0..<2 { permit.signal() } }
            group.wait()
        }
        var results: [R] = []
        results.reserveCapacity(count)
        for i in 0..<count {
            slots[i].ready.wait()
            let value = try slots[i].value!.get()
            slots[i].value = nil
            results.append(try store(value))
            permits[i % workers].signal()
        }
        return results
    }
}

extension Pipeline {
    /// SHA-256 over the relative paths and contents of the TSV files under `data/` (reports aside), and
    /// the identity of the running program (``buildIdentity``): a document is extracted again when
    /// either the data or kb's rules changed since.
    static func fingerprint(of dataDirectory: URL) -> String {
        let root = dataDirectory.standardizedFileURL.path
        let enumerator = FileManager.default.enumerator(atPath: root)
        var paths: [String] = []
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".tsv") && !path.hasPrefix("reports/") { paths.append(path) }
        }
        var bytes: [UInt8] = []
        for path in paths.sorted() {
            bytes += Array(path.utf8) + [0]
            if let data = FileManager.default.contents(atPath: root + "/" + path) { bytes += data }
        }
        bytes += Array(buildIdentity.utf8)
        return SHA256.hex(bytes: &bytes)
    }

    /// A 64-bit FNV-1a hash of the running executable's bytes (read once per process): another build of
    /// kb, whose extraction rules may differ, has another identity; the same build reinstalled has the same.
    /// `/proc/self/exe` is read as it is (it still opens when the file was replaced since kb started),
    /// a megabyte at a time.
    static let buildIdentity: String = {
        guard let file = FileHandle(forReadingAtPath: "/proc/self/exe") ?? CommandLine.arguments.first.flatMap({ FileHandle(forReadingAtPath: $0) }) else {
            return ""
        }
        defer { try? file.close() }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        while let chunk = try? file.read(upToCount: 1 << 20), !chunk.isEmpty {
            chunk.withUnsafeBytes { raw in
                for byte in raw.bindMemory(to: UInt8.self) {
                    hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
                }
            }
        }
        return String(hash, radix: 16)
    }()
}

/// Parser and extractor, loaded from `data/` once per ingest.
struct Pipeline {
    let parser: ReportParser
    let extractor: Extractor
    let predicates: PredicateVocabulary
    let gazetteerFingerprint: String
    /// Every data file extraction reads: a document extracted with other data is extracted again.
    let extractionFingerprint: String

    init(dataDirectory: URL) throws {
        do {
            let lexicon = try ParsingLexicon(dataDirectory: dataDirectory)
            parser = ReportParser(lexicon: lexicon)
            extractor = try Extractor(dataDirectory: dataDirectory, lexicon: lexicon)
            predicates = try PredicateVocabulary(dataDirectory: dataDirectory)
            gazetteerFingerprint = try GazetteerStore.fingerprint(dataDirectory.appendingPathComponent("gazetteer"))
            extractionFingerprint = Self.fingerprint(of: dataDirectory)
        } catch let error as DataFileError {
            throw KnowledgeBaseError.invalidData(error.description)
        }
    }
}
