"""Build gold/<doc>.json from spec/<doc>.py (compact annotation: keyed entities, keyed relations).

Entity evidence, when not given, is the window (<= 40 chars) around the first occurrence of the
first surface form found on one line. Run: python3 eval/tools/build_gold.py eval/dev3 [names...]
"""
import importlib.util
import json
import os
import sys

ROOT = HERE = ''  # the set folder and its spec/ folder, from the command line


def window(text, forms, width=30):
    for line in text.split('\n'):
        for f in forms:
            i = line.find(f)
            if i >= 0:
                extra = max(0, width - len(f)) // 2
                s = max(0, i - extra)
                e = min(len(line), i + len(f) + extra)
                ev = line[s:e].strip()
                if len(ev) > 40:
                    ev = line[i:i + 40]
                return ev
    return None


def build(name):
    spec_path = os.path.join(HERE, name + '.py')
    sp = importlib.util.spec_from_file_location(name, spec_path)
    mod = importlib.util.module_from_spec(sp)
    sp.loader.exec_module(mod)
    raw = open(os.path.join(ROOT, 'texts', name + '.txt'), 'rb').read()
    try:
        text = raw.decode('utf-8')
    except UnicodeDecodeError:
        text = raw.decode('gb18030')  # a GB18030 text kept on purpose
    ids, ents = {}, []
    for n, row in enumerate(mod.E, 1):
        key, typ, cname, aliases = row[:4]
        ev = row[4] if len(row) > 4 else None
        if key in ids:
            sys.exit('%s: duplicate key %s' % (name, key))
        ids[key] = 'E%d' % n
        if ev is None:
            ev = window(text, aliases + [cname])
            if ev is None:
                sys.exit('%s: no evidence for %s' % (name, cname))
        ents.append({'id': ids[key], 'type': typ, 'name': cname, 'aliases': aliases, 'evidence': ev})
    rels = []
    for h, rel, t, ev in mod.R:
        if h not in ids or t not in ids:
            sys.exit('%s: unknown key in %s %s %s' % (name, h, rel, t))
        rels.append({'head': ids[h], 'rel': rel, 'tail': ids[t], 'evidence': ev})
    out = {'doc': name + '.txt', 'entities': ents, 'relations': rels}
    with open(os.path.join(ROOT, 'gold', name + '.json'), 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write('\n')


if __name__ == '__main__':
    if len(sys.argv) < 2:
        sys.exit('usage: build_gold.py SET_DIR [names...]')
    ROOT = sys.argv[1]
    HERE = os.path.join(ROOT, 'spec')
    names = sys.argv[2:] or sorted(f[:-3] for f in os.listdir(HERE) if f[:2].isdigit() and f.endswith('.py'))
    for nm in names:
        build(nm)
        print('built', nm)
