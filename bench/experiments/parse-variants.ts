// Prototype: cheaper compromise parses, with a check that findings/signals stay identical on the corpus.
// Variant "no-postTagger" drops compromise's post-tagger (hundreds of correction patterns run as a sweep)
// from the compute steps nlp() runs; the engine itself is unchanged.
import nlp from 'compromise';
import { analyze } from '../../src/engine';

const key = (texts: string[]) => texts.map((t) => JSON.stringify(analyze(t)));

export function run(texts: string[]) {
  const world = nlp.world() as unknown as { hooks: string[] };
  const hooks = [...world.hooks];
  const time = () => {
    const c0 = process.cpuUsage();
    const out = key(texts);
    const c = process.cpuUsage(c0);
    return { out, cpu_ms: (c.user + c.system) / 1000 };
  };
  time();
  const base = time();
  world.hooks = hooks.filter((h) => !(process.env.DROP ?? 'postTagger').split(',').includes(h));
  time();
  const light = time();
  world.hooks = hooks;
  const diff = base.out.filter((o, i) => o !== light.out[i]).length;
  return {
    hooks,
    messages: texts.length,
    full_cpu_ms: base.cpu_ms,
    no_postTagger_cpu_ms: light.cpu_ms,
    messages_with_different_results: diff,
  };
}
