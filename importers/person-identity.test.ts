import { describe, expect, test } from "vitest";
import { identifierHash, maskIdentifier, normalizeIdentifier, personPseudonym } from "./person-identity";

describe("normalizeIdentifier", () => {
  test.each([
    ["Jürgen  Quispe", "jurgen quispe"],
    ["  JÜRGEN\tQUISPE ", "jurgen quispe"],
    ["Ju\u0308rgen Quispe", "jurgen quispe"], // decomposed ü
    ["Ｊｕｒｇｅｎ", "jurgen"], // full-width letters
    ["Zoë O'Neill", "zoe o'neill"],
    ["Jurgen.Quispe@ACME.example", "jurgen.quispe@acme.example"],
    ["", ""],
    ["   ", ""],
  ])("%j → %j", (raw, normalized) => expect(normalizeIdentifier(raw)).toBe(normalized));
});

describe("identifierHash", () => {
  test("the same person written two ways hashes the same; the kind and the key are part of the hash", () => {
    const key = "k1";
    expect(identifierHash(key, "name", "Jürgen  Quispe")).toBe(identifierHash(key, "name", "jurgen quispe"));
    expect(identifierHash(key, "name", "E1")).not.toBe(identifierHash(key, "employee_id", "E1"));
    expect(identifierHash("k2", "name", "Jürgen Quispe")).not.toBe(identifierHash(key, "name", "Jürgen Quispe"));
    expect(identifierHash(key, "email", "  ")).toBe("");
    expect(identifierHash(key, "email", "a@b.example")).toMatch(/^[0-9a-f]{64}$/);
  });

  test("a person's pseudonym with an employee id is the hash Orbital's CSV gives that id; without one the e-mail's", () => {
    const withId = personPseudonym("k", { employeeId: " E1 ", email: "x@y.example" });
    expect(withId).toBe(personPseudonym("k", { employeeId: "E1" }));
    expect(personPseudonym("k", { email: "X@Y.example", name: "Ana" })).toBe(identifierHash("k", "email", "x@y.example"));
    expect(personPseudonym("k", { name: "Ana" })).toBe(identifierHash("k", "name", "ana"));
  });
});

describe("maskIdentifier", () => {
  test.each([
    ["email", "olga.ivanova@contractor.example", "o…@c….example"],
    ["name", "Ana Silva", "An… Si…"],
    ["name", "Jürgen Quispe", "Jü… Qu…"],
    ["employee_id", "E10033", "E10…"],
    ["employee_id", "E1", "E…"],
  ] as const)("%s %j → %j: never the whole identifier", (kind, value, masked) => {
    expect(maskIdentifier(kind, value)).toBe(masked);
    expect(masked).not.toContain(value);
  });
});
