"""Near-duplicate detection: MinHash over character 4-grams with LSH banding.

A record is a near duplicate when its estimated Jaccard similarity to an earlier record (in the same
upload or already curated for the tenant) reaches `threshold`. LSH (32 bands x 4 rows) finds the
candidates; the signature agreement decides. Computed on masked text: nothing derived from raw
personal data is kept, and two complaints that differ only in a phone number are near duplicates.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict

import numpy as np

_SPACES = re.compile(r"\s+")
NUM_PERM = 128
BANDS, ROWS = 32, 4
_PRIME = np.uint64((1 << 61) - 1)
_rng = np.random.default_rng(20261126)
_A = _rng.integers(1, (1 << 61) - 1, NUM_PERM, dtype=np.uint64)
_B = _rng.integers(0, (1 << 61) - 1, NUM_PERM, dtype=np.uint64)


def _shingle_hashes(text: str, size: int = 4) -> np.ndarray:
    text = _SPACES.sub(" ", text.strip())
    grams = {text[i:i + size] for i in range(max(1, len(text) - size + 1))}
    return np.array(
        [int.from_bytes(hashlib.blake2b(g.encode("utf-8"), digest_size=8).digest(), "big") >> 3 for g in grams],
        dtype=np.uint64,
    )


def minhash(text: str) -> np.ndarray:
    hashes = _shingle_hashes(text)
    # (a*x + b) mod p on 61-bit values; uint64 wrap-around keeps it a fine universal-ish family.
    values = (hashes[None, :] * _A[:, None] + _B[:, None]) % _PRIME
    return values.min(axis=1)


class NearDuplicateIndex:
    def __init__(self, threshold: float = 0.8):
        self.threshold = threshold
        self._signatures: list[np.ndarray] = []
        self._buckets: list[dict[bytes, list[int]]] = [defaultdict(list) for _ in range(BANDS)]

    def _band_keys(self, signature: np.ndarray):
        for band in range(BANDS):
            yield band, signature[band * ROWS:(band + 1) * ROWS].tobytes()

    def find(self, signature: np.ndarray) -> bool:
        seen: set[int] = set()
        for band, key in self._band_keys(signature):
            for index in self._buckets[band].get(key, ()):
                if index in seen:
                    continue
                seen.add(index)
                if float(np.mean(self._signatures[index] == signature)) >= self.threshold:
                    return True
        return False

    def add(self, signature: np.ndarray) -> None:
        index = len(self._signatures)
        self._signatures.append(signature)
        for band, key in self._band_keys(signature):
            self._buckets[band][key].append(index)
