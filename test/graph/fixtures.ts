// Hand-made graphs for the graph tests: facts from the seed reports, with documents whose text holds every sentence.
import { KnowledgeGraph, type Entity, type EntityType, type KnowledgeGraph as Graph, type Relation, type RelationType } from '../../schema/graph.ts';

interface DocSpec {
  id: string;
  path: string;
  title: string;
  source?: string;
  publishedAt?: string;
}

/** Builds a valid graph: facts name entities by name, sentences are appended to their document's text. */
export class GraphBuilder {
  private readonly docs = new Map<string, DocSpec & { text: string }>();
  private readonly entities = new Map<string, Entity>();
  private readonly relations = new Map<string, Relation>();

  doc(spec: DocSpec): this {
    this.docs.set(spec.id, { ...spec, text: '' });
    return this;
  }

  entity(type: EntityType, name: string, extra: Partial<Pick<Entity, 'aliases' | 'code' | 'level' | 'count'>> & { key?: string } = {}): string {
    const id = `${type}:${extra.key ?? name}`;
    const e: Entity = { id, type, name, aliases: extra.aliases ?? [] };
    if (extra.code !== undefined) e.code = extra.code;
    if (extra.level !== undefined) e.level = extra.level;
    if (extra.count !== undefined) e.count = extra.count;
    this.entities.set(id, e);
    return id;
  }

  /** A fact read from `sentence` in `docId`; the same (type, source, target) again adds evidence. */
  fact(type: RelationType, source: string, target: string, docId: string, sentence: string, opts: { rule?: string; count?: number } = {}): this {
    const doc = this.docs.get(docId);
    if (doc === undefined) throw new Error(`no document ${docId}`);
    let start = doc.text.indexOf(sentence);
    if (start < 0) {
      start = doc.text.length;
      doc.text += sentence;
    }
    const rule = opts.rule ?? `${type.toLowerCase()}.test`;
    const key = `${type}|${source}|${target}`;
    const rel = this.relations.get(key) ?? { type, source, target, rule, evidence: [] };
    if (opts.count !== undefined) rel.count = opts.count;
    rel.evidence.push({ docId, sentence, start, end: start + sentence.length, rule });
    this.relations.set(key, rel);
    return this;
  }

  /** The gazetteer's chain edge: no sentence. */
  partOf(child: string, parent: string): this {
    const key = `PART_OF|${child}|${parent}`;
    if (!this.relations.has(key)) this.relations.set(key, { type: 'PART_OF', source: child, target: parent, rule: 'gazetteer', evidence: [] });
    return this;
  }

  build(): Graph {
    const graph: Graph = {
      documents: [...this.docs.values()].map((d) => ({ ...d, script: 'simplified' as const, encoding: 'utf-8' })),
      entities: [...this.entities.values()],
      relations: [...this.relations.values()],
    };
    // Fixtures must satisfy the same contract as the extractor's output.
    return KnowledgeGraph.parse(graph);
  }
}

export const DOC_A = 'doc-a-0fd3775d';
export const DOC_B = 'doc-b-b2c1e0aa';
export const DOC_B2 = 'doc-b-changed-77e1';
export const DOC_C = 'doc-c-9a4f11d2';

/**
 * Three reports: A (several provinces), B (重庆), C (天津, 河北, 山东). `changedB` gives B's next version: same
 * path, new content hash, one measure dropped, the shared 北碚区 → 重庆市 fact kept.
 */
