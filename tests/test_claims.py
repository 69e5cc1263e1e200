"""Claims: news expressions and their normalised values (a table, negatives included), subject,
entity and speaker, check-worthy sentences, the seed articles (golden), the rule lists and the CLI."""
from __future__ import annotations

import json
import math

import pytest
from typer.testing import CliRunner

from mnquotes.claims import ClaimFinder
from mnquotes.cli import app
from mnquotes.documents import bundled_seeds, from_text, read
from mnquotes.errors import RulesError
from mnquotes.pipeline import build
from mnquotes.records import Claim, Quote
from mnquotes.rules import Rules

THIRD = 1 / 3


@pytest.fixture(scope="module")
def finder():
    rules = Rules.load()
    return build(rules), ClaimFinder(rules)


def claims_of(finder, text: str, quotes=()) -> list[Claim]:
    nlp, claims = finder
    document = from_text(text, doc="t.txt", path="t.txt")
    return claims.find(nlp(document.text), document, list(quotes))


def numeric(finder, text: str) -> list[Claim]:
    return [c for c in claims_of(finder, text) if c.type == "numeric"]


def same(a: float | None, b: float | None) -> bool:
    return a is None and b is None or a is not None and b is not None and math.isclose(a, b, rel_tol=1e-9)


# sentence, claim text, value, unit, qualifier, low, high
EXPRESSIONS = [
    ("Mongolia depends on Russia for 95 percent of its petroleum.", "95 percent", 95, "percent", "exact", None, None),
    ("Turnout was 95% in the capital.", "95%", 95, "percent", "exact", None, None),
    ("About 95 per cent of households have power.", "About 95 per cent", 95, "percent", "about", None, None),
    ("Mongolia imports over 20 percent of its electricity.", "over 20 percent", 20, "percent", "over", None, None),
    ("Nearly 70% of voters backed the proposal.", "Nearly 70%", 70, "percent", "nearly", None, None),
    ("The firm lost 2.5 percentage points of market share.", "2.5 percentage points", 2.5, "percentage point", "exact", None, None),
    ("Support rose 2pp in a month.", "2pp", 2, "percentage point", "exact", None, None),  # was no claim
    ("Support fell 3 ppts.", "3 ppts", 3, "percentage point", "exact", None, None),
    ("Rates fell 25bp.", "25bp", 25, "basis point", "exact", None, None),
    ("The engine has 150 hp.", "150 hp", 150, "hp", "exact", None, None),
    ("The rate was cut by 25 basis points.", "25 basis points", 25, "basis point", "exact", None, None),
    ("Markets expect a 75 basis point hike.", "75 basis point", 75, "basis point", "exact", None, None),  # was a count
    ("Rents are two to three times higher in the capital.", "two to three times", None, "times", "range", 2, 3),  # was 3 times
    ("Levels reached 5-6 times the safe limit.", "5-6 times", None, "times", "range", 5, 6),  # was a count range
    ("The bank made a 50-basis-point cut.", "50-basis-point", 50, "basis point", "exact", None, None),
    ("The Nasdaq added 45.6 points.", "45.6 points", 45.6, "point", "exact", None, None),
    ("Labour has a 12-point lead.", "12-point", 12, "point", "exact", None, None),
    ("Winter temperatures can plunge below -40 degrees Celsius.", "-40 degrees Celsius", -40, "celsius", "under", None, None),
    ("It was minus 5 degrees at dawn.", "minus 5 degrees", -5, "degree", "exact", None, None),
    ("The heatwave pushed temperatures to 47.3C in Seville.", "47.3C", 47.3, "celsius", "exact", None, None),
    ("Thermometers showed −40°C in the north.", "−40°C", -40, "celsius", "exact", None, None),
    ("It is a country of just 3.3 million people.", "3.3 million", 3_300_000, "people", "exact", None, None),
    ("Police said 5 car bombs killed 20 people.", "5", 5, "count", "exact", None, None),  # bombs, not deaths
    ("The attack left 20 dead.", "20", 20, "deaths", "exact", None, None),
    ("The platform has 4B users.", "4B", 4e9, "people", "exact", None, None),  # a glued scale letter stays a scale
    ("The app has 2 million users.", "2 million", 2_000_000, "people", "exact", None, None),
    ("The region has 1.5 m people.", "1.5 m", 1_500_000, "people", "exact", None, None),  # spaced 'm' before a counted noun
    ("The firm has 2 bn customers.", "2 bn", 2e9, "people", "exact", None, None),
    # a spaced abbreviation that is no unit is a scale before a unit or a currency word (TASS style)
    ("Its capacity will reach 50 bln cubic meters per year.", "50 bln cubic meters per year", 5e10, "m3/year", "exact", None, None),
    ("The fund holds 300 mln euros.", "300 mln euros", 3e8, "EUR", "exact", None, None),
    ("The budget is 4 trln rubles.", "4 trln rubles", 4e12, "RUB", "exact", None, None),
    # agency (wire) currency abbreviations written after the amount
    ("The group posted net income of 42.5 billion dlrs last year.", "42.5 billion dlrs", 42.5e9, "USD", "exact", None, None),
    ("The lender arranged a 63.5 mln dlr credit line.", "63.5 mln dlr", 63.5e6, "USD", "exact", None, None),
    ("Turnover rose to 512.7 mln stg in the year.", "512.7 mln stg", 512.7e6, "GBP", "exact", None, None),
    ("The board raised the quarterly dividend to 17 cts.", "17 cts", 17, "USD-cent", "exact", None, None),
    ("The bank launched a 250 mln guilder bond.", "250 mln guilder", 250e6, "NLG", "exact", None, None),
    ("Exporters sought 128.75 Ecus a tonne for barley.", "128.75 Ecus a tonne", 128.75, "XEU/tonne", "exact", None, None),
    ("The province raised 300 mln Canadian dlrs from the sale.", "300 mln Canadian dlrs", 300e6, "CAD", "exact", None, None),
    # a wire scale abbreviation stands apart from the number as a word does
    ("Shipments reached 3.42 mln against 3.17 mln a year earlier.", "3.42 mln", 3.42e6, "count", "exact", None, None),
    ("The board doubled authorised stock from four mln to eight mln shares.", "four mln", 4e6, "count", "exact", None, None),
    ("Reserves stood at almost 7.8 bln at the end of June.", "almost 7.8 bln", 7.8e9, "count", "nearly", None, None),
    # agency copy writes a whole number and its fraction with a hyphen
    ("The central bank bought bills at 9-15/16 pct on Tuesday.", "9-15/16 pct", 9.9375, "percent", "exact", None, None),
    ("Milk quotas will be cut by 6-1/2 pct over three years.", "6-1/2 pct", 6.5, "percent", "exact", None, None),
    ("Dealers quoted the rate at 5-5/8 to 5-3/4 pct.", "5-5/8 to 5-3/4 pct", None, "percent", "range", 5.625, 5.75),
    # gas volumes abbreviated with their scale, as written out; agency units
    ("The field holds 2.7 bcf of natural gas.", "2.7 bcf", 2.7e9, "cubic foot", "exact", None, None),
    ("Proven reserves are put at 11 tcf.", "11 tcf", 11e12, "cubic foot", "exact", None, None),
    ("The pipeline will carry 30 bcm a year.", "30 bcm a year", 30e9, "m3/year", "exact", None, None),
    ("Rain left water 40 cms deep in the streets.", "40 cms", 40, "cm", "exact", None, None),
    ("A tremor measuring 5.4 on the open-ended Richter scale shook the town.", "5.4 on the open-ended Richter scale", 5.4, "magnitude", "exact", None, None),
    # a multiplying verb and the level it reaches are two claims, no range
    ("Van sales more than doubled to 4,812 from 2,190.", "more than doubled", 2, "times", "over", None, None),
    ("Van sales more than doubled to 4,812 from 2,190.", "4,812", 4812, "count", "exact", None, None),
    ("The restitution replaces a previous 35 Ecu daily rebate.", "35 Ecu", 35, "XEU", "exact", None, None),
    ("The plant will build 1,800-cc-engine cars.", "1,800-cc", 1800, "cm3", "exact", None, None),
    ("The scooter has a 125 cc engine.", "125 cc", 125, "cm3", "exact", None, None),
    ("The board set a duty of 61.5 U.S. cents a bushel.", "61.5 U.S. cents a bushel", 61.5, "USD-cent/bushel", "exact", None, None),
    # "between" a higher and a lower figure is a range too
    ("Analysts see support between 2,450 and 2,400 points.", "between 2,450 and 2,400 points", None, "point", "range", 2400, 2450),
    # a move written with no unit and the price it reaches, after a verb of change, are no range
    ("Its shares jumped 14 to 96-1/4 in heavy trading.", "96-1/4", 96.25, "count", "exact", None, None),
    ("The death toll rose 10 to 15 overnight.", "10 to 15", None, "count", "range", 10, 15),
    ("The project will cost £2.5bn over a decade.", "£2.5bn", 2_500_000_000, "GBP", "exact", None, None),
    ("The US pledged $1.2bn in aid.", "$1.2bn", 1_200_000_000, "USD", "exact", None, None),
    ("The firm is valued at US$5 million.", "US$5 million", 5_000_000, "USD", "exact", None, None),
    ("They cashed checks of up to $US1,000.", "up to $US1,000", 1000, "USD", "up to", None, None),  # the symbol first, was no claim
    ("Suharto took 5.7 trillion rupiah, or $AUD1.1 billion.", "$AUD1.1 billion", 1.1e9, "AUD", "exact", None, None),
    ("Pre-tax profits fell to UKP62.7m.", "UKP62.7m", 62.7e6, "GBP", "exact", None, None),
    # a plain "$" is USD, unless the document writes a dollar symbol first: Australian style, "$" is then the local dollar
    ("The fine was $A8,800. Australia has linked $10 million of aid.", "$10 million", 1e7, "AUD", "exact", None, None),
    ("Australia has linked $10 million of aid.", "$10 million", 1e7, "USD", "exact", None, None),
    ("Toll agreed a A$6.5 billion ($5.1 billion) sale, and $3 billion more.", "$3 billion", 3e9, "USD", "exact", None, None),  # wire style
    ("It cost $A5 billion; tickets cost from $2 to $3.", "$2", 2, "AUD", "exact", None, None),
    ("It cost $AUD1.1 billion and $NZ2 million, then $5.", "$5", 5, "USD", "exact", None, None),  # two local dollars: none
    ("The bridge cost €30m to build.", "€30m", 30_000_000, "EUR", "exact", None, None),
    ("Property sales reached HK$12 billion.", "HK$12 billion", 12e9, "HKD", "exact", None, None),
    ("The state will invest Rs5 crore.", "Rs5 crore", 5e7, "INR", "exact", None, None),
    ("Exports hit S$5bn last year.", "S$5bn", 5e9, "SGD", "exact", None, None),
    ("Profits doubled to 1.2bn euros.", "1.2bn euros", 1_200_000_000, "EUR", "exact", None, None),
    ("GDP reached 20.3 trillion tugriks.", "20.3 trillion tugriks", 20.3e12, "MNT", "exact", None, None),
    ("Sweden gave 500 million Swedish kronor in aid.", "500 million Swedish kronor", 5e8, "SEK", "exact", None, None),  # was a count
    ("Egypt raised 3 billion Egyptian pounds.", "3 billion Egyptian pounds", 3e9, "EGP", "exact", None, None),  # not lb
    ("The budget sets aside 3.5 billion Australian dollars.", "3.5 billion Australian dollars", 3.5e9, "AUD", "exact", None, None),
    ("A bowl of noodles costs 60 baht in Bangkok.", "60 baht", 60, "THB", "exact", None, None),
    # local money: a letter is the currency against a money-shaped amount (scale, thousands, a money word)
    ("Eskom will get R26-billion for the 2019/20 financial year.", "R26-billion", 26e9, "ZAR", "exact", None, None),
    ("He will present a Ksh2.7 trillion budget.", "Ksh2.7 trillion", 2.7e12, "KES", "exact", None, None),
    ("GDP reached Ksh 4,757.5 billion in 2013.", "Ksh 4,757.5 billion", 4_757.5e9, "KES", "exact", None, None),
    ("The county budget rose by Sh2.1 billion.", "Sh2.1 billion", 2.1e9, "KES", "exact", None, None),
    ("The bank fined it N2.5 billion.", "N2.5 billion", 2.5e9, "NGN", "exact", None, None),
    ("Mahama refused to spend GH₵20 million on the party.", "GH₵20 million", 2e7, "GHS", "exact", None, None),
    ("Tickets cost Shs 2,000 each.", "Shs 2,000", 2000, "KES", "exact", None, None),
    ("The Senate approved the N2trillion budget.", "N2trillion", 2e12, "NGN", "exact", None, None),  # a scale word glued
    ("Eskom needs R2-R3 billion.", "R2-R3 billion", None, "ZAR", "range", 2e9, 3e9),  # a range ending in a scale
    ("The deficit is Sh2-3 billion.", "Sh2-3 billion", None, "KES", "range", 2e9, 3e9),
    ("The bill came to Ksh. 300.", "Ksh. 300", 300, "KES", "exact", None, None),
    ("The fine was R500 000.", "R500 000", 500_000, "ZAR", "exact", None, None),
    ("Each worker was paid R350 for the day.", "R350", 350, "ZAR", "exact", None, None),
    ("Uhuru Kenyatta proposed a 1.55 trillion shilling budget.", "1.55 trillion shilling", 1.55e12, "KES", "exact", None, None),
    # space-grouped thousands are one number; a span of years counts only a counted noun
    ("The stadium holds 10 000 people.", "10 000", 10_000, "people", "exact", None, None),
    ("The city has 1 500 000 residents.", "1 500 000", 1_500_000, "people", "exact", None, None),
    ("Between 1500-2000 people marched on Friday.", "1500-2000", None, "people", "range", 1500, 2000),
    # units: oil flows with their scale, a glued slash is "per", a glued "in" is an inch
    ("US output reached 13.2 mb/d in December.", "13.2 mb/d", 13.2e6, "barrel/day", "exact", None, None),
    ("Iraq pumped 4.3mb/d in May.", "4.3mb/d", 4.3e6, "barrel/day", "exact", None, None),
    ("Russia pumps 9.5m b/d.", "9.5m b/d", 9.5e6, "barrel/day", "exact", None, None),
    # what a measure measures, between it and its rate: a flow ("barrels of oil a day"), no stock; the text is the
    # measure alone, as the eval gold writes "95 percent" of "95 percent of its petroleum products"
    ("The field now yields 80,000 barrels of crude a day.", "80,000 barrels", 80_000, "barrel/day", "exact", None, None),
    ("The line will carry 38 billion cubic metres of gas per year.", "38 billion cubic metres", 38e9, "m3/year",
     "exact", None, None),
    ("The mill grinds 400 tonnes of maize a day.", "400 tonnes", 400, "tonne/day", "exact", None, None),
    ("The probe passed 2.4 astronomical units from the Sun.", "2.4 astronomical units", 2.4, "astronomical unit", "exact", None, None),
    ("Kuwait pumps 2.5 million oil barrels a day.", "2.5 million oil barrels a day", 2.5e6, "barrel/day", "exact", None, None),  # was a count
    # a letter glued to a figure that opens a unit is no scale; a spaced "m" before another unit is million
    ("Supply grew by 250,000b/d last month.", "250,000b/d", 250_000, "barrel/day", "exact", None, None),  # was 2.5e14
    ("The probe is now 61M km from the Sun.", "61M km", 61e6, "km", "exact", None, None),  # was 61 metres
    ("Beef costs $5/kg at the market.", "$5/kg", 5, "USD/kg", "exact", None, None),
    ("Patients take 10mg/day of the drug.", "10mg/day", 10, "mg/day", "exact", None, None),
    ("The iPad Pro has a 13in display.", "13in", 13, "inch", "exact", None, None),
    ("Most of the state will see around 1″ of rain.", "around 1″", 1, "inch", "about", None, None),
    ("Eskom would require R23 billion per annum.", "R23 billion per annum", 23e9, "ZAR/year", "exact", None, None),
    ("The marathon is 26 mi 385 yd.", "26 mi 385 yd", 26 * 1760 + 385, "yard", "exact", None, None),
    ("It is an increase of 0.07 percentage over November.", "0.07 percentage", 0.07, "percentage point", "exact", None, None),
    ("Tickets cost $5 (£4) a head.", "$5 (£4) a head", 5, "USD/person", "exact", None, None),  # a conversion before the rate
    ("They ran multi-billion dollar campaigns.", "multi-billion dollar", None, "USD", "vague", 2e9, 9_999_999_999),  # was exactly $1bn
    ("It has a multi million dollar budget.", "multi million dollar", None, "USD", "vague", 2e6, 9_999_999),
    ("Calls grow at a rate of 15% every year.", "15% every year", 15, "percent/year", "exact", None, None),  # was 15 percent
    ("Fees rise $4 each month.", "$4 each month", 4, "USD/month", "exact", None, None),
    ("Fines run between 300 euros (£210) and 700 euros.", "between 300 euros (£210) and 700 euros", None, "EUR", "range", 300, 700),  # past a conversion
    # a decade of life after a possessive is an age range
    ("A man in his 40s was taken to hospital.", "40s", None, "year", "range", 40, 49),
    ("She is in her late 20s.", "late 20s", None, "year", "range", 27, 29),
    ("The suspect, in his mid-40s, fled.", "mid-40s", None, "year", "range", 44, 46),
    ("He was in his forties when he left.", "forties", None, "year", "range", 40, 49),
    ("She is in her mid-twenties.", "mid-twenties", None, "year", "range", 24, 26),
    ("They are in their late teens.", "late teens", None, "year", "range", 17, 19),
    # vulgar fractions and mixed numbers
    ("He ran 2½ miles.", "2½ miles", 2.5, "mile", "exact", None, None),
    ("Rain could total between 1 ½ and 2 ½ inches.", "between 1 ½ and 2 ½ inches", None, "inch", "range", 1.5, 2.5),
    ("The pipe is ½ inch wide.", "½ inch", 0.5, "inch", "exact", None, None),
    ("An earthquake measuring 4.1 on the Richter scale shook Perth.", "4.1 on the Richter scale", 4.1, "magnitude", "exact", None, None),  # was a count
    ("The bank delivered a further cut of 0.25 of a per cent.", "0.25 of a per cent", 0.25, "percent", "exact", None, None),  # was a count
    ("He had to pay out half-a-million-pounds in damages.", "half-a-million-pounds", 500_000, "GBP", "exact", None, None),  # was 1e6 lb
    ("It adds to the several hundred million dollars promised.", "several hundred million dollars", None, "USD", "vague", 3e8, 999_999_999),
    ("She won 6-3, 6-4 in 62 minutes.", "62 minutes", 62, "minute", "exact", None, None),  # was "4 in 62", a share
    ("Police cut the speed limit from 110 kilometres an hour to 80.", "80", 80, "km/h", "exact", None, None),  # the unit of the change's start
    ("The cap on places rose from 800 people to 1,200.", "1,200", 1200, "people", "exact", None, None),
    ("He won in 2hr 5min.", "2hr 5min", 125, "minute", "exact", None, None),  # short time units, was no claim
    ("He finished 0.3 sec behind.", "0.3 sec", 0.3, "second", "exact", None, None),
    ("The clip lasts 1 second.", "1 second", 1, "second", "exact", None, None),
    ("She finished second in 2 min.", "second", 2, "ordinal", "exact", None, None),  # "second" stays an ordinal alone
    ("He was operating at about 13 to 14,000 feet.", "about 13 to 14,000 feet", None, "foot", "range", 13_000, 14_000),  # thousands spoken short
    ("Between 5 and 6,000 people came.", "Between 5 and 6,000", None, "people", "range", 5000, 6000),
    ("Lockett retired and will turn 36 in March.", "36", 36, "year", "exact", None, None),  # an age, was a count
    ("He is 5′10″ tall.", "5′10″", 70, "inch", "exact", None, None),  # feet and inches in one token, as "5 ft 10 in"
    ("She is 5'4 and plays guard.", "5'4", 64, "inch", "exact", None, None),
    ("Inflation ticked up to 4.5% in May.", "4.5%", 4.5, "percent", "exact", None, None),  # a verb's particle, no bound
    ("Prices rose by up to 5%.", "up to 5%", 5, "percent", "up to", None, None),
    ("Net income rose to $1.25 billion, or $3.92 per diluted share.", "$3.92 per diluted share", 3.92, "USD/share", "exact", None, None),
    ("Another earthquake with a magnitude of 6.6 hit El Salvador.", "magnitude of 6.6", 6.6, "magnitude", "exact", None, None),
    ("At least 122 people died during a 5.8 temblor in Athens.", "5.8", 5.8, "magnitude", "exact", None, None),  # a quake noun
    ("A tsunami of 2.11 m (6.9 ft) hit the city.", "2.11 m", 2.11, "m", "exact", None, None),  # a spaced letter before its conversion
    ("Crops were damaged over 2,28,255 acres.", "over 2,28,255 acres", 228_255, "acre", "over", None, None),  # Indian grouping
    ("The state paid Rs 1,29,446 in compensation.", "Rs 1,29,446", 129_446, "INR", "exact", None, None),
    ('The gauge at Potlatch had 2.25" in 24 hours.', '2.25"', 2.25, "inch", "exact", None, None),  # an inch mark, no closing quote
    ("Malaysia will spend RM5 billion on roads.", "RM5 billion", 5e9, "MYR", "exact", None, None),
    ("Israel approved NIS 2bn in grants.", "NIS 2bn", 2e9, "ILS", "exact", None, None),
    ("The deal is worth $2-3 billion.", "$2-3 billion", None, "USD", "range", 2e9, 3e9),
    ("The repairs cost £3m-4m.", "£3m-4m", None, "GBP", "range", 3e6, 4e6),  # a range in one token, was no claim
    ("Losses were $3bn-4bn in all.", "$3bn-4bn", None, "USD", "range", 3e9, 4e9),
    ("The trail is 5km-6km long.", "5km-6km", None, "km", "range", 5, 6),
    ("The wall is 3m-4m high.", "3m-4m", None, "m", "range", 3, 4),
    ("The minimum wage rises to £11.44 an hour.", "£11.44 an hour", 11.44, "GBP/hour", "exact", None, None),
    ("The bridge cost £5m.", "£5m", 5_000_000, "GBP", "exact", None, None),  # the scale, not the initial "m."
    ("The council spent £0.7m.", "£0.7m", 700_000, "GBP", "exact", None, None),
    # a glued "m" with no noun after it: million after a currency, percentage, money or counted word in its sentence
    ("Sales fell from £8.2m to 7.75m.", "7.75m", 7_750_000, "GBP", "exact", None, None),  # was 7.75 metres
    ("Its debt is 12 billion yen, up from 7.5m.", "7.5m", 7_500_000, "JPY", "exact", None, None),  # the currency written after the amount before
    ("Stocks had fallen 2m barrels to 290.5m.", "290.5m", 290_500_000, "count", "exact", None, None),  # a million figure before it: was metres
    ("Sales were 70m euros (£49m; $91m), up from 35m.", "35m", 35_000_000, "EUR", "exact", None, None),  # not the conversion's: was USD
    ("Pre-tax profit fell from 7.75m.", "7.75m", 7_750_000, "count", "exact", None, None),
    ("Unemployment rose 3% to 1.52m.", "1.52m", 1_520_000, "count", "exact", None, None),
    ("The number of visitors fell to 1.2m.", "1.2m", 1_200_000, "people", "exact", None, None),  # the noun before the verb (was count)
    ("Profit before tax is down by 0.7m\nTurnover is flat", "0.7m", 700_000, "count", "exact", None, None),  # at a line end
    ("He ran 100m.", "100m", 100, "m", "exact", None, None),  # else metres
    ("Bolt won the 200m, earning $50,000.", "200m", 200, "m", "exact", None, None),
    ("The tower is 300m.", "300m", 300, "m", "exact", None, None),
    ("A 3m-high wall was built.", "3m", 3, "m", "exact", None, None),  # was 3 million
    ("Temperatures reached 40C.", "40C", 40, "celsius", "exact", None, None),  # a capital before the full stop
    ("Tickets are priced at $25-$40.", "$25-$40", None, "USD", "range", 25, 40),
    ("Rooms cost €90–€120 a night.", "€90–€120 a night", None, "EUR/night", "range", 90, 120),
    ("The yuan traded at 7.3 yuan per dollar.", "7.3 yuan per dollar", 7.3, "CNY/USD", "exact", None, None),  # an exchange rate
    ("The rupee fell to 83.4 rupees to the dollar.", "83.4 rupees to the dollar", 83.4, "INR/USD", "exact", None, None),
    ("He earns £30,000 a year before tax.", "£30,000 a year", 30_000, "GBP/year", "exact", None, None),
    ("Dinner cost £5,000-a-head.", "£5,000-a-head", 5000, "GBP/person", "exact", None, None),  # was "£5,000"
    ("They pay a $10,000-a-year fee.", "$10,000-a-year", 10_000, "USD/year", "exact", None, None),
    ("The company will pay a dividend of $2.50 a share.", "$2.50 a share", 2.5, "USD/share", "exact", None, None),
    ("It lost $45.2 million, or 12 cents per share.", "12 cents per share", 12, "USD-cent/share", "exact", None, None),
    ("Profit sank to $303 million, or 27c a share.", "27c a share", 27, "USD-cent/share", "exact", None, None),  # was no claim
    ("The temperature hit 40 degrees C on Monday.", "40 degrees C", 40, "celsius", "exact", None, None),  # was degree
    ("It was 100 degrees F in Phoenix.", "100 degrees F", 100, "fahrenheit", "exact", None, None),
    ("The city has 5,700 people per square kilometre.", "5,700 people per square kilometre", 5700, "people/km2", "exact", None, None),
    ("Around 76,000 deaths a year are caused by smoking.", "Around 76,000 deaths a year", 76_000, "deaths/year", "about", None, None),
    ("GDP per capita is $4,500 per head.", "$4,500 per head", 4500, "USD/person", "exact", None, None),
    ("The centre is 6 ft 2 in tall.", "6 ft 2 in", 74, "inch", "exact", None, None),  # a compound in the smaller unit
    ("He stands 6 feet 2 inches.", "6 feet 2 inches", 74, "inch", "exact", None, None),
    ("He ran it in 2 hours 0 minutes 35 seconds.", "2 hours 0 minutes 35 seconds", 7235, "second", "exact", None, None),  # a chain
    ("The dog weighed 12 stone.", "12 stone", 12, "stone", "exact", None, None),  # was a count of stones
    ("He weighs 15 stone 4 lb.", "15 stone 4 lb", 214, "lb", "exact", None, None),
    ("He weighed 12st 7lb at the weigh-in.", "12st 7lb", 175, "lb", "exact", None, None),  # was 7 lb and an ordinal "12st"
    ("Both men scaled 9st 9lbs.", "9st 9lbs", 135, "lb", "exact", None, None),  # the part's unit glued to it
    ("He weighs 21st 4lb now.", "21st 4lb", 298, "lb", "exact", None, None),  # "21st" before its smaller part
    ("He weighed 12 st 7 lb.", "12 st 7 lb", 175, "lb", "exact", None, None),
    ("The boxer was 15st.", "15st", 15, "stone", "exact", None, None),
    ("The baby weighed 7lb 4oz.", "7lb 4oz", 116, "ounce", "exact", None, None),
    ("He is 6ft 2in.", "6ft 2in", 74, "inch", "exact", None, None),
    ("He was 6 foot 4.", "6 foot 4", 76, "inch", "exact", None, None),  # the inches unwritten
    ("The lock is 6ft 4 tall.", "6ft 4", 76, "inch", "exact", None, None),
    ("He was jailed for seven and a half years.", "seven and a half years", 7.5, "year", "exact", None, None),  # was no claim
    ("The house sold for £2 and a half million.", "£2 and a half million", 2_500_000, "GBP", "exact", None, None),
    ("The talks lasted 2 and a quarter hours.", "2 and a quarter hours", 2.25, "hour", "exact", None, None),
    ("The flight took 2 hours 5 minutes.", "2 hours 5 minutes", 125, "minute", "exact", None, None),
    ("He served 3 years and 2 months in prison.", "3 years and 2 months", 38, "month", "exact", None, None),
    ("The baby weighed 7 lb 4 oz.", "7 lb 4 oz", 116, "ounce", "exact", None, None),
    ("He was fined 500 pounds.", "500 pounds", 500, "GBP", "exact", None, None),  # a money word before it
    ("The storms caused 2.4 billion pounds of damage.", "2.4 billion pounds", 2.4e9, "GBP", "exact", None, None),  # after it
    ("The charity got 3 million pounds in funding.", "3 million pounds", 3e6, "GBP", "exact", None, None),  # (were lb)
    ("The barge carried 4 million pounds of grain.", "4 million pounds", 4e6, "lb", "exact", None, None),
    ("The house is worth 2 million pounds.", "2 million pounds", 2e6, "GBP", "exact", None, None),
    ("The baby weighed 8 pounds.", "8 pounds", 8, "lb", "exact", None, None),
    ("Emissions reached 35 gigatonnes of CO2.", "35 gigatonnes", 35, "Gt", "exact", None, None),  # was a count
    ("The plant emits 1.2 Mt of CO2 a year.", "1.2 Mt", 1.2, "Mt", "exact", None, None),
    ("The mine exported 2,500 tonnes of coal.", "2,500 tonnes", 2500, "tonne", "exact", None, None),
    ("PM2.5 levels reached 150 micrograms per cubic metre.", "150 micrograms per cubic metre", 150, "µg/m3", "exact", None, None),
    ("Gas fell to €40 per megawatt hour.", "€40 per megawatt hour", 40, "EUR/MWh", "exact", None, None),  # was EUR/MW
    ("Power costs 30p per kilowatt-hour.", "30p per kilowatt-hour", 30, "GBP-pence/kWh", "exact", None, None),
    ("Output fell to 9.5 million barrels a day.", "9.5 million barrels a day", 9_500_000, "barrel/day", "exact", None, None),
    ("The pipeline carries 10 billion cubic metres of gas.", "10 billion cubic metres", 1e10, "m3", "exact", None, None),
    ("The car reached 120 km/h on the motorway.", "120 km/h", 120, "km/h", "exact", None, None),
    ("Gusts reached 160mph overnight.", "160mph", 160, "mph", "exact", None, None),
    ("The solar farm produces 50MW of power.", "50MW", 50, "MW", "exact", None, None),
    ("The blaze burned 40,000 hectares of forest.", "40,000 hectares", 40_000, "hectare", "exact", None, None),
    ("The fire destroyed more than 1,200 square kilometres.", "more than 1,200 square kilometres", 1200, "km2", "over", None, None),
    ("Ukraine has lost at least 10,000 square miles of territory.", "at least 10,000 square miles", 10_000, "square mile", "at least", None, None),
    ("The border is 4,600 kilometres long.", "4,600 kilometres", 4600, "km", "exact", None, None),
    ("He weighs 90kg.", "90kg", 90, "kg", "exact", None, None),
    ("Atmospheric CO2 reached 419 parts per million.", "419 parts per million", 419, "ppm", "exact", None, None),  # was 419 and "million"
    ("The margin of error is plus or minus 3 percentage points.", "plus or minus 3 percentage points", 3, "percentage point", "exact", None, None),  # was -3
    ("The poll has a margin of error of ±2.5%.", "±2.5%", 2.5, "percent", "exact", None, None),
    ("Salaries range from £30,000 to £45,000.", "£30,000 to £45,000", None, "GBP", "range", 30_000, 45_000),  # a spread, not a change
    ("Estimates vary from 10,000 to 20,000 deaths.", "10,000 to 20,000", None, "deaths", "range", 10_000, 20_000),
    ("The magnitude 7.8 earthquake killed thousands.", "magnitude 7.8", 7.8, "magnitude", "exact", None, None),
    ("A magnitude-6.1 quake struck.", "magnitude-6.1", 6.1, "magnitude", "exact", None, None),
    ("Some 2.5 million litres of water were used.", "Some 2.5 million litres", 2_500_000, "litre", "about", None, None),
    ("There were 50-plus people.", "50-plus", 50, "people", "at least", None, None),  # was "50", exact
    ("There were 100+ cars.", "100+", 100, "vehicles", "at least", None, None),
    ("Some 200-odd fans came.", "Some 200-odd", 200, "people", "about", None, None),
    ("Tens of thousands of people have demonstrated.", "Tens of thousands", None, "people", "vague", 20_000, 99_999),
    ("Hundreds of thousands fled the city.", "Hundreds of thousands", None, "count", "vague", 200_000, 999_999),
    ("Several hundred thousand fans came.", "Several hundred thousand", None, "people", "vague", 300_000, 999_999),  # was 300-999
    ("Several thousand troops crossed the border.", "Several thousand", None, "people", "vague", 3000, 9999),
    ("The project cost millions of dollars.", "millions of dollars", None, "USD", "vague", 2_000_000, 9_999_999),
    ("More than 5,000 people were injured.", "More than 5,000", 5000, "people", "over", None, None),
    ("At least 12 civilians were killed.", "At least 12", 12, "people", "at least", None, None),
    ("Up to 500 people could be evacuated.", "Up to 500", 500, "people", "up to", None, None),
    ("The company employs roughly 10k people.", "roughly 10k", 10_000, "people", "about", None, None),
    ("More than a dozen people were hurt.", "More than a dozen", 12, "people", "over", None, None),
    ("Police said twenty-five people were detained.", "twenty-five", 25, "people", "exact", None, None),
    ("The war displaced half a million people.", "half a million", 500_000, "people", "exact", None, None),
    ("Russia fired 40 missiles overnight.", "40", 40, "missiles", "exact", None, None),
    ("Growth of 3% to 3.5% is expected.", "3% to 3.5%", None, "percent", "range", 3, 3.5),
    ("Between 10 and 20 million people live there.", "Between 10 and 20 million", None, "people", "range", 1e7, 2e7),
    ("Between two and three million people fled.", "Between two and three million", None, "people", "range", 2e6, 3e6),
    ("The fire is 10-20 km away.", "10-20 km", None, "km", "range", 10, 20),
    ("One in three voters backed him.", "One in three", THIRD, "fraction", "exact", None, None),
    ("Around a third of adults smoke.", "Around a third", THIRD, "fraction", "about", None, None),
    ("Gun crime fell by a fifth.", "a fifth", 0.2, "fraction", "exact", None, None),  # the size of a change
    ("Crossings were a third fewer than last year.", "a third", THIRD, "fraction", "exact", None, None),
    ("Rents are a quarter higher than in 2019.", "a quarter", 0.25, "fraction", "exact", None, None),
    ("One in every four children is obese.", "One in every four", 0.25, "fraction", "exact", None, None),
    ("Two out of every five schools lack teachers.", "Two out of every five", 0.4, "fraction", "exact", None, None),
    ("Two-thirds of members voted yes.", "Two-thirds", 2 / 3, "fraction", "exact", None, None),
    ("One-third of households have no heating.", "One-third", THIRD, "fraction", "exact", None, None),
    ("Temperatures fell to -40C overnight.", "-40C", -40, "celsius", "exact", None, None),
    ("It was -40 C in Yakutsk.", "-40 C", -40, "celsius", "exact", None, None),
    ("Temperatures reached 40 C.", "40 C", 40, "celsius", "exact", None, None),
    ("He is 1.85 m tall.", "1.85 m", 1.85, "m", "exact", None, None),
    ("The peak rises 4,000 m above sea level.", "4,000 m", 4000, "m", "exact", None, None),
    ("The firm raised $50 m from investors.", "$50 m", 50e6, "USD", "exact", None, None),
    ("Growth of 3%-5% is likely.", "3%-5%", None, "percent", "range", 3, 5),  # was "3%-5", exact
    ("It will cost £2bn-£3bn.", "£2bn-£3bn", None, "GBP", "range", 2e9, 3e9),  # was no claim
    ("The scheme helps 2-3 million people.", "2-3 million", None, "people", "range", 2e6, 3e6),  # was "3 million" alone
    ("Some 10,000-15,000 troops will stay.", "Some 10,000-15,000", None, "people", "range", 10_000, 15_000),  # was no claim
    ("The troops will stay for 5–7 days.", "5–7 days", None, "day", "range", 5, 7),  # was qualifier exact
    ("Highs of 40-45C are forecast.", "40-45C", None, "celsius", "range", 40, 45),  # was a count
    ("People aged between 18 and 24 voted.", "between 18 and 24", None, "year", "range", 18, 24),  # an age, not a count
    ("Shares fell 3-4% in early trading.", "3-4%", None, "percent", "range", 3, 4),
    ("Exports fell 3 to 4 percent last year.", "3 to 4 percent", None, "percent", "range", 3, 4),
    ("Half of the population lives in the capital.", "Half", 0.5, "fraction", "exact", None, None),
    ("Sales rose by a quarter.", "a quarter", 0.25, "fraction", "exact", None, None),
    ("Rates rose by a quarter of a percentage point.", "a quarter of a percentage point", 0.25, "percentage point", "exact", None, None),
    ("The rate rose half a percentage point.", "half a percentage point", 0.5, "percentage point", "exact", None, None),
    ("The meeting lasted half an hour.", "half an hour", 0.5, "hour", "exact", None, None),
    ("A quarter of a million people marched.", "A quarter of a million", 250_000, "people", "exact", None, None),
    ("Fraud cost three quarters of a billion dollars.", "three quarters of a billion dollars", 7.5e8, "USD", "exact", None, None),
    ("Three-quarters of a mile of road was flooded.", "Three-quarters of a mile", 0.75, "mile", "exact", None, None),
    ("He was sentenced to four years in prison.", "four years", 4, "year", "exact", None, None),
    ("The railway was founded 75 years ago.", "75 years ago", 75, "year", "exact", None, None),
    ("A 25-year-old man was arrested.", "25-year-old", 25, "year", "exact", None, None),
    ("He was jailed for 18 months.", "18 months", 18, "month", "exact", None, None),
    ("Food prices tripled last year.", "tripled", 3, "times", "exact", None, None),
    ("The number of cases more than doubled in a week.", "more than doubled", 2, "times", "over", None, None),
    ("Costs rose by a factor of 10.", "a factor of 10", 10, "times", "exact", None, None),  # was a count
    ("Emissions fell by a factor of three.", "a factor of three", 3, "times", "exact", None, None),
    ("Exports grew tenfold over the decade.", "tenfold", 10, "times", "exact", None, None),
    ("Exports grew 10-fold in ten years.", "10-fold", 10, "times", "exact", None, None),
    ("There are twice as many cars as in 2010.", "twice", 2, "times", "exact", None, None),
    ("Rents are three times higher than in Paris.", "three times", 3, "times", "exact", None, None),
    ("Rents are 3 times the national average.", "3 times", 3, "times", "exact", None, None),
    ("The shares trade at 30 times earnings, analysts said.", "30 times", 30, "times", "exact", None, None),  # a valuation
    ("Nvidia trades at about 40 times forward earnings.", "about 40 times", 40, "times", "about", None, None),
    ("The new reactor is half as big as the old one.", "half", 0.5, "times", "exact", None, None),  # was no claim
    ("Half as many people voted this year.", "Half", 0.5, "times", "exact", None, None),
    ("The fund was halved.", "halved", 0.5, "times", "exact", None, None),
    ("He lived there for a decade.", "a decade", 1, "decade", "exact", None, None),
    ("The plant closed a year ago.", "a year ago", 1, "year", "exact", None, None),
    ("The talks took nearly a year.", "nearly a year", 1, "year", "nearly", None, None),
    ("The strike lasted for a fortnight.", "a fortnight", 1, "fortnight", "exact", None, None),
    ("The dispute has lasted half a century.", "half a century", 0.5, "century", "exact", None, None),
    ("John Smith, 45, was arrested on Monday.", "45", 45, "year", "exact", None, None),  # an age in apposition
    ("LeBron James, 38, scored 40 points.", "38", 38, "year", "exact", None, None),  # a capital inside the name
    ("Ron DeSantis, 45, spoke.", "45", 45, "year", "exact", None, None),
    ("Amina, 30, said she was afraid.", "30", 30, "year", "exact", None, None),  # one name
    ("Man, 81, arrested on suspicion of murder.", "81", 81, "year", "exact", None, None),  # a noun of one person
    ("Police found his wife, 78, at home.", "78", 78, "year", "exact", None, None),
    ("The casualty, 53, was cut on Union Ave.", "53", 53, "year", "exact", None, None),
    ("The victims, both 23, were taken to hospital.", "23", 23, "year", "exact", None, None),  # people nouns, both of an age
    ("The murder of Beryl Ann Oborne, aged four, shocked the town.", "four", 4, "year", "exact", None, None),  # spelled out after an age word
    ("He died at the age of ninety-two.", "ninety-two", 92, "year", "exact", None, None),
    ("She died at the age of 92.", "92", 92, "year", "exact", None, None),
    ("He died aged 30.", "30", 30, "year", "exact", None, None),
    ("People aged 65 and over make up 29% of residents.", "65 and over", 65, "year", "at least", None, None),
    ("Children aged 12 and under travel free.", "12 and under", 12, "year", "at most", None, None),  # an age, not a count of "travel"
    ("The survey covered people aged 18-25.", "18-25", None, "year", "range", 18, 25),
    ("Phoenix had 31 consecutive days above 110F.", "31 consecutive days", 31, "day", "exact", None, None),  # was a count of "days"
    ("He will serve five more years.", "five more years", 5, "year", "exact", None, None),  # was no claim
    ("The economy shrank for two consecutive quarters.", "two consecutive quarters", 2, "quarter", "exact", None, None),  # was "quarters" 0.25
    ("Profits have fallen for 5 quarters.", "5 quarters", 5, "quarter", "exact", None, None),
    ("The siege lasted 872 days.", "872 days", 872, "day", "exact", None, None),
    ("It marks the 85th anniversary of the battle.", "the 85th anniversary", 85, "ordinal", "exact", None, None),
    ("It was the first time the president has visited.", "the first time", 1, "ordinal", "exact", None, None),
    ("Macron became the first French president to visit Mongolia.", "the first French president", 1, "ordinal", "exact", None, None),
    ("Mongolia abstains from a second UN vote.", "second", 2, "ordinal", "exact", None, None),
    ("China is the world's second-largest economy.", "second-largest", 2, "ordinal", "exact", None, None),
    ("It was their 15th consecutive year of growth.", "15th", 15, "ordinal", "exact", None, None),
    ("Djokovic won his 24th Grand Slam title.", "24th", 24, "ordinal", "exact", None, None),  # was no claim
    ("It was his 19th victory of the season.", "19th", 19, "ordinal", "exact", None, None),
    ("2023 was the second-hottest year on record.", "second-hottest", 2, "ordinal", "exact", None, None),
    ("The university was ranked 12th in the world.", "12th", 12, "ordinal", "exact", None, None),
    ("It was the 11th cut this year to the federal funds rate.", "11th", 11, "ordinal", "exact", None, None),  # was no claim
    ("The bank made its third rate rise.", "third", 3, "ordinal", "exact", None, None),
    ("The Lakers fell to 45th in the index.", "45th", 45, "ordinal", "exact", None, None),  # a rank reached by a change
    ("The firm climbed to third in the rankings.", "third", 3, "ordinal", "exact", None, None),
    ("She finished third in the race.", "third", 3, "ordinal", "exact", None, None),
    ("The team slipped to fourth place.", "fourth", 4, "ordinal", "exact", None, None),
    ("The thermometer plunged to 20 below zero.", "20 below zero", -20, "degree", "exact", None, None),  # was 20 count
    ("Overnight lows hit 5 degrees below zero in Fargo.", "5 degrees below zero", -5, "degree", "exact", None, None),
    ("Wind chills could reach forty below zero.", "forty below zero", -40, "degree", "exact", None, None),  # was no claim
    ("The stake is worth north of $1bn.", "north of $1bn", 1e9, "USD", "over", None, None),  # qualifiers, were exact
    ("Prices slipped south of £250,000.", "south of £250,000", 250000, "GBP", "under", None, None),
    ("The bill will cost in the region of £2bn.", "in the region of £2bn", 2e9, "GBP", "about", None, None),
    ("The trip takes 3 hours or thereabouts.", "3 hours or thereabouts", 3, "hour", "about", None, None),
    ("Shares were up 5% or higher.", "5% or higher", 5, "percent", "at least", None, None),
    ("The talks took the best part of two hours.", "the best part of two hours", 2, "hour", "nearly", None, None),
    ("Interest rates rose a quarter point to 5.5%.", "a quarter point", 0.25, "point", "exact", None, None),  # was no claim
    ("The Fed delivered a half-point cut.", "a half-point", 0.5, "point", "exact", None, None),
    ("Analysts expect a quarter-point hike in March.", "a quarter-point", 0.25, "point", "exact", None, None),
    ("The bank raised rates by a quarter percentage point.", "a quarter percentage point", 0.25, "percentage point", "exact", None, None),
    ("She broke the world record by 0.12 seconds.", "0.12 seconds", 0.12, "second", "exact", None, None),  # was 0.06 fraction
    ("He crossed the line 1.5 seconds clear.", "1.5 seconds", 1.5, "second", "exact", None, None),  # was 0.75 fraction
    ("Gusts topped 160 miles (257 kilometers) an hour.", "160 miles (257 kilometers) an hour", 160, "mph", "exact", None, None),  # was mile/hour
    ("The car covers 40 miles to the gallon.", "40 miles to the gallon", 40, "mpg", "exact", None, None),
    ("Wind speeds may be greater than 251 kilometers per hour.", "greater than 251 kilometers per hour", 251, "km/h", "over", None, None),  # was exact
    ("The storm's gusts were greater than 100 mph.", "greater than 100 mph", 100, "mph", "over", None, None),
    # currencies of Gulf, African, Asian and Latin American news (were no claims or a bare "billion")
    ("The UAE pledged Dh1 billion to the fund.", "Dh1 billion", 1e9, "AED", "exact", None, None),
    ("Aramco will spend SR50 billion on the project.", "SR50 billion", 5e10, "SAR", "exact", None, None),
    ("Qatar gave QR2bn in aid.", "QR2bn", 2e9, "QAR", "exact", None, None),
    ("Kuwait set aside KD 3 billion for reconstruction.", "KD 3 billion", 3e9, "KWD", "exact", None, None),
    ("Egypt's deficit reached E£500 billion.", "E£500 billion", 5e11, "EGP", "exact", None, None),
    ("Bangladesh approved a Tk 7.97 trillion budget.", "Tk 7.97 trillion", 7.97e12, "BDT", "exact", None, None),
    ("Zambia repaid 2 billion kwacha of debt.", "2 billion kwacha", 2e9, "ZMW", "exact", None, None),
    ("Peru will spend 4 billion soles on roads.", "4 billion soles", 4e9, "PEN", "exact", None, None),
    # units of tech, weather and science news (were counts or no claims)
    ("The phone pairs a 48-megapixel camera with a 6.1-inch screen.", "48-megapixel", 48, "megapixel", "exact", None, None),
    ("The handset carries a 200MP main sensor.", "200MP", 200, "megapixel", "exact", None, None),
    ("The battery is rated at 5,000mAh.", "5,000mAh", 5000, "mAh", "exact", None, None),
    ("It supports 65W wired charging.", "65W", 65, "W", "exact", None, None),
    ("The chip runs at 3.2 GHz.", "3.2 GHz", 3.2, "GHz", "exact", None, None),
    ("The panel refreshes at up to 120Hz.", "up to 120Hz", 120, "Hz", "up to", None, None),
    ("Broadband speeds average 150 Mbps in the capital.", "150 Mbps", 150, "Mbps", "exact", None, None),
    ("The storm's central pressure fell to 940 millibars.", "940 millibars", 940, "mbar", "exact", None, None),
    ("The hybrid gets 52 miles per gallon on the motorway.", "52 miles per gallon", 52, "mpg", "exact", None, None),
    ("Jet engines can reach 140 decibels.", "140 decibels", 140, "dB", "exact", None, None),
    ("The tyres are inflated to 35 psi.", "35 psi", 35, "psi", "exact", None, None),
    ("The 2,400-square-foot home sold in a day.", "2,400-square-foot", 2400, "square foot", "exact", None, None),
    ("The chip is built on a 3-nanometre process.", "3-nanometre", 3, "nm", "exact", None, None),
    ("Gusts reached 80 kilometre an hour on the coast.", "80 kilometre an hour", 80, "km/h", "exact", None, None),  # was km/hour
    ("The reservoir holds 40,000 acre-feet of water.", "40,000 acre-feet", 40000, "acre-foot", "exact", None, None),
    ("Doctors recommend a 2,000-calorie diet.", "2,000-calorie", 2000, "calorie", "exact", None, None),
    ("The car has a 400-volt system.", "400-volt", 400, "V", "exact", None, None),
    ("Workers were exposed to 20 millisieverts of radiation.", "20 millisieverts", 20, "mSv", "exact", None, None),
    ("Children under 5 are most at risk from the virus.", "under 5", 5, "year", "under", None, None),  # an age's bound, was a count
    ("The drug cut admissions among people over 65 by 30 percent.", "over 65", 65, "year", "over", None, None),
    ("Most students over 18 live away from home.", "over 18", 18, "year", "over", None, None),
    ("Children under five should not use the app.", "under five", 5, "year", "under", None, None),  # spelled out: was no claim
    ("Women over fifty are offered screening.", "over fifty", 50, "year", "over", None, None),
    ("Half the applicants have children younger than 16.", "younger than 16", 16, "year", "under", None, None),  # was a count
    ("Drivers older than 70 must renew each year.", "older than 70", 70, "year", "over", None, None),
    ("Those younger than twelve ride free.", "younger than twelve", 12, "year", "under", None, None),  # was no claim
    ("A 6-to-8 foot alligator was seen.", "6-to-8 foot", None, "foot", "range", 6, 8),  # "-to-" joins a range: was a count 6
    ("Analysts see a 20-to-25 percent drop.", "20-to-25 percent", None, "percent", "range", 20, 25),
    ("Tickets cost $40-to-$60 each.", "$40-to-$60", None, "USD", "range", 40, 60),
    ("Turnout was nearly double the 2019 figure.", "nearly double", 2, "times", "nearly", None, None),  # was no claim
    ("Rents are now triple what they were.", "triple", 3, "times", "exact", None, None),
    ("The video was shared 5x more often than the rest.", "5x", 5, "times", "exact", None, None),
    ("The new dam is a fifth as high as the old one.", "a fifth", 0.2, "times", "exact", None, None),  # an ordinal fraction: was no claim
    ("The firm is about a third as big as its rival.", "about a third", 1 / 3, "times", "about", None, None),
    ("Up to a foot of snow is forecast.", "Up to a foot", 1, "foot", "up to", None, None),  # "a" counts a unit after a qualifier
    ("She won the marathon in 2:19:44 on Sunday.", "2:19:44", 8384, "second", "exact", None, None),  # a race time: was no claim
    ("He swam the 200m in 1:45.63 to win.", "1:45.63", 105.63, "second", "exact", None, None),
    ("Police seized more than a tonne of cocaine.", "more than a tonne", 1, "tonne", "over", None, None),
    ("The lake is about a mile wide.", "about a mile", 1, "mile", "about", None, None),
    ("The vines are older than 80 years.", "older than 80 years", 80, "year", "over", None, None),
    # tonnes abbreviated: a spaced "t" before "of", a bracket or the line's end; "mt"; "MMT"/"MMst" carry a million
    ("The smelter took in 52,310 t of copper ore.", "52,310 t", 52310, "tonne", "exact", None, None),  # was a count
    ("The hall holds enough steel (18,400 t) for two bridges.", "18,400 t", 18400, "tonne", "exact", None, None),
    ("Quarterly output reached 38,200 mt, a record.", "38,200 mt", 38200, "tonne", "exact", None, None),
    ("The mine moved 12.5 million mt of ore.", "12.5 million mt", 12_500_000, "tonne", "exact", None, None),
    ("Shipments fell to 7.4 MMst in 2019.", "7.4 MMst", 7_400_000, "ton", "exact", None, None),
    ("Exports may reach 21.5 MMT this season.", "21.5 MMT", 21_500_000, "tonne", "exact", None, None),
    ("Farmers harvested 9.2t/ha in the trial.", "9.2t/ha", 9.2, "tonne/hectare", "exact", None, None),  # was no claim
    # an amount written in two scales is one amount (Mongolian agency copy): were two claims, the second a count
    ("Spending is set at MNT12 trillion 415.6 billion next year.", "MNT12 trillion 415.6 billion", 12_415_600_000_000, "MNT",
     "exact", None, None),
    ("Revenue is put at MNT8 trillion and 302.4 billion.", "MNT8 trillion and 302.4 billion", 8_302_400_000_000, "MNT",
     "exact", None, None),
    ("The state will repay 2 trillion 45.3 billion tugrugs of loans.", "2 trillion 45.3 billion tugrugs", 2_045_300_000_000,
     "MNT", "exact", None, None),
    ("Aid reached 45 million U.S. Dollars last year.", "45 million U.S. Dollars", 45_000_000, "USD", "exact", None, None),
    # a stuff's measure before "daily", "annually" is a flow, as before "a day", "a year" (was barrel, kWh, m3)
    ("Saudi Arabia pumped 9.8 million barrels daily in May.", "9.8 million barrels daily", 9_800_000, "barrel/day", "exact",
     None, None),
    ("A typical household uses 8,100 kWh annually.", "8,100 kWh annually", 8100, "kWh/year", "exact", None, None),
    ("The pipeline will carry 38 billion cubic meters of gas annually.", "38 billion cubic meters", 38_000_000_000, "m3/year",
     "exact", None, None),
]


