"""hoinghi: register and check in attendees at government conferences."""

__version__ = "0.1.0"
APP_NAME = "hoinghi"
