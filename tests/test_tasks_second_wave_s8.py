"""Session 8, second wave (s8b-layout): numbered lines that are not tasks, and items that a web copy
ran together on one line, by construction class. Snippets written for these tests in the style of
several offices, levels and eras (not copied from any corpus); exact expected items per spec 1.1
section 4 and docs/decisions/layout-meta-s8.md ("Second wave")."""
import pytest

from pipeline.document import process_text


def _run(text):
    rec = process_text(text, doc_id="t").model_dump()
    assert all(rec["text"][t["span"][0]:t["span"][1]] == t["quote"] for t in rec["tasks"])
    return rec


def _tasks(text):
    return [(t["path"], t["heading"]) for t in _run(text)["tasks"]]


# --- class 2: items of a web copy run together after an item's responsibility note -------------------

RUN_TOGETHER = [
    pytest.param(
        '关于印发某某区2022年营商环境优化提升工作方案的通知\n\n各街道办事处，区政府各部门：\n一、重点任务\n'
        '（一）深化商事制度改革。推行企业开办“一网通办”。（牵头单位：区市场监管局；配合单位：区政务服务中心）'
        '（二）优化工程建设项目审批。压减审批时限。（牵头单位：区住房城乡建设局）'
        '（三）提升纳税便利度。推广电子税务局。（牵头单位：区税务局）\n二、保障措施\n各单位要明确专人负责。\n\n'
        '某某区人民政府办公室\n2022年3月15日\n',
        [('一', '重点任务'), ('一/(一)', '深化商事制度改革'), ('一/(二)', '优化工程建设项目审批'),
         ('一/(三)', '提升纳税便利度'), ('二', '保障措施')],
        id='district_lead_and_co_notes'),
    pytest.param(
        '关于做好2016年秋季学期学生资助工作的通知\n\n各县（市、区）教育局：\n现就有关事项通知如下：\n'
        '一、落实资助政策\n1.做好建档立卡学生资助。确保应助尽助。（市教育局负责）2.规范助学金发放。按学期足额发放。（各县区教育局负责）'
        '3.加强资助宣传。\n二、加强资金管理\n各地要专款专用。\n\n某市教育局\n2016年8月30日\n',
        [('一', '落实资助政策'), ('一/1', '做好建档立卡学生资助'), ('一/2', '规范助学金发放'),
         ('一/3', '加强资助宣传'), ('二', '加强资金管理')],
        id='city_bureau_arabic_after_note'),
    # the number after the note is not the next one: no certain split, the line stays one item
    pytest.param(
        '关于加强秸秆禁烧工作的通知\n\n各乡镇人民政府：\n一、工作措施\n'
        '（一）落实网格化监管。乡镇包村、村包组。（责任单位：各乡镇）（三）加强巡查。\n二、工作要求\n各乡镇要严格落实。\n\n'
        '某县人民政府办公室\n2013年10月8日\n',
        [('一', '工作措施'), ('一/(一)', '落实网格化监管'), ('二', '工作要求')],
        id='county_note_then_skipped_number'),
]


@pytest.mark.parametrize("text,want", RUN_TOGETHER)
def test_items_run_together_after_a_note(text, want):
    assert _tasks(text) == want


# --- class 1: numbered lines that are not tasks ---------------------------------------------------

