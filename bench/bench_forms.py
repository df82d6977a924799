"""Paper forms benchmarks, each beside a floor measured in the same run (issue 4).

* A batch of 500 pre-numbered downtime packets (3,500 pages) into one PDF: pages per second,
  against the floor = raw reportlab canvas code drawing the same page content, page by page,
  with no app code: the same strings, lines, boxes and barcodes, the QR code drawn as one path
  (recomputed for each page where it appears, as a page drawn on its own does) and Code 128
  through reportlab's widget. The floor's drawing script is recorded from one packet of the app
  (so both draw exactly the same content) and replayed with plain canvas calls.
* Peak memory (RSS, in a fresh process each) for 5,000 pages against 500 pages.
* One wristband from a cold process (interpreter, imports, fonts) to the PDF on disk, against
  a cold process of raw reportlab drawing the same band.

Run: `python bench/run.py forms` (about 2 minutes on a 2-core machine).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from common import figure

ROOT = Path(__file__).resolve().parent.parent
PACKETS = 500
FLOOR_PACKETS = 100  # the floor is slow; its rate is measured on fewer packets
PRINTED_AT = datetime(2026, 11, 29, 2, 25, tzinfo=UTC)
RECORDED_ID = "BNCH-999999-Z"


def _info() -> Any:
    from hospcrisis.forms.data import PrintInfo

    return PrintInfo(station="URG1", printed_by="Marie Curie", printed_at=PRINTED_AT,
                     lang="fr", hospital="Centre hospitalier")


def _ids(prefix: str, n: int) -> list[str]:
    return [f"{prefix}-{i:06d}-K" for i in range(n)]


# --- the floor: record one packet's drawing, replay it with raw reportlab ----------------------

_DRAWING = ("setFont", "drawString", "drawRightString", "drawCentredString", "setFillGray",
            "setStrokeGray", "setLineWidth", "setDash", "line", "rect", "saveState",
            "restoreState", "translate", "rotate")


def _record_packet() -> tuple[list[tuple[tuple[float, float], list[Any]]], dict[str, list[Any]]]:
    """Pages (size, ops) and forms (name → ops) of one packet, as drawn by the app."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    from hospcrisis.forms import barcodes, document
    from hospcrisis.forms.packets import render_packets

    pages: list[tuple[tuple[float, float], list[Any]]] = []
    forms: dict[str, list[Any]] = {}
    stack: list[list[Any]] = [[]]

    class Recorder(Canvas):  # type: ignore[misc]
        pass

    def recording(name: str) -> Callable[..., Any]:
        def method(self: Any, *args: Any, **kwargs: Any) -> Any:
            stack[-1].append((name, args, kwargs))
            return getattr(Canvas, name)(self, *args, **kwargs)
        return method

    for name in _DRAWING:
        setattr(Recorder, name, recording(name))

    def begin_form(self: Any, name: str, *args: Any) -> None:
        stack.append([])
        Canvas.beginForm(self, name, *args)

    def end_form(self: Any) -> None:
        forms[self._formData[0]] = stack.pop()
        Canvas.endForm(self)

    def do_form(self: Any, name: str) -> None:
        stack[-1].append(("form", (name,), {}))
        Canvas.doForm(self, name)

    def show_page(self: Any) -> None:
        pages.append((tuple(self._pagesize), stack[-1]))
        stack[-1] = []
        Canvas.showPage(self)

    Recorder.beginForm, Recorder.endForm = begin_form, end_form
    Recorder.doForm, Recorder.showPage = do_form, show_page
    real_canvas, real_qr, real_c128 = document.Canvas, barcodes.draw_qr, barcodes.draw_code128
    document.Canvas = Recorder
    barcodes.draw_qr = lambda c, x, y, size, payload: stack[-1].append(
        ("qr", (x, y, size, payload), {}))
    barcodes.draw_code128 = lambda c, x, y, w, h, value, quiet=True: stack[-1].append(
        ("c128", (x, y, w, h, value), {}))
    try:
        render_packets(io.BytesIO(), [RECORDED_ID], _info())
    finally:
        document.Canvas, barcodes.draw_qr = real_canvas, real_qr
        barcodes.draw_code128 = real_c128
    return pages, forms


