import { describe, expect, test } from "vitest";
import { parseScenarioParams } from "./scenario-params";

const parse = (search: string) => parseScenarioParams(new URLSearchParams(search));

describe("parseScenarioParams", () => {
  test.each([
    ["", 50, 0.5],
    ["?adoption=&elasticity=", 50, 0.5],
    ["?department=Sales", 50, 0.5],
    ["?adoption=0&elasticity=0", 0, 0],
    ["?adoption=100&elasticity=3", 100, 3],
    ["?adoption=35", 35, 0.5],
    ["?elasticity=2", 50, 2],
    ["?adoption=12.6&elasticity=0.30000000000000004", 13, 0.3],
    ["?adoption=%2040%20", 40, 0.5],
    ["?elasticity=.5", 50, 0.5],
    ["?elasticity=1.25", 50, 1.3],
  ])("%j → adoption %d %, ε %d", (search, adoptionPercent, elasticity) => {
    const result = parse(search);
    expect(result).toEqual({ ok: true, scenario: { adoptionPercent, elasticity, params: { adoption: adoptionPercent / 100, elasticity } } });
  });

  test.each([
    ["?adoption=150", 'adoption must be between 0 and 100 (percent), got 150'],
    ["?adoption=-1", "adoption must be between 0 and 100 (percent), got -1"],
    ["?adoption=100.4", "adoption must be between 0 and 100 (percent), got 100.4"],
    ["?adoption=half", 'adoption must be a number from 0 to 100 (percent), got "half"'],
    ["?adoption=0x10", 'adoption must be a number from 0 to 100 (percent), got "0x10"'],
    ["?adoption=1e2", 'adoption must be a number from 0 to 100 (percent), got "1e2"'],
    ["?elasticity=3.5", "elasticity must be between 0 and 3, got 3.5"],
    ["?elasticity=-0.1", "elasticity must be between 0 and 3, got -0.1"],
    ["?elasticity=Infinity", 'elasticity must be a number from 0 to 3, got "Infinity"'],
    ["?adoption=50&elasticity=NaN", 'elasticity must be a number from 0 to 3, got "NaN"'],
  ])("%j is refused: %s", (search, message) => {
    expect(parse(search)).toEqual({ ok: false, message });
  });

  test("the first bad value is the one reported", () => {
    expect(parse("?adoption=200&elasticity=9")).toMatchObject({ ok: false, message: expect.stringMatching(/^adoption/) });
  });
});
