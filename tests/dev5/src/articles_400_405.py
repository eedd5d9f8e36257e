#!/usr/bin/env python3
"""Article text for dev5_a (400-405), kept as paragraphs of sentences.

Run: python3 src/articles_src.py -> writes articles/*.txt and articles/sources.csv.
Each article: optional date header (prefixed to the first paragraph, as in dev4),
then paragraphs separated by a blank line; sentences of a paragraph joined by one space."""

import csv
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ART = os.path.join(HERE, "articles")

ARTICLES = {}

ARTICLES["400_ap_su35_deal_finalized.txt"] = dict(
    header=" date 2023-11-29 ",
    paras=[
        ["TEHRAN, Iran (AP) — Iran has finalized a deal to buy Russian Su-35 fighter jets, a senior defense official said Tuesday, though he gave no timetable for aircraft that Iranian lawmakers first said would arrive nearly a year ago."],
        ["Deputy Defense Minister Brig. Gen. Mahdi Farahi told the semiofficial Tasnim news agency that arrangements had also been completed for Mi-28 attack helicopters and Yak-130 jet trainers to join Iran's armed forces.",
         "He did not say how many aircraft were involved or how much Tehran would pay for them."],
        ["There was no immediate comment from Moscow, which rarely discusses its arms sales to Iran."],
        ["The announcement is the latest in a string of claims about the jets that have yet to materialize.",
         "In January, Shahriar Heydari, a member of parliament's national security committee, said the first Russian Su-35s would arrive in Iran by the end of March.",
         "That deadline passed without any sign of the planes.",
         "Two Russian-built Yak-130 trainers arrived in September, Iranian state television reported, the only publicly confirmed delivery so far."],
        ["Iran's air force still relies largely on American-made F-14s and F-4s bought before the 1979 Islamic Revolution, and Tehran has long sought modern fighters from Moscow."],
        ["The two countries have drawn closer since Russia launched its full-scale invasion of Ukraine in February 2022, and both are under heavy Western sanctions.",
         "The United States and Ukraine accuse Iran of supplying Russia with the Shahed drones that have pounded Ukrainian cities and power plants.",
         "Tehran acknowledged last year that it had sent a small number of drones to Moscow, but insists they were shipped before the war."],
        ["Analysts say Moscow, which needs every warplane it can build for its own war, may be reluctant to part with the jets.",
         "\"The Russians have promised Iran these planes for years, and every year there is a new excuse,\" said Kaveh Sadeghi, a Tehran-based defense analyst."],
        ["Moscow has also been wary of upsetting Israel and Gulf Arab states, both of which have urged it not to sell advanced weapons to Tehran, according to Western officials."],
        ["Relations hit a bump in July, when Iran summoned Russia's envoy over a joint statement Moscow signed with the Gulf Cooperation Council that questioned Iran's sovereignty over three disputed islands in the Persian Gulf.",
         "Iran's Foreign Ministry said at the time that the islands were \"an eternal part\" of Iranian territory."],
        ["Associated Press writer Elena Markova in Moscow contributed to this report."],
    ],
    source=dict(
        title="Iran says it has finalized deal for Russian Su-35 jets, but gives no delivery date",
        outlet="synthetic (AP wire style)",
        published="2023-11-29",
        notes="Written for evaluation in AP wire style ('TEHRAN, Iran (AP) —' dateline, 'said Tuesday' without 'on', straight quotes, 'semiofficial', contributor line as boilerplate); a Wednesday, so 'Tuesday' = 2023-11-28, 'In January' = 2023-01, 'the end of March' = 2023-03, 'in September' = 2023-09, 'In July' = 2023-07, 'last year' = 2022. Date also in the file's header. Title written by the team: the file has no headline. Based on the widely reported 28 November 2023 Tasnim report quoting Deputy Defence Minister Mahdi Farahi on the Su-35/Mi-28/Yak-130 purchase, MP Shahriar Heydari's January 2023 prediction, the September 2023 Yak-130 delivery, Iran's November 2022 drone acknowledgement and the July 2023 summons over the Russia-GCC islands statement; Farahi's exact wording, the analyst Kaveh Sadeghi, the Western-officials line, the Foreign Ministry phrase and the contributor's name are constructed.",
    ),
)

