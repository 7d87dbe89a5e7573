import type { ClusterOptions } from './types.ts';

/**
 * Defaults. Thresholds were tuned on the dev parts only (DUC 2004 clusters with odd index, ECB+ topics 1-20); see
 * scripts/eval-cluster.ts. Each value carries its reason.
 */
export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  // Cosine of an article to a story centroid (idf from the batch). With the final batch refinement (time-aware, no
  // story merging), dev B³ F1 DUC / ECB+ event, stream/refine thresholds: .895/.858 at 0.11/0.15, .892/.858 at
  // 0.13/0.15, .875/.893 at 0.15/0.15, .873/.891 at 0.15/0.13, .867/.893 at 0.15/0.17: 0.15 has the best mean.
  joinThreshold: 0.15,
  // Centroid beat average linkage on the dev streams (mean dev B³ F1 .876 vs .867 at their best thresholds).
  linkage: 'centroid',
  // Merging open stories whose centroids are alike (1 = off): with batch refinement, merging at 0.4 lowered ECB+
  // event dev B³ F1 (.906 → .887 at join 0.2; .893 → .874 at 0.15) and left DUC dev unchanged; two events of one
  // topic are what it merged. Related stories are grouped at the topic level instead.
  storyMergeThreshold: 1,
  // Merging two stories bridged by one article (1 = off): same dev measurements as storyMergeThreshold.
  mergeThreshold: 1,
  // Names separate events of the same kind (two earthquakes, two rehab stays); numbers a little; words carry topic.
  kindWeights: { entity: 1.5, number: 1.0, word: 1.0 },
  // A story that nobody has updated for two months is over (DUC topics run up to ~8 weeks between reports).
  windowDays: 60,
  // A report a fortnight later is still likely follow-up; beyond that it must earn its place by content.
  timeScaleDays: 14,
  // Time distance can take off at most this share of a score, so a date never outweighs content.
  timeWeight: 0.3,
  // Bounds memory when articles carry no dates (no time window to evict by).
  maxOpenStories: 5000,
  // Centroid size: enough for the names, places and numbers of a long-running story.
  profileTerms: 100,
  // Article terms scored: the heaviest 40 carry nearly all the cosine mass of a news article.
  articleTerms: 40,
  // Candidate stories scored per article, taken by weighted term overlap; on dev, 5 and 30 gave identical clusters.
  maxCandidates: 10,
  // 3-shingle Jaccard of a copy with a few edited words stays above 0.6; independent reports are far below 0.2.
  duplicateThreshold: 0.6,
  // Near-duplicates are looked for among the 30 latest members of the story joined (rewrites are found per story at
  // brief time: pipeline/stages/find-rewrites.ts).
  membersForCopies: 30,
  // Batch stories: greedy average linkage (mean pairwise cosine) over the fixed reference idf (background-idf.ts),
  // lowered by time and by conflicting years, tuned on the dev parts with the two factors below. Dev B³ F1 DUC / ECB+
  // event / basil-dev (exponential time factor 0.6/7 days, no years): .895/.816/.936 at 0.10, .833/.843/.969 at 0.14,
  // .814/.859/.990 at 0.16, .773/.855/.990 at 0.18. With the Gaussian time factor 0.6/5 days and years 0.7:
  // .847/.874/.980 at 0.12, .833/.872/.980 at 0.14; 0.12 for DUC, whose long stories lower thresholds keep whole.
  // Tried (2026-12-06, issue 18): scoring two groups by a mix of the whole-vector similarity and the geometric mean of a
  // word-only and a name-only similarity (each part a unit vector per article), so "what happened" and "who" must both
  // agree. B³ F1 DUC dev / held-out / all, ECB+ event dev / held-out, basil-dev (now .878/.834/.837, .897/.873, .990):
  // geometric mean alone at 0.09 .865/.822/.827, .897/.874, .980 and mixed 0.5 at 0.11 .871/.827/.832 (both measured
  // with calendar words dropped, see extract-features.ts); mixed 0.4 at 0.11 .883/.832/.840, .897/.871, .990; only where both sides have names, 0.4 at 0.12 .871/.829/.833, .894/.870; only for
  // dated groups over overlapping days, 0.4 at 0.12 .885/.830/.837, .897/.873. Dev gains of .005-.007 came with DUC and
  // ECB+ held-out below their floors (the name part is empty or thin for many reports, so recall falls), not adopted.
  // With storyTimeSpanWeight 3 (overlapping days, 0.4 at 0.12) DUC dev rose to .892 but held-out .833 and all .820: DUC
  // dev (odd clusters only) has few concurrent same-subject stories, so it rewards looser joins that the full stream punishes.
  storyThreshold: 0.12,
  // Two reports of one event are days apart; two events of one subject (a defeat, then the race to succeed) a week or
  // more. Dev at 0.12 (no years): Gaussian 0.6/5 days .847/.843/.980; 0.8/5 .825/.843/.990; 0.8/4 .808/.843/.990
  // (basil-dev with the exponential 0.3/14 of the stream: .936 at 0.14). With years 0.7: 0.6/5 .847/.874/.980, 0.7/6
  // .846/.874/.990, 0.7/5 at 0.13 .828/.872/.990.
  // Tried (2026-12-05): widening the scale by 1-2x the larger side's own span of days (a running story already spread
  // over weeks takes a report a week after its last): DUC dev .858 -> .901/.927, basil-dev .990 -> .980, but the full
  // DUC stream stayed .820 (precision .854 -> .752: whole same-subject clusters joined), so not adopted.
  storyTimeWeight: 0.7,
  storyTimeScaleDays: 6,
  // Two running stories (both reported over several days) may continue one subject after a longer pause: the scale
  // grows by this many days per day of the shorter side's span (see spanTime). Error analysis of the full DUC stream:
  // recall was lost to a topic's phases weeks apart (Asian Games, euro, Gaza airport), precision to same-subject stories
  // over the same weeks, which no time rule separates. B³ F1 DUC dev / held-out / all, basil-dev (ECB+ undated, unchanged):
  // off .863/.828/.824 .990; 0.5 .878/.828/.830; 1 .878/.828/.835; 2 .878/.834/.837; 3 .878/.837/.819; 5 .903/.818/.824
  // .990 throughout. Dev is flat from 0.5 to 3 (5 is best on dev but loses held-out and all: it joins same-subject
  // stories): 2, the middle of the plateau. Using the longer span instead (a running story pulling in a short event):
  // at 1, .908/.841/.814, basil-dev .980. With storyTimeWeight 0.5-0.6 DUC rose further (.859 all at 0.5) but basil-dev
  // fell to .958-.969 (same-politician events a week apart joined), so the weight stays.
  storyTimeSpanWeight: 2,
  // A day a report names by month and day ("the Asian Games, Dec. 6-20"; "the euro's launch on Jan. 1") places its
  // event beside the reports published then (see eventDistance), counted this many days further than a publication day
  // (a named day is weaker evidence of when the report's event is). DUC dev / held-out / all B³ F1 with the dated
  // threshold below: .921/.841/.849 at 0, .929/.841/.853 at 1, .929/.845/.853 at 2 and 3, .909/.866/.855 at 5 (without
  // named days .905/.849/.854): 2, the middle of the dev plateau 1-3. Named days alone (whole-vector scoring) at 2:
  // .906/.835/.838 (now .878/.834/.837). Comparing two days both sides only name too (at 0, whole vector): DUC dev .917
  // but held-out .820 and basil-dev .958, a recalled day being background, so not done. ECB+ (undated) and basil-dev
  // (.990) unchanged. With only days ahead of publication counted (mentioned-days.ts; recalled days tied Clinton's Gaza
  // visit to Sharon's appointment): .925/.863/.859 at 0 to 3, .909/.866/.855 at 5: 2 stays, inside the plateau.
  // Tried (2026-12-07): linking two groups only by a day both name ahead (not one side's named day to the other's
  // publication days), against the budget talks naming "the Nov. 3 elections" and so joining Gingrich's fall reported
  // Nov. 4-6: DUC early half (ducTimeSplit) .894 -> .907, but dev .925 -> .913, late .843 -> .822, basil-dev .990 ->
  // .980 (the Asian Games' December reports name no day: October's "Dec. 6-20" reaches them only one-sidedly); both
  // links together: dev .914, early .892. Not adopted.
  storyMentionedDayPenalty: 2,
  // Two groups are placed in time by their nearest members (single linkage in time) or by all pairs of members
  // (averageTimeFactor). 'average' since 2026-12-07, with nameNewsPrior and storyDatedThreshold 0.065 (see there for
  // the numbers): a running campaign's coverage no longer chains into one story. History: nearest chains: on PolNeAR articles outside the held-out fixture (829 of the dev and train
  // compartments, unlabelled; tune-cluster's chaining lines) one story holds 486 articles over 327 days, each join
  // a report a day or two from some member and sharing the campaign's names; 'average' leaves 103/87d, 103/141d and
  // 88/141d as the largest. But DUC, whose clusters are topics running up to 80 days, loses the late reports of its
  // long clusters: B3 F1 dev / held-out / all .925/.863/.859 -> .895/.856/.845 (scale 10 days .910/.857/.847, dated
  // threshold 0.07 .914/.875/.858 with basil-dev .990 -> .980), under the floors, so nearest stays the default
  // (ECB+ undated and basil-dev .990 unchanged; held-out PolNeAR events .590 -> .772, checked, not tuned on).
  // Tried with 'average' (2026-12-07; DUC dev/held-out/all, basil-dev, unlabelled PolNeAR largest story): span weight
  // 0 .868/.831/.825, .990, 34/28d (the span widening is what still lets two long groups join); the scale widened by
  // the longer side's span, weight 1 .925/.898/.849, .990, 129/125d; by the longer side's mean gap between report days
  // instead of its span, weight 2 .909/.878/.857, .990, 67/83d, weight 3 .917/.878/.852; max(average, 0.65 x nearest)
  // .903/.851/.844, 325/327d. With a news-frequency prior on terms (GloVe's frequency rank, models/align/words.txt, as
  // the chance an article has the word, the lower of it and SUBTLEX's idf): 'nearest' .897/.847/.840 (ECB+ events all
  // .878 -> .886), 486 -> 141/312d; 'average' .860/.821/.824, polnear .823; names only, 'nearest' .912/.872/.857,
  // polnear .638. DUC "all" (same-subject clusters of the same weeks in one stream) stayed under its .859 floor in each.
  // With 'average' and nameNewsPrior (storyDatedThreshold 0.065), the time factor's other settings on dev (DUC dev /
  // held-out / all, basil-dev): scale 6 days .916/.873/.861, .990 (kept); 5 .908/.871/.854; 7 .916/.870/.859; span
  // weight 3 .917/.870/.860; time weight 0.6 .926/.880/.864 but basil-dev .980 (same-politician events days apart).
  storyTimeLinkage: 'average',
  // Names common in news (Clinton, Obama, Republican, Democratic: GloVe 6B's frequency ranks, newsIdf) weigh less in
  // the name part of two dated groups' score: the lower of SUBTLEX's idf and the news idf. SUBTLEX counts subtitles,
  // where politicians' names are rare, so a campaign's names bound every report of it (unlabelled PolNeAR, 829 articles
  // of its dev and train compartments: the largest story, 486 articles over 327 days, is bound by trump .27, clinton
  // .19, republican .07, democratic .06 of its name weight). Only where average time linkage keeps a campaign from
  // chaining does it pay: B3 F1 DUC dev / held-out / all, basil-dev, largest unlabelled PolNeAR story (ECB+ undated,
  // unchanged) by dated threshold: 0.055 .929/.890/.870 .980; 0.06 .916/.878/.861 .990 172/200d (506 articles in
  // stories over 14+ days); 0.065 .916/.873/.861 .990 172/200d (477), chosen: dev ties with 0.06, less chaining.
  // Without the prior, 'average' at 0.06 .941/.893/.877 but basil-dev .969, at 0.07 .914/.875/.858 and .980: the prior
  // is what keeps basil-dev's same-politician events apart at a threshold low enough for DUC's long topics.
  // Tried: the prior on names in the whole vector too (undated groups): ECB+ topics .913 -> .902 (held-out .903 ->
  // .892) at 0.06; on all terms (campaign, presidential, voters weigh less): DUC recall falls, nearest .872/.837/.837
  // at 0.09, 'average' at 0.045 .914/.874/.857 with basil-dev .980; on the words of the dated score too (the whole
  // vector kept), 'average': .871/.849/.835 at 0.065, .897/.850/.838 at 0.055, .914/.874/.857 and basil-dev .980 at
  // 0.045. Zipf share 0.15 (a stronger prior) at 0.065 .908/.889/.858, 0.03 .916/.878/.859 with basil-dev .980, so the
  // textbook 1/H stays. Held-out polnear-events (checked, never tuned on): .590 -> .734.
  nameNewsPrior: true,
  // Two dated groups are scored by the geometric mean of their word and name similarities (agglomerate.ts,
  // datedContent), joined at this threshold. Error analysis of the full DUC stream: the same-subject clusters merged
  // (Clinton's Gaza visit and the Gaza airport; the budget talks and the campaign) share their names far more than their
  // words, and on pairs of DUC reports published within two weeks of each other the geometric mean tells same-cluster
  // pairs from others better than the whole vector (ROC AUC .83 against .80). Dev (DUC dev, basil-dev) with named days
  // at 2: .936/.980 at 0.08, .929/.980 at 0.085, .929/.990 at 0.09, .925/.990 at 0.095, .916/.990 at 0.10 (held-out
  // .856, .853, .845, .860, .871; all .858, .856, .853, .859, .856): 0.09, the best dev that keeps basil-dev.
  // 0.065 since 2026-12-07 with average time linkage and nameNewsPrior (numbers beside nameNewsPrior): averaging time
  // over all pairs lowers every dated score, so the threshold falls with it. Applied to
  // undated groups too (threshold 0.09 for all pairs): ECB+ event dev .900 -> .909 but held-out .873 -> .853 (ECB+ pairs
  // two events of one kind with the same participants: two castings of one TV role, two indictments of one man, which
  // the names part joins), so undated groups keep the whole vector. 0 = off (dated groups scored as undated ones).
  // Tried (2026-12-07; the same-subject pairs still merged, budget talks / Gingrich's fall and the Gaza airport /
  // Clinton's visit, share names .64-.67 but words .21-.34 and numbers .25-.29 by centroid): weighing words more in the
  // mean (words^a names^(1-a)), DUC dev / held-out / early / all at a 0.6: .904/.847/.886/.842, 0.7: .876/.833/.860/.814
  // (now .925/.863/.894/.859; recall falls, precision on the early half stays .88); numbers counted with the words
  // (weight 1 or 0.5): .921-.925/.861-.867/.894/.859-.861; dated thresholds 0.08 and 0.1 with each: no better (0.08
  // .932/.874/.900/.864 but basil-dev .980). Not adopted.
  // Tried (2026-12-07, issue 18; committed in 969a21b and reverted): statement phrases as event evidence. Two dated
  // groups of two or more reports each whose reports share no phrases (runs of three words holding two content words,
  // not all names: "wins most Wyo. delegates") lose up to a weight of their score, 1 - w x exp(-mean phrases shared per
  // pair of members). Why: on unlabelled PolNeAR (829 articles of its dev and train compartments) the largest stories,
  // 172/200d, 128/80d, 85/145d, are campaign coverage joined group to group at 0.13-0.3 by Trump, Clinton and
  // candidate, voters, presidential; pairs of reports scoring above 0.3 share a median of 1 phrase there, basil-dev's
  // same-event pairs 10 (93 % two or more). B3 F1 DUC dev / early (ducTimeSplit) / all, basil-dev, largest unlabelled
  // PolNeAR stories (ECB+ undated, unchanged), by weight at dated threshold: off at 0.065 .916/.895/.861, .990,
  // 172/128/85 (477 articles in stories over 14+ days); 0.5 at 0.06 .918/.890/.862, 97/82/64 (384); 0.5 at 0.055
  // .918/.893/.865, 114/101/90; 0.55 at 0.055 .918/.893/.865, .990, 87/79/69 (398), the dev choice; 0.5 at 0.05
  // .921/.893/.858; 0.6 at 0.05 .921/.893/.858 (DUC all under its floor), 87/80/70; 0.6 at 0.045 .935/.903/.866 but
  // basil-dev .980; 0.7 at 0.04 .944/.907/.874 but basil-dev .969. Held-out at the dev choice (reported, not tuned
  // on): DUC .870 -> .884, polnear-events .734 -> .729 (precision .600 -> .588, recall .945 -> .958): under its floor,
  // so not adopted. Likely (not examined, to keep the set held out): its events are ~3 reports each among decoys of the
  // same weeks, where a single report's join is what counts, which the rule leaves alone while the lower threshold it
  // needs lets more of them through. Also tried: the factor on a
  // single report's join too (0.3 at 0.065 .894/.882/.849; 0.3 at 0.05 .922/.888/.861 but basil-dev .980; 0.5 at 0.05
  // .905/.886/.844: DUC's running topics take new reports that repeat none of their phrases); 0.2-0.3 for single
  // reports beside 0.6 for groups at 0.04-0.045: .914-.923/.890-.895/.849-.860, basil-dev .969-.980; groups of three
  // or more only (0.5 at 0.06) .916/.897/.865, 128/77/67; scale 2 phrases (0.5 at 0.06) .888/.872/.855, 0.5 phrase
  // .914/.893/.853. Phrases cost ~4 % of featurizing (181 per article on DUC and ECB+).
  // Tried before it (same measures): the content words of the headline and first sentence as an event signature, a
  // third factor of the geometric mean (lead^e): e 0.33 at 0.065 .755/.759/.737 and basil-dev .886 (outlets word their
  // leads differently: basil-dev recall .83), e 0.5 at 0.04-0.05 .752-.755; one side's lead words against the other's
  // whole words, e 0.33 at 0.055-0.065 .837-.863/.853-.861/.812-.826, basil-dev .969-.980; the name part without the
  // heaviest shared participant and its parts ("Trump", "Donald", "Donald Trump"), fully at 0.05-0.065
  // .876-.907/.864-.892/.833-.846, half at 0.06 .906/.895/.848, largest story 90-121; capping the span that widens the
  // time scale at 10-45 days: DUC unchanged, largest 124-181; at most 45/60/80 days between a story's first and last
  // report: .902/.895/.845, .912/.895/.859, .916/.895/.861, largest 69/76/128 (a cap cuts DUC's topics and leaves a
  // campaign's weeks chained).
  // Measured again (2026-12-07, events2) on a dev set of the held-out kind, test/fixtures/polnear-events-dev.json (28
  // events + 24 same-week decoys of PolNeAR train/dev, polnearEventsDevB3F1). B3 F1 polnear-dev (P/R), DUC dev / test /
  // all, basil-dev; ECB+ undated, unchanged throughout. Now (0.065, no phrases): .680 (.53/.96), .916/.870/.861, .990.
  // Dated threshold alone: 0.08 .744 (.62/.92), .890/.855/.841; 0.1 .818 (.74/.92), .838/.830/.820: DUC's topics run
  // for weeks and take later reports that one threshold cannot tell from a campaign's next event, so it is not the
  // lever. The phrase rule of 969a21b (0.55 at 0.055): .732 (.58/1.00), .918/.884/.865, .990, every dev set up or
  // level and every dev floor kept, so it was chosen; held-out, run once after: polnear-events .734 -> .729 (P .600 ->
  // .588, R .945 -> .958), under its floor again (the gate's margin is .002), so not adopted: on events the dev and
  // held-out sets disagree by about one article each way, and neither moves far. Other phrase settings: 0.55 at 0.06
  // .732, .910/.876/.859; 0.7 at 0.055 .732, .896/.884/.865; 0.7 at 0.05 .732, .905/.873/.853. With it, and dropped on
  // dev alone: the factor on a join where one side is a single report (the held-out failure is single reports joining
  // a wrong event), beside the group rule, weight 0.1 / 0.15 / 0.2: .732 / .732 / .753, DUC dev .914 each, DUC all
  // .865 / .863 / .861 (0.2 gains between two that do not, DUC all on its floor: no plateau); alone, 0.3 / 0.5: .713 /
  // .761, DUC dev .898 / .887, DUC all .852 / .842; beside the group rule, 0.3-0.7 only where the single report comes
  // within 0-2 days of the group: .707-.754, DUC all .848-.859; a stricter bar for a single report joining a group of two or more (score x 0.9 / 0.8 with phrases, 0.8 /
  // 0.6 without): .738 / .758, .691 / .705, DUC all .857 / .852, .850 / .845; time scale 4 or 5 days for 6: .742 /
  // .757 (with single 0.2), DUC all .861 / .857; time span weight 1: .732, DUC dev .901; own names of overlapping
  // groups 0.7: .732, DUC dev .910. What still merges on dev (read there): adjacent events of one campaign week, group
  // to group (the Detroit and Miami debates a week apart; the conventions' roll call, acceptance and Obama speeches;
  // four Trump stories of Aug 9-18), with a same-week decoy riding along.
  storyDatedThreshold: 0.065,
  // Undated reports (ECB+) of two events of one kind are often years apart and say so ("in 2008"): dev at 0.12
  // .847/.843/.980 without, .847/.864/.980 at 0.5, .847/.874/.980 at 0.7. Applied to dated ones too it cost DUC .02
  // (background years), so publication dates, where both sides have them, take precedence.
  yearConflictWeight: 0.7,
  // Two undated groups that each keep naming people or places the other never names are two events of one kind (error
  // analysis of ECB+ dev: the 2008 and 2013 firings of one coach, two Interior Secretaries' rule changes were merged
  // on shared topic words). ECB+ event dev B³ F1 .874 off, .873 at 0.3, .895 at 0.5, .886 at 0.7; DUC and basil-dev
  // dev unchanged (dated). Counting single capitalized words as names instead cost ECB+ and DUC dev (.867/.841 at 0.6).
  ownNamesWeight: 0.5,
  // Two dated groups over overlapping days (two same-subject stories running at once: DUC's Turkey-Syria border crisis
  // and Sharon's appointment as Israel's foreign minister, October 1998) are told apart by the same rule. DUC dev B³ F1 .858 off (and at 0.3), .863 at 0.5-0.6, .860
  // at 0.8 (held-out .824 -> .828 at 0.5); applied also to groups within 3 days of overlapping, .845 at 0.5 (a running
  // story's follow-ups bring new names). ECB+ (undated) and basil-dev (one group per event) unchanged.
  // Tried (2026-12-06) against DUC's same-subject clusters of the same weeks, tuned on the early half of the time split
  // (scripts/tune-cluster.ts, ducTimeSplit; early B³ F1 .889 at these defaults, late .815): this weight at 0.7-1, own
  // names from single capitalized words or numbers too, more article terms, heavier numbers: none raised early (.862-.886;
  // entity weight 2 did, .896, but basil-dev fell to .969). Nor can a cohesion rule (two groups join only if they are as
  // similar across as within): the merged DUC pairs score 0.66-1.05 of their within similarity across, and DUC's own
  // clusters are loose (mean within 0.14-0.48), so the ratio that would split the pairs splits the clusters too.
  ownNamesDatedWeight: 0.5,
  // Two dated groups of five or more reports (a report and its copies count once) join only if at least 40 % of the
  // pairs of their reports, one from each side, would join on their own (each pair scored as two single reports: its
  // own days apart, no span widening). Error analysis of the full DUC stream (scripts/cluster-errors.ts, and the merge
  // order traced): the same-subject clusters still merged meet as two whole groups, joined by average linkage at
  // 1.5-1.8 x the threshold while few of their pairs match (the Gaza airport's opening, 9 reports, and Clinton's Gaza
  // visit, 10, over overlapping weeks: 12 % of pairs; the budget talks and Gingrich's fall 11-51 %; APEC and Anwar's
  // arrest 32 %), where the span widening lets two running stories of one subject join. No single statistic of such a
  // group merge separates DUC's 11 wrong ones from its 24 right ones (ROC AUC over merges of 3+ reports each: score .70,
  // share of matching pairs .72, cross/within similarity .70, words .62, names .68, own names .62, own words or
  // capitalized names absent from 80 % of the other side's reports .42-.46): right merges of small groups, a topic's
  // phases weeks apart, match pair by pair no better, so the check is for large groups only. B3 F1 DUC dev / early
  // (ducTimeSplit) / basil-dev / PolNeAR dev events (dev sets), off: .916/.895/.990/.680; minimum size 5 and share 0.1,
  // 0.25, 0.3: .916/.895/.990/.704; 0.4 and 0.5: .916/.897/.990/.704 (0.4 chosen: the lower end of the best dev
  // plateau); share 0.3 at size 3: .907/.879, size 4: .907/.887, size 6: .916/.895/.704, 7: .916/.895/.699, and 0.15-0.2
  // at size 3: .916/.883/.990/.704. Checked after choosing (not tuned on), off -> 0.4/5: DUC test .870 -> .898, late
  // .846 -> .863, all .861 -> .871; held-out polnear-events .734 -> .734; unlabelled PolNeAR largest stories
  // 129/96/64 -> 65/42/38 (the rule also stops a campaign's coverage chaining). Still merged on DUC all: the space
  // station's two clusters (Zarya and Unity, the same weeks and words), the campaign trio (budget talks, the races,
  // Gingrich's fall: their big groups match at 51 %), bin Laden's two (67 %), China's dissidents (89-100 %), APEC's
  // summit and Anwar's arrest (4 of APEC's 10 reports), North Korea's suspected nuclear site and its famine (joined
  // while one side was under five reports; counting a group's articles instead of its reports and copies: dev the
  // same). Five of those six pairs are bridged by the data itself: 8 DUC documents are filed under two clusters each
  // (same doc_id and text: APEC / Anwar 2, bin Laden's network / the embassy suspects 3, Zarya / Unity 1, the two China
  // dissident clusters 1, North Korea's site / famine 1); a copy is one report and stays with its copy, so the pair it
  // belongs to starts as one group.
  // Pairs are scored once each (memoized); the check runs only when a pair of large groups already clears the threshold.
  // Undated groups are left alone: applied to them too, ECB+ event dev stayed .900 and test rose .873 -> .883, but UCI
  // News (headlines, undated) fell .494 -> .479, under its floor (short texts match pair by pair too weakly).
  // Tried before it (2026-12-07): a group's recurring full names counted as its own when the other side names them in
  // at most 10 / 20 / 34 % of its reports instead of in none (ownNamesConflict; Gaza's airport and Clinton's visit had
  // none of their own by that rule, each naming the other's once): DUC dev / test / all .916/.870/.861,
  // .916/.881/.861, .911/.881/.856, and with ownNamesDatedWeight 0.8 / 1 at 20 %: .909/.881/.856, .899/.872/.850,
  // polnear dev .671; for undated groups at 20 %: ECB+ event test .873 -> .860. Not adopted.
  storyLinkShare: 0.4,
  storyLinkMinSize: 5,
  // Topic level: mean cosine between the articles of two groups of stories (average linkage over word-weighted vectors,
  // batch idf), a group that shares participants taking only stories that share one (topicParticipantsWeight). ECB+
  // topic dev B³ F1 with that rule: .945 at 0.025, .959 at 0.03 and 0.035, .954 at 0.04 and 0.045, .930 at 0.05, .912 at
  // 0.055: 0.035, the middle of the dev plateau 0.03-0.045. Without the rule: .908/.903 (dev/held-out) at 0.035, .929/.903
  // at 0.04, .929/.892 at 0.045, .930/.897 at 0.05, .912/.882 at 0.055 (0.045 was chosen then).
  // Centroid linkage (cosine of the summed story vectors) reached .927 on dev at 0.25 but .867 held out: there it kept
  // 9 of 25 held-out topics split into their two events (ECB+ pairs an event with another of the same kind: two
  // killings of co-workers, two refugee-camp bombings), and a threshold low enough to join them chained other kinds
  // (dev .880 at 0.20).
  topicThreshold: 0.035,
  topicLinkage: 'average',
  // Related stories that share participants (AMD in both of AMD's acquisitions) are a topic about them: another event
  // of the same kind with other participants (HP buying EDS) is kept out of it, not merely scored lower, since its
  // words alone (acquisition, billion, servers) score as high as the topic's own. ECB+ topic dev B³ F1 at 0.04: .929
  // off, .954 at 0.5, 0.7 and 1 (the same clusters): 1, the rule without a scale to tune. Names here are any
  // capitalized word or multi-word name; multi-word names alone (as ownNamesWeight uses) gave
  // dev .908/.929/.929 at 0.035/0.04/0.045, no better than without the rule (single-word names carry teams, companies,
  // places: Saints, AMD, Alaska).
  topicParticipantsWeight: 1,
  // Topics are events of one kind: words carry the kind, names and numbers tell two events apart. Entity weight 0.3
  // vs 0.6 at 0.22: .892 vs .875 ECB+ topic dev; 0.1-0.3 gave the same clusters. With average linkage, weights 1/1/1
  // reached .871 on dev at their best threshold (0.03).
  topicKindWeights: { entity: 0.3, number: 0.3, word: 1.0 },
};

