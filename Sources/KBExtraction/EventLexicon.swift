import Foundation
import KBParsing

/// The role of an entity in an event.
public enum EventRole: String, Sendable, CaseIterable, Comparable {
    case aggressor, target, party, mediator, host, member, supplier, recipient

    public static func < (a: EventRole, b: EventRole) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// A side of a two-sided event in a role of its own (party; aggressor and target of a strike): not its mediator,
    /// host or place.
    var isSide: Bool { [.party, .aggressor, .target].contains(self) }
}

/// A kind of event, from `data/event-types.tsv`.
public struct EventType: Sendable, Equatable {
    public var name: String
    /// CAMEO root code (`19`), when one fits.
    public var cameo: String?
    public var goldstein: Double?
    public var labelEn: String
    public var labelFr: String
    /// Who does it, and to whom.
    public var agentRole: EventRole
    public var patientRole: EventRole
    /// Every participant named with it is a party (`les affrontements entre Bakou et Erevan`).
    public var symmetric: Bool
    /// A span of time (a war): « depuis 2014 » is its span; otherwise « depuis le 24 février 2022 »
    /// dates it to its start.
    public var durative: Bool
    /// The role of the state where it happens (`host` for a summit).
    public var placeRole: EventRole?
    /// The type of the event that opens it (a war begins with an invasion).
    public var beginsWith: String?
    /// The types of event it puts an end to between its own sides (a ceasefire ends fighting).
    public var ends: Set<String> = []
    /// A territory undergoes it once: two tellings at the same territory are one event (an annexation).
    public var oncePerTerritory = false
    /// An organization undergoes it once (`once_per_organization`): named alone, it is the whole event; the known one of that
    /// organization, at any distance in time.
    public var oncePerOrganization = false
    /// For an event type: the predicate an event of it states between its sides (`relation` in event-types.tsv:
    /// a clash is an armed conflict between its sides, a meeting a summit between its parties).
    public var relation: String? = nil
    /// Conflictual: a Goldstein value below zero (a clash, a war, a strike).
    public var hostile: Bool { (goldstein ?? 0) < 0 }
    /// For a predicate, what its denial asserts (not `left` → `member_of`).
    public var denialImplies: String? = nil
    /// Undated, it takes roughly the date of the event it is about (a statement on the invasion).
    public var datedByObject = false
    /// The doer's next words continue it (`continued`): an undated mention of the type in the sentence right after one
    /// of its mentions, in its paragraph, by the same doer, is the same event (one speech told in two sentences).
    public var continued = false
    /// For a meeting: the type of event it is also for the one side it gathers besides the two sides of a conflict its
    /// sentence tells (`third_party`: a mediation).
    public var thirdParty: String? = nil
    /// For a predicate: with no object named, its object is who does the event named right after its
    /// trigger (« condamner l’invasion de l’Ukraine » condemns the invader).
    public var objectFromEvent = false
    /// For a predicate: with no object named, its object is the territory the event named right after its
    /// trigger is about (« reconnaître l’annexion de la Crimée » recognizes it of Crimea, not of Ukraine).
    public var objectFromEventTerritory = false
    /// For a predicate: with no object named, its objects are the sides of the two-sided event its sentence
    /// tells (« les accords trouvés entre les deux pays …, écartant de fait la médiation russe »).
    public var objectFromEventSides = false
    /// For a predicate: the kinds its object may be (empty: any). « left Kazakhstan » leaves no organization.
    public var objectKinds: Set<EntityKind> = []
    /// For a predicate, the kinds its subject may be; for an event type, those of its agent (`agent_kinds`); empty: any. No
    /// organization invades or annexes: "sanctions that the European Union imposed on Russia after it invaded Ukraine"
    /// makes the EU invade nothing.
    public var subjectKinds: Set<EntityKind> = []
    /// For a predicate of class `cooperation`: « contre », "against" name an opponent, never a party
    /// ("built a coalition against Russia").
    public var cooperative = false
    /// For a predicate: the states listed in parentheses right after an organization are its subjects, the
    /// organization its object (« l’Organisation des États turciques (Azerbaïdjan, Kazakhstan, …) »), and so is a
    /// state with its organization in parentheses (« la Roumanie (UE) »).
    public var parenthetical = false
}

