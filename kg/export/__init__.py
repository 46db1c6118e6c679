"""Exports of the graph, one module per format, and the atomic writer that runs them all.

Each module is a function from the graph (plus, for the manifest, the build's inputs) to a
file; none knows about the others or about extraction.
"""
