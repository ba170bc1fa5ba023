import Foundation
import Testing

/// `kill -9` at any moment of an ingest leaves a database that passes `integrity_check` and holds
/// either all of the document or none of it.
@Suite struct KillTests {
    @Test func aKilledIngestLeavesAllOrNothing() throws {
        let folder = CLI.temporaryFolder()
        let input = try CLI.longReport(copies: 4, in: folder)
        var outcomes: Set<String> = []
        // Killed early (parsing), in the middle, late (writing), and not at all.
        for delay in [0.2, 1.5, 3.0, 4.5, 6.0, 60.0] {
            let db = folder.appendingPathComponent("kb-\(delay).sqlite").path
            #expect(try CLI.run(["backup", db, "--db", RelationsCommandTests.db]).status == 0)
            let ingest = try CLI.start(["ingest", input.path, "--db", db])
            let deadline = Date().addingTimeInterval(delay)
            while ingest.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
            if ingest.isRunning { kill(ingest.processIdentifier, SIGKILL) }
            ingest.waitUntilExit()
            let check = try CLI.run(["check", "--db", db])
            #expect(check.status == 0, "killed after \(delay) s: \(check.stdout)\(check.stderr)")
            let counts = try CLI.run(["sql", "select count(*) as n, (select count(*) from passages) as p from documents", "--csv", "--db", db]).stdout
            // The report alone, or the report and the long text in full.
            #expect(counts == "n,p\n1,262\n" || counts == "n,p\n2,\(262 + 4 * 262)\n", "killed after \(delay) s: \(counts)")
            outcomes.insert(counts)
        }
        // The last run was not killed: the long text is in, in full.
        #expect(outcomes.contains("n,p\n2,\(262 + 4 * 262)\n"))
    }
}
