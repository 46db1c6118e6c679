"""Bytes of one input file → text, with the encoding used, or the reason it is not text.

Why its own module: archives hold UTF-8 (with or without BOM), UTF-16 exports, GB18030/GBK
pages, Big5 pages from Hong Kong and Taiwan, and binaries named *.txt. The order of tests
encodes our priors for Chinese news:

1. a byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
2. known binary signatures, or many control bytes, mean binary;
3. strict UTF-8 (the common case, and never a false positive on real GBK or Big5);
4. UTF-8 with a few damaged sequences (a lone surrogate, a truncated character): decoded with
   U+FFFD for each, and the count recorded;
5. charset-normalizer, limited to GB18030 (a superset of GBK and GB2312) and Big5, decides
   between them: their byte ranges overlap, so only the decoded text's plausibility tells;
6. anything else is undecodable.
"""

from __future__ import annotations

from dataclasses import dataclass

from charset_normalizer import from_bytes

BOMS = ((b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xfe\xff", "utf-16-be"), (b"\xff\xfe", "utf-16-le"))
MAGIC = (b"\x89PNG", b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"\xff\xd8\xff", b"GIF8", b"\x7fELF", b"BZh",
         b"\xfd7zXZ", b"7z\xbc\xaf", b"Rar!", b"\xd0\xcf\x11\xe0", b"SQLite format 3", b"RIFF", b"OggS", b"ID3")
CONTROL_BYTES = frozenset([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20)])
BINARY_CONTROL_SHARE = 0.1  # of the first 64 KiB; text with stray NULs stays well below
DAMAGED_SHARE = 0.01  # at most this share of characters replaced, and the text is still UTF-8
CHINESE = ("gb18030", "big5")


@dataclass(frozen=True)
class Decoded:
    """The text (BOM removed), the codec that produced it, and how many damaged UTF-8
    sequences were replaced by U+FFFD (0 unless the codec is UTF-8)."""

    text: str
    encoding: str
    replaced: int = 0


class NotText(Exception):
    """The bytes are not text kg can read; ``reason`` is one word for the manifest."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


def decode(data: bytes) -> Decoded:
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom):].decode(codec.removesuffix("-sig")), codec)
            except UnicodeDecodeError as err:
                raise NotText("undecodable", f"starts with a {codec} byte-order mark but is not {codec} "
                                             f"(byte {err.start + len(bom)})") from err
    _refuse_binary(data)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", errors="replace")
    replaced = lenient.count("\ufffd") - data.count("\ufffd".encode())
    if replaced <= len(lenient) * DAMAGED_SHARE:  # GBK or Big5 read as UTF-8 is mostly replacements
        return Decoded(lenient, "utf-8", replaced)
    best = from_bytes(data, cp_isolation=list(CHINESE), preemptive_behaviour=False).best()
    if best is not None:
        codec = "big5" if best.encoding.startswith("big5") else "gb18030"
        try:
            return Decoded(data.decode(codec), codec)
        except UnicodeDecodeError:
            pass
    raise NotText("undecodable", "not UTF-8, UTF-16 with a byte-order mark, GB18030/GBK or Big5")


def _refuse_binary(data: bytes) -> None:
    if data.startswith(MAGIC):
        raise NotText("binary", f"a binary file (starts with {data[:8]!r})")
    sample = data[:65536]
    controls = sum(b in CONTROL_BYTES for b in sample)
    if sample and controls / len(sample) > BINARY_CONTROL_SHARE:
        raise NotText("binary", f"a binary file ({controls} control bytes in the first {len(sample)})")
