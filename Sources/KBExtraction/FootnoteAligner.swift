import Foundation
import KBParsing

/// Aligns each page's footnotes, in order, to the sentences of that page.
///
/// The markers were lost in extraction, but the footnotes keep their order: footnote k+1 backs the
/// same sentence as footnote k or a later one. Each pairing is scored by the words the URL (its path,
/// query and text fragment, percent-decoded, accents folded; not its host) shares with the sentence,
/// each shared word weighing 1/n when it is shared with n sentences of the page. The alignment with
/// the best total score that respects the order is kept; a footnote whose best pairing scores below
/// `threshold` stays unaligned rather than guessed.
public struct FootnoteAligner: Sendable {
    /// Folded words that say nothing about a page's content: stopwords of every language, URL noise.
    public var ignoredWords: Set<String>
    public var threshold: Double = 0.5
    /// Two words match when equal, or when they share a prefix this long (`lituanien`, `Lituanie`).
    public var minimumSharedPrefix = 5

    public init(ignoredWords: Set<String>) {
        self.ignoredWords = ignoredWords
    }

    /// Reads `lexicon/url-stopwords.tsv` and takes the lexicon's stopwords.
    public init(dataDirectory: URL, lexicon: ParsingLexicon) throws {
        let table = try TSVTable(contentsOf: dataDirectory.appendingPathComponent("lexicon/url-stopwords.tsv"))
        try table.require("word")
        var ignored = Set(table.rows.map { Folding.fold($0["word"]) })
        for words in lexicon.stopwords.values { ignored.formUnion(words) }
        self.init(ignoredWords: ignored)
    }

    /// One alignment (or `nil`) per footnote of `report`, in the same order.
    public func align(_ report: ParsedReport) -> [FootnoteAlignment?] {
        var result = [FootnoteAlignment?](repeating: nil, count: report.footnotes.count)
        var byPage: [Int: [Int]] = [:]
        for (i, f) in report.footnotes.enumerated() { byPage[f.page, default: []].append(i) }
        for page in report.pages {
            guard let footnoteIndexes = byPage[page.number] else { continue }
            // Sentences that have text on this page, the one a page break cut included.
            let candidates = report.sentences.filter { $0.start < page.end && $0.end > page.start }
            guard !candidates.isEmpty else { continue }
            let sentenceWords = candidates.map { contentWords(Tokenizer.tokens($0.text).map(\.folded)) }
            let scores = footnoteIndexes.map { score(urlWords: urlWords(report.footnotes[$0].url), sentences: sentenceWords) }
            for (k, chosen) in bestMonotonicAlignment(scores).enumerated() {
                guard let j = chosen else { continue }
                result[footnoteIndexes[k]] = FootnoteAlignment(sentence: candidates[j].ordinal, score: scores[k][j])
            }
        }
        return result
    }

    /// The content words of a URL: everything after its host, percent-decoded and folded.
    public func urlWords(_ url: String) -> Set<String> {
        var rest = Substring(url)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        if let slash = rest.firstIndex(of: "/") { rest = rest[slash...] } else { return [] }
        let decoded = String(rest).removingPercentEncoding ?? String(rest)
        return contentWords(Tokenizer.tokens(decoded).map(\.folded))
    }

    func contentWords(_ words: [String]) -> Set<String> {
        Set(words.filter { $0.count >= 4 && !ignoredWords.contains($0) && !$0.allSatisfy(\.isNumber) })
    }

    func wordsMatch(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        var shared = 0
        for (x, y) in zip(a.unicodeScalars, b.unicodeScalars) {
            guard x == y else { break }
            shared += 1
        }
        return shared >= minimumSharedPrefix
    }

    /// score[f][s]: what URL f shares with sentence s, each shared word weighted by 1/(sentences sharing it).
    func score(urlWords: Set<String>, sentences: [Set<String>]) -> [Double] {
        var scores = [Double](repeating: 0, count: sentences.count)
        for word in urlWords {
            let hits = sentences.indices.filter { s in sentences[s].contains { wordsMatch(word, $0) } }
            guard !hits.isEmpty else { continue }
            for s in hits { scores[s] += 1.0 / Double(hits.count) }
        }
        return scores
    }

    /// For each footnote, the sentence index it backs (or nil), maximizing the total score under the
    /// order constraint (non-decreasing sentence indexes), pairings below the threshold excluded.
    func bestMonotonicAlignment(_ scores: [[Double]]) -> [Int?] {
        let n = scores.count
        guard n > 0 else { return [] }
        let m = scores[0].count
        // best[i][j]: best total for footnotes i..<n when the next may use sentences j..<m.
        var best = [[Double]](repeating: [Double](repeating: 0, count: m + 1), count: n + 1)
        var choice = [[Int]](repeating: [Int](repeating: -1, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m, through: 0, by: -1) {
                var value = best[i + 1][j]       // leave footnote i unaligned
                var chosen = -1
                for k in j..<m where scores[i][k] >= threshold {
                    let candidate = scores[i][k] + best[i + 1][k]
                    if candidate > value + 1e-9 { value = candidate; chosen = k }
                }
                best[i][j] = value
                choice[i][j] = chosen
            }
        }
        var result: [Int?] = []
        var j = 0
        for i in 0..<n {
            let k = choice[i][j]
            if k >= 0 { result.append(k); j = k } else { result.append(nil) }
        }
        return result
    }
}

/// The sentence a footnote backs, and how strongly its URL says so.
public struct FootnoteAlignment: Sendable, Equatable {
    public var sentence: Int
    public var score: Double
}
