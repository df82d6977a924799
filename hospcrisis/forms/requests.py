"""Laboratory test request (HC-BIO-01) and imaging request (HC-IMG-01), one A4 page each.

The tests offered are in `LAB_PANELS` (one table, easy to correct per establishment); every
test has a box to tick, every group room for more.
"""

from __future__ import annotations

from collections.abc import Sequence

from hospcrisis.forms.data import CancelCheck, PrintInfo, Progress, RenderResult
from hospcrisis.forms.document import Output
from hospcrisis.forms.fonts import BOLD, COND, COND_BOLD, MONO, SANS
from hospcrisis.forms.layout import CHECK, LINE, Pen
from hospcrisis.forms.page import MARGIN, PatientForm, PatientItem, render_patient_form
from hospcrisis.i18n import N_, _

X = MARGIN
W = 190.0
Y_TOP = 53.0

#: The lab request's tests: three columns of (group, tests). Edit here to match the laboratory.
LAB_PANELS: tuple[tuple[tuple[str, tuple[str, ...]], ...], ...] = (
    (
        (N_("Haematology"), (N_("Full blood count + platelets"), N_("Reticulocytes"),
                             N_("ESR"), N_("Blood film"))),
        (N_("Coagulation"), (N_("PT / INR"), N_("aPTT"), N_("Fibrinogen"), N_("D-dimer"),
                             N_("Anti-Xa activity"))),
        (N_("Transfusion"), (N_("ABO-RhD group, 1st sample"), N_("ABO-RhD group, 2nd sample"),
                             N_("Antibody screen"))),
        (N_("Blood gases"), (N_("Arterial blood gas"), N_("Venous blood gas"),
                             N_("Carboxyhaemoglobin"))),
    ),
    (
        (N_("Biochemistry"), (N_("Sodium, potassium, chloride"), N_("Bicarbonate"),
                              N_("Urea"), N_("Creatinine"), N_("Glucose"), N_("Calcium"),
                              N_("Magnesium"), N_("Phosphate"), N_("CRP"),
                              N_("Procalcitonin"), N_("Troponin"), N_("NT-proBNP"),
                              N_("Liver function tests"), N_("Lipase"),
                              N_("CK"), N_("Lactate"), N_("Albumin"), N_("Ammonia"))),
    ),
    (
        (N_("Microbiology"), (N_("Blood cultures (bottles: ___)"), N_("Urine culture"),
                              N_("Urinary antigens (pneumo, legionella)"),
                              N_("SARS-CoV-2 / influenza PCR"), N_("Swab (site: ______)"),
                              N_("Malaria test"))),
        (N_("Toxicology and other"), (N_("Blood alcohol"), N_("β-hCG (blood)"),
                                      N_("Paracetamol level"), N_("Salicylate level"),
                                      N_("Urine drug screen"), N_("Drug level: ______"))),
    ),
)
ITEM_PITCH = 5.6
GROUP_H = 6.2


class LabRequestForm(PatientForm):
    """Laboratory request: who asks, sampling, clinical information, tests to tick."""

    name = "lab"

    def body(self, pen: Pen, index: int, blank: bool) -> None:
        y = Y_TOP
        pen.field(X, y, 62, 11, _("Prescriber (name)"))
        pen.field(X + 62, y, 43, 11, _("Unit, phone"))
        pen.field(X + 105, y, 47, 11, _("Sampled on (date, time)"))
        pen.text(X + 108, y + 9, "__/__/____  __:__", MONO, 9, gray=0.55)
        pen.field(X + 152, y, 38, 11, _("Sampled by (initials)"))
        y += 11
        pen.rect(X, y, W, 8.5)
        base = y + 6.0
        end = pen.text(X + 1.5, base, _("Priority"), BOLD, 8.5)
        end = pen.options(X + 3.5 + end, base, [_("VITAL EMERGENCY"), _("Urgent"),
                                                _("Routine")], size=8.5, gap=3.5,
                          font=COND_BOLD, max_width=95)
        end = pen.options(end + 8, base, [_("Fasting")], size=8.5, font=COND)
        width = pen.text(end + 6, base, _("Anticoagulant:"), COND, 8.5)
        pen.line(end + 7 + width, base + 0.4, X + W - 2, base + 0.4, dash=(0.6, 1.4))
        y += 8.5
        pen.field(X, y, W, 15, _("Clinical information (diagnosis, treatment, reason for the "
                                 "tests)"))
        y += 18
        col_w = W / len(LAB_PANELS)
        bottom = y
        for c, groups in enumerate(LAB_PANELS):
            cx = X + c * col_w
            cy = y
            for group, tests in groups:
                pen.rect(cx + 0.5, cy, col_w - 1.0, GROUP_H - 1.0, fill=0.85, stroke=False)
                pen.text(cx + 1.8, cy + GROUP_H - 2.5, _(group).upper(), BOLD, 8)
                cy += GROUP_H
                for test in tests:
                    pen.checkbox(cx + 1.8, cy + ITEM_PITCH - 1.6, "", box=CHECK - 0.4)
                    pen.fitted(cx + 1.8 + CHECK + 1.0, cy + 0.9, col_w - CHECK - 4.6, _(test),
                               SANS, 8.5, 6.0)
                    cy += ITEM_PITCH
                cy += 1.5
            bottom = max(bottom, cy)
        y = bottom + 1.0
        pen.section(X, y, W, _("Other tests"))
        y += 6.0
        pen.rect(X, y, W, 32, width=LINE)
        pen.write_lines(X + 2, y, W - 4, 32, pitch=8.0)
        y += 35
        pen.field(X, y, 95, 22, _("Prescriber's signature"))
        pen.field(X + 95, y, 95, 22, _("Laboratory: received on, at, by; provisional "
                                       "lab number"), border=1.2)
        y += 24
        pen.fitted(X, y, W, _("Label every tube at the bedside with a label of the same "
                              "patient; the ID on the tubes and on this request must match."),
                   COND, 8, 6.5, max_lines=2)


