#!/usr/bin/env python3
"""Hand annotation (gold) for dev5_a articles 400-405.

Run: python3 src/gold_src.py -> writes gold/{events,claims,actors,boilerplate}.csv.
Each row names its sentence by a key substring that must match exactly one sentence
(or line) of the article as kept in articles_src.py, so every quote is a whole sentence.
Actor countries come from one actor table per file, so they always agree with actors.csv."""

import csv
import os
import sys

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


R, I, RUS, IRN = "Russia", "Iran", "RUS", "IRN"

# ====================================================================== 400 AP
f = "400"
P = "2023-11-29"
actors(f, [
    ("Iran", "IRN", "state"),
    ("Russia", "RUS", "state"),
    ("Mahdi Farahi", "IRN", "person"),
    ("Tasnim", "IRN", "media"),
    ("Iranian lawmakers", "IRN", "person"),
    ("Shahriar Heydari", "IRN", "person"),
    ("Iranian state television", "IRN", "media"),
    ("United States", "USA", "state"),
    ("Ukraine", "UKR", "state"),
    ("the West", "", "state"),
    ("analysts", "", "person"),
    ("Kaveh Sadeghi", "IRN", "person"),
    ("Israel", "ISR", "state"),
    ("Gulf Arab states", "", "state"),
    ("Western officials", "", "person"),
    ("Gulf Cooperation Council", "", "organisation"),
    ("Iranian Foreign Ministry", "IRN", "government_body"),
])
k = "Iran has finalized a deal to buy Russian Su-35"
E(f, k, I, R, "agreement", "cooperation", "reported", "2023-11-28", "day", "military;security", "finalized a deal to buy Russian Su-35s; dated by 'said Tuesday' (statement date); dateline belongs to the sentence")
E(f, k, R, I, "arms_transfer", "cooperation", "planned", "", "unknown", "military", "the jets are to be delivered; 'gave no timetable': undated planned")
C(f, k, "Mahdi Farahi", "asserts", "", False, "Iran finalized Su-35 purchase from Russia", "'a senior defense official said Tuesday' = Farahi (named in the next sentence); definite description")
C(f, k, "Iranian lawmakers", "asserts", "", True, "Su-35s would arrive (said nearly a year ago)", "'Iranian lawmakers first said would arrive'; unnamed group")
k = "arrangements had also been completed for Mi-28"
E(f, k, R, I, "arms_transfer", "cooperation", "planned", "2023-11-28", "day", "military", "arrangements completed for Mi-28s and Yak-130s to join Iran's forces; Russian types, Russia from the sentence before; planned content of the Tuesday statement")
C(f, k, "Mahdi Farahi", "asserts", "Tasnim", False, "arrangements completed for Mi-28 and Yak-130", "'told the semiofficial Tasnim news agency'")
k = "There was no immediate comment from Moscow"
E(f, k, R, I, "other", "neutral", "denied", P, "week", "diplomacy", "'no immediate comment from Moscow' (dev2 205 coding); Iran named in the sentence")
E(f, k, R, I, "arms_transfer", "cooperation", "reported", "", "unknown", "military", "'its arms sales to Iran'; habitual")
k = "In January, Shahriar Heydari"
E(f, k, R, I, "arms_transfer", "cooperation", "planned", "2023-03", "month", "military", "first Russian Su-35s 'would arrive in Iran by the end of March'")
C(f, k, "Shahriar Heydari", "asserts", "", False, "first Su-35s to arrive by end of March", "said in January (2023-01)")
k = "Two Russian-built Yak-130 trainers arrived"
E(f, k, R, I, "arms_transfer", "cooperation", "reported", "2023-09", "month", "military", "Yak-130s arrived in September; 'Russian-built' names Russia; Iran from the sentence context (Iranian state television)")
C(f, k, "Iranian state television", "asserts", "Iranian state television", False, "two Yak-130 trainers arrived in September", "the broadcaster is the source")
k = "Iran's air force still relies largely"
E(f, k, "United States", I, "arms_transfer", "cooperation", "reported", "", "unknown", "military", "American-made F-14s and F-4s bought before 1979; no date of its own")
E(f, k, I, R, "other", "cooperation", "reported", "", "unknown", "military", "'has long sought modern fighters from Moscow' (request); background")
k = "The two countries have drawn closer since"
E(f, k, R, I, "other", "cooperation", "reported", "", "unknown", "diplomacy", "'have drawn closer since ...'; background; mutual")
E(f, k, R, "Ukraine", "military_action", "tension", "reported", "2022-02", "month", "ukraine_war;military", "full-scale invasion in February 2022")
E(f, k, "the West", R, "sanction", "tension", "reported", "", "unknown", "finance", "'both are under heavy Western sanctions'; background")
E(f, k, "the West", I, "sanction", "tension", "reported", "", "unknown", "finance", "'both are under heavy Western sanctions'; background")
k = "The United States and Ukraine accuse Iran"
E(f, k, "United States", I, "accusation", "tension", "reported", P, "week", "military;ukraine_war", "accuse Iran of supplying Russia")
E(f, k, "Ukraine", I, "accusation", "tension", "reported", P, "week", "military;ukraine_war", "accuse Iran of supplying Russia")
E(f, k, I, R, "arms_transfer", "cooperation", "reported", "", "unknown", "military;ukraine_war", "Shahed drones supplied (accused act); ongoing")
E(f, k, R, "Ukraine", "military_action", "tension", "reported", "", "unknown", "military;ukraine_war", "drones 'that have pounded Ukrainian cities'; Russia uses them; ongoing")
C(f, k, "United States", "asserts", "", False, "Iran supplies Russia with Shahed drones", "'accuse'")
C(f, k, "Ukraine", "asserts", "", False, "Iran supplies Russia with Shahed drones", "'accuse'")
k = "Tehran acknowledged last year"
E(f, k, I, R, "arms_transfer", "cooperation", "reported", "2022", "year", "military", "small number of drones sent; dated by 'acknowledged last year' (statement date)")
C(f, k, I, "asserts", "", False, "Iran sent a small number of drones to Russia", "'acknowledged'; minimises")
C(f, k, I, "denies", "", False, "drones were shipped before the war", "second speech verb 'insists', rebutting the accusation about Iran itself")
k = "Analysts say Moscow, which needs every warplane"
E(f, k, R, I, "arms_transfer", "cooperation", "hypothetical", P, "week", "military", "'may be reluctant to part with the jets'; Iran from the sentence before; hypothetical with no date = publication week")
C(f, k, "analysts", "asserts", "", True, "Moscow may be reluctant to part with the jets", "unnamed analysts")
k = "The Russians have promised Iran these planes"
E(f, k, R, I, "arms_transfer", "cooperation", "planned", "", "unknown", "military", "quote subject 'The Russians' promised Iran the planes 'for years'; background")
E(f, k, R, I, "arms_transfer", "tension", "reported", "", "unknown", "military", "'every year there is a new excuse' = repeated delays (dev4: delays are arms_transfer/tension); background")
E(f, k, "Kaveh Sadeghi", R, "criticism", "tension", "reported", P, "week", "military", "analyst's own critical remark")
C(f, k, "Kaveh Sadeghi", "asserts", "", False, "Russia keeps promising the planes with new excuses", "quote with speaker after it; named analyst")
k = "Moscow has also been wary of upsetting Israel"
E(f, k, R, "Israel", "other", "cooperation", "reported", "", "unknown", "diplomacy", "wary of upsetting Israel (relationship); background")
E(f, k, R, "Gulf Arab states", "other", "cooperation", "reported", "", "unknown", "diplomacy", "wary of upsetting Gulf Arab states; background")
E(f, k, "Israel", R, "other", "neutral", "reported", "", "unknown", "military;diplomacy", "'have urged it not to sell advanced weapons to Tehran' (urging); background")
E(f, k, "Gulf Arab states", R, "other", "neutral", "reported", "", "unknown", "military;diplomacy", "'have urged it not to sell advanced weapons to Tehran' (urging); background")
C(f, k, "Western officials", "asserts", "", True, "Israel and Gulf states urged Russia not to arm Iran", "'according to Western officials'; unnamed")
k = "Relations hit a bump in July"
E(f, k, I, R, "criticism", "tension", "reported", "2023-07", "month", "diplomacy", "summoned Russia's envoy (summons = criticism toward the envoy's state)")
E(f, k, R, "Gulf Cooperation Council", "agreement", "cooperation", "reported", "2023-07", "month", "diplomacy;security", "joint statement Moscow signed with the GCC")
E(f, k, R, I, "other", "tension", "reported", "2023-07", "month", "diplomacy;security", "statement 'questioned Iran's sovereignty' over the islands")
E(f, k, "Gulf Cooperation Council", I, "other", "tension", "reported", "2023-07", "month", "diplomacy;security", "statement 'questioned Iran's sovereignty' over the islands")
C(f, k, R, "asserts", "", False, "Iran's sovereignty over the three islands questioned", "joint statement: one row per issuer")
C(f, k, "Gulf Cooperation Council", "asserts", "", False, "Iran's sovereignty over the three islands questioned", "joint statement: one row per issuer")
k = "Iran's Foreign Ministry said at the time"
C(f, k, "Iranian Foreign Ministry", "disputes", "", False, "islands an eternal part of Iranian territory", "rebuts the joint statement (another party's document); no event: no partner named in this sentence")
B(f, "Associated Press writer Elena Markova")

