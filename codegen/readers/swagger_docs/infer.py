"""What the generated docs lost and the surrounding text still tells: tag names, the line
structure of bilingual notes, and the fields of a body whose model was not documented."""

from __future__ import annotations

import ast
import json
import re
from functools import cached_property
from typing import Any

from codegen.model import FieldDef, JsonType, Schema, SourceRef, Text
from codegen.readers.swagger_docs.cells import unescape

_TOKENS = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+\d*|[A-Z]+\d*|\d+")
_MARK = re.compile(r"[ \t]*#\s*\[(中文|English|示例/Example|Example/示例|Example|示例)\][ \t]*")
#: the examples block: ``# [示例/Example]``, and the spellings docs get wrong (``[示例/Eample]``)
_EXAMPLES = re.compile(r"#\s*\[[^\]\n]{0,12}(?:示例|例子|[Ee]x?a?mp?les?)[^\]\n]{0,12}\]")
#: a JSON request shown in the notes: ``### Example Request Body: ```json {…}``` ``
_REQUEST_EXAMPLE = re.compile(
    r"(?:Example Request(?: Body)?|Request(?: Body)? Example|请求(?:体)?示例)\s*[:：]?\s*"
    r"(?:```\s*json)?\s*(?P<body>\{.*?\})\s*(?:```|$)",
    re.S,
)
#: ``default 20``, ``(default: true)``, ``默认10``: a literal default stated in an item's text
_DEFAULT = re.compile(
    r"(?:\bdefaults?(?:\s+(?:to|is|value(?:\s+is)?))?|默认(?:值)?(?:为|是)?)\s*[:：=]?\s*"
    r"(?:[`\"'](?P<q>[^`\"'\n]*)[`\"']|(?P<v>-?\d+(?:\.\d+)?|true|false)(?![\w.-]))",
    re.I,
)
#: a sample value in an item's text: ``e.g. '04-01-2025'``, ``format like `task_01…` ``
_SAMPLE = re.compile(
    r"(?:\be\.g\.|\bexample(?: format)?|\bformat(?: like)?|\bsuch as|\blike|例如|如)\s*[:：,]?\s*"
    r"\(?\s*[`\"'](?P<q>[^`\"'\n]+)[`\"']",
    re.I,
)
#: the values an item enumerates as a nested list: ``- 0: Default sort - 1: Hot sort``
_OPTION = re.compile(r"(?:^|\s)[-*]\s+`?(?P<k>[^\s:：`]+)`?\s*[:：]")
#: an item written as a yes/no question is a flag
_FLAG = re.compile(r"^\s*(?:whether\b|是否)", re.I)
#: the item says the caller must send it
_REQUIRED = re.compile(r"(?<!not )\brequired\b|必填|必须|必需|必传", re.I)
#: where an item's own words end and a nested list or the next section begins
_ITEM_END = re.compile(r"\s{3,}[-*]\s|###")
_PARAMS = re.compile(r"#{0,4}\s*(?:Parameters|Params|Request Body|Body|参数|请求参数)\s*[:：]")
#: a top-level bullet: at the start of a line, or after exactly one space (folded notes keep the
#: indentation of nested bullets, ``options:     - chrome_windows: …``); the name may be set in
#: code or bold, with a note before the colon: ``- **prompt** (required): …``
_ITEM = re.compile(
    r"(?:^ ?|(?<=\S) )[-*]\s+(?:`|\*\*)?(?P<name>[A-Za-z_][\w.]*)(?:`|\*\*)?\s*"
    r"(?P<note>\([^)]*\))?\s*[:：]",
    re.M,
)
_NAME = re.compile(r"[A-Za-z_][\w.-]*")
_SECTION_END = re.compile(r"#{2,4}\s|#\s*\[")
_ASSIGN = re.compile(
    r"[\"']?(?P<k>[A-Za-z_]\w*)[\"']?\s*[:=]\s*(?P<v>\"[^\"]*\"|'[^']*'|\[[^\]]*\]|-?\d+(?:\.\d+)?"
    r"|True|False|true|false|None|null|\{)"
)


