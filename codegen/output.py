"""Writing the generated tree: all-or-nothing, and only when bytes change.

The new tree is assembled beside the old one (``.<name>.new``), unchanged files hard-linked
from the old tree, then swapped in with two renames. A run that fails or is killed before the
swap leaves the previous tree untouched; a stale ``.new``/``.old`` folder is cleaned next time.

Report files at the top of the tree (:data:`REPORTS`: ``CHANGES.md``) describe the last
regeneration, not the inputs, so :func:`read_tree` and :func:`changes` (what ``check`` and
the snapshot test compare) leave them out unless asked; :func:`write_tree` manages them like
any other file.
"""

from __future__ import annotations

import contextlib
import difflib
import os
import shutil
import sys
import threading
from pathlib import Path

#: Files at the root of an output tree that report on the last run instead of being a function
#: of the inputs: not compared by ``check``.
REPORTS = frozenset({"CHANGES.md"})


#: tool caches that may appear inside the output tree; never part of it
_IGNORED = {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", ".hypothesis"}


def list_tree(root: Path, *, reports: bool = False) -> list[str]:
    """Relative posix paths of the files under ``root`` (tool caches aside), sorted."""
    if not root.is_dir():
        return []
    out = []
    for p in sorted(root.rglob("*")):
        if (
            p.is_file()
            and not _IGNORED.intersection(p.relative_to(root).parts)
            and not p.name.endswith(".pyc")
        ):
            rel = p.relative_to(root).as_posix()
            if reports or rel not in REPORTS:
                out.append(rel)
    return out


def read_tree(root: Path, *, reports: bool = False) -> dict[str, bytes]:
    """Every file under ``root`` (relative posix path → bytes); :data:`REPORTS` only if asked."""
    return {rel: (root / rel).read_bytes() for rel in list_tree(root, reports=reports)}


def changes(
    root: Path, files: dict[str, str], *, reports: bool = False
) -> tuple[list[str], list[str], list[str]]:
    """(added, changed, removed) relative paths compared with what is on disk."""
    old = read_tree(root, reports=reports)
    new = {k: v.encode("utf-8") for k, v in files.items() if reports or k not in REPORTS}
    added = sorted(k for k in new if k not in old)
    changed = sorted(k for k in new if k in old and old[k] != new[k])
    removed = sorted(k for k in old if k not in new)
    return added, changed, removed


def write_tree(
    root: Path, files: dict[str, str], digests: dict[str, str] | None = None
) -> list[str]:
    """Make ``root`` hold exactly ``files``; returns the paths that were written or removed.

    One pass: each file is encoded once and compared with the file on disk (sizes first);
    only files whose bytes differ are written (into the new tree), the others are hard-linked
    from the old one. Neither whole tree is ever held in memory. ``digests``, when given,
    receives the digest of each file's bytes (what a run's manifest records), made from
    the bytes encoded here rather than encoding every file again.
    """
    return TreeWriter(root, digests).commit(files)


class TreeWriter:
    """:func:`write_tree` in two steps: :meth:`stage` files as soon as their text is final
    (into the new tree beside ``root``, which stays untouched; another thread may do it while
    the run waits for other work), then :meth:`commit` the whole set, which swaps the new
    tree in. A writer that is never committed leaves ``root`` as it was (:meth:`abandon`
    removes what it staged)."""

    def __init__(self, root: Path, digests: dict[str, str] | None = None) -> None:
        recover(root)
        self.root = root
        self.new = root.parent / f".{root.name}.new"
        self.old = root.parent / f".{root.name}.old"
        self.digests = digests
        self._fresh = False
        self._written: list[str] = []
        self._same: list[str] = []
        self._staged: set[str] = set()
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None

    def stage_soon(self, files: dict[str, str]) -> None:
        """:meth:`stage` in another thread: encoding, comparing and writing a spec pair (tens
        of MB) then fill time the run spends waiting for other processes. Called again, it
        does not wait: the next batch follows the one before in its own thread. Every other
        method waits for all of them first (and raises the first error)."""
        todo = dict(files)
        before = self._thread

        def work() -> None:
            if before is not None:
                before.join()
            if self._error is not None:  # an earlier batch failed: the commit raises it
                return
            try:
                self._stage(todo)
            except BaseException as exc:  # handed to the thread that waits
                self._error = exc

        self._thread = threading.Thread(target=work, daemon=True)
        self._thread.start()

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def stage(self, files: dict[str, str]) -> None:
        """Encode and compare each file with the one on disk; write those that differ."""
        self.wait()
        self._stage(files)

    def _stage(self, files: dict[str, str]) -> None:
        from codegen.cache.runs import file_digest  # the digest a run's manifest is checked by

        for rel, text in sorted(files.items()):
            if rel in self._staged:
                continue
            self._staged.add(rel)
            data = text.encode("utf-8")
            if self.digests is not None:
                self.digests[rel] = file_digest(data)
            if _holds(self.root / rel, data):
                self._same.append(rel)
                continue
            if not self._fresh:
                _fresh_dir(self.new, self.old)
                self._fresh = True
            dest = self.new / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            # no fsync: the swap in commit() makes the tree all-or-nothing for a run that
            # fails or is stopped; surviving a power cut is the file system's business (it
            # cost 0.03-0.07 s for a 30 MB spec pair)
            with open(dest, "wb") as fh:
                fh.write(data)
            self._written.append(rel)
            del data

    def unchanged(self, rel: str) -> bool | None:
        """Whether a staged file holds the bytes already on disk (None: not staged)."""
        self.wait()
        if rel not in self._staged:
            return None
        return rel not in self._written

    def commit(self, files: dict[str, str]) -> list[str]:
        """Stage what is left of ``files`` and swap the new tree in; returns the paths that
        were written or removed. ``files`` is the whole tree: a staged file must be in it
        with the text it was staged with."""
        self.stage(files)
        root, new, old = self.root, self.new, self.old
        removed = [rel for rel in list_tree(root, reports=True) if rel not in files]
        if not self._written and not removed:
            return []
        if not self._fresh:
            _fresh_dir(new, old)
            self._fresh = True
        for rel in self._same:
            dest = new / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(root / rel, dest)
            except OSError:
                shutil.copyfile(root / rel, dest)
        touched = sorted(self._written + removed)
        self._fresh = False  # from here on the new tree becomes (or replaces) root
        if root.exists():
            if _exchange(new, root):  # one atomic step: `root` is never missing
                shutil.rmtree(new)
                return touched
            os.rename(root, old)
        os.rename(new, root)
        if old.exists():
            shutil.rmtree(old)
        return touched

    def abandon(self) -> None:
        """Remove what was staged; ``root`` is left as it was."""
        with contextlib.suppress(Exception):
            self.wait()
        if self._fresh and self.new.exists():
            shutil.rmtree(self.new, ignore_errors=True)
        self._fresh = False


def _holds(path: Path, data: bytes) -> bool:
    """Whether ``path`` is a file holding exactly ``data``."""
    try:
        if path.stat().st_size != len(data):
            return False
        view = memoryview(data)
        with open(path, "rb") as fh:  # a chunk at a time: a changed file differs early, often
            at = 0
            while chunk := fh.read(_CHUNK):
                if view[at : at + len(chunk)] != chunk:
                    return False
                at += len(chunk)
        return at == len(data)
    except OSError:
        return False


_CHUNK = 1 << 20


def _fresh_dir(new: Path, old: Path) -> None:
    new.parent.mkdir(parents=True, exist_ok=True)
    for stale in (new, old):
        if stale.exists():
            shutil.rmtree(stale)
    new.mkdir()


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two directories (Linux renameat2 RENAME_EXCHANGE); False if unsupported."""
    if sys.platform != "linux":
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        fn = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    rc = fn(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange)
    return bool(rc == 0)


def recover(root: Path) -> None:
    """Undo an interrupted swap: a lone ``.old`` tree means the run died between two renames."""
    old = root.parent / f".{root.name}.old"
    if not root.exists() and old.is_dir():
        os.rename(old, root)


def diff(root: Path, files: dict[str, str], label: str = "generated") -> str:
    """A unified diff from what is on disk to what would be generated."""
    old = read_tree(root)
    out: list[str] = []
    for rel in sorted(set(old) | set(files)):
        a = old.get(rel, b"").decode("utf-8", errors="replace")
        b = files.get(rel, "")
        if rel in old and rel in files and a == b:
            continue
        out.extend(
            difflib.unified_diff(
                a.splitlines(keepends=True),
                b.splitlines(keepends=True),
                fromfile=f"{label}/{rel}" if rel in old else "/dev/null",
                tofile=f"{label}/{rel}" if rel in files else "/dev/null",
            )
        )
    return "".join(line if line.endswith("\n") else line + "\n" for line in out)
