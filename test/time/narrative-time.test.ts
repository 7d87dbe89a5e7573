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

test('a verb after ", but" heads another clause: "would help ... in November, but admitted" is the coming November', () => {
  // basil-dev, HuffPost 2012-08-21: "admitted" after the comma dated November to the year before.
  assert.deepEqual(values('Akin also claimed he would help Romney and the Republican party in November by soldiering on, but admitted that no senator had called him to ask him to stay in the race.', '2012-08-21'), ['November=2012-11']);
  // Negative: a verb after the expression in its own clause still speaks for it.
  assert.deepEqual(values('The summit in November was cancelled by the hosts.', '2012-08-21'), ['November=2011-11']);
});

test('"ends sometime in December": a present verb of a course of events points ahead', () => {
  // basil-dev, HuffPost 2014-08-20.
  assert.deepEqual(values("But it can't simply be that we have a conversation that begins based on what happened on August 9 and ends sometime in December, and nothing happens.", '2014-08-20'), [
    'August 9=2014-08-09', 'December=2014-12',
  ]);
  // Negative: the past tense of the same verb looks back.
  assert.deepEqual(values('The conversation ended sometime in December.', '2014-08-20'), ['December=2013-12']);
});

test('"At that March 2 event" points back to the event last dated and takes its year', () => {
  // basil-dev, Fox 2010-05-18.
  assert.deepEqual(values('The A.G., according to the Times, said he had misspoken at a 2008 event in Norfolk in which he said he had served in Vietnam.\n\nAt that March 2 event, which can be found here on You Tube, Blumenthal spoke.', '2010-05-18'), [
    '2008=2008', 'March 2=2008-03-02',
  ]);
  // Negative: "said that March 2 was" is a conjunction, not a demonstrative.
  assert.deepEqual(values('He spoke at a 2008 event.\n\nHe said that March 2 was the deadline.', '2010-05-18'), ['2008=2008', 'March 2=2010-03-02']);
});

// basil-dev, NYT 2013-05-15: the Benghazi talking points told hour by hour on Sept. 14 and 15, 2012.
const TALKING_POINTS = 'The process began in earnest at 4:20 p.m. on Friday, Sept. 14, when Stephen W. Preston, the C.I.A. general counsel, sent an e-mail.\n\n' +
  'At 6:20 p.m., the spokesman for the National Security Council at the time, Tommy Vietor, e-mailed.\n\n' +
  'Ten minutes later, Benjamin J. Rhodes, a deputy national security adviser, offered his first comments.\n\n' +
  'Mr. Obama’s national security deputies reviewed the talking points at a meeting the next day, Sept. 15, Mr. Rhodes said.\n\n' +
  'At 11:25 a.m., Mr. Rhodes changed a reference to the United States “consulate” in Benghazi.';

test('clock times after "4:20 p.m. on Friday, Sept. 14" go on telling that day; "the next day, Sept. 15" moves it on', () => {
  assert.deepEqual(values(TALKING_POINTS, '2013-05-15').filter((v) => !v.startsWith('at the time')), [
    '4:20 p.m. on Friday, Sept. 14=2012-09-14T16:20', '6:20 p.m.=2012-09-14T18:20', 'Ten minutes later=2012-09-14',
    'the next day=2012-09-15', 'Sept. 15=2012-09-15', '11:25 a.m.=2012-09-15T11:25',
  ]);
});

test('negative: a scheduled time starts no hour-by-hour day, and a day counted from today ends one', () => {
  // basil-dev, HuffPost 2013-02-20.
  assert.deepEqual(values('The judge set the sentencing for June 28 at 2 p.m.\n\nIn a statement issued by his lawyers on Friday, Jackson said he had no excuses.\n\nUPDATE 2:52 p.m. -- Additional records disclosed Wednesday revealed new expenses.', '2013-02-20'), [
    'June 28 at 2 p.m.=2013-06-28T14:00', 'Friday=2013-02-15', '2:52 p.m.=2013-02-20T14:52', 'Wednesday=2013-02-20',
  ]);
});

