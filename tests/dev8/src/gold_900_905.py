#!/usr/bin/env python3
"""Hand annotation (gold) for dev8_a articles 900-905.

Run: python3 src/gold_src.py -> writes gold/{events,claims,actors,boilerplate}.csv.
Each row names its sentence by a key substring that must match exactly one sentence
(or line) of the article as kept in articles_src.py, so every quote is a whole sentence.
Actor countries come from one actor table per file, so they always agree with actors.csv."""

import csv
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import articles_src  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLD = os.path.join(HERE, "gold")

FILES = {k[:3]: k for k in articles_src.ARTICLES}
SENTS = {fn: [s for p in a["paras"] for s in p] for fn, a in articles_src.ARTICLES.items()}

ACTORS = {}
EVENTS, CLAIMS, BOILER = [], [], []
problems = []


def sent(f, key):
    fn = FILES[f]
    hits = [s for s in SENTS[fn] if key in s]
    if len(hits) != 1:
        problems.append(f"{f}: key {key!r} matches {len(hits)} sentences")
        return key
    return hits[0]


def actors(f, rows):
    d = ACTORS.setdefault(FILES[f], {})
    for name, country, typ in rows:
        if name in d:
            problems.append(f"{f}: duplicate actor {name}")
        d[name] = (country, typ)


def ctry(f, name):
    d = ACTORS[FILES[f]]
    if name not in d:
        problems.append(f"{f}: actor {name!r} not declared")
        return ""
    return d[name][0]


def E(f, key, a1, a2, typ, pol, mod, date, prec, themes, notes=""):
    EVENTS.append([FILES[f], sent(f, key), a1, ctry(f, a1), a2, ctry(f, a2), typ, pol, mod,
                   date, prec, themes, notes])


def C(f, key, claimant, stance, via, hedged, topic, notes=""):
    if via:
        ctry(f, via)
    CLAIMS.append([FILES[f], sent(f, key), claimant, ctry(f, claimant), stance, via,
                   "true" if hedged else "false", topic, notes])


def B(f, key):
    BOILER.append([FILES[f], sent(f, key)])


R, I = "Russia", "Iran"
U = ("", "unknown")

# ====================================================================== 900 The Straits Times
f = "900"
P = "2023-02-22"
OW, NO, TAN = "Javad Owji", "Alexander Novak", "Tan Wei Ming"
ST, SGT = "The Straits Times", "Singapore-based traders"
actors(f, [
    (I, "IRN", "state"),
    ("China", "CHN", "state"),
    (R, "RUS", "state"),
    ("India", "IND", "state"),
    ("European Union", "", "organisation"),
    ("Group of Seven", "", "organisation"),
    ("the West", "", "state"),
    ("traders", "", "person"),
    ("ship-tracking data", "", "organisation"),
    (SGT, "SGP", "person"),
    (ST, "SGP", "media"),
    ("members of Parliament", "IRN", "person"),
    ("Kayhan", "IRN", "media"),
    (OW, "IRN", "person"),
    ("Iranian state television", "IRN", "media"),
    (NO, "RUS", "person"),
    (TAN, "SGP", "person"),
    ("Strait Energy Insight", "SGP", "organisation"),
])
# Headline (line 1) not annotated; 'SINGAPORE – ' has no final punctuation and belongs to the first sentence.
k = "SINGAPORE – Iran has been forced to offer deeper discounts"
E(f, k, I, "China", "trade_energy", "cooperation", "reported", P, "week", "energy;trade", "'the crude it sells to China’s independent refiners' (refiners resolved to China); current news, no date expression: publication week")
E(f, k, I, R, "other", "tension", "reported", P, "week", "energy;trade", "'pitting two heavily sanctioned partners against each other' (rivalry); mutual, Iran first in text order; 'partners' is a referring description, not a stated partnership (dev7). 'floods into Asia': Asia is not an actor")
C(f, k, "traders", "asserts", "", True, "Iran forced to deepen discounts to Chinese refiners as Russian oil floods in", "'according to traders': unnamed, hedged")
C(f, k, "ship-tracking data", "asserts", "", True, "Iran forced to deepen discounts to Chinese refiners as Russian oil floods in", "'according to ... ship-tracking data': unnamed provider, hedged (dev4)")
k = "Iranian Light is now offered at about US$11 a barrel"
E(f, k, I, "China", "trade_energy", "cooperation", "reported", P, "week", "energy;trade", "Iranian crude offered for delivery to Shandong; Shandong is a place, the buyer China is the implicit partner from the sentence before (seed rule); publication week")
C(f, k, SGT, "asserts", ST, True, "Iranian Light offered at about US$11 below Brent, up from US$4", "'three Singapore-based traders told The Straits Times': unnamed, via the outlet named in the sentence")
k = "Russia’s seaborne crude, shut out of Europe"
E(f, k, "European Union", R, "sanction", "tension", "reported", "2022-12-05", "day", "energy;trade;ukraine_war", "'a European Union embargo ... that took effect on Dec 5'")
E(f, k, "Group of Seven", R, "sanction", "tension", "reported", "2022-12-05", "day", "energy;trade;ukraine_war", "'a Group of Seven price cap that took effect on Dec 5'")
E(f, k, R, "China", "trade_energy", "cooperation", "reported", "2023", "year", "energy;trade", "'has since been redirected to China': 'has since' = publication year (heldout)")
E(f, k, R, "India", "trade_energy", "cooperation", "reported", "2023", "year", "energy;trade", "as above")
k = "“The Russians are eating Iran’s lunch,” said one of the traders"
E(f, k, R, I, "other", "tension", "reported", P, "week", "energy;trade", "quote-subject rule: 'The Russians' (Russia) -> Iran, rivalry; publication week")
C(f, k, SGT, "asserts", ST, True, "Russia is taking Iran's market", "'said one of the traders': a group quoted by one member keeps the group (dev7); same statement to The Straits Times, so via carried")
k = "“The teapots only care about price"
E(f, k, R, "China", "trade_energy", "cooperation", "reported", P, "week", "energy;trade", "'Russian ESPO ... arrives' at the teapots (Chinese refiners resolved to China); quote-only sentence; publication week")
C(f, k, SGT, "asserts", ST, True, "teapots buy on price; Russian ESPO is cheaper and faster", "quote-only sentence continuing the same trader")
k = "Teheran has long relied on the so-called teapots"
E(f, k, I, "China", "trade_energy", "cooperation", "reported", *U, "energy;trade", "'has long relied on the so-called teapots' (Chinese refiners = China): background, empty. Malaysia is only the place of the transfers; 'intermediaries' not an actor")
k = "In Teheran, Moscow’s push into Iran’s most important market"
E(f, k, I, R, "criticism", "tension", "reported", P, "week", "energy;trade", "'In Teheran' = Iran (dev7); resentment is a perception: criticism (dev3)")
E(f, k, R, I, "other", "tension", "reported", P, "week", "energy;trade", "'Moscow’s push into Iran’s most important market': the rivalry restated with a participant named (strict repeated-mention rule)")
k = "Several members of Parliament have accused Russia"
E(f, k, "members of Parliament", R, "accusation", "tension", "reported", "2023", "year", "energy;trade", "'have accused': group speech act keeps the description (dev4); present-perfect speech act with no date: publication year (dev6_b)")
E(f, k, R, I, "other", "tension", "reported", "2023", "year", "energy;trade", "accused act 'undercutting a strategic partner' (the MPs' own country = Iran, dev7); dated by the accusation")
E(f, k, "Kayhan", R, "criticism", "tension", "reported", "2023-02-13", "week", "energy;trade", "'wrote last week' = week of Monday 2023-02-13 (dev3)")
E(f, k, R, I, "other", "tension", "reported", "2023-02-13", "week", "energy;trade", "quote-subject rule for reported speech: 'Moscow was selling at Iran’s expense'; dated by the statement")
C(f, k, "members of Parliament", "asserts", "", True, "Russia is undercutting a strategic partner", "'Several members of Parliament': unnamed, hedged")
C(f, k, "Kayhan", "asserts", "Kayhan", False, "Moscow is selling at Iran's expense", "the outlet is the source: claimant = via (seed)")
k = "But Iran’s Oil Minister Javad Owji played down any rivalry on Sunday"
E(f, k, I, R, "other", "tension", "denied", "2023-02-19", "day", "energy;trade", "'played down any rivalry' between 'the two countries': denied; 'on Sunday' = 2023-02-19; mutual")
C(f, k, OW, "denies", "Iranian state television", False, "no rivalry: the two countries serve different customers", "'played down any rivalry' = denies (dev2); 'telling state television' = via (dev3); one speech act, one row")
k = "Mr Owji and Russian Deputy Prime Minister Alexander Novak agreed in Moscow last year"
E(f, k, OW, NO, "agreement", "cooperation", "reported", "2022", "year", "energy;trade", "'agreed ... to swap oil and gas and to coordinate on markets'; 'last year' = 2022")
E(f, k, OW, NO, "meeting", "cooperation", "reported", "2022", "year", "energy;trade", "agreeing 'in Moscow' implies the meeting (seed: talks in the Kremlin imply a visit)")
E(f, k, OW, R, "visit", "cooperation", "reported", "2022", "year", "energy;trade", "'in Moscow': Owji's visit to Russia")
k = "Tan Wei Ming, an energy analyst at Singapore-based consultancy"
E(f, k, "the West", R, "sanction", "tension", "reported", *U, "energy;trade;ukraine_war", "'as long as Western sanctions keep Russian oil out of Europe': ongoing state, background")
C(f, k, TAN, "asserts", "", False, "the squeeze on Iran will last as long as Western sanctions on Russian oil", "'said he expected' (seed: 'expected' = asserts); named analyst, not hedged")
k = "“Iran has no pricing power left,” he said."
C(f, k, TAN, "asserts", "", False, "Iran has no pricing power left", "no partner named: claim only")
k = "“For the teapots this is a buyer’s market"
E(f, k, R, I, "other", "tension", "reported", P, "week", "energy;trade", "'Moscow and Teheran are now competing'; mutual; 'now': publication week. The supply to the teapots is the content of the competition, not a new act: no China rows")
C(f, k, TAN, "asserts", "", False, "Moscow and Tehran are competing to be the cheaper supplier", "quote-only sentence continuing the analyst")
B(f, "Join ST’s Telegram channel and get the latest breaking news delivered to you.")

