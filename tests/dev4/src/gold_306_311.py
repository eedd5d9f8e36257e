#!/usr/bin/env python3
"""Hand annotation (gold) for dev4_b articles 306-311.

Run: python3 gold_src.py -> writes gold/{events,claims,actors,boilerplate}.csv.
Each row names its sentence by a key substring that must match exactly one sentence
of the article (sentences as kept in articles_src.py), so every quote is a whole sentence.
Actor countries come from the per-file actor table, so they always agree with actors.csv."""

import csv
import os
import sys

import articles_src

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "gold")

FILES = {k[:3]: k for k in articles_src.ARTICLES}
SENTS = {fn: [s for p in a["paras"] for s in p] for fn, a in articles_src.ARTICLES.items()}

ACTORS = {}  # fn -> {name: (country, type)}
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


# ---------------------------------------------------------------- 306 Arab News
f = "306"
PUB = "2024-09-10"
actors(f, [
    ("Gulf Cooperation Council", "", "organisation"),
    ("Sergei Lavrov", "RUS", "person"),
    ("Saudi Arabia", "SAU", "state"),
    ("Prince Faisal bin Farhan", "SAU", "person"),
    ("Jasem Albudaiwi", "", "person"),
    ("United Arab Emirates", "ARE", "state"),
    ("Iran", "IRN", "state"),
    ("Esmaeil Baghaei", "IRN", "person"),
    ("Russia", "RUS", "state"),
    ("Iranian state media", "IRN", "media"),
    ("Gulf states", "", "state"),
    ("analysts", "", "person"),
    ("Abdullah Al-Otaibi", "SAU", "person"),
    ("China", "CHN", "state"),
    ("Saudi officials", "SAU", "government_body"),
])
k = "RIYADH: Gulf Cooperation Council foreign ministers"
E(f, k, "Gulf Cooperation Council", "Sergei Lavrov", "meeting", "cooperation", "reported", "2024-09-09", "day", "diplomacy", "ministerial meeting on Monday; 'GCC foreign ministers' resolved to the GCC; mutual; dateline belongs to the sentence")
E(f, k, "Gulf Cooperation Council", "Sergei Lavrov", "statement_support", "cooperation", "reported", "2024-09-09", "day", "diplomacy", "reaffirmed their commitment to the strategic dialogue; mutual")
E(f, k, "Sergei Lavrov", "Saudi Arabia", "visit", "cooperation", "reported", "2024-09-09", "day", "diplomacy", "meeting in Riyadh implies visit")
E(f, k, "Saudi Arabia", "Sergei Lavrov", "meeting", "cooperation", "reported", "2024-09-09", "day", "diplomacy", "'hosted by the Kingdom': host -> participant, as seed BRICS host row")
k = "The meeting, chaired by Saudi Foreign Minister"
E(f, k, "Prince Faisal bin Farhan", "Sergei Lavrov", "meeting", "cooperation", "reported", PUB, "week", "diplomacy", "chaired 'the meeting' with Lavrov (Lavrov from the sentence before); no date expression in this sentence")
C(f, k, "Jasem Albudaiwi", "asserts", "", False, "meeting discussed Gaza, Sudan and OPEC+ energy cooperation", "'said in a statement'; speaks for the GCC: empty country")
k = "In their joint statement, the ministers supported"
E(f, k, "Gulf Cooperation Council", "Sergei Lavrov", "agreement", "cooperation", "reported", PUB, "week", "diplomacy", "joint statement: agreement between the issuers ('the ministers' = GCC ministers and Lavrov); mutual")
E(f, k, "Gulf Cooperation Council", "United Arab Emirates", "statement_support", "cooperation", "reported", PUB, "week", "diplomacy;security", "supported UAE efforts on the islands")
E(f, k, "Sergei Lavrov", "United Arab Emirates", "statement_support", "cooperation", "reported", PUB, "week", "diplomacy;security", "supported UAE efforts on the islands (Lavrov is one of 'the ministers')")
C(f, k, "Gulf Cooperation Council", "asserts", "", False, "support for UAE efforts to resolve the islands issue", "joint statement: one row per issuer")
C(f, k, "Sergei Lavrov", "asserts", "", False, "support for UAE efforts to resolve the islands issue", "joint statement: one row per issuer")
k = "The wording drew a swift response from Tehran."
E(f, k, "Iran", "Gulf Cooperation Council", "criticism", "tension", "reported", PUB, "week", "diplomacy;security", "response to the statement's wording; issuers from the sentence before")
E(f, k, "Iran", "Sergei Lavrov", "criticism", "tension", "reported", PUB, "week", "diplomacy;security", "response to the statement's wording; issuers from the sentence before")
k = "Esmaeil Baghaei told reporters"
C(f, k, "Esmaeil Baghaei", "asserts", "", False, "islands an inseparable part of Iran's territory", "'told reporters'; no event: the issuers are not named in this sentence or the one before")
C(f, k, "Esmaeil Baghaei", "disputes", "", False, "Iran strongly rejects the joint statement", "second speech verb 'said'; rejecting another party's document = disputes")
k = "He did not mention Russia by name"
E(f, k, "Esmaeil Baghaei", "Russia", "criticism", "tension", "denied", PUB, "week", "diplomacy", "did not name Russia (negated criticism)")
E(f, k, "Iranian state media", "Russia", "accusation", "tension", "reported", PUB, "week", "diplomacy", "accused Moscow of siding with the Gulf states")
E(f, k, "Russia", "Gulf states", "statement_support", "cooperation", "reported", PUB, "week", "diplomacy;security", "'siding with the Gulf states' (the accused act)")
E(f, k, "Russia", "Iran", "other", "tension", "reported", PUB, "week", "diplomacy", "siding 'against a strategic partner'")
E(f, k, "Russia", "Iran", "other", "cooperation", "reported", "", "unknown", "diplomacy", "'a strategic partner'; background; mutual")
C(f, k, "Iranian state media", "asserts", "Iranian state media", False, "Moscow sided with the Gulf states against a strategic partner", "'accused'; the media are the source")
k = "It was the third time in just over a year"
E(f, k, "Gulf Cooperation Council", "Russia", "meeting", "cooperation", "reported", "2023-07", "month", "diplomacy", "GCC-Russia meeting in Moscow in July 2023; mutual")
E(f, k, "Gulf Cooperation Council", "Russia", "visit", "cooperation", "reported", "2023-07", "month", "diplomacy", "meeting in Moscow implies visit")
E(f, k, "Russia", "Gulf Cooperation Council", "agreement", "cooperation", "reported", "2023-07", "month", "diplomacy;security", "similar (joint) statement following the July 2023 meeting; the December 2023 statement names no partner (the Forum is a venue)")
k = "On both occasions Iran summoned the Russian envoy"
E(f, k, "Iran", "Russia", "criticism", "tension", "reported", "2023-07", "month", "diplomacy", "summons after the July 2023 statement ('On both occasions'); envoy resolved to Russia")
E(f, k, "Iran", "Russia", "criticism", "tension", "reported", "2023-12", "month", "diplomacy", "summons after the December 2023 Marrakesh statement")
k = "Lavrov, who arrived in Riyadh on Sunday"
E(f, k, "Sergei Lavrov", "Saudi Arabia", "visit", "cooperation", "reported", "2024-09-08", "day", "diplomacy", "arrived in Riyadh on Sunday")
E(f, k, "Sergei Lavrov", "Prince Faisal bin Farhan", "meeting", "cooperation", "reported", PUB, "week", "diplomacy", "separate talks; the talks themselves have no date expression ('on Sunday' is the arrival)")
k = "Our relations with the Kingdom are based on mutual respect"
E(f, k, "Russia", "Saudi Arabia", "other", "cooperation", "reported", "", "unknown", "diplomacy", "quote subject 'Our relations' = Russia; relationship state")
E(f, k, "Sergei Lavrov", "Iran", "criticism", "tension", "reported", PUB, "week", "diplomacy", "brushes off Iran's objections ('do not depend on anyone's approval')")
C(f, k, "Sergei Lavrov", "asserts", "", False, "ties with the Kingdom do not depend on anyone's approval", "'told reporters'")
k = "He insisted that Moscow's position on the islands had not changed."
C(f, k, "Sergei Lavrov", "asserts", "", False, "Moscow's position on the islands unchanged", "no event: no partner named")
k = "Analysts said the statement showed"
E(f, k, "Russia", "Gulf states", "other", "cooperation", "reported", "", "unknown", "diplomacy", "'its ties with Gulf capitals'; background; Gulf capitals = Gulf states")
E(f, k, "Russia", "Iran", "other", "tension", "reported", PUB, "week", "diplomacy", "unwilling to sacrifice Gulf ties 'for Tehran's sake' (shown by this statement)")
C(f, k, "analysts", "asserts", "", True, "Moscow unwilling to sacrifice Gulf ties for Tehran", "unnamed analysts")
k = "Russia needs Saudi Arabia in OPEC+"
E(f, k, "Russia", "Saudi Arabia", "trade_energy", "cooperation", "reported", "", "unknown", "energy", "OPEC+ partnership; background")
E(f, k, "Russia", "Iran", "other", "tension", "reported", "", "unknown", "diplomacy", "does not need to please Iran on this file; background")
C(f, k, "Abdullah Al-Otaibi", "asserts", "", False, "Russia needs Saudi Arabia more than it needs to please Iran", "inverted 'said X'; named analyst")
k = "Moscow's partnership with Iran has limits"
E(f, k, "Russia", "Iran", "other", "cooperation", "reported", "", "unknown", "diplomacy", "'partnership'; background")
E(f, k, "Russia", "Iran", "other", "tension", "reported", "", "unknown", "diplomacy;security", "partnership 'has limits', the islands one of them")
C(f, k, "Abdullah Al-Otaibi", "asserts", "", False, "Moscow's partnership with Iran has limits", "quote-only sentence")
k = "The Kingdom restored diplomatic relations with Iran in March 2023"
E(f, k, "Saudi Arabia", "Iran", "agreement", "cooperation", "reported", "2023-03", "month", "diplomacy;middle_east", "restored diplomatic relations in March 2023")
E(f, k, "China", "Saudi Arabia", "other", "cooperation", "reported", "2023-03", "month", "diplomacy;middle_east", "brokered the deal (as the go-between rows)")
E(f, k, "China", "Iran", "other", "cooperation", "reported", "2023-03", "month", "diplomacy;middle_east", "brokered the deal (as the go-between rows)")
E(f, k, "Saudi Arabia", "Iran", "other", "cooperation", "reported", "", "unknown", "diplomacy", "rapprochement 'remains on track'; ongoing state; 'Saudi officials' resolved to Saudi Arabia")
C(f, k, "Saudi officials", "asserts", "", False, "rapprochement with Iran remains on track", "generic on-record officials: not hedged")
k = "Russia welcomed that agreement at the time."
E(f, k, "Russia", "Saudi Arabia", "statement_support", "cooperation", "reported", "2023-03", "month", "diplomacy", "welcomed the Saudi-Iran agreement; 'at the time' = March 2023")
E(f, k, "Russia", "Iran", "statement_support", "cooperation", "reported", "2023-03", "month", "diplomacy", "welcomed the Saudi-Iran agreement; 'at the time' = March 2023")
k = "The UAE has repeatedly called on Iran"
E(f, k, "United Arab Emirates", "Iran", "other", "neutral", "reported", "", "unknown", "diplomacy;security", "calls for negotiations or ICJ referral; 'repeatedly'; ICJ is a venue")
C(f, k, "United Arab Emirates", "hopes", "", False, "Iran should negotiate or refer the dispute to the ICJ", "'called on'")
k = "Tehran insists that its sovereignty over the islands is not negotiable."
E(f, k, "Iran", "United Arab Emirates", "other", "tension", "reported", "", "unknown", "diplomacy;security", "rejects negotiation (UAE from the sentence before); habitual 'insists'")
C(f, k, "Iran", "disputes", "", False, "sovereignty over the islands not negotiable", "'insists', rebutting the UAE's position")

