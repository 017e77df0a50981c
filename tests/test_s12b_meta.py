"""s12b-meta: a town's or street's own notice placed from the table of townships and the document's
other evidence; a 政府令 with its number on the order's line; several transmitted titles side by
side; a one-line party-and-government signature. Snippets written for these tests (other
provinces, levels and eras than any notice that prompted them)."""
import pytest

from pipeline import process_text
from pipeline.regions import township_common_region


def md(text):
    return process_text(text).metadata


# Class 1: `中共X街道工作委员会 X街道办事处` / `中共X镇委员会 X镇人民政府` as the title block.
TOWN_CASES = [
    # the county in the notice's own sentence, the plan transmitted below
    ("中共长安街道工作委员会 长安街道办事处\n关于印发《长安街道2020年度安全生产工作要点》的通知\n\n各社区，街道各部门：\n"
     "根据西昌市安全生产委员会工作部署，现将工作要点印发给你们。\n\n中共长安街道工作委员会\n长安街道办事处\n2020年3月2日\n",
     "四川省凉山彝族自治州西昌市长安街道"),
    # two lines glued into the title: the district named in the body
    ("中共东湖街道工作委员会\n东湖街道办事处\n关于开展夏季消防安全检查的通知\n\n各社区：\n按照九台区委、区政府统一部署，"
     "现将有关事项通知如下：\n一、街道安监站负责。\n\n2019年7月1日\n",
     "吉林省长春市九台区东湖街道"),
    # the county named in a cited title
    ("中共太平镇委员会　太平镇人民政府\n关于做好2015年春季森林防火工作的通知\n\n各村党支部、村委会：\n"
     "根据《姚安县人民政府办公室关于做好春季森林防火工作的通知》精神，现就有关工作通知如下：\n\n2015年2月10日\n",
     "云南省楚雄彝族自治州姚安县太平镇"),
    # the masthead stacked over the 文号, the district named in the body
    ("中共太平镇委员会\n太平镇人民政府\n太发〔2012〕8号\n关于调整太平镇防汛抗旱指挥部成员的通知\n\n各村、镇直各单位：\n"
     "经镇党委研究，决定调整镇防汛抗旱指挥部成员。双流区防汛办要求各镇于汛前完成调整。\n\n2012年5月3日\n",
     "四川省成都市双流区太平镇"),
    # a street of a shared name, only the city named
    ("中共新华街道工作委员会\n新华街道办事处\n关于成立新华街道疫情防控工作领导小组的通知\n\n各社区、街道各科室：\n"
     "根据乌海市疫情防控指挥部要求，决定成立领导小组。\n\n2020年1月28日\n",
     "内蒙古自治区乌海市海勃湾区新华街道"),
    # the county's party committee named in a 印发 notice (1990s-2010s wording)
    ("中共青山镇委员会　青山镇人民政府\n关于印发青山镇人居环境整治实施方案的通知\n\n各村（社区）：\n"
     "为贯彻落实金寨县委、县政府关于人居环境整治的部署，现将方案印发给你们。\n\n2019年4月2日\n",
     "安徽省六安市金寨县青山镇"),
    ("中共城关镇委员会 城关镇人民政府\n关于进一步加强安全生产工作的通知\n\n各村（居）委会，镇属各单位：\n"
     "根据临泉县安全生产委员会要求，现通知如下：\n一、镇安监站负责。\n\n2017年2月8日\n",
     "安徽省阜阳市临泉县城关镇"),
    ("新华街道党工委 新华街道办事处\n关于做好2022年度征兵工作的通知\n\n各社区：\n按照图们市征兵工作领导小组部署，现通知如下：\n\n2022年5月6日\n",
     "吉林省延边朝鲜族自治州图们市新华街道"),
]


@pytest.mark.parametrize("text,region", TOWN_CASES)
def test_town_title_block_region(text, region):
    m = md(text)
    assert (m.region, m.admin_level) == (region, "township")
    county = region[:-4] if region.endswith("街道") else region[:-3]
    assert len(m.issuers) == 2 and all(i.removeprefix("中共").split(region[len(county):])[0] in county for i in m.issuers)


def test_glued_street_pair_split_into_two_issuers():
    m = md(TOWN_CASES[1][0])
    assert m.issuers == ["中共长春市九台区东湖街道工作委员会", "长春市九台区东湖街道办事处"]


def test_masthead_over_doc_number_names_issuers():
    m = md(TOWN_CASES[3][0])
    assert m.issuers == ["中共成都市双流区太平镇委员会", "成都市双流区太平镇人民政府"]
    assert m.doc_number == "太发〔2012〕8号"


def test_town_not_placed_keeps_level():
    # 永丰镇 lies in several provinces and nothing else places it: level township, no region
    m = md("中共永丰镇委员会\n永丰镇人民政府\n关于印发永丰镇农村人居环境整治实施方案的通知\n\n各村党支部、村委会：\n"
           "现将方案印发给你们。\n\n中共永丰镇委员会　　永丰镇人民政府\n2018年4月9日\n")
    assert (m.region, m.admin_level) == (None, "township")


