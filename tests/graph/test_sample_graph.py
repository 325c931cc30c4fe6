"""What an analyst expects from the sample reports' graph (issue acceptance checks)."""


def edge(g, u, rel, v):
    if g.has_edge(u, v, key=rel):
        return g.edges[u, v, rel]
    if rel == "COOPERATES_WITH" and g.has_edge(v, u, key=rel):
        return g.edges[v, u, rel]
    return None


def test_cooperation_and_the_xiaolonghe_chain(sample_run):
    g = sample_run.graph
    assert edge(g, "ORG:包头市政协", "COOPERATES_WITH", "ORG:丰台区政协")
    meeting = [n for n in g.nodes if n.startswith("EVENT:") and "京华议事厅" in n and g.has_edge("ORG:丰台区政协", n, key="ORGANIZES")]
    assert meeting, "丰台区政协 ORGANIZES a 京华议事厅 meeting"
    topics = [v for m in meeting for _, v, k in g.out_edges(m, keys=True) if k == "ABOUT" and "小龙河" in v]
    assert topics, "the meeting is ABOUT the 小龙河 topic"
    concerns = edge(g, topics[0], "CONCERNS", "PLACE:小龙河")
    assert concerns
    for u, v, k in [("ORG:丰台区政协", meeting[0], "ORGANIZES"), (meeting[0], topics[0], "ABOUT"), (topics[0], "PLACE:小龙河", "CONCERNS")]:
        ev = g.edges[u, v, k]["evidence"][0]
        assert ev.doc_id == "002_bfac3df1aee12b53.txt" and ev.text and ev.end > ev.start


def test_admin_chain_and_seats(sample_run):
    g = sample_run.graph
    assert edge(g, "PLACE:丰台区", "LOCATED_IN", "PLACE:北京市")
    assert edge(g, "PLACE:扎赉特旗", "LOCATED_IN", "PLACE:兴安盟")
    assert edge(g, "PLACE:兴安盟", "LOCATED_IN", "PLACE:内蒙古自治区")
    assert edge(g, "ORG:包头市政协", "LOCATED_IN", "PLACE:包头市")
    for place in ("丰台区", "包头市", "扎赉特旗", "兴安盟"):
        assert g.nodes[f"PLACE:{place}"]["adcode"]
    assert g.nodes["PLACE:丰台区"]["aliases"] == sorted(set(g.nodes["PLACE:丰台区"]["aliases"])) and "丰台" in g.nodes["PLACE:丰台区"]["aliases"]


def test_no_generic_or_fragment_nodes(sample_run):
    for node, data in sample_run.graph.nodes(data=True):
        assert len(data["label"]) > 1, node
        assert data["label"] not in ("政协", "新时代", "合作发展", "洪泄洪", "协同", "会同", "健全"), node


def test_reference_only_nodes_have_zero_mentions(sample_run):
    g = sample_run.graph
    ref = [n for n, d in g.nodes(data=True) if d["from_reference"]]
    assert ref and all(g.nodes[n]["mentions"] == 0 and g.nodes[n]["documents"] == [] for n in ref)
