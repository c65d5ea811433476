import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * Files that take minutes. Vitest starts files it has no timings for by size, largest first, so
 * on a fresh clone (CI) the log-line refit check, a small file, started 40 s in and ended the
 * unit tests 40 s after the rest. Started first, it runs on one worker while the other takes the
 * rest.
 */
const LONG_FILES = ["app/analyzer/classify/log-line-calibration.test.ts"];

const isLong = (spec: TestSpecification) => LONG_FILES.some((path) => spec.moduleId.endsWith(path));

/** Vitest's own order (longest first once it has timings), with the known long files before it. */
export class LongFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return [...sorted.filter(isLong), ...sorted.filter((spec) => !isLong(spec))];
  }
}
