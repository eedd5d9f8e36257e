#!/usr/bin/env python3
"""Article text for dev7_b (706-711), kept as paragraphs of sentences.

Run: python3 src/articles_src.py -> writes articles/*.txt and articles/sources.csv.
Each article: optional date header (prefixed to the first paragraph, as in dev4-dev6),
then paragraphs separated by a blank line; the sentences of a paragraph are joined by one space."""

import csv
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ART = os.path.join(HERE, "articles")

ARTICLES = {}

# ---------------------------------------------------------------- 706 RFE/RL
ARTICLES["706_rferl_caspian_summit.txt"] = dict(
    header=None,
    paras=[
        ["Putin And Raisi Talk Up 'Strategic' Ties In Ashgabat, But Caspian Grudges Linger"],
        ["ASHGABAT -- Russian President Vladimir Putin and Iranian President Ebrahim Raisi hailed their countries' ties as strategic when they met on the sidelines of a Caspian Sea summit in Turkmenistan on June 29, but the warm words papered over disputes about the seabed, oil markets, and a treaty that Tehran has yet to ratify nearly four years after signing it."],
        ["The trip to the Turkmen capital, where the summit was hosted by President Serdar Berdymukhammedov, was the second leg of Putin's first foreign tour since he launched the full-scale invasion of Ukraine in February, and it was meant to show that Moscow is not as isolated as Western governments say."],
        ["\"Our relations are truly strategic, close, and deep,\" Putin told Raisi at the start of their talks, according to a transcript published by the Kremlin.",
         "He said trade between the two countries had grown by more than 80 percent last year, and Raisi, in turn, invited him to visit Tehran, an invitation that Kremlin spokesman Dmitry Peskov later said had been accepted, although no date was announced."],
        ["Behind the smiles, the Caspian itself remains a sore point.",
         "The 2018 Convention on the Legal Status of the Caspian Sea, signed in the Kazakh port of Aktau, settled the use of the water's surface but left the division of the seabed, and the oil and gas beneath it, for later talks.",
         "Moscow ratified the document in 2019, but Iran's parliament has never put it to a vote, and critics in Tehran say it leaves the Islamic Republic with far less than the 20 percent share of the sea that Iranian officials long demanded.",
         "Iranian Foreign Ministry spokesman Saeed Khatibzadeh said on June 27 that ratification was \"a matter for the parliament\" and dismissed suggestions that the issue had caused friction with Moscow."],
        ["Putin, for his part, used the summit to repeat his insistence that no outside military forces be allowed on the Caspian, a principle the Kremlin has long invoked to keep NATO away from the sea."],
        ["Oil is another irritant.",
         "Since the West imposed sanctions on Russia over the war, Russian crude has been flowing to refiners in China, India, and Turkey at steep discounts, eating into the Chinese market that Iran, under U.S. sanctions since 2018, had all but cornered, according to traders and ship-tracking firms.",
         "\"The Russians are not our allies in the oil market; they are our competitors, and right now they are winning,\" Tehran economist Mehdi Sharifi wrote in the reformist daily Etemad this week."],
        ["Distrust of Moscow has deep roots in Iran, where many still recall Russia's years of delays in completing the Bushehr nuclear power plant and its 2010 decision to freeze the sale of S-300 air-defense missiles, which were delivered only in 2016.",
         "\"Moscow needs Tehran as a partner against the West, but it has never been willing to give Iran more than it has to, whether on the Caspian or on weapons,\" Moscow-based Caspian analyst Yevgeny Lavrentyev told RFE/RL's Russian Service."],
        ["Neither leader came to Ashgabat with a clean record at home.",
         "Rights groups have criticized Putin over the arrests of thousands of antiwar protesters in Russia and Raisi over his role, as a prosecutor, in the mass execution of political prisoners in Iran in 1988.",
         "The Kremlin did not respond to a request from RFE/RL's Russian Service for comment on the Caspian convention or on the competition over oil."],
        ["With reporting by RFE/RL's Turkmen Service, Reuters, AFP, and TASS"],
    ],
    source=dict(
        title="Putin And Raisi Talk Up 'Strategic' Ties In Ashgabat, But Caspian Grudges Linger",
        outlet="synthetic (Radio Free Europe/Radio Liberty (RFE/RL) English style)",
        published="2022-06-30",
        notes="Written for evaluation in RFE/RL English style (title-case headline line, 'ASHGABAT --' dateline with a double hyphen, serial commas, straight quotes, 'U.S.', critical of both governments: 'not as isolated as Western governments say', rights groups on both presidents, 'did not respond to a request from RFE/RL's Russian Service', closing 'With reporting by' credit line as boilerplate). No date header: the date is given only here. Headline is the file's first line. A Thursday, so 'on June 29' = 2022-06-29 (Wednesday), 'on June 27' = 2022-06-27, 'this week' = week of Monday 2022-06-27, 'last year' = 2021, 'in February' = 2022-02, 'nearly four years after signing it' = the August 2018 signing (2018). Based on the widely reported sixth Caspian summit in Ashgabat on 29 June 2022 hosted by Serdar Berdymukhammedov, Putin's first foreign trip since the invasion (Dushanbe, then Ashgabat), the Putin-Raisi meeting there and the trade growth of 2021, the 2018 Aktau convention (ratified by Russia in 2019, not by Iran) and Iran's long-standing 20 percent demand, the Caspian states' principle of no non-littoral military presence, Russian discounted crude displacing Iranian oil in China in 2022, the Bushehr delays, the 2010 S-300 freeze and 2016 delivery, and rights groups' criticism of both presidents. The wording of all quotations, Putin's 'truly strategic, close, and deep', Raisi's invitation at this meeting and Peskov's acceptance line, Khatibzadeh's 27 June remark, the economist Mehdi Sharifi (invented) and his Etemad article, the analyst Yevgeny Lavrentyev (invented), and the Kremlin's non-response are constructed.",
    ),
)