test('a date set beside a counted day names that day: the stated date wins and the counted day takes it', () => {
  assert.deepEqual(values('The group met on Sept. 14, 2012. It reviewed the plan the next day, Sept. 20, officials said.', '2013-05-15'), [
    'Sept. 14, 2012=2012-09-14', 'the next day=2012-09-20', 'Sept. 20=2012-09-20',
  ]);
  // Negative: a date opening the next sentence is not set beside it.
  assert.deepEqual(values('The group met on Sept. 14, 2012. It met again the next day. Sept. 20 was quiet.', '2013-05-15'), [
    'Sept. 14, 2012=2012-09-14', 'the next day=2012-09-15', 'Sept. 20=2012-09-20',
  ]);
});

test('"tonight" in a report that tells the evening as the day before ("Thursday night" in a Friday report) is that night', () => {
  // basil-dev, HuffPost 2012-10-12 (the vice-presidential debate of Thursday 2012-10-11).
  assert.deepEqual(values('"I\'m going to make a special point of saying that I thought Joe Biden was terrific tonight," the president told reporters.\n\nDemocrats were intent Thursday night to steal back any edge Romney might have deprived them of.', '2012-10-12'), [
    'tonight=2012-10-11TNI', 'Thursday night=2012-10-11TNI',
  ]);
  // Negative: basil-dev, HuffPost 2012-12-13, a Thursday: the report names its own day, so tonight is tonight.
  assert.deepEqual(values('President Barack Obama and House Speaker John Boehner met for nearly an hour on Thursday evening.\n\n"The President and Speaker had a frank meeting in the Oval Office tonight," said the statements.', '2012-12-13'), [
    'an hour=PT1H', 'Thursday evening=2012-12-13TEV', 'tonight=2012-12-13TNI',
  ]);
});

test('"an interview, to be shown on Tuesday": an infinitive "to be" points ahead', () => {
  // basil-dev, NYT 2012-04-23 (a Monday): the past "delivered" had put Tuesday a week back.
  assert.deepEqual(values('In an interview with Fox News, to be shown on Tuesday, Mr. Boehner delivered what aides called a wake-up call to his troops.', '2012-04-23'), ['Tuesday=2012-04-24']);
  // Negative: "had to be in court" is no passive infinitive; the past "had" dates it.
  assert.deepEqual(values('He had to be in court on Monday.', '2012-04-25'), ['Monday=2012-04-23']);
});

test('"canceled a scheduled interview Monday night": after a determiner "scheduled" is an adjective, not a future cue', () => {
  // basil-dev, Fox 2012-08-21.
  assert.deepEqual(values('The video was released after Akin canceled a scheduled television interview Monday night.', '2012-08-21'), ['Monday night=2012-08-20TNI']);
  // Negative: "is scheduled" is still ahead.
  assert.deepEqual(values('The interview is scheduled for Monday night.', '2012-08-21'), ['Monday night=2012-08-27TNI']);
});

test('"from Friday, when Mr. Boehner told reporters": the "when" clause tells what that day was', () => {
  // basil-dev, NYT 2012-12-09 (a Sunday): the present "is" had made it the coming Friday.
  assert.deepEqual(values('Any optimism is a step forward from Friday, when Mr. Boehner told reporters that he did not have a progress report because there was “no progress to report.”', '2012-12-09'), ['Friday=2012-12-07']);
  // Negative: a future "when" clause points ahead.
  assert.deepEqual(values('The vote is set for Friday, when the House will return.', '2012-12-09'), ['Friday=2012-12-14']);
});

test('said on "Fox News Sunday": the programme names the day it was said, whatever the quote says of the future', () => {
  // basil-dev, Fox 2012-12-10 (a Monday): the quote's "going to" had made it the coming Sunday.
  const said = values('"Republicans know that they have the debt ceiling that\'s coming up right around the corner, and the leverage is going to shift, as soon as we get beyond this issue," Corker said on "Fox News Sunday."', '2012-12-10');
  assert.deepEqual(said.filter((v) => v.startsWith('Sunday')), ['Sunday=2012-12-09']);
  // Negative: a guest who will appear on the programme appears on the coming one.
  assert.deepEqual(values('Corker will appear on "Fox News Sunday."', '2012-12-10'), ['Sunday=2012-12-16']);
});

