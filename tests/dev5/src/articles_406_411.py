#!/usr/bin/env python3
"""Article text for dev5_b (406-411), kept as paragraphs of sentences.

Run: python3 src/articles_src.py -> writes articles/*.txt and articles/sources.csv.
Each article: optional date header (prefixed to the first paragraph, as in dev4),
then paragraphs separated by a blank line; the sentences of a paragraph are joined by one space."""

import csv
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ART = os.path.join(HERE, "articles")

ARTICLES = {}

ARTICLES["406_aljazeera_snapback_vote.txt"] = dict(
    header=None,
    paras=[
        ["UN sanctions on Iran return as Russia-China bid for delay fails"],
        ["United Nations sanctions on Iran were reimposed late on Saturday after a last-ditch effort by Russia and China to postpone them failed at the Security Council, deepening Tehran’s isolation and testing the limits of its partnership with Moscow."],
        ["The measures, lifted under the 2015 nuclear deal, came back a month after the United Kingdom, France and Germany, known as the E3, triggered the so-called snapback mechanism on August 28.",
         "The three European powers accuse Iran of failing to meet its commitments under the deal, a charge Tehran rejects."],
        ["On Friday, a draft resolution tabled by Moscow and Beijing that would have delayed the snapback by six months won only four votes in the 15-member council, with nine members voting against and two abstaining.",
         "Pakistan and Algeria backed the text.",
         "A week earlier, on September 19, the council had rejected a separate resolution that would have kept sanctions relief in place."],
        ["Russia’s deputy ambassador to the UN, Dmitry Polyanskiy, told the council that the European move was “legally null and void” and that Moscow would not recognise the restored measures.",
         "“What we witnessed today was blackmail dressed up as diplomacy,” he said."],
        ["Iran’s response came within hours.",
         "Tehran recalled its ambassadors to Britain, France and Germany for consultations on Saturday, Iranian state media reported.",
         "Speaking at the UN General Assembly on Wednesday, President Masoud Pezeshkian said Iran had never sought a nuclear weapon and would not bow to what he called “bullying”."],
        ["Yet in Tehran, the vote has revived an old debate about how far Iran can rely on Moscow.",
         "Several Iranian commentators pointed out that Russia itself voted for four rounds of UN sanctions on Iran between 2006 and 2010, the very resolutions that snapback has now restored.",
         "“Russia’s votes are welcome, but votes are cheap,” said Fatemeh Karimi, a researcher at a Tehran-based think tank.",
         "“What Iran needed was a veto before August, and that tool simply did not exist.”"],
        ["Al Jazeera’s correspondent in Tehran said many Iranians were bracing for a further slide in the rial, which has lost about a third of its value this year."],
        ["Moscow, for its part, has signalled that it will keep doing business with Iran regardless.",
         "Addressing the General Assembly on Saturday, Foreign Minister Sergey Lavrov said Russia regarded the reimposed sanctions as illegitimate and would continue its cooperation with Tehran, including in the military-technical sphere, according to the TASS news agency.",
         "Analysts caution, however, that Russian companies have been slow to invest in Iran even without UN restrictions, wary of secondary sanctions from Washington.",
         "Beijing, which buys most of Iran’s oil exports, has also said it will not comply with the restored measures."],
    ],
    source=dict(
        title="UN sanctions on Iran return as Russia-China bid for delay fails",
        outlet="synthetic (Al Jazeera English style)",
        published="2025-09-28",
        notes="Written for evaluation in Al Jazeera English style (headline line, curly quotes, British spelling, 'Al Jazeera’s correspondent in Tehran', Tehran-street angle); a Sunday, so 'late on Saturday' = 2025-09-27, 'on Friday' = 2025-09-26, 'on Wednesday' = 2025-09-24, 'A week earlier, on September 19' = 2025-09-19. No date header: the date is given only here. Headline is the file's first line. Based on the widely reported E3 snapback notice of 28 August 2025, the Security Council votes of 19 and 26 September 2025 (Russia-China draft: 4 in favour, 9 against, 2 abstentions), the return of UN sanctions on 27-28 September and Iran's recall of its ambassadors from the E3; the Polyanskiy and Pezeshkian wording, the researcher Fatemeh Karimi (invented), the correspondent's line, Lavrov's wording as relayed by TASS and the rial figure are constructed or approximate.",
    ),
)

