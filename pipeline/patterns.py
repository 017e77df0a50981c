"""Regular expressions shared by cleaning and the extractors, as named constants.

Numbering follows GB/T 9704 practice: 一、 / （一） / 1. / （1） / ①, and 第一章 / 第一条 for rules.
"""
from __future__ import annotations

from . import rx as re
from .page_labels import reading_words

CN_DIGITS = "〇零一二两三四五六七八九十百千"
CN_NUM = rf"[{CN_DIGITS}]{{1,5}}"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

# What follows an item number: 、 or a full stop in any of the widths fonts and converters
# produce (. ． ﹒ ｡); a half-width or small stop followed by a digit is a decimal point. A
# private-use glyph right after a line's item number is its stop drawn by a font's private code
# (legal-database copies print `1\ue010突破…`).
PRIVATE_USE = "\ue000-\uf8ff"
ITEM_STOP = "．﹒｡" + PRIVATE_USE

# Each numbering style, anchored at the start of a line. Group "tok" is the number itself.
CHAPTER = re.compile(rf"^第(?P<tok>{CN_NUM}|\d{{1,3}})章")
SECTION = re.compile(rf"^第(?P<tok>{CN_NUM}|\d{{1,3}})节")
ARTICLE = re.compile(rf"^第(?P<tok>{CN_NUM}|\d{{1,3}})条")
CN_ITEM = re.compile(rf"^(?P<tok>{CN_NUM})\s*(?:、|[{ITEM_STOP}.](?!\d))")  # `一、2004年，…`: 、 is no decimal point
# (also `一）` / `三)`: the opening bracket lost, in web copies and OCR text, or a county's own style)
CN_PAREN = re.compile(rf"^(?:[（(]\s*)?(?P<tok>{CN_NUM})\s*[）)](?![)）])\s*[、，．.]?")
# `1.5万人次` and `2025年` are not items: a dot followed by a digit is a decimal point.
ARABIC_ITEM = re.compile(rf"^(?P<tok>\d{{1,3}})\s*(?:[、．｡{PRIVATE_USE}]|[.﹒](?!\d))")
ARABIC_PAREN = re.compile(r"^[（(]\s*(?P<tok>\d{1,3})\s*[）)]\s*[、．.]?")
CIRCLED_ITEM = re.compile(rf"^(?P<tok>[{CIRCLED}])")
# `1）` / `1)`: a number closed by a bracket only (county and township notices, web copies); token `1`
# like `1.` (the separator is never part of the token), a style of its own for the levels.
ARABIC_RPAREN = re.compile(r"^(?P<tok>\d{1,2})\s*[)）](?![)）\d])")
# `11.121人才梯队项目`: an item number glued to a heading that starts with a digit looks like a
# decimal (spec 1.1 section 4). It is an item only where the list expects exactly that number next.
GLUED_ITEM = re.compile(r"^(?P<tok>\d{1,3})[.．﹒](?=\d)")
# `1突破大模型关键核心技术。`: an item number whose stop was lost (a font's private glyph a PDF text
# layer or a copy dropped). Not before a unit or a date word (`3家企业`, `2025年`), and an item only
# in a run: 1 when a 2 of the same shape follows, a later number right after its predecessor.
STOPLESS_ITEM = re.compile(r"^(?P<tok>[1-9]\d?)(?=\p{Han})(?![年月日号个家项人万亿元千百十次名所座栋条批届期类种件台套户亩吨米岁天周时分秒倍余多级星成])")

# Decimal numbering of 预案 and technical rules (spec 1.1 section 4: `2/2.1/2.1.3`): `2.1 指挥机构`,
# `2.1.3预警发布`; not a quantity (`1.5万人次`, `2.5亿元`).
DECIMAL_ITEM = re.compile(r"^(?P<tok>\d{1,2}(?:[.．]\d{1,2}){1,3})[.．]?[ \t\u3000]*(?=\p{Han})"
                          r"(?![万亿千百元年月日个倍亩吨人次家项名座所条批期类种件台套户米岁天周时分秒])")
# The top level of such a rule: `1 总则`, a number, a space and a short heading line.
BARE_TOP_ITEM = re.compile(r"^(?P<tok>[1-9]\d?)[ \t\u3000]+(?=\p{Han}[^。；，,：:]{0,30}$)"
                           r"(?![万亿千百元年月日个倍亩吨人次家项名座所条批期类种件台套户米岁天周时分秒])")

