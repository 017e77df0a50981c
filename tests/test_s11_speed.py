"""s11-speed: faster paths that must give exactly what the plain ones give."""
from __future__ import annotations

import random

import regex

from pipeline import patterns
from pipeline.patterns import WEB_FURNITURE, LineSearch, is_web_furniture
from pipeline.scan import top_alternatives


def _plain_furniture(line: str) -> bool:
    return len(line) <= 150 and "。" not in line and WEB_FURNITURE.search(line) is not None


# Lines of web copies as other sites print them (a county portal, a provincial department's page, an
# archive of the 2000s), and lines of notices that are not furniture.
LINES = [
    "您现在的位置：首页 > 政务公开 > 政策文件",
    "当前位置: 首页>>信息公开",
    "【打印本页】【关闭窗口】",
    "分享到：微信 微博",
    "字号：大 中 小",
    "【 大 中 小 】",
    "[大 中 小]",
    "浏览次数：1024",
    "阅读量: 37",
    "某某县人民政府门户网站",
    "中国政府网",
    "上一篇：关于做好春耕工作的通知",
    "下一篇",
    "返回顶部",
    "版权所有：某某市人民政府办公室  ICP备05012345号",
    "ICP 备 12345678号-1",
    "技术支持：某某信息技术有限公司",
    "联系我们",
    "（责任编辑：王某）",
    "责编: 李某",
    "相关链接",
    "打印",
    "  |  ",
    "发布时间：2015-06-18 09:30",
    "【来源：县农业农村局】",
    "2009-11-02 来源：市政府办公室",
    "2009/11/2",
    "2012.3.5 10:15:02",
    # not furniture
    "一、总体要求",
    "各乡（镇）人民政府，县直各单位：",
    "县人民政府办公室关于印发某某县防汛抗旱应急预案的通知",
    "本网站所载文件以正式印发的文本为准",
    "分享经验，推广做法",
    "（三）加强组织领导。各地要把这项工作摆上重要议事日程。",
    "二〇一八年三月十二日",
    "当前，我省正处于转型升级的关键时期",
    "网站建设要按照集约化要求推进",
    "返回原籍地参加考试的考生",
    "相关链接：",
    "",
    "大",
    "𠀀分享到",  # a character beyond the Basic Multilingual Plane
    "来源\x1c：某某",
]


def test_web_furniture_same_as_the_plain_search():
    for line in LINES:
        assert is_web_furniture(line) == _plain_furniture(line), line


def test_web_furniture_exact_items():
    assert is_web_furniture("分享到：微信 微博")
    assert is_web_furniture("发布时间：2015-06-18 09:30")
    assert is_web_furniture("2009/11/2")
    assert not is_web_furniture("一、总体要求")
    assert not is_web_furniture("当前，我省正处于转型升级的关键时期")
    assert not is_web_furniture("分享到" + "某" * 150)  # longer than a line of chrome
    assert not is_web_furniture("分享到。")


def test_web_furniture_random_lines_same_as_plain():
    rng = random.Random(11)
    alphabet = list("分享到打印本页关闭窗口字号体：:【】[]大中小浏览次数阅读量网站政府门户上下一篇发布时间来源编辑责 |/0123456789-.年月日ICP备的工作要")
    for _ in range(3000):
        line = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        assert is_web_furniture(line) == _plain_furniture(line), line
    # pieces of the pattern's own alternatives, glued at random
    pieces = [a.replace("^", "").replace("\\s*", " ").replace("\\", "") for a in top_alternatives(WEB_FURNITURE.pattern)]
    for _ in range(2000):
        line = "".join(rng.choice(pieces)[: rng.randint(1, 8)] for _ in range(rng.randint(1, 3)))
        assert is_web_furniture(line) == _plain_furniture(line), line


def test_top_alternatives_split():
    assert top_alternatives(r"^a|b(?:c|d)|[|x]|\||e") == ["^a", "b(?:c|d)", "[|x]", r"\|", "e"]
    assert top_alternatives(r"[]|]x|y") == ["[]|]x", "y"]
    assert top_alternatives("abc") == ["abc"]


def test_line_search_other_patterns_same_as_search():
    cases = [
        regex.compile(r"^(?:第[一二三]条)|附件\s*\d|^\d{4}年$"),
        regex.compile(r"(?:通知|意见)$|^关于"),
        regex.compile(r"^abc|x^y"),  # a ^ inside an alternative: searched like the rest
        regex.compile(r"\p{Han}{3}局$|^省"),
    ]
    lines = ["第一条 总则", "附件 2", "附件2", "2023年", "关于印发的通知", "实施意见", "省人民政府",
             "县交通局", "某某局", "abc", "xabc", "x^y", "", "附件", "第一条"]
    for pattern in cases:
        ls = LineSearch(pattern)
        for line in lines:
            assert ls.found(line) == (pattern.search(line) is not None), (pattern.pattern, line)


def test_line_search_flags_fall_back():
    pattern = regex.compile(r"^abc|def", regex.IGNORECASE)
    ls = LineSearch(pattern)
    assert ls.found("ABC") and ls.found("xDEF") and not ls.found("xabc")


def test_web_furniture_follows_a_changed_pattern(monkeypatch):
    monkeypatch.setattr(patterns, "WEB_FURNITURE", regex.compile(r"^只此一行$"))
    assert is_web_furniture("只此一行")
    assert not is_web_furniture("分享到")


