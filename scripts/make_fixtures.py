"""Make the committed ingestion fixtures in tests/fixtures/ with real tools.

* pdf/notice.pdf         a self-written county notice, Word document exported by LibreOffice
* pdf/truncated.pdf      notice.pdf cut at 40% of its bytes (a broken download)
* pdf/encrypted.pdf      notice.pdf encrypted with a user password (pypdf, AES-128)
* pdf/garbled.pdf        notice.pdf with every /ToUnicode map removed (fonts embedded without
                         one, as 仿宋_GB2312 often is): the text layer reads as garbage
* pdf/scan.pdf           page 1 of corpus/zhanjiang-2025-zhiye-nengli.pdf rasterised by pdftoppm
                         (150 dpi, grey, JPEG), wrapped as an image-only PDF: a scanner's output
* docx/notice.docx       the notice as a Word document (python-docx), with a 分工 table
* ofd/notice.ofd         a small valid OFD (GB/T 33190) with the notice's first part
* html/*.html            written by hand in tests/fixtures/html/ (not generated)

Needs LibreOffice, poppler-utils (pdftoppm), python-docx, pypdf, Pillow. Run from the repo root:
    python scripts/make_fixtures.py
"""
from __future__ import annotations

import io
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))

from make_pdfs import build_docx, to_pdf  # noqa: E402

FIX = ROOT / "tests" / "fixtures"
SRC = FIX / "notices-src" / "sichuan-county-2019-yanglao.txt"
SCAN_SOURCE = ROOT / "corpus" / "zhanjiang-2025-zhiye-nengli.pdf"

TABLE = [
    ("序号", "工作任务", "责任单位", "完成时限"),
    ("1", "新建城市社区日间照料中心8个", "县民政局", "2019年10月底"),
    ("2", "培训养老护理员200人次", "县人力资源社会保障局", "2019年12月底"),
]


def make_pdfs(tmp: Path) -> None:
    out = FIX / "pdf"
    out.mkdir(parents=True, exist_ok=True)
    docx = tmp / "notice.docx"
    build_docx(SRC.read_text(encoding="utf-8"), docx)
    pdf = to_pdf(docx, tmp)
    shutil.copy(pdf, out / "notice.pdf")
    data = pdf.read_bytes()
    (out / "truncated.pdf").write_bytes(data[: int(len(data) * 0.4)])

    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password="secret", owner_password="owner-secret", algorithm="AES-128")
    with open(out / "encrypted.pdf", "wb") as fh:
        writer.write(fh)

    reader = PdfReader(io.BytesIO(data))
    writer = PdfWriter(clone_from=reader)
    for page in writer.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            if NameObject("/ToUnicode") in font:
                del font[NameObject("/ToUnicode")]
            for desc in font.get("/DescendantFonts", []) or []:
                desc = desc.get_object()
                if NameObject("/ToUnicode") in desc:
                    del desc[NameObject("/ToUnicode")]
    with open(out / "garbled.pdf", "wb") as fh:
        writer.write(fh)

    subprocess.run(["pdftoppm", "-r", "150", "-gray", "-jpeg", "-jpegopt", "quality=70", "-f", "1", "-l", "1",
                    str(SCAN_SOURCE), str(tmp / "scan")], check=True)
    from PIL import Image

    page = next(tmp.glob("scan*.jpg"))
    Image.open(page).save(out / "scan.pdf", "PDF", resolution=150.0)


def make_docx() -> None:
    from docx import Document

    out = FIX / "docx"
    out.mkdir(parents=True, exist_ok=True)
    doc = Document()
    lines = SRC.read_text(encoding="utf-8").splitlines()
    cut = next(i for i, ln in enumerate(lines) if ln.startswith("三、"))
    for line in lines[:cut]:
        doc.add_paragraph(line)
    doc.add_paragraph("附表：重点任务分工")
    table = doc.add_table(rows=len(TABLE), cols=len(TABLE[0]))
    for r, row in enumerate(TABLE):
        for c, cell in enumerate(row):
            table.cell(r, c).text = cell
    for line in lines[cut:]:
        doc.add_paragraph(line)
    doc.sections[0].footer.paragraphs[0].text = "— 1 —"
    doc.save(str(out / "notice.docx"))


