import Testing
@testable import TimelineModel

@Suite struct PlaceRuleTests {
    @Test func aPossessiveProvinceBeforeItsDistrict() {
        let m = mentions("Ten soldiers were wounded when their convoy hit a landmine in Kandahar's Arghandab district on February 27.", published: "2023-03-11")
        #expect(m.first?.place.district == "Arghandab")
        #expect(m.first?.place.province == "Kandahar")
        #expect(m.first?.counts.wounded?.value == 10)
    }

    @Test func aCountryAfterACompassWord() {
        let m = mentions("A drone strike killed a senior commander in northwest Syria on March 3, officials said.", published: "2023-03-11")
        #expect(m.first?.place.country == "Syria")
        #expect(m.first?.kind == .airstrike)
    }

    @Test func aCountryAsSubjectIsNotAPlace() {
        let m = mentions("The US has killed over 200 fighters in raids since March, a general said.", published: "2019-12-01")
        #expect(m.first?.place.country != "United States")
    }

    @Test func aSurnameThatIsAProvinceIsNoPlace() {
        let m = mentions("Police captured Abdul Rahim Wardak in Kabul on Monday.", published: "2019-12-04")
        #expect(m.first?.place.province == "Kabul")
        #expect(m.first?.people.first?.name == "Abdul Rahim Wardak")
    }

    /// "in the North Waziristan tribal district": a region the gazetteer puts inside a
    /// province gives that province, the region as the locality.
    @Test func aRegionInsideAProvinceGivesTheProvince() {
        let found = mentions("Troops raided a militant hideout in North Waziristan on Saturday, killing six militants, the military said.", published: "2022-05-22")
        #expect(found.first?.place.province == "Khyber Pakhtunkhwa")
        #expect(found.first?.place.locality == "North Waziristan")
    }
}
