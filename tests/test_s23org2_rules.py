"""s23-org2 rules: the 司局 of more central organs from their 三定 (organ_central_divisions.tsv: 生态环境部, 环境保护部, 水利部,
自然资源部, 公安部, 民政部…, each short form under its own organ and years; a short form holding a function character,
用途管制司, read from the table), the 商委 of its time and place (商业委员会 before the 2009 商务委员会; 重庆市 and its
districts and counties 2009-2018), and organ names a province gave its cities and counties in one reform
(organ_local_names.tsv rows written with `*`: 四川's 文化广播电视和旅游局, 河南's 文化广电和旅游局, 广东's 文化广电旅游体育局,
广西's cities and counties, 福建's counties' 文化体育和旅游局, 浙江's 大数据发展管理局). Snippets in the styles of other
ministries, provinces, levels and eras than the notices that showed the classes."""
from __future__ import annotations

from pipeline import process_text


def _deps(text: str) -> dict[str, str]:
    rec = process_text(text, doc_id="t").model_dump()
    for d in rec["departments"]:
        assert d["quote"] in text  # (the quote is the text as written)
    return {d["name"]: d["quote"] for d in rec["departments"]}


def _notice(issuer: str, date: str, body: str, addressee: str = "各乡镇人民政府，县政府各部门：") -> str:
    y, m, d = date.split("-")
    return f"{issuer}关于做好有关工作的通知\n\n{addressee}\n一、{body}\n\n{issuer}\n{int(y)}年{int(m)}月{int(d)}日\n"


def test_the_water_ministrys_divisions_of_its_era():
    body = "加强农村供水工程建设管理。（农水司负责，规计司、水保司配合）"
    text = _notice("水利部办公厅", "2012-04-06", body, "各省、自治区、直辖市水利（水务）厅（局）：")
    assert _deps(text) == {"水利部农村水利司": "农水司", "水利部规划计划司": "规计司", "水利部水土保持司": "水保司"}
    # the 2018 三定 made the 农村水利司 the 农村水利水电司 and set up the 河湖管理司 and the 全国节约用水办公室
    text = _notice("水利部办公厅", "2021-04-06", "推进河湖长制。（河湖司、农水司负责，节水办配合）",
                   "各省、自治区、直辖市水利（水务）厅（局）：")
    assert _deps(text) == {"水利部河湖管理司": "河湖司", "水利部农村水利水电司": "农水司", "水利部全国节约用水办公室": "节水办"}


def test_a_short_division_with_a_function_character_is_read_from_the_table():
    text = _notice("自然资源部办公厅", "2022-08-10", "严格耕地用途管制。（用途管制司、耕保司负责，调查司配合）",
                   "各省、自治区、直辖市自然资源主管部门：")
    assert _deps(text) == {"自然资源部国土空间用途管制司": "用途管制司", "自然资源部耕地保护监督司": "耕保司",
                           "自然资源部自然资源调查监测司": "调查司"}


def test_a_ministrys_bureaus_written_bare_in_its_notice():
    text = _notice("公安部", "2016-11-02", "集中整治酒驾醉驾。（交管局负责，治安局、科信局配合）",
                   "各省、自治区、直辖市公安厅、局：")
    assert _deps(text) == {"公安部交通管理局": "交管局", "公安部治安管理局": "治安局", "公安部科技信息化局": "科信局"}
    text = _notice("生态环境部办公厅", "2019-05-20", "开展固体废物排查。（固体司负责，执法局配合）",
                   "各省、自治区、直辖市生态环境厅（局）：")
    assert _deps(text) == {"生态环境部固体废物与化学品司": "固体司", "生态环境部生态环境执法局": "执法局"}


def test_the_civil_affairs_ministrys_community_division_before_and_after_its_2019_sanding():
    text = _notice("民政部办公厅", "2017-03-01", "推进社区治理创新。（基层司负责）", "各省、自治区、直辖市民政厅（局）：")
    assert _deps(text) == {"民政部基层政权和社区建设司": "基层司"}
    text = text.replace("2017年", "2021年")
    assert _deps(text) == {"民政部基层政权建设和社区治理司": "基层司"}


