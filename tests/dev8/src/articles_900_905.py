#!/usr/bin/env python3
"""Article text for dev8_a (900-905), kept as paragraphs of sentences.

Run: python3 src/articles_src.py -> writes articles/*.txt and articles/sources.csv.
Each article: optional date header (prefixed to the first paragraph, as in dev4-dev7),
then paragraphs separated by a blank line; the sentences of a paragraph are joined by one space."""

import csv
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ART = os.path.join(HERE, "articles")

ARTICLES = {}

# ---------------------------------------------------------------- 900 The Straits Times
ARTICLES["900_straitstimes_teapots_russian_oil.txt"] = dict(
    header=None,
    paras=[
        ["Cheap Russian oil squeezes Iran in China’s teapot refinery market"],
        ["SINGAPORE – Iran has been forced to offer deeper discounts on the crude it sells to China’s independent refiners as cheaper Russian oil floods into Asia, according to traders and ship-tracking data, pitting two heavily sanctioned partners against each other."],
        ["Iranian Light is now offered at about US$11 a barrel below Brent for delivery to Shandong province, up from about US$4 in mid-2022, three Singapore-based traders told The Straits Times."],
        ["Russia’s seaborne crude, shut out of Europe by a European Union embargo and a Group of Seven price cap that took effect on Dec 5, has since been redirected to China and India, often at steep discounts of its own."],
        ["“The Russians are eating Iran’s lunch,” said one of the traders, who asked not to be named because he was not authorised to speak to the media.",
         "“The teapots only care about price, and right now Russian ESPO is cheaper and arrives faster.”"],
        ["Teheran has long relied on the so-called teapots, which buy most of its exported oil through intermediaries, often after ship-to-ship transfers in waters off Malaysia that relabel the cargoes as Malaysian crude."],
        ["In Teheran, Moscow’s push into Iran’s most important market has stirred resentment.",
         "Several members of Parliament have accused Russia of undercutting a strategic partner, and the hardline Kayhan newspaper wrote last week that Moscow was “selling at Iran’s expense”."],
        ["But Iran’s Oil Minister Javad Owji played down any rivalry on Sunday, telling state television that the two countries served “different customers” and that Teheran was not worried about its market share."],
        ["Mr Owji and Russian Deputy Prime Minister Alexander Novak agreed in Moscow last year to swap oil and gas and to coordinate on markets, although officials have given few details since."],
        ["Tan Wei Ming, an energy analyst at Singapore-based consultancy Strait Energy Insight, said he expected the squeeze to last as long as Western sanctions keep Russian oil out of Europe.",
         "“Iran has no pricing power left,” he said.",
         "“For the teapots this is a buyer’s market, and Moscow and Teheran are now competing to be the cheaper supplier.”"],
        ["Join ST’s Telegram channel and get the latest breaking news delivered to you."],
    ],
    source=dict(
        title="Cheap Russian oil squeezes Iran in China’s teapot refinery market",
        outlet="synthetic (The Straits Times style)",
        published="2023-02-22",
        notes="Written for evaluation in The Straits Times style (headline line, 'SINGAPORE –' dateline, 'US$', 'Teheran' spelling, 'Mr Owji' without full stop on second reference, 'told The Straits Times', British spelling 'authorised', curly quotes, closing 'Join ST’s Telegram channel' line as boilerplate). No date header: the date is given only here. Headline is the file's first line. A Wednesday, so 'on Dec 5' = 2022-12-05, 'last week' = week of Monday 2023-02-13, 'on Sunday' = 2023-02-19, 'last year' = 2022, 'mid-2022' = 2022. Based on widely reported facts of early 2023: the EU embargo and G7 price cap on Russian seaborne crude from 5 December 2022, the redirection of Russian crude to China and India, Chinese independent ('teapot') refiners in Shandong as the main buyers of Iranian oil, ship-to-ship transfers off Malaysia and relabelling as Malaysian crude, and the widening of Iranian discounts as Russian ESPO competed for the same buyers. The discount figures, the three traders and their quotations, the MPs' accusation, the Kayhan line, Owji's Sunday remark and the Owji-Novak swap agreement 'in Moscow last year' (the swap talks were reported in 2022; the venue is constructed), the analyst Tan Wei Ming and the consultancy Strait Energy Insight (both invented) are constructed.",
    ),
)

