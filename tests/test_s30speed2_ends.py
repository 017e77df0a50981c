"""(s30-speed2) Searches of the targets stage that now read less: end-anchored tests tried from the end
(`scan.ends_matched`, `scan.tail_search`) and the quota-table captions found once for both table readers.
Each gives what the plain search gave, on snippets written like notices of other provinces and on every
prefix of them (a clause before a number ends anywhere)."""
from __future__ import annotations

from pipeline import rx as re
from pipeline.extract import targets as T
from pipeline.scan import _BACKWARDS, ends_matched, finditer_opened, tail_search

# Sichuan, Yunnan, Inner Mongolia, Fujian, Hebei, Xinjiang: payers and their shares, lists of bans, rate names
SNIPPETS = [
    "农业保险保费由中央、省、市县财政和农户共同承担，其中中央财政补贴35%、省级财政补贴25%、市县财政补贴10%、农户自缴30%。",
    "所需资金按照省、州（市）、县（市、区）三级按比例分担，其中省级财政承担50%（含中央补助资金），州（市）承担20%",
    "改造资金由自治区、盟市、旗县财政按比例负担，即自治区财政安排 （含中央资金） ",
    "企业职工基本养老保险费由企业和个人共同缴纳，其中单位缴纳16%，个人缴纳8%",
    "（三）网约车驾驶员不得有下列行为：\n",
    "经营场所不得设在下列区域；",
    "禁止选址在以下地区： ",
    "严禁出现如下情形。",
    "到2025年，全区森林覆盖率",
    "城镇化率 ",
    "规上工业企业研发投入占比",
    "农村低保家庭收入认定",
    "申报资格",
    "一、总体要求",
    "",
]


def _prefixes(s: str):
    return [s[:k] for k in range(len(s) + 1)]


def test_ends_matched_is_the_forward_search():
    for pattern in (T.SHARE_PAYER_BEFORE, T.PROHIBITED_LIST, T.BANNED_PLACES):
        assert _BACKWARDS[pattern] is not pattern  # (matched backwards: no construct tied to the direction)
        for s in SNIPPETS:
            for p in _prefixes(s):
                assert ends_matched(pattern, p) == (pattern.search(p) is not None), (pattern.pattern[:20], p)


def test_ends_matched_finds_the_payers_and_the_lists():
    assert ends_matched(T.SHARE_PAYER_BEFORE, "其中中央财政补贴")
    assert ends_matched(T.SHARE_PAYER_BEFORE, "即自治区财政安排 （含中央资金） ")
    assert not ends_matched(T.SHARE_PAYER_BEFORE, "其中中央财政补贴，用于")
    assert ends_matched(T.PROHIBITED_LIST, "网约车驾驶员不得有下列行为：\n")
    assert ends_matched(T.BANNED_PLACES, "禁止选址在以下地区： ")
    assert not ends_matched(T.BANNED_PLACES, "禁止选址在以下地区：一是")


def test_directed_patterns_are_searched_forwards():
    for source in (r"(?>ab|a)c$", r"a++b$", r"\Gab$", r"a{1,3}+b$", r"(a)b\1$", r"(?P<x>a)b(?P=x)$"):
        p = re.compile(source)
        assert _BACKWARDS[p] is p
        assert ends_matched(p, "xxab") == (p.search("xxab") is not None)


def test_tail_search_is_the_same_match():
    for pattern in (T.RATE_NAME, T.ELIGIBILITY_LIMIT):
        for s in SNIPPETS:
            for p in _prefixes(s):
                a, b = tail_search(pattern, p), pattern.search(p)
                assert (a and a.span()) == (b and b.span()), p


# Guangxi county style: a quota table under its caption, and a township's places caption
QUOTA = ("各乡镇2023年农村危房改造任务分解表\n单位：户\n乡镇 | 任务数\n城关镇 | 30\n石门乡 | 25\n"
         "各村（社区）人居环境整治任务分配如下：\n")


def test_captions_found_once_are_the_captions_of_both_readers():
    hi = len(QUOTA)
    opened = list(finditer_opened(T.ALLOCATION_CAPTION, QUOTA, 0, hi))
    assert [m.span() for m in opened] == [m.span() for m in T.ALLOCATION_CAPTION.finditer(QUOTA, 0, hi)]
    places = list(T.PLACES_CAPTION.finditer(QUOTA, 0, hi))
    caps = sorted(opened + places, key=lambda m: m.start())
    # (the first caption is read by both patterns: the places' from 各, the table's from 任务; in text order)
    assert [m.group(0) for m in caps] == ["各乡镇2023年农村危房改造任务分解表", "任务分解表", "各村（社区）人居环境整治任务分配如下："]


def test_explainer_heads_hold_a_prefilter_word():
    # one head per alternative of EXPLAINER_HEAD (web copies of Zhejiang, Shandong, Guizhou, Hubei notices)
    heads = ["《某市促进民营经济发展若干措施》政策解读", "相关解读：", "附：关于《某县农村供水保障规划》的编制说明",
             "【图解】某省稳增长措施", "图解：某市惠企政策", "一图读懂《某区就业补贴办法》",
             "市人力资源社会保障局负责同志就《某市就业促进办法》答记者问"]
    assert T.EXPLAINER_WORDS == ("解读", "说明", "图解", "一图", "答记者问")  # (read from the pattern as it stands)
    for head in heads:
        text = "一、总体要求\n到2025年，新建公厕50座。\n" + head + "\n内容"
        m = T.EXPLAINER_HEAD.search(text)
        assert m is not None and m.start() == text.index(head), head
        assert any(w in m.group(0) for w in T.EXPLAINER_WORDS), head
        assert T._explainer_start(text, 0, len(text)) == text.index(head)
    # a body with 图 only (蓝图, 地图) has no explainer either way
    body = "绘就发展蓝图，编制全市地图。到2025年，新建公厕50座。"
    assert T._explainer_start(body, 0, len(body)) == len(body)
