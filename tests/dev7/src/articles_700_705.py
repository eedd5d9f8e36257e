#!/usr/bin/env python3
"""Article text for dev7_a (700-705), kept as paragraphs of sentences.

Run: python3 src/articles_src.py -> writes articles/*.txt and articles/sources.csv.
Each article: optional date header (prefixed to the first paragraph, as in dev4/dev5/dev6),
then paragraphs separated by a blank line; the sentences of a paragraph are joined by one space."""

import csv
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ART = os.path.join(HERE, "articles")

ARTICLES = {}

# ---------------------------------------------------------------- 700 Financial Times
ARTICLES["700_ft_gas_hub_talks.txt"] = dict(
    header=None,
    paras=[
        ["Russia and Iran deadlocked over price of planned gas supplies"],
        ["Russia’s plan to pipe gas to Iran has stalled over price, according to people familiar with the matter, exposing the limits of a partnership that Moscow and Tehran sealed with a strategic treaty only last month."],
        ["The two countries have drawn closer since Russia’s invasion of Ukraine, with Moscow relying on Iranian-designed Shahed drones and Tehran seeking Russian fighter jets and air defences."],
        ["At talks in Tehran last week, Iranian negotiators pressed for a price well below what Gazprom charges Uzbekistan and Kazakhstan, while the Russian state-controlled group refused to go below a level it considers commercially viable, said two people briefed on the discussions.",
         "“The two sides are still far apart,” said one of the people.",
         "“Tehran wants gas at a discount that Gazprom regards as a subsidy.”"],
        ["Gazprom and the National Iranian Gas Company signed a memorandum last June under which Russia could eventually supply up to 55bn cubic metres a year, roughly a fifth of Iran’s own output.",
         "After signing the treaty with Iranian president Masoud Pezeshkian in the Kremlin on January 17, Russian president Vladimir Putin said deliveries of Russian gas to Iran would begin at up to 2bn cubic metres a year, routed through Azerbaijan."],
        ["No date has been set for the first shipments, and Iran’s oil minister Mohsen Paknejad told state television on Sunday only that negotiations with “our Russian friends” were “progressing”.",
         "The delay is awkward for Tehran, which has spent the winter rationing power and closing schools and offices because of gas shortages, despite holding the world’s second-largest reserves."],
        ["The stand-off also reflects a deeper rivalry between Russia and Iran, which hold the world’s two largest gas reserves and compete for many of the same customers.",
         "Putin’s proposal, first made in October 2022, to turn Turkey into a hub for Russian gas exports to Europe has long irritated Iranian officials, who see their country as the natural gateway for gas from the Caspian and the Gulf.",
         "Iran’s 25-year contract to supply Turkey expires next year, and Turkish officials have said they are in talks with several suppliers, including Gazprom, about what follows."],
        ["The two producers are also fighting over Chinese buyers.",
         "Russian crude, shut out of most of Europe by EU sanctions since Moscow’s full-scale invasion of Ukraine, has been sold to Chinese refiners at discounts that have forced Iranian sellers to cut their own prices, traders say."],
        ["Russian deputy prime minister Alexander Novak, who oversees energy policy, said last month that there was “no competition” between Moscow and Tehran and that the two countries coordinated closely within the Opec+ group of producers."],
        ["Leila Sadr, a gas analyst at the London-based consultancy Caspian Energy Advisers, was blunter.",
         "“For Moscow, Iran is a competitor first and a customer second,” she said.",
         "“Neither side trusts the other enough to sign a 25-year contract.”"],
        ["Gazprom declined to comment.",
         "Iran’s oil ministry did not respond to a request for comment."],
        ["Additional reporting by Anna Kovalenko in London"],
    ],
    source=dict(
        title="Russia and Iran deadlocked over price of planned gas supplies",
        outlet="synthetic (Financial Times style)",
        published="2025-02-05",
        notes="Written for evaluation in Financial Times style (analysis-news hybrid: headline line, no dateline, 'according to people familiar with the matter', 'said two people briefed on the discussions', lower-case titles 'Iranian president Masoud Pezeshkian', 'Russian deputy prime minister Alexander Novak', surnames without honorifics on second reference, '55bn cubic metres', 'Opec+', British spelling, curly quotes with the full stop outside, 'declined to comment' / 'did not respond to a request for comment' lines, closing 'Additional reporting by' credit line as boilerplate). No date header: the date is given only here. Headline is the file's first line. A Wednesday, so 'last month' = 2025-01, 'last week' = week of Monday 2025-01-27, 'last June' = 2024-06, 'January 17' = 2025-01-17, 'on Sunday' = 2025-02-02, 'in October 2022' = 2022-10, 'next year' = 2026. Based on the widely reported June 2024 Gazprom-NIGC memorandum on gas supplies to Iran (figures of up to 55 bcm a year), Putin's remarks after the 17 January 2025 treaty signing about starting with up to 2 bcm via Azerbaijan, Iran's winter 2024-25 gas and power shortages (school and office closures), Putin's October 2022 proposal of a gas hub in Turkey, the Iran-Turkey gas contract expiring in July 2026, Gazprom's supplies to Uzbekistan and Kazakhstan since 2023, EU sanctions on Russian crude and discounted Russian crude sales to Chinese refiners competing with Iranian barrels. The news hook (stalled price talks in Tehran 'last week'), the people familiar with the matter and their quotations, Paknejad's Sunday remark, Novak's 'no competition' remark, the Turkish officials' line, the traders' line, the analyst Leila Sadr and the consultancy Caspian Energy Advisers (both invented) and the credit line (Anna Kovalenko, invented) are constructed.",
    ),
)

