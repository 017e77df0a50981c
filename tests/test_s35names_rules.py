"""Organ names of session 35 (s35-names): classes the opened half (A37, A38) and the FIX batches showed, tested on
snippets written for these tests in the style of other provinces, levels and eras than the notices that showed them
(not copied from any notice)."""
from tests.organ_snippets import snippet_departments


def test_one_kind_of_place_under_each_and_a_level_with_its_range_share_the_committee_and_government():
    # spec 1.1 section 5 (a shared head distributed, collectives as written): a 2018 Hebei city's plan writes 各县 once
    # before the committees and governments, and a level with its range (`乡镇级及以上`) once before both, joined by 和
    # or 、; each is one collective as written
    body = ("（一）各县党委和政府要把河长制工作摆上重要位置。\n"
            "（二）乡镇级及以上党委、政府要将河湖管理保护纳入年度考核。\n")
    names = snippet_departments("关于全面落实河长制的实施意见", "中共邢台市委员会", "2018年3月2日", body)
    assert names == {"各县党委": "各县党委和政府", "各县政府": "各县党委和政府",
                     "乡镇级及以上党委": "乡镇级及以上党委、政府", "乡镇级及以上政府": "乡镇级及以上党委、政府"}


def test_the_offices_of_a_shanghai_street_after_the_2014_reform_written_short():
    # spec 1.1 section 5 (organs of the document's own jurisdiction, a city district's with its city) and guide D39
    # (a town's offices kept as written, organ_township_units.tsv): a 2016 Putuo street's plan names the six offices
    # of the 2014 reform and the street's greening and housing units short, in prose and in a 责任部门 list; a word
    # that only ends in the two-character short form (住房办理) is none
    body = ("一、工作任务\n（一）推进小区综合治理。由街道房办牵头，社区管理办、绿化市容所配合，完成小区设施改造。\n"
            "（二）优化营商服务。（责任部门：营商办、社区党建办）\n（三）做好住房办理登记的宣传。\n")
    names = snippet_departments("长风新村街道2016年美丽家园建设工作方案", "上海市普陀区长风新村街道办事处", "2016年4月8日", body)
    assert names == {"上海市普陀区长风新村街道房办": "街道房办", "上海市普陀区长风新村街道社区管理办": "社区管理办",
                     "上海市普陀区长风新村街道绿化市容所": "绿化市容所", "上海市普陀区长风新村街道营商办": "营商办",
                     "上海市普陀区长风新村街道社区党建办": "社区党建办"}


def test_a_town_office_written_short_beside_its_full_form_after_the_level_word_is_one_office():
    # guide D14 (one organ under two names in one notice: the fuller): a 2020 Hubei township's notice writes
    # `乡应急管理办公室` and later `乡应急办`: one office, named in full
    body = ("一、工作任务\n（一）加强应急值守。乡应急管理办公室负责全乡突发事件的信息报送。\n"
            "（二）开展隐患排查。乡应急办牵头，派出所、综合执法队配合。\n")
    names = snippet_departments("关于开展2020年安全生产大排查的通知", "孝感市孝南区朋兴乡人民政府", "2020年5月6日", body)
    assert names == {"孝感市孝南区朋兴乡应急管理办公室": "乡应急管理办公室", "孝感市孝南区朋兴乡派出所": "派出所",
                     "孝感市孝南区朋兴乡综合执法队": "综合执法队"}


def test_a_towns_traffic_squad_command_room_and_traffic_station_in_its_own_lists():
    # guide D39 (a town's units kept as written with its chain): a 2018 Ningbo town's plan names the traffic police
    # squad, the command room of Zhejiang's 2017 "four platforms" and the town's traffic management station
    body = ("一、重点任务\n（一）整治道路交通秩序。（责任科室：交警中队、综合执法中队）\n"
            "（二）提升基层治理水平。（责任科室：综合信息指挥室、党政办）\n（三）改善农村道路。（责任单位：镇交通管理所）\n")
    names = snippet_departments("2018年平安建设工作要点", "余姚市梁弄镇人民政府", "2018年3月6日", body)
    assert names == {"余姚市梁弄镇交警中队": "交警中队", "余姚市梁弄镇综合执法中队": "综合执法中队",
                     "余姚市梁弄镇综合信息指挥室": "综合信息指挥室", "余姚市梁弄镇党政办": "党政办",
                     "余姚市梁弄镇交通管理所": "镇交通管理所"}


