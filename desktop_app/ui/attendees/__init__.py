"""The attendee list: its views, filters and forms, a person's history, the unit catalog."""
