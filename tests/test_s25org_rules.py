"""Organ names by their grammar (session 25, s25-org): rules shown missing or invented by batch A17 and the open batches,
tested on snippets written for these tests in the style of other provinces, levels and eras than the notices that
showed them."""
from pipeline import process_text
from pipeline.nlp.organs import rule_mentions
from tests.test_organs_s5 import _run


def _deps(text: str) -> dict[str, str]:
    """A whole notice (its layout read): name -> quote (the spans are the cleaned text's, checked by `_run`'s tests)."""
    rec = process_text(text, doc_id="t")
    return {d.name: d.quote for d in rec.departments}


def test_note_under_the_date_is_no_body():
    # a Hunan county committee's notice of 2012: the 附注 `（此件发至村）` before the 版记 names no organ (its 村)
    text = ("中共桃江县委办公室关于加强村级组织建设的通知\n\n各乡镇党委：\n\n一、各乡镇党委要加强领导，县委组织部负责指导。\n\n"
            "中共桃江县委办公室\n2012年3月5日\n\n（此件发至村）\n\n抄送：市委组织部。\n\n中共桃江县委办公室　　2012年3月5日印发\n")
    names = _deps(text)
    assert "各乡镇党委" in names and "中共桃江县委组织部" in names
    assert not any("此件" in n for n in names)


def test_towns_and_streets_party_committees_written_with_their_brackets():
    # a Guangdong county's plan: the towns' and streets' committees as one collective, also inside a title
    names, _ = _run("一、工作任务\n（一）各镇（街道）党（工）委要落实主体责任。各乡镇（街道）党（工）委书记是第一责任人。"
                    "各社区党委配合。\n", "广东省清远市佛冈县", "county")
    assert names == {"各镇（街道）党（工）委": "各镇（街道）党（工）委", "各乡镇（街道）党（工）委": "各乡镇（街道）党（工）委",
                     "各社区党委": "各社区党委"}


def test_whole_level_before_a_body_set_up_names_the_level():
    # a Jiangxi city's plan: 成立全市…领导小组, then its office by its head word
    names, _ = _run("一、保障措施\n（一）加强组织领导。成立全市农村人居环境整治工作领导小组，市长任组长。领导小组办公室设在市农业农村局。\n",
                    "江西省赣州市", "prefecture")
    assert names["赣州市农村人居环境整治工作领导小组"] == "农村人居环境整治工作领导小组"
    assert "赣州市农村人居环境整治工作领导小组办公室" in names
    assert [m.text for m in rule_mentions("要覆盖全市场主体的工作领导小组。")] == []  # (全市场 is no 全+市)


def test_area_sets_up_a_task_force_and_its_office():
    # a Heilongjiang 地区's plan (大兴安岭地区): 地区成立…工作专班, 专班办公室设在…, then 地区工作专班 taken up again
    names, _ = _run("一、保障措施\n（一）加强组织领导。地区成立森林防火工作专班，行署副专员任组长，专班办公室设在地区应急管理局。\n"
                    "（二）强化督导。地区工作专班每月调度一次，各县（区）于每月5日前报送地区工作专班办公室。\n",
                    "黑龙江省大兴安岭地区", "prefecture")
    assert names["大兴安岭地区森林防火工作专班"] == "森林防火工作专班"
    assert names["大兴安岭地区森林防火工作专班办公室"] == "专班办公室"
    assert not any(n.startswith("地区工作专班") or n == "大兴安岭地区工作专班" for n in names)


def test_body_taken_up_under_a_shortened_name_is_that_body():
    # a Hebei county's plan: the group set up in full, later written with words of its name left out
    names, _ = _run("一、保障措施\n（一）成立威县城乡环境综合整治提升工作领导小组，县长任组长。\n"
                    "（二）各乡镇于每月底前将进展报县环境整治领导小组办公室。县环境整治领导小组每季度督导一次。\n",
                    "河北省邢台市威县", "county")
    groups = {n for n in names if "领导小组" in n}
    assert groups == {"威县城乡环境综合整治提升工作领导小组", "威县城乡环境综合整治提升工作领导小组办公室"}


def test_district_ecology_branch_and_a_district_bureau_s_town_station():
    # a Changsha district town's plan (望城区乔口镇): the district's ecology branch is the city bureau's; the district
    # bureau's station in the town named after the bureau
    names, _ = _run("一、工作任务\n（一）整治河道。（责任单位：区生态环境分局、望城区自然资源局乔口所、镇综合执法中队）\n",
                    "湖南省长沙市望城区乔口镇", "township")
    assert names["长沙市生态环境局望城分局"] == "区生态环境分局"
    assert names["长沙市望城区自然资源局乔口所"] == "望城区自然资源局乔口所"
    assert names["长沙市望城区乔口镇综合执法中队"] == "镇综合执法中队"


def test_places_of_a_kind_and_a_level_sharing_one_each():
    # a Hunan provincial opinion
    texts = [m.text for m in rule_mentions("各市、县级人民政府要加强领导，各市（州）、县级人民政府负责落实。")]
    assert texts == ["各市、县级人民政府", "各市（州）、县级人民政府"]


