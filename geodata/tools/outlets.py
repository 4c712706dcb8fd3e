"""Build ``geodata/data/outlets.csv``, the US state each local news outlet's web host serves,
from Leon Yin's Local News Dataset (2018, MIT licence).

Usage::

    # github.com/yinleon/LocalNewsDataset at d97f2f86aa7da3813f6e388e637f9e7350e53178
    git clone https://github.com/yinleon/LocalNewsDataset
    python -m geodata.tools.outlets LocalNewsDataset/data/local_news_dataset_2018.csv \\
        --out geodata/data/outlets.csv

The dataset lists newspapers, magazines and TV stations by state (from usnpl.com,
stationindex.com and the station groups' own pages) with their web domains. A host kept here
serves one state: hosts the dataset gives two states, shared platforms ("cbslocal.com") and
rows without a US state are left out. States are named as countrystatecity names them, the
gazetteer's first-level regions.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from geodata.sources.paths import package_dir

__all__ = ["host_of", "main", "outlet_states", "us_state_names"]


def host_of(domain: str) -> str:
    """A dataset domain as a host key: lower case, without ``www.`` and a trailing dot.

    >>> host_of("WWW.PalestineHerald.com.")
    'palestineherald.com'
    """
    host = domain.strip().lower().rstrip(".")
    return host.removeprefix("www.")


def us_state_names() -> dict[str, str]:
    """US postal codes to the state names of the ``countrystatecity-countries`` package."""
    path = package_dir("countrystatecity_countries") / "data" / "by-country" / "US" / "states.json"
    states = json.loads(path.read_text(encoding="utf-8"))
    return {str(s["state_code"]): str(s["name"]) for s in states if s.get("state_code")}


def outlet_states(
    rows: Iterable[Mapping[str, str]], states: Mapping[str, str]
) -> list[tuple[str, str]]:
    """``(host, state name)`` of every host the rows give one known state, sorted by host.

    >>> rows = [{"domain": "a.com", "state": "TX"}, {"domain": "b.com", "state": "TX"},
    ...         {"domain": "b.com", "state": "OK"}, {"domain": "c.com", "state": "MX"}]
    >>> outlet_states(rows, {"TX": "Texas", "OK": "Oklahoma"})
    [('a.com', 'Texas')]
    """
    found: dict[str, set[str]] = {}
    for row in rows:
        host = host_of(row.get("domain") or "")
        if "." in host:
            found.setdefault(host, set()).add((row.get("state") or "").strip().upper())
    return sorted(
        (host, states[code])
        for host, codes in found.items()
        if len(codes) == 1
        for code in codes
        if code in states
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: read the dataset's CSV, write the outlet table."""
    parser = argparse.ArgumentParser(prog="python -m geodata.tools.outlets")
    parser.add_argument("dataset", type=Path, help="local_news_dataset_2018.csv")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    with args.dataset.open(encoding="utf-8", newline="") as handle:
        kept = outlet_states(csv.DictReader(handle), us_state_names())
    with args.out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["host", "iso2", "region"])
        writer.writerows((host, "US", state) for host, state in kept)
    print(f"{len(kept)} hosts -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
