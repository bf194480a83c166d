"""Recovery on the shared contract corpus, scored by the project's judge (≥99% exact)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import CORPUS, need_shared, run_codegen, score


@pytest.mark.parametrize(
    "folders", [("contract-md",), ("contract-md-zh",), ("contract-md", "contract-md-zh")]
)
def test_contract_corpus_recovery(tmp_path: Path, folders: tuple[str, ...]) -> None:
    need_shared()
    out = tmp_path / "out.json"
    proc = run_codegen("spec", *(str(CORPUS / f) for f in folders), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    glob = str(CORPUS / ("contract-md*" if len(folders) > 1 else folders[0]) / "*.md")
    c = score(out, CORPUS / "truth" / "tikomni-openapi.dev.json", glob)
    assert c["n"] > 0
    assert c["exact"] / c["n"] >= 0.99, c["_report"]