# ---------------------------------------------------------------- 707 RT
ARTICLES["707_rt_snapback_null_void.txt"] = dict(
    header=" date 2025-09-28 ",
    paras=[
        ["Moscow will not recognize ‘illegitimate’ UN sanctions on Iran – Foreign Ministry"],
        ["Russia considers the reinstatement of UN sanctions against Iran legally null and void and will not comply with it, the Foreign Ministry in Moscow said on Sunday, accusing the collective West of sabotaging diplomacy over Tehran’s nuclear program."],
        ["“The so-called ‘snapback’ procedure launched by the European troika is legally flawed, and its consequences have no legal force for Russia,” the ministry stated.",
         "It added that Moscow would keep developing cooperation with Tehran “in all areas” regardless of what it called the illegitimate decisions of Western capitals."],
        ["The restrictions, lifted under UN Security Council Resolution 2231, which endorsed the 2015 Joint Comprehensive Plan of Action (JCPOA), came back into force at midnight GMT after the European troika triggered the mechanism in late August, accusing Tehran of breaching its commitments – a charge Iran rejects."],
        ["On Friday, the Security Council voted down a Russian-Chinese draft resolution that would have postponed the move by six months, with only Russia, China, Pakistan and Algeria voting in favor, nine members against and two abstaining.",
         "Russia’s envoy to the UN, Vasily Nebenzia, told the council on Friday before the vote that the Europeans had “buried” the nuclear deal with their own hands, and warned that Western pressure would only push Tehran away from cooperation with the International Atomic Energy Agency (IAEA)."],
        ["Iran on Saturday recalled its ambassadors to Britain, France and Germany for consultations.",
         "Iranian Foreign Minister Abbas Araghchi thanked Moscow and Beijing for what he described as their “principled position,” saying the two permanent members had “stood on the right side of international law.”"],
        ["Western governments have also accused Iran of supplying Russia with drones and missiles for use in the conflict with Kiev, claims both Moscow and Tehran have repeatedly denied."],
        ["Some Western outlets and Persian-language channels funded from abroad have sought to portray the snapback as proof that Moscow has abandoned Tehran.",
         "Deputy Foreign Minister Sergey Ryabkov dismissed such claims on Saturday, telling RIA Novosti that Russia had done “everything possible” at the Security Council and that relations with Iran remained “strategic and trusting.”"],
        ["Moscow and Tehran signed a comprehensive strategic partnership treaty in January, and practical cooperation continues despite the pressure.",
         "On Friday, Rosatom and Iranian partners signed a $25 billion agreement to build four nuclear power units at Sirik in Hormozgan province, Iranian state media reported.",
         "Days earlier, Rosatom chief Aleksey Likhachev and the head of the Atomic Energy Organization of Iran, Mohammad Eslami, signed a memorandum on small nuclear plants in Moscow."],
    ],
    source=dict(
        title="Moscow will not recognize ‘illegitimate’ UN sanctions on Iran – Foreign Ministry",
        outlet="synthetic (RT English style)",
        published="2025-09-28",
        notes="Written for evaluation in RT English style (headline ending '– Foreign Ministry', Russian state framing: 'the collective West', 'Western capitals', 'the European troika', 'Kiev', 'Persian-language channels funded from abroad', American spelling, curly quotes, 'told RIA Novosti'). Date also in the file's header; the headline line follows it. A Sunday, so 'on Sunday' = 2025-09-28, 'on Friday' = 2025-09-26, 'on Saturday' = 2025-09-27, 'in late August' = 2025-08, 'in January' = 2025-01, 'Days earlier' (before Friday) = 2025-09 (month). Based on the widely reported Russian Foreign Ministry statement of 28 September 2025 that the snapback was legally null and void, the return of UN sanctions at 00:00 GMT on 28 September after the E3 triggered the mechanism on 28 August, the failed Russia-China draft of 26 September (4 in favour: Russia, China, Pakistan, Algeria; 9 against; 2 abstentions), Nebenzia's statements, Iran's recall of its ambassadors from the E3 on 27 September, Araghchi's thanks to Russia and China, the January 2025 treaty, the 26 September 2025 USD 25 billion Hormoz (Sirik) nuclear agreement with Rosatom and the Likhachev-Eslami small-reactor memorandum in Moscow that week. The wording of the ministry's statement, Nebenzia's 'buried' line, Araghchi's quotations, Ryabkov's RIA Novosti remarks (date and wording), the Western-outlets line and the 'Western governments have also accused' paragraph are constructed or paraphrased.",
    ),
)

