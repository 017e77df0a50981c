"""s22-tg: target recall and target attributes in prose (spec 1.1 §7, guide TG11, TG14, TG17, TG19, TG21, TG23).
Each rule with a snippet written in the style of another province, level or era than the notices it was found on
(never text of a dev-corpus notice), precision snippets whose numbers are not targets, and text[span] == quote."""
from pipeline import process_text


def _text(body, title, issuer, date, to):
    return f"{title}\n{to}\n{body}\n{issuer}\n{date}\n"


def _targets(body, title="关于做好2019年农村工作的通知", issuer="某县人民政府办公室", date="2019年3月1日",
             to="各乡镇人民政府，县直各有关单位："):
    text = _text(body, title, issuer, date, to)
    rec = process_text(text, doc_id="t").model_dump()
    for t in rec["targets"]:
        if t.get("span"):
            s, e = t["span"]
            assert text[s:e] == t["quote"]
    return rec["targets"]


def _vu(body, **kw):
    return sorted((t["value"], t["unit"], t["comparator"]) for t in _targets(body, **kw))


def _one(body, value, **kw):
    found = [t for t in _targets(body, **kw) if t["value"] == value]
    assert len(found) == 1, found
    return found[0]


# --- 1. a five-year period as a whole is a baseline, not the target's years (spec §7: a baseline is not the year) ---

def test_baseline_period_is_not_the_year():
    # Jiangxi provincial road-safety plan, 2022
    t = _one("一、主要目标\n到2025年，全省道路交通安全形势持续稳定，道路交通事故死亡人数比“十三五”时期下降15%以上。\n"
             "二、保障措施\n加强领导。", 15.0, title="江西省“十四五”道路交通安全规划", issuer="江西省人民政府办公厅",
             date="2022年3月1日")
    assert (t["unit"], t["comparator"], t["year_start"], t["year_end"]) == ("%", ">=", None, 2025)


# --- 2. 已建(成)的…设施 named as the whole a running rate is measured over: the rate is set, not reported ---

def test_rate_of_facilities_already_built_is_a_target():
    # Guangxi county sewage plan
    got = _vu("一、重点任务\n（一）加强运维。已建成的乡镇污水处理设施正常运行率达到85%以上。\n（二）已建站点负荷率不低于60%。\n"
              "二、保障\n加强督查。", title="关于印发融水苗族自治县乡镇污水处理设施运维工作方案的通知",
              issuer="融水苗族自治县人民政府办公室", date="2021年6月1日")
    assert got == [(60.0, "%", ">="), (85.0, "%", ">=")]


def test_facilities_already_built_in_a_report_stay_out():
    # a report of what was built is still the past
    got = _vu("一、工作基础\n加强领导。\n二、工作任务\n全县已建成污水处理设施12座。到2022年，新建污水处理设施8座。\n三、保障\n加强督查。",
              title="关于印发某县农村生活污水治理工作方案的通知")
    assert got == [(8.0, "座", "=")]


# --- 3. 已 + a verb inside a 的-clause or before a `；` that opens a new deadline names units, it reports nothing ---

def test_already_built_estates_in_a_condition_clause():
    # Shaanxi city elderly-care notice
    got = _vu("一、设施配建\n新建小区按照每百户不低于30平方米的标准配建；已建成小区无养老服务用房的，按照每百户不低于20平方米的标准"
              "通过购置、租赁等方式补齐。\n二、要求\n加强监督。", title="宝鸡市关于加强社区养老服务设施建设的通知",
              issuer="宝鸡市人民政府办公室", date="2020年5月1日")
    assert got == [(20.0, "平方米", ">="), (30.0, "平方米", ">=")]


def test_a_new_deadline_after_a_semicolon_turns_to_goals():
    # Anhui provincial charging plan
    got = _vu("一、重点任务\n（一）完善服务区充电设施。2022年底前，全省已开通运营的高速公路服务区全部具备充电条件；到2025年，"
              "每个服务区充电桩数量原则上不少于6个。\n二、保障\n加强调度。", title="安徽省充电基础设施建设实施方案（2022—2025年）",
              issuer="安徽省人民政府办公厅", date="2022年4月1日")
    assert got == [(6.0, "个", ">=")]


