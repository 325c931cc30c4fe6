"""Report avoid-list names found in the drafts/texts of heldout9 (simplified form)."""
import sys, os
from opencc import OpenCC
t2s = OpenCC('t2s')
here = os.path.dirname(os.path.abspath(__file__))
avoid = [w.strip() for w in open(os.path.join(here, '..', 'avoid_names.txt'), encoding='utf-8') if w.strip()]
for p in sys.argv[1:]:
    t = t2s.convert(open(p, encoding='utf-8').read()).replace('\n', '')
    hits = [w for w in avoid if w in t]
    print(p, len(t), hits)
