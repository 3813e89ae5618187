// The normalisers of ingest/normalize: offsets kept through every step, HTML, pinyin, GBK shift, script, punctuation, the chain.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromSource, mapChars, replaceMapped, sourceSpan, type MappedText } from '../../ingest/normalize/mapped-text.ts';
import { normalizeText } from '../../ingest/normalize/normalize-text.ts';
import { trimLines, unifyPunctuation } from '../../ingest/normalize/punctuation.ts';
import { LOST, repairGbkShift, repairRun } from '../../ingest/normalize/repair-gbk-shift.ts';
import { looksLikeHtml, stripHtml } from '../../ingest/normalize/strip-html.ts';
import { stripPinyin, stripPinyinString } from '../../ingest/normalize/strip-pinyin.ts';
import { detectScript, toSimplified } from '../../ingest/normalize/to-simplified.ts';

const seeds = path.resolve(import.meta.dirname, '../../seeds');
const seedLines = (name: string): string[] => fs.readFileSync(path.join(seeds, name), 'utf8').split('\n');

/** The source character behind text[i]. */
const originChar = (t: MappedText, source: string, i: number): string | undefined => source[t.origin[i] ?? -1];

/** The span of `needle` in the mapped text, mapped back to the source. */
function sourceOf(t: MappedText, source: string, needle: string): string {
  const at = t.text.indexOf(needle);
  expect(at, `${needle} in ${t.text}`).toBeGreaterThanOrEqual(0);
  const [s, e] = sourceSpan(t, at, at + needle.length);
  return source.slice(s, e);
}

/** A paragraph of seeds/000 as crawled: a styled span in a div, then a div holding only &nbsp;. */
const htmlParagraph = (text: string) =>
  `<div><span style='font-size:16px;margin-top:15px;line-height:25px;text-indent:30px'> \u3000\u3000${text}</span></div><div>&nbsp;</div>`;

describe('mapped-text', () => {
  it('starts from the source with every character mapped to itself and one extra entry for the end', () => {
    const t = fromSource('重庆市');
    expect(t.text).toBe('重庆市');
    expect(Array.from(t.origin)).toEqual([0, 1, 2, 3]);
  });

  it('keeps the origin offsets of the characters around a deleted match', () => {
    const t = replaceMapped(fromSource('重庆<b>市</b>召开'), /<\/?b>/g, '');
    expect(t.text).toBe('重庆市召开');
    expect(Array.from(t.origin)).toEqual([0, 1, 5, 10, 11, 12]);
  });

  it('maps a same-length replacement character by character', () => {
    const t = replaceMapped(fromSource('共２３个'), /[２３]/g, (m) => String.fromCharCode(m[0].charCodeAt(0) - 0xfee0));
    expect(t.text).toBe('共23个');
    expect(Array.from(t.origin)).toEqual([0, 1, 2, 3, 4]);
  });

  it('maps every character of a replacement of another length to the start of its match', () => {
    const t = replaceMapped(fromSource('甲&nbsp;乙'), /&nbsp;/g, ' ');
    expect(t.text).toBe('甲 乙');
    expect(Array.from(t.origin)).toEqual([0, 1, 7, 8]);
  });

  it('keeps exact offsets for the characters a longer replacement shares with its match at either end', () => {
    const t = replaceMapped(fromSource('并将向當厝罕?'), /[^?]+/g, '并将向當�群众');
    expect(t.text).toBe('并将向當�群众?');
    expect(Array.from(t.origin)).toEqual([0, 1, 2, 3, 4, 4, 4, 6, 7]);
  });

  it('refuses a pattern that is not global', () => {
    expect(() => replaceMapped(fromSource('甲乙'), /甲/, '丙')).toThrow(/global/);
  });

  it('composes the origins of several steps so offsets still point into the first source', () => {
    const source = '<p>萬盛&amp;經開區</p>';
    let t = replaceMapped(fromSource(source), /<[^>]*>/g, '');
    t = replaceMapped(t, /&amp;/g, '&');
    expect(t.text).toBe('萬盛&經開區');
    expect(originChar(t, source, 0)).toBe('萬');
    expect(originChar(t, source, 3)).toBe('經');
    expect(originChar(t, source, 5)).toBe('區');
  });

  it('maps a span of the normalised text back to the same words in the source', () => {
    const source = '<div>重庆市</div><div>&nbsp;</div><div>召开会议</div>';
    const t = replaceMapped(replaceMapped(fromSource(source), /<[^>]*>/g, ''), /&nbsp;/g, ' ');
    expect(sourceOf(t, source, '重庆市')).toBe('重庆市');
    expect(sourceOf(t, source, '召开会议')).toBe('召开会议');
  });

  it('ends a mapped-back span at its last kept character, not at markup dropped after it', () => {
    const source = '重庆市</span></div>召开';
    const t = replaceMapped(fromSource(source), /<[^>]*>/g, '');
    expect(t.text).toBe('重庆市召开');
    expect(sourceSpan(t, 0, 3)).toEqual([0, 3]);
  });

  it('maps an empty span to an empty source span at its start', () => {
    const t = fromSource('重庆市');
    expect(sourceSpan(t, 1, 1)).toEqual([1, 1]);
  });

  it('keeps the origins of a character-for-character conversion', () => {
    const source = '<b>萬盛</b>';
    const stripped = replaceMapped(fromSource(source), /<[^>]*>/g, '');
    const t = mapChars(stripped, (s) => s.replace('萬', '万'));
    expect(t.text).toBe('万盛');
    expect(Array.from(t.origin)).toEqual(Array.from(stripped.origin));
  });
});

