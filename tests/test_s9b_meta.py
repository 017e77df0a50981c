"""s9b-meta: issuers, doc_type and title as other copies present them (snippets written for these tests)."""
from pipeline.document import process_text


def meta(text):
    return process_text(text, doc_id="t").model_dump()["metadata"]


def test_lead_in_above_the_title_it_names():
    # a web copy: the office only in the lead-in, then the plan's own title line and its text
    m = meta("日前，陕西省人民政府办公厅印发了《陕西省县域商业体系建设行动方案（2022—2025年）》，全文如下：\n"
             "陕西省县域商业体系建设行动方案\n（2022—2025年）\n"
             "为加快补齐农村商业设施短板，制定本方案。\n一、总体要求\n（一）完善县域商业网点。\n")
    assert m["title"] == "陕西省县域商业体系建设行动方案（2022—2025年）"
    assert m["issuers"] == ["陕西省人民政府办公厅"]
    assert m["doc_type"] == "行动方案"
    assert m["notice_title"] is None


def test_lead_in_with_approval_formula_and_joint_organs():
    m = meta("经县人民政府同意，中共黎平县委办公室、黎平县人民政府办公室印发《黎平县农村人居环境整治提升实施意见》。\n"
             "黎平县农村人居环境整治提升实施意见\n"
             "各乡镇要按照本意见要求抓好落实。\n一、目标任务\n")
    assert m["title"] == "黎平县农村人居环境整治提升实施意见"
    assert m["issuers"] == ["中共黎平县委办公室", "黎平县人民政府办公室"]
    assert m["doc_type"] == "实施意见"


def test_lead_in_naming_another_document_is_body():
    # the lead-in names a document, but the line under it is not that title: no title block is invented
    m = meta("近日，吉林省人民政府办公厅印发了《吉林省促进养老服务发展若干措施》。\n"
             "各地要结合实际抓好落实，省民政厅负责跟踪督促。\n")
    assert m["title"] is None
    assert m["issuers"] == ["吉林省人民政府办公厅"]
    assert m["doc_type"] == "措施"


def test_record_header_with_many_issuers_keeps_its_line():
    # a database record: a long 发文机关 field (eight organs) directly above the text
    organs = ["河北省人力资源和社会保障厅", "河北省发展和改革委员会", "河北省教育厅", "河北省财政厅",
              "河北省农业农村厅", "河北省商务厅", "河北省退役军人事务厅", "河北省残疾人联合会"]
    m = meta("标题：河北省职业技能提升行动实施方案\n发文机关：" + " ".join(organs) + "\n"
             "为贯彻落实国务院关于职业技能提升行动的决策部署，结合我省实际，制定本方案。\n一、目标任务\n（一）扩大培训规模。\n")
    assert m["issuers"] == organs
    assert m["title"] == "河北省职业技能提升行动实施方案"
    assert m["doc_type"] == "实施方案"


def test_lead_in_with_many_joint_organs():
    organs = ["湖南省教育厅", "湖南省发展和改革委员会", "湖南省财政厅", "湖南省人力资源和社会保障厅",
              "湖南省自然资源厅", "湖南省住房和城乡建设厅", "湖南省农业农村厅", "湖南省卫生健康委员会",
              "湖南省体育局", "共青团湖南省委员会"]
    m = meta("近日，" + "、".join(organs) + "联合印发了《湖南省学校体育工作三年行动计划》，全文如下：\n"
             "湖南省学校体育工作三年行动计划\n为加强学校体育工作，制定本计划。\n一、主要目标\n")
    assert m["issuers"] == organs
    assert m["doc_type"] == "行动计划"


def test_doc_number_after_a_space_on_the_title_s_last_line():
    m = meta("江西省人民政府办公厅关于加快推进\n县域商业体系建设的实施意见　赣府厅发〔2022〕15号\n"
             "各市、县（区）人民政府，省政府各部门：\n为加快推进县域商业体系建设，经省政府同意，提出如下意见。\n"
             "一、总体要求\n江西省人民政府办公厅\n2022年5月6日\n")
    assert m["title"] == "江西省人民政府办公厅关于加快推进县域商业体系建设的实施意见"
    assert m["doc_number"] == "赣府厅发〔2022〕15号"
    assert m["doc_type"] == "实施意见"
    assert m["issuers"] == ["江西省人民政府办公厅"]


def test_doc_number_in_lenticular_brackets_after_the_title():
    m = meta("关于印发宁夏回族自治区农村供水工程管理办法的通知【宁水发〔2015〕9号】\n"
             "各市、县（区）水务局：\n现将《宁夏回族自治区农村供水工程管理办法》印发给你们，请遵照执行。\n"
             "宁夏回族自治区水利厅\n2015年3月20日\n"
             "宁夏回族自治区农村供水工程管理办法\n第一条　为加强农村供水工程管理，制定本办法。\n")
    assert m["notice_title"] == "关于印发宁夏回族自治区农村供水工程管理办法的通知"
    assert m["title"] == "宁夏回族自治区农村供水工程管理办法"
    assert m["doc_number"] == "宁水发〔2015〕9号"
    assert m["doc_type"] == "办法"
    assert m["issuers"] == ["宁夏回族自治区水利厅"]


def test_signature_under_a_responsibility_note_keeps_its_line():
    m = meta("关于做好2018年春季学生资助工作的通知\n各乡镇中心学校，县直各学校：\n"
             "一、加强宣传。各校要通过多种渠道宣传资助政策。（县教育局负责）\n"
             "二、及时拨付资金。资助资金要按时足额拨付到位，各学校要建立资助档案，做到手续完备、专款专用、账目清楚。（县财政局负责）\n\n"
             "石门县教育局\n石门县财政局（盖章）\n2018年3月2日\n")
    assert m["issuers"] == ["石门县教育局", "石门县财政局"]
    assert m["issue_date"] == "2018-03-02"
