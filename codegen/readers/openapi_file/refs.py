"""Local ``$ref`` resolution (``#/components/...``, ``#/definitions/...``) with bounded chains."""

from __future__ import annotations

from typing import Any

#: Longest chain of ``$ref`` → ``$ref`` followed before giving up.
MAX_REF_CHAIN = 32
_NAMED_PREFIXES = ("#/components/schemas/", "#/definitions/")


class Refs:
    """Looks up local JSON pointers in one document."""

    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc

    def lookup(self, ref: str) -> Any:
        """The node at ``ref`` (``#/a/b``), or ``None`` when it is missing or not local."""
        if not isinstance(ref, str) or not ref.startswith("#"):
            return None
        cur: Any = self.doc
        for raw in ref[1:].split("/")[1:] if ref != "#" else []:
            part = raw.replace("~1", "/").replace("~0", "~").replace("%7B", "{").replace("%7D", "}")
            if isinstance(cur, dict) and part in cur:
                cur = cur[part]
            elif isinstance(cur, list) and part.isdigit() and int(part) < len(cur):
                cur = cur[int(part)]
            else:
                return None
        return cur

    def deref(self, node: Any) -> tuple[Any, str | None]:
        """Follow ``$ref`` chains of a non-schema object (parameter, response, body).

        Returns the target and the last ref followed (``None`` when ``node`` was not a ref, or
        the ref is broken, in which case the target is ``{}``).
        """
        last: str | None = None
        for _ in range(MAX_REF_CHAIN):
            if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
                return node, last
            last = node["$ref"]
            target = self.lookup(last)
            if target is None:
                return {}, last
            node = target
        return {}, last


def ref_name(ref: str) -> str | None:
    """Component name a ref points at, when it names a reusable schema."""
    for prefix in _NAMED_PREFIXES:
        if ref.startswith(prefix) and "/" not in ref[len(prefix) :]:
            return ref[len(prefix) :].replace("~1", "/").replace("~0", "~")
    return None
