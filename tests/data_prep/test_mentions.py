"""Actor mentions: names with titles, metonyms, roles on a date, descriptions and pairs."""

from __future__ import annotations

from datetime import date

import pytest

from data_prep.lexicons import Lexicons
from data_prep.mentions import (
    LEARNED_PERSON_PREFIX,
    MentionMemory,
    find_mentions,
    remember,
    role_holder,
    titles_of,
)
from data_prep.model import Mention, Sentence


class Reader:
    """Reads one article's sentences in order, as the pipeline does."""

    def __init__(self, lexicons: Lexicons, published: date | None):
        self.lexicons = lexicons
        self.published = published
        self.memory = MentionMemory()
        self.sentences_read = 0

    def find(self, text: str, start: int, end: int) -> list[Mention]:
        sentence = Sentence.of(text, self.sentences_read, start, end)
        self.sentences_read += 1
        found = find_mentions(sentence, self.lexicons, self.memory, self.published)
        remember(self.memory, found)
        return found.mentions


def found_mentions(lexicons, sentences: list[str], published: date | None) -> list[list[Mention]]:
    """The mentions of each sentence, each sentence found in order like the pipeline."""
    text = " ".join(sentences)
    reader = Reader(lexicons, published)
    found, position = [], 0
    for sentence in sentences:
        start = text.index(sentence, position)
        end = start + len(sentence)
        position = end
        per_sentence = reader.find(text, start, end)
        for mention in per_sentence:
            assert text[mention.start : mention.end] == mention.text
            assert start <= mention.start < mention.end <= end
        found.append(per_sentence)
    return found


def mentions(lexicons, sentences: list[str], published: date | None) -> list[list[tuple[str, str]]]:
    """``(surface text, actor_id)`` per sentence, each sentence found in order like the pipeline."""
    return [
        [(mention.text, mention.actor_id) for mention in per_sentence]
        for per_sentence in found_mentions(lexicons, sentences, published)
    ]


def pair_in_last(lexicons, sentences: list[str], published: date) -> Mention:
    """The one pair mention ("the two leaders") of the last sentence."""
    (pair,) = [m for m in found_mentions(lexicons, sentences, published)[-1] if m.kind == "pair"]
    return pair


def actor_ids(lexicons, sentence: str, published: date | None = date(2024, 10, 11)) -> list[str]:
    return [actor_id for _, actor_id in mentions(lexicons, [sentence], published)[0]]


def test_title_and_name_is_one_mention(lexicons):
    found = mentions(
        lexicons,
        ["Russian President Vladimir Putin met Iranian President Masoud Pezeshkian in Moscow."],
        date(2024, 10, 11),
    )[0]
    assert found == [
        ("Russian President Vladimir Putin", "vladimir_putin"),
        ("Iranian President Masoud Pezeshkian", "masoud_pezeshkian"),
    ]


def test_surname_after_full_name(lexicons):
    found = mentions(lexicons, ["Vladimir Putin arrived.", "Putin then spoke."], date(2024, 10, 11))
    assert found[1] == [("Putin", "vladimir_putin")]


@pytest.mark.parametrize(
    ("sentence", "surface", "actor_id"),
    [
        ("The Kremlin welcomed the agreement.", "Kremlin", "kremlin"),
        ("Moscow welcomed the agreement.", "Moscow", "russia"),
        ("Tehran welcomed the agreement.", "Tehran", "iran"),
        ("Russia thanked the Islamic Republic.", "the Islamic Republic", "iran"),
        ("Washington imposed sanctions.", "Washington", "united_states"),
        ("Kyiv says drones were used.", "Kyiv", "ukraine"),
        ("The strikes drew condemnation from Moscow.", "Moscow", "russia"),
        ("Russia bought drones from Tehran.", "Tehran", "iran"),
        # Where a visitor arrives is the host of the visit, as in "flew to Tehran".
        ("Putin arrived in Tehran.", "Tehran", "iran"),
        ("On arrival in Tehran, Putin met Raisi.", "Tehran", "iran"),
    ],
)
def test_metonyms_resolve_to_their_actor(lexicons, sentence, surface, actor_id):
    found = mentions(lexicons, [sentence], date(2024, 10, 11))[0]
    assert any(actor == actor_id and surface in text for text, actor in found), found


