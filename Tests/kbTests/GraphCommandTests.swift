import Foundation
import Testing

/// `kb graph` through the built binary.
@Suite struct GraphCommandTests {
    static var db: String { RelationsCommandTests.db }

    @Test func dotColoursConflictAndCooperation() throws {
        let result = try CLI.run(["graph", "Armenia", "--db", Self.db])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("digraph kb {") && result.stdout.hasSuffix("}\n"))
        #expect(result.stdout.contains("[label=\"Armenia\", shape=ellipse]"))
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.contains { $0.contains("in armed conflict with") && $0.contains("color=red3") && $0.contains("dir=none") })
        #expect(lines.contains { $0.contains("visits") && $0.contains("color=darkgreen") })
        #expect(lines.contains { $0.contains("NOT left") && $0.contains("style=dashed") })
    }

    @Test func jsonHasNodesAndEdges() throws {
        let result = try CLI.run(["graph", "--format", "json", "--db", Self.db])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let nodes = try #require(object["nodes"] as? [[String: Any]]), edges = try #require(object["edges"] as? [[String: Any]])
        let ids = Set(nodes.compactMap { $0["id"] as? Int })
        #expect(edges.allSatisfy { ids.contains($0["source"] as? Int ?? -1) && ids.contains($0["target"] as? Int ?? -1) })
        // The strongest edge is the Russo-Ukrainian war, one symmetric edge whatever the order of names.
        let name = Dictionary(uniqueKeysWithValues: nodes.compactMap { n in (n["id"] as? Int).map { ($0, n["name"] as? String ?? "") } })
        let first = try #require(edges.first)
        #expect(first["predicate"] as? String == "armed_conflict_with" && first["symmetric"] as? Bool == true)
        #expect(Set([name[first["source"] as? Int ?? -1], name[first["target"] as? Int ?? -1]]) == ["Russia", "Ukraine"])
        #expect(edges.allSatisfy { ["cooperation", "conflict", "neutral"].contains($0["class"] as? String ?? "") })
        // Edges are sorted by support: the strongest first.
        let supports = edges.compactMap { $0["support"] as? Int }
        #expect(supports == supports.sorted(by: >))
    }

    @Test func svgWithoutGraphvizSaysHowToInstallIt() throws {
        let empty = CLI.temporaryFolder().path
        let result = try CLI.run(["graph", "--format", "svg", "--db", Self.db], environment: ["PATH": empty])
        #expect(result.status == 1)
        #expect(result.stderr == "kb: Graphviz's dot is not installed: run `sudo apt-get install graphviz`, or use --format dot\n")
    }
}
