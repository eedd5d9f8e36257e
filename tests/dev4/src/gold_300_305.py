#!/usr/bin/env python3
"""Hand-made gold annotation of dev4_a (articles 300-305).

Run: python3 gold_src.py  (writes gold/events.csv, claims.csv, actors.csv, boilerplate.csv).
Each row names its sentence by a key substring that must match exactly one annotatable unit
(sentence or line) of the article in articles_src.py, so every quote is a whole sentence.
"""

import csv
import os

from articles_src import ARTICLES, sentences

HERE = os.path.dirname(os.path.abspath(__file__))
UNITS = {a["file"]: sentences(a) for a in ARTICLES}

EVENTS, CLAIMS, ACTORS, BOILER = [], [], [], []
CUR = {}  # current file and its actor countries


def start(file):
    CUR["file"] = file
    CUR["countries"] = {}


def q(key):
    hits = [u for u in UNITS[CUR["file"]] if key in u]
    if len(hits) != 1:
        raise SystemExit(f"{CUR['file']}: key {key!r} matches {len(hits)} units")
    return hits[0]


def A(actor, country, typ):
    CUR["countries"][actor] = country
    ACTORS.append(dict(source_file=CUR["file"], actor=actor, country=country, type=typ))


def c(actor):
    return CUR["countries"][actor]


def E(key, a1, a2, etype, pol, mod, date, prec, themes, notes=""):
    EVENTS.append(dict(source_file=CUR["file"], quote=q(key), actor1=a1, actor1_country=c(a1), actor2=a2,
                       actor2_country=c(a2), event_type=etype, polarity=pol, modality=mod, event_date=date,
                       date_precision=prec, themes=themes, notes=notes))


def C(key, claimant, stance, via, hedged, topic, notes=""):
    CLAIMS.append(dict(source_file=CUR["file"], quote=q(key), claimant=claimant, claimant_country=c(claimant),
                       stance=stance, via=via, hedged="true" if hedged else "false", topic=topic, notes=notes))


def B(key):
    BOILER.append(dict(source_file=CUR["file"], quote=q(key)))


# =====================================================================================
# 300 Interfax, published Wed 2025-02-26
# =====================================================================================
start("300_interfax_gas_price_talks.txt")
PW = "2025-02-26"
for a in [("Russia", "RUS", "state"), ("Iran", "IRN", "state"),
          ("source familiar with the negotiations", "", "person"), ("Interfax", "RUS", "media"),
          ("Gazprom", "RUS", "organisation"), ("Turkey", "TUR", "state"),
          ("National Iranian Gas Company", "IRN", "organisation"), ("Dmitry Peskov", "RUS", "person"),
          ("Sergei Tsivilev", "RUS", "person"), ("Vladimir Putin", "RUS", "person"),
          ("Masoud Pezeshkian", "IRN", "person"), ("Azerbaijan", "AZE", "state"),
          ("Mohsen Paknejad", "IRN", "person"), ("Shana", "IRN", "media"), ("Turkmenistan", "TKM", "state"),
          ("Iranian lawmakers", "IRN", "person"), ("Tasnim", "IRN", "media"), ("Rosatom", "RUS", "organisation"),
          ("media reports", "", "media")]:
    A(*a)
SRC = "source familiar with the negotiations"
k = "Feb 26 (Interfax) - Russia and Iran have not yet agreed"
E(k, "Russia", "Iran", "agreement", "cooperation", "denied", PW, "day", "energy;trade",
  "'have not yet agreed on a price' (negated); dated by 'told Interfax on Wednesday'; 'MOSCOW.' is a separate unit")
E(k, "Russia", "Iran", "trade_energy", "cooperation", "planned", "", "unknown", "energy;trade",
  "Russian pipeline gas 'to be supplied to Iran'; undated planned; 'through Azerbaijan' is a route, no Azerbaijan row")
C(k, SRC, "asserts", "Interfax", True, "no agreement yet on gas price", "'a source ... told Interfax'; anonymous")
k = "The Iranian side is insisting on a price comparable"
E(k, "Iran", "Russia", "other", "tension", "reported", PW, "week", "energy;trade",
  "'The Iranian side is insisting on a price' (negotiating demand in a price dispute)")
E(k, "Gazprom", "Turkey", "trade_energy", "cooperation", "reported", "", "unknown", "energy;trade",
  "'what Gazprom charges Turkey'; habitual")
E(k, "Russia", "Iran", "other", "tension", "reported", PW, "week", "energy;trade",
  "Moscow 'considers such a level commercially unjustified' (rejects Iran's price demand)")
C(k, SRC, "asserts", "Interfax", True, "Iran insists on Turkey-level price, Moscow objects",
  "'the source said'; via carried (same attributed statement); the insisting is a demand, not coded as an Iranian claim")
k = "The volumes have been agreed in principle"
C(k, SRC, "asserts", "Interfax", True, "volumes agreed, price the stumbling block",
  "quote-only clause with 'he said'; no event: no participant named")
k = "delegations of Gazprom and the National Iranian Gas Company"
E(k, "Gazprom", "National Iranian Gas Company", "meeting", "cooperation", "reported", "2025-02-17", "week",
  "energy;trade", "consultations in Tehran 'last week' (Monday of the previous week); mutual")
E(k, "Gazprom", "Iran", "visit", "cooperation", "reported", "2025-02-17", "week", "energy",
  "Gazprom delegation's consultations in Tehran imply a visit")
E(k, "Gazprom", "National Iranian Gas Company", "other", "tension", "reported", "2025-02-17", "week",
  "energy;trade", "'failed to narrow their differences'; mutual")
C(k, SRC, "asserts", "Interfax", True, "another round in Tehran failed to narrow differences", "'According to the source'")
k = "NIGC said in a statement after the round"
E(k, "National Iranian Gas Company", "Gazprom", "agreement", "cooperation", "reported", "2025-02-17", "week",
  "energy", "'the sides had reached understandings on technical issues'; 'after the round' = the round of last week; mutual")
C(k, "National Iranian Gas Company", "asserts", "", False, "understandings reached on technical issues",
  "'said in a statement'")
k = "The next round is scheduled for March"
C(k, SRC, "asserts", "Interfax", True, "next round scheduled for March",
  "no event: 'the next round' names no participant")
k = "Kremlin spokesman Dmitry Peskov told reporters on Tuesday"
E(k, "Russia", "Iran", "other", "cooperation", "reported", "2025-02-25", "day", "energy;diplomacy",
  "'both countries had the political will to implement the project'; dated by the Tuesday statement; mutual")
C(k, "Dmitry Peskov", "asserts", "", False, "no information on details of commercial talks",
  "non-confirmation is asserts (dev2); no denied row: the existence of talks is not in question")
C(k, "Dmitry Peskov", "asserts", "", False, "both countries have the political will to implement the gas project",
  "second speech verb 'insisted'")
k = "Russian Energy Minister Sergei Tsivilev said in January"
C(k, "Sergei Tsivilev", "asserts", "", False, "supplies could start at 2 bcm and rise to 55 bcm",
  "no event: 'supplies' names neither participant (heldout 'Putin said deliveries could start')")
k = "discussed the gas project with his Iranian counterpart"
E(k, "Vladimir Putin", "Masoud Pezeshkian", "meeting", "cooperation", "reported", "2025-01-17", "day",
  "diplomacy;energy", "talks in the Kremlin on January 17; 'his Iranian counterpart'")