test('a day the text stated with its year and names again without it is that day ("the Sept. 11 attacks")', () => {
  // basil-dev, NYT 2010-08-17 (the URL's date): was 2010-09-11, an upcoming day in the timeline.
  assert.deepEqual(values('The mosque is about two blocks from the site of the attacks of Sept. 11, 2001, in New York City.\n\nDemocratic campaign officials accused Republicans of exploiting the Sept. 11 attacks.', '2010-08-17'), [
    'Sept. 11, 2001=2001-09-11', 'Sept. 11=2001-09-11',
  ]);
  // Negative: another day of the same month keeps the reference's year.
  assert.deepEqual(values('The attacks of Sept. 11, 2001 changed the city.\n\nThe vote is on Sept. 14.', '2010-08-17'), ['Sept. 11, 2001=2001-09-11', 'Sept. 14=2010-09-14']);
});

test('"By Saturday, the president clarified": a fronted "by" phrase before a past main clause is behind', () => {
  // basil-dev, HuffPost 2010-08-16 (a Monday): was the coming Saturday.
  assert.deepEqual(values('President Barack Obama\'s endorsement of the "Ground Zero mosque" during a speech on Friday night spurred some hope among supporters.\n\nThat hope was short-lived. By Saturday, the president clarified that he was not speaking about the "wisdom" of the Islamic cultural center per se.', '2010-08-16'), [
    'Friday night=2010-08-13TNI', 'Saturday=2010-08-14',
  ]);
  // Negative: a deadline "by Friday" still looks ahead.
  assert.deepEqual(values('The committee must report by Friday.', '2010-08-16'), ['Friday=2010-08-20']);
});

test('", where she is campaigning ahead of": a relative clause after a comma does not give the tense of what precedes', () => {
  // basil-dev, Fox 2011-08-09 (a Tuesday): "ahead" in the relative clause had made Monday the coming one.
  assert.deepEqual(values("Bachmann was asked about the cover during an appearance in Iowa on Monday, where she is campaigning ahead of Thursday's Fox News/Washington Examiner debate and Saturday's Ames Straw Poll.", '2011-08-09'), [
    'Monday=2011-08-08', 'Thursday=2011-08-11', 'Saturday=2011-08-13',
  ]);
});

test('a future clause about a day just before the report\'s date was written before it went out, not a year ahead', () => {
  // basil-dev, HuffPost 2011-01-06: the 112th Congress took over on 2011-01-05.
  assert.deepEqual(values('These are two standout changes on a long list of new rules Republicans will institute in the House when they assume the majority on Jan. 5.', '2011-01-06'), ['Jan. 5=2011-01-05']);
  // Negative: a day a week back is still next year's.
  assert.deepEqual(values('Republicans will assume the majority on Jan. 5.', '2011-01-12'), ['Jan. 5=2012-01-05']);
  // Negative: a whole month just gone is not that; "will take effect in December" on Jan. 2 is next December.
  assert.deepEqual(values('The rule will take effect in December.', '2011-01-02'), ['December=2011-12']);
});

test('words quoted from a speaker keep their tenses to themselves: "won\'t satisfy," Bloomberg said at a forum on Friday', () => {
  // basil-dev, NYT 2014-01-25 (a Saturday): the quote's "won't" had made it the coming Friday.
  assert.deepEqual(values('“The principles they lay out I’m sure won’t satisfy everybody,” Michael R. Bloomberg, former mayor of New York City, said at an immigration forum on Friday.', '2014-01-25'), ['Friday=2014-01-24']);
  // basil-dev, Fox 2012-08-21 (a Tuesday).
  assert.deepEqual(values('Akin\'s ad, and claims Monday that he\'s "going to stay in," defied Republican Party leaders who are nervous the controversy could imperil their chances.', '2012-08-21'), ['Monday=2012-08-20']);
  // Negative: an expression inside the quotation keeps the quotation's tense.
  assert.deepEqual(values('“We will vote on Friday,” Bloomberg said.', '2014-01-25'), ['Friday=2014-01-31']);
});

