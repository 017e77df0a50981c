"""Session 27 (issue 11): a web page pasted as text loses its paragraph breaks, so GB/T 9704 headings arrive glued
into the running text. The numbering still says where a paragraph opens; the clean stage cuts there, so the later
stages see the paragraphs of the printed notice. Snippets written for these tests (other provinces, levels and eras
than the notices that showed the gaps); exact expected lines, tasks and triples."""
from pipeline.clean import normalize_string
from pipeline.document import process_text


def _lines(text):
    return normalize_string(text).text.split("\n")


def _tasks(text):
    return [(t["path"], t["heading"]) for t in process_text(text, doc_id="t").model_dump()["tasks"]]


# A prefecture-level plan of a western province (2016), items numbered on through its sections, each item ending in
# a 责任单位 line, pasted from a portal as one body line.
CONTINUOUS = (
    "某州人民政府办公室关于印发某州电子商务进农村三年行动计划的通知\n"
    "各县（市）人民政府，州直有关部门：\n"
    "\u3000\u3000一、重点任务（一）完善农村物流体系1.建设县级物流配送中心。到2018年，每个县建成1个县级物流配送中心。"
    "责任单位：州商务局、州交通运输局2.打通末端配送网络。推动快递进村，整合邮政、供销网点。责任单位：州邮政管理局"
    "（二）培育电商主体3.培训电商人才。每年培训农村电商人才2000人次以上。责任单位：州人力资源社会保障局、州商务局"
    "4.扶持龙头企业。重点扶持10家电商龙头企业。责任单位：州工业和信息化局二、保障措施（一）加强组织领导。"
    "各县（市）要建立工作机制。（二）强化资金保障。州财政每年安排专项资金。\n"
    "某州人民政府办公室\n"
    "2016年5月10日\n"
)


def test_items_numbered_on_through_sections_are_cut_where_glued():
    got = [ln for ln in _lines(CONTINUOUS) if ln[:1] in "一二（1234" and not ln.endswith("日")]
    assert got == [
        "一、重点任务",
        "（一）完善农村物流体系",
        "1.建设县级物流配送中心。到2018年，每个县建成1个县级物流配送中心。责任单位：州商务局、州交通运输局",
        "2.打通末端配送网络。推动快递进村，整合邮政、供销网点。责任单位：州邮政管理局",
        "（二）培育电商主体",
        "3.培训电商人才。每年培训农村电商人才2000人次以上。责任单位：州人力资源社会保障局、州商务局",
        "4.扶持龙头企业。重点扶持10家电商龙头企业。责任单位：州工业和信息化局",
        "二、保障措施",
        "（一）加强组织领导。各县（市）要建立工作机制。",
        "（二）强化资金保障。州财政每年安排专项资金。",
    ]


def test_the_same_paste_with_spaces_for_breaks():
    spaced = CONTINUOUS.replace("局2.", "局 2.").replace("局（二）", "局 （二）").replace("局4.", "局 4.")
    assert _lines(spaced) == _lines(CONTINUOUS)


# A city's measures (办法) of a northern province in 2009 style: chapters, articles and their 项, pasted as one line a
# chapter. The 项 are cut where the line runs on into the next article; an article written with its 项 inline in a
# normal copy (no next article in the line) keeps them in its sentence.
ARTICLES = (
    "某市城市绿化管理办法\n"
    "\u3000\u3000第一章\u3000总\u3000则第一条\u3000为加强城市绿化管理，制定本办法。第二条\u3000本办法适用于本市城市规划区。\n"
    "\u3000\u3000第二章\u3000管理职责第三条\u3000市园林绿化局履行下列职责：（一）编制城市绿化规划；（二）组织绿化工程验收；"
    "（三）查处破坏绿化的行为。第四条\u3000各区人民政府负责本辖区的绿化工作。\n"
)


def test_chapter_heading_run_into_its_first_article_and_articles_items():
    assert _lines(ARTICLES) == [
        "某市城市绿化管理办法",
        "第一章 总 则",
        "第一条 为加强城市绿化管理，制定本办法。",
        "第二条 本办法适用于本市城市规划区。",
        "第二章 管理职责",
        "第三条 市园林绿化局履行下列职责：",
        "（一）编制城市绿化规划；",
        "（二）组织绿化工程验收；",
        "（三）查处破坏绿化的行为。",
        "第四条 各区人民政府负责本辖区的绿化工作。",
    ]


def test_inline_items_of_an_article_in_a_normal_copy_stay():
    text = ("某县农村宅基地管理办法\n第一条\u3000为规范宅基地管理，制定本办法。\n"
            "第二条\u3000申请宅基地按照以下程序办理：（一）本人申请；（二）村民小组讨论；（三）乡镇审批。\n"
            "第三条\u3000本办法自发布之日起施行。\n")
    assert "第二条 申请宅基地按照以下程序办理：（一）本人申请；（二）村民小组讨论；（三）乡镇审批。" in _lines(text)


