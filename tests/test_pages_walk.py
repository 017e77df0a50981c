"""The run-based alignment (pipeline.pages.align) gives exactly what the character-by-character
walk it replaced gave: the same `where`, page runs and page quotes, on random pages."""
from hypothesis import given, settings, strategies as st

from pipeline.pages import WINDOW, PageText, align


def _walk(clean, pages):
    """The former implementation, one character at a time (the oracle)."""
    stream, chars = [], []
    for k, page in enumerate(pages):
        for j, ch in enumerate(page.text):
            if not ch.isspace():
                stream.append((k, j))
                chars.append(ch)
    joined = "".join(chars)
    where = [None] * len(clean)
    pos = 0
    for i, ch in enumerate(clean):
        if ch.isspace():
            continue
        found = joined.find(ch, pos, pos + WINDOW)
        if found < 0:
            continue
        where[i] = stream[found]
        pos = found + 1
    return where


def _page_runs(clean, pages, where):
    n = len(clean)
    if not pages:
        return []
    labels, last = [None] * n, None
    for i, w in enumerate(where):
        if w is not None:
            last = pages[w[0]].number
        labels[i] = last
    first = next((x for x in labels if x is not None), pages[0].number)
    runs = []
    for i, page in enumerate(labels):
        page = first if page is None else page
        if runs and runs[-1][0] == page:
            runs[-1] = (page, runs[-1][1], i + 1)
        else:
            start = i
            if runs:
                while start > runs[-1][1] + 1 and clean[start - 1].isspace():
                    start -= 1
                runs[-1] = (runs[-1][0], runs[-1][1], start)
            runs.append((page, start, i + 1))
    return runs or [(pages[0].number, 0, 0)]


def _locate(pages, where, start, end):
    hits = [where[i] for i in range(max(start, 0), min(end, len(where))) if where[i] is not None]
    if not hits:
        return None, None
    k = hits[0][0]
    on_page = [h for h in hits if h[0] == k]
    return pages[k].number, pages[k].text[on_page[0][1]: on_page[-1][1] + 1]


ALPHABET = "ab甲乙 \n\t　"
page_texts = st.lists(st.text(alphabet=ALPHABET, max_size=40), min_size=1, max_size=4)


@settings(max_examples=400, deadline=None)
@given(page_texts, st.data())
def test_same_as_the_character_walk(texts, data):
    pages = [PageText(i + 1, t) for i, t in enumerate(texts)]
    # the clean text: the pages' characters with some dropped, some changed, white space moved
    source = "".join(texts)
    clean = data.draw(st.one_of(st.text(alphabet=ALPHABET, max_size=60),
                                st.just(source.replace("\n", "")),
                                st.just(" ".join(source.split()))))
    a = align(clean, pages)
    where = _walk(clean, pages)
    assert a.where == where
    assert a.page_runs() == _page_runs(clean, pages, where)
    for s in range(0, len(clean) + 1, 3):
        e = data.draw(st.integers(min_value=s, max_value=len(clean) + 2))
        assert a.locate(s, e) == _locate(pages, where, s, e)


def test_same_pages_with_equal_numbers_and_empty_pages():
    pages = [PageText(1, "甲乙"), PageText(1, ""), PageText(2, "  "), PageText(3, "丙 丁\n戊")]
    clean = "甲乙丙丁戊"
    a = align(clean, pages)
    where = _walk(clean, pages)
    assert a.where == where and a.page_runs() == _page_runs(clean, pages, where)
    assert a.locate(0, 5) == _locate(pages, where, 0, 5)


def test_same_on_long_pages_with_dropped_and_changed_characters():
    import random

    rng = random.Random(16)
    texts = ["".join(rng.choice("甲乙丙丁ab \n") for _ in range(rng.randint(0, 3000))) for _ in range(5)]
    pages = [PageText(i + 1, t) for i, t in enumerate(texts)]
    chars = [ch for ch in "".join(texts) if rng.random() > 0.01]  # drop some
    chars = [rng.choice("戊己") if rng.random() < 0.002 else ch for ch in chars]  # change a few
    clean = "".join(chars)
    a = align(clean, pages)
    where = _walk(clean, pages)
    assert a.where == where
    assert a.page_runs() == _page_runs(clean, pages, where)
    for s in range(0, len(clean), 97):
        assert a.locate(s, s + 150) == _locate(pages, where, s, s + 150)
