"""HTML pages saved from government sites: the notice as the page shows it, site chrome dropped.

The page is read with lxml and cut into four parts by structure, never by a site's wording:

1. the *metadata block* (基本信息 / 信息公开 table: 索引号, 文号, 发布机构, 成文日期 …): the
   smallest element holding three or more distinct labels that `layout.WEB_LABEL` knows; kept
   first, one `label：value` line per label, as a copy-paste of the page gives it to layout;
2. the *headline*: the h1/h2/h3 or `*title*`-classed element that matches the page's
   `<title>` / `ArticleTitle` meta / the block's 标题·名称 row (a site-name h1 such as
   "X政府信息公开" matches none of them), else the first one shaped like a document title;
3. the *content*: descend from <body> into the child holding a majority of the page's sentence
   text (text with ，。； outside links), then grow that core over the siblings around it (a
   second Word section, the 附表, a 文号 block above the body) up to the first piece of chrome:
   the headline, a link list, a chrome line, or a sibling whose class/id names it nav, footer,
   side, share, related … A hidden print copy is dropped with every other `display:none`
   element; two equal visible copies are read once;
4. attachment links (.pdf/.doc/… ) listed after the content.

The content is walked in document order: each block element (p, div, li, h1–h6 …) and `<br>`
ends a line, a table row is one line with its cells joined by ` | ` (as the DOCX reader does),
and navigation is dropped: <nav>/<aside>/<footer>, link lists (most of the text is links),
and short lines of page chrome (当前位置, 分享到, 打印, 关闭, 字号, 浏览次数, 相关链接 …);
the publishing line under a headline (发布时间 / 来源 / a bare date) is dropped too.

trafilatura's main-content extraction is kept as the fallback for pages where no element holds
sentence text (it dedupes repeated paragraphs and escapes Markdown, so it is not the default).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import Errors, IngestError
from ..patterns import CHROME_LINE_PATTERN, PUBLISH_LINE_PATTERN
from ..vocabulary import genre_alternation
from .raw import RawDoc, RawPage

BLOCK_TAGS = frozenset(
    "address article blockquote body caption center dd details dialog div dl dt fieldset figcaption "
    "figure form h1 h2 h3 h4 h5 h6 header hr li main ol p pre section summary table tbody tfoot thead "
    "tr ul html".split()
)
DROP_TAGS = frozenset(
    "script style noscript template iframe object embed svg canvas button select option input "
    "textarea map audio video head title meta link nav aside footer".split()
)
HIDDEN_STYLE = re.compile(r"display\s*:\s*none", re.I)
SENTENCE_PUNCT = re.compile(r"[，。；]")
WS = re.compile(r"[ \t\n\r\f\v]+")
SPACES = {**{c: " " for c in range(0x2000, 0x200B)}, 0x200B: None, 0xFEFF: None, 0x202F: " ", 0x205F: " "}
EDGE_SPACE = " \t\u3000\u00a0\u200b\ufeff"
DOC_LINK = re.compile(r"\.(?:pdf|docx?|xlsx?|wps|et|ofd|zip|rar|7z|txt|ceb)(?:[?#].*)?$", re.I)

# Short lines that are page furniture on Chinese government sites, and the publishing line under a
# headline (发布时间：… 来源：… or a bare date): pipeline/patterns.py, shared with text copies of pages.
CHROME_LINE = re.compile(CHROME_LINE_PATTERN)
PUBLISH_LINE = re.compile(PUBLISH_LINE_PATTERN)
TITLE_SHAPE = re.compile(
    genre_alternation("标准", "目录", "政策", "制度", "机制", "令") + r"(?:[（(][^）)]{0,30}[）)])?$"
)
TITLE_SEPARATOR = re.compile(r"(\s*(?:_|\||｜|——|—|－|-{1,2})\s*)")
CHROME_NAMES = frozenset(
    "nav navbar menu header banner top topbar foot footer copyright bottom sidebar side aside share fenxiang "
    "bdshare relate related xglj xgwj xgxx xgwz tool tools toolbar print comment comments pager pagination prev "
    "next crumb crumbs breadcrumb position location dqwz search login link links friendlink".split()
)  # used only to stop growing the content past its core, never to drop text inside it
META_TITLE_NAMES = ("articletitle", "title", "og:title", "dc.title")
MIN_META_LABELS = 3  # distinct labels that make an element a metadata block
META_CHARS_PER_LABEL = 80  # a metadata block is labels with short values (a title at most)
CONTENT_SHARE = 0.5  # the core of the content holds a majority of the sentence text
NAV_LINK_SHARE = 0.5  # an element whose text is mostly links (≥ 2 of them) is navigation


def html_to_text(data: bytes | str) -> str:
    """The page's notice as lines: metadata block, headline, content, attachment links."""
    return _html_text(decode(data))


