#!/usr/bin/env python3
"""Article text for dev6_b (506-511), kept as paragraphs of sentences.

Run: python3 src/articles_src.py -> writes articles/*.txt and articles/sources.csv.
Each article: optional date header (prefixed to the first paragraph, as in dev4/dev5),
then paragraphs separated by a blank line; the sentences of a paragraph are joined by one space."""

import csv
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ART = os.path.join(HERE, "articles")

ARTICLES = {}

# ---------------------------------------------------------------- 506 Middle East Eye
ARTICLES["506_mee_russia_syria_sharaa_iran.txt"] = dict(
    header=None,
    paras=[
        ["Russia courts Syria’s new rulers as Iran is left out in the cold"],
        ["Putin’s first call with Ahmed al-Sharaa follows a Russian visit to Damascus, while Tehran’s embassy there stays shut"],
        ["By Leila Farhoud"],
        ["Russian President Vladimir Putin spoke by phone with Syria’s interim president Ahmed al-Sharaa on Wednesday, the first such contact since the former rebel commander’s forces toppled Moscow’s ally Bashar al-Assad in December."],
        ["According to the Kremlin, Putin reaffirmed Russia’s support for Syria’s unity and territorial integrity and offered economic help.",
         "The Syrian presidency said in a statement that al-Sharaa had told Putin that any restoration of relations must address “the mistakes of the past”.",
         "It added that Putin had invited Foreign Minister Asaad al-Shaibani to visit Moscow."],
        ["The call came just over two weeks after Deputy Foreign Minister Mikhail Bogdanov led the first Russian delegation to Damascus since Assad’s fall.",
         "A Syrian source familiar with those talks told Middle East Eye that the new authorities had demanded compensation for Russian air strikes and the handover of Assad, who was granted asylum in Moscow.",
         "Moscow has not publicly responded to the request."],
        ["At stake for the Kremlin are its naval base at Tartus and the Hmeimim air base.",
         "Kremlin spokesman Dmitry Peskov told reporters on Thursday that Moscow would continue its dialogue with Damascus, but declined to say whether the bases had been discussed."],
        ["Iran, which spent billions of dollars defending Assad, has fared worse.",
         "Tehran’s embassy in Damascus, ransacked after Assad fled, remains closed, and al-Sharaa has described the end of Iran’s presence in Syria as a gain for the region.",
         "Iranian Foreign Minister Abbas Araghchi said last month that Tehran was “in no hurry” to establish ties with the new administration."],
        ["In Tehran, Moscow’s outreach has deepened a sense that Russia looked after itself while Iran absorbed the losses.",
         "A senior Iranian official, who spoke to MEE on condition of anonymity, said Russia had “made its own arrangements” with Ankara and the new authorities before Damascus fell.",
         "“The Russians saved their bases; we saved nothing,” he said.",
         "“Our commanders have not forgotten that.”"],
        ["Those grievances surfaced last month in a leaked recording of Brigadier General Behrouz Esbati, a senior Islamic Revolutionary Guard Corps (IRGC) commander, who accused Russia of misleading Iran and of switching off its radars during Israeli strikes on Iranian positions in Syria.",
         "Iran’s foreign ministry played down the remarks, saying ties with Moscow were strategic."],
        ["The friction comes less than a month after Putin and Iranian President Masoud Pezeshkian signed a 20-year strategic partnership treaty in Moscow, a document that contains no mutual defence clause.",
         "Moscow has also kept its lines to Israel open, criticising Israel’s move into the Golan buffer zone but avoiding a rupture with Prime Minister Benjamin Netanyahu’s government."],
        ["“For the Kremlin, Syria was always about Tartus and Hmeimim, not about Assad and certainly not about Iran,” said Sergei Belkov, a Moscow-based Middle East analyst."],
        ["Iran’s foreign ministry did not respond to MEE’s request for comment."],
    ],
    source=dict(
        title="Russia courts Syria’s new rulers as Iran is left out in the cold",
        outlet="synthetic (Middle East Eye style)",
        published="2025-02-13",
        notes="Written for evaluation in Middle East Eye style (headline line, standfirst line without final punctuation, byline line 'By …', curly quotes, British spelling, 'told Middle East Eye', 'spoke to MEE on condition of anonymity', 'did not respond to MEE’s request for comment', 'Brigadier General' spelled out, IRGC in brackets); a Thursday, so 'on Wednesday' = 2025-02-12, 'on Thursday' = 2025-02-13, 'in December' and 'since December' = 2024-12, 'last month' = 2025-01, 'just over two weeks after' the Wednesday call = about 2025-01-29 (week), 'less than a month after' = 2025-01. No date header: the date is given only here. Headline is the file's first line, the standfirst the second, the byline the third. Based on the widely reported Putin–al-Sharaa phone call of 12 February 2025, the Bogdanov delegation to Damascus of 28 January 2025 (and reports that Damascus asked for Assad's handover and compensation), Assad's asylum in Moscow, the Tartus and Hmeimim bases, the ransacked Iranian embassy, Araghchi's January 2025 remarks, Esbati's leaked speech, the 17 January 2025 treaty and Israel's move into the Golan buffer zone; the wording of the Syrian presidency statement and of Peskov's answer, the Syrian source, the senior Iranian official and his quotations, the analyst Sergei Belkov (invented), the byline (invented) and al-Sharaa's 'gain for the whole region' phrasing are constructed or paraphrased.",
    ),
)

