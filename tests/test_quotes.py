"""Quotations and their speakers: a table of news sentences (negatives included) and golden seed checks."""
from __future__ import annotations

import pytest

from mnquotes.documents import from_text
from mnquotes.quotes import scan_quotations


def quotes_of(extractor, text: str):
    doc = from_text(text, doc="t.txt", path="t.txt")
    (result,) = extractor.run([doc])
    return result


# (text, expected [(type, quote text, speaker)]) — each row a construction of news prose.
CASES = [
    pytest.param(
        '"We will not back down," Prime Minister Kishida told reporters on Tuesday.',
        [("direct", "We will not back down,", "Kishida")], id="straight-marks-trailing-title-name",
    ),
    pytest.param(
        "“The economy is recovering faster than expected,” said Janet Yellen, the US Treasury Secretary. “But risks remain.”",
        [("direct", "The economy is recovering faster than expected, But risks remain.", "Janet Yellen")],
        id="interrupted-by-attribution",
    ),
    pytest.param(
        "German Chancellor Olaf Scholz said on Monday that Berlin would send more air defence systems to Kyiv.",
        [("indirect", "Berlin would send more air defence systems to Kyiv", "Olaf Scholz")], id="said-on-day-that",
    ),
    pytest.param(
        "Inflation will ease next year, the central bank governor predicted.",
        [("indirect", "Inflation will ease next year", "the central bank governor")], id="trailing-attribution",
    ),
    pytest.param(
        "According to the World Health Organization, the outbreak has killed more than 1,200 people.",
        [("indirect", "the outbreak has killed more than 1,200 people", "World Health Organization")],
        id="according-to-leading",
    ),
    pytest.param(
        "According to D.Sumiya, Governor of the Central Province, the herds will get fodder before winter.",
        [("indirect", "the herds will get fodder before winter", "D.Sumiya")], id="according-to-leading-with-appositive",
    ),
    pytest.param(
        "The herders will get fodder before winter, according to D.Sumiya, the provincial governor.",
        [("indirect", "The herders will get fodder before winter", "D.Sumiya")], id="according-to-trailing-with-appositive",
    ),
    pytest.param(
        'Asked whether she missed politics, Jane Hollis confesses: "Some days I do."',
        [("direct", "Some days I do.", "Jane Hollis")], id="confess-introduces-a-quotation",
    ),
    pytest.param(
        "The driver confessed that he had been drinking. The driver confessed the theft.",
        [("indirect", "he had been drinking", "The driver")], id="confess-that-reports-an-object-does-not",
    ),
    pytest.param(
        'EU foreign policy chief Josep Borrell similarly shared on social media, "The fund will grow." '
        "Borrell shared a photo of the meeting.",
        [("direct", "The fund will grow.", "Josep Borrell")], id="shared-tags-a-quotation-only",
    ),
    pytest.param(
        '"We won," the coach told reporters. "Why?" asked Jones. "No," Smith said.',
        [("direct", "We won,", "the coach"), ("direct", "Why?", "Jones"), ("direct", "No,", "Smith")],
        id="a-short-reply-with-its-tag-is-a-quotation",
    ),
    pytest.param(
        'The so-called "reforms," he said, were a sham. Critics called it "a disgrace." Fans chanted "Hooray!"',
        [], id="a-short-phrase-inside-a-sentence-is-no-reply",
    ),
    pytest.param(
        '"The border must stay open to trade," the retired Air Force general said in a statement.',
        [("direct", "The border must stay open to trade,", "the retired Air Force general")],
        id="a-title-after-a-capitalised-affiliation-is-a-described-source",
    ),
    pytest.param(
        '"The fighting has ended in the north," the Kabul-based agency reported.',
        [("direct", "The fighting has ended in the north,", "the Kabul-based agency")],
        id="a-place-based-modifier-in-a-described-source",
    ),
    pytest.param(
        '"The fighting has ended in the north," the news agency Pajhwok Afghan News reported.',
        [("direct", "The fighting has ended in the north,", "Pajhwok Afghan News")],
        id="a-body-named-after-its-common-noun",
    ),
    pytest.param(
        '"A tender and funny first novel," wrote the judges.',
        [("direct", "A tender and funny first novel,", "the judges")], id="inverted-tag-with-plural-role-noun",
    ),
    pytest.param(
        '"The concert is hereby cancelled," the court\'s ruling said.',
        [("direct", "The concert is hereby cancelled,", "the court's ruling")], id="a-ruling-speaks",
    ),
    pytest.param(
        '"We will keep supporting Ukraine for as long as it takes," the White House quoted President Joe Biden.',
        [("direct", "We will keep supporting Ukraine for as long as it takes,", "Joe Biden")],
        id="a-source-quoting-someone-after-the-quotation",
    ),
    pytest.param(
        '"Help is on its way to the valley," read the caption. "The road is closed," says the description of the video. '
        '"The bridge will be rebuilt," a statement on the ministry website said.',
        [("direct", "Help is on its way to the valley,", "the caption"),
         ("direct", "The road is closed,", "the description"),
         ("direct", "The bridge will be rebuilt,", "a statement on the ministry website")],
        id="captions-descriptions-and-statements-on-a-medium-speak",
    ),
    pytest.param(
        "The ceasefire is holding, according to local officials.",
        [("indirect", "The ceasefire is holding", "local officials")], id="according-to-trailing",
    ),
    pytest.param(
        "Critics say the law will curb press freedom.",
        [("indirect", "the law will curb press freedom", None)], id="vague-source-is-unattributed",
    ),
    pytest.param(
        "Protesters chanted “Down with the dictator” outside parliament.",
        [("direct", "Down with the dictator", "Protesters")], id="chant-described-source",
    ),
    pytest.param(
        "The minister described the report as “deeply flawed and misleading”.",
        [("direct", "deeply flawed and misleading", "The minister")], id="fragment-after-describe",
    ),
    pytest.param(
        "‘We are ready for talks,’ the spokeswoman said.",
        [("direct", "We are ready for talks,", "the spokeswoman")], id="single-marks",
    ),
    pytest.param(
        "« Nous sommes prêts à discuter », a déclaré le ministre. Emmanuel Macron said: «We will stand by Ukraine for as long as it takes.»",
        [("direct", "We will stand by Ukraine for as long as it takes.", "Emmanuel Macron")], id="guillemets-colon",
    ),
    pytest.param(
        "Ms. Ardern said the decision was final, adding that no exceptions would be made.",
        [("indirect", "the decision was final", "Ardern"), ("indirect", "no exceptions would be made", "Ardern")],
        id="adding-that-is-a-second-report",
    ),
    pytest.param(
        "Sh.Gungaadorj, a former prime minister, told the newspaper that the mine deal was unfair to Mongolia.",
        [("indirect", "the mine deal was unfair to Mongolia", "Sh.Gungaadorj")], id="patronymic-appositive",
    ),
    pytest.param(
        "The opposition leader, L.Oyun-Erdene, warned that coal exports could fall.",
        [("indirect", "coal exports could fall", "L.Oyun-Erdene")], id="hyphenated-patronymic",
    ),
    pytest.param(
        "The company announced that it would cut 3,000 jobs.",
        [("indirect", "it would cut 3,000 jobs", "The company")], id="lowercase-organisation",
    ),
    pytest.param(
        '"We are a small country," President Ukhnaagiin Khurelsukh said in an interview with The Associated Press. '
        '"Our energy supply depends on our neighbors."',
        [("direct", "We are a small country, Our energy supply depends on our neighbors.", "Ukhnaagiin Khurelsukh")],
        id="interrupted-with-prepositional-tail",
    ),
    pytest.param(
        'Analysts said the episode showed the limits of its reach. "The court depends on states," said Oyunbileg Purev, '
        'a political scientist. She added that the "third neighbor" policy would be tested.',
        [("indirect", "the episode showed the limits of its reach", None),
         ("direct", "The court depends on states,", "Oyunbileg Purev"),
         ("indirect", 'the "third neighbor" policy would be tested', "Oyunbileg Purev")],
        id="straight-mark-opens-sentence-and-post-posed-subject",
    ),
    pytest.param(
        "According to government figures, trade with Russia rose sharply last year.",
        [("indirect", "trade with Russia rose sharply last year", "government figures")], id="according-to-unnamed",
    ),
    # Negatives: quotation marks that are no quotation, cue words that report nothing.
    pytest.param(
        'One senior Tory said: "The prime minister has lost the room."',
        [("direct", "The prime minister has lost the room.", "One senior Tory")], id="party-member-as-described-source",
    ),
    pytest.param(
        "One Labour MP said the vote was a disaster.",
        [("indirect", "the vote was a disaster", "One Labour MP")], id="member-of-parliament-as-described-source",
    ),
    pytest.param("The so-called “third neighbor” policy has deep roots.", [], id="scare-quote-two-words"),
    pytest.param(
        "The Labour leader told BBC One’s Breakfast this morning the suggestion he had set a departure date was "
        "“absolute nonsense” and something from “I-made-it-up-yesterday.com”.",
        [],
        id="hyphenated-coinage-is-one-word-no-quotation",
    ),
    pytest.param(
        "Raila's grand welcome rally, dubbed 'a million march', will start at Jomo Kenyatta International Airport.",
        [], id="name-after-naming-participle-is-no-quotation",
    ),
    pytest.param(
        "He dismissed what the minister called “a betrayal of the people”.",
        [("direct", "a betrayal of the people", "the minister")], id="naming-verb-with-subject-quotes-its-words",
    ),
    pytest.param("The film “Everything Everywhere All at Once” won seven Oscars.", [], id="title-of-a-work"),
    pytest.param("She wrote a book about the steppe.", [], id="write-without-clause"),
    pytest.param("The decision was announced on Monday.", [], id="passive-cue"),
    pytest.param("Officials gathered to call for calm.", [], id="infinitive-cue"),
    pytest.param("The president's call for peace was welcomed.", [], id="noun-cue"),
    pytest.param("US Secretary of State Antony Blinken arrived in Ulaanbaatar.", [], id="capitalised-cue-word-is-a-name"),
    pytest.param("He said “it is over and then left the room.", [], id="unbalanced-mark-dropped"),
    # Wire-copy constructions, written for the name-particle, aside, dateline and title rules.
    pytest.param(
        '"We will do whatever is necessary," Prince Abdulaziz bin Salman told reporters in Riyadh.',
        [("direct", "We will do whatever is necessary,", "Abdulaziz bin Salman")], id="name-with-particle",
    ),
    pytest.param(
        "The talks will resume in May, Ursula von der Leyen said.",
        [("indirect", "The talks will resume in May", "Ursula von der Leyen")], id="name-with-two-particles",
    ),
    pytest.param(
        '"It is a balancing act," one OPEC delegate, who asked not to be named, told Reuters.',
        [("direct", "It is a balancing act,", "one OPEC delegate")], id="speaker-aside-before-cue",
    ),
    pytest.param(
        "BRUSSELS (AP) — Leaders agreed on new sanctions, European Council President Charles Michel announced.",
        [("indirect", "Leaders agreed on new sanctions", "Charles Michel")], id="dateline-and-title-after-body",
    ),
    pytest.param(
        "Astana. July 4. KazTAG - The president held talks with the premier, reports Akorda.",
        [("indirect", "The president held talks with the premier", "Akorda")], id="dateline-of-a-camel-case-agency",
    ),
    pytest.param(
        '"They will not change our course," Kremlin spokesman Dmitry Peskov told journalists.',
        [("direct", "They will not change our course,", "Dmitry Peskov")], id="title-opens-the-attribution",
    ),
    pytest.param(
        '"Europe will not be intimidated," Charles Michel wrote on X. He said the measures would target diamonds.',
        [("direct", "Europe will not be intimidated,", "Charles Michel"),
         ("indirect", "the measures would target diamonds", "Charles Michel")], id="abbreviation-ends-sentence",
    ),
    pytest.param(
        "Saudi Arabia's energy minister said the group was ready to extend output cuts.",
        [("indirect", "the group was ready to extend output cuts", "Saudi Arabia's energy minister")],
        id="possessive-place-of-two-words",
    ),
    pytest.param(
        "Brazil's central bank raised its forecast. The bank said the economy would grow 3 percent.",
        [("indirect", "the economy would grow 3 percent", "Brazil's central bank")],
        id="a-country-s-central-bank-whole",
    ),
    pytest.param(
        "Russia's emergencies ministry said the fire was out. The UN's nuclear watchdog said the plant was safe.",
        [("indirect", "the fire was out", "Russia's emergencies ministry"),
         ("indirect", "the plant was safe", "UN's nuclear watchdog")],
        id="a-possessive-body-with-a-field-word-and-an-acronym-s-body",
    ),
    pytest.param(
        "The presidents agreed to expand trade, the Kremlin press service said. The talks went well, reported the "
        "Akorda press service.",
        [("indirect", "The presidents agreed to expand trade", "Kremlin press service"),
         ("indirect", "The talks went well", "Akorda press service")],
        id="a-named-body-s-press-service",
    ),
    pytest.param(
        "Trade is a priority, Jane Roe said at a meeting with John Doe, the head of the chamber, reported Xinhua.",
        [("indirect", "Trade is a priority", "Jane Roe")],
        id="the-speaker-s-tag-then-the-outlet-s-tag",
    ),
    pytest.param(
        "The mine is producing ore, its chief executive told reporters gathered at the site.",
        [("indirect", "The mine is producing ore", "its chief executive")],
        id="a-trailing-tag-whose-listeners-are-described-by-a-participle",
    ),
    pytest.param(
        "Despite repeated warnings that the dam could fail, officials did nothing. Amid reported clashes, the army "
        "said it was calm.",
        [("indirect", "it was calm", "the army")],
        id="a-participle-after-a-leading-preposition-is-an-adjective-and-the-preposition-no-name",
    ),
    pytest.param(
        "Unlike published figures, the data were complete. Worldwide reported cases fell. He said the vote was fair.",
        [("indirect", "the vote was fair", None)],
        id="an-opening-preposition-or-adverb-is-no-name-he-refers-to",
    ),
    pytest.param(
        "According to the official, the president proposed expanding trade. According to Reuters, Smith said the "
        "plan failed.",
        [("indirect", "the president proposed expanding trade", "the official"),
         ("indirect", "the plan failed", "Smith")],
        id="according-to-x-before-a-subject-whose-verb-reports-nothing-is-x-s",
    ),
    pytest.param(
        "Meanwhile, the minister held talks with his counterpart, the ministry said.",
        [("indirect", "the minister held talks with his counterpart", "the ministry")],
        id="an-opening-sentence-adverb-is-no-part-of-a-trailing-report",
    ),
    pytest.param(
        "NEW-TOWN – There are no grounds for alarm, said Mayor Jane Roe during her visit to the port, the city's press "
        "office reported.",
        [("indirect", "There are no grounds for alarm", "Jane Roe")],
        id="an-inverted-tag-with-its-setting-then-the-outlet-s-tag",
    ),
    pytest.param(
        '"The market is tight," said Helima Croft.\n\n"It is a balancing act," a person familiar with the talks told Reuters.',
        [("direct", "The market is tight,", "Helima Croft"), ("direct", "It is a balancing act,", "a person familiar with the talks")],
        id="new-paragraph-with-its-own-cue-is-not-a-continuation",
    ),
    pytest.param(
        "'We are seeing real progress,' says Stephen Powis, the medical director. 'But nobody should wait this long.'",
        [("direct", "We are seeing real progress, But nobody should wait this long.", "Stephen Powis")],
        id="british-single-marks",
    ),
    pytest.param(
        "The patients' notes were lost in the 'big bang' move, and O'Brien's team didn't say when it would "
        "return to the '90s system of the doctors' own records.",
        [], id="apostrophes-are-no-quotation-marks",
    ),
    pytest.param("The ministry did not say that the talks would resume next week.", [], id="negated-cue-reports-nothing"),
    pytest.param("The envoy never claimed that the deal was off.", [], id="never-claimed"),
    pytest.param(
        'Police spokeswoman Anna Lee spoke first. "I do not think anyone expected this," he told the Guardian.',
        [("direct", "I do not think anyone expected this,", None)], id="pronoun-of-the-other-gender-is-not-resolved",
    ),
    pytest.param(
        'Mr Tom Baker spoke first. "I do not think anyone expected this," he told the Guardian.',
        [("direct", "I do not think anyone expected this,", "Tom Baker")], id="pronoun-of-the-same-gender",
    ),
    pytest.param(
        'Mary Jones, the mayor, opened the meeting. Tom Baker, a councillor, spoke next. "We have run out of money," she said.',
        [("direct", "We have run out of money,", "Mary Jones")], id="pronoun-skips-a-given-name-of-the-other-gender",
    ),
    pytest.param(
        'Mary Jones, the mayor, opened the meeting. Tom Baker, a councillor, spoke next. "We have run out of money," he said.',
        [("direct", "We have run out of money,", "Tom Baker")], id="pronoun-takes-a-given-name-of-its-gender",
    ),
    pytest.param(
        'Researcher at the Institute for Strategic Studies D. Bayarkhuu said: "Our policy gives Mongolia room."',
        [("direct", "Our policy gives Mongolia room.", "D. Bayarkhuu")], id="organisation-then-initialled-name",
    ),
    pytest.param(
        "The U.S. State Department said the talks would resume.",
        [("indirect", "the talks would resume", "U.S. State Department")], id="initials-of-a-country-are-no-name",
    ),
    pytest.param(
        '"Japan is one of our closest partners," Prime Minister L.Oyun-Erdene said at the press conference.',
        [("direct", "Japan is one of our closest partners,", "L.Oyun-Erdene")], id="title-between-quote-and-name",
    ),
    pytest.param(
        "A report published by the World Bank on Monday found that poverty fell to 27.1 percent in 2022.",
        [("indirect", "poverty fell to 27.1 percent in 2022", "World Bank")], id="report-speaks-for-its-publisher",
    ),
    pytest.param(
        "Amnesty International called on the authorities to release the journalists.",
        [("indirect", "the authorities to release the journalists", "Amnesty International")], id="called-on",
    ),
    pytest.param(
        "Finance Minister B. Javkhlan told reporters the budget would be balanced next year.",
        [("indirect", "the budget would be balanced next year", "B. Javkhlan")], id="told-listener-clause-without-that",
    ),
    pytest.param(
        "The central bank governor told parliament on Tuesday inflation had peaked.",
        [("indirect", "inflation had peaked", "The central bank governor")], id="told-listener-day-clause",
    ),
    pytest.param(
        "Kim Lee told Reuters she expected the talks to fail.",
        [("indirect", "she expected the talks to fail", "Kim Lee")], id="told-outlet-is-no-speaker",
    ),
    pytest.param(
        "Icahn’s move was largely due to Apple’s lagging performance in China, the investor told CNBC.",
        [("indirect", "Icahn’s move was largely due to Apple’s lagging performance in China", "the investor")],
        id="trailing-told-broadcaster",
    ),
    pytest.param(
        "Carl Icahn told CNBC that the sell-off was a huge overreaction.",
        [("indirect", "the sell-off was a huge overreaction", "Carl Icahn")], id="told-broadcaster-clause",
    ),
    pytest.param(
        "The regulator assured investors the bank would honour its debts.",
        [("indirect", "the bank would honour its debts", "The regulator")], id="assured-listener-clause",
    ),
    pytest.param(
        "The economy will grow by 5 percent next year, the minister told a news conference.",
        [("indirect", "The economy will grow by 5 percent next year", "the minister")], id="trailing-told-listener",
    ),
    pytest.param(
        "The official told the BBC in an interview that the mine would reopen.",
        [("indirect", "the mine would reopen", "The official")], id="told-listener-setting-that",
    ),
    pytest.param(
        '"We are monitoring the situation closely," a spokesperson for the European Commission said.',
        [("direct", "We are monitoring the situation closely,", "a spokesperson for the European Commission")],
        id="described-source-with-its-organisation",
    ),
    pytest.param(
        "The ministry said on Monday the measures would take effect next month.",
        [("indirect", "the measures would take effect next month", "The ministry")], id="said-on-day-clause-without-that",
    ),
    pytest.param(
        "Prices will keep rising, the central bank said in a statement on Thursday.",
        [("indirect", "Prices will keep rising", "the central bank")], id="trailing-said-in-a-setting-on-a-day",
    ),
    pytest.param(
        "Copper demand will double by 2030, the company said last week.",
        [("indirect", "Copper demand will double by 2030", "the company")], id="trailing-said-last-week",
    ),
    pytest.param(
        "Chinese state media, citing officials, said the border would reopen.",
        [("indirect", "the border would reopen", "Chinese state media")], id="state-media-is-a-source-not-a-cue",
    ),
    pytest.param(
        "The mayor's office said in an email that the roads would reopen on Friday.",
        [("indirect", "the roads would reopen on Friday", "The mayor's office")], id="a-role-s-office-is-an-organisation",
    ),
    pytest.param(
        '"Stability in Asia benefits everyone," Nguyen Van An said.',
        [("direct", "Stability in Asia benefits everyone,", "Nguyen Van An")], id="name-ending-in-a-determiner-word",
    ),
    pytest.param(
        'Foreign Minister B.Battsetseg spoke. The minister said Mongolia supported peace. "We do not take sides," she said.',
        [("indirect", "Mongolia supported peace", "B.Battsetseg"), ("direct", "We do not take sides,", "B.Battsetseg")],
        id="a-name-after-said-starts-the-reported-clause",
    ),
    pytest.param(
        'Mary Hill spoke first. Local business owner Priya Patel said she hoped for more customers. '
        '"Anything that brings people in is good," she said.',
        [("indirect", "she hoped for more customers", "Priya Patel"),
         ("direct", "Anything that brings people in is good,", "Priya Patel")],
        id="lowercase-title-before-a-name-keeps-it-a-subject",
    ),
    pytest.param(
        "Marcus Rashford scored twice. The 26-year-old Rashford, who has struggled this season, said he had worked hard.",
        [("indirect", "he had worked hard", "Marcus Rashford")], id="age-before-a-name-keeps-it-a-subject",
    ),
    pytest.param(
        "Ganbold, 45, a herder from Arkhangai province, said the winter had killed a third of his livestock.",
        [("indirect", "the winter had killed a third of his livestock", "Ganbold")], id="one-word-name-age-appositive",
    ),
    pytest.param(
        '"We are shocked," Ganbold, a herder, said.',
        [("direct", "We are shocked,", "Ganbold")], id="trailing-one-word-name-with-appositive",
    ),
    pytest.param(
        "Erdenebat, who runs a shop in Darkhan, said prices had doubled.",
        [("indirect", "prices had doubled", "Erdenebat")], id="one-word-name-relative-clause",
    ),
    pytest.param(
        "In Darkhan, a small city in the north, officials said prices had doubled.",
        [("indirect", "prices had doubled", "officials")], id="a-place-with-an-appositive-is-no-speaker",
    ),
    pytest.param(
        "Traders warned investors the market could fall.",
        [("indirect", "the market could fall", "Traders")], id="warned-a-listener-then-a-clause",
    ),
    pytest.param(
        "Experts warned the market could fall.",
        [("indirect", "the market could fall", None)], id="warned-a-clause-without-a-listener",
    ),
    pytest.param(
        "Debt is rising, the IMF warned investors on Tuesday.",
        [("indirect", "Debt is rising", "IMF")], id="trailing-warned-a-listener",
    ),
    pytest.param(
        "The governor told officials the plan was ready.",
        [("indirect", "the plan was ready", "The governor")], id="a-described-source-ends-before-its-verb",
    ),
    pytest.param(
        "The minister urged residents to stay home.",
        [("indirect", "residents to stay home", "The minister")], id="a-described-source-ends-before-urged",
    ),
    pytest.param(
        '"We are ready," Smith said. "So are we," Jones replied.',
        [("direct", "We are ready,", "Smith"), ("direct", "So are we,", "Jones")],
        id="a-reply-with-its-own-attribution-is-no-continuation",
    ),
    pytest.param(
        '"We are ready," Smith said. "So are we. We have been for weeks."',
        [("direct", "We are ready, So are we. We have been for weeks.", "Smith")],
        id="interrupted-without-a-second-attribution",
    ),
    pytest.param(
        "The protesters' leader said the march would go ahead.",
        [("indirect", "the march would go ahead", "The protesters' leader")], id="lowercase-plural-possessive-role",
    ),
    pytest.param(
        '"Every complaint will be investigated," the commission\'s chairman said.',
        [("direct", "Every complaint will be investigated,", "the commission's chairman")], id="lowercase-possessive-role-trailing",
    ),
    pytest.param(
        '"We will march on Sunday," the protesters\' leader said.',
        [("direct", "We will march on Sunday,", "the protesters' leader")], id="an-apostrophe-does-not-end-the-attribution",
    ),
    pytest.param(
        '"We are working closely with the authorities," a spokesperson for the airline said in an email.',
        [("direct", "We are working closely with the authorities,", "a spokesperson for the airline")],
        id="described-source-for-a-lowercase-body",
    ),
    pytest.param(
        "A source familiar with the matter said the deal was close.",
        [("indirect", "the deal was close", "A source familiar with the matter")], id="source-familiar-with-the-matter",
    ),
    pytest.param(
        '"We did not see this coming," the company\'s chief executive, Jane Doe, said.',
        [("direct", "We did not see this coming,", "Jane Doe")], id="trailing-title-comma-name-comma-said",
    ),
    pytest.param(
        "Under the company's plan, workers said the deal was fair.",
        [("indirect", "the deal was fair", "workers")], id="a-possessive-without-a-role-noun-is-no-speaker",
    ),
    pytest.param("Ministry rejects claims of election fraud", [], id="claims-of-is-no-clause"),
    pytest.param("The IMF warned of a slowdown in the region.", [], id="warned-of-is-no-clause"),
    pytest.param("The delay added to the confusion among voters.", [], id="added-to-is-no-speech"),
    pytest.param(
        "Xi, Putin meet\nChinese President Xi Jinping visited Moscow. Xi said relations were strong.",
        [("indirect", "relations were strong", "Xi Jinping")], id="a-name-by-its-first-word-family-name-first",
    ),
    pytest.param(
        "Mary Jones runs a bakery. Mary Smith said business was slow.",
        [("indirect", "business was slow", "Mary Smith")], id="two-full-names-sharing-a-first-word-stay-apart",
    ),
    pytest.param(
        "The White House said the president would travel to Kyiv.",
        [("indirect", "the president would travel to Kyiv", "White House")], id="the-white-house-is-an-organisation",
    ),
    pytest.param(
        "House Speaker Mike Johnson said he would not bring it to a vote.",
        [("indirect", "he would not bring it to a vote", "Mike Johnson")], id="house-in-a-title-is-no-speaker",
    ),
    pytest.param(
        'The United Nations said more than 10,000 people had been displaced. "We are not going anywhere," she said.',
        [("indirect", "more than 10,000 people had been displaced", "United Nations"),
         ("direct", "We are not going anywhere,", None)], id="she-is-never-an-organisation-named-like-a-person",
    ),
    pytest.param("The minister told reporters about the new budget in detail.", [], id="told-about-is-no-speech"),
    pytest.param("The president told the story of his childhood in the countryside.", [], id="told-a-story-is-no-speech"),
    pytest.param("Police told residents to leave their homes before dawn.", [], id="told-to-is-an-order"),
    pytest.param(
        "According to a statement from state utility Eskom, power cuts will continue until Friday.",
        [("indirect", "power cuts will continue until Friday", "state utility Eskom")],
        id="according-to-a-document-is-its-publisher",
    ),
    pytest.param(
        "Power cuts will continue until Friday, according to a report by the Energy Ministry.",
        [("indirect", "Power cuts will continue until Friday", "Energy Ministry")],
        id="according-to-a-report-by-is-its-publisher",
    ),
    pytest.param(
        "According to a survey of 2,000 voters, support for the party has fallen.",
        [("indirect", "support for the party has fallen", "a survey of 2,000 voters")],
        id="a-survey-of-people-is-not-theirs",
    ),
    pytest.param(
        "Prices will rise, the minister said at the weekend.",
        [("indirect", "Prices will rise", "the minister")], id="trailing-attribution-at-the-weekend",
    ),
    pytest.param(
        "Prices will rise, the minister told reporters earlier this week.",
        [("indirect", "Prices will rise", "the minister")], id="trailing-attribution-earlier-this-week",
    ),
    pytest.param(
        "The minister said during the night the talks had collapsed.",
        [("indirect", "the talks had collapsed", "The minister")], id="said-during-the-night-clause",
    ),
    pytest.param(
        "The mayor said the plan would work, while critics warned it would fail.",
        [("indirect", "the plan would work", "The mayor"), ("indirect", "it would fail", None)],
        id="a-second-report-ends-the-clause",
    ),
    pytest.param(
        "Moscow reported that two people were killed, with Kyiv asserting that it had hit a fuel depot.",
        [("indirect", "two people were killed", "Moscow"), ("indirect", "it had hit a fuel depot", "Kyiv")],
        id="with-a-speaker-and-an-ing-cue-is-another-report",
    ),
    pytest.param(
        "The mayor said the roads were closed, with officials saying more snow was due.",
        [("indirect", "the roads were closed", "The mayor"), ("indirect", "more snow was due", "officials")],
        id="with-a-described-source-and-an-ing-cue-is-another-report",
    ),
    pytest.param(
        "The minister said prices would rise, Reuters reported.",
        [("indirect", "prices would rise", "The minister")],
        id="a-trailing-report-tag-is-no-part-of-the-clause",
    ),
    pytest.param(
        "The prosecutor general said the charges would be filed.",
        [("indirect", "the charges would be filed", "The prosecutor general")], id="a-title-with-general-after-it",
    ),
    pytest.param(
        "The unions met the mayor on Monday. The spokesman spoke later. They said the cuts were painful.",
        [("indirect", "the cuts were painful", None)], id="they-is-never-one-person",
    ),
    pytest.param(
        "French officials met on Monday. They said the talks had gone well.",
        [("indirect", "the talks had gone well", "French officials")], id="they-is-a-plural-source",
    ),
    pytest.param(
        "The company reported a loss. They said the outlook was weak.",
        [("indirect", "the outlook was weak", "The company")], id="they-is-a-body",
    ),
    pytest.param("Erik ten Hag praised his side's resilience.", [], id="praise-of-an-object-is-no-speech"),
    pytest.param("The council criticised the decision to close the library.", [], id="criticise-an-object-is-no-speech"),
    pytest.param("The mayor blamed the weather.", [], id="blame-without-a-reason-is-no-speech"),
    pytest.param(
        "Erik ten Hag praised his players for their resilience in the second half.",
        [("indirect", "his players for their resilience in the second half", "Erik ten Hag")], id="praise-for-a-reason",
    ),
    pytest.param(
        "The opposition leader accused the government of lying about the deficit.",
        [("indirect", "the government of lying about the deficit", "The opposition leader")], id="accuse-of",
    ),
    pytest.param(
        'The ministry\'s spokesman said "all necessary measures" were being taken.',
        [("indirect", '"all necessary measures" were being taken', "The ministry's spokesman"),
         ("direct", "all necessary measures", "The ministry's spokesman")],
        id="a-quoted-fragment-opening-a-reported-clause",
    ),
    pytest.param(
        'The minister said "we will win this" and left the room.',
        [("direct", "we will win this", "The minister")], id="a-quotation-then-a-conjunction-is-no-clause",
    ),
    pytest.param(
        'He said "We will win this" he told reporters.',
        [("direct", "We will win this", None)], id="a-quotation-then-its-own-attribution-is-no-clause",
    ),
    pytest.param(
        "Joe Biden met Justin Trudeau in Ottawa. The 81-year-old said the talks went well.",
        [("indirect", "the talks went well", "Joe Biden")], id="an-age-epithet-is-the-one-subject-before-it",
    ),
    pytest.param(
        'United manager Erik ten Hag spoke after the game. "We showed character today," the Dutchman said.',
        [("direct", "We showed character today,", "Erik ten Hag")], id="a-demonym-epithet-is-the-one-subject-before-it",
    ),
    pytest.param(
        "Joe Biden met Justin Trudeau in Ottawa.\nThe 81-year-old said the talks went well.",
        [("indirect", "the talks went well", None)], id="an-epithet-looks-back-only-in-its-paragraph",
    ),
    pytest.param(
        "Joe Biden spoke first. Mike Johnson spoke next. The 81-year-old said the talks went well.",
        [("indirect", "the talks went well", "Mike Johnson")], id="an-epithet-with-two-candidates-is-the-latest",
    ),
    pytest.param(
        "Police say Peter Walsh was arrested at his home on Tuesday. Detective Sergeant Anne Kerr said the man had "
        "fled. Walsh appeared in court today. The 56-year-old told the court he was innocent.",
        [("indirect", "Peter Walsh was arrested at his home on Tuesday", "Police"),
         ("indirect", "the man had fled", "Anne Kerr"), ("indirect", "he was innocent", "Peter Walsh")],
        id="an-epithet-is-the-subject-named-most-often",
    ),
    pytest.param(
        'Mary Jones won again on Sunday. "We showed character today," the Dutchman said.',
        [("direct", "We showed character today,", None)], id="an-epithet-of-the-other-gender-is-no-one",
    ),
    pytest.param(
        "The veteran goalkeeper's contract expires in June, the club said.",
        [("indirect", "The veteran goalkeeper's contract expires in June", "the club")], id="an-epithet-not-next-to-a-cue",
    ),
    pytest.param(
        'Prosecutor James Okafor told the jury that Daniel Marsh had forged invoices. "This was theft, plain and simple," he said.',
        [("indirect", "Daniel Marsh had forged invoices", "James Okafor"),
         ("direct", "This was theft, plain and simple,", "James Okafor")],
        id="a-name-in-a-reported-clause-is-no-antecedent-after-its-sentence",
    ),
    pytest.param(
        'Tony Lockett retired in 1999. Mr Templeton says if Lockett does make a comeback, the club would not expect him '
        'to play every game. "He certainly could play a role," he said.',
        [("indirect", "if Lockett does make a comeback, the club would not expect him to play every game", "Templeton"),
         ("direct", "He certainly could play a role,", "Templeton")],
        id="a-name-in-a-clause-opened-by-if-is-no-antecedent-after-its-sentence",
    ),
    pytest.param(
        'Alan Sanders notes that L. Erdenechuluun challenged the policy, writing that he "wondered whether it had been discussed".',
        [("indirect", "L. Erdenechuluun challenged the policy", "Alan Sanders"),
         ("direct", "wondered whether it had been discussed", "L. Erdenechuluun")],
        id="a-name-in-a-reported-clause-is-an-antecedent-in-its-sentence",
    ),
    pytest.param(
        "The minister said prices would rise, and warned that wages would lag.",
        [("indirect", "prices would rise", "The minister"), ("indirect", "wages would lag", "The minister")],
        id="and-another-cue-that-ends-the-clause",
    ),
    pytest.param(
        "The minister said prices and wages would rise, and noted growth.",
        [("indirect", "prices and wages would rise, and noted growth", "The minister")],
        id="and-a-cue-without-that-does-not-end-the-clause",
    ),
    pytest.param(
        '"I have lived here for fifty years," said resident Peter Walsh.',
        [("direct", "I have lived here for fifty years,", "Peter Walsh")], id="said-role-noun-then-name",
    ),
    pytest.param(
        '"Is this the new normal?" asked one resident.',
        [("direct", "Is this the new normal?", "one resident")], id="said-a-described-source",
    ),
    pytest.param(
        'Local business owner Priya Patel opened early. "Anything that brings people into town is good," she said.',
        [("direct", "Anything that brings people into town is good,", "Priya Patel")],
        id="a-name-after-its-role-words-is-a-subject",
    ),
    pytest.param(
        "The minister insisted that the crisis was nearing its end, as rolling blackouts entered a second week.",
        [("indirect", "the crisis was nearing its end", "The minister")], id="comma-as-narration-ends-the-clause",
    ),
    pytest.param(
        "The minister said exports would fall, as well as imports.",
        [("indirect", "exports would fall, as well as imports", "The minister")], id="comma-as-well-as-stays",
    ),
    pytest.param(
        "The businessman accused of fraud denied that he had misled investors.",
        [("indirect", "he had misled investors", "The businessman")], id="accused-of-passive-participle-judges-nothing",
    ),
    pytest.param(
        "John Hale, accused of taking bribes, denied that he had misled investors.",
        [("indirect", "he had misled investors", "John Hale")], id="comma-accused-of-passive-participle",
    ),
    pytest.param(
        "The minister met the union's leaders, who said the talks had gone well.",
        [("indirect", "the talks had gone well", "the union's leaders")], id="comma-who-said-speaks-for-antecedent",
    ),
    pytest.param(
        "The plan was welcomed by the World Bank, which said in a statement that it would protect growers.",
        [("indirect", "it would protect growers", "World Bank")], id="comma-which-said-after-by",
    ),
    pytest.param(
        "Finance Minister Ana Ruiz met the head of the IMF, who said the reforms were on track.",
        [("indirect", "the reforms were on track", "the head of the IMF")], id="comma-who-said-not-the-sentence-subject",
    ),
    pytest.param(
        "Speaking in Downing Street, the Prime Minister's official spokesman said the deal would open up opportunities.",
        [("indirect", "the deal would open up opportunities", "Prime Minister's official spokesman")],
        id="oblique-place-is-no-appositive-speaker",
    ),
    pytest.param(
        "The judge said she accepted that the defendant had cooperated with the investigation.",
        [("indirect", "she accepted that the defendant had cooperated with the investigation", "The judge")],
        id="said-pronoun-clause-with-inner-that",
    ),
    pytest.param(
        "The minister said the evidence showed that prices were rising.",
        [("indirect", "the evidence showed that prices were rising", "The minister")], id="said-clause-with-inner-cue-that",
    ),
    pytest.param(
        "Chief operating officer Raj Patel told analysts on a conference call that the company remained committed to its targets.",
        [("indirect", "the company remained committed to its targets", "Raj Patel")], id="noun-call-before-that-is-no-cue",
    ),
    pytest.param(
        "The company announced it would close 30 stores.",
        [("indirect", "it would close 30 stores", "The company")], id="announced-pronoun-aux-without-that",
    ),
    pytest.param(
        "Police confirmed on Monday they had arrested a man.",
        [("indirect", "they had arrested a man", "Police")], id="confirmed-time-pronoun-aux-without-that",
    ),
    pytest.param(
        "He wrote it down in his notebook before the meeting.",
        [], id="wrote-it-down-is-no-clause",
    ),
    pytest.param(
        "The lake is shrinking fast, hydrologists say, but the causes remain unclear.",
        [("indirect", "The lake is shrinking fast", "hydrologists")], id="trailing-tag-closed-by-comma-but",
    ),
    pytest.param(
        "Two men were hurt in the blast, police said, and one of them is in hospital.",
        [("indirect", "Two men were hurt in the blast", "police")], id="trailing-tag-closed-by-comma-and",
    ),
    pytest.param(
        "Police confirmed the driver of the lorry had died in hospital.",
        [("indirect", "the driver of the lorry had died in hospital", "Police")], id="confirmed-noun-subject-aux-without-that",
    ),
    pytest.param(
        "The bank reported profits rose 8% in the second quarter.",
        [("indirect", "profits rose 8% in the second quarter", "The bank")], id="reported-bare-plural-irregular-past-without-that",
    ),
    pytest.param(
        "The bank reported a 5% rise in profits. The firm announced plans to cut 200 jobs.",
        [], id="reported-object-without-verb-is-no-clause",
    ),
    pytest.param(
        "The firm announced the jobs axed in May would return.",
        [], id="participle-inside-the-object-stops-a-bare-clause",
    ),
    pytest.param(
        "The central bank signalled another hike in May.",
        [], id="a-capitalised-month-is-no-auxiliary-of-a-bare-clause",
    ),
    pytest.param(
        "The minister has denied suggestions there will be a giveaway. He rejected claims the plan had failed.",
        [], id="a-claim-noun-after-a-verb-is-its-object-no-report",
    ),
    pytest.param(
        "The fugitive is believed to have fled abroad.",
        [], id="believed-to-is-no-bare-clause",
    ),
    pytest.param(
        "A new report suggests the costs have been exaggerated.",
        # (the source is the whole noun phrase: "report" after "a new" is no verb)
        [("indirect", "the costs have been exaggerated", "A new report")], id="cue-after-a-cue-noun-opens-no-bare-clause",
    ),
    pytest.param(
        "Mr Grant Lowe, who has denied the subject came up at the meeting, appeared nervous.",
        [("indirect", "the subject came up at the meeting", "Grant Lowe")], id="report-in-a-relative-aside-ends-at-its-comma",
    ),
    pytest.param(
        "The deal was welcomed by Grant Lowe, who said the terms, which were generous, suited everyone.",
        [("indirect", "the terms, which were generous, suited everyone", "Grant Lowe")], id="relative-aside-after-a-verb-runs-to-the-end",
    ),
    pytest.param(
        "Yesterday, Mr Grant Lowe said: the talks went well and nobody left.",
        [("indirect", "the talks went well and nobody left", "Grant Lowe")], id="colon-after-cue-opens-a-lowercase-clause",
    ),
    pytest.param(
        "The company said it expected revenue of $4 billion, according to a statement released late on Tuesday.",
        [("indirect", "it expected revenue of $4 billion", "The company")], id="comma-according-to-ends-said-clause",
    ),
    pytest.param(
        "Oil prices fell 2 percent on Wednesday, as traders worried about weak demand in China, the energy ministry said.",
        [("indirect", "Oil prices fell 2 percent on Wednesday", "the energy ministry")], id="trailing-attribution-drops-comma-as-narration",
    ),
    pytest.param(
        "Prices will rise, as well as rents, the ministry said.",
        [("indirect", "Prices will rise, as well as rents", "the ministry")], id="trailing-attribution-keeps-as-well-as",
    ),
    pytest.param(
        "The union said the job cuts were a blow for staff and called on the company to reconsider.",
        [("indirect", "the job cuts were a blow for staff", "The union"), ("indirect", "the company to reconsider", "The union")],
        id="and-called-on-is-the-speakers-next-report",
    ),
    pytest.param(
        "Prosecutors said Marsh forged the accounts and told investors the fund was safe.",
        [("indirect", "Marsh forged the accounts and told investors the fund was safe", "Prosecutors")], id="and-told-may-be-the-clause-subjects",
    ),
    pytest.param(
        "The minister said the figures and claims were wrong.",
        [("indirect", "the figures and claims were wrong", "The minister")], id="and-noun-cue-form-stays-in-clause",
    ),
    pytest.param(
        "According to a filing with the London Stock Exchange, the company will cut 1,200 jobs.",
        [("indirect", "the company will cut 1,200 jobs", "a filing with the London Stock Exchange")], id="according-to-long-source-leading",
    ),
    pytest.param(
        "The company will cut 1,200 jobs, according to a filing with the London Stock Exchange.",
        [("indirect", "The company will cut 1,200 jobs", "a filing with the London Stock Exchange")], id="according-to-long-source-trailing",
    ),
    pytest.param('The "war on woke" is a distraction from real problems.', [], id="unattributed-phrase-after-determiner-is-scare-quote"),
    pytest.param('What we need is not another "bold new vision" but a plan.', [], id="unattributed-phrase-mid-sentence-is-scare-quote"),
    pytest.param('It was the turn of the so-called "anti-growth coalition", a phrase.', [], id="so-called-hyphenated-names-a-term"),
    pytest.param("Parliament debated the draft resolution “On approving the guidelines for the railway between Mongolia "
                 "and China” on Friday. The company “Erdenes Tavan Tolgoi” will pay dividends.", [],
                 id="a-law-or-a-company-names-a-title-in-quotation-marks"),
    pytest.param("The minister called the policy “a complete disaster for farmers”.",
                 [("direct", "a complete disaster for farmers", "The minister")],
                 id="a-work-noun-a-naming-cue-takes-is-judged-not-titled"),
    pytest.param("Battulga vowed to resume the “third neighbor policy” for safeguarding independence. Putin launched "
                 "what he called a “special military operation”. The minister called it “a failed policy”.",
                 [("direct", "special military operation", "Putin"), ("direct", "a failed policy", "The minister")],
                 id="a-phrase-ending-in-a-work-noun-names-itself-unless-a-naming-cue-gives-it"),
    pytest.param("On July 10, the president-elect Kh. Battulga was inaugurated at the State House, where he vowed to "
                 "resume the policy. “We will be friends with all,” he said.",
                 [("direct", "We will be friends with all,", "Kh. Battulga")],
                 id="a-relative-where-is-no-modifier-of-a-trailing-tag-and-president-elect-is-a-title"),
    pytest.param("ULAANBAATAR, Mongolia (AP) — The ruling party kept a slim majority, according to preliminary results. "
                 "The prime minister told a press conference in the capital Ulaanbaatar a few hours after polls closed "
                 "that his party had won a majority of seats.",
                 [("indirect", "The ruling party kept a slim majority", "preliminary results"),
                  ("indirect", "his party had won a majority of seats", "The prime minister")],
                 id="a-dateline-is-no-part-of-a-trailing-according-to-and-that-comes-after-listener-and-setting"),
    pytest.param("D.Tsogtbaatar, who served as foreign minister until 2020, posted a statement calling for “an immediate "
                 "ceasefire and respect for sovereignty”. Police released a report saying the driver was drunk.",
                 [("direct", "an immediate ceasefire and respect for sovereignty", "D.Tsogtbaatar"),
                  ("indirect", "the driver was drunk", "Police")],
                 id="a-document-put-out-by-the-subject-speaks-for-it-through-a-participle"),
    pytest.param("The fire spread to the roof and the attic, the Guardian said.",
                 [("indirect", "The fire spread to the roof and the attic", "Guardian")],
                 id="a-known-body-after-the-closes-a-trailing-tag"),
    pytest.param("The fire spread to the roof and the attic, the Register-Guard reported. The Governor-General said "
                 "the allegations were unfounded.",
                 [("indirect", "The fire spread to the roof and the attic", "Register-Guard"),
                  ("indirect", "the allegations were unfounded", "The Governor-General")],
                 id="one-hyphenated-name-after-the-is-a-papers-not-an-office"),
    pytest.param(
        "'We must talk to both neighbours': an interview with the foreign minister",
        [("direct", "We must talk to both neighbours", None)], id="headline-quotation-opening-the-line-stays",
    ),
    pytest.param(
        'The minister promised "a new golden age of British manufacturing".',
        [("direct", "a new golden age of British manufacturing", "The minister")], id="attributed-fragment-is-no-scare-quote",
    ),
    pytest.param(
        "Smith told BBC Radio 4's Today programme the negotiations had taken more than two years.",
        [("indirect", "the negotiations had taken more than two years", "Smith")], id="told-possessive-programme-listener",
    ),
    pytest.param(
        "Smith told a radio station in Lagos the strike would go ahead.",
        [("indirect", "the strike would go ahead", "Smith")], id="told-outlet-in-place-listener",
    ),
    pytest.param(
        "Smith told reporters the committee would meet on Friday.",
        [("indirect", "the committee would meet on Friday", "Smith")], id="listener-stops-at-first-listener-word",
    ),
    pytest.param(
        "Janet Yellen said on Thursday she saw no signs of a recession, in remarks to a business group in Chicago.",
        [("indirect", "she saw no signs of a recession", "Janet Yellen")], id="trailing-in-remarks-is-setting",
    ),
    pytest.param(
        "The minister said the talks had failed, speaking at a conference in Geneva.",
        [("indirect", "the talks had failed", "The minister")], id="trailing-speaking-at-is-setting",
    ),
    pytest.param(
        "Smith said prices would rise, in a sign that inflation is sticking.",
        [("indirect", "prices would rise, in a sign that inflation is sticking", "Smith")], id="trailing-in-a-sign-stays",
    ),
    pytest.param(
        'Mayor Anne Hollis said the town needed help. "We cannot do this alone," adding that the council had run out of money.',
        [("indirect", "the town needed help", "Anne Hollis"), ("direct", "We cannot do this alone,", "Anne Hollis"),
         ("indirect", "the council had run out of money", "Anne Hollis")], id="quotation-then-adding-that-without-said",
    ),
    pytest.param(
        'Hollis said: "We cannot do this alone", adding that the council had run out of money.',
        [("direct", "We cannot do this alone", "Hollis"), ("indirect", "the council had run out of money", "Hollis")],
        id="leading-cue-quotation-then-adding-that",
    ),
    pytest.param(
        '"We cannot do this alone," said Hollis, adding that the council had run out of money.',
        [("direct", "We cannot do this alone,", "Hollis"), ("indirect", "the council had run out of money", "Hollis")],
        id="said-name-adding-that",
    ),
    pytest.param(
        "Senator Ted Cruz questioned whether the agency had the authority to act.",
        [("indirect", "whether the agency had the authority to act", "Ted Cruz")], id="questioned-whether",
    ),
    pytest.param(
        "Smith asked the minister on Tuesday if the report would be published.",
        [("indirect", "if the report would be published", "Smith")], id="asked-listener-time-if",
    ),
    pytest.param(
        "Asked whether the bank would cut rates, Powell said it was too early to say.",
        [("indirect", "it was too early to say", "Powell")], id="asked-whether-participle-is-the-reporters-question",
    ),
    pytest.param("Smith asked about the report before the vote.", [], id="asked-about-is-no-question-reported"),
    pytest.param(
        "Jim Pearce said he had begged officials to dredge the rivers. 'They told us it was not cost-effective,' he said.",
        [("indirect", "he had begged officials to dredge the rivers", "Jim Pearce"),
         ("direct", "They told us it was not cost-effective,", "Jim Pearce")], id="british-single-mark-opens-the-next-sentence",
    ),
    pytest.param(
        "He faces up to 20 years in prison, though he is likely to receive far less, legal experts said.",
        [("indirect", "He faces up to 20 years in prison, though he is likely to receive far less", None)],
        id="trailing-attribution-modifier-before-source",
    ),
    pytest.param(
        "The talks will resume on Monday and experts said so.", [], id="conjunction-before-source-is-no-trailing-attribution",
    ),
    pytest.param(
        "The company warned in its annual report that it might have to shut down Facebook in Europe.",
        [("indirect", "it might have to shut down Facebook in Europe", "The company")], id="noun-report-that-is-one-report",
    ),
    pytest.param(
        "'We were left to drown,' said Margaret Cole, 74, whose bungalow in Moorland was under four feet of water. "
        "'Nobody came for three days.'",
        [("direct", "We were left to drown, Nobody came for three days.", "Margaret Cole")], id="interrupted-by-long-relative-clause",
    ),
    pytest.param(
        '"We were left to drown," said Margaret Cole. She then walked out of the hall and slammed the door. '
        '"Nobody came for three days," Tom Hale said.',
        [("direct", "We were left to drown,", "Margaret Cole"), ("direct", "Nobody came for three days,", "Tom Hale")],
        id="narration-after-attribution-is-no-interruption",
    ),
    pytest.param(
        'The prime minister was unrepentant: "I would do it all again tomorrow."',
        [("direct", "I would do it all again tomorrow.", "The prime minister")], id="colon-after-subject-without-cue",
    ),
    pytest.param(
        'John Smith\'s message to the party was simple: "Unite or we will lose the election."',
        [("direct", "Unite or we will lose the election.", "John Smith")], id="colon-after-possessor-without-cue",
    ),
    pytest.param(
        'In a statement, the ministry said:\n\n"We are aware of the reports and are investigating them urgently."',
        [("direct", "We are aware of the reports and are investigating them urgently.", "the ministry")],
        id="cue-and-colon-in-the-paragraph-before",
    ),
    pytest.param(
        'The sign on the door read: "No entry for unauthorised persons."',
        [("direct", "No entry for unauthorised persons.", None)], id="colon-after-no-speaker-stays-unattributed",
    ),
    pytest.param(
        "John Smith made clear that the bank would not intervene.",
        [("indirect", "the bank would not intervene", "John Smith")], id="made-clear-that",
    ),
    pytest.param("John Smith made the decision that changed everything.", [], id="made-without-clear-is-no-cue"),
    pytest.param(
        "The judge ruled that the evidence was inadmissible.",
        [("indirect", "the evidence was inadmissible", "The judge")], id="ruled-that",
    ),
    pytest.param(
        "John Smith cautioned investors the market could fall.",
        [("indirect", "the market could fall", "John Smith")], id="cautioned-listener-clause",
    ),
    pytest.param(
        "The bank reiterated that rates would stay high.",
        [("indirect", "rates would stay high", "The bank")], id="reiterated-that",
    ),
    pytest.param(
        "The president highlighted that the power plants were working. He also mentioned that aid had arrived. "
        "He detailed that ten towns were hit. He specified that repairs would take weeks.",
        [("indirect", "the power plants were working", "The president"), ("indirect", "aid had arrived", "The president"),
         ("indirect", "ten towns were hit", "The president"), ("indirect", "repairs would take weeks", "The president")],
        id="highlighted-mentioned-detailed-specified-that",
    ),
    pytest.param(
        "The visit was met with a mix of diplomatic caution and quiet resignation.", [], id="noun-caution-is-no-cue",
    ),
    pytest.param(
        "The talks had stalled, Smith said at a news conference in Brussels on Monday.",
        [("indirect", "The talks had stalled", "Smith")], id="trailing-setting-place-and-time",
    ),
    pytest.param(
        "The company said it would cut 1,000 jobs, sending its shares down 5 percent.",
        [("indirect", "it would cut 1,000 jobs", "The company")], id="comma-sending-is-the-writers-aside",
    ),
    pytest.param(
        "The ministry said the strikes had hit military targets, citing intelligence reports.",
        [("indirect", "the strikes had hit military targets", "The ministry")], id="comma-citing-is-the-writers-aside",
    ),
    pytest.param(
        "John Smith said the plan would fail, a day after the court ruled against it.",
        [("indirect", "the plan would fail", "John Smith")], id="comma-a-day-after-clause-is-the-writers-timeline",
    ),
    pytest.param(
        "John Smith said the talks would resume, two weeks after the election.",
        [("indirect", "the talks would resume, two weeks after the election", "John Smith")], id="comma-weeks-after-noun-stays",
    ),
    pytest.param(
        "Inflation will ease next year, said John Smith, the bank's chief economist.",
        [("indirect", "Inflation will ease next year", "John Smith")], id="trailing-said-name-inverted",
    ),
    pytest.param(
        "The plan, said John Smith, was dead on arrival.",
        [("indirect", "The plan was dead on arrival", "John Smith")], id="parenthetical-said-name-two-pieces",
    ),
    pytest.param(
        "The economy, the minister said, is recovering faster than expected.",
        [("indirect", "The economy is recovering faster than expected", "the minister")], id="parenthetical-name-said-two-pieces",
    ),
    pytest.param(
        "Prices will rise, the bank said, adding that wages would lag.",
        [("indirect", "Prices will rise", "the bank"), ("indirect", "wages would lag", "the bank")],
        id="trailing-attribution-then-adding-that",
    ),
    pytest.param(
        "Her neighbour, Jim Pearce, said he had begged officials to act.",
        [("indirect", "he had begged officials to act", "Jim Pearce")], id="appositive-comma-said-pronoun-clause",
    ),
    pytest.param(
        "John Smith said the law, which critics say is unconstitutional, would stand.",
        [("indirect", "the law, which critics say is unconstitutional, would stand", "John Smith")],
        id="reporting-relative-inside-the-clause",
    ),
    pytest.param(
        "John Smith said the new rules would hurt farmers, who he said had already suffered enough.",
        [("indirect", "the new rules would hurt farmers", "John Smith")], id="reporting-relative-to-the-end-ends-the-clause",
    ),
    pytest.param(
        'John Smith said his favourite film was "Gone with the Wind" and always would be.',
        [("indirect", 'his favourite film was "Gone with the Wind" and always would be', "John Smith")],
        id="title-with-lowercase-with-is-a-title",
    ),
    pytest.param(
        'John Smith said voters were "fed up with politicians" everywhere.',
        [("indirect", 'voters were "fed up with politicians" everywhere', "John Smith"),
         ("direct", "fed up with politicians", "John Smith")], id="lowercase-fragment-with-with-is-a-quote",
    ),
    pytest.param(
        "Coffee is linked to a 15 percent lower risk of heart disease, according to a study of more than 380,000 adults "
        "published in the European Journal of Preventive Cardiology.",
        [("indirect", "Coffee is linked to a 15 percent lower risk of heart disease", "a study of more than 380,000 adults")],
        id="according-to-long-trailing-source-named-before-participle",
    ),
    pytest.param(
        "According to government figures released on Friday, unemployment rose to 5 percent.",
        [("indirect", "unemployment rose to 5 percent", "government figures")], id="according-to-source-named-before-participle",
    ),
    pytest.param(
        'Opposition leader R. Krishnan termed the package "too little, too late" and demanded more.',
        [("direct", "too little, too late", "R. Krishnan")], id="termed-fragment",
    ),
    pytest.param(
        'John Smith dismissed the report as "a work of fiction from start to finish".',
        [("direct", "a work of fiction from start to finish", "John Smith")], id="dismissed-as-fragment",
    ),
    pytest.param(
        "The minister signed a trade deal that farming leaders say will flood the market with cheap imports.",
        [], id="cue-inside-a-subject-relative-reports-no-clause",
    ),
    pytest.param(
        "John Smith said that was a mistake he would not repeat.",
        [("indirect", "that was a mistake he would not repeat", "John Smith")], id="that-as-the-clause-subject",
    ),
    pytest.param(
        "A former director denied that he had ever misled anyone, a court heard on Monday.",
        [("indirect", "he had ever misled anyone", "A former director")], id="comma-a-court-heard-is-the-frame",
    ),
    pytest.param(
        "John Smith said the jury heard evidence for two weeks.",
        [("indirect", "the jury heard evidence for two weeks", "John Smith")], id="jury-heard-inside-the-clause-stays",
    ),
    pytest.param(
        '"Is this the new normal?" asked one resident. "Nobody seems to know."',
        [("direct", "Is this the new normal? Nobody seems to know.", "one resident")], id="question-interrupted-by-attribution",
    ),
    pytest.param(
        '"Why did it fail?" he asked. "Because nobody listened," John Smith replied.',
        [("direct", "Why did it fail?", None), ("direct", "Because nobody listened,", "John Smith")],
        id="question-then-an-answer-with-its-own-attribution",
    ),
    pytest.param(
        "'Lessons will be learned' after hospital scandal\nThe trust apologised on Monday.",
        [("direct", "Lessons will be learned", None)], id="headline-opening-on-a-quotation-is-no-scare-quote",
    ),
    pytest.param(
        "The ruling is absurd, Elon Musk wrote on X. He did not say more.",
        [("indirect", "The ruling is absurd", "Elon Musk")], id="trailing-wrote-on-x-with-its-full-stop",
    ),
    pytest.param(
        "The ruling is absurd and will be appealed, Elon Musk said in a post on X.\n",
        [("indirect", "The ruling is absurd and will be appealed", "Elon Musk")], id="trailing-said-in-a-post-on-x-line-end",
    ),
    pytest.param(
        "The plan is dead, John Smith told The New York Times on Sunday.",
        [("indirect", "The plan is dead", "John Smith")], id="trailing-told-capitalised-outlet",
    ),
    pytest.param(
        "John Smith told Sky News the plan was dead.",
        [("indirect", "the plan was dead", "John Smith")], id="told-capitalised-outlet-then-clause",
    ),
    pytest.param(
        "Analysts at the bank in London said prices would rise.",
        [("indirect", "prices would rise", "Analysts at the bank in London")], id="place-after-the-subject-is-no-speaker",
    ),
    pytest.param(
        "Analysts at Goldman Sachs said the shares could fall further.",
        [("indirect", "the shares could fall further", "Analysts at Goldman Sachs")],
        id="analysts-keep-the-organisation-they-work-for",
    ),
    pytest.param(
        '"We will appeal this decision," according to John Smith.',
        [("direct", "We will appeal this decision,", "John Smith")], id="quotation-then-according-to",
    ),
    pytest.param(
        '"We will appeal this decision," the statement read.',
        [("direct", "We will appeal this decision,", "the statement")], id="quotation-then-the-statement-read",
    ),
    pytest.param(
        '"We will appeal," John Smith, 45, a teacher from Leeds who has lived in the town for twenty years, said.',
        [("direct", "We will appeal,", "John Smith")], id="trailing-attribution-appositive-with-relative-clause",
    ),
    pytest.param(
        "The minister said exports would fall, as they had last year.",
        [("indirect", "exports would fall, as they had last year", "The minister")], id="comma-as-pronoun-stays",
    ),
    pytest.param(
        '"We do need to be reminded," Mr Farmer said. "It was a shock," Dr Mason told reporters.',
        [("direct", "We do need to be reminded,", "Farmer"), ("direct", "It was a shock,", "Mason")],
        id="an-honorific-makes-a-role-word-a-surname",
    ),
    pytest.param(
        "The Foreign Minister said talks would resume. “We are ready to meet them,” the Foreign Minister added.",
        [("indirect", "talks would resume", "The Foreign Minister"),
         ("direct", "We are ready to meet them,", "The Foreign Minister")],
        id="a-title-without-honorific-is-no-name",
    ),
    pytest.param(
        'Labor leader Simon Crean says 4,000 jobs were created last month. "The unemployment rate has not come down because '
        'jobs are being created," he said later. "It came down because people stopped looking."',
        [("indirect", "4,000 jobs were created last month", "Simon Crean"),
         ("direct", "The unemployment rate has not come down because jobs are being created, It came down because "
                    "people stopped looking.", "Simon Crean")],
        id="a-quote-after-a-report-with-its-own-attribution",
    ),
    pytest.param(
        'Labor leader Simon Crean says 4,000 jobs were created last month. "The unemployment rate has not come down '
        'because jobs are being created."',
        [("indirect", "4,000 jobs were created last month", "Simon Crean"),
         ("direct", "The unemployment rate has not come down because jobs are being created.", "Simon Crean")],
        id="a-quote-standing-alone-after-a-report-is-the-reporters",
    ),
    pytest.param(
        'Labor leader Simon Crean says 4,000 jobs were created last month.\n\n"The unemployment rate has not come down '
        'because jobs are being created."',
        [("indirect", "4,000 jobs were created last month", "Simon Crean"),
         ("direct", "The unemployment rate has not come down because jobs are being created.", None)],
        id="not-after-a-paragraph-break",
    ),
    pytest.param(
        'Professor Trounson does not expect any opposition. "Who would not want to save a sick child?"',
        [("direct", "Who would not want to save a sick child?", None)],
        id="not-after-a-sentence-that-reports-nothing",
    ),
    pytest.param(
        '"The cabinet made its decision based on the facts," a statement from Prime Minister Ariel Sharon\'s office said.',
        [("direct", "The cabinet made its decision based on the facts,", "Prime Minister Ariel Sharon's office")],
        id="a-statement-from-someones-office",
    ),
    pytest.param(
        '"He is still attached to an IV drip," a staff member told AFP. "We will fight on," the groups added in a statement.',
        [("direct", "He is still attached to an IV drip,", "a staff member"),
         ("direct", "We will fight on,", "the groups")],
        id="members-and-groups-are-described-sources",
    ),
    pytest.param(
        '"It was chaos," the state broadcaster quoted one witness as saying. The agency quoted Wang Yi, the foreign '
        'minister, as saying that talks would continue.',
        [("direct", "It was chaos,", "one witness"), ("indirect", "talks would continue", "Wang Yi")],
        id="quoted-someone-as-saying",
    ),
    pytest.param(
        'The roof was new, and "the roof had leaked, but everything was fine," ice rink manager Brian Bellis told AFP.',
        [("direct", "the roof had leaked, but everything was fine,", "Brian Bellis")],
        id="lowercase-modifiers-before-a-role-word",
    ),
    pytest.param(
        "Another boat, Tevake, claimed second place. The crash claimed the life of a pilot. The government declared a "
        "state of emergency. The home side declared its second innings at 7 for 309.",
        [], id="claim-and-declare-with-an-object-report-nothing",
    ),
    pytest.param(
        '"Tie it into a local creek or something close,"  Mr Williams said. "It works every time."',
        [("direct", "Tie it into a local creek or something close, It works every time.", "Williams")],
        id="a-double-space-before-the-attribution",
    ),
    pytest.param(
        "Officials claimed they had defeated the fighters. A union spokesman claims 90 per cent of the workforce voted "
        "against it. The man acknowledged the gun was his.",
        [("indirect", "they had defeated the fighters", "Officials"),
         ("indirect", "90 per cent of the workforce voted against it", "A union spokesman"),
         ("indirect", "the gun was his", "The man")],
        id="claim-and-acknowledge-with-a-clause-report-it",
    ),
    pytest.param(
        "The regulator posited that tariffs would rise. The auditor averred that the books were sound. "
        "Critics opined that the plan was rushed.",
        [("indirect", "tariffs would rise", "The regulator"), ("indirect", "the books were sound", "The auditor"),
         ("indirect", "the plan was rushed", None)],
        id="posit-aver-opine-report-a-clause",
    ),
    pytest.param(
        "“Give the families their land back,” Kamau pleaded. “Not before lunch, surely,” Otieno quipped.",
        [("direct", "Give the families their land back,", "Kamau"), ("direct", "Not before lunch, surely,", "Otieno")],
        id="plead-and-quip-tag-a-quotation",
    ),
    pytest.param(
        "The defendant pleaded guilty to two counts of fraud in March.", [], id="pleaded-guilty-reports-nothing",
    ),
    pytest.param(
        "“Who will pay for the new bridge?” Senator Amina Yusuf asked, drawing applause. "
        "“Not one more tax!” Governor Tom Mbeki shouted at the weekend.",
        [("direct", "Who will pay for the new bridge?", "Amina Yusuf"),
         ("direct", "Not one more tax!", "Tom Mbeki")],
        id="question-mark-then-attribution-in-the-next-sentence",
    ),
    pytest.param(
        "“Who will pay for the new bridge?” Amina Yusuf said the council had no answer.",
        [("direct", "Who will pay for the new bridge?", None),
         ("indirect", "the council had no answer", "Amina Yusuf")],
        id="question-mark-then-a-new-report-is-its-own",
    ),
    pytest.param(
        "The senator said this during a radio interview with the host on Sunday. "
        "Governor Musa Bello stated this on Friday shortly after he met the president. "
        "The mayor said so at a briefing in Mombasa.",
        [], id="said-this-or-so-points-back-and-reports-nothing",
    ),
    pytest.param(
        "The mayor said this was the wettest March on record. The mayor said this week that the dam was full.",
        [("indirect", "this was the wettest March on record", "The mayor"),
         ("indirect", "the dam was full", "The mayor")],
        id="said-this-as-a-subject-or-a-time-reports-a-clause",
    ),
    pytest.param(
        "It is wrong that nurses at the clinic in Nakuru are on strike, Health Minister Ruth Achieng said on Sunday, "
        "adding that nurses should return to work.",
        [("indirect", "It is wrong that nurses at the clinic in Nakuru are on strike", "Ruth Achieng"),
         ("indirect", "nurses should return to work", "Ruth Achieng")],
        id="adding-after-a-trailing-attribution-is-its-speakers",
    ),
    pytest.param(
        "Praising Kenya Power’s response to the floods, the minister Ruth Achieng said that more could be done, "
        "and added that she hoped donors would help.",
        [("indirect", "more could be done", "Ruth Achieng"), ("indirect", "she hoped donors would help", "Ruth Achieng")],
        id="and-added-shares-the-subject-of-the-earlier-cue",
    ),
    pytest.param(
        "Ruth Achieng said the minister had warned of cuts, adding that donors would help.",
        [("indirect", "the minister had warned of cuts", "Ruth Achieng"), ("indirect", "donors would help", "Ruth Achieng")],
        id="adding-skips-a-cue-inside-the-earlier-report",
    ),
    pytest.param(
        "Bread prices will rise by March, according to a statement released by the Kenya Millers Association. "
        "According to a statement issued by the county government, the market will close on Friday.",
        [("indirect", "Bread prices will rise by March", "Kenya Millers Association"),
         ("indirect", "the market will close on Friday", "the county government")],
        id="a-document-released-by-its-publisher",
    ),
    pytest.param(
        "MOMBASA: It is regrettable that the dock workers are on strike, Transport Minister Ali Hassan said on Monday.",
        [("indirect", "It is regrettable that the dock workers are on strike", "Ali Hassan")],
        id="dateline-ending-in-a-colon-is-no-part-of-the-report",
    ),
    pytest.param(
        "Speaking with journalists after the cabinet meeting, Governor Ada Obi said, “The bridge will reopen in May.” "
        "Asked when the strike would end, the union leader said, “Nobody knows that yet.”",
        [("direct", "The bridge will reopen in May.", "Ada Obi"), ("direct", "Nobody knows that yet.", "the union leader")],
        id="the-scene-before-an-attribution-that-introduces-a-quotation-is-no-report",
    ),
    pytest.param(
        "Safaricom said in a statement on Monday that the outage had been fixed. "
        "“We apologise to every customer who could not reach their family,” the statement said.",
        [("indirect", "the outage had been fixed", "Safaricom"),
         ("direct", "We apologise to every customer who could not reach their family,", "Safaricom")],
        id="the-statement-named-again-speaks-for-its-issuer",
    ),
    pytest.param(
        "In a statement, the rail union said talks had collapsed. The statement added that members would strike in June.",
        [("indirect", "talks had collapsed", "the rail union"), ("indirect", "members would strike in June", "the rail union")],
        id="the-statement-added-speaks-for-its-issuer",
    ),
    pytest.param(
        "A new survey has revealed that fewer farmers are planting maize. The survey suggests that prices will climb.",
        [("indirect", "fewer farmers are planting maize", "A new survey"), ("indirect", "prices will climb", "A new survey")],
        id="a-document-that-speaks-first-has-no-issuer",
    ),
    pytest.param(
        'The colonel said the army had resolved to "disarm every militia." "There is no room for private armies," he said.',
        [("indirect", 'the army had resolved to "disarm every militia."', "The colonel"),
         ("direct", "disarm every militia.", "The colonel"),
         ("direct", "There is no room for private armies,", "The colonel")],
        id="a-reported-clause-keeps-no-opening-mark-of-the-next-quotation",
    ),
    pytest.param(
        "The envoy said that peace needs the help of every neighbour and, “we trust that each of them will play a part”.",
        [("indirect", "peace needs the help of every neighbour", "The envoy"),
         ("direct", "we trust that each of them will play a part", "The envoy")],
        id="a-reported-clause-ends-before-the-conjunction-that-joins-a-quotation",
    ),
    pytest.param(
        "“Only the rich will be served first,” Peter Njoroge is alleged to have said. "
        "“We will not pay a single shilling,” the chairman was quoted as saying. "
        "“Close the gates now,” Grace Atieno was heard shouting.",
        [("direct", "Only the rich will be served first,", "Peter Njoroge"),
         ("direct", "We will not pay a single shilling,", "the chairman"),
         ("direct", "Close the gates now,", "Grace Atieno")],
        id="a-passive-frame-before-the-reporting-verb",
    ),
    pytest.param(
        "“We could not stop it in time,” Peter Njoroge was told by the engineers.",
        [("direct", "We could not stop it in time,", None)], id="a-passive-listener-is-no-speaker",
    ),
    pytest.param(
        "Equity analyst Wanjiru Maina said the bank's results were strong but noted Kenya's lenders face a hard year.",
        [("indirect", "the bank's results were strong", "Wanjiru Maina"),
         ("indirect", "Kenya's lenders face a hard year", "Wanjiru Maina")],
        id="but-and-a-reporting-verb-end-the-clause",
    ),
    pytest.param(
        "On Thursday, the finance minister was blunt: “There is no money left for new roads.” "
        "Asked about the teachers' strike, Governor Ada Obi was unmoved: “The schools will open on Monday.”",
        [("direct", "There is no money left for new roads.", "the finance minister"),
         ("direct", "The schools will open on Monday.", "Ada Obi")],
        id="colon-quotation-after-an-opening-phrase-is-the-subjects",
    ),
    pytest.param(
        "A sharper warning came from the county engineer Paul Otieno, who said the bridge could collapse.",
        [("indirect", "the bridge could collapse", "Paul Otieno")],
        id="an-ing-form-before-a-verb-is-a-noun-not-a-cue",
    ),
    pytest.param(
        "Khinstin emphasized the psychological toll on residents. He noted the rising number of attacks. "
        "Gladkov stressed the need for shelters. Gladkov stressed that shelters were full.",
        [("indirect", "shelters were full", "Gladkov")],
        id="emphasise-stress-note-with-a-noun-phrase-object-report-nothing",
    ),
    pytest.param(
        "According to Reuters, Smith said the deal was a disaster. According to Reuters, the deal was a disaster.",
        [("indirect", "the deal was a disaster", "Smith"), ("indirect", "the deal was a disaster", "Reuters")],
        id="according-to-an-agency-relaying-a-named-report-is-the-named-one",
    ),
    pytest.param(
        "Chinese President Xi Jinping met his neighbours. The three countries must strengthen solidarity, Xi said "
        "during his first trilateral summit with Vladimir Putin and Khurelsukh Ukhnaa in three years. Beijing and Moscow "
        "must deepen ties, Xi told his Russian counterpart Vladimir Putin on Tuesday, according to the Xinhua news agency.",
        [("indirect", "The three countries must strengthen solidarity", "Xi Jinping"),
         ("indirect", "Beijing and Moscow must deepen ties", "Xi Jinping")],
        id="a-trailing-tag-closed-by-a-setting-a-counterpart-and-a-relaying-agency",
    ),
    pytest.param(
        "Mongolia will never host an American military base, Mongolian President Tsakhiagiin Elbegdorj said Monday "
        "in an exclusive interview with TASS.",
        [("indirect", "Mongolia will never host an American military base", "Tsakhiagiin Elbegdorj")],
        id="a-trailing-tag-closed-by-a-time-and-an-interview-with-an-agency",
    ),
    pytest.param(
        "The two ministers will discuss trade and transit, the Russian Foreign Ministry said ahead of the talks. "
        "Talks will resume in May, the ministry said following a cabinet meeting. The ministry said after the talks.",
        [("indirect", "The two ministers will discuss trade and transit", "Russian Foreign Ministry"),
         ("indirect", "Talks will resume in May", "Russian Foreign Ministry")],
        id="a-verbless-time-setting-after-the-cue-is-no-clause-but-closes-a-trailing-tag",
    ),
    pytest.param(
        "MOSCOW (Pakistan Point News / Sputnik - 12th September, 2018) Mongolia hardly sees any challenge in China's "
        "influence, Mongolian Foreign Minister Damdin Tsogtbaatar told Sputnik in an interview.",
        [("indirect", "Mongolia hardly sees any challenge in China's influence", "Damdin Tsogtbaatar")],
        id="a-dateline-closed-by-the-agency-bracket-is-no-part-of-the-report",
    ),
    pytest.param(
        "Ulaanbaatar, 5 July 2022 (TDI): The talks went well, Foreign Minister Sergey Lavrov said. "
        "United Nations, New York: The deal is fair, the minister said.",
        [("indirect", "The talks went well", "Sergey Lavrov"), ("indirect", "The deal is fair", "Sergey Lavrov")],
        id="a-titled-dateline-with-a-comma-may-end-in-a-colon",
    ),
    pytest.param(
        "KYIV, March 3. /TASS/. Ukraine is ready to resume talks, Foreign Minister Dmytro Kuleba said.",
        [("indirect", "Ukraine is ready to resume talks", "Dmytro Kuleba")],
        id="an-agency-between-slashes-after-the-dateline-is-no-part-of-the-report",
    ),
    pytest.param(
        "In August, the State Department imposed sanctions, adding 400 more Russian companies to the list of targeted "
        "entities.",
        [], id="an-amount-with-modifiers-added-to-a-list-is-no-report",
    ),
    pytest.param(
        "“We are landlocked, but we are not mindlocked.”\nSo said Prime Minister Luvsannamsrai Oyun-Erdene as he "
        "visited Washington. He went on to explain that Mongolia keeps its independence.",
        [("direct", "We are landlocked, but we are not mindlocked.", "Luvsannamsrai Oyun-Erdene"),
         ("indirect", "Mongolia keeps its independence", "Luvsannamsrai Oyun-Erdene")],
        id="so-said-after-a-quotation-names-its-speaker",
    ),
    pytest.param(
        "“We are free,” said Prime Minister Luvsannamsrai Oyun-Erdene when he visited Washington. He added that "
        "Mongolia keeps its independence.",
        [("direct", "We are free,", "Luvsannamsrai Oyun-Erdene"),
         ("indirect", "Mongolia keeps its independence", "Luvsannamsrai Oyun-Erdene")],
        id="a-speaker-named-after-the-verb-before-a-subordinate-clause-is-no-reported-subject",
    ),
    pytest.param(
        "The government has struck a blow against the court, said the spokesman for the ministry, Gosha Tykhyi. "
        "The plan failed, said the spokesman for the Ministry of Foreign Affairs of Ukraine, Oleg Nikolenko, "
        "commenting on the visit.",
        [("indirect", "The government has struck a blow against the court", "Gosha Tykhyi"),
         ("indirect", "The plan failed", "Oleg Nikolenko")],
        id="a-trailing-role-and-the-name-in-its-appositive",
    ),
    pytest.param(
        "Bloomberg reported that before Putin's visit, Mongolia assured that it would ignore the order.",
        [("indirect", "before Putin's visit, Mongolia assured that it would ignore the order", "Bloomberg")],
        id="a-comma-after-an-opening-phrase-of-time-does-not-end-the-report",
    ),
    pytest.param(
        "The Ukrainian Foreign Ministry said that Mongolia, as a member of the International Criminal Court (ICC), must "
        "arrest Putin. “Putin must be brought to justice,” the department said.",
        [("indirect", "Mongolia, as a member of the International Criminal Court (ICC), must arrest Putin",
          "Ukrainian Foreign Ministry"),
         ("direct", "Putin must be brought to justice,", "Ukrainian Foreign Ministry")],
        id="an-acronym-in-brackets-is-no-subject-a-body-refers-back-to",
    ),
    pytest.param(
        "Mr Grant Lowe said his integrity remained intact: “He asked for this inquiry himself.”",
        [("indirect", "his integrity remained intact", "Grant Lowe"),
         ("direct", "He asked for this inquiry himself.", "Grant Lowe")],
        id="a-colon-before-a-quotation-ends-the-report",
    ),
    pytest.param(
        "Mr Grant Lowe, who insists he does not feel bitter, said: “I have lost three years of my life.”",
        [("indirect", "he does not feel bitter", "Grant Lowe"),
         ("direct", "I have lost three years of my life.", "Grant Lowe")],
        id="a-report-in-a-relative-aside-ends-before-the-main-verb",
    ),
    pytest.param(
        "Sir Alan Budd published his report. On Tuesday Sir Alan said the application was processed in 52 days.",
        [("indirect", "the application was processed in 52 days", "Alan Budd")],
        id="a-day-after-on-is-no-given-name",
    ),
    pytest.param(
        "Tony Blair shrugged off claims from Conservative leader Michael Howard that he led a weak government. "
        "He rejected a warning by the IMF that growth would slow. Police investigated claims of fraud at the bank.",
        [("indirect", "he led a weak government", "Michael Howard"), ("indirect", "growth would slow", "IMF")],
        id="a-claim-noun-from-or-by-its-source",
    ),
    pytest.param(
        "The US government denied the claims. In a statement, it said the detention was lawful under the laws of war.",
        [("indirect", "the detention was lawful under the laws of war", "The US government")],
        id="it-after-an-opening-phrase-is-the-body-named-before",
    ),
    pytest.param(
        'Spokesman Dai Lloyd said: "Wales has been short changed yet again. It is anger." "This will mean a massive '
        'hike in council tax, or both." Mike German claimed that one in three homes faced rises.',
        [("direct", "Wales has been short changed yet again. It is anger.", "Dai Lloyd"),
         ("direct", "This will mean a massive hike in council tax, or both.", "Dai Lloyd"),
         ("indirect", "one in three homes faced rises", "Mike German")],
        id="a-quotation-right-after-a-closed-one-goes-on-in-its-speakers-words",
    ),
    pytest.param(
        "Finance Minister Sue Essex met council leaders. The deal includes the £7.4m announced by Chancellor Gordon "
        "Brown. She said the councils could keep taxes at reasonable levels.",
        [("indirect", "the councils could keep taxes at reasonable levels", "Sue Essex")],
        id="a-participles-agent-is-no-subject-a-pronoun-refers-to",
    ),
    pytest.param(
        "Michael Howard spoke in Kent. “We have a moral responsibility to those fleeing persecution,” he was due to "
        "say. Mr Howard is expected to tell activists that the system is being abused. Prices are expected to rise.",
        [("direct", "We have a moral responsibility to those fleeing persecution,", "Michael Howard"),
         ("indirect", "the system is being abused", "Michael Howard")],
        id="a-speech-to-come-due-or-expected-to-say",
    ),
    pytest.param(
        "Ukraine invited the UN to join the programme, - the ministry said. The talks went well, – said Dmytro Kuleba.",
        [("indirect", "Ukraine invited the UN to join the programme", "the ministry"),
         ("indirect", "The talks went well", "Dmytro Kuleba")],
        id="a-trailing-tag-after-a-comma-and-a-dash",
    ),
    pytest.param(
        "The forum opens on Monday under the theme “Cooperation for Peace and Prosperity.”",
        [], id="a-theme-in-quotation-marks-is-a-title",
    ),
    pytest.param(
        "The International Criminal Court issued a warrant. According to it, Mongolia is obliged to arrest him. "
        "According to reports, he landed at night. According to initial police reports, two men were held.",
        [("indirect", "Mongolia is obliged to arrest him", "International Criminal Court"),
         ("indirect", "he landed at night", None),
         ("indirect", "two men were held", "initial police reports")],
        id="according-to-it-is-a-body-named-before-and-bare-reports-name-no-one",
    ),
    pytest.param(
        "Dmitry Peskov stated in a briefing prior to President Putin's visit to Mongolia that the warrant was not "
        "on the agenda.",
        [("indirect", "the warrant was not on the agenda", "Dmitry Peskov")],
        id="that-after-a-setting-and-a-time-before-an-event",
    ),
    pytest.param(
        "The ministry met on Monday. It was announced that the talks would resume in May. It has been widely "
        "reported that the envoy resigned. The envoy was reported to have left.",
        [("indirect", "the talks would resume in May", None), ("indirect", "the envoy resigned", None)],
        id="an-impersonal-passive-reports-with-no-named-source",
    ),
    pytest.param(
        "Mongolia exported 31.7m tonnes of coal in 2022, according to data from the Mongolian Customs General "
        "Administration. Mongolia's exports rose sharply last year, according to figures from the National "
        "Statistical Office.",
        [("indirect", "Mongolia exported 31.7m tonnes of coal in 2022", "Mongolian Customs General Administration"),
         ("indirect", "Mongolia's exports rose sharply last year", "National Statistical Office")],
        id="data-or-figures-from-a-named-body-are-the-bodys",
    ),
    pytest.param(
        "The economy expanded by 7% in 2023, Mongolia's National Statistical Office reported on February 19, "
        "eclipsing the 5% growth seen in 2022. Coal exports rose to a record, according to the statistical office.",
        [("indirect", "The economy expanded by 7% in 2023", "Mongolia's National Statistical Office"),
         ("indirect", "Coal exports rose to a record", "Mongolia's National Statistical Office")],
        id="a-participle-after-a-trailing-tag-is-the-writers-and-a-body-is-named-again-by-its-words",
    ),
    pytest.param(
        "As Ts.Buyantsogtoo put it, “Mongolia cannot afford to anger either neighbour.” In the words of one "
        "diplomat, the visit was “a slap in the face”.",
        [("direct", "Mongolia cannot afford to anger either neighbour.", "Ts.Buyantsogtoo"),
         ("direct", "a slap in the face", "one diplomat")],
        id="as-x-put-it-and-in-the-words-of-x-frame-a-quotation-like-according-to",
    ),
    pytest.param(
        "The ministry announced a demarche. This is stated in the statement of the Ministry of Foreign Affairs, UNN "
        "informs. Ukraine's Foreign Ministry said it was a blow to the court and warned that Kyiv would respond.",
        [("indirect", "it was a blow to the court", "Ministry of Foreign Affairs"),  # one body, named first so
         ("indirect", "Kyiv would respond", "Ministry of Foreign Affairs")],
        id="where-a-statement-was-made-is-no-report-and-a-second-cue-with-that-is-the-speakers-next-report",
    ),
    pytest.param(
        "Mongolia has been caught in the crossfire, a senior Mongolian official has told TRT World, arguing that "
        "the sanctions hurt. Prices have risen, an aide told NHK World.",
        [("indirect", "Mongolia has been caught in the crossfire", "a senior Mongolian official"),
         ("indirect", "the sanctions hurt", "a senior Mongolian official"),
         ("indirect", "Prices have risen", "an aide")],
        id="an-outlet-named-with-an-acronym-is-a-listener",
    ),
    pytest.param(
        "Lagos police spokesperson Dolapo Badmos said the gunmen invaded the neighbourhood but police "
        "“swiftly moved in and foiled the attack.”",
        [("indirect", "the gunmen invaded the neighbourhood but police “swiftly moved in and foiled the attack.”",
          "Dolapo Badmos"),
         ("direct", "swiftly moved in and foiled the attack.", "Dolapo Badmos")],
        id="a-name-right-before-a-fragment-in-a-report-is-what-the-report-is-about",
    ),
    pytest.param(
        "Veteran Labour MP Dame Margaret Beckett told the BBC that people around Mr Corbyn “don’t give a toss” "
        "what Labour members think.",
        [("indirect", "people around Mr Corbyn “don’t give a toss” what Labour members think", "Margaret Beckett"),
         ("direct", "don’t give a toss", "Margaret Beckett")],
        id="a-fragment-after-a-name-in-a-told-that-clause-is-the-teller-s",
    ),
    pytest.param(
        "Hiesinger freed Thyssenkrupp from “an existential crisis” and made the company fit for the future, "
        "chairman Ulrich Lehner said.",
        [("indirect", "Hiesinger freed Thyssenkrupp from “an existential crisis” and made the company fit for the future",
          "Ulrich Lehner"),
         ("direct", "an existential crisis", "Ulrich Lehner")],
        id="a-fragment-in-a-report-with-a-trailing-attribution-is-the-reporter-s",
    ),
    pytest.param(
        "“For five years you cussed out Ambani and Adani, and overnight the cussing has stopped?” Mr Modi told "
        "the crowd in Hindi, without mentioning Mr Gandhi by name.",
        [("direct", "For five years you cussed out Ambani and Adani, and overnight the cussing has stopped?", "Modi")],
        id="an-attribution-after-a-question-mark-with-its-listener",
    ),
    pytest.param(
        '"Why these accusations are not being probed?" Gandhi asked Wednesday at a party meeting in Gujarat state.',
        [("direct", "Why these accusations are not being probed?", "Gandhi")],
        id="an-attribution-after-a-question-mark-with-a-day-and-a-setting",
    ),
    pytest.param(
        "“Is this fair?” Smith told reporters the plan would fail.",
        [("direct", "Is this fair?", None), ("indirect", "the plan would fail", "Smith")],
        id="a-report-after-a-question-mark-is-no-attribution-of-it",
    ),
    pytest.param(
        "Walsh said the victim and the suspect appeared to have known each other. The suspect lived in an "
        "apartment in the building, and the victim came over to see him, he said.\n\nThe two got into an "
        "altercation, and that escalated into gunfire, he said.",
        [("indirect", "the victim and the suspect appeared to have known each other", "Walsh"),
         ("indirect", "The suspect lived in an apartment in the building, and the victim came over to see him", "Walsh"),
         ("indirect", "The two got into an altercation, and that escalated into gunfire", "Walsh")],
        id="he-closing-a-report-is-none-of-those-it-names",
    ),
    pytest.param(
        "Jeremy Corbyn has called on Cabinet Secretary Sir Mark Sedwill to rule that Boris Johnson cannot go "
        "ahead with a no-deal Brexit.\n\nHe said it would be an abuse of power.",
        [("indirect", "Cabinet Secretary Sir Mark Sedwill to rule that Boris Johnson cannot go ahead with a no-deal Brexit",
          "Jeremy Corbyn"),
         ("indirect", "it would be an abuse of power", "Jeremy Corbyn")],
        id="he-is-no-subject-of-a-that-clause-after-a-long-object",
    ),
    pytest.param(
        "Lagos (AFP) - Gunmen have shot dead four policemen in an attack outside Lagos, police said on Monday.",
        [("indirect", "Gunmen have shot dead four policemen in an attack outside Lagos", "police")],
        id="a-dateline-with-its-place-in-title-case-is-no-part-of-the-report",
    ),
    pytest.param(
        "Jones (Labor) - the new member - will serve on the committee, the party said.",
        [("indirect", "Jones (Labor) - the new member - will serve on the committee", "the party")],
        id="a-name-and-a-dash-before-lowercase-words-is-no-dateline",
    ),
    pytest.param(
        "TOKYO (Reuters) - Japan's consumer inflation may exceed 1% but will remain distant from the target, "
        "a senior Bank of Japan official said on Friday.",
        [("indirect", "Japan's consumer inflation may exceed 1% but will remain distant from the target",
          "a senior Bank of Japan official")],
        id="a-described-source-of-a-body-named-with-of",
    ),
    pytest.param(
        "Mr Umunna said he had spoken to MPs.\n\nHe told BBC Radio 4’s Today programme: “The problem there is he "
        "cannot command a majority among his own MPs.”",
        [("indirect", "he had spoken to MPs", "Umunna"),
         ("direct", "The problem there is he cannot command a majority among his own MPs.", "Umunna")],
        id="a-programme-told-before-a-colon-names-no-work",
    ),
    pytest.param(
        "“That is the lesson of this case,” Levine said in a statement. “It is why people should trust doctors,” "
        "he continued, “and not advertisements.”",
        [("direct", "That is the lesson of this case,", "Levine"),
         ("direct", "It is why people should trust doctors, and not advertisements.", "Levine")],
        id="a-quotation-interrupted-by-he-continued",
    ),
    pytest.param(
        "“We had an incredible quarter,” Cook told CNBC’s Jim Cramer on Monday.\n\n“No one else is earning "
        "anywhere near this,” he said.",
        [("direct", "We had an incredible quarter,", "Cook"), ("direct", "No one else is earning anywhere near this,", "Cook")],
        id="a-listener-after-an-outlet-s-possessive-is-no-antecedent",
    ),
    pytest.param(
        "Mr Umunna said he had spoken to MPs who “simply would not countenance” the party’s leader becoming PM."
        "\n\nHe said: “The problem is he cannot command a majority.”",
        [("indirect", "he had spoken to MPs who “simply would not countenance” the party’s leader becoming PM", "Umunna"),
         ("direct", "simply would not countenance", "Umunna"),
         ("direct", "The problem is he cannot command a majority.", "Umunna")],
        id="the-object-after-a-quoted-fragment-is-no-antecedent",
    ),
    pytest.param(
        "Labor needed to distinguish itself from the Government on asylum seekers, Greens leader Bob Brown has said.",
        [("indirect", "Labor needed to distinguish itself from the Government on asylum seekers", "Bob Brown")],
        id="a-trailing-attribution-with-has",
    ),
    pytest.param(
        "Labour MPs would not support Jeremy Corbyn being Prime Minister, Chuka Umunna has claimed.",
        [("indirect", "Labour MPs would not support Jeremy Corbyn being Prime Minister", "Chuka Umunna")],
        id="an-office-after-being-is-no-title-of-the-name-after-its-comma",
    ),
    pytest.param(
        "The company revealed in its earnings report that its revenue in China fell by 26%.",
        [("indirect", "its revenue in China fell by 26%", "The company")],
        id="a-percent-sign-ending-a-clause-is-kept",
    ),
    pytest.param(
        "The Labour MP John Woodcock, who overheard these remarks, interjected angrily: “Be honest: you are the one "
        "briefing the press.”",
        [("direct", "Be honest: you are the one briefing the press.", "John Woodcock")],
        id="a-colon-quotation-after-the-title-and-name-opening-the-sentence",
    ),
    pytest.param(
        "The man accused of trying to blow up the flight could not have acted alone, according to a British Islamic "
        "leader who knew him well.",
        [("indirect", "The man accused of trying to blow up the flight could not have acted alone",
          "a British Islamic leader")],
        id="according-to-a-source-without-its-relative-clause",
    ),
    pytest.param(
        "Paul Pogba is injured, manager Jose Mourinho said on Friday. Mourinho did not put a time scale on "
        "Pogba's return but said he was thinking about the player.",
        [("indirect", "Paul Pogba is injured", "Jose Mourinho"),
         ("indirect", "he was thinking about the player", "Jose Mourinho")],
        id="a-possessive-before-but-said-is-no-speaker",
    ),
    pytest.param(
        "The plan will fail, said a spokesperson for a local civil rights group.",
        [("indirect", "The plan will fail", "a spokesperson for a local civil rights group")],
        id="a-described-source-for-a-body-of-several-lowercase-words",
    ),
    pytest.param(
        "Security forces patrolled the capital and opposition leaders urged supporters to attend a rival rally.",
        [("indirect", "supporters to attend a rival rally", "opposition leaders")],
        id="opposition-modifies-a-described-source",
    ),
    pytest.param(
        "Cambridge Memorial Hospital has declared a retroactive outbreak after three cases of COVID-19 were linked.",
        [], id="an-object-then-a-clause-after-after-is-no-report",
    ),
    pytest.param(
        "Hamas earlier claimed responsibility for the bus ambush, the television station reported.",
        [("indirect", "Hamas earlier claimed responsibility for the bus ambush", "the television station")],
        id="an-object-then-a-comma-is-no-report-but-the-trailing-one-is",
    ),
    pytest.param(
        "Ezzedin al-Qassam, the military wing of Hamas, earlier claimed responsibility for the bus ambush, the "
        "television station run by Hezbollah reported.",
        [],
        id="an-object-before-a-comma-is-no-reported-clause",
    ),
    pytest.param(
        "Smith claimed the vote was rigged after the count ended.",
        [("indirect", "the vote was rigged after the count ended", "Smith")],
        id="a-clause-with-its-verb-before-after-is-still-a-report",
    ),
    pytest.param(
        "“This divide cannot be bridged by dialogue and compromise,” Odinga’s National Super Alliance opposition "
        "alliance said in a statement.",
        [("direct", "This divide cannot be bridged by dialogue and compromise,", "Odinga’s National Super Alliance")],
        id="a-body-named-then-described-before-the-trailing-verb",
    ),
    pytest.param(
        "Two bridges were damaged by the shelling, Anna Koval, the regional governor, said.",
        [("indirect", "Two bridges were damaged by the shelling", "Anna Koval")],
        id="trailing-name-then-appositive-before-the-verb",
    ),
    pytest.param(
        "A power line was cut near the port, the head of the city administration, Petro Lysenko, said on Monday.",
        [("indirect", "A power line was cut near the port", "Petro Lysenko")],
        id="trailing-title-then-name-set-off-by-commas",
    ),
    pytest.param(
        "Debris fell near a school, and windows were broken in a clinic, Mayor Ihor Terekhov said on the Telegram "
        "messaging app.",
        [("indirect", "Debris fell near a school, and windows were broken in a clinic", "Ihor Terekhov")],
        id="trailing-said-on-a-messaging-app",
    ),
    pytest.param(
        "The strike cut power to two villages, the governor wrote on his Facebook page.",
        [("indirect", "The strike cut power to two villages", "the governor")],
        id="trailing-wrote-on-a-social-media-page",
    ),
    pytest.param(
        "The council failed to stop the fighting, Secretary-General Ana Ruiz said on Thursday as she promised new "
        "efforts to help.",
        [("indirect", "The council failed to stop the fighting", "Ana Ruiz")],
        id="trailing-said-as-she-promised-sets-the-scene",
    ),
    pytest.param(
        "Grain exports will recover next year, Minister Oleh Marchenko said while visiting Odesa.",
        [("indirect", "Grain exports will recover next year", "Oleh Marchenko")],
        id="trailing-said-while-visiting-sets-the-scene",
    ),
    pytest.param(
        "Officials said as many as 300 people had died.",
        [("indirect", "as many as 300 people had died", "Officials")],
        id="said-as-many-as-is-what-was-said",
    ),
    pytest.param(
        "Rescuers said when they reached the house the roof had already collapsed.",
        [("indirect", "when they reached the house the roof had already collapsed", "Rescuers")],
        id="said-when-clause-without-comma-is-what-was-said",
    ),
    pytest.param(
        "The two sides have made progress in the talks, said Foreign Ministry spokeswoman Irina Volkova on Tuesday.",
        [("indirect", "The two sides have made progress in the talks", "Irina Volkova")],
        id="trailing-said-name-then-a-day",
    ),
    pytest.param(
        "The two sides have made progress in the talks, said Irina Volkova on Radio Mayak.",
        [("indirect", "The two sides have made progress in the talks", "Irina Volkova")],
        id="trailing-said-name-on-a-radio-station-named-after-its-noun",
    ),
    pytest.param(
        "The talks, said Irina Volkova on Tuesday, were useful.",
        [("indirect", "The talks were useful", "Irina Volkova")],
        id="parenthetical-said-name-then-a-day",
    ),
    pytest.param(
        "The embassy has dismissed as \"a crude fabrication\" a report that quoted the ambassador as telling "
        "officials that the base would close.",
        [("direct", "a crude fabrication", "The embassy"), ("indirect", "the base would close", "the ambassador")],
        id="fragment-run-through-by-the-writers-words-is-not-the-quoted-persons",
    ),
    pytest.param(
        "\"We will not give up\" the state broadcaster quoted one villager as saying.",
        [("direct", "We will not give up", "one villager")],
        id="quotation-opening-a-sentence-then-quoted-as-saying",
    ),
    pytest.param(
        "On the question of guarantees, Olga Marchuk described the issue as \"very hard,\" stressing that talks "
        "were still going on.",
        [("indirect", "talks were still going on", "Olga Marchuk")],
        id="participle-after-a-short-fragment-reports-for-the-clauses-subject",
    ),
    pytest.param(
        "After the envoy said on Friday that \"the sanctions are unfair to everyone\" and that \"talks are the only "
        "way forward,\" ministry spokesperson Wang Lei said that the remarks were false.",
        [("direct", "the sanctions are unfair to everyone", "the envoy"),
         ("direct", "talks are the only way forward,", "the envoy"),
         ("indirect", "the remarks were false", "Wang Lei")],
        id="verb-with-its-own-that-clause-after-a-quotation-does-not-tag-it",
    ),
    pytest.param(
        "In the south, according to the regional governor, two bridges were destroyed overnight.",
        [("indirect", "two bridges were destroyed overnight", "the regional governor")],
        id="according-to-after-a-writers-lead-in",
    ),
    pytest.param(
        "For example, according to Minister Olena Sas, the main goal is \"no strikes on power plants.\"",
        [("indirect", "the main goal is \"no strikes on power plants.\"", "Olena Sas"),
         ("direct", "no strikes on power plants.", "Olena Sas")],
        id="according-to-after-a-lead-in-frames-the-quotation-too",
    ),
    pytest.param(
        "The health ministry said at least 14 people were injured, adding that two were in a serious condition.",
        [("indirect", "at least 14 people were injured", "The health ministry"),
         ("indirect", "two were in a serious condition", "The health ministry")],
        id="clause-from-at-least-ends-before-adding-that",
    ),
    pytest.param(
        "The envoy reported that after the summit, both sides had agreed to keep talking.",
        [("indirect", "after the summit, both sides had agreed to keep talking", "The envoy")],
        id="clause-opening-with-a-phrase-of-time-goes-past-its-comma",
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_quotes_table(extractor, text, expected):
    found = [(q.type, q.text, q.speaker) for q in quotes_of(extractor, text).quotes]
    assert found == expected


def test_unbalanced_mark_keeps_the_rest_of_the_document(extractor):
    text = "He said “it is over and then left.\nThe envoy said: “We will return next spring.”"
    quotes = quotes_of(extractor, text).quotes
    assert [(q.text, q.speaker) for q in quotes] == [("We will return next spring.", "The envoy")]


def test_quotation_over_paragraphs_is_one_record(extractor):
    text = (
        "“The first part of the statement runs to the end of this paragraph.\n\n"
        "“And the second paragraph closes it,” the ambassador said.\n"
    )
    (quote,) = quotes_of(extractor, text).quotes
    assert quote.text == (
        "The first part of the statement runs to the end of this paragraph. And the second paragraph closes it,"
    )
    assert quote.speaker == "the ambassador"
    assert len(quote.sources[0].spans) == 2


def test_nested_curly_marks_stay_inside_the_quotation():
    text = "“We pursued a policy of “suspension” at the UN,” he said."
    ((pieces, open_at, close_at),) = scan_quotations(text)
    assert text[pieces[0][0]:pieces[0][1]] == "We pursued a policy of “suspension” at the UN,"
    assert (open_at, close_at) == (0, text.index(",”") + 1)


def test_extra_spaces_inside_a_line_do_not_break_a_speaker(extractor):
    text = "“The interim government will be installed next week,” said a western  diplomat among the observers."
    (quote,) = quotes_of(extractor, text).quotes
    assert quote.speaker == "a western diplomat"


def test_pronoun_and_surname_resolve_to_the_named_speaker(extractor):
    text = (
        "Meanwhile, Ts.Buyantsogtoo, Director of the Institute for Strategic Studies, said the policy must stay neutral.\n"
        "He blamed the opposition for the crisis.\n"
        "Buyantsogtoo said talks would continue."
    )
    result = quotes_of(extractor, text)
    assert {q.speaker for q in result.quotes} == {"Ts.Buyantsogtoo"}
    (speaker,) = result.speakers
    assert speaker.name == "Ts.Buyantsogtoo"
    assert speaker.role == "Director of the Institute for Strategic Studies"
    assert speaker.quotes == 3
    assert "Buyantsogtoo" in speaker.aliases


@pytest.mark.parametrize(
    "text",
    [
        # a person after a preposition is no subject, but the subject of the relative clause after it is
        "The mood was typified by Britain's Queen Elizabeth II, who said 2001 brought many people trials. "
        "“The attacks brought home to us the grief of ordinary people,” she said.",
        "Australian paceman Glenn McGrath, who has two wickets, says the catch is typical of the team. "
        "“In the series so far there's been some great catches,” he said.",
        # a lower-case word before a name makes it an object, but not when the name is the verb's subject
        "On the first day of hearings, royal commissioner Justice Neville Owen warned the parties not to talk. "
        "He told the commission the company did not plan for future claims.",
        "Nutrition Australia dietitian Rachael Bradford says the results are not surprising. "
        "She says children need to look at lifestyle.",
    ],
)
def test_pronoun_refers_to_a_subject_named_after_a_lower_case_word(extractor, text):
    quotes = quotes_of(extractor, text).quotes
    assert len(quotes) == 2 and quotes[0].speaker is not None and quotes[1].speaker == quotes[0].speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("John Smith spoke at length. He went on to say that the economy was strong.",
         [("the economy was strong", "John Smith")]),
        ("Walter Kansteiner, the assistant secretary of state, went on to blame Mr Mugabe's policies for the famine.",
         [("Mr Mugabe's policies for the famine", "Walter Kansteiner")]),
        ("The minister was quick to point out that the law had changed.", [("the law had changed", "The minister")]),
        # an infinitive after a wish or a refusal reports nothing
        ("The minister wants to say that the plan works.", []),
        ("He refused to say whether the plan works.", []),
    ],
)
def test_an_infinitive_that_still_reports(extractor, text, expected):
    assert [(q.text, q.speaker) for q in quotes_of(extractor, text).quotes] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Former ambassador Abdul Salam Zaeef told CNN in a telephone interview the deal was done. He insisted that "
        "the Taliban would not surrender to Hamid Karzai, the new Afghan interim leader and a Pashtun elder who has "
        "been cooperating with the United States to calm unrest among the southern tribes. "
        "“The Taliban will surrender to elders, not to Karzai,” he said.",
    ],
)
def test_a_nationality_before_a_role_noun_describes_no_name(extractor, text):
    assert {q.speaker for q in quotes_of(extractor, text).quotes} == {"Abdul Salam Zaeef"}