# ====================================================================== 901 DW Persian (translated)
f = "901"
P = "2021-08-12"
FM, DZ, SH, ZA = "Iranian Foreign Ministry", "Levan Dzhagaryan", "Simon Shercliff", "Mohammad Javad Zarif"
UK = "United Kingdom"
actors(f, [
    (FM, "IRN", "government_body"),
    (R, "RUS", "state"),
    (UK, "GBR", "state"),
    (I, "IRN", "state"),
    (DZ, "RUS", "person"),
    (SH, "GBR", "person"),
    ("Iranian media", "IRN", "media"),
    ("Russian embassy", "RUS", "government_body"),
    ("Joseph Stalin", "RUS", "person"),
    ("Franklin D. Roosevelt", "USA", "person"),
    ("Winston Churchill", "GBR", "person"),
    ("users of social networks", "", "person"),
    (ZA, "IRN", "person"),
    ("several lawmakers", "IRN", "person"),
    ("Reza Tavassoli", "IRN", "person"),
    ("IRNA", "IRN", "media"),
    ("British embassy", "GBR", "government_body"),
    ("Ebrahim Raisi", "IRN", "person"),
    ("China", "CHN", "state"),
    ("critics in Tehran", "IRN", "person"),
    ("the West", "", "state"),
])
# Headline (line 1) not annotated. The dek (line 2, no final punctuation) is body text.
k = "The Foreign Ministry of the Islamic Republic summoned the Russian and British envoys"
E(f, k, FM, R, "criticism", "tension", "reported", P, "week", "diplomacy", "dek: a summons is one criticism row toward the envoy's state (dev4_b, dev7); no date expression: publication week. 'the occupation of Iran' names no occupier: no row")
E(f, k, FM, UK, "criticism", "tension", "reported", P, "week", "diplomacy", "as above")
k = "The Foreign Ministry of the Islamic Republic of Iran on Thursday, 21 Mordad (12 August)"
E(f, k, FM, R, "criticism", "tension", "reported", "2021-08-12", "day", "diplomacy", "summoned Russia's ambassador 'in protest': one criticism row toward the envoy's state (dev7); '21 Mordad (12 August)'. The ambassador is listed as an actor without rows (dev7). Publishing the photograph has no partner: no row")
E(f, k, FM, UK, "criticism", "tension", "reported", "2021-08-12", "day", "diplomacy", "as above, Britain's ambassador")
C(f, k, "Iranian media", "asserts", "Iranian media", False, "Iran summoned the Russian and British ambassadors over the photograph", "'according to Iranian media': claimant = via, not hedged (seed)")
k = "The picture shows the two ambassadors seated on the steps"
E(f, k, DZ, SH, "meeting", "cooperation", "reported", "2021-08", "month", "diplomacy", "'the two ambassadors' posed together at the former Soviet embassy; when is not stated: past narrative anchored to the episode at month precision (heldout)")
E(f, k, "Joseph Stalin", "Franklin D. Roosevelt", "meeting", "cooperation", "reported", "1943", "year", "diplomacy;security", "'the 1943 Tehran Conference': one meeting row per pair in text order (dev3 multi-party); held in a third country (Iran, not a party): no visit rows (heldout). Stalin resolved to RUS (predecessor state, dev4)")
E(f, k, "Joseph Stalin", "Winston Churchill", "meeting", "cooperation", "reported", "1943", "year", "diplomacy;security", "")
E(f, k, "Franklin D. Roosevelt", "Winston Churchill", "meeting", "cooperation", "reported", "1943", "year", "diplomacy;security", "")
k = "The embassy said the image marked the anniversary"
E(f, k, R, I, "military_action", "tension", "reported", "1941", "year", "security", "'Soviet ... troops invaded and occupied Iran in 1941' (Soviet resolved to Russia, dev4)")
E(f, k, UK, I, "military_action", "tension", "reported", "1941", "year", "security", "'British troops invaded and occupied Iran in 1941'")
C(f, k, "Russian embassy", "asserts", "", False, "the image marked the anniversary of the wartime alliance against Nazism", "'The embassy said' (the Russian embassy of the sentence before). The alliance names no party: no row")
C(f, k, "users of social networks", "asserts", "", True, "Soviet and British troops occupied Iran in 1941", "'recalled' read as a speech act (posts); unnamed users, hedged; no outlet named, via empty (dev7)")
k = "Mohammad Javad Zarif, the foreign minister of the outgoing government, wrote on Twitter"
E(f, k, ZA, DZ, "criticism", "tension", "reported", "2021-08-11", "day", "diplomacy", "'the picture of the two ambassadors was “extremely inappropriate”'; 'on Wednesday night' = 2021-08-11")
E(f, k, ZA, SH, "criticism", "tension", "reported", "2021-08-11", "day", "diplomacy", "as above")
C(f, k, ZA, "asserts", "", False, "the picture was extremely inappropriate", "a post on Twitter: via empty (heldout)")
k = "“August 2021 is neither August 1941 nor December 1943,” he added."
C(f, k, ZA, "asserts", "", False, "2021 is not 1941 or 1943", "'he added': second statement. Names no actor: no event")
k = "Several lawmakers demanded the expulsion of the two ambassadors."
E(f, k, I, DZ, "other", "tension", "hypothetical", P, "week", "diplomacy", "content of the demand: expulsion by Iran (the lawmakers' own state; their demand to their government is same-country, dev7 McCaul); hypothetical with no date expression: publication week")
E(f, k, I, SH, "other", "tension", "hypothetical", P, "week", "diplomacy", "as above")
C(f, k, "several lawmakers", "hopes", "", True, "the two ambassadors should be expelled", "'demanded' = hopes (dev3); unnamed lawmakers, hedged")
k = "One of them, Reza Tavassoli, wrote that the photograph"
E(f, k, "Reza Tavassoli", R, "accusation", "tension", "reported", P, "week", "diplomacy", "'X said [wrongdoing by Y]' = accusation (dev3): humiliation 'by Moscow and London'; no date expression: publication week")
E(f, k, "Reza Tavassoli", UK, "accusation", "tension", "reported", P, "week", "diplomacy", "'London' = United Kingdom")
E(f, k, R, I, "other", "tension", "reported", P, "week", "diplomacy", "accused act: humiliating 'the Iranian nation' (dev4_b accused acts)")
E(f, k, UK, I, "other", "tension", "reported", P, "week", "diplomacy", "as above")
C(f, k, "Reza Tavassoli", "asserts", "", False, "the photograph was a humiliation of the Iranian nation by Moscow and London", "named lawmaker; no outlet")
k = "Mr. Dzhagaryan later told the IRNA news agency"
E(f, k, DZ, I, "other", "tension", "denied", P, "week", "diplomacy", "'no anti-Iranian context': negated hostility toward Iran; 'later' is not a date expression: publication week")
E(f, k, R, I, "statement_support", "cooperation", "reported", P, "week", "diplomacy", "quote-subject rule for reported speech: 'Russia respected the sovereignty of the Islamic Republic' (dev7_b)")
C(f, k, DZ, "denies", "IRNA", False, "the picture had no anti-Iranian context", "about his own act: denies (seed)")
C(f, k, DZ, "asserts", "IRNA", False, "Russia respects Iran's sovereignty", "'adding that': second row (heldout)")
# 'The British embassy did not respond to a request for comment from DW.': no partner, nothing (dev4, dev7). The British embassy is listed as an actor without rows.
k = "The row comes a week after Ebrahim Raisi, the new president, was sworn in"
E(f, k, "Ebrahim Raisi", R, "other", "cooperation", "planned", "2021-08-05", "week", "diplomacy", "'promising to put ties with Russia ... at the centre': planned; 'a week after' counted back from Thursday = 2021-08-05, week (dev4)")
E(f, k, "Ebrahim Raisi", "China", "other", "cooperation", "planned", "2021-08-05", "week", "diplomacy", "as above")
C(f, k, "Ebrahim Raisi", "asserts", "", False, "ties with Russia and China will be at the centre of his foreign policy", "a promise is a statement of intent, asserts (dev7_b)")
k = "Critics in Tehran say Moscow has long treated the Islamic Republic as a bargaining chip"
E(f, k, R, I, "other", "tension", "reported", *U, "diplomacy", "quote-subject rule for reported speech; 'has long': background")
E(f, k, R, "the West", "other", "neutral", "reported", *U, "diplomacy", "'its dealings with the West' (dev6 500 'dealings with Washington'); background")
C(f, k, "critics in Tehran", "asserts", "", True, "Moscow treats Iran as a bargaining chip with the West", "unnamed critics, hedged (dev7)")
k = "Relations between Tehran and Moscow are still shadowed by memories"
E(f, k, I, R, "criticism", "tension", "reported", *U, "diplomacy", "mutual mistrust ('shadowed by memories') = one mutual criticism row, background (dev5 403)")
E(f, k, R, I, "military_action", "tension", "reported", *U, "security", "'the Russian Empire's wars with Persia in the nineteenth century' (Russian Empire = Russia, Persia = Iran, dev4); a century is no point date: unknown (dev3)")
E(f, k, R, I, "military_action", "tension", "reported", *U, "security", "'the Soviet occupation of northern Iran during the Second World War': no point date; a separate happening with the same fields as the row above (dev7_b)")
B(f, "This report was translated from DW Persian.")

