"""What a regeneration means for users: compare each API's previous spec with the new one.

``generate`` calls :func:`reports` with the tree on disk (before writing) and the planned
files. An API whose ``openapi/<name>.openapi.json`` bytes are unchanged is not reported; when
no spec changed at all, ``CHANGES.md`` keeps its previous content, so ``check`` (which ignores
reports) and a second ``generate`` are both stable.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from codegen.diff import Report, compare
from codegen.diff.report import SEVERITY_ORDER
from codegen.diff.spec import first

CHANGES = "CHANGES.md"
SPEC_DIR, SPEC_SUFFIX = "openapi/", ".openapi.json"


#: API name → (the previous spec's bytes, as :func:`_mark` marks them; the report against it)
Early = dict[str, tuple[tuple[int, int], Report]]


def early(root: Path, documents: dict[str, dict[str, Any]]) -> Early:
    """The report of each API that has a spec on disk, made before the new spec text exists
    (``generate`` makes it in its client process while the main one renders the spec);
    :func:`reports` uses it when that spec turns out to have changed."""
    out: Early = {}
    for name, before in _specs_on_disk(root).items():
        if name in documents:
            out[name] = (_mark(before), compare(_doc(before), documents[name], name))
    return out


def _mark(data: bytes) -> tuple[int, int]:
    import zlib

    return len(data), zlib.crc32(data)


def reports(
    root: Path,
    files: dict[str, str],
    documents: dict[str, dict[str, Any]] | None = None,
    made: Early | None = None,
    unchanged: Callable[[str], bool | None] | None = None,
) -> list[Report]:
    """One report per API whose spec was added, changed or removed, sorted by API name.

    ``documents`` (API name → the planned document its spec files show) spares parsing the
    new spec text again; ``made`` (from :func:`early`) spares comparing: its report of an
    API is used when the spec on disk is still the one it was made against. ``unchanged``
    (a tree path → whether the file on disk already holds its new text; None: not known)
    spares comparing the texts (:meth:`codegen.output.TreeWriter.unchanged`)."""
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
        if before is not None and after is not None:
            same = unchanged(f"{SPEC_DIR}{name}{SPEC_SUFFIX}") if unchanged else None
            if same is None:
                same = before == after.encode("utf-8")
            if same:
                continue
        planned = (documents or {}).get(name) if after is not None else None
        if before is None:  # a first spec: every route would be "added", which says nothing
            out.append(first(planned if planned is not None else _doc(after), name))
            continue
        known = (made or {}).get(name) if planned is not None and before is not None else None
        if known is not None and before is not None and known[0] == _mark(before):
            out.append(known[1])
            continue
        out.append(compare(_doc(before), planned if planned is not None else _doc(after), name))
    return out


def fails(found: list[Report], threshold: str | None) -> bool:
    """Whether any change is at least as severe as ``threshold`` (``breaking``, ...)."""
    if not threshold:
        return False
    limit = SEVERITY_ORDER[threshold]
    return any(SEVERITY_ORDER[c.severity] <= limit for r in found for c in r.changes)


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
        doc = json.loads(data)
    except ValueError:
        return {}
    return doc if isinstance(doc, dict) else {}
