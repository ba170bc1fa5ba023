import Foundation
import KBParsing

/// What the words around a trigger say of its reality, from `data/lexicon/modality.tsv`: negated
/// (« n’a pas quitté »), cancelled by a verb (« refuse d’imposer »), hypothetical (« en cas de »),
/// aimed at (« pour parvenir à »), habitual (« affrontements réguliers »), or reported (« selon »).
public struct ModalityLexicon: Sendable {
    public enum Cue: String, Sendable, CaseIterable {
        case negation, negatingVerb = "negating_verb", avoiding = "avoiding_verb", hypothetical, purpose, generic, reported, hedge
        /// "urged", "asked", « exhorte »: what it asks for — an infinitive right after its marker — is no deed yet
        /// ("was asked by Putin to recognise"); anything else after it keeps its own modality ("asked for help after
        /// Azerbaijan attacked").
        case request
    }

    /// Language → cue → its word sequences (a trailing `*` on a word is a stem).
    var cues: [String: [Cue: [[String]]]] = [:]
    /// « ne », « n’ »: a negation only with a completer (« pas », « jamais »…) before the trigger.
    var particles: [String: Set<String>] = [:]
    var completers: [String: Set<String>] = [:]
    /// « Aucun des cinq États n’a reconnu », "None of the five states has recognized": a negative word
    /// opening the clause denies its verb, however far.
    var negativeSubjects: [String: Set<String>] = [:]
    /// « que », "that": past one, a negative subject's verb is behind (« Rien n’indique que … »).
    var subordinators: [String: Set<String>] = [:]
    /// Conjunctions that open a clause of their own before a name or a subject pronoun (`scope_end`): no cue reaches past them.
    var scopeEnds: [String: [[String]]] = [:]
    var subjectPronouns: [String: Set<String>] = [:]
    /// Endings of the conditional (« -rait »), and the words that only look like it (« retrait »).
    var hypotheticalSuffixes: [String: [String]] = [:]
    var suffixExceptions: [String: Set<String>] = [:]
    /// « ni »: denies a verb after it (« sans cautionner l’invasion ni la condamner »), not a noun, which it only
    /// coordinates with the object of a denied verb (« n’a reconnu ni les républiques, ni l’annexion »).
    var verbNegations: [String: Set<String>] = [:]
    /// « maintenir », "keep": after a wish (« souhaite maintenir des liens »), what it keeps holds already.
    var continuatives: [String: Set<String>] = [:]
    /// "would" after "said": the future of reported speech (a plan told), not a hypothetical.
    var reportedFutures: [String: Set<String>] = [:]
    /// "recognised neither Abkhazia nor South Ossetia": right after the verb, a word that denies it.
    var negationsAfter: [String: Set<String>] = [:]
    /// "cooperates with neither Russia nor China": a preposition that may stand between the verb and that word.
    var negationGaps: [String: Set<String>] = [:]
    /// « La Russie sanctionnera la Moldavie si elle rejoint l’UE »: a condition after the trigger makes it one.
    var conditionsAfter: [String: Set<String>] = [:]
    /// After a noun trigger, in its clause, what its predicate says of it: « Une nouvelle guerre … reste possible »
    /// (hypothetical), "The meeting … was cancelled" (denied). Phrases of folded words, `*` a stem.
    var predicatesAfter: [String: [(cue: Cue, words: [String])]] = [:]
    /// « même si », "even if": a concession before the condition word, no condition.
    var concessives: [String: Set<String>] = [:]
    /// How many words after the trigger a condition reaches.
    public var conditionWindow = 10
    /// How many words before the trigger a cue reaches (after it, for `generic`: 2).
    public var window = 6

    public init() {}