# ---------------------------------------------------------------- 901 DW Persian (translated)
ARTICLES["901_dwpersian_tehran_conference_photo.txt"] = dict(
    header=" date 2021-08-12 ",
    paras=[
        ["Photo of Russian and British ambassadors in Tehran angers Iranians"],
        ["The Foreign Ministry of the Islamic Republic summoned the Russian and British envoys over a picture that recalled the occupation of Iran in the Second World War"],
        ["The Foreign Ministry of the Islamic Republic of Iran on Thursday, 21 Mordad (12 August), summoned Levan Dzhagaryan, Russia's ambassador, and Simon Shercliff, Britain's ambassador, in protest at a photograph that the Russian embassy in Tehran had published a day earlier, according to Iranian media."],
        ["The picture shows the two ambassadors seated on the steps of the former Soviet embassy in the same positions as Joseph Stalin, Franklin D. Roosevelt and Winston Churchill in a famous photograph from the 1943 Tehran Conference."],
        ["The embassy said the image marked the anniversary of the wartime alliance against Nazism, but many users of social networks recalled that Soviet and British troops invaded and occupied Iran in 1941."],
        ["Mohammad Javad Zarif, the foreign minister of the outgoing government, wrote on Twitter on Wednesday night that the picture of the two ambassadors was “extremely inappropriate”.",
         "“August 2021 is neither August 1941 nor December 1943,” he added."],
        ["Several lawmakers demanded the expulsion of the two ambassadors.",
         "One of them, Reza Tavassoli, wrote that the photograph was “a humiliation of the Iranian nation” by Moscow and London."],
        ["Mr. Dzhagaryan later told the IRNA news agency that the picture had “no anti-Iranian context”, adding that Russia respected the sovereignty of the Islamic Republic.",
         "The British embassy did not respond to a request for comment from DW."],
        ["The row comes a week after Ebrahim Raisi, the new president, was sworn in promising to put ties with Russia and China at the centre of his foreign policy.",
         "Critics in Tehran say Moscow has long treated the Islamic Republic as a bargaining chip in its dealings with the West."],
        ["Relations between Tehran and Moscow are still shadowed by memories of the Russian Empire's wars with Persia in the nineteenth century and of the Soviet occupation of northern Iran during the Second World War."],
        ["This report was translated from DW Persian."],
    ],
    source=dict(
        title="Photo of Russian and British ambassadors in Tehran angers Iranians",
        outlet="synthetic (DW Persian service style, translated into English)",
        published="2021-08-12",
        notes="Written for evaluation in the style of Deutsche Welle's Persian service translated into English (not DW English): headline line, dek line without final punctuation, 'the Islamic Republic', dates given in the Iranian calendar with the Gregorian date in brackets ('21 Mordad (12 August)'), 'users of social networks', 'Mr.', 'request for comment from DW', a critical note on the government ('Critics in Tehran say'), curly quotes, closing 'This report was translated from DW Persian.' line as boilerplate. Has a date header. A Thursday, so '21 Mordad (12 August)' = 2021-08-12, 'a day earlier' and 'Wednesday night' = 2021-08-11, 'a week after' = the 2021-08-05 inauguration. Based on the widely reported August 2021 row over a photograph posted by the Russian embassy in Tehran showing the Russian ambassador Levan Dzhagaryan and the British ambassador Simon Shercliff posing as Stalin and Churchill did at the 1943 Tehran Conference, Zarif's criticism ('extremely inappropriate', 'August 2021 is neither August 1941 nor December 1943'), the summoning of both envoys, and the Russian embassy's statement that the picture had no anti-Iranian intent. The exact day of the summons, the 'according to Iranian media' line, the lawmakers' demand, the lawmaker Reza Tavassoli (invented) and his quotation, the wording of Dzhagaryan's IRNA remark, the British embassy's non-response to DW, the critics' line and the closing paragraph are constructed.",
    ),
)

