"""s17-form2: the grammar of numbering in the forms a notice reaches users in (docs/decisions/form-swap2-s17.md):
item runs (`1、内科专业2、外科专业…`) in every stop and width, and hard-wrapped across lines; items run into a
paragraph of a PDF copy; half-width commas before a run-in item; numbers that cite an item (`第（一）项`) moved to a
line's start by the layout; an enumeration inside a sentence cut before its next member. Snippets written in the
styles of Tibet, Heilongjiang, Hainan and a Chongqing county of the 2000s (none copied from a dev notice), with
exact items, and metamorphically: the plain form gives the same items."""
from tests.test_s17form_classes import _rec, _tasks as _tasks_of


def _tasks(text):
    return _tasks_of(_rec(text))


def _cw(ch):
    return 1.0 if ord(ch) >= 0x2E80 or ch in "‘’“”—…·" else 0.5


def _wrap(text, width):
    """A PDF copy: every paragraph laid out at `width` units (a CJK character one, a half-width one half);
    closing marks hang at the end of the line before (避头尾), opening marks move to the next."""
    out = []
    for para in text.split("\n"):
        lines, cur, w = [], "", 0.0
        for ch in para:
            if w + _cw(ch) > width and cur:
                lines.append(cur)
                cur, w = "", 0.0
            cur += ch
            w += _cw(ch)
        lines.append(cur)
        for k in range(1, len(lines)):
            while lines[k] and lines[k][0] in "，。、；：）》”":
                lines[k - 1] += lines[k][0]
                lines[k] = lines[k][1:]
        for k in range(len(lines) - 1, 0, -1):
            while lines[k - 1] and lines[k - 1][-1] in "（《“":
                lines[k] = lines[k - 1][-1] + lines[k]
                lines[k - 1] = lines[k - 1][:-1]
        out.extend(x for x in lines if x)
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ 1. item runs in every stop and width
# A Tibet regional bureau's notice of 2004 whose list of specialities lost its line breaks (one line a series).
TIBET_RUNS = """西藏自治区人事厅关于专业技术职务评审范围的通知
藏人发〔2004〕12号
各地区行署人事局，拉萨市人事局，区直各单位：
现将我区专业技术职务评审范围通知如下：
一、评审系列
（一）工程技术系列
1、建筑工程专业2、水利工程专业3、电力工程专业4、交通工程专业
（二）农牧业技术系列
1、农学专业2、畜牧兽医专业3、农业机械专业
二、其他事项
各单位应于每年6月底前报送评审材料。
西藏自治区人事厅
2004年3月8日
"""
TIBET_EXPECTED = [
    ("一", "评审系列"), ("一/(一)", "工程技术系列"), ("一/(一)/1", "建筑工程专业"), ("一/(一)/2", "水利工程专业"),
    ("一/(一)/3", "电力工程专业"), ("一/(一)/4", "交通工程专业"), ("一/(二)", "农牧业技术系列"),
    ("一/(二)/1", "农学专业"), ("一/(二)/2", "畜牧兽医专业"), ("一/(二)/3", "农业机械专业"), ("二", "其他事项"),
]


def test_item_run_plain_form():
    assert _tasks(TIBET_RUNS) == TIBET_EXPECTED


def test_item_run_with_dot_stops():
    for stop in (".", "．"):
        text = TIBET_RUNS
        for n in "1234":
            text = text.replace(f"{n}、", f"{n}{stop}")
        assert _tasks(text) == TIBET_EXPECTED, stop


def test_item_run_full_width_and_spaced():
    # a web editor's copy: full-width digits, a space before each digit, the paragraph indented with U+00A0
    text = TIBET_RUNS.replace("1、建筑工程专业2、水利工程专业3、电力工程专业4、交通工程专业",
                              "\u00a0\u00a0\u00a0\u00a0１、建筑工程专业 ２、水利工程专业 ３、电力工程专业 ４、交通工程专业")
    text = text.replace("1、农学专业2、畜牧兽医专业3、农业机械专业", "　　１．农学专业　２．畜牧兽医专业　３．农业机械专业")
    assert _tasks(text) == TIBET_EXPECTED


