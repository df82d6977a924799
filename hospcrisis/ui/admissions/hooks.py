"""Where print requests of the admissions screens meet the forms GUI.

Each screen emits its own `print_requested` signal; all of them are also relayed by ONE
`PrintHub` per context, so the forms GUI connects once, whatever screen asked:

    from hospcrisis.ui.admissions.hooks import print_hub
    hub = print_hub(context)
    hub.board_requested.connect(...)      # list[admissions.BoardRow], as shown on the board
    hub.patient_requested.connect(...)    # (patient_id, admission_id or "")
    hub.census_requested.connect(...)     # unit code
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QObject, Signal

from hospcrisis.ui.context import AppContext


class PrintHub(QObject):
    """Signals:
        board_requested(list): print the ED board rows (admissions.BoardRow), in board order.
        patient_requested(str, str): print a patient's documents (patient id, admission id).
        census_requested(str): print a unit's census (unit code).
    """

    board_requested = Signal(list)
    patient_requested = Signal(str, str)
    census_requested = Signal(str)


_hubs: weakref.WeakKeyDictionary[AppContext, PrintHub] = weakref.WeakKeyDictionary()


def print_hub(context: AppContext) -> PrintHub:
    """The hub of `context` (made on first use, lives as long as the context)."""
    hub = _hubs.get(context)
    if hub is None:
        hub = PrintHub(context)
        _hubs[context] = hub
    return hub