@pytest.mark.parametrize("sentence, text, value, unit, qualifier, low, high", EXPRESSIONS, ids=[e[1] for e in EXPRESSIONS])
def test_expression(finder, sentence, text, value, unit, qualifier, low, high):
    found = {c.text: c for c in numeric(finder, sentence)}
    assert text in found, sorted(found)
    claim = found[text]
    assert same(claim.value, value) and claim.unit == unit and claim.qualifier == qualifier, claim
    assert same(claim.low, low) and same(claim.high, high), claim
    source = claim.sources[0]
    assert (source.start, source.end) == (sentence.index(text), sentence.index(text) + len(text))


@pytest.mark.parametrize(
    "sentence, texts",
    [
        ("Shares fell 10p to 250p.", ["10p", "250p"]),  # a change, not a range
        ("The Dow added 200 points to 34,500.", ["200 points", "34,500"]),  # market verbs of change
        ("The FTSE shed 1.2% to 7,300.", ["1.2%", "7,300"]),
        ("The population grew by 0.7% to 67.6 million in 2023.", ["0.7%", "67.6 million"]),  # change by X to a level
        ("The tax rate will fall from 25% to 20% next year.", ["25%", "20%"]),
        ("Oil fell 3.2 percent to $78.50 a barrel.", ["3.2 percent", "$78.50 a barrel"]),  # two measures
        ("The population grew from 2.7 million to 3.3 million.", ["2.7 million", "3.3 million"]),
        ("UK inflation fell to 4.6%, down from 6.7% a month earlier.", ["4.6%", "6.7%"]),  # a date, not "percent/month"
        ("HSBC made $7.7bn, compared with $3.2bn a year ago.", ["$7.7bn", "$3.2bn", "a year ago"]),  # not "USD/year"
        ("Sales were $5m a week before.", ["$5m"]),
        ("He walked 5 miles (8 km) home.", ["5 miles"]),  # a bracketed conversion is no claim of its own
        ("He ran 5 km every 3 days and it paid 3% each.", ["5 km", "3 days", "3%"]),  # "every" before a number, "each" alone: no rate
        ("Profit was 40m euros (£28m; $52m) and debt 2bn yen ($19m, £10m).", ["40m euros", "2bn yen"]),  # so is a list of them
        ("Between 5 (the lowest) and 10 people came.", ["5", "10"]),  # no figure in the brackets: no range past them
        ('He said "the bill was 25" and left.', ["25"]),  # a quotation's closing mark is no inch
        ("The fish weighed 10 kg (22 lb), and the boat cost $300 (about £240).", ["10 kg", "$300"]),
        ("He paid £200 to the council.", ["£200"]),  # "to the" and no currency: no exchange rate
        ("Police arrested 23 people and three officers were injured.", ["23", "three"]),
        ("The one-second delay cost him the race.", ["one-second"]),  # a duration, no half
        ("The air force bought 3 F-16s.", ["3"]),  # a letter of a name, not fahrenheit
        ("Only 5 C students passed.", ["5"]),  # a spaced letter before a noun is no unit
        ("The runner won the 100 m final.", ["100"]),  # no dimension word: "m" may be million
        ("At one point, 20 people left.", ["20"]),  # "one point" is an idiom, not a score
        ("The S&P 500 gained 1.2 percent.", ["1.2 percent"]),  # an index named by a number
        ("Apple launched the iPhone 15 and cut prices 5%.", ["5%"]),
        ("Apollo 11 landed on the moon.", []),  # a name opening the sentence, never written in lower case
        ("Traffic was held between junctions 10 and 11 of the M25 for three hours.", ["three hours"]),  # labels listed
        ("The rules in Articles 5 and 7 were changed.", []),
        ("See pages 10, 11 and 12 of the report.", []),
        ("Pupils in grades 3 to 5 took the test.", []),  # a range of labels
        ("He was assisted by his number 10 and 11 batsmen.", []),
        ("He cited Article 5 and 30 other rules.", ["30"]),  # a count after the list
        ("The camera records video in 1080p and costs $400.", ["$400"]),  # a resolution, no pence
        ("The set streams 2160p video.", []),
        ("Shares fell 12p to 1,080p.", ["12p", "1,080p"]),  # a thousand pence carry a comma
        ("The findings appear in Nature (10.1038/nature12373) this week.", []),  # a DOI's prefix
        ("The paper's DOI is 10.1126/science.abc1234, the journal said.", []),
        ("Patients were given three doses of the vaccine.", ["three"]),  # spelled-out counts of count nouns
        ("Eating five portions of fruit a day is recommended.", ["five"]),
        ("Take two tablets every four hours.", ["two", "four hours"]),
        ("Drinking 3 to 5 cups of coffee a day was linked to a longer life.", ["3 to 5"]),  # a gerund, no name
        ("Walking 10,000 steps a day cut the risk of early death.", ["10,000 steps a day"]),
        ("Cutting 40 jobs saved the firm money.", ["40"]),
        ("Fully 20 people came. The hall was fully booked.", ["20"]),  # a word the text writes in lower case
        ("Exactly 20 people came.", ["Exactly 20"]),  # a qualifier, no name
        ("In 2023 20 people died.", ["20"]),  # digits next to a year, but counting people
        ("The economy shrank by 2.3% last quarter.", ["2.3%"]),  # 'last quarter' is a period, not a fraction
        ("Profits rose this quarter and each half.", []),
        ("He ran the 100 m hurdles.", ["100"]),
        ("Prices have risen three times since January.", []),  # occasions, not a multiplier
        ("He visited twice and doubled down on his claims.", []),
        ("She won the doubles title.", []),
        ("He has been arrested 5 times.", ["5"]),
        ("She has visited 30 times this year.", ["30"]),  # occasions, no multiple
        ("She gave half as a gift to charity.", []),  # "as a": no comparison
        ("They meet twice a year and he earns $50,000 a year.", ["$50,000 a year"]),  # a frequency, a rate
        ("A year earlier, sales fell. This year they rose.", []),
        ("Turnout fell by about 2 points to 61 points.", ["about 2 points", "61 points"]),  # a change after its qualifier, was a range
        ("The new model is thinner by about 0.4mm to 6.9mm.", ["about 0.4mm", "6.9mm"]),  # "by" after a comparative
        ("The index declined by more than 300 points to 33,000 points.", ["more than 300 points", "33,000 points"]),
        ("Spending was slashed $2 billion to $40 billion.", ["$2 billion", "$40 billion"]),
        ("Turnout was higher by 3 to 4 points.", ["3 to 4 points"]),
        ("Exports were three times higher than a decade ago.", ["three times", "a decade ago"]),  # "higher than" compares: no qualifier  # a range: the first figure has no unit
        ("Inflation has risen over the past decade.", []),  # a time frame  # a spaced 'm' before another noun is no million
    ],
)
def test_several_claims(finder, sentence, texts):
    assert [c.text for c in numeric(finder, sentence)] == texts


