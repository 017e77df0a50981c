"""Level formulas sharing one government head (s34-forms2, issue 12): `设区的市人民政府X行政部门` alone, and the provinces'
formula joined by 和/及 to 设区的市 or 计划单列市 before one 人民政府, on sentences written for these tests in the style of
a 1990s State Council regulation, a 2000s ministry notice and a 2010s provincial rule (none is copied from a dev notice)."""
from tests.organ_snippets import snippet_departments


def test_a_districted_citys_authority_keeps_its_level():
    # spec 1.1 section 5, guide D24/D106: `设区的市人民政府…行政部门` is a level's collective as written, not the document's
    # own 市人民政府 (a 1995 State Council regulation, a 2013 provincial rule)
    body = ("　　第六条　设区的市人民政府环境保护行政部门负责本行政区域内排污许可的审核。\n"
            "　　第七条　设区的市人民政府卫生行政部门和劳动行政部门按照各自职责实施监督。\n")
    names = snippet_departments("排污许可管理条例", "国务院", "1995年8月1日", body)
    assert names == {"设区的市人民政府环境保护行政部门": "设区的市人民政府环境保护行政部门",
                     "设区的市人民政府卫生行政部门": "设区的市人民政府卫生行政部门",
                     "设区的市人民政府劳动行政部门": "劳动行政部门"}
    body = "　　第九条　设区的市人民政府文化行政部门应当建立非物质文化遗产名录。\n"
    names = snippet_departments("湖南省非物质文化遗产条例", "湖南省人民代表大会常务委员会", "2013年3月1日", body)
    assert names == {"设区的市人民政府文化行政部门": "设区的市人民政府文化行政部门"}


def test_a_districted_citys_government_before_other_words_is_unchanged():
    # the government alone, or followed by 及其/应当/确定的 or another level's authority: no authority is read across them
    body = ("　　第十条　设区的市人民政府应当组织民政行政部门开展检查。\n"
            "　　第十一条　设区的市人民政府及其民政行政部门应当公开办事程序。\n"
            "　　第十二条　设区的市人民政府和县级人民政府民政行政部门负责具体实施。\n")
    names = snippet_departments("社会团体登记管理条例", "国务院", "1998年10月25日", body)
    assert names == {"设区的市人民政府": "设区的市人民政府", "民政行政部门": "民政行政部门",
                     "县级人民政府民政行政部门": "县级人民政府民政行政部门"}
    # a list of levels before the authority stays distributed (D106)
    body = "　　第八条　设区的市、县级人民政府交通行政部门负责公路路政管理。\n"
    names = snippet_departments("公路管理条例", "国务院", "1999年3月1日", body)
    q = "设区的市、县级人民政府交通行政部门"
    assert names == {"设区的市人民政府交通行政部门": q, "县级人民政府交通行政部门": q}


def test_provinces_and_districted_cities_sharing_one_government():
    # the Legislation Law's formula (规章制定, 备案): the provinces' formula stays one (D25), 设区的市人民政府 the other
    # level, both quoted by the whole formula (a 2001 State Council regulation)
    body = "　　第二条　省、自治区、直辖市和设区的市人民政府制定规章，适用本条例。\n"
    names = snippet_departments("规章制定程序条例", "国务院", "2001年11月16日", body)
    q = "省、自治区、直辖市和设区的市人民政府"
    assert names == {"省、自治区、直辖市人民政府": q, "设区的市人民政府": q}
    # the departments of both levels (`…人民政府部门`) keep their one collective as before
    body = "　　第三条　省、自治区、直辖市和设区的市人民政府部门不得制定规章。\n"
    names = snippet_departments("规章制定程序条例", "国务院", "2001年11月16日", body)
    assert names == {"省、自治区、直辖市和设区的市人民政府部门": "省、自治区、直辖市和设区的市人民政府部门"}


def test_provinces_and_cities_with_separate_plan_status_sharing_one_government():
    # a ministry's notice naming the provinces beside the cities with separate plan status (2004, with 各 and 和; 2009,
    # without 各 and with 及): the provinces' formula as written (各 kept) and 计划单列市人民政府
    body = "　　一、各省、自治区、直辖市和计划单列市人民政府要把农村义务教育经费纳入财政预算。\n"
    names = snippet_departments("关于进一步加强农村教育经费管理的通知", "教育部", "2004年5月10日", body)
    q = "各省、自治区、直辖市和计划单列市人民政府"
    assert names == {"各省、自治区、直辖市人民政府": q, "计划单列市人民政府": q}
    body = "　　二、省、自治区、直辖市及计划单列市人民政府应当于每年6月底前报送执行情况。\n"
    names = snippet_departments("关于做好保障性住房统计工作的通知", "住房和城乡建设部", "2009年4月1日", body)
    q = "省、自治区、直辖市及计划单列市人民政府"
    assert names == {"省、自治区、直辖市人民政府": q, "计划单列市人民政府": q}
    # the same formula before a bureau with an alternative stays one collective per organ, as before
    body = "　　三、各省、自治区、直辖市和计划单列市教育厅（教委）要加强指导。\n"
    names = snippet_departments("关于进一步加强农村教育经费管理的通知", "教育部", "2004年5月10日", body)
    q = "各省、自治区、直辖市和计划单列市教育厅"
    assert names == {q: q, "各省、自治区、直辖市和计划单列市教委": q}
