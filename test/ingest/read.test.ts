// Reading report files: decoding every supported encoding, rejecting bad files, the four document shapes, document ids.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode, InputError } from '../../ingest/read/decode.ts';
import { contentHash, loadDocument } from '../../ingest/read/load-document.ts';
import { bodyRange, parseMeta } from '../../ingest/read/parse-document.ts';
import { extractGraph } from '../../ingest/pipeline.ts';
import { listInputs, walkInputs } from '../../ingest/read/read-inputs.ts';

const seeds = path.resolve(import.meta.dirname, '../../seeds');
const seedBytes = (name: string): Buffer => fs.readFileSync(path.join(seeds, name));
const seedText = (name: string): string => seedBytes(name).toString('utf8');

const SIMPLIFIED =
  '重庆市9月8日召开第二批主题教育部署会议，总结第一批主题教育成效、做法和经验。\n' +
  '云南省坚持从实际出发，改进组织指导方式，向驻昆24所高校派出5个指导组。';
const TRADITIONAL =
  '重慶市9月8日召開第二批主題教育部署會議，總結第一批主題教育成效、做法和經驗。\n' +
  '雲南省堅持從實際出發，改進組織指導方式，向駐昆24所高校派出5個指導組。';

const withBom = (bom: number[], body: Buffer) => Buffer.concat([Buffer.from(bom), body]);

/** The InputError a call throws, or a failure when it throws something else or nothing. */
function inputErrorOf(fn: () => unknown): InputError {
  try {
    fn();
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError, nothing was thrown');
}

describe('decode', () => {
  const cases: Array<[label: string, bytes: Buffer, text: string, encoding: string]> = [
    ['GB18030', iconv.encode(SIMPLIFIED, 'gb18030'), SIMPLIFIED, 'gb18030'],
    ['GBK (read as its superset GB18030)', iconv.encode(SIMPLIFIED, 'gbk'), SIMPLIFIED, 'gb18030'],
    ['Big5', iconv.encode(TRADITIONAL, 'big5'), TRADITIONAL, 'big5'],
    ['UTF-16LE with a BOM', withBom([0xff, 0xfe], iconv.encode(SIMPLIFIED, 'utf-16le')), SIMPLIFIED, 'utf-16le'],
    ['UTF-16BE with a BOM', withBom([0xfe, 0xff], iconv.encode(SIMPLIFIED, 'utf-16be')), SIMPLIFIED, 'utf-16be'],
    ['UTF-8 with a BOM', withBom([0xef, 0xbb, 0xbf], Buffer.from(SIMPLIFIED, 'utf8')), SIMPLIFIED, 'utf-8'],
    ['UTF-8', Buffer.from(SIMPLIFIED, 'utf8'), SIMPLIFIED, 'utf-8'],
    ['UTF-16LE without a BOM', iconv.encode(SIMPLIFIED, 'utf-16le'), SIMPLIFIED, 'utf-16'],
    ['UTF-16BE without a BOM', iconv.encode(SIMPLIFIED, 'utf-16be'), SIMPLIFIED, 'utf-16'],
  ];

  for (const [label, bytes, text, encoding] of cases) {
    it(`decodes Chinese text in ${label} back to the text and reports ${encoding}`, () => {
      const decoded = decode('report.txt', bytes);
      expect(decoded.text).toBe(text);
      expect(decoded.encoding).toBe(encoding);
    });
  }

  it('finds the byte order of UTF-16 without a BOM when 一 (U+4E00, a zero byte too) outnumbers the ASCII characters', () => {
    const text = '第一批主题教育统一部署，一体推进，一以贯之，9月启动。';
    for (const enc of ['utf-16le', 'utf-16be']) {
      expect(decode('report.txt', iconv.encode(text, enc))).toEqual({ text, encoding: 'utf-16' });
    }
  });

  it('decodes a single short GBK sentence as GB18030, not as Big5', () => {
    const decoded = decode('short.txt', iconv.encode('重庆市召开会议', 'gbk'));
    expect(decoded).toEqual({ text: '重庆市召开会议', encoding: 'gb18030' });
  });

  it('decodes a single short Big5 sentence as Big5', () => {
    const decoded = decode('short.txt', iconv.encode('重慶市召開會議', 'big5'));
    expect(decoded).toEqual({ text: '重慶市召開會議', encoding: 'big5' });
  });

  it('rejects an empty file with an InputError naming the file', () => {
    const err = inputErrorOf(() => decode('reports/empty.txt', new Uint8Array()));
    expect(err.file).toBe('reports/empty.txt');
    expect(err.reason).toBe('empty file');
    expect(err.message).toBe('reports/empty.txt: empty file');
  });

  it('rejects a binary file (a PNG header and zeros) as binary', () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(256)]);
    const err = inputErrorOf(() => decode('reports/image.txt', png));
    expect(err.file).toBe('reports/image.txt');
    expect(err.message).toMatch(/^reports\/image\.txt: .*binary/);
  });

  it('rejects bytes that are no supported encoding of Chinese text as unreadable', () => {
    const junk = Buffer.from([0x80, 0x81, 0xfe, 0xff, 0x80, 0x90, 0xa0, 0xb0, 0xc1, 0x41, 0x42]);
    const err = inputErrorOf(() => decode('reports/junk.txt', junk));
    expect(err.file).toBe('reports/junk.txt');
    expect(err.message).toMatch(/^reports\/junk\.txt: unreadable encoding/);
  });

  it('rejects Latin-1 text rather than reading its byte pairs as UTF-16 Chinese', () => {
    const latin1 = Buffer.from('caf\xe9 na\xefve r\xe9sum\xe9 text only here', 'latin1');
    expect(latin1.length % 2).toBe(0);
    const err = inputErrorOf(() => decode('reports/latin1.txt', latin1));
    expect(err.reason).toMatch(/unreadable encoding/);
  });
});