#: Imaging safety questions, answered Yes / No / Unknown.
SAFETY_QUESTIONS: tuple[str, ...] = (
    N_("Pregnancy possible"),
    N_("Allergy to contrast media"),
    N_("Renal failure (creatinine ____ µmol/L)"),
    N_("Diabetes treated with metformin"),
    N_("Pacemaker, implant or metal foreign body (MRI)"),
    N_("Claustrophobia, agitation"),
)


class ImagingRequestForm(PatientForm):
    """Imaging request: examination, clinical question, safety checks, transport."""

    name = "imaging"

    def body(self, pen: Pen, index: int, blank: bool) -> None:
        y = Y_TOP
        pen.field(X, y, 62, 11, _("Prescriber (name)"))
        pen.field(X + 62, y, 43, 11, _("Unit, phone"))
        pen.field(X + 105, y, 47, 11, _("Requested on (date, time)"))
        pen.text(X + 108, y + 9, "__/__/____  __:__", MONO, 9, gray=0.55)
        pen.field(X + 152, y, 38, 11, _("Signature"))
        y += 13

        y = pen.section(X, y, W, _("Examination requested"))
        base = y + 6.5
        end = pen.options(X + 1.5, base, [_("X-ray"), _("Ultrasound"), _("CT scan"), _("MRI"),
                                          _("Other:")], size=9.5, gap=5, font=BOLD,
                          max_width=150)
        pen.line(end + 1, base + 0.4, X + W - 2, base + 0.4, dash=(0.6, 1.4))
        y += 9.5
        pen.field(X, y, 112, 13, _("Region / examination"))
        pen.field(X + 112, y, 78, 13, _("Side"))
        pen.options(X + 114, y + 10.5, [_("Right"), _("Left"), _("Both"), _("N/A")], size=8.5,
                    gap=2.5, max_width=74)
        y += 13
        pen.rect(X, y, W, 8.5)
        base = y + 6.0
        end = pen.text(X + 1.5, base, _("Contrast injection"), SANS, 9)
        pen.options(X + 4 + end, base, [_("Yes"), _("No"), _("To be decided by the "
                                                               "radiologist")], size=9, gap=4,
                    max_width=W - end - 6)
        y += 11

        y = pen.section(X, y, W, _("Clinical information and question asked"))
        pen.rect(X, y, W, 58, width=LINE)
        pen.write_lines(X + 2, y, W - 4, 58, pitch=8.0)
        y += 61

        y = pen.section(X, y, W, _("Patient safety"))
        answers = [_("Yes"), _("No"), _("Don't know")]
        for i, question in enumerate(SAFETY_QUESTIONS):
            row_y = y + i * 7.2
            if i % 2 == 0:
                pen.rect(X, row_y, W, 7.2, fill=0.96, stroke=False)
            pen.text(X + 1.5, row_y + 5.0, _(question), SANS, 9)
            pen.options(X + 118, row_y + 5.3, answers, size=9, gap=6, max_width=70)
        y += len(SAFETY_QUESTIONS) * 7.2 + 2.5

        y = pen.section(X, y, W, _("Transport and priority"))
        base = y + 6.5
        pen.text(X + 1.5, base, _("Mobility"), BOLD, 9)
        pen.options(X + 26, base, [_("Walking"), _("Wheelchair"), _("Bed / stretcher"),
                                   _("Oxygen"), _("Monitored"), _("Nurse escort")],
                    size=9, gap=3.2, max_width=W - 27)
        base += 7.5
        pen.text(X + 1.5, base, _("Priority"), BOLD, 9)
        pen.options(X + 26, base, [_("Immediate (vital)"), _("Within 1 h"), _("Today"),
                                   _("Scheduled")], size=9, gap=4, font=COND_BOLD,
                    max_width=W - 27)
        y = base + 4.5

        pen.field(X, y, 95, 18, _("Imaging: performed on, at, by"), border=1.2)
        pen.field(X + 95, y, 95, 18, _("Report: given to / phoned to, at"), border=1.2)
        pen.fitted(X, y + 20, W, _("Attach a patient label; the ID on the images must match "
                                   "the ID on this request."), COND, 8, 6.5)


def render_lab(out: Output, patients: Sequence[PatientItem], info: PrintInfo, *,
               progress: Progress | None = None,
               cancelled: CancelCheck | None = None) -> RenderResult:
    """One laboratory request per patient (None: blank)."""
    return render_patient_form(LabRequestForm(), out, patients, info, progress=progress,
                               cancelled=cancelled)


def render_imaging(out: Output, patients: Sequence[PatientItem], info: PrintInfo, *,
                   progress: Progress | None = None,
                   cancelled: CancelCheck | None = None) -> RenderResult:
    """One imaging request per patient (None: blank)."""
    return render_patient_form(ImagingRequestForm(), out, patients, info, progress=progress,
                               cancelled=cancelled)