# ---------------------------------------------------------------- 902 Vedomosti (translated)
ARTICLES["902_vedomosti_gazprom_nioc_memorandum.txt"] = dict(
    header=" date 2022-07-20 ",
    paras=[
        ["Gazprom and Iran sign a $40 billion memorandum that experts doubt will be implemented"],
        ["Gazprom and Iran are more likely to compete than to cooperate on gas markets, analysts warn"],
        ["Gazprom and the National Iranian Oil Company (NIOC) on Tuesday signed a memorandum of understanding on strategic cooperation, the Iranian company's press service reported."],
        ["The document, worth about $40 billion according to NIOC chief executive Mohsen Khojastehmehr, provides for Gazprom's participation in developing the Kish and North Pars gas fields and six oil fields, as well as in LNG projects and export gas pipelines."],
        ["The memorandum was signed by video link during Vladimir Putin's visit to Tehran, where the Russian president met Supreme Leader Ali Khamenei and President Ebrahim Raisi and took part in an Astana-format summit on Syria with Raisi and Turkish President Recep Tayyip Erdogan."],
        ["Gazprom's press service did not respond to a request from Vedomosti.",
         "A source close to the company told Vedomosti that the memorandum was \"a framework document\" and that no binding contracts had yet been agreed."],
        ["Russian companies have signed similar documents with Iran before.",
         "In 2018 Zarubezhneft agreed to develop two oil fields in Iran, but the project stalled after the United States withdrew from the nuclear deal and reimposed sanctions on Tehran."],
        ["Analysts interviewed by Vedomosti doubt that the new memorandum will fare better.",
         "\"Iran holds the world's second-largest gas reserves and wants to export gas itself, so for Gazprom it is a competitor, not a partner,\" said Andrei Polyakov, an analyst at Nord Capital."],
        ["The two countries also compete for buyers of crude in Asia, where Russia has been offering steep discounts since Western buyers began shunning its oil after the invasion of Ukraine in February."],
        ["A second source, in the Iranian oil industry, told Vedomosti that Tehran expected Gazprom to bring not only money but also technology that Western companies had withdrawn from Iran."],
        ["Iranian Oil Minister Javad Owji on Wednesday called the agreement \"the largest foreign investment in the history of the Iranian oil industry.\""],
        ["Translated from Russian.",
         "Subscribe to Vedomosti for full access to all materials."],
    ],
    source=dict(
        title="Gazprom and Iran sign a $40 billion memorandum that experts doubt will be implemented",
        outlet="synthetic (Vedomosti business daily style, translated into English)",
        published="2022-07-20",
        notes="Written for evaluation in the style of the Russian business daily Vedomosti translated into English (headline line, lead line without final punctuation, 'the Iranian company's press service reported', 'did not respond to a request from Vedomosti', 'A source close to the company told Vedomosti', 'Analysts interviewed by Vedomosti', '$40 billion', 'LNG', straight quotes, closing translation and subscription lines as boilerplate). Has a date header. A Wednesday, so 'on Tuesday' = 2022-07-19, 'on Wednesday' = 2022-07-20, 'in February' = 2022-02, 'In 2018' = 2018. Based on the widely reported 19 July 2022 memorandum between Gazprom and NIOC (about $40 billion; Kish and North Pars gas fields, six oil fields, LNG and pipelines), signed during Putin's visit to Tehran, where he met Khamenei and Raisi and attended the Astana-format summit with Raisi and Erdogan; Zarubezhneft's 2018 agreement on two Iranian oil fields; the US withdrawal from the JCPOA in 2018; Russian crude discounts in Asia after February 2022; and Owji's description of the deal as the largest foreign investment in Iran's oil industry. The wording of all quotations, the two anonymous sources, Gazprom's non-response, the analyst Andrei Polyakov and his firm Nord Capital (both invented) and the subscription line are constructed.",
    ),
)