# ====================================================================== 902 Vedomosti (translated)
f = "902"
P = "2022-07-20"
GZ, NI, PU, RA = "Gazprom", "National Iranian Oil Company", "Vladimir Putin", "Ebrahim Raisi"
VE = "Vedomosti"
actors(f, [
    (GZ, "RUS", "organisation"),
    (NI, "IRN", "organisation"),
    (I, "IRN", "state"),
    (R, "RUS", "state"),
    ("analysts", "", "person"),
    ("Mohsen Khojastehmehr", "IRN", "person"),
    (PU, "RUS", "person"),
    ("Ali Khamenei", "IRN", "person"),
    (RA, "IRN", "person"),
    ("Recep Tayyip Erdogan", "TUR", "person"),
    (VE, "RUS", "media"),
    ("source close to the company", "", "person"),
    ("Zarubezhneft", "RUS", "organisation"),
    ("United States", "USA", "state"),
    ("Andrei Polyakov", "RUS", "person"),
    ("Nord Capital", "RUS", "organisation"),
    ("the West", "", "state"),
    ("Ukraine", "UKR", "state"),
    ("source in the Iranian oil industry", "IRN", "person"),
    ("Western companies", "", "organisation"),
    ("Javad Owji", "IRN", "person"),
])
# Headline (line 1) not annotated; the lead line (no final punctuation) is body text (seed 002 dek).
k = "Gazprom and Iran are more likely to compete than to cooperate on gas markets, analysts warn"
E(f, k, GZ, I, "other", "tension", "hypothetical", P, "week", "energy;trade", "'more likely to compete': a prediction, hypothetical; no date expression: publication week. The dispreferred 'than to cooperate' gets no row of its own")
C(f, k, "analysts", "warns", "", True, "Gazprom and Iran will compete rather than cooperate", "'analysts warn': unnamed, hedged")
k = "Gazprom and the National Iranian Oil Company (NIOC) on Tuesday signed"
E(f, k, GZ, NI, "agreement", "cooperation", "reported", "2022-07-19", "day", "energy", "'on Tuesday' = 2022-07-19")
C(f, k, NI, "asserts", "", False, "Gazprom and NIOC signed a memorandum on strategic cooperation", "'the Iranian company's press service reported': the company's own voice, claimant NIOC, via empty (dev5 office statement)")
k = "The document, worth about $40 billion according to NIOC chief executive"
E(f, k, GZ, NI, "trade_energy", "cooperation", "planned", *U, "energy", "'provides for Gazprom's participation in developing' fields (places in Iran; NIOC named in the sentence): planned, undated passing mention (dev4)")
C(f, k, "Mohsen Khojastehmehr", "asserts", "", False, "the memorandum is worth about $40 billion", "'according to NIOC chief executive'")
k = "The memorandum was signed by video link during Vladimir Putin's visit to Tehran"
E(f, k, PU, I, "visit", "cooperation", "reported", P, "week", "diplomacy", "'Vladimir Putin's visit to Tehran'; no date expression in the sentence: publication week (strict seed rule). The passive signing names no new participant: no new agreement row")
E(f, k, PU, "Ali Khamenei", "meeting", "cooperation", "reported", P, "week", "diplomacy", "'met Supreme Leader Ali Khamenei'; titles dropped (dev4)")
E(f, k, PU, RA, "meeting", "cooperation", "reported", P, "week", "diplomacy", "'met ... President Ebrahim Raisi' (bilateral)")
E(f, k, PU, RA, "meeting", "cooperation", "reported", P, "week", "diplomacy;middle_east", "the Astana-format summit 'with Raisi and ... Erdogan': one row per pair in text order (dev3); a separate happening from the bilateral meeting")
E(f, k, PU, "Recep Tayyip Erdogan", "meeting", "cooperation", "reported", P, "week", "diplomacy;middle_east", "")
E(f, k, RA, "Recep Tayyip Erdogan", "meeting", "cooperation", "reported", P, "week", "diplomacy;middle_east", "")
E(f, k, "Recep Tayyip Erdogan", I, "visit", "cooperation", "reported", P, "week", "diplomacy;middle_east", "a summit in Tehran implies a visit for each foreign leader (dev3); Putin's visit is the first row. Syria is the topic, not an actor")
# 'Gazprom's press service did not respond to a request from Vedomosti.': no partner, nothing.
k = "A source close to the company told Vedomosti"
C(f, k, "source close to the company", "asserts", VE, True, "the memorandum is a framework document; no binding contracts yet", "anonymous source, hedged; via the outlet. 'no binding contracts' names no participant (Gazprom appears only in the source description, dev4): no event")
k = "Russian companies have signed similar documents with Iran before."
E(f, k, R, I, "agreement", "cooperation", "reported", *U, "energy", "'Russian companies' resolved to Russia (dev4 groups acting); 'before': background")
k = "In 2018 Zarubezhneft agreed to develop two oil fields in Iran"
E(f, k, "Zarubezhneft", I, "agreement", "cooperation", "reported", "2018", "year", "energy", "'In 2018 ... agreed'")
E(f, k, "Zarubezhneft", I, "trade_energy", "cooperation", "denied", "2018", "year", "energy", "'the project stalled': an ended measure, denied (dev3); anchored to the 2018 episode of the sentence")
E(f, k, "United States", I, "other", "tension", "reported", "2018", "year", "nuclear;diplomacy", "'withdrew from the nuclear deal' (toward Iran, named as 'Tehran'); anchored to 2018")
E(f, k, "United States", I, "sanction", "tension", "reported", "2018", "year", "nuclear;finance", "'reimposed sanctions on Tehran'")
k = "Analysts interviewed by Vedomosti doubt that the new memorandum will fare better."
C(f, k, "analysts", "asserts", VE, True, "the new memorandum will not fare better", "'interviewed by Vedomosti' makes the doubt a stated view; unnamed, hedged. The memorandum's parties are not named: no event")
k = "for Gazprom it is a competitor, not a partner"
E(f, k, GZ, I, "other", "tension", "reported", P, "week", "energy;trade", "'for Gazprom it [Iran] is a competitor': rivalry; publication week")
E(f, k, GZ, I, "other", "cooperation", "denied", P, "week", "energy;trade", "'not a partner': negated partnership (dev4 'rivals rather than partners')")
C(f, k, "Andrei Polyakov", "asserts", VE, False, "Iran is Gazprom's competitor, not its partner", "named analyst, one of those 'interviewed by Vedomosti' in the sentence before: via carried as the same interview")
k = "The two countries also compete for buyers of crude in Asia"
E(f, k, R, I, "other", "tension", "reported", *U, "energy;trade", "'The two countries also compete' (Russia first as named in the sentence); ongoing rivalry stated as background, empty")
E(f, k, "the West", R, "trade_energy", "tension", "reported", "2022", "year", "energy;trade;ukraine_war", "'Western buyers began shunning its oil after the invasion of Ukraine in February' (Western buyers resolved to the West, dev7); after February: 2022, year")
E(f, k, R, "Ukraine", "military_action", "tension", "reported", "2022-02", "month", "ukraine_war;military", "'the invasion of Ukraine in February'")
k = "A second source, in the Iranian oil industry, told Vedomosti"
E(f, k, GZ, I, "trade_energy", "cooperation", "hypothetical", P, "week", "energy;finance", "'Tehran expected Gazprom to bring ... money ... and technology': expected, not agreed: hypothetical; publication week")
E(f, k, "Western companies", I, "trade_energy", "cooperation", "denied", *U, "energy", "'technology that Western companies had withdrawn from Iran': ended, denied; undated")
C(f, k, "source in the Iranian oil industry", "asserts", VE, True, "Tehran expects Gazprom to bring money and technology", "anonymous source, hedged. Tehran's expectation is a belief, not speech: no Iran claim row")
k = "Iranian Oil Minister Javad Owji on Wednesday called the agreement"
C(f, k, "Javad Owji", "asserts", "", False, "the deal is the largest foreign investment in Iran's oil industry", "praise of a document: claim only, no event (dev7)")
B(f, "Translated from Russian.")
B(f, "Subscribe to Vedomosti for full access to all materials.")

