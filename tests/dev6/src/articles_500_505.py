#!/usr/bin/env python3
"""Article text for dev6_a (500-505), kept as paragraphs of sentences.

Run: python3 src/articles_src.py -> writes articles/*.txt and articles/sources.csv.
Each article: optional date header (prefixed to the first paragraph, as in dev4/dev5),
then paragraphs separated by a blank line; the sentences of a paragraph are joined by one space."""

import csv
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ART = os.path.join(HERE, "articles")

ARTICLES = {}

# ---------------------------------------------------------------- 500 New York Times
ARTICLES["500_nyt_putin_fire_brigade.txt"] = dict(
    header=None,
    paras=[
        ["Putin Says Russia Is ‘Not a Fire Brigade’ for the Iran Nuclear Deal"],
        ["MOSCOW — President Vladimir V. Putin said on Wednesday that Russia could not rescue the 2015 nuclear agreement with Iran on its own, dashing hopes in Tehran that Moscow would help shield the Iranian economy."],
        ["“Russia is not a fire brigade,” Mr. Putin told reporters in Sochi after talks with President Alexander Van der Bellen of Austria.",
         "“We cannot rescue everything that does not depend entirely on us.”"],
        ["He said Moscow had long advised Tehran to stay in the accord, warning that if Iran walked away, “by tomorrow everyone will forget that it was the United States that started this collapse.”"],
        ["Mr. Putin’s remarks came a week after President Hassan Rouhani announced that Iran would stop observing some of the deal’s limits, and gave Britain, China, France, Germany and Russia 60 days to protect Iran’s oil sales and banks from American sanctions."],
        ["The announcement was timed to the anniversary of President Trump’s withdrawal from the accord the previous year, and it was made while Foreign Minister Mohammad Javad Zarif was in Moscow for talks with his Russian counterpart, Sergey V. Lavrov.",
         "Mr. Lavrov blamed Washington for the crisis and called the American pressure on Iran “unacceptable.”"],
        ["On Tuesday, Secretary of State Mike Pompeo met Mr. Putin and Mr. Lavrov in Sochi.",
         "“We fundamentally do not seek a war with Iran,” Mr. Pompeo told reporters afterward."],
        ["In Tehran, Mr. Putin’s comments drew a cool response.",
         "Abbas Mousavi, a Foreign Ministry spokesman, said on Thursday that Iran expected “practical steps, not statements” from the remaining parties to the deal, including Russia, according to the state news agency IRNA."],
        ["Iranian officials have long complained in private that Moscow treats their country as a bargaining chip in its dealings with Washington.",
         "“The Russians will defend the deal in speeches, but they will not pay any price to save it,” said Davoud Hosseini, a political analyst in Tehran."],
        ["The mistrust has deep roots.",
         "Russia froze the sale of S-300 air-defense missiles to Iran in 2010, after voting for a fourth round of United Nations sanctions against the country, and delivered the system only in 2016, after Tehran had sued in an international court."],
        ["The two countries fought on the same side in Syria’s civil war, but Iranian officials have watched uneasily as Mr. Putin has kept up close contacts with Prime Minister Benjamin Netanyahu of Israel, whose air force has struck Iranian forces in Syria hundreds of times.",
         "Mr. Netanyahu, who met Mr. Putin in Moscow last month, has said that Russian forces do not stand in the way of those strikes."],
        ["Russian oil companies stand to win over some of Iran’s former customers in Asia, analysts say."],
        ["Dmitri S. Peskov, the Kremlin spokesman, said on Thursday that Russia remained committed to the agreement and would keep cooperating with Iran “within our international obligations.”"],
        ["Reporting was contributed by Nilufar Karimi in Tehran and Pavel Sidorov in Moscow."],
    ],
    source=dict(
        title="Putin Says Russia Is ‘Not a Fire Brigade’ for the Iran Nuclear Deal",
        outlet="synthetic (New York Times style)",
        published="2019-05-16",
        notes="Written for evaluation in New York Times style (headline line, 'MOSCOW —' dateline with an em dash, middle initials 'Vladimir V. Putin', 'Sergey V. Lavrov', 'Dmitri S. Peskov', honorifics 'Mr.', 'President Alexander Van der Bellen of Austria', 'said on Wednesday', curly quotes, closing 'Reporting was contributed by' line as boilerplate). No date header: the date is given only here. Headline is the file's first line. A Thursday, so 'on Wednesday' = 2019-05-15, 'On Tuesday' = 2019-05-14, 'on Thursday' = 2019-05-16, 'a week after' (Wednesday) = 2019-05-08, 'the previous year' = 2018, 'last month' = 2019-04. Based on Putin's widely reported 15 May 2019 'Russia is not a fire brigade' remark in Sochi after talks with Van der Bellen, Rouhani's 8 May 2019 announcement (60 days for the remaining JCPOA parties), Zarif's 8 May 2019 Moscow talks with Lavrov, Pompeo's 14 May 2019 Sochi meetings with Putin and Lavrov and his 'we fundamentally do not seek a war with Iran', the 2010-2016 S-300 freeze and delivery, Netanyahu's 4 April 2019 Moscow visit and Israeli strikes in Syria. The exact wording of Putin's second and third quotations, Lavrov's 'unacceptable', Mousavi's and Peskov's lines, the 'in private' complaints, the analyst Davoud Hosseini (invented), the Netanyahu paraphrase, the oil line and the contributors' names are constructed.",
    ),
)