def test_the_islamic_republic_at_sentence_start(lexicons):
    assert "iran" in actor_ids(lexicons, "The Islamic Republic welcomed the agreement.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Putin spoke in Tehran.",
        "The talks in Moscow ended.",
        "He flew from Tehran to Ashgabat.",
        "Araghchi returned from Moscow on Friday.",
    ],
)
def test_capitals_as_places_are_not_actors(lexicons, sentence):
    assert not {"iran", "russia"} & set(actor_ids(lexicons, sentence))


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (date(2023, 1, 1), "ebrahim_raisi"),
        (date(2024, 5, 10), "ebrahim_raisi"),
        (date(2024, 5, 19), "ebrahim_raisi"),
        (date(2024, 5, 20), "mohammad_mokhber"),
        (date(2024, 6, 15), "mohammad_mokhber"),
        (date(2024, 7, 27), "mohammad_mokhber"),
        (date(2024, 7, 28), "masoud_pezeshkian"),
        (date(2025, 4, 26), "masoud_pezeshkian"),
    ],
)
@pytest.mark.parametrize(
    "form", ["Iran's president", "Iranian President", "the president of Iran", "Iran’s president"]
)
def test_iranian_president_by_date(lexicons, form, published, expected):
    found = mentions(lexicons, [f"{form} spoke to reporters."], published)[0]
    assert len(found) == 1 and found[0][1] == expected


def test_interim_president_is_mokhber(lexicons):
    assert actor_ids(lexicons, "Iran's interim president met Putin.", date(2024, 6, 1)) == [
        "mohammad_mokhber",
        "vladimir_putin",
    ]


def test_role_holder_and_titles_of(lexicons):
    assert role_holder(lexicons, "IRN", "president", date(2024, 5, 19)) == "ebrahim_raisi"
    assert role_holder(lexicons, "IRN", "president", date(2024, 5, 20)) == "mohammad_mokhber"
    assert role_holder(lexicons, "IRN", "president", date(2024, 7, 28)) == "masoud_pezeshkian"
    assert role_holder(lexicons, "RUS", "president", date(2024, 7, 28)) == "vladimir_putin"
    assert role_holder(lexicons, "IRN", "president", None) == "masoud_pezeshkian"
    assert role_holder(lexicons, "ZZZ", "president", None) == ""
    assert "president" in titles_of(lexicons, "ebrahim_raisi", date(2024, 5, 1))
    assert "president" not in titles_of(lexicons, "ebrahim_raisi", date(2024, 6, 1))


def test_a_dead_president_named_earlier_does_not_hold_the_title(lexicons):
    found = mentions(
        lexicons,
        ["Ebrahim Raisi died in a crash.", "Iran's president met Putin."],
        date(2024, 6, 1),
    )
    assert found[1][0] == ("Iran's president", "mohammad_mokhber")


@pytest.mark.parametrize("published", [date(2023, 1, 1), date(2024, 10, 11), None])
def test_the_russian_leader_is_putin(lexicons, published):
    assert actor_ids(lexicons, "The Russian leader arrived in Ashgabat.", published) == [
        "vladimir_putin"
    ]
    found = mentions(
        lexicons, ["Putin met Pezeshkian.", "The Russian leader then left."], published
    )
    assert found[1] == [("The Russian leader", "vladimir_putin")]


def test_the_iranian_leader_after_the_president_was_named(lexicons):
    found = mentions(
        lexicons,
        ["Putin invited Pezeshkian to Russia.", "The Iranian leader accepted the invitation."],
        date(2024, 10, 11),
    )
    assert found[1] == [("The Iranian leader", "masoud_pezeshkian")]


@pytest.mark.parametrize(
    ("speaker", "published", "expected"),
    [
        ("Putin", date(2023, 10, 11), "ebrahim_raisi"),
        ("Putin", date(2024, 6, 11), "mohammad_mokhber"),
        ("Putin", date(2024, 10, 11), "masoud_pezeshkian"),
        ("Lavrov", date(2023, 10, 11), "hossein_amir_abdollahian"),
        ("Lavrov", date(2024, 10, 11), "abbas_araghchi"),
    ],
)
def test_counterpart_from_the_previous_sentence(lexicons, speaker, published, expected):
    found = mentions(
        lexicons, [f"{speaker} arrived in Ashgabat.", "He met his Iranian counterpart."], published
    )
    assert ("his Iranian counterpart", expected) in found[1]


@pytest.mark.parametrize(
    ("speaker", "published", "expected"),
    [
        ("Putin", date(2024, 10, 11), "masoud_pezeshkian"),
        ("Putin", date(2023, 10, 11), "ebrahim_raisi"),
        ("Lavrov", date(2024, 10, 11), "abbas_araghchi"),
    ],
)
def test_counterpart_in_the_same_sentence(lexicons, speaker, published, expected):
    found = mentions(lexicons, [f"{speaker} met his Iranian counterpart in Ashgabat."], published)[
        0
    ]
    assert ("his Iranian counterpart", expected) in found