/// A word or phrase that announces an event, from `data/lexicon/event-triggers.tsv`.
public struct EventTrigger: Sendable {
    /// Folded words; a word ending in `*` matches any word starting with the rest.
    public var words: [String]
    public var type: String
    public var isVerb: Bool
    /// What « de X » right after a noun trigger is: `patient`, `agent`, or nothing.
    public var genitive: String
    /// A finer CAMEO root than the type's (`condamner` → 11 within `statement`).
    public var cameo: String?
    /// The trigger itself denies its predicate (`se passer du soutien de` X: not depend on X), so a
    /// negation affirms it (« ne semble pas en mesure de se passer du soutien russe »).
    public var inverted = false
    /// Its subject is the predicate's object and its object the subject ("the CSTO groups Russia,
    /// Belarus…": they are members of it).
    public var reversed = false
    /// It is one only with a name right after it ("met Nikol Pashinyan", not "met Ukrainian resistance"
    /// nor "met its obligations").
    public var needsNamedObject = false
    /// A trigger that is one only with a word of that class soon after it: armed forces for a verb of sending (`object` =
    /// `forces`: "sent more than 2,000 troops", « a dépêché plus de 2 000 soldats »; "sent a letter" is none), arms for a
    /// noun of selling or delivering (`arms`: « la vente de 32 drones Bayraktar TB2 »; « ses livraisons de gaz » is none).
    public var objectClass: EventLexicon.WordClass? = nil
    /// And that name a state, an organization or a region, not a person ("turned to China", not "turned to Putin
    /// and said"): `object` = `polity`.
    public var needsPolityObject = false
    /// A verb of saying: what follows is a clause, never its object ("said Moscow would mediate").
    public var takesClause = false
    /// A request of the name right after it, unless a question word follows that name ("asked the CSTO for help";
    /// "asked Macron why" asks a question): `object` = `request`.
    public var isRequest = false
    /// A noun that is also a verb form of another sense (« les difficultés que Moscou rencontre en
    /// Ukraine »): right after a name or a subject pronoun it is that verb, and one only with a name
    /// right after it (« Poutine rencontre Erdogan »).
    public var needsNamedObjectAsVerb = false
    /// A verb whose object is struck (`object` = `struck`: "shelled", « ont bombardé », « se sont abattus sur »): the
    /// object, or the state of the place it names, is the event's target and who strikes its aggressor; the event
    /// needs that object named, and then no other side.
    public var strikes = false
    /// For a predicate's trigger: what the state whose capital or place hosts it does to each side, when the
    /// sentence names it no other way (`host` = `mediates_between`: talks between two sides in a third
    /// state's capital are that state's mediation).
    public var hostPredicate: String? = nil

    func matches(_ tokens: [Token], at i: Int) -> Bool {
        guard i + words.count <= tokens.count else { return false }
        for (k, word) in words.enumerated() {
            let token = tokens[i + k].folded
            if word.utf8.last == UInt8(ascii: "*") {
                // Folded words compare byte for byte.
                guard token.utf8.starts(with: word.utf8.dropLast()) else { return false }
            } else if token != word {
                return false
            }
        }
        return true
    }
}

/// Event types, their triggers and the words that give participants their roles, per language.
public struct EventLexicon: Sendable {
    public var types: [String: EventType] = [:]
    /// Type names in the file's order.
    public var typeOrder: [String] = []

    struct Words: Sendable {
        /// First folded word → triggers starting with it, longest first.
        var triggers: [String: [EventTrigger]] = [:]
        /// Triggers whose first word is a stem (`envahi*`), longest first.
        var stemTriggers: [EventTrigger] = []
        /// The same, by the first bytes of their stem (``stemKey(_:)``): a token is checked against the
        /// few that may match it, not against all of them.
        var stemIndex: [String: [EventTrigger]] = [:]
        /// Stems shorter than a key, checked at every token.
        var shortStemTriggers: [EventTrigger] = []
        /// Slot → its word sequences, longest first.
        var slots: [String: [[String]]] = [:]
        var articles: Set<String> = []
        /// Articles and the words of slots: what does not count as a content word between a
        /// trigger and what it governs.
        var functionWords: Set<String> = []
        /// Verbs whose subject is the agent of the noun trigger after them (`acquis`, `lancé`).
        var lightVerbs: [EventTrigger] = []
        /// « quant à »: the sentence's topic, subject of its verb.
        var topics: [[String]] = []
        /// Closed classes of single words (``WordClass``).
        var classes: [WordClass: Set<String>] = [:]
        /// Their entries of several words (« en effet », "in fact"), longest first.
        var phrases: [WordClass: [[String]]] = [:]
    }