# ---------------------------------------------------------------- 507 DW
ARTICLES["507_dw_eu_sanctions_iran_drones.txt"] = dict(
    header=None,
    paras=[
        ["EU sanctions Iran over drones used by Russia in Ukraine"],
        ["The EU has blacklisted three Iranian generals and a drone maker over deliveries of Shahed drones to Russia.",
         "Kyiv wants Brussels to go further, while Tehran denies arming Moscow for the war."],
        ["The European Union on Thursday imposed sanctions on three Iranian military officers and a company accused of supplying Russia with the drones it has used to attack Ukrainian cities.",
         "The move came three days after EU foreign ministers meeting in Luxembourg gave it their political backing."],
        ["The measures target Shahed Aviation Industries, which develops the Shahed-136 drone, and freeze the assets of the three officers.",
         "Among them is Mohammad Bagheri, the chief of staff of Iran's armed forces.",
         "Britain announced sanctions against the same company and three Iranian officers on the same day."],
        ["\"These drones are being used against civilians, and we will not look away,\" German Foreign Minister Annalena Baerbock said on Monday."],
        ["Kyiv calls for a break with Tehran"],
        ["Ukraine's Foreign Minister Dmytro Kuleba welcomed the sanctions but said Europe should also move against Iran's missile program.",
         "Earlier this week, Kuleba proposed that President Volodymyr Zelenskyy sever diplomatic relations with Tehran, saying Iran bore \"direct responsibility\" for the destruction of Ukrainian infrastructure.",
         "Kyiv had already downgraded ties in September, stripping the Iranian ambassador of his accreditation."],
        ["Ukrainian officials say Russia has launched hundreds of the drones, which Moscow has renamed Geran-2, since mid-September."],
        ["In Washington, US National Security Council spokesman John Kirby said on Thursday that Iranian military personnel were on the ground in Crimea to help Russian forces operate the drones.",
         "\"Tehran is now directly engaged on the ground,\" he said.",
         "Reuters news agency reported on Tuesday, citing Iranian officials and diplomats, that Iran had also promised to supply Russia with surface-to-surface missiles."],
        ["Tehran and Moscow deny"],
        ["Iran has repeatedly denied providing weapons for use in the war.",
         "Foreign Ministry spokesman Nasser Kanaani called the accusations \"baseless\" and said Tehran had not sent arms to either side.",
         "The Kremlin, for its part, said it had no information about Iranian drones being used, with spokesman Dmitry Peskov insisting the equipment carried Russian designations."],
        ["Tehran and Moscow, both under heavy Western sanctions, have drawn closer since Russia invaded Ukraine on February 24.",
         "Analysts say the drone deal reverses an old pattern, seen in Moscow's yearslong delay in delivering the S-300 air defense system to Iran.",
         "\"For decades, Iran was the junior partner waiting on Moscow,\" said Berlin-based Iran expert Katja Brenner.",
         "\"Now it is Russia that needs something from Tehran.\""],
        ["In Israel, Diaspora Affairs Minister Nachman Shai urged his government to send weapons to Kyiv, a step Prime Minister Yair Lapid's government has so far resisted."],
        ["ab/sms (AFP, Reuters, dpa)"],
        ["While you're here: Every Tuesday, DW editors round up what is happening in German politics and society.",
         "You can sign up here for the weekly email newsletter Berlin Briefing."],
    ],
    source=dict(
        title="EU sanctions Iran over drones used by Russia in Ukraine",
        outlet="synthetic (Deutsche Welle (DW) English style)",
        published="2022-10-20",
        notes="Written for evaluation in DW English style (headline line, two-sentence teaser, subheadings without final punctuation, straight quotes, American spelling, 'Zelenskyy', 'Reuters news agency', the initials-and-agencies credit line 'ab/sms (AFP, Reuters, dpa)' and the 'While you're here' newsletter prompt as boilerplate); a Thursday, so 'on Thursday' = 2022-10-20, 'three days after' = 2022-10-17, 'on Monday' = 2022-10-17, 'Earlier this week' = week of Monday 2022-10-17, 'on Tuesday' = 2022-10-18, 'in September' = 2022-09, 'February 24' = 2022-02-24. No date header: the date is given only here. Headline is the file's first line, the teaser the second paragraph. Based on the widely reported EU sanctions of 20 October 2022 on Shahed Aviation Industries and three Iranian officers including Mohammad Bagheri (politically agreed on 17 October in Luxembourg), the UK sanctions of the same day, Kuleba's 18 October proposal to sever ties, Ukraine's September 2022 downgrade, Kirby's 20 October remarks on Iranian personnel in Crimea, the Reuters report of 18 October 2022 on promised missiles, Kanaani's denials, Peskov's 'Russian designations' remark and Nachman Shai's call to arm Ukraine; Baerbock's quotation, Kuleba's 'missile program' remark, Kanaani's exact wording, the expert Katja Brenner (invented) and her quotations, and the credit initials are constructed.",
    ),
)

