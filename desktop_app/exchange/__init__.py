"""Spreadsheets in and out, without Qt: importing invite lists (.xlsx, .xls, .csv) and exporting
sign-in sheets, attendance reports and full lists (.xlsx, .csv).

The window's wizard and dialogs and the command line call the same functions:
`importer.import_invite_list` and the functions of `export`."""
