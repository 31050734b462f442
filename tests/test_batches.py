"""Task sizes for the worker pools: every item once, in order, and guided sizes that are
big while much remains and small at the end."""

from __future__ import annotations

import os
from collections import Counter
from functools import partial
from pathlib import Path

import pytest

from mtlint.parallel import BATCH, MAX_BATCH, _batches, pool_map


@pytest.mark.parametrize("count", [0, 1, 7, 33, 100, 1000, 4321])
@pytest.mark.parametrize("jobs", [2, 3, 8])
def test_guided_batches_cover_every_item_in_order(count: int, jobs: int) -> None:
    batches = list(_batches(iter(range(count)), BATCH, count, jobs))
    assert [x for b in batches for x in b] == list(range(count))
    sizes = [len(b) for b in batches]
    assert all(1 <= s <= MAX_BATCH for s in sizes)
    assert sizes == sorted(sizes, reverse=True)  # never grow: the tail is the finest
    if count >= 1000:
        assert sizes[0] == MAX_BATCH and sizes[-1] == 1
        assert len(batches) < count / BATCH  # fewer round trips than fixed batches
    if count >= 1000 and jobs == 2:
        assert len(batches) < count / BATCH / 2


def test_unknown_count_keeps_fixed_batches() -> None:
    assert [len(b) for b in _batches(iter(range(10)), BATCH)] == [4, 4, 2]


def test_a_wrong_count_still_yields_everything() -> None:
    for total in (0, 3, 50):
        assert [x for b in _batches(iter(range(20)), BATCH, total, 2) for x in b] == list(range(20))


def _square(x: int) -> int:
    return x * x


def test_pool_map_with_a_count_keeps_the_input_order() -> None:
    items = list(range(300))
    out = list(pool_map(_square, items, 2, lambda x: -1, total=len(items)))
    assert out == [(x, x * x) for x in items]


def _fragile(log: str, x: int) -> int:
    if x == 37:
        os._exit(3)  # a worker killed by this item, as by a crash or the OOM killer
    with Path(log).open("a", encoding="utf-8") as fh:  # one line per run of an item
        fh.write(f"{x}\n")
    return x * x


def test_a_dying_worker_loses_only_its_item(tmp_path: Path) -> None:
    log = tmp_path / "runs.txt"
    items = list(range(200))
    out = list(pool_map(partial(_fragile, str(log)), items, 2, lambda x: -1, total=len(items)))
    assert out == [(x, -1 if x == 37 else x * x) for x in items]
    runs = Counter(int(line) for line in log.read_text(encoding="utf-8").split())
    assert set(runs) == set(items) - {37}
    assert max(runs.values()) <= 2  # re-run at most once, after the break
    assert sum(runs.values()) < 2 * len(items)  # finished tasks are not re-run
