"""The import of PETRARCH2's country dictionary (data_prep/country_import.py)."""

from data_prep.country_import import (
    OUTPUT,
    RAW_DICTIONARY,
    adjectives,
    country_rows,
    parse_entries,
    rows_to_csv,
    short_names,
)
from data_prep.lexicons import load_lexicons

SAMPLE = """# header comment
SINGAPORE_  [SGP]
+SINGAPOREAN_
+SINGAPURA_
+S'PORE_
YUSUF_BIN_ISHAK_  # CountryInfo.txt
\t[SGPELI 19280101-591201]
KUWAIT_
+KUWAITI_
+KUWAIT_CITY_
\t[KWT <900802]
\t[KWTOCC 900802-910206]
\t[KWT >910206]
LEIPZIG_  [DEU]
GERMANY_  [DEU]
+GERMAN
+DEUTSCHLAND_
UNITED_REPUBLIC_OF_TANZANIA_  [TZA]
+TANZANIAN_
+TANZANIA_
KINAKUTA_  [KNT]
+KINAKUTAN_
"""


def test_a_country_entry_keeps_its_demonym_and_not_its_cities_or_spellings():
    rows = {row["iso3"]: row for row in country_rows(parse_entries(SAMPLE))}
    assert rows["SGP"]["name"] == "Singapore"
    assert rows["SGP"]["adjectives"] == "Singaporean"
    assert rows["KWT"]["adjectives"] == "Kuwaiti"


def test_codes_on_the_lines_below_count_and_the_last_is_todays():
    rows = {row["iso3"]: row for row in country_rows(parse_entries(SAMPLE))}
    assert "KWT" in rows and "KWTOCC" not in rows


def test_people_and_fictitious_countries_are_no_countries():
    rows = {row["iso3"] for row in country_rows(parse_entries(SAMPLE))}
    assert rows == {"SGP", "KWT", "DEU", "TZA"}


def test_the_entry_with_most_synonyms_names_a_shared_code():
    rows = {row["iso3"]: row for row in country_rows(parse_entries(SAMPLE))}
    assert rows["DEU"]["name"] == "Germany"


def test_a_formal_name_gets_its_short_name():
    entry = next(e for e in parse_entries(SAMPLE) if e.name.startswith("UNITED_REPUBLIC"))
    assert short_names(entry) == ["Tanzania"]
    assert adjectives(entry) == ["Tanzanian"]


def test_the_committed_table_is_what_the_converter_writes():
    rows = country_rows(parse_entries(RAW_DICTIONARY.read_text("utf-8", errors="replace")))
    assert OUTPUT.read_text("utf-8") == rows_to_csv(rows)
    assert len(rows) > 190


def test_curated_countries_win_and_the_others_get_a_state():
    lexicons = load_lexicons()
    iran = [c for c in lexicons.countries if c.iso3 == "IRN"]
    assert len(iran) == 1 and iran[0].metonyms == ("Tehran", "Teheran")
    assert lexicons.state_of["SGP"].name == "Singapore"
    assert lexicons.state_of["IRN"].actor_id == "iran"