# ---------------------------------------------------------------- 701 BBC News online
ARTICLES["701_bbc_islands_envoy_summoned.txt"] = dict(
    header=None,
    paras=[
        ["Iran summons Russian envoy in row over Gulf islands"],
        ["By Shirin Tabatabaei, BBC Persian"],
        ["Iran has summoned Russia's ambassador to protest against a statement by Moscow and Gulf Arab states that questioned Iranian sovereignty over three disputed islands."],
        ["The ambassador, Alexei Dedov, was called in to the foreign ministry on Wednesday, Iranian state media reported."],
        ["The joint statement was issued on Monday after Russian Foreign Minister Sergei Lavrov hosted his counterparts from the six-member Gulf Cooperation Council (GCC) in Moscow."],
        ["It backed efforts by the United Arab Emirates to resolve the dispute over Abu Musa and the Greater and Lesser Tunbs \"through bilateral negotiations or the International Court of Justice\"."],
        ["The GCC groups Saudi Arabia, the UAE, Qatar, Kuwait, Bahrain and Oman."],
        ["Iran has controlled the islands since 1971, but the UAE says they belong to it."],
        ["Foreign Minister Hossein Amir-Abdollahian did not mention Russia by name, but wrote on social media on Wednesday that the islands \"belong to this motherland forever\".",
         "\"We do not compliment anyone on Iran's territorial integrity,\" he added."],
        ["Several Iranian MPs went further, accusing Moscow of betraying an ally to win favour with Gulf Arab states."],
        ["\"Russia has shown that it is a partner only when it needs us,\" one of them, Ali Rezaei, told BBC Persian."],
        ["On Iranian social media, many users reacted angrily, asking why Tehran continues to supply Moscow with drones for its war in Ukraine."],
        ["Russia and Iran have grown much closer since Russia's full-scale invasion of Ukraine in February 2022.",
         "Ukraine and Western governments say Iran has supplied Russia with hundreds of Shahed drones, which have been used to attack Ukrainian cities and power stations.",
         "Tehran says it sent only a small number of drones, before the war began."],
        ["Iranian officials have also complained that Russia has yet to deliver Su-35 fighter jets that Tehran has been trying to buy for years."],
        ["Moscow, meanwhile, has courted the Gulf Arab states, whose co-operation it needs in the Opec+ oil alliance, and the UAE has become a haven for Russian money since the invasion."],
        ["Russian foreign ministry spokeswoman Maria Zakharova said on Thursday that Moscow respected Iran's territorial integrity and that its position on the islands had \"not changed\".",
         "She did not comment on the summons."],
        ["Iran's foreign ministry spokesman, Nasser Kanaani, said on Thursday that Tehran expected Moscow to \"correct\" its position."],
        ["Analysts say the row is unlikely to derail a relationship that both governments, each under heavy Western sanctions, regard as vital."],
    ],
    source=dict(
        title="Iran summons Russian envoy in row over Gulf islands",
        outlet="synthetic (BBC News online style)",
        published="2023-07-13",
        notes="Written for evaluation in BBC News online style (headline line, byline line 'By Shirin Tabatabaei, BBC Persian' as boilerplate, short paragraphs and single-sentence paragraphs, 'told BBC Persian', 'MPs', 'Alexei Dedov', 'co-operation', 'Opec+', British spelling, straight double quotes with the full stop outside). No date header: the date is given only here. Headline is the file's first line, the byline the second. A Thursday, so 'on Monday' = 2023-07-10, 'on Wednesday' = 2023-07-12, 'on Thursday' = 2023-07-13, 'in February 2022' = 2022-02, 'since 1971' = background. Based on the widely reported joint statement of the sixth Russia-GCC strategic dialogue ministerial meeting in Moscow on 10 July 2023 (support for the UAE's efforts to resolve the islands issue through bilateral negotiations or the ICJ), Iran's summons of the Russian ambassador Alexei Dedov in protest, Amir-Abdollahian's post that the islands 'belong to this motherland forever' and 'We do not compliment anyone on Iran's territorial integrity', Iranian MPs' and social-media anger, the Shahed drone supply alleged by Ukraine and the West and Iran's 'small number before the war' account, the undelivered Su-35s, and Russia's courting of the Gulf states and Russian money in the UAE. The exact day of the summons (Wednesday) is approximate; Zakharova's and Kanaani's Thursday remarks, the MP Ali Rezaei (invented) and his quotation, the social-media line and the byline (Shirin Tabatabaei, invented) are constructed.",
    ),
)

