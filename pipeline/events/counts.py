"""Read killed, wounded and troop counts from one sentence.

Patterns over the sentence text ("14 Turkish soldiers were killed", "killing at least 3
civilians", "the death toll rose to 12", "some 5,000 additional troops"), with the number
phrase parsed by :func:`pipeline.events.numbers.parse_count` as a low bound.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.events.numbers import Count, parse_count

__all__ = ["SentenceCounts", "read_counts"]

_WORDS = (
    "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    "eighty|ninety|hundred|thousand"
)
_QUAL = (
    r"(?:(?:at\s+least|more\s+than|over|some|about|around|nearly|almost|roughly|up\s+to|"
    r"an\s+estimated|as\s+many\s+as|approximately|not?\s+(?:fewer|less)\s+than|"
    r"(?:a\s+)?minimum\s+of)\s+)?"
)
_NUM = (
    r"between\s+\d+\s+and\s+\d+|"  # a range: its low end (parse_count)
    rf"{_QUAL}(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\s+(?:thousand|million))?"
    rf"|{_QUAL}(?:{_WORDS})(?:[\s-](?:{_WORDS}|and))*"
    rf"|{_QUAL}(?:a\s+)?dozens?(?:\s+of)?|scores(?:\s+of)?|hundreds(?:\s+of)?|thousands(?:\s+of)?"
    rf"|several|a\s+few|a\s+number\s+of"
    r"|an\s+(?:unknown|unspecified|undisclosed|undetermined|indeterminate)\s+number\s+of"
)
_SINGLE = r"\b(?:a|an|one|1)\s+(?:[\w-]+\s+){0,2}?"
_VICTIMS = (
    r"(?:people|persons|civilians|soldiers|troops|fighters|militants|rebels|members|"
    r"children|women|men|officers|policemen|police|personnel|servicemen|guards|citizens|"
    r"residents|villagers|workers|journalists|combatants|insurgents|jihadists|others|"
    r"gunmen|attackers|recruits|pilots|protesters|students|worshippers|commanders|leaders|"
    r"farmers|herders|fishermen|traders|passengers|pilgrims|displaced|refugees|migrants|"
    r"miners|teachers|doctors|nurses|patients|mourners|guests|shoppers|drivers|family\s+members|"
    r"relatives|boys|girls|infants|babies|elders|officials|policemen|gendarmes|peacekeepers|"
    r"assailants|bandits|terrorists|kidnappers|robbers|criminals|suspects|cultists|youths|"
    r"aid\s+workers|volunteers|hostages|prisoners|detainees|inmates|militiamen|jihadis|"
    r"mercenaries|operatives|contractors|spies|informants|"
    r"(?-i:[A-Z])[a-z]+(?:ians|ans|is|ese|ers))"
)
_SINGULAR_VICTIMS = (
    r"(?:soldier|civilian|child|man|woman|person|fighter|officer|policeman|"
    r"journalist|member|boy|girl|militant|rebel|pilot|commander|guard|resident|farmer|"
    r"herder|teacher|doctor|nurse|driver|student|gendarme|peacekeeper|worker|leader|"
    r"official|villager|trader|infant|baby|shepherd|fisherman|policewoman|jihadist|"
    r"preacher|priest|imam|cleric|pastor|chief|bomber|suspect|thief|businessman|politician|"
    r"councillor|councilor|candidate|vendor|motorcyclist|lawyer|judge|activist|youth|elder|"
    r"wife|husband|son|daughter|father|mother|brother|sister|employee|teenager|miner|"
    r"militiaman|insurgent|gunman|attacker|mercenary|contractor|guide|informant|chef|"
    r"assailant|bandit|terrorist|kidnapper|robber|criminal|cultist|marabout|catechist|monk|"
    r"nun|sheikh|shopkeeper|merchant|tailor|mechanic|butcher|herdsman|hunter|pastoralist|"
    r"nomad|engineer|technician)"
)
_BE = r"(?:\s+(?:were|was|have\s+been|has\s+been|had\s+been|are|is|being|got|reportedly|also))*"
_MID = r"(?:\s+(?!and\b|or\b)[\w’'/-]+){0,5}?"
#: An aside on who was among the dead: "three people, including a policeman, are dead",
#: "4 inmates - including a drug dealer - were killed".
_ASIDE = (
    r"(?:\s*(?:,|\s-|–|—)\s*(?:including|among\s+them)\s+[^,.;–—]{1,80}?\s*(?:,|-(?=\s)|–|—)"
    # or run on to the verb's auxiliary: "14 militants including two commanders were killed"
    r"|\s+including(?:\s+(?!(?:were|was|are|is|have|has|had|been|where|who|whose|which|that|"
    r"after|when|as|while|before|but|because)\b)[\w’'/-]+){1,8}?"
    r"(?=\s+(?:were|was|are|have\s+been|had\s+been)\s))?"
)
_KILLED = (
    r"(?:killed|dead|died|slain|massacred|executed|lost\s+their\s+lives|perished|martyred|"
    r"shot\s+dead|shot\s+and\s+killed|(?:beaten|burned|burnt|stabbed|hacked|lynched|tortured)"
    r"\s+to\s+death|(?:burned|burnt|buried)\s+alive)"
)
_WOUNDED = r"(?:wounded|injured|hurt)"
_TROOPS = (
    r"(?:troops|soldiers|personnel|servicemen|reinforcements|commandos|fighters|"
    r"special\s+forces|marines|paratroopers|military\s+personnel|(?:military\s+)?police|"
    r"policemen|gendarmes|guards|peacekeepers)"
)


#: "46 killed and injured" counts casualties of both kinds: neither number alone.
_MIXED = (
    r"(?!\s+(?:and|or|and/or)\s+(?:killed|dead|wounded|injured|hurt)\b"
    # "4 rebels were killed, wounded or captured": harms of one kind or another
    r"|,\s+(?:wounded|injured|hurt|captured)\s+or\s)"
)


#: An object after the verb: "two men shot dead a trader" counts the doers, not the dead.
_OBJECT = rf"(?!\s+(?:a|an|the|his|her|their|its|{_NUM})\b)"
_BE_SOME = _BE.removesuffix("*") + "+"
#: Acts done to the victims before the verb: "a villager was arrested, tortured and killed",
#: "three people were found tied up and killed".
_DONE_FIRST = (
    r"(?:\s+(?!(?:wounded|injured|hurt|killed|martyred|executed|slain|massacred)\b)"
    r"(?:\w{3,}ed|beaten|taken|stolen|thrown|driven)(?:\s+up)?,?){0,3}(?:\s+and)?"
)


def _patterns(verb: str, participles: str) -> list[re.Pattern[str]]:
    return [
        re.compile(
            rf"\b(?P<n>{_NUM})\b{_MID}{_ASIDE}(?:{_BE_SOME}{_DONE_FIRST}\s+{verb}\b"
            rf"|\s+{verb}\b{_OBJECT})"
            rf"{_MIXED}",
            re.I,
        ),
        re.compile(
            rf"(?P<s>{_SINGLE}{_SINGULAR_VICTIMS})(?:{_BE}|{_BE_SOME}{_DONE_FIRST})\s+{verb}\b"
            rf"{_MIXED}",
            re.I,
        ),
        re.compile(
            rf"\b(?:{participles})(?!\s+by\b){_MID}\s+(?P<n>{_NUM})\b(?:\s+[\w-]+){{0,3}}?\s+{_VICTIMS}"
            rf"(?!\s+(?:killed|dead|wounded|injured)\s+(?:and|or)\s)",
            re.I,
        ),
        re.compile(rf"\b(?P<n>{_NUM})\s+(?:people\s+)?{verb}\b{_MIXED}", re.I),
        re.compile(rf"\b(?:{participles})\s+(?P<s>{_SINGLE}{_SINGULAR_VICTIMS})\b", re.I),
        # "killing 2 civilians and injuring 8.", "killing 5 and wounding 20"
        re.compile(
            rf"\b(?:{participles})\s+(?P<n>{_NUM})"
            r"(?=\s*(?:[.,;]|$|\s+(?:others|more|of\s+them)\b|\s+and\s+(?:injur|wound)))",
            re.I,
        ),
    ]


_ITEM = (
    rf"(?:(?:{_NUM}|\b(?:a|an|one))\s+(?:[\w’'-]+\s+){{0,2}}?"
    rf"(?:{_VICTIMS}|{_SINGULAR_VICTIMS}|brothers|sisters|sons|daughters)\b"
    # "4 from the Southern Resistance and 15 from Houthi forces": counts of each side
    rf"|(?:{_NUM})\s+from\s+(?:[\w’'-]+\s+){{0,3}}?[\w’'-]+)"
)
_LIST = rf"(?P<list>{_ITEM}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_ITEM}){{1,4}})"
_LEAD = re.compile(rf"^(?P<n>{_NUM}|a|an|one)\b", re.I)


def _list_total(text: str) -> Count | None:
    """ "5 citizens and a child", "two women, a child and two men": the sum of the items."""
    total, hedged = 0, False
    for item in re.finditer(_ITEM, text, re.I):
        lead = _LEAD.match(item.group(0))
        if lead is None:
            return None
        words = lead.group("n").lower()
        count = Count(1, False, "") if words in ("a", "an", "one") else parse_count(words)
        if count is None:
            return None
        total += count.value
        hedged = hedged or count.approximate
    return Count(total, hedged, f"'{text}'" if hedged else "")


_CLAUSE_KILLS = [
    # (and "... 15 from Houthi forces backed up by X were killed": the side's patron between)
    re.compile(
        rf"\b{_LIST}(?:\s+(?:backed|supported|loyal|affiliated|allied|aligned)\b[^,.;]{{0,60}}?)?"
        rf"{_BE}(?:\s+also)?\s+{_KILLED}\b",
        re.I,
    ),
    # (not "killing 1 fighter and 4 others were injured": the last item the wounded's)
    re.compile(
        rf"\b(?:killing|killed|kill|kills)\s+{_LIST}"
        r"(?!\s+(?:were|was)\s+(?:\w+\s+)?(?:injured|wounded|hurt))",
        re.I,
    ),
    re.compile(rf"\b(?:left|leaving)\s+{_LIST}\s+dead\b", re.I),
    # "left 5 soldiers dead", "leaving five people, including children, dead" (not "leaving
    # one person lightly wounded")
    re.compile(
        rf"\b(?:left|leaving)\s+(?:(?P<n>{_NUM})|(?P<s>a|an|one))\b"
        r"(?:\s+(?!injured|wounded|hurt)[\w-]+|\s*,[^,.;]{1,40},){0,6}?\s+(?:dead|killed)\b"
        + _MIXED,
        re.I,
    ),
    *_patterns(
        _KILLED,
        r"killing|killed|kills|kill|executing|executed|massacring|shot dead|"
        r"assassinated|assassinating|murdered|murdering|beheaded|beheading|"
        r"shot and killed|lynched|(?:burned|burnt|beat|beaten|stabbed|hacked)\s+to\s+death",
    ),
]
_KILL_PATTERNS = [
    *_CLAUSE_KILLS,
    re.compile(
        rf"\bdeath\s+toll\b(?:\s+[\w-]+){{0,4}}?\s+(?:to|at|of|reached|is|was)\s+(?P<n>{_NUM})",
        re.I,
    ),
    re.compile(
        rf"\b(?P<n>{_NUM})\s+(?:(?:civilian|military|reported|confirmed)\s+)?"
        r"(?:deaths|fatalities|dead\b)",
        re.I,
    ),
    # "resulting in one fatality" (not "a death threat", "a death-row inmate")
    re.compile(
        r"\b(?P<s>one|a|an|1)\s+(?:(?:civilian|military|reported|confirmed)\s+)?"
        r"(?:death|fatality)\b(?!\s*-|\s+(?:traps?|lists?|rows?|threats?|sentences?|squads?|"
        r"penalty|penalties|march|marches|tolls?|warrants?|certificates?|knell|wish|camps?|"
        r"zones?|metal|spiral|blow|in\s+the\s+family)\b)",
        re.I,
    ),
    # "resulted in the death of 1 and injury of two others", "the deaths of three soldiers"
    re.compile(rf"\bdeaths?\s+of\s+(?P<n>{_NUM})(?=\s+{_VICTIMS}\b|\s+and\b|\s*[,.;]|\s*$)", re.I),
    re.compile(r"\b(?P<zero>no)\s+(?:casualties|deaths|fatalities|one\s+was\s+killed)\b", re.I),
    # "burned a farmer alive", "burnt two women alive"
    re.compile(
        rf"\b(?:burned|burnt|buried)\s+(?:(?P<n>{_NUM})|(?P<s>a|an|one))\s+(?:[\w-]+\s+){{0,6}}?"
        r"alive\b",
        re.I,
    ),
    # "fired at a police officer, killing him"
    re.compile(r"\b(?:killing|killed)\s+(?P<s>him|her)\b", re.I),
]
_WOUND_PATTERNS = _patterns(_WOUNDED, r"wounding|injuring|wounded|injured")
_TROOP_PATTERNS = [
    re.compile(
        rf"\b(?P<n>{_NUM})\s+(?:(?:additional|more|extra|new|fresh|reinforcement|elite|"
        rf"[A-Z][a-z]+)\s+){{0,3}}{_TROOPS}\b",
        re.I,
    ),
]


@dataclass(frozen=True, slots=True)
class SentenceCounts:
    """Counts read from one sentence (``None`` when the text gives none)."""

    killed: Count | None
    wounded: Count | None
    troops: Count | None


def _count_of(match: re.Match[str], *, single_ok: bool) -> Count | None:
    """The count a pattern's match names: a list's sum, a number, "no ...", or "a soldier"."""
    groups = match.groupdict()
    if groups.get("list"):
        return _list_total(groups["list"])
    if groups.get("n"):
        return parse_count(groups["n"])
    if groups.get("zero"):
        return Count(0, False, "'no casualties'")
    if groups.get("s") and single_ok:
        return Count(1, False, "")
    return None


def _first(patterns: list[re.Pattern[str]], text: str, *, single_ok: bool = True) -> Count | None:
    best: tuple[int, Count] | None = None
    for pattern in patterns:
        for match in pattern.finditer(text):
            count = _count_of(match, single_ok=single_ok)
            if count is not None and re.search(r"\bno\s*$", text[: match.start()], re.I):
                count = Count(0, False, "'no one'")
            if count is not None and (best is None or match.start() < best[0]):
                best = (match.start(), count)
            if count is not None:
                break
    return best[1] if best else None


_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_NOT_COUNTS = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}(?:,?\s+\d{{4}})?\b"
    rf"|\b{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\b|\b{_MONTHS},?\s+\d{{4}}\b"
    r"|\b(?:in|of|since|until|from)\s+\d{4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}:\d{2}\b"
    r"|\b\d+\s+(?:hours?|days?|weeks?|months?|years?|km|kilometres?|kilometers?|miles?)\b"
    r"|\b(?:the\s+)?\d+(?:st|nd|rd|th)\b",
    re.I,
)


def _mask_non_counts(text: str) -> str:
    """Dates, durations and distances hold numbers that count nothing: blank them out, keeping
    offsets ("on 17 February 2021 killed dozens" must not read as 17 killed)."""
    return _NOT_COUNTS.sub(lambda m: " " * len(m.group(0)), text)


def _clause_kills(text: str) -> Count | None:
    """Sum the tolls of separate clauses ("killing 15 militants, while two soldiers were
    killed"); ``None`` when fewer than two clauses give one."""
    spans: list[tuple[int, int, Count]] = []
    for pattern in _CLAUSE_KILLS:
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e, _ in spans):
                continue
            count = _count_of(match, single_ok=True)
            if count is not None:
                spans.append((match.start(), match.end(), count))
    values = {c.value for _, _, c in spans}
    if len(spans) < 2 or len(values) < len(spans):
        return None
    counts = [c for _, _, c in spans]
    hedged = any(c.approximate for c in counts)
    notes = "; ".join(c.note for c in counts if c.note)
    return Count(sum(c.value for c in counts), hedged, notes)