def test_a_commerce_commission_of_its_time_and_place():
    # before the 2009 商务委员会, a city's 商委 was its 商业委员会
    assert _deps(_notice("上海市人民政府", "2006-06-01", "市商委负责组织实施，市财政局配合。",
                         "各区、县人民政府，市政府各委、办、局：")) == {"上海市商业委员会": "市商委", "上海市财政局": "市财政局"}
    # 2009-2018 重庆's counties kept the 商业委员会 of the city's 2009 reform; 北京's 商务委 is the 商务委员会
    assert _deps(_notice("巫山县人民政府", "2016-06-01", "县商委负责组织实施。"))["巫山县商业委员会"] == "县商委"
    assert _deps(_notice("北京市人民政府", "2014-06-01", "市商务委负责组织实施。",
                         "各区、县人民政府，市政府各委、办、局：")) == {"北京市商务委员会": "市商务委"}


def test_culture_and_tourism_bureaus_as_each_province_named_them_in_2019():
    assert _deps(_notice("苍溪县人民政府", "2020-06-01", "县文广旅局负责组织实施。")) == {
        "苍溪县文化广播电视和旅游局": "县文广旅局"}
    assert _deps(_notice("新郑市人民政府", "2021-06-01", "市文化广电旅游局负责组织实施。",
                         "各乡镇人民政府，市政府各部门：")) == {"新郑市文化广电和旅游局": "市文化广电旅游局"}
    assert _deps(_notice("韶关市人民政府", "2020-06-01", "市文广旅体局负责组织实施。",
                         "各县（市、区）人民政府，市政府各部门：")) == {"韶关市文化广电旅游体育局": "市文广旅体局"}
    assert _deps(_notice("永春县人民政府", "2020-06-01", "县文体旅局负责组织实施。")) == {"永春县文化体育和旅游局": "县文体旅局"}
    # 广西: a city's bureau has no 体育, its counties' have
    assert _deps(_notice("柳州市人民政府", "2020-06-01", "市文广旅局负责组织实施。",
                         "各县（区）人民政府，市政府各部门：")) == {"柳州市文化广电和旅游局": "市文广旅局"}
    assert _deps(_notice("龙胜各族自治县人民政府", "2020-06-01", "县文广体旅局负责组织实施。")) == {
        "龙胜各族自治县文化广电体育和旅游局": "县文广体旅局"}
    # elsewhere the national default
    assert _deps(_notice("随县人民政府", "2020-06-01", "县文旅局负责组织实施。")) == {"随县文化和旅游局": "县文旅局"}


def test_a_provinces_big_data_bureau_named_at_every_level():
    assert _deps(_notice("安吉县人民政府", "2020-06-01", "县大数据局负责组织实施。")) == {"安吉县大数据发展管理局": "县大数据局"}
    assert _deps(_notice("福建省人民政府", "2020-06-01", "省大数据局负责组织实施。",
                         "各市、县（区）人民政府，省人民政府各部门：")) == {"福建省大数据管理局": "省大数据局"}


def test_a_districts_police_branch_as_its_city_names_it():
    # 广州 names its branches by the district's full name, 北京 by the district less 区
    text = _notice("广州市天河区人民政府", "2018-06-01", "区公安分局负责，区城管局配合。",
                   "各街道办事处，区政府各部门：")
    assert _deps(text)["广州市公安局天河区分局"] == "区公安分局"
    text = _notice("北京市海淀区人民政府", "2018-06-01", "区公安分局负责。", "各街道办事处，区政府各部门：")
    assert _deps(text) == {"北京市公安局海淀分局": "区公安分局"}
    # the district's own name written before 公安分局
    text = _notice("杭州市西湖区人民政府", "2018-06-01", "西湖区公安分局负责。", "各街道办事处，区政府各部门：")
    assert _deps(text) == {"杭州市公安局西湖区分局": "西湖区公安分局"}


def test_a_prefecture_bureaus_branch_named_with_the_countys_stem():
    # the 生态环境 vertical reform's branch of 南充市 in 南部县, written with or without the prefecture
    text = _notice("南部县人民政府", "2021-03-01", "南部生态环境局负责，县农业农村局配合。")
    assert _deps(text) == {"南充市南部生态环境局": "南部生态环境局", "南部县农业农村局": "县农业农村局"}
    text = _notice("南部县人民政府", "2021-03-01", "南充市南部生态环境局负责。")
    assert _deps(text) == {"南充市南部生态环境局": "南充市南部生态环境局"}
    # a county bureau written with 县 stays the county's
    text = _notice("石门县人民政府", "2017-03-01", "县生态环境局负责。")
    assert _deps(text) == {"石门县生态环境局": "县生态环境局"}
    # a notice in traditional script, the branch written with its prefecture
    text = ("南部縣人民政府關於做好有關工作的通知\n\n各鄉鎮人民政府，縣直各部門：\n一、南充市南部生態環境局負責，縣公安局配合。\n\n"
            "南部縣人民政府\n2021年3月1日\n")
    assert _deps(text) == {"南充市南部生态环境局": "南充市南部生態環境局", "南部县公安局": "縣公安局"}


