"""s13-meta: layout and metadata classes of issue 11 ("read any notice right"). Snippets written for
these tests, in the style of other provinces, levels and eras than the notices that prompted them."""
import pytest

from pipeline import process_text


def md(text):
    return process_text(text).metadata


def paths(rec):
    return [(t.path, t.heading) for t in rec.tasks]


# Class 1: no title block, no signature: the 版记's printing organ is the only organ the document
# gives for itself (b5 adjudication), and it places the document.
PRINTED_CASES = [
    # a county's 意见 of the 2000s, the date in Chinese numerals on the organ's line
    ("为进一步做好全县农村义务教育工作，现提出如下意见：\n一、提高认识\n各乡镇要高度重视。\n二、加强领导\n"
     "县教育局负责组织实施。\n主题词：教育　意见\n抄送：县委办公室，县人大常委会办公室。\n"
     "宁都县人民政府办公室　二〇〇五年三月一日印发\n",
     ["宁都县人民政府办公室"], "江西省赣州市宁都县", "county", "2005-03-01"),
    # a prefecture's plan, the organ on its own line above the dated 印发
    ("为加快推进全市数字乡村建设，结合我市实际，制定本实施方案。\n一、总体要求\n（一）到2025年，全市建成一批数字乡村示范点。\n"
     "二、保障措施\n各县（市、区）要加强组织领导。\n抄送：市委各部门，市人大常委会办公室。\n赣州市人民政府办公室\n2022年6月8日印发\n",
     ["赣州市人民政府办公室"], "江西省赣州市", "prefecture", "2022-06-08"),
    # a provincial department printing its own measures, wide gap of em spaces before the date
    ("为促进全省农产品加工业发展，制定以下措施。\n一、加大财政支持\n对新认定的省级龙头企业给予奖励。\n二、强化金融服务\n"
     "鼓励金融机构加大信贷投放。\n湖南省农业农村厅\u2003\u2003 2021年11月3日印发\n",
     ["湖南省农业农村厅"], "湖南省", "province", "2021-11-03"),
]


@pytest.mark.parametrize("text,issuers,region,level,date", PRINTED_CASES)
def test_printing_organ_is_the_issuer_without_title_or_signature(text, issuers, region, level, date):
    m = md(text)
    assert (m.issuers, m.region, m.admin_level, m.issue_date) == (issuers, region, level, date)
    assert m.title is None and m.doc_number is None


def test_signature_still_names_the_issuer_over_the_printing_office():
    m = md("为进一步做好全县农村义务教育工作，现提出如下意见：\n一、提高认识\n各乡镇要高度重视。\n\n宁都县人民政府\n2005年3月1日\n"
           "抄送：县委办公室。\n宁都县人民政府办公室　2005年3月2日印发\n")
    assert (m.issuers, m.issue_date) == (["宁都县人民政府"], "2005-03-01")


def test_title_block_without_issuer_does_not_take_the_printing_office():
    # guide M15 still holds where the document has a title of its own: only a document with nothing
    # else of its own takes the printing organ
    m = md("关于加强城乡居民医疗保险基金管理的意见\n\n为加强基金管理，现提出如下意见：\n一、明确责任\n各区要落实责任。\n"
           "抄送：市委办公室。\n南宁市人民政府办公室　2016年4月5日印发\n")
    assert m.issuers == []
    assert m.title == "关于加强城乡居民医疗保险基金管理的意见"


def test_copy_list_line_is_not_an_organ():
    m = md("为加强全县防汛工作，制定本方案。\n一、明确责任\n各乡镇要落实防汛责任。\n抄送：县委办公室，县人大常委会办公室\n"
           "2019年5月6日印发\n")
    assert m.issuers == [] and m.issue_date == "2019-05-06"


