"""Finding the Redoc bundle that `npm ci` installed (package.json pins it).

The bundle is copied into the site so the Redoc view works offline. Without it (no
``node_modules/``), the site is still complete: the static reference needs no JavaScript.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from codegen.emit import TEMPLATES_DIR

REDOC = Path("node_modules") / "redoc" / "bundles" / "redoc.standalone.js"


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
                import json

                version = str(json.loads(pkg.read_text(encoding="utf-8")).get("version", ""))
            return Bundle(
                script=p.read_text(encoding="utf-8"),
                license=lic.read_text(encoding="utf-8") if lic.is_file() else "",
                version=version,
            )
    return None
