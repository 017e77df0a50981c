"""s17-form: the forms real notices reach users in (docs/decisions/form-swap-s17.md). Each class is tested on a
snippet written in the style of a province, level or era unlike the opened batches, with exact items, and
metamorphically: the same notice in the plain form gives the same scored items."""
from pipeline import process_text
from pipeline.nlp.simplify import fold_width, reading_text, simplified_line
from pipeline.score import norm


def _rec(text):
    r = process_text(text, doc_id="t").model_dump()
    for field in ("tasks", "departments", "responsibilities", "targets"):
        for x in r[field]:
            assert r["text"][x["span"][0]:x["span"][1]] == x["quote"]
    return r


def _tasks(r):
    return [(t["path"], norm(t["heading"])) for t in r["tasks"]]


def _scored(r):
    return {
        "meta": {k: norm(r["metadata"][k]) if isinstance(r["metadata"][k], str) else r["metadata"][k]
                 for k in ("title", "doc_number", "issue_date", "doc_type")},
        "tasks": _tasks(r),
        "deps": sorted({norm(d["name"]) for d in r["departments"]}),
        "triples": sorted({(norm(x["task"]), norm(x["department"]), x["role"]) for x in r["responsibilities"]}),
        "targets": sorted((float(t["value"]), norm(t["unit"]), t.get("year_end")) for t in r["targets"]),
    }


# ------------------------------------------------------------------ 1. a PDF copy hard-wrapped at the page width
# A Gansu county's plan as pdftotext gives it (30 units a line, no indent, a page number between pages).
# Item (一) runs over three lines; its second line ends in ； exactly at the page's width.
GANSU_PLAN_PDF = """临泽县人民政府办公室关于印发临泽县农村人居环境
整治提升实施方案的通知
临政办发〔2022〕41号
各乡镇人民政府，县直各部门：
现将《临泽县农村人居环境整治提升实施方案》印发给你们，请结
合实际，认真组织实施。
临泽县人民政府办公室
2022年6月8日
临泽县农村人居环境整治提升实施方案
为深入推进农村人居环境整治提升，结合我县实际，制定本方案。
一、重点任务
（一）推进农村厕所革命，逐步普及农村卫生厕所，新改建户用卫
生厕所统一标准，严禁新建旱厕和简易粪坑，对已建厕所逐户排查；
对排查出的问题厕所建立台账，限期整改到位。到2025年，全县农
村卫生厕所普及率达到80%。（牵头单位：县农业农村局）
— 2 —
（二）加强生活垃圾治理。健全村收集、乡镇转运、县处理的收运
处置体系，推动垃圾分类减量。（牵头单位：县住房和城乡建设局）
二、保障措施
各乡镇要落实属地责任；
县直各部门要加强协作配合，形成工作合力。
"""

# The same plan as a web page keeps one line a paragraph.
GANSU_PLAN_WEB = GANSU_PLAN_PDF.replace("逐步普及农村卫生厕所，新改建户用卫\n生厕所", "逐步普及农村卫生厕所，新改建户用卫生厕所") \
    .replace("逐户排查；\n对排查出的", "逐户排查；对排查出的").replace("到2025年，全县农\n村卫生", "到2025年，全县农村卫生") \
    .replace("健全村收集、乡镇转运、县处理的收运\n处置体系", "健全村收集、乡镇转运、县处理的收运处置体系") \
    .replace("— 2 —\n", "")


def test_hard_wrapped_line_ending_in_semicolon_joins_its_paragraph():
    r = _rec(GANSU_PLAN_PDF)
    heads = dict(_tasks(r))
    assert heads["一/(一)"] == norm("推进农村厕所革命，逐步普及农村卫生厕所，新改建户用卫生厕所统一标准，严禁新建旱厕和简易粪坑，"
                                    "对已建厕所逐户排查；对排查出的问题厕所建立台账，限期整改到位")
    # the item's text after the ； is read in the item: its target and its lead organ
    assert (80.0, "%", 2025) in _scored(r)["targets"]
    assert ("一/(一)", "临泽县农业农村局", "lead") in _scored(r)["triples"]
    assert _scored(r) == _scored(_rec(GANSU_PLAN_WEB))


def test_short_semicolon_line_keeps_its_break():
    # `各乡镇要落实属地责任；` is shorter than the page: the writer ended it there
    r = _rec(GANSU_PLAN_PDF)
    assert "各乡镇要落实属地责任；\n县直各部门" in r["text"]


def test_unwrapped_text_never_joins_at_semicolon():
    # a web copy (one paragraph a line, widths spread): a paragraph ending in ； keeps its break
    text = GANSU_PLAN_WEB.replace("各乡镇要落实属地责任；", "各乡镇要落实属地责任，把农村人居环境整治提升纳入重要议事日程，定期研究解决重大问题；")
    r = _rec(text)
    assert "定期研究解决重大问题；\n县直各部门" in r["text"]


# ------------------------------------------------------------------ 2. numbering in mixed bracket widths
# A Heilongjiang prefecture's notice typed with `(一）`: bare heading lines, their paragraph on the next line.
HLJ = """鹤岗市人民政府关于加快发展冰雪旅游产业的实施意见
鹤政发〔2019〕12号
各区人民政府，市政府各直属单位：
为加快发展冰雪旅游产业，现提出如下实施意见。
一、总体要求
(一）指导思想
深入践行绿水青山就是金山银山、冰天雪地也是金山银山的理念，推动冰雪旅游产业高质量发展。
（二)发展目标
到2022年，全市冰雪旅游接待人数达到300万人次。
二、重点任务
(一）打造冰雪旅游精品线路。由市文化广电和旅游局牵头，推出冰雪旅游精品线路。
鹤岗市人民政府
2019年10月21日
"""


