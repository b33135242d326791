"""The preview's first line: what the file is — who made it and when, for which municipalities (or
whose practice examples for which), without personal data, an example town left out. Translated in
the preview's context (lupdate needs the context written out at each call)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ....exchange.labels import inner, senders, when
from ...messages import fmt


def about_file(plan: Any) -> str:
    """``plan``: an ``exchange.plan.Plan``, not imported (it brings SQLAlchemy, which ui/ never loads)."""
    head = plan.incoming.manifest
    who, made = head.created_by or "?", when(head.created_at)
    if head.content == "practice_examples":  # filed under a municipality of this workspace
        here, sender = ", ".join(plan.local_names.values()), senders(head.senders)
        if sender is None:  # a file of the previous release names no municipality
            about = fmt(
                QCoreApplication.translate(
                    "PreviewDialog",
                    "From %1, made %2. Practice examples for %3; the file does not name the "
                    "municipality that sent them.",
                ),
                who,
                made,
                here,
            )
        else:
            about = fmt(
                QCoreApplication.translate(
                    "PreviewDialog", "From %1, made %2. Practice examples from %3 for %4."
                ),
                who,
                made,
                sender,
                here,
            )
    else:
        places = ", ".join(name for _, name in head.municipalities)  # none: an example left out
        about = fmt(QCoreApplication.translate("PreviewDialog", "From %1, made %2."), who, made)
        if places:
            about += " " + fmt(QCoreApplication.translate("PreviewDialog", "Municipalities: %1."), places)
    if not head.personal_data:
        about += " " + QCoreApplication.translate(
            "PreviewDialog", "Without personal data: contact data kept here stays as it is."
        )
    for name in plan.examples_left_out:  # exchange/example_towns.py
        about += " " + fmt(
            QCoreApplication.translate(
                "PreviewDialog",
                "The fictional example town “%1” is not taken over: a different municipality of "
                "this name exists here.",
            ),
            inner(name),
        )
    return about
