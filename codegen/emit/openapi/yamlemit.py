"""Block-style YAML of JSON-like data, byte for byte what PyYAML's libyaml dumper writes.

:func:`codegen.emit.filters.to_yaml` dumps with ``yaml.CSafeDumper`` (``allow_unicode``,
``width=100``, no anchors, literal blocks for multi-line text that allows them). Most of
that time goes into PyYAML's Python representer, node by node. :func:`dump` writes the same
text directly: libyaml's emitter rules for what JSON-like data can hold — block mappings
and sequences, ``{}``/``[]`` for empty ones, simple and ``?`` keys, and the scalar style
libyaml picks (plain, single-quoted, double-quoted with its escapes, literal) with its line
folding at the width — and PyYAML's resolver decides, as it does there, which plain
scalars would read back as another type.

Anything else (other types, subclasses, non-string keys, lone surrogates, a literal block
that would end the stream with ``...``) makes :func:`dump` return None and the caller uses
PyYAML. ``tests/test_openapi_perf_yaml.py`` compares both writers byte for byte on
generated data and checks that the text loads back to the value.
"""

from __future__ import annotations

import re
from typing import Any

import yaml.resolver

from codegen.emit import filters

WIDTH = 100  # the dumper's width
STEP = 2  # its indent

_STR = "tag:yaml.org,2002:str"
_BREAKS = "\n\r\x85\u2028\u2029"
_SPECIAL = re.compile("[^\n\x20-\x7e\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd]")
_BREAK = re.compile("[\n\r\x85\u2028\u2029]")
_BREAK_SPACE = re.compile("[\n\r\x85\u2028\u2029] ")
_SPACE_BREAK = re.compile(" [\n\r\x85\u2028\u2029]")
#: libyaml's block indicators after the first character: ": " (or ":" at the end) and " #"
_INNER_INDICATOR = re.compile(
    "(?<=.):(?=[ \t\n\r\x85\u2028\u2029\x00]|$)|(?<=[ \t\n\r\x85\u2028\u2029\x00])#", re.S
)
_FIRST_INDICATORS = frozenset("#,[]{}&*!|>'\"%@`")
_BLANKZ = frozenset(" \t\x00" + _BREAKS)
_SURROGATE = re.compile("[\ud800-\udfff]")

_ESCAPES = {
    "\x00": "0",
    "\x07": "a",
    "\x08": "b",
    "\t": "t",
    "\n": "n",
    "\x0b": "v",
    "\x0c": "f",
    "\r": "r",
    "\x1b": "e",
    '"': '"',
    "\\": "\\",
    "\x85": "N",
    "\u2028": "L",
    "\u2029": "P",
}

PLAIN, SINGLE, DOUBLE, LITERAL = "plain", "single", "double", "literal"


class Unsupported(Exception):
    """The value holds something this writer leaves to PyYAML."""


_RESOLVERS = yaml.resolver.Resolver.yaml_implicit_resolvers


def _resolves_to(text: str) -> str:
    """The tag PyYAML's resolver gives ``text`` as a plain scalar."""
    for tag, regexp in [*_RESOLVERS.get(text[0] if text else "", []), *_RESOLVERS.get(None, [])]:
        if regexp.match(text):
            return str(tag)
    return _STR


class _Scalar:
    """What libyaml decides for one string: its flags, and the text in each usable style."""

    __slots__ = (
        "block_ok",
        "length",
        "literal",
        "multiline",
        "plain_ok",
        "single_ok",
        "text",
        "value_style",
    )

    def __init__(self, text: str) -> None:
        self.text = text
        self.length = len(text.encode("utf-8"))
        self.literal = filters.literal_wanted(text)
        self.value_style = ""  # the style as a mapping value or sequence item (set on use)
        if not text:
            self.multiline = False
            self.plain_ok = True
            self.single_ok = True
            self.block_ok = False
            return
        special = _SPECIAL.search(text) is not None
        breaks = _BREAK.search(text) is not None
        break_space = _BREAK_SPACE.search(text) is not None
        space_break = _SPACE_BREAK.search(text) is not None
        first, last = text[0], text[-1]
        edges = first == " " or last == " " or first in _BREAKS or last in _BREAKS
        follows = text[1] in _BLANKZ if len(text) > 1 else True
        indicators = (
            text.startswith(("---", "..."))
            or first in _FIRST_INDICATORS
            or (first in "?:-" and follows)
            or _INNER_INDICATOR.search(text) is not None
        )
        self.multiline = breaks
        self.plain_ok = not (edges or break_space or space_break or special or breaks or indicators)
        self.single_ok = not (break_space or space_break or special)
        self.block_ok = not (last == " " or space_break or special)