def _html_text(decoded: str) -> str:
    text = XML_DECL.sub("", decoded)
    if not text.strip():
        return ""
    # Hidden elements are print copies and closed menus; a page whose notice is in a tab
    # that scripts open is read again with them.
    for drop_hidden in (True, False):
        lines = _read_page(_parse(text, drop_hidden))
        if lines:
            return "\n".join(lines)
    return _trafilatura_text(text)


# Text outside tags, roughly: enough to tell a page that has sentences from one that has none.
_TAG = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]*>", re.S | re.I)
_HAN = re.compile(r"[\u4e00-\u9fff]")


def read_html(path: Path, data: bytes | None = None, settings=None) -> RawDoc:
    data = Path(path).read_bytes() if data is None else data
    decoded = _decode(data)  # IngestError (E002/E003) for bytes that are not text
    try:
        text = _html_text(decoded.text)
    except RecursionError:
        raise IngestError(Errors.E016.format(reason="elements nested too deep to walk", path=path)) from None
    except IngestError:
        raise
    except Exception as exc:  # lxml raises many types on broken markup
        raise IngestError(Errors.E008.format(fmt="HTML", reason=f"{type(exc).__name__}: {exc}", path=path)) from None
    if not text.strip():
        # Never a silently empty body: a page whose markup holds sentences that the parser lost
        # (nesting past libxml2's depth limit, say) is refused with the reason.
        visible = len(_HAN.findall(_TAG.sub(" ", decoded.text[:2_000_000])))
        if visible >= 20:
            raise IngestError(Errors.E016.format(
                reason=f"the parser kept no text of {visible} Chinese characters in the markup "
                       "(elements nested too deep?)", path=path))
        raise IngestError(Errors.E007.format(path=path))
    return RawDoc(path=str(path), format="html", pages=[RawPage(1, text, "lxml", line_breaks="paragraph")],
                  encoding=decoded.encoding, warnings=decoded.warnings)


# --- decoding and parsing -------------------------------------------------------------------

CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")


def decode(data: bytes | str) -> str:
    """BOM, the declared charset, UTF-8, GB18030… (pipeline.ingest.decode, shared with text)."""
    return _decode(data).text


def _decode(data: bytes | str):
    from .decode import Decoded, decode as decode_text

    if isinstance(data, str):
        return Decoded(data, "str")
    m = CHARSET.search(data[:4096])
    return decode_text(data, declared=m.group(1).decode("ascii") if m else None)


@dataclass
class _Page:
    root: object  # lxml.html.HtmlElement
    head_title: str = ""  # <title>
    meta_title: str = ""  # <meta name="ArticleTitle"> and the like
    in_link: set = field(default_factory=set)


def _parse(text: str, drop_hidden: bool) -> _Page:
    import lxml.html

    # huge_tree: text nodes over 10 MB and nesting past 256 levels are read, not dropped.
    root = lxml.html.document_fromstring(text, parser=_parser())
    page = _Page(root)
    page.head_title = _squeeze(root.findtext(".//title") or "")
    for meta in root.iter("meta"):
        if (meta.get("name") or meta.get("property") or "").lower() in META_TITLE_NAMES and meta.get("content"):
            page.meta_title = _squeeze(meta.get("content"))
            break
    for el in list(root.iter()):
        if el.getparent() is None:
            continue
        tag = el.tag if isinstance(el.tag, str) else ""
        if not tag or tag.lower() in DROP_TAGS or (drop_hidden and _hidden(el)):
            _drop(el)
    for a in root.iter("a"):
        page.in_link.update(a.iter())
    return page


def _parser():
    import lxml.html

    global _PARSER
    if _PARSER is None:
        _PARSER = lxml.html.HTMLParser(huge_tree=True)
    return _PARSER


_PARSER = None


def _hidden(el) -> bool:
    """display:none or the hidden attribute (not on <body>, which scripts often reveal)."""
    if el.tag in ("body", "html"):
        return False
    return el.get("hidden") is not None or bool(HIDDEN_STYLE.search(el.get("style") or ""))