# ---------------------------------------------------------------- 307 Jerusalem Post
f = "307"
PUB = "2021-10-24"
actors(f, [
    ("Naftali Bennett", "ISR", "person"),
    ("Vladimir Putin", "RUS", "person"),
    ("Russia", "RUS", "state"),
    ("senior Israeli official", "ISR", "person"),
    ("Israel", "ISR", "state"),
    ("Bashar Assad", "SYR", "person"),
    ("Iran", "IRN", "state"),
    ("Hezbollah", "LBN", "armed_group"),
    ("Kremlin", "RUS", "government_body"),
    ("Iranian officials", "IRN", "person"),
    ("Iranian-backed forces", "", "armed_group"),
    ("Iranian media", "IRN", "media"),
    ("Syria", "SYR", "state"),
    ("Russian Defense Ministry", "RUS", "government_body"),
    ("Israeli officials", "ISR", "person"),
    ("media reports", "", "media"),
    ("foreign media", "", "media"),
    ("Iranian-backed militias", "", "armed_group"),
    ("IDF", "ISR", "government_body"),
    ("Prime Minister's Office", "ISR", "government_body"),
    ("Emmanuel Macron", "FRA", "person"),
    ("Russian officials", "RUS", "person"),
    ("former senior IDF officer", "ISR", "person"),
    ("The Jerusalem Post", "ISR", "media"),
])
k = "Prime Minister Naftali Bennett and Russian President Vladimir Putin agreed"
E(f, k, "Naftali Bennett", "Vladimir Putin", "agreement", "cooperation", "reported", "2021-10-22", "day", "security;middle_east", "agreed to maintain the deconfliction mechanism; mutual")
E(f, k, "Naftali Bennett", "Vladimir Putin", "meeting", "cooperation", "reported", "2021-10-22", "day", "diplomacy", "five-hour meeting in Sochi on Friday; mutual")
E(f, k, "Naftali Bennett", "Russia", "visit", "cooperation", "reported", "2021-10-22", "day", "diplomacy", "meeting in Sochi implies visit")
C(f, k, "senior Israeli official", "asserts", "", True, "Bennett and Putin agreed to keep the mechanism", "unnamed official")
k = "The mechanism, set up in 2015"
E(f, k, "Israel", "Russia", "agreement", "cooperation", "reported", "2015", "year", "security;middle_east", "deconfliction mechanism set up in 2015; mutual")
E(f, k, "Russia", "Bashar Assad", "aid", "cooperation", "reported", "2015", "year", "military;middle_east", "deployed forces to Syria to prop up Assad (military support)")
E(f, k, "Israel", "Iran", "military_action", "tension", "reported", "", "unknown", "military;middle_east", "hundreds of strikes on Iranian targets; ongoing since 2015")
E(f, k, "Israel", "Hezbollah", "military_action", "tension", "reported", "", "unknown", "military;middle_east", "strikes on Hezbollah weapons shipments; ongoing")
E(f, k, "Israel", "Russia", "military_action", "tension", "denied", PUB, "week", "military;middle_east", "'without clashing with Russian forces' (negated); denied rows take the publication week ('in 2015' dates the mechanism)")
k = "We discussed Syria at length"
E(f, k, "Israel", "Iran", "other", "tension", "reported", "", "unknown", "security;middle_east", "efforts to stop Iran entrenching militarily; ongoing")
E(f, k, "Iran", "Israel", "other", "tension", "reported", "", "unknown", "military;middle_east", "Iranian military entrenchment on Israel's northern border; ongoing")
C(f, k, "Naftali Bennett", "asserts", "", False, "discussed Syria and stopping Iran's entrenchment", "'told reporters'")
k = "He said he had found his host"
E(f, k, "Naftali Bennett", "Vladimir Putin", "statement_support", "cooperation", "reported", PUB, "week", "diplomacy", "praise of 'his host' (definite description = Putin)")
E(f, k, "Vladimir Putin", "Israel", "other", "cooperation", "reported", PUB, "week", "security", "'attentive to Israel's security needs'")
C(f, k, "Naftali Bennett", "asserts", "", False, "Putin attentive to Israel's security needs", "")
k = "Putin, for his part, described relations"
E(f, k, "Vladimir Putin", "Israel", "statement_support", "cooperation", "reported", PUB, "week", "diplomacy", "relations described as 'unique'")
E(f, k, "Russia", "Israel", "other", "cooperation", "reported", "", "unknown", "diplomacy", "'relations between the two countries'; relationship state; mutual")
C(f, k, "Vladimir Putin", "asserts", "", False, "Russia-Israel relations unique", "'described'")
k = "The Kremlin's readout of the talks did not mention Iran."
E(f, k, "Kremlin", "Iran", "other", "neutral", "denied", PUB, "week", "diplomacy", "readout 'did not mention Iran' (negated statement about Iran); not a claim")
k = "The understandings are a sore point in Tehran."
E(f, k, "Iran", "Russia", "criticism", "tension", "reported", "", "unknown", "diplomacy;security", "sore point (frustration); Russia from the sentence before (the Kremlin); ongoing state")
k = "Iranian officials have privately complained"
E(f, k, "Iran", "Russia", "criticism", "tension", "reported", PUB, "week", "diplomacy;security", "complained; 'Iranian officials' resolved to Iran")
E(f, k, "Russia", "Iranian-backed forces", "other", "cooperation", "reported", "", "unknown", "military;middle_east", "fights alongside Iranian-backed forces; ongoing")
E(f, k, "Iran", "Iranian-backed forces", "aid", "cooperation", "reported", "", "unknown", "military;middle_east", "'Iranian-backed' coded aid (seed rule)")
E(f, k, "Russia", "Israel", "military_action", "tension", "denied", PUB, "week", "military;middle_east", "'does nothing to stop Israeli jets' (negated)")
E(f, k, "Iranian media", "Russia", "accusation", "tension", "reported", PUB, "week", "diplomacy", "accused Russia of 'collusion'")
E(f, k, "Russia", "Israel", "other", "cooperation", "reported", "", "unknown", "security;middle_east", "alleged 'collusion' with the Jewish state (the accused act)")
C(f, k, "Iranian officials", "asserts", "", True, "Moscow does nothing to stop Israeli jets", "'privately complained': off-record, hedged")
C(f, k, "Iranian media", "asserts", "Iranian media", False, "Russia colludes with Israel", "'accused'; the media are the source")
k = "Ties between Jerusalem and Moscow hit a low"
E(f, k, "Israel", "Russia", "other", "tension", "reported", "2018-09", "month", "diplomacy;security", "ties hit a low in September 2018; mutual")
E(f, k, "Syria", "Russia", "military_action", "tension", "reported", "2018-09", "month", "military;middle_east", "Syrian air defenses shot down the Il-20")
E(f, k, "Israel", "Syria", "military_action", "tension", "reported", "2018-09", "month", "military;middle_east", "Israeli raid near Latakia")
k = "The Russian Defense Ministry blamed Israel"
E(f, k, "Russian Defense Ministry", "Israel", "accusation", "tension", "reported", "2018-09", "month", "security;middle_east", "blamed Israel; past narrative anchored to the September 2018 episode")
E(f, k, "Russia", "Syria", "arms_transfer", "cooperation", "reported", "2018", "year", "military;middle_east", "S-300 delivered 'two weeks later' to 'the Assad regime' (= Syria); the text does not fix the month")
C(f, k, "Russian Defense Ministry", "asserts", "", False, "Israel to blame for the Il-20 downing", "'blamed'")
k = "Israeli officials said at the time"
E(f, k, "Israel", "Iran", "military_action", "tension", "hypothetical", "2018", "year", "military;middle_east", "S-300 would not stop them acting against Iran; 'at the time' = the 2018 delivery")
E(f, k, "Syria", "Israel", "military_action", "tension", "denied", PUB, "week", "military;middle_east", "batteries 'never been fired at Israeli aircraft' (negated); Syria from the sentence before")
C(f, k, "Israeli officials", "warns", "", False, "S-300 will not stop Israel acting against Iran", "statement of resolve")
C(f, k, "media reports", "asserts", "", True, "S-300 never fired at Israeli aircraft", "'reportedly'")
k = "Earlier this month, foreign media reported"
E(f, k, "Israel", "Iranian-backed militias", "military_action", "tension", "reported", "2021-10", "month", "military;middle_east", "strike near Palmyra 'earlier this month'")
E(f, k, "Iran", "Iranian-backed militias", "aid", "cooperation", "reported", "", "unknown", "military;middle_east", "'Iranian-backed' coded aid")
C(f, k, "foreign media", "asserts", "foreign media", True, "Israeli jets struck a tower near Palmyra", "'foreign media reported' (Israeli convention for unconfirmed strikes): unnamed outlets, hedged")
k = "The IDF, as is its policy, did not confirm the strike."
E(f, k, "IDF", "Iranian-backed militias", "military_action", "tension", "denied", PUB, "week", "military;middle_east", "non-confirmation coded denied (seed 'has not confirmed'); not a claim")
k = "The two leaders also discussed Iran's nuclear program"
E(f, k, "Naftali Bennett", "Vladimir Putin", "meeting", "cooperation", "reported", PUB, "week", "diplomacy;nuclear", "'The two leaders also discussed'; no date expression")
E(f, k, "Israel", "Iran", "accusation", "tension", "reported", PUB, "week", "nuclear", "Israel says the program is approaching weapons capability")
C(f, k, "Israel", "asserts", "", False, "Iran's program approaching weapons threshold", "'Israel says'")
C(f, k, "Prime Minister's Office", "asserts", "", False, "the two leaders discussed Iran's nuclear program", "'according to the Prime Minister's Office'")
k = "Bennett is expected to raise the issue again"
E(f, k, "Naftali Bennett", "Emmanuel Macron", "meeting", "cooperation", "planned", "2021-11", "month", "diplomacy;nuclear", "'expected to raise' with Macron in Glasgow 'early next month'; summit sidelines in a third country: no visit row")
k = "Russian officials have occasionally criticized the strikes"
E(f, k, "Russia", "Israel", "criticism", "tension", "reported", "", "unknown", "security;middle_east", "'occasionally criticized the strikes'; habitual; 'Russian officials' resolved to Russia")
E(f, k, "Russia", "Israel", "statement_support", "cooperation", "denied", PUB, "week", "security;middle_east", "'never publicly endorsed Israel's campaign' (negated)")
C(f, k, "Russian officials", "asserts", "", False, "criticism of Israeli strikes", "'criticized'")
k = "But a former senior IDF officer told The Jerusalem Post"
E(f, k, "Russia", "Iran", "other", "tension", "reported", "", "unknown", "security;middle_east", "Iran 'a competitor' in Syria; perception, background")
E(f, k, "Russia", "Iran", "other", "cooperation", "denied", PUB, "week", "security;middle_east", "'Iran is not their ally' (negated alliance)")
C(f, k, "former senior IDF officer", "asserts", "The Jerusalem Post", True, "Russians see Iran as a competitor, not an ally", "'told The Jerusalem Post': publisher named in the sentence is via")

