#!/usr/bin/env python3
"""Article text for dev8_b (906-911), kept as paragraphs of sentences.

Run: python3 src/articles_src.py -> writes articles/*.txt and articles/sources.csv.
Each article: optional date header (prefixed to the first paragraph, as in dev4-dev7),
then paragraphs separated by a blank line; the sentences of a paragraph are joined by one space."""

import csv
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ART = os.path.join(HERE, "articles")

ARTICLES = {}

# ---------------------------------------------------------------- 906 Kyodo News
ARTICLES["906_kyodo_araghchi_kremlin_no_help.txt"] = dict(
    header=" date 2025-06-24 ",
    paras=[
        ["MOSCOW - Russian President Vladimir Putin on Monday condemned the U.S. strikes on Iran's nuclear facilities as \"absolutely unprovoked aggression\" in talks with Iranian Foreign Minister Abbas Araghchi at the Kremlin, but offered Tehran no military assistance."],
        ["Araghchi, who flew to Moscow a day after U.S. bombers hit the Fordo, Natanz and Isfahan sites, handed Putin a letter from Supreme Leader Ali Khamenei, Iranian state media said.",
         "Putin told the Iranian minister that Russia was making efforts \"to help the Iranian people,\" according to a Kremlin transcript, but did not say what those efforts were."],
        ["Kremlin spokesman Dmitry Peskov told reporters later in the day that Moscow's position was \"clear\" and that it remained ready to mediate between Iran and Israel.",
         "Asked whether Iran had requested weapons, Peskov declined to comment."],
        ["The muted response has disappointed many in Tehran.",
         "A senior Iranian diplomat, speaking on condition of anonymity, told Kyodo News that Iran had expected \"more than words\" from a country it calls a strategic partner.",
         "Russia and Iran signed a comprehensive strategic partnership treaty in January, but the pact does not oblige either side to defend the other.",
         "Tehran has also waited for years for Su-35 fighter jets it ordered from Moscow, diplomatic sources said."],
        ["Former Russian President Dmitry Medvedev, deputy chairman of the Security Council, claimed on Sunday that \"a number of countries\" were ready to supply Iran with nuclear warheads.",
         "U.S. President Donald Trump rebuked him on social media, and the Kremlin did not repeat the suggestion."],
        ["In Tokyo, Chief Cabinet Secretary Yoshimasa Hayashi, the top government spokesman, said Tuesday that Japan welcomed the ceasefire between Iran and Israel announced by Trump and hoped it would hold.",
         "Japan, which relies on the Middle East for more than 90 percent of its crude oil imports, has been closely watching the Strait of Hormuz since Iran's parliament on Sunday backed a proposal to close the waterway.",
         "Foreign Minister Takeshi Iwaya urged Araghchi to show restraint in phone talks earlier this month, according to the Japanese Foreign Ministry."],
        ["Russia, which also maintains close ties with Israel, has limited itself to diplomatic support for Iran throughout the conflict, analysts say.",
         "\"Moscow will condemn, it will offer to mediate, but it will not fight for Tehran,\" said Koji Sato, a Russia specialist at a Tokyo university."],
        ["Related coverage:"],
        ["Japan urges restraint after U.S. strikes on Iran nuclear sites"],
        ["Oil prices jump as Iran threatens to close Strait of Hormuz"],
        ["==Kyodo"],
    ],
    source=dict(
        title="Putin condemns U.S. strikes on Iran but offers no military aid",
        outlet="synthetic (Kyodo News English wire style)",
        published="2025-06-24",
        notes="Written for evaluation in Kyodo News English wire style ('MOSCOW - ' dateline with a plain hyphen, 'U.S.', 'said Tuesday', straight double quotes, 'told Kyodo News', a Japan-angle paragraph with 'Chief Cabinet Secretary Yoshimasa Hayashi, the top government spokesman', 'a Tokyo university', closing 'Related coverage:' line with two headlines and '==Kyodo' end mark, all boilerplate). Date also in the file's header. Title written by the team: the file has no headline. A Tuesday, so 'on Monday' = 2025-06-23, 'a day after' = 2025-06-22, 'later in the day' = 2025-06-23, 'on Sunday' = 2025-06-22, 'Tuesday' = 2025-06-24, 'in January' = 2025-01, 'earlier this month' = 2025-06. Based on the widely reported 23 June 2025 Kremlin meeting of Putin and Araghchi after the 22 June US strikes on Fordo, Natanz and Isfahan (Putin's 'absolutely unprovoked aggression' and efforts 'to help the Iranian people'), the reported letter from Khamenei, Peskov's mediation line, Medvedev's 22 June warhead remark and Trump's rebuke, the Iranian parliament's backing for closing the Strait of Hormuz, the ceasefire announced by Trump, the January 2025 treaty without a mutual defence clause and the undelivered Su-35s. Constructed: all wording, Peskov's 'declined to comment', the anonymous diplomat, the diplomatic sources' line, Hayashi's exact wording, the Iwaya phone talks (approximate), the analyst Koji Sato (invented) and the two related-coverage headlines.",
    ),
)