ARTICLES["407_mehr_eslami_bushehr_delays.txt"] = dict(
    header=" date 2025-09-27 ",
    paras=[
        ["TEHRAN, Sep. 27 (MNA) – Head of the Atomic Energy Organization of Iran (AEOI) Mohammad Eslami has called on the Russian side to speed up construction of the second and third units of the Bushehr nuclear power plant, saying the project is years behind schedule."],
        ["Eslami made the remarks on Saturday upon returning from Moscow, where he attended World Atomic Week and held talks with Rosatom Director General Alexey Likhachev.",
         "\"Our Russian friends know that the pace of work in Bushehr is not acceptable to us,\" the AEOI chief told reporters at Mehrabad Airport.",
         "He added that part of the delay was caused by financial problems and by the sanctions, which have made money transfers between the two countries difficult."],
        ["Construction of the two units officially began in 2016 under a contract signed with Rosatom two years earlier, and the first of them was originally due to come on stream in 2024.",
         "According to Eslami, the Iranian side has paid off a large part of its debts to the Russian contractor in recent months."],
        ["During the visit, an agreement worth $25 billion was signed for the construction of four new nuclear units in Sirik, in the southern province of Hormozgan, between the Iran Hormoz company and a Russian partner affiliated with Rosatom, state TV reported on Friday.",
         "The AEOI and Rosatom also signed a memorandum of understanding on small modular reactors, which Eslami described as a \"strategic step\"."],
        ["Likhachev said in Moscow on Thursday that Rosatom was ready to accelerate work in Bushehr \"as soon as the financial issues are fully resolved\", RIA Novosti reported.",
         "Eslami said the Russian side had assured Tehran that the return of UN sanctions, which the European parties to the nuclear deal triggered last month, would have no impact on bilateral nuclear cooperation.",
         "Russia's Ambassador to Tehran Alexey Dedov also stated last week that Moscow does not recognize the snapback mechanism and that all joint projects would continue."],
        ["The new deal was welcomed by officials in Tehran, but some lawmakers have voiced doubts over Moscow's commitment.",
         "\"Russia took nearly two decades to finish Bushehr-1; we cannot afford to wait that long again,\" Hossein Rahmani, a member of the Parliament's Energy Committee, told Mehr.",
         "He urged the government to include strict penalty clauses for delays in future contracts with Russian companies."],
        ["The first unit of Bushehr, which was started by Germany's Siemens before the 1979 Islamic Revolution, was completed by Russia and connected to the national grid in 2011, after repeated delays that Iranian officials at the time blamed on Moscow.",
         "Russia still supplies the nuclear fuel for the plant and takes back the spent fuel under a bilateral agreement.",
         "Iran plans to raise its nuclear power generation capacity to 20,000 megawatts by 2041."],
    ],
    source=dict(
        title="AEOI chief urges Russia to speed up Bushehr construction",
        outlet="synthetic (Mehr News Agency style, translated English)",
        published="2025-09-27",
        notes="Written for evaluation in Mehr News Agency English style ('TEHRAN, Sep. 27 (MNA) –' dateline, titles before names without a comma, 'the AEOI chief', straight quotes, 'told Mehr', translated feel); a Saturday, so 'on Saturday' = 2025-09-27, 'on Friday' = 2025-09-26, 'on Thursday' = 2025-09-25, 'last week' = week of Monday 2025-09-15, 'last month' = 2025-08. Date also in the file's header. Title written by the team: the file has no headline. Based on Eslami's visit to World Atomic Week in Moscow (September 2025), the widely reported $25 billion Hormoz/Sirik nuclear plant agreement and the small modular reactor memorandum, the long-delayed Bushehr 2 and 3 units (construction launched 2016, contract 2014), Bushehr-1's delayed completion in 2011 and the fuel take-back arrangement; Eslami's, Likhachev's and Dedov's wording, the debt remark, the airport setting and the lawmaker Hossein Rahmani (invented) are constructed.",
    ),
)

