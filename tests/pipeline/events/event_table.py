"""Hand-written event descriptions in the style of ACLED's notes, each with the fields an analyst
would code from it. Written for these tests (no evaluation data); places use their well-known
coordinates, rounded.

Each row: text, publication date, and the expected fields. ``sides`` are coarse
(:mod:`pipeline.evaluate.sides`): ``"state:Syria"``, ``"rebels"``, ``"kurdish"``,
``"islamic_state"``, ``"civilians"``, ``"pro_government"``, ``"international"``; ``None`` means
"not checked".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Row:
    text: str
    published: date
    category: str
    event_type: str
    sub_event_type: str
    sides: tuple[str, ...] | None = None
    fatalities: int | None = None
    wounded: int | None = None
    troops: int | None = None
    when: date | None = None
    time_precision: int = 1
    place: tuple[float, float] | None = None
    geo_precision: int | None = None


D = date
BATTLE = "Battles"
REMOTE = "Explosions/Remote violence"
VAC = "Violence against civilians"
SD = "Strategic developments"
SY = "state:Syria"
DRC = "state:Democratic Republic of the Congo"

# fmt: off
ROWS: tuple[Row, ...] = (
    # --- battles --------------------------------------------------------------------------
    Row("On 3 March 2020, regime forces clashed with rebels near Saraqib, killing 4 rebels.",
        D(2020, 3, 5), "armed clash", BATTLE, "Armed clash", (SY, "rebels"), 4, None, None,
        D(2020, 3, 3), 1, (35.86, 36.80), 2),
    Row("On 12 June 2017, SDF fighters clashed with Islamic State militants in Raqqa city. "
        "Seven SDF fighters were killed.",
        D(2017, 6, 13), "armed clash", BATTLE, "Armed clash", ("kurdish", "islamic_state"), 7,
        None, None, D(2017, 6, 12), 1, (35.95, 39.01), 1),
    Row("Fighting between the Sudanese army and the Rapid Support Forces in Nyala on Tuesday "
        "killed fourteen people.",
        D(2023, 8, 17), "armed clash", BATTLE, "Armed clash", ("state:Sudan", "rebels"), 14, None,
        None, D(2023, 8, 15), 1, (12.05, 24.88), 1),
    Row("On 2 February 2024, Ukrainian troops repelled a Russian assault on Avdiivka; two "
        "Ukrainian soldiers were killed and five wounded.",
        D(2024, 2, 3), "attack", BATTLE, "Armed clash", ("state:Ukraine", "state:Russia"), 2, 5,
        None, D(2024, 2, 2), 1, (48.14, 37.74), 1),
    Row("Al-Shabaab militants attacked a Somali army base in Baidoa on 9 May 2022, sparking a "
        "gun battle that left 9 soldiers dead.",
        D(2022, 5, 10), "attack", BATTLE, "Armed clash", ("rebels", "state:Somalia"), 9, None,
        None, D(2022, 5, 9), 1, (3.11, 43.65), 1),
    Row("On 30 January 2020, Syrian government forces recaptured Maarat al-Numan from the "
        "rebels after days of fighting.",
        D(2020, 1, 31), "territorial change", BATTLE, "Government regains territory",
        (SY, "rebels"), None, None, None, D(2020, 1, 30), 1, (35.64, 36.67), 1),
    Row("Islamic State fighters seized the town of Tal Afar from Iraqi forces on 16 June 2014.",
        D(2014, 6, 17), "territorial change", BATTLE, "Non-state actor overtakes territory",
        ("islamic_state", "state:Iraq"), None, None, None, D(2014, 6, 16), 1, (36.37, 42.45), 1),
    Row("Houthi fighters and government forces clashed south of Marib yesterday; at least 3 "
        "fighters were killed.",
        D(2021, 2, 15), "armed clash", BATTLE, "Armed clash", ("rebels", "state:Yemen"), 3, None,
        None, D(2021, 2, 14), 1, (15.46, 45.32), 2),
    Row("M23 rebels clashed with the Congolese army near Rutshuru on 20 October 2022, killing "
        "more than a dozen soldiers.",
        D(2022, 10, 21), "armed clash", BATTLE, "Armed clash", ("rebels", DRC), 12, None, None,
        D(2022, 10, 20), 1, (-1.19, 29.45), 2),
    Row("On 5 April 2019, forces loyal to Khalifa Haftar clashed with government troops south "
        "of Tripoli. Dozens were killed.",
        D(2019, 4, 6), "armed clash", BATTLE, "Armed clash", None, 12, None, None, D(2019, 4, 5),
        1, (32.89, 13.19), 2),
    # --- explosions / remote violence -----------------------------------------------------
    Row("On 14 February 2020, Russian warplanes carried out airstrikes on Ariha in Idlib "
        "province, killing 5 civilians.",
        D(2020, 2, 15), "air/drone strike", REMOTE, "Air/drone strike",
        ("state:Russia", "civilians"), 5, None, None, D(2020, 2, 14), 1, (35.81, 36.61), 1),
    Row("Syrian regime helicopters dropped barrel bombs on Kafr Nabl on Monday, killing a "
        "child.",
        D(2019, 5, 15), "air/drone strike", REMOTE, "Air/drone strike", (SY, "civilians"), 1, None,
        None, D(2019, 5, 13), 1, (35.61, 36.56), 1),
    Row("On 7 July 2016, regime forces shelled Douma in Eastern Ghouta, killing 2 civilians and"
        " injuring 8.",
        D(2016, 7, 8), "shelling", REMOTE, "Shelling/artillery/missile attack", (SY, "civilians"),
        2, 8, None, D(2016, 7, 7), 1, (33.57, 36.40), 1),
    Row("Russian missiles struck Zaporizhzhia on 6 October 2022, killing 13 people.",
        D(2022, 10, 7), "shelling", REMOTE, "Shelling/artillery/missile attack", ("state:Russia",),
        13, None, None, D(2022, 10, 6), 1, (47.84, 35.14), 1),
    Row("A roadside bomb exploded near a military convoy outside Kandahar on Sunday, killing "
        "three Afghan soldiers.",
        D(2019, 9, 10), "explosion/IED", REMOTE, "Remote explosive/landmine/IED",
        ("state:Afghanistan",), 3, None, None, D(2019, 9, 8), 1, (31.61, 65.71), 2),
    Row("An IED planted by Islamic State militants killed 4 Iraqi policemen in Kirkuk on 11 "
        "March 2021.",
        D(2021, 3, 12), "explosion/IED", REMOTE, "Remote explosive/landmine/IED",
        ("islamic_state", "state:Iraq"), 4, None, None, D(2021, 3, 11), 1, (35.47, 44.39), 1),
    Row("Turkish drones struck a vehicle near Qamishli on 4 August 2021, killing two SDF "
        "commanders.",
        D(2021, 8, 5), "air/drone strike", REMOTE, "Air/drone strike", ("state:Turkey", "kurdish"),
        2, None, None, D(2021, 8, 4), 1, (37.05, 41.22), 2),
    Row("Israeli airstrikes hit Khan Younis on 3 December 2023, killing at least 20 people.",
        D(2023, 12, 4), "air/drone strike", REMOTE, "Air/drone strike", ("state:Israel",), 20,
        None, None, D(2023, 12, 3), 1, (31.35, 34.31), 1),
    Row("A car bomb exploded in a market in Azaz on 7 January 2017, killing 43 people.",
        D(2017, 1, 8), "explosion/IED", REMOTE, "Remote explosive/landmine/IED", None, 43, None,
        None, D(2017, 1, 7), 1, (36.59, 37.05), 1),
    Row("Rebels fired rockets at government-held neighbourhoods of Aleppo on Thursday, wounding"
        " six civilians.",
        D(2016, 10, 22), "shelling", REMOTE, "Shelling/artillery/missile attack",
        ("rebels", "civilians"), None, 6, None, D(2016, 10, 20), 1, (36.20, 37.16), 1),
    Row("Coalition aircraft bombed Islamic State positions near Al-Bukamal on 2 November 2017.",
        D(2017, 11, 3), "air/drone strike", REMOTE, "Air/drone strike",
        ("international", "islamic_state"), None, None, None, D(2017, 11, 2), 1, (34.45, 40.92),
        2),
    # --- violence against civilians --------------------------------------------------------
    Row("Gunmen attacked the village of Solhan on 5 June 2021 and killed 132 civilians.",
        D(2021, 6, 6), "attack", VAC, "Attack", ("unidentified", "civilians"), 132, None, None,
        D(2021, 6, 5), 1, None, None),
    Row("Boko Haram militants killed eleven farmers near Maiduguri on Saturday.",
        D(2020, 11, 30), "attack", VAC, "Attack", ("rebels", "civilians"), 11, None, None,
        D(2020, 11, 28), 1, (11.85, 13.16), 2),
    Row("On 15 April 2023, RSF fighters attacked civilians in El Geneina, killing 24 people.",
        D(2023, 4, 16), "attack", VAC, "Attack", ("rebels", "civilians"), 24, None, None,
        D(2023, 4, 15), 1, (13.45, 22.44), 1),
    Row("Islamic State militants executed five civilians in Deir ez-Zor on 1 August 2017.",
        D(2017, 8, 2), "attack", VAC, "Attack", ("islamic_state", "civilians"), 5, None, None,
        D(2017, 8, 1), 1, (35.33, 40.14), 1),
    Row("Unidentified gunmen kidnapped 4 aid workers near Gao on 20 May 2022.",
        D(2022, 5, 21), "abduction", VAC, "Abduction/forced disappearance", None, None, None, None,
        D(2022, 5, 20), 1, (16.27, -0.04), 2),
    # --- troop movements -------------------------------------------------------------------
    Row("Turkey deployed some 5,000 troops to Idlib on 9 February 2020.",
        D(2020, 2, 10), "troop deployment", SD, "Change to group/activity", ("state:Turkey",),
        None, None, 5000, D(2020, 2, 9), 1, (35.93, 36.63), None),
    Row("Russia sent 300 military police to Manbij yesterday.",
        D(2019, 10, 16), "troop deployment", SD, "Change to group/activity", ("state:Russia",),
        None, None, 300, D(2019, 10, 15), 1, (36.53, 37.95), 1),
    Row("The Syrian army sent reinforcements to the southern countryside of Idlib on 20 January"
        " 2020.",
        D(2020, 1, 21), "troop deployment", SD, "Change to group/activity", (SY,), None, None,
        None, D(2020, 1, 20), 1, (35.93, 36.63), 3),
    Row("On 30 June 2021, the last German troops withdrew from Afghanistan.",
        D(2021, 7, 1), "troop withdrawal", SD, "Change to group/activity", ("state:Germany",),
        None, None, None, D(2021, 6, 30), 1, None, 3),
    Row("French forces pulled out of Menaka on 13 June 2022.",
        D(2022, 6, 14), "troop withdrawal", SD, "Change to group/activity", ("state:France",),
        None, None, None, D(2022, 6, 13), 1, (15.92, 2.40), 1),
    Row("Turkish troops set up a new observation post near Saraqib on 3 February 2020.",
        D(2020, 2, 4), "base/post established", SD, "Headquarters or base established",
        ("state:Turkey",), None, None, None, D(2020, 2, 3), 1, (35.86, 36.80), 2),
    Row("Government forces besieged the town of Douma on 1 March 2018.",
        D(2018, 3, 2), "encirclement/siege", SD, "Other", (SY,), None, None, None, D(2018, 3, 1),
        1, (33.57, 36.40), 1),
    # --- agreements, meetings, statements, threats ------------------------------------------
    Row("Russia and Turkey agreed a ceasefire in Idlib on 5 March 2020.",
        D(2020, 3, 6), "ceasefire/agreement", SD, "Agreement", ("state:Russia", "state:Turkey"),
        None, None, None, D(2020, 3, 5), 1, (35.93, 36.63), None),
    Row("Ankara and Moscow agreed on joint patrols along the M4 highway in Idlib on Thursday.",
        D(2020, 3, 7), "ceasefire/agreement", SD, "Agreement", ("state:Turkey", "state:Russia"),
        None, None, None, D(2020, 3, 5), 1, (35.93, 36.63), None),
    Row("The warring parties in Yemen signed a truce in Hodeidah on 13 December 2018.",
        D(2018, 12, 14), "ceasefire/agreement", SD, "Agreement", None, None, None, None,
        D(2018, 12, 13), 1, (14.80, 42.95), 1),
    Row("The foreign ministers of Iran and Saudi Arabia met in Beijing on 6 April 2023.",
        D(2023, 4, 7), "meeting/talks", SD, "Other", ("state:Iran", "state:Saudi Arabia"), None,
        None, None, D(2023, 4, 6), 1, (39.91, 116.40), 1),
    Row("Erdogan and Putin held talks in Sochi on Wednesday.",
        D(2021, 10, 1), "meeting/talks", SD, "Other", ("state:Turkey", "state:Russia"), None, None,
        None, D(2021, 9, 29), 1, (43.60, 39.73), 1),
    Row("Turkey threatened to attack Syrian government forces in Idlib if they did not withdraw"
        " by the end of the month.",
        D(2020, 2, 12), "statement/threat", SD, "Other", ("state:Turkey", SY), None, None, None,
        D(2020, 2, 12), 2, None, None),
    Row("The Kremlin warned on Friday that Russian troops would stay in Syria.",
        D(2020, 2, 22), "statement/threat", SD, "Other", ("state:Russia",), None, None, None,
        D(2020, 2, 21), 1, None, None),
    Row("The Syrian government accused Turkey of supporting terrorists in Idlib on 18 February "
        "2020.",
        D(2020, 2, 19), "accusation", SD, "Other", (SY, "state:Turkey"), None, None, None,
        D(2020, 2, 18), 1, None, None),
    # --- negation, modality, reported speech ------------------------------------------------
    Row("The army denied killing civilians in Djibo on 4 March 2023.",
        D(2023, 3, 5), "", "", ""),
    Row("Israel warned that it would strike Beirut if Hezbollah fired more rockets.",
        D(2024, 7, 30), "statement/threat", SD, "Other", ("state:Israel",), None, None, None,
        D(2024, 7, 30), 2, None, None),
    Row("Iraqi officials said no one was killed when two rockets landed near Baghdad airport on"
        " Sunday.",
        D(2020, 1, 6), "shelling", REMOTE, "Shelling/artillery/missile attack", None, 0, None,
        None, D(2020, 1, 5), 1, (33.26, 44.23), 2),
    # --- relative dates and counts in words -------------------------------------------------
    Row("Last week, jihadists killed a soldier in an ambush near Mopti.",
        D(2022, 3, 16), "attack", BATTLE, "Armed clash", ("rebels", "state:Mali"), 1, None, None,
        D(2022, 3, 7), 2, (14.49, -4.20), 2),
    Row("Yesterday, two suicide bombers blew themselves up in a market in Maiduguri, killing "
        "twenty people.",
        D(2018, 5, 2), "explosion/IED", REMOTE, "Suicide bomb", None, 20, None, None,
        D(2018, 5, 1), 1, (11.85, 13.16), 1),
    Row("Myanmar's military carried out airstrikes on Lashio on 5 August 2024, killing several "
        "civilians.",
        D(2024, 8, 6), "air/drone strike", REMOTE, "Air/drone strike",
        ("state:Myanmar", "civilians"), 3, None, None, D(2024, 8, 5), 1, (22.94, 97.75), 1),
    # --- more kinds, counts and dates --------------------------------------------------------
    Row("Protesters gathered in Idlib on Friday to denounce the Russian airstrikes.",
        D(2020, 2, 22), "protest", "Protests", "Peaceful protest", ("protesters",), None, None,
        None, D(2020, 2, 21), 1, (35.93, 36.63), None),
    Row("Turkish police detained 12 suspected Islamic State members in Ankara on 4 January "
        "2018.",
        D(2018, 1, 5), "arrest", SD, "Arrests", ("state:Turkey", "islamic_state"), None, None,
        None, D(2018, 1, 4), 1, (39.92, 32.85), 1),
    Row("Ankara accused Moscow on Tuesday of violating the ceasefire in Idlib.",
        D(2020, 2, 27), "accusation", SD, "Other", ("state:Turkey", "state:Russia"), None, None,
        None, D(2020, 2, 25), 1, None, None),
    Row("The SDF and the Syrian army agreed to a truce in Manbij on 14 October 2019.",
        D(2019, 10, 15), "ceasefire/agreement", SD, "Agreement", ("kurdish", SY), None, None, None,
        D(2019, 10, 14), 1, (36.53, 37.95), 1),
    Row("Russian and Turkish troops conducted a joint patrol near Kobani on Tuesday.",
        D(2019, 11, 7), "ceasefire/agreement", SD, "Agreement", ("state:Russia", "state:Turkey"),
        None, None, None, D(2019, 11, 5), 1, (36.89, 38.35), 2),
    Row("Nigerian troops did not attack the village of Gwoza, the army said.",
        D(2021, 4, 2), "", "", ""),
    Row("No casualties were reported after a mortar shell hit a school in Homs on Sunday.",
        D(2016, 5, 10), "shelling", REMOTE, "Shelling/artillery/missile attack", None, 0, None,
        None, D(2016, 5, 8), 1, (34.73, 36.72), 1),
    Row("Dozens of Islamic State fighters were killed in US-led coalition airstrikes near Hajin"
        " on 2 December 2018.",
        D(2018, 12, 3), "air/drone strike", REMOTE, "Air/drone strike",
        ("international", "islamic_state"), 12, None, None, D(2018, 12, 2), 1, (34.69, 40.83), 2),
    Row("At least 3 soldiers were killed when their vehicle hit a landmine near Gao on 10 "
        "January 2023.",
        D(2023, 1, 11), "explosion/IED", REMOTE, "Remote explosive/landmine/IED", ("state:Mali",),
        3, None, None, D(2023, 1, 10), 1, (16.27, -0.04), 2),
    Row("The Taliban captured Kunduz on 8 August 2021.",
        D(2021, 8, 9), "territorial change", BATTLE, "Non-state actor overtakes territory",
        ("rebels",), None, None, None, D(2021, 8, 8), 1, (36.73, 68.86), 1),
    Row("Israel and Hamas agreed to a four-day truce in Gaza on 22 November 2023.",
        D(2023, 11, 23), "ceasefire/agreement", SD, "Agreement", ("state:Israel", "rebels"), None,
        None, None, D(2023, 11, 22), 1, (31.50, 34.47), 1),
    Row("On Wednesday, Sudanese army jets bombed a market in Omdurman, killing 40 civilians.",
        D(2023, 9, 15), "air/drone strike", REMOTE, "Air/drone strike",
        ("state:Sudan", "civilians"), 40, None, None, D(2023, 9, 13), 1, (15.64, 32.48), 1),
    Row("Ethiopian federal forces withdrew 2,000 soldiers from Mekelle on 28 June 2021.",
        D(2021, 6, 29), "troop withdrawal", SD, "Change to group/activity", ("state:Ethiopia",),
        None, None, 2000, D(2021, 6, 28), 1, (13.50, 39.47), 1),
    Row("Rebels abducted a priest in the town of Bamenda on Sunday.",
        D(2019, 3, 5), "abduction", VAC, "Abduction/forced disappearance", ("rebels",), None, None,
        None, D(2019, 3, 3), 1, (5.96, 10.15), 1),
    Row("Ukrainian forces retook Kherson on 11 November 2022.",
        D(2022, 11, 12), "territorial change", BATTLE, "Government regains territory",
        ("state:Ukraine",), None, None, None, D(2022, 11, 11), 1, (46.64, 32.61), 1),
    Row("Al-Shabaab fighters ambushed a convoy of peacekeepers near Kismayo last Friday, "
        "killing four peacekeepers.",
        D(2019, 7, 3), "attack", BATTLE, "Armed clash", ("rebels",), 4, None, None, D(2019, 6, 28),
        1, (-0.36, 42.55), 2),
    Row("Hezbollah fired dozens of rockets at northern Israel yesterday; no one was hurt.",
        D(2024, 8, 26), "shelling", REMOTE, "Shelling/artillery/missile attack",
        ("pro_government",), None, 0, None, D(2024, 8, 25), 1, None, None),
    Row("Over the past two weeks, Syrian and Russian jets have pounded Khan Shaykhun, killing a"
        " dozen civilians.",
        D(2019, 8, 15), "air/drone strike", REMOTE, "Air/drone strike", (SY, "civilians"), 12,
        None, None, D(2019, 8, 1), 3, (35.44, 36.65), 1),
    # --- associates, members, unnamed forces, group homes ------------------------------------
    Row("Iraqi troops, supported by coalition aircraft, recaptured Ramadi from Islamic State on"
        " 28 December 2015.",
        D(2015, 12, 29), "territorial change", BATTLE, "Government regains territory",
        ("state:Iraq", "islamic_state"), None, None, None, D(2015, 12, 28), 1, (33.42, 43.30), 1),
    Row("Two fighters of the Houthi movement were killed in Saudi airstrikes near Saada on "
        "Friday.",
        D(2019, 8, 12), "air/drone strike", REMOTE, "Air/drone strike",
        ("state:Saudi Arabia", "rebels"), 2, None, None, D(2019, 8, 9), 1, (16.94, 43.76), 2),
    Row("Troops repelled an al-Shabaab assault on a base near Jowhar on 3 June 2020, killing 12"
        " militants.",
        D(2020, 6, 4), "attack", BATTLE, "Armed clash", ("state:Somalia", "rebels"), 12, None,
        None, D(2020, 6, 3), 1, (2.78, 45.50), 2),
    Row("Thousands of protesters marched in Khartoum on 30 June 2022 against military rule.",
        D(2022, 7, 1), "protest", "Protests", "Peaceful protest", ("protesters",), None, None,
        None, D(2022, 6, 30), 1, (15.59, 32.53), 1),
    Row("ADF rebels killed 9 civilians in an attack on Beni on Wednesday.",
        D(2021, 5, 7), "attack", VAC, "Attack", ("islamic_state", "civilians"), 9, None, None,
        D(2021, 5, 5), 1, (0.49, 29.47), 1),
    # --- looting, weapons, crowds, doers unnamed -------------------------------------------
    Row("On 14 May 2021, bandits looted shops in Maiduguri.",
        D(2021, 5, 15), "looting/destruction", SD, "Looting/property destruction", None, None,
        None, None, D(2021, 5, 14), 1, (11.85, 13.16), 1),
    Row("On 2 April 2022, soldiers seized a cache of rifles and grenades near Kidal.",
        D(2022, 4, 3), "weapons seized", SD, "Disrupted weapons use", ("state:Mali",), None,
        None, None, D(2022, 4, 2), 1, (18.44, 1.41), 2),
    Row("On 2 April 2020, the Chadian government declared a nightly curfew in Moundou.",
        D(2020, 4, 3), "security measure", SD, "Change to group/activity", ("state:Chad",),
        None, None, None, D(2020, 4, 2), 1, (8.57, 16.08), 1),
    Row("On 9 June 2023, police fired tear gas to disperse traders protesting in Mombasa.",
        D(2023, 6, 10), "protest", "Protests", "Protest with intervention", ("protesters",),
        None, None, None, D(2023, 6, 9), 1, (-4.04, 39.67), 1),
    Row("On 5 May 2023, two policemen were killed by a roadside bomb near Kunduz.",
        D(2023, 5, 6), "explosion/IED", REMOTE, "Remote explosive/landmine/IED",
        ("unidentified", "state:Afghanistan"), 2, None, None, D(2023, 5, 5), 1, (36.73, 68.86), 2),
    Row("On 8 July 2022, a teacher was shot dead by unknown gunmen in Bunia.",
        D(2022, 7, 9), "attack", VAC, "Attack", ("unidentified", "civilians"), 1, None, None,
        D(2022, 7, 8), 1, (1.56, 30.25), 1),
    Row("On 3 March 2023, supporters of two rival parties clashed in Sylhet, injuring six people.",
        D(2023, 3, 4), "protest", "Riots", "Mob violence", ("rioters",), None, 6, None,
        D(2023, 3, 3), 1, (24.90, 91.87), 1),
    # unarmed men who beat or stab are a mob; men who shoot are armed men
    Row("On 9 December 2020, three pastoralist men assaulted and wounded a farmer near Kandi.",
        D(2020, 12, 10), "protest", "Riots", "Mob violence", ("rioters", "civilians"), None,
        1, None, D(2020, 12, 9), 1, (11.13, 2.94), 2),
    Row("On 8 January 2024, supporters of a defeated candidate stabbed and injured a supporter "
        "of the winning candidate in Rajshahi.",
        D(2024, 1, 9), "protest", "Riots", "Mob violence", None, None, None, None,
        D(2024, 1, 8), 1, (24.37, 88.60), 1),
    Row("On 4 March 2023, two men shot dead a trader in Kandi.",
        D(2023, 3, 5), "attack", VAC, "Attack", ("unidentified", "civilians"), 1, None, None,
        D(2023, 3, 4), 1, (11.13, 2.94), 1),
)
# fmt: on
