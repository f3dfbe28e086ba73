"""The extract stage on Ray Data (a local Ray, two CPUs) gives what the local engine gives."""

from __future__ import annotations

import pytest

from tests.scale.conftest import require_extra

require_extra("pyarrow", "scipy", "ray")

from resumefit.facts import Role  # noqa: E402
from resumefit.scale.run import Engine, match, open_cache  # noqa: E402
from tests.scale.corpus import write_corpus  # noqa: E402

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")  # Ray's own, on its settings


@pytest.fixture(scope="module")
def ray_session():
    """One local Ray for the module: starting Ray costs seconds, so it starts once."""
    import ray

    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    yield ray
    ray.shutdown()


@pytest.fixture(scope="module")
def folder(tmp_path_factory, scale_vocabulary):
    corpus = write_corpus(tmp_path_factory.mktemp("ray"), scale_vocabulary, 10, 30, seed=11)
    return corpus.postings[0].path.parent.parent


@pytest.fixture(scope="module")
def runs(ray_session, folder, scale_vocabulary, tmp_path_factory):
    """match on Ray and locally, each into its own cache: (cache, Matched) per engine."""
    done = {}
    for engine in (Engine("ray", workers=2), Engine()):
        cache, _ = open_cache(tmp_path_factory.mktemp(engine.name))
        done[engine.name] = (
            cache,
            match([folder / "resumes"], [folder / "postings"], cache, scale_vocabulary, 3, engine=engine),
        )
    return done


def test_ray_extracts_every_document_once(runs):
    _, matched = runs["ray"]
    assert (matched.indexed.extracted, matched.indexed.cached, matched.errors) == (40, 0, ())
    assert {s.role for s in matched.indexed.sources} == {Role.RESUME, Role.POSTING}


def test_ray_and_local_store_the_same_facts(runs):
    (ray_cache, on_ray), (local_cache, local) = runs["ray"], runs["local"]
    assert on_ray.indexed.sources == local.indexed.sources
    keys = [(s.sha256, s.role) for s in local.indexed.sources]
    assert ray_cache.facts(keys) == local_cache.facts(keys)


def test_ray_and_local_give_the_same_short_list(runs):
    on_ray, local = runs["ray"][1].top, runs["local"][1].top
    assert (on_ray.postings_for_resume == local.postings_for_resume).all()
    assert (on_ray.resumes_for_posting == local.resumes_for_posting).all()
