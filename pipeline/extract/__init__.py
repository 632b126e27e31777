"""Stage 1, extract and clean: a PDF or text file becomes a CleanDocument.

Glyphs are read with their boxes by pdfminer.six (`pdf_glyphs`) or PDFium (`pdfium_glyphs`; `pdf_backends`
chooses) and grouped into the page model (`page_model`); tables, chart labels and callouts are set aside
(`figure_text`), the rest put in reading order (`reading_order`), sorted into roles such as running heads, covers
and title blocks (`block_roles`) and footnotes (`footnotes`), de-duplicated (`dedupe`) and assembled into clean
text (`assemble`). `ingest.load_document` is the entry point.

May import: pipeline.core.
"""
