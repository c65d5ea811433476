import { evaluateLogLineAtoms, formatLogLineAtoms, readAtomLines } from "./lib/log-line-atom-eval";
console.log(formatLogLineAtoms(evaluateLogLineAtoms(readAtomLines())));