# ---------------------------------------------------------------- 508 Kremlin
ARTICLES["508_kremlin_putin_rouhani_bishkek.txt"] = dict(
    header=" date 2019-06-14 ",
    paras=[
        ["Meeting with President of Iran Hassan Rouhani"],
        ["Vladimir Putin met with President of the Islamic Republic of Iran Hassan Rouhani on the sidelines of the Shanghai Cooperation Organisation summit in Bishkek."],
        ["The two leaders discussed the state of and prospects for bilateral cooperation in trade, the economy, energy and transport, as well as the situation around the Joint Comprehensive Plan of Action and the settlement in Syria."],
        ["* * *"],
        ["President of Russia Vladimir Putin: Mr President, my friend, I am very glad to see you.",
         "Our relations are developing steadily, and our trade continued to grow last year despite the difficulties created by external factors.",
         "The interim agreement on a free trade zone between Iran and the Eurasian Economic Union, which was signed in Astana in May last year, is to enter into force this autumn, and this will open up new opportunities for our businesses.",
         "Rosatom is continuing its work on the second and third units of the Bushehr nuclear power plant, and we are jointly developing the North–South transport corridor."],
        ["Of course, we will also discuss the situation around the JCPOA.",
         "Russia has always advocated the preservation of this agreement, and we regret that the United States decided to withdraw from it last year.",
         "As for yesterday's incidents involving the tankers in the Gulf of Oman, we believe it is wrong to rush to blame Iran before the facts have been established."],
        ["President of Iran Hassan Rouhani (retranslated): Thank you very much, Mr President.",
         "I am also very pleased to meet you again, this time in hospitable Bishkek.",
         "Relations between Iran and Russia are at a very high level today, and our cooperation within the Astana format, together with Turkey, has produced good results in Syria."],
        ["The unilateral withdrawal of the United States from the nuclear deal and its economic terrorism against the Iranian people are a threat not only to our region but to international security as a whole.",
         "We highly value the principled position of the Russian Federation on this issue and its efforts to preserve the deal.",
         "Unfortunately, the three European countries, Britain, France and Germany, have so far not fulfilled their obligations, and the financial mechanism they announced in January is still not working.",
         "Iran has shown patience for a whole year, but this patience has its limits."],
        ["I hope that at the next trilateral summit on Syria, which our Turkish friends have agreed to host, we will be able to take new steps together."],
        ["Vladimir Putin: Thank you.",
         "We will continue working with our European partners so that the mechanism they announced begins to function.",
         "I hope we will be able to continue our conversation tomorrow in Dushanbe."],
        ["Published in sections: News, Transcripts"],
        ["Geography: Iran"],
        ["Publication date: June 14, 2019, 16:20"],
    ],
    source=dict(
        title="Meeting with President of Iran Hassan Rouhani",
        outlet="synthetic (Kremlin website (kremlin.ru English) readout and transcript style)",
        published="2019-06-14",
        notes="Written for evaluation in the style of the English Kremlin website (title line without final punctuation, a third-person readout lead, the '* * *' separator, transcript labels 'President of Russia Vladimir Putin:' and 'President of Iran Hassan Rouhani (retranslated):', 'Mr President', 'the Russian Federation', straight quotes, and the page footer lines 'Published in sections', 'Geography', 'Publication date' as boilerplate); a Friday, so 'yesterday' = 2019-06-13, 'tomorrow' = 2019-06-15, 'last year' = 2018, 'in May last year' = 2018-05, 'this autumn' = 2019 (year), 'in January' = 2019-01. Date also in the file's header; the title line follows it. Based on the widely reported Putin–Rouhani meeting at the SCO summit in Bishkek on 14 June 2019, the 13 June 2019 tanker attacks in the Gulf of Oman blamed by Washington on Iran, the US withdrawal from the JCPOA in May 2018, the EU's INSTEX mechanism (announced January 2019), the May 2018 Astana interim EAEU–Iran free trade agreement (in force October 2019), the Bushehr 2 and 3 construction, the Astana format and the trilateral summit Turkey hosted in September 2019, and the CICA summit in Dushanbe on 15 June 2019; all the wording of the readout and of both leaders' remarks is constructed, and the page footer lines and publication time are invented.",
    ),
)

