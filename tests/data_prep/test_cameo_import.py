"""The PETRARCH2 CAMEO verb dictionary import: parsing, mapping, curation and the committed CSV."""

from __future__ import annotations

import csv
import io

import pytest

pytest.importorskip("lemminflect")

from data_prep import cameo_import as ci
from data_prep.schema import EVENT_TYPES, POLARITIES

pytestmark = pytest.mark.filterwarnings("ignore:dtype\\(\\). align")

SNIPPET = """\
# header comment
####### SYNONYM SETS #######

&TREATY
+TREATY
+PACT
+WRITTEN_AGREEMENT

&CASH_
+MONEY
+KRONE_

####### VERB PATTERNS #######

---  PLAN   [030]  ---
PLAN {PLANS PLANNED PLANNING }
SCHEME # rare
+SET_UP {+SETS_UP +SETTING_UP } [040]
- * VISIT                                   [036]    # PLAN
- * &TREATY                                 [057]    # PLANNED
- * {MILITARY EXERCISES} (WITH +)           [062:062] # SET_UP
- TROOPS * ATTACK                           [190]    # PLAN
- * (TO) $                                  [042:043] # SCHEME

---  PONDER   [---]  ---
PONDER
- * OFFER                                   [:014]   # PONDER

######## TRANSFORMATIONS ##########
~ a (a b ATTACK) SAY = a b 015
"""


def test_parse_code():
    assert ci.parse_code("[042:043]") == ("042", "043")
    assert ci.parse_code("[0332]") == ("0332", "")
    assert ci.parse_code("[---]") == ("", "")
    assert ci.parse_code("[:173]") == ("", "173")


def test_parse_plain_word_and_verb_place():
    pattern = ci.parse_pattern_line("- * AID                [070]         # RUSH")
    assert pattern.pre == ()
    assert pattern.post == (ci.Word("aid"),)
    assert (pattern.code, pattern.passive_code, pattern.verb_hint) == ("070", "", "rush")
    assert pattern.raw == "* AID"


def test_parse_synset():
    pattern = ci.parse_pattern_line("- * &FOOD  [073]  # RUSH")
    assert pattern.post == (ci.Synset("&FOOD"),)


def test_parse_fixed_phrase_with_synset_inside():
    pattern = ci.parse_pattern_line("- * {&MILITARY AID}  [0232]  # ASK")
    assert pattern.post == (ci.Phrase((ci.Synset("&MILITARY"), ci.Word("aid"))),)


def test_parse_prepositional_phrases():
    pattern = ci.parse_pattern_line("- * (TO LIST) (OF {BANNED PARTIES}) [1722]")
    assert pattern.post == (
        ci.Prep("to", (ci.Word("list"),)),
        ci.Prep("of", (ci.Phrase((ci.Word("banned"), ci.Word("parties"))),)),
    )
    assert pattern.verb_hint == ""


def test_parse_target_and_source_markers():
    pattern = ci.parse_pattern_line("- * (TO {BANNED PARTIES}) $   [1722]   # ADD")
    assert pattern.post[-1] == ci.Marker("$")
    pattern = ci.parse_pattern_line("- * ATTACK ON +   [018]  # DESCRIBE")
    assert pattern.post == (ci.Word("attack"), ci.Word("on"), ci.Marker("+"))


def test_parse_words_before_the_verb_and_passive_code():
    pattern = ci.parse_pattern_line("- &AIRCRAFT * RAIDS   [195]  # STAGE")
    assert pattern.pre == (ci.Synset("&AIRCRAFT"),)
    pattern = ci.parse_pattern_line("- * (BEFORE COURT)   [:173]   # APPEAR")
    assert (pattern.code, pattern.passive_code) == ("", "173")


def test_parse_unbalanced_pattern_is_an_error():
    with pytest.raises(ValueError):
        ci.parse_pattern_line("- * VENTURE (WITH VISIT) VISIT)  [042]")


