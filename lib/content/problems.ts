import type { Problem, Severity } from './schema';

/** A problem found inside one file, before the file's name is attached. */
export type Issue = { line: number; severity: Severity; message: string; kind?: Problem['kind'] };

export function issue(line: number, severity: Severity, message: string): Issue {
  return { line: Math.max(1, line), severity, message };
}

export function inFile(file: string, issues: readonly Issue[]): Problem[] {
  return issues.map((found) => ({ file, ...found }));
}

export function countBySeverity(problems: readonly Problem[]): Record<Severity, number> {
  return {
    error: problems.filter((problem) => problem.severity === 'error').length,
    warning: problems.filter((problem) => problem.severity === 'warning').length,
  };
}

/** Problems in reading order: by file, then line, errors before warnings on the same line. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || a.severity.localeCompare(b.severity),
  );
}

/** One line per problem, as compilers print them: `file:line severity message`. */
export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line} ${problem.severity} ${problem.message}`;
}