def test_a_pronoun_with_its_own_verb_is_not_whom_the_report_was_about(extractor):
    text = ("Lieutenant-General Peter Cosgrove has confirmed an Australian man served with the Army. Lieutenant-General "
            "Cosgrove says the man was discharged from the Army, but he says he will not comment on the circumstances.")
    assert [q.speaker for q in quotes_of(extractor, text).quotes] == ["Peter Cosgrove", "Peter Cosgrove"]


def test_a_title_runs_back_over_an_organisation_and_its_place(extractor):
    text = ("The former chief weapons inspector for the United Nations in Iraq, Richard Butler, told ABC Radio he "
            "believes the claims could be true.")
    (quote,) = quotes_of(extractor, text).quotes
    assert (quote.speaker, quote.speaker_role) == ("Richard Butler", "former chief weapons inspector for the United Nations in Iraq")


def test_a_noun_after_a_nationality_describes_the_name_after_it(extractor):
    text = ("Shane Warne says he wants a new batsman. Australian paceman Glenn McGrath begs to differ. "
            "He believes he will return to his best against South Africa.")
    assert [q.speaker for q in quotes_of(extractor, text).quotes] == ["Shane Warne", "Glenn McGrath"]


def test_role_noun_refers_back_to_the_person_with_that_role(extractor):
    text = (
        "E.Odbayar, a researcher at the National University, said the vote was rigged.\n"
        "“We have evidence of it,” the researcher added."
    )
    assert [q.speaker for q in quotes_of(extractor, text).quotes] == ["E.Odbayar", "E.Odbayar"]