    /// Closed classes of words read by the role rules, each a slot of `lexicon/event-roles.tsv`.
    public enum WordClass: String, Sendable, CaseIterable {
        /// « qui »: the antecedent of a relative pronoun before a verb is its subject.
        case relative
        /// Subject pronouns: they carry the subject of the sentence before.
        case pronoun
        /// After a comma, they start another clause.
        case conjunction
        /// Before a verb, they make it an infinitive whose subject is the clause's (« a décidé de
        /// s’éloigner », « a fait preuve d’une volonté de se rapprocher »).
        case infinitive
        /// Nouns naming another actor than their complement (« le meilleur allié de Moscou »): that
        /// complement is no subject.
        case counterpart
        /// « rivaux », "rivals": the two sides a meeting's sentence calls so are in conflict (talks between them in a third
        /// state's city are its mediation).
        case rival
        /// Nouns that stand for their complement after a verb (« soutenir l’intégrité territoriale de X »).
        case transparent
        /// Participles a name is hyphenated to when it only qualifies the next noun ("the Russian-led
        /// CSTO", "Moscow-backed separatists"): that name is neither subject nor object of a verb.
        case qualifier
        /// Verbs whose subject is where the noun trigger after them stands ("Armenia hosts a Russian
        /// military base", « le Tadjikistan abrite la plus grande base militaire russe »).
        case hosting
        /// Indefinite articles, skipped before a noun in apposition ("Armenia, a member of the CSTO")
        /// but not articles elsewhere: "an attack" does not refer back to the attack told before.
        case indefinite
        /// Auxiliaries, between a subject's apposition and its verb (« Vladimir Poutine, a annoncé »).
        case auxiliary
        /// Before an event, they make it the time of another (« après l’invasion »).
        case temporal
        /// Adverbs that may follow a coordination without ending a list (« à l’Azerbaïdjan, au
        /// Kirghizstan et également au Tadjikistan »).
        case additive
        /// Possessive determiners: « son refus », "its refusal" — the owner is the sentence's actor.
        case possessive
        /// Armed forces, which stand for the state of the demonym after them (« par les troupes russes »).
        case force
        /// « que », "that": a light or hosting verb before them governs nothing after them.
        case complementizer
        /// « si », « puisque », "because": the same, and a pronoun after them is the main clause's subject.
        case subordinator
        /// After a subject pronoun, the words that make it impersonal (« Il est difficile de »).
        case impersonal
        /// Verbs that voice what the noun after them names (« a fait part de ses préoccupations »): their
        /// subject owns the possessive before that noun.
        case expressing
        /// Plural possessives (« leur », "their"): before a symmetric noun, its parties are the names listed
        /// together before it.
        case pluralPossessive = "plural_possessive"
        /// « sans », "without" after a negated trigger: the negation bears on them, not on the trigger.
        case exceptive
        /// « les » as an object pronoun after « qui » (« le conflit qui les oppose »): the names listed before.
        case pluralObjectClitic = "plural_object_clitic"
        /// « le », « la » as an object pronoun after « qui » (« l’insurrection qui le menaçait »): the actor named last before.
        case singularObjectClitic = "singular_object_clitic"
        /// "ended", « mis fin à »: between an agreement and the fighting after it, the agreement ended that fighting.
        case terminative
        /// « est », « sont », "is", "are": a light verb for a noun trigger close after it only ("Armenia is a
        /// member of the CSTO"; not « Poutine est désormais largement distrait par le conflit »).
        case copula
        /// "was", "were", "been": before a participle ("was condemned"), the subject undergoes the verb.
        case passiveAuxiliary = "passive_auxiliary"
        /// The English possessive « 's »: "Russia's invasion" names its doer.
        case possessiveClitic = "possessive_clitic"
        /// « cet », « cette », "this": before a noun trigger, the event the text is telling (« cet avertissement »).
        case demonstrative
        /// « missiles », « drones », "shells": arms, which strike when no one named does (« des missiles se sont abattus »).
        case weapon
        /// « du », « au », « aux »: a preposition and a definite article in one word — before a noun trigger, the event
        /// the text is telling, as after « le » (« lors du sommet »).
        case contractedArticle = "contracted_article"
        /// « lors de », « pendant », "during": what follows is the event the one told before happened during.
        case frame
        /// « après », "after": what follows happened before (a truce « après des combats » ends them).
        case subsequent
        /// « a conduit à », « se soldant par », "led to": the event right after them followed from the dated one before.
        case consequence
        /// « garanti par », "to monitor": between an agreement and the force that upholds it, told in one breath; the two
        /// began together.
        case guarantee
        /// "again", "next", « de nouveau », « deuxième »: near its trigger, the event is another occurrence than one
        /// told or known before (no known event dates it).
        case novelty
        /// « oppose », « opposent »: a party slot naming the sides of the noun before it only when a name follows at once
        /// (« le conflit qui oppose le Kirghizstan et le Tadjikistan »; not « le conflit qui les oppose), la Géorgie »).
        case opposing
        /// « nouvelle », "new": before a known event's proper name, another of its kind (« toute nouvelle mobilisation
        /// partielle », "a new grain deal") — not the catalogue's.
        case renewal
        /// « annuel », "annual": near its trigger, a meeting held at fixed times — an organization's regular summit,
        /// which its place alone tells (« À Samarcande, … lors de cette réunion étatique annuelle »).
        case periodic
        /// "first", « premier »: near its trigger, the event is the first of a series — a known event only if its label
        /// says so.
        case first
        /// « ils », « elles », "they": a subject pronoun standing for the sides of the last two-sided event.
        case pluralPronoun = "plural_pronoun"
        /// Adverbs that may stand before a verb without changing who does it (« ouvertement », "openly").
        case adverb
        /// The words of a short incise between a subject and its verb (« pour sa part », "for its part").
        case incise
        /// Role nouns naming the holder of the same office as the person named before, in another state
        /// (« son homologue turc », "his Turkish counterpart").
        case peer
        /// « mutuellement », "each other": by a trigger whose subjects are several, each does it to the others.
        case reciprocal
        /// « contre », "against": a patient slot that names whom a cooperation is turned against, not its object.
        case adversative
        /// « autres », "other": before a noun coordinated with a name, that name is one of them too (« la Russie
        /// et les autres États membres »).
        case other
        /// « ancien », "former": before a noun, what no longer holds (« son ancien allié »).
        case former
        /// "whose": a relative whose antecedent owns the noun after it ("Tokayev, whose country").
        case possessiveRelative = "possessive_relative"
        /// « s’expose à », "faces": a verb whose subject undergoes the noun trigger after it (its patient).
        case undergoing
        /// « avec », "with": a party slot after a two-sided noun whose names are its other side, each with whoever holds it,
        /// never with one another ("postponed a meeting with Sweden and Finland" meets no Sweden–Finland).
        case comitative
        /// "what she called", « ce qu’il a qualifié de »: words that name what follows them in the speaker's terms.
        case namingFrame = "naming_frame"
        /// « accorder », "granted": a verb whose recipients do the noun trigger after it, its subject being its other side.
        case granting
        /// Nouns standing for a state after a possessive (« le pays », "country", "government").
        case stateNoun = "state_noun"
        /// Nouns through which the name completing them acts (« les autorités de la Moldavie », "the leaders of
        /// Russia"): that name may be a verb's subject; the complement of any other noun may not (« la fin de
        /// non-recevoir de l’alliance et de nombreux États restent dépendants »). Forces and state nouns too.
        case agentNoun = "agent_noun"
        /// « frontière », "border": « avec X », "with X" after one name the neighbour, no participant of a one-sided event; the
        /// states named right after it (« le long de la frontière commune entre l’Azerbaïdjan et l’Arménie ») are where an event
        /// with none in its place role happens.
        case border
        /// « citoyens », "opposition": people a demonym next to them does not make their state (« des citoyens russes »).
        case privateGroup = "private_group"
        /// « tous deux », "both", "all three": words gathering the list a noun is in apposition to.
        case gathering
        /// Verbs whose negation leaves the noun they take a fact (« n’a pas commenté la visite », "did not attend
        /// the summit").
        case presupposing
        /// « dont », "of which": a relative whose antecedent completes the noun of its clause (« l’OTSC, dont
        /// l’Arménie est membre »: a member of the CSTO).
        case genitiveRelative = "genitive_relative"
        /// « en », "by": before a participle, a gerund whose subject is the main clause's (« En restant à
        /// distance des ambitions de Moscou, Pékin cherche … »).
        case gerund
        /// The endings of that participle (« -ant », "-ing").
        case gerundEnding = "gerund_ending"
        /// Pronouns and particles that may stand between the gerund's marker and its participle (« se », « ne »).
        case gerundClitic = "gerund_clitic"
        /// « et », « ou », "and", "or": a name they join to a noun trigger's phrase is that phrase's sibling,
        /// not the party standing before the noun (« la CEI ou la création de l’OTSC » founds no CIS).
        case coordinator
        /// « a », « est », "has", "is": a singular auxiliary — after a list and its relative, the verb is the last name's
        /// alone (« entre Moscou et Astana, qui s’est gardée »).
        case singularVerb = "singular_verb"
        /// Prepositions no slot reads (« pour », "from"): a name after one completes it, and is neither a verb's subject nor
        /// the party standing before a noun.
        case preposition
        /// Nouns turned against their complement (« l’exclusion de la Russie », "the isolation of Russia"): that
        /// complement is not the object of the verb taking them.
        case adverse
        /// Endings of a past tense read as a finite verb ("reinforced"): a name before such a word opens a clause.
        case pastEnding = "past_ending"
        /// Endings of a singular present ("accuses"): after a list and its relative, the verb is the last name's.
        case singularEnding = "singular_ending"
        /// « demande », "request", "behest": opening the sentence after a locative (« À la demande de Moscou »), the name
        /// completing it is who asked, not where the event took place.
        case request
        /// "planned", « prévu »: before a noun trigger, says it was scheduled; between a refusal and the noun, nothing.
        case scheduled
        /// « retiré », "withdrew": a verb of taking away; before a noun trigger, the noun's « de X » is where from.
        case ablative
        /// "why", "about", « pourquoi »: right after the name a request names, a question, no request ("asked Macron why").
        case question
        /// « environ », « quelque », "about", "some": before a number, part of it, no content word ("deployed about 2,000
        /// peacekeepers" deploys peacekeepers as "deployed peacekeepers" does).
        case approximator
    }

