"""Printing reports: markdown (``generated/CHANGES.md``, PR comments), plain text, JSON.

Output is deterministic: no timestamps, changes sorted by route, severity, kind.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from codegen.diff.report import BREAKING, INFO, NON_BREAKING, SEVERITY_ORDER, Report

_TITLES = ((BREAKING, "Breaking"), (NON_BREAKING, "Non-breaking"), (INFO, "Info"))


def summary(report: Report) -> str:
    if report.routes is not None:
        routes = f"{report.routes} route" + ("" if report.routes == 1 else "s")
        return f"new API with {routes} (no earlier spec to compare with)"
    counts = ", ".join(f"{report.count(sev)} {sev}" for sev, _ in _TITLES)
    bump = report.bump
    nxt = f" → {report.next_version}" if report.next_version else ""
    return f"{counts}; suggested version bump: {bump}{nxt}"


def markdown(reports: Sequence[Report]) -> str:
    out = [
        "# Changes",
        "",
        "What the last regeneration changed for users of the generated packages, computed by",
        "comparing the previous spec with the new one (`codegen diff`). Written by",
        "`codegen generate`; kept as is when a run changes no spec.",
        "",
    ]
    for r in reports:
        head = r.name or "API"
        if r.old_version:
            head += f" (was {r.old_version})"
        out += [f"## {head}", "", summary(r), ""]
        if r.initial:
            continue
        if not r.changes:
            out += ["No user-visible changes.", ""]
            continue
        for sev, title in _TITLES:
            items = [c for c in r.changes if c.severity == sev]
            if not items:
                continue
            out += [f"### {title} ({len(items)})", ""]
            out += [f"- `{c.route}`: {_md(c.message)}" for c in items]
            out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def text(reports: Sequence[Report]) -> str:
    out: list[str] = []
    for r in reports:
        out.append(f"{r.name or 'API'}: {summary(r)}")
        out += [f"  {c.severity}: {c.route}: {c.message}" for c in r.changes]
    return "\n".join(out) + "\n"


def github(reports: Sequence[Report], failing: str | None = None) -> str:
    """Each change as a GitHub Actions annotation at the line that documents its route, and
    each API's summary as a notice. A change of the severity ``--fail-on`` fails on (or worse)
    is an error; other breaking changes are warnings; the rest are notices."""
    from codegen.ghactions import annotation, split_source

    limit = SEVERITY_ORDER.get(failing or "", -1)
    out: list[str] = []
    for r in reports:
        name = r.name or "API"
        out.append(annotation("notice", f"{name}: {summary(r)}", title="codegen: spec changes"))
        for c in r.changes:
            rank = SEVERITY_ORDER[c.severity]
            kind = "error" if rank <= limit else "warning" if c.severity == BREAKING else "notice"
            file, line = split_source(c.source)
            out.append(
                annotation(
                    kind,
                    f"{c.route}: {c.message}",
                    file=file,
                    line=line,
                    title=f"codegen: {c.severity} change ({name})",
                )
            )
    return "\n".join(out) + "\n"


def as_json(reports: Sequence[Report]) -> str:
    data = {
        "apis": [
            {
                "name": r.name,
                "old_version": r.old_version,
                "new_version": r.new_version,
                "bump": r.bump,
                "next_version": r.next_version,
                "initial": r.initial,
                "routes": r.routes,
                "counts": {sev: r.count(sev) for sev, _ in _TITLES},
                "changes": [c.as_dict() for c in r.changes],
            }
            for r in reports
        ],
        "breaking": any(r.breaking for r in reports),
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def render(reports: Sequence[Report], fmt: str, failing: str | None = None) -> str:
    if fmt == "json":
        return as_json(reports)
    if fmt == "github":
        return github(reports, failing)
    if fmt == "markdown":
        return markdown(reports)
    return text(reports)


def _md(s: str) -> str:
    return s.replace("\n", " ").replace("<", "&lt;")