def test_an_epithet_of_a_bodys_chief_refers_back_to_the_holder_of_its_title(extractor):
    text = (
        "UN Secretary-General Maria Santos flew to Kyiv on Friday. The Secretary-General said the council had failed.\n"
        "“We will not give up,” the UN chief told reporters.\n"
        "NATO Secretary General Jan Berg arrived later. “We stand together,” the NATO chief said."
    )
    assert [q.speaker for q in quotes_of(extractor, text).quotes] == ["Maria Santos", "Maria Santos", "Jan Berg"]


def test_an_epithet_of_a_bodys_chief_with_no_holder_named_stays_described(extractor):
    text = "“We will not give up,” the UN chief told reporters."
    assert [q.speaker for q in quotes_of(extractor, text).quotes] == ["the UN chief"]


def test_a_nationality_and_title_refer_back_to_a_holder_named_with_the_countrys_possessive(extractor):
    text = (
        "Ukraine's president, Petro Bondar, visited the front. “This is a war crime,” the Ukrainian president wrote.\n"
        "China's foreign minister, Li Ming, met his counterpart. The Chinese foreign minister said ties were strong."
    )
    assert [q.speaker for q in quotes_of(extractor, text).quotes] == ["Petro Bondar", "Li Ming"]


def test_a_nationality_and_title_do_not_refer_back_to_another_countrys_holder(extractor):
    text = "Russia's president, Ivan Sokolov, spoke on Monday. The Ukrainian president said he would not meet him."
    assert [q.speaker for q in quotes_of(extractor, text).quotes] == ["The Ukrainian president"]