    /// How many words may stand between a copula and its noun (articles aside): "is a founding member".
    static let copulaReach = 2

    var languages: [String: Words] = [:]

    public init() {}

    public init(dataDirectory: URL) throws {
        let typesTable = try TSVTable(contentsOf: dataDirectory.appendingPathComponent("event-types.tsv"))
        try typesTable.require("type", "cameo", "goldstein", "label_en", "label_fr", "agent_role", "patient_role", "symmetric", "durative", "place_role")
        for row in typesTable.rows {
            func role(_ column: String) throws -> EventRole {
                guard let r = EventRole(rawValue: row[column]) else {
                    throw DataFileError.malformed(path: typesTable.origin, line: row.line, reason: "\(column): unknown role '\(row[column])'")
                }
                return r
            }
            let placeRole: EventRole? = row["place_role"].isEmpty ? nil : try role("place_role")
            var type = EventType(name: row["type"], cameo: row["cameo"].isEmpty ? nil : row["cameo"],
                                 goldstein: Double(row["goldstein"]), labelEn: row["label_en"], labelFr: row["label_fr"],
                                 agentRole: try role("agent_role"), patientRole: try role("patient_role"),
                                 symmetric: row["symmetric"] == "yes", durative: row["durative"] == "yes", placeRole: placeRole,
                                 beginsWith: row["begins_with"].isEmpty ? nil : row["begins_with"],
                                 datedByObject: row["dated_by_object"] == "yes")
            type.ends = Set(row["ends"].split(separator: "|").map(String.init))
            type.oncePerTerritory = row["once_per_territory"] == "yes"
            type.oncePerOrganization = row["once_per_organization"] == "yes"
            type.continued = row["continued"] == "yes"
            type.thirdParty = row["third_party"].isEmpty ? nil : row["third_party"]
            type.relation = row["relation"].isEmpty ? nil : row["relation"]
            for kind in row["agent_kinds"].split(separator: "|") {
                guard let k = EntityKind(rawValue: String(kind)) else {
                    throw DataFileError.malformed(path: typesTable.origin, line: row.line, reason: "unknown entity kind '\(kind)'")
                }
                type.subjectKinds.insert(k)
            }
            types[type.name] = type
            typeOrder.append(type.name)
        }
        for row in typesTable.rows where !row["third_party"].isEmpty && types[row["third_party"]] == nil {
            throw DataFileError.malformed(path: typesTable.origin, line: row.line, reason: "third_party: unknown type '\(row["third_party"])'")
        }
        try loadTriggersAndRoles(dataDirectory: dataDirectory, triggers: "lexicon/event-triggers.tsv")
    }

