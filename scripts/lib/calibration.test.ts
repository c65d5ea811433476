import { describe, expect, it } from "vitest";
import { applyPlatt, calibrationReport, fitPlatt, fitPlattSlope } from "./calibration";

/** A fixed linear congruential generator: the synthetic set is the same on every run. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

describe("calibration", () => {
  // Known answer: outcomes drawn with probability sigmoid(2·score − 1), so Platt scaling of the
  // raw score must find slope ≈ 2 and intercept ≈ −1, and then be (nearly) perfectly calibrated.
  const next = random(42);
  const scores = Array.from({ length: 20_000 }, (_, i) => -3 + (6 * i) / 20_000);
  const outcomes = scores.map((z) => next() < sigmoid(2 * z - 1));

  it("recovers the slope and intercept that generated the outcomes", () => {
    const platt = fitPlatt(
      scores,
      outcomes.map((o) => (o ? 1 : 0)),
    );
    expect(platt.slope).toBeGreaterThan(1.9);
    expect(platt.slope).toBeLessThan(2.1);
    expect(platt.intercept).toBeGreaterThan(-1.1);
    expect(platt.intercept).toBeLessThan(-0.9);
  });

  it("through the origin, recovers the slope of outcomes drawn with sigmoid(2.5·score)", () => {
    const draw = random(7);
    const through = scores.map((z) => (draw() < sigmoid(2.5 * z) ? 1 : 0));
    const platt = fitPlattSlope(scores, through);
    expect(platt.intercept).toBe(0);
    expect(platt.slope).toBeGreaterThan(2.35);
    expect(platt.slope).toBeLessThan(2.65);
  });

  it("brings a miscalibrated score's ECE down to sampling noise", () => {
    const raw = calibrationReport(scores.map(sigmoid), outcomes);
    const platt = fitPlatt(
      scores,
      outcomes.map((o) => (o ? 1 : 0)),
    );
    const scaled = calibrationReport(
      scores.map((z) => applyPlatt(platt, z)),
      outcomes,
    );
    expect(raw.ece).toBeGreaterThan(0.08);
    expect(scaled.ece).toBeLessThan(0.015);
  });

  it("computes ECE and the reliability table exactly on a hand-made set", () => {
    // Ten predictions of 0.8 of which five came true (bin 0.8–0.9: off by 0.3), and ten of 0.15
    // of which none came true (bin 0.1–0.2: off by 0.15): ECE = ½·0.3 + ½·0.15 = 0.225.
    const probabilities = [...Array(10).fill(0.8), ...Array(10).fill(0.15)];
    const hits = [...Array(5).fill(true), ...Array(5).fill(false), ...Array(10).fill(false)];
    const report = calibrationReport(probabilities, hits);
    expect(report.ece).toBeCloseTo(0.225, 12);
    expect(report.bins).toHaveLength(10);
    expect(report.bins[8]).toMatchObject({ from: 0.8, n: 10, observed: 0.5 });
    expect(report.bins[8].predicted).toBeCloseTo(0.8, 12);
    expect(report.bins[1]).toMatchObject({ n: 10, observed: 0 });
    expect(report.bins.filter((b) => b.n === 0)).toHaveLength(8);
  });

  it("puts a probability of exactly 1 in the last bin", () => {
    expect(calibrationReport([1], [true]).bins[9].n).toBe(1);
  });
});