# ---------------------------------------------------------------- 501 The Moscow Times
ARTICLES["501_moscowtimes_treaty_year_on.txt"] = dict(
    header=" date 2026-01-19 ",
    paras=[
        ["A year after President Vladimir Putin and Iranian President Masoud Pezeshkian signed a \"comprehensive strategic partnership\" treaty in the Kremlin on Jan. 17, 2025, the relationship between Moscow and Tehran looks less like an alliance than a marriage of convenience, diplomats and analysts say."],
        ["The treaty, which entered into force on Oct. 2, commits the two countries to deepen cooperation in trade, energy and security, but unlike Moscow's 2024 pact with North Korea, it contains no mutual defense clause."],
        ["That gap became painfully clear last June, when Israel and then the United States bombed Iranian nuclear sites during a 12-day war.",
         "The Kremlin condemned the strikes as unprovoked aggression but offered Tehran no military help.",
         "\"Our Iranian friends did not approach us with such a request,\" Putin told reporters at the time, adding that Russia had once offered to help Iran build up its air defenses but \"the Iranian side did not show much interest.\""],
        ["Iranian officials, for their part, have long complained that Moscow drags its feet on its commitments.",
         "Su-35 fighter jets that Tehran says it has paid for have still not arrived, while the Rasht-Astara railway, which Russia pledged in 2023 to finance with a 1.3 billion euro loan, has yet to move beyond land acquisition."],
        ["Trade tells a similar story.",
         "Russian-Iranian trade stagnated at about $5 billion in the first nine months of 2025, according to Russia's Federal Customs Service, and a long-discussed deal for Gazprom to supply up to 55 billion cubic meters of gas a year to Iran remains stuck over price."],
        ["Moscow's courtship of Israel and of the new authorities in Damascus has added to the strain.",
         "In October, Putin said Israel had asked Russia to tell Iran that it did not want a new escalation and that Moscow had passed the message on, a role the hard-line daily Kayhan said Tehran did not need.",
         "Putin also received Syria's interim president, Ahmed al-Sharaa, in the Kremlin that month, less than a year after Moscow granted asylum in December 2024 to Iran's longtime ally Bashar Assad."],
        ["In Tehran, the disappointment is voiced openly.",
         "\"When we needed a partner, Russia behaved like a spectator,\" a former Iranian diplomat told The Moscow Times, speaking on condition of anonymity because he still advises the Foreign Ministry."],
        ["Kremlin spokesman Dmitry Peskov dismissed such criticism on Friday, telling reporters that relations with Tehran were \"developing steadily in all areas.\""],
        ["Analysts expect little change this year.",
         "Moscow no longer depends on Iranian weapons as it did in 2022, when Tehran's Shahed drones helped Russia sustain its assault on Ukraine, and it has no wish to jeopardize its ties with the Gulf monarchies or with U.S. President Donald Trump, they say."],
        ["A Message from The Moscow Times:"],
        ["Dear readers, we are facing unprecedented challenges.",
         "Russia's Prosecutor General's Office has designated The Moscow Times as an \"undesirable\" organization, criminalizing our work and putting our staff at risk of prosecution."],
    ],
    source=dict(
        title="A Year On, Russia-Iran 'Strategic Partnership' Looks Like a Marriage of Convenience",
        outlet="synthetic (The Moscow Times style)",
        published="2026-01-19",
        notes="Written for evaluation in The Moscow Times style (no dateline, 'Kremlin spokesman Dmitry Peskov', surname-only 'Putin' on second reference, 'Jan. 17', 'Oct. 2', 'U.S.', 'told The Moscow Times', straight quotes, closing 'A Message from The Moscow Times' appeal as boilerplate). Date also in the file's header. Title written by the team: the file has no headline. A Monday, so 'Jan. 17, 2025' = 2025-01-17, 'Oct. 2' = 2025-10-02, 'last June' = 2025-06, 'In October' and 'that month' = 2025-10, 'on Friday' = 2026-01-16, 'this year' = 2026. Looks back only on events up to October 2025: the 17 January 2025 treaty (no defence clause, in force 2 October 2025), the June 2025 Israeli and US strikes and Russia's condemnation, Putin's June 2025 remarks that Iran had not asked for help and had shown little interest in air-defence cooperation, the undelivered Su-35s, the 2023 Rasht-Astara loan, the 2024 Gazprom memorandum on up to 55 bcm a year, Putin's October 2025 remark about relaying Israel's message, al-Sharaa's October 2025 Kremlin visit and Assad's asylum. The trade figure, the Kayhan line, the former Iranian diplomat (anonymous, invented), Peskov's Friday remark, the analysts' lines and the appeal wording are constructed or approximate.",
    ),
)

