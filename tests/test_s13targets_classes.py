"""Targets and years by construction class (session 13): how older, central and transmitted notices write the
period of a campaign, the amounts a tax or fee rule lets be deducted, the limits of an office, and the technical
levels of an industry plan.

* A range of years in Chinese numerals (`一九九八年至二〇〇〇年`, `二〇〇一—二〇〇三年`) is one period, as in digits.
* `―` (U+2015, the dash of GB2312-era texts, often doubled `――`) joins a range of dates or years like `—`:
  `1996年5月―1997年3月` is one period (spec 1.1 §8) and dates a campaign's targets (spec §7 plan period).
* A campaign's stated time limit is read for the old campaign words too (`清理整顿时限是…`, `清查时间为…`).
* A deduction or remission a tax or fee rule grants (`按照每月500元的标准定额扣除`, `在6000元限额内据实扣除`) is an
  amount the policy provides (spec §7 `给予每人1000元补贴`); `限额内`/`额度内` after an amount is a cap (`<=`), and an
  amount closing its clause as a `…额度`/`…限额` is the amount the rule fixes.
* A term or age limit of an office (`任期一般不超过两届`, `年龄不超过65周岁`) is a standard the policy fixes; an age
  that says who qualifies (`年满60周岁的`) stays out.
* A cut-off date of the units a reward is for (`对2019年1月1日后竣工的技改项目，按…给予补助`) is a condition of who
  qualifies: it is neither the target's year nor a past year that makes the sentence a report; `每引进1名…` counts
  what a reward is paid per (a denominator).
* Technical goals of a central industry plan in SI and computing units (`dB`, `Pa`, `TFLOPS`, `cm3/h`, `h`, `度`):
  a level each; a number in brackets right after a level, or a bracket giving the basis of a measure, and a measure
  that names the indicator whose level follows (`5米远场识别率超过92%`), are not levels of their own.

* `目前` that opens a clause reviews the present; `目前已建的…` inside a noun phrase does not. A number glued to a
  Latin letter before it (`C2M`, `O2O`) belongs to a code. Money a treasury puts up (`出资`, `拨款`) is provided.

* A year in the name of an event that carries it (`以2022年北京冬奥会为契机`, `2010年上海世博会`) is not a time
  expression (spec §8 years inside names), neither a year entry nor a target's year; `2025年举办全运会` dates.
* `每年` inside a `对…的企业，` clause that names who qualifies does not make the amount after it per year.
* A staffing ratio written as its one number (`生师比不高于18`, `床护比不低于0.6`) is a ratio (unit 比值, guide TG14).

* A round magnitude of money without 元 after a noun of money and a verb of reaching (`产业规模过千亿`, `收入突破万亿`)
  is an amount in 元; not a size class (`千亿级产业集群`). An index's value (`发展指数达到125左右`) has the unit 指数.

Snippets written for this file, in the style of other provinces, levels and eras; run through the whole pipeline.
"""
from __future__ import annotations

import pytest

from pipeline import process_text
from tests.snippets import targets