def test_parse_verb_lines():
    verb = ci.parse_verb_line("HURRY {HURRIES HURRYING HURRIED }", "")
    assert (verb.lemma, verb.head, verb.code) == ("hurry", 0, "")
    assert verb.listed_forms == ("hurries", "hurrying", "hurried")
    verb = ci.parse_verb_line("+ASK_FOR {+ASKED_FOR +ASKING_FOR +ASKS_FOR} [020]", "---")
    assert (verb.lemma, verb.head, verb.code) == ("ask for", 0, "020")
    assert "asked for" in verb.listed_forms
    verb = ci.parse_verb_line("WIRE_+TAP {WIRE_+TAPS}", "160")
    assert (verb.lemma, verb.head, verb.code) == ("wire tap", 1, "160")
    assert ci.parse_verb_line("ENQUIRE   # OY 25 Jul 2003", "").lemma == "enquire"


def test_parse_dictionary_snippet():
    dictionary = ci.parse_dictionary(SNIPPET)
    assert dictionary.synsets["&TREATY"] == ("+TREATY", "+PACT", "+WRITTEN_AGREEMENT")
    assert [b.name for b in dictionary.blocks] == ["PLAN", "PONDER"]
    plan = dictionary.blocks[0]
    assert plan.code == "030"
    assert [v.lemma for v in plan.verbs] == ["plan", "scheme", "set up"]
    assert [v.code for v in plan.verbs] == ["030", "030", "040"]
    assert len(plan.patterns) == 5
    assert dictionary.blocks[1].code == ""


def test_synset_members():
    assert ci.parse_synset_member("+PRIME_MINISTER") == ("prime minister", True)
    assert ci.parse_synset_member("+KRONE_") == ("krone", False)


def test_records_credit_patterns_to_the_verb_named():
    dictionary = ci.parse_dictionary(SNIPPET)
    records, dropped = ci.dictionary_records(dictionary)
    pairs = {(r.lemma, r.raw) for r in records}
    assert ("plan", "") in pairs and ("set up", "") in pairs
    assert ("plan", "* &TREATY") in pairs  # "PLANNED" in the comment is a form of PLAN
    assert ("set up", "* {MILITARY EXERCISES} (WITH +)") in pairs
    assert ("scheme", "* (TO) $") in pairs
    assert not any(r.lemma == "scheme" and r.raw == "* VISIT" for r in records)
    # PONDER has no code of its own; its single pattern names it
    assert ("ponder", "* OFFER") in pairs
    assert not dropped


def test_pattern_words_expand_synsets_phrases_and_prepositions():
    members = {"&TREATY": ("treaty", "pact"), "&MILITARY": ("troops",)}
    modifiers = {"&MILITARY": ("military",)}
    post = ci.parse_pattern_line("- * &TREATY [057]").post
    assert ci.pattern_words(post, members, modifiers) == [["treaty"], ["pact"]]
    post = ci.parse_pattern_line("- * {&MILITARY AID} (TO +) [0332]").post
    assert ci.pattern_words(post, members, modifiers) == [["military aid", "to"]]
    post = ci.parse_pattern_line("- * &CURRENCY [071]").post
    assert ci.pattern_words(post, members, modifiers) is None
    post = ci.parse_pattern_line("- * + THAT $ WILL PULLOUT [0356]").post
    assert ci.pattern_words(post, members, modifiers) is None


def test_curated_synset_members_come_from_the_dictionary():
    dictionary = ci.parse_dictionary(ci.RAW_DICTIONARY.read_text(encoding="utf-8"))
    for table in (ci.SYNSET_MEMBERS, ci.SYNSET_MODIFIERS):
        for name, chosen in table.items():
            members = {ci.parse_synset_member(m)[0] for m in dictionary.synsets[name]}
            plurals = {m + "s" for m in members}
            assert set(chosen) <= members | plurals, name


RULES = """\
prefix,event_type,polarity,keep,notes
03,statement_support,cooperation,true,intent
033,aid,cooperation,true,intent to aid
0332,arms_transfer,cooperation,true,intent to give arms
17,other,tension,true,coerce
173,other,tension,false,arrest
"""