def _floor_batch(path: Path, ids: list[str], pages: list[Any], forms: dict[str, list[Any]],
                 *, cache: bool = False) -> int:
    """Raw reportlab: every page drawn on its own, barcodes computed where they appear (or,
    with `cache`, each ID's QR matrix and Code 128 computed once, still drawn on every page)."""
    from reportlab.graphics.barcode import qrencoder
    from reportlab.graphics.barcode.code128 import Code128
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pageCompression=1)
    matrices: dict[str, Any] = {}
    symbols: dict[tuple[str, float, float], Any] = {}

    def qr(x: float, y: float, size: float, payload: str) -> None:
        code = matrices.get(payload) if cache else None
        if code is None:
            code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
            code.addData(payload)
            code.make()
            if cache:
                matrices.clear()
                matrices[payload] = code
        count = code.getModuleCount()
        module = size / (count + 8)
        path = canvas.beginPath()
        for r in range(count):
            row = code.modules[r]
            c = 0
            while c < count:
                if row[c]:
                    start = c
                    while c < count and row[c]:
                        c += 1
                    path.rect(x + (4 + start) * module, y + size - (5 + r) * module,
                              (c - start) * module, module)
                else:
                    c += 1
        canvas.drawPath(path, stroke=0, fill=1)

    def c128(x: float, y: float, w: float, h: float, value: str) -> None:
        symbol = symbols.get((value, w, h)) if cache else None
        if symbol is None:
            probe = Code128(value, barWidth=1, humanReadable=0, quiet=0)
            width_modules = probe.width + 20
            symbol = Code128(value, barWidth=w / width_modules, barHeight=h, humanReadable=0,
                             lquiet=10 * w / width_modules, rquiet=10 * w / width_modules)
            if cache:
                symbols[(value, w, h)] = symbol
        symbol.drawOn(canvas, x, y)

    def replay(ops: list[Any], pid: str) -> None:
        for name, args, kwargs in ops:
            if name == "form":
                canvas.saveState()
                replay(forms[args[0]], pid)
                canvas.restoreState()
            elif name == "qr":
                qr(*args[:3], args[3].replace(RECORDED_ID, pid))
            elif name == "c128":
                c128(*args[:4], args[4].replace(RECORDED_ID, pid))
            else:
                values = tuple(a.replace(RECORDED_ID, pid) if isinstance(a, str) else a
                               for a in args)
                getattr(canvas, name)(*values, **kwargs)

    count = 0
    for pid in ids:
        for size, ops in pages:
            canvas.setPageSize(size)
            replay(ops, pid)
            canvas.showPage()
            count += 1
    canvas.save()
    return count


def _batch_figures(folder: Path) -> list[dict[str, Any]]:
    from hospcrisis.forms import barcodes
    from hospcrisis.forms.packets import render_packets

    pages, forms = _record_packet()
    render_packets(folder / "warm.pdf", _ids("WARM", 3), _info())  # fonts, imports
    barcodes.qr_matrix.cache_clear()
    start = time.perf_counter()
    result = render_packets(folder / "app.pdf", _ids("APPL", PACKETS), _info())
    app_s = time.perf_counter() - start
    app_rate = result.pages / app_s
    _floor_batch(folder / "warm-floor.pdf", _ids("WARM", 2), pages, forms)
    start = time.perf_counter()
    floor_pages = _floor_batch(folder / "floor.pdf", _ids("FLOR", FLOOR_PACKETS), pages, forms)
    floor_s = time.perf_counter() - start
    floor_rate = floor_pages / floor_s
    start = time.perf_counter()
    cached_pages = _floor_batch(folder / "floor-cached.pdf", _ids("FLOC", FLOOR_PACKETS), pages,
                                forms, cache=True)
    cached_s = time.perf_counter() - start
    size_mb = (folder / "app.pdf").stat().st_size / 1e6
    return [
        figure(f"forms: {PACKETS} downtime packets ({result.pages} pages), pages/s", app_rate,
               "p/s", floor_rate, target=1.25, higher_is_better=True,
               note=f"app {app_s:.1f} s, PDF {size_mb:.1f} MB; floor = raw reportlab drawing "
                    f"the same content page by page, barcodes computed where they appear "
                    f"({floor_pages} pages in {floor_s:.1f} s)"),
        figure(f"forms: {PACKETS} downtime packets vs a floor caching barcodes", app_rate,
               "p/s", cached_pages / cached_s, target=1.25, higher_is_better=True,
               note="stricter floor: each ID's QR matrix and Code 128 computed once per packet, "
                    f"still drawn on every page ({cached_pages} pages in {cached_s:.1f} s)"),
    ]


# --- memory --------------------------------------------------------------------------------------

_MEMORY_SCRIPT = textwrap.dedent("""
    import resource, sys
    from datetime import datetime, UTC
    from hospcrisis.forms.data import PrintInfo
    from hospcrisis.forms.packets import render_packets
    n, out = int(sys.argv[1]), sys.argv[2]
    info = PrintInfo("URG1", "Marie Curie", datetime(2026, 11, 29, 2, 25, tzinfo=UTC))
    result = render_packets(out, [f"MEMO-{i:06d}-K" for i in range(n)], info)
    # VmHWM is this process's own peak; ru_maxrss may carry the parent's over fork + exec.
    try:
        with open("/proc/self/status") as status:
            peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    except OSError:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(result.pages, peak)
""")


def _peak_rss(packets: int, folder: Path) -> tuple[int, float]:
    done = subprocess.run([sys.executable, "-c", _MEMORY_SCRIPT, str(packets),
                           str(folder / f"mem{packets}.pdf")], cwd=ROOT, check=True,
                          capture_output=True, text=True)
    pages, rss_kb = done.stdout.split()
    return int(pages), int(rss_kb) / 1024


