"""Leaflet and Leaflet.markercluster served by Streamlit itself, so the map works offline.

Folium's defaults load Leaflet, jQuery, Bootstrap and Font Awesome from CDNs; offline the map is
an empty frame. The same Leaflet files ship in the PyPI packages ``xstatic-leaflet`` and
``xstatic-leaflet-markercluster``: :func:`ensure_vendor_assets` copies them into
``dashboard/static/vendor/`` (gitignored), which Streamlit serves at ``/app/static/vendor/...``
when ``server.enableStaticServing`` is on. :data:`LOCAL_JS` and :data:`LOCAL_CSS` are the URLs the
map loads instead of the CDN ones.
"""

from __future__ import annotations

import filecmp
import shutil
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "CLUSTER_CSS",
    "CLUSTER_JS",
    "LOCAL_CSS",
    "LOCAL_JS",
    "STATIC_DIR",
    "STATIC_URL",
    "VendorPackage",
    "ensure_vendor_assets",
    "vendor_packages",
]

#: The folder Streamlit serves; it sits next to ``app.py``, as Streamlit requires.
STATIC_DIR = Path(__file__).resolve().parent / "static"
#: Where Streamlit serves :data:`STATIC_DIR`.
STATIC_URL = "/app/static"

LOCAL_JS: list[tuple[str, str]] = [
    ("leaflet", f"{STATIC_URL}/vendor/leaflet/leaflet.js"),
]
LOCAL_CSS: list[tuple[str, str]] = [
    ("leaflet_css", f"{STATIC_URL}/vendor/leaflet/leaflet.css"),
]
CLUSTER_JS: list[tuple[str, str]] = [
    ("markerclusterjs", f"{STATIC_URL}/vendor/leaflet.markercluster/leaflet.markercluster.js"),
]
CLUSTER_CSS: list[tuple[str, str]] = [
    ("markerclustercss", f"{STATIC_URL}/vendor/leaflet.markercluster/MarkerCluster.css"),
    (
        "markerclusterdefaultcss",
        f"{STATIC_URL}/vendor/leaflet.markercluster/MarkerCluster.Default.css",
    ),
]


@dataclass(frozen=True, slots=True)
class VendorPackage:
    """One xstatic package: its data folder and the sub-folder of ``vendor/`` it is copied to."""

    name: str
    source: Path
    files: tuple[str, ...]


def vendor_packages() -> tuple[VendorPackage, ...]:
    """The xstatic packages the map needs, located through their ``BASE_DIR``.

    Imported here, not at module level, so importing this module has no side effects.
    """
    import xstatic.pkg.leaflet as leaflet
    import xstatic.pkg.leaflet_markercluster as markercluster

    return (
        VendorPackage(
            "leaflet",
            Path(leaflet.BASE_DIR),
            (
                "leaflet.js",
                "leaflet.css",
                "images/layers.png",
                "images/layers-2x.png",
                "images/marker-icon.png",
                "images/marker-icon-2x.png",
                "images/marker-shadow.png",
            ),
        ),
        VendorPackage(
            "leaflet.markercluster",
            Path(markercluster.BASE_DIR),
            ("leaflet.markercluster.js", "MarkerCluster.css", "MarkerCluster.Default.css"),
        ),
    )


def ensure_vendor_assets(
    static_dir: Path = STATIC_DIR,
    packages: tuple[VendorPackage, ...] | None = None,
) -> list[Path]:
    """Copy the vendor files into ``static_dir/vendor``; idempotent and cheap when up to date.

    Parameters
    ----------
    static_dir : Path
        The folder Streamlit serves at ``/app/static``.
    packages : tuple[VendorPackage, ...] or None
        What to copy; defaults to :func:`vendor_packages`. Tests pass their own.

    Returns
    -------
    list[Path]
        The files that were (re)written; empty when everything was already in place.

    Raises
    ------
    FileNotFoundError
        If a package lacks one of its files (a broken install).
    """
    written: list[Path] = []
    for package in packages if packages is not None else vendor_packages():
        for relative in package.files:
            source = package.source / relative
            if not source.is_file():
                raise FileNotFoundError(f"{package.name}: {source} is missing; reinstall it")
            target = static_dir / "vendor" / package.name / relative
            if target.is_file() and filecmp.cmp(source, target, shallow=False):
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            # copy to a temporary name, then rename: a browser never sees half a file
            partial = target.with_name(target.name + ".part")
            shutil.copyfile(source, partial)
            partial.replace(target)
            written.append(target)
    return written
