"""What the generated docs lost and the surrounding text still tells: tag names, the line
structure of bilingual notes, and the fields of a body whose model was not documented."""

from __future__ import annotations

import ast
import re
from typing import Any

from codegen.model import FieldDef, JsonType, Schema, SourceRef, Text
from codegen.readers.swagger_docs.cells import unescape

_TOKENS = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+\d*|[A-Z]+\d*|\d+")
_MARK = re.compile(r"[ \t]*#\s*\[(中文|English|示例/Example|Example/示例|Example|示例)\][ \t]*")
_PARAMS = re.compile(r"#{0,4}\s*(?:Parameters|Params|Request Body|Body|参数|请求参数)\s*[:：]")
#: a top-level bullet: at the start of a line, or after exactly one space (folded notes keep the
#: indentation of nested bullets, ``options:     - chrome_windows: …``)
_ITEM = re.compile(
    r"(?:^ ?|(?<=\S) )[-*]\s+`?(?P<name>[A-Za-z_][\w.]*)`?\s*(?:\([^)]*\))?\s*[:：]", re.M
)
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


def _examples(text: str) -> dict[str, Any]:
    m = re.search(r"#\s*\[(?:示例/Example|Example/示例|Example|示例)\]", text)
    if not m:
        return {}
    out: dict[str, Any] = {}
    for a in _ASSIGN.finditer(text[m.end() :]):
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
        out.setdefault(a.group("k").lower(), value)
    return out


def _json_type(v: Any) -> JsonType:
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


def fields_from_notes(notes: list[str], src: SourceRef) -> tuple[FieldDef, ...]:
    """Body fields named by the notes' ``Parameters:`` list, typed from their example block.

    Only used when the doc shows a body but not its model; fields are never marked required.
    """
    text = unescape("\n".join(notes))
    part = _english(text)
    m = _PARAMS.search(part)
    if not m:
        return ()
    section = part[m.end() :]
    end = _SECTION_END.search(section)
    section = section[: end.start()] if end else section
    examples = _examples(text)
    fields: list[FieldDef] = []
    for item in _ITEM.finditer(section):
        name = item.group("name")
        if (name[0].isupper() and name[1:].islower()) or any(f.name == name for f in fields):
            continue
        value = examples.get(name.lower())
        fields.append(
            FieldDef(
                name=name,
                schema_=Schema(type=_json_type(value) if name.lower() in examples else "any"),
                required=False,
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