# ---------------------------------------------------------------- 502 Iran International
ARTICLES["502_iranintl_lavrov_guarantees.txt"] = dict(
    header=None,
    paras=[
        ["Iran's Top Diplomat Seeks Moscow's Assurances As Russian Demands Stall Vienna Talks"],
        ["Iran's Foreign Minister Hossein Amir-Abdollahian met his Russian counterpart Sergei Lavrov in Moscow on Tuesday, seeking assurances that Russia would not derail the talks on reviving the 2015 nuclear deal, which were paused last week after the Kremlin raised new demands."],
        ["On March 5, Lavrov said Moscow wanted written guarantees from the United States that Western sanctions imposed over the invasion of Ukraine would not harm Russia's trade, investment and military-technical cooperation with Iran.",
         "The demand, which Western diplomats said could sink an agreement between Iran and world powers that was almost complete, led the European Union's foreign policy chief Josep Borrell to announce a pause in the Vienna negotiations on Friday, citing \"external factors.\""],
        ["Iranian officials initially played down the dispute, but on March 7 Foreign Ministry spokesman Saeed Khatibzadeh said Tehran would not allow \"any external factor\" to affect its national interests, a remark widely read in Iran as a rebuke to Moscow."],
        ["After Tuesday's talks, Lavrov told reporters that Washington had given Moscow the written guarantees it sought, at least for Russia's work under the nuclear deal, including at the Bushehr power plant.",
         "The two ministers also discussed the war in Ukraine, with Amir-Abdollahian repeating Tehran's call for a ceasefire and blaming NATO's eastward expansion for the crisis.",
         "Amir-Abdollahian said Russia had assured him that it would not stand in the way of an agreement in Vienna, and thanked Moscow for what he called its \"constructive\" role."],
        ["Many in Iran were less forgiving.",
         "The daily Jomhouri Eslami accused Russia of holding Iran's nuclear file \"hostage\" to its war in Ukraine, while Reza Kazemi, a former member of parliament's foreign policy committee, wrote on Twitter that Moscow \"has never wanted an Iran at peace with the West.\""],
        ["Such criticism is rare in a country where Supreme Leader Ali Khamenei has made a \"look East\" policy toward Russia and China a pillar of foreign policy, and where state media routinely praise Moscow for shielding the Islamic Republic at the UN Security Council."],
        ["Iran International has learned that some Foreign Ministry officials privately warned last month that Russia could use the talks as leverage in its confrontation with the West."],
        ["In Washington, Secretary of State Antony Blinken said on March 6 that the sanctions on Russia \"have nothing to do with\" the nuclear deal, and State Department spokesman Ned Price said the United States would not offer Moscow any new guarantees."],
    ],
    source=dict(
        title="Iran's Top Diplomat Seeks Moscow's Assurances As Russian Demands Stall Vienna Talks",
        outlet="synthetic (Iran International English style)",
        published="2022-03-16",
        notes="Written for evaluation in Iran International English style (title-case headline line, no dateline, opposition-leaning framing: 'Many in Iran were less forgiving', 'Supreme Leader Ali Khamenei', 'the Islamic Republic', 'Iran International has learned', Twitter posts, straight quotes). No date header: the date is given only here. Headline is the file's first line. A Wednesday, so 'on Tuesday' and 'Tuesday's talks' = 2022-03-15, 'last week' = week of Monday 2022-03-07, 'On March 5' = 2022-03-05, 'on Friday' = 2022-03-11, 'on March 7' = 2022-03-07, 'on March 6' = 2022-03-06, 'last month' = 2022-02. Based on the widely reported Russian demand of 5 March 2022 for written US guarantees, Borrell's 11 March 2022 pause of the Vienna talks citing 'external factors', Khatibzadeh's 7 March remark, Amir-Abdollahian's 15 March 2022 Moscow visit and Lavrov's statement that guarantees had been received for Russia's work under the JCPOA, Blinken's 6 March remark and Price's refusal of new guarantees. The wording of all quotations and paraphrases, the Jomhouri Eslami line, the former MP Reza Kazemi (invented) and his tweet, the 'Iran International has learned' item and the Western diplomats' line are constructed.",
    ),
)

