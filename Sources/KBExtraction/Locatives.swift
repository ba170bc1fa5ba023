import Foundation
import KBParsing

/// The rule that tells a place from an actor, from `data/lexicon/locatives.tsv`:
///
/// - after a locative preposition (`en`, `au`, `aux`, `dans`; `in`), articles skipped, a mention is a
///   location: `la guerre en Ukraine`, `dans le Caucase`;
/// - after a preposition that is locative only with events (`à`, `at`), it is a location when the
///   sentence starts with it (`À Astana en octobre dernier…`) or an event noun stands within the five
///   words before (`le sommet de la CEI à Astana`, `manifestations populaires à Erevan`); otherwise it
///   is addressed, an actor (`rappeler à Moscou`);
/// - a blocker just before the preposition (`quant au`, `face à`) keeps the mention an actor, and
///   persons and role phrases are always actors (`au président kazakh` is addressed);
/// - everywhere else it is an actor.
///
/// The words are per language (folded `à` is `a`, an English article): a report uses its language's.
public struct Locatives: Sendable {
    public struct Words: Sendable {
        public var locative: Set<String> = []
        public var locativeIfEvent: Set<String> = []
        public var articles: Set<String> = []
        public var eventNouns: Set<String> = []
        /// Words that, just before the preposition, make it no place: `quant au`, `face à`.
        public var blockers: Set<String> = []
        /// Words joining two names: `et`, `and` (« ses homologues tadjik et kirghize » names two leaders).
        public var coordinators: Set<String> = []
    }

    /// Language code → its words.
    public var languages: [String: Words] = [:]
    /// How many words before the preposition an event noun may stand.
    public var eventWindow = 5

    public init() {}

    public init(dataDirectory: URL) throws {
        let table = try TSVTable(contentsOf: dataDirectory.appendingPathComponent("lexicon/locatives.tsv"))
        try table.require("lang", "kind", "word")
        for row in table.rows {
            let word = Folding.fold(row["word"])
            switch row["kind"] {
            case "locative": languages[row["lang"], default: Words()].locative.insert(word)
            case "locative_if_event": languages[row["lang"], default: Words()].locativeIfEvent.insert(word)
            case "article": languages[row["lang"], default: Words()].articles.insert(word)
            case "event_noun": languages[row["lang"], default: Words()].eventNouns.insert(word)
            case "blocker": languages[row["lang"], default: Words()].blockers.insert(word)
            case "coordinator": languages[row["lang"], default: Words()].coordinators.insert(word)
            default:
                throw DataFileError.malformed(path: table.origin, line: row.line, reason: "unknown kind '\(row["kind"])'")
            }
        }
    }

    /// The function of a mention whose first word is `tokens[index]`, in a text in `language`.
    public func function(ofMentionAt index: Int, in tokens: [Token], language: String?) -> MentionFunction {
        guard let words = language.flatMap({ languages[$0] }) else { return .actor }
        return words.function(ofMentionAt: index, in: tokens, eventWindow: eventWindow)
    }
}

extension Locatives.Words {
    func function(ofMentionAt index: Int, in tokens: [Token], eventWindow: Int) -> MentionFunction {
        var p = index - 1
        while p >= 0 && articles.contains(tokens[p].folded) { p -= 1 }
        guard p >= 0 else { return .actor }
        let preposition = tokens[p].folded
        if p > 0 && blockers.contains(tokens[p - 1].folded) { return .actor }
        if locative.contains(preposition) { return .location }
        if locativeIfEvent.contains(preposition) {
            if p == 0 { return .location }
            for q in max(0, p - eventWindow)..<p where eventNouns.contains(tokens[q].folded) { return .location }
        }
        return .actor
    }
}
