#!/usr/bin/env python3
"""Hand annotation (gold) for dev6_a articles 500-505.

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

# ====================================================================== 500 New York Times
f = "500"
P = "2019-05-16"
PU = "Vladimir V. Putin"
LA = "Sergey V. Lavrov"
actors(f, [
    (PU, "RUS", "person"),
    (R, "RUS", "state"),
    (I, "IRN", "state"),
    ("Alexander Van der Bellen", "AUT", "person"),
    ("United States", "USA", "state"),
    ("Hassan Rouhani", "IRN", "person"),
    ("United Kingdom", "GBR", "state"),
    ("China", "CHN", "state"),
    ("France", "FRA", "state"),
    ("Germany", "DEU", "state"),
    ("Donald Trump", "USA", "person"),
    ("Mohammad Javad Zarif", "IRN", "person"),
    (LA, "RUS", "person"),
    ("Mike Pompeo", "USA", "person"),
    ("Abbas Mousavi", "IRN", "person"),
    ("IRNA", "IRN", "media"),
    ("Iranian officials", "IRN", "person"),
    ("Davoud Hosseini", "IRN", "person"),
    ("United Nations", "", "organisation"),
    ("Benjamin Netanyahu", "ISR", "person"),
    ("Israel", "ISR", "state"),
    ("analysts", "", "person"),
    ("Dmitri S. Peskov", "RUS", "person"),
])
k = "Russia could not rescue the 2015 nuclear agreement"
E(f, k, R, I, "other", "cooperation", "denied", "2019-05-15", "day", "nuclear;diplomacy", "'could not rescue the 2015 nuclear agreement with Iran on its own' (negated); dated by 'said on Wednesday'; dateline belongs to the sentence; 'dashing hopes in Tehran' is a perception restating the same negation (no second row)")
C(f, k, PU, "asserts", "", False, "Russia cannot rescue the Iran nuclear deal on its own", "'said on Wednesday'")
k = "“Russia is not a fire brigade,”"
E(f, k, PU, "Alexander Van der Bellen", "meeting", "cooperation", "reported", P, "week", "diplomacy", "'after talks with President Alexander Van der Bellen'; no date expression in this sentence: publication week (strict seed rule); mutual")
E(f, k, "Alexander Van der Bellen", R, "visit", "cooperation", "reported", P, "week", "diplomacy", "talks in Sochi imply the Austrian president's visit to Russia")
C(f, k, PU, "asserts", "", False, "Russia is not a fire brigade", "quote with speaker after it")
k = "“We cannot rescue everything"
C(f, k, PU, "asserts", "", False, "Russia cannot rescue what does not depend on it", "quote-only sentence continuing Putin's remark; 'We' = Russia, no partner named: no event")
k = "He said Moscow had long advised Tehran"
E(f, k, R, I, "other", "neutral", "reported", "", "unknown", "nuclear;diplomacy", "'had long advised Tehran to stay in the accord' (advice = urging, other/neutral); 'long': background")
E(f, k, PU, "United States", "accusation", "tension", "reported", P, "week", "nuclear;diplomacy", "'it was the United States that started this collapse' (X said wrongdoing by Y = accusation); no date expression: publication week")
E(f, k, "United States", I, "other", "tension", "reported", "", "unknown", "nuclear;diplomacy", "accused act: the US 'started this collapse' of the Iran deal; undated past act ('once offered' rule, dev4)")
C(f, k, PU, "asserts", "", False, "Moscow advised Tehran to stay in the deal", "'He said' (pronoun speaker = Putin)")
C(f, k, PU, "warns", "", False, "if Iran quits, the US role in the collapse will be forgotten", "second speech verb 'warning'")
k = "Mr. Putin’s remarks came a week after"
for c in ["United Kingdom", "China", "France", "Germany", R]:
    E(f, k, "Hassan Rouhani", c, "other", "tension", "reported", "2019-05-08", "week", "nuclear;diplomacy", "'gave Britain, China, France, Germany and Russia 60 days' (ultimatum = threat, other/tension); one row per country; 'a week after' Wednesday = 2019-05-08, week (dev4 'a week after')")
E(f, k, "United States", I, "sanction", "tension", "reported", "", "unknown", "finance;energy", "'American sanctions' on Iran's oil sales and banks; ongoing")
C(f, k, "Hassan Rouhani", "asserts", "", False, "Iran to stop observing some deal limits; 60 days for the other parties", "'announced'")
k = "The announcement was timed to the anniversary"
E(f, k, "Donald Trump", I, "other", "tension", "reported", "2018", "year", "nuclear;diplomacy", "'President Trump's withdrawal from the accord the previous year' (2018); Iran from the sentence before (the Iran deal)")
E(f, k, "Mohammad Javad Zarif", R, "visit", "cooperation", "reported", "2019-05", "month", "diplomacy", "'was in Moscow'; no date expression: past narrative anchored to the announcement episode (8 May), no finer than month (heldout)")
E(f, k, "Mohammad Javad Zarif", LA, "meeting", "cooperation", "reported", "2019-05", "month", "diplomacy;nuclear", "'for talks with his Russian counterpart'; anchored as the visit")
k = "Mr. Lavrov blamed Washington for the crisis"
E(f, k, LA, "United States", "accusation", "tension", "reported", "2019-05", "month", "nuclear;diplomacy", "'blamed Washington for the crisis'; anchored to the May episode")
E(f, k, LA, "United States", "criticism", "tension", "reported", "2019-05", "month", "nuclear;diplomacy", "called the American pressure 'unacceptable'")
E(f, k, "United States", I, "other", "tension", "reported", "", "unknown", "nuclear;diplomacy", "'the American pressure on Iran'; ongoing campaign")
C(f, k, LA, "asserts", "", False, "Washington is to blame for the crisis", "'blamed'")
C(f, k, LA, "asserts", "", False, "US pressure on Iran unacceptable", "second speech verb 'called' (same stance, dev4)")
k = "On Tuesday, Secretary of State Mike Pompeo met"
E(f, k, "Mike Pompeo", PU, "meeting", "cooperation", "reported", "2019-05-14", "day", "diplomacy", "met Mr. Putin on Tuesday")
E(f, k, "Mike Pompeo", LA, "meeting", "cooperation", "reported", "2019-05-14", "day", "diplomacy", "met Mr. Lavrov on Tuesday")
E(f, k, "Mike Pompeo", R, "visit", "cooperation", "reported", "2019-05-14", "day", "diplomacy", "'in Sochi': visit to Russia")
k = "“We fundamentally do not seek a war with Iran,”"
E(f, k, "United States", I, "military_action", "tension", "denied", "2019-05-14", "day", "military;security", "quote subject 'We' = United States; negated; 'afterward' = after Tuesday's meetings (dev3 'hours after' rule)")
C(f, k, "Mike Pompeo", "asserts", "", False, "the US does not seek war with Iran", "not a rejection of an earlier claim (heldout Rudenko rule)")
k = "In Tehran, Mr. Putin’s comments drew a cool response."
E(f, k, I, PU, "criticism", "tension", "reported", P, "week", "diplomacy", "reaction to Putin's comments; 'In Tehran' resolved to Iran; no speech verb: not a claim")
k = "Abbas Mousavi, a Foreign Ministry spokesman"
E(f, k, "Abbas Mousavi", R, "other", "neutral", "reported", "2019-05-16", "day", "nuclear;diplomacy", "Iran 'expected practical steps, not statements' from the remaining parties 'including Russia' (demand = other/neutral, like urging); the other parties are not named")
C(f, k, "Abbas Mousavi", "asserts", "IRNA", False, "Iran expects practical steps from the remaining parties incl. Russia", "'according to the state news agency IRNA'; 'expected' = asserts (seed)")
k = "Iranian officials have long complained in private"
E(f, k, "Iranian officials", R, "criticism", "tension", "reported", "", "unknown", "diplomacy", "the group's own speech act (dev4): description kept; 'have long complained': background")
E(f, k, R, I, "other", "tension", "reported", "", "unknown", "diplomacy", "accused act: treats Iran 'as a bargaining chip'; background")
E(f, k, R, "United States", "other", "neutral", "reported", "", "unknown", "diplomacy", "'its dealings with Washington'; ongoing")
C(f, k, "Iranian officials", "asserts", "", True, "Moscow treats Iran as a bargaining chip with Washington", "'complained in private' = off the record: hedged (dev4_b)")
k = "“The Russians will defend the deal in speeches"
E(f, k, R, I, "statement_support", "cooperation", "hypothetical", P, "week", "nuclear;diplomacy", "quote subject 'The Russians'; prediction 'will defend the deal in speeches'; Iran from the sentence before ('their country'); hypothetical with no date = publication week")
E(f, k, R, I, "aid", "cooperation", "denied", P, "week", "nuclear;diplomacy", "'they will not pay any price to save it' (negated)")
E(f, k, "Davoud Hosseini", R, "criticism", "tension", "reported", P, "week", "diplomacy", "the analyst's own critical remark (dev5 400 Sadeghi)")
C(f, k, "Davoud Hosseini", "asserts", "", False, "Russia will defend the deal only in words", "named analyst: not hedged")
k = "Russia froze the sale of S-300"
E(f, k, R, I, "arms_transfer", "cooperation", "denied", "2010", "year", "military", "'froze the sale ... in 2010' (ended measure = denied, dev3)")
E(f, k, R, I, "sanction", "tension", "reported", "2010", "year", "nuclear;diplomacy", "'voting for a fourth round of United Nations sanctions against the country' (voter -> target, dev3); 'after' the vote, same year")
E(f, k, "United Nations", I, "sanction", "tension", "reported", "2010", "year", "nuclear", "UN sanctions (dev5_b: United Nations -> Iran)")
E(f, k, R, I, "arms_transfer", "cooperation", "reported", "2016", "year", "military", "'delivered the system only in 2016'")
E(f, k, I, R, "other", "tension", "reported", "2010", "year", "military", "'Tehran had sued in an international court' (venue, not an actor); no date of its own: anchored to the 2010 freeze, as dev5 405")
k = "The two countries fought on the same side"
E(f, k, R, I, "other", "cooperation", "reported", "", "unknown", "military;middle_east", "'fought on the same side in Syria's civil war'; mutual; background (Syria is a location)")
E(f, k, I, PU, "criticism", "tension", "reported", "", "unknown", "diplomacy;middle_east", "'Iranian officials have watched uneasily' (perception, no speech verb: resolved to the state, dev4); background")
E(f, k, PU, "Benjamin Netanyahu", "other", "cooperation", "reported", "", "unknown", "diplomacy;middle_east", "'has kept up close contacts'; ongoing")
E(f, k, "Israel", I, "military_action", "tension", "reported", "", "unknown", "military;middle_east", "'whose air force has struck Iranian forces in Syria hundreds of times'; background")
k = "Mr. Netanyahu, who met Mr. Putin in Moscow last month"
E(f, k, "Benjamin Netanyahu", PU, "meeting", "cooperation", "reported", "2019-04", "month", "diplomacy", "relative clause 'who met Mr. Putin in Moscow last month'")
E(f, k, "Benjamin Netanyahu", R, "visit", "cooperation", "reported", "2019-04", "month", "diplomacy", "'in Moscow' last month")
E(f, k, R, "Israel", "other", "tension", "denied", P, "week", "military;middle_east", "'Russian forces do not stand in the way of those strikes' ('Russian forces' resolved to Russia; negated obstruction); 'last month' belongs to the meeting: publication week (dev4)")
C(f, k, "Benjamin Netanyahu", "asserts", "", False, "Russian forces do not obstruct Israeli strikes in Syria", "'has said'")
k = "Russian oil companies stand to win over"
E(f, k, R, I, "other", "tension", "hypothetical", P, "week", "trade;energy", "market rivalry ('stand to win over some of Iran's former customers'); 'Russian oil companies' resolved to Russia; hypothetical, publication week")
C(f, k, "analysts", "asserts", "", True, "Russian oil firms may take Iran's Asian customers", "unnamed analysts")
k = "Dmitri S. Peskov, the Kremlin spokesman"
E(f, k, R, I, "statement_support", "cooperation", "reported", "2019-05-16", "day", "nuclear;diplomacy", "'Russia remained committed to the agreement' (the deal with Iran; Iran named in the sentence)")
E(f, k, R, I, "other", "cooperation", "planned", "2019-05-16", "day", "diplomacy", "'would keep cooperating with Iran'; planned content of the Thursday statement")
C(f, k, "Dmitri S. Peskov", "asserts", "", False, "Russia committed to the deal and to cooperation with Iran", "'said on Thursday'")
B(f, "Reporting was contributed by Nilufar Karimi")

# ====================================================================== 501 The Moscow Times
f = "501"
P = "2026-01-19"
PU = "Vladimir Putin"
actors(f, [
    (PU, "RUS", "person"),
    ("Masoud Pezeshkian", "IRN", "person"),
    (R, "RUS", "state"),
    (I, "IRN", "state"),
    ("diplomats", "", "person"),
    ("analysts", "", "person"),
    ("North Korea", "PRK", "state"),
    ("Israel", "ISR", "state"),
    ("United States", "USA", "state"),
    ("Kremlin", "RUS", "government_body"),
    ("Iranian officials", "IRN", "person"),
    ("Federal Customs Service", "RUS", "government_body"),
    ("Gazprom", "RUS", "organisation"),
    ("Syria", "SYR", "state"),
    ("Kayhan", "IRN", "media"),
    ("Ahmed al-Sharaa", "SYR", "person"),
    ("Bashar Assad", "SYR", "person"),
    ("former Iranian diplomat", "IRN", "person"),
    ("The Moscow Times", "NLD", "media"),
    ("Dmitry Peskov", "RUS", "person"),
    ("Ukraine", "UKR", "state"),
    ("Gulf monarchies", "", "state"),
    ("Donald Trump", "USA", "person"),
])
k = "A year after President Vladimir Putin and Iranian President Masoud Pezeshkian signed"
E(f, k, PU, "Masoud Pezeshkian", "agreement", "cooperation", "reported", "2025-01-17", "day", "diplomacy;security", "signed the treaty on Jan. 17, 2025; mutual")
E(f, k, PU, "Masoud Pezeshkian", "meeting", "cooperation", "reported", "2025-01-17", "day", "diplomacy", "joint signing in the Kremlin implies a meeting (heldout treaty-signing rule)")
E(f, k, "Masoud Pezeshkian", R, "visit", "cooperation", "reported", "2025-01-17", "day", "diplomacy", "signing in the Kremlin implies the Iranian president's visit")
E(f, k, R, I, "other", "cooperation", "reported", "", "unknown", "diplomacy", "'a marriage of convenience' (relationship state); mutual; present state: empty (dev5 405 'the two partners are rivals')")
E(f, k, R, I, "other", "cooperation", "denied", P, "week", "diplomacy;security", "'looks less like an alliance' (negated alliance, dev4 'rivals rather than partners'); the sentence's date belongs to the signing: publication week (dev4)")
C(f, k, "diplomats", "asserts", "", True, "the relationship is a marriage of convenience, not an alliance", "'diplomats and analysts say': one row per group; unnamed")
C(f, k, "analysts", "asserts", "", True, "the relationship is a marriage of convenience, not an alliance", "unnamed")
k = "The treaty, which entered into force on Oct. 2"
E(f, k, R, I, "agreement", "cooperation", "reported", "2025-10-02", "day", "diplomacy", "'entered into force on Oct. 2' (2025); 'the two countries' = Russia and Iran; mutual")
E(f, k, R, I, "other", "cooperation", "reported", "", "unknown", "trade;energy;security", "treaty obligation 'to deepen cooperation' (dev4_b: obligations are other/cooperation, undated)")
E(f, k, R, I, "agreement", "cooperation", "denied", P, "week", "security;military", "'contains no mutual defense clause'; 'Oct. 2' belongs to the entry into force: publication week (dev4)")
E(f, k, R, "North Korea", "agreement", "cooperation", "reported", "2024", "year", "security;military", "'Moscow's 2024 pact with North Korea' (date before the noun)")
k = "That gap became painfully clear last June"
E(f, k, "Israel", I, "military_action", "tension", "reported", "2025-06", "month", "military;nuclear;middle_east", "'last June' = 2025-06")
E(f, k, "United States", I, "military_action", "tension", "reported", "2025-06", "month", "military;nuclear;middle_east", "'and then the United States bombed'")
k = "The Kremlin condemned the strikes as unprovoked aggression"
E(f, k, "Kremlin", "Israel", "criticism", "tension", "reported", "2025-06", "month", "military;middle_east", "strikers from the sentence before; past narrative anchored to the June episode")
E(f, k, "Kremlin", "United States", "criticism", "tension", "reported", "2025-06", "month", "military;middle_east", "as above")
E(f, k, "Kremlin", I, "aid", "cooperation", "denied", "2025-06", "month", "military;security", "'offered Tehran no military help' (negated); anchored to June")
C(f, k, "Kremlin", "asserts", "", False, "the strikes were unprovoked aggression", "'condemned' (dev4/dev5)")
k = "\"Our Iranian friends did not approach us"
E(f, k, I, R, "other", "cooperation", "denied", "2025-06", "month", "military;security", "quote subject 'Our Iranian friends'; request (other) negated; 'at the time' = June 2025")
E(f, k, R, I, "other", "cooperation", "reported", "", "unknown", "military;security", "'had once offered to help Iran build up its air defenses' (offer); 'once offered' left empty (dev4)")
E(f, k, I, R, "other", "cooperation", "denied", "2025-06", "month", "military;security", "'the Iranian side did not show much interest' (negated); anchored to June as in dev5 405")
C(f, k, PU, "asserts", "", False, "Iran did not ask Russia for help", "'told reporters at the time'")
C(f, k, PU, "asserts", "", False, "Iran showed little interest in Russia's air-defence offer", "second speech verb 'adding that'")
k = "Iranian officials, for their part, have long complained"
E(f, k, "Iranian officials", R, "criticism", "tension", "reported", "", "unknown", "diplomacy", "the group's own speech act: description kept (dev4); background")
E(f, k, R, I, "other", "tension", "reported", "", "unknown", "diplomacy", "accused act: 'drags its feet on its commitments'; Iran from 'Iranian officials'; background")
C(f, k, "Iranian officials", "asserts", "", False, "Moscow drags its feet on its commitments", "generic on-record officials: not hedged (dev2/dev4_b)")
k = "Su-35 fighter jets that Tehran says it has paid for"
E(f, k, I, R, "other", "cooperation", "reported", "", "unknown", "military", "'Tehran says it has paid for' the jets: purchase, undated (dev4_b)")
E(f, k, R, I, "arms_transfer", "cooperation", "denied", P, "week", "military", "'have still not arrived' (negated); '2023' belongs to the loan pledge: publication week")
E(f, k, R, I, "other", "cooperation", "planned", "2023", "year", "finance;transport", "'Russia pledged in 2023 to finance with a 1.3 billion euro loan' (planned content of a dated pledge, dev5)")
C(f, k, I, "asserts", "", False, "Iran has paid for the Su-35s", "relative clause attributing speech (dev5 400)")
k = "Russian-Iranian trade stagnated"
E(f, k, R, I, "trade_energy", "cooperation", "reported", "2025", "year", "trade", "'Russian-Iranian trade stagnated ... in the first nine months of 2025'; mutual")
E(f, k, "Gazprom", I, "trade_energy", "cooperation", "planned", "", "unknown", "energy;trade", "deal for Gazprom 'to supply up to 55 billion cubic meters of gas a year to Iran' (undated planned, dev4 passing mention)")
E(f, k, "Gazprom", I, "other", "tension", "reported", P, "week", "energy;trade", "'remains stuck over price' (price dispute = negotiating positions, other/tension, dev4); current")
C(f, k, "Federal Customs Service", "asserts", "", False, "Russian-Iranian trade stagnated at about $5 billion", "'according to Russia's Federal Customs Service': named data source")
k = "Moscow's courtship of Israel and of the new authorities"
E(f, k, R, "Israel", "other", "cooperation", "reported", "", "unknown", "diplomacy;middle_east", "'Moscow's courtship of Israel' (possessive event noun); ongoing")
E(f, k, R, "Syria", "other", "cooperation", "reported", "", "unknown", "diplomacy;middle_east", "'the new authorities in Damascus' resolved to Syria")
E(f, k, R, I, "other", "tension", "reported", "", "unknown", "diplomacy", "'has added to the strain'; Iran from the sentence before; ongoing")
k = "In October, Putin said Israel had asked Russia"
E(f, k, "Israel", R, "other", "cooperation", "reported", "2025-10", "month", "diplomacy;middle_east", "request to pass a message (requests = other); known only through Putin's October statement")
E(f, k, "Israel", I, "military_action", "tension", "denied", "2025-10", "month", "military;middle_east", "'did not want a new escalation' (negated)")
E(f, k, R, I, "other", "cooperation", "reported", "2025-10", "month", "diplomacy;middle_east", "'Moscow had passed the message on': go-between row toward the recipient (dev5_b)")
E(f, k, R, "Israel", "other", "cooperation", "reported", "2025-10", "month", "diplomacy;middle_east", "go-between row toward the sender")
E(f, k, "Kayhan", R, "criticism", "tension", "reported", "2025-10", "month", "diplomacy", "'a role the hard-line daily Kayhan said Tehran did not need' (rejects the go-between role); the outlet's own act; anchored to October")
C(f, k, PU, "asserts", "", False, "Israel asked Russia to pass a no-escalation message, and Moscow did", "'In October, Putin said'")
C(f, k, "Kayhan", "asserts", "Kayhan", False, "Tehran does not need Russia as a go-between", "the outlet is the source (claimant = via)")
k = "Putin also received Syria's interim president"
E(f, k, PU, "Ahmed al-Sharaa", "meeting", "cooperation", "reported", "2025-10", "month", "diplomacy;middle_east", "'received ... in the Kremlin that month'")
E(f, k, "Ahmed al-Sharaa", R, "visit", "cooperation", "reported", "2025-10", "month", "diplomacy;middle_east", "received in the Kremlin: visit to Russia")
E(f, k, R, "Bashar Assad", "aid", "cooperation", "reported", "2024-12", "month", "diplomacy;middle_east", "'granted asylum in December 2024' (asylum = aid, dev5_b)")
E(f, k, I, "Bashar Assad", "other", "cooperation", "reported", "", "unknown", "diplomacy;middle_east", "'Iran's longtime ally'; background")
k = "In Tehran, the disappointment is voiced openly."
E(f, k, I, R, "criticism", "tension", "reported", P, "week", "diplomacy", "'In Tehran' resolved to Iran; Russia from the sentence before ('Putin', 'Moscow'); no named speaker: no claim")
k = "\"When we needed a partner, Russia behaved like a spectator,\""
E(f, k, "former Iranian diplomat", R, "criticism", "tension", "reported", P, "week", "diplomacy", "the anonymous diplomat's own critical remark (description kept, dev4)")
E(f, k, R, I, "aid", "cooperation", "denied", P, "week", "security;diplomacy", "quote subject 'Russia', 'we' = Iran: 'behaved like a spectator' when Iran needed a partner (negated help); denied row without a date expression: publication week")
C(f, k, "former Iranian diplomat", "asserts", "The Moscow Times", True, "Russia was a spectator when Iran needed a partner", "'told The Moscow Times', anonymous")
k = "Kremlin spokesman Dmitry Peskov dismissed such criticism on Friday"
E(f, k, "Dmitry Peskov", I, "denial", "tension", "reported", "2026-01-16", "day", "diplomacy", "'dismissed such criticism' = explicit rejection of the Iranian critics' account (dev3 denial); the critics resolved to Iran")
E(f, k, R, I, "other", "cooperation", "reported", "2026-01-16", "day", "diplomacy", "'relations with Tehran were developing steadily'; the Kremlin spokesman speaks for Russia; mutual")
C(f, k, "Dmitry Peskov", "disputes", "", False, "rejects Iranian criticism of Russia", "'dismissed such criticism' (dev4_b 'dismissed such criticism' = disputes)")
C(f, k, "Dmitry Peskov", "asserts", "", False, "relations with Tehran developing steadily", "second speech verb 'telling reporters'")
k = "Moscow no longer depends on Iranian weapons"
E(f, k, I, R, "arms_transfer", "cooperation", "reported", "2022", "year", "military;ukraine_war", "'in 2022, when Tehran's Shahed drones helped Russia'")
E(f, k, R, "Ukraine", "military_action", "tension", "reported", "2022", "year", "ukraine_war;military", "'its assault on Ukraine', in the 'when' clause dated 2022")
E(f, k, R, "Gulf monarchies", "other", "cooperation", "reported", "", "unknown", "diplomacy", "'its ties with the Gulf monarchies'; ongoing")
E(f, k, R, "Donald Trump", "other", "cooperation", "reported", "", "unknown", "diplomacy", "'ties ... with U.S. President Donald Trump'; ongoing")
C(f, k, "analysts", "asserts", "", True, "Moscow needs Iranian arms less and guards its Gulf and Trump ties", "'they say' = the analysts of the sentence before ('Analysts expect' alone has no speech verb: no row)")
B(f, "A Message from The Moscow Times:")
B(f, "Dear readers, we are facing unprecedented challenges.")
B(f, "Russia's Prosecutor General's Office has designated The Moscow Times")

# ====================================================================== 502 Iran International
f = "502"
P = "2022-03-16"
AA = "Hossein Amir-Abdollahian"
LA = "Sergei Lavrov"
actors(f, [
    (AA, "IRN", "person"),
    (LA, "RUS", "person"),
    (R, "RUS", "state"),
    (I, "IRN", "state"),
    ("Kremlin", "RUS", "government_body"),
    ("United States", "USA", "state"),
    ("the West", "", "state"),
    ("Ukraine", "UKR", "state"),
    ("Western diplomats", "", "person"),
    ("world powers", "", "state"),
    ("Josep Borrell", "", "person"),
    ("Iranian officials", "IRN", "person"),
    ("Saeed Khatibzadeh", "IRN", "person"),
    ("NATO", "", "organisation"),
    ("Jomhouri Eslami", "IRN", "media"),
    ("Reza Kazemi", "IRN", "person"),
    ("Ali Khamenei", "IRN", "person"),
    ("China", "CHN", "state"),
    ("Iranian state media", "IRN", "media"),
    ("Iran International", "GBR", "media"),
    ("Iranian Foreign Ministry officials", "IRN", "person"),
    ("Antony Blinken", "USA", "person"),
    ("Ned Price", "USA", "person"),
])
k = "Iran's Foreign Minister Hossein Amir-Abdollahian met his Russian counterpart"
E(f, k, AA, LA, "meeting", "cooperation", "reported", "2022-03-15", "day", "diplomacy;nuclear", "met in Moscow on Tuesday")
E(f, k, AA, R, "visit", "cooperation", "reported", "2022-03-15", "day", "diplomacy", "'in Moscow'")
E(f, k, AA, R, "other", "neutral", "reported", "2022-03-15", "day", "nuclear;diplomacy", "'seeking assurances that Russia would not derail the talks' (request = other); chained to the meeting clause; the Kremlin's demands name no partner here")
k = "On March 5, Lavrov said Moscow wanted written guarantees"
E(f, k, R, "United States", "other", "tension", "reported", "2022-03-05", "day", "nuclear;diplomacy", "'Moscow wanted written guarantees from the United States' (demand = negotiating position, other/tension, dev4)")
E(f, k, "the West", R, "sanction", "tension", "reported", "", "unknown", "finance;ukraine_war", "'Western sanctions imposed over the invasion'; ongoing")
E(f, k, R, "Ukraine", "military_action", "tension", "reported", "", "unknown", "ukraine_war;military", "'the invasion of Ukraine' with no date (seed 004)")
E(f, k, R, I, "other", "cooperation", "reported", "", "unknown", "trade;finance;military", "'Russia's trade, investment and military-technical cooperation with Iran'; ongoing")
C(f, k, LA, "asserts", "", False, "Moscow wants US written guarantees covering its cooperation with Iran", "'said on March 5'")
k = "The demand, which Western diplomats said could sink"
E(f, k, R, I, "other", "tension", "hypothetical", P, "week", "nuclear;diplomacy", "'The demand' = Moscow's (sentence before) 'could sink an agreement between Iran and world powers'; hypothetical with no date of its own ('on Friday' dates the pause): publication week")
E(f, k, I, "world powers", "agreement", "cooperation", "planned", "", "unknown", "nuclear;diplomacy", "'an agreement ... that was almost complete' (seed: 'close to signing' = planned); undated")
C(f, k, "Western diplomats", "warns", "", True, "the Russian demand could sink the nuclear agreement", "relative clause with a speech verb; unnamed")
C(f, k, "Josep Borrell", "asserts", "", False, "Vienna talks paused due to external factors", "'citing external factors'; the pause names no partner: no event; Borrell speaks for the EU: empty country (heldout)")
k = "Iranian officials initially played down the dispute"
E(f, k, R, I, "other", "tension", "denied", P, "week", "nuclear;diplomacy", "'played down the dispute' (rejected report of a dispute = denied row, dev5 404); 'on March 7' belongs to Khatibzadeh: publication week")
E(f, k, "Saeed Khatibzadeh", R, "criticism", "tension", "reported", "2022-03-07", "day", "nuclear;diplomacy", "'a remark widely read in Iran as a rebuke to Moscow' (perceived, dev5 401)")
C(f, k, "Iranian officials", "denies", "", False, "there is no dispute with Russia", "'played down' = denies (dev2); on-record generic officials")
C(f, k, "Saeed Khatibzadeh", "asserts", "", False, "Tehran won't let any external factor affect its interests", "'said'")
k = "After Tuesday's talks, Lavrov told reporters"
E(f, k, "United States", R, "other", "cooperation", "reported", "2022-03-15", "day", "nuclear;diplomacy", "'Washington had given Moscow the written guarantees'; dated by the statement after Tuesday's talks")
E(f, k, R, I, "other", "cooperation", "reported", "", "unknown", "nuclear;energy", "'Russia's work under the nuclear deal, including at the Bushehr power plant'; Iran from the sentence before; ongoing")
C(f, k, LA, "asserts", "", False, "Washington gave the written guarantees for Russia's work under the deal", "'told reporters'")
k = "The two ministers also discussed the war in Ukraine"
E(f, k, AA, LA, "meeting", "cooperation", "reported", P, "week", "diplomacy;ukraine_war", "'The two ministers also discussed' (definite description naming both); repeated mention: publication week (strict)")
E(f, k, R, "Ukraine", "military_action", "tension", "reported", "", "unknown", "ukraine_war;military", "'the war in Ukraine'; ongoing")
E(f, k, AA, R, "other", "neutral", "reported", P, "week", "ukraine_war;diplomacy", "'Tehran's call for a ceasefire' (urging = other/neutral) toward each belligerent")
E(f, k, AA, "Ukraine", "other", "neutral", "reported", P, "week", "ukraine_war;diplomacy", "call for a ceasefire")
E(f, k, AA, "NATO", "accusation", "tension", "reported", P, "week", "ukraine_war;security", "'blaming NATO's eastward expansion for the crisis'")
C(f, k, AA, "hopes", "", False, "calls for a ceasefire in Ukraine", "'repeating Tehran's call' = hopes (seed 'called for')")
C(f, k, AA, "asserts", "", False, "NATO expansion caused the Ukraine crisis", "'blaming'")
k = "Amir-Abdollahian said Russia had assured him"
E(f, k, R, AA, "statement_support", "cooperation", "reported", P, "week", "nuclear;diplomacy", "'Russia had assured him that it would not stand in the way of an agreement'; no date expression: publication week")
E(f, k, AA, R, "statement_support", "cooperation", "reported", P, "week", "diplomacy", "'thanked Moscow' (thanks = statement_support; not a claim)")
C(f, k, R, "asserts", "", False, "Russia will not stand in the way of a Vienna agreement", "reported speaker as claimant (dev4 304, dev5_b Eslami)")
C(f, k, AA, "asserts", "", False, "Russia played a constructive role", "'what he called its constructive role'")
k = "Many in Iran were less forgiving."
E(f, k, I, R, "criticism", "tension", "reported", P, "week", "diplomacy", "'Many in Iran' resolved to Iran (heldout 'many in Tehran'); Moscow from the sentence before")
k = "The daily Jomhouri Eslami accused Russia"
E(f, k, "Jomhouri Eslami", R, "accusation", "tension", "reported", P, "week", "nuclear;diplomacy", "'accused Russia'; the daily's own act")
E(f, k, R, I, "other", "tension", "reported", P, "week", "nuclear;diplomacy", "accused act: holding Iran's nuclear file 'hostage' (current)")
E(f, k, R, "Ukraine", "military_action", "tension", "reported", "", "unknown", "ukraine_war;military", "'its war in Ukraine'; ongoing")
E(f, k, "Reza Kazemi", R, "criticism", "tension", "reported", P, "week", "diplomacy", "former MP's post on Twitter")
E(f, k, R, I, "other", "tension", "reported", "", "unknown", "diplomacy", "quote subject Moscow 'has never wanted an Iran at peace with the West'; background")
C(f, k, "Jomhouri Eslami", "asserts", "Jomhouri Eslami", False, "Russia holds Iran's nuclear file hostage to its war", "the outlet is the source")
C(f, k, "Reza Kazemi", "asserts", "", False, "Moscow never wanted Iran at peace with the West", "post on Twitter: empty via (heldout)")
k = "Such criticism is rare in a country where Supreme Leader"
E(f, k, "Ali Khamenei", R, "other", "cooperation", "reported", "", "unknown", "diplomacy", "'look East' policy toward Russia; background")
E(f, k, "Ali Khamenei", "China", "other", "cooperation", "reported", "", "unknown", "diplomacy", "'look East' policy toward China; background")
E(f, k, "Iranian state media", R, "statement_support", "cooperation", "reported", "", "unknown", "diplomacy", "'state media routinely praise Moscow' (praise = statement_support; the media's own act); habitual")
E(f, k, R, I, "statement_support", "cooperation", "reported", "", "unknown", "diplomacy", "'shielding the Islamic Republic at the UN Security Council' (venue); habitual")
k = "Iran International has learned"
E(f, k, R, I, "other", "tension", "hypothetical", "2022-02", "month", "nuclear;diplomacy", "'Russia could use the talks as leverage'; Iran from the sentence before ('the Islamic Republic'); dated by the warning 'last month'")
E(f, k, R, "the West", "other", "tension", "reported", "", "unknown", "diplomacy;ukraine_war", "'its confrontation with the West'; ongoing")
C(f, k, "Iran International", "asserts", "Iran International", False, "officials warned that Russia could use the talks as leverage", "'has learned': the outlet is the source (dev5 Kommersant)")
C(f, k, "Iranian Foreign Ministry officials", "warns", "Iran International", True, "Russia could use the talks as leverage against the West", "'privately warned' = off the record: hedged")
k = "In Washington, Secretary of State Antony Blinken"
E(f, k, "United States", R, "other", "cooperation", "denied", P, "week", "nuclear;diplomacy", "'would not offer Moscow any new guarantees' (refusal = denied); 'March 6' belongs to Blinken's remark: publication week; 'the sanctions on Russia' names no sanctioner: no row (dev2)")
C(f, k, "Antony Blinken", "disputes", "", False, "sanctions on Russia unrelated to the nuclear deal", "rejects Moscow's linkage (another party's position)")
C(f, k, "Ned Price", "asserts", "", False, "no new guarantees for Moscow", "'said'")

# ====================================================================== 503 Fars
f = "503"
P = "2023-05-17"
actors(f, [
    (I, "IRN", "state"),
    (R, "RUS", "state"),
    ("Ebrahim Raisi", "IRN", "person"),
    ("Vladimir Putin", "RUS", "person"),
    ("Mehrdad Bazrpash", "IRN", "person"),
    ("Vitaly Savelyev", "RUS", "person"),
    ("United States", "USA", "state"),
    ("India", "IND", "state"),
    ("European allies", "", "state"),
    ("Iranian lawmakers", "IRN", "person"),
    ("FNA", "IRN", "media"),
    ("Western media", "", "media"),
    ("Iranian officials", "IRN", "person"),
    ("Russian officials", "RUS", "person"),
])
k = "Iran and Russia signed an agreement on Wednesday"
E(f, k, I, R, "agreement", "cooperation", "reported", P, "day", "transport;trade", "signed on Wednesday; mutual; dateline 'TEHRAN (FNA)- ' belongs to the sentence")
E(f, k, "Ebrahim Raisi", "Vladimir Putin", "call", "cooperation", "reported", P, "day", "diplomacy;transport", "ceremony attended by both 'via videoconference' (remote link coded as call, like the seed's 'spoken to'); mutual")
k = "The document was signed in Tehran by Iranian Minister"
E(f, k, "Mehrdad Bazrpash", "Vitaly Savelyev", "agreement", "cooperation", "reported", P, "week", "transport;trade", "passive with agents; the signing clause has no date expression ('on Tuesday' dates the arrival): publication week (dev4_b one-clause rule)")
E(f, k, "Mehrdad Bazrpash", "Vitaly Savelyev", "meeting", "cooperation", "reported", P, "week", "transport", "joint signing in Tehran implies a meeting (heldout treaty-signing rule)")
E(f, k, "Vitaly Savelyev", I, "visit", "cooperation", "reported", "2023-05-16", "day", "transport;diplomacy", "'who had arrived in the Iranian capital on Tuesday'")
k = "Under the agreement, Russia will provide a state loan"
E(f, k, R, I, "other", "cooperation", "planned", "", "unknown", "finance;transport", "state loan 'will provide' (dev5 loans: other/cooperation, planned, undated); Iran from the sentence before ('the Iranian capital'); Azerbaijan is a location")
k = "Addressing the ceremony, Raisi described the agreement"
E(f, k, "Ebrahim Raisi", R, "statement_support", "cooperation", "reported", P, "week", "transport;diplomacy", "'an important and strategic step'; no date expression: publication week")
E(f, k, I, R, "other", "cooperation", "reported", "", "unknown", "diplomacy", "'cooperation between Tehran and Moscow' (relationship state); mutual")
C(f, k, "Ebrahim Raisi", "asserts", "", False, "the agreement is an important and strategic step", "'described'")
C(f, k, "Ebrahim Raisi", "asserts", "", False, "the corridor will cut transit time and cost", "second speech verb 'stressed'")
k = "He added that the cruel sanctions imposed by Washington"
E(f, k, "United States", I, "sanction", "tension", "reported", "", "unknown", "finance;trade", "'sanctions imposed by Washington on the Iranian nation'; ongoing")
C(f, k, "Ebrahim Raisi", "asserts", "", False, "US sanctions failed to stop Iran's economic ties", "'He added' (pronoun speaker)")
k = "President Putin, for his part, said the unique North-South"
E(f, k, "Vladimir Putin", I, "statement_support", "cooperation", "reported", P, "week", "transport;diplomacy", "'a truly strategic step for both countries'; 'both countries' = Russia and Iran")
C(f, k, "Vladimir Putin", "asserts", "", False, "the North-South route will diversify global traffic flows", "'said'")
C(f, k, "Vladimir Putin", "asserts", "", False, "the Rasht-Astara project is truly strategic", "second speech verb 'called'")
k = "The Russian president noted that once the railway is completed"
E(f, k, R, I, "trade_energy", "cooperation", "planned", "", "unknown", "trade;transport", "goods from St. Petersburg 'will reach Iran's ports' once completed; undated planned; Russia via 'The Russian president'")
E(f, k, R, "India", "trade_energy", "cooperation", "planned", "", "unknown", "trade;transport", "goods will reach 'India's Mumbai'")
C(f, k, "Vladimir Putin", "asserts", "", False, "goods from St. Petersburg to reach Iran and India in ten days", "'The Russian president noted' (definite description)")
k = "The INSTC is based on an agreement signed by Iran, Russia and India"
E(f, k, I, R, "agreement", "cooperation", "reported", "2000", "year", "transport;trade", "three-party agreement: one row per pair, in text order")
E(f, k, I, "India", "agreement", "cooperation", "reported", "2000", "year", "transport;trade", "")
E(f, k, R, "India", "agreement", "cooperation", "reported", "2000", "year", "transport;trade", "")
k = "Tehran and Moscow, which are both under heavy sanctions"
E(f, k, "United States", I, "sanction", "tension", "reported", "", "unknown", "finance", "relative clause 'under heavy sanctions by the US'; ongoing")
E(f, k, "United States", R, "sanction", "tension", "reported", "", "unknown", "finance", "")
E(f, k, "European allies", I, "sanction", "tension", "reported", "", "unknown", "finance", "'its European allies' (countries not named: group actor, empty country)")
E(f, k, "European allies", R, "sanction", "tension", "reported", "", "unknown", "finance", "")
E(f, k, I, R, "other", "cooperation", "reported", "2023", "year", "energy;transport;finance", "'have expanded cooperation ... in recent months' (= publication year, dev5); mutual")
E(f, k, I, R, "other", "cooperation", "reported", "2023-01", "month", "finance", "'in January the two countries connected their interbank messaging systems'; mutual; SWIFT is bypassed, not an actor")
k = "Some Iranian lawmakers had in recent months criticized"
E(f, k, "Iranian lawmakers", R, "criticism", "tension", "reported", "2023", "year", "finance;transport", "the group's own speech act (dev4); 'in recent months' = year")
E(f, k, R, I, "other", "tension", "reported", "2023", "year", "finance;transport", "accused act: 'the slow pace of Russian investment in the project' (delay = tension); same anchor")
C(f, k, "Iranian lawmakers", "asserts", "", True, "Russian investment in the project is too slow", "unnamed group (dev3 'Iranian lawmakers')")
k = "But Bazrpash dismissed the criticism"
E(f, k, "Mehrdad Bazrpash", R, "statement_support", "cooperation", "reported", P, "week", "transport;diplomacy", "the signing showed 'the Russian side's serious determination'")
E(f, k, R, I, "other", "cooperation", "planned", "", "unknown", "transport", "'determination to complete the route within four years' (undated planned; 'within four years' is a span, not a date)")
C(f, k, "Mehrdad Bazrpash", "disputes", "FNA", False, "rejects the lawmakers' criticism of Russia", "'dismissed the criticism' of Russia by others = disputes")
C(f, k, "Mehrdad Bazrpash", "asserts", "FNA", False, "Russia is seriously determined to complete the route", "second speech verb 'telling FNA'")
k = "Some Western media outlets have reported disagreements"
E(f, k, I, R, "other", "tension", "reported", P, "week", "finance;transport", "'disagreements between Tehran and Moscow', as reported; mutual; no date expression")
E(f, k, I, R, "other", "tension", "denied", P, "week", "finance;transport", "'claims that officials of both countries have repeatedly rejected' (heldout denial-of-reports rule; dev5 408 paired rows)")
E(f, k, "Iranian officials", "Western media", "denial", "tension", "reported", "", "unknown", "diplomacy", "explicit rejection of another party's account (dev3); 'repeatedly': background")
E(f, k, "Russian officials", "Western media", "denial", "tension", "reported", "", "unknown", "diplomacy", "as above")
C(f, k, "Western media", "asserts", "", True, "Tehran and Moscow disagree over financing", "'Some Western media outlets' unnamed: hedged")
C(f, k, "Iranian officials", "denies", "", False, "no disagreement with Moscow", "rejection of a report about their own side")
C(f, k, "Russian officials", "denies", "", False, "no disagreement with Tehran", "one row per country's officials")
k = "On the sidelines of the ceremony, Savelyev and Bazrpash also discussed"
E(f, k, "Vitaly Savelyev", "Mehrdad Bazrpash", "meeting", "cooperation", "reported", P, "week", "transport", "'discussed' on the sidelines; no date expression")
E(f, k, R, I, "other", "cooperation", "planned", "", "unknown", "transport;trade", "'the launch of new direct flights between the two countries' (undated planned)")

# ====================================================================== 504 Azernews
f = "504"
P = "2025-08-12"
AL = "Ilham Aliyev"
PA = "Nikol Pashinyan"
actors(f, [
    (AL, "AZE", "person"),
    (PA, "ARM", "person"),
    ("United States", "USA", "state"),
    (I, "IRN", "state"),
    (R, "RUS", "state"),
    ("Armenia", "ARM", "state"),
    ("Azerbaijan", "AZE", "state"),
    ("Donald Trump", "USA", "person"),
    ("Ali Akbar Velayati", "IRN", "person"),
    ("Esmaeil Baghaei", "IRN", "person"),
    ("Masoud Pezeshkian", "IRN", "person"),
    ("Iranian officials", "IRN", "person"),
    ("Elchin Mammadli", "AZE", "person"),
    ("Azernews", "AZE", "media"),
    ("Russian Foreign Ministry", "RUS", "government_body"),
    ("Maria Zakharova", "RUS", "person"),
    ("Türkiye", "TUR", "state"),
    ("analysts in Baku", "AZE", "person"),
    ("Armenian officials", "ARM", "person"),
])
k = "The joint declaration signed by President Ilham Aliyev"
E(f, k, AL, PA, "agreement", "cooperation", "reported", "2025-08-08", "day", "diplomacy;security", "declaration signed on August 8 (passive with agents); mutual")
E(f, k, AL, "United States", "visit", "cooperation", "reported", "2025-08-08", "day", "diplomacy", "'at the White House'")
E(f, k, PA, "United States", "visit", "cooperation", "reported", "2025-08-08", "day", "diplomacy", "'at the White House'")
E(f, k, I, "United States", "criticism", "tension", "reported", P, "week", "security;diplomacy", "'open alarm in Tehran' / 'wary of a growing US role' (perception = criticism, dev3); current reaction: publication week")
E(f, k, R, "United States", "criticism", "tension", "reported", P, "week", "security;diplomacy", "'quiet irritation in Moscow' / wary of the US role")
k = "Under the declaration, Armenia will grant the United States"
E(f, k, "Armenia", "United States", "other", "cooperation", "planned", "", "unknown", "transport;security", "'will grant the United States development rights' (undated planned)")
E(f, k, "Armenia", "Azerbaijan", "other", "cooperation", "planned", "", "unknown", "transport", "transit route through Armenia 'to link mainland Azerbaijan with its Nakhchivan exclave'")
k = "The document was also signed by US President Donald Trump"
E(f, k, "Donald Trump", AL, "agreement", "cooperation", "reported", P, "week", "diplomacy;security", "'also signed by ... Trump' (passive with agent); 'the two leaders' = Aliyev, Pashinyan; no date expression: publication week (strict)")
E(f, k, "Donald Trump", PA, "agreement", "cooperation", "reported", P, "week", "diplomacy;security", "")
E(f, k, "Donald Trump", AL, "meeting", "cooperation", "reported", P, "week", "diplomacy", "'who hosted the two leaders' (host -> participant meeting, dev4_b)")
E(f, k, "Donald Trump", PA, "meeting", "cooperation", "reported", P, "week", "diplomacy", "")
C(f, k, "Donald Trump", "asserts", "", False, "the deal ended a 35-year conflict", "relative clause 'who ... said'; the ended conflict names no party: no row")
k = "The harshest reaction came from Ali Akbar Velayati"
E(f, k, "Ali Akbar Velayati", "United States", "other", "tension", "reported", "2025-08-09", "day", "security;transport", "threat: route to become 'a graveyard for Trump's mercenaries' (threat = other/tension; dev5 405)")
E(f, k, I, "United States", "other", "tension", "planned", "2025-08-09", "day", "security;transport", "'Iran would block it' (threat against the US-named route)")
E(f, k, I, R, "other", "cooperation", "hypothetical", "2025-08-09", "day", "security", "'with or without Russia': joint action with Russia left open")
C(f, k, "Ali Akbar Velayati", "warns", "", False, "the route will be a graveyard for Trump's mercenaries; Iran will block it", "'warned on Saturday'")
k = "The remark was widely seen as a swipe at Moscow"
E(f, k, "Ali Akbar Velayati", R, "criticism", "tension", "reported", P, "week", "diplomacy", "'The remark' = Velayati's; perceived swipe (dev5 401 'seen as'); no date expression")
E(f, k, I, R, "criticism", "tension", "reported", P, "week", "diplomacy;security", "'which Tehran had hoped would take a firmer stand' (disappointed hope; perception resolved to the state, dev4)")
k = "Foreign Ministry spokesman Esmaeil Baghaei said the Islamic Republic welcomed"
E(f, k, "Esmaeil Baghaei", "Azerbaijan", "statement_support", "cooperation", "reported", P, "week", "diplomacy", "welcomed the peace agreement between Baku and Yerevan")
E(f, k, "Esmaeil Baghaei", "Armenia", "statement_support", "cooperation", "reported", P, "week", "diplomacy", "")
E(f, k, "Azerbaijan", "Armenia", "agreement", "cooperation", "reported", P, "week", "diplomacy;security", "'the peace agreement between Baku and Yerevan' names both: new row; no date expression: publication week (strict)")
C(f, k, "Esmaeil Baghaei", "asserts", "", False, "Iran welcomes the Baku-Yerevan peace agreement", "'said ... welcomed'")
C(f, k, "Esmaeil Baghaei", "warns", "", False, "Iran concerned about foreign intervention near its borders", "same verb, second stance (dev2)")
k = "Iranian President Masoud Pezeshkian is expected to visit Yerevan"
E(f, k, "Masoud Pezeshkian", "Armenia", "visit", "cooperation", "planned", "2025-08", "month", "diplomacy", "'expected to visit Yerevan later this month'")
E(f, k, "Masoud Pezeshkian", "Armenia", "other", "neutral", "planned", "2025-08", "month", "security;transport", "'will seek guarantees' (request = other)")
C(f, k, "Iranian officials", "asserts", "", False, "Pezeshkian will seek guarantees on the Armenian border", "generic on-record officials: not hedged")
k = "Political analyst Elchin Mammadli told Azernews"
E(f, k, "Elchin Mammadli", "Ali Akbar Velayati", "criticism", "tension", "reported", P, "week", "diplomacy", "the analyst's own critical remark")
C(f, k, "Elchin Mammadli", "asserts", "Azernews", False, "Velayati's threats reflect frustration, not strength", "'told Azernews'")
k = "\"Tehran is threatening a road that does not even cross its territory,\""
C(f, k, "Elchin Mammadli", "asserts", "Azernews", False, "the route does not cross Iranian territory", "'he said': continues the statement to Azernews, via carried; the road is not an actor: no event")
k = "\"For decades, Tehran and Moscow were used to deciding"
E(f, k, I, R, "other", "cooperation", "reported", "", "unknown", "diplomacy;security", "quote subject 'Tehran and Moscow' deciding the region's fate together; 'For decades': background; mutual")
C(f, k, "Elchin Mammadli", "asserts", "Azernews", False, "Tehran and Moscow's era of deciding the region's fate is over", "quote-only sentence continuing the same statement")
k = "Its spokeswoman Maria Zakharova said on Saturday"
E(f, k, "Maria Zakharova", "Azerbaijan", "statement_support", "cooperation", "reported", "2025-08-09", "day", "diplomacy", "welcomed steps towards peace between Baku and Yerevan")
E(f, k, "Maria Zakharova", "Armenia", "statement_support", "cooperation", "reported", "2025-08-09", "day", "diplomacy", "")
E(f, k, "Maria Zakharova", "United States", "criticism", "tension", "reported", "2025-08-09", "day", "security;diplomacy", "'warned against the involvement of non-regional players such as the United States'")
E(f, k, R, I, "other", "cooperation", "reported", "", "unknown", "diplomacy;security", "the 3+3 format 'involving Russia, Iran and Türkiye': one row per pair, in text order (dev3 format rule); ongoing")
E(f, k, R, "Türkiye", "other", "cooperation", "reported", "", "unknown", "diplomacy;security", "")
E(f, k, I, "Türkiye", "other", "cooperation", "reported", "", "unknown", "diplomacy;security", "")
C(f, k, "Maria Zakharova", "asserts", "", False, "Moscow welcomes steps towards Baku-Yerevan peace", "'said ... welcomed'")
C(f, k, "Maria Zakharova", "warns", "", False, "against non-regional players such as the US", "'warned against'")
C(f, k, "Maria Zakharova", "hopes", "", False, "solutions should be found in the 3+3 format", "'said solutions should be found' (dev4 'should' = hopes)")
k = "Analysts in Baku note that the Russian border guards"
E(f, k, R, "Azerbaijan", "agreement", "cooperation", "reported", "2020-11", "month", "security;transport", "trilateral statement signed in November 2020: one row per pair, in text order")
E(f, k, R, "Armenia", "agreement", "cooperation", "reported", "2020-11", "month", "security;transport", "")
E(f, k, "Azerbaijan", "Armenia", "agreement", "cooperation", "reported", "2020-11", "month", "security;transport", "")
E(f, k, R, "Armenia", "other", "cooperation", "planned", "2020-11", "month", "security;transport", "Russian border guards 'were to oversee transport links' (planned content of the 2020 statement; the links run through Armenia)")
E(f, k, R, "Armenia", "other", "cooperation", "denied", P, "week", "security;transport", "'have no role in the new arrangement' (negated); 'November 2020' belongs to the statement: publication week")
C(f, k, "analysts in Baku", "asserts", "", True, "Russian border guards have no role in the new route", "'note'; unnamed analysts")
k = "Both Tehran and Moscow have long presented themselves as Armenia's protectors"
E(f, k, I, "Armenia", "statement_support", "cooperation", "reported", "", "unknown", "security", "'presented themselves as Armenia's protectors'; 'long': background")
E(f, k, R, "Armenia", "statement_support", "cooperation", "reported", "", "unknown", "security", "")
E(f, k, I, "Armenia", "aid", "cooperation", "denied", "2020", "year", "security;military", "'neither came to Yerevan's aid during the 44-day war in 2020' (negated)")
E(f, k, R, "Armenia", "aid", "cooperation", "denied", "2020", "year", "security;military", "")
C(f, k, "Armenian officials", "asserts", "", False, "neither Iran nor Russia helped Armenia in 2020", "'acknowledged'; on-record officials")
k = "President Ilham Aliyev said on Monday"
E(f, k, AL, I, "statement_support", "cooperation", "reported", "2025-08-11", "day", "transport;diplomacy", "route 'would serve the interests of all neighbours, including Iran'")
E(f, k, AL, R, "statement_support", "cooperation", "reported", "2025-08-11", "day", "transport;diplomacy", "'including ... Russia'")
C(f, k, AL, "asserts", "", False, "the route serves all neighbours; Azerbaijan will harm no one", "'said on Monday'")
B(f, "By Nigar Abbasova")
B(f, "Here we are to serve you with news right now.")
B(f, "It does not cost much, but worth your attention.")
B(f, "Choose to support open, independent, quality journalism")

# ====================================================================== 505 Dawn
f = "505"
P = "2024-01-19"
PK = "Pakistan"
actors(f, [
    (PK, "PAK", "state"),
    (I, "IRN", "state"),
    ("Foreign Office", "PAK", "government_body"),
    ("Balochistan Liberation Army", "", "armed_group"),
    ("Balochistan Liberation Front", "", "armed_group"),
    ("Mumtaz Zahra Baloch", "PAK", "person"),
    (R, "RUS", "state"),
    ("China", "CHN", "state"),
    ("Shanghai Cooperation Organisation", "", "organisation"),
    ("Maria Zakharova", "RUS", "person"),
    ("Mao Ning", "CHN", "person"),
    ("Matthew Miller", "USA", "person"),
    ("Iraq", "IRQ", "state"),
    ("Syria", "SYR", "state"),
    ("Hossein Amir-Abdollahian", "IRN", "person"),
    ("Jaish al-Adl", "", "armed_group"),
    ("Pakistani officials", "PAK", "person"),
    ("Ukraine", "UKR", "state"),
    ("Anwaarul Haq Kakar", "PAK", "person"),
])
k = "Pakistan on Thursday carried out strikes"
E(f, k, PK, I, "military_action", "tension", "reported", "2024-01-18", "day", "military;security", "strikes on Thursday; dateline 'ISLAMABAD: ' belongs to the sentence")
E(f, k, I, PK, "military_action", "tension", "reported", "2024-01-16", "day", "military;security", "'two days after' Thursday = Tuesday 2024-01-16 (counted back, like dev3 'hours after')")
C(f, k, PK, "asserts", "", False, "the targets were terrorist hideouts", "'what it called'")
k = "The Foreign Office (FO) said the"
E(f, k, PK, "Balochistan Liberation Army", "military_action", "tension", "reported", P, "week", "military;security", "the strikes are Pakistan's (sentence before); armed group with an empty country (dev5 HTS rule); no date expression: publication week")
E(f, k, PK, "Balochistan Liberation Front", "military_action", "tension", "reported", P, "week", "military;security", "")
C(f, k, "Foreign Office", "asserts", "", False, "strikes killed BLA and BLF terrorists hiding in Iran", "'The Foreign Office (FO) said'")
k = "“Pakistan fully respects the sovereignty"
E(f, k, PK, I, "statement_support", "cooperation", "reported", P, "week", "security;diplomacy", "quote subject 'Pakistan' respects Iran's sovereignty; no date expression")
C(f, k, "Mumtaz Zahra Baloch", "asserts", "", False, "Pakistan respects Iran's sovereignty", "quote with speaker after it")
k = "“The sole objective of today’s act"
C(f, k, "Mumtaz Zahra Baloch", "asserts", "", False, "the strikes served only Pakistan's security", "quote-only sentence continuing the briefing; no partner named: no event")
k = "Tehran condemned the strikes, which it said"
E(f, k, I, PK, "criticism", "tension", "reported", P, "week", "security;diplomacy", "'condemned the strikes' (only the criticism is coded: the strikes are a back-reference, heldout)")
E(f, k, I, PK, "criticism", "tension", "reported", P, "week", "diplomacy", "summoned Pakistan's charge d'affaires (summons = criticism toward the envoy's state, dev2/dev4)")
C(f, k, I, "asserts", "", False, "condemns Pakistan's strikes", "'condemned'")
C(f, k, I, "asserts", "", False, "nine killed, none of them Iranian nationals", "'which it said'")
k = "The strikes came a day after Islamabad recalled"
E(f, k, PK, I, "other", "tension", "reported", "2024-01-17", "day", "diplomacy", "recalled its ambassador from Tehran ('a day after' Thursday = Wednesday; recall = other/tension, dev5_b)")
E(f, k, PK, I, "other", "tension", "reported", "2024-01-17", "day", "diplomacy", "barred the Iranian envoy from returning (downgrade-type act)")
E(f, k, PK, I, "visit", "cooperation", "denied", "2024-01-17", "day", "diplomacy", "'suspended all high-level visits between the two countries' (ended measure = denied, dev3); mutual")
k = "Russia and China urged the two neighbours"
E(f, k, R, PK, "other", "neutral", "reported", P, "week", "security;diplomacy", "'urged ... to show restraint' (urging = other/neutral); 'the two neighbours' = Pakistan and Iran")
E(f, k, R, I, "other", "neutral", "reported", P, "week", "security;diplomacy", "")
E(f, k, "China", PK, "other", "neutral", "reported", P, "week", "security;diplomacy", "")
E(f, k, "China", I, "other", "neutral", "reported", P, "week", "security;diplomacy", "")
E(f, k, PK, "Shanghai Cooperation Organisation", "other", "cooperation", "reported", "", "unknown", "diplomacy", "'both members of the SCO' (membership, as heldout's SCO actor); background")
E(f, k, I, "Shanghai Cooperation Organisation", "other", "cooperation", "reported", "", "unknown", "diplomacy", "")
C(f, k, R, "hopes", "", False, "Pakistan and Iran should show restraint", "'urged' = hopes; one row per issuer")
C(f, k, "China", "hopes", "", False, "Pakistan and Iran should show restraint", "")
k = "Russian foreign ministry spokeswoman Maria Zakharova said Moscow"
E(f, k, PK, I, "other", "tension", "reported", P, "week", "security", "'the escalation between two friendly countries' (Islamabad and Tehran, named in the sentence); mutual")
E(f, k, "Maria Zakharova", PK, "other", "neutral", "reported", P, "week", "security;diplomacy", "'called on Islamabad and Tehran' (urging)")
E(f, k, "Maria Zakharova", I, "other", "neutral", "reported", P, "week", "security;diplomacy", "")
E(f, k, R, PK, "other", "cooperation", "reported", "", "unknown", "diplomacy", "'two friendly countries' (relationship state from Moscow's side); ongoing")
E(f, k, R, I, "other", "cooperation", "reported", "", "unknown", "diplomacy", "")
C(f, k, "Maria Zakharova", "asserts", "", False, "Moscow seriously concerned by the escalation", "'said'")
C(f, k, "Maria Zakharova", "hopes", "", False, "differences to be resolved by diplomatic means", "second speech verb 'called on'")
k = "Chinese foreign ministry spokeswoman Mao Ning said"
E(f, k, "Mao Ning", PK, "statement_support", "cooperation", "reported", P, "week", "diplomacy;security", "offer of a 'constructive role' (mediation offer, heldout); both sides are described as partners, so cooperation toward both; 'both sides' = Pakistan and Iran")
E(f, k, "Mao Ning", I, "statement_support", "cooperation", "reported", P, "week", "diplomacy;security", "")
k = "In Washington, State Department spokesman Matthew Miller"
E(f, k, "Matthew Miller", I, "criticism", "tension", "reported", P, "week", "security", "'condemned Iran's strike'")
E(f, k, "Matthew Miller", I, "accusation", "tension", "reported", P, "week", "security", "'noting that Tehran had violated the borders' (X said wrongdoing by Y, dev3)")
E(f, k, I, "Iraq", "military_action", "tension", "reported", "2024-01", "month", "military;security", "violated the borders of Iraq 'within days': no date expression of its own, anchored to the January episode at month precision")
E(f, k, I, "Syria", "military_action", "tension", "reported", "2024-01", "month", "military;security", "")
E(f, k, I, PK, "military_action", "tension", "reported", "2024-01", "month", "military;security", "")
C(f, k, "Matthew Miller", "asserts", "", False, "condemns Iran's strike", "'condemned'")
C(f, k, "Matthew Miller", "asserts", "", False, "Iran violated the borders of Iraq, Syria and Pakistan", "second speech verb 'noting'")
k = "Iranian Foreign Minister Hossein Amir-Abdollahian, speaking in Davos"
E(f, k, I, "Jaish al-Adl", "military_action", "tension", "reported", "2024-01-17", "day", "military;security", "struck 'Iranian terrorists' of Jaish al-Adl; known only through the Wednesday statement (statement date); armed group with an empty country")
E(f, k, I, PK, "military_action", "tension", "denied", "2024-01-17", "day", "military;security", "'no Pakistani nationals had been targeted' (negated); sentence date")
C(f, k, "Hossein Amir-Abdollahian", "asserts", "", False, "Iran struck only Jaish al-Adl terrorists", "'speaking in Davos on Wednesday, said'")
C(f, k, "Hossein Amir-Abdollahian", "denies", "", False, "no Pakistani nationals were targeted", "same verb, second stance: denial about his own side")
k = "Moscow’s measured response was closely watched in Islamabad"
E(f, k, R, I, "other", "cooperation", "reported", "", "unknown", "military", "'has deepened its military partnership with Tehran since ...' ('since': background)")
E(f, k, R, "Ukraine", "military_action", "tension", "reported", "", "unknown", "ukraine_war;military", "'the war in Ukraine'; ongoing")
E(f, k, R, PK, "trade_energy", "cooperation", "reported", "", "unknown", "energy;trade", "'courting Pakistan as a buyer of discounted crude'; ongoing; watching a response is not an interaction: no Pakistan->Russia row")
C(f, k, "Pakistani officials", "asserts", "", False, "Russia deepened its military ties with Iran while courting Pakistan", "'officials note'; on-record generic officials")
k = "Pakistan and Iran share a 900-kilometre border"
E(f, k, PK, I, "accusation", "tension", "reported", "", "unknown", "security", "'each has long accused the other of sheltering separatist militants'; background")
E(f, k, I, PK, "accusation", "tension", "reported", "", "unknown", "security", "")
C(f, k, PK, "asserts", "", False, "Iran shelters separatist militants", "'has long accused': one row per side")
C(f, k, I, "asserts", "", False, "Pakistan shelters separatist militants", "")
B(f, "Published in Dawn, January 19th, 2024")


# ---------------------------------------------------------------- write
def main():
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    os.makedirs(GOLD, exist_ok=True)
    with open(os.path.join(GOLD, "events.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["source_file", "quote", "actor1", "actor1_country", "actor2", "actor2_country",
                    "event_type", "polarity", "modality", "event_date", "date_precision", "themes", "notes"])
        w.writerows(EVENTS)
    with open(os.path.join(GOLD, "claims.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["source_file", "quote", "claimant", "claimant_country", "stance", "via", "hedged",
                    "topic", "notes"])
        w.writerows(CLAIMS)
    with open(os.path.join(GOLD, "actors.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["source_file", "actor", "country", "type"])
        for fn, d in ACTORS.items():
            for name, (c, t) in d.items():
                w.writerow([fn, name, c, t])
    with open(os.path.join(GOLD, "boilerplate.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["source_file", "quote"])
        w.writerows(BOILER)
    ce, cc, cb = (Counter(r[0][:3] for r in X) for X in (EVENTS, CLAIMS, BOILER))
    ca = Counter({fn[:3]: len(d) for fn, d in ACTORS.items()})
    for f in sorted(FILES):
        print(f, "events", ce[f], "claims", cc[f], "actors", ca[f], "boilerplate", cb[f])
    print("total", len(EVENTS), len(CLAIMS), sum(ca.values()), len(BOILER))
    # every declared actor is used or is a named actor without rows (listed below)
    used = {(r[0], r[2]) for r in EVENTS} | {(r[0], r[4]) for r in EVENTS} | \
        {(r[0], r[2]) for r in CLAIMS} | {(r[0], r[5]) for r in CLAIMS if r[5]}
    for fn, d in ACTORS.items():
        for name in d:
            if (fn, name) not in used:
                print("  actor without rows:", fn[:3], name)


if __name__ == "__main__":
    main()
