#!/usr/bin/env python3
"""Hand annotation (gold) for dev6_b articles 506-511.

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


# ====================================================================== 506 Middle East Eye
f = "506"
PUB = "2025-02-13"
actors(f, [
    ("Vladimir Putin", "RUS", "person"),
    ("Ahmed al-Sharaa", "SYR", "person"),
    ("Russia", "RUS", "state"),
    ("Syria", "SYR", "state"),
    ("Iran", "IRN", "state"),
    ("Bashar al-Assad", "SYR", "person"),
    ("Kremlin", "RUS", "government_body"),
    ("Syrian presidency", "SYR", "government_body"),
    ("Asaad al-Shaibani", "SYR", "person"),
    ("Mikhail Bogdanov", "RUS", "person"),
    ("Syrian source", "SYR", "person"),
    ("Middle East Eye", "GBR", "media"),
    ("Dmitry Peskov", "RUS", "person"),
    ("Abbas Araghchi", "IRN", "person"),
    ("senior Iranian official", "IRN", "person"),
    ("Turkey", "TUR", "state"),
    ("Behrouz Esbati", "IRN", "person"),
    ("Islamic Revolutionary Guard Corps", "IRN", "armed_group"),
    ("Israel", "ISR", "state"),
    ("Iranian Foreign Ministry", "IRN", "government_body"),
    ("Masoud Pezeshkian", "IRN", "person"),
    ("Benjamin Netanyahu", "ISR", "person"),
    ("Sergei Belkov", "RUS", "person"),
])
# Headline (line 1) and byline "By Leila Farhoud" (line 3) are not annotated; the byline is boilerplate.
k = "Putin’s first call with Ahmed al-Sharaa follows a Russian visit"
E(f, k, "Vladimir Putin", "Ahmed al-Sharaa", "call", "cooperation", "reported", PUB, "week", "diplomacy;middle_east", "standfirst line (no final punctuation) is body text; no date expression: publication week (strict seed rule, although the next sentence gives the day)")
E(f, k, "Russia", "Syria", "visit", "cooperation", "reported", "2025", "year", "diplomacy;middle_east", "'a Russian visit to Damascus' (Damascus = Syria); undated recent past act in a news story: publication year (dev4 'Trump ordered a review')")
E(f, k, "Iran", "Syria", "other", "tension", "reported", "", "unknown", "diplomacy;middle_east", "'Tehran’s embassy there stays shut' (no diplomatic presence); ongoing state")
k = "Russian President Vladimir Putin spoke by phone with Syria’s interim president"
E(f, k, "Vladimir Putin", "Ahmed al-Sharaa", "call", "cooperation", "reported", "2025-02-12", "day", "diplomacy;middle_east", "'on Wednesday'")
E(f, k, "Russia", "Bashar al-Assad", "other", "cooperation", "reported", "", "unknown", "diplomacy;middle_east", "'Moscow’s ally Bashar al-Assad'; background. The toppling of Assad by al-Sharaa's forces is a same-country act (SYR-SYR) and gets no row")
k = "According to the Kremlin, Putin reaffirmed Russia’s support"
E(f, k, "Vladimir Putin", "Syria", "statement_support", "cooperation", "reported", PUB, "week", "diplomacy;middle_east", "support for Syria's unity and territorial integrity; no date expression in the sentence: publication week (strict)")
E(f, k, "Vladimir Putin", "Syria", "aid", "cooperation", "planned", "", "unknown", "finance;middle_east", "'offered economic help' (an offer of aid = planned; undated planned: empty)")
C(f, k, "Kremlin", "asserts", "", False, "Putin reaffirmed support for Syria's unity and offered economic help", "'According to the Kremlin'")
k = "The Syrian presidency said in a statement that al-Sharaa had told Putin"
E(f, k, "Ahmed al-Sharaa", "Vladimir Putin", "other", "tension", "reported", PUB, "week", "diplomacy;middle_east", "condition that restoring relations 'must address the mistakes of the past' (negotiating position = other/tension, dev4)")
E(f, k, "Syria", "Russia", "other", "cooperation", "hypothetical", PUB, "week", "diplomacy", "'any restoration of relations' (conditional): hypothetical with no date, publication week; Syria/Russia from the two presidents")
C(f, k, "Ahmed al-Sharaa", "hopes", "Syrian presidency", False, "restoring relations with Russia must address the mistakes of the past", "reported speech inside a statement: the reported speaker is claimant, the statement's issuer is via (dev3 'according to a ministry statement'); 'must' = hopes")
k = "It added that Putin had invited Foreign Minister Asaad al-Shaibani"
E(f, k, "Vladimir Putin", "Asaad al-Shaibani", "invitation", "cooperation", "reported", PUB, "week", "diplomacy", "invitation during the call; 'It' = the Syrian presidency")
E(f, k, "Asaad al-Shaibani", "Russia", "visit", "cooperation", "planned", "", "unknown", "diplomacy", "invited 'to visit Moscow'; undated planned")
C(f, k, "Syrian presidency", "asserts", "", False, "Putin invited al-Shaibani to Moscow", "pronoun speaker 'It added' = the Syrian presidency")
k = "The call came just over two weeks after Deputy Foreign Minister Mikhail Bogdanov"
E(f, k, "Mikhail Bogdanov", "Syria", "visit", "cooperation", "reported", "2025-01-29", "week", "diplomacy;middle_east", "'led the first Russian delegation to Damascus'; 'just over two weeks after' the Wednesday 2025-02-12 call, counted back (dev4 'a week after')")
k = "A Syrian source familiar with those talks told Middle East Eye"
E(f, k, "Syria", "Russia", "other", "tension", "reported", "2025-01", "month", "diplomacy;finance;middle_east", "'the new authorities had demanded compensation ... and the handover of Assad' (demand = negotiating position, other/tension); 'the new authorities' = Syria; anchored to the talks of the sentence before at month precision")
E(f, k, "Russia", "Syria", "military_action", "tension", "reported", "", "unknown", "military;middle_east", "'Russian air strikes' (years of strikes in Syria); undated background")
E(f, k, "Russia", "Bashar al-Assad", "aid", "cooperation", "reported", "", "unknown", "humanitarian;middle_east", "'who was granted asylum in Moscow' (granting asylum = aid, dev5); passive, Moscow = Russia; undated past act")
C(f, k, "Syrian source", "asserts", "Middle East Eye", True, "Damascus demanded compensation and Assad's handover", "'told Middle East Eye'; unnamed source: hedged")
k = "Moscow has not publicly responded to the request."
E(f, k, "Russia", "Syria", "other", "neutral", "denied", PUB, "week", "diplomacy", "failure to respond = negated event (dev2); 'the request' = Syria's demand in the sentence before; denied row without date: publication week")
# "At stake for the Kremlin are its naval base at Tartus and the Hmeimim air base." : Tartus/Hmeimim are places; no partner named -> no row.
k = "Kremlin spokesman Dmitry Peskov told reporters on Thursday that Moscow would continue"
E(f, k, "Russia", "Syria", "other", "cooperation", "planned", "2025-02-13", "day", "diplomacy;middle_east", "'would continue its dialogue with Damascus'; planned content takes the Thursday statement's date")
E(f, k, "Russia", "Syria", "other", "neutral", "denied", "2025-02-13", "day", "military;diplomacy", "'declined to say whether the bases had been discussed' (dev4: 'declining to say whether' = denied, takes the sentence's date)")
C(f, k, "Dmitry Peskov", "asserts", "", False, "Moscow will continue its dialogue with Damascus", "'declined to say' is not a claim")
k = "Iran, which spent billions of dollars defending Assad, has fared worse."
E(f, k, "Iran", "Bashar al-Assad", "aid", "cooperation", "reported", "", "unknown", "military;finance;middle_east", "'spent billions of dollars defending Assad' (funding = aid); background")
k = "Tehran’s embassy in Damascus, ransacked after Assad fled, remains closed"
E(f, k, "Iran", "Syria", "other", "tension", "reported", "", "unknown", "diplomacy;middle_east", "embassy 'remains closed'; ongoing state; the agentless 'ransacked' gets no row")
E(f, k, "Ahmed al-Sharaa", "Iran", "criticism", "tension", "reported", "2025", "year", "diplomacy;middle_east", "'has described the end of Iran’s presence in Syria as a gain'; present perfect speech act without date: publication year (heldout 'has since')")
E(f, k, "Iran", "Syria", "other", "cooperation", "denied", PUB, "week", "military;middle_east", "'the end of Iran’s presence in Syria' (ended presence = denied, dev3 'stopped using'); denied row without date: publication week")
C(f, k, "Ahmed al-Sharaa", "asserts", "", False, "end of Iran's presence in Syria is a gain for the region", "'has described ... as'")
k = "Iranian Foreign Minister Abbas Araghchi said last month that Tehran was"
E(f, k, "Iran", "Syria", "other", "cooperation", "denied", "2025-01", "month", "diplomacy;middle_east", "'in no hurry to establish ties with the new administration' (quote subject 'Tehran'; reluctance = negated event); dated by 'said last month'")
C(f, k, "Abbas Araghchi", "asserts", "", False, "Tehran is in no hurry to establish ties with the new Syrian administration", "")
k = "In Tehran, Moscow’s outreach has deepened a sense"
E(f, k, "Russia", "Syria", "other", "cooperation", "reported", PUB, "week", "diplomacy;middle_east", "'Moscow’s outreach' (possessive event noun) to the new administration of the sentence before; current")
E(f, k, "Iran", "Russia", "criticism", "tension", "reported", PUB, "week", "diplomacy", "perception 'that Russia looked after itself while Iran absorbed the losses' (perception = criticism, dev3); 'In Tehran' = Iran; not a claim (no speech verb)")
k = "A senior Iranian official, who spoke to MEE on condition of anonymity"
E(f, k, "Russia", "Turkey", "other", "cooperation", "reported", "2024-12", "month", "diplomacy;middle_east", "'made its own arrangements with Ankara ... before Damascus fell' (fall = December, sentence 2); accused act")
E(f, k, "Russia", "Syria", "other", "cooperation", "reported", "2024-12", "month", "diplomacy;middle_east", "arrangements with 'the new authorities' (= Syria) before the fall; accused act")
E(f, k, "senior Iranian official", "Russia", "accusation", "tension", "reported", PUB, "week", "diplomacy;middle_east", "X said [wrongdoing by Y] = accusation (dev3); an anonymous speaker keeps the description as actor (dev4)")
C(f, k, "senior Iranian official", "asserts", "Middle East Eye", True, "Russia made its own arrangements with Ankara and the new authorities", "'spoke to MEE' = via Middle East Eye; anonymous: hedged")
k = "The Russians saved their bases; we saved nothing"
E(f, k, "senior Iranian official", "Russia", "criticism", "tension", "reported", PUB, "week", "diplomacy;military", "'The Russians saved their bases; we saved nothing' (pronoun speaker 'he' = the official); no partner for the bases themselves")
C(f, k, "senior Iranian official", "asserts", "Middle East Eye", True, "Russia saved its bases while Iran saved nothing", "via carried: same statement continues")
k = "Our commanders have not forgotten that."
C(f, k, "senior Iranian official", "asserts", "Middle East Eye", True, "Iranian commanders have not forgotten Russia's conduct", "quote-only continuation; no participant named (no event)")
k = "Those grievances surfaced last month in a leaked recording of Brigadier General Behrouz Esbati"
E(f, k, "Behrouz Esbati", "Russia", "accusation", "tension", "reported", "2025-01", "month", "military;middle_east", "'accused Russia of misleading Iran and of switching off its radars'; 'last month' = 2025-01")
E(f, k, "Russia", "Iran", "other", "tension", "reported", "", "unknown", "military;middle_east", "accused act: misleading Iran; the text gives it no date")
E(f, k, "Russia", "Israel", "other", "cooperation", "reported", "", "unknown", "military;middle_east", "accused act: switching off radars during Israeli strikes (as dev5 403); undated")
E(f, k, "Israel", "Iran", "military_action", "tension", "reported", "", "unknown", "military;middle_east", "'Israeli strikes on Iranian positions in Syria'; undated past")
C(f, k, "Behrouz Esbati", "asserts", "", False, "Russia misled Iran and switched off its radars during Israeli strikes", "'accused'; the recording is a source document, via empty (dev5)")
k = "Iran’s foreign ministry played down the remarks, saying ties with Moscow were strategic."
E(f, k, "Iranian Foreign Ministry", "Russia", "statement_support", "cooperation", "reported", "2025-01", "month", "diplomacy", "'ties with Moscow were strategic'; past narrative anchored to last month's episode (month)")
C(f, k, "Iranian Foreign Ministry", "denies", "", False, "played down Esbati's remarks against Russia", "'played down' = denies (dev2 'played down any rivalry')")
C(f, k, "Iranian Foreign Ministry", "asserts", "", False, "ties with Moscow are strategic", "second speech verb 'saying'")
k = "The friction comes less than a month after Putin and Iranian President Masoud Pezeshkian signed"
E(f, k, "Vladimir Putin", "Masoud Pezeshkian", "agreement", "cooperation", "reported", "2025-01", "month", "diplomacy;security", "20-year treaty signed 'less than a month' before the publication date; mutual")
E(f, k, "Vladimir Putin", "Masoud Pezeshkian", "meeting", "cooperation", "reported", "2025-01", "month", "diplomacy", "joint signing in Moscow implies the meeting (heldout)")
E(f, k, "Masoud Pezeshkian", "Russia", "visit", "cooperation", "reported", "2025-01", "month", "diplomacy", "signing 'in Moscow' implies the visit (heldout)")
E(f, k, "Vladimir Putin", "Masoud Pezeshkian", "agreement", "cooperation", "denied", "2025-01", "month", "security", "'contains no mutual defence clause' (heldout: agreement/denied); takes the sentence's date expression")
k = "Moscow has also kept its lines to Israel open"
E(f, k, "Russia", "Israel", "other", "cooperation", "reported", "", "unknown", "diplomacy;middle_east", "'kept its lines to Israel open'; ongoing")
E(f, k, "Russia", "Israel", "criticism", "tension", "reported", "", "unknown", "middle_east;security", "'criticising Israel’s move into the Golan buffer zone'; undated past act. Israel's move itself has no second party named (Golan = place)")
E(f, k, "Russia", "Israel", "other", "tension", "denied", PUB, "week", "diplomacy", "'avoiding a rupture with ... Netanyahu’s government' (a government is resolved to its state, dev4 'Trump’s administration'); denied row without date: publication week")
k = "For the Kremlin, Syria was always about Tartus and Hmeimim"
E(f, k, "Kremlin", "Bashar al-Assad", "other", "cooperation", "denied", PUB, "week", "diplomacy;middle_east", "'not about Assad' (negated commitment in the analyst's quote; the Kremlin is the quote subject)")
E(f, k, "Kremlin", "Iran", "other", "cooperation", "denied", PUB, "week", "diplomacy;middle_east", "'certainly not about Iran'")
C(f, k, "Sergei Belkov", "asserts", "", False, "for the Kremlin Syria was about the bases, not Assad or Iran", "named analyst: not hedged")
# "Iran’s foreign ministry did not respond to MEE’s request for comment." : the outlet is not an actor; no partner -> no row, and not a claim.
B(f, "By Leila Farhoud")

# ====================================================================== 507 DW
f = "507"
PUB = "2022-10-20"
actors(f, [
    ("European Union", "", "organisation"),
    ("Iran", "IRN", "state"),
    ("Russia", "RUS", "state"),
    ("Ukraine", "UKR", "state"),
    ("Shahed Aviation Industries", "IRN", "organisation"),
    ("Mohammad Bagheri", "IRN", "person"),
    ("United Kingdom", "GBR", "state"),
    ("Annalena Baerbock", "DEU", "person"),
    ("Dmytro Kuleba", "UKR", "person"),
    ("Volodymyr Zelenskyy", "UKR", "person"),
    ("Ukrainian officials", "UKR", "person"),
    ("John Kirby", "USA", "person"),
    ("Reuters", "GBR", "media"),
    ("Iranian officials and diplomats", "IRN", "person"),
    ("Nasser Kanaani", "IRN", "person"),
    ("Kremlin", "RUS", "government_body"),
    ("Dmitry Peskov", "RUS", "person"),
    ("the West", "", "state"),
    ("analysts", "", "person"),
    ("Katja Brenner", "DEU", "person"),
    ("Nachman Shai", "ISR", "person"),
    ("Israel", "ISR", "state"),
    ("Yair Lapid", "ISR", "person"),
])
# Headline and the subheadings "Kyiv calls for a break with Tehran", "Tehran and Moscow deny" are not annotated.
k = "The EU has blacklisted three Iranian generals and a drone maker"
E(f, k, "European Union", "Iran", "sanction", "tension", "reported", PUB, "week", "ukraine_war;military", "teaser sentence (body text); 'three Iranian generals' resolved to Iran (heldout); the drone maker is Iranian too; no date expression")
E(f, k, "Iran", "Russia", "arms_transfer", "cooperation", "reported", "", "unknown", "military;ukraine_war", "'deliveries of Shahed drones to Russia'; ongoing, no date")
k = "Kyiv wants Brussels to go further, while Tehran denies arming Moscow"
E(f, k, "Ukraine", "European Union", "other", "neutral", "reported", PUB, "week", "ukraine_war;diplomacy", "'Kyiv wants Brussels to go further' (urging = other/neutral, dev2); 'wants' has no speech verb: no claim")
E(f, k, "Iran", "Russia", "arms_transfer", "cooperation", "denied", PUB, "week", "military;ukraine_war", "'Tehran denies arming Moscow for the war'")
C(f, k, "Iran", "denies", "", False, "Iran did not arm Moscow for the war", "")
k = "The European Union on Thursday imposed sanctions on three Iranian military officers"
E(f, k, "European Union", "Iran", "sanction", "tension", "reported", "2022-10-20", "day", "ukraine_war;military", "'on Thursday'; officers and company resolved to Iran")
E(f, k, "Iran", "Russia", "arms_transfer", "cooperation", "reported", "", "unknown", "military;ukraine_war", "'a company accused of supplying Russia with the drones' (an Iranian entity, resolved to Iran); ongoing. The agentless 'accused' names no accuser: no claim")
E(f, k, "Russia", "Ukraine", "military_action", "tension", "reported", "", "unknown", "ukraine_war;military", "'the drones it has used to attack Ukrainian cities'; present perfect, ongoing")
k = "The move came three days after EU foreign ministers meeting in Luxembourg"
E(f, k, "European Union", "Iran", "sanction", "tension", "planned", "2022-10-17", "day", "ukraine_war;diplomacy", "'EU foreign ministers ... gave it their political backing' (= European Union); 'The move' = the sanctions on Iran of the sentence before; 'three days after' Thursday = Monday")
k = "The measures target Shahed Aviation Industries"
E(f, k, "European Union", "Shahed Aviation Industries", "sanction", "tension", "reported", PUB, "week", "ukraine_war;military", "'The measures' = the EU's (EU from the sentence before); no date expression")
E(f, k, "European Union", "Iran", "sanction", "tension", "reported", PUB, "week", "ukraine_war;military", "'freeze the assets of the three officers' (Iranian officers resolved to Iran)")
# "Among them is Mohammad Bagheri, ..." : the sanctioning EU is named neither here nor in the sentence before -> no row.
k = "Britain announced sanctions against the same company and three Iranian officers"
E(f, k, "United Kingdom", "Shahed Aviation Industries", "sanction", "tension", "reported", "2022-10-20", "day", "ukraine_war;military", "'the same company' = Shahed Aviation Industries; 'on the same day' = Thursday")
E(f, k, "United Kingdom", "Iran", "sanction", "tension", "reported", "2022-10-20", "day", "ukraine_war;military", "'three Iranian officers' resolved to Iran")
k = "These drones are being used against civilians, and we will not look away"
E(f, k, "Annalena Baerbock", "Iran", "criticism", "tension", "reported", "2022-10-17", "day", "ukraine_war;humanitarian", "criticism of the Iranian drone supply; Iran from the sentence before ('three Iranian officers'); 'said on Monday'")
C(f, k, "Annalena Baerbock", "asserts", "", False, "the drones are used against civilians; the EU will not look away", "")
k = "Ukraine's Foreign Minister Dmytro Kuleba welcomed the sanctions"
E(f, k, "Dmytro Kuleba", "European Union", "statement_support", "cooperation", "reported", PUB, "week", "ukraine_war;diplomacy", "'welcomed the sanctions'; 'Europe' = the EU")
E(f, k, "Dmytro Kuleba", "European Union", "other", "neutral", "reported", PUB, "week", "ukraine_war;diplomacy", "'Europe should also move against Iran's missile program' (urging = other/neutral)")
E(f, k, "European Union", "Iran", "sanction", "tension", "hypothetical", PUB, "week", "military;ukraine_war", "proposed further measures against Iran's missile program; hypothetical without date: publication week")
C(f, k, "Dmytro Kuleba", "hopes", "", False, "Europe should also move against Iran's missile program", "'welcomed' alone is not a claim; 'should' = hopes")
k = "Earlier this week, Kuleba proposed that President Volodymyr Zelenskyy sever"
E(f, k, "Volodymyr Zelenskyy", "Iran", "other", "tension", "hypothetical", "2022-10-17", "week", "diplomacy;ukraine_war", "proposed severing of diplomatic relations; 'Earlier this week' = Monday of the publication week")
E(f, k, "Dmytro Kuleba", "Iran", "accusation", "tension", "reported", "2022-10-17", "week", "ukraine_war", "'saying Iran bore direct responsibility'")
E(f, k, "Iran", "Ukraine", "military_action", "tension", "reported", "", "unknown", "ukraine_war;military", "accused act: destruction of Ukrainian infrastructure; ongoing")
C(f, k, "Dmytro Kuleba", "hopes", "", False, "Zelenskyy should sever diplomatic relations with Iran", "'proposed'")
C(f, k, "Dmytro Kuleba", "asserts", "", False, "Iran bears direct responsibility for the destruction of Ukrainian infrastructure", "second speech verb 'saying'")
k = "Kyiv had already downgraded ties in September"
E(f, k, "Ukraine", "Iran", "other", "tension", "reported", "2022-09", "month", "diplomacy", "downgrade of ties (heldout: other/tension), done by 'stripping the Iranian ambassador of his accreditation' (one happening)")
k = "Ukrainian officials say Russia has launched hundreds of the drones"
E(f, k, "Russia", "Ukraine", "military_action", "tension", "reported", "", "unknown", "ukraine_war;military", "'launched hundreds of the drones ... since mid-September' ('since' = background); Ukraine from 'Ukrainian officials'")
C(f, k, "Ukrainian officials", "asserts", "", False, "Russia has launched hundreds of the drones since mid-September", "generic on-record officials: not hedged (dev4/dev5)")
k = "In Washington, US National Security Council spokesman John Kirby said on Thursday"
E(f, k, "John Kirby", "Iran", "accusation", "tension", "reported", "2022-10-20", "day", "ukraine_war;military", "X said [wrongdoing by Y] = accusation")
E(f, k, "Iran", "Russia", "aid", "cooperation", "reported", "2022-10-20", "day", "military;ukraine_war", "Iranian personnel in Crimea 'to help Russian forces operate the drones' (military assistance = aid); dated by the Thursday statement")
C(f, k, "John Kirby", "asserts", "", False, "Iranian military personnel are in Crimea helping Russian forces operate the drones", "")
k = "Tehran is now directly engaged on the ground"
E(f, k, "Iran", "Russia", "aid", "cooperation", "reported", PUB, "week", "military;ukraine_war", "quote subject 'Tehran'; engaged on Russia's side (Russia from the sentence before); no date expression: publication week (strict)")
C(f, k, "John Kirby", "asserts", "", False, "Tehran is directly engaged on the ground", "pronoun speaker 'he' = Kirby")
k = "Reuters news agency reported on Tuesday, citing Iranian officials and diplomats"
E(f, k, "Iran", "Russia", "arms_transfer", "cooperation", "planned", "2022-10-18", "day", "military;ukraine_war", "'had also promised to supply Russia with surface-to-surface missiles' (promise = planned, seed); dated by the Tuesday report")
C(f, k, "Iranian officials and diplomats", "asserts", "Reuters", True, "Iran promised to supply Russia with surface-to-surface missiles", "'Reuters reported ..., citing Iranian officials and diplomats' (heldout); unnamed: hedged")
k = "Iran has repeatedly denied providing weapons for use in the war."
E(f, k, "Iran", "Russia", "arms_transfer", "cooperation", "denied", PUB, "week", "military;ukraine_war", "Russia from the sentence before ('supply Russia'); denied row without date: publication week")
C(f, k, "Iran", "denies", "", False, "Iran has not provided weapons for use in the war", "")
k = "Foreign Ministry spokesman Nasser Kanaani called the accusations"
# No event: 'either side' and the accusers are not named here or in the sentence before.
C(f, k, "Nasser Kanaani", "disputes", "", False, "the accusations are baseless", "rejects others' accusations = disputes")
C(f, k, "Nasser Kanaani", "denies", "", False, "Tehran has not sent arms to either side", "about its own side = denies; second speech verb 'said'")
k = "The Kremlin, for its part, said it had no information about Iranian drones"
E(f, k, "Iran", "Russia", "arms_transfer", "cooperation", "denied", PUB, "week", "military;ukraine_war", "the Kremlin does not confirm Iranian drones being used (seed 'has not confirmed' = denied)")
C(f, k, "Kremlin", "asserts", "", False, "no information about Iranian drones being used", "non-confirmation = asserts (dev2 203)")
C(f, k, "Dmitry Peskov", "denies", "", False, "the equipment carried Russian designations", "'insisting'; dev2: 'the drones are Russian-made' = denies")
k = "Tehran and Moscow, both under heavy Western sanctions, have drawn closer"
E(f, k, "Iran", "Russia", "other", "cooperation", "reported", "", "unknown", "diplomacy", "'have drawn closer since ...' (relationship state, background); mutual")
E(f, k, "the West", "Iran", "sanction", "tension", "reported", "", "unknown", "finance", "'both under heavy Western sanctions'; background")
E(f, k, "the West", "Russia", "sanction", "tension", "reported", "", "unknown", "finance;ukraine_war", "background")
E(f, k, "Russia", "Ukraine", "military_action", "tension", "reported", "2022-02-24", "day", "ukraine_war;military", "'invaded Ukraine on February 24'")
k = "Analysts say the drone deal reverses an old pattern"
E(f, k, "Russia", "Iran", "arms_transfer", "tension", "reported", "", "unknown", "military", "'Moscow's yearslong delay in delivering the S-300' (delay = arms_transfer/tension, dev4); undated. 'the drone deal' is a bare back-reference: no row")
C(f, k, "analysts", "asserts", "", True, "the drone deal reverses an old pattern of Russian arms delays", "unnamed analysts: hedged")
k = "For decades, Iran was the junior partner waiting on Moscow"
E(f, k, "Iran", "Russia", "other", "cooperation", "reported", "", "unknown", "diplomacy;military", "junior partnership 'for decades': background")
C(f, k, "Katja Brenner", "asserts", "", False, "Iran was for decades the junior partner waiting on Moscow", "named expert: not hedged")
k = "Now it is Russia that needs something from Tehran."
E(f, k, "Russia", "Iran", "other", "cooperation", "reported", PUB, "week", "military", "quote-only continuation; Russia's current dependence on Tehran ('Now': publication week)")
C(f, k, "Katja Brenner", "asserts", "", False, "Russia now needs something from Tehran", "quotation continued across sentences")
k = "In Israel, Diaspora Affairs Minister Nachman Shai urged his government"
E(f, k, "Israel", "Ukraine", "arms_transfer", "cooperation", "hypothetical", PUB, "week", "military;ukraine_war", "'urged his government to send weapons to Kyiv' (his government = Israel)")
E(f, k, "Israel", "Ukraine", "arms_transfer", "cooperation", "denied", PUB, "week", "military;ukraine_war", "'a step Prime Minister Yair Lapid's government has so far resisted' (refusal = denied)")
C(f, k, "Nachman Shai", "hopes", "", False, "Israel should send weapons to Kyiv", "'urged' = hopes")
B(f, "ab/sms (AFP, Reuters, dpa)")
B(f, "While you're here: Every Tuesday, DW editors")
B(f, "You can sign up here for the weekly email newsletter Berlin Briefing.")

# ====================================================================== 508 Kremlin
f = "508"
PUB = "2019-06-14"
actors(f, [
    ("Vladimir Putin", "RUS", "person"),
    ("Hassan Rouhani", "IRN", "person"),
    ("Russia", "RUS", "state"),
    ("Iran", "IRN", "state"),
    ("Eurasian Economic Union", "", "organisation"),
    ("Rosatom", "RUS", "organisation"),
    ("United States", "USA", "state"),
    ("Turkey", "TUR", "state"),
    ("United Kingdom", "GBR", "state"),
    ("France", "FRA", "state"),
    ("Germany", "DEU", "state"),
    ("European partners", "", "state"),
])
# Title line after the header, the "* * *" separator and the footer lines are not annotated (footer = boilerplate).
k = "Vladimir Putin met with President of the Islamic Republic of Iran Hassan Rouhani"
E(f, k, "Vladimir Putin", "Hassan Rouhani", "meeting", "cooperation", "reported", PUB, "week", "diplomacy", "readout lead; no date expression in the body: publication week (strict); SCO summit in Bishkek is a venue, no visit row (sidelines in a third country)")
k = "The two leaders discussed the state of and prospects for bilateral cooperation"
E(f, k, "Vladimir Putin", "Hassan Rouhani", "meeting", "cooperation", "reported", PUB, "week", "diplomacy;trade;nuclear", "'The two leaders discussed' (definite description); mutual")
E(f, k, "Russia", "Iran", "other", "cooperation", "reported", "", "unknown", "trade;energy;transport", "'bilateral cooperation in trade, the economy, energy and transport' (ongoing); mutual")
k = "Our relations are developing steadily, and our trade continued to grow last year"
E(f, k, "Russia", "Iran", "other", "cooperation", "reported", "", "unknown", "diplomacy", "'Our relations' in a bilateral exchange = Russia and Iran (dev4 304); ongoing; the speaker label belongs to this turn")
E(f, k, "Russia", "Iran", "trade_energy", "cooperation", "reported", "2018", "year", "trade", "'our trade continued to grow last year'")
C(f, k, "Vladimir Putin", "asserts", "", False, "relations developing steadily; trade grew last year despite external factors", "transcript: each statement of fact or position by the speaker is a claim (dev2 214)")
k = "The interim agreement on a free trade zone between Iran and the Eurasian Economic Union"
E(f, k, "Iran", "Eurasian Economic Union", "agreement", "cooperation", "reported", "2018-05", "month", "trade", "'signed in Astana in May last year'; Astana is a venue")
E(f, k, "Iran", "Eurasian Economic Union", "agreement", "cooperation", "planned", "2019", "year", "trade", "'is to enter into force this autumn' (a season: year precision)")
C(f, k, "Vladimir Putin", "asserts", "", False, "the Iran-EAEU interim free trade agreement enters into force this autumn", "")
k = "Rosatom is continuing its work on the second and third units of the Bushehr"
E(f, k, "Rosatom", "Iran", "trade_energy", "cooperation", "reported", "", "unknown", "nuclear;energy", "ongoing Bushehr 2 and 3 work; Iran from the sentence before")
E(f, k, "Russia", "Iran", "other", "cooperation", "reported", "", "unknown", "transport;trade", "'we are jointly developing the North–South transport corridor' ('we ... jointly' = Russia with Iran); ongoing")
C(f, k, "Vladimir Putin", "asserts", "", False, "Rosatom works on Bushehr 2 and 3; joint development of the North-South corridor", "")
# "Of course, we will also discuss the situation around the JCPOA." : agenda remark, no partner named -> nothing.
k = "Russia has always advocated the preservation of this agreement"
E(f, k, "Russia", "United States", "criticism", "tension", "reported", PUB, "week", "nuclear;diplomacy", "'we regret that the United States decided to withdraw' (quote subject 'we' = Russia); the withdrawal itself has no second party named in the sentence (Iran not named)")
C(f, k, "Vladimir Putin", "asserts", "", False, "Russia always backed the JCPOA and regrets the US withdrawal", "")
k = "As for yesterday's incidents involving the tankers in the Gulf of Oman"
E(f, k, "Russia", "Iran", "statement_support", "cooperation", "reported", PUB, "week", "security;middle_east", "'wrong to rush to blame Iran' (defending Iran); 'yesterday' dates the incidents, not the statement (dev4: one clause dated, another not)")
C(f, k, "Vladimir Putin", "asserts", "", False, "it is wrong to blame Iran for the Gulf of Oman tanker incidents before the facts are established", "")
k = "President of Iran Hassan Rouhani (retranslated): Thank you very much, Mr President."
E(f, k, "Hassan Rouhani", "Vladimir Putin", "statement_support", "cooperation", "reported", PUB, "week", "diplomacy", "thanks (seed: thanks = statement_support; not a claim); addressee 'Mr President' = Putin")
k = "I am also very pleased to meet you again, this time in hospitable Bishkek."
E(f, k, "Hassan Rouhani", "Vladimir Putin", "meeting", "cooperation", "reported", PUB, "week", "diplomacy", "'meet you again' (addressee = Putin); Bishkek is a venue")
k = "Relations between Iran and Russia are at a very high level today"
E(f, k, "Iran", "Russia", "other", "cooperation", "reported", PUB, "week", "diplomacy", "relationship state dated by 'today': publication week; mutual")
E(f, k, "Iran", "Russia", "other", "cooperation", "reported", "", "unknown", "security;middle_east", "Astana-format cooperation ('our cooperation ..., together with Turkey'): one row per pair in text order; ongoing")
E(f, k, "Iran", "Turkey", "other", "cooperation", "reported", "", "unknown", "security;middle_east", "Astana format")
E(f, k, "Russia", "Turkey", "other", "cooperation", "reported", "", "unknown", "security;middle_east", "Astana format")
C(f, k, "Hassan Rouhani", "asserts", "", False, "Iran-Russia relations at a very high level; Astana format produced results in Syria", "")
k = "The unilateral withdrawal of the United States from the nuclear deal"
E(f, k, "United States", "Iran", "other", "tension", "reported", "", "unknown", "nuclear;diplomacy", "US withdrawal from the nuclear deal; Iran named ('the Iranian people'); no date expression in this turn: undated past")
E(f, k, "United States", "Iran", "sanction", "tension", "reported", "", "unknown", "finance;nuclear", "'economic terrorism against the Iranian people' (= sanctions); ongoing")
E(f, k, "Hassan Rouhani", "United States", "criticism", "tension", "reported", PUB, "week", "nuclear;security", "calls the withdrawal and sanctions a threat to international security")
C(f, k, "Hassan Rouhani", "asserts", "", False, "US withdrawal and economic terrorism threaten regional and international security", "")
k = "We highly value the principled position of the Russian Federation"
E(f, k, "Iran", "Russia", "statement_support", "cooperation", "reported", PUB, "week", "nuclear;diplomacy", "quote subject 'We' = Iran; praise (seed: praise = statement_support)")
E(f, k, "Russia", "Iran", "statement_support", "cooperation", "reported", "", "unknown", "nuclear;diplomacy", "Russia's 'principled position' and 'efforts to preserve the deal' on Iran's side; ongoing")
C(f, k, "Hassan Rouhani", "asserts", "", False, "Iran values Russia's position and efforts to preserve the deal", "")
k = "Unfortunately, the three European countries, Britain, France and Germany"
E(f, k, "Hassan Rouhani", "United Kingdom", "criticism", "tension", "reported", PUB, "week", "nuclear;finance", "'have so far not fulfilled their obligations' (seed: 'not fulfilling obligations' = criticism); one row per country")
E(f, k, "Hassan Rouhani", "France", "criticism", "tension", "reported", PUB, "week", "nuclear;finance", "")
E(f, k, "Hassan Rouhani", "Germany", "criticism", "tension", "reported", PUB, "week", "nuclear;finance", "")
E(f, k, "United Kingdom", "Iran", "other", "cooperation", "reported", "2019-01", "month", "finance;trade", "'the financial mechanism they announced in January' (a channel for trade with Iran; Iran = 'We' of the sentence before)")
E(f, k, "France", "Iran", "other", "cooperation", "reported", "2019-01", "month", "finance;trade", "")
E(f, k, "Germany", "Iran", "other", "cooperation", "reported", "2019-01", "month", "finance;trade", "")
C(f, k, "Hassan Rouhani", "asserts", "", False, "the E3 have not fulfilled their obligations; the financial mechanism is not working", "")
k = "Iran has shown patience for a whole year, but this patience has its limits."
# No event: the addressee of the warning is not named (the three countries and the US are both possible).
C(f, k, "Hassan Rouhani", "warns", "", False, "Iran's patience has its limits", "a warning")
k = "I hope that at the next trilateral summit on Syria"
E(f, k, "Turkey", "Iran", "meeting", "cooperation", "planned", "", "unknown", "security;middle_east", "next trilateral summit that 'our Turkish friends have agreed to host': host->participant (dev4); undated planned")
E(f, k, "Turkey", "Russia", "meeting", "cooperation", "planned", "", "unknown", "security;middle_east", "host row")
E(f, k, "Iran", "Russia", "meeting", "cooperation", "planned", "", "unknown", "security;middle_east", "'we will be able to take new steps together'")
E(f, k, "Iran", "Turkey", "visit", "cooperation", "planned", "", "unknown", "diplomacy", "summit in Turkey implies planned visits of the other two leaders (dev3)")
E(f, k, "Russia", "Turkey", "visit", "cooperation", "planned", "", "unknown", "diplomacy", "")
C(f, k, "Hassan Rouhani", "hopes", "", False, "new steps on Syria at the next trilateral summit in Turkey", "'I hope'")
# "Vladimir Putin: Thank you." : no partner named in the sentence -> nothing.
k = "We will continue working with our European partners so that the mechanism"
E(f, k, "Russia", "European partners", "other", "cooperation", "planned", "", "unknown", "finance;diplomacy", "'We' = Russia; 'our European partners' kept as a group actor (the countries are named only in the other speaker's turn); undated planned")
C(f, k, "Vladimir Putin", "asserts", "", False, "Russia will keep working with the Europeans to make the mechanism function", "")
k = "I hope we will be able to continue our conversation tomorrow in Dushanbe."
E(f, k, "Vladimir Putin", "Hassan Rouhani", "meeting", "cooperation", "planned", "2019-06-15", "day", "diplomacy", "'tomorrow in Dushanbe' (addressee = Rouhani); Dushanbe is a venue")
C(f, k, "Vladimir Putin", "hopes", "", False, "to continue the conversation with Rouhani in Dushanbe tomorrow", "'I hope'")
B(f, "Published in sections: News, Transcripts")
B(f, "Geography: Iran")
B(f, "Publication date: June 14, 2019, 16:20")

# ====================================================================== 509 Iranian MFA
f = "509"
PUB = "2022-03-15"
actors(f, [
    ("Hossein Amir-Abdollahian", "IRN", "person"),
    ("Russia", "RUS", "state"),
    ("Sergey Lavrov", "RUS", "person"),
    ("Iran", "IRN", "state"),
    ("United States", "USA", "state"),
    ("Russian officials", "RUS", "person"),
    ("Josep Borrell", "", "person"),
    ("Ukraine", "UKR", "state"),
    ("NATO", "", "organisation"),
    ("Ebrahim Raisi", "IRN", "person"),
    ("Western media", "", "media"),
    ("the West", "", "state"),
])
# Title line after the header is not annotated; "News ID: 48213" is boilerplate.
k = "Foreign Minister of the Islamic Republic of Iran Hossein Amir-Abdollahian, who travelled to Moscow"
E(f, k, "Hossein Amir-Abdollahian", "Russia", "visit", "cooperation", "reported", "2022-03-15", "day", "diplomacy", "'travelled to Moscow on Tuesday'")
E(f, k, "Hossein Amir-Abdollahian", "Sergey Lavrov", "meeting", "cooperation", "reported", "2022-03-15", "day", "diplomacy", "met and held talks; chained to the Tuesday arrival clause (dev5 401)")
k = "In the meeting, the two sides exchanged views on the latest status of the Vienna talks"
E(f, k, "Iran", "Russia", "meeting", "cooperation", "reported", PUB, "week", "diplomacy;nuclear;ukraine_war", "'the two sides exchanged views' (definite description = Iran and Russia); no date expression: publication week (strict); the Vienna talks name no participant here")
k = "Referring to the recent remarks by Russian officials about guarantees requested"
E(f, k, "Russia", "United States", "other", "tension", "reported", "2022", "year", "nuclear;ukraine_war", "guarantees requested by Russia 'from the American side' (request as a negotiating demand = other/tension); 'recent' = publication year (seed 'recently')")
E(f, k, "Iran", "Russia", "other", "tension", "reported", PUB, "week", "nuclear;diplomacy", "'the Islamic Republic of Iran will not allow any external factor to affect its national interests', said in answer to the Russian remarks (quote subject = Iran; a warning = other/tension)")
C(f, k, "Hossein Amir-Abdollahian", "warns", "", False, "Iran will not let any external factor affect its interests in the Vienna talks", "'stated'")
C(f, k, "Russian officials", "asserts", "", False, "Russia requested guarantees from the US", "'the recent remarks by Russian officials about guarantees requested'; generic on-record officials: not hedged")
k = "He added that Tehran expects all parties to refrain from linking the talks"
# No event: 'all parties' names no participant.
C(f, k, "Hossein Amir-Abdollahian", "asserts", "", False, "all parties should not link the Vienna talks to unrelated issues", "'expects' = asserts (seed: 'expected all agreements ... to be implemented')")
k = "The Iranian top diplomat also criticised the delays and excessive demands of the American side"
E(f, k, "Hossein Amir-Abdollahian", "United States", "criticism", "tension", "reported", PUB, "week", "nuclear;diplomacy", "'the Iranian top diplomat' = Amir-Abdollahian")
E(f, k, "United States", "Iran", "other", "tension", "reported", "", "unknown", "nuclear;diplomacy", "'delays and excessive demands of the American side' (negotiating position, dev4); ongoing")
E(f, k, "Iran", "United States", "agreement", "cooperation", "hypothetical", PUB, "week", "nuclear;diplomacy", "'an agreement is within reach if Washington makes the necessary political decisions'")
C(f, k, "Hossein Amir-Abdollahian", "asserts", "", False, "criticised US delays and excessive demands", "'criticised'")
C(f, k, "Hossein Amir-Abdollahian", "asserts", "", False, "agreement within reach if Washington decides", "second speech verb 'stressing'")
k = "Sergey Lavrov, for his part, said Moscow had received written guarantees"
E(f, k, "United States", "Russia", "other", "cooperation", "reported", PUB, "week", "nuclear;ukraine_war", "written guarantees received (the US from 'Washington' in the sentence before); known only through Lavrov's undated statement: publication week")
E(f, k, "Russia", "Iran", "other", "cooperation", "reported", "", "unknown", "nuclear", "'Russia's cooperation with the Islamic Republic of Iran under the 2015 deal' (ongoing; 'the 2015 deal' is not a date expression for the cooperation). The sanctions on Russia name no sanctioner: no row")
C(f, k, "Sergey Lavrov", "asserts", "", False, "Moscow received written guarantees that its JCPOA cooperation with Iran is unaffected", "")
k = "He stressed that Russia supports the swift restoration of the JCPOA"
E(f, k, "Russia", "Iran", "statement_support", "cooperation", "reported", PUB, "week", "nuclear;diplomacy", "support for restoring the JCPOA; Iran from the sentence before")
E(f, k, "Russia", "Iran", "other", "tension", "denied", PUB, "week", "nuclear;diplomacy", "'will not create obstacles to its conclusion' (negated obstruction)")
C(f, k, "Sergey Lavrov", "asserts", "", False, "Russia supports swift restoration of the JCPOA and will not obstruct it", "pronoun speaker 'He' = Lavrov")
k = "The Vienna talks have been on pause since March 11"
# No event: Borrell's announcement names no party to the negotiations.
C(f, k, "Josep Borrell", "asserts", "", False, "break in the Vienna negotiations due to external factors", "'announced ..., citing'; Borrell speaks for the EU: empty country (heldout)")
k = "On Ukraine, Amir-Abdollahian reiterated the principled position"
E(f, k, "Hossein Amir-Abdollahian", "Ukraine", "other", "neutral", "reported", PUB, "week", "ukraine_war;diplomacy", "call for 'an immediate ceasefire and a political solution' on Ukraine (urging = other/neutral); Russia is not named in the sentence or the one before")
E(f, k, "Hossein Amir-Abdollahian", "NATO", "criticism", "tension", "reported", PUB, "week", "ukraine_war;security", "'NATO's provocative expansion to the east' as a root of the crisis")
C(f, k, "Hossein Amir-Abdollahian", "asserts", "", False, "Iran's principled position against war", "'reiterated'")
C(f, k, "Hossein Amir-Abdollahian", "hopes", "", False, "immediate ceasefire and political solution in Ukraine", "'called for' = hopes")
C(f, k, "Hossein Amir-Abdollahian", "hopes", "", False, "roots of the crisis incl. NATO expansion must be addressed", "'stressing ... must' = hopes (dev4)")
k = "He also thanked the Russian side for facilitating the safe passage"
E(f, k, "Hossein Amir-Abdollahian", "Russia", "statement_support", "cooperation", "reported", PUB, "week", "humanitarian;diplomacy", "thanks (not a claim)")
E(f, k, "Russia", "Iran", "aid", "cooperation", "reported", "2022-03", "month", "humanitarian;ukraine_war", "facilitated the passage of 'Iranian nationals' (resolved to Iran) 'in recent weeks' (seed: month)")
k = "Referring to the January visit of President Seyyed Ebrahim Raisi to Moscow"
E(f, k, "Ebrahim Raisi", "Russia", "visit", "cooperation", "reported", "2022-01", "month", "diplomacy", "'the January visit' (date before the noun)")
E(f, k, "Iran", "Russia", "agreement", "cooperation", "reported", "2022-01", "month", "energy;transport;trade", "'the agreements reached during the visit'; 'the two countries'; mutual")
E(f, k, "Iran", "Russia", "agreement", "cooperation", "planned", "", "unknown", "diplomacy", "'to finalise the comprehensive cooperation document'; undated planned")
E(f, k, "Hossein Amir-Abdollahian", "Russia", "statement_support", "cooperation", "reported", PUB, "week", "diplomacy;trade", "'the two ministers underlined the need to implement': one row per minister (seed 'Both sides emphasised')")
E(f, k, "Sergey Lavrov", "Iran", "statement_support", "cooperation", "reported", PUB, "week", "diplomacy;trade", "")
C(f, k, "Hossein Amir-Abdollahian", "hopes", "", False, "implement the January agreements and finalise the cooperation document", "'underlined the need' = hopes; one row per minister")
C(f, k, "Sergey Lavrov", "hopes", "", False, "implement the January agreements and finalise the cooperation document", "")
k = "In a joint press conference after the talks, Amir-Abdollahian dismissed reports"
E(f, k, "Iran", "Russia", "other", "tension", "denied", PUB, "week", "diplomacy;nuclear", "'dismissed reports ... of a rift between Tehran and Moscow' (heldout: rejected rift = denied row)")
E(f, k, "Hossein Amir-Abdollahian", "Western media", "denial", "tension", "reported", PUB, "week", "diplomacy", "explicit rejection of another actor's account = denial (dev3)")
C(f, k, "Hossein Amir-Abdollahian", "denies", "", False, "there is no rift between Tehran and Moscow over the Vienna talks", "about his own side = denies")
C(f, k, "Western media", "asserts", "Western media", True, "a rift between Tehran and Moscow over the Vienna talks", "'reports in some Western media'; outlets unnamed: hedged")
k = "Our relations with the Russian Federation are strategic"
E(f, k, "Iran", "Russia", "other", "cooperation", "reported", "", "unknown", "diplomacy", "'Our relations ... are strategic'; relationship state")
E(f, k, "Hossein Amir-Abdollahian", "the West", "accusation", "tension", "reported", PUB, "week", "diplomacy", "'the psychological warfare of the West' (X said [wrongdoing by Y])")
E(f, k, "the West", "Iran", "other", "tension", "reported", "", "unknown", "diplomacy", "accused act aimed at the relationship: one row toward each member (dev4 'drive a wedge')")
E(f, k, "the West", "Russia", "other", "tension", "reported", "", "unknown", "diplomacy", "")
C(f, k, "Hossein Amir-Abdollahian", "asserts", "", False, "relations with Russia are strategic and immune to Western psychological warfare", "pronoun speaker 'he said'")
k = "We have no doubt about Moscow's commitment to the agreement."
E(f, k, "Iran", "Russia", "statement_support", "cooperation", "reported", PUB, "week", "nuclear;diplomacy", "quote subject 'We' = Iran; 'Moscow's commitment'")
C(f, k, "Hossein Amir-Abdollahian", "asserts", "", False, "Iran has no doubt about Moscow's commitment to the agreement", "quote-only continuation")
k = "At the end of the meeting, the Iranian foreign minister invited Sergey Lavrov"
E(f, k, "Hossein Amir-Abdollahian", "Sergey Lavrov", "invitation", "cooperation", "reported", PUB, "week", "diplomacy", "invitations are not claims")
E(f, k, "Sergey Lavrov", "Iran", "visit", "cooperation", "planned", "", "unknown", "diplomacy", "accepted visit to Tehran (seed: accepted visit = planned, undated: empty)")
k = "This is Amir-Abdollahian's second visit to Moscow since he took office last August."
E(f, k, "Hossein Amir-Abdollahian", "Russia", "visit", "cooperation", "reported", PUB, "week", "diplomacy", "repeated mention naming the participant: a second visit row (dev4); 'last August' dates the taking of office, not the visit")
B(f, "News ID: 48213")

# ====================================================================== 510 Reuters FACTBOX
f = "510"
PUB = "2026-01-16"
actors(f, [
    ("Russia", "RUS", "state"),
    ("Iran", "IRN", "state"),
    ("Vladimir Putin", "RUS", "person"),
    ("Masoud Pezeshkian", "IRN", "person"),
    ("Andrei Rudenko", "RUS", "person"),
    ("Russian parliament", "RUS", "government_body"),
    ("Israel", "ISR", "state"),
    ("Benjamin Netanyahu", "ISR", "person"),
    ("United States", "USA", "state"),
    ("Abbas Araghchi", "IRN", "person"),
    ("Iranian lawmakers", "IRN", "person"),
    ("Iranian commentators", "IRN", "person"),
    ("Ali Larijani", "IRN", "person"),
    ("Ali Khamenei", "IRN", "person"),
    ("Iranian media", "IRN", "media"),
    ("Armenia", "ARM", "state"),
    ("Azerbaijan", "AZE", "state"),
    ("Ali Akbar Velayati", "IRN", "person"),
    ("Donald Trump", "USA", "person"),
    ("China", "CHN", "state"),
    ("UN Security Council", "", "organisation"),
    ("United Nations", "", "organisation"),
    ("United Kingdom", "GBR", "state"),
    ("France", "FRA", "state"),
    ("Germany", "DEU", "state"),
    ("Russian officials", "RUS", "person"),
])
# Headline line after the header is not annotated; the dateline belongs to the first sentence (Reuters is not an actor).
# Entry labels ("JAN 17, 2025 - ") have no final punctuation: each belongs to the first sentence of its entry and dates it.
# Later sentences of an entry are past narrative anchored to the entry at month precision (heldout 102).
k = "Jan 16 (Reuters) - A year after Russia and Iran signed"
E(f, k, "Russia", "Iran", "agreement", "cooperation", "reported", "2025-01", "month", "diplomacy;security", "'A year after Russia and Iran signed' counted back from 2026-01-16; mutual")
E(f, k, "Russia", "Iran", "other", "tension", "reported", "", "unknown", "diplomacy", "'their relationship has been tested ... exposing the limits' (relationship state over the year; mixed statement, dev4)")
E(f, k, "Russia", "Iran", "arms_transfer", "tension", "reported", "", "unknown", "military", "'stalled arms deliveries' (delay = arms_transfer/tension; the direction is the Su-35 one stated later); ongoing")
E(f, k, "Russia", "Iran", "other", "cooperation", "reported", "", "unknown", "diplomacy", "'an alignment both sides describe as strategic'")
C(f, k, "Russia", "asserts", "", False, "the alignment with Iran is strategic", "'both sides describe': one row per side (seed 'The two countries say')")
C(f, k, "Iran", "asserts", "", False, "the alignment with Russia is strategic", "")
# "Here are key moments in ties since the signing:" : lead-in line, nothing.
k = "JAN 17, 2025 - Presidents Vladimir Putin and Masoud Pezeshkian sign"
E(f, k, "Vladimir Putin", "Masoud Pezeshkian", "agreement", "cooperation", "reported", "2025-01-17", "day", "diplomacy;security", "entry label dates the sentence; mutual")
E(f, k, "Vladimir Putin", "Masoud Pezeshkian", "meeting", "cooperation", "reported", "2025-01-17", "day", "diplomacy", "signing in the Kremlin implies a meeting (heldout)")
E(f, k, "Masoud Pezeshkian", "Russia", "visit", "cooperation", "reported", "2025-01-17", "day", "diplomacy", "signing in the Kremlin implies a visit (heldout)")
k = "The text commits each side not to help an aggressor against the other"
E(f, k, "Russia", "Iran", "other", "cooperation", "reported", "", "unknown", "security", "treaty obligation 'not to help an aggressor' (dev4: other/cooperation, undated); 'each side' = the signatories of the sentence before")
E(f, k, "Russia", "Iran", "agreement", "cooperation", "denied", "2025-01", "month", "security", "'contains no mutual defence clause' (agreement/denied); a later sentence of the JAN 17 entry: past narrative anchored to the entry at month precision (dev4 308 'signed in January … no mutual defense obligations' = 2025-01)")
C(f, k, "Andrei Rudenko", "asserts", "", False, "a mutual defence clause was never the aim", "'had said'; no event for Rudenko's remark (heldout)")
k = "Putin says Russia could initially supply up to 2 billion cubic metres of gas"
E(f, k, "Russia", "Iran", "trade_energy", "cooperation", "hypothetical", "2025-01", "month", "energy;trade", "'could initially supply' gas; statement anchored to the Jan 17 entry (month); Azerbaijan is a transit location (dev4 'through Azerbaijan')")
E(f, k, "Russia", "Iran", "agreement", "cooperation", "denied", "2025-01", "month", "energy;trade", "'the two sides have yet to agree a price' (no agreement yet = denied); anchored to the entry")
C(f, k, "Vladimir Putin", "asserts", "", False, "Russia could initially supply up to 2 bcm of gas a year to Iran", "")
k = "APRIL 21, 2025 - Putin signs the law ratifying the treaty"
E(f, k, "Vladimir Putin", "Iran", "agreement", "cooperation", "reported", "2025-04-21", "day", "diplomacy;security", "ratification law; Iran from the sentence before ('to Iran')")
E(f, k, "Russian parliament", "Iran", "agreement", "cooperation", "reported", "2025-04", "month", "diplomacy;security", "'after both houses of the Russian parliament approve it' (heldout: parliament -> partner country, agreement); before April 21: month")
k = "JUNE 13, 2025 - Israel launches air strikes on Iranian nuclear and military sites."
E(f, k, "Israel", "Iran", "military_action", "tension", "reported", "2025-06-13", "day", "military;nuclear;middle_east", "")
k = "Moscow condemns the attack as a violation of the U.N. Charter"
E(f, k, "Russia", "Israel", "criticism", "tension", "reported", "2025-06", "month", "military;middle_east", "'the attack' = Israel's, from the sentence before; anchored to the entry (month)")
E(f, k, "Vladimir Putin", "Masoud Pezeshkian", "call", "cooperation", "reported", "2025-06", "month", "diplomacy", "")
E(f, k, "Vladimir Putin", "Benjamin Netanyahu", "call", "neutral", "reported", "2025-06", "month", "diplomacy", "call with the attacking side")
E(f, k, "Vladimir Putin", "Masoud Pezeshkian", "statement_support", "cooperation", "reported", "2025-06", "month", "diplomacy;security", "'offering to mediate': cooperation toward the partner (heldout)")
E(f, k, "Vladimir Putin", "Benjamin Netanyahu", "statement_support", "neutral", "reported", "2025-06", "month", "diplomacy;security", "mediation offer: neutral toward the other side")
C(f, k, "Russia", "asserts", "", False, "the Israeli attack violates the UN Charter", "'condemns ... as'; the offer is not a claim")
k = "Russia provides no military assistance, and Putin later says Iran has not asked for any."
E(f, k, "Russia", "Iran", "aid", "cooperation", "denied", "2025-06", "month", "military;security", "'provides no military assistance' (negated); anchored to the June 13 entry")
E(f, k, "Iran", "Russia", "other", "cooperation", "denied", "2025", "year", "military;security", "'Iran has not asked for any' (request = other, negated); dated by Putin's statement 'later': after June 13, year only")
C(f, k, "Vladimir Putin", "asserts", "", False, "Iran has not asked Russia for military assistance", "a negation, not a rejection of another's claim: asserts")
k = "JUNE 23, 2025 - A day after U.S. bombers strike the Fordow"
E(f, k, "United States", "Iran", "military_action", "tension", "reported", "2025-06-22", "day", "military;nuclear;middle_east", "'A day after' the entry date; Iran from 'Iranian Foreign Minister' (the sites are places)")
E(f, k, "Abbas Araghchi", "Vladimir Putin", "meeting", "cooperation", "reported", "2025-06-23", "day", "diplomacy", "")
E(f, k, "Abbas Araghchi", "Russia", "visit", "cooperation", "reported", "2025-06-23", "day", "diplomacy", "meeting in the Kremlin implies a visit")
k = "Putin calls the attacks"
E(f, k, "Vladimir Putin", "United States", "criticism", "tension", "reported", "2025-06", "month", "military;middle_east", "'the attacks' = the US strikes of the sentence before; anchored to the entry")
E(f, k, "Vladimir Putin", "Abbas Araghchi", "other", "cooperation", "denied", "2025-06", "month", "security;diplomacy", "'makes no new commitments' to his visitor (negated)")
C(f, k, "Vladimir Putin", "asserts", "", False, "the attacks on Iran are absolutely unprovoked aggression", "'calls'")
k = "Some Iranian lawmakers and commentators accuse Moscow"
E(f, k, "Iranian lawmakers", "Russia", "accusation", "tension", "reported", "2025-06", "month", "security;diplomacy", "group's own speech act: the group keeps its name (dev4)")
E(f, k, "Iranian commentators", "Russia", "accusation", "tension", "reported", "2025-06", "month", "security;diplomacy", "")
E(f, k, "Russia", "Iran", "other", "tension", "reported", "2025-06", "month", "security", "accused act: 'leaving Tehran to fight alone'")
C(f, k, "Iranian lawmakers", "asserts", "", True, "Moscow left Tehran to fight alone", "'Some ...': unnamed, hedged")
C(f, k, "Iranian commentators", "asserts", "", True, "Moscow left Tehran to fight alone", "")
k = "JULY 20, 2025 - Putin receives Ali Larijani"
E(f, k, "Vladimir Putin", "Ali Larijani", "meeting", "cooperation", "reported", "2025-07-20", "day", "diplomacy", "'receives'; no place is named, so no visit row")
E(f, k, "Ali Larijani", "Vladimir Putin", "other", "cooperation", "reported", "2025-07-20", "day", "diplomacy;nuclear", "'who carries a message' (message = other, heldout); chained to the same act")
k = "Iranian media say the Su-35 fighter jets Tehran ordered from Russia"
E(f, k, "Russia", "Iran", "arms_transfer", "cooperation", "denied", "2025-07", "month", "military", "'have still not arrived' (non-delivery = denied, dev4); anchored to the entry")
E(f, k, "Iran", "Russia", "other", "cooperation", "reported", "", "unknown", "military", "'the Su-35 fighter jets Tehran ordered from Russia' (purchase = other/cooperation, undated, dev4)")
C(f, k, "Iranian media", "asserts", "Iranian media", False, "the Su-35s ordered from Russia have not arrived", "claimant = via (seed); public media: not hedged")
k = "AUG 8, 2025 - Armenia and Azerbaijan sign a U.S.-brokered accord"
E(f, k, "Armenia", "Azerbaijan", "agreement", "cooperation", "reported", "2025-08-08", "day", "transport;diplomacy", "mutual")
E(f, k, "United States", "Armenia", "other", "cooperation", "reported", "2025-08-08", "day", "transport;diplomacy", "'U.S.-brokered': go-between rows toward each party (dev4)")
E(f, k, "United States", "Azerbaijan", "other", "cooperation", "reported", "2025-08-08", "day", "transport;diplomacy", "")
k = "Ali Akbar Velayati, another Khamenei adviser, warns"
E(f, k, "Ali Akbar Velayati", "Donald Trump", "other", "tension", "reported", "2025-08", "month", "security;transport", "threat that the route will become 'a graveyard' for Trump's mercenaries (threat = other/tension, heldout); 'Moscow's reaction is muted' names no partner (dev4): no row")
C(f, k, "Ali Akbar Velayati", "warns", "", False, "the route will become a graveyard for Trump's mercenaries", "")
k = "SEPT 26, 2025 - A Russian-Chinese draft resolution"
E(f, k, "Russia", "China", "other", "cooperation", "reported", "2025-09-26", "day", "diplomacy", "co-sponsoring the draft (heldout); mutual")
E(f, k, "Russia", "Iran", "other", "cooperation", "reported", "2025-09-26", "day", "diplomacy;nuclear", "draft to delay the return of sanctions on Iran")
E(f, k, "China", "Iran", "other", "cooperation", "reported", "2025-09-26", "day", "diplomacy;nuclear", "")
E(f, k, "UN Security Council", "Russia", "other", "tension", "reported", "2025-09-26", "day", "diplomacy", "draft voted down (heldout); 'the Security Council'")
E(f, k, "UN Security Council", "China", "other", "tension", "reported", "2025-09-26", "day", "diplomacy", "")
k = "The sanctions, triggered by Britain, France and Germany, return two days later"
E(f, k, "United Kingdom", "Iran", "sanction", "tension", "reported", "2025", "year", "diplomacy;nuclear", "snapback trigger; Iran from the sentence before; the triggering precedes the dated return and has no date of its own: year only")
E(f, k, "France", "Iran", "sanction", "tension", "reported", "2025", "year", "diplomacy;nuclear", "")
E(f, k, "Germany", "Iran", "sanction", "tension", "reported", "2025", "year", "diplomacy;nuclear", "")
E(f, k, "United Nations", "Iran", "sanction", "tension", "reported", "2025-09-28", "day", "diplomacy;nuclear", "'return two days later' than SEPT 26")
C(f, k, "Russia", "disputes", "", False, "Russia does not recognise the restored UN sanctions", "non-recognition of another party's sanctions = disputes (dev5); Iran is not named in the sentence: no statement_support row (dev5)")
# "OCT 2, 2025 - The treaty enters into force." : no participant named -> nothing.
k = "Putin tells the Valdai forum that Israel asked Moscow"
E(f, k, "Israel", "Russia", "other", "cooperation", "reported", "2025-10", "month", "diplomacy;middle_east", "request to pass on a message (dev5 408); known through Putin's statement, anchored to the OCT 2 entry; Valdai is a venue")
E(f, k, "Israel", "Iran", "military_action", "tension", "denied", "2025-10", "month", "military;middle_east", "'does not want escalation' (negated)")
C(f, k, "Vladimir Putin", "asserts", "", False, "Israel asked Moscow to tell Tehran it does not want escalation", "")
k = "Bilateral trade stood at about $4.8 billion in 2024"
E(f, k, "Russia", "Iran", "trade_energy", "cooperation", "reported", "2024", "year", "trade", "'Bilateral trade' (Russia from 'Russian officials', Iran = 'Tehran' of the sentence before)")
E(f, k, "Russia", "Iran", "trade_energy", "cooperation", "reported", "2023", "year", "trade", "'little changed from the previous year' = 2023")
C(f, k, "Russian officials", "asserts", "", False, "bilateral trade about $4.8 billion in 2024", "'according to Russian officials'; generic on-record: not hedged")
B(f, "(Compiled by Lina Marwan; Editing by Tom Hadley)")

# ====================================================================== 511 Bellingcat
f = "511"
PUB = "2024-09-20"
actors(f, [
    ("Antony Blinken", "USA", "person"),
    ("United Kingdom", "GBR", "state"),
    ("Iran", "IRN", "state"),
    ("Russia", "RUS", "state"),
    ("Ukraine", "UKR", "state"),
    ("Iran’s mission to the United Nations", "IRN", "government_body"),
    ("Dmitry Peskov", "RUS", "person"),
    ("United States", "USA", "state"),
    ("U.S. authorities", "USA", "government_body"),
    ("U.S. Treasury", "USA", "government_body"),
    ("Iran Air", "IRN", "organisation"),
    ("ship-tracking data", "", "organisation"),
    ("Planet Labs", "USA", "organisation"),
    ("White House", "USA", "government_body"),
    ("researchers", "", "person"),
    ("France", "FRA", "state"),
    ("Germany", "DEU", "state"),
    ("Ukrainian Foreign Ministry", "UKR", "government_body"),
    ("Abbas Araghchi", "IRN", "person"),
])
# Headline line is not annotated. Bellingcat's own voice ("Bellingcat examined", "We were not able to determine",
# "which Bellingcat geolocated") is the publisher's, like dev4's "This brief argues": no claim, no actor.
k = "On September 10, U.S. Secretary of State Antony Blinken said in London"
E(f, k, "Antony Blinken", "United Kingdom", "visit", "cooperation", "reported", "2024-09-10", "day", "diplomacy", "'said in London' (heldout 104: visit)")
E(f, k, "Antony Blinken", "Iran", "accusation", "tension", "reported", "2024-09-10", "day", "military;ukraine_war", "X said [wrongdoing by Y]: Iran supplied the missiles")
E(f, k, "Antony Blinken", "Russia", "accusation", "tension", "reported", "2024-09-10", "day", "military;ukraine_war", "and Russia received them and will use them")
E(f, k, "Iran", "Russia", "arms_transfer", "cooperation", "reported", "2024-09-10", "day", "military;ukraine_war", "Fath-360 shipments; dated by the statement (heldout 104)")
E(f, k, "Russia", "Ukraine", "military_action", "tension", "hypothetical", "2024", "year", "military;ukraine_war", "'would likely use them in Ukraine within weeks' (a span after Sept 10: year only)")
C(f, k, "Antony Blinken", "asserts", "", False, "Russia received Iranian Fath-360 missiles and will likely use them within weeks", "")
k = "Neither government has confirmed the transfer."
E(f, k, "Iran", "Russia", "arms_transfer", "cooperation", "denied", PUB, "week", "military", "'Neither government' = Iran and Russia (definite description); non-confirmation = denied (seed); publication week")
k = "Iran’s mission to the United Nations said Tehran had not delivered"
E(f, k, "Iran", "Russia", "arms_transfer", "cooperation", "denied", PUB, "week", "military;ukraine_war", "quote subject 'Tehran'")
E(f, k, "Dmitry Peskov", "Iran", "statement_support", "cooperation", "reported", PUB, "week", "diplomacy", "'an important partner'")
E(f, k, "Russia", "Iran", "other", "cooperation", "reported", "", "unknown", "military;security", "'Moscow was developing cooperation in all areas, including the most sensitive ones'; ongoing")
C(f, k, "Iran’s mission to the United Nations", "denies", "", False, "Tehran has not delivered ballistic missiles to Russia", "about its own side")
C(f, k, "Dmitry Peskov", "asserts", "", False, "Iran is an important partner; cooperation in all areas incl. sensitive ones", "")
k = "The investigation focused on the Port Olya-3 and the Port Olya-4"
E(f, k, "United States", "Russia", "accusation", "tension", "reported", "2024", "year", "military", "'U.S. authorities have accused' the Russian-flagged ships (resolved to Russia, heldout); present perfect without date: publication year")
E(f, k, "Iran", "Russia", "arms_transfer", "cooperation", "reported", "", "unknown", "military;transport", "accused act: carrying 'Iranian military cargo' from Amirabad to Olya; undated")
C(f, k, "U.S. authorities", "asserts", "", False, "the two ships carried Iranian military cargo to Russia", "claimant keeps the description (dev4); on-record: not hedged")
k = "The Port Olya-3 was added to the U.S. Treasury’s sanctions list"
E(f, k, "U.S. Treasury", "Russia", "sanction", "tension", "reported", "2024-09-10", "day", "military;finance", "Russian-flagged ship resolved to Russia; 'on the day of Blinken’s announcement' names the day of the Sept 10 statement")
E(f, k, "U.S. Treasury", "Iran Air", "sanction", "tension", "reported", "2024-09-10", "day", "finance;transport", "'alongside Iran Air'")
k = "Ship-tracking data reviewed by Bellingcat show"
C(f, k, "ship-tracking data", "asserts", "", True, "Port Olya-3 went dark twice in August after leaving Amirabad", "dev4: 'ship-tracking data show' = claimant, hedged (unnamed provider); no interaction between actors")
k = "Satellite images captured by Planet Labs on August 27 show"
C(f, k, "Planet Labs", "asserts", "", False, "a matching vessel moored at Amirabad beside containers on August 27", "named data source: not hedged (dev4 Bonbast.com); no interaction between actors")
# "Four days later, ...", "We were not able to determine ...", the Telegram-video sentence and the 2018-convention sentence
# have no interaction between two named actors: no rows.
k = "In 2023, the White House said Iran had shipped drones"
E(f, k, "White House", "Iran", "accusation", "tension", "reported", "2023", "year", "military;ukraine_war", "")
E(f, k, "Iran", "Russia", "arms_transfer", "cooperation", "reported", "2023", "year", "military;ukraine_war", "drones and artillery ammunition across the Caspian; dated by the 2023 statement")
E(f, k, "Russia", "Iran", "trade_energy", "cooperation", "reported", "", "unknown", "transport;trade", "'Russian-flagged vessels shuttling between Amirabad, Makhachkala and Astrakhan since ...' (background); 'the full-scale invasion' names no participant: no row (seed)")
C(f, k, "White House", "asserts", "", False, "Iran shipped drones and ammunition to Russia across the Caspian", "")
C(f, k, "researchers", "asserts", "", True, "Russian-flagged vessels shuttle between Iranian and Russian Caspian ports", "'documented'; unnamed: hedged")
k = "Tehran has acknowledged sending a small number of drones to Moscow before the invasion"
E(f, k, "Iran", "Russia", "arms_transfer", "cooperation", "reported", "", "unknown", "military;ukraine_war", "'before the invasion' gives no point date (dev5 'before the 1979 Islamic Revolution')")
E(f, k, "Iran", "Russia", "arms_transfer", "cooperation", "denied", PUB, "week", "military;ukraine_war", "'denies supplying missiles'; denied row without date: publication week")
C(f, k, "Iran", "asserts", "", False, "Iran sent a small number of drones to Moscow before the invasion", "'acknowledged' (seed: minimising = asserts)")
C(f, k, "Iran", "denies", "", False, "Iran did not supply missiles to Russia", "second speech verb")
k = "Britain, France and Germany said they would cancel their bilateral air services agreements"
E(f, k, "United Kingdom", "Iran", "other", "tension", "planned", "2024-09", "month", "transport;diplomacy", "cancel air services agreements; past narrative anchored to the Sept 10 episode (month)")
E(f, k, "France", "Iran", "other", "tension", "planned", "2024-09", "month", "transport;diplomacy", "")
E(f, k, "Germany", "Iran", "other", "tension", "planned", "2024-09", "month", "transport;diplomacy", "")
E(f, k, "United Kingdom", "Iran Air", "sanction", "tension", "planned", "2024-09", "month", "transport;finance", "'move to sanction Iran Air'")
E(f, k, "France", "Iran Air", "sanction", "tension", "planned", "2024-09", "month", "transport;finance", "")
E(f, k, "Germany", "Iran Air", "sanction", "tension", "planned", "2024-09", "month", "transport;finance", "")
E(f, k, "Ukrainian Foreign Ministry", "Iran", "criticism", "tension", "reported", "2024-09", "month", "diplomacy;ukraine_war", "summons of Iran's chargé d'affaires (dev2/dev4 summons = criticism toward the envoy's state)")
C(f, k, "United Kingdom", "asserts", "", False, "will cancel air services agreements with Iran and sanction Iran Air", "one row per country (dev2)")
C(f, k, "France", "asserts", "", False, "will cancel air services agreements with Iran and sanction Iran Air", "")
C(f, k, "Germany", "asserts", "", False, "will cancel air services agreements with Iran and sanction Iran Air", "")
C(f, k, "Ukrainian Foreign Ministry", "warns", "", False, "irreversible consequences for relations with Iran", "'warning of'")
k = "Iranian Foreign Minister Abbas Araghchi dismissed the accusation"
E(f, k, "Abbas Araghchi", "United Kingdom", "denial", "tension", "reported", "2024-09", "month", "military;diplomacy", "'dismissed the accusation' of 'the three European countries' (named in the sentence before) 'and the United States': explicit rejection = denial (dev3), one row per accuser; anchored to the episode")
E(f, k, "Abbas Araghchi", "France", "denial", "tension", "reported", "2024-09", "month", "military;diplomacy", "")
E(f, k, "Abbas Araghchi", "Germany", "denial", "tension", "reported", "2024-09", "month", "military;diplomacy", "")
E(f, k, "Abbas Araghchi", "United States", "denial", "tension", "reported", "2024-09", "month", "military;diplomacy", "")
C(f, k, "Abbas Araghchi", "disputes", "", False, "the E3 and the US act on faulty intel and flawed logic", "post on X: empty via (heldout)")
# "The Russian Ministry of Defence did not respond to Bellingcat’s request for comment." and the unanswered emails: no partner, no rows.
B(f, "Bellingcat’s Investigative Tech Team contributed research to this piece.")
B(f, "Bellingcat is a non-profit and the ability to carry out our work")
B(f, "If you would like to support our work, you can do so here.")


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