# ---------------------------------------------------------------- 509 Iranian MFA
ARTICLES["509_irmfa_amirabdollahian_lavrov_guarantees.txt"] = dict(
    header=" date 2022-03-15 ",
    paras=[
        ["Iranian, Russian foreign ministers discuss Vienna talks, Ukraine in Moscow"],
        ["Foreign Minister of the Islamic Republic of Iran Hossein Amir-Abdollahian, who travelled to Moscow on Tuesday at the head of a delegation, met and held talks with his Russian counterpart Sergey Lavrov."],
        ["In the meeting, the two sides exchanged views on the latest status of the Vienna talks on the removal of sanctions, bilateral relations and the developments in Ukraine."],
        ["Referring to the recent remarks by Russian officials about guarantees requested from the American side, Amir-Abdollahian stated that the Islamic Republic of Iran will not allow any external factor to affect its national interests in the Vienna negotiations.",
         "He added that Tehran expects all parties to refrain from linking the talks to issues unrelated to the JCPOA."],
        ["The Iranian top diplomat also criticised the delays and excessive demands of the American side, stressing that an agreement is within reach if Washington makes the necessary political decisions."],
        ["Sergey Lavrov, for his part, said Moscow had received written guarantees that Russia's cooperation with the Islamic Republic of Iran under the 2015 deal would not be affected by the sanctions imposed on Russia over Ukraine.",
         "He stressed that Russia supports the swift restoration of the JCPOA in its original form and will not create obstacles to its conclusion."],
        ["The Vienna talks have been on pause since March 11, when EU foreign policy chief Josep Borrell announced a break in the negotiations, citing \"external factors\"."],
        ["On Ukraine, Amir-Abdollahian reiterated the principled position of the Islamic Republic of Iran against war and called for an immediate ceasefire and a political solution, stressing that the roots of the crisis, including NATO's provocative expansion to the east, must be addressed.",
         "He also thanked the Russian side for facilitating the safe passage of Iranian nationals and students from the conflict zone in recent weeks."],
        ["Referring to the January visit of President Seyyed Ebrahim Raisi to Moscow, the two ministers underlined the need to implement the agreements reached during the visit in the fields of energy and transit and along the International North-South Transport Corridor, and to finalise the comprehensive cooperation document between the two countries."],
        ["In a joint press conference after the talks, Amir-Abdollahian dismissed reports in some Western media of a rift between Tehran and Moscow over the Vienna talks.",
         "\"Our relations with the Russian Federation are strategic, and they will not be affected by the psychological warfare of the West,\" he said.",
         "\"We have no doubt about Moscow's commitment to the agreement.\""],
        ["At the end of the meeting, the Iranian foreign minister invited Sergey Lavrov to visit Tehran, and the Russian foreign minister accepted the invitation."],
        ["This is Amir-Abdollahian's second visit to Moscow since he took office last August."],
        ["News ID: 48213"],
    ],
    source=dict(
        title="Iranian, Russian foreign ministers discuss Vienna talks, Ukraine in Moscow",
        outlet="synthetic (Iranian Foreign Ministry (mfa.ir English) press readout style)",
        published="2022-03-15",
        notes="Written for evaluation in the style of an English press readout on the Iranian Foreign Ministry website (title line without final punctuation, 'Foreign Minister of the Islamic Republic of Iran', 'the American side', 'the Iranian top diplomat', 'for his part', 'Referring to …', 'stated', 'underlined', 'Seyyed Ebrahim Raisi', 'Sergey', British spelling, straight quotes, and a 'News ID' line as boilerplate); a Tuesday, so 'on Tuesday' = 2022-03-15, 'since March 11' = 2022-03-11, 'the January visit' = 2022-01, 'in recent weeks' = 2022-03, 'last August' = 2021-08, 'the 2015 deal' = the JCPOA. Date also in the file's header; the title line follows it. Based on Amir-Abdollahian's widely reported visit to Moscow and talks with Lavrov on 15 March 2022, Lavrov's statement that day that Russia had received written US guarantees, Russia's 5 March 2022 demand that had stalled the Vienna talks, Borrell's 11 March pause citing 'external factors', Iran's stated position on the Ukraine war, Raisi's January 2022 visit to Moscow and the long-term cooperation document then being drafted; Amir-Abdollahian's and Lavrov's wording, the thanks for the passage of Iranian nationals, the invitation and the 'second visit' line (his first was in October 2021) are constructed or paraphrased, and the News ID is invented.",
    ),
)

