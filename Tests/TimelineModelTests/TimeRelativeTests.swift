import Testing
@testable import TimelineModel

/// Expressions relative to the DCT: last/this/next units, quarters, seasons, decades, "ago", references.
@Suite struct TimeRelativeTests {
    static let units: [TimeRow] = [
        r("Prices rose last month.", dctJune, "last month", "2019-05"),
        r("The plant opened this month.", dctJune, "this month", "2019-06"),
        r("A vote is due next month.", dctJune, "next month", "2019-07"),
        r("Exports fell last year.", dctJune, "last year", "2018"),
        r("This year has been hard.", dctJune, "This year", "2019"),
        r("The law changes next year.", dctJune, "next year", "2020"),
        r("Talks collapsed last week.", dctJune, "last week", "2019-W23"),
        r("Inspectors arrive next week.", dctJune, "next week", "2019-W25"),
        r("The team met this week.", dctJune, "this week", "2019-W24"),
        r("Violence surged earlier this year.", dctJune, "earlier this year", "2019"),
        r("A report is due later this month.", dctJune, "later this month", "2019-06"),
        r("Growth slowed last quarter.", dctJune, "last quarter", "2019-Q1"),
        r("Output rose in the first quarter of 2018.", dctJune, "the first quarter of 2018", "2018-Q1"),
        r("Profits doubled in the third quarter.", dctJune, "the third quarter", "2019-Q3"),
        r("Sales were flat in Q4 2017.", dctJune, "Q4 2017", "2017-Q4"),
        r("Debt grew in the second half of 2016.", dctJune, "the second half of 2016", "2016-H2"),
        r("Output fell last month.", dctNewYear, "last month", "2017-12"),
        r("Taxes rose last year.", dctNewYear, "last year", "2017"),
        r("Exports slowed last week.", dctNewYear, "last week", "2017-W52"),
        r("The dam was completed last weekend.", dctJune, "last weekend", "2019-W23-WE"),
        r("Rallies are planned this weekend.", dctJune, "this weekend", "2019-W24-WE"),
        r("Sales fell at the start of this year.", dctJune, "the start of this year", "2019"),
        r("The factory will close by the end of the year.", dctJune, "the end of the year", "2019"),
        r("Prices rose last month.", nil, "last month", "XXXX-XX"),
        r("The cabinet was reshuffled early next year.", dctNov, "early next year", "2021"),
        r("Last month, the two sides met.", dctNov, "Last month", "2020-10"),
        r("Farmers protested last March.", dctJune, "last March", "2019-03"),
        r("The port reopens next March.", dctJune, "next March", "2020-03"),
    ]

    @Test func relativeUnits() { checkTable(Self.units) }

    static let periods: [TimeRow] = [
        r("Crops failed last summer.", dctJune, "last summer", "2018-SU"),
        r("The offensive is expected this spring.", dctJune, "this spring", "2019-SP"),
        r("Floods hit the region in the summer of 2010.", dctJune, "the summer of 2010", "2010-SU"),
        r("Harvest was poor in autumn 2012.", dctJune, "autumn 2012", "2012-FA"),
        r("Snow fell early last winter.", dctJune, "early last winter", "2018-WI"),
        r("Unrest grew during the summer.", dctNov, "the summer", "2020-SU"),
        r("A rise was recorded in the spring of 2017.", dctJune, "the spring of 2017", "2017-SP"),
        r("The 1990s were turbulent.", dctJune, "The 1990s", "199"),
        r("Ties date back to the 1980s.", dctJune, "the 1980s", "198"),
        r("The fort was built in the 19th century.", dctJune, "the 19th century", "18"),
        r("The town grew in the twentieth century.", dctJune, "the twentieth century", "19"),
        r("Civil wars marked the 1960s and 1970s.", dctJune, "1970s", "197"),
    ]

    @Test func seasonsQuartersDecades() { checkTable(Self.periods) }

    static let agoAndReferences: [TimeRow] = [
        r("The mine closed a year ago.", dctJune, "a year ago", "2018"),
        r("He left two weeks ago.", dctJune, "two weeks ago", "2019-W22"),
        r("The bridge fell three days ago.", dctJune, "three days ago", "2019-06-09"),
        r("She moved here six months ago.", dctJune, "six months ago", "2018-12"),
        r("The dynasty ended 20 years ago.", dctJune, "20 years ago", "1999"),
        r("The village was razed a few years ago.", dctJune, "a few years ago", "PAST_REF"),
        r("The town is now calm.", dctJune, "now", "PRESENT_REF"),
        r("He currently lives abroad.", dctJune, "currently", "PRESENT_REF"),
        r("The militia has recently expanded.", dctJune, "recently", "PAST_REF"),
        r("At present, no talks are planned.", dctJune, "present", "PRESENT_REF"),
        r("Such raids were common in the past.", dctJune, "the past", "PAST_REF"),
        r("Peace may come in the future.", dctJune, "the future", "FUTURE_REF"),
        r("Nowadays few visit the valley.", dctJune, "Nowadays", "PRESENT_REF"),
        r("The mine closed a year ago.", nil, "a year ago", "XXXX-XX-XX"),
    ]

    @Test func agoAndReferences() { checkTable(Self.agoAndReferences) }
}
