import ArgumentParser
import Foundation
import KnowledgeBase

extension KB {
    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure the knowledge base against a gold annotation of the report.",
            discussion: """
                Compares the ingested report with eval/annotation/ (an annotation of pages 5–8 made by reading \
                the report): entity mentions by kind, footnote alignments, dated events and typed relations, as \
                recall and precision, and lists what kb missed. Several folders (annotations of other pages, \
                eval/annotation-p2-4 and eval/annotation-p9-12) are measured as one: their counts add up.
                """
        )

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        @Option(help: ArgumentHelp("The annotation folder.", valueName: "dir"))
        var annotation = "eval/annotation"

        @Argument(help: ArgumentHelp("Annotation folders (same as --annotation); several add up.", valueName: "annotation-dir"))
        var annotationDirectories: [String] = []

        @Option(help: "The document's file name, when the knowledge base holds several.")
        var document: String?

        @Option(help: ArgumentHelp("How many misses to list; 0 lists them all.", valueName: "n"))
        var misses = 25

        func run() throws {
            try reportingFailure {
                let folders = (annotationDirectories.isEmpty ? [annotation] : annotationDirectories).map { URL(fileURLWithPath: $0) }
                let report = try database.openExisting().evaluate(annotations: folders, document: document)
                if output.json { return try JSON.print(report) }
                var table = TextTable("measure", "gold", "found", "stored", "recall", "precision")
                table.rightAligned = [1, 2, 3, 4, 5]
                for s in report.scores {
                    // A count with no gold (descriptions the annotation leaves out) has no rates.
                    let counted = s.gold == 0
                    table.add(s.name, counted ? "-" : "\(s.gold)", counted ? "-" : "\(s.found)", s.stored == 0 ? "-" : "\(s.stored)",
                              counted ? "-" : String(format: "%.1f%%", s.recall * 100),
                              s.stored == 0 || counted ? "-" : String(format: "%.1f%%", s.precision * 100))
                }
                print(table.render())
                print("\n\(report.skipped) gold rows are not sentences kb holds (headings).")
                if !report.missed.isEmpty {
                    print("\nmissed:")
                    let shown = misses > 0 ? report.missed.prefix(misses) : report.missed[...]
                    for line in shown { print("  \(line)") }
                    if shown.count < report.missed.count {
                        print("  … and \(report.missed.count - shown.count) more (--misses 0 lists them all)")
                    }
                }
            }
        }
    }
}