# Class 2: an article's bracketed caption (条标) is its heading.
def test_article_captions_in_brackets():
    rec = process_text("北京市物业管理条例\n第一章　总则\n第一条　（目的和依据）\n为了规范物业管理活动，制定本条例。\n"
                       "第二条（适用范围）本条例适用于本市行政区域内的物业管理活动。\n第三条【管理原则】物业管理应当遵循业主自治原则。\n"
                       "第四条　本市各级人民政府应当加强对物业管理工作的领导。\n第五条　〔定义〕\n本条例所称物业管理，是指业主管理的活动。\n")
    assert paths(rec) == [("第一章", "总则"), ("第一章/第一条", "目的和依据"), ("第一章/第二条", "适用范围"),
                          ("第一章/第三条", "管理原则"), ("第一章/第四条", "本市各级人民政府应当加强对物业管理工作的领导"),
                          ("第一章/第五条", "定义")]
    for t in rec.tasks:
        assert rec.text[t.span[0]:t.span[1]] == t.quote


def test_article_followed_by_its_first_item_is_no_caption():
    rec = process_text("某县村级公益事业奖补办法\n第一条　为规范奖补资金管理，制定本办法。\n第二条　（一）奖补对象为行政村；\n（二）奖补资金由县财政安排。\n")
    assert ("第二条", "（一）奖补对象为行政村；") not in paths(rec)
    assert paths(rec)[1][0] == "第二条"
    assert not paths(rec)[1][1].startswith("一")


# Class 3: a list under a new parent whose first number is missing (`三、` then a paragraph, then `（二）`).
def test_list_whose_first_number_was_left_out_stays_under_its_parent():
    rec = process_text(
        "为推进全县茶产业高质量发展，制定本方案。\n一、总体要求\n（一）指导思想\n坚持绿色发展。\n（二）发展目标\n到2025年，茶园面积稳定在10万亩。\n"
        "二、重点任务\n推进茶园标准化建设。全面推行绿色防控。\n1.建设生态茶园。新建生态茶园1万亩。\n2.培育龙头企业。扶持企业做大做强。\n"
        "（二）拓展市场营销。加强品牌宣传。\n3.建设交易市场。建成茶叶交易中心。\n（三）强化科技支撑。\n4.推广良种。推广无性系良种。\n"
        "三、保障措施\n加强组织领导。成立工作专班。\n（二）加大资金投入。县财政每年安排专项资金。\n（三）强化督查考核。\n")
    assert [p for p, _ in paths(rec)] == ["一", "一/(一)", "一/(二)", "二", "二/1", "二/2", "二/(二)", "二/(二)/3", "二/(三)",
                                          "二/(三)/4", "三", "三/(二)", "三/(三)"]


def test_stray_second_number_without_successor_is_no_task():
    rec = process_text("为推进全县茶产业发展，制定本方案。\n一、总体要求\n（一）指导思想\n坚持绿色发展。\n（二）发展目标\n茶园稳定发展。\n"
                       "二、重点任务\n推进茶园建设。\n"
                       "（二）拓展市场营销。加强品牌宣传。\n三、保障措施\n加强组织领导。\n")
    assert "二/(二)" not in [p for p, _ in paths(rec)]


# Class 4: citations.
def cites(text):
    return [(c.title, c.doc_number) for c in process_text(text).citations]


HEAD = "成都市人民政府办公厅\n关于加强社会组织管理的通知\n\n各区（市）县人民政府：\n"


def test_genre_word_alone_and_report_forms_are_no_citations():
    text = HEAD + ("各协会的法定代表人由会长或《章程》规定的人员担任，按《办法》执行。建设单位应当编制《环境影响报告书》，"
                   "并依照《中华人民共和国社会团体登记管理条例》办理登记。\n")
    assert cites(text) == [("中华人民共和国社会团体登记管理条例", None)]


def test_cited_number_as_copies_print_it():
    text = HEAD + ("根据《广东省促进会展业发展若干措施》 （粤府办 〔2018〕12号）和《某市人工智能产业发展实施方案》（某工信发〔2102〕3号）"
                   "有关规定，现通知如下。\n")
    got = cites(text)
    assert [t for t, _ in got] == ["广东省促进会展业发展若干措施", "某市人工智能产业发展实施方案"]
    assert [n for _, n in got] == ["粤府办 〔2018〕12号", "某工信发〔2102〕3号"]