# --- 4. 具备 and 再就业 demand their numbers ---

def test_functions_each_unit_must_hold():
    # Shanghai district community notice
    got = _vu("一、建设标准\n每个社区综合服务中心至少具备6项基本公共服务功能。\n二、要求\n加强管理。",
              title="关于推进社区综合服务中心标准化建设的通知", issuer="上海市闵行区人民政府", date="2022年8月1日")
    assert got == [(6.0, "项", ">=")]


def test_re_employment_goals_without_a_verb_before():
    # Liaoning 2003 employment notice
    got = _vu("一、目标任务\n2003年，全市城镇新增就业3万人，国有企业下岗职工再就业2万人，其中“4050”人员再就业5000人。\n"
              "二、措施\n加强领导。", title="鞍山市人民政府关于做好2003年就业再就业工作的通知", issuer="鞍山市人民政府",
              date="2003年3月1日")
    assert got == [(5000.0, "人", "="), (20000.0, "人", "="), (30000.0, "人", "=")]


# --- 5. staffing quotas (guide TG21) ---

def test_staffing_quotas():
    # Hebei county 2000s: an establishment's headcount and the one official an item designates
    got = _vu("第五条 县农经站核定事业编制6名，负责日常工作。\n第六条 各乡镇要明确一名分管领导，确定1名联络员。\n"
              "第七条 本办法自发布之日起施行。", title="威县农村集体经济审计管理办法", issuer="威县人民政府", date="2006年5月1日")
    assert got == [(1.0, "名", "="), (1.0, "名", "="), (6.0, "名", "=")]


def test_one_team_is_no_staffing_quota():
    got = _vu("一、队伍建设\n各乡镇要明确一个牵头部门，打造一支专业队伍。\n二、要求\n加强管理。", title="关于加强乡镇应急队伍建设的通知")
    assert got == []


# --- 6. a deductible per level after `起付线为：` (a standard the scheme fixes) ---

def test_deductibles_listed_after_a_colon():
    # Gansu county cooperative medical scheme, 2007
    got = _vu("第十二条 住院费用起付线为：乡镇卫生院100元，县级医疗机构300元，县外医疗机构500元。\n第十三条 其他事项另行规定。",
              title="临洮县新型农村合作医疗实施办法", issuer="临洮县人民政府", date="2007年2月1日")
    assert got == [(100.0, "元", "="), (300.0, "元", "="), (500.0, "元", "=")]


def test_fund_stops_at_a_share_is_a_cap():
    # the same scheme: a reserve drawn until it reaches a share
    t = _one("第十条 风险基金按年度筹资总额的2%提取，累计达到年度筹资总额的8%后不再提取。\n第十一条 其他事项另行规定。", 8.0,
             title="临洮县新型农村合作医疗实施办法", issuer="临洮县人民政府", date="2007年2月1日")
    assert (t["unit"], t["comparator"]) == ("%", "<=")


# --- 7. 零就业家庭…为零 stated without a verb is a goal; a one-year opinion's `现就2006年…提出如下意见` dates its targets ---

def test_zero_households_goal_and_the_year_of_an_opinion():
    # Jilin city 2006 opinion
    targets = _targets("为做好再就业工作，现就2006年全市再就业工作提出如下意见。\n一、目标任务\n全市新增就业岗位6000个；"
                       "零就业家庭动态为零。\n二、主要措施\n（一）开发公益性岗位。各区开发公益性岗位不少于500个。\n（二）加强领导。",
                       title="关于进一步做好再就业工作的意见", issuer="白山市劳动和社会保障局", date="2006年3月20日")
    got = sorted((t["value"], t["unit"], t["year_start"], t["year_end"]) for t in targets)
    assert got == [(0.0, "户", 2006, 2006), (500.0, "个", 2006, 2006), (6000.0, "个", 2006, 2006)]


# --- 8. a floor on the time of training or practice is an amount of activity (guide TG11), its restatement one target ---