ARTICLES["408_ria_putin_israel_message.txt"] = dict(
    header=" date 2025-10-03 ",
    paras=[
        ["SOCHI, October 3 (RIA Novosti) – Israel asked Moscow to inform Tehran that it is not interested in a new confrontation with the Islamic Republic, and Russia passed the message on, President Vladimir Putin said on Thursday."],
        ["Speaking at the plenary session of the Valdai International Discussion Club, the Russian leader said Moscow maintains trusting contacts with both the Israeli leadership and Iran.",
         "\"We received signals from the Israeli leadership asking us to tell our Iranian friends that Israel does not want an escalation, and we passed this on,\" Putin said.",
         "He noted that Russia's relations with Israel are special because almost two million people from the former Soviet Union live there."],
        ["The head of state also recalled that Moscow had proposed helping to settle the Iranian nuclear issue, including by taking Iran's enriched uranium for storage or processing, but said the United States had not responded to the proposal.",
         "According to Putin, Russia does not recognize the reinstatement of UN sanctions against Iran, which was initiated by the \"European troika\" in August."],
        ["Kremlin spokesman Dmitry Peskov told journalists on Friday that Moscow is ready to continue facilitating contacts between the parties \"if they so wish\".",
         "He declined to say when the message had been passed to Tehran."],
        ["The Iranian Foreign Ministry has not officially commented on Putin's statements.",
         "However, some Iranian media reacted with skepticism.",
         "The conservative newspaper Kayhan wrote on Friday that Tehran \"does not need intermediaries\" to understand Israel's intentions, recalling that Israel attacked Iran in June while negotiations with Washington were under way."],
        ["Earlier, Iranian Foreign Ministry spokesman Esmaeil Baghaei thanked Russia and China for their position at the UN Security Council, where the two countries submitted a draft resolution to postpone the return of sanctions.",
         "The document was rejected by the council on September 26."],
        ["The comprehensive strategic partnership treaty between Russia and Iran, signed in Moscow in January, entered into force on Thursday, the Russian Foreign Ministry said.",
         "The treaty provides for cooperation in the fields of security, energy and transport, but does not contain a mutual defense clause."],
        ["In June, after Israeli strikes on Iranian nuclear facilities, Putin held telephone conversations with Israeli Prime Minister Benjamin Netanyahu and Iranian President Masoud Pezeshkian, condemning Israel's actions.",
         "Some Western media reported at the time that Tehran was disappointed with the level of Russian support, which the Kremlin denied.",
         "Russian Foreign Minister Sergey Lavrov has repeatedly stated that Moscow intends to develop relations with all countries of the region, regardless of their disputes with each other."],
    ],
    source=dict(
        title="Putin: Russia passed Israel's message to Iran that it does not want escalation",
        outlet="synthetic (RIA Novosti English style)",
        published="2025-10-03",
        notes="Written for evaluation in RIA Novosti English style ('SOCHI, October 3 (RIA Novosti) –' dateline, 'the Russian leader', 'the head of state', 'European troika', straight quotes, American spelling); a Friday, so 'on Thursday' = 2025-10-02 and 'on Friday' = 2025-10-03. Date also in the file's header. Title written by the team: the file has no headline. Based on Putin's widely reported autumn 2025 remarks that Israel had asked Russia to relay to Iran that it did not seek escalation, Russia's offer to take Iranian enriched uranium, the 26 September 2025 Security Council vote, and the entry into force of the January 2025 treaty on 2 October 2025; placing the remark at the 2 October Valdai session, Putin's exact wording, Peskov's and Baghaei's remarks and the Kayhan line are constructed.",
    ),
)

