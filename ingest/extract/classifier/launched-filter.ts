// The learned LAUNCHED filter as the extractor runs it: after the rules of a clause, each object of a launch verb
// they left unread is kept as a measure when the committed model (launched-weights.json, made from the dev part
// of the corpus by train-launched.ts) gives it at least the threshold chosen there. What it adds names
// `launched.classifier` as its rule.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { ClauseView, Found } from '../sentence-view.ts';
import { launchedFeatures } from './launched-features.ts';
import { launchedFindings, unreadObjects } from './launched-objects.ts';
import { probability, type LogisticModel } from './logistic.ts';

export const LAUNCHED_CLASSIFIER_RULE = 'launched.classifier';
/** The sentence the filter was measured for: 开通 with a headless object (dev document w5-005). */
export const LAUNCHED_CLASSIFIER_EXAMPLE = '乳源瑶族自治县…开通远程会诊';

export const WEIGHTS_FILE = path.join(import.meta.dirname, 'launched-weights.json');

const Weights = z.object({ threshold: z.number().min(0).max(1), weights: z.record(z.string(), z.number()) });

let model: (LogisticModel & { threshold: number }) | undefined;
function loaded(): LogisticModel & { threshold: number } {
  model ??= Weights.parse(JSON.parse(fs.readFileSync(WEIGHTS_FILE, 'utf8')));
  return model;
}

export function learnedLaunches(c: ClauseView, found: readonly Found[]): Found[] {
  const m = loaded();
  return unreadObjects(c, found)
    .filter((o) => probability(m, launchedFeatures(o)) >= m.threshold)
    .flatMap((o) => launchedFindings(o, LAUNCHED_CLASSIFIER_RULE));
}
