"""Acts that are no battle, named by their own verbs: surrenders, thefts of property, bombs
found and removed, ground reclaimed, floggings. Real model; our own texts."""

from __future__ import annotations

import pytest

from tests.pipeline.events.reading import first_event, read_text

CHANGE = "Change to group/activity"  # ACLED's sub-event type of a curfew or a new deployment


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("On 6 May 2021, 12 NPA rebels surrendered to the army in Catarman, Northern Samar.",
         "Agreement"),
        ("On 6 May 2021, Boko Haram fighters seized an ambulance from aid workers in Monguno.",
         "Looting/property destruction"),
        ("On 6 May 2021, gunmen on motorbikes seized 90 heads of cattle near Tillaberi.",
         "Looting/property destruction"),
        ("On 6 May 2021, in Baidoa, police discovered and removed two RCIEDs.",
         "Disrupted weapons use"),
        ("On 6 May 2021, the army reclaimed Mundri from the SPLA-IO, South Sudan.",
         "Government regains territory"),
        ("On 6 May 2021, two men were publicly whipped by the Hisbah in Kano.", "Attack"),
        ("On 6 May 2021, teachers went to the street in Parakou to claim their pay.",
         "Peaceful protest"),
        ("On 6 May 2021, ministry workers held a sit in in Ouagadougou.", "Peaceful protest"),
        ("On 6 May 2021, nurses formed a human chain outside the hospital in Khulna, demanding "
         "their pay.", "Peaceful protest"),
        # a strike a party called stops work; those who enforce it riot
        ("On 6 May 2021, shops in Birgunj stayed shut due to a strike called by a Madhesi "
         "party.", "Peaceful protest"),
        ("On 6 May 2021, bandh enforcers hurled a bottle of acid at a bus in Birgunj, injuring "
         "the driver.", "Violent demonstration"),
        ("On 6 May 2021, athletes organized a vigil in front of the stadium in Basra.",
         "Peaceful protest"),
        ("On 6 May 2021, JNIM militants and park rangers exchanged gunfire near Tanguieta.",
         "Armed clash"),
        ("On 6 May 2021, two militants threw an explosive at a police station in Indramayu.",
         "Grenade"),
        # a crowd that throws petrol bombs riots
        ("On 6 May 2021, supporters of a candidate threw petrol bombs at a procession in Bogra.",
         "Mob violence"),
        # a riot the report names, against a measure: a demonstration turned violent
        ("On 6 May 2021, students rioted against exam fees in Kisumu.", "Violent demonstration"),
        ("On 6 May 2021, villagers handed over 45 illegal arms in Guereda.",
         "Disrupted weapons use"),
        ("On 6 May 2021, the army disposed of a bomb planted near the market in Butwal.",
         "Disrupted weapons use"),
        # devices cleared or destroyed, or gone off in their makers' hands
        ("On 6 May 2021, soldiers cleared IEDs planted by unknown men near Jowhar.",
         "Disrupted weapons use"),
        ("On 6 May 2021, two fighters died when the explosives they were carrying went off near "
         "Jowhar.", "Disrupted weapons use"),
        # a ship seized or a bus hijacked: those on board held
        ("On 6 May 2021, pirates seized a cargo ship off the coast of Eyl.",
         "Abduction/forced disappearance"),
        ("On 6 May 2021, bandits hijacked a bus near Dori.", "Abduction/forced disappearance"),
        # what a participle says was seized: arms taken in, no territory
        ("On 6 May 2021, officials showed 400 rifles seized from militias by the army in "
         "Abeche.", "Disrupted weapons use"),
        ("On 6 May 2021, militants ambushed a patrol near Tillaberi, two gendarmes were killed "
         "and four rifles seized by the attackers.", "Armed clash"),
        ("On 6 May 2021, M23 rebels consolidated their hold on the localities seized from the "
         "army in Masisi.", "Non-state actor overtakes territory"),
        ("On 6 May 2021, two men were publicly caned by the Hisbah in Banda Aceh.", "Attack"),
        # remote violence and ground fighting together: a battle
        ("On 6 May 2021, NPA rebels detonated a landmine then engaged the army in a firefight "
         "in Claver.", "Armed clash"),
        # a raid on a place of no armed men that only took or burned goods is a looting; one
        # on armed men, or one that harmed people, is the violence
        ("On 6 May 2021, gunmen attacked and looted the residence of a former governor in "
         "Owerri.", "Looting/property destruction"),
        ("On 6 May 2021, militants attacked a police station near Tete and burned a car.",
         "Armed clash"),
        ("On 6 May 2021, militants attacked a village near Tete, looted shops and killed two "
         "farmers.", "Attack"),
        # an operation frames what was done in it
        ("On 6 May 2021, 40 drug suspects were arrested during police operations in Bulacan.",
         "Arrests"),
        ("On 6 May 2021, gunmen made an incursion into a ranch near Tillaberi and seized a "
         "vehicle.", "Looting/property destruction"),
        # a protest the act was done for took place
        ("On 6 May 2021, residents set up a barricade on the road near Kasibu to demonstrate "
         "against the mine.", "Violent demonstration"),
        # the frame alone, when what else the sentence names is only a purpose
        ("On 6 May 2021, the army continued its operations near Palmyra to advance on the "
         "town.", "Armed clash"),
        # a measure the authorities took
        ("On 6 May 2021, the government declared a nightly curfew in Ndjamena.", CHANGE),
        ("On 6 May 2021, the government extended the state of emergency in Ouaddai.", CHANGE),
        # a strike that stops work is a protest; one from the air is not
        ("On 6 May 2021, teachers went on strike in front of the ministry in Kathmandu.",
         "Peaceful protest"),
        ("On 6 May 2021, civil servants observed a general strike in Ndjamena.",
         "Peaceful protest"),
        ("On 6 May 2021, an air strike hit a market in Maarat al-Numan, Idlib.",
         "Air/drone strike"),
        ("On 6 May 2021, a strike by teachers closed the schools of Kathmandu.",
         "Peaceful protest"),
        # how long work stops, or a strike joined, makes it a stoppage; strikes launched are
        # blows
        ("On 6 May 2021, a 72-hour strike shut the markets of Kathmandu.", "Peaceful protest"),
        ("On 6 May 2021, bus drivers joined the strike in Ndjamena.", "Peaceful protest"),
        ("On 6 May 2021, fighter jets launched strikes on rebel positions near Goma.",
         "Air/drone strike"),
        # people who strike, hitting nothing; jets that strike targets
        ("On 6 May 2021, striking workers barricaded the entrance of the company's offices in "
         "Durban and burned debris.", "Violent demonstration"),
        ("On 6 May 2021, the nurses were striking in front of the ministry in Kathmandu.",
         "Peaceful protest"),
        ("On 6 May 2021, jets were striking targets near Idlib.", "Air/drone strike"),
        # an attempt is an act
        ("On 6 May 2021, residents attempted to lynch a thief in Lichinga.", "Mob violence"),
        # what they went on to do was done
        ("On 6 May 2021, militants tied up the guards and proceeded to burn three bunkhouses in "
         "Lal-lo.", "Looting/property destruction"),
        ("On 6 May 2021, soldiers began to shell the village of Kasibu.",
         "Shelling/artillery/missile attack"),
        # a share of the goods is goods taken
        ("On 6 May 2021, gunmen seized almost all of the livestock in a village near Tillaberi.",
         "Looting/property destruction"),
        # an explosive thrown, however the sentence is built
        ("On 6 May 2021, residents of Uvira reported grenades being thrown at night.", "Grenade"),
        # the bombs found are not the act; those that went off are
        ("On 6 May 2021, four bombs were found near a power line in Giza and two of the bombs "
         "went off.", "Remote explosive/landmine/IED"),
    ],
)  # fmt: skip
def test_the_act_is_coded_by_its_verb(extractor, text: str, sub_event_type: str) -> None:  # type: ignore[no-untyped-def]
    assert first_event(extractor, text, "2021-05-10").sub_event_type == sub_event_type