def _float_text(value: float) -> str:
    """PyYAML's SafeRepresenter spelling of a float."""
    if value != value:
        return ".nan"
    if value == float("inf"):
        return ".inf"
    if value == float("-inf"):
        return "-.inf"
    text = repr(value).lower()
    if "." not in text and "e" in text:
        text = text.replace("e", ".0e", 1)
    return text


#: What is known of strings met before (the same for every dump; bounded).
_SCALARS: dict[str, _Scalar] = {}
_IMPLICIT: dict[str, bool] = {}
_KEYS: dict[str, str] = {}  # simple key -> its text and ":" (never folded)
_MEMO_LIMIT = 200_000


class _Writer:
    def __init__(self) -> None:
        self.out: list[str] = []
        self.column = 0
        self.whitespace = True
        self.indention = True
        self.indent = -1
        self.open_ended = 0
        if len(_SCALARS) > _MEMO_LIMIT:
            _SCALARS.clear()
            _IMPLICIT.clear()
            _KEYS.clear()
        self.scalars = _SCALARS
        self.implicit = _IMPLICIT
        self.keys = _KEYS

    # -- low level ------------------------------------------------------------------------

    def put(self, text: str) -> None:
        self.out.append(text)
        self.column += len(text)

    def put_break(self) -> None:
        self.out.append("\n")
        self.column = 0

    def write_indent(self) -> None:
        indent = self.indent if self.indent >= 0 else 0
        if (
            not self.indention
            or self.column > indent
            or (self.column == indent and not self.whitespace)
        ):
            self.put_break()
        if self.column < indent:
            self.put(" " * (indent - self.column))
        self.whitespace = True
        self.indention = True

    def indicator(self, text: str, need_ws: bool, is_ws: bool, is_indention: bool) -> None:
        if need_ws and not self.whitespace:
            self.put(" ")
        self.put(text)
        self.whitespace = is_ws
        self.indention = self.indention and is_indention

    def push_indent(self, flow: bool, indentless: bool) -> int:
        saved = self.indent
        if self.indent < 0:
            self.indent = STEP if flow else 0
        elif not indentless:
            self.indent += STEP
        return saved

    # -- nodes ----------------------------------------------------------------------------

    def node(self, value: Any, mapping: bool, simple_key: bool) -> None:
        kind = type(value)
        if kind is dict:
            if not value:
                self.empty("{", "}")
            else:
                self.block_mapping(value)
        elif kind is list:
            if not value:
                self.empty("[", "]")
            else:
                self.block_sequence(value, mapping)
        elif kind is str:
            self.string(value)
        elif kind is bool:
            self.scalar("true" if value else "false", simple_key, PLAIN, False)
        elif kind is int:
            self.typed(str(value), "tag:yaml.org,2002:int", simple_key)
        elif kind is float:
            self.typed(_float_text(value), "tag:yaml.org,2002:float", simple_key)
        elif value is None:
            self.scalar("null", simple_key, PLAIN, False)
        else:
            raise Unsupported(kind.__name__)

    def typed(self, text: str, tag: str, simple_key: bool) -> None:
        if _resolves_to(text) != tag:
            raise Unsupported(tag)
        self.scalar(text, simple_key, PLAIN, False)

    def empty(self, start: str, end: str) -> None:
        self.indicator(start, True, True, False)
        self.indicator(end, False, False, False)

    def block_mapping(self, value: dict[str, Any]) -> None:
        saved = self.push_indent(False, False)
        keys = self.keys
        for key, item in value.items():
            if type(key) is not str:
                raise Unsupported("key")
            self.write_indent()
            text = keys.get(key)
            if text is not None:  # a simple key written before: the same text again
                self.out.append(text)
                self.column += len(text)
                self.whitespace = False
                self.indention = False
            else:
                info = self.info(key)
                wanted = LITERAL if info.literal else PLAIN
                if not info.multiline and info.length <= 128:
                    at = len(self.out)
                    self.scalar(key, True, wanted, True)
                    self.indicator(":", False, False, False)
                    if self.whitespace is False and self.indention is False:
                        keys[key] = "".join(self.out[at:])
                else:
                    self.indicator("?", True, False, True)
                    self.scalar(key, False, wanted, True)
                    self.write_indent()
                    self.indicator(":", True, False, True)
            self.node(item, True, False)
        self.indent = saved

    def block_sequence(self, value: list[Any], mapping: bool) -> None:
        saved = self.push_indent(False, mapping and not self.indention)
        for item in value:
            self.write_indent()
            self.indicator("-", True, False, True)
            self.node(item, False, False)
        self.indent = saved

    # -- scalars --------------------------------------------------------------------------

    def info(self, text: str) -> _Scalar:
        got = self.scalars.get(text)
        if got is None:
            if _SURROGATE.search(text):
                raise Unsupported("surrogate")
            got = self.scalars[text] = _Scalar(text)
        return got

    def plain_implicit(self, text: str) -> bool:
        got = self.implicit.get(text)
        if got is None:
            got = self.implicit[text] = _resolves_to(text) == _STR
        return got

    def style(self, info: _Scalar, simple_key: bool, style: str, is_str: bool) -> str:
        """libyaml's choice of style (``yaml_emitter_select_scalar_style``)."""
        text = info.text
        if simple_key and info.multiline:
            style = DOUBLE
        # not allowed plain, or would read back as another type: single-quoted
        if style == PLAIN and (
            not info.plain_ok
            or (not text and simple_key)
            or (is_str and not self.plain_implicit(text))
        ):
            style = SINGLE
        if style == SINGLE and not info.single_ok:
            style = DOUBLE
        if style == LITERAL and (not info.block_ok or simple_key):
            style = DOUBLE
        if not is_str and style != PLAIN:
            raise Unsupported("quoted " + text)
        return style

    def string(self, text: str) -> None:
        """A string as a mapping value or sequence item."""
        info = self.scalars.get(text) or self.info(text)
        style = info.value_style
        if not style:
            style = info.value_style = self.style(
                info, False, LITERAL if info.literal else PLAIN, True
            )
        if style == PLAIN and (" " not in text or self.column + len(text) < WIDTH):
            # the common case, written here: no line can fold
            if text:
                self.out.append(" " + text if not self.whitespace else text)
                self.column += len(text) + (not self.whitespace)
            self.whitespace = False
            self.indention = False
            return
        saved = self.push_indent(True, False)
        self.write(text, style, True)
        self.indent = saved

    def scalar(self, text: str, simple_key: bool, style: str, is_str: bool) -> None:
        style = self.style(self.info(text), simple_key, style, is_str)
        saved = self.push_indent(True, False)
        self.write(text, style, not simple_key)
        self.indent = saved

    def write(self, text: str, style: str, breaks: bool) -> None:
        if style == PLAIN:
            self.plain(text, breaks)
        elif style == SINGLE:
            self.single(text, breaks)
        elif style == DOUBLE:
            self.double(text, breaks)
        else:
            self.literal(text)

    def plain(self, text: str, allow_breaks: bool) -> None:
        if not self.whitespace and text:
            self.put(" ")
        if not allow_breaks or " " not in text or self.column + len(text) <= WIDTH:
            self.put(text)
        else:
            spaces = False
            n = len(text)
            for i, ch in enumerate(text):
                if ch == " ":
                    if (
                        not spaces
                        and self.column > WIDTH
                        and not (i + 1 < n and text[i + 1] == " ")
                    ):
                        self.write_indent()
                    else:
                        self.put(ch)
                    spaces = True
                else:
                    self.put(ch)
                    self.indention = False
                    spaces = False
        self.whitespace = False
        self.indention = False

    def single(self, text: str, allow_breaks: bool) -> None:
        self.indicator("'", True, False, False)
        n = len(text)
        if (
            not allow_breaks or " " not in text or self.column + 2 * n + 1 <= WIDTH
        ) and _BREAK.search(text) is None:
            self.put(text.replace("'", "''"))
        else:
            spaces = False
            breaks = False
            for i, ch in enumerate(text):
                if ch == " ":
                    if (
                        allow_breaks
                        and not spaces
                        and self.column > WIDTH
                        and i != 0
                        and i != n - 1
                        and text[i + 1] != " "
                    ):
                        self.write_indent()
                    else:
                        self.put(ch)
                    spaces = True
                elif ch in _BREAKS:
                    if not breaks and ch == "\n":
                        self.put_break()
                    self.write_break(ch)
                    self.indention = True
                    breaks = True
                else:
                    if breaks:
                        self.write_indent()
                    self.put("''" if ch == "'" else ch)
                    self.indention = False
                    spaces = False
                    breaks = False
            if breaks:
                self.write_indent()
        self.indicator("'", False, False, False)
        self.whitespace = False
        self.indention = False

    def write_break(self, ch: str) -> None:
        if ch == "\n":
            self.put_break()
        else:
            self.out.append(ch)
            self.column = 0

    def double(self, text: str, allow_breaks: bool) -> None:
        self.indicator('"', True, False, False)
        spaces = False
        n = len(text)
        for i, ch in enumerate(text):
            if ch == " ":
                if allow_breaks and not spaces and self.column > WIDTH and i != 0 and i != n - 1:
                    self.write_indent()
                    if text[i + 1] == " ":
                        self.put("\\")
                else:
                    self.put(ch)
                spaces = True
            elif ch in '"\\' or ch == "\ufeff" or ch in _BREAKS or _SPECIAL.match(ch):
                code = ord(ch)
                short = _ESCAPES.get(ch)
                if short is not None:
                    self.put("\\" + short)
                elif code <= 0xFF:
                    self.put(f"\\x{code:02X}")
                elif code <= 0xFFFF:
                    self.put(f"\\u{code:04X}")
                else:
                    self.put(f"\\U{code:08X}")
                spaces = False
            else:
                self.put(ch)
                spaces = False
        self.indicator('"', False, False, False)
        self.whitespace = False
        self.indention = False

    def literal(self, text: str) -> None:
        self.indicator("|", True, False, False)
        if text[0] == " " or text[0] in _BREAKS:
            self.indicator(str(STEP), False, False, False)
        self.open_ended = 0
        chomp = ""
        if text[-1] not in _BREAKS:
            chomp = "-"
        elif len(text) == 1 or text[-2] in _BREAKS:
            chomp = "+"
            self.open_ended = 2
        if chomp:
            self.indicator(chomp, False, False, False)
        # the body, line by line: each non-empty line at the indent, no trailing spaces
        # (the presenter asks for a literal only when "\n" is the only line break)
        if _BREAK.search(text.replace("\n", "")) is not None:
            raise Unsupported("literal with another line break")
        pad = " " * self.indent
        lines = text.split("\n")
        self.out.append("\n" + "\n".join([pad + ln if ln else "" for ln in lines]))
        self.whitespace = True
        if lines[-1]:
            self.column = self.indent + len(lines[-1])
            self.indention = False
        else:
            self.column = 0
            self.indention = True


def dump(value: Any) -> str | None:
    """The text ``filters._dump(value)`` gives, or None when this writer does not handle
    ``value`` (the caller then asks PyYAML)."""
    if type(value) is not dict:
        return None
    w = _Writer()
    try:
        if value:
            w.block_mapping(value)
        else:
            w.empty("{", "}")
    except (Unsupported, RecursionError):
        return None
    w.indent = -1
    w.write_indent()  # the document's end
    if w.open_ended == 2:
        return None  # libyaml would end the stream with "...": left to PyYAML
    return "".join(w.out)
