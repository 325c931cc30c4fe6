"""List the avoid-list names found in the given files (run from the set folder)."""
import os, sys
from opencc import OpenCC
t2s = OpenCC('t2s')
HERE = os.path.dirname(os.path.abspath(__file__))
names = [w.strip() for w in open(os.path.join(HERE, '..', 'avoid_names.txt'), encoding='utf-8') if w.strip()]
for p in sys.argv[1:]:
    s = t2s.convert(open(p, encoding='utf-8').read())
    hits = [n for n in names if n in s]
    print(p, len(s.replace('\n', '')), 'chars', 'HITS:' if hits else 'ok', ' '.join(hits))
