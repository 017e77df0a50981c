"""The Dask executor on a LocalCluster gives the same knowledge base as a local run, and the CLI
reaches it with --executor dask --scheduler ADDRESS (CI runs this; extra `test` has dask)."""
import shutil

import pytest

from pipeline.runner import RunSettings, dask_executor, run

distributed = pytest.importorskip("distributed")

from conftest import CORPUS, ROOT  # noqa: E402


@pytest.fixture(scope="module")
def texts(tmp_path_factory):
    """Text notices only: the workers of a processes=False cluster are threads of this process."""
    src = tmp_path_factory.mktemp("dask-in") / "notices"
    src.mkdir()
    for p in sorted(CORPUS.glob("*.txt")) + sorted((ROOT / "dev" / "country" / "raw").glob("d00*.txt")):
        shutil.copy(p, src / p.name)
    return src


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as c:
        yield c


def _files(out):
    names = ["kb.jsonl", "errors.jsonl"] + [f"tables/{p.name}" for p in sorted((out / "tables").glob("*.csv"))]
    names += [f"records/{p.name}" for p in sorted((out / "records").glob("*.json"))]
    return {n: (out / n).read_bytes() for n in names}


def test_dask_localcluster_gives_the_local_outputs(tmp_path, texts, cluster):
    from distributed import Client

    local, dask = tmp_path / "local", tmp_path / "dask"
    run([texts], RunSettings(out=local, workers=2, progress=False))
    with Client(cluster) as client:
        # a small window, so the sliding submission is exercised
        summary = run([texts], RunSettings(out=dask, progress=False), executor=dask_executor(client, in_flight=3))
    assert summary.documents == len(list(texts.glob("*.txt"))) and summary.failures == 0
    assert _files(dask) == _files(local)


def test_cli_executor_dask_with_a_scheduler_address(tmp_path, texts, cluster):
    from pipeline.cli import main

    out = tmp_path / "out"
    assert main(["run", str(texts), "--out", str(out), "--quiet", "--executor", "dask",
                 "--scheduler", cluster.scheduler_address]) == 0
    assert len(list((out / "records").glob("*.json"))) == len(list(texts.glob("*.txt")))


def test_scheduler_needs_the_dask_executor(tmp_path, texts):
    from pipeline.cli import main

    assert main(["run", str(texts), "--out", str(tmp_path / "o"), "--scheduler", "tcp://127.0.0.1:1"]) == 2
    with pytest.raises(ValueError):
        RunSettings(scheduler="tcp://127.0.0.1:1")