def test_training_time_floors():
    # Qinghai 2010s training plan
    got = _vu("一、培训要求\n（一）培训时间。技能培训时间不少于20天（160学时），引导性培训时间不少于2天。\n"
              "（二）教师每3年到企业实践时间累计不少于2个月。\n二、保障\n加强监管。",
              title="青海省农牧民技能培训实施方案", issuer="青海省人力资源和社会保障厅", date="2013年4月1日")
    assert got == [(2.0, "个月", ">="), (2.0, "天", ">="), (20.0, "天", ">=")]


def test_lengths_without_an_activity_stay_out():
    got = _vu("一、服务要求\n志愿者服务期不少于2年，实习时间一般为6个月，合同期限不少于3年。\n二、补贴\n每人每月补助800元。",
              title="关于做好2014年大学生志愿服务工作的通知", issuer="某市人力资源和社会保障局", date="2014年3月1日")
    assert got == [(800.0, "元", "=")]


# --- 9. a count inside the qualifier of a share says who the share counts; a unit's qualifying conditions are out ---

def test_count_qualifying_a_share_and_conditions_of_a_unit():
    # Xinjiang 2010s training plan
    got = _vu("一、目标\n到2015年，农民人均掌握1门以上实用技术的比例达到70%。\n二、机构管理\n定点培训机构应具备相应的场地和师资条件，"
              "实训场地面积不少于300平方米。\n三、保障\n加强领导。", title="新疆维吾尔自治区农民实用技术培训实施方案",
              issuer="新疆维吾尔自治区农业厅", date="2012年5月1日")
    assert got == [(70.0, "%", "=")]


# --- 10. 保持 a size; the units an item acts on after 对 (a place, 约, a 的-phrase) ---

def test_size_to_keep():
    # Yunnan town fire-prevention plan
    got = _vu("一、队伍建设\n镇半专业扑火队保持不少于20人的规模。\n二、物资\n加强储备。", title="关于印发勐腊镇森林防火工作方案的通知",
              issuer="勐腊镇人民政府", date="2022年1月5日")
    assert got == [(20.0, "人", ">=")]


def test_units_acted_on_after_dui():
    # Zhejiang town 2020s work plan
    got = _vu("一、重点工作\n（一）对辖区36座公厕实施提标改造。\n（二）对全镇约8000户农户开展垃圾分类宣传。\n"
              "（三）对纳入整治名单的15家企业进行验收。\n二、保障\n加强督查。", title="关于印发溪口镇2022年环境整治工作方案的通知",
              issuer="溪口镇人民政府", date="2022年2月1日")
    assert got == [(15.0, "家", "="), (36.0, "座", "="), (8000.0, "户", "~")]


# --- 11. years: a review period opening a paragraph dates none of its goals; 每个 stops a 每年; growth rates; 分两批 ---

def test_review_period_opening_does_not_date_the_goals():
    # Guizhou prefecture five-year plan
    targets = _targets("一、目标任务\n“十三五”期间，全州累计改造农村户厕15万户。在此基础上，到2025年，全州农村人居环境明显提升。"
                       "具体目标是：农村卫生厕所普及率达到75%以上；建成示范村100个。\n二、重点任务\n加强领导。",
                       title="黔东南州农村人居环境整治提升五年行动方案（2021—2025年）", issuer="黔东南州人民政府办公室",
                       date="2021年12月1日")
    got = sorted((t["value"], t["year_start"], t["year_end"]) for t in targets)
    assert got == [(75.0, None, 2025), (100.0, None, 2025)]


def test_per_unit_standard_after_a_yearly_amount_is_not_per_year():
    t = _one("一、重点任务\n（一）改厕。新改造户厕每年不少于2000座，同步建设粪污收运体系，每个乡镇至少配备吸粪车1辆。\n二、保障\n加强督查。",
             1.0, title="关于印发临泉县农村人居环境整治提升行动方案（2021—2025年）的通知", issuer="临泉县人民政府办公室",
             date="2021年9月1日")
    assert (t["unit"], t["per_year"]) == ("辆", False)