# ---------------------------------------------------------------- 702 Xinhua
ARTICLES["702_xinhua_majlis_ratifies_treaty.txt"] = dict(
    header=" date 2025-05-21 ",
    paras=[
        ["TEHRAN, May 21 (Xinhua) -- Iran's parliament on Wednesday approved the comprehensive strategic partnership treaty between Iran and Russia, the official news agency IRNA reported."],
        ["Of the 246 lawmakers present at the open session, 201 voted in favor of the bill, 28 against and nine abstained, the report said."],
        ["The treaty, which was signed by Iranian President Masoud Pezeshkian and Russian President Vladimir Putin in Moscow on Jan. 17, covers a wide range of areas including trade, energy, transport, security, defense, science and culture."],
        ["According to the treaty, the two sides will not provide any military or other assistance to an aggressor that attacks either of them, and will not allow their territories to be used for separatist movements or hostile actions against each other.",
         "Unlike Russia's treaty with the Democratic People's Republic of Korea, the Iran-Russia treaty does not contain a mutual defense clause, an omission some Iranian lawmakers had criticized during earlier debates, according to IRNA."],
        ["Ebrahim Rezaei, spokesman for the parliament's National Security and Foreign Policy Committee, told reporters after the vote that the treaty would \"elevate cooperation between the two countries to a strategic level\" and provide a legal framework for countering unilateral sanctions.",
         "He said the treaty was not directed against any third country."],
        ["Russia's State Duma, the lower house of parliament, ratified the treaty with Iran on April 8, and Putin signed the ratification law on April 21.",
         "The treaty will enter into force after it is endorsed by Iran's Guardian Council and the two sides exchange the instruments of ratification."],
        ["In recent years, Iran and Russia, both under U.S. sanctions, have expanded cooperation in various fields including energy, transport and banking.",
         "Earlier this month, Russian Deputy Prime Minister Alexei Overchuk said the two countries were working to complete the Rasht-Astara railway, a key section of the International North-South Transport Corridor, and to switch to national currencies in bilateral trade.",
         "Iranian officials have said that talks on Russian gas supplies to Iran via Azerbaijan are continuing, although no price has yet been agreed."],
        ["Meanwhile, Iran and the United States have held four rounds of indirect talks mediated by Oman since April 12 on Tehran's nuclear program and the removal of U.S. sanctions.",
         "Russia has repeatedly voiced support for the talks and offered to help."],
        ["In March, Chinese Vice Foreign Minister Ma Zhaoxu hosted Russian Deputy Foreign Minister Sergei Ryabkov and Iranian Deputy Foreign Minister Kazem Gharibabadi in Beijing for a trilateral meeting on the Iranian nuclear issue, after which the three countries called for ending all unlawful unilateral sanctions."],
    ],
    source=dict(
        title="Iranian parliament approves strategic partnership treaty with Russia",
        outlet="synthetic (Xinhua English style)",
        published="2025-05-21",
        notes="Written for evaluation in Xinhua English style ('TEHRAN, May 21 (Xinhua) -- ' dateline with a double hyphen, formulaic 'the official news agency IRNA reported', 'the report said', 'Jan. 17', 'the Democratic People's Republic of Korea', 'U.S.', American spelling, straight quotes, closing China-angle paragraph). Date also in the file's header. Title written by the team: the file has no headline. A Wednesday, so 'on Wednesday' = 2025-05-21, 'Jan. 17' = 2025-01-17, 'April 8' = 2025-04-08, 'April 21' = 2025-04-21, 'Earlier this month' = 2025-05, 'since April 12' = background (since-phrase), 'In March' = 2025-03, 'In recent years' = background. Based on the widely reported approval of the Iran-Russia comprehensive strategic partnership treaty by Iran's parliament on 21 May 2025, the treaty's signing in Moscow on 17 January 2025 and its clauses (no assistance to an aggressor, no mutual defence clause unlike the 2024 Russia-DPRK treaty), the State Duma ratification of 8 April 2025 and Putin's signing of the ratification law on 21 April 2025, the four rounds of Oman-mediated Iran-US talks from 12 April to 11 May 2025, Russia's stated support for them, and the 14 March 2025 Beijing trilateral meeting (Ma Zhaoxu, Ryabkov, Gharibabadi) that called for ending unlawful unilateral sanctions. The vote figures, the lawmakers' earlier criticism, Ebrahim Rezaei's remarks, Overchuk's 'earlier this month' remark and the Iranian officials' gas line are constructed or approximate.",
    ),
)

