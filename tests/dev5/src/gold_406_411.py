#!/usr/bin/env python3
"""Hand annotation (gold) for dev5_b articles 406-411.

Run: python3 src/gold_src.py -> writes gold/{events,claims,actors,boilerplate}.csv.
Each row names its sentence by a key substring that must match exactly one sentence
of the article (sentences as kept in articles_src.py), so every quote is a whole sentence.
Actor countries come from the per-file actor table, so they always agree with actors.csv."""

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


# ---------------------------------------------------------------- 406 Al Jazeera
f = "406"
PUB = "2025-09-28"
actors(f, [
    ("United Nations", "", "organisation"),
    ("Iran", "IRN", "state"),
    ("Russia", "RUS", "state"),
    ("China", "CHN", "state"),
    ("UN Security Council", "", "organisation"),
    ("United Kingdom", "GBR", "state"),
    ("France", "FRA", "state"),
    ("Germany", "DEU", "state"),
    ("Pakistan", "PAK", "state"),
    ("Algeria", "DZA", "state"),
    ("Dmitry Polyanskiy", "RUS", "person"),
    ("Iranian state media", "IRN", "media"),
    ("Masoud Pezeshkian", "IRN", "person"),
    ("Iranian commentators", "IRN", "person"),
    ("Fatemeh Karimi", "IRN", "person"),
    ("Al Jazeera", "QAT", "media"),
    ("Sergey Lavrov", "RUS", "person"),
    ("TASS", "RUS", "media"),
    ("analysts", "", "person"),
    ("Russian companies", "RUS", "organisation"),
    ("United States", "USA", "state"),
])
k = "United Nations sanctions on Iran were reimposed late on Saturday"
E(f, k, "United Nations", "Iran", "sanction", "tension", "reported", "2025-09-27", "day", "diplomacy;nuclear", "UN sanctions reimposed 'late on Saturday'")
E(f, k, "Russia", "Iran", "other", "cooperation", "reported", PUB, "week", "diplomacy;nuclear", "'effort by Russia and China to postpone them' on Iran's behalf; the effort has no date expression of its own ('late on Saturday' dates the reimposition)")
E(f, k, "China", "Iran", "other", "cooperation", "reported", PUB, "week", "diplomacy;nuclear", "'effort by Russia and China to postpone them'")
E(f, k, "Russia", "China", "other", "cooperation", "reported", PUB, "week", "diplomacy", "joint effort of Russia and China; mutual")
E(f, k, "UN Security Council", "Russia", "other", "tension", "reported", PUB, "week", "diplomacy", "the effort 'failed at the Security Council' (council voting a draft down = other/tension, heldout)")
E(f, k, "UN Security Council", "China", "other", "tension", "reported", PUB, "week", "diplomacy", "the effort 'failed at the Security Council'")
E(f, k, "Iran", "Russia", "other", "cooperation", "reported", "", "unknown", "diplomacy", "'its partnership with Moscow'; background; mutual")
E(f, k, "Iran", "Russia", "other", "tension", "reported", PUB, "week", "diplomacy", "'testing the limits of its partnership' (mixed statement: both rows)")
k = "The measures, lifted under the 2015 nuclear deal"
E(f, k, "United Kingdom", "Iran", "sanction", "tension", "reported", "2025-08-28", "day", "diplomacy;nuclear", "E3 'triggered the so-called snapback mechanism on August 28'; one row per country; Iran from the sentence before ('The measures' = sanctions on Iran)")
E(f, k, "France", "Iran", "sanction", "tension", "reported", "2025-08-28", "day", "diplomacy;nuclear", "E3 snapback trigger")
E(f, k, "Germany", "Iran", "sanction", "tension", "reported", "2025-08-28", "day", "diplomacy;nuclear", "E3 snapback trigger")
k = "The three European powers accuse Iran"
E(f, k, "United Kingdom", "Iran", "accusation", "tension", "reported", PUB, "week", "diplomacy;nuclear", "'The three European powers accuse Iran'; one row per country; no date expression")
E(f, k, "France", "Iran", "accusation", "tension", "reported", PUB, "week", "diplomacy;nuclear", "")
E(f, k, "Germany", "Iran", "accusation", "tension", "reported", PUB, "week", "diplomacy;nuclear", "")
E(f, k, "Iran", "United Kingdom", "denial", "tension", "reported", PUB, "week", "diplomacy;nuclear", "'a charge Tehran rejects' (explicit rejection of another actor's accusation = denial, dev3)")
E(f, k, "Iran", "France", "denial", "tension", "reported", PUB, "week", "diplomacy;nuclear", "")
E(f, k, "Iran", "Germany", "denial", "tension", "reported", PUB, "week", "diplomacy;nuclear", "")
C(f, k, "United Kingdom", "asserts", "", False, "Iran failing to meet its nuclear-deal commitments", "'accuse'; one row per E3 country")
C(f, k, "France", "asserts", "", False, "Iran failing to meet its nuclear-deal commitments", "")
C(f, k, "Germany", "asserts", "", False, "Iran failing to meet its nuclear-deal commitments", "")
C(f, k, "Iran", "denies", "", False, "rejects the charge of failing its commitments", "'a charge Tehran rejects': about itself = denies")
k = "On Friday, a draft resolution tabled by Moscow and Beijing"
E(f, k, "Russia", "China", "other", "cooperation", "reported", "2025-09-26", "day", "diplomacy", "co-sponsoring the draft (heldout: other/cooperation); mutual; dated by 'On Friday'")
E(f, k, "UN Security Council", "Russia", "other", "tension", "reported", "2025-09-26", "day", "diplomacy", "draft won only four votes: the council voted it down; 'the 15-member council'")
E(f, k, "UN Security Council", "China", "other", "tension", "reported", "2025-09-26", "day", "diplomacy", "draft voted down")
k = "Pakistan and Algeria backed the text."
E(f, k, "Pakistan", "Russia", "statement_support", "cooperation", "reported", PUB, "week", "diplomacy", "backed the Moscow-Beijing text (sponsors from the sentence before); no date expression: publication week (strict)")
E(f, k, "Pakistan", "China", "statement_support", "cooperation", "reported", PUB, "week", "diplomacy", "")
E(f, k, "Algeria", "Russia", "statement_support", "cooperation", "reported", PUB, "week", "diplomacy", "")
E(f, k, "Algeria", "China", "statement_support", "cooperation", "reported", PUB, "week", "diplomacy", "")
# "A week earlier, on September 19, the council had rejected a separate resolution ..." : Iran is not named in this
# sentence nor in the one before, so no UNSC->Iran row (implicit-partner rule).
k = "Dmitry Polyanskiy, told the council"
E(f, k, "Dmitry Polyanskiy", "United Kingdom", "criticism", "tension", "reported", PUB, "week", "diplomacy;nuclear", "'the European move was legally null and void' (the E3 move: one row per country)")
E(f, k, "Dmitry Polyanskiy", "France", "criticism", "tension", "reported", PUB, "week", "diplomacy;nuclear", "")
E(f, k, "Dmitry Polyanskiy", "Germany", "criticism", "tension", "reported", PUB, "week", "diplomacy;nuclear", "")
C(f, k, "Dmitry Polyanskiy", "disputes", "", False, "the European snapback move is legally null and void", "rejects another party's act")
C(f, k, "Dmitry Polyanskiy", "asserts", "", False, "Moscow will not recognise the restored measures", "second clause, different stance; no event: Iran not named (non-recognition rows only go to Iran when Iran is named)")
k = "What we witnessed today was blackmail"
C(f, k, "Dmitry Polyanskiy", "asserts", "", False, "the vote was blackmail dressed up as diplomacy", "quote-only sentence; no event: no counterpart named")
k = "Tehran recalled its ambassadors to Britain, France and Germany"
E(f, k, "Iran", "United Kingdom", "other", "tension", "reported", "2025-09-27", "day", "diplomacy", "recalled ambassador for consultations on Saturday (downgrade-type act: other/tension)")
E(f, k, "Iran", "France", "other", "tension", "reported", "2025-09-27", "day", "diplomacy", "")
E(f, k, "Iran", "Germany", "other", "tension", "reported", "2025-09-27", "day", "diplomacy", "")
C(f, k, "Iranian state media", "asserts", "Iranian state media", False, "Iran recalled its E3 ambassadors", "'Iranian state media reported'")
k = "Speaking at the UN General Assembly on Wednesday, President Masoud Pezeshkian"
C(f, k, "Masoud Pezeshkian", "denies", "", False, "Iran never sought a nuclear weapon", "about his own side")
C(f, k, "Masoud Pezeshkian", "asserts", "", False, "Iran will not bow to bullying", "second clause; no event: the 'bullying' party is not named; the General Assembly is a venue")
k = "Yet in Tehran, the vote has revived an old debate"
E(f, k, "Iran", "Russia", "criticism", "tension", "reported", PUB, "week", "diplomacy", "doubt over 'how far Iran can rely on Moscow' (perception = criticism, dev3)")
k = "Several Iranian commentators pointed out"
E(f, k, "Iranian commentators", "Russia", "criticism", "tension", "reported", PUB, "week", "diplomacy", "group's own speech act (dev4)")
E(f, k, "Russia", "Iran", "sanction", "tension", "reported", "2006", "year", "diplomacy;nuclear", "voted for UN sanctions 'between 2006 and 2010' (start year, dev4); voter->target sanction (dev3)")
E(f, k, "United Nations", "Iran", "sanction", "tension", "reported", "2006", "year", "diplomacy;nuclear", "'four rounds of UN sanctions on Iran' 2006-2010")
C(f, k, "Iranian commentators", "asserts", "", True, "Russia itself voted for UN sanctions on Iran in 2006-2010", "unnamed group: hedged")
k = "Russia’s votes are welcome, but votes are cheap"
E(f, k, "Russia", "Iran", "statement_support", "cooperation", "reported", PUB, "week", "diplomacy", "'Russia's votes' for Iran at the council (names a participant: new row)")
C(f, k, "Fatemeh Karimi", "asserts", "", False, "Russia's votes welcome but cheap", "named researcher")
k = "What Iran needed was a veto before August"
C(f, k, "Fatemeh Karimi", "asserts", "", False, "Iran needed a veto before August, which did not exist", "quote-only sentence; no event: no second participant")
k = "Al Jazeera’s correspondent in Tehran said"
C(f, k, "Al Jazeera", "asserts", "Al Jazeera", False, "Iranians bracing for a further slide in the rial", "the outlet's own correspondent: claimant = via (dev3 RIA correspondent rule); no event")
k = "Moscow, for its part, has signalled"
E(f, k, "Russia", "Iran", "trade_energy", "cooperation", "planned", "", "unknown", "trade", "'will keep doing business with Iran'; undated planned")
C(f, k, "Russia", "asserts", "", False, "Russia will keep doing business with Iran", "'has signalled'")
k = "Addressing the General Assembly on Saturday, Foreign Minister Sergey Lavrov"
E(f, k, "Russia", "Iran", "other", "cooperation", "planned", "2025-09-27", "day", "diplomacy;military", "'would continue its cooperation with Tehran, including in the military-technical sphere'; planned content takes the statement's date (dev4)")
C(f, k, "Sergey Lavrov", "disputes", "TASS", False, "reimposed sanctions are illegitimate", "'according to the TASS news agency'; rejects another party's measure")
C(f, k, "Sergey Lavrov", "asserts", "TASS", False, "Russia will continue cooperation with Tehran incl. military-technical", "second clause, different stance")
k = "Analysts caution, however, that Russian companies"
E(f, k, "Russian companies", "Iran", "other", "tension", "reported", "", "unknown", "trade;finance", "'slow to invest in Iran' (delay = tension); ongoing state; own act of the companies, kept as described")
E(f, k, "United States", "Russian companies", "sanction", "tension", "hypothetical", PUB, "week", "finance", "'wary of secondary sanctions from Washington': potential sanctions; hypothetical with no date: publication week")
C(f, k, "analysts", "warns", "", True, "Russian companies slow to invest in Iran, fearing US secondary sanctions", "'caution' = warns; unnamed")
k = "Beijing, which buys most of Iran’s oil exports"
E(f, k, "China", "Iran", "trade_energy", "cooperation", "reported", "", "unknown", "energy;trade", "'buys most of Iran's oil exports'; habitual; buyer is the grammatical initiator")
E(f, k, "China", "Iran", "statement_support", "cooperation", "reported", PUB, "week", "diplomacy", "'will not comply with the restored measures' on Iran: siding with Iran")
C(f, k, "China", "asserts", "", False, "China will not comply with the restored UN measures", "'has also said'")

