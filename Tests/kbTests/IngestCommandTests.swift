import Foundation
import Testing
import KBParsing

/// `kb ingest` through the built binary: the summary, re-ingesting, and bad input.
@Suite struct IngestCommandTests {
    @Test func ingestsTheBundledReportThenSaysUnchanged() throws {
        let db = CLI.temporaryFolder().appendingPathComponent("kb.sqlite").path
        let first = try CLI.run(["ingest", "--db", db])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("ingested   ras-nsa-22-2023-02-recompositions-post-sovietiques.txt"))
        #expect(first.stdout.contains("pages 13 · sentences 262 · footnotes 135"))
        #expect(first.stderr.isEmpty)
        let second = try CLI.run(["ingest", "--db", db])
        #expect(second.status == 0)
        #expect(second.stdout.hasPrefix("unchanged  ras-nsa-22-2023-02-recompositions-post-sovietiques.txt: already in \(db) as document 1"))
    }

    @Test func kbDBEnvironmentVariableChoosesTheFile() throws {
        let folder = CLI.temporaryFolder()
        let db = folder.appendingPathComponent("env.sqlite").path
        let result = try CLI.run(["ingest", "--json"], environment: ["KB_DB": db])
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: db))
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
        #expect(json?.first?["pages"] as? Int == 13)
        #expect(json?.first?["status"] as? String == "ingested")
    }

    /// Each bad input: one line on stderr, exit 1, and the database byte for byte as it was.
    @Test(arguments: [
        ("missing", nil as Data?, "no such file"),
        ("empty.txt", Data(), "is empty"),
        ("blank.txt", Data("  \n \n".utf8), "is empty"),
        ("image.png", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]), "is not text (a PNG image)"),
        ("nul.txt", Data("La Russie\u{0}\u{0} envahit".utf8), "contains NUL bytes"),
        ("latin1.txt", Data([0x4C, 0x27, 0x41, 0x72, 0x6D, 0xE9, 0x6E, 0x69, 0x65, 0x2E, 0x0A]), "looks like Latin-1 or Windows-1252; convert it with iconv"),
    ])
    func badInputIsRefusedAndTheDatabaseUntouched(name: String, content: Data?, message: String) throws {
        let folder = CLI.temporaryFolder()
        let db = folder.appendingPathComponent("kb.sqlite").path
        #expect(try CLI.run(["ingest", "--db", db]).status == 0)
        let before = CLI.snapshot(db)
        let input = folder.appendingPathComponent(name)
        if let content { try content.write(to: input) }
        let result = try CLI.run(["ingest", "--db", db, input.path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("kb: \(input.path)"))
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(CLI.snapshot(db) == before)
    }

    /// Random bytes, and a file larger than one report may be (sparse: nothing is read to refuse it).
    @Test func randomBytesAndAHugeFileAreRefused() throws {
        let folder = CLI.temporaryFolder()
        let db = folder.appendingPathComponent("kb.sqlite").path
        #expect(try CLI.run(["backup", db, "--db", RelationsCommandTests.db]).status == 0)
        let before = CLI.snapshot(db)
        var state: UInt64 = 7
        let noise = Data((0..<4096).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return UInt8(truncatingIfNeeded: state >> 33)
        })
        let random = folder.appendingPathComponent("random.bin")
        try noise.write(to: random)
        let huge = folder.appendingPathComponent("huge.txt")
        FileManager.default.createFile(atPath: huge.path, contents: Data("Arménie\n".utf8))
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: 70_000_000)
        try handle.close()
        for (input, message) in [(random, "is not text"), (huge, "is 70 MB, over the 64 MB limit for one report; split it")] {
            let result = try CLI.run(["ingest", "--db", db, input.path])
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("kb: \(input.path) ") && result.stderr.contains(message), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
        #expect(CLI.snapshot(db) == before)
    }

    @Test func aDirectoryStandsForItsTextFiles() throws {
        let folder = CLI.temporaryFolder()
        let reports = folder.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        try Data("L’Arménie a quitté l’OTSC en 2023 selon Erevan.\n".utf8).write(to: reports.appendingPathComponent("b.txt"))
        try Data("La Géorgie a signé un accord avec la Turquie en mars 2022.\n".utf8).write(to: reports.appendingPathComponent("a.txt"))
        try Data("# not a report\n".utf8).write(to: reports.appendingPathComponent("README.md"))
        let db = folder.appendingPathComponent("kb.sqlite").path
        let result = try CLI.run(["ingest", "--db", db, "--json", reports.path])
        #expect(result.status == 0, "\(result.stderr)")
        let files = try (JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []).compactMap { $0["file"] as? String }
        #expect(files == ["a.txt", "b.txt"])
    }

    @Test func badInputNeverCreatesTheDatabase() throws {
        let folder = CLI.temporaryFolder()
        let db = folder.appendingPathComponent("kb.sqlite").path
        let result = try CLI.run(["ingest", "--db", db, folder.path])
        #expect(result.status == 1)
        #expect(result.stderr == "kb: no reports (.txt files) in \(folder.path)\n")
        #expect(!FileManager.default.fileExists(atPath: db))
        // A text with no sentence (a lone heading) is refused before the database is created too.
        let heading = folder.appendingPathComponent("heading.txt")
        try Data("Titre\n".utf8).write(to: heading)
        let noText = try CLI.run(["ingest", "--db", db, heading.path])
        #expect(noText.status == 1 && noText.stderr == "kb: heading.txt holds no sentences to ingest\n")
        #expect(!FileManager.default.fileExists(atPath: db))
    }

    /// A text without the report's layout (no page header, no footnote block) is one page.
    @Test func aTextWithoutLayoutIsIngestedAsOnePage() throws {
        let folder = CLI.temporaryFolder()
        let note = folder.appendingPathComponent("note.txt")
        try Data("L’Arménie et l’Azerbaïdjan se sont affrontés en septembre 2022. Charles Michel a tenté une médiation entre Erevan et Bakou.\n".utf8).write(to: note)
        let db = folder.appendingPathComponent("kb.sqlite").path
        let result = try CLI.run(["ingest", note.path, "--date", "2023-02", "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("pages 1 · sentences 2 · footnotes 0"))
        // The same rules as for the report: a compound past (« se sont affrontés ») and a light verb (« a tenté une médiation »).
        let relations = try CLI.run(["relations", "Armenia", "--db", db]).stdout
        #expect(relations.contains("↔ in armed conflict with  2022-09"), "\(relations)")
        #expect(relations.contains("Charles Michel  ← mediates between"), "\(relations)")
        let events = try CLI.run(["events", "--db", db]).stdout
        #expect(events.contains("2022-09  armed clash  Armenia (party), Azerbaijan (party)"), "\(events)")
    }

    @Test func aFileThatIsNotAKnowledgeBaseIsRefused() throws {
        let folder = CLI.temporaryFolder()
        let db = folder.appendingPathComponent("notes.txt")
        try Data("my notes\n".utf8).write(to: db)
        let result = try CLI.run(["ingest", "--db", db.path])
        #expect(result.status == 1)
        #expect(result.stderr == "kb: \(db.path) is not a kb database; choose another --db path\n")
        #expect(try Data(contentsOf: db) == Data("my notes\n".utf8))
    }
}

/// `--db` at a file kb must not or cannot write: refused with one line, the file untouched; a
/// read-only knowledge base still answers queries.
@Suite struct BadDatabaseTests {
    @Test func randomBytesAreNotAKnowledgeBase() throws {
        let folder = CLI.temporaryFolder()
        let db = folder.appendingPathComponent("noise.sqlite")
        var generator = SystemRandomNumberGenerator()
        let noise = Data((0..<8192).map { _ in UInt8.random(in: 0...255, using: &generator) })
        try noise.write(to: db)
        for arguments in [["ingest"], ["relations", "Armenia"], ["sql", "select 1"], ["check"]] {
            let result = try CLI.run(arguments + ["--db", db.path])
            #expect(result.status == 1)
            #expect(result.stderr == "kb: \(db.path) is not a kb database; choose another --db path\n", "\(arguments): \(result.stderr)")
        }
        #expect(try Data(contentsOf: db) == noise)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["noise.sqlite"])
    }

    /// A SQLite database of another application: refused by every command, byte for byte untouched.
    @Test func anotherSQLiteDatabaseIsNotAKnowledgeBase() throws {
        let folder = CLI.temporaryFolder()
        let db = folder.appendingPathComponent("other.sqlite").path
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        sqlite.arguments = [db, "create table notes(id integer primary key, text text); insert into notes(text) values ('mine');"]
        try sqlite.run()
        sqlite.waitUntilExit()
        #expect(sqlite.terminationStatus == 0)
        let before = CLI.snapshot(db)
        for arguments in [["ingest"], ["relations", "Armenia"], ["sql", "select * from notes"], ["backup", folder.appendingPathComponent("copy").path]] {
            let result = try CLI.run(arguments + ["--db", db])
            #expect(result.status == 1)
            #expect(result.stderr == "kb: \(db) is not a kb database; choose another --db path\n", "\(arguments): \(result.stderr)")
        }
        #expect(CLI.snapshot(db) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["other.sqlite"])
    }

    @Test func aReadOnlyKnowledgeBaseAnswersButIsNotWritten() throws {
        let folder = CLI.temporaryFolder()
        let db = folder.appendingPathComponent("kb.sqlite").path
        #expect(try CLI.run(["backup", db, "--db", RelationsCommandTests.db]).status == 0)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: db)
        let before = CLI.snapshot(db)
        let ingest = try CLI.run(["ingest", "--replace", "--db", db], unprivileged: true)
        #expect(ingest.status == 1)
        #expect(ingest.stderr == "kb: \(db) is read-only; kb cannot write it: make it writable or choose another --db path\n")
        // Queries need no write: they answer from the read-only file, its folder writable or not.
        for mode in [0o755, 0o555] {
            try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: folder.path)
            let relations = try CLI.run(["relations", "Armenia", "--db", db], unprivileged: true)
            #expect(relations.status == 0, "\(relations.stderr)")
            #expect(relations.stdout.contains("Azerbaijan"))
            let sql = try CLI.run(["sql", "select count(*) as n from documents", "--csv", "--db", db], unprivileged: true)
            #expect(sql.stdout == "n\n1\n", "\(sql.stderr)")
        }
        #expect(CLI.snapshot(db) == before)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
    }

    @Test func aReadOnlyFolderIsRefusedBeforeAnythingIsCreated() throws {
        let folder = CLI.temporaryFolder()
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
        let db = folder.appendingPathComponent("kb.sqlite").path
        let result = try CLI.run(["ingest", "--db", db], unprivileged: true)
        #expect(result.status == 1)
        #expect(result.stderr == "kb: cannot create \(db): its folder is read-only; choose another --db path\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
    }
}