# ---------------------------------------------------------------- 503 Fars News Agency
ARTICLES["503_fars_rasht_astara_signing.txt"] = dict(
    header=" date 2023-05-17 ",
    paras=[
        ["TEHRAN (FNA)- Iran and Russia signed an agreement on Wednesday for the construction of the Rasht-Astara railway, a key missing link of the International North-South Transport Corridor (INSTC), in a ceremony attended by Iranian President Seyed Ebrahim Raisi and his Russian counterpart Vladimir Putin via videoconference."],
        ["The document was signed in Tehran by Iranian Minister of Roads and Urban Development Mehrdad Bazrpash and Russian Transport Minister Vitaly Savelyev, who had arrived in the Iranian capital on Tuesday at the head of a high-ranking delegation.",
         "Under the agreement, Russia will provide a state loan of 1.3 billion euros for the 162-km railway, which will link the Caspian port city of Rasht to Astara on the border with the Republic of Azerbaijan."],
        ["Addressing the ceremony, Raisi described the agreement as \"an important and strategic step\" in cooperation between Tehran and Moscow, and stressed that the corridor would cut the time and cost of transit between the countries of the region.",
         "He added that the cruel sanctions imposed by Washington on the Iranian nation had failed to stop the expansion of Iran's economic ties with its neighbors and friends."],
        ["President Putin, for his part, said the unique North-South transport artery would help to significantly diversify global traffic flows, and called the Rasht-Astara project a \"truly strategic\" step for both countries.",
         "The Russian president noted that once the railway is completed, goods from St. Petersburg will reach Iran's ports in the Persian Gulf and India's Mumbai in about ten days."],
        ["The INSTC is based on an agreement signed by Iran, Russia and India in 2000 for the transport of goods between the Indian Ocean and Northern Europe."],
        ["Tehran and Moscow, which are both under heavy sanctions by the US and its European allies, have expanded cooperation in the fields of energy, transport and banking in recent months, and in January the two countries connected their interbank messaging systems to bypass the SWIFT network."],
        ["Some Iranian lawmakers had in recent months criticized the slow pace of Russian investment in the project.",
         "But Bazrpash dismissed the criticism, telling FNA that the signing showed the Russian side's \"serious determination\" to complete the route within four years."],
        ["Some Western media outlets have reported disagreements between Tehran and Moscow over the project's financing, claims that officials of both countries have repeatedly rejected."],
        ["On the sidelines of the ceremony, Savelyev and Bazrpash also discussed the development of the Caspian ports of Astrakhan and Anzali and the launch of new direct flights between the two countries."],
    ],
    source=dict(
        title="Iran, Russia Sign Agreement on Construction of Rasht-Astara Railway",
        outlet="synthetic (Fars News Agency style, translated English)",
        published="2023-05-17",
        notes="Written for evaluation in Fars News Agency English style ('TEHRAN (FNA)-' dateline with no space before the hyphen, 'Seyed Ebrahim Raisi', 'the Republic of Azerbaijan', 'the cruel sanctions', 'the Iranian nation', 'the Russian side', 'telling FNA', 'Some Western media outlets' framing, straight quotes, translated feel). Date also in the file's header. Title written by the team: the file has no headline. A Wednesday, so 'on Wednesday' = 2023-05-17, 'on Tuesday' = 2023-05-16, 'in January' = 2023-01, 'in recent months' = 2023 (year), 'in 2000' = 2000. Based on the widely reported 17 May 2023 Rasht-Astara railway agreement (signed in Tehran by Bazrpash and Savelyev, with Raisi and Putin joining by video link; EUR 1.3 billion Russian state loan; 162 km), Raisi's 'important and strategic step' and Putin's remark on diversifying global traffic flows, the 2000 INSTC agreement and the January 2023 link of the Iranian and Russian interbank messaging systems. Savelyev's arrival day and delegation, the lawmakers' criticism, Bazrpash's FNA remark and four-year line, the Western-media line, the sidelines talks (ports, flights) and the ten-day figure are constructed or approximate.",
    ),
)