# ---------------------------------------------------------------- 903 Jamestown Eurasia Daily Monitor
ARTICLES["903_jamestown_edm_3plus3_tehran.txt"] = dict(
    header=None,
    paras=[
        ["Tehran “3+3” Meeting Exposes Russian-Iranian Divergence Over South Caucasus Transit"],
        ["Publication: Eurasia Daily Monitor Volume: 20 Issue: 163"],
        ["By: Aidan Keller"],
        ["On October 23, Iranian Foreign Minister Hossein Amir-Abdollahian hosted Russian Foreign Minister Sergei Lavrov in Tehran for the second meeting of the “3+3” regional platform (IRNA, October 23).",
         "The foreign ministers of Azerbaijan, Armenia and Turkey also attended, while Georgia once again stayed away, citing Russia’s occupation of Abkhazia and South Ossetia."],
        ["Both Tehran and Moscow hailed the meeting as proof that the region could settle its problems without outside powers.",
         "Behind the show of unity, however, the gathering exposed a growing divergence between Moscow and Tehran over transit routes in the South Caucasus."],
        ["Amir-Abdollahian told journalists that Iran would not tolerate “any geopolitical change” on its northern borders, a clear reference to the so-called “Zangezur corridor” that Baku wants through Armenia’s Syunik province (Tasnim, October 23).",
         "Iran fears that such a route, especially if guarded by Russian border guards, would cut its land border with Armenia."],
        ["Moscow, by contrast, still treats the November 2020 ceasefire statement it brokered between Armenia and Azerbaijan, which placed the future route under the control of Russia’s FSB Border Service, as the basis for any settlement.",
         "On the eve of the Tehran meeting, Deputy Prime Minister Alexei Overchuk said Russia expected the transport provisions of that statement to be implemented, a remark that Iranian commentators read as support for Baku (Interfax, October 22)."],
        ["Iranian distrust was sharpened by the passivity of Russian peacekeepers during Azerbaijan’s one-day offensive in Karabakh on September 19–20, which ended the Armenian-populated enclave."],
        ["Tehran, which shares a border of about 40 kilometers with Armenia, has since presented itself as a guarantor of that border, having opened a consulate in Kapan, the capital of Syunik, last year."],
        ["Moscow has its own reasons for concern.",
         "Armenian Prime Minister Nikol Pashinyan said in September that relying solely on Russia for security had been a “strategic mistake,” and Yerevan refused to host exercises of the Russian-led Collective Security Treaty Organization this year (La Repubblica, September 3)."],
        ["For Tehran, the lesson of the autumn is that Moscow’s guarantees in the South Caucasus can no longer be taken for granted; for Moscow, Iran’s new activism on the Armenian border is an unwelcome reminder that its partner has an agenda of its own."],
    ],
    source=dict(
        title="Tehran “3+3” Meeting Exposes Russian-Iranian Divergence Over South Caucasus Transit",
        outlet="synthetic (Jamestown Foundation Eurasia Daily Monitor style)",
        published="2023-10-26",
        notes="Written for evaluation in the style of a Jamestown Foundation Eurasia Daily Monitor analysis (title-case headline line, 'Publication: Eurasia Daily Monitor Volume: … Issue: …' meta line, 'By:' byline line as boilerplate, bracketed source citations at sentence end '(IRNA, October 23)', American spelling 'kilometers', curly quotes with the comma inside, analytical closing paragraph). No date header: the date is given only here. A Thursday, so 'On October 23' = 2023-10-23, 'On the eve of the Tehran meeting' = 2023-10-22, 'on September 19–20' = 2023-09-19 (start day), 'in September' = 2023-09, 'last year' = 2022, 'this year' = 2023, 'the autumn' = 2023. Based on widely reported facts: the second 3+3 meeting in Tehran on 23 October 2023 with the foreign ministers of Iran, Russia, Turkey, Azerbaijan and Armenia and Georgia's refusal to take part; Iran's repeated opposition to 'geopolitical changes' and to a Zangezur corridor through Syunik; the November 2020 trilateral statement and the FSB border service provision; Azerbaijan's September 2023 offensive in Karabakh and the passivity of Russian peacekeepers; Iran's consulate in Kapan (opened in October 2022); Pashinyan's September 2023 'strategic mistake' interview with La Repubblica; Armenia's refusal to host CSTO exercises in 2023. The author Aidan Keller is invented; the issue number, the exact citations, the wording attributed to Amir-Abdollahian and Overchuk, the Overchuk remark on 22 October and the Iranian commentators' reading of it are constructed.",
    ),
)

