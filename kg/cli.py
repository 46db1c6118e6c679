"""The ``kg`` command line: thin commands over the library.

Importing this module is cheap (no spaCy): each command imports what it needs, so
``kg --help`` answers at once.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from kg import __version__
from kg.errors import KgError
from kg.export.formats import FORMATS

DEBUG_HELP = "show the traceback of an unexpected error"
FORCE_HELP = ("replace the target even if it holds files kg did not write (never an input, nor the current "
              "folder or one above it)")


class _Parser(argparse.ArgumentParser):
    """argparse with a usage error on one line, like kg's other errors: the message, and where
    the usage is (argparse prints the whole usage first, which buries the message)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="kg",
        description="Build a knowledge graph of China's health system from Chinese health "
                    "news (健康报 pages and similar).")
    p.add_argument("--version", action="version", version=f"kg {__version__}")
    p.add_argument("--debug", action="store_true", help=DEBUG_HELP)
    # --debug after the command too; SUPPRESS keeps the subcommand from resetting kg --debug
    debug = _Parser(add_help=False)
    debug.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help=DEBUG_HELP)
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    b = sub.add_parser(
        "build", parents=[debug], help="extract a graph from text files and write all exports",
        description="Read UTF-8 text files (a file, a folder searched recursively for *.txt, "
                    "or several), extract entities and relations, and write graph.json, "
                    "graph.ttl, graph.jsonld, graph.html, graph.graphml, graph.gexf, graph.cyjs, neo4j/ and "
                    "manifest.json into the output folder, replacing it atomically. The folder must be new, "
                    "empty or kg's own earlier output, apart from the inputs and the current folder.")
    b.add_argument("inputs", nargs="+", metavar="INPUT", help="text file or folder")
    b.add_argument("-o", "--output", required=True, type=Path, metavar="DIR",
                   help="output folder (replaced as a whole when the build succeeds)")
    b.add_argument("--force", action="store_true", help=FORCE_HELP)
    b.add_argument("--segmenter", choices=("pkuseg", "char"), default="pkuseg",
                   help="word segmenter: pkuseg (default; its model is fetched once from "
                        "PyPI) or char (one token per character, needs nothing)")
    b.add_argument("-q", "--quiet", action="store_true", help="print no progress or summary")
    b.add_argument("--max-bytes", type=int, default=20_000_000, metavar="N",
                   help="skip files larger than N bytes (default 20,000,000), with a note in manifest.json")
    b.add_argument("--strict", action="store_true",
                   help="fail, writing nothing, if any file must be skipped (binary, undecodable, empty, "
                        "too large or a duplicate)")
    b.add_argument("--jobs", "-j", type=int, default=1, metavar="N",
                   help="extract files in N processes (default 1); the graph is the same")
    b.add_argument("--dask", metavar="ADDRESS",
                   help="extract files on the Dask cluster whose scheduler is at ADDRESS "
                        "(tcp://HOST:PORT; needs pip install 'kg[distributed]')")
    b.add_argument("--no-cache", action="store_true",
                   help="extract every file again, neither reading nor writing the extraction cache")
    b.set_defaults(func=_build)

    k = sub.add_parser(
        "bench", parents=[debug], help="measure where a build's time and memory go (not part of the tests)",
        description="Build the seed pages, or N pages derived from them with places renamed from the "
                    "gazetteer, in this process, and print model load time, bare segmentation and full "
                    "extraction throughput and their ratio, seconds per stage, peak memory and export "
                    "seconds per format; then the whole kg build --no-cache (model load and exports "
                    "included) against bare segmentation of the same files, each in a fresh process, "
                    "and their ratio. --curve runs builds of 250 to 2,000 pages in fresh processes "
                    "and fits how time, each export and memory grow (long: minutes).")
    k.add_argument("--seeds", type=Path, default=Path("seeds"), metavar="DIR", help="the seed pages (default seeds/)")
    k.add_argument("--scale", type=int, default=0, metavar="N", help="N pages (default: the seed pages only)")
    k.add_argument("--segmenter", choices=("pkuseg", "char"), default="pkuseg")
    k.add_argument("--curve", action="store_true", help="time and memory for 250, 500, 1000 and 2000 pages")
    k.add_argument("--no-exports", action="store_true", help="do not time the exports (nor the whole process)")
    k.add_argument("--no-whole", action="store_true",
                   help="do not time the whole kg build against bare segmentation in fresh processes")
    k.add_argument("--json", action="store_true", help="print the figures as JSON")
    k.set_defaults(func=_bench)

    c = sub.add_parser(
        "cache", parents=[debug], help="the extraction cache: clear it, or say where it is",
        description="kg caches each file's extraction in the user cache folder ($KG_CACHE_DIR, "
                    "$XDG_CACHE_HOME/kg or ~/.cache/kg), keyed by the file's name and content and by "
                    "kg's code and data, so that a rebuild re-extracts only changed files.")
    c.add_argument("action", choices=("clear", "where"))
    c.set_defaults(func=_cache)

    lx = sub.add_parser(
        "lexicons", parents=[debug], help="check the rules' data files (kg/lexicons/) after an edit",
        description="Load and validate every word list, table, pattern and verb frame of kg/lexicons/ "
                    "(see its README): entity types and relations against the schema, unique entries, "
                    "patterns that compile, frames with known handlers. A mistake is reported with "
                    "its file and line, exit 2.")
    lx.add_argument("action", choices=("check",))
    lx.set_defaults(func=_lexicons)

    x = sub.add_parser(
        "export", parents=[debug], help="re-export an existing graph.json in one format",
        description="Write one export of a graph.json without extracting again.")
    x.add_argument("graph", type=Path, metavar="GRAPH.json")
    x.add_argument("--format", required=True, choices=FORMATS)
    x.add_argument("-o", "--output", required=True, type=Path, metavar="PATH")
    x.add_argument("--force", action="store_true", help=FORCE_HELP)
    x.set_defaults(func=_export)

    h = sub.add_parser(
        "html", parents=[debug], help="write an interactive HTML view of a graph.json, or of part of it",
        description="Write one self-contained HTML page (works offline) showing GRAPH.json: "
                    "legend, search by name or alias, filters by type and relation, and a side "
                    "panel with each entity's relations and source sentences. Choose a part "
                    "with --focus/--hops and --types; past --max-nodes entities, the most "
                    "connected part is shown, and the page says what was left out.")
    h.add_argument("graph", type=Path, metavar="GRAPH.json")
    h.add_argument("-o", "--output", required=True, type=Path, metavar="OUT.html")
    h.add_argument("--force", action="store_true", help=FORCE_HELP)
    h.add_argument("--focus", metavar="NAME", help="centre on the entity with this name or alias")
    h.add_argument("--hops", type=int, metavar="N", help="with --focus: keep what lies within N relations (default 1)")
    h.add_argument("--types", nargs="+", metavar="TYPE",
                   help="keep only these entity types or groups (Hospital, Person, Place, Organization …)")
    h.add_argument("--max-nodes", type=int, default=2000, metavar="N",
                   help="draw at most N entities, the most connected first (default 2000)")
    h.add_argument("--heading", metavar="TEXT", help="the page's heading")
    h.set_defaults(func=_html)

    e = sub.add_parser(
        "evaluate", parents=[debug], help="score a graph against gold annotations (SCHEMA.md's format)",
        description="Build a graph from INPUT (or read one with --graph) and score it against "
                    "the gold files in GOLD_DIR: precision, recall and F1 of entities (typed, "
                    "coarse, per type) and relations (all, per relation), title accuracy, "
                    "with --details the misses and extras (all as ../shared/eval/score.py prints "
                    "them), then each document's entity and relation F1, worst first: its own gold "
                    "against the part of the graph read from it.")
    e.add_argument("gold", type=Path, metavar="GOLD_DIR", help="folder of <document>.json gold files")
    e.add_argument("inputs", nargs="*", metavar="INPUT", help="text file or folder to build from")
    e.add_argument("--graph", type=Path, metavar="GRAPH.json", help="score this graph.json instead of building")
    e.add_argument("--docs", nargs="+", metavar="NAME",
                   help="only these documents (names as in the gold files' \"doc\"): only their gold is "
                        "used, and a build reads only the text files among INPUT so named (in a folder, "
                        "by file name at any depth), so the graph is that of these documents alone; a --graph "
                        "is scored as it is")
    e.add_argument("--details", type=int, default=0, metavar="N", help="list up to N misses and extras of each kind")
    e.add_argument("--json", action="store_true", help="print the scores as JSON")
    e.add_argument("--segmenter", choices=("pkuseg", "char"), default="pkuseg", help="as for build")
    e.set_defaults(func=_evaluate)

    q = sub.add_parser(
        "query", parents=[debug], help="run a SPARQL SELECT query over a graph.ttl",
        description="Answer a SPARQL SELECT query over a graph.ttl and print the rows. Uses "
                    "pyoxigraph when it is installed and rdflib otherwise; both give the same "
                    "rows (sorted unless the query has ORDER BY).")
    q.add_argument("graph", type=Path, metavar="GRAPH.ttl")
    q.add_argument("query", nargs="?", type=Path, metavar="QUERY.rq", help="a file holding the query")
    q.add_argument("-e", "--expression", metavar="SPARQL", help="the query itself, instead of a file")
    q.add_argument("--format", choices=("table", "csv", "json"), default="table")
    q.add_argument("--engine", choices=("auto", "oxigraph", "rdflib"), default="auto",
                   help="auto (default): pyoxigraph if installed, else rdflib")
    q.add_argument("--bind", action="append", default=[], metavar="NAME=VALUE",
                   help="bind ?NAME to VALUE (repeatable): <IRI>, text@zh (a literal in a language) or "
                        "text; the engine binds it, it is never spliced into the query")
    q.set_defaults(func=_query)
    return p


