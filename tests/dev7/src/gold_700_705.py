#!/usr/bin/env python3
"""Hand annotation (gold) for dev7_a articles 700-705.

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

# ====================================================================== 700 Financial Times
f = "700"
P = "2025-02-05"
LW = "2025-01-27"  # 'last week' = Monday of the previous week
GZ = "Gazprom"
PU = "Vladimir Putin"
PZ = "Masoud Pezeshkian"
PB = "people briefed on the discussions"
actors(f, [
    (R, "RUS", "state"),
    (I, "IRN", "state"),
    ("people familiar with the matter", "", "person"),
    ("Ukraine", "UKR", "state"),
    (GZ, "RUS", "organisation"),
    ("Uzbekistan", "UZB", "state"),
    ("Kazakhstan", "KAZ", "state"),
    (PB, "", "person"),
    ("National Iranian Gas Company", "IRN", "organisation"),
    (PZ, "IRN", "person"),
    (PU, "RUS", "person"),
    ("Mohsen Paknejad", "IRN", "person"),
    ("Iranian state television", "IRN", "media"),
    ("Turkey", "TUR", "state"),
    ("Turkish officials", "TUR", "person"),
    ("China", "CHN", "state"),
    ("European Union", "", "organisation"),
    ("traders", "", "person"),
    ("Alexander Novak", "RUS", "person"),
    ("Leila Sadr", "GBR", "person"),
    ("Caspian Energy Advisers", "GBR", "organisation"),
])
k = "Russia’s plan to pipe gas to Iran has stalled over price"
E(f, k, R, I, "trade_energy", "cooperation", "planned", "", "unknown", "energy;trade", "'Russia's plan to pipe gas to Iran' (planned supply, no date of its own: empty, seed/dev4)")
E(f, k, R, I, "other", "tension", "reported", P, "week", "energy;trade", "'has stalled over price' (price dispute = negotiating positions, other/tension, dev4); current news: publication week")
E(f, k, R, I, "agreement", "cooperation", "reported", "2025-01", "month", "diplomacy;security", "'a partnership that Moscow and Tehran sealed with a strategic treaty only last month' (last month = 2025-01); mutual; no place given, so no meeting/visit rows here")
C(f, k, "people familiar with the matter", "asserts", "", True, "Russian gas supply plan to Iran stalled over price", "'according to people familiar with the matter': unnamed")
k = "The two countries have drawn closer since Russia’s invasion of Ukraine"
E(f, k, R, I, "other", "cooperation", "reported", "", "unknown", "diplomacy", "'have drawn closer since ...' (relationship state; since-phrase = background, seed); 'The two countries' = Russia and Iran; mutual")
E(f, k, R, "Ukraine", "military_action", "tension", "reported", "", "unknown", "ukraine_war;military", "'Russia's invasion of Ukraine' with no date (seed 004)")
E(f, k, I, R, "arms_transfer", "cooperation", "reported", "", "unknown", "military;ukraine_war", "'Moscow relying on Iranian-designed Shahed drones'; ongoing")
E(f, k, I, R, "other", "cooperation", "reported", "", "unknown", "military", "'Tehran seeking Russian fighter jets and air defences' (request = other, heldout); ongoing")
k = "At talks in Tehran last week, Iranian negotiators pressed"
E(f, k, I, GZ, "meeting", "cooperation", "reported", LW, "week", "energy;trade", "'At talks in Tehran last week' between the Iranian negotiators and Gazprom; 'Iranian negotiators' resolved to Iran (event actor, dev2/dev4_b); mutual")
E(f, k, GZ, I, "visit", "cooperation", "reported", LW, "week", "energy;trade", "talks in Tehran imply the Gazprom side's visit (seed 'talks in the Kremlin imply visit')")
E(f, k, I, GZ, "other", "tension", "reported", LW, "week", "energy;trade", "'pressed for a price well below ...' (negotiating position, dev4); chained to the talks, so it shares their date")
E(f, k, GZ, I, "trade_energy", "cooperation", "denied", LW, "week", "energy;trade", "'refused to go below a level it considers commercially viable' (refusal = negated concession, dev4); 'the Russian state-controlled group' = Gazprom; chained to the talks")
E(f, k, GZ, "Uzbekistan", "trade_energy", "cooperation", "reported", "", "unknown", "energy;trade", "'what Gazprom charges Uzbekistan' (ongoing supply)")
E(f, k, GZ, "Kazakhstan", "trade_energy", "cooperation", "reported", "", "unknown", "energy;trade", "as above")
C(f, k, PB, "asserts", "", True, "Iran pressed for a low price, Gazprom refused to go below a viable level", "'said two people briefed on the discussions': unnamed; the talks are named in the sentence itself, not only in the source description, so they get rows (cf. dev4)")
k = "“The two sides are still far apart,”"
E(f, k, I, GZ, "other", "tension", "reported", P, "week", "energy;trade", "'The two sides' = the Iranian negotiators and Gazprom of the sentence before; mutual; current state, no date expression: publication week")
C(f, k, PB, "asserts", "", True, "the two sides are far apart", "'said one of the people': same group of unnamed sources")
k = "“Tehran wants gas at a discount that Gazprom regards as a subsidy.”"
E(f, k, I, GZ, "other", "tension", "reported", P, "week", "energy;trade", "quote-only sentence; quote subject 'Tehran' (negotiating position)")
E(f, k, GZ, I, "other", "tension", "reported", P, "week", "energy;trade", "'that Gazprom regards as a subsidy' (Gazprom's position on Iran's demand)")
C(f, k, PB, "asserts", "", True, "Tehran wants a discount Gazprom sees as a subsidy", "quote-only sentence continuing the unnamed source")
k = "Gazprom and the National Iranian Gas Company signed a memorandum last June"
E(f, k, GZ, "National Iranian Gas Company", "agreement", "cooperation", "reported", "2024-06", "month", "energy;trade", "'signed a memorandum last June' (2024-06); mutual")
E(f, k, R, I, "trade_energy", "cooperation", "hypothetical", "2024-06", "month", "energy;trade", "'under which Russia could eventually supply up to 55bn cubic metres a year' ('could' = hypothetical); content of the dated memorandum takes its date (dev4)")
k = "After signing the treaty with Iranian president Masoud Pezeshkian"
E(f, k, PU, PZ, "agreement", "cooperation", "reported", "2025-01-17", "day", "diplomacy;security", "'signing the treaty ... in the Kremlin on January 17'")
E(f, k, PU, PZ, "meeting", "cooperation", "reported", "2025-01-17", "day", "diplomacy", "joint signing in the Kremlin implies a meeting (heldout)")
E(f, k, PZ, R, "visit", "cooperation", "reported", "2025-01-17", "day", "diplomacy", "signing in the Kremlin implies the Iranian president's visit (heldout)")
E(f, k, R, I, "trade_energy", "cooperation", "planned", "2025-01-17", "day", "energy;trade", "'deliveries of Russian gas to Iran would begin at up to 2bn cubic metres a year'; Putin's statement is chained to the signing day; Azerbaijan is only the route (location, dev5)")
C(f, k, PU, "asserts", "", False, "Russian gas deliveries to Iran to start at up to 2 bcm a year via Azerbaijan", "'Putin said'")
k = "No date has been set for the first shipments"
E(f, k, I, R, "other", "cooperation", "reported", "2025-02-02", "day", "energy;trade", "'negotiations with \"our Russian friends\" were \"progressing\"' (ongoing negotiations = other/cooperation, heldout); 'our' = Iran; dated by 'on Sunday'. 'No date has been set for the first shipments' names no participant: no row")
C(f, k, "Mohsen Paknejad", "asserts", "Iranian state television", False, "gas negotiations with Russia progressing", "'told state television' gives via 'Iranian state television' (dev3)")
k = "The stand-off also reflects a deeper rivalry between Russia and Iran"
E(f, k, R, I, "other", "tension", "reported", "", "unknown", "energy;trade", "'a deeper rivalry ... compete for many of the same customers' (market rivalry = other/tension, dev2); background state; mutual")
k = "Putin’s proposal, first made in October 2022"
E(f, k, PU, "Turkey", "other", "neutral", "reported", "2022-10", "month", "energy;trade", "'Putin's proposal ... to turn Turkey into a hub for Russian gas exports' (proposals = other/neutral, dev2)")
E(f, k, I, PU, "criticism", "tension", "reported", "", "unknown", "energy;trade", "'has long irritated Iranian officials' (perception, no speech verb: resolved to the state, dev4); 'long': background")
k = "Iran’s 25-year contract to supply Turkey expires next year"
E(f, k, I, "Turkey", "trade_energy", "cooperation", "reported", "", "unknown", "energy;trade", "the running 25-year supply contract (ongoing); its expiry 'next year' is not coded as a separate row")
E(f, k, "Turkey", GZ, "other", "cooperation", "reported", "2025", "year", "energy;trade", "'are in talks with several suppliers, including Gazprom' (negotiations = other/cooperation); known only through a present-perfect statement with no date ('have said'): publication year (dev6_b); 'Turkish officials' resolved to Turkey as event actor")
C(f, k, "Turkish officials", "asserts", "", False, "Turkey in talks with several suppliers incl. Gazprom", "generic on-record officials: not hedged (dev2/dev4_b)")
k = "The two producers are also fighting over Chinese buyers."
E(f, k, R, I, "other", "tension", "reported", "", "unknown", "energy;trade", "'The two producers' = Russia and Iran; market rivalry; background state; China is the contested market, not a party")
k = "Russian crude, shut out of most of Europe by EU sanctions"
E(f, k, "European Union", R, "sanction", "tension", "reported", "", "unknown", "energy;ukraine_war", "'EU sanctions since Moscow's ... invasion': since-phrase, background")
E(f, k, R, "Ukraine", "military_action", "tension", "reported", "", "unknown", "ukraine_war;military", "'Moscow's full-scale invasion of Ukraine' with no date (seed 004)")
E(f, k, R, "China", "trade_energy", "cooperation", "reported", "", "unknown", "energy;trade", "'has been sold to Chinese refiners' ('Chinese refiners' resolved to China); ongoing")
E(f, k, R, I, "other", "tension", "reported", "", "unknown", "energy;trade", "discounts 'that have forced Iranian sellers to cut their own prices' (undercutting = other/tension, dev2); ongoing")
C(f, k, "traders", "asserts", "", True, "discounted Russian crude forced Iranian sellers in China to cut prices", "'traders say': unnamed")
k = "Russian deputy prime minister Alexander Novak"
E(f, k, R, I, "other", "tension", "denied", "2025-01", "month", "energy;trade", "'there was \"no competition\" between Moscow and Tehran' (negated rivalry); dated by 'said last month'")
E(f, k, R, I, "other", "cooperation", "reported", "2025-01", "month", "energy", "'the two countries coordinated closely within the Opec+ group' (Opec+ is a venue, not an actor)")
C(f, k, "Alexander Novak", "denies", "", False, "no competition between Russia and Iran", "plays down a rivalry involving his own side (dev2 'played down any rivalry' = denies)")
C(f, k, "Alexander Novak", "asserts", "", False, "Russia and Iran coordinate closely in Opec+", "the same verb with a second stance gives a second row (dev2)")
k = "“For Moscow, Iran is a competitor first and a customer second,”"
E(f, k, I, R, "other", "tension", "reported", P, "week", "energy;trade", "quote subject 'Iran': 'a competitor' of Moscow; current, publication week")
E(f, k, I, R, "trade_energy", "cooperation", "hypothetical", P, "week", "energy;trade", "'a customer second' (Iran as a prospective buyer of Russian gas; no deal yet: hypothetical); mixed statement gives both rows (dev3/dev4_b)")
C(f, k, "Leila Sadr", "asserts", "", False, "for Moscow Iran is a competitor first, a customer second", "named analyst: not hedged")
k = "“Neither side trusts the other enough to sign a 25-year contract.”"
E(f, k, R, I, "criticism", "tension", "reported", P, "week", "energy;diplomacy", "'Neither side trusts the other' = mutual mistrust (perceptions of mistrust = criticism, dev3); the sides = Moscow and Iran of the sentence before")
E(f, k, R, I, "agreement", "cooperation", "denied", P, "week", "energy;trade", "not trusting each other 'enough to sign a 25-year contract' (negated agreement); publication week")
C(f, k, "Leila Sadr", "asserts", "", False, "neither side trusts the other enough for a long-term contract", "quote-only sentence continuing her remark")
B(f, "Additional reporting by Anna Kovalenko in London")

# ====================================================================== 701 BBC News online
f = "701"
P = "2023-07-13"
GA = "Gulf Arab states"
GCC = "Gulf Cooperation Council"
LA = "Sergei Lavrov"
UAE = "United Arab Emirates"
AA = "Hossein Amir-Abdollahian"
actors(f, [
    (I, "IRN", "state"),
    (R, "RUS", "state"),
    (GA, "", "state"),
    ("Alexei Dedov", "RUS", "person"),
    ("Iranian Foreign Ministry", "IRN", "government_body"),
    ("Iranian state media", "IRN", "media"),
    (LA, "RUS", "person"),
    (GCC, "", "organisation"),
    (UAE, "ARE", "state"),
    ("Saudi Arabia", "SAU", "state"),
    ("Qatar", "QAT", "state"),
    ("Kuwait", "KWT", "state"),
    ("Bahrain", "BHR", "state"),
    ("Oman", "OMN", "state"),
    (AA, "IRN", "person"),
    ("Iranian MPs", "IRN", "person"),
    ("Ali Rezaei", "IRN", "person"),
    ("BBC Persian", "GBR", "media"),
    ("Iranian social media users", "IRN", "person"),
    ("Ukraine", "UKR", "state"),
    ("Western governments", "", "state"),
    ("Iranian officials", "IRN", "person"),
    ("Maria Zakharova", "RUS", "person"),
    ("Nasser Kanaani", "IRN", "person"),
    ("analysts", "", "person"),
    ("the West", "", "state"),
])
k = "Iran has summoned Russia's ambassador to protest"
E(f, k, I, R, "criticism", "tension", "reported", P, "week", "diplomacy;security", "summons to protest (dev2/dev4_b: one criticism row from the summoning state to the envoy's state); no date expression in this sentence: publication week (strict seed rule)")
E(f, k, R, GA, "agreement", "cooperation", "reported", P, "week", "diplomacy", "'a statement by Moscow and Gulf Arab states' (joint statement = agreement between the issuers, dev3), issuers as this sentence names them; its 'Monday' date is only in a later sentence: publication week")
E(f, k, R, I, "other", "tension", "reported", P, "week", "diplomacy;security", "the statement 'questioned Iranian sovereignty' (dev3: other/tension from each issuer to Iran)")
E(f, k, GA, I, "other", "tension", "reported", P, "week", "diplomacy;security", "as above, second issuer")
C(f, k, R, "asserts", "", False, "questions Iranian sovereignty over the islands", "joint statement in narrative: one asserts row per issuer (dev5)")
C(f, k, GA, "asserts", "", False, "questions Iranian sovereignty over the islands", "as above")
k = "The ambassador, Alexei Dedov, was called in"
E(f, k, "Iranian Foreign Ministry", "Alexei Dedov", "criticism", "tension", "reported", "2023-07-12", "day", "diplomacy", "the sentence naming the envoy gives Iranian Foreign Ministry -> envoy (dev2 202); 'on Wednesday'")
C(f, k, "Iranian state media", "asserts", "Iranian state media", False, "Dedov summoned on Wednesday", "'Iranian state media reported': claimant = via (dev3 'Iranian media reported'), named public media: not hedged")
k = "The joint statement was issued on Monday after"
E(f, k, LA, GCC, "meeting", "cooperation", "reported", "2023-07-10", "day", "diplomacy", "'Lavrov hosted his counterparts from the ... GCC' (host -> participant meeting, dev4_b); the hosting and the Monday statement are one episode, so it shares 'on Monday'. 'The joint statement' itself is a bare back-reference: no new agreement row")
E(f, k, GCC, R, "visit", "cooperation", "reported", "2023-07-10", "day", "diplomacy", "GCC ministers hosted 'in Moscow'")
k = "It backed efforts by the United Arab Emirates"
E(f, k, LA, UAE, "statement_support", "cooperation", "reported", P, "week", "diplomacy;security", "'It' = the joint statement; issuers taken from the sentence before as it names them (Lavrov and the GCC, dev4_b 306); joint statements give statement_support toward the UAE (dev2 202); no date expression: publication week")
E(f, k, GCC, UAE, "statement_support", "cooperation", "reported", P, "week", "diplomacy;security", "as above, second issuer. Iran is not named in this sentence or the one before: no Iran-UAE rows; the ICJ is a forum, not an actor")
C(f, k, LA, "asserts", "", False, "backs the UAE's efforts for a negotiated or ICJ solution", "one claim row per issuer (dev2 202)")
C(f, k, GCC, "asserts", "", False, "backs the UAE's efforts for a negotiated or ICJ solution", "as above")
k = "The GCC groups Saudi Arabia, the UAE, Qatar, Kuwait, Bahrain and Oman."
for c in ["Saudi Arabia", UAE, "Qatar", "Kuwait", "Bahrain", "Oman"]:
    E(f, k, c, GCC, "other", "cooperation", "reported", "", "unknown", "diplomacy", "membership (member -> organisation, other/cooperation, background, dev6 505); one row per member")
k = "Iran has controlled the islands since 1971, but the UAE says"
E(f, k, UAE, I, "other", "tension", "reported", "", "unknown", "security;diplomacy", "the UAE's claim to islands Iran holds (territorial dispute); standing position, background ('since 1971' belongs to Iran's control, which is not an interaction)")
C(f, k, UAE, "asserts", "", False, "the islands belong to the UAE", "'says' (standing position)")
k = "did not mention Russia by name"
E(f, k, AA, R, "criticism", "tension", "denied", "2023-07-12", "day", "diplomacy", "'did not mention Russia by name' = negated statement (dev4_b 'did not mention X', coded as criticism/denied); dated by 'on Wednesday'")
C(f, k, AA, "asserts", "", False, "the islands belong to Iran forever", "a post on social media: empty via (heldout X post)")
k = "\"We do not compliment anyone on Iran's territorial integrity,\" he added."
C(f, k, AA, "disputes", "", False, "Iran does not compromise on its territorial integrity", "'he added': second row; rejects the others' questioning of Iran's sovereignty (objection to another party's document = disputes, dev3). 'anyone' names no partner: no event")
k = "Several Iranian MPs went further, accusing Moscow"
E(f, k, "Iranian MPs", R, "accusation", "tension", "reported", P, "week", "diplomacy", "the group's own speech act keeps the description (dev4)")
E(f, k, R, I, "other", "tension", "reported", P, "week", "diplomacy;security", "accused act: 'betraying an ally' (the ally = Iran, the MPs' country) (dev4_b accused acts)")
E(f, k, R, GA, "other", "cooperation", "reported", P, "week", "diplomacy", "accused act: 'to win favour with Gulf Arab states'")
C(f, k, "Iranian MPs", "asserts", "", True, "Moscow betrayed an ally to win favour with the Gulf states", "'Several Iranian MPs': unnamed group, hedged (dev3)")
k = "\"Russia has shown that it is a partner only when it needs us,\""
E(f, k, "Ali Rezaei", R, "criticism", "tension", "reported", P, "week", "diplomacy", "the MP's own critical remark")
E(f, k, R, I, "other", "tension", "reported", P, "week", "diplomacy", "quote subject 'Russia'; 'us' = Iran: 'a partner only when it needs us'")
C(f, k, "Ali Rezaei", "asserts", "BBC Persian", False, "Russia is a partner only when it needs Iran", "'told BBC Persian': via the outlet named in the sentence (like 'told AFP')")
k = "On Iranian social media, many users reacted angrily"
E(f, k, "Iranian social media users", R, "criticism", "tension", "reported", P, "week", "diplomacy", "the users' own angry reaction (group speech act keeps the description)")
E(f, k, I, R, "arms_transfer", "cooperation", "reported", "", "unknown", "military;ukraine_war", "'Tehran continues to supply Moscow with drones' (ongoing)")
E(f, k, R, "Ukraine", "military_action", "tension", "reported", "", "unknown", "ukraine_war;military", "'its war in Ukraine' (ongoing, seed)")
C(f, k, "Iranian social media users", "asserts", "", True, "why does Tehran keep supplying Moscow with drones", "'asking why' (heldout 'asked why' = asserts); unnamed users, hedged; no outlet named, so via is empty")
k = "Russia and Iran have grown much closer since"
E(f, k, R, I, "other", "cooperation", "reported", "", "unknown", "diplomacy", "'have grown much closer since ...' (relationship state; since-phrase = background); mutual")
E(f, k, R, "Ukraine", "military_action", "tension", "reported", "2022-02", "month", "ukraine_war;military", "'full-scale invasion of Ukraine in February 2022'")
k = "Ukraine and Western governments say Iran has supplied Russia"
E(f, k, "Ukraine", I, "accusation", "tension", "reported", "", "unknown", "military;ukraine_war", "'X say [wrongdoing by Y]' = accusation (seed 'Kyiv and the West say'); standing position with no date: background")
E(f, k, "Western governments", I, "accusation", "tension", "reported", "", "unknown", "military;ukraine_war", "as above")
E(f, k, I, R, "arms_transfer", "cooperation", "reported", "", "unknown", "military;ukraine_war", "'Iran has supplied Russia with hundreds of Shahed drones'; no date")
E(f, k, R, "Ukraine", "military_action", "tension", "reported", "", "unknown", "ukraine_war;military", "drones 'used to attack Ukrainian cities and power stations' (user = Russia, named in the sentence)")
C(f, k, "Ukraine", "asserts", "", False, "Iran supplied Russia with hundreds of Shahed drones", "named state: not hedged (seed)")
C(f, k, "Western governments", "asserts", "", False, "Iran supplied Russia with hundreds of Shahed drones", "as seed 'the West', not hedged")
k = "Tehran says it sent only a small number of drones"
E(f, k, I, R, "arms_transfer", "cooperation", "reported", "", "unknown", "military;ukraine_war", "'sent only a small number of drones, before the war began' (Russia from the sentence before); 'before the war' gives no point date: unknown (dev5_b)")
C(f, k, I, "asserts", "", False, "Iran sent only a few drones, before the war", "minimises (seed 001 coded the same statement asserts)")
k = "Iranian officials have also complained that Russia has yet to deliver"
E(f, k, "Iranian officials", R, "criticism", "tension", "reported", "2023", "year", "military", "the group's own speech act; present-perfect speech act with no date: publication year (dev6_b)")
E(f, k, R, I, "arms_transfer", "cooperation", "denied", P, "week", "military", "'has yet to deliver Su-35 fighter jets' (negated); denied row without a date expression: publication week")
E(f, k, I, R, "other", "cooperation", "reported", "", "unknown", "military", "'Tehran has been trying to buy for years' (request/purchase attempt, background 'for years')")
C(f, k, "Iranian officials", "asserts", "", False, "Russia has not delivered the Su-35s", "generic on-record officials: not hedged")
k = "Moscow, meanwhile, has courted the Gulf Arab states"
E(f, k, R, GA, "other", "cooperation", "reported", "", "unknown", "diplomacy;energy", "'has courted the Gulf Arab states' (ongoing); Opec+ is a venue")
E(f, k, UAE, R, "other", "cooperation", "reported", "", "unknown", "finance", "'the UAE has become a haven for Russian money since the invasion' (since-phrase, background)")
k = "Russian foreign ministry spokeswoman Maria Zakharova said on Thursday"
E(f, k, R, I, "statement_support", "cooperation", "reported", "2023-07-13", "day", "diplomacy;security", "'Moscow respected Iran's territorial integrity'; dated by 'on Thursday'")
C(f, k, "Maria Zakharova", "asserts", "", False, "Russia respects Iran's territorial integrity; position unchanged", "'said on Thursday'; one verb, one stance: one row")
k = "She did not comment on the summons."
E(f, k, "Maria Zakharova", I, "other", "neutral", "denied", P, "week", "diplomacy", "failure to respond coded as a negated event (dev2 202 'has not publicly responded to the summons'); 'She' = Zakharova, Iran from the sentence before; denied row without a date expression: publication week. Not a claim")
k = "Iran's foreign ministry spokesman, Nasser Kanaani"
E(f, k, "Nasser Kanaani", R, "other", "neutral", "reported", "2023-07-13", "day", "diplomacy;security", "'Tehran expected Moscow to \"correct\" its position' (demand, like dev6 500 Mousavi 'expected practical steps': other/neutral); speaker as actor1 (the quote has no explicit subject)")
C(f, k, "Nasser Kanaani", "asserts", "", False, "Iran expects Russia to correct its position", "'expected' = asserts (seed)")
k = "Analysts say the row is unlikely to derail a relationship"
E(f, k, R, I, "other", "cooperation", "reported", "", "unknown", "diplomacy", "'a relationship that both governments ... regard as vital' ('both governments' = Russia and Iran, definite description); background state. 'the row' is a bare back-reference: no hypothetical row for 'unlikely to derail'")
E(f, k, "the West", R, "sanction", "tension", "reported", "", "unknown", "finance", "'each under heavy Western sanctions' (seed: 'Western sanctions' gives the West -> target); ongoing")
E(f, k, "the West", I, "sanction", "tension", "reported", "", "unknown", "finance", "as above")
C(f, k, "analysts", "asserts", "", True, "the row will not derail the relationship", "unnamed")
B(f, "By Shirin Tabatabaei, BBC Persian")

# ====================================================================== 702 Xinhua
f = "702"
P = "2025-05-21"
PU = "Vladimir Putin"
PZ = "Masoud Pezeshkian"
US = "United States"
actors(f, [
    ("Iranian parliament", "IRN", "government_body"),
    (R, "RUS", "state"),
    (I, "IRN", "state"),
    ("IRNA", "IRN", "media"),
    (PZ, "IRN", "person"),
    (PU, "RUS", "person"),
    ("North Korea", "PRK", "state"),
    ("Iranian lawmakers", "IRN", "person"),
    ("Ebrahim Rezaei", "IRN", "person"),
    ("State Duma", "RUS", "government_body"),
    ("Guardian Council", "IRN", "government_body"),
    (US, "USA", "state"),
    ("Alexei Overchuk", "RUS", "person"),
    ("Iranian officials", "IRN", "person"),
    ("Oman", "OMN", "state"),
    ("Ma Zhaoxu", "CHN", "person"),
    ("Sergei Ryabkov", "RUS", "person"),
    ("Kazem Gharibabadi", "IRN", "person"),
    ("China", "CHN", "state"),
])
k = "TEHRAN, May 21 (Xinhua) -- Iran's parliament on Wednesday approved"
E(f, k, "Iranian parliament", R, "agreement", "cooperation", "reported", "2025-05-21", "day", "diplomacy;security", "parliament ratifying a bilateral treaty = parliament -> partner country, agreement (heldout); 'on Wednesday'; the dateline has no final punctuation and belongs to the sentence")
E(f, k, I, R, "agreement", "cooperation", "reported", P, "week", "diplomacy;security", "'the comprehensive strategic partnership treaty between Iran and Russia': a repeated mention that names both participants gets its own row (dev4 'Larijani's visit'); 'on Wednesday' dates the approval, not the treaty: publication week (dev4_b one-clause rule)")
C(f, k, "IRNA", "asserts", "IRNA", False, "Iran's parliament approved the treaty", "'the official news agency IRNA reported': the outlet is the source (claimant = via)")
k = "Of the 246 lawmakers present at the open session"
C(f, k, "IRNA", "asserts", "IRNA", False, "vote figures: 201 for, 28 against, 9 abstentions", "'the report said' = IRNA's report; no interaction: no event")
k = "The treaty, which was signed by Iranian President Masoud Pezeshkian"
E(f, k, PZ, PU, "agreement", "cooperation", "reported", "2025-01-17", "day", "diplomacy;security", "'signed ... in Moscow on Jan. 17'")
E(f, k, PZ, PU, "meeting", "cooperation", "reported", "2025-01-17", "day", "diplomacy", "joint signing in Moscow implies a meeting (heldout treaty-signing rule)")
E(f, k, PZ, R, "visit", "cooperation", "reported", "2025-01-17", "day", "diplomacy", "joint signing in Moscow implies the Iranian president's visit. 'covers a wide range of areas' describes the document's scope, not a further act: no row")
k = "According to the treaty, the two sides will not provide any military"
E(f, k, I, R, "other", "cooperation", "reported", "", "unknown", "security;military", "treaty obligations not to help an aggressor and not to let their territories be used against each other (dev4_b: obligations are other/cooperation, undated); one row for both clauses, as they would be identical rows; 'the two sides' = Iran and Russia in the order of the sentence before; 'According to the treaty' cites a document, not a speaker: no claim")
k = "Unlike Russia's treaty with the Democratic People's Republic of Korea"
E(f, k, R, "North Korea", "agreement", "cooperation", "reported", "", "unknown", "security;military", "'Russia's treaty with the DPRK' (no date in the text: empty); canonical 'North Korea' (seed)")
E(f, k, I, R, "agreement", "cooperation", "denied", P, "week", "security;military", "'the Iran-Russia treaty does not contain a mutual defense clause' (heldout negated event); no date expression: publication week. The lawmakers criticised an omission in a document, not an actor: no criticism row")
C(f, k, "IRNA", "asserts", "IRNA", False, "the treaty has no mutual defence clause", "'according to IRNA' covers the sentence; the outlet is the source")
C(f, k, "Iranian lawmakers", "asserts", "IRNA", True, "criticised the missing defence clause", "'some Iranian lawmakers had criticized': unnamed group, hedged; reported inside IRNA's report (dev4_b Tabnak)")
k = "Ebrahim Rezaei, spokesman for the parliament's National Security"
E(f, k, I, R, "other", "cooperation", "planned", P, "week", "diplomacy;security", "'would elevate cooperation between the two countries to a strategic level' (planned content of the statement takes its date, dev4); the statement is a current news act 'after the vote' (today) with no date expression of its own: publication week. 'countering unilateral sanctions' names no sanctioner: no row")
C(f, k, "Ebrahim Rezaei", "asserts", "", False, "the treaty will raise cooperation to a strategic level and counter unilateral sanctions", "'told reporters'")
k = "He said the treaty was not directed against any third country."
C(f, k, "Ebrahim Rezaei", "asserts", "", False, "the treaty is not directed against third countries", "names no partner: claim only (heldout Peskov 'not directed against any third country')")
k = "Russia's State Duma, the lower house of parliament, ratified the treaty with Iran"
E(f, k, "State Duma", I, "agreement", "cooperation", "reported", "2025-04-08", "day", "diplomacy;security", "ratification by a parliament -> partner country (heldout); 'on April 8'")
E(f, k, PU, I, "agreement", "cooperation", "reported", "2025-04-21", "day", "diplomacy;security", "'Putin signed the ratification law on April 21' (the same ratification pattern for the head of state; Iran from the first clause)")
k = "The treaty will enter into force after it is endorsed by Iran's Guardian Council"
E(f, k, I, R, "agreement", "cooperation", "planned", "", "unknown", "diplomacy", "'the two sides exchange the instruments of ratification' (undated planned: empty); the Guardian Council's endorsement is a domestic act: no row")
k = "In recent years, Iran and Russia, both under U.S. sanctions"
E(f, k, I, R, "other", "cooperation", "reported", "", "unknown", "energy;transport;finance", "'have expanded cooperation' ('In recent years' = background, seed); mutual")
E(f, k, US, I, "sanction", "tension", "reported", "", "unknown", "finance", "'both under U.S. sanctions'; ongoing")
E(f, k, US, R, "sanction", "tension", "reported", "", "unknown", "finance", "as above")
k = "Earlier this month, Russian Deputy Prime Minister Alexei Overchuk said"
E(f, k, R, I, "other", "cooperation", "reported", "2025-05", "month", "transport;trade", "'the two countries were working to complete the Rasht-Astara railway' (ongoing joint project = other/cooperation, heldout); dated by the statement 'Earlier this month'; mutual")
E(f, k, R, I, "trade_energy", "cooperation", "planned", "2025-05", "month", "finance;trade", "'to switch to national currencies in bilateral trade' (planned content of a dated statement)")
C(f, k, "Alexei Overchuk", "asserts", "", False, "working to complete Rasht-Astara and switch to national currencies", "'said'")
k = "Iranian officials have said that talks on Russian gas supplies to Iran"
E(f, k, R, I, "other", "cooperation", "reported", "2025", "year", "energy;trade", "'talks ... are continuing' (ongoing negotiations); known only through a present-perfect statement with no date: publication year (dev6_b)")
E(f, k, R, I, "trade_energy", "cooperation", "planned", "", "unknown", "energy;trade", "'Russian gas supplies to Iran via Azerbaijan' (passing mention of planned supply: undated, dev4); Azerbaijan is the route (location)")
E(f, k, R, I, "agreement", "cooperation", "denied", P, "week", "energy;trade", "'although no price has yet been agreed' (negated agreement, read as the agency's own clause); denied row without a date expression: publication week")
C(f, k, "Iranian officials", "asserts", "", False, "gas supply talks with Russia continue", "generic on-record officials: not hedged")
k = "Meanwhile, Iran and the United States have held four rounds"
E(f, k, I, US, "meeting", "cooperation", "reported", "", "unknown", "nuclear;diplomacy", "'have held four rounds of indirect talks ... since April 12' (since-phrase = background, seed/dev4); mutual")
E(f, k, "Oman", I, "other", "cooperation", "reported", "", "unknown", "nuclear;diplomacy", "'mediated by Oman': go-between row toward each party (heldout/dev2)")
E(f, k, "Oman", US, "other", "cooperation", "reported", "", "unknown", "nuclear;diplomacy", "as above")
E(f, k, US, I, "sanction", "tension", "reported", "", "unknown", "finance;nuclear", "'the removal of U.S. sanctions' on Tehran; ongoing")
k = "Russia has repeatedly voiced support for the talks and offered to help."
E(f, k, R, I, "statement_support", "cooperation", "reported", "", "unknown", "nuclear;diplomacy", "support for the Iran-US talks and an offer to help (mediation offer: cooperation toward the partner, heldout); parties of the talks from the sentence before; 'repeatedly' = habitual: background. 'voiced support' is like 'welcomed': no claim (dev4_b)")
E(f, k, R, US, "statement_support", "neutral", "reported", "", "unknown", "nuclear;diplomacy", "mediation offer: neutral toward the other side (heldout Lavrov -> US)")
k = "In March, Chinese Vice Foreign Minister Ma Zhaoxu hosted"
E(f, k, "Ma Zhaoxu", "Sergei Ryabkov", "meeting", "cooperation", "reported", "2025-03", "month", "nuclear;diplomacy", "trilateral meeting: one row per pair, text order China, Russia, Iran (dev3/dev4_b); host as actor1")
E(f, k, "Ma Zhaoxu", "Kazem Gharibabadi", "meeting", "cooperation", "reported", "2025-03", "month", "nuclear;diplomacy", "as above")
E(f, k, "Sergei Ryabkov", "Kazem Gharibabadi", "meeting", "cooperation", "reported", "2025-03", "month", "nuclear;diplomacy", "as above")
E(f, k, "Sergei Ryabkov", "China", "visit", "cooperation", "reported", "2025-03", "month", "diplomacy", "hosted 'in Beijing' (dev4_b: 'Beijing hosted' adds visit rows)")
E(f, k, "Kazem Gharibabadi", "China", "visit", "cooperation", "reported", "2025-03", "month", "diplomacy", "as above")
E(f, k, "China", R, "agreement", "cooperation", "reported", "2025-03", "month", "nuclear;finance", "'the three countries called for ending ... sanctions': a joint call gives one row per pair (dev4_b 309), coded as a joint statement (agreement between issuers, dev3); chained to the March meeting")
E(f, k, "China", I, "agreement", "cooperation", "reported", "2025-03", "month", "nuclear;finance", "as above")
E(f, k, R, I, "agreement", "cooperation", "reported", "2025-03", "month", "nuclear;finance", "as above")
C(f, k, "China", "hopes", "", False, "end all unlawful unilateral sanctions", "joint call: one hopes row per issuer (dev4_b)")
C(f, k, R, "hopes", "", False, "end all unlawful unilateral sanctions", "as above")
C(f, k, I, "hopes", "", False, "end all unlawful unilateral sanctions", "as above")

# ====================================================================== 703 Anadolu Agency
f = "703"
P = "2023-05-10"
TR, SY = "Türkiye", "Syria"
CA = "Mevlut Cavusoglu"
LA = "Sergey Lavrov"
AB = "Hossein Amir-Abdollahian"
PKK = "PKK/YPG"
actors(f, [
    (TR, "TUR", "state"),
    (R, "RUS", "state"),
    (I, "IRN", "state"),
    (SY, "SYR", "state"),
    (CA, "TUR", "person"),
    (PKK, "", "armed_group"),
    ("Faisal Mekdad", "SYR", "person"),
    (LA, "RUS", "person"),
    (AB, "IRN", "person"),
    ("armed opposition", "", "armed_group"),
    ("Bashar al-Assad", "SYR", "person"),
    ("Iranian officials", "IRN", "person"),
    ("Israel", "ISR", "state"),
    ("Murat Demirtas", "TUR", "person"),
    ("Center for Caucasus and Middle East Studies", "TUR", "organisation"),
    ("Anadolu", "TUR", "media"),
    ("Ukraine", "UKR", "state"),
    ("Western countries", "", "state"),
])
FOUR = [TR, R, I, SY]
PAIRS = [(a, b) for i, a in enumerate(FOUR) for b in FOUR[i + 1:]]
k = "MOSCOW (AA) - The foreign ministers of Türkiye, Russia, Iran and Syria met in Moscow"
for a, b in PAIRS:
    E(f, k, a, b, "meeting", "cooperation", "reported", P, "day", "diplomacy;middle_east", "quadrilateral meeting 'on Wednesday': one row per pair in text order (dev3 multi-party rule); the ministers are described, not named: resolved to their states; the dateline belongs to the sentence")
for a in [TR, I, SY]:
    E(f, k, a, R, "visit", "cooperation", "reported", P, "day", "diplomacy;middle_east", "meeting 'in Moscow' implies each foreign minister's visit to Russia")
k = "Turkish Foreign Minister Mevlut Cavusoglu said the talks were held"
C(f, k, CA, "asserts", "", False, "talks positive; Türkiye's priorities are counter-terrorism and refugee return", "'the talks' is a bare back-reference and the refugees' return is stated only as a priority: no event row")
k = "\"We are determined to continue working with Russia, Iran and Syria"
for c in [R, I, SY]:
    E(f, k, TR, c, "other", "cooperation", "reported", P, "week", "security;middle_east", "quote subject 'We' = Türkiye: 'determined to continue working with Russia, Iran and Syria' (ongoing cooperation, current statement: publication week)")
E(f, k, TR, PKK, "military_action", "tension", "planned", "", "unknown", "security;military", "'to eradicate terror organizations such as the PKK/YPG' (aim, undated planned: empty)")
E(f, k, PKK, SY, "other", "tension", "reported", "", "unknown", "security", "'which threaten Syria's territorial integrity' (ongoing); PKK/YPG as an armed group with an empty country (dev5/dev6)")
E(f, k, PKK, TR, "other", "tension", "reported", "", "unknown", "security", "'and Türkiye's national security'")
C(f, k, CA, "asserts", "", False, "Türkiye will keep working with Russia, Iran and Syria against the PKK/YPG", "'Cavusoglu said'")
k = "Syrian Foreign Minister Faisal Mekdad, for his part"
E(f, k, "Faisal Mekdad", TR, "other", "tension", "reported", P, "week", "security;middle_east", "demand for the withdrawal of Turkish troops (negotiating position = other/tension, dev4); no date expression: publication week")
E(f, k, TR, SY, "military_action", "tension", "reported", "", "unknown", "military;middle_east", "'Turkish troops' among the 'illegal' foreign forces on Syrian territory (ongoing presence)")
C(f, k, "Faisal Mekdad", "hopes", "", False, "all illegal foreign forces incl. Turkish troops must leave Syria", "a stated demand ('must leave' = hopes, dev4)")
k = "Russian Foreign Minister Sergey Lavrov told a news conference after the talks"
for a, b in PAIRS:
    E(f, k, a, b, "other", "cooperation", "planned", P, "week", "diplomacy;middle_east", "'the deputy foreign ministers of the four countries would draw up a roadmap': planned joint work, one row per pair; planned content of a current statement ('after the talks', today) takes its publication week; the Türkiye-Syria pair row also stands for the roadmap's object, 'normalizing relations between Türkiye and Syria' (a separate row would be identical)")
E(f, k, LA, I, "statement_support", "cooperation", "reported", P, "week", "diplomacy;middle_east", "'praised Iran's \"constructive\" role' (praise = statement_support, seed)")
C(f, k, LA, "asserts", "", False, "deputy ministers will draft a Türkiye-Syria normalization roadmap", "'told a news conference'")
C(f, k, LA, "asserts", "", False, "Iran played a constructive role", "second speech verb 'praised' (dev4)")
k = "Iranian Foreign Minister Hossein Amir-Abdollahian, who held separate talks with Lavrov"
E(f, k, AB, LA, "meeting", "cooperation", "reported", P, "week", "diplomacy", "'held separate talks with Lavrov before the quadrilateral meeting': 'before the ... meeting' is an event reference, not a date expression (dev5_b); a current news act: publication week. No place stated: no second visit row")
E(f, k, AB, TR, "statement_support", "cooperation", "reported", P, "week", "diplomacy;middle_east", "'supported the normalization of relations between \"two neighbors\"' = Türkiye and Syria (definite description)")
E(f, k, AB, SY, "statement_support", "cooperation", "reported", P, "week", "diplomacy;middle_east", "as above")
E(f, k, I, R, "other", "cooperation", "reported", P, "week", "diplomacy;middle_east", "'would continue its cooperation with Russia and Türkiye in the Astana format' (ongoing cooperation stated today); Tehran = Iran")
E(f, k, I, TR, "other", "cooperation", "reported", P, "week", "diplomacy;middle_east", "as above")
C(f, k, AB, "asserts", "", False, "Iran supports Türkiye-Syria normalization and Astana cooperation", "'said'")
k = "Ankara and Damascus cut diplomatic ties in 2012"
E(f, k, TR, SY, "other", "tension", "reported", "2012", "year", "diplomacy;middle_east", "'cut diplomatic ties in 2012' (like a downgrade, heldout); mutual")
E(f, k, TR, "armed opposition", "aid", "cooperation", "reported", "2012", "year", "military;middle_east", "'after Türkiye backed the armed opposition' (backing = aid, seed 'Iran-backed'); no date of its own: anchored to the 2012 episode of the sentence, year")
E(f, k, "armed opposition", SY, "military_action", "tension", "reported", "", "unknown", "military;middle_east", "'the armed opposition against the government in Damascus' (ongoing conflict); armed group with an empty country (dev5 HTS)")
E(f, k, TR, PKK, "military_action", "tension", "reported", "2023", "year", "military;security", "'Turkish troops have since carried out several cross-border operations against the PKK/YPG' ('has since' = publication year, heldout); northern Syria is the location")
k = "Türkiye, Russia and Iran are the guarantor countries of the Astana format"
E(f, k, TR, R, "other", "cooperation", "reported", "", "unknown", "diplomacy;middle_east", "guarantors of the Astana format: one background row per pair (dev6 504 format membership); 'launched in 2017' dates the format's launch, the guarantor status is a present state")
E(f, k, TR, I, "other", "cooperation", "reported", "", "unknown", "diplomacy;middle_east", "as above")
E(f, k, R, I, "other", "cooperation", "reported", "", "unknown", "diplomacy;middle_east", "as above")
E(f, k, R, "Bashar al-Assad", "aid", "cooperation", "reported", "", "unknown", "military;middle_east", "'the main backers of the government of Bashar al-Assad' (backing = aid); background")
E(f, k, I, "Bashar al-Assad", "aid", "cooperation", "reported", "", "unknown", "military;middle_east", "as above")
k = "Despite their common support for Damascus, Moscow and Tehran"
E(f, k, R, SY, "aid", "cooperation", "reported", "", "unknown", "military;middle_east", "'their common support for Damascus' (Damascus = Syria's government); background")
E(f, k, I, SY, "aid", "cooperation", "reported", "", "unknown", "military;middle_east", "as above")
E(f, k, R, I, "other", "tension", "reported", "", "unknown", "middle_east;trade", "'have at times competed for influence and economic contracts in Syria' (rivalry, background); mutual")
E(f, k, "Iranian officials", R, "criticism", "tension", "reported", "2023", "year", "security;middle_east", "the group's own speech act ('have complained'); present-perfect speech act with no date: publication year (dev6_b)")
E(f, k, R, "Israel", "other", "tension", "denied", P, "week", "security;middle_east", "'Russia turns a blind eye to Israeli airstrikes' = does not obstruct them (negated, dev6 500 'do not stand in the way'); publication week")
E(f, k, "Israel", I, "military_action", "tension", "reported", "", "unknown", "military;middle_east", "'Israeli airstrikes on Iranian positions in the country' (ongoing)")
C(f, k, "Iranian officials", "asserts", "", False, "Russia turns a blind eye to Israeli strikes on Iranians in Syria", "generic on-record officials: not hedged")
k = "Murat Demirtas, a researcher at the Ankara-based Center"
E(f, k, R, "Ukraine", "military_action", "tension", "reported", "", "unknown", "ukraine_war;military", "'Moscow's determination ... despite the war in Ukraine' (ongoing war, seed). 'the meeting' is a bare back-reference and 'broker in Syria' names only a location: no other row")
C(f, k, "Murat Demirtas", "asserts", "Anadolu", False, "the meeting shows Moscow wants to stay the main broker in Syria", "'told Anadolu': the publisher named in the sentence is via (dev2 'told AFP')")
k = "\"Russia is using this format to show that it still matters in Syria"
E(f, k, I, R, "criticism", "tension", "reported", P, "week", "diplomacy;middle_east", "'Tehran is wary of any deal ... shaped mainly in Moscow' (wariness = criticism, dev3)")
E(f, k, TR, SY, "agreement", "cooperation", "hypothetical", P, "week", "diplomacy;middle_east", "'any deal between Ankara and Damascus' (hypothetical with no date: publication week)")
C(f, k, "Murat Demirtas", "asserts", "Anadolu", False, "Russia uses the format for relevance; Tehran wary of a Moscow-shaped deal", "'he said': the same statement continues, so via is carried (seed)")
k = "Earlier on Wednesday, Cavusoglu also held a bilateral meeting with Lavrov"
E(f, k, CA, LA, "meeting", "cooperation", "reported", P, "day", "diplomacy;trade", "'Earlier on Wednesday'")
E(f, k, R, "Western countries", "other", "tension", "reported", "2023", "year", "trade", "'Russia has threatened to quit' the grain deal unless Western countries ease restrictions (threat = other/tension, dev2); present perfect with no date: publication year")
E(f, k, "Western countries", R, "sanction", "tension", "reported", "", "unknown", "trade", "'restrictions on its own grain and fertilizer exports' (ongoing)")
C(f, k, R, "warns", "", False, "Russia will quit the grain deal unless Western restrictions are eased", "a threat is 'warns' (dev2)")
B(f, "*Writing by Elif Karaca")

# ====================================================================== 704 Tasnim
f = "704"
P = "2019-08-22"
BA = "Mohammad Bagheri"
PU = "Vladimir Putin"
KA = "Hossein Karimabadi"
US = "United States"
FS = "Federal Service for Military-Technical Cooperation"
actors(f, [
    (BA, "IRN", "person"),
    (I, "IRN", "state"),
    (R, "RUS", "state"),
    ("Hassan Rouhani", "IRN", "person"),
    ("Bloomberg", "USA", "media"),
    (PU, "RUS", "person"),
    (FS, "RUS", "government_body"),
    ("Iranian officials", "IRN", "person"),
    (KA, "IRN", "person"),
    ("Tasnim", "IRN", "media"),
    (US, "USA", "state"),
    ("Israel", "ISR", "state"),
    ("UN Security Council", "", "organisation"),
    ("Iranian experts", "IRN", "person"),
    ("Islamic Revolution Guards Corps", "IRN", "armed_group"),
])
k = "TEHRAN (Tasnim) – Chief of Staff of the Iranian Armed Forces"
E(f, k, I, R, "other", "cooperation", "denied", "2019-08-22", "day", "military", "'the Islamic Republic has no need for foreign air defense systems such as Russia's S-400' (negated purchase, dev4_b purchases = other/cooperation); subject of the reported clause = Iran; dated by 'said on Thursday'; the dateline belongs to the sentence; the Bavar-373 unveiling is domestic")
C(f, k, BA, "asserts", "", False, "Iran has no need for foreign systems such as the S-400", "'said on Thursday'; name without rank and title (dev4)")
k = "Speaking to reporters on the sidelines of the ceremony"
E(f, k, R, I, "arms_transfer", "cooperation", "reported", "2016", "year", "military", "'the S-300 that Russia delivered to Iran in 2016'")
E(f, k, R, I, "arms_transfer", "tension", "reported", "", "unknown", "military", "'after years of delay' (delays = arms_transfer/tension/reported, dev4); a span with no point date: empty")
C(f, k, BA, "asserts", "", False, "Bavar-373 is more capable than the S-300", "'said'")
k = "President Rouhani, for his part, said the system’s capabilities"
C(f, k, "Hassan Rouhani", "asserts", "", False, "Bavar-373 superior to the S-300 and close to the S-400", "'said'; no partner named: no event ('anyone' is not an actor)")
C(f, k, "Hassan Rouhani", "asserts", "", False, "the armed forces will not wait for anyone's permission", "second speech verb 'adding that'")
k = "The unveiling came three months after the US media outlet Bloomberg claimed"
E(f, k, I, PU, "other", "cooperation", "reported", "2019-05", "month", "military", "'an Iranian request to buy the S-400' (request = other) addressed to Putin, known through Bloomberg's claim: dated by the claim; 'three months after' counted back from 2019-08-22 gives a month, not a day")
E(f, k, PU, I, "arms_transfer", "cooperation", "denied", "2019-05", "month", "military", "'had turned down' the request (refusal = negated transfer)")
E(f, k, I, "Bloomberg", "denial", "tension", "reported", "2019-05", "month", "military;diplomacy", "'a report that both Tehran and Moscow dismissed at the time': explicit rejection of another actor's account (dev3 denial); 'at the time' = the May episode")
E(f, k, R, "Bloomberg", "denial", "tension", "reported", "2019-05", "month", "military;diplomacy", "as above")
E(f, k, I, PU, "other", "cooperation", "denied", "2019-05", "month", "military", "the denied substance of the report (heldout 'denials of reports' give a denied row for the request)")
C(f, k, "Bloomberg", "asserts", "Bloomberg", False, "Putin turned down an Iranian S-400 request", "'Bloomberg claimed': the outlet is the source (claimant = via)")
C(f, k, I, "denies", "", False, "rejects the Bloomberg report", "'dismissed' a report about itself = denies (seed: denies for one's own side)")
C(f, k, R, "denies", "", False, "rejects the Bloomberg report", "as above")
k = "Russia’s Federal Service for Military-Technical Cooperation said at the time"
E(f, k, I, FS, "other", "cooperation", "denied", "2019-05", "month", "military", "'it had received no such request' (negated request; Iran named through 'Iranian officials'); 'at the time' = May 2019")
C(f, k, FS, "denies", "", False, "no Iranian S-400 request received", "a flat denial of the report about its own side")
C(f, k, "Iranian officials", "asserts", "", False, "Iran's defence needs are met by domestic production", "'stressed'; generic on-record officials: not hedged")
k = "However, Member of the Iranian Parliament’s National Security"
E(f, k, KA, R, "criticism", "tension", "reported", P, "week", "military;diplomacy", "the MP's own critical remark; no date expression: publication week")
E(f, k, I, R, "other", "cooperation", "denied", P, "week", "military;security", "quote subject 'Iran': 'cannot count on the Russians in its critical moments' (negated reliance)")
C(f, k, KA, "asserts", "Tasnim", False, "Iran cannot count on the Russians", "'told Tasnim'; name without title")
k = "“For six years, Moscow kept the S-300 in its warehouses"
E(f, k, KA, R, "accusation", "tension", "reported", P, "week", "military", "'he said' [wrongdoing by Moscow] = accusation (dev2/dev3)")
E(f, k, KA, US, "accusation", "tension", "reported", P, "week", "military", "'under pressure from the Americans' (the pressure is presented as wrongdoing)")
E(f, k, KA, "Israel", "accusation", "tension", "reported", P, "week", "military", "'and the Zionist regime' = Israel")
E(f, k, R, I, "arms_transfer", "tension", "reported", "", "unknown", "military", "accused act: kept the S-300 'in its warehouses' for six years (delay, dev4); a span: empty")
E(f, k, US, R, "other", "tension", "reported", "", "unknown", "military;diplomacy", "accused act: American pressure on Moscow")
E(f, k, "Israel", R, "other", "tension", "reported", "", "unknown", "military;diplomacy", "accused act: pressure from 'the Zionist regime'")
E(f, k, I, R, "other", "cooperation", "reported", "", "unknown", "military", "'even though Iran had paid for it' (purchase = other/cooperation, undated, dev4_b)")
C(f, k, KA, "asserts", "Tasnim", False, "Moscow withheld the S-300 for six years under US and Israeli pressure", "'he said': the statement to Tasnim continues, so via is carried")
k = "Russia suspended the 2007 contract for the S-300 in 2010"
E(f, k, R, I, "agreement", "cooperation", "reported", "2007", "year", "military", "'the 2007 contract for the S-300' (Iran named later in the sentence)")
E(f, k, R, I, "arms_transfer", "cooperation", "denied", "2010", "year", "military", "'suspended ... in 2010' (ended measure = denied, dev3)")
E(f, k, "UN Security Council", I, "sanction", "tension", "reported", "2010", "year", "nuclear", "'after the UN Security Council imposed new sanctions on Iran': no date of its own, anchored to the 2010 suspension")
E(f, k, I, R, "other", "tension", "reported", "2010", "year", "military", "'prompting Tehran to file a lawsuit against Moscow' (the court is not named; anchored to 2010 as dev5 405/dev6 500)")
E(f, k, R, I, "arms_transfer", "cooperation", "reported", "2016", "year", "military", "'delivered the system only in 2016'; 'the nuclear deal' names no party: no row")
k = "Iranian experts have also criticized Moscow’s coordination"
E(f, k, "Iranian experts", R, "criticism", "tension", "reported", "2019", "year", "military;middle_east", "the group's own speech act; present-perfect speech act with no date: publication year (dev6_b)")
E(f, k, R, "Israel", "other", "cooperation", "reported", "", "unknown", "military;middle_east", "'Moscow's coordination with the Zionist regime in Syria' (ongoing)")
E(f, k, "Israel", I, "military_action", "tension", "reported", "", "unknown", "military;middle_east", "'Israeli warplanes have repeatedly targeted the positions of Iranian military advisers' (habitual: background)")
E(f, k, R, "Israel", "military_action", "tension", "denied", P, "week", "military;middle_east", "'without any response from Russian air defenses' (negated; 'Russian air defenses' resolved to Russia); denied row without a date expression: publication week")
C(f, k, "Iranian experts", "asserts", "", True, "Russia coordinates with Israel and does not respond to its strikes on Iranians", "unnamed experts: hedged")
k = "Major General Bagheri also warned the United States"
E(f, k, BA, US, "other", "tension", "reported", P, "week", "military;security", "warning of a 'crushing response' (threat = other/tension, dev2); no date expression in this sentence: publication week")
E(f, k, US, I, "military_action", "tension", "hypothetical", P, "week", "military;security", "'any aggression against Iran's airspace' (hypothetical, publication week)")
E(f, k, "Islamic Revolution Guards Corps", US, "military_action", "tension", "reported", "2019-06", "month", "military;security", "'the Aerospace Force of the IRGC shot down an American spy drone ... in June' (the force resolved to the IRGC, armed_group as dev2)")
E(f, k, US, I, "other", "tension", "reported", "2019-06", "month", "military;security", "'after it violated the country's airspace' (the US drone; chained to the June shoot-down)")
C(f, k, BA, "warns", "", False, "any aggression on Iran's airspace will meet a crushing response", "'warned'")
C(f, k, BA, "asserts", "", False, "the IRGC downed a US spy drone that violated Iranian airspace", "second speech verb 'recalling'")
k = "Despite the disagreements over arms deliveries, Tehran and Moscow"
E(f, k, I, R, "other", "tension", "reported", "", "unknown", "military", "'the disagreements over arms deliveries' between Tehran and Moscow (background); a mixed statement gives both rows (dev3)")
E(f, k, I, R, "other", "cooperation", "reported", "", "unknown", "middle_east;finance", "'continue to cooperate closely in Syria and in countering the illegal US sanctions' (ongoing)")
E(f, k, US, I, "sanction", "tension", "reported", "2018", "year", "finance;nuclear", "'sanctions that Washington reimposed on Iran after withdrawing from the nuclear deal last year' (last year = 2018; the reimposition is chained to the withdrawal)")
E(f, k, US, I, "other", "tension", "reported", "2018", "year", "nuclear;diplomacy", "withdrawal from the nuclear deal 'last year' (dev6 500: withdrawal = other/tension toward Iran)")

# ====================================================================== 705 Washington Post explainer
f = "705"
P = "2025-06-19"
PU = "Vladimir Putin"
PZ = "Masoud Pezeshkian"
NE = "Benjamin Netanyahu"
TR = "Donald Trump"
KR = "Kremlin"
US = "United States"
actors(f, [
    ("Israel", "ISR", "state"),
    (I, "IRN", "state"),
    (KR, "RUS", "government_body"),
    (R, "RUS", "state"),
    ("Ukraine", "UKR", "state"),
    ("Russian Foreign Ministry", "RUS", "government_body"),
    (PU, "RUS", "person"),
    (NE, "ISR", "person"),
    (PZ, "IRN", "person"),
    (TR, "USA", "person"),
    ("analysts", "", "person"),
    ("Iranian officials", "IRN", "person"),
    ("Ruslan Petrenko", "USA", "person"),
    ("Center for Eurasian Security", "USA", "organisation"),
    ("former Iranian diplomat", "IRN", "person"),
    ("The Washington Post", "USA", "media"),
    ("Esmaeil Baghaei", "IRN", "person"),
    ("Rosatom", "RUS", "organisation"),
    ("Sergei Ryabkov", "RUS", "person"),
    (US, "USA", "state"),
])
k = "As Israeli warplanes pounded Iran’s nuclear sites"
E(f, k, "Israel", I, "military_action", "tension", "reported", P, "week", "military;nuclear;middle_east", "'Israeli warplanes pounded Iran's nuclear sites ... for a seventh day' (a duration, not a date expression): current news, publication week")
E(f, k, KR, "Israel", "criticism", "tension", "reported", P, "week", "diplomacy;middle_east", "'condemnation of Israel'")
E(f, k, KR, I, "statement_support", "cooperation", "reported", P, "week", "diplomacy;middle_east", "'offered Tehran sympathy ... and an offer to mediate': sympathy and the mediation offer (statement_support, cooperation toward the partner, heldout) give one row, as two rows would be identical")
E(f, k, KR, "Israel", "statement_support", "neutral", "reported", P, "week", "diplomacy;middle_east", "mediation offer: neutral toward the other side (heldout Putin -> Israel)")
E(f, k, KR, I, "arms_transfer", "cooperation", "denied", P, "week", "military", "'but no weapons' (negated, heldout 'offered Tehran no military help')")
E(f, k, KR, I, "aid", "cooperation", "denied", P, "week", "military;security", "'and no visible military help' (negated)")
C(f, k, KR, "asserts", "", False, "condemns Israel's strikes on Iran", "'condemnation of Israel' offered by the Kremlin (condemning = asserts, dev4/dev5); sympathy and the mediation offer are not claims (offers are not claims, heldout)")
k = "The restraint has surprised some in Iran"
E(f, k, I, R, "criticism", "tension", "reported", P, "week", "diplomacy", "'The restraint has surprised some in Iran' (perception, no speech verb: resolved to the state, dev4); Russia named in the sentence")
E(f, k, I, R, "arms_transfer", "cooperation", "reported", "", "unknown", "military;ukraine_war", "'which has supplied Russia with drones' (no date)")
E(f, k, R, "Ukraine", "military_action", "tension", "reported", "", "unknown", "ukraine_war;military", "'its war in Ukraine' (ongoing)")
E(f, k, I, R, "agreement", "cooperation", "reported", "2025-01", "month", "diplomacy;security", "'signed a strategic partnership treaty with Moscow in January'")
k = "Russia’s Foreign Ministry condemned Israel’s strikes on June 13"
E(f, k, "Russian Foreign Ministry", "Israel", "criticism", "tension", "reported", "2025-06-13", "day", "diplomacy;middle_east", "'condemned Israel's strikes on June 13'")
E(f, k, "Israel", I, "military_action", "tension", "reported", "2025-06-13", "day", "military;middle_east", "'Israel's strikes on June 13' names a participant, so it is not a bare back-reference (dev4 repeated mentions); Iran named in the sentence ('Iranian President')")
E(f, k, PU, NE, "call", "cooperation", "reported", "2025-06-13", "day", "diplomacy;middle_east", "'spoke by phone the same day' (= June 13)")
E(f, k, PU, PZ, "call", "cooperation", "reported", "2025-06-13", "day", "diplomacy;middle_east", "as above")
C(f, k, "Russian Foreign Ministry", "asserts", "", False, "Israel's strikes are categorically unacceptable", "'condemned' (dev4/dev5)")
k = "In the call with Netanyahu, the Kremlin said, Putin offered to mediate"
E(f, k, PU, I, "statement_support", "cooperation", "reported", "2025-06", "month", "diplomacy;middle_east", "mediation offer (heldout): cooperation toward Russia's partner Iran (named: 'Iran's nuclear program'); 'In the call with Netanyahu' is an event reference, not a date expression: anchored to the June episode at month precision (dev5_b)")
E(f, k, PU, NE, "statement_support", "neutral", "reported", "2025-06", "month", "diplomacy;middle_east", "mediation offer: neutral toward the other side")
C(f, k, PU, "hopes", "Kremlin", False, "return to negotiations on Iran's nuclear program", "reported speech inside the Kremlin's account: the reported speaker is claimant, the issuer is via (dev6_b); 'stressed the importance of returning' is urging = hopes; the offer itself is not a claim")
k = "Putin repeated the offer to President Donald Trump in a call Saturday."
E(f, k, PU, TR, "call", "cooperation", "reported", "2025-06-14", "day", "diplomacy", "'in a call Saturday'. 'repeated the offer' names neither party of the conflict: no further mediation rows")
k = "Trump brushed it aside on Wednesday."
E(f, k, TR, PU, "other", "tension", "reported", "2025-06-18", "day", "diplomacy", "rejection of the offer ('it' = the offer; Putin from the sentence before)")
C(f, k, TR, "disputes", "", False, "rejects Putin's mediation offer", "'brushed it aside' (dev4_b 'dismissed the overture' = disputes)")
k = "“Do me a favor, mediate your own,” he said he had told Putin."
E(f, k, TR, PU, "other", "tension", "reported", "2025-06", "month", "diplomacy", "the rebuff as Trump retold it; in an explainer, past narrative without a date expression is anchored to the episode at month precision (heldout 102)")
C(f, k, TR, "hopes", "", False, "Putin should mediate his own war", "imperative urging = hopes (dev2 'urged')")
k = "It does, but the comprehensive strategic partnership treaty that Putin and Pezeshkian signed"
E(f, k, PU, PZ, "agreement", "cooperation", "reported", "2025-01-17", "day", "diplomacy;security", "'signed in Moscow on Jan. 17'. The question subheading before it is a heading: not annotated")
E(f, k, PU, PZ, "meeting", "cooperation", "reported", "2025-01-17", "day", "diplomacy", "joint signing in Moscow implies a meeting (heldout)")
E(f, k, PZ, R, "visit", "cooperation", "reported", "2025-01-17", "day", "diplomacy", "joint signing in Moscow implies the Iranian president's visit")
E(f, k, PU, PZ, "agreement", "cooperation", "denied", P, "week", "security;military", "'contains no mutual defense clause' (negated); signatories as the sentence names them; 'Jan. 17' dates the signing: publication week (dev4)")
k = "The two countries pledge only not to help an aggressor"
E(f, k, R, I, "other", "cooperation", "reported", "", "unknown", "security", "treaty obligation not to help an aggressor (dev4_b: other/cooperation, undated); 'The two countries' = Russia and Iran")
k = "Putin made the point himself late Wednesday"
E(f, k, I, R, "other", "cooperation", "denied", "2025-06-18", "day", "military;security", "quote subject 'our Iranian friends': 'have not asked us' for military help (request negated); dated by 'late Wednesday'")
E(f, k, R, I, "other", "cooperation", "reported", "", "unknown", "military", "'Russia had once offered to cooperate with Iran on air defense' ('once offered' left empty, dev4_b)")
E(f, k, I, R, "other", "cooperation", "denied", "2025-06-18", "day", "military", "'the Iranian side did not show much interest' (negated); known only through the dated statement: takes its date")
C(f, k, PU, "asserts", "", False, "Iran did not ask for help and showed little interest in air-defence cooperation", "'telling ... that ... and that ...': one verb, one stance, one row")
k = "He also noted that almost 2 million people from the former Soviet Union"
C(f, k, PU, "asserts", "", False, "almost 2 million people from the former USSR live in Israel", "'noted'; no interaction between actors: no event")
k = "Analysts say Moscow has little to spare."
C(f, k, "analysts", "asserts", "", True, "Moscow has little military equipment to spare", "unnamed; no partner named: no event")
k = "Its own air defenses are stretched by Ukrainian drone attacks"
E(f, k, "Ukraine", R, "military_action", "tension", "reported", "", "unknown", "ukraine_war;military", "'Ukrainian drone attacks' on Moscow's air defences ('Its' = Moscow of the sentence before, implicit-partner rule); ongoing")
E(f, k, I, R, "other", "cooperation", "reported", "", "unknown", "military", "'the Su-35 fighter jets Iran ordered years ago' (purchase, dev4_b; 'years ago' gives no point date)")
E(f, k, R, I, "arms_transfer", "cooperation", "denied", P, "week", "military", "'have still not been delivered' (negated; supplier from the sentence before); denied row without a date expression: publication week")
C(f, k, "Iranian officials", "asserts", "", False, "the Su-35s have not been delivered", "'according to Iranian officials': generic, not hedged")
k = "Russia also no longer needs Iranian arms as badly"
E(f, k, I, R, "arms_transfer", "cooperation", "reported", "2022", "year", "military;ukraine_war", "'in 2022, when Shahed drones from Iran helped it'")
E(f, k, R, "Ukraine", "military_action", "tension", "reported", "2022", "year", "ukraine_war;military", "'pound Ukraine's power grid' in the 'when' clause dated 2022. Making its own Geran-2 in Tatarstan is domestic: no row (as dev6 501, no negated dependence row)")
k = "“Russia will give Iran words, not S-400s,”"
E(f, k, R, I, "statement_support", "cooperation", "hypothetical", P, "week", "diplomacy", "prediction 'will give Iran words' (hypothetical, publication week, as dev6 500 'will defend the deal in speeches')")
E(f, k, R, I, "arms_transfer", "cooperation", "denied", P, "week", "military", "'not S-400s' (negated)")
C(f, k, "Ruslan Petrenko", "asserts", "", False, "Russia will give Iran words, not weapons", "named analyst: not hedged")
k = "“Putin does not want to burn his bridges with Netanyahu"
E(f, k, PU, NE, "other", "cooperation", "reported", P, "week", "diplomacy", "not wanting to 'burn his bridges' = keeping ties (relationship kept); quote-only sentence, publication week")
E(f, k, PU, TR, "other", "cooperation", "reported", P, "week", "diplomacy", "as above")
E(f, k, PU, I, "aid", "cooperation", "denied", P, "week", "security;diplomacy", "not 'for the sake of Tehran' (no sacrifice for Iran: negated help)")
C(f, k, "Ruslan Petrenko", "asserts", "", False, "Putin will not sacrifice ties with Netanyahu or Trump for Tehran", "quote-only sentence continuing his remark")
k = "Iranian officials have publicly thanked Moscow"
E(f, k, "Iranian officials", R, "statement_support", "cooperation", "reported", "2025", "year", "diplomacy", "thanks = statement_support (seed); the group's own speech act keeps the description (dev4); present perfect with no date: publication year (dev6_b). Thanks alone is not a claim (seed); 'condemning the strikes' is a bare back-reference")
k = "But some in Tehran are openly bitter."
E(f, k, I, R, "criticism", "tension", "reported", P, "week", "diplomacy", "'some in Tehran' resolved to Iran (heldout 'many in Tehran'); Moscow from the sentence before; no speech verb: no claim")
k = "“Russia watches from the sidelines while our cities are bombed"
E(f, k, "former Iranian diplomat", R, "criticism", "tension", "reported", P, "week", "diplomacy", "the anonymous diplomat's own critical remark (description kept, dev4/dev6)")
E(f, k, R, I, "aid", "cooperation", "denied", P, "week", "security", "quote subject 'Russia' 'watches from the sidelines' while 'our' (Iran's) cities are bombed (negated help); the bomber is not named: no strike row")
C(f, k, "former Iranian diplomat", "asserts", "The Washington Post", True, "Russia watches from the sidelines", "'told The Post' (via = the publisher named in the sentence, dev2); anonymous: hedged")
k = "Foreign Ministry spokesman Esmaeil Baghaei said Monday"
C(f, k, "Esmaeil Baghaei", "asserts", "", False, "Iran asked no country for military help and can defend itself", "'said Monday'; 'any country' names no partner: no event (heldout sentences with no participant)")
k = "Rosatom built Iran’s Bushehr nuclear power plant"
E(f, k, "Rosatom", I, "other", "cooperation", "reported", "", "unknown", "nuclear;energy", "'Rosatom built Iran's Bushehr nuclear power plant' (undated past act: empty, dev4_b 'once offered')")
E(f, k, R, I, "other", "cooperation", "reported", "2025-06-18", "day", "nuclear;energy", "'more than 200 Russian specialists were still working there' ('Russian specialists' resolved to Russia); known through the statement 'said Wednesday'")
E(f, k, "Israel", R, "agreement", "cooperation", "reported", "2025-06-18", "day", "nuclear;security", "'Israel had agreed to ensure their safety' (assurance given to Russia); dated by the statement")
C(f, k, PU, "asserts", "", False, "200+ Russian specialists at Bushehr; Israel agreed to ensure their safety", "'said Wednesday'")
k = "Deputy Foreign Minister Sergei Ryabkov warned Washington on Wednesday"
E(f, k, "Sergei Ryabkov", US, "other", "tension", "reported", "2025-06-18", "day", "military;middle_east", "warning 'against giving Israel direct military assistance' (warning/threat = other/tension, dev2)")
E(f, k, US, "Israel", "aid", "cooperation", "hypothetical", "2025-06-18", "day", "military;middle_east", "'giving Israel direct military assistance' (hypothetical content of the dated warning, dev4)")
C(f, k, "Sergei Ryabkov", "warns", "", False, "US military aid to Israel would radically destabilise the region", "'warned'")
C(f, k, "Sergei Ryabkov", "warns", "", False, "US military aid to Israel would radically destabilise the region", "second speech verb 'saying' (dev4: a second speech verb with the same stance still gives a second row)")
k = "Whether Moscow can do more than talk may depend less on Tehran"
E(f, k, TR, I, "military_action", "tension", "hypothetical", P, "week", "military;middle_east", "'weighing whether to join Israel's campaign against Iran' (hypothetical, publication week)")
E(f, k, "Israel", I, "military_action", "tension", "reported", P, "week", "military;middle_east", "'Israel's campaign against Iran' names both participants: its own row (dev4 repeated mentions); 'Whether Moscow can do more than talk' is a question with no stated act: no row")
B(f, "By Daria Velikanova and Omid Sadri")
B(f, "Karim Fahmy in Cairo contributed to this report.")


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