def test_average_growth_keeps_its_deadline():
    t = _one("一、重点任务\n（一）发展产业。力争到2025年全市康养产业规模超过500亿元，年均增长12%以上。\n二、保障\n加强领导。", 12.0,
             title="攀枝花市康养产业发展三年行动计划（2023—2025年）", issuer="攀枝花市人民政府办公室", date="2023年3月1日")
    assert (t["per_year"], t["year_start"], t["year_end"]) == (True, None, 2025)


def test_years_listed_for_batches():
    t = _one("一、试点安排\n在首批20个试点县基础上，2023年、2024年分两批再遴选40个左右县开展试点。\n二、保障\n加强指导。", 40.0,
             title="数字乡村试点实施方案（2022—2024年）", issuer="某部办公厅", date="2022年6月1日")
    assert (t["comparator"], t["year_start"], t["year_end"]) == ("~", 2023, 2024)


# --- 12. 分别 after a shared level: the same indicators, each (guide TG19) ---

def test_respective_change_after_shared_level():
    got = _vu("一、工作目标\n2022年，全街道热线诉求解决率、满意率均达到90%以上，较2021年分别提高3个百分点。\n二、措施\n加强领导。",
              title="关于印发天桥街道2022年接诉即办工作方案的通知", issuer="天桥街道办事处", date="2022年2月1日")
    assert got == [(3.0, "个百分点", "="), (3.0, "个百分点", "="), (90.0, "%", ">="), (90.0, "%", ">=")]


def test_respective_growth_over_a_baseline_year():
    got = _vu("一、目标\n2017年，城镇新增就业、农村劳动力转移就业人数分别比2016年增长3%以上。\n二、措施\n加强领导。",
              title="关于做好2017年就业创业工作的通知", issuer="扶沟县人民政府", date="2017年2月1日")
    assert got == [(3.0, "%", ">="), (3.0, "%", ">=")]


# --- 13. ratios without a unit (guide TG14): a death rate per units, a coefficient changed from a baseline ---

def test_ratios_without_a_unit():
    got = _vu("一、目标\n到2020年，亿元生产总值生产安全事故死亡率控制在0.1以内，农田灌溉水有效利用系数由2015年的0.55提高到0.58。\n"
              "二、措施\n加强领导。", title="关于印发某市安全生产和节水工作方案的通知", issuer="某市人民政府", date="2017年3月1日")
    assert got == [(0.1, "比值", "<="), (0.58, "比值", "=")]


# --- 14. a per-unit standard a policy builds or allots by ---

def test_per_unit_standard_built_by():
    # Inner Mongolia 2010s resettlement opinion
    got = _vu("一、安置标准\n移民住房按照每户60平方米的标准统一规划建设。\n县内安置按照人均2亩饲草地的标准配置生产用地。\n二、保障\n加强领导。",
              title="关于加快推进生态移民搬迁工作的意见", issuer="阿拉善盟行政公署", date="2012年4月1日")
    assert got == [(2.0, "亩", "="), (60.0, "平方米", "=")]


# --- 15. places an item is carried out in (guide TG16 `在10个省份开展试点`), 各 + a verb of choosing, 对…落实 ---

def test_places_covered():
    # Hunan 2010s county plan
    got = _vu("一、重点任务\n（一）在全县12个乡镇开展垃圾分类试点。\n（二）在城关、白沙、桃林3个镇建立回收站点。\n"
              "（三）在甲区、乙区各选择3个村开展示范创建。\n二、保障\n加强督查。", title="关于印发临湘市2019年农村环境整治工作方案的通知",
              issuer="临湘市人民政府办公室", date="2019年3月1日")
    assert got == [(3.0, "个", "="), (3.0, "个", "="), (3.0, "个", "="), (12.0, "个", "=")]


def test_places_holding_a_quota_of_their_own():
    got = _vu("一、重点任务\n在8个县区建设乡镇物流服务站不少于60个。\n二、保障\n加强督查。",
              title="关于印发庆阳市2021年农村物流体系建设工作方案的通知", issuer="庆阳市人民政府办公室", date="2021年3月1日")
    assert got == [(60.0, "个", ">=")]


