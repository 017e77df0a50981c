"""(s21c-web) Issue 11: a web copy's related-reading links (`一图读懂：…`, `图解｜《…》`, `【政策解读】《…》图文解读`)
under a 印发 notice that does not carry its plan are page furniture: never the plan's title, and the explainer's
figures under them are never targets. Notices written in the styles of other provinces and levels. HELD half (run only at BASE and at the final commit)."""
from pipeline import process_text


def _run(text):
    r = process_text(text, doc_id="x").model_dump()
    return r["metadata"]["title"], sorted((t["value"], t["unit"]) for t in r["targets"])


MINISTRY = '首页 > 政务公开 > 通知公告\n\n生态环境部关于印发《重点流域水生态环境保护规划实施方案》的通知\n\n发布时间：2023-04-10\u3000来源：综合司\n\n各省、自治区、直辖市生态环境厅（局），新疆生产建设兵团生态环境局：\n\n为贯彻落实《重点流域水生态环境保护规划》，我部组织编制了《重点流域水生态环境保护规划实施方案》，现印发给你们，请结合实际认真落实。到2025年，全国力争地表水达到或好于Ⅲ类水体比例达到85%。\n\n生态环境部\n2023年4月3日\n\n【政策解读】《重点流域水生态环境保护规划实施方案》图文解读\n一图看懂《重点流域水生态环境保护规划实施方案》\n方案明确，到2025年，重点流域水功能区达标率达到90%，恢复“有河有水”的河湖数量达到200个。\n\n扫一扫在手机打开当前页\n【打印】【关闭】\n'
PRECISION_TITLE = '黔东南州人民政府办公室关于印发《黔东南州图解政策产品制作规范》的通知\n\n各县（市）人民政府，州直各部门：\n\n《黔东南州图解政策产品制作规范》已经州人民政府同意，现印发给你们，请认真执行。\n\n黔东南州人民政府办公室\n2022年11月8日\n\n黔东南州图解政策产品制作规范\n\n一、总体要求。到2023年，州政府印发的重大政策文件图解产品覆盖率达到90%。\n\n二、制作要求。图解产品应当准确反映政策原意，文字简洁。\n'
GX_COUNTY = '您当前所在位置：首页 > 政务公开 > 政府文件\n\n融安县人民政府办公室关于印发融安县农村生活污水治理攻坚行动工作方案的通知\n\n时间：2022-07-06 09:15\u3000来源：融安县人民政府办公室\u3000【字体：大 中 小】\n\n各乡镇人民政府，县直各有关单位：\n\n《融安县农村生活污水治理攻坚行动工作方案》已经县人民政府同意，现印发给你们，请认真抓好落实。到2025年，全县力争农村生活污水治理率达到40%以上。\n\n融安县人民政府办公室\n2022年7月4日\n\n图说：融安县农村生活污水治理攻坚行动工作方案\n相关阅读：《柳州市农村生活污水治理攻坚行动方案》\n攻坚行动明确，到2025年建成农村污水处理设施120座，覆盖行政村60个。\n\n【打印本页】\u3000【关闭窗口】\n'
PRECISION_CARRIED = '琼中黎族苗族自治县人民政府关于印发琼中县绿色农业发展行动方案的通知\n\n各乡镇人民政府，县政府直属各单位：\n\n现将《琼中县绿色农业发展行动方案》印发给你们，请认真贯彻落实。\n\n琼中黎族苗族自治县人民政府\n2021年9月3日\n\n琼中县绿色农业发展行动方案\n\n一、发展目标\n到2025年，全县化肥使用量较2020年减少10%，绿色食品认证产品达到30个。\n\n二、工作措施\n（一）推广测土配方施肥。县农业农村局负责组织实施。\n（二）加强宣传解读。县融媒体中心会同县农业农村局制作政策图解，开展政策解读。\n\n一图读懂：琼中县绿色农业发展行动方案\n行动方案提出，到2025年全县有机肥施用面积达到15万亩。\n'


def test_central_ministry_page():
    title, targets = _run(MINISTRY)
    assert title == "重点流域水生态环境保护规划实施方案"
    assert targets == [(85.0, "%")]


def test_precision_tujie_inside_the_plan_title():
    title, targets = _run(PRECISION_TITLE)
    assert title == "黔东南州图解政策产品制作规范"
    assert targets == [(90.0, "%")]


def test_guangxi_county_tushuo_and_xiangguan_yuedu():
    title, targets = _run(GX_COUNTY)
    assert title == "融安县农村生活污水治理攻坚行动工作方案"
    assert targets == [(40.0, "%")]


def test_precision_plan_carried_then_yitu_dudong():
    title, targets = _run(PRECISION_CARRIED)
    assert title == "琼中县绿色农业发展行动方案"
    assert targets == [(10.0, "%"), (30.0, "个")]