@pytest.mark.parametrize(
    "sentence, found",
    [
        ("Sales in Germany, 12, and Italy, 9, rose.", [("12", "count"), ("9", "count")]),  # after one name: no age
        ("Members of NATO, 32, met.", [("32", "count")]),  # an acronym is no person's name
        ("In Kenya, 30, died in the floods.", [("30", "count")]),  # a place after a preposition is no person
        ("The tally: Texas, 12, California, 9, Ohio, 4.", [("12", "count"), ("9", "count"), ("4", "count")]),  # one-name pairs: a tally
        ("They built 3 stone walls.", [("3", "count")]),  # a material before a plural noun is no unit
        ("A full-sized screen might measure 13 or 15 inches.", [("13", "inch"), ("15 inches", "inch")]),  # a listed figure shares the unit
        ("Some areas could see up to 2, 3, or 4 inches of rain.", [("up to 2", "inch"), ("3", "inch"), ("4 inches", "inch")]),
        ("He won 3 or 4 medals.", [("3", "medals"), ("4", "medals")]),
        ("Quakes strike often, with about 18 measuring a magnitude 7.0 every year.", [("about 18", "count"), ("magnitude 7.0", "magnitude")]),  # no rate
        ("Of the 12, 3 km were paved.", [("12", "count"), ("3 km", "km")]),  # a comma alone lists nothing
        ("The Pro has a 13in display and weighs 579g.", [("13in", "inch"), ("579", "count")]),  # a glued letter unread: no elided unit
        ("Police logged 1,200 calls to 999 and 40 calls to 112.", [("1,200", "count"), ("40", "count")]),  # numbers dialled
        ("Police called 10000 people and the screen has 267 ppi.", [("10000", "people"), ("267 ppi", "ppi")]),  # a count after a dial word
        ("Police seized 500 pounds of cocaine and a 500-pound bomb.", [("500 pounds", "lb"), ("500-pound", "lb")]),
        ("He lost 40 pounds, and paid for it.", [("40 pounds", "lb")]),  # the money word is in another clause
        ("He ran 5 km and 3 km.", [("5 km", "km"), ("3 km", "km")]),  # no smaller unit: two claims
        ("The rate hit 49.5 pounds per dollar.", [("49.5 pounds per dollar", "GBP/USD")]),  # money, not lb/USD
        ("The rate hit 49.5 Egyptian pounds per dollar.", [("49.5 Egyptian pounds per dollar", "EGP/USD")]),
        ("The bags weigh 5 pounds per bag.", [("5 pounds", "lb")]),
        ("Mortality fell to 223 deaths per 100,000 live births.", [("223", "deaths")]),  # a rate's base is no figure
        ("Some 5 people a year ago said no.", [("Some 5", "people"), ("a year ago", "year")]),  # no rate before "ago"
        ("They ate 3 whole pizzas and 5 more people came.", [("3", "count"), ("5", "people")]),  # no time unit after the modifier; its noun
        ("The car uses 6 litres per 100 km.", [("6 litres", "litre")]),
        ("Sales rose 5% and over 20 stores closed.", [("5%", "percent"), ("over 20", "count")]),  # the next figure's qualifier
        ("Homicides fell 11%, but rose in 12 of the 30 largest cities.", [("11%", "percent"), ("12", "cities"), ("30", "cities")]),  # not 12 percent
        ("Rents rose from £900 to £1,100.", [("£900", "GBP"), ("£1,100", "GBP")]),  # a change: two claims
        ("He wore 5 odd socks and 4 + 3 badges.", [("5", "count"), ("4", "count"), ("3", "count")]),  # qualifiers only glued
        ("Haaland scored two goals in three games.", [("two", "goals"), ("three", "games")]),  # sports counts
        ("The party won 37 of the 150 seats.", [("37", "seats"), ("150", "seats")]),  # a part of a counted group
        ("City have won 12 of their last 13 games.", [("12", "games"), ("13", "games")]),
        ("Mongolia evacuated 58 of its citizens.", [("58", "people")]),  # a part of a group with no number
        ("Mongolia abstained with 34 other nations.", [("34", "countries")]),  # past a count modifier
        ("Eleven other citizens traveled by car.", [("Eleven", "people")]),
        ("Crime rose in 12 of the 30 largest ports.", [("12", "count"), ("30", "count")]),  # "ports": no noun of count_nouns.tsv
        ("The Senate voted 52 votes to 48.", [("52", "votes"), ("48", "votes")]),  # a tally: the other side counts votes too
        ("City won by 3 goals to 1.", [("3", "goals"), ("1", "goals")]),
        ("The bill passed by 311 to 117.", [("311", "count"), ("117", "count")]),  # no noun to share
        ("The Dow rose 200 points to 34,567.", [("200 points", "point"), ("34,567", "count")]),  # a level, not a tally of nouns
        ("It lasted 3 years and 2 people died.", [("3 years", "year"), ("2", "people")]),
        ("He is 6 ft 2 in the photo.", [("6 ft", "foot"), ("2", "count")]),  # "in" is an inch only alone
        ("The index rose 54 points or 1.37% to 3,988.6.", [("54 points", "point"), ("1.37%", "percent"), ("3,988.6", "count")]),  # was a range
        ("The index stood at 3,988.6 at 12.07 AEST.", [("3,988.6", "count")]),  # a clock time before a time zone
        ("The Australian dollar fell back to 82 US cents.", [("82 US cents", "USD-cent")]),
        ("Over 67 percent are vaccinated and the rate is less than 1 per 100,000 people.",
         [("Over 67 percent", "percent"), ("less than 1", "count")]),  # a rate's figure takes no parallel unit
        ("Adults aged ≥18 years and ≤5% of children.", [("≥18 years", "year"), ("≤5%", "percent")]),  # was no claim
        ("The judge refused bail for Reid, 28, but left open an appeal.", [("28", "year")]),  # an age after "for", was a count
        ("England finished the opening day at 6 for 255.", []),  # a cricket score, wickets for runs
        ("Lee took 3 for 77 and McGrath 2 for 66.", []),
        ("Australia is no wicket for 126, only 151 runs shy.", [("151", "runs")]),
        ("They sold 3 for 10 dollars.", [("3", "count"), ("10 dollars", "USD")]),  # no score before a unit
        ("The toll includes 865 Palestinians and 234 Israelis.", [("865", "people"), ("234", "people")]),  # were no claims
        ("It cost the lives of up to 200,000 East Timorese.", [("up to 200,000", "people")]),  # a demonym in -ese
        ("More than 20 Japanese coastguard vessels sailed.", [("More than 20", "ships")]),  # an -ese before its noun
        ("Police confronted 3,000 Hamas supporters.", [("3,000", "count")]),  # capitalised words before a plural noun
        ("Extremists have killed dozens of Israelis.", [("dozens", "people")]),
        # a count with no noun right after a casualty verb counts its casualties, as "20 killed" does
        ("The barrage killed at least four and wounded dozens.", [("at least four", "deaths"), ("dozens", "people")]),
        ("The raid killed two and injured 18 in the town.", [("two", "deaths"), ("18", "people")]),
        ("Five were killed and two have been wounded.", [("Five", "deaths"), ("two", "people")]),
        ("Three were sent home.", []),
        ("He lives at 10 Downing Street.", []),
        ("He bought a 7-Eleven franchise.", []),  # a name, was the range 7-11
        ("Refunds take 3-5 business days.", [("3-5 business days", "day")]),  # was a count of "business days"
        ("He turned 3 corners.", [("3", "count")]),  # no age before the noun it counts
        ("From 2 to 10,000 people came.", [("2", "people"), ("10,000", "people")]),  # no thousands beyond twice (the noun is shared)
        ("All figures are in 2017 dollars.", []),  # constant dollars of a year, no amount
        ("Income was $21,121, the buying power of a 1999 dollar.", [("$21,121", "USD")]),
        ("It cost 2000 dollars.", [("2000 dollars", "USD")]),
        ("Time named him its 2001 Person of the Year.", []),  # a year before a name, no count of persons
        ("One in 5 people smokes.", [("One in 5", "fraction")]),
        ("The ferry sails 1 in 3 days.", [("1", "count"), ("3 days", "day")]),  # "in" and a duration: no share
        ("He won the 21st title at 42 St Kilda Road.", [("21st", "ordinal")]),  # "st" is a stone only against its number
        ("The fence is 6 feet, 4 of them new.", [("6 feet", "foot"), ("4", "count")]),  # unwritten inches end a clause
        ("In 2020 and a half of 2021, 5 people died.", [("a half", "fraction"), ("5", "people")]),  # a year takes no half
        ("The two and a half men came.", []),  # a determiner before a count
        ("Bolt's record of 9.58 seconds in the 100m has stood since 2009.", [("9.58 seconds", "second"), ("100m", "m")]),  # was 100 million
        ("Some 60,000 fans watched the 100m.", [("Some 60,000", "people"), ("100m", "m")]),  # an event after "the", despite the counted noun
        ("She ran the 400m hurdles and the 60m hurdles title is hers.", [("400m", "m"), ("60m", "m")]),  # a metre word after it: was 60 million
        ("He won the men's 10,000m at the games.", [("10,000m", "m")]),  # an event after a possessive: was 10 billion
        ("She won the women's 1,500m in 4:01.52.", [("1,500m", "m"), ("4:01.52", "second")]),
        ("Voters aged 18 may vote and 300 march on parliament.", [("18", "year"), ("300", "count")]),  # modal and verb, no months
        ("The yen weakened past 150 per dollar.", [("150 per dollar", "JPY/USD")]),  # a bare rate takes its clause's currency
        ("The dollar hit $1.31 against the euro, from $1.29 on Monday.", [("$1.31 against the euro", "USD/EUR"), ("$1.29", "USD/EUR")]),  # was USD
        ("Oil rose to $61 a barrel from $58.", [("$61 a barrel", "USD/barrel"), ("$58", "USD/barrel")]),  # a price from its old one
        ("The half point gap may widen.", [("half point", "point")]),  # an amount of points after "the": was no claim
        ("In the second half and the first quarter point totals rose.", []),  # periods
        ("Oil at $80 a barrel cut costs from $3bn.", [("$80 a barrel", "USD/barrel"), ("$3bn", "USD")]),  # another amount
        ("Kenya's shilling traded at 157 to the dollar.", [("157 to the dollar", "KES/USD")]),
        ("The Brazilian real weakened to 5.10 per dollar on Tuesday.", [("5.10 per dollar", "BRL/USD")]),  # a currency of two words
        ("The Swiss franc rose to 0.88 per dollar.", [("0.88 per dollar", "CHF/USD")]),
        ("The New Zealand dollar fell to 0.59 per US dollar.", [("0.59 per US dollar", "NZD/USD")]),  # not its "dollar"
        ("The Australian dollar rose to 0.66 per US dollar.", [("0.66 per US dollar", "AUD/USD")]),
        ("The rupee hit 83 against the dollar and 90 against the euro.", [("83 against the dollar", "INR/USD"), ("90 against the euro", "INR/EUR")]),
        ("He paid 20 per dollar of debt.", [("20", "count")]),  # no currency named before: no rate
        ("Twenty-two players were tested.", [("Twenty-two", "people")]),  # spelled-out counts of news nouns, were no claims
        ("Police arrested three teenagers and eight suspected militants.", [("three", "people"), ("eight", "people")]),
        ("The airline flies to five major cities with two helicopters.", [("five", "cities"), ("two", "aircraft")]),
        ("It took delivery of six Airbus A350 aircraft and two Boeing 777 jets.", [("six", "aircraft"), ("two", "aircraft")]),  # a model's code: were none
        ("It was escorted by two United States fighter jets.", []),  # a capital after other words is a name, no counted noun
        ("Labour has an 80 MP majority and a 50MP camera.", [("80", "count"), ("50MP", "megapixel")]),  # "MP" only against the number
        ("About 20 S. Korean soldiers were hurt.", [("About 20", "count")]),
        ("The shares closed at 480p on Friday.", [("480p", "GBP-pence")]),  # shares: pence, not a video resolution
        ("They rent a four-bedroom flat.", [("four", "bedrooms")]),  # a counted noun's singular after a hyphen: was no claim
        ("A nine-member jury and a 300-seat theatre.", [("nine", "people"), ("300", "seats")]),
        ("The yacht had five crew and two cops came aboard.", [("five", "people"), ("two", "people")]),
        ("The driver (Tom Reed, 45) was hurt.", [("45", "year")]),  # an age in brackets is no numbered item
        ("Later, Pitt and Jolie, 48, left the party.", [("48", "year")]),  # the second of two names: was a count
        ("Floods hit Iowa and Ohio, 30, and more.", [("30", "count")]),  # places after a preposition: no age
        ("So far 18 of 27 nations have signed.", [("18", "countries"), ("27", "countries")]),  # a part of a group without "the"
        ("Faber, 312 pp., $25.", [("$25", "USD")]),  # pages, not hundreds of percentage points
        ("A five million pound deal and a multi-million pound fee.", [("five million pound", "GBP"), ("multi-million pound", "GBP")]),  # were lb
        ("It dropped a 2,000-pound bomb and 10 million pounds of steel.", [("2,000-pound", "lb"), ("10 million pounds", "lb")]),
        ("Support rose 3 pp. in May.", [("3 pp", "percentage point")]),
        ("Profit rose in the three months to 31 December 2005.", [("three months", "month")]),  # a period and its end date: was no claim
        ("The group runs more than 200 Hilton Hotels in 40 countries.", [("more than 200", "count"), ("40", "countries")]),  # a name's plural: was none
        ("Read: 7 Big Growth Stocks for 2026 With Huge Catalysts", []),  # a headline's title case: a name, as before
        ("He works at 10 Downing Street and watched 7 News.", []),
        ("Sales beat the previous four quarters and the preceding 2 quarters.", [("2 quarters", "quarter")]),  # periods: were fractions 1.0 and 0.5
        ("Profit was weaker than in the preceding three quarters.", [("three quarters", "quarter")]),  # was 0.75
        ("It rose in each of the last three quarters but three quarters of staff left.", [("three quarters", "fraction")]),  # a time frame; a share
        ("Sales fell in the 6 months to 30 June and in the year to 31 March.", [("6 months", "month")]),
        ("Her blood pressure was 135/85 mm Hg.", [("135/85 mm Hg", "mmHg")]),  # a reading: was no claim
        ("Readings over 140 mm Hg are high.", [("over 140 mm Hg", "mmHg")]),  # was 140 mm
        ("Police said four rain-related crashes and two British-made jets were reported.", [("two", "aircraft")]),  # a compound modifier
        ("Twelve managers and three executives were charged.", [("Twelve", "people"), ("three", "people")]),  # business people: were no claims
        ("Four top executives resigned.", [("Four", "people")]),  # "top" is a stop word to spaCy: was no claim
        ("Five analysts polled and the 10 largest shareholders agreed.", [("Five", "people"), ("10", "people")]),  # was count
        ("The toll from a 6.4 magnitude quake and its aftershocks reached 2,300 by Friday.",
         [("6.4 magnitude", "magnitude"), ("2,300", "count")]),  # a figure 100 times the parallel one's: was magnitude
        ("The largest mine will reopen in two years.", [("two years", "year")]),  # a superlative subject: a claim still
        # a record's span is a duration a fact-checker checks (eval README: durations are claims)
        ("The currency climbed to a six-year high.", [("six-year", "year")]),
        ("Turnout was its lowest level in nearly sixty years.", [("nearly sixty years", "year")]),
        ("Clinics logged 35 confirmed or probable flu cases.", [("35", "cases")]),  # paired modifiers: were count
        ("Hospitals treated 90 new and returning patients.", [("90", "people")]),
        ("The agency counted 41 confirmed U.K. cases.", [("41", "cases")]),  # a dotted abbreviation inside
        ("Profits grew 4% annually over the decade.", [("4%", "percent")]),  # a percent is no flow
        ("The mill ships 20 tonnes daily batches.", [("20 tonnes", "tonne")]),  # "daily" before its noun
        ("Profits shrank for the fifth straight quarter of losses.", [("fifth", "ordinal")]),  # a period: was a quarter too
        ("Sales fell in the third consecutive quarter.", [("third", "ordinal")]),
        ("Air defences downed more than 212 out of 236 drones.", [("more than 212", "drones"), ("236", "drones")]),  # a tally:
        ("Only 4 out of 50 schools reopened.", [("4", "schools"), ("50", "schools")]),  # was one fraction, 0.898 and 0.08
        ("Nine out of 10 doctors agreed.", [("Nine out of 10", "fraction")]),  # a ratio stays one
        ("Flu cases rise to at least 58 in the region.", [("at least 58", "cases")]),  # the noun before the verb: was a count
        ("Deaths have climbed to 130, officials said.", [("130", "deaths")]),
        ("Exports rose to 64 in May.", [("64", "count")]),  # no counted noun
        ("The population of Mongolia reached 3.6 million in 2024.", [("3.6 million", "people")]),  # a people noun before "of"
        ("The town's population grew by 4,000.", [("4,000", "people")]),  # (were counts)
        ("The price of gold rose to 2,400 on Friday.", [("2,400", "count")]),
        ("She added seven steals and four birdies.", [("seven", "steals"), ("four", "birdies")]),  # sport tallies: were none
        ("The keeper made six saves as the wing scored three tries.", [("six", "saves"), ("three", "tries")]),
        ("The dzud killed 2.1 million head of livestock.", [("2.1 million", "head")]),  # livestock: were counts
        ("Herders keep 65 million livestock and 1,500 camels.", [("65 million", "livestock"), ("1,500", "camels")]),
        ("Doctors treated 4 head injuries.", [("4", "count")]),  # "head" counts only before "of"
        ("Officials named three well-known doctors.", [("three", "people")]),  # a stop word inside the compound: was no claim  # a compass point before people is no address
    ],
)
def test_claim_units(finder, sentence, found):
    """Readings that are not the construction they resemble: text and unit of every claim."""
    assert [(c.text, c.unit) for c in numeric(finder, sentence)] == found


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia's invasion began on February 24th.",
        "Putin arrived in Mongolia on September 2 , the ICC said.",
        "The forum runs from September 3 to 6.",  # the last day of a date's range
        "Talks were held on March 1 and 2.",
        "The body issued a warrant for his arrest in 2023.",
        "We attended the last such dialogue in June 2024.",
        "In December 2019, the mayor resigned.",
        "The fighting started on 24 February and ended on the 2nd of June.",
        "MENAFN03092024000159011032ID1108628783",
        "He wondered what they thought of it (pg. 625).",        "The rules are set out on pp. 12-15.",  # a range of pages is a label

        "Mongolia and Russia’s Invasion of Ukraine – Part 2",
        "Soviet and Mongolian forces defeated Japanese troops in World War II.",
        "The meeting starts at 3 pm and ends at 10:30 a.m.",
        "1. Mongolia abstains",
        "The two countries signed a treaty.",
        "Mongolia is caught between its two neighbours.",
        "They discussed the relations between two countries.",  # the pair related, its article dropped
        "Out of these 32, the country chose three. Of those 12, five failed.",  # a figure named again
        "Yet it is a third historical marker that matters.",
        "The team moved to the 3rd floor.",  # "moved" is no change of rank
        "A key factor of 2023 was the weather.",  # a year after "factor of"
        "The team split into halves and the troops into quarters.",  # a plural fraction word alone is no amount
        "He was one of the first to arrive.",  # one of a group, no first
        "They were among the first to sign.",
        "He became a third member of the board.",  # no change: an ordinal before a noun ending in -er
        "Verstappen is chasing a third.",
        "This post relates events of the last two weeks.",
        "Ulaanbaatar avoids provoking one of its powerful neighbours.",
        "As one Mongolian government spokesperson told one media outlet.",
        "Participants carried at least one flag of the republic.",
        "The first Facebook post has been removed.",
        "In the first half of the year, output rose.",
        "The 2020-21 season ended with a 3-0 win.",
        "Unemployment fell back to roughly its lows in 2022–2023.",  # a span of years
        "The N2 highway was closed and the R5 bus ran late.",  # a letter of a road or code, no currency
        "They bought N95 masks and sold the R5 model.",  # after a money word, a letter and digits before a noun name a thing
        "Take the N1-N2 link road or the R5-R10 routes.",
        "The 1960 earthquake struck Chile.",  # a year before a quake noun is no magnitude
        "The prime minister lives at 10 Downing Street.",
        "The 5G network and COVID-19 dominated the 1990s debate after 9/11.",
        "Article 5 of the treaty and Resolution 2231 were cited by Boeing 737 pilots.",
        "Call +1 202 555 0143 or 0800 123 4567 for help.",
        "Agent 007 returns.",
        "In an emergency, call 999 or dial 112.",
        "Prices rose in the 1990s and temperatures stayed in the 40s.",  # a decade of years or of degrees is no age
        "Revenue fell from the year-ago quarter, Microsoft said.",  # a bare fraction word is a period, no share
        "The ages of one of them are unknown.",
        "Temperatures rose in the latter half of the 19th century.",
        "She made a 911 call after the crash.",
        "The operator gives the caller the 222222 number.",  # a phone number of five digits or more        "Call the hotline on 1-800-273-8255.",  # a chain of hyphenated digits is a code, no range
        "The ISBN is 978-3-16-148410-0.",
        "She lives in Room 4B at 221B Baker Street.",  # a letter of a code, not a billion

        "The Lockheed SR-71 and the KD-5 drone flew.",  # letters and a hyphen before digits: a name, no currency
        "The XY1 billion plan was approved.",  # the scale of digits that could not be read, no billion alone
        "Interest rates sat just below zero for years.",
        "The bill, H.R. 3684, passed the House.",  # labels of bills, roads, races and buildings (were counts)
        "Take exit 23 and park on floor 3.",
        "The area moved into tier 3 after he crashed on lap 45.",
        "He birdied hole 7 and won stage 12.",
        "It was a quarter century ago and in the fourth quarter points were scored.",  # periods, no points
        "Why did they come in the first place?",
        "Sales fell in the 3rd quarter and rose last quarter.",
        "The bakery is open from 4 to 8 p.m. on weekdays.",  # the first figure of a clock range is a time too
        "The hall opens 11 to 2 pm on Sundays.",
        "Polls are open between 7 and 9 pm.",
        "The fair runs from 12 to 16 June.",
        "The bill passed by a 4-to-1 margin.",  # a tally, like a score
        "The court's 5-to-4 ruling surprised nobody.",
        "Police are investigating a double murder.",  # "double" multiplies only before what it multiplies
        "The favourite won by a mile and the school is a mile away.",  # no qualifier: no measure
        "The cafe opened at 1820 N. Alberta St. in May.",  # a compass point in an address
        "Offices at 300 SW Columbia Street were closed.",
        "The phone films at 720p and 1080p.",  # video resolutions, no pence
        "Streams are capped at 480p on mobile.",
        "The alarm went off at 06:15:30 and again at 7:45.",  # clock times, not race times
        "The best fillings are: 1) Cheese, 2) Ham, 3) Mushroom.",  # items numbered inside a line
        "The plan: 1) cut costs; 2) sell assets.",
        "She is the double Olympic champion and the halls double as venues.",
        "Output in the second quarter was too weak to matter.",  # a clause's verb before "to": no "first ... to" (was one)
        "But the third quarter is still insufficient to deliver growth.",
        "Officials track the 14-day rolling average of admissions.",  # a window, no figure (was 14 days)
        "The 30-year bond rallied after the auction.",  # a debt's term names the bond
        "Traders sold two-year Treasuries.",
        "Figures for the prior three months were revised.",  # a time frame after "prior" (was 3 months)
        "The Standard & Poor's 500 index slipped on Friday.",
        "Exports peaked during the 2011 calendar year.",  # a year before "calendar year" is a date (was 2011 years)
        "The company closed its books for the 2022 business year.",  # a possessive name's number before "index" names it
    ],
)
def test_not_claims(finder, sentence):
    assert numeric(finder, sentence) == []