# Enclosed numbers of word processors' automatic lists (1990s-2000s notices): ㈠…㈩ are （一）…（十）,
# ⑴…⒇ are （1）…（20）, ⒈…⒛ are 1.…20. (one character each; read by tasks.match_numbering).
ENCLOSED_CN_PAREN = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"
ENCLOSED_PAREN = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
ENCLOSED_STOP = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"
ENCLOSED_ITEM = re.compile(rf"^(?P<tok>[{ENCLOSED_CN_PAREN}{ENCLOSED_PAREN}{ENCLOSED_STOP}])")

NUMBERING_START = re.compile(
    rf"^(?:第(?:{CN_NUM}|\d{{1,3}})[章节条]|{CN_NUM}\s*[、{ITEM_STOP}.]|[（(]\s*(?:{CN_NUM}|\d{{1,3}})\s*[）)]"
    rf"|\d{{1,3}}\s*(?:[、．｡{PRIVATE_USE}]|[.﹒](?!\d))|\d{{1,2}}\s*[)）](?![)）\d])|{CN_NUM}[)）](?![)）])|[{CIRCLED}{ENCLOSED_CN_PAREN}{ENCLOSED_PAREN}{ENCLOSED_STOP}])"
)

# 发文字号: 机关代字 + 〔年份〕 + 序号 + 号, in all bracket styles.
DOC_NUMBER = re.compile(
    r"(?P<num>[\p{Han}A-Za-z]{1,14}[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*第?\s*\d{1,5}\s*号)"
)

# The document's own 发文字号 as other eras and copies print it (its line under the masthead, after
# the title, a record's 文号 field): besides DOC_NUMBER's forms, a two-digit year (`国发〔96〕12号`,
# `粤府办[98]45号`), the small or lenticular brackets of web pages (`﹝2016﹞`, `〖2016〗`), spaces
# around the bracket or the number (`湘政发 〔2009〕 15 号`), a code spaced out character by character
# (a PDF's `川 办 发〔2013〕35号`), the year before the code of the 1980s (`(85)财工字第141号`), and a line that is only a
# number whose 号 was left out (`浙政办发〔2014〕36`), and a year written in Chinese numerals as the date line of the same
# notice writes it (`陇政发〔二〇〇四〕56号`; GB/T 9704 prints Arabic numerals, older and typed copies do not always).
# Only for the document's own number: citations in the body keep DOC_NUMBER.
_OPEN_BRACKET = r"〔\[［【(（﹝〖"
_CLOSE_BRACKET = r"〕\]］】)）﹞〗"
# (its zero typed as the letter O or a digit in some copies: `〔二ＯＯ四〕`, `〔二00四〕`)
_CN_YEAR = r"(?:一九|二[〇○零OＯ0０])[〇○零OＯ0０一二三四五六七八九]{2}"
# The year inside a document's own 文号 (its head, its 题注): Arabic, or in Chinese numerals
OWN_DOC_YEAR = r"(?:(?:19|20)\d{2}|" + _CN_YEAR + r")"
OWN_DOC_NUMBER = re.compile(
    r"(?P<num>(?:[\p{Han}A-Za-z]{1,14}|[\p{Han}](?:[ \u3000][\p{Han}]){1,7})[ \t\u3000]*"
    rf"[{_OPEN_BRACKET}][ \t\u3000]*(?:(?:19|20)\d{{2}}|\d{{2}}|{_CN_YEAR})[ \t\u3000]*[{_CLOSE_BRACKET}][ \t\u3000]*第?[ \t\u3000]*\d{{1,5}}[ \t\u3000]*号"
    r"|[（(〔\[][ \t\u3000]*(?:19)?\d{2}[ \t\u3000]*[）)〕\]][ \t\u3000]*[\p{Han}]{1,12}字[ \t\u3000]*第?[ \t\u3000]*\d{1,5}[ \t\u3000]*号"
    # 号 left out, the number alone on its line (`浙政办发〔2014〕36`)
    rf"|^[\p{{Han}}A-Za-z]{{1,14}}[{_OPEN_BRACKET}](?:19|20)\d{{2}}[{_CLOSE_BRACKET}]\d{{1,5}}(?=[ \t\u3000]*$)"
    # an order's number alone on its line under the title (`国令第588号`, `财政部令第 87 号`)
    r"|^[\p{Han}]{1,20}令[ \t\u3000]*第[ \t\u3000]*\d{1,5}[ \t\u3000]*号(?=[ \t\u3000]*$))"
)