# ---------------------------------------------------------------- 504 Azernews
ARTICLES["504_azernews_trip_route_tehran_moscow.txt"] = dict(
    header=None,
    paras=[
        ["Tehran fumes, Moscow frets as Washington deal opens Zangezur route"],
        ["By Nigar Abbasova"],
        ["The joint declaration signed by President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan at the White House on August 8 has been met with open alarm in Tehran and quiet irritation in Moscow, two capitals wary of a growing US role in the region."],
        ["Under the declaration, Armenia will grant the United States development rights to a transit route through Zangezur, to be named the \"Trump Route for International Peace and Prosperity\" (TRIPP) and to link mainland Azerbaijan with its Nakhchivan exclave.",
         "The document was also signed by US President Donald Trump, who hosted the two leaders and said the deal ended a conflict that had lasted more than 35 years."],
        ["The harshest reaction came from Ali Akbar Velayati, an adviser to Iran's Supreme Leader, who warned on Saturday that the route would become \"a graveyard for Trump's mercenaries\" and that Iran would block it \"with or without Russia.\"",
         "The remark was widely seen as a swipe at Moscow, which Tehran had hoped would take a firmer stand against the project."],
        ["Official Tehran has since tried to soften its tone.",
         "Foreign Ministry spokesman Esmaeil Baghaei said the Islamic Republic welcomed the peace agreement between Baku and Yerevan but was concerned about \"any form of foreign intervention\" near its borders.",
         "Iranian President Masoud Pezeshkian is expected to visit Yerevan later this month, where Iranian officials say he will seek guarantees that Iran's border with Armenia will remain open."],
        ["Political analyst Elchin Mammadli told Azernews that Velayati's threats reflected \"frustration, not strength.\"",
         "\"Tehran is threatening a road that does not even cross its territory,\" he said.",
         "\"For decades, Tehran and Moscow were used to deciding the fate of this region without the people who live in it, and that era is over.\""],
        ["The Russian Foreign Ministry was more cautious.",
         "Its spokeswoman Maria Zakharova said on Saturday that Moscow welcomed any steps towards peace between Baku and Yerevan, but warned against the involvement of \"non-regional players\" such as the United States and said solutions should be found in the 3+3 format involving Russia, Iran and Türkiye."],
        ["Analysts in Baku note that the Russian border guards who were to oversee transport links under the trilateral statement signed by Russia, Azerbaijan and Armenia in November 2020 have no role in the new arrangement, a setback for Moscow's standing in the region.",
         "Both Tehran and Moscow have long presented themselves as Armenia's protectors, yet neither came to Yerevan's aid during the 44-day war in 2020, a fact that Armenian officials themselves have acknowledged."],
        ["President Ilham Aliyev said on Monday that the new route would serve the interests of all neighbours, including Iran and Russia, and that Azerbaijan had no intention of harming anyone."],
        ["Here we are to serve you with news right now.",
         "It does not cost much, but worth your attention."],
        ["Choose to support open, independent, quality journalism and subscribe on a monthly basis."],
    ],
    source=dict(
        title="Tehran fumes, Moscow frets as Washington deal opens Zangezur route",
        outlet="synthetic (Azernews style, Azerbaijani state-leaning English)",
        published="2025-08-12",
        notes="Written for evaluation in Azernews style (headline line, byline line 'By Nigar Abbasova' (invented), Baku viewpoint: 'Zangezur', 'Official Tehran', 'the 44-day war', 'Türkiye', 'told Azernews', straight quotes, British 'neighbours', closing subscription appeal as boilerplate). No date header: the date is given only here. Headline is the file's first line, the byline the second. A Tuesday, so 'August 8' = 2025-08-08, 'on Saturday' = 2025-08-09, 'on Monday' = 2025-08-11, 'later this month' = 2025-08, 'in November 2020' = 2020-11, 'in 2020' = 2020. Based on the widely reported 8 August 2025 White House declaration signed by Aliyev, Pashinyan and Trump and the TRIPP route through Syunik, Velayati's 9 August 2025 threat ('graveyard for Trump's mercenaries', 'with or without Russia'), the Iranian Foreign Ministry's cautious welcome with a warning about foreign intervention, Russia's call for regional solutions and the 3+3 format, the November 2020 trilateral statement (Russian border guards on transport links) and Pezeshkian's August 2025 Yerevan visit. The wording of all quotations and paraphrases, the analyst Elchin Mammadli (invented), the 'Analysts in Baku' line, the Armenian officials' acknowledgement, Aliyev's Monday remark and the byline are constructed.",
    ),
)