/// Schema versions and line endings, through the built `kb`.
@Suite struct SchemaVersionCommandTests {
    /// `PRAGMA user_version` sits at byte 60 of a SQLite file, big-endian.
    static func setUserVersion(_ version: UInt32, of path: String) throws {
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        withUnsafeBytes(of: version.bigEndian) { bytes.replaceSubrange(60..<64, with: $0) }
        try bytes.write(to: URL(fileURLWithPath: path))
    }

    static func userVersion(of path: String) throws -> UInt32 {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        return bytes[60..<64].reduce(0) { $0 << 8 | UInt32($1) }
    }

    @Test func aNewerSchemaIsRefusedWithBothVersionsNamed() throws {
        let folder = CLI.temporaryFolder()
        let db = folder.appendingPathComponent("kb.sqlite").path
        #expect(try CLI.run(["backup", db, "--db", RelationsCommandTests.db]).status == 0)
        let current = try Self.userVersion(of: db)
        #expect(current >= 9)
        try Self.setUserVersion(99, of: db)
        let before = CLI.snapshot(db)
        for arguments in [["ingest"], ["relations", "Armenia"], ["sql", "select 1"]] {
            let result = try CLI.run(arguments + ["--db", db])
            #expect(result.status == 1)
            #expect(result.stderr == "kb: \(db) has schema version 99, newer than the \(current) this kb supports; upgrade kb\n", "\(result.stderr)")
        }
        #expect(CLI.snapshot(db) == before)
    }

