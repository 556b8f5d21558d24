"""The learned PERSON / LOCATION / ADDRESS tagger: a small dilated character CNN.

    features [B, T, 6]  (char id, initial/medial/final jamo, class, hashed character pair; ner/codec.py)
      -> sum of six embeddings                                          [B, T, D]
      -> residual blocks: a width-3 dilated convolution, ReLU, times the padding mask
      -> Linear -> tag logits                                           [B, T, n_tags]

With dilations (1, 2, 4, 8, 16) each character sees 31 characters either side: enough for a cue
word before a name (`민원인 `, `참석자: `) or a title after it (` 주무관님`). Multiplying by the mask
after every block keeps padded positions at zero, so a text gets the same output alone or in a
padded batch. No recurrence and no attention.

Training uses Conv1d (torch fuses taps and bias in one kernel); the exported graph (ExportNer)
computes the same convolution as one MatMul, because ONNX Runtime quantizes MatMul to int8 (VNNI)
well and Conv poorly: measured on one core, 200-character texts, dim 128: Conv fp32 ~680 texts/s,
Conv int8 ~210, MatMul int8 ~1,100. The MatMul reads the input shifted by +d, as is and shifted by
-d, side by side [3D -> D] (ShiftBlock). Until 2026-12-07 it read the input once and shifted its three
output slices [D -> 3D]: the same integer sums under int8 (the concatenated input has the same range,
so the same scale), with 35 graph nodes instead of 94 and about 10% less time a text (260 -> 235
microseconds for 200 characters on one core). The graph ends in the softmax, so the gate reads
probabilities (`probabilities` output; models exported before give `logits`, and the gate applies it).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import torch
from torch import nn
from torch.nn import functional as F

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
    """Training form: Conv1d on [B, D, T] (one fused oneDNN kernel for the three taps and the bias)."""

    def __init__(self, dim: int, dilation: int):
        super().__init__()
        self.conv = nn.Conv1d(dim, dim, kernel_size=3, dilation=dilation, padding=dilation)

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:  # x [B, D, T], mask [B, 1, T]
        return (x + torch.relu(self.conv(x))) * mask


class ShiftBlock(nn.Module):
    """Export form of the same block on [B, T, D]: [x(t-d) | x(t) | x(t+d)] @ [W_before; W_here; W_after]."""

    def __init__(self, block: Block):
        super().__init__()
        conv = block.conv
        dim = conv.out_channels
        self.dilation = conv.dilation[0]
        self.taps = nn.Linear(3 * dim, dim)
        with torch.no_grad():
            self.taps.weight.copy_(torch.cat([conv.weight[:, :, k] for k in range(3)], dim=1))
            self.taps.bias.copy_(conv.bias)

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:  # x [B, T, D], mask [B, T, 1]
        d = self.dilation
        before = F.pad(x, (0, 0, d, -d))  # position t reads x[t-d] (zeros before the text): one Pad node
        after = F.pad(x, (0, 0, -d, d))  # and x[t+d]
        return (x + torch.relu(self.taps(torch.cat([before, x, after], dim=-1)))) * mask


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

    def embed(self, features: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        mask = (features[..., 4] != 0).unsqueeze(-1).to(self.head.weight.dtype)  # [B, T, 1]
        x = (self.char(features[..., 0]) + self.cho(features[..., 1]) + self.jung(features[..., 2])
             + self.jong(features[..., 3]) + self.kind(features[..., 4]) + self.bigram(features[..., 5]))
        return self.drop(x) * mask, mask

    def forward(self, features: torch.Tensor) -> torch.Tensor:
        x, mask = self.embed(features)
        x, mask = x.transpose(1, 2), mask.transpose(1, 2)  # [B, D, T], [B, 1, T]
        for block in self.blocks:
            x = block(x, mask)
        return self.head(x.transpose(1, 2))  # [B, T, n_tags]


class ExportNer(nn.Module):
    """The trained CharNer with MatMuls instead of Conv1d, ending in the softmax: what model.onnx contains."""

    def __init__(self, model: CharNer):
        super().__init__()
        self.model = model.eval()
        self.blocks = nn.ModuleList(ShiftBlock(block) for block in model.blocks)

    def forward(self, features: torch.Tensor) -> torch.Tensor:
        x, mask = self.model.embed(features)
        for block in self.blocks:
            x = block(x, mask)
        return torch.softmax(self.model.head(x), dim=-1)
