/**
 * The shipped fitted model: fitted-model.json (written by scripts/fit-classifier.ts), checked
 * against its schema once when the classifier loads. A static import, not a file read, so the
 * analyzer core stays free of I/O and the bundler inlines the data like any other module.
 */
import data from "./fitted-model.json" with { type: "json" };
import { readModelFile, type ModelFile } from "./model-file";

export const FITTED_MODEL: ModelFile = readModelFile(data);
