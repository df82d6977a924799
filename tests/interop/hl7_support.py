"""Reading HL7 v2 back, independently of the code that wrote it: an ER7 splitter and
unescaper written from the standard, and the third-party parser hl7apy (test dependency)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

_ESCAPE = re.compile(r"\\(F|S|R|T|E|X[0-9A-Fa-f]+)\\")
_MEANING = {"F": "|", "S": "^", "R": "~", "T": "&", "E": "\\"}


def unescape(value: str) -> str:
    """HL7 escape sequences back to text (`\\F\\` → `|`, `\\X0D\\` → CR…)."""
    def one(match: re.Match[str]) -> str:
        code = match.group(1)
        if code[0] == "X":
            return bytes.fromhex(code[1:]).decode("utf-8")
        return _MEANING[code]
    return _ESCAPE.sub(one, value)


def read_messages(folder: Path) -> list[str]:
    """Every message of an export folder (batch file or one file per message), in order."""
    texts: list[str] = []
    for file in sorted(folder.glob("*.hl7")):
        texts.extend(split_messages(file.read_bytes().decode("utf-8")))
    return texts


def split_messages(text: str) -> list[str]:
    """Messages of an ER7 stream (batch envelopes dropped); segments stay CR-separated."""
    messages: list[list[str]] = []
    for segment in text.split("\r"):
        if not segment or segment[:3] in ("FHS", "BHS", "BTS", "FTS"):
            continue
        if segment.startswith("MSH"):
            messages.append([segment])
        else:
            messages[-1].append(segment)
    return ["\r".join(m) for m in messages]


def segments(message: str) -> dict[str, list[list[str]]]:
    """Segment name → occurrences, each the list of its fields (index = field number)."""
    out: dict[str, list[list[str]]] = {}
    for segment in message.split("\r"):
        fields = segment.split("|")
        if fields[0] == "MSH":
            fields = ["MSH", "|", *fields[1:]]
        out.setdefault(fields[0], []).append(fields)
    return out


def field(message: str, name: str, number: int, occurrence: int = 0) -> str:
    """One field, raw (still escaped); empty when absent."""
    found = segments(message).get(name, [])
    if occurrence >= len(found) or number >= len(found[occurrence]):
        return ""
    return found[occurrence][number]


def components(value: str) -> list[str]:
    return value.split("^")


def repetitions(value: str) -> list[str]:
    return value.split("~") if value else []


def hl7apy_validate(message: str) -> Any:
    """Parse with hl7apy in strict mode, validate the standard structure, and parse the ZBE
    segment (a French Z segment hl7apy keeps out of the structure). Returns the message."""
    from hl7apy.consts import VALIDATION_LEVEL
    from hl7apy.parser import parse_message, parse_segment

    parsed = parse_message(message, validation_level=VALIDATION_LEVEL.STRICT,
                           find_groups=True)
    parsed.validate()
    for segment in message.split("\r"):
        if segment.startswith("ZBE"):
            zbe = parse_segment(segment, validation_level=VALIDATION_LEVEL.TOLERANT)
            assert zbe.name == "ZBE"
    return parsed


def hl7apy_many(messages: Iterable[str]) -> int:
    """Validate many messages (in a worker process); returns how many."""
    count = 0
    for message in messages:
        hl7apy_validate(message)
        count += 1
    return count