# ---------------------------------------------------------------- 407 Mehr
f = "407"
PUB = "2025-09-27"
actors(f, [
    ("Mohammad Eslami", "IRN", "person"),
    ("Atomic Energy Organization of Iran", "IRN", "government_body"),
    ("Russia", "RUS", "state"),
    ("Iran", "IRN", "state"),
    ("Alexey Likhachev", "RUS", "person"),
    ("Rosatom", "RUS", "organisation"),
    ("Iran Hormoz", "IRN", "organisation"),
    ("Russian partner affiliated with Rosatom", "RUS", "organisation"),
    ("Iranian state TV", "IRN", "media"),
    ("RIA Novosti", "RUS", "media"),
    ("United Nations", "", "organisation"),
    ("European parties to the nuclear deal", "", "state"),
    ("Alexey Dedov", "RUS", "person"),
    ("Iranian lawmakers", "IRN", "person"),
    ("Hossein Rahmani", "IRN", "person"),
    ("Mehr", "IRN", "media"),
    ("Russian companies", "RUS", "organisation"),
    ("Siemens", "DEU", "organisation"),
    ("Iranian officials", "IRN", "government_body"),
])
k = "TEHRAN, Sep. 27 (MNA)"
E(f, k, "Mohammad Eslami", "Russia", "other", "neutral", "reported", PUB, "week", "nuclear;energy", "'has called on the Russian side to speed up' (urging = other/neutral, dev2); the dateline 'Sep. 27' is the publication date, not a body date expression")
E(f, k, "Russia", "Iran", "trade_energy", "cooperation", "reported", "", "unknown", "nuclear;energy", "ongoing construction of Bushehr units 2 and 3 by 'the Russian side'; Iran from the AEOI title")
E(f, k, "Russia", "Iran", "trade_energy", "tension", "reported", "", "unknown", "nuclear;energy", "'the project is years behind schedule' (delay = tension, dev3); ongoing state")
C(f, k, "Mohammad Eslami", "hopes", "", False, "Russia should speed up Bushehr 2 and 3", "'called on' = hopes")
C(f, k, "Mohammad Eslami", "asserts", "", False, "Bushehr project years behind schedule", "second speech verb 'saying'")
k = "Eslami made the remarks on Saturday upon returning from Moscow"
E(f, k, "Mohammad Eslami", "Russia", "visit", "cooperation", "reported", PUB, "week", "nuclear;diplomacy", "returning from Moscow: the visit is a separate act from the Saturday remarks (dev4: one clause dated, another not)")
E(f, k, "Mohammad Eslami", "Alexey Likhachev", "meeting", "cooperation", "reported", PUB, "week", "nuclear;energy", "'held talks'; mutual; World Atomic Week is a venue")
k = "Our Russian friends know that the pace of work"
E(f, k, "Mohammad Eslami", "Russia", "criticism", "tension", "reported", PUB, "week", "nuclear;energy", "pace 'not acceptable to us'; 'the AEOI chief' = Eslami")
C(f, k, "Mohammad Eslami", "asserts", "", False, "pace of work in Bushehr not acceptable to Iran", "'told reporters'")
k = "He added that part of the delay was caused by financial problems"
E(f, k, "Iran", "Russia", "other", "tension", "reported", "", "unknown", "finance", "'made money transfers between the two countries difficult'; ongoing state; 'the two countries' = Iran and Russia; mutual")
C(f, k, "Mohammad Eslami", "asserts", "", False, "delay caused by financial problems and sanctions", "'added'; no sanction row: no sanctioner named (dev2)")
k = "Construction of the two units officially began in 2016"
E(f, k, "Iran", "Rosatom", "agreement", "cooperation", "reported", "2014", "year", "nuclear;energy", "'a contract signed with Rosatom two years earlier' (= 2014); Iran implicit from the sentence before ('the two countries')")
E(f, k, "Rosatom", "Iran", "trade_energy", "cooperation", "reported", "2016", "year", "nuclear;energy", "construction began in 2016 under the Rosatom contract")
k = "According to Eslami, the Iranian side has paid off"
E(f, k, "Iran", "Rosatom", "other", "cooperation", "reported", "2025", "year", "nuclear;finance", "paid off a large part of its debts 'in recent months' (publication year: see README); 'the Russian contractor' = Rosatom")
E(f, k, "Iran", "Rosatom", "other", "tension", "reported", "", "unknown", "nuclear;finance", "'its debts to the Russian contractor' (outstanding debt, dev4); ongoing")
C(f, k, "Mohammad Eslami", "asserts", "", False, "Iran paid off a large part of its debts to Rosatom", "'According to Eslami'")
k = "During the visit, an agreement worth $25 billion was signed"
E(f, k, "Iran Hormoz", "Russian partner affiliated with Rosatom", "agreement", "cooperation", "reported", "2025-09-26", "day", "nuclear;energy", "$25bn agreement; dated by 'state TV reported on Friday' (statement-date rule); mutual")
E(f, k, "Russian partner affiliated with Rosatom", "Iran Hormoz", "trade_energy", "cooperation", "planned", "", "unknown", "nuclear;energy", "construction of four units in Sirik; undated planned")
C(f, k, "Iranian state TV", "asserts", "Iranian state TV", False, "$25bn deal signed for four units in Sirik", "'state TV reported on Friday' (Iranian state TV in a Mehr story)")
k = "The AEOI and Rosatom also signed a memorandum"
E(f, k, "Atomic Energy Organization of Iran", "Rosatom", "agreement", "cooperation", "reported", PUB, "week", "nuclear;energy", "SMR memorandum; no date expression; mutual")
C(f, k, "Mohammad Eslami", "asserts", "", False, "SMR memorandum a strategic step", "'described as'")
k = "Likhachev said in Moscow on Thursday that Rosatom was ready"
E(f, k, "Rosatom", "Atomic Energy Organization of Iran", "trade_energy", "cooperation", "hypothetical", "2025-09-25", "day", "nuclear;energy", "ready to accelerate 'as soon as the financial issues are fully resolved' (conditional); the AEOI from the sentence before; takes the Thursday statement's date")
C(f, k, "Alexey Likhachev", "asserts", "RIA Novosti", False, "Rosatom ready to accelerate Bushehr once finances resolved", "'RIA Novosti reported'")
k = "Eslami said the Russian side had assured Tehran"
E(f, k, "Russia", "Iran", "statement_support", "cooperation", "reported", PUB, "week", "nuclear;diplomacy", "'had assured Tehran'; no date of its own ('last month' dates the trigger)")
E(f, k, "United Nations", "Iran", "sanction", "tension", "reported", PUB, "week", "nuclear;diplomacy", "'the return of UN sanctions' (taking effect this weekend); no date expression of its own")
E(f, k, "European parties to the nuclear deal", "Iran", "sanction", "tension", "reported", "2025-08", "month", "nuclear;diplomacy", "'triggered last month'; the E3 are not named as countries here, so the group is the actor")
E(f, k, "Russia", "Iran", "other", "cooperation", "reported", "", "unknown", "nuclear", "'bilateral nuclear cooperation'; ongoing; mutual")
C(f, k, "Russia", "asserts", "", False, "UN sanctions will not affect bilateral nuclear cooperation", "reported speech inside a statement: the reported speaker is claimant (dev4 304)")
k = "Russia's Ambassador to Tehran Alexey Dedov also stated last week"
E(f, k, "Russia", "Iran", "other", "cooperation", "planned", "2025-09-15", "week", "nuclear;diplomacy", "'all joint projects would continue'; planned content takes the statement's date ('last week' = Monday of the previous week); Iran from the title 'Ambassador to Tehran'")
C(f, k, "Alexey Dedov", "disputes", "", False, "Moscow does not recognize the snapback mechanism", "rejects another party's mechanism")
C(f, k, "Alexey Dedov", "asserts", "", False, "all joint projects will continue", "second clause, different stance")
k = "The new deal was welcomed by officials in Tehran"
E(f, k, "Iran", "Russia", "statement_support", "cooperation", "reported", PUB, "week", "nuclear;energy", "'welcomed by officials in Tehran' (resolved to Iran; 'welcomed' alone is not a claim); Russia from 'Moscow's commitment'")
E(f, k, "Iranian lawmakers", "Russia", "criticism", "tension", "reported", PUB, "week", "nuclear;diplomacy", "'some lawmakers have voiced doubts over Moscow's commitment' (group's own speech act)")
C(f, k, "Iranian lawmakers", "asserts", "", True, "doubts over Moscow's commitment", "'voiced doubts'; unnamed: hedged")
k = "Russia took nearly two decades to finish Bushehr-1"
E(f, k, "Russia", "Iran", "trade_energy", "tension", "reported", "", "unknown", "nuclear;energy", "'took nearly two decades to finish Bushehr-1' (delay); no date expression: undated past; 'we' = Iran")
E(f, k, "Hossein Rahmani", "Russia", "criticism", "tension", "reported", PUB, "week", "nuclear", "named lawmaker's criticism")
C(f, k, "Hossein Rahmani", "asserts", "Mehr", False, "Russia took two decades on Bushehr-1; Iran cannot wait again", "'told Mehr'")
k = "He urged the government to include strict penalty clauses"
E(f, k, "Iran", "Russian companies", "agreement", "cooperation", "hypothetical", PUB, "week", "nuclear;trade", "'future contracts with Russian companies'; 'the government' = Iran; hypothetical with no date: publication week")
C(f, k, "Hossein Rahmani", "hopes", "Mehr", False, "penalty clauses for delays in contracts with Russian companies", "'urged' = hopes; via carried (same statement)")
k = "The first unit of Bushehr, which was started by Germany's Siemens"
E(f, k, "Siemens", "Iran", "trade_energy", "cooperation", "reported", "", "unknown", "nuclear;energy", "started Bushehr 'before the 1979 Islamic Revolution' (no point date); Iran from 'Iranian officials'")
E(f, k, "Russia", "Iran", "trade_energy", "cooperation", "reported", "2011", "year", "nuclear;energy", "completed and connected to the grid in 2011")
E(f, k, "Russia", "Iran", "trade_energy", "tension", "reported", "2011", "year", "nuclear;energy", "'after repeated delays'; anchored to the 2011 episode")
E(f, k, "Iran", "Russia", "criticism", "tension", "reported", "2011", "year", "nuclear", "'Iranian officials at the time blamed on Moscow'; generic officials resolved to Iran; 'at the time' = 2011")
C(f, k, "Iranian officials", "asserts", "", False, "Bushehr-1 delays were Moscow's fault", "'blamed'; generic on-record officials: not hedged")
k = "Russia still supplies the nuclear fuel for the plant"
E(f, k, "Russia", "Iran", "trade_energy", "cooperation", "reported", "", "unknown", "nuclear;energy", "supplies fuel and takes back spent fuel; habitual; Iran from the sentence before")
E(f, k, "Russia", "Iran", "agreement", "cooperation", "reported", "", "unknown", "nuclear", "'under a bilateral agreement'; background; mutual")
# "Iran plans to raise its nuclear power generation capacity ..." : no second participant.