# Class 5: a web page's `来源：` line names the page's publishing office; a 政府令 (its header, its number,
# or a 题注 `…令第N号公布`) names the organ that issued the rule, and beats it.
ORDER_CASES = [
    "杭州市人民政府令\n发布时间：2021-03-02 来源：市政府办公厅\n第330号\n《杭州市城市道路管理办法》已经2021年2月8日市人民政府第80次常务会议"
    "审议通过，现予公布，自2021年5月1日起施行。\n市长　刘忻\n2021年2月20日\n杭州市城市道路管理办法\n第一条　为了加强城市道路管理，制定本办法。\n",
    "来源：市政府办公厅　发布时间：2021-03-02\n杭州市人民政府令第330号\n《杭州市城市道路管理办法》已经2021年2月8日市人民政府第80次常务会议"
    "审议通过，现予公布，自2021年5月1日起施行。\n市长　刘忻\n2021年2月20日\n杭州市城市道路管理办法\n第一条　为了加强城市道路管理，制定本办法。\n",
    "杭州市城市道路管理办法\n来源：杭州市人民政府办公厅　发布时间：2021-03-02\n（2021年2月20日杭州市人民政府令第330号公布）\n"
    "第一条　为了加强城市道路管理，制定本办法。\n第二条　本市行政区域内城市道路的管理，适用本办法。\n",
]


@pytest.mark.parametrize("text", ORDER_CASES)
def test_order_beats_the_pages_source_line(text):
    m = md(text)
    assert (m.issuers, m.region, m.admin_level, m.issue_date) == (["杭州市人民政府"], "浙江省杭州市", "prefecture", "2021-02-20")


def test_source_line_still_names_the_publisher_of_a_self_titled_policy():
    m = md("关于进一步做好高校毕业生就业工作的意见\n来源：贵阳市人力资源和社会保障局　发布时间：2022-05-10\n"
           "为做好高校毕业生就业工作，提出如下意见：\n一、拓宽就业渠道\n各区（市、县）要积极开发岗位。\n")
    assert m.issuers == ["贵阳市人力资源和社会保障局"]


# Class 6: the 附件说明 glued to the signature (no gap between the last attachment's name and the organ).
GLUED_ATTACHMENT = [
    ("附件：1.春季造林任务分解表\n2.春季造林进度统计表宁都县人民政府办公室\n2020年3月6日\n",
     ["宁都县人民政府办公室"], "附件：1.春季造林任务分解表\n2.春季造林进度统计表"),
    ("附件：宁都县春季造林任务分解表中共宁都县委办公室2020年3月6日\n",
     ["中共宁都县委办公室"], "附件：宁都县春季造林任务分解表"),
]


@pytest.mark.parametrize("tail,issuers,attachments", GLUED_ATTACHMENT)
def test_attachment_list_glued_to_the_signature(tail, issuers, attachments):
    text = ("关于做好2020年春季造林工作的通知\n\n各乡镇人民政府，县直各单位：\n现将有关事项通知如下：\n一、加强组织领导\n"
            "各乡镇要落实责任。\n二、强化督查\n县林业局负责督查。\n" + tail)
    rec = process_text(text)
    assert (rec.metadata.issuers, rec.metadata.issue_date) == (issuers, "2020-03-06")
    assert [d.name for d in rec.departments] == ["各乡镇", "宁都县林业局"]
    assert rec.text.rstrip().endswith("2020年3月6日")
    assert attachments.replace("\n", "") in rec.text.replace("\n", "")


def test_attachment_named_after_an_organ_is_not_cut_without_a_date():
    rec = process_text("关于报送统计资料的通知\n\n各乡镇：\n请于3月底前报送。\n附件：宁都县统计局\n")
    assert rec.metadata.issuers == []


# Class 7: a body with no issuer (no title block, no signature, no 版记) placed by its own organs and words:
# a city's 市X局 and 我市 in a body that names its province once; a county-level city that names its
# prefecture; a city district's 本区; an autonomous region's 自治区X委.
# (a long measures text: its opening names a provincial programme, the city only further on)
_ITEMS = "".join(f"{k}.支持企业技术改造。对年度设备投资额超过1000万元的技术改造项目，按设备投资额的10%给予补助，最高不超过500万元。"
                 f"（责任单位：市经信局、市财政局）\n" for k in range(2, 40))