ARTICLES["401_tehrantimes_kazan_pezeshkian_putin.txt"] = dict(
    header=None,
    paras=[
        ["Pezeshkian, Putin hail ‘strategic’ ties on sidelines of BRICS summit in Kazan"],
        ["TEHRAN – President Masoud Pezeshkian and his Russian counterpart Vladimir Putin met on Wednesday on the sidelines of the 16th BRICS summit in the Russian city of Kazan, stressing that relations between Tehran and Moscow have entered a new stage."],
        ["Pezeshkian, who arrived in Kazan on Tuesday at the head of a high-ranking delegation including Foreign Minister Abbas Araghchi, was attending the summit for the first time since the Islamic Republic became a full member of BRICS in January.",
         "It was his second meeting with the Russian president in less than two weeks, after the two held talks in Ashgabat on October 11."],
        ["Describing Iran as “a close friend and a strategic partner”, Putin said the comprehensive strategic partnership treaty being drafted by the two sides was almost ready and could be signed soon.",
         "The Iranian president, for his part, called the ties “strategic and sincere” and said Tehran was determined to complete joint projects, including the Rasht-Astara railway, as soon as possible."],
        ["He also stressed that cooperation within BRICS could help member states resist the unilateralism of the United States and neutralize the impact of sanctions.",
         "Pezeshkian strongly condemned the crimes of the Zionist regime in Gaza and Lebanon and criticized Western governments for supplying Tel Aviv with weapons."],
        ["The two presidents also discussed developments in the South Caucasus, according to a statement released by the Iranian presidential office.",
         "Tehran has repeatedly warned against any change to internationally recognized borders in the region, and last month it summoned the Russian ambassador after remarks by Foreign Minister Sergey Lavrov were seen in Iran as backing Azerbaijan’s demand for the so-called Zangezur corridor.",
         "Moscow later assured Tehran that its position had not changed, and Russian Ambassador Alexey Dedov told reporters that Russia respected the territorial integrity of Armenia."],
        ["Also on Wednesday, Pezeshkian held talks with Chinese President Xi Jinping and Indian Prime Minister Narendra Modi on the sidelines of the gathering."],
        ["Speaking to the Tehran Times, political analyst Hossein Mousavi said Iran’s presence in Kazan showed that Western efforts to isolate the Islamic Republic had failed.",
         "“Russia has realized that it needs Iran as much as Iran needs Russia,” he said, adding that the upcoming treaty would “institutionalize” the partnership."],
    ],
    source=dict(
        title="Pezeshkian, Putin hail ‘strategic’ ties on sidelines of BRICS summit in Kazan",
        outlet="synthetic (Tehran Times style)",
        published="2024-10-24",
        notes="Written for evaluation in Tehran Times style (headline line, 'TEHRAN –' dateline with an en dash, 'the Islamic Republic', 'the Zionist regime', 'Tel Aviv' for Israel, 'Sergey', curly quotes, 'Speaking to the Tehran Times'); a Thursday, so 'on Wednesday' = 2024-10-23, 'on Tuesday' = 2024-10-22, 'in January' = 2024-01 (Iran's BRICS membership), 'last month' = 2024-09. No date header: the date is given only here. Headline is the file's first line. Based on the 23 October 2024 Pezeshkian-Putin meeting at the Kazan BRICS summit, their 11 October 2024 Ashgabat meeting, Pezeshkian's Kazan meetings with Xi and Modi, and the September 2024 Zangezur summons; the wording of all quotations, the presidential-office statement, Dedov's remark and the analyst Hossein Mousavi are constructed or paraphrased. Mostly cooperation (not a friction article), with the Zangezur episode as a side note.",
    ),
)