    /// The predicates of assertions (`predicates.tsv`, `lexicon/predicate-triggers.tsv`) read as
    /// types whose agent is the subject (`agentRole` = `aggressor` stands for it) and whose patient is
    /// the object (`target`); `co_mention` has no trigger and is left out.
    public init(predicatesIn dataDirectory: URL) throws {
        let table = try TSVTable(contentsOf: dataDirectory.appendingPathComponent("predicates.tsv"))
        try table.require("key", "label", "label_fr", "cameo", "goldstein", "symmetric", "place_role")
        for row in table.rows where row["key"] != "co_mention" {
            let type = EventType(name: row["key"], cameo: row["cameo"].isEmpty ? nil : row["cameo"], goldstein: Double(row["goldstein"]),
                                 labelEn: row["label"], labelFr: row["label_fr"], agentRole: .aggressor, patientRole: .target,
                                 symmetric: row["symmetric"] == "1", durative: false,
                                 placeRole: row["place_role"] == "object" ? .target : row["place_role"] == "subject" ? .aggressor : nil,
                                 beginsWith: nil,
                                 denialImplies: row["denial_implies"].isEmpty ? nil : row["denial_implies"])
            var predicate = type
            predicate.objectFromEvent = row["object_from_event"] == "yes"
            predicate.objectFromEventTerritory = row["object_from_event"] == "territory"
            predicate.objectFromEventSides = row["object_from_event"] == "sides"
            guard ["", "yes", "territory", "sides"].contains(row["object_from_event"]) else {
                throw DataFileError.malformed(path: table.origin, line: row.line, reason: "unknown object_from_event '\(row["object_from_event"])'")
            }
            predicate.cooperative = row["class"] == "cooperation"
            predicate.parenthetical = row["parenthetical"] == "yes"
            for kind in row["object_kinds"].split(separator: "|") {
                guard let k = EntityKind(rawValue: String(kind)) else {
                    throw DataFileError.malformed(path: table.origin, line: row.line, reason: "unknown entity kind '\(kind)'")
                }
                predicate.objectKinds.insert(k)
            }
            for kind in row["subject_kinds"].split(separator: "|") {
                guard let k = EntityKind(rawValue: String(kind)) else {
                    throw DataFileError.malformed(path: table.origin, line: row.line, reason: "unknown entity kind '\(kind)'")
                }
                predicate.subjectKinds.insert(k)
            }
            types[type.name] = predicate
            typeOrder.append(type.name)
        }
        try loadTriggersAndRoles(dataDirectory: dataDirectory, triggers: "lexicon/predicate-triggers.tsv")
    }

