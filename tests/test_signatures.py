"""Joint signatures: many organs on one line, names spaced out character by character, a
signature glued to the last paragraph (with or without its date). Snippets written for these
tests (not from any corpus)."""
from pipeline.clean import normalize_string
from pipeline.document import process_text

BODY = """关于做好2022年高校毕业生就业创业工作的通知
各市、县（市、区）教育局，各高等学校：
为做好2022年高校毕业生就业创业工作，现将有关事项通知如下。
一、拓宽就业渠道
（一）扩大政策性岗位招录规模。各地要积极配合做好相关工作。
（二）支持自主创业。落实创业担保贷款政策。
二、强化就业服务
各高校要加强就业指导。
"""


def _md(text):
    rec = process_text(text, doc_id="s").model_dump()
    return rec["metadata"], [d["name"] for d in rec["departments"]]


def test_ten_organs_on_one_line():
    text = ("湖南省教育厅等十部门关于进一步加强中小学生体质健康管理工作的意见\n湘教发〔2023〕12号\n各市州人民政府，省直有关单位：\n"
            "为进一步加强中小学生体质健康管理，现提出如下意见。\n一、总体要求\n到2025年，全省中小学生体质健康优良率达到55%以上。\n"
            "二、主要任务\n（一）开齐开足体育课。各地教育行政部门要督促学校落实体育课时要求。\n"
            "湖南省教育厅 湖南省发展和改革委员会 湖南省财政厅 湖南省人力资源和社会保障厅 湖南省卫生健康委员会 湖南省体育局 "
            "共青团湖南省委员会 湖南省妇女联合会 湖南省科学技术协会 湖南省残疾人联合会\n2023年6月8日\n")
    md, departments = _md(text)
    assert md["issuers"] == ["湖南省教育厅", "湖南省发展和改革委员会", "湖南省财政厅", "湖南省人力资源和社会保障厅",
                             "湖南省卫生健康委员会", "湖南省体育局", "共青团湖南省委员会", "湖南省妇女联合会",
                             "湖南省科学技术协会", "湖南省残疾人联合会"]
    assert md["issue_date"] == "2023-06-08"
    assert "湖南省残疾人联合会" not in departments  # the signature is not body


def test_letter_spaced_names_on_one_line():
    md, departments = _md(BODY + "浙 江 省 教 育 厅        浙 江 省 人 力 资 源 和 社 会 保 障 厅\n2022年3月15日\n")
    assert md["issuers"] == ["浙江省教育厅", "浙江省人力资源和社会保障厅"]
    assert md["region"] == "浙江省" and md["issue_date"] == "2022-03-15"
    assert departments == []


def test_letter_spaced_names_on_their_own_lines():
    md, _ = _md(BODY + "浙　江　省　教　育　厅\n浙　江　省　财　政　厅\n2022年3月15日\n")
    assert md["issuers"] == ["浙江省教育厅", "浙江省财政厅"]


def test_signature_and_date_glued_to_the_last_paragraph():
    md, departments = _md(BODY.rstrip("\n") + "浙江省教育厅 浙江省财政厅 2022年3月15日\n")
    assert md["issuers"] == ["浙江省教育厅", "浙江省财政厅"] and md["issue_date"] == "2022-03-15"
    assert departments == []


def test_signature_glued_after_a_bracketed_note_and_short_names_written_out():
    text = ("各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n为推进算力网络建设，现提出以下意见。\n"
            "一、完善布局\n（一）统筹建设枢纽节点。（各地区、各部门负责）国家发展改革委\n中 央 网 信 办\n工业和信息化部\n国 家 能 源 局\n2021年5月24日\n")
    # a lost line break ran the last item's note and the first organ together
    assert "（各地区、各部门负责）国家发展改革委\n中央网信办\n" in normalize_string(text).text
    md, _ = _md(text)
    assert md["issuers"] == ["国家发展和改革委员会", "中共中央网络安全和信息化委员会办公室", "工业和信息化部", "国家能源局"]
    assert md["region"] == "全国" and md["admin_level"] == "central"


def test_letter_spacing_is_removed_only_from_spaced_lines():
    text = normalize_string("通 知 书\n湖南省教育厅 湖南省财政厅\n是 否\n").text
    assert text.split("\n") == ["通知书", "湖南省教育厅 湖南省财政厅", "是 否"]


def test_seal_mark_and_full_width_date():
    rec = process_text(BODY + "福建省教育厅（盖章）\n２０２２年３月１５日\n（此件主动公开）\n", doc_id="s")
    assert rec.metadata.issuers == ["福建省教育厅"]
    assert rec.metadata.issue_date == "2022-03-15"
    assert rec.metadata.evidence["issue_date"].quote == "２０２２年３月１５日"  # quotes stay as written
    assert rec.departments == []


def test_signature_date_with_dots():
    rec = process_text(BODY + "福建省教育厅\n2022.3.15\n", doc_id="s")
    assert rec.metadata.issuers == ["福建省教育厅"] and rec.metadata.issue_date == "2022-03-15"
    assert rec.departments == []


def test_signatures_glued_with_dates_in_chinese_numerals_and_wide_gaps():
    """Written for this test: an issuer glued to the last paragraph before a date in Chinese numerals,
    an organ and its date on one line after two spaces, and a notice signed by its date alone."""
    from pipeline.document import process_text
    body = "各省、自治区、直辖市人民政府：\n现将有关事项通知如下。\n一、加强领导\n各地要加强组织领导。\n二、狠抓落实\n各地要抓好落实。"
    md = process_text("国务院办公厅关于做好防汛工作的通知\n" + body + "国务院办公厅一九九八年六月二日\n", doc_id="a").metadata
    assert md.issuers == ["国务院办公厅"] and md.issue_date == "1998-06-02"
    md = process_text("关于做好集中参保工作的通告\n" + body + "\n成都市医疗保障事务中心  2024年9月1日\n", doc_id="b").metadata
    assert md.issuers == ["成都市医疗保障事务中心"] and md.issue_date == "2024-09-01"
    md = process_text("关于增加诊疗科目的通知\n" + body + "本通知自下发之日起执行。  二〇〇九年一月十九日\n", doc_id="c").metadata
    assert md.issue_date == "2009-01-19"