# ---------------------------------------------------------------- 308 Meduza
f = "308"
PUB = "2025-06-27"
actors(f, [
    ("Israel", "ISR", "state"),
    ("Iran", "IRN", "state"),
    ("Kremlin", "RUS", "government_body"),
    ("Vladimir Putin", "RUS", "person"),
    ("Masoud Pezeshkian", "IRN", "person"),
    ("Benjamin Netanyahu", "ISR", "person"),
    ("Russia", "RUS", "state"),
    ("Iranian lawmakers", "IRN", "person"),
    ("former Iranian ambassador", "IRN", "person"),
    ("Etemad", "IRN", "media"),
    ("the West", "", "state"),
    ("sources close to the Kremlin", "RUS", "person"),
    ("Meduza", "LVA", "media"),
    ("United States", "USA", "state"),
    ("Donald Trump", "USA", "person"),
    ("Gulf monarchies", "", "organisation"),
    ("source in the Russian government", "RUS", "person"),
    ("Ukraine", "UKR", "state"),
    ("Abbas Araghchi", "IRN", "person"),
    ("Ali Khamenei", "IRN", "person"),
    ("Reuters", "GBR", "media"),
    ("Dmitry Peskov", "RUS", "person"),
    ("Nikolai Kozhanov", "RUS", "person"),
])
k = "When Israel began bombing Iran"
E(f, k, "Israel", "Iran", "military_action", "tension", "reported", "2025-06-13", "day", "military;nuclear;middle_east", "began bombing on June 13")
E(f, k, "Kremlin", "Iran", "statement_support", "cooperation", "reported", "2025-06", "month", "diplomacy;middle_east", "'limited itself to words'; anchored to the June 13 episode at month precision")
k = "Vladimir Putin condemned the strikes in phone calls"
E(f, k, "Vladimir Putin", "Masoud Pezeshkian", "call", "cooperation", "reported", "2025-06", "month", "diplomacy;middle_east", "phone call; past narrative anchored to the June episode")
E(f, k, "Vladimir Putin", "Benjamin Netanyahu", "call", "cooperation", "reported", "2025-06", "month", "diplomacy;middle_east", "phone call; past narrative anchored to the June episode")
E(f, k, "Vladimir Putin", "Israel", "criticism", "tension", "reported", "2025-06", "month", "military;middle_east", "condemned the (Israeli) strikes")
E(f, k, "Vladimir Putin", "Iran", "statement_support", "cooperation", "reported", "2025-06", "month", "diplomacy;middle_east", "offered to mediate: cooperation toward the partner")
E(f, k, "Vladimir Putin", "Israel", "statement_support", "neutral", "reported", "2025-06", "month", "diplomacy;middle_east", "offered to mediate: neutral toward the other side")
E(f, k, "Russia", "Iran", "arms_transfer", "cooperation", "denied", PUB, "week", "military", "'sent Tehran neither weapons nor air defense systems' (negated); no date expression in the sentence")
k = "Speaking at the St. Petersburg International Economic Forum on June 20"
E(f, k, "Russia", "Iran", "other", "tension", "denied", "2025-06-20", "day", "diplomacy", "'had not abandoned its partner' (negated abandonment)")
C(f, k, "Vladimir Putin", "denies", "", False, "Russia has not abandoned Iran", "'insisted', rejecting a charge about Russia itself")
k = "He said Moscow had once offered Iran help"
E(f, k, "Russia", "Iran", "other", "cooperation", "reported", "", "unknown", "military", "offer of help with an integrated air defense system; 'once': undated past")
E(f, k, "Iran", "Russia", "other", "cooperation", "denied", PUB, "week", "military", "quote subject 'our Iranian friends' did not show much interest (negated)")
C(f, k, "Vladimir Putin", "asserts", "", False, "Russia offered air defense help; Iran not interested", "")
k = "He also pointed out that the strategic partnership treaty"
E(f, k, "Russia", "Iran", "agreement", "cooperation", "reported", "2025-01", "month", "diplomacy", "treaty signed in January; mutual")
E(f, k, "Russia", "Iran", "agreement", "cooperation", "denied", "2025-01", "month", "security;military", "no mutual defense obligations (negated), as heldout")
C(f, k, "Vladimir Putin", "asserts", "", False, "treaty contains no mutual defense obligations", "'pointed out'")
k = "That explanation has not gone down well in Tehran."
E(f, k, "Iran", "Vladimir Putin", "criticism", "tension", "reported", PUB, "week", "diplomacy", "explanation not well received; Putin ('He') from the sentence before")
k = "Several Iranian lawmakers have asked publicly"
E(f, k, "Iranian lawmakers", "Russia", "criticism", "tension", "reported", PUB, "week", "military", "asked publicly why the Su-35s never arrived; the group's own act")
E(f, k, "Russia", "Iran", "arms_transfer", "cooperation", "denied", PUB, "week", "military", "Su-35s 'have never arrived' (negated)")
E(f, k, "Iran", "Russia", "other", "cooperation", "reported", "", "unknown", "military;finance", "Iran says it paid for the Su-35s; undated")
E(f, k, "former Iranian ambassador", "Russia", "criticism", "tension", "reported", PUB, "week", "diplomacy", "told Etemad Russia treats Iran as a bargaining chip")
E(f, k, "Russia", "Iran", "other", "tension", "reported", "", "unknown", "diplomacy", "'has always treated Iran as a bargaining chip'; background")
E(f, k, "Russia", "the West", "other", "neutral", "reported", "", "unknown", "diplomacy", "'its dealings with the West'; background")
C(f, k, "Iranian lawmakers", "asserts", "", True, "Su-35s paid for but never delivered", "'asked publicly why' = asserts; unnamed lawmakers")
C(f, k, "Iran", "asserts", "", False, "Iran paid for the Su-35s", "'Iran says'")
C(f, k, "former Iranian ambassador", "asserts", "Etemad", True, "Russia treats Iran as a bargaining chip with the West", "'told the reformist newspaper Etemad'; unnamed")
k = "Two sources close to the Kremlin told Meduza"
C(f, k, "sources close to the Kremlin", "asserts", "Meduza", True, "decision to stay out taken at the very top", "anonymous; 'told Meduza'. No event: the decision's participants are not named")
k = "According to one of them, Putin did not want"
E(f, k, "Vladimir Putin", "United States", "other", "cooperation", "reported", "", "unknown", "diplomacy;ukraine_war", "'fragile contacts with Donald Trump's administration' (= United States); ongoing")
E(f, k, "Russia", "Israel", "other", "cooperation", "reported", "", "unknown", "diplomacy", "'Russia's relations with Israel'; background")
E(f, k, "Russia", "Gulf monarchies", "other", "cooperation", "reported", "", "unknown", "diplomacy", "'Russia's relations with ... the Gulf monarchies'; background")
C(f, k, "sources close to the Kremlin", "asserts", "Meduza", True, "Putin did not want to jeopardize contacts with Trump, Israel and the Gulf", "'According to one of them': continues the Meduza sourcing")
k = "Nobody here was going to fight Israel for Iran"
E(f, k, "Russia", "Israel", "military_action", "tension", "denied", PUB, "week", "military;middle_east", "'Nobody here' (= Russia) 'was going to fight Israel' (negated)")
E(f, k, "Russia", "Iran", "aid", "cooperation", "denied", PUB, "week", "military;middle_east", "not going to fight 'for Iran' (negated)")
C(f, k, "sources close to the Kremlin", "asserts", "Meduza", True, "nobody in Moscow would fight Israel for Iran", "'the source said'; same sourcing")
k = "A source in the Russian government added"
E(f, k, "Russia", "Ukraine", "military_action", "tension", "reported", "", "unknown", "ukraine_war;military", "air defense needed 'at the front in Ukraine'; ongoing war")
C(f, k, "source in the Russian government", "asserts", "", True, "no air defense systems to spare", "anonymous; no outlet named in the sentence")
k = "Iranian Foreign Minister Abbas Araghchi flew to Moscow on Monday"
E(f, k, "Abbas Araghchi", "Russia", "visit", "cooperation", "reported", "2025-06-23", "day", "diplomacy", "flew to Moscow on Monday")
E(f, k, "United States", "Iran", "military_action", "tension", "reported", "2025-06-22", "day", "military;nuclear;middle_east", "American bombers struck Fordow, Natanz and Isfahan 'a day after' = Sunday")
E(f, k, "Vladimir Putin", "Abbas Araghchi", "meeting", "cooperation", "reported", "2025-06-23", "day", "diplomacy", "'was received by Putin': initiator Putin; same Monday")
k = "Putin called the U.S. attacks"
E(f, k, "Vladimir Putin", "United States", "criticism", "tension", "reported", PUB, "week", "military;middle_east", "'absolutely unprovoked aggression'; no date expression")
E(f, k, "Vladimir Putin", "Iran", "aid", "cooperation", "planned", "", "unknown", "humanitarian", "promised to help the Iranian people; undated planned")
C(f, k, "Vladimir Putin", "asserts", "", False, "US attacks absolutely unprovoked aggression", "'called'; the promise is not a claim")
k = "According to Reuters, Araghchi carried a letter"
E(f, k, "Ali Khamenei", "Vladimir Putin", "other", "cooperation", "reported", PUB, "week", "diplomacy;military", "letter asking for more concrete support (request); Putin from the sentence before")
E(f, k, "Iran", "Vladimir Putin", "criticism", "tension", "reported", PUB, "week", "diplomacy", "'disappointed with the response'")
C(f, k, "Reuters", "asserts", "Reuters", False, "Khamenei letter asked for more support; Tehran disappointed", "'According to Reuters': outlet is the source")
k = "Presidential spokesman Dmitry Peskov rejected the suggestion"
E(f, k, "Russia", "Iran", "other", "tension", "denied", PUB, "week", "diplomacy", "rejected that Moscow 'had let its ally down'; denied row, publication week")
C(f, k, "Dmitry Peskov", "denies", "", False, "Moscow did not let Iran down", "'rejected the suggestion' about Russia itself; no denial event: the suggestion has no named author")
k = "Our support for Iran was expressed very clearly"
E(f, k, "Russia", "Iran", "statement_support", "cooperation", "reported", "2025-06-24", "day", "diplomacy", "quote subject 'Our support' = Russia; dated by the Tuesday statement; UNSC is a venue")
E(f, k, "Russia", "Iran", "arms_transfer", "cooperation", "denied", "2025-06-24", "day", "military", "'declining to say whether Russia would now supply' (seed: 'has not confirmed whether' = denied)")
C(f, k, "Dmitry Peskov", "asserts", "", False, "Russia's support for Iran expressed clearly", "inverted quote 'Peskov told journalists'; 'declining to say' is not a claim")
k = "Since 2022 Iran has sold Russia thousands of Shahed drones"
E(f, k, "Iran", "Russia", "arms_transfer", "cooperation", "reported", "", "unknown", "military;ukraine_war", "'Since 2022': background")
E(f, k, "Russia", "Ukraine", "military_action", "tension", "reported", "", "unknown", "military;ukraine_war", "'the Russian army still uses' drones against Ukrainian cities; ongoing")
k = "But for the Kremlin, Tehran has never been an ally worth a war"
E(f, k, "Kremlin", "Iran", "other", "cooperation", "denied", PUB, "week", "security", "'never been an ally worth a war' (negated alliance)")
C(f, k, "Nikolai Kozhanov", "asserts", "", False, "Tehran never an ally worth a war for the Kremlin", "present-tense 'argues'; named expert")
k = "Moscow supports Iran exactly as far as it costs Moscow nothing"
E(f, k, "Russia", "Iran", "other", "cooperation", "reported", "", "unknown", "diplomacy", "'supports Iran' only as far as it costs nothing; habitual")
C(f, k, "Nikolai Kozhanov", "asserts", "Meduza", False, "Moscow supports Iran only when it costs nothing", "'he told Meduza'")