def test_common_region_of_shared_town_name():
    assert township_common_region("永丰镇") is None  # many provinces
    assert township_common_region("不存在的镇") is None


# Class 2: the order's number on the order's line (s39b-orders: its brackets kept as printed, spec §3, as the country
# golds keep them on the same number printed on two lines).
ORDER_CASES = [
    ("首页 > 政府信息公开 > 政府规章\n江西省人民政府令（第241号）\n\n《江西省消防条例实施办法》已经2019年11月6日省人民政府第38次"
     "常务会议审议通过，现予公布，自2020年1月1日起施行。\n\n省长　某某\n2019年11月20日\n", "江西省人民政府令（第241号）", "江西省"),
    ("长沙市人民政府令 第148号\n\n《长沙市养犬管理规定》已经2017年市人民政府第11次常务会议审议通过，现予公布，"
     "自2017年10月1日起施行。\n\n市长　某某\n2017年8月20日\n", "长沙市人民政府令第148号", "湖南省长沙市"),
    ("贵州省人民政府令\n第189号\n\n《贵州省安全生产条例实施办法》已经2018年5月2日省人民政府常务会议通过，现予公布，"
     "自2018年7月1日起施行。\n\n省长　某某\n2018年5月20日\n", "贵州省人民政府令第189号", "贵州省"),
    ("索引号：000014349/2016-00123\n标题：兰州市人民政府令第6号\n发布日期：2016-05-10\n兰州市人民政府令\n\n第6号\n\n"
     "《兰州市城市供水管理办法》已经2016年4月20日市政府第30次常务会议讨论通过，现予公布，自2016年6月1日起施行。\n\n"
     "市长　某某\n2016年5月3日\n", "兰州市人民政府令第6号", "甘肃省兰州市"),
    ("包头市人民政府令(第158号)\n\n《包头市物业管理办法》已经2015年市人民政府第2次常务会议通过，现予公布，自2015年5月1日起施行。\n\n"
     "市长　某某\n2015年3月20日\n", "包头市人民政府令(第158号)", "内蒙古自治区包头市"),
    ("海南省人民政府令　第276号\n\n《海南省无居民海岛开发利用审批办法》已经省人民政府常务会议审议通过，现予公布，自公布之日起施行。\n\n"
     "省长　某某\n2018年12月30日\n", "海南省人民政府令第276号", "海南省"),
    ("宜昌市人民政府令（2019年第1号）\n\n《宜昌市城区重点绿地保护条例实施办法》已经市人民政府常务会议审议通过，现予公布。\n\n"
     "市长　某某\n2019年3月1日\n", "宜昌市人民政府令（2019年第1号）", "湖北省宜昌市"),
    ("辽宁省人民政府令（第300号）\n\n《辽宁省危险化学品安全管理办法》已经2016年省政府常务会议讨论通过，现予公布，自公布之日起施行。\n\n"
     "省长　某某\n2016年1月5日\n", "辽宁省人民政府令（第300号）", "辽宁省"),
]


@pytest.mark.parametrize("text,number,region", ORDER_CASES)
def test_order_number_on_order_line(text, number, region):
    m = md(text)
    assert m.doc_number == number
    assert m.region == region


def test_order_number_not_taken_from_a_title_with_a_verb():
    m = md("关于公布《某某办法》的通知\n\n各区县：\n现将市人民政府令（第5号）转发给你们。\n\n南宁市人民政府办公厅\n2014年3月1日\n")
    assert m.doc_number is None


# Class 3: several transmitted documents named side by side.
SEVERAL = [
    ("关于印发《A县河长制工作方案》《A县湖长制工作方案》的通知", "A县河长制工作方案、A县湖长制工作方案"),
    ("关于印发《会宁县农村公路养护管理办法》《会宁县农村公路建设管理办法》的通知",
     "会宁县农村公路养护管理办法、会宁县农村公路建设管理办法"),
    ("关于印发《泾川县城乡居民医疗保险实施细则》 《泾川县大病保险实施细则》的通知", "泾川县城乡居民医疗保险实施细则、泾川县大病保险实施细则"),
    ("关于印发《镇江市市级财政专项资金管理办法》和《镇江市市级财政专项资金绩效评价办法》的通知",
     "镇江市市级财政专项资金管理办法和镇江市市级财政专项资金绩效评价办法"),
    ("关于印发《瑞金市环境保护工作职责规定》、《瑞金市环境保护目标责任考核办法》的通知",
     "瑞金市环境保护工作职责规定、瑞金市环境保护目标责任考核办法"),
    ("关于印发《黄冈市防汛抗旱应急预案》《黄冈市森林火灾应急预案》《黄冈市地震应急预案》的通知",
     "黄冈市防汛抗旱应急预案、黄冈市森林火灾应急预案、黄冈市地震应急预案"),
    ("关于印发《2018年全县农业农村工作要点》《2018年全县扶贫工作要点》的通知", "2018年全县农业农村工作要点、2018年全县扶贫工作要点"),
    ("关于印发《关于贯彻〈中国共产党农村工作条例〉的实施方案》的通知", "关于贯彻〈中国共产党农村工作条例〉的实施方案"),
]


