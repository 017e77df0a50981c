"""Organ names of session 35 (s35-names): classes the opened half (A37, A38) and the FIX batches showed, tested on
snippets written for these tests in the style of other provinces, levels and eras than the notices that showed them
(not copied from any notice)."""
from tests.organ_snippets import snippet_departments


def test_one_kind_of_place_under_each_and_a_level_with_its_range_share_the_committee_and_government():
    # spec 1.1 section 5 (a shared head distributed, collectives as written): a 2018 Hebei city's plan writes 各县 once
    # before the committees and governments, and a level with its range (`乡镇级及以上`) once before both, joined by 和
    # or 、; each is one collective as written
    body = ("（一）各县党委和政府要把河长制工作摆上重要位置。\n"
            "（二）乡镇级及以上党委、政府要将河湖管理保护纳入年度考核。\n")
    names = snippet_departments("关于全面落实河长制的实施意见", "中共邢台市委员会", "2018年3月2日", body)
    assert names == {"各县党委": "各县党委和政府", "各县政府": "各县党委和政府",
                     "乡镇级及以上党委": "乡镇级及以上党委、政府", "乡镇级及以上政府": "乡镇级及以上党委、政府"}