# ---------------------------------------------------------------- 703 Anadolu Agency
ARTICLES["703_aa_moscow_quadrilateral_syria.txt"] = dict(
    header=" date 2023-05-10 ",
    paras=[
        ["MOSCOW (AA) - The foreign ministers of Türkiye, Russia, Iran and Syria met in Moscow on Wednesday, their first meeting in this format since the start of the Syrian civil war in 2011."],
        ["Turkish Foreign Minister Mevlut Cavusoglu said the talks were held in a \"positive and constructive atmosphere\" and that Türkiye's priorities were the fight against terrorism and the safe, voluntary and dignified return of Syrian refugees.",
         "\"We are determined to continue working with Russia, Iran and Syria to eradicate terror organizations such as the PKK/YPG, which threaten Syria's territorial integrity and Türkiye's national security,\" Cavusoglu said."],
        ["Syrian Foreign Minister Faisal Mekdad, for his part, said the withdrawal of all \"illegal\" foreign forces from Syrian territory, including Turkish troops, remained Damascus's main demand."],
        ["Russian Foreign Minister Sergey Lavrov told a news conference after the talks that the deputy foreign ministers of the four countries would draw up a roadmap for normalizing relations between Türkiye and Syria, and praised Iran's \"constructive\" role in the process."],
        ["Iranian Foreign Minister Hossein Amir-Abdollahian, who held separate talks with Lavrov before the quadrilateral meeting, said Tehran supported the normalization of relations between \"two neighbors\" and would continue its cooperation with Russia and Türkiye in the Astana format."],
        ["Ankara and Damascus cut diplomatic ties in 2012, after Türkiye backed the armed opposition against the government in Damascus, and Turkish troops have since carried out several cross-border operations against the PKK/YPG in northern Syria."],
        ["Türkiye, Russia and Iran are the guarantor countries of the Astana format, launched in 2017 to end the Syrian conflict, while Russia and Iran have been the main backers of the government of Bashar al-Assad."],
        ["Despite their common support for Damascus, Moscow and Tehran have at times competed for influence and economic contracts in Syria, and Iranian officials have complained that Russia turns a blind eye to Israeli airstrikes on Iranian positions in the country."],
        ["Murat Demirtas, a researcher at the Ankara-based Center for Caucasus and Middle East Studies, told Anadolu that the meeting showed Moscow's determination to remain the main broker in Syria despite the war in Ukraine.",
         "\"Russia is using this format to show that it still matters in Syria, but Tehran is wary of any deal between Ankara and Damascus that is shaped mainly in Moscow,\" he said."],
        ["Earlier on Wednesday, Cavusoglu also held a bilateral meeting with Lavrov on the Black Sea grain deal, which Russia has threatened to quit unless Western countries ease restrictions on its own grain and fertilizer exports."],
        ["*Writing by Elif Karaca"],
    ],
    source=dict(
        title="Türkiye, Russia, Iran, Syria foreign ministers meet in Moscow",
        outlet="synthetic (Anadolu Agency English style)",
        published="2023-05-10",
        notes="Written for evaluation in Anadolu Agency English style ('MOSCOW (AA) - ' dateline, Turkish viewpoint, 'Türkiye', 'Mevlut Cavusoglu', 'the PKK/YPG', 'terror organizations', 'told Anadolu', a Turkish researcher's comment, American spelling, straight quotes, closing '*Writing by' line as boilerplate). Date also in the file's header. Title written by the team: the file has no headline. A Wednesday, so 'on Wednesday' and 'Earlier on Wednesday' = 2023-05-10, 'in 2011' = 2011, 'in 2017' = 2017. Based on the widely reported quadrilateral meeting of the foreign ministers of Türkiye (Cavusoglu), Russia (Lavrov), Iran (Amir-Abdollahian) and Syria (Mekdad) in Moscow on 10 May 2023, the agreement to task the deputy foreign ministers with a roadmap for Türkiye-Syria normalization, Mekdad's demand for the withdrawal of Turkish forces, Türkiye's stated priorities (counter-terrorism, return of refugees), the Astana format (2017), Russia's and Iran's backing of Assad, Israeli strikes on Iranian targets in Syria, and Russia's May 2023 threat to quit the Black Sea grain deal. The wording of all quotations and paraphrases, Lavrov's praise of Iran, the separate Amir-Abdollahian-Lavrov and Cavusoglu-Lavrov meetings, the Iranian officials' complaint line, the researcher Murat Demirtas and his Center for Caucasus and Middle East Studies (both invented) and the writer's line (Elif Karaca, invented) are constructed.",
    ),
)

