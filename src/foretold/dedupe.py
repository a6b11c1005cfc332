"""Near-duplicate detection: MinHash over word shingles, with LSH bands.

A syndicated copy of a wire story differs from the first copy only by boilerplate
(another byline, a caption, a "Read more" line), so the Jaccard similarity of their
word 5-gram sets stays high while different stories share almost none.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import numpy as np

SHINGLE = 5
PERMUTATIONS = 128
BANDS = 32
ROWS = PERMUTATIONS // BANDS
THRESHOLD = 0.6
_PRIME = (1 << 61) - 1
_MAX = np.uint64((1 << 32) - 1)
_rng = np.random.default_rng(20211206)
# Multipliers stay below 2**32 so that a*x + b fits in 64 bits for 32-bit shingle hashes.
_A = _rng.integers(1, 1 << 32, PERMUTATIONS, dtype=np.uint64)
_B = _rng.integers(0, 1 << 32, PERMUTATIONS, dtype=np.uint64)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Signature:
    values: np.ndarray  # uint32, one per permutation

    def bands(self) -> list[int]:
        """One key per band; two texts sharing a key are near-duplicate candidates."""
        rows = self.values.reshape(BANDS, ROWS)
        return [
            int.from_bytes(hashlib.blake2b(r.tobytes(), digest_size=7).digest(), "little")
            for r in rows
        ]

    def similarity(self, other: Signature) -> float:
        """Estimated Jaccard similarity of the two shingle sets."""
        return float(np.mean(self.values == other.values))

    def to_bytes(self) -> bytes:
        return self.values.astype("<u4").tobytes()

    @classmethod
    def from_bytes(cls, blob: bytes) -> Signature:
        return cls(np.frombuffer(blob, dtype="<u4").copy())


def signature(text: str) -> Signature:
    """MinHash signature of the text's word 5-grams (case-insensitive)."""
    words = _WORD.findall(text.casefold())
    grams = {" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    hashes = np.fromiter(
        (
            int.from_bytes(hashlib.blake2b(g.encode(), digest_size=4).digest(), "little")
            for g in grams
        ),
        dtype=np.uint64,
        count=len(grams),
    )
    # (a*x + b) mod p, truncated to 32 bits; min over the shingles for each permutation.
    mixed = (np.outer(hashes, _A) + _B) % np.uint64(_PRIME)
    return Signature((mixed & _MAX).min(axis=0).astype(np.uint32))
