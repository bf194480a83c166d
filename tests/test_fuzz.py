"""Structure-aware fuzzing of every reader with hypothesis: real documents, mutated.

Mutations: drop, duplicate and shuffle lines; corrupt table cells; splice sections from another
document; truncate; insert junk. Every reader must return diagnostics, never raise.
Quick profile in `make test`; `make fuzz` sets CODEGEN_FUZZ_EXAMPLES=10000 per reader.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from codegen.readers import Document, read_document
from codegen.readers.textio import decode
from tests.conftest import ROOT

EXAMPLES = int(os.environ.get("CODEGEN_FUZZ_EXAMPLES", "60"))
CONTRACTS = ROOT / "contracts"


def _excerpt(path: Path, limit: int = 12_000) -> str:
    text = decode(path.read_bytes(), str(path)).text
    if len(text) <= limit:
        return text
    cut = text.find("\n### ", limit)  # keep whole routes
    return text[: cut if cut > 0 else limit]


SOURCES: dict[str, str] = {
    "contract_md": _excerpt(CONTRACTS / "tikomni" / "tiktok-creator-api.contract.md"),
    "swagger_docs": _excerpt(CONTRACTS / "tikomni" / "TikTokCreatorAPIApi.swagger.md"),
    "mintlify": _excerpt(CONTRACTS / "keyapi" / "keyapi-tiktok-video-detail-analytics.mdx", 20_000),
    "openapi_file": (ROOT / "generated" / "openapi" / "keyapi.openapi.yaml").read_text(
        encoding="utf-8"
    ),
}
JUNK = st.sampled_from(
    [
        "|",
        "| --- |",
        "`",
        "```",
        "> ",
        "#### ",
        "### `GET /x`",
        "- required: maybe",
        "{",
        "}",
        "[",
        "]",
        ":",
        "：",
        "\\|",
        "enum[",
        "array<",
        "(",
        "…",
        "{...}",
        "\ufffd",
        "\x00",
        "'''",
        '"""',
        "{{ x }}",
        "{% if %}",
        "<script>",
        "$ref: '#/components/schemas/Nope'",
        "allOf:",
        "- ",
        "  ",
        "openapi: 3.1.0",
        "paths:",
        "```yaml api GET /x",
        "# **op**",
        "### Parameters",
        "\t",
    ]
)


@st.composite
def mutated(draw: st.DrawFn, name: str) -> str:
    lines = SOURCES[name].split("\n")
    other = SOURCES[draw(st.sampled_from(sorted(SOURCES)))].split("\n")
    for _ in range(draw(st.integers(1, 6))):
        if not lines:
            break
        op = draw(
            st.sampled_from(["drop", "dup", "swap", "cell", "splice", "junk", "trunc", "indent"])
        )
        i = draw(st.integers(0, len(lines) - 1))
        if op == "drop":
            del lines[i : i + draw(st.integers(1, 20))]
        elif op == "dup":
            lines[i:i] = lines[i : i + draw(st.integers(1, 20))]
        elif op == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "cell":
            cells = lines[i].split("|")
            k = draw(st.integers(0, len(cells) - 1))
            cells[k] = draw(st.one_of(JUNK, st.text(max_size=20)))
            lines[i] = "|".join(
                cells[: draw(st.integers(1, len(cells)))] if draw(st.booleans()) else cells
            )
        elif op == "splice":
            j = draw(st.integers(0, max(0, len(other) - 1)))
            lines[i:i] = other[j : j + draw(st.integers(1, 40))]
        elif op == "junk":
            lines.insert(i, draw(JUNK) + draw(st.text(max_size=30)))
        elif op == "trunc":
            lines = lines[:i]
            if lines:
                lines[-1] = lines[-1][: draw(st.integers(0, len(lines[-1])))]
        elif op == "indent":
            lines[i] = " " * draw(st.integers(1, 8)) + lines[i]
    return "\n".join(lines)


@pytest.mark.parametrize("reader", sorted(SOURCES))
def test_reader_never_raises_on_mutated_documents(reader: str) -> None:
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=EXAMPLES <= 100,
        suppress_health_check=list(HealthCheck),
    )
    @given(mutated(reader))
    def run(text: str) -> None:
        doc = Document(f"fuzz/{reader}.md", text)
        res = read_document(doc)
        for d in res.diagnostics:
            assert d.code != "reader-failed", d.message  # the safety net must not be needed
            assert d.file == doc.path

    run()