ARTICLES["402_kommersant_rasht_astara_cost.txt"] = dict(
    header=" date 2025-04-09 ",
    paras=[
        ["The start of construction of the Rasht–Astara railway in Iran, which Russia has undertaken to co-finance, has been postponed again, Kommersant has learned.",
         "Moscow and Tehran have still not agreed on the final cost of the 162-kilometre line or on who will bear the expense if the estimate is exceeded, two sources familiar with the preparation of the project told Kommersant."],
        ["Under the intergovernmental agreement signed in May 2023, Russia is to provide Iran with a state loan of €1.3 billion, which would cover most of the line’s estimated cost of €1.6 billion.",
         "The money was to be released in tranches after the Iranian side completed the acquisition of land along the route."],
        ["Tehran maintains that this stage is all but finished.",
         "Iran’s Minister of Roads and Urban Development Farzaneh Sadegh said in March that more than 90% of the land had been acquired and called on Russian contractors to “move from paper to the construction site.”"],
        ["The Russian side sees the situation differently.",
         "A federal official told Kommersant that the updated estimate submitted to Moscow by Iranian Railways at the end of last year exceeded the original one by almost 40%.",
         "“We are not going to finance someone else’s appetites,” the official said, adding that Moscow wants an independent audit of the figures.",
         "Russian Railways, which is to take part in designing and building the line in Iran, declined to comment."],
        ["Deputy Prime Minister Alexei Overchuk, who oversees the project, said last week that the parties were at the final stage of agreeing on an engineering contract and that work could begin this year.",
         "Similar assurances were given in 2023 and 2024."],
        ["The Rasht–Astara section is the missing link of the western route of the North–South international transport corridor, which is to connect Russian ports on the Baltic with India via Azerbaijan and Iran.",
         "For now, cargo has to be reloaded onto trucks between Rasht and Astara, which makes the route slower and more expensive than shipping through the Suez Canal."],
        ["Several members of the Majlis have accused Moscow of dragging its feet, noting that Iran has already spent its own budget funds on buying out the land, the ILNA agency reported on Monday.",
         "Kommersant’s interlocutors in Moscow, in turn, point to the risk of secondary sanctions and to difficulties with bank transfers, which have also slowed the disbursement of the loan."],
        ["The railway was among the issues discussed by Vladimir Putin and Iranian President Masoud Pezeshkian in Moscow in January, when the two leaders signed a treaty on comprehensive strategic partnership.",
         "At the time, the Russian president called the project one of “truly global significance.”",
         "Russian-Iranian trade grew by just 3.4% last year, to $4.8 billion, according to the Federal Customs Service."],
    ],
    source=dict(
        title="Rasht–Astara railway stalls again over cost dispute",
        outlet="synthetic (Kommersant style, translated English)",
        published="2025-04-09",
        notes="Written for evaluation in the style of Kommersant's translated English business coverage ('Kommersant has learned', 'a federal official told Kommersant', 'Kommersant's interlocutors', 'the Iranian side', metric units and euros, curly quotes); a Wednesday, so 'on Monday' = 2025-04-07, 'last week' = week of Monday 2025-03-31, 'in March' = 2025-03, 'at the end of last year' and 'last year' = 2024, 'this year' = 2025, 'in January' = 2025-01. Date also in the file's header. Title written by the team: the file has no headline. Based on the widely reported Rasht-Astara railway agreement of 17 May 2023 (EUR 1.3 billion Russian state loan, about EUR 1.6 billion cost), the repeated delays, Iranian land acquisition and the 17 January 2025 treaty; the two sources, the federal official and his quotation, the 40% estimate, Sadegh's and Overchuk's wording, the ILNA report on MPs, the Putin phrase and the trade figures are constructed or approximate.",
    ),
)