# ---------------------------------------------------------------- 510 Reuters FACTBOX
ARTICLES["510_reuters_factbox_treaty_strains.txt"] = dict(
    header=" date 2026-01-16 ",
    paras=[
        ["FACTBOX-Strains beneath the Russia-Iran treaty a year after signing"],
        ["Jan 16 (Reuters) - A year after Russia and Iran signed a 20-year strategic partnership treaty, their relationship has been tested by a war, stalled arms deliveries and a dispute over a new transit route in the South Caucasus, exposing the limits of an alignment both sides describe as strategic."],
        ["Here are key moments in ties since the signing:"],
        ["JAN 17, 2025 - Presidents Vladimir Putin and Masoud Pezeshkian sign the Comprehensive Strategic Partnership Treaty in the Kremlin.",
         "The text commits each side not to help an aggressor against the other but contains no mutual defence clause, which Russian Deputy Foreign Minister Andrei Rudenko had said was never the aim.",
         "Putin says Russia could initially supply up to 2 billion cubic metres of gas a year to Iran via Azerbaijan, but the two sides have yet to agree a price."],
        ["APRIL 21, 2025 - Putin signs the law ratifying the treaty after both houses of the Russian parliament approve it."],
        ["JUNE 13, 2025 - Israel launches air strikes on Iranian nuclear and military sites.",
         "Moscow condemns the attack as a violation of the U.N. Charter, and Putin speaks by phone with Pezeshkian and Israeli Prime Minister Benjamin Netanyahu, offering to mediate.",
         "Russia provides no military assistance, and Putin later says Iran has not asked for any."],
        ["JUNE 23, 2025 - A day after U.S. bombers strike the Fordow, Natanz and Isfahan sites, Iranian Foreign Minister Abbas Araghchi meets Putin in the Kremlin.",
         "Putin calls the attacks \"absolutely unprovoked aggression\" but makes no new commitments.",
         "Some Iranian lawmakers and commentators accuse Moscow of leaving Tehran to fight alone."],
        ["JULY 20, 2025 - Putin receives Ali Larijani, an adviser to Supreme Leader Ali Khamenei, who carries a message on the war and the nuclear programme.",
         "Iranian media say the Su-35 fighter jets Tehran ordered from Russia have still not arrived."],
        ["AUG 8, 2025 - Armenia and Azerbaijan sign a U.S.-brokered accord that includes a transit corridor across southern Armenia.",
         "Ali Akbar Velayati, another Khamenei adviser, warns that the route will become \"a graveyard\" for U.S. President Donald Trump's mercenaries, while Moscow's reaction is muted."],
        ["SEPT 26, 2025 - A Russian-Chinese draft resolution that would have delayed the return of U.N. sanctions on Iran wins only four votes in the Security Council.",
         "The sanctions, triggered by Britain, France and Germany, return two days later, and Moscow says it does not recognise them."],
        ["OCT 2, 2025 - The treaty enters into force.",
         "Putin tells the Valdai forum that Israel asked Moscow to pass on a message to Tehran that it does not want escalation."],
        ["Bilateral trade stood at about $4.8 billion in 2024, according to Russian officials, little changed from the previous year."],
        ["(Compiled by Lina Marwan; Editing by Tom Hadley)"],
    ],
    source=dict(
        title="FACTBOX-Strains beneath the Russia-Iran treaty a year after signing",
        outlet="synthetic (Reuters FACTBOX / timeline style)",
        published="2026-01-16",
        notes="Written for evaluation as a Reuters FACTBOX/timeline ('FACTBOX-' headline line, 'Jan 16 (Reuters) -' dateline with no city, a colon-ended lead-in line, upper-case dated entries 'JAN 17, 2025 -' written as present-tense sentences, 'U.S.', 'U.N.', straight quotes, British spelling, and the '(Compiled by …; Editing by …)' credit line as boilerplate); a Friday. The entry labels date the first sentence of each entry; the later sentences of an entry have no date expression of their own ('later', 'the same week' and 'two days later' are resolved against the entry). 'JAN 17, 2025' = 2025-01-17, 'APRIL 21, 2025' = 2025-04-21, 'JUNE 13, 2025' = 2025-06-13, 'A day after' (JUNE 23 entry) = 2025-06-22, 'JULY 20, 2025' = 2025-07-20, 'AUG 8, 2025' = 2025-08-08, 'SEPT 26, 2025' = 2025-09-26, 'two days later' = 2025-09-28, 'OCT 2, 2025' = 2025-10-02, 'in 2024' = 2024, 'the previous year' = 2023. Date also in the file's header; the headline line follows it. Based on widely reported events of 2025: the 17 January treaty signing (no mutual defence clause; Rudenko's earlier remarks; Putin's gas remarks and the unresolved price), Putin's 21 April ratification law, the June 2025 war (Russia's condemnation, Putin's calls with Pezeshkian and Netanyahu and mediation offer, no military aid), Araghchi's 23 June Kremlin meeting, Larijani's 20 July meeting, the 8 August Washington accord and Velayati's warning, the 26 September Security Council vote and 28 September snapback, the treaty's entry into force on 2 October and Putin's Valdai remark; the exact wording, 'Putin later says Iran has not asked', the Iranian media line on the Su-35s, the trade figure's attribution and the compiler and editor names (invented) are constructed or approximate. No events after October 2025 are described.",
    ),
)

