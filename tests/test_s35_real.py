"""(s35-real) Layout misreads that real notices showed, before any extraction: a numbered heading read together with the
line under it, an item run into a paragraph behind a number that lost its opening bracket. Texts written for these tests
in other provinces', levels' and years' styles than the notices that showed the misses; exact items."""
from pipeline.document import process_text


def _tasks(text):
    return [(t["path"], t["heading"]) for t in process_text(text, doc_id="t").model_dump()["tasks"]]


# A Sichuan provincial catalogue of serious illnesses (2013), copied from a web page one paragraph a line: each illness a
# numbered heading that ends on its bracketed scope, then the sentence that opens its criteria; the copy's upper-quartile
# line is about as wide as the longest headings, which no page wrapped.
SICHUAN_ILLNESS_LIST = (
    "四川省城乡居民大病保险特殊病种认定标准\n"
    "一、儿童先天性心脏病（房间隔缺损、室间隔缺损、动脉导管未闭）\n"
    "省内三级定点医疗机构确诊符合以下标准：\n"
    "（一）经心脏彩色多普勒超声或心导管检查确诊为先天性心脏病，且无其他严重合并畸形；\n"
    "（二）年龄在十四周岁以下。\n"
    "二、慢性粒细胞白血病（慢性期、加速期）\n"
    "省内三级定点医疗机构确诊符合以下标准：\n"
    "（一）外周血或骨髓细胞形态学检查结果符合慢性粒细胞白血病诊断；\n"
    "（二）费城染色体检查阳性。\n"
    "三、终末期肾病（维持性血液透析治疗、腹膜透析治疗期间）\n"
    "省内二级以上定点医疗机构肾内科确诊，并经两名专科医师评估后认定符合以下标准：\n"
    "（一）肾小球滤过率持续低于每分钟十五毫升；\n"
    "（二）经肾内科专科医师评估需要进行规律性血液透析或腹膜透析。\n"
    "四、重性精神疾病\n"
    "精神专科定点医疗机构确诊符合以下标准：\n"
    "（一）符合诊断标准；\n"
    "（二）病程在六个月以上，经两名以上精神科执业医师共同确认，并由定点医疗机构出具诊断证明书。\n")


def test_bracket_closed_heading_keeps_its_break():
    tasks = _tasks(SICHUAN_ILLNESS_LIST)
    assert tasks == [
        ("一", "儿童先天性心脏病（房间隔缺损、室间隔缺损、动脉导管未闭）"),
        ("一/(一)", "经心脏彩色多普勒超声或心导管检查确诊为先天性心脏病，且无其他严重合并畸形"),
        ("一/(二)", "年龄在十四周岁以下"),
        ("二", "慢性粒细胞白血病（慢性期、加速期）"),
        ("二/(一)", "外周血或骨髓细胞形态学检查结果符合慢性粒细胞白血病诊断"),
        ("二/(二)", "费城染色体检查阳性"),
        ("三", "终末期肾病（维持性血液透析治疗、腹膜透析治疗期间）"),
        ("三/(一)", "肾小球滤过率持续低于每分钟十五毫升"),
        ("三/(二)", "经肾内科专科医师评估需要进行规律性血液透析或腹膜透析"),
        ("四", "重性精神疾病"),
        ("四/(一)", "符合诊断标准"),
        ("四/(二)", "病程在六个月以上，经两名以上精神科执业医师共同确认，并由定点医疗机构出具诊断证明书"),
    ]


# A PDF copy wrapped at the page's width (a Hebei municipal plan, 2017): a heading the page cut right after a closed
# bracket still runs on into its next line; the rule above holds only for a copy not wrapped at a page's width.
HEBEI_WRAPPED_PLAN = (
    "为加快推进全市农村供水保障和污水治理工作，切实改善\n"
    "农村群众生产生活条件，根据省有关部署，结合我市实际，\n"
    "制定本方案。\n"
    "一、推进城乡供水一体化工程建设（城区、县城、重点镇）\n"
    "运营管理体制改革。\n"
    "到2020年，全市城乡供水一体化覆盖率达到百分之八十以\n"
    "上，农村自来水普及率明显提高，供水水质达标率稳步提升\n"
    "，管网漏损率持续下降。\n"
    "二、加快农村生活污水处理设施改造提升。\n"
    "各县（市、区）要统筹规划，分年度推进乡镇污水处理设施\n"
    "建设和改造，确保按期建成并投入运行，充分发挥设施效益\n"
    "，防止建而不用。\n"
    "三、强化组织保障。\n"
    "各县（市、区）人民政府是本地区农村供水保障和污水治理\n"
    "工作的责任主体，要建立工作机制，落实资金，加强督导考\n"
    "核。\n")


def test_wrapped_heading_still_runs_on():
    assert _tasks(HEBEI_WRAPPED_PLAN) == [
        ("一", "推进城乡供水一体化工程建设（城区、县城、重点镇）运营管理体制改革"),
        ("二", "加快农村生活污水处理设施改造提升"),
        ("三", "强化组织保障"),
    ]


# A Jiangsu provincial notice (2016) scanned and run together, one paragraph a line: the second and third items run into
# the paragraph before them, the third's opening bracket lost by the scan (`三)`), as the scan loses it at a line's start.
JIANGSU_SCANNED_NOTICE = (
    "各设区市人力资源社会保障局：\n"
    "为做好2016年高校毕业生就业工作，现就有关事项通知如下：\n"
    "一、拓宽就业渠道\n"
    "(一)鼓励到基层就业。落实学费补偿和助学贷款代偿政策。(二)支持自主创业。落实创业担保贷款政策，"
    "简化办理程序。三)加强就业见习。扩大见习规模，提高见习质量。(四)强化困难帮扶。对困难毕业生实行一对一帮扶。\n"
    "二、加强组织实施\n"
    "(一)落实工作责任。各地要把高校毕业生就业摆在突出位置。\n")


def test_run_in_item_whose_opening_bracket_was_lost():
    assert _tasks(JIANGSU_SCANNED_NOTICE) == [
        ("一", "拓宽就业渠道"),
        ("一/(一)", "鼓励到基层就业"),
        ("一/(二)", "支持自主创业"),
        ("一/(三)", "加强就业见习"),
        ("一/(四)", "强化困难帮扶"),
        ("二", "加强组织实施"),
        ("二/(一)", "落实工作责任"),
    ]


# …taken only as the next item of the open list: a bracket-closed numeral that is not the next number stays text
GUANGXI_OUT_OF_TURN = (
    "一、工作任务\n"
    "(一)开展排查整治。对辖区内自建房逐栋排查。五)项所列情形的，依法处置。\n"
    "(二)建立长效机制。健全日常巡查制度。\n")


def test_bracket_lost_numeral_out_of_turn_is_text():
    assert _tasks(GUANGXI_OUT_OF_TURN) == [
        ("一", "工作任务"),
        ("一/(一)", "开展排查整治"),
        ("一/(二)", "建立长效机制"),
    ]
