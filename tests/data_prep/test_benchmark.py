"""The benchmark's own steps leave the corpus and the store as they found them (its figures
are measured by running it, not here)."""

from data_prep.benchmark import ADDED_ARTICLE, measure_update, write_corpus
from data_prep.store import store_is_current, update_store


def test_the_one_article_update_runs_one_article_and_restores_the_corpus(tmp_path):
    corpus, store = tmp_path / "corpus", tmp_path / "store"
    write_corpus(corpus, 4)
    update_store(corpus, store, workers=1)
    measured = measure_update(corpus, store)
    assert (measured["processed"], measured["reused"], measured["spliced"]) == (1, 4, True)
    assert measured["seconds"] > 0
    assert not (corpus / ADDED_ARTICLE).exists()
    assert store_is_current(corpus, store)
