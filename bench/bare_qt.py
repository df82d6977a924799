"""The floor for start-up: a bare PySide6 QMainWindow, from process start to its first paint."""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            sys.stdout.write("first-paint\n")
            sys.stdout.flush()
            QTimer.singleShot(0, QApplication.quit)
            watched.removeEventFilter(self)
        return False


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare")
watcher = FirstPaint()
window.installEventFilter(watcher)
window.resize(460, 380)
window.show()
app.exec()
