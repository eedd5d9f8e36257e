import pytest

from data_prep.english import (
    clause_bounds,
    is_verb_only,
    main_clause,
    negated_before,
    quotations,
)
from data_prep.model import Sentence


def sentence_of(text: str, offset: int = 0) -> Sentence:
    document = "x" * offset + text
    return Sentence.of(document, 0, offset, len(document))


@pytest.mark.parametrize("offset", [0, 25])
def test_clause_bounds_in_document_positions(offset):
    sentence = sentence_of("Russia met Iran; but Israel objected, while Ukraine said no.", offset)
    start, end = clause_bounds(sentence, sentence.start + sentence.text.index("met"))
    assert sentence.slice(start, end) == "Russia met Iran"


def test_main_clause_counts_coordinated_clauses_only():
    sentence = sentence_of("Iran, which backs Hamas, sent drones; Russia paid for them.")
    assert main_clause(sentence, sentence.text.index("sent")) == 0
    assert main_clause(sentence, sentence.text.index("paid")) == 1


def test_and_then_a_subject_opened_by_the_begins_a_main_clause():
    sentence = sentence_of(
        "Each side promised to defend the other, and the two countries pledged to act."
    )
    assert main_clause(sentence, sentence.text.index("pledged")) == 1
    listed = sentence_of("Russia sent grain, oil and the tankers needed to carry it.")
    assert main_clause(listed, listed.text.index("needed")) == 0


def test_even_as_begins_a_clause_of_its_own():
    sentence = sentence_of("China bought more oil, even as Washington imposed sanctions on Iran.")
    start, _ = clause_bounds(sentence, sentence.text.index("sanctions"))
    assert sentence.slice(start, start + 10) == "Washington"


def test_and_then_a_time_then_a_named_subject_begins_a_main_clause():
    sentence = sentence_of("Moscow blamed Israel, and two weeks later Russia delivered the S-300.")
    assert main_clause(sentence, sentence.text.index("delivered")) == 1


def test_an_and_closing_a_between_phrase_is_no_clause_break():
    sentence = sentence_of("A meeting between Iran and Russia is expected next week.")
    start, end = clause_bounds(sentence, sentence.text.index("expected"))
    assert (start, end) == (sentence.start, sentence.end)


def test_one_quotation_pattern_covers_double_and_single_curly_quotes():
    sentence = sentence_of("“We agree,” he said, calling it ‘a new chapter’ in Moscow’s ties.", 10)
    spans = [sentence.slice(a, b) for a, b in quotations(sentence)]
    assert spans == ["“We agree,”", "‘a new chapter’"]


@pytest.mark.parametrize(
    ("before", "negated"),
    [("Moscow did not ", True), ("Tehran failed to ", True), ("Iran quickly ", False)],
)
def test_negated_before(before, negated):
    sentence = sentence_of(before + "deliver the jets.")
    negations = ("not", "failed to")
    end = sentence.start + len(before)
    assert negated_before(sentence, sentence.start, end, negations) is negated


def test_verb_only_words_are_inflected_verbs_that_are_never_nouns():
    assert is_verb_only("attacked")
    assert is_verb_only("met")
    assert not is_verb_only("talks")
    assert not is_verb_only("trip")
    assert not is_verb_only("to")