# ---------------------------------------------------------------- 704 Tasnim
ARTICLES["704_tasnim_bavar373_s400.txt"] = dict(
    header=" date 2019-08-22 ",
    paras=[
        ["Iran Needs No Foreign Air Defense System after Bavar-373 Unveiling, Top Military Commander Says"],
        ["TEHRAN (Tasnim) – Chief of Staff of the Iranian Armed Forces Major General Mohammad Bagheri said on Thursday that the Islamic Republic has no need for foreign air defense systems such as Russia’s S-400, as President Hassan Rouhani unveiled the homegrown Bavar-373 long-range missile system in Tehran."],
        ["Speaking to reporters on the sidelines of the ceremony marking the National Defense Industry Day, Major General Bagheri said the Bavar-373 is “more capable than the S-300” that Russia delivered to Iran in 2016 after years of delay."],
        ["President Rouhani, for his part, said the system’s capabilities are “superior to the S-300 and close to the S-400,” adding that the Iranian Armed Forces “will not wait for anyone’s permission” to defend the country."],
        ["The unveiling came three months after the US media outlet Bloomberg claimed that Russian President Vladimir Putin had turned down an Iranian request to buy the S-400, a report that both Tehran and Moscow dismissed at the time.",
         "Russia’s Federal Service for Military-Technical Cooperation said at the time that it had received no such request, while Iranian officials stressed that the country’s defense needs are met by domestic production."],
        ["However, Member of the Iranian Parliament’s National Security and Foreign Policy Committee Hossein Karimabadi told Tasnim that the S-300 experience had shown that “Iran cannot count on the Russians in its critical moments.”",
         "“For six years, Moscow kept the S-300 in its warehouses under pressure from the Americans and the Zionist regime, even though Iran had paid for it,” he said."],
        ["Russia suspended the 2007 contract for the S-300 in 2010 after the UN Security Council imposed new sanctions on Iran, prompting Tehran to file a lawsuit against Moscow, and delivered the system only in 2016, after the nuclear deal was reached."],
        ["Iranian experts have also criticized Moscow’s coordination with the Zionist regime in Syria, where Israeli warplanes have repeatedly targeted the positions of Iranian military advisers without any response from Russian air defenses."],
        ["Major General Bagheri also warned the United States that any aggression against Iran’s airspace would be met with a “crushing response,” recalling that the Aerospace Force of the Islamic Revolution Guards Corps (IRGC) shot down an American spy drone over the Strait of Hormuz in June after it violated the country’s airspace."],
        ["Despite the disagreements over arms deliveries, Tehran and Moscow continue to cooperate closely in Syria and in countering the illegal US sanctions that Washington reimposed on Iran after withdrawing from the nuclear deal last year."],
    ],
    source=dict(
        title="Iran Needs No Foreign Air Defense System after Bavar-373 Unveiling, Top Military Commander Says",
        outlet="synthetic (Tasnim News Agency style, translated English)",
        published="2019-08-22",
        notes="Written for evaluation in Tasnim News Agency English style (hardline Iranian framing: 'the Zionist regime', 'the illegal US sanctions', 'the Americans', 'homegrown'; long titles before names: 'Chief of Staff of the Iranian Armed Forces Major General Mohammad Bagheri', 'Member of the Iranian Parliament's National Security and Foreign Policy Committee Hossein Karimabadi'; 'Major General Bagheri' on second reference; 'TEHRAN (Tasnim) – ' dateline with an en dash; 'told Tasnim'; curly quotes with the comma or full stop inside; title-case headline after the header). Date also in the file's header; the headline line follows it. A Thursday, so 'on Thursday' = 2019-08-22, 'three months after' = 2019-05 (month), 'at the time' = the May 2019 episode, 'in June' = 2019-06, 'last year' = 2018, 'For six years' = a span (background). Based on the widely reported unveiling of the Bavar-373 by Rouhani on National Defense Industry Day, 22 August 2019, Iranian claims comparing it with the S-300 and S-400, the Bloomberg report of late May 2019 that Putin had turned down an Iranian request for the S-400 and the denials from both sides, the 2007 S-300 contract, its 2010 suspension after UN Security Council resolution 1929, Iran's lawsuit and the 2016 delivery, Israeli strikes on Iranian targets in Syria, the IRGC's downing of a US Global Hawk drone on 20 June 2019, and the 2018 US withdrawal from the JCPOA. The wording of all quotations and paraphrases (Bagheri's and Rouhani's lines are approximate), the Federal Service for Military-Technical Cooperation's denial wording, the Iranian officials' and experts' lines and the MP Hossein Karimabadi (invented) with his remarks are constructed.",
    ),
)

