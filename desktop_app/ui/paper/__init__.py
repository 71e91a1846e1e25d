"""Paper and files out: export, print, badges and name cards, invitations, sign-in sheet options."""
