"""``python -m geodata``: see :mod:`geodata.cli`."""

from __future__ import annotations

from geodata.cli import main

raise SystemExit(main())
