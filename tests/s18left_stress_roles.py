"""Stress set of session 18 (s18-left), class 1: roles in `A负责，B配合` / `A牵头，B参与` / `A为主，B配合` prose and
brackets (spec 1.1 section 6: lead before 牵头; co for 参与/配合/协助 and every other organ once a lead is named;
responsible for 负责 with no lead named). Recall cases and precision paragraphs (mechanisms, systems, 负责人, abstract
actors, units that are no organs) whose complete output (departments and triples) is written down. Written for this set
in the styles of Gansu, Heilongjiang, Guangxi, Tibet, Hainan, Chongqing, Inner Mongolia, Sichuan prefectures, Jilin and
Hebei of the 1990s-2000s; none copied from a corpus notice. Expected items written before running. Split by a fixed
rule: even positions FIX, odd positions HELD (`python3 tests/s18left_stress_roles.py fix|held`).
"""
from __future__ import annotations

import sys

GS = ("甘肃省定西市通渭县", "county")
CASES = [
    ("gs-county-fuze-peihe", *GS,
     "一、重点工作\n（一）加强饮水安全管理。县水务局负责，县卫生健康局、县自然资源局配合。\n"
     "（二）抓好资金保障。县财政局负责，各乡镇人民政府配合。\n",
     {"通渭县水务局", "通渭县卫生健康局", "通渭县自然资源局", "通渭县财政局", "各乡镇人民政府"},
     {("一/(一)", "通渭县水务局", "responsible"), ("一/(一)", "通渭县卫生健康局", "co"),
      ("一/(一)", "通渭县自然资源局", "co"), ("一/(二)", "通渭县财政局", "responsible"),
      ("一/(二)", "各乡镇人民政府", "co")}),
    ("gs-county-mechanism", *GS,
     "一、保障措施\n（一）健全工作机制。建立县政府统一领导、县教育局负责、县财政局配合的工作机制，定期研究解决突出问题。\n",
     {"通渭县人民政府", "通渭县教育局", "通渭县财政局"}, set()),
    ("hlj-pref-bracket-qiantou-canyu", "黑龙江省齐齐哈尔市", "prefecture",
     "一、主要任务\n1.推进农产品质量追溯体系建设。（市农业农村局牵头，市财政局、市市场监管局参与）\n"
     "2.加强冷链物流建设。（市商务局负责，市交通运输局配合）\n",
     {"齐齐哈尔市农业农村局", "齐齐哈尔市财政局", "齐齐哈尔市市场监督管理局", "齐齐哈尔市商务局", "齐齐哈尔市交通运输局"},
     {("一/1", "齐齐哈尔市农业农村局", "lead"), ("一/1", "齐齐哈尔市财政局", "co"),
      ("一/1", "齐齐哈尔市市场监督管理局", "co"), ("一/2", "齐齐哈尔市商务局", "responsible"),
      ("一/2", "齐齐哈尔市交通运输局", "co")}),
    ("hlj-pref-fuzeren", "黑龙江省齐齐哈尔市", "prefecture",
     "一、工作要求\n（一）压实工作责任。市应急管理局主要负责人要亲自部署，分管负责同志要靠前指挥，市直各部门要密切配合，形成工作合力。\n",
     {"齐齐哈尔市应急管理局", "齐齐哈尔市直各部门"}, set()),
    ("gx-region-weizhu-peihe", "广西壮族自治区", "province",
     "一、重点任务\n（一）实施职业院校办学条件达标工程。（自治区教育厅为主，自治区财政厅、人力资源社会保障厅配合）\n",
     {"广西壮族自治区教育厅", "广西壮族自治区财政厅", "广西壮族自治区人力资源和社会保障厅"},
     {("一/(一)", "广西壮族自治区教育厅", "lead"), ("一/(一)", "广西壮族自治区财政厅", "co"),
      ("一/(一)", "广西壮族自治区人力资源和社会保障厅", "co")}),
    ("gx-region-principle", "广西壮族自治区", "province",
     "一、基本原则\n（一）坚持企业负责、政府监管、部门配合。落实企业安全生产主体责任，学校负责、家长配合，共同做好学生安全教育。\n",
     set(), set()),
    ("xz-pref-you-fuze-deng-peihe", "西藏自治区拉萨市", "prefecture",
     "二、工作措施\n（一）改善农牧区人居环境。由市住房城乡建设局负责，市发展改革委、市自然资源局等部门配合。\n",
     {"拉萨市住房和城乡建设局", "拉萨市发展和改革委员会", "拉萨市自然资源局"},
     {("二/(一)", "拉萨市住房和城乡建设局", "responsible"), ("二/(一)", "拉萨市发展和改革委员会", "co"),
      ("二/(一)", "拉萨市自然资源局", "co")}),
    ("xz-pref-preamble", "西藏自治区拉萨市", "prefecture",
     "为做好今冬明春供暖保障工作，请市住房城乡建设局负责，市发展改革委配合，认真抓好落实。\n"
     "一、工作目标\n（一）确保供暖设施安全运行。\n",
     {"拉萨市住房和城乡建设局", "拉萨市发展和改革委员会"}, set()),
    ("hi-county-qiantou-canyu", "海南省琼中黎族苗族自治县", "county",
     "三、主要任务\n（一）推进橡胶产业提质增效。县农业农村局牵头，县财政局、各乡镇人民政府参与。\n",
     {"琼中黎族苗族自治县农业农村局", "琼中黎族苗族自治县财政局", "各乡镇人民政府"},
     {("三/(一)", "琼中黎族苗族自治县农业农村局", "lead"), ("三/(一)", "琼中黎族苗族自治县财政局", "co"),
      ("三/(一)", "各乡镇人民政府", "co")}),
    ("hi-county-units-not-organs", "海南省琼中黎族苗族自治县", "county",
     "三、主要任务\n（一）提升基层医疗服务能力。（县卫生健康委负责，县人民医院、各乡镇卫生院配合）\n",
     {"琼中黎族苗族自治县卫生健康委员会"},
     {("三/(一)", "琼中黎族苗族自治县卫生健康委员会", "responsible")}),
    ("cq-county-qiantou-xiezhu-juti", "重庆市城口县", "county",
     "二、工作任务\n（一）推进农村公路养护。县交通局牵头，县财政局协助，各乡镇人民政府具体负责。\n",
     {"城口县交通运输局", "城口县财政局", "各乡镇人民政府"},
     {("二/(一)", "城口县交通运输局", "lead"), ("二/(一)", "城口县财政局", "co"), ("二/(一)", "各乡镇人民政府", "co")}),
    ("cq-county-qualified-noun", "重庆市城口县", "county",
     "二、工作任务\n（一）加快资金拨付。对由县交通局负责实施的项目，县财政局要及时拨付资金。\n",
     {"城口县交通运输局", "城口县财政局"}, set()),
    ("hb-1997-province-jiwei", "河北省", "province",
     "一、加强价格管理\n（一）清理整顿各类收费。由省计委负责，省财政厅、省物价局配合。\n",
     {"河北省计划委员会", "河北省财政厅", "河北省物价局"},
     {("一/(一)", "河北省计划委员会", "responsible"), ("一/(一)", "河北省财政厅", "co"),
      ("一/(一)", "河北省物价局", "co")}),
    ("hb-1997-system", "河北省", "province",
     "一、管理体制\n（一）理顺管理体制。实行以市县为主、省直有关部门配合的管理体制，省财政厅负责人参与协调。\n",
     {"河北省直有关部门", "河北省财政厅"}, set()),
    ("nm-banner-fuze-peihe", "内蒙古自治区鄂尔多斯市准格尔旗", "county",
     "一、重点任务\n（一）实施牧区饮水工程。旗水利局负责，旗财政局、旗农牧局配合。\n",
     {"准格尔旗水利局", "准格尔旗财政局", "准格尔旗农牧局"},
     {("一/(一)", "准格尔旗水利局", "responsible"), ("一/(一)", "准格尔旗财政局", "co"),
      ("一/(一)", "准格尔旗农牧局", "co")}),
    ("nm-banner-peihe-only", "内蒙古自治区鄂尔多斯市准格尔旗", "county",
     "一、重点任务\n（一）开展联合执法检查。旗市场监管局配合旗公安局做好专项整治工作，各苏木乡镇要积极配合。\n",
     {"准格尔旗市场监督管理局", "准格尔旗公安局"}, set()),
    ("sc-aut-pref-fengong-after-lead", "四川省凉山彝族自治州", "prefecture",
     "一、重点任务\n（一）推进健康扶贫。州卫生健康委牵头，州财政局、州医保局按职责分工负责。\n",
     {"凉山彝族自治州卫生健康委员会", "凉山彝族自治州财政局", "凉山彝族自治州医疗保障局"},
     {("一/(一)", "凉山彝族自治州卫生健康委员会", "lead"), ("一/(一)", "凉山彝族自治州财政局", "co"),
      ("一/(一)", "凉山彝族自治州医疗保障局", "co")}),
    ("sc-aut-pref-armed-forces", "四川省凉山彝族自治州", "prefecture",
     "一、重点任务\n（一）加强森林防火。（州应急管理局负责，州消防救援支队、州森林消防支队配合）\n",
     {"凉山彝族自治州应急管理局"},
     {("一/(一)", "凉山彝族自治州应急管理局", "responsible")}),
    ("jl-2003-county-article", "吉林省延边朝鲜族自治州安图县", "county",
     "第一章 总则\n第一条 县林业局负责本办法的组织实施，县公安局、县工商局按照各自职责配合做好相关工作。\n",
     {"安图县林业局", "安图县公安局", "安图县工商行政管理局"},
     {("第一章/第一条", "安图县林业局", "responsible"), ("第一章/第一条", "安图县公安局", "co"),
      ("第一章/第一条", "安图县工商行政管理局", "co")}),
    ("jl-2003-county-article-yingdang", "吉林省延边朝鲜族自治州安图县", "county",
     "第一章 总则\n第一条 县公安局应当加强对林区治安的管理，县财政局应当予以配合。\n",
     {"安图县公安局", "安图县财政局"}, set()),
    ("gx-county-two-fuze", "广西壮族自治区百色市那坡县", "county",
     "二、主要措施\n（一）落实困难群众救助。（县民政局、县人社局负责，各乡镇配合）\n",
     {"那坡县民政局", "那坡县人力资源和社会保障局", "各乡镇"},
     {("二/(一)", "那坡县民政局", "responsible"), ("二/(一)", "那坡县人力资源和社会保障局", "responsible"),
      ("二/(一)", "各乡镇", "co")}),
    ("gs-pref-qiantou-fuze-jiji", "甘肃省张掖市", "prefecture",
     "一、工作任务\n（一）规范农贸市场管理。市商务局牵头负责，市市场监管局、市交通运输局积极配合。\n",
     {"张掖市商务局", "张掖市市场监督管理局", "张掖市交通运输局"},
     {("一/(一)", "张掖市商务局", "lead"), ("一/(一)", "张掖市市场监督管理局", "co"),
      ("一/(一)", "张掖市交通运输局", "co")}),
    ("hlj-county-deng-canyu", "黑龙江省佳木斯市桦南县", "county",
     "二、重点任务\n（一）开展技能培训。县人社局牵头，县教育局、县财政局等部门参与。\n（二）做好宣传引导。县委宣传部负责。\n",
     {"桦南县人力资源和社会保障局", "桦南县教育局", "桦南县财政局", "中共桦南县委宣传部"},
     {("二/(一)", "桦南县人力资源和社会保障局", "lead"), ("二/(一)", "桦南县教育局", "co"),
      ("二/(一)", "桦南县财政局", "co"), ("二/(二)", "中共桦南县委宣传部", "responsible")}),
    ("hlj-county-cooperate-with", "黑龙江省佳木斯市桦南县", "county",
     "二、重点任务\n（一）加强部门协作。县人社局要加强与县教育局的沟通配合，县财政局负责同志列席会议。\n",
     {"桦南县人力资源和社会保障局", "桦南县教育局", "桦南县财政局"}, set()),
    ("gs-pref-prose-two-clauses", "甘肃省定西市", "prefecture",
     "一、主要任务\n（一）加强森林防火。市林业和草原局负责组织开展森林防火检查，市应急管理局配合做好应急处置工作。\n",
     {"定西市林业和草原局", "定西市应急管理局"},
     {("一/(一)", "定西市林业和草原局", "responsible"), ("一/(一)", "定西市应急管理局", "co")}),
    ("gs-pref-web-furniture", "甘肃省定西市", "prefecture",
     "首页 > 政务公开 > 通知公告\n一、主要任务\n（一）统筹项目资金。市财政局负责，市发展改革委配合。\n"
     "【打印本页】【关闭窗口】\n",
     {"定西市财政局", "定西市发展和改革委员会"},
     {("一/(一)", "定西市财政局", "responsible"), ("一/(一)", "定西市发展和改革委员会", "co")}),
    ("qh-pref-yi-weizhu", "青海省海东市", "prefecture",
     "一、重点任务\n（一）推进高原特色农业发展。以市农业农村局为主，市发展改革委、市财政局配合。\n",
     {"海东市农业农村局", "海东市发展和改革委员会", "海东市财政局"},
     {("一/(一)", "海东市农业农村局", "lead"), ("一/(一)", "海东市发展和改革委员会", "co"),
      ("一/(一)", "海东市财政局", "co")}),
    ("qh-pref-gefuqize", "青海省海东市", "prefecture",
     "一、重点任务\n（一）抓好督促落实。各有关部门要各负其责、协同配合，市政府督查室负责跟踪问效的同志要及时报告进展。\n",
     {"海东市各有关部门"}, set()),
    ("nx-region-fuzongze", "宁夏回族自治区", "province",
     "一、主要任务\n（一）实施黄河岸线保护。（自治区水利厅负总责，自治区自然资源厅、生态环境厅协同配合）\n",
     {"宁夏回族自治区水利厅", "宁夏回族自治区自然资源厅", "宁夏回族自治区生态环境厅"},
     {("一/(一)", "宁夏回族自治区水利厅", "responsible"), ("一/(一)", "宁夏回族自治区自然资源厅", "co"),
      ("一/(一)", "宁夏回族自治区生态环境厅", "co")}),
    ("nx-region-annotation-wins", "宁夏回族自治区", "province",
     "一、主要任务\n（一）发展枸杞产业。自治区林业和草原局负责制定产业规划，自治区财政厅配合落实资金。（责任单位：自治区农业农村厅）\n",
     {"宁夏回族自治区林业和草原局", "宁夏回族自治区财政厅", "宁夏回族自治区农业农村厅"},
     {("一/(一)", "宁夏回族自治区农业农村厅", "responsible")}),
    ("yn-pref-qiantou-huitong", "云南省红河哈尼族彝族自治州", "prefecture",
     "二、工作任务\n（一）推进边境贸易。由州商务局牵头，会同州财政局、州市场监管局组织实施。\n",
     {"红河哈尼族彝族自治州商务局", "红河哈尼族彝族自治州财政局", "红河哈尼族彝族自治州市场监督管理局"},
     {("二/(一)", "红河哈尼族彝族自治州商务局", "lead"), ("二/(一)", "红河哈尼族彝族自治州财政局", "co"),
      ("二/(一)", "红河哈尼族彝族自治州市场监督管理局", "co")}),
    ("yn-pref-system-de", "云南省红河哈尼族彝族自治州", "prefecture",
     "二、工作任务\n（一）完善管理体制。健全州级统筹、县市负责、乡镇配合的工作格局，州发展改革委要加强统筹协调。\n",
     {"红河哈尼族彝族自治州发展和改革委员会"}, set()),
    ("gz-county-fengong-then-peihe", "贵州省黔东南苗族侗族自治州雷山县", "county",
     "三、保障措施\n（一）强化组织保障。县民宗局、县文体广电旅游局按职责分工负责，各乡镇人民政府配合。\n",
     {"雷山县民族宗教事务局", "雷山县文体广电旅游局", "各乡镇人民政府"},
     {("三/(一)", "雷山县民族宗教事务局", "responsible"), ("三/(一)", "雷山县文体广电旅游局", "responsible"),
      ("三/(一)", "各乡镇人民政府", "co")}),
    ("gz-county-fuze-jieshi", "贵州省黔东南苗族侗族自治州雷山县", "county",
     "三、保障措施\n（一）加强宣传。县融媒体中心负责，县委宣传部给予指导，各学校、各医院配合。\n",
     {"中共雷山县委宣传部"}, set()),
    ("ln-2005-pref-qiantou-zhuazong", "辽宁省铁岭市", "prefecture",
     "一、工作重点\n（一）推进国有企业改制。市经贸委牵头抓总，市财政局、市劳动和社会保障局配合。\n",
     {"铁岭市经济贸易委员会", "铁岭市财政局", "铁岭市劳动和社会保障局"},
     {("一/(一)", "铁岭市经济贸易委员会", "lead"), ("一/(一)", "铁岭市财政局", "co"),
      ("一/(一)", "铁岭市劳动和社会保障局", "co")}),
    ("ln-2005-pref-peihe-shangji", "辽宁省铁岭市", "prefecture",
     "一、工作重点\n（一）做好职工安置。积极配合上级部门做好检查验收，市劳动和社会保障局要主动与市总工会加强协调。\n",
     {"上级部门", "铁岭市劳动和社会保障局", "铁岭市总工会"}, set()),
    ("xj-pref-fuze-peihe-canyu", "新疆维吾尔自治区阿克苏地区", "prefecture",
     "一、重点工作\n（一）推进棉花产业转型。地区农业农村局牵头，地区发展改革委配合，各县（市）人民政府参与。\n",
     {"阿克苏地区农业农村局", "阿克苏地区发展和改革委员会", "各县（市）人民政府"},
     {("一/(一)", "阿克苏地区农业农村局", "lead"), ("一/(一)", "阿克苏地区发展和改革委员会", "co"),
      ("一/(一)", "各县（市）人民政府", "co")}),
    ("xj-pref-zhidao-not-role", "新疆维吾尔自治区阿克苏地区", "prefecture",
     "一、重点工作\n（一）完善考核办法。地区人社局负责人牵头，组织各县（市）人社部门负责同志开展业务培训。\n",
     {"阿克苏地区人力资源和社会保障局"}, set()),
    ("hn-county-semicolon-canyu", "湖南省湘西土家族苗族自治州永顺县", "county",
     "一、工作任务\n（一）实施旅游公路建设。（县交通运输局牵头；县文旅广电局、县财政局参与）\n",
     {"永顺县交通运输局", "永顺县文旅广电局", "永顺县财政局"},
     {("一/(一)", "永顺县交通运输局", "lead"), ("一/(一)", "永顺县文旅广电局", "co"),
      ("一/(一)", "永顺县财政局", "co")}),
    ("hn-county-ge-peihe", "湖南省湘西土家族苗族自治州永顺县", "county",
     "一、工作任务\n（一）加强监督检查。县纪委监委负责监督，各部门互相配合、各司其职，确保任务落实。\n",
     {"永顺县纪委监委", "各部门"}, {("一/(一)", "永顺县纪委监委", "responsible")}),
]


