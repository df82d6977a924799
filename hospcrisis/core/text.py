"""Checking free text typed by users: one set of rules for every field of the app.

Text is kept literally (accents, apostrophes, `<b>`, `=cmd|…` are data, escaped where they are
printed or exported), normalised to NFC, stripped, and refused when empty-but-required, too long,
or holding control characters. Messages name the field in the user's language.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from hospcrisis.errors import ValidationError
from hospcrisis.i18n import _

SHORT = 100  # names, codes, labels
MEDIUM = 500  # a complaint, a reason, a note
LONG = 5000  # a log entry, a description

_ALLOWED_CONTROLS = {"\n", "\t"}


class Problems:
    """Collects every problem of a form so the user sees them all at once."""

    def __init__(self) -> None:
        self.items: list[tuple[str, str]] = []

    def add(self, field: str, message: str) -> None:
        self.items.append((field, message))

    def __bool__(self) -> bool:
        return bool(self.items)

    def raise_if_any(self, summary: str | None = None) -> None:
        if self.items:
            first = self.items[0][1] if len(self.items) == 1 else None
            raise ValidationError(
                summary or first or _("Please correct the highlighted fields: nothing was saved."),
                self.items)


def clean(value: object, *, field: str, label: str, max_len: int = SHORT,
          required: bool = False, multiline: bool = False,
          problems: Problems | None = None) -> str:
    """NFC-normalised, stripped text; records (or raises) a problem when it breaks a rule.

    `label` is the already-translated name of the field, used in the message.
    """
    text = "" if value is None else str(value)
    text = unicodedata.normalize("NFC", text).strip()
    message: str | None = None
    if required and not text:
        message = _("{field} is required.", field=label)
    elif len(text) > max_len:
        message = _("{field} is too long ({n} characters; at most {max}).",
                    field=label, n=len(text), max=max_len)
    else:
        allowed = _ALLOWED_CONTROLS if multiline else set()
        bad = [c for c in text if unicodedata.category(c) in ("Cc", "Cs") and c not in allowed]
        if bad:
            message = _("{field} contains invisible control characters; retype it.",
                        field=label)
    if message is not None:
        if problems is None:
            raise ValidationError(message, [(field, message)])
        problems.add(field, message)
    return text


def choice(value: object, allowed: Iterable[str], *, field: str, label: str,
           required: bool = True, problems: Problems | None = None) -> str | None:
    """`value` when it is one of `allowed` (or empty and optional)."""
    options = list(allowed)
    text = "" if value is None else str(value).strip()
    if not text and not required:
        return None
    if text not in options:
        message = _("{field}: “{value}” is not one of {options}.", field=label,
                    value=text[:40], options=", ".join(options))
        if problems is None:
            raise ValidationError(message, [(field, message)])
        problems.add(field, message)
        return None
    return text


def fold(text: str) -> str:
    """Lower-case, accent-free form used for searching (`Hélène` → `helene`)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
