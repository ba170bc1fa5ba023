import Testing
import KBExtraction

/// The gazetteer read from data/gazetteer.
@Suite struct GazetteerTests {
    let gazetteer = ExtractionFixture.extractor.gazetteer

    @Test func holdsEverySovereignStateAndTheReportsOrganizations() throws {
        #expect(gazetteer.entities.filter { $0.kind == .state }.count >= 195)
        let armenia = try #require(gazetteer["ARM"])
        #expect(armenia.name == "Armenia" && armenia.nameFr == "Arménie" && armenia.wikidata == "Q399")
        #expect(armenia.attributes["cow_code"] == "371" && armenia.attributes["iso2"] == "AM")
        let names = Set(armenia.aliases.map(\.text))
        #expect(names.isSuperset(of: ["Arménie", "Armenia", "Erevan", "arménien", "arménienne", "arméniens", "arméniennes"]))
        let csto = try #require(gazetteer["org:CSTO"])
        #expect(Set(csto.aliases.map(\.text)).isSuperset(of: ["OTSC", "CSTO", "Organisation du traité de sécurité collective"]))
        #expect(gazetteer["KAZ"]?.attributes["capital_en"] == "Astana")
    }
}
