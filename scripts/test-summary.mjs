// Prints `unit: N passed, N failed` from vitest's JSON report, for CI logs.
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2] ?? 'test-results/unit.json', 'utf8'));
console.log(`unit: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
