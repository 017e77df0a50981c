"""Organ names of session 30, wave 2 (s30-org2): classes the open golds (A24-A27, the stress notices o01-o42) showed,
tested on snippets written for these tests in the style of other places, levels and eras than the notices that showed
them (not copied from any corpus)."""
from tests.organ_snippets import snippet_departments


def test_grassroots_cooperatives_are_a_collective_as_written():
    # a 2015 Jiangxi provincial opinion: 基层供销社 and 各级基层供销合作社 are the system's grassroots cooperatives (spec
    # 1.1 section 5, a people's organisation with a qualifier), not the province's own federation, whose mention stays
    # its own (省供销合作社, not the 供销社 inside 基层供销社)
    body = ("（三）改造基层社。加快推进基层供销社改造提升，各级基层供销合作社要发挥为农服务作用。省供销合作社负责。\n")
    names = snippet_departments("江西省人民政府关于加快供销合作社改革发展的意见", "江西省人民政府", "2015年3月1日", body)
    assert names == {"基层供销社": "基层供销社", "各级基层供销合作社": "各级基层供销合作社",
                     "江西省供销合作社": "省供销合作社"}
    # a 2006 county plan: a cooperative's director is a person (no body), the short 基层社 is left as written nowhere
    body = "（二）乡镇基层供销社主任要亲自抓。县供销社负责指导基层社开展农资配送。\n"
    names = snippet_departments("平江县农资连锁经营实施方案", "平江县人民政府", "2006年4月1日", body)
    assert not any(n.startswith(("基层", "乡镇基层")) for n in names)


def test_the_police_fire_service_before_2018_is_one_sector_authority():
    # guide D26 (made precise), D37: the pre-2018 公安消防 is the function-named fire authority under the police, kept
    # as written, alone and in a list (a 2012 Gansu provincial opinion)
    body = ("（三）加强监管。民政部门要加强监督检查。公安消防部门要加强养老机构消防安全检查。"
            "住房城乡建设、公安消防等部门按职责配合。\n")
    names = snippet_departments("甘肃省人民政府关于加快发展养老服务业的意见", "甘肃省人民政府", "2012年3月1日", body)
    assert names == {"民政部门": "民政部门", "公安消防部门": "公安消防部门", "住房城乡建设部门": "住房城乡建设"}


def test_the_central_party_working_committees_carry_the_party_in_their_names():
    # the party's working committees for the central organs are named 中共中央…工作委员会 (their seals; spec 1.1 section 5
    # full official names): a 2010 notice of a State Council bureau (before the 2018 merger) and a 2021 one (after it)
    body = "一、中直机关工委、中央国家机关工委负责指导本系统工作。\n"
    names = snippet_departments("关于推进机关节能工作的通知", "国家机关事务管理局", "2010年3月1日", body)
    assert names == {"中共中央直属机关工作委员会": "中直机关工委", "中共中央国家机关工作委员会": "中央国家机关工委"}
    body = "一、中央和国家机关工委负责指导机关党建工作。\n"
    names = snippet_departments("关于推进机关节能工作的通知", "国家机关事务管理局", "2021年3月1日", body)
    assert names == {"中共中央和国家机关工作委员会": "中央和国家机关工委"}


def test_the_boards_of_supervisors_of_the_key_state_enterprises_are_named_as_written():
    # the boards the State Council sent to the key state enterprises (《国有重点大型企业监事会暂行条例》 2000, until the
    # 2018 reform moved the function to the audit office) are state organs acting, kept as written (a 2004 Jiangsu
    # opinion writes them short, a 2010 central one in full)
    body = "（三）国有重点企业监事会要把企业职工培训情况列入检查内容。\n"
    names = snippet_departments("江苏省人民政府关于加强职业培训的意见", "江苏省人民政府", "2004年3月1日", body)
    assert names == {"国有重点企业监事会": "国有重点企业监事会"}
    body = "（三）国有重点大型企业监事会要把企业职工培训情况列入检查内容。\n"
    names = snippet_departments("国务院关于加强职业培训的意见", "国务院", "2010年3月1日", body)
    assert names == {"国有重点大型企业监事会": "国有重点大型企业监事会"}