# ---------------------------------------------------------------- 904 Al-Ahram Weekly
ARTICLES["904_ahramweekly_snapback_friends.txt"] = dict(
    header=None,
    paras=[
        ["Snapback and the limits of friendship"],
        ["The return of UN sanctions on Iran has tested Tehran’s friendship with Moscow and Beijing, writes Karim Fouad"],
        ["UN sanctions on Iran that had been lifted under the 2015 nuclear deal returned late on Saturday, 30 days after Britain, France and Germany triggered the so-called snapback mechanism."],
        ["A last-ditch Russian-Chinese draft resolution that would have delayed the return by six months won only four votes in the Security Council on 26 September, with nine members voting against and two abstaining.",
         "Only Pakistan and Algeria joined Moscow and Beijing in backing the text."],
        ["The outcome has all but buried the understanding that Foreign Minister Badr Abdelatty brokered in Cairo on 9 September between Iranian Foreign Minister Abbas Araghchi and International Atomic Energy Agency (IAEA) Director-General Rafael Grossi on resuming inspections."],
        ["Tehran has since said the Cairo understanding is \"no longer relevant\", and on Saturday it recalled its ambassadors to Britain, France and Germany for consultations."],
        ["Russia’s Foreign Ministry said Moscow does not recognise the reinstatement of UN sanctions against Iran and will not implement them, while Foreign Minister Sergei Lavrov told the UN General Assembly that the snapback was \"legally null and void\"."],
        ["Yet in Tehran the mood towards Moscow is far from grateful.",
         "The reformist daily Ham-Mihan asked in an editorial why Russia and China had been unable to stop a process designed to bypass them, while MP Majid Farahani said Iran should \"stop relying on friends who cannot deliver\"."],
        ["Russian Ambassador Alexey Dedov dismissed such criticism in an interview with the IRNA news agency, noting that Russia had voted against every Western resolution on Iran and that Rosatom had signed a $25 billion agreement last week to build four nuclear units in Iran’s Hormozgan province."],
        ["Diplomatic sources in Cairo told the Weekly that Egypt would keep channels open with both Tehran and the IAEA.",
         "According to one of them, Abdelatty warned Araghchi that without inspections the region risked another round of Israeli strikes on Iran."],
        ["*A version of this article appears in print in the 2 October, 2025 edition of Al-Ahram Weekly"],
    ],
    source=dict(
        title="Snapback and the limits of friendship",
        outlet="synthetic (Al-Ahram Weekly style)",
        published="2025-10-02",
        notes="Written for evaluation in Al-Ahram Weekly style (short headline line, standfirst ending 'writes Karim Fouad' without final punctuation, Cairo angle, 'Foreign Minister Badr Abdelatty', 'told the Weekly', 'Diplomatic sources in Cairo', British spelling, straight quotes, closing '*A version of this article appears in print in the … edition of Al-Ahram Weekly' line as boilerplate). No date header: the date is given only here. A Thursday, so 'late on Saturday' and 'on Saturday' = 2025-09-27, '30 days after' = 2025-08-28, 'on 26 September' = 2025-09-26, 'on 9 September' = 2025-09-09, 'last week' = week of Monday 2025-09-22. Based on widely reported facts: the E3's triggering of snapback on 28 August 2025, the return of UN sanctions at the end of 27 September (00:00 GMT 28 September), the failed Russian-Chinese draft of 26 September (4 in favour: Russia, China, Pakistan, Algeria; 9 against; 2 abstentions), the Cairo understanding between Araghchi and Grossi of 9 September brokered by Egypt, Iran's recall of its ambassadors from the E3 for consultations on 27 September, Russia's non-recognition of the reinstated sanctions, Lavrov's address to the UN General Assembly, and Rosatom's $25 billion agreement of 26 September 2025 for four units in Hormozgan (Sirik). The byline Karim Fouad (invented), the Ham-Mihan editorial, the MP Majid Farahani (invented) and his quotation, Dedov's IRNA interview, the diplomatic sources and the reported Abdelatty warning, and the exact wording of Tehran's 'no longer relevant' line are constructed.",
    ),
)

