"""The admissions screens (issue 3): ED board, registration, patient record, unit census,
identitovigilance, and the wristband scanner.

Section factories are tiny and import their module when first shown (start-up stays lean):

* `create_board` — "ed" (Urgences): the live ED board, Ctrl+N registers an arrival;
* `create_census` — "census" (Unités): who is in which bed;
* `create_identity` — "identity" (Identitovigilance): candidate duplicate pairs, merges;
* `install_opener` — a status-bar widget (listed in `sections.STATUS_WIDGETS`) that opens a
  patient's record on `context.patient_requested` and when a wristband is scanned anywhere.

Every screen talks to the core services only (`core/admissions.py`, `identity.py`,
`duplicates.py`, `census_import.py`); print requests are gathered on one `PrintHub` per
context (`hooks.print_hub(context)`) for the forms GUI to connect to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from hospcrisis.ui.context import AppContext


def create_board(context: AppContext) -> QWidget:
    """Section factory: the ED board."""
    from hospcrisis.ui.admissions.board import BoardSection

    return BoardSection(context)


def create_census(context: AppContext) -> QWidget:
    """Section factory: the unit census."""
    from hospcrisis.ui.admissions.census import CensusSection

    return CensusSection(context)


def create_identity(context: AppContext) -> QWidget:
    """Section factory: identitovigilance (duplicates)."""
    from hospcrisis.ui.admissions.duplicates import DuplicatesSection

    return DuplicatesSection(context)


def install_opener(context: AppContext) -> QWidget:
    """Status-bar factory: the record opener and the wristband scanner of the main window."""
    from hospcrisis.ui.admissions.opener import ScannerStatus

    return ScannerStatus(context)