def _query(args: argparse.Namespace) -> int:
    from kg.query import parse_binding, render, run

    if (args.query is None) == (args.expression is None):
        raise KgError("query needs a QUERY.rq file or -e 'SPARQL', not both")
    if args.query is not None:
        try:
            sparql = args.query.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise KgError(f"{args.query}: cannot read the query ({err})") from err
    else:
        sparql = args.expression
    bindings = dict(parse_binding(spec) for spec in args.bind)
    sys.stdout.write(render(run(args.graph, sparql, args.engine, bindings), args.format))
    return 0


def _build(args: argparse.Namespace) -> int:
    from kg.build import build_graph_from, skip_summary
    from kg.cache import ExtractionCache
    from kg.export import target
    from kg.export.writer import write_all

    def progress(n: int, total: int, name: str) -> None:
        if not args.quiet and (total > 10 or sys.stderr.isatty()):
            print(f"[{n}/{total}] {name}", file=sys.stderr)

    if args.max_bytes < 1:
        raise KgError("--max-bytes must be 1 or more")
    if args.jobs < 1:
        raise KgError("--jobs must be 1 or more")
    out = target.checked(args.output, target.BUILD, args.inputs, args.force)
    cache = None if args.no_cache else ExtractionCache(args.segmenter)
    result = build_graph_from(args.inputs, segmenter=args.segmenter, progress=progress,
                              max_bytes=args.max_bytes, strict=args.strict, cache=cache, jobs=args.jobs,
                              scheduler=args.dask)
    t = time.perf_counter()
    with target.writing(args.output):
        write_all(result.graph, out, result.manifest, jobs=args.jobs)
    exports_s = time.perf_counter() - t
    if result.skipped:
        print(f"kg: {skip_summary(result.skipped, len(result.manifest))}", file=sys.stderr)
    if not args.quiet:
        types = ", ".join(f"{t} {n}" for t, n in sorted(result.entity_types.items()))
        rels = ", ".join(f"{r} {n}" for r, n in sorted(result.relation_rels.items()))
        print(f"kg: {len(result.manifest)} files, {result.articles} articles -> {args.output}\n"
              f"  entities: {types}\n  relations: {rels}\n"
              f"  {result.seconds:.1f} s (loading spaCy and the model {result.model_seconds:.1f} s"
              f"{f', {result.cache_hits} files from the cache' if result.cache_hits else ''}), "
              f"exports {exports_s:.1f} s")
    return 0


