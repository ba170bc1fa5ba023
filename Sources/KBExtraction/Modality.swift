import Foundation
import KBParsing

/// What the words around a trigger say of its reality, from `data/lexicon/modality.tsv`: negated
/// (« n’a pas quitté »), cancelled by a verb (« refuse d’imposer »), hypothetical (« en cas de »),
/// aimed at (« pour parvenir à »), habitual (« affrontements réguliers »), or reported (« selon »).
public struct ModalityLexicon: Sendable {
    public enum Cue: String, Sendable, CaseIterable {
        case negation, negatingVerb = "negating_verb", avoiding = "avoiding_verb", hypothetical, purpose, generic, reported, hedge
    }

    /// Language → cue → its word sequences (a trailing `*` on a word is a stem).
    var cues: [String: [Cue: [[String]]]] = [:]
    /// « ne », « n’ »: a negation only with a completer (« pas », « jamais »…) before the trigger.
    var particles: [String: Set<String>] = [:]
    var completers: [String: Set<String>] = [:]
    /// Endings of the conditional (« -rait »), and the words that only look like it (« retrait »).
    var hypotheticalSuffixes: [String: [String]] = [:]
    var suffixExceptions: [String: Set<String>] = [:]
    /// How many words before the trigger a cue reaches (after it, for `generic`: 2).
    public var window = 6

    public init() {}

    public init(dataDirectory: URL) throws {
        let table = try TSVTable(contentsOf: dataDirectory.appendingPathComponent("lexicon/modality.tsv"))
        try table.require("lang", "kind", "words")
        for row in table.rows {
            let word = Tokenizer.tokens(row["words"]).map(\.folded).joined()
            switch row["kind"] {
            case "negation_particle": particles[row["lang"], default: []].insert(word); continue
            case "negation_completer": completers[row["lang"], default: []].insert(word); continue
            case "hypothetical_suffix": hypotheticalSuffixes[row["lang"], default: []].append(word); continue
            case "suffix_exception": suffixExceptions[row["lang"], default: []].insert(word); continue
            default: break
            }
            guard let cue = Cue(rawValue: row["kind"]) else {
                throw DataFileError.malformed(path: table.origin, line: row.line, reason: "unknown kind '\(row["kind"])'")
            }
            let words = row["words"].split(separator: " ").map { w -> String in
                let stem = w.hasSuffix("*")
                let folded = Tokenizer.tokens(String(stem ? w.dropLast() : w)).map(\.folded).joined()
                return stem ? folded + "*" : folded
            }
            guard !words.isEmpty else { throw DataFileError.malformed(path: table.origin, line: row.line, reason: "no words") }
            cues[row["lang"], default: [:]][cue, default: []].append(words)
        }
    }

    func matches(_ words: [String], _ tokens: [Token], at i: Int) -> Bool {
        guard i >= 0, i + words.count <= tokens.count else { return false }
        for (k, w) in words.enumerated() {
            let t = tokens[i + k].folded
            if w.hasSuffix("*") { guard t.hasPrefix(w.dropLast()) else { return false } } else if t != w { return false }
        }
        return true
    }

    /// The cues that bear on the words `range` of a sentence: those in the `window` words before it
    /// and in the same clause (`clause[k]` numbers each token's clause), and `generic` ones in the two
    /// words after it.
    public func cues(for range: Range<Int>, in tokens: [Token], clause: [Int], language: String?) -> Set<Cue> {
        Set(cuePositions(for: range, in: tokens, clause: clause, language: language).map(\.cue))
    }

    /// The cues and the token where each stands, nearest the trigger first.
    public func cuePositions(for range: Range<Int>, in tokens: [Token], clause: [Int], language: String?,
                             ignoring ignored: Set<Int> = []) -> [(cue: Cue, at: Int)] {
        guard let language, let byCue = cues[language] else { return [] }
        var found: [(Cue, Int)] = []
        // `window` words back, not counting the `ignored` ones (a date: « a refusé le 17 juin 2022 de reconnaître »).
        var from = range.lowerBound
        var counted = 0
        while from > 0 && counted < window {
            from -= 1
            if !ignored.contains(from) { counted += 1 }
        }
        for (cue, phrases) in byCue {
            let positions: Range<Int> = cue == .generic ? range.upperBound..<min(tokens.count, range.upperBound + 2) : from..<range.lowerBound
            for i in positions.reversed() where clause[i] == clause[range.lowerBound] {
                if phrases.contains(where: { matches($0, tokens, at: i) }) { found.append((cue, i)); break }
            }
        }
        // « n’a pas quitté »: a particle with a completer before the trigger.
        if let particles = particles[language], let completers = completers[language],
           let p = (from..<range.lowerBound).last(where: { clause[$0] == clause[range.lowerBound] && particles.contains(tokens[$0].folded) }),
           ((p + 1)..<range.lowerBound).contains(where: { completers.contains(tokens[$0].folded) }),
           !found.contains(where: { $0.0 == .negation }) {
            found.append((.negation, p))
        }
        // « s’exposerait à de lourdes sanctions »: a conditional.
        if let suffixes = hypotheticalSuffixes[language], !found.contains(where: { $0.0 == .hypothetical }) {
            let exceptions = suffixExceptions[language] ?? []
            if let k = (from..<range.lowerBound).last(where: { k in
                clause[k] == clause[range.lowerBound] && !exceptions.contains(tokens[k].folded) && tokens[k].folded.count >= 6
                    && suffixes.contains { tokens[k].folded.hasSuffix($0) } }) {
                found.append((.hypothetical, k))
            }
        }
        return found.sorted { abs($0.1 - range.lowerBound) < abs($1.1 - range.lowerBound) }
    }
}