ARTICLES["403_kyivindependent_esbati_leak.txt"] = dict(
    header=" date 2025-01-09 ",
    paras=[
        ["A senior Iranian general has accused Russia of deceiving Tehran during the war in Syria and of standing aside when Israel struck Iran in October, according to a leaked recording of his speech published by Iranian media this week."],
        ["Brig. Gen. Behrouz Esbati, who oversaw Iranian military operations in Syria, told an audience at a Tehran mosque on Dec. 31 that Russian jets had claimed to be striking militants while in fact “bombing open fields.”",
         "He also alleged that Russian forces had switched off their radars in Syria while Israeli jets carried out strikes there, and that Moscow had rebuffed Iranian requests for help."],
        ["The Kremlin has not commented on the recording."],
        ["Esbati’s remarks, made less than a month after the fall of Syrian dictator Bashar al-Assad, offer a rare public glimpse of mistrust between Moscow and Tehran, which have deepened their military cooperation since Russia launched its full-scale invasion of Ukraine.",
         "Both Russia and Iran had propped up Assad’s regime for years before rebels led by Hayat Tahrir al-Sham seized Damascus on Dec. 8.",
         "Assad fled to Moscow, where the Kremlin granted him asylum."],
        ["Since 2022, Iran has supplied Russia with thousands of Shahed-type attack drones, which Moscow now also produces under license at the Alabuga plant in Tatarstan, along with artillery ammunition.",
         "Western governments said in September that Tehran had also delivered Fath-360 short-range ballistic missiles, a claim Iran denies."],
        ["Read also: Ukraine war latest: Russia launches over 70 drones overnight, Air Force says"],
        ["Ukraine’s Foreign Ministry spokesperson Heorhii Tykhyi said the general’s words showed that “Russia betrays everyone who trusts it.”",
         "“Tehran should draw its own conclusions before the Kremlin signs yet another document it has no intention of honoring,” he told the Kyiv Independent."],
        ["Russian President Vladimir Putin and Iranian President Masoud Pezeshkian are scheduled to sign a comprehensive strategic partnership treaty in Moscow on Jan. 17.",
         "Russian Deputy Foreign Minister Andrei Rudenko has said the treaty will not contain a mutual defense clause, unlike Moscow’s 2024 pact with North Korea."],
        ["Ukraine stripped the Iranian ambassador of his accreditation in September 2022 over the drone deliveries, and Kyiv has repeatedly urged Tehran to stop arming Russia."],
        ["We’ve been working hard to bring you independent, locally sourced news from Ukraine.",
         "Consider supporting the Kyiv Independent."],
    ],
    source=dict(
        title="Leaked audio: Iranian general says Russia misled Tehran in Syria, stood aside during Israeli strikes",
        outlet="synthetic (Kyiv Independent style)",
        published="2025-01-09",
        notes="Written for evaluation in Kyiv Independent style ('full-scale invasion', 'Dec. 31', 'Read also:' line and the closing appeal as boilerplate, 'told the Kyiv Independent', curly quotes); a Thursday, so 'this week' = week of Monday 2025-01-06, 'Dec. 31' = 2024-12-31, 'in October' = 2024-10, 'Dec. 8' = 2024-12-08, 'in September' = 2024-09, 'Jan. 17' = 2025-01-17. Date also in the file's header. Title written by the team: the file has no headline. Based on the widely reported leaked speech of IRGC Brig. Gen. Behrouz Esbati (given 31 December 2024, reported in early January 2025), the fall of Assad on 8 December 2024, the September 2024 Western statements on Fath-360 transfers, Rudenko's remarks on the treaty and Ukraine's September 2022 downgrade of ties with Iran; the exact wording of Esbati's claims, Tykhyi's remarks and the 'Read also' headline are constructed or paraphrased.",
    ),
)

