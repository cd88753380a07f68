import { describe, expect, it } from 'vitest';
import { clauseAround } from '../../src/engine/clause';

/** The clause around the first occurrence of `words` in `sentence`, as text. */
const clauseOf = (sentence: string, words: string) => {
  const start = sentence.indexOf(words);
  const span = clauseAround(sentence, { start, end: start + words.length });
  return sentence.slice(span.start, span.end);
};

describe('clauseAround', () => {
  it('stretches to the whole clause, without the final punctuation', () => {
    expect(clauseOf('A rough semester is not that bad.', 'not that bad')).toBe('A rough semester is not that bad');
    expect(clauseOf('You are overreacting here!!', 'overreacting')).toBe('You are overreacting here');
  });

  it('stops at commas, semicolons, dashes and joining words', () => {
    expect(clauseOf('It was a 24 hour mute, it is not that bad.', 'not that bad')).toBe('it is not that bad');
    expect(clauseOf('I hear you but you gotta move on at some point', 'move on')).toBe('you gotta move on at some point');
    expect(clauseOf('Just calm down and tell me what happened.', 'calm down')).toBe('Just calm down');
    expect(clauseOf('ok; others have it worse than you - you know', 'others have it worse')).toBe('others have it worse than you');
  });

  it('never narrows the flagged words, even when they hold a joining word', () => {
    expect(clauseOf('Calm down and relax, please.', 'Calm down and relax')).toBe('Calm down and relax');
  });

  it('keeps the flagged words alone when the clause quotes someone or is long', () => {
    expect(clauseOf('He said "get over it" to me', 'get over it')).toBe('get over it');
    const long = 'Honestly you need to get over it because in a few months nobody at work or at home or anywhere will even remember';
    expect(clauseOf(long, 'get over it')).toBe('you need to get over it');
    const longer = 'Honestly you need to get over it since in a few months nobody at work or at home or anywhere will even remember';
    expect(clauseOf(longer, 'get over it')).toBe('get over it');
  });

  it('leaves openers and emoji outside the clause', () => {
    expect(clauseOf('lol relax its just a game', 'just a game')).toBe('relax its just a game');
    expect(clauseOf("I'm so sorry about your dog 💔 at least you had years together", 'at least')).toBe('at least you had years together');
  });

  it("never reaches into another finding's words", () => {
    const sentence = "you're being dramatic it's just a breakup";
    const span = { start: sentence.indexOf('just'), end: sentence.length };
    const other = { start: 0, end: "you're being dramatic".length };
    expect(sentence.slice(clauseAround(sentence, span, [other]).start)).toBe("it's just a breakup");
  });

  it('keeps "so" and contractions inside the clause', () => {
    expect(clauseOf("you're so dramatic about it", 'dramatic')).toBe("you're so dramatic about it");
  });
});
