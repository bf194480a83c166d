"""The cache store: atomic, checksummed, corruption is a miss; per-document read cache."""

from __future__ import annotations

from pathlib import Path

import pytest

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


def test_prune_drops_old_and_least_recently_used_entries_but_never_this_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os
    import time

    old = Cache(tmp_path)  # an earlier run wrote four entries of 1 MB
    keys = [digest(str(i)) for i in range(4)]
    for k in keys:
        old.put("blob", k, b"x" * (1 << 20))
    now = time.time()
    ages = {keys[0]: 40 * 86400, keys[1]: 3 * 86400, keys[2]: 2 * 86400, keys[3]: 1 * 86400}
    for k, age in ages.items():
        os.utime(old._path("blob", k), (now - age, now - age))
    run = Cache(tmp_path)  # this run uses the oldest-but-one entry and writes a new one
    started = time.time() - 1
    assert run.get("blob", keys[1]) is not None
    run.put("blob", digest("new"), b"y" * (1 << 20))
    monkeypatch.setenv("CODEGEN_CACHE_MAX_MB", "2")
    removed = run.prune(used_since=started)
    left = {p.name for p in (tmp_path / "blob").rglob("*") if p.is_file()}
    # keys[0] is past the age limit; then the least recently used go until 2 MB remain,
    # skipping keys[1] (used by this run, though its time is old) and the new entry
    assert keys[0] not in left and keys[2] not in left and keys[3] not in left
    assert left == {keys[1], digest("new")}
    assert removed == 3


def test_a_day_old_entry_is_refreshed_when_used(tmp_path: Path) -> None:
    import os
    import time

    c = Cache(tmp_path)
    c.put("read", digest("a"), b"1")
    c.put("read", digest("b"), b"2")
    path_a, path_b = c._path("read", digest("a")), c._path("read", digest("b"))
    week = time.time() - 7 * 86400
    os.utime(path_a, (week, week))
    fresh = path_b.stat().st_mtime_ns
    again = Cache(tmp_path)
    assert again.get("read", digest("a")) == b"1" and again.get("read", digest("b")) == b"2"
    assert path_a.stat().st_mtime > time.time() - 60  # refreshed: it is in use
    assert path_b.stat().st_mtime_ns == fresh  # recent enough: not written again


def test_streamed_entry_reads_back_and_is_checksummed(tmp_path: Path) -> None:
    c = Cache(tmp_path)
    parts = [b"head\n", "中文".encode() * 1000, b"tail"]
    c.put_stream("yaml", digest("s"), iter(parts))
    assert c.get("yaml", digest("s")) == b"".join(parts)
    path = c._path("yaml", digest("s"))
    raw = bytearray(path.read_bytes())
    raw[-1] ^= 1  # one flipped bit in the body: a miss, and the entry is dropped
    path.write_bytes(bytes(raw))
    assert c.get("yaml", digest("s")) is None and not path.exists()


def test_version_of_agrees_with_importlib_metadata() -> None:
    from importlib import metadata

    from codegen.cache import runs, version_of

    names = [*runs._TOOLS, "openapi-spec-validator", "jsonschema-rs", "markdown-it-py", "PyYAML"]
    for name in names:
        assert version_of(name) == metadata.version(name), name
    assert version_of("no-such-distribution-anywhere") is None


def test_runs_prune_at_most_every_few_minutes(tmp_path: Path) -> None:
    from codegen.cache import PRUNE_EVERY

    c = Cache(tmp_path)
    c.put("blob", digest("x"), b"x")
    t = 1_000_000_000.0
    assert c.prune_now(now=t)  # never pruned: now
    assert not c.prune_now(now=t + 1)  # a run a second later leaves it
    assert not c.prune_now(now=t + PRUNE_EVERY - 1)
    assert c.prune_now(now=t + PRUNE_EVERY + 1)
    assert not Cache(None).prune_now()


def test_entries_lie_flat_in_their_kind_and_prune_clears_the_older_bucket_layout(
    tmp_path: Path,
) -> None:
    c = Cache(tmp_path)
    c.put("read", digest("a"), b"payload")
    assert (tmp_path / "read" / digest("a")).is_file()
    assert [p.name for p in (tmp_path / "read").iterdir()] == [digest("a")]
    # what FORMAT 3 left: entries in a folder per key prefix, never read any more
    bucket = tmp_path / "read" / "ab"
    bucket.mkdir()
    (bucket / ("ab" + "0" * 62)).write_bytes(b"old")
    assert c.prune(used_since=0.0) == 1
    assert not bucket.exists()
    assert c.get("read", digest("a")) == b"payload"


def test_a_cache_folder_removed_during_a_run_is_made_again(tmp_path: Path) -> None:
    import shutil

    c = Cache(tmp_path / "c")
    c.put("yaml", digest("a"), b"1")
    shutil.rmtree(tmp_path / "c")  # the user clears the cache while a run goes on
    c.put("yaml", digest("b"), b"2")
    assert c.get("yaml", digest("b")) == b"2"
    assert (tmp_path / "c" / ".gitignore").is_file()
