"""The folder tree is the architecture: layers point down only, no import cycles, small modules.

Read from the source with ``ast`` (nothing is imported), so a lazy import inside a function
counts as much as one at the top of a module.
"""

from __future__ import annotations

import ast
import importlib
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("geodata", "pipeline", "dashboard")
MAX_LINES = 400

#: Layers from the bottom up. A module may import its own layer's modules and those of the
#: layers below; a stage's modules may import within their own stage only.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("geodata",),
    (
        "pipeline.models",
        "pipeline.errors",
        "pipeline.config",
        "pipeline.gazetteer_api",
        "pipeline.frame",
    ),
    ("pipeline.lexicon",),
    ("pipeline.sources",),
    ("pipeline.nlp",),
    ("pipeline.geoparse",),
    ("pipeline.events",),
    ("pipeline.store",),
    ("pipeline.export",),
    ("pipeline.evaluate",),
    (
        "pipeline.runner",
        "pipeline.import_run",
        "pipeline.parallel",
        "pipeline.cli",
        "pipeline.__main__",
        "pipeline",
    ),
    ("dashboard",),
)


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def project_modules() -> dict[str, Path]:
    return {module_name(p): p for pkg in PACKAGES for p in sorted((ROOT / pkg).rglob("*.py"))}


def imported_modules(path: Path, known: dict[str, Path]) -> Iterator[str]:
    """Project modules imported anywhere in ``path`` (a submodule imported by name is the
    submodule, not its package)."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (a.name for a in node.names if a.name.split(".")[0] in PACKAGES)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.split(".")[0] not in PACKAGES:
                continue
            submodules = [f"{node.module}.{a.name}" for a in node.names]
            found = [m for m in submodules if m in known]
            yield from found
            if len(found) < len(submodules):
                yield node.module


def import_graph() -> dict[str, set[str]]:
    known = project_modules()
    return {m: set(imported_modules(p, known)) - {m} for m, p in known.items()}


def layer_of(module: str) -> tuple[int, str]:
    """The layer's rank and the unit (a stage or a top-level module) that holds ``module``."""
    best: tuple[int, str] | None = None
    for rank, prefixes in enumerate(LAYERS):
        for prefix in prefixes:
            inside = module == prefix or module.startswith(prefix + ".")
            if inside and (best is None or len(prefix) > len(best[1])):
                best = (rank, prefix)
    if best is None:
        raise AssertionError(f"{module} is in no layer: add it to LAYERS")
    return best


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_cycle_finder_finds_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycle_anywhere() -> None:
    assert cycles(import_graph()) == []


def test_imports_point_down_the_layers_only() -> None:
    wrong = []
    for module, targets in import_graph().items():
        rank, unit = layer_of(module)
        for target in targets:
            target_rank, target_unit = layer_of(target)
            same_stage = target_unit == unit
            upward = target_rank > rank
            sideways = target_rank == rank and not same_stage and rank not in (0, 1, 10)
            if upward or sideways:
                wrong.append(f"{module} -> {target}")
    assert wrong == []


def test_every_module_is_in_a_layer_and_small() -> None:
    sizes = {
        m: len(p.read_text(encoding="utf-8").splitlines()) for m, p in project_modules().items()
    }
    for module in sizes:
        layer_of(module)
    assert {m: n for m, n in sizes.items() if n > MAX_LINES} == {}


@pytest.mark.parametrize(
    "package",
    ["lexicon", "sources", "nlp", "geoparse", "events", "store", "export", "evaluate"],
)
def test_each_stage_says_what_it_does_and_exports_its_api(package: str) -> None:
    module = importlib.import_module(f"pipeline.{package}")
    assert module.__doc__ and "Public API" in module.__doc__
    assert module.__all__ and all(hasattr(module, name) for name in module.__all__)


def test_one_home_for_great_circle_distance() -> None:
    homes = [
        m
        for m, p in project_modules().items()
        if "asin(" in p.read_text(encoding="utf-8") or "arcsin(" in p.read_text(encoding="utf-8")
    ]
    assert homes == ["geodata.geometry"]


def test_no_test_or_benchmark_module_is_over_the_limit_either() -> None:
    sizes = {
        str(p.relative_to(ROOT)): len(p.read_text(encoding="utf-8").splitlines())
        for folder in ("tests", "benchmarks")
        for p in sorted((ROOT / folder).rglob("*.py"))
    }
    assert sizes and {m: n for m, n in sizes.items() if n > MAX_LINES} == {}
