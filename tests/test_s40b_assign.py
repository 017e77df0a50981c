"""s40b-assign: responsibility triples on notices written as offices write them but not yet seen (spec 1.1 section 6;
guide R47, R24, R16). Found by probing with invented snippets; the snippets here are written for these tests in the
styles of other provinces, levels and eras than the probes (a Guangxi prefecture 2016, a central notice, a Zhejiang
county 2021, a Hebei province 1997, a Fujian prefecture 2019), never copied from a notice. Expected items written
before the run.

What is read:
* `各区（县、市）党委、政府` / `各区（市、县）党委和政府`: the city districts first, the county kinds in the bracket, share
  their head as `各县（市、区）党委和政府` does (spec 1.1 section 5: a shared head is distributed over a list);
* a collective of lower party committees given the carrying-out beside a named lead (`A牵头，各级党委、政府落实`) does its
  own work at its own level as the governments beside it do: `responsible` (R47), both of one clause alike;
* `参加` and `协同` closing a clause of an annotation (`（A负责，B、C协同）`, `（A牵头，B参加）`): co like 参与/配合;
* a row of a tab or bar task-division table one of whose cells held a line break: one row over the two lines;
* a header over two rows (`责任单位` merged over `牵头单位 | 配合单位`), as tabs with the merged cell's empty twin, without
  it, or one cell per line: the second row names the role columns; `主要负责单位` is a responsible column;
* first-listed declarations worded `位列第一`, `名列第一`, `排序第一`, `首个单位`, `第一单位` (R24, spec section 6).
"""
import pytest

from pipeline import process_text


def _triples(text):
    rec = process_text(text, doc_id="s40bassign").model_dump()
    for x in rec["responsibilities"]:
        assert rec["text"][x["span"][0]:x["span"][1]] == x["quote"]
    return sorted((x["task"], x["department"], x["role"]) for x in rec["responsibilities"])


# 1. A Guangxi prefecture, 2016: the districts first, the county kinds in the bracket, the committees and governments
#    given the carrying-out beside a lead; a central-style `各级党委、政府落实` in the next item.
GUANGXI_2016 = """北海市人民政府关于加快推进特色小镇建设的实施意见

北政发〔2016〕21号

各区（县、市）人民政府，市直各委、办、局：

一、重点任务
（一）编制特色小镇规划。（市住房城乡建设委牵头，各区（县、市）党委、政府落实）
（二）落实用地保障。（市国土资源局牵头，各级党委、政府落实）
（三）加大资金扶持。（市财政局负责，各区（县、市）党委和政府配合）
"""


def test_districts_first_committees_and_governments_carrying_out():
    assert _triples(GUANGXI_2016) == sorted([
        ("一/(一)", "北海市住房和城乡建设委员会", "lead"),
        ("一/(一)", "各区（县、市）党委", "responsible"), ("一/(一)", "各区（县、市）政府", "responsible"),
        ("一/(二)", "北海市国土资源局", "lead"),
        ("一/(二)", "各级党委", "responsible"), ("一/(二)", "各级政府", "responsible"),
        ("一/(三)", "北海市财政局", "responsible"),
        ("一/(三)", "各区（县、市）党委", "co"), ("一/(三)", "各区（县、市）政府", "co"),
    ])


# 2. A Hebei province, 1997: 参加 and 协同 closing their clause in a bracket.
HEBEI_1997 = """河北省人民政府关于加强公路养护管理的通知

冀政〔1997〕40号

各地区行政公署，各市人民政府，省政府各部门：

一、工作任务
（一）清理公路违章建筑。（省交通厅牵头，省公安厅、省建设厅参加）
（二）整治超限运输。（省交通厅负责，省公安厅、省工商局协同）
（三）保障养护资金。（省财政厅负责）
"""


def test_canjia_and_xietong_close_a_clause_as_co():
    assert _triples(HEBEI_1997) == sorted([
        ("一/(一)", "河北省交通厅", "lead"), ("一/(一)", "河北省公安厅", "co"), ("一/(一)", "河北省建设厅", "co"),
        ("一/(二)", "河北省交通厅", "responsible"), ("一/(二)", "河北省公安厅", "co"),
        ("一/(二)", "河北省工商行政管理局", "co"),
        ("一/(三)", "河北省财政厅", "responsible"),
    ])


# 3. A Zhejiang county, 2021: rows of a task-division table whose task cell or organ cell held a line break.
ZHEJIANG_COUNTY_HEAD = """安吉县人民政府办公室关于印发安吉县数字乡村建设行动方案的通知

安政办发〔2021〕18号

各乡镇人民政府、街道办事处，县政府直属各单位：

附件

安吉县数字乡村建设重点任务分工表

"""
ZHEJIANG_COUNTY_2021 = ZHEJIANG_COUNTY_HEAD + """序号	工作任务	牵头单位	配合单位	完成时限
1	建设乡村数字基础设施	县经信局	县农业农村局	2021年底
2	推进农村电子商务
发展	县商务局	县农业农村局、县财政局	2022年底
3	建设数字乡村治理平台	县大数据发展管理局	县农业农村局、县民政局、
县公安局	2022年底
4	培育数字乡村人才	县人力社保局	县教育局	持续推进
"""


