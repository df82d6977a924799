"""Write a reportlab PDF as it is drawn, so a 5,000-page batch needs no more memory than 500.

reportlab keeps every page and form in memory until `canvas.save()`, then formats the whole
file at once: memory grows with the batch (measured here: 57 MB for 500 pages, 152 MB for
5,000). `stream_canvas` turns a canvas's document into one that writes each finished page and
Form XObject to the output when `flush()` is called (between pages), frees it, and at save time
writes only what is left — the fonts (their subsets are known only at the end), the page tree,
the catalogue — then the cross-reference table. PDF objects may appear in any order in a file;
the xref gives each one's offset, so the result is an ordinary PDF.

Relies on reportlab's `pdfdoc` internals (`PDFDocument.format`, `numberToId`, `idToObject`),
stable across reportlab 3.x-5.x; `tests/forms` checks the output with pypdf and pypdfium2.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Any

from reportlab import rl_config
from reportlab.pdfbase import pdfdoc


class _Flushed(pdfdoc.PDFObject):
    """Stands in for an object already written (keeps its name registered)."""

    def format(self, document: Any) -> bytes:  # pragma: no cover - never formatted again
        raise RuntimeError("a flushed PDF object was formatted twice")


_FLUSHED = _Flushed()
_FLUSHABLE = (pdfdoc.PDFPage, pdfdoc.PDFFormXObject, pdfdoc.PDFStream)


_A85_LOCK = threading.Lock()


@contextmanager
def _binary_streams() -> Iterator[None]:
    """Flate only, no ASCII85 on top: 25 % smaller streams, and reportlab's pure-Python
    ASCII85 encoder took a sixth of the time of a packet batch. reportlab reads the switch
    when it formats a stream, which happens only inside this block for our documents; the
    lock keeps two printing threads from restoring each other's value."""
    with _A85_LOCK:
        saved = rl_config.useA85
        rl_config.useA85 = 0
        try:
            yield
        finally:
            rl_config.useA85 = saved


class StreamingPDFDocument(pdfdoc.PDFDocument):
    """A `PDFDocument` that writes finished pages and forms early (see the module doc)."""

    _out: IO[bytes]
    _written: int
    _flushed: set[int]
    _scan: int
    _pages_done: int

    def _start_streaming(self, out: IO[bytes]) -> None:
        self._out = out
        self._written = 0
        self._flushed = set()
        self._scan = 1
        self._pages_done = 0

    def _write(self, data: bytes) -> None:
        if self._written == 0:
            header = pdfdoc.PDFFile(self._pdfVersion).strings[0]
            self._out.write(header)
            self._written = len(header)
        self._out.write(data)
        self._written += len(data)

    def _emit(self, number: int, forget: bool = False) -> None:
        name = self.numberToId[number]
        data = pdfdoc.PDFIndirectObject(name, self.idToObject[name]).format(self)
        if self._written == 0:
            self._write(b"")
        self.idToOffset[name] = self._written
        self._write(data)
        self._flushed.add(number)
        if not forget:
            return
        if isinstance(self.idToObject[name], pdfdoc.PDFFormXObject):
            self.idToObject[name] = _FLUSHED  # `hasForm` still finds it
        else:
            del self.idToObject[name]  # a page or its content: never looked up again

    def flush(self) -> None:
        """Write every finished page and form registered since the last flush, and free them.

        Call between pages only (never while a page or form is being drawn).
        """
        number = self._scan
        with _binary_streams():
            while number <= self.objectcounter:  # formatting a page registers its content
                name = self.numberToId[number]
                if isinstance(self.idToObject[name], _FLUSHABLE):
                    self._emit(number, forget=True)
                number += 1
        self._scan = number
        pages = self.Pages.pages
        for index in range(self._pages_done, len(pages)):
            page = pages[index]
            internal = getattr(page, "__InternalName__", None)
            if internal is not None and internal not in self.idToObject:
                pages[index] = pdfdoc.PDFObjectReference(internal)
        self._pages_done = len(pages)

    def format(self) -> bytes:
        """Write what is left, the xref and the trailer; the data has gone to the output."""
        self.encrypt.prepare(self)
        catalog = self.Catalog
        self.Reference(catalog)
        self.Reference(self.info)
        encrypt_info = self.encrypt.info()
        encrypt_ref = self.Reference(encrypt_info) if encrypt_info else None
        number = 1
        with _binary_streams():
            while number in self.numberToId:  # objects may be registered while formatting
                if number not in self._flushed:
                    self._emit(number)
                number += 1
        ids = [self.numberToId[n] for n in range(1, number)]
        xref = pdfdoc.PDFCrossReferenceTable()
        xref.addsection(0, ids)
        xref_offset = self._written
        self._write(xref.format(self))
        trailer = pdfdoc.PDFTrailer(startxref=xref_offset, Size=len(ids) + 1,
                                    Root=self.Reference(catalog), Info=self.Reference(self.info),
                                    Encrypt=encrypt_ref, ID=self.ID())
        self._write(trailer.format(self))
        return b""


def stream_canvas(canvas: Any, out: IO[bytes]) -> StreamingPDFDocument:
    """Make `canvas` (fresh, nothing drawn yet) write to `out` as it goes; returns its document.

    `out` must be the binary file the canvas was created with: `canvas.save()` then writes the
    end of the PDF there.
    """
    doc = canvas._doc
    if doc.objectcounter > 1 or doc.Pages.pages:
        raise RuntimeError("stream_canvas() needs a canvas on which nothing was drawn yet")
    doc.__class__ = StreamingPDFDocument
    doc._start_streaming(out)
    return doc
