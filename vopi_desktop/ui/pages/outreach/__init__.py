"""The Mitmachen page: engagement opportunities, their languages, the outreach texts and the document."""
