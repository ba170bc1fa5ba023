import Foundation
import KBParsing
import KBExtraction

/// The repository's data and the bundled report, parsed and extracted once.
enum ExtractionFixture {
    static let dataDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("data")
    static let lexicon = try! ParsingLexicon(dataDirectory: dataDirectory)
    static let extractor = try! Extractor(dataDirectory: dataDirectory, lexicon: lexicon)
    static let report: ParsedReport = {
        let url = dataDirectory.appendingPathComponent("reports/ras-nsa-22-2023-02-recompositions-post-sovietiques.txt")
        return try! ReportParser(lexicon: lexicon).parse(try! String(contentsOf: url, encoding: .utf8))
    }()
    static let extraction = extractor.extract(report)
    static let dateFinder = DateFinder(lexicon: try! DateLexicon(dataDirectory: dataDirectory, lexicon: lexicon))
    static let dates = dateFinder.dates(in: report)

    /// Keys of the entities named in `sentence`, in order.
    static func keys(_ sentence: String) -> [String] {
        extractor.matcher.mentions(in: sentence).map(\.key)
    }

    /// Keys of the entities named in an English `sentence`, in order.
    static func matcher(en sentence: String) -> [String] {
        extractor.matcher.mentions(in: sentence, language: "en").map(\.key)
    }
}