    mutating func loadTriggersAndRoles(dataDirectory: URL, triggers file: String) throws {
        let triggers = try TSVTable(contentsOf: dataDirectory.appendingPathComponent(file))
        try triggers.require("lang", "type", "words", "pos", "genitive")
        for row in triggers.rows {
            guard types[row["type"]] != nil else {
                throw DataFileError.malformed(path: triggers.origin, line: row.line, reason: "unknown event type '\(row["type"])'")
            }
            // Fold each word but keep a trailing `*`.
            let words = row["words"].split(separator: " ").flatMap { word -> [String] in
                let stem = word.hasSuffix("*")
                let folded = Tokenizer.tokens(String(stem ? word.dropLast() : word)).map(\.folded)
                guard stem, let last = folded.last else { return folded }
                return folded.dropLast() + [last + "*"]
            }
            guard let first = words.first else { throw DataFileError.malformed(path: triggers.origin, line: row.line, reason: "no words") }
            var trigger = EventTrigger(words: words, type: row["type"], isVerb: row["pos"] == "verb",
                                       genitive: row["genitive"].isEmpty ? "none" : row["genitive"],
                                       cameo: row["cameo"].isEmpty ? nil : row["cameo"], inverted: row["polarity"] == "inverted")
            trigger.reversed = row["direction"] == "inverse"
            trigger.needsNamedObject = row["object"] == "name" || row["object"] == "polity" || row["object"] == "request"
            trigger.isRequest = row["object"] == "request"
            trigger.needsPolityObject = row["object"] == "polity"
            trigger.needsNamedObjectAsVerb = row["object"] == "name_as_verb"
            trigger.takesClause = row["object"] == "clause"
            trigger.strikes = row["object"] == "struck"
            trigger.objectClass = row["object"] == "forces" ? .force : row["object"] == "arms" ? .weapon : nil
            if !row["host"].isEmpty {
                guard types[row["host"]] != nil else {
                    throw DataFileError.malformed(path: triggers.origin, line: row.line, reason: "unknown host predicate '\(row["host"])'")
                }
                trigger.hostPredicate = row["host"]
            }
            if first.hasSuffix("*") {
                languages[row["lang"], default: Words()].stemTriggers.append(trigger)
            } else {
                languages[row["lang"], default: Words()].triggers[first, default: []].append(trigger)
            }
        }
        let roles = try TSVTable(contentsOf: dataDirectory.appendingPathComponent("lexicon/event-roles.tsv"))
        try roles.require("lang", "slot", "words")
        let slots = Set(["genitive", "agent", "patient", "party", "host", "recipient", "place", "article", "light_verb", "topic"]
            + WordClass.allCases.map(\.rawValue))
        for row in roles.rows {
            guard slots.contains(row["slot"]) else {
                throw DataFileError.malformed(path: roles.origin, line: row.line, reason: "unknown slot '\(row["slot"])'")
            }
            if row["slot"] == "light_verb" {
                let words = row["words"].split(separator: " ").map { w -> String in
                    let stem = w.hasSuffix("*")
                    let folded = Tokenizer.tokens(String(stem ? w.dropLast() : w)).map(\.folded).joined()
                    return stem ? folded + "*" : folded
                }
                languages[row["lang"], default: Words()].lightVerbs.append(EventTrigger(words: words, type: "", isVerb: true, genitive: "none"))
                continue
            }
            let words = Tokenizer.tokens(row["words"]).map(\.folded)
            if let wordClass = WordClass(rawValue: row["slot"]) {
                if words.count > 1 {
                    languages[row["lang"], default: Words()].phrases[wordClass, default: []].append(words)
                } else {
                    languages[row["lang"], default: Words()].classes[wordClass, default: []].formUnion(words)
                }
                continue
            }
            if row["slot"] == "topic" {
                languages[row["lang"], default: Words()].topics.append(words)
                continue
            }
            languages[row["lang"], default: Words()].functionWords.formUnion(words)
            if row["slot"] == "article" {
                languages[row["lang"], default: Words()].articles.formUnion(words)
            } else {
                languages[row["lang"], default: Words()].slots[row["slot"], default: []].append(words)
            }
        }
        for lang in languages.keys {
            for key in languages[lang]!.triggers.keys { languages[lang]!.triggers[key]!.sort { $0.words.count > $1.words.count } }
            languages[lang]!.stemTriggers.sort { $0.words.count > $1.words.count }
            for trigger in languages[lang]!.stemTriggers {
                let stem = trigger.words[0].dropLast()
                if let key = Self.stemKey(stem) {
                    languages[lang]!.stemIndex[key, default: []].append(trigger)
                } else {
                    languages[lang]!.shortStemTriggers.append(trigger)
                }
            }
            for key in languages[lang]!.slots.keys { languages[lang]!.slots[key]!.sort { $0.count > $1.count } }
            for key in languages[lang]!.phrases.keys { languages[lang]!.phrases[key]!.sort { $0.count > $1.count } }
        }
    }