def test_a_nationality_and_leader_refer_back_to_that_countrys_head(extractor):
    text = (
        "Russian President Ivan Sokolov met officials. The Russian leader said the operation would go on.\n"
        "Japan's prime minister, Kenji Mori, spoke on Monday. The Japanese leader said the tariffs were unfair."
    )
    assert [q.speaker for q in quotes_of(extractor, text).quotes] == ["Ivan Sokolov", "Kenji Mori"]


def test_a_nationality_and_leader_do_not_refer_back_to_another_countrys_head(extractor):
    text = "Russian President Ivan Sokolov met officials. The Ukrainian leader said he would not meet him."
    assert [q.speaker for q in quotes_of(extractor, text).quotes] == ["The Ukrainian leader"]


def test_a_surname_ending_tells_which_pronoun_refers_to_it(extractor):
    text = (
        "Sokolov told reporters the talks were over.\n"
        "Petrova told a briefing that the West was to blame. “This is unacceptable,” she said. “We will respond,” he said."
    )
    assert [q.speaker for q in quotes_of(extractor, text).quotes] == ["Sokolov", "Petrova", "Petrova", "Sokolov"]


def test_a_man_named_by_surname_alone_is_not_the_she_of_the_next_quotation(extractor):
    text = "Sokolov told reporters the talks were over.\n“It is a very hard time,” she told the broadcaster."
    assert [q.speaker for q in quotes_of(extractor, text).quotes] == ["Sokolov", None]