# ---------------------------------------------------------------- 708 Eurasianet
ARTICLES["708_eurasianet_3plus3_zangezur.txt"] = dict(
    header=None,
    paras=[
        ["Russia and Iran patch up their corridor quarrel, but the South Caucasus route still divides them"],
        ["When the foreign ministers of the “3+3” regional format gathered in Istanbul on October 18, the meeting most closely watched in the South Caucasus was not between Armenia and Azerbaijan, whose peace talks have dragged on for months, but between Russia and Iran, two powers that spent the late summer sparring in public over a road that does not yet exist."],
        ["Russian Foreign Minister Sergei Lavrov and his Iranian counterpart, Abbas Araghchi, met on Friday on the sidelines of the gathering, which was hosted by Turkish Foreign Minister Hakan Fidan.",
         "“There are no differences between Iran and Russia on the principles of the region’s future, including respect for the borders of every country,” Araghchi told reporters afterwards, according to the IRNA news agency.",
         "Lavrov, for his part, said Moscow’s position had not changed: any new transport links through Armenia’s southern Syunik province must respect Armenian sovereignty and be agreed between Baku and Yerevan."],
        ["It was a marked change of tone from late August, when Lavrov accused Yerevan of sabotaging a provision of the 2020 ceasefire deal that calls for an unimpeded route between mainland Azerbaijan and its Nakhchivan exclave, which Baku calls the “Zangezur corridor.”",
         "Tehran, which regards any extraterritorial corridor along its 44-kilometer border with Armenia as a red line, summoned Russian Ambassador Alexey Dedov in early September, and Foreign Ministry spokesman Nasser Kanaani said the Islamic Republic “will not tolerate geopolitical changes” on its northern frontier.",
         "Several Iranian lawmakers went further, accusing Moscow of trading Iran’s interests for closer ties with Baku and Ankara, and the conservative daily Kayhan asked in an editorial whether Russia could still be counted on as a partner."],
        ["Moscow moved to limit the damage.",
         "In early September, Foreign Ministry spokeswoman Maria Zakharova said Russia respected the sovereignty and territorial integrity of Armenia and that the route’s status was for Baku and Yerevan to decide.",
         "When President Vladimir Putin met his Iranian counterpart Masoud Pezeshkian in the Turkmen capital, Ashgabat, on October 11, he assured him that Moscow took Tehran’s concerns into account, according to the Iranian presidency."],
        ["In Baku, the Russian retreat has been noted with some irritation.",
         "“Moscow promised the route in 2020 and has now discovered that Tehran objects,” Elnur Ismayilzade, a political analyst in Baku, told Eurasianet.",
         "“Baku will not wait for Russia and Iran to agree among themselves.”"],
        ["In Yerevan, where relations with Moscow have been in free fall since Azerbaijan retook Nagorno-Karabakh last year, officials have quietly welcomed Tehran’s stance.",
         "Armenia has frozen its participation in the Russian-led Collective Security Treaty Organization, and Prime Minister Nikol Pashinyan has pitched his own “Crossroads of Peace” plan, under which all routes across Armenian territory would stay under Armenian control."],
        ["Georgia, the sixth member of the format, again stayed away, citing Russia’s occupation of Abkhazia and South Ossetia."],
        ["“Russia and Iran both want the West out of the South Caucasus, but they have never wanted the same things inside it,” said Anahit Mkrtchyan, a Yerevan-based analyst of regional security.",
         "For now, the road that caused the quarrel remains a line on a map."],
    ],
    source=dict(
        title="Russia and Iran patch up their corridor quarrel, but the South Caucasus route still divides them",
        outlet="synthetic (Eurasianet style)",
        published="2024-10-21",
        notes="Written for evaluation in Eurasianet style (sentence-case headline line, no dateline, regional viewpoint from Baku and Yerevan, 'the “3+3” regional format', 'Syunik province', 'the Nakhchivan exclave', curly quotes, American spelling, 'told Eurasianet', analysts from the region). No date header: the date is given only here. Headline is the file's first line. A Monday, so 'on October 18' and 'on Friday' = 2024-10-18, 'late August' = 2024-08, 'in early September' = 2024-09, 'on October 11' = 2024-10-11, 'the late summer' = 2024 (season: year), 'in 2020' = 2020, 'last year' = 2023. Based on the widely reported 3+3 foreign ministers' meeting in Istanbul on 18 October 2024 (host Hakan Fidan; Georgia absent), the Lavrov-Araghchi talks there, Lavrov's late-August 2024 remarks blaming Armenia for blocking the route under the 2020 ceasefire statement, Iran's summons of Ambassador Alexey Dedov in early September 2024, Kanaani's remarks, Iranian lawmakers' criticism, Russian statements on Armenian sovereignty, the Putin-Pezeshkian meeting in Ashgabat on 11 October 2024, Armenia's CSTO freeze and Pashinyan's 'Crossroads of Peace'. The wording of every quotation and paraphrase, Araghchi's IRNA quotation, Lavrov's Istanbul line, Zakharova's exact wording, the Kayhan editorial, Putin's assurance as reported by the Iranian presidency, Armenian officials' welcome and the analysts Elnur Ismayilzade and Anahit Mkrtchyan (both invented) are constructed.",
    ),
)