    public init(dataDirectory: URL) throws {
        let table = try TSVTable(contentsOf: dataDirectory.appendingPathComponent("lexicon/modality.tsv"))
        try table.require("lang", "kind", "words")
        for row in table.rows {
            let word = Tokenizer.tokens(row["words"]).map(\.folded).joined()
            // A phrase: its words folded, a trailing `*` kept (a stem).
            let words = row["words"].split(separator: " ").map { w -> String in
                let stem = w.hasSuffix("*")
                let folded = Tokenizer.tokens(String(stem ? w.dropLast() : w)).map(\.folded).joined()
                return stem ? folded + "*" : folded
            }
            switch row["kind"] {
            case "negation_particle": particles[row["lang"], default: []].insert(word); continue
            case "negation_completer": completers[row["lang"], default: []].insert(word); continue
            case "negative_subject": negativeSubjects[row["lang"], default: []].insert(word); continue
            case "subordinator": subordinators[row["lang"], default: []].insert(word); continue
            case "scope_end": scopeEnds[row["lang"], default: []].append(words); continue
            case "subject_pronoun": subjectPronouns[row["lang"], default: []].insert(word); continue
            case "hypothetical_suffix": hypotheticalSuffixes[row["lang"], default: []].append(word); continue
            case "suffix_exception": suffixExceptions[row["lang"], default: []].insert(word); continue
            case "verb_negation": verbNegations[row["lang"], default: []].insert(word); continue
            case "continuative": continuatives[row["lang"], default: []].insert(word); continue
            case "reported_future": reportedFutures[row["lang"], default: []].insert(word); continue
            case "negation_after": negationsAfter[row["lang"], default: []].insert(word); continue
            case "negation_gap": negationGaps[row["lang"], default: []].insert(word); continue
            case "condition_after": conditionsAfter[row["lang"], default: []].insert(word); continue
            case "hypothetical_predicate", "cancelling_predicate":
                predicatesAfter[row["lang"], default: []].append((row["kind"] == "cancelling_predicate" ? .negation : .hypothetical, words))
                continue
            case "concessive": concessives[row["lang"], default: []].insert(word); continue
            default: break
            }
            guard let cue = Cue(rawValue: row["kind"]) else {
                throw DataFileError.malformed(path: table.origin, line: row.line, reason: "unknown kind '\(row["kind"])'")
            }
            guard !words.isEmpty else { throw DataFileError.malformed(path: table.origin, line: row.line, reason: "no words") }
            cues[row["lang"], default: [:]][cue, default: []].append(words)
        }
    }

    /// « ne », « n’ »: what opens a French negation before its verb.
    func isNegationParticle(_ token: Token, language: String?) -> Bool {
        language.flatMap { particles[$0] }?.contains(token.folded) ?? false
    }

