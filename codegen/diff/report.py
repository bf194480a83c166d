"""The values a spec comparison produces: changes, their severity, the suggested version bump."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["breaking", "non-breaking", "info"]
Bump = Literal["major", "minor", "patch", "none"]

BREAKING: Severity = "breaking"
NON_BREAKING: Severity = "non-breaking"
INFO: Severity = "info"

SEVERITY_ORDER: dict[str, int] = {BREAKING: 0, NON_BREAKING: 1, INFO: 2}


@dataclass(frozen=True, order=True)
class Change:
    """One difference between two specs, as a user of the generated client sees it."""

    route: str
    """``METHOD /path``, or ``(api)`` for document-level changes."""
    kind: str
    """Stable identifier: ``route-removed``, ``param-added-required``, ``type-changed``, …"""
    where: str
    """What changed inside the route: ``query parameter `limit``` , ``request body field `a.b```."""
    severity: Severity
    message: str
    source: str = field(default="", compare=False)
    """Where the route is documented (the spec's ``x-source``: ``file:line``), when known."""

    def sort_key(self) -> tuple[str, int, str, str, str]:
        return (self.route, SEVERITY_ORDER[self.severity], self.kind, self.where, self.message)

    def as_dict(self) -> dict[str, str]:
        out = {
            "route": self.route,
            "kind": self.kind,
            "where": self.where,
            "severity": self.severity,
            "message": self.message,
        }
        if self.source:
            out["source"] = self.source
        return out


@dataclass
class Report:
    """All changes between two versions of one API (sorted, deterministic)."""

    name: str = ""
    old_version: str | None = None
    new_version: str | None = None
    changes: list[Change] = field(default_factory=list)
    #: set for an API with no earlier spec (its first generation): the routes it starts with;
    #: there is nothing to compare, so no changes (and no version bump)
    routes: int | None = None

    def sorted(self) -> list[Change]:
        return sorted(set(self.changes), key=Change.sort_key)

    def count(self, severity: Severity) -> int:
        return sum(1 for c in self.changes if c.severity == severity)

    @property
    def breaking(self) -> bool:
        return self.count(BREAKING) > 0

    @property
    def initial(self) -> bool:
        return self.routes is not None

    @property
    def bump(self) -> Bump:
        return suggest_bump(self.changes, self.old_version)

    @property
    def next_version(self) -> str | None:
        return next_version(self.old_version, self.bump)


def suggest_bump(changes: list[Change], old_version: str | None = None) -> Bump:
    """major for breaking changes (minor while the version is 0.x), minor for additions,
    patch for informational changes only, none when nothing changed."""
    sev = {c.severity for c in changes}
    zero = bool(old_version) and _parse(old_version or "")[0] == 0
    if BREAKING in sev:
        return "minor" if zero else "major"
    if NON_BREAKING in sev:
        return "patch" if zero else "minor"
    if INFO in sev:
        return "patch"
    return "none"


def next_version(old: str | None, bump: Bump) -> str | None:
    if not old or bump == "none":
        return None
    major, minor, patch = _parse(old)
    if major < 0:
        return None
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def _parse(version: str) -> tuple[int, int, int]:
    m = re.match(r"^\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?", version)
    if not m:
        return (-1, 0, 0)
    return (int(m.group(1)), int(m.group(2) or 0), int(m.group(3) or 0))
