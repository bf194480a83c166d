"""Jinja filters that turn untrusted doc text into safe code and data.

Every piece of text from documentation reaches generated files only through one of these:
JSON/YAML serialisation, Python string literals, docstrings, comments, or identifiers.
"""

from __future__ import annotations

import contextlib
import functools
import io
import json
import keyword
import re
import unicodedata
from collections.abc import Iterator
from typing import Any, Literal, overload

import yaml
from jinja2 import Environment


def to_json(value: Any, indent: int | None = 2, level: int = 0) -> str:
    """``value`` as JSON; ``level`` indents every line but the first by ``level`` indents
    more (``to_json(level=1)`` is ``to_json | indent(2)``, without splitting the text).

    Two-space indents are written by orjson when its text is provably the same as
    ``json.dumps(value, ensure_ascii=False, indent=2)`` (see :func:`_fast_json`)."""
    if indent is None:
        return json.dumps(value, ensure_ascii=False)
    text = _fast_json(value, level) if indent == 2 else None
    if text is not None:
        return text
    buf = io.StringIO()  # streamed: no list of millions of small pieces for a big document
    for chunk in json.JSONEncoder(ensure_ascii=False, indent=indent).iterencode(value):
        buf.write(chunk)
    text = buf.getvalue()
    # JSON text has no raw line breaks inside strings: every "\n" starts a new line
    return text.replace("\n", "\n" + " " * (indent * level)) if level > 0 else text


_orjson: Any
try:
    import orjson as _orjson
except ImportError:  # pragma: no cover - orjson is a dependency; the json module still works
    _orjson = None

#: Number tokens of indented JSON: a value token ends its line (before an optional comma)
#: and follows ``": "`` or the indent; a string token ends with a quote, so a line that
#: ends with a digit ends with a number. (Both patterns start with a literal: quick scans.)
#: Scanned in orjson's UTF-8 output, before it is decoded (twice as fast as in a ``str``).
_NUMBER_AFTER_KEY = re.compile(rb": (-?[0-9][-+.eE0-9]*)(?=,?\n)")
_NUMBER_ITEM = re.compile(rb"\n *(-?[0-9][-+.eE0-9]*)(?=,?\n)")
_NUMBER = re.compile(rb"-?[0-9][-+.eE0-9]*")


def _floats_agree(text: bytes) -> bool:
    """Every float token of ``text`` is spelled as ``repr`` spells it (json's spelling)."""
    if b"\n" not in text:  # a scalar, [] or {}
        tokens = [text] if _NUMBER.fullmatch(text) else []
    else:
        tokens = _NUMBER_AFTER_KEY.findall(text) + _NUMBER_ITEM.findall(text)
    for token in tokens:
        if (b"." in token or b"e" in token or b"E" in token) and repr(float(token)) != token.decode(
            "ascii"
        ):
            return False
    return True


#: > 0 while rendering texts that are parsed back and compared with their values afterwards
_PROVEN = 0


@contextlib.contextmanager
def proven() -> Iterator[None]:
    """Render inside this block texts that are proven afterwards (parsed back and compared
    with the value they show, as the OpenAPI emitter does): ``to_json`` then skips its own
    search for NaN and infinities, which orjson would write as ``null`` — the proof finds
    such a ``null`` anyway, since it does not parse back to the float."""
    global _PROVEN
    _PROVEN += 1
    try:
        yield
    finally:
        _PROVEN -= 1


def _fast_json(value: Any, level: int = 0) -> str | None:
    """orjson's two-space JSON of ``value`` (every line but the first ``level`` indents
    deeper), or None where it may differ from the json module's: values orjson refuses
    (non-string keys, integers beyond 64 bits, lone surrogates, subclasses of built-in
    types), a float orjson spells another way than ``repr`` (``1e-05``), and NaN/Infinity
    (orjson writes ``null``: when the text has a ``null`` the json module's C encoder is
    asked whether any float is not finite)."""
    if _orjson is None:
        return None
    try:
        raw = _orjson.dumps(
            value,
            option=_orjson.OPT_INDENT_2
            | _orjson.OPT_PASSTHROUGH_SUBCLASS
            | _orjson.OPT_PASSTHROUGH_DATACLASS
            | _orjson.OPT_PASSTHROUGH_DATETIME,
        )
    except TypeError:  # orjson.JSONEncodeError: the json module decides (and explains)
        return None
    if not _floats_agree(raw):
        return None
    if b"null" in raw and not _PROVEN:  # perhaps NaN or an infinity (json writes NaN / Infinity)
        try:
            json.dumps(value, allow_nan=False)
        except ValueError:
            return None
    if level > 0:  # JSON text has no raw line breaks inside strings
        raw = raw.replace(b"\n", b"\n" + b"  " * level)
    text: str = raw.decode("utf-8")
    return text


