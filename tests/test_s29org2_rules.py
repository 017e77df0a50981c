"""Organ names, wave 2 of session 29 (s29-org2): classes left by A24, A25 and the stress notices, tested on snippets
written for these tests in the style of other places, levels and eras than the notices that showed them."""
from tests.organ_snippets import snippet_departments


def test_joint_meeting_the_document_sets_up_is_mentioned():
    # guide D96: `建立…联席会议制度` names the body the document sets up; a central one (a 2016 State Council opinion)
    body = ("五、加强组织领导\n建立由民政部牵头，教育部、公安部等部门参加的农村留守儿童关爱保护工作部际联席会议制度，"
            "统筹协调重大问题。\n")
    names = snippet_departments("国务院关于加强农村留守儿童关爱保护工作的意见", "国务院", "2016年2月4日", body)
    assert names.get("农村留守儿童关爱保护工作部际联席会议") == "农村留守儿童关爱保护工作部际联席会议"
    # a provincial one whose first member is a short 委 of one character (省农委): the province's body, with 现代 opening
    # its name (a 2015 Anhui opinion)
    body = ("六、加强组织领导\n建立由省农委、省发展改革委牵头，省各有关部门参加的现代农业发展联席会议制度，统筹协调推进。\n")
    names = snippet_departments("安徽省人民政府关于加快发展现代农业的意见", "安徽省人民政府", "2015年2月4日", body)
    assert names.get("安徽省现代农业发展联席会议") == "现代农业发展联席会议"
    assert names.get("安徽省发展和改革委员会") == "省发展改革委"


def test_body_name_opening_with_xin():
    # a Hubei county's 2008 rules: a body named after 新农合 (新 opens the term, not a verb); 新成立的 is no name
    body = ("第四条　县人民政府成立新农合工作领导小组，由县长任组长，县卫生局、县财政局为成员。"
            "领导小组办公室设在县卫生局。\n第五条　新成立的乡镇合作医疗办公室要配齐人员。\n")
    names = snippet_departments("罗田县新型农村合作医疗实施办法", "罗田县人民政府", "2008年3月1日", body)
    assert names.get("罗田县新农合工作领导小组") == "新农合工作领导小组"
    assert names.get("罗田县新农合工作领导小组办公室") == "领导小组办公室"
    assert not any(n.startswith("新成立") or n.startswith("罗田县新成立") for n in names)


def test_province_level_bare_group_office_is_the_group_set_up():
    # a 2004 Jiangsu opinion: `省领导小组办公室` after `省政府成立“…工程”领导小组` is that group's office, no second organ
    body = ("五、保障措施\n（一）建立协调机制。省政府成立“百万农民创业培训工程”领导小组，由分管副省长任组长，"
            "领导小组办公室设在省农林厅。\n（二）加强督查。省领导小组办公室要会同有关部门，每年进行一次检查。\n")
    names = snippet_departments("江苏省人民政府关于实施“百万农民创业培训工程”的意见", "江苏省人民政府", "2004年5月9日", body)
    assert names.get("江苏省“百万农民创业培训工程”领导小组") == "“百万农民创业培训工程”领导小组"
    assert "江苏省“百万农民创业培训工程”领导小组办公室" in names
    assert "江苏省领导小组办公室" not in names
    assert names.get("江苏省农林厅") == "省农林厅"


def test_name_out_of_date_at_the_issue_date_is_the_organ_of_that_date():
    # guide D99 in a 2011 national plan: 国家地震局 (renamed 1998) is 中国地震局; 卫生部 is still 卫生部 in 2011 (renamed
    # 2013); (s36-articles, guide D99 confirmed in S32 and S34) an old name in a history the text tells (原劳动部…发布的,
    # …转发建设部等部门《…》) is the organ of the issue date too, as the author of the earlier rule
    body = ("四、保障措施\n（一）加强协调。民政部会同财政部、卫生部、国家地震局、中国气象局等部门建立协调机制，"
            "研究解决规划实施中的问题。\n（二）原劳动部1996年发布的《职业技能鉴定规定》同时废止。"
            "国务院办公厅转发建设部等部门《关于加强城市规划工作的意见》，要认真落实。\n")
    names = snippet_departments("全国防灾减灾宣传体系建设规划（2011—2015年）", "国家减灾委员会", "2011年5月6日", body)
    assert names.get("中国地震局") == "国家地震局"
    assert "国家地震局" not in names
    assert names.get("卫生部") == "卫生部"
    assert names.get("人力资源和社会保障部") == "劳动部"
    assert names.get("住房和城乡建设部") == "建设部"
    assert "劳动部" not in names and "建设部" not in names
    # a chain of renames (劳动部 1998 → 劳动和社会保障部, 2008 → 人力资源和社会保障部) in a 2010 provincial notice
    body = "三、分工\n（一）劳动部、农业部要加强对农民工培训工作的指导。\n"
    names = snippet_departments("四川省农民工培训工作方案", "四川省人民政府办公厅", "2010年4月1日", body)
    assert names.get("人力资源和社会保障部") == "劳动部"
    assert names.get("农业部") == "农业部"


def test_place_determiner_before_the_cities_with_districts():
    # a 2005 Shandong provincial rule: 所在地 before `设区的市级人民政府…主管部门` is the determiner of that collective
    body = "第五条　回收企业应当向所在地设区的市级人民政府商务主管部门备案。\n"
    names = snippet_departments("山东省废旧物资回收管理办法", "山东省人民政府", "2005年1月1日", body)
    assert names.get("所在地设区的市级人民政府商务主管部门") == "所在地设区的市级人民政府商务主管部门"
    assert "设区的市级人民政府商务主管部门" not in names


def test_road_authorities_and_guangdong_cities_as_a_level():
    # guide D97: the road law's 公路管理机构, 路政管理机构 (and with a level word) are function-named organs; a Hunan
    # provincial rule of 2009
    body = ("第六条　县级人民政府交通运输主管部门负责县道的管理，其所属的公路管理机构承担具体养护职责；"
            "乡道由乡镇人民政府负责养护，县级公路管理机构负责技术指导。\n"
            "第二十条　由交通运输主管部门或者其委托的路政管理机构责令停止违法行为。\n")
    names = snippet_departments("湖南省农村公路养护管理办法", "湖南省人民政府", "2009年6月1日", body)
    assert names.get("公路管理机构") == "公路管理机构"
    assert names.get("县级公路管理机构") == "县级公路管理机构"
    assert names.get("路政管理机构") == "路政管理机构"
    # 地级以上市 (Guangdong's statutes' word for its prefecture-level cities) as a level, in a 2003 rule on markets
    body = "第五条　地级以上市人民政府商务主管部门负责本行政区域内农贸市场的监督管理。\n"
    names = snippet_departments("广东省农贸市场管理规定", "广东省人民政府", "2003年8月1日", body)
    assert names.get("地级以上市人民政府商务主管部门") == "地级以上市人民政府商务主管部门"

