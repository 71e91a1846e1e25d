"""Paper: sign-in sheets, blank sheets, name cards and badges as PDF or on a printer, drawn with
QtGui/QtPrintSupport (never widgets). Every printout paints onto any QPagedPaintDevice, so the
window prints and previews with the same code that writes the PDF."""