# ---------------------------------------------------------------- 408 RIA Novosti
f = "408"
PUB = "2025-10-03"
actors(f, [
    ("Israel", "ISR", "state"),
    ("Russia", "RUS", "state"),
    ("Iran", "IRN", "state"),
    ("Vladimir Putin", "RUS", "person"),
    ("United States", "USA", "state"),
    ("United Nations", "", "organisation"),
    ("European troika", "", "state"),
    ("Dmitry Peskov", "RUS", "person"),
    ("Iranian Foreign Ministry", "IRN", "government_body"),
    ("Iranian media", "IRN", "media"),
    ("Kayhan", "IRN", "media"),
    ("Esmaeil Baghaei", "IRN", "person"),
    ("China", "CHN", "state"),
    ("UN Security Council", "", "organisation"),
    ("Russian Foreign Ministry", "RUS", "government_body"),
    ("Benjamin Netanyahu", "ISR", "person"),
    ("Masoud Pezeshkian", "IRN", "person"),
    ("Western media", "", "media"),
    ("Kremlin", "RUS", "government_body"),
    ("Sergey Lavrov", "RUS", "person"),
])
k = "SOCHI, October 3 (RIA Novosti)"
E(f, k, "Israel", "Russia", "other", "cooperation", "reported", "2025-10-02", "day", "diplomacy;middle_east", "request to pass a message (requests = other); known only through Putin's Thursday statement; dateline belongs to the sentence")
E(f, k, "Israel", "Iran", "military_action", "tension", "denied", "2025-10-02", "day", "military;middle_east", "'not interested in a new confrontation' (negated)")
E(f, k, "Russia", "Iran", "other", "cooperation", "reported", "2025-10-02", "day", "diplomacy;middle_east", "'Russia passed the message on': go-between row toward the recipient")
E(f, k, "Russia", "Israel", "other", "cooperation", "reported", "2025-10-02", "day", "diplomacy;middle_east", "go-between row toward the sender")
C(f, k, "Vladimir Putin", "asserts", "", False, "Israel asked Moscow to tell Tehran it does not want confrontation; Russia passed it on", "'said on Thursday'; RIA Novosti in the dateline is the publisher")
k = "Speaking at the plenary session of the Valdai"
E(f, k, "Russia", "Israel", "other", "cooperation", "reported", "", "unknown", "diplomacy", "'maintains trusting contacts with ... the Israeli leadership'; ongoing")
E(f, k, "Russia", "Iran", "other", "cooperation", "reported", "", "unknown", "diplomacy", "'trusting contacts with ... Iran'; ongoing")
C(f, k, "Vladimir Putin", "asserts", "", False, "Moscow has trusting contacts with both Israel and Iran", "'the Russian leader said'; Valdai is a venue")
k = "We received signals from the Israeli leadership"
E(f, k, "Israel", "Russia", "other", "cooperation", "reported", PUB, "week", "diplomacy;middle_east", "'signals ... asking us' (request); quote subject 'We' = Russia as recipient; no date expression: publication week (strict)")
E(f, k, "Israel", "Iran", "military_action", "tension", "denied", PUB, "week", "military;middle_east", "'Israel does not want an escalation'")
E(f, k, "Russia", "Iran", "other", "cooperation", "reported", PUB, "week", "diplomacy;middle_east", "'we passed this on' to 'our Iranian friends'")
E(f, k, "Russia", "Israel", "other", "cooperation", "reported", PUB, "week", "diplomacy;middle_east", "go-between row toward the sender")
C(f, k, "Vladimir Putin", "asserts", "", False, "Russia relayed Israel's no-escalation message to Iran", "quote with 'Putin said'")
k = "He noted that Russia's relations with Israel are special"
E(f, k, "Russia", "Israel", "other", "cooperation", "reported", "", "unknown", "diplomacy", "relations 'are special'; relationship state")
C(f, k, "Vladimir Putin", "asserts", "", False, "Russia's relations with Israel are special", "'noted'")
k = "The head of state also recalled that Moscow had proposed"
E(f, k, "Russia", "Iran", "statement_support", "cooperation", "reported", "", "unknown", "nuclear;diplomacy", "mediation offer on the nuclear issue: cooperation toward the partner; undated past ('once offered' rule, dev4)")
E(f, k, "Russia", "United States", "statement_support", "neutral", "reported", "", "unknown", "nuclear;diplomacy", "mediation offer: neutral toward the other side")
E(f, k, "Russia", "Iran", "other", "cooperation", "hypothetical", PUB, "week", "nuclear", "'taking Iran's enriched uranium for storage or processing'; hypothetical with no date: publication week")
E(f, k, "United States", "Russia", "other", "neutral", "denied", PUB, "week", "nuclear;diplomacy", "'had not responded to the proposal' (failure to respond = negated event, dev2)")
C(f, k, "Vladimir Putin", "asserts", "", False, "Moscow proposed to help settle the Iranian nuclear issue, incl. taking enriched uranium", "'recalled'")
C(f, k, "Vladimir Putin", "asserts", "", False, "the US has not responded to Russia's proposal", "second speech verb 'said'")
k = "According to Putin, Russia does not recognize the reinstatement"
E(f, k, "United Nations", "Iran", "sanction", "tension", "reported", PUB, "week", "diplomacy;nuclear", "'reinstatement of UN sanctions against Iran'; the reinstatement has no date expression ('in August' dates the initiative)")
E(f, k, "European troika", "Iran", "sanction", "tension", "reported", "2025-08", "month", "diplomacy;nuclear", "'initiated by the European troika in August'; countries not named, the group is the actor")
E(f, k, "Russia", "Iran", "statement_support", "cooperation", "reported", PUB, "week", "diplomacy", "non-recognition of the UN sanctions against Iran: siding with Iran (Iran named)")
C(f, k, "Vladimir Putin", "disputes", "", False, "Russia does not recognize the reinstated UN sanctions", "'According to Putin'; rejects another party's act")
k = "Kremlin spokesman Dmitry Peskov told journalists on Friday"
E(f, k, "Russia", "Iran", "statement_support", "cooperation", "reported", "2025-10-03", "day", "diplomacy;middle_east", "ready to keep 'facilitating contacts between the parties' (mediation offer): cooperation toward the partner; 'the parties' = Israel and Iran")
E(f, k, "Russia", "Israel", "statement_support", "neutral", "reported", "2025-10-03", "day", "diplomacy;middle_east", "mediation offer: neutral toward the other side")
# offer only: not a claim (dev4 'Offers and invitations are not claims')
k = "He declined to say when the message had been passed to Tehran."
E(f, k, "Russia", "Iran", "other", "cooperation", "reported", "", "unknown", "diplomacy;middle_east", "'the message had been passed to Tehran' (Tehran named: new row); Russia from 'Moscow' in the sentence before; the sentence says the date is not given; 'declined to say' is not a claim")
k = "The Iranian Foreign Ministry has not officially commented"
E(f, k, "Iranian Foreign Ministry", "Vladimir Putin", "other", "neutral", "denied", PUB, "week", "diplomacy", "no comment on Putin's statements (failure to respond = negated event, dev2)")
k = "However, some Iranian media reacted with skepticism."
E(f, k, "Iranian media", "Vladimir Putin", "criticism", "tension", "reported", PUB, "week", "diplomacy", "skeptical reaction to Putin's statements (Putin from the sentence before); the media's own act")
C(f, k, "Iranian media", "asserts", "Iranian media", False, "skepticism toward Putin's statements", "'Iranian media' named in the next sentence (Kayhan): not hedged (seed)")
k = "The conservative newspaper Kayhan wrote on Friday"
E(f, k, "Kayhan", "Russia", "criticism", "tension", "reported", "2025-10-03", "day", "diplomacy", "Tehran 'does not need intermediaries': rejects the Russian go-between role (Russia from the sentences before)")
E(f, k, "Israel", "Iran", "military_action", "tension", "reported", "2025-06", "month", "military;middle_east", "'Israel attacked Iran in June'")
E(f, k, "Iran", "United States", "other", "cooperation", "reported", "2025-06", "month", "nuclear;diplomacy", "'negotiations with Washington were under way' (ongoing negotiations = other/cooperation), at the time of the June attack")
C(f, k, "Kayhan", "asserts", "Kayhan", False, "Tehran does not need intermediaries to understand Israel", "'wrote'; the outlet is the source")
C(f, k, "Kayhan", "asserts", "Kayhan", False, "Israel attacked Iran in June during negotiations with Washington", "second speech verb 'recalling'")
k = "Earlier, Iranian Foreign Ministry spokesman Esmaeil Baghaei thanked"
E(f, k, "Esmaeil Baghaei", "Russia", "statement_support", "cooperation", "reported", "2025", "year", "diplomacy", "thanked Russia; 'Earlier' = publication year (dev2); thanks is not a claim")
E(f, k, "Esmaeil Baghaei", "China", "statement_support", "cooperation", "reported", "2025", "year", "diplomacy", "thanked China")
E(f, k, "Russia", "China", "other", "cooperation", "reported", "2025-09", "month", "diplomacy", "'the two countries submitted a draft resolution' (co-sponsoring); anchored to the month of the Sept 26 vote (heldout 102); mutual")
k = "The document was rejected by the council on September 26."
E(f, k, "UN Security Council", "Russia", "other", "tension", "reported", "2025-09-26", "day", "diplomacy", "draft voted down; sponsors from the sentence before")
E(f, k, "UN Security Council", "China", "other", "tension", "reported", "2025-09-26", "day", "diplomacy", "draft voted down")
k = "The comprehensive strategic partnership treaty between Russia and Iran"
E(f, k, "Russia", "Iran", "agreement", "cooperation", "reported", "2025-01", "month", "diplomacy", "treaty 'signed in Moscow in January'; mutual")
E(f, k, "Russia", "Iran", "meeting", "cooperation", "reported", "2025-01", "month", "diplomacy", "joint signing in Moscow implies a meeting (heldout treaty-signing rule)")
E(f, k, "Iran", "Russia", "visit", "cooperation", "reported", "2025-01", "month", "diplomacy", "signing in Moscow implies the Iranian side's visit")
E(f, k, "Russia", "Iran", "agreement", "cooperation", "reported", "2025-10-02", "day", "diplomacy", "treaty 'entered into force on Thursday'; mutual")
C(f, k, "Russian Foreign Ministry", "asserts", "", False, "treaty entered into force on Thursday", "'the Russian Foreign Ministry said'")
# "The treaty provides for cooperation ... but does not contain a mutual defense clause." : names no participant (heldout rule).
k = "In June, after Israeli strikes on Iranian nuclear facilities"
E(f, k, "Israel", "Iran", "military_action", "tension", "reported", "2025-06", "month", "military;nuclear;middle_east", "'Israeli strikes on Iranian nuclear facilities' in June")
E(f, k, "Vladimir Putin", "Benjamin Netanyahu", "call", "cooperation", "reported", "2025-06", "month", "diplomacy;middle_east", "telephone conversation in June")
E(f, k, "Vladimir Putin", "Masoud Pezeshkian", "call", "cooperation", "reported", "2025-06", "month", "diplomacy;middle_east", "telephone conversation in June")
E(f, k, "Vladimir Putin", "Israel", "criticism", "tension", "reported", "2025-06", "month", "military;middle_east", "'condemning Israel's actions'")
C(f, k, "Vladimir Putin", "asserts", "", False, "condemns Israel's strikes on Iran", "'condemning' (as dev4 301 'condemned')")
k = "Some Western media reported at the time that Tehran was disappointed"
E(f, k, "Iran", "Russia", "criticism", "tension", "reported", "2025-06", "month", "diplomacy", "Tehran 'disappointed with the level of Russian support', as reported; 'at the time' = June 2025")
E(f, k, "Iran", "Russia", "criticism", "tension", "denied", "2025-06", "month", "diplomacy", "'which the Kremlin denied': denied row for the same content (heldout denial-of-reports rule)")
E(f, k, "Russia", "Iran", "statement_support", "cooperation", "reported", "2025-06", "month", "diplomacy", "'the level of Russian support'")
E(f, k, "Kremlin", "Western media", "denial", "tension", "reported", "2025-06", "month", "diplomacy", "explicit rejection of another actor's account (dev3 denial)")
C(f, k, "Western media", "asserts", "Western media", True, "Tehran was disappointed with Russian support", "'Some Western media reported': unnamed outlets, hedged (dev4 'foreign media')")
C(f, k, "Kremlin", "denies", "", False, "denies Tehran's disappointment with Russian support", "about its own side")
k = "Russian Foreign Minister Sergey Lavrov has repeatedly stated"
C(f, k, "Sergey Lavrov", "asserts", "", False, "Moscow will develop relations with all countries of the region", "no event: 'all countries of the region' is not an actor")