E(k, "Vladimir Putin", "Masoud Pezeshkian", "agreement", "cooperation", "reported", "2025-01-17", "day",
  "diplomacy", "'the two leaders also signed a treaty'; mutual")
E(k, "Masoud Pezeshkian", "Russia", "visit", "cooperation", "reported", "2025-01-17", "day", "diplomacy",
  "talks in the Kremlin imply a visit (heldout treaty-signing rule)")
k = "Gazprom and NIGC signed a memorandum"
E(k, "Gazprom", "National Iranian Gas Company", "agreement", "cooperation", "reported", "2024-06", "month",
  "energy;trade", "memorandum signed in St. Petersburg in June 2024; mutual")
E(k, "Russia", "Iran", "trade_energy", "cooperation", "planned", "", "unknown", "energy;trade",
  "'the supply of Russian gas to Iran'; undated planned")
k = "Azerbaijan has said it is ready to provide transit"
E(k, "Azerbaijan", "Russia", "other", "cooperation", "hypothetical", "2025", "year", "energy;transport",
  "'ready to provide transit'; partners clear from the sentence before; 'earlier' = publication year (dev2)")
E(k, "Azerbaijan", "Iran", "other", "cooperation", "hypothetical", "2025", "year", "energy;transport",
  "'ready to provide transit' of Russian gas to Iran")
C(k, "Azerbaijan", "asserts", "Interfax", False, "ready to provide gas transit", "'Interfax reported earlier'")
k = "Iranian Oil Minister Mohsen Paknejad asserted on Monday"
E(k, "Iran", "Gazprom", "agreement", "cooperation", "denied", "2025-02-24", "day", "energy;trade",
  "'Tehran would not sign a contract with Gazprom at any cost' (negated, conditional refusal); subject of the reported clause is actor1; dated by the Monday statement")
C(k, "Mohsen Paknejad", "asserts", "Shana", False, "price must be reasonable; no contract at any cost",
  "'the Shana news agency reported'")
k = "He also said Iran was holding talks with Turkmenistan"
E(k, "Iran", "Turkmenistan", "other", "cooperation", "reported", PW, "week", "energy;trade",
  "ongoing talks on gas swaps; no date expression in the sentence: publication week")
C(k, "Mohsen Paknejad", "asserts", "Shana", False, "Iran in talks with Turkmenistan on gas swaps",
  "via carried: continues the same reported statement")
k = "A number of Iranian lawmakers have criticized the project"
E(k, "Iranian lawmakers", "Russia", "criticism", "tension", "reported", PW, "week", "energy;diplomacy",
  "group kept as actor: its own speech act is reported")
E(k, "Russia", "Iran", "other", "tension", "reported", PW, "week", "energy;trade",
  "'Russia is seeking to use the Iranian market' (content of the criticism); Europe is a place")
C(k, "Iranian lawmakers", "asserts", "Tasnim", True, "Russia uses Iran's market to replace lost European sales",
  "unnamed lawmakers; 'criticized ..., arguing' is one statement with one stance")
k = "It was reported in December that Iran had asked Russia"
E(k, "Iran", "Russia", "other", "cooperation", "reported", "2024-12", "month", "energy",
  "request to begin deliveries before the winter peak (requests are 'other', heldout); dated by 'reported in December'")
C(k, "media reports", "asserts", "", True, "Iran asked Russia to start deliveries before winter",
  "passive 'It was reported': unnamed reports")
k = "the Russian side had raised the question of Iran's outstanding debt"
E(k, "Russia", "Iran", "other", "tension", "reported", PW, "week", "nuclear;finance",
  "'the Russian side had raised the question of Iran's outstanding debt'")
E(k, "Iran", "Rosatom", "other", "tension", "reported", "", "unknown", "nuclear;finance",
  "'Iran's outstanding debt to Rosatom'; ongoing state")
E(k, "Rosatom", "Iran", "trade_energy", "cooperation", "reported", "", "unknown", "nuclear;energy",
  "construction of the Bushehr plant; background")
C(k, SRC, "asserts", "Interfax", True, "Russia raised Iran's Bushehr debt", "'The source also said'")
k = "Rosatom did not confirm that the issue had been discussed."
E(k, "Rosatom", "Iran", "other", "neutral", "denied", PW, "week", "nuclear;finance",
  "'did not confirm that the issue had been discussed' (seed: 'has not confirmed' = denied); Iran from the sentence before; not a claim")

# =====================================================================================
# 301 Press TV, published Tue 2022-07-19
# =====================================================================================
start("301_presstv_leader_putin_meeting.txt")
PW = "2022-07-19"
for a in [("Ali Khamenei", "IRN", "person"), ("Iran", "IRN", "state"), ("Russia", "RUS", "state"),
          ("the West", "", "organisation"), ("Vladimir Putin", "RUS", "person"), ("NATO", "", "organisation"),
          ("Ukraine", "UKR", "state"), ("Ebrahim Raisi", "IRN", "person"),
          ("National Iranian Oil Company", "IRN", "organisation"), ("Gazprom", "RUS", "organisation"),
          ("Recep Tayyip Erdogan", "TUR", "person"), ("United States", "USA", "state"), ("Israel", "ISR", "state"),
          ("Syria", "SYR", "state"), ("Turkey", "TUR", "state"), ("European Union", "", "organisation"),
          ("Iranian officials", "IRN", "government_body")]:
    A(*a)
k = "Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei says"
E(k, "Ali Khamenei", "the West", "criticism", "tension", "reported", PW, "week", "diplomacy;security",
  "'vigilant against Western deception'")
E(k, "Ali Khamenei", "Russia", "statement_support", "cooperation", "reported", PW, "week", "diplomacy",
  "cooperation 'deeply beneficial to both'")
E(k, "Iran", "Russia", "other", "cooperation", "reported", "", "unknown", "diplomacy",
  "'long-term cooperation between the two countries'; ongoing; mutual")
C(k, "Ali Khamenei", "asserts", "", False, "Iran and Russia must be vigilant against Western deception", "'says'")
C(k, "Ali Khamenei", "asserts", "", False, "long-term Iran-Russia cooperation beneficial to both",
  "second speech verb 'stressing'")
k = "The Leader made the remarks in a meeting"
E(k, "Ali Khamenei", "Vladimir Putin", "meeting", "cooperation", "reported", "2022-07-19", "day", "diplomacy",
  "meeting in Tehran on Tuesday; 'the Leader' = Khamenei")
E(k, "Vladimir Putin", "Iran", "visit", "cooperation", "reported", "2022-07-19", "day", "diplomacy",
  "'visiting Russian President Vladimir Putin in Tehran on Tuesday'")
k = "Ayatollah Khamenei said the Western states oppose"
E(k, "Ali Khamenei", "the West", "criticism", "tension", "reported", PW, "week", "diplomacy;security",
  "says the Western states oppose a strong Russia")
E(k, "the West", "Russia", "other", "tension", "reported", "", "unknown", "diplomacy;security",
  "'the Western states oppose an independent and strong Russia'; ongoing")
E(k, "Ali Khamenei", "NATO", "criticism", "tension", "reported", PW, "week", "security;ukraine_war",
  "NATO 'would not have recognized any boundaries'")
E(k, "NATO", "Russia", "other", "tension", "hypothetical", PW, "week", "security;ukraine_war",
  "counterfactual NATO advance ('if the road had been open to NATO'); Russia named in the sentence")
