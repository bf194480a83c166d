"""Model docs (``# Pet`` + ``## Properties`` table) that operation docs link for bodies and
return types. Found among the sibling documents first, then on disk next to the API doc."""

from __future__ import annotations

import os
import re

from codegen.model import Diagnostic, FieldDef, Schema, SourceRef, Value
from codegen.readers.bilingual import split_inline
from codegen.readers.swagger_docs.cells import Row, literal, parse_rows, unescape
from codegen.readers.swagger_docs.types import to_schema

_PROPS_HEADER = re.compile(r"^\s*\|?\s*Name\s*\|\s*Type\s*\|\s*Description\s*\|", re.I | re.M)
_ENUM_ITEM = re.compile(r"^\s*[*-]\s*`(?P<name>[^`]*)`\s*\(value:\s*`(?P<value>[^`]*)`\)")
_MAX_DEPTH = 6


def looks_like_model_doc(text: str) -> bool:
    head = text[:4000]
    return bool(
        (re.search(r"^## Properties\s*$", head, re.M) and _PROPS_HEADER.search(head))
        or re.search(r"^## Enum\s*$", head, re.M)
    )


def _read_disk(path: str) -> tuple[str | None, list[Diagnostic]]:
    from codegen.readers import load_document  # the registry imports readers lazily

    doc, diags = load_document(path)
    return (doc.text if doc else None), diags


class ModelDocs:
    """Resolves model names to schemas for one API doc, caching what it has read."""

    def __init__(
        self,
        doc_path: str,
        siblings: dict[str, str],
        *,
        object_is_any: bool,
        diags: list[Diagnostic],
        use_disk: bool = True,
    ) -> None:
        self.dir = os.path.dirname(doc_path)
        self.path = doc_path
        self.siblings = {os.path.normpath(p): t for p, t in siblings.items()}
        self.object_is_any = object_is_any
        self.diags = diags
        self.use_disk = use_disk
        self.cache: dict[str, Schema | None] = {}
        self.stack: list[str] = []
        self.line = 0
        self.missing: set[str] = set()

    # --- finding ---------------------------------------------------------------------------
    def _candidates(self, name: str, link: str | None) -> list[str]:
        out = []
        if link:
            out.append(os.path.normpath(os.path.join(self.dir, link.split("#", 1)[0])))
        for sub in ("", "models", "Models", "model", os.path.join("..", "models")):
            out.append(os.path.normpath(os.path.join(self.dir, sub, name + ".md")))
        return list(dict.fromkeys(out))

    def _find(self, name: str, link: str | None) -> tuple[str, str] | None:
        cands = self._candidates(name, link)
        for c in cands:
            if c in self.siblings:
                return c, self.siblings[c]
        base = os.path.basename(cands[0]) if link else name + ".md"
        by_base = [p for p in self.siblings if os.path.basename(p) == base]
        if len(by_base) == 1:
            return by_base[0], self.siblings[by_base[0]]
        if not self.use_disk:
            return None
        for c in cands:
            if os.path.isfile(c):
                text, diags = _read_disk(c)
                self.diags.extend(diags)
                if text is not None:
                    self.siblings[c] = text
                    return c, text
        return None

    # --- resolving -------------------------------------------------------------------------
    def resolve(self, name: str, link: str | None) -> Schema | None:
        """Schema of model ``name`` (``None`` when its doc cannot be found)."""
        if name in self.cache:
            return self.cache[name]
        if name in self.stack or len(self.stack) >= _MAX_DEPTH:
            return Schema(type="object", title=name)
        found = self._find(name, link)
        if found is None:
            if name not in self.missing:
                self.missing.add(name)
                self.diags.append(
                    Diagnostic(
                        level="warning",
                        file=self.path,
                        line=self.line,
                        code="model-doc-missing",
                        message=f"model doc for {name!r} not found; its fields are unknown",
                    )
                )
            self.cache[name] = None
            return None
        self.stack.append(name)
        try:
            schema = self._parse(name, found[0], found[1])
        finally:
            self.stack.pop()
        self.cache[name] = schema
        return schema

    def _parse(self, name: str, path: str, text: str) -> Schema:
        lines = text.replace("\r", "").split("\n")
        desc = ""
        for ln in lines[1:6]:
            s = ln.strip()
            if s and not s.startswith("#") and s != name:
                desc = unescape(s)
                break
            if s.startswith("##"):
                break
        start = next((i for i, ln in enumerate(lines) if _PROPS_HEADER.match(ln)), None)
        if start is None:
            enum = tuple(literal(m.group("value")) for ln in lines if (m := _ENUM_ITEM.match(ln)))
            if enum:
                typ = "integer" if all(isinstance(v, int) for v in enum) else "string"
                return Schema(type=typ, enum=enum, title=name)
            return Schema(type="object", title=name)
        end = start + 1
        while end < len(lines) and "|" in lines[end]:
            end += 1
        fields = tuple(self._field(r, path) for r in parse_rows(lines[start:end], start + 1))
        return Schema(
            type="object",
            title=name,
            fields=fields,
            description=split_inline(desc) if desc else None,
        )

    def _field(self, row: Row, path: str) -> FieldDef:
        schema = self.schema_of(row)
        default = None
        if row.default_raw is not None:
            default = Value(value=literal(row.default_raw))
        return FieldDef(
            name=row.name,
            schema_=schema,
            required=not row.optional,
            description=split_inline(row.description),
            default=default,
            source=SourceRef(file=path, line=row.line),
        )

    def schema_of(self, row: Row) -> Schema:
        """A row's type as a schema, with models resolved and an ``[enum: …]`` note applied."""
        schema = to_schema(
            row.type.name, row.type.model_link, self.resolve, object_is_any=self.object_is_any
        )
        if not row.enum_raw:
            return schema
        vals = tuple(literal(v) for v in row.enum_raw.split(","))
        if schema.type in ("string", "integer", "number"):
            return schema.model_copy(update={"enum": vals})
        items = schema.items
        if (
            schema.type == "array"
            and items is not None
            and items.type in ("string", "integer", "number")
        ):
            # `List<String>` with `[enum: a, b]`: the values each element may take
            return schema.model_copy(update={"items": items.model_copy(update={"enum": vals})})
        return schema