test('"On Thursday, he told reporters": an expression opening its sentence takes the main clause\'s tense', () => {
  // basil-dev, HuffPost 2014-08-20 (a Wednesday): "would" in the reported clause had made it the coming Thursday.
  assert.deepEqual(values('On Thursday, he told reporters in Washington that the Justice Department would thoroughly investigate the case.', '2014-08-20'), ['Thursday=2014-08-14']);
  // Negative: a future main clause looks ahead.
  assert.deepEqual(values('On Thursday, the committee will vote on the bill.', '2014-08-20'), ['Thursday=2014-08-21']);
});

test('"In December, a woman … asked her": a fronted month before a past main clause is behind, not scheduled', () => {
  // PolNeAR, Washington Post 2016-10-10: a December just ahead had made the question "upcoming" (a past clause about a
  // month up to two months ahead reads as scheduled); the subject runs long ("a woman in the audience at a … event").
  assert.deepEqual(values('In December, a woman in the audience at a Clinton campaign event in New Hampshire asked her about it.', '2016-10-10'), ['December=2015-12']);
  // Negative: a past "be" before a plan word keeps the plan ahead.
  assert.deepEqual(values('In December, the band was scheduled to play in Boston.', '2016-10-10'), ['December=2016-12']);
  assert.deepEqual(values('On Tuesday, the company said it would not be able to file its statement.', '2016-03-17'), ['Tuesday=2016-03-15']);
});

test('a year inside a sentence\'s predicate frames only that sentence; "In 1997," opening one frames the paragraph', () => {
  // basil-dev, HuffPost 2011-11-29: "in 2008" had made Cain's October 2008.
  assert.deepEqual(values('Arpaio endorsed Mitt Romney in 2008, choosing him over eventual nominee and fellow Arizonan John McCain. He held a joint press conference with Herman Cain in October after the two met to discuss immigration enforcement.', '2011-11-29'), [
    '2008=2008', 'October=2011-10',
  ]);
  // Negative: a year in the same sentence still dates its month.
  assert.deepEqual(values('Arpaio endorsed Romney in 2008 and met him again in October.', '2011-11-29'), ['2008=2008', 'October=2008-10']);
});

test('negative: NBC\'s "Today" show is no date; a quotation opening with "Today," is', () => {
  // basil-dev, NYT and HuffPost 2011-04-07, Fox 2012-08-21.
  assert.deepEqual(values('In an interview shown Thursday on the “Today” show, Mr. Trump told Meredith Vieira that he had “real doubts.”', '2011-04-07'), ['Thursday=2011-04-07']);
  assert.deepEqual(values('"And to be honest with you, I hope he can," he told "Today."', '2011-04-07'), []);
  assert.deepEqual(values('"Today, his fellow Missourians urged him to step aside."', '2012-08-21'), ['Today=2012-08-21']);
});

test('negative: without a reference date the narrative rules lend no year (no "NaN-09-15")', () => {
  assert.deepEqual(findTimes('They met the next day, Sept. 15, officials said. On Thursday, he told them.', undefined).map((t) => `${t.text}=${t.value}`), [
    'the next day=XXXX-XX-XX', 'Sept. 15=XXXX-09-15', 'Thursday=XXXX-WXX-4',
  ]);
});