# ---------------------------------------------------------------- 309 SCMP
f = "309"
PUB = "2025-03-15"
actors(f, [
    ("China", "CHN", "state"),
    ("Russia", "RUS", "state"),
    ("Iran", "IRN", "state"),
    ("Ma Zhaoxu", "CHN", "person"),
    ("Sergei Ryabkov", "RUS", "person"),
    ("Kazem Gharibabadi", "IRN", "person"),
    ("Wang Yi", "CHN", "person"),
    ("Donald Trump", "USA", "person"),
    ("Ali Khamenei", "IRN", "person"),
    ("United States", "USA", "state"),
    ("teapot refiners", "CHN", "organisation"),
    ("Vortexa", "GBR", "organisation"),
    ("traders in Singapore", "SGP", "person"),
    ("Russian officials", "RUS", "person"),
    ("India", "IND", "state"),
    ("Shanghai-based Middle East scholar", "CHN", "person"),
    ("Esmaeil Baghaei", "IRN", "person"),
])
k = "China, Russia and Iran on Friday called for an end"
for a, b in (("China", "Russia"), ("China", "Iran"), ("Russia", "Iran")):
    E(f, k, a, b, "agreement", "cooperation", "reported", "2025-03-14", "day", "diplomacy;nuclear", "joint call on Friday: one row per pair of issuers, text order")
