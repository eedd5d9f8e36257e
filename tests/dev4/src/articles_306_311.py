#!/usr/bin/env python3
"""Article text for dev4_b (306-311), kept as paragraphs of sentences.

Run: python3 articles_src.py  -> writes articles/*.txt and articles/sources.csv.
Each article: optional date header (prefixed to the first paragraph, like dev2),
then paragraphs separated by a blank line; sentences of a paragraph joined by one space."""

import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(HERE, "articles")

ARTICLES = {}

ARTICLES["306_arabnews_riyadh_gcc_russia_islands.txt"] = dict(
    header=None,
    paras=[
        ["GCC, Russia back UAE on islands at Riyadh strategic dialogue"],
        ["RIYADH: Gulf Cooperation Council foreign ministers and Russian Foreign Minister Sergei Lavrov on Monday reaffirmed their commitment to the GCC-Russia strategic dialogue at a ministerial meeting hosted by the Kingdom in Riyadh."],
        ["The meeting, chaired by Saudi Foreign Minister Prince Faisal bin Farhan, discussed the war in Gaza, the crisis in Sudan and energy cooperation within the OPEC+ framework, GCC Secretary-General Jasem Albudaiwi said in a statement.",
         "In their joint statement, the ministers supported \"all peaceful efforts, including the initiative and endeavors of the UAE\" to resolve the issue of the three islands of Greater Tunb, Lesser Tunb and Abu Musa through bilateral negotiations or the International Court of Justice."],
        ["The wording drew a swift response from Tehran.",
         "Iran's Foreign Ministry spokesman Esmaeil Baghaei told reporters that the islands \"are an inseparable part of Iran's territory\" and said the Islamic Republic \"strongly rejects\" the statement.",
         "He did not mention Russia by name, but Iranian state media accused Moscow of siding with the Gulf states against a strategic partner."],
        ["It was the third time in just over a year that Moscow has endorsed such language, after similar statements following the GCC-Russia meeting in Moscow in July 2023 and the Russia-Arab Cooperation Forum in Marrakesh that December.",
         "On both occasions Iran summoned the Russian envoy in Tehran."],
        ["Lavrov, who arrived in Riyadh on Sunday, also held separate talks with Prince Faisal on bilateral relations and the Ukraine crisis.",
         "\"Our relations with the Kingdom are based on mutual respect and do not depend on anyone's approval,\" Lavrov told reporters after the session, when asked about Iran's objections.",
         "He insisted that Moscow's position on the islands had not changed."],
        ["Analysts said the statement showed that Moscow was unwilling to sacrifice its ties with Gulf capitals for Tehran's sake.",
         "\"Russia needs Saudi Arabia in OPEC+ far more than it needs to please Iran on this file,\" said Abdullah Al-Otaibi, a Riyadh-based political analyst.",
         "\"Moscow's partnership with Iran has limits, and the islands are one of them.\""],
        ["The Kingdom restored diplomatic relations with Iran in March 2023 under a deal brokered by China, and Saudi officials have stressed that the rapprochement remains on track.",
         "Russia welcomed that agreement at the time."],
        ["The UAE has repeatedly called on Iran to respond to its calls for direct negotiations or to refer the dispute to the International Court of Justice.",
         "Tehran insists that its sovereignty over the islands is not negotiable."],
    ],
    source=dict(
        title="GCC, Russia back UAE on islands at Riyadh strategic dialogue",
        outlet="synthetic (Arab News style)",
        published="2024-09-10",
        notes="Written for evaluation in Arab News style ('RIYADH:' dateline, 'the Kingdom', straight quotes, Gulf viewpoint); a Tuesday, so 'on Monday' = 2024-09-09 and 'on Sunday' = 2024-09-08. No date header: the date is given only here. Headline is the file's first line. Based on the September 2024 GCC-Russia ministerial meeting in Riyadh and its islands wording; the Baghaei, Lavrov and analyst quotations, the analyst himself and the Iranian state media line are constructed.",
    ),
)

