import { describe, expect, it } from 'vitest';
import { answerLetters, selectMarkerCount } from '@/lib/content/question/answer-line';

describe('answerLetters', () => {
  it.each([
    ['B) AWS Batch', ['B']],
    ['E) None of the above', ['E']],
    ['A) & C)', ['A', 'C']],
    ['C, E, F', ['C', 'E', 'F']],
    ['A, D, F) 불용어 제거, 소문자 정규화, 토큰화', ['A', 'D', 'F']],
    ['A) Amazon S3, C) Amazon EMR', ['A', 'C']],
    ['B, C) 250ms 소켓 연결 수락 & 포트 8080 엔드포인트 구현', ['B', 'C']],
    ['Option B', ['B']],
    ['옵션 D) 이유', ['D']],
    ['(B)', ['B']],
    ['A and C', ['A', 'C']],
    ['D', ['D']],
    ['G) Seven', ['G']],
  ])('reads %j as %j', (text, letters) => {
    expect(answerLetters(text)).toEqual(letters);
  });

  it.each([
    ['AWS Glue', 'a service name starting with a capital letter'],
    ['Amazon S3, EMR', 'words only'],
    ['a) lower case', 'a lower-case letter'],
    ['', 'nothing'],
  ])('finds no letter in %j (%s)', (text) => {
    expect(answerLetters(text)).toEqual([]);
  });

  it('never takes letters from the copied option text', () => {
    expect(answerLetters('D) Use a VPN, B tunnels & C gateways')).toEqual(['D']);
  });
});

describe('selectMarkerCount', () => {
  it.each([
    ['Which two? (Select two.)', 2],
    ['(Select 2)', 2],
    ['(SELECT TWO)', 2],
    ['(CHOOSE TWO)', 2],
    ['(Select THREE.)', 3],
    ['(choose 3)', 3],
    ['2개를 선택하세요', 2],
    ['Which service is best?', null],
    ['Select the best option', null],
  ])('reads %j as %j', (stem, count) => {
    expect(selectMarkerCount(stem)).toBe(count);
  });
});
