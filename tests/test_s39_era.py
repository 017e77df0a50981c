"""Organ names of session 39 (s39-era): organs of their time in older notices, central rules and law-collection texts,
tested on snippets written for these tests in the style of other provinces, levels and eras than the notices that
showed the misses (not copied from any notice)."""
from pipeline import process_text
from tests.organ_snippets import snippet_departments


def test_a_local_planning_commission_of_2000_is_still_the_jihua_weiyuanhui():
    # organ_era_names.tsv (中发〔1999〕2号: the provinces' reforms ran through 2000, the cities' and counties' 2001-2002):
    # a Hunan city's 市计委 of 2000 is the 计划委员会; of 2002 the 发展计划委员会
    body = "一、工作任务\n（一）做好项目储备。（市计委、市财政局）\n"
    names = snippet_departments("关于加快重点项目建设的通知", "常德市人民政府", "2000年9月5日", body)
    assert names == {"常德市计划委员会": "市计委", "常德市财政局": "市财政局"}
    names = snippet_departments("关于加快重点项目建设的通知", "常德市人民政府", "2002年9月5日", body)
    assert names["常德市发展计划委员会"] == "市计委"


def test_a_local_family_planning_commission_and_bureau_before_their_renaming():
    # organ_era_names.tsv (2003 State Council plan renamed the national commission; the local ones followed later):
    # a Yunnan county's 计生委 of 2003 and a Hubei county's 计生局 of 2004 keep their old names
    body = "一、工作任务\n（一）落实奖励扶助制度。（县计生委、县财政局）\n"
    names = snippet_departments("关于做好农村计划生育奖励扶助工作的通知", "禄丰县人民政府", "2003年10月8日", body)
    assert names["禄丰县计划生育委员会"] == "县计生委"
    body = "一、工作任务\n（一）落实奖励扶助制度。（县计生局、县财政局）\n"
    names = snippet_departments("关于做好农村计划生育奖励扶助工作的通知", "竹溪县人民政府", "2004年10月8日", body)
    assert names["竹溪县计划生育局"] == "县计生局"
    names = snippet_departments("关于做好农村计划生育奖励扶助工作的通知", "竹溪县人民政府", "2008年10月8日", body)
    assert names["竹溪县人口和计划生育局"] == "县计生局"


def test_a_commission_written_short_after_its_full_name_in_a_city_named_with_zhou():
    # guide D19/D40: the short form takes the full name the notice writes for its place, also where the city's own name
    # holds a level character (郑州市: 州 is not where the place ends)
    body = ("一、工作任务\n（一）由市发展计划委员会牵头编制项目计划。\n"
            "（二）市计委会同市财政局做好资金安排。\n")
    names = snippet_departments("关于加强城市基础设施建设的通知", "郑州市人民政府", "2002年4月10日", body)
    assert set(names) == {"郑州市发展计划委员会", "郑州市财政局"}


def test_a_ministrys_order_number_in_prose_is_no_mention_of_the_ministry():
    # spec 1.1 section 5 (organs only inside a cited document do not count; GB/T 9704 numbers an order 令第N号 under
    # its organ): a Fujian provincial rule's repeal clause names the old ministry's order, not the ministry
    body = ("第三十条 本办法由省卫生厅负责解释。\n"
            "第三十一条 本办法自2012年5月1日起施行。2003年3月1日卫生部令第35号发布的规定在本省的实施细则同时废止。\n")
    names = snippet_departments("福建省医疗机构管理办法", "福建省人民政府", "2012年3月20日", body)
    assert names == {"福建省卫生厅": "省卫生厅"}


def test_a_footbridge_and_an_underpass_are_no_peoples_bank():
    # 人行天桥, 人行地下通道, 人行过街设施: pedestrians' works, not 人行 the People's Bank (department_aliases.tsv)
    body = "一、工作任务\n（一）新建人行天桥2座、人行地下通道1处，完善人行过街设施。（县住房城乡建设局）\n"
    names = snippet_departments("2015年城区道路建设方案", "石阡县人民政府", "2015年3月2日", body)
    assert names == {"石阡县住房和城乡建设局": "县住房城乡建设局"}


