"""The window: main_window and its menus here, one subpackage per screen (desk, attendees, conferences,
importing, paper), what they share in common/, item models in models/."""