def test_numbers_inside_sentences_stay():
    # `3.5万` is no item; `一、二级` after a word is no next item (一 is not the next of 一、); the standard part's heading
    # `总体要求` run on into its year is cut (SEQ_HEAD_TEXT)
    text = ("某市人民政府关于加快发展服务业的意见\n各区县人民政府：\n"
            "\u3000\u3000一、总体要求到2025年，服务业增加值达到3.5万亿元，培育一、二级供应商100家。"
            "二、主要任务（一）发展现代物流。建设物流园区2个。（二）发展金融服务。\n")
    assert [ln for ln in _lines(text) if ln[:1] in "一二（到"] == [
        "一、总体要求",
        "到2025年，服务业增加值达到3.5万亿元，培育一、二级供应商100家。",
        "二、主要任务",
        "（一）发展现代物流。建设物流园区2个。",
        "（二）发展金融服务。",
    ]


def test_the_paste_reads_as_the_printed_notice():
    assert _tasks(CONTINUOUS) == [
        ("一", "重点任务"), ("一/(一)", "完善农村物流体系"), ("一/(一)/1", "建设县级物流配送中心"),
        ("一/(一)/2", "打通末端配送网络"), ("一/(二)", "培育电商主体"), ("一/(二)/3", "培训电商人才"),
        ("一/(二)/4", "扶持龙头企业"), ("二", "保障措施"), ("二/(一)", "加强组织领导"), ("二/(二)", "强化资金保障")]
    triples = [(x["task"], x["quote"], x["role"])
               for x in process_text(CONTINUOUS, doc_id="t").model_dump()["responsibilities"]]
    assert triples == [("一/(一)/1", "州商务局", "responsible"), ("一/(一)/1", "州交通运输局", "responsible"),
                       ("一/(一)/2", "州邮政管理局", "responsible"), ("一/(二)/3", "州人力资源社会保障局", "responsible"),
                       ("一/(二)/3", "州商务局", "responsible"), ("一/(二)/4", "州工业和信息化局", "responsible")]
    assert _tasks(ARTICLES)[4:8] == [
        ("第二章/第三条", "市园林绿化局履行下列职责"), ("第二章/第三条/(一)", "编制城市绿化规划"),
        ("第二章/第三条/(二)", "组织绿化工程验收"), ("第二章/第三条/(三)", "查处破坏绿化的行为")]


# A provincial office's work plan of 2019 (eastern coast style) pasted with no title block and no breaks at all: the
# indented body opens the paste; a standard part's heading runs on into its year; goal bullets follow a stop.
WHOLE = ("\u3000\u3000为深入推进全省农村生活垃圾分类工作，结合我省实际，制定本方案。一、总体要求（一）指导思想以习近平新时代中国"
         "特色社会主义思想为指导，坚持因地制宜、分类施策。（二）工作目标到2022年，全省农村生活垃圾分类覆盖面达到60%以上。"
         "——收运体系基本建立。每个乡镇建成1座垃圾中转站，每个行政村配备保洁员。——处理能力明显提升。资源化利用率达到45%以上，"
         "无害化处理率达到95%以上。二、主要任务"
         "（一）健全收运体系。各地要完善设施。（二）推进源头减量。各地要开展宣传。\n")


def test_a_paste_that_opens_with_the_body_is_cut_like_a_body_line():
    assert _lines(WHOLE) == [
        "为深入推进全省农村生活垃圾分类工作，结合我省实际，制定本方案。",
        "一、总体要求",
        "（一）指导思想",
        "以习近平新时代中国特色社会主义思想为指导，坚持因地制宜、分类施策。",
        "（二）工作目标",
        "到2022年，全省农村生活垃圾分类覆盖面达到60%以上。",
        "——收运体系基本建立。每个乡镇建成1座垃圾中转站，每个行政村配备保洁员。",
        "——处理能力明显提升。资源化利用率达到45%以上，无害化处理率达到95%以上。",
        "二、主要任务",
        "（一）健全收运体系。各地要完善设施。",
        "（二）推进源头减量。各地要开展宣传。",
    ]


def test_a_heading_that_is_no_standard_part_keeps_its_text():
    # `（一）主要任务完成情况` and `（二）2021年工作安排` are headings as written: no cut inside them
    text = CONTINUOUS.replace("（二）培育电商主体3.", "（二）主要任务完成情况。全年完成投资5亿元。3.").replace(
        "（二）强化资金保障。", "（二）2021年工作安排。")
    got = _lines(text)
    assert "（二）主要任务完成情况。全年完成投资5亿元。" in got and "（二）2021年工作安排。州财政每年安排专项资金。" in got
