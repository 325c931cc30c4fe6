"""Regenerate texts/03 (body lines opening with 本报讯 cut every 56 chars) and texts/08 (OpenCC s2tw of the
simplified draft, which already uses 「」). Run from the set folder: python3 src/make_03_08.py"""
from opencc import OpenCC

src = open('src/03_draft.txt', encoding='utf-8').read().rstrip('\n').split('\n')
out = []
for ln in src:
    if ln.startswith('本报讯'):
        while len(ln) > 56:
            out.append(ln[:56])
            ln = ln[56:]
        if ln:
            out.append(ln)
    else:
        out.append(ln)
open('texts/03_jiangmen_ribao_zhengxie_page.txt', 'w', encoding='utf-8').write('\n'.join(out) + '\n')

s = open('src/08_simp.txt', encoding='utf-8').read()
t = OpenCC('s2tw').convert(s)
assert OpenCC('t2s').convert(t) == s
open('texts/08_gucheng_zhengxie_dushu_trad.txt', 'w', encoding='utf-8').write(t)
