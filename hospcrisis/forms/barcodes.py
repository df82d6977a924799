"""Barcodes of a provisional ID: Code 128 (the ID) and QR (the ID and the strict traits).

Both are drawn as ONE filled path each — no reportlab widget — from the encoders reportlab
ships (`code128` for the bar pattern, `qrencoder` for the QR matrix). Measured on a 1-page
form: ~28 ms with the QR as one path against ~114 ms through reportlab's QR widget. Documents
draw each ID's barcodes once into a Form XObject and reuse it on every page (see
`FormDocument.xobject`), so a downtime packet computes its QR once, not on each of its pages.

QR payload (UTF-8, with an ECI 26 header so scanners know it is UTF-8)::

    URG1-000042-K                                   (pre-numbered: the ID only)
    URG1-000042-K|MARTIN|Hélène|1954-03-12|F|64445  (ID|birth name|first name|DOB|sex|birthplace)

A ``|`` or ``\\`` inside a trait is escaped with a backslash.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.code128 import Code128

from hospcrisis.forms.data import FormPatient
from hospcrisis.forms.text import clean

#: Code 128 quiet zone each side, in modules (the standard asks for 10).
QUIET_MODULES = 10
#: QR quiet zone each side, in modules (the standard asks for 4).
QR_QUIET_MODULES = 4


def qr_payload(patient: FormPatient) -> str:
    """What the QR code says: the ID, then the strict traits when any is known."""
    if not patient.has_identity:
        return patient.provisional_id

    def esc(value: str) -> str:
        return clean(value).replace("\\", "\\\\").replace("|", "\\|")

    dob = patient.dob if patient.dob_precision != "unknown" else ""
    traits = (patient.birth_name, patient.first_name, dob, patient.sex, patient.birthplace_code)
    return "|".join([patient.provisional_id, *(esc(t) for t in traits)])


@lru_cache(maxsize=64)
def code128_bars(value: str) -> tuple[tuple[tuple[int, int], ...], int]:
    """The bars of `value` in Code 128: ((start module, width in modules), …), total modules.

    Quiet zones are not included. Raises ValueError for characters Code 128 cannot encode.
    """
    if not value.isascii():
        raise ValueError(f"Code 128 encodes ASCII only: {value!r}")
    symbol = Code128(value, barWidth=1, quiet=0, humanReadable=0)
    symbol.validate()
    symbol.encode()
    symbol.decompose()
    bars: list[tuple[int, int]] = []
    position = 0
    for char in symbol.decomposed:
        if "A" <= char <= "Z":
            span = ord(char) - ord("A") + 1
            bars.append((position, span))
        else:
            span = ord(char) - ord("a") + 1
        position += span
    return tuple(bars), position


class _ECI(qrencoder.QR):
    """An ECI segment (mode 0111) announcing the character set of the data that follows."""

    mode = 0x7
    lengthbits = (0, 0, 0)

    def __init__(self, designator: int) -> None:
        self.data = [designator]

    @property
    def bitlength(self) -> int:
        return 8

    def write(self, buffer: Any, version: int) -> None:
        buffer.put(self.mode, 4)
        buffer.put(self.data[0], 8)


@lru_cache(maxsize=64)
def qr_matrix(payload: str) -> tuple[tuple[bool, ...], ...]:
    """The QR modules of `payload` (error correction M), row by row from the top."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    if payload.isascii():
        code.addData(payload)  # numeric / alphanumeric / byte mode, chosen by the encoder
    else:
        code.addData(_ECI(26))  # UTF-8
        code.addData(qrencoder.QR8bitByte(payload))
    code.make()
    return tuple(tuple(bool(m) for m in row) for row in code.modules)


def _fmt(value: float) -> str:
    return f"{value:.4f}".rstrip("0").rstrip(".") or "0"


def draw_code128(canvas: Any, x: float, y: float, width: float, height: float,
                 value: str, *, quiet: bool = True) -> float:
    """Draw `value` as Code 128 filling `width` points (quiet zones included when `quiet`).

    (x, y) is the lower-left corner in points. The bars are one path in module units under a
    scaling transform, so the page content is short integers. Returns the module width used.
    """
    bars, total = code128_bars(value)
    modules = total + (2 * QUIET_MODULES if quiet else 0)
    module = width / modules
    left = x + (QUIET_MODULES * module if quiet else 0.0)
    ops = [f"q {_fmt(module)} 0 0 {_fmt(height)} {_fmt(left)} {_fmt(y)} cm"]
    ops.extend(f"{start} 0 {span} 1 re" for start, span in bars)
    ops.append("f Q")
    canvas.addLiteral("\n".join(ops))
    return module


def draw_qr(canvas: Any, x: float, y: float, size: float, payload: str) -> None:
    """Draw the QR code of `payload` as one path in a `size` x `size` square, its quiet
    zone (`QR_QUIET_MODULES` each side) included; (x, y) is the lower-left corner.

    Dark runs of each row are rectangles of one path, in module units under a scaling
    transform (integers in the page content: short and fast to write).
    """
    matrix = qr_matrix(payload)
    count = len(matrix)
    module = size / (count + 2 * QR_QUIET_MODULES)
    origin_x = x + QR_QUIET_MODULES * module
    origin_y = y + QR_QUIET_MODULES * module
    ops = [f"q {_fmt(module)} 0 0 {_fmt(module)} {_fmt(origin_x)} {_fmt(origin_y)} cm"]
    for r, row in enumerate(matrix):
        bottom = count - 1 - r
        c = 0
        while c < count:
            if not row[c]:
                c += 1
                continue
            start = c
            while c < count and row[c]:
                c += 1
            ops.append(f"{start} {bottom} {c - start} 1 re")
    ops.append("f Q")
    canvas.addLiteral("\n".join(ops))