def test_a_page_whose_source_line_names_a_division_is_its_sites_organs_and_the_bare_divisions_before_role_words():
    # guide S33b (CM2 Q6: a 来源 line naming only a division gives the division's parent organ as issuer) and D19 (a
    # division written bare in its organ's own notice is that organ's, short forms expanded by organ_divisions.tsv):
    # a 2019 Heilongjiang education department's work points, posted under the department's site heading, assign its
    # divisions in brackets with 牵头, 配合 and 负责 written right after them
    from pipeline import process_text
    text = ("黑龙江省教育厅\n当前位置：首页 > 政务公开 > 工作计划\n\n2019年全省职业教育工作要点\n\n"
            "发布时间：2019-02-20 10:00　　来源：职业教育与成人教育处\n\n一、重点工作\n"
            "（一）推进产教融合。（职成处牵头，发展规划处、财务处配合）\n"
            "（二）加强师资队伍建设。（教师工作处、人事处按职责分工负责）\n（三）完善考试招生制度。（高校学生处负责）\n")
    rec = process_text(text, doc_id="t")
    assert rec.metadata.issuers == ["黑龙江省教育厅"]
    p = "黑龙江省教育厅"
    assert sorted((r.task, r.department, r.role) for r in rec.responsibilities) == [
        ("一/(一)", p + "发展规划处", "co"), ("一/(一)", p + "职业教育与成人教育处", "lead"), ("一/(一)", p + "财务处", "co"),
        ("一/(三)", p + "高校学生处", "responsible"), ("一/(二)", p + "人事处", "responsible"),
        ("一/(二)", p + "教师工作处", "responsible")]


def test_a_list_member_that_writes_its_own_province_takes_no_level_prefix():
    # spec 1.1 section 5 (a list that drops a shared prefix inherits it, but a name written with its own place is as
    # written): a 2009 Sichuan provincial rule lists the central organs' offices in the province after a provincial
    # bureau; the member that names Sichuan itself gets no `四川省` in front
    body = "五、其他\n　　省气象局、四川电监办等中央在川单位按照各自职责做好本行业安全生产工作。\n"
    names = snippet_departments("四川省安全生产工作职责规定", "四川省人民政府", "2009年5月6日", body)
    assert names == {"四川省气象局": "省气象局", "四川电监办": "四川电监办"}


def test_dalians_land_and_housing_bureau_written_short():
    # spec 1.1 section 5 and guide D17 (short forms written out, organ_local_names.tsv): a 2009 Dalian notice names the
    # city's 国土资源和房屋局 (2002-2019) by its short form in a 责任单位 list
    body = "一、工作任务\n（一）盘活存量土地。（责任单位：市国土房屋局、市规划局）\n"
    names = snippet_departments("关于加快推进土地节约集约利用的实施意见", "大连市人民政府", "2009年3月6日", body)
    assert names == {"大连市国土资源和房屋局": "市国土房屋局", "大连市规划局": "市规划局"}


def test_the_level_formulas_of_a_central_rule_before_a_bureau_are_collectives_as_written():
    # spec 1.1 section 5 (collectives as written): a 1999 central quality-supervision rule names the bureaus of every
    # place of a level by the statutes' formulas (省、自治区、直辖市, 设区的市（地区）, 县、自治县、不设区的市, 市辖区)
    body = ("第三条　国家质量技术监督局主管全国的监督抽查工作。\n"
            "省、自治区、直辖市质量技术监督局和设区的市（地区）质量技术监督局负责本辖区的监督管理工作。\n"
            "县、自治县、不设区的市质量技术监督局以及市辖区质量技术监督分局负责本辖区的日常检查。\n")
    names = snippet_departments("产品质量监督抽查管理办法", "国家质量技术监督局", "1999年5月6日", body)
    assert names == {"国家质量技术监督局": "国家质量技术监督局",
                     "省、自治区、直辖市质量技术监督局": "省、自治区、直辖市质量技术监督局",
                     "设区的市（地区）质量技术监督局": "设区的市（地区）质量技术监督局",
                     "县、自治县、不设区的市质量技术监督局": "县、自治县、不设区的市质量技术监督局",
                     "市辖区质量技术监督分局": "市辖区质量技术监督分局"}


