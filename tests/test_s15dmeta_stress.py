"""s15d-meta stress set (issue 12, metadata): notices of 1993-2021 written for this set, signed by central ministries,
provinces and prefectures with the short or full names of their time. Each case lists what a labeller writes by spec
1.1 §3 (issuers are full canonical names of the organ that signed, named as it was then; region and level of the
issuer, a former city of its time as the unit it was) and §5 (organs of their time). A key left out is not checked.
No case copies a dev-corpus notice. Run `python3 -m tests.test_s15dmeta_stress` from the worktree root for the count."""
import pytest

from pipeline import process_text

try:
    from tests.stress_runners import report_metadata
except ModuleNotFoundError:  # run as a script: `python3 tests/test_s15dmeta_stress.py`
    from stress_runners import report_metadata

KEYS = ("issuers", "issue_date", "region", "admin_level", "doc_number")

CASES = []


def case(name, text, **expected):
    CASES.append((name, text, expected))


# --- central organs signing short, named of their time ------------------------------------------------------------
case("central_1997_plan_and_trade_commissions", """国家计委　国家经贸委关于加强重点建设项目管理的通知
计投资〔1997〕812号
各省、自治区、直辖市及计划单列市计委、经贸委，国务院有关部门：
为加强重点建设项目的管理，提高投资效益，现就有关事项通知如下：
一、各地区、各部门要严格执行基本建设程序。
二、重点建设项目实行项目法人责任制。
国家计委　　国家经贸委
一九九七年五月二十日
""", issuers=["国家计划委员会", "国家经济贸易委员会"], issue_date="1997-05-20", region="全国", admin_level="central")

case("central_2000_plan_commission", """国家计委关于进一步做好价格监督检查工作的通知
计价检〔2000〕1123号
各省、自治区、直辖市物价局（委员会）：
为规范市场价格秩序，现就有关问题通知如下：
一、加强对重要商品和服务价格的监督检查。
二、严肃查处价格违法行为。
国家计委
二〇〇〇年七月十八日
""", issuers=["国家发展计划委员会"], issue_date="2000-07-18", region="全国", admin_level="central")

case("central_2010_radio_film_tv", """国家广电总局关于加强农村电影放映工作的通知
广发〔2010〕36号
各省、自治区、直辖市广播影视局：
为推进农村电影放映工程，丰富农民群众精神文化生活，现就有关事项通知如下：
一、完善农村电影放映服务网络。
二、加强放映设备维护和管理。
国家广电总局
2010年6月12日
""", issuers=["国家广播电影电视总局"], issue_date="2010-06-12", region="全国", admin_level="central")

case("central_2015_press_radio_film_tv", """国家新闻出版广电总局关于推动传统出版和新兴出版融合发展的通知
新广发〔2015〕31号
各省、自治区、直辖市新闻出版广电局：
为推动出版业转型升级，现就有关事项通知如下：
一、充分认识融合发展的重要意义。
二、加快推进融合发展重点任务。
国家广电总局
2015年4月9日
""", issuers=["国家新闻出版广电总局"], issue_date="2015-04-09", region="全国", admin_level="central")

case("central_2019_radio_tv_today", """国家广电总局关于推进智慧广电建设的意见
广电发〔2019〕4号
各省、自治区、直辖市广播电视局：
为推动广播电视高质量发展，现提出如下意见：
一、总体要求。
二、重点任务。
国家广电总局
2019年2月22日
""", issuers=["国家广播电视总局"], issue_date="2019-02-22", region="全国", admin_level="central")

case("central_1996_environment_bureau", """国家环保局关于加强乡镇企业环境保护工作的通知
环发〔1996〕218号
各省、自治区、直辖市环境保护局：
为控制乡镇企业污染，现就有关事项通知如下：
一、严格执行环境影响评价制度。
二、限期治理污染严重的企业。
国家环保局
一九九六年八月五日
""", issuers=["国家环境保护局"], issue_date="1996-08-05", region="全国", admin_level="central")

