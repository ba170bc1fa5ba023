import Foundation
import KBParsing

/// Aligns each page's footnotes, in order, to the sentences of that page.
///
/// The markers were lost in extraction, but the footnotes keep their order: footnote k+1 backs the
/// same sentence as footnote k or a later one. The evidence for a pairing is what the URL (its path,
/// query and text fragment, percent-decoded, accents folded; not its host) shares with the sentence:
/// its words, each weighing its rarity in the document (idf: log(N / sentences sharing it)), and the
/// entities it names (`armenie`, `russias`, `kremlin`), each weighing the rarity of the sentences that
/// mention that entity, however they name it (`Erevan`, `arménienne`, `Kyiv`).
///
/// Every placement of a page's footnotes that keeps their order is weighed at once (a hidden Markov
/// model solved by forward–backward): a pairing's weight grows as e^(evidenceWeight × score), a sentence
/// that quotes someone (« … ») is likelier to carry a marker, and two footnotes on one sentence are
/// rare. Each footnote then gets the sentence of the placement that agrees most with those
/// probabilities, and its probability there is its `confidence`: a footnote sandwiched between two
/// that are sure gets the only sentence left between them with a high confidence, even when its URL
/// says nothing; one whose sentence stays uncertain (below `threshold`) is left unaligned rather than
/// guessed. (Its five constants were chosen on the three annotations of pages 2–12 together — 135 footnotes — and
/// each setting kept only when it held on each of them; see `kb eval`.)
public struct FootnoteAligner: Sendable {
    /// Folded words that say nothing about a page's content: stopwords of every language, URL noise.
    public var ignoredWords: Set<String>
    /// Clitics glued to a slug's word once its apostrophe is dropped (`lazerbaidjan`, `russias`): tried
    /// off a word that matches nothing, as (form, whether it stands before the word).
    public var clitics: [(form: String, isPrefix: Bool)]
    /// Below this probability of its sentence, a footnote stays unaligned.
    public var threshold: Double = 0.2
    /// The same for a footnote whose URL shares nothing with the sentence, placed by the order alone.
    public var orderOnlyThreshold: Double = 0.3
    /// How much one unit of shared evidence (one word or entity of idf 1) multiplies a pairing's odds:
    /// e^evidenceWeight.
    public var evidenceWeight: Double = 0.4
    /// How much likelier a sentence quoting someone (« … » around three words or more) carries a marker.
    public var quotationOdds: Double = 2
    /// The odds of a footnote on the same sentence as the one before, against one on a new sentence.
    public var sharedSentenceOdds: Double = 0.03
    /// Two words match when equal, or when they share a prefix this long (`lituanien`, `Lituanie`).
    public var minimumSharedPrefix = 4

    public init(ignoredWords: Set<String>, clitics: [(form: String, isPrefix: Bool)] = []) {
        self.ignoredWords = ignoredWords
        self.clitics = clitics
    }

    /// Reads `lexicon/url-stopwords.tsv` and `lexicon/clitics.tsv`, and takes the lexicon's stopwords.
    public init(dataDirectory: URL, lexicon: ParsingLexicon) throws {
        let table = try TSVTable(contentsOf: dataDirectory.appendingPathComponent("lexicon/url-stopwords.tsv"))
        try table.require("word")
        var ignored = Set(table.rows.map { Folding.fold($0["word"]) })
        for words in lexicon.stopwords.values { ignored.formUnion(words) }
        let cliticTable = try TSVTable(contentsOf: dataDirectory.appendingPathComponent("lexicon/clitics.tsv"))
        try cliticTable.require("form", "position")
        let clitics = try cliticTable.rows.map { row -> (form: String, isPrefix: Bool) in
            guard ["prefix", "suffix"].contains(row["position"]) else {
                throw DataFileError.malformed(path: cliticTable.origin, line: row.line, reason: "position must be prefix or suffix")
            }
            return (Folding.fold(row["form"]), row["position"] == "prefix")
        }
        self.init(ignoredWords: ignored, clitics: clitics)
    }