def own_doc_number(text: str):
    """The first 文号 of `text` in any of OWN_DOC_NUMBER's forms (DOC_NUMBER's among them), else
    DOC_NUMBER's match across a line break (a match or None)."""
    return (OWN_DOC_NUMBER.search(text) if "号" in text or text[-1:].isdigit() else None) or DOC_NUMBER.search(text)


# The verbs by which a notice transmits a document, written once (titles `关于印发/转发/批转/颁发…的通知`;
# 下发 and 发布 in titles and in the notice's sentences). layout.py and extract/metadata.py build their
# patterns from these; the Traditional forms serve a title read before the Simplified view.
TRANSMIT_VERBS = ("印发", "转发", "批转", "颁发")
TRANSMIT_VERBS_WIDE = TRANSMIT_VERBS + ("下发", "发布")
_TRADITIONAL_VERB = str.maketrans("发转颁", "發轉頒")
TRANSMIT_VERBS_TRADITIONAL = tuple(v.translate(_TRADITIONAL_VERB) for v in TRANSMIT_VERBS_WIDE)


def alternation(words) -> str:
    """`(?:a|b|c)` of fixed words (no regex characters in them)."""
    return "(?:" + "|".join(words) + ")"


TRANSMIT_VERB = alternation(TRANSMIT_VERBS)  # 印发|转发|批转|颁发
# The verbs a notice title's 事由 may open with after its issuers (发布 a rule, besides the four).
TITLE_VERBS = TRANSMIT_VERBS + ("发布",)
TRANSMIT_VERB_SEARCH = re.compile(TRANSMIT_VERB)
# The name a transmitting notice's title gives its document: `印发X的通知` → X.
TRANSMITTED_IN_TITLE = re.compile(TRANSMIT_VERB + r"(.+?)的通知$")


# A line that is only a date (a signature's date line): 2023年6月8日, 二〇二三年六月八日.
# (s28-meta) also a year whose zero is typed as a letter or a digit (`二O一五年三月十日`, `二00九年`), which the reading
# view reads as 〇 (nlp/simplify): the line stays a line of its own in the cleaned text, as with a 〇
DATE_ONLY_LINE = re.compile(
    r"^[（(]?\s*(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4}|(?=[OoＯｏ0０]{0,3}[一二三四五六七八九])[〇○零一二三四五六七八九OoＯｏ0０]{4})"
    r"\s*年\s*[\d〇○零一二三四五六七八九十]{1,3}\s*月"
    r"\s*[\d〇○零一二三四五六七八九十]{1,3}\s*日\s*[）)]?$"
)

YEAR_IN_DOC_NUMBER = re.compile(r"[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*第?\s*\d{1,5}\s*号")
# (s33-layout) …and an order's or announcement's number that carries its year unbracketed (`交通运输部令2016年第62号`,
# `国家税务总局公告2018年第28号`, `某部令（2019年第3号）`): the year numbers the series, as a 文号's 〔年份〕 does
YEAR_IN_ORDER_NUMBER = re.compile(r"(?<=\p{Han})(?:令|公告|通告)\s*[（(]?\s*(?:19|20)\d{2}\s*年\s*第\s*\d{1,5}\s*号")

# Scanning for DOC_NUMBER from its bracket (pipeline.scan.finditer_run_then): its run of agency
# letters is its first 22 characters; when DOC_NUMBER is written otherwise, the plain scan is used.
_DOC_NUMBER_RUN = r"(?P<num>[\p{Han}A-Za-z]{1,14}"
_DOC_NUMBER_TAIL = (re.compile(DOC_NUMBER.pattern[len(_DOC_NUMBER_RUN):-1])
                    if DOC_NUMBER.pattern.startswith(_DOC_NUMBER_RUN) and DOC_NUMBER.pattern.endswith("号)") else None)
_AGENCY_LETTER = re.compile(r"[\p{Han}A-Za-z]")


