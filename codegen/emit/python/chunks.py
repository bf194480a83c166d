"""Big generated modules written route by route: per-route memo, formatting in pieces.

A resource module (or a test module) is a *skeleton* (docstring, imports, class heads) plus
one *chunk* per route: a method in a class (indented 4) or a top-level test function. Ruff
formats each function on its own, so a chunk formatted alone (inside a stand-in class when
indented) is what formatting the whole module gives it; the blank lines between chunks are
the formatter's (one inside a class, two at the top level). The skeleton is formatted with a
stand-in statement that uses the names the chunks use, so the unused-import fix removes the
same imports it removes from the whole module; the stand-in is then cut off.

Inside a ``generate`` run every route's formatted chunks are cached (JSON text, never pickle)
under a hash of everything the chunk is made from, so a run re-renders and re-formats only
the routes whose inputs changed. Only the built-in templates are written this way: their
chunk boundaries are known (custom templates go through whole-file formatting).
"""

from __future__ import annotations

import json
import keyword
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from codegen.emit.python import format as fmt
from codegen.emit.python.datamodels import ModelGenerationError

#: a stand-in statement, cut off again after formatting
_STUB = "__codegen_used__"
_SKELETON = "skeleton"
_DEF = {
    4: re.compile(r"^    (?:async )?def ", re.MULTILINE),
    0: re.compile(r"^(?:async )?def ", re.MULTILINE),
}
_STRINGS = re.compile(
    r'"""[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""'
    r"|'''[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''"
    r'|"[^"\\\n]*(?:\\.[^"\\\n]*)*"'
    r"|'[^'\\\n]*(?:\\.[^'\\\n]*)*'",
    re.DOTALL,
)
#: a name as code uses it: not an attribute (``x.name``) nor a keyword argument (``name=1``)
_NAME = re.compile(r"(?<![\w.])[A-Za-z_]\w*(?!\w|=[^=])")


def used_names(text: str) -> list[str]:
    """Names ``text`` (Python code) refers to outside string literals, sorted."""
    names = set(_NAME.findall(_STRINGS.sub(" ", text)))
    return sorted(n for n in names if not keyword.iskeyword(n))


def format_chunks(chunks: list[tuple[int, str]]) -> list[str]:
    """Each (indent, function source) formatted as the formatter formats it in its module."""
    return start_chunks(chunks)()


def start_chunks(chunks: list[tuple[int, str]]) -> Callable[[], list[str]]:
    """:func:`format_chunks`, started: the returned function waits for the result (the
    formatter runs in its own process, so the caller may work meanwhile)."""
    groups = []
    for indent in (0, 4):
        idx = [i for i, (ind, _) in enumerate(chunks) if ind == indent]
        if idx:
            texts = [chunks[i][1].strip("\n") + "\n" for i in idx]
            groups.append((indent, idx, texts, fmt.start_format(_together(indent, texts))))

    def wait() -> list[str]:
        out = [""] * len(chunks)
        for indent, idx, texts, waiter in groups:
            for i, text in zip(idx, _split(indent, texts, waiter()), strict=True):
                out[i] = text
        return out

    return wait


def _together(indent: int, texts: list[str]) -> str:
    return ("class _Chunks:\n" if indent else "") + ("\n" if indent else "\n\n").join(texts)


def _split(indent: int, texts: list[str], formatted: str) -> list[str]:
    starts = [m.start() for m in _DEF[indent].finditer(formatted)]
    if len(starts) != len(texts):  # a chunk that is not one function: format one by one
        if len(texts) == 1:
            raise ModelGenerationError("formatting failed: a chunk is not one function")
        return [_split(indent, [t], fmt.start_format(_together(indent, [t]))())[0] for t in texts]
    ends = [*starts[1:], len(formatted)]
    return [formatted[a:b].rstrip("\n") + "\n" for a, b in zip(starts, ends, strict=True)]


@dataclass
class Skeleton:
    """A module's skeleton: ``render()`` writes it from ``inputs`` (everything the template
    reads for it, as JSON data); ``used`` are the names its chunks use."""

    inputs: Any
    render: Callable[[], str]
    used: set[str]