    /// One alignment (or `nil`) per footnote of `report`, in the same order. `mentions` holds each
    /// sentence's entity mentions and `matcher` finds the entities a URL names; without them only
    /// words count.
    public func align(_ report: ParsedReport, mentions: [[EntityMention]] = [], matcher: EntityMatcher? = nil) -> [FootnoteAlignment?] {
        var result = [FootnoteAlignment?](repeating: nil, count: report.footnotes.count)
        var byPage: [Int: [Int]] = [:]
        for (i, f) in report.footnotes.enumerated() { byPage[f.page, default: []].append(i) }
        guard !byPage.isEmpty else { return result }
        let evidence = Evidence(report: report, mentions: mentions, matcher: matcher, aligner: self)
        for page in report.pages {
            guard let footnoteIndexes = byPage[page.number] else { continue }
            // Sentences that have text on this page, the one a page break cut included.
            let candidates = report.sentences.filter { $0.start < page.end && $0.end > page.start }
            guard !candidates.isEmpty else { continue }
            let scores = footnoteIndexes.map { f in
                let url = evidence.urlEvidence(report.footnotes[f].url)
                return candidates.map { evidence.score(url, sentence: $0.ordinal) }
            }
            let odds = candidates.map { Self.quotes($0.text) ? quotationOdds : 1 }
            let probabilities = posterior(scores: scores, odds: odds)
            for (k, chosen) in bestExpectedAlignment(probabilities).enumerated() {
                let p = probabilities[k][chosen]
                // A URL that shares nothing with its sentence (a tweet, `news_193089.htm`) is placed by the
                // order alone: only when the footnotes around it leave it few sentences to choose from (on a
                // page of two or three sentences a blind guess would pass the lower threshold).
                guard p >= threshold, scores[k][chosen] > 0 || p >= orderOnlyThreshold else { continue }
                result[footnoteIndexes[k]] = FootnoteAlignment(sentence: candidates[chosen].ordinal, score: scores[k][chosen], confidence: p)
            }
        }
        return result
    }

    /// What a URL brings as evidence against the sentences of `report`: its content words, and the keys
    /// of the entities it names (its words, clitics off, matched against `matcher`'s aliases).
    public func urlEvidence(_ url: String, report: ParsedReport, matcher: EntityMatcher) -> (words: Set<String>, entities: Set<String>) {
        let evidence = Evidence(report: report, mentions: [], matcher: matcher, aligner: self).urlEvidence(url)
        return (Set(evidence.words.map(\.word)), Set(evidence.entities.map { matcher.gazetteer.entities[$0].key }))
    }

    /// The content words of a URL: everything after its host, percent-decoded and folded.
    public func urlWords(_ url: String) -> Set<String> {
        contentWords(urlTokens(url))
    }

    /// All the folded words after a URL's host, in order.
    func urlTokens(_ url: String) -> [String] {
        var rest = Substring(url)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        if let slash = rest.firstIndex(of: "/") { rest = rest[slash...] } else { return [] }
        let decoded = String(rest).removingPercentEncoding ?? String(rest)
        return Tokenizer.tokens(decoded).map(\.folded)
    }

    func contentWords<S: Sequence<String>>(_ words: S) -> Set<String> {
        Set(words.filter { $0.allSatisfy(\.isNumber) ? Self.isTellingNumber($0) : $0.count >= 4 && !ignoredWords.contains($0) })
    }

    /// A number of three or four digits that is no year: « 700 000 Russes » and `…-pokinuli-okolo-700-000-grazdan`.
    /// A year is mostly the date a URL is filed under (`/2022/10/05/`), shorter numbers are days and
    /// ordinals, longer ones an article's id.
    static func isTellingNumber(_ word: String) -> Bool {
        (3...4).contains(word.count) && !(word.count == 4 && (word.hasPrefix("19") || word.hasPrefix("20")))
    }

    /// Whether `text` quotes someone: « … » or “ … ” around three words or more.
    static func quotes(_ text: String) -> Bool {
        var words = 0
        var inside = false
        var inWord = false
        for c in text.unicodeScalars {
            switch c {
            case "«", "“": inside = true; words = 0; inWord = false
            case "»", "”":
                if inside && words >= 3 { return true }
                inside = false
            default:
                guard inside else { continue }
                let letter = CharacterSet.letters.contains(c)
                if letter && !inWord { words += 1 }
                inWord = letter
            }
        }
        return false
    }

    /// What a URL brings as evidence: its content words, and the entities it names.
    struct URLEvidence {
        /// Each content word, its prefix, and its idf.
        var words: [(word: String, prefix: String?, idf: Double)]
        var entities: Set<Int>
    }