def _bench(args: argparse.Namespace) -> int:
    import json

    from kg import bench

    if args.scale < 0:
        raise KgError("--scale must be 0 or more")
    if not sorted(args.seeds.glob("*.txt")):
        raise KgError(f"{args.seeds}: no *.txt seed pages to derive a corpus from")
    if args.curve:
        figures = bench.curve(args.seeds, args.segmenter)
    else:
        pages = args.scale or len(sorted(args.seeds.glob("*.txt")))
        figures = bench.run(args.seeds, pages, args.segmenter, exports=not args.no_exports,
                            whole_process=not args.no_whole)
    sys.stdout.write(json.dumps(figures, ensure_ascii=False, indent=1) + "\n" if args.json else bench.render(figures))
    return 0


def _lexicons(args: argparse.Namespace) -> int:
    from kg.lexicons.catalog import function_words
    from kg.lexicons.loader import check_all, lexicon_names
    from kg.nlp.anaphora import anaphors
    from kg.nlp.frame_relations import HANDLERS
    from kg.nlp.frames import load_frames

    entries = check_all()
    load_frames(HANDLERS)  # the tables whose columns their own rules check
    anaphors()
    function_words("list_joiner")
    print(f"kg: {len(lexicon_names())} lexicon files, {entries:,} entries: all valid")
    return 0


