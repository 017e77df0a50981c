"""Second wave of session 8 (organs and the triples that hang on them). Snippets written for these
tests in the style of provinces, levels and eras other than the opened notices (Shanxi, Yunnan,
Heilongjiang, Jiangsu, Guizhou, Qinghai counties and prefectures; 1990s-2000s wording)."""
from pipeline.clean import _unspace_runs
from tests.test_organs_s5 import _run


def test_letter_spaced_organ_names_inside_a_line():
    # a Shanxi county's web copy: names set letter-spaced inside a sentence (justified text)
    names, triples = _run("一、工作任务\n（一）整治村庄环境。县 农 业 农 村 局负责，县 财 政 局、县　住　建　局配合。\n",
                          "山西省长治市沁源县", "county")
    assert names == {"沁源县农业农村局": "县农业农村局", "沁源县财政局": "县财政局", "沁源县住房和城乡建设局": "县住建局"}
    assert triples == {("一/(一)", "沁源县农业农村局", "responsible"), ("一/(一)", "沁源县财政局", "co"),
                       ("一/(一)", "沁源县住房和城乡建设局", "co")}


def test_spaced_lines_that_are_not_letter_spaced_words_stay():
    # a PDF's spaced table row (cells one gap apart), a year set apart, three characters, a name padded
    for line in ["1 加强 县 发 改 局 2023年", "到 2025 年，县 发 改 局牵头", "市 委 办", "张 三",
                 "县发改局 县财政局"]:
        assert _unspace_runs(line) == line
    assert _unspace_runs("由州 发 改 委牵头，州 财 政 局配合。") == "由州发改委牵头，州财政局配合。"