describe('strip-html', () => {
  const source = htmlParagraph('重庆市9月8日召开会议。') + htmlParagraph('云南省坚持从实际出发。');

  it('recognises the crawled div-and-span fragment as HTML and plain text as not', () => {
    expect(looksLikeHtml(source)).toBe(true);
    expect(looksLikeHtml('重庆市9月8日召开会议。')).toBe(false);
  });

  it('drops the tags and the &nbsp; paragraphs, keeping one line per paragraph', () => {
    const t = stripHtml(fromSource(source));
    expect(t.text).not.toMatch(/[<>]|&nbsp;/);
    const lines = t.text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
    expect(lines).toEqual(['重庆市9月8日召开会议。', '云南省坚持从实际出发。']);
  });

  it('maps the text left over back to the same characters inside the markup', () => {
    const t = stripHtml(fromSource(source));
    expect(sourceOf(t, source, '重庆市9月8日召开会议。')).toBe('重庆市9月8日召开会议。');
    expect(sourceOf(t, source, '云南省')).toBe('云南省');
  });

  it('decodes named and numeric character references', () => {
    const t = stripHtml(fromSource('<p>&ldquo;三抓三比&rdquo;活动&amp;&#20013;&#x56fd;</p>'));
    expect(t.text.trim()).toBe('“三抓三比”活动&中国');
  });
});

describe('strip-pinyin', () => {
  it('drops the toned pinyin after each converted character', () => {
    expect(stripPinyinString('萬盛經(jīng)開區(qū)黨工委')).toBe('萬盛經開區黨工委');
    expect(stripPinyinString('經(jīng)開區(qū)')).toBe('經開區');
  });

  it('drops an annotation whose opening bracket was lost to a question mark', () => {
    expect(stripPinyinString('當(dāng)?shù)')).toBe('當');
    expect(stripPinyinString('當(dāng)?shù)叵伦憷C花功夫')).toBe('當叵伦憷C花功夫');
  });

  it('leaves bracketed Latin without tone marks alone', () => {
    expect(stripPinyinString('政务APP(APP)清理整合')).toBe('政务APP(APP)清理整合');
    expect(stripPinyinString('第一条(a)款')).toBe('第一条(a)款');
    expect(stripPinyinString('市(地)联络员')).toBe('市(地)联络员');
  });

  it('keeps each remaining character mapped to its place in the annotated source', () => {
    const source = '萬盛經(jīng)開區(qū)黨工委';
    const t = stripPinyin(fromSource(source));
    expect(t.text).toBe('萬盛經開區黨工委');
    [...t.text].forEach((ch, i) => expect(originChar(t, source, i)).toBe(ch));
  });
});

