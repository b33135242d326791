"""Every top-level window's title begins with the application's name (screen readers, task bar)."""

APP_TITLE = "VOPI Desktop"


def titled(text: str) -> str:
    return f"{APP_TITLE} – {text}"