_BaseDumper: type = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml when available


class _Dumper(_BaseDumper):  # type: ignore[misc]
    def ignore_aliases(self, data: Any) -> bool:
        # no anchors: the text never depends on which objects happen to be shared, so a
        # document can be written piece by piece (see yaml_pieces)
        return True


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def literal_wanted(data: str) -> bool:
    """Whether multi-line text is asked for as a ``|`` block (libyaml may still refuse)."""
    return (
        "\n" in data
        and data.replace("\n", "").isprintable()
        and not data.endswith(" ")
        and "\n " not in data
        and _ASTRAL.search(data) is None
    )


def _str_presenter(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    if literal_wanted(data):
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", data)


_Dumper.add_representer(str, _str_presenter)


def _dump(value: Any) -> str:
    from codegen.emit.openapi import yamlemit

    text = yamlemit.dump(value)  # the same text, written without PyYAML's representer
    return text if text is not None else _pyyaml_dump(value)


def _pyyaml_dump(value: Any) -> str:
    return yaml.dump(
        value,
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        width=100,
        default_flow_style=False,
    )


#: (top-level key, depth): mappings written one entry per piece. A piece is the YAML of
#: ``{k1: {k2: value}}`` less its wrapper lines, exactly the lines the whole dump has for it.
_SPLIT = {"paths": 1, "components": 2}
#: keys written as wrapper lines: plain YAML scalars that need no quoting
_PLAIN_KEYS = frozenset(
    {"schemas", "securitySchemes", "responses", "parameters", "requestBodies", "headers"}
    | {"examples", "links", "callbacks", "pathItems"}
)


def yaml_pieces(value: dict[str, Any]) -> list[tuple[tuple[str, ...], Any]]:
    """``value`` cut into pieces: (wrapper keys + own key, value); joined in order, their YAML
    (:func:`yaml_piece`) is the YAML of ``value``."""
    out: list[tuple[tuple[str, ...], Any]] = []
    for key, item in value.items():
        depth = _SPLIT.get(key) if isinstance(key, str) else None
        if depth == 1 and isinstance(item, dict) and item:
            out.extend(((key, k), v) for k, v in item.items())
        elif depth == 2 and isinstance(item, dict) and item:
            for sub, inner in item.items():
                if sub in _PLAIN_KEYS and isinstance(inner, dict) and inner:
                    out.extend(((key, sub, k), v) for k, v in inner.items())
                else:
                    out.append(((key, sub), inner))
        else:
            out.append(((key,), item))
    return out


def yaml_piece(keys: tuple[str, ...], value: Any) -> str:
    """The YAML lines of one piece (see :func:`yaml_pieces`)."""
    return yaml_piece_made(keys, value)[0]


def yaml_piece_made(keys: tuple[str, ...], value: Any) -> tuple[str, bool]:
    """:func:`yaml_piece` and whether PyYAML wrote it (else the writer of
    :mod:`codegen.emit.openapi.yamlemit`, whose text needs no parsing back)."""
    from codegen.emit.openapi import yamlemit

    wrapped: Any = value
    for k in reversed(keys):
        wrapped = {k: wrapped}
    text = yamlemit.dump(wrapped)
    by_pyyaml = text is None
    if text is None:
        text = _pyyaml_dump(wrapped)
    for _ in keys[:-1]:
        text = text.split("\n", 1)[1]
    return text, by_pyyaml


def _headers(prev: tuple[str, ...] | None, keys: tuple[str, ...]) -> str:
    """Wrapper lines (``paths:``, ``  schemas:``) opened between two pieces."""
    out = []
    for depth, k in enumerate(keys[:-1]):
        if prev is None or len(prev) <= depth + 1 or prev[: depth + 1] != keys[: depth + 1]:
            out.append("  " * depth + f"{k}:\n")
    return "".join(out)


def to_yaml(value: Any) -> str:
    """``value`` as block-style YAML. Inside a ``generate`` run a mapping is written piece by
    piece and pieces proven before come from the cache (see :mod:`codegen.emit.openapi.yamltext`)."""
    from codegen.cache import scope

    if not (isinstance(value, dict) and value and scope.in_run()):
        return _dump(value)
    from codegen.emit.openapi import yamltext

    return scope.memo(("to_yaml",), value, lambda: yamltext.write(value))


@overload
def join_pieces(pieces: list[tuple[tuple[str, ...], str]]) -> str: ...
@overload
def join_pieces(
    pieces: list[tuple[tuple[str, ...], str]], *, offsets: Literal[True]
) -> tuple[str, list[tuple[int, int]]]: ...
def join_pieces(
    pieces: list[tuple[tuple[str, ...], str]], *, offsets: bool = False
) -> str | tuple[str, list[tuple[int, int]]]:
    """The YAML of consecutive pieces; with ``offsets``, also where each piece's text is."""
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    at = 0
    prev: tuple[str, ...] | None = None
    for keys, text in pieces:
        head = _headers(prev, keys)
        out.append(head)
        out.append(text)
        at += len(head)
        spans.append((at, at + len(text)))
        at += len(text)
        prev = keys
    joined = "".join(out)
    return (joined, spans) if offsets else joined


_json_str = getattr(json.encoder, "c_encode_basestring", None) or json.encoder.encode_basestring


def py_str(value: Any) -> str:
    """A Python string literal that evaluates to exactly ``value`` (never executable)."""
    out = _json_str(str(value))  # what json.dumps(s, ensure_ascii=False) gives, in C
    # json escapes are valid Python escapes; additionally neutralise line separators
    return out.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def toml_str(value: Any) -> str:
    """A TOML basic string holding exactly ``value`` (JSON string escapes are valid TOML)."""
    return py_str(value).replace("\x7f", "\\u007f")


def py_repr(value: Any) -> str:
    """A Python literal for a JSON-compatible value (str, int, float, bool, None, list, dict)."""
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return py_str(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(py_repr(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{py_str(k)}: {py_repr(v)}" for k, v in value.items()) + "}"
    return py_str(value)


def docstring(text: str | None, indent: int = 4) -> str:
    """Text made safe for the inside of a triple-quoted docstring."""
    if not text:
        return ""
    s = _printable(str(text), "\n\t")
    s = s.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if s.endswith('"'):
        s = s + " "
    pad = " " * indent
    lines = [ln.rstrip() for ln in s.split("\n")]
    return ("\n" + pad).join(lines).replace("\n" + pad + "\n", "\n\n").strip()


def pydoc(text: str | None, indent: int = 4) -> str:
    """``docstring`` made formatter-stable too: tabs expanded, and no trailing quote or
    backslash (black and ruff disagree on the space before the closing quotes there)."""
    s = docstring(None if text is None else str(text).expandtabs(4), indent)
    return s.rstrip('"\\ ')


def comment(text: str | None) -> str:
    """Text made safe for a single-line ``#`` comment."""
    if not text:
        return ""
    return " ".join(_printable(str(text)).split())


def _printable(text: str, keep: str = "") -> str:
    """``text`` with every character that is not printable (nor in ``keep``) made a space."""
    probe = text
    for ch in keep:
        probe = probe.replace(ch, "")
    if probe.isprintable():
        return text
    return "".join(ch if ch in keep or ch.isprintable() else " " for ch in text)


_NON_ID = re.compile(r"[^0-9a-zA-Z_]+")


def _ascii(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


@functools.lru_cache(maxsize=1 << 16)
def snake(name: str) -> str:
    s = _ascii(str(name))
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s)
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", s)
    s = _NON_ID.sub("_", s).strip("_").lower()
    s = re.sub(r"_+", "_", s)
    return s


@functools.lru_cache(maxsize=1 << 16)
def identifier(name: str, fallback: str = "field") -> str:
    """A valid, non-keyword snake_case Python identifier for ``name``."""
    s = snake(name) or fallback
    if s[0].isdigit():
        s = f"{fallback}_{s}" if fallback else f"_{s}"
    if keyword.iskeyword(s) or keyword.issoftkeyword(s) or s in _RESERVED:
        s += "_"
    return s


_RESERVED = {"self", "cls", "client", "request", "response", "params", "json", "headers"}


def pascal(name: str) -> str:
    s = snake(name)
    out = "".join(part[:1].upper() + part[1:] for part in s.split("_") if part)
    if not out:
        out = "Model"
    if out[0].isdigit():
        out = "M" + out
    if keyword.iskeyword(out):
        out += "_"
    return out


def register(env: Environment) -> None:
    env.filters.update(
        to_json=to_json,
        to_yaml=to_yaml,
        py_str=py_str,
        py_repr=py_repr,
        toml_str=toml_str,
        docstring=docstring,
        pydoc=pydoc,
        comment=comment,
        snake=snake,
        identifier=identifier,
        pascal=pascal,
    )