test('a weekday inside a narrative of a day long gone is a day of that narrative\'s week (NYT 2013-05-15, Sept. 15, 2012 told hour by hour)', () => {
  const sunday = `${TALKING_POINTS}\n\nWith time short before Ms. Rice began taping her appearances on Sunday morning news programs, the White House supplied her aides with the final talking points.`;
  const found = findTimes(sunday, { date: '2013-05-15' }).find((t) => t.text.startsWith('Sunday'));
  assert.equal(found?.value, '2012-09-16TMO', 'the Sunday after Saturday, Sept. 15, 2012, not the one before the report');
  assert.equal(found?.rule, 'weekday-narrative-day');
  assert.equal(found?.certainty, 'inferred');
  // Negative: a narrative of this week's days keeps the news reading (the report's last Sunday), and a weekday with
  // no narrative before it is the report's.
  assert.deepEqual(values('At 4:20 p.m. on Friday, Sept. 14, he sent an e-mail. She taped her interview on Sunday.', '2012-09-18'), [
    '4:20 p.m. on Friday, Sept. 14=2012-09-14T16:20', 'Sunday=2012-09-16',
  ]);
  assert.deepEqual(values('The White House released the e-mails on Wednesday.', '2013-05-15'), ['Wednesday=2013-05-15']);
});

test('a value lent by the narrative says which rule lent it, and is inferred', () => {
  const rules = (text: string, reference: string) => findTimes(text, { date: reference }).map((t) => `${t.text}:${t.rule}:${t.certainty}`);
  assert.deepEqual(rules(TALKING_POINTS, '2013-05-15').filter((r) => !r.startsWith('at the time')), [
    '4:20 p.m. on Friday, Sept. 14:merge-weekday-date:inferred', '6:20 p.m.:clock-narrative-day:inferred', 'Ten minutes later:ago:inferred',
    'the next day:apposed-date:inferred', 'Sept. 15:apposed-date:inferred', '11:25 a.m.:clock-narrative-day:inferred',
  ]);
  assert.deepEqual(rules('The attacks of Sept. 11, 2001 changed it. At that March 2 event he spoke. The Sept. 11 attacks haunt him.', '2010-08-17'), [
    'Sept. 11, 2001:month-day-year:stated', 'March 2:anaphoric-date:inferred', 'Sept. 11:restated-day:inferred',
  ]);
});

test('a month later this year without a past cue is this year\'s, unless last year\'s ended within a quarter', () => {
  // PolNeAR, HuffPost 2016-03-16: "the party's nominee in November" was dated 2015-11 (the nearer occurrence).
  assert.deepEqual(values('And a full 79 percent of Democrats say they would be satisfied with Clinton as the party’s nominee in November.', '2016-03-16'), [
    'November=2016-11',
  ]);
  // Politico 2016-02-29: last November ended 91 days before.
  assert.deepEqual(values('Democrats are drawing blueprints for stealing GOP moderates, saying the heist is key to scoring a White House win in November.', '2016-02-29'), [
    'November=2016-11',
  ]);
  // Negative: the month just gone, a past clause, and a clause without a cue (NYT 2016-03-17) stay behind.
  assert.deepEqual(values('The vote in December is the one that counts.', '2016-01-20'), ['December=2015-12']);
  assert.deepEqual(values('Sales fell in November.', '2016-03-16'), ['November=2015-11']);
  assert.deepEqual(values('In October, Mr. Paulson, who made billions of dollars on a bet against subprime mortgages, told investors that concerns were overblown.', '2016-03-17'), [
    'October=2015-10',
  ]);
});

test('a month with a modal, "do", or "this" before it, or in a sentence with no past verb, is this year\'s (PolNeAR train)', () => {
  // Breitbart 2016-03-01, Breitbart 2016-01-19, HuffPost 2016-03-16, Breitbart 2016-07-21: each was dated 2015-11.
  assert.deepEqual(values('She drew support from a large majority of those who cared most about a candidate who can win in November.', '2016-03-01'), ['November=2016-11']);
  assert.deepEqual(values('“The number one thing you must have to win in this November election is for the party to be united.', '2016-01-19'), ['this November=2016-11']);
  assert.deepEqual(values('One party turning out more voters during the primaries often does not translate into a victory in November.', '2016-03-16'), ['November=2016-11']);
  assert.deepEqual(values('Trump gestured as if to stop the ruckus, then leaned in and boomed: “Let’s defeat her in November.”', '2016-07-21'), ['November=2016-11']);
  assert.deepEqual(values('The election in November matters.', '2023-03-08'), ['November=2023-11']);
  // "this" names the reference year's month even when it has gone by.
  assert.deepEqual(values('Sales rose this March.', '2016-11-20'), ['this March=2016-03']);
});