# ====================================================================== 903 Jamestown Eurasia Daily Monitor
f = "903"
P = "2023-10-26"
AA, LA, OV, PA = "Hossein Amir-Abdollahian", "Sergei Lavrov", "Alexei Overchuk", "Nikol Pashinyan"
AZ, AR, TU, GE = "Azerbaijan", "Armenia", "Turkey", "Georgia"
CSTO = "Collective Security Treaty Organization"
actors(f, [
    (AA, "IRN", "person"),
    (LA, "RUS", "person"),
    (I, "IRN", "state"),
    (R, "RUS", "state"),
    (AZ, "AZE", "state"),
    (AR, "ARM", "state"),
    (TU, "TUR", "state"),
    (GE, "GEO", "state"),
    ("Tasnim", "IRN", "media"),
    (OV, "RUS", "person"),
    ("Interfax", "RUS", "media"),
    (PA, "ARM", "person"),
    (CSTO, "", "organisation"),
    ("La Repubblica", "ITA", "media"),
])
# Headline, 'Publication: ...' meta line: not annotated. Byline: boilerplate.
# Bracketed citations '(IRNA, October 23)' are the publisher's references: they give `via` (and date the speech act)
# only when the sentence has a speech act; otherwise nothing, and the cited outlet is not an actor.
B(f, "By: Aidan Keller")
k = "On October 23, Iranian Foreign Minister Hossein Amir-Abdollahian hosted"
E(f, k, AA, LA, "meeting", "cooperation", "reported", "2023-10-23", "day", "diplomacy", "host -> guest named in the sentence (dev4_b, dev7_b)")
E(f, k, LA, I, "visit", "cooperation", "reported", "2023-10-23", "day", "diplomacy", "'in Tehran'. '(IRNA, October 23)': no speech act, no claim")
k = "The foreign ministers of Azerbaijan, Armenia and Turkey also attended"
E(f, k, AZ, I, "visit", "cooperation", "reported", "2023-10", "month", "diplomacy", "'also attended' the Tehran meeting (Tehran from the sentence before, seed implicit-partner rule); ministers named only by country: the states; past narrative anchored to the meeting at month precision (heldout). No host in this sentence: no meeting rows (dev7_b)")
E(f, k, AR, I, "visit", "cooperation", "reported", "2023-10", "month", "diplomacy", "as above")
E(f, k, TU, I, "visit", "cooperation", "reported", "2023-10", "month", "diplomacy", "as above")
E(f, k, GE, I, "visit", "cooperation", "denied", "2023-10", "month", "diplomacy", "'Georgia once again stayed away': negated attendance")
E(f, k, GE, R, "criticism", "tension", "reported", "2023-10", "month", "security;diplomacy", "'citing Russia’s occupation': Georgia's stated grievance")
E(f, k, R, GE, "military_action", "tension", "reported", *U, "security", "'Russia’s occupation of Abkhazia and South Ossetia': ongoing state, background")
C(f, k, GE, "asserts", "", False, "Georgia stays away because Russia occupies Abkhazia and South Ossetia", "'citing' is a speech act; state, not hedged")
k = "Both Tehran and Moscow hailed the meeting as proof"
C(f, k, I, "asserts", "", False, "the meeting proves the region can settle its problems without outside powers", "one row per side (seed 'The two countries say'); praise of a meeting, not of a partner: no event (dev7 praise of a document)")
C(f, k, R, "asserts", "", False, "the meeting proves the region can settle its problems without outside powers", "")
k = "Behind the show of unity, however, the gathering exposed a growing divergence"
E(f, k, R, I, "other", "tension", "reported", "2023-10", "month", "diplomacy;transport", "'a growing divergence between Moscow and Tehran'; mutual; 'exposed' by the gathering: anchored to October 2023")
k = "Amir-Abdollahian told journalists that Iran would not tolerate"
E(f, k, AA, AZ, "other", "tension", "reported", "2023-10-23", "day", "diplomacy;transport;security", "warning aimed at 'the so-called “Zangezur corridor” that Baku wants' (threat = other/tension, dev2); dated by the citation '(Tasnim, October 23)'")
E(f, k, AZ, AR, "other", "tension", "reported", *U, "transport;security", "'corridor that Baku wants through Armenia’s Syunik province': standing demand, background")
C(f, k, AA, "warns", "Tasnim", False, "Iran will not tolerate geopolitical change on its northern borders", "'would not tolerate' = a warning; via the bracketed citation (the outlet named in the sentence)")
k = "Iran fears that such a route, especially if guarded by Russian border guards"
E(f, k, I, R, "criticism", "tension", "reported", P, "week", "security;transport", "fear/distrust of a Russian-guarded route: perception = criticism (dev3); 'Russian border guards' = Russia; analysis present: publication week")
E(f, k, R, AR, "other", "neutral", "hypothetical", P, "week", "security;transport", "'if guarded by Russian border guards' (route through Armenia): hypothetical. No claim: perception, no speech verb")
k = "Moscow, by contrast, still treats the November 2020 ceasefire statement it brokered"
E(f, k, R, AR, "other", "cooperation", "reported", "2020-11", "month", "security;diplomacy", "'it brokered between Armenia and Azerbaijan': go-between rows toward each party (dev4_b)")
E(f, k, R, AZ, "other", "cooperation", "reported", "2020-11", "month", "security;diplomacy", "")
E(f, k, AR, AZ, "agreement", "cooperation", "reported", "2020-11", "month", "security;diplomacy", "the ceasefire statement 'between Armenia and Azerbaijan'. The FSB provision is part of this statement, and 'still treats ... as the basis' is a stance with no speech verb: no further rows")
k = "On the eve of the Tehran meeting, Deputy Prime Minister Alexei Overchuk said"
E(f, k, OV, AZ, "statement_support", "cooperation", "reported", "2023-10-22", "day", "transport;diplomacy", "remark 'read as support for Baku': perceived endorsement (dev5 401); 'On the eve of the Tehran meeting' and '(Interfax, October 22)' = 2023-10-22")
E(f, k, I, OV, "criticism", "tension", "reported", "2023-10", "month", "transport;diplomacy", "'Iranian commentators read [it] as support for Baku': a perception, resolved to Iran (dev4); the reading has no date of its own: month")
C(f, k, OV, "asserts", "Interfax", False, "Russia expects the transport provisions of the 2020 statement to be implemented", "'expected' = asserts (seed); via the bracketed citation. The commentators' reading is not a claim (no speech verb)")
k = "Iranian distrust was sharpened by the passivity of Russian peacekeepers"
E(f, k, I, R, "criticism", "tension", "reported", "2023-09", "month", "security", "distrust = criticism (dev3); anchored to the September offensive at month precision")
E(f, k, R, AZ, "other", "tension", "denied", "2023-09-19", "day", "security", "'passivity of Russian peacekeepers during Azerbaijan’s ... offensive ... on September 19–20': negated obstruction (dev7 'turns a blind eye'); start day (dev3). The offensive in Karabakh has no second actor (a place, dev7_b): no Azerbaijan row")
k = "Tehran, which shares a border of about 40 kilometers with Armenia"
E(f, k, I, AR, "statement_support", "cooperation", "reported", "2023", "year", "security;diplomacy", "'has since presented itself as a guarantor of that border': 'has since' = publication year")
E(f, k, I, AR, "other", "cooperation", "reported", "2022", "year", "diplomacy", "'opened a consulate in Kapan ... last year' = 2022. Sharing a border is not an interaction")
# 'Moscow has its own reasons for concern.': no partner, nothing (heldout).
k = "Armenian Prime Minister Nikol Pashinyan said in September"
E(f, k, PA, R, "criticism", "tension", "reported", "2023-09", "month", "security", "'relying solely on Russia for security had been a “strategic mistake”'; 'in September' = 2023-09")
E(f, k, AR, R, "other", "cooperation", "reported", *U, "security", "the past reliance on Russia stated in the quote (quote-subject rule, the speaker's country); background")
E(f, k, AR, CSTO, "other", "cooperation", "denied", "2023", "year", "security;military", "'Yerevan refused to host exercises of the ... CSTO this year' (refusal = negated, dev4); 'this year' = 2023")
C(f, k, PA, "asserts", "La Repubblica", False, "relying solely on Russia for security was a strategic mistake", "via the bracketed citation of the interview")
k = "For Tehran, the lesson of the autumn is that Moscow’s guarantees"
E(f, k, I, R, "criticism", "tension", "reported", "2023", "year", "security;diplomacy", "perception: Moscow's guarantees can no longer be taken for granted; 'the autumn' = 2023, year (season, dev7_b)")
E(f, k, R, I, "criticism", "tension", "reported", P, "week", "security;diplomacy", "perception: Iran's activism is 'an unwelcome reminder'; second clause, no date expression: publication week (dev4_b). 'activism on the Armenian border' is a back-reference: no Iran-Armenia row")