@pytest.mark.parametrize("sep", ["\t", " | "])
def test_a_row_wrapped_inside_one_cell(sep):
    assert _triples(ZHEJIANG_COUNTY_2021.replace("\t", sep)) == sorted([
        ("表/1", "安吉县经济和信息化局", "lead"), ("表/1", "安吉县农业农村局", "co"),
        ("表/2", "安吉县商务局", "lead"), ("表/2", "安吉县农业农村局", "co"), ("表/2", "安吉县财政局", "co"),
        ("表/3", "安吉县大数据发展管理局", "lead"), ("表/3", "安吉县农业农村局", "co"), ("表/3", "安吉县民政局", "co"),
        ("表/3", "安吉县公安局", "co"),
        ("表/4", "安吉县人力资源和社会保障局", "lead"), ("表/4", "安吉县教育局", "co"),
    ])


# 4. A Fujian prefecture, 2019: a header over two rows, written three ways; and a `主要负责单位 | 协助单位` header.
FUJIAN_HEAD = """泉州市人民政府办公室关于印发泉州市促进民营经济发展工作方案的通知

泉政办〔2019〕35号

各县（市、区）人民政府，泉州开发区、泉州台商投资区管委会，市直有关单位：

附件

重点任务分工表

"""
TWO_ROWS_TABS = """序号	重点任务	责任单位		完成时限
		牵头单位	配合单位	
1	降低企业用地成本	市自然资源局	市财政局、市税务局	2019年底
2	拓宽企业融资渠道	市商务局	人行泉州市中心支行	持续推进
"""
TWO_ROWS_TWIN_DROPPED = """序号	重点任务	责任单位	完成时限
牵头单位	配合单位
1	降低企业用地成本	市自然资源局	市财政局、市税务局	2019年底
2	拓宽企业融资渠道	市商务局	人行泉州市中心支行	持续推进
"""
TWO_ROWS_STACKED = """序号
重点任务
责任单位
牵头单位
配合单位
完成时限
1
降低企业用地成本
市自然资源局
市财政局、市税务局
2019年底
2
拓宽企业融资渠道
市商务局
人行泉州市中心支行
持续推进
"""
FUJIAN_ROWS = sorted([
    ("表/1", "泉州市自然资源局", "lead"), ("表/1", "泉州市财政局", "co"), ("表/1", "国家税务总局泉州市税务局", "co"),
    ("表/2", "泉州市商务局", "lead"), ("表/2", "中国人民银行泉州市中心支行", "co"),
])


@pytest.mark.parametrize("table", [TWO_ROWS_TABS, TWO_ROWS_TWIN_DROPPED, TWO_ROWS_STACKED])
def test_a_header_over_two_rows(table):
    assert _triples(FUJIAN_HEAD + table) == FUJIAN_ROWS


def test_main_responsible_and_assisting_columns():
    table = """序号	工作任务	主要负责单位	协助单位	完成时限
1	降低企业用地成本	市自然资源局	市财政局	2019年底
2	拓宽企业融资渠道	市商务局、市财政局	市发改委	持续推进
"""
    assert _triples(FUJIAN_HEAD + table) == sorted([
        ("表/1", "泉州市自然资源局", "responsible"), ("表/1", "泉州市财政局", "co"),
        ("表/2", "泉州市商务局", "responsible"), ("表/2", "泉州市财政局", "responsible"),
        ("表/2", "泉州市发展和改革委员会", "co"),
    ])


# 5. A Liaoning prefecture, 2022: the first-listed declaration as other offices word it, closing the plan.
LIAONING_2022 = """鞍山市人民政府办公室关于印发鞍山市冰雪经济发展实施方案的通知

鞍政办发〔2022〕9号

各县（市）区人民政府，各开发区管委会，市政府各部门：

一、主要任务
（一）建设冰雪运动场地。（责任单位：市体育局、市自然资源局、市财政局）
（二）培育冰雪旅游品牌。（责任单位：市文化旅游和广播电视局）
"""


@pytest.mark.parametrize("note", ["责任单位中位列第一的为牵头单位。", "注：名列第一的为牵头单位，其他为配合单位。",
                                  "排序第一的单位为牵头单位。", "各项任务首个单位为牵头单位。", "责任单位中，第一单位为牵头单位。"])
def test_first_listed_declarations_worded_otherwise(note):
    assert _triples(LIAONING_2022 + note + "\n") == sorted([
        ("一/(一)", "鞍山市体育局", "lead"), ("一/(一)", "鞍山市自然资源局", "co"), ("一/(一)", "鞍山市财政局", "co"),
        ("一/(二)", "鞍山市文化旅游和广播电视局", "lead"),
    ])


# 6. Two kinds of place, one bracketed, sharing 党委 and 政府 (a Heilongjiang prefecture 2018 writes `各县（市）区`, a
#    provincial capital `各区、县（市）`), given the carrying-out beside a lead.
@pytest.mark.parametrize("places", ["各县（市）区", "各区、县（市）"])
def test_two_kinds_of_place_share_committee_and_government(places):
    text = f"""齐齐哈尔市人民政府关于加快推进农村人居环境整治的实施意见

齐政发〔2018〕15号

{places}人民政府，市政府各直属单位：

一、重点任务
（一）推进农村厕所改造。（市农业农村局牵头，{places}党委、政府落实）
（二）加强村庄规划。（市财政局牵头，{places}党委和政府落实）
"""
    assert _triples(text) == sorted([
        ("一/(一)", "齐齐哈尔市农业农村局", "lead"), ("一/(一)", f"{places}党委", "responsible"), ("一/(一)", f"{places}政府", "responsible"),
        ("一/(二)", "齐齐哈尔市财政局", "lead"),
        ("一/(二)", f"{places}党委", "responsible"), ("一/(二)", f"{places}政府", "responsible"),
    ])
