"""List the avoid-list names found in the given files (simplified before the check)."""
import os, sys
from opencc import OpenCC
t2s = OpenCC('t2s')
here = os.path.dirname(os.path.abspath(__file__))
names = [w.strip() for w in open(os.path.join(here, '..', 'avoid_names.txt'), encoding='utf-8') if w.strip()]
for fn in sys.argv[1:]:
    t = t2s.convert(open(fn, encoding='utf-8').read())
    flat = t.replace('\n', '')
    hits = [n for n in names if n in t or n in flat]
    print(fn, len(t), 'HITS:' if hits else 'ok', ' '.join(hits))
