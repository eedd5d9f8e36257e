"""Who held which title on a date, from the tenures in ``roles.csv``."""

from __future__ import annotations

from datetime import date

from data_prep.lexicons import Lexicons, RoleTenure


def role_holder(
    lexicons: Lexicons, country: str, title: str, on: date | None, posted_to: str | None = None
) -> str:
    """The actor who held ``title`` in ``country`` on the date (the incumbent when undated);
    with ``posted_to``, the one serving there ("Iran's ambassador to the UN" is not Iran's
    ambassador to Russia)."""
    day = on.isoformat() if on else None
    candidates = [
        role
        for role in lexicons.roles
        if role.country == country
        and role.title == title
        and (posted_to is None or role.posted_to == posted_to)
        and (_held_on(role, day) if day else not role.valid_to)
    ]
    return candidates[-1].actor_id if candidates else ""


def sole_country(lexicons: Lexicons, title: str) -> str:
    """The one country whose officials hold ``title`` in ``roles.csv``, if only one does
    ("secretary of state": the United States; "president": none)."""
    countries = {role.country for role in lexicons.roles if role.title == title}
    return next(iter(countries)) if len(countries) == 1 else ""


def titles_of(lexicons: Lexicons, actor_id: str, on: date | None) -> list[str]:
    """The titles the actor held on the date (every title ever held when undated)."""
    day = on.isoformat() if on else "9999"
    return [
        role.title for role in lexicons.roles if role.actor_id == actor_id and _held_on(role, day)
    ]


def _held_on(role: RoleTenure, day: str) -> bool:
    return (role.valid_from or "0000") <= day and (not role.valid_to or day <= role.valid_to)