def test_shares_with_an_elided_unit_keep_subject_and_change_entity(finder):
    sentence = "In 2022, China alone accounted for 41 percent of Mongolia’s imports, while Russia accounted for 26 percent."
    china, russia = numeric(finder, sentence)
    assert (china.text, china.entity, russia.text, russia.entity) == ("41 percent", "China", "26 percent", "Russia")
    assert china.subject == russia.subject == "share of Mongolia’s imports"
    assert china.sentence == sentence


@pytest.mark.parametrize(
    "sentence, level",
    [
        ("The Dow fell 312 points, or 0.9%, to 34,567.", "34,567"),
        ("The Dow gained 322.79 points, or 1.3 percent, to close at 26,115.65.", "26,115.65"),  # was percent
        ("The S&P 500 lost 5.76 points, 0.2%, ending at 3,629.65.", "3,629.65"),
        ("The FTSE rose 1.1%, reaching 7,612.", "7,612"),
    ],
)
def test_a_level_after_a_change_keeps_its_own_unit(finder, sentence, level):
    found = numeric(finder, sentence)
    assert (found[-1].text, found[-1].unit) == (level, "count")
    assert all(c.unit != "count" for c in found[:-1])


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("Shell paid $4.1bn in dividends.", 4_100_000_000),  # not 4099999999.9999995
        ("The fund lost €2.3 billion.", 2_300_000_000),
        ("The bridge cost £0.7m.", 700_000),
        ("Its staff grew from 4.1 to 8.2 million.", 4_100_000),
        ("Output fell by 2.1 or 3 million barrels a day.", 2_100_000),  # a listed figure shares the next one's scale
    ],
)
def test_scaled_values_are_written_exactly(finder, sentence, value):
    assert numeric(finder, sentence)[0].value == value  # exact: JSON output shows every binary digit


