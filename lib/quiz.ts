/* Pure quiz rules: all-or-nothing grading and the keys that choose options. */

export function isCorrect(chosen: readonly string[], answers: readonly string[]): boolean {
  return chosen.length === answers.length && answers.every((letter) => chosen.includes(letter));
}

/** `a`–`f` or `1`–`6` choose that option, if the question has it. */
export function letterForKey(key: string, letters: readonly string[]): string | null {
  const lower = key.toLowerCase();
  const index = /^[1-9]$/.test(lower) ? Number(lower) - 1 : /^[a-z]$/.test(lower) ? lower.charCodeAt(0) - 97 : -1;
  return letters[index] ?? null;
}

/** Radio behaviour for one answer; checkboxes up to `selectCount` for several. */
export function toggleChoice(chosen: readonly string[], letter: string, selectCount: number): string[] {
  if (selectCount === 1) return [letter];
  if (chosen.includes(letter)) return chosen.filter((each) => each !== letter);
  return chosen.length >= selectCount ? [...chosen] : [...chosen, letter].sort();
}

/** A pick that toggleChoice refuses: a new option when the question's count is already chosen. */
export function refusesPick(chosen: readonly string[], letter: string, selectCount: number): boolean {
  return selectCount > 1 && !chosen.includes(letter) && chosen.length >= selectCount;
}

/** The keys a question's hint names: `A–D` and `1–4` for four options. */
export function keyRanges(letters: readonly string[]): { letters: string; numbers: string } {
  return { letters: `${letters[0] ?? 'A'}–${letters.at(-1) ?? 'A'}`, numbers: `1–${letters.length}` };
}

export type OptionState = 'idle' | 'chosen' | 'correct-picked' | 'correct-missed' | 'wrong-picked';

/** How an option shows: chosen while answering; once the answers are known, right or wrong. */
export function optionState(letter: string, chosen: readonly string[], answers: readonly string[] | null): OptionState {
  const picked = chosen.includes(letter);
  if (!answers) return picked ? 'chosen' : 'idle';
  if (answers.includes(letter)) return picked ? 'correct-picked' : 'correct-missed';
  return picked ? 'wrong-picked' : 'idle';
}