    /// A knowledge base of schema 8 (made by sqlite3 from the first eight migrations) is copied beside
    /// itself, then migrated and ingested into.
    @Test func anOlderSchemaIsMigratedAfterACopyBesideIt() throws {
        let folder = CLI.temporaryFolder()
        let db = folder.appendingPathComponent("kb.sqlite").path
        let schema = CLI.repositoryRoot.appendingPathComponent("schema")
        let files = try FileManager.default.contentsOfDirectory(atPath: schema.path).filter { $0.hasSuffix(".sql") }.sorted()
        let sql = try files.prefix(8).map { try String(contentsOf: schema.appendingPathComponent($0), encoding: .utf8) }.joined(separator: "\n")
        #expect(try Self.sqlite3(db, sql) == 0)
        #expect(try Self.userVersion(of: db) == 8)
        let original = try Data(contentsOf: URL(fileURLWithPath: db))
        let result = try CLI.run(["ingest", "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Self.userVersion(of: db + ".v8.bak") == 8)
        // The copy holds what the file held: the schema of version 8, no document.
        #expect(try Data(contentsOf: URL(fileURLWithPath: db + ".v8.bak"))[68..<72] == original[68..<72])
        let version = try CLI.run(["sql", "pragma user_version", "--csv", "--db", db]).stdout
        #expect(version == "user_version\n\(files.count)\n")
        #expect(try CLI.run(["relations", "Armenia", "--db", db]).stdout.contains("Azerbaijan"))
    }

    /// Runs `sql` through the sqlite3 shell on the file `db`; its exit status.
    static func sqlite3(_ db: String, _ sql: String) throws -> Int32 {
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        sqlite.arguments = [db]
        let input = Pipe()
        sqlite.standardInput = input
        try sqlite.run()
        input.fileHandleForWriting.write(Data(sql.utf8))
        try input.fileHandleForWriting.close()
        sqlite.waitUntilExit()
        return sqlite.terminationStatus
    }

    /// A report extracted before schema 10 (footnotes without confidence) is extracted again by the
    /// next ingest of its file, although `data/` did not change since.
    @Test func aReportAlignedBeforeSchema10IsExtractedAgain() throws {
        let folder = CLI.temporaryFolder()
        let db = folder.appendingPathComponent("kb.sqlite").path
        let schema = CLI.repositoryRoot.appendingPathComponent("schema")
        let files = try FileManager.default.contentsOfDirectory(atPath: schema.path).filter { $0.hasSuffix(".sql") }.sorted()
        let report = CLI.repositoryRoot.appendingPathComponent("data/reports/ras-nsa-22-2023-02-recompositions-post-sovietiques.txt")
        let hash = SHA256.hex(try String(contentsOf: report, encoding: .utf8))
        // What today's data/ gives as the fingerprint of an extraction: read from a fresh knowledge base.
        let scratch = folder.appendingPathComponent("scratch.sqlite").path
        #expect(try CLI.run(["ingest", "--db", scratch]).status == 0)
        let fingerprint = try CLI.run(["sql", "select extraction_hash from documents", "--csv", "--db", scratch]).stdout
            .split(separator: "\n").last.map(String.init) ?? ""
        #expect(fingerprint.count == 64)
        // The report as schema 9 held it, extracted with the same data/ as today.
        let sql = try files.prefix(9).map { try String(contentsOf: schema.appendingPathComponent($0), encoding: .utf8) }.joined(separator: "\n")
            + """

            INSERT INTO documents(content_hash, file_name, language, text, page_count, ingested_at, extraction_hash)
            VALUES ('\(hash)', '\(report.lastPathComponent)', 'fr', 'old', 1, '2026-01-01T00:00:00Z', '\(fingerprint)');
            INSERT INTO pages(document_id, number, start_char, end_char) VALUES (1, 1, 0, 3);
            """
        #expect(try Self.sqlite3(db, sql) == 0)
        #expect(try Self.userVersion(of: db) == 9)
        let result = try CLI.run(["ingest", "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("updated"))
        let counts = try CLI.run(["sql", "select count(*), count(confidence), count(passage_id) from footnotes", "--csv", "--db", db]).stdout
        #expect(counts.hasPrefix("count(*),count(confidence),count(passage_id)\n135,"))
        let numbers = counts.split(separator: "\n")[1].split(separator: ",")
        #expect(numbers[1] == numbers[2] && Int(numbers[1])! > 100)
    }

    /// Another build of kb (other rules in its code) extracts again what an older build extracted, with
    /// the same data/; the same build, copied elsewhere, leaves it unchanged.
    @Test func anotherBuildOfKbExtractsAgain() throws {
        let folder = CLI.temporaryFolder()
        let db = folder.appendingPathComponent("kb.sqlite").path
        #expect(try CLI.run(["ingest", "--db", db]).stdout.hasPrefix("ingested"))
        let copy = folder.appendingPathComponent("kb")
        try FileManager.default.copyItem(at: CLI.executable, to: copy)
        func ingest(with executable: URL) throws -> String {
            let process = Process()
            process.executableURL = executable
            process.arguments = ["ingest", "--db", db]
            process.currentDirectoryURL = CLI.repositoryRoot
            let out = Pipe()
            process.standardOutput = out
            process.standardError = FileHandle.nullDevice
            try process.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: data, as: UTF8.self)
        }
        #expect(try ingest(with: copy).hasPrefix("unchanged"))
        // Bytes appended to the executable make it another build, which still runs.
        let handle = try FileHandle(forWritingTo: copy)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("another build".utf8))
        try handle.close()
        #expect(try ingest(with: copy).hasPrefix("updated"))
        #expect(try ingest(with: copy).hasPrefix("unchanged"))
    }

    /// The report with CRLF line endings gives the same knowledge base as with LF.
    @Test func crlfIngestsExactlyLikeLF() throws {
        let folder = CLI.temporaryFolder()
        let report = try String(contentsOf: CLI.repositoryRoot.appendingPathComponent("data/reports/ras-nsa-22-2023-02-recompositions-post-sovietiques.txt"), encoding: .utf8)
        let crlf = folder.appendingPathComponent("crlf.txt")
        try report.replacingOccurrences(of: "\n", with: "\r\n").write(to: crlf, atomically: true, encoding: .utf8)
        let db = folder.appendingPathComponent("kb.sqlite").path
        let ingest = try CLI.run(["ingest", crlf.path, "--db", db])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stdout.contains("pages 13 · sentences 262 · footnotes 135"))
        let counts = """
            select (select count(*) from mentions) as m, (select count(*) from events) as e, (select count(*) from assertions) as a,
                   (select count(*) from footnotes where passage_id is not null) as f, (select group_concat(text, '|') from passages) as t
            """
        let lf = try CLI.run(["sql", counts, "--csv", "--db", RelationsCommandTests.db]).stdout
        #expect(try CLI.run(["sql", counts, "--csv", "--db", db]).stdout == lf)
        #expect(try CLI.run(["relations", "Armenia", "--json", "--db", db]).stdout.replacingOccurrences(of: "crlf.txt", with: "X")
                == CLI.run(["relations", "Armenia", "--json", "--db", RelationsCommandTests.db]).stdout
                    .replacingOccurrences(of: "ras-nsa-22-2023-02-recompositions-post-sovietiques.txt", with: "X"))
    }
}
