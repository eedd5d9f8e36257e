"""Import the world's countries from PETRARCH2's country dictionary.

Run ``python -m data_prep.country_import`` to rebuild ``lexicons/world_countries.csv`` from
the committed raw dictionary ``lexicons/sources/petrarch2_Phoenix.Countries.actors.txt`` (MIT,
Open Event Data Alliance, built from CountryInfo.txt; provenance in
``lexicons/sources/README.md``). Only the dictionary's data is used.

The hand-curated ``countries.csv`` and ``actors.csv`` name the countries this corpus meets
most, with their capitals as metonyms; this file gives every other country its name and
nationality adjectives, so that "a Singapore-based analyst" or "Kuwaiti officials" are placed
in a country on news nobody has read. A curated row wins over an imported one.

A country entry of the dictionary is a line ``NAME_ [ISO]`` (or ``NAME_`` with its codes on
tab-indented lines below, the last being today's), followed by ``+SYNONYM_`` lines: spellings
in several languages, the demonym and major cities, unmarked. From them this keeps:

* the **name**: the entry's own and, for a formal name, each synonym made of its distinctive
  words ("TANZANIA" for "UNITED_REPUBLIC_OF_TANZANIA");
* the **adjectives**: single-word synonyms that extend the name's stem (the name without its
  final vowels) by an English demonym ending ("SINGAPOREAN", "KUWAITI"), which is what the
  demonyms look like; the cities, misspellings and foreign spellings do not.

Codes that are not a current ISO 3166 country are dropped (``NOT_COUNTRIES``). Where several
entries share a code (a former name, or a city filed under its country's code), the one with
the most synonyms is the country.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from data_prep.lexicons import csv_text

LEXICON_DIR = Path(__file__).parent / "lexicons"
RAW_DICTIONARY = LEXICON_DIR / "sources" / "petrarch2_Phoenix.Countries.actors.txt"
OUTPUT = LEXICON_DIR / "world_countries.csv"
OUTPUT_COLUMNS = ("iso3", "name", "aliases", "adjectives", "source_line")

# Codes of the dictionary that name no current ISO 3166 country.
NOT_COUNTRIES = {
    "KNT": "Kinakuta, the fictitious country of PETRARCH's validation records",
    "KSV": "Kosovo under the World Bank's code, not an ISO 3166 code",
    "DDR": "East Germany, a former state",
    "CSK": "Czechoslovakia, a former state",
    "SUN": "the Soviet Union, a former state",
    "SCG": "Serbia and Montenegro, a former state",
    "TMP": "Timor-Leste under its withdrawn code",
}
# English demonyms end so: Singapore-an, Austr-ian, Chin-ese, Kuwait-i, Pol-ish.
DEMONYM_ENDINGS = ("an", "ian", "ean", "ese", "i", "ish", "ic", "ine")
# Words a name shares with many countries, which cannot stand for one on their own.
GENERIC_NAME_WORDS = frozenset(
    {"of", "the", "and", "republic", "democratic", "united", "federation", "kingdom",
     "islands", "states", "people's", "federated"}
)  # fmt: skip
_CODE = re.compile(r"\[([A-Z]+)[^\]]*\]")
_ENTRY = re.compile(r"([A-Z][A-Z_'.-]*)\s*(.*)$")


@dataclass
class Entry:
    name: str
    line: int
    synonyms: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)

    @property
    def code(self) -> str:
        return self.codes[-1] if self.codes else ""


def parse_entries(text: str) -> list[Entry]:
    """Every entry of the dictionary with its synonyms and codes, comments removed."""
    entries: list[Entry] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if line.startswith("+"):
            if entries:
                entries[-1].synonyms.append(line[1:].strip())
        elif line[0] in "\t ":
            if entries:
                entries[-1].codes.extend(_CODE.findall(line))
        elif match := _ENTRY.match(line):
            entries.append(Entry(match.group(1), number, codes=_CODE.findall(match.group(2))))
    return entries


def words(token: str) -> str:
    """ "UNITED_ARAB_EMIRATES_" -> "United Arab Emirates"."""
    parts = [part for part in token.strip("_ ").split("_") if part]
    return " ".join(
        part.lower() if part.lower() in ("of", "the", "and") and i else part.capitalize()
        for i, part in enumerate(parts)
    )


def _plain(token: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Z_'.-]*", token.strip()))


def short_names(entry: Entry) -> list[str]:
    """For a formal name ("United Republic of Tanzania"), the synonyms made of its own
    distinctive words, in order."""
    own = words(entry.name).lower().split()
    if not GENERIC_NAME_WORDS & set(own):
        return []
    found = []
    for synonym in filter(_plain, entry.synonyms):
        parts = words(synonym).lower().split()
        distinctive = [p for p in parts if p not in GENERIC_NAME_WORDS]
        if distinctive and parts != own and _in_order(parts, own):
            found.append(words(synonym))
    return list(dict.fromkeys(found))


def _in_order(parts: list[str], own: list[str]) -> bool:
    return any(own[i : i + len(parts)] == parts for i in range(len(own) - len(parts) + 1))


def adjectives(entry: Entry) -> list[str]:
    """Single-word synonyms that extend the name's stem by a demonym ending."""
    stem = words(entry.name).split()[-1].lower().rstrip("aeiouy")
    found = []
    for synonym in filter(_plain, entry.synonyms):
        word = words(synonym)
        lower = word.lower()
        if " " in word or not lower.startswith(stem) or len(lower) <= len(stem):
            continue
        if lower.endswith(DEMONYM_ENDINGS):
            found.append(word)
    return list(dict.fromkeys(found))


def country_rows(entries: Iterable[Entry]) -> list[dict[str, str]]:
    """One row per current country: the entry of its code with the most synonyms."""
    chosen: dict[str, Entry] = {}
    for entry in entries:
        code = entry.code
        if len(code) != 3 or code in NOT_COUNTRIES:
            continue
        if code not in chosen or len(entry.synonyms) > len(chosen[code].synonyms):
            chosen[code] = entry
    rows = {}
    for code, entry in chosen.items():
        rows[code] = {
            "iso3": code,
            "name": words(entry.name),
            "aliases": "|".join(short_names(entry)),
            "adjectives": "|".join(adjectives(entry)),
            "source_line": str(entry.line),
        }
    return sorted(rows.values(), key=lambda row: row["iso3"])


def rows_to_csv(rows: Iterable[dict[str, str]]) -> str:
    return csv_text(rows, OUTPUT_COLUMNS)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--input", type=Path, default=RAW_DICTIONARY)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    rows = country_rows(parse_entries(args.input.read_text(encoding="utf-8", errors="replace")))
    args.output.write_text(rows_to_csv(rows), encoding="utf-8")
    print(f"wrote {args.output}: {len(rows)} countries", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
