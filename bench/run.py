"""`make bench`: regeneration speed on ~1,000 routes, against openapi-python-client.

Synthesises a large project from the template corpus in ``bench/corpus/`` (route-contract
markdown copied from ``contracts/``): each file is replicated with renamed paths and
operationIds until there are ~1,000 routes. Then, each as a whole CLI process (wall time, as
users see it):

* cold generation (empty cache, no output tree; median of 3), with seconds per phase, the
  share of reading, rendering and formatting and the peak memory of the process;
* no-change regeneration (median of 5);
* one-file-changed regeneration (median of 3, a different summary each time);
* openapi-python-client generating a client from the spec codegen emitted for the same routes
  (median of 3, each right after a cold codegen run; installed on first use into
  ``.bench-venv/``, git-ignored).

Targets are reported, never asserted. Options: ``--routes N``, ``--keep DIR``, ``--no-opc``,
``--repeat N``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPUS = HERE / "corpus"
OPC_VENV = ROOT / ".bench-venv"
OPC_SPEC = "openapi-python-client>=0.21"

# as users run it: quiet (CI), and with Python's bytecode cache on (a shell that sets
# PYTHONDONTWRITEBYTECODE would make every process compile codegen's modules again)
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | {"CI": "1"}

#: openapi-python-client's time on ~1,000 routes on the machine the 1 s one-file target was
#: set on (the slowest of the issue's medians, 6.9-8.1 s)
REFERENCE_OPC_S = 8.1

TARGETS = {
    "cold_ratio": 1 / 3,  # cold codegen / openapi-python-client
    "nochange": 0.3,
    "onefile": 1.0,
    "peak_mb": 300.0,
}


def synthesise(dest: Path, routes_wanted: int) -> tuple[int, list[str]]:
    """Write replicated contract files + codegen.toml under ``dest``; (routes, file names)."""
    templates = sorted(CORPUS.glob("*.md"))
    texts = [p.read_text(encoding="utf-8") for p in templates]
    per_round = sum(len(re.findall(r"^### `[A-Z]+ /", t, re.M)) for t in texts)
    rounds = max(1, round(routes_wanted / per_round))
    src = dest / "contracts" / "src"
    src.mkdir(parents=True)
    names: list[str] = []
    for i in range(rounds):
        for p, text in zip(templates, texts, strict=True):
            t = re.sub(r"(`[A-Z]+ )/api/u1/v1/", rf"\1/api/u1/v1/s{i:03d}/", text)
            t = re.sub(r"/api/u1/v1/(?!s\d{3}/)", f"/api/u1/v1/s{i:03d}/", t)
            t = re.sub(r"(operationId: `)([^`]+)`", rf"\1\2_s{i:03d}`", t)
            name = f"{p.stem.replace('.contract', '')}-{i:03d}.contract.md"
            (src / name).write_text(t, encoding="utf-8")
            names.append(name)
    sources = ",\n  ".join(f'"src/{n}"' for n in names)
    (dest / "contracts" / "codegen.toml").write_text(
        'output = "generated"\n\n[[api]]\nname = "bench"\ntitle = "Bench API"\n'
        f'version = "1.0.0"\npackage = "bench_client"\nsources = [\n  {sources}\n]\n',
        encoding="utf-8",
    )
    return per_round * rounds, names


def _children_cpu() -> float:
    import resource

    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run(cmd: list[str], cwd: Path) -> tuple[float, float, subprocess.CompletedProcess[str]]:
    """(wall seconds, CPU seconds of the command and every process it started, result)."""
    cpu0 = _children_cpu()
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        cmd,
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
    )
    out, err = proc.communicate()
    wall = time.perf_counter() - t0
    cpu = _children_cpu() - cpu0
    done = subprocess.CompletedProcess(cmd, proc.returncode, out, err)
    if proc.returncode not in (0, 1):
        sys.exit(f"bench: {' '.join(cmd)} failed ({proc.returncode}):\n{err[-3000:]}")
    return wall, cpu, done


def codegen_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "codegen", *args]


def opc_python() -> Path | None:
    py = OPC_VENV / "bin" / "python"
    exe = OPC_VENV / "bin" / "openapi-python-client"
    if exe.is_file():
        return exe
    print("bench: installing openapi-python-client into .bench-venv/ ...", file=sys.stderr)
    try:
        if not py.is_file():
            subprocess.run([sys.executable, "-m", "venv", str(OPC_VENV)], check=True)
        subprocess.run(
            [str(py), "-m", "pip", "install", "--quiet", OPC_SPEC], check=True, timeout=600
        )
    except (subprocess.SubprocessError, OSError) as exc:
        print(f"bench: cannot install openapi-python-client: {exc}", file=sys.stderr)
        return None
    return exe if exe.is_file() else None


def run_opc(exe: Path, proj: Path, work: Path) -> float | None:
    """Seconds openapi-python-client takes on the spec codegen emitted (None: it failed)."""
    spec = proj / "generated" / "openapi" / "bench.openapi.json"
    took, _, r = run(
        [
            str(exe),
            "generate",
            "--path",
            str(spec),
            "--output-path",
            str(work / "opc"),
            "--overwrite",
        ],
        work,
    )
    if r.returncode != 0:
        print(f"bench: openapi-python-client failed:\n{r.stderr[-2000:]}", file=sys.stderr)
        return None
    return took


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--routes", type=int, default=1000)
    ap.add_argument("--keep", metavar="DIR", help="work in DIR (kept) instead of a temp folder")
    ap.add_argument("--no-opc", action="store_true", help="skip openapi-python-client")
    ap.add_argument(
        "--repeat", type=int, default=3, help="cold runs (and peer runs); medians are reported"
    )
    a = ap.parse_args()
    work = Path(a.keep) if a.keep else Path(tempfile.mkdtemp(prefix="codegen-bench-"))
    if work.exists() and a.keep:
        shutil.rmtree(work)
    work.mkdir(parents=True, exist_ok=True)
    try:
        return bench(work, a)
    finally:
        if not a.keep:
            shutil.rmtree(work, ignore_errors=True)


def bench(work: Path, a: argparse.Namespace) -> int:
    proj = work / "project"
    routes, names = synthesise(proj, a.routes)
    # codegen's own modules byte-compiled once, as an installed package is
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "codegen")], check=False, env=ENV
    )
    size = sum(p.stat().st_size for p in (proj / "contracts" / "src").iterdir())
    print(f"input: {routes} routes in {len(names)} contract files ({size / 1e6:.1f} MB)")

    # cold runs and openapi-python-client alternate, so that the machine's noise falls on both
    exe = None if a.no_opc else opc_python()
    colds: list[tuple[float, dict[str, float]]] = []
    opcs: list[float] = []
    for i in range(a.repeat):
        for leftover in (proj / "generated", proj / ".codegen-cache"):
            shutil.rmtree(leftover, ignore_errors=True)
        timings_file = work / f"timings-{i}.json"
        wall, cpu, _ = run(
            [sys.executable, str(HERE / "_timed.py"), str(timings_file), "generate"], proj
        )
        phases = json.loads(timings_file.read_text(encoding="utf-8"))
        phases["cpu"] = cpu
        colds.append((wall, phases))
        if exe is not None:
            took = run_opc(exe, proj, work)
            if took is None:
                exe = None
            else:
                opcs.append(took)
    colds.sort(key=lambda c: c[0])
    cold, phases = colds[len(colds) // 2]  # the median run, with its phases
    peak = max(p.get("rss_main_mb", 0.0) for _, p in colds)
    phases["rss_main_mb"] = peak
    files = sum(1 for p in (proj / "generated").rglob("*") if p.is_file())

    nochange = [run(codegen_cmd("generate"), proj)[0] for _ in range(5)]
    for _ in range(5):
        assert "0 changed" in run(codegen_cmd("generate"), proj)[2].stderr

    target = proj / "contracts" / "src" / names[0]
    onefile = []
    for i in range(3):
        text = target.read_text(encoding="utf-8")
        text = re.sub(
            r"^- Summary: (.*?)(?: \(rev \d+\))?$",
            rf"- Summary: \1 (rev {i})",
            text,
            count=1,
            flags=re.M,
        )
        target.write_text(text, encoding="utf-8")
        onefile.append(run(codegen_cmd("generate"), proj)[0])

    opc = statistics.median(opcs) if opcs else None
    report(routes, files, cold, peak, phases, nochange, onefile, opc)
    client_import(proj / "generated" / "python" / "bench_client")
    return 0


def client_import(root: Path) -> None:
    """How long ``import bench_client`` takes (the generated package loads pydantic and its
    resources only when first used), beside ``import httpx``, its one eager dependency."""
    code = "import sys, time; t = time.perf_counter(); import {}; print(time.perf_counter() - t)"

    def best(module: str) -> float:
        runs = [
            subprocess.run(
                [sys.executable, "-c", code.format(module)],
                cwd=root,
                capture_output=True,
                text=True,
                check=True,
                env=ENV,
            ).stdout
            for _ in range(5)
        ]
        return min(float(r) for r in runs)

    ours, peer = best("bench_client"), best("httpx")
    ok = "ok  " if ours < 0.3 else "MISS"
    print(f"{'import of the generated client (best of 5)':44} {ours:9.3f}s  {ok} < 0.3 s")
    print(f"  {'the same, over import httpx alone':42} {ours / peer:9.2f}x")


def report(
    routes: int,
    files: int,
    cold: float,
    peak: float,
    phases: dict[str, float],
    nochange: list[float],
    onefile: list[float],
    opc: float | None,
) -> None:
    def mark(ok: bool) -> str:
        return "ok  " if ok else "MISS"

    fmt = phases.get("format", 0.0)
    work = {
        "reading documents": phases.get("read", 0.0),
        "spec: build, render, prove (JSON + YAML)": phases.get("openapi", 0.0)
        - phases.get("waited", 0.0),
        "client: plan and render": max(phases.get("python", 0.0) - fmt, 0.0),
        "client: formatting (ruff)": fmt,
        "tests: plan and render": phases.get("tests", 0.0),
        "writing the tree and CHANGES.md": phases.get("write", 0.0),
    }
    busy = sum(work.values()) or 1.0
    rendering = sum(v for k, v in work.items() if k.startswith(("spec", "client: plan", "tests")))
    nc, of = statistics.median(nochange), statistics.median(onefile)
    print()
    print(f"{'measure':44} {'value':>10}  target")
    print(
        f"{'cold generation, median (' + str(routes) + ' routes, ' + str(files) + ' files)':44}"
        f" {cold:9.2f}s"
    )
    forked = "joined" in phases
    print(
        "  seconds per phase"
        + (" (client and tests run in a second process, beside the spec)" if forked else "")
    )
    for name, secs in work.items():
        print(f"    {name:40} {secs:8.2f}s")
    if forked:
        print(f"    {'waiting for the client process':40} {phases.get('joined', 0.0):8.2f}s")
    print(f"    {'waiting for spec validation':40} {phases.get('waited', 0.0):8.2f}s")
    if "cpu" in phases:
        cores = os.cpu_count() or 1
        print(
            f"  CPU time of all its processes {phases['cpu']:.2f}s: on {cores} CPUs at best "
            f"{phases['cpu'] / cores:.2f}s of wall time"
        )
    print(
        f"  shares of the work: reading {work['reading documents'] / busy:.0%}, rendering "
        f"{rendering / busy:.0%}, formatting {fmt / busy:.0%}, writing "
        f"{work['writing the tree and CHANGES.md'] / busy:.0%}"
    )
    if opc is not None:
        ratio = cold / opc
        print(f"{'openapi-python-client on the same spec, median':44} {opc:9.2f}s")
        print(
            f"{'cold codegen / openapi-python-client':44} {ratio:9.2f}x  {mark(ratio <= TARGETS['cold_ratio'])} <= 0.33"
        )
    else:
        print(f"{'openapi-python-client':44} {'skipped':>10}")
    print(
        f"{'no-change regeneration (median of 5)':44} {nc:9.3f}s  {mark(nc < TARGETS['nochange'])} < 0.3 s"
    )
    print(
        f"{'one file changed (median of 3)':44} {of:9.2f}s  {mark(of < TARGETS['onefile'])} < 1 s"
    )
    if opc is not None:
        # the 1 s target was set on a machine where openapi-python-client took 6.9-8.1 s on
        # ~1,000 routes (the figures): against the peer of the same run, 1 s at its
        # slowest 8.1 s is this ratio, which does not move with the machine's speed of the day
        scaled, limit = of / opc, TARGETS["onefile"] / REFERENCE_OPC_S
        print(
            f"{'  the same / openapi-python-client':44} {scaled:9.3f}x  "
            f"{mark(scaled < limit)} < {limit:.3f} (1 s beside its {REFERENCE_OPC_S} s)"
        )
    main = phases.get("rss_main_mb", peak)
    print(
        f"{'peak memory (cold run, RSS of codegen)':44} {main:8.0f}MB  {mark(main < TARGETS['peak_mb'])} < 300 MB"
    )
    if "rss_workers_mb" in phases:
        # ru_maxrss of a child spawned by a big process starts at that process's RSS (the
        # kernel carries the high-water mark over exec), so this overstates the workers
        print(f"  {'largest worker process (upper bound)':42} {phases['rss_workers_mb']:8.0f}MB")


if __name__ == "__main__":
    sys.exit(main())
