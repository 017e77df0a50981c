"""Quantitative targets (spec section 7): numbers the body sets to reach, provide, keep or not exceed.

How official prose states a target, and what this module reads from it:

    到2025年，全市力争每年完成各类培训1.5万人次以上，建设1家示范基地。
    └ year ┘   └ scope/modal ┘└ verb ┘└indicator┘└ quantity + comparator ┘

1. Every number in the body is read as a *quantity*: value (万/亿 multiplied out, Chinese
   numerals, fractions, 成, 翻番), unit (measure word as written), a range (`60%—70%`), and
   the comparator words around it (`不少于`, `以上`, `左右`).
2. A quantity is dropped when it is not a demand: durations and ages (by unit), ordinals
   (`第3批`), frequencies (`每季度报送1次`), denominators (`每5000名…配备1名`), names and
   slogans (inside quotes or 《》, `1+N`), conditions of eligibility (`…6个月以上的`),
   formulas, and past achievements.
3. What is left is a target when the clause demands it: a comparator, a demand verb before it
   (完成/开展/建设/培育/给予…), or a rate (%、个百分点、倍).
4. Its years come from the sentence (`到2025年` → null/2025), else the enclosing headings, else
   the plan's own period (title `(2025-2027年)`, a `2025年…工作要点`, `“十四五”`).

The word lists live in pipeline/data/target_*.tsv.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from .. import rx as re

from ..clean import CleanDoc
from ..numbers import cn_to_int, plain
from ..quantity import TOKEN, Quantity, lexicon, read_quantity
from ..vocabulary import genre_words, work_plan_genres
from ..record import Target
from ..patterns import FIVE_YEAR_PLAN_START, NUMBERING_START
from ..scan import finditer_run_then
from ..spans import SpanIndex
from .context import Context

CLAUSE_BREAK = re.compile(r"[，；;。！？：:\n]|,(?!\d{3})")
SENTENCE_BREAK = re.compile(r"[。！？\n]")
PER_YEAR_BREAK = re.compile(r"[。！？；;\n]")
PER_YEAR = re.compile(r"每年度?|年均|每一年")
PERIOD_WORD = re.compile(r"每|年|季度|月|周|半年|天|日")
FREQUENCY_UNITS = {"次", "回", "轮"}
# Characters that, right before a Chinese numeral, make it part of a word (统一, 唯一, 第一).
CN_WORD_BEFORE = set("统唯同进单第万之其逐划专每初")
ORDINAL_BEFORE = re.compile(r"(?:第|前|排名|位列|列)\s*$")
NAME_NEIGHBOUR = set("+＋×*=＝")
FORMULA = re.compile(r"[=＝]|[*×]\s*100\s*[%％]")
PAST = re.compile(r"已经|已有|已达|已建|已完成|已累计|截至目前|目前已|共有|现有")
CONDITION_START = re.compile(r"^(?:对于?|凡是?|符合|对符合|如果?|若|但是如|但如)")
RATE_NOUN = re.compile(r"^(?:标准|比例|比重|补贴|补助|奖励|资助|额度|幅度|份额|号源|经费|资金)")
LEADING_SCOPE = re.compile(
    r"^(?:(?:到|至|截至|截止到?)?\s*(?:(?:19|20)\d{2}\s*(?:[-—–至到~～]\s*(?:19|20)\d{2}\s*)?年(?:底|末|前|内|以前)?)|"
    r"[“\"]?十[一二三四五六]五[”\"]?(?:期间|时期|末)?|今后|未来|每年度?|年均|全[省市县区国州盟旗镇乡]|各地|各[县市区](?:（[市区]）)?|"
    r"力争|确保|争取|努力|要|将|计划|累计|共|同时|其中|并|且|此外|另外|平均|每次|每个|每人|每户|分别|[、，,和及与以及]"
    r")+"
)
NUMBERING = re.compile(NUMBERING_START.pattern + r"\s*")
DESCRIPTIVE_BEFORE = re.compile(r"(?:等|共有|包括|含)\s*$")  # 教育厅等8部门, 等28项政策: a list summed up
ARTICLE_LIST = re.compile(r"第[\d一二三四五六七八九十百]+[条款项章节]、\s*$")
BASELINE_YEAR = re.compile(r"(?:较|比|相比|相较|同比|与)\s*(?:19|20)\d{2}\s*年(?:底|末)?(?:相比)?")
YEAR_FROM = re.compile(r"(?:自|从)\s*((?:19|20)\d{2})\s*年(?:起|开始|以来)?")
YEAR_RANGE = re.compile(r"((?:19|20)\d{2})\s*年?\s*(?:——|[-—–－~～至到])\s*((?:19|20)\d{2})\s*年")
YEAR_BY = re.compile(r"(?:到|至|截至|截止到?|力争到|计划到)\s*((?:19|20)\d{2})\s*年|((?:19|20)\d{2})\s*年\s*(?:底|末)?\s*(?:前|以前)")
YEAR_ONE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年(?!代|龄|限|度内|[-—–至到])")
FIVE_YEAR = re.compile(r"(到|至)?\s*[“\"]?(十[一二三四五六]五)[”\"]?\s*(期间|时期|末|规划期)?")
# Sections that review the past or describe the present (发展基础, 现状与形势): their numbers are facts.
REVIEW_HEADING = re.compile(r"现状|基础|成效|成就|回顾|形势|基本情况|取得的成绩|工作进展|进展情况|背景")
# `将符合条件的1.2万名困难群众纳入低保`: the verb follows the number.
VERB_AFTER = re.compile(r"^[^，,；;。]{0,20}(?:纳入|列入|转为|转移到)")
# `按每平方米30元给予补贴`, `按照20%的比例予以奖补`: an amount the policy provides, its verb after it.
PROVIDE_AFTER = re.compile(r"^[^，,；;。\d]{0,6}?(?:给予|予以|发放|补贴|补助|奖励|奖补)")
WORK_PLAN_GENRES = work_plan_genres()


# ---------------------------------------------------------------------------------------------
# Where a quantity sits: clause, sentence, blocked regions


# A 发文字号 in the body (粤府〔2020〕12号), found from its bracket (pipeline.scan.finditer_run_then).
DOC_NUMBER_TAIL = re.compile(r"[〔\[［【]\s*(?:19|20)\d{2}\s*[〕\]］】]\s*第?\s*\d{1,5}\s*号")
DOC_NUMBER_IN_BODY = re.compile(r"[\p{Han}A-Za-z]{1,14}" + DOC_NUMBER_TAIL.pattern)
AGENCY_LETTER = re.compile(r"[\p{Han}A-Za-z]")


def _blocked_spans(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Titles (《》), quoted names (“1+N”), parentheticals that cite or restate (（含60%）)."""
    spans: list[tuple[int, int]] = []
    for m in re.finditer(r"《(?:[^《》]|《[^《》]*》)*》", text[lo:hi]):
        spans.append((lo + m.start(), lo + m.end()))
    for m in re.finditer(r"[“‘「『\"]([^“”‘’「」『』\"\n]{1,30})[”’」』\"]", text[lo:hi]):
        spans.append((lo + m.start(), lo + m.end()))
    for m in re.finditer(r"[（(](?:含|不含|包括|其中含)[^（）()]{0,30}[）)]", text[lo:hi]):
        spans.append((lo + m.start(), lo + m.end()))
    for m in re.finditer(r"[（(][^（）()\n]{0,40}〔\d{4}〕[^（）()\n]{0,10}[）)]", text[lo:hi]):
        spans.append((lo + m.start(), lo + m.end()))
    for m in finditer_run_then(DOC_NUMBER_IN_BODY, DOC_NUMBER_TAIL, AGENCY_LETTER, 14, text, lo, hi):
        spans.append(m.span())
    return spans


