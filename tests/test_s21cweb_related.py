"""(s21c-web) Issue 11: a web copy's related-reading links (`一图读懂：…`, `图解｜《…》`, `【政策解读】《…》图文解读`)
under a 印发 notice that does not carry its plan are page furniture: never the plan's title, and the explainer's
figures under them are never targets. Notices written in the styles of other provinces and levels. FIX half."""
from pipeline import process_text


def _run(text):
    r = process_text(text, doc_id="x").model_dump()
    return r["metadata"]["title"], sorted((t["value"], t["unit"]) for t in r["targets"])


HB_PREFECTURE = '首页 > 政务公开 > 政策文件 > 市政府办公室文件\n\n宜昌市人民政府办公室关于印发宜昌市城市更新三年行动方案（2024—2026年）的通知\n\n发布时间：2024-03-18 10:20    来源：宜昌市人民政府办公室    字号：[ 大 中 小 ]\n\n各县市区人民政府，宜昌高新区管委会，市政府各部门：\n\n《宜昌市城市更新三年行动方案（2024—2026年）》已经市人民政府同意，现印发给你们，请认真组织实施。到2026年，全市要完成城市更新项目150个。\n\n宜昌市人民政府办公室\n2024年3月15日\n\n一图读懂：宜昌市城市更新三年行动方案（2024—2026年）\n到2026年，全市改造城镇老旧小区300个，新建改造城市道路120公里，新增城市绿地200公顷。\n\n【打印本页】 【关闭窗口】\n主办：宜昌市人民政府办公室\n'
YN_COUNTY = '当前位置：首页 > 信息公开 > 政策文件\n\n弥勒市人民政府办公室关于印发弥勒市高标准农田建设实施方案的通知\n\n发布日期：2023年05月22日\u3000\u3000信息来源：弥勒市人民政府办公室\u3000\u3000浏览次数：1032\n\n各乡镇人民政府、街道办事处，市直各部门：\n\n经市人民政府同意，现将《弥勒市高标准农田建设实施方案》印发给你们，请认真贯彻执行。到2025年，全市力争累计建成高标准农田45万亩。\n\n弥勒市人民政府办公室\n2023年5月19日\n\n图解｜《弥勒市高标准农田建设实施方案》\n政策解读：关于印发弥勒市高标准农田建设实施方案的通知\n方案提出，到2025年新建高标准农田8万亩，改造提升6万亩，高效节水灌溉面积达到3万亩。\n\n【打印此页】【关闭窗口】\n'
PRECISION_BODY = '湘西自治州人民政府办公室关于进一步做好政策解读工作的通知\n\n各县市人民政府，州政府各工作部门：\n\n为提高政策解读质量，现就有关事项通知如下：\n\n一、明确解读责任。起草部门是政策解读的责任主体，政策文件与解读方案、解读材料同步报批。\n\n二、丰富解读形式。综合运用图解、动漫、短视频等方式，到2024年底，州政府重要政策文件解读率达到100%。\n图解：由起草部门会同州融媒体中心制作，随文件同步发布。\n政策解读：重要政策文件印发后3个工作日内发布解读材料。\n\n三、加强督促检查。州政府办公室每季度通报各地各部门解读工作情况。\n\n湘西自治州人民政府办公室\n2023年8月2日\n'


def test_hubei_prefecture_yitu_dudong_not_title():
    title, targets = _run(HB_PREFECTURE)
    assert title == "宜昌市城市更新三年行动方案（2024—2026年）"
    assert targets == [(150.0, "个")]     # the notice's own goal; the explainer's 300/120/200 are not the plan's


def test_yunnan_county_tujie_and_zhengce_jiedu_lines():
    title, targets = _run(YN_COUNTY)
    assert title == "弥勒市高标准农田建设实施方案"
    assert targets == [(450000.0, "亩")]


def test_precision_jiedu_and_tujie_inside_a_notice_body():
    # 图解：/政策解读： lines that are sentences of the notice's own items stay body
    title, targets = _run(PRECISION_BODY)
    assert title == "湘西自治州人民政府办公室关于进一步做好政策解读工作的通知"
    assert targets == [(100.0, "%")]
    from pipeline.layout import _is_related_reading
    assert not _is_related_reading("图解：由起草部门会同州融媒体中心制作，随文件同步发布。")
    assert not _is_related_reading("政策解读：重要政策文件印发后3个工作日内发布解读材料。")


def test_related_reading_line_forms():
    from pipeline.layout import _is_related_reading
    for t in ("一图读懂：某市城市更新三年行动方案（2024—2026年）", "图解｜《某县高标准农田建设实施方案》",
              "【政策解读】《某省充电基础设施建设行动方案（2023—2025年）》图文解读", "一图读懂《某市优化营商环境若干措施》",
              "政策解读：关于印发某县农村人居环境整治提升方案的通知", "图说：某县农村生活污水治理攻坚行动工作方案"):
        assert _is_related_reading(t), t
    for t in ("解读", "图解政策产品制作规范", "政策解读工作要点", "（二）加强宣传解读。", "一图读懂",
              "图解：各部门要在文件印发后3日内制作图解，", "解读材料与政策文件同步报批"):
        assert not _is_related_reading(t), t