def counts(cases):
    """(cases passing, expected items found, expected items, spurious items); items = departments + triples."""
    from tests.test_organs_s5 import _run
    ok = found = total = spurious = 0
    for cid, region, level, text, deps, triples in cases:
        names, got = _run(text, region, level)
        exp = set(deps) | set(triples)
        pred = set(names) | got
        found += len(exp & pred)
        total += len(exp)
        spurious += len(pred - exp)
        ok += pred == exp
    return ok, found, total, spurious


def half(which, cases):
    return cases[0::2] if which == "fix" else cases[1::2] if which == "held" else cases


def main(all_cases, argv):
    from tests.test_organs_s5 import _run
    which = argv[0] if argv else "fix"
    cases = half(which, all_cases)
    ok, found, total, spurious = counts(cases)
    print(f"{which}: cases {ok}/{len(cases)}; recall {found}/{total}; spurious {spurious}")
    if which != "held":
        for cid, region, level, text, deps, triples in cases:
            names, got = _run(text, region, level)
            exp, pred = set(deps) | set(triples), set(names) | got
            if exp != pred:
                print(" ", cid, "missed", sorted(map(str, exp - pred)), "spurious", sorted(map(str, pred - exp)))


if __name__ == "__main__":
    sys.path.insert(0, ".")
    main(CASES, sys.argv[1:])
