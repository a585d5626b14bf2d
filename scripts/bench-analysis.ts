// `npm run bench:analysis`: CPU time of the analysis alone per synthetic article (lib/bench/analysis-cpu.ts).
import os from 'node:os';
import { parseArgs } from 'node:util';
import { measureAnalysisCpu } from '@/lib/bench/analysis-cpu';

const HELP = `CPU time of analyzeArticle per article, on the synthetic corpus (no parsing, no database).

Usage: npm run bench:analysis -- [options]

  --articles N   synthetic articles analysed per repeat (default 2000)
  --repeats R    repeats; the median is reported (default 5)
  --seed S       corpus seed (default 1)
  --compare      also time the reference implementation (lib/analysis/reference), alternating
  --json         print the result as JSON`;

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    repeats: { type: 'string', default: '5' },
    seed: { type: 'string', default: '1' },
    compare: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const load0 = os.loadavg();
const r = measureAnalysisCpu(
  { articles: Number(values.articles), repeats: Number(values.repeats), seed: Number(values.seed), compare: values.compare! },
  values.json ? () => {} : (l) => console.log(`bench:analysis: ${l}`),
);
const load1 = os.loadavg();
if (values.json) console.log(JSON.stringify({ ...r, load: [load0, load1] }));
else {
  const f = (x: number) => x.toFixed(3);
  console.log(`bench:analysis: ${r.articles} articles (${Math.round(r.words / r.articles)} body words each on average), seed ${r.seed}, ${r.repeats} repeats; load ${load0.map((x) => x.toFixed(1)).join('/')} → ${load1.map((x) => x.toFixed(1)).join('/')}`);
  console.log(`bench:analysis: median ${f(r.current.median)} ms CPU per article (runs ${r.current.runs.map(f).join(', ')})`);
  if (r.reference) console.log(`bench:analysis: reference (one regular expression per cue list) median ${f(r.reference.median)} ms (runs ${r.reference.runs.map(f).join(', ')})`);
}
