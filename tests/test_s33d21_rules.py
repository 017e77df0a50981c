"""Guide D21 for `及其有关部门` (S33), s33-d21: `X及其有关部门` gives X and the collective `X有关部门`, not a bare
`有关部门`; tested on snippets written for these tests (a Yunnan city's 办法 of the 2020s, a Heilongjiang notice of the
1990s), not copied from any notice."""
from tests.organ_snippets import snippet_departments


def test_a_citys_and_its_counties_governments_and_their_relevant_departments():
    # a 2021 Yunnan prefecture-level city's 办法: the city's and the counties' governments each with their departments;
    # a bare `有关部门` written as such elsewhere stays bare
    body = ("第三条　市人民政府及其有关部门应当加强绿化管理。县（市、区）人民政府及其有关部门负责本辖区的绿化工作。\n"
            "第四条　有关部门应当按照各自职责做好相关工作。\n")
    names = snippet_departments("曲靖市城市绿化管理办法", "曲靖市人民政府", "2021年3月1日", body)
    assert names == {"曲靖市人民政府": "市人民政府", "曲靖市人民政府有关部门": "有关部门",
                     "县（市、区）人民政府": "县（市、区）人民政府", "县（市、区）人民政府有关部门": "有关部门",
                     "有关部门": "有关部门"}


def test_a_government_written_with_its_bracketed_other_form_and_its_relevant_departments():
    # a 1998 Heilongjiang provincial notice: `各地（市）人民政府（行署）及其有关部门` names the departments with the
    # government as written, brackets and all; `乡（镇）人民政府及其有关部门` likewise
    body = "一、各地（市）人民政府（行署）及其有关部门要切实加强领导。乡（镇）人民政府及其有关部门负责组织实施。\n"
    names = snippet_departments("关于加强冬季防火工作的通知", "黑龙江省人民政府", "1998年11月1日", body)
    assert names == {"各地（市）人民政府（行署）": "各地（市）人民政府（行署）",
                     "各地（市）人民政府（行署）有关部门": "有关部门",
                     "乡（镇）人民政府": "乡（镇）人民政府", "乡（镇）人民政府有关部门": "有关部门"}
