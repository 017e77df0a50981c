"""Hostile and awkward inputs, built at test time (a few hundred KB in all), each with the outcome a
run must give it. Used by tests/test_hostile.py; also a script:

    python tests/hostile.py DIR      # writes the fixtures to DIR and prints name -> expected

Expected outcomes: "record" (a record, no warning required), "record:W001" (a record carrying that
warning code), "E0xx" (no record, that error code in errors.jsonl), "skip:S00x" (not read, reported
as skipped). The batch runs with the tight limits of `LIMITS`, so each limit is reached by a small
file and the whole batch finishes in seconds.
"""
from __future__ import annotations

import io
import os
import random
import shutil
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
FIX = ROOT / "tests" / "fixtures"
GOOD = (CORPUS / "zhanjiang-2025-zhiye-nengli.txt").read_text(encoding="utf-8")
SHORT = "关于做好2024年春季植树造林工作的通知\n各乡镇人民政府：\n一、明确目标任务\n全县完成植树造林5000亩以上。\n"

# Limits of the hostile batch (pipeline.settings.Settings fields).
LIMITS = dict(time_limit=20.0, memory_limit_mib=1536, max_bytes=3 * 2**20, max_inflated_bytes=2 * 2**20,
              max_inflated_total=4 * 2**20, max_zip_members=500, max_pages=20, max_repeat=10_000,
              max_chars=400_000)


def _docx(paragraphs: list[str], extra: dict[str, bytes] | None = None) -> bytes:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    doc = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{w}"><w:body>{body}</w:body></w:document>'
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", doc)
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return buf.getvalue()


def _ofd(pages: int = 1, delta: str = "g 15 7.7", text: str = "某县2019年居家和社区养老服务") -> bytes:
    ns = 'xmlns:ofd="http://www.ofdspec.org/2016"'
    ofd = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD {ns} Version="1.0" DocType="OFD"><ofd:DocBody>'
           f"<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>")
    page_list = "".join(f'<ofd:Page ID="{i + 1}" BaseLoc="Pages/Page_0/Content.xml"/>' for i in range(pages))
    document = f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document {ns}><ofd:Pages>{page_list}</ofd:Pages></ofd:Document>'
    lines = "".join(
        f'<ofd:TextObject ID="{10 + i}" Boundary="28.0 {40 + 10 * i} 150 8" Size="5.6">'
        f'<ofd:TextCode X="0" Y="5.60" DeltaX="{delta}">{t}</ofd:TextCode></ofd:TextObject>'
        for i, t in enumerate([text] + SHORT.splitlines()))
    content = f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page {ns}><ofd:Content><ofd:Layer ID="2">{lines}</ofd:Layer></ofd:Content></ofd:Page>'
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("OFD.xml", ofd)
        zf.writestr("Doc_0/Document.xml", document)
        zf.writestr("Doc_0/Pages/Page_0/Content.xml", content)
    return buf.getvalue()


def _html(body: str, head: str = "<meta charset='utf-8'><title>通知</title>") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


