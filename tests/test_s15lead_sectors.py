"""Session 15 (lead, from s15b-era's report): 广播影视, the sector word of the 1998-2013 rules (after 国家广播电影电视总局),
closes a collective as the other sectors do. A Zhejiang-style provincial notice of 2006, written for this test."""
from tests.test_organs_s5 import _run


def test_broadcasting_sector_of_its_time():
    names, _ = _run("一、工作任务\n（一）加强管理。各级广播影视行政部门要加强对有线电视网络的监管。\n", "浙江省", "province")
    assert names == {"各级广播影视行政部门": "各级广播影视行政部门"}