# ---------------------------------------------------------------- 511 Bellingcat
ARTICLES["511_bellingcat_caspian_missile_ships.txt"] = dict(
    header=None,
    paras=[
        ["Tracking the Caspian Route: The Ships Linked to Iran’s Missile Deliveries to Russia"],
        ["On September 10, U.S. Secretary of State Antony Blinken said in London that Russia had received shipments of Iranian Fath-360 close-range ballistic missiles and would likely use them in Ukraine “within weeks”."],
        ["Neither government has confirmed the transfer.",
         "Iran’s mission to the United Nations said Tehran had not delivered ballistic missiles to Russia, while Kremlin spokesman Dmitry Peskov said Iran was “an important partner” with which Moscow was developing cooperation “in all areas, including the most sensitive ones”."],
        ["Using satellite imagery, ship-tracking data and videos posted on social media, Bellingcat examined how such cargo could have crossed the Caspian Sea."],
        ["The investigation focused on the Port Olya-3 and the Port Olya-4, two Russian-flagged cargo ships that U.S. authorities have accused of carrying Iranian military cargo from the port of Amirabad in northern Iran to the Russian port of Olya in the Astrakhan region.",
         "The Port Olya-3 was added to the U.S. Treasury’s sanctions list on the day of Blinken’s announcement, alongside Iran Air."],
        ["Ship-tracking data reviewed by Bellingcat show that the Port Olya-3 stopped broadcasting its position twice in August after leaving Amirabad, a practice known as “going dark”.",
         "Satellite images captured by Planet Labs on August 27 show a vessel matching its length and colour scheme moored at Amirabad beside rows of shipping containers.",
         "Four days later, a vessel of the same dimensions appears at Olya."],
        ["We were not able to determine what the containers held.",
         "However, a video posted on a Russian Telegram channel on September 3, which Bellingcat geolocated to the Olya port, shows military trucks of a type used by Russia’s armed forces parked beside a cargo ship."],
        ["In 2023, the White House said Iran had shipped drones and artillery ammunition to Russia across the Caspian, and researchers have documented Russian-flagged vessels shuttling between Amirabad, Makhachkala and Astrakhan since the start of the full-scale invasion.",
         "Tehran has acknowledged sending a small number of drones to Moscow before the invasion, but denies supplying missiles.",
         "Under a 2018 convention, only the five littoral states may keep military forces on the Caspian."],
        ["Britain, France and Germany said they would cancel their bilateral air services agreements with Iran and move to sanction Iran Air, and Ukraine’s foreign ministry summoned Iran’s chargé d’affaires, warning of “irreversible consequences” for relations."],
        ["Iranian Foreign Minister Abbas Araghchi dismissed the accusation, writing on X that the three European countries and the United States were acting on “faulty intel and flawed logic”."],
        ["The Russian Ministry of Defence did not respond to Bellingcat’s request for comment.",
         "Emails sent to the registered owner of the Port Olya-3 went unanswered."],
        ["Bellingcat’s Investigative Tech Team contributed research to this piece."],
        ["Bellingcat is a non-profit and the ability to carry out our work is dependent on the kind support of individual donors.",
         "If you would like to support our work, you can do so here."],
    ],
    source=dict(
        title="Tracking the Caspian Route: The Ships Linked to Iran’s Missile Deliveries to Russia",
        outlet="synthetic (Bellingcat OSINT investigation style)",
        published="2024-09-20",
        notes="Written for evaluation in Bellingcat style (title-case headline line, first-person plural 'We were not able to determine', 'reviewed by Bellingcat', 'geolocated', satellite imagery and ship-tracking data, 'going dark', curly quotes, British spelling, 'did not respond to Bellingcat’s request for comment', and the contributor line and donation appeal as boilerplate); a Friday, so 'September 10' = 2024-09-10, 'in August' = 2024-08, 'August 27' = 2024-08-27, 'Four days later' = 2024-08-31, 'September 3' = 2024-09-03, 'In 2023' = 2023, 'a 2018 convention' = 2018. No date header: the date is given only here. Headline is the file's first line. Based on the widely reported 10 September 2024 statement by Antony Blinken in London on Fath-360 missile deliveries, the E3 decision to cancel air services agreements and sanction Iran Air, Ukraine's summons of Iran's chargé d'affaires, Iranian denials (the mission to the UN; Araghchi's 'faulty intel & flawed logic' post), Peskov's 'important partner … most sensitive' remark, 2023 White House statements on Caspian shipments, reporting on Russian-flagged Caspian cargo ships such as the Port Olya-3 and Port Olya-4, the US Treasury's 10 September 2024 designation of Iran Air, Iran's November 2022 acknowledgement of a small pre-invasion drone shipment, and the 2018 Caspian convention; the ship-tracking gaps, the satellite image dates, the Telegram video, the sanctions-list detail, the unanswered emails and all Bellingcat findings are constructed and must not be cited as real investigation results.",
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
