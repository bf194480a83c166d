"""Parsing JSON fast: orjson (several times faster on a 14 MB spec) with the json module's
exact meaning kept — where orjson refuses what json accepts (integers beyond 64 bits, NaN and
Infinity, lone surrogates) or reads differently (orjson turns integers beyond 64 bits into
floats: text with a 19-digit number goes to the json module), the json module reads it
instead."""

from __future__ import annotations

import json
import re
from typing import Any

try:
    import orjson as _orjson
except ImportError:  # pragma: no cover - orjson is a dependency; json still works
    _orjson = None  # type: ignore[assignment]


# a number of 19+ digits where a JSON value starts (after `:`, `[`, `,` or at the top); IDs
# inside strings rarely look like that, and when one does the json module is merely slower
_LONG_DIGITS = re.compile(r"(?:[:\[,]|^)\s*-?[0-9]{19}")
_LONG_DIGITS_B = re.compile(rb"(?:[:\[,]|^)\s*-?[0-9]{19}")


def loads(data: str | bytes) -> Any:
    """``json.loads(data)``; raises ValueError on text that is not JSON."""
    long_digits = (
        _LONG_DIGITS.search(data) if isinstance(data, str) else _LONG_DIGITS_B.search(data)
    )
    if _orjson is not None and not long_digits:
        try:
            return _orjson.loads(data)
        except _orjson.JSONDecodeError:
            pass
    return json.loads(data)