@pytest.mark.parametrize(
    "sentence, found",
    [
        ("Its staff grew from 4.1 to 8.2 million.", [("4.1", 4.1e6, "count"), ("8.2 million", 8.2e6, "count")]),
        ("Prices rose from 5 to 7 percent.", [("5", 5, "percent"), ("7 percent", 7, "percent")]),
        ("Cases rose from 10 to 20 people.", [("10", 10, "people"), ("20", 20, "people")]),  # no scale to share; the counted noun's unit
        ("Staff fell from 1,500 to 900 workers.", [("1,500", 1500, "people"), ("900", 900, "people")]),  # a fall: was count
        ("Waits fell from 30 to just 12 days.", [("30", 30, "day"), ("12 days", 12, "day")]),  # past a focus word: was count
        ("Cases went from 12 to 3 and then 5 to 9.", [("12", 12, "count"), ("3", 3, "count"), ("5 to 9", None, "count")]),
        ("Its staff grew from roughly 4.1 to 8.2 million.", [("roughly 4.1", 4.1e6, "count"), ("8.2 million", 8.2e6, "count")]),  # was a range
    ],
)
def test_from_to_the_first_figure_shares_the_seconds_scale_and_unit(finder, sentence, found):
    assert [(c.text, c.value, c.unit) for c in numeric(finder, sentence)] == found