def test_mixed_width_brackets_keep_a_bare_heading_on_its_line():
    r = _rec(HLJ)
    assert _tasks(r) == [("一", "总体要求"), ("一/(一)", "指导思想"), ("一/(二)", "发展目标"),
                         ("二", "重点任务"), ("二/(一)", "打造冰雪旅游精品线路")]
    plain = _rec(HLJ.replace("(一）", "（一）").replace("（二)", "（二）"))
    assert _scored(r) == _scored(plain)


# ------------------------------------------------------------------ 3. full-width digits in a plan's title line
# Ten signing bureaus push the plan's title below the head lines, where only the width rules keep its break.
GUANGXI = """各县（区）人民政府，市直各有关单位:
现将《北海市加快建设向海经济推动海洋经济高质量发展三年攻坚行动方案(２０２４-２０２６年)》印发给你们,请认真组织实施。
北海市发展和改革委员会
北海市工业和信息化局
北海市财政局
北海市自然资源局
北海市生态环境局
北海市交通运输局
北海市农业农村局
北海市商务局
北海市海洋局
北海市市场监督管理局
２０２４年３月１２日
北海市加快建设向海经济推动海洋经济高质量发展三年攻坚行动方案(２０２４-２０２６年)
为加快建设向海经济,推动海洋经济高质量发展,制定本方案。
一、主要目标
到２０２６年,全市海洋生产总值达到８００亿元。海洋产业结构持续优化,海洋科技创新能力显著增强,海洋生态环境质量保持良好,向海经济发展的体制机制更加完善。
二、重点任务
（一）壮大海洋渔业。推进深远海养殖,建设现代化海洋牧场,发展远洋捕捞和水产品精深加工,打造海洋渔业全产业链,提高渔业综合效益和渔民收入水平。
（二）发展临港产业。依托港口优势,培育临港先进制造业集群,推动石化、新材料、电子信息等产业延链补链强链,提升临港产业发展能级和核心竞争力。
（三）繁荣滨海旅游。整合滨海旅游资源,推进银滩、涠洲岛等景区提质升级,发展邮轮游艇、海洋研学等新业态,建设国际滨海度假目的地和区域性旅游中心。
"""


def test_full_width_digits_in_the_plan_title_line():
    r = _rec(GUANGXI)
    assert norm(r["metadata"]["title"]) == norm("北海市加快建设向海经济推动海洋经济高质量发展三年攻坚行动方案(2024-2026年)")
    half = _rec(GUANGXI.translate(str.maketrans("０１２３４５６７８９", "0123456789")))
    assert _scored(r) == _scored(half)


def test_fold_width_keeps_length():
    s = "方案(２０２４-２０２６年)，１．５万人"
    assert fold_width(s) == "方案(2024-2026年)，1.5万人" and len(fold_width(s)) == len(s)


# ------------------------------------------------------------------ 4. half-width stops of a web editor
def test_half_width_stops_beside_han_text_read_as_full_width():
    v = reading_text("需要配套建设学校的住宅区建设项目,自然资源主管部门在审查前;时间:10:30,共1,000人,平台,20家")
    assert v == "需要配套建设学校的住宅区建设项目，自然资源主管部门在审查前；时间：10:30，共1,000人，平台，20家"


HAINAN = """第十二条 需要配套建设幼儿园的居民住宅区建设项目，自然资源和规划主管部门在审查建设项目设计方案前，应当征求教育行政部门的意见。
第十三条 市、县、自治县人民政府应当将幼儿园建设纳入城乡规划，各乡镇培育３家以上示范幼儿园，２０家乡村幼儿园。
"""


def test_half_width_commas_give_the_same_organs_and_targets():
    r = _rec(HAINAN)
    web = _rec(HAINAN.replace("，", ","))
    assert _scored(web) == _scored(r)
    assert not any("," in d["name"] for d in web["departments"])


# ------------------------------------------------------------------ 5. a Traditional copy
def test_traditional_reply_letter_title():
    text = """國務院辦公廳關於加強邊境口岸建設建議的覆函
國辦函〔2003〕27號
海南省人民政府：
你省關於加強邊境口岸建設的建議收悉。經國務院同意，現函覆如下：
一、同意你省的建議。
國務院辦公廳
2003年4月2日
"""
    r = _rec(text)
    assert r["metadata"]["title"] == "国务院办公厅关于加强边境口岸建设建议的复函"
    assert r["metadata"]["doc_number"] == "国办函〔2003〕27号"
    assert simplified_line("培養兒童的興趣和想像力") == "培养儿童的兴趣和想象力"


# ------------------------------------------------------------------ 6. a task table's group rows numbered 一．
def test_group_row_with_full_width_stop():
    from pipeline.extract.task_tables import GROUP_ROW
    assert GROUP_ROW.match("一．知识产权保护方面（共5项）") and GROUP_ROW.match("二.科技金融方面")
    assert GROUP_ROW.match("三、军民融合方面") and not GROUP_ROW.match("一.5万元")