# ---------------------------------------------------------------- 907 Trend News Agency
ARTICLES["907_trend_rasht_astara_delays.txt"] = dict(
    header=" date 2025-05-14 ",
    paras=[
        ["BAKU, Azerbaijan, May 14.",
         "Azerbaijan has completed its part of the North-South International Transport Corridor, but the missing Rasht-Astara railway in Iran remains stuck over financing and land disputes between Moscow and Tehran, Trend reports."],
        ["Chairman of Azerbaijan Railways CJSC Rovshan Rustamov said on Tuesday that cargo crossing the Astara border terminal had grown by 30 percent in the first four months of the year.",
         "“Azerbaijan is ready to carry any volume that our Russian and Iranian partners send,” Rustamov told journalists in Baku."],
        ["However, construction of the 162-kilometer line from Rasht to Astara, which Russia and Iran agreed to build in May 2023 with a Russian state loan of 1.3 billion euros, has yet to begin.",
         "According to Iranian media, Tehran has still not completed the purchase of land along the route, while Moscow has not released the first tranche of the loan."],
        ["Russian Deputy Prime Minister Alexei Overchuk last month criticized the slow pace of land acquisition, saying Moscow could not disburse the money until the Iranian side fulfilled its obligations.",
         "Iran's Minister of Roads and Urban Development Farzaneh Sadegh rejected the criticism, insisting that the land issue would be settled “within months” and blaming the delays on the lengthy approval of the loan agreement in Moscow."],
        ["A source in the Iranian ministry, who asked not to be named, claimed that Russian Railways had also demanded a larger share of the construction contracts for Russian companies.",
         "Russian Railways did not respond to the claim."],
        ["Experts in Baku note that the dispute suits neither side.",
         "“Every year of delay pushes cargo owners toward the Caspian sea route or the eastern branch through Kazakhstan and Turkmenistan,” Rauf Hasanov, head of the Baku-based Caspian Logistics Institute, told Trend."],
        ["Russian President Vladimir Putin and Iranian President Masoud Pezeshkian, who signed a comprehensive strategic partnership treaty in Moscow in January, have both called the corridor a priority.",
         "India, which ships goods to Russia along the route, has also urged faster progress."],
        ["Azerbaijan and Russia signed a memorandum last year to expand the capacity of their joint border crossing at Yalama-Samur, and Baku has offered Iran technical assistance for the Rasht-Astara project."],
        ["Stay up-to-date with more news at Trend News Agency's WhatsApp channel"],
    ],
    source=dict(
        title="Rasht-Astara railway stuck as Moscow and Tehran trade blame",
        outlet="synthetic (Trend News Agency style)",
        published="2025-05-14",
        notes="Written for evaluation in Trend News Agency (Azerbaijan) English style ('BAKU, Azerbaijan, May 14.' dateline ending with a full stop, 'Trend reports.', 'told Trend', 'Chairman of Azerbaijan Railways CJSC', titles before names, Baku viewpoint, curly double quotes, American spelling, closing WhatsApp-channel line as boilerplate). Date also in the file's header. Title written by the team: the file has no headline. A Wednesday, so 'on Tuesday' = 2025-05-13, 'last month' = 2025-04, 'in May 2023' = 2023-05, 'in January' = 2025-01, 'last year' = 2024, 'the first four months of the year' = 2025. Based on the widely reported May 2023 Russia-Iran intergovernmental agreement on the 162 km Rasht-Astara railway with a Russian state loan of 1.3 billion euros, the repeated delays over land acquisition and financing, the January 2025 treaty, Putin's and Pezeshkian's statements that the corridor is a priority, India's interest in the INSTC, and Azerbaijan's role as the transit link at Astara. Constructed: all wording, Rustamov's figure and remark, Overchuk's 'last month' criticism, Sadegh's rejection, the anonymous Iranian ministry source, the Russian Railways non-response, the 2024 Yalama-Samur memorandum, Baku's offer of technical assistance, and the expert Rauf Hasanov and his Caspian Logistics Institute (both invented).",
    ),
)

