import Foundation

/// The language knowledge the report parser needs, read from `data/lexicon/`: month names (for the
/// page-header date), issue words (`Numéro`, `Issue`), abbreviations that do not end a sentence, and
/// stopwords to tell the report's language. Adding a language is adding rows, not code.
public struct ParsingLexicon: Sendable {
    /// Folded month name → month number, over every language.
    public var months: [String: Int] = [:]
    /// Folded month name → its language.
    public var monthLanguage: [String: String] = [:]
    /// Folded words that introduce an issue number in a page header (`numero`, `issue`).
    public var issueWords: Set<String> = []
    /// Folded abbreviations (without their final period) after which a period does not end a sentence.
    public var abbreviations: Set<String> = []
    /// Language code → folded stopwords.
    public var stopwords: [String: Set<String>] = [:]

    public init() {}

    /// Reads `lexicon/months.tsv`, `lexicon/layout.tsv`, `lexicon/abbreviations.tsv` and
    /// `lexicon/stopwords.tsv` under `dataDirectory`.
    public init(dataDirectory: URL) throws {
        let lexicon = dataDirectory.appendingPathComponent("lexicon")
        let months = try TSVTable(contentsOf: lexicon.appendingPathComponent("months.tsv"))
        try months.require("lang", "month", "name")
        for row in months.rows {
            guard let number = Int(row["month"]), (1...12).contains(number) else {
                throw DataFileError.malformed(path: months.origin, line: row.line, reason: "month must be 1-12")
            }
            let key = Folding.fold(row["name"])
            self.months[key] = number
            monthLanguage[key] = row["lang"]
        }
        let layout = try TSVTable(contentsOf: lexicon.appendingPathComponent("layout.tsv"))
        try layout.require("lang", "kind", "value")
        for row in layout.rows where row["kind"] == "issue_word" {
            issueWords.insert(Folding.fold(row["value"]).trimmingCharacters(in: CharacterSet(charactersIn: ".")))
        }
        let abbreviations = try TSVTable(contentsOf: lexicon.appendingPathComponent("abbreviations.tsv"))
        try abbreviations.require("lang", "abbreviation")
        for row in abbreviations.rows {
            self.abbreviations.insert(Folding.fold(row["abbreviation"]))
        }
        let stopwords = try TSVTable(contentsOf: lexicon.appendingPathComponent("stopwords.tsv"))
        try stopwords.require("lang", "word")
        for row in stopwords.rows {
            self.stopwords[row["lang"], default: []].insert(Folding.fold(row["word"]))
        }
    }

    /// The language whose stopwords are most frequent among `words` (already folded), or `nil`.
    public func guessLanguage<S: Sequence>(ofFoldedWords words: S) -> String? where S.Element == String {
        var counts: [String: Int] = [:]
        for word in words {
            for (lang, set) in stopwords where set.contains(word) { counts[lang, default: 0] += 1 }
        }
        return counts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }.flatMap { $0.value > 0 ? $0.key : nil }
    }
}