def doc_numbers(text: str):
    """`DOC_NUMBER.finditer(text)`, the same matches, found from their brackets (fast on long texts).
    Extractors ask `Context.doc_numbers`, which finds the document's once."""
    if _DOC_NUMBER_TAIL is None:
        return DOC_NUMBER.finditer(text)
    from .scan import finditer_run_then

    return finditer_run_then(DOC_NUMBER, _DOC_NUMBER_TAIL, _AGENCY_LETTER, 14, text)

# First year of each five-year plan period (“十四五” = 2021–2025).
FIVE_YEAR_PLAN_START = {"十一五": 2006, "十二五": 2011, "十三五": 2016, "十四五": 2021, "十五五": 2026, "十六五": 2031}

# Web pages copied to text (and read from HTML, ingest/html.py): short lines of page chrome
# (当前位置, 分享到, 打印本页, 关闭窗口, 字号 大 中 小, 浏览次数 …) and the publishing line under a
# headline (发布时间 / 发表时间 / 来源 / 文章来源 / 作者 …, or a bare date).
# (s27-swap) The label before a breadcrumb, in every way portals word it: 当前位置, 您的位置, 您现在的位置, 您当前所在位置,
# 您所在的位置 (you / now or current / where you are / 的 / 位置).
LOCATION_LABEL = r"(?:您?(?:当前|现在)?所在的?|您?(?:当前|现在)的?|您的)位置"
CHROME_LINE_PATTERN = (
    r"^(?:" + LOCATION_LABEL + r"|当前栏目)\s*[：:]"
    r"|分享到|分享至|打印本页|打印此页|【\s*打印\s*】|关闭窗口|关闭本页|【\s*关闭\s*】|收藏本页|设为首页|加入收藏"
    r"|字号\s*[：:]|字体\s*[：:]|【\s*[大中小]\s*】|[【\[]\s*大\s*中\s*小\s*[】\]]|(?:浏览|阅读|访问|点击)(?:次数|数|量)\s*[：:]"
    # (s9) the site's name on a line of its own (`某省人民政府门户网站`, `中国政府网`)
    r"|^[\u4e00-\u9fff]{2,30}(?:门户网站|政府网|政务网|政务服务网|网站)$"
    r"|扫一扫|^上一篇|^下一篇|返回顶部|网站地图|版权所有|ICP\s*备|网站标识码|公网安备|技术支持\s*[：:]|^联系我们|(?:我要|内容|信息|页面)纠错|^[【\[]?\s*纠错\s*[】\]]?$"
    # (s23-meta2) the page's reading settings: eye-care colours, and the accessible and elderly-friendly modes that
    # government sites carry since the 2020 适老化 and 无障碍 renovation (a line of them alone)
    r"|视力保护色|护眼模式|^(?:(?:无障碍(?:浏览|阅读|模式)?|长者模式|关怀模式|关怀版|适老版|读屏专用|背景色)[\s|｜/：:]*)+$"
    r"|^[（(【\[]?\s*(?:责任编辑|责编|校对|审校|核稿)\s*[：:]"
    r"|^(?:相关链接|相关文件|相关阅读|相关新闻|相关稿件|相关政策|" + "|".join(reading_words("chrome")) + r"|打印|关闭|分享|收藏|返回|"
    r"\[?\s*[大中小]\s*\]?|[|｜/\s]+)$"
)
PUBLISH_LINE_PATTERN = (
    r"^[【\[]?\s*(?:发布时间|发布日期|发表时间|发表日期|发稿时间|更新时间|录入时间|日期|时间|来源|信息来源|文章来源|稿件来源|"
    r"作者|发布者|发布人|编辑|责任编辑|撰稿|审核)\s*[：:]"
    r"|^(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:来源\s*[：:].*)?$"
)
WEB_FURNITURE = re.compile(CHROME_LINE_PATTERN + "|" + PUBLISH_LINE_PATTERN)


_INLINE_FLAGS = re.compile(r"(?<!\\)\(\?[aiLmsuxVbefpr0-9-]+[:)]")  # (?i) (?s:…) …, not (?: alone