# ---------------------------------------------------------------- 908 Cumhuriyet (translated)
ARTICLES["908_cumhuriyet_gas_rivalry_turkiye.txt"] = dict(
    header=None,
    paras=[
        ["Russia and Iran jostle for Türkiye's gas market as contracts near expiry"],
        ["ANKARA – As Türkiye's long-term gas contracts with Russia and Iran near their end, Moscow and Tehran have turned from partners into rivals for the Turkish market, according to energy sources in Ankara."],
        ["Energy and Natural Resources Minister Alparslan Bayraktar announced in New York last week that the state pipeline company BOTAŞ had signed liquefied natural gas deals with US suppliers, a move opposition deputies described as a gift to Washington on the eve of President Recep Tayyip Erdoğan's White House visit."],
        ["BOTAŞ's 10-billion-cubic-meter annual contract with the National Iranian Gas Company expires in July 2026, while several of its contracts with Gazprom run out at the end of this year.",
         "Iranian Oil Minister Mohsen Paknejad said last month that Iran wanted to extend the deal with Türkiye and was ready to raise volumes."],
        ["Moscow, however, is pushing its own plan, first floated by Russian President Vladimir Putin in October 2022, to turn Thrace into a hub for Russian gas bound for Europe.",
         "Iranian officials fear the hub would lock Iran out of the Turkish and European markets, a diplomatic source told Cumhuriyet.",
         "“The Russians speak of strategic partnership in Tehran, but in Ankara they negotiate against us,” an Iranian energy official said on condition of anonymity."],
        ["Russian Deputy Prime Minister Alexander Novak rejected talk of competition, telling the TASS news agency that Russia and Iran “coordinate closely” on gas matters."],
        ["Tehran's reliability has also been questioned in Ankara.",
         "Iran halted gas flows to Türkiye for ten days in January 2022, citing a technical failure, and factories in the Marmara region were forced to shut down."],
        ["Energy economist Selin Aydemir argued that the palace's energy diplomacy was driven by politics rather than prices.",
         "“Ankara should use this rivalry to bargain for cheaper gas, not choose a side to please Washington or Moscow,” she told Cumhuriyet."],
        ["Russia and Iran still cooperate elsewhere.",
         "Gazprom signed a memorandum with the National Iranian Gas Company in June 2024 to supply Iran with gas via Azerbaijan, although, according to Iranian officials, the two sides have yet to agree on a price."],
        ["BOTAŞ declined to comment on the talks with Tehran and Moscow."],
        ["Subscribe to Cumhuriyet on Google News"],
    ],
    source=dict(
        title="Russia and Iran jostle for Türkiye's gas market as contracts near expiry",
        outlet="synthetic (Cumhuriyet style, translated from Turkish)",
        published="2025-10-01",
        notes="Written for evaluation in the style of Cumhuriyet (secular opposition daily, Istanbul), as an English translation of a Turkish news report (headline line, 'ANKARA – ' dateline, 'Türkiye', 'BOTAŞ', 'Recep Tayyip Erdoğan', 'the palace' for the presidency, opposition framing, 'energy sources in Ankara', 'told Cumhuriyet', curly double quotes, closing Google News line as boilerplate). No date header: the date is given only here. Headline is the file's first line. A Wednesday, so 'last week' = week of Monday 2025-09-22, 'last month' = 2025-09, 'at the end of this year' = 2025, 'in July 2026' = 2026-07, 'in October 2022' = 2022-10, 'in January 2022' = 2022-01, 'in June 2024' = 2024-06. Based on the widely reported BOTAŞ LNG deals with US-linked suppliers signed in New York around Erdoğan's 25 September 2025 White House visit, the Iran-Türkiye gas contract expiring in July 2026 and the Gazprom contracts expiring at the end of 2025, Putin's October 2022 Turkish gas hub proposal, Iran's January 2022 supply halt to Türkiye, and the June 2024 Gazprom-NIGC memorandum. Constructed: all wording, the opposition deputies' line, Paknejad's 'last month' remark, the diplomatic source and the anonymous Iranian energy official, Novak's TASS remark, the economist Selin Aydemir (invented), BOTAŞ's declining to comment, and the translation itself.",
    ),
)

