"""Mojibake repair: UTF-8 text that was decoded with a legacy single-byte codec."""

from __future__ import annotations

import ftfy

# Codecs that UTF-8 text is commonly mis-decoded as; ftfy covers latin-1/cp1252 and friends,
# Mac Roman is tried explicitly because ftfy does not consider it.
_EXTRA_CODECS = ("mac_roman",)


def _cjk_share(text: str) -> float:
    if not text:
        return 0.0
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff") / len(text)


def fix(text: str) -> str:
    """Return ``text`` with mojibake repaired; unchanged when nothing looks mis-decoded."""
    fixed = ftfy.fix_encoding(text) if _suspicious(text) else text
    for codec in _EXTRA_CODECS:
        candidate = _undo(fixed, codec)
        if candidate is not None and _better(candidate, fixed):
            fixed = candidate
    return fixed


def _suspicious(text: str) -> bool:
    return any(0x80 <= ord(ch) <= 0x2FF or 0x2200 <= ord(ch) <= 0x25FF for ch in text)


def _undo(text: str, codec: str) -> str | None:
    """Re-encode line by line with ``codec`` and decode as UTF-8 where that round-trips."""
    if not _suspicious(text):
        return None
    out: list[str] = []
    changed = False
    for line in text.split("\n"):
        try:
            repaired = line.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            out.append(line)
            continue
        changed = changed or repaired != line
        out.append(repaired)
    return "\n".join(out) if changed else None


def _better(candidate: str, current: str) -> bool:
    return _cjk_share(candidate) > _cjk_share(current) or (
        len(candidate) < len(current) and _cjk_share(candidate) >= _cjk_share(current)
    )