# ====================================================================== 904 Al-Ahram Weekly
f = "904"
P = "2025-10-02"
UN, UNSC = "United Nations", "UN Security Council"
UK, FR, DE = "United Kingdom", "France", "Germany"
BA, AR_, GR = "Badr Abdelatty", "Abbas Araghchi", "Rafael Grossi"
AW = "Al-Ahram Weekly"
actors(f, [
    (UN, "", "organisation"),
    (I, "IRN", "state"),
    (R, "RUS", "state"),
    ("China", "CHN", "state"),
    (UK, "GBR", "state"),
    (FR, "FRA", "state"),
    (DE, "DEU", "state"),
    (UNSC, "", "organisation"),
    ("Pakistan", "PAK", "state"),
    ("Algeria", "DZA", "state"),
    (BA, "EGY", "person"),
    (AR_, "IRN", "person"),
    (GR, "", "person"),
    ("Egypt", "EGY", "state"),
    ("Russian Foreign Ministry", "RUS", "government_body"),
    ("Sergei Lavrov", "RUS", "person"),
    ("Ham-Mihan", "IRN", "media"),
    ("Majid Farahani", "IRN", "person"),
    ("Alexey Dedov", "RUS", "person"),
    ("IRNA", "IRN", "media"),
    ("Rosatom", "RUS", "organisation"),
    ("the West", "", "state"),
    ("diplomatic sources in Cairo", "EGY", "person"),
    (AW, "EGY", "media"),
    ("International Atomic Energy Agency", "", "organisation"),
    ("Israel", "ISR", "state"),
])
# Headline not annotated. The standfirst (no final punctuation) is body text; 'writes Karim Fouad' is the author's voice: no claim, no actor (dev4 'This brief argues', dev5 essay).
k = "The return of UN sanctions on Iran has tested Tehran’s friendship"
E(f, k, UN, I, "sanction", "tension", "reported", P, "week", "nuclear", "'The return of UN sanctions on Iran': no date expression: publication week (strict seed rule)")
E(f, k, I, R, "other", "tension", "reported", P, "week", "diplomacy;nuclear", "'has tested Tehran’s friendship with Moscow' (dev5_b 406 'testing the limits of its partnership'); 'friendship' is a referring description: no cooperation row")
E(f, k, I, "China", "other", "tension", "reported", P, "week", "diplomacy;nuclear", "as above, Beijing")
k = "UN sanctions on Iran that had been lifted under the 2015 nuclear deal returned late on Saturday"
E(f, k, UN, I, "sanction", "tension", "reported", "2025-09-27", "day", "nuclear", "'returned late on Saturday' = 2025-09-27")
E(f, k, UN, I, "sanction", "tension", "denied", *U, "nuclear", "'had been lifted under the 2015 nuclear deal': the earlier lifting, an ended measure (denied, dev3); '2015' dates the deal, not the lifting: empty. The deal's parties are not named: no agreement row")
E(f, k, UK, I, "sanction", "tension", "reported", "2025-08-28", "day", "nuclear", "'Britain, France and Germany triggered the so-called snapback mechanism' (dev5_b: sanction by each E3 country); '30 days after' Saturday = 2025-08-28")
E(f, k, FR, I, "sanction", "tension", "reported", "2025-08-28", "day", "nuclear", "")
E(f, k, DE, I, "sanction", "tension", "reported", "2025-08-28", "day", "nuclear", "")
k = "A last-ditch Russian-Chinese draft resolution"
E(f, k, R, "China", "other", "cooperation", "reported", "2025-09", "month", "nuclear;diplomacy", "co-sponsoring a draft (heldout); anchored to the month of the vote (dev7_b co-sponsorship date). A draft that 'would have delayed' the sanctions gives no Russia/China -> Iran row (dev7_b)")
E(f, k, UNSC, R, "other", "tension", "reported", "2025-09-26", "day", "nuclear;diplomacy", "the council voting the draft down -> each sponsor (heldout); 'on 26 September'")
E(f, k, UNSC, "China", "other", "tension", "reported", "2025-09-26", "day", "nuclear;diplomacy", "")
k = "Only Pakistan and Algeria joined Moscow and Beijing in backing the text."
E(f, k, "Pakistan", R, "statement_support", "cooperation", "reported", "2025-09", "month", "nuclear;diplomacy", "backers -> each sponsor (dev5_b); no date expression, anchored to the vote's month")
E(f, k, "Pakistan", "China", "statement_support", "cooperation", "reported", "2025-09", "month", "nuclear;diplomacy", "")
E(f, k, "Algeria", R, "statement_support", "cooperation", "reported", "2025-09", "month", "nuclear;diplomacy", "")
E(f, k, "Algeria", "China", "statement_support", "cooperation", "reported", "2025-09", "month", "nuclear;diplomacy", "")
k = "The outcome has all but buried the understanding that Foreign Minister Badr Abdelatty brokered"
E(f, k, AR_, GR, "agreement", "cooperation", "reported", "2025-09-09", "day", "nuclear", "'the understanding ... between Iranian Foreign Minister Abbas Araghchi and ... Rafael Grossi', 'on 9 September'")
E(f, k, AR_, GR, "meeting", "cooperation", "reported", "2025-09-09", "day", "nuclear;diplomacy", "a joint signing in Cairo gives agreement, meeting and visit rows (heldout)")
E(f, k, AR_, "Egypt", "visit", "cooperation", "reported", "2025-09-09", "day", "nuclear;diplomacy", "'in Cairo'")
E(f, k, GR, "Egypt", "visit", "cooperation", "reported", "2025-09-09", "day", "nuclear;diplomacy", "'in Cairo'")
E(f, k, BA, AR_, "other", "cooperation", "reported", "2025-09-09", "day", "nuclear;diplomacy", "'brokered': go-between rows toward each party (dev4_b)")
E(f, k, BA, GR, "other", "cooperation", "reported", "2025-09-09", "day", "nuclear;diplomacy", "")
E(f, k, AR_, GR, "agreement", "cooperation", "denied", P, "week", "nuclear", "'has all but buried the understanding': practically ended, coded as an ended measure (dev3); present perfect, current news: publication week. Grossi speaks for the IAEA: empty country (Borrell)")
k = "Tehran has since said the Cairo understanding is"
E(f, k, I, GR, "agreement", "cooperation", "denied", "2025", "year", "nuclear", "quote-subject: the Cairo understanding 'no longer relevant' (Grossi, its other party, named in the sentence before); 'has since said' = publication year (dev6_b)")
E(f, k, I, UK, "other", "tension", "reported", "2025-09-27", "day", "diplomacy;nuclear", "'recalled its ambassadors ... for consultations' = other/tension toward each host country (dev5_b); 'on Saturday' = 2025-09-27")
E(f, k, I, FR, "other", "tension", "reported", "2025-09-27", "day", "diplomacy;nuclear", "")
E(f, k, I, DE, "other", "tension", "reported", "2025-09-27", "day", "diplomacy;nuclear", "")
C(f, k, I, "asserts", "", False, "the Cairo understanding is no longer relevant", "'Tehran has since said'; state, not hedged. The recall is not a claim")
k = "Russia’s Foreign Ministry said Moscow does not recognise the reinstatement"
E(f, k, R, I, "statement_support", "cooperation", "reported", P, "week", "nuclear;diplomacy", "non-recognition of UN sanctions against Iran, Iran named (dev5_b); quote-subject 'Moscow' = Russia as actor1 (dev7_b); 'will not implement them' merged into this row (dev7 identical rows). Lavrov at the General Assembly: speech in a venue, no row (dev7_b)")
C(f, k, "Russian Foreign Ministry", "disputes", "", False, "Russia does not recognise the reinstated UN sanctions and will not implement them", "rejecting another party's sanctions = disputes (dev5_b)")
C(f, k, "Sergei Lavrov", "disputes", "", False, "the snapback is legally null and void", "'told the UN General Assembly'; a venue, not an outlet: via empty")
k = "Yet in Tehran the mood towards Moscow is far from grateful."
E(f, k, I, R, "criticism", "tension", "reported", P, "week", "diplomacy", "'in Tehran' = Iran; a mood is a perception: criticism (dev3)")
k = "The reformist daily Ham-Mihan asked in an editorial why Russia and China"
E(f, k, "Ham-Mihan", R, "criticism", "tension", "reported", P, "week", "diplomacy;nuclear", "'asked in an editorial why Russia and China had been unable to stop' the process; publication week")
E(f, k, "Ham-Mihan", "China", "criticism", "tension", "reported", P, "week", "diplomacy;nuclear", "")
E(f, k, "Majid Farahani", R, "criticism", "tension", "reported", P, "week", "diplomacy", "'friends who cannot deliver' = Russia and China, named in the same sentence")
E(f, k, "Majid Farahani", "China", "criticism", "tension", "reported", P, "week", "diplomacy", "")
C(f, k, "Ham-Mihan", "asserts", "Ham-Mihan", False, "Russia and China could not stop the snapback process", "'asked ... why' = asserts (heldout); the outlet is the source: claimant = via")
C(f, k, "Majid Farahani", "hopes", "", False, "Iran should stop relying on friends who cannot deliver", "'should' = hopes (dev4)")
k = "Russian Ambassador Alexey Dedov dismissed such criticism"
E(f, k, "Alexey Dedov", I, "denial", "tension", "reported", P, "week", "diplomacy", "'dismissed such criticism' = explicit rejection of the Iranian critics' account (dev6 501 Peskov -> Iran)")
E(f, k, R, I, "statement_support", "cooperation", "reported", *U, "nuclear;diplomacy", "'Russia had voted against every Western resolution on Iran': habitual, background")
E(f, k, R, "the West", "other", "tension", "reported", *U, "nuclear;diplomacy", "voting against 'every Western resolution': background")
E(f, k, "Rosatom", I, "agreement", "cooperation", "reported", "2025-09-22", "week", "nuclear;energy", "'signed a $25 billion agreement last week to build four nuclear units in Iran’s Hormozgan province'; last week = week of Monday 2025-09-22")
C(f, k, "Alexey Dedov", "disputes", "IRNA", False, "the criticism of Russia is unfounded", "'dismissed such criticism' = disputes (dev4_b); 'in an interview with the IRNA news agency' = via")
C(f, k, "Alexey Dedov", "asserts", "IRNA", False, "Russia voted against every Western resolution on Iran; Rosatom signed a $25bn deal", "'noting': second speech verb, second row (dev4)")
k = "Diplomatic sources in Cairo told the Weekly that Egypt would keep channels open"
E(f, k, "Egypt", I, "other", "cooperation", "planned", P, "week", "diplomacy;nuclear", "'would keep channels open with both Tehran and the IAEA': planned; publication week")
E(f, k, "Egypt", "International Atomic Energy Agency", "other", "cooperation", "planned", P, "week", "diplomacy;nuclear", "")
C(f, k, "diplomatic sources in Cairo", "asserts", AW, True, "Egypt will keep channels open with Tehran and the IAEA", "unnamed sources, hedged; 'the Weekly' = Al-Ahram Weekly (via)")
k = "According to one of them, Abdelatty warned Araghchi"
E(f, k, BA, AR_, "other", "neutral", "reported", P, "week", "nuclear;diplomacy", "'warned Araghchi': a warning between friendly ministers, other/neutral; publication week")
E(f, k, "Israel", I, "military_action", "tension", "hypothetical", P, "week", "nuclear;security;middle_east", "'risked another round of Israeli strikes on Iran': hypothetical with no date expression: publication week")
C(f, k, "diplomatic sources in Cairo", "asserts", AW, True, "Abdelatty warned Araghchi about Israeli strikes without inspections", "'According to one of them': the group keeps the claimant (dev7); via carried (same statement to the Weekly)")
C(f, k, BA, "warns", AW, True, "without inspections the region risks another round of Israeli strikes on Iran", "speech known only through an anonymous source: a row for the speaker too, hedged (dev4)")
B(f, "*A version of this article appears in print in the 2 October, 2025 edition of Al-Ahram Weekly")

