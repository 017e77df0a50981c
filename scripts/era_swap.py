"""ERA swap (session 17, s17-era; issues 11 and 12): rewrite labelled notices of 2016 and later as if
issued 10, 15 or 20 years earlier, consistently in the text and in the gold.

A multiple of 5 keeps five-year-plan and party-congress numbering aligned (十四五 → 十一五 and 十九大 → 十六大 for
−15). Organs renamed by the reforms of 2008, 2013 and 2018 take the names of their time; older typography
(二〇〇五年三月八日 in the signature, 文号 brackets [2005] or （2005）) is used where real older notices use it.
Method, sources and decisions: docs/decisions/era-swap-s17.md.

    python3 scripts/era_swap.py --out /tmp/s17-era/E --seeds 1 2 --half fix --run
    python3 scripts/era_swap.py --out /tmp/s17-era/H --seeds 3 4 --half held --run   # BASE and final only
"""
from __future__ import annotations

import argparse
import calendar
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from place_swap import (ROOT, wanted, notices as open_notices, FIELDS, KEYS, map_strings, run_and_score, figures)  # noqa: E402
from swapkit import write_set as _write_set  # noqa: E402

FIX_BATCHES = ("b2", "b3", "b4", "b5")
HELD_BATCHES = ("b7", "b8", "b9", "b10")      # never b1, b6 (blind)
SHIFTS = (10, 15, 20)

# ---------------------------------------------------------------- years
CN_DIGIT = "〇一二三四五六七八九"
CN_VALUE = {c: i for i, c in enumerate(CN_DIGIT)} | {"○": 0, "零": 0, "O": 0}
# an Arabic year: 1950-2099, not inside a longer number, followed by a year context (年, a 文号 bracket, a range
# dash, a date separator with a month after it). Far targets (到2050年, 2060年前) move too: the gold's start/end
# of every year entry move by −k, so a year the text keeps would be lost (s17-era2: 到2050年 lost under seeds 3 4)
YEAR = re.compile(r"(?<![0-9０-９.．])((?:19[5-9]|20\d)\d)(?![0-9０-９])"
                  r"(?=\s*(?:学?年|〕|\]|］|﹞|）|\)|[—–－~～至到、\-/／]\s*(?:19|20)\d\d(?![0-9])"
                  r"|[-/／]\d{1,2}(?:[-/／]\d{1,2})?(?![0-9])|[.．]\d{1,2}[.．]\d{1,2}(?![0-9])|$))")
FW = str.maketrans("０１２３４５６７８９", "0123456789")
FW_BACK = str.maketrans("0123456789", "０１２３４５６７８９")
FW_YEAR = re.compile(r"(?<![0-9０-９])((?:１９[５-９]|２０[０-９])[０-９])(?![0-9０-９])(?=\s*(?:学?年|〕|[—–－\-/／]\s*[１２][０-９]{3}))")
# (a Chinese-numeral year before 年 or 学年, or opening a range before another: 二〇二一至二〇二三年)
CN_YEAR = re.compile(r"([一二][〇○零一二三四五六七八九]{3})(?=\s*学?年|\s*[—–－\-~～至到]\s*[一二][〇○零一二三四五六七八九]{3})")
NUM = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九"}


