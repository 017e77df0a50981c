"""s17-assign3: an item's number run on after its annotation in 〔〕 (the swap's seed 5, FIX half b2-b5 corpus dev).

A web copy that lost the break after an item's labelled annotation runs the next item on (`…奖励。〔责任单位：A〕２．…`);
the （…） form was already split (tasks.RUN_IN_AT), the 〔…〕 form that labelled annotations also take (corpus/xingning)
merged the two items, so the second item's triples went to the first and its targets to the wrong task.
Snippets written for these tests (a Gansu prefecture 2021 web copy; a Heilongjiang 2004 county notice for precision),
none copied from a corpus notice. Expected by spec 1.1 section 6 (责任单位 = responsible; a note belongs to its item)."""
from pipeline import process_text

GANSU = """天水市人民政府办公室关于印发天水市促进特色农产品加工若干措施的通知
天政办发〔2021〕47号
各县区人民政府，市政府有关部门：
《天水市促进特色农产品加工若干措施》已经市政府同意，现印发给你们，请认真贯彻执行。
天水市人民政府办公室
2021年6月18日
天水市促进特色农产品加工若干措施
一、支持企业做大做强
1．支持龙头企业扩能。对年销售收入首次突破5亿元的农产品加工企业，给予50万元一次性奖励。〔责任单位：市农业农村局，市财政局〕2．支持冷链物流建设。对新建冷库库容1000吨以上的，按投资额的10%给予补助。〔责任单位：市商务局〕
3．支持品牌创建。对新获得中国驰名商标的企业给予30万元奖励。〔责任单位：市市场监管局，市农业农村局〕
二、强化要素保障
4．加大金融支持。鼓励银行机构开发农产品加工贷款产品。〔责任单位：市金融办〕5．保障用地需求。对农产品加工项目优先安排用地指标。〔责任单位：市自然资源局〕
"""
GANSU_TASKS = ["支持企业做大做强", "支持龙头企业扩能", "支持冷链物流建设", "支持品牌创建", "强化要素保障", "加大金融支持",
               "保障用地需求"]
GANSU_TRIPLES = {
    ("一/1", "天水市农业农村局", "responsible"), ("一/1", "天水市财政局", "responsible"),
    ("一/2", "天水市商务局", "responsible"),
    ("一/3", "天水市市场监督管理局", "responsible"), ("一/3", "天水市农业农村局", "responsible"),
    ("二/4", "天水市金融办", "responsible"),  # (S24 D50)
    ("二/5", "天水市自然资源局", "responsible"),
}

# precision: 〔〕 after a stop that is a year (〔2004〕12号) or a note followed by a number that is no next item
HEILONGJIANG = """依兰县人民政府关于做好2004年春季农业生产工作的通知
依政发〔2004〕8号
各乡镇人民政府，县政府各有关部门：
一、抓好备耕生产。各乡镇要做好种子、化肥、农药等农资储备工作。〔2004〕12号文件规定的种子补贴按原标准执行。
二、落实扶持政策。按照省政府有关规定执行。〔县财政局解释〕5．6万元以下的补贴由乡镇审核。
三、加强组织领导。各乡镇要成立春耕生产领导小组，由县农业局负责督导。
依兰县人民政府
2004年3月2日
"""
HLJ_TASKS = ["抓好备耕生产", "落实扶持政策", "加强组织领导"]
HLJ_TRIPLES = {("三", "依兰县农业局", "responsible")}


def _run(text):
    rec = process_text(text, doc_id="x").model_dump()
    for r in rec["responsibilities"]:
        if r.get("span"):  # spans index the record's text (the cleaned text), not the input
            assert rec["text"][r["span"][0]:r["span"][1]] == r["quote"]
    return [t["heading"] for t in rec["tasks"]], {(r["task"], r["department"], r["role"]) for r in rec["responsibilities"]}


def test_item_run_on_after_bracketed_label_annotation():
    tasks, triples = _run(GANSU)
    assert tasks == GANSU_TASKS
    assert triples == GANSU_TRIPLES


def test_year_and_note_brackets_split_nothing():
    tasks, triples = _run(HEILONGJIANG)
    assert tasks == HLJ_TASKS
    assert triples == HLJ_TRIPLES


def test_run_on_after_a_space():
    # `〕 5．`: the item is split as well (the cleaner drops the space, so the record's text differs from the input)
    tasks, triples = _run(GANSU.replace("市金融办〕5．", "市金融办〕 5．"))
    assert tasks == GANSU_TASKS
    assert triples == GANSU_TRIPLES
