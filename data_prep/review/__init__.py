"""Analyst review: confirm, correct or reject an extracted event or claim, or add a missed
one, kept with the corpus in ``corrections.csv`` and applied on every build.

The dashboard's calls: ``decide`` (or ``decision_row``) turns a decision into the file's rows,
``write_corrections`` writes them atomically; ``build_corpus`` then applies them through
``review_corpus`` (``read_corrections`` + ``apply_corrections``), and ``review_accuracy`` says
how often the extractor had it right.
"""

from data_prep.review.accuracy import review_accuracy
from data_prep.review.apply import (
    ReviewedItem,
    ReviewReport,
    apply_corrections,
    corpus_texts,
    review_corpus,
)
from data_prep.review.corrections import (
    FILE_NAME,
    Correction,
    corrections_frame,
    parse_corrections,
    read_corrections,
    write_corrections,
)
from data_prep.review.decisions import decide, decision_row

__all__ = [
    "FILE_NAME",
    "Correction",
    "ReviewReport",
    "ReviewedItem",
    "apply_corrections",
    "corpus_texts",
    "corrections_frame",
    "decide",
    "decision_row",
    "parse_corrections",
    "read_corrections",
    "review_accuracy",
    "review_corpus",
    "write_corrections",
]
