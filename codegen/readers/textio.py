"""Turning bytes from disk into text: BOMs, UTF-16, mojibake repair, damaged characters."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from codegen.model import Diagnostic

#: Largest document accepted, in bytes. Larger inputs are refused with a clear error.
MAX_BYTES = 16 * 1024 * 1024
#: Longest line a reader looks at; longer lines are cut (with a warning) to bound parse time.
MAX_LINE = 200_000


@dataclass
class DecodedText:
    """Text ready for a reader, plus what was noticed while decoding it."""

    text: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    binary: bool = False


#: bytes 0-8 and 14-31: control characters no text document is made of
_CTRL_BYTES = bytes(b for b in range(32) if b < 9 or b > 13)


def _looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    if not sample:
        return False
    nul = sample.count(0)
    ctrl = len(sample) - len(sample.translate(None, _CTRL_BYTES))
    return nul / len(sample) > 0.005 or ctrl / len(sample) > 0.08


def decode(data: bytes, file: str) -> DecodedText:
    """Decode a document's bytes, repairing what can be repaired and reporting the rest."""
    diags: list[Diagnostic] = []
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return DecodedText(data.decode("utf-16"), diags)
        except UnicodeDecodeError:
            pass
    if _looks_binary(data):
        return DecodedText(
            "", [_diag(file, 0, "binary", "file is binary, not a text document")], True
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        diags.append(
            _diag(file, line, "encoding", "invalid UTF-8 byte sequence; replaced", "warning")
        )
        text = data.decode("utf-8", errors="replace")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if len(data.translate(None, _CONTROL_BYTES)) != len(data):  # C0 bytes are never inside
        text = _strip_controls(text)  # a UTF-8 sequence: checking the bytes is exact and fast
    from codegen.readers.unwrap import unwrap_diff_view

    text, unwrapped = unwrap_diff_view(text)
    if unwrapped:
        diags.append(
            _diag(
                file,
                1,
                "unwrapped",
                "document is a registry diff view; read the file "
                "it shows (line numbers are that file's)",
                "info",
            )
        )
    if len(text) > MAX_LINE and max(map(len, text.split("\n"))) > MAX_LINE:
        lines = text.split("\n")
        for no, ln in enumerate(lines, 1):
            if len(ln) > MAX_LINE:
                msg = f"line is {len(ln)} characters; cut to {MAX_LINE}"
                diags.append(_diag(file, no, "long-line", msg, "warning"))
                lines[no - 1] = ln[:MAX_LINE]
        text = "\n".join(lines)
    text, more = repair(text, file)
    diags.extend(more)
    return DecodedText(text, diags)


_CONTROLS = dict.fromkeys(c for c in range(32) if c not in (9, 10))
#: the bytes of the control characters :func:`_strip_controls` drops (CR becomes a newline)
_CONTROL_BYTES = bytes(c for c in range(32) if c not in (9, 10, 13))
_CONTROLS[0x7F] = None
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f]")


def _strip_controls(text: str) -> str:
    """Drop C0 control characters (NUL, BEL, ...) that no document format gives meaning to."""
    return text.translate(_CONTROLS) if _CONTROL.search(text) else text


def repair(text: str, file: str) -> tuple[str, list[Diagnostic]]:
    """Repair mojibake (UTF-8 read as another codec) and report U+FFFD damage per line."""
    from codegen.readers import mojibake

    diags: list[Diagnostic] = []
    fixed = mojibake.fix(text)
    if fixed != text:
        diags.append(
            _diag(file, 1, "mojibake", "text was mis-decoded (mojibake); repaired", "info")
        )
        text = fixed
    if "\ufffd" in text:
        for no, line in enumerate(text.split("\n"), 1):
            if "\ufffd" in line:
                diags.append(
                    _diag(
                        file,
                        no,
                        "damaged-text",
                        "text was cut mid-character (U+FFFD replacement character)",
                        "warning",
                    )
                )
    return text, diags


def _diag(file: str, line: int, code: str, msg: str, level: str = "error") -> Diagnostic:
    return Diagnostic(level=level, file=file, line=line, code=code, message=msg)