    /// The first three bytes of a folded word, or `nil` when it is shorter.
    static func stemKey<S: StringProtocol>(_ word: S) -> String? {
        let bytes = word.utf8
        guard bytes.count >= 3 else { return nil }
        return String(decoding: bytes.prefix(3), as: UTF8.self)
    }

    /// The triggers of one sentence, left to right, never overlapping, outside `covered` tokens.
    func triggers(in tokens: [Token], language: String?, covered: Set<Int>) -> [(range: Range<Int>, trigger: EventTrigger)] {
        guard let language, let words = languages[language] else { return [] }
        var found: [(Range<Int>, EventTrigger)] = []
        var i = 0
        while i < tokens.count {
            guard !covered.contains(i) else { i += 1; continue }
            // The longest trigger starting here (the first of equals), among those its first word may
            // start, read in place: this runs at every word of every sentence.
            let folded = tokens[i].folded
            var best: EventTrigger? = nil
            for group in [words.triggers[folded] ?? [], Self.stemKey(folded).flatMap { words.stemIndex[$0] } ?? [], words.shortStemTriggers] {
                for t in group where t.words.count > (best?.words.count ?? 0) && t.matches(tokens, at: i)
                    && !(i..<(i + t.words.count)).contains(where: { covered.contains($0) }) {
                    best = t
                }
            }
            if let best {
                found.append((i..<(i + best.words.count), best))
                i += best.words.count
            } else if let (trigger, length) = triggerPastAnAdverb(at: i, in: tokens, words: words, language: language, covered: covered) {
                found.append((i..<(i + length), trigger))
                i += length
            } else {
                i += 1
            }
        }
        return found
    }

    /// « a ensuite rencontré », « ont fermement condamné », "has also recognised", "depends heavily on": a
    /// trigger of several words that opens with an auxiliary or is a verb, read past one or two adverbs
    /// standing after its first word; its length in the sentence, adverbs included.
    private func triggerPastAnAdverb(at i: Int, in tokens: [Token], words: Words, language: String?,
                                     covered: Set<Int>) -> (EventTrigger, Int)? {
        var k = i + 1
        while k < tokens.count, k - i <= 4, case let n = wordLength(tokens, at: k, .adverb, language: language), n > 0,
              !(k..<(k + n)).contains(where: covered.contains) { k += n }
        let skipped = k - i - 1
        guard skipped > 0, k < tokens.count, !covered.contains(k) else { return nil }
        let auxiliary = isWord(tokens[i], .auxiliary, language: language)
        let rest = [tokens[i]] + tokens[k..<min(tokens.count, k + 7)]
        let best = (words.triggers[tokens[i].folded] ?? []).filter { $0.words.count > 1 && (auxiliary || $0.isVerb) && $0.matches(rest, at: 0) }
            .max { $0.words.count < $1.words.count }
        guard let best, !(i..<(i + best.words.count + skipped)).contains(where: { covered.contains($0) }) else { return nil }
        return (best, best.words.count + skipped)
    }

    /// Every slot the words at token `i` may be (`au` is a place or a recipient).
    func slots(at i: Int, in tokens: [Token], language: String?) -> (slots: Set<String>, length: Int)? {
        guard let language, let words = languages[language] else { return nil }
        var length = 0
        var found: Set<String> = []
        for (slot, phrases) in words.slots {
            for p in phrases where i + p.count <= tokens.count {
                guard zip(p, tokens[i..<(i + p.count)]).allSatisfy({ $0 == $1.folded }) else { continue }
                if p.count > length { length = p.count; found = [slot] } else if p.count == length { found.insert(slot) }
            }
        }
        return found.isEmpty ? nil : (found, length)
    }

    func isArticle(_ token: Token, language: String?) -> Bool {
        language.flatMap { languages[$0] }?.articles.contains(token.folded) ?? false
    }

    /// A light verb starts at token `i`: its length.
    /// The length of the light verb at token `i`, if one stands there. A copula is one only for a noun
    /// trigger at `target`, close after it.
    func lightVerb(at i: Int, in tokens: [Token], language: String?, before target: Int? = nil) -> Int? {
        guard let words = language.flatMap({ languages[$0] }) else { return nil }
        // (No preposition between them: "is opposed to sanctions", « est hostile à l’invasion », "remains
        // neutral in the war" make no one the doer.)
        // (Nor a slot word, though an article: « reste la cible des sanctions » makes no one impose them.)
        if let target, target > i, isWord(tokens[i], .copula, language: language) {
            // ("is Armenia's main military ally": an owner and its "'s" are no words between.)
            let between = ((i + 1)..<target).filter { k in
                !isArticle(tokens[k], language: language) && !isWord(tokens[k], .indefinite, language: language)
                    && !isWord(tokens[k], .possessiveClitic, language: language)
                    && !(k + 1 < target && isWord(tokens[k + 1], .possessiveClitic, language: language))
            }
            // ("remain outside the alliance": a preposition no slot reads is one too.)
            return between.count <= Self.copulaReach
                && !between.contains(where: { isFunctionWord(tokens[$0], language: language) || isWord(tokens[$0], .preposition, language: language) })
                && !((i + 1)..<target).contains(where: { slots(at: $0, in: tokens, language: language) != nil }) ? 1 : nil
        }
        return words.lightVerbs.first { $0.matches(tokens, at: i) }?.words.count
    }

