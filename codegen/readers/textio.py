"""Turning bytes from disk into text: BOMs, UTF-16, mojibake repair, damaged characters."""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

from codegen.model import Diagnostic

#: Largest document accepted, in bytes. Larger inputs are refused with a clear error.
MAX_BYTES = 64 * 1024 * 1024


@dataclass
class DecodedText:
    """Text ready for a reader, plus what was noticed while decoding it."""

    text: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    binary: bool = False


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    ctrl = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return bool(sample) and ctrl / len(sample) > 0.1


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
    text, more = repair(text, file)
    diags.extend(more)
    return DecodedText(text, diags)


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
