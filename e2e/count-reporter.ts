// Writes the end-to-end totals where .ci/run can add them up (Playwright's own summary line
// is not read by CI).

import { mkdirSync, writeFileSync } from 'node:fs';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class CountReporter implements Reporter {
  private passed = 0;
  private failed = 0;

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status === 'skipped') return;
    if (result.retry < test.retries && result.status !== 'passed') return;
    if (result.status === 'passed') this.passed++;
    else this.failed++;
  }

  onEnd(_result: FullResult): void {
    mkdirSync('test-reports', { recursive: true });
    writeFileSync(
      'test-reports/e2e-counts.json',
      JSON.stringify({ passed: this.passed, failed: this.failed }),
    );
    console.log(`e2e: ${this.passed} passed, ${this.failed} failed`);
  }
}