BODY_REGION_CASES = [
    ("为加快全市新能源汽车产业发展，促进我市产业转型升级，结合我市实际，制定以下政策措施。\n一、支持整车企业做大做强\n"
     "1.对年产值首次突破100亿元的整车企业，给予500万元奖励。对入选湖北省制造业单项冠军的企业，给予100万元奖励。（责任单位：市经信局、市财政局）\n"
     + _ITEMS + "40.设立宜昌市新能源汽车产业发展基金。（责任单位：市财政局）\n二、加强组织保障\n41.各县市区要完善配套政策，推动我市政策落地。\n",
     "湖北省宜昌市", "prefecture"),
    ("为加快本区养老服务体系建设，根据北京市有关要求，结合本区实际，制定本方案。\n一、完善设施布局\n到2025年，全区建成街道养老服务中心20个，"
     "落实《北京市居家养老服务条例》。\n二、加强队伍建设\n朝阳区各街道要配齐养老服务专员，北京市民政局给予指导。"
     "本区各部门要加强协同。\n",
     "北京市朝阳区", "county"),
    ("为推进我区数字经济发展，结合全区实际，制定本方案。\n一、总体要求\n到2025年，全区数字经济规模突破1万亿元。南宁市、柳州市要发挥引领作用。\n"
     "二、保障措施\n自治区发展改革委负责统筹，自治区财政厅配合，本区各市要抓好落实。\n",
     "广西壮族自治区", "province"),
    # (the county-level city's programme named after its province, `广东技工`: the province named most, its
    # prefecture and the city itself once each)
    ("为深入实施“广东技工”工程，推动我市技工教育发展，根据广东省有关部署，结合我市实际，制定本方案。\n一、扩大培养规模\n"
     "到2022年，全市技工院校在校生达到3000人。（责任单位：市人力资源和社会保障局）\n二、保障措施\n市财政局要安排专项资金。"
     "梅州市技师学院给予指导。广东省技工教育联盟支持兴宁市技工学校建设。\n",
     "广东省梅州市兴宁市", "county"),
]


@pytest.mark.parametrize("text,region,level", BODY_REGION_CASES)
def test_body_without_issuer_placed_by_its_own_organs(text, region, level):
    m = md(text)
    assert m.issuers == []
    assert (m.region, m.admin_level) == (region, level)


def test_lost_first_item_at_the_arabic_level():
    rec = process_text("为做好全县秋冬季森林防火工作，制定本方案。\n一、重点任务\n（一）加强火源管控\n1.严格野外用火审批。\n2.加强重点时段巡查。\n"
                       "（二）强化应急处置\n各乡镇要完善应急预案。\n2.加强扑火队伍建设。各乡镇组建半专业扑火队。\n3.储备扑火物资。县应急管理局负责。\n"
                       "二、保障措施\n加强组织领导。\n")
    assert paths(rec) == [("一", "重点任务"), ("一/(一)", "加强火源管控"), ("一/(一)/1", "严格野外用火审批"),
                          ("一/(一)/2", "加强重点时段巡查"), ("一/(二)", "强化应急处置"), ("一/(二)/2", "加强扑火队伍建设"),
                          ("一/(二)/3", "储备扑火物资"), ("二", "保障措施")]


# Class 8: the order that first promulgated a revised rule, in the 题注 under its title, is a cited document;
# the rule's own order is not. A standard's number keeps its `简称` note.
def test_first_order_of_a_revised_rule_is_cited():
    rec = process_text("湖南省人民政府令\n第305号\n《湖南省实施〈中华人民共和国土地管理法〉办法》已经2021年5月10日省人民政府第95次常务会议"
                       "修订通过，现予公布，自2021年7月1日起施行。\n省长　毛伟明\n2021年5月20日\n"
                       "湖南省实施《中华人民共和国土地管理法》办法\n（2000年3月31日湖南省人民政府令第123号公布　2021年5月10日"
                       "湖南省人民政府第95次常务会议修订通过）\n第一条　为了加强土地管理，根据《中华人民共和国土地管理法》，制定本办法。\n"
                       "第二条　本省行政区域内的土地管理，适用本办法。\n")
    got = [(c.title, c.doc_number) for c in rec.citations]
    assert rec.metadata.doc_number == "湖南省人民政府令第305号"
    assert (None, "湖南省人民政府令第123号") in got
    assert ("中华人民共和国土地管理法", None) in got
    assert not any(n and "305" in n for _, n in got)


