"""Item numbers whose stop was lost (a font's private glyph dropped by a PDF text layer or a copy):
items only in a run. Snippet written for this test (not from any corpus)."""
from pipeline.document import process_text

TEXT = """福州市推进数字经济发展三年行动方案
一、主要任务
（一）夯实数字基础
1加快建设5G网络。到2025年，全市建成5G基站1.5万个。
2推进算力设施建设。统筹布局数据中心。
3家企业入选省级示范的，给予奖励。
（二）培育数字产业
1壮大软件产业。支持龙头企业做大做强。
2025年全市软件业务收入突破千亿元。
2发展智能硬件。（责任单位：市工信局）
（三）完善保障
1强化组织领导。各地要建立工作机制。
"""


def test_stopless_items_in_runs_only():
    paths = [t.path for t in process_text(TEXT, doc_id="s").tasks]
    assert paths == ["一", "一/(一)", "一/(一)/1", "一/(一)/2", "一/(二)", "一/(二)/1", "一/(二)/2", "一/(三)"]