@pytest.mark.parametrize("notice,title", SEVERAL)
def test_several_transmitted_titles(notice, title):
    m = md(notice + "\n\n各乡镇人民政府，县直各单位：\n现印发给你们，请认真贯彻执行。\n\n某县人民政府办公室\n2018年3月1日\n")
    assert m.notice_title == notice
    assert m.title == title


# Class 4: a party committee's and a government's offices signing on one line.
SIGNED = [
    ("中共桐梓县委办公室　桐梓县人民政府办公室", ["中共桐梓县委办公室", "桐梓县人民政府办公室"], "贵州省遵义市桐梓县"),
    ("中共宾川县委办公室　宾川县人民政府办公室", ["中共宾川县委办公室", "宾川县人民政府办公室"], "云南省大理白族自治州宾川县"),
    ("中共临洮县委办公室　　临洮县人民政府办公室", ["中共临洮县委办公室", "临洮县人民政府办公室"], "甘肃省定西市临洮县"),
    ("中共临洮县委办公室临洮县人民政府办公室", ["中共临洮县委办公室", "临洮县人民政府办公室"], "甘肃省定西市临洮县"),
    ("中共临洮县委　临洮县人民政府", ["中共临洮县委员会", "临洮县人民政府"], "甘肃省定西市临洮县"),
    ("中共东阳市委办公室 东阳市人民政府办公室", ["中共东阳市委办公室", "东阳市人民政府办公室"], "浙江省金华市东阳市"),
    ("中共滦南县委办公室　滦南县人民政府办公室", ["中共滦南县委办公室", "滦南县人民政府办公室"], "河北省唐山市滦南县"),
    ("中共海曙区委办公室　 海曙区人民政府办公室", ["中共宁波市海曙区委办公室", "宁波市海曙区人民政府办公室"], "浙江省宁波市海曙区"),
]


@pytest.mark.parametrize("sig,issuers,region", SIGNED)
def test_one_line_party_government_signature(sig, issuers, region):
    m = md("关于做好冬春农田水利建设的通知\n\n各乡（镇）党委、人民政府，县直各单位：\n现就有关事项通知如下。\n\n" + sig + "\n2012年10月8日\n")
    assert m.issuers == issuers
    assert (m.region, m.admin_level) == (region, "county")


def test_shared_town_name_in_one_prefecture_keeps_the_shared_part():
    # 牛街乡: two counties of one prefecture; nothing in the notice tells which
    m = md("中共牛街乡委员会　牛街乡人民政府\n关于做好2016年烤烟生产工作的通知\n\n各村党总支、村委会：\n现就有关事项通知如下：\n"
           "一、乡农业服务中心负责技术指导。\n\n2016年3月1日\n")
    assert (m.region, m.admin_level) == ("云南省大理白族自治州", "township")
    assert m.issuers == ["中共牛街乡委员会", "牛街乡人民政府"]


def test_street_offices_written_out_once_placed():
    r = process_text("中共长安街道工作委员会 长安街道办事处\n关于做好2020年防汛工作的通知\n\n各社区：\n根据西昌市防汛指挥部部署，"
                     "现通知如下：\n一、街道应急办负责统筹，街道城管办配合。\n\n2020年6月1日\n")
    assert r.metadata.region == "四川省凉山彝族自治州西昌市长安街道"
    assert "西昌市长安街道应急办" in [d.name for d in r.departments]


@pytest.mark.parametrize("sig,region", [
    ("六安市青山镇人民政府", "安徽省六安市金寨县青山镇"),
    ("成都市太平镇人民政府", "四川省成都市双流区太平镇"),
])
def test_town_named_after_its_city_without_county(sig, region):
    m = md("关于做好2014年度村级财务公开工作的通知\n\n各村委会：\n现就有关事项通知如下：\n一、镇财政所负责审核。\n\n"
           + sig + "\n2014年1月6日\n")
    assert (m.region, m.admin_level) == (region, "township")


def test_city_bureau_with_chengxiang_is_no_town():
    m = md("关于做好2014年度城乡建设档案工作的通知\n\n各区（市）县建设局：\n现就有关事项通知如下。\n\n成都市城乡建设委员会\n2014年1月6日\n")
    assert (m.region, m.admin_level) == ("四川省成都市", "prefecture")


@pytest.mark.parametrize("head", ["青山镇党委 青山镇政府\n关于做好春季防火工作的通知", "青山镇政府关于做好春季防火工作的通知"])
def test_town_government_short_name_in_title_block(head):
    m = md(head + "\n\n各村（社区）：\n根据金寨县委统一部署，现就有关事项通知如下：\n一、镇党政办负责协调。\n\n2018年3月1日\n")
    assert (m.region, m.admin_level) == ("安徽省六安市金寨县青山镇", "township")
    assert "金寨县青山镇人民政府" in m.issuers
