"""The outlet table: which first-level region a news outlet's web host serves."""

from __future__ import annotations

from pathlib import Path

import pytest

from geodata.errors import GazetteerLoadError
from geodata.outlets import load_outlet_regions, region_of_host
from geodata.tools.outlets import main as build_outlets


def test_the_shipped_table_names_us_states_by_host() -> None:
    table = load_outlet_regions()
    assert len(table) > 5000
    assert {iso2 for iso2, _ in table.values()} == {"US"}
    states = {region for _, region in table.values()}
    assert {"Texas", "Tennessee", "District of Columbia"} <= states
    assert len(states) == 51
    assert all(host == host.lower() and not host.startswith("www.") for host in table)


def test_the_table_is_every_region_the_gazetteer_knows(gazetteer) -> None:  # type: ignore[no-untyped-def]
    states = {region for _, region in load_outlet_regions().values()}
    assert all(gazetteer.admin1_of("US", state) is not None for state in states)


def test_a_host_is_looked_up_with_its_parents() -> None:
    table = {"example.com": ("US", "Texas"), "b.example.com": ("US", "Ohio")}
    assert region_of_host("WWW.B.Example.com", table) == ("US", "Ohio")
    assert region_of_host("a.example.com.", table) == ("US", "Texas")
    assert region_of_host("com", table) is None


@pytest.mark.parametrize("content", ["host,state\nx.com,TX\n", "\x00\x01\xff\xfe binary"])
def test_a_bad_table_is_a_clear_error(tmp_path: Path, content: str) -> None:
    path = tmp_path / "outlets.csv"
    path.write_bytes(content.encode("latin-1"))
    with pytest.raises(GazetteerLoadError, match=r"outlet table|expected columns"):
        load_outlet_regions(path)


def test_build_keeps_hosts_of_one_state(tmp_path: Path) -> None:
    source = tmp_path / "local_news.csv"
    source.write_text(
        "name,state,domain,medium\n"
        "Valley Courier,TX,www.valleycourier.example,Newspapers\n"
        "Valley Courier TV,TX,valleycourier.example,TV station\n"
        "Shared,NY,shared.example,Newspapers\n"
        "Shared,NJ,shared.example,Newspapers\n"
        "Abroad,MX,abroad.example,Newspapers\n"
        "No site,OH,,Newspapers\n",
        encoding="utf-8",
    )
    out = tmp_path / "outlets.csv"
    assert build_outlets([str(source), "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == "host,iso2,region\nvalleycourier.example,US,Texas\n"
    assert load_outlet_regions(out) == {"valleycourier.example": ("US", "Texas")}
