import Foundation
import Testing

/// `kb sql`, `kb search`, `kb check`, `kb backup` and `kb restore` through the built binary.
@Suite(.serialized) struct MaintenanceCommandTests {
    /// A knowledge base of its own, since some tests replace it.
    static let db: String = {
        let path = CLI.temporaryFolder().appendingPathComponent("kb.sqlite").path
        _ = try! CLI.run(["backup", path, "--db", RelationsCommandTests.db])
        return path
    }()

    func bytes(_ path: String) -> Data { FileManager.default.contents(atPath: path) ?? Data() }

    @Test func sqlPrintsRowsAsJSONWithParameters() throws {
        let count = try CLI.run(["sql", "select count(*) as n from states", "--json", "--db", Self.db])
        #expect(count.status == 0, "\(count.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(count.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 1 && (rows[0]["n"] as? Int ?? 0) >= 197)
        let armenia = try CLI.run(["sql", "select e.name, s.iso3 from entities e join states s on s.entity_id = e.id where e.name_fr = :fr",
                                   "--param", "fr=Arménie", "--csv", "--db", Self.db])
        #expect(armenia.stdout == "name,iso3\nArmenia,ARM\n")
        // Two columns of one name: the second is id_2.
        let both = try CLI.run(["sql", "select p.id, d.id from passages p join documents d on d.id = p.document_id limit 1", "--json", "--db", Self.db])
        #expect(both.status == 0 && both.stdout.contains("\"id_2\""))
        let syntax = try CLI.run(["sql", "selec 1", "--db", Self.db])
        #expect(syntax.status == 1 && syntax.stderr.hasPrefix("kb: invalid SQL: near \"selec\""))
        let range = try CLI.run(["events", "--from", "2022", "--to", "2021", "--db", Self.db])
        #expect(range.status == 1 && range.stderr == "kb: --from 2022 is after --to 2021\n")
    }

    @Test(arguments: ["delete from states", "update entities set name = 'x'", "drop table states", "attach 'other.db' as o",
                      "pragma writable_schema = 1", "pragma cache_size(10)", "select load_extension('evil')", "create table t(x)", "select 1; delete from states"])
    func sqlRefusesWhatWouldChangeTheFile(_ query: String) throws {
        // Reading a WAL database may create its empty -wal file: content, not presence, is compared.
        func content() -> [Data] { CLI.snapshot(Self.db).map { $0 ?? Data() } }
        let before = content()
        let result = try CLI.run(["sql", query, "--db", Self.db])
        #expect(result.status == 1, "\(query)")
        #expect(result.stderr.hasPrefix("kb: query refused: ") && result.stderr.hasSuffix("never changes the file\n"), "\(result.stderr)")
        #expect(content() == before)
    }

    @Test func searchIsAccentBlind() throws {
        let result = try CLI.run(["search", "armenie", "--json", "--db", Self.db])
        let hits = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(hits.count >= 10)
        #expect(hits.allSatisfy { ($0["sentence"] as? String)?.contains("Arménie") == true || ($0["sentence"] as? String)?.contains("arméni") == true })
        #expect(hits.contains { ($0["snippet"] as? String)?.contains("[Arménie]") == true && $0["page"] as? Int == 12 })
        let phrase = try CLI.run(["search", "\"guerre en Ukraine\"", "--db", Self.db])
        #expect(phrase.status == 0 && phrase.stdout.contains("[guerre en Ukraine]"))
    }

    @Test func backupIsVerifiedAndRestoreSwapsAtomically() throws {
        let folder = CLI.temporaryFolder()
        let copy = folder.appendingPathComponent("backup.sqlite").path
        let first = try CLI.run(["backup", copy, "--db", Self.db])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("integrity ok") && first.stdout.contains("passages 262"))
        let again = try CLI.run(["backup", copy, "--db", Self.db])
        #expect(again.status == 1 && again.stderr == "kb: \(copy) already exists; use --force to replace it\n")
        #expect(try CLI.run(["backup", copy, "--force", "--db", Self.db]).status == 0)
        let check = try CLI.run(["check", "--db", copy])
        #expect(check.status == 0 && check.stdout.contains("ok       integrity_check: ok"))
        // A copy with damaged pages fails the check, and is refused by restore.
        var damaged = bytes(copy)
        for offset in stride(from: 8192, to: damaged.count, by: 8192) { damaged.replaceSubrange((offset + 16)..<(offset + 80), with: Data(repeating: 7, count: 64)) }
        let bad = folder.appendingPathComponent("bad.sqlite").path
        FileManager.default.createFile(atPath: bad, contents: damaged)
        #expect(try CLI.run(["check", "--db", bad]).status == 1)
        let target = folder.appendingPathComponent("target.sqlite").path
        try FileManager.default.copyItem(atPath: Self.db, toPath: target)
        let before = bytes(target)
        #expect(try CLI.run(["restore", bad, "--db", target]).status == 1)
        #expect(bytes(target) == before)
        let restored = try CLI.run(["restore", copy, "--db", target])
        #expect(restored.status == 0 && restored.stdout.hasPrefix("restored \(copy) into \(target)"))
        #expect(try CLI.run(["sql", "select count(*) as n from passages", "--csv", "--db", target]).stdout == "n\n262\n")
    }
}

/// `kb backup` while another process ingests: the copy is consistent (it passes the check and holds
/// either the document being ingested in full, or none of it).
@Suite struct BackupDuringIngestTests {
    @Test func backupDuringAnIngestIsConsistent() throws {
        let folder = CLI.temporaryFolder()
        let db = folder.appendingPathComponent("kb.sqlite").path
        #expect(try CLI.run(["backup", db, "--db", RelationsCommandTests.db]).status == 0)
        let input = try CLI.longReport(copies: 6, in: folder)
        let ingest = try CLI.start(["ingest", input.path, "--db", db])
        // Back up again and again while the ingest runs — through its parsing and its write — and once after.
        var copies: [String] = []
        repeat {
            let copy = folder.appendingPathComponent("copy\(copies.count).sqlite").path
            let backup = try CLI.run(["backup", copy, "--db", db])
            #expect(backup.status == 0, "\(backup.stderr)")
            copies.append(copy)
        } while ingest.isRunning && copies.count < 60
        ingest.waitUntilExit()
        #expect(ingest.terminationStatus == 0)
        let counts = "select count(*) as n, (select count(*) from passages) as p from documents"
        let final = try CLI.run(["sql", counts, "--csv", "--db", db]).stdout
        #expect(final.hasPrefix("n,p\n2,"))
        for copy in copies {
            #expect(try CLI.run(["check", "--db", copy]).status == 0)
            // One document (the report alone) or two (the long one in full): never a part of it.
            let documents = try CLI.run(["sql", counts, "--csv", "--db", copy]).stdout
            #expect(documents == "n,p\n1,262\n" || documents == final, "\(documents)")
        }
        #expect(try CLI.run(["sql", "select count(*) as n from documents", "--csv", "--db", db]).stdout == "n\n2\n")
    }
}
