// A node:test reporter that writes one JSON line per skipped test or suite ({file, name, reason}); run-tests.mjs adds
// it beside the spec reporter and prints the skips grouped by reason. It reads node:test's own skip mark, so every
// `{ skip: 'reason' }` and `t.skip('reason')` is counted, whoever wrote the test.
export default async function* skipReporter(source) {
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const skip = event.data.skip;
    if (skip === undefined || skip === false) continue;
    const reason = typeof skip === 'string' && skip.trim() ? skip.trim() : 'no reason given';
    yield JSON.stringify({ file: event.data.file ?? '', name: event.data.name, suite: event.data.details?.type === 'suite', reason }) + '\n';
  }
}