E(f, k, "China", "Iran", "statement_support", "cooperation", "reported", "2025-03-14", "day", "diplomacy;nuclear;finance", "call for an end to sanctions on Tehran")
E(f, k, "Russia", "Iran", "statement_support", "cooperation", "reported", "2025-03-14", "day", "diplomacy;nuclear;finance", "call for an end to sanctions on Tehran")
for a, b in (("China", "Russia"), ("China", "Iran"), ("Russia", "Iran")):
    E(f, k, a, b, "meeting", "cooperation", "reported", "2025-03-14", "day", "diplomacy;nuclear", "Beijing hosted talks of the three countries' diplomats: one row per pair")
E(f, k, "Russia", "China", "visit", "cooperation", "reported", "2025-03-14", "day", "diplomacy", "talks hosted in Beijing imply visit")
E(f, k, "Iran", "China", "visit", "cooperation", "reported", "2025-03-14", "day", "diplomacy", "talks hosted in Beijing imply visit")
for c in ("China", "Russia", "Iran"):
    C(f, k, c, "hopes", "", False, "end to illegal unilateral sanctions on Iran", "joint call ('called for'): one row per issuer")
k = "Chinese Vice-Foreign Minister Ma Zhaoxu met"
E(f, k, "Ma Zhaoxu", "Sergei Ryabkov", "meeting", "cooperation", "reported", PUB, "week", "diplomacy;nuclear", "met; no date expression in this sentence")
E(f, k, "Ma Zhaoxu", "Kazem Gharibabadi", "meeting", "cooperation", "reported", PUB, "week", "diplomacy;nuclear", "met")
E(f, k, "Sergei Ryabkov", "Kazem Gharibabadi", "meeting", "cooperation", "reported", PUB, "week", "diplomacy;nuclear", "trilateral meeting: third pair")
E(f, k, "Sergei Ryabkov", "China", "visit", "cooperation", "reported", PUB, "week", "diplomacy", "in the Chinese capital; 'visiting envoys'")
E(f, k, "Kazem Gharibabadi", "China", "visit", "cooperation", "reported", PUB, "week", "diplomacy", "in the Chinese capital; 'visiting envoys'")
E(f, k, "Wang Yi", "Sergei Ryabkov", "meeting", "cooperation", "reported", PUB, "week", "diplomacy", "received the two visiting envoys")
E(f, k, "Wang Yi", "Kazem Gharibabadi", "meeting", "cooperation", "reported", PUB, "week", "diplomacy", "received the two visiting envoys")
k = "In a joint statement, the three sides said"
for a, b in (("China", "Russia"), ("China", "Iran"), ("Russia", "Iran")):
    E(f, k, a, b, "agreement", "cooperation", "reported", PUB, "week", "diplomacy;nuclear", "joint statement of 'the three sides'; no date expression")
for c in ("China", "Russia", "Iran"):
    C(f, k, c, "asserts", "", False, "engagement based on mutual respect the only viable option", "joint statement: one row per issuer")
k = "The meeting came a week after US President Donald Trump said"
E(f, k, "Donald Trump", "Ali Khamenei", "other", "neutral", "reported", "2025-03-07", "week", "diplomacy;nuclear", "letter proposing negotiations (proposal = other, neutral); dated by Trump's statement 'a week' before Friday")
E(f, k, "Donald Trump", "Iran", "other", "tension", "reported", "2025-03-07", "week", "military;nuclear", "warning of military action (threat = other, tension)")
C(f, k, "Donald Trump", "asserts", "", False, "wrote to Khamenei proposing talks", "")
C(f, k, "Donald Trump", "warns", "", False, "military action if Tehran refuses", "'while warning'")
k = "Khamenei dismissed the overture"
E(f, k, "Ali Khamenei", "Donald Trump", "other", "tension", "reported", PUB, "week", "diplomacy;nuclear", "dismissed the overture (Trump from the sentence before)")
C(f, k, "Ali Khamenei", "disputes", "", False, "rejects Trump's overture", "'dismissed'")
C(f, k, "Ali Khamenei", "asserts", "", False, "Iran will not be bullied into talks", "second speech verb 'saying'")
k = "Ma told reporters that Beijing opposed"
E(f, k, "China", "United States", "criticism", "tension", "reported", PUB, "week", "diplomacy;finance", "quote subject Beijing opposes use of force and illegal sanctions")
E(f, k, "China", "United States", "other", "neutral", "reported", PUB, "week", "diplomacy;nuclear", "hoped Washington would return to talks (urging = other, neutral)")
C(f, k, "Ma Zhaoxu", "asserts", "", False, "Beijing opposes force and illegal sanctions", "'told reporters'")
C(f, k, "Ma Zhaoxu", "hopes", "", False, "Washington should return to negotiations", "'hoped'")
k = "He did not say whether China would be willing to host talks"
E(f, k, "China", "Iran", "meeting", "cooperation", "denied", PUB, "week", "diplomacy;nuclear", "hosting talks: host -> participant; 'did not say whether' = not confirmed (denied)")
E(f, k, "China", "United States", "meeting", "neutral", "denied", PUB, "week", "diplomacy;nuclear", "hosting talks: host -> participant; not confirmed (denied)")
E(f, k, "Iran", "United States", "meeting", "cooperation", "hypothetical", PUB, "week", "diplomacy;nuclear", "possible talks between Iran and the US")
k = "The diplomatic show of unity followed"
for a, b in (("China", "Russia"), ("China", "Iran"), ("Russia", "Iran")):
    E(f, k, a, b, "other", "cooperation", "reported", "2025-03-10", "week", "military;security", "joint naval drill 'this week' ('the three navies'); one mutual row per pair")
