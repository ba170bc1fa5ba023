import Foundation
import KBParsing

/// The bundled report and the repository's `data/`, parsed once for all tests of this target.
enum ReportFixture {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let dataDirectory = repositoryRoot.appendingPathComponent("data")
    static let reportURL = dataDirectory.appendingPathComponent("reports/ras-nsa-22-2023-02-recompositions-post-sovietiques.txt")
    static let lexicon = try! ParsingLexicon(dataDirectory: dataDirectory)
    static let text = try! String(contentsOf: reportURL, encoding: .utf8)
    static let report = try! ReportParser(lexicon: lexicon).parse(text)

    /// The sentence that contains `fragment`.
    static func sentence(containing fragment: String) -> Sentence? {
        report.sentences.first { $0.text.contains(fragment) }
    }
}
