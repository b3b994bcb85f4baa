"""Names typed on the command line (``--team``, ``--presenter``): matched as the start screen matches
them, whatever was typed."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.typed_names import presenter_indexes, team_name_arg

NAMES = ["Anna", "Bo", "Cecilie", "Dorte"]
typed = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)


def test_presenters_are_found_in_the_order_typed_each_once_ignoring_case_and_spaces() -> None:
    assert presenter_indexes(" cecilie , Anna,anna,, ", NAMES) == ((2, 0), None)
    assert presenter_indexes("Bo,Eva,Anna", NAMES) == ((1,), "Eva")
    assert presenter_indexes(None, NAMES) == ((), None)


def test_a_team_name_is_taken_as_the_start_screen_takes_it() -> None:
    assert team_name_arg("  Afsnit   3 ") == "Afsnit 3"
    assert team_name_arg(None) == ""


@given(typed)
def test_whatever_is_typed_as_presenters_gives_known_people_or_names_the_stranger(text: str) -> None:
    found, unknown = presenter_indexes(text, NAMES)
    assert len(set(found)) == len(found) and all(0 <= i < len(NAMES) for i in found)
    assert unknown is None or (unknown.strip() and unknown.casefold() not in {n.casefold() for n in NAMES})


@given(st.lists(st.sampled_from(NAMES), max_size=8))
def test_presenters_typed_from_the_list_are_all_found(chosen: list[str]) -> None:
    found, unknown = presenter_indexes(",".join(chosen), NAMES)
    assert unknown is None
    assert [NAMES[i] for i in found] == list(dict.fromkeys(chosen))


@given(typed)
def test_a_team_name_never_keeps_outer_or_double_spaces(text: str) -> None:
    name = team_name_arg(text)
    assert name == name.strip() and "  " not in name and team_name_arg(name) == name
