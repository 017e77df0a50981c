"""OCR for pages without a text layer (scans), with the PP-OCRv4 models that ship inside the
rapidocr-onnxruntime wheel: nothing is downloaded at run time. Optional: `pip install
policykb[ocr]`; without it, a scan fails with E007 (no extractable text).
"""
from __future__ import annotations

import statistics
from functools import lru_cache

from .lines import PdfLine, join_lines

RENDER_DPI = 150  # scans are usually 150–300 dpi; 150 gave the same CER as 200 in less time


@lru_cache(maxsize=1)
def _engine():
    from rapidocr_onnxruntime import RapidOCR  # ImportError when the `ocr` extra is missing

    return RapidOCR()


def ocr_image(image) -> tuple[str, float] | None:
    """Recognise an image (numpy array or PIL image). Returns (text, mean confidence)."""
    import numpy as np

    result, _ = _engine()(np.asarray(image))
    if not result:
        return None
    boxes = []  # (top, bottom, x0, x1, text, score)
    for box, text, score in result:
        xs = [p[0] for p in box]
        ys = [p[1] for p in box]
        boxes.append((min(ys), max(ys), min(xs), max(xs), text, float(score)))
    height = statistics.median(b[1] - b[0] for b in boxes)
    boxes.sort(key=lambda b: ((b[0] + b[1]) / 2, b[2]))
    lines: list[PdfLine] = []
    last_mid = None
    for top, bottom, x0, x1, text, _ in boxes:
        mid = (top + bottom) / 2
        if last_mid is not None and abs(mid - last_mid) < height * 0.5:
            ln = lines[-1]
            lines[-1] = PdfLine(ln.text + text, min(ln.x0, x0), max(ln.x1, x1), height)
        else:
            lines.append(PdfLine(text, x0, x1, height))
            last_mid = mid
    # One size for all lines (recognised boxes vary by a few pixels): only the margins decide.
    text, _, _ = join_lines(lines)
    chars = sum(len(b[4]) for b in boxes)
    confidence = sum(b[5] * len(b[4]) for b in boxes) / max(chars, 1)
    return text, round(confidence, 4)


def ocr_pdf_page(page) -> tuple[str, float] | None:
    """Render a pypdfium2 page and recognise it."""
    bitmap = page.render(scale=RENDER_DPI / 72, grayscale=False)
    image = bitmap.to_pil().convert("RGB")
    return ocr_image(image)
