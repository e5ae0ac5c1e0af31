import Testing
@testable import TimelineModel

@Suite struct FurnitureTests {
    let rules = FurnitureRules(phrases: ["home", "latest news", "home latest news", "listen live", "get short url",
                                         "related articles", "leave a comment", "back to top button", "share"],
                               captionMarkers: ["(picture:", "(credit:", "photo:"])

    func furnitureLines(_ text: String, title: String? = nil) -> [String] {
        let layout = FurnitureDetector.detect(text, knownTitle: title, rules: rules)
        return LineScanner.lines(of: text).filter { layout.furniture.contains($0.range) }.map { String($0.text) }
    }

    @Test func widgetPhrasesAreFurniture() {
        let text = "Listen Live\nGet short URL\nThe minister said the bridge reopened on Monday after repairs.\nRelated Articles\nLeave a Comment"
        #expect(furnitureLines(text) == ["Listen Live", "Get short URL", "Related Articles", "Leave a Comment"])
    }

    @Test func aPhraseGluedToATimestampIsFurniture() {
        #expect(furnitureLines("Leave a Comment10:02 GMT04 May 2019\nThe river rose by two metres overnight, officials said.")
            == ["Leave a Comment10:02 GMT04 May 2019"])
    }

    @Test func captionsAndCreditsAreFurniture() {
        let text = """
            Rescue teams search the rubble in the old town (Picture: Agency)
            Volunteers at the depot (Credit: Ministry of Health)
            Rescue teams searched the rubble of the old town for a third day, the agency said.
            """
        #expect(furnitureLines(text).count == 2)
    }

    @Test func bylinesAndShortNonSentencesAreFurniture() {
        let text = "by Staff Reporter\nWorld News\nThe council voted on Tuesday to close the crossing for a week."
        #expect(furnitureLines(text) == ["by Staff Reporter", "World News"])
    }

    @Test func tagRunsAreFurniture() {
        let text = "The storm reached the coast on Sunday, forecasters said.\nflooding, coastal towns, Weather Service, storm surge, evacuation"
        #expect(furnitureLines(text) == ["flooding, coastal towns, Weather Service, storm surge, evacuation"])
    }

    @Test func linksToOtherArticlesAreFurniture() {
        let text = """
            The port reopened on Friday after a week of strikes, the operator said.
            Exclusive: Port Operator Says Strike Cost Millions in Lost Trade This Month
            Ministers Meet Unions as Dockers Threaten New Walkout Over Pay and Hours
            """
        #expect(furnitureLines(text).count == 2)
    }

    @Test func sentencesAndQuotesAreNotFurniture() {
        let text = """
            Mayor Ana Ruiz said:
            “We will rebuild the market before winter.”
            Officials said the fire started in a kitchen on the second floor of the building.
            """
        #expect(furnitureLines(text).isEmpty)
    }

    @Test func theKnownTitleLineIsKeptApart() {
        let text = "Home Latest News Floods Close Northern Highway\nFloods Close Northern Highway\nby Wire Service\nHeavy rain closed the highway on Sunday."
        let layout = FurnitureDetector.detect(text, knownTitle: "Floods Close Northern Highway", rules: rules)
        #expect(layout.titleLine == TextRange(start: 47, end: 76))
        #expect(furnitureLines(text, title: "Floods Close Northern Highway") == ["Home Latest News Floods Close Northern Highway", "by Wire Service"])
    }

    @Test func aTitleIsFoundWithoutAManifest() {
        let text = "Share\nFloods Close Northern Highway Near the Border\nHeavy rain closed the highway on Sunday, police said."
        let layout = FurnitureDetector.detect(text, rules: rules)
        #expect(layout.title == "Floods Close Northern Highway Near the Border")
    }

    @Test func shippedListsLoad() {
        let standard = FurnitureRules.standard()
        #expect(standard.phrases.contains("get short url"))
        #expect(standard.captionMarkers.contains("(picture:"))
    }
}