#: Words one of which every toll pattern holds: a sentence without any has no toll to read.
_KILL_WORDS = re.compile(
    r"kill|dead|die|death|slain|massacr|execut|lives|perish|martyr|alive|fatalit|casualt|"
    r"assassinat|murder|behead|lynch",
    re.I,
)
_WOUND_WORDS = re.compile(r"wound|injur|hurt", re.I)


def read_counts(text: str, *, troops_possible: bool) -> SentenceCounts:
    """Killed, wounded and (when the sentence moves troops) troop counts of one sentence.

    Examples
    --------
    >>> read_counts("14 Turkish soldiers were killed over two weeks.", troops_possible=False).killed
    Count(value=14, approximate=False, note='')
    >>> read_counts("Turkey sent some 5,000 additional troops.", troops_possible=True).troops.value
    5000
    >>> hit = read_counts("A shell hit the market, killing three civilians.", troops_possible=False)
    >>> hit.killed.value
    3
    >>> read_counts("No one was hurt.", troops_possible=False).wounded.value
    0
    >>> c = read_counts("Shells killed three civilians and wounded 11.", troops_possible=False)
    >>> (c.killed.value, c.wounded.value)
    (3, 11)
    >>> read_counts("Fighting on 17 February 2021 killed dozens.", troops_possible=False).killed
    Count(value=12, approximate=True, note="'dozens'")
    >>> both = "Troops killed 15 militants, while two soldiers were killed."
    >>> read_counts(both, troops_possible=False).killed.value
    17
    """
    text = _mask_non_counts(text)
    killed = (
        _clause_kills(text) or _first(_KILL_PATTERNS, text) if _KILL_WORDS.search(text) else None
    )
    wounded = _first(_WOUND_PATTERNS, text) if _WOUND_WORDS.search(text) else None
    troops = _first(_TROOP_PATTERNS, text) if troops_possible else None
    if troops is not None and killed is not None and troops.value == killed.value:
        troops = None  # "14 soldiers were killed": the soldiers are the dead, not a deployment
    return SentenceCounts(killed, wounded, troops)
