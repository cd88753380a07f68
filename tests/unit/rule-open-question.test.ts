// The =open-question transform: closed questions of the shapes the closed-question pack flags come back as
// natural open questions (no yes/no opening but the open request "Can you tell me...", nothing left of a tag).
import { describe, expect, it } from 'vitest';
import { openQuestion } from '../../src/engine/open-question';

const first = (q: string) => openQuestion(q)[0];
const YES_NO = /^(?!can you tell\b)(do|does|did|is|are|was|were|have|has|had|can|could|will|would|should)\b/i;

describe('openQuestion', () => {
  it('drops a tag and opens what it asked to confirm', () => {
    expect(first('So you moved back in with your dad, did you')).toBe('Can you tell me more about that');
    expect(first("You still talk to her, don't you")).toBe('Can you tell me more about that');
    expect(first('so it started after the breakup, is that correct')).toBe('Can you tell me more about that');
    expect(first("You've been drinking more since the move, yep")).toBe('Can you tell me more about that');
  });

  it('opens statements about someone else or the situation', () => {
    expect(first('And she moved out in the spring')).toBe('Can you tell me more about that');
    expect(first("So there's been more arguing since he lost the job")).toBe('Can you tell me more about that');
    expect(first('they were worried about you')).toBe('Can you tell me more about that');
    expect(openQuestion('He’s been gone a lot')[1]).toBe('How has that been for you');
  });

  it('keeps a "so you do" statement whole: a positive tag needs its comma', () => {
    expect(first('So you do')).not.toMatch(YES_NO);
  });

  it('never answers a closed question with another closed one', () => {
    const closed = [
      "Most nights this month, isn't it",
      'Did you sleep at all last night',
      'Is there a pattern to it',
      'Does that happen to you a lot',
      'something changed recently',
      'Were you scared',
      'last night, are you',
      'Would they be okay with it',
    ];
    for (const q of closed) for (const s of openQuestion(q)) expect(s, q).not.toMatch(YES_NO);
  });
});

describe('openQuestion on echo questions', () => {
  it('asks what it was or is like, by the tense of the echo', () => {
    expect(first('did you')).toBe('What was that like');
    expect(first('Oh, you have')).toBe('What has that been like');
    expect(first('are they')).toBe("What's that like for you");
  });
});

describe('openQuestion keeps its rewrites short', () => {
  it('reads a "did X help" subject of a few words only, never "you think ..."', () => {
    expect(first('did the new meds help at all')).toBe('How is it going with the new meds');
    expect(first('Do you think it would be worth seeing if the plan is working')).not.toMatch(/going with you/i);
    expect(first('Is it at home or out after work')).not.toMatch(/going with it/i);
  });

  it('asks for their sense of a reason instead of whether they know it', () => {
    expect(first('do u know why he left')).toBe("What's your sense of why he left");
  });
});

describe('openQuestion on how things have been', () => {
  it('asks how it has been instead of whether it was worse', () => {
    expect(first('has it been harder to sleep')).toBe('How has it been');
    expect(openQuestion('Have things been tense at home')[1]).toBe("What's it been like for you");
  });
});

describe('openQuestion on what changes it and who knows', () => {
  it('asks what moves it instead of whether it is worse', () => {
    expect(first('is it worse at night')).toBe('What makes it better or worse');
    expect(openQuestion('Are things any easier on weekends')[1]).toBe('When is it hardest');
  });

  it('asks what someone knows instead of whether they know', () => {
    expect(first('does he know')).toBe('What does he know about it');
    expect(first('did ur mom know you were struggling')).toBe('What did your mom know about it');
  });
});

describe('openQuestion on what someone else would do', () => {
  it('asks how they think that person would respond', () => {
    expect(first('Would your mom be upset if she found out')).toBe('How do you think your mom would respond');
    expect(first('would ur boss let you take time off')).toBe('How do you think your boss would respond');
    expect(openQuestion('would they give you some time off')[1]).toBe("What's your sense of how it would go");
  });
});

describe('openQuestion on views and likes', () => {
  it('asks for their view instead of their agreement', () => {
    expect(first("do you agree that it's time to stop")).toBe('How do you see it');
  });

  it('asks what a named thing is like for them', () => {
    expect(first('Do you like your new school')).toBe("What's your new school like for you");
    expect(first('do u enjoy ur job')).toBe("What's your job like for you");
  });
});

describe('openQuestion on check-ins', () => {
  it('opens a check-in without its subject', () => {
    expect(first('Feeling any better')).toBe('How are you feeling now');
    expect(first('still feeling down')).toBe('How are you feeling now');
    expect(first('Everything ok')).toBe('How are things today');
    expect(first('you sleeping ok')).toBe('How have you been sleeping');
  });

  it('asks what happened instead of whether something did', () => {
    expect(first('Did something happen')).toBe('What happened');
    expect(first('has anything changed since then')).toBe('What happened');
  });
});

describe('openQuestion on offers to talk', () => {
  it('keeps "about" when the offer names no topic', () => {
    expect(first('do ya wanna talk')).toBe('What would feel helpful to talk about');
    expect(first('Do you want to talk about it')).toBe('What would feel helpful to talk about');
  });
});

describe('openQuestion on "would you say"', () => {
  it('asks them to describe it in their own words', () => {
    expect(first("Would you say you're depressed")).toBe('How would you describe it');
  });
});
