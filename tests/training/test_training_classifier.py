"""The classifier head (training/classifier.py): [CLS] through BERT's pooler, or the mean of the real tokens."""

from __future__ import annotations

import pytest
import torch
from transformers import BertConfig, BertForSequenceClassification, BertModel

from training.classifier import load_classifier, new_classifier

LABELS = ["roads", "water", "parks"]


@pytest.fixture
def base_dir(tmp_path):
    torch.manual_seed(0)
    config = BertConfig(vocab_size=50, hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                        intermediate_size=32, max_position_embeddings=32)
    BertModel(config).save_pretrained(tmp_path / "base")
    return tmp_path / "base"


def _batch():
    input_ids = torch.tensor([[2, 7, 9, 11, 3, 0, 0], [2, 5, 6, 8, 12, 14, 3]])
    return input_ids, (input_ids != 0).long()


def test_the_mean_head_reads_the_real_tokens_only(base_dir):
    torch.manual_seed(1)
    model = new_classifier(str(base_dir), LABELS, "mean").eval()
    assert model.bert.pooler is None  # no untrained weights left over (DDP needs every parameter used)
    input_ids, mask = _batch()
    with torch.no_grad():
        logits = model(input_ids=input_ids, attention_mask=mask).logits
        alone = model(input_ids=input_ids[:1, :5], attention_mask=mask[:1, :5]).logits
        hidden = model.bert(input_ids=input_ids[:1, :5])[0]
        by_hand = model.classifier(hidden.mean(dim=1))
    assert logits.shape == (2, 3)
    # Padding changes nothing: the padded row gives what it gives alone, the mean of its 5 tokens.
    torch.testing.assert_close(logits[0], alone[0], atol=1e-5, rtol=1e-5)
    torch.testing.assert_close(alone, by_hand, atol=1e-5, rtol=1e-5)


def test_the_head_travels_with_the_model(base_dir, tmp_path):
    torch.manual_seed(1)
    model = new_classifier(str(base_dir), LABELS, "mean").eval()
    model.save_pretrained(tmp_path / "trained")
    loaded = load_classifier(tmp_path / "trained").eval()
    assert loaded.config.classifier_pooling == "mean"
    assert loaded.config.id2label == {0: "roads", 1: "water", 2: "parks"}
    input_ids, mask = _batch()
    with torch.no_grad():
        torch.testing.assert_close(loaded(input_ids=input_ids, attention_mask=mask).logits,
                                   model(input_ids=input_ids, attention_mask=mask).logits)


def test_the_cls_head_is_berts_own(base_dir):
    torch.manual_seed(1)
    model = new_classifier(str(base_dir), LABELS, "cls").eval()
    assert model.bert.pooler is not None
    bert = BertForSequenceClassification.from_pretrained(base_dir, num_labels=3).eval()
    bert.load_state_dict(model.state_dict())
    input_ids, mask = _batch()
    with torch.no_grad():
        ours = model(input_ids=input_ids, attention_mask=mask).logits
        theirs = bert(input_ids=input_ids, attention_mask=mask).logits
        mean = new_classifier(str(base_dir), LABELS, "mean").eval()
        mean.load_state_dict({k: v for k, v in model.state_dict().items() if "pooler" not in k})
        averaged = mean(input_ids=input_ids, attention_mask=mask).logits
    torch.testing.assert_close(ours, theirs)
    assert not torch.allclose(ours, averaged, atol=1e-4)  # the two heads do read different vectors


def test_the_mean_head_gives_a_loss_with_labels(base_dir):
    model = new_classifier(str(base_dir), LABELS, "mean")
    input_ids, mask = _batch()
    out = model(input_ids=input_ids, attention_mask=mask, labels=torch.tensor([0, 2]))
    assert out.loss is not None and out.loss.item() > 0
    out.loss.backward()
    assert all(p.grad is not None for p in model.parameters() if p.requires_grad)


def test_the_mean_head_exports_to_onnx_with_the_same_logits(base_dir, tmp_path):
    import numpy as np
    import onnxruntime as ort

    from training.export import export_onnx

    torch.manual_seed(1)
    model = new_classifier(str(base_dir), LABELS, "mean").eval()
    model.save_pretrained(tmp_path / "trained")
    path = export_onnx(tmp_path / "trained", tmp_path / "model.onnx")
    input_ids, mask = _batch()
    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    feeds = {"input_ids": input_ids.numpy(), "attention_mask": mask.numpy(),
             "token_type_ids": np.zeros_like(input_ids.numpy())}
    onnx_logits = session.run(None, {i.name: feeds[i.name] for i in session.get_inputs()})[0]
    with torch.no_grad():
        torch_logits = model(input_ids=input_ids, attention_mask=mask).logits.numpy()
    np.testing.assert_allclose(onnx_logits, torch_logits, atol=1e-4)
    # The padded row's logits are those of its 5 real tokens: the mask reached the exported mean.
    alone = session.run(None, {i.name: {k: v[:1, :5] for k, v in feeds.items()}[i.name] for i in session.get_inputs()})[0]
    np.testing.assert_allclose(onnx_logits[:1], alone, atol=1e-4)
