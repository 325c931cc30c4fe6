"""The one place where spaCy Docs become plain records (``DocResult``)."""

from __future__ import annotations

import bisect
import functools
import time

from .clean import AlignedText, clean
from .gazetteer import admin_index, division_attrs
from .load import LoadedText, report_year
from .model import DocResult, Entity, Evidence, Mention, Relation, entity_key, page_of
from .sentences import sentence_spans

EVIDENCE_MAX = 300  # characters of a sentence kept as evidence


def extract(loaded: LoadedText, nlp=None) -> DocResult:
    """Clean, run the pipeline and convert the result, with offsets into the original text."""
    result = extract_many([loaded], nlp)[0]
    if isinstance(result, BaseException):
        raise result
    return result


def extract_many(batch: list[LoadedText], nlp=None) -> list[DocResult | Exception]:
    """``extract`` for several documents, in order; a document that fails gets its exception instead.

    Components run one at a time over the documents, as ``nlp.pipe`` does: one with a ``pipe``
    method (LAC) sees them all at once (for LAC: equal-length sentences of different documents
    share encoder batches), the others run per document. The results are those of ``extract`` on
    each document alone; a component's batched seconds are shared among the documents by length."""
    from .nlp import shared_nlp

    nlp = nlp or shared_nlp()
    out: list[DocResult | Exception | None] = [None] * len(batch)
    live: dict[int, tuple[AlignedText, object, list]] = {}
    for i, loaded in enumerate(batch):
        try:
            t0 = time.perf_counter()
            aligned = clean(loaded.text)
            t1 = time.perf_counter()
            doc = nlp.make_doc(aligned.text)
            live[i] = (aligned, doc, [("clean", t1 - t0), ("tokenize", time.perf_counter() - t1)])
        except Exception as exc:
            out[i] = exc
    for name, component in nlp.pipeline:
        if hasattr(component, "pipe") and len(live) > 1:
            _pipe(name, component, live, out)
            continue
        for i in list(live):
            aligned, doc, timings = live[i]
            try:
                t0 = time.perf_counter()
                doc = component(doc)
                timings.append((name, time.perf_counter() - t0))
                live[i] = (aligned, doc, timings)
            except Exception as exc:
                out[i] = exc
                del live[i]
    for i in list(live):
        aligned, doc, timings = live.pop(i)  # each Doc is dropped once its records are made
        try:
            t0 = time.perf_counter()
            result = to_records(batch[i], aligned, doc)
            timings.append(("records", time.perf_counter() - t0))
            out[i] = _with(result, timings=tuple(timings))
        except Exception as exc:
            out[i] = exc
    return out  # type: ignore[return-value]


def _pipe(name: str, component, live: dict, out: list) -> None:
    """Run a batching component over every live document (one by one if the batch fails)."""
    keys = list(live)
    t0 = time.perf_counter()
    try:
        docs = list(component.pipe([live[i][1] for i in keys]))
    except Exception:
        for i in keys:  # find the document that fails; the others go on
            aligned, doc, timings = live[i]
            try:
                t1 = time.perf_counter()
                live[i] = (aligned, component(doc), timings + [(name, time.perf_counter() - t1)])
            except Exception as exc:
                out[i] = exc
                del live[i]
        return
    seconds = time.perf_counter() - t0
    total = sum(len(doc.text) for doc in docs) or 1
    for i, doc in zip(keys, docs):
        aligned, _, timings = live[i]
        live[i] = (aligned, doc, timings + [(name, seconds * len(doc.text) / total)])


