"""What every layer uses and no layer owns: atomic files, text normalisation, entity keys.

Nothing here imports from ingest, nlp, resolve, graph or export.
"""