def test_item_run_not_split_when_items_are_sentences_or_counts():
    # precision: `1.5倍` is an amount; items holding a sentence are no run of names; `1、2级` is a count
    text = TIBET_RUNS.replace(
        "1、农学专业2、畜牧兽医专业3、农业机械专业",
        "1.申报人员按1.5倍比例推荐，2.评委会按程序评审。")
    got = _tasks(text)
    assert ("一/(二)/1", "申报人员按1.5倍比例推荐，2.评委会按程序评审") in got or all(p != "一/(二)/2" for p, _ in got)
    assert not any(h.startswith("5倍") for _, h in got)


# ------------------------------------------------------------------ 2. a PDF copy hard-wrapped at the page width
# A Heilongjiang prefecture's health commission notice as pdftotext gives it (26 units a line, no indent).
HEIHE_PLAIN = """黑河市卫生健康委员会关于做好乡村医生执业注册工作的通知
黑卫发〔2021〕37号
各县（市、区）卫生健康局，市直各医疗卫生机构：
为进一步规范乡村医生执业注册管理，根据《乡村医生从业管理条例》和省卫生健康委有关规定，结合我市实际，现将有关事项通知如下：
一、执业范围
（一）乡村医生执业范围
1、常见病多发病诊疗2、传染病报告与处置3、慢性病随访管理4、妇幼健康服务5、老年人健康管理6、县级以上卫生健康行政部门规定的其他服务
（二）注册要求
申请注册的人员应当符合下列条件之一：（1）取得乡村医生证书；（2）取得执业助理医师资格；（3）取得中等以上医学专业学历。
二、注册程序
乡村医生应向所在县级卫生健康行政部门提出申请，县级卫生健康行政部门应当自受理之日起二十日内完成审核，对不符合本通知第（一）项条件的，不予注册并说明理由，各地要切实提高注册工作效率和服务水平，三、工作要求
各县（市、区）要加强组织领导，明确专人负责，确保注册工作按时完成。
黑河市卫生健康委员会
2021年5月10日
"""
HEIHE_EXPECTED = [
    ("一", "执业范围"), ("一/(一)", "乡村医生执业范围"), ("一/(一)/1", "常见病多发病诊疗"),
    ("一/(一)/2", "传染病报告与处置"), ("一/(一)/3", "慢性病随访管理"), ("一/(一)/4", "妇幼健康服务"),
    ("一/(一)/5", "老年人健康管理"), ("一/(一)/6", "县级以上卫生健康行政部门规定的其他服务"),
    ("一/(二)", "注册要求"), ("二", "注册程序"), ("三", "工作要求"),
]


def _paths(text):
    return [p for p, _ in _tasks(text)]


def test_plain_form_items():
    got = _tasks(HEIHE_PLAIN)
    assert [x for x in got if "/(二)/" not in x[0]] == HEIHE_EXPECTED


def test_hard_wrapped_copy_keeps_the_items():
    for width in (24, 25, 28, 31, 33):
        wrapped = _wrap(HEIHE_PLAIN, width)
        assert _tasks(wrapped) == _tasks(HEIHE_PLAIN), width


def test_hard_wrapped_indented_copy_keeps_the_items():
    # at 26 units `…服务水平，三、工作要求` ends its printed line: without the paragraph indent the next line could
    # go on the heading; with it (GB/T 9704 indents every paragraph two characters) the break is the paragraph's
    indented = "\n".join(x if x[:1] in "一（1" or "通知" in x[-3:] or x.startswith(("黑", "2021")) else "　　" + x
                         for x in HEIHE_PLAIN.split("\n"))
    assert _tasks(_wrap(indented, 26)) == _tasks(HEIHE_PLAIN)


def test_cited_number_moved_to_a_line_start_is_no_item():
    # `…不符合本通知第` / `（一）项条件的…`: the layout cut a citation before its number
    text = HEIHE_PLAIN.replace("对不符合本通知第（一）项条件的", "对不符合本通知第\n（一）项条件的")
    assert _tasks(text) == _tasks(HEIHE_PLAIN)
    text = HEIHE_PLAIN.replace("对不符合本通知第（一）项条件的", "对不符合本通知\n（一）至（二）项条件的")
    assert [p for p, _ in _tasks(text)] == [p for p, _ in _tasks(HEIHE_PLAIN)]


# ------------------------------------------------------------------ 3. half-width commas of a web copy
# A Hainan city's web copy whose editor typed `,` for `，` and lost the break before item 三.
def test_half_width_comma_before_a_run_in_item():
    text = HEIHE_PLAIN.replace("黑河市", "三亚市").replace("黑卫发", "三卫发").replace("，", ",")
    paths = _paths(text)
    assert "三" in paths and "二" in paths


