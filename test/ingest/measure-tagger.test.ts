// The measure tagger (issue #12, a second approach beside the rules): its decoding, its training, what it adds to
// the extractor beside the rules and the LAUNCHED filter, and that its committed weights are what training on the
// dev part of the corpus makes.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../ingest/extract/extract-document.ts';
import { decode, modelScorer, namedFeatureScores, readTaggerModel, spansOf, wordFeatures, type Label } from '../../ingest/extract/classifier/measure-tagger.ts';
import { loadTaggerSplit, trainedTaggerWeights } from '../../ingest/extract/classifier/measure-tagger-training.ts';
import { trainPerceptron } from '../../ingest/extract/classifier/perceptron.ts';
import { LAUNCHED_TAGGER_RULE, TAGGER_WEIGHTS_FILE } from '../../ingest/extract/classifier/tagged-launches.ts';
import { tokenize } from '../../ingest/segment/segmenter.ts';

const scores = (features: string[][], weights: Record<string, number>) => namedFeatureScores(features, (k) => weights[k] ?? 0);

const launched = (text: string, rulesOnly = false) =>
  extractDocument('d', text, {}, rulesOnly ? {} : undefined)
    .filter((f) => f.type === 'LAUNCHED')
    .map((f) => `${f.source.name} -> ${f.target.name} (${f.rule})`);

describe('measure tagger: decoding and training', () => {
  it('never puts I after O or first, whatever the words weigh', () => {
    const features = [['w=a'], ['w=b'], ['w=c']];
    // Each word on its own would be I; a name must begin with B.
    const labels = decode(scores(features, { 'I:w=a': 5, 'I:w=b': 5, 'O:w=c': 5 }));
    expect(labels[0]).not.toBe('I');
    expect(labels).toEqual(['B', 'I', 'O']);
  });

  it('reads a name as a B and the I words after it, in sentence offsets', () => {
    const text = '县里建立整改台账。';
    const tokens = tokenize(text);
    const labels: Label[] = tokens.map((t) => (t.word === '整改' ? 'B' : t.word === '台账' ? 'I' : 'O'));
    expect(spansOf(text, tokens, labels)).toEqual([{ start: 4, end: 8, text: '整改台账' }]);
  });

  it('reads a weights file, and names the file and the problem when it is not one', () => {
    expect(readTaggerModel('{"weights":{"B:w=台账":3}}', 'w.json').weights).toEqual({ 'B:w=台账': 3 });
    expect(() => readTaggerModel('{"weights":{"B:w=台账":"3"}}', 'w.json')).toThrow(/w\.json: weight "B:w=台账" is not a number/);
    expect(() => readTaggerModel('{"threshold":1}', 'w.json')).toThrow(/w\.json: no "weights" object/);
  });

  it('learns labelled sentences back, and the same sentences always give the same weights', () => {
    const sentences = ['县里建立整改台账。', '镇里推行积分制度。', '村里组织义诊活动。'].map((text) => {
      const tokens = tokenize(text);
      const heads = new Set(['整改', '积分', '义诊']);
      const labels: Label[] = tokens.map((t, i) => (heads.has(t.word) ? 'B' : i > 0 && heads.has(tokens[i - 1]?.word ?? '') ? 'I' : 'O'));
      return { text, tokens, features: wordFeatures(tokens), labels };
    });
    const model = trainPerceptron(sentences, { epochs: 5, minCount: 1 });
    for (const s of sentences) {
      expect(decode(scores(s.features, model.weights))).toEqual(s.labels);
      // The committed model's scorer, indexed by template, reads the same labels as the weights by name.
      expect(decode(modelScorer(model).score(s.tokens))).toEqual(s.labels);
    }
    expect(trainPerceptron(sentences, { epochs: 5, minCount: 1 })).toEqual(model);
  });
});

describe('measure tagger in the extractor', () => {
  it('reads a measure no rule reads, naming the tagger as the rule, with the launcher the rules read', () => {
    const text = '沁源县委梳理出检视问题清单、整改落实清单和制度建设清单“三张清单”，每一项整改任务都明确责任领导和完成时限。';
    expect(launched(text, true)).not.toContainEqual(expect.stringContaining('“三张清单”'));
    expect(launched(text)).toContain(`沁源县 -> “三张清单” (${LAUNCHED_TAGGER_RULE})`);
  });

  it('leaves what the rules read to the rules', () => {
    const text = '沁源县委研究制定《沁源县第二批主题教育实施方案》，建立问题清单和整改台账。';
    const rules = launched(text, true);
    expect(rules.length).toBeGreaterThan(0);
    expect(launched(text).filter((x) => x.includes(LAUNCHED_TAGGER_RULE))).toEqual([]);
  });

  it('adds nothing where no region or unit launches', () => {
    expect(launched('“三张清单”逐条落到司局，一项一项落实责任人。').filter((x) => x.includes(LAUNCHED_TAGGER_RULE))).toEqual([]);
  });

  it('has committed weights that training on the dev part reproduces exactly', async () => {
    const dev = await loadTaggerSplit('dev');
    expect(dev.length).toBeGreaterThanOrEqual(60);
    const digest = (s: string) => crypto.createHash('sha256').update(s).digest('hex');
    // After the corpus's dev part changes, regenerate with: node cli/run-ts.mjs ingest/extract/classifier/train-measure-tagger.ts
    expect(digest(trainedTaggerWeights(dev)), 'measure-tagger-weights.json is stale: rerun train-measure-tagger.ts').toBe(
      digest(fs.readFileSync(TAGGER_WEIGHTS_FILE, 'utf8')),
    );
  }, 300_000);
});
