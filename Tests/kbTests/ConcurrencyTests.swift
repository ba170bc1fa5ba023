import Foundation
import Testing

/// Two ingests at once, and queries while an ingest runs, through the built `kb`.
@Suite struct ConcurrencyTests {
    static let counts = "select count(*) as n, (select count(*) from passages) as p from documents"

    /// Two processes ingest into a file that does not exist yet — the same long report, and the
    /// bundled one: they serialize (busy timeout, one migration), neither fails, nothing is doubled.
    @Test func twoIngestsAtOnceSerialize() throws {
        let folder = CLI.temporaryFolder()
        let input = try CLI.longReport(copies: 3, in: folder)
        let db = folder.appendingPathComponent("kb.sqlite").path
        let ingests = try [
            CLI.start(["ingest", input.path, "--db", db]),
            CLI.start(["ingest", input.path, "--db", db]),
            CLI.start(["ingest", "--db", db]),
        ]
        for ingest in ingests {
            ingest.waitUntilExit()
            #expect(ingest.terminationStatus == 0)
        }
        #expect(try CLI.run(["check", "--db", db]).status == 0)
        // The bundled report once, the long one once: 262 + 3 × 262 sentences.
        #expect(try CLI.run(["sql", Self.counts, "--csv", "--db", db]).stdout == "n,p\n2,\(262 * 4)\n")
        #expect(try CLI.run(["sql", "select count(*) as n from documents where file_name = 'long.txt'", "--csv", "--db", db]).stdout == "n\n1\n")
    }

    /// While an ingest writes, `kb relations` and `kb sql` keep answering, each from one consistent
    /// state: the knowledge base before the new document, or after it — never part of it.
    @Test func queriesAnswerDuringAnIngest() throws {
        let folder = CLI.temporaryFolder()
        let db = folder.appendingPathComponent("kb.sqlite").path
        #expect(try CLI.run(["backup", db, "--db", RelationsCommandTests.db]).status == 0)
        let before = try CLI.run(["sql", Self.counts, "--csv", "--db", db]).stdout
        #expect(before == "n,p\n1,262\n")
        let input = try CLI.longReport(copies: 4, in: folder)
        let ingest = try CLI.start(["ingest", input.path, "--db", db])
        var answers = 0
        repeat {
            let relations = try CLI.run(["relations", "Armenia", "--json", "--db", db])
            #expect(relations.status == 0, "\(relations.stderr)")
            let json = try JSONSerialization.jsonObject(with: Data(relations.stdout.utf8)) as? [String: Any]
            let counterparts = (json?["relations"] as? [[String: Any]])?.compactMap { ($0["counterpart"] as? [String: Any])?["name"] as? String } ?? []
            #expect(counterparts.contains("Azerbaijan"))
            let counts = try CLI.run(["sql", Self.counts, "--csv", "--db", db]).stdout
            #expect(counts == before || counts == "n,p\n2,\(262 * 5)\n", "\(counts)")
            answers += 1
        } while ingest.isRunning && answers < 200
        ingest.waitUntilExit()
        #expect(ingest.terminationStatus == 0)
        #expect(answers > 1)
        #expect(try CLI.run(["sql", Self.counts, "--csv", "--db", db]).stdout == "n,p\n2,\(262 * 5)\n")
    }
}
