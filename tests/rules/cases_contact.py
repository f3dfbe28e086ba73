"""Should-fire and should-not-fire examples for the contact rules (C)."""

from __future__ import annotations

from cases_common import GOOD_RESUME, Case, edit, fires, quiet

NAME = "Jordan Rivera, CBET\n"
CONTACT = "Chicago, IL | jordan.rivera@example.com | (312) 555-0142\n"
NAME_IN_HEADER = edit(GOOD_RESUME, NAME, "[header] " + NAME)
CONTACT_IN_FOOTER = (
    edit(GOOD_RESUME, CONTACT, "Chicago, IL\n") + "[footer] jordan.rivera@example.com | (312) 555-0142"
)
NO_CONTACT = edit(GOOD_RESUME, CONTACT, "Chicago, IL\n")

CASES: dict[str, list[Case]] = {
    "C001": [
        fires("name only in the page header", NAME_IN_HEADER),
        fires("no name line", edit(GOOD_RESUME, NAME, "")),
        fires("name only in a table", edit(GOOD_RESUME, NAME, "[table] " + NAME)),
        quiet("name first in the body", GOOD_RESUME),
        quiet("all-caps name", edit(GOOD_RESUME, NAME, "JORDAN A. RIVERA\n")),
    ],
    "C002": [
        fires("no email", NO_CONTACT),
        fires(
            "email only in a text box",
            edit(NO_CONTACT, "Chicago, IL\n", "Chicago, IL\n[text_box] jordan.rivera@example.com\n"),
        ),
        quiet("email only in the footer is L003's", CONTACT_IN_FOOTER),
        quiet("email in the body", GOOD_RESUME),
        quiet("malformed email is C004's", edit(GOOD_RESUME, "example.com", "example.con")),
    ],
    "C003": [
        fires("no phone", NO_CONTACT),
        fires(
            "phone only in a table",
            edit(NO_CONTACT, "Chicago, IL\n", "Chicago, IL\n[table] (312) 555-0142\n"),
        ),
        quiet("phone only in the footer is L003's", CONTACT_IN_FOOTER),
        quiet("phone in the body", GOOD_RESUME),
        quiet("international phone", edit(GOOD_RESUME, "(312) 555-0142", "+44 20 7946 0958")),
    ],
    "C004": [
        fires("top-level domain typo", edit(GOOD_RESUME, "example.com", "example.con")),
        fires("domain without a dot", edit(GOOD_RESUME, "example.com", "examplecom")),
        fires("two at signs", edit(GOOD_RESUME, "jordan.rivera@", "jordan.rivera@@")),
        fires(
            "spaces around the at sign", edit(GOOD_RESUME, "jordan.rivera@example", "jordan.rivera @ example")
        ),
        quiet("valid address", GOOD_RESUME),
        quiet(
            "handle without a local part", edit(GOOD_RESUME, "member since 2018", "member since 2018, @aami")
        ),
    ],
    "C005": [
        fires("missing area code", edit(GOOD_RESUME, "(312) 555-0142", "555-0142")),
        fires("extra digit", edit(GOOD_RESUME, "(312) 555-0142", "(312) 555-01427")),
        quiet("valid phone", GOOD_RESUME),
        quiet(
            "year range at the top",
            edit(GOOD_RESUME, "Biomedical Equipment Technician\n", "BMET 2017 - 2024\n"),
        ),
        quiet("dotted phone", edit(GOOD_RESUME, "(312) 555-0142", "312.555.0142")),
    ],
}