class LineSearch:
    """`pattern.search(line) is not None` for a pattern whose top-level alternatives are many, some
    anchored at the line's start (`^…`): those are tried once, at offset 0 (`match`), the others
    searched for only when the line holds a character one of their matches opens with (read from
    their syntax, `scan.openings`), both by the standard library's engine where it reads them alike
    (`scan.stdlib_twin`). The same answer: a search matches where one alternative matches, and an
    alternative opening with `^` (no MULTILINE) matches only at 0. ~3x faster on web furniture,
    which is asked of every short line of cleaning and layout. A pattern with flags, or whose
    parts do not compile, is searched as it is."""

    def __init__(self, pattern):
        self.pattern = pattern
        self._start = self._anywhere = self._firsts = None
        self._plain = True
        if pattern.flags & ~(re.UNICODE | re.VERSION0) or _INLINE_FLAGS.search(pattern.pattern):
            return  # (an inline flag may reach past its alternative: searched as it is)
        from .scan import openings, stdlib_twin, top_alternatives

        alts = top_alternatives(pattern.pattern)
        at_start = [a[1:] for a in alts if a.startswith("^")]
        anywhere = [a for a in alts if not a.startswith("^")]
        try:
            start = re.compile("(?:" + "|".join(at_start) + ")") if at_start else None
            rest = re.compile("(?:" + "|".join(anywhere) + ")") if anywhere else None
        except re.error:
            return
        self._start = stdlib_twin(start) if start is not None else None
        self._anywhere = stdlib_twin(rest) if rest is not None else None
        self._firsts = openings(rest, 1) if rest is not None else None
        self._plain = False

    def found(self, line: str) -> bool:
        if self._plain:
            return self.pattern.search(line) is not None
        if self._start is not None and self._start.match(line) is not None:
            return True
        if self._anywhere is None or (self._firsts is not None and self._firsts.isdisjoint(line)):
            return False
        return self._anywhere.search(line) is not None


_WEB_FURNITURE_SEARCH: list = []


def is_web_furniture(line: str) -> bool:
    """A line of a web page's chrome or publishing line (not a sentence of the notice)."""
    if len(line) > 150 or "。" in line:
        return False
    if not _WEB_FURNITURE_SEARCH or _WEB_FURNITURE_SEARCH[0].pattern is not WEB_FURNITURE:
        _WEB_FURNITURE_SEARCH[:] = [LineSearch(WEB_FURNITURE)]  # (built at first use: scan imports patterns' users)
    return _WEB_FURNITURE_SEARCH[0].found(line)


# (s25-org2, guide D65) A party committee printed with its level twice (`中共眉县县委`, `中共沛县县委宣传部`, as counties with a
# one-character stem write it) is named by spec §5's pattern `中共<place>委…`, as an issuer and as a department.
COMMITTEE_LEVEL_TWICE = re.compile(r"中共(?P<place>\p{Han}{1,6}?(?P<mk>县|市|区|旗))(?P=mk)委"
                                   r"(?P<dept>办公室|组织部|宣传部|统战部|统一战线工作部|政法委员会|机构编制委员会办公室|"
                                   r"农村工作领导小组办公室|全面深化改革委员会办公室)?(?![员会常书副])")


def committee_named_once(m) -> str:
    """The name of a COMMITTEE_LEVEL_TWICE match: its office or department as `中共<place>委…`, the committee itself
    `中共<place>委员会`."""
    return f"中共{m.group('place')}委{m.group('dept') or '员会'}"


# (s33-layout) A copy that prints only part of a document says so after its title (`某某条例（节选）`, `…办法（节录）`,
# `…（摘录）`): the mark is the copy's, not the document's name, and its articles and items skip the ones it leaves out.
EXCERPT_MARK = re.compile(r"\s*[（(]\s*(?:节\s*选|节\s*录|摘\s*录|摘\s*编)\s*[）)]$")


# The last characters of a task-division table's organ cell, where a row written on one line ends before its deadline
# cell (`…省商务厅 2020年底前`): the heads of organs' names and a closing bracket. Shared by the PDF line joiner
# (ingest/lines.py, a row that is whole) and the cleaner's wrapped-row reader (clean.py), which must agree on it.
# (s37-tables) A cell may end in a collective (`…等市直有关单位`, `…联席会议成员单位`, `市直有关执法部门`): 单位 and 部门
# end a list of organs as a name's head does.
ROW_ORGAN_END = r"(?:局|委|办|部|厅|院|会|中心|政府|室|处|所|站|队|公司|社|馆|关|行|联|团|单位|部门|）|\))"

