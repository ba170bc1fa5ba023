import Foundation
import Testing

/// `kb eval` against the repository's gold annotation of pages 5–8.
@Suite struct EvalCommandTests {
    @Test func mentionsMeetTheBarOfTheAnnotation() throws {
        let result = try CLI.run(["eval", "--json", "--db", RelationsCommandTests.db])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let scores = try #require(object["scores"] as? [[String: Any]])
        let mentions = try #require(scores.first { $0["name"] as? String == "mentions" })
        let gold = mentions["gold"] as? Int ?? 0, found = mentions["found"] as? Int ?? 0, stored = mentions["stored"] as? Int ?? 1
        #expect(gold >= 250)
        // Recall and precision of entity mentions on the annotated pages.
        #expect(Double(found) / Double(gold) >= 0.96)
        #expect(Double(found) / Double(stored) >= 0.95)
        let states = try #require(scores.first { $0["name"] as? String == "mentions of state" })
        #expect(Double(states["found"] as? Int ?? 0) / Double(states["gold"] as? Int ?? 1) >= 0.96)
        // Step 2's bar: 97% of the states, organizations and persons of the prose.
        let actors = try #require(scores.first { $0["name"] as? String == "states, organizations, persons" })
        #expect(actors["gold"] as? Int == 222)
        #expect(Double(actors["found"] as? Int ?? 0) / 222 >= 0.97)
        #expect(object["skipped"] as? Int == 10)
        // Events: the annotation's 35 dated events; those kb finds carry their date.
        let dated = try #require(scores.first { $0["name"] as? String == "dated events" })
        #expect(dated["gold"] as? Int == 35 && (dated["found"] as? Int ?? 0) >= 18)
        let right = try #require(scores.first { $0["name"] as? String == "dates of events kb dates" })
        #expect(Double(right["found"] as? Int ?? 0) / Double(right["gold"] as? Int ?? 1) >= 0.9)
    }

    @Test func tableNamesEachMeasure() throws {
        let result = try CLI.run(["eval", "eval/annotation", "--db", RelationsCommandTests.db])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("MEASURE"))
        for line in ["mentions of person", "mentions of region", "footnote alignments"] { #expect(result.stdout.contains(line)) }
        // 25 misses by default, the rest counted; --misses 0 lists them all (the relations come last).
        #expect(result.stdout.contains(" more (--misses 0 lists them all)"))
        let all = try CLI.run(["eval", "--misses", "0", "--db", RelationsCommandTests.db]).stdout
        #expect(!all.contains("--misses 0 lists them all"))
        #expect(all.contains("relation: Transnistria supports Russia (page 5)"))
    }
}

extension EvalCommandTests {
    /// The three annotations (pages 2–4, 5–8, 9–12) measured as one: their counts add up.
    @Test func severalAnnotationsAddUp() throws {
        func footnotes(_ folders: [String]) throws -> (gold: Int, found: Int) {
            let result = try CLI.run(["eval", "--json", "--db", RelationsCommandTests.db] + folders)
            #expect(result.status == 0, "\(result.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let scores = try #require(object["scores"] as? [[String: Any]])
            let row = try #require(scores.first { $0["name"] as? String == "footnote alignments" })
            return (row["gold"] as? Int ?? 0, row["found"] as? Int ?? 0)
        }
        let folders = ["eval/annotation-p2-4", "eval/annotation", "eval/annotation-p9-12"]
        let parts = try folders.map { try footnotes([$0]) }
        #expect(parts.map(\.gold) == [44, 61, 30])
        let all = try footnotes(folders)
        #expect(all.gold == 135 && all.found == parts.map(\.found).reduce(0, +))
        // Two footnotes in three agree with the annotations' alignment at least.
        #expect(Double(all.found) / Double(all.gold) >= 0.65)
    }
}