def _drop(el) -> None:
    """Remove an element but keep the text that follows it."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    prev = el.getprevious()
    if tail:
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _squeeze(s: str) -> str:
    return WS.sub(" ", s.replace("\u00a0", " ")).strip(EDGE_SPACE)


# --- the page's parts -----------------------------------------------------------------------

def _read_page(page: _Page) -> list[str]:
    root = page.root
    body = root.find("body") if root.find("body") is not None else root
    meta_el, meta_lines = _metadata_block(body)
    title_el, title = _headline(page, body, meta_lines)
    core = _content_element(page, body)
    if core is None:
        return []
    skip = {title_el} if title_el is not None else set()
    if meta_el is not None:
        skip |= {meta_el, _caption_before(meta_el)} - {None}
    parts = _content_parts(core, page, skip)
    lines = _drop_chrome([ln for el in parts for ln in _render(el, page, skip)])
    lines += _attachments(parts[-1], page, lines)
    if title and not (lines and _key(lines[0]) == _key(title)):
        lines.insert(0, title)
    return meta_lines + lines


def _key(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _web_label():
    from ..layout import WEB_LABEL  # the labels layout reads as a web metadata table

    return WEB_LABEL


def _label_of(text: str) -> str | None:
    """The metadata label a cell starts with (`文　　号：` -> its text), if any."""
    m = _web_label().match(text)
    if not m or len(text) > 200:
        return None
    # a label is followed by ：, by nothing, or is the whole cell (`发布机构` in a th)
    if m.end() < len(text) and text[m.end() - 1] not in "：:":
        return None
    return _key(m.group(0)).rstrip("：:")


def _metadata_block(body) -> tuple[object | None, list[str]]:
    """The smallest element holding ≥ 3 distinct metadata labels, as `label：value` lines."""
    counts: dict = {}
    for el in body.iter():
        if not isinstance(el.tag, str):
            continue
        label = _label_of(_squeeze(el.text or ""))  # `<td>索引号：</td>`, `<span>文　　号：</span>`
        if not label:
            continue
        for anc in el.iterancestors():
            counts.setdefault(anc, set()).add(label)
    best, best_n, best_depth = None, 0, -1
    for el, labels in counts.items():
        n = len(labels)
        if n < MIN_META_LABELS or n < best_n:
            continue
        depth = sum(1 for _ in el.iterancestors())
        # a table of labels and short values, not a notice that ends with 公开方式：…
        if (n > best_n or depth > best_depth) and len(_key(el.text_content())) <= META_CHARS_PER_LABEL * n:
            best, best_n, best_depth = el, n, depth
    if best is None:
        return None, []
    cells = _cells(best)
    caption = _caption_before(best)
    if caption is not None:
        cells.insert(0, _squeeze(caption.text_content()))
    return best, [re.sub(r"([：:])\s+", r"\1", ln) for ln in _pair_labels(cells)]


def _caption_before(el):
    """The nearest non-empty element before the block (up to two levels up), if a caption."""
    node = el
    for _ in range(3):
        for prev in node.itersiblings(preceding=True):
            if isinstance(prev.tag, str) and _squeeze(prev.text_content()):
                return prev if _is_meta_caption(prev) else None
        node = node.getparent()
        if node is None:
            return None
    return None


def _is_meta_caption(el) -> bool:
    """A caption such as 基本信息 right before the table (a label with no value)."""
    text = _squeeze(el.text_content()) if isinstance(el.tag, str) else ""
    return bool(text) and len(text) <= 8 and _label_of(text) is not None and not text.endswith(("：", ":"))


def _cells(el) -> list[str]:
    """Text of the element with every cell, list item and block as its own piece."""
    return _lines(el, set(), set(), cells=True)


def _pair_labels(cells: list[str]) -> list[str]:
    lines: list[str] = []
    open_label = False
    for cell in cells:
        if _label_of(cell):
            lines.append(cell)
            open_label = cell.endswith(("：", ":")) or _key(cell) == _label_of(cell)  # value follows
            continue
        if lines and open_label:
            lines[-1] += ("" if lines[-1].endswith(("：", ":")) else "：") + cell
            open_label = False
        elif lines:
            lines[-1] += " " + cell
        else:
            lines.append(cell)
    return lines


def _headline(page: _Page, body, meta_lines: list[str]) -> tuple[object | None, str]:
    named = next((ln.split("：", 1)[1] for ln in meta_lines
                  if _label_of(ln) in ("标题", "名称") and "：" in ln and ln.split("：", 1)[1]), "")
    refs = [_key(r) for r in (page.meta_title, named, page.head_title) if r]
    best, best_score = None, 0.0
    for el in body.iter():
        if not isinstance(el.tag, str) or el in page.in_link:
            continue
        tag = el.tag.lower()
        cls = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
        if tag not in ("h1", "h2", "h3") and "title" not in cls:
            continue
        text = _inline_text(el, page)
        k = _key(text)
        if not 4 <= len(k) <= 150:
            continue
        score = 0.0
        if any(k == r for r in refs):
            score += 3
        elif any(len(k) >= 6 and r.startswith(k) for r in refs):
            score += 2  # <title> is `标题_栏目_站点`: the headline comes first, the site name last
        if _looks_like_title(text):
            score += 1
        if tag == "h1":
            score += 0.5
        if score >= 1 and score > best_score:
            best, best_score = (el, text), score
    if best:
        return best
    for cand in (page.meta_title, named, _title_from_head(page.head_title)):
        if cand and _looks_like_title(cand):
            return None, cand
    return None, ""


def _title_from_head(head_title: str) -> str:
    """`标题_栏目_站点` -> 标题: the shortest part before a separator that reads as a title (a
    hyphen may also stand inside the title, as in `（2021-2025年）`)."""
    pieces = TITLE_SEPARATOR.split(head_title)
    for n in range(1, len(pieces) + 1, 2):
        cand = "".join(pieces[:n]).strip()
        if _looks_like_title(cand):
            return cand
    return ""


def _looks_like_title(text: str) -> bool:
    t = _key(text)
    return 6 <= len(t) <= 150 and not t.endswith(("。", "；")) and (bool(TITLE_SHAPE.search(t)) or "关于" in t)


def _inline_text(el, page: _Page) -> str:
    return "".join(_lines(el, set(), page.in_link))  # a headline set over two lines is one


def _content_element(page: _Page, body):
    """Descend from <body> while one child holds most of the sentence text."""
    weight = _sentence_weights(body, page.in_link)
    total = weight.get(body, 0)
    if not total:
        return None
    node = body
    while True:
        kids = sorted((c for c in node if isinstance(c.tag, str)), key=lambda c: -weight.get(c, 0))
        if not kids or not weight.get(kids[0], 0):
            return node
        if weight[kids[0]] >= CONTENT_SHARE * total:
            node = kids[0]
            continue
        if len(kids) > 1 and _same_text(kids[0], kids[1], weight):
            node = kids[0] if _before(kids[0], kids[1]) else kids[1]  # a second copy: read one
            total = weight[node]
            continue
        return node


def _content_parts(core, page: _Page, skip: set) -> list:
    """The core and the siblings around it that read as more of the notice (a second Word
    section, the 附表 after the body), up to the first piece of chrome on each side."""
    parts, node = [core], core
    for _ in range(3):
        seen = "".join(_key(p.text_content()) for p in parts)
        before, stop_before = _siblings_of_content(node.itersiblings(preceding=True), page, skip, seen)
        after, stop_after = _siblings_of_content(node.itersiblings(), page, skip, seen)
        parts = before[::-1] + parts + after
        node = node.getparent()
        if stop_before or stop_after or node is None or node.tag in ("body", "html"):
            break
    return parts


def _siblings_of_content(siblings, page: _Page, skip: set, seen: str) -> tuple[list, bool]:
    out = []
    for sib in siblings:
        text = _key(sib.text_content()) if isinstance(sib.tag, str) else ""
        if not text or _probe(text) in seen:  # empty, or a second copy of the notice
            continue
        if any(s is sib or sib in s.iterancestors() for s in skip) or _is_link_list(sib) or _named_as_chrome(sib):
            return out, True
        if any(DOC_LINK.search(a.get("href") or "") for a in sib.iter("a")):
            return out, True  # the attachment list: read by _attachments
        lines = _render(sib, page, skip)
        if any(_is_chrome(ln) or PUBLISH_LINE.match(ln) for ln in lines):
            return out, True
        out.append(sib)
    return out, False


def _named_as_chrome(el) -> bool:
    """class/id words that site templates give navigation, sidebars, footers and tool bars."""
    words = re.split(r"[\s_\-]+", f"{el.get('class') or ''} {el.get('id') or ''}".lower())
    return any(w in CHROME_NAMES for w in words)


def _is_chrome(line: str) -> bool:
    return len(line) <= 60 and "。" not in line and bool(CHROME_LINE.search(line))


def _sentence_weights(body, in_link: set) -> dict:
    weight: dict = {}
    elements = [el for el in body.iter() if isinstance(el.tag, str)]
    for el in reversed(elements):  # descendants before their ancestors
        w = weight.get(el, 0)
        if el not in in_link:
            w += _sentence_len(el.text)
            w += sum(_sentence_len(c.tail) for c in el)
        weight[el] = w
        parent = el.getparent()
        if parent is not None:
            weight[parent] = weight.get(parent, 0) + w
    return weight


def _sentence_len(s: str | None) -> int:
    if not s or not SENTENCE_PUNCT.search(s):
        return 0
    return len(_key(s))


def _same_text(a, b, weight: dict) -> bool:
    wa, wb = weight[a], weight[b]
    if min(wa, wb) < 0.8 * max(wa, wb):
        return False
    return _probe(_key(a.text_content())) in _key(b.text_content())


def _probe(text: str) -> str:
    """80 characters from a third into the text: a copy of the text contains them."""
    return text[len(text) // 3 : len(text) // 3 + 80] if len(text) >= 40 else "\0"


def _before(a, b) -> bool:
    for el in a.getroottree().iter():
        if el is a:
            return True
        if el is b:
            return False
    return True


def _attachments(content, page: _Page, lines: list[str]) -> list[str]:
    """Links to attached files (.pdf/.doc/…) listed after the content, with their caption."""
    seen = "\n".join(lines)
    out: list[str] = []
    node = content
    for _ in range(3):
        for sib in node.itersiblings():
            if not isinstance(sib.tag, str):
                continue
            links = [a for a in sib.iter("a") if DOC_LINK.search(a.get("href") or "")]
            if not links:
                continue
            for ln in _render(sib, page, set(), keep_links=True):
                if ln not in seen and ln not in out and (DOC_LINK.search(ln) or len(ln) <= 8 or _has_link_text(ln, links)):
                    out.append(ln)
        node = node.getparent()
        if node is None or node.tag == "body":
            break
    return out


def _has_link_text(line: str, links) -> bool:
    return any(_squeeze(a.text_content()) and _squeeze(a.text_content()) in line for a in links)


# --- rendering ------------------------------------------------------------------------------

class _Writer:
    """Collects inline text into lines; blocks and <br> end a line."""

    def __init__(self, cells: bool = False):
        self.lines: list[str] = []
        self.buf: list[str] = []
        self.cells = cells  # every table cell its own line (metadata tables), not rows

    def text(self, s: str | None) -> None:
        if s:
            self.buf.append(WS.sub(" ", s.translate(SPACES)))

    def line(self, s: str) -> None:
        self.newline()
        if s.strip(EDGE_SPACE):
            self.lines.append(s)

    def newline(self) -> None:
        if self.buf:
            line = WS.sub(" ", "".join(self.buf)).strip(EDGE_SPACE)
            if line:
                self.lines.append(line)
            self.buf = []

    def finish(self) -> list[str]:
        self.newline()
        return self.lines


def _render(el, page: _Page, skip: set, keep_links: bool = False) -> list[str]:
    return _lines(el, skip, page.in_link, keep_links=keep_links)


def _lines(el, skip: set, in_link: set, keep_links: bool = False, cells: bool = False) -> list[str]:
    w = _Writer(cells)
    _walk(el, w, skip, in_link, keep_links)
    return w.finish()


def _walk(el, w: _Writer, skip: set, in_link: set, keep_links: bool = False) -> None:
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    if not tag or el in skip:
        return
    if not keep_links and tag in ("ul", "ol", "dl", "div", "table", "p", "section", "span", "td") and _is_link_list(el):
        w.newline()
        return
    if tag == "br":
        w.newline()
        return
    if tag == "table" and not w.cells and _is_data_table(el):
        w.newline()
        for cells in _grid_rows(_rows(el), lambda c: _squeeze(" ".join(_lines(c, skip, in_link)))):
            if any(cells):
                w.line(" | ".join(cells))
        return
    if tag == "pre":
        w.newline()
        for ln in el.text_content().split("\n"):
            w.line(ln.strip(EDGE_SPACE))
        return
    block = tag in BLOCK_TAGS or tag in ("td", "th")  # cells outside a data table: layout regions
    if block:
        w.newline()
    w.text(el.text)
    for child in el:
        _walk(child, w, skip, in_link, keep_links)
        w.text(child.tail)
    if block:
        w.newline()


def _span(cell, name: str) -> int:
    try:
        return max(1, min(int(cell.get(name) or 1), 100))
    except ValueError:
        return 1


def _grid_rows(rows: list[list], text) -> list[list[str]]:
    """(s40b-twins) The rows' cell texts with each cell in its column: an empty cell kept, and a cell merged down
    (`rowspan`) empty in the rows below its first, as the DOCX and PDF readers keep them, so that a row's cells stay under
    their header's."""
    out = []
    below: dict[int, tuple[int, int]] = {}  # column -> (rows still covered, columns wide)
    for row in rows:
        cells: list[str] = []
        col = 0

        def covered():
            nonlocal col
            while col in below:
                left, wide = below[col]
                cells.append("")
                if left <= 1:
                    del below[col]
                else:
                    below[col] = (left - 1, wide)
                col += wide

        for c in row:
            covered()
            wide, down = _span(c, "colspan"), _span(c, "rowspan")
            if down > 1:
                below[col] = (down - 1, wide)
            cells.append(text(c))
            col += wide
        covered()
        out.append(cells)
    return out


