// L2-regularised logistic regression over named binary features, in plain TypeScript: full-batch gradient
// descent from zero weights for a fixed number of steps, so the same data always gives the same weights.

export interface Example {
  features: readonly string[];
  label: 0 | 1;
}

export interface TrainOptions {
  iterations: number;
  learningRate: number;
  /** L2 penalty on every weight but the bias. */
  l2: number;
  /** Features seen in fewer training examples are dropped (they would only memorise). */
  minCount: number;
}

export const DEFAULT_OPTIONS: TrainOptions = { iterations: 1500, learningRate: 0.5, l2: 0.001, minCount: 2 };

export interface LogisticModel {
  /** Feature name → weight; a feature not listed weighs nothing. */
  weights: Record<string, number>;
}

const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

export function train(examples: readonly Example[], opts: TrainOptions = DEFAULT_OPTIONS): LogisticModel {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts].filter(([, n]) => n >= opts.minCount).map(([f]) => f).sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const rows = examples.map((e) => [...new Set(e.features.flatMap((f) => index.get(f) ?? []))]);
  const w = new Float64Array(names.length);
  const grad = new Float64Array(names.length);
  const bias = index.get('bias');
  const n = Math.max(1, examples.length);
  for (let it = 0; it < opts.iterations; it++) {
    grad.fill(0);
    rows.forEach((row, i) => {
      let z = 0;
      for (const j of row) z += w[j] as number;
      const err = sigmoid(z) - (examples[i] as Example).label;
      for (const j of row) grad[j] = (grad[j] as number) + err;
    });
    for (let j = 0; j < w.length; j++) {
      const penalty = j === bias ? 0 : opts.l2 * (w[j] as number);
      w[j] = (w[j] as number) - opts.learningRate * ((grad[j] as number) / n + penalty);
    }
  }
  const weights: Record<string, number> = {};
  names.forEach((f, j) => {
    weights[f] = Math.round((w[j] as number) * 1e6) / 1e6;
  });
  return { weights };
}

export function probability(model: LogisticModel, features: readonly string[]): number {
  let z = 0;
  for (const f of new Set(features)) z += model.weights[f] ?? 0;
  return sigmoid(z);
}