def test_a_role_noun_refers_back_to_the_holder_last_a_subject_not_one_named_since_in_passing(extractor):
    text = (
        "Mongolian Foreign Minister Damdin Tsogtbaatar said his visit went well. He praised his meeting with "
        "Chinese Foreign Minister Wang Yi. The minister said that Mongolia wants more railways."
    )
    assert [q.speaker for q in quotes_of(extractor, text).quotes] == ["Damdin Tsogtbaatar", "Damdin Tsogtbaatar"]


def test_a_plural_described_source_is_not_a_singular_one_named_before(extractor):
    text = (
        "The Minister of Food, Agriculture and Light Industry visited Russia with the foreign minister. "
        "The ministers noted that the talks went well."
    )
    assert [q.speaker for q in quotes_of(extractor, text).quotes] == ["The ministers"]


@pytest.mark.parametrize(
    ("mention", "speaker"),
    [("the prime minister", "L. Oyun-Erdene"), ("the minister", "L. Oyun-Erdene"),
     ("the foreign minister", "the foreign minister")],
)
def test_a_role_noun_refers_back_only_to_a_person_whose_role_has_all_its_words(extractor, mention, speaker):
    text = (
        "Prime Minister L. Oyun-Erdene said the talks were productive.\n"
        f"“We will not take sides,” {mention} told journalists."
    )
    assert [q.speaker for q in quotes_of(extractor, text).quotes] == ["L. Oyun-Erdene", speaker]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Ts. Buyantsogt, a researcher at the Institute for Strategic Studies, said: "We have to look at both sides."',
         "Ts. Buyantsogt"),
        ("Former President Kh. Battulga said the vote had been rigged.", "Kh. Battulga"),
        ("Ch. Saikhanbileg, a former prime minister, said the mine would reopen.", "Ch. Saikhanbileg"),
        ("Ts.Elbegdorj said the mine would reopen.", "Ts.Elbegdorj"),
    ],
)
def test_a_two_letter_patronymic_initial_before_the_name_is_part_of_it(extractor, text, name):
    (speaker,) = quotes_of(extractor, text).speakers
    assert (speaker.name, speaker.kind) == (name, "person")


