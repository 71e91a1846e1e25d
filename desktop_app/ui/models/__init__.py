"""Item models over lists of frozen dataclasses; data() never queries the database."""
