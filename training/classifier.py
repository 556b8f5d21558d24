"""The department classifier: a BERT encoder with a linear head over [CLS] or over the mean of the tokens.

`pooling` in the training config picks what the head reads; the choice is written into the model's
`config.json` (`classifier_pooling`), so that evaluation, the ONNX export and its parity check run
the head the model was trained with.
- "cls" is BERT's own head: the [CLS] vector through BERT's pooler (dense + tanh). It suits
  `klue/bert-base`, whose pooler was trained in pretraining (next-sentence prediction).
- "mean" averages the last hidden states of the real tokens (the attention mask) and has no pooler.
  The tiny encoder is pretrained with masked-language modelling only, so nothing trains its [CLS]
  vector or a pooler, and the mean looked like the better head for it. Measured on the held-out
  petitions (17 classes, 5,000 training titles, 2026-12-05):
  - validation part (500 titles, where tuning is allowed; 3 seeds with the mean, 2 with [CLS]):
    macro-F1 0.312 with the mean, 0.281 with [CLS] for the 3,000-step pretrained encoder; 0.260
    and 0.164 from BERT's random start;
  - test part (3,000 titles, 3 seeds, benchmarks/results/pretrain-cpu-heads.json): 0.283 with the
    mean, 0.290 with [CLS] for the pretrained encoder; 0.254 and 0.199 from BERT's random start;
    0.283 with the mean from the tiny recipe's random start (initializer_range 0.1), which gets
    0.266 with [CLS] (pretrain-cpu.json; the [CLS] numbers of both files agree to the digit).
  The mean helps random starts only, so configs/training/tiny.yaml keeps [CLS]; the validation part
  was too small to tell.
"""

from __future__ import annotations

from typing import Literal

import torch
import torch.nn.functional as F
from transformers import BertConfig, BertForSequenceClassification
from transformers.modeling_outputs import SequenceClassifierOutput

Pooling = Literal["cls", "mean"]


class DepartmentClassifier(BertForSequenceClassification):
    def __init__(self, config: BertConfig):
        super().__init__(config)
        if pooling_of(config) == "mean":
            # No pooler: unused weights would also trip DDP's check that every parameter gets a gradient.
            self.bert.pooler = None

    def forward(self, input_ids=None, attention_mask=None, token_type_ids=None, labels=None, **kwargs):
        if pooling_of(self.config) == "cls":
            return super().forward(input_ids=input_ids, attention_mask=attention_mask,
                                   token_type_ids=token_type_ids, labels=labels, **kwargs)
        if attention_mask is None:
            attention_mask = torch.ones_like(input_ids)
        hidden = self.bert(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids)[0]
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1.0)
        logits = self.classifier(self.dropout(pooled))
        loss = F.cross_entropy(logits.float(), labels) if labels is not None else None
        return SequenceClassifierOutput(loss=loss, logits=logits)


def pooling_of(config: BertConfig) -> Pooling:
    return getattr(config, "classifier_pooling", "cls")


def new_classifier(base_dir: str, label_codes: list[str], pooling: Pooling, **load_options) -> DepartmentClassifier:
    """A classifier for `label_codes` on the encoder in `base_dir`, its head freshly initialised."""
    config = BertConfig.from_pretrained(
        base_dir, num_labels=len(label_codes), id2label=dict(enumerate(label_codes)),
        label2id={code: i for i, code in enumerate(label_codes)},
    )
    config.classifier_pooling = pooling
    return DepartmentClassifier.from_pretrained(base_dir, config=config, **load_options)


def load_classifier(model_dir, **load_options) -> DepartmentClassifier:
    """A trained classifier directory, with the head it was trained with."""
    return DepartmentClassifier.from_pretrained(model_dir, **load_options)