# ---------------------------------------------------------------- 909 NPR Morning Edition write-up
ARTICLES["909_npr_snapback_russia_cushion.txt"] = dict(
    header=" date 2025-09-29 ",
    paras=[
        ["U.N. sanctions are back on Iran. Can Russia soften the blow"],
        ["Listen · 4:07"],
        ["United Nations sanctions on Iran snapped back into force over the weekend, and Russia says it will not recognize them.",
         "On Morning Edition, host Leah Corbin spoke with NPR's Jon Hadley, who covers Iran from Istanbul, about what Moscow can and cannot do for Tehran."],
        ["Hadley said the sanctions returned on Sunday, a month after Britain, France and Germany triggered the so-called snapback mechanism of the 2015 nuclear deal, accusing Iran of failing to meet its commitments.",
         "Russia and China tried to delay the move, but their draft resolution won only four votes in the Security Council on Friday."],
        ["Russia's Foreign Ministry said in a statement on Sunday that it considered the restored sanctions null and void and would not enforce them.",
         "\"Moscow's message is that, legally, nothing has changed,\" Hadley told the program.",
         "Iran, for its part, recalled its ambassadors to Britain, France and Germany for consultations on Saturday."],
        ["Hadley said Iranian officials had publicly thanked Moscow and Beijing, but that many ordinary Iranians were skeptical.",
         "\"People I talk to in Tehran say Russia votes for Iran at the U.N. and then sells its own oil to Iran's customers in China,\" he said."],
        ["He noted that Russia's state nuclear corporation Rosatom signed a $25 billion deal with an Iranian company on Friday to build four reactors on Iran's southern coast, a sign that Moscow intends to keep doing business.",
         "But analysts say Russian banks and shipping firms are likely to be cautious, because the U.N. measures give Western governments new grounds to penalize anyone trading with Iran."],
        ["Asked whether Russia might go further and send weapons, Hadley pointed out that Moscow did not come to Iran's aid when Israel and the United States struck Iranian nuclear sites in June.",
         "\"Tehran has learned that this partnership has limits,\" he said."],
        ["Secretary of State Marco Rubio welcomed the return of the sanctions in a statement and urged Iran's leaders to accept direct talks with Washington."],
        ["Copyright © 2025 NPR.", "All rights reserved.",
         "Visit our website terms of use and permissions pages at www.npr.org for further information."],
    ],
    source=dict(
        title="U.N. sanctions are back on Iran. Can Russia soften the blow",
        outlet="synthetic (NPR Morning Edition segment write-up style)",
        published="2025-09-29",
        notes="Written for evaluation in the style of an NPR 'Morning Edition' segment write-up (headline line that is a question without its question mark, 'Listen · 4:07' player line, host-and-correspondent framing 'spoke with NPR's ...', 'told the program', 'U.N.', straight quotes, American spelling, closing copyright and terms-of-use lines as boilerplate). Date also in the file's header, which is prefixed to the headline line. A Monday, so 'over the weekend' = 2025-09-27/28, 'on Sunday' = 2025-09-28, 'on Saturday' = 2025-09-27, 'on Friday' = 2025-09-26, 'a month after' Sunday = 2025-08 (the E3 trigger of 28 August 2025), 'in June' = 2025-06. Based on the widely reported return of UN sanctions on Iran at 00:00 GMT on 28 September 2025 after the E3 triggered the snapback on 28 August, the failed Russia-China draft to delay it (4 votes in favour, 26 September), the Russian Foreign Ministry's statement that the restored sanctions are legally null and void, Iran's recall of its ambassadors to the UK, France and Germany on 27 September, the 26 September Rosatom-Iran Hormoz agreement for four reactors (about $25 billion), the June 2025 war in which Russia gave Iran no military help, Rubio's statement, and Russian crude competing with Iranian crude in China. Constructed: the host Leah Corbin and the correspondent Jon Hadley (both invented), every line of the conversation, the analysts' line and the Iranian officials' thanks as reported here. Not a real NPR segment.",
    ),
)