# ---------------------------------------------------------------- 709 The Economist
ARTICLES["709_economist_treaty_friends_without_benefits.txt"] = dict(
    header=" date 2025-01-23 ",
    paras=[
        ["Friends without benefits"],
        ["Russia’s new treaty with Iran commits it to remarkably little"],
        ["When Vladimir Putin and Masoud Pezeshkian, Iran’s president, signed a “comprehensive strategic partnership” treaty in the Kremlin on January 17th, both men called it historic.",
         "Yet the 47-article document is most notable for what it leaves out.",
         "Unlike the pact Mr Putin signed with Kim Jong Un of North Korea last June, it contains no mutual-defence clause; each side merely promises not to help an aggressor that attacks the other."],
        ["Russian officials had said as much in advance.",
         "Andrei Rudenko, a deputy foreign minister, explained that the treaty was not a military alliance.",
         "Nor does Mr Putin wish to upset his friends in the Gulf, or in Israel, where more than a million Russian-speakers live."],
        ["Iran’s theocrats have reason to feel short-changed.",
         "Since 2022 they have supplied Russia with thousands of Shahed drones and, according to America and its European allies, with Fath-360 ballistic missiles as well, to pound Ukraine.",
         "In return they wanted Su-35 fighter jets, which Iran says it ordered years ago and which have yet to turn up, and help with air defences.",
         "Russia delivered a handful of Yak-130 trainers in 2023; the fighters remain, as one Iranian wag put it, “permanently in transit”."],
        ["The economics are no more generous.",
         "Mr Putin talked up plans to pipe Russian gas to Iran via Azerbaijan, eventually up to 55bn cubic metres a year, but the two sides have yet to agree on a price, and Iranian officials grumble that Gazprom wants European rates."],
        ["Nor has Moscow always taken Iran’s side in its own neighbourhood.",
         "Twice in recent years Russia has signed joint statements with the Gulf Co-operation Council questioning Iran’s claim to three islands that the United Arab Emirates also claims.",
         "Last September Iran summoned Russia’s ambassador after Sergei Lavrov, the foreign minister, appeared to endorse an Azerbaijani transport corridor across southern Armenia."],
        ["Syria has been a further blow.",
         "Bashar al-Assad, whom Iran spent billions to keep in power, fled to Moscow in December.",
         "The Kremlin has since been courting the former jihadists now ruling in Damascus, in the hope of keeping its naval base at Tartus, while Iran’s embassy there remains shut."],
        ["Then there is Donald Trump, who returned to the White House on January 20th and has promised both to restore “maximum pressure” on Iran and to strike a quick deal with Mr Putin over Ukraine.",
         "Iranian officials fear that Mr Putin, who values his rapport with Mr Trump, could trade Iranian interests away in any bargain.",
         "The two partners are also rivals, selling discounted crude to the same Chinese refiners."],
        ["“The Russians want us strong enough to annoy the Americans, but not strong enough to do without Russia,” says a former Iranian diplomat in Tehran.",
         "Iran’s theocrats are learning that, in Mr Putin’s book, a strategic partner is someone who takes your calls, not your side."],
    ],
    source=dict(
        title="Friends without benefits",
        outlet="synthetic (The Economist style)",
        published="2025-01-23",
        notes="Written for evaluation in The Economist style (short punning headline line, rubric line without final punctuation, no byline, 'Mr Putin' without a full stop, 'Iran’s theocrats', 'America', 'January 17th', '55bn', British spelling 'defence', 'neighbourhood', 'Co-operation', present-tense 'says' for a source, wry asides, closing quip). Date also in the file's header; the headline and rubric lines follow it. A Thursday, so 'January 17th' = 2025-01-17, 'last June' = 2024-06, 'in 2023' = 2023, 'Since 2022' = background, 'Last September' = 2024-09, 'in December' = 2024-12, 'January 20th' = 2025-01-20, 'has since' = 2025 (year), 'in recent years' = background. Based on the widely reported signing of the Russia-Iran Comprehensive Strategic Partnership Treaty in the Kremlin on 17 January 2025 (47 articles, no mutual defence clause, a pledge not to help an aggressor), the June 2024 Russia-North Korea pact, Rudenko's earlier remarks, Iranian Shahed drones and the Western accusations of Fath-360 transfers, the undelivered Su-35s and the 2023 Yak-130 delivery, Putin's gas remarks (up to 55 bcm, via Azerbaijan, price not agreed), the Russia-GCC statements on the three islands (2023, 2024), Iran's September 2024 summons of the Russian ambassador over Lavrov's corridor remarks, Assad's flight to Moscow in December 2024, Russian contacts with Syria's new rulers, Trump's return on 20 January 2025 and his stated policies, and Russian-Iranian competition in the Chinese crude market. The 'Iranian wag' line, the Gazprom 'European rates' grumble, the Iranian officials' fear, the former Iranian diplomat (anonymous, invented) and his quotation, and the closing quip are constructed.",
    ),
)

