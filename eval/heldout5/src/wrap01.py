t=open('/work/main/eval/heldout5/src/01.txt').read().rstrip('\n')
lines=t.split('\n')
out=[]
W=44
for i,l in enumerate(lines):
    if i<3 or len(l)<=W:
        out.append(l); continue
    while len(l)>W:
        out.append(l[:W]); l=l[W:]
    if l: out.append(l)
H='政协邢台市信都区第一届委员会第五次会议文件'
res=[H]; page=1
for i,l in enumerate(out):
    res.append(l)
    if (i+1)%27==0 and i<len(out)-5:
        res.append('— %d —'%page); page+=1
        res.append(H)
res.append('— %d —'%page)
s='\n'.join(res)+'\n'
open('/work/main/eval/heldout5/texts/01_xindu_zhengxie_report.txt','w').write(s)
print(len(s))
