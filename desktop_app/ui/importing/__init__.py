"""The import wizard: file, sheet, columns, encoding, preview, the import and its report."""