# ---------------------------------------------------------------- 409 Haaretz
f = "409"
PUB = "2025-07-29"
actors(f, [
    ("Vladimir Putin", "RUS", "person"),
    ("Iran", "IRN", "state"),
    ("Israel", "ISR", "state"),
    ("Prime Minister's Office", "ISR", "government_body"),
    ("Kremlin", "RUS", "government_body"),
    ("Kremlin readout", "RUS", "media"),
    ("Benjamin Netanyahu", "ISR", "person"),
    ("Haaretz", "ISR", "media"),
    ("Ali Larijani", "IRN", "person"),
    ("Ali Khamenei", "IRN", "person"),
    ("Russia", "RUS", "state"),
    ("United States", "USA", "state"),
    ("media reports", "", "media"),
    ("Iranian lawmakers", "IRN", "person"),
    ("Iranian legislator", "IRN", "person"),
    ("Ham-Mihan", "IRN", "media"),
    ("Masoud Pezeshkian", "IRN", "person"),
    ("Donald Trump", "USA", "person"),
    ("Western intelligence", "", "government_body"),
    ("Ukraine", "UKR", "state"),
    ("Syria", "SYR", "state"),
    ("former senior Israeli diplomat", "ISR", "person"),
])
k = "Russia's president offered to help find a diplomatic solution"
E(f, k, "Vladimir Putin", "Iran", "statement_support", "cooperation", "reported", PUB, "week", "nuclear;diplomacy", "dek line (body text, no final punctuation); 'Russia's president' = Putin; offer to help on Iran's nuclear program: cooperation toward the partner")
E(f, k, "Prime Minister's Office", "Vladimir Putin", "other", "neutral", "denied", PUB, "week", "diplomacy", "'stayed silent on the conversation' (no response = negated event, dev2)")
C(f, k, "Kremlin", "asserts", "Kremlin readout", False, "Putin offered to help find a diplomatic solution on Iran", "'according to a Kremlin readout' (seed: Kremlin website)")
k = "Russian President Vladimir Putin and Prime Minister Benjamin Netanyahu spoke by phone on Monday"
E(f, k, "Vladimir Putin", "Benjamin Netanyahu", "call", "cooperation", "reported", "2025-07-28", "day", "diplomacy;nuclear;middle_east", "spoke by phone on Monday; mutual")
E(f, k, "Israel", "Iran", "military_action", "tension", "reported", "2025-06", "month", "military;middle_east", "'the 12-day war between Israel and Iran in June'; mutual")
E(f, k, "Israel", "Iran", "agreement", "cooperation", "reported", "2025-06", "month", "military;middle_east", "'the ceasefire that ended the ... war'; mutual")
C(f, k, "Kremlin", "asserts", "", False, "Putin and Netanyahu discussed Iran and Syria by phone", "'the Kremlin said'")
k = "According to the Kremlin's readout, Putin stressed"
E(f, k, "Vladimir Putin", "Iran", "statement_support", "cooperation", "reported", PUB, "week", "nuclear;diplomacy", "ready to help find solutions on the nuclear issue (mediation offer): cooperation toward the partner; Iran from the sentence before ('Iran's nuclear program')")
E(f, k, "Vladimir Putin", "Israel", "statement_support", "neutral", "reported", PUB, "week", "nuclear;diplomacy", "mediation offer made to Israel's leader: neutral toward the other side")
C(f, k, "Vladimir Putin", "asserts", "Kremlin readout", False, "Russia wants the nuclear issue settled by political and diplomatic means", "'stressed'; 'said Moscow was ready to help' is an offer, not a claim")
k = "The Kremlin said the call was initiated by the Israeli side."
E(f, k, "Israel", "Kremlin", "call", "cooperation", "reported", PUB, "week", "diplomacy", "call 'initiated by the Israeli side'; no date expression: publication week")
C(f, k, "Kremlin", "asserts", "", False, "the call was initiated by Israel", "'The Kremlin said'")
k = "The Prime Minister's Office did not issue a statement on the call"
E(f, k, "Prime Minister's Office", "Kremlin", "other", "neutral", "denied", PUB, "week", "diplomacy", "'did not issue a statement on the call' (the Kremlin from the sentence before); 'declined to respond' is not a claim; Haaretz is same-country")
k = "The conversation came just over a week after Putin received Ali Larijani"
E(f, k, "Vladimir Putin", "Ali Larijani", "meeting", "cooperation", "reported", "2025-07-20", "day", "diplomacy", "'received Ali Larijani ... at the Kremlin on July 20'")
E(f, k, "Ali Larijani", "Russia", "visit", "cooperation", "reported", "2025-07-20", "day", "diplomacy", "received at the Kremlin implies a visit")
k = "Larijani reportedly carried a message from Khamenei"
E(f, k, "Ali Khamenei", "Vladimir Putin", "other", "cooperation", "reported", PUB, "week", "diplomacy;nuclear", "message carried to Putin (messages = other, heldout); Putin from the sentence before; no date expression (dev4 308 letter row)")
E(f, k, "Iran", "United States", "other", "cooperation", "reported", "", "unknown", "nuclear;diplomacy", "'Tehran's ... nuclear talks with the United States' (ongoing negotiations)")
E(f, k, "Iran", "United States", "other", "tension", "reported", "", "unknown", "nuclear;diplomacy", "the talks are 'stalled' (mixed statement: both rows)")
C(f, k, "media reports", "asserts", "", True, "Larijani carried a message from Khamenei about the US talks", "'reportedly'")
k = "Moscow's studied neutrality during the war has been a sore point in Tehran."
E(f, k, "Russia", "Iran", "other", "neutral", "reported", "2025-06", "month", "diplomacy;middle_east", "'studied neutrality during the war' = June 2025 (dev4 303)")
E(f, k, "Iran", "Russia", "criticism", "tension", "reported", "", "unknown", "diplomacy", "'a sore point in Tehran' (perception = criticism); present-perfect state: background")
k = "Russia condemned the Israeli and American strikes"
E(f, k, "Russia", "Israel", "criticism", "tension", "reported", "2025-06", "month", "military;middle_east", "condemned the Israeli strikes; past narrative anchored to the war (June 2025); the strikes themselves are a bare back-reference")
E(f, k, "Russia", "United States", "criticism", "tension", "reported", "2025-06", "month", "military;middle_east", "condemned the American strikes")
E(f, k, "Russia", "Iran", "aid", "cooperation", "denied", PUB, "week", "military", "'offered its strategic partner no military help' (negated); denied row without a date expression: publication week")
E(f, k, "Russia", "Iran", "other", "cooperation", "reported", "", "unknown", "diplomacy", "'its strategic partner'; background")
E(f, k, "Iranian lawmakers", "Russia", "criticism", "tension", "reported", PUB, "week", "military", "'have complained' (group's own speech act)")
E(f, k, "Iran", "Russia", "other", "cooperation", "reported", "", "unknown", "military", "'the Su-35 fighter jets Iran ordered from Russia' (purchase, undated, dev4)")
E(f, k, "Russia", "Iran", "arms_transfer", "cooperation", "denied", PUB, "week", "military", "'have still not been delivered'")
C(f, k, "Russia", "asserts", "", False, "condemns the Israeli and American strikes", "'condemned' (as dev4 301)")
C(f, k, "Iranian lawmakers", "asserts", "", True, "the Su-35s ordered from Russia still not delivered", "'have complained'; unnamed group: hedged")
k = "One Iranian legislator told the reformist daily Ham-Mihan"
E(f, k, "Iranian legislator", "Russia", "criticism", "tension", "reported", "2025-07", "month", "diplomacy", "told Ham-Mihan 'this month'")
E(f, k, "Russia", "Iran", "other", "tension", "reported", "2025-07", "month", "diplomacy;military", "quote subject 'Moscow left us alone' ('us' = Iran); dated by the statement ('this month')")
C(f, k, "Iranian legislator", "asserts", "Ham-Mihan", True, "Moscow left Iran alone when it mattered", "anonymous legislator: hedged")
k = "Putin, for his part, has pointed out that the strategic partnership treaty"
E(f, k, "Vladimir Putin", "Masoud Pezeshkian", "agreement", "cooperation", "reported", "2025-01", "month", "diplomacy", "treaty 'he signed with President Masoud Pezeshkian in January'; mutual")
E(f, k, "Vladimir Putin", "Masoud Pezeshkian", "agreement", "cooperation", "denied", "2025-01", "month", "security;military", "'contains no mutual defense clause' (heldout)")
C(f, k, "Vladimir Putin", "asserts", "", False, "the treaty contains no mutual defense clause", "'has pointed out'")
k = "In June, U.S. President Donald Trump brushed aside Putin's offer"
E(f, k, "Vladimir Putin", "Iran", "statement_support", "cooperation", "reported", "2025-06", "month", "diplomacy;middle_east", "'Putin's offer to mediate between Israel and Iran': cooperation toward the partner")
E(f, k, "Vladimir Putin", "Israel", "statement_support", "neutral", "reported", "2025-06", "month", "diplomacy;middle_east", "mediation offer: neutral toward the other side")
E(f, k, "Donald Trump", "Vladimir Putin", "criticism", "tension", "reported", "2025-06", "month", "diplomacy", "'brushed aside Putin's offer', telling him to mediate his own war")
C(f, k, "Donald Trump", "disputes", "", False, "Putin should mediate his own war first", "rejects another party's offer (dev2 Trump rebuke = disputes)")
k = "Israeli officials have long viewed Moscow's military cooperation with Tehran"
E(f, k, "Israel", "Russia", "criticism", "tension", "reported", "", "unknown", "military;security", "'have long viewed ... with concern' (seed: view with concern = criticism); 'Israeli officials' resolved to Israel; background")
E(f, k, "Russia", "Iran", "other", "cooperation", "reported", "", "unknown", "military", "'Moscow's military cooperation with Tehran'; background; mutual")
E(f, k, "Iran", "Russia", "arms_transfer", "cooperation", "reported", "", "unknown", "military;ukraine_war", "'Iran's supply of Shahed drones ... to Russia'")
E(f, k, "Iran", "Russia", "arms_transfer", "cooperation", "reported", "", "unknown", "military;ukraine_war", "'ballistic missiles to Russia', according to Western intelligence")
E(f, k, "Russia", "Ukraine", "military_action", "tension", "reported", "", "unknown", "ukraine_war;military", "'its war in Ukraine'; ongoing")
C(f, k, "Western intelligence", "asserts", "", True, "Iran supplied ballistic missiles to Russia", "'according to Western intelligence'; unnamed services: hedged; the 'viewed with concern' part is a perception, not a claim")
k = "Yet Jerusalem has refrained from sending weapons to Kyiv"
E(f, k, "Israel", "Ukraine", "arms_transfer", "cooperation", "denied", PUB, "week", "military;ukraine_war", "'refrained from sending weapons to Kyiv' (negated); '2015' belongs to another event: publication week (dev4)")
E(f, k, "Israel", "Kremlin", "other", "cooperation", "reported", "2015", "year", "security;middle_east", "'the channel with the Kremlin that was built when Russian forces deployed to Syria in 2015'; Syria is a location here")
k = "The two leaders also discussed Syria, the Kremlin said"
E(f, k, "Vladimir Putin", "Benjamin Netanyahu", "call", "cooperation", "reported", PUB, "week", "diplomacy;middle_east", "'The two leaders also discussed Syria' during the call; no date expression for it ('this month' dates the strikes)")
E(f, k, "Israel", "Syria", "military_action", "tension", "reported", "2025-07", "month", "military;middle_east", "'Israel struck government targets in Damascus this month' (the government = Syria); the Sweida clashes are same-country")
C(f, k, "Kremlin", "asserts", "", False, "the leaders also discussed Syria", "'the Kremlin said'")
k = "Putin underlined the importance of preserving Syria's unity"
E(f, k, "Vladimir Putin", "Syria", "statement_support", "cooperation", "reported", PUB, "week", "diplomacy;middle_east", "support for Syria's unity and sovereignty")
C(f, k, "Vladimir Putin", "asserts", "Kremlin readout", False, "Syria's unity and sovereignty must be preserved", "'according to the readout'")
k = "A former senior Israeli diplomat who served in Moscow said"
C(f, k, "former senior Israeli diplomat", "asserts", "", True, "Putin wants to be seen as indispensable by everyone in the region", "anonymous: hedged; no event: 'everyone in the region' is not an actor")
k = "He will not sacrifice Israel for Iran"
E(f, k, "Vladimir Putin", "Israel", "other", "tension", "denied", PUB, "week", "diplomacy", "'will not sacrifice Israel' (negated); 'He' = Putin from the sentence before")
E(f, k, "Vladimir Putin", "Iran", "other", "tension", "denied", PUB, "week", "diplomacy", "'will not sacrifice Iran' (negated)")
C(f, k, "former senior Israeli diplomat", "asserts", "", True, "Putin will sacrifice neither Israel nor Iran for the other", "quote with 'the former diplomat said'")
k = "Both sides know that, and both sides resent it."
E(f, k, "Israel", "Vladimir Putin", "criticism", "tension", "reported", PUB, "week", "diplomacy", "'both sides resent it' (resentment = criticism); 'Both sides' = Israel and Iran from the sentence before; Putin from 'He'")
E(f, k, "Iran", "Vladimir Putin", "criticism", "tension", "reported", PUB, "week", "diplomacy", "")
C(f, k, "former senior Israeli diplomat", "asserts", "", True, "Israel and Iran both resent Putin's balancing", "quote-only sentence")

