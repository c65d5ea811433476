// classifyTasksOnThreads must answer exactly as classifyTasks on one thread, with a real helper
// thread reading part of the texts (real fixture files, the real classifier on both threads).
import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { classifyTasks } from "../../app/analyzer/classify";
import {
  classifyTasksOnThreads,
  MIN_TEXTS_FOR_THREADS,
  START_TEXTS,
  startClassifyThreads,
  stopClassifyThreads,
  type ThreadsReport,
} from "./classify-threads";

const tasks = (file: string) =>
  Papa.parse<{ task: string }>(readFileSync(new URL(`../../fixtures/${file}`, import.meta.url), "utf8"), { header: true, skipEmptyLines: true })
    .data.map((r) => r.task);
const FIXTURE_TEXTS = ["timesheets/labelled-lines.csv", "timesheets/fresh-lines.csv", "labelled-tasks.csv", "atoms/company-statements.csv"].flatMap(tasks);
// Four times over with a different ending each, so the calling thread cannot finish alone
// before a helper on a busy machine has claimed a chunk; blanks and line breaks among them.
const TEXTS = ["weekly", "for the client", "(Q3)", "as needed"].flatMap((end) => FIXTURE_TEXTS.map((t) => `${t} ${end}`));
TEXTS.splice(100, 0, "", "   ", "Review invoices\nand approve payments");

const report = (): ThreadsReport => ({ helpers: -1, chunks: -1, helperChunks: -1 });

describe("classifyTasksOnThreads", () => {
  beforeAll(async () => {
    vi.stubEnv("ORBITAL_CLASSIFY_THREADS", "2");
    expect(await startClassifyThreads()).toBe(1);
  }, 60_000);
  afterEach(() => vi.stubEnv("ORBITAL_CLASSIFY_THREADS", "2"));
  afterAll(async () => {
    vi.unstubAllEnvs();
    await stopClassifyThreads();
  });

  it("gives every text the result one thread gives, in order, with the helper reading part of them", () => {
    const alone = classifyTasks(TEXTS);
    // The helper runs at a lower priority: on a machine busy with other work it may get no
    // chunk in one call, so up to three calls are given for it to take part.
    let shared = report();
    let threaded = classifyTasksOnThreads(TEXTS, { report: shared });
    for (let call = 1; call < 3 && shared.helperChunks === 0; call++) threaded = classifyTasksOnThreads(TEXTS, { report: (shared = report()) });
    expect(shared.helpers).toBe(1);
    expect(shared.chunks).toBe(Math.ceil(TEXTS.length / 64));
    expect(shared.helperChunks).toBeGreaterThan(0);
    expect(threaded).toHaveLength(TEXTS.length);
    TEXTS.forEach((text, i) => expect(threaded[i], JSON.stringify(text)).toEqual(alone[i]));
  });

  it("keeps small calls, and ORBITAL_CLASSIFY_THREADS=1, on the calling thread", () => {
    const small = TEXTS.slice(0, MIN_TEXTS_FOR_THREADS - 1);
    const r = report();
    expect(classifyTasksOnThreads(small, { report: r, total: START_TEXTS })).toEqual(classifyTasks(small));
    expect(r).toEqual({ helpers: 0, chunks: 0, helperChunks: 0 });

    vi.stubEnv("ORBITAL_CLASSIFY_THREADS", "1");
    const one = report();
    const texts = TEXTS.slice(0, 1000);
    expect(classifyTasksOnThreads(texts, { report: one, total: START_TEXTS })).toEqual(classifyTasks(texts));
    expect(one).toEqual({ helpers: 0, chunks: 0, helperChunks: 0 });
  });

  it("starts helpers only for a large job, and answers alike while they start (this thread reads what they cannot yet)", async () => {
    await stopClassifyThreads();
    const texts = TEXTS.slice(0, 2000);
    const small = report();
    expect(classifyTasksOnThreads(texts, { report: small })).toEqual(classifyTasks(texts));
    expect(small.helpers).toBe(0);
    const large = report();
    expect(classifyTasksOnThreads(texts, { report: large, total: START_TEXTS })).toEqual(classifyTasks(texts));
    expect(large.helpers).toBe(1);
  });

  it("a helper that dies in the middle of a job costs a wait, not a result: its chunk is read here and it is not asked again", async () => {
    await stopClassifyThreads();
    vi.stubEnv("ORBITAL_FAULT_AT", "classify.helper-chunk:exit");
    vi.stubEnv("ORBITAL_CLASSIFY_HELPER_TIMEOUT_MS", "300");
    try {
      expect(await startClassifyThreads()).toBe(1);
      const texts = TEXTS.slice(0, 3000);
      const r = report();
      expect(classifyTasksOnThreads(texts, { report: r })).toEqual(classifyTasks(texts));
      expect(r).toMatchObject({ helpers: 1, helperChunks: 0 });
      // Its exit is heard once this thread is back in the event loop.
      await new Promise((resolve) => setTimeout(resolve, 100));
      const after = report();
      expect(classifyTasksOnThreads(texts, { report: after, total: START_TEXTS })).toEqual(classifyTasks(texts));
      expect(after.helpers).toBe(0);
    } finally {
      vi.unstubAllEnvs();
      vi.stubEnv("ORBITAL_CLASSIFY_THREADS", "2");
      await stopClassifyThreads();
    }
  });
});
