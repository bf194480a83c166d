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


@pytest.mark.skipif(not pipeline._can_fork(), reason="this platform cannot fork workers")
def test_a_changed_document_is_read_in_a_worker_while_the_rest_load_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    src = tmp_path / "docs"  # documents read on their own (no reader looks at siblings)
    src.mkdir()
    for p in sorted((ROOT / "contracts" / "tikomni").glob("*.contract.md")):
        shutil.copy(p, src / p.name)
    cache = Cache(tmp_path / "cache")
    pipeline.read_all([str(src)], cache=cache, jobs=2)
    changed = sorted(src.glob("*.md"))[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n\nA new last line.\n", "utf-8")
    expected = pipeline.read_all([str(src)], jobs=1)

    readers = tmp_path / "readers.txt"
    real = pipeline.read_document

    def read_document(doc: object, *a: object) -> object:
        with readers.open("a", encoding="utf-8") as fh:  # which process read what
            fh.write(f"{os.getpid()} {getattr(doc, 'path', '')}\n")
        return real(doc, *a)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "read_document", read_document)
    got = pipeline.read_all([str(src)], cache=cache, jobs=2)
    assert got == expected
    read = [line.split(" ", 1) for line in readers.read_text(encoding="utf-8").splitlines()]
    assert [path for _pid, path in read] == [str(changed)]  # only the changed one is read
    assert int(read[0][0]) != os.getpid()  # and not in this process