case("central_1999_industry_commerce", """国家工商局关于加强个体工商户登记管理的通知
工商个字〔1999〕第102号
各省、自治区、直辖市及计划单列市工商行政管理局：
为规范个体工商户登记管理，现就有关问题通知如下：
一、严格登记条件。
二、加强年度验照。
国家工商局
一九九九年四月二十六日
""", issuers=["国家工商行政管理局"], issue_date="1999-04-26", region="全国", admin_level="central")

case("central_2006_industry_commerce_general", """国家工商局关于开展流通领域商品质量监测的通知
工商消字〔2006〕88号
各省、自治区、直辖市工商行政管理局：
为保护消费者合法权益，现就有关事项通知如下：
一、扩大监测范围。
二、及时公布监测结果。
国家工商局
2006年5月10日
""", issuers=["国家工商行政管理总局"], issue_date="2006-05-10", region="全国", admin_level="central")

case("central_2003_work_safety", """国家安监局关于加强非煤矿山安全生产工作的通知
安监管一字〔2003〕45号
各省、自治区、直辖市安全生产监督管理局：
为遏制非煤矿山重特大事故，现就有关事项通知如下：
一、开展安全生产专项整治。
二、严格安全生产许可。
国家安监局
二〇〇三年三月二十八日
""", issuers=["国家安全生产监督管理局"], issue_date="2003-03-28", region="全国", admin_level="central")

case("central_2008_food_drug", """国家药监局关于加强药品不良反应监测工作的通知
国食药监安〔2008〕112号
各省、自治区、直辖市食品药品监督管理局（药品监督管理局）：
为保障公众用药安全，现就有关事项通知如下：
一、健全监测网络。
二、落实报告制度。
国家药监局
二〇〇八年三月二十一日
""", issuers=["国家食品药品监督管理局"], issue_date="2008-03-21", region="全国", admin_level="central")

case("central_2021_drug_today", """国家药监局关于加强疫苗质量安全监管的通知
国药监药管〔2021〕7号
各省、自治区、直辖市药品监督管理局：
为加强疫苗全生命周期监管，现就有关事项通知如下：
一、落实企业主体责任。
二、强化监督检查。
国家药监局
2021年2月3日
""", issuers=["国家药品监督管理局"], issue_date="2021-02-03", region="全国", admin_level="central")

case("central_2005_full_names_kept", """国家发展和改革委员会　国家工商行政管理总局关于规范停车收费的通知
发改价格〔2005〕1203号
各省、自治区、直辖市发展改革委、物价局、工商行政管理局：
为规范机动车停放服务收费，现就有关事项通知如下：
一、合理确定收费标准。
二、加强收费监督检查。
国家发展和改革委员会　　国家工商行政管理总局
2005年6月30日
""", issuers=["国家发展和改革委员会", "国家工商行政管理总局"], issue_date="2005-06-30", region="全国",
     admin_level="central")

case("central_1997_full_name_kept", """国家计划委员会关于做好粮食收购资金管理的通知
计综合〔1997〕302号
各省、自治区、直辖市计划委员会：
为保证粮食收购资金及时足额到位，现就有关事项通知如下：
一、严格资金封闭运行。
二、加强监督检查。
国家计划委员会
一九九七年二月十四日
""", issuers=["国家计划委员会"], issue_date="1997-02-14", region="全国", admin_level="central")

case("central_1997_order_note", """建设项目经济评价暂行规定
（一九九七年三月十日国家计委发布）
第一条　为规范建设项目经济评价，制定本规定。
第二条　本规定适用于基本建设项目。
""", issuers=["国家计划委员会"], region="全国", admin_level="central")

# --- provinces' organs of their time --------------------------------------------------------------------------
case("province_1998_plan_commission", """湖北省计委关于下达一九九八年省重点建设项目投资计划的通知
鄂计投资〔1998〕215号
各市、州、县计委，省直有关部门：
根据全省国民经济和社会发展计划，现将一九九八年省重点建设项目投资计划下达给你们，请认真执行。
湖北省计委
一九九八年四月八日
""", issuers=["湖北省计划委员会"], issue_date="1998-04-08", region="湖北省", admin_level="province")

