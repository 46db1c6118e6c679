"""Extraction in several processes and on a Dask cluster gives the graph of one process."""

from __future__ import annotations

import pytest
from conftest import ROOT

from kg.build import build_graph_from
from kg.errors import KgError
from kg.export import nodelink


@pytest.fixture(scope="module")
def one_process():
    return nodelink.to_data(build_graph_from([ROOT / "seeds"], segmenter="char").graph)


def test_two_processes_give_the_graph_of_one(one_process):
    result = build_graph_from([ROOT / "seeds"], segmenter="char", jobs=2)
    assert nodelink.to_data(result.graph) == one_process


def test_a_dask_cluster_on_loopback_gives_the_graph_of_one_process(one_process):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        assert cluster.scheduler_address.startswith("tcp://127.0.0.1:")
        result = build_graph_from([ROOT / "seeds"], segmenter="char", scheduler=cluster.scheduler_address)
    assert nodelink.to_data(result.graph) == one_process
    assert result.model_seconds == 0  # the workers loaded the pipeline, not this process


def test_an_unreachable_scheduler_is_a_clear_error():
    pytest.importorskip("distributed")
    with pytest.raises(KgError, match="cannot reach the scheduler"):
        build_graph_from([ROOT / "seeds"], segmenter="char", scheduler="tcp://127.0.0.1:1")
