"""The check-in desk: its field, results, counters, writes, undo, log and the walk-in form."""
