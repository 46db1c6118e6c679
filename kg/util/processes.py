"""How kg starts worker processes: by fork where that is safe and cheap.

Why one place: extraction (``kg.parallel``) and the exports (``kg.export.writer``) both fork
workers that inherit what the parent has loaded (the model, the graph) instead of loading or
pickling it again.
"""

from __future__ import annotations

import multiprocessing
import sys
from multiprocessing.context import BaseContext


def fork_context() -> BaseContext | None:
    """Fork where it is safe and cheap (Linux); None elsewhere (macOS forks badly)."""
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return None
