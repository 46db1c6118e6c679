"""SPARQL over a graph.ttl: pyoxigraph when it is installed (fast), rdflib otherwise.

Why two engines: rdflib is a dependency already and answers everywhere; pyoxigraph answers
in a fraction of the time on a large export. Both return the same rows: every term is
turned into its plain text (an IRI as itself, a literal as its lexical form), unbound
variables into "", and rows are sorted unless the query orders them itself, so a table does
not depend on the engine. Nothing here imports spaCy.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError, KgError

ENGINES = ("auto", "oxigraph", "rdflib")
ORDERED = re.compile(r"\border\s+by\b", re.IGNORECASE)
LANG_SUFFIX = re.compile(r"^(?P<text>.*)@(?P<lang>[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*)$", re.DOTALL)
VARIABLE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


@dataclass(frozen=True)
class Term:
    """A value bound to a query variable: an IRI, or a literal with an optional language."""

    value: str
    iri: bool = False
    lang: str | None = None


def parse_binding(spec: str) -> tuple[str, Term]:
    """``NAME=VALUE`` from the command line: ``<…>`` is an IRI, ``text@zh`` a literal in that
    language, anything else a plain literal. The value is never put into the query text: the
    engine binds it (rdflib's initBindings, oxigraph's substitutions), so quotes, braces or
    SPARQL in it stay data."""
    name, sep, value = spec.partition("=")
    name = name.lstrip("?$")
    if not sep or not VARIABLE.match(name):
        raise KgError(f"--bind needs NAME=VALUE with NAME a SPARQL variable name, not {spec!r}")
    if value.startswith("<") and value.endswith(">") and len(value) > 2:
        return name, Term(value[1:-1], iri=True)
    m = LANG_SUFFIX.match(value)
    if m:
        return name, Term(m["text"], lang=m["lang"].lower())
    return name, Term(value)


@dataclass(frozen=True)
class Result:
    """Column names and rows of plain-text cells."""

    columns: list[str]
    rows: list[list[str]]
    engine: str


def available_engine(requested: str = "auto") -> str:
    """The engine a query will use: ``auto`` means pyoxigraph if it is installed."""
    if requested not in ENGINES:
        raise KgError(f"engine must be one of {', '.join(ENGINES)}, not {requested!r}")
    if requested == "rdflib":
        return "rdflib"
    try:
        import pyoxigraph  # noqa: F401
    except ImportError:
        if requested == "oxigraph":
            raise KgError("the oxigraph engine needs pyoxigraph: pip install pyoxigraph") from None
        return "rdflib"
    return "oxigraph"


def run(graph: Path, sparql: str, engine: str = "auto", bindings: dict[str, Term] | None = None) -> Result:
    """Answer a SELECT query over a Turtle file, with ``bindings`` for some of its variables."""
    if not graph.is_file():
        raise InputError(f"{graph}: no such file")
    used = available_engine(engine)
    columns, rows = (_oxigraph if used == "oxigraph" else _rdflib)(graph, sparql, bindings or {})
    if not ORDERED.search(sparql):
        rows.sort()
    return Result(columns, rows, used)


def _rdflib(graph: Path, sparql: str, bindings: dict[str, Term]) -> tuple[list[str], list[list[str]]]:
    from rdflib import Graph, Literal, URIRef, Variable

    g = Graph()
    try:
        g.parse(graph, format="turtle")
    except Exception as err:  # rdflib raises several parser-specific errors
        raise InputError(f"{graph}: not readable Turtle ({err})") from err
    try:
        result = g.query(sparql, initBindings={
            Variable(k): URIRef(t.value) if t.iri else Literal(t.value, lang=t.lang) for k, t in bindings.items()})
    except Exception as err:
        raise KgError(f"the query is not valid SPARQL: {err}") from err
    if result.type != "SELECT":
        raise KgError("only SELECT queries print a table")
    columns = [str(v) for v in result.vars]
    return columns, [["" if cell is None else str(cell) for cell in row] for row in result]


def _oxigraph(graph: Path, sparql: str, bindings: dict[str, Term]) -> tuple[list[str], list[list[str]]]:
    import pyoxigraph

    store = pyoxigraph.Store()
    try:
        with graph.open("rb") as f:
            store.load(f, format=pyoxigraph.RdfFormat.TURTLE)
    except (SyntaxError, ValueError, OSError) as err:
        raise InputError(f"{graph}: not readable Turtle ({err})") from err
    try:
        terms = {pyoxigraph.Variable(k): pyoxigraph.NamedNode(t.value) if t.iri
                 else pyoxigraph.Literal(t.value, language=t.lang) for k, t in bindings.items()}
        result = store.query(sparql, substitutions=terms)
    except RuntimeError as err:  # oxigraph substitutes only variables the query selects
        raise KgError(f"--bind: {err} (add the variable to SELECT)") from err
    except (SyntaxError, ValueError, OSError) as err:
        raise KgError(f"the query is not valid SPARQL: {err}") from err
    if not isinstance(result, pyoxigraph.QuerySolutions):
        raise KgError("only SELECT queries print a table")
    columns = [v.value for v in result.variables]
    return columns, [["" if (t := row[c]) is None else t.value for c in columns] for row in result]


FORMATS = ("table", "csv", "json")


def render(result: Result, fmt: str = "table") -> str:
    """The result as an aligned text table, CSV (with a header) or JSON (a list of objects)."""
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(result.columns)
        writer.writerows(result.rows)
        return out.getvalue()
    if fmt == "json":
        return json.dumps([dict(zip(result.columns, row, strict=True)) for row in result.rows],
                          ensure_ascii=False, indent=1) + "\n"
    if fmt != "table":
        raise KgError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    return _table(result)


def _width(text: str) -> int:
    """Columns a string takes in a terminal: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _table(result: Result) -> str:
    grid = [result.columns, *result.rows]
    widths = [max(_width(row[i]) for row in grid) for i in range(len(result.columns))]

    def line(row: list[str]) -> str:
        return "  ".join(cell + " " * (w - _width(cell)) for cell, w in zip(row, widths, strict=True)).rstrip()

    rule = "  ".join("-" * w for w in widths)
    n = len(result.rows)
    return "\n".join([line(result.columns), rule, *map(line, result.rows), f"({n} row{'s' * (n != 1)})"]) + "\n"
