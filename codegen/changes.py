"""What a regeneration means for users: compare each API's previous spec with the new one.

``generate`` calls :func:`reports` with the tree on disk (before writing) and the planned
files. An API whose ``openapi/<name>.openapi.json`` bytes are unchanged is not reported; when
no spec changed at all, ``CHANGES.md`` keeps its previous content, so ``check`` (which ignores
reports) and a second ``generate`` are both stable.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from codegen import jsonio
from codegen.diff import Report, compare

CHANGES = "CHANGES.md"
SPEC_DIR, SPEC_SUFFIX = "openapi/", ".openapi.json"
LEVELS = {"breaking": 0, "non-breaking": 1, "info": 2}


def reports(
    root: Path, files: dict[str, str], documents: dict[str, dict[str, Any]] | None = None
) -> list[Report]:
    """One report per API whose spec was added, changed or removed, sorted by API name.

    ``documents`` (API name → the planned document its spec files show) spares parsing the
    new spec text again."""
    old = _specs_on_disk(root)
    new = {
        rel[len(SPEC_DIR) : -len(SPEC_SUFFIX)]: text
        for rel, text in files.items()
        if rel.startswith(SPEC_DIR)
        and rel.endswith(SPEC_SUFFIX)
        and "/" not in rel[len(SPEC_DIR) :]
    }
    out: list[Report] = []
    for name in sorted(set(old) | set(new)):
        before, after = old.get(name), new.get(name)
        if before is not None and after is not None and before == after.encode("utf-8"):
            continue
        planned = (documents or {}).get(name) if after is not None else None
        out.append(compare(_doc(before), planned if planned is not None else _doc(after), name))
    return out


def fails(found: list[Report], threshold: str | None) -> bool:
    """Whether any change is at least as severe as ``threshold`` (``breaking``, ...)."""
    if not threshold:
        return False
    limit = LEVELS[threshold]
    return any(LEVELS[c.severity] <= limit for r in found for c in r.changes)


def _specs_on_disk(root: Path) -> dict[str, bytes]:
    folder = root / SPEC_DIR
    out: dict[str, bytes] = {}
    if folder.is_dir():
        for p in sorted(folder.glob(f"*{SPEC_SUFFIX}")):
            try:
                out[p.name[: -len(SPEC_SUFFIX)]] = p.read_bytes()
            except OSError:
                continue
    return out


def _doc(data: bytes | str | None) -> dict[str, Any]:
    if data is None:
        return {}
    try:
        doc = jsonio.loads(data)
    except ValueError:
        return {}
    return doc if isinstance(doc, dict) else {}