def _cache(args: argparse.Namespace) -> int:
    from kg import cache

    if args.action == "clear":
        print(f"kg: removed {cache.clear()} cached extractions from {cache.extraction_dir()}")
    else:
        print(cache.extraction_dir())
    return 0


def _export(args: argparse.Namespace) -> int:
    from kg.export import target
    from kg.export.writer import FORMATS

    out = target.checked(args.output, args.format, [args.graph], args.force)
    g = _load_graph(args.graph)
    with target.writing(args.output):
        FORMATS[args.format](g, out)
    return 0


def _html(args: argparse.Namespace) -> int:
    from kg.export import html, target
    from kg.export.view import select

    if args.hops is not None and not args.focus:
        raise KgError("--hops needs --focus NAME")
    out = target.checked(args.output, "html", [args.graph], args.force)
    view = select(_load_graph(args.graph), focus=args.focus, hops=1 if args.hops is None else args.hops,
                  types=args.types, max_nodes=args.max_nodes)
    with target.writing(args.output):
        html.write_view(view, out, heading=args.heading or html.heading_of(view))
    return 0


def _load_graph(path: Path):
    """The graph of a graph.json, or an error that names the file."""
    from kg.export import nodelink

    if not path.is_file():
        raise KgError(f"{path}: no such file")
    try:
        return nodelink.read(path)
    except OSError as err:
        raise KgError(f"{path}: cannot read the graph ({err.strerror or err})") from err
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as err:
        raise KgError(f"{path}: not a kg graph.json ({err})") from err


def _evaluate(args: argparse.Namespace) -> int:
    import json

    from kg.evaluate.documents import per_document, texts_of
    from kg.evaluate.gold import merge_gold, read_gold
    from kg.evaluate.report import as_dict, as_text
    from kg.evaluate.scoring import score
    from kg.export import nodelink

    if bool(args.inputs) == bool(args.graph):
        raise KgError("evaluate needs either INPUT files to build from or --graph GRAPH.json, not both")
    if not args.gold.is_dir():
        raise KgError(f"{args.gold}: no such folder of gold files")
    annotated = read_gold(args.gold, set(args.docs) if args.docs else None)
    if args.graph:
        data = _read_graph_json(args.graph)
    else:
        from kg.build import build_graph_from

        inputs = texts_of(args.inputs, set(args.docs)) if args.docs else args.inputs
        data = nodelink.to_data(build_graph_from(inputs, segmenter=args.segmenter).graph)
    scores, documents = score(data, merge_gold(annotated)), per_document(data, annotated)
    print(json.dumps(as_dict(scores, documents), ensure_ascii=False, indent=1) if args.json
          else as_text(scores, args.details, documents))
    return 0


def _read_graph_json(path: Path) -> dict:
    import json

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise KgError(f"{path}: not a readable graph.json ({err})") from err
    if not isinstance(data, dict) or not isinstance(data.get("nodes"), list):
        raise KgError(f"{path}: not a node-link graph (no list of nodes)")
    return data


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command: 0 when it succeeded; an error the user can fix prints one line and
    exits 2 (3 without the model); anything unexpected prints one line too, and its traceback
    only with --debug, and exits 1."""
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return args.func(args)
    except KgError as err:  # one line, whatever a library put in the message (a parser's excerpt)
        print(f"kg: error: {' '.join(str(err).split())}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130
    except Exception as err:
        if args.debug:
            raise
        summary = " ".join(str(err).split())[:300]
        print(f"kg: unexpected error: {type(err).__name__}{': ' + summary if summary else ''} "
              f"(re-run with --debug to see the traceback)", file=sys.stderr)
        return 1