    /// The document's sentences as evidence: their words, the entities they mention, and the rarity of each.
    final class Evidence {
        let aligner: FootnoteAligner
        let matcher: EntityMatcher?
        let words: [SentenceWords]
        let entities: [Set<Int>]
        /// Every sentence word and its prefix: a slug's word that is not one of these words, nor starts
        /// an alias, may carry a glued clitic.
        let vocabulary: SentenceWords
        let entityIDF: [Int: Double]
        /// The idf of each URL word met so far: the same words come back in footnote after footnote.
        var idfCache: [String: Double] = [:]

        init(report: ParsedReport, mentions: [[EntityMention]], matcher: EntityMatcher?, aligner: FootnoteAligner) {
            self.aligner = aligner
            self.matcher = matcher
            let length = aligner.minimumSharedPrefix
            words = report.sentences.map { SentenceWords(aligner.contentWords(Tokenizer.tokens($0.text).map(\.folded)), prefixLength: length) }
            vocabulary = SentenceWords(words.reduce(into: Set<String>()) { $0.formUnion($1.words) }, prefixLength: length)
            let named = report.sentences.indices.map { i in i < mentions.count ? Set(mentions[i].map(\.entity)) : [] }
            entities = named
            var df: [Int: Int] = [:]
            for set in named { for e in set { df[e, default: 0] += 1 } }
            let n = Double(report.sentences.count + 1)
            entityIDF = df.mapValues { log(n / Double($0)) }
        }

        func urlEvidence(_ url: String) -> URLEvidence {
            var tokens = aligner.urlTokens(url)
            for (i, word) in tokens.enumerated() where !vocabulary.words.contains(word) && matcher?.startsAnAlias(word) != true {
                if let bare = withoutClitic(word) { tokens[i] = bare }
            }
            var named: Set<Int> = []
            var used = IndexSet()
            if let matcher {
                for found in matcher.readings(inFoldedWords: tokens) {
                    named.formUnion(found.entities)
                    used.insert(integersIn: found.words)
                }
            }
            let rest = tokens.indices.filter { !used.contains($0) }.map { tokens[$0] }
            let length = aligner.minimumSharedPrefix
            let content = aligner.contentWords(rest).sorted().map { word in
                let prefix = SentenceWords.prefix(word, length)
                return (word, prefix, idf(word, prefix: prefix))
            }
            return URLEvidence(words: content, entities: named)
        }

        func known(_ word: String) -> Bool {
            vocabulary.matches(word, prefix: SentenceWords.prefix(word, aligner.minimumSharedPrefix)) || matcher?.startsAnAlias(word) == true
        }

        /// `lazerbaidjan` → `azerbaidjan`, `russias` → `russia`: the word without a clitic of the
        /// lexicon, when what is left starts an alias or matches a word of the document (`dinfluence` →
        /// `influence`). An elided prefix stands before a vowel or an h.
        func withoutClitic(_ word: String) -> String? {
            for (form, isPrefix) in aligner.clitics where word.count >= form.count + 4 {
                let bare: String
                if isPrefix {
                    guard word.hasPrefix(form), let next = word.dropFirst(form.count).first, "aeiouyh".contains(next) else { continue }
                    bare = String(word.dropFirst(form.count))
                } else {
                    guard word.hasSuffix(form) else { continue }
                    bare = String(word.dropLast(form.count))
                }
                if known(bare) { return bare }
            }
            return nil
        }

        func score(_ url: URLEvidence, sentence s: Int) -> Double {
            var total = 0.0
            for (word, prefix, idf) in url.words where words[s].matches(word, prefix: prefix) { total += idf }
            for e in url.entities where entities[s].contains(e) { total += entityIDF[e] ?? 0 }
            return total
        }

        /// How rare a URL word is in the document: log(N / sentences that share it).
        func idf(_ word: String, prefix: String?) -> Double {
            if let cached = idfCache[word] { return cached }
            let df = words.reduce(0) { $0 + ($1.matches(word, prefix: prefix) ? 1 : 0) }
            let value = df == 0 ? 0 : log(Double(words.count + 1) / Double(df))
            idfCache[word] = value
            return value
        }
    }

    /// A sentence's content words, indexed so that a URL word is matched against all of them at once:
    /// it matches a word it equals, or one sharing its first `prefixLength` scalars (`annexion` and
    /// `annexions`).
    struct SentenceWords {
        let words: Set<String>
        /// Each prefix → the words starting with it.
        let prefixes: [String: [String]]
        let prefixLength: Int
        /// Two words sharing a prefix match when it covers half the longer one at least: `annexion` and
        /// `annexions`, `lituanien` and `lituanie`, not `peter` (a journalist's name) and `petersbourg`.
        static let sharedFraction = 0.5