NOT_TASKS = [
    # a contact list in an attachment, copied as lines of cells: table rows (spec section 4)
    pytest.param(
        '关于开展2019年度农村人居环境整治督查的通知\n\n各乡镇人民政府：\n一、督查内容\n各乡镇村庄清洁行动开展情况。\n'
        '二、时间安排\n4月中旬开展。\n\n附件：各乡镇联络员名单\n\n某县农村人居环境整治领导小组办公室\n2019年4月2日\n\n附件\n\n各乡镇联络员名单\n'
        '1.城关镇　刘某某　13909311234\n2.东关镇　赵某　0931-2345678\n3.西川乡　孙某某　13512345678、0931-3456789\n',
        [('一', '督查内容'), ('二', '时间安排')],
        id='county_contact_rows_in_attachment'),
    pytest.param(
        '关于报送2020年防汛责任人名单的通知\n\n各区人民政府：\n请于5月10日前报送名单。\n（一）市防汛办 李某 (020)83331234\n'
        '（二）市水务局 陈某 020-83335678\n\n某市防汛防旱防风总指挥部办公室\n2020年5月2日\n',
        [],
        id='city_contact_rows_paren'),
    # a contact named in a sentence (colon) is an item of the notice and stays a task
    pytest.param(
        '关于开展2023年度职称评审工作的通知\n\n各有关单位：\n一、评审范围\n全市事业单位专业技术人员。\n二、有关要求\n'
        '（一）严格审核把关。各单位要认真审核。\n（二）联系方式。联系人：周某，电话：0471-6661234。\n\n某市人力资源和社会保障局\n2023年6月1日\n',
        [('一', '评审范围'), ('二', '有关要求'), ('二/(一)', '严格审核把关'), ('二/(二)', '联系方式')],
        id='contact_in_a_sentence_stays'),
    # a materials list on lines of its own is a list of numbered items: tasks (the labelled gold of the opened
    # sets reads 申请材料 lists so); no change
    pytest.param(
        '关于做好2010年度残疾人创业扶持资金申报工作的通知\n\n各县（区）残联：\n一、申报对象\n持证残疾人。\n二、申报材料\n'
        '（一）申请表；\n（二）残疾人证复印件；\n（三）营业执照复印件。\n\n某市残疾人联合会\n2010年3月2日\n',
        [('一', '申报对象'), ('二', '申报材料'), ('二/(一)', '申请表'), ('二/(二)', '残疾人证复印件'),
         ('二/(三)', '营业执照复印件')],
        id='materials_list_stays'),
]


@pytest.mark.parametrize("text,want", NOT_TASKS)
def test_numbered_lines_that_are_not_tasks(text, want):
    assert _tasks(text) == want


# --- a plan's table of contents: its 目录 line is no title ---------------------------------------------

@pytest.mark.parametrize("contents", ['目录', '目　录', '目  录'])
def test_contents_line_is_no_title(contents):
    text = ('某自治区“十四五”综合交通运输发展规划\n\n' + contents + '\n一、发展基础\n二、总体要求\n三、主要任务\n\n'
            '一、发展基础\n“十三五”期间，交通运输发展成效显著。\n二、总体要求\n坚持交通先行。\n三、主要任务\n加快综合立体交通网建设。\n')
    rec = _run(text)
    assert rec["metadata"]["title"] == '某自治区“十四五”综合交通运输发展规划'
    assert [(t["path"], t["heading"]) for t in rec["tasks"]] == [('一', '发展基础'), ('二', '总体要求'), ('三', '主要任务')]


# --- rows of an indicator table copied as lines of cells ----------------------------------------------

@pytest.mark.parametrize("rows", [
    '1　森林覆盖率（%）　42.5　45　约束性\n2　湿地保护率（%）　50　55　预期性\n',
    '（1）城镇新增就业人数（万人）　12 15\n（2）城镇调查失业率（%）　5.5 5.5\n',
    '1.农作物耕种收综合机械化率　70%　75%\n2.设施农业机械化率　40%　50%\n',
], ids=['county_plan_attribute_column', 'city_plan_two_values', 'province_percent_cells'])
def test_indicator_rows_are_no_tasks(rows):
    text = ('关于印发某某县“十四五”林业发展规划的通知\n\n各乡镇人民政府，县直各单位：\n一、发展目标\n到2025年，主要指标如下：\n'
            + rows + '二、重点任务\n（一）加强森林资源保护。各乡镇要落实林长制。\n（二）推进国土绿化。\n\n某某县人民政府\n2021年9月6日\n')
    assert _tasks(text) == [('一', '发展目标'), ('二', '重点任务'), ('二/(一)', '加强森林资源保护'), ('二/(二)', '推进国土绿化')]


def test_item_with_a_year_and_a_figure_stays():
    # prose items hold numbers too, but never two figures side by side apart by a space only
    text = ('关于做好2015年春季植树造林工作的通知\n\n各乡镇人民政府：\n一、目标任务\n1.完成人工造林2万亩，成活率达到85%以上。\n'
            '2.2015年 4月底前完成义务植树\n\n某县人民政府办公室\n2015年2月26日\n')
    assert _tasks(text) == [('一', '目标任务'), ('一/1', '完成人工造林2万亩，成活率达到85%以上'), ('一/2', '2015年4月底前完成义务植树')]


# --- a copy that lost its line breaks and its spaces: title, 文号 and addressee run together --------------