# ====================================================================== 905 Majlis committee press release (translated)
f = "905"
P = "2025-07-29"
CO, RE, MM, TR = "National Security and Foreign Policy Committee", "Ebrahim Rezaei", "members of the committee", "Majid Takht-Ravanchi"
actors(f, [
    (CO, "IRN", "government_body"),
    (RE, "IRN", "person"),
    (MM, "IRN", "person"),
    (R, "RUS", "state"),
    (I, "IRN", "state"),
    ("Islamic Consultative Assembly", "IRN", "government_body"),
    ("Israel", "ISR", "state"),
    ("United States", "USA", "state"),
    (TR, "IRN", "person"),
    ("media reports", "", "media"),
    ("hostile media", "", "media"),
    ("Iranian Foreign Ministry", "IRN", "government_body"),
])
# Header, title line: not annotated. Invocation, 'Unofficial English translation' and the public-relations signature: boilerplate.
B(f, "In the Name of God, the Compassionate, the Merciful")
B(f, "Unofficial English translation")
# The opening sentence (the committee 'reviewed the state of relations' with Takht-Ravanchi present) states no interaction between
# countries: a review is not an act toward Russia, and the deputy minister is Iranian (same country). No rows.
k = "According to Ebrahim Rezaei, spokesman of the committee, members expressed dissatisfaction"
E(f, k, MM, R, "criticism", "tension", "reported", P, "week", "military;diplomacy", "'expressed dissatisfaction with the failure of the Russian side': group speech act keeps the description (dev4); no date expression in the sentence: publication week (strict seed rule)")
E(f, k, R, I, "arms_transfer", "tension", "reported", P, "week", "military", "'failure ... to deliver, within the agreed timetable, defence equipment' = a delay: arms_transfer/tension/reported (dev4)")
E(f, k, I, R, "other", "cooperation", "reported", *U, "military", "'for which the Islamic Republic of Iran has paid in full': purchase, undated (dev4_b)")
C(f, k, RE, "asserts", "", False, "committee members are dissatisfied with Russia's late delivery of paid-for defence equipment", "'According to Ebrahim Rezaei'")
C(f, k, MM, "asserts", "", True, "Russia has failed to deliver paid-for defence equipment on time", "speech known through the spokesman: a row for the members too (dev4); unnamed members, hedged (dev3 lawmakers); the spokesman is a person, not an outlet: via empty")
k = "Members also stated that the Comprehensive Strategic Partnership Treaty"
E(f, k, "Islamic Consultative Assembly", R, "agreement", "cooperation", "reported", "2025-05-21", "day", "diplomacy;security", "'ratified by the Assembly on 31 Ordibehesht (21 May)': parliament -> partner country (heldout ratification rule)")
E(f, k, I, R, "agreement", "cooperation", "denied", P, "week", "security;military", "'contains no obligation of mutual military assistance' (heldout 'no mutual defence clause'); the date belongs to the ratification: publication week (dev4)")
E(f, k, R, I, "statement_support", "cooperation", "reported", "2025-06", "month", "diplomacy;security", "'the support of the Russian Federation ... was confined to political statements': the verbal support, anchored to the June 2025 war at month precision (heldout 102)")
E(f, k, R, I, "aid", "cooperation", "denied", "2025-06", "month", "military;security", "'confined to political statements': no military help, negated (heldout 'offered Tehran no military help')")
E(f, k, "Israel", I, "military_action", "tension", "reported", "2025-06", "month", "military;middle_east", "'the imposed war of the Zionist regime' (= Israel, dev4) = the June 2025 war")
E(f, k, "United States", I, "military_action", "tension", "reported", "2025-06", "month", "military;middle_east", "'and the United States'")
C(f, k, MM, "asserts", "", True, "the treaty has no mutual military assistance obligation; Russia's wartime support was only political", "'Members also stated'")
k = "In response, Dr. Takht-Ravanchi reported that the Russian Federation had condemned the aggression"
E(f, k, R, "Israel", "criticism", "tension", "reported", "2025-06", "month", "diplomacy;middle_east", "'condemned the aggression' (the aggressors named in the sentence before); the Security Council and the IAEA Board are venues, not actors; anchored to the war")
E(f, k, R, "United States", "criticism", "tension", "reported", "2025-06", "month", "diplomacy;middle_east", "")
E(f, k, I, R, "other", "cooperation", "reported", P, "week", "diplomacy", "'consultations with Moscow continue at the highest levels': ongoing negotiations = other/cooperation (heldout); present: publication week")
C(f, k, TR, "asserts", "", False, "Russia condemned the aggression at the UNSC and IAEA Board; consultations continue", "'reported' is a speech verb here")
k = "He added that the Russian side had offered to mediate"
E(f, k, R, I, "statement_support", "cooperation", "reported", "2025-06", "month", "diplomacy;security", "mediation offer (heldout): cooperation toward Iran; the other side is not named in this sentence: no neutral row; anchored to the war")
E(f, k, R, I, "other", "cooperation", "hypothetical", "2025-06", "month", "nuclear;energy", "'declared its readiness to expand cooperation in the peaceful use of nuclear energy': an offer, hypothetical; anchored to the war episode")
C(f, k, TR, "asserts", "", False, "Russia offered to mediate and to expand peaceful nuclear cooperation", "'He added'")
k = "Several members criticised reports that Russian officials had discussed"
E(f, k, MM, R, "criticism", "tension", "reported", P, "week", "diplomacy;nuclear", "'criticised' (group speech act, dev4); publication week")
E(f, k, R, "United States", "call", "neutral", "reported", P, "week", "diplomacy;nuclear", "'Russian officials had discussed ... with the American side': how is not stated = call (seed); Russian officials resolved to Russia as event actor (dev4_b)")
E(f, k, R, I, "other", "cooperation", "denied", P, "week", "diplomacy;nuclear", "'without coordination with Tehran': negated cooperation")
E(f, k, "Iranian Foreign Ministry", R, "criticism", "tension", "hypothetical", P, "week", "diplomacy", "content of the call: 'raise the matter with the Russian ambassador' (the members' call on their own ministry is same-country, dev7)")
C(f, k, MM, "asserts", "", True, "Russia discussed Iran's nuclear file with the US without coordinating with Tehran", "'criticised': one row")
C(f, k, MM, "hopes", "", True, "the foreign ministry should raise the matter with the Russian ambassador", "'called on' = hopes (dev2): second speech verb, second row")
C(f, k, "media reports", "asserts", "", True, "Russian officials discussed Iran's nuclear file with the Americans", "the reports are referred to (dev6_b 509); unnamed: 'media reports', hedged")
k = "The deputy minister rejected reports of a rift between the two countries"
E(f, k, I, R, "other", "tension", "denied", P, "week", "diplomacy", "'rejected reports of a rift between the two countries': denied (heldout); mutual")
E(f, k, TR, "hostile media", "denial", "tension", "reported", P, "week", "diplomacy", "explicit rejection of another actor's account (dev3; dev7 704 toward a media outlet)")
E(f, k, I, R, "other", "cooperation", "reported", P, "week", "diplomacy", "'relations with Moscow are strategic' (his side = Iran)")
C(f, k, TR, "denies", "", False, "there is no rift between Iran and Russia", "about his own side: denies")
C(f, k, TR, "asserts", "", False, "relations with Moscow are strategic", "'stressed': second row")
C(f, k, "hostile media", "asserts", "", True, "there is a rift between Iran and Russia", "the rejected reports, attributed as the sentence attributes them; unnamed, hedged")
k = "The committee was also briefed on the Rasht–Astara railway"
E(f, k, R, I, "other", "cooperation", "denied", P, "week", "finance;transport", "'has yet to disburse the state loan': negated (dev5 loans); publication week")
E(f, k, R, I, "agreement", "cooperation", "reported", "2023", "year", "finance;transport", "'the state loan of 1.3 billion euros agreed in 2023' (dev5 404: a loan agreement is one agreement row)")
E(f, k, I, R, "other", "tension", "hypothetical", P, "week", "finance;transport", "content of the request: the government (= Iran) to 'set a deadline for the Russian side' (dev7 own-government rule); the briefing is same-country")
C(f, k, CO, "hopes", "", False, "the government should set a deadline for the Russian side", "'asked the government' = hopes")
k = "Mr. Rezaei said the Assembly supports the expansion of relations"
C(f, k, RE, "asserts", "", False, "the Assembly supports wider relations but expects partners to honour commitments in deeds", "'its partners' and 'neighbouring and friendly countries' name no country: claim only (heldout)")
k = "It was decided that the Minister of Defence"
E(f, k, I, R, "agreement", "cooperation", "reported", *U, "diplomacy", "'agreements with the Russian Federation': passing mention of existing agreements, background. Inviting Iranian ministers is same-country")
B(f, "Public Relations Department, National Security and Foreign Policy Committee, Islamic Consultative Assembly")


