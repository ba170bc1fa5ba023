import ArgumentParser
import Foundation
import KnowledgeBase

enum GraphFormat: String, ExpressibleByArgument, CaseIterable {
    case dot, json, svg
}

extension KB {
    struct Graph: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draw the relations network: entities, and typed relations weighted by support, green for cooperation, red for conflict.",
            discussion: """
                With NAME, only that entity's relations. --format dot prints Graphviz source; svg renders it through \
                Graphviz's `dot` (apt-get install graphviz); json prints {"nodes": […], "edges": […]}.
                """
        )

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "Only the relations of this entity.")
        var name: String?

        @Option(help: "dot, json or svg.")
        var format: GraphFormat = .dot

        @Flag(help: "Include co-mentions.")
        var all = false

        func run() throws {
            try reportingFailure {
                let graph = try database.openExisting().graph(of: name, includeCoMentions: all)
                switch format {
                case .json: try JSON.print(graph)
                case .dot: print(Self.dot(graph), terminator: "")
                case .svg: print(try Self.render(Self.dot(graph)), terminator: "")
                }
            }
        }

        static func dot(_ graph: RelationGraph) -> String {
            func quoted(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
            let shapes = ["state": "ellipse", "organization": "box", "person": "plaintext", "place": "diamond", "region": "hexagon"]
            var lines = ["digraph kb {", "  graph [overlap=false, splines=true];", "  node [fontname=\"Helvetica\", fontsize=10];",
                         "  edge [fontname=\"Helvetica\", fontsize=8];"]
            for n in graph.nodes {
                lines.append("  n\(n.id) [label=\(quoted(n.name)), shape=\(shapes[n.kind] ?? "ellipse")];")
            }
            for e in graph.edges {
                let color = e.relationClass == "cooperation" ? "darkgreen" : e.relationClass == "conflict" ? "red3" : "gray50"
                var attributes = ["label=\(quoted((e.polarity == "negated" ? "NOT " : "") + e.label + " (\(e.support))"))", "color=\(color)",
                                  "fontcolor=\(color)", "penwidth=\(String(format: "%.1f", 1 + log2(Double(e.support))))"]
                if e.polarity == "negated" { attributes.append("style=dashed") }
                if e.symmetric { attributes.append("dir=none") }
                lines.append("  n\(e.source) -> n\(e.target) [\(attributes.joined(separator: ", "))];")
            }
            lines.append("}")
            return lines.joined(separator: "\n") + "\n"
        }

        /// SVG through Graphviz's `dot`, found on the PATH.
        static func render(_ source: String) throws -> String {
            let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            guard let dot = paths.map({ "\($0)/dot" }).first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
                throw ValidationError("Graphviz's dot is not installed: run `sudo apt-get install graphviz`, or use --format dot")
            }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: dot)
            process.arguments = ["-Tsvg"]
            let input = Pipe(), output = Pipe()
            process.standardInput = input
            process.standardOutput = output
            try process.run()
            input.fileHandleForWriting.write(Data(source.utf8))
            try input.fileHandleForWriting.close()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else { throw ValidationError("dot failed with status \(process.terminationStatus)") }
            return String(decoding: data, as: UTF8.self)
        }
    }
}
