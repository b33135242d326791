"""PDF documents (DESIGN.md section 8): plain data in, a PDF file out; no Qt and no database here.

``run.make(ws, kind, out, municipality_id, options)`` reads through ``store.report_data`` and lays
out one of ``kinds.KINDS``; fonts, page frame, right-to-left text and charts live in their modules.
"""

from reportlab import rl_config

# ReportLab checks every attribute of every chart shape as it is set (a development aid, on by default):
# off before ``reportlab.graphics.shapes`` is first imported, so the shapes do not even install the
# checking ``__setattr__`` (set later, it still costs a call per attribute: 60,000 in 25 dossiers).
rl_config.shapeChecking = 0
