"""The look: Fusion, a readable font size, high contrast, and the few colours that mean something.

Colours carry meaning only: red = exercise banner / overdue / non-functional, orange = partial /
due soon, green = done / functional. Everything else stays neutral so those stand out.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

RED = "#c62828"
RED_BG = "#ffebee"
ORANGE = "#ef6c00"
ORANGE_BG = "#fff3e0"
GREEN = "#2e7d32"
GREEN_BG = "#e8f5e9"
GREY = "#616161"
NAVY = "#1f3a5f"

STYLESHEET = f"""
QMainWindow, QDialog, QWizard {{ background: #f7f8fa; }}
QListWidget#navigation {{
    background: {NAVY}; color: white; border: none; font-size: 11pt; padding-top: 6px;
    outline: none;
}}
QListWidget#navigation::item {{ padding: 10px 14px; border-left: 4px solid transparent; }}
QListWidget#navigation::item:selected {{
    background: #2c5282; border-left: 4px solid #90cdf4; color: white;
}}
QListWidget#navigation::item:hover {{ background: #27466f; }}
QLabel#exerciseBanner {{
    background: {RED}; color: white; font-weight: bold; font-size: 12pt; padding: 4px;
    qproperty-alignment: AlignCenter;
}}
QLabel#loginTitle {{ font-size: 18pt; font-weight: bold; color: {NAVY};
                     qproperty-alignment: AlignCenter; }}
QLabel#centered {{ qproperty-alignment: AlignCenter; }}
QLabel#centeredHint {{ qproperty-alignment: AlignCenter; color: {GREY}; }}
QLabel#pageTitle {{ font-size: 15pt; font-weight: bold; color: {NAVY}; }}
QLabel#hint {{ color: {GREY}; }}
QLabel#errorLabel {{ color: {RED}; font-weight: bold; }}
QLabel#okLabel {{ color: {GREEN}; font-weight: bold; }}
QPushButton {{ padding: 5px 14px; }}
QPushButton#primary {{
    background: #2b6cb0; color: white; border: 1px solid #2c5282; border-radius: 3px;
    padding: 6px 18px; font-weight: bold;
}}
QPushButton#primary:disabled {{ background: #a0aec0; border-color: #a0aec0; }}
QPushButton#primary:hover {{ background: #2c5282; }}
QTableView {{ gridline-color: #e2e8f0; selection-background-color: #bee3f8;
              selection-color: black; alternate-background-color: #f7fafc; }}
QHeaderView::section {{ background: #edf2f7; padding: 4px; border: none;
                        border-right: 1px solid #e2e8f0; font-weight: bold; }}
QStatusBar QLabel {{ padding: 0 8px; }}
QLabel#statusBackupOld {{ color: {RED}; font-weight: bold; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"], QDateTimeEdit[invalid="true"] {{
    border: 2px solid {RED}; background: {RED_BG};
}}
"""


def apply(app: QApplication, *, set_style: bool = True) -> None:
    """Fusion style, 10 pt base font, our stylesheet.

    `run_gui` creates the QApplication with `-style fusion` and passes `set_style=False`:
    touching the style from Python builds every QStyle enum (~25 ms at start-up).
    """
    if set_style:
        app.setStyle("Fusion")
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), 10.0))
    app.setFont(font)
    app.setStyleSheet(STYLESHEET)
