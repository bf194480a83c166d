"""Finding the Redoc bundle that `npm ci` installed (package.json pins it).

The bundle is copied into the site so the Redoc view works offline. Without it (no
``node_modules/``), the site is still complete: the static reference needs no JavaScript.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from codegen.emit import TEMPLATES_DIR

REDOC = Path("node_modules") / "redoc" / "bundles" / "redoc.standalone.js"

#: The bundle's only remote asset (the Redocly mini logo in the sidebar footer) becomes an empty
#: inline image, so the offline page makes no network request and logs no error. The
#: "API docs by Redocly" attribution text stays.
OFFLINE_PATCHES = {
    "https://cdn.redoc.ly/redoc/logo-mini.svg": (
        "data:image/svg+xml,%3Csvg%20xmlns=%27http://www.w3.org/2000/svg%27"
        "%20width=%271%27%20height=%271%27/%3E"
    ),
}


@dataclass(frozen=True)
class Bundle:
    """A JavaScript bundle to ship in the site: its code and its licence text."""

    script: str
    license: str
    version: str


def _candidates() -> list[Path]:
    roots = [Path.cwd(), TEMPLATES_DIR.parent]
    out: list[Path] = []
    for root in roots:
        p = (root / REDOC).resolve()
        if p not in out:
            out.append(p)
    return out


def find_redoc(path: Path | None = None) -> Bundle | None:
    """The Redoc standalone bundle from ``node_modules``, or ``path``; None when absent."""
    for p in [path] if path else _candidates():
        if p.is_file():
            lic = p.with_name(p.name + ".LICENSE.txt")
            pkg = p.parent.parent / "package.json"
            version = ""
            if pkg.is_file():
                version = str(json.loads(pkg.read_text(encoding="utf-8")).get("version", ""))
            script = p.read_text(encoding="utf-8")
            for remote, local in OFFLINE_PATCHES.items():
                script = script.replace(remote, local)
            return Bundle(
                script=script,
                license=lic.read_text(encoding="utf-8") if lic.is_file() else "",
                version=version,
            )
    return None
