import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimes } from '../../src/nlp/time/index.ts';

const values = (text: string, reference: string) => findTimes(text, { date: reference }).map((t) => `${t.text}=${t.value}`);

test('a bare day or month in a paragraph about another year takes that year, not the publication year', () => {
  assert.deepEqual(values('In 2016, the group met. On July 22 that year, it broke up. Oct. 7 brought the leak.', '2019-03-01'), [
    '2016=2016', 'July 22=2016-07-22', 'that year=2016', 'Oct. 7=2016-10-07',
  ]);
});

test('between June and July 2016: the stated year covers both months', () => {
  assert.deepEqual(values('They spoke between June and July 2016 about it.', '2019-03-01'), ['June=2016-06', 'July 2016=2016-07']);
});

test('the frame ends at the paragraph, and a date counted from today ends it too', () => {
  assert.deepEqual(values('Republicans won the House in 2010.\n\nThe plan was approved in March.', '2012-08-14'), ['2010=2010', 'March=2012-03']);
  assert.deepEqual(values('In 2010 they won. On Tuesday the campaign said the plan passed in March.', '2012-08-14'), [
    '2010=2010', 'Tuesday=2012-08-14', 'March=2012-03',
  ]);
});

test('"the day before", "two years prior" count from the date the story last named', () => {
  assert.deepEqual(values('The cable of Aug. 16, 2012 summarized a meeting the day before by the mission.', '2013-01-24'), [
    'Aug. 16, 2012=2012-08-16', 'the day before=2012-08-15',
  ]);
  assert.deepEqual(values('In 2010 the attack worked. Two years prior, Obama used the same words.', '2012-08-14'), ['2010=2010', 'Two years prior=2008']);
});

test('negative: "the day before the vote" counts from an event we cannot date; "the budget plan" is no future cue', () => {
  assert.deepEqual(values('He spoke the day before the vote.', '2012-08-14'), []);
  assert.deepEqual(values('The House approved the Ryan budget plan on March 29 by a vote of 228 to 191.', '2012-08-14'), ['March 29=2012-03-29']);
});

test('a weekday right after a past reporting verb and its object is when it was said, not the coming one', () => {
  // basil-dev, Fox 2012-08-15 (a Wednesday), with the reported clause made forward-looking ("would").
  assert.deepEqual(values('Ryan told Fox News on Tuesday he would win on Medicare.', '2012-08-15'), ['Tuesday=2012-08-14']);
  assert.deepEqual(values('Josh Earnest told reporters late on Monday that he would not comment.', '2014-12-02'), ['Monday=2014-12-01']);
  // Negative: the reporting verb's object is the subject of a forward clause, so the weekday is ahead.
  assert.deepEqual(values('Officials said talks on Friday would focus on trade.', '2012-08-15'), ['Friday=2012-08-17']);
});

test('"since being named Saturday" looks back like "since Saturday"', () => {
  // basil-dev, Fox 2012-08-15.
  assert.deepEqual(
    values('Ryan, in his first one-on-one interview since being named Saturday as Mitt Romney’s running mate, told Fox News on Tuesday he thinks Medicare can be a winning issue.', '2012-08-15'),
    ['Saturday=2012-08-11', 'Tuesday=2012-08-14'],
  );
});

test('"since January" is behind the reference even when January is only weeks ahead', () => {
  // basil-dev, NYT 2014-12-18.
  assert.deepEqual(values('Colorado has raised more than $60 million in taxes, licenses and fees from medical and recreational marijuana, which has been sold in stores since January.', '2014-12-18'), ['January=2014-01']);
});

test('"in advance of" a weekday points ahead; "went ahead" does not', () => {
  // basil-dev, NYT 2012-04-24 (a Tuesday).
  assert.deepEqual(values('The latest criticism comes in a letter released Tuesday and signed by nearly 90 faculty members and priests at Georgetown, in advance of Mr. Ryan’s visit there on Thursday.', '2012-04-24'), ['Tuesday=2012-04-24', 'Thursday=2012-04-26']);
  assert.deepEqual(values('The vote went ahead on Monday.', '2012-04-25'), ['Monday=2012-04-23']);
});

test('"since 1997" does not make a later bare month part of 1997', () => {
  // basil-dev, Fox 2010-06-14.
  assert.deepEqual(values("Etheridge, who has represented North Carolina's 2nd Congressional District since 1997, is running for re-election against Republican Renee Ellmers, a registered nurse, in November.", '2010-06-14'), ['1997=1997', 'November=2010-11']);
  // Negative: a year stated plainly still frames its paragraph.
  assert.deepEqual(values('In 1997, he won the seat. He took office in November.', '2010-06-14'), ['1997=1997', 'November=1997-11']);
});

test('negative: a day and month that name a group ("the 17 February Brigade") are not a date', () => {
  // basil-dev, Fox 2013-05-15.
  assert.deepEqual(values('The cable also warned that the 17 February Brigade, the group charged with protecting the consulate, appeared to be compromised.', '2013-05-15'), []);
  assert.deepEqual(values('Protesters of the April 6 Youth Movement marched on April 6.', '2013-05-15'), ['April 6=2013-04-06']);
});

test('a past event verb right before a month dates something that happened, even a month only weeks ahead', () => {
  // basil-dev, NYT 2014-12-18.
  assert.deepEqual(values('Sheriffs have complained that they have seen more marijuana entering their towns since recreational sales began in January.', '2014-12-18'), ['January=2014-01']);
  // Negative: a reporting verb's complement can still be scheduled.
  assert.deepEqual(values('Officials said the assembly opens in January.', '2014-12-18'), ['January=2015-01']);
});

test('"until a special election in June" points ahead of a past clause; a bare "until June" does not', () => {
  // basil-dev, HuffPost 2013-01-30 (a labelled date).
  assert.deepEqual(values('Deval Patrick on Wednesday picked a former chief of staff to fill the open seat until a special election in June.', '2013-01-30'), ['Wednesday=2013-01-30', 'June=2013-06']);
  assert.deepEqual(values('He served in the post until June.', '2013-01-30'), ['June=2012-06']);
});
