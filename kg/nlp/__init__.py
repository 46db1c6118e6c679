"""The spaCy pipeline: the pkuseg tokenizer, then kg's rule components (see config.cfg)."""
