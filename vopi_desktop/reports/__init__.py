"""PDF documents (DESIGN.md section 8): plain data in, a PDF file out; no Qt and no database here.

``run.make(ws, kind, out, municipality_id, options)`` reads through ``store.report_data`` and lays
out one of ``kinds.KINDS``; fonts, page frame, right-to-left text and charts live in their modules.
"""
