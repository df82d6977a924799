"""Paper forms: data in, PDF out (reportlab), in French or English. No Qt, no database.

In downtime, paper is the information system. This package draws every form the hospital
needs — wristbands, label sheets, admission sheets, MARs, lab and imaging requests, pre-numbered
downtime packets, the ED board and unit censuses — each also blank, to fill by hand.

* `data` — the input contract (`FormPatient`, `PrintInfo`, `BoardRow`, `CensusRow`, media sizes,
  `RenderResult`, `RenderCancelled`).
* `registry` — `FORMS`, `get_form(name)`: title, code, version and renderer of each form.
* one module per form (`wristband`, `labels`, `admission`, `mar`, `requests`, `packets`,
  `lists`), built on `page` (furniture: title, code, page x/y, who printed where and when,
  identity block, EXERCICE watermark), `layout` (boxes and check boxes in mm), `barcodes`
  (Code 128 and QR as single paths), `fonts` (embedded DejaVu), `text` (escaping, fitting,
  dates), `document` (output, reuse of Form XObjects, progress and cancel) and `streaming`
  (pages written as they are drawn, so memory stays flat).

Importing this package imports nothing heavy; import the submodules you need.
"""