def cn_num(n: int) -> str:
    """11 → 十一, 10 → 十, 9 → 九, 20 → 二十 (plan, congress and session numbers)."""
    if n < 10:
        return NUM[n]
    if n < 20:
        return "十" + NUM.get(n - 10, "")
    return NUM[n // 10] + "十" + NUM.get(n % 10, "")


def cn_val(s: str) -> int:
    if s.startswith("二十"):
        return 20 + (cn_val(s[2:]) if s[2:] else 0)
    if s.startswith("十"):
        return 10 + ({v: k for k, v in NUM.items()}.get(s[1:], 0) if s[1:] else 0)
    return {v: k for k, v in NUM.items()}[s]


PLAN = re.compile(r"(?<![一二三四五六七八九十第])(十[一二三四五]|[七八九])(?=五(?:”|\"|’|规划|计划|时期|期间|期末|末|初|以来|中期|前期|后期|开局|收官|发展|国家|全国|省|市|县|重点|专项|科技|能源|[」』]))")
PLAN_ORD = re.compile(r"(?<=第)(十[一二三四五]|[七八九])(?=个五年)")
CONGRESS = re.compile(r"(十[五六七八九]|二十)(?=大(?:[以精报胜会和、，。”\s]|$)|届[一二三四五六七]中全会|届中央)")
NPC = re.compile(r"(?<=第)(十[一二三四]|[九八])(?=届全国人民代表大会|届全国人大|届全国政协|届中国人民政治协商会议)")


# a year inside a name is part of the name (北京2022年冬奥会和冬残奥会组织委员会; spec section 8)
NAMED_EVENT = re.compile(r"(?<=[\u4e00-\u9fff])((?:19|20)\d\d)(?=年(?:冬|夏)?(?:奥运会|奥林匹克|冬奥会|残奥会|冬残奥会|世博会|世园会|亚运会|亚残运会|全运会|大运会|世界杯|进博会))")


def _han_before(s: str, i: int) -> bool:
    return i > 0 and "\u4e00" <= s[i - 1] <= "\u9fff"


def shift_text_years(s: str, k: int) -> str:
    s = YEAR.sub(lambda m: m.group(1) if NAMED_EVENT.match(s, m.start()) and _han_before(s, m.start())
                 else str(int(m.group(1)) - k), s)

    def cn(m):
        d = m.group(1)
        zero = "○" if "○" in d else ("零" if "零" in d else "〇")
        y = int("".join(str(CN_VALUE[c]) for c in d)) - k
        return "".join(zero if ch == "0" else CN_DIGIT[int(ch)] for ch in str(y))
    s = CN_YEAR.sub(cn, s)
    s = FW_YEAR.sub(lambda m: str(int(m.group(1).translate(FW)) - k).translate(FW_BACK), s)
    s = PLAN.sub(lambda m: cn_num(cn_val(m.group(1)) - k // 5), s)
    s = PLAN_ORD.sub(lambda m: cn_num(cn_val(m.group(1)) - k // 5), s)
    s = CONGRESS.sub(lambda m: cn_num(cn_val(m.group(1)) - k // 5), s)
    s = NPC.sub(lambda m: cn_num(cn_val(m.group(1)) - k // 5), s)
    return s


# ---------------------------------------------------------------- organs of the time
# (today, level → then(year)). Level: 'c' central, 'p' province (省/自治区/直辖市 厅-level), 'l' prefecture and
# county. Sources: pipeline/data/organ_era_names.tsv and SOURCES.md (reform plans of 1998, 2003, 2008, 2013,
# 2018 and the provinces' plans after them).
def _then_health(level, y):
    if y >= 2013:
        return {"c": "国家卫生和计划生育委员会", "p": "卫生和计划生育委员会", "l": "卫生和计划生育委员会"}[level]
    return {"c": "卫生部", "p": "卫生厅", "l": "卫生局"}[level]


def _short_health(level, y):
    if y >= 2013:
        return {"c": "国家卫生计生委", "p": "卫生计生委", "l": "卫生计生委"}[level]
    return {"c": "卫生部", "p": "卫生厅", "l": "卫生局"}[level]


def _then_env(level, y):
    if level == "c":
        return "环境保护部" if y >= 2008 else "国家环境保护总局"
    if level == "p":
        return "环境保护厅" if y >= 2009 else "环境保护局"
    return "环境保护局"


def _then_safety(level, y):
    if level == "c":
        return "国家安全生产监督管理总局" if y >= 2005 else "国家安全生产监督管理局"
    return "安全生产监督管理局"


def _then_market(level, y):
    if level == "c":
        return "国家工商行政管理总局" if y >= 2001 else "国家工商行政管理局"
    return "工商行政管理局"


def _then_transport(level, y):
    return {"c": "交通部", "p": "交通厅", "l": "交通局"}[level] if y <= 2008 else \
        {"c": "交通运输部", "p": "交通运输厅", "l": "交通运输局"}[level]


SECTOR_THEN = {"卫生健康": "卫生", "市场监督管理": "工商行政管理", "市场监管": "工商", "卫健": "卫生",
               "自然资源和规划": "自然资源和规划", "规划和自然资源": "规划和自然资源", "自然资源": "国土资源", "生态环境": "环境保护", "应急管理": "安全监管",
               "农业农村": "农业", "文化和旅游": "文化", "文化旅游": "文化", "文化广电旅游": "文化广电新闻出版",
               "文广旅游": "文广新", "交通运输": "交通",
               "人力资源社会保障": "劳动保障", "人力资源和社会保障": "劳动保障", "人社": "劳动保障",
               "林业和草原": "林业", "林草": "林业", "住房城乡建设": "建设", "住房和城乡建设": "建设", "住建": "建设", "发展改革": "计划", "发改": "计划"}
SECTORS = sorted(SECTOR_THEN, key=len, reverse=True)


def _sector(w: str, y: int) -> str:
    if w in ("卫生健康", "卫健") and y >= 2013:
        return "卫生计生"
    if w == "交通运输" and y > 2008:
        return w
    if w in ("人力资源社会保障", "人力资源和社会保障", "人社", "住房城乡建设", "住房和城乡建设", "住建"):
        return w if y > 2008 else SECTOR_THEN[w]
    if w in ("发展改革", "发改"):
        return w if y >= 2003 else SECTOR_THEN[w]
    return SECTOR_THEN[w]


# (regex of today's written forms, function (level, year, matched) → then). The level comes from the prefix
# (国家 → central; 省/自治区 → province; 市/县/区/州/旗 → local) or, bare, from the notice's own level.
ORGANS: list[tuple[str, object]] = [
    # 卫生健康 (2018) → 卫生和计划生育 (2013-2018) → 卫生厅/局 (before)
    (r"(国家)?卫生健康委员会", lambda lv, y, m: _then_health(lv, y)),
    (r"(国家)?卫生健康委(?!员)", lambda lv, y, m: _short_health(lv, y)),
    (r"(国家)?卫健委", lambda lv, y, m: _short_health(lv, y)),
    (r"卫生健康局", lambda lv, y, m: _then_health("l", y) if y >= 2013 else "卫生局"),
    # 市场监督管理 (2018) → 工商行政管理
    (r"国家市场监督管理总局", lambda lv, y, m: _then_market("c", y)),
    (r"(国家)?市场监管总局", lambda lv, y, m: "工商总局" if y >= 2001 else "国家工商局"),
    (r"市场监督管理局", lambda lv, y, m: "工商行政管理局"),
    (r"市场监管局", lambda lv, y, m: "工商局"),
    (r"市场监管(?=所)", lambda lv, y, m: "工商"),
    # the station written in full, and the gold's full name of a written 市场监管所 (organ_township_units.tsv:
    # 市场监管所 → 市场监督管理所): the 工商所 of the time, which the guide keeps as written (s23-town2)
    (r"市场监督管理(?=所)", lambda lv, y, m: "工商"),
    # a county bureau's branch in a town written short (`镇市场监管分局`), whose gold name moves with 市场监督管理局 above
    # (`<county>工商行政管理局<town>分局`): the 工商分局 of the time (organ_town_branch_bureaus.tsv)
    (r"市场监管(?=分局)", lambda lv, y, m: "工商"),
    # 自然资源 (2018) → 国土资源
    (r"(?<!规划和)自然资源(?!和规划)(?=部(?!门|署|分)|厅|局|委员会)", lambda lv, y, m: "国土资源"),
    # 生态环境 (2018) → 环境保护
    (r"生态环境部(?![门署分])", lambda lv, y, m: _then_env("c", y)),
    (r"生态环境厅", lambda lv, y, m: _then_env("p", y)),
    (r"生态环境局", lambda lv, y, m: _then_env(lv if lv != "c" else "l", y)),
    (r"生态环境(?=分局)", lambda lv, y, m: "环境保护"),
    # 应急管理 (2018) → 安全生产监督管理
    (r"应急管理部(?![门署分])", lambda lv, y, m: _then_safety("c", y)),
    (r"应急管理[厅局]", lambda lv, y, m: _then_safety("l", y)),
    (r"应急[局厅]", lambda lv, y, m: "安监局"),
    # 农业农村 (2018) → 农业
    (r"农业农村(?=部(?![门署分])|厅|局|委员会|委|(?:行政|主管)?部门)", lambda lv, y, m: "农业"),
    # 文化和旅游 / 文化广电旅游 (2018) → 文化 / 文化广电新闻出版
    (r"文化和旅游部(?![门署分])", lambda lv, y, m: "文化部"),
    (r"文化和旅游厅", lambda lv, y, m: "文化厅"),
    (r"文化(?:和旅游|广电旅游|广电和旅游|广电体育和旅游|旅游广电)局", lambda lv, y, m: "文化广电新闻出版局"),
    (r"文旅局", lambda lv, y, m: "文广新局"),
    # 交通运输 (2008-2009) → 交通 (organ_era_names.tsv)
    (r"交通运输(?=部(?![门署分])|厅|局|(?:行政|主管)?部门)", lambda lv, y, m: "交通" if y <= 2008 else "交通运输"),
    # 人力资源和社会保障 (2008) → 劳动和社会保障 (1998-2008) → 劳动 (before)
    (r"人力资源和社会保障(?=部(?![门署分])|厅|局)", lambda lv, y, m: m.group(0) if y > 2008 else
     ("劳动和社会保障" if y >= 1998 else "劳动")),
    (r"人力资源社会保障(?=部(?![门署分])|厅|局)|人社(?=部(?![门署分])|厅|局)", lambda lv, y, m: m.group(0) if y > 2008 else
     ("劳动保障" if y >= 1998 else "劳动")),
    # 住房和城乡建设 (2008) → 建设
    (r"住房和城乡建设(?=部(?![门署分])|厅|局|委员会)|住房城乡建设(?=部(?![门署分])|厅|局|委员会|委)|住建(?=部(?![门署分])|厅|局|委)",
     lambda lv, y, m: m.group(0) if y > 2008 else "建设"),
    # 发展和改革委员会 (2003) → 发展计划委员会 (central 1998, local 2000) → 计划委员会 (before)
    (r"国家发展和改革委员会", lambda lv, y, m: m.group(0) if y >= 2003 else
     ("国家发展计划委员会" if y >= 1998 else "国家计划委员会")),
    (r"发展和改革委员会|发展和改革局", lambda lv, y, m: m.group(0) if y >= 2003 else
     (("发展计划委员会" if y >= (1998 if lv == "c" else 2000) else "计划委员会"))),
    (r"(?:国家)?发展改革委|(?:国家)?发改委", lambda lv, y, m: m.group(0) if y >= 2003 else
     ("国家计委" if m.group(0).startswith("国家") else "计委")),
    (r"发改局", lambda lv, y, m: m.group(0) if y >= 2003 else "计委"),
    # 1998 (国家教委 → 教育部, 国家科委 → 科学技术部), 2003 (外经贸部 → 商务部), 2018 (国家林业局 → 国家林业和草原局),
    # 2021 (国务院扶贫办 → 国家乡村振兴局): central names, and the local 林业/扶贫/外经贸 bureaus
    (r"(?<![国家省市县区州])教育部(?![门署分])", lambda lv, y, m: m.group(0) if y >= 1998 else "国家教育委员会"),
    (r"(?<![国家省市县区州])(?:科学技术部|科技部)(?![门署分])", lambda lv, y, m: m.group(0) if y >= 1998 else
     ("国家科学技术委员会" if m.group(0) == "科学技术部" else "国家科委")),
    (r"(?<![国家省市县区州])商务部(?![门署分])", lambda lv, y, m: m.group(0) if y >= 2003 else "对外贸易经济合作部"),
    (r"商务局", lambda lv, y, m: m.group(0) if y >= 2003 else "对外贸易经济合作局"),
    (r"国家林业和草原局", lambda lv, y, m: "国家林业局"),
    (r"林业和草原局|林草局", lambda lv, y, m: "林业局"),
    (r"国家乡村振兴局", lambda lv, y, m: "国务院扶贫开发领导小组办公室"),
    (r"乡村振兴局", lambda lv, y, m: "扶贫开发办公室"),
    (r"乡村振兴(?=(?:行政|主管)?部门)", lambda lv, y, m: "扶贫"),
    (r"应急部(?![门署分])", lambda lv, y, m: "安全监管总局" if y >= 2005 else "安全监管局"),
    # the central organs of organ_era_names.tsv written in full (the pipeline names 广电总局 of its time)
    (r"国家广播电视总局", lambda lv, y, m: "国家广播电影电视总局" if y <= 2012 else "国家新闻出版广电总局"),
    (r"国家药品监督管理局", lambda lv, y, m: "国家食品药品监督管理局" if y <= 2012 else "国家食品药品监督管理总局"),
    # a bare sector in a list of organs (公安、交通运输、农业农村等部门): the sector word of its time, as older
    # notices list them (公安、交通、农业、安监等部门)
    (rf"(?:(?<=[、，,（(])|(?<=[、，,（(]\s)|(?<=[、，,（(]\s\s))({'|'.join(SECTORS)})(?=\s*(?:[、，,）)和及与]|等|$))",
     lambda lv, y, m: _sector(m.group(0), y)),
    (rf"({'|'.join(SECTORS)})(?=\s*、|(?:行政|主管)?部门|等(?:有关|相关)?部门)", lambda lv, y, m: _sector(m.group(0), y)),
]
ORGAN_RE = re.compile("|".join(f"(?P<o{i}>{p})" for i, (p, _) in enumerate(ORGANS)))
# organs that did not exist before 2018 and have no predecessor of their own name: kept as written (decision in
# docs/decisions/era-swap-s17.md); reported per notice
NO_PREDECESSOR = re.compile(r"医疗保障|医保局|退役军人")
PROVINCE_PREFIX = ("省", "自治区")
CITY = re.compile(r"(?:北京|天津|上海|重庆)市?$")


def _level_before(s: str, i: int, own: str) -> str:
    before = s[max(0, i - 12):i]
    if before.endswith("国家"):
        return "c"
    if CITY.search(before):
        return "l"        # a municipality's organs are 局 (北京市卫生局), not 厅
    if before.endswith(PROVINCE_PREFIX):
        return "p"
    if before and before[-1] in "市县区州旗盟":
        return "l"
    return own


# (s26-swap) a signature's short organ name spaced out to the width of the others (GB/T 9704: `商 务 部`, `财　政　部`)
SPACED_NAME_LINE = re.compile(r"(?m)^[ \t\u3000]*(?:[\u4e00-\u9fff][ \t\u3000]+){1,4}[\u4e00-\u9fff][ \t\u3000]*$")


def _spaced_name_gaps(s: str) -> set[int]:
    """Indices of the spaces inside the spaced-out organ names of a signature (`商 务 部` reads 商务部)."""
    out: set[int] = set()
    for m in SPACED_NAME_LINE.finditer(s):
        t = m.group(0)
        a, b = len(t) - len(t.lstrip()), len(t.rstrip())
        out.update(m.start() + j for j in range(a, b) if t[j] in " \t\u3000")
    return out


def _wrapped(s: str) -> list[int]:
    """Indices of the characters of s without the line ends that wrap a line (or a page) inside a word
    (人力资源社会保\n障局, 市人\n\n力资源): a run of line ends not after a sentence end and not before indentation;
    nor the spaces of a signature's spaced-out name (`商 务 部`, s26-swap)."""
    gaps = _spaced_name_gaps(s)
    keep, i = [], 0
    while i < len(s):
        if i in gaps:
            i += 1
            continue
        if s[i] == "\n":
            j = i
            while j < len(s) and s[j] == "\n":
                j += 1
            if 0 < i and j < len(s) and s[i - 1] not in "。：；！？" and not s[j].isspace():
                i = j
                continue
            keep.extend(range(i, j))
            i = j
            continue
        keep.append(i)
        i += 1
    return keep


def rename_organs(s: str, k_year: int, own: str) -> str:
    idx = _wrapped(s)
    joined = "".join(s[i] for i in idx)
    out, last = [], 0
    for m in ORGAN_RE.finditer(joined):
        i = next(j for j in range(len(ORGANS)) if m.group(f"o{j}") is not None)
        lv = "c" if m.group(0).startswith("国家") else _level_before(joined, m.start(), own)
        new = ORGANS[i][1](lv, k_year, m)
        a, b = idx[m.start()], idx[m.end() - 1] + 1
        out.append(s[last:a])
        out.append(new + "\n" * s[a:b].count("\n"))
        last = b
    out.append(s[last:])
    return "".join(out)


# ---------------------------------------------------------------- typography
DOCNUM = re.compile(r"〔((?:19|20)\d\d)〕")
DATE_LINE = re.compile(r"(?m)^([ \t\u3000]*)((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日([ \t\u3000]*)$")


def cn_date(y: int, mo: int, d: int, zero: str) -> str:
    ys = "".join(zero if ch == "0" else CN_DIGIT[int(ch)] for ch in str(y))
    return f"{ys}年{cn_num(mo) if mo != 10 else '十'}月{cn_num(d) if d not in (10, 20, 30) else {10: '十', 20: '二十', 30: '三十'}[d]}日"


PERCENT = re.compile(r"(?<![0-9.,，])(\d{1,3})(?:\.(\d{1,2}))?\s*[%％]")


def cn_int(n: int) -> str:
    """0-999 in Chinese numerals as documents write them (十五, 二十五, 一百零五, 一百一十)."""
    if n == 0:
        return "零"
    if n < 20:
        return cn_num(n) if n >= 10 else NUM[n]
    h, r = divmod(n, 100)
    if h == 0:
        t, u = divmod(n, 10)
        return NUM[t] + "十" + NUM.get(u, "")
    if r == 0:
        return NUM[h] + "百"
    if r < 10:
        return NUM[h] + "百零" + NUM[r]
    t, u = divmod(r, 10)
    return NUM[h] + "百" + NUM[t] + "十" + NUM.get(u, "")


PERCENT_RANGE = re.compile(r"(?<![0-9.,，])(\d{1,3}(?:\.\d{1,2})?)\s*[%％]?\s*[－\-—–~～至到]\s*(\d{1,3}(?:\.\d{1,2})?)\s*[%％]")


def _cn_pct(x: str) -> str:
    x = x.translate(FW)
    a, _, dec = x.partition(".")
    return "百分之" + cn_int(int(a)) + ("点" + "".join(CN_DIGIT[int(c)] for c in dec) if dec else "")


def old_percents(s: str) -> str:
    """5%－10% and ５－１０％ → 百分之五至百分之十; 30% → 百分之三十."""
    s = PERCENT_RANGE.sub(lambda m: _cn_pct(m.group(1)) + "至" + _cn_pct(m.group(2)), s)
    return PERCENT.sub(cn_percent, s)


def cn_percent(m: re.Match) -> str:
    dec = m.group(2)
    return "百分之" + cn_int(int(m.group(1).translate(FW))) + ("点" + "".join(CN_DIGIT[int(c)] for c in dec.translate(FW)) if dec else "")


def typography(text: str, gold: dict, rng: random.Random, year: int = 9999) -> tuple[str, dict, dict]:
    info = {}
    # percentages written 百分之三十 / 百分之四点五, as the State Council's and the provinces' documents of the
    # 1990s and early 2000s write them (国办发〔2002〕…: 城镇登记失业率控制在百分之五以内)
    if year <= 2005 and rng.random() < 0.5:
        text = old_percents(text)
        gold = map_strings(gold, old_percents)
        info["percent"] = "百分之"
    br = rng.choice(["keep", "[]", "（）", "keep"])
    if br != "keep":
        a, b = br[0], br[1]
        fn = (lambda s: DOCNUM.sub(lambda m: f"{a}{m.group(1)}{b}", s))
        text = fn(text)
        gold = map_strings(gold, fn)
        info["brackets"] = br
    if rng.random() < 0.6:
        zero = rng.choice(["○", "〇"])
        lines = list(DATE_LINE.finditer(text))
        tail = [m for m in lines if m.start() > len(text) * 0.5]
        if tail:
            m = tail[-1]
            y, mo, d = int(m.group(2)), int(m.group(3)), int(m.group(4))
            old_q = f"{m.group(2)}年{m.group(3)}月{m.group(4)}日"
            new_q = cn_date(y, mo, d, zero)
            text = text[:m.start(2)] + new_q + text[m.end(4) + 1:]
            # the years list keeps its entries (start/end); the quote of the date entry follows the text when
            # no other place writes it in Arabic numerals
            if old_q not in text:
                for e in gold.get("years", []):
                    if e.get("quote") == old_q:
                        e["quote"] = new_q
            info["signature"] = new_q
    return text, gold, info


# ---------------------------------------------------------------- the notice
def notice_year(gold: dict) -> int | None:
    d = gold.get("metadata", {}).get("issue_date")
    return int(d[:4]) if d else None


def _feb29(text: str, gold: dict, k: int) -> bool:
    dates = re.findall(r"((?:19|20)\d\d)(?:年|-)0?2(?:月|-)29", text) + \
        [gold["metadata"]["issue_date"][:4]] * bool((gold["metadata"].get("issue_date") or "").endswith("02-29"))
    return any(not calendar.isleap(int(y) - k) for y in dates)


_T2S = None


def traditional_script(text: str) -> bool:
    """More than one in fifty Han characters change under opencc_purepy t2s: a copy in Traditional script."""
    global _T2S
    if _T2S is None:
        from opencc_purepy import OpenCC
        _T2S = OpenCC("t2s")
    han = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    simp = _T2S.convert("".join(han))
    return sum(a != b for a, b in zip(han, simp)) > len(han) / 50


def era_swap_notice(text: str, gold: dict, seed: int):
    y = notice_year(gold)
    info = {"year": y, "skipped": None}
    if y is None or y < 2016:
        info["skipped"] = "no issue date or before 2016"
        return text, gold, info
    if traditional_script(text):
        # (s24-swap) the renames below are written in Simplified: in a Traditional copy (市農業農村局) the gold's
        # names would take the era's names while the text keeps today's, a gold the text does not bear
        info["skipped"] = "Traditional script"
        return text, gold, info
    rng = random.Random(f"era:{seed}:{gold.get('doc_id')}")
    ks = [k for k in SHIFTS if not _feb29(text, gold, k)]
    k = rng.choice(ks)
    new_y = y - k
    md = gold["metadata"]
    lv = {"central": "c", "province": "p"}.get(md.get("admin_level"), "l")
    if lv == "p" and CITY.search(md.get("region") or ""):
        lv = "l"          # a municipality's organs are 局 (北京市卫生局), not 厅

    def fn(s: str) -> str:
        return rename_organs(shift_text_years(s, k), new_y, lv)
    nt = fn(text)
    ng = map_strings(gold, fn)
    _names_the_text_bears(gold, ng, k, new_y, md.get("region") or "", nt)
    if md.get("issue_date"):
        ng["metadata"]["issue_date"] = f"{int(md['issue_date'][:4]) - k}{md['issue_date'][4:]}"
    # (s26-swap) a county's region with the prefecture of the new year (spec 1.1 section 3; the pipeline's sourced
    # table region_county_parents.tsv: 马山县 of 1997 is in 南宁地区, of 2017 in 南宁市), as the text cannot say so
    from pipeline.regions import region_of_year
    ng["metadata"]["region"] = region_of_year(ng["metadata"].get("region"), md.get("admin_level"), new_y)
    for t in ng.get("targets", []):
        for key in ("year_start", "year_end"):
            if isinstance(t.get(key), int):
                t[key] -= k
    for e in ng.get("years", []):
        for key in ("start", "end"):
            if isinstance(e.get(key), int):
                e[key] -= k
    nt, ng, typo = typography(nt, ng, rng, new_y)
    info.update(k=k, new_year=new_y, typography=typo,
                kept_no_predecessor=sorted(set(NO_PREDECESSOR.findall(text))))
    return nt, ng, info


def _era_rows(region: str) -> list[tuple[str, str, int, str]]:
    """(written, today, until, then) of the pipeline's sourced era tables (pipeline/data/organ_era_names.tsv, and
    organ_local_era_names.tsv for the notice's own place): the organs a short form names in a year."""
    rows = []
    for name in ("organ_era_names.tsv", "organ_local_era_names.tsv"):
        lines = (ROOT / "pipeline" / "data" / name).read_text(encoding="utf-8").splitlines()
        head = lines[0].split("\t")
        for ln in lines[1:]:
            r = dict(zip(head, ln.split("\t")))
            if r.get("place") and not region.startswith(r["place"].rstrip("*")):
                continue
            rows.append((r["written"], r["today"], int(r["until"]), r["then"]))
    return rows


# A notice's word for its own organ (`我部`, `本厅`, `我委办公厅`): the issuer, named by the notice's title block.
SELF_REFERENCE = re.compile(r"^[我本][部委厅局办署会院]")


def _names_the_text_bears(gold: dict, ng: dict, k: int, new_y: int, region: str, new_text: str) -> None:
    """(s26-swap) A department's name moves only as its quote in the text moves. A short form the renames above do not
    write in the era's words (`县发展改革局`, `省人力社保厅`, `区文化旅游局`) still names today's organ in the text, so its
    name stays today's (shifted years only); a short form the pipeline's sourced era tables name of their time
    (`区房管局` of 2009 → 区房屋管理局, `省药监局` of 2004 → 省食品药品监督管理局, organ_era_names.tsv) takes that name,
    as spec 1.1 section 5 names organs of their time."""
    rows = _era_rows(region)
    for old, new in zip(gold.get("departments", []), ng.get("departments", [])):
        q, kept = old.get("quote") or "", shift_text_years(old.get("name") or "", k)
        # (a bare sector's quote, `交通运输` of `交通运输部门`, is renamed only in its list, which the quote alone lacks)
        sector = kept.endswith("部门") and not q.endswith("部门")
        # (s27-swap) a self-reference (`我部`, `本委发展规划司`) names the issuer, whatever its era: it follows the issuer's rename
        own = bool(SELF_REFERENCE.match(q))
        if new.get("quote") == shift_text_years(q, k) and new.get("name") != kept and not sector and not own \
                and new["quote"] in new_text:
            new["name"] = kept
        hits = [r for r in rows if (new.get("quote") or "").endswith(r[0]) and (new.get("name") or "").endswith(r[1])]
        longest = max((len(r[0]) for r in hits), default=0)
        then = min((r for r in hits if len(r[0]) == longest and new_y <= r[2]), key=lambda r: r[2], default=None)
        # the row's organ is the whole name after the place (`怀远县发展计划委员会` is no `计划委员会` row's)
        head = new["name"][: len(new["name"]) - len(then[1])] if then is not None else ""
        if then is not None and (head == "" or head[-1] in "省市县区州旗盟"):
            new["name"] = head + then[3]
    by_old: dict[str, str] = {}
    for old, new in zip(gold.get("departments", []), ng.get("departments", [])):
        by_old.setdefault(old.get("name"), new.get("name"))
    for old, new in zip(gold.get("responsibilities", []), ng.get("responsibilities", [])):
        if old.get("department") in by_old:
            new["department"] = by_old[old["department"]]


def notices(half: str) -> list[tuple[str, Path, Path]]:
    want = wanted(FIX_BATCHES + ("corpus",) if half == "fix" else HELD_BATCHES)
    return [x for x in open_notices(ROOT) if x[0] in want]


def write_set(out: Path, items, seed: int | None) -> dict:
    """Notices issued 2016 or later only (the others are left out of every set)."""
    def swap(text, gold, _set):
        y = notice_year(gold)
        if y is None or y < 2016 or traditional_script(text):
            return None   # (the Traditional copies out of every set, the identity one included)
        return (text, gold, {"year": y, "skipped": None}) if seed is None else era_swap_notice(text, gold, seed)
    return _write_set(out, items, swap)


def pred_diff(orig: Path, swapped: Path, infos: dict) -> list[dict]:
    """Items of the original run under the swap that the swapped run lacks, and the reverse (no gold needed)."""
    rows = []
    for doc, info in infos.items():
        if info.get("skipped") or "k" not in info:
            continue
        k, lv = info["k"], None
        try:
            a = json.loads((orig / "out" / "records" / f"{doc}.json").read_text())
            b = json.loads((swapped / "out" / "records" / f"{doc}.json").read_text())
        except FileNotFoundError:
            continue
        lv = {"central": "c", "province": "p"}.get(a["metadata"].get("admin_level"), "l")

        pct = bool(info.get("typography", {}).get("percent"))

        def fn(s):
            if not isinstance(s, str):
                return s
            s = rename_organs(shift_text_years(s, k), info["new_year"], lv)
            return old_percents(s) if pct else s   # (the text's 百分之 typography, as in the gold)
        for fld, key in (("departments", ("name",)), ("responsibilities", ("task", "department", "role")),
                         ("targets", ("task", "indicator", "value", "year_start", "year_end")),
                         ("tasks", ("path", "heading")), ("years", ("start", "end")), ("citations", ("title",))):
            def norm(x, shift):
                v = [x.get(c) for c in key]
                v = [fn(t) if shift and c not in ("task", "path", "role") else t for c, t in zip(key, v)]
                if shift:
                    v = [t - k if c in ("year_start", "year_end", "start", "end") and isinstance(t, int) else t
                         for c, t in zip(key, v)]
                return json.dumps(v, ensure_ascii=False)
            sa = {norm(x, True) for x in a.get(fld, [])}
            sb = {norm(x, False) for x in b.get(fld, [])}
            rows += [{"doc": doc, "field": fld, "lost": x} for x in sorted(sa - sb)]
            rows += [{"doc": doc, "field": fld, "got": x} for x in sorted(sb - sa)]
        for key in FIELDS:
            va, vb = a["metadata"].get(key), b["metadata"].get(key)
            if key == "issue_date" and va:
                va = f"{int(va[:4]) - k}{va[4:]}"
            elif isinstance(va, str):
                va = fn(va)
            elif isinstance(va, list):
                va = [fn(x) for x in va]
            if key == "doc_number" and isinstance(vb, str):
                vb = re.sub(r"[\[（]((?:19|20)\d\d)[\]）]", r"〔\1〕", vb)
            if va != vb:
                rows.append({"doc": doc, "field": "metadata." + key, "lost": va, "got": vb})
    return rows


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seeds", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--half", choices=("fix", "held"), default="fix",
                    help="fix: b2-b5 + corpus/ (seeds 1 2); held: b7-b10 (seeds 3 4, BASE and final only)")
    ap.add_argument("--run", action="store_true")
    a = ap.parse_args(argv)
    items = notices(a.half)
    sets = {"orig": None} | {f"seed{s}": s for s in a.seeds}
    infos = {n: write_set(a.out / n, items, s) for n, s in sets.items()}
    docs = sorted(infos["orig"])
    print(f"{len(docs)} notices of 2016+ ({a.half} half)")
    for n, inf in infos.items():
        if n != "orig":
            print(n, {d: (i.get("k"), i.get("typography"), i.get("kept_no_predecessor")) for d, i in inf.items()})
    if not a.run:
        return 0
    subsets = {"all": docs}
    scores = {n: {k: figures(v) for k, v in run_and_score(a.out / n, subsets).items()} for n in sets}
    diffs = {n: pred_diff(a.out / "orig", a.out / n, infos[n]) for n in sets if n != "orig"}
    (a.out / "report.json").write_text(json.dumps({"subsets": subsets, "scores": scores, "pred_diff": diffs},
                                                  ensure_ascii=False, indent=1), encoding="utf-8")
    cols = ["meta"] + ["m." + k for k in FIELDS] + KEYS
    print(f"\n== {len(docs)} notices: orig | swapped mean [min, max] over seeds")
    for c in cols:
        o = scores["orig"]["all"][c]
        vs = [scores[n]["all"][c] for n in sets if n != "orig"]
        mean = sum(vs) / len(vs)
        flag = "  <-- drop" if mean < o - 1e-9 else ("  (gain)" if mean > o + 1e-9 else "")
        print(f"{c:22}{o:7.3f} | {mean:7.3f} [{min(vs):.3f}, {max(vs):.3f}]{flag}")
    if a.half == "fix":
        print("\npred diffs, items per seed:", {n: len(v) for n, v in diffs.items()})
    return 0


if __name__ == "__main__":
    sys.exit(main())
