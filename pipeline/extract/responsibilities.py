"""Explicit assignments of organs to numbered tasks (spec section 6).

Where assignments are written:
* annotations: a bracket after an item (`（责任单位：…）`, `〔…〕`, `（A牵头负责，B参与）`,
  `（XX部、YY部负责）`) or a line `责任单位：…` / `牵头单位：…；配合单位：…`;
* for an item without annotation, a sentence whose subject organ 牵头/会同/负责 the work
  (`市人力资源社会保障局要牵头会同相关部门…`), but not a mechanism to be built (`建立…机制`).

Roles: the organs before 牵头 lead; after 参与/配合/协助 (or a 配合单位 label) they are co; under
责任单位 or before 负责 they are responsible, or co once a lead is named in the same clause;
`A会同B` makes A lead and B co. When the text declares that the first-listed organ leads
(`列第一位者为牵头单位`), each list's first organ leads and the rest are co from there on.
A clause closed by `下同` is carried into every later item that has an assignment.
"""
from __future__ import annotations

import re as std_re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache

from .. import rx as re

from ..clean import CleanDoc
from ..data import load_table
from ..numbers import cn_to_int
from ..regions import _townships  # town name -> its chains (pipeline/data/townships.tsv, read once)
from ..patterns import NUMBERING_START
from ..plain import PlainItems
from ..record import Responsibility
from ..scan import StdlibTwin, finditer_at, finditer_opened, opening_automaton, source_crc, stdlib_twin, word_starts
from ..spans import SpanIndex, items_within
from .context import Context
from .task_tables import cell_words, elided_restated, elision_cell, elision_heading, item_refs  # (s17-table2; s20-assign2 item_refs)
from ..nlp.level_units import LEVEL_UNITS, LEVEL_UNITS_OPENINGS, LEVEL_UNITS_PREFIXED
from ..nlp.organs import Mention
from ..nlp.canonical import canonical_names
from ..nlp.mentions import find_mentions
from ..nlp.simplify import to_simplified
from .departments import NamedMention, _full_width_brackets, document_jurisdiction, named_mentions

OPEN_CLOSE = {"（": "）", "(": ")", "〔": "〕", "【": "】", "[": "]"}
OPENING = re.compile("[" + re.escape("".join(OPEN_CLOSE)) + "]")
ROLE_CUE = re.compile(r"责任单位|责任部门|牵头|负责|负总责|负主责|主抓|配合|参与|协助|协办|会同|指导|主责|责任[：:]|协同[：:]")
LABEL_WORDS = (# a role word before a 责任/落实 label names the role (Hunan/Jiangxi-style `牵头责任单位：A；配合责任单位：B`)
               "牵头责任单位|牵头责任部门|牵头落实单位|牵头落实部门|牵头实施单位|配合责任单位|配合责任部门|配合落实单位"
               "|配合落实部门|协同责任单位|协同责任部门|参与责任单位|协助责任单位|协办责任单位|主责部门|"
               "责任单位|责任部门|主责单位|牵头单位|牵头部门|配合单位|配合部门|参与单位|参与部门|参加单位|参加部门"
               "|协同单位|协同部门|协办单位|协助单位"
               # the other names offices give the same columns (county and township 任务分解 lists)
               "|主办单位|主办部门|承办单位|承办部门|落实单位|落实部门|实施单位|实施部门|责任主体|牵头领导单位"
               "|责任站所|责任科室|责任股室|责任处室"
               # 负责单位 for 责任单位, 协作单位 beside a lead; a township's 责任办所 / 责任站办 (its offices and stations)
               "|负责单位|负责部门|协作单位|协作部门|责任办所|责任站办|责任办站|责任所站"
               # the lead and co columns of the same lists named by the offices' own units (township 科室/站所, county 股室)
               "|牵头科室|配合科室|牵头股室|配合股室|牵头处室|配合处室|牵头站所|配合站所|协办科室|协办股室|参与科室|参与股室")
# A bare role word as a label (`牵头：A；配合：B、C`): read only with its colon.
# (`责任：A、B`, `主责：A；协同：B`: the short labels of county lists, docs/decisions/assign-s10.md)
# (s37-assign, S35 CR1 Q4) a field naming a supporting share (`（责任单位：各乡镇人民政府；技术指导：县水利局）`) reads as 配合:
# `co` (not in LABEL_ROLE); read only with its colon, as `技术指导` is also a duty word in prose
LABEL_BARE = "牵头|配合|参与|协办|协助|责任|主责|协同|技术指导|业务指导|技术支撑"
BARE_LABELS = frozenset(LABEL_BARE.split("|"))
# also `【责任单位】A、B`, `[牵头单位]A` and `责任单位为A` (a label closed by a bracket or by 为)
# (`牵头部门（单位）：A`: a bracket naming the label's other word)
# (s21) `配合科室和单位：A、B`, `责任股室及单位：`: a label naming both kinds of unit it lists
LABEL_ALT = r"(?:[（(](?:单位|部门)[）)]|(?<=科室|股室|处室|站所)(?:和|及|、)(?:单位|部门))?"
LABEL = re.compile(rf"(?P<label>{LABEL_WORDS}|{LABEL_BARE}){LABEL_ALT}\s*[：:]|(?<=[【\[])(?P<label>{LABEL_WORDS})[】\]]\s*(?=\S)"
                   rf"|(?P<label>{LABEL_WORDS})为(?=[^，。；\s])"
                   # a PDF or table-like copy without the colon: `牵头单位 县工信局 配合单位 县住建局`, at a line start
                   # or after a space only, or after a sentence's end (`…宣传。责任单位 县司法局`, a web copy that lost the colon)
                   # (also after a bracket opening or a comma: `（牵头单位 省科技厅，责任单位 省教育厅）`, a copy that lost its colons)
                   rf"|(?<![^\n \t　。；;（(〔【\[，,])(?P<label>{LABEL_WORDS})[ \t　]+(?=[^\s：:])")
LABEL_ROLE = {"责任单位": "responsible", "责任部门": "responsible", "主责单位": "responsible", "主责部门": "responsible",
              "牵头责任单位": "lead", "牵头责任部门": "lead", "牵头落实单位": "lead", "牵头落实部门": "lead", "牵头实施单位": "lead",
              "牵头单位": "lead", "牵头部门": "lead", "牵头": "lead", "牵头领导单位": "lead",
              "主办单位": "lead", "主办部门": "lead",  # 主办 beside 协办: the one that leads
              "承办单位": "responsible", "承办部门": "responsible", "落实单位": "responsible", "落实部门": "responsible",
              "实施单位": "responsible", "实施部门": "responsible", "责任主体": "responsible",
              "负责单位": "responsible", "负责部门": "responsible", "责任办所": "responsible", "责任站办": "responsible",
              "责任办站": "responsible", "责任所站": "responsible",
              "责任站所": "responsible", "责任科室": "responsible", "责任股室": "responsible", "责任处室": "responsible",
              "责任": "responsible", "主责": "responsible",
              "牵头科室": "lead", "牵头股室": "lead", "牵头处室": "lead", "牵头站所": "lead"}
FIRST_LEADS = re.compile(r"(?:列|排在?|排列)?第一位的?(?:者|部门|单位)?(?:为|是)牵头(?:单位|部门)"
                         # other offices: `排在首位的为牵头单位`, `排名第一的单位牵头`, `牵头单位列第一位`, `牵头部门排在首位`
                         # ((s40b-assign) `位列第一的`, `名列第一的`, `排序第一的单位`, `首个单位`, `第一单位为牵头单位`)
                         r"|(?:首位|首个|(?:排名|排序|位列|名列)第一|第一个(?:单位|部门)?|第一(?=单位|部门))的?(?:者|部门|单位)?(?:为|是)?牵头(?:单位|部门)?"
                         r"|牵头(?:单位|部门)(?:列|排|排在|列在|放在|列于|居)(?:第一位|首位|首个|第一)")
# 指导 in a State Council bracket (`（生态环境部指导）`) assigns the item like 负责.
# (s40b-assign, SHARE_CLOSE, read only in a bracket) 参加 and 协同 closing their clause inside a bracket (`（A负责，B、C协同）`, `（A牵头，B参加，年底前完成）`):
# the share words older and southern offices write for 参与/配合, co like them; not 协同 before a verb (`协同推进`, read
# as prose, SYNERGY_CUE), and not prose `…的负责人参加。` (persons attending: no share of the work).
CUE = re.compile(r"牵头负责|负责牵头|牵头抓总|总牵头|牵头|会同|总负责|负主责|主抓|按职能分工负责|按职责分工负责|按职责负责|分工负责|负责指导|负责|负总责|指导|参与|配合|协助|协办")
SHARE_CLOSE = re.compile(r"(?:参加|协同)(?=[）)]|$|[，,；;][^（()）。\n]{0,30}(?:[）)]|$))")
# A clause whose assignment carries into the following items: `下同`, `以下均需X落实，不再列出`.
CARRY = re.compile(r"下同|后同|以下同|以下均同|以下皆同|以下均需|以下均由|以下各项均|不再一一列出|不再列出")
# A label of the organ that supervises or checks the work (`督办单位：`, `督导部门：`, `考核单位：`): its organs are given
# no role (not assigned the task); the label ends the list before it.
SUPERVISION_LABEL = r"(?:督办|督导|督查|督促|监督|考核|验收)(?:单位|部门)[：:]"
SUPERVISION = re.compile(SUPERVISION_LABEL)
# (s16) A label naming the people answerable (`责任人：`, `责任领导：`, `牵头领导：`, `分管领导：`, `包村领导：`): given no
# role, like a supervision label; the list of organs before it ends there.
PERSON_LABEL = re.compile(r"(?:责任人|责任领导|牵头领导|分管领导|包保领导|包村领导|联系领导|挂帅领导|主要负责人|负责人|联系人)[：:]")
# What may stand in an annotation besides organs: labels, cue words, carry phrases, joiners, a
# closing 等有关部门 and the first-lead convention.
# A deadline written in the same annotation (`，2017年6月底前完成`, `完成时限：长期坚持`): no organ, no
# reason to void the annotation.
DEADLINE = (r"(?:完成时限|完成时间|时间节点|时限要求|时限|时间)[：:][^，,；;）)\n]{0,20}"
            r"|(?:\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?|\d{1,2}月(?:\d{1,2}日)?)(?:上半年|下半年|年底|年末|月底|月末|底|末)?"
            r"(?:前|以前)?(?:完成|启动|见效)?|(?:上半年|下半年|年底|年末)(?:前|以前)?(?:完成)?|长期坚持|持续推进|长期|持续")
# (s27-assign4) the share word as writers vary it (`按各自职责分工负责`, `根据职责分工负责`, `依照职能分工负责`) is filler
# of the annotation like `按职责分工`: with `各自` or `根据` left over, `（A牵头，B、C按各自职责分工负责）` was no
# annotation and its prose reading gave B and C `responsible` and A nothing (spec 1.1 section 6: lead + co)
FILLER = re.compile(
    "|".join([LABEL_WORDS, CUE.pattern, "具体实施", "具体落实", "具体", "组织实施", "实施", "抓落实", "落实", r"(?:按照?|根据|依据|依照)(?:各自的?)?(?:职责|职能)(?:分工)?", CARRY.pattern,
              DEADLINE,
              r"等(?:有关|相关|其他)?(?:部门和单位|部门|单位)",
              r"等|和|及|与|分别|共同|[\s：:、，,；;。.]", FIRST_LEADS.pattern, r"(?:责任|协同)(?=[：:])", SUPERVISION_LABEL, r"[（(](?:单位|部门)[）)]",
              # `（以上两项由X负责）`: the items the annotation covers (_scope_tasks)
              r"(?:以上|上述|前述)[两二三四五六七八九十\d]{1,2}(?:项|条|个方面)(?:任务|工作|措施)?"]))
# FILLER.sub by the stdlib engine where it reads FILLER alike (~2x faster on this long alternation)
FILLER_TWIN = StdlibTwin(FILLER)
# (s10b, speed only) The same matches, ~3x faster in the stdlib engine: (1) a lookahead that fails at once where no
# alternative of FILLER can start (FILLER_FIRST: the first characters of its alternatives, none of which matches
# empty); (2) the one-character class `[\s：:、，,；;。.]` tried first: no alternative before it in FILLER starts with one
# of its characters, so at such a character it was the first to match anyway. Both checked against FILLER's parse in
# tests/test_s10b_speed.py; used only while FILLER is the pattern they were checked on (FILLER_CRC), else the plain twin.
FILLER_FIRST = r"\d\s" + "".join(sorted(set("(,.:;、。上下不与主以会共具分列前协参及和后完实年承持指按排时牵监督第等组考落负责配长首验（，：；总抓根依位名")))
FILLER_SEPARATOR = r"[\s：:、，,；;。.]"
FILLER_CRC = 1617010760  # (s27-assign4: 按各自职责分工, 根据/依据/依照职责分工 in an annotation; s31-assign: 后同 in CARRY; s40b-assign: 位列第一, 名列第一…)
if FILLER_TWIN.twin is not None and source_crc(FILLER.pattern) == FILLER_CRC:
    FILLER_TWIN.twin = std_re.compile("(?=[" + FILLER_FIRST.replace("(", r"\(") + "])(?:" + FILLER_SEPARATOR + "|" + FILLER.pattern + ")")
# (s35-assign) the adverbial may be set off from a long subject list by a comma and name the duties as fixed elsewhere
# (`A区、B区人民政府和各开发区管理委员会，按照规定的职责负责本辖区内…`, `…按照法定职责负责…`, s35-articles: `…按照本办法规定的职责负责`), as city rules write it
PROSE_CUE = re.compile(r"(?:并|同时|还|并且)?(?:要|应当|应|须|必须|可以|可)?(?:[，,]?依法)?(?:在(?:各自的?|其|本部门|本单位|本级)?职责范围内[，,]?|(?:[，,](?=按|依|根))?(?:按照?|依据|依照|根据)(?:各自的?|规定的?|法定的?|本(?:办法|规定|条例|细则)规定的)?职[责能](?:分工)?[，,]?)?"
                       r"(?:要|应|应当|须|必须|将|已经|已|正在|还将|也将)?(?:依法)?(?:(?:依照|依据|根据)[^，。；、\s]{1,12}?)?(?:抓紧|继续|进一步|切实|主动|积极|统一|统筹|总体|全面|具体|直接|分别|共同|联合|总(?=负责)|充分(?=发挥))?"
                       # (s39-articles) an adverb of time or manner after the modal, as rules write a duty that falls due
                       # (`发生事故的，市X局应当及时会同市Y局调查处理`, `…应当定期会同…检查`, `…应当立即负责组织抢修`)
                       r"(?:(?:及时|定期|立即|适时|随时|每年|严格|认真)(?:依法)?(?=会同|负责|牵头))?"
                       # 负责制 (a responsibility system: 统一负责制的…表), 负责人, 负责同志: no duty given;
                       # `X负责的项目`, `X牵头的项目`: an attribute of a noun, not a duty given (assignment-precision-s6.md)
                       # `X承担牵头职责`, `X要切实担负起牵头责任`, `由X总牵头`: the lead's role named as a duty it takes on
                       # (`按照分工负责`, `按分工负责`: the share without 职责, as county and town plans write it)
                       r"(?:按照?(?:各自)?职[能责]分工|按照?(?:各自的?)?分工[，,]?|分工)?(?:(?:承担|担负|负)起?(?=牵头(?:责任|职责))|总(?=牵头)"
                       # `X要发挥牵头抓总作用`, `X要履行好牵头职责`: the lead's role named as what it exercises
                       r"|(?:发挥|履行)好?(?=牵头(?:抓总)?(?:作用|职责|职能)))?"
                       r"(?P<cue>牵头(?!的)|牵好头|会同|负总责(?!的)|负主责(?!的)|负主体责任|负责(?!制(?![定订作发])|人(?![口才员事力民居防工社身])|同志|的))")
# (s10b, speed only) Every PROSE_CUE match ends in its cue word (牵头, 会同, 负总责 or 负责) and is at most
# PROSE_CUE_REACH characters long (its widest reading, tests/test_s10b_speed.py): where no cue word lies within that
# reach, `_prose_cue` answers None without the pattern's many optional openings being tried.
_PROSE_CUE_WORD = std_re.compile("牵头|牵好头|会同|负总责|负主责|负主体责任|负责")  # (s16: `X要牵好头`, older plans' lead)
# (s22-assign2) `市县人民政府负主体责任`: the duty named as the subject's main responsibility reads as 负总责 (guide R11;
# A10 a130's gold)
# (s35-articles) a duty article's long subject list with its powers phrase reaches further
# ((s39-articles) and the adverb of time before the cue, `应当及时依法会同`, two more)
PROSE_CUE_REACH = 62


def _prose_cue(text: str, pos: int, e: int):
    """stdlib_twin(PROSE_CUE).match(text, pos, e)."""
    if _PROSE_CUE_WORD.search(text, pos, min(e, pos + PROSE_CUE_REACH)) is None:
        return None
    return stdlib_twin(PROSE_CUE).match(text, pos, e)


# An item's own number and the space after it (the numbering forms of pipeline.patterns).
# (`第三条：`: a colon after an article's number, as county and web copies write it, separates like the space)
ITEM_NUMBER = re.compile(NUMBERING_START.pattern + r"(?:(?<=条)[：:])?\s*")


def _after_item_number(text: str, span: tuple[int, int]) -> int:
    """Where an item's own words start: after its number (`（二）`, `第五条`) if the span opens with one."""
    number = stdlib_twin(ITEM_NUMBER).match(text, span[0], span[1])
    return number.end() if number else span[0]
COMMA = re.compile("[，,]")
# An article's title in brackets after its number (`第三条（管理部门）`, `第四条【部门职责】`, Shanghai and Tianjin
# regulations): the subject of its duty sentence follows it.
ARTICLE_TITLE = re.compile(r"[（(【\[][^（）()【】\[\]\n。，,；]{1,16}[）)】\]][ \t　]*")
MECHANISM = re.compile(r"建立|健全|完善|形成|构建")
# The mechanism's own clause, closed by its noun and a comma, without 牵头/会同/负责/参与/配合 inside it.
MECHANISM_CLAUSE = re.compile(r"[^，,。；;]*?(?:机制|制度|体系|格局|模式)[，,](?<![^，,]*(?:牵头|会同|负责|参与|配合|协助)[^，,]*[，,])")
# the mechanism's noun after its description (`…参与的协调机制`, `…配合的工作格局`)
# (s33-assign, guide R28 made precise) The mechanism's make-up may run over commas (`建立由市政府分管领导为召集人，市卫健委、…等部门和
# 单位组成的…联席会议制度，联席会议办公室设在市卫健委，负责统筹协调全市…工作`): it closes at the mechanism's noun after 组成的;
# the clauses after it (the office seated in an organ and given the work) are read as usual. No cue word inside the make-up.
COMPOSED_MECHANISM = re.compile(r"(?:(?!牵头|会同|负责|参与|配合|协助)[^。；;])*?组成的[^，,。；;]{0,40}?(?:机制|制度|体系|格局|模式)[，,]")
MECHANISM_NOUN = re.compile(r"的[^，,。；]{0,12}(?:机制|制度|格局|体系|模式)")
# Places that stand for their governments inside an assignment (spec 1.1 sections 5 and 6: kept as
# written): 各地区, 各地, 各省（区、市）, 各省、自治区、直辖市, 各市（州）, 各县（市、区）, 各区、县级市,
# 各镇（街道）, 各街道, 各开发区, 各区市 (districts and county-level cities), 各村（社区）… A place collective followed by an organ word is an organ collective
# the recogniser already knows (各县区人民政府), so such a match is not taken here.
# Other provinces' forms (docs/decisions/assign-s9.md): 各地州市, 各地级以上市, 各盟市, 各旗县（市、区）, 各州（市）, 各市州,
# 各市县, 各市、县（区）, 各县（市）, 各县（市、区、特区）, 各区县（市）, 各乡（镇）, 各乡（镇、街道）, 各乡镇场, 各乡镇（街道、开发区）,
# 各镇（乡）, 各镇区, 各镇办, 各管区, 各村居. A place word running on (`各地` of 各地州市, `各镇` of 各镇区) is no match: a
# name cut short would be a wrong name.
# ((s23-assign2) also angle brackets, `各镇〈街道〉`, as some county offices type the bracket of an alternative level)
PLACE_BRACKET = r"[（(〔〈](?:含)?(?:市|区|县|镇|乡|街道|特区|开发区|园区|社区|居|场)(?:、(?:市|区|县|镇|乡|街道|特区|开发区|园区|社区|场))*[）)〕〉]"
PLACE_ASSIGNEE = re.compile(
    r"各(?:地区|地州市|地市州|地州|地市|地级以上市|地|省(?:[（(]区、市[）)]|、自治区、直辖市)?|自治区|盟市|旗县(?:区|市区)?(?:" + PLACE_BRACKET + r")?"
    r"|州(?:市)?(?:" + PLACE_BRACKET + r")?|市(?:[（(][州区县][）)]|、县(?:" + PLACE_BRACKET + r")?|州|县(?:区)?(?!级))?"
    r"|县(?:[（(]市[）)]区|" + PLACE_BRACKET + r"|区|市区|市(?![场级]))?|区(?:、县级市|县(?:" + PLACE_BRACKET + r")?|、?市(?!场))?|县级市"
    r"|乡镇(?:场|" + PLACE_BRACKET + r"|、街道)?|乡(?:" + PLACE_BRACKET + r")?(?!村)|镇(?:" + PLACE_BRACKET + r"|、街道|街|区|办)?"
    r"|苏木乡镇(?:[（(]街道[）)])?|苏木|嘎查村|嘎查|行政村|自然村|管区|村居(?!民)"
    # (s36-assign) the places of a street or town that still farm, `各涉农村`, `各涉农社区`, `各涉农镇街`: a street office's plan
    # for rural work names its villages (or towns) that have farmland apart from its urban communities; the group is
    # the places concerned, as `相关村` is, kept as written (spec 1.1 section 5, guide D34)
    r"|涉农(?:村|社区|镇街|街道|乡镇|镇)(?:[（(〔](?:社区|居)[）)〕])?"
    # ((s26-org) `各村（社区）村委会`, `各村（居）居委会`: the places' committees written after their bracket, no organs (guide
    # D44), not `各村` cut before the bracket)
    r"|街道|开发区|园区|功能区|片区|村[（(](?:居|社区)[）)](?:村|居|社区)?(?:民)?委(?:员)?会|村(?:民)?委(?:员)?会|村(?:[（(〔〈](?:社区|居)[）)〕〉])?|社区(?:居委会)?|设区的?市)(?:党支部|党总支|党组织)?"
    r"(?![\p{Han}]{0,4}(?:人民政府|政府|部门|党委|单位|机关|局|委))(?![市县区州旗镇乡村场级民域方长居〔])"
    # ((s31-assign2) not the villages' two committees, `各村“两委”负责具体落实`, `各村两委`: self-governing bodies that stay out
    # of departments and assignments (guide D44, which names 村“两委”; the s8 reading that gave them a role is superseded),
    # nor the villages cut before them)
    r"(?![“\"]?两委)"
    # (s29-assign2) not the places' own squads, groups or staff (`各村（社区）应急分队`, `各村网格员`): no organs, and the
    # place before them is not the one named (spec 1.1 section 5; guide R20)
    r"(?!(?:[（(〔][^（(）)〔〕]{1,6}[）)〕])?[\p{Han}]{0,4}(?:分队|小分队|突击队|巡逻队|小组|专干|网格员|人员|干部|信息员|联络员))"
)
# An unknown name in an annotation (an organ missing from the tables) leaves a residue fragment;
# it does not void the annotation when it is short and ends like an organ (spec 1.1 section 6).
# (also a government the organs reader misses, `各县〔市、区〕人民政府` with the brackets of a document number)
# (also a zone or new area listed among the organs, `（装备中心、职成处、两江新区）`: a place inside an
# assignment stands for its government, spec 1.1 section 5; it does not void the organs listed with it)
# (s33-assign) also a body named by its kind as 机构 (`各流域机构`, `各有关司局和流域机构`: a ministry's river basin commissions, its
# 派出机构), as a function-named organ ends (D-rules: 机构 names an organ as 部门 does)
ORGANISH_END = re.compile(r"(?:局|委|厅|办|部|院|会|室|处|队|所|站|行|司|中心|组|社|署|馆|团|政府|新区|开发区|高新区|园区|试验区|机构)$")


@dataclass
class Annotation:
    start: int
    end: int
    mentions: list[NamedMention]
    kind: str = "bracket"  # bracket | label | sentence (a sentence made only of organs and cue words)


_ROLES = frozenset(("lead", "co", "responsible"))
# Responsibilities built without re-validation where it would pass the values unchanged (pipeline/plain.py);
# off too if the model's roles are no longer these three
_PLAIN_RESPONSIBILITIES = PlainItems(Responsibility, ("task", "department", "role", "quote", "span"),
                                     ("一/(二)", "县财政局", "co", "县财政局", (12, 16)))
_PLAIN_RESPONSIBILITY = (_PLAIN_RESPONSIBILITIES.ok
                         and set(Responsibility.model_fields["role"].annotation.__args__) == _ROLES)


# An organ speaking of itself (`我部将会同财政部…`, `我厅负责…`, `本局牵头…`): the author of the document part it stands in,
# the issuer of a ministry's, a department's or a bureau's own notice or plan, or the author a 转发 notice names
# (`国务院办公厅转发教育部关于…的通知`: 我部 in the opinion is 教育部). Not 本部门, 本办法, 本部分, 本委托, 本部各司局, 局长.
# (at a word's start: not the 本 of 基本办学, 日本, 资本)
SELF_REF = re.compile(r"(?:(?<!\p{Han})|(?<=[由经报向与和及同请将并、]))(?:我|本)(?P<k>部|委(?:员会)?|局|厅|办(?:公室|公厅)?)"
                      r"(?![门分属各机内署长领法面员级学园事托势公])")
SELF_OPENING = std_re.compile(r"[我本](?=[部委局厅办])")
SELF_SUFFIXES = {"部": ("部",), "委": ("委员会", "委"), "局": ("局",), "厅": ("厅",), "办": ("办公室", "办公厅", "办")}
TRANSMITTED_AUTHOR = re.compile(r"转发(?P<a>[^，,。；《》“”\s]{2,30}?)(?:关于|《|“)")


# (s15e) A form or a template printed with the notice (`承诺书（样式）`, `申报表（模板）`, `范本`): its 本局/我局 is the
# organ that fills it in, never the issuer. From such a heading line to the next 附件 heading.
TEMPLATE_WORDS = ("样式", "模板", "范本", "式样", "参考文本", "样表", "格式")
TEMPLATE_HEADING = re.compile(r"(?m)^[^\n。；]{0,40}(?:样式|模板|范本|式样|参考文本|样表|格式文本|[（(]格式[）)])[^\n。；]{0,10}$")


def _in_template(text: str, templates: list[int], pos: int) -> bool:
    before = [t for t in templates if t < pos]
    if not before:
        return False
    t = before[-1]
    return re.search(r"(?m)^\s*附件\s*\d*\s*$", text[t + 1:pos]) is None


# (s16) The addressee spoken to in a reply or a letter (`你厅《关于…的请示》收悉…由你厅负责组织实施`, `请你委会同省财政厅…`):
# the single organ of the addressee line (`省交通运输厅：`), when its name ends in the word's suffix. The addressee line
# is header, not body, so the organs reader never names it; read as a mention by this reader only, like 我厅.
YOU_REF = re.compile(r"你(?P<k>部|委(?:员会)?|局|厅|办(?:公室|公厅)?)(?![门分属各机内署长领法面员级])")
YOU_OPENING = std_re.compile(r"你(?=[部委局厅办])")


def _addressed_mentions(text: str, ctx: Context) -> list[NamedMention]:
    layout = ctx.layout
    addressee = layout.addressee
    lo, hi = layout.body_start, layout.body_end or len(text)
    starts = [m.start() for m in YOU_OPENING.finditer(text, lo, hi)]
    if addressee is None or not starts:
        return []
    line = text[addressee.start:addressee.end].strip().rstrip("：:").strip()
    if not line or re.search(r"[、，,；;各\s]", line):
        return []  # several addressees (各省、自治区…): whose 你厅 it is stays unknown
    a = text.find(line, addressee.start, addressee.end)
    found = find_mentions(text, a, a + len(line))
    if len(found) != 1 or found[0].start != a or found[0].end != a + len(line):
        return []  # the line is not one organ's name
    names = canonical_names(found, text, document_jurisdiction(ctx))[0]
    if len(names) != 1:
        return []
    name = _full_width_brackets(to_simplified(names[0]))
    out = []
    for m in finditer_at(YOU_REF, text, starts, hi):
        if name.endswith(SELF_SUFFIXES[m.group("k")[0]]):
            out.append(NamedMention(Mention(m.start(), m.end(), m.group(0), "named", stem=name, layer="pattern"), name))
    return out


def _self_mentions(text: str, ctx: Context, mentions: list[NamedMention]) -> list[NamedMention]:
    layout = ctx.layout
    lo, hi = layout.body_start, layout.body_end or len(text)
    # (speed only, s15f) every match opens with 我 or 本 then 部/委/局/厅/办: tried only there (SELF_REF opens with a
    # lookbehind alternation, which the engine otherwise tries at every character of the body; the same matches)
    found = list(finditer_at(SELF_REF, text, [m.start() for m in SELF_OPENING.finditer(text, lo, hi)], hi))
    if not found:
        return []
    meta = getattr(ctx, "metadata", None)
    issuers = list(getattr(meta, "issuers", None) or [])
    author = None
    notice_title = getattr(meta, "notice_title", None) or ""
    transmitted = TRANSMITTED_AUTHOR.search(notice_title)
    if transmitted:
        written = transmitted.group("a")
        names = {nm.name for nm in mentions if nm.mention.text == written}
        author = names.pop() if len(names) == 1 else None
        if author is None:
            return []  # (several authors, or one the body never names: whose 我部 it is stays unknown)
    out = []
    notice_end = layout.notice_span[1] if layout.notice_span else layout.body_start
    templates = [t.start() for t in TEMPLATE_HEADING.finditer(text, layout.body_start, layout.body_end or len(text))] \
        if any(w in text for w in TEMPLATE_WORDS) else []
    for m in found:
        if templates and _in_template(text, templates, m.start()):
            continue  # `承诺书（样式）…本局负责…`: the organ that will fill the form in, not the issuer
        suffixes = SELF_SUFFIXES[m.group("k")[0]]
        if author is not None and m.start() >= notice_end:
            candidates = [author]
        else:
            candidates = issuers
        own = [n for n in candidates if n.endswith(suffixes)]
        if not own and m.group("k") in ("部", "委", "局"):
            # (s15e) `教育部办公厅关于…的通知`: 我部 is the ministry whose general office issues the notice
            own = [n[:-len(o)] for n in candidates for o in ("办公厅", "办公室") if n.endswith(o)
                   and n[:-len(o)].endswith(suffixes)]
        if len(own) != 1:
            continue
        division = _own_division(mentions, m.end(), own[0])
        if division is not None:
            # `我部发展规划司负责…`: the possessive before its own division's name is part of it; the division, written
            # from 我部 on, is the subject (the ministry itself is given nothing there)
            d = division.mention
            out.append(NamedMention(replace(d, start=m.start(), text=text[m.start():d.end]), division.name))
            continue
        out.append(NamedMention(Mention(m.start(), m.end(), m.group(0), "named", stem=own[0], layer="pattern"), own[0]))
    return out


def _own_division(mentions: list[NamedMention], end: int, organ: str) -> NamedMention | None:
    """The mention of one of `organ`'s own divisions starting right at `end` (`我部` + `发展规划司`, read as
    `教育部发展规划司`), if any."""
    k = bisect_left([nm.mention.start for nm in mentions], end)
    if k < len(mentions) and mentions[k].mention.start == end and mentions[k].name.startswith(organ) \
            and mentions[k].name != organ:
        return mentions[k]
    return None


# departments named only by their role in an assignment (organs-s15: kept as departments when mentioned): which organ
# holds the role is said elsewhere (an annotation, a table), so the word itself is no assignee. `主管部门` is not among
# them: a statute's `主管部门负责…` assigns its sector's authority (the opened golds give it triples).
ROLE_NAMED = frozenset(f"{role}{kind}" for role in ("牵头", "配合", "责任", "协办", "参与") for kind in ("部门", "单位"))


# (s30-assign, o35's adjudication) A bracket after an organ names a second sign of it (spec 1.1 section 5, `市财政局（金融办）`)
# unless the document names the bracketed organ on its own as well (`省发展改革委、…、省能源局制定了…`, a table's 配合 cell
# `省能源局` beside a 牵头 cell `省发展改革委`): then it is a separate organ the first one manages, written with it
# (`省发展改革委（省能源局）负责统筹协调`, a 部门管理机构 such as a province's 能源局 or 粮食和物资储备局), and is given the same
# work. A second sign the document never writes alone (`省商务厅（省口岸办）`) stays the first organ's, and so does an office
# housed in the organ (`区工商分局（区微企办）`, the group office `设在区工商分局`, named alone by its short form).
BRACKETED_ORGAN = re.compile(r"[（(]([^（()）、，,。；;]{2,16})[）)]")


def _alone_by_surface(mentions: list[NamedMention]) -> dict[str, str]:
    """The named organs as written alone in the document (the mentions kept: a second sign is none of them)."""
    return {nm.mention.text: nm.name for nm in mentions if nm.mention.kind == "named"}


def _separate_organ_in_bracket(text: str, at: int, alone: dict[str, str]) -> NamedMention | None:
    m = BRACKETED_ORGAN.match(text, at) if alone else None
    if m is None or m.group(1) not in alone or alone[m.group(1)].endswith(("办", "办公室")):
        return None
    written = m.group(1)
    return NamedMention(Mention(m.start(1), m.end(1), written, "named", stem=written, layer="pattern"), alone[written])


def _make_responsibility(task, department, role, quote, span) -> Responsibility:
    """Responsibility(task=…, department=…, role=…, quote=…, span=…) (speed only: without pydantic's validation
    where the values are ones it passes unchanged; anything else goes through the model)."""
    if (_PLAIN_RESPONSIBILITY and type(task) is str and type(department) is str and type(role) is str and role in _ROLES
            and type(quote) is str and type(span[0]) is int and type(span[1]) is int and 0 <= span[0] <= span[1]):
        return _PLAIN_RESPONSIBILITIES.build(task, department, role, quote, span)
    return Responsibility(task=task, department=department, role=role, quote=quote, span=span)


# (s15e) An interpretation printed after the document on a web page, under a title of its own (`关于《厦门市促进消费若干
# 措施》的政策解读`, `《…》解读`, `关于…的解读`): it tells what the document says and who drafted it; its organs' duties are
# none of the document's items (spec 1.1 §6: only the document's explicit assignments). layout.PAGE_TAIL cuts the
# bare `政策解读` line; this reads the title form too (layout's owner asked to cut it from the body as well).
INTERPRETATION_TITLE = re.compile(r"(?m)^[ \t　]*(?:(?:关于)?[《“][^\n》”]{2,80}[》”](?:的)?(?:政策|文件)?解读|关于[^\n。，]{2,80}的(?:政策)?解读)"
                                  r"[ \t　]*$")


def _interpretation_start(text: str, ctx: Context) -> int | None:
    layout = ctx.layout
    if "解读" not in text[layout.body_start:]:
        return None
    after = layout.notice_span[1] if layout.notice_span else layout.body_start
    m = INTERPRETATION_TITLE.search(text, max(after, layout.body_start))
    return m.start() if m else None


def _written_whole(text: str, mentions: list[NamedMention]) -> list[NamedMention]:
    """(s16) A collective the organs reader names whole but marks on its first place word only (`所在地的区、县文物
    行政管理部门` marked `区`: places sharing one head kept as written) spans its name where the name stands written
    out right there, determiner included, so that the cue after it (`由…会同区、县…部门拟定`) is reached. A new list
    (the shared mentions stay as the organs reader gave them); nothing else inside the widened span."""
    out = None
    for i, nm in enumerate(mentions):
        m, name = nm.mention, nm.name
        if m.kind != "collective" or len(name) <= len(m.text) or name.endswith(m.text) or "、" not in name:
            continue
        j = name.find(m.text)
        while j >= 0:
            a = m.start - j
            if a >= 0 and text.startswith(name, a):
                b = a + len(name)
                if not any(o is not nm and a <= o.mention.start < b or o is not nm and a < o.mention.end <= b
                           for o in mentions[max(0, i - 4):i + 5]):
                    out = out if out is not None else list(mentions)
                    out[i] = NamedMention(replace(m, start=a, end=b, text=name), name)
                break
            j = name.find(m.text, j + 1)
    if out is None:
        return mentions
    return sorted(out, key=lambda nm: (nm.mention.start, nm.mention.end))


# (s38-assign, guide D18) A public institution named with the organ it belongs to in front (`水利部信息中心`, `农业农村部农村经济
# 研究中心`, `县人力资源社会保障局就业服务中心`, `省林业局调查规划院`): the organ's name is a part of the unit's, and the unit is no
# department (spec 1.1 section 5), so neither is assigned the unit's share. Only a name that closes the unit's at a list mark, a
# bracket, a role word or the clause's end, with no verb or joiner inside it.
UNIT_NAME_AFTER_ORGAN = re.compile(
    r"(?:(?!牵头|负责|会同|配合|参与|协助|协办|建设|推进|组织|开展|做好|加强|指导|[要将对在按等为与和及并由向经从])\p{Han}){0,10}?"
    r"(?:中心|研究院|规划院|设计院|设计总院|科学院|研究所|报社|出版社|杂志社)"
    r"(?=[、，,；;。）)\s]|配合|参与|协助|协办|牵头|负责|等|$)")


def _outside_unit_names(text: str, mentions: list[NamedMention]) -> list[NamedMention]:
    """The mentions less those written as the head of a public institution's name (UNIT_NAME_AFTER_ORGAN)."""
    keep = [nm for nm in mentions if not (nm.mention.end < len(text) and "\u4e00" <= text[nm.mention.end] <= "\u9fff"
                                          and UNIT_NAME_AFTER_ORGAN.match(text, nm.mention.end))]
    return mentions if len(keep) == len(mentions) else keep


def extract_responsibilities(doc: CleanDoc, ctx: Context) -> list[Responsibility]:
    text = ctx.scan_text(doc.text)  # Simplified view with the same offsets
    mentions = named_mentions(doc, ctx)
    if "我" in text or "本" in text:
        selves = _self_mentions(text, ctx, mentions)
        if selves:  # (a new list: the shared mentions stay as the organs reader gave them)
            mentions = sorted(mentions + selves, key=lambda nm: (nm.mention.start, nm.mention.end))
    if "你" in text:
        addressed = _addressed_mentions(text, ctx)
        if addressed:
            mentions = sorted(mentions + addressed, key=lambda nm: (nm.mention.start, nm.mention.end))
    if "、" in text:
        mentions = _written_whole(text, mentions)
    if "中心" in text or "院" in text or "所" in text or "社" in text:
        mentions = _outside_unit_names(text, mentions)
    annotations = _annotations(text, ctx, mentions)
    if annotations and ctx.task_tables(text):
        annotations = _outside_role_cells(annotations, ctx.task_tables(text))
    out: list[Responsibility] = []
    seen: set[tuple] = set()
    first_leads = False
    carried: list[Carried] = []  # what the last carry clause carries into the later annotated items
    annotated_tasks: list[str] = []
    annotated_seen: set[str] = set()
    lead_label_task: str | None = None  # the task whose last label line named a lead

    reading_from = _interpretation_start(text, ctx)

    alone = _alone_by_surface(mentions) if "（" in text or "(" in text else {}

    def add(task: str | None, nm: NamedMention, role: str) -> None:
        add_one(task, nm, role)
        if alone and text[nm.mention.end:nm.mention.end + 1] in ("（", "(") \
                and (inner := _separate_organ_in_bracket(text, nm.mention.end, alone)) is not None:
            add_one(task, inner, role)

    def add_one(task: str | None, nm: NamedMention, role: str) -> None:
        key = (task, nm.name, role)
        if key in seen or task is None:
            return
        if reading_from is not None and nm.mention.start >= reading_from:
            return  # (s15e) an interpretation printed after the document: its organs' duties are no assignment
        if nm.name.endswith(ENTERPRISE_ENDS):
            return  # `（国铁集团负责）`: an enterprise named in an assignment is no department (spec 1.1 section 5)
        if nm.mention.scope == COMMITTEE_SCOPE:
            return  # (s16) a villagers' or residents' committee listed in an annotation (`_place_assignees`)
        if nm.name in ROLE_NAMED:
            return  # `牵头部门负责汇总…`: the word names the role, not who holds it (the organ is named elsewhere)
        seen.add(key)
        m = nm.mention
        out.append(_make_responsibility(task, nm.name, role, doc.text[m.start:m.end], (m.start, m.end)))

    # the convention declared once before the first annotation, in a note or the preamble (`（注：责任单位中排在第一位的
    #为牵头单位）`), holds for every list after it as one declared in an annotation does (spec 1.1 section 6)
    if annotations:
        first_leads = bool(FIRST_LEADS.search(text, ctx.layout.body_start, annotations[0].start)
                           or _notice_first_leads(text, ctx))
        if not first_leads and ("第一" in text or "首位" in text or "首个" in text):
            # a note after the lists (`注：责任单位中排在第一位的为牵头单位。` closing the plan, or in an attachment's
            # heading) declares the convention for the whole document as one before them does; one inside an
            # annotation (`…，排在第一位的为牵头单位，下同`) holds from there on (below)
            spans = [(x.start, x.end) for x in annotations]
            for m in FIRST_LEADS.finditer(text, annotations[0].start):
                k = bisect_left(spans, (m.start() + 1,)) - 1
                if (k < 0 or not spans[k][0] <= m.start() < spans[k][1]) and not _table_note(text, ctx, m.start()):
                    first_leads = True
                    break
    for ann in annotations:
        task = ctx.task_at(ann.start)
        if ann.kind == "sentence" and task is not None and "条/" in task:
            # (s19) `第三条 …按照下列程序办理：（一）…（二）…。\n县级民政部门负责审批。`: a short duty sentence on a line
            # after the article's closed 项 is a paragraph (款) of the article, as prose there is (b3 adjudication d099)
            task = _article_paragraph_task(text, ctx, ann.start, task)
        content = text[ann.start:ann.end]
        scope, own = _scope_tasks(text, ctx, ann, task)  # `（以上两项责任单位：…）`: the items it names
        if not own:  # `第（一）至（二）项由X牵头` after item (三): the range only
            task = None
        # a declaration inside an annotation (`（责任单位：A、B、C，列第一位者为牵头单位）`) speaks of that list; with `下同`
        # (`…，排在第一位的为牵头单位，下同`) or naming the lists below it, it holds from there on (spec 1.1 section 6;
        # s29-assign: item 1's bracket without 下同 leaves the later lists `responsible`, A25 adjudication a291)
        declared = first_leads
        if FIRST_LEADS.search(content):
            declared = True
            if DECLARED_ONWARD.search(content):
                first_leads = True
        new_carry: list[Carried] = []
        # a lead named earlier in the same annotation makes the others co; so does one named on the item's
        # label line just before (`牵头单位：A` then `责任单位：B` on the next line: one assignment)
        lead_named = ann.kind == "label" and task is not None and (lead_label_task == task
                                                                   or _lead_line_before(text, ann.start, task, ctx))
        in_clause = _mention_index(ann.mentions).starting_in  # (by bisection: a label line can run on for pages)
        given: list[tuple[NamedMention, str]] = []  # the annotation's own triples, added once its carry is known
        for cs, ce in _clauses(text, ann.start, ann.end):
            clause_mentions = in_clause(cs, ce)
            if "人员" in text[cs:ce] or "干部" in text[cs:ce] or "专家" in text[cs:ce] or "驻" in text[cs:ce]:
                clause_mentions = _without_staff_of(text, clause_mentions)
            triples = _roles(text, cs, ce, clause_mentions, declared, lead_named)
            carry = CARRY.search(text, cs, ce)
            if carry and lead_named and cs > ann.start + 1 and text[cs - 1:cs] in ("；", ";", "。") \
                    and not FIRST_LEADS.search(text[cs:ce]) and not INTRO_CARRY.match(text, carry.start()) \
                    and not declared and "负责" in text[cs:carry.start()] and not LABEL.search(text, cs, ce):
                # (s31-assign, guide R4) `（A牵头，B参与；各设区市人民政府负责，下同）`: the carried clause set off by `；` is a
                # separate assignment at another level with its own 负责 and no lead, `responsible` here as in the later items
                triples = _roles(text, cs, ce, clause_mentions, declared, False)
            if carry and not FIRST_LEADS.search(text[cs:ce]):
                if INTRO_CARRY.match(text, carry.start()):
                    # `（A牵头，B配合，以下均需各县负责落实，不再列出）`: the organs after the carry word go on (not B)
                    going = [(nm, role) for nm, role in triples if nm.mention.start > carry.start()]
                    part = carry.start()
                    own = not _listed_before(text, ann, carry.start(), {nm.name for nm, _ in going})
                else:
                    going = _carried(text, cs, carry.start(), triples)
                    # (the carried part: the clause, or its comma part after the item's own assignment)
                    part = max(cs, text.rfind("，", cs, going[0][0].mention.start)) \
                        if going and len(going) < len(triples) else cs
                    own = bool(going) and len(going) < len(triples)
                limited = not CARRY_DOWN.search(carry.group(0))
                new_carry += [Carried(nm, role, bare, own, task, limited)
                              for nm, role, bare in _with_bare_roles(text, part, ce, going)]
            lead_named = lead_named or any(role == "lead" for _, role in triples) or _lead_label_filled(text, cs, ce)
            given += triples
        own_names = {c.organ.name: c.bare for c in new_carry if c.own}
        if any(role == "lead" for _, role in given):
            carry = CARRY.search(text, ann.start, ann.end)  # (a carried clause's organs: read by R29 below)
            given = _lower_levels_carrying_out(text, given, carry.start() if carry else ann.end)
        for nm, role in given:
            if role == "co" and nm.name in own_names:
                # (guide R29, R4) the carried organ's own clause (`…配合，各市政府落实。以下均需各市政府落实`) is an
                # assignment of its own beside the lead's, not one more co of it: its role read on its own
                role = own_names[nm.name]
            add(task, nm, role)
            for other in scope:
                add(other, nm, role)
        for other in scope:
            if other not in annotated_seen:
                annotated_tasks.append(other)
                annotated_seen.add(other)
        if task is not None and task not in annotated_seen and ann.kind != "sentence":
            annotated_tasks.append(task)
            annotated_seen.add(task)  # (a set beside the list: a long notice's tasks are not scanned per annotation)
            for c in carried:
                if c.limited and not _carry_reaches(c.source, task):
                    continue
                # a carried organ made co only by the lead of the item that writes it is `responsible` in every later
                # item, also where that item names a lead: the carry assigns carrying out, not co-operation (guide R4,
                # R29; s27-assign2: also one listed in the item's own 责任单位 list beside a 牵头单位, a151's S27 gold pass)
                add(task, c.organ, c.bare)
        if new_carry:
            carried = new_carry
        lead_label_task = task if ann.kind == "label" and lead_named else None
    if "列出" in text and annotated_tasks:
        _carried_back(text, ctx, mentions, annotated_tasks, add)
    # a sentence read as an annotation (`A牵头，B、C负责具体实施。`, organs and cue words only) is not read again as
    # prose: the annotation's roles stand (B, C co after the lead), no second `responsible` beside them
    sentences = sorted((ann.start, ann.end) for ann in annotations if ann.kind == "sentence")
    row_tasks = _table_row_tasks(text, ctx)
    for task in (t for ts in row_tasks.values() for t in ts):
        # an item a task-division table's row restates carries that row as its annotation: its prose assigns nothing
        # (spec 1.1 section 6, `where an item carries an annotation, only the annotation counts`)
        if task not in annotated_seen and not task.startswith("表"):
            annotated_tasks.append(task)
            annotated_seen.add(task)
    _prose_assignments(text, ctx, mentions, annotated_tasks, add, sentences, first_leads)
    if "负责" in text:
        _unit_led_partners(text, ctx, mentions, annotated_tasks, add)
    _organ_headed_items(text, ctx, mentions, annotated_tasks, add)
    if "：" in text or ":" in text:
        _colon_headed_paragraphs(text, ctx, mentions, annotated_tasks, out, add)
        _place_headed_shares(text, ctx, annotated_tasks, add)
    if "部门" in text or "单位" in text:
        _label_headed_lists(text, ctx, mentions, annotated_tasks, add)
    _table_assignments(text, ctx, mentions, add, row_tasks)
    if "牵头" in text or "会同" in text:
        _later_leads(text, ctx, out, seen)
    return out


# (s29-assign2) Organs listed as the employers of the staff an annotation names (`配合单位：县农业局、县科技局驻镇技术人员`):
# the staff are persons, given the work as such (guide R20), not the organs (A20 a210's gold gives them nothing).
STAFF_OF = re.compile(r"(?:驻[镇乡村县区]|派驻|下派|选派)?的?(?:专业技术人员|技术人员|工作人员|干部|专家|人员)"
                      # (s33-assign2) the staff or the unit an organ keeps in the town, written after its branch and a field
                      # (`县生态环境局阳朔分局驻镇环保工作人员`, `区城市管理局驻街道环卫所`): persons, or the stationed unit, not
                      # the organ named before them (guide R20; the unit is no department of its own here)
                      # ((s36-assign) also its working group stationed in a street, `区水务局驻街工作组`: a working body of its
                      # own (spec 1.1 section 5), not the bureau; `驻街` is how a district's bureaus write 驻街道)
                      r"|(?:[\p{Han}]{2,6}?(?:分局|分所|所|站|中队|大队))?(?:驻|派驻)(?:镇|乡|村|街道|街|社区)"
                      r"[\p{Han}]{0,4}?(?:专业技术人员|技术人员|工作人员|干部|人员|所|站|队|中队|工作组)(?=[、，,；;。）)\s]|$)")


def _without_staff_of(text: str, mentions: list[NamedMention]) -> list[NamedMention]:
    """The mentions of a clause less each `、`-joined run of them that a staff noun closes."""
    out: list[NamedMention] = []
    run: list[NamedMention] = []
    for nm in mentions:
        if run and not (text[run[-1].mention.end:nm.mention.start] in ("、", "和", "及")):
            out += [] if STAFF_OF.match(text, run[-1].mention.end) else run
            run = []
        run.append(nm)
    if run:
        out += [] if STAFF_OF.match(text, run[-1].mention.end) else run
    return out


def _notice_first_leads(text: str, ctx: Context):
    """(s28-assign) The convention declared in the transmitting notice (`…现将《…重点工作任务分工》印发给你们…列第一位者为
    牵头单位，其他为配合单位。`): the notice speaks of the lists of the document it sends, which hold for them as a note
    in the document itself does (spec 1.1 section 6: where the document declares that the first-listed leads)."""
    span = ctx.layout.notice_span
    if not span or span[1] > ctx.layout.body_start:
        return None
    return FIRST_LEADS.search(text, span[0], span[1])


def _table_note(text: str, ctx: Context, pos: int) -> bool:
    """Is the declaration at `pos` a note written right under a task-division table (`…| 2025年底前` then
    `注：列第一位者为牵头单位，其他为配合单位。`)? It speaks of that table's 责任单位 cells (_table_assignments), not of
    the body's bracket lists, which keep their own roles (`（A、B、C按职责分工负责）`: responsible)."""
    line = ctx.line_start(pos)
    return any(t.end <= line and not text[t.end:line].strip() for t in ctx.task_tables(text))


# The endings of an enterprise's registered name (公司法: 有限责任公司, 股份有限公司; 集团): never a department.
ENTERPRISE_ENDS = ("公司", "集团")


# A duty paragraph that goes on after `；` with a clause of its own opening with 牵头 (`区建管委负责推动…；牵头落实…`):
# the paragraph's subject leads, one role as inside one sentence (`X负责A，牵头B` → lead; _prose_clause).
# (s28-assign) also `；会同B…` (`市建设局负责…技术指导…；会同市质监局加强建材质量监管`): the paragraph's subject leads
# and B is co, as `A负责…，会同B…` inside one sentence (guide R12)
LATER_LEAD = re.compile(r"[；;](?:并|同时|还|负责)?(?:牵头(?!单位|部门|的)|(?:要|应当|应|须)?会同)")
# `会同` opening a clause, after 并/同时/还 and a modal (`；并会同B…`, `，同时要会同B…`): after `；` (LATER_HUITONG, read at
# the clause's start) or after `，` (LATER_HUITONG_CLAUSE, searched inside a unit's duty clause). One cue, two places.
HUITONG_OPENING = r"(?:并|同时|还)?(?:要|应当|应|须)?会同"
LATER_HUITONG = re.compile(r"(?<=[；;])" + HUITONG_OPENING)
LINE_OPENING = re.compile(r"[ \t　]*(?:" + NUMBERING_START.pattern + r")?[ \t　]*")


def _later_leads(text: str, ctx: Context, out: list, seen: set) -> None:
    for m in LATER_LEAD.finditer(text, ctx.layout.body_start):
        line_start = text.rfind("\n", 0, m.start()) + 1
        opening = LINE_OPENING.match(text, line_start, m.start()).end()
        if "会同" in m.group(0):
            # (s28-assign) `；会同B` goes on with the clause just before it (`A负责…；C负责…；会同B…`: C leads, not A)
            opening = max(opening, max(text.rfind(c, line_start, m.start()) for c in "；;。") + 1)
        first_cue = text.find("负责", opening, m.start())
        if first_cue < 0 or CLAUSE_END.search(text, opening, first_cue):
            continue
        task = ctx.task_at(m.start())
        dropped = []
        for i, r in enumerate(out):
            # the organs opening the paragraph (`A、B负责…`: the list before its 负责, no clause break inside)
            if r.task == task and r.role == "responsible" and opening <= r.span[0] < first_cue \
                    and not stdlib_twin(COMMA).search(text, opening, r.span[0]):
                if (task, r.department, "lead") in seen:
                    dropped.append(i)  # (s28-assign) the later clause gave it its lead itself: one role (guide R12)
                    continue
                seen.add((task, r.department, "lead"))
                out[i] = _make_responsibility(task, r.department, "lead", r.quote, r.span)
        for i in reversed(dropped):
            seen.discard((task, out[i].department, "responsible"))
            del out[i]


@dataclass(frozen=True)
class Carried:
    """An organ a carry clause takes into the later annotated items."""
    organ: NamedMention
    role: str  # its role in the item that writes the carry
    bare: str  # its role in the carried part read on its own (no lead named before it)
    own: bool  # given a clause of its own (`…配合，各市政府落实`, or named only in the carry): `bare` in every item
    source: str | None  # the item whose annotation writes the carry
    limited: bool  # a carry not worded 下同 (`以下均需X落实，不再列出`): it reaches only the list it stands in


# `下同` and its variants carry into every later item (guide R4); other wordings only through their list (R17, R29).
CARRY_DOWN = re.compile(r"下同|后同|以下同|以下均同|以下皆同")
# (s29-assign) What makes a first-listed declaration written inside one annotation hold for the later lists too: `下同`
# closing it, or words naming the lists below (`以下各项`, `下列任务`, `后同`); without them it is that list's own.
DECLARED_ONWARD = re.compile(r"下同|以下|下列|后同|其余各项|各项任务")


def _listed_before(text: str, ann: "Annotation", at: int, names: set[str]) -> bool:
    """Is an organ carried by `以下均需X落实` (at `at`) listed earlier in the same annotation under a label with no
    predicate of its own (`责任单位：A、B，各市（州）人民政府。以下均需各市（州）人民政府落实`)? Then in its own item it takes
    that column's role (co beside a 牵头单位, R16); written with its own predicate (`A牵头，B配合，各市政府落实。以下均需…`) it
    is an assignment of its own there (guide R29). In the later items it is `responsible` either way (R29)."""
    for nm in ann.mentions:
        m = nm.mention
        if m.start >= at or nm.name not in names:
            continue
        cs = max(ann.start, max(text.rfind(c, ann.start, m.start) for c in "；;。") + 1)
        if not LABEL.search(text, cs, m.start):
            continue
        nxt = COMMA.search(text, m.end, at)
        stop = CLAUSE_MARK.search(text, m.end, at)
        end = min(x.start() for x in (nxt, stop) if x) if (nxt or stop) else at
        if not CARRY_PART.search(text, m.end, end):
            return True
    return False


def _carry_reaches(source: str | None, task: str) -> bool:
    """Does a carry written in item `source` reach the later item `task` (guide R17, R29)? Every later item of the
    part it stands in, up to the next top-level heading; (s32-assign) also where the items are numbered on through the
    parts (`（一）…（四）` in 一, `（五）…` in 二, a State Council action plan's running list): the part ends the carry, as
    A29 a337's gold reads R29 (the carried organ stands in 一's items only)."""
    return source is None or source.partition("/")[0] == task.partition("/")[0]


def _with_bare_roles(text: str, part: int, ce: int,
                     going: list[tuple[NamedMention, str]]) -> list[tuple[NamedMention, str, str]]:
    """The carried triples, each with the role its organ has in the carried part read on its own, without a lead named
    before it (`牵头单位：A；责任单位：B，各县人民政府。以下均需各县人民政府落实，不再列出`: 各县人民政府 is co beside
    A, and `responsible` where a later item names no lead)."""
    if not any(role == "co" for _, role in going):
        return [(nm, role, role) for nm, role in going]
    bare = {id(nm): role for nm, role in _roles(text, part, ce, [nm for nm, _ in going], False, False)}
    return [(nm, role, role if role != "co" else bare.get(id(nm), role)) for nm, role in going]


def _carried(text: str, cs: int, at: int, triples: list[tuple[NamedMention, str]]) -> list[tuple[NamedMention, str]]:
    """What a 下同 at `at` carries: the clause it closes. After an assignment of its own (a lead, a label list),
    a comma part with its own cue word (`（A牵头，各乡镇负责落实，下同）`, `（责任单位：A，各乡镇按职责分工负责，以下不再列出）`)
    is that clause: only its organs go on (the rest is the item's own, guide R4); otherwise the whole clause, as
    before (`（责任单位：A、B，下同）`)."""
    cut = text.rfind("，", cs, at)
    if cut >= 0 and not any(cut < nm.mention.start < at for nm, _ in triples):
        cut = text.rfind("，", cs, cut)  # `…，下同`, `…，以下不再列出`: the part before the carry's own comma
    if cut < 0 or not (stdlib_twin(CUE).search(text, cs, cut) or LABEL.search(text, cs, cut)) or not CARRY_PART.search(text, cut, at):
        return triples
    return [(nm, role) for nm, role in triples if nm.mention.start > cut]


# (s22-assign2) The carry written after the items it covers, closing the list of annotated items
# (`以上各项任务均需地方各级人民政府落实，不再单独列出。`): the document says every item above carries the organ, so each
# annotated item before it gets it, `responsible` (another level's share, guide R4); the mirror of INTRO_CARRY.
BACK_CARRY = re.compile(r"(?:以上|上述|前述)(?:各项|所有)?(?:任务|工作|措施)(?:均|都)?(?:需要?|由|要)(?P<who>[^，,。；;]{2,30}?)"
                        r"(?:负责)?(?:组织)?(?:落实|实施)[，,]?不再(?:单独|一一|逐项)?列出")


def _carried_back(text: str, ctx: Context, mentions: list[NamedMention], annotated: list[str], add) -> None:
    for m in BACK_CARRY.finditer(text, ctx.layout.body_start):
        a, b = m.span("who")
        inner = _inside(mentions, a, b)
        who = sorted(inner + _place_assignees(text, a, b, inner), key=lambda nm: nm.mention.start)
        for task in annotated:
            span = ctx.task_span(task)
            if span and span[0] < m.start():
                for nm in who:
                    add(task, nm, "responsible")


# A carry word that opens the clause it carries (`以下均需A负责落实，不再列出`, `以下均由A负责`): its organs follow it.
INTRO_CARRY = re.compile(r"以下均需|以下均由|以下各项均(?:需|由)?")


# A carried comma part with a predicate of its own: a cue word, or `按职责落实` / `抓好落实` (a county's
# `（责任单位：A，各乡镇人民政府按职责落实，不再列出）`: only the places go on, docs/decisions/assign-s10.md).
CARRY_PART = re.compile(CUE.pattern + r"|按照?(?:各自)?职[责能]|(?:抓好|负责|做好|组织)?落实")


# `（以上两项责任单位：…）`, `以上三项由X牵头…`: an annotation after several items that names how many it covers
# (docs/decisions/assignments-s8.md); written at the annotation's start or before its first label.
SCOPE = re.compile(r"(?:以上|上述|前述)(?P<n>[两二三四五六七八九十\d]{1,2})(?:项|条|个方面)(?:任务|工作|措施)?")
# (a range of the items, `以上（一）至（三）项`, `第1—3项`; every item of the list, `以上各项任务`, `上述各项工作`)
SCOPE_RANGE = re.compile(r"(?:以上|上述|前述)?第?(?P<a>[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2})"
                         r"(?:至|到|—|－|-|~|～)第?(?P<b>[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2})(?:项|条)")
SCOPE_ALL = re.compile(r"[（(]?(?:以上|上述|前述)(?:各项|所有)(?:任务|工作|措施)")
SCOPE_COUNT = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _scope_tasks(text: str, ctx: Context, ann: "Annotation", task: str | None) -> tuple[list[str], bool]:
    """The earlier sibling items an annotation covers besides its own (`以上两项…` after item (二): (一)), and whether
    it covers its own item (a range that ends before it does not)."""
    window = text[max(0, ann.start - 12):ann.start + 16]
    if task is None or ("以上" not in window and "上述" not in window and "前述" not in window
                        and "至" not in window and "项" not in window):
        return [], True
    line_start = text.rfind("\n", 0, ann.start) + 1
    siblings = ctx.sibling_paths(task)
    if task not in siblings:
        return [], True
    k = siblings.index(task)
    lo, hi = max(line_start, ann.start - 16), min(ann.end, ann.start + 16)
    m = SCOPE.search(text, lo, hi)
    if not m:
        span = SCOPE_RANGE.search(text, lo, hi)
        if span:  # `以上（一）至（三）项由X牵头`: the items from the first token named to the last
            tokens = [p.rpartition("/")[2] for p in siblings[:k + 1]]
            first, last = _range_token(span.group("a")), _range_token(span.group("b"))
            if first in tokens and last in tokens and tokens.index(first) < tokens.index(last) <= k:
                covered = siblings[tokens.index(first):tokens.index(last) + 1]
                return [p for p in covered if p != task], task in covered
            return [], True
        if line_start == ann.start and SCOPE_ALL.match(text, ann.start, hi):
            # `以上各项工作由X牵头…` on a line of its own after the last item: every item of the section before it
            return siblings[:k], True
        return [], True
    n = int(m.group("n")) if m.group("n").isdigit() else SCOPE_COUNT.get(m.group("n"), 0)
    if n < 2 or k + 1 < n:
        return [], True  # (fewer items before it than it names: not read)
    return siblings[k + 1 - n:k], True


def _range_token(tok: str) -> str:
    tok = tok.strip()
    if tok[:1] in "（(" and tok[-1:] in "）)":
        return "(" + tok[1:-1] + ")"
    return tok.rstrip("、.．")


# ---------------------------------------------------------------- task-division tables

def _table_row_tasks(text: str, ctx: Context) -> dict[tuple[int, int], list[str]]:
    """(table index, row position) → the tasks of each task-division table row (_row_task): one, or one per item
    number the row writes (guide S20 R13: a row giving two items' numbers is linked to each)."""
    out = {}
    tables = ctx.task_tables(text)
    if not tables:
        return out
    index = _ItemIndex(ctx.tasks)
    for table in tables:
        tcol = table.task_column()
        linked: list[str] = []  # the body items the rows above were linked to (the anchor of a bare `（二）`)
        # the table's numbering mirrors the body's only if every item number its rows write names an item: one that
        # names none (`（六）` of a body with five) shows the numbers are the table's own, and none of them links
        mirrors = all(index.candidates(ref) for row in table.rows for ref in _row_refs(row, tcol))
        for k, row in enumerate(table.rows):
            if _merged_task_cell(table, k, tcol) and all(not t.startswith("表") for t in out[(table.index, k - 1)]):
                # (s40-organs, guide CV2 "a merged task cell") a row whose 任务 cell is empty because it is merged with the
                # row above restates the same task: it links where that row links (spec 1.1 section 6)
                out[(table.index, k)] = list(out[(table.index, k - 1)])
                continue
            tasks = _row_task(row, table, tcol, text, ctx, index, linked, mirrors)
            out[(table.index, k)] = tasks
            linked += [t for t in tasks if not t.startswith("表")]
    return out


def _merged_task_cell(table, k: int, tcol: int | None) -> bool:
    """Row k's task cell is empty while its other cells are filled, under a row of the same group above it: the cell
    is merged with the row above's (a 重点任务 written once over the several 具体工作 rows under it)."""
    if k == 0 or tcol is None or table.labelled:
        return False
    row, above = table.rows[k], table.rows[k - 1]
    if tcol >= len(row.cells) or row.cells[tcol].text.strip() or row.group != above.group:
        return False
    return any(c.text.strip() for i, c in enumerate(row.cells) if i != tcol)


class _ItemIndex:
    """The body's items by path, for a row's item numbers (guide S20 R13)."""

    def __init__(self, tasks):
        self.paths = [t.path for t in tasks]
        self.known = set(self.paths)
        # each path's own numbering tokens and their values, read once per document (every row's refs are tried
        # against every path)
        self.own = {p: self._own(p) for p in self.paths}
        self.values = {p: [self._value(t) for t in toks] for p, toks in self.own.items()}
        # each item's heading as a row's task cell is compared with it (`_row_task`), read once per document: every row
        # of the tables is compared with every heading (a plan of many items and rows made that quadratic in regex calls)
        self.squeezed = [_squeeze(t.heading) for t in tasks]
        # (only a heading with a list of examples, `X、Y等`, can be restated with the list left out: `elided_restated`)
        self.elidable = [(t.path, h) for t in tasks if "、" in (h := elision_heading(t.heading)) and "等" in h]
        self.parents = {p.rpartition("/")[0] for p in self.paths if "/" in p}

    def has_children(self, path: str) -> bool:
        """Does the body have items numbered under `path`?"""
        return path in self.parents

    @staticmethod
    def _own(path: str) -> list[str]:
        """The path's numbering tokens, without a `§2`/`附件1` prefix."""
        toks = path.split("/")
        while toks and (toks[0].startswith("§") or toks[0].startswith("附件")):
            toks = toks[1:]
        return toks

    @staticmethod
    def _value(tok: str):
        t = tok.strip("()")
        t = t.rsplit(".", 1)[-1]  # (a decimal token `2.1` is its last number)
        if len(t) == 1 and "①" <= t <= "⑳":
            return ord(t) - ord("①") + 1  # (an item numbered ①…⑳: str.isdigit holds for it, int() fails)
        return int(t) if t.isdecimal() else (cn_to_int(t) if t and all(ch in "一二三四五六七八九十" for ch in t) else None)

    def candidates(self, ref: tuple[str, list]) -> list[str]:
        kind, toks = ref
        own, values = self.own, self.values
        if kind == "path":
            return [p for p in self.paths if own[p] == toks]
        if kind == "values":
            return [p for p in self.paths if values[p] == toks]
        if kind == "tail":
            return [p for p in self.paths if own[p][-len(toks):] == toks and len(own[p]) >= len(toks)]
        return [p for p in self.paths if values[p] and values[p][-1] == toks[0]]  # nth: the item numbered N in any style

    def resolve(self, ref: tuple[str, list], anchors: list[str], within: str | None = None) -> str | None:
        """The one item `ref` names, or None. `within`: the item the row's group row names; a bare number (`（三）`)
        then names an item under it or none (`（三）` under a group `二、` whose item has two is no other item's)."""
        kind, toks = ref
        cands = self.candidates(ref)
        if within and kind == "tail":
            cands = [p for p in cands if p.startswith(within + "/")]
        if len(cands) > 1:
            # a `§2`/`附件` copy of the same numbering: the main document's
            main = [p for p in cands if self.own[p] == p.split("/")]
            if len(main) == 1 and kind != "tail":
                return main[0]
        if len(cands) > 1 and kind == "tail":
            # a bare `（二）` of several parents: under the item named by the row's group row, or by the nearest row
            # above linked at the same level (its parent) or at the level above (itself); else no link
            style = toks[-1][:1]
            for a in reversed(anchors):
                last = a.rsplit("/", 1)[-1]
                if "/" in a and (last[:1] == style or (last[:1].isdigit() and style.isdigit())):
                    under = [p for p in cands if p.rsplit("/", 1)[0] == a.rsplit("/", 1)[0]]
                    return under[0] if len(under) == 1 else None
                under = [p for p in cands if p.rsplit("/", 1)[0] == a]
                if under:
                    return under[0] if len(under) == 1 else None
            return None
        return cands[0] if len(cands) == 1 else None


def _table_assignments(text: str, ctx: Context, mentions: list[NamedMention], add,
                       row_tasks: dict[tuple[int, int], str]) -> None:
    """Each row of a task-division table gives the organs of its role columns their roles, on
    the body item the row restates (`row_tasks`, _table_row_tasks), else on `表/N` (spec 1.1 section 6)."""
    tables = ctx.task_tables(text)
    # `责任单位（排在第一位的为牵头单位）` in the header, or the document's note (`注：…列第一位的为牵头单位`):
    # the first organ of each 责任单位 cell leads, the rest are co (spec 1.1 section 6)
    note = (FIRST_LEADS.search(text, ctx.layout.body_start) or _notice_first_leads(text, ctx)) if tables else None
    noted = note is not None
    # (s22-assign3) …unless the note names the others joint leads (`列第一位者为牵头单位，其他为共同牵头单位`): then every
    # organ of a 牵头单位 cell leads
    joint = noted and "共同牵头" in text[note.end():note.end() + 24]
    # (s29-assign2, guide R41) a 牵头单位 cell names every organ in it as a lead (`州委农办、州农业农村局` under `注：列第一位者
    # 为牵头单位，其他单位按职责分工负责`: both lead, the S29 gold pass on A11 a127); the convention decides between the organs
    # of a 牵头 cell only where the note says it speaks of that column (`牵头单位栏中有多个部门的，列第一位者为牵头单位…`)
    lead_column = noted and not joint and LEAD_COLUMN_NOTE.search(text, max(0, note.start() - 24), note.start() + 2)
    for table in tables:
        first_leads = noted or FIRST_LEADS.search(" ".join(table.header)) is not None
        for nm in _every_row_organs(text, table, mentions, ctx):
            # (s26-a20org) `注：各市（州）、县（市、区）政府负责本地区任务落实，不再逐项列出`: the note gives the organ every row
            for k in range(len(table.rows)):
                for task in row_tasks[(table.index, k)]:
                    add(task, nm, "responsible")
        for k, row in enumerate(table.rows):
            for task in row_tasks[(table.index, k)]:
                for ci, cell in enumerate(row.cells):
                    role = table.row_role(row, ci)
                    if role is None:
                        continue
                    inner = _inside(mentions, cell.start, cell.end)
                    cell_organs = sorted(inner + _place_assignees(text, cell.start, cell.end, inner),
                                         key=lambda x: x.mention.start)
                    if ((role == "responsible" and not first_leads or role == "lead" and CELL_ROLE_MARKS_OTHERS.search(
                            text, cell.start, cell.end)) and CELL_ROLE_WORD.search(text, cell.start, cell.end)):
                        # `市市场监管局（牵头），市公安局、市商务局`, `A、B牵头，C配合` in a 责任单位 cell: the cell names its
                        # roles itself and reads as an annotation does (spec 1.1 section 6: the departments named before
                        # 牵头 lead; once a lead is named every other department of the same assignment is co)
                        marked = {nm.name for nm in cell_organs if CELL_LEAD_MARK.match(text, nm.mention.end, cell.end)}
                        if marked:  # `市公安局，市市场监管局（牵头）`: the bracket marks the one organ it follows
                            for nm in cell_organs:
                                add(task, nm, "lead" if nm.name in marked else "co")
                            continue
                        lead_named = False
                        for cs, ce in _clauses(text, cell.start, cell.end):
                            triples = _roles(text, cs, ce, [nm for nm in cell_organs if cs <= nm.mention.start < ce],
                                             False, lead_named)
                            lead_named = lead_named or any(r == "lead" for _, r in triples)
                            for nm, r in triples:
                                add(task, nm, r)
                        continue
                    for nm in cell_organs:
                        # (s22-assign3) the declared convention also decides between the organs of a 牵头单位 cell
                        # where it says so (LEAD_COLUMN_NOTE): the first leads, the others are co
                        if (role == "responsible" or (role == "lead" and lead_column)) and first_leads:
                            add(task, nm, "lead" if nm.name == cell_organs[0].name else "co")
                        else:
                            add(task, nm, role)


# (s29-assign2) A first-listed note that names the 牵头 column as the one it speaks of (`牵头单位栏中有多个部门的，…`).
LEAD_COLUMN_NOTE = re.compile(r"牵头(?:单位|部门)(?:栏|列)?(?:中|内|里)")


# (s26-a20org) A note under a task-division table that gives an organ the work of every row and says it is left out of
# the rows (`注：各市（州）、县（市、区）政府负责本地区任务落实，不再逐项列出`): the note is that organ's 负责 assignment
# written once for every row, as a `下同` clause is carried into the later items (guide R4, R17: `以下均需X落实，不再列出`
# is read as 下同); `responsible` (负责, no lead named in it) on each row's task, beside what the row's own cells give (R8).
# Only a note that opens within a few lines after the table's last row.
# (s27-assign2, guide R27) The clause may follow another of the note's clauses after `；` (`注：…列第一位者为牵头单位，其他为
# 共同牵头单位；各省级人民政府负责本行政区域内相关任务的组织实施，不再单独列出`), and it may say "every row" by its object
# instead of `不再列出`: the tasks of each one's own area (`…为属地责任主体，负责本辖区内整治任务的具体实施`), which is the
# table's whole work shared out by place.
NOTE_EARLIER_CLAUSE = r"(?:[^。；;\n]{1,80}?[；;])??"
# (s28-assign) The note may also name the rows as "every task" (`各县（市、区）人民政府为各项任务的责任主体，负责本地具体实施`)
# and be written without its `注：` label when it stands right under the last row (`各省级人民政府负责落实本地区各项任务，不再
# 列出。` under a State Council 重点任务分工): the sentence says itself that it speaks for every row.
EVERY_ROW_SCOPE = (r"(?=[^。；;\n]{0,6}?(?:(?:本|各自的?)(?:辖区|地区|区域|行政区域)内?的?\p{Han}{0,4}?任务|各项任务"
                   r"|本(?:地|辖区|地区)的?具体(?:实施|落实)))")
# (s33-assign) Under its `注：` label the note may hold a whole sentence before the clause (`注：牵头单位有两个及以上的，列第一位的为
# 总牵头单位。各县（市、区）人民政府、园区管委会负责本辖区相关任务落实。`): the label covers every sentence of the note.
NOTE_EARLIER_SENTENCE = r"(?:(?<=[：:])[^。；;\n]{1,80}?。)?"
EVERY_ROW_NOTE = re.compile(rf"(?:(?:注|备注|说明)[：:]{NOTE_EARLIER_SENTENCE})?{NOTE_EARLIER_CLAUSE}(?P<who>[^。；;\n]{{2,60}}?)"
                            r"(?:为(?:属地|各项任务的?|上述任务的?)?(?:责任|实施|工作)主体[，,])?(?:负责|承担)"
                            rf"(?:[^。；;\n]{{0,40}}?[，,]?(?:均)?不再(?:逐项|逐一|一一|单独|重复)?列出|{EVERY_ROW_SCOPE})")

# (s36-tables) Under its `注：` label the note may say "every row" by the area the work is done in, the plan's work named
# as a whole: `注：各县（市、区）人民政府负责本地区农村电商发展工作，列第一位者为牵头单位。` (each place's share of the table's
# work, as `本辖区…任务` says it; guide R27). Only labelled: unlabelled, such a sentence is one duty among others.
LABELLED_AREA_WORK_NOTE = re.compile(rf"(?:注|备注|说明)[：:]{NOTE_EARLIER_SENTENCE}{NOTE_EARLIER_CLAUSE}(?P<who>[^。；;\n]{{2,60}}?)"
                                     r"(?:负责|承担)(?:做好|抓好)?本(?:地|辖区|地区|区域|行政区域|[省市州盟县区旗乡镇]{1,2}(?:[（(][^（）()]{1,8}[）)])?)"
                                     r"内?的?[^。；;，,\n]{0,30}?工作")


def _every_row_note(text: str, table):
    """The note right under the table's last row that speaks for every row (EVERY_ROW_NOTE, LABELLED_AREA_WORK_NOTE), or
    None."""
    if not table.rows or table.end <= table.start:
        return None
    k = table.end
    while k < len(text) and text[k] in " \t\r\n\u3000":
        k += 1
    m = EVERY_ROW_NOTE.match(text, k) or LABELLED_AREA_WORK_NOTE.match(text, k)
    if m is None or k - table.end > 8:
        return None
    return m


def _every_row_note_span(text: str, table) -> tuple[int, int] | None:
    m = _every_row_note(text, table)
    return (m.start(), m.end()) if m else None


def _every_row_organs(text: str, table, mentions: list[NamedMention], ctx: Context | None = None) -> list[NamedMention]:
    m = _every_row_note(text, table)
    found = _inside(mentions, m.start("who"), m.end("who")) if m else []
    if ctx is not None:
        for note in _body_row_notes(text, ctx):
            if note.end() <= table.start:
                found += _inside(mentions, note.start("who"), note.end("who"))
    return found


# (s37-tables, guide S36 CR2 Q2) The same note written in the body, in the sentence that sends the reader to the table
# (`各项重点任务及牵头、配合单位详见附表。列第一位者为牵头单位，其他为配合单位，县市区政府负责本地区相关工作落实，不再列出。`):
# the collective is left out of the table's rows, so the note is its 负责 written once for every row of the table below
# (guide R27), not an assignment of the item it stands in. Only with `不再…列出` (the note says itself that the rows leave the
# organ out) and in a paragraph that points to the table (详见附表, 见附件, the table's name).
TABLE_POINTER = re.compile(r"(?:详见|见|参见|列入|按照)\s*(?:附表|附件|下表|表\s*\d)|(?:任务|责任)?分工(?:表|一览表)|任务清单")
LEFT_OUT = re.compile(r"不再(?:逐项|逐一|一一|单独|重复)?列出")
CLAUSE_OPEN_BACK = re.compile(r"[，,。；;：:\n]")


def _body_row_notes(text: str, ctx: Context) -> list:
    """The EVERY_ROW_NOTE matches in body paragraphs above a task-division table that point to it (TABLE_POINTER)."""
    def compute() -> list:
        tables = [t for t in ctx.task_tables(text) if t.rows]
        if not tables or "列出" not in text:
            return []
        last = max(t.start for t in tables)
        out = []
        for m in LEFT_OUT.finditer(text, ctx.layout.body_start, last):
            line_start = ctx.line_start(m.start())
            line_end = text.find("\n", m.end())
            line_end = len(text) if line_end < 0 else line_end
            if not TABLE_POINTER.search(text, line_start, line_end):
                continue
            cue = max(text.rfind("负责", line_start, m.start()), text.rfind("承担", line_start, m.start()))
            if cue < 0:
                continue
            opens = [x.end() for x in CLAUSE_OPEN_BACK.finditer(text, line_start, cue)]
            at = opens[-1] if opens else line_start
            note = EVERY_ROW_NOTE.match(text, at)
            if note is not None and note.end() >= m.end() and not any(t.start <= at < t.end for t in tables):
                out.append(note)
        return out
    return ctx.shared("body_row_notes", compute)


def _outside_role_cells(annotations: list["Annotation"], tables) -> list["Annotation"]:
    """The annotations that do not lie inside a role cell of a task-division table (`| 1 | 推进… | 牵头单位：A；配合单位：B |`):
    such a cell is the row's, read by _table_assignments on the row's task; read again as a label line it gave the roles
    to the body item before the table too."""
    cells = sorted((c.start, c.end) for t in tables for row in t.rows for ci, c in enumerate(row.cells)
                   if t.role_of(ci) is not None and c.end > c.start)
    # (s17) an annotation read from a row's line across its cells (a sentence from the row's number to its organs,
    # `3\t加强…\t省科技厅（牵头）、省财政厅`) is the row's too: the whole of a table, header to last row
    spans = [(t.start, t.end) for t in tables if t.rows and t.end > t.start]
    if not cells:
        return annotations
    starts = [a for a, _ in cells]
    kept = []
    for ann in annotations:
        k = bisect_left(starts, ann.start + 1) - 1
        if k >= 0 and cells[k][0] <= ann.start < cells[k][1]:
            continue
        if any(a <= ann.start < b for a, b in spans):
            continue
        kept.append(ann)
    return kept


# The role words that make a 责任单位 cell name its roles itself; the bracketed mark of a lead after its organ.
CELL_ROLE_WORD = re.compile(r"牵头|会同|配合|参与|协助|协办")
CELL_LEAD_MARK = re.compile(r"[（(]牵头(?:单位|部门)?[）)]")
# (s36-tables) A 牵头单位 cell that names the others' role itself (`县商务局牵头，县财政局、县市场监管局等按职责分工负责`, a cell
# merged across the lead and co columns): read as an annotation, like a 责任单位 cell naming its roles (spec 1.1 section 6:
# once a lead is named every other department of the same assignment is co); a lead cell without such words leads whole (R41).
CELL_ROLE_MARKS_OTHERS = re.compile(r"牵头[，,；;]|(?:配合|参与|协助|协办)(?:单位|部门)?[：:]?|按职责(?:分工)?负责|[（(]牵头(?:单位|部门)?[）)]")


# (s21) a heading's first clause: before its first comma, 、 or 并 (`健全农村信用体系建设并推进…`)
HEADING_FIRST_CLAUSE = re.compile(r"([^，,、；;并]{4,})(?:[，,、；;]|并)")


def _one_sentence_item(task, text: str) -> bool:
    """(s35-layout) An item that is one sentence of amounts and nothing more (`（四）创建省级示范村1个、区级示范村3个，打造…
    500户以上。`, a goal of 工作目标): its `heading` is its whole text, no heading of its own. A table row that writes
    its first clause (`创建省级示范村1个`) repeats words of the item's text and restates no heading (guide S20 R13: 表/N);
    the first-clause readings below are for headings (`强化宣传引导` of `强化宣传引导，营造…。各地要…`).
    (s36-tables) Amounts or not: an item that is one sentence (`（三）健全农村信用体系建设并推进信用评级工作。`, the next item
    on the next line) has that sentence as its heading, and a row writing its first clause does not contain it (R13)."""
    end = task.span[1] if task.span else -1
    return (end > 0
            and re.match(r"[。；;]?[ \t\u3000]*(?:\n|$)", text[end:end + 8]) is not None)


def _heading_up_to_a_break(heading: str, cell: str) -> bool:
    """The cell writes the heading from its start up to one of its clause breaks (，；、 or 并), six characters or more:
    the heading as a table row shortens it, wherever the break (the first clause is HEADING_FIRST_CLAUSE's)."""
    h = re.sub(r"\s+", "", heading)
    c = re.sub(r"\s+", "", cell).rstrip("。；;，,")
    return len(c) >= 6 and len(h) > len(c) and h.startswith(c) and (h[len(c)] in "，,、；;" or h[len(c)] == "并")


def _squeeze(s: str) -> str:
    return re.sub(r"[\s，,。；;：:、“”\"（）()《》]", "", s)


# (s29-assign, guide R42) The leading verbs a task-division table drops when its row restates an item's heading
# (`加强厕所粪污无害化处理与资源化利用` as the row `厕所粪污无害化处理与资源化利用`): the row is the heading all the same.
HEADING_LEAD_VERBS = ("加强", "推进", "推动", "实施", "开展", "深化", "强化", "完善", "健全", "做好", "抓好", "落实")


def _heading_without_verb(heading: str, cell: str) -> bool:
    """The cell (squeezed) is the heading (squeezed) with only its leading verb (HEADING_LEAD_VERBS) dropped, four
    characters or more left: a row that adds or changes words is no restatement (guide R13, R42)."""
    return len(cell) >= 4 and len(heading) == len(cell) + 2 and heading.endswith(cell) \
        and heading.startswith(HEADING_LEAD_VERBS)


def _names_division(heading: str) -> bool:
    """`DUTY_DIVISION_HEADING.fullmatch(_squeeze(heading))` as a truth value. (speed only, s23) Every match holds 职责 or
    分工, and squeezing only takes characters out: a heading without both characters of either is told at once (one
    heading a task, ~4 600 a benchmark pass)."""
    if not ("职" in heading and "责" in heading or "分" in heading and "工" in heading):
        return False
    return DUTY_DIVISION_HEADING.fullmatch(_squeeze(heading)) is not None


def _row_refs(row, tcol: int | None) -> list[tuple[str, list]]:
    """The item numbers a row writes (guide S20 R13): in its task cell, else its 序号 written as the item's path (`1.2`,
    `一-（二）`); a plain 序号 is the row's own number. An Arabic `3.` opening the task cell of row 3 repeats the row's
    number (the table numbering its rows twice), no item's."""
    if tcol is None or tcol >= len(row.cells):
        return []
    refs = item_refs(row.cells[tcol].text)
    refs = [r for r in refs if not (r[0] == "tail" and r[1][0].isdigit() and r[1][0] == row.number)]
    return refs or item_refs(row.number, serial=True)


def _numbered_item(cell: str, words: str, ctx: Context) -> str | None:
    """The one item numbered as the cell's opening number (`（一）`, `3.`, `一、`) whose heading holds the cell's
    other words (`words`, squeezed; four characters or more), or None."""
    if len(words) < 4:
        return None
    tails = {tok[0] for kind, tok in item_refs(cell) if kind == "tail" and len(tok) == 1}
    if not tails:
        return None
    found = [t.path for t in ctx.tasks if t.path.rpartition("/")[2] in tails and words in _squeeze(t.heading)]
    return found[0] if len(found) == 1 else None


def _row_task(row, table, tcol: int | None, text: str, ctx: Context, index: "_ItemIndex", above: list[str],
              mirrors: bool = True) -> list[str]:
    """The body items a row restates: same heading, or the item whose text names the row's task; else the items whose
    numbers the row writes (guide S20 R13, item_refs); else the item its group row names; else `表/N`."""
    label = [f"表{'' if table.index == 1 else table.index}/{row.number}"]
    group = None
    if row.group:
        g = _squeeze(re.sub(r"^[一二三四五六七八九十]+(?:、|[．.](?!\d))", "", row.group))  # (s17-form) 一． too
        g = re.sub(r"共\d+项$", "", g)
        for t, h in zip(ctx.tasks, index.squeezed):
            # (s23-assign2) the group row writes the item's heading (whole, or with more words): it names the item (guide
            # S20 R13, by number or heading); a group that is only a part of a heading (`知识产权保护方面` of the item
            # `知识产权保护方面5项：…`, a category whose reforms the item lists) names no item, its rows are `表/N` (b4 d004)
            if len(g) >= 4 and len(h) >= 4 and (h == g or h in g):
                group = t.path
                break
    if tcol is None or tcol >= len(row.cells):
        return label
    # ((s17-table2) the item's number the cell opens with, `（三）`/`17．`, is no word of the heading)
    words = cell_words(row.cells[tcol].text)
    want = _squeeze(words)
    if len(want) >= 4:
        for t, h in zip(ctx.tasks, index.squeezed):
            # (s21) the cell contains the heading, not a part of it (`督查问责` of `严格督查问责` rewords the item: 表/N,
            # guide S20 R13; A3 a28, A4 a45); but the heading's first clause written out whole (`健全X` of `健全X并推进Y`,
            # `强化宣传引导` of `强化宣传引导，营造…`) is the heading as the row writes it
            if h == want or (len(h) >= 4 and h in want) or (h.startswith(want) and HEADING_FIRST_CLAUSE.match(t.heading)
                                                            and _squeeze(HEADING_FIRST_CLAUSE.match(t.heading).group(1)) == want
                                                            and not _one_sentence_item(t, text)):
                if h == want and any(_heading_without_verb(h2, want) for t2, h2 in zip(ctx.tasks, index.squeezed)
                                     if t2.path != t.path):
                    # (s32-assign2, guide R42 scope) the row is one item's heading as written and another's with its
                    # leading verb dropped (`农村生活垃圾治理` of a goal `（一）农村生活垃圾治理` and a task `（二）推进
                    # 农村生活垃圾治理`): two headings fit, the row stays `表/N`
                    return label
                return [t.path]
        for t in ctx.tasks:  # (s24-swap) the heading's words up to a later clause break (`加快发展A、B` of `加快发展A、B，培育C`)
            if _heading_up_to_a_break(t.heading, words) and not _one_sentence_item(t, text):
                return [t.path]
        # (s29-assign, guide R42) the heading with only its leading verb dropped (`农村黑臭水体治理` for `加强农村黑臭水体
        # 治理`): the one item so restated (two items one verb apart, `加强X`/`推进X`, name neither)
        bare = [t.path for t, h in zip(ctx.tasks, index.squeezed) if _heading_without_verb(h, want)]
        if len(bare) == 1:
            return bare
        cell = elision_cell(words)  # (s17-table2) the heading with its list of examples left out (`支持银行、保险等金融…` → `支持金融…`)
        for path, h in index.elidable:
            if elided_restated(cell, h):
                return [path]
    # (s20) a row whose task cell only repeats words of an item's text (a goal sentence of 总体目标, an indicator) does
    # not restate the item: the S20 guide links a row by the item's number or heading written in the row, else 表/N
    # (s20-assign2) the item numbers the row writes: in its task cell, or its 序号 written as the item's path (`1.2`,
    # `一-（二）`); a plain 序号 is the row's own number. A number naming no item, or one of several items with nothing
    # above to tell which, links nothing.
    # (s24-swap) the item's number and words of its heading written together (`（一）排查建立台账`, `3.探访关爱服务`): the
    # item so numbered whose heading holds the cell's words, also where the number alone is several items' (a second
    # level numbered afresh under every part) or repeats the row's own 序号 (guide S20 R13, by number or heading)
    numbered = _numbered_item(row.cells[tcol].text, want, ctx) if mirrors else None
    if numbered:
        return [numbered]
    refs = _row_refs(row, tcol) if mirrors else []
    if refs:
        within = group
        if not group and row.group:
            m = re.match(r"^([一二三四五六七八九十]+)(?:、|[．.](?!\d))", row.group)
            if m and m.group(1) in index.known:
                within = m.group(1)
        anchors = above[-1:] + ([within] if within else [])  # (the group row first)
        found = [p for p in (index.resolve(r, anchors, within) for r in refs) if p]
        if found:
            return list(dict.fromkeys(found))
    if group and not index.has_children(group):
        # (s36-tables) the rows under a group row that writes a leaf item's heading are that item's parts (a 推广清单's
        # reforms under `一、知识产权保护方面`); under an item that has numbered sub-items of its own (`一、完善服务体系`
        # over rows at the level of its `1.` `2.`), a row restates one of those by its own heading or number, else none:
        # `表/N` (guide S20 R13, a row links by what the row writes)
        return [group]
    return label


# ---------------------------------------------------------------- annotations

def _annotations(text: str, ctx: Context, mentions: list[NamedMention]) -> list[Annotation]:
    out: list[Annotation] = []
    for a, b in _body_ranges(ctx):
        out += _bracket_annotations(text, a, b, mentions)
        out += _line_annotations(text, a, b, mentions, out)
        out += _sentence_annotations(text, a, b, mentions, out)
    return sorted(out, key=lambda x: x.start)


# A column name of a task table (`市卫健委内牵头处室`, `配合科室`) ends its short line: no assignment.
COLUMN_NAME_END = re.compile(r"(?:牵头|配合|责任|参与|协办|协助|主责)(?:处室|科室|股室|单位|部门)[ \t　]*$")


def _sentence_annotations(text: str, a: int, b: int, mentions: list[NamedMention], found: list[Annotation]) -> list[Annotation]:
    """`A牵头负责，B、C参与。` written as a sentence of its own."""
    out = []
    taken = SpanIndex((x.start, x.end) for x in found)
    organ_starts = sorted(nm.mention.start for nm in mentions)
    # (the sentences `[^。！？\n]+` of text[a:b] that hold an organ's start, found from the starts)
    for s, e in _sentences_at(text, a, b, SENTENCE_END, SENTENCE_END_BACK, organ_starts):
        k = bisect_left(organ_starts, s)
        if k == len(organ_starts) or organ_starts[k] >= e or not stdlib_twin(CUE).search(text, s, e):
            continue  # no organ starts in the sentence (none can be inside it), or no cue word
        if e - s <= 24 and COLUMN_NAME_END.search(text, s, e):
            continue  # `市卫健委内牵头处室`: a table's column name on a line of its own
        if taken.covers(s) or taken.any_start_in(s, e):
            continue
        inner = _inside(mentions, s, e)  # looked up only for a sentence with a cue word
        if inner and ("各" in text[s:e] or _may_name_place(text, s, e)):
            # `A牵头，各乡镇、各村负责具体实施。`: places, as in a bracket; (s36-assign) also a town or village named as
            # one item of the list (`由A牵头，B、C、古城镇负责落实。`, a county plan's own towns), as in an annotation
            inner = sorted(inner + _place_assignees(text, s, e, inner), key=lambda nm: nm.mention.start)
        if inner and text.startswith(WORK_OPENING_START, s):
            # (s22-assign3) `此项工作由A牵头，B、C等按职责分工负责。`: the work named before the assignment is no
            # fragment of it; the sentence after it reads as one written without it
            opening = WORK_OPENING.match(text, s, e)
            if opening and opening.end() <= inner[0].mention.start and text[opening.end():inner[0].mention.start] in ("由", ""):
                s = opening.end()
        if _is_assignment(text, s, e, inner) and stdlib_twin(CUE).search(_blanked(text, s, e, inner)):
            out.append(Annotation(s, e, inner, "sentence"))
    return out


def _may_name_place(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] lists a place word as an item (`、古陶镇`, `、梅林村`): the cheap gate before LISTED_NAMED_PLACE."""
    return any(text.find(w, s, e) >= 0 for w in ("镇", "乡", "村", "街道", "社区"))


# Sentence ends: `_sentences_at` finds the sentence around a position by a search each way.
SENTENCE_END = re.compile(r"[。！？\n]")
SENTENCE_END_BACK = re.compile(r"[。！？\n]", re.REVERSE)
# (a web copy's half-width `;` ends a clause as `；` does: `民政部门负责…;住房保障部门负责…`)
CLAUSE_END = re.compile(r"[。；;！？\n]")
CLAUSE_END_BACK = re.compile(r"[。；;！？\n]", re.REVERSE)


def _sentences_at(text: str, a: int, b: int, end_rx, end_back_rx, points: list[int]) -> list[tuple[int, int]]:
    """Of the runs `[^ends]+` of text[a:b] (what finditer of that class gives, `end_rx` matching
    one end character and `end_back_rx` the same in reverse), those holding one of `points`
    (sorted offsets) or ending right before one, in text order: found from the points, so a
    document's many sentences without an organ are not walked in Python. A superset of the runs
    that hold a point in [s, e]: callers keep their own test."""
    out: list[tuple[int, int]] = []
    last_e = a
    end_rx = stdlib_twin(end_rx)  # (the same matches, faster: scan.stdlib_twin)
    i, n = 0, len(points)
    while i < n:
        p = points[i]
        if p > b:
            break
        if p < last_e:
            # (speed only) p - 1 and p both lie before last_e: every point of the run taken is passed by one bisection
            i = bisect_left(points, last_e, i)
            continue
        i += 1
        for q in (p - 1, p):
            if q < a or q >= b or q < last_e or end_rx.match(text, q):
                continue  # outside, in the run already taken, or an end character (in no run)
            nxt = end_rx.search(text, q, b)
            e = b if nxt is None else nxt.start()
            prev = end_back_rx.search(text, a, q)
            s = a if prev is None else prev.end()
            out.append((s, e))
            last_e = e
    return out


def _blanked(text: str, a: int, b: int, inner: list[NamedMention]) -> str:
    """text[a:b] with the organ mentions blanked: a cue word inside a name (负责…的部门) is no cue."""
    spans = sorted((max(nm.mention.start, a), min(nm.mention.end, b)) for nm in inner)
    parts, pos = [], a
    for s, e in spans:  # (spans may overlap: each character blanked once)
        s = max(s, pos)
        if e <= s:
            continue  # outside text[a:b], or blanked already
        parts.append(text[pos:s])
        parts.append(" " * (e - s))
        pos = e
    parts.append(text[pos:b])
    return "".join(parts)


def _body_ranges(ctx: Context) -> list[tuple[int, int]]:
    return [(ctx.layout.body_start, ctx.layout.body_end)]


def _inside(mentions: list[NamedMention], a: int, b: int) -> list[NamedMention]:
    return items_within(mentions, a, b, _mention_start, _mention_end)  # by bisection, same result


def _mention_start(nm: NamedMention) -> int:
    return nm.mention.start


def _mention_end(nm: NamedMention) -> int:
    return nm.mention.end


TORTOISE_PLACES = re.compile(r"〔(?:含)?(?:市|区|县|镇|乡|街道|特区|开发区|园区)(?:、(?:市|区|县|镇|乡|街道|特区|开发区|园区))*〕")
# (s32-assign) An organ's second sign in brackets right after its name (`市发改委〔物价局〕牵头`, `市发展改革委（市物价局）`:
# one organ that carries two names, as merged organs of the 2000s-2010s were written): part of the organ written before it,
# no fragment of prose that voids the annotation (spec 1.1 section 6; the first name is the organ's).
# (s33-assign) also the board of the zones run in the places' stead after the places' governments, bracketed with 〈〉 as some
# web copies type an inner bracket (`各区政府〈管委会〉负责`, `各县（市、区）政府〈管委会〉`): the alternative of the collective
# written before it (guide D98, S33), no prose.
SECOND_SIGN = re.compile(r"(?<= )(?:[〔（(][\p{Han}]{1,10}?(?:局|委|办|厅|署|室)[〕）)]|〈(?:管委会|管理委员会)〉)")


# The units written beside departments (`市直各部门、各单位`, `有关部门和单位`): no departments (guide D29, spec 1.1
# section 5), dropped from the assignment without voiding the departments named with them.
UNITS_BESIDE = frozenset(("各单位", "有关单位", "各有关单位", "相关单位", "各相关单位", "其他单位", "直属单位", "各直属单位",
                          "和单位", "及单位", "和各单位", "及各单位"))
_BEFORE_DUTY = r"(?=[，,]?(?:要|应|须|按|在|分别|共同|具体|负责|牵头|会同|配合|参与|协助|根据|依照|依据|等))"
UNITS_AFTER = re.compile(r"(?:[、和及]|以及)(?:各|其他|有关|相关|各有关|各相关|各直属|直属)?单位" + _BEFORE_DUTY
                         + r"|(?<=部门)各?单位" + _BEFORE_DUTY)


# `县直有关单位`, `市直各单位`, `各驻镇单位`: units of every kind of a level or stationed in a place, no departments (guide
# D30); written in an assignment beside organs or places they are passed over without voiding the others. One definition
# with the organs reader's (pipeline/nlp/level_units.py): LEVEL_UNITS_PREFIXED for a fragment an annotation leaves over.


# (s23) A word glued to the front of an organ the recogniser found, opening a later list item (`沿海有关市县政府`,
# `各港口所在市县政府`, `省公安边防总队及沿海有关市县政府配合`): a qualifier of that organ's name the recogniser left out,
# no unknown name of its own; it does not void the annotation (issue 12: an unknown name inside an annotation never
# voids the rest). Short, no 的, no cue word, and written right before the blanked organ (two blanks at least: a name).
GLUED_QUALIFIER = re.compile(r"(?<=[、，,；;及和与])(?:(?!牵头|负责|会同|配合|参与|协助|协办|督促|指导|组织|协调|推动|落实|做好|的)"
                             r"[^\s、，,；;：:（）()〔〕由经在对请将要应须])"
                             r"{1,6}(?=  )")


# (s28-assign2) Units of a kind named by a determiner (`各管线权属单位`, `相关产权单位`, `各施工单位`) as one whole item of an
# annotation's list: units, no departments (spec 1.1 section 5, guide D29), so no triple; like UNITS_BESIDE they do not
# void the organs listed with them (issue 12). Only between list marks (a whole item, not `…单位的`).
# (s33-assign) also with the level or body they belong to before the determiner (`部属各预算单位`, `省直各预算单位`, `委属有关单位`)
KIND_UNITS = re.compile(r"(?:[部委省市县区厅局](?:属|直|直属))?(?:各有关|各相关|各|有关|相关|其他)[\p{Han}]{1,8}?单位")


def _kind_units(blanked: str, f: str) -> bool:
    if not KIND_UNITS.fullmatch(f) or "的" in f:
        return False
    for m in re.finditer(re.escape(f), blanked):
        if (m.start() == 0 or blanked[m.start() - 1] in _LIST_BEFORE) and _LIST_AFTER.match(blanked, m.end()):
            continue
        return False
    return True


def _is_assignment(text: str, a: int, b: int, inner: list[NamedMention]) -> bool:
    """Organs plus cue words and joiners only: an annotation, not prose in brackets. A fragment
    that is no known organ (a name missing from the tables) is allowed when it is short and ends
    like an organ, so one unknown name never voids the other organs of the annotation."""
    if not inner or not stdlib_twin(ROLE_CUE).search(text, a, b):
        return False
    blanked = _blanked(text, a, b, inner)
    if not stdlib_twin(ROLE_CUE).search(blanked):
        return False
    if "〔" in blanked:  # `各县〔市、区〕人民政府`: a place bracket written with the brackets of a document number
        blanked = TORTOISE_PLACES.sub("", blanked)
    if " 〔" in blanked or " （" in blanked or " (" in blanked or " 〈" in blanked:
        blanked = SECOND_SIGN.sub(" ", blanked)
    if "  " in blanked:
        blanked = stdlib_twin(GLUED_QUALIFIER).sub(" ", blanked)  # (the same matches, ~4x faster: scan.stdlib_twin)
    residue = FILLER_TWIN.sub(" ", blanked)
    if "为主" in residue:
        residue = MAIN_LEAD_RESIDUE.sub(" ", residue)  # `（以A为主，B配合）`: the lead's words
    # ((speed only, s31) every LEVEL_UNITS_PREFIXED match ends in 单位: a fragment ending otherwise is not tried)
    fragments = [f for f in residue.split() if f not in UNITS_BESIDE
                 and not (f.endswith("单位") and LEVEL_UNITS_PREFIXED.fullmatch(f))]
    if sum(map(len, fragments)) <= 2:
        return True
    # (a fragment with 的 is a phrase, not a name: `…议定事项的督办` ends in 办 but is no office)
    return all(len(f) <= 14 and "的" not in f and (ORGANISH_END.search(f) or _listed_unit(blanked, f) or _kind_units(blanked, f))
               or _enumerated_name(blanked, f)
               for f in fragments if len(f) > 1)


# (s31-assign) A name of no known kind written as a member of an enumeration of the annotation (`（自治区交通运输厅牵头，
# 自治区发展改革委、商务厅、国铁集团兰州局宁夏境内站段按职能分工负责）`): set off by `、` from another member and closed by a list
# mark or the role words, it is a name (an enterprise's branch, a unit of no table), no prose; it gets no triple and does
# not void the organs listed with it (spec 1.1 section 6, issue 12: an unknown name never voids the rest of the annotation).
# Not a phrase (的) and not a clause opening with a verb of the work (`加强宣传、培训`).
WORK_VERB_OPENING = re.compile(r"加强|推进|推动|开展|做好|抓好|建立|健全|完善|落实|组织|实施|制定|提高|提升|加快|强化|深化|支持|鼓励|引导"
                               r"|督促|指导|协调|研究|编制|发布|宣传|培训|开展|确保|严格|积极|认真|依法|及时|每年|每月|全面|进一步")


# (s35-assign) An enterprise's branch written down its chain (`中国出口信用保险公司江苏分公司常州营销服务部`, `中国人民财产保险
# 股份有限公司某某市分公司`) runs longer than other names: a member naming a company, group or bank may be that long.
CHAIN_UNIT_WORDS = ("公司", "集团", "银行")


def _enumerated_name(blanked: str, f: str) -> bool:
    longest = 32 if any(w in f for w in CHAIN_UNIT_WORDS) else 20
    if len(f) > longest or "的" in f or WORK_VERB_OPENING.match(f) or any(c in f for c in "《》“”\"'"):
        return False
    for m in re.finditer(re.escape(f), blanked):
        s, e = m.start(), m.end()
        # (the member beside it across the `、` is an organ the recogniser found: blanked)
        if blanked[s - 2:s] == " 、" and _LIST_AFTER.match(blanked, e):
            continue
        if (not s or blanked[s - 1] in _LIST_BEFORE) and blanked[e:e + 2] == "、 ":
            continue
        if _member_of_organ_enumeration(blanked, s, e):
            continue
        return False
    return True


# (s33-assign) Two names of no known kind side by side in one enumeration (`（市交通运输局、市发展改革委、某某机场、某某铁路局某某
# 车务段负责）`: an airport and a railway station section after the city's bureaus): each is a whole member of a `、` list
# that holds a known organ, so neither is prose; they get nothing and do not void the organs (spec 1.1 section 6, issue 12).
ENUMERATION_EDGE = "（(〔【[：:，,；;"


def _member_of_organ_enumeration(blanked: str, s: int, e: int) -> bool:
    if not ((not s or blanked[s - 1] in "、" + ENUMERATION_EDGE) and (blanked.startswith("、", e) or _LIST_AFTER.match(blanked, e))):
        return False
    lo = max(blanked.rfind(c, 0, s) for c in ENUMERATION_EDGE) + 1
    hi = min([k for k in (blanked.find(c, e) for c in ENUMERATION_EDGE + "）)〕】]") if k >= 0] or [len(blanked)])
    members = blanked[lo:hi].split("、")
    return len(members) >= 3 and any(len(x) >= 2 and not x.strip() for x in members)


# (s17-assign) An enterprise, school or hospital written as one item of an annotation's list (`（省通信管理局、省铁塔公司、
# 各基础电信企业、各市人民政府负责）`): no department (it gets no triple, ENTERPRISE_ENDS, spec 1.1 section 5), but it does
# not void the organs listed with it, as it does not under a label (`（责任单位：…，省铁塔公司、各基础电信企业，…）`). Only a
# whole list item: between the bracket or a list mark and a list mark or the role word (`（鼓励企业负责）` is prose).
# (s17-assign2) also a university or college, a bank, a library, museum or archive (`山东老年大学`, `省档案馆`: 事业单位 or
# enterprises, no department), so the lead-and-co bracket reads as its label form does
# (s18) One table of the endings of units that are no departments (spec 1.1 section 5: enterprises, schools, hospitals,
# banks, associations, research institutes; libraries, museums and archives, 事业单位), read by every list-reading rule
# below (LISTED_UNIT_END, UNKNOWN_UNIT_CO, UNKNOWN_UNIT, NAMED_UNIT: four lists that had drifted apart).
UNIT_ENDS = ("有限公司", "公司", "集团", "企业", "学校", "高校", "大学", "学院", "银行", "医院", "协会", "学会", "研究院", "研究所",
             # (s28-assign) a rural credit co-operative by its short names (`省农信联社`, `县农村信用联社`, `农信社`): a financial
             # institution, no department (spec 1.1 section 5); not 供销联社, the people's organisation
             "信用社", "信用联社", "信联社", "农信社", "农商行",
             # (s36b-swap) a town's schools by the names towns write them (`镇中心校`, `XX中学`, `中心小学`, `镇幼儿园`):
             # schools, no departments, as 学校 is
             "中心校", "中学", "小学", "幼儿园")
# (s27-assign4) also a newspaper or broadcaster (`乐山日报社`, `XX广播电视台`, `市电台`, `XX晚报`): a media 事业单位 or
# enterprise, no department (spec 1.1 section 5); one item of a list (`（A牵头，B、C、D广播电视台等配合）`) does not void
# the organs listed with it (issue 12). (社 and 中心, `报社`, `融媒体中心`, already read as organ-like endings; 台 and 报 do not.)
MEDIA_ENDS = ("电视台", "电台", "日报", "晚报", "报社", "杂志社")
VENUE_ENDS = ("党校", "档案馆", "图书馆", "博物馆", "文化馆", "纪念馆", "科技馆", "美术馆") + MEDIA_ENDS
_UNIT_ALT = "|".join(UNIT_ENDS)
_VENUE_ALT = "|".join(VENUE_ENDS)
LISTED_UNIT_END = UNIT_ENDS + VENUE_ENDS
_LIST_BEFORE = "（(〔【[：:、，,"
_LIST_AFTER = re.compile(r"\s*(?:[、，,；;）)〕】\]]|等|(?:按照?|根据|依据|依照)(?:各自的?)?(?:职责|职能)(?:分工)?负责|(?:牵头)?负责|牵头|配合|参与|协助|$)")


def _listed_unit(blanked: str, f: str) -> bool:
    if not f.endswith(LISTED_UNIT_END):
        return False
    for m in re.finditer(re.escape(f), blanked):
        if (m.start() == 0 or blanked[m.start() - 1] in _LIST_BEFORE) and _LIST_AFTER.match(blanked, m.end()):
            continue
        return False
    return True


def _place_assignees(text: str, a: int, b: int, inner: list[NamedMention]) -> list[NamedMention]:
    """各地区, 各县（市、区）… inside an annotation: the places' governments, kept as written."""
    taken = [(nm.mention.start, nm.mention.end) for nm in inner]
    out = _listed_named_places(text, a, b, taken)  # (s18-a1org) before 各村 of `沿线各村` is taken alone
    held = None  # (the spans held so far, indexed at the first place found: most annotations name none)
    for m in stdlib_twin(PLACE_ASSIGNEE).finditer(text, a, b):
        if held is None:
            held = SpanIndex(taken + [(x.mention.start, x.mention.end) for x in out])
        if held.overlapping(m.start(), m.end()):
            continue
        out.append(_place_assignee(m))
        held.add((out[-1].mention.start, out[-1].mention.end))
    if "相关" in text[a:b] or "有关" in text[a:b] or "受益" in text[a:b] or "涉及" in text[a:b] or "试点" in text[a:b]:
        for m in GROUP_PLACE.finditer(text, a, b):  # (s22-assign2) `配合单位：…、相关乡镇`
            # ((s32-assign2) also as the list's last item after 及/和: `…、镇农业服务中心及相关村配合`)
            if text[m.start() - 1:m.start()] not in _LIST_BEFORE + "及和" and m.start() != a:
                continue
            if any(s < m.end() and m.start() < e for s, e in taken + [(x.mention.start, x.mention.end) for x in out]):
                continue
            out.append(_place_assignee(m))
    if "村" in text[a:b]:
        # (s16) `责任单位：党政办、信访办、村（社区）`: a town's villages listed without 各 (kept as written, spec 1.1 §5)
        for m in LISTED_VILLAGES.finditer(text, a, b):
            if any(s < m.end() and m.start() < e for s, e in taken + [(x.mention.start, x.mention.end) for x in out]):
                continue
            name = _round_brackets(m.group(0))
            out.append(NamedMention(Mention(m.start(), m.end(), m.group(0), "collective", stem=name, layer="pattern"),
                                    name))
    return out


# (s18-a1org) A town, street or village named as one item of an annotation's list (`（区市政园林局牵头，南坪街道、长生桥镇
# 配合）`, `责任单位：梅林村、经济发展办公室`, `配合：相关村`, `各村〔社区〕`): a place inside an assignment stands for its government
# and is kept as written (spec 1.1 section 5). Towns and streets are checked against pipeline/data/townships.tsv (NBS 2021);
# a village needs no table (no 村 list is kept) but only a short name that is a whole list item and no generic word
# (农村, 行政村…); the group words before 村 are few and written (相关村, 沿线各村). Before, such a name left a residue that voided
# the whole annotation, or was dropped.
_PLACE_ITEM_BEFORE = r"(?<=[（(〔【：:、，,；;\t|]|(?<=[|\t]) )"  # (a table cell: `| 梅林村、… |`)
# ((s31-assign2) also the 。 that closes a label line, `责任单位：乡扶贫工作站、乡国土资源所、各相关村。`, as a township's plan
# types it: the line's last item is a list item like the others; one piece for the named places and the group places)
_LABEL_LINE_CLOSE = r"。[ 　]*(?:\n|$)"
_PLACE_ITEM_AFTER = (r"(?=[、，,；;）)〕】\t]|等|[ 　]*(?:\n|$|\|)|" + _LABEL_LINE_CLOSE + r"|(?:共同|具体|按职责分工|按职能分工)?"
                     r"(?:牵头|配合|参与|协助|协办|负责))")
LISTED_NAMED_PLACE = re.compile(
    _PLACE_ITEM_BEFORE + r"(?P<p>(?P<town>[\p{Han}]{2,6}?(?:镇|乡|街道|苏木))"
    r"|(?P<group>(?:各|相关|有关|各相关|各有关|沿线各?|沿街各?|沿河各?|涉及|所涉)村(?:[〔〈（(](?:社区|居)[〕〉）)])?)"
    r"|(?P<village>[\p{Han}]{2,4}村)"
    # (s24-assign) a named community (`城关社区`) or, as Hainan and Guangdong name them, a 居 (`中坤居`, `城西居`): a
    # place below the town like a village, kept as written inside an assignment (spec 1.1 section 5, guide D44)
    r"|(?P<community>[\p{Han}]{2,4}(?:社区|居))"
    # (s32-assign) a prefecture named by its own kind (`喀什地区`, `克孜勒苏柯尔克孜自治州`, `锡林郭勒盟`) as one item of a
    # provincial plan's 责任单位 list: the place stands for its government, kept as written (spec 1.1 section 5); only a
    # prefecture the gazetteer knows (pipeline/data/regions.tsv)
    r"|(?P<prefecture>[\p{Han}]{2,10}?(?:地区|自治州|盟)))" + _PLACE_ITEM_AFTER)
# (s22-assign2) The places concerned, named by a group word and a kind of place (`相关村`, `相关乡镇`, `有关镇（街道）`,
# `受益乡（镇）`), as one item of an assignment's list: they stand for their governments, kept as written (spec 1.1
# section 5; the golds of A9 a100, A10 a112 and a116 read them so). Only before a list mark or a role word (not
# `相关乡镇企业`, `有关村民`).
# (s28-assign2) also a bracket of several kinds (`相关乡（镇、街道）`) and the pilot places of the plan (`试点镇（街道）`, the
# places the item's pilot runs in, named by the kind a group word would name)
# (s35-assign) also a town's 管区 (the management districts over its villages, as Shandong towns divide themselves):
# `责任单位：镇规划建设办、镇财政所、相关管区` lists the districts concerned as `各管区` is listed (D34)
GROUP_PLACE = re.compile(r"(?:相关|有关|涉及|所涉|受益|试点)(?:管区|乡镇|村|社区|街道|镇|乡)(?:[（(〔〈](?:镇|乡|街道|社区|居)"
                         r"(?:、(?:镇|乡|街道|社区|居))*[〕〉）)])?"
                         r"(?=[、，,；;和及）)〕】\t|]|等|[ 　]*(?:\n|$)|" + _LABEL_LINE_CLOSE + r"|(?:要|应|须|共同|具体|按职责分工|按职能分工)?"
                         r"(?:牵头|配合|参与|协助|协办|负责|抓好|做好))")
# (after organs in a list, `会同A、B及受益乡（镇）进行验收`: the place ends the list before the verb; not a place's
# people, units or bodies, `有关村民`, `相关乡镇企业`)
GROUP_PLACE_LISTED = re.compile(r"(?:相关|有关|涉及|所涉|受益)(?:管区|乡镇|村|社区|街道|镇|乡)(?:[（(〔](?:镇|乡|街道|社区|居)[〕）)])?"
                                r"(?![\p{Han}]{0,4}(?:人民政府|政府|部门|党委|单位|机关|局|委|企业|卫生院|医院|学校|干部|群众|农户))"
                                r"(?![市县区州旗镇乡村场级民域方长居〔（(])")
NOT_VILLAGE = frozenset(("农村", "乡村", "新农村", "行政村", "自然村", "城中村", "各村", "全村", "本村", "该村", "每村", "各行政村",
                         "美丽乡村", "示范村", "重点村", "中心村", "贫困村", "试点村", "精品村", "特色村", "达标村", "薄弱村"))
# (s24-assign) Words ending in 社区 or 居 that name a kind of community or a dwelling, not a place (`城市社区`, `农村民居`).
NOT_COMMUNITY_TAILS = ("城市社区", "农村社区", "城乡社区", "城镇社区", "新型社区", "老旧社区", "示范社区", "试点社区", "安置社区",
                       "和谐社区", "智慧社区", "绿色社区", "完整社区", "美丽社区", "居民社区", "街道社区", "涉农社区", "重点社区",
                       "中心社区", "所在社区", "全社区", "本社区", "该社区", "每个社区", "各社区",
                       "宜居", "安居", "民居", "村居", "聚居", "新居", "旧居", "故居", "移居", "定居", "家居", "起居", "邻居",
                       "独居", "散居", "群居", "杂居", "康居", "乐居", "同居")


def _listed_named_places(text: str, a: int, b: int, taken: list[tuple[int, int]]) -> list[NamedMention]:
    if not any(ch in text[a:b] for ch in "镇乡道村木社居州盟"):
        return []
    out = []
    held = None  # (indexed at the first place found: a label line can run on for pages)
    for m in stdlib_twin(LISTED_NAMED_PLACE).finditer(text, a, b):  # (the same matches, ~2.5x faster)
        if held is None:
            held = SpanIndex(taken)
        if held.overlapping(m.start(), m.end()):
            continue
        if (place := _named_place(m)) is not None:
            out.append(place)
    return out


# (s32-assign2) A street the table of townships (NBS 2021) still holds as a town or township of the same name (`黄家坝街道`
# where the table has 黄家坝镇): since 2021 many counties turned their seat's towns into streets (撤镇设街道, 撤乡设街道),
# and their plans name the new street in the 责任单位 lists; the place is the same, so it stands for its office as a
# listed street does (spec 1.1 section 5).
def _town_become_street(name: str) -> bool:
    if not name.endswith("街道") or len(name) < 4:
        return False
    towns = _townships()
    return name[:-2] + "镇" in towns or name[:-2] + "乡" in towns


def _named_place(m: re.Match) -> NamedMention | None:
    """A LISTED_NAMED_PLACE match as an assignee, or None where it names no place (a town missing from the
    townships table, a generic word such as 行政村 or 城市社区)."""
    name = m.group("p")
    if m.group("town") and name not in _townships() and not _town_become_street(name):
        return None
    if m.group("prefecture") and name not in _named_prefectures():
        return None
    if m.group("village") and (name in NOT_VILLAGE or name.endswith(("乡村", "农村"))):
        return None
    if m.group("community") and name.endswith(NOT_COMMUNITY_TAILS):
        return None
    # (s23-town, guide D43) `各村〔社区〕` as typed by a web editor: named `各村（社区）`, quoted as written
    return NamedMention(Mention(m.start(), m.end(), name, "collective", stem=name, layer="pattern"), _round_brackets(name))


@lru_cache(maxsize=1)
def _named_prefectures() -> frozenset[str]:
    """The prefectures whose name carries their kind (地区, 自治州, 盟), from pipeline/data/regions.tsv."""
    return frozenset(r["name"] for r in load_table("regions")
                     if r["level"] == "prefecture" and r["name"].endswith(("地区", "自治州", "盟")))


def _round_brackets(name: str) -> str:
    """(s22-assign2) A place's name with its brackets as canonical names write them: full-width round, also where a
    web editor typed 〔〕 (`各村〔社区〕` → `各村（社区）`, guide D43)."""
    return _full_width_brackets(name.replace("〔", "（").replace("〕", "）").replace("〈", "（").replace("〉", "）"))


COMMITTEE_ENDS = ("委会", "委员会")
COMMITTEE_SCOPE = "self-governing"


def _place_assignee(place: re.Match) -> NamedMention:
    """A place written as an assignee (各村, 各县（市、区）), kept as written (spec 1.1 section 5).

    (s16) `各村民委员会`, `各社区居委会协助`: villagers' and residents' committees are no organs (b3 and b4 adjudications;
    organs-s16.md), unlike the place itself (`各村`, `各社区`), which stands for its body. They are still read (their
    clause's cue stays theirs, `A，各社区居委会协助` leaves A responsible) but `add` gives them nothing."""
    name = _round_brackets(place.group(0))
    scope = COMMITTEE_SCOPE if name.endswith(COMMITTEE_ENDS) else None
    return NamedMention(Mention(place.start(), place.end(), place.group(0), "collective", scope=scope, stem=name,
                                layer="pattern"), name)
# (s16) Villages named without 各 as one item of an annotation's list (between list marks, not inside a word).
LISTED_VILLAGES = re.compile(r"(?<=[：:、，,；;])(?:村[（(](?:社区|居)[）)]|村居)(?=[、，,；;）)\]】〕]|[ \t　]*(?:\n|$))")


# a telephone number written straight before a bracket (`0771-6821234（县扶贫办）`, `64121086（区民政局）`)
PHONE_BEFORE = re.compile(r"\d{3,4}[-—－]?\d{6,8}$|(?<!\d)\d{7,8}$")


def _bracket_annotations(text: str, a: int, b: int, mentions: list[NamedMention]) -> list[Annotation]:
    out = []
    i = a
    role_cue = stdlib_twin(ROLE_CUE).search  # (the same matches, faster: scan.stdlib_twin)
    for opening in stdlib_twin(OPENING).finditer(text, a, b):  # the opening brackets, found in C
        if opening.start() < i:
            continue  # inside an annotation already taken
        i = opening.start()
        j = _matching(text, i, b)
        if j is None:
            continue
        if text.startswith("此件", i + 1):
            continue  # (s25-assign) the 附注 of GB/T 9704 (`（此件发至村）`, `（此件公开发布）`): whom it is sent to, no list
        if PHONE_BEFORE.search(text, max(a, i - 16), i):
            continue  # (s26-org) `举报电话：0771-6825678（县纪委）`: the bracket says whose number it is, no list of assignees
        # no role word: no assignment (_is_assignment), unless the bracket closes its paragraph
        # as a 责任单位 list without a label; neither: the organs inside are not looked up
        cued = role_cue(text, i + 1, j) is not None
        if cued or _closes_paragraph(text, i, j):
            inner = _inside(mentions, i + 1, j)
            inner = sorted(inner + _place_assignees(text, i + 1, j, inner), key=lambda nm: nm.mention.start)
            if (cued and _is_assignment(text, i + 1, j, inner)) or _is_closing_list(text, i, j, inner, mentions):
                out.append(Annotation(i + 1, j, inner))
                i = j + 1
    return out


# What may follow a closing annotation before its paragraph ends.
PARAGRAPH_END = re.compile(r"[。；;．.]?[ \t　]*(?:\n|$)")


def _closes_paragraph(text: str, i: int, j: int) -> bool:
    """The bracket text[i..j] closes its paragraph, or stands after a sentence's end (a joined paragraph)."""
    return bool(PARAGRAPH_END.match(text, j + 1)) or text[i - 1:i] in ("。", "；", ";")


def _is_closing_list(text: str, i: int, j: int, inner: list[NamedMention], mentions: list[NamedMention]) -> bool:
    """`…组织开展各类活动。（市教育局、市科技局、各区市）` — a bracket that closes an item's paragraph
    (or follows the end of its last sentence) and holds nothing but organs (and unknown organ-like names) between 、 is the item's 责任单位
    list written without its label (spec 1.1 section 6; guide R5: every organ `responsible`).
    A bracket right after an organ (its second sign) is no list."""
    if not inner or not _closes_paragraph(text, i, j):
        return False
    if any(nm.mention.end == i for nm in mentions):
        return False
    blanked = _blanked(text, i + 1, j, inner)
    residue = FILLER_TWIN.sub(" ", blanked).split()
    # (s28-assign2) units of a kind as one item of the list (`各管线权属单位`) do not void it (KIND_UNITS)
    return all(len(f) <= 14 and (ORGANISH_END.search(f) or _kind_units(blanked, f)) for f in residue)


# What `_matching` reads: brackets and the line end (every other character is passed over).
BRACKET_OR_BREAK = re.compile("[" + re.escape("".join(OPEN_CLOSE) + "".join(OPEN_CLOSE.values())) + "\n]")


# Anything but a bracket or a line end: `_matching`'s fast path (a bracket closed before any other opens).
NOT_BRACKET_OR_BREAK = re.compile("[^" + re.escape("".join(OPEN_CLOSE) + "".join(OPEN_CLOSE.values())) + "\n]*")
CLOSINGS = frozenset(OPEN_CLOSE.values())


def _matching(text: str, i: int, b: int) -> int | None:
    limit = min(b, i + 400)
    k = NOT_BRACKET_OR_BREAK.match(text, i + 1, limit).end() if i < limit and text[i] in OPEN_CLOSE else limit
    if k < limit and text[k] in CLOSINGS:
        return k  # the usual case: the bracket at i (an opening one) closes before another opens
    depth = 0
    for found in BRACKET_OR_BREAK.finditer(text, i, min(b, i + 400)):
        k = found.start()
        c = text[k]
        if c in OPEN_CLOSE:
            depth += 1
        elif c in OPEN_CLOSE.values():
            depth -= 1
            if depth == 0:
                return k
        elif c == "\n":
            return None
    return None


# (s36-assign) A label qualified by the chief system or joint body whose units it lists (`省级林长制责任单位为：省委组织部、…`,
# `河长制成员单位：`): the make-up of the system the plan sets up, as its 成员单位 are (guide R11; A37 a453's gold gives the
# list nothing), not the annotation of the item it stands in. A bare `责任单位：` is the item's.
SYSTEM_BEFORE_LABEL = re.compile(r"\p{Han}长制的?$|联席会议(?:制度)?的?$")


def _label_closes_line(text: str, start: int, end: int) -> bool:
    """Does the line from `start` to `end` close with a label (`责任单位：`, or the second label of the line, `责任单位：A；
    配合单位：`)?"""
    close = start + len(text[start:end].rstrip(" \t\u3000"))
    return text[close - 1:close] in ("：", ":") and any(x.end() == close for x in LABEL.finditer(text, start, close))


def _list_on_next_line(text: str, end: int, b: int) -> int:
    """(s36b-swap) A label closing its line (`…设施。责任单位：` then `交警中队、镇综合执法中队。`: a PDF copy wraps its lines,
    and some notices set the list under its label) has its list on the next line: the annotation runs to that line's end.
    Not when the next line opens an item or is prose (a sentence ends before its last character)."""
    nxt = text.find("\n", end + 1, b)
    nxt = b if nxt < 0 else nxt
    line = text[end + 1:nxt].strip(" \t\u3000")
    if not line or len(line) > 80 or NUMBERING_START.match(line) or any(c in line[:-1] for c in "。；;：:"):
        return end
    return nxt


def _line_annotations(text: str, a: int, b: int, mentions: list[NamedMention], found: list[Annotation]) -> list[Annotation]:
    """`责任单位：…` / `牵头单位：…；配合单位：…` outside brackets, up to the end of the line."""
    out = []
    taken = SpanIndex((x.start, x.end) for x in found)
    # tried only where a label word opens (derived from LABEL's text: scan.openings), else everywhere
    opens = opening_automaton(LABEL, 3)  # (three characters: `负责单` not every 负责, half the starts tried; the same matches)
    for m in (LABEL.finditer(text, a, b) if opens is None else finditer_at(LABEL, text, word_starts(opens, text, a, b), b)):
        if taken.covers(m.start()) or _event_label(text, m) or _bare_label_in_prose(text, m):
            continue
        if SYSTEM_BEFORE_LABEL.search(text, max(a, m.start() - 8), m.start()):
            continue  # `省级林长制责任单位为：A、B…`: the units of the system the plan sets up (guide R11), no item's list
        end = text.find("\n", m.start(), b)
        end = b if end < 0 else end
        if end < b and _label_closes_line(text, m.start(), end):
            end = _list_on_next_line(text, end, b)
        if m.start() > a and text[m.start() - 1] in OPEN_CLOSE:
            # `（责任单位：县政务服务中心）2．…（责任单位：县发展改革局）`: a label opening a bracket the bracket pass did
            # not take (it names no organ) ends with its bracket, not with the line the next run-on item shares
            # (a bracket closing right after the label, `【责任单位】A、B`, frames the label only: the list follows it)
            close = _matching(text, m.start() - 1, b)
            if close is not None and text[m.end():close].strip(" \t　:："):
                end = min(end, close)
        inner = _inside(mentions, m.start(), end)
        inner = sorted(inner + _place_assignees(text, m.start(), end, inner), key=lambda nm: nm.mention.start)
        if inner:
            out.append(Annotation(m.start(), end, inner, "label"))
            taken.add((m.start(), end))
    return out


# An event's organisers (`（一）主办单位：省体育局`, `承办单位：…`) on a line of their own: a fact of the event
# (a competition, a fair, a training course), not a task given to an organ (docs/decisions/assignment-precision-s6.md).
EVENT_LABELS = ("主办单位", "主办部门", "承办单位", "承办部门", "协办单位", "支持单位", "指导单位")
EVENT_LINE_START = re.compile(r"[ \t　]*(?:" + NUMBERING_START.pattern + r")?[ \t　]*$")


def _bare_label_in_prose(text: str, m) -> bool:
    """`坚持党委领导、政府牵头：…`, `部门配合：…`: a bare role word closing a phrase is no label (a label opens
    its line or clause: `牵头：A；配合：B`)."""
    return m.group("label") in BARE_LABELS and m.start() > 0 and "\u4e00" <= text[m.start() - 1] <= "\u9fff"


def _event_label(text: str, m) -> bool:
    if m.group("label") not in EVENT_LABELS:
        return False
    line_start = text.rfind("\n", 0, m.start()) + 1
    # (s21) `主办单位：X县人民政府办公室　　承办单位：X县大数据发展局`: a line of event labels (a web copy's footer, a
    # meeting's sponsors); the later labels of the line are no more an assignment than its first
    if EVENT_LINE_START.match(text[line_start:m.start()]) \
            or text[line_start:m.start()].lstrip(" \t\u3000").startswith(EVENT_LABELS):
        return True
    # (s33-assign) a web page's footer behind the site's name (`中国政府网 主办单位：国务院办公厅 运行维护单位：中国政府网运行中心`):
    # the site's sponsor, no task (the line names the site's other keepers or its registration)
    line_end = text.find("\n", m.end())
    return bool(WEB_FOOTER.search(text, line_start, len(text) if line_end < 0 else line_end))


WEB_FOOTER = re.compile(r"运行维护单位|运维单位|技术支持[：:]|版权所有|ICP备|网站标识码|公网安备")


CLAUSE_MARK = re.compile("[；;。]")  # what ends a clause of an annotation (found in C)


def _clauses(text: str, a: int, b: int) -> list[tuple[int, int]]:
    out, cur = [], a
    for m in CLAUSE_MARK.finditer(text, a, b):
        k = m.start()
        out.append((cur, k))
        cur = k + 1
    out.append((cur, b))
    return [(s, e) for s, e in out if e > s]


# (s38-assign) What may stand between a 负责 clause and the 会同 clause that goes on with its subject: a comma, 并.
JOINED_ON = re.compile(r"[，,]\s*(?:并|同时|并且)?\s*")


def _roles(text: str, a: int, b: int, mentions: list[NamedMention], first_leads: bool,
           lead_named: bool = False) -> list[tuple[NamedMention, str]]:
    """Roles of the organs of one clause, read left to right against labels and cue words."""
    events: list[tuple[int, str, object]] = [(nm.mention.start, "m", nm) for nm in mentions]
    labels = []  # the clause's labels, found once (a cue inside one is none)
    # (the declaration `排在第一位的为牵头单位` inside the clause, `（责任单位：A、B，排在第一位的为牵头单位，下同）`, is
    # no role word of the organs before it: read as one, both had been given `lead`)
    declared = [(m.start(), m.end()) for m in FIRST_LEADS.finditer(text, a, b)] if first_leads else []
    labels += declared
    for m in LABEL.finditer(text, a, b):
        labels.append((m.start(), m.end()))
        events.append((m.start(), "label", m.group("label")))
    if "督" in text[a:b] or "考核" in text[a:b] or "验收" in text[a:b]:
        for m in SUPERVISION.finditer(text, a, b):
            labels.append((m.start(), m.end()))
            events.append((m.start(), "label", "(supervision)"))
    if "领导" in text[a:b] or "责任人" in text[a:b] or "负责人" in text[a:b]:
        for m in PERSON_LABEL.finditer(text, a, b):
            # (s16) `责任单位：镇交管站；责任人：各村党支部书记`: a label naming people, not organs (town and county
            # lists); an organ inside a person's title there is no assignee (its organ is still a department)
            labels.append((m.start(), m.end()))
            events.append((m.start(), "label", "(supervision)"))
    for m in _role_predicates(text, a, b):
        if any(ds <= m.start() < de for ds, de in declared):
            continue
        labels.append((m.start(), m.end()))
        events.append((m.start(), "as", m.group("label")))
    events += _main_lead_cues(text, a, b, mentions)
    for m in stdlib_twin(CUE).finditer(text, a, b):
        if any(ls <= m.start() < le for ls, le in labels):
            continue
        events.append((m.start(), "cue", m.group(0)))
    if text[a - 1:a] in ("（", "(") and ("参加" in text[a:b] or "协同" in text[a:b]):
        for m in SHARE_CLOSE.finditer(text, a, b):
            if not any(ls <= m.start() < le for ls, le in labels):
                events.append((m.start(), "cue", m.group(0)))
    events.sort(key=lambda e: e[0])
    out: list[tuple[NamedMention, str]] = []
    pending: list[NamedMention] = []
    label_role: str | None = None
    lead_seen = lead_named
    last_label_end = a
    after_huitong = False
    led_by_cue = False  # (s18-a1org) a lead named by 牵头 in this clause
    duty_group: tuple[int, int, int] | None = None  # (s38-assign) the organs a 负责 cue gave their role last: out[a:b], cue end

    def flush(role: str) -> None:
        nonlocal lead_seen
        if role == "none":  # the organs under a supervision label (`督导单位：`): no role
            pending.clear()
            return
        for nm in pending:
            out.append((nm, role))
        if role == "lead" and pending:
            lead_seen = True
        pending.clear()

    for pos, kind, val in events:
        if kind == "m":
            pending.append(val)  # type: ignore[arg-type]
        elif kind == "as":  # `X为牵头单位，Y为配合单位`: the organs before 为 take that label's role
            role = LABEL_ROLE.get(val, "co")  # type: ignore[arg-type]
            flush("co" if role == "responsible" and lead_seen else role)
        elif kind == "label":
            if pending:
                flush(label_role or "responsible")
            elif label_role == "lead" and _filled(text, last_label_end, pos):
                lead_seen = True  # (s23-assign2) `牵头单位：<a unit no department>，责任单位：B`: a lead is named (below)
            last_label_end = pos + len(val)  # type: ignore[arg-type]
            label_role = "none" if val == "(supervision)" else LABEL_ROLE.get(val, "co")  # type: ignore[arg-type]
            if label_role == "responsible" and lead_seen:
                label_role = "co"  # 牵头单位：A，责任单位：B — once a lead is named the rest are co (spec §6)
        else:
            cue = val
            if cue in ("牵头", "牵头负责", "负责牵头", "牵头抓总", "总牵头"):
                marked = bool(pending) or _marked_in_list(text, pos)
                led_by_cue = led_by_cue or bool(pending)
                flush("lead")
                if label_role == "responsible" and marked:
                    # 责任单位：A（牵头）、B、C and 责任单位：A、B按职责分别牵头，C、D: once a lead is named in the list, the
                    # organs after it are co (spec 1.1 section 6)
                    label_role = "co"
            elif cue == "会同":
                # (s18-a1org) `A牵头，B、C会同D组织实施`: once A leads, B and C are co of the same assignment (spec 1.1
                # section 6), like D; see _joined_after_lead for the prose reading
                if not pending and duty_group is not None and not led_by_cue and JOINED_ON.fullmatch(text, duty_group[2], pos):
                    # (s38-assign, guide R12) `（A、B按职责分工负责，会同C）`: the 会同 clause's subject is the organs of the
                    # 负责 clause before it, written once: they lead, C is co, as `A负责…，会同B…` reads in prose
                    for k in range(duty_group[0], duty_group[1]):
                        if out[k][1] == "responsible":
                            out[k] = (out[k][0], "lead")
                    lead_seen = True
                flush("co" if led_by_cue else "lead")
                after_huitong = True
            elif cue in ("参与", "配合", "协助", "协办", "参加", "协同"):
                if _marked_in_list(text, pos) and len(pending) > 1:
                    # (s35-assign) `责任单位：A、B、C（配合）`: the bracketed mark is C's alone, as `A（牵头）` is A's; the
                    # organs before it keep the list's role (its label's, else `co` after a lead, else `responsible`)
                    before = pending[:-1]
                    del pending[:-1]
                    keep = label_role if label_role not in (None, "none") else ("co" if lead_seen else "responsible")
                    if label_role != "none":
                        for nm in before:
                            out.append((nm, keep))
                elif label_role not in (None, "co", "none") and len(pending) > 1:
                    # `责任单位：A、B，C配合`: the cue is C's clause; A and B, before the comma, keep the label's role
                    cut = max(text.rfind("，", pending[0].mention.end, pos), text.rfind(",", pending[0].mention.end, pos))
                    before = [nm for nm in pending if nm.mention.end <= cut] if cut >= 0 else []
                    if before:
                        del pending[:len(before)]
                        for nm in before:
                            out.append((nm, label_role))
                        lead_seen = lead_seen or label_role == "lead"
                flush("co")
            elif pending:
                at = len(out)
                flush("co" if (lead_seen or after_huitong) else label_role or "responsible")
                duty_group = (at, len(out), pos + len(val)) if "负责" in val else None
    if pending:
        # `A牵头，B具体实施`: once a lead is named, an organ left without a role word is co (spec 1.1 section 6)
        flush("co" if (after_huitong or (label_role in (None, "co") and lead_seen)) else label_role or "responsible")
    if first_leads and not lead_named:
        # (a lead named earlier in the same assignment, `牵头单位：A；责任单位：B、C`, leaves the declared convention
        # nothing to decide: B and C are co, not B a second lead)
        out = _first_leads(out)
    return out


# (s23-assign2) What a label's cell holds when it names something: two Han characters in a row (not only marks or `无`).
LABEL_CONTENT = re.compile(r"\p{Han}{2}")


def _filled(text: str, a: int, b: int) -> bool:
    """Does text[a:b], a label's content up to the next label or the clause's end, name anything (`市畜牧兽医事业发展
    中心`, a unit the organs reader does not take for a department)?"""
    colon = max(text.rfind("：", a, b), text.rfind(":", a, b))
    return LABEL_CONTENT.search(text, colon + 1 if colon >= 0 else a, b) is not None


def _lead_label_filled(text: str, a: int, b: int) -> bool:
    """(s23-assign2) A clause holding a lead label with content (`牵头单位：市畜牧兽医事业发展中心`): a lead is named even
    when no department is (a public institution leads), so the organs of the same assignment's 责任单位 are `co` (spec 1.1
    section 6: once a lead is named every other department of the same assignment is co)."""
    if "牵头" not in text[a:b] and "主办" not in text[a:b]:
        return False
    labels = list(LABEL.finditer(text, a, b))
    for k, m in enumerate(labels):
        if LABEL_ROLE.get(m.group("label")) == "lead":
            end = labels[k + 1].start() if k + 1 < len(labels) else b
            if _filled(text, m.end(), end):
                return True
    return False


def _lead_line_before(text: str, pos: int, task: str, ctx: Context) -> bool:
    """(s23-assign2) The line right above a label line at `pos` is a lead label of the same item naming a unit the organs
    reader does not take for a department (`牵头单位：镇宜居乡村建设办公室` then `责任单位：各村党支部…`): one assignment
    whose lead is named, so the organs of the 责任单位 line are `co` (spec 1.1 section 6)."""
    line_start = text.rfind("\n", 0, pos) + 1
    if text[line_start:pos].strip(" \t\u3000") or line_start == 0:
        return False
    above = text.rfind("\n", 0, line_start - 1) + 1
    if "牵头" not in text[above:line_start] and "主办" not in text[above:line_start]:
        return False
    m = LABEL.match(text, above + len(text[above:line_start]) - len(text[above:line_start].lstrip(" \t\u3000")))
    return (m is not None and LABEL_ROLE.get(m.group("label")) == "lead" and _filled(text, m.end(), line_start)
            and ctx.task_at(above) == task)


def _first_leads(triples: list[tuple[NamedMention, str]]) -> list[tuple[NamedMention, str]]:
    """The declared convention: in a list without explicit roles, the first organ leads."""
    if any(role == "lead" for _, role in triples):
        return triples
    return [(nm, "lead" if i == 0 else ("co" if role == "responsible" else role)) for i, (nm, role) in enumerate(triples)]


# ---------------------------------------------------------------- prose

AUTONOMOUS_LEVELS = frozenset("县州旗区")


def _by_start(mentions: list[NamedMention], text: str = "") -> dict[int, list[NamedMention]]:
    """The mentions by their start offset (in their order)."""
    by_start: dict[int, list[NamedMention]] = {}
    for nm in mentions:
        by_start.setdefault(nm.mention.start, []).append(nm)
    # `自治县民政主管部门`, `自治州财政局`: a mention read from its level word (县…) also opens at 自治, the
    # subject as the sentence writes it (`由自治县民政主管部门会同…`)
    for nm in mentions:
        m = nm.mention
        if m.start >= 2 and m.text[:1] in AUTONOMOUS_LEVELS and text[m.start - 2:m.start] == "自治":
            by_start.setdefault(m.start - 2, [nm])
        elif m.start >= 1 and m.text[:1] == "市" and text[m.start - 1] == "师" and "师" in nm.name[:-len(m.text)]:
            # `由师市农业农村局会同师市财政局…`: a 兵团 division one with its city (师市合一) names its organs 师市X; the
            # mention read from 市 also opens at 师, the subject as the sentence writes it
            by_start.setdefault(m.start - 1, [nm])
    return by_start


def _prose_assignments(text, ctx: Context, mentions: list[NamedMention], annotated: list[str], add,
                       sentences: list[tuple[int, int]] = (), first_leads: bool = False) -> None:
    """An item without annotation: `<organ>要牵头会同<organ>…` / `由<organ>负责…`."""
    annotated_set = set(annotated)
    by_start = _by_start(mentions, text)
    organ_starts = sorted(by_start)
    set_up_cache: dict[str, list] = {}  # task -> bodies it sets up (guide R10)
    # (s21) the items whose own heading names a division of duties (`三、职责分工`): a line of theirs headed by an organ
    # and a colon (`县农业局：结合部门职能，做好…`) is that organ's, as a numbered organ-headed item is (spec 1.1 section 6)
    division_items = {t.path for t in ctx.tasks if _names_division(t.heading or "")}
    duty_heads: dict[str, list[NamedMention]] = {}  # task -> the organs its lead-in gives the duties listed below
    led_items: set[str] = set()  # (guide R40) the items a sentence has given work to an organ with 负责 or 牵头
    table_starts = [t.start for t in ctx.task_tables(text)] if "注" in text else []
    # (s25-assign) a task-division table's rows are read by _table_assignments on the row's task; a role cell read again
    # as prose (`城市管理办公室牵头，各社区、物业服务企业配合`, a web table one cell per line) gave its organs to the body
    # item before the table (the annotations skip it the same way, _outside_role_cells)
    table_spans = [(t.start, t.end) for t in ctx.task_tables(text) if t.rows and t.end > t.start]

    def after_table(pos: int) -> bool:
        return any(start <= pos for start in table_starts)
    # (s28-assign) a note under a table that speaks for every row (read by _table_assignments) is no prose of the body
    # item before the table, with its `注：` label or without it (`各省级人民政府负责落实本地区各项任务，不再列出。`)
    row_notes = [span for t in ctx.task_tables(text) if (span := _every_row_note_span(text, t)) is not None] \
        if table_spans else []
    # (s37-tables) …and one in the body that points to the table: the sentence holding it is the table's, not the item's
    body_notes = [m.start("who") for m in _body_row_notes(text, ctx)] if table_spans else []
    for a, b in _body_ranges(ctx):
        hints = _place_hints(text, a, b)  # where a place (各村…) opens a duty: found once, not per sentence
        if "。负责" in text or "。牵头" in text or "会同" in text or "；负责" in text:
            hints = sorted(hints + [m.start() + 1 for m in stdlib_twin(PARAGRAPH_CUE_SCAN).finditer(text, a, b)])
        if "其主管部门" in text or "其业务主管部门" in text or "其行业主管部门" in text:
            for m in UNIT_SUPERVISOR.finditer(text, a, b):
                task = ctx.task_at(m.start())
                if task is not None and task not in annotated_set:
                    # `由项目建设单位及其主管部门负责…`: the unit is no organ (spec 1.1 section 5), the organ over it,
                    # named by its function, is given the work with it (b2 adjudication d067), kept as written
                    organ = m.group("organ")
                    role = "lead" if m.group("cue") == "牵头" else "responsible"
                    add(task, NamedMention(Mention(m.start("organ"), m.end("organ"), organ, "collective", stem=organ,
                                                   layer="pattern"), organ), role)
        carried_subject: tuple | None = None  # (line start, task, subject, given) of the paragraph's last subject
        # (the sentences `[^。；！？\n]+` of text[a:b] an organ or a place hint starts in or right after)
        for s, e in _sentences_at(text, a, b, CLAUSE_END, CLAUSE_END_BACK, sorted(set(organ_starts) | set(hints))):
            k = bisect_left(organ_starts, s)
            if (k == len(organ_starts) or organ_starts[k] > e) and not _in_sentence(hints, s, e):
                continue  # no organ starts in the sentence: no clause of it can open with one (or a place, 各村…负责)
            task = ctx.task_at(e - 1)  # the sentence's end: its start may be the item's own number (第三条 …)
            if task is not None and "条/" in task:
                task = _article_paragraph_task(text, ctx, s, task)  # 第五条 …：（一）…（二）…\n<a second 款>
            if task is None or task in annotated_set:
                continue
            if table_spans and any(ta <= s < tb for ta, tb in table_spans):
                continue
            if row_notes and any(na <= s < nb for na, nb in row_notes):
                continue
            if body_notes and any(s <= w < e for w in body_notes):
                continue
            if sentences:
                k = bisect_left(sentences, (s + 1,)) - 1
                if k >= 0 and sentences[k][0] <= s and e <= sentences[k][1]:
                    continue  # (read as a sentence annotation)
            if table_starts and after_table(s) and text[text.rfind("\n", 0, s) + 1:s + 2].lstrip(" \t\u3000").startswith(("注：", "注:")):
                # (s22-assign2) a task-division table's note (`注：…；各省级人民政府负责…，不再单独列出。`) explains the
                # table; it is no prose of the item the table follows (spec 1.1 section 6; A5 a49)
                continue
            sentence = text[s:e]
            if sentence[:1] in " \u3000\t" and stdlib_twin(ITEM_NUMBER).match(sentence.lstrip(" \u3000\t")):
                # (s24-articles) `…制定本办法。 第二条 市住建局负责…`: a copy that runs its articles on in one paragraph
                # (a space after the last 。): the number still opens the sentence, its subject after it
                s += len(sentence) - len(sentence.lstrip(" \u3000\t"))
                sentence = text[s:e]
            scope: list[str] = []
            if (text[s - 1:s] in ("\n", "") or s == a) and ("以上" in sentence[:12] or "上述" in sentence[:12]
                                                            or "项" in sentence[:16]):
                # `以上各项工作由X牵头…`, `第（一）至（三）项由X负责` on a line of their own: the items they name
                scope, own = _scope_tasks(text, ctx, Annotation(s, e, [], "sentence"), task)
                if not own:
                    task = scope[0] if scope else task
            mechanism_end = s
            if stdlib_twin(MECHANISM).match(sentence):  # 建立…牵头…的机制: a mechanism to build, not an assignment
                built = MECHANISM_CLAUSE.match(sentence) or COMPOSED_MECHANISM.match(sentence)
                if not built:
                    continue
                # `建立健全考核评估机制，由X牵头制定考核办法`: the mechanism closes its own clause (no organ inside it);
                # the clause after it gives work to an organ (b8 adjudication d110)
                mechanism_end = s + built.end()
            if _retrospective(sentence):  # 近年来，X牵头开展了…: past work told as background
                continue
            if "解释" in sentence and _closing_interpretation(text, ctx, s, sentence, task):
                continue
            if "》" in sentence[:120] and CITED_SAYS.match(sentence):
                continue  # 《…》明确由X牵头…: a cited document's assignment
            if "组成" in sentence and _composition(sentence):
                continue  # `联席会议由A、B、C组成，A为牵头单位`: a body's make-up, its lead no assignment of the item
            if "由" in sentence and _body_led(text, ctx, task, s, sentence):
                continue  # (s16) `同意建立…联席会议制度。联席会议由你部牵头，A、B参加`: the body's lead (guide R11)
            # the subject opens the sentence or one of its comma clauses (`对…的家庭，由市民政局负责…`)
            number = stdlib_twin(ITEM_NUMBER).match(sentence)  # 第二条 国务院…负责: the subject follows the number
            if number and stdlib_twin(MECHANISM).match(sentence, number.end()) and MECHANISM_NOUN.search(sentence):
                continue  # `（一）建立由X牵头…的协调机制`: the organ inside a mechanism to be built (R3)
            if number and number.group(0).rstrip().endswith("条"):
                title = ARTICLE_TITLE.match(sentence, number.end())
                if title:  # `第三条（管理部门）市交通委负责…`: the article's own title in brackets
                    number = title
            starts = [s + number.end()] if number else [s]
            subject: list[NamedMention] = []
            # `…，未尽之处由X负责解释`, `（技工院校内由X负责）`: 由 + organ opens a clause wherever it stands
            by_you = []
            k = sentence.find("由")
            while k >= 0:
                if s + k + 1 in by_start:
                    by_you.append(s + k)
                elif sentence[k + 2:k + 3] == "、" and (levels := LEVELS_BEFORE.match(text, s + k + 1, e)) \
                        and levels.end() in by_start:
                    by_you.append(s + k)  # (s23) `由区、镇人民政府…负责`: levels before the government (_prose_clause)
                k = sentence.find("由", k + 1)
            given: list[str] = []
            pending: list[tuple] = []
            set_up = _bodies_set_up(text, ctx, task, s, set_up_cache)

            def add_here(t, nm, role, _given=given, _pending=pending, _set_up=set_up, _scope=scope):
                if _set_up and (_is_set_up(nm.name, _set_up) or nm.mention.stem and nm.mention.stem != nm.name
                                and nm.mention.stem.endswith(("小组办公室", "指挥部办公室", "委员会办公室", "会议办公室"))
                                and _is_set_up(nm.mention.stem, _set_up)) \
                        and not (nm.name.endswith(SEATED_OFFICES) and OFFICE_SEATED_WORK.match(text, nm.mention.end)
                                 and not OFFICE_SEATED.match(text, nm.mention.end)):
                    # 成立X…，X负责…: the duties of a body the item sets up (guide R10); (s23-town2) also its office
                    # under the name a bracket gives it (`领导小组下设办公室（镇宜居乡村建设办公室）`, the stem its group's)
                    return
                if OFFICE_SEATED.match(text, nm.mention.end):
                    return  # (guide R28) `领导小组办公室设在X，负责日常工作`: the body's make-up, no work of the item given
                if nm.name.endswith("办公室") and (seated := OFFICE_SEATED_WORK.match(text, nm.mention.end)):
                    # (s37-assign, guide R28 made precise, S33 CK Q3) an office seated in an organ and given a duty with an
                    # object: the host organ is assigned the work too, `responsible` (a415's and a499's golds)
                    seat = text.find("设在", nm.mention.end, seated.end())
                    hosts = by_start.get(seat + 2, ()) if seat >= 0 else ()
                    if hosts and hosts[0].name != nm.name:
                        _given.append("responsible")
                        _pending.append((t, hosts[0], "responsible"))
                        _pending.extend((other, hosts[0], "responsible") for other in _scope if other != t)
                if _set_up and nm.name.endswith(("成员单位", "成员部门")):
                    return  # (s16) `成立X领导小组，…为成员单位…。各成员单位按照职责分工负责`: the members' share of
                    # the body's work in the item that sets it up describes the body (R10, R11); later items keep it
                _given.append(role)
                _pending.append((t, nm, role))
                for other in _scope:
                    if other != t:
                        _pending.append((other, nm, role))
            # `第五条 市级有关部门职责：（一）市发展改革委：负责…；（二）…`: a sub-item numbered inline after a colon opens
            # a clause headed by its own number (its organ and colon head it, as on a line of its own)
            inline = [s + m.end() for m in INLINE_ITEM.finditer(sentence)] if "：" in sentence or ":" in sentence else []
            if inline or "：" in sentence or ":" in sentence:
                # (s16) `第三条 自治区人民政府有关部门的职责分工：自治区发展改革委负责…；…`: a division's lead-in closed
                # by its colon, the organ right after it opens a clause of its own (like one after an inline number)
                inline += [s + m.end() for m in DIVISION_COLON.finditer(sentence) if s + m.end() in by_start]
            # `第五条 有关部门职责：` on a line of its own over numbered sub-items: a lead-in, the duties are the
            # sub-items' (each its own task); the head names no duty of its own (docs/decisions/assign-s10.md)
            lead_in = sentence.rstrip().endswith(("：", ":")) and _child_headed_by_organ(text, ctx, task, by_start)
            line_start = text.rfind("\n", 0, s) + 1
            if carried_subject and carried_subject[:2] == (line_start, task) and (
                    (not carried_subject[3] and text[s - 1:s] in ("。", "；", ";") and PARAGRAPH_CUE.match(text, s))
                    or (carried_subject[3] and LATER_HUITONG.match(text, s))):
                # `街道办事处、镇人民政府按照职责分工充分发挥属地职能，…。负责调解…纠纷`: a sentence of the same paragraph
                # opening with 负责 (牵头) and no subject goes on with the paragraph's subject, which no cue had given
                # a role yet (b2 adjudication d098)
                subject = list(carried_subject[2])
            opening: list[NamedMention] = []
            # (in the order they stand: `工作专班由A牵头，B、C参与，负责…` reads A's clause before B's, so the co
            # organs are no subject of the later 负责)
            inside = [(s + m.start(), s + m.end()) for m in stdlib_twin(MECHANISM_INSIDE).finditer(sentence)] \
                if stdlib_twin(MECHANISM).search(sentence) or "实行" in sentence or "推行" in sentence else []
            if "由" in sentence and "的" in sentence and BODY_BUILT.search(sentence):
                # (s19) `建立由A、B牵头，C、D等部门参加的工作专班`: the make-up of a body the item sets up, however long
                # its member list (guide R10, R11; A3 adjudication a27)
                inside += [(s + m.start(), s + m.end()) for m in BODY_INSIDE.finditer(sentence)]
            # (s22-assign2) `B负责国省道两侧、C负责河道沟渠两侧`: duty clauses joined by 、, each opening with its organ
            joined = [s + m.end() for m in DUTY_JOINED.finditer(sentence) if s + m.end() in by_start] \
                if sentence.count("负责") > 1 else []
            if "会同" in sentence and "条" in task:
                joined = joined + _inner_huitong(text, s, e, by_start)
            for cs in sorted(set(starts + [s + c.end() for c in stdlib_twin(COMMA).finditer(sentence)] + by_you + inline + joined)):
                if cs < mechanism_end:
                    continue
                if inside and any(a0 < cs < b0 for a0, b0 in inside):
                    continue  # 建立由X牵头…的机制 after the opening
                # (s27-assign3, guide R32) a clause naming staff for the duty (`各乡镇要确定1名分管负责同志和1名电商专干，
                # 具体负责…`, `应当确定专（兼）职人员，负责…`) keeps the sentence's subject: the body told to name them is
                # assigned the duty. (R32 overrules s26-a20org's reading, the persons as the subject; R20, an official
                # written as the subject, `镇党委宣传委员负责…`, is unchanged.)
                found = _prose_clause(text, cs, e, task, by_start, mentions, add_here,
                                      headed=(bool(number) and cs == starts[0] and not lead_in) or cs in inline
                                      or (cs == starts[0] and not number and task in division_items
                                          and not text[line_start:s].strip(" \t\u3000")),
                                      sentence_subject=subject,
                                      opens_paragraph=cs == starts[0] and not number and not lead_in
                                      and _article_paragraph(text, s, task))
                if cs == starts[0] or (found and cs > starts[0]):
                    # the latest clause that opens with an organ is the subject of a later clause
                    # without one (`目前，X正在…，同时将会同Y…`)
                    subject = found
                    if cs == starts[0]:
                        opening = found or []
                elif subject and AGENT_CLAUSE.match(text, cs, e):
                    # `X要…，由规划处室牵头，会同Y…推进`: the agent after 由 (a unit the tables do not name) takes the
                    # clause's role and the later clauses without a subject; the sentence's subject is not it
                    subject = []
            if opening:
                carried_subject = (line_start, task, opening, bool(given))
            elif carried_subject and carried_subject[0] != line_start:
                carried_subject = None
            if "为主" in sentence:
                _main_lead_prose(text, s, e, task, by_start, add_here)
            if pending and ("：" in sentence or ":" in sentence) and LISTED_DUTIES.search(sentence):
                # `管委会依照本办法履行以下职责：`: the organ that heads the duties listed below it
                duty_heads[task] = [nm for t, nm, role in pending if t == task]
            if "lead" in given and "responsible" in given and SHARE_WORD.search(sentence):
                _shared_after_lead(text, pending)
            if "会同" in sentence and "牵头" in sentence and given.count("lead") > 1:
                _joined_after_lead(text, pending)
            if "lead" in given and "responsible" in given and "牵头" in sentence:
                _responsible_after_lead(text, pending)
            if first_leads and scope and given and all(role == "responsible" for role in given) \
                    and len(CUE.findall(sentence)) == 1:
                _declared_first_leads(pending)
            _flush(pending, add)
            add_co = add if not scope else _scoped_add(add, scope)
            # (guide R40) after the item's lead, a 负责 or 牵头 of another organ in this sentence or an earlier one of the
            # item, `B、C等部门要按照各自职责，密切配合…` is their share of its work (`co`); with none, CO_CUE_NO_LEAD
            led = "lead" in given or task in led_items or bool(given and LEAD_WORDS.search(sentence))
            co_cue = CO_CUE if led else CO_CUE_NO_LEAD
            if given and CO_WORD.search(sentence):
                _co_clauses(text, s, e, task, by_start, add_co, co_cue)
            if given and text[e:e + 1] in ("；", ";"):
                _co_after_semicolon(text, ctx, e + 1, b, task, by_start, add_co, co_cue)
            if not given and task in led_items and (CO_WORD.search(sentence) or "协同" in sentence):
                # (R40) `市人事局、市妇联等单位要按照各自职责，积极配合做好相关工作。` as a sentence of its own
                _co_clauses_at(text, starts[0], e, task, by_start, add_co, AFTER_LEAD_CO_CUE)
            if given and ("lead" in given or LEAD_WORDS.search(sentence)) and not _parallel_shares(text, pending, sentence):
                # (s30-assign) a lead given by 会同 too (`县水务局要会同县卫生局编制规划。各乡（镇）要积极配合，…`)
                led_items.add(task)
            if "lead" in given and SHARE_WORD.search(sentence):
                _co_clauses(text, s, e, task, by_start, add_co, SHARE_CUE)
            if "lead" in given and ("具体" in sentence or "抓好落实" in sentence or "抓落实" in sentence):
                # (s19) A牵头，B配合，C具体组织实施; (guide R47) C a collective of lower governments: `responsible`
                _co_clauses(text, s, e, task, by_start, _lower_levels_own(add_co), CARRY_OUT_CUE)
            elif "responsible" in given and ("实施" in sentence or "落实" in sentence or "由" in sentence and "承" in sentence):
                _carry_out_clauses(text, s, e, task, by_start, add_co)  # (R31) A、B分别负责，各乡镇组织实施
            if "lead" in given and "协同" in sentence:
                _co_clauses(text, s, e, task, by_start, add_co, SYNERGY_CUE)  # A牵头，B、C协同推进
            if "lead" in given and "成员" in sentence:
                _co_clauses(text, s, e, task, by_start, add_co, MEMBER_CUE)  # 由A牵头，B、C为成员单位
            if "lead" in given and "组成" in sentence:
                _co_clauses(text, s, e, task, by_start, add_co, FORMED_CUE)  # 由A牵头，B、C组成检查组开展检查
            if "lead" in given and "牵头" in sentence and "等" in sentence:
                # 由A牵头协调，C、D等部门优先保障…: the group after the lead's clause (see GROUP_AFTER_LEAD)
                leads = [nm.mention.end for t, nm, role in pending
                         if role == "lead" and LEAD_CUE_AFTER.match(text, nm.mention.end)]
                if leads:
                    _co_clauses(text, min(leads), e, task, by_start, add_co, GROUP_AFTER_LEAD)
    if duty_heads:
        _listed_duties(text, ctx, duty_heads, annotated_set, add, by_start)


# (s23) An interpretation clause (`本方案由县卫生健康局负责解释`, `…自印发之日起施行，由旗农牧业局负责解释`).
INTERPRETATION = re.compile(r"(?:负责|予以|进行)?解释(?:[。；;，,]|$)")
# The heading of an item of closing provisions, whose content the clause is (`七、其他`, `第八章 附则` is no item).
CLOSING_HEADING = re.compile(r"其他|其它|其他事项|附则")


def _closing_interpretation(text: str, ctx: Context, s: int, sentence: str, task: str) -> bool:
    """An interpretation clause in a paragraph that the item it stands in does not open (the plan's closing line after
    its last item, attached to that item by T6) assigns nothing: it is about the document, not the item's work (guide S22,
    answers to A13's adjudicators). Where it opens its own item or article (`第三十条 本办法由省财政厅负责解释`,
    `（一）本办法自发布之日起实施，未尽之处由…负责解释`) or stands under a heading of closing provisions (`七、其他`), the item
    is the clause, and the golds give it (left as before)."""
    if not INTERPRETATION.search(sentence):
        return False
    span = ctx.task_span(task)
    if span is None or text.rfind("\n", 0, s) < span[0]:
        return False  # on the item's own first line
    if _after_article_title_line(text, span[0], s):
        return False  # `第三十条（解释）` + a new line `本办法由…负责解释。`: the article's own first sentence
    t = ctx.task_by_path().get(task)
    heading = (t.heading or "") if t is not None else ""
    return not CLOSING_HEADING.fullmatch(heading.strip())


# (s26-articles) An article's number line that holds only its title in brackets (`第五条【解释】`, `第三条（管理部门）`),
# the article's text starting on the next line (the titled articles of Shanghai's and Jiangsu's rules, law collections).
ARTICLE_TITLE_LINE = re.compile(r"(?:[ \t\u3000]*第[一二三四五六七八九十百零〇\d]{1,6}条)?[ \t\u3000]*" + ARTICLE_TITLE.pattern
                                + r"\r?\n")


def _after_article_title_line(text: str, start: int, s: int) -> bool:
    """Whether `s` opens the line right after an article's bracketed title line, the line of the item's span `start`
    (which may begin at the number, after it or at the title's words)."""
    title_line = ARTICLE_TITLE_LINE.match(text, text.rfind("\n", 0, start) + 1)
    return bool(title_line) and not text[title_line.end():s].strip(" \t\u3000\r\n")


# (s21) The heading of an item that divides duties among organs, its lines each headed by an organ and a colon.
DUTY_DIVISION_HEADING = re.compile(r"(?:部门|单位|工作|任务)?(?:职责分工|分工职责|部门职责|工作职责|职责|分工)(?:如下)?")


# (s16) A lead-in that divides duties, closed by a colon inside the sentence (`…的职责分工：`, `…分工如下：`).
DIVISION_COLON = re.compile(r"(?:职责分工|分工|职责)(?:如下)?[：:]")


def _listed_duties(text: str, ctx: Context, duty_heads: dict, annotated: set, add, by_start: dict) -> None:
    """`（二）负责投资、贸易等有关行政管理工作；` under `管委会依照本办法履行以下职责：`: a listed duty that opens with
    its own 负责 (牵头, 会同) and no subject is the heading organ's, given by that word. The other listed duties
    are the lead-in's (the article is assigned), not assigned again (both b5 labellers)."""
    for t in ctx.tasks:
        parent = t.path.rpartition("/")[0]
        if parent not in duty_heads or t.path in annotated or t.path.count("/") != parent.count("/") + 1:
            continue
        span = ctx.task_span(t.path)
        if not span:
            continue
        pos = _after_item_number(text, span)
        cue = stdlib_twin(PROSE_CUE).match(text, pos, span[1])
        if cue and cue.group("cue") not in ("牵头", "会同") and parent.rpartition("/")[2].endswith("条"):
            # (s31-assign, guide R48) `第十六条 乡镇人民政府履行下列职责：…（五）负责本乡镇生活垃圾的转运`: the article's
            # organ is given the article; a listed duty with its own 负责 is one of the duties listed, no assignment of
            # its own (a169). One that takes another organ along (`（三）会同市财政局…`, `（二）牵头…`) assigns the
            # sub-item as spec 1.1 section 6 says (below).
            continue
        if cue:
            role = "lead" if cue.group("cue") in ("牵头", "会同") else "responsible"
            for nm in duty_heads[parent]:
                add(t.path, nm, role)
            if cue.group("cue") == "会同":
                # `（一）会同自治区科技厅制定…`: the partner is `co`, as after a subject's 会同 (spec 1.1 section 6)
                partners, _ = _co_list(text, cue.end(), span[1], by_start)
                for nm in partners:
                    add(t.path, nm, "co")
            elif cue.group("cue") == "牵头":
                _lead_objects(text, cue.end(), span[1], t.path, by_start, add)
                if CO_WORD.search(text, cue.end(), span[1]):
                    # (s16) `2.牵头制定…，县财政局配合`: once the heading organ leads, the organs that 配合 are co
                    _co_clauses(text, cue.end(), span[1], t.path, by_start, add)


# A lead-in over an organ's listed duties (`…履行以下职责：`, `负责下列工作：`), closing its sentence.
# (`X的主要职责是：`, `X的具体职责是：`, `X的基本职责包括：`: the qualifiers of older statutes)
LISTED_DUTIES = re.compile(r"(?:(?:以下|下列|如下)(?:主要)?(?:工作)?(?:职责|工作|事项)"
                           r"|的(?:主要|具体|基本)?(?:工作|管理)?职责(?:是|为|如下|包括)|(?:主要|具体|基本)(?:工作)?职责(?:是|为|如下|包括)?"
                           r"|职责(?:如下|包括))"
                           r"[：:][ \t　]*$")


def _article_paragraph(text: str, s: int, task: str) -> bool:
    """Does the sentence at `s` open a paragraph (款) of an article (`第六条（机构职责）` on a line of its own, then
    `管委会依照本办法履行以下职责：`)? Its subject heads the article's duties as one written after the number does."""
    if not task.rpartition("/")[2].endswith("条"):
        return False
    line_start = text.rfind("\n", 0, s) + 1
    return not text[line_start:s].strip(" \t\u3000")


# `由<a unit>及其主管部门负责…`: a unit that is no organ and the organ over it (its 主管部门) given the work together.
UNIT_SUPERVISOR = re.compile(r"由[^，,。；;、由\s]{2,14}?(?:单位|企业|机构|学校|医院)(?:及其|和其)(?P<organ>(?:业务|行业)?主管部门)"
                             r"(?:具体|共同)?(?P<cue>负责|牵头)")


# A sentence that opens with the duty word and no subject (`。负责调解…`).
# (s19) Also `。要会同Y…` after `X要…。`: the paragraph's subject goes on leading with its partners (spec 1.1 section 6
# `市场监管总局要会同有关部门…`), as older notices and work plans write a subject once for several sentences.
# (`。牵头单位要…`: the noun 牵头单位 opens a sentence of its own, no cue; A2 adjudication a16)
_PARAGRAPH_CUE_WORDS = r"(?:并|同时|还)?(?:(?:负责|牵头)(?!人|同志|的|制|单位|部门|领导|处室|科室)|(?:要|应当|应|须)?会同)"
# (s22-assign2) also after `；`: `第七条 县安全生产监督管理局对全县…实施综合监督管理，…；负责生产安全事故统计分析和上报。`, the
# duty article's later clause goes on with its subject (spec 1.1 section 6 duty articles; A3 a123)
PARAGRAPH_CUE = re.compile(r"(?<=[。；;])" + _PARAGRAPH_CUE_WORDS)
# (the same cue found by a scan: its 。 matched, not looked behind at every character, issue 16; the match starts
# one past it, as PARAGRAPH_CUE's does)
PARAGRAPH_CUE_SCAN = re.compile(r"[。；;]" + _PARAGRAPH_CUE_WORDS)


def _scoped_add(add, scope: list[str]):
    def add_scoped(t, nm, role):
        add(t, nm, role)
        for other in scope:
            if other != t:
                add(other, nm, role)
    return add_scoped


def _child_headed_by_organ(text: str, ctx: Context, task: str, by_start: dict) -> bool:
    """Does the first sub-item of `task` open with an organ (`（一）市发展改革委负责…`)? (`（二）县教育局：` over
    `1.负责…` sub-items that name no organ stays the organ's heading.)"""
    prefix = task + "/"
    for t in ctx.tasks:
        if t.path.startswith(prefix):
            span = ctx.task_span(t.path)
            if not span:
                return False
            number = stdlib_twin(ITEM_NUMBER).match(text, span[0])  # (a span starts after its number; else past it)
            return (number.end() if number else span[0]) in by_start
    return False


# A sentence opening with a look back (`近年来，`, `2019年以来，`, `“十三五”以来，`, `去年，`) tells past work
# as background (a 现状 / 工作基础 section), it gives no task (docs/decisions/assignment-precision-s6.md).
RETROSPECTIVE = re.compile(r"(?:[（(]?[一二三四五六七八九十\d]+[）)、.．]?\s*)?"
                           r"(?:近年来|近几年来?|近年|多年来|长期以来|去年|上年|过去[一二三四五六七八九十几两\d]*年(?:来|间|中)?"
                           # (s15e) `近五年来，`, `近3年，`, `五年来，`
                           r"|近[一二三四五六七八九十几两\d]+年(?:来|间)?|[一二三四五六七八九十几两\d]+年来|据(?:不完全)?统计"
                           r"|[^，,。；\s]{1,12}以来)[，,]")


# A body's make-up (`联席会议由教育部、财政部…9个部门和单位组成，教育部为牵头单位`): the lead of a joint meeting or group
# the document sets up is designated, no item's work given (b10 adjudication RQ13, R3/R10). A sentence that also gives
# work with 负责/会同 or a 牵头 verb (`由A牵头，B、C组成检查组开展检查`) is read as usual.
COMPOSED = re.compile(r"由[^。；;]{2,120}?组成")
COMPOSITION_WORK = re.compile(r"负责|会同|牵头(?!单位|部门)")


# (guide R28) A working body's office seated in an organ and doing the body's routine (`领导小组办公室设在市工信局，负责
# 日常工作`, `…负责统筹协调、督促检查等日常工作`): it describes the body, also where the group already exists; an office
# given the work itself (`…办公室设在县招商局，负责本办法的组织实施…`) is read as usual. (s27-assign2) The seat may be
# written in brackets (`领导小组办公室（设在省人力资源社会保障厅）负责日常调度`, R28 in the S27 gold pass of A11 a151).
# (s28-assign2) The routine may be written as the office's own functions without 日常 (`…办公室设在省文化和旅游厅，负责
# 统筹协调、督促检查`): coordinating, supervising, scheduling and reporting words only, up to the sentence's end, are the
# office's standing work; an object after them (`负责统筹协调全省养老服务体系建设`) is the item's work, read as usual.
# (s32-assign2) Two such words may run on without a mark (`负责统筹协调、调度督促`, `负责协调调度`), as offices' duties are
# often written in four-character pairs. (s37b-provtriples) 推进 and 通报 also close such pairs (`负责统筹协调、调度推进和督导检查`,
# `负责统筹协调和督查通报`, `负责综合协调、督促检查和情况汇总`), and so do 评价, 组织 and 落实 (`负责统筹协调、督导检查和考核评价`,
# `具体负责组织推进落实`): still no object.
OFFICE_ROUTINE = (r"(?:(?:统筹|综合|组织|日常)?协调|统筹推进|督促(?:检查|指导|落实|推进)?|督查|督导|检查|指导|调度|联络|沟通|汇总"
                  r"|信息报送|情况通报|考核|推进|通报|情况汇总|评价|组织|落实)")
# (s36-assign) the office named first and then seated in a clause of its own (`领导组下设办公室，办公室设在县旅游局，负责日常
# 工作`): the same make-up sentence (R28), its subject repeated before 设在
OFFICE_RESTATED = r"(?:[，,](?:该|其)?(?:办公室|办))?"
OFFICE_SEATED = re.compile(r"\s*" + OFFICE_RESTATED + r"(?:设在[^，,。；;]{2,40}?[，,]|[（(]设在[^（）()，,。；;]{2,40}?[）)][，,]?)\s*(?:具体)?(?:负责|承担)"
                           r"(?:[^。；;]{0,40}?日常|" + OFFICE_ROUTINE + r"(?:[、和及]?" + OFFICE_ROUTINE + r")*(?:等)?(?:工作)?"
                           r"(?=[。；;\n]))")


# (s33-assign2, guide R28 made precise, S33 CK Q3) The office of a joint-meeting system the item builds, seated in an organ and
# given a duty with an object (`建立…联席会议制度，联席会议办公室设在市卫健委，负责统筹协调全市婴幼儿照护服务发展工作`): the office
# is given the work (responsible, a415's gold), however near the 建立 stands to the 联席会议 (SET_UP_BODY reads a near one as a
# body set up, R10). (s37b-provtriples, guide R28 made precise, S37b) The same holds for the office of a leading group the
# item sets up
# (`成立…领导小组，…，领导小组办公室设在省环保厅，负责统筹协调、督促检查全省大气污染防治工作`): given a duty with an object,
# the office and its host organ are responsible (the golds after the s37 open pass: a20, a41, a442, a451, a499); an office
# given coordination words alone (`负责统筹协调、调度推进和督导检查`) still gives nothing (OFFICE_SEATED).
SEATED_OFFICES = ("联席会议办公室", "小组办公室")
OFFICE_SEATED_WORK = re.compile(r"\s*" + OFFICE_RESTATED + r"(?:设在[^，,。；;]{2,40}?[，,]|[（(]设在[^（）()，,。；;]{2,40}?[）)][，,]?)\s*(?:具体)?(?:负责|承担)")


# A comma clause that names its own agent with 由 and a lead or duty cue (`由规划（发展规划）处室牵头`), up to the clause's end.
AGENT_CLAUSE = re.compile(r"由(?!于|此|其)[^，,。；;]{1,30}?(?:牵头|负责|会同)")


def _composition(sentence: str) -> bool:
    return COMPOSED.search(sentence) is not None and COMPOSITION_WORK.search(sentence) is None


# (s15e) A sentence opening with a year or an earlier time alone (`2023年，我部会同财政部开展了…`, `前期，X已牵头…`)
# tells past work where it says the work done (了, 已) and nothing still to do (将, 要, 继续 …): background, no task.
PAST_OPENING = re.compile(r"(?:[（(]?[一二三四五六七八九十\d]+[）)、.．]?\s*)?"
                          r"(?:(?:19|20)\d\d年(?:度|初|底|末|[上下]半年)?|前期|此前|之前|前一阶段)[，,]")
PAST_DONE = re.compile(r"了(?!解)|已(?:经)?(?!于)")
PAST_STILL = re.compile(r"将|(?<![主重需纪概摘提只])要(?![求素点闻件])|拟|计划|力争|确保|继续|应当|应(?![急用对届])|须|请")


def _retrospective(sentence: str) -> bool:
    head = sentence[:24]
    if "来" not in head and "去" not in head and "上年" not in head and "近" not in head and "统计" not in head:
        if not ("年" in head or "前" in head):
            return False  # prefilter: every opening of RETROSPECTIVE and PAST_OPENING holds one of these
        return bool(PAST_OPENING.match(sentence)) and bool(PAST_DONE.search(sentence)) \
            and not PAST_STILL.search(sentence)
    return bool(RETROSPECTIVE.match(sentence))


# (s15e) A sentence that reports what a cited document says (`《国务院关于…的意见》明确由国家发展改革委牵头…`): the
# cited document's assignment, told as a ground; the notice gives no work of its own there (spec 1.1 §6: only explicit
# assignments of the notice's items).
CITED_SAYS = re.compile(r"(?:[（(]?[一二三四五六七八九十\d]+[）)、.．]?\s*)?《[^》\n]{2,80}》(?:[（(][^）)\n]{0,30}[）)])?"
                        r"(?:中|里)?(?:已|也)?(?:明确|规定|提出|要求|指出|强调)(?!的)")


# (s15e) `A牵头，B、C按照职责分工负责` / `…按照分工负责` / `…按分工负责`: once a lead is named, the others of the same
# assignment sharing the work by their duties are `co` (spec 1.1 §6, guide gd (二十) `…牵头负责,相关行业主管部门按职能
# 分工负责` lead + co). The organs that stand before the share word, after the lead's mention.
SHARE_THEN_DUTY = re.compile(r"(?:[^，,。；;\n]{0,40}?)(?:要|应当?|须)?(?:按照?(?:各自)?职[责能](?:分工)?|按照?(?:各自的?)?分工|"
                             r"在各自职责范围内)[，,]?(?:负责|负总责)")


def _shared_after_lead(text: str, pending: list[tuple]) -> None:
    leads = [nm for t, nm, role in pending if role == "lead"]
    if not leads:
        return
    first_lead = min(nm.mention.start for nm in leads)
    lead_names = {nm.name for nm in leads}
    for i, (t, nm, role) in enumerate(pending):
        if role == "responsible" and nm.mention.start > first_lead and nm.name not in lead_names \
                and SHARE_THEN_DUTY.match(text, nm.mention.end):
            pending[i] = (t, nm, "co")


# (s18-a1org) `由市住房城乡建设局牵头，市自然资源局、市民政局会同各县（市、区）人民政府组织实施…`: one assignment whose lead
# is named by 牵头; the organs that then act 会同 others are further members of it, `co` like their partners (spec 1.1
# section 6: "once a lead is named, every other department of the same assignment" is co), not second leads.
LEAD_CUE_AFTER = re.compile(r"(?:、[^，,。；;、]{1,30}?)*?(?:共同)?牵头(?!单位|部门)")
JOINED_CUE_AFTER = re.compile(r"(?:、[^，,。；;、]{1,30}?)*?(?:要|应|将|还|并)?会同")


def _joined_after_lead(text: str, pending: list[tuple]) -> None:
    by_lead = [nm for t, nm, role in pending if role == "lead" and LEAD_CUE_AFTER.match(text, nm.mention.end)]
    if not by_lead:
        return
    first = min(nm.mention.start for nm in by_lead)
    named = {nm.name for nm in by_lead}
    for i, (t, nm, role) in enumerate(pending):
        if role == "lead" and nm.mention.start > first and nm.name not in named \
                and "，" in text[first:nm.mention.start] and JOINED_CUE_AFTER.match(text, nm.mention.end):
            pending[i] = (t, nm, "co")


# (s22-assign2) A 、 that closes a duty clause (`…负责国省道两侧、`): what follows is the next clause, not one more object.
DUTY_JOINED = re.compile(r"(?<=负责[^，,、。；;]{1,40})、")


def _responsible_after_lead(text: str, pending: list[tuple]) -> None:
    """(s20) `由A牵头，B负责…，C负责…`: one assignment whose lead is named by 由…牵头 closing its clause; the organs given a
    share of it by 负责 in the comma clauses after the lead's are `co` (spec 1.1 section 6: once a lead is named, every other department of
    the same assignment; S20 guide decision; A2 a14). Not across `；` (a second assignment), not an organ named before
    the lead (`X、Y分别负责…，X牵头…`)."""
    # (s22-assign2) the lead named by 牵头 with or without 由 and with or without a work of its own in its clause
    # (`A牵头，B负责X、C负责Y`, `A牵头组织项目实施，B负责资金拨付，C负责技术审查`): the sentence is one assignment, its
    # later 负责 organs `co` (spec 1.1 section 6; the golds A2 a14, A3 a36 第九条, A10 a114 read them so; the `responsible`
    # once credited to heldout p07 was a sentence with no lead before it, docs/decisions/assign-s15e.md)
    by_lead = [nm for t, nm, role in pending if role == "lead" and LEAD_CUE_AFTER.match(text, nm.mention.end)]
    if not by_lead:
        return
    first = min(nm.mention.start for nm in by_lead)
    named = {nm.name for t, nm, role in pending if role == "lead"}
    for i, (t, nm, role) in enumerate(pending):
        if role == "responsible" and nm.mention.start > first and nm.name not in named \
                and "，" in text[first:nm.mention.start] and not SECOND_ASSIGNMENT.search(text, first, nm.mention.start) \
                and not LOWER_LEVEL.search(nm.name):
            pending[i] = (t, nm, "co")


SECOND_ASSIGNMENT = re.compile(r"[；;。\n]")
# The governments of the places below (`由市教育局牵头，各区负责组织实施`): their 负责 is their own level's share (as guide R4
# reads a clause of another level of government), `responsible` as the labelled notices read it (test_assignments_s6).
LOWER_LEVEL = re.compile(r"^各|政府$|^(?:区|县|乡|镇|街道|市)(?:[（(][^）)]*[）)])?$")


def _inner_huitong(text: str, s: int, e: int, by_start: dict) -> list[int]:
    """(s25-assign) In an article of a 办法 or 规定, `A会同B<verb>` inside a clause (`应当执行省级价格主管部门会同财政部门
    核定的收费项目和标准`): the standard or decision A and B make together is work the article gives them (spec 1.1
    section 6, `A会同B…`: A lead, B co), wherever the pair stands. A cited document (`A会同B印发的《…》`) is no work."""
    out = []
    k = text.find("会同", s, e)
    while k >= 0:
        if "《" not in text[k:e]:
            starts = [p for p in range(max(s + 1, k - 40), k) if p in by_start
                      and any(nm.mention.end == k for nm in by_start[p])]
            out += starts[:1]
        k = text.find("会同", k + 2, e)
    return out


def _declared_first_leads(pending: list[tuple]) -> None:
    """(s25-assign) The document declares that the first-listed organ of each list leads (`上述各项任务中，列第一位者为
    牵头单位，其他为配合单位`): a line that names the items it covers and gives them to a list of organs with one cue and
    no lead (`（一）至（四）项政策由A、B、C按职责分工负责落实`) is an annotation of those items written as a sentence, its
    first organ `lead`, the rest `co` (spec 1.1 section 6), as in the annotations. Prose inside an item
    (`州财政局、州农业农村局负责资金统筹`) stays `responsible` (A11 a127: the declaration there is a table's note), and a
    sentence giving work to one organ is no list."""
    for t in {t for t, _, _ in pending}:
        here = [k for k, (tt, _, _) in enumerate(pending) if tt == t]
        if len({pending[k][1].name for k in here}) < 2:
            continue
        first = min(here, key=lambda k: pending[k][1].mention.start)
        for k in here:
            tt, nm, _ = pending[k]
            pending[k] = (tt, nm, "lead" if k == first else "co")


# (s34-assign) A second agent offered as the alternative of the first (`…的，由A负责，或者由B共同负责`, as statutes say who acts
# when a matter spans two areas): one work with alternative agents, not parallel shares of it.
ALTERNATIVE_AGENT = re.compile(r"[，,]?或者?由")


def _parallel_shares(text: str, pending: list[tuple], sentence: str) -> bool:
    """(s33-assign2, guide R40) Does the sentence share the work out in parallel duty clauses of two or more organs, each
    `responsible` for its own part (`农业部门负责…，质检部门负责…，工商部门负责…`), with no 牵头, 会同 or 负总责? Such shares
    name no lead of the item: a later `各有关部门要…各负其责，密切配合` is the organs' mutual co-operation (R40: with no
    lead named it assigns nothing; S33 CH Q2: parallel `A负责…；B负责…` clauses name no lead). One subject with two
    duties (`A、B负责…，负责…`) is no such division: no organ stands after a 负责 of another."""
    if sentence.count("负责") < 2 or "牵头" in sentence or "会同" in sentence or "负总责" in sentence:
        return False
    if ALTERNATIVE_AGENT.search(sentence):
        return False  # (s34-assign) `由A负责，或者由B共同负责`: alternative agents of one work, no division of it
    if not pending or any(role != "responsible" for _, _, role in pending):
        return False
    starts = sorted({nm.mention.start for _, nm, _ in pending})
    first = text.find("负责", starts[0])
    return first >= 0 and any(st > first for st in starts) and len({nm.name for _, nm, _ in pending}) >= 2


def _flush(pending: list[tuple], add) -> None:
    """A sentence's assignments, without a `responsible` for the same mention it has just made `lead`
    (`由X牵头，负责…`: the later 负责 clause shares the subject and says what the lead does; one organ,
    one role). The same the other way: a duty given first and a 会同 after in the same chain (`各区住房保障部门负责…，
    会同相关职能部门做好…`) keeps the subject `responsible` (its partners are `co`): the first role of the chain
    stands (b3 adjudication, d021; issue 12, docs/decisions/assign-s13.md). An organ named again with a duty of its
    own (`X、Y分别负责…，X牵头…`) keeps both, like guide R8."""
    # (s18-a2org) `X负责…，会同Y…`: one sentence with one subject is one assignment, and once 会同 names X the lead,
    # X is `lead` and Y `co` (spec 1.1 section 6 `A会同B…`; A2 adjudication a17, A1 a10): the later 会同 lead replaces
    # the subject's 负责 (was: the first role of the chain stands, b3 d021; docs/decisions/organs-a2-s18.md)
    leads = {(t, nm.name, nm.mention.start) for t, nm, role in pending if role == "lead"}
    for t, nm, role in pending:
        if role == "responsible" and (t, nm.name, nm.mention.start) in leads:
            continue
        add(t, nm, role)


# The bodies an item sets up (`成立县食品安全委员会`, `组建…工作专班`): their duties are no assignment (guide R10).
# (the body's make-up written before it, `以…为组长的`, `由县长任组长、分管副县长任副组长，县直有关部门主要负责人为成员的`)
# (s22-assign2) also a make-up of up to 160 characters before the body (`成立由…任组长、…任副组长，A、B…等部门负责同志为成员的
# 市…领导小组`, A9 a97), a joint-meeting system built (`建立由…任召集人的省…联席会议制度`, A11 a125) and an office set up as
# the body itself (`设立林长制办公室`, A9 a105)
SET_UP_BODY = re.compile(r"(?:成立|设立|组建|建立(?=由|以)|建立(?=[^，,。；;、]{2,30}?联席会议制度))(?:了)?"
                         r"(?:以[^，。；]{1,20}?为[^，。；]{1,8}?的|[以由][^。；\n]{1,160}?(?:任|担任|为)[^。；\n]{0,40}?的)?"
                         r"(?P<body>[^，,。；;、（(\s]{2,30}?(?:领导小组|工作小组|小组|委员会|专班|指挥部|联席会议|工作组|(?<=[制长])办公室))")


def _bodies_set_up(text: str, ctx: Context, task: str, s: int, cache: dict) -> list[str]:
    """The bodies set up in the item before the end of the sentence starting at s (found once per item)."""
    found = cache.get(task)
    if found is None:
        span = ctx.task_span(task)
        a, b = span if span else (s, len(text))
        found = cache[task] = [] if not (stdlib_twin(SETS_UP).search(text, a, b) or text.find("建立", a, b) >= 0) else \
            [(m.start(), re.sub(r"^(?:[省市县区旗州镇乡]|本[省市县区])", "", m.group("body")))
             for m in SET_UP_BODY.finditer(text, a, b)]
    if not found:
        return []
    e = text.find("。", s)
    e = len(text) if e < 0 else e
    return [body for start, body in found if start < e]


# (s16) A sentence whose subject is a working body, then 由X牵头/负责/担任… (`联席会议由教育部牵头，A、B参加`,
# `领导小组办公室由县发改局负责`): when the item sets such a body up (建立/成立/设立/组建…), it tells the body's make-up
# (guide R11: a lead unit inside a coordination system the document sets up gives no triple).
BODY_LED = re.compile(r"(?:[（(]?[一二三四五六七八九十\d]+[）)、.．]?\s*)?(?:该|此)?[^，,。；;由]{0,24}?"
                      r"(?P<kind>联席会议|领导小组|工作小组|委员会|指挥部|工作专班|专班|工作组)(?:办公室)?由")
BODY_SET_UP = re.compile(r"建立|成立|设立|组建")


def _body_led(text: str, ctx: Context, task: str, s: int, sentence: str) -> bool:
    m = stdlib_twin(BODY_LED).match(sentence)  # (the same match, ~3x faster: scan.stdlib_twin)
    if not m:
        return False
    span = ctx.task_span(task)
    a = span[0] if span else s
    before = text[a:s + m.start("kind")]
    return any(k.end() <= len(before) and m.group("kind") in before[k.end():k.end() + 40]
               for k in BODY_SET_UP.finditer(before))


def _is_set_up(name: str, bodies: list[str]) -> bool:
    if any(len(b) >= 3 and (name.endswith(b) or name.endswith(b + "办公室")) for b in bodies):
        return True
    # (s20) the body written with its place's short name (`成立…的楚雄州电子商务发展工作领导小组，领导小组办公室设在州商务局，
    # 负责…`): its office's canonical name carries the place in full (`楚雄彝族自治州…领导小组办公室`)
    for b in bodies:
        own = PLACE_SHORT.match(b)
        if own and len(b) - own.end() >= 6 and (name.endswith(b[own.end():]) or name.endswith(b[own.end():] + "办公室")):
            return True
    # its office by a short name (`成立县创文工作领导小组，…县创文办负责日常工作`)
    office = OFFICE_STEM.match(name)
    if not office:
        return False
    stem = office.group(1)
    town = TOWN_BEFORE_STEM.match(stem)
    if town and town.group(0) in _townships():
        stem = stem[town.end():]
        if len(stem) < 2:
            return False
    return any(stem in b for b in bodies)


PLACE_SHORT = re.compile(r"^[^省市县区旗州盟镇乡，,。；\s]{1,6}?(?:自治州|自治县|[省市县区旗州盟镇乡])")
OFFICE_STEM = re.compile(r"^(?:.*?[省市县区旗州])?([^省市县区旗州]{2,8}?)(?:办公室|办)$")
# (s32-assign) A town named before the office (`定兴县固城镇农办`) is its place, no part of its stem: `固城镇农` is no short form
# of the town's `固城镇农村面貌…领导小组`, whose set-up dropped the office's own duties in a township's 责任分工. Only a town the
# townships table knows (pipeline/data/townships.tsv), so the 城镇 of `新型城镇化办` stays in its stem.
TOWN_BEFORE_STEM = re.compile(r"^[\p{Han}]{1,6}?[镇乡]")


# The head a list of bare sectors shares, written once after the last (`发展改革、财政、审计部门负责…`: no 等), and the ends of a
# mention that already carries its own head.
SHARED_HEAD = re.compile(r"(?:行业|业务|职能)?(?:行政主管|主管|行政管理|行政|管理|监管)?(?:部门|机关)(?![长的])")
HEAD_STARTS = frozenset("行业职能主管理监部机")
ORGAN_WORD_END = re.compile(r"(?:部门|机关|机构|局|委|厅|办|政府|室|会|所|站|队|中心|组|处|科|院|署|党委|部)$")


def _past_shared_head(text: str, pos: int, e: int, subject: list[NamedMention]) -> int:
    """After a list of sectors whose last mention stops before the head they share (`发展改革、财政、审计部门`, `市、区教育、
    公安部门`: the mentions are the sector words, spec 1.1 section 5 shared heads), where the head ends; else `pos`."""
    if subject and subject[-1].mention.end == pos and text[pos:pos + 1] in HEAD_STARTS \
            and not ORGAN_WORD_END.search(subject[-1].mention.text):
        head = SHARED_HEAD.match(text, pos, e)
        if head:
            return head.end()
    return pos


# What closes a list of bare sectors that opens a sentence: `公安、交通运输等部门，依法…负责`.
# (also a close naming the kind of the listed organs, `县发改、经信、住建等行业主管部门负责…`: it adds no entry, spec 1.1
# section 5, and the sectors before it stay the subject)
# (and a count or a level of the listed organs, `…等12个部门负责…`, `县委组织部等5部门`, `…等县直部门`)
SUBJECT_CLOSE = re.compile(r"等(?P<count>[\d一二三四五六七八九十两]{1,3}个?)?(?:有关|相关|其他)?(?:[省市县区]直)?(?:行业|业务|职能)?(?:主管|行政|管理)?"
                           # (s33-assign) `市总工会、团市委、市妇联、市残联等人民团体`: the kind of the listed people's organisations
                           r"(?:部门和单位|部门|单位|人民团体|群团组织|群众团体)")
# A comma clause without a subject of its own that opens with an assignment word.
# (s29-assign, guide R44) also a permission (`X负责…，可以会同Y制定…`): 可以 names who does the work, as 要 does
SHARED_SUBJECT_CUE = re.compile(r"(?:并|同时|还|并且)?(?:要|应当|应|将|还将|也将|已|已经|可以|可(?=会同|牵头))?(?:主动|积极)?(?:共同|具体|分别|统一|总体|全面|统筹)?(?:分工)?(?:牵头(?!的)|会同|负责(?!制(?![定订作发])|人(?![口才员事力民居防工社身])|同志|的))")
# (s29-assign, guide R32) A body told to name staff for a duty, the duty written right after the staff
# (`乡镇人民政府要明确专人负责…`, `各地要指定1名分管负责同志具体负责`, `…，明确专人负责。`): the body is assigned the duty
# (`responsible`), as with `…确定专（兼）职人员，负责…` after a comma. The persons are no organs (guide R20).
STAFF_DUTY = re.compile(r"(?:要|应当|应|须|必须|并)?(?:进一步)?(?:明确|确定|指定|安排|落实|配备)"
                        r"(?:[0-9一二两三四五六七八九十]{1,2}名)?(?:专人|专职人员|专[（(]兼[）)]职人员|专兼职人员"
                        r"|分管(?:负责同志|领导|负责人)|专门人员"
                        # (s30-assign) a named count of leaders or officers (`明确一名领导具体负责`, `确定1名工作人员负责`)
                        r"|(?<=名)(?:主要)?(?:领导|负责同志|工作人员|干部)"
                        # (s38-assign) the officers named by the body they sit on or their rank first (`明确1名“两委”干部负责`,
                        # `确定1名村“两委”成员负责`, `指定一名业务骨干负责`): the same staff
                        r"|(?<=名)(?:[“\"‘][^”\"’，,。；;]{1,6}[”\"’]|村|社区|科室|业务|分管){1,3}(?:领导|负责同志|工作人员|干部|成员|委员|骨干))"
                        r"(?:和[^，,。；;]{1,16}?)?(?:具体)?(?P<cue>负责)(?!人|同志|制(?![定订作发]))")
# (s31-assign, guide R32) The staff named in the comma clause right before the duty (`各乡镇人民政府设立合作医疗管理办公室，
# 配备专职工作人员1至2名，负责本乡镇…`, `…应当明确专门机构和人员，负责…`): the body that sets up the office and staffs it is
# given the duty, as when the staff are written right before 负责 (STAFF_DUTY; a119's gold). The persons are no organs (R20).
STAFF_CLAUSE = re.compile(r"(?:要|应当|应|须|必须|并|同时)?(?:进一步)?(?:明确|确定|指定|安排|落实|配备|配齐)(?:了)?[^，,。；;：:]{0,20}?"
                          r"(?:人员|专人|干部|工作力量)(?:[0-9一二两三四五六七八九十至到～~\-]{1,6}名)?[，,]")


def _staffed_before(text: str, a: int, pos: int) -> bool:
    c = max(text.rfind("，", a, pos - 1), text.rfind(",", a, pos - 1))
    if c < 0 and text.find("队伍", a, pos) >= 0:
        return bool(TEAM_CLAUSE.fullmatch(text, a, pos))
    return c >= 0 and bool(STAFF_CLAUSE.fullmatch(text, c + 1, pos))


# (s33-assign2, guide R32) A team of persons the subject forms right before the duty (`各村要成立由村“两委”干部、党员、村民组长组成的
# 巡查队伍，负责本村秸秆禁烧看护工作`): the team is the subject's staff, no organ (guide R20: persons; 队伍 names people, not a
# body as 领导小组 or 工作队 are), so the subject is given the duty, as when it names staff (STAFF_CLAUSE). Only a 队伍 closing the
# clause right after the subject, no organ inside it.
TEAM_CLAUSE = re.compile(r"(?:要|应当|应|须|必须|也要|还要)?(?:进一步)?(?:成立|组建|组织|建立)(?:起|了)?[^，,。；;：:]{0,40}?队伍[，,]")


# `区政府成立区食品安全委员会，负责…`: the duty after a body is set up is the body's (guide R10), not the subject's.
# (设置 only before what it sets up, a body or a post: `户外广告设置的主管部门` is the object of a duty, not a set-up)
SETS_UP = re.compile(r"成立|设立|组建|设置(?=[^，,。；的]{0,20}?(?:小组|委员会|专班|指挥部|办公室|机构|工作组|联席会议|岗位|专员|中心|站|窗口))")
# (s33-assign) `督查组由镇纪委书记任组长，镇纪委、党政办人员组成，负责…`: the organs whose staff make up a body the item sets up;
# the duty after it is the body's (guide R10), not theirs.
MADE_UP = re.compile(r"组成(?=[，,])")
# `县扶贫办主任兼任办公室主任，负责日常工作`: the organ names a person's post; the later duty is not the organ's.
PERSON_AFTER = re.compile(r"(?:主要|分管|有关|相关)?(?:负责人|负责同志|同志|主任|副主任|局长|副局长|书记|副书记|主席|部长|厅长|处长|科长|组长|领导|干部)")
# A bracket after the subject: a short name it defines, a second sign (`（以下简称市级主管部门）`).
SUBJECT_ASIDE = re.compile(r"[（(][^（）()\n]{1,30}[）)][，,]?")
# An item number written inline after a colon (the first sub-item of a list run on in one paragraph).
INLINE_NUMBER = re.compile(r"[ \t　]*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[（(]\d{1,2}[）)]|[①-⑳])[ \t　]*")
INLINE_ITEM = re.compile(r"(?<=[：:])" + INLINE_NUMBER.pattern)
# The work named before the organ it is given to (`此项工作县农业农村局牵头`; with 由 the 由 clause reads it already).
WORK_OPENING_START = ("此项", "该项", "这项", "本项", "上述", "以上")
WORK_OPENING = re.compile(r"(?:此项|该项|这项|本项|上述|以上)?工作[，,]?")
# A duty article's second predicate with the same subject: `X对…实施统一监督管理，…并负责…`.
AND_DUTY = re.compile(r"(?:并|同时|还|，|,)负责")
# `各乡（镇）人民政府对本辖区…工作负总责`, `市财政局对专项资金的使用管理负责`: the duty written as 对 + its object +
# 负（总）责 closing the clause (guide R11: 负总责 reads as 负责; docs/decisions/assign-s9.md). Not `负责人`, not
# `对…负责任`, not `对…的真实性负责` said of an applicant (the subject must be an organ or a place).
TOWARD_DUTY = re.compile(r"(?:要|应当|应|须|必须)?(?:依法)?对[^，,。；;：:\n]{2,40}?(?P<cue>负总责|负责)(?=[，,。；;）)\s]|$)")


# (s15e) After 牵头/会同: the organs' past work named as an attribute of a document (`…牵头制定的《…》`, `…会同Y印发的
# 《…》`, `…牵头起草的实施方案`).
DOCUMENT_ATTRIBUTE = re.compile(r"[^，,。；;《]{0,16}?(?:制定|起草|编制|印发|出台|发布|修订|拟定|研究制定)(?:了)?的(?:《|[^，,。；;]{0,12}?"
                                r"(?:办法|方案|意见|规划|计划|通知|细则|规定|标准|清单|目录|指南))")
# (s15e) A mechanism written after the sentence's opening (`各市州要参照省里做法，建立由X牵头、相关部门按照分工负责的工作
# 机制`): the organs inside it are given no work (spec 1.1 §6, as MECHANISM at a sentence's start).
# (s36-assign) also the system a 办法 says the work is run under (`廉租住房保障实行省级负总责，州（市）、县（市、区）人民政府负责
# 组织实施的工作责任制`, `实行…负责的管理体制`): the shares inside describe the system, they give no item's work (spec 1.1 §6,
# as a mechanism to be built; the open golds a110, a158 and A41 a487 give them nothing); the articles after it that give the
# work to each level are read as usual.
MECHANISM_INSIDE = re.compile(r"(?:建立|健全|完善|形成|构建|实行|推行)(?:健全|完善|起|了)?"
                              r"(?:(?!机制|制度|格局|体系|模式|责任制|体制)[^。；;]){0,60}?"
                              r"的[^，,。；;]{0,12}?(?:机制|制度|格局|体系|模式|责任制|体制)")


# (s19) A body set up with its make-up written before it, `建立（成立、组建）由A牵头，B、C等部门参加的X工作专班（领导小组、
# 联席会议…）`: the organs inside describe the body, not the item's assignment (guide R10, R11), also when the member
# list runs past MECHANISM_INSIDE's reach or the body is a 专班/小组 rather than a 机制.
BODY_BUILT = re.compile(r"(?:建立|成立|组建|设立)(?:健全|起|了)?由")
BODY_INSIDE = re.compile(r"(?:建立|成立|组建|设立)(?:健全|起|了)?由[^。；;]{2,200}?的[^，,。；;的]{0,16}?"
                         r"(?:工作专班|专班|领导小组|工作小组|联席会议|指挥部|工作组|委员会|机制|制度)")


# (s33-articles2) `上级人民政府认为必要时，可以调查由下级人民政府负责调查的事故`, `依照本条例规定应当由上级人民政府负责调查
# 的，上级人民政府可以另行组织…`: a 由X负责V的 phrase closed by 的 is a noun phrase (the matters X is in charge of), not a
# duty given to X (spec 1.1 section 6 assigns the work a sentence gives): the object of a verb written before 由 (no modal
# or adverb of a duty: 应当由, 统一由 give the work) before a short noun, or a conditional subject closed by `的，`.
NOMINALISED_CONDITION = re.compile(r"[^\s，,。；;：:、的（）()]{1,8}的(?=[，,])")
NOMINALISED_OBJECT = re.compile(r"[^\s，,。；;：:、的（）()]{1,8}的(?:事故|案件|事项|项目|案子|纠纷)(?=[，,。；;])")
DUTY_BEFORE_BY = re.compile(r"(?:应当|应该|应|要|须|必须|可以|可|均|统一|分别|一律|具体|主要|并|则|仍|再|另|也|还|共同)$")


def _nominalised_duty(text: str, by: int, after_cue: int, e: int) -> bool:
    e = min(len(text), e + 1)  # (the clause's own stop read by the lookahead)
    if NOMINALISED_CONDITION.match(text, after_cue, e):
        return True
    return bool(NOMINALISED_OBJECT.match(text, after_cue, e)) and by > 0 and _is_han_char(text[by - 1]) \
        and not DUTY_BEFORE_BY.search(text, max(0, by - 2), by)


def _is_han_char(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def _prose_clause(text: str, s: int, e: int, task: str, by_start: dict, mentions: list[NamedMention], add,
                  headed: bool = False, sentence_subject: list[NamedMention] | None = None,
                  opens_paragraph: bool = False) -> list[NamedMention]:
    """Organs opening text[s:e] (after an optional 由/经) followed by 牵头 / 会同 / 负责. An item
    headed by an organ and a colon (`（三）社区办：负责…`, a 职责分工 list) is that organ's."""
    if not sentence_subject and text.startswith("会同", s) and s + 2 in by_start and text[s - 1:s] in ("。", "\n"):
        # (s25-assign) `（三）健全收运处置体系。会同区城市管理和综合执法局、区环卫中心优化收运线路`: 会同 with no subject
        # named, the issuing organ the one who acts; the partners are `co` of the item (spec 1.1 section 6 `A会同B…`, no
        # A to lead; A17 adjudication a194), as with a lead that is no department (UNIT_WITH_PARTNERS). Only a sentence
        # that opens with it: after a comma the clause goes on with a subject written before it (`林业站：负责…，会同乡
        # 财政所做好…`, a unit's duties: the partner is co there too since the S29 gold pass, read by _unit_led_partners)
        partners, _ = _co_list(text, s + 2, e, by_start)
        for nm in partners:
            add(task, nm, "co")
        return []
    # 由X负责, 经X审核: the case word before the organ (经济发展办 starts with 经 but is the organ itself)
    if s not in by_start and text.startswith(WORK_OPENING_START, s):
        opening = WORK_OPENING.match(text, s, e)
        if opening and opening.end() in by_start:
            s = opening.end()  # `此项工作县农业农村局牵头`, `该项工作，县民政局负责`: the work named before its subject
    if s not in by_start:
        when = stdlib_twin(TIME_OPENING).match(text, s, e)
        if when and when.end() in by_start:
            s = when.end()  # `2004年发展改革委将会同水利部…`, `下一步县农业农村局要牵头…`: a time word before the subject
    if s not in by_start and text.startswith("其", s):
        sub = SUBORDINATE_OPENING.match(text, s, e)
        if sub and sub.end() in by_start:
            s = sub.end()  # `X是…的主管部门，其所属的Y负责…`: the organ under the one named before opens the clause
        elif s + 1 in by_start:
            s += 1  # `县级以上人民政府应当加强领导，其住房城乡建设部门负责…`: the government's own department
    pos = s + (1 if text.startswith(("由", "经", "请"), s) and s not in by_start else 0)
    if pos == s + 1 and text[s] == "由" and sentence_subject and sentence_subject[-1].mention.end == s:
        partners, end = _listed_organs(text, pos, by_start)
        if partners and BODY_STAFFED.match(text, end, e):
            # `区更新办由A、B、C三家副主任单位协同开展工作，负责…，牵头…`: the units that staff the body named before
            # 由 work with it; they are `co` of its assignment (b2 adjudication d098: 协同 ≈ 配合)
            for nm in partners:
                add(task, nm, "co")
            return []
    if pos == s and s not in by_start and text.startswith(NAMING_VERBS, s) and s + 2 in by_start:
        pos = s + 2  # `明确县人社局为牵头单位`, `确定X为责任单位`: the organ the sentence names to the role
    if pos not in by_start and text[pos:pos + 1] in "省市县区" and pos + 1 in by_start \
            and by_start[pos + 1][0].mention.kind == "sector":
        pos += 1  # 区交通、生态环境等部门负责…: a level written before a list of bare sectors
    elif pos not in by_start and text[pos:pos + 1] in LEVEL_OPENING_CHARS and text[pos + 1:pos + 2] in ("、", "（", "("):
        levels = LEVELS_BEFORE.match(text, pos, e)
        if levels and levels.end() in by_start and (by_start[levels.end()][0].mention.text.endswith("政府")
                                                    or LEVEL_HEADED.match(by_start[levels.end()][0].mention.text)):
            # (s23) `由区、镇人民政府和街道办事处负责建设`: levels sharing the government written once; the levels the
            # recogniser did not name get nothing, the government it found keeps the clause (and the organs after it);
            # (s27) also a level's sector department (`市、县级教育行政部门负责组织…`)
            pos = levels.end()
    subject: list[NamedMention] = []
    if text.find("的", pos, pos + 16) >= 0:
        made = stdlib_twin(ESTABLISHED_BY).match(text, pos, e)
        if made and made.end() in by_start:
            pos = made.end()  # `自治县成立的城乡规划委员会，负责…`: the body an organ set up before is the subject
    if pos in by_start and text.find("的", pos, pos + 64) >= 0 \
            and DESIGNATED_WORD.search(text, pos, min(e, pos + DESIGNATED_REACH)) is not None \
            and (made := DESIGNATED_BY_LIST.match(text, pos, e)) \
            and made.end() in by_start and not stdlib_twin(CUE).search(made.group(0)):
        pos = made.end()  # `A区、B区人民政府及C管委会确定的城市管理部门…负责`: the designated organ, not its designators
    if pos not in by_start and headed and (past := _past_heading_units(text, pos, e, by_start)) is not None:
        pos = past  # (s29-assign2) `（八）卫生院、计生办：负责…`: the units heading the line before its organ get nothing
    if pos not in by_start and (text[pos:pos + 1] in LEVEL_CHARS or text.startswith("自治", pos)):
        unknown = LEADING_UNKNOWN.match(text, pos, e)
        if unknown and unknown.end() in by_start:
            pos = unknown.end()  # `县融媒体中心、县委宣传部负责…`: a unit the tables miss opening the list
        elif "会同" in text[pos:pos + 16] and (led := UNIT_WITH_PARTNERS.match(text, pos, e)) \
                and (led.end() in by_start or _place_at(text, led.end(), e)):
            # ((s33-assign) also places as the partners: `镇农业综合服务站要会同各村摸清…`, the villages co)
            # (s23) `乡村镇建设服务中心会同财政所、各村委会对…初验`: a service unit (no department, spec 1.1 section 5)
            # leads; its partners are `co` as after any `A会同B` (spec 1.1 section 6; A13 a156, A10 a112's
            # adjudication: the unit gets nothing, the organs with it keep their role)
            partners, _ = _co_list(text, led.end(), e, by_start)
            for nm in partners:
                add(task, nm, "co")
            return []
    if pos not in by_start and "会同" in text[pos:pos + 24] and (led := MILITARY_WITH_PARTNERS.match(text, pos, e)) \
            and led.end() in by_start:
        # (s25-assign) `由中国人民解放军总后勤部会同人力资源和社会保障部另行规定`: a military lead is no department (guide D49),
        # the civil organs with it keep their role, `co` (A17 adjudication, a202 第三十条), as with a unit's lead above
        partners, _ = _co_list(text, led.end(), e, by_start)
        for nm in partners:
            add(task, nm, "co")
        return []
    if pos not in by_start and text[pos:pos + 1] in ("本", "我") and pos + 1 in by_start \
            and text[pos + 1:pos + 2] in OWN_PLACE_MARKERS:
        pos += 1  # `本市各级公安机关负责…`, `我县各乡镇负责…`: the own-place word before a mention that starts at its marker
    if pos not in by_start and "所在地" in text[pos:pos + 8]:
        where = LOCATION_DETERMINER.match(text, pos, e)
        if where and where.end() in by_start:
            pos = where.end()  # (s16) `由所在地的市、县文物行政主管部门会同…`: the place determiner before the authority
        elif where and where.end() - where.start() > 3 and text.find("所在地", pos) in by_start:
            pos = text.find("所在地", pos)  # `由户籍所在地的乡镇人民政府负责…`: the organs reader names it from 所在地
    if pos not in by_start and (whose := stdlib_twin(WHOSE_PLACE).match(text, pos, e)):
        # (s33-assign2) `进城务工就业农民流入地政府负责…`: the words saying whose place it is (spec 1.1 §5), then the organ
        if whose.end() in by_start:
            pos = whose.end()
        elif (moved := MOVED_PLACE_GOVERNMENT.match(text, whose.end(), e)) and _prose_cue(text, moved.end(), e):
            name = moved.group(0)
            subject.append(NamedMention(Mention(moved.start(), moved.end(), name, "collective", stem=name,
                                                layer="pattern"), name))
            pos = moved.end()
    if pos not in by_start and (units := _level_units_listed(text, pos, e, by_start)):
        pos = units  # `县直各单位、各乡镇人民政府负责…`: units of a level opening the list get nothing (guide D30)
    if pos not in by_start and (sign := _unit_second_sign(text, pos, e)) and sign.end() in by_start:
        inner = by_start[sign.end()][0]
        if text[inner.mention.end:inner.mention.end + 1] in ("）", ")"):
            subject = list(by_start[sign.end()])  # (UNIT_SECOND_SIGN) the bracketed office is the subject
            pos = inner.mention.end + 1
    if pos not in by_start and not subject and text.startswith("各", pos) \
            and (every := EVERY_PLACE_AUTHORITY.match(text, pos, e)):
        # (s25-assign2) `各地中小企业主管部门要会同发展改革、财政、市场监管等部门…`: the authority in charge of a field in
        # every place, named by that field, which the tables miss, is the subject of its cue (kept as written as a
        # collective, spec 1.1 section 5; A18 a208, A10 a107); the organs after the cue keep their roles
        name = every.group("organ")
        subject.append(NamedMention(Mention(pos, pos + len(name), name, "collective", stem=name, layer="pattern"), name))
        pos += len(name)
    while pos in by_start or (subject and text[pos - 1:pos] in ("、", "和", "及") and _listed_place_at(text, pos, e)) \
            or (subject and text[pos - 1:pos] in ("、", "和", "及") and _level_units_listed(text, pos, e, by_start, True)):
        if pos not in by_start and not _listed_place_at(text, pos, e):
            pos = _level_units_listed(text, pos, e, by_start, True)  # `A、县直各单位和B负责…`: passed over (D30, D29)
            continue
        if pos not in by_start:  # `各乡镇、各村负责…`: a place listed after organs is one more subject (kept as written)
            place = _listed_place_at(text, pos, e)
            subject.append(place)
            pos = place.mention.end
            if text[pos:pos + 1] in ("、", "和", "及") and (pos + 1 in by_start or _listed_place_at(text, pos + 1, e)):
                pos += 1
            continue
        if len(subject) == 1 and subject[0].mention.end == pos and subject[0].mention.text.endswith("政府") \
                and (by_start[pos][0].mention.kind == "sector" or by_start[pos][0].mention.text.startswith("负责")):
            # 县级以上人民政府发展改革、财政等部门: the departments of that government; (s23) so is the statutes' `县级以上
            # 地方人民政府负责特种设备安全监督管理的部门…负责…`, a department named by the work it is in charge of
            subject = []
        subject += by_start[pos]
        pos = by_start[pos][0].mention.end
        if subject[-1].name.endswith(("管理委员会", "管委会")) and (seat := ZONE_SEAT.match(text, pos, e)):
            # (s25-assign2) `各镇人民政府、胶州经济技术开发区（阜安街道）、…管委会负责…`: the town or street a zone sits in,
            # bracketed after the zone's name, is no subject of its own; the list goes on after it (A17 a195)
            pos = seat.end()
        if text[pos:pos + 1] in ("（", "(") and pos + 1 in by_start \
                and text[by_start[pos + 1][0].mention.end:by_start[pos + 1][0].mention.end + 1] in ("）", ")"):
            # `各乡镇人民政府（街道办事处）负责…`: a bracket naming the alternative organ is a second subject (spec 1.1
            # section 5: two organs)
            subject += by_start[pos + 1]
            pos = by_start[pos + 1][0].mention.end + 1
        if text[pos:pos + 2] in ("及其", "和其", "以及", "或者") and pos + 2 in by_start:
            pos += 2  # 各级人民政府及其有关部门; `由A或者B负责`: alternatives, each given the work
        elif text[pos:pos + 1] == "，" and pos + 1 in by_start and len(subject) >= 2 \
                and (group := _comma_group_to_duty(text, pos + 1, e, by_start)) is not None:
            # (s33-articles) `城中区、鱼峰区人民政府，柳东新区管理委员会、北部生态新区管理委员会（以下统称城区人民政府、新区
            # 管委会）按照职责分工负责…`: a duty article's subject listed in two kinds a comma divides, summed up by the term
            # it declares, is one subject; each listed organ is given the article (spec 1.1 section 6, duty articles)
            subject += group[0]
            pos = group[1]
            break
        elif text[pos:pos + 1] == "或" and pos + 1 in by_start:
            pos += 1  # `由水务主管部门或河道管理机关会同…确定`
        elif text[pos:pos + 1] == "或" and UNKNOWN_ALTERNATIVE.match(text, pos, e):
            # `由水务行政主管部门或河道专门管理机关会同…`: an alternative the tables miss, written like a function-named
            # organ, does not cut the subject off its cue (it gets nothing itself)
            pos = UNKNOWN_ALTERNATIVE.match(text, pos, e).end()
        elif text[pos:pos + 1] == "或" and (alt := ALTERNATIVE_IN_LIST.match(text, pos, e)) and alt.end() + 1 in by_start:
            # (s38-assign) `由县级人民政府或者其授权的部门、乡（镇）人民政府负责管理`: the alternative a government may
            # authorise, in the middle of the subject list, does not cut the list (it gets nothing itself, as above)
            pos = alt.end() + 1
        elif text[pos:pos + 1] in ("、", "和", "及") or (text[pos:pos + 1] in ("等", "与", "同") and pos + 1 in by_start):
            pos += 1  # A、B和C; `…等市政设施相关部门`: a qualified close is one more subject; `A与B共同负责`, `A同B负责`
            if pos not in by_start and text[pos - 1:pos] in ("、", "和", "及"):
                made = ESTABLISHED_BY.match(text, pos + (1 if text.startswith("由", pos) else 0), e)
                if made and made.end() in by_start:
                    # `A、B和由市、县人民政府确定的具体实施房屋征收的部门在各自职责范围内负责…`: an organ of the list
                    # qualified by who designates it (the designating government is given nothing)
                    pos = made.end()
    if subject and pos > s and text[pos - 1] in "、和及" and pos not in by_start \
            and (past := _past_committees(text, pos - 1, e)) > pos - 1:
        # (s30-articles) `各村（社区）党组织、村（居）民委员会负责…`: the villagers' committees listed with the village party
        # organisations are no organs (guide D44) and do not void them (R39: an unknown member voids nothing)
        pos = past
    pos = _past_shared_head(text, pos, e, subject)  # `发展改革、财政、审计部门负责…`, `市、区教育、公安部门负责…`
    if subject and subject[-1].mention.end == pos and text[pos:pos + 1] in ("、", "和", "及", "以", "各", "单") \
            and subject[-1].name.endswith("部门"):
        units = UNITS_AFTER.match(text, pos, e)
        if units:  # `市直各部门、各单位负责…`, `各部门各单位负责…`: the units are no departments (guide D29)
            pos = units.end()
    if len(subject) == 1 and subject[0].name.endswith("政府") and subject[0].mention.end == pos \
            and pos not in by_start and GOVERNMENT_SECTORS.match(text, pos, e):
        # (s16) `县级以上人民政府发展计划、财政、国土资源等有关部门，应当…负责…`: the government heads a list of its
        # sectors the tables do not all read; the subject is the sectors, not the government (given nothing)
        return []
    if subject and subject[-1].name.endswith("政府") and subject[-1].mention.end == pos \
            and GOVERNMENT_ORGAN_TAIL.match(text, pos, e):
        # `县级以上人民政府地震工作主管部门和其他有关部门，按照职责分工，负责…`: the government's organ that the tables
        # miss is the subject, not the government named at its head (which is given nothing; issue 12); the organs
        # listed after it still are
        tail = GOVERNMENT_ORGAN_TAIL.match(text, pos, e).end()
        if text[tail:tail + 1] not in ("、", "和", "及") or tail + 1 not in by_start:
            return []
        subject, pos = _listed_organs(text, tail + 1, by_start)
    unknown_listed = False  # a unit the tables miss is one more member of the subject list (no department itself)
    if subject and pos > s and text[pos - 1] in ("、", "和"):
        # `县委宣传部、县融媒体中心负责…` (the loop has passed the joiner)
        past = _past_unknown(UNKNOWN_SUBJECT, text, pos - 1, e, by_start, subject)
        unknown_listed = past != pos - 1
        pos = _places_after(text, past, e, subject) if unknown_listed else pos
    elif subject and text[pos:pos + 1] in ("、", "和"):
        # `各乡镇、各学校负责…`: the loop stopped before a joiner (after a place)
        past = _past_unknown(UNKNOWN_SUBJECT, text, pos, e, by_start, subject)
        unknown_listed, pos = past != pos, past
    if not subject:
        # `X应当建立…，会同Y编制…`: a comma clause opening with the cue keeps the sentence's subject
        # (s16: also `X是…的责任主体，对…负总责`, the duty toward the work in a clause of its own)
        staff = _staff_cue(text, pos, e) if sentence_subject else None
        if sentence_subject and (stdlib_twin(SHARED_SUBJECT_CUE).match(text, pos, e) or staff
                                 or (text.startswith("对", pos) and TOWARD_DUTY.match(text, pos, e))) \
                and (staff or not (stdlib_twin(SETS_UP).search(text, sentence_subject[-1].mention.end, pos)
                                   or MADE_UP.search(text, sentence_subject[-1].mention.end, pos))
                     or _staffed_before(text, sentence_subject[-1].mention.end, pos)) \
                and not DELEGATES.search(text, sentence_subject[-1].mention.end, pos) \
                and not PERSON_AFTER.match(text, sentence_subject[-1].mention.end):
            subject = list(sentence_subject)
        else:
            return _place_subject(text, pos, e, task, add, headed, by_start)
    if subject and text.startswith("其", pos) and text[pos - 1:pos] in ("及", "和"):
        agent = AGENT_OF_SUBJECT.match(text, pos - 1, e)  # (the list loop has passed the 及 of 及其)
        if agent:  # `X及其委托的管理机构，负责…`: the duty is the subject's (its agent is no organ, spec 1.1 section 5)
            unit = agent.start("unit")
            if unit in by_start and by_start[unit][0].mention.end == agent.end("unit"):
                subject += by_start[unit]  # (s29-duty) a sub-unit the tables read: an organ sharing the duty
            pos = agent.end()
    if subject and text.startswith("其办公室", pos) and text[pos - 1:pos] in ("及", "和") \
            and subject[-1].name.endswith(OFFICE_BODIES):
        # `由智慧林业建设领导小组及其办公室牵头制定…`: the working body and its own office, each given the work (the
        # office named by the body's name, spec 1.1 section 5 working bodies; b8 adjudication d110)
        body = subject[-1]
        subject.append(NamedMention(Mention(pos + 1, pos + 4, "办公室", "named", stem=body.name + "办公室", layer="pattern"),
                                    body.name + "办公室"))
        pos += 4
    aside = stdlib_twin(SUBJECT_ASIDE).match(text, pos, e)
    if aside:  # `X（以下简称Y）负责…`: a bracket after the subject
        pos = aside.end()
    close = stdlib_twin(SUBJECT_CLOSE).match(text, pos, e)
    if close and (len(subject) > 1 or unknown_listed or close.group("count")):
        # (s24-assign) `县委宣传部、县广播电视台等单位负责…`: the list's close counts the unit the tables miss, which
        # gets nothing, as a member (the organ listed with it keeps the duty)
        pos = close.end()
    if text[pos:pos + 1] in ("受", "接", "经"):
        passive = PASSIVE_DELEGATION.match(text, pos, e)
        if passive:  # `X受Y委托，负责…`: the delegate is the subject of the duty, the delegating organ gets nothing
            pos = passive.end()
    if text.startswith(("可以", "可"), pos) and text.startswith(DELEGATING, pos + (2 if text.startswith("可以", pos) else 1)):
        pos += 2 if text.startswith("可以", pos) else 1  # `X可以委托Y负责…`
    if text.startswith(DELEGATING, pos) and pos + 2 in by_start:
        subject, pos = _listed_organs(text, pos + 2, by_start)  # 县人民政府委托县住建局负责…: the delegate's duty
    if text.startswith("联合", pos) and pos + 2 in by_start:
        # `县市场监管局联合县公安局负责…`: like `A会同B负责` (spec 1.1 section 6), A lead and B co; without 负责 the
        # joint work (`A联合B开展检查`) names no assignment
        partners, end = _listed_organs(text, pos + 2, by_start)
        close = stdlib_twin(SUBJECT_CLOSE).match(text, end, e)
        joint = _prose_cue(text, close.end() if close else end, e)
        if joint and joint.group("cue") in ("负责", "负总责", "牵头"):
            for nm in subject:
                add(task, nm, "lead")
            for nm in partners:
                add(task, nm, "co")
            return subject
    titled = False
    if text.startswith(("职责", "的", "主要", "工作", "具体"), pos):
        past = _past_duty_title(text, pos, e)  # `（一）镇综治办职责：负责…`, `X的职责是负责…`
        titled, pos = past > pos, past
    if text.startswith("的", pos) and not OWNED_DUTY.match(text, pos + 1, e):
        return []  # `各级人民政府的市政工程行政主管部门是…，负责…`: the organ qualifies the subject, it is not the subject
    colon = text[pos:pos + 1] in ("：", ":")
    if colon:
        pos += 1
    cue = _prose_cue(text, pos, e) or _cue_after_adverbial(text, pos, e) or _staff_cue(text, pos, e)
    first = min((nm.mention.start for nm in subject), default=s)
    by = first - 1 if first > 0 and text[first - 1] == "由" else -1
    if cue and cue.group("cue") == "负责" and by >= 0 and _nominalised_duty(text, by, cue.end(), e):
        return []  # (s33-articles2) `可以调查由下级人民政府负责调查的事故`, `应当由上级人民政府负责调查的，`: see below
    if cue and cue.group("cue") in ("牵头", "会同") and DOCUMENT_ATTRIBUTE.match(text, cue.end(), e):
        return []  # (s15e) `X牵头制定的《…》已印发`, `X会同Y起草的《…》`: an attribute of a document, no work given
    if not cue and text.startswith(("为", "作为", "是"), pos):
        # (`X作为牵头单位，负责…`: 作为 is the same predicate; so is 是, `X是本办法的牵头单位`)
        label = ROLE_PREDICATE.match(text, pos + (1 if text.startswith("作为", pos) else 0), e)
        if label:  # `（二）县卫生健康局为牵头单位，县教育局为配合单位`: the label's role
            for nm in subject:
                add(task, nm, LABEL_ROLE.get(label.group("label"), "co"))
            return subject
    if not cue and (headed or opens_paragraph):
        duties = DUTY_LIST.match(text, pos, e)
        if duties:  # `第五条 X是…的主管部门，应当依法履行以下职责：（一）…`: a duty article (b3 labellers, guide B3 q4)
            for nm in subject:
                add(task, nm, "responsible")
            return subject
    if not cue and text.startswith("组织", pos) and (organised := ORGANISED_DUTY.match(text, pos, e)) \
            and not _mention_index(mentions).any_start_in(organised.start("who"), organised.end("who")):
        for nm in subject:  # (s29-assign2) `村道由乡镇人民政府组织村民委员会负责养护`: see ORGANISED_DUTY
            add(task, nm, "responsible")
        return subject
    if not cue and MEMBER_CUE.match(text, pos, e):
        return []  # `…，B、C为成员单位，负责…`: members are no subject of a later duty clause (the body's, guide R10)
    if not cue and TOWARD_DUTY.match(text, pos, e):
        for nm in subject:  # `X对…负总责`
            add(task, nm, "responsible")
        return subject
    inline = INLINE_NUMBER.match(text, pos, e) if not cue and colon else None
    if inline and inline.end() in by_start:
        return []  # `X职责：（一）Y：负责…`: the duties are the inline sub-items' (their own clauses)
    if not cue:
        # (`自治区科技厅的主要职责是：` opening a paragraph of an article over its listed duties: a duty article's
        # lead-in, as one written after the article's number)
        if headed and colon and _contacts_below(text, pos, e):
            return []  # (s16) `（一）县扶贫办：\n1.负责人：王某某\n2.联系电话：…`: the organ heads a contact list
        if (headed and colon) or (opens_paragraph and colon and titled) \
                or (text[pos:pos + 1] == "对" and AND_DUTY.search(text, pos, e)):
            for nm in subject:  # an organ-headed duty item; `X对…，并负责…` (spec 1.1 section 6)
                add(task, nm, "responsible")
            if headed and colon and pos in by_start:
                # `（一）工业和信息化部门：市工业和信息化局负责…`: the head names the sector, the organ after
                # the colon is given the duty too (guide R7)
                return _prose_clause(text, pos, e, task, by_start, mentions, add) or subject
        if stdlib_twin(CO_CUE).match(text, pos, e) and sentence_subject:
            return []  # `A牵头，B、C配合，负责…`: the co organs (their clause) are no subject of the later 负责
            # (opening the sentence, `A、B等部门要密切配合，负责…`, they are its subject)
        return subject
    if cue.group("cue") in ("负责", "负总责", "负主责", "负主体责任") and not (cue.group("cue") == "负责" and text.startswith("会同", cue.end())) \
            and not (cue.group("cue") == "负责" and _joined_partner_after_duty(text, cue.end(), e, mentions)):
        # ((s20) `第五条 省发展改革委负责会同省财政厅…编制…`: the duty is done 会同 its partners, read as `A会同B…`
        # (spec 1.1 section 6): A lead, B co; below)
        # `X负责…，牵头推进…`: a duty that the organ also leads (spec 1.1 section 6, `lead` with 牵头)
        lead_at = text.find("牵头", cue.end(), e)
        other = _mention_index(mentions).any_start_in(cue.end(), lead_at) if lead_at >= 0 else True
        role = "lead" if lead_at >= 0 and not other else "responsible"
        if cue.group("cue") == "负责" and text.startswith(("配合", "协助"), cue.end()) \
                and not _own_duty_after_support(text, cue.end(), e):
            role = "co"  # (s23-assign2) `A负责配合B…`: A is given the supporting share (guide R21); B nothing by it
        for nm in subject:
            add(task, nm, role)
        if role == "lead":
            # `X负责…，牵头组织各成员单位…`: the organs the lead takes along are `co` (as after a 牵头 cue; b2
            # adjudication d098: `牵头组织B` reads like `A会同B`)
            _lead_objects(text, lead_at + 2, e, task, by_start, add)
        return subject
    for nm in subject:
        # (s37-assign) `县发展和改革局：负责项目立项审批…，会同县水利局做好项目申报…`: an organ heading its line of a division
        # of duties that works 会同 partners in a later clause of its sentence leads, as any `A负责…，会同B…` (guide R12, spec
        # 1.1 section 6 `A会同B`: A lead, B co). s25-assign2 kept it `responsible` after A2 a40's gold of then; the session 36
        # open pass read a40 by R12 (READJUDICATION-s36-open.md 3), as a445's and a510's golds do.
        add(task, nm, "lead")
    if cue.group("cue") == "牵头":
        _lead_objects(text, cue.end(), e, task, by_start, add)
    hm = re.search(r"会同", text[cue.start():e])
    if hm:
        hs = cue.start() + hm.end()
        # (only the mentions starting in [hs, e) can be reached from hs; hs itself when e == hs)
        for nm in _mention_index(mentions).starting_in(hs, max(e, hs + 1)):
            if nm.mention.start == hs or (hs <= nm.mention.start < e and _joined_chain(text, hs, nm.mention.start, mentions)):
                add(task, nm, "co")
        # (places and names the tables miss in the list: `会同各村（社区）`, `会同乡综治中心、县财政局`)
        partners, end = _co_list(text, hs, e, by_start)
        for nm in partners:
            add(task, nm, "co")
        if end == hs or text[end:end + 1] in ("、", "和", "及"):
            units = PARTNER_UNITS.match(text, end if end == hs else end + 1, e)
            if units:  # `业务主管部门要会同有关单位处理好善后工作`: the bodies concerned, a collective as written
                add(task, NamedMention(Mention(units.start(), units.end(), units.group(0), "collective",
                                               stem=units.group(0), layer="pattern"), units.group(0)), "co")
            elif end == hs and (places := PARTNER_PLACES.match(text, hs, e)):
                # (s19) `市环保局要会同有关县区限期关停…`: the places concerned as the partner, kept as written like 各县区
                # (spec 1.1 section 5; A3 adjudication a35, a 1990s prefecture notice)
                add(task, _place_assignee(places), "co")
    return subject


# (s37-assign, guide R21's scope, S34 CO1 Q2) `X：负责配合B开展…，督促…，建立…`, `安仁派出所：负责配合开展巡查，依法查处…`:
# a 负责配合 duty that goes on, in a later comma clause of the same sentence, with work of the organ's own (a clause that
# opens with a verb of work, not with another 配合/协助) is no supporting share only: the organ is `responsible`. R21's
# `co` stays for a duty that is wholly co-operation (`县公安局负责配合各乡镇依法查处…`). (OWN_DUTY_CLAUSE is built from
# HEADED_DUTY, the verbs of work of an organ's duties, with the organ-headed items below.)
def _own_duty_after_support(text: str, pos: int, e: int) -> bool:
    end = CLAUSE_END.search(text, pos, e)
    return OWN_DUTY_CLAUSE.search(text, pos, end.start() if end else e) is not None


# (s24-assign) `A负责落实补助资金并会同B加强资金监管`: a second verb of A's own clause joined by 并/同时 and done 会同 B,
# with no comma and no other organ before it. One clause with one subject, read like `A负责…，会同B…` (guide R12): A `lead`,
# B `co` (spec 1.1 section 6 `A会同B…`).
JOINED_PARTNER = re.compile(r"[^，,。；;：:\n]{1,40}?(?:并|同时|并且|且|还)(?:要|应|将|须)?会同")


def _joined_partner_after_duty(text: str, pos: int, e: int, mentions: list[NamedMention]) -> bool:
    """After a subject's 负责 at `pos`: does its own clause go on `…并会同B…` (no organ named before 会同)?"""
    if text.find("会同", pos, e) < 0:
        return False
    m = JOINED_PARTNER.match(text, pos, e)
    return m is not None and not _mention_index(mentions).any_start_in(pos, m.end())


# (s19) The places concerned named as the partner of 会同 with 有关/相关 instead of 各 (not their governments or organs).
PARTNER_PLACES = re.compile(r"(?:有关|相关)(?:县区|县[（(]市、?区[）)]|县市区|县[（(]市[）)]|区县|市县|乡镇|乡[（(]镇[）)]|地市|市州|盟市|旗县)"
                            r"(?![\p{Han}]{0,4}(?:人民政府|政府|部门|党委|单位|机关|局|委))(?![市县区州旗镇乡村场级])")


# The partner of 会同 named only as `有关单位` / `相关单位` (no organ the tables know: a bare 有关单位 is no department
# elsewhere, docs/decisions/organs-s9.md): inside the assignment it is the collective of the bodies concerned, kept as
# written and `co` (b5 adjudication d045, d076; spec 1.1 section 6 `A会同B…`). Not their people (`有关单位负责人`).
# (s25-assign2) so are the internal units concerned of a ministry or department (`科技教育司…，会同有关司局做好…`,
# `会同有关处室`): the collective kept as written (A9 a99's gold)
PARTNER_UNITS = re.compile(r"各?(?:有关|相关)(?:单位|司局|处室|科室)(?!负责|人员|工作人员|领导|主要|的)")


# Working bodies that have an office of their own (`X领导小组及其办公室`).
OFFICE_BODIES = ("领导小组", "工作小组", "委员会", "联席会议", "指挥部")


# `县人民政府设立的城市管理委员会负责…`, `自治县成立的城乡规划委员会，负责…`, `由市、县人民政府确定的具体实施房屋征收的部门`:
# who set the subject up or designates it, written before it (a body already there, unlike R10's body the item itself
# sets up: `成立X，负责…`).
ESTABLISHED_BY = re.compile(r"[^，,。；;：:\s由经]{1,16}?(?:成立|设立|组建|设置|确定|指定|授权)的")
# (s32-assign) the same written by a list of designating organs (`铁东区、铁西区人民政府及高新区管委会确定的城市管理部门（以下简称
# 区主管部门）…负责`, as municipal 办法 name each district's authority): the organ designated is the subject; the governments
# that designate it are given nothing (spec 1.1 section 6 duty articles)
DESIGNATED_BY_LIST = re.compile(r"[^，,。；;：:\s由经]{2,60}?[、及和][^，,。；;：:\s由经]{2,30}?(?:确定|指定|授权|设立)的")
# (speed only, s32-speed2) the word a DESIGNATED_BY_LIST match closes on, within its longest reach (60 + 1 + 30 + 3)
DESIGNATED_WORD = re.compile(r"(?:确定|指定|授权|设立)的")
DESIGNATED_REACH = 94
# `X及其委托的工作机构，负责…`, `X及其所属的执法队伍负责…`: the subject's agents named after it.
# (s29-duty) also the subject's own sub-units, with or without 所属 (`县卫生局及其所属的卫生监督所负责…`, `公安机关及其交通管理
# 部门负责…`, `市水利局及其水政监察支队负责…`, the statutes' and older 办法' way of naming a bureau with its enforcement arm):
# the duty is the subject's; the sub-unit, where the tables read it as an organ, shares it (spec 1.1 section 6 duty
# articles; guide D96 `其所属的X` is the bare X)
AGENT_OF_SUBJECT = re.compile(r"(?:及其|和其)(?:(?:委托|授权|所属|下属|派出|设立)的?)?(?P<unit>[^，,。；;、\s]{0,12}?"
                              r"(?:机构|单位|组织|机关|队伍|人员|部门|所|站|队|中心))[，,]?")


# A time word written before a clause's subject without a comma (`2004年发展改革委将会同…`, `今年县民政局要牵头…`,
# `下一步市商务局负责…`, `年内由县住建局牵头…`). Looking back (`…以来`, past years with 已) is RETROSPECTIVE's.
TIME_OPENING = re.compile(r"(?:(?:19|20)\d{2}年(?:[一二三四五六七八九十\d]{1,2}月(?:底|份|前)?|(?:上|下)半年|底|前|内|起|度)?"
                          r"|今年(?:内|起|底)?|明年|年内|下一步|近期|今后|此后|届时|下阶段|下一阶段)(?=由?[^，,。；\s])")


# An organ named as the subordinate of the one before it (`市建设委员会是…主管部门，其所属的市建筑业管理办公室负责…`,
# `其下属的县救助管理站具体负责…`): a subject of its own, as in statutes of every era.
SUBORDINATE_OPENING = re.compile(r"其(?:所属|下属|设立|设置|授权|委托)的?")


# Verbs that name an organ to its role before it (`明确A为牵头单位，B为配合单位`, `确定A为责任单位`, `指定A负责…`).
NAMING_VERBS = ("明确", "确定", "指定", "责成")


OWN_PLACE_MARKERS = frozenset("省市县区州旗镇乡")
# (s33-assign2) the people whose place an organ is that of, written before a place-relative organ (`进城务工就业农民流入地政府`,
# `流动人口户籍地乡镇人民政府`): spec 1.1 section 5 drops them from the name, as before 所在地; the organ after them is the
# subject. A noun run only (no modal, case word or joiner inside it).
# (the organ the recogniser reads only with nothing before it, pipeline/nlp/organs.py, as written)
MOVED_PLACE_GOVERNMENT = re.compile(r"(?:流入地|流出地|输入地|输出地|迁入地|迁出地)(?:人民)?政府(?![\p{Han}]{0,6}(?:局|厅|委|办|部门))")
WHOSE_PLACE = re.compile(r"(?:(?![要应由对将把在向和及与为是的])[\p{Han}]){2,10}?(?=(?:流入|输入|流出|输出|迁入|迁出|户籍|居住|常住)地)")
# (s16) the place an article's authority is that of, written before it: `所在地的`, `其所在地`, and with the words that say
# whose place it is (`户籍所在地的`, `林木所在地的`; spec 1.1 section 5 drops them from the name)
LOCATION_DETERMINER = std_re.compile(r"(?:其|[\u4e00-\u9fff]{1,5}?)?所在地的?")


# `各单位`, `有关单位` written inside a list of assignees after organs (`县直各部门、各单位、各乡镇负责…`): no departments
# (guide D29), passed over like the units of a level
BARE_UNITS_LISTED = re.compile(r"(?:各有关|各相关|各直属|各|有关|相关|其他|直属)单位")
BARE_UNITS_FIRST = frozenset("各有相其直")


def _level_units_listed(text: str, pos: int, e: int, by_start: dict, beside: bool = False) -> int | None:
    """Units of a level written at `pos` in a list of assignees (`县直各单位、各乡镇`, `各乡镇、县直属各单位`): where the
    list goes on after them (the next organ or place), or their end when they close it. They get nothing (guide D30).
    `beside`: after organs already listed, bare units (`各单位`) are passed over too (guide D29)."""
    # (speed only, s15f) a level's units open with its marker, 各 or 驻; the bare ones with 各, 有, 相, 其 or 直
    first = text[pos:pos + 1]
    units = (LEVEL_UNITS.match(text, pos, e) if first in LEVEL_UNITS_OPENINGS else None) \
        or (beside and first in BARE_UNITS_FIRST and BARE_UNITS_LISTED.match(text, pos, e))
    if not units:
        return None
    end = units.end()
    if text[end:end + 1] in ("、", "和", "及") and (end + 1 in by_start or _place_at(text, end + 1, e)):
        return end + 1
    return end if text[end:end + 1] not in ("、", "和", "及") else None


def _listed_place_at(text: str, pos: int, e: int) -> NamedMention | None:
    """(s36-assign) A place listed after an organ of a subject list (`县住建局、县卫生局、古陶镇负责落实`): a group as
    `_place_at` reads it, or a town, village or community named as one item of the list, as `_co_list` takes one among
    the co organs (spec 1.1 section 5: a place inside an assignment stands for its government, kept as written)."""
    return _place_at(text, pos, e) or (_named_place_at(text, pos, e) if text[pos - 1:pos] in ("、", "及") else None)


def _place_at(text: str, pos: int, e: int) -> NamedMention | None:
    """A place (各村, 各县（市、区）…) written at `pos`, as an assignee kept as written."""
    if not stdlib_twin(PLACE_OPENING).match(text, pos):
        return None
    place = stdlib_twin(PLACE_ASSIGNEE).match(text, pos, e)
    return _place_assignee(place) if place else None


class _MentionIndex:
    """A document's mentions as the prose rules look them up again and again (once per clause): their starts for
    bisection (when the list is in text order, as the organs reader gives it) and each start's end. Built once per
    list (`_mention_index`), not rebuilt or scanned whole per clause (a long notice made that quadratic)."""

    __slots__ = ("mentions", "n", "starts", "ordered", "_ends")

    def __init__(self, mentions: list[NamedMention]):
        self.mentions, self.n = mentions, len(mentions)
        self.starts = [nm.mention.start for nm in mentions]
        self.ordered = all(a <= b for a, b in zip(self.starts, self.starts[1:]))
        self._ends: dict[int, int] | None = None

    @property
    def ends(self) -> dict[int, int]:
        """{start: end} of the mentions (the last mention of a start, as written), made when first asked."""
        if self._ends is None:
            self._ends = {nm.mention.start: nm.mention.end for nm in self.mentions}
        return self._ends

    def any_start_in(self, a: int, b: int) -> bool:
        """`any(a <= nm.mention.start < b for nm in mentions)`."""
        if not self.ordered:
            return any(a <= s < b for s in self.starts)
        i = bisect_left(self.starts, a)
        return i < self.n and self.starts[i] < b

    def starting_in(self, a: int, b: int) -> list[NamedMention]:
        """`[nm for nm in mentions if a <= nm.mention.start < b]`, in the list's order."""
        if not self.ordered:
            return [nm for nm, s in zip(self.mentions, self.starts) if a <= s < b]
        return self.mentions[bisect_left(self.starts, a):bisect_left(self.starts, b)]


_LAST_MENTION_INDEX: list = [None]


def _mention_index(mentions: list[NamedMention]) -> _MentionIndex:
    """The `_MentionIndex` of `mentions`, kept for the list last asked about (by identity and length: the lists the
    prose rules read are not changed once made)."""
    idx = _LAST_MENTION_INDEX[0]
    if idx is None or idx.mentions is not mentions or idx.n != len(mentions):
        idx = _LAST_MENTION_INDEX[0] = _MentionIndex(mentions)
    return idx


def _joined_chain(text: str, start: int, target: int, mentions: list[NamedMention]) -> bool:
    """Is the mention at `target` reachable from `start` through a list of organs (A、B和C)?"""
    pos = start
    ends = _mention_index(mentions).ends
    while pos in ends:
        if pos == target:
            return True
        pos = ends[pos]
        if text[pos:pos + 1] in ("、", "和", "及", "或"):
            pos += 1
        elif text[pos:pos + 2] in ("或者", "以及"):
            pos += 2
    return pos == target


# ---------------------------------------------------------------- prose: co clauses, places, 主管

# `A牵头（负责）…，B、C配合（参与、协助）`: once a sentence gives an item's work to an organ, a later
# comma clause whose subject organs 配合/参与/协助/协办 gives them `co` (spec 1.1 section 6).
CO_WORD = re.compile(r"配合|参与|参加|协助|协办")
# (`B、C按各自职责配合做好…`, `在各自职责范围内协助…`: the 按职责 adverbial of older county notices before the word)
# ((s28-assign) `全国总工会、共青团中央、全国妇联要发挥各自优势，积极参与…`: the people's organisations' share after 负责,
# their strengths named before the word, as State Council notices write it)
CO_CUE = re.compile(r"(?:等(?:有关|相关)?(?:部门|单位)?(?:(?<=部门)和单位)?|(?<=部门)和单位)?(?:要|应|应当|须|需|需要|负责)?"
                    r"(?:(?:充分)?发挥(?:各自|自身)?的?(?:优势|作用|职能作用)[，,])?"
                    r"(?:按照?(?:各自)?职[责能](?:分工)?[，,]?|在(?:各自)?职责范围内[，,]?)?(?:积极|主动|全力|密切|共同|协同|做好|予以|给予)?"
                    r"(?:配合|参与|参加|协助|协办)(?!单位|部门)")
# (s21) With no lead named in the sentence, `B、C等部门按照各自职责，密切配合（，形成合力）` closing a 分工 item of older
# notices is the organs' mutual cooperation in their own duties, no share of another's work: no `co` (spec 1.1 section 6,
# prose assigns with 牵头/会同/负责; guide R15; A2 a19, A5 a53 adjudication). `B、C配合` after `A负责…` stays `co` (A8 a91).
CO_CUE_NO_LEAD = re.compile(r"(?!(?:等(?:有关|相关)?(?:部门|单位)?)?(?:要|应|应当|须|需|需要)?"
                            r"(?:(?:按照?(?:各自)?职[责能](?:分工)?|在(?:各自)?职责范围内)[，,](?:积极|主动|密切|相互|通力|共同)?"
                            r"|(?:密切|相互|通力))配合(?:[，,。；;]|$))" + CO_CUE.pattern)
# (guide R40) the words that name an item's lead: a 负责 or 牵头 given to an organ before a 配合 of the others;
# (s29-assign2, R40 made precise, R11) also `负总责` (`各县（市）人民政府对本辖区…负总责。乡镇人民政府应当协助…`)
LEAD_WORDS = re.compile(r"负责|牵头|负总责")
# (s29-assign, guide R33, R40) A sentence of its own whose organs `配合`/`协助` the work after the item's lead (a 负责 or 牵头
# of another organ earlier in the item) is their share of it, with or without the 按职责 adverbial (`教育、共青团等部门和单位
# 应当配合做好…` after `省人力资源社会保障厅负责…`, the stress o27 gold; `X、Y给予配合`): `co`. The group word closing the
# list may name both kinds (`等部门和单位`, `等单位（部门）`).
# (s29-assign2) The share may be written as each doing its own part under a stated demand before the word (`各有关部门要按照
# “管发展必须管环保”的要求，各负其责，密切配合`, `…等部门要各司其职，密切配合`): the same share of the lead's work (R40).
# (s34-assign) The list may close on 等 and a class of bodies other than 部门/单位 (`乡、镇人民政府以及街道办事处等地方人民
# 政府派出机关应当协助…`, `公安、市场监管等行政执法机关应当配合…`): the listed organs keep their share; the class gets nothing.
BODY_CLASS_CLOSE = r"等[^\W\d_、，,。；;（）()]{0,10}?(?:派出机关|机关|派出机构)"
# (s36-articles) the close may name the kind of the listed authorities, as a rule's article writes them (`卫生、规划、公安消防等
# 行政主管部门按照各自职责，协同实施本办法`): the sectors before it keep their share, the close adds no entry (spec 1.1 §5)
AFTER_LEAD_CO_CUE = re.compile(r"(?:等(?:有关|相关)?(?:(?:行业|行政)?主管|行政)?(?:部门|单位)(?:(?:和|及|、)(?:部门|单位)|[（(](?:部门|单位)[）)])?|"
                               + BODY_CLASS_CLOSE + r")?"
                               # (s35-assign) the list set off by a comma before its adverbial (`…等单位，按照各自职责…`)
                               r"(?:(?<=部门|单位|机关|机构)[，,])?"
                               r"(?:要|应|应当|须|需|需要)?"
                               r"(?:(?:按照?|根据|依照)[^，,。；;]{1,40}?的?要求[，,]?)?"
                               r"(?:(?:按照?(?:各自)?职[责能](?:分工)?|在(?:各自)?职责范围内)[，,]?)?"
                               r"(?:(?:各负其责|各司其职)[，,]?)?"
                               # (s36-assign, guide R32) the staff the organs name for their share, in a clause before it
                               # (`各区人民政府、街道办事处应当明确相应机构和人员，配合做好申请受理…`): the subject keeps the share
                               r"(?:(?:明确|确定|指定|安排|落实|配备|配齐)[^，,。；;：:]{0,20}?(?:机构|人员|专人|干部|工作力量)[，,])?"
                               # (s35-assign, S34 CN1 Q2) `协同` after a lead is a co word like 配合 (`规划、建设等有关部门
                               # 应当按照各自职责，协同做好…` after another organ's 负责 in the article)
                               r"(?:(?:积极|主动|全力|密切|共同|协同|相互|通力|予以|给予)?(?:配合|协助|协同(?!单位|部门|机制|发展|创新))(?!单位|部门)"
                               # (s35-assign) the share named as a noun: `做好管线迁改、消防审查等配合工作`, `做好相关配合工作`
                               r"|(?:做好|搞好|抓好|承担)[^，,。；;]{0,30}?配合(?:工作|事项|保障)"
                               # (s33-assign, R40 made precise) the organs' own work named in clauses before a clause of
                               # joining alone (`市直有关部门要按照职责分工，制定本部门具体落实措施，加强…指导和监督，密切配合，
                               # 形成合力` after the counties' `负总责`): the same share, co. Only a bare `密切配合` closing its
                               # clause: `…，协助做好…` or `…，协助所包村…` after own work names other work, read as before.
                               r"|(?:(?:(?!负总责|负责|牵头|会同|配合|协助)[^，,。；;])+[，,]){1,3}?"
                               r"(?:积极|主动|全力|密切|共同|协同|相互|通力)?配合(?=[，,。；;]|$))")
# `各乡镇参加培训的人员`: 参加/参与 inside a noun phrase (the people who take part), no co given.
CO_ATTRIBUTIVE = re.compile(r"[^，,。；]{0,6}(?:(?:参加|参与|配合|协助|协办)的|(?:参加|参与)[^，,。；的]{0,12}的"
                            r"(?:人员|人数|群众|企业|对象|学员|学生|农户|职工|人|单位|比例|积极性|项目))")
# After a lead, `B、C各负其责` / `各司其职`: the other organs of the assignment (spec 1.1 section 6: co).
# (also `B、C按照职责分工抓好落实`, `在各自职责范围内做好…`: the others' share of the lead's work, spec §6's `按职责分工负责`)
SHARE_WORD = re.compile(r"各负其责|各司其职|按照?(?:各自)?职[责能]|在各自职责范围内|按照?(?:各自的?)?分工")
# (not when the clause goes on to a 负责 of its own: `B、C按照职责分工负责…` in prose stays `responsible`, the heldout
# gold p07 reading, docs/decisions/county-township-assignments-s6.md)
SHARE_CUE = re.compile(r"(?:等(?:有关|相关)?(?:部门|单位)?)?(?:要|应|应当|须)?(?:各负其责|各司其职|按照?(?:各自)?职[责能]|在各自职责范围内"
                       r"|按照?(?:各自的?)?分工)"
                       r"(?![^，,。；;]*?(?:负总责|负责|牵头|会同))")


# (s33-articles) the list after the comma ends in the term the article declares for the whole subject, then its duty
DECLARED_SUBJECT_THEN_DUTY = re.compile(r"[（(]以下(?:统称|简称|合称)[^（）()\n]{1,30}[）)]\s*(?:应当)?(?:按照职责分工|按职责分工|按照各自职责|依照职责|分别)?[，,]?\s*负责(?!人)")


def _comma_group_to_duty(text: str, pos: int, e: int, by_start: dict) -> tuple[list[NamedMention], int] | None:
    group, _ = _listed_organs(text, pos, by_start)
    end = group[-1].mention.end if group else pos  # (the list reader passes a bracket after its last organ by itself)
    bracket = text.find("（以下", end, end + 16)
    if group and bracket > end and text[end:end + 1] == "、":
        # `…、阳和工业新区管理委员会（以下统称…）`: a member read short (its place word missed) still closes the list
        last = next((by_start[k] for k in range(end + 1, bracket) if k in by_start
                     and by_start[k][0].mention.end == bracket), None)
        if last:
            group, end = group + last, bracket
    m = DECLARED_SUBJECT_THEN_DUTY.match(text, end, e) if group else None
    return (group, end + m.group(0).index("）" if "）" in m.group(0) else ")") + 1) if m else None


def _listed_organs(text: str, pos: int, by_start: dict) -> tuple[list[NamedMention], int]:
    """The organs listed from `pos` (`A、B和C`) and where the list ends."""
    subject: list[NamedMention] = []
    while pos in by_start:
        subject += by_start[pos]
        pos = by_start[pos][0].mention.end
        if text[pos:pos + 1] in ("（", "(") and pos + 1 not in by_start:
            # `区公安分局（交管）、区城管局`: a division or second name in brackets after an organ of the list
            aside = HEAD_ASIDE.match(text, pos)
            if aside and not ROLE_CUE.search(text, pos, aside.end()) and "同" not in aside.group(0):
                pos = aside.end()
        elif text[pos:pos + 1] in ("（", "(") and (alternative := _bracketed_alternative(text, pos, by_start, subject)):
            subject += alternative
            pos = alternative[0].mention.end + 1
        if text[pos:pos + 1] in ("、", "和", "及", "或") and pos + 1 in by_start:
            pos += 1
        elif text[pos:pos + 2] in ("或者", "以及") and pos + 2 in by_start:
            pos += 2
        elif text[pos:pos + 1] == "或" and (alt := ALTERNATIVE_IN_LIST.match(text, pos)) and alt.end() + 1 in by_start:
            pos = alt.end() + 1  # (s38-assign) `A或者其授权的部门、B`: the alternative A may authorise gets nothing itself
    return subject, pos


# (s29-assign2) The government of a township or the street office that stands in its place, bracketed after the other
# (`街道办事处（乡镇人民政府）应当协助…`, as `乡镇人民政府（街道办事处）`): two collectives of one level, each given the role
# (spec 1.1 section 5, collectives as written; a274's gold names both). Not a second name of the same bureau (`区民政局（区
# 社团局）`, one organ with two signs) nor a division (guide D72): only these level bodies.
LEVEL_ALTERNATIVE = re.compile(r"(?:各)?(?:乡镇|乡|镇|街道|苏木)?(?:人民政府|政府|街道办事处|办事处)$")


def _bracketed_alternative(text: str, pos: int, by_start: dict, subject: list[NamedMention]) -> list[NamedMention]:
    inner = by_start.get(pos + 1)
    if not inner or not subject or text[inner[0].mention.end:inner[0].mention.end + 1] not in ("）", ")"):
        return []
    if all(LEVEL_ALTERNATIVE.search(nm.name) and nm.mention.kind == "collective" for nm in [subject[-1], *inner]):
        return list(inner)
    if all(nm.mention.kind == "sector" for nm in [subject[-1], *inner]):
        return list(inner)  # (s32-assign2) `会同住房城乡建设（水务）、环境保护等部门`: the bracket's sector, a member of its own
    return []


# (s29-assign2) A service unit that opens a clause and is given the work with 负责 (`镇劳动保障所负责，各村配合做好…`,
# `交管站：负责…，会同规划建设办公室搞好工程验收`, `乡林业站：负责…，会同乡财政所做好…`): the unit is no department (spec 1.1
# section 5; guide D79, D97), so nobody leads, but the organs it works with are still given their share: `co` after a
# later `，会同` of the unit's own sentence and for a `，B配合/协助…` clause (spec 1.1 section 6: once a 负责 names who does
# the work, the organs that 会同/配合 it are co; the S29 gold pass on A14 a175 and A25 a292, A11 a132's gold; guide R25
# for a 会同 whose acting organ is not named). Only units of service (站, 所, 中心, 院, 队) that the tables do not hold:
# a 所 that is an organ (`财政所`, `派出所`) is a mention and read as usual.
UNIT_DUTY_CUE = re.compile(r"(?:服务中心|中心|站|所|院|队)[：:]?[ \t　]*(?:要|应当|应|须|需)?(?:具体)?负责")
UNIT_LIST_BACK = re.compile(r"(?:(?:[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、])[ \t　]*)?(?:由)?"
                            r"(?:[^、，,。；;：:\s（()）和]{1,12}?(?:服务中心|中心|站|所|院|队)[、和])*"
                            r"[^、，,。；;：:\s（()）和]{1,12}?$")
UNIT_END_WORD = re.compile(r"服务中心|中心|站|所|院|队")
CLAUSE_OPENING_MARK = "。；;：:\n"
LATER_HUITONG_CLAUSE = re.compile(r"[，,]" + HUITONG_OPENING)  # (HUITONG_OPENING after a comma, consumed: h.end() is read)


def _unit_led_partners(text: str, ctx: Context, mentions: list[NamedMention], annotated: list[str], add) -> None:
    annotated_set = set(annotated)
    by_start = _by_start(mentions, text)
    starts = sorted(by_start)
    for a, b in _body_ranges(ctx):
        for m in UNIT_DUTY_CUE.finditer(text, a, b):
            k = m.start()
            while k > a and text[k - 1] not in CLAUSE_OPENING_MARK and m.start() - k < 60:
                k -= 1
            while k < m.start() and text[k] in " \t　":
                k += 1
            unit_end = UNIT_END_WORD.match(text, m.start()).end()
            if not UNIT_LIST_BACK.fullmatch(text, k, unit_end):
                continue
            j = bisect_left(starts, k)
            if j < len(starts) and starts[j] < unit_end:
                continue  # an organ (a mention) inside the subject: read as usual
            end = CLAUSE_END.search(text, m.end(), b)
            e = end.start() if end else b
            task = ctx.task_at(e - 1)
            if task is None or task in annotated_set:
                continue
            for h in LATER_HUITONG_CLAUSE.finditer(text, m.end(), e):
                partners, _ = _co_list(text, h.end(), e, by_start)
                for nm in partners:
                    add(task, nm, "co")
            _co_clauses(text, m.end(), e, task, by_start, add, CO_CUE)


# (s29-assign2) `X组织Y负责…` where Y is no organ (`由乡镇人民政府组织村民委员会负责养护`, villagers, owners, enterprises):
# the organ that organises them is the one the work is given to (spec 1.1 section 6, an organ assigned work with 负责;
# the A25 a290 adjudication): `responsible`. Where Y is an organ (a mention), the clause is read as before.
# Not a person's title (`乡党委组织委员具体负责`: the committee member for organisation, guide R20).
ORGANISED_DUTY = re.compile(r"组织(?!委员|干事|专干|员)(?P<who>[^，,。；;、：:\s]{2,16}?)(?:具体)?负责")


# `A牵头、B配合，…`: a co clause joined to the lead's by 、 (no comma between the two predicates)
CUE_JOINED = re.compile(r"(?<=牵头|负责)、")


def _co_clauses(text: str, s: int, e: int, task: str, by_start: dict, add, cue: re.Pattern = CO_CUE) -> None:
    for c in sorted([*stdlib_twin(COMMA).finditer(text, s, e), *CUE_JOINED.finditer(text, s, e)], key=lambda m: m.start()):
        subject, pos = _co_list(text, c.end(), e, by_start)
        pos = _past_shared_head(text, pos, e, subject)  # `A牵头，财政、审计部门配合`
        if subject and cue.match(text, pos, e) and not CO_ATTRIBUTIVE.match(text, pos, e):
            for nm in subject:
                add(task, nm, "co")


def _co_after_semicolon(text: str, ctx: Context, s: int, b: int, task: str, by_start: dict, add, cue: re.Pattern) -> None:
    """(s26-articles) `…由市园林局负责；市城管局、市公安局予以配合。`: a clause after `；` whose organs only 配合/协助
    (no 牵头, 会同 or 负责 of their own) is still the sentence that gave the work (`配合` in a sentence that also has
    负责, 牵头 or 会同 gives `co`, answers to A12's adjudicators); the sentence ends at `。`, not at `；`."""
    end = stdlib_twin(CLAUSE_END).search(text, s, b)
    e = b if end is None else end.start()
    if not CO_WORD.search(text, s, e) or PROSE_CUE_WORDS.search(text, s, e) or ctx.task_at(e - 1) != task:
        return
    _co_clauses_at(text, s, e, task, by_start, add, cue)


# the words by which prose gives work to an organ (spec 1.1 section 6)
PROSE_CUE_WORDS = re.compile(r"牵头|会同|负责")


def _co_clauses_at(text: str, pos: int, e: int, task: str, by_start: dict, add, cue: re.Pattern) -> None:
    """The co list opening a clause at `pos` (as `_co_clauses` reads one after each comma)."""
    subject, at = _co_list(text, pos, e, by_start)
    at = _past_shared_head(text, at, e, subject)
    if subject and cue.match(text, at, e) and not CO_ATTRIBUTIVE.match(text, at, e):
        for nm in subject:
            add(task, nm, "co")


def _named_place_at(text: str, pos: int, e: int) -> NamedMention | None:
    m = stdlib_twin(LISTED_NAMED_PLACE).match(text, pos, e)
    return _named_place(m) if m else None


# (s33-assign2) Bare words of a list of sectors that name no organ (`公安、税务、银行、证券、公积金管理等部门和单位`: the banks and
# the securities trade are no departments, spec 1.1 section 5) between two sector words the tables read: they get nothing
# and do not cut the list, whose close (`等部门和单位`) sums up both kinds (as R39 reads an unknown member of an annotation).
SECTOR_GAP = re.compile(r"(?:[\p{Han}]{2,4}、){1,3}")


def _co_list(text: str, pos: int, e: int, by_start: dict) -> tuple[list[NamedMention], int]:
    """The organs and places listed from `pos` (`B、C和各村`), past names the tables miss written like a unit
    (`乡综合执法大队`, which gets nothing itself but does not void the rest, issue 12), and where the list ends."""
    subject: list[NamedMention] = []
    start = pos
    while True:
        if pos in by_start:
            more, pos = _listed_organs(text, pos, by_start)
            subject += more
        elif stdlib_twin(PLACE_OPENING).match(text, pos) and stdlib_twin(PLACE_ASSIGNEE).match(text, pos, e):
            place = stdlib_twin(PLACE_ASSIGNEE).match(text, pos, e)  # 各社区居委会配合: a place as assignee (kept as written)
            subject.append(_place_assignee(place))
            pos = place.end()
        elif pos > start and text[pos - 1] in ("、", "和", "及") \
                and (group := GROUP_PLACE.match(text, pos, e) or GROUP_PLACE_LISTED.match(text, pos, e)):
            subject.append(_place_assignee(group))  # (s22-assign2) `B、C和相关村配合`: the villages concerned
            pos = group.end()
        elif pos > start and text[pos - 1] in ("、", "及") and (named := _named_place_at(text, pos, e)):
            subject.append(named)  # (s25-swap2) `由A牵头，B、C、城关社区、中坤居配合`: a named town, village or community
            pos = named.mention.end  # listed with the co organs, as in an annotation's list (spec 1.1 §5, guide D44)
        elif pos > start and text[pos - 1] in ("、", "和") and (units := LEVEL_UNITS_PREFIXED.match(text, pos, e)):
            pos = units.end()  # `各乡镇、县直有关单位按照职责分工…`: the units get nothing (D30)
        elif pos == start and (past := _level_units_listed(text, pos, e, by_start)) \
                and text[past - 1:past] in ("、", "和", "及"):
            pos = past  # `，县直各单位、各乡镇按照职责分工…`: units of a level opening the list get nothing (D30)
            continue
        elif pos > start and text[pos - 1] in ("、", "和"):
            unknown = UNKNOWN_ORGAN.match(text, pos - 1, e) or UNKNOWN_ZONE.match(text, pos - 1, e) \
                or UNKNOWN_UNIT_CO.match(text, pos - 1, e)
            # (B、<a name missing from the tables>、C配合; `各街镇、经开区为成员单位`: a zone listed after places)
            if not unknown:
                if text[pos - 1] == "、" and subject and subject[-1].mention.kind == "sector" \
                        and (gap := SECTOR_GAP.match(text, pos, e)) and gap.end() in by_start \
                        and by_start[gap.end()][0].mention.kind == "sector":
                    pos = gap.end()  # (s33-assign2) `公安、税务、银行、证券、公积金管理等部门和单位要…配合`: see SECTOR_GAP
                    continue
                return subject, pos - 1
            pos = unknown.end()
        elif pos == start and (text[pos:pos + 1] in "省市县区镇乡" or text.startswith("自治", pos)) \
                and LEADING_UNKNOWN.match(text, pos, e) \
                and LEADING_UNKNOWN.match(text, pos, e).end() in by_start:
            # `，镇执法队、镇市场监管所等部门配合`: a unit the tables miss opening the list gets nothing itself and
            # does not void the organs after it (issue 12), as it does not open a subject list (LEADING_UNKNOWN)
            pos = LEADING_UNKNOWN.match(text, pos, e).end()
            continue
        elif pos == start and (bare_end := _past_bare_unit(text, pos, e, by_start)) is not None:
            # (s35-assign) `会同经济发展和农业服务中心、综合行政执法办公室、X派出所`: a town's own unit the tables miss, written
            # without its town as the town's notices write them, opening the list before known organs: the same (issue 12)
            pos = bare_end
            continue
        else:
            return subject, pos
        if text[pos:pos + 1] in ("、", "和", "及") and pos + 1 < e:
            pos += 1
        else:
            return subject, pos


# A place that opens a prose clause with 负责/牵头 stands for its government (spec 1.1 sections 5
# and 6: kept as written): `各村（居）委会负责宣传发动`, `各乡镇（街道）负责组织实施`.
PLACE_OPENING = re.compile("各|试点")
PLACE_HINT = re.compile(r"各[^，,。；\n]{1,12}?(?:负责|牵头|[：:])|各[^，,。；\n]{1,20}?[为是][^，,。；\n]{0,12}?(?:单位|部门|主体)"
                        # (s33-assign2) a bare level of towns opening a duty (BARE_LEVEL)
                        r"|(?<![\u4e00-\u9fff])乡(?:镇|[（(]镇)[^，,。；\n]{0,10}?(?:负责|牵头)"
                        # (a place-relative government after the words saying whose place it is, MOVED_PLACE_GOVERNMENT)
                        r"|(?:流入|流出|输入|输出|迁入|迁出)地(?:人民)?政府(?:要|应当|应)?(?:负责|牵头)"
                        r"|试点(?:城市|地区|县|省份|地市)(?:要|应当|应|须)?(?:具体)?(?:负责|牵头)")
# The places a central or provincial plan picks for a pilot (`试点城市负责编制实施方案`): places of a kind, standing for their
# governments inside an assignment and kept as written (spec 1.1 section 5; heldout p10's gold); not their governments or
# units (`试点城市政府`, `试点单位`: organs or no department).
PILOT_PLACE = re.compile(r"试点(?:城市|地区|县(?:市区|[（(]市、区[）)])?|省份|地市)"
                         r"(?![\p{Han}]{0,4}(?:人民政府|政府|部门|党委|单位|机关|局|委))")


def _place_hints(text: str, a: int, b: int) -> list[int]:
    # (speed only, s34) tried only where one of its openings (各, 乡镇, 流入, 试点…: scan.openings, two characters) lies:
    # the stdlib engine scanning every character for the alternation that opens with a lookbehind took ~3.5x the
    # `regex` engine's own scan and ~5x this (the benchmark's 116 whole texts: 17.9, 5.2, 3.4 ms)
    return [m.start() for m in finditer_opened(PLACE_HINT, text, a, b, depth=2)]


def _in_sentence(starts: list[int], s: int, e: int) -> bool:
    k = bisect_left(starts, s)
    return k < len(starts) and starts[k] < e


def _place_subject(text: str, pos: int, e: int, task: str, add, headed: bool = False,
                   by_start: dict | None = None) -> list[NamedMention]:
    if not stdlib_twin(PLACE_OPENING).match(text, pos):
        return _bare_level_subject(text, pos, e, task, add) if text.startswith(BARE_LEVEL_FIRST, pos) else []
    m = (PILOT_PLACE if text.startswith("试点", pos) else PLACE_ASSIGNEE).match(text, pos, e)
    if not m:
        return []
    after = m.end() + (1 if text[m.end():m.end() + 1] in ("：", ":") else 0)
    others: list[NamedMention] = []
    if by_start and after == m.end() and text[after:after + 1] in ("、", "和") and after + 1 in by_start:
        # `各县区、市直各部门负责…`: a place listed before organs opens the same subject list
        others, end = _listed_organs(text, after + 1, by_start)
        close = stdlib_twin(SUBJECT_CLOSE).match(text, end, e)
        end = close.end() if close else end
        if not (_prose_cue(text, end, e) or TOWARD_DUTY.match(text, end, e)):
            return []
        after = end
    cue = _prose_cue(text, after, e) or TOWARD_DUTY.match(text, after, e) or _staff_cue(text, after, e)
    # `各村是环境整治的责任主体`, `各乡镇为责任单位`: the label's role, as after an organ
    label = ROLE_PREDICATE.match(text, after, e) if not cue and after == m.end() else None
    nm = _place_assignee(m)  # (s16: `3.各村委会：…` read, given nothing)
    if not cue and not label and not (headed and after > m.end()):
        # `（三）各村委会：做好…` heads its item (an organ-headed item), else a cue is needed; the place is still
        # the subject of a later comma clause (`各村是环境整治的责任主体，负责本村的清扫保洁`)
        # (s23-assign2) so is a place that opens its sentence with a modal (`各地要将…作为…，会同教育部门推动…`): the
        # subject of the later comma clause's 会同/牵头/负责, as an organ's (spec 1.1 section 6 `A会同B…`)
        return [nm] if after == m.end() and text.startswith(("是", "为", "作为", "要", "应当", "应", "须", "必须"), after) else []
    role = "lead" if cue and cue.group("cue") in ("牵头", "会同") else "responsible"
    if label:
        role = LABEL_ROLE.get(label.group("label"), "co")
    add(task, nm, role)
    for other in others:
        add(task, other, role)
    if cue and cue.group("cue") == "会同" and by_start:
        # (s22-assign2) `各地要会同发展改革、财政、生态环境等部门…`: the place leads, its partners are `co` as after an
        # organ's 会同 (spec 1.1 section 6 `A会同B…`; A9 a99)
        partners, _ = _co_list(text, cue.end(), e, by_start)
        for partner in partners:
            add(task, partner, "co")
    return [nm] + others


# (s33-assign2) The towns of a level written bare as the subject of a duty (`乡镇负责辖区扶贫项目的组织实施`, `乡镇（街道）要明确
# 负责食品安全工作的机构和人员`): inside an assignment a place stands for its government and is kept as written (spec 1.1
# sections 5 and 6); a street written as the alternative in brackets is a second one, as `镇人民政府（街道办事处）` names two
# organs. Only the township level (乡镇, 乡（镇）): a bare `镇`, `街道` or `村` is in a town's own notice the issuer or its
# villages, read otherwise; not a person of the level (`乡镇主要负责人`, `乡镇负责同志`).
BARE_LEVEL_FIRST = ("乡镇", "乡（镇", "乡(镇")
BARE_LEVEL = re.compile(r"(?P<p>乡镇|乡[（(]镇[）)]|乡[（(]镇、街道[）)])(?:[（(](?P<alt>街道|街道办事处)[）)])?"
                        r"(?=(?:要|应当|应|须|必须)?(?:具体|主要)?(?:负责(?!人|同志)|牵头|(?:明确|确定|指定)负责))")
# (guide R32) the body told to designate the unit and staff that take charge of the work (`要明确负责食品安全工作的机构和人员`):
# the body is given the work, as when it names staff for it (STAFF_DUTY)
BODY_STAFF_DUTY = re.compile(r"(?:要|应当|应|须|必须)?(?:进一步)?(?:明确|确定|指定)(?P<cue>负责)[^，,。；;]{1,30}?的"
                             r"(?:专门|工作)?(?:机构和人员|机构和专人|机构|人员|专人)")


def _bare_level_subject(text: str, pos: int, e: int, task: str, add) -> list[NamedMention]:
    m = BARE_LEVEL.match(text, pos, e)
    if not m:
        return []
    cue = _prose_cue(text, m.end(), e) or BODY_STAFF_DUTY.match(text, m.end(), e)
    if not cue:
        return []
    name = _round_brackets(m.group("p"))
    places = [NamedMention(Mention(m.start("p"), m.end("p"), m.group("p"), "collective", stem=name, layer="pattern"),
                           name)]
    if m.group("alt"):
        places.append(NamedMention(Mention(m.start("alt"), m.end("alt"), m.group("alt"), "collective", stem=m.group("alt"),
                                           layer="pattern"), m.group("alt")))
    role = "lead" if cue.group("cue") in ("牵头", "会同") else "responsible"
    for nm in places:
        add(task, nm, role)
    return places


def _marked_in_list(text: str, pos: int) -> bool:
    """A role word in brackets right after an organ of a list: `A（牵头）`."""
    # (also `A〔牵头〕`, `A【牵头】`, `A（牵头单位）`: other offices' brackets, docs/decisions/assign-s9.md)
    return pos > 0 and text[pos - 1] in "（(〔【[" and \
        (text[pos + 2:pos + 3] in "）)〕】]" or (text[pos + 2:pos + 4] in ("单位", "部门") and text[pos + 4:pos + 5] in "）)〕】]"))


# `X为责任单位`, `Y为配合单位`, `Z为牵头单位`: a label written as the predicate of its organs (no colon).
# Also with 是 and a qualifier of the work (`县农业农村局是本办法的牵头单位`); not `X是…的责任主体` (a statement
# of accountability: the labelled central notice b4/d039 gives `城市人民政府是智慧城市建设的责任主体，要…` no triple).
ROLE_PREDICATE = re.compile(rf"(?<![位者的])(?:为|是(?:本项工作的?|此项工作的?|[^，,。；;、\s为是]{{1,12}}?的)?(?!责任主体))"
                            rf"(?:本项工作的?|此项工作的?)?(?:第一|主要|直接)?(?P<label>{LABEL_WORDS})(?![：:])")


def _role_predicates(text: str, a: int, b: int) -> list:
    if text.find("为", a, b) < 0 and text.find("是", a, b) < 0:
        return []
    return list(ROLE_PREDICATE.finditer(text, a, b))


# A duty article assigns with 负责 (spec 1.1 section 6: 牵头, 会同 or 负责), not with 主管 alone,
# `对…实施监督管理` or `是…主管部门` (read so until session 6, dropped: docs/decisions/assignment-precision-s6.md).


# `X履行下列职责：` / `X是本市…的主管部门，应当依法履行以下职责：` opening an article (or an organ-headed item) over its
# listed duties: the organ is given the article's work, as with 负责 (both labellers of batch b3 read so; docs/decisions/
# assign-s12.md). Not `X履行下列职责时，…` (a condition), and not 主管 alone (assignment-precision-s6.md).
DUTY_LIST = re.compile(r"(?:是[^，,。；:：\n]{1,30}?(?:主管|管理)(?:部门|机关|机构)[，,]?)?(?:应当|应|要|须|必须)?"
                       # (`依照本办法履行以下职责`, `根据本条例…`: the enactment itself named as the ground, Shanghai-style 办法)
                       r"(?:依法|(?:依照|依据|根据|按照)(?:本(?:办法|条例|规定|细则|决定|实施细则)(?:的?规定)?|[^，,。；:：]{1,16}?规定))?"
                       r"[，,]?(?:(?:具体|主要|全面)?(?:履行|承担)(?:以下|下列|如下)(?:主要)?(?:职责|工作职责|管理职责|监督管理职责)"
                       # (s19) `X是…的主管部门，其主要职责是：（一）…`: older statutes' lead-in over the listed duties
                       r"|其(?:主要)?(?:职责|工作职责|管理职责|监督管理职责)(?:是|为|包括|如下))"
                       r"(?=[：:]|[ \t　]*$|[ \t　]*\n)")


# ---------------------------------------------------------------- organ-headed items

# What may stand between an item's heading organ and its duties: a full stop, a dash, a space or a
# line break (`（一）县发展和改革局。负责…`, `（二）县财政局——负责…`, `（三）区发改局\n负责…`).
HEADED_LEAD = re.compile(r"(?:^|[，,])(?:并|同时|还|负责)?牵头")
HEAD_SEPARATOR = re.compile(r"[ \t　]*(?:。|——|—|－|-{1,2}|\n|[ \t　]+)[ \t　\n]*")


# What follows an organ heading an item of a contact, member or funding list, not its duties:
# `1.县民政局 联系人：…`, `地址：…`, `张三 局长`, `50万元`, `2023年6月`, `成员单位`, a document's title (`关于…`).
HEADED_NOT_DUTY = re.compile(r"(?:联系人|联系电话|联系方式|电话|手机|地址|邮编|邮政编码|邮箱|电子邮箱|传真|网址|QQ|微信"
                             r"|负责人|主要负责人|责任人|联络员|经办人|账号|开户|成员|组长|副组长|关于|《)"
                             r"|[\d０-９]|[\p{Han}]{2,3}[ \t　]+(?:同志|[\p{Han}]{0,4}(?:长|任|记|员|席|理|监))"
                             r"|[\p{Han}]{2,3}[ \t　]*(?:$|[（(][^）)]*[）)]$)")


# The duties an organ heading its item goes on with (spec 1.1 section 6 `（二）区发改委 指导…`): a verb of work.
HEADED_DUTY = re.compile(r"负责|牵头|指导|组织|统筹|协调|推进|落实|承担|做好|开展|配合|协助|参与|制定|制订|拟订|拟定|编制|管理|监督"
                         r"|监管|审核|审批|审查|督促|督查|督导|加强|完善|建立|健全|保障|实施|执行|会同|研究|抓好|宣传|培训|监测"
                         r"|检查|核查|核实|受理|提供|负总责|主管|做实|推动|引导|支持|落地|办理|收集|汇总|上报|报送|跟踪|指挥|调度"
                         # (the verbs of enforcement and of a bureau's own work, `依法严查…`, `压实…主体责任`)
                         r"|依法|压实|严查|查处|查办|整治|排查|巡查|治理|处置|打击|执法|强化|承办|督办|聚焦")
# (s37-assign) a later comma clause of a `负责配合` duty that opens with a verb of the organ's own work (_own_duty_after_support)
OWN_DUTY_CLAUSE = re.compile(r"[，,](?:并|同时|还|要|并要)?(?!配合|协助|积极配合|做好配合)(?:" + HEADED_DUTY.pattern + r")")


def _organ_headed_items(text: str, ctx: Context, mentions: list[NamedMention], annotated: list[str], add) -> None:
    """An item whose heading is only an organ (or a list of organs) and whose text goes on with its
    duties is that organ's (spec 1.1 section 6, organ-headed duty items): `responsible`, or `lead`
    when the duties open with 牵头. An item holding nothing but the organ (a member list) is none."""
    if not ctx.tasks or not mentions:
        return
    by_start = _by_start(mentions, text)
    annotated_set = set(annotated)
    divided: dict[str, bool] = {}  # parent -> is its list divided organ by organ (_divided_by_organ)
    heads: dict[str, list[NamedMention]] = {}  # an organ-headed item -> its organs, over its listed duties
    for t in ctx.tasks:
        if t.path in annotated_set:
            continue
        span = ctx.task_span(t.path)
        if not span:
            continue
        pos = _after_item_number(text, span)
        if pos not in by_start:
            pos = _past_heading_units(text, pos, span[1], by_start)
            if pos is None:
                continue
        subject, pos = _listed_organs(text, pos, by_start)
        listed_end = pos
        pos = _past_head_close(text, pos, span[1], by_start, len(subject))
        closed = pos > listed_end and text[listed_end] == "等"
        listed = _duties_listed_below(text, pos, min(len(text), span[1] + 200))  # (its span ends at the first sub-item)
        if listed:  # `（一）县发改局（主要职责）\n1.负责…\n2.牵头…`: the organ's duties as its sub-items
            role = "lead" if HEADED_LEAD.search(listed) else "responsible"
            for nm in subject:
                add(t.path, nm, role)
            # (s16) each sub-item that opens with its own 负责/牵头/会同 and no subject is the heading organ's too,
            # as the listed duties of an article's organ are (`（一）县住建局：\n1.负责…\n2.牵头…，县财政局配合`)
            heads[t.path] = subject
            continue
        title = HEAD_DUTY_TITLE.match(text, pos, span[1])
        if title:
            pos = title.end()  # `（一）县发改局职责\n负责…`: the duty title closing the heading line
        titled_inline = None
        if not title and (titled_inline := HEAD_DUTY_TITLE_INLINE.match(text, pos, span[1])) \
                and _in_division_section(text, ctx, t.path):
            pos = titled_inline.end()  # (s33-assign2) `（三）自治区有关部门职责。自治区住建厅负责…`: the title run on
        else:
            titled_inline = None
        sep = HEAD_SEPARATOR.match(text, pos, span[1])
        if titled_inline and not sep:
            sep = TITLE_COLON.match(text, pos, span[1])  # `（三）市有关部门职责：市发改委负责…`
        if (not sep or sep.end() == pos) and closed and HEADED_DUTY.match(text, pos, span[1]) \
                and _in_division_section(text, ctx, t.path):
            sep = EMPTY.match(text, pos)  # `（二）A、B等行业主管部门压实…`: the heading's line break lost in a copy,
            # its 等-close still ends it in a section dividing duties
        elif (not sep or sep.end() == pos) and "条" not in t.path and DIVISION_SHARE.match(text, pos) \
                and all(nm.mention.kind == "named" for nm in subject) \
                and not COOPERATIVE_CUE.match(text, pos, min(span[1], pos + 40)) \
                and _in_division_section(text, ctx, t.path):
            sep = EMPTY.match(text, pos)  # (s28-assign) `（九）市教委、市卫生健康委按照职责分工，分别推动…` under `四、职责分工`
        elif (not sep or sep.end() == pos) and "条" not in t.path and SUBJECT_OF_WORK.match(text, pos, span[1]) \
                and _in_division_section(text, ctx, t.path):
            sep = EMPTY.match(text, pos)  # (s33-assign) `（十一）各县（市）、区人民政府是低保工作的责任主体，…`
        elif (not sep or sep.end() == pos) and _divided_by_organ(text, ctx, t.path, by_start, divided):
            if text.startswith("会同", pos) or text.startswith("会同", SUBJECT_MODAL.match(text, pos).end()) \
                    or _joins_another_organ(text, pos, span[1]):
                continue  # `（三）市民政局会同市财政局负责…`: the organ's own sentence, read as prose (A lead, B co)
            sep = EMPTY.match(text, pos)  # `（一）公安部门有关户籍…信息；` in a list divided organ by organ
        elif not sep or sep.end() == pos:
            continue
        rest = text[sep.end():span[1]]
        if sep.end() in by_start and {nm.name for nm in by_start[sep.end()]} & {nm.name for nm in subject} \
                and _prose_cue(text, by_start[sep.end()][0].mention.end, span[1]):
            continue  # `（二）区商务委\n区商务委牵头组织…`: the heading organ written again as the subject of its duty
            # sentence, which gives its role (prose); no second role from the heading
        first = re.match(r"[^。；\n]*", rest).group(0)
        if len(first) < 4 or stdlib_twin(ITEM_NUMBER).match(rest) or HEADED_NOT_DUTY.match(first) \
                or not (HEADED_DUTY.search(first, 0, 30) or _in_division_section(text, ctx, t.path)):
            continue  # nothing but the organ: a member list, or a sub-item follows; a contact, a person, an amount;
            # no duty in the words after it (`县财政局 被评为先进单位`) unless the section divides duties (责任分工)
        # 牵头 opening the duties or one of their clauses (`…，负责…，牵头组织…`, `…。牵头县公安局、县交通局开展联合
        # 执法`): the organ leads, and the organs it takes along are co (spec 1.1 section 6, once a lead is named)
        leads = [m for m in HEADED_LEAD_ANY.finditer(text, sep.end(), span[1])]
        role = "lead" if HEADED_LEAD.search(first) or leads else "responsible"
        if titled_inline and sep.end() in by_start:
            # (s33-assign2) the title's sentences name their own subjects (`自治区住建厅负责牵头…；自治区财政厅负责…`), read as
            # prose with their roles; the organ heading the title is given its share of the item, `responsible`
            role, leads = "responsible", []
        for nm in subject:
            add(t.path, nm, role)
        for m in leads:
            end = CLAUSE_END.search(text, m.end(), span[1])
            _lead_objects(text, m.end(), end.start() if end else span[1], t.path, by_start, add)
    if heads:
        _listed_duties(text, ctx, heads, annotated_set, add, by_start)


# (s35-assign) An unnumbered item dividing duties organ by organ in paragraphs (`五、明确部门安全生产工作职责` over `省政府有关部门
# 安全生产工作职责明确如下：` and then `省监察厅：依法监督检查…`, `省总工会：依法组织职工…`, one paragraph per organ, as provincial
# opinions of the 2000s and 2010s write it): each paragraph headed by organs and a colon is their share of the item, as a
# numbered organ-headed item in a 职责分工 section is (spec 1.1 section 6): `responsible`, or `lead` with 牵头. An organ its
# paragraph's prose already gave a role keeps that one.
PARAGRAPH_HEAD = re.compile(r"(?m)^[ \t　]*(?=\S)")


def _division_lead_in(text: str, a: int, b: int) -> int | None:
    """Where the first line of text[a:b] that ends in a colon and divides duties (DIVIDED_LEAD_IN, no CASE_LIST) ends;
    each line is tried once from its start (a search would try the lookaheads from every character, issue 16)."""
    pos = a
    while pos < b:
        end = text.find("\n", pos, b)
        end = b if end < 0 else end
        line = text[pos:end].rstrip(" \t\u3000")
        if line.endswith(("：", ":")) and DIVIDED_LEAD_IN.match(text, pos, end) and not CASE_LIST.search(line):
            return end
        pos = end + 1
    return None


def _colon_headed_paragraphs(text: str, ctx: Context, mentions: list[NamedMention], annotated: list[str], out: list,
                             add) -> None:
    by_start = None
    annotated_set = set(annotated)
    for t in ctx.tasks:
        if t.path in annotated_set:
            continue
        span = ctx.task_span(t.path)
        if not span:
            continue
        heading_end = text.find("\n", span[0], span[1])
        if heading_end < 0 or not DIVISION_HEADING.search(text, span[0], heading_end):
            continue  # the item's own heading names the division (职责, 分工, 责任)
        lead_in = _division_lead_in(text, heading_end + 1, span[1])
        if lead_in is None:
            continue
        if by_start is None:
            by_start = _by_start(mentions, text)
        given = {r.department for r in out if r.task == t.path}
        for line in PARAGRAPH_HEAD.finditer(text, lead_in, span[1]):
            pos = line.end()
            if pos not in by_start:
                continue
            subject, end = _listed_organs(text, pos, by_start)
            if not subject or text[end:end + 1] not in ("：", ":"):
                continue
            line_end = text.find("\n", end)
            duty = text[end + 1:line_end if line_end >= 0 else span[1]]
            if len(duty.strip()) < 4:
                continue
            role = "lead" if HEADED_LEAD.search(duty) else "responsible"
            for nm in subject:
                if nm.name not in given:
                    add(t.path, nm, role)


# (s30-town) A section that shares the work out among a town's or street's villages and communities (`二、各社区任务分解`,
# `三、各村任务分配`, `各嘎查责任分工`), each item headed by its place and a colon (`1.城关社区：完成…`): the item is that
# place's share, given to it (spec 1.1 section 6: an item headed by its assignee in a section dividing the work; section 5:
# inside an assignment a place stands for its government and is kept as written, guide D51; A21 a222's adjudication).
# Only a named village, community, 居 or 嘎查 (2-5 characters before the kind), not a kind of place (城市社区, 行政村).
PLACE_SHARE_HEADING = re.compile(r"(?:任务|目标|责任|工作)?(?:分解|分配|分工)")
PLACE_HEADED_ITEM = re.compile(r"(?P<p>[\p{Han}]{2,5}?(?:社区|村|居|嘎查))[ \t　]*[：:][ \t　]*(?=[^\s])")
# (s32-assign) several places heading one share (`（二）东岭村、西坪村：创建…`), the list may close on the rest of a kind
# (`红星村、光明村等其余行政村：巩固…`): each named place is given the item; the kind after 等 is no name (NOT_VILLAGE).
_PLACE = r"[\p{Han}]{2,5}?(?:社区|村|居|嘎查)"
PLACES_HEADED_ITEM = re.compile(r"(?P<ps>" + _PLACE + r"(?:、" + _PLACE + r")+)(?:等[\p{Han}]{0,8}?(?:社区|村|居|嘎查))?"
                                r"[ \t　]*[：:][ \t　]*(?=[^\s])")
# kinds of village a share may be written for (`一般村：每村…`, `非贫困村：`), no named place
VILLAGE_KIND_HEAD = re.compile(r"^(?:一般|其他|其余|非|出列|脱贫|未脱贫|提升|保留|搬迁|撤并|合并|边缘|旅游|省级|市级|县级|先进|后进)")


def _place_headed_shares(text: str, ctx: Context, annotated: list[str], add) -> None:
    if not ctx.tasks:
        return
    annotated_set = set(annotated)
    headings: dict[str, bool] = {}
    for t in ctx.tasks:
        parent = t.path.rpartition("/")[0]
        if not parent or t.path in annotated_set:
            continue
        if parent not in headings:
            pspan = ctx.task_span(parent)
            line_end = text.find("\n", pspan[0]) if pspan else -1
            head = text[pspan[0]:line_end if line_end >= 0 else pspan[1]] if pspan else ""
            headings[parent] = bool(head) and len(head) <= 30 and bool(PLACE_SHARE_HEADING.search(head))
        if not headings[parent]:
            continue
        span = ctx.task_span(t.path)
        if not span:
            continue
        pos = _after_item_number(text, span)
        m = PLACE_HEADED_ITEM.match(text, pos, span[1])
        if m:
            places = [(m.start("p"), m.end("p"))]
        else:
            many = PLACES_HEADED_ITEM.match(text, pos, span[1])
            if not many:
                continue
            places, at = [], many.start("ps")
            for piece in text[many.start("ps"):many.end("ps")].split("、"):
                places.append((at, at + len(piece)))
                at += len(piece) + 1
        for ps, pe in places:
            name = text[ps:pe]
            if name in NOT_VILLAGE or name.endswith(("乡村", "农村")) or name.endswith(NOT_COMMUNITY_TAILS) \
                    or VILLAGE_KIND_HEAD.match(name):
                continue
            add(t.path, NamedMention(Mention(ps, pe, name, "collective", stem=name, layer="pattern"), name), "responsible")


# (s29-assign2) Service units listed before the organs that head an item (`（八）卫生院、计生办：负责…`, a township's
# 职责分工): the units are no departments (spec 1.1 section 5; guide D79) and do not void the organs after them, which
# take the item's duties as its heading organs (A25 a292's gold: 计生办 responsible).
HEADING_UNITS_FIRST = re.compile(r"(?:[^、，,。；;：:\s（()）和]{0,10}?(?:卫生院|医院|学校|中心校|中学|小学|幼儿园|服务中心|中心|站|所|公司)"
                                 r"[、和])+")


# (speed only, s31) The 、 or 和 after HEADING_UNITS_FIRST's first unit is the first character of the match outside its
# run's class, at most 10 + 4 (服务中心) characters after the start: a stretch of 15 without either holds no match.
HEADING_UNITS_REACH = 15


def _mark_within_reach(text: str, pos: int, end: int, reach: int, marks: tuple[str, ...]) -> bool:
    """(speed only, s31) Whether one of `marks` lies in `text[pos:min(end, pos + reach)]`: the prefilter of a pattern whose
    lazy run must stop at one of them within `reach` characters (HEADING_UNITS_REACH, UNIT_SECOND_SIGN_REACH), so that a
    start without one is not matched at all. One helper, so that each pattern's reach and marks are stated once."""
    near = text[pos:min(end, pos + reach)]
    return any(c in near for c in marks)


def _past_heading_units(text: str, pos: int, end: int, by_start: dict) -> int | None:
    if not _mark_within_reach(text, pos, end, HEADING_UNITS_REACH, ("、", "和")):
        return None  # (no match: see HEADING_UNITS_REACH)
    units = stdlib_twin(HEADING_UNITS_FIRST).match(text, pos, end)
    if not units or units.end() not in by_start or any(k in by_start for k in range(pos, units.end())):
        return None
    return units.end()


# `负责…，并会同B…` later in the organ's own sentence (guide R12: A lead, B co).
OWN_SENTENCE = re.compile(r"[^。；;\n]*")


def _joins_another_organ(text: str, pos: int, end: int) -> bool:
    """`（二）市财政局负责落实…资金，并会同市水务局…监督检查；` in a list divided organ by organ: the organ's own duty
    sentence goes on with 会同, so prose gives its roles (guide R12: A `lead`, B `co`, one role per organ and item);
    the heading adds no second, `responsible` one."""
    return "会同" in OWN_SENTENCE.match(text, pos, end).group(0)


# `应当`, `要` between a subject and its cue
SUBJECT_MODAL = re.compile(r"(?:应当|应|要|须|需|负责)?")


# A heading that is itself a role label over a list (`（一）申请受理责任部门` over `1.<category>。<organ>…`,
# `（三）牵头单位`): each listed item names the organs of that role for its case.
LABEL_HEADING = re.compile(r"(?:责任|牵头|配合|受理)(?:部门|单位)$")


def _label_headed_lists(text: str, ctx: Context, mentions: list[NamedMention], annotated: list[str], add) -> None:
    """The items under a heading that is a role label (`（一）申请受理责任部门`, a county's contact list of the offices
    that take the applications): the organs each item names after its own heading are given that role
    (`responsible`, `lead` under 牵头, `co` under 配合); the item's heading (the case, `区委、区政府批准引进的…人才`) names
    none (b4 adjudication d092)."""
    annotated_set = set(annotated)
    for parent in ctx.tasks:
        if len(parent.heading) > 16 or "部门" not in parent.heading and "单位" not in parent.heading:
            continue  # (LABEL_HEADING needs one of its closing words: no search of every heading, issue 16)
        m = LABEL_HEADING.search(parent.heading)
        if not m:
            continue
        role = {"牵头": "lead", "配合": "co"}.get(m.group(0)[:2], "responsible")
        depth = parent.path.count("/") + 1
        for t in ctx.tasks:
            if not t.path.startswith(parent.path + "/") or t.path.count("/") != depth or t.path in annotated_set:
                continue
            span = ctx.task_span(t.path)
            if not span:
                continue
            line_end = text.find("\n", span[0], span[1])
            line_end = span[1] if line_end < 0 else line_end
            head_end = text.find("。", span[0], line_end)
            if head_end < 0:
                continue  # (an item that is only a heading names no organ for its case)
            number = stdlib_twin(ITEM_NUMBER).match(text, span[0], line_end)
            if any(nm.mention.start == (number.end() if number else span[0]) for nm in _inside(mentions, span[0], head_end)):
                continue  # an item headed by an organ is an organ-headed item (its own reading), not a case
            for nm in _inside(mentions, head_end + 1, line_end):
                add(t.path, nm, role)


# A clause of an organ-headed item's duties that opens with 牵头 (no subject of its own: the heading organ's).
HEADED_LEAD_ANY = re.compile(r"(?:(?<=[。；;，,\n])|(?<=^))[ \t　]*(?:并|同时|还|负责|定期|每周|每月|每季度)?牵头(?!单位|部门|的)",
                             re.MULTILINE)
# The heading of a section that divides duties among organs (`三、组织领导与责任分工`, `（二）职责分工`, `部门职责`):
# an organ heading an item there goes on with its duties whatever verb opens them (`（四）城管执法部门\n依法严查…`).
DIVISION_HEADING = re.compile(r"分工|职责|责任")
# (s28-assign) An item of a section that divides duties (`四、职责分工`) opened by its organs and their share of the work
# (`市教委、市卫生健康委、市机关事务管理局按照职责分工，分别推动…`) is those organs' (spec 1.1 section 6: an item headed
# by an organ in a 职责分工 section assigns itself to that organ), though no 负责 follows: the section's heading says
# the item is their share. Not where a 会同/牵头 in the item's first clause gives the roles itself (read as prose).
# (s33-assign) also `结合各自职能` (`市总工会、团市委、市妇联、市残联等人民团体要结合各自职能，积极参与…`: the people's
# organisations' share in a 落实部门职责 section, an older city notice's wording)
DIVISION_SHARE = re.compile(r"(?:要|应当|应)?(?:(?:按照?|根据|依据|依照|结合)(?:各自的?)?(?:职责|职能)(?:分工)?[，,]?(?:分别)?|分别(?=\p{Han}))")
# (s33-assign, guide S32b `Spec §6 over R43`) An item of a section dividing duties opened by its organs and the words that make
# them the subject of the work (`（十一）各县（市）、区人民政府是低保工作的责任主体，要…`, `（三）各村（社区）是整治提升工作的实施
# 主体，…`): the item is theirs, `responsible` (spec 1.1 section 6: an organ heading an item of a 职责分工 section).
SUBJECT_OF_WORK = re.compile(r"(?:是|为)[^，,。；;\n]{0,24}?(?:责任主体|实施主体|工作主体)")
# Not in a 办法/细则 article (guide R17: `X、Y按照各自职责，做好…` assigns nothing there), nor for collectives
# (`国务院各有关部门要按照职责分工，密切配合`: the departments' mutual co-operation, no share named).
COOPERATIVE_CUE = re.compile(r"[^。；;，,\n]*?(?:会同|牵头)|(?:密切|相互|通力|加强)?(?:配合|协作|协调)[，,。；;]")
# What closes an item's heading list of organs before its duties: a second name or a division in brackets
# (`区公安分局（交管）`, `县公安局（交警大队）`), or 等 + the kind of the listed organs (`A、B、C等建设主管部门`,
# which adds no entry, spec 1.1 section 5).
HEAD_ASIDE = re.compile(r"[（(][^（）()\n，,。；]{1,10}[）)]")


EMPTY = re.compile("")


def _past_head_close(text: str, pos: int, end: int, by_start: dict, listed: int) -> int:
    aside = HEAD_ASIDE.match(text, pos, end)
    if aside and pos + 1 not in by_start:
        pos = aside.end()
    if listed > 1 and text.startswith("等", pos):
        if pos + 1 in by_start:
            return by_start[pos + 1][0].mention.end
        close = stdlib_twin(SUBJECT_CLOSE).match(text, pos, end)
        if close:
            return close.end()
    return pos


# A lead-in over a list that gives each listed organ its share (`有关部门和单位有责任和义务向税务部门提供以下信息：`,
# `下列部门按照职责分工负责：`): a duty word and a list word, closing the line.
DIVIDED_LEAD_IN = re.compile(r"(?=[^\n]*(?:责任|职责|义务|分工))(?=[^\n]*(?:以下|下列|如下))[^\n]*[：:][ \t　]*$", re.MULTILINE)
# ... not a list of cases (`有下列情形之一的，依法追究责任：`, `有下列行为之一的`) or of occasions (`相关部门履行下列职责时，
# …应当征询…意见：`: the list says when, not who)
CASE_LIST = re.compile(r"情形|行为|情况之一|之一的|时[，,]")
# The closing catch-all of a list (兜底项: `国务院税务主管部门确定需要提供的其他涉税信息`, `法律法规规定的其他职责`): the
# organ in it decides what else falls under the list, it is given no share.
CATCH_ALL = re.compile(r"的其他|^其他")


def _divided_by_organ(text: str, ctx: Context, path: str, by_start: dict, cache: dict) -> bool:
    """Is `path` an item of a list divided organ by organ: its parent's lead-in (the parent's first line, ending in a
    colon) gives a duty (责任, 职责, 义务, 分工) over the list below it (以下, 下列, 如下), at least three items follow,
    and every one of them but a closing catch-all opens with an organ (d007-style 办法 article: `（一）公安部门有关…信息；
    （二）卫生健康部门有关…信息；`)? Each such item names its organ's share (spec 1.1 section 6, organ-headed items of a
    division of duties); the catch-all itself is none."""
    parent = path.rpartition("/")[0]
    if not parent:
        return False
    if parent not in cache:
        cache[parent] = _organ_by_organ(text, ctx, parent, by_start)
    if not cache[parent]:
        return False
    span = ctx.task_span(path)
    line_end = text.find("\n", span[0], span[1]) if span else -1
    first = text[span[0]:line_end if line_end >= 0 else span[1]] if span else ""
    return not CATCH_ALL.search(re.split(r"[。；;]", first)[0])


def _organ_by_organ(text: str, ctx: Context, parent: str, by_start: dict) -> bool:
    span = ctx.task_span(parent)
    if not span:
        return False
    line_end = text.find("\n", span[0])
    head = text[span[0]:line_end if line_end >= 0 else span[1]]
    # (the head holds no line break: a match ends it with the colon, so a head that does not end so is passed at once;
    # the search would try the lookaheads from every character of it, quadratic on a long line; issue 16)
    if not head.rstrip(" \t\u3000").endswith(("：", ":")) or not DIVIDED_LEAD_IN.search(head) or CASE_LIST.search(head):
        return False
    depth = parent.count("/") + 1
    children = [t.path for t in ctx.tasks if t.path.startswith(parent + "/") and t.path.count("/") == depth]
    if len(children) < 3:
        return False
    for i, child in enumerate(children):
        cspan = ctx.task_span(child)
        if not cspan:
            return False
        number = stdlib_twin(ITEM_NUMBER).match(text, cspan[0], cspan[1])
        pos = number.end() if number else cspan[0]
        if pos in by_start:
            continue
        if i == len(children) - 1 and CATCH_ALL.search(text, pos, min(cspan[1], pos + 40)):
            continue  # the closing catch-all need not name an organ
        return False
    return True


def _in_division_section(text: str, ctx: Context, path: str) -> bool:
    parent = path.rpartition("/")[0]
    if not parent:
        return False
    span = ctx.task_span(parent)
    if not span:
        return False
    line_end = text.find("\n", span[0])
    heading = text[span[0]:line_end if line_end >= 0 else span[1]]
    return bool(DIVISION_HEADING.search(heading, 0, 30))


HEAD_DUTY_TITLE = re.compile(r"(?:的)?(?:主要|具体)?(?:工作)?职责(?=[ \t　]*\n)")
# (s33-assign2) The duty title closed by a full stop or colon on the heading's own line, its duties run on after it (`（三）自治区
# 有关部门职责。自治区住房城乡建设厅负责…`): in a section dividing duties (`三、职责分工`) the item is the heading organ's (spec 1.1
# section 6: an item headed by an organ in a 职责分工 section assigns itself to that organ).
HEAD_DUTY_TITLE_INLINE = re.compile(r"(?:的)?(?:主要|具体)?(?:工作)?职责(?=[ \t　]*[。：:])")
TITLE_COLON = re.compile(r"[ \t　]*[：:][ \t　]*")
# An organ heading its item on a line of its own (or with 职责/主要职责), its duties numbered below it.
# (s16: also a colon then the first numbered duty on the same line, `（一）县住建局职责：1.负责…；2.牵头…`)
HEAD_LINE_END = re.compile(r"(?:的)?(?:主要|具体)?(?:工作)?(?:职责)?(?:[：:]?[ \t　]*\n[ \t　]*"
                           r"|[：:][ \t　]*(?=\d{1,2}[.．、]|[（(]\d{1,2}[）)]|[①-⑳]))")


def _contacts_below(text: str, pos: int, e: int) -> bool:
    """After an organ heading's colon closing its line: does the next line, a numbered sub-item, give a contact
    (`1.负责人：…`, `联系电话：…`, `负责同志：…`) rather than a duty?"""
    if text[pos:e].strip(" \t　") or text[e:e + 1] != "\n":
        return False
    nxt = text[e + 1:text.find("\n", e + 1) if text.find("\n", e + 1) >= 0 else len(text)].lstrip(" \t　")
    number = stdlib_twin(ITEM_NUMBER).match(nxt)
    if not number:
        return False
    first = nxt[number.end():]
    return bool(HEADED_NOT_DUTY.match(first)) or first.startswith("负责同志")


def _duties_listed_below(text: str, pos: int, end: int) -> str | None:
    """The first sub-item's first clause when the heading ends right after its organ (or 职责) and the
    first sub-item opens with a duty verb (`1.负责…`); else None."""
    m = HEAD_LINE_END.match(text, pos, end)
    if not m:
        return None
    below = text[m.end():end]
    number = stdlib_twin(ITEM_NUMBER).match(below)  # (anchored at its string's start: matched on the slice)
    if not number:
        return None
    first = re.match(r"[^。；\n]*", below[number.end():]).group(0)
    if not HEADED_DUTY.match(first) or HEADED_NOT_DUTY.match(first) or first.startswith("负责同志"):
        return None  # (s16) `（一）县扶贫办：\n1.负责人：王某某`: a contact list, no duty
    return first


# ---------------------------------------------------------------- `以A为主，B配合`

# `（以县水利局为主，县农业农村局配合）`, `此项工作以县工商局为主，县公安局、县文化局配合`: the organ 为主 of a
# division whose other organs 配合/参与/协助 is the lead (spec 1.1 section 6 roles; docs/decisions/assignments-s7.md).
# Not 为主导/为主体/为主线/为主要: only 为主 closing its clause.
MAIN_LEAD = re.compile(r"为主(?=[，,；;。）)、\s]|$)")
MAIN_LEAD_RESIDUE = re.compile(r"(?<!\S)以(?=\s)|(?<=\s)为主(?!\S)")
MAIN_LEAD_OPENING = re.compile(r"(?:(?:此项|该项|这项|各项)?工作)?(?:以|由)?")


# `由县人社局主办，县总工会、县教育局协办`: the organ that 主办 a work others 协办/配合 leads it, as under a 主办单位 label
# after an item (spec 1.1 section 6 roles; docs/decisions/assign-s11.md). Not 主办单位/主办方 (labels), not alone.
HOST_LEAD = re.compile(r"主办(?!单位|部门|方|的)")


def _main_lead_cues(text: str, a: int, b: int, mentions: list[NamedMention]) -> list[tuple[int, str, str]]:
    """Inside an annotation: 为主 (or 主办) right after an organ is a lead cue, when the annotation also names co organs."""
    if (text.find("为主", a, b) < 0 and text.find("主办", a, b) < 0) or not CO_WORD.search(text, a, b):
        return []
    ends = {nm.mention.end for nm in mentions}
    return [(m.start(), "cue", "牵头") for m in MAIN_LEAD.finditer(text, a, b) if m.start() in ends] + \
        [(m.start(), "cue", "牵头") for m in HOST_LEAD.finditer(text, a, b) if m.start() in ends]


def _main_lead_prose(text: str, s: int, e: int, task: str, by_start: dict, add) -> None:
    """A clause `(此项工作)以A、B为主` followed in the sentence by a 配合/参与/协助 clause: A and B lead."""
    for m in MAIN_LEAD.finditer(text, s, e):
        co = CO_WORD.search(text, m.end(), e)
        if not co or text.startswith("的", co.end()):
            continue  # (`实行…县人民政府为主，乡镇人民政府参与的管理体制`: a system described, the division no assignment)
        clause = max(text.rfind(c, s, m.start()) for c in "，,：:") + 1 or s
        clause = max(clause, s)
        number = stdlib_twin(ITEM_NUMBER).match(text, clause, m.start()) if clause == s else None
        pos = MAIN_LEAD_OPENING.match(text, number.end() if number else clause, m.start()).end()
        subject, end = _listed_organs(text, pos, by_start)
        if subject and end == m.start():
            for nm in subject:
                add(task, nm, "lead")


# ---------------------------------------------------------------- `A牵头B、C…`

# `市发展改革委牵头市财政局、市商务局等部门研究制定…`, `区更新办牵头组织各成员单位…`: the organs the lead takes
# along (the object of 牵头, 牵头组织, 牵头协调) work on the same assignment: `co` (spec 1.1 section 6, once
# a lead is named). Not after 指导/督促 (the organs guided are no part of the lead's assignment).
# (s16: also after the lead's comma, `X牵头，组织省有关部门开展…`, as older notices write it)
LEAD_OBJECT = re.compile(r"(?:[，,]?(?:组织|协调|带领|联合))?")
# The member units of a working body taken along by its lead (`各领导小组成员单位`, `联席会议各成员单位`).
MEMBER_UNITS = re.compile(r"(?:(?:领导小组|工作小组|联席会议|委员会|指挥部)?各|各(?:领导小组|工作小组|联席会议|指挥部))成员单位")
# What follows the units that staff a body (`X由A、B、C三家副主任单位协同开展工作`): their count and kind, then the
# joint work. Not a make-up (`由A、B组成`, R11) nor a delegation (`由A、B负责`, a cue of its own).
BODY_STAFFED = re.compile(r"(?:等)?(?:[\d一二三四五六七八九十两]{1,2}[家个])?(?:副主任|主任|副组长|组长|成员|牵头|责任)?(?:单位|部门)?"
                          r"(?:协同|共同|联合)(?:开展|推进|负责开展)?工作")


# What follows the organs taken along: their common work (a verb), 等…, or a clause break; not a noun they
# qualify (`牵头县政府常务会议议定事项的督办`, `牵头县领导小组办公室的日常工作`).
LEAD_OBJECT_AFTER = re.compile(r"[，,；;。]|等|及其|共同|联合|一起|开展|研究|制定|制订|起草|拟定|拟订|修订|编制|出台|做好|抓好|推进|组织|实施"
                               r"|落实|建立|完善|加强|围绕|对|按|依|定期|及时|进行|提出|统筹|协调|履行|参与|配合|成立|形成|督促|指导"
                               r"|于(?=[\d一二三四五六七八九十今明本年月上下近])")  # (s16) `组织省有关部门于12月底前开展…`


def _lead_objects(text: str, pos: int, e: int, task: str, by_start: dict, add) -> None:
    pos = LEAD_OBJECT.match(text, pos, e).end()
    if pos not in by_start and (bare_end := _past_bare_unit(text, pos, e, by_start)) is not None:
        pos = bare_end  # (s35-assign) `牵头组织派出所、市场监管所…`: a town's unit the tables miss opening the objects (issue 12)
    subject, end = _listed_organs(text, pos, by_start)
    if not subject and text.startswith(("各", "领导", "工作", "联席", "成员"), pos):
        members = MEMBER_UNITS.match(text, pos, e)
        if members:  # `牵头组织各领导小组成员单位…`: the members of a working body, a collective as written (b2 d098)
            subject = [NamedMention(Mention(members.start(), members.end(), members.group(0), "collective",
                                            stem=members.group(0), layer="pattern"), members.group(0))]
            end = members.end()
    if not subject and stdlib_twin(PLACE_OPENING).match(text, pos):
        place = stdlib_twin(PLACE_ASSIGNEE).match(text, pos, e)  # 县农业农村局牵头各乡镇开展…: places kept as written
        if place:
            name = _round_brackets(place.group(0))
            subject = [NamedMention(Mention(place.start(), place.end(), place.group(0), "collective", stem=name,
                                            layer="pattern"), name)]
            end = place.end()
    if not subject or not LEAD_OBJECT_AFTER.match(text, end, e):
        return
    for nm in subject:
        add(task, nm, "co")


# ---------------------------------------------------------------- an article's paragraph after its 项

# An article (条) is written in paragraphs (款); its list items (项: （一）, 1.) belong to the paragraph
# that introduces them. A paragraph of its own after the last 项 (`第五条 X负责…，履行下列职责：（一）…（五）…
# \nY负责…审计监督工作。`) is the article's next 款, so its assignment is the article's, not the last 项's
# (docs/decisions/assignments-s7.md). A line that only continues a wrapped 项 (the line before does not
# end a sentence) stays with the 项.
ITEM_TOKEN = re.compile(r"(?:\(|（)[^)）]{1,4}(?:\)|）)|\d{1,2}|[①-⑳]")
PARAGRAPH_CLOSED = frozenset("。；;！？")


def _article_paragraph_task(text: str, ctx: Context, pos: int, task: str) -> str:
    parent, _, last = task.rpartition("/")
    if not parent.endswith("条") or not ITEM_TOKEN.fullmatch(last):
        return task
    line_start = text.rfind("\n", 0, pos) + 1
    while line_start < pos and text[line_start] in " \t\u3000":
        line_start += 1
    span = ctx.task_span(task)
    if span is None or line_start <= span[0]:
        return task  # the sentence stands on the 项's own line
    j = line_start
    while j > span[0] and text[j - 1] in " \t\u3000\r\n":
        j -= 1
    if text[j - 1:j] not in PARAGRAPH_CLOSED:
        return task  # a 项 wrapped over lines (a PDF copy): its next line is still the 项
    return parent


# ---------------------------------------------------------------- `X主要负责…`, `X在…下负责…`

# Adverbials that county and older notices write between the subject organ and its 负责/牵头 (PROSE_CUE
# takes 要/应当/具体/统一…): `县财政局主要负责…`, `全面负责`, `每年负责`, `按规定负责`, `对口负责`,
# `在县政府统一领导下负责…`, `在项目验收后负责…`, `按照属地管理原则负责…` (docs/decisions/assignments-s7.md).
ADVERBIAL = re.compile(r"(?:要|应当|应|须|将)?(?:"
                       # (s19) a time window of a statute's procedure before the cue (`X应当自受理之日起20个工作日内会同Y…`,
                       # `X应当在服务期满后1个月内会同Y…`): the window ends in 内/前 right before the cue
                       r"(?:在|自|于)[^，,。；;、\s]{1,24}?(?:以内|内|以前|前)(?=(?:具体|统一|分别|共同)?(?:负责|牵头|会同|负总责))|"
                       r"在[^，,。；、\s]{1,16}?(?:领导下|指导下|下|中|后|前|期间)"
                       r"|按照?[^，,。；、\s]{1,12}?(?:原则|要求|规定|程序|标准)|主要|全面|每年|每季度|每月|按规定|按要求|对口"
                       # `按照管理权限负责…`, `按隶属关系分别负责…`, `分级负责`: statutes' division of competence by level
                       r"|(?:按照?|依照|根据)(?:各自的?)?(?:管理|审批|监管|干部管理|项目管理)?(?:权限|隶属关系)|分级"
                       # the ground of a statute's duty written out, no comma before the cue (`X依照《…法》和本办法的规定
                       # 负责…`, `X应当根据本行政区域内的人口分布、…等实际情况负责编制…`): a ground ending in its noun
                       r"|(?:依照|依据|根据|按照|遵照|结合)(?:《[^》\n]{1,40}》|[^，,。；;：:\n《》由负牵会]){1,40}?"
                       r"(?:规定|要求|原则|程序|标准|情况|需要|需求|实际|职责|分工|权限|规划|部署)"
                       # (also when a share of competence follows it: `依照本条例规定，在各自职责范围内负责…`)
                       r"(?=[，,]?(?:在(?:各自的?|其)?职责范围内[，,]?|按照?(?:各自)?职[责能](?:分工)?[，,]?|依法)?"
                       r"(?:具体|统一|分别|共同|全面)?(?:负责|牵头|会同|负总责|负主责)))[，,]?")


def _staff_cue(text: str, pos: int, e: int):
    """STAFF_DUTY.match(text, pos, e) (guide R32), tried only where a staff-naming verb can open it; its `cue` group is
    the 负责 that the duty of the body follows from. (A body set up before it, `成立…机构，明确专人负责`, does not take
    the duty: the staff is the subject's, named for the subject's work.)"""
    if text.find("负责", pos, min(e, pos + 40)) < 0 or not (text.startswith(STAFF_OPENINGS, pos)):
        return None
    return STAFF_DUTY.match(text, pos, e)


STAFF_OPENINGS = ("要", "应", "须", "必须", "并", "进一步", "明确", "确定", "指定", "安排", "落实", "配备")


def _cue_after_adverbial(text: str, pos: int, e: int):
    m = stdlib_twin(ADVERBIAL).match(text, pos, e)  # (the same match, ~2.5x faster: scan.stdlib_twin)
    if not m or m.end() == pos:
        return None
    if m.group(0).count("“") > m.group(0).count("”"):
        return None  # (s22-assign2) `按照“统一规划、分工负责…”的原则开展…`: a cue inside a quoted principle is no cue (A9 a98)
    cue = _prose_cue(text, m.end(), e)
    return cue if cue and cue.group("cue") in ("负责", "牵头", "会同", "负总责", "负主责", "负主体责任") else None


# After a lead, `B、C协同推进` / `B要密切协同`: the other organs of the assignment (spec 1.1 section 6: co).
# Without a lead named, 协同 assigns nothing (guide R9).
SYNERGY_CUE = re.compile(r"(?:等(?:有关|相关)?(?:部门|单位)?)?(?:要|应|应当|须)?(?:积极|主动|密切|共同)?协同(?!单位|部门|机制|发展|创新)")


# (s19) After a lead in the same sentence, `C具体组织实施` / `C具体落实` (without 负责): the organ that carries the
# work out is one more member of the lead's assignment (spec 1.1 section 6: co; A1 adjudication a07, a 1990s county
# notice `由县乡镇企业局牵头，…配合，各乡镇人民政府具体组织实施`). Without a lead it assigns nothing.
# (s22-assign2) also `C抓好落实` (`A、B负责牵头推进，各镇（街道）抓好落实`: A10 a128's gold reads the towns co);
# (s27-assign2) and `C抓好具体落实` (`A会同B负责推进，C抓好具体落实`: the same carrying out, 具体 inside the verb phrase)
# the words of carrying an item out (`具体组织实施`, `具体落实`, `抓好落实`, `抓好具体落实`): one piece for the cue after a
# lead (CARRY_OUT_CUE) and the lower levels' own carrying-out (LOWER_CARRY_OUT), so that a wording added reaches both
CARRY_OUT_WORDS = r"(?:具体(?:组织)?(?:实施|落实|承办|执行)|抓好?(?:具体)?落实)"
CARRY_OUT_CUE = re.compile(r"(?:等(?:有关|相关)?(?:部门|单位)?)?(?:要|应|应当|须|负责)?" + CARRY_OUT_WORDS)


# (s27-assign3, guide R31) Where no lead is named and the sentence gives the item to organs with 负责, a later comma clause
# whose subject only carries the item out (`由县农业局、县畜牧局分别负责，各乡镇组织实施`, `县建设局负责规划编制指导，县环保局
# 配合，各乡镇和村委会组织实施`) is one more assignment of the item: `responsible` (spec 1.1 section 6: an organ assigned
# work, also without 负责). The verb closes the clause: the item's work itself, not a task of its own with an object.
# After a lead the same clause stays co (CARRY_OUT_CUE, s19).
CARRY_OUT_OWN = re.compile(r"(?:要|应|应当|须|负责)?(?:具体)?(?:组织实施|组织落实|抓好?(?:具体)?落实|具体落实|具体实施)"
                           r"(?=[，,。；;]|$)")


# (s30-assign, guide R47) A collective of the governments below (`各地政府`, `各县（市、区）人民政府`, `各乡（镇）`,
# `各镇（街道）`, `乡镇人民政府`; (s31-assign) `地方各级人民政府`, as central notices write it) given the carrying-out
# beside a named lead (`由省民政厅会同省发展改革委负责指导督促，各地政府具体组织实施`) does its own work at its own level: `responsible` (R31), not the `co` of a peer organ (R14).
# (s40b-assign) the committees of those levels too, written with their governments (`A牵头，各区（市、县）党委、政府落实`,
# `各级党委、政府落实`): the pair shares one clause, so both take the carrying-out's role.
LOWER_LEVELS = re.compile(r"^(?:地方)?(?:各|(?=乡镇|[县市区乡镇]级))(?:[省市州盟县区旗乡镇地]|街道|苏木|级|[（(、）)])+"
                          r"(?:人民政府|政府|街道办事处|办事处|党委|党工委)?$")


# (s31-assign, guide R47) The same collective after a lead inside an annotation or a sentence read as one (`县教育局牵头，
# 县财政局配合，各乡镇抓好落实`, `（国家林草局牵头，…按职责分工负责，地方各级人民政府落实）`): its carrying-out is its own work at
# its own level, `responsible`, as in the prose reading of `由A牵头，B配合，C具体组织实施` (a07's and a128's golds under R47).
# Not with a 负责 of its own (`由A牵头，各乡（镇）人民政府负责组织实施`: a peer's 负责 inside the lead's assignment, R14, as
# a141's and a252's golds read it), and not the organs of a carry clause (`以下均需X落实`, R29).
LOWER_CARRY_OUT = re.compile(r"(?:要|应|应当|须)?(?:具体)?(?:组织)?(?:实施|落实|承办|执行)(?=[，,。；;）)]|$)"
                             r"|(?:要|应|应当|须)?" + CARRY_OUT_WORDS)


def _lower_levels_carrying_out(text: str, given: list, before: int) -> list:
    # the collective opens its clause (`，各乡镇抓好落实`, `，各县、各乡镇具体实施`): the subject of the carrying-out, not the
    # partner of another organ's 会同 (`B会同各县区人民政府组织实施`: co)
    opening = {nm.mention.start for nm, _ in given if text[nm.mention.start - 1:nm.mention.start] in CLAUSE_OPENERS}
    for nm, _ in sorted(given, key=lambda x: x[0].mention.start):
        if text[nm.mention.start - 1:nm.mention.start] == "、" and any(
                o.mention.end == nm.mention.start - 1 and o.mention.start in opening for o, _ in given):
            opening.add(nm.mention.start)
    return [(nm, "responsible" if role == "co" and nm.mention.start < before and nm.mention.start in opening
             and LOWER_LEVELS.match(nm.name) and LOWER_CARRY_OUT.match(text, nm.mention.end) else role)
            for nm, role in given]


CLAUSE_OPENERS = frozenset("，,；;（(。：:")


def _lower_levels_own(add):
    def add_own(task, nm, role):
        add(task, nm, "responsible" if role == "co" and LOWER_LEVELS.match(nm.name) else role)
    return add_own


# (s34-assign, guide R31) The carrying-out handed on inside the duty sentence to an organ named after 由 or 明确
# (`X负责…的审批和监督管理，具体工作由Y组织实施`, `…，具体事务由Y承担`, `…，明确本级Y具体实施`): the organ that does the
# work under the subject's 负责 is assigned it too, `responsible`, as R31's carrying-out clause (spec 1.1 section 6: an
# organ given the item's work). The verb closes the clause; a unit the tables do not know as an organ gets nothing.
CARRY_OUT_AGENT = re.compile(r"具体(?:工作|事务|业务|事项)?由|明确(?=本级|同级|[^，,。；;]{2,20}?具体)")
CARRY_OUT_BY_AGENT = re.compile(r"(?:具体)?(?:组织实施|组织落实|实施|承担|办理|执行|承办)(?=[，,。；;]|$)")


def _carry_out_clauses(text: str, s: int, e: int, task: str, by_start: dict, add) -> None:
    for c in stdlib_twin(COMMA).finditer(text, s, e):
        agent = CARRY_OUT_AGENT.match(text, c.end(), e)
        subject, pos = _co_list(text, agent.end() if agent else c.end(), e, by_start)
        pos = _past_committees(text, pos, e)
        if subject and (CARRY_OUT_OWN.match(text, pos, e) or agent and CARRY_OUT_BY_AGENT.match(text, pos, e)):
            for nm in subject:
                add(task, nm, "responsible")


# `各乡镇和村委会组织实施`: villagers' committees listed after the places are no organs (guide D44) and do not void them.
# ((s30-articles) also with the bracket before 民, `各村（社区）党组织、村（居）民委员会负责…`, as county 细则 write both kinds of
# village committee)
# (s34-assign) and the full forms the 办法 of cities write after the street offices (`街道办事处（乡镇人民政府）、社区居民
# 委员会负责初审`, `…、社区居（村）民委员会负责…`, `…、居（村）民委员会…`): the community before the committee, the village
# as the bracketed alternative of the residents
LISTED_COMMITTEES = re.compile(r"(?:[、和及](?:各|相关|有关)?(?:社区)?(?:村|居|社区)(?:[（(](?:居|村|社区)[）)])?(?:民)?(?:[（(][居村][）)])?"
                               r"(?:委会|委员会))+")


def _past_committees(text: str, pos: int, e: int) -> int:
    m = LISTED_COMMITTEES.match(text, pos, e)
    return m.end() if m else pos


# (s25-assign2) After a lead named by 牵头 in the same sentence, a comma clause whose subject is a list closed by 等部门 /
# 等单位 doing the work with its own verb (`由市计委、市外经贸局牵头协调，市国土资源局、市建设局等部门优先保障用地指标`): the
# group is the rest of the lead's assignment (spec 1.1 section 6: once a lead is named, every other department of the
# same assignment is co; A18 a211). Not a group with a cue of its own (负责, 牵头, 会同: their clauses) nor a make-up (为/组成).
GROUP_AFTER_LEAD = re.compile(r"等(?:有关|相关)?(?:部门|单位)(?:要|应|应当|须|将)?"
                              r"(?!负责|负总责|牵头|会同|为|是|作为|组成|的|[，,。；;])")


# After a lead in the same sentence, `B、C为成员单位` / `B、C等部门作为专班成员`: the members work on the lead's
# assignment (spec 1.1 section 6: co). Without a lead a member list assigns nothing (tests/test_assignments_precision.py).
MEMBER_CUE = re.compile(r"(?:等(?:有关|相关)?[^，,。；为是]{0,8}?)?(?:为|是|作为)(?:[^，,。；]{0,12}?的)?成员(?:单位|部门)?")


# (s36-assign) After a lead in the same sentence, `B、C等部门组成联合执法队伍，重点整治…` / `B、C组成检查组开展检查`: the organs
# form the team that does the item's work, one more part of the lead's assignment (spec 1.1 section 6: once a lead is
# named, every other organ of the same assignment is co; A40 a477's gold). Only a team that goes on to the work: the
# make-up of a body alone (`…由A牵头，B、C组成。`, `B、C组成的专班`) stays R10/R11's (no triple for B, C).
FORMED_CUE = re.compile(r"(?:等(?:有关|相关)?(?:部门|单位))?(?:共同|联合)?组成(?!的)[^，,。；;的]{0,12}?(?:队伍|队|组|专班)"
                        r"(?=[，,]?[^，,。；;\s]{2})")


# `区工信局、区大数据中心协同推进`: a name the tables miss, written like an organ, inside a co list does not
# void the organs known before and after it (issue 12: an unknown name never voids the rest).
# (s32-assign2) also before the list's last joiner 及 (`镇国土所、镇林业站、镇农业服务中心及相关村配合`)
UNKNOWN_ORGAN = re.compile(r"[、和]([^、，,。；;：:\s（(]{2,12}?(?:局|委|办|中心|站|所|队|院|会|室|处|部|机构))(?=[、和及]|等|要|应|积极|主动|密切|共同|协同|配合|参与|参加|协助|协办)")


def _places_after(text: str, pos: int, e: int, subject: list) -> int:
    """(s17) `由A、<a unit the tables miss>及各地区负责`: the places listed after the passed unit are subjects too
    (kept as written, spec 1.1 section 5), as they are after an organ."""
    while text[pos:pos + 1] in ("、", "和", "及") and (place := _place_at(text, pos + 1, e)):
        subject.append(place)
        pos = place.mention.end
    return pos


def _past_unknown(fragment, text: str, pos: int, e: int, by_start: dict, subject: list) -> int:
    """Past the `、<unknown name>` fragments `fragment` matches in a list (UNKNOWN_ORGAN in a co list,
    UNKNOWN_SUBJECT in a subject list), and the known organs after them; `pos` if none."""
    while True:
        m = fragment.match(text, pos, e)
        if not m:
            return pos
        pos = m.end()
        if text.startswith(("、", "和", "及"), pos) and pos + 1 in by_start:
            more, pos = _listed_organs(text, pos + 1, by_start)
            subject += more
        if not text.startswith(("、", "和", "及"), pos):
            return pos


# An alternative organ after 或/或者 that the tables miss, ending like a function-named organ, before a cue word.
# (s38-assign) the same alternative followed by the next member of the subject's list
ALTERNATIVE_IN_LIST = re.compile(r"或者?[^、，,。；;：:\s（()）或]{2,12}?(?:机关|部门|机构)(?=[、和及])")
UNKNOWN_ALTERNATIVE = re.compile(r"或者?[^、，,。；;：:\s（()）或]{2,12}?(?:机关|部门|机构)(?=(?:要|应当|应|须|具体)?(?:牵头|会同|负责))")


# A development zone or new area listed among assignees (`各镇、经开区`, `各街道、高新区`): no organ of its own in the
# tables; it does not void the organs listed with it.
UNKNOWN_ZONE = re.compile(r"[、和]([^、，,。；;：:\s（(]{0,6}?(?:开发区|经开区|高新区|园区|度假区|新区|保税区|示范区|合作区))"
                          r"(?=[、和及]|等|为|是|作为|要|应|积极|主动|密切|共同|协同|配合|参与|参加|协助|协办|[，,。；])")


# A school, enterprise or association listed with the co organs (`省教育厅、省民政厅、省老年大学配合`, `市商务局、市供电公司
# 参与`): no department itself (spec 1.1 section 5), it does not void the organs listed before it.
# (s17) also a library, museum or archive (`省档案馆`, `市图书馆`, `县文化馆`: 事业单位, no department)
# (s25-assign) an enterprise's registered name may hold a bracketed word (`内蒙古电力（集团）有限责任公司`, `…（控股）有限公司`)
_NAME_BRACKET = r"[（(][^（()）、，,。；;：:\s]{1,6}[）)]"
UNKNOWN_UNIT_CO = re.compile(r"[、和及]((?:[^、，,。；;：:\s（(]|" + _NAME_BRACKET + r"){2,20}?(?:" + _UNIT_ALT + r")"
                             r"|[^、，,。；;：:\s（(]{1,12}?(?:" + _VENUE_ALT + r"))"
                             r"(?=[、和及]|等|要|应|积极|主动|密切|共同|协同|配合|参与|参加|协助|协办|[，,。；])")


# A unit the tables miss (a 事业单位 such as 县融媒体中心, an enterprise such as 县供电公司: no department, spec 1.1
# section 5) written in a subject list with organs does not void the organs' duty (docs/decisions/assignments-s8.md).
LEVEL_CHARS = frozenset("省市县区镇乡")
# (s17-assign2: also after 自治区/自治州/自治县, and a library, museum or archive, `自治区档案馆`, `县文化馆`; s24-assign: a
# broadcaster, `县广播电视台`, `市电台`, a media 事业单位 like 县融媒体中心)
# (s25-assign: a unit's name holds no cue word, so `镇城运中心会同规建办、动迁办…` is no unit `城运中心会同规建办`)
UNKNOWN_UNIT = (r"(?:自治[区州县]|[省市县区镇乡])(?:(?:(?!会同|牵头|负责|配合)[^、，,。；;：:\s（()）]){1,10}?(?:中心|站|所|队|院|公司|局|办|委|会)"
                r"|[^、，,。；;：:\s（()）]{0,8}?(?:" + _VENUE_ALT + r"))")
BARE_LEADING_UNIT = re.compile(r"(?:(?!会同|牵头|负责|配合|参与|协助|等)[^、，,。；;：:\s（()）]){2,12}?(?:服务中心|中心|站|所|队)、")


def _past_bare_unit(text: str, pos: int, e: int, by_start: dict) -> int | None:
    """Where a known organ starts after a town's own unit written without its town at `pos` (BARE_LEADING_UNIT, a
    unit the tables miss opening a list: `派出所、市场监管所…`), else None."""
    bare = BARE_LEADING_UNIT.match(text, pos, e)
    return bare.end() if bare and bare.end() in by_start else None
LEADING_UNKNOWN = re.compile(UNKNOWN_UNIT + r"[、和]")
# (s28-assign2) A township's service centre written with the office it houses as its second sign in a bracket
# (`乡村建设服务中心（村镇建设办）负责…`, `农业综合服务中心（农业办）负责…`): the centre is a 事业单位 (guide D39), the bracketed
# office the organ given the duty (one body, two signs; spec 1.1 section 6 `负责`).
UNIT_SECOND_SIGN = re.compile(r"(?:(?!会同|牵头|负责|配合)[^、，,。；;：:\s（()）]){2,12}?(?:服务中心|中心|站)[（(]")
# (speed only, s31) UNIT_SECOND_SIGN's bracket is the first character of its match outside its run's class, at most
# 12 + 4 (服务中心) characters after the start: a stretch of 17 without （ or ( holds no match (most starts; the lazy run
# made each failed match cost ~3 µs).
UNIT_SECOND_SIGN_REACH = 17


def _unit_second_sign(text: str, pos: int, end: int):
    """`UNIT_SECOND_SIGN.match(text, pos, end)`, tried only where a bracket lies within its reach."""
    if not _mark_within_reach(text, pos, end, UNIT_SECOND_SIGN_REACH, ("（", "(")):
        return None
    return UNIT_SECOND_SIGN.match(text, pos, end)
# (s36-assign) also a level written with its alternative bracketed, as the autonomous regions' and provinces' 办法 write the
# prefecture (`地（市）、县（区）民政部门负责…`, `州（市）、县（市、区）…`): the same shared head after the levels
LEVELS_BEFORE = re.compile(r"(?:[省市县区乡镇地州](?:[（(][省市县区乡镇地州盟旗、]{1,5}[）)])?、)+")  # `区、镇人民政府`, `市、县、乡人民政府`: level words before a shared head
LEVEL_OPENING_CHARS = LEVEL_CHARS | frozenset("地州")
LEVEL_HEADED = re.compile(r"[省市县区乡镇](?:级|两级|三级)?\p{Han}{0,12}(?:部门|机关)$"  # `县级教育行政部门` after `市、`
                          # (s28-assign) `市、县（区）民政局要会同财政部门…`: a level with its alternative bracketed and a bureau
                          r"|[县区市][（(][县区市旗、]{1,5}[）)]\p{Han}{1,12}(?:局|委员会|委|办|部门|机关)$")
# (s23) A unit the tables miss as the lead of a 会同 clause (`镇农业服务中心要会同镇财政所…`); only units of service
# (中心, 站, 所, 队, 院), not an office or bureau the tables miss, which may be a department
UNIT_WITH_PARTNERS = re.compile(r"(?:自治[区州县]|[省市县区镇乡])[^、，,。；;：:\s（()）]{1,10}?(?:服务中心|中心|站|院)"
                                r"(?:要|应当|应|须)?会同")
# (s25-assign) A military organ leading a 会同 clause (guide D49: armed forces, no department): the PLA's general
# departments and services, a military region, garrison or military subdistrict, the armed police
MILITARY_WITH_PARTNERS = re.compile(r"(?:中国人民解放军|解放军|中国人民武装警察部队|武警)[^、，,。；;：:\s（()）]{0,10}?(?:部|司令部|军区|军种|部队)"
                                    r"(?:要|应当|应|须)?会同|[^、，,。；;：:\s（()）]{1,8}?(?:军区|军分区|警备区)(?:要|应当|应|须)?会同")
# (also a collective of units that are no organs, `各学校`, `各高校` (s25-assign), `各有关医疗机构`, `各企业`: spec 1.1 section 5, no
# department)
UNIT_COLLECTIVE = r"各(?:有关|相关|级)?[^、，,。；;：:\s（()）]{0,6}?(?:学校|院校|高校|中小学|幼儿园|医院|医疗机构|卫生院|企业|机构|协会)"
# (s17) also an enterprise, bank, university or hospital of any level written out (`中国国家铁路集团有限公司`, `国家电网
# 公司`, `自治区农村信用社联合社`…`银行`): no department (spec 1.1 section 5), it does not void the organs listed with it
# (`由交通运输部、国家铁路局、中国国家铁路集团有限公司及各地区负责`, as the bracketed `（…按职责分工负责）` reads it).
NAMED_UNIT = (r"(?:[^、，,。；;：:\s（()）和及]|" + _NAME_BRACKET + r"){2,20}?(?:" + _UNIT_ALT + r")"
              r"|[^、，,。；;：:\s（()）和及]{1,12}?(?:" + _VENUE_ALT + r")")
# (s25-assign) a development zone in a subject list, with the town it sits in bracketed and its 管委会 written after it or
# once after the last (`各镇人民政府、张家港经济技术开发区（杨舍镇）、…、冶金工业园（锦丰镇）管委会负责…`): the tables miss it; it
# does not void the organs listed with it (as UNKNOWN_ZONE in a partner list)
ZONE_SUBJECT = (r"[^、，,。；;：:\s（()）和及]{0,10}?(?:开发区|经开区|高新区|工业园区|工业园|产业园|园区|度假区|新区|保税区|示范区|合作区)"
                r"(?:[（(][^（()）、，,。；;]{1,8}[）)])?(?:管委会|管理委员会)?")
# the town or street office a development zone sits in, bracketed after its name in a subject list, and the 管委会 that the
# list's zones share when written once after the last of them (`张家港保税区（金港镇）、冶金工业园（锦丰镇）管委会`)
ZONE_SEAT = re.compile(r"[（(][^（()）、，,。；;]{1,8}?(?:镇|乡|街道|街道办事处|办事处)[）)](?:管委会|管理委员会)?")
# (s25-assign2) `各地<field>主管部门` / `各级<field>行政部门` before its cue: the authority of every place in charge of a field
# (农业机械化, 中小企业) the sector tables do not hold. Not the groups that name no field (有关, 相关: collectives of their own).
EVERY_PLACE_AUTHORITY = re.compile(r"(?P<organ>各(?:地|级|地区|[省市县]级|省[（(]区、市[）)]|省[（(]自治区、直辖市[）)])"
                                   r"(?!有关|相关|其他)[\p{Han}]{2,10}?(?:主管部门|行政部门|管理部门))"
                                   r"(?=(?:要|应当|应|须|将|可)?(?:会同|牵头|负责))")
# (s25-assign2) an administrative committee governing an area in the place of a county government (`…行政委员会`,
# `…管理委员会` of a zone or farm area) listed after the governments it stands beside: the tables may miss it; it does
# not void them, before a cue or a duty toward the work (`各县（市）人民政府、X行政委员会对本辖区…负总责`)
COMMITTEE_SUBJECT = r"[^、，,。；;：:\s（()）和及]{2,10}?(?:行政委员会|管理委员会|管委会)"
# (s33-assign) A township's service unit written bare, without its level (`水利站`, `林业站`, `社区卫生服务中心`, `卫生院`,
# `中心学校`), as a town's own notice lists its 站所 beside its offices (`财政所、水利站会同各村…`, `国土所、林业站、水利站：分别
# 负责…`): a 事业单位, no department (spec 1.1 section 5; guide D39, D79); it does not void the organs listed with it, as
# HEADING_UNITS_FIRST's units before them do not. Only the endings of service units (站, 服务中心, 卫生院, schools).
BARE_SERVICE_UNIT = r"[^、，,。；;：:\s（()）和及]{1,8}?(?:站|服务中心|卫生院|中心学校|中心校|中心小学|小学|中学|幼儿园)"
# (s36-assign) A list member the tables miss that shares the level of the member before it, written without the level
# (`自治区党委督查室、政府督查室要会同…`: the region's government's office; `农业、畜牧水产部门负责…`: a sector the sector
# tables do not hold, under the head the sectors share): it gets nothing itself and does not void the members read
# (issue 12; R39: an unknown member voids nothing).
SHARED_LEVEL_MEMBER = r"(?:政府|党委)[\p{Han}]{1,8}?(?:室|办)|(?:(?!的|和|及|等)[\p{Han}]){2,6}?(?:行政主管|主管|行政)?部门"
UNKNOWN_SUBJECT = re.compile(r"[、和及](" + UNKNOWN_UNIT + "|" + UNIT_COLLECTIVE + "|" + NAMED_UNIT + "|" + ZONE_SUBJECT
                             + "|" + COMMITTEE_SUBJECT + "|" + BARE_SERVICE_UNIT + "|" + SHARED_LEVEL_MEMBER
                             # (s33-assign) also before the colon of an item headed by its organs (`A、<unit>：负责…`)
                             + r")(?=[、和及]|等|要|应|将|负责|牵头|会同|按|分别|共同|具体|统筹|[：:]|对[^，,。；;：:\n]{2,40}?负(?:总)?责)")


# An organ named after its government that the tables miss (`县级以上人民政府地震工作主管部门`, `市人民政府某某管理机构`).
# ((s37-articles) the organ's words hold no cue nor modal: `街道办事处、乡镇人民政府应当会同有关部门，因地制宜设置…` is the
# governments' own 会同, its partner no organ of theirs)
GOVERNMENT_ORGAN_TAIL = re.compile(r"(?:(?!会同|负责|牵头|应当|应(?!急)|要|须|必须|可以)[^，,。；;、\s和及与或（(：:]){1,14}?(?:主管部门|行政部门|管理部门|部门|机构|机关)(?=[，,、和及与或；;。\s]|负责|牵头|会同|按|应|要|在|依)")


# `（一）镇综治办职责：负责…`, `（二）县教育局主要职责：…`, `X的职责是负责…`: the organ's duties under a title word
# (an organ-headed duty item, spec 1.1 section 6); what follows is read as after the organ itself.
# (s16) The sectors of a government written after it, one at least unread by the tables (`发展计划、财政…`).
GOVERNMENT_SECTORS = re.compile(r"(?:[\p{Han}]{2,8}、)+[\p{Han}]{2,8}?(?:等(?:有关|相关|其他)?)?(?:行政主管|主管|行政)?部门")
# (s23: `X职责如下：`, `X的职责包括：`, how county and older statutes head an organ's listed duties)
DUTY_TITLE = re.compile(r"(?:的)?(?:主要|具体)?(?:工作)?职责(?:是|为|如下|包括)?(?=[：:]|负责|牵头)")


# What an organ's own 的 may open besides its duty title: its share of the work (`X的工作由…`, kept as before).
OWNED_DUTY = re.compile(r"(?:主要|具体)?(?:工作)?(?:职责|任务|责任)")


def _past_duty_title(text: str, pos: int, e: int) -> int:
    m = DUTY_TITLE.match(text, pos, e)
    return m.end() if m else pos


# `县人民政府委托（授权、指定）县住建局负责…`: the work is given to the delegate, not to the organ that delegates.
DELEGATING = ("委托", "授权", "指定", "责成")  # (`省政府责成省计委会同…`: the 1990s-2000s word for giving work to an organ)
# `市、区住房保障部门可以委托国有住房租赁公司…，负责…`: a later comma clause's 负责 is the delegate's (a unit that
# is no organ, spec 1.1 section 5), not the subject's.
DELEGATES = re.compile(r"委托|授权")
# `X受Y委托，负责…`, `X接受Y的委托具体负责…`, `X经Y授权，负责…`: the subject is the delegate (statutes of every era name
# an agency acting for the competent bureau so), given the duty; Y, the delegating organ, is given nothing.
PASSIVE_DELEGATION = re.compile(r"(?:受|接受|经)[^，,。；;：:\s]{2,24}?(?:的)?(?:委托|授权)[，,]?")
