"""One PDF being written: output, pages, reusable Form XObjects, progress and cancel.

A document writes to a path — through a temporary file in the same folder, flushed, fsynced and
renamed only when complete, so a cancelled or failed job never leaves a half PDF — or to a
binary stream (written once, at the end).

Speed and memory come from reuse: whatever is the same on many pages (a form's static layout,
an ID's barcodes, a patient's identity block, a label) is drawn once into a Form XObject and
placed by name, so a page of a downtime packet is a few bytes of page content.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Hashable
from pathlib import Path
from types import TracebackType
from typing import IO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from hospcrisis.forms import barcodes, fonts
from hospcrisis.forms.data import CancelCheck, PrintInfo, Progress, RenderCancelled
from hospcrisis.forms.layout import Pen
from hospcrisis.forms.streaming import stream_canvas

#: Where a renderer writes: a file path, or a binary stream (BytesIO, an open file…).
Output = str | os.PathLike[str] | IO[bytes]
#: A PDF written to a stream is spooled in memory up to this size, then in a temporary file.
SPOOL_BYTES = 16 * 1024 * 1024


class FormDocument:
    """A PDF under construction. Use as a context manager and call `finish()` at the end::

        with FormDocument(out, info, title="…") as doc:
            doc.new_page(210, 297); …; doc.end_page()
            doc.finish()

    Leaving the block on an exception (or without `finish`) removes the temporary file.
    """

    def __init__(self, out: Output, info: PrintInfo, *, title: str, subject: str = "",
                 progress: Progress | None = None, cancelled: CancelCheck | None = None
                 ) -> None:
        self.info = info
        self.pages = 0
        self._progress = progress
        self._cancelled = cancelled
        self._xobjects: dict[Hashable, str] = {}
        self._counter = 0
        self._transient: list[Hashable] = []
        self._path: Path | None = None
        self._tmp: Path | None = None
        self._stream: IO[bytes] | None = None
        self._finished = False
        self._file: IO[bytes]
        if isinstance(out, str | os.PathLike):
            self._path = Path(out)
            self._tmp = self._path.with_name(f".{self._path.name}.{os.getpid()}.part")
            self._file = self._tmp.open("wb")
        else:
            # Spooled, so a cancelled job leaves the caller's stream untouched.
            import tempfile

            self._stream = out
            self._file = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)  # noqa: SIM115
        fonts.ensure(fonts.SANS)
        self.canvas = Canvas(self._file, pageCompression=1, initialFontName=fonts.SANS)
        self._pdf = stream_canvas(self.canvas, self._file)
        self.canvas.setTitle(title)
        self.canvas.setSubject(subject or title)
        self.canvas.setAuthor(info.printed_by)
        self.canvas.setCreator("hospcrisis")
        self._page_h = 0.0

    # --- lifecycle ------------------------------------------------------------------------------
    def __enter__(self) -> FormDocument:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if not self._finished:
            self.abort()

    def step(self, done: int, total: int) -> None:
        """Report progress and honour a cancel request (raises `RenderCancelled`)."""
        if self._cancelled is not None and self._cancelled():
            raise RenderCancelled()
        if self._progress is not None:
            self._progress(done, total)

    def finish(self) -> None:
        """Complete the PDF: for a path, fsync and rename into place; else copy to the stream."""
        self.canvas.save()
        if self._tmp is not None and self._path is not None:
            self._file.flush()
            os.fsync(self._file.fileno())
            self._file.close()
            self._tmp.replace(self._path)
        elif self._stream is not None:
            import shutil

            self._file.seek(0)
            shutil.copyfileobj(self._file, self._stream)
            self._file.close()
        self._finished = True

    def abort(self) -> None:
        """Forget everything; the temporary file is removed, the caller's stream untouched."""
        self._file.close()
        if self._tmp is not None:
            with contextlib.suppress(FileNotFoundError):
                self._tmp.unlink()
        self._finished = True

    # --- pages ------------------------------------------------------------------------------
    def new_page(self, width_mm: float, height_mm: float) -> Pen:
        """Start a page of that size; returns a pen on it."""
        self._page_h = height_mm * mm
        self.canvas.setPageSize((width_mm * mm, height_mm * mm))
        return Pen(self.canvas, self._page_h)

    def end_page(self) -> None:
        """Close the page and write it (and any new XObject) to the output."""
        self.canvas.showPage()
        self.pages += 1
        self._pdf.flush()

    def release(self) -> None:
        """Forget the transient XObjects (one patient's barcodes, labels…) by key: they stay
        in the PDF, but the next patient will not look for them, so memory stays flat."""
        for key in self._transient:
            self._xobjects.pop(key, None)
        self._transient.clear()

    # --- reuse ------------------------------------------------------------------------------
    def xobject(self, key: Hashable, width_mm: float, height_mm: float,
                draw: Callable[[Pen], None], *, transient: bool = False) -> str:
        """The name of the Form XObject for `key`, drawn by `draw(pen)` the first time.

        `draw` must not create other XObjects (create them before, then `place` them inside).
        A `transient` XObject (one patient's) is forgotten by `release()`.
        """
        name = self._xobjects.get(key)
        if name is None:
            self._counter += 1
            name = f"HC{self._counter}"
            w, h = width_mm * mm, height_mm * mm
            self.canvas.beginForm(name, 0, 0, w, h)
            draw(Pen(self.canvas, h))
            self.canvas.endForm()
            self._xobjects[key] = name
            if transient:
                self._transient.append(key)
        return name

    def place(self, name: str, x_mm: float = 0.0, y_mm: float = 0.0,
              container_h_mm: float | None = None, height_mm: float = 0.0) -> None:
        """Draw XObject `name`; with an offset, its top-left corner goes to (x, y) mm from the
        top-left of the current page (or of the XObject being drawn, `container_h_mm` high).
        """
        if not x_mm and not y_mm and container_h_mm is None:
            self.canvas.doForm(name)
            return
        page_h = container_h_mm * mm if container_h_mm is not None else self._page_h
        self.canvas.saveState()
        self.canvas.translate(x_mm * mm, page_h - (y_mm + height_mm) * mm)
        self.canvas.doForm(name)
        self.canvas.restoreState()

    def code128(self, value: str, width_mm: float, height_mm: float) -> str:
        """XObject of `value` as Code 128 (quiet zones included) in width x height mm."""
        def draw(pen: Pen) -> None:
            barcodes.draw_code128(pen.c, 0, 0, width_mm * mm, height_mm * mm, value)
        return self.xobject(("c128", value, width_mm, height_mm), width_mm, height_mm, draw,
                            transient=True)

    def qr(self, payload: str, size_mm: float) -> str:
        """XObject of the QR code of `payload`, quiet zone included, `size_mm` square."""
        def draw(pen: Pen) -> None:
            barcodes.draw_qr(pen.c, 0, 0, size_mm * mm, payload)
        return self.xobject(("qr", payload, size_mm), size_mm, size_mm, draw, transient=True)
