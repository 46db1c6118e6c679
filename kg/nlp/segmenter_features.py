"""pkuseg's features of every character of a text at once: the lists spacy-pkuseg's extractor
gives character by character, the same integers in the same order, in a little over half of its time.

Why: feature extraction is 95% of pkuseg's segmentation, and segmentation most of a build. The
per-character extractor (``feature_extractor.pyx``) looks every dictionary substring of two to
six characters up four times (as the word ending at the character, starting at it, ending
before it and starting after it) and builds fifty ``ww`` feature strings for each character,
most of them the same pairs of ``**noWord``. Here each substring is looked up once per text, and
each distinct pair of word lists once per text. The order of a character's features is kept
because the CRF sums their weights in that order: another order could change a sum in its last
bit, and a cut where two readings tie.

The feature grammar (pkuseg's ``config``: word features on, words of 2 to 6 characters), for the
character at ``i`` of the normalised characters ``nodes``:

- ``$$`` (index 0), then ``c.``, ``c-1.``, ``c-1c.``, ``c1.``, ``cc1.``, ``c-2.``, ``c-2c-1.``,
  ``c2.`` of the characters around it, where they exist;
- ``w-1.`` + each dictionary word ending at ``i``, ``w1.`` + each starting at it, longest first;
- ``ww.l.`` + a word ending before ``i`` + ``*`` + a word starting at ``i``, and ``ww.r.`` + a word
  ending at ``i`` + ``*`` + a word starting after it, for every pair of lengths, ``**noWord``
  standing for a length at which no word is there.

Each feature is kept only where the model has it (``feature_to_idx``).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

NO_WORD = "**noWord"
WORD_LENGTHS = range(6, 1, -1)  # pkuseg's wordMax down to wordMin: longest first


class NodeFeatures:
    """The features of a model (``feature_to_idx``, ``unigram``) for whole texts. What depends
    only on a character, a pair of neighbours or a pair of word lists is kept between texts
    (up to ``CACHE_SIZE`` entries each, then forgotten): a pure function's values, so the
    features never depend on what was cut before."""

    CACHE_SIZE = 1 << 18

    def __init__(self, feature_to_idx: dict[str, int], unigram: set[str]) -> None:
        self.get = feature_to_idx.get
        self.unigram = unigram
        # where a slice does not fit the text, pkuseg reads the empty string, a word if the
        # dictionary holds it
        self.outside = "" if "" in unigram else NO_WORD
        self.chars: dict[str, tuple[int | None, ...]] = {}
        self.pairs: dict[tuple[str, str], tuple[int | None, ...]] = {}
        self.rows: dict[tuple[str, str, tuple[str, ...]], list[int]] = {}
        self.pair_lists: dict[tuple[str, tuple[str, ...], tuple[str, ...]], list[int]] = {}

    def __call__(self, nodes: Sequence[str]) -> list[list[int]]:
        """For each of ``nodes`` (pkuseg's normalised characters), its feature indices."""
        n = len(nodes)
        get = self.get
        for cache in (self.chars, self.pairs, self.rows, self.pair_lists):
            if len(cache) > self.CACHE_SIZE:
                cache.clear()
        chars = self.chars
        for c in set(nodes).difference(chars):
            chars[c] = (get("c." + c), get("c-1." + c), get("c1." + c), get("c-2." + c), get("c2." + c))
        pairs = [self._pair(a, b) for a, b in pairwise(nodes)]
        starts, ends = self._words(nodes)
        word_pairs = self._word_pairs
        out = []
        for i in range(n):  # the hot loop of a build: lookups inlined, in pkuseg's order
            own = chars[nodes[i]]
            found = [0, own[0]]
            if i > 0:
                found += (chars[nodes[i - 1]][1], pairs[i - 1][0])
            if i + 1 < n:
                found += (chars[nodes[i + 1]][2], pairs[i][1])
            if i > 1:
                found += (chars[nodes[i - 2]][3], pairs[i - 2][2])
            if i + 2 < n:
                found.append(chars[nodes[i + 2]][4])
            ending, starting = ends[i + 1], starts[i]
            # no slice of the text is **noWord: pkuseg renames * to &
            found += [get("w-1." + w) for w in ending if w != NO_WORD]
            found += [get("w1." + w) for w in starting if w != NO_WORD]
            flist = [f for f in found if f is not None]
            flist += word_pairs("ww.l.", ends[i], starting)
            flist += word_pairs("ww.r.", ending, starts[i + 1])
            out.append(flist)
        return out

    def _pair(self, a: str, b: str) -> tuple[int | None, ...]:
        """The features of neighbours ``a`` ``b``: as the character before (c-1c), after (cc1)
        and two before (c-2c-1) the character they are read for."""
        key = (a, b)
        found = self.pairs.get(key)
        if found is None:
            tail = a + "." + b
            found = self.pairs[key] = (self.get("c-1c." + tail), self.get("cc1." + tail),
                                       self.get("c-2c-1." + tail))
        return found

    def _word_pairs(self, kind: str, before: tuple[str, ...], after: tuple[str, ...]) -> list[int]:
        """``kind`` + each word of ``before`` + ``*`` + each word of ``after``, in that order:
        kept for the whole pair of lists, and for each word before with the list after."""
        whole = self.pair_lists.get((kind, before, after))
        if whole is None:
            whole = self.pair_lists[(kind, before, after)] = [f for pre in before for f in self._row(kind, pre, after)]
        return whole

    def _row(self, kind: str, pre: str, after: tuple[str, ...]) -> list[int]:
        """``kind`` + ``pre`` + ``*`` + each word of ``after``."""
        row = self.rows.get((kind, pre, after))
        if row is None:
            head = kind + pre + "*"
            row = self.rows[(kind, pre, after)] = [f for post in after if (f := self.get(head + post)) is not None]
        return row

    def _words(self, nodes: Sequence[str]) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
        """For each position, the dictionary word of each length (longest first) that starts
        there, and (one place later: ``ends[i + 1]``) that ends there, else ``**noWord``; one
        row past the end."""
        n, unigram = len(nodes), self.unigram
        text = "".join(nodes)
        joined = len(text) == n  # every node one character (no **Num): slices of one string
        starts = [[self.outside] * len(WORD_LENGTHS) for _ in range(n + 1)]
        ends = [[self.outside] * len(WORD_LENGTHS) for _ in range(n + 1)]
        for i in range(n):
            for k, size in enumerate(WORD_LENGTHS):
                if i + size > n:
                    continue
                word = text[i:i + size] if joined else "".join(nodes[i:i + size])
                word = word if word in unigram else NO_WORD
                starts[i][k] = word
                ends[i + size][k] = word
        return [tuple(r) for r in starts], [tuple(r) for r in ends]