# ====================================================================== 401 Tehran Times
f = "401"
P = "2024-10-24"
actors(f, [
    ("Masoud Pezeshkian", "IRN", "person"),
    ("Vladimir Putin", "RUS", "person"),
    ("Iran", "IRN", "state"),
    ("Russia", "RUS", "state"),
    ("Abbas Araghchi", "IRN", "person"),
    ("BRICS", "", "organisation"),
    ("United States", "USA", "state"),
    ("Israel", "ISR", "state"),
    ("the West", "", "state"),
    ("Iranian presidential office", "IRN", "government_body"),
    ("Sergey Lavrov", "RUS", "person"),
    ("Azerbaijan", "AZE", "state"),
    ("Alexey Dedov", "RUS", "person"),
    ("Armenia", "ARM", "state"),
    ("Xi Jinping", "CHN", "person"),
    ("Narendra Modi", "IND", "person"),
    ("Tehran Times", "IRN", "media"),
    ("Hossein Mousavi", "IRN", "person"),
])
k = "President Masoud Pezeshkian and his Russian counterpart Vladimir Putin met on Wednesday"
E(f, k, "Masoud Pezeshkian", "Vladimir Putin", "meeting", "cooperation", "reported", "2024-10-23", "day", "diplomacy", "met on Wednesday in Kazan; mutual; dateline belongs to the sentence")
E(f, k, "Masoud Pezeshkian", R, "visit", "cooperation", "reported", "2024-10-23", "day", "diplomacy", "meeting in Kazan implies a visit to Russia (heldout: Kazan is coded as a visit)")
E(f, k, "Masoud Pezeshkian", "Vladimir Putin", "statement_support", "cooperation", "reported", "2024-10-23", "day", "diplomacy", "'stressing' (both leaders): one row per side")
E(f, k, "Vladimir Putin", "Masoud Pezeshkian", "statement_support", "cooperation", "reported", "2024-10-23", "day", "diplomacy", "'stressing' (both leaders): one row per side")
E(f, k, I, R, "other", "cooperation", "reported", "2024-10-23", "day", "diplomacy", "'relations between Tehran and Moscow have entered a new stage'; content of the Wednesday statement; mutual")
C(f, k, "Masoud Pezeshkian", "asserts", "", False, "Iran-Russia relations entered a new stage", "'stressing' by both: one row per claimant")
C(f, k, "Vladimir Putin", "asserts", "", False, "Iran-Russia relations entered a new stage", "'stressing' by both: one row per claimant")
k = "who arrived in Kazan on Tuesday"
E(f, k, "Masoud Pezeshkian", R, "visit", "cooperation", "reported", "2024-10-22", "day", "diplomacy", "arrived in Kazan on Tuesday")
E(f, k, "Abbas Araghchi", R, "visit", "cooperation", "reported", "2024-10-22", "day", "diplomacy", "member of the arriving delegation")
E(f, k, "Masoud Pezeshkian", "BRICS", "meeting", "cooperation", "reported", "2024-10-22", "day", "diplomacy", "attending the BRICS summit; chained to the arrival clause")
E(f, k, I, "BRICS", "other", "cooperation", "reported", "2024-01", "month", "diplomacy", "became a full member of BRICS in January")
k = "It was his second meeting with the Russian president"
E(f, k, "Masoud Pezeshkian", "Vladimir Putin", "meeting", "cooperation", "reported", P, "week", "diplomacy", "'his second meeting with the Russian president': repeated mention naming both (definite description); no date expression of its own")
E(f, k, "Masoud Pezeshkian", "Vladimir Putin", "meeting", "cooperation", "reported", "2024-10-11", "day", "diplomacy", "talks in Ashgabat on October 11 (third country, no visit row)")
k = "Describing Iran as “a close friend"
E(f, k, "Vladimir Putin", I, "statement_support", "cooperation", "reported", P, "week", "diplomacy", "'a close friend and a strategic partner'")
E(f, k, R, I, "other", "cooperation", "reported", "", "unknown", "diplomacy", "treaty 'being drafted by the two sides': ongoing negotiation; mutual")
E(f, k, R, I, "agreement", "cooperation", "hypothetical", "2024", "year", "diplomacy", "'could be signed soon' (seed: soon = year)")
C(f, k, "Vladimir Putin", "asserts", "", False, "Iran a close friend; treaty almost ready", "")
k = "The Iranian president, for his part, called the ties"
E(f, k, "Masoud Pezeshkian", R, "statement_support", "cooperation", "reported", P, "week", "diplomacy", "called the ties 'strategic and sincere'")
E(f, k, I, R, "other", "cooperation", "planned", "", "unknown", "transport;trade", "determined to complete joint projects incl. Rasht-Astara; undated planned")
C(f, k, "Masoud Pezeshkian", "asserts", "", False, "ties strategic and sincere", "'called'")
C(f, k, "Masoud Pezeshkian", "asserts", "", False, "Iran determined to complete joint projects incl. Rasht-Astara", "second speech verb 'said'")
k = "He also stressed that cooperation within BRICS"
E(f, k, "Masoud Pezeshkian", "United States", "criticism", "tension", "reported", P, "week", "diplomacy", "'the unilateralism of the United States'")
E(f, k, "BRICS", "United States", "other", "tension", "hypothetical", P, "week", "diplomacy;finance", "BRICS cooperation 'could help member states resist' the US; hypothetical, publication week")
C(f, k, "Masoud Pezeshkian", "asserts", "", False, "BRICS cooperation can counter US unilateralism and sanctions", "'stressed'; 'sanctions' has no sanctioner named: no sanction row")
k = "Pezeshkian strongly condemned the crimes"
E(f, k, "Masoud Pezeshkian", "Israel", "criticism", "tension", "reported", P, "week", "middle_east", "condemned the crimes of 'the Zionist regime' (= Israel); Gaza and Lebanon are locations")
E(f, k, "Masoud Pezeshkian", "the West", "criticism", "tension", "reported", P, "week", "middle_east", "criticized Western governments (= the West)")
E(f, k, "the West", "Israel", "arms_transfer", "cooperation", "reported", "", "unknown", "military;middle_east", "'supplying Tel Aviv with weapons' (Tel Aviv = Israel); ongoing")
C(f, k, "Masoud Pezeshkian", "asserts", "", False, "Israel commits crimes in Gaza and Lebanon", "'condemned'")
C(f, k, "Masoud Pezeshkian", "asserts", "", False, "Western governments arm Israel", "second speech verb 'criticized'")
k = "The two presidents also discussed developments"
E(f, k, "Masoud Pezeshkian", "Vladimir Putin", "meeting", "cooperation", "reported", P, "week", "diplomacy", "'The two presidents also discussed': definite description; no date expression")
C(f, k, "Iranian presidential office", "asserts", "", False, "presidents discussed the South Caucasus", "'according to a statement released by the Iranian presidential office'")
k = "Tehran has repeatedly warned against any change"
E(f, k, I, R, "criticism", "tension", "reported", "2024-09", "month", "diplomacy;security", "last month summoned the Russian ambassador")
E(f, k, "Sergey Lavrov", "Azerbaijan", "statement_support", "cooperation", "reported", "2024-09", "month", "diplomacy;transport", "remarks 'seen ... as backing Azerbaijan's demand' for the corridor")
E(f, k, I, "Sergey Lavrov", "criticism", "tension", "reported", "2024-09", "month", "diplomacy", "remarks 'were seen in Iran as backing' (perception, dev3: criticism)")
C(f, k, I, "warns", "", False, "no change to recognized borders in the South Caucasus", "'has repeatedly warned'; no event (no partner named for the warning)")
k = "Moscow later assured Tehran"
E(f, k, R, I, "statement_support", "cooperation", "reported", "2024-09", "month", "diplomacy", "'assured Tehran' its position had not changed; 'later': anchored to the September episode")
E(f, k, "Alexey Dedov", "Armenia", "statement_support", "cooperation", "reported", "2024-09", "month", "diplomacy;security", "Russia respects Armenia's territorial integrity; anchored to the episode")
C(f, k, R, "asserts", "", False, "Russia's position on the South Caucasus unchanged", "'assured'")
C(f, k, "Alexey Dedov", "asserts", "", False, "Russia respects Armenia's territorial integrity", "'told reporters'")
k = "Also on Wednesday, Pezeshkian held talks"
E(f, k, "Masoud Pezeshkian", "Xi Jinping", "meeting", "cooperation", "reported", "2024-10-23", "day", "diplomacy", "sidelines talks")
E(f, k, "Masoud Pezeshkian", "Narendra Modi", "meeting", "cooperation", "reported", "2024-10-23", "day", "diplomacy", "sidelines talks")
k = "Speaking to the Tehran Times, political analyst"
E(f, k, "the West", I, "other", "tension", "reported", "", "unknown", "diplomacy", "'Western efforts to isolate the Islamic Republic'; ongoing")
C(f, k, "Hossein Mousavi", "asserts", "Tehran Times", False, "Western efforts to isolate Iran failed", "'Speaking to the Tehran Times'")
k = "Russia has realized that it needs Iran"
E(f, k, R, I, "other", "cooperation", "reported", "", "unknown", "diplomacy", "mutual need (quote subject Russia); background; mutual")
E(f, k, R, I, "agreement", "cooperation", "planned", "", "unknown", "diplomacy", "'the upcoming treaty'; undated planned")
C(f, k, "Hossein Mousavi", "asserts", "Tehran Times", False, "Russia needs Iran as much as Iran needs Russia", "via carried: same statement")
C(f, k, "Hossein Mousavi", "asserts", "Tehran Times", False, "treaty will institutionalize the partnership", "second speech verb 'adding'")

