"""What kind of armed group an organisation the dictionary does not know is, from the words of
its name: a unit of the state's forces, or a group of one of ACLED's other actor types (rebels
fight to overthrow or break away from a state; political militias are armed for other
political ends; identity militias for a community; private security and mercenary firms are
other forces)."""

from __future__ import annotations

import re

__all__ = ["inter_of_name", "state_unit"]

#: Words of a name and the ACLED inter code they tell, the first that matches winning.
_KINDS: tuple[tuple[re.Pattern[str], int], ...] = (
    # a community's own armed men ("the Kora Ethnic Militia", "a Bari clan militia")
    (re.compile(r"\b(?:ethnic|clan|tribal|communal|community)\s+(?:militias?|defen[cs]e)\b"), 4),
    # private firms of armed men ("Osprey Advisory Group", "Talon Security Services")
    (
        re.compile(
            r"\b(?:advisory group|private military|security (?:company|services|contractors?)|"
            r"military contractors?|mercenar(?:y|ies))\b"
        ),
        8,
    ),
    # armies and fronts that fight a state ("Kivu National Liberation Army", "Sahel Mujahideen")
    (
        re.compile(
            r"\b(?:(?:national )?liberation (?:army|front|forces?|movement)|independence army|"
            r"revolutionary (?:army|armed forces|front)|resistance (?:army|front|movement)|"
            r"mujahid(?:e|i)?en|mujahidin|jihad|insurgents?|rebels?)\b"
        ),
        2,
    ),
    # other armed groups ("the Kamwe sect" is no community's)
    (re.compile(r"\b(?:militias?|militiam[ae]n|vigilantes?|sect|cartel|gang)\b"), 3),
)


def inter_of_name(name: str) -> int | None:
    """ACLED's inter code of an unknown group from the words of its name, else ``None``.

    Examples
    --------
    >>> inter_of_name("the Kivu National Liberation Army")
    2
    >>> inter_of_name("Osprey Advisory Group")
    8
    >>> inter_of_name("Kamwe sect")
    3
    >>> inter_of_name("Bantu Clan Militia")
    4
    >>> inter_of_name("the Teachers' Union") is None
    True
    """
    lower = name.lower()
    return next((code for pattern, code in _KINDS if pattern.search(lower)), None)


#: Names of the state's own units: its police, gendarmerie, guards, special forces.
_STATE_UNIT = re.compile(
    r"\b(police|gendarmerie|armed forces|special (?:forces|action force)|"
    r"(?:republican|presidential|national|border|coast) guards?|counter-terrorism|"
    r"(?:security|intervention) unit|operations command)\b",
    re.I,
)
#: ... unless the name says that it fights the state ("Patriotic Armed Forces of the People").
_INSURGENT_NAME = re.compile(
    r"\b(liberation|independence|revolution\w*|resistance|islamic|popular|people'?s?|patriot\w*|"
    r"democratic|rebel\w*|mujahideen|front|movement|self-defen[cs]e)\b",
    re.I,
)


def state_unit(name: str) -> bool:
    """Whether an organisation's ``name`` the dictionary does not know is a unit of the
    state's forces.

    Examples
    --------
    >>> state_unit("Jayapura City Police"), state_unit("Republican Guard")
    (True, True)
    >>> state_unit("Patriotic Armed Forces of the People"), state_unit("Arakan Army")
    (False, False)
    """
    return bool(_STATE_UNIT.search(name)) and not _INSURGENT_NAME.search(name)
