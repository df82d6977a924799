"""Long work off the UI thread: a plain function with `progress(done, total)` in a pool thread.

The function receives its own `Store` (a second connection: an sqlite3 connection belongs to
its thread) when `store` is given, plus a `progress` callback and a `cancelled()` check.
Results and errors come back on the UI thread through signals.
"""

from __future__ import annotations

import dataclasses
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from hospcrisis import clock
from hospcrisis.core.session import Session
from hospcrisis.store.database import Store


class JobSignals(QObject):
    """Signals: progressed(done, total), finished(result), failed(exception, traceback)."""

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object, str)


class Job(QRunnable):
    """Runs `fn(*args, progress=…, cancelled=…, [store=…])` in the global thread pool."""

    def __init__(self, fn: Callable[..., Any], *args: Any, store: Store | None = None,
                 **kwargs: Any) -> None:
        super().__init__()
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        self.source_store = store
        self.signals = JobSignals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @Slot()
    def run(self) -> None:
        worker_store = None
        try:
            kwargs = dict(self.kwargs)
            if self.source_store is not None:
                worker_store = self.source_store.clone()
                kwargs["store"] = worker_store
            result = self.fn(*self.args, progress=self.signals.progressed.emit,
                             cancelled=self.cancelled, **kwargs)
        except BaseException as exc:
            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            self.signals.finished.emit(result)
        finally:
            if worker_store is not None:
                worker_store.close()


_running: set[Job] = set()


def start(job: Job, on_done: Callable[[Any], None] | None = None,
          on_error: Callable[[BaseException, str], None] | None = None) -> Job:
    """Start `job` in the pool; callbacks run on the UI thread."""
    _running.add(job)

    def done(result: Any) -> None:
        _running.discard(job)
        if on_done:
            on_done(result)

    def failed(exc: BaseException, tb: str) -> None:
        _running.discard(job)
        if on_error:
            on_error(exc, tb)

    job.signals.finished.connect(done)
    job.signals.failed.connect(failed)
    QThreadPool.globalInstance().start(job)
    return job


def with_progress(parent: QWidget, label: str, job: Job,
                  on_done: Callable[[Any], None] | None = None,
                  on_error: Callable[[BaseException, str], None] | None = None) -> Job:
    """Start `job` behind a progress dialog with a Cancel button."""
    from hospcrisis.ui.i18n import tr

    dialog = QProgressDialog(label, tr("Cancel"), 0, 0, parent)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(True)
    dialog.setWindowTitle(label)

    def progressed(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))

    job.signals.progressed.connect(progressed)
    dialog.canceled.connect(job.cancel)

    def finish(result: Any) -> None:
        dialog.reset()
        dialog.deleteLater()
        if on_done:
            on_done(result)

    def fail(exc: BaseException, tb: str) -> None:
        dialog.reset()
        dialog.deleteLater()
        if on_error:
            on_error(exc, tb)

    return start(job, finish, fail)


def wait_all(timeout_ms: int = 30_000) -> bool:
    """Block until every job is done (used at exit and in tests)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


def worker_session(session: Session, store: Store) -> Session:
    """The same user on the worker's own connection (a connection belongs to its thread)."""
    return dataclasses.replace(session, store=store, settings=dict(session.settings))


def run_session_job(session: Session, fn: Callable[..., Any], on_done: Callable[[Any], None],
                    on_error: Callable[[BaseException, str], None], *,
                    parent: QWidget | None = None, label: str | None = None) -> Job | None:
    """Run `fn(session, progress=…, cancelled=…)` in a worker thread with its own connection,
    behind a progress dialog with Cancel when `parent` and `label` are given; callbacks come
    back on the UI thread.

    An in-memory database cannot be shared between threads: `fn` then runs here, at once, and
    None is returned. A frozen clock (tests, exercise data) is frozen per thread: the worker
    runs at the caller's time.
    """
    if session.store.path is None:
        try:
            result = fn(session, progress=lambda done, total: None, cancelled=lambda: False)
        except BaseException as exc:  # reported exactly like a worker's failure
            on_error(exc, traceback.format_exc())
        else:
            on_done(result)
        return None
    frozen = clock.frozen_at()

    def job_fn(progress: Any, cancelled: Any, store: Store) -> Any:
        clock.freeze(frozen)
        try:
            return fn(worker_session(session, store), progress=progress, cancelled=cancelled)
        finally:
            clock.freeze(None)

    job = Job(job_fn, store=session.store)
    if parent is not None and label:
        return with_progress(parent, label, job, on_done, on_error)
    return start(job, on_done, on_error)