def test_an_annotation_closing_before_the_next_sentences_subject_closes_no_list():
    # spec 1.1 section 5 (a closing word that only sums a list up adds no entry): a Guangxi provincial notice's bracket
    # annotation ends with 负责）, and the next sentence opens with its own subjects; no collective spans the bracket
    body = ("一、工作任务\n（一）推进信用信息归集。（自治区商务厅、公安厅、人民银行南宁中心支行、统计局等按职责分工负责）"
            "各市、各有关部门要充分认识做好此项工作的重要意义。\n")
    names = snippet_departments("关于促进流通消费的实施意见", "广西壮族自治区人民政府办公厅", "2016年8月16日", body)
    assert not [n for n in names if "）" in n or ")" in n]
    assert names["各有关部门"] == "各有关部门"


def test_customs_named_bare_as_the_organ_that_acts():
    # 海关法 第二条 (organ_sector_own_organs.tsv): a Yunnan provincial rule hands goods to the customs, named bare; 海关手续
    # and 海关监管场所 are words, no organ
    body = ("第十条 经营者应当依法办理海关手续。\n"
            "第十一条 查获的走私物品，移送海关依法处理。\n"
            "第十二条 建设海关监管场所。\n")
    names = snippet_departments("云南省边境贸易管理办法", "云南省人民政府", "2009年6月1日", body)
    assert names == {"海关": "海关"}


def test_the_rules_a_duty_follows_are_no_part_of_the_collective_it_goes_to():
    # spec 1.1 section 5 (collectives as written): a Jiangsu county's rule files a plan `按照有关规定报有关主管部门备案`;
    # the collective opens at its own 有关
    body = "第八条 经营单位应当按照有关规定报有关主管部门备案。\n第九条 县财政局负责资金监管。\n"
    names = snippet_departments("沛县农村公路养护管理办法", "沛县人民政府", "2012年5月8日", body)
    assert names == {"有关主管部门": "有关主管部门", "沛县财政局": "县财政局"}


def test_a_joint_orders_organ_lines_over_its_ling_line_are_no_body():
    # GB/T 9704 order format: a 2005 joint order prints each organ on its own line around `令`; those lines are the
    # order's heading, not mentions in the body
    text = ("出口退税管理办法\n\n中华人民共和国财政部\n中华人民共和国商务部　令\n中华人民共和国海关总署\n\n第12号\n\n"
            "《出口退税管理办法》已经财政部部务会议审议通过，并经商务部同意，现予发布。\n\n"
            "二〇〇五年三月一日\n\n出口退税管理办法\n\n第一条 为规范出口退税管理，制定本办法。\n"
            "第二条 各地财政部门负责本办法的实施。\n")
    rec = process_text(text, doc_id="t")
    names = {d.name for d in rec.departments}
    assert "海关总署" not in names
    assert "商务部" in names and "各地财政部门" in names


def test_a_township_station_written_short_and_in_full_is_one_organ():
    # guide D40 (a short form takes the full name the notice writes): a Guizhou township's notice names its 工商所 in
    # full once and short after; written short alone it stays as written (D39)
    body = ("一、成员单位：乡工商行政管理所、乡财政所。\n"
            "二、乡工商所负责市场巡查，乡派出所配合。\n")
    names = snippet_departments("关于整治集镇市场秩序的通知", "镇宁布依族苗族自治县简嘎乡人民政府", "2015年4月2日", body)
    assert names["镇宁布依族苗族自治县简嘎乡工商行政管理所"] in ("乡工商行政管理所", "乡工商所")
    assert "镇宁布依族苗族自治县简嘎乡工商所" not in names
    body = "一、乡工商所负责市场巡查，乡派出所配合。\n"
    names = snippet_departments("关于整治集镇市场秩序的通知", "镇宁布依族苗族自治县简嘎乡人民政府", "2015年4月2日", body)
    assert names["镇宁布依族苗族自治县简嘎乡工商所"] == "乡工商所"


def test_a_broadcasting_bureau_written_short_by_level_and_year():
    # organ_era_names.tsv (guide D68): a province's 广电局 of 2012 is its 广播电影电视局, of 2014 kept as written (the
    # mergers into 新闻出版广电局 ran place by place), of 2016 the 新闻出版广电局
    body = "一、工作任务\n（一）做好农村电影放映。（省广电局、省财政厅）\n"
    names = snippet_departments("关于农村电影放映工程的实施意见", "江西省人民政府办公厅", "2012年5月3日", body)
    assert names["江西省广播电影电视局"] == "省广电局"
    names = snippet_departments("关于农村电影放映工程的实施意见", "江西省人民政府办公厅", "2014年5月3日", body)
    assert names["江西省广电局"] == "省广电局"
    names = snippet_departments("关于农村电影放映工程的实施意见", "江西省人民政府办公厅", "2016年5月3日", body)
    assert names["江西省新闻出版广电局"] == "省广电局"
