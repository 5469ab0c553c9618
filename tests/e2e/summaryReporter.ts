import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/**
 * Prints one plain closing line after the list reporter, "e2e: N passed, N failed, N skipped",
 * counting each test once by its last attempt (a test that passed on retry counts as passed).
 */
export default class SummaryReporter implements Reporter {
  private readonly outcomes = new Map<string, TestResult['status']>();

  onTestEnd(test: TestCase, result: TestResult) {
    this.outcomes.set(test.id, result.status);
  }

  onEnd(result: FullResult) {
    let [passed, failed, skipped] = [0, 0, 0];
    for (const status of this.outcomes.values()) {
      if (status === 'passed') passed += 1;
      else if (status === 'skipped') skipped += 1;
      else failed += 1;
    }
    // A run that failed before or around its tests (web server, global error) is not a pass.
    if (result.status !== 'passed' && failed === 0) failed = 1;
    console.log(`e2e: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  }

  printsToStdio() {
    return false;
  }
}
