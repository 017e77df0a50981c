"""(s24 speed2, issue 16) Work done once instead of again: the words a segment's one opening scan
found are read from its matches (MultiStarts.scan), and a sector list is cut only where a joiner
follows. Each answers as the code it replaces."""
from pipeline import scan
from pipeline.nlp import organs


def test_scan_names_the_words_of_a_set_it_found():
    sets = [("县农业局", "农业"), ("农业", "各乡镇"), ("人大常委会",)]
    scanner = scan.MultiStarts(sets)
    text = "由遂川县农业局牵头，各乡镇配合，报县人大。"
    offsets, words = scanner.scan(text, 0, len(text), words_of=(0, 1, 2))
    assert offsets == scanner.starts(text, 0, len(text))
    assert words == {0: frozenset({"县农业局", "农业"}), 1: frozenset({"农业", "各乡镇"}), 2: frozenset()}
    # a range: only the words inside it
    a = text.index("各乡镇")
    offsets, words = scanner.scan(text, a, len(text), words_of=(1,))
    assert words == {1: frozenset({"各乡镇"})} and offsets[1] == [0]
    assert scanner.scan(text, 3, 3, words_of=(0,)) == ([[], [], []], {0: frozenset()})


def test_gate_words_are_the_words_found_by_find():
    text = "各地（市）行署、人民政府要会同市委、县级人民政府和乡镇财政所，报人大常委会备案。"
    for a, b in ((0, len(text)), (5, 20), (0, 3), (10, 11)):
        found = organs._gates(text, a, b)
        assert found == frozenset(w for w in organs._all_gate_words() if text.find(w, a, b) >= 0), (a, b)


def test_sector_list_cut_at_joiners():
    words = organs._list_vocab()
    # (a Guangdong-style list of bureaus' sectors, a merged bureau's sectors written together after the first)
    assert organs._list_words("发展改革、财政、文化广电旅游体育", words) == \
        ["发展改革", "\x00、", "财政", "\x00、", "文化广电旅游体育"]
    assert organs._list_words("教育和人力资源社会保障", words) == ["教育", "\x00和", "人力资源社会保障"]
    assert organs._list_words("人力资源和社会保障", words) == ["人力资源和社会保障"]
    assert organs._list_words("财政建设", words) is None