def test_a_central_organs_stationed_office_and_the_offices_of_every_levels_working_body():
    # guide S34 (CN2 Q7, D68: a stationed office with no sourced full name is kept as written) and spec 1.1 section 5
    # (collectives as written, determiners kept): a 2018 Jiangxi provincial plan names the forestry administration's
    # office stationed in the province, and the river-chief offices of every level and of the levels above the county
    body = ("二、责任单位\n省水利厅、国家林业局驻福州专员办（配合）等单位。\n"
            "（二）各级河长制办公室要发挥职能，县级及以上河长制办公室每年组织督导。\n")
    names = snippet_departments("江西省全面推行河长制工作方案", "中共江西省委办公厅", "2018年3月1日", body)
    assert names == {"江西省水利厅": "省水利厅", "国家林业局驻福州专员办": "国家林业局驻福州专员办",
                     "各级河长制办公室": "各级河长制办公室", "县级及以上河长制办公室": "县级及以上河长制办公室"}


def test_a_bracket_naming_the_zones_of_a_collective_of_boards_gives_each_board():
    # guide S33b (CM1 Q5: a bracket naming the members of a 各-collective gives the collective and each named organ) and
    # D13 (a zone names itself, no city in front): a 2017 Anhui city's rule lists its development zones inside
    # `各开发区（…）管委会`
    body = "第二条　各开发区（合肥经济技术开发区、合肥高新技术产业开发区）管委会负责本区域内的日常管理。\n"
    names = snippet_departments("合肥市城市道路挖掘管理办法", "合肥市人民政府", "2017年5月6日", body)
    assert names == {"各开发区管理委员会": "各开发区", "合肥经济技术开发区管理委员会": "合肥经济技术开发区",
                     "合肥高新技术产业开发区管理委员会": "合肥高新技术产业开发区"}


def test_the_authority_of_a_level_written_as_kinds_of_one_level_keeps_the_level_and_its_determiner():
    # spec 1.1 section 5 (collectives as written) and guide D35/D62 (所在地 kept, the words before it dropped):
    # a 1999 Inner Mongolia league's rule writes its levels as 旗县, 盟市 and 苏木乡镇 (organ_level_compounds.tsv)
    # as a Hebei rule writes 县级 and 市
    body = ("第五条　开垦草原的，由旗县级以上畜牧业行政主管部门审核；跨旗县的，由所在盟市畜牧业行政主管部门审核。\n"
            "第六条　承包者应当向草场所在地旗县级畜牧业行政主管部门提出申请，并由苏木乡镇畜牧业管理部门登记。\n")
    names = snippet_departments("锡林郭勒盟草原管理实施办法", "锡林郭勒盟行政公署", "1999年5月6日", body)
    assert names == {"旗县级以上畜牧业行政主管部门": "旗县级以上畜牧业行政主管部门",
                     "所在盟市畜牧业行政主管部门": "所在盟市畜牧业行政主管部门",
                     "所在地旗县级畜牧业行政主管部门": "所在地旗县级畜牧业行政主管部门",
                     "苏木乡镇畜牧业管理部门": "苏木乡镇畜牧业管理部门"}


def test_a_yunnan_rule_names_the_authority_of_its_prefectures_written_with_the_autonomous_kind():
    # the same grammar with 州市 (自治州 and 地级市 as one level, Yunnan) and a plain level after 所在地
    body = "第八条　申请人向所在地县级林业和草原主管部门提出申请，由所在州市林业和草原主管部门审核。\n"
    names = snippet_departments("云南省古树名木保护办法", "云南省林业和草原局", "2021年3月2日", body)
    assert names == {"所在地县级林业和草原主管部门": "所在地县级林业和草原主管部门",
                     "所在州市林业和草原主管部门": "所在州市林业和草原主管部门"}