# ---------------------------------------------------------------- 705 Washington Post explainer
ARTICLES["705_wapo_explainer_russia_iran_war.txt"] = dict(
    header=None,
    paras=[
        ["Russia calls Iran a strategic partner. Why isn’t it coming to Tehran’s aid?"],
        ["By Daria Velikanova and Omid Sadri"],
        ["As Israeli warplanes pounded Iran’s nuclear sites and military leadership for a seventh day, the Kremlin offered Tehran sympathy, condemnation of Israel and an offer to mediate — but no weapons and no visible military help.",
         "The restraint has surprised some in Iran, which has supplied Russia with drones for its war in Ukraine and signed a strategic partnership treaty with Moscow in January.",
         "Here’s what to know about where Russia stands."],
        ["What has Russia said about the strikes?"],
        ["Russia’s Foreign Ministry condemned Israel’s strikes on June 13 as “categorically unacceptable,” and Russian President Vladimir Putin spoke by phone the same day with both Israeli Prime Minister Benjamin Netanyahu and Iranian President Masoud Pezeshkian.",
         "In the call with Netanyahu, the Kremlin said, Putin offered to mediate and stressed the importance of returning to negotiations on Iran’s nuclear program.",
         "Putin repeated the offer to President Donald Trump in a call Saturday.",
         "Trump brushed it aside on Wednesday.",
         "“Do me a favor, mediate your own,” he said he had told Putin."],
        ["Doesn’t Russia have a treaty with Iran?"],
        ["It does, but the comprehensive strategic partnership treaty that Putin and Pezeshkian signed in Moscow on Jan. 17 contains no mutual defense clause.",
         "The two countries pledge only not to help an aggressor that attacks either of them.",
         "Putin made the point himself late Wednesday, telling the heads of international news agencies that “our Iranian friends have not asked us” for military help and that Russia had once offered to cooperate with Iran on air defense, but “the Iranian side did not show much interest.”",
         "He also noted that almost 2 million people from the former Soviet Union live in Israel."],
        ["Why hasn’t Russia sent weapons?"],
        ["Analysts say Moscow has little to spare.",
         "Its own air defenses are stretched by Ukrainian drone attacks, and the Su-35 fighter jets Iran ordered years ago have still not been delivered, according to Iranian officials.",
         "Russia also no longer needs Iranian arms as badly as it did in 2022, when Shahed drones from Iran helped it pound Ukraine’s power grid; it now makes its own version, the Geran-2, at a plant in Tatarstan."],
        ["“Russia will give Iran words, not S-400s,” said Ruslan Petrenko, a Russia analyst at the Center for Eurasian Security in Washington.",
         "“Putin does not want to burn his bridges with Netanyahu or with Trump for the sake of Tehran.”"],
        ["What does Iran say?"],
        ["Iranian officials have publicly thanked Moscow for condemning the strikes.",
         "But some in Tehran are openly bitter.",
         "“Russia watches from the sidelines while our cities are bombed, and calls it a strategic partnership,” a former Iranian diplomat told The Post, speaking on the condition of anonymity to discuss a sensitive subject.",
         "Foreign Ministry spokesman Esmaeil Baghaei said Monday that Tehran had not asked any country for military help and was “capable of defending itself.”"],
        ["Could Russia still play a role?"],
        ["Rosatom built Iran’s Bushehr nuclear power plant, and Putin said Wednesday that more than 200 Russian specialists were still working there and that Israel had agreed to ensure their safety.",
         "Deputy Foreign Minister Sergei Ryabkov warned Washington on Wednesday against giving Israel direct military assistance, saying it would “radically destabilize” the region.",
         "Whether Moscow can do more than talk may depend less on Tehran than on Trump, who is weighing whether to join Israel’s campaign against Iran."],
        ["Karim Fahmy in Cairo contributed to this report."],
    ],
    source=dict(
        title="Russia calls Iran a strategic partner. Why isn’t it coming to Tehran’s aid?",
        outlet="synthetic (Washington Post explainer style)",
        published="2025-06-19",
        notes="Written for evaluation in Washington Post explainer style (headline line, byline line 'By Daria Velikanova and Omid Sadri' as boilerplate, 'Here's what to know', subheadings posed as questions, 'said Wednesday' / 'a call Saturday' without 'on', 'Jan. 17', 'told The Post', 'speaking on the condition of anonymity', American spelling, curly quotes with the comma inside, closing 'contributed to this report' line as boilerplate). No date header: the date is given only here. Headline is the file's first line, the byline the second. A Thursday, so 'for a seventh day' = the war begun on 2025-06-13, 'June 13' and 'the same day' = 2025-06-13, 'Saturday' = 2025-06-14, 'Monday' = 2025-06-16, 'Wednesday' and 'late Wednesday' = 2025-06-18, 'in January' and 'Jan. 17' = 2025-01(-17), 'in 2022' = 2022. Based on the widely reported Israeli strikes on Iran from 13 June 2025, the Russian Foreign Ministry's condemnation, Putin's 13 June calls with Netanyahu and Pezeshkian and his mediation offer, the 14 June Putin-Trump call, Trump's 18 June 'mediate your own' rebuff, Putin's late-18 June remarks to heads of international news agencies (no request from Iran, little Iranian interest in air-defence cooperation, nearly 2 million people from the former USSR in Israel, more than 200 Russian specialists at Bushehr and Israel's assurance of their safety), Ryabkov's 18 June warning to Washington against military assistance to Israel, the January 2025 treaty without a mutual defence clause, the undelivered Su-35s, the Shahed/Geran-2 drones and their production in Tatarstan. Trump's quotation is shortened; the Kremlin readout paraphrase, Baghaei's Monday line, the Iranian officials' thanks line, the analyst Ruslan Petrenko and the Center for Eurasian Security (both invented), the anonymous former Iranian diplomat and the byline and contributor names (invented) are constructed.",
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