export function seedLikeGraph(opts: { changedB?: boolean } = {}): Graph {
  const g = new GraphBuilder();
  const docB = opts.changedB === true ? DOC_B2 : DOC_B;
  g.doc({ id: DOC_A, path: 'seeds/000_a.txt', title: '第二批主题教育扎实开局', source: '人民日报', publishedAt: '2023-10-27' });
  g.doc({ id: docB, path: 'seeds/003_b.txt', title: '重庆深入推进学习教育', source: '新华社', publishedAt: '2025-06-20' });
  g.doc({ id: DOC_C, path: 'seeds/004_c.txt', title: '以严的基调推进专项整治', publishedAt: '2024-03-02' });

  const sichuan = g.entity('Region', '四川省', { aliases: ['四川'], code: '510000', level: 'province' });
  const yibin = g.entity('Region', '宜宾市', { aliases: ['宜宾'], code: '511500', level: 'prefecture' });
  const xingwen = g.entity('Region', '兴文县', { code: '511528', level: 'county' });
  const nanchong = g.entity('Region', '南充市', { aliases: ['南充'], code: '511300', level: 'prefecture' });
  const guizhou = g.entity('Region', '贵州省', { aliases: ['贵州'], code: '520000', level: 'province' });
  const qiannan = g.entity('Region', '黔南布依族苗族自治州', { aliases: ['黔南州'], code: '522700', level: 'prefecture' });
  const yunnan = g.entity('Region', '云南省', { aliases: ['云南'], code: '530000', level: 'province' });
  const chongqing = g.entity('Region', '重庆市', { aliases: ['重庆'], code: '500000', level: 'province' });
  const beibei = g.entity('Region', '北碚区', { code: '500109', level: 'county' });
  const tianjin = g.entity('Region', '天津市', { aliases: ['天津'], code: '120000', level: 'province' });
  const hebei = g.entity('Region', '河北省', { aliases: ['河北'], code: '130000', level: 'province' });
  const shandong = g.entity('Region', '山东省', { aliases: ['山东'], code: '370000', level: 'province' });

  const ynGroup = g.entity('Group', '省委指导组', { key: '云南省/省委指导组', aliases: ['指导组'] });
  const gzGroup = g.entity('Group', '巡回指导组', { key: '贵州省/巡回指导组' });
  const cqGroup = g.entity('Group', '市委督导组', { key: '重庆市/市委督导组', aliases: ['督导组'] });
  const cqSurvey = g.entity('Group', '调研组', { key: '重庆市/调研组' });
  const tjGroup = g.entity('Group', '暗访组', { key: '天津市/暗访组' });
  const sdGroup = g.entity('Group', '指导组', { key: '山东省/指导组' });

  const universities = g.entity('Unit', '驻昆24所高校', { count: 24 });
  const districts = g.entity('Unit', '22个区县和单位', { count: 22 });

  const m = (name: string): string => g.entity('Measure', name);

  // Document A
  g.fact('ESTABLISHED', yunnan, ynGroup, DOC_A, '云南省组建21个省委指导组，对16个州（市）和驻昆24所高校开展指导。', { count: 21 });
  g.fact('SUPERVISES', ynGroup, universities, DOC_A, '云南省组建21个省委指导组，对16个州（市）和驻昆24所高校开展指导。');
  g.fact('LAUNCHED', yunnan, m('《第二批主题教育省委指导组组建方案》'), DOC_A, '云南省制定《第二批主题教育省委指导组组建方案》。');
  g.fact('ESTABLISHED', guizhou, gzGroup, DOC_A, '贵州省共派出1225个巡回指导组。', { count: 1225 });
  g.fact('PART_OF', xingwen, yibin, DOC_A, '四川省宜宾市兴文县开设14个流动课堂。', { rule: 'part-of.written-together' });
  g.fact('LAUNCHED', xingwen, m('14个流动课堂'), DOC_A, '四川省宜宾市兴文县开设14个流动课堂。', { count: 14 });
  g.fact('LAUNCHED', sichuan, m('集中学习研讨班'), DOC_A, '四川省举办集中学习研讨班。');
  g.fact('LAUNCHED', nanchong, m('“三难三乱”和“三公经费”专项整治'), DOC_A, '南充市开展“三难三乱”和“三公经费”专项整治。');
  g.fact('PART_OF', qiannan, guizhou, DOC_A, '贵州省黔南州开展拖欠农民工工资问题专项整治。', { rule: 'part-of.written-together' });
  g.fact('LAUNCHED', qiannan, m('拖欠农民工工资问题专项整治'), DOC_A, '贵州省黔南州开展拖欠农民工工资问题专项整治。');
  g.fact('PART_OF', beibei, chongqing, DOC_A, '在重庆市北碚区，党员干部开展“担当作为”专题学习研讨。', { rule: 'part-of.written-together' });
  g.fact('LAUNCHED', beibei, m('“担当作为”专题学习研讨'), DOC_A, '在重庆市北碚区，党员干部开展“担当作为”专题学习研讨。');
  g.fact('LAUNCHED', chongqing, m('三个具体工作方案'), DOC_A, '重庆市专门制定了三个具体工作方案。', { count: 3 });

  // Document B (重庆); the 北碚区 → 重庆市 fact is shared with A.
  g.fact('PART_OF', beibei, chongqing, docB, '重庆市北碚区设立“企业家接待日”。', { rule: 'part-of.written-together' });
  g.fact('LAUNCHED', beibei, m('“企业家接待日”'), docB, '重庆市北碚区设立“企业家接待日”。');
  g.fact('ESTABLISHED', chongqing, cqGroup, docB, '重庆市派出6个市委督导组，对22个区县和单位开展督导。', { count: 6 });
  g.fact('SUPERVISES', cqGroup, districts, docB, '重庆市派出6个市委督导组，对22个区县和单位开展督导。');
  g.fact('ESTABLISHED', chongqing, cqSurvey, docB, '重庆市成立3个调研组。', { count: 3 });
  g.fact('LAUNCHED', chongqing, m('读书班'), docB, '重庆市举办读书班。');
  if (opts.changedB !== true) g.fact('LAUNCHED', chongqing, m('负面清单'), docB, '重庆市制定负面清单。');
  else g.fact('LAUNCHED', chongqing, m('工作事项清单'), docB, '重庆市制定工作事项清单。');

  // Document C
  g.fact('LAUNCHED', tianjin, m('专项整治'), DOC_C, '天津市开展10个方面专项整治。', { count: 10 });
  g.fact('ESTABLISHED', tianjin, tjGroup, DOC_C, '天津市成立暗访组，随机暗访6次。');
  g.fact('LAUNCHED', hebei, m('“10+N”个专项整治'), DOC_C, '河北省部署“10+N”个专项整治。');
  g.fact('ESTABLISHED', shandong, sdGroup, DOC_C, '山东省派出16个指导组。', { count: 16 });
  g.fact('SUPERVISES', sdGroup, shandong, DOC_C, '山东省派出16个指导组，深入山东省各地督导。');

  // The gazetteer's chain: every region mentioned gets its ancestors.
  g.partOf(yibin, sichuan).partOf(nanchong, sichuan);
  return g.build();
}

/** Entity names for ids, sorted: how tests compare sets of entities. */
export function namesOf(graph: Graph, ids: Iterable<string>): string[] {
  const byId = new Map(graph.entities.map((e) => [e.id, e.name]));
  return [...ids].map((id) => byId.get(id) ?? id).sort();
}
