"""(s21b-pdftab) pdfium's line breaks inside a row of print and its spaces across two rows (pipeline/ingest/pdf.py
`_row_spans`, `_same_row`). The geometry is written out by hand (a narrow table cell typeset in pieces, a table's last
cell glued to the next row's 序号), in the style of a Gansu county's task list."""
from pipeline.ingest.lines import PdfLine
from pipeline.ingest.pdf import _row_spans, _same_row


class _Box:
    left = right = bottom = top = 0.0


def _fake(geometry):
    """geometry: offset -> (left, bottom, right, top); a loose_box stand-in filling `box` as pdfium does."""
    box = _Box()

    def loose_box(handle, index, ref):
        if index not in geometry:
            return False
        box.left, box.bottom, box.right, box.top = geometry[index]
        return True

    return loose_box, box


def _row(text, x, y, width=16.0):
    """Glyph boxes of `text` set on one row from x, baseline box y..y+15."""
    return {k: (x + width * k, y, x + width * (k + 1), y + 15.0) for k in range(len(text))}


def test_space_down_to_next_row_ends_the_row():
    # `各乡镇人民政府 3`: the cell's last line (row at y=500) and the next row's number at the left (y=470)
    text = "各乡镇人民政府 3"
    geo = _row("各乡镇人民政府", 112.0, 500.0)
    geo[7] = (224.0, 501.0, 224.0, 501.0)  # the space pdfium generated
    geo[8] = (111.5, 470.0, 120.4, 485.0)
    loose_box, box = _fake(geo)
    spans = list(_row_spans(text, None, loose_box, box, None))
    assert [text[a:b] for a, b in spans] == ["各乡镇人民政府", "3"]


def test_space_within_a_row_is_kept():
    # `2024 年`: a space between a number and its unit on the same row stays in the line
    text = "2024 年目标"
    geo = {0: (112, 500, 121, 515), 1: (121, 500, 130, 515), 2: (130, 500, 139, 515), 3: (139, 500, 148, 515),
           4: (148, 501, 152, 501), 5: (152, 500, 168, 515), 6: (168, 500, 184, 515), 7: (184, 500, 200, 515)}
    loose_box, box = _fake(geo)
    assert [text[a:b] for a, b in _row_spans(text, None, loose_box, box, None)] == ["2024 年目标"]


def test_piece_of_the_same_row_is_joined():
    # `市发` / `展和改` / `革`: each piece starts where the one before ended, on the same baseline
    held = PdfLine("市发", 112.2, 142.9, 16.0)
    assert _same_row(held, (220.4, 235.2), 144.0, (220.4, 234.8))
    # `60` / `处` (a number and its unit, a small gap)
    assert _same_row(PdfLine("60", 111.5, 129.3, 16.0), (307.3, 321.9), 132.5, (307.2, 321.9))


def test_next_row_or_next_column_is_not_joined():
    held = PdfLine("市农业农村局", 112.0, 208.0, 16.0)
    # the next row of the table, at the left edge below
    assert not _same_row(held, (250.3, 263.7), 112.2, (220.5, 235.1))
    # the next cell of the same row, a column further right (a gap of a cell's padding)
    assert not _same_row(held, (250.3, 263.7), 220.0, (250.3, 263.7))
    # a wrapped line of running text: the next line starts back at the left margin
    assert not _same_row(PdfLine("各乡镇要按照职责分工抓好落实", 112.0, 560.0, 16.0), (600.0, 615.0), 112.0, (571.0, 586.0))