def to_records(loaded: LoadedText, aligned: AlignedText, doc) -> DocResult:
    doc_id = loaded.doc_id
    original = aligned.original

    @functools.lru_cache(maxsize=None)  # one shared record per sentence: many mentions and relations cite it
    def evidence(start: int, end: int) -> Evidence:
        o_start, o_end = aligned.span_to_original(start, end)
        raw = aligned.text[start:end]
        text = raw.strip()
        page = page_of(loaded.pages, aligned.span_to_original(start + len(raw) - len(raw.lstrip()), end)[0]) if text else None
        return Evidence(doc_id, o_start, o_end, text[:EVIDENCE_MAX], page)

    sentences = {s: (s, e) for s, e in sentence_spans(doc)}
    sent_starts = sorted(sentences)

    def sentence_of(pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(sent_starts, pos) - 1
        return sentences[sent_starts[max(i, 0)]]

    mentions = []
    groups: dict[str, dict] = {}
    for r in doc._.zhkg_resolved or []:
        o_start, o_end = aligned.span_to_original(r.start, r.end)
        surface = original[o_start:o_end]
        s, e = sentence_of(r.start)
        mentions.append(Mention(doc_id, o_start, o_end, surface, r.key, r.rule, evidence(s, e)))
        g = groups.setdefault(r.key, {"type": r.type, "canonical": r.canonical, "aliases": set(), "attrs": r.attrs, "rules": set()})
        g["aliases"].add(aligned.text[r.start : r.end])
        g["aliases"].add("".join(surface.split()))
        g["rules"].add(r.merge_rule)

    entities = [
        Entity(
            key=key,
            type=g["type"],
            canonical=g["canonical"],
            aliases=tuple(sorted(a for a in g["aliases"] if a)),
            attrs=g["attrs"],
            merge_rules=tuple(sorted(g["rules"])),
        )
        for key, g in sorted(groups.items())
    ]
    relations = [
        Relation(r.head, r.relation, r.tail, evidence(r.sent_start, r.sent_end), r.cue, r.rule)
        for r in doc._.zhkg_relations or []
    ]
    entities += implied_entities(entities, relations)
    ref_entities, ref_relations = reference_chain(entities, mentions, relations)
    home = doc._.zhkg_home
    home_name = None
    if home is not None:
        top = home.county or home.prefecture or home.province
        home_name = top.name if top else None
    return DocResult(
        doc_id=doc_id,
        path=loaded.path,
        encoding=loaded.encoding,
        chars=len(original),
        year=report_year(aligned.text),
        entities=tuple(entities) + tuple(ref_entities),
        mentions=tuple(mentions),
        relations=tuple(relations) + tuple(ref_relations),
        home=home_name,
        removed=aligned.removed,
        format=loaded.format,
        title=loaded.title,
        pages=loaded.pages,
    )


def implied_entities(entities: list[Entity], relations: list[Relation]) -> list[Entity]:
    """Bodies a relation names without a mention of their own (区长 -> the district government)."""
    known = {e.key for e in entities}
    out = {}
    for r in relations:
        for key in (r.head, r.tail):
            if key not in known and key not in out:
                etype, _, name = key.partition(":")
                out[key] = Entity(key=key, type=etype, canonical=name, aliases=(name,), merge_rules=(f"implied_by_{r.rule}",))
    return [out[k] for k in sorted(out)]


def reference_chain(entities: list[Entity], mentions: list[Mention], relations: list[Relation] = ()):
    """The administrative chain of every place from reference data: ancestors the text does not
    name become ``mentions = 0`` nodes, and each link the text does not state becomes a LOCATED_IN
    edge with rule ``admin_reference`` (no document states it; the evidence is where the place was read)."""
    stated = {(r.head, r.tail) for r in relations if r.relation == "LOCATED_IN"}
    index = admin_index()
    first = {}
    for m in mentions:
        first.setdefault(m.entity, m)
    present = {e.key for e in entities}
    new_entities: dict[str, Entity] = {}
    seen: set[tuple[str, str]] = set()
    out = []
    for e in entities:
        code = dict(e.attrs).get("adcode")
        if e.type != "PLACE" or not code:
            continue
        chain = index.chain(str(code) + "000000")
        for child, parent in zip(chain, chain[1:]):
            parent_key = entity_key("PLACE", parent.name)
            child_key = entity_key("PLACE", child.name)
            if parent_key not in present and parent_key not in new_entities:
                new_entities[parent_key] = Entity(
                    key=parent_key,
                    type="PLACE",
                    canonical=parent.name,
                    aliases=(parent.name,),
                    attrs=division_attrs(parent),
                    merge_rules=("reference_data",),
                    from_reference=True,
                )
            if (child_key, parent_key) in stated or (child_key, parent_key) in seen:
                continue
            seen.add((child_key, parent_key))
            anchor = first[e.key].sentence
            out.append(Relation(child_key, "LOCATED_IN", parent_key, anchor, "adcode", "admin_reference"))
    return list(new_entities.values()), out


def _with(result: DocResult, **changes) -> DocResult:
    from dataclasses import replace

    return replace(result, **changes)
