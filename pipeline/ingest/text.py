"""Plain text in the encodings Chinese offices use (decoded by `pipeline.ingest.decode`)."""
from __future__ import annotations

from pathlib import Path

from ..errors import Errors, IngestError
from .decode import decode, decode_bytes  # noqa: F401 (decode_bytes re-exported)
from .raw import RawDoc, RawPage


def read_text(path: Path, data: bytes | None = None, settings=None) -> RawDoc:
    data = Path(path).read_bytes() if data is None else data
    if not data.strip():
        raise IngestError(Errors.E001.format(path=path))
    decoded = decode(data, path=path)
    text = decoded.text.replace("\r\n", "\n").replace("\r", "\n")
    return RawDoc(path=str(path), format="txt", pages=[RawPage(1, text, "text")], encoding=decoded.encoding,
                  warnings=decoded.warnings)
