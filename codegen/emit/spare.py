"""A worker process started early, before its work is known, and handed that work later.

The spec validator and the model generator take a while to load. Inside a run, a worker is
started while documents are read and given its payload on stdin once there is one; a worker
nobody took is sent an empty payload (it exits at once) when the run ends.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable

from codegen.cache import scope


class Spare:
    def __init__(self, start: Callable[[], subprocess.Popen[bytes]]) -> None:
        self._start = start
        self.proc: subprocess.Popen[bytes] | None = None

    def spawn(self) -> subprocess.Popen[bytes]:
        """A new worker (raises OSError when it cannot be started)."""
        return self._start()

    def prestart(self) -> None:
        """Inside a run: start the worker now, unless one is waiting already."""
        if not scope.in_run() or self.proc is not None:
            return
        try:
            self.proc = self._start()
        except OSError:
            return
        scope.on_exit(self._stop)

    def take(self) -> subprocess.Popen[bytes] | None:
        """The waiting worker, now the caller's (None when there is none)."""
        proc, self.proc = self.proc, None
        return proc

    def release(self, *, reap: bool) -> None:
        """Across a fork, in the process that does not use the worker: close this process's
        copies of its pipes (it reads its payload until every copy of its stdin is closed).
        ``reap``: this process started it, so waits for it when the run ends."""
        proc = self.take()
        if proc is None:
            return
        for pipe in (proc.stdin, proc.stdout, proc.stderr):
            if pipe is not None:
                pipe.close()
        proc.stdin = proc.stdout = proc.stderr = None
        if reap:

            def wait() -> None:
                proc.wait()

            scope.on_exit(wait)

    def _stop(self) -> None:
        proc = self.take()
        if proc is not None:
            proc.communicate(b"")  # no payload: the worker exits at once