# ---------------------------------------------------------------- 910 Iran Front Page
ARTICLES["910_ifp_tehran_conference_photo.txt"] = dict(
    header=" date 2021-08-12 ",
    paras=[
        ["Iran Summons Russian, British Envoys over ‘Insulting’ Tehran Conference Photo"],
        ["Iran’s Foreign Ministry has summoned the ambassadors of Russia and the United Kingdom to protest against a photo the two envoys posted on social media that recreated a 1943 meeting of Allied leaders in Tehran."],
        ["Russian Ambassador Levan Dzhagaryan and British Ambassador Simon Shercliff posed on Wednesday on the steps of the Russian embassy in the same positions as Joseph Stalin, Winston Churchill and Franklin D. Roosevelt at the Tehran Conference.",
         "The image angered Iranian officials and social media users, who said it recalled the occupation of Iran by Soviet and British forces in 1941."],
        ["Foreign Minister Mohammad Javad Zarif called the photo of the two ambassadors “extremely inappropriate” in a tweet on Wednesday.",
         "“Need I remind both that August 2021 is neither August 1941 nor December 1943,” Zarif wrote."],
        ["According to the ministry’s spokesman, the two ambassadors were summoned on Thursday and told that the Iranian nation would not tolerate any disrespect to its sovereignty.",
         "In a statement carried by IRNA, the ministry described the photo as “a violation of diplomatic norms.”"],
        ["Dzhagaryan later told the Tasnim news agency that he had had “no intention of offending the feelings of the Iranian people” and that the photo was meant to mark the wartime alliance against Nazism.",
         "The British embassy has not commented on the summons."],
        ["Several lawmakers went further.",
         "MP Jalal Rahimi said the Russian envoy should be expelled if he did not apologize publicly, calling the image “an insult that friends do not commit.”"],
        ["Kayhan, the hardline daily, avoided criticizing Moscow and blamed the British envoy for the episode."],
        ["The incident comes as President Ebrahim Raisi, who took office last week, has pledged to strengthen ties with Russia and China.",
         "Many Iranians nevertheless remain suspicious of Moscow, partly because of its long delays in completing the Bushehr nuclear power plant and in delivering the S-300 air defense system."],
        ["Follow IFP on Twitter and Telegram for the latest news from Iran"],
    ],
    source=dict(
        title="Iran Summons Russian, British Envoys over ‘Insulting’ Tehran Conference Photo",
        outlet="synthetic (Iran Front Page English style)",
        published="2021-08-12",
        notes="Written for evaluation in Iran Front Page (IFP) English style (title-case headline after the header, curly quotes, 'the Iranian nation', 'carried by IRNA', 'the hardline daily', American spelling, a closing social-media line as boilerplate). Date also in the file's header, which is prefixed to the headline line. A Thursday, so 'on Wednesday' = 2021-08-11, 'on Thursday' = 2021-08-12, 'last week' = week of Monday 2021-08-02 (Raisi was sworn in on 5 August 2021), 'in 1941' = 1941, '1943' = the Tehran Conference (1943-11/12, not coded as an event). Based on the widely reported August 2021 photo of the Russian ambassador Levan Dzhagaryan and the British ambassador Simon Shercliff recreating the 1943 Tehran Conference pose, the outrage in Iran, Zarif's tweet ('extremely inappropriate'; 'August 2021 is neither August 1941 nor December 1943'), the summoning of both envoys, the Russian envoy's statement that no offence was intended, and long-standing Iranian grievances over Bushehr and the S-300. Constructed: all other wording, the exact day of the summons, the spokesman's and ministry statement lines, the Tasnim wording, the British embassy line, the MP Jalal Rahimi (invented) and his remark, and the Kayhan line.",
    ),
)

