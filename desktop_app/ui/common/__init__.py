"""What every screen shares: forms, tables, labels, workers, settings, the session, errors, i18n."""
