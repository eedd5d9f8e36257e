#!/usr/bin/env python3
"""Hand annotation (gold) for dev7_b articles 706-711.

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

# ====================================================================== 706 RFE/RL
f = "706"
P = "2022-06-30"
PU, RA = "Vladimir Putin", "Ebrahim Raisi"
actors(f, [
    (PU, "RUS", "person"),
    (RA, "IRN", "person"),
    (R, "RUS", "state"),
    (I, "IRN", "state"),
    ("Turkmenistan", "TKM", "state"),
    ("Serdar Berdymukhammedov", "TKM", "person"),
    ("Ukraine", "UKR", "state"),
    ("Western governments", "", "state"),
    ("Kremlin", "RUS", "government_body"),
    ("Dmitry Peskov", "RUS", "person"),
    ("Iranian parliament", "IRN", "government_body"),
    ("critics in Tehran", "IRN", "person"),
    ("Iranian officials", "IRN", "person"),
    ("Saeed Khatibzadeh", "IRN", "person"),
    ("NATO", "", "organisation"),
    ("the West", "", "state"),
    ("China", "CHN", "state"),
    ("India", "IND", "state"),
    ("Turkey", "TUR", "state"),
    ("United States", "USA", "state"),
    ("traders", "", "person"),
    ("ship-tracking firms", "", "organisation"),
    ("Mehdi Sharifi", "IRN", "person"),
    ("Etemad", "IRN", "media"),
    ("Yevgeny Lavrentyev", "RUS", "person"),
    ("RFE/RL's Russian Service", "CZE", "media"),
    ("rights groups", "", "organisation"),
])
# Headline (line 1) not annotated; the dateline 'ASHGABAT -- ' has no final punctuation and belongs to the first sentence.
k = "ASHGABAT -- Russian President Vladimir Putin and Iranian President Ebrahim Raisi hailed"
E(f, k, PU, RA, "statement_support", "cooperation", "reported", "2022-06-29", "day", "diplomacy", "'hailed their countries' ties as strategic': each side made a statement, one row each (seed 'Both sides emphasised'); dated by 'on June 29'")
E(f, k, RA, PU, "statement_support", "cooperation", "reported", "2022-06-29", "day", "diplomacy", "")
E(f, k, PU, RA, "meeting", "cooperation", "reported", "2022-06-29", "day", "diplomacy", "'when they met on the sidelines of a Caspian Sea summit in Turkmenistan on June 29'; mutual; sidelines in a third country: no visit row from this sentence (heldout)")
E(f, k, R, I, "other", "tension", "reported", *U, "diplomacy;energy;trade", "'disputes about the seabed, oil markets, and a treaty': ongoing state, background; mutual ('their countries')")
E(f, k, I, R, "agreement", "cooperation", "denied", P, "week", "diplomacy;energy", "'a treaty that Tehran has yet to ratify' (the Caspian convention; Russia, a party, is named in the sentence); negated: denied, no date expression of its own: publication week")
E(f, k, I, R, "agreement", "cooperation", "reported", "2018", "year", "diplomacy;energy", "'nearly four years after signing it': the signing, counted back from 2022 = 2018 (year)")
C(f, k, PU, "asserts", "", False, "Russia-Iran ties are strategic", "'hailed' is a speech verb (dev2 201); one row per claimant")
C(f, k, RA, "asserts", "", False, "Iran-Russia ties are strategic", "")
k = "The trip to the Turkmen capital, where the summit was hosted"
E(f, k, PU, "Turkmenistan", "visit", "cooperation", "reported", P, "week", "diplomacy", "'The trip to the Turkmen capital' (Putin's trip); 'in February' belongs to the invasion clause: the trip has no date expression, publication week (strict seed rule, dev4 one clause dated)")
E(f, k, "Serdar Berdymukhammedov", PU, "meeting", "cooperation", "reported", P, "week", "diplomacy", "summit 'hosted by President Serdar Berdymukhammedov': host -> participant named in the sentence (dev4_b)")
E(f, k, PU, "Ukraine", "military_action", "tension", "reported", "2022-02", "month", "ukraine_war;military", "'since he launched the full-scale invasion of Ukraine in February'")
C(f, k, "Western governments", "asserts", "", False, "Moscow is isolated", "'as isolated as Western governments say'; named category of governments, on record: not hedged (heldout 'Kyiv and the West say'). No isolating act is stated: no event")
k = "Our relations are truly strategic, close, and deep"
E(f, k, R, I, "other", "cooperation", "reported", P, "week", "diplomacy", "quote subject 'Our relations' in a bilateral talk = Russia and Iran (dev4 304); relationship state; no date expression: publication week")
E(f, k, PU, RA, "meeting", "cooperation", "reported", P, "week", "diplomacy", "'at the start of their talks' names both ('their'); repeated mention with a participant gets its own row (dev4 'Larijani's visit'); no date expression: publication week (strict)")
C(f, k, PU, "asserts", "Kremlin", False, "Russia-Iran relations are truly strategic, close and deep", "'according to a transcript published by the Kremlin': the speaker is claimant, the publishing office is via (dev3 ministry statement, dev6 506)")
k = "He said trade between the two countries had grown by more than 80 percent"
E(f, k, R, I, "trade_energy", "cooperation", "reported", "2021", "year", "trade", "'the two countries'; 'last year' = 2021; mutual")
E(f, k, RA, PU, "invitation", "cooperation", "reported", P, "week", "diplomacy", "'invited him to visit Tehran'; no date expression")
E(f, k, PU, I, "visit", "cooperation", "planned", *U, "diplomacy", "invitation 'had been accepted', 'no date was announced': undated planned (seed)")
C(f, k, PU, "asserts", "Kremlin", False, "bilateral trade grew by more than 80 percent last year", "'He said' continues the statement at the talks: via carried")
C(f, k, "Dmitry Peskov", "asserts", "", False, "Putin accepted the invitation to visit Tehran", "'later said'; the invitation itself is not a claim")
# "Behind the smiles, the Caspian itself remains a sore point." : no participant.
# "The 2018 Convention ... signed in the Kazakh port of Aktau, settled ..." : passive signing with no agent named (dev4 305): no row; Aktau is a venue.
k = "Moscow ratified the document in 2019"
E(f, k, R, I, "agreement", "cooperation", "reported", "2019", "year", "diplomacy;energy", "ratification of the convention: ratifier -> partner named in the sentence (heldout treaty ratification rule, applied to the one partner named)")
E(f, k, "Iranian parliament", R, "agreement", "cooperation", "denied", P, "week", "diplomacy;energy", "'has never put it to a vote' (negated ratification); partner 'Moscow' from the same sentence; denied row without date: publication week")
C(f, k, "critics in Tehran", "asserts", "", True, "the convention leaves Iran far less than a 20 percent share", "unnamed critics: hedged; the convention is not an actor: no criticism event")
C(f, k, "Iranian officials", "hopes", "", False, "Iran should receive a 20 percent share of the Caspian", "'long demanded' = hopes (dev3); generic on-record officials: not hedged; the other coastal states are not named: no event")
k = "Iranian Foreign Ministry spokesman Saeed Khatibzadeh said on June 27"
E(f, k, I, R, "other", "tension", "denied", "2022-06-27", "day", "diplomacy;energy", "'dismissed suggestions that the issue had caused friction with Moscow' (denial of reports: row for the denied friction, heldout); dated by 'said on June 27'")
C(f, k, "Saeed Khatibzadeh", "asserts", "", False, "ratifying the convention is a matter for parliament", "")
C(f, k, "Saeed Khatibzadeh", "denies", "", False, "the convention has not caused friction with Moscow", "second speech verb 'dismissed'; about his own side = denies. The suggestions have no named source: no denial-type event")
k = "Putin, for his part, used the summit to repeat his insistence"
E(f, k, "Kremlin", "NATO", "other", "tension", "reported", *U, "security", "'a principle the Kremlin has long invoked to keep NATO away from the sea': 'long' = background. Putin's own insistence names no outside party: no row")
C(f, k, PU, "hopes", "", False, "no outside military forces should be allowed on the Caspian", "an insistence/demand = hopes (dev3)")
# "Oil is another irritant." : no participant.
k = "Since the West imposed sanctions on Russia over the war"
E(f, k, "the West", R, "sanction", "tension", "reported", *U, "finance;ukraine_war", "'Since the West imposed sanctions on Russia': since-clause, background (heldout 'since the start of the war')")
E(f, k, R, "China", "trade_energy", "cooperation", "reported", *U, "trade;energy", "'Russian crude has been flowing to refiners in China, India, and Turkey' (ongoing); one row per country")
E(f, k, R, "India", "trade_energy", "cooperation", "reported", *U, "trade;energy", "")
E(f, k, R, "Turkey", "trade_energy", "cooperation", "reported", *U, "trade;energy", "")
E(f, k, R, I, "other", "tension", "reported", *U, "trade;energy", "'eating into the Chinese market that Iran ... had all but cornered' (market rivalry = other/tension, dev2)")
E(f, k, I, "China", "trade_energy", "cooperation", "reported", *U, "trade;energy", "Iran's oil sales in the Chinese market; background")
E(f, k, "United States", I, "sanction", "tension", "reported", *U, "finance;energy", "'under U.S. sanctions since 2018': a state since a date = background (heldout 'since the autumn of 2022')")
C(f, k, "traders", "asserts", "", True, "discounted Russian crude is eating into Iran's Chinese market", "'according to traders and ship-tracking firms': one row per source; unnamed: hedged")
C(f, k, "ship-tracking firms", "asserts", "", True, "discounted Russian crude is eating into Iran's Chinese market", "unnamed data providers: hedged (dev4 'ship-tracking data')")
k = "The Russians are not our allies in the oil market"
E(f, k, R, I, "other", "cooperation", "denied", "2022-06-27", "week", "trade;energy", "quote subject 'The Russians'; 'not our allies' (negated partnership, dev4 'rivals rather than partners'); dated by 'wrote ... this week' = Monday of the publication week")
E(f, k, R, I, "other", "tension", "reported", "2022-06-27", "week", "trade;energy", "'they are our competitors, and right now they are winning'")
C(f, k, "Mehdi Sharifi", "asserts", "Etemad", False, "the Russians are Iran's competitors in the oil market, not its allies", "'wrote in the reformist daily Etemad': the writer is claimant, the daily is via")
k = "Distrust of Moscow has deep roots in Iran"
E(f, k, I, R, "criticism", "tension", "reported", *U, "diplomacy", "distrust = perception = criticism (dev3); 'has deep roots': background; 'many still recall' has no speech verb: no claim")
E(f, k, R, I, "other", "tension", "reported", *U, "nuclear;energy", "'Russia's years of delays in completing the Bushehr nuclear power plant' (delay = tension, dev3 215); undated")
E(f, k, R, I, "arms_transfer", "cooperation", "denied", "2010", "year", "military", "'its 2010 decision to freeze the sale of S-300' (freeze = denied, as dev6 500)")
E(f, k, R, I, "arms_transfer", "cooperation", "reported", "2016", "year", "military", "'which were delivered only in 2016' (deliverer = Russia from the same sentence)")
k = "Moscow needs Tehran as a partner against the West"
E(f, k, R, I, "other", "cooperation", "reported", *U, "diplomacy;security", "'Moscow needs Tehran as a partner': ongoing state, background")
E(f, k, R, "the West", "other", "tension", "reported", *U, "diplomacy;security", "'a partner against the West'; background. No separate Iran->the West row: the sentence states Moscow's view of Tehran's role, not an Iranian act")
E(f, k, R, I, "other", "cooperation", "denied", P, "week", "security;military", "'has never been willing to give Iran more than it has to, whether on the Caspian or on weapons' (negated); denied row without date: publication week")
C(f, k, "Yevgeny Lavrentyev", "asserts", "RFE/RL's Russian Service", False, "Moscow needs Tehran against the West but never gives Iran more than it must", "'told RFE/RL's Russian Service' = via (dev2 'told AFP'); named analyst: not hedged")
# "Neither leader came to Ashgabat with a clean record at home." : no interaction (their records at home).
k = "Rights groups have criticized Putin over the arrests"
E(f, k, "rights groups", PU, "criticism", "tension", "reported", "2022", "year", "humanitarian", "present-perfect speech act without date: publication year (dev6)")
E(f, k, "rights groups", RA, "criticism", "tension", "reported", "2022", "year", "humanitarian", "the 1988 executions are a same-country act (IRN-IRN): no row")
C(f, k, "rights groups", "asserts", "", True, "Putin and Raisi bear responsibility for repression at home", "unnamed organisations: hedged")
# "The Kremlin did not respond to a request from RFE/RL's Russian Service ..." : no partner; not a claim (dev6 506).
B(f, "With reporting by RFE/RL's Turkmen Service, Reuters, AFP, and TASS")

# ====================================================================== 707 RT
f = "707"
P = "2025-09-28"
RFM, ET = "Russian Foreign Ministry", "European troika"
actors(f, [
    (RFM, "RUS", "government_body"),
    (R, "RUS", "state"),
    (I, "IRN", "state"),
    ("United Nations", "", "organisation"),
    ("the West", "", "state"),
    (ET, "", "organisation"),
    ("UN Security Council", "", "organisation"),
    ("China", "CHN", "state"),
    ("Pakistan", "PAK", "state"),
    ("Algeria", "DZA", "state"),
    ("Vasily Nebenzia", "RUS", "person"),
    ("International Atomic Energy Agency", "", "organisation"),
    ("United Kingdom", "GBR", "state"),
    ("France", "FRA", "state"),
    ("Germany", "DEU", "state"),
    ("Abbas Araghchi", "IRN", "person"),
    ("Western governments", "", "state"),
    ("Ukraine", "UKR", "state"),
    ("Western media", "", "media"),
    ("Persian-language channels", "", "media"),
    ("Sergey Ryabkov", "RUS", "person"),
    ("RIA Novosti", "RUS", "media"),
    ("Rosatom", "RUS", "organisation"),
    ("Iranian state media", "IRN", "media"),
    ("Aleksey Likhachev", "RUS", "person"),
    ("Mohammad Eslami", "IRN", "person"),
])
# Header and headline line not annotated.
k = "Russia considers the reinstatement of UN sanctions against Iran legally null and void"
E(f, k, R, I, "statement_support", "cooperation", "reported", "2025-09-28", "day", "nuclear;diplomacy", "not recognising / not complying with UN sanctions on Iran, Iran named (dev5_b rule); reported speech with the explicit subject 'Russia' (quote-subject rule); 'said on Sunday'")
E(f, k, "United Nations", I, "sanction", "tension", "reported", P, "week", "nuclear", "'the reinstatement of UN sanctions against Iran' (UN sanctions = United Nations -> Iran, dev5_b); a separate act with no date expression of its own: publication week (dev4)")
E(f, k, RFM, "the West", "accusation", "tension", "reported", "2025-09-28", "day", "nuclear;diplomacy", "'accusing the collective West' (canonical 'the West')")
E(f, k, "the West", I, "other", "tension", "reported", *U, "nuclear;diplomacy", "accused act: 'sabotaging diplomacy over Tehran's nuclear program'; ongoing, no date")
C(f, k, RFM, "disputes", "", False, "the reinstated UN sanctions on Iran are null and void and will not be complied with", "rejecting another party's sanctions = disputes (dev5_b)")
C(f, k, RFM, "asserts", "", False, "the collective West sabotaged diplomacy on Iran's nuclear program", "second speech verb 'accusing'")
k = "procedure launched by the European troika is legally flawed"
E(f, k, ET, I, "sanction", "tension", "reported", "2025", "year", "nuclear", "'the so-called snapback procedure launched by the European troika' (triggering snapback = sanction, dev5_b; group kept: the countries are not named in the sentence); Iran from the sentence before; undated recent past act: publication year (dev4)")
E(f, k, RFM, ET, "criticism", "tension", "reported", P, "week", "nuclear;diplomacy", "'legally flawed ... no legal force'; 'the ministry stated' without date: publication week")
C(f, k, RFM, "disputes", "", False, "the snapback procedure is legally flawed and has no legal force for Russia", "")
k = "It added that Moscow would keep developing cooperation with Tehran"
E(f, k, R, I, "other", "cooperation", "planned", *U, "diplomacy;trade", "'would keep developing cooperation with Tehran in all areas'; the sentence has no date expression: undated planned (as dev6 506 'It added')")
E(f, k, RFM, "the West", "criticism", "tension", "reported", P, "week", "diplomacy", "'what it called the illegitimate decisions of Western capitals' ('Western capitals' = the West)")
C(f, k, RFM, "asserts", "", False, "Moscow will keep developing cooperation with Tehran in all areas", "pronoun speaker 'It' = the ministry")
C(f, k, RFM, "disputes", "", False, "the decisions of Western capitals are illegitimate", "'what it called' is a claim (dev6 505); rejects another party's decisions = disputes")
k = "The restrictions, lifted under UN Security Council Resolution 2231"
E(f, k, "UN Security Council", I, "other", "cooperation", "reported", *U, "nuclear", "'lifted under UN Security Council Resolution 2231' (lifting = relief; dev2 codes an expiry as other); '2015' dates the JCPOA, not the lifting: undated. The JCPOA's parties are not named: no agreement row")
E(f, k, "United Nations", I, "sanction", "tension", "reported", P, "week", "nuclear", "'came back into force at midnight GMT' (no day named): publication week; repeated mention with Iran ('Tehran') in the sentence")
E(f, k, ET, I, "sanction", "tension", "reported", "2025-08", "month", "nuclear", "'the European troika triggered the mechanism in late August'")
E(f, k, ET, I, "accusation", "tension", "reported", "2025-08", "month", "nuclear", "'accusing Tehran of breaching its commitments'; the breach has no named counterpart: no accused-act row")
E(f, k, I, ET, "denial", "tension", "reported", P, "week", "nuclear;diplomacy", "'a charge Iran rejects': explicit rejection of another party's accusation = denial (dev3/dev5); present tense: publication week")
C(f, k, ET, "asserts", "", False, "Tehran breached its nuclear commitments", "'accusing'")
C(f, k, I, "denies", "", False, "Iran did not breach its nuclear commitments", "'a charge Iran rejects' (dev5 'a claim Iran denies')")
k = "On Friday, the Security Council voted down a Russian-Chinese draft resolution"
E(f, k, "UN Security Council", R, "other", "tension", "reported", "2025-09-26", "day", "nuclear;diplomacy", "council voting a draft down = UNSC -> each sponsor (heldout)")
E(f, k, "UN Security Council", "China", "other", "tension", "reported", "2025-09-26", "day", "nuclear;diplomacy", "")
E(f, k, R, "China", "other", "cooperation", "reported", "2025-09", "month", "nuclear;diplomacy", "'a Russian-Chinese draft resolution' (co-sponsoring = other/cooperation, heldout); no date of its own: anchored to the month of the vote (heldout 102)")
E(f, k, "Pakistan", R, "statement_support", "cooperation", "reported", "2025-09-26", "day", "nuclear;diplomacy", "backers -> each sponsor named (dev5_b)")
E(f, k, "Pakistan", "China", "statement_support", "cooperation", "reported", "2025-09-26", "day", "nuclear;diplomacy", "")
E(f, k, "Algeria", R, "statement_support", "cooperation", "reported", "2025-09-26", "day", "nuclear;diplomacy", "")
E(f, k, "Algeria", "China", "statement_support", "cooperation", "reported", "2025-09-26", "day", "nuclear;diplomacy", "'would have postponed the move' is the draft's content (bare back-reference to the snapback): no Russia/China -> Iran row")
k = "Russia’s envoy to the UN, Vasily Nebenzia, told the council on Friday"
E(f, k, "Vasily Nebenzia", ET, "accusation", "tension", "reported", "2025-09-26", "day", "nuclear;diplomacy", "'the Europeans had buried the nuclear deal' ('the Europeans' = the European troika of the sentences before); 'told the council' is a speech in the council (venue): no Nebenzia -> UNSC row")
E(f, k, ET, I, "other", "tension", "reported", "2025", "year", "nuclear", "accused act: burying the nuclear deal with Tehran (Tehran named in the sentence); undated recent past: publication year")
E(f, k, "the West", I, "other", "tension", "reported", *U, "nuclear;diplomacy", "'Western pressure' on Tehran; ongoing")
E(f, k, I, "International Atomic Energy Agency", "other", "tension", "hypothetical", "2025-09-26", "day", "nuclear", "'would only push Tehran away from cooperation with the IAEA'; hypothetical content of a dated statement takes its date (dev4)")
C(f, k, "Vasily Nebenzia", "asserts", "", False, "the Europeans buried the nuclear deal", "")
C(f, k, "Vasily Nebenzia", "warns", "", False, "Western pressure will push Tehran away from the IAEA", "second speech verb 'warned'")
k = "Iran on Saturday recalled its ambassadors to Britain, France and Germany"
E(f, k, I, "United Kingdom", "other", "tension", "reported", "2025-09-27", "day", "diplomacy;nuclear", "recalling ambassadors for consultations = other/tension toward each host (dev5_b)")
E(f, k, I, "France", "other", "tension", "reported", "2025-09-27", "day", "diplomacy;nuclear", "")
E(f, k, I, "Germany", "other", "tension", "reported", "2025-09-27", "day", "diplomacy;nuclear", "")
k = "Iranian Foreign Minister Abbas Araghchi thanked Moscow and Beijing"
E(f, k, "Abbas Araghchi", R, "statement_support", "cooperation", "reported", P, "week", "nuclear;diplomacy", "thanks = statement_support (seed); no date expression: publication week")
E(f, k, "Abbas Araghchi", "China", "statement_support", "cooperation", "reported", P, "week", "nuclear;diplomacy", "")
C(f, k, "Abbas Araghchi", "asserts", "", False, "Russia and China took a principled position", "'what he described as' (dev5_b 'described as' = asserts); 'thanked' itself is not a claim")
C(f, k, "Abbas Araghchi", "asserts", "", False, "Russia and China stood on the right side of international law", "second speech verb 'saying'")
k = "Western governments have also accused Iran of supplying Russia"
E(f, k, "the West", I, "accusation", "tension", "reported", "2025", "year", "military;ukraine_war", "'Western governments' resolved to the West as event actor (the claimant keeps the description); present-perfect speech act: publication year (dev6)")
E(f, k, I, R, "arms_transfer", "cooperation", "reported", *U, "military;ukraine_war", "accused act: drones and missiles; ongoing, no date")
E(f, k, R, "Ukraine", "military_action", "tension", "reported", *U, "ukraine_war;military", "'the conflict with Kiev' (Kiev = Ukraine); background")
E(f, k, I, R, "arms_transfer", "cooperation", "denied", P, "week", "military;ukraine_war", "'claims both Moscow and Tehran have repeatedly denied': denied row without date: publication week")
E(f, k, R, "the West", "denial", "tension", "reported", "2025", "year", "military;ukraine_war", "explicit rejection of the Western governments' account = denial (dev3); present perfect: publication year")
E(f, k, I, "the West", "denial", "tension", "reported", "2025", "year", "military;ukraine_war", "")
C(f, k, "Western governments", "asserts", "", False, "Iran supplies Russia with drones and missiles for the war", "named category of governments on record: not hedged")
C(f, k, R, "denies", "", False, "Iran has not supplied Russia with drones and missiles", "one row per denier")
C(f, k, I, "denies", "", False, "Iran has not supplied Russia with drones and missiles", "")
k = "Some Western outlets and Persian-language channels funded from abroad"
E(f, k, "Western media", R, "accusation", "tension", "reported", "2025", "year", "nuclear;diplomacy", "'portray the snapback as proof that Moscow has abandoned Tehran' (X said [wrongdoing by Y]); 'Some Western outlets' = Western media (dev6 509); present perfect: publication year")
E(f, k, "Persian-language channels", R, "accusation", "tension", "reported", "2025", "year", "nuclear;diplomacy", "")
E(f, k, R, I, "other", "tension", "reported", P, "week", "diplomacy", "accused act: 'Moscow has abandoned Tehran' (current); publication week")
C(f, k, "Western media", "asserts", "Western media", True, "Moscow has abandoned Tehran", "outlets not named: claimant = via, hedged (dev6 509)")
C(f, k, "Persian-language channels", "asserts", "Persian-language channels", True, "Moscow has abandoned Tehran", "")
k = "Deputy Foreign Minister Sergey Ryabkov dismissed such claims on Saturday"
E(f, k, "Sergey Ryabkov", "Western media", "denial", "tension", "reported", "2025-09-27", "day", "diplomacy", "'dismissed such claims' of the outlets named in the sentence before: explicit rejection = denial, one row per accuser (dev6 511)")
E(f, k, "Sergey Ryabkov", "Persian-language channels", "denial", "tension", "reported", "2025-09-27", "day", "diplomacy", "")
E(f, k, R, I, "other", "tension", "denied", "2025-09-27", "day", "diplomacy", "the denied abandonment (denial of reports gives a denied row, heldout); takes the sentence's date")
E(f, k, R, I, "other", "cooperation", "reported", "2025-09-27", "day", "diplomacy", "'relations with Iran remained strategic and trusting'; dated by the Saturday statement. 'at the Security Council' is a venue")
C(f, k, "Sergey Ryabkov", "denies", "RIA Novosti", False, "Moscow has not abandoned Tehran", "about his own side = denies")
C(f, k, "Sergey Ryabkov", "asserts", "RIA Novosti", False, "Russia did everything possible; relations with Iran remain strategic and trusting", "'telling RIA Novosti'")
k = "Moscow and Tehran signed a comprehensive strategic partnership treaty in January"
E(f, k, R, I, "agreement", "cooperation", "reported", "2025-01", "month", "diplomacy;security", "mutual; no place named: no meeting or visit rows")
E(f, k, R, I, "other", "cooperation", "reported", *U, "diplomacy;trade", "'practical cooperation continues despite the pressure': ongoing, background")
k = "On Friday, Rosatom and Iranian partners signed a $25 billion agreement"
E(f, k, "Rosatom", I, "agreement", "cooperation", "reported", "2025-09-26", "day", "nuclear;energy", "'Iranian partners' resolved to Iran (heldout 'Iranian entities'); building the units is the content of the agreement: one row (dev5 404)")
C(f, k, "Iranian state media", "asserts", "Iranian state media", False, "Rosatom and Iranian partners signed a $25 billion nuclear plant deal", "broadcaster/outlet as source: claimant = via (dev5)")
k = "Days earlier, Rosatom chief Aleksey Likhachev"
E(f, k, "Aleksey Likhachev", "Mohammad Eslami", "agreement", "cooperation", "reported", "2025-09", "month", "nuclear;energy", "memorandum; 'Days earlier' is not a point date: anchored to the month (dev6 'within days')")
E(f, k, "Aleksey Likhachev", "Mohammad Eslami", "meeting", "cooperation", "reported", "2025-09", "month", "nuclear", "joint signing implies the meeting (heldout)")
E(f, k, "Mohammad Eslami", R, "visit", "cooperation", "reported", "2025-09", "month", "nuclear", "signing 'in Moscow' implies the visit (heldout)")

# ====================================================================== 708 Eurasianet
f = "708"
P = "2024-10-21"
LA, AR = "Sergei Lavrov", "Abbas Araghchi"
actors(f, [
    ("Armenia", "ARM", "state"),
    ("Azerbaijan", "AZE", "state"),
    (R, "RUS", "state"),
    (I, "IRN", "state"),
    (LA, "RUS", "person"),
    (AR, "IRN", "person"),
    ("Turkey", "TUR", "state"),
    ("Hakan Fidan", "TUR", "person"),
    ("IRNA", "IRN", "media"),
    ("Alexey Dedov", "RUS", "person"),
    ("Nasser Kanaani", "IRN", "person"),
    ("Iranian lawmakers", "IRN", "person"),
    ("Kayhan", "IRN", "media"),
    ("Maria Zakharova", "RUS", "person"),
    ("Vladimir Putin", "RUS", "person"),
    ("Masoud Pezeshkian", "IRN", "person"),
    ("Iranian presidency", "IRN", "government_body"),
    ("Elnur Ismayilzade", "AZE", "person"),
    ("Eurasianet", "USA", "media"),
    ("Collective Security Treaty Organization", "", "organisation"),
    ("Nikol Pashinyan", "ARM", "person"),
    ("Georgia", "GEO", "state"),
    ("Anahit Mkrtchyan", "ARM", "person"),
    ("the West", "", "state"),
])
# Headline line not annotated. The 3+3 gathering as such names no participant individually (format = venue): no rows for it.
k = "When the foreign ministers of the “3+3” regional format gathered in Istanbul"
E(f, k, "Armenia", "Azerbaijan", "other", "cooperation", "reported", *U, "diplomacy;security", "'whose peace talks have dragged on for months' (ongoing negotiations = other/cooperation, heldout); background; mutual. 'was not between Armenia and Azerbaijan' negates only which meeting was watched: no negated row")
E(f, k, R, I, "meeting", "cooperation", "reported", "2024-10-18", "day", "diplomacy", "'the meeting ... between Russia and Iran' at the gathering 'on October 18'; mutual")
E(f, k, R, I, "other", "tension", "reported", "2024", "year", "diplomacy;transport", "'spent the late summer sparring in public' (a season = year, dev2 'this summer'); mutual")
k = "Russian Foreign Minister Sergei Lavrov and his Iranian counterpart, Abbas Araghchi, met on Friday"
E(f, k, LA, AR, "meeting", "cooperation", "reported", "2024-10-18", "day", "diplomacy", "'on Friday'; mutual")
E(f, k, "Hakan Fidan", LA, "meeting", "cooperation", "reported", "2024-10-18", "day", "diplomacy", "gathering 'hosted by Turkish Foreign Minister Hakan Fidan': host -> participant (dev4_b)")
E(f, k, "Hakan Fidan", AR, "meeting", "cooperation", "reported", "2024-10-18", "day", "diplomacy", "")
E(f, k, LA, "Turkey", "visit", "cooperation", "reported", "2024-10-18", "day", "diplomacy", "a gathering hosted by Turkey implies the guests' visits (dev4 hosting rule); Istanbul = Turkey")
E(f, k, AR, "Turkey", "visit", "cooperation", "reported", "2024-10-18", "day", "diplomacy", "")
k = "There are no differences between Iran and Russia on the principles"
E(f, k, I, R, "other", "tension", "denied", P, "week", "diplomacy;security", "'There are no differences between Iran and Russia' (negated); 'afterwards' is an event reference, not a date expression: denied row without date, publication week")
C(f, k, AR, "denies", "IRNA", False, "there are no differences between Iran and Russia on the region", "rejects talk of a rift about his own side = denies (dev2 'played down'); 'according to the IRNA news agency' = via")
k = "Lavrov, for his part, said Moscow’s position had not changed"
E(f, k, LA, "Armenia", "statement_support", "cooperation", "reported", P, "week", "security;transport", "links 'must respect Armenian sovereignty' (the clause has no actor subject: speaker is actor1); no date expression: publication week")
E(f, k, "Azerbaijan", "Armenia", "agreement", "cooperation", "hypothetical", P, "week", "transport", "'be agreed between Baku and Yerevan': hypothetical without date, publication week (heldout)")
C(f, k, LA, "asserts", "", False, "Moscow's position on the South Caucasus routes has not changed", "")
C(f, k, LA, "hopes", "", False, "new links must respect Armenian sovereignty and be agreed by Baku and Yerevan", "same verb, second stance (dev2); 'must' = hopes")
k = "It was a marked change of tone from late August, when Lavrov accused Yerevan"
E(f, k, LA, "Armenia", "accusation", "tension", "reported", "2024-08", "month", "transport;security", "'late August' = 2024-08")
E(f, k, "Armenia", "Azerbaijan", "other", "tension", "reported", "2024-08", "month", "transport", "accused act: sabotaging the route provision that benefits Azerbaijan; anchored to the episode (dev5_b leaked-remarks rule)")
C(f, k, LA, "asserts", "", False, "Yerevan is sabotaging the 2020 provision on a route to Nakhchivan", "'accused'. The 2020 ceasefire deal names no signatory here: no agreement row (dev4 passive signing). 'which Baku calls' is a name, not a claim")
k = "Tehran, which regards any extraterritorial corridor along its 44-kilometer border"
E(f, k, I, R, "criticism", "tension", "reported", "2024-09", "month", "diplomacy;transport", "summons of Ambassador Alexey Dedov = one criticism row toward the envoy's state (dev2, dev4_b, dev6 511); 'in early September' = 2024-09. Armenia is only the border's other side (location); Kanaani's warning names no addressee: no row")
C(f, k, "Nasser Kanaani", "warns", "", False, "Iran will not tolerate geopolitical changes on its northern frontier", "")
k = "Several Iranian lawmakers went further, accusing Moscow"
E(f, k, "Iranian lawmakers", R, "accusation", "tension", "reported", "2024-09", "month", "diplomacy;transport", "the group's own speech act keeps the description (dev4); past narrative anchored to the early-September episode (month)")
E(f, k, R, I, "other", "tension", "reported", "2024-09", "month", "diplomacy", "accused act: 'trading Iran's interests'")
E(f, k, R, "Azerbaijan", "other", "cooperation", "reported", "2024-09", "month", "diplomacy", "accused act: 'closer ties with Baku'")
E(f, k, R, "Turkey", "other", "cooperation", "reported", "2024-09", "month", "diplomacy", "accused act: 'closer ties with ... Ankara'")
E(f, k, "Kayhan", R, "criticism", "tension", "reported", "2024-09", "month", "diplomacy", "'asked in an editorial whether Russia could still be counted on as a partner' (the daily's own act keeps its name, dev4_b Ham-Mihan)")
C(f, k, "Iranian lawmakers", "asserts", "", True, "Moscow traded Iran's interests for closer ties with Baku and Ankara", "'Several' unnamed lawmakers: hedged")
C(f, k, "Kayhan", "asserts", "Kayhan", False, "Russia may no longer be a reliable partner", "'asked ... whether' = asserts (heldout 'asked why'); the outlet is the source: claimant = via")
# "Moscow moved to limit the damage." : no partner named.
k = "In early September, Foreign Ministry spokeswoman Maria Zakharova said Russia respected"
E(f, k, R, "Armenia", "statement_support", "cooperation", "reported", "2024-09", "month", "security;diplomacy", "reported speech with the explicit subject 'Russia' (quote-subject rule); 'In early September'")
E(f, k, "Azerbaijan", "Armenia", "agreement", "cooperation", "hypothetical", "2024-09", "month", "transport", "'for Baku and Yerevan to decide': hypothetical content of a dated statement takes its date (dev4)")
C(f, k, "Maria Zakharova", "asserts", "", False, "Russia respects Armenia's sovereignty; the route is for Baku and Yerevan to decide", "one verb, one stance: one row")
k = "When President Vladimir Putin met his Iranian counterpart Masoud Pezeshkian"
E(f, k, "Vladimir Putin", "Masoud Pezeshkian", "meeting", "cooperation", "reported", "2024-10-11", "day", "diplomacy", "'in the Turkmen capital, Ashgabat, on October 11'; meeting in a third country with no arrival stated: no visit rows (heldout)")
E(f, k, R, I, "statement_support", "cooperation", "reported", "2024-10-11", "day", "diplomacy;transport", "'assured him that Moscow took Tehran's concerns into account' (explicit subjects Moscow/Tehran, quote-subject rule); dated by the meeting clause it is chained to (dev4_b)")
C(f, k, "Vladimir Putin", "asserts", "Iranian presidency", False, "Moscow takes Tehran's concerns into account", "'according to the Iranian presidency': reported speaker = claimant, issuing office = via (dev6 506)")
k = "In Baku, the Russian retreat has been noted with some irritation."
E(f, k, "Azerbaijan", R, "criticism", "tension", "reported", P, "week", "diplomacy;transport", "'In Baku' = Azerbaijan (dev6 'In Tehran'); irritation = perception = criticism (dev3); no speech verb: no claim")
k = "Moscow promised the route in 2020 and has now discovered"
E(f, k, R, "Azerbaijan", "other", "cooperation", "planned", "2020", "year", "transport", "'Moscow promised the route in 2020' (promise = planned, seed); Azerbaijan from the sentence before ('In Baku'). 'Tehran objects' is an objection to the route (not an actor): no row")
C(f, k, "Elnur Ismayilzade", "asserts", "Eurasianet", False, "Moscow promised the route in 2020 and is now deterred by Tehran", "'told Eurasianet' = via; named analyst")
k = "Baku will not wait for Russia and Iran to agree among themselves."
E(f, k, R, I, "agreement", "cooperation", "hypothetical", P, "week", "transport;diplomacy", "'for Russia and Iran to agree among themselves': hypothetical without date, publication week. 'will not wait for' is not an interaction with Russia or Iran: no Azerbaijan row")
C(f, k, "Elnur Ismayilzade", "asserts", "Eurasianet", False, "Baku will not wait for a Russian-Iranian understanding", "quote-only continuation: via carried")
k = "In Yerevan, where relations with Moscow have been in free fall"
E(f, k, "Armenia", R, "other", "tension", "reported", *U, "diplomacy;security", "'relations with Moscow have been in free fall since ...' ('In Yerevan' = Armenia): since-state, background; mutual. 'Azerbaijan retook Nagorno-Karabakh' names no second actor (Nagorno-Karabakh is a place): no row")
E(f, k, "Armenia", I, "statement_support", "cooperation", "reported", "2024", "year", "diplomacy;transport", "'officials have quietly welcomed Tehran's stance' (generic officials resolved to the state, dev4_b); present perfect without date: publication year (dev6); 'welcomed' alone is not a claim")
k = "Armenia has frozen its participation in the Russian-led Collective Security Treaty Organization"
E(f, k, "Armenia", "Collective Security Treaty Organization", "other", "tension", "reported", *U, "security", "'has frozen its participation': background (dev4_b 310)")
E(f, k, R, "Collective Security Treaty Organization", "other", "cooperation", "reported", *U, "security", "'Russian-led' (like the seed's 'Iran-backed', a standing relation); background. Pashinyan's plan is a proposal with no partner named: no row, not a claim")
k = "Georgia, the sixth member of the format, again stayed away"
E(f, k, "Georgia", R, "other", "tension", "reported", P, "week", "diplomacy;security", "boycott of the meeting 'citing Russia's occupation'; current act without date expression: publication week")
E(f, k, R, "Georgia", "military_action", "tension", "reported", *U, "security;military", "'Russia's occupation of Abkhazia and South Ossetia' (places); ongoing")
C(f, k, "Georgia", "asserts", "", False, "Russia occupies Abkhazia and South Ossetia", "'citing'")
k = "Russia and Iran both want the West out of the South Caucasus"
E(f, k, R, "the West", "other", "tension", "reported", *U, "security;diplomacy", "ongoing aim; background")
E(f, k, I, "the West", "other", "tension", "reported", *U, "security;diplomacy", "")
E(f, k, R, I, "other", "tension", "reported", *U, "security;diplomacy", "'they have never wanted the same things inside it' (divergence); background; mutual")
C(f, k, "Anahit Mkrtchyan", "asserts", "", False, "Russia and Iran want the West out but want different things in the South Caucasus", "named analyst: not hedged")
# "For now, the road that caused the quarrel remains a line on a map." : no participant.

# ====================================================================== 709 The Economist
f = "709"
P = "2025-01-23"
PU, PZ = "Vladimir Putin", "Masoud Pezeshkian"
GCC = "Gulf Co-operation Council"
actors(f, [
    (PU, "RUS", "person"),
    (PZ, "IRN", "person"),
    (R, "RUS", "state"),
    (I, "IRN", "state"),
    ("Kim Jong Un", "PRK", "person"),
    ("Russian officials", "RUS", "person"),
    ("Andrei Rudenko", "RUS", "person"),
    ("Gulf states", "", "state"),
    ("Israel", "ISR", "state"),
    ("Ukraine", "UKR", "state"),
    ("United States", "USA", "state"),
    ("European allies", "", "state"),
    ("Iranian wag", "IRN", "person"),
    ("Iranian officials", "IRN", "person"),
    ("Gazprom", "RUS", "organisation"),
    (GCC, "", "organisation"),
    ("United Arab Emirates", "ARE", "state"),
    ("Sergei Lavrov", "RUS", "person"),
    ("Azerbaijan", "AZE", "state"),
    ("Bashar al-Assad", "SYR", "person"),
    ("Kremlin", "RUS", "government_body"),
    ("Syria", "SYR", "state"),
    ("Donald Trump", "USA", "person"),
    ("Chinese refiners", "CHN", "organisation"),
    ("former Iranian diplomat", "IRN", "person"),
])
# Header and headline line not annotated. The rubric (standfirst) line has no final punctuation and is body text,
# as seed 002's dek and dev6 506's standfirst: its quote is the whole line.
k = "Russia’s new treaty with Iran commits it to remarkably little"
E(f, k, R, I, "agreement", "cooperation", "reported", P, "week", "diplomacy;security", "rubric line (body text); 'new treaty' with no date expression: publication week (strict seed rule, although the next sentence gives the day); 'commits it to remarkably little' is an evaluation, not a negation: no denied row")
k = "When Vladimir Putin and Masoud Pezeshkian, Iran’s president, signed"
E(f, k, PU, PZ, "agreement", "cooperation", "reported", "2025-01-17", "day", "diplomacy;security", "'on January 17th'; mutual")
E(f, k, PU, PZ, "meeting", "cooperation", "reported", "2025-01-17", "day", "diplomacy", "joint signing in the Kremlin implies the meeting (heldout)")
E(f, k, PZ, R, "visit", "cooperation", "reported", "2025-01-17", "day", "diplomacy", "signing 'in the Kremlin' implies the visit (heldout)")
C(f, k, PU, "asserts", "", False, "the treaty is historic", "'both men called it historic': one row per claimant. Praise of the document, not of the partner: no statement_support rows")
C(f, k, PZ, "asserts", "", False, "the treaty is historic", "")
# "Yet the 47-article document is most notable for what it leaves out." : no participant.
k = "Unlike the pact Mr Putin signed with Kim Jong Un of North Korea last June"
E(f, k, PU, "Kim Jong Un", "agreement", "cooperation", "reported", "2024-06", "month", "security", "'last June' = 2024-06")
E(f, k, R, I, "agreement", "cooperation", "denied", P, "week", "security", "'it contains no mutual-defence clause' ('each side' = Russia and Iran, definite description); 'last June' belongs to the other pact: publication week (dev4)")
E(f, k, R, I, "other", "cooperation", "reported", *U, "security", "'each side merely promises not to help an aggressor' (treaty obligation = other/cooperation, undated, dev4_b); mutual")
k = "Russian officials had said as much in advance."
C(f, k, "Russian officials", "asserts", "", False, "the treaty has no mutual-defence clause", "generic on-record officials: not hedged; no participant other than the speaker: no event (heldout 100)")
k = "Andrei Rudenko, a deputy foreign minister, explained"
C(f, k, "Andrei Rudenko", "asserts", "", False, "the treaty is not a military alliance", "no participant named besides the speaker: claim only (heldout 100 Rudenko)")
k = "Nor does Mr Putin wish to upset his friends in the Gulf"
E(f, k, PU, "Gulf states", "other", "cooperation", "reported", *U, "diplomacy", "'his friends in the Gulf' (canonical 'Gulf states', empty country); standing relation, background")
E(f, k, PU, "Israel", "other", "cooperation", "reported", *U, "diplomacy", "'or in Israel'")
E(f, k, PU, "Gulf states", "other", "tension", "denied", P, "week", "diplomacy", "'Nor does Mr Putin wish to upset' (negated tension, as dev6 506 'avoiding a rupture'); publication week")
E(f, k, PU, "Israel", "other", "tension", "denied", P, "week", "diplomacy", "")
# "Iran’s theocrats have reason to feel short-changed." : the writer's judgement; the party that short-changed Iran is not the one named in the sentence before (Putin's Gulf/Israel friends): no row.
k = "Since 2022 they have supplied Russia with thousands of Shahed drones"
E(f, k, I, R, "arms_transfer", "cooperation", "reported", *U, "military;ukraine_war", "'they' = Iran's theocrats = Iran; 'Since 2022': background")
E(f, k, I, R, "arms_transfer", "cooperation", "reported", *U, "military;ukraine_war", "Fath-360 ballistic missiles (a separate happening), per America and its allies; no date")
E(f, k, R, "Ukraine", "military_action", "tension", "reported", *U, "ukraine_war;military", "'to pound Ukraine'; ongoing. 'according to America ...' gives no accusation row (dev3)")
C(f, k, "United States", "asserts", "", False, "Iran has supplied Russia with Fath-360 missiles", "'according to America' (canonical 'United States')")
C(f, k, "European allies", "asserts", "", False, "Iran has supplied Russia with Fath-360 missiles", "'its European allies': group, empty country; on-record governments: not hedged")
k = "In return they wanted Su-35 fighter jets"
E(f, k, I, R, "other", "cooperation", "reported", *U, "military", "'they wanted Su-35 fighter jets ... and help with air defences' (request = other, heldout); Russia from the sentence before; background")
E(f, k, I, R, "other", "cooperation", "reported", *U, "military", "'Iran says it ordered years ago' (purchase = other/cooperation, undated, dev4_b)")
E(f, k, R, I, "arms_transfer", "cooperation", "denied", P, "week", "military", "'which have yet to turn up' (negated delivery); publication week")
C(f, k, I, "asserts", "", False, "Iran ordered Su-35s years ago", "'Iran says'")
k = "Russia delivered a handful of Yak-130 trainers in 2023"
E(f, k, R, I, "arms_transfer", "cooperation", "reported", "2023", "year", "military", "Iran from the sentence before ('Iranian wag' in this one); 'permanently in transit' restates the non-delivery: no new row")
C(f, k, "Iranian wag", "asserts", "", True, "the Su-35s are permanently in transit", "'as one Iranian wag put it': unnamed, hedged")
# "The economics are no more generous." : no participant.
k = "Mr Putin talked up plans to pipe Russian gas to Iran via Azerbaijan"
E(f, k, R, I, "trade_energy", "cooperation", "planned", *U, "energy;trade", "planned gas supply (dev4 passing mention of planned supply: undated planned); Azerbaijan is a transit location (dev5)")
E(f, k, R, I, "agreement", "cooperation", "denied", P, "week", "energy;trade", "'the two sides have yet to agree on a price' (negated)")
E(f, k, "Iranian officials", "Gazprom", "criticism", "tension", "reported", P, "week", "energy;trade", "'Iranian officials grumble': the group's own speech act keeps the description (dev4, dev6)")
E(f, k, "Gazprom", I, "other", "tension", "reported", P, "week", "energy;trade", "'Gazprom wants European rates' (negotiating position = other/tension, dev4)")
C(f, k, PU, "asserts", "", False, "Russia plans to pipe up to 55bn cubic metres of gas a year to Iran", "'talked up'")
C(f, k, "Iranian officials", "asserts", "", False, "Gazprom wants European rates for gas to Iran", "'grumble'; generic on-record officials: not hedged")
k = "Nor has Moscow always taken Iran’s side in its own neighbourhood."
E(f, k, R, I, "statement_support", "cooperation", "denied", P, "week", "diplomacy", "negated siding; publication week")
k = "Twice in recent years Russia has signed joint statements with the Gulf Co-operation Council"
E(f, k, R, GCC, "agreement", "cooperation", "reported", *U, "diplomacy", "joint statements (dev3: agreement between the issuers); 'in recent years': background (heldout); spelled as the text spells the council")
E(f, k, R, I, "other", "tension", "reported", *U, "diplomacy;security", "'questioning Iran's claim to three islands' (dev3: issuer -> Iran tension)")
E(f, k, GCC, I, "other", "tension", "reported", *U, "diplomacy;security", "")
E(f, k, R, "United Arab Emirates", "statement_support", "cooperation", "reported", *U, "diplomacy;security", "one statement_support row per signatory toward the UAE (dev2)")
E(f, k, GCC, "United Arab Emirates", "statement_support", "cooperation", "reported", *U, "diplomacy;security", "")
C(f, k, R, "asserts", "", False, "Iran's claim to the three islands is questionable", "joint statements in narrative: one asserts row per issuer (dev5). The UAE's standing territorial claim is not an attributed statement here: no row")
C(f, k, GCC, "asserts", "", False, "Iran's claim to the three islands is questionable", "")
k = "Last September Iran summoned Russia’s ambassador"
E(f, k, I, R, "criticism", "tension", "reported", "2024-09", "month", "diplomacy;transport", "summons = criticism toward the envoy's state (dev4_b); 'Last September' = 2024-09")
E(f, k, "Sergei Lavrov", "Azerbaijan", "statement_support", "cooperation", "reported", "2024-09", "month", "transport;diplomacy", "'appeared to endorse an Azerbaijani transport corridor' (perceived endorsement, dev5 401); past narrative anchored to the episode (month). Armenia is the corridor's location: no row")
# "Syria has been a further blow." : no participant.
k = "Bashar al-Assad, whom Iran spent billions to keep in power"
E(f, k, I, "Bashar al-Assad", "aid", "cooperation", "reported", *U, "military;finance;middle_east", "funding = aid (seed); background")
E(f, k, "Bashar al-Assad", R, "other", "cooperation", "reported", "2024-12", "month", "middle_east", "'fled to Moscow in December' (flight into exile = other/cooperation toward the host, dev5_b)")
k = "The Kremlin has since been courting the former jihadists now ruling in Damascus"
E(f, k, "Kremlin", "Syria", "other", "cooperation", "reported", "2025", "year", "diplomacy;middle_east", "'the former jihadists now ruling in Damascus' = Syria's new authorities (dev6 501); 'has since' = publication year (heldout)")
E(f, k, I, "Syria", "other", "tension", "reported", *U, "diplomacy;middle_east", "'Iran's embassy there remains shut' (ongoing, as dev6 506)")
k = "Then there is Donald Trump, who returned to the White House on January 20th"
E(f, k, "Donald Trump", I, "sanction", "tension", "planned", "2025", "year", "finance;nuclear", "'has promised ... to restore maximum pressure on Iran' (sanctions campaign; promise = planned); present-perfect statement without date: publication year; 'January 20th' dates the return, which has no partner")
E(f, k, "Donald Trump", PU, "agreement", "cooperation", "planned", "2025", "year", "ukraine_war;diplomacy", "'to strike a quick deal with Mr Putin over Ukraine' (promised); Ukraine is the topic: no row")
C(f, k, "Donald Trump", "asserts", "", False, "he will restore maximum pressure on Iran and strike a quick deal with Putin", "'has promised' (a statement of intent, not an offer to the addressee)")
k = "Iranian officials fear that Mr Putin, who values his rapport with Mr Trump"
E(f, k, I, PU, "criticism", "tension", "reported", P, "week", "diplomacy", "'fear' = perception with no speech verb: Iranian officials resolved to Iran (dev4), no claim")
E(f, k, PU, "Donald Trump", "other", "cooperation", "reported", *U, "diplomacy", "'values his rapport with Mr Trump': standing relation, background")
E(f, k, PU, I, "other", "tension", "hypothetical", P, "week", "diplomacy", "'could trade Iranian interests away in any bargain': hypothetical without date, publication week")
k = "The two partners are also rivals, selling discounted crude"
E(f, k, R, I, "other", "tension", "reported", *U, "trade;energy", "'The two partners are also rivals' ('the two partners' = Russia and Iran; the phrase refers, it states no new partnership); market rivalry = other/tension (dev2); background")
E(f, k, R, "Chinese refiners", "trade_energy", "cooperation", "reported", *U, "trade;energy", "ongoing sales")
E(f, k, I, "Chinese refiners", "trade_energy", "cooperation", "reported", *U, "trade;energy", "")
k = "The Russians want us strong enough to annoy the Americans"
E(f, k, R, I, "other", "cooperation", "reported", *U, "diplomacy;security", "quote subject 'The Russians'; 'want us strong enough' (support); mixed statement: both rows (dev4_b); standing attitude: background. 'to annoy the Americans' is the content of a wish, no act: no Iran -> United States row")
E(f, k, R, I, "other", "tension", "reported", *U, "diplomacy;security", "'but not strong enough to do without Russia' (keeping Iran dependent)")
C(f, k, "former Iranian diplomat", "asserts", "", True, "Russia wants Iran strong but dependent", "present-tense 'says'; anonymous: hedged")
k = "Iran’s theocrats are learning that, in Mr Putin’s book"
E(f, k, PU, I, "other", "cooperation", "reported", P, "week", "diplomacy", "closing quip: a partner 'who takes your calls' (Putin's conduct toward Iran); 'are learning': current, publication week")
E(f, k, PU, I, "statement_support", "cooperation", "denied", P, "week", "diplomacy", "'not your side' (negated siding, like 'Nor has Moscow always taken Iran's side')")

# ====================================================================== 710 Ukrainska Pravda
f = "710"
P = "2025-06-19"
HUR, YU, NEWS = "Defence Intelligence of Ukraine", "Andrii Yusov", "national 24/7 newscast"
actors(f, [
    (HUR, "UKR", "government_body"),
    (R, "RUS", "state"),
    (I, "IRN", "state"),
    ("Israel", "ISR", "state"),
    (YU, "UKR", "person"),
    (NEWS, "UKR", "media"),
    ("Ukrainian Foreign Ministry", "UKR", "government_body"),
    ("Ukraine", "UKR", "state"),
    ("Volodymyr Zelensky", "UKR", "person"),
    ("Kremlin", "RUS", "government_body"),
    ("Vladimir Putin", "RUS", "person"),
    ("Donald Trump", "USA", "person"),
    ("United States", "USA", "state"),
    ("United Kingdom", "GBR", "state"),
    ("France", "FRA", "state"),
    ("Germany", "DEU", "state"),
])
# Header and headline not annotated. The author/timestamp line is a byline (boilerplate, as dev6 506).
# The label lines "Source: ..." and "Background:" have no final punctuation and are not annotated: "Source:" names the
# speaker (and outlet) of the "Quote:"/"Details:" lines that follow, like a transcript speaker label. The labels
# "Quote:", "Quote from Zelensky:" and "Details:" share a line with their sentence and are inside its quote (dev2 214 labels).
k = "Ukraine's Defence Intelligence (HUR) says Russia has almost completely localised"
E(f, k, I, R, "arms_transfer", "cooperation", "denied", P, "week", "military;ukraine_war", "'no longer depends on supplies from Iran' (ended supply = denied, dev3 'stopped using'); no date expression: publication week")
E(f, k, "Israel", I, "military_action", "tension", "reported", "2025-06-13", "day", "military;middle_east", "'under Israeli strikes since 13 June' (the start date is explicit, like the seed's 'since invading Ukraine on Feb. 24')")
E(f, k, R, I, "aid", "cooperation", "denied", P, "week", "military;middle_east", "'has received no military help from Moscow' (heldout 'offered Tehran no military help')")
C(f, k, HUR, "asserts", "", False, "Russia has localised Shahed production, no longer depends on Iran, and gave Iran no military help", "'says'; an intelligence agency on record: not hedged")
k = "Quote: \"The Russians took the Iranian design"
E(f, k, I, R, "arms_transfer", "cooperation", "reported", *U, "military", "'The Russians took the Iranian design' (transfer of the design, coded like the seed's drone factory: supplier -> recipient); undated past")
E(f, k, I, R, "arms_transfer", "cooperation", "denied", P, "week", "military", "'for them Iran today is not a supplier' ('today': publication week); 'a donor that has already given everything' restates past supply: no new row")
C(f, k, YU, "asserts", NEWS, False, "Russia took and improved the Iranian design; Iran is no longer a supplier", "speaker and outlet from the 'Source:' label line (dev3 'told state television' = via)")
k = "Details: According to Yusov, Russia is now able to produce"
C(f, k, YU, "asserts", NEWS, False, "Russia produces several thousand Geran-2 drones a month at Alabuga with its own components", "'According to Yusov'; continues the same statement: via carried. No interaction between two actors: no event")
k = "He added that Iran had hoped to obtain Russian Su-35 fighter jets"
E(f, k, I, R, "other", "cooperation", "reported", *U, "military", "'Iran had hoped to obtain ... in exchange' (request/expectation = other, heldout); undated past")
E(f, k, R, I, "arms_transfer", "cooperation", "denied", P, "week", "military", "'Moscow had delivered neither'; denied row without date: publication week")
C(f, k, YU, "asserts", NEWS, False, "Iran hoped for Su-35s and air defences but Moscow delivered neither", "'He added'; via carried")
k = "On 13 June, Ukraine's Foreign Ministry said that the Iranian regime's policy"
E(f, k, "Ukrainian Foreign Ministry", I, "criticism", "tension", "reported", "2025-06-13", "day", "diplomacy;ukraine_war", "'the Iranian regime' = Iran")
E(f, k, I, "Ukraine", "other", "tension", "reported", *U, "ukraine_war", "'had brought destruction and suffering to Ukraine' (the Middle East is a region, not an actor); undated")
E(f, k, "Ukrainian Foreign Ministry", I, "accusation", "tension", "reported", "2025-06-13", "day", "military;ukraine_war", "'recalling that Tehran supplies Russia with the drones' (condemning and noting give criticism and accusation, dev6 505)")
E(f, k, I, R, "arms_transfer", "cooperation", "reported", *U, "military;ukraine_war", "'Tehran supplies Russia with the drones' (ongoing)")
E(f, k, R, "Ukraine", "military_action", "tension", "reported", *U, "ukraine_war;military", "'the drones used to strike Ukrainian cities' (user = Russia, named in the clause); ongoing")
C(f, k, "Ukrainian Foreign Ministry", "asserts", "", False, "the Iranian regime brought destruction and suffering to Ukraine", "")
C(f, k, "Ukrainian Foreign Ministry", "asserts", "", False, "Tehran supplies Russia with drones used against Ukrainian cities", "second speech verb 'recalling' (dev4)")
k = "Earlier, President Volodymyr Zelensky said that Russia was a beneficiary"
C(f, k, "Volodymyr Zelensky", "asserts", "", False, "Russia benefits from the war in the Middle East", "benefiting from a war names no partner (the Kremlin's budget, the world's attention): no event")
k = "Quote from Zelensky:"
E(f, k, "Volodymyr Zelensky", I, "accusation", "tension", "reported", P, "week", "ukraine_war;military", "X said [wrongdoing by Y] (dev3); the quote sentence has no date expression of its own ('Earlier' is in the sentence before): publication week (strict)")
E(f, k, "Volodymyr Zelensky", R, "accusation", "tension", "reported", P, "week", "ukraine_war;military", "")
E(f, k, I, R, "arms_transfer", "cooperation", "reported", *U, "military;ukraine_war", "'helping Russia kill Ukrainians with Shaheds for three years': duration = background")
E(f, k, R, "Ukraine", "military_action", "tension", "reported", *U, "ukraine_war;military", "'kill Ukrainians'")
E(f, k, R, I, "aid", "cooperation", "denied", P, "week", "military;middle_east", "'now Russia is not even helping Iran'")
C(f, k, "Volodymyr Zelensky", "asserts", "", False, "Iran helps Russia kill Ukrainians while Russia does not help Iran", "")
k = "The Kremlin, for its part, condemned the Israeli strikes"
E(f, k, "Kremlin", "Israel", "criticism", "tension", "reported", P, "week", "middle_east;security", "'condemned the Israeli strikes' (the strikes are a back-reference: only the criticism is coded, heldout)")
E(f, k, "Kremlin", I, "aid", "cooperation", "denied", P, "week", "military;middle_east", "'offered Tehran nothing beyond words' (heldout 'offered Tehran no military help')")
C(f, k, "Kremlin", "asserts", "", False, "the Israeli strikes are condemned", "'condemned' is a claim (dev6 505)")
k = "Speaking to the heads of international news agencies in St Petersburg on 18 June"
E(f, k, R, I, "agreement", "cooperation", "reported", "2025-01", "month", "diplomacy;security", "'the strategic partnership treaty signed with Iran in January' (signer: Russia, 'Russian leader'); mutual")
E(f, k, R, I, "agreement", "cooperation", "denied", "2025-01", "month", "security;military", "'contained no military obligations' (heldout: no defence clause = agreement/denied); takes 'in January' as dev4_b 308")
E(f, k, I, R, "other", "cooperation", "denied", "2025-06-18", "day", "military;middle_east", "'Iran had not asked Russia for help' (request = other; negated, heldout); dated by the statement 'on 18 June'")
C(f, k, "Vladimir Putin", "asserts", "", False, "the treaty has no military obligations and Iran did not ask for help", "one verb, one stance: one row. The news-agency heads are an audience, not actors")
k = "He also said that Moscow had offered Tehran cooperation on air defence in the past"
E(f, k, R, I, "other", "cooperation", "planned", *U, "military", "an offer = planned (dev6 506 'offered economic help'); 'in the past' gives no date")
E(f, k, I, R, "other", "cooperation", "denied", P, "week", "military", "'our Iranian friends did not show much interest' (dev4_b 308: denied); no date expression: publication week")
C(f, k, "Vladimir Putin", "asserts", "", False, "Russia offered Iran air-defence cooperation but Iran showed little interest", "")
k = "Putin also offered to mediate between Israel and Iran"
E(f, k, "Vladimir Putin", I, "statement_support", "cooperation", "reported", P, "week", "diplomacy;middle_east", "mediation offer: cooperation toward the partner (heldout); the offer has no date expression of its own ('on 18 June' dates Trump's reply): publication week")
E(f, k, "Vladimir Putin", "Israel", "statement_support", "neutral", "reported", P, "week", "diplomacy;middle_east", "neutral toward the other side (heldout)")
E(f, k, "Donald Trump", "Vladimir Putin", "other", "tension", "reported", "2025-06-18", "day", "diplomacy", "'brushed aside on 18 June' (rejection of the offer)")
C(f, k, "Donald Trump", "disputes", "", False, "Putin should mediate his own war first", "rejects another party's offer = disputes (heldout Trump rebuke); the offer itself is not a claim. 'his own war' names no second party")
k = "- Iran began supplying Russia with Shahed drones in the summer of 2022"
E(f, k, I, R, "arms_transfer", "cooperation", "reported", "2022", "year", "military;ukraine_war", "'in the summer of 2022' (a season: year)")
E(f, k, I, R, "arms_transfer", "cooperation", "reported", "2022-11", "month", "military", "'had sent a small number before the full-scale invasion': known through the dated acknowledgement, dated by it (seed 001 'acknowledged at the weekend')")
C(f, k, I, "asserts", "", False, "Iran sent only a small number of drones before the invasion", "'acknowledged' (seed: minimising = asserts)")
k = "- In September 2024, the United States, the United Kingdom, France and Germany accused Iran"
for a in ("United States", "United Kingdom", "France", "Germany"):
    E(f, k, a, I, "accusation", "tension", "reported", "2024-09", "month", "military;ukraine_war", "one row per accuser")
E(f, k, I, R, "arms_transfer", "cooperation", "reported", "2024-09", "month", "military;ukraine_war", "Fath-360 missiles; dated by the accusation (heldout 104)")
E(f, k, I, R, "arms_transfer", "cooperation", "denied", "2024-09", "month", "military;ukraine_war", "'which Tehran denied': the denied row takes the sentence's date")
for a in ("United States", "United Kingdom", "France", "Germany"):
    E(f, k, I, a, "denial", "tension", "reported", "2024-09", "month", "military;ukraine_war", "explicit rejection of each accuser's account (dev3; dev6 511 one row per accuser)")
for a in ("United States", "United Kingdom", "France", "Germany"):
    C(f, k, a, "asserts", "", False, "Iran supplied Russia with Fath-360 ballistic missiles", "'accused'")
C(f, k, I, "denies", "", False, "Iran did not supply Fath-360 missiles to Russia", "")
k = "- Ukraine downgraded diplomatic relations with Iran in September 2022"
E(f, k, "Ukraine", I, "other", "tension", "reported", "2022-09", "month", "diplomacy", "downgrade = other/tension (heldout); 'over the drone deliveries' is a back-reference")
B(f, "Oleh Pavliuk — Thursday, 19 June 2025, 16:05")

# ====================================================================== 711 HFAC hearing summary
f = "711"
P = "2024-02-01"
H = "2024-01-31"
MC, ME, FE, RE, HR = "Michael McCaul", "Gregory Meeks", "Miriam Feldstein", "Thomas Reilly", "Olena Hrytsenko"
GCC = "Gulf Cooperation Council"
actors(f, [
    (MC, "USA", "person"),
    (R, "RUS", "state"),
    (I, "IRN", "state"),
    ("Ukraine", "UKR", "state"),
    ("United States", "USA", "state"),
    (ME, "USA", "person"),
    (FE, "USA", "person"),
    ("Iranian officials", "IRN", "person"),
    (RE, "USA", "person"),
    ("Gulf monarchies", "", "state"),
    ("Israel", "ISR", "state"),
    (GCC, "", "organisation"),
    ("United Arab Emirates", "ARE", "state"),
    (HR, "UKR", "person"),
    ("White House", "USA", "government_body"),
    ("Joe Wilson", "USA", "person"),
    ("Gulf states", "", "state"),
    ("Young Kim", "USA", "person"),
    ("Hamas", "", "armed_group"),
    ("Ali Bagheri Kani", "IRN", "person"),
    ("House Committee on Foreign Affairs", "USA", "government_body"),
])
# Not annotated: the title line, the meta line (committee | date | room), the "Witnesses" heading and the three
# witness name-title lines (a list of names and posts, no final punctuation, no statement), and the section headings
# "Opening statements", "Witness testimony", "Member questions". The two closing lines are boilerplate.
# Testimony and questions addressed to the committee are speech in a venue, not interactions (like "told the council").
k = "Chairman Michael McCaul (R-Texas) opened Wednesday's hearing by warning"
E(f, k, R, I, "other", "cooperation", "reported", *U, "security;military", "'the partnership between Moscow and Tehran had grown into a full-blown military alliance since ...': relationship state, since-clause = background; mutual")
E(f, k, R, "Ukraine", "military_action", "tension", "reported", *U, "ukraine_war;military", "'Russia's full-scale invasion of Ukraine' with no date (seed 004: left empty)")
E(f, k, R, "Ukraine", "military_action", "tension", "reported", *U, "ukraine_war;military", "'the Shahed drones that Russia launches at Ukrainian cities every week' (habitual); a separate happening from the invasion. 'Iranian-designed' states the design's origin, not a transfer: no row")
E(f, k, MC, R, "criticism", "tension", "reported", H, "day", "security", "warning about the partnership = view with concern (seed); \"Wednesday's hearing\" is a date expression (dev6 'Tuesday's talks')")
E(f, k, MC, I, "criticism", "tension", "reported", H, "day", "security", "")
C(f, k, MC, "warns", "", False, "the Russia-Iran partnership has become a full military alliance", "'by warning'")
C(f, k, MC, "asserts", "", False, "Russia launches Iranian-designed Shahed drones at Ukrainian cities every week", "second speech act 'pointing to' (dev4)")
k = "He said the administration had been too slow to target the networks"
E(f, k, "United States", I, "other", "tension", "hypothetical", P, "week", "security;military", "'urged it to hold Tehran fully accountable' ('it' = the administration = United States): hypothetical without date, publication week. McCaul -> the administration is same-country (USA): no row; 'the networks' are unnamed")
C(f, k, MC, "asserts", "", False, "the administration has been too slow to target the drone supply networks", "")
C(f, k, MC, "hopes", "", False, "the administration should hold Tehran fully accountable", "'urged' = hopes")
k = "Ranking Member Gregory Meeks (D-N.Y.) agreed that the threat was real"
E(f, k, R, I, "other", "tension", "reported", *U, "trade;energy;diplomacy", "'the two countries compete': ongoing, background; mutual; 'oil markets in Asia' and 'the South Caucasus' are places")
E(f, k, R, I, "other", "cooperation", "reported", *U, "diplomacy", "'as often as they cooperate'; mixed statement: both rows (dev4_b)")
C(f, k, ME, "asserts", "", False, "the Russia-Iran threat is real", "'agreed that'")
C(f, k, ME, "warns", "", False, "Russia and Iran should not be treated as a single bloc", "'cautioned against' = warns (dev4_b)")
C(f, k, ME, "asserts", "", False, "Russia and Iran compete as often as they cooperate", "second speech verb 'noting'")
k = "Dr. Feldstein testified that Iran had shipped thousands of Shahed drones"
E(f, k, I, R, "arms_transfer", "cooperation", "reported", *U, "military;ukraine_war", "'since August 2022': background")
E(f, k, I, R, "arms_transfer", "cooperation", "reported", *U, "military;ukraine_war", "'helping it build a drone factory' (seed: drone factory = arms_transfer); ongoing")
E(f, k, FE, I, "accusation", "tension", "reported", P, "week", "military;ukraine_war", "X said [wrongdoing by Y] (dev3); no date expression: publication week (strict)")
C(f, k, FE, "asserts", "", False, "Iran shipped thousands of drones to Russia and helps build a factory at Alabuga", "'testified'")
k = "She said Russia had paid partly in cash and gold"
E(f, k, R, I, "other", "cooperation", "reported", *U, "military;finance", "payment for the drones; undated past")
E(f, k, I, R, "other", "cooperation", "reported", *U, "military", "'Tehran expected advanced weapons in return' (expectation/request = other); background")
E(f, k, I, R, "agreement", "cooperation", "reported", "2023-11", "month", "military", "Su-35s 'that Iranian officials announced in November had been purchased' (a purchase deal = agreement, dev5 400); dated by the announcement")
E(f, k, R, I, "arms_transfer", "cooperation", "denied", P, "week", "military", "'have yet to arrive'; publication week")
C(f, k, FE, "asserts", "", False, "Russia paid partly in cash and gold; Tehran expects advanced weapons in return", "")
C(f, k, "Iranian officials", "asserts", "", False, "Iran has purchased Su-35 fighter jets", "'announced in November'; generic on-record officials: not hedged")
k = "Mr. Reilly argued that the relationship was"
E(f, k, R, I, "other", "tension", "reported", *U, "diplomacy;middle_east", "'the relationship was transactional and lopsided' and Moscow 'had repeatedly put its ties ... ahead of Tehran's interests': one argument, one row; 'repeatedly' = background")
E(f, k, R, "Gulf monarchies", "other", "cooperation", "reported", *U, "diplomacy;middle_east", "'its ties with the Gulf monarchies'")
E(f, k, R, "Israel", "other", "cooperation", "reported", *U, "diplomacy;middle_east", "'and Israel'")
C(f, k, RE, "asserts", "", False, "the Russia-Iran relationship is transactional and lopsided", "'argued'")
C(f, k, RE, "asserts", "", False, "Moscow repeatedly put its Gulf and Israel ties ahead of Tehran's interests", "second speech verb 'telling members'")
k = "He cited the July 2023 joint statement by Russia and the Gulf Cooperation Council"
E(f, k, R, GCC, "agreement", "cooperation", "reported", "2023-07", "month", "diplomacy", "joint statement (dev3: agreement between the issuers)")
E(f, k, R, I, "other", "tension", "reported", "2023-07", "month", "diplomacy;security", "'questioning Iran's sovereignty over three islands' (dev3)")
E(f, k, GCC, I, "other", "tension", "reported", "2023-07", "month", "diplomacy;security", "")
E(f, k, R, "United Arab Emirates", "statement_support", "cooperation", "reported", "2023-07", "month", "diplomacy;security", "toward the UAE, one row per signatory (dev2)")
E(f, k, GCC, "United Arab Emirates", "statement_support", "cooperation", "reported", "2023-07", "month", "diplomacy;security", "")
E(f, k, I, R, "criticism", "tension", "reported", "2023-07", "month", "diplomacy", "'drew a formal protest from Tehran': Iran -> each issuer (dev4_b); anchored to the statement's month")
E(f, k, I, GCC, "criticism", "tension", "reported", "2023-07", "month", "diplomacy", "")
C(f, k, RE, "asserts", "", False, "the Russia-GCC statement questioned Iran's sovereignty over the islands", "'cited'")
C(f, k, R, "asserts", "", False, "Iran's sovereignty over the three islands is questionable", "joint statement: one row per issuer (dev5); the UAE's passive 'also claimed by' is a standing territorial claim, not an attributed statement")
C(f, k, GCC, "asserts", "", False, "Iran's sovereignty over the three islands is questionable", "")
k = "Ms. Hrytsenko told the committee that Russian forces had launched"
E(f, k, R, "Ukraine", "military_action", "tension", "reported", "2023", "year", "ukraine_war;military", "'Russian forces' resolved to Russia (dev6); 'in 2023'")
E(f, k, HR, R, "accusation", "tension", "reported", P, "week", "ukraine_war", "X said [wrongdoing by Y]; no date expression for the testimony: publication week. The United States, Japan, Switzerland and China are only where components were made (no act): no rows; 'investigators had found' is not a speech act")
C(f, k, HR, "asserts", "", False, "Russia launched more than 3,700 Shahed-type drones at Ukraine in 2023, with foreign components", "'told the committee'; the committee is the audience, not via")
k = "Responding to Rep. Joe Wilson (R-S.C.), Dr. Feldstein said the White House had warned on January 4"
E(f, k, "White House", R, "accusation", "tension", "reported", "2024-01-04", "day", "military;ukraine_war", "'warned ... that Russia was negotiating to acquire close-range ballistic missiles from Iran' (wrongdoing by both: one row each, as dev6 511 Blinken)")
E(f, k, "White House", I, "accusation", "tension", "reported", "2024-01-04", "day", "military;ukraine_war", "")
E(f, k, R, I, "other", "cooperation", "reported", "2024-01-04", "day", "military", "'negotiating' (ongoing negotiations = other/cooperation, heldout); dated by the statement")
E(f, k, I, R, "arms_transfer", "cooperation", "hypothetical", "2024-01-04", "day", "military", "'to acquire close-range ballistic missiles from Iran' (sought, not agreed): hypothetical content of a dated statement takes its date")
E(f, k, I, R, "arms_transfer", "cooperation", "denied", P, "week", "military", "'no deliveries had been confirmed' (heldout: denied); Feldstein's own clause, 'January 4' belongs to the warning: publication week (dev4)")
C(f, k, "White House", "warns", "", False, "Russia is negotiating to acquire Iranian close-range ballistic missiles", "reported speaker inside testimony is the claimant (dev4 304)")
C(f, k, FE, "asserts", "", False, "no Iranian missile deliveries to Russia have been confirmed", "her own clause 'but that ...'. Wilson's question is not a claim")
k = "Asked by Mr. Meeks whether Moscow had transferred the S-400"
E(f, k, R, I, "arms_transfer", "cooperation", "denied", P, "week", "military", "'Russia had so far refused Iranian requests for the system' (dev3 'a request Moscow has so far declined'); the question clause itself gets nothing (dev2 214)")
E(f, k, I, R, "other", "cooperation", "reported", *U, "military", "'Iranian requests' (request = other, heldout); undated")
E(f, k, R, "Israel", "other", "tension", "denied", P, "week", "diplomacy;security", "'to avoid antagonizing Israel' (negated tension, as dev6 506 'avoiding a rupture')")
E(f, k, R, "Gulf states", "other", "tension", "denied", P, "week", "diplomacy;security", "")
C(f, k, RE, "asserts", "", False, "Russia has refused Iranian requests for the S-400 partly to avoid antagonizing Israel and the Gulf", "'replied'")
k = "Rep. Young Kim (R-Calif.) raised Moscow's decision to host a Hamas delegation"
E(f, k, R, "Hamas", "meeting", "cooperation", "reported", "2023-10", "month", "middle_east;diplomacy", "host -> guest (dev4_b); 'in October' = 2023-10")
E(f, k, "Hamas", R, "visit", "cooperation", "reported", "2023-10", "month", "middle_east;diplomacy", "a delegation hosted in 'the Russian capital' implies the visit")
E(f, k, "Hamas", "Israel", "military_action", "tension", "reported", "2023-10", "month", "middle_east;security", "'days after the group's attack on Israel': not a point date, anchored to the month (dev6 'within days')")
E(f, k, "Ali Bagheri Kani", R, "visit", "cooperation", "reported", "2023-10", "month", "diplomacy;middle_east", "'was also in the Russian capital'")
C(f, k, "Young Kim", "asserts", "", False, "Moscow hosted a Hamas delegation while Iran's deputy foreign minister was in Moscow", "'raised' in a hearing; a raised topic with no stated judgement gives no criticism row")
k = "Chairman McCaul closed the hearing by saying the committee would take up legislation"
E(f, k, "House Committee on Foreign Affairs", I, "sanction", "tension", "planned", "2024", "year", "military;finance", "'legislation to expand sanctions on Iran's drone and missile programs in the coming weeks' (a span after the hearing: year, as dev6 'within weeks')")
C(f, k, MC, "asserts", "", False, "the committee will take up legislation to expand sanctions on Iran's drone and missile programs", "")
B(f, "This summary was prepared by committee staff and is not an official transcript.")
B(f, "Witness statements and a video recording of the hearing are available on the committee's website.")


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