# ---------------------------------------------------------------- 710 Ukrainska Pravda
ARTICLES["710_up_shahed_localised_iran_war.txt"] = dict(
    header=" date 2025-06-19 ",
    paras=[
        ["Ukrainian intelligence: Russia now makes Shaheds itself and has given Iran nothing in return"],
        ["Oleh Pavliuk — Thursday, 19 June 2025, 16:05"],
        ["Ukraine's Defence Intelligence (HUR) says Russia has almost completely localised the production of Iranian-designed Shahed attack drones and no longer depends on supplies from Iran, while Tehran, under Israeli strikes since 13 June, has received no military help from Moscow."],
        ["Source: HUR representative Andrii Yusov on the national 24/7 newscast"],
        ["Quote: \"The Russians took the Iranian design, improved it and now produce it themselves in Yelabuga; for them Iran today is not a supplier but a donor that has already given everything it could.\""],
        ["Details: According to Yusov, Russia is now able to produce several thousand Geran-2 drones, as it calls the Shahed-136, every month at the Alabuga special economic zone in Tatarstan, and has begun fitting them with its own engines, navigation modules and warheads.",
         "He added that Iran had hoped to obtain Russian Su-35 fighter jets and air defence systems in exchange, but Moscow had delivered neither."],
        ["On 13 June, Ukraine's Foreign Ministry said that the Iranian regime's policy had brought \"destruction and suffering\" to Ukraine as well as to the Middle East, recalling that Tehran supplies Russia with the drones used to strike Ukrainian cities.",
         "Earlier, President Volodymyr Zelensky said that Russia was a beneficiary of the war in the Middle East, as higher oil prices filled the Kremlin's budget and the world's attention shifted away from Ukraine."],
        ["Quote from Zelensky: \"Iran has been helping Russia kill Ukrainians with Shaheds for three years, and now Russia is not even helping Iran – that is the whole value of their so-called partnership.\""],
        ["The Kremlin, for its part, condemned the Israeli strikes but offered Tehran nothing beyond words.",
         "Speaking to the heads of international news agencies in St Petersburg on 18 June, Russian leader Vladimir Putin said the strategic partnership treaty signed with Iran in January contained no military obligations and that Iran had not asked Russia for help.",
         "He also said that Moscow had offered Tehran cooperation on air defence in the past, but \"our Iranian friends did not show much interest\".",
         "Putin also offered to mediate between Israel and Iran, an idea US President Donald Trump brushed aside on 18 June, telling reporters that Putin should \"mediate his own\" war first."],
        ["Background:"],
        ["- Iran began supplying Russia with Shahed drones in the summer of 2022, and in November 2022 Tehran acknowledged that it had sent \"a small number\" before the full-scale invasion."],
        ["- In September 2024, the United States, the United Kingdom, France and Germany accused Iran of supplying Russia with Fath-360 ballistic missiles, which Tehran denied."],
        ["- Ukraine downgraded diplomatic relations with Iran in September 2022 over the drone deliveries."],
    ],
    source=dict(
        title="Ukrainian intelligence: Russia now makes Shaheds itself and has given Iran nothing in return",
        outlet="synthetic (Ukrainska Pravda English style)",
        published="2025-06-19",
        notes="Written for evaluation in Ukrainska Pravda English style (headline of the form 'Source: claim', an author-and-timestamp line 'Oleh Pavliuk — Thursday, 19 June 2025, 16:05' treated as a byline (boilerplate), the section labels 'Source:', 'Quote:', 'Quote from Zelensky:', 'Details:' and 'Background:', day-month dates '13 June', 'Kyiv'-side framing 'the Iranian regime', 'full-scale invasion', British spelling, straight quotes, bulleted background lines beginning '- '). Date also in the file's header; the headline line follows it. A Thursday, so 'since 13 June' and 'On 13 June' = 2025-06-13, 'on 18 June' = 2025-06-18, 'in January' = 2025-01, 'Earlier' = 2025 (year), 'in the summer of 2022' = 2022 (year), 'in November 2022' = 2022-11, 'In September 2024' = 2024-09, 'in September 2022' = 2022-09. Based on widely reported events: Russia's localised Geran-2 production at Alabuga (Yelabuga), Ukrainian intelligence statements that Russia no longer depends on Iranian supplies, Israel's strikes on Iran from 13 June 2025, Ukraine's Foreign Ministry statement of 13 June 2025 recalling Iran's drone supplies, Zelensky's remarks that Russia benefits from the Middle East war through oil prices, Russia's condemnation without military help, Putin's 18 June 2025 remarks to news agency heads (no military obligations in the treaty; Iran had not asked; earlier air-defence offer and 'did not show much interest'), his mediation offer and Trump's 18 June rebuff, Iran's November 2022 acknowledgement, the September 2024 Fath-360 accusations by the US, UK, France and Germany and Iran's denial, and Ukraine's September 2022 downgrade of relations. The byline name (invented) and timestamp, Yusov's quotation and details (figures, engines and warheads), the Su-35/air-defence 'in exchange' line, Zelensky's quotation and the exact wording of the Foreign Ministry statement and of Putin's and Trump's remarks are constructed or paraphrased.",
    ),
)