def test_role_from_preceding_title(extractor):
    text = "Former Mongolian foreign minister L. Erdenechuluun said the talks had failed."
    (speaker,) = quotes_of(extractor, text).speakers
    assert (speaker.name, speaker.role, speaker.kind) == ("L. Erdenechuluun", "Former Mongolian foreign minister", "person")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("John Smith, 45, a teacher, said the strike would continue.", "a teacher"),
        ("Anna Petrova, a farmer in the Gobi, said the winter was the worst in decades.", "a farmer in the Gobi"),
        ("Ganbold, 45, a herder from Arkhangai province, said the winter was hard.", "a herder from Arkhangai province"),
        ("Sarah Johnson, a climate scientist at the University of Leeds who has studied the region, said it was hot.",
         "a climate scientist at the University of Leeds"),
        ("John Smith, a week after the vote, said the strike would continue.", None),  # a time, no role
    ],
)
def test_role_from_an_appositive_after_the_name(extractor, text, role):
    (speaker,) = quotes_of(extractor, text).speakers
    assert speaker.role == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Senate Majority Leader Chuck Schumer said the bill would pass.", "Chuck Schumer", "Senate Majority Leader"),
        ("Chief financial officer Mark Ellis said margins would improve.", "Mark Ellis", "Chief financial officer"),
        ("The housing secretary, Angela Rayner, said the target would be met.", "Angela Rayner", "housing secretary"),
        ("The UN's humanitarian chief, Martin Griffiths, said aid was blocked.", "Martin Griffiths", "UN's humanitarian chief"),
        ("Kim Jong Un said the missile test was a success.", "Kim Jong Un", None),
        ("Local business owner Priya Patel said trade was up.", "Priya Patel", "Local business owner"),
        ("Local resident Peter Walsh said the roof went.", "Peter Walsh", "Local resident"),
        ("Commissioner Phil Koperberg said the fire was contained.", "Phil Koperberg", "Commissioner"),
        ("Federal Treasurer Peter Costello says growth will slow.", "Peter Costello", "Federal Treasurer"),
        ("Lieutenant-General Peter Cosgrove said troops would stay.", "Peter Cosgrove", "Lieutenant-General"),
        ("But Mr Howard says the plan will work.", "Howard", None),  # no "But", and an honorific is no role
        ("Sir Peter Blake said the race was won.", "Peter Blake", None),
        # a name and its verb before the title are no part of it
        ("General Suharto briefed US president Gerald Ford, who said he would not press him.", "Gerald Ford",
         "US president"),
    ],
)
def test_title_words_inside_or_before_a_name_are_its_role(extractor, text, name, role):
    (speaker,) = quotes_of(extractor, text).speakers
    assert (speaker.name, speaker.role, speaker.kind) == (name, role, "person")


@pytest.mark.parametrize("text", ["The UN said the ceasefire must hold.", "The EU said the ceasefire must hold."])
def test_an_acronym_in_capitals_is_an_organisation(extractor, text):
    (speaker,) = quotes_of(extractor, text).speakers
    assert speaker.kind == "organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("India said the attack was planned abroad.", "India"),
        ("India has accused its neighbour of harbouring the gunmen.", "India"),
        ("“We will respond,” the United States warned.", "United States"),
    ],
)
def test_a_country_that_speaks_is_an_organisation(extractor, text, name):
    (speaker,) = quotes_of(extractor, text).speakers
    assert (speaker.name, speaker.kind) == (name, "organization")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("While the winds ease, the weather bureau says temperatures will be higher.", "the weather bureau"),
        ("The unions claim 90 per cent of the workforce voted against the offer.", "The unions"),
        ("Local commanders have warned they will shoot any villager who shelters them.", "Local commanders"),
        ("The US administration said it had no clue where he was.", "The US administration"),
        # ...past a sentence adverb between commas
        ("The Palestinian leadership, meanwhile, appealed for intervention from the Security Council.",
         "The Palestinian leadership"),
        ("The Indonesian military, however, says the rebels were armed.", "The Indonesian military"),
        # ...with hyphenated modifiers, which name no one ("Pakistan-based" is no Pakistan)
        ("Anti-Taliban fighters say they have captured key areas of Tora Bora.", "Anti-Taliban fighters"),
        ("The Pakistan-based news agency said US jets had bombed the village.", "agency"),
    ],
)
def test_a_common_noun_subject_of_a_reporting_verb_is_a_described_source(extractor, text, speaker):
    assert [q.speaker for q in quotes_of(extractor, text).quotes] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "The report, which officials said was late, was published.",  # a verb's object, no subject before it
        "He quickly said the vote was over.",  # an adverb is no noun
    ],
)
def test_no_described_source_from_words_that_are_no_subject(extractor, text):
    assert all(s.rule != "role-subject" for s in quotes_of(extractor, text).speakers)


def test_a_conjunction_opening_the_sentence_is_no_part_of_a_described_source(extractor):
    quotes = quotes_of(extractor, "But UN diplomats said the vote would be delayed.").quotes
    assert [q.speaker for q in quotes] == ["UN diplomats"]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Chinese President Xi Jinping and Indian Prime Minister Narendra Modi met. Modi told reporters that peace on "
         "the border mattered.", "Narendra Modi", "Indian Prime Minister"),
        # the other's office ends in a role noun that is no title
        ("A delegation led by Aid Coordinator Jane Fell and High Commissioner for Refugees Ivo Marsh arrived. Marsh "
         "said that the camps were full.", "Ivo Marsh", "High Commissioner for Refugees"),
    ],
)
def test_a_title_before_a_name_stops_at_another_name(extractor, text, name, role):
    (speaker,) = quotes_of(extractor, text).speakers
    assert (speaker.name, speaker.role) == (name, role)