# ---------------------------------------------------------------- 911 RUSI Commentary
ARTICLES["911_rusi_commentary_oil_rivalry.txt"] = dict(
    header=None,
    paras=[
        ["Brothers in Sanctions, Rivals in Barrels: The Oil-Market Limits of the Russia–Iran Alignment"],
        ["Moscow and Tehran present a united front against Western sanctions, but in China’s oil market they are competitors, and Iran is losing"],
        ["Eleanor Whitcombe"],
        ["Since Russia’s full-scale invasion of Ukraine, the relationship between Moscow and Tehran has often been described as an emerging alliance.",
         "Iran has supplied Russia with hundreds of Shahed-136 loitering munitions, according to Ukrainian and Western officials, and Russia is reported to have promised Su-35 fighter aircraft in return.",
         "Yet in one area the two are plainly at odds: the market for discounted crude in China."],
        ["Until the EU embargo on Russian seaborne crude took effect on 5 December, Iran was the main supplier of cheap oil to China’s independent ‘teapot’ refineries.",
         "Since then, Russian cargoes have been offered to the same buyers at steep discounts, forcing Iranian sellers to cut their prices further, according to traders cited by Reuters."],
        ["Iranian officials have been reluctant to criticise Moscow in public.",
         "In private, however, Iranian diplomats reportedly resent that Russia, a fellow member of OPEC+, is undercutting Iran in its most important market.",
         "Oil Minister Javad Owji insisted last month that Iran’s exports had reached their highest level since 2018 and that ‘no country can take our customers’."],
        ["Moscow, for its part, has offered Tehran compensation of a sort.",
         "Gazprom signed a memorandum worth up to $40 billion with the National Iranian Oil Company in July 2022, during Vladimir Putin’s visit to Tehran, although little of it has been implemented.",
         "Russian Deputy Prime Minister Alexander Novak has since spoken of oil and gas swaps through Iran, but no contracts have been announced."],
        ["This pattern of political solidarity alongside commercial rivalry is not new.",
         "Russia took years to complete the Bushehr nuclear plant and froze the sale of S-300 systems to Iran in 2010, after voting for UN sanctions against it."],
        ["Western policymakers should therefore avoid treating the two as a single bloc.",
         "Sanctions enforcement aimed at the shipping and insurance networks both countries rely on could widen the gap between them rather than push them closer together."],
        ["The views expressed in this Commentary are the author’s, and do not represent those of RUSI or any other institution."],
        ["Have an idea for a Commentary you’d like to write for us?",
         "Send a short pitch to commentaries@rusi.org and we’ll get back to you if it fits into our research interests."],
        ["Eleanor Whitcombe is a Research Fellow in the International Security Studies department at RUSI."],
    ],
    source=dict(
        title="Brothers in Sanctions, Rivals in Barrels: The Oil-Market Limits of the Russia–Iran Alignment",
        outlet="synthetic (RUSI Commentary style)",
        published="2023-02-15",
        notes="Written for evaluation in the style of a RUSI Commentary (title line, standfirst line without final punctuation, author line, British spelling 'criticise', single curly quotes, 'teapot' refineries, argumentative closing recommendation, closing disclaimer, pitch invitation and author bio as boilerplate). No date header: the date is given only here. A Wednesday, so '5 December' = 2022-12-05, 'last month' = 2023-01, 'in July 2022' = 2022-07 (the memorandum was signed on 19 July 2022), 'in 2010' = 2010, 'has since' = publication year. Based on the widely reported Iranian Shahed drone supplies to Russia, reports of promised Su-35s, the EU embargo on Russian seaborne crude of 5 December 2022, discounted Russian crude displacing Iranian barrels at Chinese independent refiners, the July 2022 Gazprom-NIOC memorandum of up to $40 billion during Putin's Tehran visit, Novak's talk of swaps through Iran, the Bushehr delays and the 2010 S-300 freeze after Russia voted for UNSC resolution 1929. Constructed: the author Eleanor Whitcombe (invented), all wording and argument, the Iranian diplomats' reported resentment, and Owji's quoted line.",
    ),
)


def render(a):
    body = "\n\n".join(" ".join(p) for p in a["paras"]) + "\n"
    return (a["header"] or "") + body


def main():
    os.makedirs(ART, exist_ok=True)
    rows = []
    for fn, a in ARTICLES.items():
        text = render(a)
        with open(os.path.join(ART, fn), "w", encoding="utf-8") as f:
            f.write(text)
        print(fn, len(text.split()), "words")
        s = a["source"]
        rows.append([fn, s["title"], s["outlet"], "", s["published"], "metadata", s["notes"]])
    with open(os.path.join(ART, "sources.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["file", "title", "outlet", "url", "published", "date_basis", "notes"])
        w.writerows(rows)


if __name__ == "__main__":
    main()
