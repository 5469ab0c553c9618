// Checks the facts in src/data (npm run check:data): every citation resolves, dates are valid and
// ordered, ids are unique, doubts name their contested point, and the rest of the rules in
// scripts/data-checks/. Prints each problem in plain words and exits non-zero if there is any.
// The checks are TypeScript importing the data as the app does, so Vite loads them.
import { createServer } from 'vite';

const vite = await createServer({
  appType: 'custom',
  logLevel: 'error',
  server: { middlewareMode: true, hmr: false, ws: false },
});
let problems;
try {
  const { dataProblems } = await vite.ssrLoadModule('/scripts/data-checks/realData.ts');
  problems = dataProblems();
} finally {
  await vite.close();
}
if (problems.length === 0) {
  console.log('The data passes every check.');
} else {
  console.error(`The data has ${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
  for (const problem of problems) console.error(`- ${problem}`);
  process.exitCode = 1;
}
