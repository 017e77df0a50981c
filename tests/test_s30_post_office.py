"""Guide D102 (s30): a local `邮政局` after the 2006 separation of the post from its regulator is a branch of the
China Post enterprise, not an organ; the regulator `邮政管理局` and the central `国家邮政局` are organs, and a notice of
the years before the separation keeps its 邮政局. Snippets written for these tests (Hubei and Shanxi counties, other
years than the notice that prompted the rule)."""
from pipeline import process_text


def _names(text):
    rec = process_text(text)
    for d in rec.departments:
        assert rec.text[d.span[0]:d.span[1]] == d.quote
    return [d.name for d in rec.departments]


PLAN_2012 = """郧西县人民政府办公室关于加快发展农村物流的实施意见
郧西政办发〔2012〕31号
各乡镇人民政府，县政府各部门：
一、完善农村物流网络。由县商务局牵头，县交通运输局、县邮政局、县供销社配合，建设乡镇物流配送站。
二、加强行业监管。十堰市邮政管理局郧西监管组负责快递市场日常监管。
郧西县人民政府办公室
2012年5月8日
"""


def test_county_post_office_after_2006_is_the_enterprise():
    names = _names(PLAN_2012)
    assert "郧西县邮政局" not in names
    assert "郧西县商务局" in names and "郧西县交通运输局" in names


NOTICE_1999 = """平遥县人民政府关于做好农村报刊发行工作的通知
平政发〔1999〕12号
各乡镇人民政府，县直各单位：
一、县邮政局负责全县报刊征订和投递工作，各乡镇邮电支局具体落实。
二、县财政局负责保障所需经费。
平遥县人民政府
一九九九年十月八日
"""


def test_post_office_before_the_separation_is_an_organ():
    assert "平遥县邮政局" in _names(NOTICE_1999)


def test_state_post_bureau_stays_an_organ():
    text = PLAN_2012.replace("十堰市邮政管理局郧西监管组负责", "国家邮政局和省邮政管理局负责")
    names = _names(text)
    assert "国家邮政局" in names and "湖北省邮政管理局" in names
