"""The learned PERSON / LOCATION / ADDRESS tagger: a small dilated character CNN.

    features [B, T, 6]  (char id, initial/medial/final jamo, class, hashed character pair; ner/codec.py)
      -> sum of six embeddings                                          [B, T, D]
      -> residual blocks: a width-3 dilated convolution, ReLU, times the padding mask
      -> Linear -> tag logits                                           [B, T, n_tags]

With dilations (1, 2, 4, 8, 16) each character sees 31 characters either side: enough for a cue
word before a name (`민원인 `, `참석자: `) or a title after it (` 주무관님`). Multiplying by the mask
after every block keeps padded positions at zero, so a text gets the same output alone or in a
padded batch. No recurrence and no attention.

The exported graph (ExportNer) keeps the Conv1d blocks, so the int8 file runs each block as one
QLinearConv (its three taps, bias and ReLU in one kernel) after static quantisation (export.py).
Measured on one core of an Intel Xeon (AVX-512 VNNI), 200-character texts in batches of 8, the
graph alone: QLinearConv blocks 120-137 microseconds a text, against 191-202 for the form shipped
until 2026-12-07, which computed each block as one MatMul over the input shifted by -d, as is and
shifted by +d side by side (two Pads, a Concat and a bias Add around each MatMul, each its own pass).
With dynamic quantisation, used before static, it was the other way round (Conv int8 ~210 texts/s,
MatMul int8 ~1,100 at dim 128), because dynamic quantisation has no fused int8 convolution. The
graph ends in the softmax, so the gate reads probabilities (`probabilities` output; models exported
before give `logits`, and the gate applies it).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import torch
from torch import nn

from quality_gate.pii.ner.codec import BIGRAM_BUCKETS, CLASSES, N_CHO, N_JONG, N_JUNG, TAGS


@dataclass
class NerConfig:
    vocab_size: int
    dim: int = 64
    dilations: tuple[int, ...] = (1, 2, 4, 8, 16)
    dropout: float = 0.1
    n_tags: int = len(TAGS)

    def to_dict(self) -> dict:
        return asdict(self)


class Block(nn.Module):
    """A width-3 dilated Conv1d on [B, D, T], ReLU, residual, times the padding mask."""

    def __init__(self, dim: int, dilation: int):
        super().__init__()
        self.conv = nn.Conv1d(dim, dim, kernel_size=3, dilation=dilation, padding=dilation)

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:  # x [B, D, T], mask [B, 1, T]
        return (x + torch.relu(self.conv(x))) * mask


class CharNer(nn.Module):
    def __init__(self, config: NerConfig):
        super().__init__()
        self.config = config
        d = config.dim
        self.char = nn.Embedding(config.vocab_size, d, padding_idx=0)
        self.cho = nn.Embedding(N_CHO + 1, d, padding_idx=0)
        self.jung = nn.Embedding(N_JUNG + 1, d, padding_idx=0)
        self.jong = nn.Embedding(N_JONG + 1, d, padding_idx=0)
        self.kind = nn.Embedding(len(CLASSES), d, padding_idx=0)
        self.bigram = nn.Embedding(BIGRAM_BUCKETS + 1, d, padding_idx=0)
        self.drop = nn.Dropout(config.dropout)
        self.blocks = nn.ModuleList(Block(d, dilation) for dilation in config.dilations)
        self.head = nn.Linear(d, config.n_tags)

    def embedding_tables(self) -> tuple[nn.Embedding, ...]:
        """One table per input feature, in the codec's feature order."""
        return self.char, self.cho, self.jung, self.jong, self.kind, self.bigram

    def embedding_sum(self, features: torch.Tensor) -> torch.Tensor:  # [B, T, D]
        x = self.char(features[..., 0])
        for index, table in enumerate(self.embedding_tables()[1:], start=1):
            x = x + table(features[..., index])
        return x

    def padding_mask(self, features: torch.Tensor) -> torch.Tensor:  # [B, T, 1]: 1 on characters, 0 on padding
        return (features[..., 4] != 0).unsqueeze(-1).to(self.head.weight.dtype)

    def embed(self, features: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        mask = self.padding_mask(features)
        return self.drop(self.embedding_sum(features)) * mask, mask

    def forward(self, features: torch.Tensor) -> torch.Tensor:
        x, mask = self.embed(features)
        x, mask = x.transpose(1, 2), mask.transpose(1, 2)  # [B, D, T], [B, 1, T]
        for block in self.blocks:
            x = block(x, mask)
        return self.head(x.transpose(1, 2))  # [B, T, n_tags]


class ExportNer(nn.Module):
    """The trained CharNer as model.onnx computes it: the same Conv1d blocks, ending in the softmax.

    Two multiplications by the mask are left out because they cannot change a real character's
    output: the one after the embeddings (each table's row 0, the padding index, is zero and stays
    zero in training, so padded positions sum to exact zeros) and the one after the last block (no
    convolution reads its output; the gate drops padded rows). Each one left out is a full pass
    over the activations in the graph."""

    def __init__(self, model: CharNer):
        super().__init__()
        self.model = model.eval()
        if any(bool(table.weight[0].any()) for table in model.embedding_tables()):
            raise ValueError("an embedding table's padding row is not zero: padded positions would not sum to zero")

    def forward(self, features: torch.Tensor) -> torch.Tensor:
        model = self.model
        mask = model.padding_mask(features).transpose(1, 2)  # [B, 1, T]
        x = model.embedding_sum(features).transpose(1, 2)  # [B, D, T]
        last = len(model.blocks) - 1
        for index, block in enumerate(model.blocks):
            x = x + torch.relu(block.conv(x))
            if index < last:
                x = x * mask
        return torch.softmax(model.head(x.transpose(1, 2)), dim=-1)
