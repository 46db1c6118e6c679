"""kg: a knowledge graph of China's health system, built from Chinese health news."""

__version__ = "0.1.0"