ARTICLES["307_jpost_bennett_putin_sochi.txt"] = dict(
    header=None,
    paras=[
        ["Bennett, Putin agree to keep Syria deconfliction as IDF hits Iranian targets"],
        ["Prime Minister Naftali Bennett and Russian President Vladimir Putin agreed to maintain the military coordination mechanism that lets the IDF operate over Syria, during a five-hour meeting in the Black Sea resort of Sochi on Friday, a senior Israeli official said."],
        ["The mechanism, set up in 2015 after Russia deployed forces to Syria to prop up President Bashar Assad, has allowed Israel to carry out hundreds of strikes on Iranian targets and Hezbollah weapons shipments without clashing with Russian forces."],
        ["\"We discussed Syria at length, and the efforts to stop Iran from entrenching itself militarily on our northern border,\" Bennett told reporters on the flight back to Israel on Saturday night.",
         "He said he had found his host \"attentive to Israel's security needs.\""],
        ["Putin, for his part, described relations between the two countries as \"unique\" and cited the large Russian-speaking community in Israel.",
         "The Kremlin's readout of the talks did not mention Iran."],
        ["The understandings are a sore point in Tehran.",
         "Iranian officials have privately complained that Moscow, which fights alongside Iranian-backed forces in Syria, does nothing to stop Israeli jets, and hard-line Iranian media have accused Russia of \"collusion\" with the Jewish state."],
        ["Ties between Jerusalem and Moscow hit a low in September 2018, when Syrian air defenses shot down a Russian Il-20 reconnaissance plane during an Israeli raid near Latakia, killing 15 Russian servicemen.",
         "The Russian Defense Ministry blamed Israel for the incident, and two weeks later Moscow delivered the S-300 air defense system to the Assad regime.",
         "Israeli officials said at the time that the S-300 would not stop them from acting against Iran, and the batteries have reportedly never been fired at Israeli aircraft."],
        ["Earlier this month, foreign media reported that Israeli jets struck a communications tower near Palmyra used by Iranian-backed militias.",
         "The IDF, as is its policy, did not confirm the strike."],
        ["The two leaders also discussed Iran's nuclear program, which Israel says is approaching the threshold of weapons capability, according to the Prime Minister's Office.",
         "Bennett is expected to raise the issue again with French President Emmanuel Macron on the sidelines of the UN climate summit in Glasgow early next month."],
        ["Russian officials have occasionally criticized the strikes, and Moscow has never publicly endorsed Israel's campaign.",
         "But a former senior IDF officer told The Jerusalem Post that the Russians \"understand very well that Iran is not their ally in Syria, but a competitor.\""],
    ],
    source=dict(
        title="Bennett, Putin agree to keep Syria deconfliction as IDF hits Iranian targets",
        outlet="synthetic (Jerusalem Post style)",
        published="2021-10-24",
        notes="Written for evaluation in Jerusalem Post style (headline line, 'IDF', 'the Jewish state', American spelling, straight quotes); a Sunday, so 'on Friday' = 2021-10-22, 'on Saturday night' = 2021-10-23, 'earlier this month' = 2021-10 and 'early next month' = 2021-11. No date header: the date is given only here. Based on the 22 October 2021 Bennett-Putin meeting in Sochi and the 2018 Il-20/S-300 episode; all quotations, the senior official and the former IDF officer are constructed, and the Palmyra strike is a composite of that month's reports.",
    ),
)

