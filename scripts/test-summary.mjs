// Prints `unit: N passed, N failed`, the same for the build tests and `e2e` from the JSON reports.
import { existsSync, readFileSync } from 'node:fs';

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

const unit = read('test-results/unit.json');
if (unit) console.log(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed`);

const build = read('test-results/build.json');
if (build) console.log(`build: ${build.numPassedTests} passed, ${build.numFailedTests} failed`);

const e2e = read('test-results/e2e.json');
if (e2e) console.log(`e2e: ${e2e.stats.expected} passed, ${e2e.stats.unexpected} failed`);