k = "Yet Beijing’s two partners are also rivals."
E(f, k, "Russia", "Iran", "other", "tension", "reported", "", "unknown", "trade;energy", "'Beijing's two partners' = Russia and Iran; rivals; mutual; state")
E(f, k, "China", "Russia", "other", "cooperation", "reported", "", "unknown", "diplomacy", "partner of Beijing; state")
E(f, k, "China", "Iran", "other", "cooperation", "reported", "", "unknown", "diplomacy", "partner of Beijing; state")
k = "Since 2022, Russia has become China’s biggest supplier"
E(f, k, "Russia", "China", "trade_energy", "cooperation", "reported", "", "unknown", "trade;energy", "biggest crude supplier 'Since 2022': background")
E(f, k, "Russia", "Iran", "other", "tension", "reported", "", "unknown", "trade;energy", "discounted Russian grades eat into Iran's share (market rivalry)")
E(f, k, "Russia", "teapot refiners", "trade_energy", "cooperation", "reported", "", "unknown", "trade;energy", "discounted Russian grades bought by teapots")
E(f, k, "Iran", "teapot refiners", "trade_energy", "cooperation", "reported", "", "unknown", "trade;energy", "Iranian oil bought by teapot refiners in Shandong")
k = "Chinese imports of Iranian crude fell sharply last month"
E(f, k, "Iran", "China", "trade_energy", "tension", "reported", "2025-02", "month", "trade;energy", "imports fell sharply 'last month'")
E(f, k, "United States", "Iran", "sanction", "tension", "reported", "2025-02", "month", "energy;finance", "sanctioned shadow-fleet tankers; anchored to the month of the fall it preceded")
E(f, k, "Russia", "China", "trade_energy", "cooperation", "reported", "2025-02", "month", "trade;energy", "ESPO cargoes filled part of the gap (same episode)")
C(f, k, "Vortexa", "asserts", "", False, "Chinese imports of Iranian crude fell after US sanctions", "'according to ship-tracking firm Vortexa'")
C(f, k, "traders in Singapore", "asserts", "", True, "Russian ESPO cargoes filled part of the gap", "unnamed traders")
k = "Moscow and Tehran have promoted the International North-South"
E(f, k, "Russia", "Iran", "other", "cooperation", "reported", "", "unknown", "transport;trade", "joint promotion of the INSTC; background; mutual")
E(f, k, "Russia", "Iran", "criticism", "tension", "reported", "", "unknown", "transport", "'complained for years' about Rasht-Astara; 'Russian officials' resolved to Russia")
C(f, k, "Russian officials", "asserts", "", False, "slow progress on the Rasht-Astara link", "'complained'")
k = "India, which operates a terminal at Chabahar"
E(f, k, "India", "Iran", "other", "cooperation", "reported", "", "unknown", "transport;trade", "operates a Chabahar terminal; Iran from the sentence before; background")
E(f, k, "Donald Trump", "India", "other", "tension", "reported", "2025", "year", "finance;transport", "ordered a review of the Chabahar sanctions waiver; past act with no date expression: publication year, like 'recently'")
k = "Beijing wants Tehran at the table"
E(f, k, "China", "Iran", "other", "neutral", "reported", "", "unknown", "diplomacy;nuclear", "wants Tehran at the table (urging); 'will not pay any price'; state")
C(f, k, "Shanghai-based Middle East scholar", "asserts", "", True, "Beijing wants Tehran at the table but will not pay any price", "anonymous scholar")
k = "Russia and Iran need China much more"
E(f, k, "Russia", "China", "other", "cooperation", "reported", "", "unknown", "diplomacy", "dependence on China; state")
E(f, k, "Iran", "China", "other", "cooperation", "reported", "", "unknown", "diplomacy", "dependence on China; state")
C(f, k, "Shanghai-based Middle East scholar", "asserts", "", True, "Russia and Iran need China more than it needs them", "quote-only sentence")
k = "Esmaeil Baghaei described Friday’s talks"
for a, b in (("China", "Russia"), ("China", "Iran"), ("Russia", "Iran")):
    E(f, k, a, b, "meeting", "cooperation", "planned", "", "unknown", "diplomacy;nuclear", "'the three countries had agreed to meet again'; undated planned")
C(f, k, "Esmaeil Baghaei", "asserts", "", False, "Friday's talks constructive", "'described'")
C(f, k, "Esmaeil Baghaei", "asserts", "", False, "the three countries agreed to meet again", "second speech verb 'said'")

