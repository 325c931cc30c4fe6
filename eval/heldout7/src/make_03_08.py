"""Regenerate texts/03 (body lines opening with 本报讯 cut every 56 chars) and texts/08 (OpenCC s2tw of the
simplified draft, which already uses 「」 quotes) from their drafts. Run from the repository root:
python3 eval/heldout7/src/make_03_08.py"""
import os
from opencc import OpenCC

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

out = []
for ln in open(os.path.join(HERE, '03_draft.txt'), encoding='utf-8').read().rstrip('\n').split('\n'):
    if ln.startswith('本报讯'):
        while len(ln) > 56:
            out.append(ln[:56])
            ln = ln[56:]
        if ln:
            out.append(ln)
    else:
        out.append(ln)
open(os.path.join(SET, 'texts', '03_sanming_ribao_zhengxie_page.txt'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')

simp = open(os.path.join(HERE, '08_simp.txt'), encoding='utf-8').read()
trad = OpenCC('s2tw').convert(simp)
assert OpenCC('t2s').convert(trad) == simp
open(os.path.join(SET, 'texts', '08_yuhu_zhengxie_dushu_trad.txt'), 'w', encoding='utf-8').write(trad)
