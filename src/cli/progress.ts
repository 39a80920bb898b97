// Ingest progress for the CLI's stderr: the stage name and its percent. On a terminal one
// line is rewritten in place (\r) and cleared at the end, so only the summary stays; in a log
// or pipe each stage gets one line, its percents appended as it runs (a long layout shows it
// is alive, a short stage costs one line). Either way a stage's percent is shown only every
// STEP points (and at 100), so a layout's many callbacks never flood the output.

/** Where progress goes: raw text (no newline added) and whether it is a terminal. */
export interface ProgressSink {
  write: (text: string) => void;
  isTTY: boolean;
}

export interface ProgressPrinter {
  /** A stage's progress, 0…1 (the pipeline's `onProgress`). */
  update: (stage: string, fraction: number) => void;
  /** Close the open line (log) or clear it (terminal); call before any other stderr output. */
  end: () => void;
}

/** Percent points between two updates of the same stage. */
const STEP = 5;

export function createProgressPrinter(sink: ProgressSink): ProgressPrinter {
  let stage: string | null = null;
  let shown = -1;
  // Terminal: the width of the text now on the line, so a shorter one can blank it out.
  let width = 0;

  const show = (text: string, newStage: boolean) => {
    if (sink.isTTY) {
      sink.write(`\r${text.padEnd(width)}`);
      width = text.length;
    } else if (newStage) {
      sink.write(`${stage === null ? "" : "\n"}${text}`);
    } else {
      sink.write(` ${text.slice(text.lastIndexOf(" ") + 1)}`);
    }
  };

  return {
    update(name, fraction) {
      const percent = Math.floor(Math.min(1, Math.max(0, fraction)) * 100);
      if (name !== stage) {
        show(`${name}: ${percent}%`, true);
        stage = name;
        shown = percent;
        return;
      }
      if (percent >= shown + STEP || (percent === 100 && shown < 100)) {
        show(`${name}: ${percent}%`, false);
        shown = percent;
      }
    },
    end() {
      if (stage === null) return;
      sink.write(sink.isTTY ? `\r${" ".repeat(width)}\r` : "\n");
      stage = null;
      shown = -1;
      width = 0;
    },
  };
}
