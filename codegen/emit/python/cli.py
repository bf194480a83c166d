"""``codegen client PATH... --name NAME -o DIR``: one client package from any documents."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from codegen.model import Diagnostic

EXIT_OK, EXIT_USAGE = 0, 2


def run_client(
    args: argparse.Namespace,
    *,
    prefix_maps: Sequence[tuple[str, str]],
    print_diags: Callable[[Sequence[Diagnostic], str], Any],
) -> int:
    """Read, merge, generate; write ``DIR`` atomically only when everything succeeded.

    ``DIR`` holds the package and its generated offline/live tests (``DIR/tests/``)."""
    from codegen import pipeline
    from codegen.emit.openapi import SpecError
    from codegen.emit.python import ClientGenerationError, render_package
    from codegen.output import write_tree

    loaded = pipeline.load_api(
        args.paths,
        prefix_map=tuple(prefix_maps),
        title=args.title,
        version=args.api_version,
        servers=args.server or None,
    )
    print_diags(loaded.diagnostics, args.format)
    if loaded.errors:
        print(f"codegen: {len(loaded.errors)} error(s); nothing written", file=sys.stderr)
        return EXIT_USAGE
    if not loaded.api.routes:
        print("codegen: no routes found; nothing written", file=sys.stderr)
        return EXIT_USAGE
    from codegen.emit.tests import render_tests

    try:
        files = render_package(loaded.api, args.name, args.templates or None)
        tests = render_tests(loaded.api, args.name, args.templates or None)
    except (ClientGenerationError, SpecError) as exc:
        print(f"codegen: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    files.update({f"tests/{rel}": text for rel, text in tests.items()})  # pytest DIR/tests
    write_tree(Path(args.output), files)
    print(f"codegen: wrote {len(files)} files to {args.output}", file=sys.stderr)
    return EXIT_OK