ARTICLES["409_haaretz_netanyahu_putin_call.txt"] = dict(
    header=None,
    paras=[
        ["Netanyahu and Putin Discuss Iran in First Call Since Ceasefire, Kremlin Says"],
        ["Russia's president offered to help find a diplomatic solution to Iran's nuclear program, according to a Kremlin readout, while the Prime Minister's Office stayed silent on the conversation"],
        ["Russian President Vladimir Putin and Prime Minister Benjamin Netanyahu spoke by phone on Monday about Iran's nuclear program and the situation in Syria, the Kremlin said, in their first publicly reported conversation since the ceasefire that ended the 12-day war between Israel and Iran in June."],
        ["According to the Kremlin's readout, Putin stressed Russia's interest in settling the nuclear issue \"by political and diplomatic means\" and said Moscow was ready to help find mutually acceptable solutions.",
         "The Kremlin said the call was initiated by the Israeli side.",
         "The Prime Minister's Office did not issue a statement on the call and declined to respond to questions from Haaretz."],
        ["The conversation came just over a week after Putin received Ali Larijani, a senior adviser to Iran's Supreme Leader Ali Khamenei, at the Kremlin on July 20.",
         "Larijani reportedly carried a message from Khamenei about Tehran's stalled nuclear talks with the United States, though neither side disclosed its content."],
        ["Moscow's studied neutrality during the war has been a sore point in Tehran.",
         "Russia condemned the Israeli and American strikes but offered its strategic partner no military help, and Iranian lawmakers have complained that the Su-35 fighter jets Iran ordered from Russia have still not been delivered.",
         "One Iranian legislator told the reformist daily Ham-Mihan this month that Moscow \"left us alone when it mattered.\"",
         "Putin, for his part, has pointed out that the strategic partnership treaty he signed with President Masoud Pezeshkian in January contains no mutual defense clause."],
        ["In June, U.S. President Donald Trump brushed aside Putin's offer to mediate between Israel and Iran, telling reporters that the Russian leader should \"mediate his own\" war first."],
        ["Israeli officials have long viewed Moscow's military cooperation with Tehran with concern, particularly Iran's supply of Shahed drones and, according to Western intelligence, ballistic missiles to Russia for its war in Ukraine.",
         "Yet Jerusalem has refrained from sending weapons to Kyiv, partly to preserve the channel with the Kremlin that was built when Russian forces deployed to Syria in 2015."],
        ["The two leaders also discussed Syria, the Kremlin said, where Israel struck government targets in Damascus this month during clashes between Druze militias and government-aligned forces in Sweida.",
         "Putin underlined the importance of preserving Syria's unity and sovereignty, according to the readout."],
        ["A former senior Israeli diplomat who served in Moscow said Putin's aim was to be seen as indispensable by everyone in the region.",
         "\"He will not sacrifice Israel for Iran, and he will not sacrifice Iran for Israel,\" the former diplomat said.",
         "\"Both sides know that, and both sides resent it.\""],
    ],
    source=dict(
        title="Netanyahu and Putin Discuss Iran in First Call Since Ceasefire, Kremlin Says",
        outlet="synthetic (Haaretz style)",
        published="2025-07-29",
        notes="Written for evaluation in Haaretz English style (title-case headline line, subheadline/dek line without final punctuation, 'the Prime Minister's Office', 'Jerusalem', straight quotes, American spelling, Israeli viewpoint); a Tuesday, so 'on Monday' = 2025-07-28, 'this month' = 2025-07. No date header: the date is given only here. Headline is the file's first line; the dek is the second. Based on the widely reported Putin-Netanyahu call of 28 July 2025 (Iran's nuclear program, Syria), Larijani's 20 July 2025 meeting with Putin, Russia's response to the June 2025 war, the undelivered Su-35s, Trump's June 2025 'mediate your own' remark and Israel's July 2025 strikes in Damascus during the Sweida clashes; the readout wording, the 'initiated by the Israeli side' line, the Ham-Mihan legislator, the former diplomat and all quotations are constructed or paraphrased.",
    ),
)

