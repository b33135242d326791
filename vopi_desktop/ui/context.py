"""What every page is handed: the workspace, the config, the task runner and the language."""

from __future__ import annotations

from dataclasses import dataclass

from ..catalog import Catalog, load_catalog
from ..config import Config
from ..store.workspace import Workspace
from .tasks import TaskRunner


@dataclass
class AppContext:
    workspace: Workspace
    config: Config
    tasks: TaskRunner
    lang: str = "de"

    @property
    def catalog(self) -> Catalog:
        return load_catalog(self.lang)