# ---------------------------------------------------------------- 410 Hurriyet Daily News
f = "410"
PUB = "2025-01-08"
actors(f, [
    ("Behrouz Esbati", "IRN", "person"),
    ("Russia", "RUS", "state"),
    ("Iran", "IRN", "state"),
    ("Israel", "ISR", "state"),
    ("Esmaeil Baghaei", "IRN", "person"),
    ("Kremlin", "RUS", "government_body"),
    ("Bashar al-Assad", "SYR", "person"),
    ("Türkiye", "TUR", "state"),
    ("armed opposition groups", "SYR", "armed_group"),
    ("Hayat Tahrir al-Sham", "SYR", "armed_group"),
    ("Hakan Fidan", "TUR", "person"),
    ("Sergei Lavrov", "RUS", "person"),
    ("Abbas Araghchi", "IRN", "person"),
    ("Turkish diplomatic sources", "TUR", "person"),
    ("Turkish analysts", "TUR", "person"),
    ("Elif Yıldırım", "TUR", "person"),
    ("Syria", "SYR", "state"),
    ("Ahmed al-Sharaa", "SYR", "person"),
])
k = "A senior Iranian commander has accused Russia of letting Iran down"
E(f, k, "Behrouz Esbati", "Russia", "accusation", "tension", "reported", PUB, "week", "military;middle_east", "'A senior Iranian commander' = Esbati (named in the next sentence); current news act")
E(f, k, "Russia", "Iran", "other", "tension", "reported", "2024", "year", "military;middle_east", "accused act: 'letting Iran down in Syria in the months before the fall' (2024); Syria is a location")
C(f, k, "Behrouz Esbati", "asserts", "", False, "Russia let Iran down in Syria", "'has accused'")
k = "Brig. Gen. Behrouz Esbati, who oversaw Iranian forces in Syria"
E(f, k, "Behrouz Esbati", "Russia", "accusation", "tension", "reported", PUB, "week", "military;middle_east", "'said ... and claimed'; one accusation row for the act; 'Brig. Gen.' is an abbreviation inside the sentence")
E(f, k, "Russia", "Iran", "other", "tension", "reported", "2024", "year", "military;middle_east", "accused act: Russian jets bombed empty fields instead of rebel positions; anchored to the 2024 episode of the sentence before")
E(f, k, "Russia", "Iran", "other", "tension", "reported", "2024", "year", "military;middle_east", "accused act: Moscow switched off its radars when Israel struck Iranian targets")
E(f, k, "Israel", "Iran", "military_action", "tension", "reported", "2024", "year", "military;middle_east", "'Israel struck Iranian targets' (in Syria); anchored to the same episode")
C(f, k, "Behrouz Esbati", "asserts", "", False, "Russian jets bombed empty fields instead of rebels", "'said'; the audio recording is a source document, not an outlet: via empty")
C(f, k, "Behrouz Esbati", "asserts", "", False, "Moscow switched off its radars during Israeli strikes", "second speech verb 'claimed'")
# "The recording was circulated on social media on Monday ..." : no interaction, no claim content.
k = "Russia is not a reliable partner, and we paid the price"
E(f, k, "Russia", "Iran", "other", "cooperation", "denied", PUB, "week", "diplomacy;security", "'Russia is not a reliable partner' (negated partnership, dev4 'not their ally')")
E(f, k, "Iran", "Russia", "other", "cooperation", "reported", "", "unknown", "diplomacy", "'we paid the price for trusting it' ('we' = Iran); undated past")
C(f, k, "Behrouz Esbati", "asserts", "", False, "Russia is not a reliable partner", "'is heard saying'")
k = "Asked about the recording at his weekly press conference on Monday"
E(f, k, "Esmaeil Baghaei", "Russia", "statement_support", "cooperation", "reported", "2025-01-06", "day", "diplomacy", "relations with Moscow are 'strategic'; on Monday")
E(f, k, "Iran", "Russia", "other", "cooperation", "reported", "", "unknown", "diplomacy", "'relations with Moscow' (relationship state); mutual")
C(f, k, "Esmaeil Baghaei", "asserts", "", False, "relations with Moscow are strategic", "'said'")
C(f, k, "Esmaeil Baghaei", "disputes", "", False, "relations should not be judged by individual opinions", "rebuts Esbati's account (another person's statement)")
k = "The Kremlin has not commented on the remarks."
E(f, k, "Kremlin", "Behrouz Esbati", "other", "neutral", "denied", PUB, "week", "diplomacy", "no comment on Esbati's remarks (dev2 'no immediate comment' rule; Esbati's remarks from the paragraph before)")
k = "Moscow and Tehran were al-Assad’s main backers"
E(f, k, "Russia", "Bashar al-Assad", "aid", "cooperation", "reported", "", "unknown", "military;middle_east", "'main backers throughout the 13-year civil war'; background (dev4: backing a government = aid)")
E(f, k, "Iran", "Bashar al-Assad", "aid", "cooperation", "reported", "", "unknown", "military;middle_east", "")
E(f, k, "Türkiye", "armed opposition groups", "aid", "cooperation", "reported", "", "unknown", "military;middle_east", "'Ankara supported armed opposition groups'; background")
k = "The ousted Syrian leader fled to Moscow on Dec. 8"
E(f, k, "Bashar al-Assad", "Russia", "other", "cooperation", "reported", "2024-12-08", "day", "diplomacy;middle_east", "'fled to Moscow on Dec. 8' (flight into exile, not a visit); the HTS offensive against him is same-country")
E(f, k, "Russia", "Bashar al-Assad", "aid", "cooperation", "reported", "2024-12", "month", "humanitarian;diplomacy", "'granted him and his family asylum'; separate clause without its own date: past narrative anchored to the December episode at month precision")
k = "A day earlier, Foreign Minister Hakan Fidan met his Russian and Iranian counterparts"
E(f, k, "Hakan Fidan", "Sergei Lavrov", "meeting", "cooperation", "reported", "2024-12-07", "day", "diplomacy;middle_east", "'A day earlier' than Dec. 8; three-party meeting: one row per pair in text order; Doha is a venue")
E(f, k, "Hakan Fidan", "Abbas Araghchi", "meeting", "cooperation", "reported", "2024-12-07", "day", "diplomacy;middle_east", "")
E(f, k, "Sergei Lavrov", "Abbas Araghchi", "meeting", "cooperation", "reported", "2024-12-07", "day", "diplomacy;middle_east", "")
k = "In a television interview last month, Fidan said Ankara had talked"
E(f, k, "Türkiye", "Russia", "call", "cooperation", "reported", "2024-12", "month", "diplomacy;middle_east", "'had talked to Moscow' (how not stated = call, seed); dated by the statement 'last month'")
E(f, k, "Türkiye", "Iran", "call", "cooperation", "reported", "2024-12", "month", "diplomacy;middle_east", "'had talked to ... Tehran'")
C(f, k, "Hakan Fidan", "asserts", "", False, "Ankara talked to Moscow and Tehran so they would not intervene militarily", "unnamed broadcaster: via empty; no intervention row: Syria is a location and no partner is named")
k = "According to Turkish diplomatic sources, the two countries made clear"
E(f, k, "Russia", "Bashar al-Assad", "aid", "cooperation", "denied", "2024-12", "month", "military;middle_east", "'would not come to al-Assad's rescue' (negated); 'the two countries' = Russia and Iran; 'at the Doha meeting' anchors to December 2024")
E(f, k, "Iran", "Bashar al-Assad", "aid", "cooperation", "denied", "2024-12", "month", "military;middle_east", "")
C(f, k, "Turkish diplomatic sources", "asserts", "", True, "Russia and Iran said in Doha they would not rescue al-Assad", "anonymous sources: hedged")
C(f, k, "Russia", "asserts", "", True, "will not come to al-Assad's rescue", "speech known only through anonymous sources (dev4): row for each speaker, hedged")
C(f, k, "Iran", "asserts", "", True, "will not come to al-Assad's rescue", "")
k = "Turkish analysts say Esbati’s remarks reflect a broader reckoning"
C(f, k, "Turkish analysts", "asserts", "", True, "Esbati's remarks reflect a broader reckoning in Tehran", "unnamed: hedged; no event: no second participant")
k = "For Iran, Syria was the place where the partnership with Russia"
E(f, k, "Iran", "Russia", "other", "cooperation", "reported", "", "unknown", "diplomacy", "'the partnership with Russia'; background")
E(f, k, "Iran", "Russia", "other", "tension", "reported", "2024", "year", "diplomacy;middle_east", "the partnership 'did not' prove itself in Syria (mixed statement: both rows); anchored to the 2024 Syria episode")
C(f, k, "Elif Yıldırım", "asserts", "", False, "the partnership with Russia failed its test in Syria", "'said Assoc. Prof.'")
k = "She added that the fallout was unlikely to derail"
E(f, k, "Russia", "Iran", "agreement", "cooperation", "planned", "2025-01", "month", "diplomacy", "treaty 'the two countries are expected to sign later this month'")
C(f, k, "Elif Yıldırım", "asserts", "", False, "fallout unlikely to derail the partnership treaty", "'added'")
k = "Tehran has also watched warily as Moscow has sought to keep its bases"
E(f, k, "Iran", "Russia", "criticism", "tension", "reported", "", "unknown", "diplomacy;middle_east", "'watched warily' (wariness = criticism, dev3); present-perfect state: background")
E(f, k, "Russia", "Syria", "other", "cooperation", "reported", "", "unknown", "diplomacy;military", "'opening contacts with the new administration in Damascus' (= Syria); present-perfect, no date: background")
k = "Iran, whose embassy in Damascus was ransacked"
E(f, k, "Iran", "Syria", "other", "cooperation", "denied", PUB, "week", "diplomacy", "'has yet to establish ties with the new authorities' (negated); the ransacking has no named agent")
k = "Türkiye, meanwhile, has emerged as the new government’s main foreign backer"
E(f, k, "Türkiye", "Syria", "aid", "cooperation", "reported", "", "unknown", "diplomacy;middle_east", "'main foreign backer' of the new government (seed: backing = aid); present-perfect state")
E(f, k, "Hakan Fidan", "Syria", "visit", "cooperation", "reported", "2024-12-22", "day", "diplomacy;middle_east", "visit to Damascus 'on Dec. 22'")

