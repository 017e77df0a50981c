"""(s26 speedorg, issue 16) The organ layer's scans made cheaper, each answering as the code it replaces:
a segment's offsets per word set sorted when the set is read
(MultiStarts.scan_lazy), the gazetteer's keys found by the segment's one scan (SetOffsets.spans),
and a sector list cut only where a joiner's first character stands."""
from pathlib import Path

from pipeline.nlp import organs

ROOT = Path(__file__).resolve().parents[1]
CORPUS = sorted(ROOT.glob("corpus/*.txt"))

# notices of other provinces, levels and eras than the corpus's (written for these tests)
TEXTS = [
    "各县（市、区）人民政府，市直各有关部门：经市人民政府同意，现将有关事项通知如下。由市发展改革委牵头，市财政局、"
    "市人力资源社会保障局、各县（市、区）财政局配合；各乡镇（街道）、相关乡镇负责具体实施。",
    "自治区党委组织部、自治区人民政府办公厅，各设区市人民政府：县级以上人民政府卫生健康、教育、民政等行政部门"
    "按照职责分工负责；各级工会组织、共青团组织积极参与。旗县（市、区）人民政府要会同同级财政部门落实经费。",
    "一九九六年，各地、市行署、人民政府和省直各委、办、厅、局要加强领导。县计委、县经委负责，工业、交通、住房和城乡"
    "建设、人力资源社会保障部门，政务服务管理部门及其他有关部门配合。",
    "镇人民政府（街道办事处）负责组织实施，村（社区）党组织、各村（居）委会协助。有关乡镇要按照要求落实。",
]



def test_lazy_offsets_are_the_scans():
    names, scanner = organs._opening_scanner()
    gates = names.index("gates")
    for text in TEXTS:
        for a, b in ((0, len(text)), (7, len(text) - 5), (4, 4)):
            offsets, words = scanner.scan(text, a, b, words_of=(gates,))
            lazy, lazy_words = scanner.scan_lazy(text, a, b, words_of=(gates,))
            assert lazy_words == words
            assert [lazy[i] for i in reversed(range(len(names)))] == offsets[::-1]  # (any order of reading)
            found = organs._segment_starts(text, a, b)
            assert {n: found[n] for n in names} == dict(zip(names, offsets))
            assert found.get("no such set") is None and found.get("collective") == offsets[names.index("collective")]


def test_gazetteer_spans_of_the_one_scan_are_the_automatons():
    auto = organs._automaton()
    texts = TEXTS + [path.read_text(encoding="utf-8-sig") for path in CORPUS[::4]]
    for text in texts:
        for a, b in ((0, len(text)), (len(text) // 3, len(text)), (3, 40)):
            assert sorted(organs._segment_starts_spans("gazetteer", text, a, b)) == sorted(auto.spans(text, a, b))


def _list_words_before(lst, words, later=False):
    """organs._list_words before s26 (each offset tested against every joiner)."""
    if lst in words or (later and organs._list_member_word(lst)):
        return [lst]
    for k in range(len(lst) - 1, 0, -1):
        joiners = [j for j in organs.LIST_JOINERS if lst.startswith(j, k)]
        if not joiners:
            continue
        head = lst[:k]
        if head not in words and not (later and organs._list_member_word(head)):
            continue
        for j in joiners:
            rest = _list_words_before(lst[k + len(j):], words, True)
            if rest:
                return [head, "\x00" + j] + rest
    return None


def test_sector_list_cut_as_before():
    words = organs._list_vocab()
    for lst in ("发展改革、财政、人力资源社会保障", "教育和体育", "民政以及卫生健康", "工业和信息化", "公安、交通运输或应急管理",
                "文化旅游广电、机关事务管理", "人力资源和社会保障", "财政、", "和财政", "住房城乡建设与自然资源及生态环境"):
        assert organs._list_words(lst, words) == _list_words_before(lst, words), lst
