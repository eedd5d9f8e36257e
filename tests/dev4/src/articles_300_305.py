#!/usr/bin/env python3
"""Article texts of dev4_a (300-305), kept as blocks of sentences.

Run: python3 articles_src.py  (writes articles/*.txt and articles/sources.csv).
A block is ("line", text) for a headline, subheading, title or boilerplate line, or
("para", [sentence, ...]) for a paragraph; sentences of a paragraph are joined by one space,
blocks by a blank line. A date header, where there is one, is " date YYYY-MM-DD " put in front
of the first block, as in tests/dev2.
"""

import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))

ARTICLES = [
    # ------------------------------------------------------------------ 300 Interfax
    dict(
        file="300_interfax_gas_price_talks.txt",
        header="2025-02-26",
        title="Russia, Iran yet to agree price for gas supplies via Azerbaijan - source",
        outlet="synthetic (Interfax style)",
        notes=(
            "Written for evaluation in Interfax English wire style ('MOSCOW. Feb 26 (Interfax) -' dateline, "
            "straight quotes, 'the source said', mostly indirect speech); a Wednesday, so 'on Tuesday' = 2025-02-25, "
            "'on Monday' = 2025-02-24, 'last week' = week of Monday 2025-02-17, 'in December' = 2024-12. Date also in the file's header. "
            "Based on the widely reported 2024-2025 Gazprom-NIGC gas supply talks (June 2024 memorandum, "
            "Putin-Pezeshkian treaty of 17 January 2025, Tsivilev's 2 to 55 bcm figures); the anonymous source, the "
            "price dispute details, the NIGC statement, Paknejad's and Peskov's wording and the Bushehr debt remark are "
            "constructed. Title written by the team: the file has no headline."
        ),
        blocks=[
            ("para", [
                "MOSCOW.",
                "Feb 26 (Interfax) - Russia and Iran have not yet agreed on a price for Russian pipeline gas to be "
                "supplied to Iran through Azerbaijan, a source familiar with the negotiations told Interfax on Wednesday.",
            ]),
            ("para", [
                "The Iranian side is insisting on a price comparable to what Gazprom charges Turkey, while Moscow "
                "considers such a level commercially unjustified, the source said.",
                "\"The volumes have been agreed in principle, but the price remains the main stumbling block,\" he said.",
            ]),
            ("para", [
                "According to the source, delegations of Gazprom and the National Iranian Gas Company (NIGC) held "
                "another round of consultations in Tehran last week, but failed to narrow their differences.",
                "NIGC said in a statement after the round that the sides had reached understandings on technical "
                "issues, without mentioning the price.",
                "The next round is scheduled for March, the source added.",
            ]),
            ("para", [
                "Gazprom declined to comment.",
                "Kremlin spokesman Dmitry Peskov told reporters on Tuesday that he had no information on the details "
                "of commercial talks, but insisted that both countries had the political will to implement the project.",
            ]),
            ("para", [
                "Russian Energy Minister Sergei Tsivilev said in January that initial supplies could amount to 2 "
                "billion cubic meters per year and could later be increased to 55 billion cubic meters.",
                "Russian President Vladimir Putin discussed the gas project with his Iranian counterpart Masoud "
                "Pezeshkian during talks in the Kremlin on January 17, when the two leaders also signed a treaty on "
                "comprehensive strategic partnership.",
            ]),
            ("para", [
                "Gazprom and NIGC signed a memorandum on the supply of Russian gas to Iran in St. Petersburg in June 2024.",
                "Azerbaijan has said it is ready to provide transit through its territory, Interfax reported earlier.",
            ]),
            ("para", [
                "Iranian Oil Minister Mohsen Paknejad asserted on Monday that the price must be \"reasonable\" and that "
                "Tehran would not sign a contract with Gazprom \"at any cost,\" the Shana news agency reported.",
                "He also said Iran was holding talks with Turkmenistan on gas swap deliveries.",
            ]),
            ("para", [
                "A number of Iranian lawmakers have criticized the project, arguing that Russia is seeking to use the "
                "Iranian market to make up for the gas sales it has lost in Europe, the Tasnim agency reported.",
            ]),
            ("para", [
                "It was reported in December that Iran had asked Russia to begin deliveries before the winter peak "
                "in demand.",
                "Iran, which holds the world's second-largest gas reserves, faced a shortfall of around 250 million "
                "cubic meters per day this winter, forcing the authorities to cut supplies to industry and power plants.",
            ]),
            ("para", [
                "The source also said the Russian side had raised the question of Iran's outstanding debt to Rosatom "
                "for the construction of the Bushehr nuclear power plant.",
                "Rosatom did not confirm that the issue had been discussed.",
            ]),
        ],
    ),
    # ------------------------------------------------------------------ 301 Press TV
    dict(
        file="301_presstv_leader_putin_meeting.txt",
        header=None,
        title="Leader: Iran, Russia must stay vigilant against Western deception",
        outlet="synthetic (Press TV / IRNA style)",
        notes=(
            "Written for evaluation in Iranian state-media English style (Press TV / IRNA: 'Leader of the Islamic "
            "Revolution Ayatollah Seyyed Ali Khamenei', 'the Leader', 'the Zionist regime', 'the Islamic Republic', "
            "titles before names, curly quotes); a Tuesday, so 'on Tuesday' = 2022-07-19. No date header: the date is "
            "given only here. Headline is the file's first line. Based on Putin's 19 July 2022 visit to Tehran "
            "(meetings with Khamenei and Raisi, the NIOC-Gazprom memorandum, the Astana-format summit with Erdogan, "
            "Khamenei's meeting with Erdogan); all quotations are paraphrased or constructed."
        ),
        blocks=[
            ("line", "Leader: Iran, Russia must stay vigilant against Western deception"),
            ("para", [
                "Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei says Iran and Russia need to remain "
                "vigilant against Western deception, stressing that long-term cooperation between the two countries "
                "is deeply beneficial to both.",
            ]),
            ("para", [
                "The Leader made the remarks in a meeting with visiting Russian President Vladimir Putin in Tehran on "
                "Tuesday.",
                "Ayatollah Khamenei said the Western states oppose an independent and strong Russia, adding that if "
                "the road had been open to NATO, it would not have recognized any boundaries.",
            ]),
            ("para", [
                "“War is a harsh and difficult issue, and the Islamic Republic is not at all pleased that ordinary "
                "people suffer from it,” the Leader said.",
                "“But in the case of Ukraine, had you not taken the initiative, the other side would have started a "
                "war on its own initiative.”",
            ]),
            ("para", [
                "The Leader also called for the follow-up of the agreements signed between Tehran and Moscow, "
                "including in the oil and gas sectors, “until their final conclusion.”",
                "He further said the two countries should use their national currencies in bilateral trade and "
                "gradually remove the US dollar from global transactions.",
            ]),
            ("para", [
                "President Putin, for his part, said Russia was committed to expanding its relations with the Islamic "
                "Republic in all fields and thanked the Leader for his hospitality.",
            ]),
            ("para", [
                "Earlier in the day, Putin held talks with President Ebrahim Raisi, and the two presidents witnessed "
                "the signing of a memorandum of understanding worth some $40 billion between the National Iranian Oil "
                "Company (NIOC) and Russia’s Gazprom.",
            ]),
            ("para", [
                "Later on Tuesday, Raisi hosted Putin and Turkish President Recep Tayyip Erdogan for a trilateral "
                "summit of the Astana peace process on Syria.",
                "Addressing the summit, the Iranian president said American forces must leave the region east of the "
                "Euphrates, and condemned the repeated aggressions of the Zionist regime against Syrian territory.",
            ]),
            ("para", [
                "In a separate meeting with Erdogan, the Leader warned that any military attack on northern Syria "
                "would harm Turkey, Syria and the entire region and would only benefit the terrorists.",
            ]),
            ("para", [
                "Tehran and Moscow have drawn closer since Russia launched its special military operation in Ukraine "
                "in February, as both face sweeping sanctions imposed by the United States and the European Union.",
                "Iranian officials have repeatedly said the Islamic Republic opposes war, but have blamed NATO’s "
                "eastward expansion for the conflict.",
            ]),
        ],
    ),
    # ------------------------------------------------------------------ 302 Bloomberg
    dict(
        file="302_bloomberg_eaeu_trade_oil_rivalry.txt",
        header=None,
        title="Iran’s Trade Pact With Russia Bloc Kicks In as Oil Rivalry, Rial Slump Bite",
        outlet="synthetic (Bloomberg markets style)",
        notes=(
            "Written for evaluation in Bloomberg markets style (headline line, figures, traders and analysts, "
            "'people familiar', '—With assistance from' credit line, curly quotes); a Thursday, so 'on Thursday' = "
            "2025-05-15, 'on Wednesday' = 2025-05-14, 'last year' = 2024, 'the previous year' = 2023. No date header: the date is given only here. "
            "Based on the Iran-EAEU free-trade agreement (signed December 2023, in force 15 May 2025), national-currency "
            "settlement and the Mir-Shetab link, and Russia-Iran crude competition in China; the analyst and her firm, "
            "the traders, the Iranian official, Overchuk's wording, and all figures (trade, discounts, volumes, rial "
            "rate) are constructed or approximate. Ends with a credit line (boilerplate) with invented names."
        ),
        blocks=[
            ("line", "Iran’s Trade Pact With Russia Bloc Kicks In as Oil Rivalry, Rial Slump Bite"),
            ("para", [
                "Iran’s free-trade agreement with the Eurasian Economic Union took effect on Thursday, but traders and "
                "analysts say it will do little to revive commerce with Russia as the two sanctioned oil exporters "
                "compete for the same buyers in Asia.",
            ]),
            ("para", [
                "The deal, signed in December 2023, cuts or removes tariffs on almost 90% of goods traded between Iran "
                "and the bloc’s five members, according to the Eurasian Economic Commission, the union’s executive body.",
            ]),
            ("para", [
                "Trade between Russia and Iran fell about 17% last year to roughly $4.8 billion, according to Iranian "
                "customs figures, far short of the $10 billion goal that Presidents Vladimir Putin and Masoud "
                "Pezeshkian set when they signed a strategic partnership treaty in January.",
                "Russian exports to Iran had risen by about a fifth the previous year.",
            ]),
            ("para", [
                "Payments remain a headache.",
                "Russian officials say more than 95% of bilateral settlements are now made in rubles and rials after "
                "the two countries linked their Mir and Shetab card networks, yet exporters complain of delays of "
                "several weeks.",
                "“The rial has lost more than half its value against the dollar in a year, and Russian sellers simply "
                "don’t want to hold it,” said Maryam Tabrizi, an analyst at Dubai-based consultancy Gulf Energy Insight.",
            ]),
            ("para", [
                "In oil, Russia and Iran are rivals rather than partners.",
                "Russian ESPO crude has been offered to independent refiners in China’s Shandong province at about $2 a "
                "barrel below ICE Brent for June-arriving cargoes, pushing the discount on Iranian Light to around "
                "$3.30, the widest since January, according to traders who buy both grades.",
                "China took about 1.4 million barrels a day of Iranian crude in April, ship-tracking data show, even as "
                "Washington has stepped up sanctions on tankers and Chinese terminals handling the oil since President "
                "Donald Trump restored his “maximum pressure” policy in February.",
            ]),
            ("para", [
                "Russian Deputy Prime Minister Alexei Overchuk dismissed talk of a price war on Wednesday, telling "
                "reporters in Moscow that Russian and Iranian oil “serve different markets” and that the free-trade "
                "deal would lift turnover with Iran “significantly” this year.",
            ]),
            ("para", [
                "Some in Tehran are less sanguine.",
                "An Iranian official familiar with the talks, who asked not to be identified because the discussions "
                "are private, said Russian negotiators had pressed for lower Iranian tariffs on farm goods while "
                "refusing to cut prices for wheat and sunflower oil.",
                "Russia is Iran’s largest supplier of wheat, while Iran sells mainly fruit, vegetables and "
                "petrochemicals to its northern neighbor.",
            ]),
            ("para", [
                "The rial traded at about 830,000 per dollar on Tehran’s open market on Thursday, according to "
                "Bonbast.com, which tracks unofficial rates.",
            ]),
            ("line", "—With assistance from Leyla Rostami and Pavel Orlov."),
        ],
    ),
    # ------------------------------------------------------------------ 303 Al-Monitor
    dict(
        file="303_almonitor_larijani_su35_israel.txt",
        header=None,
        title="Larijani’s Kremlin trip lays bare Iran’s frustration over Russian jets and Israel ties",
        outlet="synthetic (Al-Monitor analysis style)",
        notes=(
            "Written for evaluation in Al-Monitor analysis style (headline, two subheadings, anonymous officials, "
            "'told Al-Monitor', 'sources familiar with the matter', curly quotes); a Monday, so 'on Sunday' = "
            "2025-07-20 and 'in June' = 2025-06. No date header: the date is given only here. Based on Ali Larijani's "
            "20 July 2025 meeting with Putin, the June 2025 Israeli and US strikes on Iran, the undelivered Su-35s "
            "announced in 2023, reports of Iranian interest in the J-10C, and Putin's June 2025 remark about Russian "
            "speakers in Israel; the lawmaker, the sources, the Russian diplomat, the analyst and all quotations are "
            "constructed."
        ),
        blocks=[
            ("line", "Larijani’s Kremlin trip lays bare Iran’s frustration over Russian jets and Israel ties"),
            ("para", [
                "Ali Larijani, a senior adviser to Supreme Leader Ali Khamenei, met Russian President Vladimir Putin in "
                "Moscow on Sunday, in a rare visit that comes as questions mount in Tehran over what Iran has actually "
                "gained from its partnership with Russia.",
            ]),
            ("para", [
                "The Kremlin said Larijani conveyed Tehran’s assessments of the escalating situation in the Middle East "
                "and around the Iranian nuclear program, but gave no further details.",
                "Iranian state media described the meeting as “constructive.”",
            ]),
            ("para", [
                "The trip came less than a month after the 12-day war in June, when Israel and then the United States "
                "struck Iranian nuclear and military sites while Moscow limited itself to verbal condemnation.",
                "Officials in Tehran had hoped for more.",
                "“We expected more from a strategic partner, at least in air defense,” a member of parliament’s "
                "National Security and Foreign Policy Committee told Al-Monitor on condition of anonymity.",
            ]),
            ("line", "The missing jets"),
            ("para", [
                "Nowhere is the frustration sharper than over the Su-35 fighter jets.",
                "Iranian officials said in 2023 that a deal for the Russian-made aircraft had been finalized, and the "
                "air force commander later announced that the first planes would arrive within months.",
                "None has since been publicly confirmed in Iranian service, although Iranian pilots have reportedly "
                "trained on the type in Russia.",
            ]),
            ("para", [
                "According to two sources familiar with the matter, Moscow has cited its own wartime needs and "
                "bottlenecks at the Komsomolsk-on-Amur plant, while some Iranian officials suspect that Russia is "
                "reluctant to upset Israel and the Gulf states.",
                "Tehran’s interest in China’s J-10C fighter has grown since the war, several Iranian outlets reported "
                "this month, though officials have not confirmed any talks with Beijing.",
            ]),
            ("line", "The Israel factor"),
            ("para", [
                "Asked in June why Moscow had not done more for Iran, Putin noted that almost 2 million people from "
                "the former Soviet Union live in Israel and said Russia takes that into account.",
                "He also argued that the partnership treaty Moscow signed with Tehran in January contains no mutual "
                "defense obligation.",
            ]),
            ("para", [
                "Israeli Prime Minister Benjamin Netanyahu spoke to Putin by phone during the war, the Kremlin said at "
                "the time, and the Russian leader offered to mediate between Israel and Iran.",
            ]),
            ("para", [
                "Russian officials reject the notion that Moscow abandoned its partner.",
                "“Russia stood by Iran at the UN Security Council and will continue to do so,” a Russian diplomat in "
                "Moscow told Al-Monitor, hinting that the jets would follow once Russia’s own needs ease.",
            ]),
            ("para", [
                "But an analyst close to Iran’s Foreign Ministry argued that Larijani’s visit was itself a sign of "
                "dependence.",
                "“We have nowhere else to go, and Moscow knows it,” he said.",
            ]),
        ],
    ),
    # ------------------------------------------------------------------ 304 Q&A interview
    dict(
        file="304_izvestia_interview_jalali.txt",
        header="2025-01-15",
        title="Interview with Iranian Ambassador to Russia Kazem Jalali ahead of the treaty signing",
        outlet="synthetic (Q&A interview transcript, Izvestia style)",
        notes=(
            "Written for evaluation as a Q&A interview transcript (title line after the header without final "
            "punctuation, 'Izvestia:' / 'Kazem Jalali:' speaker labels, straight quotes, first person 'we'); a "
            "Wednesday, so 'on Friday' = 2025-01-17, 'last month' = 2024-12, 'in October' = 2024-10, 'this year' = "
            "2025. Date also in the file's header. Based on the run-up to the 17 January 2025 treaty signing (no "
            "mutual defence clause), the Su-35 complaints, the gas talks, the Zangezur dispute and the October 2024 "
            "Putin-Pezeshkian meeting in Ashgabat; the questions and all of Jalali's answers are constructed."
        ),
        blocks=[
            ("line", "Interview with Iranian Ambassador to Russia Kazem Jalali, Izvestia, January 15, 2025"),
            ("para", [
                "Izvestia: Mr. Ambassador, what will the new treaty change in relations between our countries?",
            ]),
            ("para", [
                "Kazem Jalali: The treaty will become the legal foundation of our relations for the next 20 years.",
                "It covers everything from energy and transport to security and culture.",
                "We have worked on the text with our Russian partners for almost three years, and I am glad that "
                "President Pezeshkian and President Putin will sign it in Moscow on Friday.",
            ]),
            ("para", [
                "Izvestia: The treaty does not contain a mutual defense clause like the one in Russia's treaty with "
                "North Korea.",
                "Some in Iran see this as proof that Moscow will not defend Iran.",
            ]),
            ("para", [
                "Kazem Jalali: Iran does not need anyone to defend it.",
                "We are not forming a military alliance with Russia, and the treaty is not directed against any third "
                "country.",
                "But it does say that neither side will help an aggressor against the other, and that is an important "
                "commitment.",
            ]),
            ("para", [
                "Izvestia: Iranian politicians have also complained that Russia has delayed deliveries of Su-35 "
                "fighters.",
                "Has the contract been fulfilled?",
            ]),
            ("para", [
                "Kazem Jalali: I am not going to discuss military-technical matters in an interview.",
                "Military cooperation between Iran and Russia is developing, and reports of delays are exaggerated.",
                "Those who want to drive a wedge between us are spreading these stories, first of all the Americans "
                "and the Zionist regime.",
            ]),
            ("para", [
                "Izvestia: Last month Gazprom and the National Iranian Gas Company said they were close to agreeing the "
                "terms of gas supplies.",
                "When will the first gas flow?",
            ]),
            ("para", [
                "Kazem Jalali: The volumes are agreed, the route through Azerbaijan is agreed, and the commercial terms "
                "are being finalized.",
                "I hope the first deliveries will begin this year.",
            ]),
            ("para", [
                "Izvestia: Some Iranian experts accuse Russia of backing Azerbaijan's plans for the so-called Zangezur "
                "corridor.",
                "Has this issue been resolved?",
            ]),
            ("para", [
                "Kazem Jalali: Our Russian friends have assured us many times that they oppose any change to the "
                "internationally recognized borders in the region.",
                "President Putin confirmed this again when he met President Pezeshkian in Ashgabat in October.",
                "We trust these assurances.",
            ]),
            ("para", [
                "Izvestia: Will President Putin visit Tehran this year?",
            ]),
            ("para", [
                "Kazem Jalali: President Putin has a standing invitation from President Pezeshkian, and we will be "
                "happy to welcome him in Tehran at any time.",
            ]),
        ],
    ),
    # ------------------------------------------------------------------ 305 Radio Farda
    dict(
        file="305_radiofarda_caspian_convention.txt",
        header="2018-08-13",
        title="Critics say Iran surrendered Caspian rights to Moscow in Aktau convention",
        outlet="synthetic (Radio Farda style)",
        notes=(
            "Written for evaluation in Radio Farda English style (Iranian opposition-leaning, critical of Moscow's "
            "role; 'the Islamic Republic', 'told Radio Farda', curly quotes); a Monday, so 'on Sunday' = 2018-08-12 "
            "and 'next month' = 2018-09; 'between 1998 and 2003' refers to the real Russia-Kazakhstan (1998), Russia-Azerbaijan (2002) and trilateral (2003) seabed deals. Date also in the file's header. Based on the Convention on the Legal Status "
            "of the Caspian Sea signed in Aktau on 12 August 2018 and the criticism of it in Iran; the lawmaker, the "
            "analysts and all quotations are constructed or paraphrased. Title written by the team: the file has no "
            "headline."
        ),
        blocks=[
            ("para", [
                "Iranian critics have accused President Hassan Rouhani’s government of surrendering the country’s "
                "rights in the Caspian Sea after it signed a convention on the sea’s legal status with Russia, "
                "Azerbaijan, Kazakhstan and Turkmenistan on Sunday, while officials insisted Iran’s share had not yet "
                "been decided.",
            ]),
            ("para", [
                "The document was signed at a summit in the Kazakh port of Aktau after more than two decades of talks "
                "that began with the collapse of the Soviet Union.",
                "Russian President Vladimir Putin hailed the convention as a “landmark,” and Kremlin aide Yuri Ushakov "
                "told reporters that it barred the armed forces of non-Caspian countries from the sea.",
            ]),
            ("para", [
                "Critics in Tehran say that clause mainly serves Moscow, whose warships used the Caspian in October "
                "2015 to fire cruise missiles across Iranian airspace at targets in Syria.",
            ]),
            ("para", [
                "Under treaties Tehran signed with Moscow in 1921 and 1940, the sea was shared by the two countries "
                "alone, and many Iranians believe Iran is entitled to half of it.",
                "Russia, Kazakhstan and Azerbaijan divided the northern seabed among themselves along median lines "
                "between 1998 and 2003, deals Tehran has never recognized.",
                "Under that method, Iran’s share would shrink to about 11 to 13 percent.",
            ]),
            ("para", [
                "“This is a new Turkmenchay,” one lawmaker from Tehran wrote on Twitter, referring to the 1828 treaty "
                "under which Iran ceded its Caucasus territories to the Russian Empire.",
            ]),
            ("para", [
                "Foreign Minister Mohammad Javad Zarif rejected the criticism, saying the convention protected Iran’s "
                "interests.",
                "Rouhani himself conceded in Aktau that the delimitation of the seabed “requires further agreements.”",
                "Foreign Ministry spokesman Bahram Ghasemi said that the share of each country had not been determined "
                "and that no agreement on the seabed would be signed without Tehran’s consent.",
            ]),
            ("para", [
                "But Iranian analysts who spoke to Radio Farda said Moscow had allegedly pushed for a quick signing to "
                "lock in the ban on foreign navies, and that Tehran, isolated by renewed US sanctions, had little "
                "leverage.",
                "“Russia has always treated Iran as a junior partner, and Sunday’s convention proves it again,” said "
                "one of them, who asked not to be named.",
            ]),
            ("para", [
                "Russia and Iran have drawn closer in recent years through their military support for Syrian President "
                "Bashar al-Assad.",
                "Rouhani is due to host Putin and Turkish President Recep Tayyip Erdogan in Tehran next month for a "
                "summit on the Syrian conflict.",
            ]),
        ],
    ),
]


