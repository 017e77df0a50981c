"""The labels of a web page's disclosure table and of a law collection's record, spelt once.

A 政府信息公开 page prints a catalog over the notice (`索 引 号：…　主题分类：…　发文机关：…　成文日期：…　文　　号：…`),
a law collection a record of fields (`【法规标题】…【发布部门】…【效力级别】…`). Layout (where the table ends), cleaning
(which lines never join) and metadata (文号, 成文日期, issuer and title read from the table) each read some of
these labels; every regex and set of them is derived here, so a new label is added on one line of LABELS.

Each row: the label as printed without spaces, its flags, then the uses that read it:
* flags: `s` the table may print it letter-spaced (`索 引 号`, `文　　号`: its regex allows white space between the
  characters where the use reads spaced forms); `:` only before a colon (bare `有效期5年` opens a sentence).
* uses (each is the subset one reader takes, and why it takes no more):
  - `catalog`  layout.WEB_LABEL: any label of the catalog or the record (where the table ends, one field a line).
  - `field`    clean.RECORD_FIELD: a field whose line ends at itself however long (`发文机关：` and nineteen
               organs); only the labels whose value may be wide as the page or sit over the title.
  - `cell`     layout.CELL_LABEL: a table copied cell by cell with no colon (`索 引 号    000014349/2023-00412`):
               only labels no sentence opens with, since nothing but white space marks the cell.
  - `bar`      metadata.BARE_LABEL_BAR: the same cells set apart by bars (`文号 | 某府办发〔2022〕17号 | 有效性 | 有效`).
  - `tab`      clean.TAB_PAGE_LABELS: a cell of a tab-separated row that makes the row the page's table, not a
               column header (compared whole, as printed).
  - `issuer`   metadata.web_metadata: the cell whose value is the issuing organs.
  - `organ`    layout.ORGAN_LABEL: a cell whose value, alone on the next line, is an organ (the publisher too).
  - `title`    metadata.web_metadata: the cell whose value is the document's title.
  - `name`     layout.NAME_LABEL: the cells whose value can be the document's name (文件标题 as well).
  - `number`   metadata.web_metadata: the cell whose value is the 发文字号.
  - `written`  metadata.web_metadata / WRITTEN_ON: the cell whose value is the 成文日期.
  - `law`      metadata.LAW_RECORD_LABEL: labels only a law collection's record prints (its 发布日期 is the
               promulgation date), read as printed there, never spaced.
"""
from __future__ import annotations

from dataclasses import dataclass

# fmt: off
_TABLE = """
基本信息      .   catalog
统一编号      .   catalog
索引号        s   catalog field cell bar tab
分类          s   catalog
主题分类      .   catalog cell bar tab
发布机构      .   catalog field cell bar tab issuer organ
发文机关      .   catalog field cell bar tab issuer organ
发布机关      .   catalog field issuer organ
成文日期      .   catalog field cell bar tab written
发文日期      .   catalog field bar tab written
名称          s   catalog tab title name
标题          s   catalog field cell tab title name
文号          s   catalog field cell bar tab number
发文字号      .   catalog field cell bar tab number
发布日期      .   catalog field cell bar tab
主题词        s   catalog
实施日期      .   catalog tab
生效日期      .   catalog tab
失效日期      .   catalog
废止日期      .   catalog
文件状态      .   catalog
有效性        s   catalog cell bar tab
时效性        s   catalog tab law
来源          s   catalog tab organ
信息来源      .   catalog organ
公开方式      .   catalog cell tab
公开范围      .   catalog cell
体裁分类      .   catalog cell
组配分类      .   catalog cell
所属主题      .   catalog
效力状态      .   catalog law
法规标题      .   catalog field title name law
法规名称      .   catalog field title name law
发布部门      .   catalog field issuer
颁布机关      .   catalog field issuer organ law
颁布部门      .   catalog field issuer law
颁布单位      .   catalog issuer law
制定机关      .   catalog field issuer
发文单位      .   catalog field issuer organ
发布单位      .   catalog field issuer
颁布日期      .   catalog
颁布时间      .   catalog
实施时间      .   catalog
效力属性      .   catalog law
批准日期      .   catalog
效力级别      .   catalog tab law
法规类别      .   catalog law
专题分类      .   catalog
唯一标识      .   catalog
发布文号      .   catalog
信息分类      .   catalog cell bar
生成日期      .   catalog cell bar
内容概述      .   catalog
内容概要      .   catalog
内容摘要      .   catalog
信息索引号    .   catalog
索取号        s   catalog
文件编号      .   catalog number
发文编号      .   catalog number
信息名称      .   catalog title name
关键词        s   catalog
公开形式      .   catalog
公开属性      .   catalog
公开时限      .   catalog
公开日期      .   catalog
成文时间      .   catalog written
文种          s   catalog
公文种类      .   catalog
信息类别      .   catalog
所属类别      .   catalog
登记编号      .   catalog field bar tab
统一登记号    .   catalog field bar tab
登记号        s   catalog field bar tab
备案号        s   catalog field bar tab
有效期至      .   catalog field bar tab
有效期        s:  catalog tab
制发机关      .   catalog field cell bar tab issuer organ
文件名称      .   catalog field title name
文件标题      .   name
发文机构      .   catalog field cell bar tab issuer organ
公开责任部门  .   organ
"""
# fmt: on
# Rows added to the catalog: (s20-layout) 信息分类 生成日期 内容概述… (a 内容概述 is the page's summary, never the notice's
# first paragraph); (s29-web) the names other portals give the cells
# (信息索引号, the older 索取号, 文件编号, 关键词, 成文时间, 文种…); (s30) a 规范性文件's registration and term, which
# provinces that register normative documents print under the catalog (`登记编号：ZZCR-2021-00107　有效期至：2026-04-30`,
# Hunan's 统一登记号, 备案号).
# (s31) 制发机关, 文件名称 and 发文机构 joined the catalog (portals print them in the catalog's place, one cell a line, where
# the table would else end at them); 制发机关 and 发文机构 read as 发文机关 (the issuing organ under another portal's name),
# and the registration labels join the bar form (`登记编号 | ZZCR-2021-00107 |`).
# Left out of the catalog as before: 文件标题, 公开责任部门 (read by the uses named).

