"""The run's model is its best validation epoch, and early stopping ends a run whose validation
macro-F1 has stopped improving (training/best_epoch.py, training/train.py)."""

from __future__ import annotations

import math

import numpy as np
import torch
from sklearn.metrics import f1_score

from training.best_epoch import BestEpoch


def test_best_epoch_takes_only_strict_improvements_and_copies_the_weights():
    model = torch.nn.Linear(2, 2)
    best = BestEpoch()
    assert best.offer(0, 10, 0.5, model, keep_weights=True)
    with torch.no_grad():
        model.weight.add_(1.0)  # training goes on: the kept copy must not move with it
    assert not torch.equal(best.weights["weight"], model.weight)
    assert not best.offer(1, 20, 0.5, model, keep_weights=True)   # a tie is not an improvement
    assert not best.offer(2, 30, float("nan"), model, keep_weights=True)  # an empty validation split
    assert (best.epoch, best.step, best.macro_f1) == (0, 10, 0.5)
    assert not best.patience_ran_out(1, 2) and best.patience_ran_out(2, 2)
    assert not best.patience_ran_out(50, None)  # no patience: every epoch runs
    assert best.offer(3, 40, 0.7, model, keep_weights=False) and best.weights is None
    restored = BestEpoch.from_state(best.state())
    assert restored == best and BestEpoch.from_state(None) == BestEpoch()


def test_nothing_is_ever_best_on_an_empty_validation_split():
    best = BestEpoch()
    assert not best.offer(0, 5, float("nan"), torch.nn.Linear(1, 1), keep_weights=True)
    assert best.epoch is None and not best.patience_ran_out(9, 1)


def _validation_macro_f1(model_dir, splits, max_length) -> float:
    from training.evaluate import predict_logits

    labels = splits.validation["label"].to_numpy()
    predictions = predict_logits(model_dir, splits.validation["text"].tolist(), max_length).argmax(axis=1)
    return float(f1_score(labels, predictions, labels=sorted(set(labels.tolist())), average="macro", zero_division=0))


def test_the_model_is_the_best_epoch_and_the_run_stops_when_patience_runs_out(platform, splits, label_codes, tmp_path):
    from tests.training.helpers import training_config
    from training.train import run_training

    # Ten epochs with a patience of one: the tiny model on the session's data stops improving
    # long before its last epoch (its validation macro-F1 plateaus, and a tie is no improvement).
    cfg = training_config(epochs=10, early_stopping_patience=1, deterministic=True)
    result = run_training(cfg, splits, platform["store"], "early-stop", label_codes, tmp_path)
    f1s = [v["macro_f1"] for v in result.history["validation"]]
    assert result.stopped_early, f1s
    steps_per_epoch = result.history["validation"][0]["step"]
    assert result.steps < 10 * steps_per_epoch and len(f1s) < 10
    assert result.best_epoch == int(np.argmax(f1s))  # the first epoch of the highest score
    assert len(f1s) - 1 - result.best_epoch == cfg.early_stopping_patience  # stopped right when patience ran out
    # The saved model is that epoch's, not the last one's (here 0.960 at epoch 3, 0.942 at epoch 4):
    # its validation macro-F1 is the best one's.
    assert f1s[-1] < max(f1s), f1s
    assert math.isclose(_validation_macro_f1(result.model_dir, splits, cfg.max_length), max(f1s), abs_tol=1e-9)
