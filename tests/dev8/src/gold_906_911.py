#!/usr/bin/env python3
"""Hand annotation (gold) for dev8_b articles 906-911.

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
SENTS = {}
for fn, a in articles_src.ARTICLES.items():
    ss = [s for p in a["paras"] for s in p]
    if a["header"]:
        ss[0] = a["header"] + ss[0]
    SENTS[fn] = ss

ACTORS = {}
EVENTS, CLAIMS, BOILER = [], [], []
problems = []


def sent(f, key):
    fn = FILES[f]
    hits = [s for s in SENTS[fn] if s == key] or [s for s in SENTS[fn] if key in s]
    if len(hits) != 1:
        problems.append(f"{f}: key {key!r} matches {len(hits)} sentences")
        return key
    s = hits[0]
    if s.startswith(" date "):
        s = s[len(" date 0000-00-00 "):]
    return s


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

# ====================================================================== 906 Kyodo News
f = "906"
P = ("2025-06-24", "week")
MON = ("2025-06-23", "day")
PU, AR, PE, MD, TR = "Vladimir Putin", "Abbas Araghchi", "Dmitry Peskov", "Dmitry Medvedev", "Donald Trump"
US, IL, JP = "United States", "Israel", "Japan"
actors(f, [
    (R, "RUS", "state"), (I, "IRN", "state"), (US, "USA", "state"), (IL, "ISR", "state"), (JP, "JPN", "state"),
    (PU, "RUS", "person"), (AR, "IRN", "person"), ("Ali Khamenei", "IRN", "person"),
    ("Iranian state media", "IRN", "media"), ("Kremlin", "RUS", "government_body"), (PE, "RUS", "person"),
    ("senior Iranian diplomat", "IRN", "person"), ("Kyodo News", "JPN", "media"),
    ("diplomatic sources", "", "person"), (MD, "RUS", "person"), ("unnamed countries", "", "state"),
    (TR, "USA", "person"), ("Yoshimasa Hayashi", "JPN", "person"), ("Takeshi Iwaya", "JPN", "person"),
    ("Japanese Foreign Ministry", "JPN", "government_body"), ("analysts", "", "person"),
    ("Koji Sato", "JPN", "person"),
])
k = "MOSCOW - Russian President Vladimir Putin on Monday condemned"
E(f, k, PU, US, "criticism", "tension", "reported", *MON, "diplomacy;nuclear;middle_east", "'condemned the U.S. strikes ... as \"absolutely unprovoked aggression\"' (condemnation = criticism, heldout 103); 'on Monday' = 2025-06-23; dateline 'MOSCOW - ' belongs to the sentence")
E(f, k, US, I, "military_action", "tension", "reported", *P, "military;nuclear;middle_east", "'the U.S. strikes on Iran's nuclear facilities': first mention, no date expression of its own ('on Monday' dates the condemnation): publication week (strict seed rule)")
E(f, k, PU, AR, "meeting", "cooperation", "reported", *MON, "diplomacy;middle_east", "'in talks with ... Abbas Araghchi at the Kremlin'")
E(f, k, AR, R, "visit", "cooperation", "reported", *MON, "diplomacy;middle_east", "talks at the Kremlin imply the visit (seed/heldout)")
E(f, k, PU, I, "aid", "cooperation", "denied", *MON, "military;security", "'offered Tehran no military assistance' (negated event, heldout 'offered Tehran no military help'); chained to the Monday talks")
C(f, k, PU, "asserts", "", False, "the US strikes on Iran were absolutely unprovoked aggression", "a condemnation is an asserts claim (dev7_a)")
k = "Araghchi, who flew to Moscow a day after U.S. bombers hit"
E(f, k, AR, R, "visit", "cooperation", "reported", *P, "diplomacy;middle_east", "'flew to Moscow' (repeated mention naming a participant gets its own row, dev4); 'a day after' counts from strikes the text never dates, so no resolvable date: publication week")
E(f, k, US, I, "military_action", "tension", "reported", *P, "military;nuclear;middle_east", "'U.S. bombers hit the Fordo, Natanz and Isfahan sites'; Iran from the sentence before (the sites are places); not dated in the text: publication week")
E(f, k, "Ali Khamenei", PU, "other", "cooperation", "reported", *P, "diplomacy;middle_east", "'handed Putin a letter from Supreme Leader Ali Khamenei' (a letter = other, heldout); Araghchi is the carrier, coded as Khamenei's letter only; no date expression: publication week")
C(f, k, "Iranian state media", "asserts", "Iranian state media", False, "Araghchi handed Putin a letter from Khamenei", "'Iranian state media said': claimant = via (seed 'Iranian media')")
k = "Putin told the Iranian minister that Russia was making efforts"
E(f, k, R, I, "aid", "cooperation", "reported", *P, "humanitarian;diplomacy", "quote-subject rule: 'Russia was making efforts \"to help the Iranian people\"'; 'the Iranian people' = Iran; no date expression: publication week")
C(f, k, PU, "asserts", "Kremlin", False, "Russia is making efforts to help the Iranian people", "'according to a Kremlin transcript': speaker = claimant, the publishing office = via (dev7_b)")
k = "Kremlin spokesman Dmitry Peskov told reporters later in the day"
E(f, k, R, I, "statement_support", "cooperation", "reported", *MON, "diplomacy;middle_east", "mediation offer (heldout): cooperation toward the partner; quote-subject 'it' = Moscow; 'later in the day' = the Monday of the talks")
E(f, k, R, IL, "statement_support", "neutral", "reported", *MON, "diplomacy;middle_east", "mediation offer: neutral toward the other side (heldout)")
C(f, k, PE, "asserts", "", False, "Moscow's position is clear; Russia remains ready to mediate between Iran and Israel", "'told reporters'; the offer itself is not a claim, the 'position was clear' clause is")
k = "Asked whether Iran had requested weapons, Peskov declined to comment."
E(f, k, I, R, "other", "cooperation", "denied", *P, "military;security", "'declined to comment' on 'whether Iran had requested weapons' = unconfirmed request, coded denied like 'declining to say whether' (dev4_b) and the seed 'has not confirmed whether'; request = other (heldout); Russia = Peskov's side; no claim ('declined to comment')")
k = "The muted response has disappointed many in Tehran."
E(f, k, I, R, "criticism", "tension", "reported", *P, "diplomacy;security", "disappointment (perception = criticism, seed 'view with concern'); 'many in Tehran' = Iran (heldout); the response is Russia's (Peskov, sentence before); current: publication week")
k = "A senior Iranian diplomat, speaking on condition of anonymity, told Kyodo News"
E(f, k, I, R, "criticism", "tension", "reported", *P, "diplomacy;security", "quote-subject rule: 'Iran had expected \"more than words\" from a country it calls a strategic partner' (seed Shamkhani 'Iran expected more from a strategic partner'); the partner = Russia; 'calls a strategic partner' is a referring description (dev7_b), no extra row")
C(f, k, "senior Iranian diplomat", "asserts", "Kyodo News", True, "Iran expected more than words from Russia", "anonymous: hedged; 'told Kyodo News' = via")
k = "Russia and Iran signed a comprehensive strategic partnership treaty in January"
E(f, k, R, I, "agreement", "cooperation", "reported", "2025-01", "month", "diplomacy;security", "'signed ... in January' (2025-01); mutual; no place given, so no meeting/visit rows")
E(f, k, R, I, "agreement", "cooperation", "denied", "2025-01", "month", "security;military", "'the pact does not oblige either side to defend the other' = no mutual defence clause (heldout: agreement/denied); takes the sentence's date (dev4_b 308)")
k = "Tehran has also waited for years for Su-35 fighter jets"
E(f, k, I, R, "other", "cooperation", "reported", *U, "military", "'Su-35 fighter jets it ordered from Moscow' (purchase = other/cooperation, undated, dev4_b)")
E(f, k, R, I, "arms_transfer", "tension", "reported", *U, "military", "'waited for years' = delayed delivery (arms_transfer/tension/reported, dev3/dev4); 'for years' is a span: empty")
C(f, k, "diplomatic sources", "asserts", "", True, "Iran has waited for years for Su-35s it ordered from Russia", "unnamed: hedged")
k = "Former Russian President Dmitry Medvedev, deputy chairman of the Security Council, claimed on Sunday"
E(f, k, "unnamed countries", I, "arms_transfer", "cooperation", "hypothetical", "2025-06-22", "day", "nuclear;military", "'\"a number of countries\" were ready to supply Iran with nuclear warheads' (heldout 103: 'unnamed countries', empty country); dated by the Sunday remark")
C(f, k, MD, "warns", "", False, "a number of countries are ready to supply Iran with nuclear warheads", "heldout: Medvedev's warhead suggestion is 'warns'")
k = "U.S. President Donald Trump rebuked him on social media"
E(f, k, TR, MD, "criticism", "tension", "reported", *P, "nuclear;diplomacy", "'rebuked him' (him = Medvedev, sentence before); no date expression: publication week. 'the Kremlin did not repeat the suggestion' is not an interaction: no row")
C(f, k, TR, "disputes", "", False, "rebuke of Medvedev's warhead remark", "heldout: Trump's rebuke of Medvedev is 'disputes'; social media post: empty via")
k = "In Tokyo, Chief Cabinet Secretary Yoshimasa Hayashi"
E(f, k, JP, I, "statement_support", "cooperation", "reported", "2025-06-24", "day", "diplomacy;middle_east", "quote-subject 'Japan welcomed the ceasefire between Iran and Israel' (welcomed = statement_support, dev4_b) toward each party; 'said Tuesday'")
E(f, k, JP, IL, "statement_support", "cooperation", "reported", "2025-06-24", "day", "diplomacy;middle_east", "as above")
E(f, k, I, IL, "agreement", "cooperation", "reported", *P, "security;middle_east", "'the ceasefire between Iran and Israel' (mutual); no date of its own ('Tuesday' dates Hayashi's remark): publication week")
E(f, k, TR, I, "other", "cooperation", "reported", *P, "diplomacy;middle_east", "'announced by Trump': announcing/brokering a deal = go-between row toward each party (dev4_b 306)")
E(f, k, TR, IL, "other", "cooperation", "reported", *P, "diplomacy;middle_east", "as above")
C(f, k, "Yoshimasa Hayashi", "hopes", "", False, "Japan welcomes the Iran-Israel ceasefire and hopes it holds", "'welcomed' alone is not a claim (dev4_b); 'hoped it would hold' = hopes")
k = "Japan, which relies on the Middle East for more than 90 percent"
# no rows: the Middle East is a region, watching is not an interaction (dev6_a), and the parliament's
# backing of a proposal to close the strait names no second actor.
k = "Foreign Minister Takeshi Iwaya urged Araghchi to show restraint"
E(f, k, "Takeshi Iwaya", AR, "call", "cooperation", "reported", "2025-06", "month", "diplomacy;middle_east", "'in phone talks earlier this month' (2025-06)")
E(f, k, "Takeshi Iwaya", AR, "other", "neutral", "reported", "2025-06", "month", "diplomacy;middle_east", "'urged Araghchi to show restraint': the statement made in the call is a separate happening (gold README clusters); an appeal = other/neutral")
C(f, k, "Takeshi Iwaya", "hopes", "Japanese Foreign Ministry", False, "Iran should show restraint", "'urged' = hopes; 'according to the Japanese Foreign Ministry' = via (dev7_b 'according to the Iranian presidency')")
k = "Russia, which also maintains close ties with Israel, has limited itself"
E(f, k, R, IL, "other", "cooperation", "reported", *U, "diplomacy", "'maintains close ties with Israel' (background state)")
E(f, k, R, I, "statement_support", "cooperation", "reported", "2025-06", "month", "diplomacy;middle_east", "'diplomatic support for Iran throughout the conflict': anchored to the June 2025 war at month precision (heldout 102 / dev4 'during the war')")
E(f, k, R, I, "aid", "cooperation", "denied", "2025-06", "month", "military;security", "'has limited itself to diplomatic support' = no military help (negated, heldout 'stopped short of any promise of military help')")
C(f, k, "analysts", "asserts", "", True, "Russia limited itself to diplomatic support for Iran", "'analysts say': unnamed")
k = "\"Moscow will condemn, it will offer to mediate, but it will not fight for Tehran,\""
E(f, k, R, I, "aid", "cooperation", "denied", *P, "military;security", "quote-subject 'Moscow ... will not fight for Tehran' (negated military help); 'condemn' and 'offer to mediate' have no stated object besides Tehran: no rows; no date expression: publication week")
C(f, k, "Koji Sato", "asserts", "", False, "Moscow will not fight for Tehran", "named analyst: not hedged")
B(f, "Related coverage:")
B(f, "Japan urges restraint after U.S. strikes on Iran nuclear sites")
B(f, "Oil prices jump as Iran threatens to close Strait of Hormuz")
B(f, "==Kyodo")

# ====================================================================== 907 Trend
f = "907"
P = ("2025-05-14", "week")
AZ, OV, SA, RZD = "Azerbaijan", "Alexei Overchuk", "Farzaneh Sadegh", "Russian Railways"
PU, PZ = "Vladimir Putin", "Masoud Pezeshkian"
actors(f, [
    (R, "RUS", "state"), (I, "IRN", "state"), (AZ, "AZE", "state"), ("Trend", "AZE", "media"),
    ("Rovshan Rustamov", "AZE", "person"), ("Azerbaijan Railways", "AZE", "organisation"),
    ("Iranian media", "IRN", "media"), (OV, "RUS", "person"), (SA, "IRN", "person"),
    ("source in the Iranian ministry", "IRN", "person"), (RZD, "RUS", "organisation"),
    ("experts in Baku", "AZE", "person"), ("Rauf Hasanov", "AZE", "person"),
    ("Caspian Logistics Institute", "AZE", "organisation"), (PU, "RUS", "person"), (PZ, "IRN", "person"),
    ("India", "IND", "state"),
])
k = "Azerbaijan has completed its part of the North-South International Transport Corridor"
E(f, k, R, I, "other", "tension", "reported", *P, "transport;finance", "'remains stuck over financing and land disputes between Moscow and Tehran' (dispute = other/tension); mutual; current: publication week. Azerbaijan's completed part names no partner: no row. The dateline 'BAKU, Azerbaijan, May 14.' ends with a full stop and is its own unit, not annotated (dev4 Interfax)")
C(f, k, "Trend", "asserts", "Trend", False, "the Rasht-Astara railway is stuck over Russia-Iran financing and land disputes", "'Trend reports': the outlet is the source, claimant = via (dev3 217 'a RIA Novosti correspondent reports')")
k = "Chairman of Azerbaijan Railways CJSC Rovshan Rustamov said on Tuesday"
# no event: cargo through a border terminal names no second actor
C(f, k, "Rovshan Rustamov", "asserts", "", False, "cargo through Astara grew 30% in January-April", "")
k = "“Azerbaijan is ready to carry any volume that our Russian and Iranian partners send,”"
E(f, k, AZ, R, "other", "cooperation", "hypothetical", *P, "transport;trade", "quote-subject 'Azerbaijan is ready to carry any volume' (a transit offer; hypothetical with no date: publication week); 'our ... partners' is a referring description")
E(f, k, AZ, I, "other", "cooperation", "hypothetical", *P, "transport;trade", "as above")
C(f, k, "Rovshan Rustamov", "asserts", "", False, "Azerbaijan is ready to carry any volume from Russia and Iran", "readiness stated as fact (dev4 300 Azerbaijan's readiness)")
k = "However, construction of the 162-kilometer line from Rasht to Astara"
E(f, k, R, I, "agreement", "cooperation", "reported", "2023-05", "month", "transport;finance", "'which Russia and Iran agreed to build in May 2023'; mutual")
E(f, k, R, I, "other", "cooperation", "planned", "2023-05", "month", "finance;transport", "'with a Russian state loan of 1.3 billion euros' (state loan = other/cooperation, finance;transport, dev5; dated by the agreement)")
E(f, k, R, I, "other", "cooperation", "denied", *P, "transport", "'construction ... has yet to begin' (the joint project not started = negated, publication week)")
k = "According to Iranian media, Tehran has still not completed the purchase of land"
E(f, k, R, I, "other", "cooperation", "denied", *P, "finance;transport", "'Moscow has not released the first tranche of the loan' (negated loan disbursement). Tehran's land purchase is domestic: no row")
C(f, k, "Iranian media", "asserts", "Iranian media", False, "Iran has not bought the land and Russia has not released the loan", "'According to Iranian media': claimant = via (seed)")
k = "Russian Deputy Prime Minister Alexei Overchuk last month criticized"
E(f, k, OV, I, "criticism", "tension", "reported", "2025-04", "month", "transport;finance", "'criticized the slow pace of land acquisition'; 'the Iranian side' = Iran; 'last month' = 2025-04")
E(f, k, R, I, "other", "cooperation", "denied", "2025-04", "month", "finance;transport", "quote-subject 'Moscow could not disburse the money until the Iranian side fulfilled its obligations' (a condition = negated event, dev4); dated by the statement")
C(f, k, OV, "asserts", "", False, "Iran's land acquisition is too slow", "'criticized'")
C(f, k, OV, "asserts", "", False, "Moscow cannot disburse the loan until Iran fulfils its obligations", "second speech verb 'saying' gives a second row (dev4)")
k = "Iran's Minister of Roads and Urban Development Farzaneh Sadegh rejected the criticism"
E(f, k, SA, OV, "denial", "tension", "reported", *P, "transport;finance", "'rejected the criticism' of Overchuk (sentence before): explicit rejection of another actor's account (dev3 denial type; dev6 501)")
E(f, k, SA, R, "accusation", "tension", "reported", *P, "transport;finance", "'blaming the delays on the lengthy approval of the loan agreement in Moscow'")
E(f, k, R, I, "other", "tension", "reported", *P, "finance;transport", "the accused act: Moscow's slow approval of the loan (delay = tension/reported, dev3; accused acts get a row, dev4_b)")
C(f, k, SA, "denies", "", False, "rejects Russian criticism of Iran's land acquisition", "criticism of her own side: denies (dev4 Zarif)")
C(f, k, SA, "asserts", "", False, "the land issue will be settled within months", "'insisting': second speech verb (heldout)")
C(f, k, SA, "asserts", "", False, "the delays are due to the lengthy loan approval in Moscow", "'blaming': third speech verb (dev4 'blamed')")
k = "A source in the Iranian ministry, who asked not to be named, claimed"
E(f, k, RZD, I, "other", "tension", "reported", *P, "transport;trade", "'Russian Railways had also demanded a larger share of the construction contracts' (negotiating demand = other/tension, dev4); the party asked is Iran (the Iranian ministry, and Iran in the sentence before); no date: publication week")
C(f, k, "source in the Iranian ministry", "asserts", "", True, "Russian Railways demanded a larger share of contracts", "anonymous: hedged")
k = "Russian Railways did not respond to the claim."
E(f, k, RZD, I, "other", "neutral", "denied", *P, "transport", "failure to respond with the partner in the sentence before (the Iranian ministry source): dev7_a 701 'She did not comment on the summons'; not a claim")
k = "Experts in Baku note that the dispute suits neither side."
C(f, k, "experts in Baku", "asserts", "", True, "the dispute suits neither side", "no participant named ('neither side'): claim only (heldout); unnamed: hedged; 'In Baku' = AZE (dev6 'analysts in Baku')")
k = "“Every year of delay pushes cargo owners toward the Caspian sea route"
C(f, k, "Rauf Hasanov", "asserts", "Trend", False, "delays push cargo to other routes", "'told Trend'; routes and Kazakhstan/Turkmenistan as transit are places: no event")
k = "Russian President Vladimir Putin and Iranian President Masoud Pezeshkian, who signed"
E(f, k, PU, PZ, "agreement", "cooperation", "reported", "2025-01", "month", "diplomacy;security", "'signed a comprehensive strategic partnership treaty in Moscow in January'")
E(f, k, PU, PZ, "meeting", "cooperation", "reported", "2025-01", "month", "diplomacy", "joint signing implies the meeting (heldout)")
E(f, k, PZ, R, "visit", "cooperation", "reported", "2025-01", "month", "diplomacy", "signing 'in Moscow' implies Pezeshkian's visit (heldout)")
E(f, k, PU, I, "statement_support", "cooperation", "reported", "2025", "year", "transport;diplomacy", "'have both called the corridor a priority': one row per side (seed 'Both sides emphasised'); present-perfect speech act: publication year (dev6_b)")
E(f, k, PZ, R, "statement_support", "cooperation", "reported", "2025", "year", "transport;diplomacy", "as above")
C(f, k, PU, "asserts", "", False, "the corridor is a priority", "one claim per side (seed 'The two countries say')")
C(f, k, PZ, "asserts", "", False, "the corridor is a priority", "")
k = "India, which ships goods to Russia along the route, has also urged faster progress."
E(f, k, "India", R, "trade_energy", "cooperation", "reported", *U, "trade;transport", "'ships goods to Russia along the route' (ongoing). The urging has no addressee named (Iran is not in this sentence or the one before as a party to it): no row")
C(f, k, "India", "hopes", "", False, "faster progress on the corridor", "'urged' = hopes")
k = "Azerbaijan and Russia signed a memorandum last year"
E(f, k, AZ, R, "agreement", "cooperation", "reported", "2024", "year", "transport", "'signed a memorandum last year' (2024); mutual")
E(f, k, AZ, I, "aid", "cooperation", "hypothetical", "2025", "year", "transport", "'Baku has offered Iran technical assistance' (the offer is not a claim; the assistance is hypothetical); present perfect: publication year")
B(f, "Stay up-to-date with more news at Trend News Agency's WhatsApp channel")

# ====================================================================== 908 Cumhuriyet
f = "908"
P = ("2025-10-01", "week")
TK, US, BT, GZ, NIGC = "Türkiye", "United States", "BOTAŞ", "Gazprom", "National Iranian Gas Company"
actors(f, [
    (R, "RUS", "state"), (I, "IRN", "state"), (TK, "TUR", "state"), (US, "USA", "state"),
    ("energy sources in Ankara", "TUR", "person"), ("Alparslan Bayraktar", "TUR", "person"),
    (BT, "TUR", "organisation"), ("opposition deputies", "TUR", "person"), ("Recep Tayyip Erdoğan", "TUR", "person"),
    (NIGC, "IRN", "organisation"), (GZ, "RUS", "organisation"), ("Mohsen Paknejad", "IRN", "person"),
    ("Vladimir Putin", "RUS", "person"), ("diplomatic source", "", "person"), ("Cumhuriyet", "TUR", "media"),
    ("Iranian energy official", "IRN", "person"), ("Alexander Novak", "RUS", "person"), ("TASS", "RUS", "media"),
    ("Selin Aydemir", "TUR", "person"), ("Iranian officials", "IRN", "person"),
])
k = "ANKARA – As Türkiye's long-term gas contracts with Russia and Iran near their end"
E(f, k, R, TK, "trade_energy", "cooperation", "reported", *U, "energy;trade", "'Türkiye's long-term gas contracts with Russia' (ongoing supply, background); supplier -> buyer")
E(f, k, I, TK, "trade_energy", "cooperation", "reported", *U, "energy;trade", "as above")
E(f, k, R, I, "other", "tension", "reported", *P, "energy;trade", "'have turned from partners into rivals for the Turkish market' (rivalry = other/tension); mutual; the change is the news hook: publication week")
E(f, k, R, I, "other", "cooperation", "denied", *P, "energy;trade", "'from partners into rivals': the partnership no longer holds in this market (dev4 'rivals rather than partners' gives both rows)")
C(f, k, "energy sources in Ankara", "asserts", "", True, "Russia and Iran have become rivals for the Turkish gas market", "'according to energy sources in Ankara': unnamed; 'in Ankara' = TUR")
k = "Energy and Natural Resources Minister Alparslan Bayraktar announced in New York last week"
E(f, k, BT, US, "trade_energy", "cooperation", "reported", "2025-09-22", "week", "energy;trade", "'BOTAŞ had signed liquefied natural gas deals with US suppliers' ('US suppliers' resolved to the United States, like 'Russian oil companies', dev6_a); content of the 'last week' announcement takes its date (heldout)")
E(f, k, "Alparslan Bayraktar", US, "visit", "cooperation", "reported", "2025-09-22", "week", "diplomacy;energy", "'announced in New York' (heldout 'Said in London' gives a visit)")
E(f, k, "Recep Tayyip Erdoğan", US, "visit", "cooperation", "reported", "2025-09-22", "week", "diplomacy", "'on the eve of ... Erdoğan's White House visit': the visit followed the announcement in the same week")
C(f, k, "Alparslan Bayraktar", "asserts", "", False, "BOTAŞ signed LNG deals with US suppliers", "'announced'")
C(f, k, "opposition deputies", "asserts", "", True, "the LNG deals are a gift to Washington", "'described as': asserts (dev5_b); unnamed group; the deputies' criticism is of their own government (same country) and 'a gift to Washington' is not an interaction: no event")
k = "BOTAŞ's 10-billion-cubic-meter annual contract with the National Iranian Gas Company"
E(f, k, NIGC, BT, "trade_energy", "cooperation", "reported", *U, "energy;trade", "the running contract (background); 'expires in July 2026' dates its end, not the supply, so the row stays undated")
E(f, k, GZ, BT, "trade_energy", "cooperation", "reported", *U, "energy;trade", "'its contracts with Gazprom run out at the end of this year': the running contracts, undated as above")
k = "Iranian Oil Minister Mohsen Paknejad said last month that Iran wanted to extend"
E(f, k, I, TK, "trade_energy", "cooperation", "hypothetical", "2025-09", "month", "energy;trade", "quote-subject 'Iran wanted to extend the deal with Türkiye and was ready to raise volumes' (a wish: hypothetical); dated by the statement (dev4)")
C(f, k, "Mohsen Paknejad", "hopes", "", False, "Iran wants to extend and raise gas sales to Türkiye", "'wanted to extend' = hopes (seed 'hoped')")
k = "Moscow, however, is pushing its own plan, first floated by Russian President Vladimir Putin"
E(f, k, R, TK, "other", "neutral", "reported", *P, "energy;trade", "'pushing its own plan ... to turn Thrace into a hub' (a proposal to a third country = other/neutral, dev7_a); Thrace is in Türkiye, named in the sentence before; current: publication week")
E(f, k, "Vladimir Putin", TK, "other", "neutral", "reported", "2022-10", "month", "energy;trade", "'first floated by ... Putin in October 2022'")
k = "Iranian officials fear the hub would lock Iran out"
E(f, k, I, R, "criticism", "tension", "reported", *P, "energy;trade", "'fear' = perception, resolved to the state (dev4); the hub is Moscow's (sentence before)")
C(f, k, "diplomatic source", "asserts", "Cumhuriyet", True, "Iranian officials fear the Russian hub would lock Iran out", "'told Cumhuriyet'; unnamed; 'Iranian officials fear' has no speech verb, so they are not claimants")
k = "“The Russians speak of strategic partnership in Tehran, but in Ankara they negotiate against us,”"
E(f, k, R, I, "statement_support", "cooperation", "reported", *P, "diplomacy", "'The Russians speak of strategic partnership in Tehran' ('The Russians' = Russia); habitual, but stated as current complaint: publication week")
E(f, k, R, I, "other", "tension", "reported", *P, "energy;trade", "'in Ankara they negotiate against us' (us = Iran)")
E(f, k, R, TK, "other", "cooperation", "reported", *P, "energy;trade", "'in Ankara they negotiate' (ongoing negotiations = other/cooperation, heldout)")
E(f, k, "Iranian energy official", R, "accusation", "tension", "reported", *P, "energy;trade", "the official's own speech act accusing Russia of double dealing (group/description kept as actor1 for its own accusation, dev4)")
C(f, k, "Iranian energy official", "asserts", "", True, "Russia talks partnership in Tehran but negotiates against Iran in Ankara", "anonymous: hedged; no outlet named in this sentence: empty via")
k = "Russian Deputy Prime Minister Alexander Novak rejected talk of competition"
E(f, k, R, I, "other", "tension", "denied", *P, "energy;trade", "'rejected talk of competition' (denied rivalry); no date: publication week")
E(f, k, R, I, "other", "cooperation", "reported", *P, "energy", "quote-subject 'Russia and Iran \"coordinate closely\" on gas matters'; mutual")
C(f, k, "Alexander Novak", "denies", "TASS", False, "there is no Russia-Iran competition for gas markets", "about his own side: denies (dev4 'dismissed talk of a price war')")
C(f, k, "Alexander Novak", "asserts", "TASS", False, "Russia and Iran coordinate closely on gas", "second verb 'telling'; 'telling the TASS news agency' = via")
k = "Tehran's reliability has also been questioned in Ankara."
E(f, k, TK, I, "criticism", "tension", "reported", "2025", "year", "energy", "'questioned in Ankara' ('In Ankara' = Türkiye, dev7_b 'In Baku'); present perfect with no date: publication year. Passive with no speaker: no claim")
k = "Iran halted gas flows to Türkiye for ten days in January 2022"
E(f, k, I, TK, "trade_energy", "tension", "reported", "2022-01", "month", "energy;trade", "'halted gas flows ... in January 2022'")
C(f, k, I, "asserts", "", False, "the halt was caused by a technical failure", "'citing a technical failure': a speech act of Iran")
k = "Energy economist Selin Aydemir argued that the palace's energy diplomacy"
C(f, k, "Selin Aydemir", "asserts", "", False, "Ankara's energy diplomacy is driven by politics", "domestic: no event")
k = "“Ankara should use this rivalry to bargain for cheaper gas"
C(f, k, "Selin Aydemir", "hopes", "Cumhuriyet", False, "Ankara should bargain, not pick a side", "'should' = hopes (dev4); a recommendation with no stated act toward a named partner ('this rivalry' is a back-reference): no event")
k = "Russia and Iran still cooperate elsewhere."
E(f, k, R, I, "other", "cooperation", "reported", *U, "diplomacy", "ongoing cooperation (background state); mutual")
k = "Gazprom signed a memorandum with the National Iranian Gas Company in June 2024"
E(f, k, GZ, NIGC, "agreement", "cooperation", "reported", "2024-06", "month", "energy;trade", "'signed a memorandum ... in June 2024'; mutual")
E(f, k, GZ, I, "trade_energy", "cooperation", "planned", "2024-06", "month", "energy;trade", "'to supply Iran with gas via Azerbaijan' (content of the dated memorandum, dev7_a 700); Azerbaijan is the route, not an actor")
E(f, k, GZ, NIGC, "agreement", "cooperation", "denied", *P, "energy;trade", "'the two sides have yet to agree on a price' (negated agreement; publication week)")
C(f, k, "Iranian officials", "asserts", "", False, "no price has been agreed with Gazprom", "'according to Iranian officials': generic on-record officials, not hedged (dev2/dev4_b)")
k = "BOTAŞ declined to comment on the talks with Tehran and Moscow."
E(f, k, BT, I, "other", "cooperation", "reported", *P, "energy;trade", "'the talks with Tehran' are named in the sentence itself (dev7_a 700), ongoing negotiations = other/cooperation; 'declined to comment' is not a claim and gives no extra row")
E(f, k, BT, R, "other", "cooperation", "reported", *P, "energy;trade", "as above, with Moscow")
B(f, "Subscribe to Cumhuriyet on Google News")

# ====================================================================== 909 NPR
f = "909"
P = ("2025-09-29", "week")
UK, FR, DE, CN, JH = "United Kingdom", "France", "Germany", "China", "Jon Hadley"
actors(f, [
    (R, "RUS", "state"), (I, "IRN", "state"), ("United Nations", "", "organisation"),
    ("Leah Corbin", "USA", "person"), (JH, "USA", "person"), ("NPR", "USA", "media"),
    (UK, "GBR", "state"), (FR, "FRA", "state"), (DE, "DEU", "state"), (CN, "CHN", "state"),
    ("UN Security Council", "", "organisation"), ("Russian Foreign Ministry", "RUS", "government_body"),
    ("Iranian officials", "IRN", "person"), ("people in Tehran", "IRN", "person"), ("Rosatom", "RUS", "organisation"),
    ("Iranian company", "IRN", "organisation"), ("analysts", "", "person"), ("the West", "", "organisation"),
    ("Israel", "ISR", "state"), ("United States", "USA", "state"), ("Marco Rubio", "USA", "person"),
])
k = "United Nations sanctions on Iran snapped back into force over the weekend"
E(f, k, "United Nations", I, "sanction", "tension", "reported", "2025-09-27", "week", "nuclear;finance", "'snapped back into force over the weekend' (seed 'at the weekend' = the Saturday, week); UN sanctions = United Nations -> Iran (dev5_b). The date header is prefixed to the headline line, not to this sentence")
E(f, k, R, I, "statement_support", "cooperation", "reported", *P, "nuclear;diplomacy", "'Russia says it will not recognize them': non-recognition of UN sanctions on Iran with Iran named = statement_support/cooperation (dev5_b); present tense: publication week")
C(f, k, R, "disputes", "", False, "Russia will not recognize the restored UN sanctions", "rejecting another party's sanctions = disputes (dev5_b)")
k = "On Morning Edition, host Leah Corbin spoke with NPR's Jon Hadley"
# no rows: the interview is not an event (dev4 304); 'what Moscow can and cannot do for Tehran' is a topic
k = "Hadley said the sanctions returned on Sunday, a month after Britain, France and Germany triggered"
for c in (UK, FR, DE):
    E(f, k, c, I, "sanction", "tension", "reported", "2025-08", "month", "nuclear;diplomacy", "'triggered the so-called snapback mechanism' (sanction/tension per E3 country, dev5_b); 'a month after' Sunday 2025-09-28 = 2025-08, month (dev7 'three months after')")
for c in (UK, FR, DE):
    E(f, k, c, I, "accusation", "tension", "reported", "2025-08", "month", "nuclear", "'accusing Iran of failing to meet its commitments'; the accused act's object is the deal (a document), so no accused-act row (dev7_a)")
C(f, k, JH, "asserts", "NPR", False, "the sanctions returned on Sunday after the E3 trigger", "the correspondent speaking on the program: via NPR (the whole write-up reports the segment; dev3 217 correspondent). 'the sanctions returned on Sunday' is a bare back-reference (no participant in its clause): no new row")
for c in (UK, FR, DE):
    C(f, k, c, "asserts", "", False, "Iran failed to meet its nuclear-deal commitments", "'accusing': one claim per country (dev6_b 511)")
k = "Russia and China tried to delay the move, but their draft resolution won only four votes"
E(f, k, R, CN, "other", "cooperation", "reported", "2025-09", "month", "nuclear;diplomacy", "co-sponsoring a UN draft = other/cooperation (heldout); anchored to the month of the vote (heldout 102, dev7_b)")
E(f, k, "UN Security Council", R, "other", "tension", "reported", "2025-09-26", "day", "nuclear;diplomacy", "the council voting the draft down = other/tension toward each sponsor (heldout); 'on Friday' = 2025-09-26")
E(f, k, "UN Security Council", CN, "other", "tension", "reported", "2025-09-26", "day", "nuclear;diplomacy", "as above. No Russia/China -> Iran row for the attempted delay (dev7_b 707)")
k = "Russia's Foreign Ministry said in a statement on Sunday that it considered the restored sanctions null and void"
C(f, k, "Russian Foreign Ministry", "disputes", "", False, "the restored sanctions are null and void and will not be enforced", "Iran is named neither here nor in the sentence before: claim only (dev5_b Polyanskiy)")
k = "\"Moscow's message is that, legally, nothing has changed,\" Hadley told the program."
C(f, k, JH, "asserts", "NPR", False, "Moscow's message is that nothing has changed legally", "'told the program'; no participant besides Moscow: no event")
k = "Iran, for its part, recalled its ambassadors to Britain, France and Germany"
for c in (UK, FR, DE):
    E(f, k, I, c, "other", "tension", "reported", "2025-09-27", "day", "diplomacy", "recalling ambassadors for consultations = other/tension toward each host (dev5_b); 'on Saturday' = 2025-09-27")
k = "Hadley said Iranian officials had publicly thanked Moscow and Beijing"
E(f, k, "Iranian officials", R, "statement_support", "cooperation", "reported", *P, "diplomacy;nuclear", "'publicly thanked' (thanks = statement_support; group kept for its own speech act, dev7_a 705); known only through Hadley's current remark: publication week")
E(f, k, "Iranian officials", CN, "statement_support", "cooperation", "reported", *P, "diplomacy;nuclear", "as above")
E(f, k, I, R, "criticism", "tension", "reported", *P, "diplomacy", "'many ordinary Iranians were skeptical' (perception, resolved to Iran); coded toward Russia only, the subject of the segment and of the next sentence")
C(f, k, JH, "asserts", "NPR", False, "Iranian officials thanked Moscow and Beijing; ordinary Iranians are skeptical", "thanks are not claims (dev7_a)")
k = "\"People I talk to in Tehran say Russia votes for Iran at the U.N."
E(f, k, R, I, "statement_support", "cooperation", "reported", *U, "diplomacy", "'Russia votes for Iran at the U.N.' (habitual: background); the UN is a venue")
E(f, k, R, CN, "trade_energy", "cooperation", "reported", *U, "energy;trade", "'sells its own oil to ... customers in China' (habitual)")
E(f, k, R, I, "other", "tension", "reported", *U, "energy;trade", "selling to 'Iran's customers' = market rivalry (other/tension, dev2)")
E(f, k, I, CN, "trade_energy", "cooperation", "reported", *U, "energy;trade", "'Iran's customers in China' (Iran's ongoing sales)")
C(f, k, "people in Tehran", "asserts", "NPR", True, "Russia votes for Iran at the UN but takes its oil customers", "unnamed: hedged; relayed on the program")
C(f, k, JH, "asserts", "NPR", False, "people in Tehran say Russia takes Iran's customers", "'he said': the correspondent's own relay")
k = "He noted that Russia's state nuclear corporation Rosatom signed a $25 billion deal"
E(f, k, "Rosatom", "Iranian company", "agreement", "cooperation", "reported", "2025-09-26", "day", "nuclear;energy;trade", "'signed a $25 billion deal with an Iranian company on Friday' (the description is kept, dev5_b); building the reactors is the content of the deal, no separate row")
E(f, k, R, I, "trade_energy", "cooperation", "planned", *U, "trade;nuclear", "'Moscow intends to keep doing business' (with Iran, from the clause before); undated planned: empty (seed)")
C(f, k, JH, "asserts", "NPR", False, "Rosatom signed a $25bn reactor deal; Moscow will keep doing business", "'noted'")
k = "But analysts say Russian banks and shipping firms are likely to be cautious"
E(f, k, R, I, "other", "tension", "hypothetical", *P, "finance;trade", "'Russian banks and shipping firms are likely to be cautious' (resolved to Russia); trading with Iran named in the sentence; hypothetical with no date: publication week")
E(f, k, "the West", I, "sanction", "tension", "hypothetical", *P, "finance;trade", "'new grounds to penalize anyone trading with Iran' ('Western governments' = the West as event actor, dev7_b); 'the U.N. measures' is a bare back-reference: no new UN row")
C(f, k, "analysts", "asserts", "", True, "Russian banks and shippers will be cautious", "unnamed: hedged")
k = "Asked whether Russia might go further and send weapons, Hadley pointed out"
E(f, k, R, I, "aid", "cooperation", "denied", "2025-06", "month", "military;security", "'Moscow did not come to Iran's aid when ... in June' (negated; 'in June' = 2025-06); the question clause gets nothing (dev2 214)")
E(f, k, "Israel", I, "military_action", "tension", "reported", "2025-06", "month", "military;nuclear;middle_east", "'Israel and the United States struck Iranian nuclear sites in June'")
E(f, k, "United States", I, "military_action", "tension", "reported", "2025-06", "month", "military;nuclear;middle_east", "as above")
C(f, k, JH, "asserts", "NPR", False, "Russia did not come to Iran's aid in June", "'pointed out'")
k = "\"Tehran has learned that this partnership has limits,\" he said."
E(f, k, I, R, "criticism", "tension", "reported", *P, "diplomacy;security", "quote-subject 'Tehran has learned that this partnership has limits' (disappointment = criticism); the partner Russia is named in the sentence before")
C(f, k, JH, "asserts", "NPR", False, "the partnership with Russia has limits", "")
k = "Secretary of State Marco Rubio welcomed the return of the sanctions"
E(f, k, "Marco Rubio", "United Nations", "statement_support", "cooperation", "reported", *P, "nuclear;diplomacy", "'welcomed the return of the sanctions' (welcomed = statement_support toward the sanctioning body, the UN of the lead); no date expression: publication week")
E(f, k, I, "United States", "meeting", "cooperation", "hypothetical", *P, "nuclear;diplomacy", "content of the urging: 'to accept direct talks with Washington' (dev7_b: content of an urging is a hypothetical row); 'Iran's leaders' = Iran")
C(f, k, "Marco Rubio", "hopes", "", False, "Iran should accept direct talks with Washington", "'urged' = hopes; 'welcomed' alone is not a claim")
B(f, "Listen · 4:07")
B(f, "Copyright © 2025 NPR.")
B(f, "All rights reserved.")
B(f, "Visit our website terms of use and permissions pages at www.npr.org for further information.")

# ====================================================================== 910 Iran Front Page
f = "910"
P = ("2021-08-12", "week")
UK, MFA, LD, SS, ZF = "United Kingdom", "Iranian Foreign Ministry", "Levan Dzhagaryan", "Simon Shercliff", "Mohammad Javad Zarif"
actors(f, [
    (R, "RUS", "state"), (I, "IRN", "state"), (UK, "GBR", "state"), (MFA, "IRN", "government_body"),
    (LD, "RUS", "person"), (SS, "GBR", "person"), ("Joseph Stalin", "RUS", "person"),
    ("Winston Churchill", "GBR", "person"), ("Franklin D. Roosevelt", "USA", "person"),
    ("Iranian officials", "IRN", "person"), ("Iranian social media users", "IRN", "person"),
    (ZF, "IRN", "person"), ("Iranian Foreign Ministry spokesman", "IRN", "person"), ("IRNA", "IRN", "media"),
    ("Tasnim", "IRN", "media"), ("British embassy", "GBR", "government_body"), ("Jalal Rahimi", "IRN", "person"),
    ("Kayhan", "IRN", "media"), ("Ebrahim Raisi", "IRN", "person"), ("China", "CHN", "state"),
])
k = "Iran’s Foreign Ministry has summoned the ambassadors of Russia and the United Kingdom"
E(f, k, MFA, R, "criticism", "tension", "reported", *P, "diplomacy", "summons = one criticism row toward the envoy's state (dev4_b, dev7_b); the protest is folded in; 'has summoned' with no date expression: publication week")
E(f, k, MFA, UK, "criticism", "tension", "reported", *P, "diplomacy", "as above")
k = "Russian Ambassador Levan Dzhagaryan and British Ambassador Simon Shercliff posed on Wednesday"
E(f, k, LD, SS, "meeting", "cooperation", "reported", "2021-08-11", "day", "diplomacy", "'posed on Wednesday on the steps of the Russian embassy' together (mutual); the embassy is in Tehran, so no visit row")
for a, b in (("Joseph Stalin", "Winston Churchill"), ("Joseph Stalin", "Franklin D. Roosevelt"), ("Winston Churchill", "Franklin D. Roosevelt")):
    E(f, k, a, b, "meeting", "cooperation", "reported", "1943", "year", "diplomacy;security", "'Stalin, Churchill and Roosevelt at the Tehran Conference': one row per pair in text order (dev3 multi-party); no date of its own, anchored to the '1943 meeting' of the sentence before (year); Stalin resolved to RUS (predecessor state, dev4)")
for a in ("Joseph Stalin", "Winston Churchill", "Franklin D. Roosevelt"):
    E(f, k, a, I, "visit", "cooperation", "reported", "1943", "year", "diplomacy", "a summit in Tehran implies a visit for each foreign leader (dev3 217)")
k = "The image angered Iranian officials and social media users"
E(f, k, I, LD, "criticism", "tension", "reported", *P, "diplomacy", "'The image angered' (perception resolved to Iran, dev4); the image is the two envoys' (sentence before)")
E(f, k, I, SS, "criticism", "tension", "reported", *P, "diplomacy", "as above")
E(f, k, R, I, "military_action", "tension", "reported", "1941", "year", "military;security", "'the occupation of Iran by Soviet ... forces in 1941' (Soviet = Russia, predecessor state, dev4)")
E(f, k, UK, I, "military_action", "tension", "reported", "1941", "year", "military;security", "'... and British forces in 1941'")
C(f, k, "Iranian officials", "asserts", "", False, "the photo recalled the 1941 occupation of Iran", "'who said'; generic on-record officials: not hedged (dev4_b)")
C(f, k, "Iranian social media users", "asserts", "", True, "the photo recalled the 1941 occupation of Iran", "unnamed users: hedged (dev7_a)")
k = "Foreign Minister Mohammad Javad Zarif called the photo of the two ambassadors"
E(f, k, ZF, LD, "criticism", "tension", "reported", "2021-08-11", "day", "diplomacy", "'called the photo of the two ambassadors \"extremely inappropriate\"' ('the two ambassadors' = Dzhagaryan and Shercliff, definite description, heldout); 'on Wednesday'")
E(f, k, ZF, SS, "criticism", "tension", "reported", "2021-08-11", "day", "diplomacy", "as above")
C(f, k, ZF, "asserts", "", False, "the envoys' photo was extremely inappropriate", "a tweet: empty via (heldout 'post on X')")
k = "“Need I remind both that August 2021 is neither August 1941 nor December 1943,”"
E(f, k, ZF, LD, "criticism", "tension", "reported", *P, "diplomacy", "'Need I remind both' ('both' = the two ambassadors of the sentence before); quote-only rebuke with no date expression: publication week (strict seed rule)")
E(f, k, ZF, SS, "criticism", "tension", "reported", *P, "diplomacy", "as above")
C(f, k, ZF, "asserts", "", False, "August 2021 is neither August 1941 nor December 1943", "'Zarif wrote'")
k = "According to the ministry’s spokesman, the two ambassadors were summoned on Thursday"
E(f, k, MFA, R, "criticism", "tension", "reported", "2021-08-12", "day", "diplomacy", "repeated mention of the summons naming the participants ('the two ambassadors', the ministry) with its day: own row (dev4 repeated mentions); toward the envoy's state")
E(f, k, MFA, UK, "criticism", "tension", "reported", "2021-08-12", "day", "diplomacy", "as above")
C(f, k, "Iranian Foreign Ministry spokesman", "asserts", "", False, "the two ambassadors were summoned on Thursday", "unnamed but office-identified spokesman: not hedged (seed deputy foreign minister)")
C(f, k, "Iranian Foreign Ministry spokesman", "warns", "", False, "the Iranian nation will not tolerate disrespect to its sovereignty", "same verb, second stance (dev2): the warning given to the envoys")
k = "In a statement carried by IRNA, the ministry described the photo"
E(f, k, MFA, LD, "criticism", "tension", "reported", *P, "diplomacy", "'described the photo as \"a violation of diplomatic norms\"'; the photo's authors are 'the two ambassadors' of the sentence before; no date: publication week")
E(f, k, MFA, SS, "criticism", "tension", "reported", *P, "diplomacy", "as above")
C(f, k, MFA, "asserts", "IRNA", False, "the photo violated diplomatic norms", "'In a statement carried by IRNA' = via")
k = "Dzhagaryan later told the Tasnim news agency"
E(f, k, LD, I, "other", "tension", "denied", "2021", "year", "diplomacy", "'no intention of offending the feelings of the Iranian people' (denied offence; 'the Iranian people' = Iran); 'later' gives the year only (dev6_b)")
C(f, k, LD, "denies", "Tasnim", False, "he did not intend to offend Iranians", "about his own act: denies")
C(f, k, LD, "asserts", "Tasnim", False, "the photo marked the wartime alliance against Nazism", "same verb, second stance (dev2). The wartime alliance names no party: no event")
k = "The British embassy has not commented on the summons."
E(f, k, "British embassy", I, "other", "neutral", "denied", *P, "diplomacy", "failure to respond; the partner Iran is named in the sentence before ('the Iranian people') (dev7_a 701); not a claim")
k = "MP Jalal Rahimi said the Russian envoy should be expelled"
E(f, k, "Jalal Rahimi", LD, "criticism", "tension", "reported", *P, "diplomacy", "'calling the image \"an insult\"'; 'the Russian envoy' = Dzhagaryan")
E(f, k, I, LD, "other", "tension", "hypothetical", *P, "diplomacy", "content of the demand: expulsion of the envoy (dev7_b: content of an urging = hypothetical row); 'Several lawmakers went further' (sentence before) names no participant: no row")
C(f, k, "Jalal Rahimi", "hopes", "", False, "the Russian envoy should be expelled unless he apologizes", "'should' = hopes")
C(f, k, "Jalal Rahimi", "asserts", "", False, "the image is an insult friends do not commit", "second speech verb 'calling' (dev4)")
k = "Kayhan, the hardline daily, avoided criticizing Moscow"
E(f, k, "Kayhan", R, "criticism", "tension", "denied", *P, "diplomacy", "'avoided criticizing Moscow' (negated criticism, dev4_b); the outlet keeps its name for its own act (dev4_b)")
E(f, k, "Kayhan", SS, "accusation", "tension", "reported", *P, "diplomacy", "'blamed the British envoy for the episode' (= Shercliff)")
C(f, k, "Kayhan", "asserts", "Kayhan", False, "the British envoy is to blame for the photo episode", "the outlet is the source: claimant = via (dev4_b)")
k = "The incident comes as President Ebrahim Raisi, who took office last week"
E(f, k, "Ebrahim Raisi", R, "statement_support", "cooperation", "reported", "2021", "year", "diplomacy", "'has pledged to strengthen ties with Russia' (seed 'called for deeper ties' = statement_support); present-perfect speech act: publication year. Taking office is domestic: no row")
E(f, k, "Ebrahim Raisi", "China", "statement_support", "cooperation", "reported", "2021", "year", "diplomacy", "as above")
C(f, k, "Ebrahim Raisi", "asserts", "", False, "Iran will strengthen ties with Russia and China", "a pledge = statement of intent, asserts (dev7_b 'has promised')")
k = "Many Iranians nevertheless remain suspicious of Moscow"
E(f, k, I, R, "criticism", "tension", "reported", *U, "diplomacy", "'remain suspicious' (mistrust = criticism, dev3; 'Many Iranians' = Iran); ongoing: background")
E(f, k, R, I, "other", "tension", "reported", *U, "nuclear;energy", "'long delays in completing the Bushehr nuclear power plant' (delay = tension/reported, dev3); span, undated")
E(f, k, R, I, "arms_transfer", "tension", "reported", *U, "military", "'and in delivering the S-300 air defense system' (delay)")
B(f, "Follow IFP on Twitter and Telegram for the latest news from Iran")

# ====================================================================== 911 RUSI Commentary
f = "911"
P = ("2023-02-15", "week")
CN, GZ, NIOC = "China", "Gazprom", "National Iranian Oil Company"
actors(f, [
    (R, "RUS", "state"), (I, "IRN", "state"), ("the West", "", "organisation"), ("Ukraine", "UKR", "state"),
    ("media reports", "", "media"), ("Ukrainian officials", "UKR", "person"), ("Western officials", "", "person"),
    (CN, "CHN", "state"), ("European Union", "", "organisation"), ("traders", "", "person"), ("Reuters", "GBR", "media"),
    ("Javad Owji", "IRN", "person"), (GZ, "RUS", "organisation"), (NIOC, "IRN", "organisation"),
    ("Vladimir Putin", "RUS", "person"), ("Alexander Novak", "RUS", "person"), ("United Nations", "", "organisation"),
])
k = "Moscow and Tehran present a united front against Western sanctions"
E(f, k, R, I, "other", "cooperation", "reported", *U, "diplomacy;finance", "standfirst (no final punctuation, sentence-case summary) is body text (seed 002 dek, dev7_b rubric); 'present a united front' (background state); mutual")
E(f, k, "the West", R, "sanction", "tension", "reported", *U, "finance", "'Western sanctions' (background, seed 'isolated by Western sanctions')")
E(f, k, "the West", I, "sanction", "tension", "reported", *U, "finance", "as above")
E(f, k, R, I, "other", "tension", "reported", *U, "energy;trade", "'in China's oil market they are competitors' (rivalry = other/tension, background); the market is a venue")
k = "Since Russia’s full-scale invasion of Ukraine, the relationship between Moscow and Tehran"
E(f, k, R, "Ukraine", "military_action", "tension", "reported", *U, "ukraine_war;military", "'full-scale invasion' with no date (seed 004)")
E(f, k, R, I, "other", "cooperation", "reported", *U, "diplomacy;security", "'the relationship ... described as an emerging alliance' (since-phrase = background); mutual")
C(f, k, "media reports", "asserts", "", True, "the Russia-Iran relationship is an emerging alliance", "passive 'has often been described' with no agent: 'media reports', hedged (dev4 'It was reported')")
k = "Iran has supplied Russia with hundreds of Shahed-136 loitering munitions"
E(f, k, I, R, "arms_transfer", "cooperation", "reported", *U, "military;ukraine_war", "'has supplied ... hundreds of Shahed-136' (ongoing supply since 2022, no date expression: background)")
E(f, k, R, I, "arms_transfer", "cooperation", "planned", *U, "military", "'reported to have promised Su-35 fighter aircraft in return' (promise = planned, seed S-400 promise; undated)")
C(f, k, "Ukrainian officials", "asserts", "", True, "Iran has supplied hundreds of Shaheds to Russia", "'according to Ukrainian and Western officials': one row per group; unnamed officials hedged (heldout)")
C(f, k, "Western officials", "asserts", "", True, "Iran has supplied hundreds of Shaheds to Russia", "as above")
C(f, k, "media reports", "asserts", "", True, "Russia promised Su-35s in return", "'is reported to have': media reports, hedged (seed 'reportedly')")
k = "Yet in one area the two are plainly at odds"
E(f, k, R, I, "other", "tension", "reported", *U, "energy;trade", "'the two are plainly at odds' ('the two' = Moscow and Tehran, definite description); rivalry as a standing state: background. The author's voice: no claim (dev4 'This brief argues')")
k = "Until the EU embargo on Russian seaborne crude took effect on 5 December"
E(f, k, "European Union", R, "sanction", "tension", "reported", "2022-12-05", "day", "energy;finance", "'the EU embargo on Russian seaborne crude took effect on 5 December' (2022-12-05)")
E(f, k, I, CN, "trade_energy", "cooperation", "reported", *U, "energy;trade", "'Iran was the main supplier of cheap oil to China's independent \"teapot\" refineries' (past state; the refineries resolved to China, dev7_a 'Chinese refiners'); the 'Until' date bounds the state, it does not date an act: background")
k = "Since then, Russian cargoes have been offered to the same buyers"
E(f, k, R, CN, "trade_energy", "cooperation", "reported", *U, "energy;trade", "'Russian cargoes have been offered to the same buyers' (the Chinese refineries of the sentence before); 'Since then' = since-phrase, background (dev7_a)")
E(f, k, R, I, "other", "tension", "reported", *U, "energy;trade", "'forcing Iranian sellers to cut their prices' (market rivalry, dev2); background")
E(f, k, I, CN, "trade_energy", "cooperation", "reported", *U, "energy;trade", "the Iranian sellers' price cuts to the same Chinese buyers; background")
C(f, k, "traders", "asserts", "Reuters", True, "Russian crude discounts forced Iranian sellers to cut prices", "'according to traders cited by Reuters': claimant traders, via Reuters (heldout 'Reuters reported ..., citing')")
k = "Iranian officials have been reluctant to criticise Moscow in public."
E(f, k, I, R, "criticism", "tension", "denied", *P, "diplomacy;energy", "'reluctant to criticise Moscow' (negated criticism, dev4_b); not a speech act, so resolved to Iran; denied row with no date expression: publication week (heldout)")
k = "In private, however, Iranian diplomats reportedly resent"
E(f, k, I, R, "criticism", "tension", "reported", *P, "energy;trade", "'resent' (perception resolved to Iran, dev4); current: publication week")
E(f, k, R, I, "other", "tension", "reported", *P, "energy;trade", "'Russia ... is undercutting Iran in its most important market' (present progressive, current: publication week); OPEC+ is a venue, not an actor (dev4)")
C(f, k, "media reports", "asserts", "", True, "Iranian diplomats resent Russia undercutting Iran", "'reportedly' = media reports, hedged (seed)")
k = "Oil Minister Javad Owji insisted last month"
C(f, k, "Javad Owji", "asserts", "", False, "Iran's exports are at their highest since 2018 and no country can take its customers", "'insisted'; 'no country' names no partner: no event (dev7_a 'No partner, no row')")
k = "Moscow, for its part, has offered Tehran compensation of a sort."
E(f, k, R, I, "other", "cooperation", "reported", "2023", "year", "energy;trade", "'has offered Tehran compensation' (an offer = other/cooperation; not a claim); present perfect with no date: publication year (dev6_b)")
k = "Gazprom signed a memorandum worth up to $40 billion"
E(f, k, GZ, NIOC, "agreement", "cooperation", "reported", "2022-07", "month", "energy;trade", "'signed a memorandum ... in July 2022'; mutual")
E(f, k, "Vladimir Putin", I, "visit", "cooperation", "reported", "2022-07", "month", "diplomacy", "'during Vladimir Putin's visit to Tehran'; Tehran = Iran")
E(f, k, GZ, NIOC, "trade_energy", "cooperation", "denied", *P, "energy;trade", "'little of it has been implemented' (largely unimplemented = negated, publication week)")
k = "Russian Deputy Prime Minister Alexander Novak has since spoken of oil and gas swaps through Iran"
E(f, k, "Alexander Novak", I, "trade_energy", "cooperation", "hypothetical", "2023", "year", "energy;trade", "'spoken of oil and gas swaps through Iran' (the speaker is actor1, no explicit subject; 'has since' = publication year, heldout)")
E(f, k, R, I, "agreement", "cooperation", "denied", *P, "energy;trade", "'no contracts have been announced' (negated; the parties are the speaker's Russia and Iran of the same sentence; publication week)")
C(f, k, "Alexander Novak", "asserts", "", False, "oil and gas swaps through Iran are possible", "'has spoken of'")
k = "Russia took years to complete the Bushehr nuclear plant"
E(f, k, R, I, "other", "tension", "reported", *U, "nuclear;energy", "'took years to complete the Bushehr nuclear plant' (delay = tension/reported, dev3; span: undated); Iran is named later in the sentence")
E(f, k, R, I, "arms_transfer", "tension", "reported", "2010", "year", "military", "'froze the sale of S-300 systems to Iran in 2010' (dev3 'cancelled the contract' = tension)")
E(f, k, R, I, "sanction", "tension", "reported", "2010", "year", "nuclear;diplomacy", "'after voting for UN sanctions against it' (voter -> target, dev3 UN votes); anchored to the 2010 freeze")
E(f, k, "United Nations", I, "sanction", "tension", "reported", "2010", "year", "nuclear", "'UN sanctions against it' (dev3: coded in addition to the voter row)")
k = "Sanctions enforcement aimed at the shipping and insurance networks both countries rely on"
E(f, k, R, I, "other", "tension", "hypothetical", *P, "finance;trade", "'could widen the gap between them' ('both countries' = Russia and Iran, definite description); mutual; hypothetical with no date: publication week; the sanctioner is not named, so no sanction row. The recommendation is the author's voice: no claim")
B(f, "Eleanor Whitcombe")
B(f, "The views expressed in this Commentary are the author’s")
B(f, "Have an idea for a Commentary you’d like to write for us?")
B(f, "Send a short pitch to commentaries@rusi.org")
B(f, "Eleanor Whitcombe is a Research Fellow")


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