ARTICLES["404_hindustantimes_chabahar_russia_oil.txt"] = dict(
    header=" date 2024-05-15 ",
    paras=[
        ["India on Monday signed a 10-year agreement to operate a terminal at Iran’s Chabahar port, a deal New Delhi hopes will open a trade route to Afghanistan, Central Asia and, eventually, Russia."],
        ["The contract was signed in Tehran by India Ports Global Limited (IPGL) and Iran’s Ports and Maritime Organisation in the presence of Union shipping minister Sarbananda Sonowal, who described it as a “historic moment” for ties between the two countries.",
         "Under the contract, IPGL will invest about $120 million, while India has also offered a $250 million credit line for Chabahar-related infrastructure, people aware of the matter said."],
        ["Hours later, US State Department deputy spokesperson Vedant Patel warned that “anyone considering business deals with Iran” should be aware of “the potential risk” of sanctions.",
         "External affairs minister S Jaishankar on Tuesday urged Washington not to take a “narrow view” of the project, arguing that it would benefit the entire region, including Afghanistan.",
         "He noted that the US itself had at one time appreciated Chabahar’s relevance."],
        ["Chabahar is meant to be a key node of the International North-South Transport Corridor (INSTC), a 7,200-km network of sea, rail and road routes that India, Iran and Russia agreed to develop in 2000.",
         "But the corridor’s western arm still lacks a railway between Rasht and Astara, which Moscow agreed last year to help finance with a €1.3-billion loan to Tehran."],
        ["Russia and Iran, meanwhile, have become rivals in Asia’s oil market.",
         "India stopped buying Iranian crude in May 2019, when Washington ended waivers that had allowed it to import limited volumes despite US sanctions, and since 2022 it has become the biggest buyer of seaborne Russian oil.",
         "Russian barrels made up nearly 40% of India’s crude imports last year, according to ship-tracking firm Vortexa."],
        ["In China, the last big market for Iranian oil, discounted Russian crude has been squeezing Iranian cargoes out of independent refineries, traders say.",
         "An Iranian oil official, speaking on condition of anonymity, told HT that Tehran had been forced to deepen its discounts because of what he called “unfair competition” from Russia.",
         "Russian officials have dismissed talk of a rivalry, saying Moscow and Tehran coordinate their output policies within OPEC+."],
        ["Indian officials said the government would continue to balance its relations with Washington, Moscow and Tehran, and that the Chabahar deal was not aimed at any third country."],
    ],
    source=dict(
        title="Chabahar deal signed, but US sanctions threat and Russia-Iran oil rivalry cloud India’s corridor plans",
        outlet="synthetic (Hindustan Times style)",
        published="2024-05-15",
        notes="Written for evaluation in Hindustan Times style ('people aware of the matter said', 'External affairs minister S Jaishankar', 'Union shipping minister', 'told HT', curly quotes, Indian angle); a Wednesday, so 'on Monday' = 2024-05-13, 'Hours later' = 2024-05-13, 'on Tuesday' = 2024-05-14, 'last year' = 2023. Date also in the file's header. Title written by the team: the file has no headline. Based on the widely reported 13 May 2024 IPGL-PMO ten-year Chabahar contract ($120 million investment, $250 million credit window), Vedant Patel's sanctions warning, Jaishankar's 'narrow view' remark, the 2000 INSTC agreement, the 2023 Rasht-Astara loan, India's May 2019 halt of Iranian crude imports and Russian crude competition in India and China; the exact quotation wording, the anonymous sources, the Iranian oil official, the Russian and Indian officials' lines and the 40% figure are constructed or approximate.",
    ),
)

