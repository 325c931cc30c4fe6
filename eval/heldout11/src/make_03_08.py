"""Regenerate texts/03 (本报讯 body lines cut every 56 chars) and texts/08 (OpenCC s2tw) from the drafts.
Run from the set folder: python3 src/make_03_08.py"""
from opencc import OpenCC

out = []
for ln in open('src/03_draft.txt', encoding='utf-8').read().split('\n'):
    if ln.startswith('本报讯'):
        while len(ln) > 56:
            out.append(ln[:56])
            ln = ln[56:]
    out.append(ln)
open('texts/03_beihai_ribao_zhengxie_page.txt', 'w', encoding='utf-8').write('\n'.join(out))
simp = open('src/08_simp.txt', encoding='utf-8').read()
open('texts/08_baita_gongshanglian_dushu_trad.txt', 'w', encoding='utf-8').write(OpenCC('s2tw').convert(simp))