# ====================================================================== 402 Kommersant
f = "402"
P = "2025-04-09"
actors(f, [
    ("Russia", "RUS", "state"),
    ("Iran", "IRN", "state"),
    ("Kommersant", "RUS", "media"),
    ("sources familiar with the project", "", "person"),
    ("Farzaneh Sadegh", "IRN", "person"),
    ("Russian contractors", "RUS", "organisation"),
    ("Russian federal official", "RUS", "person"),
    ("Iranian Railways", "IRN", "organisation"),
    ("Russian Railways", "RUS", "organisation"),
    ("Alexei Overchuk", "RUS", "person"),
    ("India", "IND", "state"),
    ("members of the Majlis", "IRN", "person"),
    ("ILNA", "IRN", "media"),
    ("Kommersant's interlocutors", "RUS", "person"),
    ("Vladimir Putin", "RUS", "person"),
    ("Masoud Pezeshkian", "IRN", "person"),
    ("Federal Customs Service", "RUS", "government_body"),
])
k = "The start of construction of the Rasht–Astara railway"
E(f, k, R, I, "other", "cooperation", "reported", "", "unknown", "finance;transport", "'which Russia has undertaken to co-finance'; background")
C(f, k, "Kommersant", "asserts", "Kommersant", False, "Rasht-Astara construction postponed again", "'Kommersant has learned': the outlet is the source; the postponement names no participant: no event")
k = "Moscow and Tehran have still not agreed on the final cost"
E(f, k, R, I, "agreement", "cooperation", "denied", P, "week", "finance;transport", "'have still not agreed on the final cost' (negated)")
C(f, k, "sources familiar with the project", "asserts", "Kommersant", True, "no agreement on the cost or overruns", "'told Kommersant'; anonymous")
k = "Under the intergovernmental agreement signed in May 2023"
E(f, k, R, I, "agreement", "cooperation", "reported", "2023-05", "month", "transport;finance", "intergovernmental agreement signed in May 2023; mutual")
E(f, k, R, I, "other", "cooperation", "planned", "", "unknown", "finance;transport", "'Russia is to provide Iran with a state loan of EUR 1.3 billion'; undated planned")
k = "The money was to be released in tranches"
E(f, k, R, I, "other", "cooperation", "planned", "", "unknown", "finance;transport", "tranches to be released after 'the Iranian side' completes land acquisition; Russia from the sentence before")
k = "Tehran maintains that this stage"
C(f, k, I, "asserts", "", False, "land acquisition all but finished", "'maintains'; no event: no partner interaction")
k = "Farzaneh Sadegh said in March"
E(f, k, "Farzaneh Sadegh", "Russian contractors", "other", "neutral", "reported", "2025-03", "month", "transport", "'called on Russian contractors' (urging = other/neutral)")
C(f, k, "Farzaneh Sadegh", "asserts", "", False, "more than 90% of the land acquired", "'said in March'")
C(f, k, "Farzaneh Sadegh", "hopes", "", False, "Russian contractors should start construction", "second speech verb 'called on'")
k = "The Russian side sees the situation differently."
E(f, k, R, I, "other", "tension", "reported", P, "week", "transport;finance", "disagreement ('sees the situation differently'); Iran from the sentence before")
k = "A federal official told Kommersant that the updated estimate"
E(f, k, "Iranian Railways", R, "other", "neutral", "reported", "2024", "year", "transport;finance", "estimate 'submitted to Moscow by Iranian Railways at the end of last year'")
C(f, k, "Russian federal official", "asserts", "Kommersant", True, "Iranian estimate exceeded the original by almost 40%", "unnamed official")
k = "We are not going to finance someone else"
E(f, k, R, I, "other", "cooperation", "denied", P, "week", "finance", "quote subject 'We' = Russia; 'not going to finance someone else's appetites' (refusal = denied); Iran from the sentence before (Iranian Railways' estimate)")
E(f, k, R, I, "other", "tension", "reported", P, "week", "finance", "Moscow 'wants an independent audit' (negotiating position, dev4: other/tension)")
C(f, k, "Russian federal official", "asserts", "Kommersant", True, "Russia will not finance inflated costs", "via carried: same statement")
C(f, k, "Russian federal official", "hopes", "Kommersant", True, "independent audit of the figures", "second speech verb 'adding'; a demand = hopes")
k = "Russian Railways, which is to take part"
E(f, k, "Russian Railways", I, "other", "cooperation", "planned", "", "unknown", "transport", "to take part in designing and building the line in Iran; 'declined to comment' is not a claim")
k = "Deputy Prime Minister Alexei Overchuk"
E(f, k, R, I, "agreement", "cooperation", "planned", "2025-03-31", "week", "transport", "'the parties were at the final stage of agreeing' (definite description); dated by 'said last week'; 'work could begin' names no participant")
C(f, k, "Alexei Overchuk", "asserts", "", False, "final stage of agreeing engineering contract; work could begin this year", "one speech verb")
k = "The Rasht–Astara section is the missing link"
E(f, k, R, "India", "trade_energy", "cooperation", "planned", "", "unknown", "transport;trade", "corridor 'is to connect Russian ports ... with India'; Azerbaijan and Iran are transit ('via'): no rows")
k = "Several members of the Majlis have accused Moscow"
E(f, k, "members of the Majlis", R, "accusation", "tension", "reported", "2025-04-07", "day", "transport", "accused Moscow of dragging its feet; dated by 'reported on Monday'")
E(f, k, R, I, "other", "tension", "reported", "2025-04-07", "day", "transport", "the accused act: dragging its feet on the railway; Iran named in the sentence")
C(f, k, "members of the Majlis", "asserts", "ILNA", True, "Moscow dragging its feet", "'accused'; unnamed MPs; via ILNA")
C(f, k, "members of the Majlis", "asserts", "ILNA", True, "Iran already spent its own funds on land", "second speech verb 'noting'")
k = "Kommersant’s interlocutors in Moscow"
C(f, k, "Kommersant's interlocutors", "asserts", "Kommersant", True, "sanctions risk and bank transfers slowed the loan", "'point to'; anonymous; no event: 'in Moscow' is their location and neither lender nor borrower is named")
k = "The railway was among the issues discussed by Vladimir Putin"
E(f, k, "Vladimir Putin", "Masoud Pezeshkian", "meeting", "cooperation", "reported", "2025-01", "month", "diplomacy;transport", "talks in Moscow in January; mutual")
E(f, k, "Masoud Pezeshkian", R, "visit", "cooperation", "reported", "2025-01", "month", "diplomacy", "talks in Moscow imply visit")
E(f, k, "Vladimir Putin", "Masoud Pezeshkian", "agreement", "cooperation", "reported", "2025-01", "month", "diplomacy", "the two leaders signed the treaty ('when' = January)")
k = "At the time, the Russian president called the project"
C(f, k, "Vladimir Putin", "asserts", "", False, "railway of truly global significance", "'the Russian president' = Putin; no partner named: no event")
k = "Russian-Iranian trade grew by just 3.4%"
E(f, k, R, I, "trade_energy", "cooperation", "reported", "2024", "year", "trade", "bilateral trade last year; mutual")
C(f, k, "Federal Customs Service", "asserts", "", False, "trade grew 3.4% to $4.8 billion in 2024", "named data source")