def _memory_figures(folder: Path) -> list[dict[str, Any]]:
    small_pages, small = _peak_rss(72, folder)
    big_pages, big = _peak_rss(715, folder)
    return [figure(f"forms: peak RSS {big_pages} pages vs {small_pages} pages", big, "MB",
                   small, target=1.5,
                   note="each in a fresh process; pages and forms are written as they are "
                        "drawn (forms/streaming.py)")]


# --- cold wristband --------------------------------------------------------------------------

_COLD_APP = textwrap.dedent("""
    import sys
    from datetime import datetime, UTC
    from hospcrisis.forms.data import FormPatient, PrintInfo
    from hospcrisis.forms.wristband import render_wristband
    info = PrintInfo("URG1", "Marie Curie", datetime(2026, 11, 29, 2, 25, tzinfo=UTC))
    patient = FormPatient("URG1-000042-K", birth_name="LEFÈVRE", used_name="DUPONT",
                          first_name="Hélène", sex="F", dob="1954-03-12",
                          dob_precision="exact", birthplace_code="40088")
    render_wristband(sys.argv[1], [patient], info)
""")

_COLD_FLOOR = textwrap.dedent("""
    import sys
    from reportlab.graphics.barcode import qrencoder
    from reportlab.graphics.barcode.code128 import Code128
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas
    fonts = {"S": "DejaVuSans", "B": "DejaVuSans-Bold", "C": "DejaVuSansCondensed",
             "CB": "DejaVuSansCondensed-Bold", "M": "DejaVuSansMono"}
    for name, file in fonts.items():
        pdfmetrics.registerFont(TTFont(name, f"resources/fonts/{file}.ttf"))
    pid = "URG1-000042-K"
    c = Canvas(sys.argv[1], pagesize=(186 * mm, 25 * mm), pageCompression=1)
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(pid + "|LEF\\u00c8VRE|H\\u00e9l\\u00e8ne|1954-03-12|F|40088")
    qr.make()
    n = qr.getModuleCount()
    m = 23.5 * mm / (n + 8)
    p = c.beginPath()
    for r in range(n):
        for col in range(n):
            if qr.modules[r][col]:
                p.rect(0.75 * mm + (4 + col) * m, 25 * mm - 0.75 * mm - (5 + r) * m, m, m)
    c.drawPath(p, stroke=0, fill=1)
    c.setFont("B", 12.5); c.drawString(26 * mm, 20 * mm, "LEF\\u00c8VRE")
    c.setFont("S", 10.5); c.drawString(26 * mm, 15.5 * mm, "H\\u00e9l\\u00e8ne")
    c.setFont("C", 8); c.drawString(26 * mm, 12 * mm, "nom d\\u2019usage : DUPONT")
    c.setFont("CB", 8.5)
    c.drawString(26 * mm, 8.5 * mm, "N\\u00e9(e) le 12/03/1954 (72 ans) \\u00b7 F\\u00e9minin")
    c.rect(122 * mm, 20.5 * mm, 20 * mm, 3.5 * mm, stroke=0, fill=1)
    c.setFillGray(1); c.setFont("B", 7.5); c.drawString(123 * mm, 21.3 * mm, "PROVISOIRE")
    c.setFillGray(0)
    Code128(pid, barWidth=0.3 * mm, barHeight=8.5 * mm, humanReadable=0).drawOn(
        c, 122 * mm, 10.9 * mm)
    c.setFont("M", 9.5); c.drawCentredString(153 * mm, 7.5 * mm, pid)
    c.setFont("C", 4.6)
    c.drawString(122 * mm, 1 * mm, "HC-BRA-01 v1 \\u00b7 URG1 \\u00b7 Marie Curie \\u00b7 "
                 "29/11/2026 03:25 \\u00b7 Page 1/1")
    c.showPage()
    c.save()
""")


def _cold_figures(folder: Path) -> list[dict[str, Any]]:
    def run(script: str, out: Path) -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", script, str(out)], cwd=ROOT, check=True)
        return time.perf_counter() - start

    run(_COLD_APP, folder / "cold-app.pdf")  # warm the disk cache and .pyc files
    run(_COLD_FLOOR, folder / "cold-floor.pdf")
    app, floor = [], []
    for _ in range(7):  # alternated, so a busy moment hits both
        app.append(run(_COLD_APP, folder / "cold-app.pdf"))
        floor.append(run(_COLD_FLOOR, folder / "cold-floor.pdf"))
    app_s, floor_s = statistics.median(app), statistics.median(floor)
    return [figure("forms: one wristband, cold process to PDF ready", app_s * 1000, "ms",
                   floor_s * 1000, target=2.0,
                   note="python -c: interpreter, imports, 5 fonts, QR + Code 128, save; "
                        "floor = raw reportlab script drawing the same band")]


def run() -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory(prefix="hc-bench-forms-") as tmp:
        folder = Path(tmp)
        figures = _memory_figures(folder)  # first, while this process is still small
        figures += _batch_figures(folder)
        figures += _cold_figures(folder)
    return figures


if __name__ == "__main__":
    for fig in run():
        print(fig)
