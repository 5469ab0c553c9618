import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/**
 * Prints one plain closing line, "e2e: N passed, N failed, N skipped", after the list reporter,
 * so a reader (or CI log scanner) sees the outcome in a fixed form. Counts each test once, by
 * its final outcome.
 */
export default class SummaryReporter implements Reporter {
  private readonly outcomes = new Map<string, { title: string; status: string }>();

  onTestEnd(test: TestCase, result: TestResult) {
    // The last attempt wins: a test that passed on retry counts as passed.
    this.outcomes.set(test.id, { title: test.titlePath().join(' › '), status: result.status });
  }

  onEnd(result: FullResult) {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const { status } of this.outcomes.values()) {
      if (status === 'passed') passed += 1;
      else if (status === 'skipped') skipped += 1;
      else failed += 1;
    }
    // A run that ended before any test (config error, web server failure) is a failure too.
    if (result.status !== 'passed' && failed === 0) failed = 1;
    console.log(`e2e: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  }

  printsToStdio() {
    return false;
  }
}
