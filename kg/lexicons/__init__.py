"""Data files of kg's rules: gazetteer, countries, name suffixes, titles, stop words."""
