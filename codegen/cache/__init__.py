"""The on-disk cache behind incremental generation (``.codegen-cache/`` by default).

Two kinds of entries, both content-addressed and salted with the codegen version and a
fingerprint of codegen's own code (so an upgrade or a local edit never reuses stale results):

* ``read/``  — one parsed document: hash of (path, decoded text) → ``ReadResult`` as JSON.
  Changing one contract file re-reads only that file.
* ``run/`` + ``blob/`` — a whole ``generate``/``check`` run: hash of (config, every source byte,
  templates, formatter, codegen) → the manifest of the output tree (each file's digest); for
  trees up to 16 MB the file bodies live in ``blob/`` under their digest. A run whose key hits
  reads and renders nothing.

Inside a run the emitters keep content-addressed results too (see :mod:`codegen.cache.scope`):
``models/`` (datamodel-code-generator output per set of components), ``format/`` (ruff's
result per file text), ``pyroute/`` and ``testroute/`` (each route's formatted client methods
and tests), ``skeleton/`` (formatted module skeletons), ``valid/`` (the units of each spec
proven valid) and ``yaml/`` (the YAML pieces of each spec), so a small change re-does only
what it touches.

The folder is safe to delete and ignores itself in git (``.gitignore`` with ``*``). Entries are
written atomically (temp file + rename) and carry a checksum; a corrupt, truncated or
unreadable entry is a miss, never an error. ``ReadResult`` is stored with pydantic's
``model_dump_json``/``model_validate_json`` (defaults left out): a little slower to load than
pickle, but a tampered cache cannot execute code. :meth:`Cache.prune` keeps the folder bounded.

This module imports nothing heavy (no pydantic) so the no-change path stays fast.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
import tempfile
import zlib
from collections.abc import Iterable
from pathlib import Path

DEFAULT_DIR = ".codegen-cache"
#: :meth:`Cache.prune` drops entries unused for this long ...
MAX_AGE_DAYS = 30
#: ... and then the least recently used ones while the folder is larger than this
#: (``CODEGEN_CACHE_MAX_MB`` overrides it); entries used by the current run always stay.
MAX_MB = 1024
_TOUCH_AFTER = 86400.0
#: runs prune the cache at most this often (seconds)
PRUNE_EVERY = 600.0
#: Bump when the layout or the meaning of an entry changes.
FORMAT = 4
_MAGIC = b"CGC3"
_DIGEST = 32  # the length of digest()'s keys, in bytes
_CHECK = 8  # an entry's checksum: CRC-32 and length of its payload (a guard against damage)


def digest(*parts: bytes | str) -> str:
    """A stable hex digest of several parts (length-prefixed, so parts never run together)."""
    h = hashlib.sha256()  # _DIGEST bytes; twice the speed of blake2b where SHA is in hardware
    for p in parts:
        b = p.encode("utf-8", "surrogatepass") if isinstance(p, str) else p
        h.update(len(b).to_bytes(8, "little"))
        h.update(b)
    return h.hexdigest()


class Cache:
    """A folder of checksummed entries. ``Cache(None)`` is a disabled cache (always misses)."""

    def __init__(self, root: str | Path | None) -> None:
        self.root = Path(root) if root is not None else None
        self.hits = 0
        self.misses = 0
        self.used: set[str] = set()  # entries this process read or wrote (kept by prune)
        self._folders: set[str] = set()  # kind folders this process made sure exist

    @property
    def enabled(self) -> bool:
        return self.root is not None

    def _path(self, kind: str, key: str) -> Path:
        # one flat folder per kind: a cold run stores a few hundred entries, and on ext4
        # each new folder cost about a millisecond (a bucket folder per key prefix meant
        # ~180 of them); folders of many thousands of files are no trouble for file systems
        assert self.root is not None
        return self.root / kind / key

    def get(self, kind: str, key: str) -> bytes | None:
        if self.root is None:
            return None
        try:
            raw = self._path(kind, key).read_bytes()
        except OSError:
            self.misses += 1
            return None
        head, payload = raw[: len(_MAGIC) + _CHECK], raw[len(_MAGIC) + _CHECK :]
        if head[: len(_MAGIC)] != _MAGIC or head[len(_MAGIC) :] != _checksum(payload):
            self.misses += 1
            self.discard(kind, key)
            return None
        self.hits += 1
        self._used(self._path(kind, key))
        return payload

    def has(self, kind: str, key: str) -> bool:
        """Whether an entry is stored (not whether it is sound: :meth:`get` tells)."""
        return self.root is not None and self._path(kind, key).is_file()

    def holds_any(self, kind: str) -> bool:
        """Whether some entry of ``kind`` is stored."""
        if self.root is None:
            return False
        try:
            with os.scandir(self.root / kind) as entries:
                return any(e.is_file() and not e.name.startswith(".tmp-") for e in entries)
        except OSError:
            return False

    def touch(self, kind: str, key: str) -> bool:
        """Mark an entry used (for :meth:`prune`); False when there is no such entry."""
        return self.root is not None and self._used(self._path(kind, key))

    def _used(self, path: Path) -> bool:
        """Remember ``path`` as used by this run; refresh its time when it is a day old (so
        unchanged runs write nothing, yet what is in use never ages out)."""
        import time

        try:
            if os.stat(path).st_mtime < time.time() - _TOUCH_AFTER:
                os.utime(path)
        except OSError:
            return False
        self.used.add(str(path))
        return True

    def prune_now(self, now: float | None = None) -> bool:
        """Whether a run should :meth:`prune` now: not within :data:`PRUNE_EVERY` seconds of
        the last time (scanning a cache of thousands of entries takes a run 0.01-0.03 s,
        and between two runs a minute apart little changes); marks this moment if so."""
        if self.root is None or not self.root.is_dir():
            return False
        import time

        now = time.time() if now is None else now
        stamp = self.root / ".pruned"
        try:
            if now - stamp.stat().st_mtime < PRUNE_EVERY:
                return False
        except OSError:
            pass
        try:
            stamp.touch()
            os.utime(stamp, (now, now))
        except OSError:
            pass
        return True

    def prune(self, used_since: float, now: float | None = None) -> int:
        """Remove entries unused for :data:`MAX_AGE_DAYS`, then the least recently used while
        the cache is over its size limit, never one used at or after ``used_since`` (this
        run). Leftover temp files of killed runs go too. Returns how many files were removed."""
        if self.root is None or not self.root.is_dir():
            return 0
        import time

        now = time.time() if now is None else now
        try:
            limit = int(os.environ.get("CODEGEN_CACHE_MAX_MB", MAX_MB)) * 1024 * 1024
        except ValueError:
            limit = MAX_MB * 1024 * 1024
        entries: list[tuple[float, int, str]] = []
        removed = 0
        for kind in os.scandir(self.root):
            if not kind.is_dir(follow_symlinks=False):
                continue
            for entry in os.scandir(kind.path):
                if entry.is_dir(follow_symlinks=False):  # a bucket of the earlier layout
                    removed += _remove_folder(entry.path)
                    continue
                try:
                    st = entry.stat(follow_symlinks=False)
                except OSError:
                    continue
                stale_tmp = entry.name.startswith(".tmp-") and st.st_mtime < now - 3600
                if stale_tmp or st.st_mtime < now - MAX_AGE_DAYS * 86400:
                    removed += _unlink(entry.path)
                elif not entry.name.startswith(".tmp-"):
                    entries.append((st.st_mtime, st.st_size, entry.path))
        total = sum(size for _, size, _ in entries)
        for mtime, size, path in sorted(entries):
            if total <= limit:
                break
            if mtime >= used_since or path in self.used:
                continue
            removed += _unlink(path)
            total -= size
        return removed

    def put(self, kind: str, key: str, data: bytes) -> None:
        """Store an entry atomically; failures (read-only disk, full disk) are ignored."""
        self.put_stream(kind, key, (data,))

    def put_stream(self, kind: str, key: str, chunks: Iterable[bytes]) -> None:
        """:meth:`put` of an entry made in pieces (a big one is never held whole in memory):
        the checksum is written last, over a placeholder."""
        if self.root is None:
            return
        path = self._path(kind, key)
        try:
            if kind not in self._folders:
                self._make_folder(path.parent, kind)
            try:
                fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
            except FileNotFoundError:  # the folder went away during the run: make it again
                self._make_folder(path.parent, kind)
                fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
            try:
                crc = size = 0
                with os.fdopen(fd, "wb") as fh:
                    fh.write(_MAGIC + bytes(_CHECK))
                    for chunk in chunks:
                        crc = zlib.crc32(chunk, crc)
                        size += len(chunk)
                        fh.write(chunk)
                    fh.seek(len(_MAGIC))
                    fh.write(_check(crc, size))
                os.replace(tmp, path)
                self.used.add(str(path))
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError:
            pass

    def _make_folder(self, folder: Path, kind: str) -> None:
        self._init_root()
        folder.mkdir(parents=True, exist_ok=True)
        self._folders.add(kind)

    def discard(self, kind: str, key: str) -> None:
        if self.root is not None:
            with contextlib.suppress(OSError):
                self._path(kind, key).unlink(missing_ok=True)

    def _init_root(self) -> None:
        assert self.root is not None
        marker = self.root / ".gitignore"
        if marker.is_file():
            return
        self.root.mkdir(parents=True, exist_ok=True)
        (self.root / "CACHEDIR.TAG").write_text(
            "Signature: 8a477f597d28d172789f06886806bc55\n"
            "# codegen's incremental-generation cache; safe to delete.\n",
            encoding="utf-8",
        )
        marker.write_text("# created by codegen; safe to delete\n*\n", encoding="utf-8")


def _unlink(path: str) -> int:
    try:
        os.unlink(path)
    except OSError:
        return 0
    return 1


def _remove_folder(path: str) -> int:
    """Remove a folder of entries (no deeper folders); how many files went."""
    removed = 0
    with contextlib.suppress(OSError):
        for entry in os.scandir(path):
            removed += _unlink(entry.path)
        os.rmdir(path)
    return removed


def _checksum(data: bytes) -> bytes:
    """What guards an entry against damage (a torn write, a flipped bit). Not against
    tampering: whoever can write the cache could write a matching checksum as well; the
    cache holds data only, never code (JSON and text, no pickles)."""
    return _check(zlib.crc32(data), len(data))


def _check(crc: int, size: int) -> bytes:
    return crc.to_bytes(4, "little") + (size & 0xFFFFFFFF).to_bytes(4, "little")


_DISTS: dict[str, str] | None = None


def version_of(name: str) -> str | None:
    """The installed version of distribution ``name`` (None: not installed), as
    ``importlib.metadata.version`` finds it, only faster: installed wheels are known by
    their ``<name>-<version>.dist-info`` folders, listed once per process (one listing per
    ``sys.path`` folder, where importlib.metadata searches every folder for every name and
    parses each metadata file: 30 ms for the six tools a run key names). A name not found
    that way (an egg, a zip) is asked of importlib.metadata."""
    global _DISTS
    if _DISTS is None:
        found: dict[str, str] = {}
        for folder in sys.path:
            try:
                names = os.listdir(folder or ".")
            except OSError:
                continue
            for entry in names:
                if entry.endswith(".dist-info") and "-" in entry:
                    dist, _, ver = entry[: -len(".dist-info")].partition("-")
                    found.setdefault(_canonical(dist), ver)
        _DISTS = found
    hit = _DISTS.get(_canonical(name))
    if hit:
        return hit
    from importlib import metadata

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def _canonical(name: str) -> str:
    import re

    return re.sub(r"[-_.]+", "_", name).lower()


def from_args(cache_dir: str | None, no_cache: bool) -> Cache:
    """The cache the command line asks for: ``--no-cache`` disables, ``--cache-dir`` moves it."""
    if no_cache:
        return Cache(None)
    return Cache(cache_dir or DEFAULT_DIR)


# -- salts -------------------------------------------------------------------------------------

_CODE_SALT: str | None = None


def code_salt() -> str:
    """codegen's version, the cache format, the Python version and a hash of codegen's code.

    Hashing the package's own ``.py`` files (about 300 kB, a few milliseconds) means an edited
    checkout never reuses results produced by different code, even with the same version.
    """
    global _CODE_SALT
    if _CODE_SALT is None:
        from codegen import __version__

        pkg = Path(__file__).resolve().parent.parent
        parts: list[bytes | str] = [__version__, str(FORMAT), sys.version]
        parts += _tree_parts(pkg, suffixes=(".py",))
        _CODE_SALT = digest(*parts)
    return _CODE_SALT


def tree_digest(dirs: Iterable[str | Path]) -> str:
    """A hash of every file (relative path + bytes) under the given folders."""
    parts: list[bytes | str] = []
    for d in dirs:
        parts.append(str(d))
        parts += _tree_parts(Path(d))
    return digest(*parts)


def _tree_parts(root: Path, suffixes: tuple[str, ...] | None = None) -> list[bytes | str]:
    out: list[bytes | str] = []
    if not root.is_dir():
        return out
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__" and not d.startswith("."))
        for name in sorted(filenames):
            if suffixes and not name.endswith(suffixes):
                continue
            p = Path(dirpath, name)
            try:
                data = p.read_bytes()
            except OSError:
                continue
            out += [p.relative_to(root).as_posix(), data]
    return out
