"""Organ names of session 34 (s34-org): classes the opened FIX half (A36, A39) showed and the open material repeats in
other notices, tested on snippets written for these tests in the style of other provinces, levels and eras than the
notices that showed them (not copied from any notice)."""
from tests.organ_snippets import snippet_departments


def test_a_government_collective_with_its_zone_boards_in_a_bracket_is_one_collective():
    # guide D98 and S33 (CK Q5, the D59 line): `（管委会）` after the places' governments names the boards of the zones
    # run as places, one addressee collective as written; a 2016 Hunan prefecture's plan, its districts' and counties'
    # governments written with their bracket of kinds, and a shorter `各区政府（管委会）` written with half-width brackets
    body = ("（一）各县（市、区）人民政府（管委会）要把农村公路养护纳入年度考核。\n"
            "（二）各区政府(管委会)负责辖区内的日常巡查，市交通运输局负责指导。\n")
    names = snippet_departments("关于加强农村公路养护工作的意见", "株洲市人民政府", "2016年4月12日", body)
    assert names == {"各县（市、区）人民政府（管委会）": "各县（市、区）人民政府（管委会）",
                     "各区政府（管委会）": "各区政府(管委会)", "株洲市交通运输局": "市交通运输局"}


def test_a_boards_bracket_in_angle_brackets_in_a_traditional_copy():
    # the same in a Traditional-script web copy of a 2019 Fujian city's notice that types the bracket with 〈〉 (as
    # some offices type `各鎮〈街道〉`): one collective named with （）, quoted as written
    body = "（三）各區政府〈管委會〉負責組織實施，市財政局給予指導。\n"
    names = snippet_departments("關於推進老舊小區改造的實施意見", "漳州市人民政府", "2019年6月3日", body)
    assert names == {"各区政府（管委会）": "各區政府〈管委會〉", "漳州市财政局": "市財政局"}


def test_the_construction_sector_of_earlier_statutes_after_a_determiner():
    # spec 1.1 section 5 (collectives as written, a bracketed alternative sector naming two; guide D71): a 2006 Jiangsu
    # provincial 办法 names the construction authority of before the 2008 reform, `建设`, after a level's government and
    # after 所在地, as it does elsewhere after a boundary (建设 alone ends a longer word only where nothing determines it)
    body = ("第四条　县级以上地方人民政府建设（规划）行政主管部门负责本行政区域内城市照明的监督管理。\n"
            "第九条　施工单位应当将变更情况报注册所在地建设行政主管部门备案。\n"
            "第十条　信息化建设部门应当予以配合。\n")
    names = snippet_departments("江苏省城市照明管理办法", "江苏省人民政府", "2006年5月10日", body)
    assert names == {"县级以上地方人民政府建设行政主管部门": "县级以上地方人民政府建设（规划）行政主管部门",
                     "县级以上地方人民政府规划行政主管部门": "县级以上地方人民政府建设（规划）行政主管部门",
                     "所在地建设行政主管部门": "所在地建设行政主管部门"}


def test_a_place_determiner_shared_over_a_function_organ_and_an_alternative():
    # spec 1.1 section 5 (a shared head distributed; guide D1, D83): a 2015 Zhejiang city's 办法 writes 所在地 once
    # before a function-named organ and a sector's authority joined by 和, and before a town's government and a street
    # office joined by 或者: each is the place's own, a collective as written with the determiner
    body = ("第十二条　发现可疑物品的，应当立即报告所在地公安机关和市场监督管理部门。\n"
            "第十三条　申请人向所在地镇人民政府或者街道办事处提出申请。\n")
    names = snippet_departments("丽水市寄递安全管理办法", "丽水市人民政府", "2015年5月10日", body)
    assert names == {"所在地公安机关": "所在地公安机关", "所在地市场监督管理部门": "市场监督管理部门",
                     "所在地镇人民政府": "所在地镇人民政府", "所在地街道办事处": "街道办事处"}


def test_a_joint_meeting_system_described_by_its_work_names_the_body_of_its_founders_level():
    # guide D96 (a body the document sets up) and D15 (working bodies take the region): a 2012 Shanghai district's 办法
    # has its departments set up a joint meeting and says when it meets or what it does; the founding department's
    # level names the body's place, a city district with its city; a system named for what it advances stays the
    # mechanism; a founder without a level keeps the body as written
    body = ("第二十条　区生态环境局应当会同区水务局建立河湖保护联席会议制度，定期研究解决河湖保护中的重大问题。\n"
            "第二十一条　区绿化市容局应当建立餐厨垃圾管理联席会议制度，每半年至少召开1次会议，通报管理情况。\n"
            "第二十二条　区人民政府建立控制吸烟工作联席会议制度，推进工作体系建设。\n")
    names = snippet_departments("青浦区河湖保护管理办法", "上海市青浦区人民政府", "2012年5月10日", body)
    assert names == {"上海市青浦区生态环境局": "区生态环境局", "上海市青浦区水务局": "区水务局",
                     "上海市青浦区河湖保护联席会议": "河湖保护联席会议", "上海市青浦区绿化和市容管理局": "区绿化市容局",
                     "上海市青浦区餐厨垃圾管理联席会议": "餐厨垃圾管理联席会议", "上海市青浦区人民政府": "区人民政府"}
    # a 2009 Hebei provincial rule: the authority named by its function, no level, sets the meeting up
    body = "第二十三条　社会保险行政部门应当会同财政部门建立工伤保险工作联席会议制度，定期研究解决重大问题。\n"
    names = snippet_departments("河北省工伤保险实施办法", "河北省人民政府", "2009年5月10日", body)
    assert names["工伤保险工作联席会议"] == "工伤保险工作联席会议"


def test_a_mechanism_named_for_who_meets_stays_no_body():
    # the same formula without a field of work (`部门间联席会议`, a 2016 Gansu provincial opinion): the mechanism, no organ
    body = "（五）建立健全部门间联席会议制度，定期研究解决养老服务发展中的重大问题。\n"
    names = snippet_departments("关于加快发展养老服务业的实施意见", "甘肃省人民政府", "2016年5月10日", body)
    assert names == {}
