"""JSON Schema (as emitted in the OpenAPI document) → Python type annotations.

Used for what datamodel-code-generator does not model: query/path/header parameters and
inline (non-component) response schemas. Literal values go through ``py_repr``, so doc text
in an ``enum`` can only ever become an escaped string literal.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from codegen.emit.filters import py_repr

_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}


@dataclass
class Annotation:
    """A type annotation and the ``typing`` names it needs."""

    text: str
    typing: set[str] = field(default_factory=set)

    @property
    def is_any(self) -> bool:
        return self.text == "Any"


def _types(s: dict[str, Any]) -> tuple[list[str], bool]:
    t = s.get("type")
    names = [t] if isinstance(t, str) else list(t or [])
    nullable = "null" in names
    return [n for n in names if n != "null"], nullable


def annotation(
    s: dict[str, Any] | None, *, optional: bool = False, literals: bool = True
) -> Annotation:
    """The annotation for schema ``s``; ``optional`` adds ``| None``; ``literals=False``
    types an ``enum`` by its base type instead of ``Literal[...]``."""
    ann = _annotation(s or {}, literals)
    if optional and not ann.is_any and not ann.text.endswith("| None"):
        ann.text += " | None"
    return ann


def _annotation(s: dict[str, Any], literals: bool = True) -> Annotation:
    if "anyOf" in s or "oneOf" in s:
        alts = [_annotation(a, literals) for a in s.get("anyOf", s.get("oneOf", []))]
        if not alts or any(a.is_any for a in alts):
            return Annotation("Any", {"Any"})
        texts: list[str] = []
        used: set[str] = set()
        for a in alts:
            for part in a.text.split(" | "):
                if part not in texts:
                    texts.append(part)
            used |= a.typing
        if "None" in texts:
            texts = [t for t in texts if t != "None"] + ["None"]
        return Annotation(" | ".join(texts), used)
    names, nullable = _types(s)
    enum = s.get("enum")
    if (
        literals
        and enum
        and all(isinstance(v, str | int) and not isinstance(v, bool) for v in enum if v is not None)
    ):
        values = [v for v in enum if v is not None]
        ann = Annotation("Literal[" + ", ".join(py_repr(v) for v in values) + "]", {"Literal"})
        nullable = nullable or None in enum
    elif len(names) != 1:
        return Annotation("Any", {"Any"})
    elif names[0] in _SCALARS:
        ann = Annotation(_SCALARS[names[0]])
    elif names[0] == "array":
        item = _annotation(s.get("items") or {}, literals)
        ann = Annotation(f"list[{item.text}]", item.typing)
    elif names[0] == "object":
        ann = Annotation("dict[str, Any]", {"Any"})
    else:
        return Annotation("Any", {"Any"})
    if nullable:
        ann.text += " | None"
    return ann