# ---------------------------------------------------------------- 411 UN Security Council press summary
f = "411"
PUB = "2025-06-22"
actors(f, [
    ("Iran", "IRN", "state"),
    ("UN Security Council", "", "organisation"),
    ("United States", "USA", "state"),
    ("António Guterres", "", "person"),
    ("Rafael Mariano Grossi", "", "person"),
    ("International Atomic Energy Agency", "", "organisation"),
    ("representative of Iran", "IRN", "person"),
    ("Israel", "ISR", "state"),
    ("representative of the United States", "USA", "person"),
    ("Russia", "RUS", "state"),
    ("representative of the Russian Federation", "RUS", "person"),
    ("China", "CHN", "state"),
    ("Pakistan", "PAK", "state"),
    ("representative of China", "CHN", "person"),
    ("representative of Pakistan", "PAK", "person"),
    ("representative of Israel", "ISR", "person"),
    ("France", "FRA", "state"),
    ("United Kingdom", "GBR", "state"),
    ("representative of France", "FRA", "person"),
    ("representative of the United Kingdom", "GBR", "person"),
])
k = "The Security Council met this afternoon at the request of the Islamic Republic of Iran"
E(f, k, "Iran", "UN Security Council", "other", "neutral", "reported", PUB, "day", "diplomacy", "meeting held 'at the request of' Iran (request = other); 'this afternoon' = the publication day")
E(f, k, "United States", "Iran", "military_action", "tension", "reported", PUB, "day", "military;nuclear;middle_east", "'hours after the United States struck three nuclear facilities in that country' (same day, dev3 'hours after')")
k = "Briefing the Council, Secretary-General António Guterres said"
E(f, k, "António Guterres", "United States", "criticism", "tension", "reported", PUB, "week", "military;nuclear", "US use of force 'marked a dangerous turn'; no date expression: publication week (strict); the briefing itself is intra-UN")
E(f, k, "United States", "Iran", "military_action", "tension", "reported", PUB, "week", "military;nuclear;middle_east", "'the use of force by the United States against Iran's nuclear facilities' (participants named: new row)")
C(f, k, "António Guterres", "asserts", "", False, "US use of force against Iran a dangerous turn", "speaks for the UN: empty country (Borrell rule)")
k = "He called on Member States to de-escalate"
C(f, k, "António Guterres", "hopes", "", False, "de-escalation and return to negotiations on Iran's nuclear programme", "'called on' = hopes; no event: 'Member States' is not a specific actor")
k = "Rafael Mariano Grossi, Director General of the International Atomic Energy Agency"
C(f, k, "Rafael Mariano Grossi", "asserts", "", False, "craters visible at Fordow; damage underground cannot be assessed", "speaks for the IAEA: empty country; no event")
k = "He said the Agency had detected no increase in off-site radiation"
C(f, k, "Rafael Mariano Grossi", "asserts", "", False, "no increase in off-site radiation so far", "no event")
k = "The representative of Iran said that the United States had"
E(f, k, "Iran", "United States", "accusation", "tension", "reported", PUB, "week", "military;nuclear;diplomacy", "'X said [wrongdoing by Y]' = accusation (dev3); the representative speaks for the state")
E(f, k, "United States", "Iran", "military_action", "tension", "reported", PUB, "week", "military;nuclear", "'by attacking facilities' of Iran")
E(f, k, "International Atomic Energy Agency", "Iran", "other", "cooperation", "reported", "", "unknown", "nuclear", "facilities 'under IAEA safeguards'; ongoing")
C(f, k, "representative of Iran", "asserts", "", False, "the US decided to destroy diplomacy by attacking safeguarded facilities", "on-record delegate: not hedged")
k = "Israel had begun its aggression on 13 June, he said"
E(f, k, "Israel", "Iran", "military_action", "tension", "reported", "2025-06-13", "day", "military;middle_east", "'begun its aggression on 13 June' (against Iran: the speaker's country, from the sentence before)")
E(f, k, "Iran", "Israel", "accusation", "tension", "reported", PUB, "week", "military;middle_east", "the speaker calls it 'aggression'")
E(f, k, "United States", "Israel", "other", "cooperation", "reported", PUB, "week", "military;middle_east", "'Washington had now joined it as a full partner'")
E(f, k, "Iran", "United States", "accusation", "tension", "reported", PUB, "week", "military;middle_east", "accuses Washington of joining the aggression")
C(f, k, "representative of Iran", "asserts", "", False, "Israel began the aggression on 13 June and the US joined as a full partner", "'he said'")
k = "He added that Iran’s armed forces would determine the timing"
E(f, k, "Iran", "United States", "other", "tension", "reported", PUB, "week", "military", "threat of a proportionate response (threats = other/tension); 'Iran's armed forces' resolved to Iran; the US from the sentence before")
E(f, k, "Iran", "Israel", "other", "tension", "reported", PUB, "week", "military", "threat of a proportionate response; Israel from the sentence before")
C(f, k, "representative of Iran", "warns", "", False, "Iran will decide the timing, nature and scale of its response", "'added'; a threat = warns")
k = "The representative of the United States said the strikes had been carried out"
E(f, k, "United States", "Iran", "military_action", "tension", "reported", PUB, "week", "military;nuclear", "the strikes against 'Iran's nuclear programme' (participants named)")
E(f, k, "United States", "Iran", "accusation", "tension", "reported", PUB, "week", "nuclear;security", "'the threat posed by Iran's nuclear programme'")
E(f, k, "United States", "Israel", "aid", "cooperation", "reported", PUB, "week", "military;middle_east", "'in collective self-defence of its ally Israel'")
E(f, k, "United States", "Israel", "other", "cooperation", "reported", "", "unknown", "security", "'its ally Israel'; background")
C(f, k, "representative of the United States", "asserts", "", False, "strikes eliminated Iran's nuclear threat, in collective self-defence of Israel", "on-record delegate")
k = "She warned that any attack by Iran, directly or through proxies"
E(f, k, "United States", "Iran", "other", "tension", "reported", PUB, "week", "military", "threat of 'devastating retaliation'")
E(f, k, "Iran", "United States", "military_action", "tension", "hypothetical", PUB, "week", "military", "'any attack by Iran ... on United States personnel or bases'; hypothetical with no date: publication week")
C(f, k, "representative of the United States", "warns", "", False, "any Iranian attack on US personnel or bases will meet devastating retaliation", "'warned'")
k = "The representative of the Russian Federation condemned the strikes"
E(f, k, "Russia", "United States", "criticism", "tension", "reported", PUB, "week", "military;nuclear", "condemned the strikes; 'Washington had opened a Pandora's box'")
C(f, k, "representative of the Russian Federation", "asserts", "", False, "the strikes are irresponsible, dangerous and a gross violation of international law", "'condemned'")
C(f, k, "representative of the Russian Federation", "asserts", "", False, "Washington opened a Pandora's box", "second speech verb 'saying'")
k = "Announcing that his delegation, together with China and Pakistan"
E(f, k, "Russia", "China", "other", "cooperation", "reported", PUB, "week", "diplomacy", "co-sponsoring the ceasefire draft; three-party act: one row per pair in text order ('his delegation' = Russia)")
E(f, k, "Russia", "Pakistan", "other", "cooperation", "reported", PUB, "week", "diplomacy", "")
E(f, k, "China", "Pakistan", "other", "cooperation", "reported", PUB, "week", "diplomacy", "")
E(f, k, "Russia", "UN Security Council", "other", "neutral", "reported", PUB, "week", "diplomacy", "'urged Council members to support it' (urging = other/neutral, dev2)")
C(f, k, "representative of the Russian Federation", "asserts", "", False, "Russia, China and Pakistan prepared a ceasefire draft", "'Announcing'")
C(f, k, "representative of the Russian Federation", "hopes", "", False, "Council members should support the draft", "'urged' = hopes")
k = "He also noted that the strikes had taken place while Iran was engaged in talks"
E(f, k, "Iran", "United States", "other", "cooperation", "reported", "2025-06", "month", "nuclear;diplomacy", "'engaged in talks with the United States' at the time of the strikes (ongoing negotiations); anchored to June 2025; the agentless 'the strikes' is a back-reference")
C(f, k, "representative of the Russian Federation", "asserts", "", False, "the strikes came while Iran was in talks with the US", "'noted'")
k = "The representative of China, a co-sponsor of the draft, said"
E(f, k, "China", "United States", "criticism", "tension", "reported", PUB, "week", "military;diplomacy", "attacks violated the Charter and damaged US credibility; co-sponsorship already coded")
C(f, k, "representative of China", "asserts", "", False, "the attacks violated the UN Charter and damaged US credibility", "")
k = "Pakistan’s representative voiced her country’s solidarity with Iran"
E(f, k, "Pakistan", "Iran", "statement_support", "cooperation", "reported", PUB, "week", "diplomacy;security", "solidarity with Iran; right to self-defence")
C(f, k, "representative of Pakistan", "asserts", "", False, "Pakistan stands in solidarity with Iran", "'voiced'")
C(f, k, "representative of Pakistan", "asserts", "", False, "Tehran has the right to self-defence under Article 51", "second speech verb 'stressing'")
k = "The representative of Israel, in contrast, said the strikes had made the world safer"
E(f, k, "Israel", "United States", "statement_support", "cooperation", "reported", PUB, "week", "military;diplomacy", "strikes made the world safer; thanked the US for its leadership")
C(f, k, "representative of Israel", "asserts", "", False, "the strikes made the world safer", "'thanked' is not a claim")
k = "The representatives of France and the United Kingdom said"
E(f, k, "France", "Iran", "military_action", "tension", "denied", PUB, "week", "military", "'had not taken part in the strikes' (negated)")
E(f, k, "United Kingdom", "Iran", "military_action", "tension", "denied", PUB, "week", "military", "")
E(f, k, "France", "Iran", "other", "neutral", "reported", PUB, "week", "nuclear;security", "'Iran must never acquire a nuclear weapon' (a demand: other/neutral, like urging)")
E(f, k, "United Kingdom", "Iran", "other", "neutral", "reported", PUB, "week", "nuclear;security", "")
C(f, k, "representative of France", "denies", "", False, "France did not take part in the strikes", "about its own side")
C(f, k, "representative of France", "hopes", "", False, "restraint", "'called for' = hopes")
C(f, k, "representative of France", "hopes", "", False, "Iran must never acquire a nuclear weapon", "'stressed ... must' = hopes (dev4 'must leave')")
C(f, k, "representative of the United Kingdom", "denies", "", False, "the UK did not take part in the strikes", "about its own side")
C(f, k, "representative of the United Kingdom", "hopes", "", False, "restraint", "'called for' = hopes")
C(f, k, "representative of the United Kingdom", "hopes", "", False, "Iran must never acquire a nuclear weapon", "")
B(f, "The meeting began at 4:03 p.m.")
B(f, "For information media.")
B(f, "Not an official record.")


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
    # every declared actor should be used or be a named actor without rows
    used = {(r[0], r[2]) for r in EVENTS} | {(r[0], r[4]) for r in EVENTS} | {(r[0], r[2]) for r in CLAIMS} | {(r[0], r[5]) for r in CLAIMS if r[5]}
    unused = [(fn, n) for fn, d in ACTORS.items() for n in d if (fn, n) not in used]
    print("actors without rows:", unused)


if __name__ == "__main__":
    main()