test('negative: a modal after a weekday, or any modal before one, leaves the weekday the one gone by (PolNeAR)', () => {
  // Washington Post 2016-09-29 (dev) and 2016-02-10 (train): moved to the coming week when modals spoke for weekdays.
  assert.deepEqual(values('Monday\'s debate might not move mountains politically.', '2016-09-29'), ['Monday=2016-09-26']);
  assert.deepEqual(values('He should also get a boost from the win Tuesday, Sanders said.', '2016-02-10'), ['Tuesday=2016-02-09']);
  // A sentence with a past verb anywhere keeps the nearer month.
  assert.deepEqual(values('In October, Mr. Paulson, who made billions of dollars on a bet against subprime mortgages, told investors that concerns were overblown.', '2016-03-17'), ['October=2015-10']);
});

test('an "-ed" word after a linking verb is no past verb: "will stay closed until Friday" is the coming Friday', () => {
  assert.deepEqual(values('Schools will stay closed until Friday, the superintendent said on Wednesday.', '2023-03-08'), ['Friday=2023-03-10', 'Wednesday=2023-03-08']);
  // Negative: the linking verb in the past keeps the span behind (MSRP test: "the document remained sealed until Thursday").
  assert.deepEqual(values('Federal officials said the document remained sealed until Thursday morning to allow arrests.', '2003-06-20'), ['Thursday morning=2003-06-19TMO']);
});

test('a possessive weekday before a date names that date: "Sunday’s Sept. 11 memorial" is not the coming Sunday (PolNeAR dev)', () => {
  // Politico 2016-09-12: "Sunday’s" was dated 2016-09-18 and shown as upcoming in the timeline.
  assert.deepEqual(values('There are still plenty of unknowns about Clinton’s bout with pneumonia, following her near-collapse after leaving Sunday’s Sept. 11 memorial service in New York City.', '2016-09-12'), [
    'Sunday’s Sept. 11=2016-09-11',
  ]);
});

test('"Super Tuesday", "Black Friday": a weekday an occasion is named by is no weekday near the report (PolNeAR train)', () => {
  // NYT 2016-02-04: "Super Tuesday" was dated to the Tuesday after the report; the stated March 1 is the date.
  assert.deepEqual(values('He could fare well in South Carolina in a few weeks, and across the South on Super Tuesday, when 15 states will hold elections or caucuses on March 1.', '2016-02-04'), [
    'a few weeks=PXW', 'March 1=2016-03-01',
  ]);
  assert.deepEqual(values('Voters go to the polls on Super Tuesday night.', '2016-02-04'), []);
  // Negative: a name before a weekday in a dateline-like clause is a subject, the weekday stays ("the House Tuesday").
  assert.deepEqual(values('The Ryan budget passed the House Tuesday.', '2016-02-04'), ['Tuesday=2016-02-02']);
});

test('whole years ago, then a weekday, is that day those years back: the anniversary (DUC 2004, PolNeAR)', () => {
  // AP 1998-12-21 (DUC 2004 d30042t): the sentence was dated to the Monday of the report.
  assert.deepEqual(values('With the mournful lament of bagpipes, the people of Lockerbie paid tribute to the 270 people killed when a bomb brought Pan Am Flight 103 crashing down on this tiny town 10 years ago Monday.', '1998-12-21'), [
    '10 years ago Monday=1988-12-21',
  ]);
  // Negative: a comma between them keeps two expressions.
  assert.deepEqual(values('He was elected three years ago, on Monday he said.', '1998-12-21'), ['three years ago=1995', 'Monday=1998-12-21']);
});

