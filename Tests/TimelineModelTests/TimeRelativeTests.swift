import Testing
@testable import TimelineModel

/// Expressions relative to the DCT: last/this/next units, quarters, seasons, decades, "ago", references.
@Suite struct TimeRelativeTests {
    static let units: [TimeRow] = [
        timeRow("Prices rose last month.", timeDctJune, "last month", "2019-05"),
        timeRow("The plant opened this month.", timeDctJune, "this month", "2019-06"),
        timeRow("A vote is due next month.", timeDctJune, "next month", "2019-07"),
        timeRow("Exports fell last year.", timeDctJune, "last year", "2018"),
        timeRow("This year has been hard.", timeDctJune, "This year", "2019"),
        timeRow("The law changes next year.", timeDctJune, "next year", "2020"),
        timeRow("Talks collapsed last week.", timeDctJune, "last week", "2019-W23"),
        timeRow("Inspectors arrive next week.", timeDctJune, "next week", "2019-W25"),
        timeRow("The team met this week.", timeDctJune, "this week", "2019-W24"),
        timeRow("Violence surged earlier this year.", timeDctJune, "earlier this year", "2019"),
        timeRow("A report is due later this month.", timeDctJune, "later this month", "2019-06"),
        timeRow("Growth slowed last quarter.", timeDctJune, "last quarter", "2019-Q1"),
        timeRow("Output rose in the first quarter of 2018.", timeDctJune, "the first quarter of 2018", "2018-Q1"),
        timeRow("Profits doubled in the third quarter.", timeDctJune, "the third quarter", "2019-Q3"),
        timeRow("Sales were flat in Q4 2017.", timeDctJune, "Q4 2017", "2017-Q4"),
        timeRow("Debt grew in the second half of 2016.", timeDctJune, "the second half of 2016", "2016-H2"),
        timeRow("Output fell last month.", timeDctNewYear, "last month", "2017-12"),
        timeRow("Taxes rose last year.", timeDctNewYear, "last year", "2017"),
        timeRow("Exports slowed last week.", timeDctNewYear, "last week", "2017-W52"),
        timeRow("The dam was completed last weekend.", timeDctJune, "last weekend", "2019-W23-WE"),
        timeRow("Rallies are planned this weekend.", timeDctJune, "this weekend", "2019-W24-WE"),
        timeRow("Sales fell at the start of this year.", timeDctJune, "the start of this year", "2019"),
        timeRow("The factory will close by the end of the year.", timeDctJune, "the end of the year", "2019"),
        timeRow("Prices rose last month.", nil, "last month", "XXXX-XX"),
        timeRow("The cabinet was reshuffled early next year.", timeDctNov, "early next year", "2021"),
        timeRow("Last month, the two sides met.", timeDctNov, "Last month", "2020-10"),
        timeRow("Farmers protested last March.", timeDctJune, "last March", "2019-03"),
        timeRow("The port reopens next March.", timeDctJune, "next March", "2020-03"),
    ]

    @Test func relativeUnits() { checkTimeTable(Self.units) }

    static let periods: [TimeRow] = [
        timeRow("Crops failed last summer.", timeDctJune, "last summer", "2018-SU"),
        timeRow("The offensive is expected this spring.", timeDctJune, "this spring", "2019-SP"),
        timeRow("Floods hit the region in the summer of 2010.", timeDctJune, "the summer of 2010", "2010-SU"),
        timeRow("Harvest was poor in autumn 2012.", timeDctJune, "autumn 2012", "2012-FA"),
        timeRow("Snow fell early last winter.", timeDctJune, "early last winter", "2018-WI"),
        timeRow("Unrest grew during the summer.", timeDctNov, "the summer", "2020-SU"),
        timeRow("A rise was recorded in the spring of 2017.", timeDctJune, "the spring of 2017", "2017-SP"),
        timeRow("The 1990s were turbulent.", timeDctJune, "The 1990s", "199"),
        timeRow("Ties date back to the 1980s.", timeDctJune, "the 1980s", "198"),
        timeRow("The fort was built in the 19th century.", timeDctJune, "the 19th century", "18"),
        timeRow("The town grew in the twentieth century.", timeDctJune, "the twentieth century", "19"),
        timeRow("Civil wars marked the 1960s and 1970s.", timeDctJune, "1970s", "197"),
    ]

    @Test func seasonsQuartersDecades() { checkTimeTable(Self.periods) }

    static let agoAndReferences: [TimeRow] = [
        timeRow("The mine closed a year ago.", timeDctJune, "a year ago", "2018"),
        timeRow("He left two weeks ago.", timeDctJune, "two weeks ago", "2019-W22"),
        timeRow("The bridge fell three days ago.", timeDctJune, "three days ago", "2019-06-09"),
        timeRow("She moved here six months ago.", timeDctJune, "six months ago", "2018-12"),
        timeRow("The dynasty ended 20 years ago.", timeDctJune, "20 years ago", "1999"),
        timeRow("The village was razed a few years ago.", timeDctJune, "a few years ago", "PAST_REF"),
        timeRow("The town is now calm.", timeDctJune, "now", "PRESENT_REF"),
        timeRow("He currently lives abroad.", timeDctJune, "currently", "PRESENT_REF"),
        timeRow("The militia has recently expanded.", timeDctJune, "recently", "PAST_REF"),
        timeRow("At present, no talks are planned.", timeDctJune, "present", "PRESENT_REF"),
        timeRow("Such raids were common in the past.", timeDctJune, "the past", "PAST_REF"),
        timeRow("Peace may come in the future.", timeDctJune, "the future", "FUTURE_REF"),
        timeRow("Nowadays few visit the valley.", timeDctJune, "Nowadays", "PRESENT_REF"),
        timeRow("The mine closed a year ago.", nil, "a year ago", "XXXX-XX-XX"),
    ]

    @Test func agoAndReferences() { checkTimeTable(Self.agoAndReferences) }
}