        init(_ words: Set<String>, prefixLength: Int) {
            self.words = words
            self.prefixLength = prefixLength
            var prefixes: [String: [String]] = [:]
            for w in words { if let p = Self.prefix(w, prefixLength) { prefixes[p, default: []].append(w) } }
            self.prefixes = prefixes
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
            if words.contains(word) { return true }
            guard let prefix, let candidates = prefixes[prefix] else { return false }
            let a = Array(word.unicodeScalars)
            return candidates.contains { other in
                let b = Array(other.unicodeScalars)
                let shared = zip(a, b).prefix { $0 == $1 }.count
                return Double(shared) >= Self.sharedFraction * Double(max(a.count, b.count))
            }
        }
    }

    /// P(footnote k backs candidate j) over every placement that keeps the footnotes' order, by
    /// forward–backward. A placement's weight is the product, over its footnotes, of
    /// e^(evidenceWeight × score) and of the sentence's `odds` when the footnote opens a new sentence,
    /// or `sharedSentenceOdds` when it shares the one before. Rows are rescaled as they go.
    public func posterior(scores: [[Double]], odds: [Double]) -> [[Double]] {
        let n = scores.count, m = odds.count
        let likelihood = scores.map { row in row.map { exp(evidenceWeight * $0) } }
        var forward = [[Double]](repeating: [Double](repeating: 0, count: m), count: n)
        var scale = [Double](repeating: 1, count: n)
        for k in 0..<n {
            var earlier = 0.0   // Σ forward[k-1][j'] for j' < j
            for j in 0..<m {
                let arrive = k == 0 ? odds[j] : earlier * odds[j] + forward[k - 1][j] * sharedSentenceOdds
                if k > 0 { earlier += forward[k - 1][j] }
                forward[k][j] = arrive * likelihood[k][j]
            }
            scale[k] = max(forward[k].reduce(0, +), .leastNormalMagnitude)
            for j in 0..<m { forward[k][j] /= scale[k] }
        }
        var backward = [[Double]](repeating: [Double](repeating: 1, count: m), count: n)
        if n > 1 {
            for k in stride(from: n - 2, through: 0, by: -1) {
                var later = 0.0     // Σ odds × likelihood × backward of footnote k+1 at j' > j
                for j in stride(from: m - 1, through: 0, by: -1) {
                    let next = likelihood[k + 1][j] * backward[k + 1][j]
                    backward[k][j] = (later + sharedSentenceOdds * next) / scale[k + 1]
                    later += odds[j] * next
                }
            }
        }
        return (0..<n).map { k in
            let row = (0..<m).map { forward[k][$0] * backward[k][$0] }
            let total = row.reduce(0, +)
            return total > 0 ? row.map { $0 / total } : row
        }
    }

    /// The placement, keeping the footnotes' order, whose probabilities add up highest (maximum
    /// expected agreement): one candidate index per footnote.
    public func bestExpectedAlignment(_ probabilities: [[Double]]) -> [Int] {
        let n = probabilities.count
        guard n > 0, let m = probabilities.first?.count, m > 0 else { return [] }
        var best = probabilities[0]
        var from = [[Int]](repeating: [Int](repeating: 0, count: m), count: n)
        for k in 1..<n {
            var runningBest = -Double.infinity, runningIndex = 0
            var next = [Double](repeating: 0, count: m)
            for j in 0..<m {
                if best[j] > runningBest { runningBest = best[j]; runningIndex = j }
                next[j] = runningBest + probabilities[k][j]
                from[k][j] = runningIndex
            }
            best = next
        }
        var j = best.indices.max { best[$0] < best[$1] } ?? 0
        var path = [Int](repeating: 0, count: n)
        for k in stride(from: n - 1, through: 0, by: -1) {
            path[k] = j
            if k > 0 { j = from[k][j] }
        }
        return path
    }
}

/// The sentence a footnote backs, how strongly its URL says so, and how sure the alignment is of it.
public struct FootnoteAlignment: Sendable, Equatable {
    public var sentence: Int
    /// What the URL shares with the sentence: idf-weighted words and entities.
    public var score: Double
    /// The probability that this is the footnote's sentence, given every placement that keeps the order.
    public var confidence: Double

    public init(sentence: Int, score: Double, confidence: Double) {
        self.sentence = sentence
        self.score = score
        self.confidence = confidence
    }
}
