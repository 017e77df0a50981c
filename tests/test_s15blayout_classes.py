"""Session 15 (s15b-layout): the cleaning and layout classes of issue 11, each with a snippet written for the test in
the style of a province, level or era the opened batches do not show (exact items; quotes grounded in the record's
text)."""
from pipeline import process_text
from pipeline.clean import normalize_string


def _rec(text):
    r = process_text(text, doc_id="t").model_dump()
    for key in ("tasks", "targets", "responsibilities", "departments"):
        for item in r[key]:
            assert r["text"][item["span"][0]:item["span"][1]] == item["quote"]
    return r


def test_break_inside_a_clause_before_an_amount_is_joined_chongqing_district():
    # a web copy's hard break between a verb and its amount (`…达到` / `95%以上，…`): one sentence, and the target keeps it
    r = _rec("綦江区农村供水保障实施方案\n为提升农村供水保障水平，制定本方案。\n一、工作目标\n到2025年，全区农村自来水普及率达到\n"
             "95%以上，规模化供水工程覆盖农村人口比例达到\n80%。\n")
    assert "普及率达到95%以上，规模化供水工程覆盖农村人口比例达到80%。" in r["text"]
    assert {(t["quote"], t["value"], t["unit"], t["comparator"]) for t in r["targets"]} == {
        ("农村自来水普及率达到95%以上", 95.0, "%", ">="), ("规模化供水工程覆盖农村人口比例达到80%", 80.0, "%", "=")}


def test_break_between_an_amount_and_its_unit_is_joined_shaanxi_county():
    doc = normalize_string("旬阳县就业促进工作方案\n一、工作目标\n全年新增城镇就业1.2\n万人，城镇登记失业率控制在4.5\n%以内。\n")
    assert doc.text == "旬阳县就业促进工作方案\n一、工作目标\n全年新增城镇就业1.2万人，城镇登记失业率控制在4.5%以内。"


def test_prose_cut_between_words_is_joined_but_not_a_heading_or_a_role_line_yunnan():
    doc = normalize_string("云南省高原特色农业提升行动方案\n为推动高原特色现代农业发展，制定本方案。\n一、重点任务\n"
                           "（一）建设特色基地。各州（市）要加强基地建设。到2025年，着力提升\n产品质量和品牌影响力。\n"
                           "（二）培育经营主体。支持龙头企业做大做强，确保带动农户增收\n责任单位：省农业农村厅、省林草局\n"
                           "三、保障措施\n")
    assert doc.text.split("\n")[3:] == ["（一）建设特色基地。各州（市）要加强基地建设。到2025年，着力提升产品质量和品牌影响力。",
                                        "（二）培育经营主体。支持龙头企业做大做强，确保带动农户增收",
                                        "责任单位：省农业农村厅、省林草局", "三、保障措施"]


def test_page_number_inside_a_clause_then_the_amount_hebei():
    doc = normalize_string("河北省节水行动实施方案\n为全面推进节水型社会建设，制定本方案。\n一、主要目标\n"
                           "到2025年，全省万元国内生产总值用水量比2020年下降\n— 3 —\n16%，农田灌溉水有效利用系数达到0.68以上。\n")
    assert doc.text.endswith("\n到2025年，全省万元国内生产总值用水量比2020年下降16%，农田灌溉水有效利用系数达到0.68以上。")


def test_table_one_cell_per_line_without_a_header_keeps_its_amounts_hunan_city():
    doc = normalize_string("附件\n2024年农村公路建设任务分解表\n县（市、区）\n新改建里程（公里）\n安保工程（公里）\n"
                           "双清区\n35\n12\n大祥区\n48\n20\n")
    assert doc.text.split("\n")[5:] == ["双清区", "35", "12", "大祥区", "48", "20"]


def test_amount_cut_out_of_its_clause_is_joined_xiangxi():
    r = _rec("湘西州2023年造林绿化工作方案\n为推进国土绿化，制定本方案。\n一、任务安排\n全州完成造林面积\n25\n万亩，其中人工造林\n10\n万亩。\n")
    assert "全州完成造林面积25万亩，其中人工造林10万亩。" in r["text"]
    assert {(t["value"], t["unit"]) for t in r["targets"]} == {(250000.0, "亩"), (100000.0, "亩")}