C(k, "Ali Khamenei", "asserts", "", False, "the West opposes an independent, strong Russia", "")
C(k, "Ali Khamenei", "asserts", "", False, "NATO would not have recognized any boundaries", "'adding that'")
k = "War is a harsh and difficult issue"
C(k, "Ali Khamenei", "asserts", "", False, "Iran not pleased that people suffer from war",
  "no event: no partner named")
k = "had you not taken the initiative"
E(k, "Vladimir Putin", "Ukraine", "military_action", "tension", "reported", "", "unknown", "ukraine_war;military",
  "'had you not taken the initiative' = Russia's launch of the war; 'you' = Putin, the addressee (quote subject); undated past event left empty; 'the other side' is not resolved (NATO is two sentences back)")
C(k, "Ali Khamenei", "asserts", "", False, "Russia's initiative in Ukraine pre-empted a war by the other side",
  "quote-only sentence")
k = "The Leader also called for the follow-up of the agreements"
E(k, "Iran", "Russia", "agreement", "cooperation", "reported", "", "unknown", "energy;diplomacy",
  "'the agreements signed between Tehran and Moscow'; undated; mutual")
E(k, "Ali Khamenei", "Russia", "statement_support", "cooperation", "reported", PW, "week", "energy;diplomacy",
  "calls for follow-up of the agreements (like seed 'called for deeper ties')")
C(k, "Ali Khamenei", "hopes", "", False, "agreements incl. oil and gas should be followed up", "'called for'")
k = "He further said the two countries should use their national currencies"
E(k, "Iran", "Russia", "trade_energy", "cooperation", "hypothetical", PW, "week", "trade;finance",
  "'the two countries should use their national currencies in bilateral trade'; the US dollar is a currency, not an actor: no US row")
C(k, "Ali Khamenei", "hopes", "", False, "use national currencies, remove the dollar", "'should' = urging")
k = "President Putin, for his part, said Russia was committed"
E(k, "Russia", "Iran", "statement_support", "cooperation", "reported", PW, "week", "diplomacy",
  "'Russia was committed to expanding its relations with the Islamic Republic'; subject of the reported clause")
E(k, "Vladimir Putin", "Ali Khamenei", "statement_support", "cooperation", "reported", PW, "week", "diplomacy",
  "'thanked the Leader' (seed: thanks = statement_support, not a claim)")
C(k, "Vladimir Putin", "asserts", "", False, "Russia committed to expanding relations with Iran", "")
k = "Earlier in the day, Putin held talks with President Ebrahim Raisi"
E(k, "Vladimir Putin", "Ebrahim Raisi", "meeting", "cooperation", "reported", "2022-07-19", "day", "diplomacy",
  "'Earlier in the day' (Tuesday)")
E(k, "National Iranian Oil Company", "Gazprom", "agreement", "cooperation", "reported", "2022-07-19", "day",
  "energy;trade", "$40 billion memorandum; mutual; same day")
k = "Later on Tuesday, Raisi hosted Putin"
E(k, "Ebrahim Raisi", "Vladimir Putin", "meeting", "cooperation", "reported", "2022-07-19", "day",
  "diplomacy;middle_east", "trilateral Astana-format summit; one row per pair")
E(k, "Ebrahim Raisi", "Recep Tayyip Erdogan", "meeting", "cooperation", "reported", "2022-07-19", "day",
  "diplomacy;middle_east", "trilateral summit")
E(k, "Vladimir Putin", "Recep Tayyip Erdogan", "meeting", "cooperation", "reported", "2022-07-19", "day",
  "diplomacy;middle_east", "trilateral summit")
E(k, "Vladimir Putin", "Iran", "visit", "cooperation", "reported", "2022-07-19", "day", "diplomacy",
  "'hosted' implies a visit for each foreign leader")
E(k, "Recep Tayyip Erdogan", "Iran", "visit", "cooperation", "reported", "2022-07-19", "day", "diplomacy",
  "'hosted' implies a visit")
k = "Addressing the summit, the Iranian president said"
E(k, "Ebrahim Raisi", "United States", "criticism", "tension", "reported", PW, "week", "middle_east;security",
  "'American forces must leave the region east of the Euphrates'; no date expression: publication week; no US-Syria row (Syria not named for the US presence)")
E(k, "Ebrahim Raisi", "Israel", "criticism", "tension", "reported", PW, "week", "middle_east;security",
  "'condemned the repeated aggressions of the Zionist regime'")
E(k, "Israel", "Syria", "military_action", "tension", "reported", "", "unknown", "middle_east;military",
  "'repeated aggressions ... against Syrian territory'; habitual")
C(k, "Ebrahim Raisi", "hopes", "", False, "American forces must leave east of the Euphrates", "demand")
C(k, "Ebrahim Raisi", "asserts", "", False, "condemns Israeli aggressions on Syria", "second speech verb 'condemned'")
k = "In a separate meeting with Erdogan, the Leader warned"
E(k, "Ali Khamenei", "Recep Tayyip Erdogan", "meeting", "cooperation", "reported", PW, "week", "diplomacy",
  "'a separate meeting'; no date expression: publication week")
E(k, "Ali Khamenei", "Recep Tayyip Erdogan", "criticism", "tension", "reported", PW, "week", "middle_east;security",
  "warned against an attack on northern Syria")
E(k, "Turkey", "Syria", "military_action", "tension", "hypothetical", PW, "week", "middle_east;military",
  "'any military attack on northern Syria' (by Turkey)")
C(k, "Ali Khamenei", "warns", "", False, "attack on northern Syria would harm Turkey, Syria, region", "")
k = "Tehran and Moscow have drawn closer since Russia launched"
E(k, "Iran", "Russia", "other", "cooperation", "reported", "", "unknown", "diplomacy",
  "'have drawn closer since ...'; background; mutual")
E(k, "Russia", "Ukraine", "military_action", "tension", "reported", "2022-02", "month", "ukraine_war;military",
  "'launched its special military operation in Ukraine in February'")
E(k, "United States", "Iran", "sanction", "tension", "reported", "", "unknown", "finance",
  "'both face sweeping sanctions imposed by the United States'; ongoing")
E(k, "United States", "Russia", "sanction", "tension", "reported", "", "unknown", "finance", "ongoing")
E(k, "European Union", "Iran", "sanction", "tension", "reported", "", "unknown", "finance", "ongoing")
E(k, "European Union", "Russia", "sanction", "tension", "reported", "", "unknown", "finance", "ongoing")
k = "Iranian officials have repeatedly said the Islamic Republic opposes war"
E(k, "Iran", "NATO", "accusation", "tension", "reported", "", "unknown", "ukraine_war;security",
  "'blamed NATO's eastward expansion for the conflict'; 'repeatedly' = habitual; generic officials resolved to Iran")
C(k, "Iranian officials", "asserts", "", False, "Iran opposes war", "")
C(k, "Iranian officials", "asserts", "", False, "NATO expansion caused the conflict", "second speech verb 'blamed'")

# =====================================================================================
# 302 Bloomberg, published Thu 2025-05-15
# =====================================================================================
start("302_bloomberg_eaeu_trade_oil_rivalry.txt")
PW = "2025-05-15"
for a in [("Iran", "IRN", "state"), ("Eurasian Economic Union", "", "organisation"), ("Russia", "RUS", "state"),
          ("traders", "", "person"), ("analysts", "", "person"),
          ("Eurasian Economic Commission", "", "organisation"), ("Vladimir Putin", "RUS", "person"),
          ("Masoud Pezeshkian", "IRN", "person"), ("Iranian customs", "IRN", "government_body"),
          ("Russian officials", "RUS", "government_body"), ("exporters", "", "person"),
          ("Maryam Tabrizi", "ARE", "person"), ("Gulf Energy Insight", "ARE", "organisation"),
          ("Shandong independent refiners", "CHN", "organisation"), ("China", "CHN", "state"),
          ("United States", "USA", "state"), ("Donald Trump", "USA", "person"),
          ("ship-tracking data", "", "organisation"), ("Alexei Overchuk", "RUS", "person"),
          ("Iranian official", "IRN", "person"), ("Bonbast.com", "", "organisation")]:
    A(*a)