@pytest.mark.parametrize(
    "sentence, text, value, unit",
    [
        ("Group sales were 2.64 billion dlrs compared with 2.31 billion a year earlier.", "2.31 billion", 2.31e9, "USD"),
        ("Turnover climbed to $7.4 billion from 6.9 billion in 2021.", "6.9 billion", 6.9e9, "USD"),
        ("Jobless claims rose to 6.1 pct from 5.7 last month.", "5.7", 5.7, "percent"),
        ("The harvest reached 4.2 mln tonnes against 3.8 mln last season.", "3.8 mln", 3.8e6, "tonne"),
        ("Its shares fell 20 pct from 50 in a week.", "50", 50, "count"),  # a level a change starts from, not a percentage
        ("The fund cut its forecast to 3.5 pct from a previous 3.9.", "3.9", 3.9, "percent"),
        ("The plan is to lift stocks to 640 mln barrels, from its present 580 mln.", "580 mln", 580e6, "barrel"),
        ("Exports fell 20 pct from the 50 recorded a year earlier.", "50", 50, "count"),
        ("Shipments totalled 8.2 million tonnes in the first six months, up from 7.9 million a year before.", "7.9 million",
         7.9e6, "tonne"),  # ", up from" after a time adverbial (was a count)
        ("Its debt stood at $3.1 billion at the end of June, down from 3.4 billion.", "3.4 billion", 3.4e9, "USD"),
        ("Exports were 3.5 pct higher compared with 1987, officials said.", None, None, None),  # a year, no figure
    ],
)
def test_a_figure_compared_with_a_measure_takes_its_unit(finder, sentence, text, value, unit):
    found = {c.text: c for c in numeric(finder, sentence)}
    if text is None:
        assert all(c.unit == "percent" for c in found.values()), found
        return
    assert text in found and same(found[text].value, value) and found[text].unit == unit, found


