"""Reading in forked workers (each decoding its own documents) gives what reading here gives."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from codegen import pipeline
from codegen.cache import Cache
from tests.conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures"


def _project(tmp_path: Path) -> Path:
    src = tmp_path / "docs"
    shutil.copytree(FIXTURES / "swagger_docs" / "openapi-generator", src / "gen")
    for p in sorted((ROOT / "contracts" / "tikomni").glob("*.md")):
        shutil.copy(p, src / p.name)
    for p in sorted((FIXTURES / "mintlify").glob("*.md"))[:3]:
        shutil.copy(p, src / p.name)
    (src / "binary.md").write_bytes(b"\x00\x01\x02" * 100)
    assert len(list(src.rglob("*.md"))) >= pipeline.PARALLEL_MIN
    return src


@pytest.mark.skipif(not pipeline._can_fork(), reason="this platform cannot fork workers")
def test_parallel_reading_matches_reading_here(tmp_path: Path) -> None:
    src = _project(tmp_path)
    here, here_diags = pipeline.read_all([str(src)], jobs=1)
    there, there_diags = pipeline.read_all([str(src)], jobs=2)
    assert there == here and there_diags == here_diags
    assert any(d.code == "binary" for d in here_diags)
    # the API page's response model comes from its sibling model page, in a worker too
    health = next(r for r in there for rt in r.api.routes if rt.path == "/api/v1/health/check")
    assert any(
        resp.schema_ is not None and resp.schema_.fields
        for route in health.api.routes
        for resp in route.responses
    )


@pytest.mark.skipif(not pipeline._can_fork(), reason="this platform cannot fork workers")
def test_parallel_reading_fills_the_cache_that_a_later_run_reads(tmp_path: Path) -> None:
    src = _project(tmp_path)
    cache = Cache(tmp_path / "cache")
    first = pipeline.read_all([str(src)], cache=cache, jobs=2)
    hits_before = cache.hits
    again = pipeline.read_all([str(src)], cache=cache, jobs=2)
    assert again == first
    assert cache.hits - hits_before >= len(first[0])  # every document came from the cache