B("—With assistance from Leyla Rostami and Pavel Orlov.")
k = "free-trade agreement with the Eurasian Economic Union took effect on Thursday"
E(k, "Iran", "Eurasian Economic Union", "agreement", "cooperation", "reported", "2025-05-15", "day", "trade",
  "free-trade agreement took effect on Thursday")
E(k, "Iran", "Russia", "trade_energy", "cooperation", "hypothetical", PW, "week", "trade",
  "'will do little to revive commerce with Russia' (prediction)")
E(k, "Iran", "Russia", "other", "tension", "reported", PW, "week", "energy;trade",
  "'the two sanctioned oil exporters compete for the same buyers in Asia'; mutual; no sanctioner named: no sanction row")
C(k, "traders", "asserts", "", True, "FTA will do little to revive Iran-Russia commerce", "unnamed")
C(k, "analysts", "asserts", "", True, "FTA will do little to revive Iran-Russia commerce", "unnamed")
k = "The deal, signed in December 2023"
E(k, "Iran", "Eurasian Economic Union", "agreement", "cooperation", "reported", "2023-12", "month", "trade",
  "signed in December 2023; 'the bloc' = EAEU")
E(k, "Iran", "Eurasian Economic Union", "trade_energy", "cooperation", "reported", "", "unknown", "trade",
  "'goods traded between Iran and the bloc's five members'; ongoing")
C(k, "Eurasian Economic Commission", "asserts", "", False, "deal cuts tariffs on ~90% of goods", "'according to'")
k = "Trade between Russia and Iran fell about 17% last year"
E(k, "Russia", "Iran", "trade_energy", "cooperation", "reported", "2024", "year", "trade",
  "trade fell 17% 'last year'; mutual")
E(k, "Vladimir Putin", "Masoud Pezeshkian", "agreement", "cooperation", "reported", "2025-01", "month",
  "diplomacy;trade", "signed a strategic partnership treaty in January and set a $10 billion goal; mutual; no place given, so no meeting/visit rows")
C(k, "Iranian customs", "asserts", "", False, "Russia-Iran trade fell 17% to $4.8 billion", "'according to Iranian customs figures'")
k = "Russian exports to Iran had risen by about a fifth the previous year."
E(k, "Russia", "Iran", "trade_energy", "cooperation", "reported", "2023", "year", "trade",
  "'the previous year' = the year before 'last year' (2024)")
k = "Russian officials say more than 95% of bilateral settlements"
E(k, "Russia", "Iran", "trade_energy", "cooperation", "reported", PW, "week", "finance;trade",
  "settlements 'now' in rubles and rials; 'the two countries'")
E(k, "Russia", "Iran", "other", "cooperation", "reported", "", "unknown", "finance",
  "'linked their Mir and Shetab card networks'; past, no date expression; mutual")
C(k, "Russian officials", "asserts", "", False, "95% of settlements in national currencies", "generic on-record officials")
C(k, "exporters", "asserts", "", True, "payment delays of several weeks", "'exporters complain'; no event: no partner named")
k = "The rial has lost more than half its value"
C(k, "Maryam Tabrizi", "asserts", "", False, "rial lost half its value; Russian sellers won't hold it",
  "named analyst; no event: the rial is a currency, not an actor")
k = "In oil, Russia and Iran are rivals rather than partners."
E(k, "Russia", "Iran", "other", "tension", "reported", PW, "week", "energy;trade", "'rivals'; mutual")
E(k, "Russia", "Iran", "other", "cooperation", "denied", PW, "week", "energy",
  "'rather than partners' (negated partnership)")
k = "Russian ESPO crude has been offered to independent refiners"
E(k, "Russia", "Shandong independent refiners", "trade_energy", "cooperation", "reported", PW, "week",
  "energy;trade", "ESPO offered at ~$2 below Brent")
E(k, "Russia", "Iran", "other", "tension", "reported", PW, "week", "energy;trade",
  "'pushing the discount on Iranian Light' wider (undercutting)")
E(k, "Iran", "Shandong independent refiners", "trade_energy", "cooperation", "reported", PW, "week",
  "energy;trade", "Iranian Light sold to the same buyers ('traders who buy both grades')")
C(k, "traders", "asserts", "", True, "ESPO discounts widen Iranian Light discount", "'according to traders'")
k = "China took about 1.4 million barrels a day"
E(k, "China", "Iran", "trade_energy", "cooperation", "reported", "2025-04", "month", "energy;trade",
  "took 1.4m b/d of Iranian crude in April")
E(k, "United States", "China", "sanction", "tension", "reported", "", "unknown", "energy;finance",
  "sanctions on Chinese terminals 'since ...' (background 'since')")
E(k, "United States", "Iran", "sanction", "tension", "reported", "", "unknown", "energy;finance",
  "sanctions on tankers handling Iranian oil; background 'since'")
E(k, "Donald Trump", "Iran", "sanction", "tension", "reported", "2025-02", "month", "energy;finance",
  "restored 'maximum pressure' in February")
C(k, "ship-tracking data", "asserts", "", True, "China took 1.4m b/d of Iranian crude in April",
  "'ship-tracking data show'; unnamed provider")
k = "Russian Deputy Prime Minister Alexei Overchuk dismissed talk of a price war"
E(k, "Russia", "Iran", "other", "tension", "denied", "2025-05-14", "day", "energy;trade",
  "'dismissed talk of a price war on Wednesday'")
E(k, "Russia", "Iran", "trade_energy", "cooperation", "hypothetical", "2025", "year", "trade",
  "deal 'would lift turnover with Iran significantly this year'")
C(k, "Alexei Overchuk", "denies", "", False, "price war between Russian and Iranian oil",
  "'dismissed talk of' a rivalry involving his own country")
C(k, "Alexei Overchuk", "asserts", "", False, "oils serve different markets; FTA will lift turnover",
  "second speech verb 'telling'")
k = "An Iranian official familiar with the talks"
E(k, "Russia", "Iran", "other", "tension", "reported", PW, "week", "trade",
  "'Russian negotiators had pressed for lower Iranian tariffs'")
E(k, "Russia", "Iran", "trade_energy", "cooperation", "denied", PW, "week", "trade",
  "'refusing to cut prices for wheat and sunflower oil' (negated)")
C(k, "Iranian official", "asserts", "", True, "Russia pressed for tariff cuts, refused price cuts", "anonymous")
k = "Russia is Iran’s largest supplier of wheat"
E(k, "Russia", "Iran", "trade_energy", "cooperation", "reported", "", "unknown", "trade", "wheat supplies; habitual")
E(k, "Iran", "Russia", "trade_energy", "cooperation", "reported", "", "unknown", "trade",
  "sells fruit etc. 'to its northern neighbor'; habitual")
k = "The rial traded at about 830,000 per dollar"
C(k, "Bonbast.com", "asserts", "", False, "rial at 830,000 per dollar", "no event")