ARTICLES["308_meduza_kremlin_iran_war.txt"] = dict(
    header=" date 2025-06-27 ",
    paras=[
        ["When Israel began bombing Iran’s nuclear and military sites on June 13, the Kremlin limited itself to words.",
         "Vladimir Putin condemned the strikes in phone calls with Iranian President Masoud Pezeshkian and Israeli Prime Minister Benjamin Netanyahu and offered to mediate, but Moscow sent Tehran neither weapons nor air defense systems."],
        ["Speaking at the St. Petersburg International Economic Forum on June 20, Putin insisted that Russia had not abandoned its partner.",
         "He said Moscow had once offered Iran help in building an integrated air defense system, but that “our Iranian friends did not show much interest.”",
         "He also pointed out that the strategic partnership treaty the two countries signed in January contains no mutual defense obligations."],
        ["That explanation has not gone down well in Tehran.",
         "Several Iranian lawmakers have asked publicly why the Su-35 fighter jets Iran says it paid for have never arrived, and a former Iranian ambassador to Moscow told the reformist newspaper Etemad that Russia “has always treated Iran as a bargaining chip in its dealings with the West.”"],
        ["Two sources close to the Kremlin told Meduza that the decision to stay out of the war was taken at the very top.",
         "According to one of them, Putin did not want to jeopardize his fragile contacts with Donald Trump’s administration over Ukraine, or Russia’s relations with Israel and the Gulf monarchies.",
         "“Nobody here was going to fight Israel for Iran,” the source said."],
        ["A source in the Russian government added that Russian air defense systems are needed at the front in Ukraine and that there are simply none to spare.",
         "Meduza was unable to verify these accounts independently."],
        ["Iranian Foreign Minister Abbas Araghchi flew to Moscow on Monday, a day after American bombers struck the Fordow, Natanz and Isfahan sites, and was received by Putin in the Kremlin.",
         "Putin called the U.S. attacks “absolutely unprovoked aggression” and promised to help the Iranian people.",
         "According to Reuters, Araghchi carried a letter from Supreme Leader Ali Khamenei asking for more concrete support, but Tehran was disappointed with the response."],
        ["Presidential spokesman Dmitry Peskov rejected the suggestion that Moscow had let its ally down.",
         "“Our support for Iran was expressed very clearly, including at the UN Security Council,” Peskov told journalists on Tuesday, declining to say whether Russia would now supply Iran with weapons."],
        ["Since 2022 Iran has sold Russia thousands of Shahed drones, which the Russian army still uses against Ukrainian cities.",
         "But for the Kremlin, Tehran has never been an ally worth a war, argues political scientist Nikolai Kozhanov, who served as a Russian diplomat in Tehran.",
         "“Moscow supports Iran exactly as far as it costs Moscow nothing,” he told Meduza."],
    ],
    source=dict(
        title="Why the Kremlin stayed out of Iran's war with Israel",
        outlet="synthetic (Meduza English style)",
        published="2025-06-27",
        notes="Written for evaluation in Meduza English style (sources close to the Kremlin, 'told Meduza', 'Meduza was unable to verify', curly quotes, 'air defense'); a Friday, so 'on Monday' = 2025-06-23 ('a day after' = Sunday 2025-06-22) and 'on Tuesday' = 2025-06-24. Date also in the file's header. Title written by the team: the file has no headline. Based on Russia's response to the June 2025 Israel-Iran war (Putin's calls, his SPIEF remarks, Araghchi's 23 June visit); the sources, the ambassador, the lawmakers' remarks, the Peskov and Kozhanov quotations are constructed.",
    ),
)

ARTICLES["309_scmp_beijing_trilateral_oil.txt"] = dict(
    header=" date 2025-03-15 ",
    paras=[
        ["China, Russia and Iran on Friday called for an end to “all illegal unilateral sanctions” on Tehran, as Beijing hosted senior diplomats from the three countries for talks on Iran’s nuclear programme."],
        ["Chinese Vice-Foreign Minister Ma Zhaoxu met Russian Deputy Foreign Minister Sergei Ryabkov and Iranian Deputy Foreign Minister Kazem Gharibabadi in the Chinese capital, after which Foreign Minister Wang Yi received the two visiting envoys.",
         "In a joint statement, the three sides said that political and diplomatic engagement based on mutual respect remained “the only viable option”."],
        ["The meeting came a week after US President Donald Trump said he had written to Iran’s Supreme Leader Ayatollah Ali Khamenei proposing nuclear negotiations, while warning of military action if Tehran refused.",
         "Khamenei dismissed the overture, saying Iran would not be bullied into talks."],
        ["Ma told reporters that Beijing opposed “the use of force and illegal sanctions” and hoped Washington would return to the negotiating table.",
         "He did not say whether China would be willing to host talks between Iran and the US."],
        ["The diplomatic show of unity followed the “Maritime Security Belt 2025” exercise, in which warships of the three navies drilled this week in the Gulf of Oman near Iran’s Chabahar port.",
         "It was the fifth such drill since 2019."],
        ["Yet Beijing’s two partners are also rivals.",
         "Since 2022, Russia has become China’s biggest supplier of crude, and discounted Russian grades have eaten into the share of Iranian oil bought by independent “teapot” refiners in Shandong province.",
         "Chinese imports of Iranian crude fell sharply last month after Washington sanctioned more tankers of the so-called shadow fleet, according to ship-tracking firm Vortexa, and traders in Singapore said Russian ESPO cargoes had filled part of the gap."],
        ["Transport links show similar frictions.",
         "Moscow and Tehran have promoted the International North-South Transport Corridor, which runs from St Petersburg to Mumbai via Iranian ports, but Russian officials have complained for years about slow progress on the Rasht-Astara railway link in Iran.",
         "India, which operates a terminal at Chabahar, has been left uncertain after Trump ordered a review of the sanctions waiver that covers the port."],
        ["“Beijing wants Tehran at the table, but it will not pay any price for it,” said a Shanghai-based Middle East scholar who asked not to be named.",
         "“Russia and Iran need China much more than China needs either of them.”"],
        ["Iran’s foreign ministry spokesman Esmaeil Baghaei described Friday’s talks as “constructive” and said the three countries had agreed to meet again."],
    ],
    source=dict(
        title="China, Russia and Iran call for end to sanctions on Tehran at Beijing talks",
        outlet="synthetic (South China Morning Post style)",
        published="2025-03-15",
        notes="Written for evaluation in South China Morning Post style ('Vice-Foreign Minister', 'programme', 'teapot' refiners, curly quotes, Asian angle: China's oil market, INSTC, Chabahar); a Saturday, so 'on Friday' = 2025-03-14, 'this week' = week of Monday 2025-03-10 and 'last month' = 2025-02. Date also in the file's header. Title written by the team: the file has no headline. Based on the 14 March 2025 Beijing trilateral meeting and the March 2025 Security Belt drill; the Ma and Baghaei quotations, the Vortexa/trader details and the scholar are constructed.",
    ),
)