# ------------------------------------------------------------------ 4. precision: a short notice of the 2000s
# A Chongqing county notice of 2003 full of numbers that are no items.
CHONGQING_2003 = """巫溪县人民政府办公室关于调整城镇居民最低生活保障标准的通知
巫溪府办发〔2003〕58号
各乡镇人民政府，县政府各部门：
经县政府同意，现将调整城镇居民最低生活保障标准的有关事项通知如下：
一、保障标准
城镇居民最低生活保障标准由每人每月120元调整为每人每月135元，补差标准按1.5倍系数计算，2、3级残疾人另增发10元。
二、资金管理
保障资金按照《重庆市城市居民最低生活保障条例》第十二条第
（二）项规定管理，专户储存，专款专用。
三、执行时间
本通知自2003年7月1日起执行。
巫溪县人民政府办公室
二〇〇三年六月二十日
"""


def test_precision_numbers_that_are_no_items():
    assert _tasks(CHONGQING_2003) == [("一", "保障标准"), ("二", "资金管理"), ("三", "执行时间")]


# ------------------------------------------------------------------ 5. a page cut before a numeral and its 、
# A Guangxi autonomous-region opinion of 2018 as a PDF copy: the sentence `…维护法制统一、政令统一…` is cut so that
# a line opens with `一、政令统一`; the numbering proves it no item (`一、总体要求` opens a line further on).
GUANGXI_OPINION = """广西壮族自治区人民政府办公厅关于全面推行行政规范性文件合法性审核机制的实施意见
桂政办发〔2018〕109号
各市、县人民政府，自治区人民政府各组成部门、各直属机构：
行政规范性文件是行政机关依法制定并公开发布公文，全面推行行政规范性文件合法性审核机制，是推进依法行政的必然要求，有利于维护法制统一、政令统一，有利于保障公民、法人和其他组织的合法权益。经自治区人民政府同意，现提出如下实施意见。
一、总体要求
（一）工作目标。到2020年，全区各级行政机关全面建立合法性审核机制，审核工作规范有序。
（二）基本原则。坚持依法审核、有件必审、有错必纠，确保行政规范性文件合法有效。
二、明确审核范围
各级人民政府及其部门制定的行政规范性文件，应当在提交集体审议前进行合法性审核，未经审核的不得发布施行。
三、加强组织保障
各级人民政府要加强对合法性审核工作的领导，配齐配强审核人员，保障审核工作经费。
广西壮族自治区人民政府办公厅
2018年11月20日
"""
GUANGXI_EXPECTED = [("一", "总体要求"), ("一/(一)", "工作目标"), ("一/(二)", "基本原则"), ("二", "明确审核范围"),
                    ("三", "加强组织保障")]


def test_line_opened_by_a_cut_numeral_is_no_item():
    assert _tasks(GUANGXI_OPINION) == GUANGXI_EXPECTED
    # 32 units a line: `…维护法制统` / `一、政令统一，…`
    text = _wrap(GUANGXI_OPINION, 32)
    assert "\n一、政令统一" in text
    assert _tasks(text) == GUANGXI_EXPECTED


# ------------------------------------------------------------------ 6. an article cut after a genre word in the head
# A Hainan city's measures of 2006 as a PDF copy: `第二条　…的公民，享受本办法` / `规定的优待。` within the head's lines.
HAINAN_MEASURES = """海口市老年人优待办法
第一条 为弘扬中华民族敬老美德，根据有关法律法规，结合本市实际，制定本办法。
第二条 年满60周岁，具有本市户籍或者持有本市有效居住证件的公民，享受本办法规定的优待。
第三条 市民政部门负责本办法的组织实施，各有关部门按照职责做好老年人优待工作。
第四条 本办法自2006年10月1日起施行。
"""


def test_article_cut_after_a_genre_word_is_no_title():
    want = [("第一条", "为弘扬中华民族敬老美德,根据有关法律法规,结合本市实际,制定本办法"),
            ("第二条", "年满60周岁,具有本市户籍或者持有本市有效居住证件的公民,享受本办法规定的优待"),
            ("第三条", "市民政部门负责本办法的组织实施,各有关部门按照职责做好老年人优待工作"),
            ("第四条", "本办法自2006年10月1日起施行")]
    assert _tasks(HAINAN_MEASURES) == want
    text = HAINAN_MEASURES.replace("享受本办法规定的优待。", "享受本办法\n规定的优待。")
    assert _tasks(text) == want