def write(name, header, rows):
    with open(os.path.join(GOLD, name), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)


def main():
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    os.makedirs(GOLD, exist_ok=True)
    write("events.csv", ["source_file", "quote", "actor1", "actor1_country", "actor2", "actor2_country",
                         "event_type", "polarity", "modality", "event_date", "date_precision", "themes",
                         "notes"], EVENTS)
    write("claims.csv", ["source_file", "quote", "claimant", "claimant_country", "stance", "via", "hedged",
                         "topic", "notes"], CLAIMS)
    arows = [[fn, name, c, t] for fn, d in ACTORS.items() for name, (c, t) in d.items()]
    write("actors.csv", ["source_file", "actor", "country", "type"], arows)
    write("boilerplate.csv", ["source_file", "quote"], BOILER)
    ce, cc, ca, cb = (Counter(r[0] for r in x) for x in (EVENTS, CLAIMS, arows, BOILER))
    for fn in FILES.values():
        print(f"{fn}: events {ce[fn]}, claims {cc[fn]}, actors {ca[fn]}, boilerplate {cb[fn]}")
    print(f"total: events {len(EVENTS)}, claims {len(CLAIMS)}, actors {len(arows)}, boilerplate {len(BOILER)}")
    used = {(r[0], r[2]) for r in EVENTS} | {(r[0], r[4]) for r in EVENTS} | {(r[0], r[2]) for r in CLAIMS} | {(r[0], r[5]) for r in CLAIMS if r[5]}
    unused = [(fn, n) for fn, d in ACTORS.items() for n in d if (fn, n) not in used]
    print("actors without rows:", unused)


if __name__ == "__main__":
    main()