# ---------------------------------------------------------------- 711 HFAC hearing summary
ARTICLES["711_hfac_hearing_russia_iran_axis.txt"] = dict(
    header=None,
    paras=[
        ["Hearing Summary: Axis of Convenience? Russia, Iran and the Limits of Their Partnership"],
        ["House Committee on Foreign Affairs | Wednesday, January 31, 2024 | 2172 Rayburn House Office Building"],
        ["Witnesses"],
        ["Dr. Miriam Feldstein, Senior Fellow, Center for Gulf Security Studies"],
        ["The Honorable Thomas Reilly, Former Deputy Assistant Secretary of State"],
        ["Ms. Olena Hrytsenko, Director, Kyiv Institute for Security Studies"],
        ["Opening statements"],
        ["Chairman Michael McCaul (R-Texas) opened Wednesday's hearing by warning that the partnership between Moscow and Tehran had grown into \"a full-blown military alliance\" since Russia's full-scale invasion of Ukraine, pointing to the Iranian-designed Shahed drones that Russia launches at Ukrainian cities every week.",
         "He said the administration had been too slow to target the networks supplying the drones and urged it to hold Tehran \"fully accountable.\""],
        ["Ranking Member Gregory Meeks (D-N.Y.) agreed that the threat was real but cautioned against treating Russia and Iran as a single bloc, noting that the two countries \"compete as often as they cooperate,\" from oil markets in Asia to influence in the South Caucasus."],
        ["Witness testimony"],
        ["Dr. Feldstein testified that Iran had shipped thousands of Shahed drones to Russia since August 2022 and was helping it build a drone factory in the Alabuga special economic zone in Tatarstan.",
         "She said Russia had paid partly in cash and gold, and that Tehran expected advanced weapons in return, including Su-35 fighter jets that Iranian officials announced in November had been purchased but that have yet to arrive."],
        ["Mr. Reilly argued that the relationship was \"transactional and lopsided,\" telling members that Moscow had repeatedly put its ties with the Gulf monarchies and Israel ahead of Tehran's interests.",
         "He cited the July 2023 joint statement by Russia and the Gulf Cooperation Council questioning Iran's sovereignty over three islands also claimed by the United Arab Emirates, which drew a formal protest from Tehran."],
        ["Ms. Hrytsenko told the committee that Russian forces had launched more than 3,700 Shahed-type drones at Ukraine in 2023, and that investigators had found components made in the United States, Japan, Switzerland and China in the wreckage."],
        ["Member questions"],
        ["Responding to Rep. Joe Wilson (R-S.C.), Dr. Feldstein said the White House had warned on January 4 that Russia was negotiating to acquire close-range ballistic missiles from Iran, but that no deliveries had been confirmed.",
         "Asked by Mr. Meeks whether Moscow had transferred the S-400 air defense system to Iran, Mr. Reilly replied that Russia had so far refused Iranian requests for the system, in part to avoid antagonizing Israel and the Gulf states.",
         "Rep. Young Kim (R-Calif.) raised Moscow's decision to host a Hamas delegation in October, days after the group's attack on Israel, while Iran's deputy foreign minister, Ali Bagheri Kani, was also in the Russian capital."],
        ["Chairman McCaul closed the hearing by saying the committee would take up legislation to expand sanctions on Iran's drone and missile programs in the coming weeks."],
        ["This summary was prepared by committee staff and is not an official transcript.",
         "Witness statements and a video recording of the hearing are available on the committee's website."],
    ],
    source=dict(
        title="Hearing Summary: Axis of Convenience? Russia, Iran and the Limits of Their Partnership",
        outlet="synthetic (US House Foreign Affairs Committee hearing summary style)",
        published="2024-02-01",
        notes="Written for evaluation in the style of a US House Foreign Affairs Committee hearing summary (title line, a meta line 'House Committee on Foreign Affairs | date | room', a 'Witnesses' list of three name-title lines, section headings 'Opening statements', 'Witness testimony', 'Member questions' without final punctuation, 'Chairman', 'Ranking Member', '(R-Texas)', 'Rep.', 'Dr.', 'Mr.', 'Ms.', 'testified', 'told the committee', American spelling, straight quotes, closing staff disclaimer and website line as boilerplate). No date header: the date is given only here. A Thursday; the hearing was 'Wednesday's' = 2024-01-31; 'on January 4' = 2024-01-04, 'in November' = 2023-11, 'since August 2022' = background, 'July 2023' = 2023-07, 'in 2023' = 2023, 'in October' = 2023-10, 'in the coming weeks' = 2024 (year). Based on widely reported facts up to January 2024: Iranian Shahed drones used by Russia and the Alabuga factory, reports of payment in cash and gold, Iran's November 2023 announcement that it had finalised the purchase of Su-35s (none delivered), the July 2023 Russia-GCC joint statement on the three islands and Iran's protest, Ukrainian counts of Shahed launches in 2023 and foreign components found in wreckage, the White House's 4 January 2024 warning that Russia was negotiating for Iranian close-range ballistic missiles, reports that Russia had not supplied the S-400, and the Hamas delegation in Moscow on 26 October 2023 while Ali Bagheri Kani was there. The hearing itself, its title, room and date, all statements of Chairman McCaul, Ranking Member Meeks and Reps. Wilson and Kim, the witnesses Miriam Feldstein, Thomas Reilly and Olena Hrytsenko (all invented) and their institutions (invented), every quotation and figure in the testimony, and the closing remarks are constructed. Do not cite as a real hearing.",
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
