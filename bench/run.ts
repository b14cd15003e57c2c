/**
 * Runs every benchmark in `bench/` one after another (`npm run bench`), or the ones named:
 *
 *   npm run bench -- usage-aggregation
 *
 * Each benchmark prints its own figures, measured as ratios against a baseline within the same run.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const wanted = process.argv.slice(2);
const benchmarks = readdirSync(here)
  .filter((file) => file.endsWith('.ts') && file !== 'run.ts')
  .map((file) => file.replace(/\.ts$/, ''))
  .filter((name) => wanted.length === 0 || wanted.includes(name));

if (benchmarks.length === 0) {
  console.error(`No benchmark named ${wanted.join(', ')} in bench/`);
  process.exit(2);
}
let failed = 0;
for (const name of benchmarks) {
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', `${here}${name}.ts`], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