# fmt: off
CASES = [
    # a provincial general office's campaign notice (1996 style): the time limit with a doubled U+2015 dash
    ("某省人民政府办公厅关于清理整顿集贸市场的通知\n一、清理整顿的时间\n清理整顿时限是1996年5月――1997年3月。\n"
     "二、清理整顿的要求\n（一）每个市场应有10名以上管理人员。\n某省人民政府办公厅\n一九九六年四月二十日\n",
     [("二/(一)", 10, "名", ">=", False, 1996, 1997)]),
    # a ministry's campaign (2003 style): 清查时间为 a range of months over two years, with an ordinary dash
    ("某部关于开展小型水库安全清查的通知\n一、清查时间为2003年10月—2004年6月。\n二、清查任务\n（一）完成清查小型水库2000座。\n"
     "某部\n2003年9月1日\n",
     [("二/(一)", 2000, "座", "=", False, 2003, 2004)]),
    # a provincial tax rule (2019 style): deduction standards, a cap written as 限额内, a quota closing its clause
    ("某省地方税费减免暂行办法\n第一条　纳税人赡养老人的支出，按照每月500元的标准定额扣除。\n"
     "第二条　纳税人发生的培训支出，在6000元限额内据实扣除。\n"
     "第三条　纳税人与其配偶分摊每月800元的扣除额度。\n",
     [("第一条", 500, "元", "=", False, None, None), ("第二条", 6000, "元", "<=", False, None, None),
      ("第三条", 800, "元", "=", False, None, None)]),
    # a county's rules for its trade associations (2001 style): term and age limits of the officers
    ("某县行业协会管理暂行规定\n第一条　协会会长任期一般不超过两届，年龄不超过65周岁。\n"
     "第二条　年满60周岁的会员可申请为荣誉会员。\n",
     [("第一条", 2, "届", "<=", False, None, None), ("第一条", 65, "周岁", "<=", False, None, None)]),
    # a central ministry's industry plan (2018 style): technical levels of products to reach by 2020
    ("某部关于印发智能硬件产业三年行动计划（2018—2020年）的通知\n一、重点任务\n（一）智能传感器。到2020年，"
     "灵敏度达到60dB、量程误差50Pa以内的气压传感器实现量产。\n"
     "（二）计算芯片。推出性能达到64TFLOPS（8位整型）、能效比超过2TOPS/W的边缘计算芯片。\n"
     "（三）增材制造装备。成形效率大于300cm3/h，连续工作时间大于500h，定位精度达到0.01度。\n"
     "（四）语音交互。3米远场唤醒率超过95%。\n",
     [("一/(一)", 60, "dB", "=", False, None, 2020), ("一/(一)", 50, "Pa", "<=", False, None, 2020),
      ("一/(二)", 64, "TFLOPS", "=", False, 2018, 2020), ("一/(二)", 2, "TOPS/W", ">", False, 2018, 2020),
      ("一/(三)", 300, "cm3/h", ">", False, 2018, 2020), ("一/(三)", 500, "h", ">", False, 2018, 2020),
      ("一/(三)", 0.01, "度", "=", False, 2018, 2020), ("一/(四)", 95, "%", ">", False, 2018, 2020)]),
    # a city's industry measures (2020 style, no title block, dated by its signature): a cut-off date of the units a
    # reward is for says who qualifies; it neither dates the amounts nor makes them a report of the past
    ("一、支持技术改造\n1．对2019年1月1日后竣工的技改项目，按项目设备投资额的8％给予补助，最高补助200万元。\n"
     "2．对2018年后新认定的国家级技术中心，给予一次性奖励80万元。\n某市人民政府\n2020年3月2日\n",
     [("一/1", 8, "%", "=", False, None, None), ("一/1", 2000000, "元", "<=", False, None, None),
      ("一/2", 800000, "元", "=", False, None, None)]),
    # what a reward is counted per (`每引进1名…`) is a denominator, not a count to reach
    ("一、人才引进\n（一）每引进1名博士研究生，给予用人单位5万元补助。\n",
     [("一/(一)", 50000, "元", "=", False, None, None)]),
    # a central bureau's informatization plan (2013 style): 目前已建的 modifies a noun, the sentence reviews nothing
    ("一、重点工程\n（一）资源监管平台。整合目前已建的草原监测系统，实现对30亿亩草原的实时监管。\n",
     [("一/(一)", 3000000000, "亩", "=", False, None, None)]),
    # a sentence that opens with 目前 still reports the present
    ("一、基本情况\n（一）项目进展。目前该工程总投资调整为6亿元，其中3亿元尚未到位。\n", []),
    # a number inside a Latin code (`B2B`, `O2O`) is no quantity; money put up by a treasury (出资) is provided
    ("一、重点任务\n（一）发展B2B电子商务平台。\n（二）区财政每年出资2000万元用于平台建设。\n",
     [("一/(二)", 20000000, "元", "=", True, None, None)]),
    # issue 12: a staffing ratio written as its one number (`生师比不高于18`) is a ratio (guide TG14, unit 比值); `1∶N`
    # stays the share 1/N (guide TG11)
    ("某自治区关于加快发展现代职业教育的实施意见\n一、发展目标\n到2022年，中等职业学校生师比不高于20，"
     "二级以上医院床护比不低于0.6。\n二、保障措施\n（一）幼儿园生师比1∶15。\n",
     [("一", 20, "比值", "<=", False, None, 2022), ("一", 0.6, "比值", ">=", False, None, 2022),
      ("二/(一)", 6.67, "%", "=", False, None, None)]),
    # a province's industry plan (2022 style): a round magnitude of money without 元 after a noun of money, an index's value
    ("某省关于加快软件产业发展的实施意见\n一、主要目标\n力争到2025年，全省软件业务收入突破万亿，数字经济发展指数达到110左右。"
     "培育千亿级产业集群3个。\n",
     [("一", 1000000000000, "元", ">", False, None, 2025), ("一", 110, "指数", "~", False, None, 2025),
      ("一", 3, "个", "=", False, None, 2025)]),
    # the same year in a target's sentence does not date the target
    ("某省关于加快冰雪运动发展的实施意见\n一、目标\n以2022年北京冬奥会为契机，全省参与冰雪运动人数达到800万人。\n",
     [("一", 8000000, "人", "=", False, None, None)]),
    # 每年 inside the 对…的 clause naming who qualifies does not make the amount yearly; 每年 over the amount does
    ("一、支持政策\n（一）对年纳税额达到100万元以上、每年保持稳定增长的企业，给予三年80%房租补贴。\n"
     "（二）对入驻企业每年给予10万元运营补助。\n",
     [("一/(一)", 80, "%", "=", False, None, None), ("一/(二)", 100000, "元", "=", True, None, None)]),
    # a validity written as a range of dates with U+2015 (a county's measures, 2015 style)
    ("某县人民政府关于促进外贸发展的若干措施\n一、支持企业开拓市场。对参加境外展会的企业，按展位费的40%给予补贴。\n"
     "二、本措施有效期为2016年1月1日―2018年12月31日。\n某县人民政府\n2015年12月20日\n",
     [("一", 40, "%", "=", False, 2016, 2018)]),
    # hours written `h` before the service they describe are no level
    ("一、服务保障\n（一）开通热线，提供24h不间断服务，接通率达到95%以上。\n",
     [("一/(一)", 95, "%", ">=", False, None, None)]),
    # a slope class (`25度以上坡耕地`) picks out land; the area is the target
    ("一、目标任务\n（一）实施25度以上坡耕地退耕还林，完成退耕还林面积2万亩。\n",
     [("一/(一)", 20000, "亩", "=", False, None, None)]),
    # the basis of a measure in brackets (以…为基准) is not a level of its own
    ("某部关于印发计算芯片推进方案的通知\n一、目标\n推出能效比超过4TOPS/W（以8位整型为基准）的终端芯片。\n",
     [("一", 4, "TOPS/W", ">", False, None, None)]),
]
# fmt: on