def test_a_page_number_between_paragraphs_is_still_dropped_jilin():
    doc = normalize_string("吉林省秸秆综合利用实施方案\n一、总体要求\n坚持因地制宜、多元利用。\n2\n二、重点任务\n")
    assert doc.text == "吉林省秸秆综合利用实施方案\n一、总体要求\n坚持因地制宜、多元利用。\n二、重点任务"


def test_a_long_role_line_stays_apart_from_the_signature_hubei_city():
    orgs = "、".join(["市人社局", "市住建局", "市交通局", "市水利局", "市发改委", "市财政局", "市公安局", "市司法局"])
    r = _rec("关于进一步做好农民工工资支付工作的通知\n各区人民政府，市有关部门：\n现就有关事项通知如下：\n"
             "一、落实工资支付主体责任。施工总承包单位对所承包工程的农民工工资支付负总责，分包单位对所招用农民工的工资支付负直接责任。\n"
             "二、加强欠薪问题排查。开展欠薪线索排查整治行动，对排查发现的欠薪问题建立台账，逐件明确责任人和办结时限，确保动态清零。\n"
             f"责任单位：{orgs}\n黄石市人民政府办公室\n2021年11月26日\n")
    assert r["metadata"]["issuers"] == ["黄石市人民政府办公室"]
    assert r["metadata"]["issue_date"] == "2021-11-26"
    assert {x["department"] for x in r["responsibilities"]} == {
        "黄石市人力资源和社会保障局", "黄石市住房和城乡建设局", "黄石市交通运输局", "黄石市水利局", "黄石市发展和改革委员会",
        "黄石市财政局", "黄石市公安局", "黄石市司法局"}
    assert {x["task"] for x in r["responsibilities"]} == {"二"}


def test_bracketed_roles_then_the_signature_jiangxi_county():
    r = _rec("关于做好秋冬季森林防火工作的通知\n各乡镇人民政府，县直有关单位：\n一、加强火源管控。严格野外用火审批。\n"
             "二、强化宣传教育。深入开展森林防火宣传。\n（牵头单位：县林业局；配合单位：县教体局、县应急管理局）\n"
             "修水县人民政府办公室\n2022年10月9日\n")
    assert r["metadata"]["issuers"] == ["修水县人民政府办公室"]
    assert {(x["task"], x["department"], x["role"]) for x in r["responsibilities"]} == {
        ("二", "修水县林业局", "lead"), ("二", "修水县教育体育局", "co"), ("二", "修水县应急管理局", "co")}


def test_a_role_list_wrapped_inside_a_name_still_joins_guangxi_county():
    doc = normalize_string("关于做好防汛工作的通知\n一、加强隐患排查。全面排查隐患点。\n责任单位：县应急管理局、县水\n利局\n"
                           "融水苗族自治县人民政府办公室\n2022年5月6日\n")
    assert doc.text.split("\n")[2:] == ["责任单位：县应急管理局、县水利局", "融水苗族自治县人民政府办公室", "2022年5月6日"]


def test_a_list_opening_late_is_kept_as_written_ningxia_excerpt():
    r = _rec("三、保障措施\n（三）加强资金保障。各地要加大投入。\n（四）强化督导考核。将整治工作纳入考核。\n")
    assert [(t["path"], t["heading"]) for t in r["tasks"]] == [
        ("三", "保障措施"), ("三/(三)", "加强资金保障"), ("三/(四)", "强化督导考核")]


def test_a_late_number_with_no_successor_stays_out_shanxi():
    r = _rec("山西省全民健身实施计划\n为推动全民健身，制定本计划。\n一、主要任务\n（一）完善场地设施。推进体育公园建设。\n"
             "二、保障措施\n加强组织领导。\n（五）健身设施建设标准\n落实经费保障。\n")
    assert [t["path"] for t in r["tasks"]] == ["一", "一/(一)", "二"]