def tag_name(class_name: str, text: str) -> str:
    """``TikTokCreatorAPIApi`` → ``TikTok-Creator-API``: the class name minus the generator's
    ``Api`` suffix, split into words, rejoining words the doc itself writes as one (``TikTok``)."""
    name = class_name.removeprefix("\\")
    if name.endswith("Api") and len(name) > 3:
        name = name[:-3]
    words: list[str] = []
    for tok in _TOKENS.findall(name):
        if len(tok) > 3 and tok.isupper() and tok.endswith("API"):
            words.extend([tok[:-3], "API"])
        else:
            words.append(tok)
    if not words:
        return class_name
    body = text.replace(class_name, " ")
    i = 0
    while i < len(words) - 1:
        joined = words[i] + words[i + 1]
        if re.search(rf"(?<![A-Za-z0-9]){re.escape(joined)}(?![A-Za-z0-9])", body):
            words[i : i + 2] = [joined]
        else:
            i += 1
    return "-".join(words)


def restore_blocks(text: str) -> str:
    """Put ``# [中文]`` / ``# [English]`` markers back on lines of their own when the generator
    folded the notes onto one line, so :func:`split_blocks` can find them."""
    folded = any(m.end() < len(text) and text[m.end()] not in "\n" for m in _MARK.finditer(text))
    if not folded:
        return text
    out = _MARK.sub(lambda m: f"\n\n# [{m.group(1)}]\n", text)
    return re.sub(r"\n{3,}", "\n\n", out).strip("\n")


def _english(text: str) -> str:
    m = re.search(r"#\s*\[English\]", text)
    if not m:
        return text
    rest = text[m.end() :]
    n = re.search(r"#\s*\[", rest)
    return rest[: n.start()] if n else rest


def _examples(text: str, requests: list[str]) -> dict[str, Any]:
    """Example values by :func:`_key` of their name: the assignments after the examples marker,
    then those of the JSON requests the notes show."""
    out: dict[str, Any] = {}
    m = _EXAMPLES.search(text)
    if m:
        _assignments(text[m.end() :], out)
    for body in requests:
        _assignments(body, out)
    return out


def _request_keys(requests: list[str]) -> list[str]:
    """The top-level keys of the first JSON request the notes show, in order."""
    for text in requests:
        try:
            body = json.loads(text)
        except ValueError:
            continue
        if isinstance(body, dict) and body:
            return [k for k in body if isinstance(k, str) and _NAME.fullmatch(k)]
    return []


def _assignments(text: str, out: dict[str, Any]) -> None:
    for a in _ASSIGN.finditer(text):
        raw = a.group("v")
        try:
            value: Any = (
                {}
                if raw == "{"
                else ast.literal_eval(
                    {"true": "True", "false": "False", "null": "None"}.get(raw, raw)
                )
            )
        except (ValueError, SyntaxError):
            continue
        out.setdefault(_key(a.group("k")), value)


def json_type(v: Any) -> JsonType:
    if isinstance(v, bool):
        return "boolean"
    if isinstance(v, int):
        return "integer"
    if isinstance(v, float):
        return "number"
    if isinstance(v, str):
        return "string"
    if isinstance(v, list):
        return "array"
    if isinstance(v, dict):
        return "object"
    return "any"