def _norm(items):
    return [(t[0], float(t[1])) + tuple(t[2:]) for t in items]


@pytest.mark.parametrize("text,expected", CASES)
def test_s13_targets(text, expected):
    assert _norm(targets(text)) == _norm(expected)


YEAR_CASES = [
    # an old notice's range of months with U+2015 is one period (spec 1.1 §8), as with —
    ("某省人民政府关于开展企业清产核资工作的通知\n清查时限是1995年7月―1996年6月，分三个阶段进行。\n",
     {(1995, 1996)}),
    ("某地区行署关于整顿农村合作基金会的通知\n整顿工作从1998年11月――1999年5月进行。\n", {(1998, 1999)}),
    # a range of years in brackets with U+2015
    ("某市农业综合开发规划（2001―2005年）\n一、目标\n", {(2001, 2005)}),
    # a year in the name of an event that carries it (`2008年北京奥运会`) is no time expression; a year that dates
    # holding an event is
    ("某市人民政府关于发展体育产业的意见\n以2008年北京奥运会为契机，发展体育产业。2012年举办全运会。\n", {(2012, 2012)}),
    # ranges of years in Chinese numerals (older central notices), with and without 年 after the first year
    ("某部关于实施农村电网改造工程的通知\n一九九九年至二〇〇一年，完成农村电网改造。二○○二—二○○四年进行巩固。\n",
     {(1999, 2001), (2002, 2004)}),
]


def test_cn_year_range_offsets_hold_every_match():
    """CN_YEAR_RANGE is tried only at the offsets _cn_range_starts gives: the same matches as its finditer."""
    from pathlib import Path

    import pipeline.extract.years as Y
    from pipeline.scan import finditer_at

    root = Path(__file__).resolve().parents[1]
    texts = [p.read_text(encoding="utf-8") for p in sorted(root.glob("corpus/*.txt")) + sorted(root.glob("dev/corpus/*.txt"))]
    texts += [t for t, _ in YEAR_CASES] + ["一九九九年 至 二〇〇一年", "二〇〇一二〇〇二—二〇〇三年", "年二〇〇一——二〇〇三年"]
    for t in texts:
        plain = [m.span() for m in Y.CN_YEAR_RANGE.finditer(t)]
        fast = [m.span() for m in finditer_at(Y.CN_YEAR_RANGE, t, Y._cn_range_starts(t, Y._cn_year_starts(t)))]
        assert fast == plain, t[:40]


@pytest.mark.parametrize("text,expected", YEAR_CASES)
def test_s13_years(text, expected):
    r = process_text(text)
    for y in r.years:
        assert r.text[y.span[0]:y.span[1]] == y.quote
    assert {(y.start, y.end) for y in r.years} == expected
