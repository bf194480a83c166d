"""Field tables with dotted rows (``a.b``, ``items[]``, a bare ``[]``) → nested schemas, and the
``- Schema summary:`` one-liner (``*`` = required, ``{...}``, ``[...]``, elided ``, ...``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from codegen.model import FieldDef, Schema, SourceRef, Text, Value


@dataclass
class Row:
    """One table row, already split into typed parts."""

    name: str
    schema: Schema
    required: bool
    description: Text
    default: Value | None
    example: Value | None
    source: SourceRef


@dataclass
class _Node:
    schema: Schema = field(default_factory=lambda: Schema(type="object"))
    row: Row | None = None
    children: dict[str, _Node] = field(default_factory=dict)
    items: _Node | None = None
    implicit: bool = True


_SEG = re.compile(r"\[\]|[^.\[\]]+")


def split_path(name: str) -> list[str]:
    """``a.b[].c`` → ``['a', 'b', '[]', 'c']``; a bare ``[]`` → ``['[]']``."""
    return _SEG.findall(name.strip())


def build(rows: list[Row]) -> Schema:
    """Assemble table rows into one object (or array) schema."""
    root = _Node()
    for row in rows:
        segs = split_path(row.name)
        if not segs:
            continue
        node = root
        parent = root
        for seg in segs:
            parent, node = node, _descend(node, seg)
        if segs[-1] == "[]" and parent.row is None and row.schema.type == "array":
            # a bare `[]` row typed as an array describes the (unnamed) array itself
            parent.items = None
            node = parent
            if node is root:
                desc = row.description if row.description else None
                root.schema = row.schema.model_copy(update={"description": desc})
                root.implicit = False
                continue
        node.row = row
        node.implicit = False
        node.schema = row.schema
    return _to_schema(root)


def _descend(node: _Node, seg: str) -> _Node:
    if seg == "[]":
        if node.items is None:
            node.items = _Node()
        return node.items
    if node.items is not None and not node.children and node.schema.type == "array":
        node = node.items
    child = node.children.get(seg)
    if child is None:
        child = node.children[seg] = _Node()
    return child


def _to_schema(node: _Node) -> Schema:
    s = node.schema
    if node.items is not None:
        items = _to_schema(node.items)
        if s.type == "array" and s.items is not None and node.items.implicit:
            items = s.items.model_copy(update={"fields": items.fields}) if items.fields else s.items
        s = s.model_copy(update={"type": "array", "items": items})
    if node.children:
        fields = tuple(_field(name, child) for name, child in node.children.items())
        if s.type == "array":
            base = s.items or Schema(type="object")
            if base.type in ("any",):
                base = base.model_copy(update={"type": "object"})
            s = s.model_copy(update={"items": base.model_copy(update={"fields": fields})})
        else:
            typ = s.type if s.type in ("object",) else "object"
            s = s.model_copy(update={"type": typ, "fields": fields})
    return s


def _field(name: str, node: _Node) -> FieldDef:
    row = node.row
    schema = _to_schema(node)
    if row is None:
        return FieldDef(name=name, schema_=schema)
    return FieldDef(
        name=name,
        schema_=schema,
        required=row.required,
        description=row.description,
        default=row.default,
        example=row.example,
        source=row.source,
    )


# --- schema summary ----------------------------------------------------------------------------

_ITEM = re.compile(r"`(?P<name>[^`]+?)(?P<req>\*)?`")


class _Summary:
    def __init__(self, text: str, source: SourceRef) -> None:
        self.s = text
        self.i = 0
        self.source = source

    def parse_fields(self, end: str | None) -> tuple[tuple[FieldDef, ...], bool]:
        from codegen.readers.contract_md.types import parse_type

        fields: list[FieldDef] = []
        elided = False
        while self.i < len(self.s):
            self._ws()
            if end and self.s.startswith(end, self.i):
                self.i += len(end)
                break
            if self.s.startswith("...", self.i):
                elided = True
                self.i += 3
            else:
                m = _ITEM.match(self.s, self.i)
                if not m:
                    raise ValueError(f"cannot read schema summary at column {self.i + 1}")
                self.i = m.end()
                name, req = m.group("name"), bool(m.group("req"))
                if self.s.startswith(":", self.i):
                    self.i += 1
                    j = self._scan_type(end)
                    schema = parse_type(self.s[self.i : j])
                    self.i = j
                elif self.s.startswith("{", self.i):
                    self.i += 1
                    sub, sub_elided = self.parse_fields("}")
                    schema = Schema(type="object", fields=sub, fields_truncated=sub_elided)
                elif self.s.startswith("[", self.i):
                    k = self.s.index("]", self.i)
                    schema = Schema(type="array", items=parse_type(self.s[self.i + 1 : k]))
                    self.i = k + 1
                else:
                    schema = Schema()
                fields.append(FieldDef(name=name, schema_=schema, required=req, source=self.source))
            self._ws()
            if self.s.startswith(",", self.i):
                self.i += 1
        return tuple(fields), elided

    def _ws(self) -> None:
        while self.i < len(self.s) and self.s[self.i] == " ":
            self.i += 1

    def _scan_type(self, end: str | None) -> int:
        depth, j = 0, self.i
        while j < len(self.s):
            ch = self.s[j]
            if ch in "<([":
                depth += 1
            elif ch in ">)]":
                depth -= 1
            elif depth == 0 and (ch == "," or (end and ch == end)):
                break
            j += 1
        return j


def parse_summary(text: str, source: SourceRef) -> Schema:
    """Parse a schema-summary line into an object schema (``[T]`` alone: an array body)."""
    from codegen.readers.contract_md.types import parse_type

    t = text.strip()
    if "`" not in t and not t.startswith("["):
        low = t.lower()
        if "dynamic" in low or "动态" in low:
            return Schema()
        if "no declared" in low or "not declared" in low or "未声明" in low:
            return Schema()
        return parse_type(t)
    if t.startswith("[") and t.endswith("]") and "`" not in t:
        return Schema(type="array", items=parse_type(t[1:-1]))
    p = _Summary(t, source)
    fields, elided = p.parse_fields(None)
    return Schema(type="object", fields=fields, fields_truncated=elided)
