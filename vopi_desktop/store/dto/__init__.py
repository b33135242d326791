"""Plain data handed out by the services: the UI and the reports never see ORM objects."""