describe('parse-document', () => {
  it('reads a title line before an HTML fragment without the list index and the .txt', () => {
    const raw = seedText('000_34456a7a7a55b0b5.txt');
    const meta = parseMeta(raw);
    expect(meta.title).toBe('访民情解民忧 做实功重实效——重庆、四川、云南、贵州扎实推进第二批主题教育');
    const [start] = bodyRange(raw, meta);
    expect(start).toBe(raw.indexOf('\n') + 1);
    expect(raw.slice(start).startsWith('<div>')).toBe(true);
  });

  it('takes source and date of a crawled page from its 《人民日报》 citation, not from the crawl header', () => {
    const raw = seedText('001_5b337543eabd454e.txt');
    expect(raw.startsWith('发布时间:2024-11-25')).toBe(true);
    const meta = parseMeta(raw);
    expect(meta.source).toBe('人民日报');
    expect(meta.publishedAt).toBe('2023-10-27');
    expect(meta.title.startsWith('第二批学习贯彻习近平新时代中国特色社会主义思想主题教育')).toBe(true);
    expect(meta.title).not.toContain('发布时间');
  });

  it('reads a headline above a crawl header as the title, and keeps both lines out of the body', () => {
    const raw = '边学边查边改 部委机关主题教育开局起步见行动\n发布时间:2019-06-27 08:00:00 来源: 人民日报\n本报北京6月26日电（记者孟繁宇）第一批主题教育开展近一个月。\n';
    const meta = parseMeta(raw);
    expect(meta.title).toBe('边学边查边改 部委机关主题教育开局起步见行动');
    expect(meta.source).toBe('人民日报');
    expect(meta.publishedAt).toBe('2019-06-27');
    const [start, end] = bodyRange(raw, meta);
    expect(raw.slice(start, end).startsWith('本报北京6月26日电')).toBe(true);
  });

  it('keeps the crawl header, the citation and the editor line out of the body', () => {
    const raw = seedText('001_5b337543eabd454e.txt');
    const [start, end] = bodyRange(raw, parseMeta(raw));
    const body = raw.slice(start, end);
    expect(body.startsWith('第二批学习贯彻')).toBe(true);
    expect(body).not.toMatch(/发布时间|人民日报|责编/);
    expect(body.trim().endsWith('推动从解决“一件事”向办好“一类事”延伸。')).toBe(true);
  });

  it('reads the 新華社 dateline of a Traditional news story as its source and gives no date when no year is written', () => {
    const raw = seedText('004_5afc06473c3dd956.txt');
    expect(raw).toContain('新華社北京9月21日電');
    expect(raw).not.toMatch(/\d{4}年/);
    const meta = parseMeta(raw);
    expect(meta.source).toMatch(/^新[华華]社$/);
    expect(meta.publishedAt).toBeUndefined();
    expect(meta.title.startsWith('接續')).toBe(true);
    expect(meta.title).toContain('馬不停蹄——天津、山東、河北有力推進');
  });

  it('takes a Traditional document without a title line from its first character, titled by its first sentence', () => {
    const raw = seedText('003_1760680966b0b94c.txt');
    const meta = parseMeta(raw);
    expect(bodyRange(raw, meta)[0]).toBe(0);
    expect(meta.title).toBe('近日,萬盛經開區黨工委督導組指導關壩鎮中心衛生院召開了一場座談會');
    expect(meta.source).toBeUndefined();
  });

  it('completes a dateline without a year with a year written elsewhere in the text', () => {
    const raw = '昆明推进主题教育\n新华社昆明3月5日电 记者从云南省了解到，各地扎实推进主题教育。\n据统计，2019年以来，全省开展专题学习研讨3万余场。\n';
    expect(parseMeta(raw)).toMatchObject({ source: '新华社', publishedAt: '2019-03-05' });
  });

  it('reads a dateline that writes its own year', () => {
    expect(parseMeta('标题\n新华社北京2023年9月21日电 记者了解到……').publishedAt).toBe('2023-09-21');
  });
});

