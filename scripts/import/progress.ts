/** Progress on stderr: one updating line on a TTY, a plain line every ~5 s otherwise. */
export type Progress = { update(lines: number, bytes: number): void; finish(): void };

export const silentProgress: Progress = { update: () => {}, finish: () => {} };

export function progressOn(stream: NodeJS.WriteStream, totalBytes: number, startedAt = Date.now()): Progress {
  const tty = stream.isTTY === true;
  const every = tty ? 200 : 5000;
  let last = 0;
  let shown = false;
  return {
    update(lines, bytes) {
      const now = Date.now();
      if (now - last < every) return;
      last = now;
      const seconds = (now - startedAt) / 1000;
      const rate = seconds > 0 ? lines / seconds : 0;
      const done = totalBytes > 0 ? Math.min(bytes / totalBytes, 1) : 0;
      const eta = done > 0 ? (seconds / done) * (1 - done) : NaN;
      const text = `${lines.toLocaleString('en-US')} lines, ${Math.round(rate).toLocaleString('en-US')} lines/s, ${(done * 100).toFixed(1)}%, ETA ${Number.isFinite(eta) ? `${Math.ceil(eta)} s` : '?'}`;
      if (tty) {
        stream.write(`\r\x1b[2K${text}`);
        shown = true;
      } else stream.write(`${text}\n`);
    },
    finish() {
      if (shown) stream.write('\r\x1b[2K');
    },
  };
}
