"""Check an annotated set: SET/texts/<name>.txt against SET/gold/<name>.json.

Run: python3 eval/tools/validate_set.py eval/dev3 [--max-chars 2500]
(needs opencc-python-reimplemented for the t2s checks). Names the texts must avoid, one per line,
go in SET/avoid_names.txt (optional).
"""
import json
import os
import re
import sys

from opencc import OpenCC

T2S = OpenCC('t2s')
TEXTS = GOLD = ''
MAX_CHARS = 2500

ENT_TYPES = {'ORG', 'PLACE', 'EVENT', 'TOPIC', 'PERSON', 'DOCUMENT'}
REL_SIG = {
    'ORGANIZES': ({'ORG'}, {'EVENT'}),
    'PARTICIPATES_IN': ({'ORG', 'PERSON'}, {'EVENT'}),
    'COOPERATES_WITH': ({'ORG'}, {'ORG'}),
    'LOCATED_IN': ({'PLACE', 'ORG'}, {'PLACE'}),
    'HELD_AT': ({'EVENT'}, {'PLACE'}),
    'ABOUT': ({'EVENT', 'ORG'}, {'TOPIC'}),
    'CONCERNS': ({'TOPIC'}, {'PLACE', 'ORG'}),
    'VISITS': ({'ORG', 'PERSON'}, {'PLACE'}),
    'ISSUES': ({'ORG'}, {'DOCUMENT'}),
    'LEADS': ({'ORG', 'PERSON'}, {'ORG'}),
    'SUPERVISES': ({'ORG'}, {'ORG'}),
}
BANNED: list[str] = []


def check(name, errors):
    def err(msg):
        errors.append('%s: %s' % (name, msg))

    raw = open(os.path.join(TEXTS, name), 'rb').read()
    try:
        text = raw.decode('utf-8-sig')  # a BOM is allowed (eval/dev keeps one text with it on purpose)
    except UnicodeDecodeError:
        text = raw.decode('gb18030')  # a set may hold a GB18030 text on purpose (the loader detects it)
    trad = '_trad' in name
    if trad and T2S.convert(text) == text:
        err('expected traditional characters')
    if not 400 <= len(text) <= MAX_CHARS:
        err('%d characters (want 400-%d)' % (len(text), MAX_CHARS))
    simp_text = T2S.convert(text)
    for b in BANNED:
        if b in simp_text:
            err('banned name %s in text' % b)
    joined = text.replace('\n', '')

    gold = json.load(open(os.path.join(GOLD, os.path.splitext(name)[0] + '.json'), encoding='utf-8'))
    if gold.get('doc') != name:
        err('doc field %r' % gold.get('doc'))
    ents = gold['entities']
    ids = [e['id'] for e in ents]
    if len(ids) != len(set(ids)):
        err('duplicate entity ids')
    byid = {e['id']: e for e in ents}
    names = set()
    alias_owner = {}
    for e in ents:
        if set(e) != {'id', 'type', 'name', 'aliases', 'evidence'}:
            err('entity keys %s' % sorted(e))
        if e['type'] not in ENT_TYPES:
            err('bad type %s' % e['type'])
        if (e['type'], e['name']) in names:
            err('duplicate entity %s' % e['name'])
        names.add((e['type'], e['name']))
        if T2S.convert(e['name']) != e['name']:
            err('canonical name not simplified: %s' % e['name'])
        if e['evidence'] not in text or '\n' in e['evidence']:
            err('entity evidence not in one line of text: %s' % e['evidence'])
        if len(e['evidence']) > 40:
            err('entity evidence > 40 chars: %s' % e['evidence'])
        forms = [e['name']] + e['aliases']
        if not any(f in joined for f in forms):
            err('entity never appears in text: %s' % e['name'])
        for a in e['aliases']:
            if a not in joined and T2S.convert(a) not in T2S.convert(joined):
                err('alias not a surface form: %s' % a)
            other = alias_owner.get(a)
            if other and other != e['id']:
                err('alias %s shared by %s and %s' % (a, other, e['id']))
            alias_owner[a] = e['id']
    seen = set()
    for r in gold['relations']:
        if set(r) != {'head', 'rel', 'tail', 'evidence'}:
            err('relation keys %s' % sorted(r))
        if r['rel'] not in REL_SIG:
            err('bad relation %s' % r['rel'])
            continue
        if r['head'] not in byid or r['tail'] not in byid:
            err('dangling relation %s' % r)
            continue
        hs, ts = REL_SIG[r['rel']]
        ht, tt = byid[r['head']]['type'], byid[r['tail']]['type']
        if ht not in hs or tt not in ts:
            err('type signature %s %s %s' % (ht, r['rel'], tt))
        if r['head'] == r['tail']:
            err('self loop %s' % r)
        if r['evidence'] not in text or '\n' in r['evidence']:
            err('relation evidence not in one line of text: %s' % r['evidence'])
        if len(r['evidence']) > 60:
            err('relation evidence > 60 chars: %s' % r['evidence'])
        key = (r['head'], r['rel'], r['tail'])
        if r['rel'] == 'COOPERATES_WITH':
            key = (min(r['head'], r['tail']), r['rel'], max(r['head'], r['tail']))
        if key in seen:
            err('duplicate relation %s' % (key,))
        seen.add(key)
    return len(ents), len(gold['relations'])


def main():
    import argparse

    global TEXTS, GOLD, MAX_CHARS
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set_dir")
    parser.add_argument("--max-chars", type=int, default=2500)
    args = parser.parse_args()
    TEXTS, GOLD = os.path.join(args.set_dir, 'texts'), os.path.join(args.set_dir, 'gold')
    MAX_CHARS = args.max_chars
    avoid = os.path.join(args.set_dir, 'avoid_names.txt')
    if os.path.exists(avoid):
        BANNED.extend(w.strip() for w in open(avoid, encoding='utf-8') if w.strip())
    errors = []
    names = sorted(f for f in os.listdir(TEXTS) if f.endswith('.txt'))
    golds = sorted(f for f in os.listdir(GOLD) if f.endswith('.json'))
    if [os.path.splitext(n)[0] for n in names] != [os.path.splitext(g)[0] for g in golds]:
        errors.append('texts and gold files do not pair up')
    for n in names:
        if not os.path.exists(os.path.join(GOLD, os.path.splitext(n)[0] + '.json')):
            errors.append('%s: no gold file' % n)
            continue
        ne, nr = check(n, errors)
        print('%-45s %3d entities %3d relations' % (n, ne, nr))
    for e in errors:
        print('ERROR', e)
    print('%d files, %d errors' % (len(names), len(errors)))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
