// Bad input, as users drop it: each bad file gets one stderr line naming it and the reason, the good ones are still
// extracted, and the run ends with exit code 1.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeGraph } from '../../schema/graph.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const seed = fs.readFileSync(path.join(root, 'seeds', '000_34456a7a7a55b0b5.txt'), 'utf8');
const traditional = '重慶市委指導組深入北碚區調研指導，北碚區制定了《主題教育實施方案》。';

let dir: string;
let out: { status: number | null; stdout: string; stderr: string };
let graph: KnowledgeGraph;

// [file name, bytes or a maker, the reason its stderr line must give (null: extracted, no line)]
const CASES: Array<[string, () => Buffer | null, RegExp | null]> = [
  ['good 报告 with spaces.txt', () => Buffer.from(seed), null],
  ['-leading-dash.txt', () => Buffer.from(seed.replace('重庆', '重庆 ')), null],
  ['中文名称.txt', () => Buffer.from(seed.replace('重庆', ' 重庆')), null],
  ['big5-long.txt', () => iconv.encode(`標題\n${traditional.repeat(3000)}`, 'big5'), null],
  ['utf16-no-bom.txt', () => Buffer.from(`标题\n${'重庆市开展主题教育。'.repeat(50)}`, 'utf16le'), null],
  ['broken.html', () => Buffer.from('标题\n<div><span>重庆市制定了《实施方案》<div><p 市委指导组到北碚区调研</span'), null],
  ['long-line.txt', () => Buffer.from(`标题\n${'重庆市开展活动指导组'.repeat(170_000)}`), null],
  ['empty.txt', () => Buffer.alloc(0), /empty file/],
  ['binary.txt', () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), Buffer.alloc(2000, 0)]), /binary/],
  ['nul-inside.txt', () => Buffer.concat([Buffer.from(seed.slice(0, 300)), Buffer.from([0, 0, 0]), Buffer.from(seed.slice(300, 600))]), /binary/],
  ['fifty-mb.txt', () => Buffer.alloc(50 * 1024 * 1024, '重庆市开展活动。'), /too large \(50\.0 MiB/],
  ['picture.png', () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), /skipped: not a report file \(\.png/],
  ['paper.pdf', () => Buffer.from('%PDF-1.4\n'), /skipped: not a report file \(\.pdf/],
];

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bad-'));
  for (const [name, make] of CASES) {
    const bytes = make();
    if (bytes !== null) fs.writeFileSync(path.join(dir, name), bytes);
  }
  fs.mkdirSync(path.join(dir, 'nested'));
  fs.symlinkSync('..', path.join(dir, 'nested', 'loop'));
  fs.symlinkSync('self-b.txt', path.join(dir, 'self-a.txt'));
  fs.symlinkSync('self-a.txt', path.join(dir, 'self-b.txt'));
  const res = spawnSync(process.execPath, [path.join(root, 'cli', 'kg.mjs'), 'extract', dir, path.join(dir, 'missing.txt'), '--', path.join(dir, '-leading-dash.txt')], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: 180_000,
  });
  out = { status: res.status, stdout: res.stdout, stderr: res.stderr };
  graph = KnowledgeGraph.parse(JSON.parse(out.stdout));
}, 200_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const lineFor = (file: string): string[] => out.stderr.split('\n').filter((l) => l.startsWith(`kg: ${file}:`));

describe('kg extract on a folder of bad input', () => {
  it('exits 1 and still prints a valid graph', () => {
    expect(out.status).toBe(1);
    expect(graph.documents.length).toBeGreaterThanOrEqual(5);
  });

  it.each(CASES.filter(([, , why]) => why !== null))('reports %s in one line with its reason', (name, _make, why) => {
    const lines = lineFor(path.join(dir, name));
    expect(lines, out.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(why as RegExp);
  });

  it.each(CASES.filter(([, , why]) => why === null))('extracts %s', (name) => {
    expect(graph.documents.map((d) => path.basename(d.path))).toContain(name);
    expect(lineFor(path.join(dir, name))).toEqual([]);
  });

  it('reads the Big5 document to Simplified text with its entities', () => {
    const doc = graph.documents.find((d) => d.path.endsWith('big5-long.txt'));
    expect(doc?.encoding).toBe('big5');
    expect(doc?.text).toContain('重庆市委指导组深入北碚区调研指导');
    const names = new Set(graph.entities.map((e) => e.name));
    expect(names.has('北碚区')).toBe(true);
  });

  it('names a missing path, a symbolic link loop and a link back to a folder above', () => {
    expect(lineFor(path.join(dir, 'missing.txt'))[0]).toMatch(/no such file or folder/);
    expect(lineFor(path.join(dir, 'self-a.txt'))[0]).toMatch(/symbolic link loop/);
    expect(lineFor(path.join(dir, 'nested', 'loop'))[0]).toMatch(/symbolic link loop \(leads back to/);
  });
});