def test_units_acted_on_with_luoshi():
    got = _vu("一、重点工作\n对列入帮扶名单的120户困难企业逐户落实帮扶措施。\n二、保障\n加强督查。",
              title="关于做好2001年企业解困工作的通知", issuer="某省经济贸易委员会", date="2001年3月1日")
    assert got == [(120.0, "户", "=")]


def test_standard_list_with_categories_between_amounts():
    # Ningxia 2010s: two categories, each its amount per unit, before 的标准给予
    got = _vu("一、补助标准\n自治区按照川区每座中转站30万元、山区及库区每座中转站45万元的标准给予补助。\n二、要求\n加强管理。",
              title="宁夏回族自治区农村生活垃圾治理实施方案（2018—2020年）", issuer="宁夏回族自治区住房和城乡建设厅",
              date="2018年3月1日")
    assert got == [(300000.0, "元", "="), (450000.0, "元", "=")]


# --- 16. a size class of the facilities built is no target, their count is (S20 answers: a size condition is out) ---

def test_size_class_of_facilities():
    # Heilongjiang 2010s county plan
    got = _vu("一、重点任务\n（一）到2018年建成5000亩以上水稻标准化基地8个。\n（二）新建存栏300头以上标准化奶牛养殖场。\n"
              "（三）培育年销售收入1000万元以上龙头企业10家以上。\n二、保障\n加强领导。",
              title="五常市现代农业发展三年行动计划（2016—2018年）", issuer="五常市人民政府", date="2016年3月1日")
    assert got == [(8.0, "个", "="), (10.0, "家", ">=")]


# --- 17. an amount per household after kinds listed is one target (guide TG22) ---

def test_amount_after_listed_kinds_is_one():
    # Guizhou 2020s prefecture rules
    got = _vu("第八条 对脱贫户、低保户和特困供养户，在上述标准基础上每户增加补助500元。\n第九条 本办法自印发之日起施行。",
              title="黔南州农村户厕改造奖补办法", issuer="黔南州人民政府", date="2021年3月1日")
    assert got == [(500.0, "元", "=")]


# --- 18. one cap raised for several machines listed (guide TG19, S20 answers): one target each ---

def test_cap_raised_for_listed_machines():
    got = _vu("一、补贴标准\n大型拖拉机、大型联合收割机单机补贴额可提高到15万元。\n二、要求\n加强监管。",
              title="关于做好2012年农机购置补贴工作的通知", issuer="某省农业厅", date="2012年3月1日")
    assert got == [(150000.0, "元", "=")] * 2


# --- 19. poverty-exit, reform and fishery verbs; households counted in 户; a range that varies (`不等`) ---

def test_exit_reform_and_fishery_goals():
    # Guangxi county 2018 poverty plan; a 1998 provincial reform plan; a Fujian fishery opinion
    got = _vu("一、目标任务\n2018年，全县计划退出贫困村25个，贫困人口脱贫1.5万人。\n二、机构改革\n县政府工作部门精简为24个。\n"
              "三、渔业\n减船转产500艘。\n四、保障\n加强领导。", title="关于印发融安县2018年脱贫攻坚工作要点的通知",
              issuer="融安县人民政府办公室", date="2018年2月1日")
    assert got == [(24.0, "个", "="), (25.0, "个", "="), (500.0, "艘", "="), (15000.0, "人", "=")]


def test_households_counted_without_a_unit():
    t = _one("一、目标\n到2010年，全省农产品加工业带动150万农户增收。\n二、措施\n加强领导。", 1500000.0,
             title="吉林省人民政府关于加快发展农产品加工业的意见", issuer="吉林省人民政府", date="2007年5月1日")
    assert (t["unit"], t["year_end"]) == ("户", 2010)


def test_range_that_varies():
    got = _vu("一、补贴标准\n对参加创业培训的人员，每人补贴500元至1000元不等。\n二、要求\n加强管理。",
              title="关于做好2010年创业培训工作的通知", issuer="某县人力资源和社会保障局", date="2010年3月1日")
    assert got == [(500.0, "元", ">="), (1000.0, "元", "<=")]


