// The learned LAUNCHED filter (issue #12, second approach): what it adds beside the rules, and that its committed
// weights are what the training script makes from the dev part of the corpus.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../ingest/extract/extract-document.ts';
import { LAUNCHED_CLASSIFIER_RULE, WEIGHTS_FILE } from '../../ingest/extract/classifier/launched-filter.ts';
import { loadSplit, trainedWeights } from '../../ingest/extract/classifier/launched-training.ts';

const launched = (text: string, rulesOnly = false) =>
  extractDocument('d', text, {}, rulesOnly ? {} : undefined)
    .filter((f) => f.type === 'LAUNCHED')
    .map((f) => `${f.source.name} -> ${f.target.name} (${f.rule})`);

describe('learned LAUNCHED filter', () => {
  const hospital = '晴隆县人民医院开通“先诊疗后付费”服务，组建5支巡回医疗队，为慢性病患者建立随访档案，半年来开展义诊4300余人次。';

  // An object the weights keep today: retraining after a rule change may move the threshold (0.7 → 0.8 in round 7
  // dropped 晴隆县人民医院 -> 随访档案), so this example is chosen again from what the filter adds on the dev part.
  const clinic = '西安交通大学召开会议。口腔医院开设周末儿童口腔门诊，方便家长带孩子就诊。';

  it('keeps a headless object the rules leave unread, naming the classifier as its rule', () => {
    expect(launched(clinic, true)).not.toContainEqual(expect.stringContaining('周末儿童口腔门诊'));
    expect(launched(clinic)).toContain(`口腔医院 -> 周末儿童口腔门诊 (${LAUNCHED_CLASSIFIER_RULE})`);
  });

  it('leaves what the rules read to the rules, and adds no group as a measure', () => {
    const withFilter = launched(hospital);
    expect(withFilter).toContain('晴隆县人民医院 -> “先诊疗后付费”服务 (launched.verb-object)');
    expect(withFilter.filter((x) => x.includes(LAUNCHED_CLASSIFIER_RULE) && x.includes('“先诊疗后付费”'))).toEqual([]);
    expect(launched('县委组建5个巡回指导组，对全县18个乡镇开展巡回指导。').filter((x) => x.includes(LAUNCHED_CLASSIFIER_RULE))).toEqual([]);
  });

  it('has committed weights that training on the dev part reproduces exactly', async () => {
    const dev = await loadSplit('dev');
    expect(dev.length).toBeGreaterThanOrEqual(60);
    // After a change to the rules, regenerate with: node cli/run-ts.mjs ingest/extract/classifier/train-launched.ts
    expect(trainedWeights(dev), 'launched-weights.json is stale: rerun train-launched.ts').toBe(fs.readFileSync(WEIGHTS_FILE, 'utf8'));
  }, 300_000);
});
