"""Region resolution from the gazetteer (pipeline/data/regions.tsv) and the Jurisdiction split."""
import pytest

from pipeline.data import load_table
from pipeline.regions import jurisdiction_of, resolve_region


@pytest.mark.parametrize("issuers,title,expected", [
    (["义乌市人民政府"], "", ("浙江省金华市义乌市", "county")),
    (["中共延吉市委办公室"], "", ("吉林省延边朝鲜族自治州延吉市", "county")),
    (["成都市武侯区人民政府"], "", ("四川省成都市武侯区", "county")),
    (["上海市浦东新区人民政府"], "", ("上海市浦东新区", "county")),
    (["内蒙古自治区人民政府办公厅"], "", ("内蒙古自治区", "province")),
    (["国家发展改革委", "财政部"], "", ("全国", "central")),
    (["中共中央办公厅"], "", ("全国", "central")),
    (["遂昌县妙高街道办事处"], "", ("浙江省丽水市遂昌县妙高街道", "township")),
    ([], "关于加快洛阳先进制造业发展的实施意见", ("河南省洛阳市", "prefecture")),
])
def test_resolve_region(issuers, title, expected):
    assert resolve_region(issuers, title) == expected


def test_jurisdiction_prefixes():
    j = jurisdiction_of("浙江省金华市义乌市", "county")
    assert (j.prefix_for("省"), j.prefix_for("市")) == ("浙江省", "义乌市")


def test_gazetteer_table_loads():
    rows = load_table("regions")
    assert {"adcode", "name", "level", "province", "prefecture", "county"} <= set(rows[0])
    assert len(rows) > 3000
