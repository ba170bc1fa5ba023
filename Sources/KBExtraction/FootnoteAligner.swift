import Foundation
import KBParsing

/// Aligns each page's footnotes, in order, to the sentences of that page.
///
/// The markers were lost in extraction, but the footnotes keep their order: footnote k+1 backs the
/// same sentence as footnote k or a later one. Each pairing is scored by the words the URL (its path,
/// query and text fragment, percent-decoded, accents folded; not its host) shares with the sentence,
/// each shared word weighing its rarity in the document (idf: log(N / sentences sharing it)). The
/// alignment with the best total gain that respects the order is kept, two footnotes on one sentence
/// and sentences skipped between consecutive footnotes costing a little; a footnote whose pairing
/// scores below `threshold` stays unaligned rather than guessed. (Measured on the gold annotation of
/// pages 5–8 with `kb eval`: these values agree with the annotator most often.)
public struct FootnoteAligner: Sendable {
    /// Folded words that say nothing about a page's content: stopwords of every language, URL noise.
    public var ignoredWords: Set<String>
    /// Below this score (about one shared word of middling rarity) a footnote stays unaligned.
    public var threshold: Double = 1.0
    /// What it costs to put two consecutive footnotes on the same sentence.
    public var sameSentencePenalty: Double = 3.0
    /// What each sentence skipped between two consecutive aligned footnotes costs: markers come
    /// sentence after sentence more often than they leave gaps.
    public var skipPenalty: Double = 0.3
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
        guard !byPage.isEmpty else { return result }
        // Each sentence's content words, and their prefixes of `minimumSharedPrefix` scalars: a URL
        // word matches a sentence when it is one of its words or shares one's prefix.
        let words = report.sentences.map { SentenceWords(contentWords(Tokenizer.tokens($0.text).map(\.folded)), prefixLength: minimumSharedPrefix) }
        var idfCache: [String: Double] = [:]
        /// How rare a URL word is in the document: log(N / sentences that share it).
        func idf(_ word: String) -> Double {
            if let cached = idfCache[word] { return cached }
            let prefix = SentenceWords.prefix(word, minimumSharedPrefix)
            let df = words.reduce(0) { $0 + ($1.matches(word, prefix: prefix) ? 1 : 0) }
            let value = df == 0 ? 0 : log(Double(words.count + 1) / Double(df))
            idfCache[word] = value
            return value
        }
        for page in report.pages {
            guard let footnoteIndexes = byPage[page.number] else { continue }
            // Sentences that have text on this page, the one a page break cut included.
            let candidates = report.sentences.filter { $0.start < page.end && $0.end > page.start }
            guard !candidates.isEmpty else { continue }
            let scores = footnoteIndexes.map { f in
                let url = urlWords(report.footnotes[f].url).map { ($0, SentenceWords.prefix($0, minimumSharedPrefix)) }
                return candidates.map { s in
                    url.reduce(0.0) { total, word in words[s.ordinal].matches(word.0, prefix: word.1) ? total + idf(word.0) : total }
                }
            }
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

    /// A sentence's content words, indexed so that a URL word is matched against all of them at once:
    /// it matches a word it equals, or one sharing its first `prefixLength` scalars (`annexion` and
    /// `annexions`).
    struct SentenceWords {
        let words: Set<String>
        let prefixes: Set<String>
        let prefixLength: Int

        init(_ words: Set<String>, prefixLength: Int) {
            self.words = words
            self.prefixLength = prefixLength
            prefixes = Set(words.compactMap { Self.prefix($0, prefixLength) })
        }

        static func prefix(_ word: String, _ length: Int) -> String? {
            let scalars = word.unicodeScalars
            guard scalars.count >= length else { return nil }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars.prefix(length))
            return String(view)
        }

        /// Whether `word`, whose prefix is `prefix` (``prefix(_:_:)``), matches a word of the sentence.
        func matches(_ word: String, prefix: String?) -> Bool {
            words.contains(word) || prefix.map { prefixes.contains($0) } == true
        }
    }

    /// For each footnote, the sentence index it backs (or nil), maximizing the total gain
    /// (score − threshold, so a pairing below the threshold is never worth it) under the order
    /// constraint: sentence indexes never decrease, and two footnotes on one sentence cost
    /// `sameSentencePenalty` (markers rarely share a sentence).
    func bestMonotonicAlignment(_ scores: [[Double]]) -> [Int?] {
        let n = scores.count
        guard n > 0, let m = scores.first?.count, m > 0 else { return Array(repeating: nil, count: n) }
        // best[i][j]: best gain for footnotes i..<n when the last aligned sentence is j - 1 (0: none yet).
        var best = [[Double]](repeating: [Double](repeating: 0, count: m + 1), count: n + 1)
        var choice = [[Int]](repeating: [Int](repeating: -1, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for last in 0...m {
                var value = best[i + 1][last]       // leave footnote i unaligned
                var chosen = -1
                let from = max(0, last - 1)
                for k in from..<m where scores[i][k] >= threshold {
                    var gain = scores[i][k] - threshold + best[i + 1][k + 1]
                    if k == last - 1 { gain -= sameSentencePenalty }
                    if last > 0 && k > last { gain -= skipPenalty * Double(k - last) }
                    if gain > value + 1e-9 { value = gain; chosen = k }
                }
                best[i][last] = value
                choice[i][last] = chosen
            }
        }
        var result: [Int?] = []
        var last = 0
        for i in 0..<n {
            let k = choice[i][last]
            if k >= 0 { result.append(k); last = k + 1 } else { result.append(nil) }
        }
        return result
    }
}

/// The sentence a footnote backs, and how strongly its URL says so.
public struct FootnoteAlignment: Sendable, Equatable {
    public var sentence: Int
    public var score: Double
}
