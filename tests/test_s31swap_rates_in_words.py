"""Rates written in words inside a list of rates (session 31, s31-swap; found by scripts/era_swap.py, which writes the
percentages of a notice moved before the 2010s as older notices do, `百分之八十五`).

`按甲类医院百分之九十五、其他医院百分之七十五的比例支付`: a numeral glued to the numeral before it or to 分之 is one number
(`九十五`, `百分之五`), never a heading `五、` glued to a word, even where the top list stands at 四、 and expects 五、.

Notices written for these tests in the style of other places, levels and eras than the notice that showed the class (a
Sichuan city bureau of 2005, a Hebei county government of 2008); not copied from any corpus.
"""
from pipeline.document import process_text


def _record(text):
    return process_text(text, doc_id="r").model_dump()


CITY_2005 = """成都市劳动和社会保障局关于调整门诊慢性病支付比例的通知
成劳社发〔2005〕31号
各区（市）县劳动和社会保障局：
一、病种范围
按市里规定执行。
二、确认手续
按市里规定执行。
三、起付标准
按市里规定执行。
四、支付比例
（一）门诊慢性病基本医疗费用按以下比例支付：
1. 甲类慢性病：在基层医疗机构支付百分之九十五、其他医疗机构百分之七十五的支付比例确定。
2. 乙类慢性病：按住院支付比例确定。
五、本通知自2006年1月1日起施行。
成都市劳动和社会保障局
二〇〇五年十二月一日
"""


def test_a_rate_in_words_before_the_list_mark_is_no_heading():
    r = _record(CITY_2005)
    assert [(t["path"], t["heading"]) for t in r["tasks"]] == [
        ("一", "病种范围"), ("二", "确认手续"), ("三", "起付标准"), ("四", "支付比例"),
        ("四/(一)", "门诊慢性病基本医疗费用按以下比例支付"),
        ("四/(一)/1", "甲类慢性病：在基层医疗机构支付百分之九十五、其他医疗机构百分之七十五的支付比例确定"),
        ("四/(一)/2", "乙类慢性病：按住院支付比例确定"),
        ("五", "本通知自2006年1月1日起施行")]
    assert [(x["task"], x["indicator"], x["value"], x["unit"]) for x in r["targets"]] == [
        ("四/(一)/1", "在基层医疗机构支付", 95.0, "%"), ("四/(一)/1", "其他医疗机构", 75.0, "%")]
    assert r["metadata"]["title"] == "成都市劳动和社会保障局关于调整门诊慢性病支付比例的通知"
    assert r["metadata"]["doc_type"] == "通知"


COUNTY_2008 = """某县人民政府关于新型农村合作医疗补偿标准的通知
各乡镇人民政府，县直各部门：
一、参合对象
全县农业人口。
二、筹资标准
每人每年筹资100元。
三、补偿标准
乡镇卫生院住院费用按百分之六十补偿，门诊费用按百分之五、县级医院门诊费用按百分之三补偿。
四、本通知自2008年1月1日起施行。
某县人民政府
2008年1月1日
"""


def test_a_rate_of_one_digit_after_fen_zhi_is_no_heading():
    # the top list stands at 三、 and a bare `四、` would be its next item: `百分之四、` is still a rate
    text = COUNTY_2008.replace("百分之五、", "百分之四、")
    r = _record(text)
    assert [(t["path"], t["heading"]) for t in r["tasks"]] == [
        ("一", "参合对象"), ("二", "筹资标准"), ("三", "补偿标准"), ("四", "本通知自2008年1月1日起施行")]