ARTICLES["410_hurriyet_esbati_syria_russia.txt"] = dict(
    header=" date 2025-01-08 ",
    paras=[
        ["A senior Iranian commander has accused Russia of letting Iran down in Syria in the months before the fall of Bashar al-Assad, in rare public criticism of Moscow by an Iranian official that has also put Türkiye’s role back in the spotlight."],
        ["Brig. Gen. Behrouz Esbati, who oversaw Iranian forces in Syria, said Russian jets had bombed empty fields instead of rebel positions and claimed that Moscow had switched off its radars when Israel struck Iranian targets, according to an audio recording of a speech he gave at a Tehran mosque.",
         "The recording was circulated on social media on Monday and was later reported by several Iranian news websites.",
         "\"Russia is not a reliable partner, and we paid the price for trusting it,\" Esbati is heard saying."],
        ["Asked about the recording at his weekly press conference on Monday, Iranian Foreign Ministry Spokesperson Esmaeil Baghaei said relations with Moscow were \"strategic\" and should not be judged by \"individual opinions.\"",
         "The Kremlin has not commented on the remarks."],
        ["Moscow and Tehran were al-Assad’s main backers throughout the 13-year civil war, while Ankara supported armed opposition groups in the country’s north.",
         "The ousted Syrian leader fled to Moscow on Dec. 8 after a lightning offensive by Hayat Tahrir al-Sham (HTS), and Russia granted him and his family asylum."],
        ["A day earlier, Foreign Minister Hakan Fidan met his Russian and Iranian counterparts, Sergei Lavrov and Abbas Araghchi, in Doha within the Astana format as opposition forces closed in on Damascus.",
         "In a television interview last month, Fidan said Ankara had talked to Moscow and Tehran to ensure that they would not get involved militarily, so that the transition in Syria would be bloodless.",
         "According to Turkish diplomatic sources, the two countries made clear at the Doha meeting that they would not come to al-Assad’s rescue."],
        ["Turkish analysts say Esbati’s remarks reflect a broader reckoning in Tehran.",
         "\"For Iran, Syria was the place where the partnership with Russia was supposed to prove itself, and it did not,\" said Assoc. Prof. Elif Yıldırım of Hacettepe University, who studies Iranian foreign policy.",
         "She added that the fallout was unlikely to derail a broader partnership treaty that the two countries are expected to sign later this month."],
        ["Tehran has also watched warily as Moscow has sought to keep its bases at Hmeimim and Tartus by opening contacts with the new administration in Damascus led by Ahmed al-Sharaa.",
         "Iran, whose embassy in Damascus was ransacked after al-Assad’s fall, has yet to establish ties with the new authorities.",
         "Türkiye, meanwhile, has emerged as the new government’s main foreign backer, with Fidan becoming the first foreign minister to visit Damascus after the change of power on Dec. 22."],
    ],
    source=dict(
        title="Iranian commander’s leaked remarks on Russia expose rift over Syria",
        outlet="synthetic (Hurriyet Daily News style)",
        published="2025-01-08",
        notes="Written for evaluation in Hurriyet Daily News style ('Türkiye', 'Dec. 8', 'Brig. Gen.', 'Assoc. Prof.', straight quotes, Turkish angle: Ankara, Fidan, HTS); a Wednesday, so 'on Monday' = 2025-01-06, 'A day earlier' (before Dec. 8) = 2024-12-07, 'last month' = 2024-12, 'later this month' = 2025-01. Date also in the file's header. Title written by the team: the file has no headline. Based on Brig. Gen. Behrouz Esbati's widely reported leaked speech criticising Russia's role in Syria (January 2025), the 7 December 2024 Astana-format meeting in Doha, Assad's flight to Moscow and asylum, Fidan's December 2024 remarks that Ankara talked to Moscow and Tehran so they would not intervene, and Fidan's first visit to Damascus; Esbati's quoted sentence, the Baghaei answer, the Turkish diplomatic sources, the analyst Elif Yıldırım (invented) and the day the recording circulated are constructed. Fidan did visit Damascus in late December 2024; 'first foreign minister' is a simplification.",
    ),
)

