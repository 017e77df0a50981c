"""(s12b) Copies that lost their line breaks: numbered items run into one line are split where the
numbering expects them (clean._ItemSequence). Snippets written for these tests, in other offices' styles."""
from pipeline import clean, process_text


def _lines(text: str) -> list[str]:
    return clean.normalize_string(text).text.split("\n")


def test_sub_items_run_into_one_line_are_split_in_order():
    text = ("某自治区人民政府办公厅关于加快发展林下经济的实施意见\n各盟行政公署、市人民政府：\n"
            "为促进林下经济发展，现提出如下意见。一、总体要求（一）指导思想。坚持生态优先，按照第三条规定执行。"
            "（二）基本原则。坚持1.5倍标准，（一）项所列除外。二、重点任务（一）发展林下种植。由自治区林草局负责。"
            "（二）发展林下养殖。由自治区农牧厅负责。")
    assert _lines(text)[2:] == [
        "为促进林下经济发展，现提出如下意见。",
        "一、总体要求",
        "（一）指导思想。坚持生态优先，按照第三条规定执行。",
        "（二）基本原则。坚持1.5倍标准，（一）项所列除外。",
        "二、重点任务",
        "（一）发展林下种植。由自治区林草局负责。",
        "（二）发展林下养殖。由自治区农牧厅负责。",
    ]


def test_an_enumeration_after_a_colon_stays_in_its_item():
    text = ("某县人民政府关于做好秋冬季森林防火工作的通知\n各乡镇人民政府：\n"
            "一、落实防火责任（一）压实属地责任。各乡镇要做到以下几点：1.建立包片责任制；2.落实护林员巡查；"
            "3.每月2.5次巡山。（二）强化部门责任。县应急局负责。")
    assert _lines(text)[2:] == [
        "一、落实防火责任",
        "（一）压实属地责任。各乡镇要做到以下几点：1.建立包片责任制；2.落实护林员巡查；3.每月2.5次巡山。",
        "（二）强化部门责任。县应急局负责。",
    ]


def test_out_of_order_numbers_and_quoted_titles_stay_in_their_sentence():
    text = ("某市财政局关于规范专项资金管理的通知\n各区财政局：\n"
            "一、加强预算管理。按照《某省专项资金管理办法。三、资金使用》执行。三、资金拨付另行通知。"
            "二、严格绩效评价。各区要在2023.12.31前完成。")
    assert _lines(text)[2:] == [
        "一、加强预算管理。按照《某省专项资金管理办法。三、资金使用》执行。三、资金拨付另行通知。",
        "二、严格绩效评价。各区要在2023.12.31前完成。",
    ]


def test_attachment_note_stays_one_line():
    text = ("某省教育厅关于开展评估工作的通知\n各市教育局：\n一、评估对象。全省高校。二、评估时间。2024年。"
            "附件：1.评估指标体系2.评估日程安排")
    assert _lines(text)[2:] == ["一、评估对象。全省高校。", "二、评估时间。2024年。附件：1.评估指标体系2.评估日程安排"]


def test_articles_run_into_one_line():
    text = ("某市城市供水管理办法\n第一条　为加强城市供水管理，制定本办法。第二条　本办法适用于本市行政区域。"
            "依照第三条规定申请的除外。第三条　市水务局负责全市供水管理工作。")
    assert _lines(text)[1:] == [
        "第一条 为加强城市供水管理，制定本办法。",
        "第二条 本办法适用于本市行政区域。依照第三条规定申请的除外。",
        "第三条 市水务局负责全市供水管理工作。",
    ]


def test_tasks_of_a_flattened_notice_keep_their_paths():
    text = ("某县人民政府办公室关于印发某县农村人居环境整治方案的通知\n各乡镇人民政府，县直各单位：\n"
            "现将方案印发给你们，请认真贯彻执行。一、主要任务（一）推进厕所革命。县农业农村局牵头，县卫健局配合。"
            "（二）治理生活污水。县生态环境分局负责。二、保障措施（一）加强组织领导。各乡镇负责。")
    rec = process_text(text, doc_id="t")
    paths = [t["path"] if isinstance(t, dict) else t.path for t in (rec["tasks"] if isinstance(rec, dict) else rec.tasks)]
    assert paths == ["一", "一/(一)", "一/(二)", "二", "二/(一)"]