# ====================================================================== 403 Kyiv Independent
f = "403"
P = "2025-01-09"
actors(f, [
    ("Behrouz Esbati", "IRN", "person"),
    ("Russia", "RUS", "state"),
    ("Iran", "IRN", "state"),
    ("Israel", "ISR", "state"),
    ("Iranian media", "IRN", "media"),
    ("Kremlin", "RUS", "government_body"),
    ("Ukraine", "UKR", "state"),
    ("Syria", "SYR", "state"),
    ("Hayat Tahrir al-Sham", "", "armed_group"),
    ("Bashar al-Assad", "SYR", "person"),
    ("the West", "", "state"),
    ("Heorhii Tykhyi", "UKR", "person"),
    ("Kyiv Independent", "UKR", "media"),
    ("Vladimir Putin", "RUS", "person"),
    ("Masoud Pezeshkian", "IRN", "person"),
    ("Andrei Rudenko", "RUS", "person"),
    ("North Korea", "PRK", "state"),
])
k = "A senior Iranian general has accused Russia"
E(f, k, "Behrouz Esbati", R, "accusation", "tension", "reported", "2025-01-06", "week", "diplomacy;military;middle_east", "'A senior Iranian general' = Esbati (named next sentence); dated by 'published ... this week'")
E(f, k, R, I, "other", "tension", "reported", "", "unknown", "military;middle_east", "accused act: deceiving Tehran during the war in Syria; no date expression")
E(f, k, R, I, "aid", "cooperation", "denied", "2024-10", "month", "military;middle_east", "accused act: 'standing aside when Israel struck Iran in October' (no help)")
E(f, k, "Israel", I, "military_action", "tension", "reported", "2024-10", "month", "military;middle_east", "Israel struck Iran in October")
C(f, k, "Behrouz Esbati", "asserts", "Iranian media", False, "Russia deceived Iran in Syria and stood aside in October", "'according to a leaked recording ... published by Iranian media'")
k = "Brig. Gen. Behrouz Esbati, who oversaw"
E(f, k, "Behrouz Esbati", R, "accusation", "tension", "reported", "2024-12-31", "day", "military;middle_east", "told a Tehran audience on Dec. 31 that Russian jets bombed open fields")
C(f, k, "Behrouz Esbati", "asserts", "", False, "Russian jets claimed to strike militants but bombed open fields", "'told an audience'")
k = "He also alleged that Russian forces had switched off"
E(f, k, "Behrouz Esbati", R, "accusation", "tension", "reported", P, "week", "military;middle_east", "'alleged'; no date expression (strict publication-week rule)")
E(f, k, R, "Israel", "other", "cooperation", "reported", "", "unknown", "military;middle_east", "switched off radars while Israeli jets struck (alleged); undated past")
E(f, k, I, R, "other", "cooperation", "reported", "", "unknown", "military", "'Iranian requests for help' (request = other); undated")
E(f, k, R, I, "aid", "cooperation", "denied", P, "week", "military", "'Moscow had rebuffed' the requests (refusal = denied); no date expression")
C(f, k, "Behrouz Esbati", "asserts", "", False, "Russia switched off radars and rebuffed Iranian requests", "'alleged'")
k = "Esbati’s remarks, made less than a month after"
E(f, k, R, I, "criticism", "tension", "reported", "", "unknown", "diplomacy", "'mistrust between Moscow and Tehran' (perception = criticism); state; mutual")
E(f, k, R, I, "other", "cooperation", "reported", "", "unknown", "military", "'have deepened their military cooperation since ...'; background; mutual")
E(f, k, R, "Ukraine", "military_action", "tension", "reported", "", "unknown", "ukraine_war;military", "full-scale invasion, no date (seed 004)")
k = "Both Russia and Iran had propped up"
E(f, k, R, "Syria", "aid", "cooperation", "reported", "", "unknown", "military;middle_east", "'propped up Assad's regime for years' (regime = Syria, dev4); background")
E(f, k, I, "Syria", "aid", "cooperation", "reported", "", "unknown", "military;middle_east", "'propped up Assad's regime for years'; background")
E(f, k, "Hayat Tahrir al-Sham", "Syria", "military_action", "tension", "reported", "2024-12-08", "day", "military;middle_east", "rebels led by HTS seized Damascus on Dec. 8")
k = "Assad fled to Moscow, where the Kremlin granted him asylum."
E(f, k, "Bashar al-Assad", R, "visit", "neutral", "reported", "2024-12", "month", "diplomacy", "'fled to Moscow'; past narrative anchored to the December episode")
E(f, k, "Kremlin", "Bashar al-Assad", "other", "cooperation", "reported", "2024-12", "month", "diplomacy;humanitarian", "granted asylum; anchored to the December episode")
k = "Since 2022, Iran has supplied Russia"
E(f, k, I, R, "arms_transfer", "cooperation", "reported", "", "unknown", "military;ukraine_war", "thousands of Shahed-type drones 'Since 2022'; background")
E(f, k, I, R, "other", "cooperation", "reported", "", "unknown", "military", "Moscow produces the drones 'under license' (Iranian licence); ongoing")
E(f, k, I, R, "arms_transfer", "cooperation", "reported", "", "unknown", "military;ukraine_war", "'along with artillery ammunition'; background")
k = "Western governments said in September"
E(f, k, "the West", I, "accusation", "tension", "reported", "2024-09", "month", "military;ukraine_war", "'Western governments said' Tehran delivered missiles (X said wrongdoing by Y = accusation)")
E(f, k, I, R, "arms_transfer", "cooperation", "reported", "2024-09", "month", "military;ukraine_war", "Fath-360 missiles delivered; dated by the September statement; Russia from the sentence before")
E(f, k, I, R, "arms_transfer", "cooperation", "denied", P, "week", "military;ukraine_war", "'a claim Iran denies': denied row, publication week")
E(f, k, I, "the West", "denial", "tension", "reported", P, "week", "military;ukraine_war", "Iran rejects the Western account (dev3 denial type)")
C(f, k, "the West", "asserts", "", False, "Iran delivered Fath-360 missiles to Russia", "'Western governments said'")
C(f, k, I, "denies", "", False, "Iran did not send missiles", "'a claim Iran denies'")
k = "Heorhii Tykhyi said the general"
E(f, k, "Heorhii Tykhyi", R, "criticism", "tension", "reported", P, "week", "diplomacy", "'Russia betrays everyone who trusts it'")
C(f, k, "Heorhii Tykhyi", "asserts", "", False, "Russia betrays everyone who trusts it", "")
k = "Tehran should draw its own conclusions"
E(f, k, "Heorhii Tykhyi", I, "other", "neutral", "reported", P, "week", "diplomacy", "'Tehran should draw its own conclusions' (urging = other/neutral)")
E(f, k, "Kremlin", I, "agreement", "cooperation", "planned", "", "unknown", "diplomacy", "'before the Kremlin signs yet another document' with Tehran; undated planned")
C(f, k, "Heorhii Tykhyi", "hopes", "Kyiv Independent", False, "Tehran should draw conclusions before signing", "'should' = hopes; 'he told the Kyiv Independent'")
k = "are scheduled to sign a comprehensive strategic partnership treaty"
E(f, k, "Vladimir Putin", "Masoud Pezeshkian", "agreement", "cooperation", "planned", "2025-01-17", "day", "diplomacy", "scheduled signing on Jan. 17; mutual")
E(f, k, "Vladimir Putin", "Masoud Pezeshkian", "meeting", "cooperation", "planned", "2025-01-17", "day", "diplomacy", "joint signing implies a meeting (heldout treaty-signing rule)")
E(f, k, "Masoud Pezeshkian", R, "visit", "cooperation", "planned", "2025-01-17", "day", "diplomacy", "signing in Moscow implies a visit")
k = "Andrei Rudenko has said the treaty"
E(f, k, R, "North Korea", "agreement", "cooperation", "reported", "2024", "year", "security;military", "'Moscow's 2024 pact with North Korea'; the clause about the Iran treaty names no participant (heldout Rudenko rule)")
C(f, k, "Andrei Rudenko", "asserts", "", False, "treaty will contain no mutual defense clause", "'has said'")
k = "Ukraine stripped the Iranian ambassador"
E(f, k, "Ukraine", I, "other", "tension", "reported", "2022-09", "month", "diplomacy;ukraine_war", "stripped the Iranian ambassador of accreditation (downgrade of relations)")
E(f, k, "Ukraine", I, "other", "neutral", "reported", "", "unknown", "diplomacy;ukraine_war", "'has repeatedly urged Tehran' (urging); background")
E(f, k, I, R, "arms_transfer", "cooperation", "reported", "", "unknown", "military;ukraine_war", "'stop arming Russia' presupposes ongoing arming; background")
C(f, k, "Ukraine", "hopes", "", False, "Iran should stop arming Russia", "'urged' = hopes")
B(f, "Read also: Ukraine war latest")
B(f, "We’ve been working hard")
B(f, "Consider supporting the Kyiv Independent.")