@pytest.mark.parametrize(
    "sentence, text, unit",
    [
        ("The regulator fined one carrier 8.5 mln dlrs, another 2.5 mln and a third 1.2 mln.", "2.5 mln", "USD"),
        ("Repayments totalled 310 mln dlrs, and it missed the first for 77.5 mln due in May.", "77.5 mln", "USD"),
        ("The firm raised $3 billion last year, while 2.5 million watched its launch.", "2.5 million", "count"),
    ],
)
def test_a_scaled_figure_after_money_takes_its_currency(finder, sentence, text, unit):
    found = {c.text: c for c in numeric(finder, sentence)}
    assert text in found and found[text].unit == unit, found


def test_a_bare_number_takes_the_unit_of_the_parallel_claim(finder):
    first, second = numeric(finder, "China accounted for 41 percent of imports and Russia for 26.")
    assert (second.text, second.value, second.unit, second.entity) == ("26", 26, "percent", "Russia")
    assert second.subject == first.subject == "share of imports"


@pytest.mark.parametrize(
    "sentence, bare",
    [
        ("Most claims came from Spain (52 100 claims, or 38%), Poland (21 700, or 16%) and Chile (9 900, or 7%).", "21 700"),
        ("Jobs fell by 4,300, or 6 percent, over the year.", "4,300"),  # a bare figure listed before a share
    ],
)
def test_a_figure_restated_as_a_share_keeps_no_percent(finder, sentence, bare):
    """"X, or Y%": the share restates the figure, which takes no percent of the share or of a parallel claim (was percent)."""
    found = {c.text: c for c in numeric(finder, sentence)}
    assert bare in found and found[bare].unit != "percent", found


@pytest.mark.parametrize(
    "sentence, text, subject, entity",
    [
        ("Mongolia depends on Russia for 95 percent of its petroleum.", "95 percent", "share of Mongolia's petroleum", "Mongolia"),
        ("In a country where winter temperatures can plunge below -40 degrees Celsius, life is hard.",
         "-40 degrees Celsius", "winter temperatures", None),
        ("A country of just 3.3 million people, Mongolia has long navigated its foreign policy.", "3.3 million", "people", "Mongolia"),
        ("It marks the 85th anniversary of the Battle of Khalkhin Gol – a Soviet victory.", "the 85th anniversary",
         "anniversary of the Battle of Khalkhin Gol", "Battle of Khalkhin Gol"),
        ("The country has a population of 3.4 million.", "3.4 million", "population", None),
        ("Police said 5 car bombs killed 20 people.", "5", "car bombs", None),
        ("Up to 500 Al Qaeda fighters fled toward the Pakistan border.", "Up to 500", "fighters", "Al Qaeda"),  # a name in the counted phrase
        # a name at the edge of the searched window stays whole; a compass word or an organisation's
        # nationality begins a name, a nationality before a person does not
        ("Hundreds of people have been forced to vacate their homes in the Southern Highlands of New South Wales "
         "as strong winds today pushed a huge bushfire towards the town.", "Hundreds", "people",
         "Southern Highlands of New South Wales"),
        ("Exports from South Africa rose by 12 percent last year.", "12 percent", "Exports", "South Africa"),
        ("The Australian Bureau of Statistics counted 4,000 new jobs.", "4,000", "jobs", "Australian Bureau of Statistics"),
        ("Australian Michael Klim swam the 100 metres in 49 seconds.", "49 seconds", None, "Michael Klim"),
        # a day opening the sentence is no one's; a name's lowercase particle is part of it
        ("Yesterday more than 300 residents of Queanbeyan were evacuated.", "more than 300", "residents of Queanbeyan",
         "Queanbeyan"),
        ("Yesterday 300 people left Queanbeyan.", "300", "people", "Queanbeyan"),  # no label ("Apollo 11") either
        ("Needing 375 for victory, the tourists were dismissed for 128.", "375", None, None),  # a gerund is no name
        ("Troops are scouring the hills for bin Laden and 1,000 of his fighters.", "1,000", "fighters", "bin Laden"),  # his fighters counted
    ],
)
def test_subject_and_entity(finder, sentence, text, subject, entity):
    claim = next(c for c in numeric(finder, sentence) if c.text == text)
    assert (claim.subject, claim.entity) == (subject, entity)


@pytest.mark.parametrize(
    "sentence, text, subject",
    [
        ("A survey of 1,500 small business owners found that sales fell.", "1,500", "small business owners"),  # not "... owners found"
        ("Only 14% of respondents said they trusted the media.", "14%", "share of respondents"),
        ("The study of 40,000 adults across 27 countries was published.", "40,000", "adults"),
        ("The ship had 25 crew members when it ran aground.", "25", "members"),  # not "members when it ran aground"
        ("The deficit will be 5.9% of GDP this fiscal year.", "5.9%", "share of GDP"),
        ("More than 50mm of rain fell in a day.", "More than 50mm", "rain"),
        ("Some 40% of voters under 30 will not vote.", "Some 40%", "share of voters"),
        ("Three quarters of the housing stock was built before 1919.", "Three quarters", "share of the housing stock"),  # unchanged
        ("Well over 1,000 signed the petition.", "Well over 1,000", None),  # a verb is no counted noun ("signed the petition")
        ("Some 1,000 students marched.", "Some 1,000", "students"),
        ("The UN says 2.3 billion people lack safe drinking water.", "2.3 billion", "people"),  # a counted noun ends the phrase
        ("Around 700 million people live on less than $2.15 a day.", "Around 700 million", "people"),
        ("About 20 members of parliament voted.", "About 20", "members of parliament"),  # but for its "of" complement
        ("Police said 5 car bombs exploded.", "5", "car bombs"),  # not a noun of count_nouns.tsv: the phrase
        ("The IMF sees growth of 3.2% next year and forecasts inflation to fall to 5.8%.", "5.8%", "inflation"),  # not "growth"
        ("Growth was 3.1% in 2023 and 3.2% in 2024.", "3.2%", "Growth"),  # no new measure: the parallel claim's
        ("HSBC posted pre-tax profit of $7.7bn.", "$7.7bn", "pre-tax profit"),  # was "tax profit"
        ("Like-for-like sales rose 4.5%.", "4.5%", "Like-for-like sales"),
        ("From 2015 to 2019, exports doubled.", "doubled", "exports"),  # a noun before a multiplier, not a verb
        ("GDP per capita rose to $12,700.", "$12,700", "GDP per capita"),  # was "GDP"
        ("The ticket costs €45.", "€45", "ticket"),  # "costs" is the verb, not part of the subject ("ticket costs")
        ("Adult tickets cost €45 each.", "€45", "Adult tickets"),
        ("The bridge cost £5m to build.", "£5m", "bridge"),
        ("A full tank now costs about £80.", "about £80", None),  # no noun before the verb
        ("Its costs rose 5%.", "5%", "costs"),  # a noun: not right before the figure
        ("The cost of the scheme is £5m.", "£5m", "cost of the scheme"),
    ],
)
def test_subject_phrase_stops_before_a_verb_or_another_phrase(finder, sentence, text, subject):
    claim = next(c for c in numeric(finder, sentence) if c.text == text)
    assert claim.subject == subject