# ---------------------------------------------------------------- 505 Dawn
ARTICLES["505_dawn_pakistan_iran_strikes_russia.txt"] = dict(
    header=" date 2024-01-19 ",
    paras=[
        ["ISLAMABAD: Pakistan on Thursday carried out strikes on what it called terrorist hideouts in Iran’s Sistan-o-Baluchestan province, two days after Tehran launched missile and drone attacks on a village in Balochistan’s Panjgur district."],
        ["The Foreign Office (FO) said the “highly coordinated and specifically targeted precision military strikes”, codenamed Marg Bar Sarmachar, had killed a number of terrorists of the Balochistan Liberation Army and the Balochistan Liberation Front hiding in “ungoverned spaces” inside Iran."],
        ["“Pakistan fully respects the sovereignty and territorial integrity of the Islamic Republic of Iran,” FO spokesperson Mumtaz Zahra Baloch said at her weekly briefing.",
         "“The sole objective of today’s act was the pursuit of Pakistan’s own security and national interest, which is paramount and cannot be compromised.”"],
        ["Tehran condemned the strikes, which it said had killed nine people, including four children, none of them Iranian nationals, and summoned Pakistan’s chargé d’affaires to demand an explanation."],
        ["The strikes came a day after Islamabad recalled its ambassador from Tehran, barred the Iranian envoy, who was visiting Iran at the time, from returning, and suspended all high-level visits between the two countries."],
        ["Russia and China urged the two neighbours, both members of the Shanghai Cooperation Organisation, to show restraint.",
         "Russian foreign ministry spokeswoman Maria Zakharova said Moscow was “seriously concerned” by the escalation between “two friendly countries” and called on Islamabad and Tehran to resolve their differences “exclusively by political and diplomatic means”.",
         "Chinese foreign ministry spokeswoman Mao Ning said Beijing was ready to play a “constructive role” in easing tensions if both sides so wished."],
        ["In Washington, State Department spokesman Matthew Miller condemned Iran’s strike, noting that Tehran had violated the borders of Iraq, Syria and Pakistan within days."],
        ["Iranian Foreign Minister Hossein Amir-Abdollahian, speaking in Davos on Wednesday, said Iran had struck only “Iranian terrorists” of the Jaish al-Adl group on Pakistani soil and that no Pakistani nationals had been targeted."],
        ["Moscow’s measured response was closely watched in Islamabad, where officials note that Russia has deepened its military partnership with Tehran since the war in Ukraine began while courting Pakistan as a buyer of discounted crude."],
        ["Caretaker Prime Minister Anwaarul Haq Kakar cut short his visit to the World Economic Forum in Davos and will chair a meeting of the National Security Committee on Friday."],
        ["Pakistan and Iran share a 900-kilometre border, and each has long accused the other of sheltering separatist militants."],
        ["Published in Dawn, January 19th, 2024"],
    ],
    source=dict(
        title="Pakistan strikes militant hideouts in Iran as Russia, China urge restraint",
        outlet="synthetic (Dawn style)",
        published="2024-01-19",
        notes="Written for evaluation in Dawn (Pakistan) style ('ISLAMABAD:' dateline with a colon, 'Pakistan on Thursday carried out', 'The Foreign Office (FO)', 'FO spokesperson Mumtaz Zahra Baloch', 'chargé d’affaires', British spelling 'neighbours', 'kilometre', curly quotes with the full stop outside, closing 'Published in Dawn, January 19th, 2024' line as boilerplate). Date also in the file's header. Title written by the team: the file has no headline. A Friday, so 'on Thursday' = 2024-01-18, 'two days after' (Thursday) = 2024-01-16, 'a day after' (Thursday) = 2024-01-17, 'on Wednesday' = 2024-01-17, 'on Friday' (the security committee meeting) = 2024-01-19. Based on the widely reported Iranian strike on Panjgur of 16 January 2024, Pakistan's recall of its ambassador on 17 January, Pakistan's 'Marg Bar Sarmachar' strikes in Sistan-Baluchestan on 18 January, Iran's summons of Pakistan's charge d'affaires, Zakharova's and Mao Ning's calls for restraint, Miller's condemnation (Iraq, Syria, Pakistan) and Amir-Abdollahian's Davos remarks on Jaish al-Adl. The exact wording of the quotations (paraphrased from the FO statement and the officials' remarks), the 'officials note' line on Russia and the 'each has long accused' line are constructed or approximate.",
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