OFD_NS = "http://www.ofdspec.org/2016"


def _text_object(oid: int, x: float, y: float, text: str, size: float = 5.6) -> str:
    width = size * len(text)
    return (f'<ofd:TextObject ID="{oid}" Boundary="{x} {y} {width:.2f} {size * 1.4:.2f}" Font="3" Size="{size}">'
            f'<ofd:TextCode X="0" Y="{size:.2f}" DeltaX="g {len(text) - 1} {size}">{text}</ofd:TextCode>'
            f"</ofd:TextObject>")


def make_ofd() -> None:
    """A one-page OFD: title (larger type, two lines), addressee, a paragraph wrapped over three
    lines at the right margin, a heading; 28 characters a line at 5.6 mm, left margin 28 mm."""
    out = FIX / "ofd"
    out.mkdir(parents=True, exist_ok=True)
    per_line, left, size = 28, 28.0, 5.6
    para = ("为加快发展居家和社区养老服务，满足老年人多层次、多样化的养老服务需求，"
            "根据省民政厅、省财政厅有关要求，结合我县实际，制定本方案。")
    body_lines = ["　　" + para[: per_line - 2], para[per_line - 2 : 2 * per_line - 2], para[2 * per_line - 2 :]]
    objs = []
    y = 40.0
    for t in ("某县2019年居家和社区养老服务", "改革试点工作方案"):
        objs.append(_text_object(len(objs) + 10, 105 - len(t) * 7.7 / 2, y, t, 7.7))
        y += 12
    objs.append(_text_object(len(objs) + 10, left, y, "各乡镇人民政府，县级各部门：", size))
    y += 10
    for t in body_lines:
        objs.append(_text_object(len(objs) + 10, left, y, t.replace("　", ""), size) if not t.startswith("　")
                    else _text_object(len(objs) + 10, left + 2 * size, y, t.lstrip("　"), size))
        y += 10
    objs.append(_text_object(len(objs) + 10, left + 2 * size, y, "一、工作目标", size))
    y += 10
    objs.append(_text_object(len(objs) + 10, 100, 280, "— 1 —", 4.9))
    content = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{OFD_NS}"><ofd:Content>'
               f'<ofd:Layer ID="2">{"".join(objs)}</ofd:Layer></ofd:Content></ofd:Page>')
    files = {
        "OFD.xml": (f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="{OFD_NS}" Version="1.0" DocType="OFD">'
                    "<ofd:DocBody><ofd:DocInfo><ofd:DocID>policykb-fixture-0001</ofd:DocID>"
                    "<ofd:Title>某县养老服务改革试点工作方案</ofd:Title></ofd:DocInfo>"
                    "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"),
        "Doc_0/Document.xml": (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="{OFD_NS}">'
                               "<ofd:CommonData><ofd:MaxUnitID>100</ofd:MaxUnitID>"
                               "<ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>"
                               "<ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData>"
                               '<ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages>'
                               "</ofd:Document>"),
        "Doc_0/PublicRes.xml": (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res xmlns:ofd="{OFD_NS}" BaseLoc="Res">'
                                '<ofd:Fonts><ofd:Font ID="3" FontName="仿宋" FamilyName="仿宋"/></ofd:Fonts></ofd:Res>'),
        "Doc_0/Pages/Page_0/Content.xml": content,
    }
    with zipfile.ZipFile(out / "notice.ofd", "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in files.items():
            zf.writestr(name, text)


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="policykb-fix-") as tmp:
        make_pdfs(Path(tmp))
    make_docx()
    make_ofd()
    for f in sorted(FIX.rglob("*")):
        if f.is_file():
            print(f"{f.stat().st_size:8d}  {f.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