describe('load-document', () => {
  it('gives a document its content hash as id: same bytes, same id, whatever the path', () => {
    const bytes = seedBytes('000_34456a7a7a55b0b5.txt');
    const a = loadDocument('a/000.txt', bytes);
    const b = loadDocument('b/copy.txt', Buffer.from(bytes));
    expect(a.doc.id).toBe(b.doc.id);
    expect(a.doc.id).toBe(contentHash(bytes));
    expect(a.doc.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('gives a different id when one byte changes', () => {
    const bytes = seedBytes('000_34456a7a7a55b0b5.txt');
    const changed = Buffer.from(bytes);
    const at = changed.indexOf(Buffer.from('重庆市9月8日'));
    changed[at + '重庆市'.length * 3] = '7'.charCodeAt(0);
    expect(changed.equals(bytes)).toBe(false);
    expect(loadDocument('x.txt', changed).doc.id).not.toBe(loadDocument('x.txt', bytes).doc.id);
  });

  it('marks seeds/003 and seeds/004 Traditional and the others Simplified, with Simplified text for all', () => {
    const scripts = Object.fromEntries(
      fs
        .readdirSync(seeds)
        .sort()
        .map((f) => {
          const { doc } = loadDocument(f, seedBytes(f));
          expect(doc.text).not.toMatch(/[萬經區黨]|\(\w*[āáǎàēéěèīíǐìōóǒòūúǔù]/);
          return [f.slice(0, 3), doc.script];
        }),
    );
    expect(scripts).toEqual({ '000': 'simplified', '001': 'simplified', '002': 'simplified', '003': 'traditional', '004': 'traditional' });
  });

  it('carries the metadata and the encoding into the document', () => {
    const { doc } = loadDocument('seeds/001.txt', seedBytes('001_5b337543eabd454e.txt'));
    expect(doc).toMatchObject({ path: 'seeds/001.txt', source: '人民日报', publishedAt: '2023-10-27', encoding: 'utf-8', script: 'simplified' });
    expect(doc.text.startsWith('第二批学习贯彻')).toBe(true);
  });

  it('reads a GBK copy of a seed to the same text as the UTF-8 original', () => {
    const utf8 = seedText('000_34456a7a7a55b0b5.txt');
    const fromUtf8 = loadDocument('000.txt', Buffer.from(utf8, 'utf8')).doc;
    const fromGbk = loadDocument('000-gbk.txt', iconv.encode(utf8, 'gbk')).doc;
    expect(fromGbk.encoding).toBe('gb18030');
    expect(fromGbk.text).toBe(fromUtf8.text);
    expect(fromGbk.id).not.toBe(fromUtf8.id);
  });

  it('keeps a report that is a single line as its own body', () => {
    const { doc } = loadDocument('one.txt', Buffer.from('辽宁省沈阳市制定专门工作方案'));
    expect(doc.text).toBe('辽宁省沈阳市制定专门工作方案');
    expect(doc.title).toBe('辽宁省沈阳市制定专门工作方案');
  });

  it('still drops the title line when a body follows it', () => {
    const { doc } = loadDocument('two.txt', Buffer.from('沈阳推进主题教育\n辽宁省沈阳市制定专门工作方案。\n'));
    expect(doc.title).toBe('沈阳推进主题教育');
    expect(doc.text).toBe('辽宁省沈阳市制定专门工作方案。');
  });

  it('extracts the same bytes under two names once', () => {
    const bytes = seedBytes('004_5afc06473c3dd956.txt');
    const { graph, failures } = extractGraph([
      { path: 'a.txt', bytes },
      { path: 'b.txt', bytes: Buffer.from(bytes) },
    ]);
    expect(failures).toEqual([]);
    expect(graph.documents.map((d) => d.path)).toEqual(['a.txt']);
  });
});

describe('walk-inputs', () => {
  it('reads a folder only when the walk reaches it, in the order listInputs gives', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-walk-'));
    try {
      for (const [folder, file] of [['a', '1.txt'], ['a', '2.txt'], ['b', '1.txt']] as const) {
        fs.mkdirSync(path.join(dir, folder), { recursive: true });
        fs.writeFileSync(path.join(dir, folder, file), '报告');
      }
      fs.writeFileSync(path.join(dir, 'a', 'photo.jpg'), '');
      const listed = await listInputs([dir]);
      const walk = walkInputs([dir]);
      const first = await walk.next();
      expect(first.value).toEqual({ file: { path: path.join(dir, 'a', '1.txt'), size: 6 } });
      // Written after the walk began and before it reached b/: a walk that had listed everything first would miss it.
      fs.writeFileSync(path.join(dir, 'b', '0.txt'), '报告');
      const rest = [];
      for await (const item of walk) rest.push(item);
      const files = [first.value, ...rest].flatMap((w) => ('file' in w ? [w.file.path] : []));
      expect(files).toEqual([...listed.files.map((f) => f.path).slice(0, 2), path.join(dir, 'b', '0.txt'), path.join(dir, 'b', '1.txt')]);
      expect(rest.filter((w) => 'skipped' in w)).toHaveLength(1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