def test_multi_starts_same_as_one_scan_per_set():
    from pipeline.scan import MultiStarts, word_automaton, word_starts

    sets = [("有关部门", "相关部门", "部门"), ("局",), ("人民政府", "政府"), ("不在文中",), ("部", "部门", "门")]
    ms = MultiStarts(sets)
    text = "各有关部门、县交通运输局和乡镇人民政府：请市政府部门于月底前报送。局部门"
    for a, b in [(0, len(text)), (3, 20), (5, 5), (10, 4), (0, 1)]:
        got = ms.starts(text, a, b)
        for words, offsets in zip(sets, got):
            want = [k - a for k in word_starts(word_automaton(words), text, a, b)] if b > a else []
            assert offsets == want, (words, a, b)
    assert ms.starts(text, 0, 0) == [[], [], [], [], []]
    assert MultiStarts([(), ()]).starts(text) == [[], []]
    assert ms.starts("没有的字") == [[], [], [], [], []]


def test_rx_plain_calls_same_as_regex():
    from pipeline import rx

    class S(str):
        pass

    cases = [("部门", "各有关部门和单位"), (r"(\d+)年", "2025年和2030年"), (r"\p{Han}+局", "县交通局、市财政局"), ("x", "")]
    for pat, s in cases:
        for p in (pat, S(pat)):
            assert rx.search(p, s) == regex.search(pat, s) or rx.search(p, s).span() == regex.search(pat, s).span()
            assert [m.span() for m in rx.finditer(p, s)] == [m.span() for m in regex.finditer(pat, s)]
            assert rx.findall(p, s) == regex.findall(pat, s)
            assert rx.sub(p, "#", s) == regex.sub(pat, "#", s)
            assert rx.sub(p, "#", s, 1) == regex.sub(pat, "#", s, 1)
            assert (rx.match(p, s) is None) == (regex.match(pat, s) is None)
            assert (rx.fullmatch(p, s) is None) == (regex.fullmatch(pat, s) is None)
    assert rx.search("abc", "xABC", regex.I).span() == (1, 4)
    assert rx.search("abc", "xABC") is None
    assert rx.search(b"ab", b"xab").span() == (1, 3)
    assert rx.sub("a", lambda m: "b", "aa") == "bb"
    assert rx.search("b", "abcb", pos=2).span() == (3, 4)
    # the same compiled pattern as the LRU cache's
    assert rx._PLAIN.get("部门") is rx._compiled("部门", 0)


def test_context_task_lookups_follow_a_replaced_or_grown_list():
    from bisect import bisect_right

    from pipeline.clean import CleanDoc
    from pipeline.extract.context import Context
    from pipeline.layout import find_layout
    from pipeline.record import Task

    def task(path, start):
        return Task(quote="x", span=(start, start + 1), path=path, heading="x", level=path.count("/") + 1)

    text = "一、工作目标\n（一）到2027年，全市建成示范村30个。\n二、保障措施\n（一）强化组织领导。\n三、附则\n本方案自印发之日起施行。"
    ctx = Context(doc=CleanDoc(doc_id="t", text=text, page_map=[(1, 0, len(text))], format="txt"), layout=find_layout(text))
    starts = [text.index(w) for w in ("一、", "（一）到", "二、", "（一）强", "三、")]
    paths = ["一", "一/(一)", "二", "二/(一)", "三"]
    assert ctx.task_at(5) is None and ctx.task_span("一") is None and ctx.task_by_path() == {}
    ctx.tasks = [task(p, s) for p, s in zip(paths[:3], starts[:3])]  # replaced
    assert ctx.task_span("一") == (starts[0], starts[2])
    assert ctx.task_span("二") == (starts[2], ctx.layout.body_end)
    ctx.tasks.append(task(paths[3], starts[3]))  # grown in place
    ctx.tasks.append(task(paths[4], starts[4]))
    assert ctx.task_span("二") == (starts[2], starts[4])
    assert set(ctx.task_by_path()) == set(paths)
    for off in range(len(text)):
        i = bisect_right(starts, off) - 1
        assert ctx.task_at(off) == (paths[i] if i >= 0 else None)


def test_line_search_inline_flags_fall_back():
    for source, lines in [(r"^abc|(?i)def", ["DEF", "xDeF", "abc", "ABC"]), (r"(?i:^abc)|def", ["ABC", "xdef", "xABC"])]:
        pattern = regex.compile(source)
        ls = LineSearch(pattern)
        assert ls._plain
        for line in lines:
            assert ls.found(line) == (pattern.search(line) is not None), (source, line)


def test_shared_head_search_is_the_pattern_searched_only_in_runs_that_hold_a_head():
    # organs._search_shared_head skips the runs of Han text without 部门 that SHARED_HEAD backtracks over; every
    # start and end inside these county, statute and prose lines gives the pattern's own leftmost match
    from pipeline.nlp.organs import SHARED_HEAD, _search_shared_head

    text = ("各乡镇人民政府要高度重视，切实加强组织领导。自治县公安、交通主管部门依法查处违法行为；"
            "县水务和环保主管部门负责监督。国务院林业、水利行政主管部门，同级财政、审计行政部门（审计局）"
            "教育、人力资源社会保障行政部门和部门、部门等有关部门\n市、县、自治县林业、水务主管部门按职责分工负责。")
    for pos in range(len(text)):
        for end in range(pos, len(text) + 1, 3):
            want = SHARED_HEAD.search(text, pos, end)
            got = _search_shared_head(text, pos, end)
            assert (got and (got.span(), got.groupdict())) == (want and (want.span(), want.groupdict()))
