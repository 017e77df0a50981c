"""Session 15 (s15-assign): the classes built this session, each with a snippet written for the test in the style of a
province, level or era the opened batches do not show (exact triples; quotes grounded by _run)."""
from tests.test_organs_s5 import _run


def test_sectors_sharing_one_head_without_deng_hainan_article():
    # a 2012 Hainan 规定: `A、B、C部门负责…` (no 等): each bare sector is a subject of the duty article
    _, resp = _run("第一条　为了加强海洋渔业管理，制定本规定。\n第二条　农业农村、交通运输、公安部门负责渔船安全生产的"
                   "监督管理。\n第三条　本规定自2012年5月1日起施行。\n", "海南省", "province")
    assert resp == {("第二条", "农业农村部门", "responsible"), ("第二条", "交通运输部门", "responsible"),
                    ("第二条", "公安部门", "responsible")}


def test_levels_and_sectors_sharing_one_head_heilongjiang_city():
    # `市、区教育、卫生部门负责…`: the city's bureaus and the districts' departments (spec 1.1 §5 shared heads), all given it
    _, resp = _run("第一条　为了做好学校卫生工作，制定本办法。\n第二条　市、区教育、卫生部门负责学校卫生工作的监督指导。\n",
                   "黑龙江省哈尔滨市", "prefecture")
    assert resp == {("第二条", "哈尔滨市教育局", "responsible"), ("第二条", "区教育部门", "responsible"),
                    ("第二条", "哈尔滨市卫生局", "responsible"), ("第二条", "区卫生部门", "responsible")}


def test_shared_head_in_a_co_clause_after_a_lead_gansu_county():
    # `由A牵头，财政、审计部门配合`: the sectors sharing 部门 are co
    _, resp = _run("一、保障措施\n（一）加强监督。由县民政局牵头，财政、审计部门配合，做好资金监管。\n", "甘肃省定西市临洮县", "county")
    assert resp == {("一/(一)", "临洮县民政局", "lead"), ("一/(一)", "财政部门", "co"), ("一/(一)", "审计部门", "co")}


def test_a_head_already_written_is_not_passed_again_gansu_county():
    # the mention carries its own head (`县财政局`): the words after it are not a shared head
    _, resp = _run("一、保障措施\n（一）加强监督。县财政局部门预算中安排专项资金，县民政局负责资金发放。\n",
                   "甘肃省定西市临洮县", "county")
    assert resp == {("一/(一)", "临洮县民政局", "responsible")}


def test_hui_tong_in_a_list_divided_organ_by_organ_is_prose_qinghai_article():
    # `第二条 有关部门职责如下：（一）A负责…（二）B会同C…`: the 会同 item gives B lead and C co, not B responsible too
    _, resp = _run("第一条　为规范临时救助工作，制定本办法。\n第二条　有关部门职责如下：\n（一）民政部门负责临时救助的组织实施；\n"
                   "（二）省民政厅会同省财政厅制定临时救助标准；\n（三）卫生健康部门应当会同医疗保障部门做好医疗救助衔接。\n",
                   "青海省", "province")
    assert resp == {("第二条/(一)", "民政部门", "responsible"),
                    ("第二条/(二)", "青海省民政厅", "lead"), ("第二条/(二)", "青海省财政厅", "co"),
                    ("第二条/(三)", "卫生健康部门", "lead"), ("第二条/(三)", "医疗保障部门", "co")}


def test_organ_headed_duty_items_with_a_colon_hebei_county():
    # items headed by an organ and a colon in a 职责分工 list: `responsible`; one whose duty opens with 会同 is A lead, B co
    # (as before this session)
    _, resp = _run("三、职责分工\n（一）县发改局：负责项目谋划和申报。\n（二）县财政局：会同县发改局做好资金保障。\n",
                   "河北省保定市涞源县", "county")
    assert ("三/(一)", "涞源县发展和改革局", "responsible") in resp
    assert ("三/(二)", "涞源县财政局", "lead") in resp and ("三/(二)", "涞源县发展和改革局", "co") in resp


def test_own_place_word_before_the_subject_shanghai_article():
    # `本市各级X负责…` (Shanghai and Beijing 办法): the subject's mention starts at its marker, 本 is passed
    _, resp = _run("第一条　为了加强管理，制定本办法。\n第二条　本市各区人民政府负责本辖区的停车管理。\n", "上海市", "province")
    assert resp == {("第二条", "上海市各区人民政府", "responsible")}


def test_ground_then_share_of_competence_before_the_cue_shandong_article():
    # `A、B依照本条例规定，在各自职责范围内负责…`: the ground and the share both stand before 负责 (a 2010 Shandong 条例)
    _, resp = _run("第一条　为了保护水资源，制定本条例。\n第二条　水利、环境保护部门依照本条例规定，在各自职责范围内负责"
                   "水资源保护工作。\n第三条　省水利厅依照本条例的规定，对取水许可实施监督。\n", "山东省", "province")
    assert resp == {("第二条", "水利部门", "responsible"), ("第二条", "环境保护部门", "responsible")}