ARTICLES["310_brief_south_caucasus_route.txt"] = dict(
    header=None,
    paras=[
        ["Russia, Iran and the South Caucasus after the Washington accord"],
        ["1. Summary"],
        ["On 8 August 2025 the leaders of Armenia and Azerbaijan, Nikol Pashinyan and Ilham Aliyev, signed a joint declaration at the White House in the presence of US President Donald Trump, while their foreign ministers initialled a peace agreement.",
         "Among its provisions is a transit route across Armenia’s Syunik province, branded the ‘Trump Route for International Peace and Prosperity’, to be developed with American participation.",
         "This brief argues that the accord exposes a growing divergence between Moscow and Tehran in a region where both have long claimed a veto."],
        ["2. Iran’s red line"],
        ["Tehran has opposed for years any corridor that would sever Iran’s border with Armenia.",
         "In September 2024 it summoned the Russian ambassador after Foreign Minister Sergei Lavrov appeared to endorse Baku’s demand for a ‘Zangezur corridor’, and Iranian officials warned repeatedly that any change of borders was unacceptable.",
         "After the Washington summit, Ali Akbar Velayati, an adviser to Supreme Leader Ali Khamenei, threatened that the route would become ‘a graveyard for Trump’s mercenaries’.",
         "President Masoud Pezeshkian took a softer line during a visit to Yerevan on 18 August, where he was assured by Pashinyan that Armenia would retain full sovereignty over the route."],
        ["3. Moscow’s ambivalence"],
        ["Russia’s response was notably muted.",
         "The Russian Foreign Ministry welcomed the normalisation between Baku and Yerevan in principle, but cautioned against solutions ‘imposed from outside the region’ and argued that the 2020 trilateral statement gave Russian border guards a role in securing transit.",
         "Moscow’s standing with both parties has weakened: Yerevan has frozen its participation in the Collective Security Treaty Organization, and Aliyev has accused Russia of trying to hush up the downing of an Azerbaijani airliner in December 2024."],
        ["4. Implications"],
        ["Unlike Tehran, Moscow appears to have concluded that it cannot block the route and may instead seek a share of it.",
         "Russian officials have hinted that South Caucasus Railway, a subsidiary of Russian Railways that runs Armenia’s rail network under a concession, could operate the link.",
         "Such a role would put Russia on the opposite side of an issue that Iran regards as existential, and would test the Comprehensive Strategic Partnership Treaty signed in January 2025, which commits the two states to consultations but not to mutual defence."],
        ["Iran, for its part, is likely to compensate by deepening ties with Armenia and with India, which shares its interest in the North–South corridor.",
         "It is unlikely, however, that the dispute will lead Tehran to break with Moscow, on which it depends for diplomatic cover at the UN Security Council.",
         "The more probable outcome is a relationship that remains close in rhetoric but increasingly transactional in substance."],
        ["The views expressed in this brief are those of the author and do not necessarily reflect those of the institute."],
    ],
    source=dict(
        title="Russia, Iran and the South Caucasus after the Washington accord",
        outlet="synthetic (Chatham House / IISS research-brief style)",
        published="2025-09-15",
        notes="Written for evaluation as a think-tank research brief (title line, numbered section headings without final punctuation, 'This brief argues', British spelling, single curly quotes, disclaimer footer); a Monday. No date header: the date is given only here. Title is the file's first line. Based on the 8 August 2025 Washington summit (TRIPP), Velayati's threat, Pezeshkian's August 2025 Yerevan visit and the September 2024 Zangezur summons; the Foreign Ministry wording and the hint about Russian Railways are constructed paraphrase.",
    ),
)

