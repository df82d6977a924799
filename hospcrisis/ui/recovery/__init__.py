"""The recovery screens (issue 7): what IT does from the GUI when the information system is back.

* `section` — "Data recovery" (Reprise des données): one tab per step — bundles (import and
  merge, per-station summary, content hash and audit chain heads), conflicts (side by side,
  settled with a reason), identities (IPP by hand, the admissions office's CSV, proposed
  matches, merges), export (HL7 v2.5 IHE PAM FR, FHIR R4, CSV), back-loading (progress per kind
  and unit, marks, "what remains" and the end-of-downtime report);
* `station` — File ▸ Export the station bundle… (every station, onto a USB key);
* `database` — File ▸ New recovery database… (an empty database to merge into, then opened);
* `actions` — the File-menu actions, installed by the main window;
* `scenes` — screenshots of these screens (`tools/screenshots.py`).

Everything goes through `core.recovery`, `core.reconcile`, `core.backload`, `interop.bundle` and
`interop.export`; long work (reading and merging bundles, exports, marks) runs in a worker with
its own connection.
"""
