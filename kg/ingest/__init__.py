"""Read input files, clean OCR artefacts and split pages into articles, keeping offsets."""