ARTICLES["405_fp_essay_russia_not_iran_ally.txt"] = dict(
    header=None,
    paras=[
        ["Russia Is Not Iran’s Ally"],
        ["Moscow offers Tehran diplomatic cover but keeps choosing its other friends"],
        ["On Jan. 17, Russian President Vladimir Putin and his Iranian counterpart, Masoud Pezeshkian, signed a comprehensive strategic partnership treaty in the Kremlin, a document both sides hailed as the start of a new era.",
         "The text, however, contains no mutual defense clause, and the months since have shown what that omission means."],
        ["When Israel and then the United States struck Iran’s nuclear sites in June, Moscow condemned the attacks but sent no weapons.",
         "Putin later remarked that Tehran had shown little interest in an earlier Russian offer to help build an integrated air-defense network.",
         "Last month, a Russian-Chinese draft resolution that would have postponed the return of U.N. sanctions on Iran won only four votes in the Security Council, and the sanctions snapped back on Sept. 28.",
         "Moscow called the snapback, triggered in August by Britain, France, and Germany, legally void and said it would not enforce the restored measures.",
         "That is the kind of help Tehran can count on from Moscow: words and votes, never risk."],
        ["The pattern predates the war in Ukraine.",
         "Russia signed a contract in 2007 to sell Iran the S-300 air-defense system, froze it in 2010 under Western pressure, and delivered the batteries only in 2016, after Tehran had taken Moscow to court in Geneva.",
         "Iran’s purchase of Su-35 fighters, announced by Iranian officials in 2023, has yet to yield a single jet."],
        ["Meanwhile, Moscow has kept up its deconfliction arrangements with Israel over Syria, and in 2023 and again in 2024 it endorsed statements with Gulf Arab governments that questioned Iran’s sovereignty over three islands claimed by the United Arab Emirates.",
         "In September 2024, Tehran summoned Russia’s ambassador after Foreign Minister Sergei Lavrov appeared to back Azerbaijan’s demand for a “Zangezur corridor” across southern Armenia.",
         "When Armenia and Azerbaijan initialed a U.S.-brokered peace deal at the White House in August, Moscow offered only muted comment, while Ali Akbar Velayati, a senior adviser to Iran’s supreme leader, vowed that the planned route would become “a graveyard for Trump’s mercenaries.”"],
        ["Even in energy, the two partners are rivals.",
         "Since 2022, discounted Russian crude has crowded Iranian oil out of parts of the Chinese market, and the Rasht–Astara railway, for which Moscow pledged a €1.3 billion loan in 2023, still exists mostly on paper."],
        ["None of this makes the partnership hollow.",
         "Iranian drones and missiles have helped Russia sustain its war against Ukraine, and Russian diplomats have shielded Iran at the International Atomic Energy Agency’s board, voting against every Western censure resolution since 2022.",
         "But as a former Iranian diplomat told me in Tehran last year, “The Russians stand with us right up to the point where it costs them something.”",
         "Western capitals should plan accordingly."],
        ["Laleh Farzan is a senior fellow at the Center for Eurasian Security Studies and a former adviser on Iran policy."],
    ],
    source=dict(
        title="Russia Is Not Iran’s Ally",
        outlet="synthetic (Foreign Policy analysis-essay style)",
        published="2025-10-15",
        notes="Written for evaluation as a Foreign Policy-style argument essay (headline line, dek line without final punctuation, first-person 'told me', 'U.S.', 'U.N.', serial comma, curly quotes, closing author bio as boilerplate); a Wednesday, so 'Last month' = 2025-09, 'in June' = 2025-06, 'in August' = 2025-08, 'last year' = 2024. No date header: the date is given only here. Headline is the file's first line. Based on the 17 January 2025 treaty (no defence clause), the June 2025 Israeli and US strikes and Putin's air-defence remark, the 26 September 2025 Security Council vote on the Russian-Chinese draft and the 28 September snapback, the 2007-2016 S-300 saga, the 2023 Su-35 announcement, the 2023/2024 Russia-GCC islands statements, the September 2024 Zangezur summons, the 8 August 2025 Washington initialling and Velayati's threat, oil rivalry in China, the Rasht-Astara loan and Russia's IAEA votes; the author, her bio, the former diplomat and his quotation are invented.",
    ),
)


def render(a):
    body = "\n\n".join(" ".join(p) for p in a["paras"]) + "\n"
    return (a["header"] or "") + body


def main():
    os.makedirs(ART, exist_ok=True)
    rows = []
    for fn, a in ARTICLES.items():
        with open(os.path.join(ART, fn), "w", encoding="utf-8") as f:
            f.write(render(a))
        s = a["source"]
        rows.append([fn, s["title"], s["outlet"], "", s["published"], "metadata", s["notes"]])
    with open(os.path.join(ART, "sources.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["file", "title", "outlet", "url", "published", "date_basis", "notes"])
        w.writerows(rows)


if __name__ == "__main__":
    main()