def test_map_code_longest_prefix_wins():
    rules = ci.read_event_type_table(RULES)
    assert ci.map_code("030", rules).event_type == "statement_support"
    assert ci.map_code("0331", rules).event_type == "aid"
    assert ci.map_code("0332", rules).event_type == "arms_transfer"
    assert ci.map_code("173", rules).keep is False
    assert ci.map_code("174", rules).keep is True
    assert ci.map_code("190", rules) is None


def test_goldstein_falls_back_to_parent_then_root():
    weights = {"030": 4.0, "031": 5.2, "072": 8.3}
    assert ci.goldstein_for("072", weights) == (8.3, "072")
    assert ci.goldstein_for("0311", weights) == (5.2, "031")
    assert ci.goldstein_for("0332", weights) == (4.0, "030")
    assert ci.goldstein_for("999", weights) == (None, "")


def test_curation_on_snippet():
    rules = ci.read_event_type_table(
        "prefix,event_type,polarity,keep,notes\n"
        "03,statement_support,cooperation,true,\n04,meeting,cooperation,true,\n"
        "05,agreement,cooperation,true,\n06,other,cooperation,true,\n"
        "19,military_action,tension,true,\n"
    )
    records, _ = ci.dictionary_records(ci.parse_dictionary(SNIPPET))
    report = ci.CurationReport()
    kept = {(c.lemma, c.pattern, c.code) for c in ci.curate(records, rules, report)}
    assert ("plan", "treaty", "057") in kept and ("plan", "pact", "057") in kept
    assert ("set up", "military exercises with", "062") in kept
    assert not any(p == "attack" for _, p, _ in kept)  # words before the verb
    assert not any(lemma == "scheme" for lemma, _, _ in kept)  # only "to" after it
    assert ("plan", "", "030") not in kept  # "plan" alone is not in BARE_VERBS
    assert report.read == len(records)
    assert report.kept == len(kept)


def test_verb_forms_come_from_lemminflect():
    assert ci.verb_forms("meet", 0) == ("meet", "meets", "met", "meeting")
    forms = ci.verb_forms("criticise", 0)
    assert {"criticised", "criticises", "criticising"} <= set(forms)
    assert set(ci.verb_forms("ask for", 0)) >= {"ask for", "asked for", "asking for"}
    # a listed form lemminflect does not read as the same verb (a typo) is left out
    assert "drug out" not in ci.verb_forms("drag out", 0, ("drug out", "dragged out"))


@pytest.fixture(scope="module")
def committed_rows() -> list[dict[str, str]]:
    with ci.OUTPUT.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_committed_csv_parses_and_uses_the_vocabulary(committed_rows):
    assert committed_rows
    assert tuple(committed_rows[0]) == ci.OUTPUT_COLUMNS
    codes = set()
    for row in committed_rows:
        assert row["event_type"] in EVENT_TYPES
        assert row["polarity"] in POLARITIES
        assert row["source"] == "petrarch2"
        assert row["lemma"] and row["cameo_code"].isdigit()
        assert 1 <= int(row["cameo_code"][:2]) <= 20
        assert row["goldstein"] == "" or -10.0 <= float(row["goldstein"]) <= 10.0
        forms = row["forms"].split("|")
        assert row["lemma"] in forms
        assert len(row["pattern"].split()) <= ci.MAX_PATTERN_WORDS
        codes.add((row["lemma"], row["pattern"]))
    assert len(codes) == len(committed_rows)  # one row per verb and pattern


def test_event_type_table_uses_the_vocabulary():
    text = ci.EVENT_TYPE_TABLE.read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len({r["prefix"] for r in rows}) == len(rows)
    for row in rows:
        assert row["event_type"] in EVENT_TYPES, row
        assert row["polarity"] in POLARITIES, row
        assert row["keep"] in ("true", "false"), row
        assert row["prefix"].isdigit()
    roots = {r["prefix"] for r in rows if len(r["prefix"]) == 2}
    assert roots == {f"{n:02d}" for n in range(1, 21)}


def test_committed_csv_equals_a_fresh_conversion():
    conversion = ci.convert_files()
    assert ci.rows_to_csv(conversion.rows) == ci.OUTPUT.read_text(encoding="utf-8")