def test_urban_renewal_kinds_are_no_count():
    got = _vu("一、推进方式\n全区城市更新按照旧村改造、旧厂改造、零星更新三种类型推进。\n二、要求\n加强管理。",
              title="关于推进城市更新工作的实施意见", issuer="某区人民政府", date="2021年3月1日")
    assert got == []


# --- 20. a standard with its verb before the colon; a price floor named after 的 ---

def test_standard_with_a_verb_before_its_colon():
    # Shandong county road rules, article style
    got = _vu("第十五条 县财政养护资金按照以下标准安排：县道每年每公里8000元，乡道每年每公里4000元。\n第十六条 本办法自印发之日起施行。",
              title="莒南县农村公路养护管理办法", issuer="莒南县人民政府", date="2019年3月1日")
    assert got == [(4000.0, "元", "="), (8000.0, "元", "=")]


def test_price_floor_before_de():
    got = _vu("一、联农带农\n加工企业收购本地马铃薯价格不低于每斤0.8元的保护价。\n二、要求\n加强监管。",
              title="定西市马铃薯产业高质量发展实施方案（2021—2025年）", issuer="定西市人民政府办公室", date="2021年6月1日")
    assert got == [(0.8, "元", ">=")]


# --- 21. a later clause about another group does not make the sentence an announcement or a chain of conditions ---

def test_reward_then_another_group_criticised():
    # Henan county straw-burning plan
    got = _vu("一、考核奖惩\n对成绩突出的乡镇奖励3万元，对工作不力的予以通报批评。\n二、要求\n加强督查。",
              title="关于印发扶沟县2018年秸秆禁烧工作方案的通知", issuer="扶沟县人民政府办公室", date="2018年5月1日")
    assert got == [(30000.0, "元", "=")]


def test_floor_an_organ_enforces_before_a_condition_for_others():
    # a 2000s central opinion on migrant workers' safety training
    got = _vu("一、安全培训\n安全监管部门督促企业对新招用的农民工进行不少于40学时的安全培训，未经培训或考核不合格的，不得上岗。\n"
              "二、要求\n加强监管。", title="关于加强农民工安全生产培训工作的意见", issuer="国家安全生产监督管理总局",
              date="2006年5月1日", to="各省、自治区、直辖市安全生产监督管理局：")
    assert got == [(40.0, "学时", ">=")]


# --- 22. events held for an audience per period are counts (guide TG23); checks, drills and taking part are frequencies ---

def test_events_held_per_period():
    # Chongqing district school notice; a Shanxi town fire plan
    got = _vu("一、工作要求\n（一）各校每学期开展不少于3次垃圾分类主题教育活动。\n（二）各村每季度至少组织1次应急演练。\n"
              "（三）每月至少开展1次安全隐患排查。\n（四）每年举办科普宣传活动不少于5次。\n二、保障\n加强督查。",
              title="关于印发璧山区2020年生活垃圾分类进校园工作方案的通知", issuer="重庆市璧山区教育委员会", date="2020年3月1日")
    # (S24 TG27: 每 + period with N次 is a frequency whatever is held, out; a 全年 total would be in)
    assert got == []


# --- 23. one total over another written N to one is the fraction N/1 as a percent (spec §7, guide TG11) ---

def test_output_ratio_written_n_to_one():
    # Yunnan prefecture food plan; a Jiangsu charging plan; a staffing ratio stays a 比值 (guide TG14)
    got = _vu("一、目标\n到2025年，农产品加工产值与农业总产值之比达到2.2∶1，全市车桩比控制在3:1以内，中小学生师比不高于13∶1。\n"
              "二、措施\n加强领导。", title="关于印发保山市高质量发展三年行动计划（2023—2025年）的通知",
              issuer="保山市人民政府办公室", date="2023年3月1日")
    assert got == [(13.0, "比值", "<="), (220.0, "%", "="), (300.0, "%", "<=")]
