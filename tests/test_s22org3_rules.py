"""s22-org3 rules: the statutes' provincial formula written with the provinces and autonomous regions alone or with an
alternative authority in a bracket, a city district's 分局 named as the branch of the city's bureau, 所在 without 地
before places of a kind, and a town whose name holds a character the productive town pattern stops at, read from
the national table of townships. Snippets written in the styles of provinces, levels and eras unlike the A12
notices (a 2010 ministry 办法, a 2013 Chongqing district, a 2021 Guangxi county, a 2011 Shanxi city) that showed them."""
from __future__ import annotations

from tests.test_s22org_rules import _deps


def test_provincial_formula_with_provinces_and_regions_alone_and_an_alternative_authority():
    # a ministry's 办法 of the 1990s: 省、自治区 without 直辖市, and 林业（农业） where provinces organise it otherwise
    text = ("渔业船舶检验管理办法\n\n第三条　国务院渔业行政主管部门主管全国渔业船舶检验工作。\n"
            "省、自治区人民政府渔业行政主管部门负责本行政区域内的渔业船舶检验工作。\n"
            "第四条　省、自治区、直辖市人民政府林业（农业）行政主管部门应当予以配合。\n\n农业部\n1999年3月1日\n")
    assert _deps(text) == {
        "国务院渔业行政主管部门": "国务院渔业行政主管部门",
        "省、自治区人民政府渔业行政主管部门": "省、自治区人民政府渔业行政主管部门",
        "省、自治区、直辖市人民政府林业行政主管部门": "省、自治区、直辖市人民政府林业（农业）行政主管部门",
        "省、自治区、直辖市人民政府农业行政主管部门": "省、自治区、直辖市人民政府林业（农业）行政主管部门"}


def test_a_districts_branch_bureau_is_the_citys_bureaus_branch():
    # Shaanxi, a Xi'an district 2012: 工商, 质监 and 食药监 branches; the police's and the later reforms' own 分局 as before
    text = ("西安市雁塔区人民政府关于印发雁塔区2012年食品安全专项整治工作方案的通知\n\n各街道办事处，区级各部门：\n"
            "一、区工商分局、区质监分局、区食品药品监管分局负责流通环节监管，区公安分局配合。\n"
            "二、区市场监管分局、区生态环境分局做好衔接。\n\n西安市雁塔区人民政府\n2012年4月1日\n")
    # (s29-org) named as the city names its bureaus' branches, the district less 区 like the police's (西安市工商行政管理局
    # 雁塔分局; 重庆's by the district's full name, the a140 and a226 golds)
    assert _deps(text) == {"西安市工商行政管理局雁塔分局": "区工商分局", "西安市质量技术监督局雁塔分局": "区质监分局",
                           "西安市食品药品监督管理局雁塔分局": "区食品药品监管分局", "西安市公安局雁塔分局": "区公安分局",
                           "西安市雁塔区市场监督管理分局": "区市场监管分局",
                           # (s25-org) the district's ecology bureau is the city bureau's branch (the 2019 vertical reform)
                           "西安市生态环境局雁塔分局": "区生态环境分局"}


def test_suozai_without_di_before_places_of_a_kind():
    # Henan, a Zhengzhou city notice 2011
    text = ("郑州市人民政府关于土地复垦的通知\n\n各县（市、区）人民政府：\n"
            "一、复垦后的土地由所在县（市、区）人民政府依法收回，所在乡（镇）人民政府配合，所在民政部门登记。\n\n"
            "郑州市人民政府\n2011年3月1日\n")
    assert _deps(text) == {"所在县（市、区）人民政府": "所在县（市、区）人民政府",
                           "所在乡（镇）人民政府": "所在乡（镇）人民政府", "民政部门": "民政部门"}


def test_a_town_named_with_a_stop_character_is_read_from_the_townships_table():
    # Yunnan, a Shidian county plan 2019: 由旺镇 opens with 由, 姚关镇 is read as before; 要将镇… is no town
    text = ("施甸县人民政府办公室关于印发施甸县2019年烤烟产业发展工作方案的通知\n\n各乡镇人民政府，县直各部门：\n"
            "一、责任单位：县农业农村局，由旺镇、姚关镇人民政府。\n二、县财政局，姚关镇、由旺镇人民政府。\n"
            "三、要将镇人民政府的职责落实到人。\n\n施甸县人民政府办公室\n2019年3月1日\n")
    assert _deps(text) == {"施甸县农业农村局": "县农业农村局", "施甸县由旺镇人民政府": "由旺镇",
                           "施甸县姚关镇人民政府": "姚关镇人民政府", "施甸县财政局": "县财政局",
                           "镇人民政府": "镇人民政府"}


def test_the_ministrys_maritime_bureaus_go_by_their_short_place_names():
    # Guangdong, a Shenzhen city notice 2020: 深圳海事局 and 广东海事局 are the ministry's, 市海事局 elsewhere a city's own
    text = ("深圳市人民政府办公厅关于加强水上交通安全管理的通知\n\n各区人民政府，市政府直属各单位：\n"
            "一、深圳海事局、广东海事局会同市交通运输局做好水上巡查。\n\n深圳市人民政府办公厅\n2020年5月1日\n")
    assert _deps(text) == {"深圳海事局": "深圳海事局", "广东海事局": "广东海事局", "深圳市交通运输局": "市交通运输局"}


def test_the_2019_county_culture_bureau_written_short():
    # Hunan county 2020: 文广体旅局, the 文化广电体育和旅游局 of the 2019 county reforms
    text = ("石门县人民政府办公室关于印发石门县2020年全域旅游发展工作方案的通知\n\n各乡镇人民政府，县直各单位：\n"
            "一、县文广体旅局牵头，县财政局配合。\n\n石门县人民政府办公室\n2020年3月1日\n")
    assert _deps(text) == {"石门县文化广电体育和旅游局": "县文广体旅局", "石门县财政局": "县财政局"}