# =====================================================================================
# 303 Al-Monitor, published Mon 2025-07-21
# =====================================================================================
start("303_almonitor_larijani_su35_israel.txt")
PW = "2025-07-21"
for a in [("Ali Larijani", "IRN", "person"), ("Ali Khamenei", "IRN", "person"), ("Vladimir Putin", "RUS", "person"),
          ("Russia", "RUS", "state"), ("Iran", "IRN", "state"), ("Kremlin", "RUS", "government_body"),
          ("Iranian state media", "IRN", "media"), ("Israel", "ISR", "state"), ("United States", "USA", "state"),
          ("Iranian lawmaker", "IRN", "person"), ("Al-Monitor", "USA", "media"),
          ("Iranian officials", "IRN", "government_body"), ("Iranian air force commander", "IRN", "person"),
          ("media reports", "", "media"), ("sources familiar with the matter", "", "person"),
          ("Gulf states", "", "state"), ("China", "CHN", "state"), ("Iranian media", "IRN", "media"),
          ("Benjamin Netanyahu", "ISR", "person"), ("Russian officials", "RUS", "government_body"),
          ("Russian diplomat", "RUS", "person"), ("Iranian analyst", "IRN", "person")]:
    A(*a)
k = "Ali Larijani, a senior adviser to Supreme Leader Ali Khamenei, met"
E(k, "Ali Larijani", "Vladimir Putin", "meeting", "cooperation", "reported", "2025-07-20", "day", "diplomacy",
  "met Putin in Moscow on Sunday")
E(k, "Ali Larijani", "Russia", "visit", "cooperation", "reported", "2025-07-20", "day", "diplomacy",
  "'a rare visit' to Moscow on Sunday")
E(k, "Iran", "Russia", "criticism", "tension", "reported", PW, "week", "diplomacy",
  "'questions mount in Tehran over what Iran has actually gained' (doubt; perception)")
E(k, "Iran", "Russia", "other", "cooperation", "reported", "", "unknown", "diplomacy",
  "'its partnership with Russia'; ongoing; mutual")
k = "The Kremlin said Larijani conveyed"
E(k, "Ali Larijani", "Vladimir Putin", "other", "cooperation", "reported", PW, "week",
  "diplomacy;nuclear;middle_east", "'conveyed Tehran's assessments' (briefing); Putin from the sentence before; no date expression: publication week")
C(k, "Kremlin", "asserts", "", False, "Larijani conveyed assessments of Middle East and nuclear issue",
  "'gave no further details' is not a claim")
k = "Iranian state media described the meeting"
C(k, "Iranian state media", "asserts", "Iranian state media", False, "meeting was constructive",
  "no event: bare back-reference 'the meeting', no participant named")
k = "The trip came less than a month after the 12-day war"
E(k, "Israel", "Iran", "military_action", "tension", "reported", "2025-06", "month", "military;nuclear;middle_east",
  "struck Iranian nuclear and military sites in June")
E(k, "United States", "Iran", "military_action", "tension", "reported", "2025-06", "month",
  "military;nuclear;middle_east", "'and then the United States struck'")
E(k, "Russia", "Israel", "criticism", "tension", "reported", "2025-06", "month", "middle_east;diplomacy",
  "'verbal condemnation' of the strikes; past narrative anchored to June")
E(k, "Russia", "United States", "criticism", "tension", "reported", "2025-06", "month", "middle_east;diplomacy",
  "'verbal condemnation' of the strikes (both strikers); 'limited itself' not coded as a separate negated-help row")
k = "Officials in Tehran had hoped for more."
E(k, "Iran", "Russia", "criticism", "tension", "reported", "2025-06", "month", "diplomacy;security",
  "frustration (perception, no speech verb, not a claim); Moscow from the sentence before; past narrative anchored to June")
k = "We expected more from a strategic partner"
E(k, "Iran", "Russia", "criticism", "tension", "reported", PW, "week", "security;military",
  "quote subject 'We' = Iran; 'a strategic partner' = Russia (heldout Shamkhani precedent)")
C(k, "Iranian lawmaker", "asserts", "Al-Monitor", True, "Iran expected more from Russia, esp. air defence",
  "anonymous member of parliament's committee")
k = "Iranian officials said in 2023 that a deal"
E(k, "Iran", "Russia", "agreement", "cooperation", "reported", "2023", "year", "military",
  "Su-35 deal 'finalized'; dated by 'said in 2023'; 'Russian-made aircraft'")
E(k, "Russia", "Iran", "arms_transfer", "cooperation", "planned", "", "unknown", "military",
  "first planes 'would arrive within months'; 'later' gives no date: undated planned")
C(k, "Iranian officials", "asserts", "", False, "Su-35 deal finalized", "generic on-record officials")
C(k, "Iranian air force commander", "asserts", "", False, "first Su-35s to arrive within months",
  "office-identified, not anonymous")
k = "None has since been publicly confirmed in Iranian service"
E(k, "Russia", "Iran", "arms_transfer", "cooperation", "denied", "2025", "year", "military",
  "no Su-35 confirmed in service; 'has since' = publication year (heldout rule)")
E(k, "Iran", "Russia", "other", "cooperation", "reported", "", "unknown", "military",
  "'Iranian pilots have reportedly trained on the type in Russia'; no date expression, not current news")
C(k, "media reports", "asserts", "", True, "Iranian pilots trained on Su-35 in Russia", "'reportedly'")
k = "According to two sources familiar with the matter"
E(k, "Russia", "Iran", "arms_transfer", "tension", "reported", PW, "week", "military",
  "delay: 'Moscow has cited its own wartime needs and bottlenecks'; Iran from the sentence before")
E(k, "Iran", "Russia", "criticism", "tension", "reported", PW, "week", "military;diplomacy",
  "'some Iranian officials suspect' (mistrust; perception, no claim)")
E(k, "Russia", "Israel", "other", "cooperation", "reported", "", "unknown", "diplomacy;middle_east",
  "'reluctant to upset Israel' (valued ties); background")
E(k, "Russia", "Gulf states", "other", "cooperation", "reported", "", "unknown", "diplomacy;middle_east",
  "'reluctant to upset ... the Gulf states'; background")
C(k, "sources familiar with the matter", "asserts", "", True, "Moscow cites wartime needs for jet delays", "anonymous")
C(k, "Russia", "asserts", "", True, "wartime needs and plant bottlenecks delay the jets",
  "'Moscow has cited'; known only through anonymous sources, so hedged")
k = "Tehran’s interest in China’s J-10C fighter has grown"
E(k, "Iran", "China", "other", "cooperation", "reported", "2025-07", "month", "military",
  "interest in the J-10C; dated by 'reported this month'")
E(k, "Iran", "China", "other", "cooperation", "denied", PW, "week", "military",
  "'officials have not confirmed any talks with Beijing' (not a claim)")
C(k, "Iranian media", "asserts", "Iranian media", False, "Iran's interest in J-10C has grown",
  "'several Iranian outlets reported' (seed: Iranian media, hedged false)")
k = "Asked in June why Moscow had not done more for Iran"
E(k, "Russia", "Iran", "aid", "cooperation", "denied", "2025-06", "month", "security;diplomacy",
  "'had not done more for Iran' (question premise, negated)")
E(k, "Russia", "Israel", "other", "cooperation", "reported", "2025-06", "month", "diplomacy;middle_east",
  "'Russia takes that into account' (2 million ex-Soviet people in Israel); dated by the June remark")