def test_governments_named_by_the_places_role_keep_it():
    # guide D93: districts or counties named by their role in the policy are a collective as written, with their
    # government (a 2022 Beijing municipal plan: 涉农区, Beijing's districts with rural areas; a 2012 Hunan provincial
    # notice: 重点县, 贫困县), not the bare level's government
    body = ("（三）建设充电设施。到2025年实现乡镇充电设施全覆盖。（责任单位：市发展改革委、涉农区人民政府）\n"
            "（四）各涉农区政府要加强组织领导。\n")
    names = snippet_departments("北京市加快推进乡村充电设施建设实施方案", "北京市人民政府", "2022年3月1日", body)
    assert names == {"北京市发展和改革委员会": "市发展改革委", "涉农区人民政府": "涉农区人民政府",
                     "各涉农区政府": "各涉农区政府"}
    body = "（二）重点县人民政府负责组织实施，贫困县政府要安排配套资金。\n"
    names = snippet_departments("湖南省人民政府关于加强农村公路养护的通知", "湖南省人民政府", "2012年5月1日", body)
    assert names == {"重点县人民政府": "重点县人民政府", "贫困县政府": "贫困县政府"}


def test_a_pboc_sub_branch_of_a_banner_written_short_is_written_out():
    # guide D99: the PBOC's county unit written short is written out where pipeline/data sources the place; a banner's
    # short name (region_short_names.tsv) with its 旗 (a 2012 banner plan in Baotou; a 2016 Hohhot city notice)
    body = "（三）加大金融支持。人行达茂旗支行要引导金融机构加大投入。\n"
    names = snippet_departments("达尔罕茂明安联合旗人民政府关于加快发展现代农业的意见", "达尔罕茂明安联合旗人民政府",
                                "2012年3月1日", body)
    assert names == {"中国人民银行达尔罕茂明安联合旗支行": "人行达茂旗支行"}
    body = "（三）加大金融支持。人民银行土左旗支行、中国人民银行托克托县支行负责。\n"
    names = snippet_departments("呼和浩特市人民政府关于加快发展现代农业的意见", "呼和浩特市人民政府", "2016年3月1日", body)
    assert names == {"中国人民银行土默特左旗支行": "人民银行土左旗支行", "中国人民银行托克托县支行": "中国人民银行托克托县支行"}


def test_a_place_determiner_is_shared_by_the_committee_and_the_government():
    # spec 1.1 section 5 (a shared determiner distributed): 当地党委和政府, 所在地党委、政府 are the local party committees
    # and the local governments, each a collective as written (a 2011 central ministry's notice)
    body = ("（一）加强领导。各省级农业部门要在当地党委和政府统一领导下，制定实施方案。"
            "项目所在地党委、政府要加强保障。\n")
    names = snippet_departments("农业部关于做好2011年农村沼气建设工作的通知", "农业部", "2011年3月1日", body)
    assert names == {"各省级农业部门": "各省级农业部门", "当地党委": "当地党委和政府", "当地政府": "当地党委和政府",
                     "所在地党委": "所在地党委、政府", "所在地政府": "所在地党委、政府"}


def test_the_governments_organs_of_every_level_are_one_collective():
    # guide D4 collectives: 各级政府机关 (the governments' organs, as 各级党政机关) as written, not 各级政府; the
    # administration office of the government's organs stays a named organ (a 2008 Guangdong city's opinion)
    body = "（四）公共机构节能。各级政府机关要带头节能，市政府机关事务管理局负责督促检查。\n"
    names = snippet_departments("江门市人民政府关于加强节能工作的意见", "江门市人民政府", "2008年3月1日", body)
    assert names["各级政府机关"] == "各级政府机关"
    assert "各级政府" not in names


def test_a_division_written_after_its_department_alone_is_the_ministrys():
    # guide D72: a ministry's 处 under its 司, in the contact line that repeats the 司 the body named (我部农村水利司) without
    # the ministry: the division of that ministry's 司 (a 2013 Ministry of Water Resources notice); a 司 written whole
    # with its division stays as before
    body = "一、各省级水行政主管部门要于11月底前将总结报我部农村水利司。\n联系人：农村水利司供水处，010-63202535。\n"
    names = snippet_departments("水利部关于做好2013年农村饮水安全工作的通知", "水利部", "2013年3月1日", body)
    assert names == {"各省级水行政主管部门": "各省级水行政主管部门", "水利部": "我部", "水利部农村水利司": "农村水利司",
                     "水利部农村水利司供水处": "农村水利司供水处"}
    body = "一、各省级民政部门要于11月底前将总结报民政部社会救助司。\n联系人：民政部社会救助司低保处，010-58123030。\n"
    names = snippet_departments("民政部关于做好2016年农村低保工作的通知", "民政部", "2016年3月1日", body)
    assert names["民政部社会救助司低保处"] == "民政部社会救助司低保处"