# ---------------------------------------------------------------- 905 Majlis committee press release (translated)
ARTICLES["905_majlis_nsfp_committee_russia.txt"] = dict(
    header=" date 2025-07-29 ",
    paras=[
        ["In the Name of God, the Compassionate, the Merciful"],
        ["Press Release of the National Security and Foreign Policy Committee on Relations with the Russian Federation"],
        ["Unofficial English translation"],
        ["The National Security and Foreign Policy Committee of the Islamic Consultative Assembly, in its session of Sunday, 5 Mordad 1404 (27 July 2025), reviewed the state of relations between the Islamic Republic of Iran and the Russian Federation in the presence of the Deputy Foreign Minister for Political Affairs, Dr. Majid Takht-Ravanchi."],
        ["According to Ebrahim Rezaei, spokesman of the committee, members expressed dissatisfaction with the failure of the Russian side to deliver, within the agreed timetable, defence equipment for which the Islamic Republic of Iran has paid in full."],
        ["Members also stated that the Comprehensive Strategic Partnership Treaty, ratified by the Assembly on 31 Ordibehesht (21 May), contains no obligation of mutual military assistance, and that the support of the Russian Federation during the imposed war of the Zionist regime and the United States was confined to political statements."],
        ["In response, Dr. Takht-Ravanchi reported that the Russian Federation had condemned the aggression in the Security Council and in the Board of Governors of the International Atomic Energy Agency, and that consultations with Moscow continue at the highest levels.",
         "He added that the Russian side had offered to mediate and had declared its readiness to expand cooperation in the peaceful use of nuclear energy."],
        ["Several members criticised reports that Russian officials had discussed the nuclear file of the Islamic Republic with the American side without coordination with Tehran, and called on the Ministry of Foreign Affairs to raise the matter with the Russian ambassador."],
        ["The deputy minister rejected reports of a rift between the two countries as “psychological operations of hostile media” and stressed that relations with Moscow are strategic and will not be affected by passing developments."],
        ["The committee was also briefed on the Rasht–Astara railway, for which the Russian side has yet to disburse the state loan of 1.3 billion euros agreed in 2023, and asked the government to set a deadline for the Russian side."],
        ["Mr. Rezaei said the Assembly supports the expansion of relations with neighbouring and friendly countries, but that “the Iranian nation expects its partners to honour their commitments in deeds, not in words”."],
        ["It was decided that the Minister of Defence and the Minister of Roads and Urban Development will be invited to a future session to report on the implementation of agreements with the Russian Federation."],
        ["Public Relations Department, National Security and Foreign Policy Committee, Islamic Consultative Assembly"],
    ],
    source=dict(
        title="Press Release of the National Security and Foreign Policy Committee on Relations with the Russian Federation",
        outlet="synthetic (Iranian Majlis parliamentary committee press release style, translated into English)",
        published="2025-07-29",
        notes="Written for evaluation in the style of a press release of the National Security and Foreign Policy Committee of Iran's Islamic Consultative Assembly (Majlis), translated into English: invocation line and closing public-relations signature line as boilerplate, title line and 'Unofficial English translation' line (the latter treated as boilerplate), Iranian-calendar dates with Gregorian dates in brackets ('Sunday, 5 Mordad 1404 (27 July 2025)', '31 Ordibehesht (21 May)'), 'the Russian side', 'the American side', 'the imposed war', 'the Zionist regime', 'Dr.' and 'Mr.', 'It was decided that', British spelling, curly quotes. Has a date header. A Tuesday, so the session 'Sunday, 5 Mordad 1404 (27 July 2025)' = 2025-07-27, '31 Ordibehesht (21 May)' = 2025-05-21, 'in 2023' = 2023; 'the imposed war' = the June 2025 Israeli and US strikes (2025-06, month, by anchoring). Based on widely reported facts: the committee and its spokesman Ebrahim Rezaei, Deputy Foreign Minister Majid Takht-Ravanchi, the Majlis ratification of the treaty on 21 May 2025 and its lack of a mutual defence clause, Iranian criticism after the June 2025 war that Russia's support was only verbal, Russia's condemnation of the strikes at the UN Security Council and IAEA Board of Governors, Putin's offer to mediate, Putin's calls with Trump that discussed Iran, undelivered Su-35s, and the undisbursed 1.3 billion euro Russian state loan for the Rasht-Astara railway agreed in 2023. The session itself, its date, every statement attributed to the committee, its members, Rezaei and Takht-Ravanchi, and the decision to invite the ministers are constructed. Do not cite as a real press release.",
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
