"""The ``kg`` command line: thin commands over the library.

Importing this module is cheap (no spaCy): each command imports what it needs, so
``kg --help`` answers at once.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from kg import __version__
from kg.errors import KgError

EXPORT_FORMATS = ("json", "ttl", "graphml", "gexf", "neo4j", "html")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="kg",
        description="Build a knowledge graph of China's health system from Chinese health "
                    "news (健康报 pages and similar).")
    p.add_argument("--version", action="version", version=f"kg {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    b = sub.add_parser(
        "build", help="extract a graph from text files and write all exports",
        description="Read UTF-8 text files (a file, a folder searched recursively for *.txt, "
                    "or several), extract entities and relations, and write graph.json, "
                    "graph.ttl, graph.html, graph.graphml, graph.gexf, neo4j/ and "
                    "manifest.json into the output folder, replacing it atomically.")
    b.add_argument("inputs", nargs="+", metavar="INPUT", help="text file or folder")
    b.add_argument("-o", "--output", required=True, type=Path, metavar="DIR",
                   help="output folder (replaced as a whole when the build succeeds)")
    b.add_argument("--segmenter", choices=("pkuseg", "char"), default="pkuseg",
                   help="word segmenter: pkuseg (default; its model is fetched once from "
                        "PyPI) or char (one token per character, needs nothing)")
    b.add_argument("-q", "--quiet", action="store_true", help="print no progress or summary")
    b.set_defaults(func=_build)

    x = sub.add_parser(
        "export", help="re-export an existing graph.json in one format",
        description="Write one export of a graph.json without extracting again.")
    x.add_argument("graph", type=Path, metavar="GRAPH.json")
    x.add_argument("--format", required=True, choices=EXPORT_FORMATS)
    x.add_argument("-o", "--output", required=True, type=Path, metavar="PATH")
    x.set_defaults(func=_export)
    return p


def _build(args: argparse.Namespace) -> int:
    from kg.build import build_graph_from
    from kg.export.writer import write_all

    def progress(n: int, total: int, name: str) -> None:
        if not args.quiet and (total > 10 or sys.stderr.isatty()):
            print(f"[{n}/{total}] {name}", file=sys.stderr)

    result = build_graph_from(args.inputs, segmenter=args.segmenter, progress=progress)
    write_all(result.graph, args.output, result.manifest)
    if not args.quiet:
        types = ", ".join(f"{t} {n}" for t, n in sorted(result.entity_types.items()))
        rels = ", ".join(f"{r} {n}" for r, n in sorted(result.relation_rels.items()))
        print(f"kg: {len(result.manifest)} files, {result.articles} articles -> {args.output}\n"
              f"  entities: {types}\n  relations: {rels}\n"
              f"  {result.seconds:.1f} s (model load {result.model_seconds:.1f} s)")
    return 0


def _export(args: argparse.Namespace) -> int:
    from kg.export import nodelink
    from kg.export.writer import FORMATS

    if not args.graph.is_file():
        raise KgError(f"{args.graph}: no such file")
    try:
        g = nodelink.read(args.graph)
    except (ValueError, KeyError) as err:
        raise KgError(f"{args.graph}: not a kg graph.json ({err})") from err
    FORMATS[args.format](g, args.output)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return args.func(args)
    except KgError as err:
        print(f"kg: error: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130