case("province_2001_plan_commission", """湖北省计委关于做好二〇〇一年以工代赈工作的通知
鄂计农经〔2001〕96号
各市、州、县计委：
为做好以工代赈工作，现就有关事项通知如下：
一、突出建设重点。
二、加强资金管理。
湖北省计委
二〇〇一年三月十二日
""", issuers=["湖北省发展计划委员会"], issue_date="2001-03-12", region="湖北省", admin_level="province")

case("province_2011_radio_film_tv", """陕西省广电局关于做好广播电视村村通工作的通知
陕广发〔2011〕22号
各设区市广电局：
为巩固村村通建设成果，现就有关事项通知如下：
一、加强设备运行维护。
二、提升服务质量。
陕西省广电局
2011年5月16日
""", issuers=["陕西省广播电影电视局"], issue_date="2011-05-16", region="陕西省", admin_level="province")

case("province_2016_press_radio_film_tv", """陕西省广电局关于开展全民阅读活动的通知
陕新广发〔2016〕12号
各设区市文广局：
为推进全民阅读，现就有关事项通知如下：
一、丰富阅读活动。
二、加强阅读阵地建设。
陕西省广电局
2016年4月1日
""", issuers=["陕西省新闻出版广电局"], issue_date="2016-04-01", region="陕西省", admin_level="province")

case("province_2020_radio_tv_today", """陕西省广电局关于推进应急广播体系建设的通知
陕广电发〔2020〕9号
各设区市文化和旅游局：
为推进应急广播体系建设，现就有关事项通知如下：
一、完善应急广播平台。
二、加强运行维护。
陕西省广电局
2020年7月3日
""", issuers=["陕西省广播电视局"], issue_date="2020-07-03", region="陕西省", admin_level="province")

case("province_2006_transport_full", """湖南省交通厅关于加强农村公路养护管理的通知
湘交公路〔2006〕88号
各市州交通局：
为加强农村公路养护管理，现就有关事项通知如下：
一、落实养护责任。
二、保障养护资金。
湖南省交通厅
2006年9月4日
""", issuers=["湖南省交通厅"], issue_date="2006-09-04", region="湖南省", admin_level="province")

# --- former prefecture-level cities of their time -------------------------------------------------------------
case("former_city_2005_chaohu", """巢湖市人民政府关于加快发展农村经济的意见
巢政〔2005〕18号
各县、区人民政府，市政府各部门：
为加快发展农村经济，现提出如下意见：
一、调整农业结构。
二、发展农产品加工业。
巢湖市人民政府
二〇〇五年三月八日
""", issuers=["巢湖市人民政府"], issue_date="2005-03-08", region="安徽省巢湖市", admin_level="prefecture")

case("former_city_2009_chaohu_office", """巢湖市人民政府办公室关于做好防汛抗旱工作的通知
巢政办〔2009〕41号
各县、区人民政府，市政府各部门、各直属机构：
为做好今年防汛抗旱工作，现就有关事项通知如下：
一、落实防汛责任制。
二、加强水利工程检查。
巢湖市人民政府办公室
2009年5月20日
""", issuers=["巢湖市人民政府办公室"], issue_date="2009-05-20", region="安徽省巢湖市", admin_level="prefecture")

case("county_city_2016_chaohu_today", """巢湖市人民政府关于加强环巢湖生态保护的通知
巢政〔2016〕27号
各乡镇人民政府，各街道办事处，市政府各部门：
为加强环巢湖生态保护，现就有关事项通知如下：
一、加强湿地保护。
二、严控入湖污染。
巢湖市人民政府
2016年6月3日
""", issuers=["巢湖市人民政府"], issue_date="2016-06-03", region="安徽省合肥市巢湖市", admin_level="county")