def render(a):
    parts = []
    for kind, val in a["blocks"]:
        parts.append(val if kind == "line" else " ".join(val))
    text = "\n\n".join(parts) + "\n"
    if a["header"]:
        text = f" date {a['header']} " + text
    return text


def sentences(a):
    """All annotatable units (sentences and lines) of an article, in order."""
    out = []
    for kind, val in a["blocks"]:
        out.extend([val] if kind == "line" else val)
    return out


def main():
    art = os.path.join(HERE, "articles")
    os.makedirs(art, exist_ok=True)
    rows = []
    for a in ARTICLES:
        with open(os.path.join(art, a["file"]), "w", encoding="utf-8", newline="") as f:
            f.write(render(a))
        rows.append(dict(file=a["file"], title=a["title"], outlet=a["outlet"], url="",
                         published=a.get("published") or a["header"] or PUBLISHED[a["file"]],
                         date_basis="metadata", notes=a["notes"]))
    with open(os.path.join(art, "sources.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["file", "title", "outlet", "url", "published", "date_basis", "notes"])
        w.writeheader()
        w.writerows(rows)


PUBLISHED = {
    "301_presstv_leader_putin_meeting.txt": "2022-07-19",
    "302_bloomberg_eaeu_trade_oil_rivalry.txt": "2025-05-15",
    "303_almonitor_larijani_su35_israel.txt": "2025-07-21",
}

if __name__ == "__main__":
    main()