describe('repair-gbk-shift', () => {
  it('reads a span of GBK bytes shifted by one byte back into Chinese, marking the lost half character', () => {
    expect(repairRun('確;鶎又Р堪延嘘P')).toBe(`確${LOST}基層支部把有關`);
    expect(repairGbkShift(fromSource('確;鶎又Р堪延嘘P')).text).toBe('確�基層支部把有關');
  });

  it('finds the shifted span inside a run of readable characters', () => {
    expect(repairGbkShift(fromSource('當叵伦憷C花功夫')).text).toBe('當�下足繡花功夫');
  });

  it('repairs a shifted span between ordinary words and leaves those words as they are', () => {
    const t = repairGbkShift(fromSource('面對群眾的停車期盼,當叵伦憷C花功夫,挖掘橋下空間'));
    expect(t.text).toBe('面對群眾的停車期盼,當�下足繡花功夫,挖掘橋下空間');
  });

  it('leaves ordinary Traditional and Simplified text untouched', () => {
    for (const text of ['萬盛經開區黨工委督導組指導關壩鎮中心衛生院', '政務APP清理整合', '市区两级合力推进政务APP清理整合，压减87个', '“1+10”工作体系']) {
      expect(repairRun(text)).toBeUndefined();
      expect(repairGbkShift(fromSource(text)).text).toBe(text);
    }
  });

  it('never writes the lost byte as a guessed character', () => {
    const repaired = repairGbkShift(fromSource('當叵伦憷C花功夫')).text;
    expect(repaired[1]).toBe('\ufffd');
    expect(repaired.length).toBe('當叵伦憷C花功夫'.length);
  });
});

