"""Distributed setup for training under torchrun (the nanoGPT way: everything from the environment).

torchrun sets RANK, LOCAL_RANK and WORLD_SIZE; one process without them is a world of one. GPUs
talk over NCCL, CPUs over gloo; small control messages (stop flags, RNG states, "which checkpoint")
always go over a gloo group, so agreeing on them needs no GPU synchronisation mid-step.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import torch
import torch.distributed as dist


@dataclass
class Distributed:
    rank: int = 0
    local_rank: int = 0
    world_size: int = 1
    control_group: object = None  # a gloo group for CPU-side control messages (stop flags, RNG)
    we_initialised: bool = False

    @property
    def enabled(self) -> bool:
        return self.world_size > 1

    @property
    def is_main(self) -> bool:
        return self.rank == 0


def from_environment() -> Distributed:
    """What torchrun announced, before any process group exists (to pick the device first)."""
    return Distributed(local_rank=int(os.environ.get("LOCAL_RANK", "0")),
                       world_size=int(os.environ.get("WORLD_SIZE", "1")))


def setup_distributed(device_type: str) -> Distributed:
    world_size = int(os.environ.get("WORLD_SIZE", "1"))
    if world_size <= 1:
        return Distributed()
    we_initialised = False
    if not dist.is_initialized():
        dist.init_process_group(backend="nccl" if device_type == "cuda" else "gloo")
        we_initialised = True
    control = dist.new_group(backend="gloo") if dist.get_backend() != "gloo" else None
    return Distributed(dist.get_rank(), int(os.environ.get("LOCAL_RANK", "0")), dist.get_world_size(),
                       control, we_initialised)


def pick_device(requested: str | None, dist_info: Distributed) -> torch.device:
    if requested:
        device = torch.device(requested)
    else:
        device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if device.type == "cuda":
        device = torch.device("cuda", dist_info.local_rank if dist_info.enabled else (device.index or 0))
        torch.cuda.set_device(device)
    return device


def gather_objects(value, dist_info: Distributed) -> list:
    """`value` from every rank, in rank order (just [value] in a world of one)."""
    if not dist_info.enabled:
        return [value]
    gathered = [None] * dist_info.world_size
    dist.all_gather_object(gathered, value, group=dist_info.control_group)
    return gathered


def any_rank(flags: list[bool], dist_info: Distributed) -> list[bool]:
    """Element-wise OR of boolean flags across ranks: stop decisions must be unanimous, or a
    collective would hang."""
    values = torch.tensor([int(flag) for flag in flags])
    if dist_info.enabled:
        dist.all_reduce(values, op=dist.ReduceOp.MAX, group=dist_info.control_group)
    return [bool(v) for v in values]


def barrier(dist_info: Distributed) -> None:
    if dist_info.enabled:
        dist.barrier(group=dist_info.control_group)


def teardown(dist_info: Distributed) -> None:
    if dist_info.we_initialised and dist.is_initialized():
        dist.destroy_process_group()