class NoteFacts:
    """What an operation's notes say about the values it takes, read once per operation: the
    items of their ``Parameters:`` list (name → the item's text) and the example values shown.

    swagger-codegen 2 renders OpenAPI 3 specs lossily: every parameter whose schema it could not
    express (``anyOf`` with ``null``, as FastAPI writes optional parameters) becomes
    ``[**object**](.md)``, and a JSON body it could not express disappears ("This endpoint does not
    need any parameter"). The notes, written by people for the real API, still tell.
    """

    def __init__(self, notes: list[str]) -> None:
        self.notes = notes  # read on first use: most operations never ask

    @cached_property
    def text(self) -> str:
        return unescape("\n".join(self.notes))

    @cached_property
    def requests(self) -> list[str]:
        return [r.group("body") for r in _REQUEST_EXAMPLE.finditer(self.text)]

    @cached_property
    def examples(self) -> dict[str, Any]:
        return _examples(self.text, self.requests)

    @cached_property
    def items(self) -> dict[str, tuple[str, str]]:
        """The ``Parameters:`` list: :func:`_key` of a name → (name, the item's own text)."""
        part = _english(self.text)
        m = _PARAMS.search(part)
        if m is None and part is not self.text:
            part = self.text
            m = _PARAMS.search(part)
        if m is None:
            return {}
        section = part[m.end() :]
        end = _SECTION_END.search(section)
        section = section[: end.start()] if end else section
        found = list(_ITEM.finditer(section))
        out: dict[str, tuple[str, str]] = {}
        for i, item in enumerate(found):
            name = item.group("name")
            if name[0].isupper() and name[1:].islower():
                continue  # a capitalised word ("- Note: …") is prose, not a parameter
            stop = found[i + 1].start() if i + 1 < len(found) else len(section)
            said = (item.group("note") or "") + " " + section[item.end() : stop]
            out.setdefault(_key(name), (name, said))
        return out

    def schema(self, name: str, description: str = "") -> Schema | None:
        """The type the notes give a value (marked inferred), or None when they say nothing:
        its example (unless ``None``), a default its item states, a yes/no wording of the item
        or of the table's ``description``, numbered options, or a quoted sample (a string)."""
        found = self._schema(name, description)
        return None if found is None else found.model_copy(update={"inferred": True})

    def _schema(self, name: str, description: str) -> Schema | None:
        value = self.examples.get(_key(name))
        if value is not None:
            if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
                return Schema(type="array", items=Schema(type="string"))
            if isinstance(value, dict):
                return Schema(type="object", additional=True)
            return Schema(type=json_type(value))
        item = self.items.get(_key(name), ("", ""))[1]
        d = _DEFAULT.search(item)
        if d is not None:
            raw = d.group("v")
            if raw is None:
                return Schema(type="string")
            if raw.lower() in ("true", "false"):
                return Schema(type="boolean")
            return Schema(type="number" if "." in raw else "integer")
        halves = [item, *re.split(r"\s*/\s*", description)]
        if any(_FLAG.match(h) for h in halves):
            return Schema(type="boolean")
        options = [m.group("k") for m in _OPTION.finditer(item)]
        if len(options) >= 2 and all(re.fullmatch(r"-?\d+", o) for o in options):
            return Schema(type="integer")
        if _SAMPLE.search(item) is not None:
            return Schema(type="string")
        return None

    def body_fields(self, src: SourceRef) -> tuple[FieldDef, ...]:
        """Body fields named by the ``Parameters:`` list (or, without one, by the keys of a
        JSON request the notes show), typed by :meth:`schema`; required where the item says so."""
        named = list(self.items.values()) or [(k, "") for k in _request_keys(self.requests)]
        fields: list[FieldDef] = []
        for name, text in named:
            low = name.lower()
            upload = low in ("file", "files") or low.endswith("_file")
            fields.append(
                FieldDef(
                    name=name,
                    schema_=(
                        Schema(type="string", format="binary", inferred=True)
                        if upload  # an upload: the one thing JSON cannot carry
                        else self.schema(name) or Schema(inferred=True)
                    ),
                    required=bool(_REQUIRED.search(_ITEM_END.split(text, 1)[0])),
                    description=Text(),
                    source=src,
                )
            )
        return tuple(fields)


_DEFINES = re.compile(
    r"(?:^|[\s(])[-*]\s+`?(?P<a>[A-Za-z_]\w*)`?\s*[:：(]"  # - secUid: …
    r"|(?:^|\s)`(?P<b>[A-Za-z_]\w*)`"  # `secUid`
    r"|(?:^|[\s{,])[\"']?(?P<c>[A-Za-z_]\w*)[\"']?\s*[=:]\s*[\"'\d\[{TFN-]"  # secUid = "…"
)


def _key(name: str) -> str:
    return name.replace("_", "").replace("-", "").lower()


def wire_names(notes: list[str], names: list[str]) -> dict[str, str]:
    """Names the generator re-cased (``sec_uid``) mapped to the spelling the notes define
    (``- secUid: …``, ``secUid = "…"``): the notes were written against the real API."""
    wanted = {_key(n): n for n in names}
    counts: dict[str, dict[str, int]] = {}
    for m in _DEFINES.finditer(unescape("\n".join(notes))):
        tok = m.group("a") or m.group("b") or m.group("c")
        name = wanted.get(_key(tok)) if tok else None
        if tok and name is not None:
            counts.setdefault(name, {}).setdefault(tok, 0)
            counts[name][tok] += 1
    out: dict[str, str] = {}
    for name, seen in counts.items():
        if name in seen:
            continue  # the notes also use the doc's own spelling: nothing to recover
        best = max(seen.items(), key=lambda kv: kv[1])[0]
        out[name] = best
    return out
