import Foundation
import GRDB
import Testing
import KnowledgeBase

/// Texts other than the bundled report: a short French dispatch and an English one, with no page
/// header. The language is detected, and the same lexicons (data) read them.
@Suite struct ArticleTests {
    func ingest(_ text: String) throws -> KnowledgeBase {
        let kb = try KnowledgeBase.inMemory(resources: Fixture.resources)
        _ = try kb.ingest(text: text, fileName: "article.txt")
        return kb
    }

    @Test func frenchDispatch() throws {
        let kb = try ingest("""
            La Russie a envahi l’Ukraine le 24 février 2022. Le 12 octobre 2022, le sommet de la CEI s’est tenu à Astana.

            L’Arménie n’a pas quitté l’OTSC, mais Erevan a boycotté la réunion de novembre.
            """)
        let events = try kb.events()
        #expect(events.contains { $0.type == "invasion" && $0.date == "2022-02-24" && $0.participants.contains { $0.name == "Ukraine" && $0.role == "target" } })
        #expect(events.contains { $0.type == "summit_or_meeting" && $0.date == "2022-10-12" && $0.place == "Astana" })
        let left = try kb.assertions(entity: "Arménie", predicate: "left")
        #expect(left.count == 1 && left.first?.polarity == "negated")
    }

    /// « imposed sanctions on Russia after the invasion of Ukraine on 24 February 2022 »: the light verb's
    /// subject imposes the sanctions, invades nothing, and the date is the invasion's.
    @Test func aLightVerbGovernsItsOwnEventAndADateAfterAnotherEventIsThatOnes() throws {
        let kb = try ingest("""
            The United States imposed sanctions on Russia after the invasion of Ukraine on 24 February 2022. Armenia and Azerbaijan clashed along their border on 13 September 2022.
            """)
        let events = try kb.events()
        let sanctions = try #require(events.first { $0.type == "sanction_or_ban" })
        #expect(sanctions.date == nil && sanctions.participants.contains { $0.name == "Russia" && $0.role == "target" })
        let invasion = try #require(events.first { $0.type == "invasion" })
        #expect(invasion.date == "2022-02-24" && !invasion.participants.contains { $0.name == "United States" })
        #expect(try kb.assertions(entity: "United States", predicate: "invades").isEmpty)
        #expect(events.contains { $0.type == "armed_clash" && $0.date == "2022-09-13" && $0.participants.allSatisfy { $0.role == "party" } })
    }

    /// « Le président russe, Vladimir Poutine, a annoncé la mobilisation »: the name closing an apposition is
    /// the subject; « Pour Moscou, l’enjeu » makes Moscow the subject of nothing.
    @Test func aNameClosingAnAppositionIsTheSubject() throws {
        let kb = try ingest("""
            Le président russe, Vladimir Poutine, a annoncé la mobilisation de 300 000 réservistes le 21 septembre 2022. Pour Moscou, l’enjeu a lancé un débat.
            """)
        let events = try kb.events()
        let mobilization = try #require(events.first { $0.type == "mobilization" })
        #expect(mobilization.date == "2022-09-21" && mobilization.participants.contains { $0.name == "Vladimir Putin" })
        #expect(!events.contains { $0.quote.hasPrefix("Pour Moscou") && $0.participants.contains { $0.name == "Russia" } })
    }

    @Test func englishDispatch() throws {
        let kb = try ingest("""
            Russia invaded Ukraine on 24 February 2022. Armenia and Azerbaijan clashed in September 2022, and the EU mediated between Yerevan and Baku.
            """)
        #expect(try Fixture.string("SELECT language FROM documents", in: kb) == "en")
        let events = try kb.events()
        #expect(events.contains { $0.type == "invasion" && $0.date == "2022-02-24" && $0.participants.contains { $0.name == "Russia" && $0.role == "aggressor" } })
        let clash = try #require(events.first { $0.type == "armed_clash" })
        #expect(clash.date == "2022-09" && Set(clash.participants.map(\.name)) == ["Armenia", "Azerbaijan"])
        let mediation = try kb.assertions(entity: "EU", predicate: "mediates between")
        #expect(Set(mediation.compactMap(\.object)) == ["Armenia", "Azerbaijan"])
    }

    /// `--date` is the anchor of deictic dates in a text that carries no date of its own.
    @Test func dateOptionAnchorsRelativeDates() throws {
        let kb = try KnowledgeBase.inMemory(resources: Fixture.resources)
        _ = try kb.ingest(text: "En octobre dernier, le sommet de la CEI s’est tenu à Astana.", fileName: "note.txt",
                          options: IngestOptions(date: "2023-02"))
        #expect(try Fixture.string("SELECT edtf FROM dates", in: kb) == "2022-10")
        #expect(try kb.events().first?.date == "2022-10")
    }

    /// A state's relations with its own group stay its own; its group's relations show via the group.
    @Test func aStateAndItsGroup() throws {
        let kb = try ingest("""
            Lithuania criticised the Baltic states. The Baltic states joined NATO in 2004.
            """)
        let lithuania = try kb.relations(of: "Lithuania").relations
        #expect(lithuania.contains { $0.counterpart.name == "Baltic states" && $0.predicate == "condemns" && $0.via == nil })
        #expect(lithuania.contains { $0.counterpart.name == "North Atlantic Treaty Organisation" && $0.via?.name == "Baltic states" })
    }
}
