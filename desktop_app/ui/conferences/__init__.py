"""Conferences and what belongs to one: details, sections, session topics, statistics."""