    /// « pas », « jamais », "not": what completes a negation after its verb.
    func isNegationCompleter(_ token: Token, language: String?) -> Bool {
        language.flatMap { completers[$0] }?.contains(token.folded) ?? false
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
                             ignoring ignored: Set<Int> = [], isVerb: Bool = true) -> [(cue: Cue, at: Int)] {
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
                guard phrases.contains(where: { matches($0, tokens, at: i) }) else { continue }
                // ("did not take place after Aliyev refused": past a clause of its own opening, the cue bears on nothing.)
                if cue != .generic, opensAClause(between: i, and: range.lowerBound, tokens, language) { break }
                // (« Il souhaite toutefois maintenir des liens étroits avec le Kremlin »: the ties hold already.)
                if cue == .hypothetical, let keep = continuatives[language],
                   ((i + 1)..<range.lowerBound).contains(where: { keep.contains(tokens[$0].folded) }) { break }
                // ("The alliance said on Thursday it would send troops": "would" after a reporting verb is the told
                // plan's future; the report is attributed.)
                if cue == .hypothetical, reportedFutures[language]?.contains(tokens[i].folded) == true,
                   let reporting = byCue[.reported], (0..<i).contains(where: { k in reporting.contains { matches($0, tokens, at: k) } }) {
                    found.append((.reported, i))
                    break
                }
                found.append((cue, i))
                break
            }
        }
        // (« ni la condamner »: a negation before a verb only.)
        if isVerb, let words = verbNegations[language],
           let i = (from..<range.lowerBound).last(where: { clause[$0] == clause[range.lowerBound] && words.contains(tokens[$0].folded) }) {
            found.append((.negation, i))
        }
        let after = range.upperBound < tokens.count && negationGaps[language]?.contains(tokens[range.upperBound].folded) == true
            ? range.upperBound + 1 : range.upperBound
        if after < tokens.count, negationsAfter[language]?.contains(tokens[after].folded) == true,
           !found.contains(where: { $0.0 == .negation }) {
            found.append((.negation, after))
        }
        // (« sanctionnera la Moldavie si elle rejoint l’UE »: a condition after it, not a concession — « même si ».)
        if let conditions = conditionsAfter[language], !found.contains(where: { $0.0 == .hypothetical }),
           let i = (range.upperBound..<min(tokens.count, range.upperBound + conditionWindow)).first(where: { conditions.contains(tokens[$0].folded) }),
           !(i > 0 && concessives[language]?.contains(tokens[i - 1].folded) == true),
           // ("warned Moldova that it would face consequences if it joined": past « que », "that", the condition is the
           // reported clause's.)
           !(range.upperBound..<i).contains(where: { subordinators[language]?.contains(tokens[$0].folded) == true }) {
            found.append((.hypothetical, i))
        }
        // « Une nouvelle guerre entre l’Arménie et l’Azerbaïdjan reste possible », « La rencontre … prévue à Bruxelles a
        // été annulée »: after a noun trigger, in its clause, its predicate.
        if !isVerb, let predicates = predicatesAfter[language],
           let (cue, at) = (range.upperBound..<min(tokens.count, range.upperBound + conditionWindow)).lazy
               .filter({ clause[$0] == clause[range.lowerBound] })
               .compactMap({ i in predicates.first(where: { self.matches($0.words, tokens, at: i) }).map { ($0.cue, i) } }).first,
           !found.contains(where: { $0.0 == cue }) {
            found.append((cue, at))
        }
        // « n’a pas quitté »: a particle with a completer before the trigger, right after it (« ne quitte
        // pas »), or before the particle, opening the clause (« Pas un pays n’a reconnu »).
        if let particles = particles[language], let completers = completers[language],
           let p = (from..<range.lowerBound).last(where: { clause[$0] == clause[range.lowerBound] && particles.contains(tokens[$0].folded) }),
           !opensAClause(between: p, and: range.lowerBound, tokens, language),
           ((p + 1)..<range.lowerBound).contains(where: { completers.contains(tokens[$0].folded) })
            // A simple tense puts the completer after the verb: « ne reconnaît pas », « ne la quitte plus ».
            || (range.lowerBound - p <= 3 && (range.upperBound..<min(tokens.count, range.upperBound + 2)).contains(where: { completers.contains(tokens[$0].folded) }))
            || ((clauseStart(of: range.lowerBound, clause)..<p).contains(where: { negativeSubjects[language]?.contains(tokens[$0].folded) == true })
                && !subordinated(range.lowerBound, after: p, tokens, language)),
           !found.contains(where: { $0.0 == .negation }) {
            found.append((.negation, p))
        }
        // "None of the five states has recognized": a negative subject opening the clause.
        if let negative = negativeSubjects[language], !found.contains(where: { $0.0 == .negation }) {
            let start = clauseStart(of: range.lowerBound, clause)
            if let k = (start..<min(start + 2, range.lowerBound)).first(where: { negative.contains(tokens[$0].folded) }),
               !subordinated(range.lowerBound, after: k, tokens, language) {
                found.append((.negation, k))
            }
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

    /// Whether a `scope_end` conjunction followed by a name (a capitalized word) or a subject pronoun stands between the
    /// cue at `k` and the trigger at `i`.
    func opensAClause(between k: Int, and i: Int, _ tokens: [Token], _ language: String) -> Bool {
        guard let ends = scopeEnds[language] else { return false }
        return ((k + 1)..<i).contains { j in
            ends.contains { end in
                let next = j + end.count
                return matches(end, tokens, at: j) && next < i
                    && (tokens[next].capitalized || subjectPronouns[language]?.contains(tokens[next].folded) == true)
            }
        }
    }

    /// A subordinator (« que », "that") stands between token `k` and token `i`.
    func subordinated(_ i: Int, after k: Int, _ tokens: [Token], _ language: String) -> Bool {
        guard let words = subordinators[language], k + 1 < i else { return false }
        return ((k + 1)..<i).contains { words.contains(tokens[$0].folded) }
    }

    /// The first token of the clause token `i` stands in.
    func clauseStart(of i: Int, _ clause: [Int]) -> Int {
        var k = i
        while k > 0 && clause[k - 1] == clause[i] { k -= 1 }
        return k
    }
}