ARTICLES["311_bbcm_treaty_media_digest.txt"] = dict(
    header=" date 2025-01-20 ",
    paras=[
        ["Russian, Iranian media see gaps in new strategic partnership treaty"],
        ["Russian and Iranian media have given a mixed reception to the Comprehensive Strategic Partnership Treaty signed by Presidents Vladimir Putin and Masoud Pezeshkian in Moscow on 17 January, with commentators in both countries focusing on what the document leaves out."],
        ["No military alliance"],
        ["Russian daily Kommersant reported on 18 January that, unlike Russia's 2024 treaty with North Korea, the new agreement contains no mutual defence clause.",
         "The two sides only undertake not to help an aggressor against the other, the paper noted."],
        ["Iran's Tasnim news agency, which is close to the Islamic Revolution Guards Corps, quoted Iran's ambassador to Moscow, Kazem Jalali, as saying that Tehran \"never sought\" a military alliance with anyone.",
         "He added that the treaty reflected \"the independence of both countries\"."],
        ["Gas price unresolved"],
        ["Business daily Vedomosti reported that Gazprom and the National Iranian Gas Company had still not agreed a price for planned supplies of Russian gas to Iran via Azerbaijan.",
         "Putin told a joint news conference that deliveries could start at 2 billion cubic metres a year and eventually rise to 55 billion, the paper said.",
         "Iranian Oil Minister Mohsen Paknejad was quoted by the Shana news agency as saying that the price talks were \"in their final stage\"."],
        ["Criticism in Tehran"],
        ["The reformist daily Ham-Mihan said in an editorial on 19 January that Russia had never delivered the Su-35 fighters Iran ordered and had voted for UN sanctions on Iran in the past.",
         "It urged the government not to \"put all its eggs in Moscow's basket\"."],
        ["The hard-line daily Kayhan dismissed such criticism, accusing \"Western-leaning\" newspapers of trying to sabotage relations with a strategic partner.",
         "Meanwhile, the conservative website Tabnak reported that several MPs had asked Foreign Minister Abbas Araghchi to explain why the gas price had not been settled before the signing."],
        ["Russian TV upbeat"],
        ["Russian state TV channel Rossiya 1 hailed the treaty as a blow to Western attempts to isolate both countries.",
         "In a report from the Kremlin, its correspondent said that the two leaders had also discussed the North-South transport corridor and payments in national currencies.",
         "Kremlin spokesman Dmitry Peskov was quoted by the RIA Novosti news agency as saying that the treaty was \"not directed against any third country\"."],
        ["BBC Monitoring reports and analyses news from TV, radio, web and print media around the world."],
    ],
    source=dict(
        title="Russian, Iranian media see gaps in new strategic partnership treaty",
        outlet="synthetic (BBC Monitoring digest style)",
        published="2025-01-20",
        notes="Written for evaluation as a BBC Monitoring-style media digest (item subheadings without final punctuation, 'Russian daily Kommersant reported', 'Iran's Tasnim news agency quoted', closing BBC Monitoring line); a Monday. Date also in the file's header; the first line after it is a title line without final punctuation. Based on the 17 January 2025 treaty signing and the unresolved gas price; the wording attributed to every outlet, Jalali, Paknejad, Peskov and the Tabnak MPs is constructed.",
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
