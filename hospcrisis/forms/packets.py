"""Pre-numbered downtime packets (HC-KIT-01): every sheet a patient needs, for each reserved ID.

The crisis cell reserves a block of provisional IDs and prints one packet per ID in advance, so
a patient arriving at 3 a.m. gets his wristband, labels and every sheet at once. Per ID, in
this order: admission sheet (2 pages), label sheet, wristband sheet, MAR, lab request, imaging
request — 7 pages numbered 1/7 … 7/7, each with the ID and its barcodes.

Everything that repeats is drawn once: each page layout once per batch, each ID's barcodes,
identity block, label and bands once per packet. A page then costs a few bytes of content, so
batches of thousands of pages stay fast and memory grows slowly with the batch.
"""

from __future__ import annotations

from collections.abc import Sequence

from hospcrisis.forms.admission import AdmissionForm
from hospcrisis.forms.data import CancelCheck, LabelLayout, PrintInfo, Progress, RenderResult
from hospcrisis.forms.document import FormDocument, Output
from hospcrisis.forms.labels import LabelSheetForm
from hospcrisis.forms.mar import DEFAULT_SLOTS, MarForm
from hospcrisis.forms.page import PatientForm, PatientItem, as_patient, check_items, draw_copy
from hospcrisis.forms.registry import FORMS
from hospcrisis.forms.requests import ImagingRequestForm, LabRequestForm
from hospcrisis.forms.wristband import WristbandSheetForm
from hospcrisis.i18n import _, use_language


def packet_forms(label_layout: LabelLayout | None = None,
                 time_slots: Sequence[str] = DEFAULT_SLOTS) -> list[PatientForm]:
    """The forms of one packet, in order."""
    return [AdmissionForm(), LabelSheetForm(label_layout), WristbandSheetForm(),
            MarForm(time_slots), LabRequestForm(), ImagingRequestForm()]


def pages_per_packet() -> int:
    """How many pages one packet has (7)."""
    return sum(form.pages for form in packet_forms())


def render_packets(out: Output, patients: Sequence[PatientItem], info: PrintInfo, *,
                   progress: Progress | None = None, cancelled: CancelCheck | None = None,
                   label_layout: LabelLayout | None = None,
                   time_slots: Sequence[str] = DEFAULT_SLOTS) -> RenderResult:
    """One packet per item: a provisional ID (pre-numbered), a `FormPatient`, or None (a blank
    packet). `progress(done, total)` counts packets; `cancelled()` is polled between packets
    and stops the job without writing anything (`RenderCancelled`)."""
    check_items(patients)
    forms = packet_forms(label_layout, time_slots)
    per_packet = sum(form.pages for form in forms)
    spec = FORMS["packets"]
    with use_language(info.lang), FormDocument(out, info, title=spec.label,
                                               progress=progress, cancelled=cancelled) as doc:
        note = _("Pre-numbered downtime packet")
        total = len(patients)
        ids: list[str] = []
        blanks = 0
        for done, item in enumerate(patients):
            doc.step(done, total)
            patient = as_patient(item)
            if patient is None:
                blanks += 1
            else:
                ids.append(patient.provisional_id)
            first = 1
            for form in forms:
                draw_copy(doc, form, patient, first, per_packet, note)
                first += form.pages
            doc.release()
        doc.step(total, total)
        doc.finish()
        return RenderResult(form="packets", pages=doc.pages, patient_ids=tuple(ids),
                            blank_copies=blanks)


__all__ = ["packet_forms", "pages_per_packet", "render_packets"]