C(k, "Vladimir Putin", "asserts", "", False, "almost 2 million ex-Soviet people live in Israel", "'noted'")
C(k, "Vladimir Putin", "asserts", "", False, "Russia takes that into account", "second speech verb 'said'")
k = "He also argued that the partnership treaty Moscow signed"
E(k, "Russia", "Iran", "agreement", "cooperation", "reported", "2025-01", "month", "diplomacy",
  "treaty signed with Tehran in January")
E(k, "Russia", "Iran", "other", "cooperation", "denied", "2025-01", "month", "security",
  "'contains no mutual defense obligation'; denied row takes the sentence's date expression")
C(k, "Vladimir Putin", "asserts", "", False, "treaty has no mutual defence obligation", "'argued'")
k = "Israeli Prime Minister Benjamin Netanyahu spoke to Putin by phone"
E(k, "Benjamin Netanyahu", "Vladimir Putin", "call", "cooperation", "reported", "2025-06", "month",
  "diplomacy;middle_east", "'during the war' = June 2025")
E(k, "Vladimir Putin", "Iran", "statement_support", "cooperation", "reported", "2025-06", "month",
  "diplomacy;middle_east", "offer to mediate: cooperation toward the partner (heldout rule)")
E(k, "Vladimir Putin", "Israel", "statement_support", "neutral", "reported", "2025-06", "month",
  "diplomacy;middle_east", "offer to mediate: neutral toward the other side")
C(k, "Kremlin", "asserts", "", False, "Netanyahu and Putin spoke by phone", "'the Kremlin said at the time'; the offer is not a claim")
k = "Russian officials reject the notion"
E(k, "Russia", "Iran", "other", "tension", "denied", PW, "week", "diplomacy;security",
  "'abandoned its partner' rejected")
C(k, "Russian officials", "denies", "", False, "Moscow abandoned Iran", "rejects a notion about Russia itself")
k = "Russia stood by Iran at the UN Security Council"
E(k, "Russia", "Iran", "statement_support", "cooperation", "reported", "2025-06", "month", "diplomacy",
  "'stood by Iran at the UN Security Council'; past narrative anchored to the June war; the UNSC is a venue")
E(k, "Russia", "Iran", "statement_support", "cooperation", "planned", "", "unknown", "diplomacy",
  "'will continue to do so'; undated planned")
E(k, "Russia", "Iran", "arms_transfer", "cooperation", "hypothetical", PW, "week", "military",
  "hinting 'the jets would follow'; no date expression")
C(k, "Russian diplomat", "asserts", "Al-Monitor", True, "Russia stood by Iran at UNSC and will continue", "anonymous")
C(k, "Russian diplomat", "asserts", "Al-Monitor", True, "jets will follow once Russia's needs ease",
  "second speech verb 'hinting'")
k = "But an analyst close to Iran’s Foreign Ministry argued"
E(k, "Ali Larijani", "Russia", "visit", "cooperation", "reported", PW, "week", "diplomacy",
  "'Larijani's visit' names a participant, so it gets a row; Russia from the sentence before; no date expression: publication week (seed strict rule)")
C(k, "Iranian analyst", "asserts", "", True, "Larijani's visit a sign of dependence", "unnamed analyst")
k = "We have nowhere else to go, and Moscow knows it"
E(k, "Iran", "Russia", "other", "tension", "reported", PW, "week", "diplomacy",
  "'We have nowhere else to go' (dependence); 'We' = Iran")
C(k, "Iranian analyst", "asserts", "", True, "Iran has nowhere else to go", "")

# =====================================================================================
# 304 Izvestia interview, published Wed 2025-01-15
# =====================================================================================
start("304_izvestia_interview_jalali.txt")
PW = "2025-01-15"
for a in [("Kazem Jalali", "IRN", "person"), ("Izvestia", "RUS", "media"), ("Iran", "IRN", "state"),
          ("Russia", "RUS", "state"), ("Masoud Pezeshkian", "IRN", "person"), ("Vladimir Putin", "RUS", "person"),
          ("North Korea", "PRK", "state"), ("Iranian politicians", "IRN", "person"),
          ("United States", "USA", "state"), ("Israel", "ISR", "state"), ("Gazprom", "RUS", "organisation"),
          ("National Iranian Gas Company", "IRN", "organisation"), ("Iranian experts", "IRN", "person"),
          ("Azerbaijan", "AZE", "state")]:
    A(*a)
k = "Kazem Jalali: The treaty will become the legal foundation"
E(k, "Iran", "Russia", "agreement", "cooperation", "planned", "", "unknown", "diplomacy",
  "'our relations' = Iran and Russia (the question's 'our countries'); undated planned")
C(k, "Kazem Jalali", "asserts", "", False, "treaty to be the legal foundation of relations for 20 years", "")
k = "It covers everything from energy and transport"
C(k, "Kazem Jalali", "asserts", "", False, "treaty covers energy, transport, security, culture", "no event")
k = "We have worked on the text with our Russian partners"
E(k, "Iran", "Russia", "other", "cooperation", "reported", "", "unknown", "diplomacy",
  "treaty negotiations 'for almost three years'; background")
E(k, "Masoud Pezeshkian", "Vladimir Putin", "agreement", "cooperation", "planned", "2025-01-17", "day", "diplomacy",
  "'will sign it in Moscow on Friday'")
E(k, "Masoud Pezeshkian", "Vladimir Putin", "meeting", "cooperation", "planned", "2025-01-17", "day", "diplomacy",
  "joint signing implies a meeting")
E(k, "Masoud Pezeshkian", "Russia", "visit", "cooperation", "planned", "2025-01-17", "day", "diplomacy",
  "signing in Moscow implies a visit")
C(k, "Kazem Jalali", "asserts", "", False, "presidents to sign the treaty on Friday", "")
k = "Izvestia: The treaty does not contain a mutual defense clause"
E(k, "Russia", "Iran", "other", "cooperation", "denied", PW, "week", "security",
  "no mutual defence clause (stated as fact in the question); denied row without date expression: publication week")
E(k, "Russia", "North Korea", "agreement", "cooperation", "reported", "", "unknown", "security;diplomacy",
  "'Russia's treaty with North Korea'; undated")
k = "Some in Iran see this as proof"
E(k, "Iran", "Russia", "criticism", "tension", "reported", PW, "week", "security",
  "'Some in Iran see this as proof' (perception, not a claim)")
E(k, "Russia", "Iran", "other", "cooperation", "denied", PW, "week", "security",
  "'Moscow will not defend Iran' (negated)")
k = "Kazem Jalali: Iran does not need anyone to defend it."
C(k, "Kazem Jalali", "asserts", "", False, "Iran does not need anyone to defend it", "no event: no partner named")
k = "We are not forming a military alliance with Russia"
E(k, "Iran", "Russia", "other", "cooperation", "denied", PW, "week", "security;military",
  "'We are not forming a military alliance with Russia'; We = Iran")
C(k, "Kazem Jalali", "asserts", "", False, "no military alliance; treaty not against third countries", "")
k = "neither side will help an aggressor against the other"
E(k, "Iran", "Russia", "other", "cooperation", "planned", "", "unknown", "security",
  "commitment that 'neither side will help an aggressor against the other'; mutual; undated planned")
C(k, "Kazem Jalali", "asserts", "", False, "neither side will help an aggressor against the other", "")
k = "Izvestia: Iranian politicians have also complained"
E(k, "Iranian politicians", "Russia", "criticism", "tension", "reported", PW, "week", "military",
  "complained (in the question); group kept as actor: its own speech act")