    /// The gerund phrase opening a sentence (« En restant à distance des ambitions de Moscou, »): its
    /// participle, and its end at its first comma (the first token of the main clause). Nil when the
    /// sentence opens otherwise.
    func gerundPhrase(in tokens: [Token], commas: [Int], language: String?) -> (participle: Int, end: Int)? {
        guard let words = language.flatMap({ languages[$0] }), let endings = words.classes[.gerundEnding],
              tokens.count > 2, isWord(tokens[0], .gerund, language: language) else { return nil }
        var k = 1
        while k < tokens.count - 1 && isWord(tokens[k], .gerundClitic, language: language) { k += 1 }
        guard endings.contains(where: { tokens[k].folded.hasSuffix($0) && tokens[k].folded.count > $0.count + 2 }),
              let end = tokens.indices.first(where: { commas[$0] > 0 }) else { return nil }
        return (k, end)
    }

    /// A gerund inside the sentence, after a comma or a dash (« …, en proposant », "—by imposing"), whose participle
    /// stands at `v` or within two words before it: its marker and its participle.
    func gerund(before v: Int, in tokens: [Token], scalars: [Unicode.Scalar], language: String?) -> (marker: Int, participle: Int)? {
        guard let words = language.flatMap({ languages[$0] }), let endings = words.classes[.gerundEnding], v < tokens.count else { return nil }
        for g in stride(from: v, through: max(1, v - 5), by: -1) where isWord(tokens[g], .gerund, language: language) {
            guard scalars[tokens[g - 1].end..<tokens[g].start].contains(where: { ",–—".unicodeScalars.contains($0) }) else { continue }
            var k = g + 1
            while k < v && isWord(tokens[k], .gerundClitic, language: language) { k += 1 }
            guard k <= v, endings.contains(where: { tokens[k].folded.hasSuffix($0) && tokens[k].folded.count > $0.count + 2 }) else { continue }
            return (g, k)
        }
        return nil
    }

    /// A topic phrase at token `i`: the token after it.
    func topic(at i: Int, in tokens: [Token], language: String?) -> Int? {
        guard let words = language.flatMap({ languages[$0] }) else { return nil }
        for p in words.topics where i + p.count <= tokens.count && zip(p, tokens[i..<(i + p.count)]).allSatisfy({ $0 == $1.folded }) {
            return i + p.count
        }
        return nil
    }

    /// The last token before `k` that is no article, not below `floor` (`floor - 1` when all are):
    /// what governs a name (« de l’Ukraine » → `de`).
    /// The first token from `k` on that is no article.
    func afterArticles(_ k: Int, in tokens: [Token], language: String?) -> Int {
        var j = k
        while j < tokens.count && isArticle(tokens[j], language: language) { j += 1 }
        return j
    }

    func beforeArticles(_ k: Int, in tokens: [Token], language: String?, floor: Int = 0) -> Int {
        var j = k - 1
        while j >= floor && isArticle(tokens[j], language: language) { j -= 1 }
        return j
    }

    /// Whether `token` is a word of `wordClass` in `language`.
    public func isWord(_ token: Token, _ wordClass: WordClass, language: String?) -> Bool {
        language.flatMap { languages[$0] }?.classes[wordClass]?.contains(token.folded) ?? false
    }

    /// Whether the word ends with an ending of the class, four letters or more before it ("reinforced", "accuses").
    public func hasEnding(_ token: Token, _ wordClass: WordClass, language: String?) -> Bool {
        let word = token.folded
        return language.flatMap { languages[$0] }?.classes[wordClass]?.contains { word.hasSuffix($0) && word.count >= $0.count + 3 } ?? false
    }

    /// How many tokens from `i` are one word of the class: 1 for a single word, the length of the longest of
    /// its phrases that starts there (« en effet », "in fact"), 0 for none.
    public func wordLength(_ tokens: [Token], at i: Int, _ wordClass: WordClass, language: String?) -> Int {
        guard i < tokens.count else { return 0 }
        if isWord(tokens[i], wordClass, language: language) { return 1 }
        guard let phrases = language.flatMap({ languages[$0] })?.phrases[wordClass] else { return 0 }
        for phrase in phrases where i + phrase.count <= tokens.count
            && zip(phrase, tokens[i..<(i + phrase.count)]).allSatisfy({ $0 == $1.folded }) { return phrase.count }
        return 0
    }

    func isFunctionWord(_ token: Token, language: String?) -> Bool {
        language.flatMap { languages[$0] }?.functionWords.contains(token.folded) ?? false
    }
}