def test_group_set_up_with_its_make_up_before_it_gets_no_duty_hubei_county():
    # guide R10: `成立由县长任组长、…为成员的X领导小组，领导小组办公室设在Y，负责…`: the office's duty is no assignment
    _, resp = _run("三、保障措施\n（一）加强组织领导。成立由县长任组长、分管副县长任副组长，县直有关部门主要负责人为成员的"
                   "秸秆综合利用工作领导小组，领导小组办公室设在县农业农村局，负责日常工作。\n", "湖北省襄阳市南漳县", "county")
    assert resp == set()


def test_a_share_without_zhize_before_the_cue_shandong_town():
    # `X要按照分工负责…`, `X按分工负责…` (a town's or county's words for 按职责分工): the cue is reached; after a lead,
    # `B、C按照分工抓好落实` is the others' share (co)
    _, resp = _run("一、工作措施\n（一）县教育局要按照分工负责校园周边整治。\n（二）县财政局按分工负责资金保障。\n"
                   "（三）县委宣传部牵头，县文化和旅游局、各乡镇按照分工抓好落实。\n", "山东省临沂市沂水县", "county")
    assert resp == {("一/(一)", "沂水县教育局", "responsible"), ("一/(二)", "沂水县财政局", "responsible"),
                    ("一/(三)", "中共沂水县委宣传部", "lead"), ("一/(三)", "沂水县文化和旅游局", "co"),
                    ("一/(三)", "各乡镇", "co")}


def test_the_leads_role_named_as_what_it_exercises_yunnan_county():
    # `X要充分发挥牵头作用，Y要积极配合`, `X要履行好牵头职责`: X lead (the 牵头 is explicit), Y co
    _, resp = _run("一、重点任务\n（一）发展高原特色农业。县农业农村局要充分发挥牵头作用，县财政局要积极配合。\n"
                   "（二）培育市场主体。县市场监管局要履行好牵头职责。\n（三）加强培训。县人社局要发挥作用。\n",
                   "云南省红河哈尼族彝族自治州泸西县", "county")
    assert resp == {("一/(一)", "泸西县农业农村局", "lead"), ("一/(一)", "泸西县财政局", "co"),
                    ("一/(二)", "泸西县市场监督管理局", "lead")}


def test_a_role_cell_labelling_its_roles_is_read_once_on_its_row_jilin_county():
    # `| 1 | … | 牵头单位：A；配合单位：B |`: the row's roles on the row's task only (not also on the last body item)
    _, resp = _run("一、重点任务\n（一）推进秸秆还田。\n（二）推进秸秆饲料化利用。\n附件\n重点任务分工表\n"
                   "| 序号 | 工作任务 | 责任单位 |\n|---|---|---|\n"
                   "| 1 | 推进秸秆还田 | 牵头单位：县农业农村局；配合单位：县财政局 |\n"
                   "| 2 | 推进秸秆饲料化利用 | 县畜牧业管理局 |\n", "吉林省长春市农安县", "county")
    assert resp == {("一/(一)", "农安县农业农村局", "lead"), ("一/(一)", "农安县财政局", "co"),
                    ("一/(二)", "农安县畜牧业管理局", "responsible")}


def test_a_bureau_speaking_of_itself_guangdong_city_bureau():
    # a city bureau's own notice: `我局牵头…`, `本局负责…` are the issuer; `基本办学条件` is no self-reference
    from pipeline import process_text
    text = ("佛山市教育局关于开展2015年学校安全隐患排查工作的通知\n\n各区教育局：\n为做好学校安全工作，现通知如下：\n"
            "一、排查内容\n（一）全面改善基本办学条件，排查校舍安全隐患。\n二、工作要求\n（一）我局牵头组织专项督查，"
            "各区教育局积极配合。\n（二）排查结果由本局负责汇总。\n\n佛山市教育局\n2015年3月2日\n")
    r = process_text(text, doc_id="t").model_dump()
    got = {(x["task"], x["department"], x["role"]) for x in r["responsibilities"]}
    assert got == {("二/(一)", "佛山市教育局", "lead"), ("二/(一)", "各区教育局", "co"),
                   ("二/(二)", "佛山市教育局", "responsible")}
    for x in r["responsibilities"]:
        assert r["text"][x["span"][0]:x["span"][1]] == x["quote"]
    assert "佛山市教育局" in {d["name"] for d in r["departments"]}


def test_a_government_office_is_no_self_of_a_bureau_word_shaanxi_county():
    # issued by a government office: `我局` names no issuer (no issuer ends in 局), so nothing is given to it
    from pipeline import process_text
    text = ("眉县人民政府办公室关于做好春季植树造林工作的通知\n\n各镇人民政府，县政府各工作部门：\n现就有关事项通知如下：\n"
            "一、我局负责苗木调配。\n\n眉县人民政府办公室\n2016年3月1日\n")
    r = process_text(text, doc_id="t").model_dump()
    assert r["responsibilities"] == []