def test_only_quoted_speakers_are_listed(extractor):
    text = "Vladimir Putin arrived in Ulaanbaatar. Ukraine's Foreign Ministry said the visit was a blow to the court."
    names = [s.name for s in quotes_of(extractor, text).speakers]
    assert names == ["Ukraine's Foreign Ministry"]



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a finished quotation, then a sentence with its own report: both stand
        ('The minister spoke for an hour. "We have to pay for that." The Green Party says the minister must '
         'name the projects that will be cut.',
         [("direct", None), ("indirect", "Green Party")]),
        ('"It is a sad day for the town." Mayor Ann Price said the factory would close in March.',
         [("direct", None), ("indirect", "Ann Price")]),
        # a comma before the closing mark: the next words are the quotation's tag
        ('"It is a sad day for the town," Mayor Ann Price said on Monday.', [("direct", "Ann Price")]),
    ],
)
def test_a_report_after_a_finished_quotation_is_its_own(extractor, text, expected):
    assert [(q.type, q.speaker) for q in quotes_of(extractor, text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a participle after a comma reports for the sentence's opening noun phrase
        ("Unions are also worried, saying staff at the depots are not trained to cope.", "Unions"),
        ("Norway defended itself against criticism of its oil fund, saying attempts to mix trade and politics "
         "were misguided.", "Norway"),
        ("Okafor rejected the offer, saying it was far too low for a player of his age.", "Okafor"),
        # ...past a short opening phrase, and a name after the verb
        ("At the same time, the Bush administration is stepping up the pressure on Mr Arafat, saying he must do more.",
         "the Bush administration"),
        ("Meanwhile, Hamas has defied the state of emergency and called for more attacks against Israel.", "Hamas"),
        # ...not a phrase with a preposition inside, which is no clause subject here
        ("Columns of armed men have been seen moving toward the town, suggesting an attack is near.", None),
    ],
)
def test_a_participle_reports_for_the_sentence_subject(extractor, text, speaker):
    assert [q.speaker for q in quotes_of(extractor, text).quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stray comma between a subject opening its sentence and the verb
        ("Bank of Fiji's acting managing director Ana Roko, says the economy can avoid a slump.",
         [("Ana Roko", "Bank of Fiji's acting managing director")]),
        # a claim that is a participle's object is someone else's: no report by the subject
        ("The former chief executive has denied claims he misled the board about the debts.", []),
        # a passive participle with its agent reports nothing, nor does a claim of an amount
        ("The Saudi-born Islamist accused by Washington of ordering the attacks appeared isolated.", []),
        ("Fighting between Muslims and Christians has claimed hundreds of lives in the last two years.", []),
        # a participle after a preposition is an adjective: no report
        ("The bowler faces a ban after being charged over alleged misconduct during the match.", []),
        ("Groups want him to explain how he handled claims of alleged abuse at the school.", []),
        # "that" with its verb after the verb's object is a relative pronoun, not a reported clause
        ("Agents searching his property found the warheads stored in crates that were marked as tools.", []),
        ("Detectives have asked the Ombudsman to investigate the taskforce that is examining the claims.", []),
        # a participle reports for its clause's subject, not for a possessor just before it
        ("A spokeswoman has rejected suggestions that 500 inmates are to be moved to Port Kembla's Harbour centre "
         "next month saying there is room for another 500 people.", [("A spokeswoman", None)]),
    ],
)
def test_subjects_past_commas_objects_and_possessors(extractor, text, expected):
    quotes = quotes_of(extractor, text).quotes
    assert [(q.speaker, q.speaker_role) for q in quotes] == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a cue word in -s right before a reporting verb is its subject noun, not a verb
        ("Preliminary reports suggested a sacked worker might be behind the shooting.", "Preliminary reports"),
        ("Some reports said the boat resembled a fishing trawler from the north.", "Some reports"),
    ],
)
def test_a_cue_noun_before_the_verb_is_the_subject(extractor, text, speaker):
    assert [q.speaker for q in quotes_of(extractor, text).quotes] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # a possessive is no word of its own: two words are no quotation
        'The protesters regard themselves as the vanguard of a "women\'s rights" movement and say that their '
        'march will be remembered.',
        # a title-cased song or book title with the comma a US style puts inside the marks
        'The crowd heard a recording of "Here Comes Tomorrow," her biggest solo hit, before the speeches.',
    ],
)
def test_possessives_and_titles_with_a_comma_are_no_quotations(extractor, text):
    assert [q for q in quotes_of(extractor, text).quotes if q.type == "direct"] == []

# Golden checks on the bundled seeds: every quote of these documents, with speaker.
SEED_QUOTES = {
    "000_6c0b970ec3bab91c.txt": [
        ("indirect", "Mongolia’s Democratic Party"),
        ("indirect", None),
        ("indirect", "E.Odbayar"),
        ("indirect", "E.Odbayar"),
        ("indirect", "Ts.Buyantsogtoo"),
        ("indirect", "Ts.Buyantsogtoo"),
        ("direct", "Ts.Buyantsogtoo"),
        ("indirect", "S.Bayasgalan"),
        ("direct", "S.Bayasgalan"),
        ("indirect", "S.Bayasgalan"),
    ],
    "003_85f09876b45ef4a3.txt": [],
}


@pytest.mark.parametrize("name", sorted(SEED_QUOTES))
def test_seed_quotes_golden(seed_results, name):
    assert [(q.type, q.speaker) for q in seed_results[name].quotes] == SEED_QUOTES[name]


def test_seed_scare_quotes_are_not_quotes(seed_results):
    texts = [q.text for r in seed_results.values() for q in r.quotes if q.type == "direct"]
    for scare in ("suspension", "Balancing", "third neighbor", "core partner.", "No War,", "permanent neutrality"):
        assert not any(t.strip(" ,.") == scare.strip(" ,.") for t in texts), scare


def test_seed_speakers(seed_results):
    speakers = {s.name: s for r in seed_results.values() for s in r.speakers}
    assert speakers["E. Bat-Uul"].role == "former mayor of Ulaanbaatar and major longtime member of the Democratic Party"
    assert speakers["S.Bayasgalan"].role == (
        "Associate Professor of International Relations, National University of Mongolia"
    )
    assert speakers["one Mongolian government spokesperson"].kind == "role"
    assert speakers["Russian Embassy"].kind == "organization"


# Reporting verbs with other senses, listeners, reports inside reports: (text, [(type, quote text, speaker)]).
SENSE_CASES = [
    # "add" with an amount for object adds runs, money or jobs: no speech
    pytest.param("After resuming at 3 for 89, the tourists looked to be cruising as Jacques Kallis and Neil McKenzie "
                 "added 72 without loss.", [], id="add-runs-without"),
    pytest.param("Credit Suisse analysts predict Chief Executive Tim Sloan will add $1.5 billion to his January "
                 "pledge to eliminate $2 billion of expenses.",
                 [("indirect", "Chief Executive Tim Sloan will add $1.5 billion to his January pledge to eliminate "
                   "$2 billion of expenses", "Credit Suisse analysts")], id="add-money-to"),  # what "predict" reports
    pytest.param("England batsman Michael Vaughan added 113 for the fourth wicket with Graham Thorpe.", [],
                 id="add-runs-for"),
    # ...after a modal, whatever follows the amount
    pytest.param("The new smelter will add 500 jobs over the next two years.", [], id="add-jobs-after-modal"),
    pytest.param("The tax could also add about 2 per cent in costs for small business.", [], id="add-about-after-modal"),
    # a past form after "quoting" or "citing" is an adjective, no reporting verb
    pytest.param("The news agency, quoting informed sources, said US jets had bombed the village.",
                 [("indirect", "US jets had bombed the village", "The news agency")], id="quoting-informed-sources"),
    # a past form after an article is a noun or adjective, no verb of a clause: the cue has an object
    pytest.param("Seles recovered quickly, claiming the set after snatching four games in a row.", [], id="claim-the-set"),
    # a passive participle of an object cue before a preposition reports nothing
    pytest.param("The deal sets up an interim government, to be followed by elections called for in two years.", [],
                 id="called-for-passive"),
    # ...but an amount that opens the clause added is reported
    pytest.param("The minister added 20 to 30 people had died in the fighting.",
                 [("indirect", "20 to 30 people had died in the fighting", "The minister")], id="add-range-clause"),
    pytest.param("Smith added 60 per cent of voters support the plan.",
                 [("indirect", "60 per cent of voters support the plan", "Smith")], id="add-share-clause"),
    pytest.param("Smith added the plan works well.", [("indirect", "the plan works well", "Smith")], id="add-clause"),
    # a finding verb takes a quotation as its object: its words are the reporter's speaker's, not the finding's subject's
    pytest.param('Egypt\'s Foreign Minister Sameh Shoukri said neither Israel nor Hamas had shown "enough willingness to '
                 'negotiate" to end the fighting.',
                 [("indirect", 'neither Israel nor Hamas had shown "enough willingness to negotiate" to end the fighting',
                   "Sameh Shoukri"), ("direct", "enough willingness to negotiate", "Sameh Shoukri")], id="shown-quoted-object"),
    # a second source's tag closing the sentence is no part of the first speaker's clause, nor takes it over
    pytest.param("Gaza health officials said the school was hit twice, UNICEF said.",
                 [("indirect", "the school was hit twice", "Gaza health officials")], id="second-source-tag"),
    pytest.param("US envoy Anthony Zinni told Mr Arafat he had 48 hours to make progress or he would return to "
                 "Washington, an Israeli official said on Tuesday.",
                 [("indirect", "he had 48 hours to make progress or he would return to Washington", "Anthony Zinni")],
                 id="second-source-tag-after-listener"),
    pytest.param("Police said two men were arrested, a senior United Nations official said on Friday, adding that "
                 "the camp was safe.",
                 [("indirect", "two men were arrested", "Police"),
                  ("indirect", "the camp was safe", "a senior United Nations official")], id="second-source-tag-adding"),
    # a preposition rounding an amount opens the reported clause's subject
    pytest.param("Officials said many Palestinians had been killed, UNICEF said at least 300 of them were children.",
                 [("indirect", "many Palestinians had been killed", "Officials"),
                  ("indirect", "at least 300 of them were children", "UNICEF")], id="said-at-least"),
    pytest.param("The Transport Workers Union says about 16,000 workers and their families are facing a bleak "
                 "Christmas.",
                 [("indirect", "about 16,000 workers and their families are facing a bleak Christmas",
                   "Transport Workers Union")], id="says-about-amount"),
    pytest.param("Floods have claimed at least eight lives and left thousands of people homeless.", [],
                 id="claimed-at-least-lives"),
    # reporting verbs of tone: a tag like "said"
    pytest.param('"We are furious about this decision," the coach fumed after the match.',
                 [("direct", "We are furious about this decision,", "the coach")], id="fumed-tag"),
    pytest.param('"Maybe we should have stayed home," Smith mused.',
                 [("direct", "Maybe we should have stayed home,", "Smith")], id="mused-tag"),
    pytest.param('"That is simply not true," the senator scoffed on Tuesday.',
                 [("direct", "That is simply not true,", "the senator")], id="scoffed-tag"),
    pytest.param("The coach fumed that the referee had cost his side the game.",
                 [("indirect", "the referee had cost his side the game", "The coach")], id="fumed-that"),
    pytest.param("The minister confided that the talks had stalled weeks ago.",
                 [("indirect", "the talks had stalled weeks ago", "The minister")], id="confided-that"),
    pytest.param("Residents recounted how the water rose within minutes.", [], id="recounted-how"),
    # "reported/quoted X as saying": X speaks, past an appositive or lowercase modifiers
    pytest.param("AFP reported the sponsors, PR company Jour J, as saying he was killed while leading an expedition.",
                 [("indirect", "he was killed while leading an expedition", "the sponsors")], id="reported-as-saying"),
    pytest.param("The Hindustan Times newspaper has also quoted unidentified officials as saying the suspect admitted "
                 "during questioning he had trained in Australia.",
                 [("indirect", "the suspect admitted during questioning he had trained in Australia", "officials")],
                 id="quoted-modified-source-as-saying"),
    pytest.param("The newspaper quoted officials as saying the talks had failed.",
                 [("indirect", "the talks had failed", "officials")], id="quoted-plain-source-as-saying"),
    # "warned <listener> about/of/against <noun phrase>": a topic, no reported clause
    pytest.param("The Prime Minister warned US president George W Bush about the plan during the summit in Sydney.", [],
                 id="warned-listener-about"),
    pytest.param("The Prime Minister warned the United States against a hasty withdrawal from the region.", [],
                 id="warned-listener-against"),
    pytest.param("The defence minister cautioned Beijing over further military exercises near Taiwan.", [],
                 id="cautioned-listener-over"),
    pytest.param("The Prime Minister warned the cost of the war would rise.",
                 [("indirect", "the cost of the war would rise", "The Prime Minister")], id="warned-clause-with-of"),
    pytest.param('The minister said the audit found "serious failings in record keeping" at the agency.',
                 [("indirect", 'the audit found "serious failings in record keeping" at the agency', "The minister"),
                  ("direct", "serious failings in record keeping", "The minister")], id="found-quoted-object"),
]


@pytest.mark.parametrize("text, expected", SENSE_CASES)
def test_reporting_verbs_in_other_senses(extractor, text, expected):
    found = [(q.type, q.text, q.speaker) for q in quotes_of(extractor, text).quotes]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The owner said prices rose 5%.", "prices rose 5%"),
        ("Prices rose by 5%, the owner said.", "Prices rose by 5%"),
        ("The council said the new bridge cost $5m (£4m).", "the new bridge cost $5m (£4m)"),
        ("The bureau said the temperature reached 40°.", "the temperature reached 40°"),
        # punctuation after the clause still goes
        ("The bureau said the storm had passed.", "the storm had passed"),
        ("The bureau said the storm had passed. (AP)", "the storm had passed"),
    ],
)
def test_a_reported_clause_keeps_the_marks_of_its_last_words(extractor, text, expected):
    (quote,) = quotes_of(extractor, text).quotes
    source = quote.sources[0]
    assert quote.text == expected == text[source.start:source.end]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quotation that is the whole of what was said, then only when or where: the quotation alone
        ('The minister said “we will win this war,” on Monday.', [("direct", "we will win this war,")]),
        ('The minister said "we will win this war," in a statement on Monday.', [("direct", "we will win this war,")]),
        # a quoted fragment the clause goes on after: both
        ('The minister said “all necessary measures” were being taken.',
         [("indirect", "“all necessary measures” were being taken"), ("direct", "all necessary measures")]),
    ],
)
def test_a_quotation_followed_by_its_setting_is_no_reported_clause(extractor, text, expected):
    assert [(q.type, q.text) for q in quotes_of(extractor, text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        # a name, then the body it works for after "of"/"from"/"with" and "the"
        ('"The river will crest tonight," Dana Whitfield of the Red Cross said.', "Dana Whitfield", "Red Cross"),
        ('"Roads stay closed until noon," Sergeant Paul Okafor with the Ohio State Highway Patrol said Friday.',
         "Paul Okafor", "Sergeant with the Ohio State Highway Patrol"),
        # a relative's appositive between the name and the verb
        ('"Come home, we miss you," Lena Marie Brandt, his 19-year-old sister, wrote in a post.', "Lena Marie Brandt", None),
        ('"He never came back," Tom Varga, her neighbour, told the court.', "Tom Varga", None),
        # a hyphenated modifier in the title before the name
        ('"The wreck lies in shallow water," Coast Guard search-and-rescue chief Ivan Petrov said.', "Ivan Petrov",
         "Coast Guard search-and-rescue chief"),
        # a described profession with no closing comma before the verb
        ('"The current runs east," Anna de Vries, a physical oceanographer at the University of Bergen told AFP.',
         "Anna de Vries", "a physical oceanographer at the University of Bergen"),
        # a source that quotes, in the present tense
        ('Maria Ruiz Ortega was arrested on Monday. "I regret nothing," local papers quote Ruiz as saying.',
         "Maria Ruiz Ortega", None),
        ('"We sold out by noon," says the guy, a clerk at the store.', "the guy", None),
    ],
)
def test_speaker_phrases_after_a_quotation(extractor, text, speaker, role):
    quote = next(q for q in quotes_of(extractor, text).quotes if q.type == "direct")
    assert (quote.speaker, quote.speaker_role) == (speaker, role)


def test_a_surname_with_its_particle_after_the_verb_is_the_named_speaker(extractor):
    text = ('"The sea is shallow there," Anna de Vries, an oceanographer, told AFP. '
            '"They may spot the plane," said de Vries, noting that light reaches the bottom.')
    found = [(q.type, q.speaker) for q in quotes_of(extractor, text).quotes]
    assert found == [("direct", "Anna de Vries"), ("direct", "Anna de Vries"), ("indirect", "Anna de Vries")]


def test_a_hyphenated_modifier_opening_the_attribution_leads_to_the_speaker(extractor):
    (quote,) = quotes_of(extractor, '"The wreck lies in shallow water," search-and-rescue chief Ivan Petrov said.').quotes
    assert quote.speaker == "Ivan Petrov"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "add" with a plain object is no speech; with a clause it still reports
        ("The bakery has added about 40 jobs to its payroll since March.", []),
        ("Ms Ortiz added the new ovens would arrive in May.",
         [("indirect", "the new ovens would arrive in May", "Ortiz")]),
        # a participle that is an adjective before a role and a name
        ("Fans cheered, among them noted economist Marco Pierre.", []),
        # a question about what someone said reports nothing
        ("So what did Okafor say after the final whistle?", []),
        ("Did the coach say when the striker would return?", []),
    ],
)
def test_reporting_verbs_that_report_nothing_here(extractor, text, expected):
    assert [(q.type, q.text, q.speaker) for q in quotes_of(extractor, text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "told" a listener, no "that": a long subject before the clause's auxiliary
        ("Okafor, head of the state flood agency, told local radio the stretch of road between the two bridges "
         "would be closed.", "the stretch of road between the two bridges would be closed"),
        # ... and a hyphenated word in it
        ("Brandt told Bloomberg the sell-off had gone too far.", "the sell-off had gone too far"),
    ],
)
def test_a_clause_told_without_that(extractor, text, expected):
    assert [q.text for q in quotes_of(extractor, text).quotes if q.type == "indirect"] == [expected]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The health ministry issued a statement saying the clinics would reopen on Monday.", "The health ministry"),
        ('Acme Corp released a short statement saying, "We regret the delay."', "Acme Corp"),
        ("The city council put out a statement saying the vote was void.", "The city council"),
    ],
)
def test_a_statement_issued_by_a_subject_speaks_for_it(extractor, text, speaker):
    (quote,) = quotes_of(extractor, text).quotes
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The former governor agreed, but laid blame on the council: "They ignored every warning."',
         [("direct", "They ignored every warning.", "The former governor")]),
        ("The coach put blame on the referee for the loss.", []),
    ],
)
def test_a_cue_noun_after_a_light_verb_reports_nothing(extractor, text, expected):
    assert [(q.type, q.text, q.speaker) for q in quotes_of(extractor, text).quotes] == expected


@pytest.mark.parametrize(
    "text",
    [
        'The coach said: "We played well." "The second half was our best." "We will win the next one."',
        "The coach said: “We played well.” “The second half was our best.” “We will win the next one.”",
    ],
)
def test_quotations_following_one_another_in_a_paragraph_are_the_same_speakers(extractor, text):
    quotes = quotes_of(extractor, text).quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We played well.", "The coach"), ("The second half was our best.", "The coach"),
        ("We will win the next one.", "The coach"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The costs are far too high," said the head of the regional trade body, Jane Miller.', "Jane Miller"),
        ('"Any delay would hurt the town," said its chairman, Sir Peter Hall.', "Peter Hall"),
        ('"It will be a disaster," said the chairman of the planning committee, Labour councillor Tom Baker.',
         "Tom Baker"),
        ('"We will appeal the ruling," said the lawyer, who represents Tom Baker.', "the lawyer"),
    ],
)
def test_a_trailing_role_then_a_name_closing_the_sentence_names_the_speaker(extractor, text, speaker):
    (quote,) = [q for q in quotes_of(extractor, text).quotes if q.type == "direct"]
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Mr Hollis, who left his post to stand as a Labour candidate, had said the rule would hold. "
         "He said he hoped more would be done.", "Hollis"),
        ("The defector told reporters he worked for a decade as a chemical engineer in the north. "
         "He says he can provide the documents.", "The defector"),
    ],
)
def test_a_role_after_as_a_is_a_predicate_no_one_a_pronoun_refers_to(extractor, text, speaker):
    assert {q.speaker for q in quotes_of(extractor, text).quotes} == {speaker}


