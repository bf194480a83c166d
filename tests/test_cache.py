"""The cache store: atomic, checksummed, corruption is a miss; per-document read cache."""

from __future__ import annotations

from pathlib import Path

from codegen import pipeline
from codegen.cache import Cache, digest
from tests.conftest import ROOT

SOURCES = sorted(str(p) for p in (ROOT / "contracts" / "tikomni").glob("*.contract.md"))


def test_put_get_and_gitignore(tmp_path: Path) -> None:
    c = Cache(tmp_path / "c")
    assert c.get("read", "ab" * 32) is None
    c.put("read", "ab" * 32, b"payload")
    assert c.get("read", "ab" * 32) == b"payload"
    assert (tmp_path / "c" / ".gitignore").read_text(encoding="utf-8").strip().endswith("*")
    assert not list((tmp_path / "c").rglob(".tmp-*"))


def test_corrupt_or_truncated_entries_are_misses(tmp_path: Path) -> None:
    c = Cache(tmp_path)
    key = digest("k")
    c.put("blob", key, b"x" * 100)
    path = next(p for p in (tmp_path / "blob").rglob("*") if p.is_file())
    path.write_bytes(path.read_bytes()[:-10])
    assert c.get("blob", key) is None
    assert not path.exists()  # a bad entry is dropped
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"garbage")
    assert c.get("blob", key) is None


def test_disabled_cache_never_hits(tmp_path: Path) -> None:
    c = Cache(None)
    c.put("x", "k" * 64, b"1")
    assert c.get("x", "k" * 64) is None and not c.enabled


def test_read_cache_reuses_results_and_survives_damage(tmp_path: Path) -> None:
    c = Cache(tmp_path / "c")
    cold, cold_diags = pipeline.read_all(SOURCES, cache=c)
    assert c.hits == 0
    warm, warm_diags = pipeline.read_all(SOURCES, cache=c)
    assert c.hits == len(SOURCES)
    assert warm == cold and warm_diags == cold_diags
    # a damaged read entry whose checksum still matches (payload rewritten) is a miss too
    for p in (tmp_path / "c" / "read").rglob("*"):
        if p.is_file():
            p.write_bytes(p.read_bytes()[:40])
    again, _ = pipeline.read_all(SOURCES, cache=c)
    assert again == cold


def test_changed_document_is_the_only_one_read_again(tmp_path: Path) -> None:
    docs = []
    for src in SOURCES:
        dest = tmp_path / Path(src).name
        dest.write_bytes(Path(src).read_bytes())
        docs.append(str(dest))
    c = Cache(tmp_path / "c")
    pipeline.read_all(docs, cache=c)
    Path(docs[0]).write_text(Path(docs[0]).read_text(encoding="utf-8") + "\n", encoding="utf-8")
    c.hits = c.misses = 0
    pipeline.read_all(docs, cache=c)
    assert (c.hits, c.misses) == (len(docs) - 1, 1)