# ---------------------------------------------------------------- 310 think-tank brief
f = "310"
PUB = "2025-09-15"
actors(f, [
    ("Nikol Pashinyan", "ARM", "person"),
    ("Ilham Aliyev", "AZE", "person"),
    ("Donald Trump", "USA", "person"),
    ("United States", "USA", "state"),
    ("Armenia", "ARM", "state"),
    ("Azerbaijan", "AZE", "state"),
    ("Russia", "RUS", "state"),
    ("Iran", "IRN", "state"),
    ("Sergei Lavrov", "RUS", "person"),
    ("Iranian officials", "IRN", "person"),
    ("Ali Akbar Velayati", "IRN", "person"),
    ("Ali Khamenei", "IRN", "person"),
    ("Masoud Pezeshkian", "IRN", "person"),
    ("Russian Foreign Ministry", "RUS", "government_body"),
    ("Russian border guards", "RUS", "government_body"),
    ("Collective Security Treaty Organization", "", "organisation"),
    ("Russian officials", "RUS", "person"),
    ("South Caucasus Railway", "RUS", "organisation"),
    ("Russian Railways", "RUS", "organisation"),
    ("India", "IND", "state"),
])
k = "On 8 August 2025 the leaders of Armenia and Azerbaijan"
E(f, k, "Nikol Pashinyan", "Ilham Aliyev", "agreement", "cooperation", "reported", "2025-08-08", "day", "diplomacy;security", "signed a joint declaration; mutual")
E(f, k, "Armenia", "Azerbaijan", "agreement", "cooperation", "reported", "2025-08-08", "day", "diplomacy;security", "'their foreign ministers initialled a peace agreement' (unnamed ministers resolved to their states); mutual")
E(f, k, "Nikol Pashinyan", "United States", "visit", "cooperation", "reported", "2025-08-08", "day", "diplomacy", "at the White House")
E(f, k, "Ilham Aliyev", "United States", "visit", "cooperation", "reported", "2025-08-08", "day", "diplomacy", "at the White House")
E(f, k, "Donald Trump", "Nikol Pashinyan", "meeting", "cooperation", "reported", "2025-08-08", "day", "diplomacy", "'in the presence of' Trump: host -> participant")
E(f, k, "Donald Trump", "Ilham Aliyev", "meeting", "cooperation", "reported", "2025-08-08", "day", "diplomacy", "'in the presence of' Trump: host -> participant")
k = "Among its provisions is a transit route"
E(f, k, "United States", "Armenia", "other", "cooperation", "planned", "", "unknown", "transport", "route across Armenia 'to be developed with American participation'; undated planned")
k = "This brief argues that the accord exposes"
E(f, k, "Russia", "Iran", "other", "tension", "reported", "", "unknown", "diplomacy;security", "'growing divergence between Moscow and Tehran'; ongoing state; mutual. The brief's own argument is not a claim")
k = "Tehran has opposed for years any corridor"
C(f, k, "Iran", "asserts", "", False, "opposes any corridor severing Iran's border with Armenia", "stated position; no event: the corridor's proponent is not named")
k = "In September 2024 it summoned the Russian ambassador"
E(f, k, "Iran", "Russia", "criticism", "tension", "reported", "2024-09", "month", "diplomacy;transport", "summoned the Russian ambassador ('it' = Tehran, the sentence before)")
E(f, k, "Sergei Lavrov", "Azerbaijan", "statement_support", "cooperation", "reported", "2024-09", "month", "diplomacy;transport", "'appeared to endorse Baku's demand'; anchored to the month of the summons it preceded")
E(f, k, "Iran", "Azerbaijan", "other", "tension", "reported", "", "unknown", "security;transport", "Iranian officials 'warned repeatedly' against border change (Baku named in the sentence); habitual")
C(f, k, "Iranian officials", "warns", "", False, "any change of borders unacceptable", "generic on-record officials")
k = "After the Washington summit, Ali Akbar Velayati"
E(f, k, "Ali Akbar Velayati", "Donald Trump", "other", "tension", "reported", "2025-08", "month", "security;transport", "threat ('graveyard for Trump's mercenaries'); anchored to the August summit")
C(f, k, "Ali Akbar Velayati", "warns", "", False, "route would become a graveyard for Trump's mercenaries", "'threatened'")
k = "President Masoud Pezeshkian took a softer line"
E(f, k, "Masoud Pezeshkian", "Armenia", "visit", "cooperation", "reported", "2025-08-18", "day", "diplomacy", "visit to Yerevan on 18 August")
E(f, k, "Nikol Pashinyan", "Masoud Pezeshkian", "meeting", "cooperation", "reported", "2025-08-18", "day", "diplomacy", "assured him during the visit: passive, initiator Pashinyan")
E(f, k, "Nikol Pashinyan", "Masoud Pezeshkian", "statement_support", "cooperation", "reported", "2025-08-18", "day", "diplomacy;security", "assurance that Armenia keeps sovereignty over the route")
C(f, k, "Nikol Pashinyan", "asserts", "", False, "Armenia will retain full sovereignty over the route", "'was assured by'")
k = "The Russian Foreign Ministry welcomed the normalisation"
E(f, k, "Russian Foreign Ministry", "Azerbaijan", "statement_support", "cooperation", "reported", "2025-08", "month", "diplomacy", "welcomed normalisation; past narrative anchored to the August episode")
E(f, k, "Russian Foreign Ministry", "Armenia", "statement_support", "cooperation", "reported", "2025-08", "month", "diplomacy", "welcomed normalisation; anchored to August")
E(f, k, "Azerbaijan", "Armenia", "other", "cooperation", "reported", "2025-08", "month", "diplomacy", "'normalisation between Baku and Yerevan'; mutual")
E(f, k, "Russia", "Azerbaijan", "agreement", "cooperation", "reported", "2020", "year", "diplomacy;security", "2020 trilateral statement: one row per pair")
E(f, k, "Russia", "Armenia", "agreement", "cooperation", "reported", "2020", "year", "diplomacy;security", "2020 trilateral statement: one row per pair")
E(f, k, "Azerbaijan", "Armenia", "agreement", "cooperation", "reported", "2020", "year", "diplomacy;security", "2020 trilateral statement: one row per pair")
E(f, k, "Russian border guards", "Armenia", "other", "cooperation", "reported", "2020", "year", "security;transport", "role in securing transit given by the 2020 statement")
C(f, k, "Russian Foreign Ministry", "warns", "", False, "against solutions imposed from outside the region", "'cautioned against'; 'welcomed' alone is not a claim")
C(f, k, "Russian Foreign Ministry", "asserts", "", False, "2020 statement gives Russian border guards a transit role", "'argued'")
k = "Moscow’s standing with both parties has weakened"
E(f, k, "Russia", "Armenia", "other", "tension", "reported", "", "unknown", "diplomacy", "standing 'with both parties has weakened'; state")
E(f, k, "Russia", "Azerbaijan", "other", "tension", "reported", "", "unknown", "diplomacy", "standing 'with both parties has weakened'; state")
E(f, k, "Armenia", "Collective Security Treaty Organization", "other", "tension", "reported", "", "unknown", "security", "frozen participation; state with no date")
E(f, k, "Ilham Aliyev", "Russia", "accusation", "tension", "reported", "2024-12", "month", "security", "accused Russia of a hush-up; anchored to the December 2024 episode")
E(f, k, "Russia", "Azerbaijan", "other", "tension", "reported", "2024-12", "month", "security", "trying to hush up the downing (the accused act)")
C(f, k, "Ilham Aliyev", "asserts", "", False, "Russia tried to hush up the airliner downing", "'has accused'")
k = "Russian officials have hinted that South Caucasus Railway"
E(f, k, "South Caucasus Railway", "Armenia", "other", "cooperation", "reported", "", "unknown", "transport", "runs Armenia's rail network under a concession; background")
E(f, k, "South Caucasus Railway", "Armenia", "other", "cooperation", "hypothetical", PUB, "week", "transport", "'could operate the link'; hypothetical with no date: publication week")
C(f, k, "Russian officials", "asserts", "", False, "South Caucasus Railway could operate the link", "'hinted'")
k = "Such a role would put Russia on the opposite side"
E(f, k, "Russia", "Iran", "other", "tension", "hypothetical", PUB, "week", "diplomacy;transport", "'would put Russia on the opposite side' of Iran")
E(f, k, "Russia", "Iran", "agreement", "cooperation", "reported", "2025-01", "month", "diplomacy", "treaty signed in January 2025; mutual")
E(f, k, "Russia", "Iran", "other", "cooperation", "reported", "", "unknown", "diplomacy", "commits 'the two states' to consultations (treaty obligation)")
E(f, k, "Russia", "Iran", "agreement", "cooperation", "denied", "2025-01", "month", "security;military", "'but not to mutual defence' (negated)")
k = "Iran, for its part, is likely to compensate"
E(f, k, "Iran", "Armenia", "other", "cooperation", "hypothetical", PUB, "week", "diplomacy", "'likely to' deepen ties")
E(f, k, "Iran", "India", "other", "cooperation", "hypothetical", PUB, "week", "diplomacy;transport", "'likely to' deepen ties")
E(f, k, "India", "Iran", "other", "cooperation", "reported", "", "unknown", "transport", "shared interest in the North-South corridor; background")
k = "It is unlikely, however, that the dispute will lead Tehran to break"
E(f, k, "Iran", "Russia", "other", "tension", "hypothetical", PUB, "week", "diplomacy", "break with Moscow judged unlikely")
E(f, k, "Russia", "Iran", "statement_support", "cooperation", "reported", "", "unknown", "diplomacy", "diplomatic cover at the UN Security Council (a venue); background")
B(f, "The views expressed in this brief are those of the author")

