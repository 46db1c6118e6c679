"""``kg evaluate``: score a graph against gold annotations in the format of SCHEMA.md.

Written to the definitions of ``../shared/eval/SCHEMA.md`` ("How a graph is scored"), so
that users can measure kg on news they annotated themselves: ``gold`` reads and merges the
annotations, ``scoring`` matches graph nodes to gold entities and counts, ``report`` prints.
"""
