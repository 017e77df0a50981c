"""Level formulas of national and provincial rules (s34-forms, issue 12): the organ names the statutes' fixed wording of
levels gives, tested on sentences written for these tests in the style of ministry orders, State Council regulations and
provincial rules of several eras (none is copied from a dev notice)."""
from tests.organ_snippets import snippet_departments


def test_municipalities_opening_a_list_of_levels_before_a_department_kind():
    # guide D106 (confirmed in S33b): a list of levels before one department kind is distributed, 直辖市 a level like
    # the others; a 2019 State Council regulation and a 2006 ministry order
    body = "　　第四条　直辖市、设区的市、县人民政府城市管理部门负责本行政区域内户外广告设施的监督管理工作。\n"
    names = snippet_departments("城市户外广告设施管理条例", "国务院", "2019年3月1日", body)
    assert names == {"直辖市人民政府城市管理部门": "直辖市、设区的市、县人民政府城市管理部门",
                     "设区的市人民政府城市管理部门": "直辖市、设区的市、县人民政府城市管理部门",
                     "县人民政府城市管理部门": "直辖市、设区的市、县人民政府城市管理部门"}
    body = "　　第九条　申请人应当向所在地直辖市、市、县人民政府房地产主管部门提交下列材料。\n"
    names = snippet_departments("商品房屋租赁登记办法", "建设部", "2006年5月1日", body)
    q = "所在地直辖市、市、县人民政府房地产主管部门"
    assert names == {"所在地直辖市人民政府房地产主管部门": q, "所在地市人民政府房地产主管部门": q,
                     "所在地县人民政府房地产主管部门": q}
    # with the alternative sector of the places organised otherwise in a bracket (S33b: one organ per level and sector),
    # a 2016 land ministry order
    body = "　　第八条　申请人应当向不动产所在地直辖市、市、县人民政府国土资源（规划）主管部门申请。\n"
    names = snippet_departments("不动产登记操作办法", "国土资源部", "2016年3月1日", body)
    q = "所在地直辖市、市、县人民政府国土资源（规划）主管部门"
    assert names == {f"所在地{lv}人民政府{s}主管部门": q for lv in ("直辖市", "市", "县") for s in ("国土资源", "规划")}


def test_municipalities_opening_a_list_of_governments():
    # guide D74: a level list of governments sharing one head, all below the issuer, is one collective as written
    body = "　　第五条　直辖市、设区的市、县级人民政府应当将殡葬设施建设纳入城乡规划。\n"
    names = snippet_departments("殡葬设施管理条例", "国务院", "2012年3月1日", body)
    assert names == {"直辖市、设区的市、县级人民政府": "直辖市、设区的市、县级人民政府"}
    # the provinces' formula is no list of levels: one collective as before (D25)
    body = "　　第六条　省、自治区、直辖市人民政府应当加强对殡葬工作的领导。\n"
    names = snippet_departments("殡葬设施管理条例", "国务院", "2012年3月1日", body)
    assert names == {"省、自治区、直辖市人民政府": "省、自治区、直辖市人民政府"}


def test_cities_with_separate_plan_status_and_the_prefecture_level():
    # D24: a level's governments named by their kind are collectives as written, with the authority after them; not the
    # document's own 市人民政府 (a 2003 State Council regulation, a 2015 ministry order)
    body = ("　　第七条　计划单列市人民政府统计机构负责本市的统计调查。计划单列市人民政府应当保障统计机构独立行使职权。\n"
            "　　第八条　计划单列市人民政府财政主管部门负责经费保障。\n")
    names = snippet_departments("统计调查管理条例", "国务院", "2003年6月1日", body)
    assert names == {"计划单列市人民政府统计机构": "计划单列市人民政府统计机构",
                     "计划单列市人民政府": "计划单列市人民政府",
                     "计划单列市人民政府财政主管部门": "计划单列市人民政府财政主管部门"}
    body = "　　第十条　地市级人民政府应当建立考核制度。由地市级人民政府教育行政部门组织实施。\n"
    names = snippet_departments("中等职业学校督导办法", "教育部", "2015年3月1日", body)
    assert names == {"地市级人民政府": "地市级人民政府", "地市级人民政府教育行政部门": "地市级人民政府教育行政部门"}