def build(folder: Path) -> dict[str, str]:
    """Write the fixtures below `folder`; returns {relative path: expected outcome}."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    expected: dict[str, str] = {}

    def put(name: str, data: bytes | str, outcome: str) -> None:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        expected[name] = outcome

    # good notices, in each format
    put("good/notice.txt", GOOD, "record")
    shutil.copy(CORPUS / "zhanjiang-2025-zhiye-nengli.pdf", folder / "good" / "notice.pdf")
    expected["good/notice.pdf"] = "record"
    put("good/notice.docx", (FIX / "docx" / "notice.docx").read_bytes(), "record")
    put("good/notice.ofd", (FIX / "ofd" / "notice.ofd").read_bytes(), "record")
    put("good/notice.html", (FIX / "html" / "county-gov-notice.html").read_bytes(), "record")

    # text: damage is a warning, garbage is refused
    put("text/empty.txt", b"", "E001")
    put("text/blank.txt", b" \n\t\n", "E001")
    put("text/binary.txt", bytes(range(256)) * 8, "E003")
    put("text/random.txt", random.Random(14).randbytes(4096), "E003")
    put("text/one-nul.txt", SHORT.encode("utf-8")[:20] + b"\x00" + SHORT.encode("utf-8")[20:], "record:W002")
    put("text/one-bad-byte.txt", SHORT.encode("utf-8")[:31] + b"\xff" + SHORT.encode("utf-8")[31:], "record:W001")
    put("text/utf32-bom.txt", SHORT.encode("utf-32"), "record")
    put("text/utf32le.txt", SHORT.encode("utf-32-le"), "record")
    put("text/gbk.txt", SHORT.encode("gbk"), "record")
    put("text/line-separators.txt", SHORT.replace("各乡镇", "各\u2028乡\u2029镇\u0085"), "record")
    put("text/too-long.txt", ("各单位要认真落实。" * 50_000), "E013")  # 450,000 chars > max_chars
    put("text/no-suffix", SHORT, "record")

    # HTML
    put("html/utf16-no-bom.html", _html(f"<h1>通知</h1><p>{SHORT}</p>").encode("utf-16-le"), "record")
    put("html/deep-300.html", _html("<div>" * 300 + f"<p>{SHORT}</p>" + "</div>" * 300), "record")
    put("html/deep-5000.html", _html("<div>" * 5000 + f"<p>{SHORT}</p>" + "</div>" * 5000), "E016")
    put("html/no-text.html", _html("<script>var a = 1;</script>"), "E007")

    # DOCX and OFD: zip containers
    put("docx/broken.docx", b"PK\x03\x04 this is not a zip", "E008")
    put("docx/inflates.docx", _docx(SHORT.splitlines(), {"word/media/zeros.bin": b"\0" * (3 * 2**20)}), "E013")
    put("docx/many-members.docx", _docx(SHORT.splitlines(), {f"customXml/item{i}.xml": b"<a/>" for i in range(600)}),
        "E013")
    put("ofd/repeat-bomb.ofd", _ofd(delta="g 1000000000000 7.7"), "E013")
    put("ofd/many-pages.ofd", _ofd(pages=5000), "record:W007")

    # PDF
    put("pdf/truncated.pdf", (FIX / "pdf" / "truncated.pdf").read_bytes(), "E004")
    put("pdf/encrypted.pdf", (FIX / "pdf" / "encrypted.pdf").read_bytes(), "E005")
    put("pdf/not-a-pdf.pdf", b"\x00\x01garbage" * 50, "E004")
    put("pdf/garbled.pdf", (FIX / "pdf" / "garbled.pdf").read_bytes(), "E008")

    # size before reading
    put("size/big.txt", b"a" * (3 * 2**20 + 1), "E013")

    # file names: long (a notice title as a name), not UTF-8, a formula
    long_name = "关于印发" + "广东省推动职业技能提升行动高质量发展若干措施" * 3 + "的通知.txt"
    put(f"names/{long_name}", SHORT, "record")
    put("names/=HYPERLINK(1).txt", SHORT, "record")
    try:
        raw_dir = os.fsencode(folder / "names")
        with open(os.path.join(raw_dir, "关于印发通知".encode("gbk") + b".txt"), "wb") as fh:
            fh.write(SHORT.encode("utf-8"))
        expected["names/关于印发通知.txt"] = "record:W010"  # a GBK name (a zip from Chinese Windows), read as GB18030
    except OSError:  # a file system that refuses non-UTF-8 names
        pass

    # not read: unsupported types and links
    for name in ("old.doc", "draft.wps", "budget.xls"):
        put(f"skip/{name}", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "skip:S003")
    try:
        os.symlink("/etc/hostname" if Path("/etc/hostname").exists() else "/etc/passwd", folder / "skip" / "link.txt")
        expected["skip/link.txt"] = "skip:S001"
    except (OSError, NotImplementedError):
        pass
    return expected


if __name__ == "__main__":
    dest = Path(sys.argv[1] if len(sys.argv) > 1 else "hostile")
    for name, outcome in build(dest).items():
        print(f"{outcome}\t{name}")
