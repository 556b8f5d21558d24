"""The run's best epoch by validation macro-F1.

Its weights become the run's model (`restore_best_epoch`): on a small city's data the validation curve
peaks and the last epochs overfit. Early stopping (`early_stopping_patience`) counts the epochs since
it. The whole record travels in every checkpoint, so a resumed run picks the same epoch as an
uninterrupted one. Every rank sees the same gathered validation metrics, so every rank decides alike.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass
class BestEpoch:
    epoch: int | None = None
    step: int | None = None
    macro_f1: float | None = None
    weights: dict | None = None  # the model's state dict at that epoch, on the CPU

    def offer(self, epoch: int, step: int, macro_f1: float, model, keep_weights: bool) -> bool:
        """Take this epoch when it beats the best so far (a NaN, from an empty validation split, never does)."""
        if math.isnan(macro_f1) or (self.macro_f1 is not None and macro_f1 <= self.macro_f1):
            return False
        self.epoch, self.step, self.macro_f1 = epoch, step, macro_f1
        self.weights = ({k: v.detach().to("cpu", copy=True) for k, v in model.state_dict().items()}
                        if keep_weights else None)
        return True

    def patience_ran_out(self, epoch: int, patience: int | None) -> bool:
        """`patience` epochs in a row after the best one have not beaten it."""
        return patience is not None and self.epoch is not None and epoch - self.epoch >= patience

    def state(self) -> dict:
        # Not dataclasses.asdict: it would deep-copy the weights at every checkpoint (torch.save reads them as they are).
        return {"epoch": self.epoch, "step": self.step, "macro_f1": self.macro_f1, "weights": self.weights}

    @classmethod
    def from_state(cls, state: dict | None) -> "BestEpoch":
        return cls(**state) if state else cls()
