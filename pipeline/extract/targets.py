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

from bisect import bisect_left, bisect_right
from decimal import Decimal
from functools import lru_cache
import re as stdre
import weakref

from .. import rx as re

from ..clean import CleanDoc
from ..nlp.simplify import simplified_line
from ..numbers import CN_DIGIT, cn_to_int, plain
from ..quantity import (NUMERAL_PLACE_OPENERS, RANGE_SEP_WORD, TOKEN, Quantity, lexicon, numeral_place_end, read_quantity,
                        token_scanner)
from ..vocabulary import genre_words, work_plan_genres
from ..record import Target
from ..patterns import FIVE_YEAR_PLAN_START, NUMBERING_START
from ..scan import (ends_matched, find_words, finditer_at, finditer_clause_cued, finditer_opened, finditer_run_then, openings,
                   stdlib_twin, tail_search)
from ..scan import source_crc as _crc
from ..spans import SpanIndex
from .context import Context
from .years import EARLY_PLAN, EARLY_PLAN_START, EVENT_YEAR, _plan_span


# (speed, s26) The bounds of the line a number lies in. Asked by each number's table checks (`_goal_cell`, `_row_deadline`,
# `_row_number`, …): found within a short reach of the number first, else from the text's line breaks, listed once per text
# (a 5 MB text on one line is not scanned back to its start, or copied, at each of its numbers). One text is kept at a time
# (the one being read); a tuple swapped whole, so a reader never sees one text's breaks with another's.
LINE_REACH = 256
_LINES: tuple = (None, None, None)  # (text, its line break offsets, {(start, end): the line holds `|` or a tab})
_NON_BLANK = stdre.compile(r"\S")  # (the standard library's \S: not str.isspace, as str.strip() reads blanks)
_NON_PAD = stdre.compile(r"[^ \t\u3000]")  # (`text[a:b].strip(" \t\u3000")` is not empty, without the copy)


def _text_lines(text: str) -> tuple:
    lines = _LINES
    if lines[0] is not text:
        breaks, i = [], text.find("\n")
        while i >= 0:
            breaks.append(i)
            i = text.find("\n", i + 1)
        lines = _set_lines((text, breaks, {}))
    return lines


def _set_lines(lines: tuple) -> tuple:
    global _LINES
    _LINES = lines
    return lines


def _line_start(text: str, lo: int, pos: int) -> int:
    """`text.rfind("\n", lo, pos) + 1` (0 when no break lies in [lo, pos), as that reads)."""
    near = text.rfind("\n", max(lo, pos - LINE_REACH), pos)
    if near >= 0 or pos - LINE_REACH <= lo:
        return near + 1
    breaks = _text_lines(text)[1]
    i = bisect_left(breaks, pos) - 1
    return breaks[i] + 1 if i >= 0 and breaks[i] >= lo else 0


def _line_end(text: str, pos: int) -> int:
    """`text.find("\n", pos)` (-1 when none follows)."""
    near = text.find("\n", pos, pos + LINE_REACH)
    if near >= 0 or pos + LINE_REACH >= len(text):
        return near
    breaks = _text_lines(text)[1]
    i = bisect_left(breaks, pos)
    return breaks[i] if i < len(breaks) else -1


def _parted(text: str, start: int, end: int) -> bool:
    """`"|" in text[start:end] or "\t" in text[start:end]`: the line is a table row kept with bars or tabs (a long line
    looked at once per text)."""
    if end - start <= 4 * LINE_REACH:
        row = text[start:end]
        return "|" in row or "\t" in row
    seen = _text_lines(text)[2]
    found = seen.get((start, end))
    if found is None:
        found = seen[(start, end)] = text.find("|", start, end) >= 0 or text.find("\t", start, end) >= 0
    return found


def _blank(text: str, start: int, end: int) -> bool:
    """`not text[start:end].strip()`, without the copy."""
    return _NON_BLANK.search(text, start, end) is None


# (s24) a table row's cell bar (` | `, as the DOCX, HTML and PDF-table readers write a row) ends a clause and a sentence:
# each cell is a statement of its own, and a target's indicator never reaches into the next cell
CLAUSE_BREAK = re.compile(r"[，；;。！？：:\n|]|,(?!\d{3})")
SENTENCE_BREAK = re.compile(r"[。！？\n|]")
PER_YEAR_BREAK = re.compile(r"[。！？；;\n|]")
# ((s23-tg) a season that comes once a year, `每个雪季`, `每个供暖季`, is per year like 每年: guide S22)
PER_YEAR = re.compile(r"每年度?|年均(?!浓度|值|降水|气温)|每一年度?|每个?(?:自然)?年度|一个(?:自然)?年度内|同一(?:个)?(?:自然)?年度内|每学年|每个?(?:冰雪季|雪季|供暖季|采暖季|赛季)")
PERIOD_WORD = re.compile(r"每|年|季度|月|周|半年|天|日")
FREQUENCY_UNITS = {"次", "回", "轮"}
# `城乡居民年人均出游4.5次`, `人均年就诊达到5次`: times per head are a level a plan sets, not how often
# something is held (spec 1.1 section 7 leaves out frequencies of meetings, reports and reviews).
PER_CAPITA_LEVEL = re.compile(r"人均[\p{Han}]{0,6}$")
ELIGIBILITY_LIMIT_WORDS = re.compile(r"准入|限额|申请|资格|认定|收入")  # (a line of who qualifies, not a level to reach)
# Characters that, right before a Chinese numeral, make it part of a word (统一, 唯一, 第一).
CN_WORD_BEFORE = set("统唯同进单第万之其逐划专每初")
# ((s27-tg) not the 前 of 提前: `提前1个月以上` makes a time earlier by an amount, no ranking)
# ((s34-tg) not the 前 of a deadline, `确保2019年底前17个乡镇污水处理厂全部建成运行`: 底前, 末前 close a time, they rank nothing)
ORDINAL_BEFORE = re.compile(r"(?:第|(?<![提底末])前|排名|位列|列)\s*$")
# (every match of ORDINAL_BEFORE holds one of the characters it opens with, read from it)
ORDINAL_OPENINGS = frozenset(openings(ORDINAL_BEFORE, 1) or "")


# (s38-targets, guide S36 CU2 Q2) a ranking goal, `考核成绩稳定在全区镇街前5名`, `力争进入全省前10位`: the rank to keep or
# reach, a target (5 名, `<=`: no lower than fifth), not an ordinal
# (kept ranks only: the open golds a18, a21, a172 leave a rank to reach, `力争进入前五位`, out; see the report)
RANK_GOAL_BEFORE = re.compile(r"(?:稳定在|保持在|保持|巩固在)[^，,；;。\d]{0,12}?前\s*$")
RANK_UNIT = re.compile(r"\s*(?:名|位)")


def _rank_goal(text: str, q: Quantity) -> bool:
    return (text[max(0, q.start - 1):q.start] == "前" and RANK_UNIT.match(text, q.end - len(q.unit or "") if q.unit else q.end)
            is not None and RANK_GOAL_BEFORE.search(text, max(0, q.start - 18), q.start) is not None)


def _ordinal_before(text: str, pos: int) -> bool:
    """ORDINAL_BEFORE in the three characters before `pos`; a window without one of its first
    characters (most) is not searched."""
    window = text[max(0, pos - 3):pos]
    if ORDINAL_OPENINGS and ORDINAL_OPENINGS.isdisjoint(window):
        return False
    return ORDINAL_BEFORE.search(window) is not None
NAME_NEIGHBOUR = set("+＋×*=＝")
FORMULA = re.compile(r"[=＝]|[*×]\s*100\s*[%％]")
# ((s25-tg2) not the 现有 of `实现有花园的贫困户户均收入达到…`: 实现 then 有)
# ((s29-central) nor `在现有基础上再提高…`, `在现有水平上增加…`: the baseline a plan's increase is counted from, as `比2020年`)
PAST = re.compile(r"已经|已有|已达|已建|已完成|已累计|截至目前|目前已|共有|共建有|(?<!实)(?<!在)现有(?!基础|水平)"
                  # (s38-targets) `我市成功入选…全国首批16个…试点城市`: a selection won, reported (not `对成功入选的…`, `力争成功…`)
                  r"|(?<![对保争])成功(?:入选|获批)")
# (s14b) `省政府已出台配套文件12件`: 已 before a verb of delivery reports what was done (not `对已认定的企业`: a modifier).
PAST_REPORT = re.compile(r"已(?:经)?(?:达到?|超过|突破|出台|制定|印发|发布|提出|开展|实施|建成|完成|形成|投入|下达|认定|命名|创建|培育|培训|新增|惠及|"
                         r"带动|设立|组建|成立|累计|接入|纳入|建立|取消|下放|推出|上线|开通|引进|入选|获批|发放|拨付|兑现|吸纳|举办|"
                         # ((s26-central) and the funding verbs of a reply on how requests were handled, `国家发展改革委已安排
                         # 中央预算内投资3亿元`, `已筹集资金1.2亿元`: money given, reported)
                         r"安排|筹集|下拨|争取|落实)(?![^，,；;。的]{0,16}的)")
# (s14b) `省政府已出台配套文件12件，提出改革措施36条`: 已 before the first verb of a sentence reports every clause after
# it, unless a later clause turns to what is to come.
PAST_TURN = re.compile(r"力争|确保|争取|到\s*(?:19|20)\d{2}|目标|今后|将|要|应|须|再|还|继续|进一步|计划|拟|新增")


# (s18) `按区里已有政策一次性奖励20万元`, `按照已有规定给予补助`: the rule an amount is granted by, not a past report.
BY_EXISTING_RULE = re.compile(r"(?:按照?|根据|依照|依据)[\p{Han}]{0,4}?已有(?:的)?(?:政策|规定|标准|办法|文件|制度)")


# (s19-tg) A sentence that describes a shortfall (`仅为50%左右`, `只有世界人均水平的四分之一`, `普遍在18%以上`,
# `不足全国平均水平的一半`) and asks for nothing (no goal, modal or deadline anywhere in it) states the situation a
# policy answers; its numbers are not set by the policy (spec §7: numbers that describe rather than demand).
# ((s26-a20tg) also 仅 right before the number: `每千名老年人拥有养老床位仅7.5张`)
# ((s27-tg) and an excess described, `每年果蔬腐损率高达20%至30%`: 高达/多达 report a level found too high, never one set)
# ((s28-tg) and a level found rising or stuck too high, `学生视力不良检出率居高不下，小学生为40.89%，初中生为67.33%`)
# ((s38-targets) not 最高达/最多达, a cap on what is granted: `展位费补助比例最高达80%`, spec §7 最高 `<=`)
DEFICIENCY = re.compile(r"仅为|仅有|只有|仅占|只占|仅达|仅(?=\s*\d)|尚不足|还不到|不足全|远低于|明显低于|普遍在|普遍低于|普遍偏低|相当普遍|(?<!最)高达|(?<!最)多达|"
                        r"居高不下|持续上升|持续攀升|不断攀升|逐年上升|"
                        # ((s30-tg) `劳动力总体文化素质偏低，接受过职业技能培训的不足20%`: a share of a group below a line,
                        # said of the present, a shortfall described)
                        r"(?<!普遍)偏低|偏高|的不足(?=\s*[\d一二三四五六七八九十百])")
DEFICIENCY_DEMAND = re.compile(r"力争|确保|争取|到\s*(?:19|20)\d{2}\s*年|目标|今后|将|(?<![重主纲摘提概])要|(?<![供相反适效])应|须|需(?!求)|计划|推动|推进|提高到|提升到|实现|"
                               r"不得|严禁|禁止|给予|安排|每年|年均|(?:19|20)\d{2}\s*年(?:底|末)?前")


def _deficiency_described(text: str, sentence_start: int, sentence_end: int) -> bool:
    if stdlib_twin(DEFICIENCY).search(text, sentence_start, sentence_end) is None:
        return False
    for m in DEFICIENCY_DEMAND.finditer(text, sentence_start, sentence_end):
        if m.group(0) in YEARLY_WORDS and _described_clause(text, m.end(), sentence_start, sentence_end):
            continue  # (s27-tg) `…冷链流通率分别只有5%…，每年果蔬腐损率高达20%至30%`: 每年 in a clause that itself describes
        return False  # (a shortfall or excess) says how often it happens, it demands nothing
    return True


YEARLY_WORDS = ("每年", "年均")


def _described_clause(text: str, pos: int, sentence_start: int, sentence_end: int) -> bool:
    start = _back_to(text, pos, sentence_start, CLAUSE_BREAK)
    return stdlib_twin(DEFICIENCY).search(text, start, _forward_to(text, pos, sentence_end, CLAUSE_BREAK)) is not None


# (s26-a20tg) The toll of a disaster a notice reports (`受灾农田41.6万亩`, `倒塌房屋1.2万余间`, `直接经济损失达9.8亿元`): the
# damage word right before the number, in a sentence that asks for nothing (spec §7: numbers that describe). A provision
# for the damaged (`对倒塌房屋的农户每户补助2000元`) has its own noun between the damage word and the number.
DAMAGE_BEFORE = re.compile(r"(?:(?:倒塌|倒损|损毁|冲毁|毁坏|受损|受灾|成灾|绝收|死亡|失踪|受伤)[\p{Han}]{0,4}?|(?:经济)?损失)"
                           r"(?:达到?|约|近|超过|逾|共|计)?\s*$")


DAMAGE_LIMITED = re.compile(r"率|控制|降|减|压|不超过|不高于|低于|以内")  # (`死亡率控制在0.5以内`: a limit set on the toll)


def _damage_reported(text: str, q: Quantity, clause_prefix: str, sentence_start: int, sentence_end: int) -> bool:
    toll = DAMAGE_BEFORE.search(clause_prefix, max(0, len(clause_prefix) - 12))
    return (toll is not None and DAMAGE_LIMITED.search(toll.group(0)) is None
            and DEFICIENCY_DEMAND.search(text, sentence_start, sentence_end) is None)


# (s23-tg) A preamble's account of the situation, closed by its judgement (`…漏损率平均在15%左右，部分城市超过20%，与发达
#国家相比仍有较大差距`, `但也要看到，…高耗能行业能源消耗占工业能耗的70%以上，节能减排形势依然严峻`): the numbers before
# the judgement describe (spec §7), unless the sentence sets something before them (DEFICIENCY_DEMAND; `要看到` is a
# reader's 要, not a demand's).
SITUATION = re.compile(r"(?:仍有|仍存在|存在|还有)(?:较大|明显|很大|一定)?差距|差距(?:较大|明显|仍然较大|仍较大)|形势(?:依然|仍然|仍|十分|非常|更加)?严峻|不容乐观")
SEEING = re.compile(r"(?:也|还|更|应|要|必须)?(?:要|应|应当|必须)(?:清醒|清楚)?(?:地)?看到")


def _situation_described(text: str, sentence_start: int, q: Quantity, sentence_end: int) -> bool:
    judged = SITUATION.search(text, q.end, sentence_end)
    if judged is None:
        return False
    before = SEEING.sub("", text[sentence_start:judged.start()])
    return DEFICIENCY_DEMAND.search(before) is None


# (s22-tg) `已建成的处理设施正常运行率达到90%以上`, `已建设施正常运行率不低于90%`: facilities already built named as the
# whole a rate is measured over (their running or use rate, to keep), not a report of what was built: the rate is set.
BUILT_STOCK_RATE = re.compile(r"已建(?:成)?(?:的)?[\p{Han}]{0,8}?(?:设施|设备|站点?|厂|场所?|池|网点?|项目|工程)[\p{Han}]{0,6}?(?:率|比例)"
                              r"\s*(?:要|应|须|均)?\s*(?:不低于|不少于|达到|达|保持在?|稳定在|维持在?)\s*$")


def _past_words(clause_prefix: str) -> bool:
    m = stdlib_twin(PAST).search(clause_prefix)
    if m is not None and m.group(0) == "已建" and BUILT_STOCK_RATE.match(clause_prefix, m.start()):
        m = stdlib_twin(PAST).search(clause_prefix, m.end())
    if m is None or m.group(0) != "已有" or "已有" not in clause_prefix:
        return m is not None
    return stdlib_twin(PAST).search(BY_EXISTING_RULE.sub("", clause_prefix)) is not None


def _perfective(clause_prefix: str) -> bool:
    """`新增了228个项目`, `投入了5亿元`: a verb with 了 right before the number reports what was done."""
    p = clause_prefix.rstrip()
    return len(p) >= 2 and p[-1] == "了" and "\u4e00" <= p[-2] <= "\u9fff" and p[-2] not in "为除"


# `超过1000人规模的学校`, `20人以上的自然村`: a size that picks out units, not a number to reach.
SIZE_QUALIFIER = re.compile(r"(?:的)?规模|的(?:行政村|自然村|村庄|村|社区|小区|企业|学校|单位|乡镇|园区|医院|机构|场所)"
                            r"(?!家|主|负责|人员|职工|员工|法人)")
PERSON_UNITS = {"人", "名", "户", "人次"}
# `五十万人口以上的城市要达到60%`, `城区人口100万以上的城市`: a population that picks out a class of places.
POPULATION_CLASS = re.compile(r"口?\s*(?:以上|以下|及以上|及以下|以内)?\s*的\s*(?:大|中|小|特大|超大)?(?:城市|城镇|县城|县|镇|乡镇|地区|市|城区)")
MONEY_QUALIFIED = re.compile(r"的?(?!用于|用来|支持|投向|投入|奖励|补助|补贴)(?:规上|规模以上)?[\p{Han}]{0,4}?(?:企业|单位|项目|工程|园区|机构|"
                             r"煤矿|矿井|矿山|电站|电厂|机组|港口|码头|船舶|装置|"
                             # ((s25-tg) `集体经营性收入10万元以上的村达到200个`: villages by their income, a class too)
                             r"(?<=的)村(?!民|级|庄)|(?<=的)(?:行政村|社区|“[^”]{1,6}村”))")
# (s22-tg3) Production plant named by its size class (`6300千伏安以下铁合金和电石矿热炉`, `单套年产能力40万吨以下的机焦炉`),
# also after the other bounds of the same class joined by 、 (`炭化室高度4.3米以下、单套…以下的机焦炉`).
UNITS_COUNTED_BEFORE = re.compile(r"\d+\s*(?:台|座|套|条|组)\s*$")
EQUIPMENT_CLASS = re.compile(r"的?[\p{Han}]{0,8}?(?:焦炉|高炉|转炉|电炉|矿热炉|锅炉|窑炉|立窑|生产线|机组|发电机组)")
CLASS_GRADE = re.compile(r"(?:等级|级)(?:及以上|以上|及以下|以下)?")
BOUND_JOINED = re.compile(r"、[^，,。；;、\n]{0,12}?\d[\d.]*\s*[^\d，,。；;、\n]{0,4}?(?:以下|以上)")


def _equipment_class(text: str, q: Quantity) -> bool:
    end = q.end
    joined = BOUND_JOINED.match(text, end, end + 24) if text[end:end + 1] == "、" else None
    if joined is not None:
        end = joined.end()
    return EQUIPMENT_CLASS.match(text, end, end + 14) is not None


# `年产30万吨能力的项目`, `年产10万台及以上规模的生产线`: a yearly capacity then 能力/规模/产能的 and what it picks out
CAPACITY_CLASS = re.compile(r"\s*(?:及以上|以上|及以下|以下)?\s*(?:生产|加工|处理)?(?:能力|规模|产能)的[\p{Han}]{0,6}?"
                            r"(?:项目|企业|装置|生产线|工厂|矿井|煤矿|基地)")
YEARLY_CAPACITY = ("年产", "年产能", "年生产", "年处理", "年加工")
YEARLY_CAPACITY_END = re.compile(r"年(?:产能?|生产|处理|加工)$")
CAPACITY_NOUN = re.compile(r"[\p{Han}]{0,4}?(?:生产|加工|处理|综合)?(?:能力|产能|规模)(?![的])")
SIZE_CLASS_AFTER = re.compile(r"(?:的)?(?:规上|规模以上)?[\p{Han}]{0,2}?(?:企业|单位|项目|园区|集群|产业|平台|龙头)")
# A year before the issue year still sets a goal with 力争/确保 or `到2020年` (not 达到, not 截至).
GOAL_IN_PAST = re.compile(r"力争|确保|(?<![达截])(?:到|至)\s*(?:19|20)\d{2}")
# A sentence that reviews the past: `近5年来`, `近年来`, `2000年…会议以来`, `“十三五”以来`.
# (`由目前的60%提升至85%`: 目前 naming a baseline reviews nothing)
# (`五年来，全县累计…`, `过去五年，…`, `去年，全市新增…`: a review of the past years; not `比去年增长`)
# (`整合目前已建的平台`, `目前的…`: 目前 inside a noun phrase before its 的 dates what it modifies, it reviews nothing;
# `目前该项目的主要问题是…` still reviews)
# ((s29-tg2) not 目前 before a setting verb, `缴费标准目前设为每年100元、200元…5个档次` in a 2011 细则: the standard the
# rule sets for now, not a review)
# ((s36-tg) `租金标准按照…确定，目前为每月每平方米建筑面积0.5元`, `…补贴标准由…确定，报市人民政府批准后公布执行。目前为：…每月
# 每平方米8元`: 目前为 right after the rule that fixes a standard gives the standard's level in force now, set by the document)
RETROSPECT = re.compile(r"近[\d一二两三四五六七八九十]{0,2}年来|多年来|以来[，,]|(?<![由从较比与])目前(?!的|已[\p{Han}]{1,3}的|(?:暂)?(?:设为|定为|确定为|设定为|分为|暂定为)"
                        r"|为(?<=标准(?!化)[^\n]{0,80}?(?:确定|制定|核定|公布执行|调整)[，,。]\s*目前为))|"
                        r"(?<![\p{Han}\d])[\d一二两三四五六七八九十]{1,2}年来|过去的?[\d一二两三四五六七八九十]{1,2}年|"
                        r"(?<![\p{Han}])(?:去年|前年)(?:[，,]|以来|全年|底)|"
                        r"(?<![\p{Han}])上一?轮[^，,。；;]{0,12}?(?:中|期间|以来)[，,]"  # (s23-tg2) `上一轮三年行动中，全区累计完成…`
                        # (s38-targets) `经过多年发展，全县茉莉花种植面积达10.8万亩`: years of work behind, the state reached now
                        # (not TG64's `经过三年努力，到2015年…`, a length counted ahead)
                        r"|经过多年(?:的)?(?:发展|努力|建设|培育|探索|实践)[，,]")
GOAL_AHEAD = re.compile(r"力争|确保|争取|到\s*(?:19|20)\d{2}\s*年|目标|今后|将")
# `上年度年薪应当在30万元以上`: a figure of a past year describes who qualifies.
PAST_PERIOD = re.compile(r"(?<![比较与提以])(?:上一?年度?|前一?年度?)(?!同期)")
# (also after a short subject and modal: `有条件的地方可对单笔贷款金额300万元及以下…的贷款给予贴息`)
DISCOUNT = re.compile(r"半价|减半|[一二三四五六七八九\d.]{1,3}折")
CONDITION_START = re.compile(r"^(?:(?:[\p{Han}]{0,8}?(?:可|要|应|将|均|再))?对(?!照|标|比)于?|凡是?|符合|对符合|如果?|若|但是如|但如)")
# Every match of CONDITION_START holds one of these (each alternative has 对, 凡, 符, 如 or 若; every
# match of ELIGIBILITY_STANDARD ends with 标准): a clause without them is not searched for either
# (tests/test_speed_s8b.py pins the two patterns this is read from).
CONDITION_START_CHARS = frozenset("对凡符如若")
# ((s22-tg) also a price the policy floors: `收购价格不低于每斤2.5元的最低收购保护价`)
# ((s27-tg) and the grants of student aid, `每生每年1500元的国家助学金`, `每生每年500元的交通和生活补助`)
RATE_NOUN = re.compile(r"^(?:[\p{Han}]{0,4}?(?:标准|比例|比重|额度|幅度|份额)|[\p{Han}]{0,4}?(?:收购价|保护价|指导价)|号源|"
                       r"[\p{Han}]{0,6}?(?:补贴|补助|奖励|资助|经费|资金|津贴|贷款|贴息|助学金|奖学金|生活费|救助金|抚恤金|慰问金))")
LEADING_SCOPE = re.compile(
    r"^(?:(?:到|至|截至|截止到?)?\s*(?:(?:19|20)\d{2}\s*(?:[-—–至到~～]\s*(?:19|20)\d{2}\s*)?年(?:底|末|前|内|以前)?)|"
    r"[“\"]?十[一二三四五六]五[”\"]?(?:期间|时期|末)?|今后|未来|每年度?|年均|全年|全[省市县区国州盟旗镇乡]|各地区|各地|各[县市区](?:（[市区]）)?|"
    r"力争|确保|争取|努力|要|将|计划|累计|共|同时|其中|并|且|此外|另外|平均|每次|每个|每人|每户|分别|[、，,和及与以及]|——|--|－－|[—•●·・]|[-－](?=\s*\p{Han})\s*"
    # ((s30-tg) `全镇剩余的114个自然村庄全部完成整治`: the rest still to do, counted where the clause opens)
    r"|(?:剩余|其余|尚余)的?(?=\s*(?:[\d一二三四五六七八九十两]|$))"
    # ((s31-tg) `现行标准下5630万农村贫困人口实现脱贫`: the standard the count is taken by, as central plans write it)
    r"|现行标准下"
    r")+"
)
NUMBERING = re.compile(NUMBERING_START.pattern + r"\s*")
DESCRIPTIVE_BEFORE = re.compile(r"(?:等|共有|包括|含|[（(]共)\s*$")  # 教育厅等8部门, 等28项政策: a list summed up
ENUMERATION_BEFORE = re.compile(r"[\p{Han}]{2,6}(?:、[\p{Han}]{2,6}){1,}、[\p{Han}]{2,4}$")
ARTICLE_LIST = re.compile(r"第[\d一二三四五六七八九十百]+[条款项章节]、\s*$")
# (s22-tg) `火灾亡人数比“十三五”时期下降10%以上`: a five-year period as a whole is a baseline too (its average or total)
BASELINE_YEAR = re.compile(r"(?:较|比|相比|相较|同比|与)\s*(?:(?:19|20)\d{2}\s*年(?:底|末)?|[“\"]?(?:十[一二三四五六]?|[六七八九])五[”\"]?\s*(?:时期末|期末|末|时期|期间))(?:相比)?"
                           r"|在\s*(?:19|20)\d{2}\s*年[^，,。；]{0,12}?基础上"  # `在2019年试点经验基础上`: a baseline
                           r"|(?:由|从)\s*(?:19|20)\d{2}\s*年(?:底|末|度)?\s*的"  # `由2020年的56.5%提高到62%`
                           # `（按2005年价格计算）`, `按2010年不变价计算`, `以2020年为基期`: the prices or base year
                           # a rate is measured in, not the target's year (older plans state them in brackets)
                           r"|(?:按|以)\s*(?:19|20)\d{2}\s*年(?:不变|可比)?价(?:格)?(?:计算|计)?"
                           r"|以\s*(?:19|20)\d{2}\s*年(?:为|作为)(?:基期|基准年?|基数|基年)"
                           # (s29-tg) `恢复到2019年同期的70%以上`, `达到2019年水平`: the level of a past year's same period a share
                           # or level is of, a baseline (spec §7), not a deadline read off 到
                           r"|(?:恢复|回升|回复|达到|提高|提升)?\s*(?:到|至)?\s*(?:19|20)\d{2}\s*年(?:同期|全年)?(?:水平|同期)"
                           # ((s23-tg) `明年，…资金要比今年增长10%以上`: a year named relative to the issue is a baseline too)
                           r"|(?:较|比|相比|相较|同比)\s*(?:今年|本年度?)(?:底|末)?(?:相比)?")
YEAR_FROM = re.compile(r"(?:自|从)\s*((?:19|20)\d{2})\s*年(?:起|开始|以来)?")
YEAR_RANGE = re.compile(r"((?:19|20)\d{2})\s*年?\s*(?:起\s*)?" + RANGE_SEP_WORD + r"\s*((?:19|20)\d{2})\s*年")  # (`从2021年起到2025年`)
DATE_RANGE = re.compile(r"((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*起?\s*(?:[-—–―－~～至到]{1,2})\s*"
                        r"((?:19|20)\d{2})\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?")
YEAR_BY = re.compile(r"(?:到|至|截至|截止到?|力争到|计划到|展望)\s*((?:19|20)\d{2})\s*年|((?:19|20)\d{2})\s*年\s*(?:年底|年末|底|末|上半年|下半年)?\s*(?:前|以前|之前)(?!后)")
# ((s26-a20tg) not `1998年型洪水`, `54年型`: a flood standard named by its year)
YEAR_ONE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年(?!代|龄|限|型|[-—–至到])")
FIVE_YEAR = re.compile(r"(到|至)?\s*[“\"]?(十[一二三四五六]五)[”\"]?\s*(期间|时期末|时期|期末|末|规划期|中期)?")
# (s29-tg, guide TG53) `除上级补助每户1000元外`, `除中央和省级奖补资金外`: the amount of another level the 除…外 clause sets
# aside (only with a level word and a word of money given)
OTHER_LEVEL_EXCEPT = re.compile(r"除(?:了)?\s*(?:上级|中央|国家|省|市|县|区|乡|镇)[\p{Han}、和及]{0,8}?(?:补助|补贴|奖补|奖励|资金|拨付|投入)"
                                r"[^，,；;。\d]{0,8}$")
EXCEPT_CLOSE = re.compile(r"[^，,；;。\d]{0,4}?(?:以)?外")
# (s29-tg, guide TG52) `须经小区居民三分之二以上同意`, `经村民会议三分之二以上成员通过`: the share whose consent a step needs
CONSENT_BY = re.compile(r"(?:须|需|必须|应当?|要)?\s*经(?:过)?[^，,；;。\d]{0,16}$"
                        # (s32-tg) the second threshold of a pair: `经村民会议三分之二以上成员或者三分之二以上村民代表同意`
                        r"|经(?:过)?[^，,；;。\d]{0,16}?(?:三分之二|四分之三|半数|过半数|[一二三四五六七八九十]成)以上[\p{Han}]{0,6}?(?:或者?|和)$"
                        # ((s38-targets) the same pair with its shares in digits, `经村民会议2/3以上成员或者2/3以上村民代表同意`)
                        r"|经(?:过)?[^，,；;。\d]{0,16}?\d{1,2}\s*[/／]\s*\d{1,2}\s*以上[\p{Han}]{0,6}?(?:或者?|和)$")
CONSENT_AFTER = re.compile(r"\s*(?:以上|及以上)?\s*(?:的)?\s*[\p{Han}]{0,6}?(?:同意|通过|签字|认可)"
                           r"|\s*(?:以上|及以上)?\s*[\p{Han}]{0,6}?(?:或者?|和)[^，,；;。\d]{0,16}?(?:同意|通过)"
                           # ((s38-targets) the second share of the pair in digits: `2/3以上成员或者2/3以上村民代表同意`)
                           r"|\s*(?:以上|及以上)?\s*[\p{Han}]{0,6}?(?:或者?|和)\s*\d{1,2}\s*[/／]\s*\d{1,2}\s*(?:以上|及以上)"
                           r"[^，,；;。\d]{0,16}?(?:同意|通过)")
# Sections that review the past or describe the present (发展基础, 现状与形势): their numbers are facts.
# A short heading only (a duty article or a heading sentence may say 基础 without reviewing), and
# 基础 as the ground already laid (发展基础, 现实基础), not as a sector (基础设施, 基础研究).
REVIEW_HEADING = re.compile(r"现状|(?:发展|现实|工作|已有|良好)基础(?!设施|研究|数据|软件|技术|能力|保障)|^基础(?:条件|情况)?$|"
                            r"(?<!(?:改善|改进|完善|夯实|提升|优化|强化|加强|创造|补齐)[\p{Han}]{0,8})基础(?:条件|与形势|和形势)|成效|成就|回顾|形势|基本情况|取得的成绩|工作进展|进展情况|背景")
# ((s32-tg2) not a task heading that improves the conditions, `（三）改善农机作业基础条件`: a verb before 基础条件 makes it work
# to do, not a review of the state)
REVIEW_HEADING_MAX = 20
# `将符合条件的1.2万名困难群众纳入低保`: the verb follows the number.
VERB_AFTER = re.compile(r"^[^，,；;。]{0,20}(?:纳入|列入|转为|转移到|建设成|建成|打造成|培育成|创建成|改造成|发展成)")
# `按每平方米30元给予补贴`, `按照20%的比例予以奖补`: an amount the policy provides, its verb after it.
# (over the rest of a list of amounts: `按初级工每人400元、中级工每人800元、高级工每人1500元的标准给予培训补贴`)
# (`按照每生每天3元的标准为…学生提供营养膳食补助`: the standard, then whom it is provided for, then the verb)
# ((s22-tg2) `抗震设防烈度按照7度执行`, `按每人每月600元标准执行`: the standard a rule applies, closing its clause)
# ((s26-a20tg) `可按每吨80元至200元区间确定具体标准`: the band within which a fee or standard is to be fixed, guide TG6c)
PROVIDE_AFTER = re.compile(r"^(?:\s*的?标准?\s*执行\s*(?=[，,；;。]|$)|\s*的?\s*(?:区间|范围)\s*内?\s*(?:确定|核定|制定|执行|收取|计收)|\s*的?标准\s*(?:为|向|对)[^，,；;。\d]{1,30}?(?:提供|给予|发放|补助|补贴|资助|安排)|"
                           # ((s22-tg) the next item may name its own category and unit: `、环湖及青南地区每座中转站80万元`)
                           r"(?:[、和及][^、，,；;。\d]{0,14}?[\d.,]+\s*[万千亿]?\s*元(?:/[\p{Han}]{1,3})*)*"
                           r"[^，,；;。\d]{0,6}?(?:给予|予以|发放|补贴|补助|奖励|奖补|保障|安排|拨付|核拨|计发|发给|支付|报销|收取|计收|缴纳|"
                           # (`按照每月1000元的标准定额扣除`, `按30%抵扣`: what a tax or fee rule lets be deducted or remitted is
                           # an amount it provides, as a subsidy is)
                           r"扣除|抵扣|抵减|抵免|减免|免征|退还|"
                           # ((s28-tg3) `按每人8元的标准划入家庭账户`: money the policy routes into an account or fund per
                           # head is an amount it provides, as a grant is (guide TG13, a standard the policy fixes))
                           r"划入|划拨|划转|拨入|存入|注入))")
# (s20-tg) `按照每村3名的标准配备保洁员`, `按每校不少于1名的标准配齐心理健康教师`: a staffing standard
STAFF_AFTER = re.compile(r"\s*(?:以上|左右)?\s*的?\s*(?:标准|比例|要求)\s*(?:配备|配齐|配足|选聘|聘用|配置|选派|招聘|设置)")
# `分摊每月2000元的扣除额度`, `每人每年3000元的补助限额`: an amount named as a quota or a cap of what is provided
# (the amount the policy fixes, as `标准为…` does), closing its clause.
# ((s23-tg) also a tax relief's cap written as the limit it is deducted up to: `按每户每年8000元为限额依次扣减…营业税`,
# `按…8000元的限额扣减`, a standard restated from law, guide S22)
QUOTA_NOUN_AFTER = re.compile(r"\s*(?:的?[\p{Han}]{0,4}?(?:额度|限额)(?=\s*(?:[，,；;。]|$))"
                              r"|(?:为|的)(?:限额|扣除限额|扣减限额|上限)(?=\s*(?:依次|据实|予以|分别)?\s*(?:扣减|扣除|减免|抵扣|抵减)))")
# (and `不超过工资薪金总额8%的部分，准予在计算…应纳税所得额时扣除`: the share a tax rule lets be deducted, its cap)
RELIEF_CAP_AFTER = re.compile(r"\s*的(?:(?:限额|扣除限额|扣减限额|上限)(?=\s*(?:依次|据实|予以|分别)?\s*(?:扣减|扣除|减免|抵扣|抵减))"
                              r"|部分(?=[，,]?\s*(?:准予|可以|可|允许|予以)[^。；;]{0,30}?(?:扣除|抵扣|抵减|扣减)))")
# `任期一般不超过两届`, `年龄一般不超过70周岁`, `连任不得超过两届`: a limit on a post's term or its holder's age that
# the policy fixes (an old-era regulation's standard for the officers of the bodies it governs), not an age that
# qualifies for something (`年满60周岁的`, `35周岁以下的青年`: those name who, and stay out).
OFFICE_LIMIT = re.compile(r"(?:年龄|任期|连任|任职)[^，,；;。\d]{0,6}?(?:不得|不应|不能|不宜|一般|原则上|最多|最长)?"
                          r"(?:不超过|不得超过|不高于|不大于|至多|最多)\s*$")
OFFICE_UNITS = ("周岁", "岁", "届")


def _office_limit(text: str, q: Quantity) -> bool:
    if q.unit not in OFFICE_UNITS or text[q.end:q.end + 1] not in ("，", ",", "；", ";", "。", "\n", ""):
        return False
    return OFFICE_LIMIT.search(text, max(0, q.start - 14), q.start) is not None


WORK_PLAN_GENRES = work_plan_genres()


# ---------------------------------------------------------------------------------------------
# Where a quantity sits: clause, sentence, blocked regions


# `45万人（含新增高技能人才15万人）`: a restated sub-quantity with its own noun is a distinct
# demand (spec 1.1 §7); `（含60%）`, `（含本数）`, `（不含）` only qualify the number before.
SUB_QUANTITY = re.compile(r"[（(](?:含|包括|其中含?)\s*[\p{Han}]{2,}[^（）()]*?\d")
# A 发文字号 in the body (粤府〔2020〕12号), found from its bracket (pipeline.scan.finditer_run_then).
DOC_NUMBER_TAIL = re.compile(r"[〔\[［【]\s*(?:19|20)\d{2}\s*[〕\]］】]\s*第?\s*\d{1,5}\s*号")
DOC_NUMBER_IN_BODY = re.compile(r"[\p{Han}A-Za-z]{1,14}" + DOC_NUMBER_TAIL.pattern)
AGENCY_LETTER = re.compile(r"[\p{Han}A-Za-z]")


BOOK_TITLE = re.compile(r"《(?:[^《》]|《[^《》]*》)*》")
YEAR_BRACKET = re.compile(r"〔\d{4}〕")


def _book_title_spans(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The cited titles (《》, one nested level) of text[lo:hi], in order."""
    return [(lo + m.start(), lo + m.end()) for m in BOOK_TITLE.finditer(text[lo:hi])]


# A quoted name (`“1+N”`), tried where one of its opening quotes lies (read from the pattern: a str.find
# per quote character is faster than the engine's scan of a class).
QUOTED_NAME = re.compile(r"[“‘「『\"]([^“”‘’「」『』\"\n]{1,30})[”’」』\"]")
QUOTED_NAME_OPENINGS = openings(QUOTED_NAME, 1)


# `（含60%）`, `（不含）`: a parenthetical that qualifies the number before it (unless SUB_QUANTITY).
RESTATED = re.compile(r"[（(](?:含|不含|包括|其中含)[^（）()]{0,30}[）)]")
RESTATED_OPENINGS = openings(RESTATED, 1)


def _blocked_spans(text: str, lo: int, hi: int, books: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Titles (《》, `books` when found already), quoted names (“1+N”), parentheticals that cite or
    restate (（含60%）)."""
    spans: list[tuple[int, int]] = list(_book_title_spans(text, lo, hi) if books is None else books)
    quoted = (finditer_at(QUOTED_NAME, text, find_words(text, QUOTED_NAME_OPENINGS, lo, hi), hi)
              if QUOTED_NAME_OPENINGS else QUOTED_NAME.finditer(text, lo, hi))
    for m in quoted:
        spans.append(m.span())
    # (tried where one of its opening brackets lies, as QUOTED_NAME: the same matches, ~1/3 faster)
    restated = (finditer_at(RESTATED, text, find_words(text, RESTATED_OPENINGS, lo, hi), hi)
                if RESTATED_OPENINGS else RESTATED.finditer(text, lo, hi))
    for m in restated:
        if not SUB_QUANTITY.match(m.group(0)):
            spans.append(m.span())
    for m in re.finditer(r"[（(][^（）()\n]{0,40}〔\d{4}〕[^（）()\n]{0,10}[）)]", text[lo:hi]):
        spans.append((lo + m.start(), lo + m.end()))
    for m in finditer_run_then(DOC_NUMBER_IN_BODY, DOC_NUMBER_TAIL, AGENCY_LETTER, 14, text, lo, hi):
        spans.append(m.span())
    if "附" in text:
        spans.extend(_attachment_list_spans(text, lo, hi))
    if "是指" in text or "系指" in text:
        words = _definition_words(text, lo, hi)
        spans.extend(m.span() for m in _term_definition_lines(text, lo, hi, words))
        spans.extend(_terms_defined(text, lo, hi, words))
    if "所称" in text or "所指" in text:
        for m in DEFINITION.finditer(text, lo, hi):
            spans.append(m.span())
            if m.group(0).rstrip().endswith(("：", ":")):
                spans.extend(_definition_items(text, m.end(), hi))
    if "五" in text:
        for m in PLAN_NAME_UNQUOTED.finditer(text, lo, hi):
            spans.append(m.span())  # `在十三五期间`: a five-year plan named without its quotes is no number
    return spans


# (s22-tg3) A rule's definition of its terms (`本细则所称微型企业，是指…员工20人以下、出资额10万元以上…的企业`): its bounds say
# what the term covers (spec §7: eligibility and scope out), to the end of the sentence.
DEFINITION = re.compile(r"本(?:实施|行动|工作)?(?:办法|细则|规定|条例|意见|方案|计划|规划|纲要|通知|决定|规则|制度)(?:中)?所(?:称|指)[^。；;\n]{1,30}?"
                        r"[，,]?\s*(?:是指|系指|指)[^。\n]*")


# (s33-tg) A term defined at the head of its item or sentence without 所称 (`（一）特别重大事故，是指造成30人以上死亡…的事故；`,
# `重点用能单位是指年综合能源消费量1万吨标准煤以上的单位。`): a grade or category the rule sets out, its bounds what the term
# covers (spec §7: scope out), as DEFINITION; to the end of the clause run (`；` ends one grade).
# ((s38-targets) also a kind of the term just defined, opened by 其中 (`本办法所称供水工程，是指…。其中，集中式供水工程是指日供水
# 规模在20立方米以上…`): the bounds of a sub-kind are what it covers, as the term's own)
TERM_DEFINED = re.compile(r"[ \t　]*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、]|[一二三四五六七八九十]{1,2}、)?"
                          r"[ \t　]*(?:其中[，,]?\s*)?[“\"]?[\p{Han}“”\"]{2,16}[”\"]?\s*[，,]?\s*(?:是指|系指)[^。；;\n]*")


def _definition_words(text: str, lo: int, hi: int) -> list[int]:
    """Where 是指 and 系指 stand in text[lo:hi] (a find per word, not a scan): the anchors of both term-definition readings."""
    out = []
    for word in ("是指", "系指"):
        k = text.find(word, lo, hi)
        while k >= 0:
            out.append(k)
            k = text.find(word, k + 2, hi)
    return out


def _terms_defined(text: str, lo: int, hi: int, words: list[int] | None = None) -> list[tuple[int, int]]:
    """TERM_DEFINED matched from the start of the clause run of each 是指/系指 in text[lo:hi] (`words`, when found already)."""
    out = []
    for k in _definition_words(text, lo, hi) if words is None else words:
        sep = max(text.rfind(c, max(0, k - 40), k) for c in "\n。；;：:")
        start = sep + 1 if sep >= 0 else (0 if k <= 40 else -1)  # (after a clause-run mark, or the text's start)
        m = TERM_DEFINED.match(text, start, hi) if start >= lo else None
        if m is not None and m.end() > k:
            out.append(m.span())
    return out


# (s33-articles, merged beside s33-tg's TERM_DEFINED: this one also takes an article number before the term and runs to
# the sentence's end) A term defined where a line opens (`（一）特别重大事故，是指造成30人以上死亡…的事故；`, `第五条　小型微型企业，
# 是指…`): a statute's list of grades or kinds says what each term covers by its bounds, as `本办法所称X，是指` does (spec §7:
# eligibility and scope out, as DEFINITION below reads `本细则所称X，是指`), to the end of the sentence. The term is one
# phrase without a comma or stop before the `，是指`, right after the line's article or item number.
TERM_DEFINITION = re.compile(r"(?m)^[ \t　]*(?:第[一二三四五六七八九十百零〇]{1,5}条[ \t　]*|[（(][一二三四五六七八九十\d]{1,3}[）)]"
                             r"|\d{1,2}[.．、]|[一二三四五六七八九十]{1,2}、)?[ \t　]*[^\s，,。；;：:、\n（）()“”《》\d]{2,16}[，,]?"
                             r"(?:是指|系指)[^。\n]*")


def _term_definition_lines(text: str, lo: int, hi: int, words: list[int] | None = None) -> list:
    """TERM_DEFINITION.finditer(text, lo, hi), tried only at the start of each line of text[lo:hi] that holds 是指/系指
    (s33-speed; `words`, when found already): a match opens a line (`(?m)^`: a line start at lo or after), none of its
    parts takes a line break, and it holds the word, so it lies in one such line; one try per line, in order (the scan
    tried every offset)."""
    starts = {text.rfind("\n", 0, k) + 1 for k in (_definition_words(text, lo, hi) if words is None else words)}
    found = (TERM_DEFINITION.match(text, s, hi) for s in sorted(starts) if s >= lo)
    return [m for m in found if m is not None]


# (s24-tg) `本办法所称重点用能单位，是指：` then `（一）年综合能源消费总量5000吨标准煤以上的用能单位；（二）…2000吨以上不满5000吨…`:
# the item lines under a definition's colon are the definition (what the term covers), to the first line not numbered.
DEFINITION_ITEM = re.compile(r"[ \t　]*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、]|[一二三四五六七八九十]{1,2}、)[^\n]*")


def _definition_items(text: str, pos: int, hi: int) -> list[tuple[int, int]]:
    out = []
    p = pos
    while p < hi and text[p] == "\n":
        m = DEFINITION_ITEM.match(text, p + 1, hi)
        if m is None:
            break
        out.append(m.span())
        p = m.end()
    return out


# (s15c) A notice's list of attachments (`附件：1.…推荐汇总表（每省1份）` / `2.申报书`): names of documents, no targets;
# its entries run while the next lines are short numbered names without a sentence end (an attachment's own text,
# `附件1` on its own line and the document after it, is read as before).
ATTACHMENT_LIST = re.compile(r"^[ \t　]*附件[ \t　]*[：:][^\n]*", re.M)
ATTACHMENT_ENTRY = re.compile(r"[ \t　]*\d{1,2}[.．、][^\n。；;]{1,80}(?=\n|$)")


def _attachment_list_spans(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    out = []
    for m in ATTACHMENT_LIST.finditer(text, lo, hi):
        if "。" in m.group(0) or "；" in m.group(0):
            continue
        end = m.end()
        while end + 1 < hi:
            e = ATTACHMENT_ENTRY.match(text, end + 1, hi)
            if e is None:
                break
            end = e.end()
        out.append((m.start(), end))
    return out


# A five-year plan named without quotes, as web copies often write it (`十三五期间`, `十四五规划`, `十二五末`).
PLAN_NAME_UNQUOTED = re.compile(r"(?<![\d一二三四五六七八九十百千万第])十[一二三四五六]五(?=\s*(?:期间|时期|期末|末|规划|计划|以来|初|中期|前|后|开局|收官|发展|建设|重点|目标|的|[，,。、]))")


def _title_spans(text: str, lo: int, hi: int, books: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Cited titles and document numbers: their years are not the target's years. What
    `finditer(BOOK_TITLE|YEAR_BRACKET)` over text[lo:hi] gives, from the titles (`books`, when
    found already) and a find of 〔: a 〔2020〕 inside a title is passed over with it (a title
    never starts inside 〔2020〕), one outside is a span of its own."""
    books = _book_title_spans(text, lo, hi) if books is None else books
    spans = list(books)
    ends = [e for _, e in books]  # (titles do not overlap: in order of start and of end)
    k = text.find("〔", lo, hi)
    while k >= 0:
        m = YEAR_BRACKET.match(text, k, hi)
        if m is not None:
            i = bisect_right(ends, k)  # the first title ending after k
            if not (i < len(books) and books[i][0] <= k):
                spans.append(m.span())
        k = text.find("〔", k + 1, hi)
    return sorted(spans)


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
    m = stdlib_twin(breaks).search(text, pos, min(hi, pos + 300))
    return m.start() if m else min(hi, pos + 300)


# ---------------------------------------------------------------------------------------------
# Deciding: excluded, conditional, demanded


# (办 of a kind of school or event, `新建公办幼儿园`, `举办`, and 委 of `委托` name no organ)
# ((s28-tg) not a hall: `建设交易大厅2万平方米`, `建设展厅`)
ORGAN_AFTER_VERB = re.compile(r"[\p{Han}]{0,3}?(?:局|(?<![大展餐客门])厅|委(?!托)|(?<![公民举承主合创兴开代督帮交申试联领协包])办(?!理|好|学|法))")


class _WordsIn:
    """Which of a fixed tuple of words lie in a string, in the tuple's order: what
    `[w for w in words if w in s]` gives, from one Aho-Corasick scan of `s` instead of one
    `in` per word (a loop over the ~200 verbs of the lexicon per number was a tenth of the
    stage). Built from the word lists themselves, so a word added to the data is found too."""

    def __init__(self, words):
        import ahocorasick

        self.words = tuple(words)
        self._always = [i for i, w in enumerate(self.words) if not w]  # ("" lies in every string)
        at: dict[str, list[int]] = {}  # a word listed twice is found at each of its places
        for i, w in enumerate(self.words):
            if w:
                at.setdefault(w, []).append(i)
        self._auto = ahocorasick.Automaton()
        for w, places in at.items():
            self._auto.add_word(w, tuple(places))
        self._empty = not at
        if not self._empty:
            self._auto.make_automaton()

    def present(self, s: str) -> list[str]:
        return [self.words[i] for i in self.places(s)]

    def places(self, s: str) -> list[int]:
        """The indices of the words that lie in `s`, in order."""
        found = set(self._always)
        if not self._empty and s:
            for _, places in self._auto.iter(s):
                found.update(places)
        return sorted(found)


@lru_cache(maxsize=None)
def _verbs_of(kinds: tuple[str, ...], but: tuple[str, ...] = ()) -> _WordsIn:
    """The lexicon's verbs of `kinds` (in its order), less `but`."""
    return _WordsIn(v for v, k in lexicon().verbs.items() if k in kinds and v not in but)


def _has_verb(segment: str) -> bool:
    """A demand, provide, modal or share word in `segment`, not as part of an organ name
    (`住房城乡建设局` does not demand anything)."""
    for verb in _verbs_of(("demand", "provide", "modal", "share"), ("有",)).present(segment):
        for m in re.finditer(re.escape(verb), segment):
            if not ORGAN_AFTER_VERB.match(segment, m.end(), m.end() + 4):
                return True
    return False


# Words between a comparator and its number: `不少于…达到`, `最低补助2000元`, `最高可给予一次性奖补50万元`.
# a span of time counted in seasons or school terms after 个 (`3个采暖季`, `2个学年`): a duration
PERIOD_COUNTED = re.compile(r"(?:采暖季|供暖季|采暖期|供暖期|学期|学年|生产季|种植季|汛期|考核周期|周期)")
BEFORE_CMP_FILLER = ("达到", "达", "为", "有", "在", "可", "要", "应", "共", "累计", "培训", "培养", "开展", "完成", "招收",
                     "提供", "配备", "设置", "建设", "培育", "参与", "参加", "给予", "补助", "补贴", "奖励", "奖补", "资助", "发放", "一次性",
                     "每人", "每户", "每家", "每个", "其中",
                     "申请", "获得", "领取",  # ((s28-tg2) `个人最高可申请10万元`: the cap governs what may be applied for)
                     "人民币",  # ((s23-tg) `每人不得超过人民币100元`: the currency named before the amount, as older 办法 write it)
                     "地面", "路面", "地表")  # ((s38-targets) `墓碑高度不得超过地面1.2米`: the level a height is measured from)


# What an amount is counted per, written between a comparator and its number: `不高于每人每天35元`,
# `不超过每户每年2000元`, `最高每平方米300元`.
PER_HEAD_BASIS = re.compile(r"(?:(?<=不低于|不少于|不高于|不超过|最低|最高|至少|最多)[\p{Han}]{1,8}?)?(?:人均|户均|生均|亩均)$")
# ((s30-tg2) also the facilities and places a standard is counted per, `不低于每座500元`, `不少于每村2名`, `最高每处3万元`)
PER_WORDS = re.compile(r"(?:每(?:人次|人|户|家|个|名|月|年度?|季度|天|日|周|次|小时|平方米|立方米|亩|床|张床位|套|辆|斤|公斤|千克|吨|头|只|公里"
                       r"|座|处|村|所|间|口|台|条|项|校|宗|批"
                       # ((s40-targets) a price per unit of energy: `到户电价不高于每千瓦时0.45元`, `每度电补贴0.1元`)
                       r"|千瓦时|度电|度)"
                       # ((s35, guide TG37) a density's basis: `不少于每千人3名`, `不低于每10万人口2.5名`)
                       # ((s38-targets) also a floor area, with the area it is of: `不低于每100平方米建筑面积1个` in a parking
                       # rule, `每1000平方米营业面积不少于…`)
                       r"|每(?:\d+(?:\.\d+)?|[一二三四五六七八九十百千万]{1,3})万?(?:人口|人|户|平方公里|公里|亩"
                       r"|平方米(?:建筑面积|用地面积|营业面积|使用面积)?))+$")

# A cap or floor named as a noun before the amounts it governs (`奖补上限为每家200万元`,
# `最高救助限额为每人每年3万元`, `最高救助限额为特困人员每人每年3万元，…低保对象每人每年1.5万元`): the amounts
# may not exceed it, as if written 最高/不超过; `下限` and `保底` are floors.
# (`限额以上企业` is a statistical size class, not a cap)
CAP_NOUN = re.compile(r"(?P<cap>限额(?!以上|以下)|上限|封顶线|封顶额|封顶|最高额|最高(?=[\p{Han}]{1,4}?额度))|(?P<floor>下限|保底线?)")
# (s20-tg: `个人最高贷款额度为10万元`, a cap over a loan's amount as `贷款最高额度`)
# `收入准入限额为家庭年人均收入18000元`, `申请资格限额`: a limit on who qualifies is an eligibility condition (out).
ELIGIBILITY_LIMIT = re.compile(r"(?:准入|收入|财产|资产|申请|资格|认定|申报)[\p{Han}]{0,2}$")
CAP_BREAK = re.compile(r"[。；;！？\n]")
# What ends a cap's reach before the amount: another rule for the rest (`超出部分按50%给予`).
CAP_INTERRUPT = re.compile(r"按|超出|超过部分|以外|之外|其余|剩余|以上部分|以下部分|[\d.]+\s*[%％]")


def _cap_comparator(text: str, lo: int, q: Quantity) -> str | None:
    """`<=` (`>=`) for an amount governed by a cap (floor) noun earlier in its sentence part, over the
    list of amounts that follows it (persons' categories, per-unit words), unless another rule or
    a verb comes between."""
    lead = _governing_lead(text, lo, q, CAP_NOUN)
    if lead is None:
        return None
    last, between = lead
    if CAP_INTERRUPT.search(between) or _has_verb(between):
        return None
    return "<=" if last.group("cap") else ">="


# (s24-tg) `比例上限由7%提高到15%`, `补助上限从30万元调整为50万元`: a cap (floor) whose level the policy changes is still a cap
# (guide TG26 `上限` → `<=`): the new level is what may not be exceeded; the 由/从 baseline between is no other rule
# (CAP_INTERRUPT stops `_cap_comparator` at its number).
CAP_CHANGED_TO = re.compile(r"(?:(?P<cap>上限|最高限额|封顶线)|(?P<floor>下限|保底线))\s*(?:由|从)[^，,；;。]{1,16}?"
                            r"(?:提高|提升|调整|上调|下调|降低|放宽|扩大|增加|降)?(?:到|至|为)\s*$")


# (s39-targets, guide TG30) a cap raised with no baseline written: `个人贷款最高额度提高至20万元`, `奖励标准最高可提高至12倍`,
# `单笔补助最高可上调到50万元`: the cap decides, the new level may not be exceeded
CAP_RAISED_TO = re.compile(r"(?:最高|上限)(?:[\p{Han}]{0,4}?(?:额度|限额|标准|倍数|比例|金额))?\s*(?:可|可以|可再)?\s*"
                           r"(?:提高|提升|调整|上调|放宽|扩大|增加)(?:到|至|为)\s*$")


def _cap_changed_to(clause_prefix: str) -> str | None:
    if "最高" in clause_prefix and CAP_RAISED_TO.search(clause_prefix) is not None:
        return "<="
    if "限" not in clause_prefix and "线" not in clause_prefix:
        return None
    m = CAP_CHANGED_TO.search(clause_prefix)
    return None if m is None else ("<=" if m.group("cap") else ">=")


def _governing_lead(text: str, lo: int, q: Quantity, lead: re.Pattern):
    """The last `lead` (a cap noun, a standard's lead) before a money amount in its sentence part,
    not inside an eligibility limit, and the words between it and the amount (brackets dropped);
    None when there is none."""
    if q.unit_kind != "money":
        return None
    start = _back_to(text, q.start, lo, CAP_BREAK)
    seg = text[start:q.start]
    last = None
    for m in lead.finditer(seg):
        last = m
    if last is None or ELIGIBILITY_LIMIT.search(seg, 0, last.start()):
        return None
    return last, re.sub(r"[（(][^（）()]*[）)]", "", seg[last.end():])


# `培训补贴标准：初级工每人800元，中级工每人1200元`: a standard introduced by 为/是/： governs the list
# of amounts after it in its sentence part, each with its own category and per-unit words.
# (s22-tg) also a deductible the scheme fixes per level: `起付线为：乡镇卫生院200元，县级医疗机构400元…`
# (s22-tg) and one with its verb before the colon: `资金按照以下标准安排：县道每年每公里10000元，乡道…`
STANDARD_LEAD = re.compile(r"(?:标准|额度|金额|起付线)\s*(?:为|是|如下)?\s*(?:安排|执行|确定|核定|发放|给予|补助|拨付)?\s*[：:]"
                           r"|(?:标准|额度|金额|起付线)\s*(?:为|是)")


# (s19-tg) `每生每天2元，全年按250天计算，每生每年500元`: a clause that only says how the amount is counted (按…计算) does
# not interrupt the standard's list.
COMPUTED_BASIS = re.compile(r"[^，,；;：:]*按[^，,；;：:]{0,12}?(?:计算|计)\s*[，,]")
STANDARD_COLON = re.compile(r"(?:标准|额度|金额)\s*(?:为|是|如下)?\s*(?:收取|缴纳|交纳|征收|计收)?\s*[：:]")
# (s37-articles) `有偿使用费…按照以下标准收取：超出规定面积30平方米以内（含）的部分，每年每平方米10元；超出30平方米至60平方米（含）
# 的部分，每年每平方米20元`: a fee schedule by tiers, each item the part of a quantity it is charged on (its 的部分) and its
# rate per unit: the rate is the standard the rule fixes (spec §7 amounts, guide TG6c fees), the tier's bounds describe it
FEE_TIER_ITEM = re.compile(r"^[^，,；;。]{2,30}?的部分[，,]\s*(?:每(?:年度?|月))?每(?:平方米|亩|立方米|吨|千瓦时|户|人)\s*$")


# (s40-arttargets) a payment's lead naming how it is paid out, then its colon (`住房补贴按人才层次分档发放：A类人才每人200万元，B类
# 人才每人100万元`, `奖励资金按下列标准兑现：`): the list after it gives each category its amount, as a standard's lead does
PAY_LIST_LEAD = re.compile(r"(?:补贴|补助|奖励|奖补|津贴|资助|慰问金|补偿)[^，,；;。：:\d]{0,12}?(?:分档|分类|分级|按|按照)"
                           r"[^，,；;。：:\d]{0,12}?(?:发放|给予|兑现|拨付|执行)\s*[：:]")


def _standard_list(text: str, lo: int, q: Quantity) -> bool:
    lead = _governing_lead(text, lo, q, STANDARD_LEAD) or _governing_lead(text, lo, q, PAY_LIST_LEAD)
    if lead is None:
        return _standard_colon_list(text, lo, q)
    between = lead[1]
    if "按" in between:
        between = COMPUTED_BASIS.sub("", between)
    return not (CAP_INTERRUPT.search(between) or _has_verb(between) or "的" in between)


def _standard_colon_list(text: str, lo: int, q: Quantity) -> bool:
    """(s19-tg) `补助标准为：小学寄宿生每生每天2元…；初中寄宿生每生每天3元…`: a standard introduced by its colon governs
    the items of its list after ；, each a category and its amount, to the end of the sentence."""
    if q.unit_kind != "money":
        return False
    start = _back_to(text, q.start, lo, SENTENCE_BREAK)
    listed = text.find("；", start, q.start) >= 0 or text.find(";", start, q.start) >= 0
    if not listed and "的部分" not in text[max(start, q.start - 40):q.start]:
        return False
    seg = text[start:q.start]
    last = None
    for m in STANDARD_COLON.finditer(seg):
        last = m
    if last is None or ELIGIBILITY_LIMIT.search(seg, 0, last.start()):
        return False
    item = seg[max(seg.rfind("；"), seg.rfind(";")) + 1:] if listed else seg[last.end():]
    item = re.sub(r"[（(][^（）()]*[）)]", "", item)
    if FEE_TIER_ITEM.match(item):
        return True
    if not listed:
        return False
    if "按" in item:
        item = COMPUTED_BASIS.sub("", item)
    return len(item) <= 30 and not (CAP_INTERRUPT.search(item) or _has_verb(item) or "的" in item)


# A table set out one cell a line (a flattened 附件 table): a line that is only an amount
# (`300元/人/月`, `2万元`) is a cell, governed by the column header above it in the same table. A
# header that names a cap (`最高补助限额`, `补贴上限`, `最高支付标准`) makes the cells caps (`<=`),
# one that names a floor (`最低…标准`, `下限`) floors, and one that names a standard the policy sets
# (`补贴标准`, `收费标准`) the amount itself (`=`), as if written in a sentence. A column of amounts
# paid or spent (`发放金额`) is a report, not a standard.
TABLE_CELL_MAX = 40
TABLE_HEADER_CAP = re.compile(r"限额(?!以上|以下)|上限|封顶|最高(?:\p{Han}{0,4})(?:标准|金额|额度|补助|补贴|奖励|支付)")
TABLE_HEADER_FLOOR = re.compile(r"下限|保底|最低(?:\p{Han}{0,4})(?:标准|金额|额度|补助|补贴)")
TABLE_HEADER_STANDARD = re.compile(r"(?:补贴|补助|奖励|奖补|资助|救助|支付|报销|收费|租金|缴费|待遇|津贴|经费)(?:标准|额度)")
TABLE_CELL_TAIL = re.compile(r"\s*(?:[（(][^（）()\n]{0,12}[）)])?\s*$")


TABLE_WALK_MAX = 600  # lines walked up from a cell to its header


def _table_cell_comparator(text: str, lo: int, q: Quantity, walks: dict | None = None) -> str | None:
    """The comparator a flattened table's column header gives a cell that is only an amount, or
    None when the amount is not such a cell or its table names no cap, floor or standard.
    `walks` (one dict per document) keeps the walks up the tables already made: by line start
    (`_header_above`), by (line start, separator) (`_table_header`) and by (line start, "line")
    (`_goal_cell_on_its_line`)."""
    walks = {} if walks is None else walks
    if q.unit_kind != "money":
        return _goal_cell(text, lo, q, walks)
    line_start = _line_start(text, lo, q.start)
    line_end = _line_end(text, q.end)
    line_end = len(text) if line_end < 0 else line_end
    if _parted(text, line_start, line_end):
        return _row_cell_comparator(text, lo, q, line_start, line_end)
    if not _blank(text, line_start, q.start) or not TABLE_CELL_TAIL.fullmatch(text, q.unit_end, line_end):
        return None
    return _header_above(text, lo, line_start, walks)


def _header_above(text: str, lo: int, line_start: int, walks: dict) -> str | None:
    """Walk up the table from the line at `line_start`: short lines without a sentence end, nearest
    header first, at most TABLE_WALK_MAX lines; the header's comparator, or None.

    Every cell of a column walks up over the cells above it to the same header, so each line's
    walk is kept in `walks`: {line start: (lines walked until the walk stops, its result)}, where
    a walk stops at a header, at a line that ends the table, or at `lo`. A walk that meets a line
    walked before adds its count to the lines walked so far; the result is the one found there
    if it lies within TABLE_WALK_MAX lines of the cell, else None, as a walk line by line gives."""
    chain = []  # lines walked over (cells, row numbers, headers naming no comparator)
    pos = line_start
    while pos not in walks:
        if pos <= lo:
            walks[pos] = (1, None)
            break
        prev_start = text.rfind("\n", lo, pos - 1) + 1
        line = text[prev_start:pos - 1].strip()
        if len(line) > TABLE_CELL_MAX or re.search(r"[。；;！？]", line):
            walks[pos] = (1, None)
            break
        if re.search(r"\d", line) and not re.fullmatch(r"\d{1,3}", line):
            chain.append(pos)  # another cell (a row number stays in the table)
        elif _is_eligibility_header(line):
            walks[pos] = (1, None)
            break
        else:
            comparator = _header_comparator(line)
            if comparator:
                walks[pos] = (1, comparator)
                break
            chain.append(pos)
        pos = prev_start
    steps, found = walks[pos]
    for p in reversed(chain):
        steps += 1
        walks[p] = (steps, found)
    steps, found = walks[line_start]
    return found if steps <= TABLE_WALK_MAX else None


# A column of a task table naming what is to be reached: `年度目标`, `目标任务`, `建设规模`, `任务量`, `指标`.
GOAL_COLUMN = re.compile(r"目标|指标|任务量|任务数|数量|规模|计划")


def _goal_cell(text: str, lo: int, q: Quantity, walks: dict) -> str | None:
    """`| 2 | 老旧小区改造 | 30个 | 区住建局 |` under `| 序号 | 项目名称 | 年度目标 | 责任单位 |`: a cell that is only
    a count or measure, in a column headed by a goal, is a target (`=`)."""
    if q.unit_kind in ("time", "age", "ordinal"):
        return None
    line_start = _line_start(text, lo, q.start)
    line_end = _line_end(text, q.end)
    line_end = len(text) if line_end < 0 else line_end
    if not _parted(text, line_start, line_end):
        return _goal_cell_on_its_line(text, lo, q, line_start, line_end, walks)
    row = text[line_start:line_end]
    sep, col, cells = _row_column(row, text[line_start:q.start])
    amount = text[q.start:q.end].strip()
    if not (0 <= col < len(cells)) or not cells[col].startswith(amount) or len(cells[col]) > len(amount) + 4:
        return None
    header = _table_header(text, lo, line_start, sep, walks)
    if header is None:
        return None
    head = _cells(header)
    return "=" if len(head) == len(cells) and GOAL_COLUMN.search(head[col]) else None


def _table_header(text: str, lo: int, line_start: int, sep: str, memo: dict) -> str | None:
    """The first row of the table holding the row at `line_start`, found once per table (each row
    remembers it in `memo`, so a table of thousands of rows is walked once)."""
    walked, header, pos = [], None, line_start
    while pos > lo:
        if (pos, sep) in memo:
            header = memo[(pos, sep)]
            break
        walked.append(pos)
        prev_start = text.rfind("\n", lo, pos - 1) + 1
        prev = text[prev_start:pos - 1]
        if sep not in prev:
            above = text.rfind("\n", lo, prev_start - 1) + 1 if prev_start > lo else -1
            if above >= 0 and GROUP_ROW.fullmatch(prev) is not None and sep in text[above:prev_start - 1]:
                pos = prev_start  # (s28-tg) a group row (`一、控煤`) whose merged cell the copy wrote without bars
                continue
            break
        if not re.fullmatch(r"[\s|:\-—]+", prev):
            header = prev  # the topmost row seen so far
        pos = prev_start
    for p in walked:
        memo[(p, sep)] = header
    return header


# (s28-tg) A task table's group row (`一、控煤`, `（二）控尘`), one cell merged across the table, which a web copy writes as
# a bare line between the rows: still inside the table, so the rows under it keep the table's first row as their header
# (its 完成时限 column dates them, guide S22).
GROUP_ROW = re.compile(r"[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])[ \t\u3000]*"
                       r"[^\s。；;，,|\t]{1,20}[ \t\u3000]*")
GROUP_ROW_OPENS = frozenset("一二三四五六七八九十（(")  # (speed only: the first character GROUP_ROW's stripped line opens with)


def _goal_cell_on_its_line(text: str, lo: int, q: Quantity, line_start: int, line_end: int, memo: dict) -> str | None:
    """A table copied one cell per line (PDF and web copies): a line that is only a count, below a
    header cell naming a goal (`年度目标`) among the short lines above it."""
    if not _blank(text, line_start, q.start) or not TABLE_CELL_TAIL.fullmatch(text, q.end, line_end):
        return None
    walked, found, pos = [], None, line_start
    while pos > lo:
        if (pos, "line") in memo:
            found = memo[(pos, "line")]
            break
        walked.append(pos)
        prev_start = text.rfind("\n", lo, pos - 1) + 1
        line = text[prev_start:pos - 1].strip()
        pos = prev_start
        if len(line) > TABLE_CELL_MAX or re.search(r"[。；;！？，,]", line) or re.fullmatch(r"序\s*号|编\s*号", line):
            break  # out of the table, or its first header cell: no goal column before it
        if re.search(r"\d", line):
            continue  # another cell or a row number
        if GOAL_COLUMN.search(line) and len(line) <= 8:
            found = "="
            break
    for p in walked:
        memo[(p, "line")] = found
    return found


def _cells(row: str) -> list[str]:
    sep = "|" if "|" in row else "\t"
    cells = [c.strip() for c in row.strip().split(sep)]
    if sep == "|" and row.strip().startswith("|"):
        cells = cells[1:]
    if sep == "|" and row.strip().endswith("|"):
        cells = cells[:-1]
    return cells


def _row_column(row: str, before: str) -> tuple[str, int, list[str]]:
    """(separator, column, cells) of a table row, the column the one `before` (the row up to a
    number) ends in."""
    sep = "|" if "|" in row else "\t"
    col = before.count(sep) - (1 if sep == "|" and row.lstrip().startswith("|") else 0)
    return sep, col, _cells(row)


def _is_eligibility_header(cell: str) -> bool:
    """A column of who qualifies (准入标准, 申请条件, an eligibility limit): its amounts set no target."""
    return bool(tail_search(ELIGIBILITY_LIMIT, cell) or re.search(r"(?:准入|申请|资格|认定)(?:条件|标准)", cell))


def _header_comparator(cell: str) -> str | None:
    """The comparator a column header gives its amounts: a cap, a floor or a standard; else None."""
    if _is_eligibility_header(cell):
        return None
    if TABLE_HEADER_CAP.search(cell):
        return "<="
    if TABLE_HEADER_FLOOR.search(cell):
        return ">="
    if TABLE_HEADER_STANDARD.search(cell):
        return "="
    return None


def _row_cell_comparator(text: str, lo: int, q: Quantity, line_start: int, line_end: int) -> str | None:
    """A table kept as rows (`| 高血压 | 200元/月 |`, cells joined by ` | ` or tabs): a cell that is only an
    amount takes the comparator of its column's header, the first row of the table."""
    sep, col, cells = _row_column(text[line_start:line_end], text[line_start:q.start])
    if not (0 <= col < len(cells)) or not TABLE_CELL_TAIL.fullmatch(cells[col], len(text[q.start:q.unit_end].strip())) \
            or not cells[col].startswith(text[q.start:q.unit_end].strip()):
        return None
    header = None
    pos = line_start
    for _ in range(400):  # up to the first row of the table
        if pos <= lo:
            break
        prev_start = text.rfind("\n", lo, pos - 1) + 1
        prev = text[prev_start:pos - 1]
        if sep not in prev:
            break
        if not re.fullmatch(r"[\s|:\-—]+", prev):
            header = prev
        pos = prev_start
    if header is None:
        return None
    head = _cells(header)
    if len(head) == len(cells):
        return _header_comparator(head[col])
    found = {c for c in (_header_comparator(h) for h in head) if c}
    return found.pop() if len(found) == 1 else None


STANDARD_NAMES = ("工资", "生活保障", "生活费", "消费", "限额")
# (s39b-arttargets) a standard named right after 最低/最高 (`最低标准`, `最低缴费标准`, `最高档次标准`): the base of a share
NAMED_BASE_STANDARD = re.compile(r"[\p{Han}]{0,4}?(?:标准|档次)")


@lru_cache(maxsize=1)
def _before_phrases() -> tuple[str, ...]:
    return tuple(p for p, _ in lexicon().before)


@lru_cache(maxsize=1)
def _before_finder() -> "_WordsIn":
    return _WordsIn(_before_phrases())


NOT_NEARLY = ("就近", "附近", "最近", "邻近", "临近", "靠近", "亲近", "贴近", "走近", "拉近", "远近", "相近", "新近", "晚近")


# (s34-tg) A bracket right after a noun holding only a size: optionally the size's name (`日处理能力`, `容量`), the amount, and a
# threshold word; a measure (`（240升）`, `（日处理能力30吨）`) or a count with its threshold (`（56人以上）`). Not a bare count
# (`整村搬迁自然村（14个）`: how many, restated), nor a bracket with words of its own (`（其中早稻不少于3200亩）`).
BRACKET_SIZE_OPEN = re.compile(r"[\p{Han}][（(](?:[\p{Han}]{0,5}?(?:处理能力|能力|容量|容积|规格|面积|长度|宽度|高度|直径|功率|排量|载重|口径))?\s*$")
BRACKET_SIZE_CLOSE = re.compile(r"\s*(?P<cmp>及以上|及以下|以上|以下)?\s*[）)]")


PHASE_NAMED_AFTER = re.compile(r"\s*(?:工程|项目)")


def _bracketed_size(text: str, q: Quantity, lo: int) -> bool:
    close = BRACKET_SIZE_CLOSE.match(text, q.unit_end)
    if close is None or not (q.unit_kind == "measure" or (close.group("cmp") and q.unit_kind == "count")):
        return False
    return BRACKET_SIZE_OPEN.search(text, max(lo, q.start - 12), q.start) is not None


def _before_comparator(text: str, clause_start: int, q: Quantity) -> str | None:
    """A comparator written before the number: `不少于2万名`, `超过100万`, `达到…以上` (not here)."""
    prefix = text[clause_start:q.start]
    stripped = prefix.rstrip()
    for _ in range(4):  # `最高可给予一次性奖补50万元`: the comparator governs the amount through its verbs
        first_per = stripped.find("每")  # (every PER_WORDS match opens with 每)
        per = PER_WORDS.search(stripped, first_per) if first_per >= 0 else None
        if per is None and "均" in stripped[-2:]:
            per = PER_HEAD_BASIS.search(stripped)  # ((s25-tg) `不低于农业人口人均1元`: the population the amount is per head of)
        filler = per.group(0) if per else (next((w for w in BEFORE_CMP_FILLER if stripped.endswith(w)), None)
                                           if stripped.endswith(BEFORE_CMP_FILLER) else None)
        if not filler:
            break
        stripped = stripped[: -len(filler)].rstrip()
    # `至少带动1个`, `不少于培训200人`: the comparator before a demand verb governs its number
    off = max(0, len(stripped) - 6)
    verb = _verb_at_end().search(stripped, off)
    unverbed = stripped[: verb.start()].rstrip() if verb else None
    if not verb and stripped != prefix.rstrip():
        # `至少建有1个`: a filler stripped off the verb's end (有) leaves no verb; read the verb as written
        whole = prefix.rstrip()
        verb = _verb_at_end().search(whole, max(0, len(whole) - 6))
        unverbed = whole[: verb.start()].rstrip() if verb else None
    ends = (stripped, prefix.rstrip(), unverbed) if unverbed else (stripped, prefix.rstrip())
    phrases = _before_phrases()
    if stripped.endswith(phrases) or ends[1].endswith(phrases) or (unverbed and unverbed.endswith(phrases)):
        for phrase, cmp in lexicon().before:
            if stripped.endswith(phrase) or ends[1].endswith(phrase) or (unverbed and unverbed.endswith(phrase)):
                return cmp
    # `至少配备全科医生2名`, `最多推荐候选人3名`: 至少/最多 before a verb and its object govern the count after it
    if ("至" in stripped or "最" in stripped) and _adverb_over_object().search(stripped):
        return _adverb_over_object().search(stripped).group(1) in ("至少", "最少") and ">=" or "<="
    if unverbed and (two := ADVERB_TWO_VERBS.search(unverbed)) is not None:
        return ">=" if two.group(1) in ("至少", "最少") else "<="  # (s35) `每人至少联系帮扶3户`: the adverb over a verb pair
    # (s14b) `每户只能购买1套`, `只限申请承租1套`, `一人只能担任一个…`: only/limited to before a verb and its object (TG11 `=`)
    if ("只" in stripped or "仅" in stripped) and ONLY_OVER_VERB.search(stripped):
        return "="
    # `新增城镇就业岗位近5000个`, `达到近百家`: a bare 近 right before the number reads like 将近 (`~`);
    # not the end of a word of place or time (`就近`, `附近`, `最近`).
    if stripped.endswith("近") and not stripped.endswith(NOT_NEARLY):
        return "~"
    if stripped.endswith(("上", "过")) and BARE_MAGNITUDE.match(text, q.start, q.unit_end) and not stripped.endswith(NOT_REACHED):
        return MAGNITUDE_CMP[stripped[-1]]  # `上万人次` (at least), `过千户` (more than)
    # `不低于本市最低工资标准的80%`: the comparator governs a noun phrase ending in the rate.
    if q.unit == "%":
        tail = prefix[-32:]  # ((s34-tg) a noun phrase of up to ~30 characters: `不高于本市同区域、同类型普通商品住房平均市场租金的60%`)
        before = lexicon().before
        for k in _before_finder().places(tail):  # (a phrase not in the tail returns nothing below)
            phrase, cmp = before[k]
            i = tail.rfind(phrase)
            if tail.startswith(STANDARD_NAMES, i + len(phrase)):
                continue  # 按最低工资标准的50%: a named standard, not a comparator
            if phrase in ("最低", "最高") and NAMED_BASE_STANDARD.match(tail, i + len(phrase)):
                continue  # (s39b-arttargets) `按最低标准的50%收取`, `按最低缴费标准给予50%的缴费补助`: the lowest standard is the
                # base the share is of, named (as STANDARD_NAMES), not a floor on the share
            if len(phrase) >= 2 and i >= 0 and not re.search(r"\d", tail[i:]):
                # (s34-tg) a longer phrase ending where this one ends, cut by the window (`不高于同地段、同类型普通商品住房
                # 市场租金的70%`: 不高于, not 高于)
                end = len(prefix) - len(tail) + i + len(phrase)
                return next((c for p, c in before if len(p) > len(phrase) and prefix.endswith(p, 0, end)), cmp)
    # (s39-targets) `耕地保有量不低于国家下达的1900万亩`, `抗雪压能力不低于当地30年一遇标准`: the comparator governs a level another
    # body sets or the place's own, named between it and the number
    if (m := LEVEL_SET_ELSEWHERE.search(prefix.rstrip())) is not None:
        return dict(lexicon().before).get(m.group("cmp"))
    return None


# (`不少于省里分解的…`, `不高于本地…`: a comparator, then who set the level or whose it is)
LEVEL_SET_ELSEWHERE = re.compile(r"(?P<cmp>不低于|不少于|不高于|不超过|不得低于|不得少于|不得超过|不小于|不大于|不应低于|不应少于)\s*"
                                 r"(?:[\p{Han}]{0,10}?(?:下达|规定|核定|确定|要求|分解|下发)的|当地|本地)$")


ADVERB_TWO_VERBS = re.compile(r"(至少|最少|最多|至多)[\p{Han}]{2}$")


@lru_cache(maxsize=1)
def _adverb_over_object() -> re.Pattern:
    verbs = "|".join(sorted((v for v, k in lexicon().verbs.items() if k in ("demand", "provide") and len(v) >= 2), key=len, reverse=True))
    # ((s22-tg2) the object may list kinds before 各: `至少配备林业、畜牧技术员各1名`; or 至少 governs a partner after a
    # preposition: `至少与1所技工院校建立合作关系`, `至少在2个村开展试点`; (s23-tg2) an object with its bracketed
    # alternative, `至少设置宣传墙（栏）2处`)
    # ((s26-tg) or a place the work is done in, `每周至少在村工作4天`: days of work, guide TG11)
    return re.compile(r"(至少|最少|最多|至多)\s*(?:(?:要|应|需|须|应当)?\s*(?:" + verbs + r")[\p{Han}、（）]{1,12}|(?:要|应|需|须)?\s*(?:与|同|在|向)"
                      r"|(?:要|应|需|须)?\s*在[\p{Han}]{1,4}?(?:工作|驻守|值守|值班|坐班))$")


@lru_cache(maxsize=1)
def _any_exclusion_rx() -> re.Pattern:
    """Any of the exclusion phrases (built once)."""
    return re.compile("|".join(re.escape(p) for p in lexicon().exclusions) or "(?!)")


@lru_cache(maxsize=1)
def _any_exclusion() -> re.Pattern:
    """`_any_exclusion_rx()` on the standard library's engine where it reads it alike (scan.stdlib_twin)."""
    return stdlib_twin(_any_exclusion_rx())


def _exclusion_hit(text: str, q: Quantity) -> bool:
    lo, hi = max(0, q.start - 4), min(len(text), q.unit_end + 4)
    window = text[lo:hi]
    if not _any_exclusion().search(window):
        return False  # no phrase in the window (most numbers): the loop below finds none
    for phrase in lexicon().exclusions:
        if phrase not in window:
            continue
        for m in re.finditer(re.escape(phrase), window):
            s, e = lo + m.start(), lo + m.end()
            if s < q.unit_end and e > q.start:
                return True
    return False


BARE_MAGNITUDE = re.compile(r"(?:百|千|万|百万|千万|亿|万亿|百亿|千亿)(?![零〇一二两三四五六七八九十百千万亿])")


# `培训农民工上万人次`, `新增市场主体过千户`, `近百家`: a bare magnitude reached or nearly reached.
MAGNITUDE_REACHED = ("上", "过", "近")
MAGNITUDE_CMP = {"上": ">=", "过": ">", "近": "~"}
NOT_REACHED = ("以上", "线上", "网上", "马上", "之上", "通过", "经过", "不过", "超过", "越过") + NOT_NEARLY


MAGNITUDE_LISTED = re.compile(r"(?:百|千|万)(?:名|个|家|所|项|户|村|座|支)[\p{Han}“”]{1,14}[、和]$")


def _magnitude_demanded(text: str, q: Quantity, clause_prefix: str) -> bool:
    """A number written as a bare magnitude (spec 1.1: `认定百名乡村工匠大师` → 100 名,
    `带动相关产业规模超万亿元`), right after a demand verb or a comparator, and not one of a run of
    magnitudes naming a programme (`百县千镇万村`, `千企万岗`)."""
    if not BARE_MAGNITUDE.match(text, q.start, q.unit_end):
        return False
    prefix = clause_prefix.rstrip()
    if not (_verb_at_end().search(prefix) or any(prefix.endswith(p) for p, _ in lexicon().before)
            or (prefix.endswith(MAGNITUDE_REACHED) and not prefix.endswith(NOT_REACHED))
            # `培养百名技能大师、千名技术能手、万名高技能人才`: the next magnitude of a list its verb governs
            or (prefix.endswith(("、", "和")) and MAGNITUDE_LISTED.search(prefix) and _has_verb(prefix))
            or (q.after_cmp and _has_verb(prefix))):  # `上万人次`, `过千户`, `近百家`; `培训农民工万人以上`
        return False
    after = text[q.unit_end:q.unit_end + 4]
    before = text[max(0, q.start - 3):q.start]
    return not (re.match(r"[\p{Han}]{0,2}[百千万]", after) or re.search(r"[百千万][\p{Han}]{0,2}$", before))


MONTHS_WORTH = re.compile(r"的[^，,；;。]{0,16}?(?:保险金|工资|社会保险费|保险费|补贴|补助|津贴|租金)")


# (s32-tg) `一次性工伤医疗补助金为18个月`, `丧葬补助金按6个月的标准发给`, `…补助金递减20%，但最低不得低于3个月的标准`: a
# benefit a statute sets in months of a wage (the article fixes the amount, spec §7 `为N个月` as an amount), not a duration
PAY_NOUN = r"(?:补助金|补偿金|抚恤金|保险金|救济金|生活费|津贴)"
PAY_MONTHS_BEFORE = re.compile(PAY_NOUN + r"(?:的?标准)?\s*(?:为|按|发给|支付)\s*$")
PAY_MONTHS_STANDARD = re.compile(PAY_NOUN + r"[^。；;\n]{0,30}?(?:不得|不应|不)?(?:低于|少于|高于|超过)\s*$")


# (s40-arttargets) a benefit a statute sets as so many months of a wage written as the wage's months
# (`…统筹地区上年度职工月平均工资的20个月`), not a period after which or within which something happens
# (`停发工资的3个月内` is a time limit)
WAGE_MONTHS_BEFORE = re.compile(r"(?:工资|薪酬|收入|缴费工资)的\s*$")
WAGE_MONTHS_NOT_AFTER = re.compile(r"\s*(?:以内|之内|内|以后|之后|后|以前|之前|前|期间)")
# (s40-arttargets) a benefit standard set grade by grade in months (`…补助金的标准为：七级伤残的，分别为12个月和16个月；八级
# 伤残的，分别为10个月和12个月`): the sentence opens with the payment's standard and a colon, each grade's clause gives its
# months after (分别)为, the second one after 和
PAY_STANDARD_LEAD = re.compile(PAY_NOUN + r"[^。\n]{0,24}?(?:标准|待遇)\s*(?:为|是|如下)?\s*[：:]")
# (`每满1年发给相当于1个月工资的经济补偿金`, `按3个月的本人工资`; a cap on them in the next clause, `最多不超过12个月`)
WAGE_MONTHS_AFTER = re.compile(r"\s*的?(?:本人|个人|职工|[^，,；;。\d]{0,12}?(?:职工|在岗职工|就业人员))?(?:月?平均)?(?:工资|薪酬)")
MONTHS_CAP_BEFORE = re.compile(r"[，,]\s*(?:但)?(?:最多|最高|最长|累计)?(?:不得|不)?(?:超过|高于)\s*$")
WAGE_MONTHS_CLAUSE_BEFORE = re.compile(r"(?:\d+|[一二两三四五六七八九十]{1,3})个?月的?(?:本人|个人|职工)?(?:月?平均)?(?:工资|薪酬)"
                                       r"[^，,；;。\d]{0,16}[，,][^，,；;。\d]{0,10}$")
GRADED_MONTHS_BEFORE = re.compile(r"(?:[，,]\s*(?:分别)?(?:为|是|按)|个?月\s*(?:和|、|及|或))\s*$")


def _wage_months(text: str, q: Quantity) -> bool:
    """(s40-arttargets) a benefit written as a wage's months (`月平均工资的20个月`) or in a standard set grade by grade in
    months (`…补助金的标准为：六级伤残的，分别为18个月和25个月`)."""
    if q.unit not in ("个月", "月"):
        return False
    if WAGE_MONTHS_BEFORE.search(text, max(0, q.start - 8), q.start) is not None:
        return WAGE_MONTHS_NOT_AFTER.match(text, q.unit_end) is None
    if WAGE_MONTHS_AFTER.match(text, q.unit_end) is not None:
        return True
    if (MONTHS_CAP_BEFORE.search(text, max(0, q.start - 10), q.start) is not None
            and WAGE_MONTHS_CLAUSE_BEFORE.search(text, max(0, q.start - 50), q.start) is not None):
        return True  # `每满1年发给相当于1个月工资的经济补偿金，最多不超过12个月`: the cap on the months just paid
    if GRADED_MONTHS_BEFORE.search(text, max(0, q.start - 6), q.start) is None:
        return False
    sentence_start = max(text.rfind("。", 0, q.start), text.rfind("\n", 0, q.start)) + 1
    return PAY_STANDARD_LEAD.search(text, max(sentence_start, q.start - 200), q.start) is not None


def _months_worth(text: str, q: Quantity) -> bool:
    """`返还标准按6个月的失业保险金确定`: N months' worth of a payment is the amount provided, not a
    duration (a period after 按 that measures a benefit)."""
    if q.unit in ("天", "日") and LEAVE_DAYS_AFTER.match(text, q.unit_end) is not None \
            and LEAVE_GRANTED_BEFORE.search(text, max(0, q.start - 8), q.start) is not None:
        return True  # (s40-arttargets) `女职工生育享受98天产假`, `享受42天产假`: the leave's days written before it
    if q.unit in ("天", "日") and "假" in text[max(0, q.start - 12):q.start]:
        return LEAVE_DAYS_BEFORE.search(text, max(0, q.start - 12), q.start) is not None
    if q.unit not in ("个月", "月"):
        return False
    if _wage_months(text, q):
        return True  # (s40-arttargets) `月平均工资的20个月`, `…补助金的标准为：五级伤残的，分别为18个月和25个月`
    if text[max(0, q.start - 2):q.start].endswith(("按", "按照")) and MONTHS_WORTH.match(text, q.end, q.end + 24) is not None:
        return True
    if PAY_MONTHS_BEFORE.search(text, max(0, q.start - 14), q.start) is not None:
        return True
    return text.startswith("的标准", q.unit_end) and PAY_MONTHS_STANDARD.search(text, max(0, q.start - 40), q.start) is not None


# (s33-tg, guide S33 CK Q1/Q2) `女职工生育享受产假158天至180天`, `男方享受护理假15天`: days of a statutory leave a person
# enjoys are a benefit measured in time that the policy grants (an amount, in), not a duration of a measure.
LEAVE_DAYS_BEFORE = re.compile(r"(?:产假|护理假|陪产假|育儿假|婚假|哺乳假|探亲假|年休假|(?<![一-龥])休假|可以休假|可休假)(?:时间)?\s*"
                               r"(?:为|延长至|延长到|增加|延长|达到|共)?\s*$")
# (s40-arttargets) the days written before the leave they measure, after the verb that grants them (`享受98天产假`, `给予
# 15天护理假`, `增加30天产假`)
LEAVE_DAYS_AFTER = re.compile(r"\s*的?(?:产假|护理假|陪产假|育儿假|婚假|丧假|哺乳假|探亲假|年休假|带薪年休假|生育假)")
LEAVE_GRANTED_BEFORE = re.compile(r"(?:享受|给予|享有|休|增加|延长|奖励)\s*$")


BANDWIDTH_CLASS_AFTER = re.compile(r"\s*(?:以上|及以上)?\s*的?\s*(?:光|网|宽带|级|以太|端口|带宽|入户|到户|接入)")


# `抵御7级左右地震`, `抵御12级台风`: 级 of a natural hazard is a magnitude to withstand, not a grade.
NATURAL_SCALE = re.compile(r"\s*的?\s*(?:地震|台风|大风|风|烈度|震级)")

# `每周服务时间为10小时`, `每周至少安排三课时`, `每年参加继续教育不少于90学时`: hours of service or teaching
# per period are an amount the policy provides or demands, not a duration (a time limit is
# `24小时内`, and a length without a period, `实习时间一般为6个月`, stays out).
PER_PERIOD_TIME_UNITS = {"小时", "学时", "课时", "分钟"}
CLASS_HOURS = {"学时", "课时"}
HOURS_OF_ACTIVITY = re.compile(r"(?:志愿服务|服务|培训|学习|锻炼|活动|实践)(?:时长|时数)\s*(?:累计|合计|总计)?\s*(?:要|应|须)?\s*"
                               r"(?:达到|不少于|不低于|至少|超过|突破)?\s*$")
# (named apart from the later PER_PERIOD, which rebound this name at import: the time reader meant this one; records identical)
TIME_PER_PERIOD = re.compile(r"每(?:个)?(?:月|周|天|日|年度?|学期|学年|季度)|每(?:[两二三四五六七八九十]|\d{1,2})(?:个)?(?:年|学年)")  # (`每五年…不少于360学时`)


def _per_period_time(text: str, q: Quantity, clause_prefix: str) -> bool:
    if q.unit not in PER_PERIOD_TIME_UNITS or re.match(r"\s*(?:以内|之内|内|前|以前|后|以后)", text[q.end:q.end + 3]):
        return False
    if TIME_PER_PERIOD.search(clause_prefix) is not None:
        return True
    if "时" in clause_prefix and HOURS_OF_ACTIVITY.search(clause_prefix) is not None:
        return True  # (s31-tg2) `全年志愿服务时长累计不少于2万小时`: the hours of an activity summed are an amount of it (TG11)
    if q.unit in CLASS_HOURS and (q.after_cmp or re.search(r"(?:不得|不应|不)?(?:少于|低于)|至少|不低于|达到|累计|完成$", clause_prefix)):
        return True  # (s14) `初次安全培训时间不得少于48学时`: hours of instruction are an amount of training, never a time limit
    # `小学生每天睡眠时间应达到10小时，初中生应达到9小时`: a parallel clause continues the per-period
    # amount of the clause before it in the same unit
    start = _back_to(text, q.start, max(0, q.start - 120), SENTENCE_BREAK)
    before = text[start:q.start - len(clause_prefix)]
    return (TIME_PER_PERIOD.search(before) is not None
            and re.search(r"[\d一二两三四五六七八九十]\s*" + re.escape(q.unit) + r"[^，,；;。\d]{0,4}[，,；;]\s*$", before) is not None)


# (s22-tg) `技能培训时间原则上不少于30天`, `到企业实践时间不少于6个月`: a floor on the time of training or practice is an
# amount of activity the policy demands (guide TG11, `每天锻炼不少于1小时`), not a time limit or the length of an
# agreement (`服务期不少于5年`, `实习时间一般为6个月` stay out: no activity named, or no floor).
ACTIVITY_TIME_UNITS = frozenset(("天", "日", "个月", "周", "年"))
# ((s35, guide S33b CM1 Q3) also a posting's minimum length, `每次驻点时间不少于6个月`: an amount of activity demanded;
# (s35b) the posting named by its purpose, `帮扶时间不少于半年`, `支援时间不少于1年`, as the guide's own example)
ACTIVITY_TIME_BEFORE = re.compile(r"(?:培训|实训|实践|学习|锻炼|训练|教学|研修|进修|跟岗|轮训|驻点|驻村|蹲点|挂职|支教|支医|派驻|帮扶|支援|援派)[\p{Han}]{0,2}?(?:时间|时长|天数)"
                                  r"\s*(?:累计|一般|原则上|应|须|要|均|应当)*\s*(?:不少于|不低于|不得少于|不应少于|至少|不短于)\s*$")


# (s26-tg) `驻村工作队…每周至少在村工作4天`, `每月驻村时间不少于20天`: a floor on the days worked in place each week or month
# is an amount of activity demanded of cadres (guide TG11, as `每天锻炼不少于1小时`), not a time limit.
WORK_DAYS_BEFORE = re.compile(r"每(?:周|月|个月)[\p{Han}]{0,4}?(?:(?:至少|不少于|不低于|不得少于|最少)[\p{Han}]{0,4}?(?:工作|在岗|驻村|在村|住村|值守|坐班)"
                              r"|(?:工作|在岗|驻村|在村|住村|值守|坐班)(?:时间|天数)?\s*(?:原则上|一般|应|须|要)?\s*(?:至少|不少于|不低于|不得少于))\s*$")


# (s27-tg, guide TG41) `选派专业课教师到企业实践…，每人每两年不少于2个月`: a floor on the time each person spends per period
# is an amount of activity (in), the activity named in the clause before; not a time limit.
PER_HEAD_TIME_FLOOR = re.compile(r"每(?:人|名|位)(?:每(?:[两二三四五]|\d)?(?:个)?(?:年度?|学年|月))[\p{Han}]{0,6}?(?:不少于|不低于|不得少于|至少|累计)\s*$")


# (s28-tg3) `每人每年培训不少于1个月，其中集中授课不少于15天`: the part of a training floor given after 其中 is a floor on
# training time too (guide TG41: an amount of training per person is in), though its clause names only the kind of teaching
TRAINING_PART_FLOOR = re.compile(r"(?:培训|实训|实践|学习|研修|进修|轮训|授课|教学)[^。；;，,]{0,16}?(?:不少于|不低于|不得少于|至少|不短于)\s*"
                                 r"[\d.一二两三四五六七八九十]+\s*(?:个月|天|日|周|学时|课时|小时)\s*[，,]\s*其中\s*[\p{Han}]{1,8}?\s*"
                                 r"(?:时间|时长|天数)?\s*(?:不少于|不低于|不得少于|至少|不短于)\s*$")


def _activity_time(text: str, q: Quantity) -> bool:
    if q.unit not in ACTIVITY_TIME_UNITS:
        return False
    return (ACTIVITY_TIME_BEFORE.search(text, max(0, q.start - 24), q.start) is not None
            or ("其中" in text[max(0, q.start - 16):q.start] and TRAINING_PART_FLOOR.search(text, max(0, q.start - 60), q.start) is not None)
            or ("每" in text[max(0, q.start - 14):q.start] and PER_HEAD_TIME_FLOOR.search(text, max(0, q.start - 16), q.start) is not None)
            or (q.unit in ("天", "日") and WORK_DAYS_BEFORE.search(text, max(0, q.start - 20), q.start) is not None))


# `每月随访次数不少于2次`, `一个年度内家庭病床建床次数不超过1次`: the clause names the count (次数) it sets,
# a service standard, not how often a meeting, report or inspection recurs (`每年检查次数不少于2次`).
NAMED_COUNT = re.compile(r"^(?!.*(?:会议|例会|会商|报告|报送|督查|督导|检查|巡查|评估|考核|调度|通报|召开)).*次数[^，,；;。\d]{0,6}$")


# `每认定１家高新技术企业，给予…奖励`, `每新增1个就业岗位补贴…`, `每引进1名博士奖励…`: the unit a reward or subsidy is
# counted per (a denominator, as `每5000名…配备1名`), not a count to reach.
# ((s23-tg2) `招用3人以上的每增加1人给予3000元补贴`: 每增加/每多 count the unit above a threshold the same way)
# ((s40-arttargets) also a step of a scale a rule pays or charges by, `每低一摄氏度退还热费5%`, `每减少1年…递减20%`,
# `每超过1年…加发2元`, `每提高一个档次…增加补贴5元`: the step is what the amount is counted per)
PER_EVENT = re.compile(r"每(?:低|高|少|减少|降低|提高|超过|超出|延长|缩短|逾期|延迟|多缴费?|多缴纳|"
                       r"新认定|认定|新增|增加|多招用|多吸纳|多|引进|培育|培养|吸纳|招用|安置|新建|建成|带动|录用|评定|获批|入选|获得|创建|培训|输出|转移)\s*$")


# `在继续巩固落实好…达到3000元的基础上`: a level the policy keeps is a target (spec §7: to keep).
KEEP = re.compile(r"巩固|保持|维持|落实好|确保")

BASELINE_FROM = ("由", "从", "由每月", "由每人", "由每年", "由每小时", "从每月", "从每人")
FROM_TO = re.compile(r"[^，,；;。\d]{0,8}?(?:调整|提高|提升|增加|增长|上调|下调|降低|降至|减少|扩大|缩小)?(?:到|至|为)")


# `由每人每月520元提高到…`, `从每户每年4000元调整为…`: the old value after 由/从 and the words it is counted
# per (the four characters BASELINE_FROM looks at do not reach 由 there).
BASELINE_PER = re.compile(r"(?:由|从)(?:每(?:人次|人|户|家|个|名|月|年度?|季度|天|日|周|村|亩|平方米|床|张床位|生|学生|校|所|辆|吨|千瓦时|立方米|公里|本|证|件|张|套|台|头|只|羽|匹|株))+\s*$")
# (s15e) 每生, 每校, 每辆, 每吨, 每本, 每证…: `从每生每年3300元提高到3700元`, `由每本200元降为每本160元` (a standard changed)
# ((s40-targets) and the head of livestock or plant a subsidy is counted per: `扑杀补助标准由每头800元提高到每头1200元`)


# `由2020年的56.5%提高到62%`, `从现在的9%提高到15%左右`, `由目前的40%提高到50%以上`: the value of a year or of now
# that a change starts from is a baseline (as `由2%降至1%` is).
# (s28-tg2) `由目前的不足35%提高到40%以上`, `从现在的约60%提高到…`: a hedge on the baseline's value keeps it a baseline
BASELINE_HEDGE = r"不足|不到|约|近|仅|大约|接近|超过|低于"
BASELINE_DATED = re.compile(r"(?:由|从)\s*(?:(?:19|20)\d{2}\s*年(?:底|末|度)?|现在|目前|当前|现有|现阶段|基期|去年|上年|上一年|"
                            r"[“\"]?十[一二三四五六]五[”\"]?(?:期末|末))\s*的\s*(?:" + BASELINE_HEDGE + r")?\s*$")


def _dated_baseline(text: str, q: Quantity) -> bool:
    window = text[max(0, q.start - 18):q.start]
    if "的" not in window[-5:]:
        return False
    return BASELINE_DATED.search(window) is not None and FROM_TO.match(text, q.end, q.end + 16) is not None


def _per_word_baseline(text: str, q: Quantity) -> bool:
    window = text[max(0, q.start - 12):q.start]
    if "由" not in window and "从" not in window:
        return False
    return BASELINE_PER.search(window) is not None and FROM_TO.match(text, q.end, q.end + 16) is not None


def _full_list_delivered(clause_prefix: str, q: Quantity, text: str = "") -> bool:
    """Guide TG9: a count that totals a list given in full, which a verb delivers, is a target
    (`扩大至甲市、乙市、…、癸市10个城市`: 10 names); a count larger than the names (`确定甲省、乙省…8个省`)
    sums up examples. (s22-tg) Also the places an item is carried out in, named in full after 在 and counted before the
    verb (`在甲村、乙村、丙村3个村开展试点`: the places covered, guide TG16)."""
    pieces = clause_prefix.split("、")
    if len(pieces) != int(q.values[0][0]) or not all(1 <= len(p.strip()) <= 12 for p in pieces[1:]):
        return False
    return _has_verb(pieces[0]) or LIST_PUSHED.search(pieces[0]) is not None or (
        NUMBERING.sub("", pieces[0].lstrip(), count=1).startswith("在") and text != ""
                                    and PLACES_COVERED_AFTER.match(text, q.unit_end, q.unit_end + 24) is not None) or (
        # (s34-tg) the places named in full are the subject of a goal after their count (`哈尔滨、…、大庆5个区域医疗中心城市
        # 率先实现…`): the count of places that are to reach it (guide TG9, PLACES_ALL_ACT)
        text != "" and q.unit == "个" and NAMED_PLACES_ACT.match(text, q.unit_end, q.unit_end + 24) is not None)


# (s24-tg) `2022年重点推进金牛镇、州城镇、宾居镇3个镇区污水管网延伸工程`: 推进 (not a demand verb of the lexicon, where it
# mostly governs no number) delivers the works of a list named in full (guide TG9)
LIST_PUSHED = re.compile(r"(?:重点|加快|全面|有序)?推进[\p{Han}]{1,12}$")


# (s22-tg) `在全市10个县（市）区建立回收网点`, `在甲村、乙村3个村开展试点`: a count of places an item is carried out in, opening
# its clause after 在 (the places covered, guide TG16 `在10个省份开展试点`)
# ((s29-tg2) also 建成 after 全部/均 saying each place completes it: `今年底前在11个设区市全部建成…信息网络`)
PLACES_COVERED_AFTER = re.compile(r"[\p{Han}（）()]{0,10}?(?:开展|建立|建设|实施|推行|推广|推开|铺开|试点|设立|布设|布局|(?:全部|均|都)建成)")
# ((s22-tg2) also after the time it is done in: `年内在3个村开展垃圾分类示范`, `2024年在10个乡镇推行…`)
PLACES_COVERED_LEAD = re.compile(r"\s*(?:(?:年内|今年(?:底前)?|本年度?|明年|(?:19|20)\d{2}\s*年(?:底前|内)?)\s*)?(?:[\p{Han}]{0,4}?(?:要|将|计划|力争|先行|率先|重点|选择|优先))?在(?:全国|全[省市县区州镇乡旗]|本[省市县区镇乡])?\s*"
                                 r"(?:[\p{Han}]{1,8}(?:、[\p{Han}]{1,8})+)?\s*")  # (the places named in full, `_full_list_delivered`)


# (s28-tg3) `今年要完成甲、乙等5所乡镇卫生院的改扩建任务`: a year named relative to the notice (今年, 年内, 明年) leads into the
# demand as a written year does (LEADING_SCOPE), in the older yearly work notices that date their quotas so
RELATIVE_YEAR_LEAD = re.compile(r"^(?:今年|年内|本年度?|明年|当年|年底前|年末前)")


# (s31-tg, guide TG9) `全力推进古镇入口片区改造、生态廊道等12个重点项目`: 推进 over projects named by examples then counted
# delivers that many projects (a work plan's project quota), as `加快建设甲等9个区域节点` does; only projects and works are
# so counted (`推进教育、卫生等4个领域改革` counts fields, a description)
PROJECTS_PUSHED = re.compile(r"(?:重点|加快|全面|有序|全力|着力|积极)?推进[\p{Han}A-Za-z0-9“”\"、（）()]{2,40}?等$")
PROJECT_NOUN_AFTER = re.compile(r"(?:重点|重大|民生|基础设施|产业)?(?:项目|工程)")


def _projects_pushed(text: str, q: Quantity, clause_prefix: str) -> bool:
    return (q.unit_kind == "count" and clause_prefix.endswith("等") and "推进" in clause_prefix
            and PROJECTS_PUSHED.search(_strip_scope(RELATIVE_YEAR_LEAD.sub("", _strip_scope(clause_prefix)))) is not None
            and PROJECT_NOUN_AFTER.match(text, q.unit_end) is not None)


def _delivered_with_examples(clause_prefix: str) -> bool:
    """`加快建设甲等9个区域节点`, `重点培育A、B等20家龙头企业`: a demand verb delivers N units, naming some of
    them as examples before 等; the count is the quota (unlike `教育厅等8部门`, a list summed up with no
    verb of its own)."""
    core = _strip_scope(RELATIVE_YEAR_LEAD.sub("", _strip_scope(clause_prefix)))
    m = re.match(r"(?:加快|积极|大力|重点|着力|全力|力争|推动)?(" + _demand_verb_alternatives() + r")", core)
    return (m is not None and core.endswith("等") and (1 <= len(core) - m.end() - 1 <= 16 or _named_in_full(core[m.end():-1]))
            and re.fullmatch(r"[\p{Han}A-Za-z0-9“”\"、]+", core[m.end():-1]) is not None
            and VERB_AS_MODIFIER.match(core, m.end()) is None)


def _places_covered_with_examples(text: str, q: Quantity, clause_prefix: str) -> bool:
    """(s25-tg) `在双沟社区、张湾村、朱庄村等6个村（社区）开展生活垃圾分类试点`: the places an item is carried out in, some
    named as examples before 等, counted before the verb (guide TG16, the places covered, as `_full_list_delivered` reads
    them named in full)."""
    return (clause_prefix.endswith("等") and q.unit_kind == "count" and "在" in clause_prefix
            and PLACES_COVERED_LEAD.fullmatch(NUMBERING.sub("", clause_prefix, count=1)) is not None
            and PLACES_COVERED_AFTER.match(text, q.unit_end, q.unit_end + 24) is not None)


# (s38-targets, guide TG9) places named as examples before 等 and counted, as the subject that is to reach a goal (`其中甲村、乙村、
# 丙村等5个村创建“无违建”示范村`) or as the object chosen for one (`确定甲、乙、丙等6个村为镇级示范村`): the count of places to
# reach it is the quota (a count to reach), as `_places_covered_with_examples` reads the places an item is carried out in
PLACES_TO_REACH_LEAD = re.compile(r"\s*(?:其中\s*[，,：:]?\s*|(?:确定|选定|选择|遴选|命名)\s*)?[\p{Han}“”\"（）()]{1,10}(?:、[\p{Han}“”\"（）()]{1,10})+等")
PLACES_TO_REACH_AFTER = re.compile(r"[\p{Han}（）()]{0,8}?(?:创建|创成|建成|达到|成为|通过|争创|为|作为)")


def _places_to_reach_with_examples(text: str, q: Quantity, clause_prefix: str) -> bool:
    if not clause_prefix.endswith("等") or q.unit_kind != "count" or "、" not in clause_prefix:
        return False
    lead = PLACES_TO_REACH_LEAD.fullmatch(NUMBERING.sub("", clause_prefix, count=1))
    if lead is None or (lead.group(0).lstrip().startswith(("确定", "选定", "选择", "遴选", "命名")) is False
                        and not clause_prefix.lstrip().startswith("其中")):
        return False
    return PLACES_TO_REACH_AFTER.match(text, q.unit_end, q.unit_end + 16) is not None and q.unit in ("个", "村", "镇", "所", "家")


# (s27-tg) `检测项目不少于色度、浑浊度、…、总大肠菌群等8项`: a floor written before the items it names, closed by 等 and their
# count: the count is the floor the rule sets (spec §7 "not less than"), the names its examples (guide TG9 reads a count
# over a list delivered as a target).
FLOOR_OVER_EXAMPLES = re.compile(r"(?:不少于|不低于|至少|不得少于|最少)\s*[\p{Han}A-Za-z0-9“”\"、（）()]{2,80}?等$")


def _floor_over_examples(clause_prefix: str) -> bool:
    m = FLOOR_OVER_EXAMPLES.search(clause_prefix) if clause_prefix.endswith("等") else None
    return m is not None and "、" in m.group(0)


# (s36-articles) `组织驻村干部、村（居）民委员会成员等2名以上工作人员…调查核实`: the floor closing the examples is the least
# staff the article demands for a check or an inquiry (as `组织2名以上工作人员进行现场查验`, a standard the rule sets,
# spec §7); a count bounded by 以上 sums nothing up (a sum is exact), unlike `教育厅等8部门`.
STAFF_FLOOR_AFTER = re.compile(r"(?:以上|及以上)(?:的)?(?:工作人员|执法人员|检查人员|调查人员|核查人员|专业人员|人员)")


def _staff_floor_over_examples(text: str, q: Quantity) -> bool:
    return q.unit in ("名", "人") and STAFF_FLOOR_AFTER.match(text, q.unit_end) is not None


def _named_in_full(names: str) -> bool:
    """(s22-tg2) `重点培育甲公司、乙公司、丙公司、丁公司等20家龙头企业`: a longer list of short names parted by 、 (each a
    name of at most 12 characters, at most 10 of them) before 等 is still examples of what the verb delivers."""
    items = names.split("、")
    return 2 <= len(items) <= 10 and all(1 <= len(item) <= 12 for item in items)


# (s18) `改造对象为建档立卡贫困户等4类重点对象`, `支持范围包括A、B等5个领域`: the verb names a kind of object or scope
# (改造对象, 支持范围), and the count sums up a list (spec §7: describes, not demands).
VERB_AS_MODIFIER = re.compile(r"(?:对象|范围|内容|标准|方式|领域|类别)(?:主要)?(?:为|是|包括|包含|有)")


@lru_cache(maxsize=1)
def _demand_verb_alternatives() -> str:
    verbs = sorted((v for v, k in lexicon().verbs.items() if k == "demand"), key=len, reverse=True)
    return "|".join(re.escape(v) for v in verbs)


# `人均预期寿命达到79岁`, `人均预期寿命提高1岁`, `劳动年龄人口平均受教育年限达到11.3年`: a level of life or
# schooling a plan sets is counted in years, not a duration or an age that qualifies.
# (s29-central) A baseline year between the indicator and its change (`人均预期寿命比2020年提高1岁`, `…在2020年基础上继续
# 提高1岁左右`, as five-year plans write it) is passed over; that year itself is the baseline (spec §7), no level.
LIFE_LEVEL = re.compile(r"(?:预期寿命|平均寿命|受教育年限|教育年限)(?:[^，,；;。\d]{0,3}?(?:比|较|与|在)\s*(?:19|20)\d{2}\s*年(?:相比|基础上)?[，,]?)?"
                        r"[^，,；;。\d]{0,8}$")
BASELINE_YEAR_AT = re.compile(r"(?<![\d.])(?:19|20)\d{2}\s*年")


# (s32-tg) `电子病历系统应用水平分级评价平均达到3级以上，其中三级医院达到4级以上`, `…星级评定达到4星`: the grade an
# evaluation by grades is to reach is a level the plan sets (not an ordinal nor a class that qualifies)
GRADE_REACHED = re.compile(r"(?:分级评价|分级评估|等级评价|等级评定|评级|星级评定)[^。；;\n]{0,40}?(?:达到|达|提升到|提升至|提高到|提高至|不低于)\s*$")


def _life_level(text: str, q: Quantity) -> bool:
    if q.unit in ("级", "星") and q.token == "ar" and GRADE_REACHED.search(text, max(0, q.start - 60), q.start) is not None:
        return True
    if q.unit == "年" and BASELINE_YEAR_AT.match(text, q.start) is not None:
        return False  # (s29-central) `比2020年`: a calendar year, no length of life or schooling
    return q.unit in ("岁", "年") and LIFE_LEVEL.search(text, max(0, q.start - 30), q.start) is not None


# (s25-tg) `重度及以上污染天数控制在6天以内`, `空气质量优良天数达到300天`, an indicator table's `重度及以上污染天数（天）`: the
# number of days of a state of the air or water in a year is a count a plan sets (spec §7: counts), not a time limit
# (`审批天数压缩到5天` names no state and stays out).
STATE_DAYS = re.compile(r"(?:污染|优良|良好|达标|超标|重污染|沙尘|雾霾|灰霾|空气质量)[\p{Han}（）()]{0,6}?天数")
# ((s32-tg2) a baseline year may stand between: `空气质量优良天数比2015年增加15天以上` is days more than the base year's)
STATE_DAYS_BEFORE = re.compile(STATE_DAYS.pattern + r"[^，,；;。\d]{0,10}?(?:[比较]\s*(?:19|20)\d{2}\s*年[^，,；;。\d]{0,8})?$")


def _state_days(text: str, q: Quantity) -> bool:
    return q.unit in ("天", "日") and STATE_DAYS_BEFORE.search(text, max(0, q.start - 30), q.start) is not None


# (s25-tg) A service's speed or reach a policy sets (`急救平均反应时间控制在15分钟以内`, `人力取水往返时间不超过10分钟`,
# `预警信息发布时间提前到30分钟以上`) and a stock measured in days of need (`储备库应满足辖区内不少于3天的救灾需要`): a level
# to reach or keep (spec §7), not a time limit for an act (`审批时限压缩至5个工作日`, `15个工作日内完成` stay out).
# ((s29-tg, guide TG54) also the time a system delivers its messages in: `应急信息从省级平台下发至村级终端的时间控制在5分钟以内`,
# `预警信息发布时间缩短到10分钟`)
# ((s37-tg) also the time a fire is put out or a fault repaired in, `火点扑灭时间不超过30分钟`, `故障修复时间不超过24小时`: a
# level an emergency or repair service keeps, guide TG52 and S35's repair times; an administrative handling time stays out)
SERVICE_TIME_BEFORE = re.compile(r"(?:(?:(?:反应|响应|到达|抵达|赶到|赶赴|到场|出警|出动|往返|通行|候诊|等候|扑灭|扑救|修复|抢修)[\p{Han}]{0,2}?"
                                 r"|(?:下发|发布|传达|送达|推送|传输|播发)(?:至|到)?[\p{Han}]{0,8}?的?)(?:时间|时长)"
                                 r"[^，,；;。\d]{0,6}?(?:控制在|缩短到|缩短至|缩短为|不超过|不得超过|不大于|少于|在)"
                                 # ((s27-tg) 提前 alone, `应提前15天公告`, is a notice period: only a time or lead made earlier)
                                 r"|(?:时间|时效)提前(?:量)?(?:到|至|达到)?|提前(?:量)?(?:到|至|达到))\s*$")
REACH_CIRCLE = re.compile(r"[\p{Han}]{0,6}?(?:圈|服务半径)")
REACH_BUILT = re.compile(r"(?:建成|形成|打造|构建|建设|实现)[\p{Han}]{0,2}$")
# (s40-arttargets, guide TG52) the same service time for another area in the next clause, its subject left out
# (`在主城区内抵达现场时间不超过30分钟，其他区域不超过1小时`): the clause before sets the standard, this one gives the area's
AREA_TIME_ELLIPSIS = re.compile(r"(?:反应|响应|到达|抵达|赶到|赶赴|到场|出警|出动|修复|抢修)[\p{Han}]{0,2}?(?:时间|时长)"
                                r"[^，,；;。\d]{0,6}?(?:不超过|不得超过|不大于|控制在|在)\s*\d+(?:\.\d+)?\s*(?:分钟|小时)(?:以内|之内|内)?"
                                r"\s*[，,；;]\s*(?:其他|其余|其它|偏远|农村|郊区)?[\p{Han}]{0,8}?(?:不超过|不得超过|不大于|控制在|在)\s*$")
ARRIVAL_BY_AREA = re.compile(r"(?:抵达|到达|赶到|赶赴|到场|到位)(?:现场|事发地|事故现场)?[^。；;\d]{0,4}[，,]\s*其中[^。；;]{0,44}?"
                             r"(?:不超过|不得超过|不多于|不大于|控制在|在)\s*$")
SERVICE_TIME_UNITS = frozenset(("分钟", "小时", "秒", "天", "日"))
# (s35b, guide TG52 `接警后30分钟内到达`) the time a service must arrive in after a call, the arrival written after the
# number (`接到报修后，应当在30分钟内到达现场`, `接报后2小时内赶到现场`): a level of service kept for users, not a
# time limit for a piece of work (`接到申请后20个工作日内办结` has no arrival)
ARRIVAL_AFTER = re.compile(r"\s*(?:以内|之内|内)\s*(?:赶到|到达|抵达|到场|赶赴|到现场|到事发地)")
# (s37-articles, guide TG52 and S35 `重大故障24小时内处理完毕`) the time a service must answer or clear a fault or a user's
# problem in (`对一般故障…72小时内修复`, `群众反映问题24小时内响应`): a level of service kept for its users. Only in
# minutes or hours and with the fault or problem in the clause: an office's handling in working days
# (`接到举报后5个工作日内处理`), an act finished in time (`24小时内完成疫点处置`) and a repair with no fault named stay out.
FAULT_IN_CLAUSE = re.compile(r"(?:故障|报修|险情|问题)(?:[^。；;，,\d]{0,16}|[^。；;，,]{0,8}?(?:以内|之内|内)(?:响应|到达现场|到场)[、和])$")
CLEARED_AFTER = re.compile(r"\s*(?:以内|之内|内)\s*(?:响应|处置|处理完毕|处理完成|修复|排除|抢修完毕|修复完毕|恢复(?:供[热水气电]|正常))")
# (s37-articles, guide TG52: `在正式供热开始后24小时内达到供热温度标准`) the time a service must reach its standard in once
# it starts: a level kept for its users
STANDARD_REACHED_AFTER = re.compile(r"\s*(?:以内|之内|内)\s*达到[^。；;，,\d]{0,10}?(?:标准|温度|要求)")
SERVICE_STARTED_BEFORE = re.compile(r"(?:供热|供水|供气|供电|运行|服务|营业)[\p{Han}]{0,2}(?:开始|启动|开通)(?:后|之后)\s*$")
# (s37-tg, guide TG52 and S35's repair times) a service level written as the number, 内 and the act (`群众反映问题24小时内响应`,
# `一般故障72小时内修复`, `火情30分钟内扑灭`): how fast a service answers, repairs or puts out, kept for its users; the acts of
# handling a case (`办结`, `答复`, `审核`) stay time limits (TG41)
SERVICE_ACT_AFTER = re.compile(r"\s*(?:以内|之内|内)\s*(?:予以)?(?:响应|修复|抢修|排除|扑灭|恢复供[水电气暖热]|恢复通[车行])")
SERVICE_ACT_SUBJECT = re.compile(r"(?:问题|故障|事故|险情|火情|火点|报修|停水|停电|求助|诉求)[\p{Han}]{0,4}$")
CALL_BEFORE = re.compile(r"(?:接到|接警|接报|接获|收到)[^。；;\d]{0,24}?(?:后|时)[^。；;\d]{0,6}$")
# (s27-tg) a time compared with a baseline's and made earlier by so much (any unit, months too): the level of timeliness set,
# not a notice period (`应提前30天公告` has no 时间 compared with a baseline)
EARLIER_THAN_BASE = re.compile(r"(?:时间|时效|日期)[^，,；;。\d]{0,4}?(?:比|较)[^，,；;。]{1,12}?提前(?:到|至|了)?\s*$")
STOCK_DAYS = re.compile(r"(?:满足|保障|保证|达到)[^，,；;。\d]{0,10}?(?:不少于|不低于|至少)?\s*$")
STOCK_DAYS_AFTER = re.compile(r"\s*(?:以上)?的?[\p{Han}]{0,8}?(?:需要|需求|用[水电气药]?量|消费量|供应量?|销售量)")
# ((s27-tg) a capacity capped or floored in the hours or days of use it holds, `储水设施的有效容积不得超过用户48小时的用水量`:
# the volume a rule sets, measured in time, as a stock is)
STOCK_BOUND = re.compile(r"(?:容积|容量|储量|储备|库容|蓄水量)[^，,；;。\d]{0,8}?(?P<cmp>不得超过|不超过|不大于|不高于|不少于|不低于|不小于|至少|为|按)"
                         r"[^，,；;。\d]{0,8}$")
STOCK_BOUND_CMP = {"不得超过": "<=", "不超过": "<=", "不大于": "<=", "不高于": "<=", "不少于": ">=", "不低于": ">=", "不小于": ">=",
                   "至少": ">="}


# (`基金累计结存可支付月数不低于6个月`, `储备可供应天数不少于15天`: a reserve counted in the months or days it can pay or supply)
STOCK_PERIODS_BEFORE = re.compile(r"(?:支付|供应|保障|使用|消费)(?:月数|天数)[^，,；;。\d]{0,8}$")


# (s38-targets, guide TG52 `接警后30分钟内到达`) how fast a responder arrives, turns out or gets in touch, written as the
# minutes or hours, 内 and the act (`对发现的火点…要在1小时内到达现场处置`, `做到30分钟内响应、到场处置`, `10分钟内集结出动`,
# `承办单位接单后，应当在2小时内与诉求人取得联系`): a speed of service kept for the people served, with or without the call
# written before it (ARRIVAL_AFTER with CALL_BEFORE); handling a case in working days (`3个工作日内办结`) stays a time limit
RESPONSE_ACT_AFTER = re.compile(r"\s*(?:以内|之内|内)\s*(?:赶到|到达|抵达|到场|赶赴|响应|(?:集结)?出动|出警"
                                r"|与[^，,。；;\d]{1,8}?(?:取得|建立)联系)")
# (s38-targets, guide S37b `路灯…出现故障的，管理单位应当在24小时内修复`) the fault or damage named in a conditional clause of
# the same sentence (`发现…损坏或者故障的，…；对于损坏严重…的，应当…并在24小时内修复`)
FAULT_IN_SENTENCE = re.compile(r"(?:故障|损坏|报修|险情|漏水|漏气|停水|停电|停气)[^。；;\d]{0,30}?的[，,][^。\d]{0,40}$")


def _service_response(text: str, q: Quantity) -> bool:
    """(s37-articles, s37-tg; guide TG52) a fault cleared or a problem answered in so many minutes or hours, or a standard
    reached so soon after a service starts: the level of service a provider keeps for its users. The act after 内 is read
    with its subject right before the number (`一般故障72小时内修复`, SERVICE_ACT_*) or with the fault anywhere in its
    clause (`对一般故障…72小时内修复`, FAULT_IN_CLAUSE)."""
    if q.unit not in ("分钟", "小时"):
        return False
    if RESPONSE_ACT_AFTER.match(text, q.end) is not None:
        return True
    if (SERVICE_ACT_AFTER.match(text, q.end) is not None
            and SERVICE_ACT_SUBJECT.search(text, max(0, q.start - 12), q.start) is not None):
        return True
    if CLEARED_AFTER.match(text, q.end) is not None:
        clause_start = max(text.rfind(c, 0, q.start) for c in "，,。；;\n") + 1
        if FAULT_IN_CLAUSE.search(text, clause_start, q.start) is not None:
            return True
        return FAULT_IN_SENTENCE.search(text, max(0, q.start - 90), q.start) is not None
    return (STANDARD_REACHED_AFTER.match(text, q.end) is not None
            and SERVICE_STARTED_BEFORE.search(text, max(0, q.start - 12), q.start) is not None)


# (s39b-arttargets, guide S37b `供热单位…对热用户的投诉，应当在3个工作日内答复`) a service provider's reply to its own users
# (a complaint, a query, a request for repair) in so many days or hours: a service time kept for users (TG52, S35), in. The
# provider is named before the number in the same sentence, and its users or their request in it; an office's or a
# public institution's handling time (`主管部门应当在15个工作日内答复`) names no provider: stays out (TG41).
PROVIDER_REPLY_AFTER = re.compile(r"\s*(?:以内|之内|内)\s*(?:予以|作出|给予)?(?:书面)?(?:答复|回复)")
SERVICE_PROVIDER = re.compile(r"(?:供热|供水|供气|燃气|供电|排水|物业服务|物业|电信|通信|快递|邮政|公交|客运|有线电视|网络)"
                              r"[\p{Han}]{0,6}?(?:单位|企业|公司|经营者|经营单位|运营单位|运营企业|服务人|服务机构)")
PROVIDER_USERS = re.compile(r"用户|业主|消费者|乘客|寄件人|收件人|投诉|查询|咨询|报修")
PROVIDER_REPLY_UNITS = frozenset(("个工作日", "工作日", "日", "天", "小时"))
OFFICE_AFTER_PROVIDER = re.compile(r"部门|机关|人民政府|委员会|管理局|管理处|管理所|管理站|办公室|中心")


def _provider_reply(text: str, q: Quantity) -> bool:
    if q.unit not in PROVIDER_REPLY_UNITS or PROVIDER_REPLY_AFTER.match(text, q.end) is None:
        return False
    start = max(text.rfind("\n", 0, q.start) + 1, q.start - 120)  # (the provider may open the article: `供热单位应当…。…对热
    # 用户的投诉，应当在3个工作日内答复`)
    providers = list(SERVICE_PROVIDER.finditer(text, start, q.start))
    if not providers or PROVIDER_USERS.search(text, start, q.start) is None:
        return False
    # (an office named after the provider is the one that replies: `用户…可以向邮政管理部门申诉。邮政管理部门应当…30日内作出答复`)
    return OFFICE_AFTER_PROVIDER.search(text, providers[-1].end(), q.start) is None



def _service_time(text: str, q: Quantity) -> bool:
    if _provider_reply(text, q):
        return True  # (s39b-arttargets) `供热单位…对热用户的投诉，应当在3个工作日内答复`: a provider's reply to its users
    if q.unit not in SERVICE_TIME_UNITS and q.unit != "个月":
        return False
    if "数" in text[max(0, q.start - 14):q.start] and STOCK_PERIODS_BEFORE.search(text, max(0, q.start - 16), q.start):
        return True
    if SERVICE_TIME_BEFORE.search(text, max(0, q.start - 24), q.start) is not None and q.unit in SERVICE_TIME_UNITS:
        return True
    if (q.unit == "分钟" and REACH_CIRCLE.match(text, q.unit_end, q.unit_end + 8) is not None
            and text[max(0, q.start - 1):q.start] not in ("“", '"') and REACH_BUILT.search(text, max(0, q.start - 12), q.start)):
        return True  # (s31-tg2) `到2025年，城市社区基本建成10分钟健身圈`: the reach a service network is built to, a level (TG52)
    if (q.unit in ("分钟", "小时") and ARRIVAL_AFTER.match(text, q.end) is not None
            and CALL_BEFORE.search(text, max(0, q.start - 40), q.start) is not None):
        return True  # (s35b, guide TG52) `接到报修后，应当在30分钟内到达现场`: how fast a service arrives after a call
    if _service_response(text, q):
        return True  # `一般故障72小时内修复`, `开始供热后24小时内达到…标准`: a level a service keeps for its users (guide TG52)
    if (q.unit in ("分钟", "小时") and "其中" in text[max(0, q.start - 60):q.start]
            and ARRIVAL_BY_AREA.search(text, max(0, q.start - 70), q.start) is not None):
        return True  # (s31-tg2) `接到故障通知后，及时抵达现场，其中城区不超过30分钟，其他地区不超过1小时`: how fast a service
        # arrives, by area, a level it keeps (guide TG52), not a time limit for an act
    if q.unit in ("分钟", "小时") and AREA_TIME_ELLIPSIS.search(text, max(0, q.start - 60), q.start) is not None:
        return True  # (s40-arttargets) `…抵达现场时间不超过30分钟，其他区域不超过1小时`: the next area's arrival time
    if "提前" in text[max(0, q.start - 4):q.start] and EARLIER_THAN_BASE.search(text, max(0, q.start - 30), q.start) is not None:
        return True  # (s27-tg) `教育统计数据公开发布时间比2016年提前1个月以上`: a time made earlier than a baseline's, a level
    return ((STOCK_DAYS.search(text, max(0, q.start - 20), q.start) is not None
             or STOCK_BOUND.search(text, max(0, q.start - 24), q.start) is not None)
            and STOCK_DAYS_AFTER.match(text, q.end) is not None)


def _excluded_at(text: str, q: Quantity, blocked: SpanIndex) -> bool:
    """The exclusions of `_is_excluded` that need no clause, read from the number, its unit and the
    characters next to it (a date's 年/月/日, 第X条, a cited title): most numbers that are not
    targets, told before their clause is looked for. Each is also one of `_is_excluded`'s."""
    if blocked.covers(q.start):
        return True
    if q.unit == "兆" and (q.token != "ar" or BANDWIDTH_CLASS_AFTER.match(text, q.unit_end) is not None):
        return True  # (s32-tg) `建设千兆光网`, `100兆光纤`: a class of network named by its speed, not a bandwidth to reach
    if (q.unit_kind in ("time", "age", "ordinal") and q.unit not in PER_PERIOD_TIME_UNITS and not _months_worth(text, q)
            and not (q.unit == "级" and NATURAL_SCALE.match(text, q.end)) and not _life_level(text, q)
            and not _office_limit(text, q) and not _activity_time(text, q) and not _state_days(text, q)
            and not _service_time(text, q)):
        return True  # (a time in hours may be per period: that needs the clause)
    if q.token == "ar" and q.unit is None:
        return True
    if _ordinal_before(text, q.start) and not _rank_goal(text, q):
        return True
    if q.unit in DIMENSION_UNITS and _product_dimension(text, q):
        return True
    if q.unit == "批" and _not_batches(text, q):
        return True
    if q.token == "ar" and q.start >= 4 and text[q.start - 1] in "-－" and PHONE_AREA.search(text, max(0, q.start - 6), q.start):
        return True  # (s19-tg) `热线（0533-12345转…）`: a telephone number after its area code
    return False


# (s25-tg2) A floor per head with no period (`每人至少开展一次职业技能培训`, `对每户至少进行3次现场检查`): each person or
# household is to be served at least so often over the policy, an amount it provides (the golds read it so); with a
# period (`每人每年至少一次`) it stays a frequency (guide TG27).
# ((s40-targets) also each unit of a kind, `每个隐患点至少开展1次应急演练`, `每所学校至少组织1次疏散演练`: the golds read it so
# (TG27 over TG23 with no period, guide S34 CN2 Q2); not a cycle, `每个月`, `每个供暖季`, `每个学期`)
PER_HEAD_FLOOR_TIMES = re.compile(r"每(?:人|户|名|位|所|家|村|处|个(?![\p{Han}]{0,3}?(?:月|季|年|周|星期|学期|工作日|期)))(?![^，,；;。]*?(?:每\s*[两三四五六\d]?\s*(?:年|月|季|周|日|天|学期)|年度|年内|全年|月内|学期))"
                                  r"[^，,；;。]{0,16}?(?:至少|不少于|最少)"
                                  r"\s*(?:开展|提供|进行|接受|参加|组织|培训|获得|得到)?\s*$")
# ((s27-tg2) also with the persons described between, `确保每名有就业愿望的高校毕业生至少获得3次岗位推荐信息` (a period is
# 每 and a period word, not 年 inside 青年), and after 对,
# `县建设局要对每户建设过程至少进行3次现场检查`: a demand on each unit, not a condition on who qualifies)
PHONE_AREA = re.compile(r"(?<!\d)0\d{2,3}\s*[-－]$")
# (s19-tg) the weight of a line in an assessment (`占考核总分的15%`, `权重为20%`, `按30%的权重计入`)
SCORE_WEIGHT_BEFORE = re.compile(r"(?:占|计入|按)[\p{Han}（）()]{0,10}?(?:考核|考评|评价|评估|绩效|评分)[\p{Han}]{0,4}?(?:总分|总成绩|分值|得分|权重)的?\s*"
                                 # ((s28-tg) `考核分值占综合目标考核总分的比重不低于3%`)
                                 r"(?:(?:比重|比例)\s*(?:应|要|须)?\s*(?:为|是|不低于|不少于|不得低于|不小于|达到|不高于|不超过)?\s*)?$"
                                 r"|(?:权重|分值\s*(?:占比|比重|比例))\s*(?:应|要|须)?\s*(?:为|占|是|不低于|不少于|不得低于|不小于|达到|提高到|不高于|不超过)?\s*$"
                                 # ((s27-tg2) `分值占比不低于10%`: the share of the marks a line carries, a weight (guide TG25);
                                 # `考核权重占社区城市管理类考核的20%`: a weight with the assessment it is a part of written)
                                 r"|权重\s*占[\p{Han}（）()]{1,16}?(?:考核|考评|评价|评估|绩效|评分)[\p{Han}]{0,4}?的\s*$")
# ((s25-tg2) also a floor on the weight, `纳入…年度目标责任考核，考核权重不低于5%`: still a score, guide TG25)
# (s27-tg3, guide TG45) a bare `占比` that opens the clause after one putting a line of work into an assessment
# (`将…工作纳入村（社区）年度目标考核，占比不低于10%`, `列入…绩效考评，比重为20%`): its subject is the work put in,
# so the share is that line's weight in the assessment, a score. A share with its own noun in front
# (`考核优秀等次占比不低于30%`) is a share of the assessed units that must reach a level: in (it fails the `^`).
BARE_WEIGHT_CLAUSE = re.compile(r"^\s*(?:所占|占)?(?:占比|比重|比例)\s*(?:应|要|须)?\s*(?:为|是|不低于|不少于|不得低于|不小于|达到|不高于|不超过)?\s*$")
# (s30-tg, guide TG45) the weights of a formula's parts written as a list (`分配因素包括人口、面积和绩效，权重分别为40%、
# 30%和30%`) and the parts a score is made of (`总评成绩按平时成绩占30%、期末考核成绩占70%计算`): each share says how much
# a part counts, not a level to reach; every value of the list after the weight word is one of them
WEIGHT_LIST_BEFORE = re.compile(r"(?:权重|(?:成绩|得分|分数)\s*(?:分别|各)?\s*占)\s*(?:分别|各|依次|均)?\s*(?:为|是|占|按)?\s*"
                                r"(?:[\d.]+\s*[%％]\s*[、和及与]\s*){0,6}$")
INTO_ASSESSMENT_BEFORE = re.compile(r"(?:纳入|列入|计入|作为)[^，,；;。]{0,30}?(?:考核|考评|评价|评估|绩效|评分)(?:体系|内容|指标|范围|事项)?\s*[，,]\s*$")
# (s19-tg) `推广使用厚度不低于0.015毫米的加厚地膜`, `禁止销售厚度小于0.025毫米的塑料袋`: a thickness, width or diameter in
# front of 的 and the product it picks out is a specification of that product, not a number the policy sets out to reach
# (spec §7: it says which goods qualify, as an eligibility condition does).
DIMENSION_UNITS = frozenset(("毫米", "厘米", "微米", "纳米", "米", "丝"))
DIMENSION_BEFORE = re.compile(r"(?:厚度|宽度|直径|粒径|孔径|口径|管径|线径|长度|高度|深度)\s*(?:须|应|要|均)?\s*"
                              r"(?:不低于|不小于|不少于|不高于|不大于|不超过|低于|小于|大于|高于|超过|达到|为|在)?\s*$")
DIMENSION_AFTER = re.compile(r"\s*(?:及以上|以上|及以下|以下)?\s*的")


# (a prohibition, `禁止生产和使用厚度低于0.01毫米的地膜`, sets the floor every product must keep: a limit, in, as
# dev/heldout p10's gold reads it)
DIMENSION_PROHIBITED = re.compile(r"禁止|严禁|不得|不准|不允许")


DIMENSION_BEFORE_TIMES = re.compile(r"\d(?:\.\d+)?\s*(?:毫米|厘米|米)\s*$")


def _dimension_product(text: str, q: Quantity, before_char: str, after_char: str) -> bool:
    """(s24-tg) `规格不小于60厘米×60厘米×50厘米`: a size written as length × width × depth, each side in its unit (a pit's,
    a ditch's, a room's), is a level for each side (spec §7), not a name or formula joined by ×."""
    if q.unit not in DIMENSION_UNITS or "+" in before_char + after_char or "=" in before_char + after_char:
        return False
    ok_before = before_char not in NAME_NEIGHBOUR or DIMENSION_BEFORE_TIMES.search(text, max(0, q.start - 8), q.start - 1) is not None
    ok_after = after_char not in NAME_NEIGHBOUR or text[q.unit_end + 1:q.unit_end + 2].isdigit()
    return ok_before and ok_after


# (s40-arttargets, guide TG44 and s31's `围挡高度不低于2.5米`) a size a rule demands of a works it makes a party set up, written
# before the works (`施工工地应当设置高度不低于2.5米的硬质围挡`, `应当设置长度不少于8米的冲洗平台`): a standard to keep, not a
# specification that picks out goods (`推广使用厚度不低于0.01毫米的地膜` stays out)
DIMENSION_SET_UP_BEFORE = re.compile(r"(?:应当|应|须|必须)\s*(?:设置|安装|修建|建设|建造|砌筑|铺设|搭建|设立|配建|配置)\s*"
                                     r"(?:厚度|宽度|直径|长度|高度|深度|容积|容量|面积|建筑面积|使用面积)\s*"
                                     r"(?:不低于|不小于|不少于|不高于|不大于|不超过|达到|为|在)?\s*"
                                     # ((`容积不小于日供水量20%的清水池`: a size given as a share of a base)
                                     r"(?:[^，,；;。\d%]{1,12}?的?)?$")


def _size_of_works_set_up(text: str, q: Quantity) -> bool:
    return (DIMENSION_AFTER.match(text, q.unit_end) is not None
            and DIMENSION_SET_UP_BEFORE.search(text, max(0, q.start - 30), q.start) is not None)


def _product_dimension(text: str, q: Quantity) -> bool:
    if DIMENSION_AFTER.match(text, q.unit_end) is None or DIMENSION_BEFORE.search(text, max(0, q.start - 12), q.start) is None:
        return False
    if _size_of_works_set_up(text, q):
        return False  # (s40-arttargets) `应当设置高度不低于2.5米的硬质围挡`
    return DIMENSION_PROHIBITED.search(text, _back_to(text, q.start, max(0, q.start - 40), CLAUSE_BREAK), q.start) is None


def _not_batches(text: str, q: Quantity) -> bool:
    """(s27-tg) 批 counts batches to issue only in digits (`发布…目录3批`): `一批` is no number (spec §7 out), `分3批实施` says
    how a task is split (structure), and 批 opening a word (`批准`, `批发`) is no measure word."""
    return (q.token != "ar" or text[q.start - 1:q.start] in ("分", "首", "每", "第")
            or text[q.unit_end:q.unit_end + 1] in NOT_BATCH_NEXT)


NOT_BATCH_NEXT = frozenset("准复发示评判零办件")


# (s18) words that hold a period character without naming a period (`校园周边`, `老年人`, `日常`): no frequency.
# ((s26-a20tg) and a calendar date, `2020年7月起开展不少于2轮…`: a start, not a period the activity recurs in)
PERIOD_NOISE = re.compile(r"周边|周围|周岁|周到|[老青少中]年|年龄|年轻|日常|日益|节日"
                          r"|(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月(?:份)?(?:\s*\d{1,2}\s*日)?)?\s*(?:起|开始|以来)")


def _period_in(clause_prefix: str) -> bool:
    return PERIOD_WORD.search(PERIOD_NOISE.sub("", clause_prefix)) is not None


# (s22-tg) `每年开展专题推介活动不少于4次`, `每学期开展不少于2次主题教育活动`: events the item holds for an audience (活动 of
# promotion, education, publicity…) are counts of activity, targets (guide TG23), unlike a check, drill, review or report that
# recurs (`每月至少开展1次隐患排查`, `每季度至少组织1次扑火演练`, `参加展会每年不少于3次`: frequencies, out).
EVENTS_HELD = re.compile(r"(?:推介|宣传|宣讲|教育|文化|文体|体育|志愿服务|科普|招聘|对接|交流|展示)[\p{Han}]{0,2}活动")


# (s24-guide) guide TG27: `每`+period with `N次` is a frequency (out), whatever is held; a total over the plan's own span
# (`全年开展联合检查不少于12次` in a one-year plan, `三年开展…不少于6次`) is an amount of activity (in, TG11).
PER_PERIOD = re.compile(r"每(?:一|个)?(?:年度?|季度?|个?月|周|星期|旬|半年|学期|天|日)")
SPAN_TOTAL = re.compile(r"全年|年内|本年度?|[二三四五两]年(?:内|间)?(?:累计|共)?")
# (s24-guide) guide TG28: a limit on how often a benefit is granted (eligibility, spec §7)
BENEFIT_TIMES = re.compile(r"享受[^，,；;。]{0,8}$|限申请[^，,；;。]{0,4}$|(?:申领|申请)[^，,；;。]{0,6}次数[^，,；;。]{0,4}$")


# (s40-targets) one event dated to a point of the year (`4月下旬组织一次防汛抢险演练`, `在春茶、秋茶采摘前各开展一次抽检`): a count
# of activity the plan delivers (TG27 for a single event), not a frequency; 每 before it makes it one (`每年4月开展一次`)
ONE_EVENT_DATED = re.compile(r"(?:\d{1,2}\s*月(?:份|上旬|中旬|下旬|底|初|中)?(?:前|底前)?|[春夏秋冬]季|汛前|汛期|节前|采摘前|收割前|开学前)"
                             r"[^，,；;。每]{0,12}?(?:各|集中|统一)?\s*(?:组织|开展|举办|进行|举行)\s*$")
EVENT_NOUN_AFTER = re.compile(r"[\p{Han}]{0,10}?(?:演练|抽检|检测|培训|竞赛|比赛|普查|宣传活动|专项行动|集中行动)")


EVENT_VERB_BEFORE = re.compile(r"(?:组织|开展|举办|进行|举行)[^，,；;。]{0,12}$")


def _one_dated_event(text: str, q: Quantity, clause_prefix: str) -> bool:
    return (text[q.start:q.unit_end] in ("一次", "1次") and "每" not in clause_prefix
            and ONE_EVENT_DATED.search(clause_prefix) is not None and EVENT_NOUN_AFTER.match(text, q.unit_end) is not None)


def _per_period_frequency(clause_prefix: str) -> bool:
    m = None
    for m in PER_PERIOD.finditer(clause_prefix):
        pass
    return m is not None and not PER_CAPITA_LEVEL.search(clause_prefix) and PERIOD_NOISE.search(clause_prefix[m.start():m.end() + 1]) is None


def _events_held(clause_prefix: str, text: str, q: Quantity) -> bool:
    if "活动" not in clause_prefix[-12:] and text.find("活动", q.end, q.end + 14) < 0:
        return False
    return EVENTS_HELD.search(clause_prefix[-14:]) is not None or EVENTS_HELD.search(text, q.end, q.end + 14) is not None


# (s30-tg) `全县120条河道保洁率达到95%`, `实现10个重点县村级服务点覆盖率达到80%`, `全年落实三项手术到位率达到90%`: a count
# inside the subject of a rate says what the rate is measured over (its scope), not a number to reach; the rate is the target
# (spec §7: numbers that describe). Only where nothing but a noun phrase parts the count from the rate and its level.
COUNT_IN_RATE_SUBJECT = re.compile(r"(?![其（(])\p{Han}[\p{Han}（）()“”]{0,23}?(?:率|比例|比重)\s*(?:均|都|要|应)?\s*"
                                   r"(?:达到|达|为|保持在?|稳定在|提高到|提升到|不低于|不少于|在)\s*(?:\d|百分之)")


def _count_in_rate_subject(text: str, q: Quantity) -> bool:
    if q.unit_kind != "count":
        return False
    m = COUNT_IN_RATE_SUBJECT.match(text, q.unit_end, q.unit_end + 40)
    # (the two characters before 率 name the rate, often a verb made a noun: 覆盖率, 到位率, 完成率; nouns such as 服务点
    # hold verbs too, so only a verb that makes the counted units new reads the count as delivered)
    return (m is not None and DELIVERED_IN_SUBJECT.search(re.split(r"率|比例|比重", m.group(0))[0][:-2]) is None
            and "其中" not in m.group(0))  # (`1.5万座（其中无害化厕所普及率…）`: a bracket's own rate, not the count's scope)


DELIVERED_IN_SUBJECT = re.compile(r"建设|建成|新建|完成|培育|打造|创建|实施|开展|培训|新增")


def _is_excluded(text: str, q: Quantity, clause_prefix: str, blocked: SpanIndex, checked_at: bool = False) -> bool:
    """`checked_at`: `_excluded_at(text, q, blocked)` was False. Its tests of the span, of a bare
    Arabic number and of an ordinal before are this function's first ones, the same calls on the
    same arguments: they are False again and not asked. (Its time test leaves out PER_PERIOD_TIME_UNITS,
    so the one here, which reads the clause for those, is asked either way.)"""
    if not checked_at and blocked.covers(q.start):
        return True
    if (q.unit_kind in ("time", "age", "ordinal") and not _months_worth(text, q) and not _per_period_time(text, q, clause_prefix)
            and not (q.unit == "级" and NATURAL_SCALE.match(text, q.end)) and not _life_level(text, q)
            and not _office_limit(text, q) and not _activity_time(text, q) and not _state_days(text, q)
            and not _service_time(text, q)):
        return True
    if "率" in text[q.unit_end:q.unit_end + 26] and _count_in_rate_subject(text, q):
        return True
    if not checked_at and q.token == "ar" and q.unit is None:
        return True
    # A year written without 年 next to a unit is rare; `2025` with no unit never reaches here.
    if not checked_at and _ordinal_before(text, q.start) and not _rank_goal(text, q):
        return True
    if not checked_at and q.unit in DIMENSION_UNITS and _product_dimension(text, q):
        return True
    if not checked_at and q.unit == "批" and _not_batches(text, q):
        return True
    before_char = text[q.start - 1] if q.start else ""
    after_char = text[q.unit_end] if q.unit_end < len(text) else ""
    if (before_char in NAME_NEIGHBOUR or after_char in NAME_NEIGHBOUR) and not _dimension_product(text, q, before_char, after_char):
        return True
    if after_char == "级" and q.unit_kind == "money" and not q.after_cmp:
        return True  # `5个千亿元级产业集群`, `产值规模10万亿元级的新支柱`: a size class of what is counted, not an amount
    # ((s26-central) a count of kinds after 等 sums up the kinds just named also after a demand verb: `完成建档立卡贫困户等4类
    # 重点对象危房改造100万户` — the 4 类 say whose houses, the quota is the 100万户 (spec §7: numbers that describe))
    if ((stdlib_twin(DESCRIPTIVE_BEFORE).search(text[max(0, q.start - 3):q.start])
         and (q.unit == "类" or (not _delivered_with_examples(clause_prefix) and not _places_covered_with_examples(text, q, clause_prefix)
                                and not _projects_pushed(text, q, clause_prefix)
                                and not _places_to_reach_with_examples(text, q, clause_prefix)
                                and not _floor_over_examples(clause_prefix)
                                and not _staff_floor_over_examples(text, q))))
            or stdlib_twin(ARTICLE_LIST).search(text[max(0, q.start - 10):q.start])):
        return True
    # ((s25-tg2) not `石井村、青桐村、罗竹村各2个`: 各 gives each named place the count, it sums up nothing)
    enum = ("、" in text[max(0, q.start - 5):q.start - 1] and before_char != "各"
            and ENUMERATION_BEFORE.search(text[max(0, q.start - 40):q.start]))
    if (enum and not _verb_at_end().search(enum.group(0)) and not _full_list_delivered(clause_prefix, q, text)
            and not _verb_at_end().search(enum.group(0).split("、", 1)[0]) and not _places_covered_with_examples(text, q, clause_prefix)
            and not _places_to_reach_with_examples(text, q, clause_prefix)):
        # ((s22-tg3) not `新建、维修小水池、小塘堰40口`: verbs joined by 、 open the list, the count is of the kinds it acts on)
        return True  # 甲省、乙省、丙省10个省: the count sums up the names before it
    if text[max(0, q.start - 4):q.start].rstrip().endswith(BASELINE_FROM) and FROM_TO.match(text, q.end, q.end + 16):
        return True  # 由每月2320元调整到每月2420元: the old value is a baseline
    if _per_word_baseline(text, q) or _dated_baseline(text, q):
        return True  # 由每人每月520元提高到每人每月580元: the old value, counted per person and month
    if "基础上" in text[q.end:q.end + 5] and re.match(r"\s*的?基础上", text[q.end:q.end + 5]) and not KEEP.search(clause_prefix):
        return True  # 在…达到12000元的基础上: a baseline, not a demand (unless it is to be kept)
    if before_char == "每" or text[max(0, q.start - 2):q.start] in ("每万", "每千", "每百"):
        return True  # a denominator: 每5000名老年人配备1名
    if "每" in text[max(0, q.start - 5):q.start - 1] and PER_EVENT.search(text, max(0, q.start - 6), q.start):
        return True  # `每认定1家高新技术企业，奖励…`, `每新增1名…`: what each reward is counted per
    if q.token == "cn":
        raw = text[q.start:q.unit_end]
        if re.match(r"^[十百千万亿]", raw) and not raw.startswith("十") and not _magnitude_demanded(text, q, clause_prefix):
            return True  # bare 百/千/万: 百县千镇万村, 千家万户
        if before_char in CN_WORD_BEFORE:
            return True
        if (re.match(r"[一二两三四五六七八九十]", after_char or "x") or text[q.unit_end:q.unit_end + 1] == "一") \
                and AGE_AFTER_COUNT.match(text, q.unit_end) is None:
            return True  # 一户一策, 一人一档 (not `搭载一名十二周岁以下未成年人`: the age of who is counted follows, s40-arttargets)
    if q.unit in FREQUENCY_UNITS and "每" in clause_prefix and PER_HEAD_FLOOR_TIMES.search(clause_prefix):
        return False  # (s25-tg2) `对有培训需求的农民工每人至少开展一次…培训`: what each person is to receive at least
    if q.unit in FREQUENCY_UNITS and _one_dated_event(text, q, clause_prefix):
        return False  # (s40-targets, guide S37 CV2 `TG27 for a single event`) `4月下旬组织一次…演练`: one event the plan holds
    if _exclusion_hit(text, q):
        return True
    if q.unit in FREQUENCY_UNITS and q.token == "cn":
        return True  # 召开两次, 二次污染: a frequency or an adjective
    if q.unit in FREQUENCY_UNITS and BENEFIT_TIMES.search(clause_prefix[-16:]):
        return True  # (s24-guide) `只能享受一次补贴`, `一个年度内享受待遇次数不超过2次`: how often a benefit is granted (TG28)
    if q.unit in FREQUENCY_UNITS and _per_period_frequency(clause_prefix):
        return True  # (s24-guide) `每学期开展不少于2次主题教育活动`, `每月上门次数不低于12次`: 每 + period, a frequency (TG27)
    if (q.unit in FREQUENCY_UNITS and PERIOD_WORD.search(clause_prefix) and not NAMED_COUNT.search(clause_prefix)
            and not PER_CAPITA_LEVEL.search(clause_prefix) and _period_in(clause_prefix)
            and not _events_held(clause_prefix, text, q) and not SPAN_TOTAL.search(clause_prefix)):
        return True  # 每季度报送1次, 原则上一年召开一次; (s21-tg) `每年至少提供1次免费体检`, `每月至少开展1次隐患排查`:
        # a minimum frequency of an activity is a frequency, out (guide S20, answers to the A8/A9 adjudicators)
    if q.unit in FREQUENCY_UNITS and re.match(r"\s*(?:会议|例会|会商|调度|督查|督导)", text[q.end:q.end + 4]):
        return True
    after = text[q.end:q.end + 8]
    if (("处" in after or "范围" in after or "半径" in after or "距离" in after)
            and re.match(r"\s*(?:以内|之内)?\s*的?\s*(?:范围|半径|距离|处)", after) and not _size_set_as_standard(text, q)):
        return True  # 出入口五十米范围内: where a rule applies, not a number to reach
    if text[q.unit_end:q.unit_end + 1] == "性":
        return True  # 一次性
    if q.unit == "人" and HOUSEHOLD_SIZE_AFTER.match(text, q.unit_end):
        return True  # (s27-tg) `1至2人户取下限`, `3人以上户人均…不超过18平方米`: a household's size names the class a standard is
        # for (guide TG37: the household range describes the unit), no number to reach
    if q.unit == "度" and re.match(r"\s*的?\s*(?:坡|陡坡|斜坡|缓坡)", text[q.end:q.end + 4]):
        return True  # `25度以上坡耕地`: a slope class of the land a rule covers, not a level to reach
    if q.unit == "h" and not q.after_cmp and "\u4e00" <= after_char <= "\u9fff":
        return True  # `提供24h不间断服务`, `24h值班`: hours that describe a service, not a level to reach
    if q.token == "ar" and before_char.isascii() and before_char.isalpha():
        return True  # `C2M`, `B2B`, `O2O`, `G20`: a number inside a Latin name or code
    if q.unit_kind == "measure" and not q.after_cmp and NAMES_ITS_INDICATOR.match(text, q.unit_end, q.unit_end + 24):
        return True  # `5米远场识别率超过92%`: the number names the indicator whose level follows
    return False


AGE_AFTER_COUNT = re.compile(r"[一二两三四五六七八九十]{1,3}(?:周岁|岁)")
HOUSEHOLD_SIZE_AFTER = re.compile(r"\s*(?:及以上|以上|及以下|以下)?\s*的?\s*(?:户|家庭)(?![均数籍口主])")


# A penalty: `处五千元以上二万元以下罚款`, `并处违法所得一倍以上三倍以下的罚款`, `处以2000元罚款`,
# `处合同价款2%以上4%以下的罚款`.
# ((s36-tg) the base of a fine may be long, `可以处非法获取的救助款额或者物资价值1倍以上3倍以下的罚款`; SANCTION_AFTER's 罚款
# is needed too)
SANCTION_BEFORE = re.compile(r"(?:处以?|并处|罚款|罚金|没收)[^，,；;。]{0,24}$")
SANCTION_AFTER = re.compile(r"[^，,；;。]{0,16}?(?:罚款|罚金|的处罚)")
KEEP_STABLE = re.compile(r"(?:^|[^\p{Han}]|[要应将并])\s*稳定[\p{Han}]{0,8}?(?:面积|存栏量?|出栏量?|产量|总产|规模|总量|数量)\s*(?:在|达到|为)?\s*$")
HAVE_BEFORE = re.compile(r"(?<![现已共拥尚还仍只仅没具所占享持])有\s*$")
HAVE_REACHING_AFTER = re.compile(r"(?:个|家|所|座)?[\p{Han}]{1,12}?(?:达到|达标|建成|创建成|实现|通过|进入|跻身|成为)")


# (s15c) `按照树木价值的3倍以上5倍以下处以罚款`: the penalty verb after the band
SANCTION_VERB_AFTER = re.compile(r"[^，,；;。]{0,16}?(?:处以|并处|处)(?:罚款|罚金)")


PENALTY_COMPENSATION = re.compile(r"加付(?:赔偿金|经济补偿)")


# (s35-articles) A cap or floor on the fine of the clause before (`…按照每平方米100元以上500元以下处以罚款，但最高不超过3万
# 元`, `…处以罚款，最多不得超过5000元`), as 法律责任 articles bound a fine counted per unit: part of the sanction (TG6c)
# (s38-targets, guide TG6c) a clause opened by the fine's amount as its subject (`罚款额按照…每平方米30元以下标准执行`,
# `罚款数额为违法所得的1倍以上3倍以下`, `罚没金额…`): the amount of a sanction, whatever verb states it
FINE_AMOUNT_OPENING = re.compile(r"\s*(?:对[^，,；;。]{0,12}?的)?(?:罚款|罚金|罚没)(?:的)?(?:额|数额|金额|标准|额度)")
FINE_CLAUSE_BEFORE = re.compile(r"(?:罚款|罚金)\s*[，,]\s*$")
FINE_BOUND_OPENING = re.compile(r"\s*(?:但|且|并且)?(?:罚款)?(?:总额|数额|金额)?(?:最高|最多|最低|累计)?(?:不得|不|应当不)?"
                                r"(?:超过|高于|低于|少于)?\s*")


def _is_sanction(text: str, q: Quantity, clause_start: int, clause_end: int) -> bool:
    """Fines and other sanctions are not targets (guide TG6c): they set a penalty for a breach,
    not a number the policy sets out to reach, provide, keep or not exceed."""
    # (a fine is also set as a share of a base: `处建设工程造价百分之五以上百分之十以下的罚款`)
    if q.unit_kind not in ("money", "multiple", "percent", "permille"):
        return False
    if q.start > clause_start and FINE_CLAUSE_BEFORE.search(text, max(0, clause_start - 8), clause_start) \
            and FINE_BOUND_OPENING.fullmatch(text, clause_start, q.start):
        return True
    if text.find("加付", clause_start, clause_end) >= 0 and PENALTY_COMPENSATION.search(text, q.end, clause_end):
        return True  # (s28-tg) `责令其按应付金额50%以上1倍以下的标准向农民工加付赔偿金`: what a breach costs the employer
    if text.find("罚", clause_start, clause_end) < 0:
        return False
    if FINE_AMOUNT_OPENING.match(text, clause_start, q.start) is not None:
        return True  # (s38-targets) `罚款额按照…每平方米30元以下标准执行`: the clause sets the fine's amount (guide TG6c)
    return bool(SANCTION_BEFORE.search(text, clause_start, q.start) and SANCTION_AFTER.match(text, q.end, clause_end)
                or SANCTION_VERB_AFTER.match(text, q.end, clause_end)
                or re.search(r"(?:罚款|罚金)\s*$", text[max(clause_start, q.start - 6):q.start]))


# (s24-articles) A deduction that answers a failure: `考核得分低于70分的，扣减当年补助资金的20%`, `未按期完成的，
# 按…扣回已拨资金的30%`, `考核不合格的乡镇，扣减奖补资金2万元`, `逾期不整改的，暂停拨付补助资金的50%`. Like a fine it sets
# what a breach costs (guide TG6c: sanctions are out), not an amount the policy provides, caps or sets out to reach. The
# deduction verb opens its clause and the clause before it names the breach (`…的，`, `…的乡镇，`), as articles on 考核 and
# 法律责任 write it; a deduction inside a calculation (`扣除成本后按50%返还`) has 后 before its number.
DEDUCTION_OPENING = re.compile(r"\s*(?:由[^，,；;。]{1,16}?|并|则|一律|按照?[^，,；;。]{0,12}?)?"
                               r"(?:扣减|扣除|扣回|扣发|核减|减拨|少拨|追回|收回|扣罚|扣拨|(?:暂停|暂缓|停止|不予)拨付)"
                               # (not the noun of a tax rule: `扣除标准为每月1500元`, `按扣除标准的50%扣除`)
                               r"(?!标准|额|比例|范围|方式|期限|项目|金额|限额|数额)")
# (s38-targets, guide TG6c) a deduction counted per breach: `每个火点扣减村级运转经费1万元`, `每发现一处违建扣减考核经费2000元`
PER_BREACH_OPENING = re.compile(r"\s*每(?:发现|出现|发生|查处)?(?:一)?(?:个|处|起|次|例|宗)[\p{Han}]{1,8}?"
                                r"(?:扣减|扣除|扣回|扣发|核减|扣罚|扣)[^，,；;。\d]{0,16}$")
# `应当按照合同价款的10%支付违约金`: liquidated damages for a breach of contract, a sanction too
DAMAGES_AFTER = re.compile(r"[^，,；;。]{0,8}?(?:的)?(?:违约金|滞纳金)")


# (s39b-arttargets, guide TG6c) the unit a fine or deduction is counted in, opening a breach clause before it
# (`每少配备1名安全员，处1000元罚款`, `每超载1吨，罚款500元`, `每逾期1日，按…加收滞纳金`): how a sanction is counted, not a
# number the rule sets out to reach (any unit: a count, a weight, days)
PER_BREACH_UNIT = re.compile(r"每(?:少|多|超|超过|超出|超载|缺|欠|短缺|逾期|迟|延误|延迟|违规|擅自)[\p{Han}]{0,6}$")
BREACH_SANCTION_AFTER = re.compile(r"[^。；;\n]{0,40}?(?:罚款|罚金|滞纳金|违约金|扣减|扣除|扣发|扣罚|扣款)")


# (s39b-arttargets) a capacity that names a class of vessels or vehicles a rule covers (`不得担任载客定额30人以上客渡船的
# 船长`, `核定载客7人以下的小型客车`): which craft the rule is about (spec §7: numbers in a clause that says who or what
# qualifies are out), not a number of people to reach
CAPACITY_BEFORE = re.compile(r"(?:载客|载客定额|额定载客|核定载客|乘员定额|定员|座位数?)\s*$")
CAPACITY_CLASS_AFTER = re.compile(r"\s*(?:及)?(?:以上|以下)?\s*(?:的)?[\p{Han}]{0,8}?(?:船舶|船|客车|汽车|车辆|车|航空器|飞机|电梯|索道)")


def _capacity_class(text: str, q: Quantity) -> bool:
    return (CAPACITY_BEFORE.search(text, max(0, q.start - 6), q.start) is not None
            and CAPACITY_CLASS_AFTER.match(text, q.unit_end) is not None)


def _per_breach_unit(text: str, q: Quantity, clause_start: int, clause_end: int) -> bool:
    return (PER_BREACH_UNIT.search(text, max(clause_start, q.start - 10), q.start) is not None
            and BREACH_SANCTION_AFTER.match(text, clause_end) is not None)


def _deduction_for_a_breach(text: str, q: Quantity, clause_start: int) -> bool:
    if q.unit_kind not in ("money", "percent") or clause_start < 2:
        return False
    if DAMAGES_AFTER.match(text, q.unit_end):
        return True
    if PER_BREACH_OPENING.match(text, clause_start, q.start) is not None:
        return True  # (s38-targets) `对…发现火点的乡镇，每个火点扣减…资金20万元`: a deduction counted per breach found
    if text[clause_start - 1] not in "，,":
        return False
    opening = DEDUCTION_OPENING.match(text, clause_start, q.start)
    if opening is None or text.find("后", opening.end(), q.start) >= 0:
        return False
    breach = text[max(0, clause_start - 12):clause_start - 1]
    return "的" in breach[max(breach.rfind(c) for c in "，,；;。\n") + 1:]


# (s21-tg) `当居民消费价格指数单月同比涨幅达到3.5%时，启动…`, `水位超过32.5米时，…上堤防守`: the level that triggers a
# response names when a rule applies (a condition, spec §7 out), not a level the policy sets out to reach. The clause
# ends in 时 (not 同时, 及时, 按时, 小时…) right before its comma.
TRIGGER_TAIL = re.compile(r"[^，,；;。！？：:]{0,16}?(?<![同小及按适届随暂临即准平实当定限历工课学此彼顿])(?:时|之时|的时候)\s*$")


def _trigger_condition(text: str, q: Quantity, clause_end: int) -> bool:
    if text.find("时", q.end, clause_end) < 0 or text[clause_end:clause_end + 1] not in ("，", ","):
        return False
    if TRIGGER_TAIL.match(text, q.end, clause_end) is not None:
        return True
    # (s33-tg) `当CPI单月同比涨幅达到或超过3%、或城市居民食品价格指数单月同比涨幅达到或超过6%时，启动…`: alternatives joined by
    # 、或 inside one 当…时 frame are each a trigger, however long the frame
    opening = max(text.rfind(c, max(0, q.start - 60), q.start) for c in "，,。；;：:\n") + 1
    return (text.startswith("当", opening) and TRIGGER_CLOSE.match(text, clause_end - 1) is not None
            and "、或" in text[q.end:clause_end])


TRIGGER_CLOSE = re.compile(r"(?<![同小及按适届随暂临即准平实当定限历工课学此彼顿])时")


# (s21-tg) `保费由财政补贴80%，参保农户自缴20%`, `其余50%由借款人负担`: the beneficiary's own share of a cost it pays is
# the counterpart of the policy's subsidy, not a number the policy sets out to provide (guide TG13: cost-sharing ratios
# are not targets); the share the government pays stays in.
OWN_SHARE_PAYER = r"(?:农户|农牧户|牧户|养殖户|种植户|参保农户|参保人员?|参保人|个人|群众|受益群众|受益户|借款人|贷款人|家庭|学生|职工|企业)"
OWN_SHARE_BEFORE = re.compile(OWN_SHARE_PAYER + r"[\p{Han}]{0,3}?(?:自缴|自付|自筹|自担|自行承担|自行负担|承担|负担|缴纳)\s*$")
OWN_SHARE_AFTER = re.compile(r"\s*由\s*[\p{Han}]{0,6}?" + OWN_SHARE_PAYER + r"[\p{Han}]{0,2}?(?:自行)?(?:自缴|自付|自筹|承担|负担|缴纳)")


# (s28-tg) A cost the sentence says several payers bear together (`共同承担`, `分担`, the `三三制`), then each payer's share
# (`其中省级财政补贴40%、市县财政补贴30%`, `即财政预算安排三分之一、企业负担三分之一`): cost-sharing ratios between payers
# (guide TG13, TG42), not amounts the policy sets out to provide; a share the state pays stated alone stays in (s21-tg).
# ((s36-tg) `补助资金由市、区两级财政按照5:5的比例分担；…园区范围内…的，由园区管委会承担50%`: a split written with its ratio, and a
# zone's board as the payer)
COST_SPLIT_WORDS = re.compile(r"共同(?:承担|负担|分担|筹集|出资)|按比例(?:分担|负担|承担)|分担比例|三三制|分级负担|分级承担"
                              r"|按照?\s*\d{1,2}\s*[:：∶]\s*\d{1,2}\s*的?比例(?:分担|负担|承担)")
SHARE_PAYER_BEFORE = re.compile(r"(?:其中|即)?[^，,；;。]{0,14}?(?:财政|企业|单位|个人|农户|社会|集体|政府|管委会|县|市|省|乡|镇|村)[\p{Han}（）()]{0,8}?"
                                r"(?:补贴|负担|承担|安排|筹集|出资|补助|缴纳|自筹|分担)\s*(?:[（(][^（）()]{0,30}[）)])?\s*$")
COST_SPLIT_REACH = 80


def _cost_split(text: str, q: Quantity, clause_prefix: str, clause_start: int) -> bool:
    if not ends_matched(SHARE_PAYER_BEFORE, clause_prefix):  # (whether, tried from the end: scan.ends_matched)
        return False
    sentence_start = _back_to(text, q.start, max(0, q.start - COST_SPLIT_REACH), SENTENCE_BREAK)
    return COST_SPLIT_WORDS.search(text, sentence_start, q.start) is not None


def _own_share(text: str, q: Quantity, clause_prefix: str, clause_end: int) -> bool:
    if q.unit_kind not in ("percent", "permille"):
        return False
    tail = clause_prefix[-14:]
    if ("缴" in tail or "担" in tail or "筹" in tail or "付" in tail) and OWN_SHARE_BEFORE.search(tail) is not None:
        return True
    return text.find("由", q.end, min(clause_end, q.end + 4)) >= 0 and OWN_SHARE_AFTER.match(text, q.end, clause_end) is not None


# (s21-tg) `外出务工人数由2000年的620万人增加到2004年的927万人` (a notice of 2005): a level a change reached in a year
# before the notice, its year glued to it by 的, is reported (spec §7: numbers that describe), though 到 precedes the
# year; `由2020年的50%提高到2025年的60%` in a later notice stays a goal.
# ((s27-tg) also with the approximation the report writes after 的: `冷库总容量由2005年的约520万吨增加到2009年的约880万吨`)
PAST_SPAN_CHANGE = re.compile(r"由\s*((?:19|20)\d{2})\s*年(?:底|末)?的[^，,；;。]{1,20}?(?:增加|提高|提升|增长|上升|下降|降低|减少|扩大)(?:到|至)"
                              r"\s*((?:19|20)\d{2})\s*年(?:底|末)?的")
PAST_CHANGE_TO = re.compile(r"(?:增加|提高|提升|增长|上升|下降|降低|减少|扩大|发展|突破|达)(?:到|至)\s*((?:19|20)\d{2})\s*年(?:底|末)?的\s*"
                            r"(?:约|近|逾|超过|大约)?\s*$")


# (s33-tg2) `相当于减少二氧化碳排放…`, `相当于每年节约标准煤…`: what an output is equivalent to in effects (guide S33 TG44)
EQUIVALENT_EFFECT = re.compile(r"相当于\s*(?:每年|年|累计|共|可)?\s*(?:减少|节约|节省|节能|少排|减排|替代|降低|少用|少消耗|少烧)")
RESOURCE_ESTIMATE = re.compile(r"(?:可收集|可收储|可利用|可开发|理论|资源|产生)(?:资源)?总?量\s*(?:约为?|大约|估计为?|预计为?|估算为?)\s*$")


# (s21-tg) `今年高校毕业生预计达909万人`, `全年粮食产量预计将超过1.3万亿斤`: a forecast in the number's own clause (预计 then
# only 将/可/达/超过… before the number, no demand word) describes what will come, like ESTIMATE.
FORECAST_BEFORE = re.compile(r"预计\s*(?:将|可|会)?\s*(?:达到?|超过|突破|增至|增加到|减少到|下降到|为|约为?|在)?\s*(?:约|近|超)?\s*$")


BAND_TAIL = re.compile(r"(?:(?:以上|以下|以内|及以上|及以下)|[、至到\-—~～]\s*(?:大于|小于|低于|高于|不足|超过|不超过|不低于|不高于)?"
                       r"\s*[\d.]+\s*[万千亿]?\s*[\p{Han}%％]{0,2}?(?:以上|以下|以内)?)+的")
# (the clause that closes the chain continues it: one opened by 对/凡/其中 starts a condition of its own)
# What may lead a share of units that reach a goal (`力争使55%左右的县通过认定`, `确保80%以上的村…`), or join a
# second share to the first (`90%的市和70%的县达到…`).
SHARE_LEAD = re.compile(r"(?:力争|争取|确保|努力|推动|促进|带动|实现)?(?:使|让|有)|的[^，,。；;\d%]{1,12}?(?:和|及|与|、|以及)")
REQUIRED_SIZE = re.compile(r"(?:不少于|不低于|至少|不超过|不高于|最少)$")
# (s22-tg3) `取得初级工证书的每人1000元、…，取得技师证书的，…`: an amount a 的-phrase's holders get per head is a standard
# already (the consequence of its own condition); a 的-clause after it opens the next item of the list, not a chain.
PER_HEAD_GRANT_END = re.compile(r"的[，,]?\s*每(?:人|户|名|家|生|所)\s*$")
# (s22-tg3) A level that earns or loses points in an assessment 办法: the points follow it (`…的得满分`, `…的，加2分`,
# `扣0.5分`); guide: scores and full-mark thresholds are no targets.
SCORE_AFTER = re.compile(r"\s*(?:(?:的|者)[，,]?\s*(?:得|计|加|记)\s*(?:满分|\d+(?:\.\d+)?\s*分|[一二三四五六七八九十]{1,3}分)"
                         r"|[，,]?\s*(?:扣|减|加|计|记)\s*\d+(?:\.\d+)?\s*分"
                         # ((s31-tg2) `宣传标语不少于10条，得10分`: an assessment table's criterion and its marks)
                         r"|[，,]\s*(?:可)?得\s*\d+(?:\.\d+)?\s*分)")
CONDITION_CHAIN = re.compile(r"[^。；;！？\n]{0,70}?[，,](?!对|凡|其中|对于|符合)[^。；;！？，,\n]{1,40}的[，,]")


# `三个以上子女共同赡养的老人，…`, `两套以上住房的家庭，…`: a clause that opens with a bounded number and is only a noun
# phrase closed by 的 and its head (nothing it must reach) names a group, who qualifies (spec 1.1 §7: eligibility out).
DESCRIBED_GROUP = re.compile(r"[^，,；;。！？\d]{0,12}的[\p{Han}]{1,6}")
REACHED_AFTER = re.compile(r"达标|建成|实现|完成|通过|达到|覆盖|脱贫|出列|摘帽|验收")  # (`10个以上的村达标`: a goal)


# An income, asset or admission standard is the line of who qualifies (spec §7: eligibility out).
# ((s36-articles) not a group named by its income before a standard it pays by, `低收入家庭按照租金标准的30%缴纳租金`:
# the 收入 belongs to the group, the standard after 按照 is the rent's; the share is the rule, spec §7)
ELIGIBILITY_STANDARD = re.compile(r"(?:收入|财产|资产|准入)(?:(?!按|依照|参照)[\p{Han}、]){0,8}?标准")


# `当年新增就业岗位达到50个的企业，按每个岗位1000元给予奖励`: units named by a level they reach, then granted something
# in the next clause, are who qualifies (spec §7: eligibility out), unlike `培育10家以上的龙头企业` (a demand).
REACHED_BEFORE = re.compile(r"(?:达到|达|超过|满|实现|突破|迈上|跨越)$")
GRANTED_TO = re.compile(r"(?:以上|以下)?的[\p{Han}]{0,8}?(?:企业|单位|项目|机构|园区|合作社|家庭|农户|个人|人员|村|社区|学校|基地)[，,]"
                        r"[^。；;]{0,30}?(?:给予|奖励|奖补|补贴|补助|资助)")


# (s15c) a clause that ends in a group bounded by the number (`…5年以上的新型经营主体，`), then a clause that grants it
# something or lets it apply (`每亩补助…`, `可申报…`); not when the clause creates the units (`培育…的龙头企业`).
GROUP_GRANTED = re.compile(r"[^，,；;。]{0,30}?的[\p{Han}]{0,8}?(?:企业|单位|项目|主体|合作社|家庭|农场|农户|个人|人员|村|社区|学校|基地|机构|园区|车间)"
                           r"[，,]\s*(?:[\p{Han}]{0,4}?(?:可|给予|奖励|奖补|补贴|补助|资助|享受|优先|一次性)|每[亩户人个家])")
GROUP_CREATED = re.compile(r"培育|新建|建设|建成|打造|创建|新增|引进|遴选|评选|推荐|认定|发展|扶持|支持")
RATE_BOUND_BEFORE = re.compile(r"(?:率|比例|比重|占比)\s*(?:不低于|不少于|不高于|不超过|不小于|不大于|高于|低于|超过|大于|小于|达到|达|在)\s*$")
RATED_UNITS = re.compile(r"[\p{Han}]{0,10}?(?:企业|单位|项目|机构|主体|学校|医院|村|社区|园区|家庭|农户|个人|人员|产品)")


# (s18-a2tg) `30户以上自然村寨通硬化路`, `20户以上的自然村组`, `50户以下的村民小组`: a household count bounded before a
# settlement names which villages a measure covers (their size class), not households to reach (spec §7: numbers that say
# which objects are meant are out). Not `帮助1000户以上村民` (villagers are the units counted).
SETTLEMENT_CLASS = re.compile(r"\s*(?:及以上|以上|以下|及以下|左右)\s*(?:的)?\s*(?:(?:较大|较小)?(?:自然村(?:寨|落|组|屯)?|村寨|村民小组|村组|"
                              r"村庄|聚居点|居民点|集中居住点|屯(?![田垦])))")


def _settlement_class(text: str, q: Quantity) -> bool:
    """A household count with its band right before a settlement noun (`30户以上自然村`)."""
    return SETTLEMENT_CLASS.match(text, q.unit_end, q.unit_end + 16) is not None


# (s18-a2tg) `新增污泥处置能力不低于6万吨/日（按含水率80%计）`, `（以标准煤热值7000千卡计）`: a bracket that says on which
# basis an amount is counted; its number is a convention of measurement, not an amount to reach (spec §7).
COUNTING_BASIS = re.compile(r"[（(]\s*(?:按|以|按照)[^（）()。；;，,]{0,14}$")
COUNTING_BASIS_END = re.compile(r"[^（）()。；;，,]{0,6}?(?:计算?|折算|测算|核算|为准|为基准)\s*[）)]")


def _counting_basis(text: str, q: Quantity) -> bool:
    """A number inside `（按…N%计）`."""
    lo = max(0, q.start - 16)
    return (COUNTING_BASIS.search(text, lo, q.start) is not None
            and COUNTING_BASIS_END.match(text, q.unit_end, q.unit_end + 10) is not None)


FACILITY_COUNTERS = frozenset(("个", "家", "所", "座", "处", "户", "村", "支", "批", "项"))
REQUIRED_SIZE_WORDS = ("不少于", "不低于", "至少", "最少")
# ((s28-tg) and farms named by their stock, `年出栏5000头以上的规模猪场`, `年出栏500头以上的肉牛场`)
FACILITY_SIZE_CLASS = re.compile(r"\s*(?:的)?[\p{Han}]{0,8}?(?:基地|养殖场|养殖小区|园区|示范区|示范场|示范园|农场|牧场|加工厂|工厂|合作社|"
                                 r"[猪牛羊鸡鸭鹅禽]场)"
                                 r"(?=\s*(?:[，,；;。、和及与）)\d一二两三四五六七八九十百千万]|$))")  # (or their own count after)
DUTY_BEFORE = re.compile(r"督促|要求|组织|负责|确保|必须|应当|(?<![相适供])应|须|要")
# (s22-tg2) A rule's scope of application (`本办法适用于…`, `适用范围为…`): the numbers in the 的-phrase that bounds
# what it covers describe it (spec §7: eligibility conditions out).
SCOPE_OF_RULES = re.compile(r"适用于|适用范围")
# (`日供水量在20立方米以下…的农村小型集中式供水，参照本办法执行`: the same scope written before the rule it extends)
# (s23-tg2) A rule's classes named by size, `…规模20立方米以上、1000立方米以下的为小型集中供水工程；`: the bounds say which
# class a thing belongs to (a definition, spec §7 scope out), up to the end of the clause run naming the class.
CLASS_NAMED_AFTER = re.compile(r"[^。；;，,]{0,30}?(?:以上|以下|以内|及以上|及以下)的为[\p{Han}“”]{2,20}(?=[；;。]|$)")
SCOPE_AFTER = re.compile(r"[^。；;，,]{0,40}的[^。；;，,]{0,16}[，,]\s*(?:可|应)?\s*(?:参照|适用|依照)\s*本(?:办法|规定|条例|细则|规则|标准)")
KEPT_SIZE = re.compile(r"(?:保持|维持)\s*(?:在)?\s*(?:不少于|不低于|至少)?\s*$")
PER_HEADCOUNT = re.compile(r"每\s*(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千万]+)\s*(?:万|千)?\s*(?:服务|常住|户籍|在校|农业)?\s*(?:名|个|人|户|位)")
# ((s24-tg) `每千服务人口不少于1名`, `每万常住人口`: the population counted written with its kind)
SHARE_MEMBERS_AFTER = re.compile(r"[^\d%％，,；;。]{0,14}?的[\p{Han}]{0,6}?(?:比例|比重|占比|比率)")


# (s25-tg2) A size or level inside the 的-phrase naming what a programme supports (`重点支持年处理能力50万吨以上、…的项目`)
# says which projects qualify (spec §7 eligibility), as `对…的企业` does; a count of what is supported
# (`支持建设10个示范基地`) stays a target.
SUPPORT_BEFORE = re.compile(r"(?:重点|优先)?(?:支持|扶持)(?![建创培打新设])[^，,；;。\d]{0,20}(?:[\d.]+[^，,；;。\d]{0,8}、[^，,；;。\d]{0,20})*$")
SUPPORTED_CLASS_AFTER = re.compile(r"[^，,；;。]{0,30}?的(?:示范)?(?:项目|企业|单位|主体|园区|基地|工程|城市)")
# (s25-tg2) `申报试点的城市，…应在200吨以上，并已制定…`: a sentence whose topic is who applies (申报/申请…的X，) lists the
# conditions an applicant must meet (guide TG29: minimums among the conditions of a recognition are eligibility).
APPLICANT_TOPIC = re.compile(r"[ \t\u3000]*(?:（[一二三四五六七八九十\d]{1,2}）|\d{1,2}[.、．])?[ \t\u3000]*(?:凡)?(?:申报|申请|参评|参加评选)"
                             r"[^，,；;。]{0,12}的[\p{Han}]{1,6}[，,]")
# (s39b-arttargets, guide TG29) the same topic as the clause's own subject, with the standard the applicant must meet
# (`申请补贴的企业职工人数应当在20人以上`, `申报示范的合作社成员不得少于50户`): a condition of who qualifies, out
APPLICANT_MUST_MEET = re.compile(r"[ \t\u3000]*(?:第[一二三四五六七八九十百零〇\d]{1,5}条|（[一二三四五六七八九十\d]{1,2}）|\d{1,2}[.、．])?"
                                 r"[ \t\u3000]*(?:凡)?(?:申报|申请|参评|参加评选)[^，,；;。\d]{0,12}的[\p{Han}（）()]{1,16}?"
                                 r"(?:(?:应当|应|须|必须|原则上|一般)\s*(?:在|达到|达|不少于|不低于|有)"
                                 r"|(?:应当|原则上|一般)?\s*不得(?:少于|低于))\s*$")
RESTATED_SHARE = re.compile(r"\s*约?占[\p{Han}（）()]{1,24}?的\s*")
FUNDING_ESTIMATE = re.compile(r"(?:估算|概算|匡算|计划|约需|共需|需要?|预算)?\s*(?:总投资|投资(?:总额|概算|估算|规模)|需要?投资|计划投资)"
                              r"\s*(?:总额)?\s*(?:约为?|为|达|共|共计|合计|需)?\s*(?:约)?\s*$")
# (s27-tg2) a measure glued to the noun of the units a count in the same clause counts (`3千瓦户用光伏电站360座`,
# `60千瓦村级光伏电站1座`): each unit's size, not a level of its own
SIZED_UNITS_COUNTED = re.compile(r"[\p{Han}]{2,12}?\s*(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百]+)\s*(?:座|个|处|台|套|家|所|条|口|艘|辆)"
                                 r"\s*(?:以上|左右)?\s*$")
# (s27-tg2) `个人最高贷款额度为10万元，合伙经营…的，可按…`: a cap the rule fixes; the `…的，` after it opens the next rule
CAP_IS = re.compile(r"最高[\p{Han}]{0,8}?(?:额度|限额|标准|金额)?\s*(?:为|是|不超过)\s*$")
MUST_REACH = re.compile(r"(?:须|必须|应当?|要)(?:达到|满足|符合)")
# (s25-tg2) `每日延长工作时间一般不得超过1小时，因特殊原因需要延长的，每日不得超过3小时`: a cap the rule forbids exceeding is
# the rule itself, not the first of a chain of conditions; the `…的，` after it opens the exception.
FORBIDDEN_CAP = re.compile(r"(?:不得|不准|严禁|禁止)(?:超过|高于|多于|大于|低于|少于)\s*$")


# (s36-articles) A fund's accrual rule in an article (`按…一定比例提取储备金，提取比例不低于10%，储备金累计结存达到…50%的，不再
# 提取`): the `…的，` after the rate is the point the accrual stops, not a condition the rate belongs to; the rate is the rule.
ACCRUAL_STOPS = re.compile(r"的[，,]\s*(?:可以|可)?(?:不再|停止|暂停)(?:提取|计提|提留|缴存|缴纳|征收)")

ONLY_THEN_AFTER = re.compile(r"[^。；;，,！？\n]{0,8}[，,]\s*(?:才|方)(?:可|能|予|准|得)")


# (s28-tg) A size and another joined by 或者/或/且 before one noun they both bound (`1000立方米以上或者供水人口1万人以上的
# 集中式供水工程`): the class of units a rule covers (spec §7: numbers in a clause that says who or what qualifies are out),
# as the second size alone is (`…1万人以上的…`).
ALTERNATIVE_SIZES_OF = re.compile(r"\s*(?:及?以上|及?以下|以内)?\s*(?:或者|或|并且|且)\s*[\p{Han}（）()]{1,12}?"
                                  r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)\s*[万千百亿]?\s*[\p{Han}]{1,4}?\s*"
                                  r"(?:及以上|以上|及以下|以下)\s*的\s*[\p{Han}（）()]{1,20}\s*$")


# (s28-tg) `努力实现2009年全省新增农村劳动力转移就业80万人的目标`, `确保完成…降低25%的目标`: the amount is the goal the
# sentence sets (spec §7), the 的 naming it a 目标, not a class of who qualifies; not a goal set elsewhere and reported
# (`没有完成年初确定的4%的目标`).
GOAL_NOUN_AFTER = re.compile(r"(?:目标|任务)(?:任务)?")
GOAL_SET_BEFORE = re.compile(r"(?:实现|完成|确保|力争|争取|达到)")
GOAL_SET_ELSEWHERE = re.compile(r"确定的|下达的|提出的|没有|未|尚未|已")


WHO_QUALIFIES_LEAD = re.compile(r"(?:^|[，,\s])(?:对|凡|符合|支持|鼓励|扶持)")
CAPACITY_BUILT_BEFORE = re.compile(r"(?:建成|建设|新建|扩建|改扩建|改造|形成|配套建设)[\p{Han}]{0,8}?(?:日|年)?(?:处理|供水|生产|储存|仓储|冷藏)?"
                                   r"(?:能力|规模|库容)\s*(?:达到|为)?$")


JOINED_BOUND_OF = re.compile(r"\s*(?:以下|以内|以上)?\s*(?:且|并且)\s*(?:最多|最高|最少|最低)?\s*(?:不超过|不高于|不大于|不低于|不少于|不小于)\s*"
                             r"[\d.]+\s*[\p{Han}%]{0,3}?\s*(?:以下|以内|以上)?\s*的[\p{Han}]")
OVER_STANDARD = re.compile(r"(超过|高于|不低于)[\p{Han}]{1,8}?标准\s*$")
OVER_STANDARD_BRACKET = re.compile(r"(超过|高于|不低于)[\p{Han}]{1,10}?标准\s*[（(]\s*(?:即|为)?\s*(?:每(?:人|月|年|天|日|小时)){0,2}\s*$")
LIST_BOUND_AFTER = re.compile(r"、\s*[\d.]+\s*(?:万|亿)?\s*[\p{Han}]{1,3}?\s*(以上|以下|以内)\s*(?=[，,；;。\n]|$)")
PLACES_LOCATING = re.compile(r"[\p{Han}]{0,3}?(?:乡镇|乡|镇|县|区|市|街道)的\s*(?:\d|[一二两三四五六七八九十百千])")
PAIRED_WITH = re.compile(r"[\p{Han}]{0,8}?(?:[、和]\s*[\d.]+\s*(?:多|余)?\s*[个名位][\p{Han}]{0,8}?)*与[\p{Han}]{1,12}?(?:结对|结成对子|结亲)")
BUILDING_CLASS_AFTER = re.compile(r"\s*(?:及以上|以上|及以下|以下)的?[\p{Han}]{0,4}?(?:住宅|建筑|楼房|房屋|公寓|厂房|办公楼|居民楼)")


RATE_REACHED_BEFORE = re.compile(r"(?:率|比例|比重|占比)\s*(?:达到|达|超过|高于|不低于)\s*$")
RATED_UNIT_AFTER = re.compile(r"[\p{Han}]{0,8}?(?:企业|单位|项目|园区|主体|机构|学校|医院|村|社区|乡镇|县|市)\s*[，,]")
GRANTED_AFTER = re.compile(r"\s*(?:[\p{Han}]{0,6}?)(?:纳入|予以|给予|可|享受|优先|奖励|补助|表彰|列入|授予)")


# (s32-tg) `给予一次性入职奖励，其中本科生1万元、专科生8000元、中职生5000元`: a grant the sentence gives, then its amount
# for each group after 其中 (spec §7: an amount the policy provides)
GRANT_BEFORE = re.compile(r"(?:给予|发放|享受)[\p{Han}]{0,10}?(?:奖励|补贴|补助|资助|奖补|津贴)\s*[，,]\s*其中\s*$")
GRANT_GROUP = re.compile(r"[\p{Han}（）()]{1,10}$")


def _grant_split(text: str, sentence_start: int, clause_start: int, q: Quantity, clause_end: int) -> bool:
    lead = text.rfind("其中", sentence_start, q.start)
    if lead < 0 or GRANT_BEFORE.search(text, max(sentence_start, lead - 30), lead + 2) is None:
        return False
    rest = text[lead + 2:q.start]  # the groups and amounts listed so far: `本科生1万元、专科（高职）生`
    return GRANT_GROUP.search(rest.split("、")[-1]) is not None and "，" not in rest and "；" not in rest


# (s32-tg2) `…全部拆除或改造10蒸吨/小时及以下燃煤锅炉，共计43台；`: a clause that only totals the units the clause before
# it is to remove, build or treat gives that work's count (spec §7: a count to deliver), written after the object as a
# total; not a total of what was done (`已…`, `完成了`) or of what exists (`现有…`)
TOTAL_ONLY = re.compile(r"\s*(?:共计|合计|总计|共)\s*$")
WORK_BEFORE_TOTAL = re.compile(r"(?:拆除|改造|淘汰|关停|取缔|整治|治理|新建|建设|建成|改建|实施|完成|清理|搬迁|安装|配备|更新|替换)")
PAST_BEFORE_TOTAL = re.compile(r"已|了|现有|目前|截至|截止|累计完成")


# (s32-tg2) `牢牢守住18亿亩耕地红线`, `严守全市120万亩永久基本农田保护红线`: the amount a red line keeps is a level the policy
# holds (spec §7: a level to keep, as 稳定…面积 is), written as the line's size
RED_LINE_BEFORE = re.compile(r"(?:守住|坚守|严守|守牢|守好|守紧)[\p{Han}]{0,8}$")
RED_LINE_AFTER = re.compile(r"[\p{Han}]{0,10}?(?:红线|底线)(?![中的里内])")  # (not `守住18亿亩耕地红线中的本省责任`: a share of it)


def _red_line_kept(text: str, q: Quantity, clause_prefix: str, clause_end: int) -> bool:
    return (q.unit_kind == "measure" and RED_LINE_BEFORE.search(clause_prefix) is not None
            and RED_LINE_AFTER.match(text, q.unit_end, clause_end) is not None)


# (s32-tg2) `2019年，全州10个县市全面启动“美丽县城”建设`, `全乡11个行政村、46个自然屯全部开展整治`, `其余19个村全面开展…`:
# the places that are all to start or complete a work, counted as the clause's subject, are a coverage count the plan
# sets (spec §7: a count to reach), as `在N个县…全覆盖` is (PLACES_COVERED_LEAD)
# (s34-tg) also after a deadline that opens the clause (`确保2019年底前17个乡镇污水处理厂全部建成运行`), for each place's works
# (`全县17个乡镇（含林场、开发区）垃圾中转站全部建成运行`: one station per town), and for places named in full before their
# count that reach a goal first (`哈尔滨、齐齐哈尔、…、大庆5个区域医疗中心城市率先实现…互认`, guide TG9: a count that totals a
# list given in full)
PLACES_ALL_SCOPE = re.compile(r"\s*(?:[一二三四五六七八九十]+是)?\s*(?:(?:确保|力争|争取)?\s*(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?\s*(?:底|末)?\s*(?:前|以前)\s*)?"
                              r"(?:全[省市县区州镇乡旗]|其余|其他|剩余)?\s*"
                              r"(?:\d+\s*个[\p{Han}（）()]{1,8}、\s*)*")
PLACES_ALL_ACT = re.compile(r"(?:[\p{Han}（）()、]{0,8}?(?:行政村|自然村|村|屯|县市|县|乡镇|镇|乡|社区|街道|[）)])"
                            r"|(?:乡镇|镇|村|县)[\p{Han}（）()、]{0,12}?(?:中转站|处理厂|处理站|污水厂|垃圾站))"
                            r"(?:、\s*\d+\s*个[\p{Han}（）()、]{1,8}?)?\s*(?:要|将)?\s*(?:全面|全部|均)\s*"
                            r"(?:开展|启动|实现|完成|建成|推行|实施)(?!了)")  # (not a report, `…全面完成了改厕任务`)
NAMED_PLACES_FIRST = re.compile(r"[ \t\u3000]*(?:[\p{Han}]{2,6}、){2,}[\p{Han}]{2,6}?(?:和[\p{Han}]{2,6}?)?\s*")
NAMED_PLACES_ACT = re.compile(r"[\p{Han}]{0,10}?(?:城市|市|县|区|乡镇|镇|村|社区)\s*(?:要|将)?\s*(?:率先|全面|全部|均)\s*"
                              r"(?:开展|启动|实现|完成|建成|推行|实施)(?!了)")


def _places_all_act(text: str, q: Quantity, clause_prefix: str, clause_end: int) -> bool:
    if q.unit != "个":
        return False
    if PLACES_ALL_SCOPE.fullmatch(clause_prefix) is not None and PLACES_ALL_ACT.match(text, q.unit_end, clause_end) is not None:
        return True
    return ("、" in clause_prefix and NAMED_PLACES_FIRST.fullmatch(clause_prefix) is not None
            and NAMED_PLACES_ACT.match(text, q.unit_end, clause_end) is not None)


# (s40-targets) `到2015年底，竹埠港地区28家化工企业全部关停退出`, `城区12座砖瓦窑一律拆除`: the firms or works that are all to be
# closed, moved or pulled down, counted as the clause's subject: a count the plan sets (spec §7, as PLACES_ALL_ACT reads the
# places that are all to complete a work); not a count of what was closed (`已全部关停`), which reports
UNITS_CLOSED_SCOPE = re.compile(r"[\p{Han}（）()]{0,10}")
UNITS_CLOSED_ACT = re.compile(r"[\p{Han}（）()、]{1,12}?\s*(?:要|将)?\s*(?:全部|一律|全面)\s*(?:实现|完成|予以)?\s*"
                              r"(?:关停|关闭|退出|搬迁|淘汰|拆除|取缔)(?!了)")


# ((s40-targets) a task cell that opens with the count and its closure, `12家造纸企业关停退出，职工安置…`, is written without
# 全部, as cells are)
UNITS_CLOSED_CELL = re.compile(r"[\p{Han}（）()、]{1,12}?(?:关停|关闭|退出|搬迁|淘汰|拆除|取缔)")


def _units_all_closed(text: str, q: Quantity, clause_prefix: str, clause_end: int) -> bool:
    if q.unit not in ("家", "座", "台", "处") or "已" in clause_prefix:
        return False
    prefix = NUMBERING.sub("", clause_prefix, count=1).strip(" \t\u3000")
    if (not prefix and q.start > 0 and text[q.start - 1] == "\n" and (text.rfind("\n", 0, q.start - 1) >= q.start - 14)
            and UNITS_CLOSED_CELL.match(text, q.unit_end, clause_end) is not None):
        return True  # (a cell of a table written one cell a line: the line above is a short cell)
    if (not prefix.rsplit("|", 1)[-1] and text[max(0, q.start - 3):q.start].rstrip(" \t\u3000").endswith("|")
            and UNITS_CLOSED_CELL.match(text, q.unit_end, clause_end) is not None):
        return True  # (s40b-twins) the same cell in a row kept with bars (a DOCX's or a ruled PDF's table)
    return (UNITS_CLOSED_SCOPE.fullmatch(prefix) is not None and not _has_verb(prefix)
            and UNITS_CLOSED_ACT.match(text, q.unit_end, clause_end) is not None)


# (s40-targets, guide S37 CW2 Q3) `推广1.2米以上宽行距种植模式`, `推广使用80马力以上大中型拖拉机`: a size bound before the
# kind of practice, technique or machine promoted names a class (spec §7, as `千人以上集中式供水工程`), no amount to reach
PRACTICE_PROMOTED_BEFORE = re.compile(r"(?:推广|推行|采用|应用|普及|示范)(?:使用|应用)?\s*$")
PRACTICE_CLASS_AFTER = re.compile(r"\s*的?\s*[\p{Han}]{0,8}?(?:模式|技术|机型|机具|机械|设备|装备|工艺|品种|拖拉机|收获机)")


def _practice_class(text: str, q: Quantity, clause_prefix: str, clause_end: int) -> bool:
    return (PRACTICE_PROMOTED_BEFORE.search(clause_prefix) is not None
            and PRACTICE_CLASS_AFTER.match(text, q.end, clause_end) is not None)


# (s40-targets, guide S37 CW1 Q5 / CW2 Q4, TG42) `保费由自治区财政补贴50%，市、县财政补贴不低于20%`: the share the lower levels
# must at least put in, beside the issuer's own share in the same sentence, is cost-sharing between payers, no target; the
# issuer's share is an amount provided
LOWER_LEVELS_SHARE = re.compile(r"\s*(?:市、?县|市、?区|县、?乡|县（市、区）|县（市）|市县|县区|县|市|区|乡镇|地方)(?:级|两级|各级)?财政"
                                r"[\p{Han}]{0,6}?(?:不低于|不少于|至少|按不低于)\s*$")
HIGHER_LEVEL_SHARE = re.compile(r"(?:中央|省|自治区|直辖市|省级|自治区级)(?:级)?财政[^，,；;。]{0,12}?\d+(?:\.\d+)?\s*[%％]")


def _lower_levels_match(text: str, sentence_start: int, clause_start: int, clause_prefix: str) -> bool:
    return (LOWER_LEVELS_SHARE.fullmatch(clause_prefix) is not None
            and HIGHER_LEVEL_SHARE.search(text, sentence_start, clause_start) is not None)


def _total_of_work(text: str, sentence_start: int, clause_start: int, clause_prefix: str, q: Quantity) -> bool:
    if q.unit_kind != "count" or clause_start <= sentence_start or TOTAL_ONLY.fullmatch(clause_prefix) is None:
        return False
    prev = text[max(sentence_start, text.rfind("；", sentence_start, clause_start - 1) + 1):clause_start]
    return WORK_BEFORE_TOTAL.search(prev) is not None and PAST_BEFORE_TOTAL.search(prev) is None


SIZE_CLASS_SUBJECT_AFTER = re.compile(r"[\p{Han}]{0,8}的[\p{Han}]{1,10}[，,]?\s*(?:均|都|一律)?\s*(?:必须|须|应当?|要|需|不得)")


# (s35b, guide TG44) the floor area a housing programme allots to each household (`配租建筑面积40平方米左右的住房`, `4人户
# 配租建筑面积不超过60平方米的住房`): a standard the policy sets for what it supplies, not a size class of who qualifies
ALLOTTED_AREA_BEFORE = re.compile(r"(?:配租|配售|分配|安置|实物配租|保障)(?:住房|公租房|廉租房|房屋)?的?(?:建筑|使用|套内|住房)?面积\s*"
                                  r"(?:为|按|按照)?\s*(?:不超过|不得超过|不高于|不大于|不低于|不少于|不小于|控制在|在)?\s*(?:人均|户均|每人|每户)?\s*$")
AREA_UNITS = frozenset(("平方米", "㎡", "平米"))
# (s35b, guide TG39) a floor on the radius or depth of a protected zone (`以取水井为中心、半径不小于50米的范围为保护范围`,
# `沿岸纵深不小于50米的陆域`): a distance the rule sets (a standard to keep), not the scope it applies in (`周边500米范围内`)
ZONE_FLOOR_BEFORE = re.compile(r"(?:半径|纵深|宽度|进深)\s*(?:应当|应|须)?\s*(?:不小于|不少于|不低于|不得小于|不得少于|至少)\s*$")
LENGTH_UNITS = frozenset(("米", "公里", "千米"))
# (s35b, guide TG44) the seismic intensity a building must be fortified to (`校舍抗震设防烈度按照7度执行`, `设防烈度不低于8度`):
# a standard set for works
FORTIFIED_GRADE_BEFORE = re.compile(r"设防(?:烈度|标准)\s*(?:应当|应|须)?\s*(?:按照?|为|不低于|不得低于|不应低于|达到)\s*$")


def _size_set_as_standard(text: str, q: Quantity) -> bool:
    """The size is one a rule sets as a standard (TG39, TG44): a seismic fortification grade, a floor area allotted to a
    household, a floor on a protected zone's radius or depth."""
    if q.unit == "度":
        return FORTIFIED_GRADE_BEFORE.search(text, max(0, q.start - 12), q.start) is not None
    if q.unit in AREA_UNITS:
        return ALLOTTED_AREA_BEFORE.search(text, max(0, q.start - 20), q.start) is not None
    return q.unit in LENGTH_UNITS and ZONE_FLOOR_BEFORE.search(text, max(0, q.start - 12), q.start) is not None


INCOME_BELOW = re.compile(r"收入\s*(?:低于|不高于|少于|不足)[^，,；;。]{0,30}$")


# (s38-targets) the act every case undergoes, right after 100% (`100%核查处置`, `100%现场核验`, `100%抽检`, `100%回访`)
FULL_ACT_AFTER = re.compile(r"\s*(?:现场|实地|全面|及时)?(?:核查|核验|核实|检查|检测|抽检|抽查|复查|查处|处置|回访|巡查|整改|清理|销号|验收|审核)")


def _is_condition(text: str, q: Quantity, clause_prefix: str, core_prefix: str) -> bool:
    """`参加社会保险6个月以上的`, `对吸纳5人以上的企业`, `符合两项及以上标准的`: eligibility, not a target."""
    if q.unit_kind in ("measure", "percent") and q.unit_end < len(text) and text[q.unit_end] in "的以及" and _size_of_works_set_up(text, q):
        return False  # (s40-arttargets) `应当设置容积不小于日供水量20%的清水池`: the size a works is to be set up with (TG44)
    if q.unit_kind == "time" and _months_worth(text, q):
        return False  # (s40-arttargets) `五级伤残的，分别为…月平均工资的20个月`: the grade's clause picks the benefit's level, the
        # months are the amount paid (guide S33 CK: a benefit measured in time that is paid), no one qualifying by them
    if q.unit in ("分钟", "小时") and (_service_response(text, q) or (
            ARRIVAL_AFTER.match(text, q.end) is not None and CALL_BEFORE.search(text, max(0, q.start - 40), q.start) is not None)):
        return False  # (s37-articles, guide TG52) `对一般故障应当在接到报修后2小时内到达现场`: 对 names the service's case, the time
        # is the level it keeps, no one qualifying
    if q.unit in AREA_UNITS or q.unit in LENGTH_UNITS:
        if _size_set_as_standard(text, q):
            return False
    if q.unit == "%" and q.values[0][0] == 100 and FULL_ACT_AFTER.match(text, q.end) is not None:
        return False  # (s38-targets) `对卫片执法图斑100%核查处置`, `对…机具实行100%现场核验`: 对 names what every case of the act
        # covers; the share of cases acted on is the rate set (guide TG5), no one qualifying
    # (the per-number patterns here run on the standard library's engine where it reads them alike:
    # scan.stdlib_twin, the same matches, 1.5-3x faster on these short stretches)
    if stdlib_twin(DISCOUNT).fullmatch(text, q.start, q.unit_end):
        return False  # `对困难家庭减半收取`, `对老年人按八折收费`: the cut the policy grants its beneficiaries
    if (q.unit_kind in ("percent", "permille") and q.after_cmp in (">=", ">") and text.startswith("的", q.end)
            and RATE_REACHED_BEFORE.search(clause_prefix) is not None and (unit := RATED_UNIT_AFTER.match(text, q.end + 1)) is not None
            and GRANTED_AFTER.match(text, unit.end()) is not None):
        return True  # (s32-tg) `…封装比例达到90%以上的快递企业，纳入绿色发展示范予以推广`, `综合利用率达到80%以上的企业，给予奖励`:
        # the rate picks out the units a measure then rewards (who qualifies, spec §7), not a level set for them
    if "收入" in clause_prefix and INCOME_BELOW.search(clause_prefix) is not None:
        return True  # (s36-tg) `现阶段为家庭人均月收入低于城市居民最低生活保障标准的2倍（即人均月收入低于520元）`: an income below a
        # line defines the households that qualify (a low-income family), not a level the policy sets out to reach (spec §7 out)
    if "标准" in clause_prefix and ELIGIBILITY_STANDARD.search(clause_prefix) and not OVER_STANDARD.search(clause_prefix):
        return True  # ((s31-tg2) not an income compared with the standard it states, `贫困户人均可支配收入超过国家扶贫标准3300元`:
        # the income is the goal; `超过国家扶贫标准（2016年为3146元）` defines the standard in brackets and stays out)  # `家庭收入、家庭财产标准放宽到上述标准的120%`: who qualifies
    after = text[q.end:q.end + 60]
    if q.unit == "个" and PLACES_LOCATING.match(text, q.unit_end, q.unit_end + 12):
        return True  # (s31-tg2) `实现甲乡、乙镇等4个乡镇的56个贫困村整村脱贫`: the count of townships locates the villages counted
    if (q.unit in ("个", "名") and "与" in text[q.end:q.end + 24] and PAIRED_WITH.match(text, q.unit_end, q.unit_end + 40)
            and not GOAL_WORDS.search(clause_prefix) and not _has_verb(clause_prefix)):
        return True  # (s31-tg2) `全县117个县直单位、3500多名干部与贫困户结对帮扶`: who takes part in the pairing, described
    if "且" in text[q.end:q.end + 3] and JOINED_BOUND_OF.match(text, q.end, q.end + 40):
        return True  # (s31-tg2) `用地面积不超过项目用地规模的10%且最多不超过15亩的辅助设施可不…`: both bounds pick out the
        # facilities a rule applies to (a condition), as the second one's 的 shows
    if q.unit == "层" and BUILDING_CLASS_AFTER.match(text, q.unit_end, q.unit_end + 16):
        return True  # (s31-tg2) `新建12层以上住宅，每单元设置电梯不应少于2台`: the storeys pick out the buildings a rule applies to
    if (q.unit_kind == "measure" and q.after_cmp and "的" in after[:14] and not _has_verb(clause_prefix)
            and SIZE_CLASS_SUBJECT_AFTER.match(text, q.end, q.end + 40) is not None):
        return True  # (s32-tg2) `…、河北省10万平方米以上集中新建的保障性住房，应安装建筑中水设施`: the size picks out the objects
        # a rule then binds (the subject of 应), who qualifies (guide S20 size conditions), not a size to reach
    if ("方" in after[:16] or "才" in after[:16]) and ONLY_THEN_AFTER.match(after):
        return True  # (s27-tg) `原料掺兑比例须达到30%以上，方可享受上述优惠`: the level that earns a benefit, who qualifies (spec §7)
    if "分" in after[:14] and SCORE_AFTER.match(after):
        return True  # (s22-tg3) `完成率达到100%的得满分`, `每低1个百分点扣0.5分`: how an assessment scores, no target (guide)
    if "（" in after or "(" in after:
        after = re.sub(r"[（(][^（）()]{0,40}[）)]", "", after)  # brackets dropped
    if (("适用" in clause_prefix and SCOPE_OF_RULES.search(clause_prefix) and "的" in after[:40])
            or ("本" in after and SCOPE_AFTER.match(after))):
        return True  # (s22-tg2) `本办法适用于日供水量在20立方米以下…的集中式供水`: the scope a rule covers, who qualifies
    if "的为" in after and CLASS_NAMED_AFTER.match(after):
        return True  # (s23-tg2) `设计日供水规模1000立方米以上…的为千吨万人供水工程`: a size that names a class (a definition)
    rest_of_clause = stdlib_twin(CLAUSE_BREAK).split(after, maxsplit=1)[0]
    if ("或" in rest_of_clause or "且" in rest_of_clause) and q.unit_kind not in ("percent", "permille") \
            and ALTERNATIVE_SIZES_OF.match(rest_of_clause) is not None:
        return True  # (s28-tg) `设计日供水规模1000立方米以上或者供水人口1万人以上的集中式供水工程，应当实行…`: the scope of a rule
    if (q.after_cmp in (">=", ">") and q.unit not in FACILITY_COUNTERS and not core_prefix.endswith(REQUIRED_SIZE_WORDS)
            and FACILITY_SIZE_CLASS.match(text, q.end) is not None):
        return True  # (s22-tg) `建成万亩以上蔬菜标准化基地`, `新建存栏500头以上标准化肉牛养殖场`: the size class of the facilities
        # built, not an amount to reach (spec §7 and the S20 answers: a size condition on the thing counted is out)
    if (q.unit_kind == "count" and "的" in rest_of_clause and SHARE_MEMBERS_AFTER.match(rest_of_clause)
            and not ("每" in clause_prefix and PER_HEADCOUNT.search(clause_prefix))):
        # ((s22-tg2) not `按照每300名常住人口不少于1名的比例配备`: a staffing ratio the policy fixes, guide TG21)
        return True  # (s22-tg) `人均持有1项以上实用技能的比例达到60%`: the count says who the share counts, the share is the target
    if rest_of_clause.endswith("的") and not re.search(r"给予|补贴|奖励|资助|发放", rest_of_clause):
        if not (q.unit_kind in ("percent", "permille") and not core_prefix and rest_of_clause.startswith("的")):
            return True  # the clause is a 的-phrase naming who qualifies
    if (not core_prefix and q.after_cmp in (">=", "<=") and q.unit_kind not in ("percent", "permille")
            and DESCRIBED_GROUP.fullmatch(rest_of_clause) and not REACHED_AFTER.search(rest_of_clause)
            and not _has_verb(rest_of_clause.rpartition("的")[2])):
        return True  # `三个以上子女共同赡养的老人，…`: a clause that is only a group described by a number names who
    if (core_prefix and q.after_cmp in (">=", "<=") and q.unit_kind not in ("percent", "permille")
            and DESCRIBED_GROUP.fullmatch(rest_of_clause) and not REACHED_AFTER.search(rest_of_clause)
            and not _has_verb(rest_of_clause.rpartition("的")[2]) and _topic_clause(text, q, clause_prefix)
            and not _verb_before_end().search(clause_prefix.rstrip())):
        # `纳税人赡养一位及以上被赡养人的赡养支出，按照…扣除`, `供养两名及以上残疾人的家庭，每户…`: the sentence's topic, a noun
        # phrase whose modifier bounds a number by a verb that demands nothing, says which expenses or households the
        # rule after it covers (spec §7: eligibility conditions out), unlike `培育10个以上…的龙头企业，` (a demand verb)
        return True
    if (q.after_cmp in (">=", "<=", ">") and q.unit_kind not in ("percent", "permille")
            and "的" in rest_of_clause and GROUP_GRANTED.match(after) and not GROUP_CREATED.search(clause_prefix)):
        return True  # (s15c) `流转土地面积在100亩以上…的新型经营主体，每亩补助200元`: the units so bounded get the grant (who qualifies)
    # `…每年接收见习人员超过50人（含50人），留用率达到60%以上的，可申请认定为…`: the clause is the
    # first of a chain of conditions closed by `…的，` before the consequence.
    chain_end = min(len(text), q.end + 80)
    chain = ((text.find("的，", q.end, chain_end) >= 0 or text.find("的,", q.end, chain_end) >= 0)
             and CONDITION_CHAIN.match(text, q.end, chain_end))
    if (chain and not re.search(r"给予|补贴|补助|奖励|资助|发放|奖补", chain.group(0)) and not re.search(r"给予|按", clause_prefix)
            and not PER_HEAD_GRANT_END.search(clause_prefix)
            and not (REQUIRED_SIZE.search(clause_prefix.rstrip()) and DUTY_BEFORE.search(clause_prefix))
            and not MUST_REACH.search(clause_prefix) and not FORBIDDEN_CAP.search(clause_prefix)
            and not ("最高" in clause_prefix and CAP_IS.search(clause_prefix))
            and not ACCRUAL_STOPS.match(text, chain.end() - 2)):
        return True  # ((s22-tg) not a floor an organ is charged to enforce, `督促企业对…人员进行不少于72学时的安全培训，未经培训…的，`)
        # ((s25-tg) nor a standard the units must reach, `示范小区须达到…准确率80%以上…等标准，经区级验收合格的，…`: 须达到 demands it;
        # the chain after it says what passing earns)
    if (not CONDITION_START_CHARS.isdisjoint(clause_prefix)
            and stdlib_twin(CONDITION_START).search(NUMBERING.sub("", clause_prefix.strip(), count=1)) and not re.search(r"给予|按|补贴|补助|奖补|奖励|资助|发放", clause_prefix)
            and not ("加" in clause_prefix and PRICE_SURCHARGE.search(clause_prefix))  # ((s22-tg3) `对限制类企业每千瓦时加价0.05元`)
            and not _demand_on_a_group(clause_prefix) and not _cap_for_a_group(clause_prefix, rest_of_clause)
            and not _relief_for_a_group(clause_prefix)
            and not _rate_on_an_object(clause_prefix, rest_of_clause) and GROUP_TILT.search(clause_prefix) is None
            and not _object_bounded_for_group(clause_prefix, rest_of_clause, after)
            and not (q.unit in FREQUENCY_UNITS and "每" in clause_prefix and PER_HEAD_FLOOR_TIMES.search(clause_prefix))):
        return True
    if (("上" in clause_prefix or "前" in clause_prefix) and PAST_PERIOD.search(clause_prefix)
            and q.unit_kind not in ("percent", "permille", "points")  # ((s23-tg) `在上年基础上提高1—3个百分点`: a change on a baseline)
            and not (q.unit_kind == "multiple" and clause_prefix.rstrip().endswith("的"))  # ((s40-arttargets) `不得超过…上一年度
            # 职工月平均工资的3倍`: a multiple of a base the past period dates, as a share of it is)
            and not _verbs_of(("provide",)).present(clause_prefix)):
        return True
    # `投资总额在100万元（不含）以下的建设工程`, `大于3万元（含）、小于5万元（不含）的项目`: a band that
    # names which projects a rule covers.
    band = stdlib_twin(BAND_TAIL).match(after)
    if band and not _verb_before_end().search(clause_prefix.rstrip()):
        after = after[band.end() - 1:]
    if q.unit in PERSON_UNITS and SIZE_QUALIFIER.match(after) and not KEPT_SIZE.search(clause_prefix):
        return True  # (s22-tg: not `镇专职消防队保持不少于15人的规模`, a size to keep)
    if q.unit == "人" and POPULATION_CLASS.match(text, q.unit_end):
        return True
    if q.unit == "户" and _settlement_class(text, q):
        return True
    if q.unit_kind in ("percent", "permille", "measure") and _counting_basis(text, q):
        return True
    if (q.after_cmp and "一批" in clause_prefix and not re.match(r"\s*的", text[q.end:q.end + 2])
            and not BATCH_COUNTED.search(clause_prefix, clause_prefix.rfind("一批"))):
        return True  # `建成一批单班下井30人以下智能化示范工作面`: 一批 is the quota, the number qualifies its units
        # ((s14b) not `建成一批…基地（新建100个左右）`: a bracket after the batch counts it)
    if q.unit_kind == "measure" and not q.after_cmp and UNITS_COUNTED_BEFORE.search(clause_prefix) and _equipment_class(text, q):
        return True  # (s28-tg2) `完成2台30万千瓦机组脱硝改造`: the units are counted (2台), the capacity names their size
    if (q.unit_kind == "measure" and text[q.end:q.end + 1] in ("级", "等") and (grade := CLASS_GRADE.match(text, q.end))
            and EQUIPMENT_CLASS.match(text, grade.end(), grade.end() + 14)):
        return True  # (s31-tg2) `突破10兆瓦级以上海上风电机组`, `研制660兆瓦等级超超临界机组`: a size grade (级) names the class of
        # equipment the work is on, not an amount to reach
    if q.unit_kind == "measure" and q.after_cmp and _equipment_class(text, q):
        return True  # (s22-tg3) `100立方米以下炼铁高炉`, `炭化室高度4.3米以下、…的机焦炉`: the size class of the plant a rule
        # phases out or admits (an industry's 淘汰/准入 list), no amount to reach
    if q.unit_kind in ("money", "measure") and q.after_cmp and MONEY_QUALIFIED.match(text, q.end, q.end + 12):
        return True  # `1亿元以上规上工业企业`, `90万吨/年以上大型矿井`: a size class, not an amount to reach
    if clause_prefix.endswith(YEARLY_CAPACITY) and CAPACITY_CLASS.match(text, q.end, q.end + 20):
        return True  # (s15e) `新建年产130根能力的项目需审慎研究`: the capacity names a class of projects, not an amount to reach
    if (q.unit_kind == "money" and not q.after_cmp and clause_prefix.endswith(("超", "超过", "过", "逾"))
            and SIZE_CLASS_AFTER.match(text, q.end, q.end + 8)):
        return True  # `营业收入超10亿元企业达到50家`: a size class written before the units it picks out
    if after.startswith("的") and clause_prefix.rstrip().endswith(("按", "按照")):
        return False  # 按6个月的失业保险金, 按20%的比例: the basis of an amount
    if after.startswith("的") and q.unit_kind == "money" and "每" in clause_prefix and PER_HEAD_PERIOD.search(clause_prefix):
        return False  # (s27-tg2) `按实际招用人数每人每年4000元的定额依次扣减`: an amount per head and year the rule fixes
    if after.startswith("的"):
        rest = after[1:]
        if RATE_NOUN.match(rest):
            return False
        if GOAL_NOUN_AFTER.match(rest) and GOAL_SET_BEFORE.search(clause_prefix) and not GOAL_SET_ELSEWHERE.search(clause_prefix):
            return False  # (s28-tg) `努力实现2009年全省新增农村劳动力转移就业80万人的目标`: the goal the sentence sets
        if q.unit_kind == "time" and STOCK_DAYS_AFTER.match(after):
            return False  # (s27-tg) `不得超过用户48小时的用水量`, `满足…不少于3天的救灾需要`: a volume counted in the time of use
        if REACHED_BEFORE.search(clause_prefix.rstrip()) and PAID_ON_REACHING.match(rest):
            return True  # (s24-tg) `次年验收保存率达到85%的兑付剩余40%`: the level that earns the payment (who qualifies, spec §7)
        if (q.unit_kind in ("percent", "permille") and RATE_BOUND_BEFORE.search(clause_prefix)
                and RATED_UNITS.match(rest) and not _verb_before_end().search(clause_prefix.rstrip())):
            return True  # (s14) `研发投入占营业收入比例不低于3%的科技型中小企业`: the units whose rate is bounded so qualify
        if q.unit_kind in ("percent", "permille") and (not core_prefix or SHARE_LEAD.fullmatch(core_prefix)
                                                       or _share_acted_on(core_prefix, rest)
                                                       or _share_second_object(text, q, core_prefix)
                                                       or SHARE_REACHES.match(rest)):
            return False  # a share: 60%以上的经费用于…, 力争使55%的县…, 90%的市和70%的县…
        if not core_prefix and q.after_cmp and SHARE_REACHES.match(rest):
            return False  # `到2025年，10个以上的村达标`: a count of units that reach a goal (as a share does)
        if REACHED_BEFORE.search(clause_prefix.rstrip()) and GRANTED_TO.match(after):
            return True  # `当年新增就业岗位达到50个的企业，按…给予奖励`: the units that reach it get the reward
        if _verb_before_end().search(clause_prefix.rstrip()):
            return False  # 培育10家以上的龙头企业
        if q.unit_kind in ("percent", "permille", "money") and _relief_for_a_group(clause_prefix):
            return False  # (s28-tg3) `对旅行社暂退80%的旅游服务质量保证金`: the share of a deposit or fee refunded to the group
        if (clause_prefix.rstrip().endswith(YEARLY_CAPACITY) and CAPACITY_NOUN.match(rest)
                and _verb_before_end().search(YEARLY_CAPACITY_END.sub("", clause_prefix.rstrip()))):
            return False  # (s15e) `形成年产30万吨的生产能力`: 年产 between the verb and the number, the capacity to build
        if q.unit_kind in ("measure", "percent", "permille") and PRODUCT_LEVEL.search(clause_prefix) is not None:
            return False  # `推出能效比超过4TOPS/W的终端芯片`: the level a product to be delivered must reach
        if (q.unit_kind == "measure" and ("能力" in clause_prefix[-8:] or "规模" in clause_prefix[-6:] or "库容" in clause_prefix[-6:])
                and CAPACITY_BUILT_BEFORE.search(clause_prefix.rstrip()) is not None and not WHO_QUALIFIES_LEAD.search(clause_prefix)
                and not q.after_cmp and DIGIT.search(rest_of_clause) is None):
            # (s28-tg) `建成日处理能力200吨的厨余垃圾处理设施`: the capacity of the works to build (not `对新建…的项目`, nor a
            # size class of works counted after it, `建成年处理能力100万吨以上的…示范项目50个`)
            return False
        if REQUIRED_SIZE.search(clause_prefix.rstrip()) and (_has_verb(clause_prefix) or _per_period_time(text, q, clause_prefix)):
            return False  # 组建1支不少于20人的救援队伍: the size the policy requires; `每五年接受不少于360学时的培训`: hours of
            # activity per period (an amount, guide TG11), whatever the verb
        if q.after_cmp is not None or _before_cmp_word(clause_prefix):
            if MAIN_KIND_FRAME.match(NUMBERING.sub("", clause_prefix.lstrip(), count=1)) and MAIN_KIND_AFTER.match(rest):
                return False  # (s24-tg) `以建筑面积不超过70平方米的小户型为主`: the bound of the kind the policy mainly
                # builds or supplies, a standard it sets (spec §7 "not exceed"), not a class of who qualifies
        return True
    return False


# (s24-tg) `…的小户型为主`, `…的中小套型为主`: what closes a `以…为主` frame, the main kind of what is built or supplied
# (s24-tg) `按三类以上标准建设`: a count of 类 before 标准/水平 names a grade of a standard (guide TG7 levels), no amount
GRADE_AFTER = re.compile(r"\s*的?\s*(?:标准|水平|等级)")
# (s36-tg) `其中二类以上公厕不少于5座`, `三类及以上水体`: a grade with 以上/以下 before the noun it qualifies names a class of
# things the quota counts (guide TG7 levels), no count of kinds
GRADE_CLASS_NOUN = re.compile(r"\s*(?:及)?(?:以上|以下)\s*的?\s*[\p{Han}](?<![，。；的])")
PAID_ON_REACHING = re.compile(r"(?:予以|再|可|方可)?(?:兑付|兑现|拨付|发放|给予|补助|奖励|奖补|享受)")
MAIN_KIND_FRAME = re.compile(r"\s*[\p{Han}（）()]{0,12}?以(?![上下内])")
MAIN_KIND_AFTER = re.compile(r"[\p{Han}]{1,10}?为主(?=[，,；;。\s]|$)")
BEFORE_CMP_WORD = re.compile(r"(?:不超过|不高于|不大于|不低于|不少于|不小于|至少|最高|最低)\s*$")


def _before_cmp_word(clause_prefix: str) -> bool:
    return BEFORE_CMP_WORD.search(clause_prefix) is not None


def _topic_clause(text: str, q: Quantity, clause_prefix: str) -> bool:
    """The number's clause opens its sentence (after an item number) and a comma closes it: the sentence's topic."""
    start = q.start - len(clause_prefix)
    if start > 0 and text[start - 1] not in "。！？\n":
        return False
    end = _forward_to(text, q.end, min(len(text), q.end + 80), CLAUSE_BREAK)
    return text[end:end + 1] in "，,"


# `每个乡镇建设一所中心敬老院`, `原则上每个省（自治区、直辖市）培育一家…`: one unit demanded of each place or
# body is a quota (spec 1.1: `至少有1名`, `建设1家`), unlike `打造一支队伍`.
PER_UNIT_SCOPE = re.compile(r"每(?:个|一个)?[\p{Han}（）()、]{1,16}$")


# (s25-tg) `试点村每户发放分类垃圾桶一套`, `每村配备保洁员一名`: the verb and its object before the count (a quota per unit
# written object first, as `每村配备一名保洁员` is written count first)
PER_UNIT_OBJECT = re.compile(r"(?:配备|配置|配发|发放|安装|设置|设立|建设|建立|建成)[\p{Han}]{1,8}$")


def _per_unit_quota(clause_prefix: str) -> bool:
    return ("每" in clause_prefix and PER_UNIT_SCOPE.search(clause_prefix.rstrip()) is not None
            and (_verb_at_end().search(clause_prefix.rstrip()) is not None
                 or PER_UNIT_OBJECT.search(clause_prefix.rstrip()) is not None))


# `加强15%的中医馆内涵建设`, `探索在10%的社区卫生服务站设置中医阁`: a share of units a plan acts on or in
# (not `超过30%的部分`, the part of an amount above a line).
SHARE_ACTED_ON = re.compile(r"(?:加强|提升|改造|支持|推动|引导|鼓励|指导|帮助|扶持|覆盖|组织|动员|在|(?<![大小等低高多少])于)$"
                            # (s32-tg) `死因监测覆盖全国90%的县（市、区）`: the whole the share is of, between the verb and it
                            r"|覆盖(?:全国|全省|全区|全市|全州|全盟|全县|全旗)$")


# `城市建成区20%以上的面积达到目标要求`, `县城80%以上的村庄实现…`: a share of a whole named before it that reaches a
# goal in the same clause (a target), unlike a share that picks out who may apply (`…40%以上的企业可申请`).
# ((s27-tg) also a kind with its bracket, and a modal then a verb of setting up: `全省各地级以上市和80%以上的县（市）要建立中小企业
# 服务中心`, the share of units the duty is to reach)
SHARE_REACHES = re.compile(r"[\p{Han}（）()]{1,12}?(?:(?:要|应|均|都|全部|基本)?(?:达到|实现|建成|完成|达标|通过|具备|纳入|接入|覆盖)"
                           r"|(?:要|应当?|须|必须|均要|都要)(?:普遍|全面|逐步)?(?:建立|建设|设立|成立|开展|实施|实行|推行|配备|制定))")


# (s18) `覆盖所有城市社区和60%以上的农村社区`, `覆盖全省县城和80%以上的乡镇`: the share is the second object of the verb,
# after a first object and a conjunction (the units a plan covers, guide TG13), unlike `在城市和60%的…` (no verb).
SHARE_SECOND_OBJECT = re.compile(r"(?:覆盖|建成|改造|提升|惠及|延伸到|延伸至|通达|通到)[^，,；;。！？\d%]{1,16}?(?:和|及|以及|与)$"
                                 # (s32-tg) `农家店覆盖全省95%以上的乡镇和80%以上的行政村`: a first object that is itself a share
                                 r"|覆盖[^，,；;。！？\d%]{0,4}?\d+(?:\.\d+)?\s*[%％](?:以上|左右)?的[^，,；;。！？\d%]{1,10}?(?:和|及|以及|与)$")


SHARE_REPORTED = re.compile(r"截至|截止|已|目前|现有|共有|当前")


def _share_second_object(text: str, q: Quantity, core_prefix: str) -> bool:
    """(s18) the share is the second object of a covering verb, in a sentence that reports nothing done."""
    if not core_prefix.endswith(("和", "及", "与")) or SHARE_SECOND_OBJECT.search(core_prefix) is None:
        return False
    return SHARE_REPORTED.search(text, _back_to(text, q.start, max(0, q.start - 200), SENTENCE_BREAK), q.start) is None


def _share_acted_on(core_prefix: str, rest: str) -> bool:
    return SHARE_ACTED_ON.search(core_prefix) is not None and not rest.startswith(("部分", "以上部分", "以下部分"))


# (s25-tg) `对脱贫人口等困难群众起付线降低50%、支付比例提高5个百分点`: a 对-phrase naming a group, then a standard of theirs
# and the change the policy makes to it (a tilt toward the group, as central 医保 and 救助 notices write it): an amount the
# policy provides (spec §7), not who qualifies.
GROUP_TILT = re.compile(r"对[^，,；;。的]{1,20}?(?:群众|人口|人员|对象|家庭|群体|老人|儿童|学生)[^，,；;。的]{1,30}?"
                        r"(?:降低|提高|提升|减少|增加|下降|放宽|上浮|下浮)(?:到|至)?\s*$")


# (s28-tg3) `对旅行社暂退80%的旅游服务质量保证金`, `对小微企业减免50%的…费`: a 对-phrase naming the group, then a verb of
# the relief the policy grants it right before the number: the share refunded or remitted is an amount the policy provides
# (spec §7; PROVIDE_AFTER reads `按…退还` so), not a condition on who qualifies (that would close a 的-phrase on the group)
RELIEF_BEFORE = re.compile(r"(?:暂退|退还|返还|退回|减免|减征|减收|免收|免征|核减)\s*$")


def _relief_for_a_group(clause_prefix: str) -> bool:
    core = NUMBERING.sub("", clause_prefix.strip(), count=1)
    m = RELIEF_BEFORE.search(core)
    return m is not None and core.startswith(("对", "可对", "将对", "要对", "继续对"))


def _demand_on_a_group(clause_prefix: str) -> bool:
    """`对单户担保金额500万元及以下的小微企业收取的担保费率原则上不超过1%`: the 对-phrase names the group
    and closes with 的; what follows is the cap or floor set for it (a comparator or a demand verb
    right before the number), not a condition on who qualifies."""
    k = clause_prefix.rfind("的")
    if k < 0:
        return False
    tail = PAIRED_COUNT.sub("", clause_prefix[k + 1:].rstrip())
    if not tail or re.search(r"\d|[，,]", tail):
        return False
    return any(tail.endswith(p) for p, _ in lexicon().before) or _verb_at_end().search(tail) is not None


# (s29-tg2) `对居住在…的贫困农户实施搬迁安置300户1200人`: the households counted right before the persons are the same work's
# pair (spec §7: 户、人 counts), so the persons are demanded as the households are
PAIRED_COUNT = re.compile(r"\d[\d.]*\s*万?\s*户$")


# (s26-tg) `对已改厕所问题整改“回头看”整改率达到100%`, `对重点企业的监督检查覆盖率要达到100%`: a 对-phrase naming what the
# work is done on, then the rate that work is to reach right before the number: a level demanded (spec §7), not who
# qualifies (that would go on into a 的-phrase after the number: `对…率达到90%的企业，给予奖励`).
RATE_ON_OBJECT = re.compile(r"(?:率|覆盖面)\s*(?:要|应|须|必须|应当|力争|确保|均)?\s*(?:达到|达|保持在?|稳定在|实现)\s*$")


def _rate_on_an_object(clause_prefix: str, rest_of_clause: str) -> bool:
    return "的" not in rest_of_clause and RATE_ON_OBJECT.search(clause_prefix) is not None


def _object_bounded_for_group(clause_prefix: str, rest_of_clause: str, after: str) -> bool:
    """(s27-tg) `对五保户原则上实行集中供养或建设不超过40平方米的小户型住房`: a 对-phrase naming a group, then a verb of what
    is built or supplied for it and a bound on that object, the sentence closed by the object (no verb after the 的, no
    grant in a clause after it): a standard the rule sets (spec §7 "not exceed"), not who qualifies (`对新建不超过…的住房给予
    补助`, `对…销售额达到500万元以上的企业，给予奖励` go on to what the group gets)."""
    head = NUMBERING.sub("", clause_prefix.strip(), count=1)
    if not head.startswith("对") or "的" in head or GROUP_BUILT_BOUND.search(head) is None:
        return False
    return ("的" in rest_of_clause and not _has_verb(rest_of_clause.rpartition("的")[2])
            and after[len(rest_of_clause):len(rest_of_clause) + 1] in ("。", "；", ";", ""))


GROUP_BUILT_BOUND = re.compile(r"(?:建设|新建|建造|修建|配备|配置|提供|安排|供应|实行)\s*(?:不超过|不得超过|不高于|不大于|不低于|不少于|不小于|至少)\s*$")


# (s15e) `对中部地区不超过45%`, `对西部地区项目最高不超过60%`: a short 对-phrase naming a region or class of projects with no
# number in it, then a comparator right before the number: the cap or floor set for that group, not who qualifies.
GROUP_THEN_CAP = re.compile(r"^(?:[\p{Han}]{0,8}?(?:可|要|应|将|均|再))?对于?[\p{Han}、（）()]{2,14}?(?:项目|地区|省份|城市|县|市|区|企业|学校|机构)?"
                            r"(?:原则上)?(?:最高|最低)?(?:不超过|不高于|不低于|不少于|不得超过|不得低于|最高|最低|控制在)$")


def _cap_for_a_group(clause_prefix: str, rest_of_clause: str) -> bool:
    """`对中部地区不超过45%；`: GROUP_THEN_CAP on the clause before the number, and the clause after the number does
    not go on into a group described by it (`对年营业收入不超过2000万元的企业`)."""
    if "的" in rest_of_clause:
        return False
    head = NUMBERING.sub("", clause_prefix.strip(), count=1)
    return "的" not in head and GROUP_THEN_CAP.match(head) is not None


@lru_cache(maxsize=1)
def _verb_before_end() -> re.Pattern:
    """A demand/provide verb, then an optional comparator, at the end (built once)."""
    return re.compile(r"(?:" + "|".join(v for v, k in lexicon().verbs.items() if k in ("demand", "provide")) +
                      r")\s*(?:" + "|".join(re.escape(p) for p, _ in lexicon().before) + r")?\s*$")


@lru_cache(maxsize=1)
def _verb_at_end() -> re.Pattern:
    """`_verb_at_end_rx()` on the standard library's engine where it reads it alike (scan.stdlib_twin: ~3x faster)."""
    return stdlib_twin(_verb_at_end_rx())


@lru_cache(maxsize=1)
def _verb_at_end_rx() -> re.Pattern:
    return re.compile(r"(?:" + "|".join(v for v, k in lexicon().verbs.items() if k in ("demand", "provide")) + r")\s*$")


# `1.7万人取得职业资格证书`, `500家企业完成数字化改造`: the verb follows the number and its noun.
VERB_AFTER_OPENING = re.compile(r"[^，,；;。\d]{0,10}?(?:取得|获得|完成|实现|达到|参加|参与|接受|纳入|通过|享受|入驻|"
                                r"上云|用云|转移|实现就业|就业|创业|持证|获评|入选|脱贫|出列|摘帽|达标|建成|"
                                # ((s31-tg) the people a central plan settles or moves: `1亿左右…人口在城镇落户`, `…万人搬迁`)
                                r"落户|安置|搬迁)(?![了过])")
GOAL_WORDS = re.compile(r"力争|确保|争取|努力|推动|实现|目标|每年|年均")
# (s27-tg) `2021年，全县71个行政村生活垃圾收运处置体系实现全覆盖`: the units a coverage goal is to reach, counted as a whole
# (全县…), the goal after a longer subject than VERB_AFTER_OPENING's reach (a count of units that reach a goal, spec §7)
FULL_COVERAGE_AFTER = re.compile(r"[^，,；;。\d]{0,24}?(?:实现|达到)?(?:全覆盖|全部覆盖)")


def _opens_its_clause(ctx: Context, text: str, q: Quantity, core_prefix: str, clause_end: int, sentence_start: int,
                      sentence_year, plans=()) -> bool:
    """A count that opens its clause, then what it must achieve (spec 1.1 §7: `1.7万人取得证书`),
    in a sentence that sets a goal (a year, 力争/确保/每年) rather than reports one."""
    if core_prefix or q.unit_kind not in ("count", None) or q.unit in FREQUENCY_UNITS:
        return False
    if not VERB_AFTER_OPENING.match(text, q.end, clause_end) and not FULL_COVERAGE_AFTER.match(text, q.end, clause_end):
        return False
    return bool(sentence_year or GOAL_WORDS.search(text, sentence_start, q.start)
                or _paragraph_period(ctx, text, q.start) or _heading_period(ctx, q.start)
                or (q.token == "ar" and _plan_ahead(ctx, plans, q.start)))


PLAN_TITLE = re.compile(r"规划|计划|方案|要点|纲要|清单|实事|安排")


def _plan_ahead(ctx: Context, plans, pos: int) -> bool:
    """A plan whose title names its period (`某市民生实事项目实施方案（2022年）`) sets goals for it: a count that opens
    its clause there (`全年1.2万名困难群众享受临时救助`) is one, as in a dated sentence. (A 办法 or 规定 valid for a
    term sets rules, not goals.)"""
    period = _period_at(plans, pos)
    if not (period and period[1] is not None):
        return False
    title = ctx.metadata.title or (ctx.layout.title.text if ctx.layout.title else "") or ""
    return PLAN_TITLE.search(title) is not None


# (s39-targets, guide TG34/TG39/TG44) a band a rule sets for a size of the works, written after the dimension measured
# (`机耕路路面宽度一般为3至4.5米`, `下沉式绿地下沉深度宜为100—200毫米`, `覆土厚度控制在30至50厘米`): a standard to keep, two
# targets (spec §7 ranges), unlike a scope or a class (`周边3至5公里范围内`, `…米以上地区`); the dimension is of a works
# (路, 渠, 绿地, 覆土…), not of what a survey observed (`裂缝…延伸长度一般为0.5-2米`)
DIMENSION_BAND_BEFORE = re.compile(r"(?:路|道|沟|渠|管|绿地|带|墙|堤|坝|池|层|土|桥|涵|埂|畦|垄|棚|台|井|坑|槽)(?:面|基|体)?(?:下沉|铺设|硬化)?\s*(?:宽度|深度|高度|厚度|长度|间距|直径|埋深|坡度|净高|净宽|路宽|路面宽)\s*(?:一般|原则上|通常)?\s*"
                                   r"(?:宜|应|应当|须|要)?\s*(?:为|在|控制在|保持在)\s*$")
PER_UNIT_BAND_BEFORE = re.compile(r"(?:为|是)\s*每[\p{Han}（）()]{1,6}$")
STANDARD_IS = re.compile(r"\s*(?:为|是)\s*(?:每人|每户|每月|每年|每日|每天|每次)*\s*")


BAND_LENGTH_UNITS = frozenset(("米", "公里", "千米", "厘米", "毫米"))
SCOPE_AFTER_BAND = re.compile(r"\s*(?:以上|以下|以内)?\s*的?\s*(?:范围|区域|地区|地带)")


PERMITTED_LOAD_BEFORE = re.compile(r"(?:可以|可|只能|只可|仅能|仅限|限|最多|至多|不得超过)(?:同时)?(?:搭载|载运|载|乘坐|乘|携带|容纳)"
                                   r"(?:[\p{Han}]{0,4}?的)?\s*$")
SPEED_UNITS = frozenset(("公里", "千米", "米"))
SPEED_LIMIT_BEFORE = re.compile(r"(?:(?:(?P<floor>最低)(?:时速|车速|行驶速度)|最高(?:时速|车速|行驶速度)|限速|(?:时速|车速|行驶速度)(?:最高|上限))"
                                r"\s*(?:为|是|不得超过|不超过|不得高于|不得低于|不低于)?"
                                # (the next road's limit with its subject left out, `…最高时速为每小时三十公里，公路为每小时四十公里`)
                                r"|最高(?:时速|车速|行驶速度)[^。；;\n]{0,24}?[，,、][\p{Han}]{1,8}?(?:为|是))\s*(?:每小时|每秒)\s*$")
PAY_VERB_END = re.compile(r"(?:增发|加发|计发|发给|支付|退还|返还)\s*$")
DEMANDED_PART = re.compile(r"\s*其中\s*(?:至少)?(?:应当|应|须|必须|要)\s*(?:设置|配置|配备|安装|设有|建设|建有|安排|确定|为)\s*")


def _is_demanded(q: Quantity, cmp: str | None, clause_prefix: str, sentence_prefix: str = "") -> bool:
    if cmp:
        return True
    if q.unit_kind in ("percent", "points", "multiple", "permille"):
        return True
    if q.unit_kind == "money" and re.search(r"标准|额度|金额|上限|资金|经费|奖|补|资助|给予|发放|安排|投入|注入|筹集", clause_prefix):
        return True
    if q.unit_kind == "money" and PAY_VERB_END.search(clause_prefix) is not None:
        return True  # (s40-arttargets) `月基础养老金增发2元`, `一次性发给5000元`: an amount a rule pays, its verb right before it
    if q.unit_kind == "money" and STANDARD_IS.fullmatch(clause_prefix) and sentence_prefix and "标准" in sentence_prefix:
        return True  # `认定标准按…确定，为每人每月1963.5元`: the standard the policy fixes
    if q.token == "cn" and len(q.values) > 1:
        # `投入义务工为五至十个`, `植树三至五棵`: a range written in words is a quantity, never a name of parts; it is
        # demanded as a range in digits is (not `由…共三至七人组成`, the make-up of a body)
        return "由" not in clause_prefix or _has_verb(clause_prefix)
    if q.token == "cn" and q.values[0][0] == 1:
        return _per_unit_quota(clause_prefix)  # 打造一支队伍, 建立一个平台: prose, not a quota
    if q.token == "cn" and q.values[0][0] < 10:
        # 两项补贴, 三类人员, 一个中心: small numerals in prose name structure, unless a verb
        # governs them directly (建设三所).
        return bool(_verb_at_end().search(clause_prefix))
    return _has_verb(clause_prefix)


# ---------------------------------------------------------------------------------------------
# Describing: indicator, quote, years


@lru_cache(maxsize=4096)  # a pure function of the string; a number's clause is stripped for its demand and its indicator
def _strip_scope(s: str) -> str:
    """Drop what leads into the demand: numbering, years, 每年, 全市, 力争, list separators."""
    prev = None
    while prev != s:
        prev = s
        s = NUMBERING.sub("", s).strip()
        s = LEADING_SCOPE.sub("", s).strip()
    return s


@lru_cache(maxsize=4096)  # a pure function of its arguments (the word lists are fixed data)
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


# ((s29-tg2) `新造林`, `实际利用外资`: the verb with its object names the indicator, kept whole)
NOMINAL_AFTER_VERB = re.compile(r"^(?:性|类|费|金|率|面|值|量|额|标准|资金|对象|机构|基地|中心|比例|限额|林(?![\p{Han}])|外资|内资)")
RATE_NAME = re.compile(r"(?:率|比例|比重|占比|份额)$")
LINKING_TAIL = ("每年", "年均", "逐年", "力争", "确保", "争取", "努力", "要", "达到", "达", "为", "在", "有", "可", "要", "应", "的", "将", "并", "累计", "共", "总计", "合计",
                "提高到", "提升到", "增加到", "降低到", "下降到", "控制在", "保持在", "稳定在")
POST_VERB = re.compile(r"^(?:开展|参加|参与|用于|达到|享受|实现|获得|进行|接受|完成)")


@lru_cache(maxsize=4096)  # a pure function of its arguments (the word lists are fixed data)
def _first_verb(core: str) -> tuple[int, str] | None:
    """The earliest demand verb used as a verb (not 补贴性, 培训费, 建设局)."""
    best = None
    for verb in _verbs_of(("demand", "provide", "modal")).present(core):
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


@lru_cache(maxsize=4096)  # a pure function of its arguments (the word lists are fixed data)
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


def _place_numerals_masked(s: str) -> str:
    """`s` with the numerals that open a place's name (四川, 十堰, 七台河, 三台县) hidden, same length: the noun a
    count names runs on through `体现四川特色优势的标准` (s16; a numeral of a count still ends it: 和5个…)."""
    if not any(ch in NUMERAL_PLACE_OPENERS for ch in s):
        return s
    out, i = list(s), 0
    while i < len(s):
        end = numeral_place_end(s, i, short=True) if s[i] in NUMERAL_PLACE_OPENERS else 0
        if end:
            out[i:end] = ["・" if ch in NUMERAL_PLACE_OPENERS else ch for ch in s[i:end]]
            i = end
        else:
            i += 1
    return "".join(out)


LISTED_RATE_AFTER = re.compile(r"^(?:以上|以下|以内|左右)?\s*[和及与]\s*(?=[\d０-９.])")


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
    if tail_search(RATE_NAME, _strip_tail(core)):  # (the same match, searched near the end: scan.tail_search)
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
        # ((s30-tg2) not the next amount of a list, `分别削减2%、3%和4%`: `和4%` is the last item, not what 3% is of)
        post = LISTED_RATE_AFTER.split(post, 1)[0].strip()
    elif post_m and not POST_VERB.match(post_m.group(2)):
        words = post_m.group(2)
        post = words[:len(re.split(r"(?:开展|参加|参与|达到|享受|用于|实现|[和及与]?[\d一二两三四五六七八九十]+)",
                                   _place_numerals_masked(words))[0])].strip()
    counted_after = post and (not rate or not core)
    if counted_after:
        post_start = q.end + (1 if post_m.group(1) else 0)
        return post, pre_start, post_start + len(post)
    if core:
        return core, pre_start, q.end
    fallback = _strip_tail(pre) or (verb[1] if verb else "") or text[q.start:q.unit_end]
    return fallback, pre_start, q.end


CITED = re.compile(r"《(?:[^《》]|《[^《》]*》)*》|[〔\[［【]\s*(?:19|20)\d{2}\s*[〕\]］】]")


# (also the first year of a range: `二〇二一—二〇二五年`)
CN_YEAR = re.compile(r"[一二][〇○零一二三四五六七八九]{3}(?=\s*年|\s*" + RANGE_SEP_WORD + r"\s*[一二][〇○零一二三四五六七八九]{3}\s*年)")


def _arabic_year(m: re.Match) -> str:
    return "".join(str(CN_DIGIT[c if c != "○" else "〇"]) for c in m.group(0))


# `2016年起，全国每年…`, `2018年1月1日起，…提高至…`, `2020年秋季学期开始`: a start without 自/从 is still a start
# (open-ended like `自2016年起`), not the one year of a bare `2016年，…` (TG10).
BARE_YEAR_FROM = re.compile(r"(?<![自从\d])((?:19|20)\d{2})\s*年(?:度|\d{1,2}\s*月(?:份)?(?:\d{1,2}\s*日)?|[春秋]季(?:学期)?)?\s*(?:起|开始)(?!草|步|实施的|执行的)")


def _bare_year_from(s: str, issue_year: int | None) -> list[tuple[int, tuple[int | None, int | None]]]:
    """(a start before the issue year stays the bare year: `2015年开始，全市共培训…` reports the past)"""
    return [(m.end(), (int(m.group(1)), None)) for m in BARE_YEAR_FROM.finditer(s)
            if not (issue_year and int(m.group(1)) < issue_year) and not re.search(r"(?:到|至|截至|截止到?|比|较)\s*$", s[:m.start()])]


# ((s22-tg) also `2024年、2025年分两批再遴选70个左右城市`: one quota delivered over the listed years)
# ((s30-tg2) also joined by 和 and opening the sentence before its comma: `2010年和2011年，…安置率均达到95%以上`, each year the same
# demand, as central notices of the 2000s write it)
YEARS_EACH = re.compile(r"(?<![\d到至])(?:19|20)\d{2}\s*年(?:\s*[、和及]\s*(?:19|20)\d{2}\s*年)+(?=\s*(?:每年|各|均|都|分(?:[两二三四五]|\d)?批|[，,]))")


SINCE_YEAR = re.compile(r"(?:自|从)?\s*(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月份?(?:\s*\d{1,2}\s*[日号])?)?\s*以来")


@lru_cache(maxsize=4096)  # a pure function of its arguments; a paragraph's opening is asked for per number
def _year_from(s: str, issue_year: int | None = None) -> tuple[int | None, int | None] | None:
    """The last time expression in `s`: `到2025年` -> (None, 2025), `2025-2027年` -> (2025, 2027).

    A baseline (`较2020年翻一番`, `比2015年增长`) is not the target's year."""
    if "年" not in s and "五" not in s and "世纪" not in s and "今" not in s and not ("月" in s and "前" in s) and "期" not in s \
            and "汛前" not in s:
        return None  # every time expression below holds 年, 五 of a five-year plan (十四五, “九五”), 世纪 (本世纪末), 今冬
        # or a month's deadline (`6月底前`), or 汛前 (before the flood season, SEASON_DEADLINE)
    s = _ascii_digits(s)
    s = _arabic_dates(s)  # 二〇一〇年 → 2010年, 二〇二四年一月一日 → 2024年1月1日 (same length: offsets kept)
    s = BASELINE_YEAR.sub(lambda m: " " * len(m.group(0)), s)
    if "以来" in s:  # (s21-tgyear) `对2013年以来已改户厕开展“回头看”`: since a past year looks back, no target's year
        s = SINCE_YEAR.sub(lambda m: " " * len(m.group(0)), s)
    # a year inside a cited title or document number is not a time expression (spec §8)
    s = CITED.sub(lambda m: " " * len(m.group(0)), s)
    if ("会" in s or "杯" in s) and any(h in s for h in EVENT_HINTS):
        s = EVENT_YEAR.sub(lambda m: " " * len(m.group(0)), s)  # `以2022年北京冬奥会为契机`: a year in an event's name
    found: list[tuple[int, tuple[int | None, int | None]]] = []
    for m in YEAR_RANGE.finditer(s):
        found.append((m.end(), (int(m.group(1)), int(m.group(2)))))
    for m in DATE_RANGE.finditer(s):  # `2024年1月1日至2026年12月31日` → 2024/2026 (spec 1.1)
        found.append((m.end() + 1, (int(m.group(1)), int(m.group(2)))))
    for m in YEAR_BY.finditer(s):
        y = int(m.group(1) or m.group(2))
        found.append((m.end(), (None, y)))
    for m in YEAR_ONE.finditer(s):
        if any(m.start() < e and m.end() > e - len(m.group(0)) - 12 and e >= m.end() for e, _ in found):
            continue
        if re.search(r"(?:到|至|截至|截止到?|展望|自|从)\s*$", s[: m.start()]):
            continue
        found.append((m.end(), (int(m.group(1)), int(m.group(1)))))
    for m in YEAR_FROM.finditer(s):
        found.append((m.end(), (int(m.group(1)), None)))
    if "、" in s or "和" in s or "及" in s:  # (s19-tg) `2021年、2022年每年不少于4000人`: the listed years, each the same demand, span first to last
        for m in YEARS_EACH.finditer(s):
            ys = [int(y) for y in re.findall(r"(?:19|20)\d{2}", m.group(0))]
            if all(b == a + 1 for a, b in zip(ys, ys[1:])):
                found.append((m.end() + 1, (ys[0], ys[-1])))
    if "迟" in s or "晚" in s:  # `最迟于2021年底`, `不晚于2022年`: a deadline read like 到 (spec 1.1 section 7)
        found += [(m.end() + 1, (None, int(m.group(1)))) for m in LATEST_BY.finditer(s)]
    found += _deadline_dates(s) + _from_year_effort(s) + _relative_years(s, issue_year) + _year_end_deadlines(s) + _by_years_joined(s)
    if "起" in s or "开始" in s:
        found += _bare_year_from(s, issue_year)
    if issue_year:
        found += _years_within(s, issue_year) + _relative_deadlines(s, issue_year) + _century_marks(s, issue_year)
    for m in DURATION_FROM.finditer(s):  # `从2012年起5年内` → 2012/2016 (spec 1.1)
        start = int(m.group(1))
        found.append((m.end() + 1, (start, start + _count(m.group(2)) - 1)))
    if issue_year:
        for m in AHEAD_IN_SENTENCE.finditer(s):  # `今后三年，…`, `未来五年` counted from the issue year (spec 1.1)
            found.append((m.end(), (issue_year, issue_year + _count(m.group(1)) - 1)))
        for m in EFFORT_YEARS.finditer(s):  # `力争用3年时间`, `通过五年努力`: the same, as older plans write it
            found.append((m.end(), (issue_year, issue_year + _count(m.group(1)) - 1)))
    for m in FIVE_YEAR.finditer(s):
        if not m.group(1) and (m.group(3) or "") in ("", "时期", "期间") and SINCE_AFTER.match(s, m.end()):
            continue  # (s29-central) `“十二五”以来，累计改造…`: since the plan began, a review of what was done (RETROSPECT); no
            # period for the goals after it
        if "年" in s[m.end():m.end() + 12] and YEAR_ROLE_AFTER.match(s, m.end()) and YEAR_ROLE_BEFORE.search(s, 0, m.start()):
            continue  # (s27-tg) `2016年是“十三五”开局之年`: the period names the year's place in it; the year is the time
        if not m.group(1) and not m.group(3) and FIVE_YEAR_DESIGNATES.match(s, m.end()):
            continue  # (s31-tg) `在"十三五"省级贫困村优先布局…`: the plan names a class of villages or households (those listed
            # for it), not the time the target is for
        if not m.group(1) and not m.group(3) and FIVE_YEAR_NAMES_WORK.match(s, m.end()):
            continue  # (s29-tg) `到2025年底，纳入“十四五”改造任务的老旧小区基本完成改造，…满意度达到90%以上`: the plan names the
            # work (whose tasks, which projects) the sentence is about; the deadline is the time (spec §7)
        first = FIVE_YEAR_PLAN_START[m.group(2)]
        span = (None, first + 4) if (m.group(1) or (m.group(3) or "").endswith("末")) else (first, first + 4)
        if m.group(3) == "中期":
            span = (None, first + 2)  # (s14b) `到“十四五”中期`: by the plan's middle year, read like 到2023年
        found.append((m.end(), span))
    for m in EARLY_PLAN.finditer(s):  # `“九五”期间` (1996–2000), read as the years extractor does
        if SINCE_AFTER.match(s, m.end()):
            continue  # (s29-central) `“九五”以来`: a review, as above
        if s.startswith("普法", m.end()):
            continue  # (s21-tgyear) `“八五”普法`: a law-popularisation campaign's name (years.LAW_CAMPAIGN)
        first = EARLY_PLAN_START[m.group("q") or m.group("u")]
        by = m.group("last") or re.search(r"(?:到|至)\s*$", s[:m.start()])
        found.append((m.end(), (None, first + 4) if by else _plan_span(first, m)))
    if "期末" in s:  # `到规划期末，…`, `期末，…`: by the end of the plan's own period (resolved per target: PLAN_END_MARK)
        found += [(m.end(), (None, PLAN_END_MARK)) for m in PLAN_END.finditer(s)]
    if "期内" in s or "期间" in s:  # `规划期内，…`: the plan's own period (resolved per target)
        found += [(m.end(), (PLAN_END_MARK, PLAN_END_MARK)) for m in PLAN_SPAN.finditer(s)]
    # (s21-tgyear) the plan's own years named by their count yield to a deadline of the same sentence
    # (`到2018年底，…；三年累计培训电子商务人才1.5万人次` is due by 2018)
    if not any(f[1][0] is None and f[1][1] for f in found):
        if "计" in s:  # (s14) `三年累计建成充电桩5000个`: the total over the plan's own years (resolved per target)
            found += [(m.end(), (PLAN_END_MARK, PLAN_END_MARK)) for m in YEARS_TOTAL.finditer(s)]
        if "年内" in s or "年之内" in s:
            found += [(m.end(), (PLAN_END_MARK, PLAN_END_MARK)) for m in YEARS_WITHIN_CLAUSE.finditer(s)]
    if not found:
        return None
    return max(found, key=lambda f: f[0])[1]


# (s29-central) `“十三五”以来`, `“九五”以来`, `“十一五”以来的`: since a plan's start, the review of a preamble or a 发展基础
# section (the years up to the issue date), never the period of a goal.
SINCE_AFTER = re.compile(r"\s*(?:时期|期间)?\s*(?:以来|来)")


# (s27-tg) `2016年是“十三五”开局之年`, `今年是“十四五”规划的收官之年`: a five-year plan named as what a year is the first, key
# or last year of (a one-year plan's opening) dates nothing; the year before it is the time (spec §7).
YEAR_ROLE_BEFORE = re.compile(r"(?:(?:19|20)\d{2}\s*年|今年|明年)\s*(?:是|为|作为)\s*(?:全面)?(?:实施|推进|落实|开启|谋划)?\s*$")
YEAR_ROLE_AFTER = re.compile(r"\s*(?:规划|计划)?\s*(?:的)?\s*[\p{Han}]{0,6}?(?:之年|一年)")


# (s29-tg) A five-year plan written as the owner of a plan's tasks, projects or goals, closed by 的 (`纳入“十四五”改造任务的
# 小区`, `“十三五”规划确定的目标`, `列入“十四五”项目库的项目`): a modifier naming which work, not a time expression.
FIVE_YEAR_DESIGNATES = re.compile(r"(?:国家级|省级|市级|州级|县级|重点)?(?:贫困|建档立卡|深度贫困|易地扶贫搬迁)"
                                  r"[\p{Han}]{0,4}?(?:村|县|乡|镇|户|人口|对象|地区)")
FIVE_YEAR_NAMES_WORK = re.compile(r"[\p{Han}]{0,4}?(?:规划|计划|任务|目标|项目库?|清单)[\p{Han}]{0,4}?的")


# The year_end `_year_from` gives `到规划期末` / `到期末`: the last year of the plan the target belongs to, known only
# where the target is (`_resolve_plan_end`); never a year of its own.
PLAN_END_MARK = 0


YEARS_TOTAL = re.compile(r"(?<![近前连续过去最\d一二两三四五六七八九十])(?:[两三四五六七八九十]|\d{1,2})\s*年(?:内|间)?(?:累计|共计|合计|总计)")
# (s21-tgyear) `（四）品牌建设。三年内新增中国驰名商标5件`: a bare `N年内` opening its clause before a verb of doing is the
# plan's own years (spec §7: the plan's period gives `N年内` its start), as `三年累计`; resolved only where the plan states
# a period (else not read). Not `近三年内` (who qualifies), not `三年内只能…` / `三年内不得…` (no verb of doing follows).
YEARS_WITHIN_CLAUSE = re.compile(r"(?:^|(?<=[。；;，,：:\n]))[ \t\u3000]*(?:在\s*)?(?:[两三四五六七八九十]|\d{1,2})\s*年(?:内|之内)"
                                 r"(?=(?:累计|共|每年)?(?:新增|新建|新培育|新发展|建成|创建|培育|引进|完成|实现|打造|改造|认定|争创))")
# (s20-tg: also `三年行动期间，…`, a 行动计划's own years named by its length)
PLAN_SPAN = re.compile(r"(?<![\p{Han}])(?:本|在)?(?:(?:规划|计划|方案|纲要)|(?:[两三四五]|\d)\s*年行动)(?:实施)?(?:期内|期间)")


def _stated_span(period) -> bool:
    """A plan period with both its years, more than one (`（2021—2025年）`)."""
    return bool(period and period[0] and period[1] and period[0] < period[1])


def _resolve_plan_end(years, plans, pos: int):
    if years[1] != PLAN_END_MARK:
        return years
    period = _period_at(plans, pos)
    if years[0] == PLAN_END_MARK:
        return period if period and period[1] else None
    return (None, period[1]) if period and period[1] else None


LATEST_BY = re.compile(r"(?:最迟|最晚|不晚于|不迟于)\s*(?:于|在|到)?\s*((?:19|20)\d{2})\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?)?"
                       r"\s*(?:年底|年末|底|末)?\s*(?:前|以前|之前)?")
# `2024年6月底前`, `在2012年6月30日前`, `2023年10月以前`: a deadline to a month or day reads like 到
# (spec 1.1 section 7: `2025年底前` → null/2025).
# ((s32-tg2) also a season of a written year, `2016年采暖季前新增集中供热面积30万平方米`, `2020年汛期前`: by then, null/that year)
DEADLINE_DATE = re.compile(r"((?:19|20)\d{2})\s*年\s*(?:\d{1,2}\s*月份?\s*(?:\d{1,2}\s*[日号])?\s*(?:底|末|中旬|上旬|下旬)?"
                           r"|(?:主?汛期?|雨季|入冬|入汛|春节|春耕|秋收|开学|[供采]暖[期季])\s*)\s*(?:前|以前|之前)")
# `从2008年起，用三年时间`, `自2019年开始，力争用5年左右时间`: a start and a length in years.
FROM_YEAR_EFFORT = re.compile(r"((?:19|20)\d{2})\s*年(?:起|开始)[，,]?\s*(?:力争|争取|计划)?\s*(?:用|经过|通过)\s*"
                              r"(\d{1,2}|[一二两三四五六七八九十])\s*年(?:左右)?(?:的)?(?:时间|努力)")
# `今年全县新增…`, `明年力争…`: counted from the year the notice was issued (`今年以来` looks back).
RELATIVE_YEAR = re.compile(r"(今明两年|明后两年|今年|明年|今[春夏秋](?!明)|今冬(?!明春)|(?<![基根资成样日版剧账])本年度?|(?<![\d一二两三四五六七八九十百半几多数周月])年内)(?!以来|来|初以来)")


# `2010年末，全县地区生产总值达到80亿元`, `2014年底，耕地保有量不低于40万亩`: the end of a year without 到
# or 前 is a deadline too (spec 1.1 section 7: `“十二五”末，…` → null/2015).
MONTH_END = re.compile(r"(?<![到至止\d])\s*((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月份?\s*(?:底|末)(?!前|以前|之前|以来|[-—–―－~～至到])")
YEAR_END = re.compile(r"(?<![到至止\d])\s*((?:19|20)\d{2})\s*年\s*(?:年底|年末|底|末)(?!前|以前|之前|以来|[-—–―－~～至到])")
# `力争3年内，全县…`, `争取用两年左右`: a length counted from the issue year, like 今后三年 (spec 1.1).
YEARS_WITHIN = re.compile(r"(?:力争|争取|计划|努力)\s*(?:用|在)?\s*(\d{1,2}|[一二两三四五六七八九十])\s*年(?:内|左右)")


# `到2010年和2020年，…分别不低于6000万亩和5900万亩`, `到2023年、2025年`: 到 reaches every year of the list.
BY_YEARS = re.compile(r"(?:到|至)\s*(?:19|20)\d{2}\s*年(?:底|末)?(?:\s*(?:和|、|及|与)\s*(?:19|20)\d{2}\s*年(?:底|末)?)+")
YEAR_IN_LIST = re.compile(r"((?:19|20)\d{2})\s*年(?:底|末)?")


def _by_years_joined(s: str) -> list[tuple[int, tuple[int | None, int | None]]]:
    if "到" not in s and "至" not in s:
        return []
    out = []
    for m in BY_YEARS.finditer(s):
        for y in list(YEAR_IN_LIST.finditer(s, m.start(), m.end()))[1:]:
            out.append((y.end() + 1, (None, int(y.group(1)))))
    return out


YEARS_LISTED = re.compile(r"(?<![到至\d])(?:19|20)\d{2}\s*年(?:度)?(?:\s*(?:、|和|及|与)\s*(?:19|20)\d{2}\s*年(?:度)?)+")


def _respective_year(text: str, sentence_start: int, q: Quantity) -> tuple[int | None, int | None] | None:
    """`到2010年和2020年，耕地保有量分别不低于6000万亩和5900万亩`: the k-th amount after 分别 is by the
    k-th year of the list (spec 1.1: several years in one sentence)."""
    k = text.rfind("分别", sentence_start, q.start)
    if k < 0:
        return None
    m = None
    for m in BY_YEARS.finditer(text, sentence_start, k):
        pass
    bare = None
    if m is None:
        # `2021年、2022年、2023年分别完成改造300户、400户、500户`: a schedule, each year its own (TG10)
        for bare in YEARS_LISTED.finditer(text, sentence_start, k):
            pass
        if bare is None:
            return None
        m = bare
    years = [int(y.group(1)) for y in YEAR_IN_LIST.finditer(text, m.start(), m.end())]
    i, end = 0, k
    for t in TOKEN.finditer(text, k, q.start):
        if t.start() < end:
            continue  # (s15) the 万 of `25万家` is a token of its own inside the amount just counted
        r = read_quantity(text, t)
        if r is not None and r.unit and text[r.start - 1:r.start] != "每":
            i, end = i + 1, r.end
        # ((s26-central) not `每千名老年人` in `分别达到每千名老年人35张和40张`: the unit a density counts per, no amount)
    if i >= len(years):
        return None
    return (years[i], years[i]) if bare is not None else (None, years[i])


def _year_end_deadlines(s: str) -> list[tuple[int, tuple[int | None, int | None]]]:
    if "底" not in s and "末" not in s:
        return []
    out = []
    for m in YEAR_END.finditer(s):
        if re.search(r"(?:到|至|截至|截止到?|自|从|比|较|(?:成立|始建|建|设立|组建|启动|开始|完成|发生)于)\s*$", s[:m.start(1)]):
            continue  # 到2025年底 (read by YEAR_BY), 截至2019年底, 比2020年底, 成立于2019年底 (s14: `于2025年底建成` is a deadline)
        out.append((m.end() + 1, (None, int(m.group(1)))))
    if "月" in s:  # (s14) `2025年6月底，…`: a month's end without 前 reads like 到 too
        for m in MONTH_END.finditer(s):
            if not re.search(r"(?:到|至|截至|截止到?|自|从|比|较|(?:成立|始建|建|设立|组建|启动|开始|完成|发生)于)\s*$", s[:m.start(1)]):
                out.append((m.end() + 1, (None, int(m.group(1)))))
    return out



# `三年内，全省发展…`: N年内 opening its sentence is the horizon of what follows, counted from the issue year
# (like `力争3年内`); inside a clause (`1年内完成`) it stays a time limit.
YEARS_WITHIN_OPENING = re.compile(r"^[\s——]*(?:在|今后)?\s*(\d{1,2}|[一二两三四五六七八九十])\s*年(?:内|之内)[，,]")


def _years_within(s: str, issue_year: int) -> list[tuple[int, tuple[int | None, int | None]]]:
    if "年" not in s:
        return []
    out = [(m.end(), (issue_year, issue_year + _count(m.group(1)) - 1)) for m in YEARS_WITHIN.finditer(s)]
    m = YEARS_WITHIN_OPENING.match(s)
    if m and not out:
        out.append((m.end(), (issue_year, issue_year + _count(m.group(1)) - 1)))
    return out


def _deadline_dates(s: str) -> list[tuple[int, tuple[int | None, int | None]]]:
    if "前" not in s:
        return []
    return [(m.end(), (None, int(m.group(1)))) for m in DEADLINE_DATE.finditer(s)]


def _from_year_effort(s: str) -> list[tuple[int, tuple[int | None, int | None]]]:
    if "年" not in s or not ("用" in s or "经过" in s or "通过" in s):
        return []
    out = []
    for m in FROM_YEAR_EFFORT.finditer(s):
        start = int(m.group(1))
        out.append((m.end() + 1, (start, start + _count(m.group(2)) - 1)))
    return out


def _relative_years(s: str, issue_year: int | None) -> list[tuple[int, tuple[int | None, int | None]]]:
    if not issue_year or not ("今" in s or "明年" in s or "年内" in s or "本年" in s or "明后" in s):
        return []
    out = []
    for m in RELATIVE_YEAR.finditer(s):
        if m.group(1) == "今明两年":  # this year and the next
            out.append((m.end(), (issue_year, issue_year + 1)))
            continue
        if m.group(1) == "明后两年":  # (s14b) the next two years
            out.append((m.end(), (issue_year + 1, issue_year + 2)))
            continue
        y = issue_year + (1 if m.group(1) == "明年" else 0)
        if m.group(1) in ("今年", "明年") and s[max(0, m.start() - 1):m.start()] in ("到", "至"):
            out.append((m.end(), (None, y)))  # (s14) `到明年，…`: a deadline, read like 到2024年
            continue
        out.append((m.end(), (y, y)))
    return out


# `从今年起，每年…` (open-ended from the issue year, like `自2019年起`); `年底前`, `今年年底`, `明年底前` (a deadline
# read like 到: null/year, spec 1.1 section 7). Not `每年年底前` (a yearly date), `上年底`, `当年年底` (whose year?).
RELATIVE_FROM = re.compile(r"(?:从|自)\s*(今年|明年)\s*(?:起|开始)")
# ((s32-tg2) also mid-sentence after its subject, `县内燃煤电厂机组年底前完成超低排放改造，…分别不高于10、35毫克/立方米`: a work
# to complete by then (not a recurring level, `毕业生年底前就业率达到90%`, a date of every year in a standing policy); not
# after a word that names another year, 每年/当年/上年/次年/去年/同年/该年/本年)
RELATIVE_DEADLINE = re.compile(r"(今年|明年|(?<![\d\p{Han}])|(?<=[在于到至争保]))\s*(?:年底|年末|底)\s*(?:前|以前|之前)|(今年|明年)\s*(?:年底|年末|底|末)"
                               r"|(?<=[\p{Han}])(?<![年每当上次去同该本今明前])(?:年底|年末)\s*(?:前|以前|之前)(?=\s*(?:要|须|应|必须)?\s*(?:全部|基本|全面|全数|一律)?\s*"
                               r"(?:完成|建成|安装|拆除|淘汰|关停|取缔|改造|整治|实现|落实|到位|投运|投用))"
                               r"|(?<=(?<![\p{Han}])[到至])\s*(?:年底|年末)(?!\s*(?:前|以前|之前))")  # (s20-tg: `，到年底力争…`)
WINTER_SPRING = re.compile(r"今冬明春")
# (s26-a20tg) `今年春节前`, `明年汛前`, `明年春耕前`: a season's deadline in the year a relative word names, read like 到 (null/that
# year; SEASON_DEADLINE is the same without the word, in the year counted from)
RELATIVE_SEASON_DEADLINE = re.compile(r"(今年|明年)\s*(?:主?汛期?|雨季|入冬|入汛|春节|春耕|秋收|开学|[供采]暖[期季])\s*(?:前|以前|之前)")
# `6月底前完成…`, `9月30日前`, `今年10月份以前`: a month's deadline without its year is in the year counted from
# (the issue year, like `年底前`); not `每年6月底前` (a yearly date), `次年3月前`, `明年6月` (left), `3个月前`.
MONTH_DEADLINE = re.compile(r"(?<![\d年每次当翌])(?:今年|本年)?\s*(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s*月份?\s*(?:\d{1,2}\s*[日号])?\s*"
                            r"(?:底|末|中旬|上旬|下旬)?\s*(?:前|以前|之前)")
# (s23-tg2, guide Y5) A quarter's or a season's deadline without its year (`三季度前`, `三季度末完成90%`, `汛期前完成清淤20公里`,
# `入冬前`) is read like a month's: null/the year counted from. Not `每年汛期前` (a yearly date); `上半年`, `全年` state spans.
# ((s33-tg) `汛前` is 汛 and its 前: `汛前完成圩堤隐患排查整改率100%`; not `防汛前期`, `汛前期`)
SEASON_DEADLINE = re.compile(r"(?<![\d年每次当翌明去])(?:第?[一二三四1-4]\s*季度\s*(?:末|底)?\s*(?:前|以前|之前)|第?[一二三四1-4]\s*季度\s*(?:末|底)"
                             r"|(?:主?汛期|(?<![防抗])汛(?=前(?!期))|雨季|入冬|入汛|春节|春耕|秋收|开学|[供采]暖[期季])\s*(?:前|以前|之前))")
# `力争用3—5年时间`, `经过三到五年努力`: a length given as a range runs to its longer end.
EFFORT_RANGE = re.compile(r"(?:用|经过|通过)\s*(?:\d{1,2}|[一二两三四五六七八九十])\s*" + RANGE_SEP_WORD + r"\s*(\d{1,2}|[一二两三四五六七八九十])\s*年(?:左右)?(?:的)?(?:时间|努力)")


# `到本世纪末` in a notice of the 1990s is 2000; `到本世纪中叶` in one of this century 2050.
CENTURY_MARK = re.compile(r"(到|至)?\s*本世纪(末|中叶|中期)")


def _century_marks(s: str, issue_year: int) -> list[tuple[int, tuple[int | None, int | None]]]:
    if "世纪" not in s:
        return []
    out = []
    for m in CENTURY_MARK.finditer(s):
        century = issue_year // 100 * 100
        out.append((m.end(), (None, century + (100 if m.group(2) == "末" else 50))))
    return out


# `新建公共停车泊位5000个，于2021年底前建成投用`, `改造老旧小区20个，年底前全部完工`: a deadline after the
# number in its own sentence (spec 1.1 section 7: a time expression in the target's own sentence comes first),
# read when nothing before the number dates it, no other number comes between, and it lies in the number's
# comma clause or the next one. Only deadlines, ranges and starts: a bare year after it (`2024年完成`) is left.
DIGIT = re.compile(r"[0-9０-９]")
DATE_PART = re.compile(r"[0-9０-９]+\s*[年月日号]")
CUMULATIVE_AFTER = re.compile(r"累计|总数|总量|总规模|总计|共计")
DEADLINE_LEAD = re.compile(r"[\s　]*(?:并|且|要|须|应|力争|确保|争取|均|全部|全面|基本|计划|预计|于|在|分别|最迟|最晚|到|至|截至|截止|并于|其余)*[\s　]*"
                           r"(?:今年|明年|本年|今|明|本)?")
# (s27-tg2) what a later clause may say besides its deadline and still be the deadline of the number's own work
COMPLETION_ONLY = re.compile(r"\s*(?:年?底|末|中)?\s*(?:前|以前|之前)?\s*[，,]?\s*(?:要|须|应|力争|确保)?\s*(?:全部|基本|全面|如期)?\s*"
                             r"(?:完成|建成|完工|竣工|投用|投运|投产|运行|投入使用|到位|达标|交付使用|建设完成|改造完成)+"
                             r"(?:任务|并?投入使用|投用|投运|[\p{Han}]{1,6})?\s*")  # (`，2015年10月底前完成主体工程`: the same works' part)
DEADLINE_AFTER_START = re.compile(r"(?:19|20)\d{2}\s*年|[０-９]{4}\s*年")


def _deadline_after(text: str, q: Quantity, hi: int, issue_year: int | None,
                    yearly_in_period: bool = False) -> tuple[int | None, int | None] | None:
    end = _forward_to(text, q.end, hi, SENTENCE_BREAK)
    seg = text[q.end:end]
    if "年" not in seg or ("前" not in seg and "底" not in seg and "末" not in seg and "到" not in seg and "至" not in seg
                          and "起" not in seg):
        return None
    d = DIGIT.search(seg)
    if d is not None and not DEADLINE_AFTER_START.match(seg, d.start()):
        return _list_deadline(seg, issue_year)  # another number comes first
    cut = d.start() if d is not None else seg.find("年")
    if len(CLAUSE_BREAK.findall(seg[:cut])) > 1 or re.search(r"[；;：:]", seg[:cut]):
        return None
    brk = CLAUSE_BREAK.search(seg, 0, cut)
    m = CLAUSE_BREAK.search(seg, cut)
    tail = seg[:m.start() if m else len(seg)]
    rest = DATE_PART.sub("", tail[cut:])
    running_total = (q.unit and CUMULATIVE_AFTER.search(rest) and text.find("全年", max(0, q.start - 24), q.start) < 0
                     and re.search(r"\d[\d.]*\s*[万亿千]?\s*" + re.escape(q.unit), rest))
    if DIGIT.search(rest) and not running_total:
        return None
    if running_total and yearly_in_period:
        return None  # (s29-tg, guide S22) `每年打造精品示范村20个以上，到2025年累计建成…100个以上` in a plan for 2021—2025: the
        # yearly amount runs over the plan's stated period (the golds of a86 and a288), the total is due by its deadline  # `每年新建2个，到2021年建成1个以上`: the deadline leads the number after it
        # (s15) but not a running total of the same count (`每年新增…100家以上，到2025年累计达到800家`): the yearly
        # additions run to the year the total is reached by (s19-tg: not `全年新建…，到2025年累计…`: this year's own number)
    if brk is not None and not (DEADLINE_LEAD.fullmatch(seg, brk.end(), cut) and (running_total or COMPLETION_ONLY.fullmatch(rest))):
        return None  # (s27-tg2, guide S22: a year dates its own clause and the `，` clauses after it, not the clauses before
        # it) `新增冷库库容5000立方米以上，到2025年实现…全覆盖`, `每个村至少培育1个…，年底前实现…全覆盖`: the next clause's own
        # goal and deadline; only a clause that merely completes the same work (`，于2021年底前建成投用`) dates the number
    y = _year_from(tail, issue_year)
    if y is None or (y[0] is not None and y[0] == y[1]):
        return None  # a bare year (`2024年完成`) is no deadline
    return y


# (s14) The deadline an item's annotation gives the whole item, after the sentence that sets the number: a bracket
# naming who is responsible and when (`建成政务云节点3个。（责任单位：省大数据局；完成时限：2022年底前）`, `（省政府办公厅
# 牵头，2022年12月底前完成）`) or a labelled line under it (`完成时限：2022年底前`). Read like 到 (spec 1.1 §7: a
# deadline without 到); a bare year or month after a 时限 label is a deadline too (`完成时限：2022年12月`). Only up to
# the next numbered item (a child's annotation is the child's).
ITEM_DEADLINE_LABEL = re.compile(r"(?:完成|办结|落实)?(?:时限|时间节点|完成时间)\s*[：:]\s*(?P<d>[^（）()；;。\n|]{2,24})")
ITEM_DEADLINE_BRACKET = re.compile(r"[（(](?P<b>[^（）()\n]{0,40}?(?:牵头|负责|配合|责任单位|责任部门)[^（）()\n]{0,40})[）)]")
ITEM_DEADLINE_IN_BRACKET = re.compile(r"(?:19|20)\d{2}\s*年[^（）()，,；;。、\n]{0,10}?(?:前|以前|之前|底|末)[^（）()，,；;。\n\d]{0,6}$")
ITEM_LABEL_LINE = re.compile(r"[ \t\u3000]*(?:(?:责任|牵头|配合|主责|协办)(?:单位|部门)|责任人)\s*[：:]|[ \t\u3000]*$")
ITEM_DEADLINE_LINE = re.compile(r"\n[ \t\u3000]*(?:完成|办结|落实)?(?:时限|时间节点|完成时间)\s*[：:]\s*(?P<d>[^（）()；;。\n|]{2,24})")
ITEM_DEADLINE_REACH = 240
ITEM_DEADLINE_WORDS = ("时限", "时间节点", "完成时间", "牵头", "负责", "责任单位", "责任部门")


def _deadline_cue_within(text: str, a: int, b: int) -> bool:
    """(speed only, s16) text[a:b] holds 年 and a word of ITEM_DEADLINE_WORDS: what `_item_deadline` needs in its region."""
    return text.find("年", a, b) >= 0 and any(text.find(w, a, b) >= 0 for w in ITEM_DEADLINE_WORDS)


def _item_deadline(ctx: Context, text: str, q: Quantity, issue_year: int | None) -> tuple[int | None, int | None] | None:
    end = min(len(text), q.end + ITEM_DEADLINE_REACH, ctx.layout.body_end)
    if not _deadline_cue_within(text, q.end, end):
        return None  # (speed only, s16: the region below is a prefix of this reach, so it holds none either)
    nl = text.find("\n", q.end, end)
    while nl >= 0:  # (up to the next numbered line)
        if NUMBERING_START.match(text[nl + 1:nl + 12].lstrip(" \t\u3000")) is not None or text.startswith("|", nl + 1):
            end = nl
            break
        nl = text.find("\n", nl + 1, end)
    region = text[q.end:end]
    if not any(w in region for w in ITEM_DEADLINE_WORDS) or "年" not in region:
        return None
    first = DIGIT.search(DATE_PART.sub(" ", _ascii_digits(region)))
    if first is not None:
        # (s36-tg) an item's own deadline line (`…补齐配齐垃圾收集容器，更新破损垃圾桶300个。` / `完成时限：2021年6月30日前`) dates
        # every number of the item, not only the last before it: the line after the item's text is the item's annotation
        line = ITEM_DEADLINE_LINE.search(region, first.start())
        if line is not None and all(ITEM_LABEL_LINE.match(x) for x in region[first.start():line.start()].split("\n")[1:]) \
                and not re.search(r"[（(]", region[:line.start()]):
            y = _deadline_years(line.group("d"), issue_year)
            if y is not None:
                return y
        region = region[:first.start()]  # (another number first: its annotation, not this one's)
    for m in ITEM_DEADLINE_LABEL.finditer(region):
        y = _deadline_years(m.group("d"), issue_year)
        if y is not None:
            return y
    for m in ITEM_DEADLINE_BRACKET.finditer(region):
        for part in re.split(r"[，,；;]", m.group("b")):
            if ITEM_DEADLINE_IN_BRACKET.search(part.strip()):
                y = _year_from(part, issue_year)
                if y is not None:
                    return (None, y[1])
    return None


def _deadline_years(cell: str, issue_year: int | None) -> tuple[int | None, int | None] | None:
    """The years a deadline (an annotation's 完成时限, a table's deadline cell) gives its target: a single year is read
    like 到 (`2022年12月底前` -> (None, 2022)), a range as written; None without a time expression."""
    y = _year_from(cell, issue_year)
    if y is None:
        return None
    return (None, y[1]) if y[0] is not None and y[0] == y[1] else y


# (s14) A task table's deadline column (`| 序号 | 重点任务 | 责任单位 | 完成时限 |`): the row's cell there dates the row's
# numbers, a bare year or month read like 到 (`2022年12月` under 完成时限 is a deadline), a range as written.
DEADLINE_COLUMN = re.compile(r"时限|完成时间|时间节点|完成期限|时间安排|进度安排|(?:建设|实施)(?:年限|期限|周期)")


# (s40b-twins) a deadline cell that dates the making of a facility (`2021年12月底前建成`, `…前建成，此后每年持续推进`): the
# deadline of what is built, not of a yearly amount in the row (`每年提供…100万株以上`, `…年均增长20%以上`), whose years are
# the plan's (spec §7: the plan's period), as the same table one cell per line reads
MADE_BY_DEADLINE = re.compile(r"\s*(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月(?:份)?)?\s*(?:底|末)?\s*(?:前|以前|之前)\s*(?:建成|建立|投用|投运|挂牌)")


def _row_deadline(text: str, lo: int, q: Quantity, issue_year: int | None, memo: dict,
                  per_year: bool = False) -> tuple[int | None, int | None] | None:
    line_start = _line_start(text, lo, q.start)
    line_end = _line_end(text, q.end)
    row_end = line_end if line_end >= 0 else len(text)
    if not _parted(text, line_start, row_end):
        return (_spaced_row_deadline(text, lo, line_start, row_end, issue_year, memo, q.end)
                or _line_cell_deadline(text, lo, line_start, line_end, issue_year, memo)
                or _header_cells_deadline(text, lo, line_start, line_end, issue_year, memo)
                or _spaced_year_column(text, lo, line_start, row_end, q, issue_year, memo))
    found = _deadline_head_cell(text, lo, line_start, row_end, q, memo)
    if found is None:
        # (s35-twins) a yearly pace in the deadline cell (`每年200个，2025年12月`): each year from the issue year to the
        # cell's deadline, as the same cell one per line reads
        pace = _piped_pace_cell(text, lo, q, memo)
        years = None if pace is None else _deadline_years(pace, issue_year)
        if years and years[0] is None and years[1] and issue_year and issue_year <= years[1]:
            years = (issue_year, years[1])
        return years
    head, cell = found
    if per_year and MADE_BY_DEADLINE.match(cell):
        return None
    if PERIOD_COLUMN.search(head):
        return _year_from(cell, issue_year)  # (s28-tg) a `建设年限` cell: the span as written
    return _deadline_years(cell, issue_year)


def _deadline_cell(text: str, lo: int, line_start: int, row_end: int, q: Quantity, memo: dict) -> str | None:
    """The 完成时限 cell of the `|`/tab row holding `q`, under a header naming such a column (DEADLINE_COLUMN), when the
    number is not in that column itself and the row has the header's cells; else None."""
    found = _deadline_head_cell(text, lo, line_start, row_end, q, memo)
    return None if found is None else found[1]


def _deadline_head_cell(text: str, lo: int, line_start: int, row_end: int, q: Quantity, memo: dict) -> tuple[str, str] | None:
    """(header cell, row cell) of the deadline column `_deadline_cell` reads."""
    found = _row_under_deadline_header(text, lo, line_start, text[line_start:row_end], q, memo)
    if found is None:
        return None
    col, cells, heads = found
    at = next((i for i, h in enumerate(heads) if DEADLINE_COLUMN.search(h)), None)
    if at is None or at == col or len(heads) != len(cells):
        return None
    return heads[at], cells[at]


def _row_under_deadline_header(text: str, lo: int, line_start: int, row: str, q: Quantity,
                               memo: dict) -> tuple[int, list[str], list[str]] | None:
    """(the column of `q`, the row's cells, the header's cells) of the `|`/tab row `row` that starts at `line_start`,
    when the table's header names a deadline column (DEADLINE_COLUMN); else None."""
    sep, col, cells = _row_column(row, text[line_start:q.start])
    header = _table_header(text, lo, line_start, sep, memo)
    if not header or not DEADLINE_COLUMN.search(header):
        return None
    return col, cells, _cells(header)


# (s26-a20tg) `12 | 安排不少于5%的建设用地指标… | 省自然资源厅 | … | 每年`: a deadline cell that says 每年 makes the row's amount
# per year (guide S22: the 完成时限 cell is the row's own time expression; spec §7 per_year 每年), unless the row dates the
# amount itself (`电商销售额2025年突破6亿元`) or it is a rate of its own (`病株率控制在1%以内`: a level). Rows are short: a line
# longer than ROW_REACH on either side of the number is no table row (and is not scanned).
ROW_REACH = 600
EVERY_YEAR_CELL = re.compile(r"\s*(?:每年度?|每一年|逐年|年度)\s*")


def _every_year_row(text: str, lo: int, q: Quantity, memo: dict) -> bool:
    line_start = text.rfind("\n", max(lo, q.start - ROW_REACH), q.start) + 1
    line_end = text.find("\n", q.end, q.end + ROW_REACH)
    if line_end < 0 and len(text) - q.end <= ROW_REACH:
        line_end = len(text)  # (s40b-twins) the last row of a text that ends there
    if (line_start == 0 and q.start - ROW_REACH > lo) or line_end < 0:
        return False
    row = text[line_start:line_end]
    if "|" not in row and "\t" not in row:
        return _every_year_line_cell(text, lo, line_start, line_end, memo)
    if "每" not in row:
        return False
    cell = _deadline_cell(text, lo, line_start, line_end, q, memo)
    return cell is not None and EVERY_YEAR_CELL.fullmatch(cell) is not None


def _every_year_line_cell(text: str, lo: int, line_start: int, line_end: int, memo: dict) -> bool:
    """(s40b-twins) The same row copied one cell per line (a web page's or a PDF's text layer): after the row's number and
    its task cell, a cell line `每年` before the next row's number, under a header with a deadline column."""
    if line_start <= lo or text.find("每", line_end, line_end + 200) < 0:
        return False
    prev_start = _row_number_above(text, lo, line_start)
    if prev_start is None:
        return False
    pos = line_end + 1
    for _ in range(CELL_ROW_LINES):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if pos >= end or LINE_ROW_NUMBER.fullmatch(text, pos, end):
            return False
        if EVERY_YEAR_CELL.fullmatch(text, pos, end):
            return _under_line_cell_header(text, lo, prev_start, memo)
        pos = end + 1
    return False


# (s22-tg2) A task table a PDF copy parts by single spaces (`序号 工作任务 牵头单位 配合单位 完成时限`, then
# `1 …改造渠道86公里 县水利局 县财政局 2024年12月`): the last cell of a numbered row under such a header is its deadline.
# (The copy's cleaning may glue the row number and the deadline to the Han text beside them: `1呼图壁河…乡镇2024年12月`.)
SPACED_DEADLINE_CELL = re.compile(r"(?<![\d.])((?:19|20)\d{2}(?:\s*年)?(?:\s*[—\-－至～~]\s*(?:19|20)\d{2})?\s*年[^\s\d]{0,4}"
                                  r"(?:\d{1,2}\s*月[^\s\d]{0,4})?)\s*$")
SPACED_ROW = re.compile(r"\s*\d{1,3}\s*[\p{Han}“]")
SPACED_ROWS_UP = 40  # (rows walked up to the header)


def _spaced_row_deadline(text: str, lo: int, line_start: int, line_end: int, issue_year: int | None,
                         memo: dict, after: int) -> tuple[int | None, int | None] | None:
    """The row is text[line_start:line_end], the number ends at `after`; a row that opens with no row number is not
    read further (nor copied)."""
    if not SPACED_ROW.match(text, line_start, line_end):
        return None
    row = text[line_start:line_end]
    cell = SPACED_DEADLINE_CELL.search(row) if "年" in row else None
    if cell is None or not _under_spaced_deadline_header(text, lo, line_start, memo):
        return _spaced_deadline_column(text, lo, line_start, row, after - line_start, issue_year, memo)
    return _deadline_years(cell.group(1), issue_year)


# (s31-tg2) A numbered table whose last column is headed by a later year (`序号　市（地）　2012年PM10年均浓度　2017年比2012年
# 下降比例`, then `1　哈尔滨市　102　10%`, which the cleaner may glue into `1哈尔滨市102 10%`): the column's year dates the
# number that ends each row like 到 (null/2017); a column headed by the issue year or an earlier one is a baseline.
# (s35-twins, issue 11) A PDF of the table without ruling (a web page printed, a copy laid out again) draws no gap the reader
# keeps between header cells, and sets spaces around digits (`2017 年比 2012 年`): the header reaches us as one glued
# cell (`序号市（地）2012年PM10年均浓度（微克/立方米）2017年比2012年下降比例`), still a numbered header.
LAST_COLUMN_YEAR = re.compile(r"((?:19|20)\d{2})\s*年(?:(?:比|较)\s*(?:19|20)\d{2}\s*年)?[\p{Han}（）()/%]{0,14}$")


def _numbered_header(cells: list[str]) -> str | None:
    return (" ".join(cells) if cells and cells[0].startswith("序号") and (len(cells) >= 2 or len(cells[0]) > 4)
            else None)


def _spaced_year_column(text: str, lo: int, line_start: int, line_end: int, q: Quantity, issue_year: int | None,
                        memo: dict) -> tuple[int | None, int | None] | None:
    if not issue_year or text[q.end:line_end].strip() or not SPACED_ROW.match(text, line_start, line_end):
        return None
    header = _spaced_header_above(text, lo, line_start, memo, "numbered-header", _numbered_header)
    m = LAST_COLUMN_YEAR.search(header) if header else None
    return (None, int(m.group(1))) if m and int(m.group(1)) > issue_year else None


# (s25-tg) The same table with its deadline column inside the row (`序号 任务内容 完成时限 责任单位`, then `2 新（改）建户厕320户
# 10月底前 镇农业服务中心、各村（社区）`, a web copy, which the cleaner may glue into `2新（改）建户厕320户10月底前`): the
# time expression after the row's number in its task cell is the deadline; a month without its year is the plan's (guide
# Y5: null/the year).
def _spaced_deadline_column(text: str, lo: int, line_start: int, row: str, after: int, issue_year: int | None,
                            memo: dict) -> tuple[int | None, int | None] | None:
    rest = row[after:]
    if ("前" not in rest and "底" not in rest and "年" not in rest and "末" not in rest) or not SPACED_ROW.match(row):
        return None
    if (found := _spaced_deadline_header(text, lo, line_start, memo)) is None:
        return None
    heads, at = found
    if PERIOD_COLUMN.search(heads[at]):
        return _year_from(rest, issue_year)  # (s28-tg) a `建设年限` cell: the span as written
    return _deadline_years(rest, issue_year)


# (s25-tg, guide Y5) `全年集中清洁行动不少于12次`, `年内建成…` in a one-year plan: a word stating the year as a span in the
# target's own clause gives the plan's year, start and end, before a deadline that opens the paragraph (`到2022年底，…具体
# 目标是：`, read like 到).
SPAN_WORD = re.compile(r"全年|(?<![一二三四五六七八九十两\d])年内|本年度?")


# (s28-tg, guide Y5) `到2020年底：全年完成营造林12万亩，其中新造林2万亩…` in a plan for 2020—2025: a word stating the year as a
# span (全年, 年内) in the target's own `；` clause, under a deadline (its sentence's or its paragraph's), makes the
# deadline's year the span the amount is counted over (2020/2020), as a one-year plan's `全年` is (`_span_in_plan_year`).
# Only in the target's own clause (or the clause its `其中` list restates), and not as the year's task or goal a share is
# of (`完成全年拆违任务的60%`).
YEARS_TASK_AFTER = re.compile(r"[^，,；;。]{0,10}?(?:任务|目标|计划|指标)")


def _restated_clause_start(text: str, lo: int, clause_start: int, clause_prefix: str) -> int:
    """The start of the clause a `其中` clause restates (the `，` clause before it), else the clause's own start."""
    if clause_start > lo and text[clause_start - 1] in "，," and clause_prefix.lstrip().startswith("其中"):
        return _back_to(text, clause_start - 1, lo, CLAUSE_BREAK)
    return clause_start


def _span_of_deadline_year(text: str, lo: int, pos: int) -> bool:
    m = SPAN_WORD.search(text, lo, pos)
    return m is not None and YEARS_TASK_AFTER.match(text, m.end(), pos) is None


# (s29-tg2, guide Y13 as Y5) `全年培训下岗职工6万人次以上` in a one-off 通知 or 意见 with no stated period: the year the
# word states is the issue year, as `今年` and a bare `年底前` are there (a 办法 or 条例 keeps its 全年 as a yearly span, and
# so does a standing yearly rule, `每年年底前…，全年新增就业不少于500人`: per year, every year). The genre is metadata's
# doc_type (通知, 意见, 实施意见…).
ONE_OFF_GENRES = ("通知", "意见")


def _span_in_notice_year(ctx: Context, clause_prefix: str, plans, pos: int, rel_year: int | None) -> tuple[int, int] | None:
    if rel_year is None or "年" not in clause_prefix or (m := SPAN_WORD.search(clause_prefix)) is None:
        return None
    if YEARS_TASK_AFTER.match(clause_prefix, m.end()) is not None or _period_at(plans, pos) is not None:
        return None
    return (rel_year, rel_year) if (ctx.metadata.doc_type or "").endswith(ONE_OFF_GENRES) else None


# (s30-tg2, guide Y5 and S22's reach of a time expression) `开展“万人助万企”活动，全年走访服务企业不少于5000户次，帮助解决
# 企业问题诉求办结率达到95%以上` in a one-year plan (a task-table row): a span word opening a clause dates that clause and
# the `，` clauses after it, up to a `；`, as a written year does.
def _span_reach(text: str, sentence_start: int, clause_start: int, pos: int) -> int:
    """Where a span word that dates the target's clause may stand: the clause of its `；` stretch that opens with one,
    unless a time expression of its own follows (`全年新建…1000个以上，到2025年累计建成3000个以上`: the deadline's)."""
    if clause_start <= sentence_start:
        return clause_start
    semi = max(text.rfind("；", sentence_start, clause_start), text.rfind(";", sentence_start, clause_start))
    m = SPAN_CLAUSE_OPENING.search(text, max(sentence_start, semi + 1), clause_start)
    return m.start(1) if m and _year_from(text[m.end():pos]) is None else clause_start


SPAN_CLAUSE_OPENING = re.compile(r"(?:^|(?<=[，,\t]))[ \u3000]*(" + SPAN_WORD.pattern + ")", re.M)


def _span_in_plan_year(clause_prefix: str, plans, pos: int) -> tuple[int, int] | None:
    if "年" not in clause_prefix or not SPAN_WORD.search(clause_prefix):
        return None
    period = _period_at(plans, pos)
    return period if period and period[0] is not None and period[0] == period[1] else None


def _spaced_task_row(text: str, lo: int, q: Quantity, memo: dict) -> bool:
    """The amount lies in the task cell of a numbered row of a space-parted task list with a deadline column."""
    line_start = text.rfind("\n", lo, q.start) + 1
    head = text[line_start:q.start]
    return (SPACED_ROW.match(head) is not None and not re.search(r"[。；;，,：:]", head)
            and _spaced_deadline_header(text, lo, line_start, memo) is not None)


def _task_cell_amount(ctx: Context, text: str, q: Quantity) -> bool:
    """(s35-layout) The amount lies in the task cell of a row of a task-division table with a deadline column, as the
    table reader finds it (`extract.task_tables`): the same row `_spaced_task_row` reads in a table flattened with spaces,
    in a ruled table (a PDF's or a web page's, cells between ` | `) or one cell per line. Up to the amount the cell holds
    no sentence mark (a quota written without a verb, as lists are; not a sentence's clause). Amounts in Arabic digits
    only, as table cells write quotas (`工程二期建成投运`: a phase, no count)."""
    if not text[q.start:q.start + 1].isdigit() or ("|" not in text and "\t" not in text):
        return False  # (speed only: the reader's ruled and tabbed rows; a spaced row is _spaced_task_row's)
    for table in ctx.task_tables(text):
        if not table.start <= q.start < table.end:
            continue
        tcol = table.task_column()
        if tcol is None or not any(DEADLINE_COLUMN.search(h) and len(h) <= 6 for h in table.header[tcol + 1:]):
            return False
        # (s36-tg) `序号 | 项目名称 | 建设内容 | 投资（万元） | 完成时间 | …`: a project list names the project first and
        # gives what is to be built in a content column after it (`游步道3公里、绿化3万平方米`, `拆违10万平方米`): the
        # quotas are that column's, written without a verb as the task cell's
        cols = [tcol] + [i for i in range(tcol + 1, len(table.header))
                         if CONTENT_COLUMN.fullmatch(re.sub(r"\s+", "", table.header[i]))]
        for row in table.rows:
            for col in cols:
                if col < len(row.cells) and row.cells[col].start <= q.start and q.end <= row.cells[col].end:
                    return not re.search(r"[。；;：:]" if col != tcol else r"[。；;，,：:]", text[row.cells[col].start:q.start])
        return False
    return False


CONTENT_COLUMN = re.compile(r"(?:建设|实施|项目|工作|主要)内容(?:及规模|和规模)?|建设规模|建设内容及(?:规模|标准)")


def _spaced_header_above(text: str, lo: int, line_start: int, memo: dict, kind: str, read_header, missing=None):
    """Walk up the space-parted numbered rows above `line_start` (at most SPACED_ROWS_UP lines) to the first line
    `read_header` reads as their header (its cells → a value, None when it is no such header); `missing` when the rows
    end first. Memoised per row start under `kind`, so a table's rows walk its lines once."""
    walked, found, pos = [], missing, line_start
    for _ in range(SPACED_ROWS_UP):
        if pos <= lo:
            break
        if (kind, pos) in memo:
            found = memo[(kind, pos)]
            break
        walked.append(pos)
        prev_start = text.rfind("\n", lo, pos - 1) + 1
        prev = text[prev_start:pos - 1].strip()
        header = read_header(prev.split())
        if header is not None:
            found = header
            break
        if not SPACED_ROW.match(prev) and not (prev[:1] in GROUP_ROW_OPENS and GROUP_ROW.fullmatch(prev)):
            break  # (s37-tables) a group row between the rows (`二、加强事中事后监管`) is inside the table, as in a piped one
        pos = prev_start
    for p in walked:
        memo[(kind, p)] = found
    return found


def _inner_deadline_column(heads: list[str]) -> tuple[list[str], int] | None:
    at = next((i for i, h in enumerate(heads) if DEADLINE_COLUMN.search(h) and len(h) <= 6), None)
    return (heads, at) if len(heads) >= 3 and at is not None and at >= 2 else None


def _last_deadline_column(heads: list[str]) -> bool | None:
    return True if len(heads) >= 3 and DEADLINE_COLUMN.search(heads[-1]) and len(heads[-1]) <= 6 else None


def _spaced_deadline_header(text: str, lo: int, line_start: int, memo: dict) -> tuple[list[str], int] | None:
    """(cells, deadline column) of the space-parted header the numbered rows above `line_start` lead up to, when one of
    its inner cells (not the first two: 序号 and the task) is a deadline column."""
    return _spaced_header_above(text, lo, line_start, memo, "spaced-col", _inner_deadline_column)


def _under_spaced_deadline_header(text: str, lo: int, line_start: int, memo: dict) -> bool:
    """The numbered rows above `line_start` lead up to a space-parted header whose last cell is a deadline column."""
    return _spaced_header_above(text, lo, line_start, memo, "spaced", _last_deadline_column, missing=False)


# (s23-tg) A task table a web copy writes one cell per line (`序号`/`重点任务`/`牵头单位`/`配合单位`/`完成时限`, then `3`/
# `…覆盖率达到60%以上`/`县农业农村局`/`…`/`2023年12月底`): the row's deadline cell, a date alone on its line before the
# next row's number, dates the numbers of the row's task cell (guide S22: a task table's 完成时限 cell is its row's own time
# expression). The header's cells are found by walking up the rows (at most CELL_ROWS_UP lines).
LINE_ROW_NUMBER = re.compile(r"[ \t\u3000]*\d{1,3}[ \t\u3000]*")
# (s37-tables) …or its start (`2020年起`: the row's work from that year on, open-ended, spec §7 as `从…起`)
LINE_DEADLINE_CELL = re.compile(r"[ \t\u3000]*((?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月(?:份)?)?\s*(?:底|末)?\s*(?:前|以前|之前|起)?)[ \t\u3000]*")
# (s29-tg2) a deadline cell written as stages (`2022年底前完成规划，2024年底前建成`) or with the row's yearly pace before its
# deadline (`每年100个，2024年12月`): the last stage's deadline is the row's (the work is done by it, guide TG48), the pace
# is a target of its own
DEADLINE_STAGE = re.compile(r"[ \t\u3000]*((?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月(?:份)?)?\s*(?:底|末)?\s*(?:前|以前|之前)?)"
                            r"\s*(?:完成|建成|实现|启动|开工|投用|投运|出台|制定)?[\p{Han}]{0,4}[ \t\u3000]*")
CELL_PACE = re.compile(r"[ \t\u3000]*(?:每年|年均)(?:完成|新增|建设|改造)?\s*\d[\d.]*\s*[\p{Han}]{1,3}(?:以上|左右)?[ \t\u3000]*")


# (s29-tg2) a copy whose cleaning joined the organ cell and the deadline cell (`…各县（市、区）人民政府2023年底前完成规划，…`):
# the deadline read from the year on, where the words before it (no number: not the next row) end in an organ
GLUED_ORGAN_DEADLINE = re.compile(r"(?<=(?:政府|局|委|办|会|社|厅|部|院|中心|公司))(?=(?:19|20)\d{2}\s*年)")


def _line_deadline_cell(cell: str):
    m = LINE_DEADLINE_CELL.fullmatch(cell)
    if m is None and (glued := GLUED_ORGAN_DEADLINE.search(cell)) is not None and not DIGIT.search(cell, 0, glued.start()):
        cell = cell[glued.start():]
        m = LINE_DEADLINE_CELL.fullmatch(cell)
    if m is not None or ("，" not in cell and "," not in cell):
        return m
    last = None
    for part in re.split(r"[，,；;]", cell):
        stage = DEADLINE_STAGE.fullmatch(part)
        if stage is None and CELL_PACE.fullmatch(part) is None:
            return None
        last = stage or last
    return last


CELL_ROWS_UP = 400  # (lines walked up to the header)
CELL_ROW_LINES = 6  # (a row's cells after the task cell: organs, a deadline, a note)


def _cell_years(cell: str) -> str:
    """(s25-swap) A deadline cell with its year in Chinese numerals (`二〇二〇年底`, as older notices write years) read as
    the same cell in arabic digits (same length)."""
    return CN_YEAR.sub(_arabic_year, cell) if ("一九" in cell or "二〇" in cell or "二○" in cell or "二零" in cell) else cell


def _line_cell_deadline(text: str, lo: int, line_start: int, line_end: int, issue_year: int | None,
                        memo: dict) -> tuple[int | None, int | None] | None:
    if line_end < 0 or line_start <= lo:
        return None
    prev_start = _row_number_above(text, lo, line_start)
    if prev_start is None:
        return None  # (the task cell follows its row's number, or the content cell the task's)
    pos, cell = line_end + 1, None
    for _ in range(CELL_ROW_LINES):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if pos >= end or LINE_ROW_NUMBER.fullmatch(text, pos, end):
            break
        if "年" in text[pos:end] and (m := _line_deadline_cell(_cell_years(text[pos:end]))) is not None:
            cell = m.group(1)
        pos = end + 1
    if cell is None or not _under_line_cell_header(text, lo, prev_start, memo):
        return None
    return _deadline_years(cell, issue_year)


# (s30-layout) A row's cells above the one holding the number, below its number line: the task's name before its content
# (`序号 / 工作任务 / 具体内容 / 牵头单位 / 配合单位 / 完成时限`, a web page's table one cell per line).
CELLS_BEFORE_NUMBER = 2


def _row_number_above(text: str, lo: int, line_start: int) -> int | None:
    """The start of the row's number line above the cell line starting at `line_start`: right above it, or above at
    most CELLS_BEFORE_NUMBER - 1 other cells of the row (none a number line); None when there is none."""
    pos = line_start
    for _ in range(CELLS_BEFORE_NUMBER):
        if pos <= lo:
            return None
        prev_start = text.rfind("\n", lo, pos - 1) + 1
        if LINE_ROW_NUMBER.fullmatch(text, prev_start, pos - 1):
            return prev_start
        pos = prev_start
    return None


def _pace_in_deadline_cell(text: str, lo: int, q: Quantity, memo: dict) -> bool:
    line_start = _line_start(text, lo, q.start)
    line_end = _line_end(text, q.end)
    line_end = len(text) if line_end < 0 else line_end
    if not CELL_PACE.match(text, line_start, line_end) or _line_deadline_cell(_cell_years(text[line_start:line_end])) is None:
        return False
    pos = line_start
    for _ in range(CELL_ROW_LINES):  # up the row's cells to its number
        if pos <= lo:
            return False
        pos = text.rfind("\n", lo, pos - 1) + 1
        if LINE_ROW_NUMBER.fullmatch(text, pos, text.find("\n", pos)):
            return _under_line_cell_header(text, lo, pos, memo)
    return False


def _pace_in_piped_deadline_cell(text: str, lo: int, q: Quantity, memo: dict) -> bool:
    return _piped_pace_cell(text, lo, q, memo) is not None


def _piped_pace_cell(text: str, lo: int, q: Quantity, memo: dict) -> str | None:
    """(s35-twins, issue 11) The same yearly pace in the deadline cell of a `|`/tab row (`3 | 新建…便民商店不少于600个 | 市供销社
    | … | 每年200个，2025年12月`), the table a PDF's ruling or a copy's bars keep: the amount is in the header's deadline
    column, the cell holds the pace and a deadline, and the row has the header's cells. -> the cell, else None."""
    line_start = _line_start(text, lo, q.start)
    line_end = _line_end(text, q.end)
    row = text[line_start:len(text) if line_end < 0 else line_end]
    if "|" not in row and "\t" not in row:
        return None
    found = _row_under_deadline_header(text, lo, line_start, row, q, memo)
    if found is None:
        return None
    col, cells, heads = found
    if len(heads) != len(cells) or not (0 <= col < len(cells)) or not DEADLINE_COLUMN.search(heads[col]):
        return None
    cell = cells[col]
    return cell if CELL_PACE.match(cell) is not None and _line_deadline_cell(_cell_years(cell)) is not None else None


def _under_line_cell_header(text: str, lo: int, row_start: int, memo: dict) -> bool:
    """Above `row_start` (a row's number line), the header's cells one per line, after 序号, with a deadline column."""
    key = ("cells", _rfind_memo(text, "\n序号\n", lo, row_start, memo))
    if key[1] < 0:
        return False
    if key not in memo:
        lines = text[key[1] + 4:row_start].split("\n", CELL_ROWS_UP)
        heads = []
        for line in lines:
            if LINE_ROW_NUMBER.fullmatch(line):
                break
            heads.append(line.strip())
        memo[key] = 3 <= len(heads) <= 8 and any(DEADLINE_COLUMN.search(h) and len(h) <= 6 for h in heads)
    return memo[key]


# (s23-tg2) The same table under a header written on one line (`序号 工作任务 具体内容 牵头单位 配合单位 完成时限`), its
# rows one cell per line, whose copy lost the row numbers: the deadline cell is among the lines after the task cell, at
# most as many as the header has columns from the task column to the deadline column (a cell glued to the task cell's
# line only shortens the run; a row whose deadline has no year, `持续推进`, leaves the target to the plan's period).
TASK_COLUMN = re.compile(r"任务|内容|措施|事项|目标|指标")
DEADLINE_HEAD = re.compile(r"(?:计划)?(?:完成|办结)?(?:时限|时间节点|完成时间|完成期限)")


def _header_cells_deadline(text: str, lo: int, line_start: int, line_end: int, issue_year: int | None,
                           memo: dict) -> tuple[int | None, int | None] | None:
    if line_end < 0:
        return None
    after = _cells_after_task(text, lo, line_start, memo)
    pos, cell = line_end + 1, None
    for _ in range(after):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if "年" in text[pos:end] and (m := _line_deadline_cell(_cell_years(text[pos:end]))) is not None:
            cell = m.group(1)
            break
        pos = end + 1
    if cell is None:
        return None
    return _deadline_years(cell, issue_year)


def _rfind_memo(text: str, needle: str, lo: int, end: int, memo: dict) -> int:
    """`text.rfind(needle, lo, end)` from the needle's offsets in `text`, found once per memo (one text): asked per
    number, a scan back to the body's start made a notice of thousands of items quadratic."""
    key = ("offsets", needle)
    found = memo.get(key)
    if found is None:
        found, i = [], text.find(needle)
        while i >= 0:
            found.append(i)
            i = text.find(needle, i + 1)
        memo[key] = found
    i = bisect_right(found, end - len(needle)) - 1
    return found[i] if i >= 0 and found[i] >= lo else -1


def _cells_after_task(text: str, lo: int, line_start: int, memo: dict) -> int:
    """The lines from a task cell to its row's deadline cell under the space-parted 序号 header above (0: none)."""
    at = _rfind_memo(text, "\n序号", lo, line_start, memo)
    if at < 0 or text[at + 3:at + 4] not in (" ", "\t", "\u3000"):
        return 0
    key = ("header-cells", at)
    if key not in memo:
        end = text.find("\n", at + 1, line_start)
        heads = text[at + 3:end].split() if end >= 0 else []
        deadline = len(heads) - 1
        task = max((i for i, h in enumerate(heads[:deadline]) if TASK_COLUMN.search(h)), default=None)
        # (the cleaner may glue the first row's first cell to the header's last: `…完成时限污水管网建设`)
        ok = 3 <= len(heads) <= 8 and DEADLINE_HEAD.match(heads[-1]) is not None and task is not None
        memo[key] = deadline - task if ok else 0
    return memo[key]


# `新建农村公路500公里、改造危桥20座，2025年底前全部完工`: a closing clause that is only a deadline and a verb of completion
# dates every number of the list before it in the sentence (the numbers listed are what is to be completed by then).
LIST_DEADLINE = re.compile(r"\s*(?:并|均|都|要|须|必须|力争|确保|争取|计划)?\s*(?:在|于|到|至)?\s*(?:19|20)\d{2}\s*年[^，,；;。]{0,12}?"
                           r"(?:前|以前|之前|底|末)\s*(?:前|以前|之前)?[^，,；;。\d]{0,4}?(?:完成|完工|建成|竣工|投用|投运|到位|实现|达标|落实)"
                           r"[^，,；;。\d]{0,8}$")


def _list_deadline(seg: str, issue_year: int | None) -> tuple[int | None, int | None] | None:
    """The deadline of the clause that closes the number's sentence (LIST_DEADLINE), when the clauses between hold no
    time expression and no ；/：."""
    if re.search(r"[；;：:]", seg):
        return None
    last = max((m.end() for m in CLAUSE_BREAK.finditer(seg)), default=-1)
    if last < 0:
        return None
    clause = seg[last:]
    if not LIST_DEADLINE.match(clause) or DIGIT.search(DATE_PART.sub("", _ascii_digits(clause))):
        return None
    if _year_from(seg[:last], issue_year) is not None:
        return None  # a number between has a time expression of its own
    y = _year_from(clause, issue_year)
    return y if y is not None and y[0] is None else None


def _relative_deadlines(s: str, issue_year: int) -> list[tuple[int, tuple[int | None, int | None]]]:
    if ("底" not in s and "末" not in s and "起" not in s and "开始" not in s and "时间" not in s and "努力" not in s
            and "今冬" not in s and "前" not in s):
        return []
    out = []
    for m in RELATIVE_FROM.finditer(s):
        out.append((m.end(), (issue_year + (m.group(1) == "明年"), None)))
    # ((s26-tg) in a sentence opened by 当年, `当年资金支出进度在9月底前应当达到60%以上，年底前…`, a deadline without 今年/明年
    # is a date of every year, not of the issue year)
    yearly = "当年" in s[:16] and CURRENT_YEAR_OPENING.match(s) is not None
    for m in RELATIVE_DEADLINE.finditer(s):
        which = m.group(1) or m.group(2) or ""
        if not (yearly and not which):
            out.append((m.end(), (None, issue_year + (which == "明年"))))
    for m in EFFORT_RANGE.finditer(s):
        out.append((m.end(), (issue_year, issue_year + _count(m.group(1)) - 1)))
    if "月" in s and "前" in s and not yearly:
        for m in MONTH_DEADLINE.finditer(s):
            out.append((m.end(), (None, issue_year)))
    if ("前" in s or "季度末" in s) and not yearly:
        for m in SEASON_DEADLINE.finditer(s):
            out.append((m.end(), (None, issue_year)))
    if "前" in s and ("今年" in s or "明年" in s):
        for m in RELATIVE_SEASON_DEADLINE.finditer(s):
            out.append((m.end(), (None, issue_year + (m.group(1) == "明年"))))
    if "今冬" in s:  # `今冬明春，全县新增…`: the winter and spring works of the issue year and the next
        for m in WINTER_SPRING.finditer(s):
            out.append((m.end(), (issue_year, issue_year + 1)))
    return out


# `平均每年新增城镇就业3000人，城镇登记失业率低于4%`: a rate named in its own comma clause is a level,
# not a yearly amount of the 每年 before it.
OWN_RATE = re.compile(r"(?:率|比例|比重|占比)[^，,；;。\d]{0,6}$")


INSPECTION_WORD = re.compile(r"检查|抽查|监察|督查|检测|抽检|核查|巡查")


def _sampled_each_year(scope: str, clause_prefix: str) -> bool:
    """(s24-tg) `应当每年对…进行现场监察，对其他重点用能单位的抽查比例不低于20%`: the share sampled by an inspection the 每年
    before it sets (the `，对…` of another group does not end its reach here: the share is of the same yearly round)."""
    if SAMPLING_RATE.search(clause_prefix) is None:
        return False
    m = None
    for m in PER_YEAR.finditer(scope):
        pass
    return m is not None and INSPECTION_WORD.search(scope, m.end()) is not None


def _rate_of_its_own(q: Quantity, clause_prefix: str) -> bool:
    return (q.unit_kind in ("percent", "permille") and PER_YEAR.search(clause_prefix) is None
            and OWN_RATE.search(clause_prefix) is not None and SAMPLING_RATE.search(clause_prefix) is None)


# (s24-tg) `每年至少开展一次全面检查，项目县抽查比例不低于30%`: the share an inspection samples is the share of each round; the
# 每年 that sets the round reaches it (guide TG3, the A15 adjudication of a176 and a177), unlike a level of its own.
SAMPLING_RATE = re.compile(r"(?:抽查|抽检|抽样|抽验|核查|检查)(?:比例|比率|率)[^，,；;。\d]{0,6}$")
# (s24-tg) `每年改造低产低效果园3万亩，改造后亩产提高20%以上`: a change in a clause opened by `X后` is the effect of the work
# once done, not a yearly amount of the 每年 before it.
AFTER_WORK_CHANGE = re.compile(r"^\s*[\p{Han}]{1,6}?后[\p{Han}]{0,8}?(?:提高|提升|增长|增加|降低|下降|减少)[^，,；;。\d]{0,4}$")


# (s26-tgleft) `每年培训农民工1万人次，培训后就业率达到60%以上`: a rate of those the yearly work reached (`X后…率`, X the verb
# of the 每年 clause before it) is the rate of each year's cohort, so the one 每年 covers it too (guide TG3; the A5 gold of a53).
COHORT_RATE = re.compile(r"^\s*(?P<verb>[\p{Han}]{2})后[\p{Han}]{0,6}?(?:率|比例)[^，,；;。\d]{0,6}$")


# (s33-tg, guide S33 TG3 rates under 每年) `全省每年开展创业培训5万人以上，培训合格率达到85%以上，创业成功率达到60%以上`: the
# outcome rate of the yearly round of training or examination (合格率, 成功率…) in a clause of the list after it is each year's
# cohort's, as `培训后就业率`; a level of the whole (`城镇登记失业率`) keeps its own reading.
COHORT_OUTCOME_RATE = re.compile(r"(?:合格率|成功率|结业率|通过率|取证率|获证率)[^，,；;。\d]{0,6}$")
COHORT_ROUND = re.compile(r"培训|考试|考核|鉴定")


def _cohort_rate(scope: str, clause_prefix: str) -> bool:
    if "率" in clause_prefix and COHORT_OUTCOME_RATE.search(clause_prefix) is not None:
        before = scope[: len(scope) - len(clause_prefix)]
        return COHORT_ROUND.search(before) is not None and "；" not in before and ";" not in before
    m = COHORT_RATE.match(clause_prefix) if "后" in clause_prefix else None
    if m is not None and m.group("verb") in scope[: len(scope) - len(clause_prefix)]:
        return True
    return _round_rate(scope, clause_prefix)


# (s36-tg2, guide TG3 rates under 每年) `坚持每年开展一次全民健康体检，体检率保持在95%以上`: a rate named by the very activity
# the 每年 clause before it holds (体检 … 体检率, 普查 … 普查率) is the rate of each year's round, per year as the round is;
# a rate of another thing (`每年开展培训，城镇登记失业率控制在…`) keeps its own reading.
ROUND_RATE = re.compile(r"(?P<act>[\p{Han}]{2})(?:率|覆盖率)[^，,；;。\d]{0,6}$")


def _round_rate(scope: str, clause_prefix: str) -> bool:
    if "率" not in clause_prefix:
        return False
    m = ROUND_RATE.search(clause_prefix)
    if m is None:
        return False
    before = scope[: len(scope) - len(clause_prefix)]
    last = None
    for last in PER_YEAR.finditer(before):
        pass
    if last is None or "；" in before[last.end():] or ";" in before[last.end():]:
        return False
    clause = before[last.end():]
    brk = CLAUSE_BREAK.search(clause)
    # (the activity closes the 每年 clause as its object, `开展一次全民健康体检，`: not a word inside a noun it builds,
    # `每年建设秸秆综合利用重点县300个以上，…利用率`, whose rate is a level of what was built)
    return brk is not None and clause[: brk.start()].rstrip().endswith(m.group("act"))


def _effect_after_work(q: Quantity, clause_prefix: str) -> bool:
    return q.unit_kind in ("percent", "points") and "后" in clause_prefix and AFTER_WORK_CHANGE.match(clause_prefix) is not None




# (s33-tg) `每年培训贫困劳动力3000人次以上，…，力争每户贫困家庭至少1人实现稳定就业`: at least one employed member per household is
# a standing level of each household (as the 零就业家庭 goal, a state to hold), not an amount the 每年 before it repeats yearly.
ONE_EMPLOYED_AFTER = re.compile(r"\s*(?:实现|有)?\s*(?:稳定|转移|有序转移)?\s*就业")


# (s24-tg) `年租金涨幅不超过5%`, `房价年涨幅控制在5%以内`: a change named with 年 before its noun is a change per year (guide
# S22 answers: an amount written with 年 before its noun is per year, as 每年), like 年均增长.
YEARLY_CHANGE = re.compile(r"(?<![\d每今明去前后当同全本])年[\p{Han}]{0,4}?(?:涨幅|增幅|降幅|增长率|增速)[^，,；;。\d]{0,8}$")


def _yearly_change(q: Quantity, clause_prefix: str) -> bool:
    return (q.unit_kind in ("percent", "points") and "年" in clause_prefix
            and YEARLY_CHANGE.search(clause_prefix) is not None)


GROWTH_AFTER = re.compile(r"\s*(?:[\p{Han}]{0,2}?(?:增长|增速|增幅|递增|递减|复合增长|提高|提升|下降|降低|减少|增加|上涨|回落))")

# (s40-targets, guide TG38) `年度新增建设用地计划向大健康产业倾斜，比例不低于15%`: the share of each year's plan turned to a
# use, its clause after the plan's: it recurs with the plan (per year), as a share set aside in it does
YEARLY_PLAN_TILT = re.compile(r"年度[\p{Han}]{0,10}(?:计划|指标)[^，,；;。]{0,20}?(?:倾斜|安排|保障)[^，,；;。]{0,4}[，,]\s*"
                              r"(?:倾斜|安排|保障|用地)?(?:比例|比重|占比)[^，,；;。\d]{0,6}$")


def _per_year_list(text: str, sentence_start: int, per_year_start: int) -> bool:
    """(s14) `每年完成以下任务：新改建农村公路100公里；改造危桥5座`: a 每年 before the colon of a list whose items are cut by ；
    holds for every item (guide TG3)."""
    if per_year_start == sentence_start and sentence_start > 0 and text[sentence_start - 1] == "\n":
        intro = _list_line_under_intro(text, sentence_start)  # (an item line under `每年养护农村公路1000公里，其中：`)
        # ((s39b-arttargets) the 每年 of the intro line only: a sibling item's own `年均` (`（二）…年均养护工程比例不低于5%；`)
        # is that item's, not the list's, guide TG3)
        return intro >= 0 and PER_YEAR.search(text, intro, max(_line_end(text, intro), intro)) is not None
    if per_year_start <= sentence_start + 1:
        return False
    colon = max(text.rfind("：", sentence_start, per_year_start), text.rfind(":", sentence_start, per_year_start))
    return colon > sentence_start and PER_YEAR.search(text, sentence_start, colon) is not None


PER_AWARD = re.compile(r"(?<=(?:评选|评定|认定|命名|表彰|遴选)[^，,；;]{0,24}[，,])\s*(?:对|向)?(?:获评|入选|被评为)?[\p{Han}]{0,6}?(?:每(?:个|家|所|项|名|位|户|人)"
                       r"[\p{Han}]{0,10}?(?:给予|奖励|奖补|补助|资助|补贴)|(?:给予|奖励|奖补|补助|资助)每(?:个|家|所|项|名|位|户|人))")
# (s15) 遴选 as 评选; `给予每个项目…奖励` (the verb before the unit) as `每个项目给予…`


# (s25-tg2) `在年度土地利用计划中安排不低于5%的建设用地指标`, `年度用地计划中单列…`: a share set aside in each year's plan
# recurs every year (spec §7 per_year: 每年度), as `每年安排` does.
YEARLY_PLAN_SHARE = re.compile(r"年度[\p{Han}]{0,10}计划(?:中|内|里)\s*(?:要|应|应当|每年)?\s*(?:安排|预留|单列|划出|拿出|保障|优先安排)"
                               r"[^，,；;。]{0,6}$")


# (s26-tg) A quota or cap bounded by the year with a bare 年度 (`每个设区市年度推荐数量原则上不超过8家`, `年度节能量目标不低于
# …4%`, `参合农民年度内住院累计补偿最高限额…2万元`): the year is any year of the rule, per year like 每年度 (spec §7; guide S22:
# `每个年度` is per year). Not a year's own 年度 (`2021年度`, `本年度`, `上年度`), nor a change on a baseline (`年度发放额较
# 2015年增长30%`: a growth over the plan's years).
YEARLY_QUOTA = re.compile(r"(?<![\d〇○零一二三四五六七八九十本当今上下明去前次每同整该])年度内?[\p{Han}]{0,10}?"
                          r"(?:数量|名额|指标|总额|限额|额度|目标|上限)(?![^，,；;。]*?(?:较|比)[^，,；;。]*?(?:增长|提高|下降|降低|减少))")
# (s26-a20tg, guide TG38) `单个企业年度奖励最高不超过20万元`, `年度推荐名额不超过5个`: the same class as YEARLY_QUOTA, from a
# cap's words (two writers read it; `_yearly_bound` reads both): a quota or cap bounded by a bare 年度 is per year (not
# `2020年度`, `每年度` (PER_YEAR), `上年度` (a basis), `年度计划中安排` (YEARLY_PLAN_SHARE), `年度考核`)
YEAR_BOUND = re.compile(r"(?<![\d〇一二三四五六七八九十每个本上下当今明去前同该])年度(?!计划|考核|报告|预算|目标|工作|评价|评估|总结|任务|内)"
                        r"[\p{Han}]{0,8}?(?:最高|最多|不超过|不得超过|上限|限额|名额|额度|总额|奖励|补助|补贴|奖补|资助)")
# (s26-tg) An annual volume of activity (`年培训规模达到…2倍`, `年服务人次突破3000万`, `示范平台年服务中小企业达到20万家次以上`):
# guide S22, an annual amount written with 年 before its noun, is per year as 每年. Only a volume named by its noun
# (人次, 规模, 量) or a level the annual work is to reach (达到, 突破, 超过); `年培训林农1万人次` (年 before a demand verb and its
# object, no level) stays as the s8 lead review reads it (not per year). Only verbs of activity, not a level of a yearly
# statistic (`年收入`, `年产量`, `年销售额`), which sizes a unit or is reached by a date.
YEARLY_ACTIVITY = re.compile(r"(?<![\d〇○零一二三四五六七八九十每当今明去前后上下本全同近多成周老青少中童幼晚壮半历往翌次元])年(?:服务|服務|培训|培訓|培养|培養|接待|诊疗|診療|完成|安排|新增|举办|舉辦|开展|開展|输出|輸出|转移|轉移|开行|發運|发运|运送)")
# ((s27-tg) `冷链班列年开行量达到200列以上`: trains run or goods shipped in a year, a volume of activity, as 年服务人次)


def _yearly_bound(clause_prefix: str) -> bool:
    """`_per_year` for a quota bounded by a bare 年度 or an activity written 年+verb (YEARLY_QUOTA, YEAR_BOUND,
    YEARLY_ACTIVITY)."""
    if "年" not in clause_prefix:
        return False
    if "年度" in clause_prefix and (YEARLY_QUOTA.search(clause_prefix) is not None
                                   or YEAR_BOUND.search(clause_prefix) is not None):
        return True
    m = YEARLY_ACTIVITY.search(clause_prefix)
    return m is not None and YEARLY_VOLUME.match(clause_prefix, m.end()) is not None


YEARLY_VOLUME = re.compile(r"(?:人次|规模|規模|量|人数|人數)|[^，,；;。\d]{0,12}?(?:达到|達到|达|達|突破|超过|超過)\s*$")


# (s26-tg) `第二十条　当年扶贫资金支出进度在9月底前应当达到60%以上，12月底前应当达到90%以上` in a 办法 valid for five years:
# a sentence opened by 当年 and a noun in a standing rule (no year of its own, a period longer than one year) sets what each
# year's amount must reach, per year like 每年 (spec §7); its month deadlines recur every year (`_yearly_date_opening`).
# In a one-year plan (`做好2008年…工作`) 当年 is that year, one year.
CURRENT_YEAR_OPENING = re.compile(r"[\s\u3000]*(?:第[一二三四五六七八九十百零〇\d]{1,6}条|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、])?"
                                  r"[\s\u3000]*当年(?![度内底末份])[\p{Han}]")


def _current_year_opening(text: str, sentence_start: int, plans, pos: int) -> bool:
    if text.find("当年", sentence_start, sentence_start + 16) < 0 or CURRENT_YEAR_OPENING.match(text, sentence_start) is None:
        return False
    first = CLAUSE_BREAK.search(text, sentence_start)
    if first is not None and text.rfind("的", max(sentence_start, first.start() - 8), first.start()) >= 0:
        return False  # (`当年新增就业岗位达到50个的企业，按…给予奖励`: the 当年 clause names who qualifies, a condition)
    period = _period_at(plans, pos)
    return not (period and period[0] is not None and period[0] == period[1])


YEARLY_FREQUENCY = re.compile(r"(?:[一二两三四五六\d]|\d{1,2})\s*(?:次|轮|期)(?:以上)?\s*$|(?:[一二两三四五六]|\d{1,2})\s*(?:次|轮|期)(?:以上)?\s*[，,]")


def _per_year(scope: str) -> bool:
    """每年/年均/每年度 before the number, not cut off by a later time expression
    (`每年新建2个，到2021年建成1个以上`: the second is not per year) or by the end of a condition
    (`每年接收见习人员超过50人的，按200元/人给予补贴`: the amount is not per year), or by a one-off
    payment (`每年支持一批企业，给予一次性奖补100万元`)."""
    # `年均增长8%，能耗降低20%`: 年均 before a verb belongs to its own comma clause (每年 reaches the
    # sentence: `县财政每年安排…2000万元，其中60%以上用于…`)
    # (年均 before any other verb, `年均新增就业5万人，培训3万人次`, reaches the sentence as 每年 does, guide TG3)
    hits = [m.end() for m in PER_YEAR.finditer(scope)
            if not (m.group(0) == "年均" and re.search(r"[，,]", scope[m.end():])
                    and (GROWTH_AFTER.match(scope, m.end()) or _subject_before(scope, m.start())))
            and not (m.group(0) == "每年" and re.search(r"[，,]", scope[m.end():]) and LEVEL_AFTER.match(scope, m.end())
                     and _subject_before(scope, m.start()))
            and not _in_condition_clause(scope, m.start(), m.end())
            and not (m.group(0) == "每年" and _stock_clause_after(scope, m.end()))]
    if not hits:
        return False
    # ((s22-tg2) `每人每年补助不低于2.16万元，今年全镇选聘60名`: 今年/本年度 names one year, as a written year does)
    # ((s25-swap) a year in Chinese numerals, `到二〇二〇年`, as older notices write it, names one year too)
    # ((s27-tg) and a cycle of several years, `每年选派…，每人每两年不少于2个月`: the later amount recurs every two years)
    later = [m.start() for m in re.finditer(r"(?:到|至)\s*(?:19|20)\d{2}\s*年|(?:19|20)\d{2}\s*年|[一二][〇○零一二三四五六七八九]{3}年|(?<!每)(?:今年|本年度?)(?!度?内)|的[，,]|一次性|每(?:个)?(?:月|季度|周|天|日|学期)"
                                            r"|每(?:[两二三四五六七八九十]|\d{1,2})个?(?:年|学年)"
                                            r"|[，,；;]\s*对(?![^，,；;]{0,4}(?:每年|年度))"  # (`，对完成改造的农户每户补助1000元`: a new provision)
                                            r"|[，,；;]\s*(?:并|同时|原则上)?\s*每个(?![^，,；;]{0,4}(?:每年|年度))", scope)]
    # ((s22-tg) `新改造户厕每年不少于3000座，…，每个乡镇至少配备吸污车2辆`: what each unit holds, a standard, not per year)
    if "评" in scope or "认定" in scope or "命名" in scope or "表彰" in scope or "遴选" in scope:
        # (s14b) `每年度评选示范区20个，每个示范区给予奖励50万元`: a reward per award, paid once to each winner (the 每年
        # counts the awards, not the reward)
        later += [m.start() for m in PER_AWARD.finditer(scope)]
    if "累计" in scope or "总计" in scope or "共计" in scope or "合计" in scope or "年共" in scope:
        # `每年培训1000万人，累计培训5000万人`, `每年扶持10个，三年共计30个`: a total over the years
        later += [m.start() for m in re.finditer(r"[，,；;]\s*(?:[\p{Han}“”\"]{0,8}?|(?:[两三四五六七八九十]|\d{1,2})年)(?:累计|总计|共计|合计|(?:[两三四五六七八九十]|\d{1,2})年共)", scope)
                  if not YEARLY_FREQUENCY.search(scope, hits[-1], m.start())]
        # ((s30-tg, guide TG62) not after a 每年 that sets how often, `每年对…轮训一次以上，培训时间累计不少于40学时`: the
        # total is of each year's rounds, per year)
        # ((s15e) `，3年累计完成…3000万亩`: a count of years in digits before 累计; (s18) `，“十四五”期间累计培训…`)
    if "逐年" in scope:
        # (s15e) `每年新增养老床位5000张，…，护理型床位占比逐年提高、达到65%以上`: a level reached year by year is no
        # yearly amount; 每年 before it does not reach it
        later += [m.start() for m in re.finditer(r"逐年[\p{Han}]{0,4}?[、，,]?\s*(?:达到|达|到|至)", scope)]
    return not any(y >= hits[-1] for y in later)


# (s25-tg2) `实际利用外资年均达到12亿美元以上，…，外贸依存度达到50%左右`: 年均 after its indicator's noun is that
# indicator's own adverb; the later clauses naming their own indicators are not per year (a 年均 opening its clause,
# `年均新增就业5万人，培训3万人次`, still reaches the list, guide TG3).
SUBJECT_BEFORE = re.compile(r"(?:^|[，,；;：:])\s*(?:(?:全|我|本)[省市县区州盟旗镇乡])?[\p{Han}]{2,}$")


# (s28-tg2) `乡镇企业技术改造投入每年不低于当年固定资产投资总额的50%，新产品产值率提高5个百分点`: 每年 between an
# indicator's noun and the level it keeps is that indicator's own, as 年均 is (SUBJECT_BEFORE); the later clauses naming
# their own indicators are not per year (`县财政每年安排…` before an act, not a level, still reaches the sentence, TG3)
LEVEL_AFTER = re.compile(r"\s*(?:均|都|要|应|须)?\s*(?:不低于|不少于|不高于|不超过|保持在|稳定在|控制在|达到|超过)")


# (s36-tg) `每年举办国际级冰雪赛事5项以上，打造3个以上…品牌节庆活动`, `每年组织…不少于20万人次，创建…特色学校30所`: the 每年
# clause has its amount; a later comma clause that creates things which then stand (a brand, a school, a base named or
# built) counts a stock to reach over the plan, not a yearly flow, so 每年 does not reach it (the 每年 list itself, TG3,
# and a 其中 share of the yearly amount keep it; 培育 goes on, `每年遴选20个…，培育100个优秀工业APP` is yearly)
STOCK_CLAUSE = re.compile(r"[，,]\s*(?:力争|争取|并|同时)?\s*(?:打造|创建|创成|建成|命名)(?![^，,]*[，,])")
AMOUNT_IN = re.compile(r"[\d一二两三四五六七八九十百千万]\s*(?:万|亿)?\s*[\p{Han}%％]")


# (s36-tg) `2020年全区城市特困人员基本生活标准为每人每年14820元，农村特困人员…为每人每年6240元`: 每年 after 每人/每户 is the
# rate a standard is written in (per head per year), not a yearly amount of work: the standard is the opening year's
PER_HEAD_YEAR = re.compile(r"每(?:人|户|名|位|生|床)\s*每年")


def _stock_clause_after(scope: str, at: int) -> bool:
    m = STOCK_CLAUSE.search(scope, at) if ("，" in scope[at:] or "," in scope[at:]) else None
    return m is not None and AMOUNT_IN.search(scope, at, m.start()) is not None


def _subject_before(scope: str, start: int) -> bool:
    head = scope[max(0, start - 20):start]
    return SUBJECT_BEFORE.search(head) is not None and YEAR_ONE.search(head) is None and "每" not in head


# `对年营业收入达到2000万元以上、每年保持稳定增长的企业，给予五年100%房租补贴`: 每年 inside a 对…的 clause that names
# who qualifies describes the beneficiaries, not how often the amount is given.
CONDITION_OPEN = re.compile(r"(?:^|[，,；;：:])\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}\s*[.．、])?\s*(?:其中[，,]?\s*)?对[^，,；;。：:]*$")
CONDITION_CLOSE = re.compile(r"[^，,；;。]*?的[\p{Han}]{1,8}[，,]")


def _in_condition_clause(scope: str, start: int, end: int) -> bool:
    if "对" not in scope[:start]:
        return False
    return CONDITION_OPEN.search(scope, 0, start) is not None and CONDITION_CLOSE.match(scope, end) is not None


# `数字某省2021行动方案`: a year written without 年 right before the plan's genre words.
YEAR_BEFORE_GENRE = re.compile(r"(?<!\d)((?:19|20)\d{2})(?=\s*(?:年度)?\s*(?:行动方案|行动计划|工作要点|工作方案|工作计划|实施方案))")
# `关于开展2021年职业技能培训的通知`, `关于组织2019年高素质农民培育的通知`: a year right after a verb of carrying out
# names that year's work, whatever noun follows.
CARRY_OUT_BEFORE = re.compile(r"(?:开展|做好|组织|组织实施|实施|抓好|推进|部署|启动)\s*$")
# What a title names for one year: its standards, tasks, goals or the year's work.
ONE_YEAR_CONTENT = re.compile(r"标准|任务|目标|工作|安排|计划|要点|实事|清单|项目|指南|活动|行动")  # 开展2020年度…创建活动


# (s15e) `关于2023年调整退休人员基本养老金的通知`, `2024年提高城乡居民基础养老金最低标准`: that year's adjustment of a
# standard, whose new levels apply in that year (as `我市2025年最低生活保障标准`).
ADJUST_AFTER_YEAR = re.compile(r"\s*(?:度\s*)?(?:调整|提高|上调)")


# A title naming the year its plan must reach its goal by (`到2020年…行动计划`, `2030年前碳达峰行动方案`): a deadline.
# (not `清理2015年以前出台的文件`: a year before 以前…的 picks out what the title is about)
TITLE_DEADLINE = re.compile(r"(?:(?<![截])(?:到|至)\s*((?:19|20)\d{2})\s*年(?!度|代)|(?<!\d)((?:19|20)\d{2})\s*年\s*(?:年底|底)?\s*(?:前|以前)(?!后|[^的]{0,6}的))")


# `…行动方案（2019—2021）`: a title's bracketed period may leave out 年.
TITLE_RANGE = re.compile(r"[（(]\s*((?:19|20)\d{2})\s*年?\s*" + RANGE_SEP_WORD + r"\s*((?:19|20)\d{2})\s*年?\s*[）)]")


# `到２０２０年`, `２０１６年，…`: a web copy in full-width digits writes its years so too (same length:
# offsets kept).
WIDE_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def _ascii_digits(s: str) -> str:
    return s.translate(WIDE_DIGITS) if "年" in s else s


# `做好2023—2024学年学生资助工作`: a school year runs over two calendar years.
SCHOOL_YEARS = re.compile(r"((?:19|20)\d{2})\s*" + RANGE_SEP_WORD + r"\s*((?:19|20)\d{2})\s*学年")


def _period_of_title(title: str) -> tuple[int | None, int | None] | None:
    """A plan's period from its title: `(2025-2027年)`, `2025年…工作要点`, `“十四五”…规划`."""
    title = _ascii_digits(title)
    if "年" in title:
        title = CN_YEAR.sub(_arabic_year, title)  # `关于一九九八年教育工作的意见`, `二〇〇五年工作要点` (same length)
    m = YEAR_RANGE.search(title) or TITLE_RANGE.search(title) or SCHOOL_YEARS.search(title)
    if m:
        return int(m.group(1)), int(m.group(2))
    m = FIVE_YEAR.search(title)
    if m:
        first = FIVE_YEAR_PLAN_START[m.group(2)]
        return first, first + 4
    early = _early_plan_of_title(title)
    if early:
        return early
    m = TITLE_DEADLINE.search(title)
    if m:  # `某市到2020年基本实现教育现代化行动计划`, `2030年前碳达峰行动方案`: the plan's deadline, read like 到
        return None, int(m.group(1) or m.group(2))
    m = YEAR_ONE.search(title) or YEAR_BEFORE_GENRE.search(title)
    if m and (WORK_PLAN_GENRES.search(title) or ONE_YEAR_CONTENT.search(title[m.end():])
              or CARRY_OUT_BEFORE.search(title[:m.start()])  # `关于开展2021年职业技能培训的通知`
              or ADJUST_AFTER_YEAR.match(title, m.end())):  # (s15e) `关于2023年调整退休人员基本养老金的通知`
        # `2025年…工作要点`, `我市2025年最低生活保障标准`, `做好2024年春季植树造林工作`: a plan for one year
        return int(m.group(1)), int(m.group(1))
    return None


# `…国民经济和社会发展第十一个五年规划纲要`, `第九个五年计划`: the plan named by its number (the ninth is 1996–2000).
NUMBERED_FIVE_YEAR = re.compile(r"第([一二三四五六七八九十]{1,3})个五年(?:计划|规划)")


def _early_plan_of_title(title: str) -> tuple[int, int] | None:
    """The period of a five-year plan a title names by its number (`第十个五年计划`) or by its short
    name before 十一五 (`“九五”…规划`, `“十五”计划`): 2001–2005 for the tenth."""
    if "五" not in title:
        return None
    m = NUMBERED_FIVE_YEAR.search(title)
    if m:
        n = cn_to_int(m.group(1))
        if n and 6 <= n <= 16:
            first = 1996 + 5 * (n - 9)
            return first, first + 4
    m = EARLY_PLAN.search(title)
    if m:
        first = EARLY_PLAN_START[m.group("q") or m.group("u")]
        return first, first + 4
    return None


# `某市城乡环境整治三年行动方案`, `打赢蓝天保卫战三年行动计划`, `五年规划` without years in the title: the plan
# runs that many years counted from the year it was issued, as `今后三年` in its body would (spec 1.1 §7).
TITLE_LENGTH = re.compile(r"(?<![\d一二两三四五六七八九十第])([二两三四五六七八九十]|\d{1,2})\s*年(?:攻坚|专项|集中)?(?:行动|规划|计划|攻坚)")


def _title_length(title: str, issue_year: int | None, text: str = "", lo: int = 0, hi: int = 0,
                  issue_month: int | None = None) -> tuple[int, int] | None:
    if not issue_year or "年" not in title:
        return None
    m = TITLE_LENGTH.search(title)
    if not m:
        return None
    n = _count(m.group(1))
    if not 2 <= n <= 10:
        return None
    # (s16) `农村人居环境整治提升五年行动方案` issued in 2022 whose goals are due `到2025年`: the N years end with the goals'
    # horizon (2021—2025), not N years from the issue year (2022—2026); only when the horizon is a year off that count
    last_goal = _last_goal_year(text, lo, hi) if hi > lo else 0
    # (s21-tgyear) a horizon a year past the count moves the plan forward only when it was issued in the year's last
    # quarter (`2022年12月20日`, written for the years that follow); a plan issued earlier counts from its issue year
    # (guide S20 TG18: issued 2017, goals `到2020年` → 2017—2019)
    # (s31-tg2, guide S31b TG18 confirmed) a horizon a year short of the count (a 2022 `五年行动` whose goals are due `到2025年`,
    # the national plan it implements being 2021—2025) no longer moves the plan back: it counts from its own issue year
    if last_goal and last_goal == issue_year + n and (issue_month or 0) >= 10:
        return last_goal - n + 1, last_goal
    return issue_year, issue_year + n - 1


# (s17-period) A title printed as a block with its period on a line of its own (`某省…行动计划` / `（2021—2023年）`):
# the period line belongs to the title (spec 1.1 section 7, the plan's period from its title).
PERIOD_LINE = re.compile(r"[ \t\u3000]*\n[ \t\u3000\n]*([（(]\s*(?:19|20)\d{2}\s*年?\s*" + RANGE_SEP_WORD
                         + r"{1,2}\s*(?:19|20)\d{2}\s*年?\s*[）)])[ \t\u3000]*(?=\n|$)")


def _with_period_line(text: str, start: int, title: str) -> str:
    if not title or TITLE_PERIOD_END.search(title):
        return title
    at = text.find(title, start, start + len(title) + 8)
    m = PERIOD_LINE.match(text, at + len(title)) if at >= 0 else None
    return title + m.group(1) if m else title


TITLE_PERIOD_END = re.compile(r"[（(]\s*(?:19|20)\d{2}[^（）()]{0,12}[）)]\s*$")


def _plan_periods(ctx: Context) -> list[tuple[int, tuple[int | None, int | None] | None]]:
    """(start offset, period) of each document the file holds: the period its own title states,
    else the duration a body sentence states (spec 1.1 section 7). A notice transmitting several
    documents gives each its own (若干政策 has none, 行动计划（2021-2023年） has 2021–2023)."""
    layout = ctx.layout
    if layout.document_starts:
        titles = [layout.title.text if layout.title else ""]
        titles += [_with_period_line(ctx.doc.text, s, next((ln.text for ln in layout.lines if ln.start == s), ""))
                   for s in layout.document_starts]
        starts = [layout.body_start] + list(layout.document_starts)
    else:
        title = ctx.metadata.title
        if title and NAVIGATION.search(title):
            title = None  # (s13b) a web page's breadcrumb line read as the title (`首页 > 政务公开 > 规划计划`)
        titles = [title or (layout.title.text if layout.title and not NAVIGATION.search(layout.title.text) else "")
                  or _transmitted_title(ctx.doc.text) or _first_line_title(ctx.doc.text)
                  or _one_year_list_title(ctx.doc.text) or ""]
        starts = [layout.body_start]
    ends = starts[1:] + [layout.body_end]
    text = ctx.doc.text
    # `现将《某市…办法》印发给你们，请认真贯彻执行。本办法自2020年1月1日起施行，有效期3年。`: the notice that
    # issues the policy may state its validity (TG6e) before the policy's own text begins.
    notice = text[:starts[0]] if starts[0] > 0 else ""
    periods = [(a, _period_of_title(t) or (_transmitted_period(text, t) if a == starts[0] else None)
                or (_notice_title_period(ctx) if not layout.document_starts else None)
                or _relative_title_year(t, _issue_year(ctx))
                or _stated_duration(text[a:b], _issue_year(ctx), _is_statute(t, text[max(0, a - 400):a + 400]))
                or (_notice_validity(notice, _issue_year(ctx)) if a == starts[0] and notice else None)
                or _title_length(t, _issue_year(ctx), text, a, b, _issue_month(ctx)))
               for a, b, t in zip(starts, ends, titles)]
    # `附件` / `某市2021年优化营商环境重点任务清单`: an attachment whose title names its own period (a one-year list under a
    # three-year plan) dates its targets so; one without keeps the period of the document it is attached to.
    extra = []
    for a, _ in layout.attachment_starts or ():
        own = _attachment_period(text, a, _issue_year(ctx))
        if own:
            extra.append((a, own))
        elif extra:
            extra.append((a, _period_at(periods, a)))
    return sorted(periods + extra, key=lambda p: p[0]) if extra else periods


# `某省人民政府办公厅转发省发展改革委关于某省…三年行动计划（2023—2025年）的通知`: the notice title names the one plan it
# transmits with the plan's period, where the plan's own title line (or what was read as it) states none (the drafting
# organ's line under a transmitted plan's title, `省发展改革委`, a title cut short). Not a notice issuing several
# documents (`印发A和B（2021—2023年）的通知`: whose period?).
NOTICE_TRANSMITS_ONE = re.compile(r"(?:印发|转发|批转|下发|发布)(?P<plan>[^和及、《》]{4,80}?)的(?:通知|决定)\s*$")


def _notice_title_period(ctx: Context) -> tuple[int | None, int | None] | None:
    nt = ctx.metadata.notice_title
    if not nt or "年" not in nt and "五" not in nt:
        return None
    m = NOTICE_TRANSMITS_ONE.search(nt)
    return _period_of_title(m.group("plan")) if m else None


def _attachment_period(text: str, start: int, issue_year: int | None) -> tuple[int | None, int | None] | None:
    lines = text[start:start + 300].split("\n")
    own = re.sub(r"^\s*附\s*件\s*[\d一二三四五六七八九十]*\s*[：:]?\s*", "", lines[0]).strip()
    title = own or next((ln.strip() for ln in lines[1:4] if ln.strip()), "")
    if not title or len(title) > 60 or "|" in title or "\t" in title:
        return None
    at = text.find(title, start, start + 300)
    title = _with_period_line(text, at, title) if at >= 0 else title  # (s17-period) its period on the next line
    return _period_of_title(title) or _relative_title_year(title, issue_year)


# `关于做好今年防汛工作的通知`, `关于下达本年度农村公路建设计划的通知`, `明年…工作要点`: a title naming the year's work
# by a word counted from the issue date is a one-year plan like `2019年度…计划` (not `今年以来…情况`).
RELATIVE_TITLE_YEAR = re.compile(r"(今年|本年度?|明年|下一?年度)(?!以来|来|初以来)")


def _relative_title_year(title: str, issue_year: int | None) -> tuple[int, int] | None:
    if not issue_year or "年" not in title:
        return None
    m = RELATIVE_TITLE_YEAR.search(title)
    if not m or not (WORK_PLAN_GENRES.search(title) or ONE_YEAR_CONTENT.search(title[m.end():])):
        return None
    y = issue_year + (m.group(1) in ("明年", "下年度", "下一年度"))
    return y, y


def _notice_validity(notice: str, issue_year: int | None) -> tuple[int | None, int | None] | None:
    """The validity a transmitting notice states for what it issues (only its own `本…` sentences), else the one year's
    work it names (TRANSMIT_SCOPE)."""
    if "本" not in notice and "以上" not in notice and "上述" not in notice:
        return _transmit_scope(notice)
    if "一九" in notice or "二〇" in notice or "二○" in notice or "二零" in notice:
        notice = CN_YEAR.sub(_arabic_year, notice)  # `本规定自二〇〇一年一月一日起施行` (same length), as in the body
    validity = any(w in notice for w in VALIDITY_WORDS)
    for rx, ok in ((VALID_RANGE, validity), (VALID_SPAN, "止" in notice), (LENGTH_FIRST, True), (IN_FORCE, True),
                   (FROM_ISSUE, FROM_ISSUE_WORD in notice), (VALID_UNTIL, validity)):
        m = stdlib_twin(rx).search(notice) if ok else None
        if not m:
            continue
        if rx is VALID_RANGE or rx is VALID_SPAN:
            return int(m.group("a")), int(m.group("b"))
        if rx is LENGTH_FIRST:
            if m.group("start") or issue_year:
                start = int(m.group("start")) if m.group("start") else issue_year
                return start, start + _count(m.group("n")) - 1
            continue
        if rx is IN_FORCE:
            period = _period_from(int(m.group("start")), m)
            return _term_closing(notice, m, period[0]) if period[1] is None else period
        if rx is FROM_ISSUE:
            if issue_year:
                period = _period_from(issue_year, m)
                period = _term_closing(notice, m, issue_year) if period[1] is None else period
                if period[1] is not None:
                    return period
            continue
        return None, int(m.group(1))
    m = _in_force_bare(notice)
    if m:
        period = _period_from(int(m.group("start")), m)
        return _term_closing(notice, m, period[0]) if period[1] is None else period
    return _self_until(notice) or _transmit_scope(notice)


def _transmit_scope(notice: str) -> tuple[int, int] | None:
    m = TRANSMIT_SCOPE.search(notice) if "为" in notice and "现将" in notice else None
    return (int(m.group(1)), int(m.group(1))) if m else None


# (s14) `为做好2023年森林防火工作，现将《某镇森林防火工作方案》印发给你们`: the notice names the one year's work the plan it
# issues is for (a one-year plan whose title lost its year), as NOTICE_SCOPE reads a notice that is the policy itself.
TRANSMIT_SCOPE = re.compile(r"为(?:进一步|切实|全面)?(?:做好|抓好|推进|落实|完成)\s*((?:19|20)\d{2})\s*年度?[^。；《》]{0,30}?工作[，,]\s*"
                            r"(?:[^。；，,《》]{0,16}[，,]\s*)?现将《")


# `现将《某市2021年稳就业工作要点》印发给你们`: a web copy that lost its title still names the plan it issues.
TRANSMITS = re.compile(r"(?:现将|特将|现把|将)《([^《》\n]{2,80})》[^。\n]{0,12}?(?:印发|转发|下发|发给|发送)")


# A web copy whose page title runs on into the page's furniture on one line (`…行动计划（2023—2025年）的通知 发布时间：
# 2023-03-01 来源：…`) has no title line the layout knows; the title is the first line up to its genre word (not a
# title it cites: no 《》, no clause before it).
FIRST_LINE_TITLE = re.compile(r"^[ \u3000]*([^\n。；，,《》]{4,100}?(?:规划|计划|方案|要点|办法|细则|措施|意见|通知|通告|公告|决定|批复|函|规定|条例"
                              r"|纲要|指南|清单)(?:\s*[（(][^（）()\n]{0,16}[）)])?)[ \u3000]*[|｜]?[ \u3000]*"
                              r"(?:发布时间|发布日期|成文日期|来源|信息来源|文章来源|字号|【?字体|浏览次数|点击数|阅读次数|时间[：:]|日期[：:])")


def _first_line_title(text: str) -> str | None:
    """(s13b) also on one of the first lines after a breadcrumb line (`首页 > 政务公开 > 政策文件`, `当前位置：…`)."""
    return _below_breadcrumbs(text, lambda at: (FIRST_LINE_TITLE if at == 0 else FIRST_LINE_TITLE_AT).match(
        text, at, min(len(text), at + 300)))


def _below_breadcrumbs(text: str, match_at) -> str | None:
    """The first group of `match_at(at)` on the first line, or on one of the next three when every line above it is a
    web page's navigation line (a breadcrumb); None otherwise."""
    at = 0
    for _ in range(4):
        m = match_at(at)
        if m:
            return m.group(1)
        nl = text.find("\n", at, at + 120)
        if nl < 0 or not BREADCRUMB.search(text, at, nl):
            return None
        at = nl + 1
    return None


# (s16) `某县2023年十件民生实事`, `某州2024年为民办实事项目`: a list of one year's practical projects heading a copy with no
# genre word, so no title was read: a plan for that year (spec 1.1 §7: a work plan for 2025 → 2025/2025)
ONE_YEAR_LIST_TITLE = re.compile(r"[ \u3000]*([^\n。；，,：:]{0,30}?(?:19|20)\d{2}\s*年度?[^\n。；，,：:]{0,12}?"
                                 r"(?:民生实事|为民办实事|惠民实事|为民实事|民生工程|实事项目)(?:项目|清单|计划|安排)?)[ \u3000]*(?:\n|$)")


def _one_year_list_title(text: str) -> str | None:
    """(also on one of the first lines after a breadcrumb line, as `_first_line_title`)"""
    return _below_breadcrumbs(text, lambda at: ONE_YEAR_LIST_TITLE.match(text, at, min(len(text), at + 80)))


NAVIGATION = re.compile(r"\s[>＞»›]\s|[>＞»›].{0,12}[>＞»›]|当前位置|您的位置|所在位置")
FIRST_LINE_TITLE_AT = re.compile(FIRST_LINE_TITLE.pattern.removeprefix("^"))
# A web page's navigation line above the title: `首页 > 政务公开 > 政策文件`, `当前位置：首页>信息公开`.
BREADCRUMB = re.compile(r"[>＞»›]|当前位置|您的位置|所在位置|首页")


def _transmitted_title(text: str) -> str | None:
    m = TRANSMITS.search(text, 0, 3000)
    return m.group(1) if m else None


# `关于印发某市全民健身实施计划的通知` / `现将《某市全民健身实施计划（2016—2020年）》印发给你们`: a notice title that
# leaves out the period of the plan it issues; the plan's full title, as the notice quotes it, states it.
TITLE_PERIOD_TAIL = re.compile(r"\s*[（(][^（）()]{0,16}[）)]\s*$")


def _transmitted_period(text: str, title: str) -> tuple[int | None, int | None] | None:
    if not title or "》" not in text[:3000]:
        return None
    quoted = _transmitted_title(text)
    if not quoted or TITLE_PERIOD_TAIL.sub("", quoted).strip() != TITLE_PERIOD_TAIL.sub("", title).strip():
        return None
    return _period_of_title(quoted)


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
AHEAD_IN_SENTENCE = re.compile(r"(?:今后|未来)\s*(\d{1,2}|[一二两三四五六七八九十])\s*年")  # (in the target's own sentence)
EFFORT_YEARS = re.compile(r"(?:用|经过|通过)\s*(\d{1,2}|[一二两三四五六七八九十])\s*年(?:左右)?(?:的)?(?:时间|努力)")
# The policy speaks of itself (本办法, 本通知, 本政策…): another programme's start date is not its period.
# (`以上政策执行期限为…`, `上述措施自…起执行`: a closing line over the items just given speaks of them.)
SELF = r"(?:本(?:[\p{Han}]{0,6}?)(?:" + "|".join(genre_words()) + r"|政策|规定)|(?:以上|上述)(?:各项)?(?:政策|措施|规定|条款))"
# What follows the start in the same sentence: a length (`有效期5年`, `试行期一年`) or an end
# (`有效期至2026年12月31日`).
VALIDITY = r"(?:有效期限?|试行期限?|执行期限?|实施期限?|施行期限?)"
_LENGTH_OR_END = (r"(?:(?:[^。]{0,20}?(?:" + VALIDITY + r"|试行|暂行|暂定执行|暂定实施|暂定))?\s*(?:为\s*)?(?P<n>\d{1,2}|[一二两三四五六七八九十])\s*年"
                  r"|[^。]{0,20}?(?:" + VALIDITY + r"\s*(?:为\s*)?)?(?:(?:至|到)\s*|(?=(?:19|20)\d{2}\s*年[^。，,；]{0,10}?(?:废止|失效)))"
                  r"(?P<until>(?:19|20)\d{2})\s*年)?")
# (`…起施行，2028年12月31日废止`: an end without 至, closed by 废止/失效)
# The subject may carry a clause first: `本细则为《…》的配套文件，自2023年2月22日施行`.
IN_FORCE = re.compile(SELF + r"[^。；]{0,80}?(?:自|从)\s*(?P<start>(?:19|20)\d{2})\s*年[^。；]{0,12}?(?:起|开始)?\s*(?:施行|执行|实施|试行|生效)"
                      + _LENGTH_OR_END)
# `本办法自印发之日起施行，有效期3年`: the period starts in the year the policy was issued.
# (`从印发之日起实行`, `自发布之日起试行两年`: 从 and 实行 as older notices write them; the length may follow the verb)
ISSUED_DAY = r"(?:自|从)(?:印发|发布|公布|颁布|发文|下发|签发|出台|下达)之日起\s*(?:(?:\d{1,3}|[一二三四五六七八九十]{1,3})日后)?\s*"
FROM_ISSUE = re.compile(SELF + r"[^。；]{0,80}?" + ISSUED_DAY + r"(?:施行|执行|实施|试行|生效|实行)" + _LENGTH_OR_END)
# `本办法有效期为5年，自2020年3月1日起实施`, `本办法有效期五年，自印发之日起施行`: the length first, then the start.
LENGTH_FIRST = re.compile(SELF + r"[^。；]{0,30}?" + VALIDITY + r"\s*(?:为|是)?\s*(?P<n>\d{1,2}|[一二两三四五六七八九十])\s*年\s*[，,]\s*"
                          r"(?:(?:自|从)\s*(?P<start>(?:19|20)\d{2})\s*年[^。；]{0,12}?(?:起|开始)?\s*|" + ISSUED_DAY + r")(?:施行|执行|实施|试行|生效)")
# `本政策有效期为2022年1月1日至2024年12月31日`: a validity written as a range of dates.
VALID_RANGE = re.compile(SELF + r"[^。；]{0,30}?" + VALIDITY + r"\s*(?:为|是)?\s*(?:自|从)?\s*(?P<a>(?:19|20)\d{2})\s*年"
                         r"[^。；至到]{0,10}(?:至|到|—|―|－|-)\s*(?P<b>(?:19|20)\d{2})\s*年")
# `本意见有效期三年，自2016年1月1日起至2018年12月31日止`: a range of dates closed by 止, without a verb.
VALID_SPAN = re.compile(SELF + r"[^。；]{0,30}?(?:自|从)\s*(?P<a>(?:19|20)\d{2})\s*年[^。；至到]{0,10}?起?\s*(?:至|到)\s*"
                        r"(?P<b>(?:19|20)\d{2})\s*年[^。；，,]{0,10}?止")
VALID_UNTIL = re.compile(SELF + r"[^。；]{0,30}?" + VALIDITY + r"(?:至|到)\s*((?:19|20)\d{2})\s*年")
# What IN_FORCE and VALID_SPAN cannot match without: each is SELF, a lazy run of a class, then this
# (`自2020年`, at the top level of the pattern, not optional: tests/test_speed_s8b.py checks that
# their patterns open so). A body without it is not searched for them (their lazy runs after 本…
# cost ~15 ms over the benchmark's bodies; three in four bodies hold no `自/从 + year`).
FROM_YEAR_ANY = re.compile(r"(?:自|从)\s*(?:(?:19|20)\d{2})\s*年")  # (their group, unnamed)


# `本办法自2021年1月1日起施行。有效期5年。`, `第三十条　本办法自…起施行。` then `第三十一条　本办法有效期至2025年12月31日。`,
# `…起施行，期限3年`, `有效期36个月`: the length or end of a validity stated apart from its start (in the next sentence or
# article) closes the period the start opens (guide TG6e: the policy's stated validity is its period). Read right
# after the start's clause; a sentence of the policy's own about its validity elsewhere (`本办法有效期3年。` before the
# article on its start) is read as SELF_TERM.
_ARTICLE = r"(?:第[一二三四五六七八九十百零〇\d]{1,5}条[ \t\u3000]*)?"
_TERM_VALUE = (r"(?:(?P<n>\d{1,2}|[一二两三四五六七八九十])\s*年(?![\d月度底末])|(?P<months>\d{1,3}|[一二三四五六七八九十]{1,3})\s*个月"
               r"|(?:至|到)\s*(?P<until>(?:19|20)\d{2})\s*年)")
TERM_NEXT = re.compile(r"[ \t\u3000]*[，,。；;]?\s*" + _ARTICLE + r"(?:" + SELF + r")?\s*(?:的)?\s*(?:政策)?(?:"
                       + VALIDITY + r"|期限)\s*(?:为|是|[：:])?\s*" + _TERM_VALUE
                       + r"|[ \t\u3000]*[，,。；;]?\s*" + _ARTICLE + r"(?:" + SELF + r")?\s*(?:执行|施行|实施|试行)(?:至|到)\s*"
                       r"(?P<until2>(?:19|20)\d{2})\s*年")
SELF_TERM = re.compile(r"(?:" + SELF + r")\s*(?:的)?\s*(?:政策)?" + VALIDITY + r"\s*(?:为|是|[：:])?\s*" + _TERM_VALUE
                       + r"\s*(?:[。；;]|$)")
# `本办法2021年1月1日起施行` (a web copy or a county's rule without 自): the start as IN_FORCE reads it.
IN_FORCE_BARE = re.compile(SELF + r"[ \t\u3000]*(?:于)?(?P<start>(?:19|20)\d{2})\s*年[^。；，,]{0,10}?起\s*(?:施行|执行|实施|试行|生效)"
                           + _LENGTH_OR_END)
IN_FORCE_BARE_WORDS = ("起施行", "起执行", "起实施", "起试行", "起生效")
# `本政策执行至2025年12月31日`, `本办法有效至…`: an end without a start (like VALID_UNTIL: null/2025).
SELF_UNTIL = re.compile(SELF + r"[ \t\u3000]*(?:执行|施行|实施|有效|试行)(?:至|到)\s*(?P<b>(?:19|20)\d{2})\s*年")
SELF_UNTIL_WORDS = ("行至", "行到", "施至", "施到", "效至", "效到")


def _self_until(body: str) -> tuple[None, int] | None:
    if not any(w in body for w in SELF_UNTIL_WORDS):
        return None
    m = SELF_UNTIL.search(body)
    return (None, int(m.group("b"))) if m else None


def _term_closing(body: str, m: re.Match, start: int) -> tuple[int, int | None]:
    """(start, end) of a validity whose start `m` (IN_FORCE, FROM_ISSUE) states no end: the length or end stated right
    after it (TERM_NEXT) or in a sentence of the policy's own about its validity (SELF_TERM); else (start, None)."""
    t = TERM_NEXT.match(body, m.end())
    if t is None and any(w in body for w in VALIDITY_WORDS):
        t = SELF_TERM.search(body)
    if t is None:
        return start, None
    if t.group("until") or (t.groupdict().get("until2")):
        end = int(t.group("until") or t.group("until2"))
        return (start, end) if end >= start else (start, None)
    if t.group("n"):
        return start, start + _count(t.group("n")) - 1
    months = _count(t.group("months"))
    mo = re.search(r"年\s*(\d{1,2})\s*月", m.group(0))
    first = int(mo.group(1)) if mo and 1 <= int(mo.group(1)) <= 12 else 1
    return start, start + (first - 1 + max(months, 1) - 1) // 12


def _in_force_bare(body: str):
    if not any(w in body for w in IN_FORCE_BARE_WORDS):
        return None
    return IN_FORCE_BARE.search(body)


# `现就做好2019年冬春农田水利建设有关工作通知如下`: a notice that states it is about one year's work
# is a plan for that year, as a title `关于做好2022年…工作的通知` would say (when the title is lost,
# as on web copies).
# Also as the purpose clause before it: `为做好2019年全省高校毕业生就业工作，现就有关事项通知如下`.
NOTICE_SCOPE = re.compile(r"(?:现(?:就|将)(?:做好|抓好|开展|部署|推进)?|为(?:进一步)?(?:做好|抓好|推进|落实|完成))\s*((?:19|20)\d{2})\s*年度?"
                          r"[^。；]{0,30}?(?:工作|事项|任务)(?:(?:[^。；]{0,8}?|[，,]\s*现就?[^。；，,]{0,12}?)(?:(?:通知|意见|安排|部署|要求)如下|如下(?:意见|安排|要求))"
                          r"|[^。；]{0,30}?[，,]\s*(?:特|现)?(?:研究)?(?:制定|制订)本(?:实施|工作)?(?:方案|计划|安排|要点))")
# (s15) and a self-titled plan's preamble: `为做好2024年春季农业生产工作，…，制定本方案。` (a database copy whose title
# lost the year: the plan is that year's plan)


# (s15: also `规划期限2021—2025年` without 为, and `本行动计划…`)
# `本规划期限为2021—2025年`, `规划期限：2016—2020年`, `本方案实施期限为三年（2020—2022年）`: the plan
# states its own period in the body (spec 1.1 section 7), as plans without a dated title do.
PLAN_TERM = re.compile(r"(?:本(?:行动|实施|工作|专项)?(?:规划|方案|计划|纲要|意见)(?:的)?(?:实施|执行)?|(?<![\p{Han}])(?:规划|实施|执行|行动|计划|试点))"
                       r"(?:(?:期限|年限|周期|期|时限|时间)\s*(?:为|是|[：:])|期限|年限)\s*(?:[一二三四五六七八九十\d]{1,2}\s*年\s*)?[（(]?\s*(?:自|从)?\s*"
                       r"(?P<a>(?:19|20)\d{2})\s*年?(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?\s*" + RANGE_SEP_WORD + r"{1,2}\s*"
                       r"(?P<b>(?:19|20)\d{2})\s*年")


# A campaign's stated time (`专项行动时间为2021年6月至2022年6月`, a heading `一、行动时间` over `2021年6月至2022年6月。`,
# `自即日起至2021年12月31日，在全县开展…`): the period of the notice's own campaign (spec 1.1 §7: a body sentence stating
# the plan's duration), counted from the issue year for 即日. Not an application window (`申报时间`).
CAMPAIGN_TERM = re.compile(r"(?:(?:行动|活动|整治|攻坚|治理|实施|整改|试点|整顿|清理|清查|排查|普查|核查|检查|督查)(?:时间|期限|时限|周期|时段)|时间安排)\s*(?:为|是|[：:]|[。]?[ \t]*\n)\s*"
                           r"(?:(?:自|从)\s*)?(?:(?P<a>(?:19|20)\d{2})\s*年[^。\n至到—―－\-~～]{0,10}?|即日起?|即日)\s*"
                           + RANGE_SEP_WORD + r"{1,2}\s*(?:(?P<b>(?:19|20)\d{2})\s*年|(?P<m>\d{1,2})\s*月)"
                           r"|(?:^|\n|[。；])\s*(?:自|从)即日起(?:至|到)\s*(?P<b2>(?:19|20)\d{2})\s*年[^。\n]{0,30}?(?:开展|组织|实施|集中)")


def _campaign_term(body: str, issue_year: int | None) -> tuple[int | None, int | None] | None:
    if "即日" not in body and "时间" not in body and "期限" not in body and "时限" not in body and "周期" not in body:
        return None
    if not _campaign_words(body):
        return None  # (CAMPAIGN_TERM cannot match: its words are not there)
    m = CAMPAIGN_TERM.search(body)
    if not m:
        return None
    if _later_pilot(body, m):
        return None  # (s32-tg) `…开展城乡商贸统筹发展试点，…试点期限为2008—2010年` in a later item of an 意见: one measure's
        # pilot term, not the period of the notice (whose own duration is stated before its items or in the first one)
    start = int(m.group("a")) if m.group("a") else issue_year
    if m.group("m"):  # `2021年6月至12月`: within the start's year
        if start is None:
            return None
        end = start
    else:
        end = int(m.group("b") or m.group("b2"))
    return (start, end) if start is None or start <= end else None


# Central plans state their term in other words too (spec 1.1 §7, a body sentence stating the plan's duration):
# `本规划是指导2021—2025年全国…发展的行动纲领`, `规划期为“十四五”时期`, `以2015年为基期，规划期至2020年` (by 2020).
PLAN_GUIDES = re.compile(r"本(?:规划|纲要)[^。；\n]{0,12}?(?:是|为|作为)[^。；\n]{0,6}?指导\s*(?P<a>(?:19|20)\d{2})\s*年?\s*" + RANGE_SEP_WORD
                         + r"\s*(?P<b>(?:19|20)\d{2})\s*年")
PLAN_TERM_FIVE = re.compile(r"(?<![\p{Han}])(?:本规划|规划|本纲要)(?:的)?(?:期限|期)\s*(?:为|是|[：:])\s*[“\"]?(十[一二三四五六]五)[”\"]?(?:时期|期间)")
PLAN_TERM_UNTIL = re.compile(r"(?<![\p{Han}])(?:本规划|规划|本纲要)(?:的)?(?:期限|期)\s*(?:为|是)?\s*(?:至|到)\s*(?P<b>(?:19|20)\d{2})\s*年")


def _later_pilot(body: str, m: re.Match) -> bool:
    """(s32-tg) `试点期限为2008—2010年` in a later item: one measure's pilot term, not the notice's period."""
    return m.group(0).startswith("试点") and not _in_opening_items(body, m.start())


def _plan_term(body: str) -> tuple[int | None, int | None] | None:
    if "期" not in body and "时间" not in body and "年限" not in body and "指导" not in body:
        return None
    m = next((t for t in finditer_opened(PLAN_TERM, body) if not _later_pilot(body, t)), None) \
        or (PLAN_GUIDES.search(body) if "指导" in body else None)  # (PLAN_TERM.search, tried at its openings: s30)
    if m:
        return int(m.group("a")), int(m.group("b"))
    if "规划期" not in body and "纲要期" not in body:
        return None
    m = PLAN_TERM_FIVE.search(body)
    if m:
        first = FIVE_YEAR_PLAN_START[m.group(1)]
        return first, first + 4
    m = PLAN_TERM_UNTIL.search(body)
    return (None, int(m.group("b"))) if m else None


# The words VALIDITY cannot match without, and FROM_ISSUE's: a body without them is not searched
# for VALID_RANGE, LENGTH_FIRST, VALID_UNTIL or FROM_ISSUE (their lazy runs after 本… are slow on a
# long body; tests/test_speed_s8.py checks that every VALIDITY alternative holds one of the words).
VALIDITY_WORDS = ("有效期", "试行期", "执行期", "实施期", "施行期")
FROM_ISSUE_WORD = "之日起"


# Each of VALID_RANGE, LENGTH_FIRST and VALID_UNTIL holds a VALIDITY word, VALID_SPAN and IN_FORCE a FROM_YEAR_ANY
# match, FROM_ISSUE its FROM_ISSUE_WORD, at most SELF's length and their run of 30 or 80 characters (and 3 of
# ISSUED_DAY) after the match's start: a search from that far before the first such word finds the same first match
# (no match starts earlier), without the lazy runs over the body before it. Only for the patterns as read here
# (crc32 of their sources; a changed one is searched from the body's start, tests/test_s10_speed_a.py).
SELF_REACH = 1 + 6 + max(map(len, genre_words()), default=0) + 90
SELF_PATTERNS_READ = {0x93244368, 0x7C606E45, 0xF87DF0AB, 0xBF23A6DA, 0xDA85992D, 0xF76CF956}  # _self_crc


@lru_cache(maxsize=None)
def _self_crc(pattern) -> int:
    """crc32 of a SELF pattern's source with the genre words of SELF left out: the genre table is data
    (a new genre word changes no reach, SELF_REACH takes the longest), the rest is the rule as read."""
    return _crc(pattern.pattern.replace("|".join(genre_words()), "<genre>"))


def _self_search(pattern, body: str, anchor: int):
    """`stdlib_twin(pattern).search(body)`, from SELF_REACH before `anchor` (the first of the word it holds)."""
    pos = max(0, anchor - SELF_REACH) if _self_crc(pattern) in SELF_PATTERNS_READ else 0
    return stdlib_twin(pattern).search(body, pos)


def _first_of(body: str, words) -> int:
    """The first offset of any of `words` in body, -1 for none."""
    found = [k for k in (body.find(w) for w in words) if k >= 0]
    return min(found) if found else -1


# CAMPAIGN_TERM's first alternative holds one of its verbs right before one of its nouns or 时间安排, the
# second 即日起至/即日起到.
CAMPAIGN_VERBS = ("行动", "活动", "整治", "攻坚", "治理", "实施", "整改", "试点", "整顿", "清理", "清查", "排查", "普查", "核查", "检查", "督查")
CAMPAIGN_NOUNS = ("时间", "期限", "时限", "周期", "时段")
CAMPAIGN_WORDS = ("即日起至", "即日起到", "时间安排")
CAMPAIGN_READ = 0xA142157E


def _campaign_words(body: str) -> bool:
    if _crc(CAMPAIGN_TERM.pattern) != CAMPAIGN_READ:
        return True
    if any(w in body for w in CAMPAIGN_WORDS):
        return True
    for noun in CAMPAIGN_NOUNS:
        k = body.find(noun, 2)
        while k >= 0:
            if body[k - 2:k] in CAMPAIGN_VERBS:
                return True
            k = body.find(noun, k + 1)
    return False


# A statute (法规: a 条例, or a law a people's congress or its standing committee adopts) stays in force until it
# is repealed: `本条例自2011年10月1日起施行` is the day it takes effect, not a period its quotas apply to (a
# normative document's `本办法自2021年5月1日起施行` still opens its period, guide TG6e). A term the statute
# states (`有效期`, `试行期`, `至…止`) is still read.
STATUTE_ADOPTED = re.compile(r"人民代表大会(?:常务委员会)?\s*第\s*[\d一二三四五六七八九十]+\s*次\s*(?:全体)?会议\s*(?:审议)?(?:通过|批准|修正|修订)")
STATUTE_TITLE = re.compile(r"条例\s*(?:[（(][^（）()]{0,20}[）)])?\s*$")


def _is_statute(title: str, head: str) -> bool:
    return bool(STATUTE_TITLE.search(title or "")) or ("人民代表大会" in head and STATUTE_ADOPTED.search(head) is not None)


# (s35, guide S34 CN2 Q1) A stage schedule states the plan's period for the whole plan (spec 1.1 §7, a body sentence
# stating its duration), wherever it is printed: the stages' dates run from the first stage's start to the last one's
# end. Two shapes: each stage named with its dates bracketed (`（一）动员部署阶段（2018年7月—8月）。…（三）巩固提升阶段
# （2020年1月—12月）。`; a second date without its year is in the first's), and a year given to each stage
# (`2019年为启动阶段，…；2020年为推进阶段，…；2021年为总结评估阶段`). At least two stages, running at most ten years.
# a stage's item number, if any (`（一）`, `一、`, `1.`), with the spaces around it
STAGE_NUMBER = r"[ \t\u3000]*(?:[（(][一二三四五六七八九十][）)]|[一二三四五六七八九十]、|\d{1,2}[.．、])?[ \t\u3000]*"
STAGE_DATED = re.compile(r"(?:^|(?<=[\n。；;]))" + STAGE_NUMBER +
                         r"[\p{Han}]{2,12}阶段[ \t\u3000]*[：:]?[ \t\u3000]*[（(]?\s*(?P<a>(?:19|20)\d{2})\s*年[^）)\n。；，,]{0,12}?"
                         + RANGE_SEP_WORD + r"{1,2}\s*(?:(?P<b>(?:19|20)\d{2})\s*年)?[^）)\n。；，,]{0,10}?[）)。；;，,\n]")
STAGE_YEAR = re.compile(r"(?:^|(?<=[\n。；;，,]))" + STAGE_NUMBER +
                        r"(?P<a>(?:19|20)\d{2})\s*年(?:[上下]半年|\s*\d{1,2}\s*月(?:份)?(?:" + RANGE_SEP_WORD + r"{1,2}\s*\d{1,2}\s*月(?:份)?)?)?\s*"
                        r"为[^，,。；;\n]{0,6}?[\p{Han}]{2,10}阶段")


# The campaign's run stated before its stages (`六、时间安排` / `专项整治自2023年7月开始，至2023年12月底结束，分三个阶段推进。`):
# from the start's year to the end's, where the sentence goes on to its stages or stands under a heading on the timing.
STAGED_RUN = re.compile(r"(?:^|(?<=[\n。；;]))[ \t\u3000]*[\p{Han}“”\"]{2,16}?(?:自|从)\s*(?P<a>(?:19|20)\d{2})\s*年[^。；;\n]{0,10}?(?:起|开始|启动)\s*[，,]?\s*"
                        r"(?:至|到)\s*(?P<b>(?:19|20)\d{2})\s*年[^。；;\n，,]{0,10}?(?:结束|止)(?P<rest>[^。；;\n]{0,16})")
TIMING_HEADING = re.compile(r"(?:时间安排|实施步骤|工作步骤|进度安排|方法步骤|步骤安排|时间步骤)[ \t\u3000]*[：:]?[ \t\u3000]*$")


# (speed only, s38) The three schedule patterns open at a body's start or after a sentence end (their lookbehinds) and
# hold a cue before any further end: STAGED_RUN its 自/从 and year, STAGE_DATED its 阶段, STAGE_YEAR its year. Each is
# tried only at the sentence start before each of its cues (`scan.finditer_clause_cued`), not at every character of
# the body (~15 ms a pass over the benchmark's bodies, 54 whole-body scans). Read from the patterns as they are (their
# crcs); a changed pattern is scanned whole, as before, until its cue is read anew.
STAGE_CUES = {
    "STAGED_RUN": (0x7c607f4b, re.compile(r"[自从]\s*(?:19|20)\d{2}"), "\n。；;"),
    "STAGE_DATED": (0xe35aec19, re.compile(r"阶段"), "\n。；;"),
    "STAGE_YEAR": (0xf7546720, re.compile(r"(?:19|20)\d{2}\s*年"), "\n。；;，,"),
}


_STAGE_CUES_READ = {name: _crc(globals()[name].pattern) == read for name, (read, _, _) in STAGE_CUES.items()}


def _stage_matches(name: str, pattern, body: str):
    _, cue, boundaries = STAGE_CUES[name]
    if not _STAGE_CUES_READ[name]:
        return pattern.finditer(body)
    return finditer_clause_cued(pattern, cue, boundaries, body)


def _staged_run(body: str) -> tuple[int, int] | None:
    if "结束" not in body and "止" not in body:
        return None
    for m in _stage_matches("STAGED_RUN", STAGED_RUN, body):
        a, b = int(m.group("a")), int(m.group("b"))
        if not a <= b <= a + 10:
            continue
        line_start = body.rfind("\n", 0, m.start())
        heading = body[body.rfind("\n", 0, max(line_start, 0)) + 1:max(line_start, 0)]
        if "阶段" in m.group("rest") or (line_start >= 0 and TIMING_HEADING.search(heading)):
            return a, b
    return None


def _stage_schedule(body: str, issue_year: int | None) -> tuple[int, int] | None:
    run = _staged_run(body)
    if run:
        return run
    if "阶段" not in body:
        return None
    for name, rx in (("STAGE_DATED", STAGE_DATED), ("STAGE_YEAR", STAGE_YEAR)):
        spans = []
        for m in _stage_matches(name, rx, body):
            a = int(m.group("a"))
            b = int(m.group("b")) if m.groupdict().get("b") else a
            if a <= b <= a + 10:
                spans.append((a, b))
        if len(spans) >= 2:
            a, b = min(x for x, _ in spans), max(y for _, y in spans)
            if b <= a + 10 and not (issue_year and b < issue_year):
                return a, b
    return None


def _stated_duration(body: str, issue_year: int | None, statute: bool = False) -> tuple[int | None, int | None] | None:
    # The patterns that open with SELF (本…办法) search the whole body on the standard library's
    # engine (scan.stdlib_twin: the same matches, ~3x faster on their lazy runs after 本; PLAN_TERM
    # and DURATION_FROM are faster on `regex`, which finds their literals first).
    if "一九" in body or "二〇" in body or "二○" in body or "二零" in body:
        body = CN_YEAR.sub(_arabic_year, body)  # `本规定自一九九二年一月一日起施行` (same length)
    term = _plan_term(body) or _campaign_term(body, issue_year)
    if term:
        return term
    term = _stage_schedule(body, issue_year)
    if term:
        # (s36-tg, guide S34 CN2 Q1 `unless an earlier paragraph opens with its own time`) the goals paragraph of the
        # opening items states the effort with its own years (`（三）工作目标` / `通过三年时间（2016年9月—2019年），…`):
        # that is the plan's period; the stages below (`（四）巩固提升阶段（2018年—2019年）`) schedule the work within it.
        own = _effort_years(body)
        return own or term
    # (s23-tg2) `2015年起三年内完成乡镇敬老院改造` inside a later item dates that task's sentence (its own time
    # expression), as `今后N年` below: the plan's duration is stated before the numbered items or in the first one.
    m = next((d for d in DURATION_FROM.finditer(body) if _in_opening_items(body, d.start())), None) if "年起" in body else None
    if m:
        start = int(m.group(1))
        return start, start + _count(m.group(2)) - 1
    m = DURATION_AHEAD.search(body)
    if m and issue_year and _in_opening_items(body, m.start()):
        written = _years_written_for(body, m)
        return written or (issue_year, issue_year + _count(m.group(1)) - 1)
    own = _own_plan_span(body, issue_year)
    if own:
        return own
    m = GOAL_SPAN.search(body, 0, PREAMBLE_MAX * 2) if "目标" in body[:PREAMBLE_MAX * 2] else None
    if (m and int(m.group("a")) < int(m.group("b")) <= int(m.group("a")) + 10 and _in_opening_items(body, m.start())
            and not (issue_year and int(m.group("b")) < issue_year)):  # (`2016—2020年，…目标任务全面完成`: a review)
        return int(m.group("a")), int(m.group("b"))
    head = body[:PREAMBLE_MAX * 2]
    m = _goals_item_span(head) if "目标" in head else None
    if m and not (issue_year and m[1] < issue_year):
        return m
    m = LINE_CAMPAIGN_SPAN.search(body, 0, PREAMBLE_MAX * 2) if "开展" in body[:PREAMBLE_MAX * 2] or "实施" in body[:PREAMBLE_MAX * 2] else None
    if (m and int(m.group("a")) <= int(m.group("b")) <= int(m.group("a")) + 10 and _in_opening_items(body, m.start())
            and not (issue_year and int(m.group("b")) < issue_year)):
        return int(m.group("a")), int(m.group("b"))
    preamble = _preamble_effort(body, issue_year) or (_goals_item_effort(head, issue_year) if "努力" in head or "时间" in head else None)
    if preamble:
        return preamble
    validity_at = _first_of(body, VALIDITY_WORDS)
    validity = validity_at >= 0
    m = _self_search(VALID_RANGE, body, validity_at) if validity else None
    if m:
        return int(m.group("a")), int(m.group("b"))
    from_year_m = FROM_YEAR_ANY.search(body)
    from_year = from_year_m is not None  # (IN_FORCE and VALID_SPAN need it)
    m = _self_search(VALID_SPAN, body, from_year_m.start()) if from_year and "止" in body else None
    if m:
        return int(m.group("a")), int(m.group("b"))
    m = _self_search(LENGTH_FIRST, body, validity_at) if validity and ("年，" in body or "年," in body) else None
    if m and (m.group("start") or issue_year):
        start = int(m.group("start")) if m.group("start") else issue_year
        return start, start + _count(m.group("n")) - 1
    m = _self_search(IN_FORCE, body, from_year_m.start()) if from_year else None
    if m is None:
        m = _in_force_bare(body)  # (`本办法2021年1月1日起施行`: the same start without 自)
    if m:
        period = _period_from(int(m.group("start")), m)
        if period[1] is None:
            period = _term_closing(body, m, period[0])
        if not (statute and period[1] is None):
            return period
    issued_at = body.find(FROM_ISSUE_WORD)
    m = _self_search(FROM_ISSUE, body, issued_at) if issued_at >= 0 else None
    # (guide TG13) `本办法自印发之日起施行` with no term: the issue year opens the policy's period, but only where
    # nothing below states one; a statute's day of effect is no period (as for IN_FORCE above).
    open_from_issue = None
    if m and issue_year:
        period = _period_from(issue_year, m)
        if period[1] is None:
            period = _term_closing(body, m, issue_year)
        if period[1] is not None:
            return period
        if not statute:
            open_from_issue = period
    m = _self_search(VALID_UNTIL, body, validity_at) if validity else None
    if m:
        return None, int(m.group(1))
    until = _self_until(body)
    if until:
        return until
    m = NOTICE_SCOPE.search(body)
    if m:
        return int(m.group(1)), int(m.group(1))
    m = TRANSMIT_SCOPE.search(body, 0, PREAMBLE_MAX) if "现将" in body[:PREAMBLE_MAX] else None
    if m:
        return int(m.group(1)), int(m.group(1))
    return _approved_plan_period(body) or open_from_issue


# (s29-tg, guide S22) `一、明确今后三年…的目标任务` / `2006年至2008年，全省…的主要目标是：…` in a notice signed late in 2005:
# the years written for the same length are the period `今后N年` states (a notice written at a year's end plans from the
# next year); counting from the issue year is only for a length whose years are not written. The span opens a line
# within the opening items, soon after the length (as GOAL_SPAN reads it), and runs exactly N years.
AHEAD_SPAN_REACH = 400
AHEAD_SPAN_LINE = re.compile(r"(?:^|(?<=\n))[ \t\u3000]*(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*)?(?P<a>(?:19|20)\d{2})\s*年?\s*"
                             r"(?:—{1,2}|－|-|～|~|至|到)\s*(?P<b>(?:19|20)\d{2})\s*年\s*[，,]")


def _years_written_for(body: str, ahead: re.Match) -> tuple[int, int] | None:
    n = _count(ahead.group(1))
    m = AHEAD_SPAN_LINE.search(body, ahead.end(), ahead.end() + AHEAD_SPAN_REACH)
    if m is None or not _in_opening_items(body, m.start()):
        return None
    a, b = int(m.group("a")), int(m.group("b"))
    return (a, b) if b - a + 1 == n else None


# (s20-tg) `2004—2005年，全县劳务输转工作的总体目标是：…` opening a paragraph of the first items: the span the document's
# whole goal is set for is the plan's period, stated in a body sentence (spec 1.1 §7), as `用三年时间（2022—2024年）`.
# Only a span with its start (a `到2020年` horizon is a deadline, guide TG12) opening its line, and the goal word within the
# same clause run.
GOAL_SPAN = re.compile(r"(?:^|(?<=\n))[ \t\u3000]*(?P<a>(?:19|20)\d{2})\s*年?\s*(?:—{1,2}|－|-|～|~|至|到)\s*(?P<b>(?:19|20)\d{2})\s*年\s*[，,]?"
                       r"[^。\n：:]{0,24}?(?:总体目标|总目标|工作目标|目标任务|主要目标|奋斗目标)")


# (s33-tg, guide Y10/S32b) The goals item (`二、目标任务` / `（一）总体目标。2016年至2019年，全县实现…`, `一、目标任务` / `以…为主线，…。
# 2009年至2011年，全省每年开展…`) whose paragraph has a sentence opening with a span of years: the span the document's whole goal
# is set for, which dates the targets of later sections without years of their own. Only the goals heading's own paragraph (the
# heading line and the one after it), the heading among the first items, the span at a sentence's start, running 2–11 years.
GOALS_HEADING = re.compile(r"(?:^|(?<=\n))[ \t　]*(?:[一二三四]、|[（(][一二三][）)])[ \t　]*[\p{Han}]{0,6}目标[\p{Han}]{0,4}(?:[。：:]|[ \t　]*\n)")
GOALS_SPAN = re.compile(r"(?:^|(?<=[。\n]))[ \t　]*((?:19|20)\d{2})\s*年?\s*(?:至|到|—{1,2}|－|-|～|~)\s*((?:19|20)\d{2})\s*年\s*[，,]")


def _goals_paragraphs(head: str):
    """(start, end) of each goals heading's own paragraph (the heading line and the one after it), the heading among the
    first items (`一、总体要求和目标`, then its `（二）工作目标。…`)."""
    for h in GOALS_HEADING.finditer(head):
        if SECOND_ITEM.search("\n" + head[:h.start()]) and not h.group(0).lstrip().startswith(("（", "(")) \
                or re.search(r"\n[ \t　]*[四五六七八九十]、", "\n" + head[:h.start()]):
            continue  # (a goals heading after the first items is a later section's own)
        end = head.find("\n", h.end() + 1)
        yield (h.end() - 1 if head[h.end() - 1] in "。：:" else h.end()), (len(head) if end < 0 else end)


def _goals_item_span(head: str) -> tuple[int, int] | None:
    at = next(_goals_paragraphs(head), None)  # (the first goals heading's paragraph only)
    if at is None:
        return None
    for m in GOALS_SPAN.finditer(head, *at):
        a, b = int(m.group(1)), int(m.group(2))
        if a < b <= a + 10:
            return a, b
    return None


# (s34-tg, guide S31b TG64, S34 CI Q3) The goals sub-item of the opening items states the effort the whole plan is given
# (`一、总体要求和目标` / `（一）总体要求。…` / `（二）工作目标。经过五年努力，全市…`; `二、总体要求和工作目标` after an
# item on the work's importance): the plan's period, counted from the issue year, as PREAMBLE_EFFORT reads it before the
# first item. A second stage of a stated length (`通过3年左右的努力，…；再用5年左右的时间，…`) adds its years; one with no
# end (`再用五年或更长时间`) does not.
NEXT_STAGE = re.compile(r"再\s*(?:用|经过|通过)\s*(\d{1,2}|[一二两三四五六七八九十])\s*年(?:左右)?(?:的)?(?:时间|努力)")


def _goals_item_effort(head: str, issue_year: int | None) -> tuple[int, int] | None:
    if not issue_year or "目标" not in head:
        return None
    for at in _goals_paragraphs(head):
        for m in PREAMBLE_EFFORT.finditer(head, *at):
            if head.rfind("《", 0, m.start()) > head.rfind("》", 0, m.start()) or head[m.start() - 1:m.start()] == "再":
                continue  # (inside a cited title; a second stage's own length)
            if GOALS_DATED_BEFORE.search(head, at[0], m.start()):
                continue  # (after the paragraph has dated its goals: the effort is its own sentence's span)
            if m.group(2):
                return int(m.group(2)), int(m.group(3))
            start = EFFORT_FROM_YEAR.search(head, max(0, m.start() - 16), m.start())
            first = int(start.group(1)) if start is not None else issue_year
            n = _count(m.group(1)) + sum(_count(s.group(1)) for s in NEXT_STAGE.finditer(head, m.end(), at[1]))
            if any(int(d.group(1)) > first + n - 1 for d in GOAL_DEADLINE.finditer(head, m.end(), at[1])):
                return None  # (`从2000年起，用五年左右时间，使…；…；到2005年，…`: a goal of the paragraph is due after the effort
                # ends, so the effort is its own clause's span, not the plan's period)
            return first, first + n - 1
    return None


GOAL_DEADLINE = re.compile(r"(?:到|至)\s*((?:19|20)\d{2})\s*年")


# (s28-tg) A line that opens with the span of dates the notice's own campaign runs (`2019年9月至2020年12月，在全市开展生活
# 垃圾分类示范小区创建工作。` at the head of the goals): the duration of the plan (spec §7, a body sentence stating it), which
# dates the targets of later sections that have no time of their own. Not a review (`…开展了…`, a span before the issue year).
LINE_CAMPAIGN_SPAN = re.compile(r"(?:^|(?<=\n))[ \t\u3000]*(?P<a>(?:19|20)\d{2})\s*年(?:\s*\d{1,2}\s*月份?(?:\s*\d{1,2}\s*日)?)?\s*起?\s*"
                                r"(?:—{1,2}|－|-|～|~|至|到)\s*(?P<b>(?:19|20)\d{2})\s*年(?:\s*\d{1,2}\s*月份?(?:\s*\d{1,2}\s*日)?)?(?:底|末)?\s*[，,]\s*"
                                r"(?:在|于)?[^，,。；;\n了]{0,14}?(?:集中|组织|全面|深入)?(?:开展|实施)[^。；;\n了]{1,40}?"
                                r"(?:工作|行动|活动|试点|整治|攻坚|创建)[^。；;\n了]{0,6}[。；;]")


# (s17-period) A plan that names itself with its years or gives its length (spec 1.1 §7, the plan's period from
# a body sentence stating its duration): `特制定本三年行动方案（2023—2025年）`, `本方案实施期为三年`,
# `本规划期限为5年` (a length counted from the issue year, as `今后三年`). Only 规划/方案/计划/纲要 naming themselves
# (本…); a validity (有效期) is read by the validity patterns below.
OWN_PLAN_YEARS = re.compile(r"本[\p{Han}]{0,8}?(?:规划|方案|计划|纲要)\s*[（(]\s*(?P<a>(?:19|20)\d{2})\s*年?\s*" + RANGE_SEP_WORD
                            + r"{1,2}\s*(?P<b>(?:19|20)\d{2})\s*年?\s*[）)]")
OWN_PLAN_LENGTH = re.compile(r"本[\p{Han}]{0,8}?(?:规划|方案|计划|纲要)(?:的)?(?:实施|执行)?(?:期限|周期|期)\s*(?:为|是)\s*"
                             r"(?P<n>\d{1,2}|[一二两三四五六七八九十])\s*年(?=\s*[。；;，,]|\s*$)")


def _own_plan_span(body: str, issue_year: int | None) -> tuple[int, int] | None:
    if "本" not in body:
        return None
    m = OWN_PLAN_YEARS.search(body) if ("（" in body or "(" in body) else None
    if m and int(m.group("a")) <= int(m.group("b")):
        return int(m.group("a")), int(m.group("b"))
    m = OWN_PLAN_LENGTH.search(body) if ("期" in body and issue_year) else None
    if m:
        return issue_year, issue_year + _count(m.group("n")) - 1
    return None


# (s14) `为…，决定用三年时间（2022—2024年）实施…工程。` in the paragraphs before the first numbered item: the body sentence
# stating the duration of what the policy sets out (spec 1.1 §7, as `今后三年`); its bracketed years, else counted from
# the issue year. Only before the first item: an effort phrase inside an item dates its own sentence (EFFORT_YEARS).
# (s36-tg) the bracketed years may give their months (`通过三年时间（2016年9月—2019年）`): the span is still its years
EFFORT_MONTH = r"(?:\s*\d{1,2}\s*月(?:份)?(?:底|末)?)?"
PREAMBLE_EFFORT = re.compile(r"(?:用|经过|通过)\s*(\d{1,2}|[一二两三四五六七八九十])\s*年(?:左右)?(?:的)?(?:时间|努力)"
                             r"(?:\s*[（(]\s*((?:19|20)\d{2})\s*年?" + EFFORT_MONTH + r"\s*" + RANGE_SEP_WORD
                             + r"\s*((?:19|20)\d{2})\s*年?" + EFFORT_MONTH + r"\s*[）)])?")
FIRST_ITEM = re.compile(r"\n[ \t\u3000]*(?:一、|第一条|第一章|[（(]一[）)])")
PREAMBLE_MAX = 1500


def _in_opening_items(body: str, pos: int) -> bool:
    """(s14b) `今后五年内，全国新建…5000所` in a later item dates that item's sentence only (its own time expression); the
    plan's duration is stated before the numbered items or in the first one (`一、今后三年，全省每年…`)."""
    if pos >= PREAMBLE_MAX * 4:
        return False
    head = "\n" + body[:pos]
    if SECOND_ITEM.search(head):
        return False
    return not ("（二）" in head and "一、" not in head and SECOND_SUB.search(head))


BATCH_COUNTED = re.compile(r"[（(](?:[\p{Han}]{0,4}?(?:新建|新增|建设|建成|培育|认定|打造|创建|遴选|支持|共|约|力争)?)$")
ONLY_OVER_VERB = re.compile(r"(?:只能|只限|仅限|仅能|只可|只准)[\p{Han}]{1,8}$")
BAN_ON_SEVERAL = re.compile(r"(?:不得|禁止|严禁|不准|不能|不可)[\p{Han}]{0,8}?同时")
NEXT_TOP_ITEM = re.compile(r"\n[ \t\u3000]*(?:[二三四五六七八九十]、|第[二三四五六七八九十]条|第[二三四五六七八九十]章)")
SECOND_ITEM = re.compile(r"\n[ \t\u3000]*(?:二、|第二条|第二章)")
SECOND_SUB = re.compile(r"\n[ \t\u3000]*[（(]二[）)]")


def _effort_years(body: str) -> tuple[int, int] | None:
    """The effort stated with its years in the preamble or the goals item of the opening items (`用三年时间（2022—2024
    年）`), None where it gives only its length."""
    head = body[:PREAMBLE_MAX * 2]
    if "时间" not in head and "努力" not in head:
        return None
    for m in PREAMBLE_EFFORT.finditer(head):
        if not m.group(2) or not _in_opening_items(body, m.start()):
            continue
        if head.rfind("《", 0, m.start()) > head.rfind("》", 0, m.start()):
            continue  # (inside a cited title)
        a, b = int(m.group(2)), int(m.group(3))
        if a <= b <= a + 10:
            return a, b
    return None


def _preamble_effort(body: str, issue_year: int | None) -> tuple[int, int] | None:
    first = FIRST_ITEM.search("\n" + body[:PREAMBLE_MAX])
    if first is None:
        return None
    end = first.start()
    line_end = body.find("\n", end)
    if line_end > 0 and "目标" in body[end:line_end] and len(body[end:line_end]) <= 12:
        following = FIRST_ITEM.search("\n" + body[:PREAMBLE_MAX], first.end()) or NEXT_TOP_ITEM.search("\n" + body[:PREAMBLE_MAX], first.end())
        if following is not None and following.group(0).strip() in ("（一）", "(一)"):
            # (s31-tg2, guide S31b TG64) `一、总体要求和工作目标` / `（一）总体要求。…经过五年努力，使…` / `（二）工作目标。…`:
            # the goals item's first sub-item states the period too (up to its second sub-item)
            second = SECOND_SUB.search("\n" + body[:PREAMBLE_MAX], following.end())
            following = second or following
        end = following.start() if following else end  # (`一、工作目标` / `通过2年时间，…`: the goals item states it too)
        # ((s14b) `一、主要目标` / `力争用3年左右时间，…` / `二、重点工程`: up to the next item of any number)
    head = body[:end]
    term = _preamble_term(head, issue_year) if ("为期" in head or "决定" in head or "计划" in head or "拟" in head) else None
    if term:
        return term
    if "时间" not in head and "努力" not in head:
        return None
    for m in PREAMBLE_EFFORT.finditer(head):
        if head.rfind("《", 0, m.start()) > head.rfind("》", 0, m.start()):
            continue  # (inside a cited title)
        if GOALS_DATED_BEFORE.search(head, head.rfind("\n", 0, m.start()) + 1, m.start()):
            continue  # (s29-tg) `今年全省工作的目标是：…。从1998年起，用5年左右时间，初步建立起…体系。`, `到2010年底，…。2011年起，力争用
            #两年时间，在所有市州建成…平台。`: after the paragraph has dated the notice's goals, the effort is the span of its own
            # sentence's goal (Y10/Y14), not the notice's period (the stress golds of o20 and o30)
        if m.group(2):
            return int(m.group(2)), int(m.group(3))
        start = EFFORT_FROM_YEAR.search(head, max(0, m.start() - 16), m.start())
        if start is not None:  # (s28-tg) `2011年起，力争用两年时间，…`: the effort counted from the year it starts
            return int(start.group(1)), int(start.group(1)) + _count(m.group(1)) - 1
        if issue_year:
            return issue_year, issue_year + _count(m.group(1)) - 1
    return None


GOALS_DATED_BEFORE = re.compile(r"(?:到|至)\s*(?:19|20)\d{2}\s*年(?:底|末)?\s*[，,]|今年[^。；;\n]{0,16}目标")
EFFORT_FROM_YEAR = re.compile(r"(?:从|自)?\s*((?:19|20)\d{2})\s*年\s*(?:起|开始)\s*[，,]?\s*(?:力争|争取|计划|要)?\s*$")


# (s17-period) The preamble sets out a campaign of stated length or years (spec 1.1 §7, a body sentence stating the
# duration of what the policy sets out, as PREAMBLE_EFFORT): `决定在全州开展为期三年的…行动` (counted from the issue
# year), `为期3年（2023—2025年）`, `决定2023—2025年在全州开展…行动`. Not a past campaign (`…以来`, `已`, `曾`), nor
# one inside a cited title; a range must not end before the issue year.
PREAMBLE_TERM = re.compile(r"为期\s*(\d{1,2}|[一二两三四五六七八九十])\s*年(?:左右)?(?:\s*[（(]\s*((?:19|20)\d{2})\s*年?\s*"
                           + RANGE_SEP_WORD + r"{1,2}\s*((?:19|20)\d{2})\s*年?\s*[）)])?(?:的)?")
PREAMBLE_RANGE = re.compile(r"(?:决定|计划|拟)\s*(?:于|在|从)?\s*((?:19|20)\d{2})\s*年?\s*" + RANGE_SEP_WORD
                            + r"{1,2}\s*((?:19|20)\d{2})\s*年[^。；;\n]{0,24}?(?:开展|实施|组织开展|组织实施)")
PAST_CAMPAIGN = re.compile(r"以来|已经|已|曾|先后")


def _preamble_term(head: str, issue_year: int | None) -> tuple[int, int] | None:
    for rx in (PREAMBLE_TERM, PREAMBLE_RANGE):
        for m in rx.finditer(head):
            if head.rfind("《", 0, m.start()) > head.rfind("》", 0, m.start()):
                continue  # (inside a cited title)
            a = max(head.rfind("。", 0, m.start()), head.rfind("\n", 0, m.start()), head.rfind("；", 0, m.start()))
            b = min([x for x in (head.find("。", m.end()), head.find("\n", m.end())) if x >= 0] or [len(head)])
            if PAST_CAMPAIGN.search(head, a + 1, b):
                continue
            if rx is PREAMBLE_RANGE:
                span = int(m.group(1)), int(m.group(2))
            elif m.group(2):
                span = int(m.group(2)), int(m.group(3))
            elif issue_year:
                span = issue_year, issue_year + _count(m.group(1)) - 1
            else:
                continue
            if span[0] <= span[1] and not (issue_year and span[1] < issue_year):
                return span
    return None


# `一、同意《某省土地利用总体规划（2006—2020年）》`: a reply (批复) approving a plan takes the plan's period.
APPROVES = re.compile(r"(?:原则)?同意(?:实施|印发)?《([^《》\n]{2,80})》")


def _approved_plan_period(body: str) -> tuple[int | None, int | None] | None:
    if "同意" not in body[:3000]:
        return None
    m = APPROVES.search(body, 0, 3000)
    return _period_of_title(m.group(1)) if m else None


def _period_from(start: int, m: re.Match) -> tuple[int, int | None]:
    """A start year and what the sentence says after it: a length in years or an end year."""
    if m.group("n"):
        return start, start + _count(m.group("n")) - 1
    if m.group("until"):
        return start, int(m.group("until"))
    return start, None


def _count(s: str) -> int:
    return int(s) if s.isdigit() else (cn_to_int(s) or 1)


# A bullet paragraph of a goal list: ——, --, －－, •, ●; (s26-web) a web page's list copied to text keeps its marks
# as one hyphen or middle dot (`- 新建…`, `·新建…`): before a Han character, never a negative amount (`-5`).
BULLET = re.compile(r"^\s*(?:——|--|－－|—|•|●|▪|◆|[-－·・](?=\s*\p{Han}))")
# A sentence that introduces a list of goals (`到2027年，实现以下目标：`, `主要目标是：`).
INTRODUCER_END = re.compile(r"[：:]\s*$")
# A time phrase that is the whole introducer line: `到2025年：`, `力争到“十四五”末：` (no clause of its own before the colon).
INTRODUCER_ONLY = re.compile(r"[^，,。；：:\d]{0,6}(?:(?:19|20)\d{2}\s*年[底末]?|[“\"]?十[一二三四五六]五[”\"]?[\p{Han}]{0,3})[^，,。；：:\d]{0,6}[：:]$")


# A run-in heading ends with 。 or ： before the paragraph's prose: `（三）发展目标。到2025年，…`.
WINTER_SPRING_OPENING = re.compile(r"[ \t\u3000]*(?:(?:全|我|本)[省市县区州盟旗镇乡])?\s*今冬明春")
RUN_IN_HEADING = re.compile(r"[^，,。；;：:\n]{2,16}[。：:]")
OPENING_CLAUSE = re.compile(r"[^，,。；]{0,24}[，,]")


# (s40-targets, guide TG10 and S37 CV2) A schedule that names each year of the plan for its stage (`2019年为启动实施年。`,
# `2020年是全面推进年；`, `2021年为巩固提升阶段，`) opens each year's paragraph with that sentence: the year is the paragraph's,
# as a schedule line's bare `2020年，` is (a year-by-year schedule, TG10), though the sentence ends before the work it dates.
# (read within OPENING_READ characters: the stage's name is short)
STAGE_NAMED_OPENING = re.compile(r"[ \t\u3000]*((?:19|20)\d{2})\s*年\s*(?:为|是|作为)\s*[“\"]?(?:(?![之的一])[\p{Han}]){2,8}[”\"]?(?:年|阶段)\s*[。；;，,]")


def _stage_named_year(ctx: Context, text: str, pos: int) -> int | None:
    """The year of a stage-naming sentence (`2020年为全面推进年。`) that opens the paragraph at `pos`, or None."""
    line_start = _paragraph_start(ctx, pos)
    para = text[line_start:min(pos, line_start + OPENING_READ)]
    numbered = NUMBERING.match(para)
    stage = STAGE_NAMED_OPENING.match(para, numbered.end() if numbered else 0)
    return int(stage.group(1)) if stage else None


def _opening_year(opening: str, issue_year: int | None = None) -> tuple[int | None, int | None] | None:
    """The time expression of the first clause of a paragraph (after its number and a run-in
    heading): `到2020年，…`, `（二）发展目标。力争到2026年，…`; with the issue year, also one counted
    from it (`力争用5—10年时间，…`, `今年，…`, `年底前，…`)."""
    if issue_year and "今冬" in opening[:8] and WINTER_SPRING_OPENING.match(opening):
        return issue_year, issue_year + 1  # (s26-a20tg) `今冬明春水利建设要以…为重点。全县要完成…`: its works, with or without a comma
    if (stage := STAGE_NAMED_OPENING.match(opening)) is not None:
        y = int(stage.group(1))
        return y, y  # (s40-targets, guide TG10) `2019年为启动实施年。…完成…10万亩`: the year's own schedule line
    opening_clause = stdlib_twin(OPENING_CLAUSE)  # (the same matches, faster: scan.stdlib_twin)
    first = opening_clause.match(opening)
    y = (_year_from(_without_cutoff_date(_without_bracket_years(first.group(0))), issue_year)
         if first and not _own_number(first.group(0)) else None)
    if y is not None:
        y = _written_after_effort(opening, 0, first.group(0), issue_year) or y
    if y is None:
        head = stdlib_twin(RUN_IN_HEADING).match(opening)
        first = opening_clause.match(opening, head.end()) if head else None
        y = _year_from(first.group(0), issue_year) if first and not _own_number(first.group(0)) else None
        if y is not None:
            y = _written_after_effort(opening, head.end(), first.group(0), issue_year) or y
        if y is None:
            # (s15) `力争经过三年努力，到2025年，…`, `（二）主要目标。通过三年努力，到2025年，…`: a lead-in clause of words, then
            # a clause that is only the time expression: that expression opens the paragraph
            lead = stdlib_twin(LEAD_IN_THEN_TIME).match(opening) or (LEAD_IN_THEN_TIME_SHORT.match(opening, head.end()) if head else None)
            if lead and not _own_number(lead.group(1)) and (EFFORT_LEAD.search(lead.group(1)) or not ACTION_LEAD.match(lead.group(1))):
                y = _year_from(lead.group(2), issue_year)
    if (y and issue_year and y[1] is not None and y[1] < issue_year and first
            and CUTOFF_OPENING.match(first.group(0))):
        return None  # (s14b) `截至2020年底，全国已建成…。新建…50个`: a report's cutoff (a past year) dates no goal after it
    return y


YEAR_WRITTEN = re.compile(r"(?:19|20)\d{2}\s*年")


def _written_after_effort(opening: str, at: int, first: str, issue_year: int | None) -> tuple[int | None, int | None] | None:
    """(s35, guide S31b TG64) `通过三年努力，到2015年，…`: the year written right after an effort clause wins over the effort
    counted from the issue year (null/2015); the effort alone (`通过三年努力，…`) keeps its span."""
    if YEAR_WRITTEN.search(first) or not EFFORT_YEARS.search(first):
        return None
    lead = LEAD_IN_THEN_TIME_SHORT.match(opening, at)
    if lead is None or lead.group(1) != first or not YEAR_WRITTEN.search(lead.group(2)):
        return None
    return _year_from(lead.group(2), issue_year)


_TIME_CLAUSE = (r"\s*((?:力争|争取|确保|努力)?\s*(?:到|至)\s*(?:(?:19|20)\d{2}\s*年(?:年底|年末|底|末)?|[“\"]?十[一二三四五六]五[”\"]?"
                r"(?:时期末|期末|末))\s*[，,])")
# (read within OPENING_READ characters: 24 + 1 + 12 + 1, and after a run-in heading of 17 at most 12 + 1 + 12 + 1)
LEAD_IN_THEN_TIME = re.compile(r"([^，,。；;：:\n]{2,24}[，,]|[^，,。；;：:\n]{2,12}[，,][^，,。；;：:\n]{2,12}[，,])" + _TIME_CLAUSE)
# (s33-tg, guide TG48/Y5, S33 CJ Q2) a lead-in that is a task of its own (`深入开展卫生城镇创建，到2020年，…。`, `实施分级诊疗制度，
# 到2020年，…`) writes its deadline inside that task's sentence: it dates that sentence only, not the paragraph's later ones;
# a lead-in of effort or means (`力争经过三年努力，`, `在此基础上，`, `通过专项治理，`) still opens the paragraph with the time.
ACTION_LEAD = re.compile(r"\s*(?:深入|全面|继续|加快|加大|大力|积极|着力|扎实|持续|进一步)?\s*(?:开展|实施|推进|推动|推動|完善|建立|健全|加强|制定|优化|支持|落实|提升|提高|发展)")
EFFORT_LEAD = re.compile(r"努力|时间|基础上|经过|通过|今后|力争|争取")
# (two short lead-ins: `在此基础上，再经过五年努力，到2030年，…`)
LEAD_IN_THEN_TIME_SHORT = re.compile(r"([^，,。；;：:\n]{2,12}[，,])" + _TIME_CLAUSE)
PLACES_EACH = re.compile(r"(?:[\p{Han}]{1,8}?(?:村|社区|镇|乡|街道|县|区|市|旗)、)+[\p{Han}]{1,8}?(?:村|社区|镇|乡|街道|县|区|市|旗)各")
QUOTA_LABEL = re.compile(r"(?:名额|配额|指标数|人数|数量)(?:分配|安排|分解)?(?:如下|情况)?\s*(?:为)?\s*[：:]$")
DEMAND_AHEAD = re.compile(r"要|计划|拟|需|须|应|务必|全力")
# (s15c) also a bare year before its subject without a comma: `2023年全省实现新能源发电量520亿千瓦时，较上年增长18.6%`
BARE_SCHEDULE_OPENING = re.compile(r"[ \t\u3000]*(?:19|20)\d{2}\s*年(?![底末内度])(?!\s*[—\-－~～至到])")
BARE_YEAR_OPENING = re.compile(r"\s*(?:19|20)\d{2}\s*年度?\s*(?:[，,]|(?=[全我本][省市区县州盟旗国镇乡]))")


def _reviewed_year_paragraph(ctx: Context, text: str, lo: int, q: Quantity, issue_year: int) -> bool:
    """A number before the first numbered item, in a paragraph that opens with a bare year before the notice's own
    (`2006年，…` in a 2007 notice) and sets nothing up to the number (no goal or demand word): the past year reviewed
    before the notice turns to its tasks (spec §7: numbers that describe rather than demand)."""
    start = max(lo, _line_start(text, lo, q.start))  # (0 when no break lies in [lo, pos): the body's first line starts at lo)
    m = BARE_YEAR_OPENING.match(text, start, q.start)
    if m is None or int(re.search(r"\d{4}", m.group(0)).group(0)) >= issue_year or _task_at(ctx, q.start) is not None:
        return False
    if any(int(y) >= issue_year for y in re.findall(r"((?:19|20)\d{2})\s*年", text[m.end():q.start])) \
            or re.search(r"今年|本年|明年", text[m.end():q.start]):
        return False  # (`2004年，全市共培训农民工3万人。2005年，全市培训…4万人以上`: the paragraph turns to the notice's year)
    return GOAL_AHEAD.search(text, start, q.start) is None and DEMAND_AHEAD.search(text, start, q.start) is None


def _last_goal_year(text: str, lo: int, hi: int) -> int:
    """The latest `到YYYY年` of the body (0 if none): a document that sets goals by it was written before it."""
    return max((int(m.group(1)) for m in re.finditer(r"(?:到|至)\s*((?:19|20)\d{2})\s*年", text[lo:hi])), default=0)


CUTOFF_OPENING = re.compile(r"\s*(?:截至|截止到?)\s*(?:19|20)\d{2}")


# `2022年完成户厕改造3000户，…`: a first clause with a number of its own is that target's clause, not a time phrase
# over the paragraph (`2022年，…` or `到2025年，…` opens the paragraph; session 3: a year sentence with numbers of its
# own governs itself).
OWN_NUMBER = re.compile(r"\d[\d.]*\s*(?:[万亿千]\s*)?(?![\d.])(?!\s*[年月日号]|\s*[-—–―－~～至到]\s*\d)")


def _own_number(clause: str) -> bool:
    if not DIGIT.search(clause):
        return False
    clause = _ascii_digits(clause)
    # (`2023—2025年，…`: a range's first year has no 年 of its own)
    return OWN_NUMBER.search(re.sub(r"(?:(?:19|20)\d{2}\s*年?\s*" + RANGE_SEP_WORD + r"\s*)?(?:19|20)\d{2}\s*年|\d{1,2}\s*[月日号]",
                                    "", clause)) is not None


def _goal_sentence_year(ctx: Context, text: str, line_start: int, end: int) -> tuple[int | None, int | None] | None:
    """A sentence inside the paragraph that opens with a time expression and states the goal in
    words only (`力争到2027年，创新体系不断完善，…。` then `取得10项以上…；培育20家…`) governs the
    sentences after it, like an introducer (guide TG6d). A sentence with numbers of its own
    governs itself only. The goal sentences of a paragraph are found once (a paragraph holds many
    targets)."""
    goals = ctx.shared(f"targets.goal_sentences.{line_start}", lambda: _goal_sentences(text, line_start))
    found = None
    for sentence_end, y in goals:
        if sentence_end > end:
            break
        found = y
    return found


def _goal_sentences(text: str, line_start: int) -> list[tuple[int, tuple[int | None, int | None]]]:
    line_end = text.find("\n", line_start, line_start + 4096)
    para = text[line_start:line_end if line_end >= 0 else line_start + 4096]
    out = []
    start = 0
    for end in _sentence_ends(para):  # each sentence, up to and with its end mark
        sentence = para[start:end]
        start = end
        # `具体指标：到2022年，…建设50所…。…推动建设300个…`: a goals label opening the sentence makes it the dating
        # sentence over the goals after it, numbers of its own or not (guide TG12 read for a run-on paragraph)
        label = GOAL_LABEL_OPENING.match(sentence) if "：" in sentence or ":" in sentence else None
        first = stdlib_twin(OPENING_CLAUSE).match(sentence, label.end() if label else 0)
        if not first:
            continue
        y = _year_from(first.group(0))
        if y is None and (lead := stdlib_twin(LEAD_IN_THEN_TIME).match(sentence, label.end() if label else 0)) and not _own_number(lead.group(1)):
            y, first = _year_from(lead.group(2)), lead  # (s15) `通过三年努力，到2025年，…` (`_opening_year`)
        if y and (label or not re.search(r"\d|[一二两三四五六七八九十百千万]+(?:个|项|家|名|人|%)", sentence[first.end():])) \
                and (label or not DEADLINE_ON_WORK.match(first.group(0))):
            out.append((line_start + end, y))
    return out


# (s39-targets) `2015年底前完成排水管网普查，建立…信息系统。` in the middle of a paragraph: a deadline glued to the work it
# dates (no comma between) sets the time of that work, a task's deadline, not a goals sentence over the sentences after it
# (spec §7: a time expression in the middle of a paragraph dates its own sentence; guide TG6d is for sentences that introduce)
DEADLINE_ON_WORK = re.compile(r"[\s\u3000]*(?:力争|确保|争取)?\s*(?:19|20)\d{2}\s*年\s*(?:底|末|\d{1,2}\s*月(?:底|末|份)?|[上下]半年|汛期|年内)?\s*"
                              r"(?:前|以前|之前)\s*(?:全面|全部|基本)?\s*(?:完成|启动|建立|出台|制定|开展|编制|印发|组建|实施|上线)")
GOAL_LABEL_OPENING = re.compile(r"\s*(?:[\p{Han}]{0,4}(?:目标|指标)(?:任务)?|目标任务|任务目标)\s*[：:]\s*")


# A sentence of a paragraph ends with one of these marks (`_goal_sentences`).
GOAL_SENTENCE_MARK = re.compile(r"[。！？]")


def _sentence_ends(para: str) -> list[int]:
    """Where each sentence of `para` ends, after its mark: the ends of the matches of
    `[^marks]*[marks]`, which run from one mark to the next (text after the last mark is no
    sentence), found without that pattern's retries of the unmarked tail from each character."""
    return [m.end() for m in GOAL_SENTENCE_MARK.finditer(para)]


def _paragraph_period(ctx: Context, text: str, pos: int) -> tuple[int | None, int | None] | None:
    """The year of a time expression that opens the target's paragraph (`到2020年，…。…`: every
    target of the paragraph), or of a sentence introducing the list the paragraph belongs to
    (`力争到2027年，实现以下目标：` then the goals, within the same numbered item)."""
    line_start = _paragraph_start(ctx, pos)
    para = text[line_start:min(pos, line_start + 4096)]  # the opening is read, not the whole line
    numbered = NUMBERING.match(para)
    if pos - line_start > 4096 and len(para) - (numbered.end() if numbered else 0) < 64:
        para = text[line_start:pos]
        numbered = NUMBERING.match(para)
    y = _opening_year_once(ctx, para[numbered.end() if numbered else 0:])
    if y and not _review_period(ctx, y):
        return y
    if line_start > 0 and text[line_start - 1] == "\n" and text[line_start - 2:line_start - 1] in SENTENCE_GOES_ON \
            and not GOAL_SENTENCE_MARK.search(para):
        # (the sentence began on a line above: `_sentence_above`, once per line)
        y = ctx.shared(f"targets.sentence_above.{line_start}", lambda: _sentence_above(ctx, text, line_start, _task_at(ctx, pos)))
        if y:
            return y
    y = _goal_sentence_year(ctx, text, line_start, line_start + len(para))
    if y:
        return y
    task = _task_at(ctx, pos)
    bullet = BULLET.match(para) is not None
    # what the lines above say depends on the line, its task and whether it is a bullet only:
    # read once for all the numbers of a paragraph
    memo = _task_memo(ctx, "paragraph_above")
    key = (line_start, task, bullet)
    if key not in memo:
        memo[key] = _period_above(ctx, text, line_start, task, bullet)
    return memo[key]


def _review_period(ctx: Context, y: tuple[int | None, int | None]) -> bool:
    """(s22-tg) A paragraph opened by a period over before the plan begins (`“十三五”期间，全州累计完成…。在此基础上，到2025年，
    …具体目标是：…`) reviews what was done: it dates none of the goals the paragraph goes on to set (spec §7, a time
    expression that opens the paragraph dates its targets; a review's targets were dropped as past achievements)."""
    if y[1] is None:
        return False
    now = _issue_year(ctx) or _first_plan_start(ctx.annotations.get("targets.plans") or ())
    return now is not None and y[1] < now


# `_opening_year` reads at most the first OPENING_READ characters of its string (RUN_IN_HEADING's 17, then
# OPENING_CLAUSE's 25): the numbers of a paragraph share their opening's year, read once per document and
# opening (for the two patterns as read, crc32; tests/test_s10_speed_a.py).
OPENING_READ = 43
OPENING_PATTERNS_READ = 0x791C449D


def _opening_year_once(ctx: Context, opening: str) -> tuple[int | None, int | None] | None:
    """`_opening_year(opening, _issue_year(ctx))`, kept per context by the characters it reads."""
    if _crc(OPENING_CLAUSE.pattern + RUN_IN_HEADING.pattern) != OPENING_PATTERNS_READ:
        return _opening_year(opening, _issue_year(ctx))
    memo = ctx.shared("targets.opening_year", dict)
    key = opening[:OPENING_READ]
    if key not in memo:
        memo[key] = _opening_year(opening, _issue_year(ctx))
    return memo[key]


def _paragraph_start(ctx: Context, pos: int) -> int:
    """Where the target's paragraph starts: its line's start, or (s9b) the start of its numbered item when that
    item begins inside the line and is not a sub-item of the item the line opens in. A web copy that lost its line
    breaks runs `…。（三）加强体育锻炼。…` on after the items above; the year that opened the first paragraph of
    the line (`到2035年，…`) does not date the items after it, as it would not with the breaks kept. Sub-items run
    on inside their item's paragraph (`（一）总体目标。到2025年，…：1.…；2.…`) keep the paragraph's opening."""
    line_start = ctx.line_start(pos)
    task = _task_at(ctx, pos)
    if not task:
        return line_start
    span = ctx.task_span(task)
    if span is None or span[0] <= line_start:
        return line_start
    outer = _task_at(ctx, line_start)
    if outer and (task == outer or task.startswith(outer + "/")):
        return line_start
    return span[0]


def _period_above(ctx: Context, text: str, line_start: int, task: str | None,
                  bullet: bool) -> tuple[int | None, int | None] | None:
    """The year of the paragraph a bullet hangs from, else of the introducer above, else of the
    item's lead paragraph (see `_paragraph_period`)."""
    if bullet:
        # a bullet (——…) under a paragraph that opens with its year: `到2023年，…。` then the goals
        k = line_start - 1
        for _ in range(30):
            if k <= ctx.layout.body_start:
                break
            prev_start = text.rfind("\n", 0, k) + 1
            line = text[prev_start:k]
            if not BULLET.match(line):
                if _task_at(ctx, max(prev_start, k - 1)) == task:  # (the item's span may start after its number)
                    numbered = NUMBERING.match(line)
                    y = _opening_year(line[numbered.end() if numbered else 0:], _issue_year(ctx))
                    if y is None and _under_goal_heading(ctx, prev_start):
                        y = _lead_in_deadline(line[numbered.end() if numbered else 0:])
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
        above = _task_at(ctx, prev_start)
        if above != task and not (task or "").startswith(above or "\0"):
            if _earlier_sibling(task, above):
                # (s31-tg, guide TG6d) `到2017年底，实现以下目标：` / `1.…；` / `2.…；`: the goals listed as numbered items
                # under the introducer are all its list, not the first only; the items above are passed over
                k = prev_start - 1
                continue
            break
        if stdlib_twin(INTRODUCER_END).search(line):
            sentences = re.split(r"[。；]", line.rstrip("：: "))
            y = _year_from(_without_statistic_year(sentences[-1]))
            if y is None and len(sentences) > 1 and GOAL_LABEL_ONLY.fullmatch(sentences[-1]):
                y = _labelled_list_year(ctx, sentences[-2])
            if y is None and _under_goal_heading(ctx, prev_start):
                y = _list_lead_deadline(line, _issue_year(ctx))  # (s32-tg, guide Y5) `…重点村年底前基本实现“十个全覆盖”：`
            return y if y else None
        if line.endswith("。") and len(line) > 60:
            break  # a prose paragraph, not a list under an introducer
        k = prev_start - 1
    return _lead_year(ctx, text, task)


def _earlier_sibling(task: str | None, other: str | None) -> bool:
    """`二/1` (or inside it, `二/1/(1)`) above `二/3`: an earlier item of the same list."""
    if not task or not other or "/" not in task:
        return False
    parent = task.rsplit("/", 1)[0] + "/"
    return other.startswith(parent) and other.split("/")[len(parent.split("/")) - 1] != task.rsplit("/", 1)[1]


# (s26-a20tg) `…，到2023年底，基本建成…县域商业网络。具体目标：` then the goals: a bare label closes the introducer, and the
# sentence before it in the same paragraph dates the list (guide TG6d, TG12: a dating sentence over a goals list).
GOAL_LABEL_ONLY = re.compile(r"\s*(?:具体|主要|总体|工作|发展|阶段性?)?(?:目标|指标)(?:任务)?\s*(?:是|为|如下)?\s*")


def _labelled_list_year(ctx: Context, sentence: str) -> tuple[int | None, int | None] | None:
    y = _year_from(_without_cutoff_date(_without_statistic_year(sentence)), _issue_year(ctx))
    return None if y and _review_period(ctx, y) else y


# A line that ends in ；or ， has not finished its sentence: `到2020年，高档数控机床…实现批量生产及应用；` then
# `增材制造装备成形效率大于450cm3/h，…；` on the next line (a goal list typed one clause per line). The time expression
# before the target in the lines of its sentence is in the target's own sentence (spec 1.1 §7), the nearest first.
SENTENCE_GOES_ON = "；;，,"


def _sentence_above(ctx: Context, text: str, line_start: int, task: str | None) -> tuple[int | None, int | None] | None:
    k = line_start - 1
    for _ in range(30):
        if k <= ctx.layout.body_start:
            return None
        prev_start = ctx.line_start(k)
        line = text[prev_start:k].rstrip(" \t\u3000\r")
        if not line or line[-1] not in SENTENCE_GOES_ON or _task_at(ctx, max(prev_start, k - 1)) != task:
            return None  # (the item's span may start after its number)
        if DIGIT.search(line) or "五" in line or "今" in line or "年" in line:
            numbered = NUMBERING.match(line)
            y = _year_from(_without_cutoff_date(_without_statistic_year(_without_bracket_years(
                line[numbered.end() if numbered else 0:]))), _issue_year(ctx))
            if y and line[-1] in "；;" and BULLET.match(line) and not _opening_year(BULLET.sub("", line, count=1), _issue_year(ctx)):
                # (s26-a20tg) `——…，2023年农产品网络零售额达到3.5亿元；` then `——新建…20座`: a year inside one bullet's
                # clause does not date the next bullet, after its `；` (guide S22 answers: not a clause after `；`)
                k = prev_start - 1
                continue
            if y:
                issue_year = _issue_year(ctx)
                if y[1] is not None and y[1] != PLAN_END_MARK and issue_year and y[1] < issue_year:
                    return None  # (a review of the past: the main loop drops such sentences)
                return y
        k = prev_start - 1
    return None


def _lead_year(ctx: Context, text: str, path: str | None) -> tuple[int | None, int | None] | None:
    """`二、工作目标` / `到2020年，全县公共文化服务体系基本建成。` / `1．…100%达标`: a paragraph that leads
    a numbered item, before its first sub-item, opening with a time expression and stating the goal
    in words only, introduces the sub-items (guide TG6d): their targets are by that year."""
    if not path or "/" not in path:
        return None
    parent = path.rsplit("/", 1)[0]
    return ctx.shared(f"targets.lead_year.{parent}", lambda: _lead_paragraph_year(ctx, text, parent))


def _lead_paragraph_year(ctx: Context, text: str, parent: str) -> tuple[int | None, int | None] | None:
    span = ctx.task_span(parent)
    if span is None:
        return None
    first_child = ctx.first_inside_after(parent, span[0])
    if first_child is None:
        return None
    found = None
    lines = text[span[0]:first_child].split("\n")
    head = NUMBERING.sub("", lines[0].strip(), count=1)
    # under a goals heading (`一、发展目标`) the lead dates the goals below it, also when it states
    # numbers of its own (guide TG12: a dating sentence over a 工作目标 list dates the list)
    goals = _is_goal_heading(head)
    run_in = stdlib_twin(RUN_IN_HEADING).match(head)  # `二、工作目标。到2020年，…。` on the heading's own line
    for line in ([head[run_in.end():]] if run_in else []) + lines[1:]:
        line = line.strip()
        if goals and (listed := _list_lead_deadline(line, _issue_year(ctx))):
            found = listed  # (s32-tg, guide Y5) `2016年全镇…。重点村年底前基本实现“十个全覆盖”：`: the sentence that leads in
            continue  # the list dates it, not the year that opens its paragraph (which dates that paragraph's own sentences)
        first = OPENING_CLAUSE.match(line)
        if not first:
            # `到2025年：` alone on its line, then the goals (guide TG6d): the introducer's time phrase
            first = INTRODUCER_ONLY.match(line)
            if not first:
                continue
        y = _year_from(first.group(0))
        if y is None and (lead := stdlib_twin(LEAD_IN_THEN_TIME).match(line)) and not _own_number(lead.group(1)):
            y, first = _year_from(lead.group(2)), lead  # (s15) `通过三年努力，到2025年，…` (`_opening_year`)
        if y and (goals or not re.search(r"\d|[一二两三四五六七八九十百千万]+(?:个|项|家|名|人|%)", line[first.end():])):
            found = y
    return found


# `一、发展目标`, `（二）主要目标。`, `二、目标任务`: a heading naming the goals of the plan.
# (s15) Also a heading that joins the goals to another part of the plan's frame, the goals last (`指导思想和发展目标`,
# `总体思路与主要目标`, `发展定位和目标`): its paragraphs are the goals all the same.
GOAL_HEADING = re.compile(r"^(?:[\p{Han}]{0,4}(?:目标|指标)(?:任务)?|目标任务|任务目标"
                          r"|[\p{Han}]{2,6}(?:和|与|及)[\p{Han}]{0,4}目标(?:任务)?)[。：:]?$")


def _goal_item_year(ctx: Context, text: str, pos: int) -> tuple[int | None, int | None] | None:
    """`（二）主要目标。到2025年，…。` then further paragraphs of goals in the same item: the year that opens
    the goals item's first paragraph dates its later paragraphs too (guide TG12)."""
    path = _task_at(ctx, pos)
    if not path:
        return None
    # `二、发展目标` / `（一）总体目标` / `到2020年，…。` / `（二）具体目标` / `1.…35张`: the goals item's opening year dates the
    # goal items under it (its ancestors only: a goal year in one chapter does not date another, guide TG13)
    # (s13b) Not only its first paragraph: `一、主要目标` / `瞄准…，打造…高地。` / `力争到2027年，…全面拓展。` / `取得10项以上…`: a
    # paragraph of the goals item that opens with a time expression dates the goal paragraphs after it, as the same
    # sentences run on in one paragraph would (`_goal_sentence_year`); the last one before the target counts.
    parts = path.split("/")
    for i in range(len(parts), 0, -1):
        p = "/".join(parts[:i])
        y = ctx.shared(f"targets.goal_item_year.{p}", lambda p=p: _first_paragraph_year(ctx, text, p))
        later = ctx.shared(f"targets.goal_item_dated.{p}", lambda p=p: _dated_goal_paragraphs(ctx, text, p))
        for at, dated in later:
            if at > pos:
                break
            y = dated
        if y:
            return y
    return None


def _dated_goal_paragraphs(ctx: Context, text: str, path: str) -> list[tuple[int, tuple[int | None, int | None]]]:
    """(start, year) of each paragraph of a goals item, after its first line, that opens with a time expression
    (after its number and a run-in heading: `（一）总体目标。到2025年，…`). Not a year before the issue year (`2022年，
    全市…`: a review of where the goals start from)."""
    task = ctx.task_by_path().get(path)
    span = ctx.task_span(path)
    if task is None or span is None or not _is_goal_heading(task.heading):
        return []
    issue_year = _issue_year(ctx)
    out = []
    at = text.find("\n", span[0], span[1])
    while 0 <= at < span[1]:
        start = at + 1
        at = text.find("\n", start, span[1])
        line = text[start:at if at >= 0 else span[1]].strip()
        if line[-1:] in ("：", ":") and len(line) <= 8 and GOAL_LABEL_ONLY.fullmatch(line[:-1]):
            out.append((start, None))  # (s35, guide S33b CM1 Q2) `主要指标：` after the dated goal paragraphs: the list under
            continue  # its own lead-in takes no year from them
        if not line or not DIGIT.search(_ascii_digits(line[:OPENING_READ])) and "五" not in line[:OPENING_READ] \
                and "今" not in line[:OPENING_READ] and "用" not in line[:OPENING_READ]:
            continue
        numbered = NUMBERING.match(line)
        y = _opening_year(line[numbered.end() if numbered else 0:], issue_year)
        if y and not (y[1] is not None and y[1] != PLAN_END_MARK and issue_year and y[1] < issue_year):
            out.append((start, y))
    return out


def _first_paragraph_year(ctx: Context, text: str, path: str) -> tuple[int | None, int | None] | None:
    task = ctx.task_by_path().get(path)
    span = ctx.task_span(path)
    if task is None or span is None or not _is_goal_heading(task.heading):
        return None
    lines = [ln.strip() for ln in text[span[0]:span[1]].split("\n")]
    head = NUMBERING.sub("", lines[0], count=1)
    run_in = stdlib_twin(RUN_IN_HEADING).match(head)
    if run_in and head[run_in.end():].strip():
        first = head[run_in.end():]
    else:
        k = next((i for i, ln in enumerate(lines[1:], 1) if ln), 0)
        first = lines[k] if k else ""
        if first and NUMBERING.match(first) and _is_goal_heading(NUMBERING.sub("", first, count=1)):
            # the first line is a child's goal heading (`（一）总体目标`): its paragraph opens the goals
            first = next((ln for ln in lines[k + 1:] if ln), "")
    if not first:
        return None
    return _opening_year(first, _issue_year(ctx)) or _lead_in_deadline(first) or _list_lead_deadline(first, _issue_year(ctx))


# (s32-tg, guide Y5) `二、目标任务` / `2016年全镇…重点村12个，…。重点村年底前基本实现“十个全覆盖”：` / `（一）…收集率达到100%`: the
# sentence that closes the goals' first paragraph with a colon leads in the list of goals under it, and its deadline dates
# them (a deadline without its year counted from the issue year, read like 到: null/year), as a lead-in that opens the
# paragraph does (`_lead_in_deadline`).
LIST_LEAD_DEADLINE = re.compile(r"(?:(?:到|至)\s*(?P<y>(?:19|20)\d{2})\s*年(?:底|末)?|(?P<y2>(?:19|20)\d{2})\s*年(?:底|末)?前"
                                r"|(?P<rel>(?:今年)?(?:年底|年末)前))[^。；;！？\n\d]{0,30}[：:]\s*$")


def _list_lead_deadline(paragraph: str, issue_year: int | None) -> tuple[int | None, int | None] | None:
    if not paragraph.rstrip().endswith(("：", ":")):
        return None
    last = re.split(r"[。；;！？]", paragraph.rstrip())[-1]
    m = LIST_LEAD_DEADLINE.search(last)
    if m is None:
        return None
    if m.group("rel"):
        return (None, issue_year) if issue_year else None
    return None, int(m.group("y") or m.group("y2"))


# (s29-tg, guide TG12/TG6d) `一、总体目标` / `以县城为中心、乡镇为重点、村为基础，健全…体系，到2025年，全市…取得明显成效。` /
# `——商业网络更加健全。…不少于600个`: the paragraph that heads a goals item states the goal in words after lead-in clauses
# of words (longer than LEAD_IN_THEN_TIME's), then the deadline: it is the dating sentence over the goals list, and its
# deadline dates the list. Only under a goals heading, lead-in clauses without numbers of their own, in the first sentence.
LEAD_IN_CLAUSES_THEN_TIME = re.compile(r"((?:[^，,。；;：:！？\n]{2,40}[，,]){1,4})" + _TIME_CLAUSE)


def _lead_in_deadline(line: str) -> tuple[int | None, int | None] | None:
    line = line.strip(" \t\u3000")
    m = LEAD_IN_CLAUSES_THEN_TIME.match(line)
    if m is None or _own_number(m.group(1)):
        return None
    if re.search(r"[；;]", re.split(r"[。！？]", line[m.end():], maxsplit=1)[0]):
        return None  # (s33-tg2, guide TG48/S32b) `以…为目标，坚持…，到2021年底，…覆盖率达到95%以上；…；…下降5%以上。`: a deadline
        # after lead-in clauses, in a sentence cut by `；`, sits inside its `；` clause and dates that clause only; only a
        # year opening the paragraph dates the paragraph (Y5)
    y = _year_from(m.group(2))
    return y if y and y[0] is None else None


NAMED_LABEL = re.compile(r"(?:^|[，,；;。\n\s])[\p{Han}]{2,12}[：:]$")


def _under_goal_heading(ctx: Context, pos: int) -> bool:
    path = _task_at(ctx, pos)
    by_path = ctx.task_by_path()
    while path:
        task = by_path.get(path)
        if task is not None and _is_goal_heading(task.heading):
            return True
        path = path.rsplit("/", 1)[0] if "/" in path else None
    return False


def _is_goal_heading(head: str) -> bool:
    run_in = stdlib_twin(RUN_IN_HEADING).match(head)
    return stdlib_twin(GOAL_HEADING).match(run_in.group(0) if run_in else head.strip()) is not None  # (the same match, faster)


def _heading_period(ctx: Context, pos: int) -> tuple[int | None, int | None] | None:
    path = _task_at(ctx, pos)
    if not path:
        return None
    if _inside_own_heading(ctx, path, pos):
        # `2.完成投资50亿元，力争2022年达到60亿元`: a target inside its item's heading line takes no year
        # from later in that heading (its own sentence already read what comes before it)
        path = path.rpartition("/")[0]
        if not path:
            return None
    return _per_path(ctx, "heading_period", path, _headings_period)


# (s15) `（二）按照到2025年企业开办时间压缩至1个工作日的要求，推行…。新增…50项。` in a one-year work plan: the later horizon
# is the goal the year's work follows, named inside 按照…的要求; it does not date the year's targets (the plan's year does).
CITED_GOAL = re.compile(r"(?:按照|根据|对照|对标|围绕|落实|锚定|瞄准)[^，,。；;]{0,40}?的(?:目标)?(?:要求|目标|部署|任务|安排)")


def _without_cited_goal(ctx: Context, s: str) -> str:
    if "的" not in s or not stdlib_twin(CITED_GOAL).search(s):
        return s
    plans = ctx.annotations.get("targets.plans")
    if plans is None or not _one_year_plan(plans):
        return s
    return CITED_GOAL.sub(lambda m: " " * len(m.group(0)), s)


def _inside_own_heading(ctx: Context, path: str, pos: int) -> bool:
    task = ctx.task_by_path().get(path)
    return task is not None and task.span is not None and task.span[0] <= pos < task.span[1]


def _headings_period(ctx: Context, path: str) -> tuple[int | None, int | None] | None:
    by_path = ctx.task_by_path()
    parts = path.split("/")
    for i in range(len(parts), 0, -1):
        task = by_path.get("/".join(parts[:i]))
        if task is not None:
            y = _year_from(_without_statistic_year(_without_cited_goal(ctx, task.heading)))
            if y:
                return y
    return None


# `（一）职工参保人员长护险缴费基数为2021年度本市在岗职工月平均工资的…`: a heading run on into its first sentence
# (a copy that lost the break after it) names the year of a statistic a rate is taken of; that year is a basis, not
# the period of the items below (as BASIS_YEAR in a target's own sentence).
STATISTIC_YEAR = re.compile(r"(?:19|20)\d{2}\s*年度(?=[^，,。；;！？\d]{0,24}?(?:平均工资|工资|收入|生产总值|基数|价格指数))")


def _without_statistic_year(s: str) -> str:
    return STATISTIC_YEAR.sub(lambda m: " " * len(m.group(0)), s) if "年度" in s else s


# (s21-tgyear) `农作物秸秆综合利用率2016年达到85%以上，2017年达到88%以上；全县小麦机收面积达到60万亩`, `“十一五”期间，…年均增长
# 8%以上，到2010年达到4800元；粮食总产量稳定在3亿公斤左右`: a year bound to its clause's own level (`2017年达到`, `到2010年达到`,
# no comma between) inside an earlier `；` clause dates that level only, not the clauses after `；` (which keep the
# sentence's or paragraph's time). A time phrase standing on its own (`到2010年，…`, `2020年底前新增…`) or opening the
# sentence still governs what follows (spec §7, guide TG6d; the golds read those both ways, so they are left).
# (s25-tg2) `YYYY年当年…` names the figure of that one year (spec §7: the year the target applies to); inside an earlier
# `；` clause of a deadline sentence it is bound to that clause like a year before 达到 (BOUND_YEAR).
YEAR_OWN_FIGURE = re.compile(r"(?<![到至\d])(?:19|20)\d{2}\s*年\s*当年")
SCHEDULE_PART_YEAR = re.compile(r"(?:19|20)\d{2}\s*年(?:底|末)?\s*(?:要|将|力争)?\s*(?:完成|新增|建成|改造|新建|实施)(?=[\p{Han}]{0,8}?\s*[\d.])")
# ((s36-tg) also with the level's subject between, `2021年雪季接待国内外游客达到2000万人次，…；入境游客年均增长10%以上`)
BOUND_YEAR = re.compile(r"(?:(?:到|至)\s*)?(?:19|20)\d{2}\s*年(?:底|末)?\s*(?:[\p{Han}]{0,14}?)\s*(?:要|将|力争|预计|可)?\s*"
                        r"(?:达到|达|提高到|提高至|提升到|提升至|增加到|增至|降到|降至|下降到|下降至|控制在|稳定在|突破|超过)")
OPENING_TIME = re.compile(r"[ \t\u3000]*(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*|[—\-•·●]+\s*)?(?:(?:全|我|本)[省市县区州盟旗镇乡]\s*|各地\s*)?"
                          r"(?:力争|争取|确保|计划|预计)?\s*(?:到|至|在|于|从|自)?\s*(?:(?:19|20)\d{2}\s*年|[“\"]?十[一二三四五六]五|今年|明年|今后|未来"
                          r"|(?:[两三四五六七八九十]|\d{1,2})\s*年(?:内|间|累计))")


# (s27-tg) a deadline counted from the issue year opening the sentence (`年底前，全镇…；每村至少建设1处…`) dates it all (guide S22)
RELATIVE_OPENING = re.compile(r"[ \t\u3000]*(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*)?(?:力争|确保|争取)?\s*(?:在|于|到)?\s*(?:今年|明年)?\s*"
                              r"(?:年底|年末|年内)")


def _without_earlier_clause_years(s: str) -> str:
    """`s` (the sentence up to the number) with each year bound to a level in a `；` clause before the number's own
    blanked, except one opening the sentence."""
    k = max(s.rfind("；"), s.rfind(";"))
    if k < 0 or ("年" not in s[:k] and "月" not in s[:k]):
        return s
    head = 0
    if OPENING_TIME.match(s) or RELATIVE_OPENING.match(s):
        m = re.search(r"[，,；;：:]", s)
        head = m.start() if m else k
    out = s
    for m in BOUND_YEAR.finditer(s, head, k):
        out = out[:m.start()] + " " * (m.end() - m.start()) + out[m.end():]
    parts = list(SCHEDULE_PART_YEAR.finditer(out, head, k))
    if len(parts) >= 2 or (parts and out[:parts[0].start()].rstrip(" \t\u3000")[-1:] in ("，", ",")):
        # (s35, guide S22) one part left after a `，` (`…，其中2018年改造农户厕所2.1万户，2019年改造1.8万户；…`, the first part
        # blanked above as a sub-year) dates its own clause as well, not the clause after `；`
        for m in parts:  # (s31-tg2) `从2019年起，用三年时间，…改造4.5万户，其中2019年完成1.6万户，…，
            out = out[:m.start()] + " " * (m.end() - m.start()) + out[m.end():]  # 2021年完成1.3万户；新建…300座以上`: the
            # schedule's years date their own parts; the clause after `；` keeps the sentence's opening period
    if "当年" in s[head:k]:
        for m in YEAR_OWN_FIGURE.finditer(out, head, k):  # (s25-tg2) `2005年当年实际利用外资达到8亿美元；…`
            out = out[:m.start()] + " " * (m.end() - m.start()) + out[m.end():]
    for m in CLAUSE_DEADLINE.finditer(out, head, k):
        out = out[:m.start()] + " " * (m.end() - m.start()) + out[m.end():]
    if "到" in out[head:k] or "至" in out[head:k]:
        for m in MID_TIME_CLAUSE.finditer(out, head, k):  # (s27-tg2) `“十一五”期间，全省每年新增…，到2010年，…达到1200万人；每年开展…`
            out = out[:m.start()] + " " * (m.end() - m.start()) + out[m.end():]
        if head and PERIOD_OPENING.search(s, 0, head):
            for m in MID_DEADLINE_IN_PERIOD.finditer(out, head, k):
                out = out[:m.start()] + " " * (m.end() - m.start()) + out[m.end():]
            opening = _year_from(s[:head])
            for m in MILESTONE_IN_PERIOD.finditer(out, head, k):
                if opening and opening[1] and int(m.group("y")) < opening[1]:
                    out = out[:m.start()] + " " * (m.end() - m.start()) + out[m.end():]
    # (s27-tg, guide S22) a span or start inside an earlier `；` clause (`…必修内容，2009年至2011年每年组织…培训；…每人每年不少于20
    # 学时`, `从2011年起，…比例不低于30%；企业要按照…1.5%…`) and a deadline counted from the issue year (`要在年底前制定…；…`)
    # date their own clauses, not the clause after `；`
    for rx in (YEAR_RANGE, YEAR_FROM, RELATIVE_DEADLINE, MID_FIVE_YEAR):
        for m in rx.finditer(out, head, k):
            out = out[:m.start()] + " " * (m.end() - m.start()) + out[m.end():]
    if "前" in out[head:k]:
        for m in MONTH_DEADLINE.finditer(out, head, k):  # (s23-tg2) `各村要在4月10日前制定方案，…；…每名党员联系农户不少于10户`
            out = out[:m.start()] + " " * (m.end() - m.start()) + out[m.end():]
    if "计" in out[head:k]:
        for m in YEARS_TOTAL.finditer(out, head, k):  # (s26-tg) `三年累计完成户厕改造1.2万户，…；每个苏木乡镇…至少建成1座`:
            out = out[:m.start()] + " " * (m.end() - m.start()) + out[m.end():]  # a total's span dates its own clauses only
    if head and PERIOD_OPENING.search(s, 0, head):
        for m in CLAUSE_SCHEDULE_YEAR.finditer(out, head, k):
            out = out[:m.start()] + " " * (m.end() - m.start()) + out[m.end():]
    return out


# (s24-tg) `“十四五”期间，全市计划筹集…4.5万套，其中2022年筹集1.2万套，…，2024—2025年筹集1.8万套；新增…比例力争达到20%以上`:
# in a sentence opened by a period, a schedule year of a breakdown inside an earlier `；` clause dates that clause (and
# its `，` clauses), not the clause after `；` (guide S22), which keeps the period that opens the sentence. Only bare
# years: a deadline (`到2022年`, `2022年底前`) inside the period is left to the readings above.
PERIOD_OPENING = re.compile(r"十[一二三四五六]五[”\"]?\s*(?:期间|时期)|(?:19|20)\d{2}\s*年?\s*[-—–―－~～至到]\s*(?:19|20)\d{2}\s*年")
CLAUSE_SCHEDULE_YEAR = re.compile(r"(?<![到至止\d])(?:19|20)\d{2}\s*(?:年\s*)?(?:[-—–―－~～至到]\s*(?:19|20)\d{2}\s*)?年(?:度)?"
                                  r"(?!\s*(?:底|末|前|以前|之前|\d|以来))")


# (s23-tg) `…管网建设，2023年9月底前完成主体工程；对已建成的设施开展排查，设施正常运行率达到90%以上`: a deadline inside an
# earlier `；` clause (not opening the sentence) dates its own clause, not the clauses after `；` (guide S22: a year inside
# a sentence dates its own clause and the `，` clauses after it), which keep the paragraph's or the plan's time.
# (s27-tg2) a time clause of its own after a `，` in the middle of a sentence (`…50万人以上，到2010年，全省…；`): it dates the
# clauses up to `；` (guide S22), not the clause after; one opening the sentence or following a colon introduces a list (TG6d)
# (s27-tg3, spec §7) `“十四五”期间，…主要目标是：到2025年，…；每年培训养老护理员不少于1500人次`, `“十一五”期间，…到2010年累计
# 培训300万人以上…；农民人均劳务收入年均增长10%以上`: a yearly amount runs over the period that opens its sentence, not up to a
# deadline inside an earlier `；` clause (guide S22: a year dates its own clause and the `，` clauses after it)
OPENING_CLAUSE_END = re.compile(r"[，,；;：:。]")


def _opening_period_over(text: str, sentence_start: int, q_start: int, end: int) -> tuple[int, int] | None:
    """The period opening the sentence (`“十四五”期间，`, `2021—2025年，`) when it ends with the year `end`, else None."""
    m = OPENING_CLAUSE_END.search(text, sentence_start, q_start)
    if m is None or not PERIOD_OPENING.search(text, sentence_start, m.start()):
        return None
    k = max(text.rfind("；", m.start(), q_start), text.rfind(";", m.start(), q_start))
    if k < 0 or _year_from(text[k + 1:q_start]) is not None:
        return None  # `；到2010年，…，力争年均增长9%`: the deadline opens the yearly amount's own `；` clause (guide S22), an
        # average up to it
    period = _year_from(text[sentence_start:m.start()])
    if period and period[0] is not None and period[1] == end and period[0] < end:
        return period
    return None


# (s28-tg, guide S22) a five-year period or its end inside an earlier `；` clause (`到2025年：…；“十四五”期间累计完成营造林50万亩，
# …；累计新增…250平方公里`, `…控制在“十三五”末年度产生量的30%以内；…年产值超过2万亿元`) dates its own clause (and its `，`
# clauses), not the clause after `；`, which keeps the time that opens the sentence or the paragraph
MID_FIVE_YEAR = re.compile(r"(?:到|至)?\s*[“\"]?十[一二三四五六]五[”\"]?\s*(?:期间|时期末|时期|期末|末)")
# (s28-tg, guide S22) in a sentence opened by a period (`“十二五”期间，…8万亩，到2015年全县…20万亩以上，…；黄龙病发病率控制在3%
# 以内`), a deadline opening a later `，` clause without a comma of its own dates that clause and the `，` clauses after it,
# not the clause after `；`, which keeps the period that opens the sentence
MID_DEADLINE_IN_PERIOD = re.compile(r"(?<=[，,]\s*)(?:力争|争取|确保)?\s*(?:到|至)\s*(?:19|20)\d{2}\s*年(?:底|末)?")
# (s29-tg, guide TG48) `2006年至2008年，…主要目标是：…；到2006年底，…实现至少一人就业，…；每年组织开展…培训20万人次`: a
# deadline opening a `；` clause before the end of the period that opens the sentence is a milestone of its own clauses; the
# clauses after the next `；` go back to the period. A deadline at the period's end (`“十一五”期间，…；到2010年，…；…`, the
# A5 gold of a12) is the horizon the rest of the sentence is read by, and stays.
MILESTONE_IN_PERIOD = re.compile(r"(?<=[；;]\s*)(?:力争|争取|确保)?\s*(?:到|至)\s*(?P<y>(?:19|20)\d{2})\s*年(?:底|末)?(?=\s*[，,])")
MID_TIME_CLAUSE = re.compile(r"(?<=[，,]\s*)(?:到|至)\s*(?:19|20)\d{2}\s*年(?:底|末)?(?=\s*[，,])")
CLAUSE_DEADLINE = re.compile(r"(?:(?:到|至)\s*)?(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月(?:份)?(?:\s*\d{1,2}\s*日)?)?\s*(?:底|末)?\s*(?:前|以前|之前)")


# `对2018年1月1日后完工的技改项目，按…的50%…奖补`, `对2019年后新认定的国家级平台，给予一次性奖励50万元`: a date after
# which the units a reward is for were completed, founded or recognised is a cut-off that says which units qualify
# (an eligibility condition, spec §7 out), not the target's year nor a report of the past.
CUTOFF_DATE = re.compile(r"(?:(?<=对|凡|对于)|(?<=[，,]))\s*(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?\s*"
                         r"(?:后|以后|之后|起|以来|（含）以后|\(含\)以后)(?=[^，,；;。]{0,30}?的)")


# (s26-a20tg) `对2005年、2006年批准实施的续建项目县，每县每年补贴30万元`, `凡2019年认定的示范基地`: the year (or years) in which the
# units a provision covers were approved says which units qualify (guide TG24), not the target's own year.
DATED_GROUP = re.compile(r"(?<=对|凡|对于)\s*(?:19|20)\d{2}\s*年度?(?:\s*[、和及]\s*(?:19|20)\d{2}\s*年度?)*\s*(?:新)?"
                         r"(?:批准|认定|立项|命名|评定|获批|验收|列入|确定|启动|实施)[\p{Han}]{0,4}?的")


# (s17-period) A date in Chinese numerals (`二〇一九年一月一日后认定的`, as older notices and signatures write dates):
# its year and month/day in Arabic digits, same length (offsets kept), so that the date matchers below read it as
# they read `2019年1月1日`. Only the shape is read there: a month/day too long for its characters (`十` → 10) keeps
# its last digit.
CN_MONTH_DAY = re.compile(r"((?:19|20)\d{2}\s*年)([一二三四五六七八九十]{1,3})(月)(?:([一二三四五六七八九十]{1,3})([日号]))?")


def _cn_small_digits(tok: str) -> str:
    if "十" in tok:
        a, _, b = tok.partition("十")
        v = (CN_DIGIT[a] if a else 1) * 10 + (CN_DIGIT[b] if b else 0)
    else:
        v = CN_DIGIT[tok]
    return str(v).rjust(len(tok))[-len(tok):]


def _arabic_dates(s: str) -> str:
    if not ("一九" in s or "二〇" in s or "二○" in s or "二零" in s):
        return s
    s = CN_YEAR.sub(_arabic_year, s)   # the years first (also the first year of a range `二〇二五～二〇二七年`)
    return CN_MONTH_DAY.sub(lambda m: m.group(1) + _cn_small_digits(m.group(2)) + m.group(3) + (
        _cn_small_digits(m.group(4)) + m.group(5) if m.group(4) else ""), s)


def _without_cutoff_date(s: str) -> str:
    s = _arabic_dates(s)
    if "前" in s and "的" in s:
        s = DATED_OBJECT.sub(lambda m: " " * len(m.group(0)), s)
    if "的" in s and ("对" in s or "凡" in s):
        s = DATED_GROUP.sub(lambda m: " " * len(m.group(0)), s)
    if "后" not in s and "起" not in s and "以来" not in s:
        return s
    return CUTOFF_DATE.sub(lambda m: " " * len(m.group(0)), s)


# (s14) `完成2000年底前建成的老旧小区改造任务`, `2005年以前建成的住宅小区`: a date that says which objects are meant (built,
# registered, born before it), not a time expression of the target (nor a past year that makes the sentence a report).
DATED_OBJECT = re.compile(r"(?:19|20)\d{2}\s*年(?:底|末)?(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?\s*(?:（含）|\(含\))?\s*(?:前|以前|之前)\s*"
                          r"[\p{Han}]{0,4}?(?:建成|竣工|建设|修建|建造|投用|投入使用|登记|注册|出生|设立|成立|认定|开工|交付|批准|购买|购置|"
                          r"出厂|生产|取得|参加工作|退休|入学|毕业)(?:并?[\p{Han}]{1,4})?的")  # ((s32-tg2) `2005年底前注册营运的黄标车`)


# An item under `应当符合下列条件：`, `申请对象`, `认定标准`: what qualifies, not a demand (spec §7 out).
# An item under `应当符合下列条件：` or headed `申请对象`, `认定标准`: what qualifies, not a demand
# (spec §7 out). The heading must end so (`见习基地的申请条件和程序` names a chapter, not a list).
CONDITIONS_HEADING = re.compile(r"(?:(?:符合|具备|满足|具有)(?:下列|以下|如下)(?:\p{Han}{0,4})?(?:条件|要求|情形|标准)"
                                # (s24-guide) `符合下列要求的社会团体予以保留`: the conditions under which a body keeps its
                                # registration or licence (guide TG29)
                                r"(?:的\p{Han}{1,12}?(?:予以|准予|方可|可以|可)\p{Han}{1,6})?|"
                                r"(?:申请|申报|认定|准入|资格|评选|推荐|参评|入选|享受|诊断|鉴定)(?:条件|对象|标准|范围))[。：:；;\s]*$")


# (s40-arttargets) a list of requirements named by the field of a standard (`出租房屋用于居住的，应当符合下列消防安全要求：` /
# `（一）每层设置不少于1具灭火器`, `…应当符合下列卫生要求：`, `…达到下列技术标准：`): standards to keep (guide TG44, like
# SITE_REQUIREMENTS), not conditions on who qualifies. A bare `下列要求` (`增设电梯应当满足下列要求：`) and a list tied to an
# application or a licence (STANDARD_LIST_FOR_LICENCE) stay conditions (guide TG29, TG60).
STANDARD_REQUIREMENTS = re.compile(r"(?:符合|满足|达到|执行)(?:下列|以下|如下)(?:消防安全|安全|消防|防火|卫生|技术|环保|环境保护|质量|"
                                   r"安全技术|安全卫生|设置|配置|建设|设计|安装|服务)(?:技术)?(?:要求|标准|规定)[。：:；;\s]*$")
STANDARD_LIST_FOR_LICENCE = re.compile(r"申请|申报|许可|认定|准入|资格|资质|登记|备案|审批|核准|评选|予以|准予|方可")
SITE_REQUIREMENTS = re.compile(r"(?:现场|工地|场所|场地|设施|作业区|作业面|堆场|料场)[\p{Han}]{0,4}?(?:应当|应|须|必须)?(?:符合|满足|达到)"
                               r"(?:下列|以下|如下)要求[。：:；;\s]*$")


def _in_conditions_list(ctx: Context, pos: int) -> bool:
    """The target sits in a list of eligibility conditions: its item's parent introduces one
    (`应当符合下列条件：`), or its own short heading names one (`1.申请对象。`)."""
    path = _task_at(ctx, pos)
    if not path:
        return False
    if _price_rule_sentence(ctx, pos):
        return False  # (s24-tg) `二、保障对象和准入条件` … `租金…按不高于市场租金的90%确定，年租金涨幅不超过5%`: a price the
        # policy fixes for what it supplies (guide TG6c: fees and standards it fixes stay in), not a condition on who qualifies
    if "/" in path and (parent := ctx.task_by_path().get(path.rsplit("/", 1)[0])) is not None \
            and SITE_REQUIREMENTS.search(parent.heading) is not None:
        return False  # (s31-tg2) `第九条　施工现场应当符合下列要求：` / `（三）…围挡高度不低于2.5米`: requirements a site must meet are
        # standards the rule sets (in, like `每单元设置电梯不应少于2台`), not conditions on who qualifies
    if ("/" in path and (parent := ctx.task_by_path().get(path.rsplit("/", 1)[0])) is not None
            and STANDARD_REQUIREMENTS.search(parent.heading) is not None
            and STANDARD_LIST_FOR_LICENCE.search(parent.heading) is None):
        return False  # (s40-arttargets) `…应当符合下列消防安全要求：` / `（一）每层设置不少于1具灭火器`: standards to keep
    if _per_path(ctx, "conditions", path, _conditions_headed):
        return True
    return path.startswith("附件") and CONDITIONS_HEADING.search(_attachment_title(ctx, pos)) is not None


PRICE_RULE_SUBJECT = re.compile(r"[^，,；;。]{0,16}?(?:租金|价格|收费标准|收费|售价|租赁价格)(?:标准)?(?:应|应当|原则上|一般|要)?")


def _price_rule_sentence(ctx: Context, pos: int) -> bool:
    """The sentence holding `pos` opens with a price, rent or fee as its subject (`保障性租赁住房租金应低于…`)."""
    text = ctx.doc.text
    start = _back_to(text, pos, 0, SENTENCE_BREAK)
    return stdlib_twin(PRICE_RULE_SUBJECT).match(text, start, pos) is not None  # (the same match, ~3x faster)


def _conditions_headed(ctx: Context, path: str) -> bool:
    by_path = ctx.task_by_path()
    parent = path.rsplit("/", 1)[0] if "/" in path else None
    if parent in by_path and CONDITIONS_HEADING.search(by_path[parent].heading):
        return True
    grand = parent.rsplit("/", 1)[0] if parent and "/" in parent else None
    if grand in by_path and CONDITIONS_HEADING.search(by_path[grand].heading):
        return True  # (s24-guide) `（二）符合下列要求的…：…10.法人社会团体还应具备：（3）…`: a condition's own sub-list (TG29)
    if parent in by_path and _conditions_intro(ctx, parent, by_path[parent].span[0]):
        return True
    own = by_path.get(path)
    return own is not None and len(own.heading) <= 12 and CONDITIONS_HEADING.search(own.heading) is not None


# (s28-tg, guide TG29) `第五条（运输单位条件）` / `从事渣土运输的单位应当具备下列条件：` / `（二）自有…车辆不少于20辆`: the item's
# own text before its sub-items introduces them as the conditions to meet (its heading is only its bracketed title), so
# the minimums in them say who qualifies. Conditions only (条件, 情形): a list of 要求 or 标准 for works may set standards to
# keep (guide TG44).
CONDITIONS_INTRO = re.compile(r"(?:符合|具备|满足|具有)(?:下列|以下|如下)[\p{Han}]{0,4}?(?:条件|情形)"
                              # ((s39b-arttargets) `应当具备下列条件，并提交相应的证明文件：`: the papers to file with the
                              # conditions, a clause that still leads into the list)
                              r"(?:[，,]\s*(?:并|同时|且)[\p{Han}]{2,16}?(?:文件|材料|资料|证明)(?:\p{Han}{0,4})?)?[。：:；;\s]*"
                              r"(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．]|[①-⑩])?\s*$")


def _conditions_intro(ctx: Context, parent: str, parent_start: int) -> bool:
    first = ctx.first_inside_after(parent, parent_start)
    if first is None or first - parent_start > 400:
        return False
    return CONDITIONS_INTRO.search(ctx.doc.text, max(parent_start, first - 60), first) is not None


ITEM_DOT_GLUED = re.compile(r"(\d{1,2})[.．](?=\d)")


def _item_number_at(ctx: Context, text: str, pos: int, number: str) -> bool:
    """A list item numbered `N.` opens at `pos` (its line starts there): the document's items say so."""
    if text[_line_start(text, max(0, pos - LINE_REACH), pos):pos].strip(" \t\u3000"):
        return False
    path = ctx.task_at(pos + len(number) + 1)
    span = ctx.task_span(path) if path else None
    return span is not None and span[0] <= pos + len(number) + 1 and path.rsplit("/", 1)[-1] == number


def _task_at(ctx: Context, pos: int) -> str | None:
    """The innermost numbered item holding `pos`; a body item does not run on into an attachment
    (`附件1` after the signature: the attachment's text outside its own items has no task).
    Asked for one number's offset by several checks: kept per offset, for as long as the task list
    is the same one."""
    found = _task_memo(ctx, "task_at")
    if pos not in found:
        found[pos] = _task_at_uncached(ctx, pos)
    return found[pos]


# (guide R30, scope as revised in S30) an article's path: R30 reads a paragraph after a list inside an article, where
# the list's clauses are parts of the article's one rule; a plan's parts keep the spec's literal reading (T6)
ARTICLE_IN_PATH = re.compile(r"(?:^|/)第[一二三四五六七八九十百零〇\d]+条(?:/|$)")


def _closing_paragraph_owner(ctx: Context, path: str, pos: int) -> str:
    """(s30-tg, guide R30) `第十条 …标准如下：（一）…；（二）…；（三）…。` then an unnumbered paragraph
    `住房建筑层数不超过3层…`, or `（一）…费用` with `1.…2.…3.…` then `参保人员申请复评的…` inside an article: a paragraph after
    the last sub-item of a list of one-paragraph items belongs to the item the list is in, not to the last sub-item.
    A sub-item written over several paragraphs keeps its own. Only inside articles (ARTICLE_IN_PATH)."""
    text = ctx.doc.text
    span = ctx.task_span(path)
    if span is None:
        return path
    own_end = text.find("\n", span[0], span[1])
    if own_end < 0 or pos <= own_end:
        return path
    parent = path.rsplit("/", 1)[0]
    siblings = _per_path(ctx, "children", parent, _children_of)
    if len(siblings) < 2 or siblings[-1] != path or not _full_item_line(text[span[0]:own_end]):
        return path  # (`（二）主要目标。` then its body: a heading line, the paragraph after is the item's own)
    for earlier, later in zip(siblings, siblings[1:]):
        first, nxt = ctx.task_span(earlier), ctx.task_span(later)
        if first is None or nxt is None:
            return path
        line_end = text.find("\n", first[0], nxt[0])
        rest = [ln for ln in text[line_end:nxt[0]].split("\n") if ln.strip()] if line_end >= 0 else []
        if len(rest) > 1 or (rest and len(rest[0].strip()) > 8):  # (the next item's own number may open the last line)
            return path  # (an earlier sub-item runs over several paragraphs: the last one may too)
        if not _full_item_line(text[first[0]:line_end if line_end >= 0 else nxt[0]]):
            return path
    return parent


def _full_item_line(line: str) -> bool:
    """An item written whole on its line (`使用耕地的，不超过130平方米；`), not a heading over a body (`主要目标。`)."""
    line = line.strip()
    head = re.split(r"[。！？：:]", line, maxsplit=1)[0]
    if len(head) < len(line) and len(head) <= 16 and not any(c in head for c in "，,；;"):
        return False  # (`（二）发展目标。到2020年，…` then `——…`: a run-in heading, its body runs on below)
    return len(line) > 8 and (line[-1] in "；;" or any(c in line[:-1] for c in "，,；;"))


def _children_of(ctx: Context, parent: str) -> list[str]:
    """The paths of an item's direct children, in order; none if a child has children of its own."""
    depth = parent.count("/") + 1
    kids = [t.path for t in ctx.tasks if t.path.startswith(parent + "/")]
    if any(k.count("/") != depth for k in kids):
        return []
    return kids


def _task_memo(ctx: Context, name: str) -> dict:
    """A dict kept in the context for a lookup that depends on the task list alone (a number's
    task, what its task's headings say): a new one when the list is replaced or grows."""
    key = "targets." + name
    memo = ctx.annotations.get(key)
    if memo is None or memo[0] is not ctx.tasks or memo[1] != len(ctx.tasks):
        memo = ctx.annotations[key] = (ctx.tasks, len(ctx.tasks), {})
    return memo[2]


def _per_path(ctx: Context, name: str, path: str, compute):
    """compute(ctx, path), once per task path (many numbers share a task)."""
    memo = _task_memo(ctx, name)
    if path not in memo:
        memo[path] = compute(ctx, path)
    return memo[path]


def _task_at_uncached(ctx: Context, pos: int) -> str | None:
    path = ctx.task_at(pos)
    if path is None or not ctx.layout.attachment_starts:
        return path
    restart = max((s for s, _ in ctx.layout.attachment_starts if s <= pos), default=None)
    if restart is None:
        return path
    task = ctx.task_by_path().get(path)
    return None if task is not None and task.span[0] < restart else path


def _attachment_title(ctx: Context, pos: int) -> str:
    """The title line under an attachment's label (`附件2` then `某市门诊特定病种准入标准`)."""
    start = None
    for s, _ in ctx.layout.attachment_starts:
        if s <= pos:
            start = s
    if start is None:
        return ""
    lines = [ln.strip() for ln in ctx.doc.text[start:start + 300].split("\n")[1:4] if ln.strip()]
    return lines[0] if lines else ""


# `见习单位不得有下列行为：…（四）接收见习人员超过职工总数的30%`: what is forbidden above a number
# is the cap below it (the comparator turns round: 超过30% forbidden → at most 30%).
PROHIBITED_LIST = re.compile(r"(?:不得|禁止|严禁)(?:有|出现|从事|实施)?(?:下列|以下|如下)(?:行为|情形|活动|事项)[。：:；;\s]*$")
FORBIDDEN_SIDE = re.compile(r"(?<![不得应宜])(?:低于|小于|少于|超过|高于|大于|多于)$")
FLIPPED = {">": "<=", ">=": "<", "<": ">=", "<=": ">"}


def _parent_heading(ctx: Context, path: str | None) -> str | None:
    """The heading of the item a sub-item is listed under (the lead-in that says what its list is), if any."""
    if not path or "/" not in path:
        return None
    parent = ctx.task_by_path().get(path.rsplit("/", 1)[0])
    return parent.heading if parent is not None else None


def _in_prohibited_list(ctx: Context, path: str | None) -> bool:
    heading = _parent_heading(ctx, path)
    return heading is not None and ends_matched(PROHIBITED_LIST, heading)  # (tried from the end: scan.ends_matched)


# `有下列行为之一的，由…责令改正，处…罚款：…（三）同时在两个以上机构执业`: the items of a list of breaches
# describe what is punished, not a number the policy sets (guide TG6c: sanctions are out).
BREACH_LIST = re.compile(r"(?:有|存在|具有|出现)(?:下列|以下|如下)(?:行为|情形|情况)之一的?[^。]{0,80}?"
                         r"(?:责令|警告|罚款|处分|吊销|撤销|取消|追回|追究|通报批评|列入)")


def _in_breach_list(ctx: Context, path: str | None) -> bool:
    heading = _parent_heading(ctx, path)
    return heading is not None and BREACH_LIST.search(heading) is not None


# (s30-tg, guide TG39) `经营场所不得设在下列位置：…（二）建筑物地下二层以下楼层；（三）与中小学校直线距离200米以内`: the items of a
# list of places where something is banned mark where the ban applies (the rule's scope), not a level to keep
BANNED_PLACES = re.compile(r"(?:不得|禁止|严禁|不准|不予)(?:设在|设于|设置在|设置于|设立在|建在|建于|位于|选址在|选址于|开设在|设立|设置|建设|选址)?"
                           r"(?:下列|以下|如下)(?:位置|地点|区域|地段|场所|地方|范围|地区)[。：:；;\s]*$")


def _in_banned_places(ctx: Context, path: str | None) -> bool:
    heading = _parent_heading(ctx, path)
    return heading is not None and ends_matched(BANNED_PLACES, heading)  # (tried from the end: scan.ends_matched)


def _flip(cmp: str, prohibited: bool) -> str:
    cmp = FLIPPED.get(cmp, cmp) if prohibited else cmp
    # `低于4.5%`, `小于5万吨`: spec 1.1 §7 has no `<`; below a line is read as at most it (as the indicator
    # tables read `<5.5`)
    return "<=" if cmp == "<" else cmp


# A reply (复函, 批复) restating the request it answers: `你省请求，…`, `某市来函请求…`, `报告称，…`.
REQUEST_REPORTED = re.compile(r"\s*(?:[一二三四五六七八九十]+、)?[^，,。；;：:\n《》〈〉]{1,24}?(?:请求|来函|请示|函称|报告称|申请称)(?:[，,：:]|[^。；;\n《》]{0,6}[，,：:])")
GOAL_LABEL = re.compile(r"(?:目标|任务|指标|任务数|目标值|计划)\s*(?:为|是)?\s*[：:]\s*$")
# `预计…可实现…`, `预计每年能节约…`: an estimate (what can come of it), not a number set to reach.
ESTIMATE = re.compile(r"预计[^。；;！？\n]{0,40}?(?:可|能够?|将可)(?!持续|以)[\p{Han}]{0,2}?(?:实现|节约|节省|减少|增加|带动|新增|产生|达到|创造|提供|降低|提高|增收|"
                      # ((s25-tg) `预计可帮助1300万新市民…缓解住房困难`, `预计可惠及…万人`: who an estimate says may benefit)
                      r"帮助|惠及|吸纳|拉动|解决|满足)")
# A sentence that reports statistics (`据统计，全国60岁以上老年人口已达2.41亿，占总人口的17.3%`) sets nothing.
STATISTICS_REPORTED = re.compile(r"\s*(?:[一二三四五六七八九十]+、)?(?:据(?:不完全|初步)?(?:统计|调查|普查|监测)|(?:统计|监测|调查)(?:数据|结果)?显示|数据显示"
                                 # (s16) `经测算，全省每年需投入…约30亿元`, `根据第七次全国人口普查，全省60岁以上人口占19.9%`
                                 r"|(?:据|经)(?:初步)?(?:测算|估算|匡算)|根据[^，,。；;\n]{0,16}(?:普查|统计|调查)(?:数据|结果|公报)?\s*[，,])")

# An item headed by the standard it fixes (`（一）租金标准`, `3.补贴标准。`): the amounts listed under it
# are that standard (`A小区32.5元/平方米/月、B小区18元/平方米/月`), with or without a verb.
STANDARD_HEADING = re.compile(r"(?:租金|收费|补贴|补助|奖励|奖补|资助|救助|支付|报销|缴费|筹资|待遇|保障)(?:标准|额度)[。：:；;\s]*$")


# `犬只登记费每只每年100元`, `学费每生每学期1200元`, `停车费每小时5元`: a fee and what it is counted per,
# then the amount: a charge the policy fixes (guide TG6c: fees and standards it fixes stay in).
# ((s15e) `工本费降为每本60元`, `…费由每证10元调整为每证8元`: a fee set to a new level per copy or certificate)
FEE_PER = re.compile(r"[\p{Han}]{1,8}?费(?:用)?\s*(?:标准)?\s*(?:(?:由|从)\s*(?:每[\p{Han}]{1,3}?)?\s*\d+(?:\.\d+)?\s*元\s*)?(?:为|是|按|(?:降|降低|下调|调整|上调|提高|统一)(?:为|到|至))?\s*"
                     r"(?:每(?:人次|人|户|只|头|辆|次|月|年度?|学期|学年|天|日|小时|平方米|亩|吨|件|个|套|间|生|床|本|证|张))+\s*$")


# `参保任务为3.5万人`, `年度目标是新增就业500人`, `全年计划为20公里`: the quota named as the goal, task or plan.
GOAL_IS = re.compile(r"(?:目标|任务|指标|任务数|任务量|目标值|计划)\s*(?:为|是|确定为|定为)\s*$")
# `每月保洁工资800元`, `每人每年误工补贴1200元`: pay for a period, then its amount (a standard the policy sets).
PAY_PER = re.compile(r"每(?:人|户|名)?每?(?:月|年|天|日|季度)[\p{Han}]{0,6}?(?:工资|报酬|补贴|补助|津贴|生活费|工作经费)(?:标准)?\s*(?:为|是)?\s*$")
# (s27-tg2) `参合农民每人每年缴费10元`, `每人每年收取12元卫生保洁费`, `每生每年1500元的国家助学金`: an amount per head and
# per period, paid, collected or granted, is a standard the policy fixes (spec §7 amounts provided; guide TG6c fees), the
# per-head and per-period words written together right before it (not `每年…每人`, where the period counts an activity).
PER_HEAD_PERIOD = re.compile(r"每(?:人|生|户|名|学生)每(?:年度?|月|学期|学年|天|日)\s*"
                             r"(?:缴费|缴纳|交纳|缴|收取|收|补助|资助|补贴|发放|给予|奖励|定额)?\s*$")


# `居民生活用水价格调整为3.5元/立方米`, `电价执行0.55元/千瓦时`, `租金标准核定为每平方米12元`: a price or rent the notice
# fixes is a standard it sets (guide TG6c: fees and standards the policy fixes stay in).
PRICE_SET = re.compile(r"(?:价格|电价|水价|气价|票价|单价|租金)(?:标准)?\s*(?:统一)?(?:调整为|调整到|调整至|确定为|核定为|定为|为|执行|按)\s*"
                       r"(?:每[\p{Han}]{1,4}?)?$")


# (s22-tg3) `差别电价，每千瓦时加价0.20元`, `每立方米加收0.3元`: the surcharge per unit a price policy fixes (a standard, TG6c)
PRICE_SURCHARGE = re.compile(r"每[\p{Han}]{1,4}?(?:加价|加收|提价)\s*$")


def _price_fixed(clause_prefix: str) -> bool:
    return (("价" in clause_prefix or "租金" in clause_prefix) and PRICE_SET.search(clause_prefix) is not None
            or "加" in clause_prefix and PRICE_SURCHARGE.search(clause_prefix) is not None)


# `不低于当地最低工资标准的1.5倍`, `按照不低于职工工资总额1.5%的比例`, `不超过上年度平均工资的3倍`: a comparator before
# the base a share or multiple is taken of holds for the number after 的 (or right after the base).
# (not 最低/最高: they open the base's own name, `最低工资标准`, `最低生活保障标准`)
OVER_BASE = re.compile(r"(不低于|不少于|不小于|不高于|不超过|不得低于|不得超过|不得高于|不应低于|至少为?|(?<![不得应])高于|(?<![不得应])超过|(?<![不得应])低于)"
                       # ((s40-arttargets) a base named with who publishes it, `不得超过职工工作地所在设区城市统计部门公布的上一年度职工月
                       # 平均工资的3倍`: up to 40 characters, no number between)
                       r"[^，,；;。\d%]{2,40}?的?\s*$")
OVER_BASE_CMP = {"不低于": ">=", "不少于": ">=", "不小于": ">=", "不得低于": ">=", "不应低于": ">=", "至少": ">=", "至少为": ">=",
                 "最低": ">=", "最低为": ">=", "不高于": "<=", "不超过": "<=", "不得超过": "<=", "不得高于": "<=", "最高": "<=",
                 "最高为": "<=", "高于": ">", "超过": ">", "低于": "<="}


def _comparator_over_base(prefix: str, q: Quantity) -> str | None:
    if q.unit not in ("%", "‰", "倍") or not any(w in prefix for w in ("低于", "少于", "小于", "高于", "超过", "至少")):
        return None
    m = OVER_BASE.search(prefix)
    return OVER_BASE_CMP.get(m.group(1)) if m else None


# (s40-arttargets) a base clamped to a floor or a ceiling, as social-insurance rules fix a contribution base
# (`工资总额低于…月平均工资60%的，按60%计算；高于300%的，按300%计算`): the clause before names the values below (above) the
# line and the clause of the number counts them at the line itself, so the line is a floor (a ceiling) the base keeps
CLAMP_LEAD = re.compile(r"\s*(?:均|一律)?(?:按照?|以)\s*")
CLAMP_BELOW = re.compile(r"(?:低于|不足|少于|不到|未达到)")
CLAMP_ABOVE = re.compile(r"(?:高于|超过|多于|超出)")


def _clamp_comparator(text: str, q: Quantity, clause_start: int, clause_prefix: str) -> str | None:
    if clause_start < 2 or text[clause_start - 1] not in "，," or CLAMP_LEAD.fullmatch(clause_prefix) is None:
        return None
    same = text[q.start:q.unit_end] + "的"
    if not text.startswith(same, clause_start - 1 - len(same)):
        return None
    prev_start = max(text.rfind(c, 0, clause_start - 1) for c in "，,；;。\n") + 1
    prev = text[prev_start:clause_start - 1 - len(same)]
    if CLAMP_BELOW.search(prev) is not None:
        return ">="
    if CLAMP_ABOVE.search(prev) is not None:
        return "<="
    return None


def _goal_stated_as(clause_prefix: str) -> bool:
    return ("为" in clause_prefix or "是" in clause_prefix) and GOAL_IS.search(clause_prefix) is not None


def _pay_per_period(clause_prefix: str) -> bool:
    return "每" in clause_prefix and (PAY_PER.search(clause_prefix) is not None or PER_HEAD_PERIOD.search(clause_prefix) is not None)


# (s38-targets, guide TG6c fees the policy fixes) the charge per unit written verb last (`小型车每小时收费2元`, `每车次收取5元`),
# and a fee named in the sentence's opening clause then charged by case (`养犬人…应当缴纳管理服务费，首次登记每只犬300元，年检
# 每只犬每年150元`): the amounts of a fee schedule
FEE_VERB_AFTER_PER = re.compile(r"每[\p{Han}]{1,4}?(?:收费|收取|计收|缴费|缴纳|交纳)(?:标准)?(?:为)?\s*$")
FEE_NAMED_BEFORE = re.compile(r"(?:缴纳|交纳|收取|缴)[\p{Han}]{0,8}?费(?:用)?\s*[，,：:]")
FEE_CASE_PER = re.compile(r"^[^，,；;。\d]{0,8}?每[\p{Han}]{1,3}?(?:每(?:年度?|月|次))?\s*$")


def _fee_standard(clause_prefix: str, sentence: str = "") -> bool:
    if "费" in clause_prefix and FEE_PER.search(clause_prefix) is not None:
        return True
    if "每" not in clause_prefix:
        return False
    if FEE_VERB_AFTER_PER.search(clause_prefix) is not None:
        return True
    return ("费" in sentence and FEE_CASE_PER.search(clause_prefix.strip(" \t\u3000")) is not None
            and FEE_NAMED_BEFORE.search(sentence) is not None)


def _under_standard_heading(ctx: Context, pos: int) -> bool:
    path = _task_at(ctx, pos)
    by_path = ctx.task_by_path()
    while path:
        task = by_path.get(path)
        if task is not None and len(task.heading) <= 16 and STANDARD_HEADING.search(task.heading):
            return True
        path = path.rsplit("/", 1)[0] if "/" in path else None
    return False


def _in_review_section(ctx: Context, pos: int) -> bool:
    path = _task_at(ctx, pos)
    if not path:
        return False
    if not _per_path(ctx, "review", path, _review_path):
        return False
    heading = ctx.task_by_path()[path].heading if path in ctx.task_by_path() else ""
    return not (REVIEW_HEADING.search(heading) and _is_goal_heading(heading) and _goals_paragraph(ctx, pos))


# (s40-targets) `一、基本情况和目标任务` / `“十三五”期间，我县共实施…` / `目标任务：到2020年底，…就业率达到90%以上`: a section
# that joins the review to the goals (GOAL_HEADING's `…和目标任务`) reviews in its paragraphs of facts and sets goals in
# the paragraph labelled as the goals or opened by a deadline still ahead (spec §7: numbers to reach)
GOALS_PARAGRAPH_LABEL = re.compile(r"[ \t\u3000]*(?:工作|主要|发展|总体|具体)?(?:目标任务|任务目标|目标)\s*[：:]")


def _goals_paragraph(ctx: Context, pos: int) -> bool:
    text = ctx.doc.text
    line_start = text.rfind("\n", 0, pos) + 1
    para = text[line_start:min(pos, line_start + 200)]
    if GOALS_PARAGRAPH_LABEL.match(para):
        return True
    y = _opening_year(para, _issue_year(ctx))
    now = _issue_year(ctx)
    return bool(y and y[1] is not None and now is not None and y[1] >= now and y[0] is None)


def _review_path(ctx: Context, path: str) -> bool:
    by_path = ctx.task_by_path()
    parts = path.split("/")
    if len(parts) > 1 and any(p in by_path and _is_goal_heading(by_path[p].heading)
                              for p in ("/".join(parts[:i]) for i in range(1, len(parts)))):
        return False  # (s15) `一、总体目标` / `3.绿色转型成效显著。…`: a goal under the goals heading, not a review of results
    if len(parts) > 1 and any(p in by_path and ASSESSED_ITEMS.search(by_path[p].heading)
                              for p in ("/".join(parts[:i]) for i in range(1, len(parts)))):
        return False  # (s30-tg) `考核内容包括以下方面：…（四）治理成效情况。…完成率达到100%`: what an assessment will check,
        # criteria to meet, not a review of results
    return any(len(by_path[p].heading) <= REVIEW_HEADING_MAX and REVIEW_HEADING.search(by_path[p].heading)
               and not BASE_BUILT_HEADING.match(by_path[p].heading) for p in ("/".join(parts[:i]) for i in range(1, len(parts) + 1))
               if p in by_path)


ASSESSED_ITEMS = re.compile(r"(?:考核|考评|评估|评价|检查|验收|评分)(?:的)?(?:内容|指标|标准|事项|要点|细则)")


# (s28-tg) `六、夯实扶贫工作基础`, `筑牢发展基础`: a heading that sets out to build the foundation is work to do, not a
# review of what stands (`一、工作基础`, `发展现状`)
BASE_BUILT_HEADING = re.compile(r"\s*(?:夯实|筑牢|打牢|打好|巩固|强化|加强|厚植|筑实)")


# `到规划期末，中心城区人口控制在150万人以内`, `本方案期末`: the end of the plan's own period (spec 1.1
# section 7 reads a deadline like 到: null/last year).
# (`到期末，…`, a sentence opened by `期末，`: the plan's end without its name; not `期末考试`, `期末余额`)
PLAN_END = re.compile(r"(?:本|到|至)?\s*(?:规划|计划|方案|纲要|行动)期末|(?:到|至)\s*期末(?![考余结测])|(?:^|(?<=[，,。；;\s]))期末[，,]")


def _plan_end_phrase(text: str, sentence_start: int, pos: int, plans) -> tuple[int | None, int | None] | None:
    if text.find("期末", sentence_start, pos) < 0 or not PLAN_END.search(text, sentence_start, pos):
        return None
    period = _period_at(plans, pos)
    return (None, period[1]) if period and period[1] else None


_UNREAD = object()  # (extract_targets' `now` before it is read)


class _PlanPeriods:
    """`_plan_periods(ctx)`, computed the first time it is read (iterated, indexed, tested or
    measured), then the same list. It is read only for a number that needs the plan's period for
    its years, or to date an undated notice's present; a notice where no number gets that far (a
    third of the benchmark's) does not search its body for a stated term. `_plan_periods` is a pure
    function of the context, which the targets stage does not change, so reading it later gives
    what reading it first did."""
    __slots__ = ("_ctx", "_periods")

    def __init__(self, ctx: Context):
        # (s17) a weak reference: the context keeps this in its annotations, and a strong one back made the
        # whole document (lines, tasks, mentions) a reference cycle that only the garbage collector freed,
        # ~3% of text -> record time in its collections
        self._ctx, self._periods = weakref.ref(ctx), None

    def _get(self) -> list:
        if self._periods is None:
            self._periods = _plan_periods(self._ctx())
        return self._periods

    def __iter__(self):
        return iter(self._get())

    def __getitem__(self, i):
        return self._get()[i]

    def __len__(self) -> int:
        return len(self._get())

    def __bool__(self) -> bool:
        return bool(self._get())


def _first_plan_start(plans) -> int | None:
    """A notice without its date (a web copy that lost the signature) still dates its present by
    its plan's first year (`关于做好2005年…工作的通知`: `2004年，全市共培训…` is the past)."""
    period = plans[0][1] if plans else None
    return period[0] if period and period[0] else None


def _one_year_plan(plans) -> int | None:
    """The year of a one-year plan (its first document's period is one year), else None."""
    period = plans[0][1] if plans else None
    return period[0] if period and period[0] and period[0] == period[1] else None


# (s18) `关于2020年就业工作情况的通报`, `某县2019年工作总结`: an undated copy of a report on a past year; the year it
# reports on is past when it is written, so figures dated in it are what was done, not goals (spec §7).
REPORT_TITLE = re.compile(r"((?:19|20)\d{2})\s*年度?[^，,。《》]{0,20}?(?:工作)?(?:情况的?通报|情况报告|工作总结|工作情况)$")


def _reported_year_after(ctx: Context) -> int | None:
    title = ctx.metadata.title or ""
    m = REPORT_TITLE.search(title) if "年" in title else None
    return int(m.group(1)) + 1 if m else None


def _issue_month(ctx: Context) -> int | None:
    d = ctx.metadata.issue_date  # (`2022-12-20`; None when only a year is known)
    return int(d[5:7]) if d and len(d) >= 7 and d[5:7].isdigit() else None


def _issue_year(ctx: Context) -> int | None:
    d = ctx.metadata.issue_date
    return int(d[:4]) if d and d[:4].isdigit() else (_web_date_year(ctx.doc.text) or _doc_number_year(ctx.metadata.doc_number)
                                                     or _labelled_doc_number_year(ctx.doc.text))


# `穗医保规字〔2024〕1号`, `某政发（2019）12号`: the year in a notice's own document number is the year it was
# issued (GB/T 9704: 发文字号 = 机关代字 + 年份 + 发文顺序号), so a copy that lost its signature date still
# counts `自印发之日起施行，有效期3年` and `今后三年` from it.
DOC_NUMBER_YEAR = re.compile(r"[〔\[［【（(]\s*((?:19|20)\d{2})\s*[〕\]］】）)]")


def _doc_number_year(doc_number: str | None) -> int | None:
    m = DOC_NUMBER_YEAR.search(doc_number) if doc_number else None
    return int(m.group(1)) if m else None


# a database page's labelled field (`文　　号：某府办规〔2021〕7号`, `发文字号：…`), also where the page lost its
# line breaks and the metadata reader found no number
LABELLED_DOC_NUMBER = re.compile(r"(?:发文字号|发文文号|文[ \t\u3000]*号)[ \t\u3000]*[：:][ \t\u3000]*[^\s〔\[［【（(：:]{0,14}"
                                 r"[〔\[［【（(]\s*((?:19|20)\d{2})\s*[〕\]］】）)]\s*第?\s*\d{1,5}\s*号")


def _labelled_doc_number_year(text: str) -> int | None:
    head = text[:800]
    if "号" not in head:
        return None
    m = LABELLED_DOC_NUMBER.search(head)
    return int(m.group(1)) if m else None


# A web copy's header (`发布时间：2019-03-12 10:20`, `成文日期：2020年5月6日`) when the notice lost its
# signature date: the year it speaks from (今年, 今后三年, a past year's figures).
WEB_DATE = re.compile(r"(?:成文日期|发文日期|印发日期|发布时间|发布日期|公开日期|更新时间|更新日期|发布于|(?<![\p{Han}])(?:日期|时间))\s*[：:]\s*"
                      r"((?:19|20)\d{2})\s*[-年./]")
# a page header that gives the date without a label, next to the page's other header fields
# (`2016-05-10 来源：市人社局 点击：512`, `来源：县政府办 2018-03-02 09:15 浏览：300`)
WEB_DATE_BARE = re.compile(r"(?:^|\n|来源[：:][ \t\u3000]*[\p{Han}]{2,20}?)[ \t\u3000]*((?:19|20)\d{2})[-./]\d{1,2}[-./]\d{1,2}"
                           r"(?:[ \t\u3000]*\d{1,2}:\d{2}(?::\d{2})?)?[ \t\u3000]*(?:来源|信息来源|点击|浏览|阅读|访问|作者|字号|【|\n)")


@lru_cache(maxsize=8)  # a pure function of the text, asked for per number of a notice without its date
def _web_date_year(text: str) -> int | None:
    head = text[:800]
    has_label = "日期" in head or "时间" in head or "发布于" in head
    if not has_label and "来源" not in head and "点击" not in head and "浏览" not in head and "阅读" not in head:
        return None
    m = WEB_DATE.search(head) if has_label else None
    if m is None:
        m = WEB_DATE_BARE.search(head)
    return int(m.group(1)) if m else None


# ---------------------------------------------------------------------------------------------


# (not `在继续巩固…达到12000元的基础上`: a level to keep is still demanded)
OTHER_GROUP = re.compile(r"[，,；;]\s*对[^，,；;。]{1,20}的|[；;]\s*[^，,；;。]{1,20}的[\p{Han}]{0,6}[，,]")  # (a clause for another group of the
# sentence: its own consequence; (s24-tg) also a `；` clause naming its group without 对, `…分别给予10万元、8万元、5万元的奖励；
# 排名最后1位的乡镇，…予以通报批评`)
ANNOUNCED = re.compile(r"现予以?(?:公布|公告|命名|表彰|通报|认定)|予以(?:公布|命名|表彰|通报)")
# an item number that may open the sentence (`二、`, `（3）`, `1.`), before the words the patterns below look for
ITEM_NUMBER_OPENING = r"\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、])?\s*"
# (s15c) a sentence whose subject is the applicant (`申报人员年龄一般不超过45周岁`, `申请人须…`, `申报对象为…`) states who
# qualifies (not an age bound demanded of office holders: `负责人…年龄一般不超过70周岁` is a requirement kept).
APPLICANT_SUBJECT = re.compile(ITEM_NUMBER_OPENING + r"(?:申报|申请)(?:人员?|者|对象|"
                               # (s16) `申报企业须年营业收入不低于500万元，从业人员20人以上`: the applying unit and a modal
                               r"(?:的)?(?:企业|单位|主体|机构)(?:原则上)?(?:须|需|应当?|必须)"
                               # (s24-tg) `申请奖励的节能技术改造项目，年节能量应当在1000吨标准煤以上`: what an applying project
                               # must reach to qualify for the award (spec §7 eligibility, out)
                               r"|(?:奖励|补助|补贴|资助|资金|支持|认定)?的[\p{Han}]{0,10}?(?:项目|企业|单位|主体|机构)[，,])")
# (s16) `由…4个方面的28个指标构成`, `由15名专家组成`: a count then its noun and 构成/组成 closing the clause after 由
MAKEUP_AFTER = re.compile(r"[\p{Han}]{0,8}?(?:构成|组成)(?:的[\p{Han}]{0,8})?\s*[，,；;。）)\n]")
# (`…共三至七人组成，其中妇女成员至少有1名`: a part the make-up must hold is a demand, kept)
MAKEUP_PART_DEMAND = re.compile(r"至少|不少于|不低于|不超过|以上|以下|以内|应|须|要|确保|保证")
# (s16) a sentence opened by the part of the year gone by and a whole-area subject (`上半年，全市…`, `今年1—6月，全省…`,
# `前三季度，我县…`) reports progress; a schedule's milestone (`上半年，完成方案制定`) names no such subject, and a turn to
# what is still to do (要, 确保, 力争…) before the number keeps it.
PROGRESS_OPENING = re.compile(ITEM_NUMBER_OPENING + r"(?:今年|本年度?)?\s*(?:上半年|前三季度|第?一季度|前[两二三四五六七八九十]个月|"
                              r"[1１一]\s*[—–\-－~～至到]\s*(?:\d{1,2}|[二三四五六七八九十]{1,2})\s*月份?)(?:底|末)?\s*[，,]?\s*"
                              r"(?:全|我)[省市县区州盟旗镇乡国]")
PROGRESS_TURN = re.compile(r"力争|确保|争取|将|要|计划|拟|需|须|应|务必|到\s*(?:19|20)\d{2}")
# (s16) a sentence opened by what the place is (`我省是人口大省，…`, `全县是国家重点生态功能区，…`) describes it
SELF_DESCRIBED = re.compile(ITEM_NUMBER_OPENING + r"(?:(?:我|全|本)[省市县区州盟旗镇乡国](?:作为[^，,。]{1,16}[，,])?(?:是|系)[^，,。；;]{1,20}"
                            # ((s40-targets) a sector described as the place's own: `糖业是我区的传统优势产业和重要支柱产业，
                            # 涉及农民2000多万人，…连续20多年占全国60%以上`)
                            r"|[\p{Han}]{1,10}(?:是|系)(?:我|全|本)[省市县区州盟旗镇乡国]的?[^，,。；;]{0,16}(?:产业|行业|领域|资源|基地|大省|大市|大县|之一))[，,]")
# ((s40-targets) 要 as a word of demand, not inside a noun or adjective: `重要支柱产业`, `主要产区`, `需要`)
DESCRIPTION_TURN = re.compile(r"力争|确保|争取|将|(?<![重主首纲摘概必需])要(?![求素点件])|计划|拟|须|应|务必|到\s*(?:19|20)\d{2}|目标")
# (s16) a sentence opened by a cutoff date (`截至2020年底，…累计建成…`), in its own words (no goal word follows)
CUTOFF_SENTENCE = re.compile(ITEM_NUMBER_OPENING + r"(?:截至|截止到?)\s*(?:19|20)\d{2}\s*年")
# (s15c) `在已出台政策基础上，…全年退减税总量约2.64万亿元`: 已 inside the ground a demand builds on reports nothing after it
BASIS_CLAUSE = re.compile(r"[^，,；;。]{0,20}基础上\s*[，,]")
ON_THE_BASIS = re.compile(r"(?<![存现实])在(?!于)(?![^，,；;。]{0,30}?(?:巩固|保持|继续|确保|落实|稳定|实现|达到|维持))[^，,；;。]{0,30}$")
# (s15c) `已出台的`, `已认定的`, `已经建成的` right before the number: it counts what exists, a description (spec §7).
EXISTING_BEFORE = re.compile(r"已(?:经)?[\p{Han}]{1,4}的\s*$")
# (s32-tg) `对现有5个村级处理站进行提标改造`, `2023年底前完成已排查出的3处农村黑臭水体治理`: the existing units a work is to
# be done on, counted: the count of the work (spec §7, a number to reach), unlike `落实已出台的28项政策` (no work on them)
STOCK_WORKED_BEFORE = re.compile(r"(?:完成|对|将)\s*(?:已(?:经)?[\p{Han}]{1,5}的|现有的?)\s*$")
# ((s38-targets) also the upkeep of works already built, `对已建的4座村级污水处理设施开展运行维护检查`, `对已建成的13座…设施实行…运维
# 管理`: the works the plan keeps running are counted for it, as those it repairs)
STOCK_WORK_AFTER = re.compile(r"[^，,；;。！？\d]{0,24}?(?:治理|改造|整治|整改|修复|清理|清运|拆除|关停|搬迁|提标|升级|更新"
                              r"|运行维护|运维|维护|管护|检修|维修)")


def _works_on_stock(text: str, q: Quantity, clause_prefix: str, clause_end: int) -> bool:
    return (("已" in clause_prefix or "现有" in clause_prefix) and STOCK_WORKED_BEFORE.search(clause_prefix) is not None
            and STOCK_WORK_AFTER.match(text, q.end, clause_end) is not None)


# (s15c) a sentence opened by the standard in force (`现行…为1000元`, `二、目前现行的…`) describes it, unless it then
# changes it (`现行标准为640元，提高到670元`).
CURRENT_OPENING = re.compile(ITEM_NUMBER_OPENING + r"(?:目前|当前)?[，,]?\s*"
                             r"(?:我[省市区县州旗]|全[省市区县州旗])?现行")
CURRENT_CHANGED = re.compile(r"提高|提升|调整|上调|下调|降低|增加|增至|调至|达到|到|要|应|须|将|不得|不低于|不超过")


# (also after a short subject, with a copula: `我市中心城区路内停车现行收费标准为首小时2元`; not `按现行标准…`, `比现行…`)
CURRENT_SUBJECT = re.compile(ITEM_NUMBER_OPENING +
                             r"(?:(?!按|照|依|据|执行|参照|比|较|提高|调整|不|要|应|须|将)[\p{Han}]){0,16}现行[\p{Han}]{0,14}?"
                             r"(?:标准|限额|比例|价格|政策|水平)[^，,；;。]{0,4}?(?:为|是)")


BASELINE_CHANGE_ONLY = re.compile(r"\s*(?:均|都)?\s*(?:较|比)\s*(?:(?:19|20)\d{2}\s*年(?:底|末)?|上年|去年)\s*(?:均|都)?\s*"
                                  r"(?:提高|提升|增长|增加|下降|降低|减少|削减)(?:了)?\s*")
RESPECTIVE_CHANGE = re.compile(r"\s*(?:并|且|同时)?\s*(?:(?:较|比)\s*(?:(?:19|20)\d{2}\s*年(?:底|末)?|上年|去年)\s*)?分别\s*"
                               r"(?:(?:较|比)\s*(?:(?:19|20)\d{2}\s*年(?:底|末)?|上年|去年)\s*)?"
                               r"(?:提高|提升|增长|增加|下降|降低|减少|压缩|缩短|减少)(?:了)?\s*")
PER_UNIT_END = re.compile(r"(?:每[\p{Han}]{1,3}|人均|户均)\s*$")
BUILT_BY_STANDARD = re.compile(r"[^，,；;。]{0,30}?的标准\s*(?:统一|分别)?\s*(?:规划|建设|配置|配备|配建|新建|建设|安排|核定|划定|划拨|分配|落实)")
STOPS_AT = re.compile(r"\s*(?:后|以后|时)\s*(?:即|就)?\s*(?:不再|停止)")
AVERAGE_GROWTH = re.compile(r"年均(?:增长|增速|提高|提升|递增|增幅)[\p{Han}]{0,2}$")


# (s22-tg) A sentence that says what conditions a unit must meet (`应具备…条件，`) and then bounds them with a number: the
# number is a condition of who qualifies (spec §7: eligibility out), as a 下列条件 list is (`_in_conditions_list`).
# ((s26-a20tg) also a colon introducing the conditions a selection goes by, in the same sentence: `新增项目县…按照以下条件择优推荐：
# …播种面积在30万亩以上`)
QUALIFYING_CONDITIONS = re.compile(r"(?:具备|具有)[^。；;，,：:]{0,20}?条件\s*[，,：:]"
                                   r"|(?:按照?|根据|依据|符合|满足)(?:以下|下列|如下)[^。；;，,：:]{0,4}?条件[^。；;，,：:]{0,8}?[：:]")


# (s22-tg) Staffing quotas (guide TG21): a headcount of an establishment (`核定事业编制8名`, `行政编制为5名`), or the one
# person an item designates for a role (`明确一名分管领导具体负责`, `确定1名联络员`): a quota the document sets, unlike
# `打造一支队伍` (no person counted).
STAFF_UNITS = frozenset(("名", "人", "个", "位"))
STAFF_ESTABLISHMENT = re.compile(r"编制(?:数|名额)?\s*(?:为|共)?\s*$")
# ((s38-targets, guide TG21) also a post filled by hiring or setting up, `在每个行政村聘任1名食品安全协管员`)
STAFF_DESIGNATE = re.compile(r"(?:明确|确定|指定|选派|落实|安排|聘任|聘用|选聘|设)\s*(?:专人)?\s*$")
# (s38-targets, guide TG21) a post set up with its holder named before the count: `各村（社区）设报账员1名`, `每个网格设置专职
# 网格员1名`, `镇财政所聘用出纳员1人`: a staffing quota the document sets
STAFF_POST_BEFORE = re.compile(r"(?:设|设立|设置|聘用|聘任|选聘)(?:专职|兼职|专门)?[\p{Han}]{0,6}?(?:员|专干|干部|工作人员|负责人)\s*$")
# (s39-targets, guide TG21 and TG53) staff drawn from other units to work on the item (`抽调3至5名工作人员集中办公`, `从农业站、
# 财政所各抽调1名干部`, `抽调经管站、农技站各1名工作人员`): a staffing quota the document sets, the units it draws on named
# between the verb and 各
STAFF_DRAWN = re.compile(r"(?:抽调|抽派|选调|抽组|借调)(?:[\p{Han}（）()、]{1,30}?各)?\s*$")
# (s39-targets, guide TG21) one person or unit paired with each unit of a kind: `每个贫困村由1名县级领导包村`, `每个管区由1名乡
# 班子成员任管区书记` (the person named after the count, then the pairing verb), `每名县领导联系1个重点村`, `每名党员结对帮扶2户`
# (the pairing verb before the count), `每个乡镇有1所政府办卫生院` (what each unit is to have): a quota per unit the document sets
# (spec §7 `至少有1名`), as a staffing standard is
PAIRED_EACH_BY = re.compile(r"每(?:个|一个|名|位)?[\p{Han}（）()、]{1,12}?由\s*$")
PAIRED_ROLE_AFTER = re.compile(r"[\p{Han}]{1,10}?(?:包村|包片|包点|包户|包抓|联系|挂点|挂钩|蹲点|驻村|担任|兼任|任)")
PAIRED_EACH_VERB = re.compile(r"每(?:一)?(?:名|位|个)?[\p{Han}]{0,10}?(?:领导|干部|成员|党员|人|单位|部门)(?:分别)?\s*"
                              r"(?:联系|包抓|包保|包联|挂钩|挂点|结对帮扶|结对|帮扶|定点帮扶)\s*$")
PAIRED_EACH_HAS = re.compile(r"(?:原则上|要|确保|保证|实现)?每(?:个|一个)?[\p{Han}（）()]{1,10}?(?:都|均|至少)?(?:要|应|应当)?有\s*$")
# (`抽派2人负责值班`: 人 counts the staff themselves, the duty follows)
STAFF_DUTY_AFTER = re.compile(r"\s*(?:专门|专职|集中)?(?:负责|从事|承担|办公|值班)")
STAFF_ROLE_AFTER = re.compile(r"[\p{Han}]{0,6}?(?:领导|负责人|联络员|信息员|专干|专管员|干部|工作人员|分管|[长员])")


def _names_counted(pre: str) -> bool:
    """The words before a number name what is counted: more than its scope (每年, 全市), verbs and comparators."""
    core = _strip_tail(_strip_verbs(_strip_scope(pre.strip()), leading=True)).strip("，,、 ")
    return len(core) >= 2


def _bar_cell(text: str, pos: int) -> tuple[int, int] | None:
    """(start, end) of the cell holding `pos` in a row kept with bars (` | `), its padding left out; None on a line without
    a bar."""
    line_start = _line_start(text, 0, pos)
    line_end = _line_end(text, pos)
    line_end = len(text) if line_end < 0 else line_end
    a = text.rfind("|", line_start, pos)
    b = text.find("|", pos, line_end)
    if a < 0 and b < 0:
        return None
    a = line_start if a < 0 else a + 1
    b = line_end if b < 0 else b
    while a < pos and text[a] in " \t\u3000":
        a += 1
    while b > pos and text[b - 1] in " \t\u3000":
        b -= 1
    return a, b


def _paired_per_unit(text: str, q: Quantity, clause_prefix: str, clause_end: int) -> bool:
    """One person or unit paired with each unit of a kind (PAIRED_EACH_BY, PAIRED_EACH_VERB, PAIRED_EACH_HAS)."""
    if "每" not in clause_prefix or len(q.values) != 1:
        return False
    prefix = clause_prefix.strip(" \t\u3000")
    if q.unit in ("名", "位", "人") and PAIRED_EACH_BY.search(prefix) is not None:
        return PAIRED_ROLE_AFTER.match(text, q.unit_end, clause_end) is not None
    if q.unit_kind == "count" and PAIRED_EACH_VERB.search(prefix) is not None:
        return True
    return q.unit_kind == "count" and PAIRED_EACH_HAS.fullmatch(NUMBERING.sub("", prefix, count=1)) is not None


def _staffing_quota(text: str, q: Quantity, clause_prefix: str, clause_end: int) -> bool:
    if STAFF_ESTABLISHMENT.search(clause_prefix):
        return True
    if q.unit in ("名", "人") and STAFF_POST_BEFORE.search(clause_prefix) is not None:
        return True
    if q.unit in ("名", "人") and STAFF_DRAWN.search(clause_prefix) is not None:
        return (STAFF_ROLE_AFTER.match(text, q.unit_end, clause_end) is not None
                or (q.unit == "人" and STAFF_DUTY_AFTER.match(text, q.unit_end, clause_end) is not None))
    return (q.unit in ("名", "位") and STAFF_DESIGNATE.search(clause_prefix) is not None
            and STAFF_ROLE_AFTER.match(text, q.unit_end, clause_end) is not None)


# (s22-tg) 已 + a verb that names which units are meant, not what was done: inside a clause closed by `的，` (`老城区和已建成
# 住宅小区无养老服务设施的，按照每百户不低于15平方米的标准…配置`: who the rule covers), or in a part of the sentence after
# which a `；` opens a new time for the goals (`2023年底前，已开通运营的服务区全部具备…；到2025年，每个服务区…不少于4个`).
PAST_PART_TURN = re.compile(r"(?:力争|确保|争取)?\s*(?:到|至)\s*(?:19|20)\d{2}\s*年|(?:19|20)\d{2}\s*年(?:底|末)?\s*(?:前|以前)")


def _past_as_modifier(text: str, past: re.Match, pos: int) -> bool:
    end = _forward_to(text, past.end(), pos, CLAUSE_BREAK)
    if end < pos and text[end - 1] == "的" and text[end] in "，,":
        return True
    part = max(text.rfind("；", past.end(), pos), text.rfind(";", past.end(), pos))
    return part >= 0 and PAST_PART_TURN.match(text, part + 1) is not None


def _current_described(text: str, sentence_start: int, pos: int) -> bool:
    m = CURRENT_OPENING.match(text, sentence_start, pos) or CURRENT_SUBJECT.match(text, sentence_start, pos)
    return m is not None and CURRENT_CHANGED.search(text, m.end(), pos) is None


# (s15c) A web copy's explainer after the notice (`《…》政策解读`, `相关解读：`): its figures are statistics and restate
# the notice, no targets of their own. A line that heads it ends the body for targets.
# (also `附：编制说明`, `关于《…》的起草说明`: a drafting note's statistics)
EXPLAINER_HEAD = re.compile(r"^[ \t　]*(?:《[^》\n]{2,80}》\s*(?:的)?(?:政策)?解读[ \t　]*$|(?:相关|政策)解读[ \t　]*(?:[：:]|$)|"
                            r"(?:附[：:]?[ \t　]*)?(?:关于)?(?:《[^》\n]{2,80}》[ \t　]*的?)?(?:编制|起草)说明[ \t　]*$|"
                            # (s16) a web copy's graphic summary and press Q&A after the notice (`图解：一图读懂《…》`,
                            # `…负责同志就《…》答记者问`), also where the cleaner joined them to the lines after
                            r"[【\[]图解[】\]]|图解[：:]|[【\[]?一图(?:读懂|看懂|速览)|(?![一二三四五六七八九十\d]+[、.．]|[（(])[^\n。；，,]{0,24}(?:负责同志|负责人|司长|局长|厅长|主任|专家)[^\n。；，,]{0,4}就"
                            r"[^\n。；，,]{1,60}答记者问)", re.M)


# (speed only, s30-speed2) Each alternative of EXPLAINER_HEAD writes one of these words, so a body without them has no
# explainer: a bare 图 (地图, 蓝图, 试图: 15 of the 26 benchmark bodies the search ran on) no longer sends it to the search.
# Read from the pattern as it was (EXPLAINER_READ, its crc); a changed pattern is searched wherever 图 occurs, as before.
EXPLAINER_READ = 0x71fc558d
EXPLAINER_WORDS = (("解读", "说明", "图解", "一图", "答记者问") if _crc(EXPLAINER_HEAD.pattern) == EXPLAINER_READ
                   else ("解读", "说明", "图", "答记者问"))


def _explainer_start(text: str, lo: int, hi: int) -> int:
    if all(text.find(w, lo, hi) < 0 for w in EXPLAINER_WORDS):
        return hi
    m = stdlib_twin(EXPLAINER_HEAD).search(text, lo, hi)  # (s17: the same match, ~4x faster on the standard library's engine)
    return m.start() if m is not None and m.start() > lo else hi


# (s25-tg) A count in words that the document's title also writes with the word after it (`三项工程`, `四好农村路`,
# `五大行动`): the name of the programme the notice is about (guide TG7: names and slogans; numbers inside titles), not
# an amount, wherever the body repeats it. Compared in Simplified, as the title is given (a Traditional copy: `三項工程`).
# A table row copied as a line of cells (spec §4: rows are no prose): amounts side by side parted by white space, or an
# indicator's attribute last, and no sentence punctuation (as tasks.CELL_ROW reads such lines).
ROW_CELLS = re.compile(r"\d[%％‰]?[ \t\u3000]+[-—+＋<>≤≥]?\d|(?:约束性|预期性)[ \t\u3000]*$")


def _row_number(text: str, lo: int, q: Quantity) -> bool:
    """`q` is the 序号 of such a row, glued by the cleaner to the row's first cell (`3农村劳动力转移就业 人次 800 1000`)."""
    if q.end - q.start > 3 or not text[q.end:q.end + 1].strip():
        return False
    line_start = _line_start(text, lo, q.start)
    if _NON_PAD.search(text, line_start, q.start):
        return False
    line_end = _line_end(text, q.end)
    line_end = line_end if line_end >= 0 else len(text)
    if line_end - q.end > 150:
        return False
    line = text[q.end:line_end]
    return not re.search(r"[。，,；;：:]", line) and ROW_CELLS.search(line) is not None


# (s36-tg, PDF twins) `5员工制家政企业…等政策 省人力资源社会保障厅、省财政厅 持续推进6员工制家政企业员工可选择…`: a PDF whose
# table rows were read without their line breaks glues a row's number to the last cell of the row before it; the number
# that follows the line's own row number in sequence, after a spaced cell and before the next row's words, is that row's 序号
LINE_ROW_OPENING = re.compile(r"[ \t\u3000]*(\d{1,3})(?=[ \t\u3000]*[\p{Han}])")


def _glued_next_row_number(text: str, lo: int, q: Quantity) -> bool:
    if q.end - q.start > 3 or q.values[0][0] != int(q.values[0][0]) or not text[q.start:q.end].isdigit():
        return False
    if not ("\u4e00" <= text[q.end:q.end + 1] <= "\u9fff") or not ("\u4e00" <= text[q.start - 1:q.start] <= "\u9fff"):
        return False
    line_start = _line_start(text, lo, q.start)
    m = LINE_ROW_OPENING.match(text, line_start, q.start)
    if m is None or int(m.group(1)) + 1 != int(q.values[0][0]):
        return False
    row = text[m.end():q.start]
    return not re.search(r"[。；;：:]", row) and re.search(r"[ \t\u3000][^ \t\u3000]{2,}$", row) is not None


# Only a programme's name (`…项工程`, `…大行动`, `…项制度`): a title may also state a quota (`关于新建三所学校的通知`).
PROGRAMME_NOUN = re.compile(r"工程|行动|制度|机制|计划|活动|工作|体系|战略|清单|改革|任务|提升|攻坚|保障|服务")


# (s38-targets) the leverage a ratio states after it: `按1:10比例撬动银行贷款`, `按1∶5的比例放大贷款`
LEVERAGE_AFTER = re.compile(r"\s*(?:的)?\s*(?:比例|倍数|杠杆)?\s*(?:撬动|放大|带动)")


# (s38-targets) what a rule allows or forbids around a "two or more" (`可以同时发布两种以上…`, `两个以上…的企业可以…`)
PLURAL_ALLOWED_BEFORE = re.compile(r"(?:可以|允许|准许|严禁|禁止)[^，,；;。\d]{0,12}$")
PLURAL_ALLOWED_AFTER = re.compile(r"[^，,；;。\d]{1,16}?(?<!不)可以")


# (s38-targets, guide TG42) the funds of another payer a matching share is counted on, and the matching after it
MATCHED_FUNDS_BEFORE = re.compile(r"(?:上级|中央|国家|省级|省|自治区|市级|市|县级|县)(?:财政)?[\p{Han}]{0,6}?资金(?:总额|总量)?(?:的)?\s*$")
MATCHING_AFTER = re.compile(r"\s*(?:以上)?\s*(?:的)?\s*(?:比例)?[^，,；;。\d]{0,6}?配套")


# (s38-targets, guide TG53, S36 CU1 Q3) a clause of a funding split (after 其中 in the sentence) whose payer is a level above
# the issuer's: 中央/国家 below the centre, 省/自治区 below a province (`其中：中央财政补助12亿元`, `其中省级补助资金3000万元`)
SPLIT_PAYER = re.compile(r"\s*(?:其中\s*[：:，,]?\s*)?(?P<lvl>中央|国家|省级?|自治区(?:级)?)(?:财政|预算内|本级)?[\p{Han}]{0,6}?"
                         r"(?:补助|补贴|奖补|资金|投资|投入|安排|承担)[^，,；;。\d]{0,6}$")
SPLIT_REACH = 160


def _higher_level_share(ctx: Context, text: str, q: Quantity, clause_start: int, clause_prefix: str) -> bool:
    m = SPLIT_PAYER.match(clause_prefix)
    if m is None:
        return False
    level = ctx.metadata.admin_level if ctx.metadata else None
    above = (level in ("province", "prefecture", "county", "township") if m.group("lvl") in ("中央", "国家")
             else level in ("prefecture", "county", "township"))
    if not above:
        return False
    sentence_start = _back_to(text, q.start, max(0, q.start - SPLIT_REACH), SENTENCE_BREAK)
    return text.find("其中", sentence_start, q.start) >= 0


def _named_in_title(ctx: Context, text: str, q: Quantity) -> bool:
    """A count in words before a programme noun (`安排两项制度衔接工作经费`) that the notice's title writes the same way
    (`…“两项制度”有效衔接实施方案`) is the programme's name, not an amount (compared on the Simplified view)."""
    if not PROGRAMME_NOUN.match(simplified_line(text[q.unit_end:q.unit_end + 2])):
        return False
    title = ctx.metadata.title or (ctx.layout.title.text if ctx.layout.title else "") or ""
    name = text[q.start:min(len(text), q.unit_end + 2)]
    return len(name) >= 4 and bool(title) and simplified_line(name) in simplified_line(title)


def extract_targets(doc: CleanDoc, ctx: Context, span: tuple[int, int] | None = None) -> list[Target]:
    if span is None and ctx.layout.notice_span:
        body = extract_targets(doc, ctx, (ctx.layout.body_start, ctx.layout.body_end))
        letter = [t for s in _letter_goal_spans(doc.text, ctx.layout.notice_span) for t in extract_targets(doc, ctx, s)]
        return letter + body
    text = doc.text
    lo, hi = span or (ctx.layout.body_start, ctx.layout.body_end)
    letter_run = span is not None and span[0] < ctx.layout.body_start
    if not letter_run:
        hi = _explainer_start(text, lo, hi)  # (s15c) a web copy's 政策解读 after the notice
    books = _book_title_spans(text, lo, hi)  # (read by both)
    blocked = SpanIndex(_blocked_spans(text, lo, hi, books))
    titles = SpanIndex(_title_spans(text, lo, hi, books))
    plans = _PlanPeriods(ctx)  # (_plan_periods(ctx), read when first asked for)
    ctx.annotations["targets.plans"] = plans  # (for `_headings_period`, still unread)
    issue_year = _issue_year(ctx)
    # the year 今年/年底前/年内 are counted from: the issue year, else (a copy that lost its date) the year of a
    # one-year plan (`某县2021年民生实事`: `年底前新建公厕50座` is by the end of 2021)
    rel_year = issue_year or _one_year_plan(plans)
    # what counts as the past: the issue year, else the plan's first year (read only when a sentence
    # year is first compared with it: `now` is asked for nowhere else)
    now = issue_year or _reported_year_after(ctx) or _UNREAD
    targets: list[Target] = []
    last_unit: str | None = None
    last_kind: str | None = None
    last_shared = 1  # (how many indicators the last target was set for, `_each_count`)
    # (clause start, end of last target, its comparator, start of the comma clause after it)
    last: tuple[int, int, str | None, int] | None = None
    table_walks: dict = {}  # the walks up the document's tables (`_table_cell_comparator`)
    deficiency_memo: dict = {}  # (s19-tg) sentence start → a shortfall described (`_deficiency_described`), read once
    row_headers: dict = {}  # the first row of each table a number's row lies in (`_row_deadline`)
    bars = text.find("|", lo, hi) >= 0  # (s24-tables: rows kept with bars, `_bar_cell`)
    scanner = token_scanner()  # (TOKEN, less the numerals read_quantity drops at once)
    pos = lo
    makeup_end = -1  # (the end of the sentence of the last make-up count, s16)
    extras = _money_magnitudes(text, lo, hi)  # (`产业规模过千亿`: amounts the scanner does not read, in text order)
    if "零就业家庭" in text:
        extras = sorted(extras + _zero_households(text, lo, hi), key=lambda x: x.start)
    if "无一人" in text or "无一户" in text:
        extras = sorted(extras + _none_of_them(text, lo, hi), key=lambda x: x.start)
    if "率" in text and "零" in text:
        extras = sorted(extras + _zero_rates(text, lo, hi), key=lambda x: x.start)
    if "零增长" in text or "零填埋" in text or "零排放" in text:
        extras = sorted(extras + _zero_growths(text, lo, hi), key=lambda x: x.start)
    if "火点" in text:
        extras = sorted(extras + _zero_fire_points(text, lo, hi), key=lambda x: x.start)
    if "积分" in text:
        extras = sorted(extras + _points_credited(text, lo, hi), key=lambda x: x.start)
    if "满意" in text:
        extras = sorted(extras + _satisfaction_points(text, lo, hi), key=lambda x: x.start)
    while True:
        m = scanner.search(text, pos, hi)
        standing_goal = False
        if extras and (m is None or extras[0].start < m.start() or (extras[0].start == m.start() and extras[0].unit == "分")):
            # ((s27-tg) points credited open at the digit the scanner reads, which alone reads no unit there)
            q = extras.pop(0)
            if q.start < pos:
                continue
            pos = q.end
            standing_goal = (q.unit in ("户", "个", "人") and not q.values[0][0]) or q.unit == "分"  # (a `零就业家庭动态为零` goal, _zero_households;
            # no fire point, _zero_fire_points;
            # points credited, _points_credited)
        else:
            if not m:
                break
            q = read_quantity(text, m)
            if q is None or q.end > hi:
                pos = m.end()
                continue
            if (q.token == "ar" and (dot := stdlib_twin(ITEM_DOT_GLUED).match(text, q.start)) is not None
                    and _item_number_at(ctx, text, q.start, dot.group(1))):
                # (s32-tg) `6.30%的癌症高发地区开展…`: the item's number `6.` before its first amount (30 %, no 6.3 %), read
                # as if a space stood for the dot (the scanner reads no number right after a dot)
                spaced = text[:dot.end() - 1] + " " + text[dot.end():]
                m = scanner.match(spaced, dot.end())
                q = read_quantity(spaced, m) if m else None
                if q is None or q.end > hi:
                    pos = dot.end()
                    continue
            pos = max(q.end, m.end())
            if q.token == "cn" and text[q.start] in NUMERAL_PLACE_OPENERS and (place_end := numeral_place_end(text, q.start)) >= q.unit_end:
                pos = max(pos, place_end)
                continue  # (s16) `支持三门峡、濮阳等市`, `七台河市…专项资金`, `五棵树镇`: a place's name, no 3 门 or 7 台
        if _excluded_at(text, q, blocked) and not (q.token == "cn" and q.unit == "%" and q.end == q.unit_end and text[q.end - 2:q.end] in ("填埋", "增长")) \
                and not (standing_goal and q.unit == "个" and text.startswith(("零火点", "零发生", "零报告"), q.start)):
            continue  # (what _is_excluded says below, without the clause; (s32-tg) not a quoted `其他垃圾"零填埋"` goal, whose
            # quotes mark the slogan's words, guide TG55; (s38-targets) nor `新增违法建设实现“零增长”`, whose verb reaches it)
        if q.unit == "个" and PERIOD_COUNTED.match(text, q.unit_end):
            continue  # (s28-tg2) `连续补贴3个采暖季`, `服务2个学年`: how long a measure runs, a duration (spec §7 out)
        if text[max(lo, q.start - 3):q.start].rstrip().endswith("一式"):
            continue  # (s15) `申报材料一式3份`: the copies of a submission, a formality like a report's frequency (spec §7 out)
        if q.token == "ar" and (_row_number(text, lo, q) or _glued_next_row_number(text, lo, q)):
            continue  # (s25-tg) `3农村劳动力转移就业 人次 800 1000 预期性`: the number of a table row glued to its first cell
        if q.token == "cn" and _named_in_title(ctx, text, q):
            continue  # (s25-tg) a count the title writes before a programme noun (`两项制度`, `三项工程`): a name
        clause_start = _back_to(text, q.start, lo, CLAUSE_BREAK)
        clause_end = _forward_to(text, q.end, hi, CLAUSE_BREAK)
        clause_prefix = text[clause_start:q.start]
        if _is_excluded(text, q, clause_prefix, blocked, checked_at=True):
            continue
        works_on_stock = _works_on_stock(text, q, clause_prefix, clause_end)
        if stdlib_twin(FORMULA).search(text, clause_start, clause_end) or (
                _past_words(clause_prefix) and not works_on_stock) or _perfective(clause_prefix):
            continue
        if _is_sanction(text, q, clause_start, clause_end) or _deduction_for_a_breach(text, q, clause_start) \
                or _per_breach_unit(text, q, clause_start, clause_end) or _capacity_class(text, q):
            continue
        if _trigger_condition(text, q, clause_end) or _own_share(text, q, clause_prefix, clause_end):
            continue  # (s21-tg) a level that triggers a response; a beneficiary's own share of a cost
        if (q.unit_kind == "count" and q.after_cmp == ">=" and len(q.values) == 1 and q.values[0][0] == 2
                and (PLURAL_ALLOWED_BEFORE.search(clause_prefix) is not None or PLURAL_ALLOWED_AFTER.match(text, q.end, clause_end) is not None)):
            continue  # (s38-targets) `允许医师在两个以上医疗机构执业`, `可以同时发布两种以上预警信号`, `两个以上经营快递业务的企业可以
            # 使用统一的商标`, `严禁学生两人以上合睡`: "two or more" in what a rule allows or forbids says more than one, no
            # number the policy sets to reach (spec §7); a demand (`应当指派两名以上工作人员`) stays in
        if (q.unit_kind == "percent" and any(c in text[q.start:q.end] for c in ":：∶") and LEVERAGE_AFTER.match(text, q.end, clause_end)
                is not None):
            continue  # (s38-targets) `按1:10比例撬动银行贷款`, `按1∶5放大担保倍数`: how a fund leverages loans, the way a financial
            # tool works (a number that describes, spec §7), no amount this policy provides or sets out to reach
        if (q.unit_kind == "percent" and "配套" in text[q.end:clause_end] and MATCHED_FUNDS_BEFORE.search(clause_prefix) is not None
                and MATCHING_AFTER.match(text, q.end, clause_end) is not None):
            continue  # (s38-targets, guide TG42 as confirmed in S32) `按照不低于上级补助资金30%的比例安排配套资金`: a matching share
            # between payers, cost-sharing, not an amount this policy provides
        if q.unit_kind == "percent" and _cost_split(text, q, clause_prefix, clause_start):
            continue  # (s28-tg, guide TG13/TG42) `保险费由省、市县财政和农户共同承担，其中省级财政补贴40%`: a split between payers
        if "除" in clause_prefix and OTHER_LEVEL_EXCEPT.search(clause_prefix) and EXCEPT_CLOSE.match(text, q.end, clause_end):
            continue  # (s29-tg, guide TG53) `除上级补助每户1000元外，镇财政每户再补助200元`: another level's amount restated beside
            # the plan's own is not provided by this policy
        # (s38-targets, guide TG53 and S36 CU1 Q3) `总投资78.06亿元，其中：中央财政补助12亿元，…市本级…配套资金约20亿元`: a higher
        # level's share of a funding split is that level's money, not an amount this policy provides. Read as before (the
        # shares after it follow it as they did), only not written.
        other_level_share = q.unit_kind == "money" and _higher_level_share(ctx, text, q, clause_start, clause_prefix)
        if "经" in clause_prefix and CONSENT_BY.search(clause_prefix) and CONSENT_AFTER.match(text, q.end, clause_end):
            continue  # (s29-tg, guide TG52) `改造方案须经业主三分之二以上同意方可实施`: a consent threshold written as a condition
        if (q.unit in ("人", "米") and q.after_cmp in (">=", "<=")
                and SIZE_CLASS_NOUN.match(text, q.unit_end, clause_end) is not None):
            continue  # (s29-tg2) `千人以上集中式供水工程`, `海拔4500米以上地区`: a size or height that names a class of works
            # or places the rule is about (a number that describes, spec §7), not an amount to reach
        if q.after_cmp in (">=", "<=") and MEASURED_CLASS_AFTER.match(text, q.unit_end, clause_end) is not None:
            continue  # (s38-targets) `标准抗压强度60兆帕以上混凝土用量达到总用量的10%`, `二级以上医院占比…`: the bound names the
            # class of products or units whose use or share the clause sets (a number that describes, spec §7); the target
            # is the share after it
        if q.unit == "层" and q.after_cmp in (">=", "<=") and STOREY_CLASS_NOUN.match(text, q.unit_end, clause_end) is not None:
            continue  # (s36-tg) `六层以下（含六层）建筑物屋顶原则上不得设置户外广告`: a height that names the buildings a rule is
            # about (as SIZE_CLASS_NOUN's works and places), no number to reach
        if q.unit in SCOPE_AREA_UNITS and AREA_STATED.fullmatch(clause_prefix) is not None:
            continue  # (s36-tg) `以某镇镇区为重点，面积约4.2平方公里，包括…`: a clause that is only the area of the place named
            # before it describes the scope (a number that describes, spec §7), nothing to build or reach
        if q.unit == "期" and not q.after_cmp and PHASE_NAMED_AFTER.match(text, q.unit_end) is not None:
            continue  # (s34-tg) `建设西宁南北山绿化三期工程`, `一期项目`: the phase a works is named by (an ordinal, guide TG7), no count
        if q.unit == "类" and (GRADE_AFTER.match(text, q.end) or GRADE_CLASS_NOUN.match(text, q.unit_end)):
            continue  # (s24-tg) `公厕按三类以上标准建设`: a grade of a standard (guide TG7 levels), no amount
        if "在" in clause_prefix and text.find("基础上", q.end, clause_end) >= 0 and ON_THE_BASIS.search(clause_prefix):
            continue  # (s15c) `在前两批认定的1200个基地基础上，…`: what is already there, the ground the notice builds on
        if "已" in clause_prefix and EXISTING_BEFORE.search(clause_prefix) and not works_on_stock:
            continue  # (s15c) `落实已出台的28项优惠政策`, `已认定的120家孵化器继续享受`: the number counts what exists (spec §7: describes)
        if "同时" in clause_prefix and BAN_ON_SEVERAL.search(clause_prefix) and text.startswith(("以上", "及以上"), q.unit_end):
            continue  # (s14b) `不得同时在两个以上机构执业`: a ban on holding several posts, no number to reach or keep
        if last is not None and last[1] == q.start - 1 and text[q.start - 1] in "（(" and text[q.end:q.end + 1] in "）)":
            continue  # (s22-tg) `不少于30天（240学时）`: the same amount restated in another unit, one target (guide TG17)
        if (q.unit_kind == "percent" and last is not None and clause_start == last[3] and last_kind not in ("percent", "permille")
                and RESTATED_SHARE.fullmatch(clause_prefix) is not None and not text[q.end:clause_end].strip()):
            continue  # (s27-tg2, guide TG44) `转移农村劳动力12.6万人，占农村劳动力总数的79.7%`: the count restated as a share, one target
        if (text.find("（", max(lo, q.start - 9), q.start) >= 0 or text.find("(", max(lo, q.start - 9), q.start) >= 0) \
                and _bracketed_size(text, q, lo):
            continue  # (s34-tg) `每户配置1个垃圾桶（240升）`, `城区大班额（56人以上）比例控制在10%以内`: a size or threshold
            # bracketed right after a noun says what the thing is (its capacity, the class it names), a number that describes
            # (spec §7), not an amount to reach
        if last is not None and text[q.start - 1:q.start] in "（(以" and _measure_condition(text, q, last[1]):
            continue  # `性能达到128TFLOPS（16位浮点）`: the conditions a level is measured under, not a level of their own
        sentence_start = _back_to(text, q.start, lo, SENTENCE_BREAK)
        if (text.find("已", sentence_start, q.start) >= 0 and (past := PAST_REPORT.search(text, sentence_start, q.start))
                and not PAST_TURN.search(text, max(clause_start, past.end()), q.start)
                and not BASIS_CLAUSE.match(text, past.end()) and not _past_as_modifier(text, past, q.start)):
            continue  # (s14b) the later clauses of a sentence that reports what has been done
        if text.find("现行", sentence_start, q.start) >= 0 and _current_described(text, sentence_start, q.start):
            continue  # (s15c) `现行普通门诊统筹年度最高支付限额为1000元`: the standard in force described, not set
        sentence_end = _forward_to(text, q.end, hi, SENTENCE_BREAK)
        if (text.find("予", q.end, sentence_end) >= 0 and (ann := ANNOUNCED.search(text, q.end, sentence_end))
                and not OTHER_GROUP.search(text, q.end, ann.start())):  # ((s22-tg) not `…奖励5万元，对工作不力的予以通报`)
            continue  # (s15c) `确定A公司等120家企业为…示范工厂，现予公布`: the count of what a list announces, a result described
        if "由" in clause_prefix and text.find("成", q.end, clause_end) >= 0 and MAKEUP_AFTER.match(text, q.unit_end, clause_end + 1):
            makeup_end = sentence_end  # (s16) `指标体系由…4个方面的28个指标构成`: the make-up of a system (guide TG16)
            continue
        if (makeup_end > q.start and clause_prefix.lstrip().startswith("其中")
                and not MAKEUP_PART_DEMAND.search(text, clause_start, clause_end)):
            continue  # (s16) `…28个指标构成，其中国家监测指标21个`: a part of that make-up
        if text.find("条件", sentence_start, clause_start) >= 0 and QUALIFYING_CONDITIONS.search(text, sentence_start, clause_start):
            continue  # (s22-tg) `定点培训机构应具备相应的…设备条件，实训设备价值不低于20万元`: what a unit must have to qualify
        if text.find("申", sentence_start, q.start) >= 0 and APPLICANT_SUBJECT.match(text, sentence_start, q.start):
            continue  # (s15c) `申报人员年龄一般不超过45周岁`, `申请人须在本市连续缴纳社保满12个月`: who qualifies (spec §7 out)
        if ((text.find("来", sentence_start, q.start) >= 0 or text.find("目前", sentence_start, q.start) >= 0
             or text.find("过去", sentence_start, q.start) >= 0 or text.find("去年", sentence_start, q.start) >= 0
             or text.find("前年", sentence_start, q.start) >= 0 or text.find("轮", sentence_start, q.start) >= 0
             or text.find("多年", sentence_start, q.start) >= 0)
                and RETROSPECT.search(text, sentence_start, q.start) and not GOAL_AHEAD.search(text, sentence_start, q.start)):
            continue  # `近5年来，全国城市平均年节水量约35亿立方米`: a review of the past
        if (issue_year and text.find("由", q.end, sentence_end) >= 0
                and (past := PAST_SPAN_CHANGE.search(text, q.end, sentence_end)) is not None
                and int(past.group(2)) < issue_year and not GOAL_AHEAD.search(text, sentence_start, past.start())
                and not GOAL_AHEAD.search(text, past.end(), sentence_end)):
            continue  # (s29-tg2) `“十三五”时期，我国农村居民人均消费支出年均实际增长6.2%，农村网络零售额由2015年的3530亿元增长
            # 到2019年的1.7万亿元` in a late-2020 意见: a sentence that goes on to report a change between past years reviews
            # the past, also in its clauses before that report (spec §7: numbers that describe)
        if q.unit_kind == "percent" and ("考" in (near := text[max(sentence_start, q.start - 24):q.start]) or "权重" in near) \
                and SCORE_WEIGHT_BEFORE.search(text, max(sentence_start, q.start - 24), q.start) is not None:
            continue  # (s19-tg) `纳入年度绩效考核，占考核总分的15%`: the weight of a line in an assessment, not a level to reach
        if q.unit_kind == "percent" and ("权重" in (near := text[max(sentence_start, q.start - 48):q.start]) or "占" in near) \
                and WEIGHT_LIST_BEFORE.search(text, max(sentence_start, q.start - 48), q.start) is not None:
            continue  # (s30-tg) `权重分别为40%、30%和30%`, `平时成绩占30%、期末成绩占70%`: weights (guide TG45)
        if q.unit == "倍" and "部分" in text[sentence_start:q.start] and SURCHARGED_PART.search(text, sentence_start, q.start):
            continue  # (s30-tg, guide TG58) `超定额部分按两倍收取水费`: a surcharge for a breach, out as fines are
        if "分别" in clause_prefix and _restated_change(text, sentence_start, clause_start, clause_end):
            continue  # (s30-tg, guide TG61) `…出栏率分别提高到35%和65%，较2021年分别提高5个和8个百分点`: the level is the target
        if q.unit_kind == "percent" and BARE_WEIGHT_CLAUSE.match(clause_prefix) \
                and INTO_ASSESSMENT_BEFORE.search(text, sentence_start, clause_start) is not None:
            continue  # (s27-tg3, guide TG45) `纳入村（社区）年度绩效考评，占比不低于15%`: the work's weight in the assessment
        shortfall = deficiency_memo.get(sentence_start)
        if shortfall is None:
            shortfall = deficiency_memo[sentence_start] = _deficiency_described(text, sentence_start, sentence_end)
        if shortfall:
            continue  # (s19-tg) `工业用水重复利用率仅为50%左右，管网漏失率在15%以上`: a shortfall described, no demand
        if (("损" in clause_prefix or "灾" in clause_prefix or "倒" in clause_prefix or "毁" in clause_prefix or "死" in clause_prefix)
                and _damage_reported(text, q, clause_prefix, sentence_start, sentence_end)):
            continue  # (s26-a20tg) `倒塌房屋1.2万余间，直接经济损失达9.8亿元`: the toll of a disaster, reported
        if ((text.find("差距", q.end, sentence_end) >= 0 or text.find("严峻", q.end, sentence_end) >= 0
             or text.find("不容乐观", q.end, sentence_end) >= 0) and _situation_described(text, sentence_start, q, sentence_end)):
            continue  # (s23-tg) `漏损率平均在15%左右，部分城市超过20%，与发达国家相比仍有较大差距`: the situation described
        if (text.find("月", sentence_start, q.start) >= 0 or text.find("季度", sentence_start, q.start) >= 0
                or text.find("半年", sentence_start, q.start) >= 0) and (
                PROGRESS_OPENING.match(text, sentence_start, q.start) and not PROGRESS_TURN.search(text, sentence_start, q.start)):
            continue  # (s16) `上半年，全市城镇新增就业1.3万人，完成年度目标的65%`: the year's progress so far, reported
        if text.find("是", sentence_start, q.start) >= 0 and SELF_DESCRIBED.match(text, sentence_start, q.start) and not (
                DESCRIPTION_TURN.search(text, sentence_start, q.start)):
            continue  # (s16) `我省是人口大省，常住人口6600万，每年需在城镇就业的劳动力约80万人`: the place described, no demand
        # (these two on the standard library's engine, scan.stdlib_twin: the same matches, faster)
        if stdlib_twin(REQUEST_REPORTED).match(text, sentence_start, q.start):
            continue  # `某市请求，…投入5亿元，建设…`: a reply restates what was asked for, not what it sets
        if stdlib_twin(STATISTICS_REPORTED).match(text, sentence_start, q.start):
            continue  # `据统计，…占总人口的17.3%`: a figure reported, not set
        if text.find("预计", sentence_start, q.start) >= 0 and ESTIMATE.search(text, sentence_start, q.start):
            continue  # `预计…满负荷运行后，每年可实现经济效益4200多万元`: an estimate of what may come, not a demand
        if text.find("相当于", sentence_start, q.start) >= 0 and EQUIVALENT_EFFECT.search(text, sentence_start, q.start) is not None:
            continue  # (s33-tg2, guide S33 TG44) `…年利用量相当于减少二氧化硫年排放量约400万吨，减少…，年节约用水约15亿立方米`: the
            # effects a target's output is equivalent to restate it, in every clause of the sentence (a value of the target's
            # own written in an equivalent unit, `相当于2.7亿吨标准煤`, has no effect verb after 相当于 and stays)
        if "量" in clause_prefix[-10:] and RESOURCE_ESTIMATE.search(clause_prefix) is not None:
            continue  # (s27-tg) `2020年，全市秸秆可收集量约275万吨，综合利用率达到91%以上`: the resource the goals are set on,
            # estimated (a number that describes, spec §7), not an amount to reach
        if "预计" in clause_prefix and FORECAST_BEFORE.search(clause_prefix) is not None:
            continue  # (s21-tg) `2021年高校毕业生预计达909万人`: a forecast of what will come, not a demand (spec §7)
        sentence_year = _year_from(_without_earlier_clause_years(_without_cited_goal(ctx, _without_cutoff_date(_without_statistic_year(_without_bracket_years(_without_closing_deadlines(
            _without_sub_year(_without_basis_year(_mask(text, sentence_start, q.start, titles), q), clause_start - sentence_start),
            clause_start - sentence_start, text, q, hi), clause_start - sentence_start))))), rel_year)
        if sentence_year and sentence_year[1] == PLAN_END_MARK:
            # (s21-tgyear) `三年累计改造低产园6万亩 | … | 2024年12月底`: a row's deadline column dates the row's total
            sentence_year = ((sentence_year[0] == PLAN_END_MARK and _row_deadline(text, lo, q, rel_year, row_headers))
                             or _resolve_plan_end(sentence_year, plans, q.start))
        if sentence_year and now is _UNREAD:
            now = _first_plan_start(plans)
        if (sentence_year and now and sentence_year[1] is not None and sentence_year[1] < now
                and not GOAL_IN_PAST.search(clause_prefix)):
            continue  # a past achievement: 2019年全市培训…
        if (sentence_year and now and "的" in clause_prefix[-5:] and (past := PAST_CHANGE_TO.search(clause_prefix)) is not None
                and int(past.group(1)) < now):
            continue  # (s21-tg) `由2000年的620万人增加到2004年的927万人` in a 2005 notice: a change already reported
        if (sentence_year and now is None and sentence_year[0] is not None and sentence_year[0] == sentence_year[1]
                and BARE_YEAR_OPENING.match(text, sentence_start) and _task_at(ctx, q.start) is None
                and not GOAL_AHEAD.search(text, sentence_start, q.start) and not DEMAND_AHEAD.search(text, sentence_start, q.start)
                and sentence_year[0] < ctx.shared("targets.last_goal_year", lambda: _last_goal_year(text, lo, hi))):
            continue  # (s15) an undated copy's preamble: `2022年，全市煤炭产量达到7.5亿吨…` before goals `到2025年` is a review
        if rel_year is not None and _reviewed_year_paragraph(ctx, text, lo, q, rel_year):
            continue  # (s28-tg2) `2006年，我县被确定为试点县，…。全县…参合率达到82.3%` in a 2007 notice: last year reviewed
        if (sentence_year and now is None and sentence_year[1] is not None and text.find("截", sentence_start, q.start) >= 0
                and CUTOFF_SENTENCE.match(text, sentence_start, q.start)
                and not GOAL_AHEAD.search(text, sentence_start, q.start) and not DEMAND_AHEAD.search(text, sentence_start, q.start)
                and sentence_year[1] < ctx.shared("targets.last_goal_year", lambda: _last_goal_year(text, lo, hi))):
            continue  # (s16) an undated copy: `截至2020年底，全区累计建成…120个。到2022年，…` the cutoff before the goals is a report
        # A list shares its first item's verb and words: 建设50所…和150个…; 分别不少于60万元、40万元.
        in_list = last is not None and last[0] == clause_start and last[1] <= q.start
        # `培育3家综合型平台，20家行业型平台，100家企业级平台`: a comma clause that opens with its
        # number continues the list of the clause before it (spec 1.1: a number that opens its clause)
        continues = (last is not None and not in_list and clause_start == last[3]
                     and (re.fullmatch(r"\s*", text[clause_start:q.start]) is not None or _listed_noun(text[clause_start:q.start], q, last_unit)
                          or _stock_item(text, sentence_start, clause_start, q))
                     and not (q.token == "cn" and q.values[0][0] == 1))  # `，一个年度内…`: an article, not a count
        in_list = in_list or continues
        seg_start = last[1] if in_list else clause_start
        joined = in_list and re.fullmatch(r"\s*[、和及与×]\s*", text[last[1]:q.start]) is not None  # ((s24-tg) × of a size)
        before_cmp = (_before_comparator(text, seg_start, q) or (last[2] if joined else None) or _cap_comparator(text, lo, q)
                      or _cap_changed_to(clause_prefix))
        before_cmp = before_cmp or (None if q.after_cmp else _comparator_over_base(text[seg_start:q.start], q))
        # (s40-arttargets) a speed limit a traffic rule sets, read once: its comparator here, and below it is demanded
        speed = SPEED_LIMIT_BEFORE.search(text, max(lo, q.start - 48), q.start) if q.unit in SPEED_UNITS else None
        if not before_cmp and not q.after_cmp and speed is not None:
            before_cmp = ">=" if speed.group("floor") else "<="  # (s40-arttargets) `最高时速为每小时三十公里`, `限速每小时30公里`
        if not before_cmp and not q.after_cmp and text[q.start - 1:q.start] in "按以照" and (
                clamp := _clamp_comparator(text, q, clause_start, clause_prefix)) is not None:
            before_cmp = clamp  # (s40-arttargets) `低于…60%的，按60%计算`: the floor a base is raised to
        if not before_cmp and not q.after_cmp and q.unit_kind == "time" and (stock := STOCK_BOUND.search(clause_prefix)) is not None:
            before_cmp = STOCK_BOUND_CMP.get(stock.group("cmp"))  # (s27-tg) `不得超过用户48小时的用水量`: the bound of the volume
        if (q.unit_kind == "measure" and not before_cmp and not q.after_cmp
                and SIZED_UNITS_COUNTED.match(text, q.end, clause_end) is not None):
            continue  # (s27-tg2) `新建3千瓦户用光伏电站360座`: the size of each unit counted after it (a number that
            # describes, spec §7; guide S20 size conditions), the count is the target
        if (not before_cmp and not q.after_cmp and q.unit in FREQUENCY_UNITS and "每" in clause_prefix
                and PER_HEAD_FLOOR_TIMES.search(clause_prefix)):
            before_cmp = ">="  # (s27-tg2) `对每户建设过程至少进行3次现场检查`: the floor before the verb holds for the count
        if not before_cmp and not q.after_cmp and _floor_over_examples(clause_prefix):
            before_cmp = ">="  # (s27-tg) `不少于色度、浑浊度…等8项`: the floor written before the examples holds for their count
        if (not before_cmp and in_list and last[2] and re.fullmatch(r"\s*[、和及与]\s*[\p{Han}]{1,10}", text[last[1]:q.start])
                and _adverb_over_object().search(re.split(r"\d", text[clause_start:last[1]], maxsplit=1)[0])):
            before_cmp = last[2]  # `至少配备全科医生2名、护士3名`: 至少 holds for each object of its verb
        if (not before_cmp and in_list and last[2] in (">=", "<=") and re.fullmatch(r"[\p{Han}]{1,14}[、和及与]\s*", text[last[1]:q.start])
                and re.search(r"(?:至少|最少|最多|至多)\s*(?:[\p{Han}]{2}\s*)?(?:\d+(?:\.\d+)?)[\p{Han}]{0,3}$", text[clause_start:last[1]])):
            before_cmp = last[2]  # (s25-tg2) `建成至少1座建筑垃圾资源化利用厂和1座餐厨废弃物集中处理厂`: each count its object's
            # ((s29-tg) also with the verb after the adverb: `每个乡镇至少建成1个农贸市场和1个物流站`)
        if not before_cmp and not q.after_cmp and "标准" in clause_prefix[-8:] and (
                over := OVER_STANDARD.search(clause_prefix) or OVER_STANDARD_BRACKET.search(clause_prefix)):
            # ((s36-tg) also the standard's amount in a bracket after its name, `工资按照不低于某市最低工资标准（每月2180元）落实`)
            before_cmp = ">" if over.group(1) in ("超过", "高于") else ">="  # (s31-tg2) `收入超过国家扶贫标准3300元`: the bound
            # before the standard the amount states holds for it
        if (not before_cmp and not q.after_cmp and text[q.end:q.end + 1] == "、"
                and (shared := LIST_BOUND_AFTER.match(text, q.end, clause_end + 1)) is not None):
            before_cmp = "<=" if shared.group(1) in ("以下", "以内") else ">="  # (s31-tg2) `新增扶贫小额贷款200户、800万元以上`:
            # the bound closing a pair of amounts of one object holds for each
        if not before_cmp and not q.after_cmp and (q.unit in ("分钟", "小时") and (
                ARRIVAL_AFTER.match(text, q.end, clause_end) or _service_response(text, q)) or _provider_reply(text, q)):
            before_cmp = "<="  # (s35b, guide TG52) `接警后30分钟内到达`: 内 is within, the cap 以内 writes (spec §7)
        if not before_cmp and not q.after_cmp and "达" in clause_prefix and STOPS_AT.match(text, q.end, clause_end):
            before_cmp = "<="  # (s22-tg) `风险基金累计达到当年筹资总额的10%后不再提取`: a ceiling the fund stops at
        if not before_cmp and not q.after_cmp and q.unit in ("名", "位") and _rank_goal(text, q):
            before_cmp = "<="  # (s38-targets, guide S36 CU2 Q2) `稳定在全区镇街前5名`: no lower than the rank
        core_prefix = _strip_scope(text[seg_start:q.start])
        # `禁止生产厚度低于0.01毫米的地膜`: what is forbidden below a number is the floor (at least 0.01)
        forbids = bool(("禁止" in clause_prefix or "严禁" in clause_prefix) and FORBIDDEN_SIDE.search(clause_prefix.rstrip()))
        # (a clause that opens with its number is read on its own: `…，80%以上的企业实现…` is a share)
        acted_on = _acted_on(text, q, clause_prefix, clause_end)
        # `绝对精度100Pa以内、噪音水平0.6Pa以内的压力传感器`: the levels a product is to reach, listed with their
        # indicators before the product they describe; the 的 closes the list, the items are each a level
        spec_list = (in_list and q.unit_kind == last_kind and q.unit_kind in ("measure", "percent", "permille")
                     and (before_cmp or q.after_cmp) is not None and LISTED_LEVEL.fullmatch(text, last[1], q.start) is not None)
        if (not forbids and not acted_on and not spec_list
                and not (q.unit_kind in ("money", "percent") and text.startswith("的", q.end)
                         and RELIEF_CAP_AFTER.match(text, q.end, sentence_end))
                and _is_condition(text, q, clause_prefix, _strip_scope(clause_prefix) if continues else core_prefix)):
            continue
        if (q.unit_kind != "count" and ("支持" in clause_prefix or "扶持" in clause_prefix) and SUPPORT_BEFORE.search(clause_prefix)
                and SUPPORTED_CLASS_AFTER.match(text, q.end, clause_end)):
            continue  # (s25-tg2) `重点支持年处理能力50万吨以上、再生产品利用率达到80%以上的项目`: which projects qualify
        if clause_start > sentence_start and text.find("的", sentence_start, clause_start) >= 0 and APPLICANT_TOPIC.match(
                text, sentence_start, clause_start):
            continue  # (s25-tg2) `申报试点的城市，餐厨废弃物日产生量原则上应在200吨以上`: what an applicant must meet (TG29)
        if "的" in clause_prefix and APPLICANT_MUST_MEET.match(clause_prefix) is not None:
            continue  # (s39b-arttargets) `申请补贴的企业职工人数应当在20人以上`: what an applicant must meet (TG29)
        # (a time unit gets here only as N months' worth of a payment: 按6个月的失业保险金)
        demanded = _is_demanded(q, before_cmp or q.after_cmp, clause_prefix, text[sentence_start:clause_start]) or (
            q.unit_kind == "time") or in_list or _opens_its_clause(
            ctx, text, q, core_prefix, clause_end, sentence_start, sentence_year, plans) or (
            re.match(r"\s*(?:并|同时|还|要|力争)?\s*(?:将|把)(?:其中)?", clause_prefix) and VERB_AFTER.match(text[q.end:clause_end])) or (
            (re.match(r"\s*(?:按照?|以)", clause_prefix) or "按" in clause_prefix) and q.unit_kind not in ("time", "age", "ordinal")
            and PROVIDE_AFTER.match(text[q.end:clause_end]))
        demanded = demanded or _goal_noun_clause(text, sentence_start, clause_start, q) or standing_goal
        # (s26-a20tg) `适宜载畜量为每羊单位15亩至30亩`, `密度为每公顷900株至1200株`: a band per unit the document fixes as its
        # standard (guide TG6c; spec §7: a range is two targets)
        demanded = demanded or (len(q.values) == 2 and "每" in clause_prefix and PER_UNIT_BAND_BEFORE.search(clause_prefix) is not None)
        demanded = demanded or (len(q.values) == 2 and q.unit_kind == "measure" and q.unit in BAND_LENGTH_UNITS
                                and DIMENSION_BAND_BEFORE.search(clause_prefix) is not None
                                and not SCOPE_AFTER_BAND.match(text, q.end, clause_end))  # (s39-targets) `宽度一般为4至6米`
        # (s20-tg) `按照每村2至5名的标准配备保洁员`: a staffing standard the policy fixes is a quota (spec §7 `至少有1名`)
        demanded = demanded or (q.unit_kind == "count" and "按" in clause_prefix and "每" in clause_prefix
                                and "对" not in clause_prefix
                                and (staff := STAFF_AFTER.match(text, q.end, clause_end)) is not None
                                and "的" not in text[staff.end():clause_end])
        # (s22-tg) `移民住房按照每户54平方米…的标准统一规划建设`, `按照人均1亩水浇地或户均1栋日光温室的标准配置生产用地`: a
        # per-unit standard the policy builds or allots by (spec §7: a quota it sets), as a staffing standard is (STAFF_AFTER)
        demanded = demanded or ("按" in clause_prefix and "对" not in clause_prefix and q.unit_kind in ("count", "measure")
                                and PER_UNIT_END.search(clause_prefix, max(0, len(clause_prefix) - 6)) is not None
                                and BUILT_BY_STANDARD.match(text, q.end, clause_end) is not None)
        demanded = demanded or (q.unit_kind == "count" and "在" in clause_prefix
                                and PLACES_COVERED_LEAD.fullmatch(NUMBERING.sub("", clause_prefix, count=1)) is not None
                                and PLACES_COVERED_AFTER.match(text, q.unit_end, clause_end) is not None
                                and (DIGIT.search(text, q.unit_end, clause_end) is None
                                     or DIGIT.search(QUOTED_NAME.sub("", text[q.unit_end:clause_end])) is None))  # (not `在14个市州建设…中心不少于80个`: the
        # places where a quota of their own is built)
        # (s25-tg) `7 “美丽庭院”示范户500户 12月底前 镇妇联` under `序号 任务内容 完成时限 责任单位`: the amount in a task row of a
        # task list with a deadline column is the row's task (spec §7: quotas), written without a verb as lists are
        demanded = demanded or (q.unit_kind in ("count", "measure") and not clause_prefix.strip(" \t\u3000").endswith("的")
                                and (_spaced_task_row(text, lo, q, row_headers) or _task_cell_amount(ctx, text, q)))
        # (s22-tg) `核定事业编制8名`, `明确一名副乡镇长具体分管`: staffing quotas the document sets (guide TG21)
        demanded = demanded or (q.unit in STAFF_UNITS and _staffing_quota(text, q, clause_prefix, clause_end))
        demanded = demanded or _paired_per_unit(text, q, clause_prefix, clause_end)  # (s39-targets) `每个贫困村由1名县领导包村`
        # (s19-tg) `稳定茶园面积2.5万亩`, `稳定生猪存栏50万头`: 稳定 (keep) an area, stock or output at a level
        demanded = demanded or ("稳定" in clause_prefix and KEEP_STABLE.search(clause_prefix) is not None)
        # (s19-tg) `到2000年，全国设市城市中有100个城市达到节水型城市标准`: 有 + a count of units that reach a goal, in a
        # sentence that sets goals (a count to reach, spec §7), as SHARE_LEAD reads `有…%的县`
        demanded = demanded or (q.unit_kind == "count" and clause_prefix.rstrip().endswith("有")
                                and HAVE_BEFORE.search(clause_prefix, max(0, len(clause_prefix) - 8)) is not None
                                and HAVE_REACHING_AFTER.match(text, q.unit_end, clause_end) is not None
                                and bool(sentence_year or GOAL_AHEAD.search(text, sentence_start, q.start)
                                         or _paragraph_period(ctx, text, q.start)))
        demanded = demanded or (q.unit_kind == "money" and (_under_standard_heading(ctx, q.start) or _standard_list(text, lo, q)
                                                            or _fee_standard(clause_prefix, text[sentence_start:clause_start])
                                                            or QUOTA_NOUN_AFTER.match(text, q.end, clause_end) is not None))
        demanded = demanded or (q.unit_kind == "money" and "每" in clause_prefix
                                and _graded_ellipsis(text, sentence_start, clause_start, clause_prefix))
        demanded = demanded or (q.unit_kind == "money" and "每" in clause_prefix
                                and _per_head_after_grant(text, sentence_start, clause_start, clause_prefix))
        # (s29-tg2) `每年200个，2025年12月` in the deadline cell of a task table written one cell per line: the row's yearly
        # pace, a target of its own (spec §7 quotas), written without a verb as cells are
        demanded = demanded or ("每年" in clause_prefix and (_pace_in_deadline_cell(text, lo, q, row_headers)
                                                             or _pace_in_piped_deadline_cell(text, lo, q, table_walks)))
        table_cmp = _table_cell_comparator(text, lo, q, table_walks)
        if table_cmp is not None:
            demanded, before_cmp = True, before_cmp or (None if table_cmp == "=" else table_cmp)
        demanded = demanded or _breakdown_item(text, sentence_start, clause_start, q) or _served_count(text, q, clause_prefix, clause_end) or acted_on
        demanded = demanded or (q.unit_kind == "count" and _count_list_sentence(text, sentence_start, sentence_end))
        demanded = demanded or (q.unit_kind == "count" and "推进" in clause_prefix and "、" in clause_prefix
                                and _full_list_delivered(clause_prefix, q, text))  # (s24-tg, LIST_PUSHED)
        demanded = demanded or _projects_pushed(text, q, clause_prefix)
        # (s24-tg) `注：经济林含油茶1500亩、茶园800亩`: the parts a total contains, restated (spec §7 restated sub-quantities)
        demanded = demanded or (q.unit_kind in ("count", "measure") and "含" in clause_prefix
                                and CONTAINS_PART.search(clause_prefix) is not None)
        # `（三）培训目标：1万人次`: a number right after a goal label is the goal
        demanded = demanded or (not clause_prefix.strip() and GOAL_LABEL.search(text, max(lo, clause_start - 12), clause_start) is not None)
        # `一、目标任务` / `全年引进项目：30个以上；到位资金：50亿元`: an indicator's name and a colon, then its amount, in
        # an item headed as the goals
        demanded = demanded or (not clause_prefix.strip() and clause_start > lo and text[clause_start - 1] in "：:"
                                and NAMED_LABEL.search(text, max(lo, clause_start - 14), clause_start) is not None
                                and _under_goal_heading(ctx, q.start))
        # `到2025年，城乡居民年人均出游4.5次`: a level per head, stated without a verb in a sentence that sets goals
        demanded = demanded or ("人均" in clause_prefix and q.unit_kind not in ("money",)
                                and PER_CAPITA_LEVEL.search(clause_prefix.rstrip()) is not None
                                and not ELIGIBILITY_LIMIT_WORDS.search(clause_prefix)
                                and bool(sentence_year or GOAL_WORDS.search(text, sentence_start, q.start)
                                         or _paragraph_period(ctx, text, q.start) or _plan_ahead(ctx, plans, q.start)))
        # (s15) `分配名额：北京市3名、天津市2名`, `推荐名额如下：东部地区各5个`: the places' quotas after a quota label (spec 1.1
        # §7: quotas), each a place or unit and its count
        demanded = demanded or (clause_start > lo and text[clause_start - 1] in "：:" and q.unit_kind == "count"
                                and QUOTA_LABEL.search(text, max(lo, clause_start - 16), clause_start) is not None
                                and re.fullmatch(r"[\p{Han}（）()、]{0,14}", clause_prefix) is not None and not _has_verb(clause_prefix))
        # (s25-tg2) `标准化示范基地：石井村、青桐村、罗竹村各2个，校椅村、…各1个`: places' shares of a task named by the label
        # before them (guide TG31, a quota list written as prose), one each (the 各 splits them)
        demanded = demanded or (q.unit_kind == "count" and clause_prefix.endswith("各") and "、" in clause_prefix
                                and ((clause_start > lo and text[clause_start - 1] in "：:") or (last is not None and clause_start == last[3]))
                                and PLACES_EACH.fullmatch(clause_prefix.strip(" \t\u3000")) is not None)
        # (s15) `培育特色专业镇50个，其中产值超百亿元的10个`: a restated sub-quantity of the count before it (spec 1.1 §7),
        # its clause opened by 其中 and closed by the count, in the same unit
        demanded = demanded or (last is not None and clause_start == last[3] and q.unit is not None and q.unit == last_unit
                                and clause_prefix.lstrip().startswith("其中") and not text[q.end:clause_end].strip())
        # (s40-arttargets, guide S35 CS1 Q2) `驾驶人年满十六周岁的，可以搭载一名十二周岁以下未成年人`, `每车限乘两人`: how many a
        # vehicle or a place may carry or hold, a number a rule permits (spec §7 "not exceed"), written in words as statutes do
        demanded = demanded or (q.unit_kind == "count" and PERMITTED_LOAD_BEFORE.search(clause_prefix) is not None)
        # (s40-arttargets) `每个单元设置电梯不应少于两台，其中应当设置一台可容纳担架的电梯`: a part of the count before it that a rule
        # demands of its own kind (spec 1.1 §7 restated sub-quantities), the modal and the verb before it, its kind after it
        demanded = demanded or (last is not None and clause_start == last[3] and q.unit is not None and q.unit == last_unit
                                and q.unit_kind == "count" and DEMANDED_PART.fullmatch(clause_prefix) is not None)
        if (q.unit_kind == "money" and "投资" in clause_prefix and (fund := FUNDING_ESTIMATE.search(clause_prefix)) is not None
                and not q.after_cmp):
            # (s27-tg2, guide TG44) `估算总投资6300万元`, `工程约需投资2亿元`: a funding estimate is an amount provided, `=`
            # unless 约 is written
            demanded, before_cmp = True, before_cmp or ("~" if "约" in clause_prefix[max(0, fund.start() - 1):] else None)
        demanded = demanded or (q.unit_kind == "money" and "其中" in text[max(sentence_start, clause_start - 2):q.start]
                                and _grant_split(text, sentence_start, clause_start, q, clause_end))
        demanded = demanded or _total_of_work(text, sentence_start, clause_start, clause_prefix, q)
        demanded = demanded or _red_line_kept(text, q, clause_prefix, clause_end)
        demanded = demanded or _places_all_act(text, q, clause_prefix, clause_end)
        demanded = demanded or _units_all_closed(text, q, clause_prefix, clause_end)
        demanded = demanded or (q.unit in FREQUENCY_UNITS and _one_dated_event(text, q, clause_prefix))
        demanded = demanded or _places_to_reach_with_examples(text, q, clause_prefix)  # (s38-targets) `其中甲、乙等5个村创建…`
        demanded = demanded or ((q.unit in AREA_UNITS or q.unit in LENGTH_UNITS or q.unit == "度")
                                and _size_set_as_standard(text, q))
        # (s40-arttargets) a speed limit a traffic rule sets (`城市道路最高时速为每小时三十公里`, `限速每小时30公里`): a level not
        # to exceed (spec §7), written with 每小时 before the distance
        demanded = demanded or speed is not None
        demanded = demanded or _goal_stated_as(clause_prefix) or (q.unit_kind == "money" and (_pay_per_period(clause_prefix)
                                                                                             or _price_fixed(clause_prefix)))
        if (not demanded or _in_review_section(ctx, q.start) or _in_conditions_list(ctx, q.start)
                or _in_breach_list(ctx, task_here := _task_at(ctx, q.start)) or _in_banned_places(ctx, task_here)):
            continue
        if q.after_cmp and _practice_class(text, q, clause_prefix, clause_end):
            continue  # (s40-targets) `推广1.2米以上宽行距种植模式`: the size names the kind of practice promoted
        if q.unit == "%" and "财政" in clause_prefix and _lower_levels_match(text, sentence_start, clause_start, clause_prefix):
            continue  # (s40-targets) `自治区财政补贴…50%，市、县财政补贴不低于20%`: the lower levels' matching share
        if _classes_divided(text, q, clause_prefix, clause_end, compared=bool(before_cmp or q.after_cmp)):
            continue
        if (_structural(text, q) or _abstract_small_count(text, q)
                or (q.unit in ("项", "条", "类") and clause_prefix.rstrip().endswith("方面"))) and not (before_cmp or q.after_cmp):
            continue  # (s14: `养护体制方面5项`, how many measures a heading counts, guide TG16)
        ind_lo, ind_hi = clause_start if continues else seg_start, clause_end
        cell = _bar_cell(text, q.start) if bars else None
        if cell is not None:
            # (s24-tables) a number in a row kept with bars (`1 | 新建公厕1座 | 县住建局 | …`): its words and quote stay in
            # its cell, not the row's number or the organs of the cells after it
            ind_lo, ind_hi = max(ind_lo, cell[0]), min(ind_hi, cell[1])
        indicator, qs, qe = _indicator(text, q, ind_lo, ind_hi)
        if cell is not None and not _names_counted(text[ind_lo:q.start]) and not _names_counted(indicator):
            # `签约服务覆盖率 | 每年增加1-3个百分点`: a goal cell that only says how much (a verb, a period) is of the
            # indicator its row names in the cell before it (its words, not a number); the quote stays in the goal's cell
            bar = text.rfind("|", 0, cell[0])
            if bar > text.rfind("\n", 0, cell[0]):
                a, b = _bar_cell(text, bar - 1) if bar > 0 and text[bar - 1] != "|" else (bar, bar)
                named = _strip_scope(text[a:b])
                if _names_counted(named) and len(named) <= 40 and not any(ch.isdigit() or ch in "。；;，," for ch in named):
                    indicator = named
        per_year_start = _back_to(text, q.start, lo, PER_YEAR_BREAK)
        # `最高不超过1.5万元/年`: an amount whose unit names the year is a rate, not per year (guide TG11)
        per_year = (((_per_year(text[per_year_start:q.start]) or _per_year_list(text, sentence_start, per_year_start)
                      or (not sentence_year and _every_year_row(text, lo, q, row_headers)))
                     and not (q.unit or "").endswith("/年")
                     and not (_rate_of_its_own(q, clause_prefix) and not _cohort_rate(text[per_year_start:q.start], clause_prefix))
                     and not _effect_after_work(q, clause_prefix)
                     and not (q.unit == "人" and clause_prefix.rstrip().endswith("至少") and ONE_EMPLOYED_AFTER.match(text, q.end)))
                    or (q.unit_kind == "percent" and _sampled_each_year(text[per_year_start:q.start], clause_prefix))
                    or _yearly_change(q, clause_prefix)
                    or ("年度" in clause_prefix and YEARLY_PLAN_SHARE.search(clause_prefix) is not None)
                    or (q.unit_kind == "percent" and "年度" in text[sentence_start:clause_start]
                        and YEARLY_PLAN_TILT.search(text[sentence_start:q.start]) is not None)
                    or (_yearly_bound(clause_prefix) and not (q.unit or "").endswith("/年"))
                    or (not sentence_year and _current_year_opening(text, sentence_start, plans, q.start))
                    or (q.unit_kind == "money" and "；" in text[max(sentence_start, clause_start - 24):clause_start]
                        and _graded_per_year(text, sentence_start, clause_start, clause_prefix)))
        years = (_bracket_year_after(text, q) or _list_year_note(text, q) or (_respective_year(text, sentence_start, q) if sentence_year and text.find("分别", sentence_start, q.start) >= 0 else None)
                 or sentence_year or _span_in_plan_year(clause_prefix, plans, q.start)
                 or (None if per_year else _span_in_notice_year(ctx, clause_prefix, plans, q.start, rel_year))
                 or _deadline_after(text, q, hi, rel_year, per_year and _stated_span(_period_at(plans, q.start)))
                 or _item_deadline(ctx, text, q, rel_year)
                 or _row_deadline(text, lo, q, rel_year, row_headers, per_year)
                 or _plan_end_phrase(text, sentence_start, q.start, plans)
                 or _paragraph_period(ctx, text, q.start) or _heading_period(ctx, q.start)
                 or _goal_item_year(ctx, text, q.start) or _period_at(plans, q.start) or (None, None))
        years = _resolve_plan_end(years, plans, q.start) or (None, None)
        if years[0] is None and years[1] is not None \
                and "年" in text[min(per_year_start, reach := _span_reach(text, sentence_start, clause_start, q.start)):q.start] \
                and _span_of_deadline_year(text, _restated_clause_start(text, lo, reach, clause_prefix)
                                           if not continues else last[0], q.start):
            years = (years[1], years[1])  # (s28-tg) `到2020年底：全年完成营造林12万亩，其中新造林2万亩`: that year as a span
        if (per_year and sentence_year and years == sentence_year and clause_start > sentence_start
                and not OPENING_TIME.match(text, sentence_start) and not _yearly_bound(clause_prefix) and not ("后" in clause_prefix and THEREAFTER.search(clause_prefix))
                and _year_from(text[clause_start:q.start], rel_year) is None
                and not (q.unit_kind in ("percent", "points") and AVERAGE_GROWTH.search(clause_prefix))):
            # ((s22-tg) not an average growth rate, `力争到2025年产业规模超过2000亿元，年均增长10%以上`: the average over
            # the years up to the deadline it is reached by)
            # (s21-tgyear) `力争2024年底前创建…1个，县级示范区每年新增2个`: a yearly amount in a clause of its own runs
            # over the plan's years, not to the deadline or year of another clause (spec §7: the plan's period)
            period = _period_at(plans, q.start)
            if period and period[0] and period[1] and period[0] < period[1]:
                years = period
        if (per_year and sentence_year and years == sentence_year and years[0] is not None and years[0] == years[1]
                and clause_start > sentence_start and BARE_SCHEDULE_OPENING.match(text, sentence_start)
                and _year_from(text[clause_start:q.start], rel_year) is None and not _yearly_bound(clause_prefix)
                and PER_HEAD_YEAR.search(clause_prefix) is None):
            # (s28-tg) `2017年在3个镇选取15个村开展试点，每年新增试点村不少于20个，到2020年…` in a plan for 2017—2020: the
            # bare year dates its own clause (guide TG10, a schedule's year); the yearly amount after it runs over the
            # plan's years (spec §7: the plan's period), from that year
            period = _period_at(plans, q.start)
            if period and period[0] and period[1] and period[0] <= years[0] < period[1]:
                years = (years[0], period[1])
        if per_year and years[0] is None and years[1] is not None and OPENING_TIME.match(text, sentence_start):
            years = _opening_period_over(text, sentence_start, q.start, years[1]) or years
        if (years[0] is not None and years == sentence_year and years[0] == years[1] and not per_year and not table_cmp
                and rel_year is not None and years[1] > rel_year and _bare_goal_year_deadline(text, q, sentence_start, years[1])):
            years = (None, years[1])
        if (years[0] is not None and years == sentence_year and years[0] == years[1] and not per_year and not table_cmp
                and rel_year is not None and years[1] > rel_year and STRIVEN_YEAR_CLAUSE.match(clause_prefix)
                and _period_at(plans, q.start) is None
                and sum(1 for _ in OTHER_BARE_YEAR.finditer(text, sentence_start, sentence_end)) == 1):
            years = (None, years[1])  # (s28-tg, guide TG13) `逐步扩大试点范围，力争2012年试点覆盖面达到…60%以上` in a 2010 意见
            # with no period of its own (a plan's later year keeps its year, the s7 reading)
        if (years[0] is not None and years == sentence_year and years[0] == years[1] and not per_year and not table_cmp
                and rel_year is not None and years[1] > rel_year and _period_at(plans, q.start) is None
                and years[1] == ctx.shared("targets.last_goal_year", lambda: _last_goal_year(text, lo, hi))):
            # (s27-tg, guide TG13) `推进公共数据有序开放，2025年公共数据开放数据集达到3000个以上` in a 2022 意见 whose goals are
            # `到2025年`: a bare goal year opening a comma clause is a deadline, as in a plan with a stated period
            years = _bare_mid_year(text, q, sentence_start, sentence_end, None, years[1])
        if years[1] is not None and years[0] is not None and not per_year and not table_cmp:
            years = _plan_end_deadline(text, q, sentence_start, sentence_end, years, sentence_year, plans)
        if (years[0] is None and years[1] is not None and years == sentence_year and not per_year and not table_cmp
                and (span_n := YEARS_SUMMED.match(clause_prefix)) is not None and not OPENING_BY.match(text, sentence_start)
                and not any(c in text[text.rfind("\n", 0, q.start) + 1:q.start] for c in "|\t")):
            years = (years[1] - _count(span_n.group(1)) + 1, years[1])
        if (years[0] is not None and years[0] == years[1] and years == sentence_year and not per_year and not table_cmp
                and _staged_future_level(text, q, sentence_start, sentence_end, years[1], _now_year(plans, q.start, rel_year),
                                         _period_at(plans, q.start))):
            years = (None, years[1])
        if (years[0] is not None and years[0] == years[1] and not per_year and not table_cmp
                and q.unit_kind in ("percent", "points") and _stage_named_year(ctx, text, q.start) == years[1]):
            years = (None, years[1])  # (s40-targets, guide S37 CV2) `2020年为全面推进年。…商品化处理率达到70%`: a level
            # reached as a stage of the schedule, by its year; the year's own quantities stay that year's (TG10)
        if (q.unit in FREQUENCY_UNITS and years[0] is None and years[1] is not None and not per_year
                and "汛前" in text[sentence_start:q.start] and EVENT_VERB_BEFORE.search(clause_prefix) is not None
                and (period := _period_at(plans, q.start)) and period[0] == period[1] == years[1]):
            years = period  # (s40-targets) `汛前每个隐患点至少开展1次应急演练` in a one-year plan: when the drills are held in the
            # plan's year, not a deadline for completing work (`汛前完成…清疏120公里` stays one, Y5)
        if years[0] is not None and years[0] == years[1] and "后" in clause_prefix and THEREAFTER.search(clause_prefix):
            years = (years[0] + 1, None)  # `2021年新建50座，以后每年新建30座`: from the year after, open-ended
        if years[0] is not None and years[1] is None:
            period = _period_at(plans, q.start)  # (s14) `自2024年起，每年新增…` in a plan for 2023—2025: its years run to the
            if period and period[1] is not None and period[1] >= years[0] \
                    and not _standing_from(period, years, text, sentence_start, q.start):
                years = (years[0], period[1])  # plan's end (spec 1.1 §7: the plan's period)
        task = _task_at(ctx, q.start)
        if task and "/" in task and ARTICLE_IN_PATH.search(task):
            task = _closing_paragraph_owner(ctx, task, q.start)
        quote_start = max(qs, q.start - 40)
        if table_cmp is not None:
            quote_start, qe = q.start, q.end  # a table cell is quoted as the cell
        while quote_start < q.start and (text[quote_start] in "、，,；; \t×"
                                         or text[quote_start] in "和及与" and quote_start + 1 == q.start):
            quote_start += 1  # `、500元`, `和500元`: the quote starts at the item, not at its separator
        prohibited = forbids or _in_prohibited_list(ctx, task)
        # ((s26-central) a ratio without unit is a level as a rate is: `大型、超大型数据中心运行电能利用效率降到1.3以下`, TG19)
        shared = _each_count(clause_prefix, text[q.end:q.end + 8], "ratio" if q.unit == "比值" else q.unit_kind)
        if (shared == 1 and last_shared > 1 and last is not None and clause_start == last[3] and "分别" in clause_prefix
                and RESPECTIVE_CHANGE.fullmatch(clause_prefix)):
            shared = last_shared  # (s22-tg) `解决率、满意率均达到92%以上，较2022年分别提高2个百分点`: the same indicators, each
        if (shared == 1 and "分别" in clause_prefix and RESPECTIVE_CHANGE.fullmatch(clause_prefix)
                and not SECOND_VALUE.match(text[q.end:q.end + 8])):
            shared = _respective_values_before(text, sentence_start, clause_start)
        if shared == 1 and "均" in clause_prefix and GROWTH_EACH.match(clause_prefix):
            shared = _levels_before(text, sentence_start, clause_start)
        if (shared == 1 and last is not None and clause_start == last[3] and q.unit_kind == last_kind == "percent"
                and ("、" in clause_prefix or "其中" in clause_prefix)):
            shared = _elliptic_subjects(clause_prefix)
        if shared == 1 and q.unit_kind == "percent" and "、" in clause_prefix and clause_start > lo:
            shared = _listed_item_subjects(text, lo, clause_start, clause_prefix)
        if shared == 1 and q.unit_kind == "money" and "、" in clause_prefix:
            shared = _places_sharing_amount(clause_prefix)  # (s29-tg2) `县城、重点建制镇每吨应调整至居民不低于0.85元`
        if (shared == 1 and last_shared > 1 and last is not None and clause_start == last[3] and q.unit_kind == last_kind == "money"
                and GROUP_LEVEL_ONLY.fullmatch(clause_prefix)):
            shared = last_shared  # (s29-tg2) `…，非居民不低于1.2元`: the same places' standard for the other group of payers
        if (shared == 1 and last is not None and clause_start == last[3] and q.unit_kind in ("percent", "measure")
                and "分别" in text[last[0]:last[1]]):
            shared = _places_carried(text, sentence_start, last[0], last[1], clause_prefix)
        if (shared == 1 and last is not None and clause_start == last[3] and q.unit_kind == "percent"
                and "分别" in text[last[0]:last[1]] and BASELINE_CHANGE_ONLY.fullmatch(clause_prefix)):
            # (s29-tg, guide TG19) `COD和二氧化硫排放总量分别控制在6.0万吨和8.0万吨以内，比2005年减少10%`: a change against a
            # baseline with no subject of its own, after the levels set for each subject, is set for each of them
            shared = max(1, sum(1 for t in targets if t.span[0] >= last[0] and t.span[1] <= last[1]))
        for value, range_cmp in q.values * shared * (not other_level_share):
            targets.append(Target(
                task=task, indicator=indicator, value=plain(value), unit=q.unit,
                comparator=_flip(range_cmp or q.after_cmp or before_cmp or "=", prohibited),
                per_year=per_year, year_start=years[0], year_end=years[1],
                quote=text[quote_start:qe], span=(quote_start, qe),
            ))
        last_unit, last_kind, last_shared = q.unit, q.unit_kind, shared
        next_clause = clause_end  # (_forward_to(text, q.end, hi, CLAUSE_BREAK), found above)
        last = (clause_start, q.end, before_cmp,
                next_clause + 1 if next_clause < hi and text[next_clause] in "，," else -1)
    _share_trailing_comparator(text, targets)
    if letter_run:
        return targets
    if "|" in text or "年\n" in text or "）\n" in text or "年目标\n" in text:  # (prefilter: tables kept as rows, or one cell per line under a
        # year cell, s15: also one with its label, `2020年（基期）`)
        # (s15) a database copy without its date: a schedule's years are counted from the plan's first year
        targets.extend(_indicator_table_targets(ctx, text, lo, hi, issue_year or _first_plan_start(plans), targets, plans))
    schedules: set[int] = set()  # (s22-tg3: the header lines of spaced schedules read, which no other reader reads again)
    if "年" in text and (" " in text or "\u3000" in text):
        # (the cleaner may have kept a spaced schedule's cell borders as ` | `, s22-assign3: read with them blanked, same
        # offsets, as the spaced copy it was)
        view = text if " | " not in text[lo:hi] else text[:lo] + text[lo:hi].replace(" | ", "   ") + text[hi:]
        targets.extend(_spaced_schedule_targets(ctx, view, lo, hi, issue_year or _first_plan_start(plans), schedules))
    spaced_heads = [h for h in _spaced_indicator_headers(text, lo, hi) if h.start() not in schedules]  # (s19-tg: a table whose
    # cells the copy parted by spaces)
    if spaced_heads:
        spaced = _spaced_indicator_targets(ctx, text, lo, hi, issue_year, targets, spaced_heads)
        targets[:] = _off_rows_read(text, lo, targets, spaced)
        targets.extend(spaced)
    slashed = _slashed_text(text, lo, hi)  # (s20-tg: the same table with its cells parted by ` / `)
    if slashed is not None:
        slashed_heads = _spaced_indicator_headers(slashed, lo, hi)
        if slashed_heads:
            targets.extend(_spaced_indicator_targets(ctx, slashed, lo, hi, issue_year, targets, slashed_heads, text))
    if ("）：" in text or "):" in text) and ("年目标" in text or "年累计" in text):  # (s19-tg: indicator lines)
        targets.extend(_indicator_line_targets(ctx, text, lo, hi, targets))
    old_captions = "表" in text and ("|" in text or "分解" in text or "分配" in text or "下达" in text)
    places = list(PLACES_CAPTION.finditer(text, 0, hi)) if "各" in text else []
    if old_captions or places:
        # the captions of quota tables, found once for both readers below (s30-speed2: each searched the text for them)
        caps = sorted((list(finditer_opened(ALLOCATION_CAPTION, text, 0, hi)) if old_captions else []) + places,
                      key=lambda m: m.start())
        # (s21-tg) a `0` cell of a quota table is no target: nothing to reach (guide S20, answers to the A8/A9 adjudicators)
        targets.extend(t for t in _allocation_table_targets(ctx, text, lo, hi, plans, targets, caps) if t.value != 0)
        if caps:
            targets.extend(t for t in _place_table_targets(ctx, text, lo, hi, plans, targets, caps, issue_year) if t.value != 0)
    if "万元）" in text or "亿元）" in text or "万元)" in text or "亿元)" in text:
        targets.extend(_money_column_targets(ctx, text, lo, hi, plans))
    if "单位：" in text or "单位:" in text:
        targets.extend(_prose_quota_targets(ctx, text, lo, hi, plans, issue_year))
    return targets


# (s25-tg2) A quota table written out as prose (guide TG31): a caption naming the task and its unit in brackets
# (`各村（社区）低产花园改造任务（2016—2018年合计，单位：亩）：`), then one line of places and their numbers
# (`石井村900，青桐村800，…，校椅社区（城镇居民花园）100。`). Each place's number is a target in the caption's unit
# (万 multiplied out, spec §7), for the caption's years or else the plan's period; the indicator is the place then the task.
QUOTA_CAPTION_LINE = re.compile(r"[ \t\u3000]*(?P<cap>[^\n（(]{2,40}(?:[（(][^\n（）()]{1,12}[）)])?[^\n（(]{0,30}?)"
                                r"[（(](?P<note>[^（）()\n]{0,20}?)[，,、；;\s]*单位\s*[：:]\s*(?P<unit>[\p{Han}]{1,4})\s*[）)]\s*[：:]?[ \t\u3000]*$", re.M)
QUOTA_PLACE_ITEM = re.compile(r"(?P<name>[\p{Han}]{1,12}?(?:村|社区|居委会|镇|乡|街道|县|区|市|旗|场)(?:[（(][^（）()，,]{1,14}[）)])?)"
                              r"\s*(?P<v>\d+(?:\.\d+)?)")
QUOTA_ITEM_SEP = re.compile(r"[，,、；;]")
# (speed only, s25-speed2) What every line QUOTA_CAPTION_LINE matches (from its line's start to its end) looks like, read
# off the pattern, so that a line of prose holding 单位： is passed over before the pattern's backtracking (its two runs of
# the caption, ~50 µs a line like `1.加强…。（牵头单位：县发改局）`, most of the lines it was tried on):
CAPTION_LINE_ENDS = ("）", ")", "：", ":")  # its end, white space stripped (str.rstrip strips all `\s` and `[ \t\u3000]` take)
CAPTION_OPENINGS = "（("
CAPTION_REACH = 40 + 30  # the caption's two runs without an opening bracket before the first bracket


def _could_be_caption(line: str) -> bool:
    """False where QUOTA_CAPTION_LINE cannot match `line` (a whole line): it ends with its unit's bracket (and a colon); it
    holds one or two opening brackets (the unit's, and one inside the caption); the first opens 2 to 70 characters after
    the line's leading white space starts (the pattern's caption may take some of that white space)."""
    if not line.rstrip().endswith(CAPTION_LINE_ENDS):
        return False
    first = min((k for k in (line.find("（"), line.find("(")) if k >= 0), default=-1)
    if first < 2 or first > len(line) - len(line.lstrip(" \t\u3000")) + CAPTION_REACH:
        return False
    return sum(line.count(ch) for ch in CAPTION_OPENINGS) <= 2


def _quota_captions(text: str, lo: int, hi: int):
    """The caption lines holding `单位：`, each matched from its line's start (the caption pattern only where it can be)."""
    for m in re.finditer(r"单位\s*[：:]", text[lo:hi]):
        k = lo + m.start()
        line_start = text.rfind("\n", lo, k) + 1 if text.rfind("\n", lo, k) >= 0 else lo
        line_end = text.find("\n", k, hi)
        line_end = hi if line_end < 0 else line_end
        if not _could_be_caption(text[line_start:line_end]):
            continue  # (speed only: no caption's line, `_could_be_caption`)
        cap = QUOTA_CAPTION_LINE.match(text, line_start, line_end)
        if cap is not None:
            yield cap


def _prose_quota_targets(ctx: Context, text: str, lo: int, hi: int, plans, issue_year: int | None) -> list[Target]:
    out: list[Target] = []
    for cap in _quota_captions(text, lo, hi):
        k = cap.end()
        while k < hi and text[k] in "\n \t\u3000":
            k += 1
        end = text.find("\n", k, hi)
        end = hi if end < 0 else end
        line_end = end
        while line_end > k and text[line_end - 1] in "。.； \t\u3000":
            line_end -= 1
        items, pos = [], k
        for piece in QUOTA_ITEM_SEP.split(text[k:line_end]):
            m = QUOTA_PLACE_ITEM.fullmatch(piece.strip())
            if m is None:
                items = []
                break
            start = text.find(piece.strip(), pos)
            items.append((start, m))
            pos = start + len(piece.strip())
        if len(items) < 3:
            continue
        unit = cap.group("unit")
        factor = 10000 if unit.startswith("万") and len(unit) > 1 else 100000000 if unit.startswith("亿") and len(unit) > 1 else 1
        unit = unit[1:] if factor > 1 else unit
        years = (_year_from(cap.group("note") or cap.group("cap"), issue_year) or _period_at(plans, cap.start()) or (None, None))
        years = _resolve_plan_end(years, plans, cap.start()) or (None, None)
        task_name = re.sub(r"^[ \t\u3000]*各[\p{Han}]{1,4}(?:[（(][^（）()]{1,8}[）)])?", "", cap.group("cap")).strip()
        task = _task_at(ctx, k)
        for start, m in items:
            quote = m.group(0)
            out.append(Target(task=task, indicator=m.group("name") + task_name, value=plain(Decimal(m.group("v")) * factor),
                              unit=unit, comparator="=", per_year=False, year_start=years[0], year_end=years[1],
                              quote=quote, span=(start, start + len(quote))))
    return out


# (s19-tg) In a plan for several years (`行动计划（2022—2025年）`), a deadline at the plan's last year later in the target's
# own sentence dates it (spec 1.1 §7: a time expression in the target's own sentence comes before the plan's period):
# `改造低产茶园5000亩，…，到2025年茶叶综合产值达到4亿元` gives null/2025, not the plan's 2022/2025 (not a number per year).
# A paragraph that dates its parts year by year (`2023年，…；2024年，…`) is a schedule (guide TG10) and is left.
PLAN_END_BY = re.compile(r"(?:(?<![\d截])(?:到|至)\s*|(?<![\d到至截比较])(?=(?:19|20)\d{2}\s*年(?:底|末)?\s*(?:前|以前|之前)))"
                         r"((?:19|20)\d{2})\s*年")
YEARLY_RATE_BEFORE = re.compile(r"年(?:递增|递减|增长|增速|均)|逐年|每年|年度")
# (s25-swap) a year as these schedule rules read it: in arabic digits or in Chinese numerals (`二〇二五年：…`, as older
# notices write years), each read by its value
_YEAR_NUM = r"(?:(?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3})"


def _yint(y: str) -> int:
    return int(y) if y.isdecimal() else int("".join(str(CN_DIGIT[c if c != "○" else "〇"]) for c in y))


SCHEDULE_YEAR = re.compile(rf"(?<![\d到至截比较])({_YEAR_NUM})\s*年(?:底|末)?\s*[，,：:]")


# (s23-tg2) Guide S22 (answers to A13): a year inside a sentence dates its own clause and the `，` clauses after it, not
# the clauses before it, which keep the plan's period: `建设市级直播电商基地1处，培育…品牌50个以上，到2025年…增长15%`
# dates only its last clause. The later deadline's reach back (s19-tg, below) is off.
CLAUSE_YEARS_ONLY = True


# A standing level changed from a date on (`筹资标准由…提高到…`, `调整为`), not an activity counted from it (guide S26 TG38)
STANDING_CHANGE = re.compile(r"标准|提高到|提高至|调整为|调整到|由[^，。；]{0,24}?(?:提高|增加|调整|下调|上调)")


def _standing_from(period, years, text: str, sentence_start: int, at: int) -> bool:
    """(s26-tg) `从2008年起，…筹资标准由每人每年50元提高到每人每年100元` in a notice on the works of 2008: a start in the one
    year a one-year plan covers says the change holds from then on (its own time expression, spec §7), not for that
    year only; the one-year plan gives it no end. (Lead, guide TG38 as made precise) only a standing level so changed:
    an activity counted from a month of the plan's year (`2019年9月起开展不少于3轮`) is that year's."""
    return (period[0] is not None and period[0] == period[1] == years[0]
            and STANDING_CHANGE.search(text, sentence_start, at) is not None)


def _plan_end_deadline(text: str, q: Quantity, sentence_start: int, sentence_end: int, years, sentence_year, plans):
    period = _period_at(plans, q.start)
    if not period or period[0] is None or period[1] is None or period[0] >= period[1]:
        return years
    if sentence_year == years and years[0] == years[1] and period[0] <= years[1] < period[1]:
        # ((s27-tg3, guide TG13) the plan's first year too: `…，2024年完成诊断企业不少于600家` in a plan for 2024—2026)
        return _bare_mid_year(text, q, sentence_start, sentence_end, period, years[1])
    if years[1] != period[1]:
        return years
    end = period[1]
    if sentence_year == (end, end) and years == sentence_year:
        return _bare_plan_end(text, q, sentence_start, sentence_end, period)
    if sentence_year is not None or years != period or CLAUSE_YEARS_ONLY:
        return years
    if YEARLY_RATE_BEFORE.search(text, _back_to(text, q.start, sentence_start, CLAUSE_BREAK), q.start):
        return years  # (`乡镇企业总产值年递增15%，…，到2000年…`: a yearly rate runs over the plan's years, s8)
    m = None
    for m in PLAN_END_BY.finditer(text, q.end, sentence_end):
        break
    if m is None or int(m.group(1)) != end:
        return years
    para_start = text.rfind("\n", 0, sentence_start) + 1
    para_end = text.find("\n", sentence_end)
    para_end = len(text) if para_end < 0 else para_end
    if any(_yint(y.group(1)) != end and period[0] <= _yint(y.group(1)) < end for y in SCHEDULE_YEAR.finditer(text, para_start, para_end)):
        return years  # (a year-by-year schedule)
    return (None, end)


# (s20-tg) A bare plan-end year in a plan for several years (`方案（2023—2025年）`: `…等技术，2025年绿色防控覆盖率达到85%
# 以上`, `逐年提高，2024年达到20%以上`) is a deadline read like `到2025年` (guide A18 TG13: null/2025), unless the year is a
# line of a year-by-year schedule (`2024年，…；` / `2025年，…`: each line its own year, guide TG10): another year of the
# plan opens a neighbouring line or a clause of the same paragraph.
SCHEDULE_LINE = re.compile(r"[ \t\u3000]*(?:（[一二三四五六七八九十\d]{1,2}）|\d{1,2}[.、．]|[一二三四五六七八九十]、|[—－\-]{1,2}|[·•●○■□◆◇▲△★☆])?[ \t\u3000]*"
                           rf"({_YEAR_NUM})\s*年(?:度|底|末)?\s*(?:[，,：:]|目标|[\p{{Han}}]{{0,6}}?(?:任务|计划|指标)\s*[：:])")
# (s35: `2022年改造任务：…` / `2023年改造任务：…`, a year's share of the plan's work labelled as such, TG10)

# another year of the plan named as such in the paragraph (not a deadline, a start, a baseline or a date's month)
OTHER_BARE_YEAR = re.compile(rf"(?<![\d到至截比较于自从])({_YEAR_NUM})\s*年(?!\s*(?:底|末)?\s*(?:前|以前|之前|起|以来|开始)|\s*\d{1,2}\s*月)")


# (s25-tg2) Guide TG13: a bare year after the issue year opening a goal sentence (`2015年，全国…达到…` in a 2014 意见) in
# a paragraph whose later goals are deadlines (`。到2017年，…`) is a deadline read like `到2015年` (null/2015), whether or
# not the plan states a period; a paragraph naming another bare year is a year-by-year schedule (TG10) and keeps its
# years. The issue year's own goals (`1999年，全县…力争达到…。到2000年，…` issued 1999) are the year's work: that year
# (most golds read them so; Y6 reads `年内` alike).
GOAL_YEAR_OPENING = re.compile(r"(?:^|(?<=[。；;！]))[ \t\u3000]*(?:第[一二三四五六七八九十百零〇]+条[ \t\u3000]*)?"
                               r"((?:19|20)\d{2})\s*年度?\s*(?:[，,]|(?=[全我本][省市区县州盟旗国镇乡]|各[省市区县地]))", re.M)
GOAL_DEADLINE_AFTER = re.compile(r"(?<![\d截])(?:到|至)\s*((?:19|20)\d{2})\s*年")


# (s31-tg, guide TG13/TG10) Stages of one level written by their years in one sentence (`…清扫率2015年达到60%，2017年达到75%`,
# `设立老年病科的比例2015年达到40%、2020年达到80%`, `2015年…中心建成率达到50%，2020年达到100%`): when every stage lies after the year the plan starts (or the notice is
# issued), each is a milestone to reach by its year, read like `到2015年…，到2017年…` (null/year), as the open golds read
# them; (s33-tg2, guide S33) a ladder that starts in the current year (`配套率2019年达到95%，2020年达到100%` in a 2019 plan) too,
# unless it gives a value for each year of the plan's stated period (a year-by-year schedule, TG10, keeping its years). A year right after a label's colon (`绿化覆盖率：2017年达到38%以上`) is a schedule
# line (TG13's `2023年：…`) and amounts of work (`2015年淘汰400台`) are done in their year: neither is read here.
STAGED_LEVEL = re.compile(r"(?<![\d到至比较于从自截])((?:19|20)\d{2})\s*年(?!\s*(?:底|末|度|内)?\s*(?:前|以前|之前|起|以来))"
                          r"(?:\s*[，,])?(?:[\p{Han}A-Za-z（）()]{0,20}?)\s*(?:要|应|力争|争取|确保)?\s*"
                          r"(?:达到|达|提高到|提升到|增加到|突破|超过|降到|降至|下降到|下降至|降低到|控制在|稳定在|保持在"
                          # ((s36-tg) a stage written with its floor, `2019年全市浇筑冰场不少于50块，2021年达到80块`)
                          r"|不少于|不低于|至少)")


# (s31-tg) `2017年底前全部淘汰，4年累计不少于1200台`: a total summed over N years counts back from the deadline an earlier
# clause of its sentence sets, N years ending in it (spec §7: the years the target applies to), as `三年累计…` over a plan's
# three years reads; under a sentence opened by `到2018年底，` the open golds keep the deadline (a04)
OPENING_BY = re.compile(r"[ \t\u3000]*(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*|[—\-•·●]+\s*)?(?:力争|争取|确保)?\s*(?:到|至)\s*(?:19|20)\d{2}")
YEARS_SUMMED = re.compile(r"\s*(?:力争|确保|计划)?\s*([两二三四五六七八九十\d]{1,2})\s*年(?:内|间|来)?\s*(?:共|合计)?累计")


def _now_year(plans, pos: int, issue_year: int | None) -> int | None:
    period = _period_at(plans, pos)
    return period[0] if period and period[0] is not None and period[0] != PLAN_END_MARK else issue_year


# (s31-tg) a bare year after a `到` deadline of the same sentence (`到2018年，建成…100个；2020年，建成200个`,
# `力争到2015年，…1000万人以上，2017年达到1100万人`): the 到 is left out of a second milestone, read like it (spec §7)
BARE_STAGE = re.compile(r"(?<![\d到至比较于从自截（(—\-])((?:19|20)\d{2})\s*年(?!\s*(?:底|末|度|内)?\s*(?:前|以前|之前|起|以来|开始))"
                        r"(?!\s*\d{1,2}\s*月|[代龄限型\-—–至到])")
STAGE_BY = re.compile(r"(?<![截])(?:到|至)\s*((?:19|20)\d{2})\s*年"
                      # (s33-tg) or a deadline written with 前 (`2015年底前…持证上岗率达到70%以上，2020年达到90%以上`)
                      # (opening its clause: not a cutoff inside a description, `改造2000年底前建成的老旧小区`)
                      r"|(?:(?<=[，,；;。：:\n])|^)\s*(?:力争|确保|争取)?\s*((?:19|20)\d{2})\s*年\s*(?:底|末)?\s*(?:前|以前|之前)")


def _staged_future_level(text: str, q: Quantity, sentence_start: int, sentence_end: int, year: int, now: int | None,
                         period=None) -> bool:
    bare = [m for m in BARE_STAGE.finditer(text, sentence_start, q.start)]
    if bare and int(bare[-1].group(1)) == year and _year_from(text[bare[-1].end():q.start]) is None \
            and text[bare[-1].start() - 1:bare[-1].start()] not in ("：", ":") \
            and all(int(m.group(1)) == year for m in BARE_STAGE.finditer(text, sentence_start, sentence_end)) \
            and any(int(m.group(1) or m.group(2)) < year for m in STAGE_BY.finditer(text, sentence_start, bare[-1].start())):
        return True
    if now is None:
        return False
    stages = list(STAGED_LEVEL.finditer(text, sentence_start, sentence_end))
    own = [m for m in stages if m.end() <= q.start]
    if len(stages) < 2 or not own or int(own[-1].group(1)) != year or _year_from(text[own[-1].end():q.start]) is not None:
        return False
    if any(text[m.start() - 1:m.start()] in ("：", ":") or int(m.group(1)) < now for m in stages):
        return False
    if any("每年" in m.group(0) or text[max(0, m.start() - 2):m.start()] == "年、" for m in stages):
        return False  # (s36-tg) `2003年全市开发公益性岗位不少于2000个，2004年、2005年每年不少于1500个`: a value for each year, a
        # year-by-year schedule (TG10), no ladder of one level
    years = [int(m.group(1)) for m in stages]
    if now in years and period and period[0] is not None and period[1] is not None and PLAN_END_MARK not in period \
            and sorted(years) == list(range(period[0], period[1] + 1)):
        return False  # (a value for each year of the plan's stated period, `居民小区垃圾分类覆盖率2020年达到60%、2021年达到90%、
        # 2022年达到100%` in a 2020—2022 三年行动计划: TG10's year-by-year schedule)
    if now in years and CLAUSE_BREAK.search(text, own[-1].end(), q.start) is not None:
        return False  # (s33-tg2, guide S33) a ladder from the issue year is read as deadlines too (`2019年…利用率达到80%以上；
        # 2020年…达到90%以上` in a 2019 方案), but only its stages' own levels: an amount in a later clause of the first stage
        # (`，秸秆还田面积力争达到1100万亩`) is that year's work, done in its year (TG10)
    # ((s35, guide S33b CM1 Q1) a second indicator's stage in the same year, `签约服务覆盖率2016年达到15%以上，2017年达到30%以上，
    # 重点人群签约服务覆盖率2017年达到60%以上`, keeps the ladder: the years rise, at least two of them)
    return len(set(years)) >= 2 and years == sorted(years)


def _bare_goal_year_deadline(text: str, q: Quantity, sentence_start: int, year: int) -> bool:
    para_start = text.rfind("\n", 0, sentence_start) + 1
    para_end = text.find("\n", q.end)
    para_end = len(text) if para_end < 0 else para_end
    opening = None
    for m in GOAL_YEAR_OPENING.finditer(text, para_start, q.start):
        opening = m
    if opening is None or int(opening.group(1)) != year or _year_from(text[opening.end():q.start]) is not None:
        return False
    if not any(int(m.group(1)) > year for m in GOAL_DEADLINE_AFTER.finditer(text, q.end, para_end)):
        return False
    return not any(_yint(y.group(1)) != year for y in OTHER_BARE_YEAR.finditer(text, para_start, para_end))


# (s28-tg) a later year striven for at the head of its own clause (`力争2012年…达到`): a goal year read like `到2012年`
STRIVEN_YEAR_CLAUSE = re.compile(r"\s*(?:力争|争取|确保)\s*(?:在\s*)?(?:19|20)\d{2}\s*年(?![底末内度])")
CLAUSE_GOAL_LEAD = re.compile(r"(?:力争|争取|确保|计划|并|要)\s*$")
SCHEDULE_MARKS = frozenset("，,：:；;")  # (a year so marked opens a schedule line, guide TG10)


def _bare_mid_year(text: str, q: Quantity, sentence_start: int, sentence_end: int, period, year: int) -> tuple[int | None, int]:
    """(s26-tg) A bare year between a plan's first and last opening a comma clause (`规划建设5G产业园，2020年建成5G创新应用
    体验中心1个` in a plan for 2019—2021) is a deadline read like `到2020年` (guide TG13, as `_bare_plan_end` reads the last
    year): null/year; a paragraph naming another year (a schedule, deadlines beside it) keeps it."""
    at = [m for m in YEAR_ONE.finditer(text, sentence_start, q.start) if int(m.group(1)) == year]
    para_start = text.rfind("\n", 0, sentence_start) + 1
    if len(at) != 1:
        return year, year
    lead = CLAUSE_GOAL_LEAD.sub("", text[sentence_start:at[0].start()].rstrip())
    if lead[-1:] not in ("，", ",") and not (lead.strip(" \t\u3000") == "" and sentence_start > para_start
                                           and text[at[0].end():at[0].end() + 1] not in SCHEDULE_MARKS):
        return year, year  # (a year opening its sentence, `2012年完成安置6000户，2013年底前…`, is left to the schedule readings;
        # (s27-tg) one glued to its verb in a later sentence of its paragraph, `…。2021年在平川镇、新华镇新建集中处理设施3处。`, is
        # a deadline like a clause's, guide TG13)
    if SEASON_OF_YEAR.match(text, at[0].end()):
        return year, year  # (s27-tg3) `2004年秋季招生不少于200人`: a season of the year dates the activity in that year
    if (clause_end := _forward_to(text, q.end, sentence_end, CLAUSE_BREAK)) < sentence_end \
            and THEREAFTER.match(text[clause_end + 1:sentence_end]):  # (its `^`: a slice)
        return year, year  # (s27-tg3) `2022年改造…不少于120个，以后每年不少于150个`: the first year of a yearly series
    para_end = text.find("\n", sentence_end)
    para_end = len(text) if para_end < 0 else para_end
    if any(int(y.group(1)) != year and not DEADLINE_AFTER_YEAR.match(text, y.end())
           for y in YEAR_ONE.finditer(text, para_start, para_end)):
        return year, year  # (another bare year in the paragraph: a schedule)
    return None, year


# (s30-tg2) a later deadline beside the bare year (`2023年完成投资1.2亿元，2024年底前主体工程全部完工`) makes no schedule:
# both are deadlines (guide TG13), as most golds read them; only another bare year (`2019年新建60处、2020年再新建40处`) does
DEADLINE_AFTER_YEAR = re.compile(r"\s*(?:底|末)?\s*(?:\d{1,2}\s*月(?:底|末)?\s*)?(?:前|以前|之前)")


# ((s30-tg2, guide Y5) also the whole year, `2021年全年开展执法检查不少于200次`, `2019年内完成…`: a span, not a deadline)
SEASON_OF_YEAR = re.compile(r"\s*(?:春季|夏季|秋季|冬季|春节|上半年|下半年|一季度|二季度|三季度|四季度|第[一二三四]季度|全年|内)")


def _bare_plan_end(text: str, q: Quantity, sentence_start: int, sentence_end: int, period) -> tuple[int | None, int]:
    end = period[1]
    at = [m for m in YEAR_ONE.finditer(text, sentence_start, q.start) if int(m.group(1)) == end]
    if at and text[:at[-1].start()].rstrip(" \t\u3000")[-1:] in ("：", ":") and text[at[-1].end():q.start].strip() \
            and DEADLINE_AFTER_YEAR.match(text, at[-1].end()) is None:
        return end, end  # (s31-tg) `6．城市建成区绿化覆盖率：2017年达到38%以上`: an indicator's line giving its value by year
        # (guide TG13: a schedule line `2023年：…` dates its own targets; the label's colon reads alike)
    para_start = text.rfind("\n", 0, sentence_start) + 1
    para_end = text.find("\n", sentence_end)
    para_end = len(text) if para_end < 0 else para_end
    if any(_yint(y.group(1)) != end and period[0] <= _yint(y.group(1)) <= end for y in OTHER_BARE_YEAR.finditer(text, para_start, para_end)):
        return end, end  # (a year-by-year schedule within the paragraph: `2016年达到85%以上，2017年达到88%以上`)
    if SCHEDULE_LINE.match(text, para_start):
        prev_end = para_start - 1
        while prev_end > 0 and text[prev_end - 1] == "\n":
            prev_end -= 1  # (blank lines between the lines of a web copy)
        prev_start = text.rfind("\n", 0, max(prev_end, 0)) + 1
        nxt = para_end + 1
        while nxt < len(text) and text[nxt] == "\n":
            nxt += 1
        for k in (prev_start, nxt):
            m = SCHEDULE_LINE.match(text, k) if 0 <= k < len(text) and k != para_start else None
            if m and _yint(m.group(1)) != end and period[0] <= _yint(m.group(1)) <= end:
                return end, end  # (a schedule line: `2024年，…` above `2025年，…`)
    return None, end


# (s18) `现将《…》印发给你们，…。2011年，全省要通过开发公益性岗位安置就业困难人员3万人以上，…。`: a transmitting
# notice's own letter that sets the year's goals for the whole place (spec §7: every number the document sets). Only a
# sentence that opens with its year (or 今年/到…年) and the place as a whole (全省, 各地, 我市) and demands (要, 力争, 确保…)
# is read; the rest of a letter (dates to report by, phone numbers, cited numbers, what was done) is not.
LETTER_GOAL = re.compile(r"(?:^|(?<=[。！；;]))[ \t　]*(?:(?:19|20)\d{2}\s*年度?|今年|明年|(?:力争)?到\s*(?:19|20)\d{2}\s*年(?:底|末)?)\s*[，,]?\s*"
                         r"(?:全(?:国|省|区|市|州|盟|县|旗|镇|乡)|各地|我(?:省|区|市|州|盟|县|旗|镇|乡))[^。！\n\d]{0,12}?"
                         r"(?:要|力争|确保|计划|须|必须|应|将|争取)[^。！\n]*", re.M)


# (s28-tg) A transmitting notice's own numbered item headed as the goals (`一、明确工作目标。2015年，全区PM2.5年均浓度较2014年
# 下降7%以上，…；完成燃煤锅炉改燃或并网42座，…`, the notice's items after `并就有关事项通知如下：`): its paragraph sets the
# targets of the work it transmits (guide G1: the transmitting notice's own sentences are body; spec §7).
LETTER_GOAL_ITEM = re.compile(r"(?:^|(?<=\n))[ \t\u3000]*[一二三四五六七八九十]{1,2}、[^。：:\n]{0,8}目标(?:任务)?[ \t\u3000]*[。：:][ \t\u3000]*"
                              r"(?P<goal>[^\n]*\d[^\n]*)", re.M)


def _letter_goal_spans(text: str, notice_span: tuple[int, int]) -> list[tuple[int, int]]:
    lo, hi = notice_span
    if not re.search(r"\d", text[lo:hi]):
        return []
    items = [(m.start("goal"), m.end("goal")) for m in LETTER_GOAL_ITEM.finditer(text, lo, hi)] if "目标" in text[lo:hi] else []
    return items + [(m.start(), m.end()) for m in LETTER_GOAL.finditer(text, lo, hi)
                    if not any(a <= m.start() < b for a, b in items)]


# (s18) a project list in an attachment, `序号 | 项目名称 | 建设内容 | 投资（万元） | 责任单位 | 完成时间` (a table with a
# project-name column; not a funding table by year or by place): each row's
# planned investment is an amount the plan provides (spec §7), in the unit its header names; a 完成时间 cell dates it
# like a deadline (`2024年11月` → null/2024), else the plan's period. A column of what was spent (已完成, 累计, 实际,
# 上年) is a report, not a plan, and is not read.
MONEY_COLUMN = re.compile(r"^(?:计划|总|年度|本年|当年|预计|拟)?(?:投资|资金|金额|投入|补助|补助资金|奖补资金)(?:额|总额|规模|计划)?"
                          r"\s*[（(]\s*(万元|亿元|元)\s*[）)]$")
MONEY_COLUMN_PAST = re.compile(r"已|累计|实际|上年|去年|完成投资|到位")
DUE_COLUMN = re.compile(r"^(?:计划)?(?:完成时间|完成时限|完成期限|时间节点|时限)$|^" + r"(?:建设|实施)(?:年限|期限|周期|起止年限)$")
# (s28-tg) `建设年限`, `实施期限`: the span of years a project runs (`2018—2019年`), not a deadline: its years as written,
# one year as that year (`2019年` → 2019/2019)
PERIOD_COLUMN = re.compile(r"(?:建设|实施)(?:年限|期限|周期|起止年限)")
MONEY_CELL = re.compile(r"^\d{1,7}(?:\.\d{1,4})?$")
MONEY_FACTOR = {"元": 1, "万元": 10000, "亿元": 100000000}


def _money_column_targets(ctx: Context, text: str, lo: int, hi: int, plans) -> list[Target]:
    out: list[Target] = []
    header = None  # (money column, unit, due column, name column)
    header_cells: list[str] = []
    pos = lo
    while pos < hi:
        end = text.find("\n", pos, hi)
        end = hi if end < 0 else end
        line = text[pos:end]
        cells = _cells(line)
        if len(cells) < 3:
            header = None if line.strip() else header
        else:
            money = [i for i, c in enumerate(cells) if MONEY_COLUMN.match(c) and not MONEY_COLUMN_PAST.search(c)]
            if money and not any(MONEY_COLUMN_PAST.search(c) for c in cells):
                unit = MONEY_COLUMN.match(cells[money[0]]).group(1)
                due = next((i for i, c in enumerate(cells) if DUE_COLUMN.match(c)), None)
                name = next((i for i, c in enumerate(cells) if c in ("项目名称", "项目", "名称", "建设项目")), None)
                header = (money[0], unit, due, name) if name is not None else None  # (a project list only)
                header_cells = cells
            elif header and len(cells) > header[0] and MONEY_CELL.match(cells[header[0]]):
                col, unit, due, name = header
                cell = cells[col]
                start = text.find(cell, pos, end)
                while start >= 0 and not (text[start - 1:start] in ("\t", "|", " ", "") and text[start + len(cell):start + len(cell) + 1] in ("\t", "|", " ", "\n", "")):
                    start = text.find(cell, start + 1, end)
                if start < 0:
                    pos = end + 1
                    continue
                years = (None, None)
                if due is not None and len(cells) > due and PERIOD_COLUMN.search(header_cells[due]):
                    years = _year_from(cells[due], None) or years
                elif due is not None and len(cells) > due:
                    y = re.match(r"((?:19|20)\d{2})\s*年", cells[due])
                    years = (None, int(y.group(1))) if y else years
                if years == (None, None):
                    years = _period_at(plans, start) or (None, None)
                value = Decimal(cell) * MONEY_FACTOR[unit]
                out.append(Target(task=_task_at(ctx, start), indicator=(cells[name] if name is not None and len(cells) > name else "投资"),
                                  value=plain(value), unit="元", comparator="=", per_year=False,
                                  year_start=years[0], year_end=years[1], quote=cell, span=(start, start + len(cell))))
            else:
                header = None if not (header and len(cells) > header[0]) else header
        pos = end + 1
    return out


# `5米远场识别率超过92%`, `10米分辨率影像覆盖率达到100%`: a measure right before the name of a rate, then the rate's own
# level: the measure is part of the indicator's name (the condition it is measured under).
NAMES_ITS_INDICATOR = re.compile(r"[\p{Han}]{1,8}?(?:率|精度|分辨率|效率|水平)\s*(?:要|应|须|将)?\s*"
                                 r"(?:达到|达|超过|高于|低于|不低于|不少于|不超过|大于|小于|提高到|提升到|保持在|稳定在|控制在|降低到|降至|为)\s*[\d０-９]")


# `推出性能达到64TFLOPS、能效比超过2TOPS/W的芯片`, `研制精度优于…`: a clause that delivers a product specified by the
# levels it must reach (an indicator of performance and its comparator before the number).
PRODUCT_LEVEL = re.compile(r"^\s*(?:[\p{Han}]{0,4}?(?:要|将|力争|争取|加快|重点))?(?:推出|研制|研发|开发|突破|攻克|形成|部署)[^，,；;。]{0,30}?"
                           r"(?:率|比|精度|性能|效率|水平|速度|速率|带宽|寿命|容量|功耗)\s*(?:超过|高于|大于|不低于|不少于|低于|小于|不超过|不高于)\s*$")


# (the rest of a list of levels after the one before: `、噪音水平`, `、能效比超过`)
LISTED_LEVEL = re.compile(r"\s*(?:[（(][^（）()]{0,20}[）)])?\s*[、和及与]\s*[\p{Han}A-Za-z]{1,10}")
# `128TFLOPS（16位浮点）`, `1TOPS/W（以16位浮点为基准）`, `识别率达到95%（按1000人样本计）`: a number in brackets right after a
# level, or in a bracket that gives the basis of a measure, states how the level is measured.
MEASURE_BASIS = re.compile(r"[（(]\s*(?:以|按)\s*[^（）()]{0,20}?(?:为基准|为标准|为准|计算|计)\s*[）)]")


def _measure_condition(text: str, q: Quantity, last_end: int) -> bool:
    bracket = max(text.rfind("（", max(0, q.start - 3), q.start), text.rfind("(", max(0, q.start - 3), q.start))
    if bracket < 0:
        return False
    if re.fullmatch(r"[（(]\s*", text[bracket:q.start]) and re.fullmatch(r"\s*", text[last_end:bracket]):
        return True
    return MEASURE_BASIS.match(text, bracket, min(len(text), bracket + 30)) is not None


# `全省集成电路产业规模过千亿`, `营业收入突破万亿`, `交易额达到百亿以上`: a round magnitude of money written without 元 after
# a noun of money (规模, 产值, 收入…) and a verb of reaching; 元 is understood (as the plans' own indicator tables
# write it). Not a size class (`千亿级`, `千亿元`), not before another word (`千亿产业集群`).
MONEY_MAGNITUDE = re.compile(r"(?<=(?:规模|产值|营业收入|主营业务收入|营收|销售收入|收入|销售额|交易额|成交额|营业额|总额|增加值|"
                             r"总投资|投资额|税收|出口额|进出口额|融资额)\s*(?:力争|将|要|预计)?\s*"
                             r"(?:达到|达|突破|超过|超|过|迈上|跨越|跨上|迈过)\s*)(?P<m>百亿|千亿|万亿)(?P<c>以上|左右)?"
                             r"(?=\s*(?:[，,。；;、）)]|$))")
MONEY_MAGNITUDE_VALUE = {"百亿": Decimal(10) ** 10, "千亿": Decimal(10) ** 11, "万亿": Decimal(10) ** 12}


# (s18) `确保零就业家庭动态为零`, `零就业家庭实现动态清零`: the standing goal of employment notices since 2008, a count of
# households (零就业家庭 are counted in 户) to hold at 0 (spec §7: a number to keep). The 零 of the goal is the quantity.
ZERO_HOUSEHOLDS = re.compile(r"零就业家庭[^，,；;。！？\n\d]{0,6}?(?:动态)?(?:为|清|归)(零)")


def _zero_households(text: str, lo: int, hi: int) -> list[Quantity]:
    return [Quantity(m.start(1), m.end(1), [(Decimal(0), None)], "户", "count", None, "ar", m.end(1))
            for m in ZERO_HOUSEHOLDS.finditer(text, lo, hi)]


# (s36-tg) `建档立卡贫困户家庭适龄子女无一人因贫失学辍学`, `确保无一户返贫`: a count of people or households a loss may befall,
# held at none (spec §7: a number to keep; as ZERO_HOUSEHOLDS, 0 in the counted unit). Only before a loss (失学, 辍学, 返贫, 漏保…).
NONE_OF_THEM = re.compile(r"无一(人|户)(?:因[\p{Han}]{1,4}?)?(?:失学|辍学|返贫|致贫|漏保|漏评|掉队|失业|失管|脱保|死亡|伤亡)")


def _none_of_them(text: str, lo: int, hi: int) -> list[Quantity]:
    return [Quantity(m.start(), m.start(1) + 1, [(Decimal(0), None)], m.group(1), "count", None, "ar", m.start(1) + 1)
            for m in NONE_OF_THEM.finditer(text, lo, hi)]


# (s22-tg2) `辍学率控制在零`, `安全事故发生率为零`: a rate held at 零, written as a word (spec §7: a level to keep; 0, unit %).
ZERO_RATE = re.compile(r"率\s*(?:要|应|须|必须|力争|确保|继续)?\s*(?:控制在|保持在|稳定在|降为|降至|降到|保持|为)\s*(零)(?=[，,。；;）)\s]|$)")


# (s26-a20tg) `垃圾总量较2019年实现零增长`, `农药使用量保持零增长`: no growth is a level to reach (0, unit %: the growth rate held
# at zero, as ZERO_RATE); a programme named by it (`化肥使用量零增长行动`) has no verb of reaching before it.
ZERO_GROWTH = re.compile(r"(?:实现|保持|力争|确保|做到|达到)\s*[“\"]?(零)(?:增长|填埋|排放)(?![率行等])"
                         # (s32-tg) `确保生活垃圾总量零增长`, `能源消费总量零增长`: the amount held right before it, its verb
                         # opening the clause (`确保…`, `实现…`)
                         r"|(?<=(?:实现|保持|力争|确保|做到|达到)[\p{Han}]{1,12}?(?:总量|用量|使用量|排放量|产生量|消耗量|消费量)\s*)(零)增长(?![率行等])"
                         # (s38-targets, guide TG36/TG55) `持续保持违法建设零增长`, `确保新增违法用地零增长`: what is held at no growth
                         # named between the verb and 零增长 (any count of cases or works, not only an amount); a programme
                         # named by it (`…零增长行动`) is still no goal
                         r"|(?<=(?:实现|保持|力争|确保|做到)[\p{Han}]{2,10}?)(零)增长(?![率行等])"
                         # (s29-tg, guide TG55) `原生生活垃圾零填埋`: a waste's disposal held at none, with or without its verb
                         r"|(?<=(?:垃圾|固废|污泥|废弃物|尾矿)\s*)[“\"]?(零)填埋(?![率行等])")


def _zero_growths(text: str, lo: int, hi: int) -> list[Quantity]:
    return [Quantity(m.start(m.lastindex), m.end(), [(Decimal(0), None)], "%", "percent", None, "cn", m.end())
            for m in ZERO_GROWTH.finditer(text, lo, hi)]


# (s33-tg, guide S32b TG55 counts) The straw-burning notices' goal of no fire point (`确保全镇卫星遥感监测火点为零`,
# `全乡范围内实现“零火点”`, `火点"零发生"`, `确保全乡不出现一个火点`): a count of a counted event held at none, 0 `个`. Only with
# a verb of reaching or held-at before it; a condition (`对实现零火点的村，给予…`) is no goal.
ZERO_FIRE_POINT = re.compile(r"火点\s*(?:数\s*)?(?:为|保持为|控制为)\s*(零)(?![的])"
                             r"|火点\s*[“\"]?\s*(零)发生"
                             # ((s37-tg) `卫星遥感监测火点“零报告”`: the fire points the monitoring reports, held at none; not a
                             # reporting rule, `实行零报告制度`, where 零报告 names how to report)
                             r"|火点\s*[“\"]?\s*(零)报告(?![”\"]?\s*(?:制度|机制|制))"
                             r"|(?<=(?:实现|确保|做到|力争|保持)[^，,。；;：:\n的]{0,14}?)[“\"]?(零)火点(?![的])"
                             r"|(?:不出现|不发生|不出|无)\s*(一)\s*(?:个|处)\s*火点")


def _zero_fire_points(text: str, lo: int, hi: int) -> list[Quantity]:
    out = []
    for m in ZERO_FIRE_POINT.finditer(text, lo, hi):
        if text[m.end():m.end() + 2].lstrip("”\"").startswith("的"):
            continue
        i = m.lastindex
        out.append(Quantity(m.start(i), m.end(i), [(Decimal(0), None)], "个", "count", None, "cn", m.end(i)))
    return out


# (s27-tg) Points a household or person is credited under a points-for-goods scheme (积分制, `按每户每月5至10分计入积分`,
# `每人每次奖励2分积分`): an amount the policy provides (spec §7), read only where 积分 names the account (分 alone is a score
# of an assessment, guide S22: no target). A range is two (TG34).
POINTS_CREDITED = re.compile(r"(?<=每(?:户|人|名)(?:每(?:月|季度|年|次))?\s*(?:奖励|给予|加|计|记)?\s*)(\d+(?:\.\d+)?)"
                             r"(?:\s*(?:至|到|-|—|~|～)\s*(\d+(?:\.\d+)?))?\s*分(?=\s*(?:计入|记入|存入|纳入|的)?\s*积分)")


def _points_credited(text: str, lo: int, hi: int) -> list[Quantity]:
    out = []
    for m in POINTS_CREDITED.finditer(text, lo, hi):
        values = ([(Decimal(m.group(1)), ">="), (Decimal(m.group(2)), "<=")] if m.group(2)
                  else [(Decimal(m.group(1)), None)])
        out.append(Quantity(m.start(1), m.end(), values, "分", "count", None, "ar", m.end()))
    return out


# (s27-tg2) `顾客满意度达到75分以上`, `群众满意度测评得分不低于90分`: a satisfaction level the policy sets, measured in
# points, is a level to reach (spec §7); points given or taken in an assessment stay scores (guide S22, TG25: `加5分`).
SATISFACTION_POINTS = re.compile(r"满意(?:度|率)(?:测评|测试|调查|评价)?(?:得分|分值|指数|平均分)?\s*(?:要|应|须|力争|确保)?\s*"
                                 r"(?P<cmp>达到|达|不低于|不少于|保持在|稳定在|提高到|提升到|提高至|提升至|在|为)\s*"
                                 r"(?P<v>\d+(?:\.\d+)?)\s*分(?P<after>\s*(?:以上|及以上|以下))?(?!\s*的)")
SATISFACTION_CMP = {"不低于": ">=", "不少于": ">="}


def _satisfaction_points(text: str, lo: int, hi: int) -> list[Quantity]:
    out = []
    for m in SATISFACTION_POINTS.finditer(text, lo, hi):
        after = (m.group("after") or "").strip()
        cmp = "<=" if after == "以下" else ">=" if after else None
        before = SATISFACTION_CMP.get(m.group("cmp"))
        out.append(Quantity(m.start("v"), m.end(), [(Decimal(m.group("v")), before or cmp)], "分", "count", None, "ar",
                            m.end("v") + 1))
    return out


def _zero_rates(text: str, lo: int, hi: int) -> list[Quantity]:
    return [Quantity(m.start(1), m.end(1), [(Decimal(0), None)], "%", "percent", None, "cn", m.end(1))
            for m in ZERO_RATE.finditer(text, lo, hi)]


def _money_magnitudes(text: str, lo: int, hi: int) -> list[Quantity]:
    if text.find("亿", lo, hi) < 0 or ("百亿" not in text and "千亿" not in text and "万亿" not in text):
        return []
    out = []
    for m in MONEY_MAGNITUDE.finditer(text, lo, hi):
        cmp = {"以上": ">=", "左右": "~"}.get(m.group("c") or "")
        out.append(Quantity(m.start(), m.end(), [(MONEY_MAGNITUDE_VALUE[m.group("m")], None)], "元", "money", cmp, "cn",
                            m.end("m")))
    return out


# What EVENT_YEAR's event names hold (checked before it is run: 会 alone is in every 社会)
EVENT_HINTS = ("奥会", "运会", "博会", "园会", "贸会", "亚冬会", "世界杯")


# `以后每年`, `此后每年`, `之后逐年`: a clause that runs on from a year's target to the years after it.
THEREAFTER = re.compile(r"^\s*(?:并|且|力争|争取)?\s*(?:以后|此后|之后|往后)\s*(?:每年|逐年|年均|每一年|年度|各年)")


# `分别控制在2001万吨、207万吨以内`, `达到85%、90%以上`: a comparator written once after a list of amounts
# in one unit, joined by 、/和, holds for each of them (as one written before the list does).
LISTED_AMOUNT = re.compile(r"[\d０-９.一二两三四五六七八九十百千]")  # (the next item opens with its amount)
# ((s22-tg2) `搬迁3万户、10万人左右`: one population counted in households and in persons, one comparator for both)
HOUSEHOLDS_PERSONS = ("户", "人")
TRAILING_CMP = {"以内": "<=", "以下": "<=", "及以下": "<=", "以上": ">=", "及以上": ">=", "左右": "~"}


# (s30-tg2) a numeral that opens a noun is no amount (`创建三星级康居乡村3个、二星级康居乡村10个以上`: each grade its own count,
# the 以上 the last one's): the next item opens with its amount only when its unit follows the numerals
AMOUNT_RUN = re.compile(r"[\d０-９.．一二两三四五六七八九十百千]+\s*[万亿]?\s*[余多]?\s*[万亿]?\s*")


def _opens_with_amount(t: Target) -> bool:
    m = AMOUNT_RUN.match(t.quote)
    if m is None or not t.unit:
        return m is not None
    return t.quote.startswith(t.unit, m.end()) or (t.unit == "%" and t.quote.startswith("％", m.end()))


# (s36-tg2) `孕产妇死亡率、婴儿死亡率、5岁以下儿童死亡率分别控制在12/10万、4.5‰、6‰以下`: after `分别` and one verb, a list
# of amounts each of its own indicator (in its own unit) is bounded by the one comparator written after the last, as
# one written before the list (`分别不低于…`) would be; without 分别 a change of unit keeps each item its own.
EACH_LISTED = re.compile(r"分别\s*(?:控制在|稳定在|保持在|降低到|降至|下降到|提高到|提升到|达到|达|为|在|不低于|不高于|不超过)?\s*"
                         r"[\d.．]+\s*(?:/\s*\d+)?\s*[^\d，,；;。、和及]{0,6}$")


def _each_listed(text: str, a: Target) -> bool:
    return EACH_LISTED.search(text, max(0, a.span[1] - 40), a.span[1]) is not None


def _share_trailing_comparator(text: str, targets: list[Target]) -> None:
    shared = set()  # items whose comparator is the list's last one
    for k in range(len(targets) - 2, -1, -1):
        a, b = targets[k], targets[k + 1]
        if b.comparator == "=" or a.span[1] > b.span[0]:
            continue
        if a.unit != b.unit and (a.unit, b.unit) != HOUSEHOLDS_PERSONS and not _each_listed(text, a):
            continue
        if not re.fullmatch(r"\s*[、和及与]\s*", text[a.span[1]:b.span[0]]):
            continue
        if not LISTED_AMOUNT.match(b.quote) or not _opens_with_amount(b):
            continue  # `成本降低20%、效率提高20%以上`: each item has its own indicator and verb, and its own comparator
        tail = next((w for w in TRAILING_CMP if b.quote.endswith(w)), None)
        if (k + 1 in shared or tail and TRAILING_CMP[tail] == b.comparator) and a.comparator in ("=", b.comparator):
            a.comparator = b.comparator
            shared.add(k)


# A plan's table of main indicators (`专栏1 主要指标`: `| 指标 | 2015年 | 2020年 | 属性 |`, one row per
# indicator with its unit in brackets, `| 城镇新增就业（万人） | 1312 | 〔5000〕 | 预期性 |`): the cell in the
# column of the last year is the value to reach by that year (the first year is the baseline).
INDICATOR_HEAD = re.compile(r"指标|项目|名称")
# (s13b: also the label first, `目标值（2025年）`, `基期值（2020年）`, `2025年目标`)
_YEAR_LABEL = r"(?:目标值?|预期值?|规划值?|现状值?|基期值?|基准值?|基数|实际值?|完成值|预计值?|预计完成值?)"
INDICATOR_YEAR = re.compile(r"(?|((?:19|20)\d{2})\s*年(?:底|末)?\s*[（(]?" + _YEAR_LABEL + r"?[）)]?"
                            r"|" + _YEAR_LABEL + r"\s*[（(]\s*((?:19|20)\d{2})\s*年?(?:底|末)?\s*[）)])")
# `| 指标 | 单位 | 2020年 | 2025年 |`: the unit in a column of its own.
UNIT_HEAD = re.compile(r"(?:计量)?单位")
INDICATOR_UNIT = re.compile(r"[（(]([^（）()]{1,8})[）)]\s*$")
# (s15e) `2,350`, `1，120`: a web copy's cell grouping thousands with a comma is one amount
# ((s25-tg) also a comparator inside a total's bracket, `〔>5500〕`, as central plans' 专栏 tables write it: branch reset)
INDICATOR_CELL = re.compile(r"(?|([<>≤≥＜＞]=?)?\s*[〔\[［【]?|[〔\[［【]\s*([<>≤≥＜＞]=?))\s*((?:\d{1,3}(?:[,，]\d{3})+(?![\d,，])(?:\.\d+)?|\d+(?:\.\d+)?))\s*[〕\]］】]?\s*(以上|以下|以内|左右)?")
# ((s25-tg) `6以内` in a cell, `重度及以上污染天数（天） 8 6以内`: a cap, as 以内 is in prose, spec 1.1 §7)
# (s36-tg2) a goal cell written with its verb (`| — | 稳定在75左右 |`, `| 保持在90以上 |`, `| 不低于60 |`): the amount to reach; the
# word after it decides the comparator, else the verb (guide TG15: `稳定在X`, `控制在X` are `=`; TG11: 不低于 `>=`, 不超过 `<=`)
GOAL_VERB_CELL = re.compile(r"\s*(稳定在|保持在|控制在|不低于|不少于|不高于|不超过)\s*(?=[<>≤≥＜＞〔\[［【\d])")
GOAL_VERB_CMP = {"不低于": ">=", "不少于": ">=", "不高于": "<=", "不超过": "<="}
INDICATOR_CMP = {"<": "<=", "＜": "<=", "≤": "<=", "<=": "<=", ">": ">", "＞": ">", "≥": ">=", ">=": ">=",
                 "以上": ">=", "以下": "<=", "以内": "<=", "左右": "~"}


def _pipe_rows(text: str, lo: int, hi: int):
    """The rows of tables kept as lines, cells joined by ` | ` (the HTML and DOCX readers; the cleaner gives a row
    joined by tabs the same form): (cells, where the col-th cell starts), None for a line that is not a row."""
    pos = lo
    while pos < hi:
        end = text.find("\n", pos, hi)
        end = hi if end < 0 else end
        line_start, row = pos, text[pos:end]
        pos = end + 1
        if "|" not in row:
            yield None
            continue
        yield _cells(row), (lambda col, cell, line_start=line_start, row=row: _cell_offset(text, line_start, row, col, cell))


# A table copied one cell per line (a PDF's text layer, a web copy): `指标` / `2020年` / `2025年` / `属性` / `森林覆盖率（%）` /
# `23.04` / `24.1` / `约束性`. Its header is a run of short header cells (LINE_HEAD_CELL) naming an indicator column and
# two or more years; its rows are the runs of as many lines after it, as long as each fits (the indicator a name, the
# year columns amounts or a dash: a category cell merged over several rows breaks the count, and the table is left
# there rather than read out of step).
LINE_TABLE_YEAR = re.compile(r"\n[ \u3000]*(?:19|20)\d{2}\s*年[^\n]{0,8}\n[ \u3000]*(?:(?:19|20)\d{2}\s*年|[^\n\d]{1,8}\n)")
# (s20-tg) `2019年目标` / `2020年目标` one cell a line: a schedule's header
LINE_TABLE_GOAL_YEAR = re.compile(r"\n[ \u3000]*(?:19|20)\d{2}\s*年目标\n[ \u3000]*(?:19|20)\d{2}\s*年目标\n")
LINE_HEAD_CELL = re.compile(r"序号|编号|类别|分类|领域|维度|类型|指标|项目|名称|任务|单位|属性|性质|年均|累计|备注|目标|(?:19|20)\d{2}\s*年")
EMPTY_CELL = re.compile(r"[—\-－/／]{1,2}|")
# the first cell of such a header (a caption above the table, `“十四五”主要指标`, is not)
LINE_FIRST_HEAD = re.compile(r"序\s*号|编\s*号|类\s*别|分\s*类|领\s*域|维\s*度|类\s*型|指\s*标|指标名称|项\s*目|项目名称|名\s*称")


def _line_rows(text: str, lo: int, hi: int, issue_year: int | None):
    lines = []  # (where the cell starts, the cell)
    pos = lo
    while pos < hi:
        end = text.find("\n", pos, hi)
        end = hi if end < 0 else end
        raw = text[pos:end]
        lines.append((pos + len(raw) - len(raw.lstrip()), raw.strip()))
        pos = end + 1
    i = 0
    while i < len(lines):
        if not LINE_FIRST_HEAD.fullmatch(lines[i][1]):
            i += 1
            continue
        j = i
        while j < len(lines) and 0 < len(lines[j][1]) <= 12 and LINE_HEAD_CELL.search(lines[j][1]) \
                and not re.search(r"[。，；：:、]", lines[j][1]) \
                and (INDICATOR_YEAR.fullmatch(lines[j][1]) or not re.search(r"\d", lines[j][1])):
            j += 1
        head = [c for _, c in lines[i:j]]
        header = _indicator_header(head, issue_year) if j - i >= 3 else None
        if header is None:
            i += 1
            continue
        n, ind = len(head), header[1]
        schedule = len(header) > 5 and header[5]  # (s20-tg: its cells may carry their units, `900万亩`)
        years = [k for k, c in enumerate(head) if INDICATOR_YEAR.fullmatch(c)]
        yield None
        yield head, (lambda col, cell: -1)
        k = j
        while k + n <= len(lines):
            group = lines[k:k + n]
            cells = [c for _, c in group]
            if (not re.search(r"[\p{Han}A-Za-z]", cells[ind]) or INDICATOR_CELL.fullmatch(cells[ind])
                    or any(not (INDICATOR_CELL.fullmatch(cells[y]) or EMPTY_CELL.fullmatch(cells[y])
                                or schedule and UNIT_CELL.fullmatch(cells[y])) for y in years)):
                break
            yield cells, (lambda col, cell, group=group: group[col][0])
            k += n
        yield None
        i = max(k, j)


def _indicator_table_targets(ctx: Context, text: str, lo: int, hi: int, issue_year: int | None,
                             found: list[Target], plans=()) -> list[Target]:
    taken = {t.span for t in found}
    out = _indicator_rows_targets(ctx, text, _pipe_rows(text, lo, hi), issue_year, taken, found, plans) if "|" in text else []
    if LINE_TABLE_YEAR.search(text, lo, hi) or ("年目标\n" in text and LINE_TABLE_GOAL_YEAR.search(text, lo, hi)):
        out += _indicator_rows_targets(ctx, text, _line_rows(text, lo, hi, issue_year), issue_year,
                                       taken | {t.span for t in out}, found)
    return out


# (s19-tg) A plan's table of main indicators copied with its cells parted by spaces (a web copy's full-width spaces, which
# the cleaner closes between a name and a number): `序号 指标2020年2025年 属性` then `2空气质量优良天数比率（%）81.4 ≥82约束性`.
# As the piped table (`_indicator_rows_targets`): the first year's column is the baseline, the last year's the level to reach
# by that year (null/last), in the unit the indicator's brackets give; a row restating a level the prose of the plan
# set is counted in its own place (guide TG17); a cell without a number (`持续下降`, `—`) is no target.
SPACED_INDICATOR_HEADER = re.compile(r"^(?![^\n]*\|)[^\n]{0,30}?(?:指标|项目|名称)[^\n\d]{0,10}?((?:19|20)\d{2})\s*年[^\n\d]{0,8}?"
                                     r"((?:19|20)\d{2})\s*年(?:[^\n\d]{0,8}?((?:19|20)\d{2})\s*年)?[^\n\d]{0,20}$", re.M)
# (s25-tg) a cell of words after the amounts (`约束性`, and a 责任单位 column's list of organs, `市环保局，各市、区政府`)
# (s26-tgleft) a cell in 〔〕 of a 年均增长〔累计〕 column, `〔40〕`: the total over the period (`_change_cell_targets`); a row
# holding one is still a row of the table
SPACED_TOTAL_CELL = r"[〔［【]\s*(?:[<>≤≥＜＞]=?\s*)?\d+(?:\.\d+)?\s*[〕］】]"
SPACED_WORD_CELL = r"\p{Han}[\p{Han}、，,（）()·]*"
SPACED_INDICATOR_ROW = re.compile(r"(?P<ind>[^\s\d—－\-][^\s]*?[（(](?P<unit>[^（）()\s]{1,8})[）)])\s*"
                                  r"(?P<cells>(?:(?:[<>≤≥＜＞]=?\s*)?\d+(?:\.\d+)?|" + SPACED_TOTAL_CELL + r"|[—－\-]{1,2})(?:\s*(?:(?:[<>≤≥＜＞]=?\s*)?\d+(?:\.\d+)?"
                                  r"(?:以上|以下|以内|左右)?|" + SPACED_TOTAL_CELL + r"|[—－\-]{1,2}|" + SPACED_WORD_CELL + r"))*)\s*$")
SPACED_CELL_TOKEN = re.compile(r"(?:[<>≤≥＜＞]=?\s*)?\d+(?:\.\d+)?(?:以上|以下|以内|左右)?|" + SPACED_TOTAL_CELL + r"|[—－\-]{1,2}|" + SPACED_WORD_CELL)


# (s25-tg) The same table with the unit in a column of its own (`序号 指标 单位 2020年 2025年 属性`, then `1 森林覆盖率 % 45 50
# 约束性`; the cleaner may close the space between a unit and the first amount, `万人45`): the unit cell is the row's unit
# when the quantity reader takes it as one.
SPACED_UNIT_HEAD = re.compile(r"(?:指标|项目|名称)[^\n\d]{0,4}?[ \t\u3000](?:计量)?单位(?=[ \t\u3000\d])")
SPACED_UNIT_ROW = re.compile(r"(?P<ind>[^\s\d—－\-][^\s]*?)[ \t\u3000]+(?P<unit>[^\s\d—－\-]{1,8}?)[ \t\u3000]*"
                             r"(?P<cells>(?:(?:[<>≤≥＜＞]=?\s*)?\d+(?:\.\d+)?|" + SPACED_TOTAL_CELL + r"|[—－\-]{1,2})(?:\s*(?:(?:[<>≤≥＜＞]=?\s*)?\d+(?:\.\d+)?"
                             r"(?:以上|以下|以内|左右)?|" + SPACED_TOTAL_CELL + r"|[—－\-]{1,2}|" + SPACED_WORD_CELL + r"))*)\s*$")


class _UnitRow:
    """A SPACED_UNIT_ROW match that answers as a SPACED_INDICATOR_ROW one: its indicator `X（unit）` read as written."""
    def __init__(self, m):
        self.m = m

    def start(self, g=0):
        return self.m.start("ind") if g == "ind" else self.m.start(g)

    def end(self, g=0):
        return self.m.end(g)

    def group(self, g=0):
        if g == "ind":
            return self.m.group("ind") + "（" + self.m.group("unit") + "）"
        return self.m.group(g)


def _spaced_unit_row(text: str, pos: int, end: int):
    m = SPACED_UNIT_ROW.search(text, pos, end)
    if m is None or m.end() != end or not (m.group("unit") in ("%", "％", "‰") or _known_unit(m.group("unit")) == m.group("unit")):
        return None
    return _UnitRow(m)


# (s28-tg2) a ratio's cell may be written as the ratio itself, `2.4:1 2.8:1` (RATIO_CELL): read as its first term; the
# cleaner may close the space between the name and the first cell (`…总产值比2.4:1 2.8:1`)
RATIO_CELL = r"\d+(?:\.\d+)?\s*[:：∶]\s*1(?![\d.])"
SPACED_RATIO_ROW = re.compile(r"(?P<ind>[^\s\d—－\-（）()][^\s（）()]*?)(?:[ \t\u3000]+|(?<=\p{Han})(?=\d))(?P<dash>[—－\-]{1,2}[ \t\u3000]+)?"
                              r"(?P<cells>(?:" + RATIO_CELL + r"|(?:[<>≤≥＜＞]=?\s*)?\d+(?:\.\d+)?|" + SPACED_TOTAL_CELL + r"|[—－\-]{1,2})(?:\s*(?:(?:[<>≤≥＜＞]=?\s*)?\d+(?:\.\d+)?"
                              r"(?:以上|以下|以内|左右)?|" + RATIO_CELL + r"|" + SPACED_TOTAL_CELL + r"|[—－\-]{1,2}|" + SPACED_WORD_CELL + r"))*)\s*$")
RATIO_CELL_TOKEN = re.compile(RATIO_CELL + r"|" + SPACED_CELL_TOKEN.pattern)
RATIO_CELL_TAIL = re.compile(r"\s*[:：∶]\s*1$")


def _spaced_ratio_row(text: str, pos: int, end: int, unit_column: bool):
    """(s26-tgleft) A row named by a ratio, with no unit (`_unitless_ratio`): the match and the ratio's reading, or None.
    In a table with a unit column the row's unit cell is a dash (`— 2.4 2.8`), in one without none is."""
    if "比" not in text[pos:end] and "系数" not in text[pos:end] and "容积率" not in text[pos:end]:
        return None
    m = SPACED_RATIO_ROW.search(text, pos, end)
    if m is None or m.end() != end or bool(m.group("dash")) != unit_column:
        return None
    ratio = _unitless_ratio(m.group("ind"))
    return (m, ratio) if ratio else None


def _off_rows_read(text: str, lo: int, targets: list[Target], spaced: list[Target]) -> list[Target]:
    """(s28-tg2) The targets read as prose that do not lie in a row the spaced indicator table read: a row is no prose
    (spec §4), and the prose reading of `农产品加工业与农业总产值比2.4:1 2.8:1` takes the baseline cell, 2.4:1."""
    rows = set()
    for t in spaced:
        end = _line_end(text, t.span[0])
        rows.add((_line_start(text, lo, t.span[0]), end if end >= 0 else len(text)))
    return [t for t in targets if not any(a <= t.span[0] and t.span[1] <= b for a, b in rows)]


def _spaced_indicator_headers(text: str, lo: int, hi: int) -> list:
    """The header lines of such tables: only the lines that hold 指标/项目/名称 in their first 30 characters are tried."""
    heads, tried = [], set()
    for word in ("指标", "项目", "名称"):
        pos = text.find(word, lo, hi)
        while pos >= 0:
            # the line's start, looked for only within reach (as `_schedule_header_starts`: a long line is not read
            # back to its start at each word); beyond it the line starts too far from the word
            newline = text.rfind("\n", max(lo, pos - 31), pos)
            line_start = newline + 1 if newline >= 0 else lo if pos - 31 <= lo else -1
            if line_start >= 0 and pos - line_start <= 30 and line_start not in tried:
                tried.add(line_start)
                line_end = text.find("\n", pos, min(hi, pos + 60))
                if line_end >= 0:  # (a header line is short: a paragraph of prose is not tried)
                    m = SPACED_INDICATOR_HEADER.match(text, line_start, line_end)
                    if m is not None:
                        heads.append(m)
            pos = text.find(word, pos + 2, hi)
    return sorted(heads, key=lambda m: m.start())


# (s26-tgleft) A row of an indicator table with no unit, named by a ratio (`农产品加工业与农业总产值比 | 2.4 | 2.8`,
# `生师比 | 16 | 15`): one output over another is the fraction N/1 as a percent, as `…产值比达到2.4∶1` reads in prose
# (spec §7 fractions, guide TG11; 2.8 → 280 %); a staffing or dimensionless ratio is its value, unit 比值 (guide TG14).
UNITLESS_SHARE_ROW = re.compile(r"(?:之比|与[\p{Han}]{1,8}?(?:产值|增加值|产量|销售收入|营业收入)比)\s*$")
UNITLESS_RATIO_ROW = re.compile(r"(?:容积率|系数|比值|收入比|收入倍差|性别比|生师比|师生比|床位比|医护比|床护比|护床比|医师护士比|床医比)\s*$")


def _unitless_ratio(indicator: str) -> tuple[str, int] | None:
    """The unit and the factor of a unitless ratio row's cells, or None where the row's name is no ratio."""
    if "比" not in indicator and "系数" not in indicator and "容积率" not in indicator:
        return None
    if UNITLESS_SHARE_ROW.search(indicator):
        return "%", 100
    return ("比值", 1) if UNITLESS_RATIO_ROW.search(indicator) else None


def _unitless_ratio_targets(ctx: Context, text: str, at: int, cell: str, ratio: tuple[str, int], indicator: str,
                            first: int | None, last: int | None, quote: str | None = None) -> list[Target]:
    m = INDICATOR_CELL.fullmatch(cell)
    if m is None or "." not in m.group(2) and ratio[1] == 100 and m.group(2) == "1":
        return []
    start = at + cell.index(m.group(2))
    span = (start, start + len(m.group(2)))
    return [Target(task=_task_at(ctx, start), indicator=indicator, value=plain(Decimal(m.group(2)) * ratio[1]), unit=ratio[0],
                   comparator=INDICATOR_CMP.get(m.group(1) or m.group(3) or "", "="), per_year=False, year_start=first,
                   year_end=last, quote=quote or text[span[0]:span[1]], span=span)]


def _spaced_indicator_targets(ctx: Context, text: str, lo: int, hi: int, issue_year: int | None,
                              found: list[Target], heads: list, original: str | None = None) -> list[Target]:
    """`original`: the copy's text when `text` is its slash-parted table with the slashes blanked (`_slashed_text`); then
    blank lines between rows are passed over, every goal column is read (not the baseline's, guide: a target restated in
    another place counts once per place) and a row restating a goal of the prose is kept."""
    out: list[Target] = []
    # ((s25-tg) a row restating a level the prose set is kept too, in the table's place: guide TG17, once per place)
    for h in heads:
        years = [int(y) for y in h.groups() if y]
        if years != sorted(set(years)) or (issue_year and years[-1] < issue_year):
            continue
        columns = [len(years) - 1]
        if original is not None:
            columns = [k for k, y in enumerate(years[:-1]) if _goal_column(text, h, k, y, issue_year)] + columns
        pos = h.end() + 1
        unit_column = SPACED_UNIT_HEAD.search(h.group(0)) is not None
        # (s26-tgleft) `… 2020年 2025年 年均增长〔累计〕 属性`: the column right after the years is the change over the plan's
        # years (CHANGE_HEAD: a plain cell yearly, a 〔〕 cell the total), from the year after the baseline to the last
        after_years = h.group(0)[h.end(h.lastindex) - h.start():]
        change = ("年均" in after_years, years[0] + 1, years[-1]) if CHANGE_HEAD.search(after_years) and original is None else None
        while pos < hi:
            end = text.find("\n", pos, hi)
            end = hi if end < 0 else end
            if original is not None and not text[pos:end].strip():
                pos = end + 1
                continue  # (a web copy's blank line between rows)
            m = SPACED_INDICATOR_ROW.search(text, pos, end)
            if (m is None or m.end() != end) and unit_column:
                m = _spaced_unit_row(text, pos, end)
            if m is None or m.end() != end:
                ratio_row = _spaced_ratio_row(text, pos, end, unit_column)
                if ratio_row is None:
                    break
                pos = end + 1
                r, ratio = ratio_row
                cells = list(RATIO_CELL_TOKEN.finditer(text, r.start("cells"), r.end("cells")))
                if len(cells) >= len(years):
                    quote = (original or text)[r.start("ind"):end].strip()
                    for col in columns:
                        out += _unitless_ratio_targets(ctx, text, cells[col].start(), RATIO_CELL_TAIL.sub("", cells[col].group(0)),
                                                       ratio, r.group("ind"), None, years[col], quote)
                continue
            pos = end + 1
            cells = list(SPACED_CELL_TOKEN.finditer(text, m.start("cells"), m.end("cells")))
            if len(cells) < len(years):
                continue
            if change and len(cells) > len(years) and not any(INDICATOR_CELL.fullmatch(cells[col].group(0)) for col in columns):
                # (s26-tgleft) the row's change column (`— | 〔40〕`), read where the row gives no level, as the piped table's
                unit_text = re.split(r"[，,、；;]", m.group("unit"))[0]
                out += _change_cell_targets(ctx, text, lambda k, _c: cells[k].start(), [c.group(0) for c in cells], len(years),
                                            change, unit_text, m.group("ind")[: -len(m.group("unit")) - 2], set())
                continue
            for col in columns:
                goal = cells[col]
                c = INDICATOR_CELL.fullmatch(goal.group(0))
                if c is None:
                    continue  # (`持续下降`, `—`: no number to reach)
                q_text = c.group(2) + re.split(r"[，,、；;]", m.group("unit"))[0]  # (`（万人次，累计）`)
                q = _whole_quantity(q_text)
                if q is None or (q.unit_kind in ("time", "age", "ordinal") and not STATE_DAYS.search(m.group("ind"))):
                    continue
                start = goal.start() + goal.group(0).index(c.group(2))
                span = (start, start + len(c.group(2)))
                cmp = INDICATOR_CMP.get(c.group(1) or c.group(3) or "", "=")
                indicator = m.group("ind")[: -len(m.group("unit")) - 2]
                quote = (original or text)[m.start("ind"):end].strip()
                for value, _ in q.values:
                    out.append(Target(task=_task_at(ctx, start), indicator=indicator, value=plain(value), unit=q.unit,
                                      comparator=cmp, per_year=bool(PER_YEAR.search(indicator)), year_start=None,
                                      year_end=years[col], quote=quote, span=span))
    return out


# (s22-tg3) A year-by-year schedule flattened with spaces (a PDF copy of an attachment's 年度目标表): `序号 重点任务 指标 2022年
# 2023年 2024年 2025年 牵头单位 配合单位`, then `3 …培训 年度培训（万人次） 200 200 220 220 人力资源社会保障部 …`. As the piped
# schedule (`_schedule_years`, guide TG10): consecutive years from the issue year on, headed plainly, every column the level of
# its own year (year/year), in the unit the indicator's brackets give; the cells after the years (lead organs) are no part of it.
SPACED_SCHEDULE_HEADER = re.compile(r"^(?![^\n]*\|)[^\n\d]{0,30}?(?:指标|项目|名称|任务)[^\n\d]{0,10}?"
                                    r"((?:(?:19|20)\d{2}\s*年度?\s*){2,8})(?:[^\n\d]{0,30})$", re.M)
SPACED_SCHEDULE_ROW = re.compile(r"(?P<ind>[^\s\d—－\-][^\s]*?[（(](?P<unit>[^（）()\s]{1,8})[）)])\s*"
                                 r"(?P<cells>(?:\d+(?:\.\d+)?|[—－\-]{1,2})(?:\s+(?:\d+(?:\.\d+)?|[—－\-]{1,2}))*)(?![\d.])")


# (speed only, s23) Where SPACED_SCHEDULE_HEADER can match: it opens at a line's start (`^`, re.M) and reaches its
# header word (指标/项目/名称/任务) through at most 30 characters of that line; a body's finditer tried every line
# (~0.8% of text -> record time). Tried only at the starts of the lines that hold such a word so near their start
# (scan.finditer_at: the same matches, in the same order), while the pattern is the one read so (crc32 of its source).
SCHEDULE_HEADER_WORDS = ("指标", "项目", "名称", "任务")
SCHEDULE_HEADER_REACH = 30
SCHEDULE_HEADER_READ = 0x7402F552


def _schedule_headers(text: str, lo: int, hi: int):
    """`SPACED_SCHEDULE_HEADER.finditer(text, lo, hi)`."""
    if _crc(SPACED_SCHEDULE_HEADER.pattern) != SCHEDULE_HEADER_READ:
        return SPACED_SCHEDULE_HEADER.finditer(text, lo, hi)
    return finditer_at(SPACED_SCHEDULE_HEADER, text, _schedule_header_starts(text, lo, hi), hi)


def _schedule_header_starts(text: str, lo: int, hi: int) -> list[int]:
    starts = set()
    for word in SCHEDULE_HEADER_WORDS:
        pos = text.find(word, lo, hi)
        while pos >= 0:
            # the line's start, looked for only within reach (a long line is not read back to its start at each word)
            reach_from = max(0, pos - SCHEDULE_HEADER_REACH - 1)
            newline = text.rfind("\n", reach_from, pos)
            line_start = newline + 1 if newline >= 0 else 0 if reach_from == 0 else -1
            if line_start >= lo and pos - line_start <= SCHEDULE_HEADER_REACH:
                starts.add(line_start)
            pos = text.find(word, pos + 1, hi)
    return sorted(starts)


def _spaced_schedule_targets(ctx: Context, text: str, lo: int, hi: int, issue_year: int | None,
                             read: set[int]) -> list[Target]:
    """The schedules' targets; `read` gets the start of every header line whose table gave some."""
    out: list[Target] = []
    if not issue_year:
        return out
    for h in _schedule_headers(text, lo, hi):
        years = [int(y) for y in re.findall(r"(?:19|20)\d{2}", h.group(1))]
        if years[0] < issue_year or any(b != a + 1 for a, b in zip(years, years[1:])):
            continue  # (a baseline and goals, `2020年 2025年`: the spaced indicator reader's)
        pos = h.end() + 1
        while pos < hi:
            end = text.find("\n", pos, hi)
            end = hi if end < 0 else end
            m = SPACED_SCHEDULE_ROW.search(text, pos, end)
            if m is None:
                break  # (the table ends at its first line that is no row)
            pos = end + 1
            cells = list(re.finditer(r"\d+(?:\.\d+)?|[—－\-]{1,2}", m.group("cells")))
            if len(cells) != len(years):
                continue
            unit = re.split(r"[，,、；;]", m.group("unit"))[0]
            indicator = m.group("ind")[: -len(m.group("unit")) - 2]
            for c, year in zip(cells, years):
                q = _whole_quantity(c.group(0) + unit) if c.group(0)[0].isdigit() else None
                if q is None or q.unit is None or q.unit_kind in ("time", "age", "ordinal"):
                    continue
                span = (m.start("cells") + c.start(), m.start("cells") + c.end())
                out += [Target(task=_task_at(ctx, span[0]), indicator=indicator, value=plain(value), unit=q.unit,
                               comparator="=", per_year=bool(PER_YEAR.search(indicator)), year_start=year, year_end=year,
                               quote=text[span[0]:span[1]], span=span) for value, _ in q.values]
                read.add(h.start())
    return out


# (s20-tg) `指标名称 / 2014年（基数）/ 2017年 / 2020年` then `电子商务交易额（亿元） / 38.6 / 100 / 300`: a web copy parting
# its table's cells by slashes with spaces. The slashes are blanked (same offsets) so that the spaced-table reader reads it.
SLASH_CELL = re.compile(r"(?<=[\s）)])/(?=\s)|(?<=\s)/(?=[\s\d（(<>≤≥\p{Han}])")
BASELINE_HEAD = re.compile(r"\s*[（(]?\s*(?:基数|基期|基准|现状|实际|完成)")


def _slashed_text(text: str, lo: int, hi: int) -> str | None:
    if " / " not in text and "）/ " not in text:
        return None
    k = text.find("年", lo, hi)
    if k < 0 or ("指标" not in text and "项目" not in text and "名称" not in text):
        return None
    return text[:lo] + SLASH_CELL.sub(" ", text[lo:hi]) + text[hi:]


def _goal_column(text: str, head, k: int, year: int, issue_year: int | None) -> bool:
    """A year column before the last of a slash-parted table is a goal (an intermediate year), not the baseline: not
    labelled as the base (`2014年（基数）`), not before the year the document was issued, not the first of a table
    whose first column is a year before the issue year."""
    if BASELINE_HEAD.match(text, head.end(k + 1) + 1):
        return False
    return year >= issue_year if issue_year else k > 0  # (undated: the first column is the baseline, as `_indicator_header`)


# (s19-tg) A table of main indicators written as lines, one indicator a line with its unit in brackets, the baseline and
# the goal after a colon: `县级物流配送中心（个）：2021年基数31，2025年目标76以上`, `…（万吨）：2025年累计60`. The goal is the
# value to reach by its year (null/year, as the goal column of a table); the baseline is not a target. Read only in a
# run of two or more such lines (a list, not a sentence); the cleaner may have glued the lines (no punctuation closes them).
INDICATOR_LINE = re.compile(r"(?P<ind>[\p{Han}A-Za-z]{2,30}?)[（(](?P<unit>[^（）()\n]{1,8})[）)]\s*[：:]\s*"
                            r"(?:(?:19|20)\d{2}\s*年\s*(?:基数|基期值?|现状值?|实际值?)\s*[\d.]+\s*[，,；;]\s*)?"
                            r"(?P<y>(?:19|20)\d{2})\s*年\s*(?:目标值?|累计|达到)\s*(?P<v>\d+(?:\.\d+)?)(?![\d.])\s*(?P<c>以上|以下|左右)?"
                            r"(?=[ \t\u3000。；;]*(?:\n|$)|[\p{Han}A-Za-z]{2,30}?[（(][^（）()\n]{1,8}[）)]\s*[：:]\s*(?:19|20)\d{2}\s*年)")


def _indicator_line_targets(ctx: Context, text: str, lo: int, hi: int, found: list[Target]) -> list[Target]:
    out: list[Target] = []
    matches = list(INDICATOR_LINE.finditer(text, lo, hi))
    taken = {t.span for t in found}
    for k, m in enumerate(matches):
        prev_adj = k > 0 and not text[matches[k - 1].end():m.start()].strip(" \t\u3000。；;\n")
        next_adj = k + 1 < len(matches) and not text[m.end():matches[k + 1].start()].strip(" \t\u3000。；;\n")
        if not (prev_adj or next_adj):
            continue  # (a run of two or more lines)
        q_text = m.group("v") + m.group("unit")
        q = _whole_quantity(q_text)
        if q is None or q.unit_kind in ("time", "age", "ordinal"):
            continue
        span = (m.start("v"), m.end("v"))
        if span in taken:
            continue
        cmp = INDICATOR_CMP.get(m.group("c") or "", "=")
        out += [Target(task=_task_at(ctx, span[0]), indicator=m.group("ind").strip(), value=plain(value), unit=q.unit,
                       comparator=cmp, per_year=False, year_start=None, year_end=int(m.group("y")),
                       quote=text[m.start("y"):m.end()], span=span) for value, _ in q.values]
    return out


# (s16) a 年均 column's cell with its own `%` in a row that also gives a level (`| 旅游总收入 | 亿元 | 500 | 800 | 9.9% |`)
YEARLY_RATE_CELL = re.compile(r"\s*(?:[<>≤≥＜＞]=?)?\s*(\d+(?:\.\d+)?)\s*[%％]\s*(?:以上|以下|左右)?\s*")


def _yearly_rate_cell(cells: list[str], cell_start, col: int, found: list[Target]) -> None:
    """(s16) The main loop reads a 年均 cell that carries its own `%` as a plain target; under a 年均 head it is a yearly
    rate (spec 1.1 §7: per_year true for 年均), as the change reader reads a cell without its unit."""
    m = YEARLY_RATE_CELL.fullmatch(cells[col])
    if not m:
        return
    at = cell_start(col, cells[col]) + cells[col].index(m.group(1))
    for t in found:
        if t.span[0] <= at < t.span[1] and t.unit == "%" and abs(t.value - float(m.group(1))) < 1e-9:
            t.per_year = True


# (s20-tg) a schedule cell holding its amount and unit as written, with a trailing comparator (`80%以上`, `900万亩`)
UNIT_CELL = re.compile(r"\s*(?P<q>\d+(?:\.\d+)?\s*[^\d\s]{1,6}?)\s*(?P<c>以上|以下|左右)?\s*")


def indicator_of(cell: str) -> str:
    return INDICATOR_UNIT.sub("", cell).strip() or cell


def _unit_cell_targets(ctx: Context, text: str, cells: list[str], goals, cell_start, indicator: str, taken: set,
                       found: list[Target] | None) -> list[Target]:
    """The cells of a schedule's year columns (`2019年目标`) that carry their units; a cell the prose reader already took
    as a sentence of its own gets the column's year instead of a second reading."""
    out = []
    for goal_col, year in goals:
        if goal_col >= len(cells):
            continue
        m = UNIT_CELL.fullmatch(cells[goal_col])
        if not m:
            continue
        q = _whole_quantity(m.group("q"))
        if q is None or q.unit is None or q.unit_kind in ("time", "age", "ordinal"):
            continue
        start = cell_start(goal_col, cells[goal_col]) + cells[goal_col].index(m.group("q"))
        span = (start, start + len(m.group("q").rstrip()))
        same = [t for t in found or () if t.span[0] < span[1] and span[0] < t.span[1]]
        if same:
            # (s40b-twins) the prose reader's reading of the cell, quoted as the cell itself where the row is kept with
            # bars (a DOCX, a ruled PDF): the column's year, and the row's indicator, as the cell holds the amount only
            for t in same:
                t.year_start, t.year_end = year, year
                if t.indicator.replace(" ", "") in cells[goal_col].replace(" ", ""):
                    t.indicator = indicator
            continue
        if span in taken:
            continue
        cmp = INDICATOR_CMP.get(m.group("c") or "", "=")
        out += [Target(task=_task_at(ctx, start), indicator=indicator, value=plain(value), unit=q.unit, comparator=cmp,
                       per_year=bool(PER_YEAR.search(indicator)), year_start=year, year_end=year,
                       quote=text[span[0]:span[1]], span=span) for value, _ in q.values]
    return out


DASH_CELL = re.compile(r"\s*[—－\-]{1,2}\s*")  # (a unit cell left empty: `—`)


def _indicator_rows_targets(ctx: Context, text: str, rows, issue_year: int | None, taken: set,
                            found: list[Target] | None = None, plans=()) -> list[Target]:
    out: list[Target] = []
    header = None  # (number of cells, indicator column, [(goal column, goal year)])
    for r in rows:
        if r is None:
            header = None
            continue
        cells, cell_start = r
        shift = _merged_cells(cells, header)
        if shift is None:
            header = _indicator_header(cells, issue_year)
            continue
        n, ind_col, goals = header[:3]
        schedule = len(header) > 5 and header[5]
        unit_col = header[3] - shift if len(header) > 3 and header[3] is not None else None
        ind_col -= shift
        goals = [(c - shift, y) for c, y in goals]
        unit = INDICATOR_UNIT.search(cells[ind_col])
        column_unit = cells[unit_col].strip() if unit_col is not None and unit_col > ind_col else ""
        if unit and column_unit and not _known_unit(unit.group(1)):
            unit = None  # (s22-tbl) `认证数（累计）` beside a unit column: the bracket qualifies the indicator, the column has the unit
        unit_text = unit.group(1) if unit else column_unit
        ratio = _unitless_ratio(cells[ind_col].strip()) if not unit and (not unit_text or DASH_CELL.fullmatch(unit_text)) else None
        if not unit_text or ratio:
            if schedule and not unit_text:  # (s20-tg) `| 秸秆还田面积 | 900万亩 | 1100万亩 |`: a schedule's cells that carry their own unit
                out += _unit_cell_targets(ctx, text, cells, goals, cell_start, indicator_of(cells[ind_col]), taken, found)
            elif ratio:
                for goal_col, year in goals:  # (s26-tgleft) `| 农产品加工业与农业总产值比 | — | 2.4 | 2.8 |`: a ratio's row
                    at = cell_start(goal_col, cells[goal_col])
                    if (at, at) not in taken:
                        out += [t for t in _unitless_ratio_targets(ctx, text, at, cells[goal_col], ratio, cells[ind_col].strip(),
                                                                   None, year) if t.span not in taken]
            continue
        indicator = (INDICATOR_UNIT.sub("", cells[ind_col]).strip() if unit else cells[ind_col]) or cells[ind_col]
        for goal_col, year in goals:
            verb = GOAL_VERB_CELL.match(cells[goal_col])
            m = INDICATOR_CELL.fullmatch(cells[goal_col], verb.end()) if verb else INDICATOR_CELL.fullmatch(cells[goal_col])
            if not m:
                m = RANGE_CELL.fullmatch(cells[goal_col])
                if m:  # `35～40`: a range is two targets (spec 1.1 section 7), `>=` its low end and `<=` its high end
                    out += _range_cell_targets(ctx, text, cell_start(goal_col, cells[goal_col]), m, unit_text,
                                               indicator, year if schedule else None, year, taken)
                continue
            q_text = m.group(2) + unit_text
            q = _whole_quantity(q_text)
            if q is None or (q.unit_kind in ("time", "age", "ordinal") and not LIFE_LEVEL.search(indicator)
                             and not STATE_DAYS.search(indicator)):
                continue
            start = cell_start(goal_col, cells[goal_col]) + cells[goal_col].index(m.group(2))
            span = (start, start + len(m.group(2)))
            if span in taken:
                continue
            cmp = INDICATOR_CMP.get(m.group(1) or m.group(3) or "", GOAL_VERB_CMP.get(verb.group(1), "=") if verb else "=")
            first, last = (year if schedule else None), year
            if year is None:
                first, last = _undated_goal_years(plans, start)
            for value, _ in q.values:
                out.append(Target(task=_task_at(ctx, start), indicator=indicator, value=plain(value), unit=q.unit,
                                  comparator=cmp, per_year=bool(PER_YEAR.search(indicator)),
                                  year_start=first, year_end=last, quote=text[span[0]:span[1]], span=span))
        change = header[4] if len(header) > 4 else None
        # (only where the row gives no level to reach: `19 | 25 | 〔6〕` restates the 25 as its change)
        if change is not None and change[0] - shift > ind_col and not any(INDICATOR_CELL.fullmatch(cells[c]) for c, _ in goals):
            out += _change_cell_targets(ctx, text, cell_start, cells, change[0] - shift, change[1:], unit_text,
                                        indicator, taken)
        elif change is not None and change[1] and found and change[0] - shift > ind_col:
            _yearly_rate_cell(cells, cell_start, change[0] - shift, found)
    return out


# (s14) A table that allocates quotas (`2023年各市城镇新增就业目标任务分解表`, `…资金分配表`, `下达…计划表`): every amount
# in it is a quota the policy sets (spec 1.1 §7: quotas), one per place or unit and column, in the unit its column head
# (`城镇新增就业（万人）`) or the table's `单位：万人` line gives; dated as the attachment or plan it stands in.
ALLOCATION_CAPTION = re.compile(r"(?:任务|指标|目标|计划|名额|资金|额度|任务数)[^\n|]{0,6}?(?:分解|分配|下达)[^\n|]{0,4}?表|"
                                r"(?:分解|分配)(?:情况|计划|方案)?表|(?:下达|分配)[^\n|]{0,20}?(?:计划|任务|指标)表|"
                                # (s15e) `2024年度耕地保护目标任务表`, `…资金安排表`: a central or provincial notice that 下达s
                                # its tasks names the table so (the prefilter asks for 下达/分解/分配 in the text)
                                r"目标任务(?:一览)?表|资金安排(?:情况)?表")
# (s19-tg) a caption naming the places it shares out among (`2023年各县（市、区）高标准农田建设任务表`, `各县区任务如下：`,
# `…各乡镇改厕计划` over its header row): a quota table too.
# (s24-tables) also a township's caption naming its villages (`各社区指标分解表`), and one saying how the task is shared
# before `如下` (`各村任务分配如下：`, `各乡镇指标分解如下：`)
PLACES_CAPTION = re.compile(r"各(?:县|区|市|乡|镇|州|盟|旗|地|街道|村|社区)[^\n|。；;，,]{0,16}?(?:任务|指标|计划|名额)"
                            r"(?:[^\n|。；;，,]{0,4}?表|(?:分配|分解|下达|安排)?如下\s*[：:]|\s*$)", re.M)
TABLE_UNIT = re.compile(r"(?:计量)?单位\s*[：:]\s*([^\s|，,；;。）)]{1,6})")
NOT_QUOTA_HEAD = re.compile(r"序\s*号|编\s*号|备\s*注|排\s*名|排\s*序|联系|电话|时限|时间|责任|单位$|"
                            # (s16) a column of what was done or is there (`2022年完成`, `实际`, `现有`, `基数`): no quota
                            r"(?<!计划|应|须|需|要)完成(?!任务|目标|指标|计划)|实际|现有|已有|基数|基期|现状|上年|去年|存量")
ALLOCATION_LOOK = 5  # lines from the caption to the table's first row
QUOTA_CELL_NOTE = re.compile(r"\s*[（(][\p{Han}、，,]{1,10}[）)]\s*$")


def _allocation_table_targets(ctx: Context, text: str, lo: int, hi: int, plans, found: list[Target], caps: list) -> list[Target]:
    """The quota tables under `caps`, the captions in text order: ALLOCATION_CAPTION's matches in text[0:hi]
    (tried at its openings, s30) where the text has a table word, and PLACES_CAPTION's."""
    taken = {t.span for t in found}
    out: list[Target] = []
    for cap in caps:  # (from 0: a table that is the whole document has its caption as title)
        line_start = text.rfind("\n", 0, cap.start()) + 1
        line_end = text.find("\n", cap.end(), hi)
        if line_end < 0 or "|" in text[line_start:line_end] or cap.start() - line_start > 60:
            continue
        unit_text, pos, header, rows = "", line_end + 1, None, None
        u = TABLE_UNIT.search(text, cap.end(), line_end)  # (`…分解表单位：人`: a copy that joined the two lines)
        if u and u.start() - cap.end() <= 4:
            unit_text = _known_unit(u.group(1))
            if _listed_units(u.group(1)) and u.end() == line_end:
                unit_text = u.group(1)  # (s37-tables) `单位：户、座`, one unit per kind of column (_listed_column_units)
            # (`…分解表 单位：万亩县区 新建任务 改造提升任务`: the header row joined on too)
            rest = text.find(unit_text, u.start(1)) + len(unit_text)
            if unit_text and rest < line_end:
                found_rows = _spaced_table(text, rest, hi)
                if found_rows:
                    header, rows = found_rows
        elif line_end - cap.end() > 16:
            continue
        for _ in range(0 if header else ALLOCATION_LOOK):  # (the unit line, then the header row)
            end = text.find("\n", pos, hi)
            end = hi if end < 0 else end
            line = text[pos:end]
            if "|" in line:
                header = _cells(line)
                pos = end + 1
                rows = _bar_rows(text, pos, hi)
                break
            u = TABLE_UNIT.search(line)
            if u:
                unit_text = u.group(1)
                pos = end + 1
                continue
            # (s15) a web or PDF copy of the table: cells parted by spaces, or one cell per line
            found_rows = _spaced_table(text, pos, hi) or _cell_per_line_table(text, pos, hi) or _wrapped_head_rows(text, pos, hi)
            if found_rows:
                header, rows = found_rows
                break
            pos = end + 1
        if header is None or len(header) < 2 or pos <= lo:
            continue
        label_col = 1 if NOT_QUOTA_HEAD.search(header[0]) and len(header) > 2 else 0
        col_units = _listed_column_units(header, label_col, unit_text)
        # (s21-tgyear) a column per year (`2021年 | 2022年 | 2023年 | 三年合计`): each its own year, as the place reader's
        col_years = _sub_column_years(header, [_head_year(h) if c > label_col and not NOT_QUOTA_HEAD.search(h) else None
                                               for c, h in enumerate(header)])
        goal_years = sorted({y for y in col_years if y})
        worded = set(range(len(header)))  # the columns no row above gave an amount in (`包村领导`: names)
        for cells, starts in rows:
            if len(cells) != len(header) and not (len(cells) > label_col + 1 and len(cells) < len(header) and worded
                                                  and all(c in worded for c in range(len(cells), len(header)))):
                # ((s24-tables) a row whose last cells are empty, dropped by the copy with the line's trailing tabs or
                # bars, `合计 | 168 | 52 | 74 | 42` under `… | 三级危房 | 包村领导`: its cells are the first columns')
                continue
            worded -= {c for c in range(len(cells)) if INDICATOR_CELL.fullmatch(cells[c])}
            for col, head in enumerate(header[:len(cells)]):
                if col <= label_col or NOT_QUOTA_HEAD.search(head):
                    continue
                # (s24-tables) a cell with a note in a bracket (`200（茶园）`: what the amount is of, in this row): the
                # amount is the quota, the note qualifies its indicator
                note = QUOTA_CELL_NOTE.search(cells[col])
                m = INDICATOR_CELL.fullmatch(cells[col][:note.start()] if note else cells[col])
                own = INDICATOR_UNIT.search(head)
                unit = own.group(1) if own else col_units.get(col, unit_text)
                if not m or not unit:
                    continue
                q_text = m.group(2) + unit
                q = _whole_quantity(q_text)
                if q is None or q.unit_kind in ("time", "age", "ordinal"):
                    continue
                start = starts(col) + cells[col].index(m.group(2))
                span = (start, start + len(m.group(2)))
                if span in taken or start < lo:
                    continue
                taken.add(span)
                years = _period_at(plans, start) or _period_of_title(text[line_start:line_end]) or (None, None)
                if col_years[col]:
                    years = _place_column_years(col_years[col], goal_years, years)
                # (s24-tables) the row's place or unit before its column (`西关社区户厕改造`, as the place reader names
                # them): a quota is the row's, not the column's
                place = cells[label_col].strip() if ALLOC_NAME_CELL.fullmatch(cells[label_col].strip()) else ""
                words = INDICATOR_UNIT.sub("", head).strip() or head
                if place:
                    words = re.sub(r"^其中[：:]?", "", words) or words  # (`马畈村荒山造林`, not `马畈村其中荒山造林`)
                indicator = place + words + (note.group(0).strip() if note else "")
                out += [Target(task=_task_at(ctx, start), indicator=indicator, value=plain(value), unit=q.unit,
                               comparator=INDICATOR_CMP.get(m.group(1) or m.group(3) or "", "="),
                               per_year=bool(PER_YEAR.search(head)), year_start=years[0], year_end=years[1],
                               quote=text[span[0]:span[1]], span=span) for value, _ in q.values]
    return out


# (s20-tg2) The same quota table split by place as the copies give it when its header runs on: a hard-wrapped PDF copy
# joins the header onto the caption line (`…任务分解表乡（镇）2010年（处/万人）2011年（处/万人）`) or wraps one header cell
# over two lines (`…2010年` / `目标（吨标准煤） 降低幅度（%）`), and a web copy keeps the header parted by spaces over rows
# parted by bars. The header is every line between the caption and the first row, its cells parted by spaces, bars or
# a closing bracket (each quota column's unit is in its bracket); the rows are a place's name, then one amount a column
# (`6/0.52` under `（处/万人）`: two amounts, one a unit). Each amount is a quota (spec 1.1 §7), a 合计 row too (guide
# S20 TG17, once per place); a column headed with a year is that year's quota: Y/Y in a plan whose period holds Y
# (guide TG10), else a deadline null/Y (and the undated columns of that table with it); a column of what was there or
# done (NOT_QUOTA_HEAD: 实际, 现状, 基期, 完成, 排名, …) or of a year before the issue year is no quota.
# ((s38-targets) a cell may open with 合计 where one row totals several places, `其余14个村（社区）　合计63000　合计35000`: the
# places' joint quota)
PLACE_AMOUNT = r"(?:合计|共计|小计)?(?:[<>≤≥＜＞]=?)?\d+(?:\.\d+)?(?:/\d+(?:\.\d+)?)*(?:以上|以下|左右)?"
# ((s38-targets) a name may hold a count inside, `其余14个村（社区）`, ending in a character or bracket)
PLACE_ROW = re.compile(r"(?P<pre>[^\n]*?)(?P<name>(?!号)[\p{Han}（）()·](?:[\p{Han}\d（）()·]{0,14}[\p{Han}）)])?)[ \t\u3000|]*"
                       # (a 合计 cell may be glued to the one before it, the copy having dropped the spaces between them)
                       r"(?P<cells>" + PLACE_AMOUNT + r"(?:(?:[ \t\u3000]*\|[ \t\u3000]*|[ \t\u3000]+|(?=合计|共计|小计))" + PLACE_AMOUNT + r")*)"
                       r"[ \t\u3000|]*")
PLACE_CELL = re.compile(PLACE_AMOUNT)
TOTAL_MARK = re.compile(r"合计|共计|小计")
PLACE_HEAD_SPLIT = re.compile(r"[ \t\u3000]*\|[ \t\u3000]*|[ \t\u3000]+|(?<=[）)])(?=[^\s|）)、，,])")
PLACE_PRE = re.compile(r"^(?:[ \t\u3000|]*(?:\d{1,3}[ \t\u3000|]*)?|[\p{Han}]{1,3}[ \t\u3000]+|[^\n]*[号文件][ \t\u3000]*)$")  # (a row glued to a page's running head)
PLACE_TASK_DONE = re.compile(r"^完成(?=[\p{Han}]{2})(?!情况|数|值|量)")  # (`完成生活污水治理行政村（个）`: the task to do)
PLACE_NOT_QUOTA = re.compile(r"得分|分值|评分|总人口|户籍人口|常住人口")
YEAR_IN_HEAD = re.compile(r"((?:19|20)\d{2})\s*年")
PLACE_LOOK = 4  # lines from the caption's line to the first row


def _place_row(line: str):
    m = PLACE_ROW.fullmatch(line)
    if m is None or not PLACE_PRE.match(m.group("pre")):
        return None
    return m


def _inline_place_rows(text: str, pos: int, hi: int):
    """(header cells, rows, first row's offset, the unit line's unit) of a table whose rows are lines (a place's name,
    then its amounts parted by spaces, tabs or bars), its header run on from the caption at `pos`; or None."""
    first, unit_text, cap_end = None, "", pos
    for _ in range(PLACE_LOOK):
        end = text.find("\n", pos, hi)
        end = hi if end < 0 else end
        line = text[pos:end]
        if line.strip(" \t\u3000|") and _place_row(line):
            first = pos
            break
        if end >= hi:
            break
        pos = end + 1
    if first is None or first <= cap_end:
        return None
    head_text = text[cap_end:first]
    u = TABLE_UNIT.search(head_text)
    if u:
        unit_text = _known_unit(u.group(1))
        head_text = head_text[:u.start()] + head_text[u.end():]
    head_text = head_text.replace("\n", "")
    heads = [c for c in PLACE_HEAD_SPLIT.split(head_text) if c and c.strip("|")]
    if not heads or any(YEAR_IN_HEAD.search(h) is None and len(h) > 30 for h in heads):
        return None
    rows, p = [], first
    while p < hi and len(rows) < ALLOC_MAX_ROWS:
        e = text.find("\n", p, hi)
        e = hi if e < 0 else e
        m = _place_row(text[p:e])
        if m is None and rows and e < hi and len(text[p:e]) <= 40 and "。" not in text[p:e]:
            # (a page's running head between two rows of the table: `某县人民政府办公室文件　某府办发〔2010〕31号`)
            e2 = text.find("\n", e + 1, hi)
            m2 = _place_row(text[e + 1:hi if e2 < 0 else e2])
            if m2 is not None:
                p, e, m = e + 1, (hi if e2 < 0 else e2), m2
        if m is None:
            break
        cells = [(c.group(0), p + m.start("cells") + c.start()) for c in PLACE_CELL.finditer(m.group("cells"))]
        if rows and len(cells) != len(rows[0][1]):
            break
        rows.append((m.group("name"), cells))
        p = e + 1
    return (heads, rows, first, unit_text) if len(rows) >= 2 else None


PLACE_NAME_LINE = re.compile(r"[\p{Han}（）()·]{1,16}")
PLACE_HEAD_LINES = 10
PLACE_LABEL_HEAD = re.compile(r"[省市县区乡镇州盟旗街道村社地单位名称（）()、]{1,10}")


def _place_cell_lines(text: str, pos: int, hi: int):
    """The same table as a PDF copy gives it one cell a line (`乡镇` / `2019年（户）` / `2020年（户）` / `新宁镇` / `300` /
    `280` / …): the header cells down to the first name followed by an amount, then rows of a name and as many amounts
    as the header has quota columns; or None."""
    end = text.find("\n", pos, hi)
    if end < 0 or text[pos:end].strip(" \t\u3000"):
        return None  # (the caption ends its line)
    lines, p = [], end + 1
    while p < hi and len(lines) < PLACE_HEAD_LINES + (ALLOC_MAX_ROWS + 1) * 6:
        e = text.find("\n", p, hi)
        e = hi if e < 0 else e
        cell = text[p:e].strip(" \t\u3000")
        if not cell or len(cell) > 30:
            break
        lines.append((cell, p + text[p:e].index(cell)))
        p = e + 1
        if len(lines) > PLACE_HEAD_LINES and not any(PLACE_CELL.fullmatch(c) for c, _ in lines):
            return None
    unit_text = ""
    if lines and (u := TABLE_UNIT.fullmatch(lines[0][0])):
        unit_text = _known_unit(u.group(1))
        lines = lines[1:]
    k = next((i for i in range(1, min(len(lines) - 1, PLACE_HEAD_LINES))
              if PLACE_NAME_LINE.fullmatch(lines[i][0]) and PLACE_CELL.fullmatch(lines[i + 1][0])), None)
    if k is None or k < 2:
        return None
    width = k  # (the label column's head and one head a quota column)
    heads = [c for c, _ in lines[:k]]
    if TABLE_NUMBER_HEAD.fullmatch(heads[0]) or any(PLACE_LABEL_HEAD.fullmatch(h) for h in heads[1:]):
        return None  # (a numbered table, its numbers a line each: the older reader's; a label head among the quotas)
    rows, i = [], k
    while i + width <= len(lines):
        chunk = lines[i:i + width]
        if not PLACE_NAME_LINE.fullmatch(chunk[0][0]) or not all(PLACE_CELL.fullmatch(c) for c, _ in chunk[1:]):
            break
        rows.append((chunk[0][0], chunk[1:]))
        i += width
    return (heads, rows, rows[0][1][0][1], unit_text) if len(rows) >= 2 else None


FOUR_DIGIT_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


# (s22-tbl) `| 2022年累计充电桩 | 其中公共充电桩 | 2024年累计充电桩 | 其中公共充电桩 |`: a 其中 column counts a part of the
# column before it, and is dated as that column is.
SUB_COLUMN = re.compile(r"\s*其中")


def _sub_column_years(heads: list[str], years: list[int | None]) -> list[int | None]:
    out = list(years)
    for c in range(1, len(heads)):
        if out[c] is None and out[c - 1] and SUB_COLUMN.match(heads[c]):
            out[c] = out[c - 1]
    return out


def _head_year(head: str) -> int | None:
    """The one year a quota column's head names (`2022年`, `2021年度`, `2024年计划`), or None: a head without a year or
    with two (`2021—2023年合计`, a span, is the plan's period)."""
    m = YEAR_IN_HEAD.search(head)
    return int(m.group(1)) if m and len(FOUR_DIGIT_YEAR.findall(head)) == 1 else None


def _place_column_years(year: int | None, goal_years: list[int], period) -> tuple[int | None, int | None]:
    """The years of a quota column: a year-by-year schedule's column its own year (guide TG10); one goal year in the
    table the deadline of every column; else the plan's period."""
    if len(goal_years) >= 2:
        return (year, year) if year else period
    if goal_years and period != (goal_years[0], goal_years[0]):
        return None, goal_years[0]
    return period


def _place_table_targets(ctx: Context, text: str, lo: int, hi: int, plans, found: list[Target], caps,
                         issue_year: int | None) -> list[Target]:
    taken = {t.span for t in found}
    out: list[Target] = []
    for cap in caps:
        line_start = text.rfind("\n", 0, cap.start()) + 1
        if cap.start() - line_start > 60:
            continue
        found_table = _inline_place_rows(text, cap.end(), hi) or _place_cell_lines(text, cap.end(), hi)
        if found_table is None:
            continue
        heads, rows, first, unit_text = found_table
        width = len(rows[0][1])
        if heads and TABLE_NUMBER_HEAD.fullmatch(heads[0]):
            heads = heads[1:]  # (a 序号 column: each row opens with its number)
        if len(heads) == width + 1:
            heads = heads[1:]  # (the label column's head)
        if len(heads) != width:
            continue
        period = _period_at(plans, first) or _period_of_title(text[line_start:cap.end()]) or (None, None)
        cols = []
        for head in heads:
            own = INDICATOR_UNIT.search(head)
            units = (own.group(1) if own else unit_text).split("/")
            ym = YEAR_IN_HEAD.search(head)
            year = int(ym.group(1)) if ym else None
            part_of_quota = bool(SUB_COLUMN.match(head) and cols and cols[-1] is not None)  # (s38-targets) `其中存量违建`
            # after `拆违总任务`: a part of the quota column before it is a quota too (spec §7, a restated sub-quantity)
            if ((not part_of_quota and NOT_QUOTA_HEAD.search(PLACE_TASK_DONE.sub("", head))) or PLACE_NOT_QUOTA.search(head)
                    or not units[0] or (year and issue_year and year < issue_year)):
                cols.append(None)
                continue
            cols.append((head, units, year))
        goal_years = sorted({c[2] for c in cols if c and c[2]})
        cols = [c and (c[0], c[1], _place_column_years(c[2], goal_years, period)) for c in cols]
        for name, cells in rows:
            for col, (cell, at) in zip(cols, cells):
                if col is None:
                    continue
                head, units, years = col
                parts = PLACE_CELL.fullmatch(cell) and cell.split("/")
                if not parts or len(parts) != len(units):
                    continue
                if (total := TOTAL_MARK.match(parts[0])) is not None:
                    parts[0], at = parts[0][total.end():], at + total.end()  # (s38-targets) `合计63000`: the joint quota
                indicator = (name + YEAR_IN_HEAD.sub("", INDICATOR_UNIT.sub("", head))).strip()
                off = at
                for part, unit in zip(parts, units):
                    m = INDICATOR_CELL.fullmatch(part)
                    start = off + part.index(m.group(2)) if m else off
                    off += len(part) + 1
                    if not m:
                        continue
                    q = _whole_quantity(m.group(2) + unit)
                    span = (start, start + len(m.group(2)))
                    if q is None or q.unit_kind in ("time", "age", "ordinal") or span in taken or start < lo:
                        continue
                    taken.add(span)
                    out += [Target(task=_task_at(ctx, start), indicator=indicator, value=plain(value), unit=q.unit,
                                   comparator=INDICATOR_CMP.get(m.group(1) or m.group(3) or "", "="),
                                   per_year=bool(PER_YEAR.search(head)), year_start=years[0], year_end=years[1],
                                   quote=text[span[0]:span[1]], span=span) for value, _ in q.values]
    return out


def _whole_quantity(q_text: str) -> Quantity | None:
    """`q_text` (a table cell's number with its unit) read as one quantity, or None when it is not one or leaves
    characters over: how every table reader takes its cells."""
    tm = TOKEN.match(q_text)
    q = read_quantity(q_text, tm) if tm else None
    return None if q is None or q.end < len(q_text) else q


# (s37-tables) A table's unit line may list a unit for each kind of column (`单位：户、座` over `乡镇 | 户厕合计 | 2019年 |
# 2020年 | 2021年 | 村级公厕`, `单位：万元、个`): the units go to the table's quota columns in the order written, one to each
# column naming a thing counted; a year column (`2019年`) or a part column (`其中…`) counts in the unit of the column
# before it (its year's share, its part). Where the listed units and those columns do not pair off one to one the line says
# nothing a column can be given from it, and every column keeps the line's first unit as before.
LISTED_UNITS = re.compile(r"[、，,]")


def _listed_units(unit_text: str) -> list[str]:
    """The units of a unit line listing several (`户、座`), each whole, else []."""
    if not LISTED_UNITS.search(unit_text):
        return []
    units = [u.strip() for u in LISTED_UNITS.split(unit_text) if u.strip()]
    return units if len(units) >= 2 and all(_known_unit(u) == u for u in units) else []


def _listed_column_units(header: list[str], label_col: int, unit_text: str) -> dict[int, str]:
    units = _listed_units(unit_text) if unit_text else []
    if not units:
        return {}
    owners: list[int] = []  # the columns naming a thing counted
    out: dict[int, str] = {}
    for col, head in enumerate(header):
        if col <= label_col or NOT_QUOTA_HEAD.search(head) or INDICATOR_UNIT.search(head):
            continue
        if _head_year(head) is None and YEAR_IN_HEAD.search(head) is None and not SUB_COLUMN.match(head):
            owners.append(col)
        if not owners:
            return {}  # (a year column before any thing counted: the pairing is unknown)
        out[col] = str(len(owners) - 1)
    if len(owners) != len(units):
        return {}
    return {col: units[int(k)] for col, k in out.items()}


def _known_unit(s: str) -> str:
    """The longest start of `s` that the quantity reader takes as a unit (`万亩县区` → `万亩`), else ``."""
    for n in range(len(s), 0, -1):
        q = _whole_quantity("1" + s[:n])
        if q is not None and q.unit:
            return s[:n]
    return ""


def _bar_rows(text: str, pos: int, hi: int):
    """The rows of a table kept with bars (or tabs), from `pos` to the first line that is not a row."""
    while pos < hi:
        end = text.find("\n", pos, hi)
        end = hi if end < 0 else end
        row = text[pos:end]
        if "|" not in row:
            return
        yield _cells(row), (lambda col, cell=None, pos=pos, row=row: _cell_offset(text, pos, row, col, _cells(row)[col]))
        pos = end + 1


# (s15) An allocation table as a web page or PDF copy gives it: cells parted by runs of spaces (`甲县  8000  2000`), or
# one cell per line (`县区` / `城镇新增就业` / `失业人员再就业` / `甲县` / `8000` / `2000` / …). A header of short names (the
# label column, then the quota columns), then rows of a name and as many amounts; the table ends at the first line that
# does not fit (a row out of step is not read).
# (s25-tg) a sub-column's head opened by 其中： (`新建设施面积 其中：日光温室 拱棚及其他`), as statistical tables write the
# parts of the column before them: a header cell too
ALLOC_HEAD_CELL = re.compile(r"(?:其中[：:])?[^\d\s|，,。；;：:]{1,14}")
ALLOC_NAME_CELL = re.compile(r"[^\d\s|，,。；;：:]{1,14}")
ALLOC_AMOUNT_CELL = re.compile(r"[<>≤≥＜＞]?=?\s*(?:\d{1,3}(?:[,，]\d{3})+(?![\d,，])(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?:以上|以下|左右)?|[—\-－/／]{1,2}")
TABLE_NUMBER_HEAD = re.compile(r"序\s*号|编\s*号")
TOTAL_ROW = re.compile(r"合\s*计|总\s*计|小\s*计|全市|全省|全区|全县")
SPACES = re.compile(r"[ \t\u3000]+")
ALLOC_MAX_ROWS = 400


SPACED_CELL = re.compile(r"[<>≤≥＜＞]?=?(?:\d{1,3}(?:[,，]\d{3})+(?![\d,，])(?:\.\d+)?|\d+(?:\.\d+)?)(?:以上|以下|左右)?|[—\-－/／]{1,2}|[^ \t\u3000\d<>≤≥＜＞—\-－/／]+")


# (s40-targets) a row's name that holds a count of the places it joins (`其余19个村（居）　4300　26600`, `其他5个乡镇　800`), as
# PLACE_ROW reads it: one name cell, its count no amount of the row
COUNTED_NAME_CELL = re.compile(r"(?:其余|其他|其它|剩余|另外)[\p{Han}]{0,4}?\d{1,4}个[\p{Han}（）()·、]{1,10}")
COUNTED_NAME_FIRST = re.compile(r"[ \t\u3000]*(" + COUNTED_NAME_CELL.pattern + r")(?=[ \t\u3000|\d])")


def _split_spaced(line: str, at: int) -> tuple[list[str], list[int]]:
    """The cells of a row parted by spaces (the cleaner closes the space between a name and its first amount:
    `甲县8000 2000`)."""
    cells, starts = [], []
    named = COUNTED_NAME_FIRST.match(line) if "个" in line else None
    if named is not None:
        cells.append(named.group(1))
        starts.append(at + named.start(1))
    for m in SPACED_CELL.finditer(line, named.end() if named else 0):
        cells.append(m.group(0))
        starts.append(at + m.start())
    return cells, starts


def _spaced_table(text: str, pos: int, hi: int):
    end = text.find("\n", pos, hi)
    end = hi if end < 0 else end
    head, _ = _split_spaced(text[pos:end], pos)
    if len(head) < 2 or not all(ALLOC_HEAD_CELL.fullmatch(c) for c in head):
        return None
    rows = []
    p = end + 1
    while p < hi and len(rows) < ALLOC_MAX_ROWS:
        e = text.find("\n", p, hi)
        e = hi if e < 0 else e
        cells, starts = _split_spaced(text[p:e], p)
        if (len(cells) != len(head) or not (ALLOC_NAME_CELL.fullmatch(cells[0]) or (rows and COUNTED_NAME_CELL.fullmatch(cells[0])))
                or not all(ALLOC_AMOUNT_CELL.fullmatch(c) for c in cells[1:])):
            break
        rows.append((cells, (lambda col, cell=None, starts=starts: starts[col])))
        p = e + 1
    return (head, rows) if len(rows) >= 2 else None


# (s37-tables) A PDF's text layer sets the same spaces between cells as inside a head (`2019 年`), which cleaning reads away
# (`户厕合计2019年2020年2021年 村级公厕`), and wraps a narrow label head (`乡镇（街` / `道）`): head cells glued to a run of
# year heads are parted again, each year a head of its own.
GLUED_YEAR_HEADS = re.compile(r"(?P<pre>[^\d\s]*?)(?P<years>(?:(?:19|20)\d{2}年){1,6})")
YEAR_HEAD = re.compile(r"(?:19|20)\d{2}年")


def _wrapped_head_rows(text: str, pos: int, hi: int):
    """The quota table under a header that wraps over lines or glues its year heads (`_inline_place_rows` reads it), as
    (header cells, rows) of `_spaced_table`: the label column's head first, then one head a quota column."""
    found = _inline_place_rows(text, pos, hi)
    if found is None:
        return None
    heads, rows, _, _ = found
    cells: list[str] = []
    for h in heads:
        m = GLUED_YEAR_HEADS.fullmatch(h)
        if m is None:
            cells.append(h)
            continue
        cells += ([m.group("pre")] if m.group("pre") else []) + YEAR_HEAD.findall(m.group("years"))
    width = len(rows[0][1])
    if len(cells) != width + 1 or not all(len(r[1]) == width for r in rows):
        return None
    out = []
    for name, amounts in rows:
        starts = [amounts[0][1] - len(name)] + [at for _, at in amounts]
        out.append(([name] + [c for c, _ in amounts], (lambda col, cell=None, starts=starts: starts[col])))
    return cells, out


def _cell_per_line_table(text: str, pos: int, hi: int):
    lines: list[tuple[str, int]] = []
    p = pos
    while p < hi and len(lines) < (ALLOC_MAX_ROWS + 1) * 8:
        e = text.find("\n", p, hi)
        e = hi if e < 0 else e
        raw = text[p:e]
        cell = raw.strip(" \t\u3000")
        if not cell or len(cell) > 16:
            break  # (a cell is short: a line of prose ends the table)
        lines.append((cell, p + raw.index(cell)))
        p = e + 1
        if len(lines) == 10 and not any(ALLOC_AMOUNT_CELL.fullmatch(c) for c, _ in lines):
            return None
    k = next((i for i, (c, _) in enumerate(lines) if ALLOC_AMOUNT_CELL.fullmatch(c)), None)
    if k is None or k < 3 or k > 9 or not all(ALLOC_HEAD_CELL.fullmatch(c) for c, _ in lines[:k]):
        return None
    # the header cells; the k-th line (a name) opens the first row, or (a 序号 column first) every line before the
    # first number is a header cell and each row opens with its number (the cleaner keeps bare numbers only there)
    numbered = TABLE_NUMBER_HEAD.fullmatch(lines[0][0]) is not None
    width = k if numbered else k - 1
    label = 1 if numbered else 0
    head = [c for c, _ in lines[:width]]
    rows = []
    i = width
    while i + width <= len(lines) + 1:
        if numbered and TOTAL_ROW.fullmatch(lines[i][0]):
            chunk = [("", lines[i][1])] + lines[i:i + width - 1]  # (a 合计 row leaves its 序号 cell empty)
            step = width - 1
        else:
            chunk, step = lines[i:i + width], width
        if (len(chunk) < width or (numbered and chunk[0][0] and not chunk[0][0].isdigit())
                or not ALLOC_NAME_CELL.fullmatch(chunk[label][0])
                or not all(ALLOC_AMOUNT_CELL.fullmatch(c) for c, _ in chunk[label + 1:])):
            break
        starts = [a for _, a in chunk]
        rows.append(([c for c, _ in chunk], (lambda col, cell=None, starts=starts: starts[col])))
        i += step
    return (head, rows) if len(rows) >= 2 else None


RANGE_CELL = re.compile(r"\s*(\d+(?:\.\d+)?)\s*[～~—\-－至]{1,2}\s*(\d+(?:\.\d+)?)\s*")


def _range_cell_targets(ctx: Context, text: str, cell_at: int, m: re.Match, unit_text: str, indicator: str,
                        first: int | None, last: int, taken: set) -> list[Target]:
    out = []
    for g, cmp in ((1, ">="), (2, "<=")):
        q = _whole_quantity(m.group(g) + unit_text)
        if q is None or q.unit_kind in ("time", "age", "ordinal"):
            return []
        span = (cell_at + m.start(g), cell_at + m.end(g))
        if span in taken:
            return []
        out += [Target(task=_task_at(ctx, span[0]), indicator=indicator, value=plain(value), unit=q.unit, comparator=cmp,
                       per_year=bool(PER_YEAR.search(indicator)), year_start=first, year_end=last,
                       quote=text[span[0]:span[1]], span=span) for value, _ in q.values]
    return out


# `| 指标 | 2020年 | 2025年 | 年均/累计 | 属性 |`: the column of the change over the plan's years, read in the rows
# that give no level to reach. A plain cell is a yearly rate (`>6.5` 年均增长), a cell in 〔〕 a total over the
# period (`〔13.5〕` 累计降低); both are what the plan sets for its years (the year after the baseline to the last
# goal year).
CHANGE_HEAD = re.compile(r"年均|累计|五年累计|年均增速")
CUMULATIVE_CELL = re.compile(r"^\s*[<>≤≥＜＞]?=?\s*[〔\[［【]")


def _change_cell_targets(ctx: Context, text: str, cell_start, cells: list[str], col: int,
                         change: tuple, unit_text: str, indicator: str, taken: set) -> list[Target]:
    yearly, first, last = change
    cell = cells[col]
    m = INDICATOR_CELL.fullmatch(cell)
    if not m:
        return []
    q_text = m.group(2) + unit_text
    q = _whole_quantity(q_text)
    if q is None or q.unit_kind in ("time", "age", "ordinal"):
        return []
    start = cell_start(col, cell) + cell.index(m.group(2))
    span = (start, start + len(m.group(2)))
    if span in taken:
        return []
    per_year = yearly and not CUMULATIVE_CELL.match(cell)
    cmp = INDICATOR_CMP.get(m.group(1) or m.group(3) or "", "=")
    return [Target(task=_task_at(ctx, start), indicator=indicator, value=plain(value), unit=q.unit, comparator=cmp,
                   per_year=per_year, year_start=first, year_end=last, quote=text[span[0]:span[1]], span=span)
            for value, _ in q.values]


SCHEDULE_HEAD = re.compile(r"指标|项目|名称|任务|内容|类别")
BASELINE_LABEL = re.compile(r"基数|基期|基准|现状|实际")


def _schedule_years(cells: list[str], years: list[tuple[int, int]], issue_year: int) -> bool:
    """Consecutive years from the issue year on, headed plainly (no 基期/现状/实际 column)."""
    ys = [y for _, y in years]
    return (ys[0] >= issue_year and all(b == a + 1 for a, b in zip(ys, ys[1:]))
            and all(re.fullmatch(r"\s*(?:19|20)\d{2}\s*年(?:度)?(?:目标(?:值|任务)?)?\s*", cells[i]) for i, _ in years))


def _indicator_header(cells: list[str], issue_year: int | None):
    """(cells, indicator column, [(goal column, goal year)]) of a header row naming an indicator column
    and two or more years: the first year is the baseline, every later one (not before the issue year)
    a goal; or None."""
    ind = next((i for i, c in enumerate(cells) if len(c) <= 8 and INDICATOR_HEAD.search(c)), None)
    years = [(i, int(m.group(1))) for i, c in enumerate(cells) if (m := INDICATOR_YEAR.fullmatch(c))]
    # (s22-tbl) the schedule may follow a column labelled as the baseline (`| 2018年基数 | 2019年 | 2020年 | 2021年 |`)
    scheduled = years[1:] if years and BASELINE_LABEL.search(cells[years[0][0]]) else years
    if len(scheduled) >= 2 and issue_year and _schedule_years(cells, scheduled, issue_year):
        # `| 任务 | 2021年 | 2022年 | 2023年 |` in a plan of 2021: a year-by-year schedule, every column the
        # year's own goal (guide TG10: a bare year in a schedule is the target's year), no baseline
        ind = next((i for i, c in enumerate(cells) if len(c) <= 8 and SCHEDULE_HEAD.search(c)), None)
        if ind is not None and ind < years[0][0]:
            unit_col = next((i for i, c in enumerate(cells) if i > ind and UNIT_HEAD.fullmatch(c.strip())), None)
            return (len(cells), ind, scheduled, unit_col, None, True)
    if ind is not None and not years:
        return _undated_indicator_header(cells, ind)
    if ind is not None and len(years) == 1:
        return _one_goal_year_header(cells, ind, years[0], issue_year)
    if ind is None or len(years) < 2:
        return None
    base = min(y for _, y in years)
    goals = [(i, y) for i, y in years if y > base and i > ind and not (issue_year and y < issue_year)]
    unit_col = next((i for i, c in enumerate(cells) if i > ind and UNIT_HEAD.fullmatch(c.strip())), None)
    change_col = next((i for i, c in enumerate(cells) if i > ind and len(c) <= 12 and CHANGE_HEAD.search(c)
                       and not INDICATOR_YEAR.search(c)), None)
    last = max(y for _, y in goals) if goals else None
    change = (change_col, "年均" in cells[change_col], base + 1, last) if change_col is not None and goals else None
    return (len(cells), ind, goals, unit_col, change) if goals else None


# (s22-tbl) `| 指标 | 单位 | 现状值 | 目标值 |`: an indicator table whose columns name no year. The 目标 column is the level
# to reach by the plan's target year (spec 1.1 §7: the plan's period); the 现状/基期 column is the baseline, no target.
UNDATED_GOAL_HEAD = re.compile(r"(?:规划|预期)?目标值?")


def _undated_indicator_header(cells: list[str], ind: int):
    goal = next((i for i, c in enumerate(cells) if i > ind and UNDATED_GOAL_HEAD.fullmatch(c.strip())), None)
    unit_col = next((i for i, c in enumerate(cells) if i > ind and UNIT_HEAD.fullmatch(c.strip())), None)
    return (len(cells), ind, [(goal, None)], unit_col, None) if goal is not None else None


def _one_goal_year_header(cells: list[str], ind: int, year: tuple[int, int], issue_year: int | None):
    """`| 指标 | 单位 | 现状值 | 2025年目标 |`: one year column, labelled as the goal, is the level to reach by that year."""
    col, y = year
    if col <= ind or not ONE_GOAL_YEAR.search(cells[col]) or (issue_year and y < issue_year):
        return None
    unit_col = next((i for i, c in enumerate(cells) if i > ind and UNIT_HEAD.fullmatch(c.strip())), None)
    return (len(cells), ind, [year], unit_col, None)


ONE_GOAL_YEAR = re.compile(r"目标|预期|规划")


def _undated_goal_years(plans, pos: int) -> tuple[int | None, int | None]:
    """The years of an undated goal column: the plan's last year as the deadline (a plan for one year: that year)."""
    period = _period_at(plans, pos) if plans else None
    if not period or period[1] is None:
        return None, None
    return (period[1] if period[0] == period[1] else None), period[1]


def _merged_cells(cells: list[str], header) -> int | None:
    """How many leading cells a row of the indicator table leaves out: 0 for a full row, 1 or 2 for a
    row under a category cell merged down (`| 经济发展 | 指标A | … |` then `| 指标B | … |`, as web copies
    keep a merged cell in its first row only); None when the row does not fit the table."""
    if header is None:
        return None
    shift = header[0] - len(cells)
    if shift == 0:
        return 0
    if 0 < shift <= 2 and header[1] - shift >= 0:
        return shift
    return None


def _cell_offset(text: str, line_start: int, row: str, col: int, cell: str) -> int:
    """Where the col-th cell of the row at `line_start` starts in `text`."""
    bars = [i for i, ch in enumerate(row) if ch == "|"]
    skip = 1 if row.lstrip().startswith("|") else 0
    start = bars[col + skip - 1] + 1 if col + skip >= 1 else 0
    return line_start + row.index(cell, start)


# `用5年时间，对全省1万个左右的行政村进行全面整治`, `对500家企业开展清洁生产审核`: the units an action is
# done to, counted after 对 that opens the clause (the scope aside), are the quota (not a 对…的 condition).
ACTED_AFTER = re.compile(r"(?:左右|以上)?的?[\p{Han}]{1,12}?(?:进行|实施|实行|开展|完成|落实)(?!的)")
# (s22-tg) `对辖区21座公共厕所实施精细化管理`, `对全镇约1.2万户种植户开展技术指导`, `对列入试点的100户企业进行检查验收`: the
# units an item acts on, after the place they lie in, an approximation or a 的-phrase that names them
ACTED_ON_LEAD = re.compile(r"\s*(?:[\p{Han}]{0,4}?(?:要|将|须|应|计划|力争))?对(?:全[省市县区国州镇乡]|各地|全域|辖区内?|本[省市县区镇乡]|现有的?)?"
                           r"(?:[^，,；;。：:]{1,30}?的)?\s*(?:约|近)?\s*")


def _acted_on(text: str, q: Quantity, clause_prefix: str, clause_end: int) -> bool:
    if q.unit_kind in ("time", "age", "ordinal", "money", "percent"):
        return False
    if ("把" in clause_prefix or "将" in clause_prefix) and re.fullmatch(r"\s*(?:并|同时|还|要|力争)?\s*(?:将|把)(?:其中)?\s*", clause_prefix):
        return VERB_AFTER.match(text[q.end:clause_end]) is not None  # `并把其中1000个左右的行政村建设成…`
    if "对" not in clause_prefix:
        return False
    if not ACTED_ON_LEAD.fullmatch(NUMBERING.sub("", clause_prefix, count=1) if NUMBERING.match(clause_prefix) else clause_prefix):
        return False
    return ACTED_AFTER.match(text, q.unit_end, clause_end) is not None


# `每年为10万名贫困残疾人提供康复服务`, `为2000户困难家庭发放…`: the people a service is given to are the quota.
SERVED_AFTER = re.compile(r"[\p{Han}]{0,12}?(?:提供|开展|实施|发放|办理|落实|安排|免费|配备|配置|培训|建立|建档|安装|改造)")


def _served_count(text: str, q: Quantity, clause_prefix: str, clause_end: int) -> bool:
    p = clause_prefix.rstrip()
    if not p.endswith("为") or q.unit not in PERSON_UNITS and q.unit not in ("个", "家", "所", "户"):
        return False
    if re.search(r"(?:作|成|认定|确定|列|评)为$|(?:比例|标准|比重|总数|规模|人数|人口|数量)为$", p):
        return False  # `认定为…`, `标准为…`: a predicate, not a beneficiary
    return SERVED_AFTER.match(text, q.end, clause_end) is not None


# `下达植树造林任务5万亩，其中：甲区1万亩，乙区1.5万亩`, `培训任务分别为：甲县3000人，乙县2000人`: a quota
# broken down by place or kind after a colon; each part is a distinct demand (spec 1.1: restated sub-quantities).
BREAKDOWN_INTRO = re.compile(r"(?:其中|分别为|分别是|具体为|分解为|如下|任务为|目标为)\s*[：:]")
BREAKDOWN_OF = re.compile(r"任务|目标|指标|计划|下达|分解|\d")
BREAKDOWN_LISTED = re.compile(r"[\p{Han}（）()]{1,16}?\d+(?:\.\d+)?\s*[\p{Han}]{1,2}(?:\s*、\s*[\p{Han}（）()]{1,16}?\d+(?:\.\d+)?\s*[\p{Han}]{1,2})*")


LIST_LINE_MAX = 6  # item lines walked up to the line that introduces them


def _numbering_family(head: str) -> str | None:
    """`（一）` → "(cn", `1.` → "d.", `一、` → "cn、": the style of an item's number, None for a line without one."""
    head = head.lstrip(" \t\u3000")
    m = NUMBERING_START.match(head)
    if m is None:
        return None
    tok = m.group(0)
    return ("(" if tok[0] in "（(" else "") + ("d" if re.search(r"\d", tok) else "cn") + tok[-1]


def _list_line_under_intro(text: str, line_start: int) -> int:
    """The lines above, each an item ending in ；, lead up to a line ending in `其中：` (after a number of what is to be done,
    BREAKDOWN_OF) or in a demand verb's colon (`…分解如下：`): that line's start, else -1."""
    pos = line_start
    family = _numbering_family(text[line_start:line_start + 8])
    for _ in range(LIST_LINE_MAX):
        prev_start = text.rfind("\n", 0, pos - 1) + 1
        line = text[prev_start:pos - 1].rstrip()
        if not line:
            return -1
        if not line.endswith(("：", ":")) and _numbering_family(line[:8]) not in (None, family):
            return -1  # (a heading of another level: `一、推广的改革举措` over `（一）…6项`)
        if line.endswith(("：", ":")):
            intro = BREAKDOWN_INTRO.search(line, max(0, len(line) - 8))
            if intro is not None:
                return prev_start if BREAKDOWN_OF.search(line, 0, intro.start()) is not None else -1
            return prev_start if _verb_colon(line[:-1]) else -1
        if not line.endswith(("；", ";")) and NUMBERING_START.match(line.lstrip(" \t\u3000")) is None:
            return -1  # (an item of the list: ending in ；, or numbered like the line below)
        pos = prev_start
    return -1


VERB_COLON_NOT = re.compile(r"条件|要求|情形|标准|资格|对象|范围|包括|包含|组成|如下|以下|下列")


def _verb_colon(intro: str) -> bool:
    """An introducer that is a demand or provide verb and its object, closed by the colon (`每年安排…资金：`), not a list of
    conditions or of members (`具备以下条件：`, `成员包括：`)."""
    intro = NUMBERING.sub("", intro.strip(), count=1)
    return (0 < len(intro) <= 30 and not VERB_COLON_NOT.search(intro) and not re.search(r"[，,；;]", intro)
            and bool(_verbs_of(("demand", "provide")).present(intro)))


CONTAINS_PART = re.compile(r"(?:^|[：:])\s*[\p{Han}]{1,8}?含[\p{Han}]{1,10}$")


# (s24-tg) `三、基本设备。诊查床1张、诊桌1张、药品柜2个、处置台1个、血压计1台…`: a sentence that is only a list of objects each
# with its count, no verb (a standard's equipment or staffing list, as 办法 and their attachments write them), sets what
# each unit is to hold: quotas (spec §7 "provide"), each item a target, as a table of such counts would be.
COUNT_LIST_ITEM = r"[\p{Han}A-Za-z（）()]{1,12}?\d+(?:\.\d+)?\s*[\p{Han}]{1,2}"
COUNT_LIST = re.compile(rf"\s*{COUNT_LIST_ITEM}(?:\s*、\s*{COUNT_LIST_ITEM}){{2,}}\s*")


def _count_list_sentence(text: str, sentence_start: int, sentence_end: int) -> bool:
    if sentence_end - sentence_start > 400 or text.count("、", sentence_start, sentence_end) < 2:
        return False
    if COUNT_LIST.fullmatch(text, sentence_start, sentence_end) is None:
        return False
    return PAST.search(text, sentence_start, sentence_end) is None  # (not `现有学校5所、医院3家…`: what exists, described)


def _breakdown_item(text: str, sentence_start: int, clause_start: int, q: Quantity) -> bool:
    prefix = text[clause_start:q.start].strip()
    if "、" in prefix and text[clause_start - 1:clause_start] in "：:":
        # (s40-targets) `其中：甲村600亩、乙村500亩、丙村400亩`: each later part of the breakdown after the ones before it
        listed, prefix = prefix.rsplit("、", 1)
        if BREAKDOWN_LISTED.fullmatch(listed) is None:
            return False
        prefix = prefix.strip()
    if clause_start == sentence_start and sentence_start > 0 and text[sentence_start - 1] == "\n":
        prefix = NUMBERING.sub("", prefix, count=1).strip()  # (s14) `其中：` / `（一）县道200公里；`: an item line of the list
        if prefix and text[q.end:q.end + 1] in "，,；;。\n" and _list_line_under_intro(text, sentence_start) >= 0:
            return (len(prefix) <= 16 and re.fullmatch(r"[\p{Han}（）()]+", prefix) is not None and not _has_verb(prefix)
                    and q.unit_kind not in ("time", "age", "ordinal"))
    if (not prefix or len(prefix) > 16 or q.unit_kind in ("time", "age", "ordinal")
            or not re.fullmatch(r"[\p{Han}（）()]+", prefix) or _has_verb(prefix)):
        return False
    if text.find("：", sentence_start, clause_start) < 0 and text.find(":", sentence_start, clause_start) < 0:
        return False
    if text[clause_start - 1:clause_start] in "：:" and _verb_colon(text[sentence_start:clause_start - 1]):
        return True  # (s14) `每年安排农村公路建设资金：县级财政1000万元、乡镇500万元`: the amounts of what the verb delivers
    intro = None
    for intro in BREAKDOWN_INTRO.finditer(text, sentence_start, clause_start):
        pass
    if intro is None:
        return False
    if BREAKDOWN_OF.search(text, sentence_start, intro.start()) is not None:
        return True
    # (s40-targets) `全年完成改造面积8000亩。其中：甲村600亩、…`: a 其中 that opens its own sentence breaks down the total of
    # the sentence before it (spec §7: a restated sub-quantity that is a distinct demand), in the same unit
    if text[sentence_start:intro.start()].strip(" \t\u3000") or intro.group(0)[:2] != "其中" or not q.unit:
        return False
    before = text.rfind("\n", 0, sentence_start) + 1
    last_end = text.rfind("。", before, max(before, sentence_start - 1))
    total = text[last_end + 1:sentence_start]
    return re.search(r"\d\s*" + re.escape(q.unit), total) is not None and PAST.search(total) is None


# a short label in quotation marks (`“煤改电”`, `‘两癌’`), read as its words
# ((s31-tg) also between straight quotes, as web copies type them: `，"个转企"20户`)
QUOTED_LABEL = re.compile(r"[“‘「]([\p{Han}A-Za-z0-9]{1,8})[”’」]|\"([\p{Han}A-Za-z0-9]{1,8})\"")


def _listed_noun(prefix: str, q: Quantity, last_unit: str | None) -> bool:
    """`培育小巨人企业50家，专精特新企业500家，创新型中小企业3000家`, `奖励国家级中心100万元，省级50万元`: a comma
    clause that is only a noun and its count or amount (an amount in the unit of the one before)
    continues the list of the clause before it (the number after its noun, spec 1.1)."""
    # (s28-tg2) `其中“煤改气”35万户、“煤改电”45万户`: a kind named in quotation marks is still only a noun before its count
    prefix = QUOTED_LABEL.sub(lambda m: m.group(1) or m.group(2), prefix)
    return (q.token == "ar" and (q.unit_kind == "count" or q.unit == last_unit
                                 or (q.unit_kind in ("money", "measure") and INDICATOR_NOUN.search(prefix) is not None))
            and 2 <= len(prefix) <= 16
            and re.fullmatch(r"[\p{Han}A-Za-z0-9]+", prefix) is not None and not _has_verb(prefix)
            and not prefix.endswith(("的", "等", "共", "各", "第")))


# (s33-tg) `镇本级储备：编织袋20000条，彩条布5000平方米，砂石料500立方米，冲锋舟2艘`: a list of the goods a level is to stock or
# equip itself with, under a colon after its verb (储备, 配备, 备足…), gives each good its amount in the good's own unit; every
# clause that is only the good's name and its amount continues the list (spec §7: quotas, the amounts it is to hold).
STOCK_LIST_INTRO = re.compile(r"(?:储备|配备|备足|备齐|准备|配置|购置)(?:物资|器材|装备)?\s*[：:]")


def _stock_item(text: str, sentence_start: int, clause_start: int, q: Quantity) -> bool:
    if q.token != "ar" or q.unit_kind not in ("count", "measure"):
        return False
    colon = max(text.rfind("：", sentence_start, clause_start), text.rfind(":", sentence_start, clause_start))
    if colon < 0 or STOCK_LIST_INTRO.search(text, max(sentence_start, colon - 8), colon + 1) is None:
        return False
    prefix = text[clause_start:q.start]
    return (1 <= len(prefix) <= 10 and re.fullmatch(r"[\p{Han}]+", prefix) is not None and not _has_verb(prefix)
            and not prefix.endswith(("的", "等", "共", "各", "第")))


# `到2020年，全县茶园面积发展到10万亩，茶叶产量5000吨，综合产值突破20亿元`: a clause that is only an indicator's name
# (产量, 收入, 产值, 规模…) and its amount continues the goal list before it, whatever its unit.
INDICATOR_NOUN = re.compile(r"(?:产量|总产|产值|收入|总额|总量|规模|面积|增加值|营业额|销售额|交易额|成交额|出口额|税收|里程|容量|库容|能力)$")  # ((s28-tg) `建设田头预冷库50座，库容1.2万吨`)


# (s15e) `到2025年，轮作面积500万亩`, `到2025年，千兆宽带用户数6000万户`: the clause right after a goal deadline that is
# only an indicator's name and its amount (no verb) is the goal (spec 1.1 §7: the number after its noun).
GOAL_DEADLINE_CLAUSE = re.compile(r"(?:^|[。；;\n])\s*(?:力争|确保|争取)?\s*(?<!截)(?:到|至)\s*(?:19|20)\d{2}\s*年(?:底|末)?\s*[，,]\s*$")
COUNT_NOUN = re.compile(r"(?:用户数|户数|人数|数量|个数|家数|总数)$")


def _goal_noun_clause(text: str, sentence_start: int, clause_start: int, q: Quantity) -> bool:
    if clause_start <= sentence_start or q.token != "ar":
        return False
    prefix = _strip_scope(text[clause_start:q.start]).strip()
    if not (2 <= len(prefix) <= 12) or re.fullmatch(r"[\p{Han}A-Za-z0-9]+", prefix) is None or _has_verb(prefix):
        return False
    if not ((q.unit_kind in ("money", "measure") and INDICATOR_NOUN.search(prefix))
            or (q.unit_kind == "count" and COUNT_NOUN.search(prefix))):
        return False
    return GOAL_DEADLINE_CLAUSE.search(text[max(0, sentence_start - 1):clause_start]) is not None


# `个人和单位缴费比例各为0.2%`, `由基金、单位和个人各按30%的比例负担`: one amount for each of the parties
# named before 各 (a target each).
# ((s22-tg) also a verb of choosing or building after 各: `在甲区、乙区各选择2个乡镇开展试点`)
EACH = re.compile(r"([\p{Han}（）()]{1,16}?(?:(?:和|与|及|、)[\p{Han}（）()]{1,16}?)+)各\s*(?:(?:为|按|按照|占|承担|出资|负担|支付|补助|补贴|安排|提供|"
                  r"选择|选取|确定|遴选|推荐|建设|建成|培育|打造|创建|新建|配备|设立|认定)?\s*"
                  # ((s30-tg) a floor or cap after a verb of choosing or building, `在甲县、乙县、丙县各选择不少于3个村开展示范`:
                  # one each; not after a bare 各, `丰水期、枯水期各不少于1次`, a frequency)
                  r"|(?:选择|选取|确定|遴选|推荐|建设|建成|培育|打造|创建|新建|配备|设立|认定)\s*(?:不少于|不低于|至少|最少|不超过|不多于|最多)\s*)$")
# (s31-tg2) classes of road listed before 两侧/沿线 and one distance (`国道、省道两侧建筑控制区不少于20米`): one each
ROAD_CLASS = r"(?:国道|省道|县道|乡道|村道|高速公路|铁路|干线公路)"
ROADS_EACH = re.compile(r"(?<![\p{Han}])(" + ROAD_CLASS + r"(?:、" + ROAD_CLASS + r")+)(?:两侧|两旁|沿线)[\p{Han}]{0,8}?"
                        r"(?:应当|应|须)?\s*(?:不少于|不低于|不小于|不得少于|为)?\s*$")
# (s31-tg2) places of one kind listed, then `每区`/`每县`/`每个镇` and a bound: the quota is each place's (guide TG19)
PLACES_EVERY = re.compile(r"(?<![\p{Han}])(?:其中)?((?:[\p{Han}]{1,8}?(?:区|县|市|镇|乡|旗|街道)、)+[\p{Han}]{1,8}?(?:区|县|市|镇|乡|旗|街道))"
                          r"\s*每个?(?:区|县|市|镇|乡|旗|街道)\s*(?:均|都)?\s*(?:要|应|须)?\s*(?:不少于|不低于|至少|达到|完成|新增|建成)?\s*$")


ITEM_SEP = re.compile(r"、|和(?!率)|与(?!率)|及(?!率)")  # (not the 及 of 普及率, the 与 of 参与率)
# (s19-tg) `参保率、家庭医生签约服务率保持100%`: rates listed side by side, each named in full, and one level: one each
LISTED_RATES = re.compile(r"((?:[\p{Han}\dA-Za-z]{1,16}?(?:率|比例|比重)\s*(?:、|和|及|与)\s*){1,4}[\p{Han}\dA-Za-z]{1,16}?(?:率|比例|比重))"
                          r"\s*(?:要|应|力争|确保)?\s*(?:保持在?|稳定在|达到|达|提高到|提升到|不低于|控制在|在)\s*$")
SECOND_VALUE = re.compile(r"\s*(?:以上|以下|左右)?\s*(?:[、和及与，,]|以及)\s*(?:[\d０-９一二两三四五六七八九十百千万]|百分之)")
# (s19-tg) `评选“十佳农民”“致富带头人”各10名`: 各 after titles in quotes set side by side, one quota each.
EACH_QUOTED = re.compile(r"((?:[“\"][^“”\"]{1,20}[”\"]\s*[、和及与]?\s*){2,6})各\s*$")
# (s19-tg) `孕产妇系统管理率和儿童系统管理率均达到90%以上`, `水稻、玉米、大豆良种覆盖率均稳定在98%以上`: one level
# shared by indicators listed before 均/都 (the last one names the measure: 率, 比例, 收入…) is a target for each.
# ((s25-tg) also a total or a concentration, as air and water plans write them: `二氧化硫、氮氧化物排放总量分别比2015年下降
# 15%以上`, `PM2.5和PM10年均浓度均下降10%`)
# (s28-tg2) the baseline the change is measured from, a year or the year before (`较上年分别提升2个百分点`, `同比均下降5%`)
SHARED_BASE = r"(?:\s*(?:(?:较|比)\s*(?:(?:19|20)\d{2}\s*年(?:底|末)?|上年度?|去年|上一年)|同比))?"
SHARED_LEVEL = re.compile(r"([\p{Han}\dA-Za-z.（）()]{1,20}?(?:(?:和|与|及|、)[\p{Han}\dA-Za-z.（）()]{1,20}?)+"
                          r"(?:率|比例|比重|收入|增加值|产值|覆盖面|使用量|排放量|用量|消耗量|产量|人数|总量|浓度|时间|水平|程度|指数))"
                          + SHARED_BASE + r"(?P<m>均|都|分别)"
                          + SHARED_BASE + r"\s*(?:要|应|力争|稳定|保持|控制)?\s*"
                          # ((s29-tg2) a processing time cut by a share for each subject, `办理、审批时间均较上年压缩20%以上`:
                          # one cut per subject, guide TG52 keeps a percentage cut of a processing time)
                          r"(?:达到|达|(?:提高|提升|增加|下降|降低|减少|降)到?|增长|压缩|缩短|稳定在|保持在|控制在|不低于|不少于|不超过|超过|在)?\s*$")


# (s29-tg2) a class named by a bound glued to its noun, no 的: `千人以上集中式供水工程`, `万人以下水厂`, `海拔3500米以上地区`
STOREY_CLASS_NOUN = re.compile(r"\s*(?:及)?(?:以上|以下)\s*(?:[（(][^（）()]{0,8}[）)])?\s*的?\s*[\p{Han}]{0,4}?(?:建筑物|建筑|住宅|楼房|房屋)")
SCOPE_AREA_UNITS = frozenset(("平方公里", "平方千米", "公顷", "平方米", "亩"))
AREA_STATED = re.compile(r"\s*(?:总|辖区|区域|规划|占地)?面积\s*(?:约|近|为|约为)\s*")
# (s38-targets) a bound that names a class of products or units, its measure and a demand with its own number following in the
# clause: `60兆帕以上混凝土用量达到总用量的10%`, `400兆帕以上热轧带肋钢筋用量达到45%`, `单机容量30万千瓦以上机组比重提高到80%`
MEASURED_CLASS_AFTER = re.compile(r"\s*(?:及)?(?:以上|以下)\s*(?:的)?[\p{Han}]{1,10}?(?:用量|使用量|应用量|比例|占比|比重|份额)"
                                  r"\s*(?:要|应|须|力争|确保)?\s*(?:达到|提高到|提高至|提升到|提升至|不低于|不少于|超过|占)"
                                  r"[^，,；;。\d]{0,12}?\d")
SIZE_CLASS_NOUN = re.compile(r"\s*(?:及)?(?:以上|以下)\s*(?:[\p{Han}]{0,6}?(?:供水)?(?:工程|水厂|地区|区域|牧区|山区|高原))(?![\p{Han}]{0,2}\d)")


# (s21-tg) `挤奶机械、烘干机单机补贴额不超过12万元`, `镍、钴、锰回收率不低于98%`: a cap, rate or standard right after
# objects listed with 、 (the last may be joined by 和/及/与) is shared by each named object (guide TG19 and the
# answers to the A8/A9 adjudicators: one target per object), unlike a total counted over a list (`新建、改扩建渔港15个`,
# a count) or an amount pooled by payers (`省、市、县财政补助标准`, `中央和省级补助资金`).
LISTED_ITEM = r"[\p{Han}\dA-Za-z（）()]{1,16}?"
LISTED_OBJECTS_LEVEL = re.compile(r"((?:" + LISTED_ITEM + r"、)+" + LISTED_ITEM + r"(?:(?:和|及|与)(?!以上|以下|其)" + LISTED_ITEM + r")?)"
                                  r"(?:单机|单台|单套|每台|每套|每户|每人|每亩|每个)?[\p{Han}]{0,6}?(?P<level>率|比例|比重|补贴额|补助额|奖补额|奖励额|补贴标准|补助标准|奖补标准)"
                                  r"\s*(?:原则上|一般|最高|要|应当|应|须|必须|力争|确保|可)?\s*(?:不超过|不低于|不高于|不少于|"
                                  # ((s39b-arttargets) the 不得 of a rule's standard, `次干道、支路亮灯率不得低于96%`)
                                  r"不得超过|不得低于|不得高于|不得少于|达到|达|提高到|提升到|为|在|"
                                  # ((s26-central) and the verbs of a level lowered or held, `…电能利用效率降到1.3以下`)
                                  r"降到|降至|下降到|下降至|控制在|保持在|稳定在)?\s*$")
# (s23-tg: not the first character of a kind of place, `省会城市`, `市辖区`, `县城`, `村庄`: a list of places each set a level)
OBJECT_SEP = re.compile(r"、|和|与|及(?!以上|以下)")  # (s23-tg: `地级及以上城市` is one kind of place)
# (s25-swap2) not the first character of a place's name (`镇江市、泰州市…覆盖率`, `乡宁县`, `镇雄县`: a list of places, each its
# own level), where a level word opens a name that ends one or two characters on in 市/县/区/州/旗/盟
# ((s29-tg2) nor a road of a level, `县道`, `乡道`, `村道`: kinds of road, each its own share)
PAYER_ITEM = re.compile(r"^(?:中央|国家|省|市|县|区|州|盟|旗|乡|镇|村|自治区|自治州|自治县)(?![会辖城域庄民直属道])"
                        r"(?![\p{Han}]{1,2}[市县区州旗盟])(?:级)?(?:财政|政府)?(?:三级|两级|各级)?")


INCLUDED_NOTE = re.compile(r"[（(](?:含|包括|包含)[^（）()]*[）)]")
# (s36-tg) `主要道路“三线”（电力线、通信线、有线电视线）上改下完成率`: a bracketed list right after a quoted or counted term
# spells out what the term names (its gloss), one object, as INCLUDED_NOTE's bracket
GLOSS_NOTE = re.compile(r"(?<=[”\"]|[一二两三四五六七八九十\d][\p{Han}]{1,2})[（(][^（）()\d]*、[^（）()\d]*[）)]")
AMOUNT_BEFORE_LIST = re.compile(r"[\d%％‰]\s*$")


# (s26-lead) Two named objects joined by 和 or 及 before one rate (`企业主要负责人和安全管理人员持证上岗率达到100%`,
# `农产品批发市场和大型超市…覆盖面达到100%`): the rate is set for each (guide TG22: TG19 splits one rate set for several
# named objects, `X、Y覆盖率`, and 和 joins two as 、 does). Not 与, which names the two parties of one relation
# (`用人单位与外来务工人员劳动合同签订率`); not 及以上/及时/及其; not two steps of one process (`收集和处理率`).
# ((s28-tg) a bracketed alternative name inside the second object, `城市和县镇中小学校卫生室（保健室）设置率`)
TWO_OBJECTS_RATE = re.compile(r"(?P<x>[\p{Han}\dA-Za-z]{2,12}?)(?:和|及(?!以上|以下|时|其))(?P<y>[\p{Han}\dA-Za-z“”\"（）()]{4,24}?)"
                              r"(?:率|覆盖面)\s*(?:要|应当|应|须|必须|力争|确保)?\s*"
                              r"(?:达到|达|保持在|保持|提高到|提升到|不低于|不得低于|稳定在)?\s*$")
PROCESS_STEP = re.compile(r"收集|运输|转运|处理|处置|利用|回收|治理|改造|建设|管理|监测|检测|检查|办结|签订|签约|覆盖|达标|合格|"
                          r"收运|清运|分类|上报|办理|审核|审批|登记|备案")


def _process_steps(y: str) -> bool:
    """`处理`, `处置利用`, `处理覆盖`: what follows 和 is a second step of one process, not a second object."""
    m = PROCESS_STEP.match(y)
    return m is not None and len(y) - m.end() <= 4


def _two_objects(clause_prefix: str, unit_kind: str | None) -> int:
    if unit_kind != "percent" or ("和" not in clause_prefix and "及" not in clause_prefix):
        return 1
    m = stdlib_twin(TWO_OBJECTS_RATE).search(clause_prefix, max(0, len(clause_prefix) - 50))
    if not m:
        return 1
    x, y = m.group("x"), m.group("y")
    if "的" in x or "的" in y or "等" in x or "等" in y or "与" in x or _process_steps(y) \
            or PROCESS_STEP.search(x[-2:]) or PAYER_ITEM.match(x) or _has_verb(x) or _has_verb(y[:4]):
        return 1
    return 2


# 等 closing examples, not a grade word (`中等`, `高等`: (s29-tg2) `乡道、村道优良中等路比例`, roads of a grade)
EXAMPLES_CLOSED = re.compile(r"(?<![中高初上同次])等")


def _listed_objects(clause_prefix: str, after: str, unit_kind: str | None) -> int:
    if "、" not in clause_prefix and not SECOND_VALUE.match(after):
        return _two_objects(clause_prefix, unit_kind)
    if unit_kind not in ("percent", "permille", "money", "ratio") or "、" not in clause_prefix or SECOND_VALUE.match(after):
        return 1
    if ("（" in clause_prefix or "(" in clause_prefix) and GLOSS_NOTE.search(clause_prefix):
        clause_prefix = GLOSS_NOTE.sub("", clause_prefix)
        if "、" not in clause_prefix:
            return 1
    if "含" in clause_prefix or "包括" in clause_prefix:  # ((s25-tg) `居民小区（含开放式小区、老旧小区）…配置率`: what one
        clause_prefix = INCLUDED_NOTE.sub("", clause_prefix)  # object includes, in its bracket, is no list of objects)
        if "、" not in clause_prefix:
            return 1
    m = stdlib_twin(LISTED_OBJECTS_LEVEL).search(clause_prefix, max(0, len(clause_prefix) - 110))  # (the same match, ~3x faster)
    if not m or "的" in m.group(1) or "等" in m.group(1) or EXAMPLES_CLOSED.search(clause_prefix, m.end(1), m.start("level")):
        return 1  # (`棉花、小麦等主要作物良种覆盖率`: examples of one class, one indicator; (s27-tg) also where the lazy list
        # stops before the 等, `100马力以上大型拖拉机、高性能青饲料收获机等单机补贴额`)
    if "与" in m.group(1):
        return 1  # (s27-tg) `学生、教师、学校基础数据库与教育事业统计数据比对一致率`: 与 names the two parties of one relation, the
        # rate is of that relation, one target (guide TG33)
    if re.match(r"(?:以上|以下|左右|以内)、", m.group(1)) and AMOUNT_BEFORE_LIST.search(clause_prefix, 0, m.start(1)):
        return 1  # ((s25-tg) `投放准确率80%以上、居民知晓率95%以上`: the 、 parts two levels, each its own amount)
    items = re.split(OBJECT_SEP, m.group(1))
    if m.group("level") in ("比例", "比重") and not _parallel_predicates(items) and not _kinds_of_one_noun(items, clause_prefix[m.end(1):m.end(1) + 2]):
        return 1  # (s22-tg2) a 比例 after a list is often one share of the whole (`中级、高级职称人员比例`); split only `通…、通…比例`
        # ((s29-tg2) and kinds of one noun, `县道、乡道优良路比例`: a share of each kind, guide TG19)
    # ((s26-central) the lazy match may cut the last item inside its word (`城市、县城污水处理率` → `县`): the characters after
    # the cut go with it, so that the payer test reads `县城`, a kind of place, not the level 县)
    items[-1] += clause_prefix[m.end(1):m.end(1) + 2]
    return _objects_named(items)


# (s30-tg) `失能、半失能老年人签约率`, `失能、部分失能人员照护覆盖率`: a condition and its partial degree name one group of
# people (those who need care), the rate is of that group: one target, not one per degree (guide TG19 needs named objects)
PARTIAL_DEGREE = re.compile(r"\s*(?:半|部分|轻度|中度)")


def _degrees_of_one_condition(items: list[str]) -> bool:
    first = items[0].strip()
    first = NUMBERING.sub("", first, count=1) if NUMBERING.match(first) else first
    tail = first[-3:] if len(first) >= 3 else first  # (the condition is the first item's end: `前失能` → `失能`)
    second = items[1].strip()
    m = PARTIAL_DEGREE.match(second)
    return len(items) == 2 and m is not None and len(tail) >= 2 and (second[m.end():].startswith(tail[-2:]))


# (s38-targets) what may follow a payer's level word in its item: nothing, or the payer's money or body (`市三级财政`, `省级
# 补助资金`, `乡镇财政`, `市本级配套`)
PAYER_REST = re.compile(r"\s*(?:镇|本级|[（(][^（）()]{1,8}[）)])?\s*(?:级)?\s*(?:财政|政府|资金|补助|补贴|奖补|投入|配套|预算|$)")


def _payer_item(item: str) -> bool:
    """An item of a list that names a payer (`中央`, `省级财政`), not a kind of unit or place that opens with a level word
    (`乡镇便民服务中心`, `村级便民服务代办点`: the objects a rate is set for, guide TG19)."""
    m = PAYER_ITEM.match(item)
    return m is not None and PAYER_REST.match(item, m.end()) is not None


def _objects_named(items: list[str]) -> int:
    """How many objects a list names (at most 6), or 1 where it is no list of objects: an item's number among them
    (`二、在巩固…普及率达到90%`), a payer (`中央、省、市三级财政`), or the list the object of a verb (`推广小麦、玉米优良品种
    覆盖率`: the rate one indicator of the whole)."""
    if len(items) == 2 and _degrees_of_one_condition(items):
        return 1
    if any(item.count("（") + item.count("(") != item.count("）") + item.count(")") for item in items):
        return 1  # (s38-targets) `县（市、区）…率`: the 、 parts a bracket's alternatives, no list of objects
    if any(re.fullmatch(r"\s*[一二三四五六七八九十\d]{1,3}\s*", item) or _payer_item(item.strip()) for item in items) \
            and not _graded_kinds(items) \
            or (_has_verb(_past_attribute(items[0])) and not _parallel_predicates(items)):
        return 1
    if len(items) > 6 and all(PLACE_NAMED_ITEM.fullmatch(item.strip()) for item in items[:-1]):
        return min(len(items), 20)  # (s33-tg2) `A市、B市、…、F市和G地区所在地城市…处理率`: a level for each place the list names
        # (guide TG19), also past six where every item but the last (which runs on into the noun) is a place's name
    return min(len(items), 6)


# (s33-tg2) a place's name as an item of a list: a short name ending in its level word
PLACE_NAMED_ITEM = re.compile(r"[\p{Han}]{1,6}?(?:市|县|区|州|盟|旗|地区|自治州|自治县)")


# (s26-tgleft) `新建大型、超大型规模养殖场…配套率`, `在建中型、小型水库…完成率`: 新建/在建/改扩建 before a kind says which
# objects the rate is of (the new ones), no action the rate measures (unlike `推广小麦、玉米优良品种覆盖率`): the list of
# kinds after it is still a list of objects (guide TG19). Only before a kind of size or grade, so `新建、改扩建…` stays.
ATTRIBUTE_VERB = re.compile(r"^\s*(?:新建|新改扩建|改扩建|在建|已建|新增|现有)(?=[超特]?[大中小]型|[一二三四五]级|[甲乙丙丁]级)")


# (s27-tg) `国家级、省级工业园区再生水利用率`: levels written with 级 before a kind of unit that is not money or a government
# (园区, 医院, 示范区) name graded kinds of that unit, one object each (guide TG19), not payers (`中央、省级财政`, `省级补助资金`).
LEVEL_GRADE = re.compile(r"(?:国家|省|市|县|区|州|自治区)级")
PAYER_NOUN = re.compile(r"(?:财政|政府|资金|补助|补贴|奖补|投入|配套|预算)")


def _graded_kinds(items: list[str]) -> bool:
    if not all(LEVEL_GRADE.match(item.strip()) for item in items):
        return False
    rest = items[-1].strip()[LEVEL_GRADE.match(items[-1].strip()).end():]
    return rest != "" and PAYER_NOUN.match(rest) is None


def _past_attribute(item: str) -> str:
    m = ATTRIBUTE_VERB.match(item)
    return item[m.end():] if m else item


# (s29-tg2) `县道、乡道优良路比例`, `国道、省道养护比例`: kinds named by one head noun (道, 路, 站), each takes the share (guide
# TG19: one level set for several named objects), unlike grades of one kind (`中级、高级职称人员比例`: 级, the share of both)
GRADE_HEADS = "级型类等档星性式"


def _kinds_of_one_noun(items: list[str], after: str) -> bool:
    """Every item as long as the first and ending in its head character; the lazy list may cut the last item inside
    its word (`乡道、村道…` → `村`), so it is read on with the characters after the match."""
    names = [item.strip() for item in items[:-1]] + [items[-1].strip() + after]
    size = len(names[0])
    if not 2 <= size <= 4 or any(len(n) != size for n in names[1:-1]) or len(names[-1]) < size:
        return False
    head = names[0][-1]
    return head not in GRADE_HEADS and all(n[size - 1] == head for n in names[1:])


def _parallel_predicates(items: list[str]) -> bool:
    """(s22-tg2) `贫困村通硬化路、通动力电、通宽带网络比例`: every item opens with the same verb, the first after its
    subject; each `通…` names its own indicator (guide TG19), no list of objects of one verb."""
    verb = items[1][:1] if len(items) > 1 else ""
    if not verb or not all(item.startswith(verb) for item in items[1:]):
        return False
    at = items[0].rfind(verb)
    return at > 0 and not _has_verb(items[0][:at])


# (s22-tg) No split for an amount per household or head after kinds or groups listed (`三格式、双瓮式卫生厕所，每户补助1500元`,
# `对甘孜州、阿坝州…，每户在上述标准基础上增加1万元`, `贫困户劳动力和“两后生”每人补助150元`): the list says who qualifies, one
# target (guide TG22, as the S21 adjudication of A3–A5 reads a36, a47 and a52; s21-tg had split them under TG19).


# (s23-tg) `设市城市污水集中处理率达到25%，直辖市、省会城市和重点风景旅游城市达到40%以上`: a comma clause after a rate
# whose subject is only a list of kinds of place (the indicator left to the clause before) sets that rate for each of
# them (guide TG19), as `直辖市、省会城市…污水集中处理率达到40%` written in full would.
ELLIPTIC_SUBJECTS = re.compile(r"\s*((?:[\p{Han}]{2,12}?、)+[\p{Han}]{2,12}?(?:(?:和|及|与)[\p{Han}]{2,12}?)?)"
                               r"\s*(?:要|应|须|力争|确保|均)?\s*(?:达到|达|不低于|提高到|提升到|保持在|稳定在|在)\s*")


# (s31-tg, guide TG33) `处理率达到90%以上，其中镇区和中心村达到100%`: two parts of the whole the rate before was set for,
# joined by 和/及 after 其中, each reach the level (one target each, as TG33 splits a rate set for two named objects)
ELLIPTIC_PAIR = re.compile(r"\s*其中\s*([\p{Han}]{2,8}?)(?:和|及(?!以上|以下))([\p{Han}]{2,8}?)\s*(?:要|应|须|力争|确保|均|都)?\s*"
                           r"(?:达到|达|不低于|提高到|提升到|保持在|稳定在)\s*")


def _elliptic_subjects(clause_prefix: str) -> int:
    pair = ELLIPTIC_PAIR.fullmatch(clause_prefix)
    if pair is not None:
        items = [pair.group(1), pair.group(2)]
        return 1 if any("的" in x or RATE_WORD.search(x) or _has_verb(x) for x in items) else 2
    m = ELLIPTIC_SUBJECTS.fullmatch(clause_prefix)
    if m is None or "的" in m.group(1) or "等" in m.group(1) or RATE_WORD.search(m.group(1)):
        return 1
    items = re.split(OBJECT_SEP, m.group(1))
    if any(_has_verb(item) for item in items):
        return 1
    return _objects_named(items)


RATE_WORD = re.compile(r"率|比例|比重|占比|总量|数量|面积|规模")
# (s36-tg) `…绿地面积占建设用地总面积的比例，应当符合下列规定：` / `（三）工业企业、仓储区、交通枢纽、商业中心不低于20%；`: an item of
# a list whose lead-in names the rate gives the rate's level to the kinds its subject lists, one each (guide TG19), as
# ELLIPTIC_SUBJECTS reads the clause after a rate; `医院、学校等单位` (等: one class) stays one
LIST_ITEM_NUMBER = re.compile(r"[ \t\u3000]*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、]|[一二三四五六七八九十]{1,3}、)[ \t\u3000]*")
RATE_LEAD_IN = re.compile(r"(?:率|比例|比重|占比)[^。；;\n]{0,20}?(?:下列|以下|如下)[^。；;\n]{0,6}[：:][ \t\u3000]*$")


def _listed_item_subjects(text: str, lo: int, clause_start: int, clause_prefix: str) -> int:
    if text[clause_start - 1] != "\n":
        return 1
    m = LIST_ITEM_NUMBER.match(clause_prefix)
    if m is None:
        return 1
    pos = clause_start - 1
    for _ in range(10):  # up the list's items to its lead-in
        start = text.rfind("\n", lo, pos) + 1
        line = text[start:pos]
        if RATE_LEAD_IN.search(line):
            return _elliptic_subjects(clause_prefix[m.end():])
        if not LIST_ITEM_NUMBER.match(line) or start <= lo:
            return 1
        pos = start - 1
    return 1


# (s22-tg3) `游客人次达到1300万人次以上、旅游收入达到210亿元以上，年均增长均保持在15%以上`: a growth rate shared by 均 over
# the levels the clause before sets side by side (joined by 、) is one target for each indicator (guide TG19).
GROWTH_EACH = re.compile(r"\s*(?:年均|每年|年)?(?:增长|增速|增幅|递增)(?:率|速度)?均")
LEVEL_SET = re.compile(r"(?:达到|突破|超过|实现|保持在?)\s*\d")


# (s30-tg) `进口、出口整体通关时间分别控制在30小时、1.2小时以内，较2022年分别压缩20%以上`: a change shared by the
# indicators of the clause before it, which lists one value each after its own 分别 (whether or not those values are
# targets: time limits are out, guide TG41); one change for each (guide TG19)
RESPECTIVE_VALUES = re.compile(r"分别[^，,；;。]*$")
RESPECTIVE_VALUE = re.compile(r"(?<![\d.])(?!(?:19|20)\d{2}\s*年)\d[\d.]*")


SURCHARGED_PART = re.compile(r"超(?:过|出|用|采|计划|定额|标准|指标|核定)?[\p{Han}]{0,8}?部分[^。；;]{0,20}?(?:按|加收|征收|收取|计收)")


# (s30-tg, guide TG61) a change from a baseline written value by value after a clause that set the same indicators' levels
# value by value (`良种覆盖率分别提高到90%和80%，较2020年分别提高6个和4个百分点`) restates those levels: no second target
CHANGE_BY_VALUES = re.compile(r"\s*(?:并|且|同时)?\s*(?:较|比)\s*(?:(?:19|20)\d{2}\s*年(?:底|末)?|上年|去年)\s*分别\s*"
                              r"(?:提高|提升|增长|增加|下降|降低|减少|压缩)(?:了)?\s*")
LEVELS_BY_VALUES = re.compile(r"分别\s*(?:提高到|提升到|提高至|提升至|达到|降到|降至|降低到|下降到|控制在|稳定在)[^，,；;。]*$")


def _restated_change(text: str, sentence_start: int, clause_start: int, clause_end: int) -> bool:
    clause = text[clause_start:clause_end]
    m = CHANGE_BY_VALUES.match(clause)
    if m is None:
        return False
    own = len(RESPECTIVE_VALUE.findall(clause, m.end()))
    head = text[sentence_start:clause_start].rstrip("，, ")
    cut = max(head.rfind("，"), head.rfind(","), head.rfind("；"), head.rfind(";"))
    levels = LEVELS_BY_VALUES.search(head, cut + 1)
    # (only a rate restated in points, `提高到35%和65%，…分别提高5个和8个百分点`: a cut of an amount against a baseline,
    # `排放总量分别控制在2001万吨、207万吨以内，比2015年分别下降10%、10%`, is a demand of its own, as the national plans set it)
    return (own >= 2 and levels is not None and len(RESPECTIVE_VALUE.findall(levels.group(0))) == own
            and ("%" in levels.group(0) or "％" in levels.group(0)) and "百分点" in clause)


def _respective_values_before(text: str, sentence_start: int, clause_start: int) -> int:
    head = text[sentence_start:clause_start].rstrip("，, ")
    cut = max(head.rfind("，"), head.rfind(","), head.rfind("；"), head.rfind(";"))
    m = RESPECTIVE_VALUES.search(head, cut + 1)
    n = len(RESPECTIVE_VALUE.findall(m.group(0))) if m else 0
    return min(n, 5) if n >= 2 else 1


# (s30-tg, guide TG22) `考核为优秀的，按照每个村5万元标准给予奖补；良好的，每个村3万元；合格的，每个村1万元`: after the
# first grade's amount with its verb, each later grade (`良好的，`) takes its own amount per unit with the verb left out:
# amounts provided per grade (spec §7), written as the first one is
GRADE_CLAUSE = re.compile(r"[；;]\s*[\p{Han}（）()]{1,10}的\s*[，,]\s*$")
PER_UNIT_ONLY = re.compile(r"\s*(?:按照?)?\s*每[\p{Han}（）()]{1,6}\s*$")
FIRST_GRADE_AMOUNT = re.compile(r"每[\p{Han}（）()]{1,6}\s*\d[\d.]*\s*[万千亿]?元")


# (s33-tg2, guide TG3/TG22) `选择100元档次缴费的，每人每年补贴30元；选择300元档次的，补贴40元；选择500元及以上档次的，补贴50元`:
# a later grade (`；…的，`) that writes only its verb and amount keeps the first grade's `每年`: the same subsidy, per year
LATER_GRADE = re.compile(r"[；;]\s*[^；;。，,：:]{1,20}的\s*[，,]\s*$")
FIRST_GRADE_YEARLY = re.compile(r"每(?:[\p{Han}]{1,3}每)?年\s*(?:[\p{Han}]{1,6})?\s*\d[\d.]*\s*[万千亿]?元")


def _graded_per_year(text: str, sentence_start: int, clause_start: int, clause_prefix: str) -> bool:
    if "每" in clause_prefix or "年" in clause_prefix or len(clause_prefix.strip()) > 6:
        return False
    grade = LATER_GRADE.search(text, max(sentence_start, clause_start - 24), clause_start)
    return grade is not None and FIRST_GRADE_YEARLY.search(text, sentence_start, grade.start()) is not None


# (s40-targets, spec §7 amounts provided, guide TG22) `给予一次性交通补贴，省外每人500元、省内县外每人300元`, `给予生活费补贴，每人每天
# 20元`: the grant named in a clause of its own, then its amount per head (for each category, one each) in the clause after
GRANT_CLAUSE_BEFORE = re.compile(r"(?:给予|发放)[\p{Han}]{0,12}?(?:补贴|补助|奖励|奖补|资助|津贴)\s*[，,：:]\s*$")
PER_HEAD_AMOUNT_ONLY = re.compile(r"\s*(?:[\p{Han}（）()]{0,8}?每(?:人|户|名|家|个|所|亩|头|吨)[\p{Han}]{0,4}?\d[\d.]*\s*[万千]?元\s*、\s*)*"
                                  r"[\p{Han}（）()]{0,8}?每(?:人|户|名|家|个|所|亩|头|吨)(?:每(?:年|月|天|日|次))?\s*(?:一次性)?\s*$")


def _per_head_after_grant(text: str, sentence_start: int, clause_start: int, clause_prefix: str) -> bool:
    return (PER_HEAD_AMOUNT_ONLY.fullmatch(clause_prefix) is not None and not _has_verb(re.sub(r"\d[\d.]*\s*[万千]?元", "", clause_prefix))
            and GRANT_CLAUSE_BEFORE.search(text, max(sentence_start, clause_start - 24), clause_start) is not None)


def _graded_ellipsis(text: str, sentence_start: int, clause_start: int, clause_prefix: str) -> bool:
    if not PER_UNIT_ONLY.fullmatch(clause_prefix):
        return False
    grade = GRADE_CLAUSE.search(text, max(sentence_start, clause_start - 16), clause_start)
    return grade is not None and FIRST_GRADE_AMOUNT.search(text, sentence_start, grade.start()) is not None


def _levels_before(text: str, sentence_start: int, clause_start: int) -> int:
    head = text[sentence_start:clause_start].rstrip("，, ")
    cut = max(head.rfind("，"), head.rfind(","), head.rfind("；"), head.rfind(";"))
    items = head[cut + 1:].split("、")
    if len(items) < 2 or not all(LEVEL_SET.search(item) for item in items):
        items = _level_clauses(head)
    return min(len(items), 5) if len(items) >= 2 else 1


# (s23-tg) `营业收入达到240亿元，实现利润15亿元，上缴税金8亿元，年均增长均在20%以上`: the levels set side by side in comma
# clauses since the last `；` (or the colon opening the goals), each with an amount of its own, share the 均 growth.
LEVEL_AMOUNT = re.compile(r"(?<![\d.])(?!(?:19|20)\d{2}\s*年)\d[\d.]*\s*(?:万|亿)?\s*[\p{Han}%％]")
AMOUNT_LEVEL_SET = re.compile(r"(?:达到|突破|超过|实现|保持在?|上缴|完成)[\p{Han}]{0,6}?\s*\d")


def _level_clauses(head: str) -> list[str]:
    cut = max(head.rfind("；"), head.rfind(";"), head.rfind("："), head.rfind(":"))
    clauses = re.split(r"[，,]", head[cut + 1:])
    if len(clauses) < 2 or not all(LEVEL_AMOUNT.search(c) and AMOUNT_LEVEL_SET.search(c) for c in clauses):
        return []
    return clauses


def _subjects_before_de(m) -> bool:
    items = ITEM_SEP.split(m.group(1))
    return m.group("m") in ("均", "都") and len(items) >= 2 and all("的" not in item for item in items[:-1])


# (s25-tg2) `德令哈市、格尔木市PM10年均浓度较2017年分别下降10%和12%以上，优良天数比例稳定在92%以上`: the places listed as
# the subject of a `分别` clause stay the subject of the comma clause after it, whose one level is then each place's (guide
# TG19: one level per named object). Only a clause naming no place or scope of its own.
PLACES_RESPECTIVELY = re.compile(r"((?:[\p{Han}]{1,6}(?:市|县|区|州|旗|盟)、)+[\p{Han}]{1,6}(?:市|县|区|州|旗|盟))[^，,；;。]*分别")
OWN_SCOPE = re.compile(r"[全各本我]|(?:市|县|区|州|旗|盟|镇|乡|村)")


# (s29-tg2) `县城、重点建制镇原则上每吨应调整至居民不低于0.85元` after the cities' own price: a standard whose subject is only
# a list of kinds of place (the standard's noun left to the clause before) is each place's (guide TG19, as the rates of
# ELLIPTIC_SUBJECTS are), also with a per-unit word and the payers it is set for (`居民`); a comma clause right after it that
# names only another group (`非居民不低于1.2元`) keeps the places. Not payers (`省、市、县三级财政`), not 对 (who qualifies).
PLACE_KIND = r"[\p{Han}]{0,6}?(?:城市|县城|城区|市区|城镇|集镇|建制镇|农村|地区|县|市|区|镇|乡)"
PLACES_AMOUNT = re.compile(r"\s*((?:" + PLACE_KIND + r"、)+" + PLACE_KIND + r"(?:和" + PLACE_KIND + r")?)"
                           r"\s*(?:原则上|一般)?\s*(?:每(?:吨|立方米|人|户|月|年|平方米|千瓦时))*\s*(?:要|应|须)?\s*"
                           r"(?:调整至|调整到|调整为|提高至|提高到)?\s*(?:[\p{Han}]{1,4}?)??\s*(?:不低于|不高于|不超过|为|达到)\s*")
GROUP_LEVEL_ONLY = re.compile(r"\s*(?:非)?[\p{Han}]{1,4}?\s*(?:不低于|不高于|不超过|为|达到)\s*")


def _places_sharing_amount(clause_prefix: str) -> int:
    m = PLACES_AMOUNT.fullmatch(clause_prefix)
    if m is None or "的" in m.group(1) or "等" in m.group(1):
        return 1
    items = re.split(r"、|和", m.group(1))
    if any(_has_verb(item) for item in items):
        return 1
    return _objects_named(items)


def _places_carried(text: str, sentence_start: int, lo: int, hi: int, clause_prefix: str) -> int:
    if OWN_SCOPE.search(clause_prefix):
        return 1
    m = PLACES_RESPECTIVELY.search(text, max(sentence_start, lo - 60), hi)
    if m is None or m.end() > hi:
        return 1
    return min(m.group(1).count("、") + 1, 5)


def _each_count(clause_prefix: str, after: str = "", unit_kind: str | None = None) -> int:
    m = EACH.search(clause_prefix)
    if m:  # ((s24-tg) `省、州（市）、县各建成1所以上`: levels with a bracketed alternative, one each; a bracket's own 、 is no item)
        return min(len(re.split(r"和|与|及|、", re.sub(r"[（(][^（）()]*[）)]", "", m.group(1)))), 5)
    if "道" in clause_prefix and (m := ROADS_EACH.search(clause_prefix, max(0, len(clause_prefix) - 40))) is not None:
        return min(len(m.group(1).split("、")), 6)  # (s31-tg2) `国道、省道两侧建筑控制区不少于20米`: one distance per class of road
    if "每" in clause_prefix[-12:] and (m := PLACES_EVERY.search(clause_prefix, max(0, len(clause_prefix) - 120))) is not None:
        return min(len(m.group(1).split("、")), 20)  # (s31-tg2) `其中甲区、乙区、丙区每区不少于150台`: one quota per place named
    if "各" in clause_prefix:
        m = EACH_QUOTED.search(clause_prefix)
        if m:
            return min(len(re.findall(r"[“\"][^“”\"]{1,20}[”\"]", m.group(1))), 5)
    tail = clause_prefix[-14:]
    if "均" in tail or "都" in tail or "分别" in tail:
        m = stdlib_twin(SHARED_LEVEL).search(clause_prefix, max(0, len(clause_prefix) - 90))
        # ((s25-tg) a 的 only in the last item, the subjects listed before it, `国家融资担保基金和银行业金融机构承担的风险
        # 责任比例均不低于20%`: each party's share, one each under 均, guide TG19; s19-tg had read it as one share)
        if m and "分别" not in m.group(1) and ("的" not in m.group(1) or _subjects_before_de(m)):
            if m.group("m") == "分别" and SECOND_VALUE.match(after):
                return 1  # (`分别稳定在97%、86%、90%以上`: each its own value)
            return min(len(ITEM_SEP.split(m.group(1))), 5)
    if ("率" in tail or "比" in tail) and clause_prefix.count("率") + clause_prefix.count("比例") + clause_prefix.count("比重") >= 2:
        m = LISTED_RATES.search(clause_prefix, max(0, len(clause_prefix) - 100))
        if m and "的" not in m.group(1) and not SECOND_VALUE.match(after):
            return min(len(ITEM_SEP.split(m.group(1))), 5)
    if unit_kind in ("percent", "measure") and "、" in clause_prefix and (n := _listed_amounts(clause_prefix, after, unit_kind)) > 1:
        return n
    if unit_kind is not None:
        if unit_kind in ("money", "percent") and "标准" in clause_prefix:
            n = _standards_listed(clause_prefix, after)
            if n > 1:
                return n
        return _listed_objects(clause_prefix, after, unit_kind)
    return 1


# (s37-tg, guide TG19) A change set for the amount of each object of a list (`化肥、农药使用量实现零增长`, `化肥、农药使用量较
# 2021年减少5%以上`: the use of each, a rate of its own) and a size standard set for each kind (`小麦、油菜机收时留茬高度控制在
# 15厘米以内`): one target per object, as for a rate. Only a percentage for an amount (a count or mass over a list may be one
# total) and a length for a height, depth or thickness; not where the list closes with 等 or its items hold a 的.
LISTED_AMOUNTS = re.compile(r"((?:" + LISTED_ITEM + r"、)+" + LISTED_ITEM + r")(?:[\p{Han}]{0,6}?(?P<amount>施用量|使用量|用量|排放量|消耗量)"
                            r"|[\p{Han}]{0,6}?(?P<size>高度|深度|厚度))"
                            r"\s*(?:(?:较|比)\s*(?:(?:19|20)\d{2}\s*年(?:底|末)?|上年|去年)\s*)?(?:要|应|须|力争|确保|均)?\s*"
                            r"(?:实现|保持|控制在|不超过|不低于|不高于|不小于|不大于|减少|下降|降低|削减|增长|降到|降至|达到)?\s*$")


def _listed_amounts(clause_prefix: str, after: str, unit_kind: str) -> int:
    if SECOND_VALUE.match(after):
        return 1
    m = LISTED_AMOUNTS.search(clause_prefix, max(0, len(clause_prefix) - 60))
    if m is None or (m.group("amount") and unit_kind != "percent") or (m.group("size") and unit_kind != "measure"):
        return 1
    items = re.split(OBJECT_SEP, m.group(1))
    if "的" in m.group(1) or EXAMPLES_CLOSED.search(clause_prefix, m.start(1)) or any(_has_verb(item) for item in items[:-1]):
        return 1
    if AFTER_OWN_VALUE.search(clause_prefix, 0, m.start(1)) or items[0] in BOUND_WORDS:
        return 1  # `用水量降低10%以上、主要污染物排放量削减12%`: the 、 closes the value before, no list of objects
    return _objects_named(items)


# the end of a value written before a 、 (`降低10%以上、`): what follows is the next indicator of a series, not a list's item
AFTER_OWN_VALUE = re.compile(r"[\d%％]\s*$")
BOUND_WORDS = frozenset(("以上", "以下", "以内", "左右", "之内"))


# (s25-tg) A standard set alike for each place of a list (`越秀区、海珠区、…、增城区的城乡特困人员基本生活标准为每人每月2094.4元`,
# a city's yearly 救助标准 notice) or for two standards joined by 和 (`孤儿养育标准和事实无人抚养儿童基本生活补贴标准为每人每月
# 2976元`): one target per place or standard (guide TG19: one level shared by several named objects).
PLACE_ITEM = r"[\p{Han}]{1,8}?(?:区|县|市|镇|乡|旗|州|街道)"
PLACES_STANDARD = re.compile(r"((?:" + PLACE_ITEM + r"、)+" + PLACE_ITEM + r"(?:和" + PLACE_ITEM + r")?)的[\p{Han}]{1,16}?标准"
                             r"\s*(?:为|是|调整为|提高到|不低于)\s*(?:每人每月|每人每年|每人|每户每月|每户|每月)?\s*$")
TWO_STANDARDS = re.compile(r"(?:^|[，,；;：:。\s）)])[\p{Han}]{2,16}?标准(?:和|及|与)[\p{Han}]{2,20}?标准"
                           r"\s*(?:为|是|调整为|提高到|不低于)\s*(?:每人每月|每人每年|每人|每户每月|每户|每月)?\s*$")


def _standards_listed(clause_prefix: str, after: str) -> int:
    if SECOND_VALUE.match(after):
        return 1  # (`…分别为2413元、2512元、2121元`: each its own value)
    m = PLACES_STANDARD.search(clause_prefix, max(0, len(clause_prefix) - 160))
    if m:
        return min(len(re.split(r"、|和", m.group(1))), 20)
    return 2 if TWO_STANDARDS.search(clause_prefix, max(0, len(clause_prefix) - 60)) else 1


# `缴费基数按2018年度全省…平均工资的50%确定`: a past year naming the statistic a rate is taken
# of is its basis, neither the target's year nor a report of the past.
# ((s28-tg) never a deadline or a goal year: `到2020年试点村达到全区行政村总数的50%以上`, `力争2012年试点覆盖面达到全州县市的60%`)
# (s17-period) Not a year that opens its clause as the time of a completion (`2023年完成改造任务的30%`,
# `到2024年完成总任务的60%`: staged targets, the share is of a task), which dates the target.
BASIS_YEAR = re.compile(r"(?<!(?:到|至|力争|争取|确保|计划|截至|截止)\s{0,2})(?:(?:(?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3})\s*年度?"
                        r"|[“\"]?十[一二三四五六]五[”\"]?\s*(?:时期末|期末|末)\s*(?:年度?)?)"  # ((s28-tg) `控制在“十三五”末年度产生量的30%以内`)
                        r"(?!\s*(?:底前?|末|前)?\s*[，,]?\s*(?:要|力争|争取|累计|基本|全面|须|应)?\s*(?:完成|实现|达到))"
                        r"(?=[^，,。；;！？\d]{2,30}?的\s*$)")  # (`二〇二一年度…的`)


def _without_basis_year(s: str, q: Quantity) -> str:
    if q.unit_kind not in ("percent", "permille", "multiple"):
        return s
    return BASIS_YEAR.sub(lambda m: m.group(0) if _opening_place_year(s, m) else " " * len(m.group(0)), s)


# (s18-a2tg) `2009年全省补助面为寄宿生的30%`, `2024年全市新建住房中绿色建筑占比为新建总量的70%`: a year (not 年度) that
# opens its sentence (only an article's or item's number before it) glued to the place as a whole is the time of the
# share set, as `2009年，全省…` with its comma (spec §7: the sentence's own year); a statistic's year is a basis still.
OPENING_PLACE_YEAR = re.compile(r"\s*(?:19|20)\d{2}\s*年(?=[全我本各][省市区县州盟旗国镇乡地])")
BEFORE_OPENING_YEAR = re.compile(r"\s*(?:第[一二三四五六七八九十百零〇\d]{1,6}条|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、])?\s*$")
STATISTIC_BASIS = re.compile(r"平均工资|工资|收入|生产总值|基数|价格指数|总产值|增加值")


def _opening_place_year(s: str, m) -> bool:
    """A BASIS_YEAR match that opens the sentence glued to 全省/全市…: the time, not a basis."""
    return (OPENING_PLACE_YEAR.match(s, m.start()) is not None and "度" not in m.group(0) and BEFORE_OPENING_YEAR.fullmatch(s, 0, m.start()) is not None
            and STATISTIC_BASIS.search(s, m.end()) is None)


# `森林覆盖率达到45%（2025年）`: a year in brackets right after a level is the year it is to be reached by, like an
# indicator table's goal column (null/2025); it dates that level only, not the numbers after it in the sentence.
BRACKET_YEAR = re.compile(r"(?<=[\d%％‰][\p{Han}]{0,4})\s*[（(]\s*((?:19|20)\d{2})\s*年(?:底|末)?\s*[）)]")


# (s24-tg) `各乡（镇）年度新改建任务：金牛镇600座、宾居镇350座、…钟英傈僳族彝族乡50座（2022年任务，2023—2025年任务…另行下达）`:
# a bracket closing a list that names the year its quotas are for dates every item of the list to that year (a year's
# own tasks, as a schedule line, guide TG10), not to the plan's period.
LIST_YEAR_NOTE = re.compile(r"(?:\s*、[^、，,；;。（(\n]{1,16}?\d[\d.]*\s*[\p{Han}]{0,3})*\s*[（(]\s*((?:19|20)\d{2})\s*年度?(?:的)?(?:任务|目标|计划|指标)")


def _list_year_note(text: str, q: Quantity) -> tuple[int, int] | None:
    if text[q.end:q.end + 1] not in "、（(" or "年" not in text[q.end:q.end + 400]:
        return None
    m = LIST_YEAR_NOTE.match(text, q.end, min(len(text), q.end + 400))
    return (int(m.group(1)), int(m.group(1))) if m else None


def _bracket_year_after(text: str, q: Quantity) -> tuple[None, int] | None:
    if text[q.end:q.end + 1] not in "（( ":
        return None
    m = BRACKET_YEAR.match(text, q.end)
    return (None, int(m.group(1))) if m else None


# (s25-tg2) `合同利用外资累计（2003—2005年）达到40亿美元，实际利用外资年均增长25%以上`: a span of years in brackets right
# after an indicator's noun says over which years that indicator is counted; it dates its own clause only, not the
# clauses after it (which keep the sentence's `到2005年`).
# ((s25-swap) the years also in Chinese numerals, `累计（二〇〇三～二〇〇五年）`, as older notices write them)
_BRACKET_SPAN_YEAR = r"(?:(?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3})"
NOUN_BRACKET_SPAN = re.compile(rf"(?<=[\p{{Han}}])[（(]\s*{_BRACKET_SPAN_YEAR}\s*年?\s*[-—–―－~～至到]\s*{_BRACKET_SPAN_YEAR}\s*年\s*[）)]")


def _without_bracket_years(s: str, own_clause: int | None = None) -> str:
    if "（" not in s and "(" not in s:
        return s
    s = BRACKET_YEAR.sub(lambda m: " " * len(m.group(0)), s)
    if own_clause:
        s = NOUN_BRACKET_SPAN.sub(lambda m: " " * len(m.group(0)) if m.end() <= own_clause else m.group(0), s)
    return s


# `三年共培训150万人次，其中2019年50万人次，45万人取得证书`: a year that opens a breakdown after 其中 dates that
# comma clause only; the clauses after it return to the sentence's own scope.
SUB_YEAR = re.compile(r"其中\s*[，,]?\s*(?:19|20)\d{2}\s*年[^，,；;。]*")


def _without_sub_year(s: str, own_clause: int) -> str:
    if "其中" not in s:
        return s
    return SUB_YEAR.sub(lambda m: " " * len(m.group(0)) if m.end() <= own_clause else m.group(0), s)


LATER_DEADLINE = re.compile(r"(?:19|20)\d{2}\s*年[^，,；;。]{0,12}?(?:前|底|末)")


def _without_closing_deadlines(s: str, own_clause: int, text: str, q: Quantity, hi: int) -> str:
    """`新建农村公路500公里，2023年底前完成，改造危桥20座，2025年底前完成`: a clause that is only a deadline and a verb of
    completion (LIST_DEADLINE) closes the numbers before it; where the number's sentence goes on to a deadline of its
    own, the earlier one does not date it (blanked)."""
    if not ("前" in s or "底" in s or "末" in s) or not DIGIT.search(s):
        return s
    if not LATER_DEADLINE.search(text, q.end, _forward_to(text, q.end, hi, SENTENCE_BREAK)):
        return s
    out = s
    start = 0
    for m in CLAUSE_BREAK.finditer(s, 0, own_clause):
        clause = s[start:m.start()]
        if start > 0 and LIST_DEADLINE.match(clause) and DIGIT.search(DATE_PART.sub("", _ascii_digits(s[:start]))):
            out = out[:start] + " " * len(clause) + out[m.start():]
        start = m.end()
    return out


def _mask(text: str, start: int, end: int, blocked: SpanIndex) -> str:
    """text[start:end] with blocked regions (titles, document numbers) blanked out."""
    spans = blocked.overlapping(start, end)
    if not spans:
        return text[start:end]  # nothing to blank (the usual case): no list of characters
    chars = list(text[start:end])
    for s, e in spans:
        for i in range(max(s, start), min(e, end)):
            chars[i - start] = " "
    return "".join(chars)


STRUCTURAL = re.compile(
    r"^(?:大|项|个|方面|类)?(?:方面|领域|环节|阶段|部门|成员单位|方向|层次|层级|维度|原则|关口|步骤|板块|主线|抓手|支柱|档次|等级|级别|"
    r"机制|体系|特点|特征|理念|意识|转变|结合|统一|坚持|不(?!少于|低于|超过|多于|高于|小于|大于|得|应|宜|等)|必须|作用|优势|短板|难题|问题|风险|"
    r"(?:[\p{Han}]{0,2}?(?:支持|扶持|惠企|配套|具体|硬核?|实招|政策))?(?:措施|举措))"  # (s14) `稳经济28条措施`: how many items a policy
)  # package sets out (guide TG16), its name


# `落实两个责任`, `完成三项任务`, `明确两个目标`: a small Chinese numeral before an abstract noun names parts of
# a slogan or the plan's own scheme, not a quota (`建设三所学校` stays).
ABSTRACT_AFTER = re.compile(r"(?:责任|任务|目标|要求|重点|功能|职能|关系|职责|使命|作用|优势)(?!数|量|率|书)")


def _abstract_small_count(text: str, q: Quantity) -> bool:
    return (q.token == "cn" and q.values[0][0] < 10 and q.unit in ("个", "项", "大", "类", "条", "种")
            and ABSTRACT_AFTER.match(text, q.unit_end, q.unit_end + 4) is not None)


def _structural(text: str, q: Quantity) -> bool:
    """`聚焦四个方面`, `由14个部门组成`: counts that describe the plan's own structure."""
    return (bool(stdlib_twin(STRUCTURAL).match(text[q.unit_end:q.unit_end + 6])) or _grade_name(text, q)
            or (q.unit_kind == "money" and INTENSITY_BASE_AFTER.match(text, q.unit_end) is not None))


# (s32-tg2) `建立万元国内生产总值水耗指标`, `万元工业增加值能耗`: the 万元 of an intensity indicator's name (per 10,000 yuan of
# output) is no amount (guide TG7: a number in a name)
INTENSITY_BASE_AFTER = re.compile(r"\s*(?:国内生产总值|地区生产总值|生产总值|GDP|工业增加值|增加值|产值|营业收入)")


# (s36-tg, s36-articles; one predicate since s37) A text that divides what it governs into kinds (`就业补助资金分为对个人和单位
# 的补贴、公共就业服务能力建设补助两类`, `分为甲级、乙级、丙级三个等级`): the count of kinds describes the document's own scheme
# (spec §7: numbers that describe; guide TG16), however the kinds are worded. Two shapes say so: the count closes the
# clause (`…分为…两类。`), whatever is written around it; or, with no comparator, the kinds run 2-60 characters after the
# division verb without a colon (a colon opens a list of the kinds' own contents, whose numbers may be targets).
DIVISION_UNITS = frozenset(("类", "种", "档", "级", "个等级", "等级", "个层次", "个部分"))
DIVIDED_INTO = re.compile(r"(?:分为|划分为|区分为|分成)([^，,。；;]*)$")
KINDS_LISTED = re.compile(r"[^：:]{2,60}")


def _classes_divided(text: str, q: Quantity, clause_prefix: str, clause_end: int, compared: bool) -> bool:
    """Whether `q` counts the kinds a division names (see DIVIDED_INTO), not an amount to reach."""
    if q.unit not in DIVISION_UNITS:
        return False
    division = DIVIDED_INTO.search(clause_prefix)
    if division is None:
        return False
    closes_clause = not text[q.end:clause_end].strip()
    return closes_clause or (not compared and KINDS_LISTED.fullmatch(division.group(1)) is not None)


def _grade_name(text: str, q: Quantity) -> bool:
    """`二类会议不超过400元`, `三级医院`, `一档`: a small Chinese numeral with 类/级/档/星 before a noun names a
    grade or class, not a count (guide TG7: levels and ordinals are out)."""
    return (q.token == "cn" and q.values[0][0] < 10 and q.unit in ("类", "级", "档", "星")
            and q.unit_end < len(text) and re.match(r"[\p{Han}]", text[q.unit_end]) is not None)
