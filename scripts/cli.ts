// npm run data [-- --sources <dir> --out <dir>]
// Converts every disclosure text in a folder and writes the catalog, one JSON per disclosure,
// the validation report and the CSV extracts. The only module that touches the file system.
// Exits 1 when any disclosure failed, after writing everything that could be converted.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { formatIssue } from '../src/domain/issues';
import { convertAll } from './convertAll';
import { readSources } from './sources';
import { buildOutputs, hasErrors } from './write/outputs';

interface Options {
  sources: string;
  out: string;
  quiet: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { sources: 'public/data/sources', out: 'public/data', quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--sources' || arg === '--out') {
      const value = argv[++i];
      if (!value) throw new Error(`${arg} needs a folder`);
      options[arg === '--sources' ? 'sources' : 'out'] = value;
    } else if (arg === '--quiet') options.quiet = true;
    else if (arg === '--help') {
      console.log('usage: npm run data -- [--sources <dir>] [--out <dir>] [--quiet]');
      process.exit(0);
    } else throw new Error(`unknown option ${arg} (try --help)`);
  }
  return options;
}

function main(): number {
  const options = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const files = readSources(options.sources);
  const { converted, failed, issues } = convertAll(files);
  for (const issue of issues) {
    if (issue.severity === 'error' || (issue.severity === 'warning' && !options.quiet))
      console.error(formatIssue(issue));
  }
  if (!options.quiet) {
    for (const d of converted) {
      const failedChecks = d.checks.filter((c) => !c.passed).length;
      console.log(
        `${hasErrors(d) ? '✗' : '✓'} ${d.sourceFile}: ${d.department.name} ${d.year ?? ''} — ${d.tables.length} tables, ${d.functional.length} functional rows, ${d.checks.length} checks (${failedChecks} failed)`,
      );
    }
    for (const f of failed) console.log(`✗ ${f.sourceFile}: not converted`);
  }
  const infos = issues.filter((i) => i.severity === 'info').length;

  const outputs = buildOutputs(converted, failed);
  const out = resolve(options.out);
  for (const generated of ['disclosures', 'checks', 'csv'])
    rmSync(join(out, generated), { recursive: true, force: true });
  for (const [path, content] of outputs) {
    const target = join(out, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }

  const errors = converted.filter(hasErrors).length + failed.length;
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(
    `${files.length} disclosures: ${files.length - errors} converted, ${errors} failed; ${outputs.size} files written to ${options.out} in ${seconds} s` +
      (infos ? ` (${infos} notes in validation.json)` : ''),
  );
  return errors > 0 ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