def test_a_described_source_after_as_a_before_its_own_verb_still_speaks(extractor):
    text = "The talks stalled on Monday, as a government spokesman said the plan was dead. He said it was over."
    assert [q.speaker for q in quotes_of(extractor, text).quotes] == ["a government spokesman"] * 2


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The veteran actor, whose films include Brief Encounter, Henry Watson and The Long Road, said: '
         '"The hall is too important to lose."', "The veteran actor"),
        ('The veteran actor, whose films include Space Wars: The Return and Henry Watson, said: '
         '"The hall is too important to lose."', "The veteran actor"),
        ('The veteran actor, who starred alongside Henry Watson in the film, said: "The hall is our home."',
         "The veteran actor"),
        ('Mr Hall, whose films include Brief Encounter and Henry Watson, said: "The hall must stay open."', "Hall"),
    ],
)
def test_a_name_inside_a_relative_clause_between_commas_is_not_the_subject(extractor, text, speaker):
    (quote,) = quotes_of(extractor, text).quotes
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Former Downing Street press chief Mark Hollis, now working on the campaign, says a "friendly" image '
         "does not fit Mr Dean.", "Mark Hollis"),
        ('Jim Booth, Northport Traders Association said: "We tried very hard to keep them."', "Jim Booth"),
        ('But Tom Wade, director general of the British Chambers of Commerce, warned that firms could be hurt. '
         '"The costs will not be covered," he said.', "Tom Wade"),
        ('The Guardian First Book Award went to a debut. "We liked it," said Ms Bell, chair of the panel and the '
         'Guardian books editor. '
         '"Most of us found it fascinating," she added.', "Bell"),
        ("After meeting Chancellor Ann Ruhr and Foreign Minister Otto Fischer, Mr Powell said: "
         '"We are trying to end the violence." He said "we will keep working".', "Powell"),
    ],
)
def test_a_name_inside_a_persons_title_or_appositive_is_not_a_subject(extractor, text, speaker):
    assert {q.speaker for q in quotes_of(extractor, text).quotes} == {speaker}


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ('Liberal Democrat Jane Carter told reporters: "It feels like an old boys club."', "Jane Carter",
         "Liberal Democrat"),
        ('Conservative Tom Yeo said: "The plan is dead."', "Tom Yeo", "Conservative"),
        ('Lib Dem Mark Oates said: "There is a lot of talking left."', "Mark Oates", "Lib Dem"),
        ('Labour backbencher Ann Clwyd said: "We must act now."', "Ann Clwyd", "Labour backbencher"),
        ('"We think the new list is better," said Morning Show executive producer Anne Fisher.', "Anne Fisher",
         "Morning Show executive producer"),
        ('TV presenter Jo Dean said the show was "too long".', "Jo Dean", "TV presenter"),
    ],
)
def test_a_party_or_a_trade_before_a_name_is_its_title(extractor, text, speaker, role):
    quote = quotes_of(extractor, text).quotes[0]
    assert (quote.speaker, quote.speaker_role) == (speaker, role)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("One of the so-called Leeds Four, Gerry Colton - who was wrongly jailed - said it was over. "
         'He said Mr Blair had spoken with "such sincerity", adding: "He listened to everyone."', "Gerry Colton"),
        ('Kim Jong-un said: "The tests will go on."', "Kim Jong-un"),
    ],
)
def test_a_dash_between_spaces_joins_no_syllable_to_a_name(extractor, text, speaker):
    assert quotes_of(extractor, text).quotes[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fitch's said the outlook for the lender was negative.",
         [("indirect", "the outlook for the lender was negative", "Fitch's")]),
        ("Sainsbury's told investors that its sales rose in the quarter.",
         [("indirect", "its sales rose in the quarter", "Sainsbury's")]),
        ("Standard and Poor's said the rating would stay at AA.",
         [("indirect", "the rating would stay at AA", "Standard and Poor's")]),
        ("The chain will shut 40 stores next year, Macy's added.",
         [("indirect", "The chain will shut 40 stores next year", "Macy's")]),
        ("Ford's reported profit was higher than the forecast.", []),
        ("The council's stated aim was to cut the deficit.", []),
    ],
)
def test_a_business_named_with_s_before_its_reporting_verb_speaks(extractor, text, expected):
    assert [(q.type, q.text, q.speaker) for q in quotes_of(extractor, text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Rates will stay on hold for now," said the bank\'s Mary Hollis.', "Mary Hollis"),
        ('"Orders are drying up fast," Carter Dunmore\'s Hollis said.', "Hollis"),
        ('"There is no reason to panic," Oxford Economics\' Tom Rainer said.', "Tom Rainer"),
        ('"The recovery is fragile," said the Federation\'s Peter Walsh.', "Peter Walsh"),
    ],
)
def test_a_person_after_their_employers_name_and_s_speaks_after_the_quotation(extractor, text, speaker):
    assert [q.speaker for q in quotes_of(extractor, text).quotes] == [speaker]


def test_it_closing_a_sentence_after_a_comma_is_the_body_that_spoke_last(extractor):
    text = ("The loan was approved for the mill, the regional development agency said. The grant went to a local "
            "bakery. The scheme will close at the end of March, it said.")
    found = [(q.text, q.speaker) for q in quotes_of(extractor, text).quotes]
    assert found == [("The loan was approved for the mill", "the regional development agency"),
                     ("The scheme will close at the end of March", "the regional development agency")]


def test_it_closing_a_quotation_is_the_body_that_spoke_last(extractor):
    text = ('The Harbour Trust said the pier would reopen. The repairs were paid for by the council. '
            '"The work took longer than we planned," it said.')
    assert [q.speaker for q in quotes_of(extractor, text).quotes] == ["Harbour Trust", "Harbour Trust"]


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "role"),
    [
        ("The merger will go through by June, said Karen Holt, an analyst with Dunmore, Platt and Co.",
         "The merger will go through by June", "Karen Holt", "an analyst with Dunmore, Platt and Co."),
        ('"I would wait," said Tom Reyes, analyst at Carver, Nash, Bell and Hood.',
         "I would wait,", "Tom Reyes", "analyst at Carver, Nash, Bell and Hood"),
        ("The bid was too low, said Ann Fry, a lawyer at Hale, Moss & Reed.",
         "The bid was too low", "Ann Fry", "a lawyer at Hale, Moss & Reed"),
    ],
)
def test_a_firm_named_with_commas_closes_the_trailing_speakers_role(extractor, text, quote, speaker, role):
    found = [(q.text, q.speaker, q.speaker_role) for q in quotes_of(extractor, text).quotes]
    assert found == [(quote, speaker, role)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The bank will cut its rates again in June, money market dealers said.", "money market dealers"),
        ("The rally will not last, currency traders said.", "currency traders"),
        ("Wheat prices will rise in the spring, grain traders said.", "grain traders"),
        ("The port will reopen on Monday, but shipping sources said the backlog would last weeks.", "shipping sources"),
        ("The plan is dead, while union leaders said the strike would go on.", "union leaders"),
    ],
)
def test_lowercase_nouns_before_a_plural_described_source_say_which_ones(extractor, text, speaker):
    assert quotes_of(extractor, text).quotes[-1].speaker == speaker


def test_a_verb_before_a_plural_described_source_is_no_modifier(extractor):
    text = "The figures surprised traders, who said the bank had cut rates too soon."
    assert all(q.speaker != "surprised traders" for q in quotes_of(extractor, text).quotes)


def test_a_vague_source_stays_vague_with_modifiers(extractor):
    text = "The bank will cut its rates again in June, banking analysts said."
    assert [q.speaker for q in quotes_of(extractor, text).quotes] == [None]


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ("Analyst Tom Reyes of Carver and Nash said the shares were cheap.", "Tom Reyes", "Analyst of Carver and Nash"),
        ("Economist Ann Fry of Hale, Moss and Co. said rates would fall.", "Ann Fry", "Economist of Hale, Moss and Co."),
    ],
)
def test_a_firm_of_partners_after_of_is_the_speakers_employer(extractor, text, speaker, role):
    (quote,) = quotes_of(extractor, text).quotes
    assert (quote.speaker, quote.speaker_role) == (speaker, role)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mine will reopen in May, a company engineer was quoted as saying.",
         [("indirect", "The mine will reopen in May", "a company engineer")]),
        ("The mine will reopen in May, a company engineer was quoted by the Daily Post as saying.",
         [("indirect", "The mine will reopen in May", "a company engineer")]),
        ('"The mine will reopen in May," a company engineer was quoted by the Daily Post as saying.',
         [("direct", "The mine will reopen in May,", "a company engineer")]),
    ],
)
def test_quoted_by_a_publisher_as_saying_closes_a_trailing_attribution(extractor, text, expected):
    assert [(q.type, q.text, q.speaker) for q in quotes_of(extractor, text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("HOUSTON, March 3 - The underwriters said the shares would be priced at 12 dlrs.", "The underwriters"),
        ("LONDON (Reuters) - The exchange said trading would resume on Monday.", "The exchange"),
        ("The journal, which tracks factory output, said car makers would build fewer trucks.", "The journal"),
    ],
)
def test_a_common_noun_subject_after_a_dateline_or_before_a_which_clause_speaks(extractor, text, speaker):
    assert [q.speaker for q in quotes_of(extractor, text).quotes] == [speaker]


def test_a_headline_in_capitals_names_no_one_the_story_refers_back_to(extractor):
    text = ("MINERS REPORT DEAL ON PAY\n\nThe union and the mine owners have agreed on a new pay scale, "
            "the miners said.\n\nTalks will resume on Friday, the miners said.")
    assert [q.speaker for q in quotes_of(extractor, text).quotes] == ["the miners", "the miners"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The brokers, managed by Hale Scott Inc and Moss and Co Inc, said each unit would cost five dlrs.",
         "The brokers"),
        ("The inquiry, headed by Judge Mary Ross, said the hospital had failed its patients.", "The inquiry"),
    ],
)
def test_who_a_participle_aside_names_is_no_subject_of_the_verb_after_it(extractor, text, speaker):
    assert [q.speaker for q in quotes_of(extractor, text).quotes] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "The senator argued that point at length in the chamber on Monday.",
        "The mayor will plead his case that way in a televised address next week.",
        "She stressed that message during a visit to the plant.",
    ],
)
def test_that_before_a_noun_with_no_verb_after_it_opens_no_clause(extractor, text):
    assert quotes_of(extractor, text).quotes == ()


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The mayor said that police in the city had arrested two men.", "police in the city had arrested two men"),
        ("The mayor said that traffic in the centre would be banned.", "traffic in the centre would be banned"),
    ],
)
def test_that_before_a_noun_with_a_verb_after_it_still_opens_a_clause(extractor, text, quote):
    assert [q.text for q in quotes_of(extractor, text).quotes] == [quote]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Chairman Tom Hale said in 1998 the mill had almost closed.", "the mill had almost closed"),
        ("Chairman Tom Hale said in fiscal 2024 the group would sell two plants.", "the group would sell two plants"),
    ],
)
def test_a_year_after_the_reporting_verb_is_a_time_before_the_clause(extractor, text, quote):
    assert [(q.text, q.speaker) for q in quotes_of(extractor, text).quotes] == [(quote, "Tom Hale")]


@pytest.mark.parametrize(
    "text",
    [
        'In a rare rebuke, board chairman Dan Ross, a former mayor of the city, told reporters, "The plan has failed."',
        "In a rare rebuke, committee chairman Dan Ross, a former mayor of the city, said the plan had failed.",
    ],
)
def test_a_lowercase_noun_before_a_title_after_an_opening_phrase_leaves_the_name_a_subject(extractor, text):
    assert [q.speaker for q in quotes_of(extractor, text).quotes] == ["Dan Ross"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The governor repeated that she would not resign.", [("indirect", "she would not resign", "The governor")]),
        ("The governor repeated an earlier forecast that growth would slow.",
         [("indirect", "growth would slow", "The governor")]),
        ("The governor repeated her offer of talks.", []),
        ("Towns were hit in repeated air raids overnight.", []),
    ],
)
def test_repeat_reports_a_that_clause(extractor, text, expected):
    assert [(q.type, q.text, q.speaker) for q in quotes_of(extractor, text).quotes] == expected


def test_an_acronym_opening_a_paragraph_is_its_verbs_subject(extractor):
    text = ("Grain stocks fell in the week, the ministry said.\n\nFGTA also said exports rose by 12 pct.\n\n"
            "FGTA said the figures include only member firms.")
    assert [q.speaker for q in quotes_of(extractor, text).quotes] == ["the ministry", "FGTA", "FGTA"]


def test_a_name_modifying_a_noun_after_the_is_no_antecedent_to_exclude(extractor):
    text = ("Investor Carl Hale said his group would add 40 mln dlrs. The bid was backed by Dunmore Platt. "
            "The Hale equity stake would consist of cash and shares, he said.")
    assert [q.speaker for q in quotes_of(extractor, text).quotes] == ["Carl Hale", "Carl Hale"]


def test_a_camel_case_employer_opens_an_appositive_role(extractor):
    text = '"We will wait and see," said Tom Hale, PayLink\'s Vice President for Communications, when asked.'
    (quote,) = quotes_of(extractor, text).quotes
    assert (quote.speaker, quote.speaker_role) == ("Tom Hale", "PayLink's Vice President for Communications")


def test_a_dashed_aside_between_the_verb_and_that_is_skipped(extractor):
    text = "The mayor repeated -- as she has done since the flood last spring -- that she would not resign."
    assert [(q.text, q.speaker) for q in quotes_of(extractor, text).quotes] == [("she would not resign", "The mayor")]


def test_a_one_word_name_quoted_as_saying_is_the_speaker(extractor):
    text = "Prices will rise, the paper reported. Okonjo was quoted as saying the shortage would last a year."
    assert quotes_of(extractor, text).quotes[-1].speaker == "Okonjo"


def test_who_a_participle_aside_names_is_no_antecedent_for_they(extractor):
    text = ("The brokers, managed by Hale Scott Inc and Moss and Co Inc, said each unit would cost five dlrs. "
            "They said the proceeds would repay a bank loan.")
    assert [q.speaker for q in quotes_of(extractor, text).quotes] == ["The brokers", "The brokers"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cue's bare form after "a" and a noun is a noun: no one calls on anyone
        ("The minister is also scheduled to pay a courtesy call on President Tom Baker, the spokesman added.",
         [("indirect", "the spokesman",
           "The minister is also scheduled to pay a courtesy call on President Tom Baker")]),
        ("During the visit he paid a courtesy call on German President Hans Weber.", []),
        # ...and "a new report says" is the report's saying, not a "report"
        ("A new report says there are fewer young people using the services than thought.",
         [("indirect", "A new report", "there are fewer young people using the services than thought")]),
        # a subject's verb is still a cue: "The minister calls on", "the ministers call on"
        ("The ministers call on the government to act.", [("indirect", "The ministers", "the government to act")]),
    ],
)
def test_a_cue_form_after_an_article_and_a_noun_is_a_noun(extractor, text, expected):
    assert [(q.type, q.speaker, q.text) for q in quotes_of(extractor, text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an outlet's tag closing the sentence is no part of the reported clause
        ("Foreign Minister Tom Baker said the deal was a failure, state news agency Tanjug reported.",
         [("indirect", "Tom Baker", "the deal was a failure")]),
        ("Baker said that the United States is a guest in the region, RIA Novosti reported.",
         [("indirect", "Baker", "the United States is a guest in the region")]),
        ("President Tom Baker said the talks were useful, the Kremlin's press service reported.",
         [("indirect", "Tom Baker", "the talks were useful")]),
        # ...but a clause that goes on with its own subject and verb is still the speaker's
        ("Baker said the deal collapsed, and Serbian officials were furious.",
         [("indirect", "Baker", "the deal collapsed, and Serbian officials were furious")]),
    ],
)
def test_an_outlet_tag_closes_the_reported_clause(extractor, text, expected):
    assert [(q.type, q.speaker, q.text) for q in quotes_of(extractor, text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare time after a trailing tag: "said earlier."
        ("The two ministers will discuss the bilateral agenda, the Foreign Ministry said earlier.",
         [("indirect", "Foreign Ministry", "The two ministers will discuss the bilateral agenda")]),
        # a described source "for" a titled name is the speaker, not the name
        ("Seoul should return to the talks, a spokesperson for President-elect Kim Min-ho said Sunday, as the "
         "North accelerates its missile programme.",
         [("indirect", "a spokesperson", "Seoul should return to the talks")]),
        ("New rules should be set up, a committee of MPs has said.",
         [("indirect", "a committee", "New rules should be set up")]),
        # a cue with its own "that" clause after a closed quotation is no tag of it
        ("As for the policy dubbed “bold initiative,” Kwon said that the government will pursue it.",
         [("indirect", "Kwon", "the government will pursue it")]),
    ],
)
def test_trailing_and_leading_reports_found_past_a_time_a_for_phrase_or_a_quotation(extractor, text, expected):
    assert [(q.type, q.speaker, q.text) for q in quotes_of(extractor, text).quotes] == expected



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "when asked ..." after a trailing tag is when the words were said, not what
        ("Public talk of the details could harm the process, spokesman Oleg Petrov said on Tuesday when asked "
         "what Moscow might offer.",
         [("indirect", "Oleg Petrov", "Public talk of the details could harm the process")]),
        ("The plan will fail, Petrov said, while speaking to students in Kazan.",
         [("indirect", "Petrov", "The plan will fail")]),
        # ...but a clause with its own subject is still reported
        ("Petrov said when the talks resume they will be held in Geneva.",
         [("indirect", "Petrov", "when the talks resume they will be held in Geneva")]),
    ],
)
def test_a_circumstance_after_the_cue_is_no_reported_clause(extractor, text, expected):
    assert [(q.type, q.speaker, q.text) for q in quotes_of(extractor, text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ", but <a described and named speaker> <verb>" is someone else's act, no part of the report
        ("The newspaper reported that the talks would be held in Rome, but the Kremlin's spokesman Oleg Petrov "
         "denied this.", [("indirect", "The newspaper", "the talks would be held in Rome")]),
        ("The newspaper reported that the talks would be held in Rome, but the spokesman Oleg Petrov denied this.",
         [("indirect", "The newspaper", "the talks would be held in Rome")]),
    ],
)
def test_a_described_speakers_act_after_but_ends_the_clause(extractor, text, expected):
    assert [(q.type, q.speaker, q.text) for q in quotes_of(extractor, text).quotes] == expected


def test_a_quotation_after_an_inverted_trailing_tag_is_its_speakers(extractor):
    # '..., said Xi. "..."': a quotation standing as the next sentence is the speaker named after the verb
    text = ("Relations should be based on mutual respect, said President Wang Hua. “I hope that the visit could make a positive "
            "contribution.”")
    assert [(q.type, q.speaker) for q in quotes_of(extractor, text).quotes] == [("indirect", "Wang Hua"), ("direct", "Wang Hua")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named subject with its appositive, then ", and" another name and the verb: one subject, one clause
        ("Xi said that Wang Hua, director of the Office of Foreign Affairs, and Foreign Minister Li Ming described "
         "their talks as candid.",
         [("indirect", "Wang Hua, director of the Office of Foreign Affairs, and Foreign Minister Li Ming described "
           "their talks as candid")]),
        # ...but a clause with its verb before ", and" ends there when another speaker reports
        ("Xi said that Wang Hua, the director, had left, and Foreign Minister Li Ming said the talks were candid.",
         [("indirect", "Wang Hua, the director, had left"), ("indirect", "the talks were candid")]),
    ],
)
def test_a_subject_joined_after_its_appositive_stays_in_the_clause(extractor, text, expected):
    assert [(q.type, q.text) for q in quotes_of(extractor, text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ('Deputy Secretary-General Kim Jong-soo said: "The vote is set."', "Kim Jong-soo", "Deputy Secretary-General"),
        ('Governor-General Lee Min-ho said the session would open on Monday.', "Lee Min-ho", "Governor-General"),
    ],
)
def test_a_hyphenated_title_does_not_cut_a_hyphenated_given_name(extractor, text, speaker, role):
    quote = quotes_of(extractor, text).quotes[0]
    assert (quote.speaker, quote.speaker_role) == (speaker, role)
