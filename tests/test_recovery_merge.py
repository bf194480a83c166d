"""Several formats of the same API: merged recovery, and overlap equality between readers."""

from __future__ import annotations

from pathlib import Path

from codegen.merge import map_path, normalise_op_id
from codegen.readers import load_document, read_document
from tests.conftest import CORPUS, need_shared, run_codegen, score

TRUTH = CORPUS / "truth" / "tikomni-openapi.dev.json"


def test_contract_plus_swagger_codegen_merged_recovery(tmp_path: Path) -> None:
    need_shared()
    out = tmp_path / "merged.json"
    proc = run_codegen(
        "spec",
        str(CORPUS / "contract-md"),
        str(CORPUS / "swagger-codegen"),
        "--map-prefix",
        "/api/v1/=/api/u1/v1/",
        "-o",
        str(out),
    )
    assert proc.returncode == 0, proc.stderr
    import json

    doc = json.loads(out.read_text(encoding="utf-8"))
    # every route both describe comes out once, under the contract's path
    assert not any(p.startswith("/api/v1/") for p in doc["paths"])
    c = score(out, TRUTH, str(CORPUS / "contract-md" / "*.md"))
    assert c["exact"] / c["n"] >= 0.99, c["_report"]
    s = score(
        out,
        TRUTH,
        str(CORPUS / "swagger-codegen" / "*.md"),
        "--map=/api/v1/>/api/u1/v1/",
        "--no-types",
        "--no-body",
    )
    assert s["exact"] / s["n"] >= 0.98, s["_report"]


def test_contract_and_swagger_doc_agree_where_they_overlap() -> None:
    """Design guard: two readers of the same routes give equal models on what both know."""
    need_shared()

    def routes(path: Path) -> dict[str, object]:
        doc, _ = load_document(str(path))
        assert doc is not None
        return {normalise_op_id(r.operation_id) or "": r for r in read_document(doc).api.routes}

    contract = routes(CORPUS / "contract-md" / "tiktok-creator-api.md")
    swagger = routes(CORPUS / "swagger-codegen" / "TikTokCreatorAPIApi.md")
    common = sorted(set(contract) & set(swagger))
    assert len(common) == 14
    for op in common:
        a, b = contract[op], swagger[op]
        assert a.method == b.method  # type: ignore[attr-defined]
        assert a.path == map_path(b.path, [("/api/v1/", "/api/u1/v1/")])  # type: ignore[attr-defined]
        assert a.summary.zh == b.summary.zh and a.summary.en == b.summary.en  # type: ignore[attr-defined]
        assert a.tag == b.tag  # type: ignore[attr-defined]
        qa = {(p.name, p.location, p.required) for p in a.parameters}  # type: ignore[attr-defined]
        qb = {(p.name, p.location, p.required) for p in b.parameters}  # type: ignore[attr-defined]
        assert qa == qb