# ====================================================================== 404 Hindustan Times
f = "404"
P = "2024-05-15"
actors(f, [
    ("India", "IND", "state"),
    ("Iran", "IRN", "state"),
    ("Afghanistan", "AFG", "state"),
    ("Russia", "RUS", "state"),
    ("India Ports Global Limited", "IND", "organisation"),
    ("Ports and Maritime Organisation", "IRN", "government_body"),
    ("Sarbananda Sonowal", "IND", "person"),
    ("people aware of the matter", "", "person"),
    ("Vedant Patel", "USA", "person"),
    ("S Jaishankar", "IND", "person"),
    ("United States", "USA", "state"),
    ("Vortexa", "GBR", "organisation"),
    ("China", "CHN", "state"),
    ("traders", "", "person"),
    ("Iranian oil official", "IRN", "person"),
    ("Hindustan Times", "IND", "media"),
    ("Russian officials", "RUS", "government_body"),
    ("Indian officials", "IND", "government_body"),
])
k = "India on Monday signed a 10-year agreement"
E(f, k, "India", I, "agreement", "cooperation", "reported", "2024-05-13", "day", "transport;trade", "10-year Chabahar terminal agreement on Monday")
E(f, k, "India", "Afghanistan", "trade_energy", "cooperation", "hypothetical", P, "week", "transport;trade", "deal New Delhi 'hopes will open a trade route'; hypothetical, publication week; Central Asia is a region")
E(f, k, "India", R, "trade_energy", "cooperation", "hypothetical", P, "week", "transport;trade", "trade route 'eventually' to Russia; hypothetical")
k = "The contract was signed in Tehran by India Ports Global"
E(f, k, "India Ports Global Limited", "Ports and Maritime Organisation", "agreement", "cooperation", "reported", P, "week", "transport;trade", "signed the contract; no date expression in this sentence (strict rule)")
E(f, k, "Sarbananda Sonowal", I, "visit", "cooperation", "reported", P, "week", "diplomacy", "present at the signing in Tehran")
E(f, k, "Sarbananda Sonowal", I, "statement_support", "cooperation", "reported", P, "week", "diplomacy", "'historic moment' for ties")
E(f, k, "India", I, "other", "cooperation", "reported", "", "unknown", "diplomacy", "'ties between the two countries'; background; mutual")
C(f, k, "Sarbananda Sonowal", "asserts", "", False, "a historic moment for India-Iran ties", "'described it as'")
k = "Under the contract, IPGL will invest"
E(f, k, "India Ports Global Limited", I, "other", "cooperation", "planned", "", "unknown", "finance;transport", "IPGL will invest about $120 million; Iran from the sentence before (Iran's Ports and Maritime Organisation)")
E(f, k, "India", I, "other", "cooperation", "reported", P, "week", "finance;transport", "India offered a $250 million credit line")
C(f, k, "people aware of the matter", "asserts", "", True, "$120m investment and $250m credit line", "anonymous")
k = "Hours later, US State Department deputy spokesperson"
E(f, k, "Vedant Patel", "India", "other", "tension", "reported", "2024-05-13", "day", "finance;diplomacy", "sanctions warning (threat = other/tension); 'Hours later' = Monday; India from the sentences before")
C(f, k, "Vedant Patel", "warns", "", False, "business deals with Iran risk US sanctions", "'warned'")
k = "External affairs minister S Jaishankar on Tuesday"
E(f, k, "S Jaishankar", "United States", "other", "neutral", "reported", "2024-05-14", "day", "diplomacy", "'urged Washington' (urging = other/neutral)")
C(f, k, "S Jaishankar", "hopes", "", False, "US should not take a narrow view of Chabahar", "'urged'")
C(f, k, "S Jaishankar", "asserts", "", False, "Chabahar benefits the whole region incl. Afghanistan", "second speech verb 'arguing'")
k = "He noted that the US itself had at one time"
E(f, k, "United States", "India", "statement_support", "cooperation", "reported", "", "unknown", "diplomacy;transport", "the US 'had at one time appreciated Chabahar's relevance'; undated past; India clear from Jaishankar")
C(f, k, "S Jaishankar", "asserts", "", False, "the US once appreciated Chabahar's relevance", "'noted'")
k = "Chabahar is meant to be a key node"
E(f, k, "India", I, "agreement", "cooperation", "reported", "2000", "year", "transport;trade", "INSTC agreed in 2000: one row per pair, in text order")
E(f, k, "India", R, "agreement", "cooperation", "reported", "2000", "year", "transport;trade", "INSTC agreed in 2000")
E(f, k, I, R, "agreement", "cooperation", "reported", "2000", "year", "transport;trade", "INSTC agreed in 2000")
k = "But the corridor’s western arm still lacks"
E(f, k, R, I, "agreement", "cooperation", "reported", "2023", "year", "finance;transport", "'Moscow agreed last year to help finance' with a loan to Tehran")
k = "Russia and Iran, meanwhile, have become rivals"
E(f, k, R, I, "other", "tension", "reported", "", "unknown", "trade;energy", "rivals in the oil market; present-perfect state = background; mutual")
k = "India stopped buying Iranian crude in May 2019"
E(f, k, "India", I, "trade_energy", "cooperation", "denied", "2019-05", "month", "energy;trade", "stopped buying Iranian crude (ended measure = denied)")
E(f, k, "United States", "India", "other", "tension", "reported", "2019-05", "month", "energy;finance", "Washington ended the waivers")
E(f, k, "United States", I, "sanction", "tension", "reported", "", "unknown", "energy;finance", "'despite US sanctions'; background")
E(f, k, R, "India", "trade_energy", "cooperation", "reported", "", "unknown", "energy;trade", "'since 2022' biggest buyer of Russian oil; background")
k = "Russian barrels made up nearly 40%"
E(f, k, R, "India", "trade_energy", "cooperation", "reported", "2023", "year", "energy;trade", "share of India's crude imports last year")
C(f, k, "Vortexa", "asserts", "", False, "Russian oil nearly 40% of India's imports in 2023", "named firm")
k = "In China, the last big market for Iranian oil"
E(f, k, I, "China", "trade_energy", "cooperation", "reported", "", "unknown", "energy;trade", "China the last big market for Iranian oil; ongoing")
E(f, k, R, "China", "trade_energy", "cooperation", "reported", "", "unknown", "energy;trade", "discounted Russian crude sold to Chinese refineries; ongoing")
E(f, k, R, I, "other", "tension", "reported", "", "unknown", "energy;trade", "'squeezing Iranian cargoes out' (market rivalry); ongoing")
C(f, k, "traders", "asserts", "", True, "Russian crude squeezing Iranian cargoes in China", "'traders say'")
k = "An Iranian oil official, speaking on condition"
E(f, k, "Iranian oil official", R, "criticism", "tension", "reported", P, "week", "energy;trade", "called it 'unfair competition' from Russia (own speech act, the description is kept)")
E(f, k, I, "China", "trade_energy", "cooperation", "reported", "", "unknown", "energy;trade", "forced to deepen discounts (to Chinese buyers, China from the sentence before); undated")
E(f, k, R, I, "other", "tension", "reported", "", "unknown", "energy;trade", "competition from Russia; ongoing")
C(f, k, "Iranian oil official", "asserts", "Hindustan Times", True, "unfair Russian competition forced deeper discounts", "'told HT'; anonymous")
k = "Russian officials have dismissed talk of a rivalry"
E(f, k, R, I, "other", "tension", "denied", P, "week", "energy;trade", "'dismissed talk of a rivalry' (rejected report = denied row)")
E(f, k, R, I, "other", "cooperation", "reported", "", "unknown", "energy", "'coordinate their output policies within OPEC+'; habitual; OPEC+ is a venue")
C(f, k, "Russian officials", "denies", "", False, "no Russia-Iran oil rivalry", "'dismissed talk' about its own side")
C(f, k, "Russian officials", "asserts", "", False, "Moscow and Tehran coordinate within OPEC+", "second speech verb 'saying'")
k = "Indian officials said the government would continue"
E(f, k, "India", "United States", "other", "cooperation", "reported", "", "unknown", "diplomacy", "'its relations with Washington'; background")
E(f, k, "India", R, "other", "cooperation", "reported", "", "unknown", "diplomacy", "'its relations with ... Moscow'; background")
E(f, k, "India", I, "other", "cooperation", "reported", "", "unknown", "diplomacy", "'its relations with ... Tehran'; background")
C(f, k, "Indian officials", "asserts", "", False, "India balances ties; Chabahar not aimed at a third country", "one speech verb")