@pytest.mark.parametrize(
    "sentence, text, subject",
    [
        ("The first title went to Spain.", "first", "title"),  # was "title went to Spain"
        ("Macron became the first French president to visit Mongolia in May.", "the first French president",
         "French president to visit Mongolia in May"),  # a first keeps its clause
        ("It was the first time the president has visited.", "the first time", "time the president has visited"),
        ("It marks the 85th anniversary of the Battle of Khalkhin Gol.", "the 85th anniversary", "anniversary of the Battle of Khalkhin Gol"),
    ],
)
def test_what_comes_nth_is_a_noun_phrase_or_the_clause_of_a_first(finder, sentence, text, subject):
    claim = next(c for c in numeric(finder, sentence) if c.text == text)
    assert claim.subject == subject


def test_a_claim_inside_a_quotation_is_its_speakers(finder):
    nlp, claims = finder
    text = "The spokesman said: “Mongolia imports 95 percent of its petroleum products.” Exports rose 5%."
    document = from_text(text, doc="t.txt", path="t.txt")
    start = text.index("Mongolia")
    quoted, source = document.source([(start, text.index("”"))])
    quote = Quote(sources=(source,), text=quoted, speaker="The spokesman")
    found = {c.text: c.speaker for c in claims.find(nlp(document.text), document, [quote]) if c.type == "numeric"}
    assert found == {"95 percent": "The spokesman", "5%": None}


@pytest.mark.parametrize(
    "sentence, why",
    [
        ("In May 2023, Emmanuel Macron became the first French president to visit Mongolia.", "first-to"),
        ("It was the first time the Russian president has visited an ICC member country.", "first-time"),
        ("It was the deadliest attack on the city since 2015.", "superlative"),
        ("Mongolia abstains from a second UN vote condemning Russia’s invasion.", "vote"),
        ("In February 2024, Germany signed a strategic partnership with Mongolia.", "agreement"),
        ("The British Foreign Secretary visited Mongolia in April 2024.", "visit"),
        ("Mongolian President Ukhnaagiin Khurelsukh met with Putin at the summit.", "visit"),
        ("As a member of the ICC, Mongolia is legally obligated to execute the arrest warrant.", "legal-obligation"),
        ("E. Bat-Uul was sentenced to four years in prison.", "court"),
        ("Mongolia’s Democratic Party condemned the Russian invasion.", "statement"),
        ("The arrival of Putin was met with a mix of caution.", None),
        ("But while these visits are significant, they change little.", None),
        ("This is a de facto balance under international law.", None),
        ("Mongolia’s foreign policy has long been one of balance.", None),
    ],
)
def test_check_worthy_sentences(finder, sentence, why):
    other = [c for c in claims_of(finder, sentence) if c.type == "other"]
    assert [c.why for c in other] == ([why] if why else [])
    if why:
        assert other[0].text == sentence and other[0].rule == "claim_cues"


# The seed articles' numeric claims (hand-checked against ../shared/eval/seeds-gold.json): text, value, unit, low, high.
SEED_CLAIMS = {
    "000_6c0b970ec3bab91c.txt": [("Tens of thousands", None, "people", 20_000, 99_999)],
    "001_83db83253f8a497e.txt": [("four years", 4, "year", None, None), ("second", 2, "ordinal", None, None)],
    "002_981cfd96f734838a.txt": [
        ("95 percent", 95, "percent", None, None),
        ("-40 degrees Celsius", -40, "celsius", None, None),
        ("95 percent", 95, "percent", None, None),
        ("over 20 percent", 20, "percent", None, None),
        ("41 percent", 41, "percent", None, None),
        ("26 percent", 26, "percent", None, None),
    ],
    "003_85f09876b45ef4a3.txt": [
        ("the first time", 1, "ordinal", None, None),
        ("3.3 million", 3_300_000, "people", None, None),
        ("the 85th anniversary", 85, "ordinal", None, None),
        ("75 years ago", 75, "year", None, None),
        ("the fifth anniversary", 5, "ordinal", None, None),
    ],
    "004_12f2f8bb8eb0b996.txt": [
        ("the first French president", 1, "ordinal", None, None),
        ("the first EU member", 1, "ordinal", None, None),
    ],
}


@pytest.fixture(scope="module")
def seed_claims(finder):
    nlp, claims = finder
    return {d.doc: claims.find(nlp(d.text), d, []) for d in read([str(bundled_seeds())])}


@pytest.mark.parametrize("doc", sorted(SEED_CLAIMS))
def test_seed_numeric_claims(seed_claims, doc):
    found = [(c.text, c.value, c.unit, c.low, c.high) for c in seed_claims[doc] if c.type == "numeric"]
    assert found == SEED_CLAIMS[doc]


def test_seed_shares_of_imports(seed_claims):
    shares = [c for c in seed_claims["002_981cfd96f734838a.txt"] if c.text in ("41 percent", "26 percent")]
    assert [c.entity for c in shares] == ["China", "Russia"]
    assert shares[0].subject == shares[1].subject == "share of Mongolia’s imports"


def test_seed_check_worthy_sentences(seed_claims):
    why = {c.why for claims in seed_claims.values() for c in claims if c.type == "other"}
    assert {"first-to", "vote", "legal-obligation", "court", "visit", "statement"} <= why


def test_seed_timestamps_and_identifiers_are_not_claims(seed_claims):
    texts = {c.text for claims in seed_claims.values() for c in claims if c.type == "numeric"}
    assert not {t for t in texts if ":" in t or "MENAFN" in t or "625" in t or "2" == t}


# -- rule lists ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, column, allowed",
    [
        ("currencies.tsv", 2, {"pre", "post", "both", "letter"}),
        ("scales.tsv", 2, {"word", "abbr"}),
        ("qualifiers.tsv", 2, {"pre", "prep", "post"}),
        ("vague_amounts.tsv", 3, {"alone", "scale"}),
        ("number_words.tsv", 2, {"cardinal", "ordinal"}),
        ("ordinal_nouns.tsv", 1, {"phrase", "ordinal", "bare", "rank"}),
    ],
)
def test_rule_table_columns(name, column, allowed):
    values = {row[column] for row in Rules.load().table(name)}
    assert values <= allowed, values - allowed


def test_every_unit_has_a_unit_and_a_kind():
    for alias, *rest in Rules.load().table("units.tsv"):
        assert len(rest) >= 2 and all(rest[:2]) and (rest[2:3] in ([], ["pre"], ["material"], ["glued"]) or rest[2].replace(".", "", 1).isdigit()), alias


def test_user_rules_add_units_and_cues(tmp_path, finder):
    (tmp_path / "units.tsv").write_text("furlongs\tfurlong\tlength\n", encoding="utf-8")
    (tmp_path / "claim_cues.tsv").write_text("pledge\tpledged\t\\bpledged\\b\n", encoding="utf-8")
    rules = Rules.load(tmp_path)
    nlp = build(rules)
    document = from_text("The horse ran 8 furlongs and the owner pledged support.", doc="t.txt", path="t.txt")
    found = ClaimFinder(rules).find(nlp(document.text), document, [])
    assert [(c.text, c.unit) for c in found if c.type == "numeric"] == [("8 furlongs", "furlong")]
    assert [c.why for c in found if c.type == "other"] == ["pledge"]


@pytest.mark.parametrize(
    "name, line, message",
    [
        ("claim_cues.tsv", "broken\tword\t(unclosed\n", "claim_cues.tsv: broken: bad regex"),
        ("units.tsv", "furlongs\tfurlong\n", "units.tsv: row 'furlongs' needs 3"),
    ],
)
def test_bad_rule_rows_raise_rules_error(tmp_path, name, line, message):
    (tmp_path / name).write_text(line, encoding="utf-8")
    with pytest.raises(RulesError, match=message):
        ClaimFinder(Rules.load(tmp_path))


# -- command line ----------------------------------------------------------------------------------------


def test_cli_claims(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(
        "Mongolia depends on Russia for 95 percent of its petroleum. It was the first time he visited Mongolia.\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    env = {"COLUMNS": "120"}
    result = runner.invoke(app, ["claims", "--numeric", "--format", "json", str(path)], env=env)
    assert result.exit_code == 0, result.output
    assert [(c["text"], c["value"], c["unit"]) for c in json.loads(result.output)] == [
        ("95 percent", 95, "percent"), ("the first time", 1, "ordinal")
    ]
    result = runner.invoke(app, ["claims", "--format", "json", str(path)], env=env)
    assert result.exit_code == 0, result.output
    other = [c for c in json.loads(result.output) if c["type"] == "other"]
    assert [c["why"] for c in other] == ["first-time"]


def test_a_narrower_claim_scope_makes_the_same_records_without_the_rest(extractor, seed_documents, seed_results):
    """`mnquotes quotes` asks for no claims and `claims --numeric` for numeric ones: nothing else changes."""
    for scope in ("numeric", "none"):
        for result in extractor.run(seed_documents, claims=scope):
            full = seed_results[result.doc]
            assert result.quotes == full.quotes and result.speakers == full.speakers
            assert result.claims == (tuple(c for c in full.claims if c.type == "numeric") if scope == "numeric" else ())
    assert any(c.type == "other" for r in seed_results.values() for c in r.claims)  # something was left out


@pytest.mark.parametrize(
    "sentence, text, value, unit",
    [
        ("The pension fund now holds $2.3t in bonds.", "$2.3t", 2.3e12, "USD"),
        ("The state will invest 4t yuan in new ports.", "4t yuan", 4e12, "CNY"),
        ("Household debt passed £1.8t this spring.", "£1.8t", 1.8e12, "GBP"),
    ],
)
def test_a_t_glued_to_money_is_a_trillion(finder, sentence, text, value, unit):
    found = [(c.text, c.unit) for c in numeric(finder, sentence) if same(c.value, value)]
    assert found == [(text, unit)]


def test_a_t_glued_to_a_plain_number_stays_tonnes(finder):
    assert [(c.text, c.value, c.unit) for c in numeric(finder, "The crane lifts a 12t load.")] == [("12t", 12, "tonne")]


@pytest.mark.parametrize(
    "sentence, text",
    [
        ("Nearly 8,000 Tanzanians crossed the border.", "Nearly 8,000"),  # a place + "ns"
        ("Around 600 Bolivians were flown home.", "Around 600"),  # a place + "ns"
        ("The quake left 70 Omanis dead.", "70"),  # a place + "is"
    ],
)
def test_the_plural_of_a_place_counts_its_people(finder, sentence, text):
    assert [(c.text, c.unit) for c in numeric(finder, sentence)][:1] == [(text, "people")]


@pytest.mark.parametrize(
    "sentence, found",
    [
        ("It was the hottest day so far. Boise hit a record high of 104 on Sunday.", [("104", "degree")]),
        ("In the heatwave, Reno set highs at 101, 99 and 98.", [("101", "degree"), ("99", "degree"), ("98", "degree")]),
        ("Temperatures fell overnight, with lows of 12 in the valleys.", [("12", "degree")]),
        ("Shares closed at a record high of 108 on Friday.", [("108", "count")]),  # no weather: a price
        ("In the heat, the index reached a high of 340 points.", [("340 points", "point")]),  # a counted noun follows
    ],
)
def test_a_bare_reading_of_the_weather_is_a_temperature(finder, sentence, found):
    assert [(c.text, c.unit) for c in numeric(finder, sentence) if c.unit != "ordinal"] == found


@pytest.mark.parametrize(
    "sentence, found",
    [
        ("Only five of the 31 Nato members spent enough.", [("five", "countries"), ("31", "countries")]),
        ("The 21-member region raised rates.", [("21", "countries")]),  # "N-member" before a group of countries
        ("The party's 400 members voted.", [("400", "people")]),
        ("A nine-member board approved the deal.", [("nine", "people")]),
    ],
)
def test_members_of_a_group_of_countries_are_countries(finder, sentence, found):
    assert [(c.text, c.unit) for c in numeric(finder, sentence)] == found


@pytest.mark.parametrize(
    "sentence, found",
    [
        ("Public debt grew by T3.1 trillion last year.", [("T3.1 trillion", 3.1e12, "KZT")]),
        ("The ministry set aside T640 billion for roads.", [("T640 billion", 6.4e11, "KZT")]),
        ("The T20 final was played on the T4 line's last day.", []),  # a code, no money
    ],
)
def test_a_t_before_a_scaled_amount_is_tenge(finder, sentence, found):
    assert [(c.text, c.value, c.unit) for c in numeric(finder, sentence)] == found


@pytest.mark.parametrize(
    "sentence, text, low, high",
    [
        ("The frost killed three to five million sheep, goats and horses.", "three to five million", 3e6, 5e6),
        ("Floods displaced two to three thousand herders' families.", "two to three thousand", 2e3, 3e3),
    ],
)
def test_a_spelled_range_with_a_scale_is_a_claim_of_any_noun(finder, sentence, text, low, high):
    found = [(c.text, c.low, c.high) for c in numeric(finder, sentence)]
    assert found == [(text, low, high)]


@pytest.mark.parametrize(
    "sentence, found",
    [
        ("Exports rose 6 percent in the first three quarters of 2023.", [("6 percent", "percent")]),  # a period, no 0.75
        ("Prices eased over the last two quarters of this year.", []),
        ("Three quarters of the grant went to schools.", [("Three quarters", "fraction")]),
    ],
)
def test_quarters_of_a_year_are_a_period_not_a_share(finder, sentence, found):
    assert [(c.text, c.unit) for c in numeric(finder, sentence)] == found


@pytest.mark.parametrize(
    "sentence, found",
    [
        ("Outlays will hit 31.2 trillion tenge, 3 trillion above the old plan.", [(31.2e12, "KZT"), (3e12, "KZT")]),
        ("The bank raised $6.5 billion, 1.5 billion more than it had sought.", [(6.5e9, "USD"), (1.5e9, "USD")]),
        ("The league paid $4 million, while 3 million more tuned in online.", [(4e6, "USD"), (3e6, "count")]),
    ],
)
def test_a_scaled_difference_after_money_keeps_its_currency(finder, sentence, found):
    assert [(c.value, c.unit) for c in numeric(finder, sentence)] == found
