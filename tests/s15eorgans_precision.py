"""Precision stress set of session 15e (s15e-organs): the words this session's collective rules read (主管部门, 监管部门,
数据提供部门, 财政, 各区, 联席会议制度, 人民银行, brackets, a shared 各, role words, working bodies) used where a labeller
following spec 1.1 section 5 and the guide lists NO organ, or a different one. Snippets written for this set (none copied
from a corpus notice), in the style of web copies, central notices and county notices of provinces and eras the opened
notices do not cover. Each case: (id, region, level, text, expected department names). A text without a line break is
wrapped as one item; `python3 tests/s15eorgans_precision.py` prints the failing cases and the count.
"""
from __future__ import annotations

import sys

CASES = [
    # -- role words as generic terms: a definition, a cited rule's title, a label, a table header
    ("gz-definition-competent", "贵州省黔东南苗族侗族自治州", "prefecture",
     "第三条 本办法所称主管部门，是指对项目负有行业管理职责的部门。", {"负有行业管理职责的部门"}),
    # (the defined term is no mention; what it stands for is a collective named by its function, as written)
    ("cn-cited-title-competent", "", "central",
     "依据《关于明确行业主管部门安全监管职责的通知》，进一步压实责任。", set()),
    ("sd-table-header", "山东省潍坊市", "prefecture",
     "附件\n重点任务分工表\n序号 重点任务 牵头部门 配合部门 完成时限\n1 推进老旧小区改造 市住房城乡建设局 市财政局 2024年底\n",
     {"潍坊市住房和城乡建设局", "潍坊市财政局"}),
    ("hn-label-responsible", "河南省周口市", "prefecture",
     "（三）加快智慧城市建设。\n责任部门：市财政局\n", {"周口市财政局"}),
    ("js-system-regulator", "江苏省", "province",
     "构建监管部门与企业之间良性互动的信用关系，推动形成政府监管、行业自律、社会监督的格局。", set()),
    ("zj-regulator-mechanism", "浙江省宁波市", "prefecture",
     "健全监管部门之间的信息共享机制，提高协同监管效能。", set()),
    ("std-data-provider-definition", "", "central",
     "3.2 数据提供部门\n本标准所称数据提供部门，是指在履行职责过程中产生和管理政务数据的政务部门。\n", {"政务部门"}),  # (kept, as the opened golds keep 政务部门)
    ("std-data-provider-field", "福建省", "province",
     "表1 目录元数据\n字段名称 数据提供部门 数据格式 更新周期\n", set()),
    ("cn-competent-title-of-rule", "", "central",
     "按照《国务院办公厅关于印发行业主管部门权责清单的通知》要求，梳理本领域事项。", set()),
    # -- 财政 as the budget (guide D6), not the bureau
    ("hb-budget-funds", "湖北省襄阳市", "prefecture", "市财政资金重点支持产业园区基础设施建设。", set()),
    ("sc-county-share", "四川省广元市苍溪县", "county", "所需经费由县财政承担50%，乡镇承担50%。", set()),
    ("gx-province-budget-share", "广西壮族自治区", "province", "项目建设资金由自治区财政和市县财政按比例分担。", set()),
    ("jx-finance-revenue", "江西省吉安市", "prefecture", "市财政收入稳步增长，财政支出结构持续优化。", set()),
    ("hun-finance-allocate-bureau-acts", "湖南省株洲市", "prefecture", "市财政要按照要求足额安排配套资金。",
     {"株洲市财政局"}),
    # -- 各区 as places; a shared 各 over places and enterprises
    ("cq-districts-places", "重庆市", "province", "各区均已建成综合服务平台，覆盖率达到100%。", {"各区"}),  # (one kind of place sharing 各 is a collective wherever mentioned: guide D34 as read in S21)
    ("gz-districts-enterprises", "广东省广州市", "prefecture", "各区、各重点企业要结合实际制定落实方案。", {"各区"}),  # (one kind of place sharing 各 is a collective wherever mentioned: guide D34 as read in S21)
    ("tj-districts-departments", "天津市", "province", "各区、各部门要加强组织领导。", {"各区", "各部门"}),
    ("sh-places-enterprises-each", "上海市", "province", "各区、各有关企业要按照要求报送数据。", {"各区"}),  # (one kind of place sharing 各 is a collective wherever mentioned: guide D34 as read in S21)
    # -- 联席会议制度 as a system to be built
    ("nx-build-joint-meeting", "宁夏回族自治区", "province", "建立健全部门间联席会议制度，定期研究解决重大问题。", set()),
    ("qh-improve-joint-meeting", "青海省西宁市", "prefecture", "完善联席会议制度，强化部门协作。", set()),
    # -- 人民银行 in a cited rule's title
    ("cn-pboc-cited", "", "central",
     "根据《中国人民银行关于加强支付结算管理的通知》规定，规范账户开立。", set()),
    ("hl-pboc-cited-title-county", "黑龙江省绥化市海伦市", "county",
     "按照《中国人民银行 银保监会关于做好农村金融服务的意见》，推进普惠金融。", set()),
    # -- brackets that explain, not an alternative
    ("ah-abbrev-bracket", "安徽省", "province",
     "省发展和改革委员会（以下简称省发展改革委）牵头负责。", {"安徽省发展和改革委员会"}),
    ("sx-bureau-bracket-abbrev", "山西省太原市", "prefecture",
     "市行政审批服务管理局（以下简称市审批局）负责受理。", {"太原市行政审批服务管理局"}),
    # -- organs in cited titles and in 抄送/印发 lines
    ("ln-cc-line", "辽宁省大连市", "prefecture",
     "一、工作要求\n（一）加强组织领导。各地要抓好落实。\n抄送：市委各部门，市人大常委会办公厅，市政协办公厅。\n大连市人民政府办公室 2019年5月6日印发\n",
     set()),
    ("hb-cited-title-organs", "河北省", "province",
     "认真贯彻《河北省财政厅 河北省教育厅关于做好学生资助工作的通知》精神，做好资助工作。", set()),
    # -- working bodies of an enterprise or a project
    ("yn-enterprise-leading-group", "云南省曲靖市", "prefecture",
     "各企业要成立安全生产领导小组，落实主体责任。", set()),
    ("gs-project-headquarters-enterprise", "甘肃省兰州市", "prefecture",
     "项目业主单位要成立项目建设指挥部，明确专人负责。", set()),
    # -- web copy: a county's notice
    ("web-county-competent-generic", "湖南省邵阳市新邵县", "county",
     "企业应当向主管部门如实报告，主管部门由县人民政府确定。", {"主管部门", "新邵县人民政府"}),

    # -- round 2 (s15e): the budget paying (安排/给予/按照/统筹) is no finance bureau; the level's 财政 at a duty is (D14)
    ("hb-budget-reward", "湖北省宜昌市", "prefecture", "对新认定的企业，市财政给予一次性奖励20万元。", set()),
    ("zj-budget-yearly", "浙江省温州市", "prefecture", "市财政每年安排2000万元专项资金，用于支持人才引进。", set()),
    ("sc-budget-in-plan", "四川省成都市", "prefecture", "纳入市财政预算统筹安排。", set()),
    ("gd-two-levels-budget", "广东省惠州市", "prefecture", "奖补资金由市、县两级财政按1:1比例承担。", set()),
    ("js-county-standard", "江苏省徐州市沛县", "county", "县财政按照每人每年500元的标准给予补贴。", set()),
    ("hen-province-pools", "河南省", "province", "省财政统筹中央和省级资金予以支持。", set()),
    ("cn-central-budget", "全国", "central", "中央财政按照东中西部地区分档给予补助。", set()),
    ("sc-cost-borne", "四川省广元市苍溪县", "county", "所需经费由县财政负责解决。", set()),
    ("sc-bureau-disburses", "四川省广元市苍溪县", "county", "由县财政负责资金拨付和监管。", {"苍溪县财政局"}),
    ("sc-bureau-duty", "四川省广元市苍溪县", "county", "县财政要加强资金监管，县财政应当及时拨付。", {"苍溪县财政局"}),
    ("sc-revenue-collected", "四川省广元市苍溪县", "county", "县财政应收尽收。", set()),
    # -- role words acting stay; a relation described is none
    ("sx-role-industry", "山西省晋中市", "prefecture", "行业主管部门要加强对企业的指导。", {"行业主管部门"}),
    ("sx-role-file", "山西省晋中市", "prefecture", "企业取得许可后，报主管部门备案。", {"主管部门"}),
    ("cn-regulator-shift", "全国", "central", "建立健全以信用为基础的新型监管机制，推动监管部门由事前审批向事中事后监管转变。", set()),
    ("ah-data-roles-between", "安徽省合肥市", "prefecture",
     "数据提供部门和数据使用部门之间的数据共享应遵循“谁提供、谁负责”的原则。", set()),
    ("cn-lead-designated", "全国", "central", "明确牵头部门和配合部门的职责分工，避免推诿扯皮。", set()),
    ("hen-designate-then-acts", "河南省开封市", "prefecture", "指定责任部门，责任部门要按期办结。", set()),  # (s27-org, guide D81)
    ("cn-report-to-authority", "全国", "central", "经主管部门同意后，向监管部门报告。", {"主管部门", "监管部门"}),
    # -- places
    ("gx-districts-places", "广西壮族自治区南宁市", "prefecture", "各区要因地制宜，打造特色街区。", {"各区"}),  # (one kind of place sharing 各 is a collective wherever mentioned: guide D34 as read in S21)
    ("bj-districts-each", "北京市", "province", "本市各区均应设立服务窗口。", set()),
    ("yn-places-zones-enterprises", "云南省昆明市", "prefecture",
     "各县（市、区）、各开发（度假）园区、各有关企业要落实安全责任。", {"各县（市、区）"}),  # (s21-org: guide D34 of S20)
    ("cn-regions-enterprises", "全国", "central", "各地区、各有关企业要高度重视。", set()),
    ("sz-districts-units", "广东省深圳市", "prefecture", "各区、各有关单位要认真落实。", {"各区"}),  # (one kind of place sharing 各 is a collective wherever mentioned: guide D34 as read in S21)
    ("cn-provinces-cities", "全国", "central", "有关省市要结合实际抓好落实。", set()),
    ("cq-provinces-departments", "重庆市", "province", "有关省市、部门要加强协作。", {"有关部门"}),
    ("hi-cities-enterprises", "海南省", "province", "各市县、各有关企业要加强安全管理。", {"各市县"}),  # (s21-org: D34)
    ("gs-cities-enterprises", "甘肃省", "province", "相关市州、企业要抓好落实。", set()),
    # -- joint meetings
    ("cn-rely-on-system", "全国", "central", "依托联席会议制度，加强部门协调。", set()),
    ("cn-meeting-led-by", "全国", "central", "建立由发展改革委牵头的部际联席会议制度。", {"国家发展和改革委员会"}),
    ("sd-rely-on-named", "山东省济宁市", "prefecture", "依托市安全生产联席会议制度，定期会商研判。", {"济宁市安全生产联席会议"}),
    # -- the central bank
    ("cn-pboc-acts", "全国", "central", "人民银行要发挥货币政策工具作用。", {"中国人民银行"}),
    ("zj-pboc-rules", "浙江省", "province", "按照人民银行有关规定，规范账户管理。", {"中国人民银行"}),
    ("cn-pboc-regulators", "全国", "central", "人民银行、银保监会要加强对金融机构的指导。", {"中国人民银行", "中国银行保险监督管理委员会"}),
    # -- brackets
    ("jx-bracket-bureau", "江西省赣州市", "prefecture", "各区县（市）商务主管部门（局）要做好统计。", {"各区县（市）商务主管部门"}),
    ("fj-second-name", "福建省泉州市", "prefecture", "市城市管理局（市综合执法局）负责。", {"泉州市城市管理局"}),
    ("gd-alternative-bureau", "广东省", "province", "各地级以上市卫生健康局（委）要加强指导。", {"各地级以上市卫生健康局", "各地级以上市卫生健康委"}),
    ("sd-party-sign", "山东省", "province", "省财政厅、省教育厅（省委教育工委）负责。", {"山东省财政厅", "山东省教育厅"}),
    # -- committees and working bodies of towns, enterprises and projects
    ("gz-town-committees", "贵州省遵义市", "prefecture", "各镇安委会要加强检查。", {"各镇安委会"}),
    ("gz-enterprise-committee-office", "贵州省遵义市", "prefecture", "企业安委会办公室要督促落实。", set()),
    ("yn-towns-committee-seat", "云南省大理白族自治州宾川县", "county", "乡镇安委会办公室设在乡镇应急管理办。", set()),
    ("yn-towns-each-committee", "云南省大理白族自治州宾川县", "county", "各乡镇安委会要履行职责。", {"各乡镇安委会"}),
    ("sn-city-headquarters", "陕西省延安市", "prefecture", "市重大项目建设指挥部要加强统筹。", {"延安市重大项目建设指挥部"}),
    ("sn-project-units-group", "陕西省延安市", "prefecture", "各项目单位要成立项目建设领导小组。", set()),
    ("sn-company-group", "陕西省", "province", "中国石油长庆油田公司成立工作领导小组。", set()),
    ("sn-towns-task-force", "陕西省延安市", "prefecture", "各乡镇要成立工作专班，明确专人负责。", {"各乡镇"}),
    # -- a web copy's cited titles without 《》 (guide D16), and the 版记 of prefecture and central notices
    ("hun-double-angle-title", "湖南省", "province", "根据<<湖南省财政厅关于做好资金管理的通知>>要求，规范资金使用。", set()),
    ("hun-single-angle-title", "湖南省", "province", "根据〈湖南省财政厅关于做好资金管理的通知〉要求，规范资金使用。", set()),
    ("hun-quoted-title", "湖南省", "province", "根据“湖南省财政厅关于做好资金管理的通知”要求，规范资金使用。", set()),
    ("hun-bare-transmitted-title", "湖南省", "province", "转发国务院办公厅关于进一步做好稳就业工作的通知，请认真贯彻执行。", set()),
    ("sh-lt-gt-title", "上海市", "province", "贯彻落实<上海市人民政府关于进一步加强文物工作的实施意见>，市文物局要加强指导。",
     {"上海市文物局"}),
    ("sh-no-genre-word", "上海市", "province", "根据市政府关于加强文物工作的部署，市文物局要加强指导。",
     {"上海市人民政府", "上海市文物局"}),
    ("hun-cc-glued-print-line", "湖南省岳阳市", "prefecture",
     "一、工作要求\n（一）抓好落实。各地要按要求执行。\n抄送：市委办公室，市人大常委会办公室。 岳阳市人民政府办公室 2020年3月1日印发\n",
     set()),
    ("hun-cc-courts", "湖南省岳阳市", "prefecture",
     "一、工作要求\n（一）抓好落实。各地要按要求执行。\n（此件公开发布）\n抄送：市委各部门，市人大常委会办公室，市政协办公室，市中级人民法院，市人民检察院。\n",
     set()),
    ("cn-cc-central", "全国", "central",
     "一、工作要求\n（一）抓好落实。\n抄送：党中央各部门，全国人大常委会办公厅，国务院各部委、各直属机构。\n国务院办公厅2015年6月1日印发\n", set()),
    # -- round 3: budgets of two levels, role words in a responsibility system, places, units and the central bank's tools
    ("hb-regulator-duty-system", "河北省保定市阜平县", "county", "实行“部门监管、属地管理”的责任体系，落实监管部门责任。", set()),
    ("hb-who-is-competent", "河北省保定市阜平县", "county", "按照“谁主管、谁负责”的原则，由主管部门负责督促整改。", {"主管部门"}),
    ("cn-all-levels-budget", "全国", "central", "各级财政要加大投入力度，地方财政要落实配套资金。", set()),  # (s24-org, D46: pays)
    ("cn-two-budgets-share", "全国", "central", "中央和地方财政按比例分担。", set()),
    ("hun-two-level-budgets", "湖南省郴州市", "prefecture", "将所需经费纳入市、县两级财政预算。", set()),
    ("hun-city-level-budget", "湖南省郴州市", "prefecture", "市级财政要安排专项资金。", set()),  # (s24-org, D46: pays)
    ("cn-competent-association-between", "全国", "central", "健全主管部门与行业协会之间的沟通机制。", set()),
    ("js-departments-then-districts", "江苏省苏州市", "prefecture", "市各有关部门、各区要加强协调配合。", {"苏州市各有关部门", "各区"}),  # (各区: guide D34 as read in S21)
    ("zj-districts-counties-places", "浙江省杭州市", "prefecture", "各区、县（市）要结合实际，制定实施方案。",
     {"各区、县（市）"}),  # (s21-org: a list of places sharing one 各 is a collective wherever mentioned, guide D34 of S20)
    ("zj-direct-units-out", "浙江省杭州市", "prefecture", "各区、县（市）政府，市政府各部门、各直属单位要抓好落实。",
     {"各区、县（市）政府", "杭州市人民政府各部门"}),
    ("zj-region-direct-units-out", "浙江省", "province", "省政府各部门、各直属单位要加强协作。", {"浙江省人民政府各部门"}),
    ("gd-districts-build-system", "广东省佛山市", "prefecture", "各区要建立联席会议制度。", {"各区"}),  # (one kind of place sharing 各 is a collective wherever mentioned: guide D34 as read in S21)
    ("gd-pboc-branch", "广东省佛山市", "prefecture", "市工业和信息化局、人民银行佛山市中心支行负责。",
     {"佛山市工业和信息化局", "中国人民银行佛山市中心支行"}),
    ("gd-pboc-credit-system", "广东省佛山市", "prefecture", "引导金融机构对接人民银行征信系统。", set()),
    ("hb-pboc-relending", "湖北省", "province", "支持符合条件的企业申请人民银行再贷款。", set()),
    ("hb-pboc-relending-kinds", "湖北省", "province", "用好人民银行支农再贷款、支小再贷款。", set()),
    # -- a places' prefix along a list of bureaus
    ("jx-places-then-province", "江西省", "province", "各设区市人力资源社会保障局、省财政厅要加强协作。",
     {"各设区市人力资源社会保障局", "江西省财政厅"}),
    ("jx-places-three-bureaus", "江西省", "province", "各设区市教育局、财政局、人社局，各有关企业要抓好落实。",
     {"各设区市教育局", "各设区市财政局", "各设区市人社局"}),
    ("gs-determiner-levels", "甘肃省", "province", "有关市州、县市区人民政府要加强领导。", {"有关市州人民政府", "有关县市区人民政府"}),
    ("gs-places-and-province", "甘肃省", "province", "有关市州、省直部门要加强协作。", {"甘肃省直部门"}),
]

LEFT: set[str] = set()


def run(cases=CASES):
    from tests.test_organs_s5 import _run
    failed = []
    for cid, region, level, text, expected in cases:
        doc = text if "\n" in text else "一、工作要求\n（一）" + text + "\n"
        names, _ = _run(doc, region or "全国", level)
        if set(names) != expected:
            failed.append((cid, sorted(set(names) - expected), sorted(expected - set(names))))
    return failed


if __name__ == "__main__":
    sys.path.insert(0, ".")
    failed = run()
    for cid, extra, missing in failed:
        print(cid, "extra", extra, "missing", missing)
    print(f"{len(CASES) - len(failed)} of {len(CASES)} pass")