# ====================================================================== 405 FP essay
f = "405"
P = "2025-10-15"
actors(f, [
    ("Russia", "RUS", "state"),
    ("Iran", "IRN", "state"),
    ("Vladimir Putin", "RUS", "person"),
    ("Masoud Pezeshkian", "IRN", "person"),
    ("Israel", "ISR", "state"),
    ("United States", "USA", "state"),
    ("China", "CHN", "state"),
    ("UN Security Council", "", "organisation"),
    ("United Kingdom", "GBR", "state"),
    ("France", "FRA", "state"),
    ("Germany", "DEU", "state"),
    ("the West", "", "state"),
    ("Iranian officials", "IRN", "government_body"),
    ("Gulf Arab governments", "", "state"),
    ("United Arab Emirates", "ARE", "state"),
    ("Sergei Lavrov", "RUS", "person"),
    ("Azerbaijan", "AZE", "state"),
    ("Armenia", "ARM", "state"),
    ("Ali Akbar Velayati", "IRN", "person"),
    ("Donald Trump", "USA", "person"),
    ("Ukraine", "UKR", "state"),
    ("former Iranian diplomat", "IRN", "person"),
])
k = "Moscow offers Tehran diplomatic cover"
E(f, k, R, I, "statement_support", "cooperation", "reported", "", "unknown", "diplomacy", "dek (no final punctuation) is body text; 'offers Tehran diplomatic cover': habitual")
k = "On Jan. 17, Russian President Vladimir Putin"
E(f, k, "Vladimir Putin", "Masoud Pezeshkian", "agreement", "cooperation", "reported", "2025-01-17", "day", "diplomacy", "treaty signed in the Kremlin; mutual")
E(f, k, "Vladimir Putin", "Masoud Pezeshkian", "meeting", "cooperation", "reported", "2025-01-17", "day", "diplomacy", "joint signing in the Kremlin implies a meeting")
E(f, k, "Masoud Pezeshkian", R, "visit", "cooperation", "reported", "2025-01-17", "day", "diplomacy", "signing in the Kremlin implies a visit")
E(f, k, R, I, "statement_support", "cooperation", "reported", "2025-01-17", "day", "diplomacy", "'both sides hailed': one row per side")
E(f, k, I, R, "statement_support", "cooperation", "reported", "2025-01-17", "day", "diplomacy", "'both sides hailed': one row per side")
C(f, k, R, "asserts", "", False, "treaty the start of a new era", "'both sides hailed ... as': one row per side")
C(f, k, I, "asserts", "", False, "treaty the start of a new era", "'both sides hailed ... as': one row per side")
k = "When Israel and then the United States struck"
E(f, k, "Israel", I, "military_action", "tension", "reported", "2025-06", "month", "military;nuclear;middle_east", "struck Iran's nuclear sites in June")
E(f, k, "United States", I, "military_action", "tension", "reported", "2025-06", "month", "military;nuclear;middle_east", "struck Iran's nuclear sites in June")
E(f, k, R, "Israel", "criticism", "tension", "reported", "2025-06", "month", "middle_east", "condemned the attacks (no claim row, heldout)")
E(f, k, R, "United States", "criticism", "tension", "reported", "2025-06", "month", "middle_east", "condemned the attacks")
E(f, k, R, I, "arms_transfer", "cooperation", "denied", "2025-06", "month", "military", "'sent no weapons' (negated); sentence date")
k = "Putin later remarked that Tehran had shown little interest"
E(f, k, I, R, "other", "cooperation", "denied", "2025-06", "month", "military", "'shown little interest' in the offer (negated); 'later': anchored to the June episode")
E(f, k, R, I, "other", "cooperation", "reported", "", "unknown", "military", "'an earlier Russian offer' of air-defense help; undated")
C(f, k, "Vladimir Putin", "asserts", "", False, "Iran showed little interest in Russian air-defense offer", "'remarked'")
k = "Last month, a Russian-Chinese draft resolution"
E(f, k, R, "China", "other", "cooperation", "reported", "2025-09", "month", "diplomacy;nuclear", "co-sponsored draft; mutual")
E(f, k, R, I, "other", "cooperation", "reported", "2025-09", "month", "diplomacy;nuclear", "draft to postpone UN sanctions on Iran")
E(f, k, "China", I, "other", "cooperation", "reported", "2025-09", "month", "diplomacy;nuclear", "draft to postpone UN sanctions on Iran")
E(f, k, "UN Security Council", R, "other", "tension", "reported", "2025-09", "month", "diplomacy;nuclear", "draft won only four votes (voted down); 'Last month'")
E(f, k, "UN Security Council", "China", "other", "tension", "reported", "2025-09", "month", "diplomacy;nuclear", "draft won only four votes (voted down)")
E(f, k, "UN Security Council", I, "sanction", "tension", "reported", "2025-09-28", "day", "nuclear;finance", "sanctions snapped back on Sept. 28")
k = "Moscow called the snapback, triggered in August"
E(f, k, "United Kingdom", I, "sanction", "tension", "reported", "2025-08", "month", "nuclear;diplomacy", "triggered the snapback in August (E3: one row per country)")
E(f, k, "France", I, "sanction", "tension", "reported", "2025-08", "month", "nuclear;diplomacy", "triggered the snapback in August")
E(f, k, "Germany", I, "sanction", "tension", "reported", "2025-08", "month", "nuclear;diplomacy", "triggered the snapback in August")
E(f, k, R, "United Kingdom", "criticism", "tension", "reported", "2025-09", "month", "nuclear;diplomacy", "called the E3 snapback legally void; past narrative anchored to the September episode")
E(f, k, R, "France", "criticism", "tension", "reported", "2025-09", "month", "nuclear;diplomacy", "called the E3 snapback legally void")
E(f, k, R, "Germany", "criticism", "tension", "reported", "2025-09", "month", "nuclear;diplomacy", "called the E3 snapback legally void")
E(f, k, R, "UN Security Council", "other", "tension", "reported", "2025-09", "month", "nuclear;diplomacy", "will not enforce the restored measures (heldout 102 coding); UNSC from the sentence before")
C(f, k, R, "disputes", "", False, "snapback legally void", "'called': rejects another party's act")
C(f, k, R, "asserts", "", False, "Russia will not enforce restored UN sanctions", "second speech verb 'said'")
k = "That is the kind of help Tehran can count on"
E(f, k, R, I, "statement_support", "cooperation", "reported", "", "unknown", "diplomacy", "'words and votes, never risk'; habitual")
k = "Russia signed a contract in 2007"
E(f, k, R, I, "agreement", "cooperation", "reported", "2007", "year", "military", "S-300 contract in 2007")
E(f, k, R, I, "other", "tension", "reported", "2010", "year", "military", "froze the contract in 2010 (dev3: cancelled contract = other/tension)")
E(f, k, "the West", R, "other", "tension", "reported", "2010", "year", "military;diplomacy", "'under Western pressure'")
E(f, k, R, I, "arms_transfer", "cooperation", "reported", "2016", "year", "military", "delivered the batteries only in 2016")
E(f, k, I, R, "other", "tension", "reported", "2010", "year", "military", "'taken Moscow to court in Geneva'; no date of its own, anchored to the freeze episode (dev3 anchored the lawsuit to 2010)")
k = "Iran’s purchase of Su-35 fighters, announced"
E(f, k, I, R, "other", "cooperation", "reported", "2023", "year", "military", "purchase of Su-35s announced in 2023 (statement date); seller Russia = 'Moscow' in the sentence before (implicit partner)")
E(f, k, R, I, "arms_transfer", "cooperation", "denied", P, "week", "military", "'has yet to yield a single jet' (negated); the 2023 date belongs to the announcement")
C(f, k, "Iranian officials", "asserts", "", False, "Iran bought Su-35s", "'announced by Iranian officials in 2023'")
k = "Meanwhile, Moscow has kept up its deconfliction"
E(f, k, R, "Israel", "other", "cooperation", "reported", "", "unknown", "military;middle_east", "deconfliction with Israel over Syria; background")
E(f, k, R, "Gulf Arab governments", "agreement", "cooperation", "reported", "2023", "year", "diplomacy;security", "joint statements in 2023")
E(f, k, R, "Gulf Arab governments", "agreement", "cooperation", "reported", "2024", "year", "diplomacy;security", "'and again in 2024'")
E(f, k, R, I, "other", "tension", "reported", "2023", "year", "diplomacy;security", "statements 'questioned Iran's sovereignty' (2023)")
E(f, k, R, I, "other", "tension", "reported", "2024", "year", "diplomacy;security", "statements 'questioned Iran's sovereignty' (2024)")
E(f, k, "Gulf Arab governments", I, "other", "tension", "reported", "2023", "year", "diplomacy;security", "statements questioned Iran's sovereignty (2023)")
E(f, k, "Gulf Arab governments", I, "other", "tension", "reported", "2024", "year", "diplomacy;security", "statements questioned Iran's sovereignty (2024)")
E(f, k, "United Arab Emirates", I, "other", "tension", "reported", "", "unknown", "security", "islands 'claimed by the United Arab Emirates'; background")
C(f, k, R, "asserts", "", False, "Iran's sovereignty over the islands questioned", "endorsed joint statements: one row per issuer")
C(f, k, "Gulf Arab governments", "asserts", "", False, "Iran's sovereignty over the islands questioned", "joint statements: one row per issuer")
k = "In September 2024, Tehran summoned Russia’s ambassador"
E(f, k, I, R, "criticism", "tension", "reported", "2024-09", "month", "diplomacy", "summoned Russia's ambassador")
E(f, k, "Sergei Lavrov", "Azerbaijan", "statement_support", "cooperation", "reported", "2024-09", "month", "diplomacy;transport", "'appeared to back Azerbaijan's demand'")
E(f, k, "Azerbaijan", "Armenia", "other", "tension", "reported", "", "unknown", "transport;security", "Azerbaijan's demand for a corridor across southern Armenia; background")
k = "When Armenia and Azerbaijan initialed a U.S.-brokered"
E(f, k, "Armenia", "Azerbaijan", "agreement", "cooperation", "reported", "2025-08", "month", "diplomacy;security", "initialed the peace deal in August; mutual")
E(f, k, "United States", "Armenia", "other", "cooperation", "reported", "2025-08", "month", "diplomacy", "US-brokered (broker rows, dev4)")
E(f, k, "United States", "Azerbaijan", "other", "cooperation", "reported", "2025-08", "month", "diplomacy", "US-brokered")
E(f, k, "Armenia", "United States", "visit", "cooperation", "reported", "2025-08", "month", "diplomacy", "initialed 'at the White House'")
E(f, k, "Azerbaijan", "United States", "visit", "cooperation", "reported", "2025-08", "month", "diplomacy", "initialed 'at the White House'")
E(f, k, "Ali Akbar Velayati", "United States", "other", "tension", "reported", "2025-08", "month", "security;transport", "threat: route to become 'a graveyard for Trump's mercenaries'; 'Moscow offered only muted comment' names no partner")
C(f, k, "Ali Akbar Velayati", "warns", "", False, "the route will be a graveyard for Trump's mercenaries", "'vowed' (threat)")
k = "Even in energy, the two partners are rivals."
E(f, k, R, I, "other", "tension", "reported", "", "unknown", "energy;trade", "'the two partners are rivals'; state; mutual")
k = "Since 2022, discounted Russian crude has crowded"
E(f, k, R, I, "other", "tension", "reported", "", "unknown", "energy;trade", "crowded Iranian oil out of China; 'Since 2022': background")
E(f, k, R, "China", "trade_energy", "cooperation", "reported", "", "unknown", "energy;trade", "Russian crude sold in China; background")
E(f, k, I, "China", "trade_energy", "cooperation", "reported", "", "unknown", "energy;trade", "Iranian oil in the Chinese market; background")
E(f, k, R, I, "other", "cooperation", "planned", "2023", "year", "finance;transport", "loan pledged in 2023 (planned content of a dated pledge)")
k = "Iranian drones and missiles have helped Russia"
E(f, k, I, R, "arms_transfer", "cooperation", "reported", "", "unknown", "military;ukraine_war", "drones and missiles; background")
E(f, k, R, "Ukraine", "military_action", "tension", "reported", "", "unknown", "ukraine_war;military", "'its war against Ukraine'; ongoing")
E(f, k, R, I, "statement_support", "cooperation", "reported", "", "unknown", "nuclear;diplomacy", "shielded Iran at the IAEA board (a venue); 'since 2022': background")
E(f, k, R, "the West", "other", "tension", "reported", "", "unknown", "nuclear;diplomacy", "voting against every Western censure resolution; background")
E(f, k, "the West", I, "criticism", "tension", "reported", "", "unknown", "nuclear", "Western censure resolutions against Iran; background")
k = "But as a former Iranian diplomat told me"
E(f, k, R, I, "statement_support", "cooperation", "reported", "2024", "year", "diplomacy", "quote subject 'The Russians' stand with 'us' (Iran); dated by 'told me ... last year'")
C(f, k, "former Iranian diplomat", "asserts", "", True, "Russia stands with Iran only until it costs something", "anonymous; the author is not a via")
B(f, "Laleh Farzan is a senior fellow")


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
    from collections import Counter
    ce, cc, ca, cb = (Counter(r[0][:3] for r in X) for X in
                      (EVENTS, CLAIMS, [[fn] for fn, d in ACTORS.items() for _ in d], BOILER))
    for f in sorted(FILES):
        print(f, "events", ce[f], "claims", cc[f], "actors", ca[f], "boilerplate", cb[f])
    print("total", len(EVENTS), len(CLAIMS), sum(ca.values()), len(BOILER))


if __name__ == "__main__":
    main()
