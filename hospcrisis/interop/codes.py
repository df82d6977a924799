"""Every code and identifier system the exports use, in ONE place (DOMAIN.md marks several
values *to confirm* with the hospital's IT: correct them here).

HL7 v2.5 IHE PAM FR (French extension 2.11) and FHIR R4 (FR Core where it says something).
"""

from __future__ import annotations

# --- HL7 v2.5 / IHE PAM FR -------------------------------------------------------------------
HL7_VERSION = "2.5^FRA^2.11"  # MSH-12: version, country, PAM FR extension
HL7_COUNTRY = "FRA"  # MSH-17
HL7_CHARSET = "UNICODE UTF-8"  # MSH-18
SENDING_APPLICATION = "HOSPCRISIS"
DEFAULT_RECEIVING_APPLICATION = "SIH"
IPP_AUTHORITY = "IPP"  # assigning authority of definitive patient IDs (PID-3) — to confirm
PROVISIONAL_AUTHORITY = "HOSPCRISIS"  # one namespace: provisional IDs never collide
VISIT_AUTHORITY = "NDA"  # assigning authority of definitive visit numbers — to confirm

# Message structure of each trigger event (MSH-9.3).
STRUCTURES = {
    "A01": "ADT_A01", "A02": "ADT_A02", "A03": "ADT_A03", "A04": "ADT_A01",
    "A08": "ADT_A01", "A11": "ADT_A09", "A12": "ADT_A12", "A13": "ADT_A01",
    "A28": "ADT_A05", "A31": "ADT_A05", "A40": "ADT_A39",
}
# Events that carry the French movement segment ZBE (A08 is an update, not a movement).
ZBE_EVENTS = frozenset({"A01", "A02", "A03", "A04", "A11", "A12", "A13"})

# PV1-2 patient class (HL7 table 0004).
CLASS_EMERGENCY = "E"
CLASS_INPATIENT = "I"
CLASS_NOT_APPLICABLE = "N"

# PV1-36 discharge disposition per movement kind (HL7 table 0112) — to confirm.
DISCHARGE_DISPOSITIONS = {
    "discharged": "01",  # discharged to home or self care
    "transferred_out": "02",  # discharged/transferred to another short-term hospital
    "left": "07",  # left against medical advice
    "deceased": "20",  # expired
}

# PID-8 administrative sex: our codes are HL7 table 0001's (F, M, O, U).
HL7_SEX = {"F": "F", "M": "M", "O": "O", "U": "U"}

# --- FHIR R4 ---------------------------------------------------------------------------------
SYSTEM_RECORD = "urn:hospcrisis:record"  # our record UUIDs (patients, admissions…)
SYSTEM_PROVISIONAL = "urn:hospcrisis:provisional-id"
SYSTEM_IPP = "urn:hospcrisis:ipp"  # to confirm: the hospital's IPP system (an OID URN)
SYSTEM_VISIT = "urn:hospcrisis:visit-number"  # to confirm: the hospital's NDA system
SYSTEM_SINUS = "urn:hospcrisis:sinus"
SYSTEM_UNIT = "urn:hospcrisis:unit"
SYSTEM_TRIAGE = "urn:hospcrisis:triage"
SYSTEM_DISPOSITION = "urn:hospcrisis:disposition"
SYSTEM_SURGERY_PRIORITY = "urn:hospcrisis:surgery-priority"
SYSTEM_ID_TYPE = "http://terminology.hl7.org/CodeSystem/v2-0203"
SYSTEM_ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
SYSTEM_0445 = "http://terminology.hl7.org/CodeSystem/v2-0445"  # identity reliability codes

# FR Core identity reliability extension and the French identity statuses (TRE_R338).
EXT_IDENTITY_RELIABILITY = \
    "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-identity-reliability"
SYSTEM_IDENTITY_STATUS = ("https://mos.esante.gouv.fr/NOS/TRE_R338-ModaliteIdentification/"
                          "FHIR/TRE-R338-ModaliteIdentification")
SYSTEM_IDENTITY_DOCUMENT = ("https://mos.esante.gouv.fr/NOS/TRE_R339-TypeJustificatifIdentite/"
                            "FHIR/TRE-R339-TypeJustificatifIdentite")
EXT_BIRTH_PLACE = "http://hl7.org/fhir/StructureDefinition/patient-birthPlace"
EXT_MOVEMENT = "urn:hospcrisis:fhir:movement"  # one per movement of an Encounter

FHIR_GENDER = {"F": "female", "M": "male", "O": "other", "U": "unknown"}

# Encounter.status per admission status.
ENCOUNTER_STATUS = {
    "arrived": "arrived", "triaged": "triaged", "seen": "in-progress",
    "admitted": "in-progress", "transferred": "finished", "discharged": "finished",
    "left": "finished", "deceased": "finished", "cancelled": "cancelled",
}

# Procedure.status per surgery case status (core/surgery.py).
PROCEDURE_STATUS = {
    "waiting": "preparation", "planned": "preparation", "done": "completed",
    "cancelled": "not-done", "withdrawn": "not-done",
}
SYSTEM_OR_CASE = "urn:hospcrisis:or-case"  # the OR planning system's case reference
