"""OpenAPI / JSON Schema objects → :class:`codegen.model.Schema`.

Handles local ``$ref`` (a named component becomes ``Schema.title``), cycles (cut at the second
visit), ``allOf`` merging, ``anyOf``/``oneOf`` with ``null``, ``type: [X, "null"]``, 3.0
``nullable``, Swagger ``x-nullable`` and Mintlify's ``enum<string>`` / ``type: any``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, cast

from codegen.model import Diagnostic, FieldDef, JsonScalar, JsonType, Schema, SourceRef, Text, Value
from codegen.readers.bilingual import split_blocks
from codegen.readers.openapi_file.loader import LineOf, Pointer
from codegen.readers.openapi_file.refs import Refs, ref_name

#: Deepest schema nesting converted; deeper parts become ``any``.
MAX_DEPTH = 48
#: Most schema nodes converted for one document before refs stop being expanded.
MAX_NODES = 250_000

_TYPES: frozenset[str] = frozenset(
    ("string", "integer", "number", "boolean", "array", "object", "null", "any")
)
_UNION_KEYS = ("anyOf", "oneOf")
_SHAPE_KEYS = ("type", "$ref", "allOf", "anyOf", "oneOf", "items", "properties", "enum", "const")


@dataclass(frozen=True)
class Notes:
    """What a schema node says about the field or parameter that holds it."""

    description: Text
    default: Value | None
    example: Value | None
    deprecated: bool
    required: bool  # Mintlify's resolved shape writes ``required: true`` on the property itself


def text(value: Any) -> Text:
    """A description string as :class:`Text` (bilingual blocks split)."""
    if not isinstance(value, str) or not value.strip():
        return Text()
    return split_blocks(value.strip())


def is_null_schema(node: Any) -> bool:
    if not isinstance(node, dict):
        return False
    if node.get("type") == "null":
        return True
    enum = node.get("enum")
    if isinstance(enum, list) and enum and all(v is None for v in enum) and "type" not in node:
        return True
    return not any(k in node for k in _SHAPE_KEYS) and node.get("nullable") is True


class SchemaConverter:
    """Converts schema nodes of one document; diagnostics are collected, never raised."""

    def __init__(
        self, refs: Refs, file: str, line_of: LineOf | None, diagnostics: list[Diagnostic]
    ) -> None:
        self.refs = refs
        self.file = file
        self.line_of = line_of
        self.diagnostics = diagnostics
        self._cache: dict[str, Schema] = {}
        self._stack: list[str] = []
        self._cuts = 0
        self._nodes = 0
        self._warned: set[str] = set()

    # -- public -------------------------------------------------------------------------------
    def convert(self, node: Any, ptr: Pointer = (), depth: int = 0) -> Schema:
        self._nodes += 1
        if not isinstance(node, dict) or depth > MAX_DEPTH:
            return Schema()
        if isinstance(node.get("$ref"), str):
            return self._ref(node, tuple(ptr), depth)
        if isinstance(node.get("allOf"), list) and node["allOf"]:
            return self._all_of(node, tuple(ptr), depth)
        for key in _UNION_KEYS:
            alts = node.get(key)
            if isinstance(alts, list) and alts and not self._constraints_only(node, alts):
                return self._union(node, key, alts, tuple(ptr), depth)
        return self._plain(node, tuple(ptr), depth)

    def notes(self, node: Any, depth: int = 0) -> Notes:
        """Description, default, example, deprecated of a property (sibling keys win over the
        target of a ``$ref`` or a one-element ``allOf`` wrapper)."""
        desc, default, example, deprecated, required = Text(), None, None, False, False
        cur = node
        for _ in range(8):
            if not isinstance(cur, dict):
                break
            if not desc:
                desc = text(cur.get("description"))
            if default is None and "default" in cur:
                default = Value(value=cur["default"])
            if example is None:
                example = _example(cur)
            deprecated = deprecated or cur.get("deprecated") is True
            required = required or cur.get("required") is True
            if isinstance(cur.get("$ref"), str):
                cur = self.refs.lookup(cur["$ref"])
            elif isinstance(cur.get("allOf"), list) and len(cur["allOf"]) == 1:
                cur = cur["allOf"][0]
            else:
                break
        return Notes(desc, default, example, deprecated, required)

    # -- kinds of schema ----------------------------------------------------------------------
    def _ref(self, node: dict[str, Any], ptr: tuple[str | int, ...], depth: int) -> Schema:
        ref: str = node["$ref"]
        name = ref_name(ref)
        target = self.refs.lookup(ref)
        if target is None:
            self._warn(ref, ptr, "broken-ref", f"$ref {ref!r} points nowhere; treated as any")
            return self._overlay(Schema(title=name), node)
        if ref in self._stack or self._nodes > MAX_NODES:
            self._cuts += 1
            return self._overlay(Schema(type=_shallow_type(target), title=name), node)
        if ref in self._cache:
            return self._overlay(self._cache[ref], node)
        cuts = self._cuts
        self._stack.append(ref)
        try:
            s = self.convert(target, _pointer(ref), depth + 1)
        finally:
            self._stack.pop()
        if name:
            s = s.model_copy(update={"title": name})
        if self._cuts == cuts:
            self._cache[ref] = s
        return self._overlay(s, node)

    def _all_of(self, node: dict[str, Any], ptr: tuple[str | int, ...], depth: int) -> Schema:
        parts: list[Schema] = [
            self.convert(p, (*ptr, "allOf", i), depth + 1) for i, p in enumerate(node["allOf"])
        ]
        own = {k: v for k, v in node.items() if k != "allOf"}
        own_has_shape = any(k in own for k in ("properties", "items", "anyOf", "oneOf", "enum"))
        if own_has_shape or (isinstance(own.get("type"), str) and not parts):
            parts.append(self.convert(own, ptr, depth + 1))
        if len(parts) == 1:
            return self._overlay(parts[0], node)
        objects = [p for p in parts if p.type == "object" or p.fields]
        if objects:
            merged = _merge_objects(objects, node.get("required"))
        else:
            typed = [p for p in parts if p.type != "any"] or parts
            merged = typed[0]
            for p in typed[1:]:
                merged = merged.model_copy(
                    update={
                        "format": merged.format or p.format,
                        "enum": merged.enum if merged.enum is not None else p.enum,
                        "nullable": merged.nullable or p.nullable,
                    }
                )
        return self._overlay(merged.model_copy(update={"title": None}), node, keep_title=False)

    def _union(
        self,
        node: dict[str, Any],
        key: str,
        alts: list[Any],
        ptr: tuple[str | int, ...],
        depth: int,
    ) -> Schema:
        nullable = any(is_null_schema(a) for a in alts)
        rest = [(i, a) for i, a in enumerate(alts) if not is_null_schema(a)]
        if not rest:
            return self._overlay(Schema(type="null"), node)
        converted = [self.convert(a, (*ptr, key, i), depth + 1) for i, a in rest]
        own = {k: v for k, v in node.items() if k not in _UNION_KEYS}
        if len(converted) == 1:
            base = converted[0]
            if "properties" in own:
                base = _merge_objects([self._plain(own, ptr, depth), base], own.get("required"))
            s = base.model_copy(update={"nullable": base.nullable or nullable})
            return self._overlay(s, node)
        types = {c.type for c in converted}
        common: JsonType = next(iter(types)) if len(types) == 1 else "any"
        plain = self._plain(own, ptr, depth) if "properties" in own else Schema(type=common)
        s = plain.model_copy(
            update={
                "variants": tuple(converted),
                "nullable": nullable,
                "type": plain.type if plain.fields else common,
            }
        )
        return self._overlay(s, node)

    def _plain(self, node: dict[str, Any], ptr: tuple[str | int, ...], depth: int) -> Schema:
        nullable = node.get("nullable") is True or node.get("x-nullable") is True
        typ, fmt, variants, type_null = _type_of(node)
        nullable = nullable or type_null
        enum = _enum(node)
        if enum is not None and None in enum and typ not in ("null", "any"):
            nullable = True
        fields: list[FieldDef] = []
        props = node.get("properties")
        if isinstance(props, dict):
            required = node.get("required")
            req = (
                {r for r in required if isinstance(r, str)} if isinstance(required, list) else set()
            )
            for name, pnode in props.items():
                fields.append(
                    self._field(
                        str(name), pnode, str(name) in req, (*ptr, "properties", str(name)), depth
                    )
                )
        items = None
        raw_items = node.get("items")
        if isinstance(raw_items, list) and raw_items:
            raw_items = raw_items[0]
        if typ == "array" or isinstance(raw_items, dict):
            items = (
                self.convert(raw_items, (*ptr, "items"), depth + 1)
                if isinstance(raw_items, dict)
                else None
            )
        extra = node.get("additionalProperties")
        additional = extra is True or (isinstance(extra, dict) and typ in ("object", "any"))
        values = None
        if additional and isinstance(extra, dict) and extra:
            values = self.convert(extra, (*ptr, "additionalProperties"), depth + 1)
            if values.type == "any" and not values.variants:
                values = None
        if typ == "any" and fields:
            typ = "object"
        title = node.get("title") if isinstance(node.get("title"), str) else None
        return Schema(
            type=typ,
            format=fmt,
            nullable=nullable,
            enum=enum,
            items=items,
            fields=tuple(fields),
            additional=additional,
            values=values,
            title=title,
            description=text(node.get("description")) or None,
            variants=variants,
        )

    def _field(
        self, name: str, pnode: Any, required: bool, ptr: tuple[str | int, ...], depth: int
    ) -> FieldDef:
        schema = self.convert(pnode, ptr, depth + 1)
        notes = self.notes(pnode)
        line = self.line_of(ptr) if self.line_of is not None else 0
        return FieldDef(
            name=name,
            schema_=schema,
            required=required or notes.required,
            description=notes.description,
            default=notes.default,
            example=notes.example,
            deprecated=notes.deprecated,
            source=SourceRef(file=self.file, line=line),
        )

    # -- helpers -------------------------------------------------------------------------------
    def _constraints_only(self, node: dict[str, Any], alts: list[Any]) -> bool:
        """``anyOf`` next to ``properties``/``type`` whose branches only add constraints."""
        if not ("properties" in node or isinstance(node.get("type"), str)):
            return False
        return all(
            isinstance(a, dict)
            and not any(k in a for k in ("type", "$ref", "allOf", "anyOf", "oneOf", "items"))
            and not is_null_schema(a)
            for a in alts
        )

    def _overlay(self, s: Schema, node: dict[str, Any], keep_title: bool = True) -> Schema:
        """Apply sibling keys of a wrapper (``nullable``, ``description``, ``title``)."""
        update: dict[str, Any] = {}
        if node.get("nullable") is True or node.get("x-nullable") is True:
            update["nullable"] = True
        t = node.get("type")
        if isinstance(t, list) and "null" in t:
            update["nullable"] = True
        desc = text(node.get("description"))
        if desc:
            update["description"] = desc
        if not keep_title and isinstance(node.get("title"), str):
            update["title"] = node["title"]
        return s.model_copy(update=update) if update else s

    def _warn(self, ref: str, ptr: tuple[str | int, ...], code: str, msg: str) -> None:
        if ref in self._warned:
            return
        self._warned.add(ref)
        line = self.line_of(ptr) if self.line_of is not None else 0
        self.diagnostics.append(
            Diagnostic(level="warning", file=self.file, line=line, code=code, message=msg)
        )


def _merge_objects(parts: Iterable[Schema], required: Any) -> Schema:
    fields: dict[str, FieldDef] = {}
    additional = truncated = nullable = False
    desc: Text | None = None
    values: Schema | None = None
    for p in parts:
        for f in p.fields:
            old = fields.get(f.name)
            fields[f.name] = (
                f if old is None or not old.required else f.model_copy(update={"required": True})
            )
        additional = additional or p.additional
        values = values if values is not None else p.values
        truncated = truncated or p.fields_truncated
        nullable = nullable or p.nullable
        desc = desc or p.description
    if isinstance(required, list):
        for r in required:
            if isinstance(r, str) and r in fields:
                fields[r] = fields[r].model_copy(update={"required": True})
    return Schema(
        type="object",
        fields=tuple(fields.values()),
        additional=additional,
        values=values,
        fields_truncated=truncated,
        nullable=nullable,
        description=desc,
    )


def _type_of(node: dict[str, Any]) -> tuple[JsonType, str | None, tuple[Schema, ...], bool]:
    """(type, format, variants for a multi-type list, ``null`` listed) of a plain node."""
    raw = node.get("type")
    fmt = node.get("format") if isinstance(node.get("format"), str) else None
    has_null = False
    variants: tuple[Schema, ...] = ()
    if isinstance(raw, list):
        names = [str(t) for t in raw]
        has_null = "null" in names
        names = [n for n in names if n != "null"]
        if not names:
            return "null", fmt, (), False
        if len(names) > 1:
            variants = tuple(Schema(type=_norm_type(n)) for n in names)
            return "any", fmt, variants, has_null
        raw = names[0]
    if isinstance(raw, str):
        typ = _norm_type(raw)
        if raw == "file":
            fmt = fmt or "binary"
        return typ, fmt, variants, has_null
    if isinstance(node.get("properties"), dict):
        return "object", fmt, (), False
    if "items" in node:
        return "array", fmt, (), False
    # an untyped enum/const stays untyped: the docs do not say, and neither do we
    return "any", fmt, (), False


def _norm_type(raw: str) -> JsonType:
    raw = raw.strip()
    if raw.startswith("enum<") and raw.endswith(">"):  # Mintlify: enum<string>
        raw = raw[5:-1]
    if raw == "file":
        return "string"
    if raw == "int":
        return "integer"
    return cast(JsonType, raw) if raw in _TYPES else "any"


def _enum(node: dict[str, Any]) -> tuple[JsonScalar, ...] | None:
    raw = node.get("enum")
    if not isinstance(raw, list):
        if "const" in node and _scalar(node["const"]):
            return (node["const"],)
        return None
    if not raw or not all(_scalar(v) for v in raw):
        return None
    return tuple(raw)


def _scalar(v: Any) -> bool:
    return v is None or isinstance(v, (str, int, float, bool))


def _example(node: dict[str, Any]) -> Value | None:
    if "example" in node:
        return Value(value=node["example"])
    examples = node.get("examples")
    if isinstance(examples, list) and examples:
        return Value(value=examples[0])
    return None


def _shallow_type(target: Any) -> JsonType:
    if isinstance(target, dict):
        t = target.get("type")
        if isinstance(t, str):
            return _norm_type(t)
        if "properties" in target or "allOf" in target:
            return "object"
    return "any"


def _pointer(ref: str) -> tuple[str, ...]:
    return tuple(p.replace("~1", "/").replace("~0", "~") for p in ref.lstrip("#").split("/")[1:])