def test_a_counted_level_list_gives_the_own_level_and_one_collective_of_the_levels_below():
    # guide D74 and S34 CN1 Q1: `省、市州、县市区三级X部门` in a province's notice is the province's own bureau and one
    # collective of the levels below, written without the count word (a 2009 Hunan plan)
    body = "一、重点工作\n（一）省、市州、县市区三级环境保护部门要建立联动机制。\n"
    names = snippet_departments("湖南省环境保护工作要点", "湖南省人民政府办公厅", "2009年3月1日", body)
    assert names == {"湖南省环境保护厅": "省、市州、县市区三级环境保护部门",
                     "市州、县市区环境保护部门": "省、市州、县市区三级环境保护部门"}


def test_a_level_list_whose_last_level_is_written_with_its_level_word_is_distributed():
    # guide D106 as confirmed in S33b: `市（州）、县级X部门` is each level's department (a 2015 Guizhou 办法); a
    # government with the level word written once stays one (a290's reading)
    body = ("第九条　市（州）、县级卫生计生部门应当会同同级民政部门建立救助台账。\n"
            "第十条　市（州）、县级人民政府应当将救助经费列入预算。\n")
    names = snippet_departments("贵州省疾病应急救助基金管理办法", "贵州省卫生和计划生育委员会", "2015年3月2日", body)
    assert names == {"市（州）卫生计生部门": "市（州）、县级卫生计生部门", "县级卫生计生部门": "市（州）、县级卫生计生部门",
                     "同级民政部门": "同级民政部门", "市（州）、县级人民政府": "市（州）、县级人民政府"}


def test_villages_named_as_the_subject_of_a_duty_are_its_assignees_as_written():
    # spec 1.1 section 5 (a place inside an assignment stands for its government, kept as written): a 2008 Sichuan town's
    # plan shares its work among its villages at the opening of each item; a word ending in 村 (新农村) and a village
    # named as the site of the work are no assignees
    from tests.test_organs_s5 import _run
    text = ("官渡镇秸秆禁烧工作方案\n\n一、任务分工\n（一）各村（社区）是本辖区秸秆禁烧工作的责任主体。\n"
            "1.红旗村、东风村负责国道沿线的巡查，每日安排2人值守；\n"
            "2.新农村建设与禁烧工作同步推进，在红星村建设防火隔离带；\n"
            "3.其余各村（社区）负责本辖区田间地头的巡查管控。\n\n双流县官渡镇人民政府\n2008年5月6日\n")
    names, triples = _run(text, "四川省成都市双流县官渡镇", "township")
    assert {"红旗村", "东风村", "其余各村（社区）"} <= set(names) and not {"新农村", "红星村"} & set(names)
    assert {("一/(一)/1", "红旗村", "responsible"), ("一/(一)/1", "东风村", "responsible"),
            ("一/(一)/3", "其余各村（社区）", "responsible")} <= triples


def test_the_townships_written_bare_after_a_partner_verb_are_the_partner_of_the_duty():
    # spec 1.1 section 5 (a place inside an assignment stands for its government) and section 6 (A会同B: B co): a 2013
    # Henan county's 办法 has its housing bureau check the works with the townships; 乡镇 as a level elsewhere is no organ
    from tests.test_organs_s5 import _run
    text = ("新县农村危房改造补助资金管理办法\n\n第一条　为规范补助资金管理，制定本办法。\n第八条　改造工程竣工后，由县住房和城乡建设局会同乡镇验收。\n"
            "第九条　乡镇集中建设的，不足部分统筹解决。\n\n新县人民政府\n2013年4月2日\n")
    names, triples = _run(text, "河南省信阳市新县", "county")
    assert names == {"新县住房和城乡建设局": "县住房和城乡建设局", "乡镇": "乡镇"}
    assert triples == {("第八条", "新县住房和城乡建设局", "lead"), ("第八条", "乡镇", "co")}