def test_the_two_leaders_is_a_pair(lexicons):
    reader = Reader(lexicons, date(2024, 10, 11))
    text = (
        "Russian President Vladimir Putin met Iranian President Masoud Pezeshkian. "
        "The two leaders discussed trade."
    )
    split = text.index("The two")
    reader.find(text, 0, split - 1)
    pair = [m for m in reader.find(text, split, len(text)) if m.kind == "pair"]
    assert len(pair) == 1
    assert text[pair[0].start : pair[0].end] == "The two leaders"
    assert {member.actor_id for member in pair[0].members} == {
        "vladimir_putin",
        "masoud_pezeshkian",
    }
    assert {member.country for member in pair[0].members} == {"RUS", "IRN"}


def test_the_two_leaders_without_antecedents_is_not_a_pair(lexicons):
    reader = Reader(lexicons, date(2024, 10, 11))
    text = "The two leaders discussed trade."
    assert [m for m in reader.find(text, 0, len(text)) if m.kind == "pair"] == []


def test_pronoun_he_is_the_previous_subject(lexicons):
    found = mentions(
        lexicons, ["Putin met Pezeshkian.", "He said the talks were good."], date(2024, 10, 11)
    )
    assert found[1] == [("He", "vladimir_putin")]


def test_media_and_organisations(lexicons):
    reader = Reader(lexicons, date(2024, 10, 11))
    text = (
        "Putin said so, according to Russian state media outlet Tass and Iran's IRNA news agency."
    )
    found = {m.actor_id: m for m in reader.find(text, 0, len(text))}
    assert found["media_tass"].type == "media" and found["media_tass"].country == "RUS"
    assert found["media_irna"].type == "media" and found["media_irna"].country == "IRN"


def test_deputy_foreign_minister_is_not_the_foreign_minister(lexicons):
    reader = Reader(lexicons, date(2024, 5, 20))
    text = "Russia's deputy foreign minister said so."
    found = reader.find(text, 0, len(text))
    assert [(m.text, m.country, m.type) for m in found] == [
        ("Russia's deputy foreign minister", "RUS", "person")
    ]
    assert found[0].actor_id != "sergei_lavrov"


def test_unknown_role_holder_gets_a_described_actor(lexicons):
    reader = Reader(lexicons, date(2024, 10, 11))
    text = "The Cuban emergency situations minister welcomed the guests."
    (mention,) = reader.find(text, 0, len(text))
    assert mention.country == "CUB"
    assert mention.type == "person"
    assert mention.actor_id and mention.actor_id not in lexicons.actor_by_id


def test_every_lexicon_actor_has_valid_fields(lexicons):
    from data_prep import schema

    ids = [actor.actor_id for actor in lexicons.actors]
    assert len(ids) == len(set(ids))
    for actor in lexicons.actors:
        assert actor.type in schema.ACTOR_TYPES, actor
        assert actor.country == "" or (len(actor.country) == 3 and actor.country.isupper()), actor
    for role in lexicons.roles:
        assert role.actor_id in lexicons.actor_by_id, role
        assert not role.valid_to or (role.valid_from or "") <= role.valid_to, role


def test_titled_officials_outside_the_registry_are_actors(lexicons):
    first, later = mentions(
        lexicons,
        [
            "Iranian Oil Minister Mohsen Paknejad met Gazprom CEO Alexei Miller in Tehran.",
            "Paknejad said the deal was ready.",
        ],
        date(2025, 6, 24),
    )
    assert first[0] == ("Iranian Oil Minister Mohsen Paknejad", "person_mohsen_paknejad")
    assert first[1] == ("Gazprom CEO Alexei Miller", "person_alexei_miller")
    assert later == [("Paknejad", "person_mohsen_paknejad")]


def test_a_registry_official_is_not_learned_twice(lexicons):
    ids = actor_ids(lexicons, "Russian Foreign Minister Sergei Lavrov met the press.")
    assert len(ids) == 1
    assert not ids[0].startswith(LEARNED_PERSON_PREFIX)


def test_an_ambassadors_posting_is_part_of_the_title(lexicons):
    (found,) = mentions(
        lexicons, ["Iran's ambassador to Russia told reporters the talks went well."], None
    )
    assert [text for text, _ in found] == ["Iran's ambassador to Russia"]