def test_government_finance_office_written_with_government():
    # a Yunnan city's plan: 市政府金融办 is the government's office in full; a bare 金融办 stays as written (guide D50)
    names, _ = _run("一、工作任务\n（一）市政府金融办负责协调金融机构。县金融办配合。\n", "云南省曲靖市", "prefecture")
    assert "曲靖市人民政府金融工作办公室" in names
    assert not any(n.endswith("人民政府金融办") for n in names)


def test_state_new_area_boards_under_their_approved_names():
    # a Hunan provincial notice and a Chongqing one: the new areas' boards written short
    names, _ = _run("一、工作任务\n（一）湘江新区管委会负责园区建设。\n", "湖南省", "province")
    assert names == {"湖南湘江新区管理委员会": "湘江新区管委会"}
    names, _ = _run("一、工作任务\n（一）两江新区管委会、市发展改革委负责。\n", "重庆市", "province")
    assert "重庆两江新区管理委员会" in names


def test_bodies_listed_before_one_member_units_share_them():
    # a Sichuan city's notice: two committees' member units, neither committee itself mentioned
    names, _ = _run("一、工作任务\n（一）市安委会、市减灾委各成员单位要按照职责分工落实责任。\n", "四川省绵阳市", "prefecture")
    assert set(names) == {"绵阳市安委会各成员单位", "绵阳市减灾委各成员单位"}
    texts = [m.text for m in rule_mentions("国务院安全生产委员会、国家防灾减灾救灾委员会各成员单位要加强指导。")]
    assert texts == ["国务院安全生产委员会", "国家防灾减灾救灾委员会各成员单位"]


def test_government_outposts_and_ban_before_a_verb():
    # a Gansu county's notice of 2008: the county's office in Beijing; 办事/办理 are no office written short
    names, _ = _run("一、工作任务\n（一）县政府驻京联络处负责劳务联络。县政府驻外办事机构配合。县政府办理审批手续。\n",
                    "甘肃省定西市通渭县", "county")
    assert names == {"通渭县人民政府驻京联络处": "县政府驻京联络处", "通渭县人民政府驻外办事机构": "县政府驻外办事机构",
                     "通渭县人民政府": "县政府"}


def test_a_title_and_a_joiner_end_an_organ_s_stem():
    # a Hebei city's 2006 leading group: the deputy secretary-general and a bureau's head
    names, _ = _run("一、保障措施\n（一）由市长任组长，市政府副秘书长和市人事局局长任副组长。\n", "河北省保定市", "prefecture")
    assert names == {"保定市人民政府": "市政府", "保定市人事局": "市人事局"}


def test_peoples_organisations_by_kind_are_a_collective():
    # a Shaanxi provincial 办法
    names, _ = _run("第一章 总则\n第一条 为规范工作，制定本办法。\n第二条 共青团组织负责组织青年参与，工会组织、妇联组织配合。共青团负责宣传。\n",
                    "陕西省", "province")
    assert {"共青团组织", "工会组织", "妇联组织", "共青团陕西省委员会"} <= set(names)
    texts = [m.text for m in rule_mentions("各级卫生部门和工会组织负责。")]
    assert "工会组织" not in texts  # (after 和 the list's determiner is shared: not a bare collective)


def test_department_named_by_what_it_did_to_the_applicant():
    # a Zhejiang provincial 办法 on social organisations
    texts = [m.text for m in rule_mentions("由批准其登记的民政部门撤销登记；向核发其许可证的市场监督管理部门申请。")]
    assert texts == ["批准其登记的民政部门", "核发其许可证的市场监督管理部门"]
    assert [m.text for m in rule_mentions("由作出具体行政行为的机关依法强制执行。")] == []


def test_railway_bureau_after_a_place_and_enterprises_named_bureau():
    # a Henan city's plan of 2016: 郑州铁路局 is the railway's enterprise; 县供电局 the grid's
    names, _ = _run("一、工作任务\n（一）郑州铁路局新乡车务段配合，国家铁路局指导。县供电局保障用电。\n", "河南省新乡市", "prefecture")
    assert "国家铁路局" in names and not any("供电" in n for n in names) and len(names) == 1


def test_city_management_enforcement_bureau_written_in_full_stays():
    names, _ = _run("一、工作任务\n（一）市城市管理综合执法局负责道路清扫。\n", "辽宁省鞍山市", "prefecture")
    assert names == {"鞍山市城市管理综合执法局": "市城市管理综合执法局"}


def test_zones_run_with_towns_and_a_county_level_city_s_zones():
    # a Jiangsu county-level city (昆山) listing its zones run together with towns (区镇合一)
    names, _ = _run("一、工作任务\n（一）各镇人民政府、昆山经济技术开发区（周市镇）、花桥经济开发区（花桥镇）管委会负责受理。"
                    "市高新区管委会配合。\n", "江苏省苏州市昆山市", "county")
    assert names == {"各镇人民政府": "各镇人民政府", "昆山经济技术开发区管理委员会": "昆山经济技术开发区",
                     "花桥经济开发区管理委员会": "花桥经济开发区（周市镇）管委会".replace("（周市镇）", "（花桥镇）"),
                     "昆山高新技术产业开发区管理委员会": "市高新区管委会"}