ARTICLES["411_unsc_us_strikes_iran.txt"] = dict(
    header=" date 2025-06-22 ",
    paras=[
        ["Security Council Meeting on Strikes against Nuclear Facilities in Iran (PM)"],
        ["Speakers Divided over United States Action as Secretary-General Warns of Dangerous Turn, Russian Federation Presents Ceasefire Draft"],
        ["The Security Council met this afternoon at the request of the Islamic Republic of Iran, hours after the United States struck three nuclear facilities in that country, with speakers sharply divided over the legality of the action and its consequences for the region."],
        ["Briefing the Council, Secretary-General António Guterres said the use of force by the United States against Iran’s nuclear facilities marked a dangerous turn in a region that was already reeling.",
         "He called on Member States to de-escalate and to return to serious negotiations on the Iranian nuclear programme."],
        ["Rafael Mariano Grossi, Director General of the International Atomic Energy Agency (IAEA), said that craters were visible at the Fordow enrichment site, but that no one, including the Agency, was currently in a position to assess the damage underground.",
         "He said the Agency had detected no increase in off-site radiation levels so far."],
        ["The representative of Iran said that the United States had “decided to destroy diplomacy” by attacking facilities that were under IAEA safeguards.",
         "Israel had begun its aggression on 13 June, he said, and Washington had now joined it as a full partner.",
         "He added that Iran’s armed forces would determine the timing, nature and scale of a proportionate response."],
        ["The representative of the United States said the strikes had been carried out to eliminate the threat posed by Iran’s nuclear programme and in collective self-defence of its ally Israel.",
         "She warned that any attack by Iran, directly or through proxies, on United States personnel or bases would be met with devastating retaliation."],
        ["The representative of the Russian Federation condemned the strikes as irresponsible, dangerous and a gross violation of international law, saying that Washington had opened a “Pandora’s box”.",
         "Announcing that his delegation, together with China and Pakistan, had prepared a draft resolution calling for an immediate and unconditional ceasefire, he urged Council members to support it.",
         "He also noted that the strikes had taken place while Iran was engaged in talks with the United States."],
        ["The representative of China, a co-sponsor of the draft, said the attacks violated the Charter of the United Nations and had damaged the credibility of the United States as a party to negotiations.",
         "Pakistan’s representative voiced her country’s solidarity with Iran, stressing that Tehran had the right to defend itself under Article 51."],
        ["The representative of Israel, in contrast, said the strikes had made the world safer and thanked the United States for its leadership.",
         "The representatives of France and the United Kingdom said that their countries had not taken part in the strikes, called for restraint and stressed that Iran must never acquire a nuclear weapon."],
        ["The meeting began at 4:03 p.m. and ended at 6:11 p.m."],
        ["For information media. Not an official record."],
    ],
    source=dict(
        title="Security Council Meeting on Strikes against Nuclear Facilities in Iran (PM)",
        outlet="synthetic (UN Security Council meetings coverage / press summary style)",
        published="2025-06-22",
        notes="Written for evaluation as a UN meetings-coverage press summary (title and subtitle lines without final punctuation, 'The representative of X said', 'this afternoon', 'Member States', British spelling, curly quotes, closing timing line and 'For information media. Not an official record.' as boilerplate); a Sunday. Date also in the file's header. Title is the file's first line after the header. Based on the widely reported Security Council emergency meeting of 22 June 2025 after the US strikes on Fordow, Natanz and Isfahan (Guterres, Grossi, Iran, US, Russia, China, Pakistan, Israel, France, UK), and the Russia-China-Pakistan ceasefire draft; all wording is paraphrase or constructed, speakers are not named (as in 'the representative of X'), and the meeting times are invented.",
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