def format_with_skeletons(
    files: dict[str, str], skeletons: dict[str, Skeleton], tops: list[str]
) -> dict[str, str]:
    """``files`` formatted whole, and each skeleton formatted as the head of its module, in
    one formatting pass. Inside a run a head is cached under a hash of its inputs."""
    from codegen.cache import digest, scope

    cache = scope.active()
    texts = dict(files)
    keys: dict[str, str] = {}
    heads: dict[str, str] = {}
    for rel, sk in skeletons.items():
        if cache is not None:
            data = json.dumps([sk.inputs, sorted(sk.used), tops], ensure_ascii=False)
            keys[rel] = digest(templates_salt(), _SKELETON, rel, data)
            hit = cache.get(_SKELETON, keys[rel])
            if hit is not None:
                heads[rel] = hit.decode("utf-8")
                continue
        text = sk.render()
        tokens = set(re.findall(r"[A-Za-z_]\w*", text))
        names = ", ".join(sorted(sk.used & tokens))
        texts[rel] = f"{text.rstrip(chr(10))}\n\n\n{_STUB} = [{names}]\n"
    out = fmt.format_package(texts, tops=tops)
    for rel in skeletons:
        if rel in heads:
            out[rel] = heads[rel]
            continue
        at = out[rel].find("\n" + _STUB)
        if at < 0:
            raise ModelGenerationError(f"formatting failed: {rel}: the stand-in went missing")
        out[rel] = out[rel][:at].rstrip("\n") + "\n"
        if cache is not None:
            cache.put(_SKELETON, keys[rel], out[rel].encode("utf-8"))
    return out


class RouteMemo:
    """The routes of one module in this run's cache: route key → (texts, data).

    The routes are spread over a few entries (``kind``/hash of ``slot`` and the first digit of
    the route key), each a JSON line listing its routes' keys, data and text lengths, then the
    texts themselves (no pickle, no escaping of big texts). Hits are looked up by route key,
    so whatever an entry holds, a hit is exactly what that route's inputs make. :meth:`save`
    keeps the routes used in this run and rewrites only the entries whose routes changed.
    """

    def __init__(self, kind: str, slot: str) -> None:
        from codegen.cache import digest, scope

        self.kind = kind
        self.cache = scope.active()
        self.keys = {b: digest(templates_salt(), kind, slot, b) for b in _BUCKETS}
        self.table: dict[str, dict[str, tuple[list[str], Any]]] = {b: {} for b in _BUCKETS}
        self.used: dict[str, dict[str, tuple[list[str], Any]]] = {b: {} for b in _BUCKETS}
        self.added: set[str] = set()
        for b, key in self.keys.items():
            raw = self.cache.get(kind, key) if self.cache is not None else None
            if raw is not None:
                self.table[b] = _load_table(raw)

    def get(self, key: str) -> tuple[list[str], Any] | None:
        b = key[:1]
        hit = self.table.get(b, {}).get(key)
        if hit is not None:
            self.used[b][key] = hit
        return hit

    def put(self, key: str, texts: list[str], data: Any) -> None:
        b = key[:1]
        self.used[b][key] = (texts, data)
        self.added.add(b)

    def save(self) -> None:
        if self.cache is None:
            return
        for b, used in self.used.items():
            if b not in self.added and used.keys() == self.table[b].keys():
                continue
            head = [[k, data, [len(t) for t in texts]] for k, (texts, data) in used.items()]
            body = "".join(t for texts, _ in used.values() for t in texts)
            line = json.dumps(head, ensure_ascii=False)
            self.cache.put(self.kind, self.keys[b], (line + "\n" + body).encode("utf-8"))


_BUCKETS = "0123456789abcdef"


def _load_table(raw: bytes) -> dict[str, tuple[list[str], Any]]:
    """A stored :class:`RouteMemo` entry; an unreadable one is empty (every route a miss)."""
    try:
        text = raw.decode("utf-8")
        line, _, body = text.partition("\n")
        head = json.loads(line)
        out: dict[str, tuple[list[str], Any]] = {}
        at = 0
        for key, data, lengths in head:
            texts = []
            for n in lengths:
                texts.append(body[at : at + n])
                at += n
            out[str(key)] = (texts, data)
        if at != len(body):
            return {}
        return out
    except (ValueError, TypeError):
        return {}


_TEMPLATES: str | None = None


def templates_salt() -> str:
    """A hash of codegen's code and of the built-in templates (what every chunk is made by)."""
    global _TEMPLATES
    if _TEMPLATES is None:
        from codegen.cache import code_salt, digest, tree_digest
        from codegen.emit import template_dirs

        _TEMPLATES = digest(code_salt(), tree_digest(template_dirs()), fmt.salt())
    return _TEMPLATES