USES = frozenset(("catalog", "field", "cell", "bar", "tab", "issuer", "organ", "title", "name", "number", "written", "law"))


@dataclass(frozen=True)
class PageLabel:
    word: str
    spaced: bool  # the table may print it letter-spaced
    colon_only: bool  # read in a regex only before a colon
    uses: frozenset[str]


def _rows(table: str) -> tuple[PageLabel, ...]:
    out = []
    for line in table.strip().splitlines():
        word, flags, *uses = line.split()
        unknown = set(uses) - USES
        if unknown:
            raise ValueError(f"page label {word!r}: unknown use {sorted(unknown)}")
        out.append(PageLabel(word, "s" in flags, ":" in flags, frozenset(uses)))
    return tuple(out)


LABELS = _rows(_TABLE)


def label_words(use: str) -> tuple[str, ...]:
    """The labels `use` reads, as printed without spaces, in the table's order."""
    if use not in USES:
        raise ValueError(f"unknown page-label use {use!r}")
    return tuple(lb.word for lb in LABELS if use in lb.uses)


def _label_regex(lb: PageLabel, spaced: bool) -> str:
    body = r"\s*".join(lb.word) if spaced and lb.spaced else lb.word
    return body + (r"(?=\s*[：:])" if lb.colon_only else "")


def label_alternation(use: str, spaced: bool = True) -> str:
    """`(?:a|b|…)` of the labels `use` reads; `spaced`: the letter-spaced forms where the table prints them
    (`索\\s*引\\s*号`), else each label as printed. No label is a prefix of another that could stand at the same
    place (tests/test_page_labels.py), so the order of the alternatives never changes what matches."""
    return "(?:" + "|".join(_label_regex(lb, spaced) for lb in LABELS if use in lb.uses) + ")"


# The labels a page puts before its link to a reading of the notice (`图解：我省…`, `一图读懂｜…`, `【政策解读】…`), and
# its section of such links after the document. Uses (the subset each reader takes):
#   `link`     layout.LINK_ITEM: a link in the page's closing list; `reading` clean.READING_LINK: a link line that
#   never joins the notice's last line; `page` layout.PAGE_LABEL: a column label in front of the page's headline;
#   `tail` layout.PAGE_TAIL: the section heading alone on its line; `related` layout.RELATED_READING: a link naming
#   the reading; `chrome` patterns.CHROME_LINE_PATTERN: the heading alone as page chrome.
# fmt: off
_READING_TABLE = """
图解      link reading page tail related chrome
解读      link page tail related chrome
政策解读  link reading page tail related chrome
一图读懂  link reading tail related
一图看懂  reading related
视频解读  link reading related
文件解读  reading page tail related
相关解读  tail related chrome
图文解读  tail related
一图了解  related
一图速览  related
一图解读  related
图说      related
图读      related
权威解读  related
专家解读  related
动漫解读  related
"""
# fmt: on
READING_USES = frozenset(("link", "reading", "page", "tail", "related", "chrome"))


def _reading_rows(table: str) -> tuple[tuple[str, frozenset[str]], ...]:
    out = []
    for line in table.strip().splitlines():
        word, *uses = line.split()
        unknown = set(uses) - READING_USES
        if unknown:
            raise ValueError(f"reading label {word!r}: unknown use {sorted(unknown)}")
        out.append((word, frozenset(uses)))
    return tuple(out)


READING_LABELS = _reading_rows(_READING_TABLE)


def reading_words(use: str) -> tuple[str, ...]:
    """The reading labels `use` reads, in the table's order (none is a prefix of another)."""
    if use not in READING_USES:
        raise ValueError(f"unknown reading-label use {use!r}")
    return tuple(w for w, uses in READING_LABELS if use in uses)


def reading_alternation(use: str) -> str:
    return "(?:" + "|".join(reading_words(use)) + ")"
