"""runtime/cpu.py: which CPUs add int8 products in saturating sums; and the largest int8 weight of an
ONNX file (training/pii_ner/export.py: int8_weight_max), which the gate, the export and serving compare
with runtime.cpu.SAFE_INT8_WEIGHT."""

import numpy as np
import pytest

from runtime.cpu import SAFE_INT8_WEIGHT, cpu_description, int8_sums_saturate
from training.pii_ner.export import int8_weight_max


@pytest.mark.parametrize("isa, saturates", [
    (["avx2", "fma"], True),                                   # AMD EPYC Zen 2/3, Intel before Cascade Lake
    (["avx2", "fma", "avx512f"], True),                        # Skylake-SP: AVX-512 without VNNI
    (["avx2", "fma", "avx512f", "avx512_vnni"], False),        # Cascade Lake and later
    (["avx2", "fma", "avx_vnni"], False),                      # Alder Lake: VNNI on AVX2
    ([], False),                                               # not x86, or nothing listed
])
def test_int8_sums_saturate(isa, saturates):
    assert int8_sums_saturate(isa) is saturates


def test_cpu_description_lists_only_known_flags():
    description = cpu_description()
    assert set(description) == {"model", "isa"}
    assert set(description["isa"]) <= {"avx2", "fma", "avx512f", "avx512_vnni", "avx_vnni", "amx_int8"}


def test_int8_weight_max_reads_the_int8_initializers(tmp_path):
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    weights = numpy_helper.from_array(np.array([[3, -100], [64, 7]], dtype=np.int8), "w_quantized")
    floats = numpy_helper.from_array(np.array([500.0], dtype=np.float32), "scale")  # not int8: ignored
    node = helper.make_node("Identity", ["x"], ["y"])
    graph = helper.make_graph([node], "g", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1])],
                              [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1])],
                              initializer=[weights, floats])
    path = tmp_path / "m.onnx"
    onnx.save(helper.make_model(graph), str(path))
    assert int8_weight_max(path) == 100 > SAFE_INT8_WEIGHT
    weights = numpy_helper.from_array(np.array([-128], dtype=np.int8), "w_quantized")  # |-128| in int8 overflows
    onnx.save(helper.make_model(helper.make_graph([node], "g", graph.input, graph.output, initializer=[weights])),
              str(path))
    assert int8_weight_max(path) == 128
    onnx.save(helper.make_model(helper.make_graph([node], "g", graph.input, graph.output)), str(path))
    assert int8_weight_max(path) == 0