# ---------------------------------------------------------------- 311 BBC Monitoring digest
f = "311"
PUB = "2025-01-20"
actors(f, [
    ("Russian media", "RUS", "media"),
    ("Iranian media", "IRN", "media"),
    ("Vladimir Putin", "RUS", "person"),
    ("Masoud Pezeshkian", "IRN", "person"),
    ("Russia", "RUS", "state"),
    ("Iran", "IRN", "state"),
    ("Kommersant", "RUS", "media"),
    ("North Korea", "PRK", "state"),
    ("Tasnim", "IRN", "media"),
    ("Islamic Revolution Guards Corps", "IRN", "armed_group"),
    ("Kazem Jalali", "IRN", "person"),
    ("Vedomosti", "RUS", "media"),
    ("Gazprom", "RUS", "organisation"),
    ("National Iranian Gas Company", "IRN", "organisation"),
    ("Azerbaijan", "AZE", "state"),
    ("Mohsen Paknejad", "IRN", "person"),
    ("Shana", "IRN", "media"),
    ("Ham-Mihan", "IRN", "media"),
    ("United Nations", "", "organisation"),
    ("Kayhan", "IRN", "media"),
    ("Tabnak", "IRN", "media"),
    ("Iranian MPs", "IRN", "person"),
    ("Abbas Araghchi", "IRN", "person"),
    ("Rossiya 1", "RUS", "media"),
    ("the West", "", "state"),
    ("Dmitry Peskov", "RUS", "person"),
    ("RIA Novosti", "RUS", "media"),
])
k = "Russian and Iranian media have given a mixed reception"
E(f, k, "Vladimir Putin", "Masoud Pezeshkian", "agreement", "cooperation", "reported", "2025-01-17", "day", "diplomacy", "treaty signed in Moscow on 17 January; mutual")
E(f, k, "Vladimir Putin", "Masoud Pezeshkian", "meeting", "cooperation", "reported", "2025-01-17", "day", "diplomacy", "joint signing implies meeting (heldout signing rule)")
E(f, k, "Masoud Pezeshkian", "Russia", "visit", "cooperation", "reported", "2025-01-17", "day", "diplomacy", "signing in Moscow implies visit")
C(f, k, "Russian media", "asserts", "Russian media", False, "mixed reception; treaty leaves things out", "media reception = their published assessments; the media are the source")
C(f, k, "Iranian media", "asserts", "Iranian media", False, "mixed reception; treaty leaves things out", "one row per country's media")
k = "Russian daily Kommersant reported on 18 January"
E(f, k, "Russia", "North Korea", "agreement", "cooperation", "reported", "2024", "year", "security;military", "Russia's 2024 treaty with North Korea (has the clause the new one lacks)")
E(f, k, "Russia", "Iran", "agreement", "cooperation", "denied", "2025-01-18", "day", "security;military", "'contains no mutual defence clause' (negated); denied row takes the sentence's date expression (the report date); Iran from the sentence before (Pezeshkian)")
C(f, k, "Kommersant", "asserts", "Kommersant", False, "treaty has no mutual defence clause, unlike the North Korea treaty", "'Russian daily Kommersant reported': outlet is the source")
k = "The two sides only undertake not to help an aggressor"
E(f, k, "Russia", "Iran", "other", "cooperation", "reported", "", "unknown", "security", "'The two sides' undertake not to help an aggressor against the other (treaty obligation); mutual")
C(f, k, "Kommersant", "asserts", "Kommersant", False, "sides only undertake not to help an aggressor", "'the paper noted'")
k = "Iran's Tasnim news agency, which is close to the Islamic Revolution"
E(f, k, "Iran", "Russia", "other", "cooperation", "denied", PUB, "week", "security;military", "Tehran 'never sought' a military alliance (negated request); Russia = 'Moscow' in the sentence")
C(f, k, "Kazem Jalali", "asserts", "Tasnim", False, "Tehran never sought a military alliance", "'quoted ... as saying'; not a rejection of a named earlier claim, so asserts (heldout Rudenko rule)")
k = "He added that the treaty reflected"
C(f, k, "Kazem Jalali", "asserts", "Tasnim", False, "treaty reflects both countries' independence", "'added'; via carried (same quoted statement); no event")
k = "Business daily Vedomosti reported that Gazprom"
E(f, k, "Gazprom", "National Iranian Gas Company", "agreement", "cooperation", "denied", PUB, "week", "energy;trade", "'had still not agreed a price' (negated)")
E(f, k, "Russia", "Iran", "trade_energy", "cooperation", "planned", "", "unknown", "energy;trade", "planned supplies of Russian gas to Iran; undated planned")
E(f, k, "Azerbaijan", "Iran", "trade_energy", "cooperation", "planned", "", "unknown", "energy;transport", "transit 'via Azerbaijan' (as seed 000's relay through Azerbaijan)")
C(f, k, "Vedomosti", "asserts", "Vedomosti", False, "gas price still not agreed", "'reported': outlet is the source")
k = "Putin told a joint news conference that deliveries could start"
C(f, k, "Vladimir Putin", "asserts", "Vedomosti", False, "gas deliveries could start at 2 bcm and rise to 55 bcm", "'the paper said'. No event: no participant of the deliveries named (heldout 100 rule)")
k = "Iranian Oil Minister Mohsen Paknejad was quoted by the Shana"
C(f, k, "Mohsen Paknejad", "asserts", "Shana", False, "price talks in their final stage", "'was quoted by the Shana news agency'; no event: no partner named")
k = "The reformist daily Ham-Mihan said in an editorial on 19 January"
E(f, k, "Ham-Mihan", "Russia", "criticism", "tension", "reported", "2025-01-19", "day", "diplomacy;military", "editorial on 19 January")
E(f, k, "Russia", "Iran", "arms_transfer", "cooperation", "denied", "2025-01-19", "day", "military", "'never delivered the Su-35 fighters' (negated); sentence date")
E(f, k, "Iran", "Russia", "other", "cooperation", "reported", "", "unknown", "military", "Su-35s 'Iran ordered' (purchase); undated")
E(f, k, "Russia", "Iran", "sanction", "tension", "reported", "", "unknown", "nuclear;security", "voted for UN sanctions 'in the past' (voter -> target, dev3)")
E(f, k, "United Nations", "Iran", "sanction", "tension", "reported", "", "unknown", "nuclear;security", "UN sanctions on Iran; 'in the past'")
C(f, k, "Ham-Mihan", "asserts", "Ham-Mihan", False, "Russia never delivered Su-35s and voted for UN sanctions", "editorial: outlet is the source")
k = "It urged the government not to"
C(f, k, "Ham-Mihan", "hopes", "Ham-Mihan", False, "government should not rely only on Moscow", "'urged'; no event: urging its own government")
k = "The hard-line daily Kayhan dismissed such criticism"
C(f, k, "Kayhan", "disputes", "Kayhan", False, "rejects criticism of the Russia ties", "'dismissed' another outlet's criticism; no event: same-country, and the partner is only 'a strategic partner'")
C(f, k, "Kayhan", "asserts", "Kayhan", False, "Western-leaning papers try to sabotage relations", "second speech verb 'accusing'")
k = "Meanwhile, the conservative website Tabnak reported"
C(f, k, "Iranian MPs", "asserts", "Tabnak", True, "gas price should have been settled before the signing", "'Tabnak reported that several MPs had asked ... to explain why' = asserts; one row, claimant the MPs and via the outlet (dev2 202 'Iranian MPs called on ..., Iranian media reported'); unnamed MPs: hedged; no event: same-country, no partner named")
k = "Russian state TV channel Rossiya 1 hailed the treaty"
E(f, k, "the West", "Russia", "other", "tension", "reported", "", "unknown", "diplomacy", "'Western attempts to isolate both countries'; background")
E(f, k, "the West", "Iran", "other", "tension", "reported", "", "unknown", "diplomacy", "'Western attempts to isolate both countries'; background")
C(f, k, "Rossiya 1", "asserts", "Rossiya 1", False, "treaty a blow to Western isolation attempts", "'hailed'; outlet is the source")
k = "In a report from the Kremlin, its correspondent said"
E(f, k, "Vladimir Putin", "Masoud Pezeshkian", "meeting", "cooperation", "reported", PUB, "week", "transport;finance", "'the two leaders had also discussed'; no date expression")
C(f, k, "Rossiya 1", "asserts", "Rossiya 1", False, "leaders discussed the corridor and national-currency payments", "'its correspondent': claimant = via = the channel (dev3 RIA Novosti correspondent rule)")
k = "Kremlin spokesman Dmitry Peskov was quoted by the RIA Novosti"
C(f, k, "Dmitry Peskov", "asserts", "RIA Novosti", False, "treaty not directed against any third country", "no event: no participant (heldout 100 rule)")
B(f, "BBC Monitoring reports and analyses news")


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
    from collections import Counter
    ce, cc, ca, cb = (Counter(r[0] for r in x) for x in (EVENTS, CLAIMS, arows, BOILER))
    for fn in FILES.values():
        print(f"{fn}: events {ce[fn]}, claims {cc[fn]}, actors {ca[fn]}, boilerplate {cb[fn]}")
    print(f"total: events {len(EVENTS)}, claims {len(CLAIMS)}, actors {len(arows)}, boilerplate {len(BOILER)}")


if __name__ == "__main__":
    main()
