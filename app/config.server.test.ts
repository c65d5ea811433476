import { describe, expect, test } from "vitest";
import { readConfig } from "./config.server";

describe("readConfig", () => {
  test("defaults", () => {
    expect(readConfig({})).toEqual({ origin: undefined, sessionSecret: undefined, sessionHours: 12, trustProxy: false });
  });

  test.each([
    ["https://orbital.example.com", "https://orbital.example.com"],
    ["https://orbital.example.com/", "https://orbital.example.com"],
    ["http://localhost:3000", "http://localhost:3000"],
    ["HTTPS://Orbital.Example.com:443", "https://orbital.example.com"],
  ])("ORBITAL_ORIGIN %s → %s", (value, origin) => {
    expect(readConfig({ ORBITAL_ORIGIN: value }).origin).toBe(origin);
  });

  test.each([
    [{ ORBITAL_ORIGIN: "orbital.example.com" }, /ORBITAL_ORIGIN: expected an origin/],
    [{ ORBITAL_ORIGIN: "ftp://orbital.example.com" }, /ORBITAL_ORIGIN: expected http: or https:/],
    [{ ORBITAL_ORIGIN: "https://orbital.example.com/app" }, /without a path/],
    [{ ORBITAL_SESSION_SECRET: "short" }, /ORBITAL_SESSION_SECRET: must be at least 32 characters/],
    [{ ORBITAL_SESSION_HOURS: "0" }, /ORBITAL_SESSION_HOURS/],
    [{ ORBITAL_SESSION_HOURS: "1.5" }, /ORBITAL_SESSION_HOURS/],
    [{ ORBITAL_SESSION_HOURS: "721" }, /ORBITAL_SESSION_HOURS/],
    [{ ORBITAL_TRUST_PROXY: "yes" }, /ORBITAL_TRUST_PROXY/],
  ])("refuses %j", (env, message) => {
    expect(() => readConfig(env)).toThrow(message);
  });

  test.each([
    [{ ORBITAL_SESSION_SECRET: "x".repeat(32) }, { sessionSecret: "x".repeat(32) }],
    [{ ORBITAL_SESSION_SECRET: "" }, { sessionSecret: undefined }],
    [{ ORBITAL_SESSION_HOURS: "1" }, { sessionHours: 1 }],
    [{ ORBITAL_SESSION_HOURS: "720" }, { sessionHours: 720 }],
    [{ ORBITAL_TRUST_PROXY: "1" }, { trustProxy: true }],
    [{ ORBITAL_TRUST_PROXY: "false" }, { trustProxy: false }],
  ])("accepts %j", (env, expected) => {
    expect(readConfig(env)).toMatchObject(expected);
  });
});
