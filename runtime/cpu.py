"""What the CPU this process runs on means for the models it runs: its instruction sets, and whether
ONNX Runtime's int8 arithmetic on it is exact.

On x86 CPUs with AVX2 or AVX-512F but no VNNI, ONNX Runtime's int8 kernels multiply uint8
activations by int8 weights with `vpmaddubsw`, which adds each pair of products into a 16-bit
register with saturation (onnxruntime issue #14642); with VNNI (AVX512-VNNI, AVX-VNNI) the products
go straight into 32-bit sums. Two products fit in 16 bits while |weight| <= 64 (255 x 64 x 2 =
32,640), so an int8 model whose weights stay within that range computes the same sums everywhere,
and one with full-range weights gives other numbers on such a CPU than on the one that checked it
(measured on an emulated Haswell with `benchmarks/int8_without_vnni.py`).
"""

from __future__ import annotations

from pathlib import Path

# The instruction sets that change float and int8 arithmetic (vector width, int8 dot products). The
# same PII tagger build key trained on two CPUs gives different weights (measured 2026-12-05: the
# build of earlier sessions, on a CPU that was not recorded, and one on an AMD EPYC with AVX2 differ
# by 133 LOCATION and 39 PERSON masks on the KLUE held-out part), so model cards and evaluation
# reports name the CPU.
ISA_FLAGS = ("avx2", "fma", "avx512f", "avx512_vnni", "avx_vnni", "amx_int8")

# The largest |int8 weight| whose pairs of products cannot saturate a 16-bit sum (see above).
SAFE_INT8_WEIGHT = 64


def cpu_description() -> dict:
    """{"model": CPU model name, "isa": the ISA_FLAGS it has} from /proc/cpuinfo (empty elsewhere)."""
    try:
        info = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return {"model": None, "isa": []}
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    fields = {k.strip(): v.strip() for k, v in fields.items()}
    flags = set(fields.get("flags", "").split())
    return {"model": fields.get("model name"), "isa": [f for f in ISA_FLAGS if f in flags]}


def int8_sums_saturate(isa: list[str]) -> bool:
    """True on an x86 CPU whose int8 kernels add pairs of products in saturating 16-bit sums: AVX2 or
    AVX-512F without VNNI. Other CPUs (with VNNI, or not x86: no flags listed) sum exactly."""
    return bool({"avx2", "avx512f"} & set(isa)) and not {"avx512_vnni", "avx_vnni"} & set(isa)