def test_article_numbers_with_a_stop_or_a_dunhao_liaoning_1990s():
    r = _rec("辽宁省水土保持条例\n第一条. 为了预防和治理水土流失，制定本条例。\n第二条．在本省行政区域内从事水土保持活动，适用本条例。\n"
             "第三条、水土保持工作实行预防为主的方针。\n")
    assert [(t["path"], t["heading"], t["quote"]) for t in r["tasks"]] == [
        ("第一条", "为了预防和治理水土流失，制定本条例", "为了预防和治理水土流失，制定本条例"),
        ("第二条", "在本省行政区域内从事水土保持活动，适用本条例", "在本省行政区域内从事水土保持活动，适用本条例"),
        ("第三条", "水土保持工作实行预防为主的方针", "水土保持工作实行预防为主的方针")]


def test_note_with_date_number_and_in_force_clause_is_head_guizhou_2009():
    r = _rec("贵州省人民政府关于加强城市供水管理的规定\n（2009年3月2日 黔府发〔2009〕8号 自2009年4月1日起施行）\n"
             "第一条 为了加强城市供水管理，制定本规定。\n第二条 本规定自2009年4月1日起施行。\n")
    md = r["metadata"]
    assert (md["issue_date"], md["doc_number"], md["issuers"], md["title"]) == (
        "2009-03-02", "黔府发〔2009〕8号", ["贵州省人民政府"], "贵州省人民政府关于加强城市供水管理的规定")
    assert [t["path"] for t in r["tasks"]] == ["第一条", "第二条"]


def test_a_late_item_whose_own_items_follow_is_a_heading_zhejiang_excerpt():
    # `（二）` first under `二、` (an excerpt), then its `3.` `4.`: kept as written, the items under it
    r = _rec("二、重点任务\n（二）推进数字乡村建设。\n3.建设信息基础设施。推进光纤网络覆盖。\n4.发展农村电商。培育电商主体。\n")
    assert [(t["path"], t["heading"]) for t in r["tasks"]] == [
        ("二", "重点任务"), ("二/(二)", "推进数字乡村建设"), ("二/(二)/3", "建设信息基础设施"), ("二/(二)/4", "发展农村电商")]


def test_a_role_line_then_a_joint_signature_on_one_line_stays_apart_hunan_city():
    doc = normalize_string("关于做好就业工作的通知\n一、稳定就业岗位。落实稳岗返还政策，支持企业稳定岗位，确保就业局势总体稳定，推动高质量充分就业。\n"
                           "二、强化职业培训。大规模开展职业技能培训，提高劳动者就业能力，缓解结构性就业矛盾，加快培养急需紧缺人才。\n"
                           "责任单位：市人社局、市财政局、市教育局、市发改委、市工信局、市商务局、市农业农村局\n市人社局　市财政局\n2022年4月1日\n")
    assert doc.text.split("\n")[3:] == ["责任单位：市人社局、市财政局、市教育局、市发改委、市工信局、市商务局、市农业农村局",
                                        "市人社局 市财政局", "2022年4月1日"]


def test_a_short_pages_two_numbers_are_still_page_numbers_anhui_county():
    # the signature on a page of its own: `4` above it and `5` under it are the pages' numbers, not cells
    doc = normalize_string("关于做好防汛工作的通知\n各乡镇人民政府：\n现将有关事项通知如下，请认真贯彻执行。\n4\n歙县人民政府办公室\n"
                           "2021年6月8日\n5\n")
    assert doc.text == "关于做好防汛工作的通知\n各乡镇人民政府：\n现将有关事项通知如下，请认真贯彻执行。\n歙县人民政府办公室\n2021年6月8日"


def test_consecutive_amounts_in_a_run_of_cells_stay_hunan():
    doc = normalize_string("附件\n任务表\n县（市、区）\n里程\n双清区\n35\n大祥区\n36\n北塔区\n12\n")
    assert doc.text.split("\n")[4:] == ["双清区", "35", "大祥区", "36", "北塔区", "12"]


def test_a_paragraphs_first_line_cut_before_its_amount_joins_but_a_cell_does_not_shandong_city():
    doc = normalize_string("潍坊市食品安全工作方案\n一、总体目标\n食品抽检量达到每千人\n6批次，\n群众满意度达到\n75%以上。\n"
                           "附件\n任务表\n老旧小区改造\n300个\n")
    assert doc.text.split("\n")[2:] == ["食品抽检量达到每千人6批次，群众满意度达到75%以上。", "附件", "任务表", "老旧小区改造", "300个"]
