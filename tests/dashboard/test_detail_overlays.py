"""The event detail's HTML, the pasted-article reader and the map's grid layers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import folium
import pandas as pd
import pytest
from shapely.geometry import Point

from dashboard.article_input import article_from_input
from dashboard.density import CELL_CLASS
from dashboard.detail import detail_html, mark_evidence, safe_url
from dashboard.mapview import build_map
from dashboard.overlays import DENSITY_CLASS, SELECTED_CLASS, aggregate_cells
from pipeline.errors import InputError


def rows(**overrides: object) -> pd.DataFrame:
    row = {
        "event_id": "e1", "event_type": "Battles", "sub_event_type": "Armed clash",
        "event_date": "2020-02-10", "actor1": "Military Forces of Turkey",
        "actor2": "Military Forces of Syria", "location": "Saraqib", "place_text": "Saraqib",
        "evidence": "Turkish and Syrian troops clashed near Saraqib <img src=x onerror=alert(1)>.",
        "title": "Clashes <b>east</b> of Idlib", "source_url": "https://example.org/a",
        "published": "2020-02-11", "source": "wire", "confidence": 0.8,
        "other_sources": "sha1-b", "notes": "", "geometry": Point(36.8, 35.86),
    }  # fmt: skip
    row.update(overrides)
    return pd.DataFrame([row])


def test_the_detail_marks_places_and_actors_and_escapes_the_rest() -> None:
    out = detail_html(rows())
    assert '<mark class="place">Saraqib</mark>' in out
    assert (
        '<mark class="actor">Turkish</mark>' in out and '<mark class="actor">Syrian</mark>' in out
    )
    assert "<img" not in out and "&lt;img src=x onerror=alert(1)&gt;" in out
    assert "Clashes &lt;b&gt;east&lt;/b&gt; of Idlib" in out
    assert '<a href="https://example.org/a"' in out
    assert "Also reported by: sha1-b" in out and "Confidence: 0.80" in out


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a", "https://example.org/a"),
        ("javascript:alert(1)", None),
        ("data:text/html,x", None),
        ("//example.org", None),
        (None, None),
    ],
)
def test_only_web_links_are_links(url: object, expected: str | None) -> None:
    assert safe_url(url) == expected
    out = detail_html(rows(source_url=url))
    assert ("<a href" in out) == (expected is not None)


def test_marks_never_overlap() -> None:
    out = mark_evidence("Idlib city and Idlib", ["Idlib city", "Idlib"], ["Idl"])
    assert out.count("<mark") == 2 and "Idlib city</mark>" in out


def test_uploads_are_read_as_text_or_html() -> None:
    page = (
        b"<html><head><title>Report</title><script>x()</script></head>"
        b"<body><p>Clashes in Homs.</p></body></html>"
    )
    article = article_from_input(upload=("r.html", page), published=date(2021, 5, 2))
    assert (article.title, article.text, article.published) == (
        "Report",
        "Clashes in Homs.",
        date(2021, 5, 2),
    )
    assert article_from_input(text="Shelling hit Aleppo.", title="T").source == "pasted"
    with pytest.raises(InputError, match="binary"):
        article_from_input(upload=("x.txt", b"\x00\x01\x02"))
    with pytest.raises(InputError, match="UTF-8"):
        article_from_input(upload=("x.txt", "café".encode("latin-1")))
    with pytest.raises(InputError, match="no article text"):
        article_from_input(text="   ")
    with pytest.raises(InputError, match="no article text"):
        article_from_input(upload=("x.html", b"<script>only()</script>"))


def grid_events(n: int) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "event_id": [f"e{i}" for i in range(n)],
            "category": ["shelling" if i % 3 else "armed clash" for i in range(n)],
            "fatalities": [i % 4 for i in range(n)],
            "geometry": [Point(36 + (i % 50) / 10, 35 + (i // 50) / 10) for i in range(n)],
        }
    )


def test_cells_count_every_event_once() -> None:
    events = grid_events(500)
    cells = aggregate_cells(events)
    assert cells["events"].sum() == 500
    assert cells["fatalities"].sum() == events["fatalities"].sum()
    assert aggregate_cells(events.iloc[:0]).empty
    # each cell's events by category add up to its events
    assert all(sum(n for _, n in pairs) == total for pairs, total in
               zip(cells["by_category"], cells["events"], strict=True))  # fmt: skip


def test_many_events_are_drawn_as_grid_squares_with_a_legend_and_category_popups() -> None:
    from dashboard.density import GridLegend, count_breaks
    from dashboard.eventlayers import event_layers

    events = grid_events(500)
    events.loc[:9, "category"] = "<b>odd</b>"
    layers, _ = event_layers(events, aggregate_threshold=100)
    (grid,) = layers
    batch = next(c for c in grid._children.values() if hasattr(c, "shapes"))
    assert batch.shapes and all(s.bounds is not None for s in batch.shapes)  # squares
    (south, west), (north, east) = batch.shapes[0].bounds
    assert north - south == pytest.approx(east - west)
    legend = next(c for c in grid._children.values() if isinstance(c, GridLegend))
    assert "Events per square" in legend.html
    assert "&lt;b&gt;odd&lt;/b&gt;" in "".join(s.popup for s in batch.shapes)
    assert "<b>odd" not in "".join(s.popup for s in batch.shapes)
    assert count_breaks(0) == (1,)


def test_many_events_reach_the_map_as_cells_and_a_heat_layer() -> None:
    html = build_map(grid_events(500), aggregate_threshold=100, heat=True).get_root().render()
    assert CELL_CLASS in html and DENSITY_CLASS in html
    assert "atlas-event" not in html  # cells stand for the events: none is sent on its own
    small = build_map(grid_events(50)).get_root().render()
    assert CELL_CLASS not in small and DENSITY_CLASS not in small


def test_the_selected_event_is_ringed_and_the_map_opens_on_it() -> None:
    events = grid_events(50)
    m = build_map(events, selected=events.iloc[[7]])
    html = m.get_root().render()
    assert html.count(SELECTED_CLASS) == 1
    assert isinstance(m, folium.Map) and 'maxZoom": 11' in html.replace(" ", "").replace(
        "maxZoom:11", 'maxZoom": 11'
    )


def test_imported_events_are_a_layer_of_their_own() -> None:
    from dashboard.eventlayers import IMPORTED_CLASS, event_layers

    events = grid_events(6)
    events["source"] = ["wire", "wire", "wire", "ACLED", "UCDP GED", "wire"]
    layers, _ = event_layers(events)
    names = [layer.layer_name for layer in layers]
    assert names == ["Events", "Imported events (ACLED, UCDP)"]
    html = build_map(events).get_root().render()
    assert html.count(IMPORTED_CLASS) == 2


def test_heat_squares_are_the_grid_cells_not_the_gaps_between_them() -> None:
    from dashboard.overlays import _half_size

    far_apart = pd.DataFrame(
        {
            "event_id": ["a", "b"],
            "category": ["attack", "attack"],
            "fatalities": [0, 0],
            "geometry": [Point(36.0, 35.0), Point(39.0, 35.0)],
        }
    )
    cells = aggregate_cells(far_apart, size=0.05)
    assert _half_size(cells) == pytest.approx(0.025)


def test_the_detail_stays_one_html_block_without_markdown_or_latex() -> None:
    out = detail_html(
        rows(evidence="Shelling hit Saraqib.\n\n# Heading $x^2$ *bold*", notes="a\n\nb")
    )
    assert "\n" not in out and "$" not in out and "&#36;x^2&#36;" in out


def test_an_upload_name_cannot_reach_outside_and_nothing_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    before = set(os.listdir(tmp_path))
    monkeypatch.chdir(tmp_path)
    page = b"<p>Clashes were reported in Homs on Monday after a night of shelling nearby.</p>"
    article = article_from_input(upload=("../../etc/passwd.html", page))
    assert article.source == "passwd.html"  # the base name only, as a label
    assert set(os.listdir(tmp_path)) == before  # read in memory, never saved
    with pytest.raises(InputError, match="upload limit"):
        article_from_input(upload=("big.txt", b"x" * 8_000_001))