def _rows(table) -> list[list]:
    rows = []
    for child in table:
        if not isinstance(child.tag, str):
            continue
        t = child.tag.lower()
        if t == "tr":
            rows.append([c for c in child if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")])
        elif t in ("thead", "tbody", "tfoot"):
            rows.extend(_rows(child))
    return rows


def _is_data_table(table) -> bool:
    """A grid of cells; a table used for page layout (nested tables, one column) is not."""
    if any(True for _ in table.iterdescendants("table")):
        return False
    return any(sum(1 for c in row if _squeeze(c.text_content())) >= 2 for row in _rows(table))


def _is_link_list(el) -> bool:
    links = [a for a in el.iter("a") if _squeeze(a.text_content())]
    if len(links) < 2:
        return False
    if sum(1 for a in links if DOC_LINK.search(a.get("href") or "")) * 2 >= len(links):
        return False  # attachments
    text = _key(el.text_content())
    link_text = sum(len(_key(a.text_content())) for a in links)
    return bool(text) and link_text >= NAV_LINK_SHARE * len(text) and "。" not in _unlinked(el)


def _unlinked(el) -> str:
    parts = []
    for node in el.iter():
        if node.tag == "a":
            continue
        if node.getparent() is not None and any(p.tag == "a" for p in node.iterancestors()):
            continue
        parts.append(node.text or "")
        parts.append(node.tail or "")
    return "".join(parts)


def _drop_chrome(lines: list[str]) -> list[str]:
    out: list[str] = []
    started = False  # a paragraph of the notice has been seen
    for ln in lines:
        if _is_chrome(ln):
            continue
        if not started and len(ln) <= 60 and "。" not in ln and PUBLISH_LINE.match(ln):
            continue
        if len(ln) > 60 or ln.endswith(("。", "：", ":")):
            started = True
        out.append(ln)
    return out


def _trafilatura_text(data: bytes | str) -> str:
    """trafilatura's main-content Markdown, links reduced to text, link runs dropped."""
    try:
        import trafilatura
    except ImportError:  # a default dependency; without it such a page is E007 (no text)
        return ""
    text = trafilatura.extract(
        data, output_format="markdown", include_links=True, include_tables=True,
        include_comments=False, include_images=False, deduplicate=False,
    )
    if not text:
        return ""
    return "\n".join(_drop_nav(text.split("\n")))


# A navigation item: a line that is only a link (maybe after a bullet), or a short bulleted
# label (`· 市委编办`) between linked ones.
LINK_ONLY = re.compile(r"^\s*[-*+·•]?\s*\[([^\]]*)\]\([^)]*\)\s*$|^\s*[·•]\s*\S{1,15}\s*$")
INLINE_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
NAV_RUN = 3  # this many link-only lines in a row are a navigation list, not the notice
TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])")


def _drop_nav(lines: list[str]) -> list[str]:
    content = [ln for ln in lines if ln.strip()]
    keep: list[str] = []
    run: list[str] = []
    for line in content + [""]:
        if line and LINK_ONLY.match(line):
            run.append(line)
            continue
        if len(run) < NAV_RUN:
            keep.extend(run)
        run = []
        if line:
            keep.append(line)
    out = []
    for line in keep:
        if TABLE_RULE.match(line):
            continue
        line = MD_ESCAPE.sub(r"\1", INLINE_LINK.sub(r"\1", line))
        if line.strip().startswith("|"):  # a Markdown table row: cells as in DOCX tables
            line = " | ".join(c.strip() for c in line.strip().strip("|").split("|") if c.strip())
        out.append(line)
    return out