SPACELESS = [
    pytest.param('关于做好冬季森林防火工作的通知黔西南府办发〔2009〕88号各县（市）人民政府，州直各部门：为做好今冬明春森林防火工作，'
                 '现就有关事项通知如下：一、加强组织领导。各地要高度重视。二、开展隐患排查。各单位要全面排查。某某州人民政府办公室2009年11月2日',
                 {'title': '关于做好冬季森林防火工作的通知', 'doc_number': '黔西南府办发〔2009〕88号', 'issue_date': '2009-11-02'},
                 [('一', '加强组织领导'), ('二', '开展隐患排查')], id='prefecture_with_number'),
    pytest.param('某省人民政府关于加快推进农业机械化的意见各市、县人民政府，省政府各部门：为加快推进农业机械化，现提出如下意见：'
                 '一、总体要求。到2025年，综合机械化率达到75%。二、重点任务。加快补齐短板。某省人民政府2019年6月3日',
                 {'title': '某省人民政府关于加快推进农业机械化的意见', 'doc_number': None, 'issue_date': '2019-06-03',
                  'doc_type': '意见'},
                 [('一', '总体要求'), ('二', '重点任务')], id='province_opinion_without_number'),
    pytest.param('中共某县委办公室 某县人民政府办公室关于印发某县2020年脱贫攻坚工作要点的通知各乡镇党委、政府，县直各单位：'
                 '现将《某县2020年脱贫攻坚工作要点》印发给你们，请认真贯彻落实。中共某县委办公室 某县人民政府办公室 2020年3月5日',
                 {'title': '某县2020年脱贫攻坚工作要点', 'notice_title': '关于印发某县2020年脱贫攻坚工作要点的通知',
                  'issuers': ['中共某县委办公室', '某县人民政府办公室'], 'issue_date': '2020-03-05'},
                 [], id='county_joint_transmittal'),
    pytest.param('渝府办发〔2012〕77号关于做好2012年度春运工作的通知各区县（自治县）人民政府，市政府各部门：春运即将开始，'
                 '现就有关事项通知如下：一、加强组织协调。各地要成立春运领导小组。二、保障运输安全。各部门要加强检查。某市人民政府办公厅2012年1月5日',
                 {'title': '关于做好2012年度春运工作的通知', 'doc_number': '渝府办发〔2012〕77号', 'issue_date': '2012-01-05'},
                 [('一', '加强组织协调'), ('二', '保障运输安全')], id='number_before_title'),
    pytest.param('关于开展2017年安全生产月活动的通知（皖安办〔2017〕9号）各市安委办，省安委会各成员单位：根据国务院安委会部署，'
                 '现就有关事项通知如下：一、活动主题。全面落实企业安全生产主体责任。二、活动安排。各地要认真组织。某省安全生产委员会办公室2017年5月20日',
                 {'title': '关于开展2017年安全生产月活动的通知', 'doc_number': '皖安办〔2017〕9号', 'issue_date': '2017-05-20'},
                 [('一', '活动主题'), ('二', '活动安排')], id='bracketed_number_after_title'),
]


@pytest.mark.parametrize("text,meta,tasks", SPACELESS)
def test_spaceless_heading(text, meta, tasks):
    rec = _run(text)
    assert {k: rec["metadata"][k] for k in meta} == meta
    assert [(t["path"], t["heading"]) for t in rec["tasks"]] == tasks


# --- a web page's own sections after the document (links, a 解读) -------------------------------------

PLAN = ('某某旗农村牧区人居环境整治三年行动实施方案\n\n为改善农村牧区人居环境，制定本方案。\n一、工作目标\n到2020年，农村牧区人居环境明显改善。\n'
        '二、主要任务\n（一）推进生活垃圾治理。\n（二）开展厕所革命。\n')
PLAN_TASKS = [('一', '工作目标'), ('二', '主要任务'), ('二/(一)', '推进生活垃圾治理'), ('二/(二)', '开展厕所革命')]


@pytest.mark.parametrize("tail", [
    '\n相关链接：\n1、某某旗人民政府\n2、某某盟行政公署\n',
    '\n解读：\n1.出台背景。为贯彻落实中央部署。\n2.主要内容。方案分为两部分。\n',
    '\n【政策解读】\n一、起草背景\n二、主要内容\n',
    '\n答记者问\n一、问：为何出台？\n答：为了改善环境。\n',
    '\n相关附件：\n1.某某旗改厕补助申请表.doc\n2.承诺书.doc\n',
    '\n1.某某旗改厕补助申请表.docx\n2.某某旗农村牧区厕所改造验收表.PDF\n',
], ids=['related_links', 'jiedu_colon', 'jiedu_bracketed', 'press_qa', 'download_label', 'file_links'])
def test_page_sections_after_the_document_are_no_tasks(tail):
    assert _tasks(PLAN + tail) == PLAN_TASKS