test('"June 16th of last year", "in May last year": the period names the month’s year (PolNeAR dev)', () => {
  // Breitbart 2016-10-02 quoting Trump: the campaign's June 16 start was dated 2016-06-16, the same year.
  assert.deepEqual(values('“Who would have believed that when we started this journey on June 16th of last year we would have received almost 14 million votes?”', '2016-10-02'), [
    'June 16th of last year=2015-06-16',
  ]);
  assert.deepEqual(values('The plant closed in May last year and reopens in Oct. 3 of this year.', '2016-10-02'), ['May last year=2015-05', 'Oct. 3 of this year=2016-10-03']);
  // Negative: a possessive period is another noun's ("last year’s winner"), so June keeps its own year.
  assert.deepEqual(values('In June last year’s winner returned.', '2016-10-02'), ['June=2016-06', 'last year=2015']);
});

test('"plans for" a thing on a weekday points to the coming one, even in a past clause (NYT 2012-08-01, basil-dev)', () => {
  // Wednesday 2012-08-01: the kiss-in was planned for Friday 3 August, not the Friday before.
  assert.deepEqual(
    values('This prompted calls to boycott the chain, along with plans for a same-sex kiss-in at the restaurants on Friday.', '2012-08-01'),
    ['Friday=2012-08-03'],
  );
  // Negative: without the plan the past clause keeps the Friday before.
  assert.deepEqual(values('This prompted calls to boycott the chain, along with a kiss-in at the restaurants on Friday.', '2012-08-01'), ['Friday=2012-07-27']);
});

// A day that dates a scheduled event named beside it is that event's, not the clause verb's: the nearer one
// (NYT, basil-dev, March 2014: "the Republican Senate primary on June 3" had been last year's by "announced";
// PolNeAR train: "the March 15 deadline" next year's, "California's June 7 primary" last year's).
test('"the primary on June 3", "before the March 15 deadline": the nearer occurrence, whatever the clause tense', () => {
  assert.deepEqual(values('Joni Ernst, a candidate in the Republican Senate primary on June 3, announced an ad.', '2014-03-25'), ['June 3=2014-06-03']);
  assert.deepEqual(values('The campaign filed applications before the March 15 deadline, officials said.', '2016-03-10'), ['March 15=2016-03-15']);
  assert.deepEqual(values('He won, in the biggest delegate pool of them all, California’s June 7 primary.', '2016-03-01'), ['June 7=2016-06-07']);
});

test('negative: a day beside no scheduled event keeps the clause tense ("announced on June 3" in March is last June)', () => {
  assert.deepEqual(values('Joni Ernst announced her candidacy on June 3.', '2014-03-25'), ['June 3=2013-06-03']);
});

test('an unforeseen event named with its day is the last one ("due to the Orlando massacre on June 12, is expected")', () => {
  assert.deepEqual(values('The speech, which was never given due to the Orlando massacre on June 12, is expected to focus on trade.', '2016-06-21'), ['June 12=2016-06-12']);
});

test('negative: a speech or rally is no set event: "commitments included a May 11 speech" in December is last May', () => {
  assert.deepEqual(values('His commitments included a May 11 speech to a charity.', '2015-12-15'), ['May 11=2015-05-11']);
});

test('a day after "post-" or "pre-" names an era, not a day of the passage (NYT 2013-06-08 telling 2011)', () => {
  const found = findTimes('Broader briefings were held in 2011 before the reauthorization of the Patriot Act, the post-Sept. 11 law that authorized much of the surveillance.', { date: '2013-06-08' });
  assert.deepEqual(found.map((t) => `${t.text}=${t.value}:${t.rule}`), ['2011=2011:year', 'Sept. 11=XXXX-09-11:era-name']);
  // Negative: the day itself is the passage year's.
  assert.deepEqual(values('In 2011, the law was renewed on Sept. 11.', '2013-06-08'), ['2011=2011', 'Sept. 11=2011-09-11']);
});