@pytest.mark.model
def test_bodies_found_with_bullet_wounds_are_the_dead_not_arms_seized(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "On 6 May 2021, three bodies with bullet wounds were found in a forest near Nyeri."
    (event,) = read_text(extractor, text, "2021-05-10").events
    assert (event.sub_event_type, event.fatalities) == ("Attack", 3)


@pytest.mark.model
def test_an_attempt_to_retake_a_town_takes_nothing(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "On 6 May 2021, the army tried to retake Mundri from the rebels."
    events = read_text(extractor, text, "2021-05-10").events
    assert all(e.category != "territorial change" for e in events)


@pytest.mark.model
def test_an_attempted_lynching_kills_nobody(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "On 6 May 2021, residents attempted to lynch a thief in Lichinga."
    assert first_event(extractor, text, "2021-05-10").fatalities is None


@pytest.mark.model
def test_weapons_taken_out_of_use_were_an_unidentified_groups(extractor) -> None:  # type: ignore[no-untyped-def]
    # whoever laid the bomb, unnamed, is ACLED's unidentified armed group
    text = "On 6 May 2021, soldiers defused an IED found near the market in Butwal, Nepal."
    event = first_event(extractor, text, "2021-05-10")
    assert (event.actor1, event.inter1) == ("Military Forces of Nepal", 1)
    assert (event.actor2, event.inter2) == ("Unidentified Armed Group (Nepal)", 3)


@pytest.mark.model
def test_a_measure_the_authorities_declare_is_a_security_measure(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "On 6 May 2021, the governor imposed a lockdown on Goma after the riots."
    events = read_text(extractor, text, "2021-05-10").events
    measure = next(e for e in events if e.category == "security measure")
    assert (measure.event_type, measure.sub_event_type) == ("Strategic developments", CHANGE)
    assert str(measure.event_date) == "2021-05-06"


@pytest.mark.model
def test_a_measure_named_in_passing_is_no_event_of_its_own(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "On 6 May 2021, hundreds protested in Ndjamena against the curfew."
    events = read_text(extractor, text, "2021-05-10").events
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # words that only describe a noun tell no event: a place around a town, a programme's
        # name, people detained before
        "On 6 May 2021, refugees from camps surrounding Kandi staged a protest in the town.",
        "On 6 May 2021, as part of the 'Kandi Blockade' programme, students staged a protest in "
        "Kandi.",
        "On 6 May 2021, relatives of detained party members staged a protest in Kandi, "
        "demanding their release.",
    ],
)
def test_words_that_describe_a_noun_tell_no_event(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    events = read_text(extractor, text, "2021-05-10").events
    assert [e.event_type for e in events] == ["Protests"]


@pytest.mark.model
def test_what_someone_is_going_to_do_is_not_done(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "On 6 May 2021, the army said it is going to attack the rebels in Kasibu."
    events = read_text(extractor, text, "2021-05-10").events
    assert all(e.event_type in ("Strategic developments",) for e in events)


@pytest.mark.model
@pytest.mark.parametrize(
    "toll",
    ["Neither injuries nor fatalities were reported.", "There were 0 injuries and 0 fatalities."],
)
def test_neither_injuries_nor_fatalities_is_no_event(extractor, toll: str) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 6 May 2021, militiamen looted shops and set houses on fire in a village near Uvira. "
        + toll
    )
    events = read_text(extractor, text, "2021-05-10").events
    assert [(e.sub_event_type, e.fatalities) for e in events] == [
        ("Looting/property destruction", None)
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # an assault read as an adjective is an assault: violence against people outranks
        # the looting told with it
        ("On 6 May 2021, soldiers pillaged the village of Kanya and assaulted villagers.",
         "Attack"),
        # arson on property harms no one: ACLED's property destruction
        ("On 6 May 2021, rebels carried out an arson attack on a bank branch in Dang.",
         "Looting/property destruction"),
        ("On 6 May 2021, a gang attacked a #FreeSpeech office in Akure. They set it on fire, "
         "burning its records.", "Looting/property destruction"),
    ],
)  # fmt: skip
def test_acts_on_people_and_on_property(extractor, text: str, sub_event_type: str) -> None:  # type: ignore[no-untyped-def]
    events = read_text(extractor, text, "2021-05-10").events
    assert [e.sub_event_type for e in events] == [sub_event_type]


@pytest.mark.model
def test_the_capture_of_men_is_no_ground_taken(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 3 May 2021, army airstrikes near Tal Afar resulted in the killing or wounding or "
        "capture of 4 militants."
    )
    event = first_event(extractor, text, "2021-05-10")
    assert (event.event_type, event.sub_event_type) == (
        "Explosions/Remote violence",
        "Air/drone strike",
    )


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # a crowd that mauls a man is a mob
        ("On 2 June 2021, a crowd in Cotabato mauled a man accused of stealing a goat.",
         ("Riots", "Mob violence")),
        # forces that manhandle the people they hold attack civilians
        ("On 2 June 2021, police detained a dozen students in Pokhara and manhandled three.",
         ("Violence against civilians", "Attack")),
    ],
)  # fmt: skip
def test_assaults_told_by_their_own_verbs(extractor, text: str, coded: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    event = first_event(extractor, text, "2021-06-03", violent=True)
    assert (event.event_type, event.sub_event_type) == coded