E(k, "Russia", "Iran", "arms_transfer", "tension", "reported", PW, "week", "military",
  "'Russia has delayed deliveries of Su-35 fighters' (delay)")
C(k, "Iranian politicians", "asserts", "", True, "Russia delayed Su-35 deliveries", "attributed statement inside a question")
k = "Military cooperation between Iran and Russia is developing"
E(k, "Iran", "Russia", "other", "cooperation", "reported", "", "unknown", "military", "ongoing; mutual")
E(k, "Russia", "Iran", "arms_transfer", "tension", "denied", PW, "week", "military",
  "'reports of delays are exaggerated' (denial of reports)")
C(k, "Kazem Jalali", "asserts", "", False, "military cooperation with Russia developing", "")
C(k, "Kazem Jalali", "disputes", "", False, "reports of Su-35 delays", "rejects others' account (the politicians' complaint)")
k = "Those who want to drive a wedge between us"
E(k, "Kazem Jalali", "United States", "accusation", "tension", "reported", PW, "week", "diplomacy",
  "'the Americans' spread these stories")
E(k, "Kazem Jalali", "Israel", "accusation", "tension", "reported", PW, "week", "diplomacy",
  "'the Zionist regime' spreads these stories")
E(k, "United States", "Iran", "other", "tension", "reported", PW, "week", "diplomacy",
  "want to 'drive a wedge between us' (us = Iran and Russia)")
E(k, "United States", "Russia", "other", "tension", "reported", PW, "week", "diplomacy", "drive a wedge between us")
E(k, "Israel", "Iran", "other", "tension", "reported", PW, "week", "diplomacy", "drive a wedge between us")
E(k, "Israel", "Russia", "other", "tension", "reported", PW, "week", "diplomacy", "drive a wedge between us")
C(k, "Kazem Jalali", "asserts", "", False, "US and Israel spread stories to drive a wedge", "")
k = "Izvestia: Last month Gazprom and the National Iranian Gas Company said"
E(k, "Gazprom", "National Iranian Gas Company", "agreement", "cooperation", "planned", "2024-12", "month",
  "energy;trade", "'close to agreeing the terms' (seed: 'close to signing' = planned); dated by 'Last month' statement")
C(k, "Gazprom", "asserts", "", False, "close to agreeing gas supply terms", "joint statement: one row per issuer")
C(k, "National Iranian Gas Company", "asserts", "", False, "close to agreeing gas supply terms", "joint statement")
k = "Kazem Jalali: The volumes are agreed"
C(k, "Kazem Jalali", "asserts", "", False, "volumes and route agreed, terms being finalized",
  "no event: no participant named ('through Azerbaijan' is a route)")
k = "I hope the first deliveries will begin this year."
C(k, "Kazem Jalali", "hopes", "", False, "first gas deliveries this year", "no event: no participant named")
k = "Izvestia: Some Iranian experts accuse Russia"
E(k, "Iranian experts", "Russia", "accusation", "tension", "reported", PW, "week", "transport;diplomacy",
  "in the question; group kept as actor")
E(k, "Russia", "Azerbaijan", "statement_support", "cooperation", "reported", PW, "week", "transport",
  "'backing Azerbaijan's plans' for the Zangezur corridor (alleged)")
C(k, "Iranian experts", "asserts", "", True, "Russia backs Azerbaijan's Zangezur plans", "inside a question; unnamed")
k = "Kazem Jalali: Our Russian friends have assured us many times"
E(k, "Russia", "Iran", "statement_support", "cooperation", "reported", "", "unknown", "diplomacy;transport",
  "assurances 'many times' (habitual)")
C(k, "Russia", "asserts", "", False, "Russia opposes border changes in the region",
  "reported speech of 'Our Russian friends' (dev2 214 precedent: the reported speaker is the claimant)")
k = "President Putin confirmed this again when he met"
E(k, "Vladimir Putin", "Masoud Pezeshkian", "meeting", "cooperation", "reported", "2024-10", "month", "diplomacy",
  "met in Ashgabat in October; third-country venue: no visit row")
E(k, "Vladimir Putin", "Masoud Pezeshkian", "statement_support", "cooperation", "reported", "2024-10", "month",
  "diplomacy;transport", "'confirmed this again' (the assurance)")
C(k, "Vladimir Putin", "asserts", "", False, "Russia opposes border changes (confirmed)", "reported by Jalali")
k = "We trust these assurances."
E(k, "Iran", "Russia", "statement_support", "cooperation", "reported", PW, "week", "diplomacy",
  "'We' = Iran; assurances from Russia (sentences before)")
C(k, "Kazem Jalali", "asserts", "", False, "Iran trusts Russian assurances", "")
k = "President Putin has a standing invitation"
E(k, "Masoud Pezeshkian", "Vladimir Putin", "invitation", "cooperation", "reported", "", "unknown", "diplomacy",
  "'standing invitation'; ongoing")
E(k, "Vladimir Putin", "Iran", "visit", "cooperation", "hypothetical", PW, "week", "diplomacy",
  "'welcome him in Tehran at any time'; hypothetical with no date: publication week; invitation is not a claim")

# =====================================================================================
# 305 Radio Farda, published Mon 2018-08-13
# =====================================================================================
start("305_radiofarda_caspian_convention.txt")
PW = "2018-08-13"
for a in [("Iranian critics", "IRN", "person"), ("Hassan Rouhani", "IRN", "person"), ("Iran", "IRN", "state"),
          ("Russia", "RUS", "state"), ("Azerbaijan", "AZE", "state"), ("Kazakhstan", "KAZ", "state"),
          ("Turkmenistan", "TKM", "state"), ("Iranian officials", "IRN", "government_body"),
          ("Vladimir Putin", "RUS", "person"), ("Yuri Ushakov", "RUS", "person"),
          ("Iranian lawmaker", "IRN", "person"), ("Mohammad Javad Zarif", "IRN", "person"),
          ("Bahram Ghasemi", "IRN", "person"), ("Iranian analysts", "IRN", "person"),
          ("Radio Farda", "CZE", "media"), ("Iranian analyst", "IRN", "person"), ("United States", "USA", "state"),
          ("Bashar al-Assad", "SYR", "person"), ("Recep Tayyip Erdogan", "TUR", "person")]:
    A(*a)
k = "Iranian critics have accused President Hassan Rouhani’s government"
STATES = ["Iran", "Russia", "Azerbaijan", "Kazakhstan", "Turkmenistan"]
for i, s1 in enumerate(STATES):
    for s2 in STATES[i + 1:]:
        E(k, s1, s2, "agreement", "cooperation", "reported", "2018-08-12", "day", "diplomacy;energy;security",
          "Caspian convention signed on Sunday; five-party signing: one row per pair, in text order"
          + ("; Rouhani's government = Iran" if s1 == "Iran" else ""))
C(k, "Iranian critics", "asserts", "", True, "government surrendered Iran's Caspian rights",
  "'accused' its own government: no cross-country event")
C(k, "Iranian officials", "asserts", "", False, "Iran's share not yet decided", "'officials insisted'")
k = "The document was signed at a summit in the Kazakh port of Aktau"
# no rows: bare back-reference, no participant named; Aktau is a venue
k = "Russian President Vladimir Putin hailed the convention"
C(k, "Vladimir Putin", "asserts", "", False, "convention is a landmark", "no event: no partner named")
C(k, "Yuri Ushakov", "asserts", "", False, "convention bars non-Caspian armed forces",
  "no event: 'non-Caspian countries' are not a named party")
