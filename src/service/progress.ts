/**
 * Progress on stderr: a counter rewritten in place on a terminal, else one line every `every` items (logs stay short).
 */
export function progressReporter(label: string, stream: NodeJS.WriteStream = process.stderr, every = 50): (done: number, total: number) => void {
  return (done, total) => {
    if (stream.isTTY) {
      stream.write(`\r${label}: ${done}/${total}${done === total ? '\n' : ''}`);
    } else if (done % every === 0 || done === total) {
      stream.write(`${label}: ${done}/${total}\n`);
    }
  };
}