describe('to-simplified', () => {
  it('detects a Traditional text and a Simplified one', () => {
    expect(detectScript('萬盛經開區黨工委督導組指導關壩鎮中心衛生院召開了一場座談會')).toBe('traditional');
    expect(detectScript('万盛经开区党工委督导组指导关坝镇中心卫生院召开了一场座谈会')).toBe('simplified');
  });

  it('calls a text without Han characters Simplified', () => {
    expect(detectScript('APP 2.0')).toBe('simplified');
  });

  it('calls a Simplified report with a few Traditional characters Simplified', () => {
    expect(detectScript('重庆市9月8日召开会议，总结第一批主题教育成效、做法和经验，对开展第二批主题教育做出具体部署（萬）')).toBe('simplified');
  });

  it('converts to Simplified with OpenCC tables, keeping every offset', () => {
    const t = toSimplified(fromSource('萬盛經開區'));
    expect(t.text).toBe('万盛经开区');
    expect(Array.from(t.origin)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('reads the detected script of the Traditional seeds', () => {
    expect(detectScript(fs.readFileSync(path.join(seeds, '003_1760680966b0b94c.txt'), 'utf8'))).toBe('traditional');
    expect(detectScript(fs.readFileSync(path.join(seeds, '001_5b337543eabd454e.txt'), 'utf8'))).toBe('simplified');
  });
});

describe('punctuation', () => {
  const unify = (s: string) => unifyPunctuation(fromSource(s)).text;

  it('turns half-width marks between Han characters into full-width ones', () => {
    expect(unify('市(地)联络员,进行')).toBe('市（地）联络员，进行');
    expect(unify('重庆,四川;云南:贵州!好?')).toBe('重庆，四川；云南：贵州！好？');
  });

  it('turns full-width digits, letters and percent signs into ASCII', () => {
    expect(unify('２０２３年')).toBe('2023年');
    expect(unify('５２.５％')).toBe('52.5%');
    expect(unify('ＡＰＰ')).toBe('APP');
  });

  it('leaves separators inside numbers alone', () => {
    expect(unify('共1,000人')).toBe('共1,000人');
    expect(unify('智慧网格化2.0建设')).toBe('智慧网格化2.0建设');
  });

  it('keeps offsets exact, so a full-width mark points at the half-width one it replaced', () => {
    const source = '总结,部署';
    const t = unifyPunctuation(fromSource(source));
    expect(t.text).toBe('总结，部署');
    expect(originChar(t, source, 2)).toBe(',');
    expect(Array.from(t.origin)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('drops blank lines and the blanks at both ends of each line', () => {
    expect(trimLines(fromSource(' \u3000重庆市\n\n\n  召开会议 \n')).text).toBe('重庆市\n召开会议');
  });
});

describe('normalize-text', () => {
  it('turns an HTML paragraph of seeds/000 into plain lines whose characters point at themselves in the file', () => {
    const source = seedLines('000_34456a7a7a55b0b5.txt')[1]?.slice(0, 700) ?? '';
    const t = normalizeText(source, { script: 'simplified' });
    expect(t.text.startsWith('记者在重庆、四川、云南、贵州采访了解到，第二批主题教育启动以来')).toBe(true);
    expect(t.text).not.toMatch(/[<>]|&nbsp;|style=/);
    expect(t.text.split('\n')[1]?.startsWith('重庆市9月8日召开“不忘初心、牢记使命”主题教育')).toBe(true);
    [...t.text].forEach((ch, i) => {
      if (/[\u4e00-\u9fff]/.test(ch)) expect(originChar(t, source, i)).toBe(ch);
    });
    expect(sourceOf(t, source, '重庆市在制定“一个实施意见”的基础上')).toBe('重庆市在制定“一个实施意见”的基础上');
  });

  it('turns a Traditional line of seeds/003 with pinyin into Simplified, each character pointing at its Traditional source', () => {
    const source = seedLines('003_1760680966b0b94c.txt')[0] ?? '';
    expect(source.startsWith('近日,萬盛經(jīng)開區(qū)黨工委')).toBe(true);
    const t = normalizeText(source, { script: 'traditional' });
    expect(t.text.startsWith('近日，万盛经开区党工委督导组指导关坝镇中心卫生院召开了一场座谈会。')).toBe(true);
    const at = (ch: string) => t.text.indexOf(ch);
    expect(originChar(t, source, at('万'))).toBe('萬');
    expect(originChar(t, source, at('经'))).toBe('經');
    expect(originChar(t, source, at('关'))).toBe('關');
    expect(originChar(t, source, at('坝'))).toBe('壩');
    expect(originChar(t, source, at('，'))).toBe(',');
    // Up to the garbled tail (當厝罕娡▓蟆 → 当�群众通报�), whose repaired characters have no single source.
    const readable = t.text.indexOf('�');
    expect(readable).toBeGreaterThan(80);
    [...t.text.slice(0, readable)].forEach((ch, i) => {
      if (!/[\u4e00-\u9fff]/.test(ch)) return;
      const from = originChar(t, source, i) ?? '';
      expect(toSimplified(fromSource(from)).text).toBe(ch);
    });
    expect(sourceOf(t, source, '万盛经开区党工委督导组')).toBe('萬盛經(jīng)開區(qū)黨工委督導(dǎo)組');
  });

  it('strips pinyin before repairing a shifted span, so 當(dāng)?shù)叵伦憷C花功夫 becomes 当�下足绣花功夫', () => {
    const source = seedLines('003_1760680966b0b94c.txt')[1] ?? '';
    const t = normalizeText(source, { script: 'traditional' });
    expect(t.text).toContain('面对群众的停车期盼，当�下足绣花功夫，挖掘桥下空间、推动停车设施智能化改造');
    expect(t.text).not.toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔù]|\?/);
    expect(originChar(t, source, t.text.indexOf('当'))).toBe('當');
    expect(sourceOf(t, source, '南岸区')).toBe('南岸區');
  });

  it('unifies the half-width commas of the crawled seeds/001 and keeps each comma pointing at its source', () => {
    const source = seedLines('001_5b337543eabd454e.txt').slice(1, 3).join('\r\n');
    const t = normalizeText(source, { script: 'simplified' });
    expect(t.text.split('\n')).toHaveLength(2);
    expect(t.text).toContain('习近平总书记指出，各级党组织要加强对第二批主题教育的组织领导和工作指导');
    expect(t.text).not.toContain(',');
    const comma = t.text.indexOf('，');
    expect(originChar(t, source, comma)).toBe(',');
    [...t.text].forEach((ch, i) => {
      if (/[\u4e00-\u9fff]/.test(ch)) expect(originChar(t, source, i)).toBe(ch);
    });
  });

  it('ends the origin table at the end of the source', () => {
    const source = htmlParagraph('重庆市召开会议。');
    const t = normalizeText(source, { script: 'simplified' });
    expect(t.text).toBe('重庆市召开会议。');
    expect(t.origin).toHaveLength(t.text.length + 1);
  });
});