function checkNumber(name: string, value: unknown, min: number, max: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new TypeError(`cluster options: ${name} must be a number in [${min}, ${max}], got ${String(value)}`);
  }
}

/** Fills defaults and checks ranges: a wrong option is a programming error (TypeError), not bad content. */
export function resolveOptions(partial: Partial<ClusterOptions> = {}): ClusterOptions {
  const o: ClusterOptions = {
    ...DEFAULT_CLUSTER_OPTIONS,
    ...partial,
    kindWeights: { ...DEFAULT_CLUSTER_OPTIONS.kindWeights, ...(partial.kindWeights ?? {}) },
    topicKindWeights: { ...DEFAULT_CLUSTER_OPTIONS.topicKindWeights, ...(partial.topicKindWeights ?? {}) },
  };
  checkNumber('joinThreshold', o.joinThreshold, 0, 1);
  for (const [k, v] of Object.entries(o.kindWeights)) checkNumber(`kindWeights.${k}`, v, 0, 100);
  for (const [k, v] of Object.entries(o.topicKindWeights)) checkNumber(`topicKindWeights.${k}`, v, 0, 100);
  if (o.linkage !== 'centroid' && o.linkage !== 'average') {
    throw new TypeError(`cluster options: linkage must be "centroid" or "average", got ${String(o.linkage)}`);
  }
  checkNumber('storyMergeThreshold', o.storyMergeThreshold, 0, 1);
  checkNumber('mergeThreshold', o.mergeThreshold, 0, 1);
  checkNumber('windowDays', o.windowDays, 0, 1e6);
  checkNumber('timeScaleDays', o.timeScaleDays, 1e-6, 1e6);
  checkNumber('timeWeight', o.timeWeight, 0, 1);
  checkNumber('maxOpenStories', o.maxOpenStories, 1, 1e8);
  checkNumber('profileTerms', o.profileTerms, 1, 1e5);
  checkNumber('articleTerms', o.articleTerms, 1, 1e5);
  checkNumber('maxCandidates', o.maxCandidates, 1, 1e6);
  checkNumber('duplicateThreshold', o.duplicateThreshold, 0, 1);
  checkNumber('membersForCopies', o.membersForCopies, 0, 1e5);
  checkNumber('storyThreshold', o.storyThreshold, 0, 1);
  checkNumber('storyTimeWeight', o.storyTimeWeight, 0, 1);
  checkNumber('storyTimeScaleDays', o.storyTimeScaleDays, 1e-6, 1e6);
  checkNumber('storyTimeSpanWeight', o.storyTimeSpanWeight, 0, 1e3);
  checkNumber('storyMentionedDayPenalty', o.storyMentionedDayPenalty, 0, 1e6);
  checkNumber('storyDatedThreshold', o.storyDatedThreshold, 0, 1);
  if (o.storyTimeLinkage !== 'nearest' && o.storyTimeLinkage !== 'average') {
    throw new TypeError(`cluster options: storyTimeLinkage must be "nearest" or "average", got ${String(o.storyTimeLinkage)}`);
  }
  if (typeof o.nameNewsPrior !== 'boolean') {
    throw new TypeError(`cluster options: nameNewsPrior must be true or false, got ${String(o.nameNewsPrior)}`);
  }
  checkNumber('yearConflictWeight', o.yearConflictWeight, 0, 1);
  checkNumber('ownNamesWeight', o.ownNamesWeight, 0, 1);
  checkNumber('ownNamesDatedWeight', o.ownNamesDatedWeight, 0, 1);
  checkNumber('storyLinkShare', o.storyLinkShare, 0, 1);
  checkNumber('storyLinkMinSize', o.storyLinkMinSize, 1, 1e6);
  checkNumber('topicThreshold', o.topicThreshold, 0, 1);
  checkNumber('topicParticipantsWeight', o.topicParticipantsWeight, 0, 1);
  if (o.topicLinkage !== 'centroid' && o.topicLinkage !== 'average') {
    throw new TypeError(`cluster options: topicLinkage must be "centroid" or "average", got ${String(o.topicLinkage)}`);
  }
  return o;
}
