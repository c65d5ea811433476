/**
 * The shipped atom stage: fitted-atoms.json (written by scripts/fit-atoms.ts), checked against its
 * schema once when the classifier loads; a static import, as fitted-model.ts.
 */
import data from "./fitted-atoms.json" with { type: "json" };
import { readAtomFile, type AtomFile } from "./atom-model-file";

export const FITTED_ATOMS: AtomFile = readAtomFile(data);