case("former_city_2005_simao", """思茅市人民政府关于加快茶产业发展的意见
思政发〔2005〕12号
各县（区）人民政府，市直各部门：
为加快茶产业发展，现提出如下意见：
一、扩大优质茶园面积。
二、培育龙头企业。
思茅市人民政府
二〇〇五年四月十二日
""", issuers=["思茅市人民政府"], issue_date="2005-04-12", region="云南省思茅市", admin_level="prefecture")

case("former_city_number_year_only_chaohu", """巢湖市人民政府关于印发巢湖市城市管理办法的通知
巢政〔2007〕33号
各县、区人民政府，市政府各部门：
现将《巢湖市城市管理办法》印发给你们，请认真遵照执行。
巢湖市人民政府
""", issuers=["巢湖市人民政府"], region="安徽省巢湖市", admin_level="prefecture")

# --- more eras and levels ----------------------------------------------------------------------------------------
case("central_2018_radio_tv_after_reform", """国家广电总局关于做好2018年国庆期间广播电视节目安排的通知
广电办发〔2018〕61号
各省、自治区、直辖市新闻出版广电局，新疆生产建设兵团新闻出版广电局：
为营造喜庆祥和的节日氛围，现就有关事项通知如下：
一、精心安排节目。
二、确保安全播出。
国家广电总局
2018年9月14日
""", issuers=["国家广播电视总局"], issue_date="2018-09-14", region="全国", admin_level="central")

case("central_2005_population_family_planning", """国家计生委　财政部关于开展农村部分计划生育家庭奖励扶助制度试点工作的通知
国人口发〔2004〕21号
有关省、自治区、直辖市人口和计划生育委员会、财政厅（局）：
为稳定低生育水平，现就试点工作通知如下：
一、明确奖励扶助对象。
二、落实奖励扶助资金。
国家计生委　　财政部
二〇〇四年三月二十九日
""", issuers=["国家人口和计划生育委员会", "财政部"], issue_date="2004-03-29", region="全国", admin_level="central")

case("prefecture_1995_plan_commission", """宜昌市计委关于下达一九九五年农业综合开发计划的通知
宜计农〔1995〕45号
各县（市、区）计委：
现将一九九五年农业综合开发计划下达给你们，请认真组织实施。
宜昌市计委
一九九五年四月六日
""", issuers=["宜昌市计划委员会"], issue_date="1995-04-06", region="湖北省宜昌市", admin_level="prefecture")

case("county_2002_plan_commission", """桐庐县计委关于做好二〇〇二年固定资产投资统计工作的通知
桐计〔2002〕17号
各乡镇人民政府，县直各单位：
为做好固定资产投资统计工作，现就有关事项通知如下：
一、明确统计范围。
二、按时报送报表。
桐庐县计委
二〇〇二年二月二十日
""", issuers=["桐庐县发展计划委员会"], issue_date="2002-02-20", region="浙江省杭州市桐庐县", admin_level="county")

case("province_2019_development_reform_today", """湖北省发改委关于做好2019年重点项目建设工作的通知
鄂发改投资〔2019〕102号
各市、州、直管市、神农架林区发改委：
为推进重点项目建设，现就有关事项通知如下：
一、加快项目前期工作。
二、强化要素保障。
湖北省发改委
2019年3月15日
""", issuers=["湖北省发展和改革委员会"], issue_date="2019-03-15", region="湖北省", admin_level="province")

case("province_2012_transport_full_new_name", """安徽省交通运输厅关于加强道路运输安全管理的通知
皖交运〔2012〕58号
各市交通运输局：
为加强道路运输安全管理，现就有关事项通知如下：
一、落实企业安全主体责任。
二、加强动态监控。
安徽省交通运输厅
2012年4月11日
""", issuers=["安徽省交通运输厅"], issue_date="2012-04-11", region="安徽省", admin_level="province")


def run(name, text, expected):
    got = process_text(text, doc_id=name).model_dump()["metadata"]
    return {k: (got.get(k), v) for k, v in expected.items() if got.get(k) != v}


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_stress(name, text, expected):
    assert run(name, text, expected) == {}


if __name__ == "__main__":
    report_metadata(CASES, run)