def test_a_council_in_a_persons_title_belongs_to_the_person(lexicons):
    (found,) = mentions(
        lexicons,
        ["Iran's Supreme National Security Council secretary Ali Larijani arrived on Sunday."],
        date(2025, 9, 1),
    )
    assert len(found) == 1
    text, actor_id = found[0]
    assert text.startswith("Iran's Supreme National Security Council secretary")
    assert text.endswith("Larijani")
    assert "council" not in actor_id


@pytest.mark.parametrize(
    ("surface", "expected_name"),
    [
        ("Sergey Lavrov", "Sergei Lavrov"),
        ("Dmitri Peskov", "Dmitry Peskov"),
        ("Abbas Araqchi", "Abbas Araghchi"),
        ("Masoud Pezeshkiyan", "Masoud Pezeshkian"),
    ],
)
def test_other_latin_spellings_of_a_name(lexicons, surface, expected_name):
    (found,) = mentions(lexicons, [f"{surface} spoke on Monday."], date(2025, 4, 18))
    assert [lexicons.actor_by_id[actor_id].name for _, actor_id in found] == [expected_name]


def test_first_person_in_a_quotation_is_the_speaker(lexicons):
    (found,) = mentions(
        lexicons,
        ["“We will never abandon our friends,” Lavrov said."],
        date(2025, 4, 18),
    )
    assert [(text, actor_id) for text, actor_id in found if text in ("We", "our")] == [
        ("We", "russia"),
        ("our", "russia"),
    ]


def test_the_sides_are_the_articles_main_pair(lexicons):
    _, _, third = mentions(
        lexicons,
        [
            "Putin met Pezeshkian in Moscow.",
            "Russia and Iran discussed gas supplies via Azerbaijan.",
            "The sides agreed to meet again.",
        ],
        date(2025, 1, 17),
    )
    ((text, actor_id),) = third
    assert (text, actor_id) == ("The sides", "pair")


def test_an_official_named_after_a_described_title_is_learnt(lexicons):
    first, later = mentions(
        lexicons,
        ["The Iranian foreign minister Ali Foobar arrived.", "Foobar said the talks went well."],
        date(2025, 1, 1),
    )
    assert first == [
        ("The Iranian foreign minister", "abbas_araghchi"),
        ("Ali Foobar", "person_ali_foobar"),
    ]
    assert later == [("Foobar", "person_ali_foobar")]


def test_the_two_countries_are_the_articles_main_pair_not_the_latest_named(lexicons):
    sentences = [
        "Russia and Iran signed a treaty in Moscow.",
        "Iran hopes the treaty will bring Russian gas to Iran.",
        "Unlike the pact Russia signed with North Korea, it has no defence clause.",
        "The two countries pledged to counter sanctions.",
    ]
    pair = pair_in_last(lexicons, sentences, date(2025, 1, 17))
    assert {member.country for member in pair.members} == {"RUS", "IRN"}


def test_the_two_leaders_are_the_latest_two_people(lexicons):
    sentences = [
        "Russia and Iran signed a treaty in Moscow.",
        "Iran hopes the treaty will bring Russian gas to Iran.",
        "Putin met Kim Jong Un in Pyongyang last year.",
        "The two leaders discussed arms.",
    ]
    pair = pair_in_last(lexicons, sentences, date(2025, 1, 17))
    assert {member.country for member in pair.members} == {"RUS", "PRK"}


def test_the_ministers_are_the_two_ministers_named_not_the_latest_two_people(lexicons):
    sentences = [
        "Lavrov held talks with Araghchi in Moscow on Friday.",
        "Araghchi carried a message from Khamenei to Putin.",
        "The ministers welcomed the progress of the treaty.",
    ]
    pair = pair_in_last(lexicons, sentences, date(2025, 4, 18))
    assert {member.actor_id for member in pair.members} == {"sergei_lavrov", "abbas_araghchi"}


@pytest.mark.parametrize(
    ("sentence", "learned"),
    [
        ('"Russia is a partner only when it needs us," Kamran Tavakoli said.', True),
        ("Kamran Tavakoli told reporters that Moscow had let Tehran down.", True),
        ('"We paid for the jets," one of them, Kamran Tavakoli, told Reuters.', True),
        ("Gulf Arab States said Russia had let Iran down.", False),
        ("New Delhi said Russia had let Iran down.", False),
    ],
)
def test_a_name_right_before_a_reporting_verb_is_a_person(lexicons, sentence, learned):
    """Unless a word of it is a word of place or institution names (word_lists)."""
    assert ("person_kamran_tavakoli" in actor_ids(lexicons, sentence)) == learned
    assert not any("gulf" in a or "new_delhi" in a for a in actor_ids(lexicons, sentence))
