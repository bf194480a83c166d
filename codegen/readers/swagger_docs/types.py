"""Type names of the generated clients (Python, Java, Go) → :class:`Schema`.

``object`` means "no type known" in swagger-codegen docs (it is what the generator writes for
anything it did not understand) but a free-form object in openapi-generator docs; the caller says
which via ``object_is_any``. Model names are resolved through a callback that reads model docs.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from codegen.model import Schema

#: (type name lower-cased) → (json type, format)
_SCALARS: dict[str, tuple[str, str | None]] = {
    "str": ("string", None),
    "string": ("string", None),
    "unicode": ("string", None),
    "int": ("integer", None),
    "integer": ("integer", None),
    "long": ("integer", "int64"),
    "int32": ("integer", "int32"),
    "int64": ("integer", "int64"),
    "short": ("integer", None),
    "uint32": ("integer", None),
    "uint64": ("integer", None),
    "uint": ("integer", None),
    "float": ("number", "float"),
    "double": ("number", "double"),
    "number": ("number", None),
    "float32": ("number", "float"),
    "float64": ("number", "double"),
    "bigdecimal": ("number", None),
    "decimal": ("number", None),
    "bool": ("boolean", None),
    "boolean": ("boolean", None),
    "date": ("string", "date"),
    "localdate": ("string", "date"),
    "datetime": ("string", "date-time"),
    "offsetdatetime": ("string", "date-time"),
    "time.time": ("string", "date-time"),
    "uuid": ("string", "uuid"),
    "uri": ("string", "uri"),
    "file": ("string", "binary"),
    "*os.file": ("string", "binary"),
    "os.file": ("string", "binary"),
    "bytearray": ("string", "binary"),
    "byte[]": ("string", "byte"),
    "[]byte": ("string", "byte"),
    "binary": ("string", "binary"),
    "resource": ("string", "binary"),
    "none_type": ("null", None),
}
_ANY = {"object", "any", "interface{}", "unknown_base_type", "anytype", "", "void"}
_LIST = re.compile(
    r"^(?:list|List|Set|set|array|Array|Collection)\s*[\[<](?P<inner>.*)[\]>]$|^\[\](?P<go>.+)$"
    r"|^\[(?P<py>[^\]].*)\]$"
)
_MAP = re.compile(
    r"^(?:dict|Map|map|Dict)\s*[\[(<]\s*(?:str|String|string)\s*,\s*(?P<inner>.*)[\])>]$"
    r"|^map\[string\](?P<go>.+)$|^\{str:\s*\((?P<py>.*)\)\}$"
)
_MODEL = re.compile(r"^[A-Za-z_][\w.]*$")

ModelResolver = Callable[[str, str | None], Schema | None]


def to_schema(
    name: str, link: str | None, resolve: ModelResolver, *, object_is_any: bool
) -> Schema:
    """The schema of a type name as a doc prints it (``list[str]``, ``Pet``, ``**int**``)."""
    n = name.strip().strip("*").strip()
    n = n.removeprefix("optional.").removeprefix("Optional.")  # Go's optional.String, …
    low = n.lower()
    if low == "object":
        return Schema() if object_is_any else Schema(type="object", additional=True)
    if low in _ANY or low.startswith(("anyof", "oneof")):
        return Schema()
    scalar = _SCALARS.get(low)
    if scalar is not None:
        return Schema(type=scalar[0], format=scalar[1])
    m = _LIST.match(n)
    if m:
        inner = m.group("inner") or m.group("go") or m.group("py") or ""
        return Schema(
            type="array", items=to_schema(inner, link, resolve, object_is_any=object_is_any)
        )
    m = _MAP.match(n)
    if m:
        inner = m.group("inner") or m.group("go") or m.group("py") or ""
        values = to_schema(inner, link, resolve, object_is_any=object_is_any)
        return Schema(type="object", additional=True, values=None if _untyped(values) else values)
    if _MODEL.match(n):
        resolved = resolve(n, link)
        if resolved is not None:
            return resolved
        return Schema(type="object", title=n)
    return Schema()


def _untyped(s: Schema) -> bool:
    return s.type == "any" and not s.variants
