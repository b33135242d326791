"""How .vopi files reach a running window: dropped on it, or handed over by a second start of the app
(a double-click in the mail program starts ``vopi-desktop FILE.vopi``; when a window is already
open on the same workspace, the new process gives it the path over a local socket and exits)."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QObject
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from ..config import Config

log = logging.getLogger(__name__)
SUFFIX = ".vopi"
TIMEOUT_MS = 1500


def channel_name(config: Config) -> str:
    """One channel per workspace: a window on another data folder or database is not asked."""
    where = str(config.sqlite_path or config.display_location)
    return "vopi-desktop-" + hashlib.sha256(where.encode("utf-8")).hexdigest()[:20]


def hand_over(config: Config, path: Path) -> bool:
    """Give ``path`` to a window already open on this workspace; False when there is none."""
    socket = QLocalSocket()
    socket.connectToServer(channel_name(config))
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write(QByteArray(str(path.resolve()).encode("utf-8") + b"\n"))
    socket.flush()  # writes at once when it can; what remains is waited for
    delivered = socket.bytesToWrite() == 0 or socket.waitForBytesWritten(TIMEOUT_MS)
    socket.disconnectFromServer()
    return delivered


def vopi_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [
        Path(url.toLocalFile())
        for url in mime.urls()
        if url.isLocalFile() and url.toLocalFile().lower().endswith(SUFFIX)
    ]


class ExchangeInbox(QObject):
    """Accepts .vopi drops on ``window`` and listens for paths from later starts; both call ``open``."""

    def __init__(self, window: QWidget, open_file: Callable[[Path], None]) -> None:
        super().__init__(window)
        self._open = open_file
        self.server: QLocalServer | None = None
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and vopi_paths(event):  # type: ignore[arg-type]
            event.acceptProposedAction()  # type: ignore[attr-defined]
            return True
        if event.type() == QEvent.Type.Drop:
            paths = vopi_paths(event)  # type: ignore[arg-type]
            if paths:
                event.acceptProposedAction()  # type: ignore[attr-defined]
                self._open(paths[0])
                return True
        return super().eventFilter(watched, event)

    def listen(self, config: Config) -> bool:
        """Become the window later starts hand their files to; a stale socket of a crashed run is removed."""
        name = channel_name(config)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            QLocalServer.removeServer(name)
            if not server.listen(name):
                log.warning("single-instance channel not available: %s", server.errorString())
                return False
        server.newConnection.connect(self._accept)
        self.server = server
        return True

    def _accept(self) -> None:
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        line = bytes(socket.readLine().data()).decode("utf-8", "replace").strip()
        if line.lower().endswith(SUFFIX):
            self._open(Path(line))

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
