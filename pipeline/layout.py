"""Where the parts of an official document sit in the clean text (GB/T 9704 layout).

A notice is: [web-page metadata table] [发文机关标志 / 发电 box] [发文字号] title [addressee：]
notice text [signature: issuers + date] [版记: 抄送 / 印发]. A 印发/转发 notice is followed by
the transmitted plan: its title, then the plan's body. `find_layout` locates these parts by line
shape, never by the content of a particular notice, and every extractor reads the part it needs
(the body for tasks, targets and organs).

How the title is found: the *anchor* is the first line of running text (the addressee or the
first paragraph); the title is the last block of title-shaped lines before it. A web page that
repeats the title in its metadata table therefore still yields the document's own title block.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from . import rx as re
import re as _stdre

from .patterns import (ARTICLE, CHAPTER, LOCATION_LABEL, NUMBERING_START, TRANSMIT_VERBS, TRANSMIT_VERBS_TRADITIONAL,
                       TRANSMIT_VERBS_WIDE, TRANSMITTED_IN_TITLE, alternation, is_web_furniture, own_doc_number, OWN_DOC_YEAR)
from .page_labels import label_alternation, reading_alternation, reading_words
from .scan import stdlib_twin, tail_search
from .vocabulary import genre_alternation

DATE_LINE = re.compile(
    r"^[（(]?\s*(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d〇○零一二三四五六七八九十]{1,3}\s*月"
    r"\s*[\d〇○零一二三四五六七八九十廿卅]{1,3}\s*日\s*[）)]?\s*(?:[（(][^）)]{0,20}[）)])?$"
)
TRANSMIT = re.compile(alternation(TRANSMIT_VERBS_WIDE + TRANSMIT_VERBS_TRADITIONAL))
# 现将《…》印发给你们 / 已经…同意，现印发给你们: the notice transmits a plan (发布 is no sentence's transmit
# verb; `现予颁发` is not one either).
_SENTENCE_VERBS = tuple(v for v in TRANSMIT_VERBS_WIDE if v != "发布")
TRANSMIT_SENTENCE = re.compile(alternation(_SENTENCE_VERBS) + r"(?:给)?你们|现(?:予)?"
                               + alternation(v for v in _SENTENCE_VERBS if v != "颁发") + r"|印发给各")
NOTICE_WORD = re.compile(r"(?:通知|通报|决定|函|批复)$")
# (s32-org2) a central addressee that lists each kind of provincial department after 各省、自治区、直辖市 (and the
# 兵团's after it) runs past 200 characters; it is still a list of short names, each under 30 characters
ADDRESSEE = re.compile(r"^[^。；]{2,200}[：:]$|^(?=[^。；]{201,800}[：:]$)各(?:[^。；：:、，,]{1,30}[、，,])+[^。；：:、，,]{1,30}[：:]$")
# (s9) A body-only copy's first sentence that ends in a colon is no addressee: the 过渡语 that
# announces the items (`为…，现将有关事项通知如下：`, `…提出以下意见：`, `…应符合下列条件：`) or a purpose
# clause (`为加强…，…：`). An addressee names organs and never announces anything.
NOT_ADDRESSEE = re.compile(r"(?:如下|以下[\p{Han}]{0,6}|下列[\p{Han}]{0,6})\s*[：:]$|^(?:为了?|根据|按照|依据)[^，：:]{2,80}，")
BANJI = re.compile(
    r"^(?:抄送|抄报|分送|主送)[：:]|^.{2,40}(?:印发|办公室|办公厅|秘书处)\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日印发?$"
    # (s13) the printing line of older notices, dated in Chinese numerals (`某县人民政府办公室　二〇〇五年三月二日印发`),
    # and the printing date alone under its organ's line (`某市人民政府办公室` / `2022年6月8日印发`)
    r"|^(?:[^。，；\n]{2,40}?(?:印发|办公室|办公厅|秘书处|秘书科)\s*)?[〇○零一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,2}\s*月"
    r"\s*[一二三四五六七八九十]{1,3}\s*日\s*印发?$"
    r"|^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发?$"
    # the 主题词 line that opened the 版记 until 2012 (GB/T 9704-1999 7.4.1)
    r"|^主\s*题\s*词\s*[：:]"
)
BANJI_OPENS = ("抄送：", "抄送:", "抄报：", "抄报:", "分送：", "分送:", "主送：", "主送:")  # BANJI's first branch, whole
BANJI_ENDS = ("日印", "日印发")  # how its second branch ends
DRAFT_MARK = re.compile(r"^[（(【\[]?\s*(?:征求意见稿|送审稿|试行草案|草案|讨论稿|修订稿|试行)\s*[）)】\]]?$")
PUBLIC_MARK = re.compile(r"^[（(]\s*(?:此件|本件).{0,12}[）)]$")
ATTACHMENT = re.compile(r"^附\s*件\s*[\d一二三四五六七八九十]*\s*[：:]?")
# (s11) the list of a plan's attached forms, `附表：1. 某某申请表` / `2. 某某花名册`: an attachment list like `附件：`
ATTACHED_TABLES = re.compile(r"^附\s*表\s*[：:]")
# The title of a table attachment: 重点任务分工表, 任务清单, 责任分解表, 工作台账, 一览表.
# (s10) and any form (申报表, 申请表, 登记表, 评分表, 推荐表, 时间表…): its numbered fields are rows of a table (spec §4).
TABLE_TITLE = re.compile(r"(?:(?<!代)表|表格)(?:[（(][^（）()]{0,12}[）)])?$|任务清单$|责任清单$|工作台账$")
# (also the older `附：某某分工方案` after the signature, s8: an attachment labelled 附件 like an unnumbered one)
ATTACHMENT_TITLED = re.compile(r"^(?P<label>附\s*[件录]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})?|附(?=\s*[：:][^：:。，；]{2,60}$))\s*[：:]\s*"
                               r"(?!\d|[一二三四五六七八九十]{1,3}[、.．])(?P<title>[^。]{2,60}?)(?<!\.docx|\.doc|\.pdf|\.xlsx|\.xls|\.wps|\.zip|\.rar|\.ofd)$")
TABLE_HEADER_CELL = re.compile(r"^(?:序\s*号|编\s*号)$")
# (s11) A table's header row copied one cell per line without a 序号 column: an indicator or scoring table
# (`一级指标` / `二级指标` / `三级指标` / `指标性质` / `指标说明`; `考核内容` / `分值` / `评分标准`; `指标` / `单位` /
# `2025年` / `属性`). Three such column names on consecutive lines are a header row; the numbered lines under it are
# the table's rows, not tasks (spec section 4).
COLUMN_NAME = re.compile(
    r"^(?:序\s*号|编\s*号|(?:[一二三四五六]级)?指\s*标(?:名称|性质|属性|说明|解释|释义|含义|定义|内涵|类型|类别|单位|值|来源|层级|方向|权重|分值)?|"
    r"计算方法|计算公式|数据来源|统计口径|分\s*值|权\s*重|评分标准|评分办法|评分细则|评分方法|考核(?:内容|标准|要点|方式|方法|办法|指标|项目|细则)|"
    r"(?:评价|评估|考评|测评|督导|检查|督查)(?:内容|标准|要点|方式|方法|指标|项目|细则)|(?:目标|基期|基准|现状|预期|规划|期末)值|单\s*位|计量单位|备\s*注|属\s*性|类\s*别|类\s*型|"
    r"(?:责任|牵头|配合|主办|协办)(?:单位|部门)|完成(?:时限|时间)|时间节点|时间安排|项目名称|建设(?:内容|地点|规模|年限)|总投资|"
    r"(?:19|20)\d{2}\s*年(?:目标值?|预期值?|基期值?|现状值?)?|[（(][^（）()]{1,8}[）)])$")
HEADER_RUN = 3


def column_header_run(lines, i: int) -> bool:
    """lines[i] and the HEADER_RUN - 1 lines after it are all column names (a header row copied one cell per line)."""
    run = lines[i:i + HEADER_RUN]
    return len(run) == HEADER_RUN and all(len(ln.text) <= 12 and COLUMN_NAME.match(ln.text) for ln in run)
# A line that is only an attachment's heading: 附件1, 附件 2：, 附件一, 附录2.
# (s37-tables) …and 附表, 附表2: a table attached as such (`附表` alone over `某市…重点任务分工表`) heads an attachment as
# 附件 does, so the table's rows and targets are the attachment's, not the last item's above it (spec §4, §7)
ATTACHMENT_HEADING = re.compile(r"^(?P<label>附\s*[件录表]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})?)\s*[：:]?\s*$")
SENT_END = tuple("。；！？")
# Labels of a web page's metadata table (索引号：…, 发布机构：…), value on the same or next line: every label of the
# catalog or a law collection's record (发布部门, 效力级别…, the label often in 【】), spelt in page_labels.
# (s33-layout) the label in brackets may stand apart from them (`[ 发文字号 ] 某府发〔2022〕9号`, `[ 有 效 性 ]`)
WEB_LABEL = re.compile(r"^(?:[【\[][ \t\u3000]*)?" + label_alternation("catalog") + r"\s*(?:[】\]]\s*)?[：:]?")
# (s15) the same labels with their colon, after white space inside a line: a record whose fields stand on one row
# (`颁布单位：某市人民政府　　文号：某政发[2004]28号　　颁布日期：2004-05-20`, older law collections)
SPACED_FIELD = re.compile(r"[ \t\u3000]+(?=[【\[]?" + label_alternation("catalog") + r"\s*(?:[】\]]\s*)?[：:])")
# (s20-layout) A 信息公开 page's table copied to text cell by cell: a label and its value side by side with no colon, often
# two pairs a row (`索 引 号    000014349/2023-00412    主题分类    农业、林业`, `发文机关　　某县人民政府办公室　　成文日期
# 2023年04月12日`); cleaning leaves one space or none between the cells (`索 引 号000014349/2023-00412主题分类 农业、林业`).
# Only the labels such a table prints (never a word a sentence opens with), the value after white space or a digit,
# a cut only after white space or the end of a number or date (an index number may open with letters: `QH0122-…`).
CELL_LABEL = label_alternation("cell")
CELL_FIELD = re.compile(rf"^{CELL_LABEL}(?:[ \t\u3000]+|(?=[\dA-Za-z]))(?P<v>[^\s：:。！？；][^。！？；：:]{{0,200}})$")
CELL_CUT = re.compile(rf"(?:[ \t\u3000]+|(?<=[\d号日）)]))(?={CELL_LABEL}(?:[ \t\u3000]+|(?=[\dA-Za-z]))[^\s：:])")
SPACED_CHARS = re.compile(r"^(?:\p{Han}[ \t\u3000]+)*\p{Han}$")
ISO_DATE_LINE = re.compile(r"^(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
# Lines of a masthead that are not the title: 发电 boxes, 签发, 等级, "X文件", "X发电".
MASTHEAD = re.compile(r"^(?:发电单位|签发|签发盖章|等级|密级|紧急程度|特急|加急)|(?:文件|发电|明电|密电)$")
GENRE = genre_alternation()
# Title and addressee run together on one line by a layout that lost the break.
TITLE_THEN_ADDRESSEE = re.compile(rf"^(?P<t>.{{4,150}}?{GENRE})(?P<a>各[^。；]{{2,200}}[：:])$")
# A title glued to its 文号, bare or in brackets as database copies print it:
# `…的通知（皖政办秘〔2021〕82号）` (its year in Chinese numerals too, OWN_DOC_YEAR: `…的通知（陇政发〔二〇〇四〕56号）`).
# (with its date in the brackets too, before or after the number: `…的意见（国发〔2014〕43号　2014年9月21日）`)
_TITLE_DATE = (r"(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d〇○零一二三四五六七八九十]{1,3}\s*月"
               r"\s*[\d〇○零一二三四五六七八九十]{1,3}\s*日")
TITLE_THEN_NUMBER = re.compile(
    rf"^(?P<t>.{{4,150}}{GENRE})" r"\s*(?P<a>(?:[（(【\[]?(?:" + _TITLE_DATE + r"[\s，,]*)?[\p{Han}A-Za-z]{1,14}"
    r"[〔\[［【(（﹝〖]\s*(?:" + OWN_DOC_YEAR + r"|\d{2})\s*[〕\]］】)）﹞〗]\s*第?\s*\d{1,5}\s*号(?:[\s，,]*" + _TITLE_DATE + r")?[)）】\]]?"
    r"|(?:文\s*号|发文字号|索引号)[：:]))$"
)
# Signature organ run into its date; 文号 run into the title that follows it.
ORGAN_THEN_DATE = re.compile(
    r"^(?P<t>[^。，：:\d]{2,600}?(?:办公室|办公厅|人民政府|委员会|局|厅|委|部|院|会|联|中心|办|署|社|政府))\s*"
    r"(?P<a>(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d〇○零一二三四五六七八九十]{1,3}\s*月"
    r"\s*[\d〇○零一二三四五六七八九十]{1,3}\s*日)$"
)
TITLE_NUMBER_ENDS = ("号", "号)", "号）", "号】", "号]", "日)", "日）", "：", ":")  # how a TITLE_THEN_NUMBER match ends
# (both tried by their stdlib twins: the same matches, 4-5x faster on a long head line: scan.stdlib_twin)
_TITLE_THEN_ADDRESSEE_TWIN = stdlib_twin(TITLE_THEN_ADDRESSEE)
_TITLE_THEN_NUMBER_TWIN = stdlib_twin(TITLE_THEN_NUMBER)
# (s12) a web copy's heading on one line: the 文号, then the issuers and the title apart by white space
# (`某府办发〔2021〕7号 某市人民政府办公室关于…的通知`); or the title, then the page's date stamp and furniture
# (`关于…的通知 2019-05-10 16:20 来源：某局`, `关于…的意见　2020年3月2日`).
LEADING_NUMBER_TITLE = re.compile(
    r"^(?P<t>[\p{Han}A-Za-z]{1,14}[〔\[［【(（﹝〖]\s*" + OWN_DOC_YEAR + r"\s*[〕\]］】)）﹞〗]\s*第?\s*\d{1,5}\s*号)[ \t\u3000]+"
    rf"(?P<a>[^\s。：:，,\d][^。：:，,]{{0,100}}?关于[^。：:]{{4,150}}?{GENRE}(?:[（(][^（）()]{{1,30}}[）)])?)$")
TITLE_THEN_STAMP = re.compile(
    rf"^(?P<t>[^\s。：:，,][^。：:，,]{{3,150}}?{GENRE}(?:[（(][^（）()]{{1,30}}[）)])?)[ \t\u3000]*"
    r"(?P<a>(?:19|20)\d{2}(?:\s*[-/.．]\s*\d{1,2}\s*[-/.．]\s*\d{1,2}(?![\d])|\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
    r"(?:[ \t\u3000]+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?(?:[ \t\u3000]+\S.{0,80}"
    # (s28-meta) the page's labels glued to the date once the copy's spaces are gone (`…的通知2018-05-14来源：县政府办`)
    r"|(?:来源|信息来源|文章来源|发布机构|发布单位|作者|浏览次数|点击数|阅读次数|字体|字号)\s*[:：].{0,80})?)$")
STAMP_HINT = re.compile(r"[\p{Han}）)][ \t\u3000]*(?:19|20)\d{2}\s*(?:[-/.．]\s*\d|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")
NUMBER_THEN_TITLE = re.compile(
    r"^(?P<t>.{0,20}?[\p{Han}A-Za-z]{1,14}[〔\[［【(（﹝〖]\s*(?:" + OWN_DOC_YEAR + r"|\d{2})\s*[〕\]］】)）﹞〗]\s*第?\s*\d{1,5}\s*号)"
    r"(?P<a>关于.{4,150})$"
)
ORGAN_END = re.compile(
    r"(?:办公室|办公厅|人民政府|政府|委员会|委|局|厅|部|院|署|办|中心|联合会|协会|工会|总工会|联|组|处|社|银行|分行|支行|党委|党组|"
    r"工委|管委会|法院|检察院|分局|支队|大队|总队|调查队|海关|红十字会|街道办事处|[镇乡]|"
    r"^中共中央|^中央军委|"  # (s15: `中共中央` / `国务院` signed one a line)
    # (s23-meta2) the 新疆生产建设兵团 and its divisions sign with their own names (`新疆生产建设兵团第十二师`)
    r"新疆生产建设兵团|兵团第[一二三四五六七八九十]{1,3}师)$"
)


@dataclass
class Line:
    text: str
    start: int
    end: int


@dataclass
class Layout:
    lines: list[Line]
    title: Line | None = None  # the policy's title (possibly joined from several lines)
    notice_title: Line | None = None  # the transmitting notice's title, if any
    doc_number: Line | None = None
    addressee: Line | None = None
    notice_span: tuple[int, int] | None = None  # the transmitting notice's own text
    signature_lines: list[Line] = field(default_factory=list)  # issuer lines of the signature
    date_line: Line | None = None
    body_start: int = 0
    body_end: int = 0
    header_lines: list[Line] = field(default_factory=list)  # 发文机关标志 / 发电单位 lines
    # (s9b) a web copy's lead-in above the title it names (`近日，某省人民政府办公厅印发了《X》，全文如下：` / X / text)
    lead_in: Line | None = None
    meta_end: int = 0  # end of a web page's metadata table (0 when there is none)
    # Where the second, third… transmitted documents start (spec 1.1: their task paths take §2, §3…).
    document_starts: list[int] = field(default_factory=list)
    # The names of every document a 印发 notice transmits (not citations of the policy).
    transmitted: list[str] = field(default_factory=list)
    # Attachments (spec 1.1: body): (start offset, label as numbered: 附件1 / 附件 / 附录2), and the
    # span of the body's attachment list (`附件：1.…`), which holds no task.
    attachment_starts: list[tuple[int, str]] = field(default_factory=list)
    attachment_list: tuple[int, int] | None = None
    # Attachments that are tables (a 任务分工表, 重点任务清单…): their rows are not tasks (spec §4),
    # they are read as assignments (spec §6).
    table_spans: list[tuple[int, int]] = field(default_factory=list)
    # Lines of a web page's furniture in the head and at the end (发布时间…, 打印本页 关闭窗口):
    # not body, and no year or citation is read there.
    furniture: list[tuple[int, int]] = field(default_factory=list)

    def in_body(self, start: int, end: int | None = None) -> bool:
        end = start if end is None else end
        return self.body_start <= start and end <= self.body_end


def split_lines(text: str) -> list[Line]:
    lines, pos = [], 0
    for part in text.split("\n"):
        stripped = part.strip()
        if stripped:
            lead = len(part) - len(part.lstrip())
            line = Line(stripped, pos + lead, pos + lead + len(stripped))
            fields = _split_record_fields(line) if stripped[:1] in "【[" and stripped.count(stripped[0]) >= 2 else None
            if fields is None and pos < 1500 and ("：" in stripped or ":" in stripped):
                fields = _split_spaced_fields(line) or _split_title_furniture(line)
            if fields is None and pos < 1500 and stripped[-1:] in "】]" and stripped[:1] not in "【[":
                fields = _split_title_furniture(line)  # (s29-web) a title glued to the page's controls, no colon
            if fields is None and pos < 1500 and "：" not in stripped and ":" not in stripped:
                fields = _split_table_cells(line)
            if fields is None and pos < 1500 and ("效" in stripped or "废止" in stripped or "修" in stripped):
                fields = _split_title_status(line)
            if fields is None and pos < 1500 and ("首页" in stripped or "主页" in stripped) and BREADCRUMB.match(stripped):
                fields = _split_breadcrumb(line)
            lines.extend(fields or _split_title_addressee(line))
        pos += len(part) + 1
    return _split_glued_signatures(lines, text)


# (s11) A law collection's or a web page's record with its fields run together on one line (`【法规标题】…【发布部门】…
# 【发文字号】…【发布日期】…`, a copy that lost the breaks of the record table): one line per field.
# (s33-layout) also a portal's catalog that brackets each label with spaces inside (`[ 索引号 ]…	[ 发文字号 ] 某府发〔2022〕9号`)
RECORD_FIELD_START = re.compile(r"【(?=[^【】]{2,8}】)|\[(?=[ \t\u3000]*[^\[\]\s][^\[\]]{1,10}\])")


def _split_record_fields(line: Line) -> list[Line] | None:
    starts = [m.start() for m in RECORD_FIELD_START.finditer(line.text)]
    if len(starts) < 2 or starts[0] != 0 or not all(WEB_LABEL.match(line.text[k:]) for k in starts):
        return None
    out = []
    for a, b in zip(starts, starts[1:] + [len(line.text)]):
        piece = line.text[a:b].rstrip()
        out.append(Line(piece, line.start + a, line.start + a + len(piece)))
    return out


def _split_spaced_fields(line: Line) -> list[Line] | None:
    """(s15) `label：value　　label：value…` (a record's fields on one row, white space between them): one line per
    field, when the row opens with a label and holds another."""
    if not WEB_LABEL.match(line.text) or not re.match(r"[^：:]{1,12}[：:]", line.text):
        return None
    cuts = [m for m in SPACED_FIELD.finditer(line.text)]
    if not cuts:
        return None
    out, a = [], 0
    for m in cuts:
        out.append(Line(line.text[a:m.start()], line.start + a, line.start + m.start()))
        a = m.end()
    out.append(Line(line.text[a:], line.start + a, line.start + len(line.text)))
    return [ln for ln in out if ln.text]


def _is_cell_field(text: str) -> bool:
    m = stdlib_twin(CELL_FIELD).match(text)  # (the same match, ~2x faster: scan.stdlib_twin)
    return bool(m) and not SPACED_CHARS.match(m.group("v"))


def _split_table_cells(line: Line) -> list[Line] | None:
    """(s20-layout) A row of a 信息公开 table whose cells are apart (CELL_FIELD, two pairs or more): one line per pair."""
    t = line.text
    if not stdlib_twin(CELL_FIELD).match(t):
        return None
    cuts = list(CELL_CUT.finditer(t))
    if not cuts:
        return None
    out, a = [], 0
    for m in cuts:
        out.append(Line(t[a:m.start()], line.start + a, line.start + m.start()))
        a = m.end()
    out.append(Line(t[a:], line.start + a, line.start + len(t)))
    if not all(_is_cell_field(ln.text) for ln in out):
        return None
    return out


# (s14) A web page's title glued to the page's publishing line (`某市…的实施意见发布时间：2021-08-12`, `…细则 来源：…`):
# the title is a line of its own, the label's line is furniture.
TITLE_THEN_PUBLISHED = re.compile(
    rf"^(?P<t>[^\s。：:]{{4,150}}?{GENRE}(?:[（(][^）)\s]{{0,30}}[）)])?)[ \t\u3000]*"
    r"(?=[【\[]?\s*(?:发布时间|发布日期|发表时间|发表日期|发稿时间|更新时间|来源|信息来源|文章来源|浏览次数|点击数|阅读次数|字体|字号)\s*[：:]"
    # (s29-web) or to the page's bracketed controls (`…的通知【打印】【关闭】`, `…方案 【大 中 小】`)
    r"|[【\[]\s*(?:打印|关闭|收藏|纠错|大\s*中\s*小)[^】\]]{0,4}[】\]][【\[\]】\s\p{Han}：:]*$)")


_PUBLISHED_WORDS = ("发布", "发表", "发稿", "更新时间", "来源", "浏览", "点击", "阅读次数", "字体", "字号", "打印", "关闭",
                    "大 中 小")


def _split_title_furniture(line: Line) -> list[Line] | None:
    if not any(w in line.text for w in _PUBLISHED_WORDS):
        return None
    m = TITLE_THEN_PUBLISHED.match(line.text)
    if not m:
        return None
    rest = line.text[m.end():]
    return [Line(m.group("t"), line.start, line.start + m.end("t")),
            Line(rest, line.start + m.end(), line.start + len(line.text))]


# (s14) A web page's breadcrumb (`首页 > 政策文件 > 规范性文件`, `网站首页>>信息公开>>…`, `首页 » …`, `首页 → …`): page
# furniture. When its last crumb is the page's title (`首页 > 政策文件 > 关于…的通知`), that crumb is a line of its own
# (the title of a page that prints no other), the crumbs before it never part of a title.
BREADCRUMB = re.compile(r"^(?:(?:" + LOCATION_LABEL + r"|位置)\s*[：:]\s*)?"
                        r"(?:网站首页|首页|主页)\s*(?:>>|>|»|›|→|＞|/|-|－|—)")
BREADCRUMB_SEP = re.compile(r"\s*(?:>>|>|»|›|→|＞|/|-|－|—)\s*")
# (s23) A trail that starts at the site's own name instead of 首页 (`四川省人民政府 > 政务公开 > 政府文件 > 川办发`): three
# or more short crumbs between arrows, no sentence mark; a title never carries an arrow (the hyphen, slash and dash that
# BREADCRUMB_SEP also takes after 首页 stand in titles and dates, so they do not count here).
CRUMB_TRAIL = re.compile(r"^[^>»›＞。，；\n]{2,20}?(?:\s*(?:>>|>|»|›|＞)\s*[^>»›＞。，；\n]{1,20}?){2,}(?:\s|$)")


def _split_breadcrumb(line: Line) -> list[Line]:
    parts = list(BREADCRUMB_SEP.finditer(line.text))
    last = parts[-1].end() if parts else 0
    crumb = line.text[last:]
    if len(crumb) < 8 or not tail_search(GENRE_END, crumb) or "…" in crumb or "..." in crumb:
        return [Line(line.text, line.start, line.end)]
    head = line.text[:parts[-1].start()]
    return [Line(head, line.start, line.start + len(head)), Line(crumb, line.start + last, line.end)]


# The last paragraph and the signature on one line (`…自印发之日起施行。工业和信息化部`), before a date.
# The sentence may close with a bracketed note: `…积累经验。（各地区、各部门负责）国家发展改革委`.
# (s12) or with the closing formula without its full stop: `…认真落实。特此通知　某镇人民政府`.
_LAST_SENTENCE = r"(?P<body>.*(?:[。！？]|(?<=[。！？\s])(?:特此|此)(?:通知|通告|公告|函告|函复|批复|复))(?:[（(][^（）()]{0,60}[）)])?)"
GLUED_SIGNATURE = re.compile(rf"^{_LAST_SENTENCE}\s*(?P<sig>[^。！？，、；：:\d（）()]{{2,80}})$")
SIGNATURE_NOT_LAST = frozenset("。！？，、；：:（）()")  # never the last character of GLUED_SIGNATURE's `sig`
# …and its date on that line too: `…认真贯彻落实。浙江省教育厅 浙江省财政厅 2022年3月15日`.
GLUED_SIGNATURE_DATE = re.compile(
    rf"^{_LAST_SENTENCE}\s*(?P<sig>(?:[^。！？，、；：:\d]{{2,600}}?)?)\s*"
    r"(?P<date>(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d〇○零一二三四五六七八九十]{1,3}\s*月"
    r"\s*[\d〇○零一二三四五六七八九十]{1,3}\s*日(?:[（(][^（）()\d]{2,20}[）)])?)$"
)  # (s12) the date may keep its note on the same line: `…2018年12月30日（此件公开发布）`


# (s14) A copy that lost every line break, the notice's signature and date in the middle of its one line and the
# transmitted document after them (`…请认真遵照执行。 某市人民政府办公厅 2020年6月10日 某市…若干政策措施 一、…`): the last
# sentence, the organs, the date, then the document's title and its first heading or addressee, one line each.
MID_SIGNED_DATE = re.compile(
    r"(?:(?<=[。！？])|(?<=附件[：:][^。：:\s]{2,80}[ \t\u3000]))[ \t\u3000]*(?P<sig>[^。！？，、；：:\d\s（）()《》“”][^。！？，、；：:\d《》“”]{1,600}?)[ \t\u3000]*"
    r"(?P<date>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇○零一二三四五六七八九]{4}年[〇○零一二三四五六七八九十]{1,3}月"
    r"[〇○零一二三四五六七八九十]{1,3}日)(?P<gap>[ \t\u3000]*)(?=\S)")
MID_TITLE_THEN = re.compile(
    rf"(?P<t>[^\s。，；：:]{{4,150}}?{GENRE}(?:[（(][^）)\s]{{0,30}}[）)])?)[ \t\u3000]+"
    r"(?=各[^。\s]{1,200}?[：:]|第[一二三四五六七八九十]{1,3}[章条]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])")
# …and with no space left at all (`…2020年5月6日某市促进消费若干措施一、发放消费券。`): the title runs up to the first heading
MID_TITLE_GLUED = re.compile(
    rf"(?P<t>[^\s。，；：:]{{4,150}}?{GENRE}(?:[（(][^）)\s]{{0,30}}[）)])?)(?=一、|第一章|第一条|[（(]一[）)])")


# (the cheap test first: an organ's last character right before a year, `…办公厅 2020年`, as a signature writes it)
MID_DATE_GAP = _stdre.compile(r"[厅室府会委局部院署办心组社处队关行][ \t\u3000]*(?:(?:19|20)\d\d|[〇○零一二三四五六七八九]{4})\s*年")


# (s14) A plan's title between a sentence end and the plan's first heading on one line (a copy that lost its breaks:
# `…二、支持餐饮业。 某市夜间经济发展实施方案 一、总体要求。…`, the second document a notice transmits): its own line.
# A law collection's rule run together with its 题注 (`某市城市绿化条例 （2015年…通过…批准） 第一章 总则 第一条…`).
RUN_IN_TITLE = re.compile(
    rf"(?<=[。！？])[ \t\u3000]+(?P<t>[^\s。，,；;：:！？、（）()]{{4,80}}?{GENRE}(?:[（(][^）)\s]{{0,30}}[）)])?)[ \t\u3000]+"
    r"(?=一、|第一章|第一条|[（(]一[）)])")
RUN_IN_LAW_HEAD = re.compile(
    rf"^(?P<t>[^\s。，,；;：:！？、（）()]{{4,80}}?{GENRE})[ \t\u3000]+(?P<n>[（(][^（）()]*?(?:(?:19|20)\d{{2}}|[〇○零一二三四五六七八九]{{4}})\s*年[^（）()]*[）)])[ \t\u3000]+"
    r"(?=第一章|第一条|第一节)")


def _split_run_in_titles(ln: Line) -> list[Line]:
    if len(ln.text) < 30:
        return [ln]
    m = RUN_IN_LAW_HEAD.match(ln.text) if "第一" in ln.text and "年" in ln.text[:200] and ("（" in ln.text[:90] or "(" in ln.text[:90]) else None
    if m:
        rest = ln.text[m.end():]
        return [Line(m.group("t"), ln.start, ln.start + m.end("t")),
                Line(m.group("n"), ln.start + m.start("n"), ln.start + m.end("n")),
                Line(rest, ln.start + m.end(), ln.end)]
    if not ("。 " in ln.text or "。\u3000" in ln.text or "。\t" in ln.text) \
            or ("一、" not in ln.text and "第一" not in ln.text and "一）" not in ln.text and "一)" not in ln.text):
        return [ln]
    out, at = [], 0
    for m in RUN_IN_TITLE.finditer(ln.text):
        body = ln.text[at:m.start()].rstrip()
        if body:
            out.append(Line(body, ln.start + at, ln.start + at + len(body)))
        out.append(Line(m.group("t"), ln.start + m.start("t"), ln.start + m.end("t")))
        at = m.end()
    if not out:
        return [ln]
    out.append(Line(ln.text[at:], ln.start + at, ln.end))
    return out


_mid_date_gap = MID_DATE_GAP.search


def _split_mid_signature(ln: Line) -> list[Line]:
    if len(ln.text) < 40 or "。" not in ln.text or not _mid_date_gap(ln.text):
        return [ln]
    for m in MID_SIGNED_DATE.finditer(ln.text):
        if not all(ORGAN_END.search(part) for part in m.group("sig").split()):
            continue
        rest, at = ln.text[m.end():], ln.start + m.end()
        t = MID_TITLE_THEN.match(rest) if m.group("gap") else MID_TITLE_GLUED.match(rest)
        if not m.group("gap") and not t:
            continue  # (a date run into the text after it is a date of the text, not a signature's)
        body = ln.text[: m.start()].rstrip()
        out = [Line(body, ln.start, ln.start + len(body)),
               Line(m.group("sig"), ln.start + m.start("sig"), ln.start + m.end("sig")),
               Line(m.group("date"), ln.start + m.start("date"), ln.start + m.end("date"))]
        if t:
            out.append(Line(t.group("t"), at, at + t.end("t")))
            rest, at = rest[t.end():], at + t.end()
        out.append(Line(rest, at, at + len(rest)))
        return out
    return [ln]


def _split_glued_signatures(lines: list[Line], text: str | None = None) -> list[Line]:
    """Undo a lost break between the last paragraph and the issuers' names above a date line."""
    out: list[Line] = []
    if text is None or _mid_date_gap(text):
        lines = [part for ln in lines for part in _split_mid_signature(ln)]
    if text is None or "。 " in text or "。\u3000" in text or "。\t" in text or ("第一" in text and "年" in text[:3000]):
        lines = [part for ln in lines for part in _split_run_in_titles(ln)]
    lines = [part for ln in lines for part in _split_glued_date(ln)]
    if any(ln.text[:1] == "附" and ATTACHMENT_LABEL.match(ln.text) for ln in lines):
        lines = _split_attachment_signature(lines)
    for i, ln in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        # (a GLUED_SIGNATURE line holds a sentence end and ends with a character of the organ names)
        m = (stdlib_twin(GLUED_SIGNATURE).match(ln.text) if nxt is not None and ln.text[-1:] not in SENT_END
             and ln.text[-1:] not in SIGNATURE_NOT_LAST and ("。" in ln.text or "！" in ln.text or "？" in ln.text) else None)
        if m and all(ORGAN_END.search(part) for part in m.group("sig").split()) and _date_after_signature(lines, i + 1):
            cut = ln.start + m.start("sig")
            out += [Line(m.group("body"), ln.start, ln.start + len(m.group("body"))),
                    Line(m.group("sig"), cut, ln.end)]
            continue
        out.append(ln)
    return out


# (s13) The 附件说明 (`附件：1.某某分解表`) and the signature on one line, with no gap between the last attachment's
# name and the organ (`2.春季造林进度统计表某县人民政府办公室`, maybe its date glued after it): a copy that lost the
# break. The organ starts at a place name (`某县`, `中共某县委`) and ends as an organ does (ORGAN_END).
ATTACHMENT_LABEL = re.compile(r"^附\s*件\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})?\s*[：:]")
ATTACHMENT_ITEM = re.compile(r"^\d{1,2}\s*[.．、]")
ATTACHED_DATE = re.compile(r"(?P<date>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
                           r"|[〇○零一二三四五六七八九]{4}\s*年\s*[〇○零一二三四五六七八九十]{1,2}\s*月\s*[〇○零一二三四五六七八九十]{1,3}\s*日)$")


def _split_attachment_signature(lines: list[Line]) -> list[Line]:
    from .regions import places_in  # (regions imports nothing of layout; imported here, used only near 附件)
    out: list[Line] = []
    in_list = 0  # lines left of the attachment list
    for i, ln in enumerate(lines):
        t = ln.text
        if t[:1] == "附" and ATTACHMENT_LABEL.match(t):
            in_list = 8
        elif not (in_list and ATTACHMENT_ITEM.match(t)):
            in_list = 0
        if not in_list or re.search(r"[。！？；;]", t):
            out.append(ln)
            continue
        in_list -= 1
        d = ATTACHED_DATE.search(t)
        head = t[:d.start()].rstrip() if d else t
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if not ORGAN_END.search(head) or not (d or (nxt is not None and DATE_LINE.match(nxt.text))):
            out.append(ln)
            continue
        # the last place name whose rest of the line is one organ's name (not the attachment's own place)
        cut = None
        for off, _, name in places_in(head):
            if 3 < off and 3 <= len(head) - off <= 40 and not re.search(r"[\s.．、：:表单书册]", head[off + len(name):]):
                cut = off - 2 if head[max(0, off - 2):off] == "中共" else off
        label = ATTACHMENT_LABEL.match(head) or ATTACHMENT_ITEM.match(head)
        if cut is None or label is None or cut <= label.end() + 1:
            out.append(ln)
            continue
        body = head[:cut].rstrip()
        out.append(Line(body, ln.start, ln.start + len(body)))
        out.append(Line(head[cut:], ln.start + cut, ln.start + len(head)))
        if d:
            out.append(Line(d.group("date"), ln.start + d.start(), ln.end))
        in_list = 0
    return out


def _date_after_signature(lines: list[Line], i: int) -> bool:
    """Lines from i are more issuer lines (maybe none), then a date line."""
    while i < len(lines) and not DATE_LINE.match(lines[i].text):
        if not _is_signature_line(lines[i]):
            return False
        i += 1
    return i < len(lines)


# (s9) the head's signature of an order and its date on one line (`市　长：某某　　2021年1月29日`)
HEAD_THEN_DATE = re.compile(
    r"^(?P<sig>[\p{Han}\s：:·]{3,24}?)[ \t\u3000]*"  # (clean.py drops the space before a digit)
    r"(?P<date>(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d〇○零一二三四五六七八九十]{1,3}\s*月"
    r"\s*[\d〇○零一二三四五六七八九十]{1,3}\s*日)$")


# (s11) A copy that lost the breaks before the signature after a line with no sentence end (the attachment
# list's last name `7.某某申请表.xls`, a closing `（联系人：…）`): the organ names and the date stand apart from it by
# white space, `…汇总表.xls　某区住房建设局　　2025年8月11日` (or glued to a file name, the clean text having dropped the
# gap between Han characters). Every name ends as an organ does (ORGAN_END).
GAP_SIGNATURE_DATE = re.compile(
    r"^(?P<body>.*?[^\s\d])(?:[ \t\u3000]+|(?<=\.(?:docx?|xlsx?|pdf|wps|et|ofd|zip|rar)))(?P<sig>[^。！？，、；：:\d\s]{3,40}(?:[ \t\u3000]+[^。！？，、；：:\d\s]{3,40}){0,20})[ \t\u3000]*"
    r"(?P<date>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇○零一二三四五六七八九]{4}\s*年\s*[〇○零一二三四五六七八九十]{1,2}\s*月"
    r"\s*[〇○零一二三四五六七八九十]{1,3}\s*日)$")


# (s11) A joint signature and its date on one line, names apart by white space (`某市医疗保障局 某市财政局　某市
# 卫生健康委员会　　2019年6月14日`, up to a provincial notice's nineteen departments): the names, then the date line.
SIGNATURE_THEN_DATE = re.compile(
    r"^(?P<sig>[^。！？，、；：:\d\s]{3,40}(?:[ \t\u3000]+[^。！？，、；：:\d\s]{3,40}){1,40})[ \t\u3000]*"
    r"(?P<date>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇○零一二三四五六七八九]{4}\s*年\s*[〇○零一二三四五六七八九十]{1,2}\s*月"
    r"\s*[〇○零一二三四五六七八九十]{1,3}\s*日)$")


def _split_gap_date(ln: Line) -> list[Line] | None:
    whole = SIGNATURE_THEN_DATE.match(ln.text) if len(ln.text) <= 900 else None
    if whole and all(ORGAN_END.search(part) for part in whole.group("sig").split()):
        return [Line(whole.group("sig"), ln.start, ln.start + whole.end("sig")),
                Line(whole.group("date"), ln.start + whole.start("date"), ln.end)]
    m = GAP_SIGNATURE_DATE.match(ln.text) if len(ln.text) <= 400 else None
    if not m:
        return None
    # the organ names are the longest run of white-space separated words before the date that all end as organs do
    words = list(re.finditer(r"\S+", m.group("sig")))
    k = len(words)
    while k > 0 and ORGAN_END.search(words[k - 1].group()) and len(words[k - 1].group()) <= 40:
        k -= 1
    if k == len(words):
        return None
    sig_start = m.start("sig") + words[k].start()
    body = ln.text[:sig_start].rstrip()
    if not body or body[-1:].isdigit():
        return None
    return [Line(body, ln.start, ln.start + len(body)),
            Line(ln.text[sig_start:m.end("sig")], ln.start + sig_start, ln.start + m.end("sig")),
            Line(m.group("date"), ln.start + m.start("date"), ln.end)]


def _split_glued_date(ln: Line) -> list[Line]:
    """`…。organs date` on one line -> `…。organs` and the date line (then split as above)."""
    if not ln.text.endswith("日") and not (ln.text.endswith(("）", ")")) and ("日（" in ln.text[-24:] or "日(" in ln.text[-24:])):
        return [ln]
    if "。" not in ln.text[-120:] and ("\u3000" in ln.text or " " in ln.text or "\t" in ln.text or "." in ln.text) \
            and (gap := _split_gap_date(ln)) is not None:
        return gap
    if "。" not in ln.text:
        m = HEAD_THEN_DATE.match(ln.text) if len(ln.text) <= 50 else None
        if m and HEAD_SIGNATURE.match(re.sub(r"[\s：:]+", "", m.group("sig"))):
            head = m.group("sig").rstrip()
            return [Line(head, ln.start, ln.start + len(head)), Line(m.group("date"), ln.start + m.start("date"), ln.end)]
        return [ln]
    m = GLUED_SIGNATURE_DATE.match(ln.text)
    if not m or not all(ORGAN_END.search(part) for part in m.group("sig").split()):
        return [ln]
    # (no organ at all: the last sentence, then the date of a notice signed by date only)
    cut = ln.start + m.start("date")
    head = ln.text[: m.end("sig")].rstrip()
    return [Line(head, ln.start, ln.start + len(head)), Line(m.group("date"), cut, ln.end)]


def _split_announcement_heading(line: Line) -> list[Line] | None:
    """A 公告's heading line holding its number and its title (NUMBER_THEN_ANNOUNCEMENT,
    ANNOUNCEMENT_THEN_NUMBER): the number line and the title line, the brackets left out of the title."""
    text = line.text
    m = NUMBER_THEN_ANNOUNCEMENT.match(text) or ANNOUNCEMENT_THEN_NUMBER.match(text)
    if not m:
        return None
    return [Line(m.group("t"), line.start + m.start("t"), line.start + m.end("t")),
            Line(m.group("a"), line.start + m.start("a"), line.start + m.end("a"))]


# (s8) A copy that lost every line break but kept the spaces: `title 文号 各…：body` or `文号 各…：body` on one line.
# (s11) the title itself may hold the break of its own two lines, now a space (`关于加强 某某工作的意见 国办发〔…〕`)
SPACED_HEADING = re.compile(rf"^(?:(?P<t>[^\s。：:]{{2,150}}?(?:[ \t\u3000][^\s。：:〔\[［【﹝〖]{{1,150}}?){{0,2}}{GENRE})[ \t\u3000]+)?(?P<n>[\p{{Han}}]{{1,14}}[〔\[［【﹝〖](?:19|20)\d{{2}}[〕\]］】﹞〗]第?\d{{1,5}}号)"
                            r"[ \t\u3000]+(?P<a>各[^。\s]{2,200}?[：:])[ \t\u3000]*(?P<b>\S.*)?$")


# (s11) …and without a 文号: `关于…的通知 各相关部门、各街镇： 根据…` (a department's or town's web copy that lost its breaks).
SPACED_TITLE_ADDRESSEE = re.compile(rf"^(?P<t>关于[^\s。：:]{{2,150}}?(?:[ \t\u3000][^\s。：:]{{1,150}}?){{0,2}}{GENRE})[ \t\u3000]+"
                                    r"(?P<a>各[^。\s]{2,200}?[：:])[ \t\u3000]*(?P<b>\S.*)?$")


# (s8 second wave) A copy that lost its line breaks and its spaces too: `关于…的通知某政办发〔2019〕40号各…：body` (the
# 文号 optional, in brackets or not, or before the title). The title holds 关于 and ends in a genre word; the addressee opens with 各 right after it and ends
# at its colon before any sentence end.
_CODE = r"[\p{Han}]{1,14}[〔\[［【﹝〖](?:19|20)\d{2}[〕\]］】﹞〗]第?\d{1,5}号"
SPACELESS_HEADING = re.compile(rf"^(?P<m>{_CODE})?(?P<t>[^。：:]{{0,40}}?关于[^\s。：:]{{2,150}}?{GENRE}(?!的))"
                               rf"(?:[（(]?(?P<n>{_CODE})[）)]?)?"
                               r"(?P<a>各[^。\s：:]{2,200}?[：:])(?P<b>\S.*)?$")


def _split_title_addressee(line: Line) -> list[Line]:
    """Undo a lost line break after a title: title+addressee, title+文号, title+label."""
    text = line.text
    if "关于" in text[:80] and "各" in text[:250] and "。" in text and not text.startswith(("各", "关于印发的")):
        m = SPACELESS_HEADING.match(text)
        if m and m.group("b"):
            return [Line(m.group(g), line.start + m.start(g), line.start + m.end(g)) for g in ("m", "t", "n", "a", "b") if m.group(g)]
    if " " in text[:200] or "\u3000" in text[:200]:
        m = (stdlib_twin(SPACED_HEADING).match(text) if "号" in text[:200] else None) or \
            (SPACED_TITLE_ADDRESSEE.match(text) if "关于" in text[:40] and "各" in text[:250] else None)
        if m:
            # (the addressee right after the 文号 ends at its colon; the body runs on after it)
            return [Line(m.group(g), line.start + m.start(g), line.start + m.end(g)) for g in ("t", "n", "a", "b")
                    if g in m.re.groupindex and m.group(g)]
    if "。" in text:
        return [line]
    if "公告" in text and text.endswith(("）", ")")) and "号" in text:
        parts = _split_announcement_heading(line)
        if parts:
            return parts
    # (each pattern is tried only on a line with the words it cannot match without: a date's 日 at
    # the end, a 文号's 号 then 关于, an addressee's 各 and colon, a 文号 or its label at the end)
    m = ((ORGAN_THEN_DATE.match(text) if text.endswith("日") else None)
         or (NUMBER_THEN_TITLE.match(text) if "号关于" in text else None)
         or (LEADING_NUMBER_TITLE.match(text) if "号" in text[:40] and "关于" in text else None)
         or (TITLE_THEN_STAMP.match(text) if ("20" in text or "19" in text) and STAMP_HINT.search(text) else None))
    if not m:
        m = ((_TITLE_THEN_ADDRESSEE_TWIN.match(text) if "各" in text and text.endswith(("：", ":")) else None)
             or (_TITLE_THEN_NUMBER_TWIN.match(text) if text.endswith(TITLE_NUMBER_ENDS) else None))
        # the last line of a title over several lines has no 关于; its 文号 in brackets still splits off
        # (s9b) so does a 文号 set off by white space or in 【】 (`…的通知 国办发〔2018〕126号`, `…的通知【某政发〔2019〕5号】`)
        bracketed = m is not None and m.re is _TITLE_THEN_NUMBER_TWIN and "〔" in m.group("a") and (
            m.group("a")[:1] in "（(【[" or text[m.end("t"):m.start("a")].strip(" \t\u3000") != text[m.end("t"):m.start("a")])
        if not m or ("关于" not in m.group("t") and not bracketed):
            return [line]
    # the second part starts where its group does: white space between the two is in neither
    return [Line(m.group("t"), line.start, line.start + m.end("t")),
            Line(m.group("a"), line.start + m.start("a"), line.start + m.end("a"))]


def _is_paragraph(line: Line) -> bool:
    t = line.text
    if t.endswith(SENT_END) or "。" in t:
        return True
    # A long line is prose, unless it is shaped like a long title: no sentence punctuation and
    # a genre word at its end (关于…的实施意见, a 64-character web headline), also before the site's name a page's
    # title line ends with (`…联合印发…的通知 - 某市人民政府门户网站`: s24-swap, a joint notice's long page title)
    if len(t) <= 60:
        return False
    if not re.search(r"[；！？]", t) and ("-" in t or "_" in t or "|" in t or "｜" in t or "—" in t or "－" in t):
        m = stdlib_twin(SITE_SUFFIX).search(t)
        t = t[:m.start("sep")] if m else t
    return not (len(t) <= 120 and not re.search(r"[；！？]", t) and tail_search(TITLE_END, t))


def _is_title_like(line: Line) -> bool:
    t = line.text
    return not _is_paragraph(line) and not DATE_LINE.match(t) and not ADDRESSEE.match(t) and len(t) <= 120


# What ends a title line: a genre word, or a word that names what a policy document sets out
# (标准, 目录, 制度, 章程…), before an optional period or draft mark in brackets.
TITLE_END = re.compile(
    r"(?:" + genre_alternation("标准", "目录", "若干政策", "政策", "制度", "机制", "守则", "章程", "公约", "规程")
    # (s10) a policy named by its count of articles: `…促进民营经济发展二十条`, `…“新十条”` (no 第: no article)
    + r"|(?<![第\d一二三四五六七八九十百零])[“\"]?新?(?:[一二三四五六七八九十百]{1,4}|\d{1,3})条[”\"]?)"
    + r"(?:[（(【][^）)】]{0,30}[）)】]){0,2}$"  # (a period and a mark: `（2018—2020年）（试行）`, `【试行】`)
)


GENRE_END = re.compile(genre_alternation() + r"(?:[（(][^）)]{0,30}[）)]){0,2}$")
TITLE_CONTINUATION = re.compile(r"^(?:的|和|及|与|暨|并|等|以及|有关|相关)")
# A short last title line that is a genre word, 的 and the notice's genre (`报告的通知`, `意见的批复`).
GENRE_TAIL = re.compile(GENRE + r"的" + GENRE + r"$")


def _looks_like_title(t: str) -> bool:
    return bool(tail_search(TITLE_END, t)) and not t.endswith(SENT_END) and len(t) <= 120 or t.startswith("关于")


# (s16) A 文号 of older notices printed without brackets around its year, alone on its line (`粤府2001 23号`,
# `国发1996 12号`, `川府发2006年12号`): the 机关代字, the year, a space or 年, the serial number and 号.
UNBRACKETED_DOC_NUMBER = re.compile(
    r"(?<=^[ \t\u3000]*)(?P<num>[\p{Han}]{2,12}(?:19|20)\d{2}(?:[ \t\u3000]+|年)\d{1,5}[ \t\u3000]*号)(?=[ \t\u3000]*$)")


def doc_number_match(text: str):
    """The 文号 of a line that holds one (own_doc_number), else the whole line's 文号 without brackets."""
    return own_doc_number(text) or UNBRACKETED_DOC_NUMBER.search(text)


def _is_doc_number_line(line: Line) -> bool:
    m = own_doc_number(line.text)
    if not m and "号" in line.text and UNBRACKETED_DOC_NUMBER.search(line.text):
        return True
    return bool(m) and len(line.text) - len(m.group(0)) < 20 and "。" not in line.text


def _is_web_label(line: Line) -> bool:
    m = WEB_LABEL.match(line.text)
    # (s33-layout: a bracketed label, white space after its bracket: `[ 文　　号 ] 某政办发〔2019〕31号`)
    return bool(m) and (m.end() == len(line.text) or line.text[:m.end()].rstrip()[-1:] in ("：", ":", "】", "]")
                        or _is_cell_field(line.text))


def _lone_source_label(lines: list[Line], i: int) -> bool:
    """(s17-web) A web page's publishing cell in one-cell-per-line form under the title: `来源：` (信息来源,
    文章来源, 发布机构…) alone on its line, near the top, and its value (an organ or a site, no sentence) on the next."""
    t = lines[i].text.rstrip()
    if i > 8 or i + 1 >= len(lines) or not t.endswith(("：", ":")) or not ORGAN_LABEL.match(t) or len(t) > 8:
        return False
    v = lines[i + 1].text
    return len(v) <= 60 and not re.search(r"[。，；：:]", v) and not NUMBERING_START.match(v)


def _label_value_line(lines: list[Line], i: int) -> bool:
    """(s17-web) Line i is the value of an organ label left alone on the line above (`发布机构：` / `发文机关：`),
    a list of organs with no sentence in it."""
    if i == 0 or "。" in lines[i].text or "，" in lines[i].text:
        return False
    prev = lines[i - 1].text.rstrip()
    return prev.endswith(("：", ":")) and bool(ORGAN_LABEL.match(prev)) and _is_web_label(lines[i - 1])


# (s23-meta) The cells whose value can be the document's name (标题, 名称, 法规标题…); any other cell left empty
# (`主 题 词：`, `分类：`) holds keywords, a code or a date, never a title ending in a genre word.
NAME_LABEL = re.compile(r"^[【\[]?\s*" + label_alternation("name"))


def _title_under_empty_cell(label: str, value: str) -> bool:
    """(s23-meta) A title-shaped line under an empty cell that names no document (`主 题 词：` / `某街道2021年…实施方案`
    / `发布日期：…`, a 信息公开 page's table over the notice's title): the title, not the cell's value (a keyword
    list is spaced words)."""
    return not NAME_LABEL.match(label) and bool(TITLE_END.search(value)) and not re.search(r"\s", value.strip()) \
        and not value.endswith(SENT_END) and len(value) <= 120 and not CATEGORY_PATH.search(value)


# (s32) a 主题分类 cell's value is a path of the site's categories (`综合政务\通知`, `城乡建设/公告`): a genre word at its
# end names the category, not a document
CATEGORY_PATH = re.compile(r"\p{Han}[\\/／＼>＞]\p{Han}")


ORGAN_LABEL = re.compile(r"^[【\[]?\s*" + label_alternation("organ", spaced=False))  # (来源 as printed: a cell alone on its line)


def _web_metadata_end(lines: list[Line]) -> int:
    """Index after the last label (and its value line) of a web metadata table at the top."""
    # (s9b) a label's long value (`发文机关：` and nineteen organs) makes no paragraph of its line
    # (s17-web) ...nor does it on the line under its label in the one-cell-per-line form (`发布机构：` / nineteen organs)
    first_paragraph = next((i for i, ln in enumerate(lines[:60]) if _is_paragraph(ln) and not _is_web_label(ln)
                            and not _label_value_line(lines, i)), 60)
    labels = [i for i, ln in enumerate(lines[:first_paragraph]) if _is_web_label(ln)]
    if len(labels) == 1 and _lone_source_label(lines, labels[0]):
        return labels[0] + 2   # (s17-web) the page's `来源：` alone, its organ on the next line (p03's form)
    if len(labels) < 2:
        return 0
    for j in range(2, len(labels)):
        # (s13b) a database copy's table, the title, then the page's own 来源/发布时间 lines under it: the
        # table ends above the title (a title-shaped line between labels that is no label's value)
        gap = [n for n in range(labels[j - 1] + 1, labels[j])
               if not (n == labels[j - 1] + 1 and lines[labels[j - 1]].text.rstrip().endswith(("：", ":"))
                       and not _title_under_empty_cell(lines[labels[j - 1]].text, lines[n].text))]
        if any(_looks_like_title(lines[n].text) and not ISO_DATE_LINE.match(lines[n].text) for n in gap):
            labels = labels[:j]
            break
    last = labels[-1]
    # The value of the last label sits on the same line or the next one; a title-shaped next
    # line may be the document's own title (the label's value left empty), so it is kept.
    nxt = last + 1
    bare = WEB_LABEL.match(lines[last].text)  # (s15) a label alone on its line (`时效性` / `现行有效`): its value is next
    if nxt < len(lines) and not lines[last].text.rstrip().endswith(("：", ":")) \
            and not (bare and bare.end() == len(lines[last].text.rstrip())):
        return nxt
    if nxt < len(lines) and (ISO_DATE_LINE.match(lines[nxt].text) or DATE_LINE.match(lines[nxt].text)
                             or _is_doc_number_line(lines[nxt]) or (len(lines[nxt].text) <= 12 and not _opens_text(lines[nxt].text))):
        return nxt + 1
    return nxt


def _opens_text(t: str) -> bool:
    """(s27-swap) A short line that opens the text's structure (`第一章　总则`, `第一条`, `一、总体要求`): never the value of an
    empty cell above it (`发布日期：` left blank by the page), however short."""
    return bool(CHAPTER.match(t) or ARTICLE.match(t) or NUMBERING_START.match(t))


# Under a regulation's title: when and by whom it was adopted or approved (题注), part of the title
# block, not body: `（2021年11月26日丽水市第四届人民代表大会常务委员会第三十四次会议通过）`.
ANY_DATE = (r"(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
            r"\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日")
ADOPTION_NOTE = re.compile(r"^[（(]?\s*(?:(?<=[（(]\s*)经\s*)?" + ANY_DATE + r"[^。]{2,120}?(?:通过|批准|修正|修订|公布|令\s*第\s*\d{1,5}\s*号\s*发布)"
                           # (s15) `（…人民代表大会常务委员会第十三次会议制定）`, as some cities' collections write it
                           r"|^[（(]\s*" + ANY_DATE + r"[^。（）()]{2,120}?会议制定\s*[）)]$")
# (s15b) A 题注 that holds the day, the 文号 and the day it takes effect together (`（2009年3月2日　黔府发〔2009〕8号　自2009年4月1日
# 起施行）`, `（2011年6月15日某政发〔2011〕52号）`, `（2016年5月4日　自2016年7月1日起施行）`): part of the title block, not body.
DATED_NOTE = re.compile(r"^[（(]\s*" + ANY_DATE + r"[^（）()。，；]{0,60}?(?:[\p{Han}A-Za-z]{1,14}\s*[〔\[［【﹝〖]\s*" + OWN_DOC_YEAR + r"\s*"
                        r"[〕\]］】﹞〗]\s*第?\s*\d{1,5}\s*号|起(?:施行|实施|执行|生效))[^（）()。，；]{0,60}[）)]$")
# (s34) A 题注 that is only the issuing organs and the whole day, with no verb (`（某县人民政府　2018年7月16日）`,
# `（2015年4月3日　中共某县委　某县人民政府）`): how gazettes and web pages print a self-titled policy whose signature
# they drop. Part of the title block; metadata reads its organs and day. Every organ ends in an organ word.
_NOTE_ORGAN = r"[\p{Han}]{2,40}?(?:人民政府|政府|委员会|党委|[省市县区旗州]委|办公室|办公厅|办事处|管理委员会|管委会|厅|局|部)"
_NOTE_ORGANS = _NOTE_ORGAN + r"(?:[、\s]+" + _NOTE_ORGAN + r"){0,5}"
ORGANS_AND_DAY_NOTE = re.compile(r"^[（(]\s*(?:(?P<orgs>" + _NOTE_ORGANS + r")\s*(?P<date>" + ANY_DATE + r")|(?P<date2>" + ANY_DATE
                                 + r")\s*(?P<orgs2>" + _NOTE_ORGANS + r"))\s*[）)]$")
# A government order (政府令) printed above or below the rule it promulgates: `中山市人民政府令` and
# its number `（第16号）` / `第179号`.
# (s15) the order's number on the same line (`中华人民共和国财政部令第70号`, `某省人民政府令（第190号）`)
# (s39b-orders) also the year in 文号 brackets before it (`中国人民银行令〔2019〕第3号`, `某市人民政府令〔2012〕第5号`)
_ORDER_NUMBER_TAIL = (r"[ \t\u3000]*[（(]?\s*(?:(?:19|20)\d{2}\s*年\s*|[〔［\[]\s*(?:19|20)\d{2}\s*[〕］\]]\s*)?"
                      r"第\s*\d{1,5}\s*号\s*[）)]?")
ORDER_LINE = re.compile(r"^(?:(?P<org>(?:[\p{Han}]{2,30}?(?:部|委员会|局|署|总局|银行)[ \t\u3000、]+){0,5}"  # (s15: joint, `商务部　海关总署令`)
                        # (s34) `令` may stand apart from the organ (a joint order's middle line, `…委员会　令`)
                        # (s39b-orders) the central bank's own order too (`中国人民银行令` / `〔2019〕第3号`)
                        r"[\p{Han}]{2,30}?(?:人民政府|国务院|部|委员会|局|署|总局|银行))(?:[ \t\u3000]*令(?P<n>" + _ORDER_NUMBER_TAIL
                        + r")?|(?<=常务委员会)公告"
                        # (s39b-orders) the older number-first form (`建设部第139号令`, `某市人民政府第3号令`): the same order
                        + r"|(?<=[部委局署府])[ \t\u3000]*(?P<first>第\s*\d{1,5}\s*号)令)|令)$")
# (s15) a joint order sets each organ on a line of its own over a bare `令` (`中华人民共和国建设部` / `中华人民共和国财政部` /
# `令` / `第87号`): those lines name its issuers
ORDER_ORGAN_LINE = re.compile(r"^(?:[\p{Han}]{2,30}?(?:部|委员会|局|署|总局|银行)[ \t\u3000、]+){0,5}"
                              r"[\p{Han}]{2,30}?(?:人民政府|国务院|部|委员会|局|署|总局|银行)$")
# An announcement's number on its own line under the title (`财政部　税务总局公告2023年第6号`,
# `国家药监局公告（2019年第33号）`): organs, 公告, the year and the number in the year.
# (The organs hold no 关于: `某局关于发布…的公告（2021年第30号）` is a title with its number.)
ANNOUNCEMENT_NUMBER = re.compile(r"^(?P<org>(?:(?!关于)[\p{Han}\s]){2,60}?)公告\s*[（(]?\s*(?:19|20)\d{2}\s*年\s*第\s*\d{1,4}\s*号\s*[）)]?$")
# A 公告's page heading, number and title on one line: `国家税务总局公告2018年第12号（关于…的公告）` (number,
# then the title in brackets) or `某局关于发布…的公告（2021年第30号）` (the title, then its number).
NUMBER_THEN_ANNOUNCEMENT = re.compile(r"^(?P<t>(?:(?!关于)[\p{Han}\s]){2,60}?公告\s*(?:19|20)\d{2}\s*年\s*第\s*\d{1,4}\s*号)\s*"
                                      r"[（(](?P<a>关于[^（）()]{2,120}?公告)[）)]$")
ANNOUNCEMENT_THEN_NUMBER = re.compile(r"^(?P<t>[^（）()]{4,150}?的公告)\s*(?P<a>[（(]\s*(?:19|20)\d{2}\s*年\s*第\s*\d{1,4}\s*号\s*[）)])$")
# (s37-articles) also with the year in the 文号 brackets a city prints over its order's number (`〔2012〕第5号`)
# (s39b-orders) also a congress standing committee's announcement numbered within its term (`〔十五届〕第23号`,
# `十三届第45号`) and a number in Chinese numerals (`第一百二十号`, the form a 主席令 and some 常委会公告 print)
ORDER_NUMBER = re.compile(r"^[（(]?\s*(?:(?:19|20)\d{2}\s*年\s*|[〔［\[]\s*(?:19|20)\d{2}\s*[〕］\]]\s*"
                          r"|[〔［\[（(]?\s*[一二三四五六七八九十]{1,3}\s*届\s*[〕］\]）)]?\s*)?"
                          r"第\s*(?:\d{1,5}|[一二三四五六七八九十百千零〇]{1,8})\s*号\s*[）)]?$")  # 第235号, 2016年第55号


# (s8 second wave) The 目录 line of a plan's table of contents (`目　录`) is no title, though 目录 is a genre word
# (`…指导目录`): the title stands above it.
CONTENTS_LINE = re.compile(r"^目[ \t\u3000]*录$")


# (s15) A law collection's mark of a rule's validity (`[现行有效]`, `（已失效）`, `【部分失效】`), alone on its line or after the
# title: the collection's note, not the title.
_STATUS = r"(?:现行有效|有效|已失效|失效|全文失效|部分失效|已废止|废止|已被修改|已被修订|已修订|已修正|已修改|尚未生效|被修订|被修改)"
STATUS_MARK = re.compile(r"^[\[【（(]?\s*" + _STATUS + r"\s*[\]】）)]?$"
                         # (s15) and the label over the text itself (`【全文】`, `【正文】`, `法规全文：`)
                         r"|^[【\[]\s*(?:全\s*文|正\s*文|法规全文|文件全文|全文内容|原文)\s*[】\]]$|^(?:全文|正文|法规全文|文件全文)\s*[：:]$")
TITLE_THEN_STATUS = re.compile(r"^(?P<t>.{4,150}?" + GENRE + r"(?:[（(][^（）()]{1,30}[）)])?)[ \t\u3000]*(?P<a>[\[【（(]\s*" + _STATUS
                               + r"\s*[\]】）)])$")


def _split_title_status(line: Line) -> list[Line] | None:
    m = stdlib_twin(TITLE_THEN_STATUS).match(line.text) if line.text.endswith(("]", "】", "）", ")")) else None
    if not m:
        return None
    return [Line(m.group("t"), line.start, line.start + m.end("t")),
            Line(m.group("a"), line.start + m.start("a"), line.start + len(line.text))]


def _is_heading_noise(line: Line) -> bool:
    t = line.text
    return (bool(CONTENTS_LINE.match(t)) or bool(STATUS_MARK.match(t)) or _is_doc_number_line(line) or bool(DRAFT_MARK.match(t)) or (bool(MASTHEAD.search(t)) and "关于" not in t)
            or bool(ADOPTION_NOTE.match(t)) or bool(stdlib_twin(ORDER_LINE).match(t)) or bool(ORDER_NUMBER.match(t))
            # (s39-era) a joint order's organ line over or under its `…　令` line (`中华人民共和国住房和城乡建设部`): the
            # order's heading (GB/T 9704 order format: the state's name, the organ, 令), no title and no body
            or (t.startswith("中华人民共和国") and bool(ORDER_ORGAN_LINE.match(t)))
            or (t[:1] in "（(" and (bool(DATED_NOTE.match(t)) or bool(ORGANS_AND_DAY_NOTE.match(t))))
            or ("公告" in t and bool(ANNOUNCEMENT_NUMBER.match(t)))
            or bool(ISO_DATE_LINE.match(t)) or bool(DATE_LINE.match(t)) or bool(PUBLIC_MARK.match(t))
            or _is_web_label(line) or is_web_furniture(t) or bool(stdlib_twin(SITE_NAME_LINE).match(t)) or bool(BREADCRUMB.match(t))
            or (">" in t or "»" in t or "›" in t or "＞" in t) and bool(CRUMB_TRAIL.match(t)))


# (s14) The name of the site or law database a copy was taken from, on its own line above the title (`中国法律法规信息库`,
# `某市人民政府门户网站`): page furniture, never part of the title.
SITE_NAME_LINE = re.compile(r"^[\p{Han}（）()·]{2,24}?(?:信息库|数据库|法规库|资料库|检索系统|门户网站|网站|政府网|信息网|政务网|公开网|法宝)$")


def _title_blocks(lines: list[Line], lo: int, hi: int) -> list[tuple[int, int]]:
    """Runs [i, j] of title-shaped lines between lo and hi (noise lines break a run)."""
    blocks, i = [], lo
    while i < hi:
        if _is_heading_noise(lines[i]) or not _is_title_like(lines[i]) or NUMBERING_START.match(lines[i].text):
            i += 1
            continue
        j = i
        while j + 1 < hi and (_continues_title(lines[j], lines[j + 1]) or _closes_open_subject(lines, i, j, lines[j + 1])):
            j += 1
        blocks.append((i, j))
        i = j + 1
    return blocks


# (s14) The line that closes a `关于…` title's 事由 with `…的<genre>` (`…关于加快推进` / `全市规划` / `建设管理的意见`):
# a genre word ending a line of the block (规划, 制度, 标准…) does not end a title whose 关于 has had no 的 yet.
OPEN_SUBJECT_CLOSE = re.compile(rf"^[^\s。，,；;：:]{{1,40}}的{GENRE}(?:[（(][^）)]{{0,30}}[）)])?$")


def _closes_open_subject(lines: list[Line], i: int, j: int, b: Line) -> bool:
    joined = "".join(ln.text for ln in lines[i:j + 1])
    k = joined.rfind("关于")
    if k < 0 or "的" in joined[k:] or len(joined) + len(b.text) > 120 or not OPEN_SUBJECT_CLOSE.match(b.text):
        return False
    return not (_is_paragraph(b) or ADDRESSEE.match(b.text) or _is_heading_noise(b) or NUMBERING_START.match(b.text))


def _starts_subject(t: str) -> bool:
    """(s23-meta) A title's 事由 starts at 关于, or at the verb of a notice that hands on another's document
    (`转发市发展改革委关于…的通知`, `批转…`, `印发…`; guide M1c): the organ line above it is the title's issuer."""
    return t.startswith("关于") or bool(re.match(alternation(TRANSMIT_VERBS), t))


def _after_organ_lines(lines: list[Line], i: int, j: int) -> int:
    """The first line from i (at most j) that is not an organ line: the 关于… line under the issuers of a
    joint notice set one a line (`中共某县委办公室` / `某县人民政府办公室` / `关于印发…的通知`)."""
    # (s23-meta) a line that holds the verb between two organs (`某省人民政府批转省劳动和社会保障厅` / `2004年…要点的通知`)
    # is the title's first line, not an issuer line over it
    while i < j and _is_signature_line(lines[i]) and not TRANSMIT.search(lines[i].text):
        i += 1
    return i


def _join(lines: list[Line], i: int, j: int) -> Line:
    return Line("".join(ln.text for ln in lines[i : j + 1]), lines[i].start, lines[j].end)


# The period of a plan set on a line of its own under its title (`…规划纲要` / `（2016—2020年）`): part of
# the title (guide M4 keeps a title's period; a title split over two lines is joined).
PERIOD_LINE = re.compile(r"^[（(]\s*(?:19|20)\d{2}\s*年?\s*(?:[—–\-－~～至到]+|—{1,2})\s*(?:19|20)\d{2}\s*年?\s*(?:度)?\s*[)）]$")


def _continues_title(a: Line, b: Line) -> bool:
    """Line b continues the title on line a (a title wraps over up to three lines)."""
    if b.text[:1] in "（(" and PERIOD_LINE.match(b.text) and tail_search(TITLE_END, a.text) and a.text[-1:] not in ")）":
        return True
    if _is_paragraph(b) or ADDRESSEE.match(b.text) or _is_heading_noise(b) or NUMBERING_START.match(b.text):
        return False
    if _table_line(b.text):
        return False  # (s14b) a table's header or row under its title (`某某项目表` / `序号 | 项目名称 | …`)
    if len(b.text) >= 8 and _squash(b.text) in _squash(a.text):
        return False  # the notice's title under the page's title that repeats it
    if a.text.count("《") > a.text.count("》") or a.text.count("“") > a.text.count("”"):
        return True
    if tail_search(TITLE_END, a.text) and not ORGAN_END.search(a.text):
        # A word such as 制度, 标准 or 意见 ends line a, yet the title goes on when line b starts with
        # a connective (`…培训制度` / `的实施意见`, `…标准` / `和评价制度的通知`), or when line a ends
        # in a subject word (制度, 机制) and line b ends in a genre word (`…审核机制` / `指导意见`).
        if len(a.text) + len(b.text) > 120:
            return False
        if TITLE_CONTINUATION.match(b.text) and _looks_like_title(b.text):
            return True
        if GENRE_TAIL.match(b.text):
            return True  # `…工作意见` / `报告的通知`: the transmitted genre, then the notice's own
        return not tail_search(GENRE_END, a.text) and bool(tail_search(GENRE_END, b.text)) and len(b.text) <= 12
    if _cut_organ_name(a.text, b.text):
        return True  # (s31-layout) `民政部　…　国家卫生健康` / `委关于…的意见`: a joint title wrapped inside its last organ's name
    if _whole_title(b.text) and not ORGAN_END.search(a.text) and "关于" not in a.text and not TRANSMIT.search(a.text) \
            and not TITLE_CONTINUATION_END.search(a.text):
        # (s15) a whole title (`某省人民政府关于…的决定`) under a line that is no organ and no part of a 事由 (a site's or
        # gazette's name, `法律图书馆`, `2008年第8期`, a crumb trail without 首页, `【章名】`): that line is no title
        return False
    # An organ line (发文机关) over a 关于… line belongs to the same title block.
    return len(a.text) + len(b.text) <= 120


def _cut_organ_name(a: str, b: str) -> bool:
    """(s31-layout) A title block's organ line whose last name the page's width cut (a PDF set with no title type wraps
    at the line's end, GB/T 9704's 28 characters): line b opens with the name's last one or two characters, then 关于,
    and they complete an organ's name (`国家卫生健康` + `委`, `某县人民政` + `府`); every name before it on line a is whole.
    A site's or gazette's name over a whole title (`法律图书馆` / `国务院关于…`) completes no organ with a short head."""
    k = b.find("关于")
    if not 1 <= k <= 2 or re.search(r"[\d：:。，、【】《》\[\]（）()]", a) or a[-1:] in "网馆报刊期":
        return False
    parts = a.split()
    return bool(parts) and all(ORGAN_END.search(p) for p in parts[:-1]) and not ORGAN_END.search(parts[-1]) \
        and bool(ORGAN_END.search(parts[-1] + b[:k]))


# (s15) A line that is a whole title by itself: its organs (or none), 关于 and a 事由, a genre word at the end.
WHOLE_TITLE = re.compile(r"^(?:[^\s关《》“”。，：:]|关(?!于)){0,60}?关于[^。；：:]{2,150}" + GENRE + r"(?:[（(][^（）()]{1,30}[）)]){0,2}$")
TITLE_CONTINUATION_END = re.compile(r"(?:的|和|及|与|暨|并|等|以及|有关|关于|进一步|加强|加快|推进|做好|开展|实施|贯彻|落实|、)$")


def _whole_title(t: str) -> bool:
    return "关于" in t and bool(WHOLE_TITLE.match(t))


# (s14b) A table's line: a row of ` | ` or tab cells (two separators at least), or its header's 序号 first
# (`序号 项目名称 牵头单位`, a PDF's spaced header; `序号` alone, a header copied one cell per line).
TABLE_LEAD_CELL = re.compile(r"^(?:序\s*号|编\s*号)(?:[\s|]|$)")


def _table_line(t: str) -> bool:
    if t.count("|") + t.count("\t") >= 2:
        return True
    return t[:1] in "序编" and TABLE_LEAD_CELL.match(t) is not None


# A cell of a record the catalog does not list (`【类别】水利综合规定`, `分类：…`): a field, never the headline.
FIELD_OPEN = re.compile(r"^(?:[【\[][^】\]]{1,8}[】\]]|[^：:]{1,8}[：:])")


def _title_above_table(lines: list[Line], meta: int) -> list[tuple[int, int]]:
    """A law collection's or a web page's record prints the title first, then its fields (发布机关,
    发文字号, 发布日期, 效力级别…), then the text: the title block above the first label."""
    labels = [i for i in range(meta) if _is_web_label(lines[i])]
    first_label = labels[0] if labels else 0
    found = [b for b in _title_blocks(lines, 0, first_label) if _looks_like_title(_without_page_label(_join(lines, *b)).text)]
    # (s31-layout) a portal prints its publishing line (`发布日期：…　信息来源：…`) over the headline and the disclosure
    # table under it: the title is the title-shaped run between two labels that is no label's value
    for a, b in zip(labels, labels[1:]):
        if found:
            break
        lo = a + 1 + (lines[a].text.rstrip().endswith(("：", ":")) and a + 1 < b)
        found = [bl for bl in _title_blocks(lines, lo, b) if _looks_like_title(_without_page_label(_join(lines, *bl)).text)
                 and not FIELD_OPEN.match(lines[bl[0]].text)]
    return found


def _anchor(lines: list[Line], lo: int) -> int:
    """First line of running text: the addressee, a paragraph or a numbered heading."""
    for n in range(lo, min(len(lines), lo + 60)):
        ln = lines[n]
        if _is_heading_noise(ln):
            continue
        if ADDRESSEE.match(ln.text) or _is_paragraph(ln) or NUMBERING_START.match(ln.text):
            return n
    return min(len(lines), lo + 1)


# (s9b) A news or web copy's lead-in naming the document it prints (`近日，某省人民政府办公厅印发了《X》，全文如下：`,
# `经市政府同意，市发展改革委印发《X》`) set above the document's own title line: the line under it is the title.
LEAD_IN_NAMES = re.compile(r"(?:印发|转发|发布|出台|公布|下发)了?《(?P<t>[^《》\n]{4,200})》")


# (s23-meta) the news copy's own line between its lead-in and the document (`《实施意见》全文如下。`, `现将全文刊发如下：`)
FULL_TEXT_FOLLOWS = re.compile(r"^[^。！？\n]{0,40}?(?:全文如下|原文如下|全文刊发如下|全文刊登如下|全文公布如下|以下为全文|全文见下)[：:。]?$")


def _lead_in_above_title(lines: list[Line], k: int) -> int | None:
    """When line k is a lead-in naming 《X》 and the lines under it are X (a title over up to three lines),
    the anchor of the text under that title; else None."""
    if k >= len(lines) - 1:
        return None
    m = LEAD_IN_NAMES.search(lines[k].text)
    if not m or NUMBERING_START.match(lines[k].text):
        return None
    want = _squash(m.group("t"))
    got = ""
    for n in range(k + 1, min(len(lines), k + 5)):
        if _is_heading_noise(lines[n]) or (not got and FULL_TEXT_FOLLOWS.match(lines[n].text)):
            continue
        got += _squash(lines[n].text)
        if got == want or (got.startswith(want) and PERIOD_LINE.match(got[len(want):] or "x")):
            return _anchor(lines, n + 1)
        if not want.startswith(got):
            return None
    return None


def find_layout(text: str) -> Layout:
    all_lines = split_lines(text)
    layout = Layout(lines=all_lines, body_end=len(text))
    if not all_lines:
        return layout
    # (s17-web) the run of page furniture that ends a web copy (上一篇/下一篇, the site's footer, a download list) is
    # not the notice's: the title, signature and transmitted-plan logic read the lines above it
    end = _page_tail_start(all_lines, 0)
    lines = all_lines[:end] if end > 0 else all_lines
    meta = _web_metadata_end(lines)
    if meta:
        layout.meta_end = lines[meta - 1].end
    anchor = _anchor(lines, meta)
    lead_in = _lead_in_above_title(lines, anchor)
    if lead_in is not None:
        layout.lead_in, meta = lines[anchor], anchor + 1
        anchor = lead_in
    blocks = [b for b in _title_blocks(lines, meta, anchor) if _looks_like_title(_without_page_label(_join(lines, *b)).text)]
    above_table = False
    if not blocks and meta:
        blocks = _title_above_table(lines, meta)
        above_table = bool(blocks)
    for n in range(meta, anchor):
        if _is_doc_number_line(lines[n]):
            layout.doc_number = lines[n]  # the last one before the anchor: the document's own
    k = anchor
    if blocks:
        ti, tj = blocks[-1]
        if tj > ti and _is_signature_line(lines[ti]) and not TRANSMIT.search(lines[ti].text) \
                and not _starts_subject(lines[_after_organ_lines(lines, ti, tj)].text) \
                and not (layout.doc_number is not None and layout.doc_number.start >= lines[tj].end):
            # 发文机关标志 over a plan title (not over a 关于… title, nor the organ that 批转s another's): not part of it.
            # (s29-layout) GB/T 9704 sets the 文号 under the masthead, above the title: organs over a plan title with the
            # 文号 under both (`中共某镇委员会　某镇人民政府` / `2015年工作要点` / `某党发〔2015〕3号`) are the title's issuers
            ti += 1
        first_title = _without_page_label(_join(lines, ti, tj))
        layout.header_lines = [ln for ln in lines[meta:ti] if ln is not layout.doc_number]
        k = tj + 1
        if above_table:
            k = max(k, meta)   # (s17-web) the title, then the page's table: the text starts under the table's last value
        while k < len(lines) and _is_heading_noise(lines[k]):
            if _is_doc_number_line(lines[k]) or (layout.doc_number is None and lines[k].text[:1] in "（("
                                                 and DATED_NOTE.match(lines[k].text) and own_doc_number(lines[k].text)):
                layout.doc_number = lines[k]  # (s15b) also the 文号 inside a 题注 with the date and the day it takes effect
            k += 1
    else:
        first_title = None
        layout.header_lines = [ln for ln in lines[meta:anchor] if ln is not layout.doc_number]
    if k < len(lines) and ADDRESSEE.match(lines[k].text) and not NUMBERING_START.match(lines[k].text) \
            and not NOT_ADDRESSEE.search(lines[k].text):
        layout.addressee = lines[k]
        k += 1
    if _is_transmitting(first_title, lines, k):
        _layout_transmit(layout, lines, k, first_title, text)
    elif _page_titled_by_plan(first_title, lines, k):
        _layout_transmit(layout, lines, k, None, text)  # the notice has no title of its own on the page (guide M2)
        layout.title = layout.title or first_title  # (the plan printed without its name: the page's title names it)
    else:
        layout.title = first_title
        layout.body_start = lines[k].start if k < len(lines) else len(text)
        _find_signature(layout, lines, k, len(lines))
        _rule_after_order(layout, lines, meta, text)
        if layout.title is None and layout.date_line is None:
            _rule_after_promulgation(layout, lines, k, text)
    _find_attachments(layout, lines, len(text))
    _find_explanations(layout, lines)
    _find_furniture(layout, all_lines)
    _find_collection_tail(layout, lines)
    return layout


# The fields a law collection's record prints after the text (北大法宝: `【法宝引证码】CLI.11.512345`, then
# `【修正历史】`, `【相关资料】` with numbered lists of other documents): the body ends at the first of them.
COLLECTION_TAIL = re.compile(r"^(?:【\s*(?:法宝引证码|引证码|修正历史|修订历史|历史沿革|法规沿革|相关资料|相关法规|相关文件|"
                             r"相关文献|原文链接|历史版本|条文释义|本篇引用)\s*】|法宝引证码\s*[：:])")


# (s8 second wave) A web page's own sections after the document (`相关链接：`, `政策解读`, `解读：`, `一图读懂`,
# `答记者问`, alone on their line): the numbered lines under them (links, the 解读's 一、二、) are not the document's.
PAGE_TAIL = re.compile(r"^[【\[]?\s*(?:相关链接|相关附件|附件下载|相关文件|相关阅读|相关新闻|相关稿件|相关政策|"
                       + "|".join(reading_words("tail")) + r"|答记者问|记者问答)\s*[】\]]?\s*[：:]?$")
PAGE_TAIL_OPENS = frozenset("【[相附政文解图一答记法")
# (s15) the 解读 printed under its own title after the document (`《某市…办法》政策解读`, `关于《…》的解读`,
# `关于…实施方案的政策解读`): a page section like `政策解读` alone
TITLED_READING = re.compile(r"^(?:关于)?[《“][^《》“”]{2,80}[》”](?:的)?(?:政策|文件)?解读$|^关于[^《》。；]{2,80}的(?:政策|文件)?解读$")


# (s21c-web) A web page's related-reading line with the reading's name on it, after the document it goes with:
# `一图读懂：某市…行动方案`, `图解｜《…》`, `【政策解读】《…》图文解读`, `政策解读：关于…的通知`, `一图读懂《…》`.
# Page furniture (the site's link to another page): never the title of the plan a 印发 notice transmits (a web
# copy that does not carry the plan, its link printed under the notice's date), and the body stops there, so the
# explainer's figures are never the plan's targets. Only with the reading's name as a title (a 《》 name or a
# document's kind at its end, no sentence stop), so a body's `政策解读：各部门要…。` or `（三）图解…` is not cut.
RELATED_READING = re.compile(
    r"^(?:[【\[]\s*)?(?P<label>" + "|".join(reading_words("related")) + r"|"
    r"相关链接|相关阅读|延伸阅读|相关文件|附件下载)\s*"
    r"(?P<sep>[】\]]\s*[：:｜|丨]?|[：:｜|丨])?\s*(?P<rest>.+)$")
RELATED_NAME_END = re.compile(r"(?:[》”]|方案|意见|办法|规划|通知|计划|细则|规定|措施|政策|条例|要点|纲要|决定|解读|问答|"
                              r"[（(][^（）()]{2,20}[）)])$")
RELATED_OPENS = frozenset("【[一图政文相权专视动解延附")


def _is_related_reading(t: str) -> bool:
    """A web page's related-reading link naming the reading (RELATED_READING), not a sentence of the text."""
    t = t.strip()
    if t[:1] not in RELATED_OPENS or len(t) > 110 or "。" in t:
        return False
    m = RELATED_READING.match(t)
    if not m:
        return False
    rest = m.group("rest").strip()
    if any(c in rest for c in "，；。") or not RELATED_NAME_END.search(rest) or len(rest) < 6:
        return False
    if m.group("sep"):
        return True
    # no separator: only the unambiguous labels (`一图读懂某市…方案`), or a 《》 name right after (`图解《…》`)
    return m.group("label").startswith("一图") or rest[:1] == "《"


def _find_collection_tail(layout: Layout, lines: list[Line]) -> None:
    """The body stops at a law collection's record field after the text (COLLECTION_TAIL), or at a web page's
    own section after the document (PAGE_TAIL, TITLED_READING); lines opening with their first characters only
    are tried."""
    for ln in lines:
        if not layout.body_start <= ln.start < layout.body_end:
            continue
        first = ln.text[:1]
        if ln.start == layout.body_start:
            if first in RELATED_OPENS and _is_related_reading(ln.text):
                layout.body_end = ln.start   # (s21c-web) a web copy without the plan: its body is the page's link
                _page_section_is_furniture(layout, lines, ln)
                return
            continue
        if first in PAGE_TAIL_OPENS and first in "【法" and COLLECTION_TAIL.match(ln.text):
            layout.body_end = ln.start
            return
        if ((first in PAGE_TAIL_OPENS and PAGE_TAIL.match(ln.text.strip()))
                or (first in "《“关" and TITLED_READING.match(ln.text.strip()))
                or (first in RELATED_OPENS and _is_related_reading(ln.text))):
            layout.body_end = ln.start
            _page_section_is_furniture(layout, lines, ln)
            return


def _page_section_is_furniture(layout: Layout, lines: list[Line], head: Line) -> None:
    """(s29-web) A web page's own section after the notice (`相关文件：` and its list of other pages, each with the day
    it went up; a `政策解读` of the notice restating its figures and the years of its background) is the page's to the
    end: its lines are furniture, where no year or citation is read (as the closing run's already are)."""
    have = {a for a, _ in layout.furniture}
    layout.furniture += [(ln.start, ln.end) for ln in lines if ln.start >= head.start and ln.start not in have]


# The heading of an explanation the issuer publishes with its rule (`卫生部《…暂行规定》说明`,
# `关于《…条例（草案）》的起草说明`): a document of its own after the rule's body (guide T5).
EXPLANATION_TITLE = re.compile(r"^(?:[\p{Han}、 ]{2,30}?)?(?:关于)?(?:《[^《》]{4,80}》|[^《》。；，]{4,80}的)(?:起草|编制|修订|制定)?说明$")


EXPLANATION_ENDS = ("说明", "说明\n")


def _find_explanations(layout: Layout, lines: list[Line]) -> None:
    for ln in lines:
        if ln.start <= layout.body_start or ln.start >= layout.body_end:
            continue
        # ((speed only, s23) every EXPLANATION_TITLE match closes the line with 说明 (`$`), told first by endswith)
        if (len(ln.text) <= 90 and ln.text.endswith(EXPLANATION_ENDS) and EXPLANATION_TITLE.match(ln.text)
                and not NUMBERING_START.match(ln.text)
                and ln.start not in layout.document_starts):
            layout.document_starts.append(ln.start)
            layout.document_starts.sort()


def _rule_after_order(layout: Layout, lines: list[Line], meta: int, text: str) -> None:
    """An order or a 常务委员会公告 that promulgates a rule (`…人民政府令` / `第235号` / `…现予公布` /
    signature and date), then the rule's title and its articles: the rule is the body, its title
    the title; the order's signature stays the signature."""
    if layout.date_line is None or not any(ORDER_LINE.match(ln.text) for ln in lines[meta:meta + 8]):
        return
    d = next(i for i, ln in enumerate(lines) if ln is layout.date_line)
    rule = _rule_under_date(lines, d)
    if rule:
        title, b = rule
        layout.title = title
        layout.body_start = lines[b].start
        layout.body_end = len(text)
        _find_banji(layout, lines, b)


# (s9) An order's text without its 令 header (a web or database copy that starts at the promulgating
# sentence): `《某市…办法》已经…市人民政府第52次常务会议通过，现予公布，…` / `市长　某某` / date / the rule's title / articles.
PROMULGATION = re.compile(r"^《(?P<t>[^《》]{4,120})》已?经[^。]{4,120}?(?:通过|批准|审议通过|同意)[，,]\s*现(?:予|将[^。]{0,60}?)(?:公布|发布|颁布|印发)")
HEAD_SIGNATURE = re.compile(r"^(?:代理?|常务副)?(?:总理|省长|市长|州长|县长|区长|盟长|旗长|主席|部长|主任|局长|署长|行长)"
                            r"[\p{Han}·]{2,6}$")  # (read with white space and colon removed: `市 长：某某`)


def _rule_after_promulgation(layout: Layout, lines: list[Line], k: int, text: str) -> None:
    """The promulgating sentence, the head's signature and its date, then the rule's title over its
    articles: the date is the issue date (guide M10) and the rule's title the title, as when the 令
    header is printed (_rule_after_order)."""
    if k + 4 >= len(lines) or not PROMULGATION.match(lines[k].text):
        return
    d = next((i for i in range(k + 1, min(k + 4, len(lines))) if DATE_LINE.match(lines[i].text)), None)
    if d is None or not any(HEAD_SIGNATURE.match(re.sub(r"[\s：:]+", "", ln.text)) for ln in lines[k + 1:d]):
        return
    layout.date_line = lines[d]
    rule = _rule_under_date(lines, d)
    if rule:
        # (the body still opens at the promulgating sentence: its organs are mentioned, as before)
        title, b = rule
        layout.title = title
        layout.body_end = len(text)
        _find_banji(layout, lines, b)


def _rule_under_date(lines: list[Line], d: int) -> tuple[Line, int] | None:
    """The rule printed under an order's date line `d`: its title line and the index of its first
    chapter or article (adoption notes and draft marks between them skipped), or None."""
    ruled = _rule_title(lines, d + 1)
    if ruled is None:
        return None
    title, b = ruled
    while b < len(lines) and (ADOPTION_NOTE.match(lines[b].text) or DRAFT_MARK.match(lines[b].text)):
        b += 1
    if b < len(lines) and re.match(r"第[一二三四五六七八九十\d]+[章条]", lines[b].text):
        return title, b
    return None


def _rule_title(lines: list[Line], t: int) -> tuple[Line, int] | None:
    """The rule's title under an order's date (its line, and the index after it): one line ending in a
    genre word, or (s9) two title lines, the second ending in it (`某市老年人` / `优待办法`, set centred)."""
    if t < len(lines) and _is_title_like(lines[t]) and tail_search(TITLE_END, lines[t].text):
        return lines[t], t + 1
    if t + 1 < len(lines) and _is_title_like(lines[t]) and _is_title_like(lines[t + 1]) \
            and not re.match(r"第[一二三四五六七八九十\d]+[章条]", lines[t + 1].text) and tail_search(TITLE_END, lines[t + 1].text) \
            and len(lines[t].text) + len(lines[t + 1].text) <= 80:
        return _join(lines, t, t + 1), t + 2
    return None


# (s17-web) A government site's footer under the page (`主办单位：某市人民政府办公厅`, `承办：…`, `运行维护单位：…`,
# `技术支持：…`, `Copyright ©`) and a one-line `相关链接：中国政府网 | …`: page furniture ending the page, like 版权所有 and
# ICP备 lines. Only in the run of furniture that ends the page (a notice's own `联系电话：` line is never cut).
SITE_FOOTER = re.compile(r"^(?:主办|主办单位|承办|承办单位|协办单位|运行维护单位|运维单位|维护单位|技术支持|网站主办)\s*[：:]"
                         r"|^(?:Copyright|copyright|COPYRIGHT|©)|^相关链接\s*[：:]"
                         # (s25-swap) the footer's bar of links (`链接：全国人大 | 全国政协 | …`, `友情链接：…`) and of the
                         # site's own pages (`关于本网 | 网站声明 | 联系我们`), also under an attachment printed after the signature
                         r"|^(?:友情|网站)?链接\s*[：:]|^关于(?:本网|本站|我们)\s*(?:[|｜/]|$)")
# The fields a site's footer prints (its owner, contact, address, registrations, copyright).
FOOTER_FIELD = re.compile(r"主办(?:单位)?\s*[：:]|承办(?:单位)?\s*[：:]|联系电话\s*[：:]|电话\s*[：:]|地址\s*[：:]|邮编\s*[：:]|"
                          r"网站标识码|ICP\s*备|公网安备|版权所有|Copyright|©")
# (s17-web) The page's download list of the notice's files (`附件下载：` / `相关附件` / `附件：`, then `某某申请表.doc`):
# part of that run when furniture lines follow it; the attachments printed in the notice stand above its signature.
DOWNLOAD_FILE = re.compile(r"^[^。；\n]{1,120}\.(?:docx?|xlsx?|pdf|wps|et|zip|rar|ofd|jpg|png)$", re.I)
DOWNLOAD_HEAD = re.compile(r"^[【\[]?\s*(?:附件下载|相关附件|附件)\s*[】\]]?\s*[：:]?$")


def _is_tail_furniture(t: str) -> bool:
    t = t.strip()
    if t[:2] in ("19", "20") and ISO_DATE_LINE.match(t):
        return False   # a bare `2022.3.15` under the organs is the notice's own date line, not the page's
    # (s27-swap) the footer's fields may reach the copy run together on one line (`主办单位：… 联系电话：… 地址：… 邮编：…
    # 网站标识码：… Copyright ©…`), longer than any one of them: such a line opens with a footer field and names two more
    return is_web_furniture(t) or ("。" not in t and bool(SITE_FOOTER.match(t))
                                   and (len(t) <= 150 or (len(t) <= 400 and len(FOOTER_FIELD.findall(t)) >= 3)))


def _page_tail_start(lines: list[Line], lo_pos: int) -> int:
    """Index of the first line of the run of page furniture that ends the page (len(lines) when none):
    chrome, the site's footer (its `地址：… 邮编：…` line too, inside the run), and the page's lists under their
    heading (`附件下载：` and file names, `相关阅读：` and other pages' titles) when furniture follows them."""
    tail = i = len(lines)
    while i > 0 and lines[i - 1].start >= lo_pos:
        t = lines[i - 1].text.strip()
        if _is_tail_furniture(t) or (tail == i < len(lines) and ADDRESS_LINE.match(t)) or _is_page_only(t):
            i -= 1
            tail = i
        elif _is_footer_contact(t):
            i -= 1          # (s29-web) the footer's contact line: the page's only when page furniture stands over it
        elif tail < len(lines) and (DOWNLOAD_FILE.match(t) or (len(t) <= 100 and "。" not in t and _looks_like_title(t))
                                    or LINK_BAR.match(t) or LINK_ITEM.match(t) or TITLED_READING.match(t)):
            i -= 1          # a file or a page's title: the page's only when a list heading stands over it
        elif LINK_ITEM.match(t) and _under_list_heading(lines, i - 1):
            i -= 1          # (s29-web) the page's list of links that ends the copy, under its heading
        elif i < tail and (DOWNLOAD_HEAD.match(t) or PAGE_TAIL.match(t)):
            i -= 1
            tail = i
        else:
            break
    return tail


# (s29-web) The fields a site's footer prints beside its owner and registrations, as the line that ends the copy or
# one inside the footer (`联系电话：0431-88904321　地址：长春市人民大街`, `地址：某市某路1号　邮编：550001`, `传真：…`): alone under a
# notice's last paragraph such a line may be the notice's own contact line, so it joins the run only when lines
# that are the page's without doubt stand over it (a `联系人：` line is always the notice's).
FOOTER_CONTACT = re.compile(r"^(?:(?:联系|咨询|服务|值班|办公)?电话|传真|(?:联系|通讯|单位)?地址|邮编|邮政编码|(?:电子)?邮箱|E-?mail)"
                            r"\s*[：:]")
# The browsing advice only a site prints (`建议使用1024×768分辨率浏览本站`, `IE9.0以上版本浏览器`; a notice's own `建议使用
# 某浏览器填报` names no screen size or version), and a download line with
# its file on it (`附件下载：某县任务分解表.docx`): the page's wherever they stand in the closing run.
BROWSING_ADVICE = re.compile(r"^(?:建议|推荐|最佳).{0,20}分辨率|分辨率.{0,12}浏览|以上版本(?:的)?浏览器")
DOWNLOAD_INLINE = re.compile(r"^[【\[]?\s*(?:附件下载|相关附件|下载附件|附件)\s*[】\]]?\s*[：:]\s*[^。；\n]{1,120}"
                             r"\.(?:docx?|xlsx?|pdf|wps|et|zip|rar|ofd|jpg|png)$", re.I)
# A bar of links under its heading (`相关链接：` then `某省人民政府　中国政府网　某厅`): short names, no punctuation.
LINK_BAR = re.compile(r"^(?:[^\s，。；：:、|｜]{2,20}(?:\s*[|｜·]\s*|\s+)){1,9}[^\s，。；：:、|｜]{2,20}$")

# A page's link to another page in a list under its heading (`相关阅读` / `· 某省2018年…工作总结（2018-12-20）`, `关于…的通知
# [2021-09-06]`, `图解：我市推进…`): a bullet, a reading's label, or the day the page went up after its name; no sentence stop.
LINK_ITEM = re.compile(r"^(?:[·•▪◆■●○□>＞]\s*[^。；]{4,120}|" + reading_alternation("link") + r"\s*[：:｜|]\s*[^。；]{4,120}|[^。；]{4,120}?\s*[（(\[【]?(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}[)）\]】]?)$")


def _under_list_heading(lines: list[Line], k: int) -> bool:
    """The links from line k up run into a list heading of the page's (`相关阅读`, `相关文件：`, `附件下载：`)."""
    while k > 0 and LINK_ITEM.match(lines[k - 1].text.strip()):
        k -= 1
    t = lines[k - 1].text.strip() if k > 0 else ""
    return bool(PAGE_TAIL.match(t) or DOWNLOAD_HEAD.match(t))


def _is_footer_contact(t: str) -> bool:
    return len(t) <= 150 and "。" not in t and "联系人" not in t and bool(FOOTER_CONTACT.match(t))


def _is_page_only(t: str) -> bool:
    """(s29-web) A line only a web page prints, also at the very end of the copy where it ends the run."""
    return len(t) <= 150 and "。" not in t and bool(BROWSING_ADVICE.search(t) or DOWNLOAD_INLINE.match(t))


# (s17-web) the site's address in its footer (`地址：某市人民路1号　邮编：710003`), read only inside the closing run
ADDRESS_LINE = re.compile(r"^(?:地址|联系地址|通讯地址|单位地址)\s*[：:][^。；]{2,80}$")


def _find_furniture(layout: Layout, lines: list[Line]) -> None:
    """Web furniture before the body, and the run of it that ends the page (the body stops there)."""
    layout.furniture = [(ln.start, ln.end) for ln in lines if ln.start < layout.body_start and is_web_furniture(ln.text)]
    tail = _page_tail_start(lines, layout.body_start)
    if tail < len(lines):
        layout.furniture += [(ln.start, ln.end) for ln in lines[tail:]]
        layout.body_end = min(layout.body_end, lines[tail].start)


# A web page's column label in front of its headline: `政策解读：关于印发…的通知`.
PAGE_LABEL = re.compile(r"^(?:[【\[]" + reading_alternation("page") + r"[】\]]\s*[：:]?|" + reading_alternation("page") + r"\s*[：:])\s*(?=\S{4})")


# A page title's site name after a separator: `…的通知_某省商务厅`, `…实施方案 | 某市人民政府门户网站`; (s31-layout) also
# the column and the site, each after its separator (`…的通知_政策文件_中国政府网`, `…办法_规范性文件_某市人民政府`).
SITE_SUFFIX = re.compile(GENRE + r"(?:[（(][^）)]{0,30}[）)])?(?P<sep>(?:\s*(?:_|\||｜|——|－|-)\s*[^_|｜]{2,40}){1,3})$")


def _without_page_label(title: Line) -> Line:
    m = PAGE_LABEL.match(title.text)
    if m:
        title = Line(title.text[m.end():], title.start + m.end(), title.end)
    m = stdlib_twin(SITE_SUFFIX).search(title.text)
    if m:
        title = Line(title.text[:m.start("sep")], title.start, title.start + m.start("sep"))
    return title


def _is_transmitting(title: Line | None, lines: list[Line], k: int) -> bool:
    if title is not None:
        t = title.text
        if NOTICE_WORD.search(t) and (TRANSMIT.search(t) or "《" in t and not CITING_TITLE.search(t)):
            return True
        if t.endswith("公告") and PUBLISHING_ANNOUNCEMENT.search(t):
            return True  # (s14) `关于发布《某某暂行规定》的公告`: the 公告 promulgates the rule it is followed by
        if not NOTICE_WORD.search(t):
            return False
    # No title (the file starts at the addressee) or a plain 通知: its first sentences say so.
    head = "".join(ln.text for ln in lines[k : k + 3])
    return bool(TRANSMIT_SENTENCE.search(head[:200])) and _notice_date(lines, k) is not None


def _page_titled_by_plan(title: Line | None, lines: list[Line], k: int) -> bool:
    """(s28-meta) A web page headed by the plan's own name (not the notice's `关于印发…的通知`) over the 印发 notice's
    text (`现将《X》印发给你们`), its signature and date, then X under its own name and its text: the page prints the
    notice untitled, so the notice is the transmitting notice without a title (guide M2, nothing reconstructed) and
    the plan after its date is the body (spec §1, §4), as if the page had carried the notice's title."""
    if title is None or NOTICE_WORD.search(title.text):
        return False
    want = _squash(title.text)
    date_idx = _notice_date(lines, k)
    if date_idx is None or date_idx - k > 12:
        return False
    own = "".join(ln.text for ln in lines[k:date_idx])
    if not TRANSMIT_SENTENCE.search(own[:300]) or want not in _squash(own):
        return False
    after = lines[date_idx + 1:date_idx + 7]
    # the plan's name again, on one line or two (its period under it, guide M4)
    names = [_squash(ln.text) for ln in after]
    if any(n == want or n + nxt == want for n, nxt in zip(names, names[1:] + [""])):
        return True
    # …or the plan's text at once, without its name (its first item or paragraph under the notice's date)
    first = next((ln for ln in after if not PUBLIC_MARK.match(ln.text)), None)
    return first is not None and bool(NUMBERING_START.match(first.text) or _is_paragraph(first))


PUBLISHING_ANNOUNCEMENT = re.compile(r"(?:发布|印发|颁发|颁布|公布)《[^《》]{4,120}》的公告$")


# A notice about a law or plan it cites, not one it transmits: `关于认真贯彻落实《某省安全生产条例》的通知`,
# `关于做好《…》宣传实施工作的通知`. Whether it transmits is then read from its own sentences.
CITING_TITLE = re.compile(r"(?:贯彻|落实|学习|宣传|实施|执行|施行|遵守|做好)[^《》]{0,6}《[^《》]+》|《[^《》]+》[^《》]{0,12}?(?:贯彻|落实|宣传|实施|执行|施行|学习|培训|工作)[^《》]{0,12}的通知$")


def _notice_date(lines: list[Line], k: int) -> int | None:
    return next((m for m in range(k, min(len(lines), k + 40)) if _is_date_line(lines, m)), None)


COLLECTION_NOTE = re.compile(r"^[（(][^（）()]*" + ANY_DATE + r"[^（）()]*(?:发布|印发|公布|颁布)[^（）()]*[）)]$")
HANDS_ON = re.compile(r"(?:印发|转发|批转|颁发|下发|发)给你们|现(?:予|将)?(?:印发|转发|批转)|印发你们|予以印发|现印发|一并印发")
OWN_CLOSING = re.compile(r"(?:通知|意见|规定)如下\s*[：:]?$")


def _notice_is_the_policy(lines: list[Line], k: int) -> bool:
    """The lines from k: a lead paragraph ending in the notice's own 过渡语 (`现就有关事项通知如下：`), handing nothing
    on, then at least two numbered items."""
    first_item = next((n for n in range(k, min(len(lines), k + 12)) if NUMBERING_START.match(lines[n].text)), None)
    if first_item is None or first_item == k:
        return False
    lead = lines[k:first_item]
    if any(HANDS_ON.search(ln.text) for ln in lead) or not OWN_CLOSING.search(lead[-1].text):
        return False
    return sum(1 for ln in lines[first_item:first_item + 400] if NUMBERING_START.match(ln.text)) >= 2


def _attached_plan_is_handed_on(lines: list[Line], k: int, sig: int, m0: int, expected: str) -> bool:
    """(s16) A 印发 notice with numbered items of its own (`现印发给你们，并就有关事项通知如下：一、…`) whose first
    attachment, after its date, is headed by the very document its title hands on (`附件1` / `某市…工作方案`): the
    notice transmits that document (its items are the transmitting notice's, spec §4), it is not self-titled."""
    if not expected or len(expected) < 6 or m0 + 1 >= len(lines) or not ATTACHMENT_HEADING.match(lines[m0].text):
        return False
    if not any(HANDS_ON.search(ln.text) for ln in lines[k:sig]):
        return False
    return _squash(lines[m0 + 1].text) == expected


def _holds_own_items(lines: list[Line], k: int, sig: int) -> bool:
    """Whether the notice's text before its signature holds numbered items of its own: two or more, or (s26-web) a
    single one (`一、主要目标` and its paragraph) when no sentence hands anything on (`现将…印发给你们`): a `关于印发X的
    通知` printed with X's text in place of its own, which transmits nothing (guide M12) whatever its items' count."""
    own_items = sum(1 for ln in lines[k:sig] if NUMBERING_START.match(ln.text))
    return own_items >= 2 or (own_items == 1 and not any(HANDS_ON.search(ln.text) for ln in lines[k:sig]))


def _layout_transmit(layout: Layout, lines: list[Line], k: int, first_title: Line | None, text: str) -> None:
    layout.notice_title = first_title
    date_idx = _notice_date(lines, k)
    if date_idx == k and k + 1 < len(lines) and COLLECTION_NOTE.match(lines[k].text):
        date_idx = None  # (s13b) a collection's 题注 under the title (`（…某局印发）`), not the notice's signature date
    if date_idx is None:
        # no date near the notice's text: the notice and the document it transmits run on as one
        # text to a signature at the end (a town's 印发 notice copied without its own signature)
        layout.title = None
        layout.body_start = lines[k].start if k < len(lines) else len(text)
        _find_signature(layout, lines, k, len(lines))
        if layout.date_line is None and first_title is not None and _notice_is_the_policy(lines, k):
            # (s13b) a collection's copy of `关于印发…标准的通知` whose own text holds the standards (`现就…通知如下：`
            # and its items), no signature: the notice is the policy itself, as with its signature (self-titled)
            layout.notice_title, layout.title = None, first_title
        return
    layout.date_line = lines[date_idx]
    sig = _signature_start(lines, k, date_idx)
    layout.signature_lines = lines[sig:date_idx]
    notice_start = first_title.start if first_title else lines[k].start
    layout.notice_span = (notice_start, lines[sig - 1].end if sig > k else lines[date_idx].start)
    expected = _squash(_transmitted_name(first_title.text if first_title else "", lines, k, date_idx))
    if _plan_before_signature(layout, lines, k, sig, first_title, expected):
        return
    # A notice that holds its own content (numbered items before its signature) and has only
    # attachments after its date is the policy itself (`关于印发…标准的通知` with a table attached).
    m0 = date_idx + 1
    while m0 < len(lines) and PUBLIC_MARK.match(lines[m0].text):
        m0 += 1
    own_items = _holds_own_items(lines, k, sig)
    if first_title is not None and own_items and (m0 >= len(lines) or ATTACHMENT_HEADING.match(lines[m0].text)) \
            and not _attached_plan_is_handed_on(lines, k, sig, m0, expected):
        layout.notice_title, layout.notice_span = None, None
        layout.title = first_title
        layout.body_start = lines[k].start if k < len(lines) else len(text)
        layout.body_end = lines[sig].start
        return
    # After the notice: 公开 marks, 附件 line, a repeated masthead, then the plan's title.
    m = date_idx + 1
    while m < len(lines) and (PUBLIC_MARK.match(lines[m].text) or ATTACHMENT.fullmatch(lines[m].text.strip())
                              or _is_doc_number_line(lines[m])):
        m += 1
    plan_idx = None
    stop = min(len(lines), m + 6)
    for n in range(m, stop):
        if _is_paragraph(lines[n]) or NUMBERING_START.match(lines[n].text):
            break
        if _is_related_reading(lines[n].text) or PAGE_TAIL.match(lines[n].text.strip()):
            stop = n       # (s21c-web) the page's related-reading link: the plan is not carried, never its title
            break
        joined = _squash(lines[n].text)
        if expected and (expected.startswith(joined[:8]) or joined.endswith(expected[-6:]) or expected in joined):
            plan_idx = n
            break
        if _plan_title_of_forwarded(expected, joined, lines[n]) or _forwarded_title_over_lines(expected, lines, n, stop):
            plan_idx = n
            break
    if plan_idx is None:
        plan_idx = next((n for n in range(m, _text_starts(lines, m, stop))
                         if _looks_like_title(lines[n].text) and not _is_paragraph(lines[n])
                         and not ORGAN_END.search(lines[n].text)), None)
    if plan_idx is None:
        # what follows the date up to the first attachment (attachments belong to whichever holds them)
        first_att = next((n for n in range(m, len(lines)) if ATTACHMENT_HEADING.match(lines[n].text)), len(lines))
        # (s9b-tasks) ...and before a web page's own section (`相关链接：` and its numbered links, PAGE_TAIL)
        page_tail = next((n for n in range(m, first_att) if PAGE_TAIL.match(lines[n].text.strip())
                          or _is_related_reading(lines[n].text)), first_att)
        rest = lines[m:page_tail]
        own_items = _holds_own_items(lines, k, sig)
        if first_title is not None and own_items and not any(
                NUMBERING_START.match(ln.text) or _is_paragraph(ln) for ln in rest
                if not BANJI.match(ln.text) and not ATTACHMENT_HEADING.match(ln.text)):
            # `关于印发…标准的通知` whose own text holds the standards, nothing after its date: the
            # notice is the policy itself (self-titled; its title keeps the issuer, spec 1.1)
            layout.notice_title, layout.notice_span = None, None
            layout.title = first_title
            layout.body_start = lines[k].start if k < len(lines) else len(text)
            layout.body_end = lines[sig].start
            return
        layout.body_start = lines[m].start if m < len(lines) else len(text)
        _find_banji(layout, lines, m)
        return
    e = plan_idx
    while e + 1 < len(lines) and _continues_title(lines[e], lines[e + 1]) and (
            not _plan_title_complete(lines[e], expected) or PERIOD_LINE.match(lines[e + 1].text)):
        e += 1
    layout.title = _join(lines, plan_idx, e)
    layout.header_lines += lines[m:plan_idx]
    b = e + 1
    while b < len(lines) and (DRAFT_MARK.match(lines[b].text) or lines[b].text.startswith(("（", "("))
                              and len(lines[b].text) < 30 and not NUMBERING_START.match(lines[b].text)
                              or _author_line(lines, b, e)):
        b += 1
    layout.body_start = lines[b].start if b < len(lines) else len(text)
    _find_plan_end(layout, lines, b)
    layout.transmitted = _transmitted_names(first_title.text if first_title else "", lines, k, date_idx)
    _find_further_documents(layout, lines, b)


def _plan_before_signature(layout: Layout, lines: list[Line], k: int, sig: int, first_title: Line | None,
                           expected: str) -> bool:
    """(s12) A 印发 notice copied without its own signature: its sentences, then the plan's title line (the name
    the notice gives it) and the plan, then the one signature and date at the end (a web copy that dropped the
    notice's signature, or a town that signs once). The plan is the body; the signature is the issuers'."""
    if first_title is None or sig - k < 3 or len(expected) < 6:
        return False
    for n in range(k + 1, min(sig, k + 12)):
        if NUMBERING_START.match(lines[n].text):
            return False  # the notice's own items come first: not a plan after the notice
        joined = _squash(lines[n].text)
        e = n
        while len(joined) < len(expected) and e + 1 < sig and expected.startswith(joined) and not _is_paragraph(lines[e + 1]):
            e += 1
            joined += _squash(lines[e].text)
        if joined == expected or (joined.startswith(expected) and PERIOD_LINE.match(joined[len(expected):] or "x")):
            if e + 1 < sig and PERIOD_LINE.match(lines[e + 1].text):
                e += 1  # the plan's period under its name (`（2015—2017年）`) is title (guide M4)
            q = n - 1
            while q > k and PUBLIC_MARK.match(lines[q].text):
                q -= 1  # `（此件公开发布）` under the notice's text
            if e + 1 >= sig or not _is_paragraph(lines[q]):
                return False
            layout.notice_span = (first_title.start, lines[q].end)
            layout.title = _join(lines, n, e)
            layout.body_start = lines[e + 1].start
            layout.body_end = lines[sig].start
            layout.transmitted = _transmitted_names(first_title.text, lines, k, n)
            return True
    return False


def _plan_title_of_forwarded(expected: str, joined: str, line: Line) -> bool:
    """`转发省财政厅关于加强乡镇财政管理意见的通知` names the forwarded document with its author; its
    title line reads from 关于 (`关于加强乡镇财政管理的意见`), the 的 before the genre sometimes dropped."""
    at = expected.find("关于")
    if at <= 0 or not joined.startswith("关于") or _is_signature_line(line):
        return False
    want = expected[at:]
    return joined == want or joined.replace("的", "") == want.replace("的", "")


def _forwarded_title_over_lines(expected: str, lines: list[Line], n: int, stop: int) -> bool:
    """(s23-meta) The forwarded document's title from 关于 set over two or three lines (`关于加快…工作的` / `实施意见`),
    its author's line under it (`市经委 市发展改革委`): the title starts here, not at the author line the notice
    title's `市经委市发展改革委关于…` also begins with."""
    at = expected.find("关于")
    if at <= 0 or not lines[n].text.startswith("关于"):
        return False
    want = expected[at:].replace("的", "")
    joined = ""
    for e in range(n, min(stop, n + 3)):
        joined += _squash(lines[e].text).replace("的", "")
        if joined == want:
            return e > n
        if not want.startswith(joined):
            return False
    return False


def _author_line(lines: list[Line], b: int, e: int) -> bool:
    """The author's name on a line of its own under a forwarded document's title (`省财政厅`): title
    block, not body (guide G1)."""
    return b == e + 1 and len(lines[b].text) <= 40 and _is_signature_line(lines[b])


def _text_starts(lines: list[Line], m: int, hi: int) -> int:
    """The first line of running text or numbered heading from m (hi if none): a transmitted plan's
    title stands above its text, so a heading below the text (`二、工作措施`) is not its title."""
    return next((n for n in range(m, hi) if _is_paragraph(lines[n]) or NUMBERING_START.match(lines[n].text)), hi)


def _transmitted_names(title: str, lines: list[Line], k: int, date_idx: int) -> list[str]:
    """Every document the notice transmits: the 《…》 of its title or of its own sentences, else the
    parts of `印发A和B的通知` (a notice may transmit several: 若干政策 and a 行动计划)."""
    named = re.findall(r"《([^《》]+)》", title)
    if not named:
        m = TRANSMITTED_IN_TITLE.search(title)
        if m:
            named = [p for p in _document_names(m.group(1)) if len(p) >= 4]
    own = "".join(ln.text for ln in lines[k:date_idx])
    for m in re.finditer(r"《([^《》]+)》", own[:300]):
        # the object of 印发/转发 (`现将《A》、《B》印发给你们`), not a document the notice cites
        # on its way there (`为贯彻落实《X》（…〔2018〕19号）有关规定，现将《A》印发…`)
        if m.group(1) not in named and TRANSMIT_AFTER.match(own, m.end()):
            named.append(m.group(1))
    return named


def _document_names(s: str) -> list[str]:
    """(s23-meta) The parts of `A和B`, `A、B及C` that are document names: a 和 inside an author's name (`省劳动和社会
    保障厅2004年…工作要点`) cuts nothing, as only a part that ends in a genre word (TITLE_END) is a whole name."""
    parts = re.split(r"(和|、|及)", s)
    names, cur = [], ""
    for n, part in enumerate(parts):
        cur += part
        if n % 2 == 0 and (TITLE_END.search(cur) or n == len(parts) - 1):
            names.append(cur)
            cur = ""
        elif n % 2 == 1 and not cur[:-1]:
            cur = ""
    return names


TRANSMIT_AFTER = re.compile(r"(?:\s*[、和及与]?\s*《[^《》]+》)*[^《》。]{0,24}?" + alternation(TRANSMIT_VERBS + ("发给", "公布", "下发")))


def _find_further_documents(layout: Layout, lines: list[Line], lo: int) -> None:
    """A title line in the body that names another transmitted document starts that document."""
    names = {_squash(n) for n in layout.transmitted}
    if len(names) < 2:
        return
    first = _squash(layout.title.text) if layout.title else ""
    for i, ln in enumerate(lines[lo:], lo):
        if ln.start >= layout.body_end:
            break
        sq = _squash(ln.text)
        if sq not in names and i + 1 < len(lines) and PERIOD_ONLY_LINE.match(lines[i + 1].text):
            sq += _squash(lines[i + 1].text)  # (s17-period) a title block with its period on a line of its own
        if sq != first and sq in names and not NUMBERING_START.match(ln.text) and not _is_paragraph(ln):
            layout.document_starts.append(ln.start)


# (s17-period) A line that is only a bracketed period, the second line of a title block (`（2021—2023年）`).
PERIOD_ONLY_LINE = re.compile(r"^\s*[（(]\s*(?:19|20)\d{2}\s*年?\s*(?:——|[-—–―－~～至到])\s*(?:19|20)\d{2}\s*年?\s*[）)]\s*$")


def _plan_title_complete(line: Line, expected: str) -> bool:
    return bool(expected) and _squash(line.text).endswith(expected[-6:])


def _transmitted_name(title: str, lines: list[Line], k: int, date_idx: int) -> str:
    """Name of the transmitted plan: 《…》 in the notice title or text, else 印发X的通知."""
    q = re.search(r"《(.+)》", title)
    if q:
        return q.group(1)
    m = TRANSMITTED_IN_TITLE.search(title)
    if m:
        return m.group(1)
    q = re.search(r"《([^《》]+)》", "".join(ln.text for ln in lines[k:date_idx]))
    return q.group(1) if q else ""


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


# A seal mark after a signature's organ: `某省教育厅（盖章）`.
# Also a seal lent by another organ on a line of its own under the signature: `（县水利局代章）`.
SEAL_MARK = re.compile(r"\s*[（(](?:盖章|印章|公章|签章|章|印|[^（）()\s]{2,20}代章)[）)]")


def _is_signature_line(line: Line) -> bool:
    t = SEAL_MARK.sub(" ", line.text).strip() if ("章" in line.text or "印）" in line.text or "印)" in line.text) else line.text
    if re.search(r"[：:\d。；！？]", t) or NUMBERING_START.match(t) or "关于" in t:
        return False
    parts = t.split()
    # one organ (at most 60 characters), or a joint signature of many on one line
    if len(t) > 60 and (len(parts) < 2 or any(len(p) > 40 for p in parts)):
        return False
    return all(ORGAN_END.search(part) for part in parts)


# A signature's date written with dots or dashes (`2022.3.15`, `2022-03-15`), under an organ line.
SIGNATURE_ISO_DATE = re.compile(r"^(?:19|20)\d{2}\s*[.\-/．]\s*\d{1,2}\s*[.\-/．]\s*\d{1,2}$")


# (s16) A signature's date whose 日 was left out (`二〇〇六年三月十五`, `2004年7月8`), under an organ line.
SIGNATURE_DATE_NO_RI = re.compile(r"^(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月"
                                  r"\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})$")
# …or with its day left out too (`二〇〇五年十月`): it closes the body as a date line only among the last lines of the
# text (a month alone under an organ is a table's 完成时限 cell elsewhere); the issue date stays null (nothing repaired).
SIGNATURE_MONTH_ONLY = re.compile(r"^(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月$")


def _is_date_line(lines: list[Line], i: int) -> bool:
    t = lines[i].text
    return (("日" in t and bool(DATE_LINE.match(t)))
            or (i > 0 and "月" in t and (bool(SIGNATURE_DATE_NO_RI.match(t)) or (
                i >= len(lines) - 3 and bool(SIGNATURE_MONTH_ONLY.match(t)))) and _is_signature_line(lines[i - 1]))
            or (i > 0 and t.startswith(("19", "20")) and bool(SIGNATURE_ISO_DATE.match(t)) and _is_signature_line(lines[i - 1])))


def _signature_start(lines: list[Line], lo: int, date_idx: int) -> int:
    s = date_idx
    while s - 1 >= lo and date_idx - s < 30:
        if _is_signature_line(lines[s - 1]) or (s < date_idx and _wrapped_signature(lines, s - 1)):
            s -= 1
        elif s - 2 >= lo and _wrapped_signature(lines, s - 2):
            s -= 2
        else:
            break
    return s


def _wrapped_signature(lines: list[Line], i: int) -> bool:
    """lines[i] and lines[i + 1] are one signature line wrapped in two, an organ's name cut at the
    break (a long joint signature right-aligned in a PDF: `…湖南省财政厅 湖南省人力资` / `源和社会保障厅`)."""
    a, b = lines[i].text, lines[i + 1].text
    if len(a) + len(b) > 240 or re.search(r"[。；！？：:，,\d]", a + b):
        return False
    if _is_signature_line(lines[i]) and _is_signature_line(lines[i + 1]):
        return False  # two lines of organs: no name is cut
    parts = a.split()
    # line a holds whole organs before the cut one, or a long name whose last characters went down
    # (`中共某县委全面深化改革委员会办` / `公室`)
    cut = (len(parts) >= 2 and all(ORGAN_END.search(p) for p in parts[:-1])) or (
        len(parts) == 1 and len(a) >= 8 and len(b) <= 4 and not _is_signature_line(lines[i + 1]))
    return cut and _is_signature_line(Line(a + b, lines[i].start, lines[i + 1].end))


def _find_signature(layout: Layout, lines: list[Line], lo: int, hi: int) -> None:
    """Signature of a policy that is not a 印发 notice: issuer lines + date line after the body.

    The first date line (from the top of the body) directly preceded by organ lines, or standing
    after the last numbered item near the end, closes the body; 附件 after it are not body."""
    # (s11) an attachment's own heading (`附件1`, `附件` alone, GB/T 9704 7.3.3: attachments follow the signature):
    # a signature below it is the attachment's (a report another organ signed), never the notice's
    for n in range(lo, hi):
        if lines[n].text[:1] == "附" and ATTACHMENT_HEADING.match(lines[n].text) and not re.search(r"[：:]", lines[n].text) \
                and n + 1 < hi and not NUMBERING_START.match(lines[n + 1].text):
            hi = n
            break
    for d in range(lo, hi):
        if not _is_date_line(lines, d):
            continue
        s = _signature_start(lines, lo, d)
        # (s9) a date alone (the organ was its seal, lost in a copy) closes the body near the end, or
        # when only the 版记 follows it (主题词, 抄送, `…印发` lines of older notices, however many)
        under = _organs_under_date(lines, d, hi) if s == d else []
        if s < d or hi - d <= 3 or all(_is_banji_at(lines, n) for n in range(d + 1, hi)) or _attachment_follows(lines, d) \
                or under:
            layout.date_line = lines[d]
            layout.signature_lines = lines[s:d] or under
            layout.body_end = lines[s].start
            return
    _find_banji(layout, lines, lo)
    _dateless_signature(layout, lines, lo, hi)


# A one-cell-per-line table's row number (`11` on a line of its own).
BARE_ROW_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")


def _last_table_row(lines: list[Line], lo: int, s: int) -> bool:
    """(s29-assign) The organ lines and date above a page's end are the last row of a table copied one cell per line
    (`11` / `建立…制度` / `市商务局` / `市统计局、市财政局` / `2023年9月`: 序号, 任务, 牵头单位, 配合单位, 完成时限), not a
    signature: a bare row number two lines above the first organ line, the task cell between them no sentence."""
    return s - 2 >= lo and BARE_ROW_NUMBER.match(lines[s - 2].text) is not None and "。" not in lines[s - 1].text


def _organs_under_date(lines: list[Line], d: int, hi: int) -> list[Line]:
    """(s28-meta) A copy that printed the date above the signing organs (`2019年3月5日` / `某县林业局`, the two lines
    swapped): the organ lines right under the date, when only the 版记 or the end follows them."""
    e = d + 1
    while e < hi and e - d <= 3 and _is_signature_line(lines[e]):
        e += 1
    if e == d + 1 or not all(_is_banji_at(lines, n) for n in range(e, hi)):
        return []
    return lines[d + 1:e]


def _dateless_signature(layout: Layout, lines: list[Line], lo: int, hi: int) -> None:
    """(s28-meta) A signature whose date was left out (a copy that dropped it, the day only in the 版记's `…印发` line):
    the organ lines that close the text (at most three, before the 版记 or the end) right under a paragraph's last
    sentence are the signature (spec §3: issuers from the signature block), not body."""
    end = next((n for n in range(lo, hi) if lines[n].start >= layout.body_end), hi)
    s = end
    while s - 1 > lo and end - s < 3 and _is_signature_line(lines[s - 1]):
        s -= 1
    if s == end or not lines[s - 1].text.endswith(("。", "！")):
        return
    layout.signature_lines = lines[s:end]
    layout.body_end = lines[s].start


def _attachment_follows(lines: list[Line], d: int) -> bool:
    """(s27-swap) The line under a date alone heads an attachment, bare (`附件2`) or with its title (`附件：任务分工表`):
    attachments follow the signature (GB/T 9704 7.3.3; the 附件说明 stands above it), so the date is the signature's,
    however long the attachment below it runs."""
    if d + 1 >= len(lines):
        return False
    t = lines[d + 1].text
    return t[:1] == "附" and "。" not in t and bool(ATTACHMENT_HEADING.match(t) or ATTACHMENT_TITLED.match(t))


def _find_plan_end(layout: Layout, lines: list[Line], lo: int) -> None:
    """A transmitted plan may end with its own signature (organs + date) or the 版记."""
    for d in range(lo, len(lines)):
        if _is_date_line(lines, d):
            s = _signature_start(lines, lo, d)
            if s < d and not _last_table_row(lines, lo, s):
                layout.body_end = min(layout.body_end, lines[s].start)
                return
    _find_banji(layout, lines, lo)


def _is_banji(text: str) -> bool:
    """BANJI.match(text), tried only on a line that opens or ends as a BANJI match must (its 主题词
    branch opens with 主)."""
    return text.startswith(BANJI_OPENS) or (
        (text.endswith(BANJI_ENDS) or text.startswith("主")) and stdlib_twin(BANJI).match(text) is not None)


def _is_banji_at(lines: list[Line], n: int) -> bool:
    """Line n is of the 版记: a BANJI line, the printing organ's line right above its bare `…日印发` date (s13), or
    the second line of a 抄送 list that wrapped (`抄送：市委各部门，…市检察院。` / `各民主党派市委。`)."""
    text = lines[n].text
    if _is_banji(text):
        return True
    nxt = lines[n + 1].text if n + 1 < len(lines) else ""
    if nxt[:1] in "12一二" and nxt.endswith(BANJI_ENDS) and BARE_PRINTED.match(nxt) and _is_signature_line(lines[n]):
        return True
    if text[:1] in "（(" and n >= len(lines) - 3 and PRINTED_NOTE_LINE.match(text):
        return True  # (s13) `（某市人民政府办公室2022年6月8日印发）` closing a collection's copy
    if text[:1] in "（(" and PUBLIC_MARK.match(text) and all(_is_banji_at(lines, k) for k in range(n + 1, len(lines))):
        # (s25-org) the 附注 under the date (`（此件发至村）`, `（此件公开发布）`, GB/T 9704-2012 7.3.6) with only the 版记 or
        # nothing after it: it says how far the notice goes, no text of the notice (its `村` is no organ)
        return True
    prev = lines[n - 1].text if n else ""
    return (prev.startswith(BANJI_OPENS) and len(text) <= 60 and "：" not in text and ":" not in text
            and ORGAN_END.search(text.rstrip("。")) is not None and "。" not in text.rstrip("。"))


PRINTED_NOTE_LINE = re.compile(r"^[（(][^。\n（）()]{0,60}日[^。\n（）()]{0,60}印发\s*[)）]$")
# (s13) the printing date alone on its line (the organ on the line above)
BARE_PRINTED = re.compile(r"^(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇○零一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,2}\s*月"
                          r"\s*[一二三四五六七八九十]{1,3}\s*日)\s*印发?$")


def _find_banji(layout: Layout, lines: list[Line], lo: int) -> None:
    last = len(lines) - 1
    for n in range(last, lo, -1):
        t = lines[n].text
        # (what _is_banji_at needs of the line or its neighbours, read inline: most lines are tried no further, issue 16)
        if not (t.startswith(BANJI_OPENS) or t.endswith(BANJI_ENDS) or t[:1] in "主（(" or n == last
                or lines[n + 1].text[:1] in "12一二" or lines[n - 1].text.startswith(BANJI_OPENS)):
            continue
        if _is_banji_at(lines, n):
            layout.body_end = min(layout.body_end, lines[n].start)


def _find_attachments(layout: Layout, lines: list[Line], text_len: int) -> None:
    """Attachments are body (spec 1.1 section 1). The attachment list of the body (`附件：1.…`)
    names them and holds no task; each attachment after the signature starts at a heading line of
    its own (`附件1`, `附件`, `附录2`) and runs to the next one, the 版记 or the end."""
    signed_at = layout.date_line.start if layout.date_line is not None else None
    for i, ln in enumerate(lines):
        if not ln.text.startswith("附"):
            continue  # (ATTACHMENT, ATTACHMENT_HEADING and ATTACHMENT_TITLED open with 附)
        # the 附件说明 stands before the signature (GB/T 9704 7.3.3): `附件：1.…`, or `附件：` alone with
        # its numbered names on the lines below; attachments themselves come after it
        before_signature = signed_at is not None and ln.start < signed_at
        head_line = ATTACHMENT_HEADING.match(ln.text) or (signed_at is not None and ATTACHMENT_TITLED.match(ln.text))
        if (layout.body_start < ln.start < layout.body_end and (ATTACHMENT.match(ln.text) or ATTACHED_TABLES.match(ln.text))
                and len(ln.text) <= 60
                and "。" not in ln.text and (not head_line or before_signature)):
            end = ln.end
            for nxt in lines[i + 1:]:  # the list goes on: `2．…名单`
                if nxt.start >= layout.body_end or not NUMBERING_START.match(nxt.text) or _is_paragraph(nxt) \
                        or len(nxt.text) > 60:
                    break
                end = nxt.end
            layout.attachment_list = (ln.start, end)
            break
    heads = [ln for ln in lines if ln.text.startswith("附") and ln.start >= layout.body_start
             and not (signed_at is not None and ln.start < signed_at)
             and (ATTACHMENT_HEADING.match(ln.text)
                  # `附件1：重点任务清单` after the signature: the attachment's label and title on one line
                  or (signed_at is not None and ATTACHMENT_TITLED.match(ln.text) and "。" not in ln.text))]
    if not heads:
        return
    for ln in heads:
        label = re.sub(r"\s+", "", (ATTACHMENT_HEADING.match(ln.text) or ATTACHMENT_TITLED.match(ln.text)).group("label"))
        label = "附件" if label == "附" else label
        layout.attachment_starts.append((ln.start, label))
    if heads[-1].start >= layout.body_end:
        banji = [ln.start for ln in lines if ln.start > heads[-1].start and stdlib_twin(BANJI).match(ln.text)]
        layout.body_end = banji[0] if banji else text_len
    # An attachment whose title names a table holds table rows, not tasks.
    bounds = [h.start for h in heads] + [layout.body_end]
    for k, head in enumerate(heads):
        inside = [ln for ln in lines if head.end < ln.start < bounds[k + 1]]
        titled = ATTACHMENT_TITLED.match(head.text) if not ATTACHMENT_HEADING.match(head.text) else None
        if titled:  # the title is on the heading line
            inside = [Line(titled.group("title"), head.start + titled.start("title"), head.end)] + inside
        title = inside[0] if inside else None
        # a table's header row right under the title, copied one cell per line (`序号` / `改革举措` / …)
        header = any(TABLE_HEADER_CELL.match(ln.text) for ln in inside[1:4]) \
            or any(column_header_run(inside, j) for j in range(1, 4))
        if title is not None and (TABLE_TITLE.search(title.text) or header):
            layout.table_spans.append((title.start, bounds[k + 1]))
