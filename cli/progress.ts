/**
 * A progress bar on a terminal, only for work that takes more than a second (a bar that
 * flashes for 200 ms is noise), and never when output goes to a file or a pipe.
 */
import cliProgress from "cli-progress";

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

export function terminalProgress(label: string, stream: NodeJS.WriteStream = process.stderr, delayMs = 1000): Progress {
  const startedAt = Date.now();
  let bar: cliProgress.SingleBar | undefined;
  return {
    update(done, total) {
      if (!stream.isTTY || total <= 0) return;
      if (!bar) {
        if (Date.now() - startedAt < delayMs) return;
        bar = new cliProgress.SingleBar(
          { stream, format: `${label} [{bar}] {percentage}% | {value}/{total} MB`, hideCursor: true, clearOnComplete: true },
          cliProgress.Presets.shades_classic,
        );
        bar.start(Math.max(1, Math.round(total / 1048576)), 0);
      }
      bar.update(Math.round(done / 1048576));
    },
    stop() {
      bar?.stop();
    },
  };
}