def _title_spans(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Cited titles and document numbers: their years are not the target's years."""
    return [(lo + m.start(), lo + m.end()) for m in
            re.finditer(r"《(?:[^《》]|《[^《》]*》)*》|〔\d{4}〕", text[lo:hi])]


def _back_to(text: str, pos: int, lo: int, breaks: re.Pattern) -> int:
    """Start of the stretch containing `pos` that ends at the last break before it (in the 300
    characters before it, else `lo`). The break patterns match one character each, so the last
    of their matches is the first one a backward search finds."""
    m = _backward(breaks).search(text, max(lo, pos - 300), pos)
    return max(m.end() if m else lo, lo)


@lru_cache(maxsize=None)
def _backward(breaks: re.Pattern) -> re.Pattern:
    return re.compile(breaks.pattern, breaks.flags | re.REVERSE)


def _forward_to(text: str, pos: int, hi: int, breaks: re.Pattern) -> int:
    m = breaks.search(text, pos, min(hi, pos + 300))
    return m.start() if m else min(hi, pos + 300)


# ---------------------------------------------------------------------------------------------
# Deciding: excluded, conditional, demanded


ORGAN_AFTER_VERB = re.compile(r"[\p{Han}]{0,3}?(?:局|厅|委|办)")


def _has_verb(segment: str) -> bool:
    """A demand, provide, modal or share word in `segment`, not as part of an organ name
    (`住房城乡建设局` does not demand anything)."""
    for verb, kind in lexicon().verbs.items():
        if kind not in ("demand", "provide", "modal", "share") or verb == "有" or verb not in segment:
            continue
        for m in re.finditer(re.escape(verb), segment):
            if not ORGAN_AFTER_VERB.match(segment, m.end(), m.end() + 4):
                return True
    return False


def _before_comparator(text: str, clause_start: int, q: Quantity) -> str | None:
    """A comparator written before the number: `不少于2万名`, `超过100万`, `达到…以上` (not here)."""
    prefix = text[clause_start:q.start]
    stripped = re.sub(r"(?:达到|达|为|有|在|可|要|应|共|累计|培训|培养|开展|完成|招收|提供|配备|设置|建设|培育)\s*$", "", prefix.rstrip())
    for phrase, cmp in lexicon().before:
        if stripped.endswith(phrase) or prefix.rstrip().endswith(phrase):
            return cmp
    # `不低于本市最低工资标准的80%`: the comparator governs a noun phrase ending in the rate.
    if q.unit == "%":
        tail = prefix[-20:]
        for phrase, cmp in lexicon().before:
            i = tail.rfind(phrase)
            if len(phrase) >= 2 and i >= 0 and not re.search(r"\d", tail[i:]):
                return cmp
    return None


def _exclusion_hit(text: str, q: Quantity) -> bool:
    lo, hi = max(0, q.start - 4), min(len(text), q.unit_end + 4)
    window = text[lo:hi]
    for phrase in lexicon().exclusions:
        if phrase not in window:
            continue
        for m in re.finditer(re.escape(phrase), window):
            s, e = lo + m.start(), lo + m.end()
            if s < q.unit_end and e > q.start:
                return True
    return False


def _is_excluded(text: str, q: Quantity, clause_prefix: str, blocked: SpanIndex) -> bool:
    if blocked.covers(q.start):
        return True
    if q.unit_kind in ("time", "age", "ordinal"):
        return True
    if q.token == "ar" and q.unit is None:
        return True
    # A year written without 年 next to a unit is rare; `2025` with no unit never reaches here.
    if ORDINAL_BEFORE.search(text[max(0, q.start - 3):q.start]):
        return True
    before_char = text[q.start - 1] if q.start else ""
    after_char = text[q.unit_end] if q.unit_end < len(text) else ""
    if before_char in NAME_NEIGHBOUR or after_char in NAME_NEIGHBOUR:
        return True
    if DESCRIPTIVE_BEFORE.search(text[max(0, q.start - 3):q.start]) or ARTICLE_LIST.search(text[max(0, q.start - 10):q.start]):
        return True
    if re.match(r"\s*的?基础上", text[q.end:q.end + 5]):
        return True  # 在…达到12000元的基础上: a baseline, not a demand
    if before_char == "每" or text[max(0, q.start - 2):q.start] in ("每万", "每千", "每百"):
        return True  # a denominator: 每5000名老年人配备1名
    if q.token == "cn":
        raw = text[q.start:q.unit_end]
        if re.match(r"^[十百千万亿]", raw) and not raw.startswith("十"):
            return True  # bare 百/千/万: 百县千镇万村, 千家万户
        if before_char in CN_WORD_BEFORE:
            return True
        if re.match(r"[一二两三四五六七八九十]", after_char or "x") or text[q.unit_end:q.unit_end + 1] == "一":
            return True  # 一户一策, 一人一档
    if _exclusion_hit(text, q):
        return True
    if q.unit in FREQUENCY_UNITS and q.token == "cn":
        return True  # 召开两次, 二次污染: a frequency or an adjective
    if q.unit in FREQUENCY_UNITS and PERIOD_WORD.search(clause_prefix):
        return True  # 每季度报送1次, 原则上一年召开一次
    if q.unit in FREQUENCY_UNITS and re.match(r"\s*(?:会议|例会|会商|调度|督查|督导)", text[q.end:q.end + 4]):
        return True
    if text[q.unit_end:q.unit_end + 1] == "性":
        return True  # 一次性
    return False


def _is_condition(text: str, q: Quantity, clause_prefix: str, core_prefix: str) -> bool:
    """`参加社会保险6个月以上的`, `对吸纳5人以上的企业`, `符合两项及以上标准的`: eligibility, not a target."""
    after = re.sub(r"[（(][^（）()]{0,40}[）)]", "", text[q.end:q.end + 60])
    rest_of_clause = CLAUSE_BREAK.split(after, maxsplit=1)[0]
    if rest_of_clause.endswith("的") and not re.search(r"给予|补贴|奖励|资助|发放", rest_of_clause):
        if not (q.unit_kind in ("percent", "permille") and not core_prefix and rest_of_clause.startswith("的")):
            return True  # the clause is a 的-phrase naming who qualifies
    if CONDITION_START.search(clause_prefix.strip()) and not re.search(r"给予|按|补贴|奖励|资助|发放", clause_prefix):
        return True
    if after.startswith("的"):
        rest = after[1:]
        if RATE_NOUN.match(rest):
            return False
        if q.unit_kind in ("percent", "permille") and not core_prefix:
            return False  # a share: 60%以上的经费用于…
        if _verb_before_end().search(clause_prefix.rstrip()):
            return False  # 培育10家以上的龙头企业
        return True
    return False


@lru_cache(maxsize=1)
def _verb_before_end() -> re.Pattern:
    """A demand/provide verb, then an optional comparator, at the end (built once)."""
    return re.compile(r"(?:" + "|".join(v for v, k in lexicon().verbs.items() if k in ("demand", "provide")) +
                      r")\s*(?:" + "|".join(re.escape(p) for p, _ in lexicon().before) + r")?\s*$")


@lru_cache(maxsize=1)
def _verb_at_end() -> re.Pattern:
    return re.compile(r"(?:" + "|".join(v for v, k in lexicon().verbs.items() if k in ("demand", "provide")) + r")\s*$")


def _is_demanded(q: Quantity, cmp: str | None, clause_prefix: str) -> bool:
    if cmp:
        return True
    if q.unit_kind in ("percent", "points", "multiple", "permille"):
        return True
    if q.unit_kind == "money" and re.search(r"标准|额度|金额|上限|资金|经费|奖|补|资助|给予|发放|安排|投入", clause_prefix):
        return True
    if q.token == "cn" and q.values[0][0] == 1:
        return False  # 打造一支队伍, 建立一个平台: prose, not a quota
    if q.token == "cn" and q.values[0][0] < 10:
        # 两项补贴, 三类人员, 一个中心: small numerals in prose name structure, unless a verb
        # governs them directly (建设三所).
        return bool(_verb_at_end().search(clause_prefix))
    return _has_verb(clause_prefix)


# ---------------------------------------------------------------------------------------------
# Describing: indicator, quote, years


def _strip_scope(s: str) -> str:
    """Drop what leads into the demand: numbering, years, 每年, 全市, 力争, list separators."""
    prev = None
    while prev != s:
        prev = s
        s = NUMBERING.sub("", s).strip()
        s = LEADING_SCOPE.sub("", s).strip()
    return s


def _strip_verbs(s: str, leading: bool) -> str:
    """Drop verbs and comparators at one end: `扶持培育` -> ``, but keep `补贴性培训`, `覆盖率`."""
    words = _strip_verb_words()
    changed = True
    while changed and s:
        changed = False
        for w in words:
            if leading and s.startswith(w) and not NOMINAL_AFTER_VERB.match(s[len(w):]):
                s, changed = s[len(w):], True
            elif not leading and s.endswith(w):
                s, changed = s[: -len(w)], True
    return s


@lru_cache(maxsize=1)
def _strip_verb_words() -> tuple[str, ...]:
    verbs = sorted((v for v, k in lexicon().verbs.items() if k != "share"), key=len, reverse=True)
    comps = sorted({p for p, _ in lexicon().before}, key=len, reverse=True)
    return tuple(verbs + comps + ["为", "在", "到", "有", "可", "要", "应", "的", "将", "并"])


NOMINAL_AFTER_VERB = re.compile(r"^(?:性|类|费|金|率|面|值|量|额|标准|资金|对象|机构|基地|中心)")
RATE_NAME = re.compile(r"(?:率|比例|比重|占比|份额)$")
LINKING_TAIL = ("每年", "年均", "逐年", "力争", "确保", "争取", "努力", "要", "达到", "达", "为", "在", "有", "可", "要", "应", "的", "将", "并", "累计", "共", "总计", "合计",
                "提高到", "提升到", "增加到", "降低到", "下降到", "控制在", "保持在", "稳定在")
POST_VERB = re.compile(r"^(?:开展|参加|参与|用于|达到|享受|实现|获得|进行|接受|完成)")


def _first_verb(core: str) -> tuple[int, str] | None:
    """The earliest demand verb used as a verb (not 补贴性, 培训费, 建设局)."""
    best = None
    for verb, kind in lexicon().verbs.items():
        if kind not in ("demand", "provide", "modal") or verb not in core:
            continue
        for m in re.finditer(re.escape(verb), core):
            if NOMINAL_AFTER_VERB.match(core[m.end():]) or ORGAN_AFTER_VERB.match(core, m.end(), m.end() + 4):
                continue
            if best is None or m.start() < best[0] or (m.start() == best[0] and len(verb) > len(best[1])):
                best = (m.start(), verb)
            break
    return best


BASELINE_TAIL = re.compile(r"(?:分别|同比|(?:比|较|相比)(?:上年|去年|上一年|(?:19|20)\d{2}\s*年(?:底|末)?)?)$")


@lru_cache(maxsize=1)
def _tail_words() -> tuple[str, ...]:
    return tuple(sorted({p for p, _ in lexicon().before}, key=len, reverse=True) + list(LINKING_TAIL))


def _strip_tail(s: str) -> str:
    """Drop what ends a subject before its number: comparators, 达到, 力争, 比2015年, 分别."""
    words = _tail_words()
    prev = None
    while s and prev != s:
        prev = s
        s = BASELINE_TAIL.sub("", s)
        for w in words:
            if s.endswith(w):
                s = s[: -len(w)]
                break
    return s


def _indicator(text: str, q: Quantity, seg_start: int, clause_end: int) -> tuple[str, int, int]:
    """(indicator, quote start, quote end): the shortest phrase naming what is counted.

    `开展补贴性职业技能培训150万人次` -> 补贴性职业技能培训 (after the verb, before the number);
    `建设1家市级示范基地` / `10名左右大国工匠` -> the noun after the measure word;
    `技能人才总量达到23万人` -> 技能人才总量 (the subject of 达到)."""
    pre_raw = text[seg_start:q.start]
    pre = _strip_scope(pre_raw)
    pre_start = q.start - len(pre) if pre and pre_raw.endswith(pre) else seg_start
    core = pre
    verb = _first_verb(core)
    if RATE_NAME.search(_strip_tail(core)):
        # `…从业人员的安全技能培训覆盖率达100%`: the named rate is the indicator.
        core = _strip_tail(core)
        core = core.rsplit("的", 1)[-1] if len(core.rsplit("的", 1)[-1]) >= 3 else core
    elif verb:
        rest = core[verb[0] + len(verb[1]):]
        after = _strip_tail(_strip_verbs(rest, leading=True))
        core = after if after else (_strip_tail(core[: verb[0]]) or _strip_tail(rest))
    core = _strip_tail(core).strip("，,、 ")
    core = re.sub(r"^[的之]", "", core)
    if "占" in core and not core.endswith(("比例", "比重")):
        core = core + "比例"  # 技能人才占就业人员的30% -> 技能人才占就业人员比例
    post_m = re.match(r"(的)?([^，,；;。！？、：:（()）\n]{1,30})", text[q.end:clause_end])
    post = ""
    rate = q.unit_kind in ("percent", "permille", "points")
    if post_m and rate:
        post = post_m.group(2).strip()  # 60%以上的经费用于一线职工教育培训
    elif post_m and not POST_VERB.match(post_m.group(2)):
        post = re.split(r"(?:开展|参加|参与|达到|享受|用于|实现|[和及与]?[\d一二两三四五六七八九十]+)", post_m.group(2))[0].strip()
    counted_after = post and (not rate or not core)
    if counted_after:
        post_start = q.end + (1 if post_m.group(1) else 0)
        return post, pre_start, post_start + len(post)
    if core:
        return core, pre_start, q.end
    fallback = _strip_tail(pre) or (verb[1] if verb else "") or text[q.start:q.unit_end]
    return fallback, pre_start, q.end


def _year_from(s: str) -> tuple[int | None, int | None] | None:
    """The last time expression in `s`: `到2025年` -> (None, 2025), `2025-2027年` -> (2025, 2027).

    A baseline (`较2020年翻一番`, `比2015年增长`) is not the target's year."""
    s = BASELINE_YEAR.sub(lambda m: " " * len(m.group(0)), s)
    found: list[tuple[int, tuple[int | None, int | None]]] = []
    for m in YEAR_RANGE.finditer(s):
        found.append((m.end(), (int(m.group(1)), int(m.group(2)))))
    for m in YEAR_BY.finditer(s):
        y = int(m.group(1) or m.group(2))
        found.append((m.end(), (None, y)))
    for m in YEAR_ONE.finditer(s):
        if any(m.start() < e and m.end() > e - len(m.group(0)) - 12 and e >= m.end() for e, _ in found):
            continue
        if re.search(r"(?:到|至|截至|截止到?|自|从)\s*$", s[: m.start()]):
            continue
        found.append((m.end(), (int(m.group(1)), int(m.group(1)))))
    for m in YEAR_FROM.finditer(s):
        found.append((m.end(), (int(m.group(1)), None)))
    for m in FIVE_YEAR.finditer(s):
        first = FIVE_YEAR_PLAN_START[m.group(2)]
        span = (None, first + 4) if (m.group(1) or m.group(3) == "末") else (first, first + 4)
        found.append((m.end(), span))
    if not found:
        return None
    return max(found, key=lambda f: f[0])[1]


def _per_year(scope: str) -> bool:
    """每年/年均/每年度 before the number, not cut off by a later time expression
    (`每年新建2个，到2021年建成1个以上`: the second is not per year)."""
    hits = [m.end() for m in PER_YEAR.finditer(scope)]
    if not hits:
        return False
    later = [m.start() for m in re.finditer(r"(?:到|至)\s*(?:19|20)\d{2}\s*年|(?:19|20)\d{2}\s*年", scope)]
    return not any(y >= hits[-1] for y in later)


# What a title names for one year: its standards, tasks, goals or the year's work.
ONE_YEAR_CONTENT = re.compile(r"标准|任务|目标|工作|安排|计划|要点")


def _period_of_title(title: str) -> tuple[int | None, int | None] | None:
    """A plan's period from its title: `(2025-2027年)`, `2025年…工作要点`, `“十四五”…规划`."""
    m = YEAR_RANGE.search(title)
    if m:
        return int(m.group(1)), int(m.group(2))
    m = FIVE_YEAR.search(title)
    if m:
        first = FIVE_YEAR_PLAN_START[m.group(2)]
        return first, first + 4
    m = YEAR_ONE.search(title)
    if m and (WORK_PLAN_GENRES.search(title) or ONE_YEAR_CONTENT.search(title[m.end():])):
        # `2025年…工作要点`, `我市2025年最低生活保障标准`, `做好2024年春季植树造林工作`: a plan for one year
        return int(m.group(1)), int(m.group(1))
    return None


def _plan_periods(ctx: Context) -> list[tuple[int, tuple[int | None, int | None] | None]]:
    """(start offset, period) of each document the file holds: the period its own title states,
    else the duration a body sentence states (spec 1.1 section 7). A notice transmitting several
    documents gives each its own (若干政策 has none, 行动计划（2021-2023年） has 2021–2023)."""
    layout = ctx.layout
    if layout.document_starts:
        titles = [layout.title.text if layout.title else ""]
        titles += [next((ln.text for ln in layout.lines if ln.start == s), "") for s in layout.document_starts]
        starts = [layout.body_start] + list(layout.document_starts)
    else:
        titles = [ctx.metadata.title or (layout.title.text if layout.title else "") or ""]
        starts = [layout.body_start]
    ends = starts[1:] + [layout.body_end]
    text = ctx.doc.text
    return [(a, _period_of_title(t) or _stated_duration(text[a:b], _issue_year(ctx)))
            for a, b, t in zip(starts, ends, titles)]


def _period_at(periods, pos: int) -> tuple[int | None, int | None] | None:
    found = None
    for start, period in periods:
        if start <= pos:
            found = period
    return found


# A body sentence stating the policy's own duration: `2012年起5年内`, `今后三年`, `自2019年2月1日起
# 施行，有效期5年`, `有效期至2025年12月31日`, `本政策自2021年开始执行` (spec 1.1 section 7).
DURATION_FROM = re.compile(r"((?:19|20)\d{2})\s*年起\s*(\d{1,2}|[一二三四五六七八九十])\s*年内")
DURATION_AHEAD = re.compile(r"今后\s*(\d{1,2}|[一二三四五六七八九十])\s*年")
# The policy speaks of itself (本办法, 本通知, 本政策…): another programme's start date is not its period.
SELF = r"本(?:[\p{Han}]{0,6}?)(?:" + "|".join(genre_words()) + r"|政策|规定)"
IN_FORCE = re.compile(SELF + r"[^。；]{0,8}?(?:自|从)\s*((?:19|20)\d{2})\s*年[^。；]{0,12}?(?:起|开始)?\s*(?:施行|执行|实施)"
                      r"(?:[^。]{0,20}?有效期\s*(?:为\s*)?(\d{1,2}|[一二三四五六七八九十])\s*年)?")
VALID_UNTIL = re.compile(SELF + r"[^。；]{0,30}?有效期(?:至|到)\s*((?:19|20)\d{2})\s*年")


def _stated_duration(body: str, issue_year: int | None) -> tuple[int | None, int | None] | None:
    m = DURATION_FROM.search(body)
    if m:
        start = int(m.group(1))
        return start, start + _count(m.group(2)) - 1
    m = DURATION_AHEAD.search(body)
    if m and issue_year:
        return issue_year, issue_year + _count(m.group(1)) - 1
    m = IN_FORCE.search(body)
    if m:
        start = int(m.group(1))
        return (start, start + _count(m.group(2)) - 1) if m.group(2) else (start, None)
    m = VALID_UNTIL.search(body)
    if m:
        return None, int(m.group(1))
    return None


def _count(s: str) -> int:
    return int(s) if s.isdigit() else (cn_to_int(s) or 1)


# A bullet paragraph of a goal list: ——, --, －－, •, ●.
BULLET = re.compile(r"^\s*(?:——|--|－－|—|•|●|▪|◆)")
# A sentence that introduces a list of goals (`到2027年，实现以下目标：`, `主要目标是：`).
INTRODUCER_END = re.compile(r"[：:]\s*$")


def _paragraph_period(ctx: Context, text: str, pos: int) -> tuple[int | None, int | None] | None:
    """The year of a time expression that opens the target's paragraph (`到2020年，…。…`: every
    target of the paragraph), or of a sentence introducing the list the paragraph belongs to
    (`力争到2027年，实现以下目标：` then the goals, within the same numbered item)."""
    line_start = ctx.line_start(pos)
    para = text[line_start:min(pos, line_start + 4096)]  # the opening is read, not the whole line
    numbered = NUMBERING.match(para)
    if pos - line_start > 4096 and len(para) - (numbered.end() if numbered else 0) < 64:
        para = text[line_start:pos]
        numbered = NUMBERING.match(para)
    opening = para[numbered.end() if numbered else 0:]
    first = re.match(r"[^，,。；]{0,24}[，,]", opening)
    if first:
        y = _year_from(first.group(0))
        if y:
            return y
    task = ctx.task_at(pos)
    if BULLET.match(para):
        # a bullet (——…) under a paragraph that opens with its year: `到2023年，…。` then the goals
        k = line_start - 1
        for _ in range(30):
            if k <= ctx.layout.body_start:
                break
            prev_start = text.rfind("\n", 0, k) + 1
            line = text[prev_start:k]
            if not BULLET.match(line):
                if ctx.task_at(prev_start) == task:
                    lead = re.match(r"[^，,。；]{0,24}[，,]", line)
                    y = _year_from(lead.group(0)) if lead else None
                    if y:
                        return y
                break
            k = prev_start - 1
    k = line_start - 1
    for _ in range(12):  # the paragraphs above, back to the introducer
        if k <= ctx.layout.body_start:
            break
        prev_start = ctx.line_start(k)
        line = text[prev_start:k]
        if ctx.task_at(prev_start) != task and not (task or "").startswith(ctx.task_at(prev_start) or "\0"):
            break
        if INTRODUCER_END.search(line):
            last = re.split(r"[。；]", line.rstrip("：: "))[-1]
            y = _year_from(last)
            return y if y else None
        if line.endswith("。") and len(line) > 60:
            break  # a prose paragraph, not a list under an introducer
        k = prev_start - 1
    return None


def _heading_period(ctx: Context, pos: int) -> tuple[int | None, int | None] | None:
    path = ctx.task_at(pos)
    if not path:
        return None
    by_path = ctx.task_by_path()
    parts = path.split("/")
    for i in range(len(parts), 0, -1):
        task = by_path.get("/".join(parts[:i]))
        if task is not None:
            y = _year_from(task.heading)
            if y:
                return y
    return None


def _in_review_section(ctx: Context, pos: int) -> bool:
    path = ctx.task_at(pos)
    if not path:
        return False
    by_path = ctx.task_by_path()
    parts = path.split("/")
    return any(REVIEW_HEADING.search(by_path[p].heading) for p in ("/".join(parts[:i]) for i in range(1, len(parts) + 1))
               if p in by_path)


def _issue_year(ctx: Context) -> int | None:
    d = ctx.metadata.issue_date
    return int(d[:4]) if d and d[:4].isdigit() else None


# ---------------------------------------------------------------------------------------------


def extract_targets(doc: CleanDoc, ctx: Context) -> list[Target]:
    text = doc.text
    lo, hi = ctx.layout.body_start, ctx.layout.body_end
    blocked = SpanIndex(_blocked_spans(text, lo, hi))
    titles = SpanIndex(_title_spans(text, lo, hi))
    plans = _plan_periods(ctx)
    issue_year = _issue_year(ctx)
    targets: list[Target] = []
    # (clause start, end of last target, its comparator, start of the comma clause after it)
    last: tuple[int, int, str | None, int] | None = None
    pos = lo
    while True:
        m = TOKEN.search(text, pos, hi)
        if not m:
            break
        q = read_quantity(text, m)
        if q is None or q.end > hi:
            pos = m.end()
            continue
        pos = max(q.end, m.end())
        clause_start = _back_to(text, q.start, lo, CLAUSE_BREAK)
        clause_end = _forward_to(text, q.end, hi, CLAUSE_BREAK)
        clause_prefix = text[clause_start:q.start]
        if _is_excluded(text, q, clause_prefix, blocked):
            continue
        if FORMULA.search(text[clause_start:clause_end]) or PAST.search(clause_prefix):
            continue
        sentence_start = _back_to(text, q.start, lo, SENTENCE_BREAK)
        sentence_year = _year_from(_mask(text, sentence_start, q.start, titles))
        if (sentence_year and issue_year and sentence_year[1] is not None and sentence_year[1] < issue_year
                and not re.search(r"力争|确保|到|至", clause_prefix)):
            continue  # a past achievement: 2019年全市培训…
        # A list shares its first item's verb and words: 建设50所…和150个…; 分别不少于60万元、40万元.
        in_list = last is not None and last[0] == clause_start and last[1] <= q.start
        # `培育3家综合型平台，20家行业型平台，100家企业级平台`: a comma clause that opens with its
        # number continues the list of the clause before it (spec 1.1: a number that opens its clause)
        continues = (last is not None and not in_list and clause_start == last[3]
                     and re.fullmatch(r"\s*", text[clause_start:q.start]) is not None)
        in_list = in_list or continues
        seg_start = last[1] if in_list else clause_start
        joined = in_list and re.fullmatch(r"\s*[、和及与]\s*", text[last[1]:q.start]) is not None
        before_cmp = _before_comparator(text, seg_start, q) or (last[2] if joined else None)
        core_prefix = _strip_scope(text[seg_start:q.start])
        if _is_condition(text, q, clause_prefix, core_prefix):
            continue
        demanded = _is_demanded(q, before_cmp or q.after_cmp, clause_prefix) or in_list or (
            re.match(r"\s*(?:将|把)", clause_prefix) and VERB_AFTER.match(text[q.end:clause_end])) or (
            re.match(r"\s*(?:按照?|以)", clause_prefix) and q.unit_kind not in ("time", "age", "ordinal")
            and PROVIDE_AFTER.match(text[q.end:clause_end]))
        if not demanded or _in_review_section(ctx, q.start):
            continue
        if _structural(text, q) and not (before_cmp or q.after_cmp):
            continue
        indicator, qs, qe = _indicator(text, q, seg_start, clause_end)
        per_year_start = _back_to(text, q.start, lo, PER_YEAR_BREAK)
        per_year = _per_year(text[per_year_start:q.start])
        years = (sentence_year or _paragraph_period(ctx, text, q.start) or _heading_period(ctx, q.start)
                 or _period_at(plans, q.start) or (None, None))
        task = ctx.task_at(q.start)
        quote_start = max(qs, q.start - 40)
        for value, range_cmp in q.values:
            targets.append(Target(
                task=task, indicator=indicator, value=plain(value), unit=q.unit,
                comparator=range_cmp or q.after_cmp or before_cmp or "=",
                per_year=per_year, year_start=years[0], year_end=years[1],
                quote=text[quote_start:qe], span=(quote_start, qe),
            ))
        next_clause = _forward_to(text, q.end, hi, CLAUSE_BREAK)
        last = (clause_start, q.end, before_cmp,
                next_clause + 1 if next_clause < hi and text[next_clause] in "，," else -1)
    return targets


def _mask(text: str, start: int, end: int, blocked: SpanIndex) -> str:
    """text[start:end] with blocked regions (titles, document numbers) blanked out."""
    chars = list(text[start:end])
    for s, e in blocked.overlapping(start, end):
        for i in range(max(s, start), min(e, end)):
            chars[i - start] = " "
    return "".join(chars)


STRUCTURAL = re.compile(
    r"^(?:大|项|个|方面|类)?(?:方面|领域|环节|阶段|部门|成员单位|方向|层次|层级|维度|原则|关口|步骤|板块|主线|抓手|支柱|"
    r"机制|体系|特点|特征|理念|意识|转变|结合|统一|坚持|不|必须|作用|优势|短板|难题|问题|风险)"
)


def _structural(text: str, q: Quantity) -> bool:
    """`聚焦四个方面`, `由14个部门组成`: counts that describe the plan's own structure."""
    return bool(STRUCTURAL.match(text[q.unit_end:q.unit_end + 6]))