k = "Critics in Tehran say that clause mainly serves Moscow"
E(k, "Iranian critics", "Russia", "criticism", "tension", "reported", PW, "week", "security;diplomacy",
  "'that clause mainly serves Moscow'; group kept as actor (its own speech act)")
E(k, "Russia", "Iran", "other", "neutral", "reported", "2015-10", "month", "military",
  "cruise missiles fired 'across Iranian airspace' in October 2015; Syria is only the location of the targets")
C(k, "Iranian critics", "asserts", "", True, "military clause serves Moscow", "")
k = "Under treaties Tehran signed with Moscow in 1921 and 1940"
E(k, "Iran", "Russia", "agreement", "cooperation", "reported", "1921", "year", "diplomacy;security",
  "1921 treaty; 'Moscow' (Soviet state) resolved to Russia")
E(k, "Iran", "Russia", "agreement", "cooperation", "reported", "1940", "year", "diplomacy;trade", "1940 treaty")
E(k, "Iran", "Russia", "other", "cooperation", "reported", "", "unknown", "diplomacy",
  "'the sea was shared by the two countries alone'; background; 'many Iranians believe' is a perception, no row")
k = "Russia, Kazakhstan and Azerbaijan divided the northern seabed"
E(k, "Russia", "Kazakhstan", "agreement", "cooperation", "reported", "1998", "year", "energy;diplomacy",
  "seabed division 'between 1998 and 2003' (start year); pairwise")
E(k, "Russia", "Azerbaijan", "agreement", "cooperation", "reported", "1998", "year", "energy;diplomacy", "pairwise")
E(k, "Kazakhstan", "Azerbaijan", "agreement", "cooperation", "reported", "1998", "year", "energy;diplomacy", "pairwise")
E(k, "Iran", "Russia", "other", "cooperation", "denied", PW, "week", "energy;diplomacy",
  "'deals Tehran has never recognized' (negated recognition); the sentence's date belongs to the deals, so publication week")
E(k, "Iran", "Kazakhstan", "other", "cooperation", "denied", PW, "week", "energy;diplomacy", "never recognized")
E(k, "Iran", "Azerbaijan", "other", "cooperation", "denied", PW, "week", "energy;diplomacy", "never recognized")
k = "This is a new Turkmenchay"
E(k, "Iran", "Russia", "agreement", "cooperation", "reported", "1828", "year", "diplomacy",
  "the 1828 treaty; 'the Russian Empire' resolved to Russia")
E(k, "Iran", "Russia", "other", "tension", "reported", "1828", "year", "diplomacy;security",
  "'Iran ceded its Caucasus territories to the Russian Empire'")
C(k, "Iranian lawmaker", "asserts", "", True, "convention is a new Turkmenchay", "unnamed; a post on Twitter: empty via")
k = "Foreign Minister Mohammad Javad Zarif rejected the criticism"
C(k, "Mohammad Javad Zarif", "denies", "", False, "criticism that Iran surrendered its rights",
  "rejects criticism of his own government")
C(k, "Mohammad Javad Zarif", "asserts", "", False, "convention protects Iran's interests", "second speech verb 'saying'")
k = "Rouhani himself conceded in Aktau"
C(k, "Hassan Rouhani", "asserts", "", False, "seabed delimitation requires further agreements",
  "'conceded'; no event: no partner named, no visit row (Aktau summit venue)")
k = "Foreign Ministry spokesman Bahram Ghasemi said"
C(k, "Bahram Ghasemi", "asserts", "", False, "shares not determined; no seabed deal without Tehran's consent",
  "no event: no partner named")
k = "But Iranian analysts who spoke to Radio Farda said"
E(k, "Russia", "Iran", "other", "tension", "reported", "2018-08", "month", "diplomacy;security",
  "Moscow 'allegedly pushed for a quick signing'; past narrative anchored to the August signing")
E(k, "United States", "Iran", "sanction", "tension", "reported", "", "unknown", "finance",
  "'isolated by renewed US sanctions'; background state")
C(k, "Iranian analysts", "asserts", "Radio Farda", True, "Moscow pushed for a quick signing; Tehran had little leverage",
  "'who spoke to Radio Farda'; 'allegedly'")
k = "Russia has always treated Iran as a junior partner"
E(k, "Russia", "Iran", "other", "tension", "reported", "", "unknown", "diplomacy",
  "'always treated Iran as a junior partner'; habitual")
E(k, "Iranian analyst", "Russia", "criticism", "tension", "reported", PW, "week", "diplomacy",
  "anonymous analyst's criticism; 'Sunday's convention' is a bare back-reference, no new signing row")
C(k, "Iranian analyst", "asserts", "Radio Farda", True, "Russia treats Iran as a junior partner",
  "'one of them'; via carried (same statement)")
k = "Russia and Iran have drawn closer in recent years"
E(k, "Russia", "Iran", "other", "cooperation", "reported", "", "unknown", "middle_east;military",
  "'in recent years' = background; mutual")
E(k, "Russia", "Bashar al-Assad", "aid", "cooperation", "reported", "", "unknown", "middle_east;military",
  "military support for Assad")
E(k, "Iran", "Bashar al-Assad", "aid", "cooperation", "reported", "", "unknown", "middle_east;military",
  "military support for Assad")
k = "Rouhani is due to host Putin"
E(k, "Hassan Rouhani", "Vladimir Putin", "meeting", "cooperation", "planned", "2018-09", "month",
  "diplomacy;middle_east", "summit in Tehran 'next month'; one row per pair")
E(k, "Hassan Rouhani", "Recep Tayyip Erdogan", "meeting", "cooperation", "planned", "2018-09", "month",
  "diplomacy;middle_east", "")
E(k, "Vladimir Putin", "Recep Tayyip Erdogan", "meeting", "cooperation", "planned", "2018-09", "month",
  "diplomacy;middle_east", "")
E(k, "Vladimir Putin", "Iran", "visit", "cooperation", "planned", "2018-09", "month", "diplomacy",
  "'host ... in Tehran' implies a visit")
E(k, "Recep Tayyip Erdogan", "Iran", "visit", "cooperation", "planned", "2018-09", "month", "diplomacy", "")


def write(name, rows, cols):
    os.makedirs(os.path.join(HERE, "gold"), exist_ok=True)
    with open(os.path.join(HERE, "gold", name), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols)
        w.writeheader()
        w.writerows(rows)


if __name__ == "__main__":
    write("events.csv", EVENTS, ["source_file", "quote", "actor1", "actor1_country", "actor2", "actor2_country",
                                 "event_type", "polarity", "modality", "event_date", "date_precision", "themes",
                                 "notes"])
    write("claims.csv", CLAIMS, ["source_file", "quote", "claimant", "claimant_country", "stance", "via", "hedged",
                                 "topic", "notes"])
    write("actors.csv", ACTORS, ["source_file", "actor", "country", "type"])
    write("boilerplate.csv", BOILER, ["source_file", "quote"])
    from collections import Counter
    ev = Counter(r["source_file"] for r in EVENTS)
    cl = Counter(r["source_file"] for r in CLAIMS)
    ac = Counter(r["source_file"] for r in ACTORS)
    bp = Counter(r["source_file"] for r in BOILER)
    for a in ARTICLES:
        f = a["file"]
        print(f, ev[f], cl[f], ac[f], bp[f])
    print("total", len(EVENTS), len(CLAIMS), len(ACTORS), len(BOILER))
