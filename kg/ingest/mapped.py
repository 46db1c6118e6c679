"""Text that remembers, for each character, its offset in the original file."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class MappedText:
    """``text[i]`` came from ``origin[i]`` in the source; inserted separators map to the
    offset just after the character before them."""

    text: str
    origin: tuple[int, ...]

    def __post_init__(self) -> None:
        if len(self.text) != len(self.origin):
            raise ValueError("text and origin differ in length")

    def __len__(self) -> int:
        return len(self.text)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The original offsets [start, end) of the characters text[start:end]."""
        if end <= start:
            at = self.origin[start] if start < len(self.origin) else (
                self.origin[-1] + 1 if self.origin else 0)
            return at, at
        return self.origin[start], self.origin[end - 1] + 1

    def slice(self, start: int, end: int) -> MappedText:
        return MappedText(self.text[start:end], self.origin[start:end])

    @classmethod
    def of(cls, text: str, offset: int) -> MappedText:
        """A contiguous piece of the source starting at ``offset``."""
        return cls(text, tuple(range(offset, offset + len(text))))

    @classmethod
    def join(cls, parts: Sequence[MappedText], sep: str = "") -> MappedText:
        text: list[str] = []
        origin: list[int] = []
        for i, part in enumerate(parts):
            if i and sep:
                at = origin[-1] + 1 if origin else 0
                text.append(sep)
                origin.extend([at] * len(sep))
            text.append(part.text)
            origin.extend(part.origin)
        return cls("".join(text), tuple(origin))

    def strip(self, chars: str | None = None) -> MappedText:
        text = self.text
        left = len(text) - len(text.lstrip(chars))
        right = len(text.rstrip(chars))
        return self.slice(left, max(left, right))