def test_zone_kinds_and_economic_zones_joined_to_a_list():
    # a Liaoning coastal city (锦州): its 经济区 listed with the districts, a 基地's board
    names, _ = _run("一、工作任务\n（一）各县、区和经济区至少建成1个监测站。锦州滨海产业基地管委会配合。\n", "辽宁省锦州市", "prefecture")
    assert names == {"各县、区和经济区": "各县、区和经济区", "锦州滨海产业基地管理委员会": "锦州滨海产业基地管委会"}


def test_former_area_and_its_administration_setting_up_a_body():
    # a Yunnan county's notice of 1999 under 思茅地区 (思茅市 since 2003), and the 地区's own notice
    texts = [(m.text, m.place) for m in rule_mentions("贯彻思茅地区行署会议精神，上报地区水利局。")]
    assert texts[0] == ("思茅地区行署", "思茅地区") and texts[1][0] == "地区水利局"
    names, _ = _run("一、保障措施\n（一）行署成立退耕还林工作领导小组，行署专员任组长。\n", "云南省思茅地区", "prefecture")
    assert names["思茅地区退耕还林工作领导小组"] == "退耕还林工作领导小组"


def test_lists_of_places_with_brackets_wherever_mentioned():
    # a central ministry's notice and a Henan county's 办法
    names, _ = _run("一、工作任务\n（一）各省（区、市）原则上推荐2个园区。审核汇总各县（市、区）项目申报材料。\n", "", "central")
    assert {"各省（区、市）", "各县（市、区）"} <= set(names)
    texts = [m.text for m in rule_mentions("各村（居）民委员会协助。各地（市）、县财政要安排资金。")]
    assert "各村（居）" not in texts and "各地（市）、县" not in texts


def test_forest_district_members_and_a_lead_of_a_body():
    # a Hubei forest district's plan (神农架林区's kind): members written with 林区 again; an organ as a body's lead
    names, _ = _run("一、保障措施\n（一）林区农业农村局为产业链工作专班牵头单位。林区生态环境分局、林区水利和湖泊局配合。\n",
                    "湖北省神农架林区", "county")
    assert "神农架林区水利和湖泊局" in names and "神农架林区农业农村局" in names
    assert not any("为" in n for n in names)


def test_body_named_with_its_place_gets_no_second_place():
    # a Jiangxi city's notice of 2004: the government sets up a group written with the city's name
    names, _ = _run("一、保障措施\n（一）市人民政府成立九江市再就业工作领导小组，领导小组办公室设在市劳动和社会保障局。\n",
                    "江西省九江市", "prefecture")
    assert "九江市再就业工作领导小组" in names and "九江市再就业工作领导小组办公室" in names
    assert not any(n.startswith("九江市九江市") for n in names)


def test_rural_revitalisation_body_is_no_township_s():
    # an Inner Mongolia league's plan: 乡村振兴 opens the body's name (乡 of 乡村 is no township), set up by the 行署
    names, _ = _run("一、保障措施\n（一）盟行署成立乡村振兴工作领导小组，盟长任组长。\n", "内蒙古自治区锡林郭勒盟", "prefecture")
    assert names["锡林郭勒盟乡村振兴工作领导小组"] == "乡村振兴工作领导小组"


def test_whole_town_body_in_a_town_s_notice():
    # a Hunan district town's plan: 成立全镇…工作专班, then its office
    names, _ = _run("一、保障措施\n（一）成立全镇人居环境整治工作专班，镇党委书记任组长，专班办公室设在镇农业服务中心。\n",
                    "湖南省长沙市望城区乔口镇", "township")
    assert names["长沙市望城区乔口镇人居环境整治工作专班"] == "人居环境整治工作专班"
    assert names["长沙市望城区乔口镇人居环境整治工作专班办公室"] == "专班办公室"


def test_department_named_by_what_reached_it_opening_its_sentence():
    # a Fujian provincial 办法: the department that received the report, a qualifying clause kept (guide D21)
    texts = [m.text for m in rule_mentions("任何单位有权举报。收到举报的部门应当及时核实，并为举报人保密。")]
    assert texts == ["收到举报的部门"]
    assert [m.text for m in rule_mentions("他收到通知的部门会议纪要。")] == []


def test_a_short_body_name_keeping_too_little_is_another_body():
    # a Guizhou county's plan of 2022: two groups side by side, the shorter name no short form of the longer
    names, _ = _run("一、保障措施\n（一）县巩固拓展脱贫攻坚成果同乡村振兴有效衔接领导小组负责统筹，县乡村振兴领导小组负责调度。"
                    "县扶贫办实施项目管理。\n", "贵州省遵义市湄潭县", "county")
    assert "湄潭县乡村振兴领导小组" in names
    assert any(n.startswith("湄潭县扶贫") for n in names)  # (办 before 实施 is still the office)