def test_a_long_field_management_division_written_after_its_department():
    # a Hunan provincial notice: the 管理处 of a field named in full behind its department
    text = _notice("湖南省农业农村厅", "2019-04-01", "省农业农村厅农村合作经济管理处负责，省财政厅农业农村处配合。",
                   "各市州农业农村局：")
    assert _deps(text) == {"湖南省农业农村厅农村合作经济管理处": "省农业农村厅农村合作经济管理处",
                           "湖南省财政厅农业农村处": "省财政厅农业农村处"}


def test_local_organs_written_short_take_their_full_names():
    assert _deps(_notice("天津市西青区人民政府", "2020-05-02", "区住房建设委负责，区自然资源规划局配合。",
                         "各街道办事处、镇人民政府，区政府各部门：")) == {
        "天津市西青区住房和建设委员会": "区住房建设委", "天津市西青区自然资源和规划局": "区自然资源规划局"}
    assert _deps(_notice("河南省人民政府", "2010-05-02", "省煤炭厅负责，省中小企业厅配合。",
                         "各省辖市人民政府，省人民政府各部门：")) == {"河南省煤炭工业厅": "省煤炭厅", "河南省中小企业厅": "省中小企业厅"}
    assert _deps(_notice("内蒙古自治区人民政府", "2021-05-02", "自治区市场监管厅负责。",
                         "各盟行政公署、市人民政府，自治区各委、办、厅、局：")) == {"内蒙古自治区市场监督管理厅": "自治区市场监管厅"}


def test_organs_of_the_1990s_and_early_2000s_named_as_then():
    text = _notice("咸阳市人民政府", "1997-05-02", "市外经贸委负责，市计委配合。", "各县、区人民政府，市政府各部门：")
    assert _deps(text) == {"咸阳市对外经济贸易委员会": "市外经贸委", "咸阳市计划委员会": "市计委"}
    assert _deps(_notice("临泽县人民政府", "2001-05-02", "县计生局负责。")) == {"临泽县计划生育局": "县计生局"}
    assert _deps(_notice("临泽县人民政府", "2009-05-02", "县计生局负责。")) == {"临泽县人口和计划生育局": "县计生局"}


def test_a_jiangsu_citys_urban_management_bureau():
    assert _deps(_notice("常州市人民政府", "2020-05-02", "市城管局负责。", "各辖市、区人民政府，市各委办局：")) == {
        "常州市城市管理局": "市城管局"}


def test_a_countys_ecology_branch_of_its_prefecture_bureau():
    assert _deps(_notice("安吉县人民政府", "2021-05-02", "县生态环境分局负责。")) == {"湖州市生态环境局安吉分局": "县生态环境分局"}
    assert _deps(_notice("莒南县人民政府", "2021-05-02", "县生态环境分局负责。")) == {"临沂市生态环境局莒南县分局": "县生态环境分局"}
    assert _deps(_notice("涉县人民政府", "2021-05-02", "县生态环境分局负责。")) == {"邯郸市生态环境局涉县分局": "县生态环境分局"}
    assert _deps(_notice("石林彝族自治县人民政府", "2021-05-02", "县生态环境分局负责。")) == {
        "昆明市生态环境局石林分局": "县生态环境分局"}
    assert _deps(_notice("鄂托克旗人民政府", "2021-05-02", "旗生态环境分局负责。", "各苏木镇人民政府，旗直各部门：")) == {
        "鄂尔多斯市生态环境局鄂托克旗分局": "旗生态环境分局"}
    # a province whose reform the table does not know: the county's 生态环境分局 as written
    assert _deps(_notice("临泽县人民政府", "2021-05-02", "县生态环境分局负责。")) == {"临泽县生态环境分局": "县生态环境分局"}