def test_own_order_in_the_note_is_not_cited():
    rec = process_text("某省城市供水管理办法\n（2019年6月3日某省人民政府令第88号公布）\n第一条　为了加强城市供水管理，制定本办法。\n"
                       "第二条　本办法自2019年8月1日起施行。\n")
    assert rec.metadata.doc_number and "第88号" in rec.metadata.doc_number
    assert [c.doc_number for c in rec.citations] == []


def test_standard_number_with_its_short_name():
    text = HEAD + "对照《信息安全技术 网络安全等级保护基本要求》（GB/T 22239-2019，简称等保2.0）开展测评。\n"
    assert cites(text) == [("信息安全技术 网络安全等级保护基本要求", "GB/T 22239-2019")]


def test_one_document_under_two_titles_keeps_the_fuller_one():
    text = ("国务院办公厅关于同意郑州市开展跨境电子商务综合试点的复函\n\n河南省人民政府：\n"
            "你省《关于申请设立郑州跨境电子商务综合试验区的请示》（豫政文〔2015〕112号）收悉。经研究，现函复如下：\n"
            "一、同意开展试点。\n二、《河南省人民政府关于申请设立郑州跨境电子商务综合试验区的请示》（豫政文〔2015〕112号）所提事项，"
            "由商务部会同有关部门办理。\n")
    assert cites(text) == [("河南省人民政府关于申请设立郑州跨境电子商务综合试验区的请示", "豫政文〔2015〕112号")]
    c = process_text(text).citations[0]
    assert process_text(text).text[c.span[0]:c.span[1]] == c.quote


# Class 9: the 版记 of older notices: a printing line dated in Chinese numerals, the printing organ on its own
# line above the bare `…日印发`, a 抄送 list wrapped onto a second line. A date alone above them (the organ was its
# seal) is the signature date; none of those lines is body.
def test_seal_date_above_an_older_banji():
    m = md("宜春市人民政府文件\n宜府发〔2005〕12号\n\n宜春市人民政府\n关于加强农村饮水安全工作的通知\n\n各县（市、区）人民政府，市政府各部门：\n"
           "为加强农村饮水安全工作，现通知如下：\n一、提高认识\n各地要高度重视。\n\n二○○五年三月一日\n\n主题词：饮水　安全　通知\n"
           "抄送：市委办公室，市人大常委会办公室，\n市政协办公室。\n宜春市人民政府办公室　二○○五年三月二日印发\n")
    assert (m.issuers, m.issue_date, m.doc_number) == (["宜春市人民政府"], "2005-03-01", "宜府发〔2005〕12号")


def test_printing_organ_above_its_date_is_not_body():
    rec = process_text("为加快推进全市数字乡村建设，结合我市实际，制定本实施方案。\n一、总体要求\n（一）到2025年，全市建成一批数字乡村示范点。\n"
                       "二、保障措施\n各县（市、区）要加强组织领导，市农业农村局负责统筹。\n抄送：市委各部门，市人大常委会办公室，\n各民主党派市委。\n"
                       "赣州市人民政府办公室\n2022年6月8日印发\n")
    assert rec.metadata.issuers == ["赣州市人民政府办公室"]
    names = [d.name for d in rec.departments]
    assert "赣州市农业农村局" in names
    assert not any("人民政府办公室" in n or "民主党派" in n for n in names)


@pytest.mark.parametrize("note", ["（赣州市人民政府办公室2022年6月8日印发）", "（二〇二二年六月八日赣州市人民政府办公室印发）"])
def test_closing_printing_note_of_a_collection_copy(note):
    rec = process_text("为加快推进全市数字乡村建设，结合我市实际，制定本实施方案。\n一、总体要求\n（一）到2025年，全市建成一批数字乡村示范点。\n"
                       "二、保障措施\n各县（市、区）要加强组织领导。\n" + note + "\n")
    m = rec.metadata
    assert (m.issuers, m.issue_date, m.region, m.admin_level) == (["赣州市人民政府办公室"], "2022-06-08", "江西省赣州市", "prefecture")
    assert all("办公室" not in d.name for d in rec.departments)
