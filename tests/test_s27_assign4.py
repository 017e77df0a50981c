"""(s27-assign4) Annotation lists with media units, and the lead's partners' share word as writers vary it."""
from test_extract_responsibilities import _triples


def test_broadcaster_and_newspaper_in_co_list_do_not_void_the_organs():
    # (a media 事业单位 or enterprise is no department, spec 1.1 section 5; issue 12)
    got = _triples("一、任务\n（一）加强舆论宣传。（市委宣传部牵头，市教育局、团市委、绵阳日报社、绵阳广播电视台等配合）\n",
                   "四川省绵阳市", "prefecture")
    assert got == {("一/(一)", "中共绵阳市委宣传部", "lead"), ("一/(一)", "绵阳市教育局", "co"),
                   ("一/(一)", "共青团绵阳市委员会", "co")}


def test_newspaper_without_she_and_radio_station_in_co_list():
    got = _triples("一、任务\n（一）营造氛围。（市委宣传部牵头，市教育局、绵阳日报、市电台配合）\n", "四川省绵阳市", "prefecture")
    assert got == {("一/(一)", "中共绵阳市委宣传部", "lead"), ("一/(一)", "绵阳市教育局", "co")}


def test_broadcaster_in_a_share_list_after_the_lead():
    got = _triples("一、任务\n（一）完善冷链网络。（省商务厅牵头，省发展改革委、省交通运输厅、省广播电视台按照职能分工负责）\n",
                   "江西省", "province")
    assert got == {("一/(一)", "江西省商务厅", "lead"), ("一/(一)", "江西省发展和改革委员会", "co"),
                   ("一/(一)", "江西省交通运输厅", "co")}


def test_share_word_with_gezi_after_a_lead_keeps_lead_and_co():
    got = _triples("一、任务\n（一）完善冷链网络。（自治区商务厅牵头，自治区发展改革委、交通运输厅按各自职责分工负责）\n",
                   "内蒙古自治区", "province")
    assert got == {("一/(一)", "内蒙古自治区商务厅", "lead"), ("一/(一)", "内蒙古自治区发展和改革委员会", "co"),
                   ("一/(一)", "内蒙古自治区交通运输厅", "co")}


def test_share_word_with_genju_after_a_lead_keeps_lead_and_co():
    got = _triples("一、任务\n（一）完善冷链网络。（县发展改革局牵头，县商务局、县交通运输局根据职能分工负责）\n",
                   "江西省赣州市信丰县", "county")
    assert got == {("一/(一)", "信丰县发展和改革局", "lead"), ("一/(一)", "信丰县商务局", "co"),
                   ("一/(一)", "信丰县交通运输局", "co")}


def test_share_word_without_lead_stays_responsible():
    got = _triples("一、任务\n（一）完善冷链网络。（省商务厅、省发展改革委、省广播电视台按各自职责分工负责）\n", "江西省", "province")
    assert got == {("一/(一)", "江西省商务厅", "responsible"), ("一/(一)", "江西省发展和改革委员会", "responsible")}


def test_media_units_in_prose_co_list_and_subject_list():
    got = _triples("一、任务\n（一）加强宣传。县委宣传部牵头，县文明办、丽水日报社、县广播电视台配合，开展宣传活动。\n"
                   "（二）做好报道。由县委宣传部、丽水日报社负责宣传报道。\n", "浙江省丽水市遂昌县", "county")
    assert got == {("一/(一)", "中共遂昌县委宣传部", "lead"), ("一/(一)", "遂昌县文明办", "co"),
                   ("一/(二)", "中共遂昌县委宣传部", "responsible")}