def test_statistics_organs_of_a_range_of_levels_written_in_full():
    # the 统计法's organs: the range written with 地方各级 names the statistics organs, not the governments
    body = ("　　第三条　县级以上地方各级人民政府统计机构负责本行政区域内的统计工作。\n"
            "　　第四条　县级以上地方各级人民政府应当加强对统计工作的领导。设区的市级以上地方人民政府统计机构负责审批。\n")
    names = snippet_departments("江西省统计管理条例", "江西省人民代表大会常务委员会", "2008年3月1日", body)
    assert names == {"县级以上地方各级人民政府统计机构": "县级以上地方各级人民政府统计机构",
                     "县级以上地方各级人民政府": "县级以上地方各级人民政府",
                     "设区的市级以上地方人民政府统计机构": "设区的市级以上地方人民政府统计机构"}


def test_a_management_authority_joined_by_he_inherits_the_governments_prefix():
    # spec 1.1 section 5: a list that drops a shared prefix inherits it; a sector's 管理部门 after 和 is an authority
    # named by its function like a 行政部门 (a 2009 provincial rule); a bare sector after 和 keeps its reading
    body = "　　第五条　县级以上地方人民政府卫生行政部门和中医药管理部门负责本行政区域内中医医疗机构的监督管理。\n"
    names = snippet_departments("四川省中医药条例", "四川省人民代表大会常务委员会", "2009年3月1日", body)
    assert names == {"县级以上地方人民政府卫生行政部门": "县级以上地方人民政府卫生行政部门",
                     "县级以上地方人民政府中医药管理部门": "中医药管理部门"}
    body = "　　第六条　设区的市级以上人民政府林业主管部门和野生动物保护管理部门按照职责负责。\n"
    names = snippet_departments("陕西省野生动物保护办法", "陕西省人民政府", "2012年3月1日", body)
    assert names["设区的市级以上人民政府野生动物保护管理部门"] == "野生动物保护管理部门"


def test_provinces_formula_before_a_bureau_without_ge():
    # guide D25 (the formula stays one; a457's 2011 order reads `省、自治区、直辖市工商行政管理局` so): a 1998 public
    # security order, a 2004 statistics order and a 2010 finance order
    body = "　　第十二条　本办法实施中的问题，报省、自治区、直辖市公安厅、局解决。\n"
    names = snippet_departments("旅馆业治安管理办法", "公安部", "1998年3月1日", body)
    assert names == {"省、自治区、直辖市公安厅": "省、自治区、直辖市公安厅",
                     "省、自治区、直辖市公安局": "省、自治区、直辖市公安厅"}
    body = "　　第八条　省、自治区、直辖市统计局负责本地区调查的组织实施。\n"
    names = snippet_departments("部门统计调查项目管理办法", "国家统计局", "2004年3月1日", body)
    assert names == {"省、自治区、直辖市统计局": "省、自治区、直辖市统计局"}
    body = "　　第二十条　省、自治区、直辖市财政厅（局）、教育厅应当于每年3月底前报送。\n"
    names = snippet_departments("助学金管理办法", "财政部", "2010年3月1日", body)
    assert names == {"省、自治区、直辖市财政厅": "省、自治区、直辖市财政厅",
                     "省、自治区、直辖市财政局": "省、自治区、直辖市财政厅",
                     "省、自治区、直辖市教育厅": "教育厅"}


def test_provinces_written_with_their_regions_in_a_bracket():
    # the State Council's and ministries' formula `省（自治区、直辖市）人民政府`, `省（区、市）人民政府` without 各: one
    # collective as written, as with 各 (a 2017 regulation, a 2008 ministry order)
    body = "　　第十五条　省（自治区、直辖市）人民政府应当制定实施方案。\n"
    names = snippet_departments("农田水利条例", "国务院", "2017年3月1日", body)
    assert names == {"省（自治区、直辖市）人民政府": "省（自治区、直辖市）人民政府"}
    body = "　　第九条　项目计划由省级水利部门汇总后报省（区、市）人民政府批准。\n"
    names = snippet_departments("水土保持项目管理办法", "水利部", "2008年3月1日", body)
    assert names["省（区、市）人民政府"] == "省（区、市）人民政府"
