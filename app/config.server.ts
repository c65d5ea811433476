/**
 * The server's settings from the environment, checked once at boot so a typo fails the start
 * with a clear message instead of weakening security quietly.
 */
import { z } from "zod";

const EnvSchema = z.object({
  ORBITAL_ORIGIN: z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (!value) return undefined;
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        ctx.addIssue({ code: "custom", message: `expected an origin like https://orbital.example.com, got "${value}"` });
        return z.NEVER;
      }
      if (url.protocol !== "http:" && url.protocol !== "https:") {
        ctx.addIssue({ code: "custom", message: `expected http: or https:, got "${url.protocol}"` });
        return z.NEVER;
      }
      if ((url.pathname !== "/" && url.pathname !== "") || url.search || url.hash) {
        ctx.addIssue({ code: "custom", message: `expected an origin without a path, got "${value}"` });
        return z.NEVER;
      }
      return url.origin;
    }),
  ORBITAL_SESSION_SECRET: z
    .string()
    .optional()
    .refine((value) => value === undefined || value === "" || value.length >= 32, {
      message: "must be at least 32 characters (e.g. `openssl rand -base64 48`)",
    })
    .transform((value) => value || undefined),
  ORBITAL_SESSION_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  ORBITAL_TRUST_PROXY: z
    .enum(["", "0", "1", "true", "false"])
    .default("")
    .transform((value) => value === "1" || value === "true"),
});

export type OrbitalConfig = {
  /** Public origin (scheme://host[:port]) when set; otherwise derived from each request's Host. */
  origin: string | undefined;
  sessionSecret: string | undefined;
  sessionHours: number;
  /** Behind a reverse proxy: take the client address and scheme from X-Forwarded-* headers. */
  trustProxy: boolean;
};

export function readConfig(env: Record<string, string | undefined> = process.env): OrbitalConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n  ${lines.join("\n  ")}`);
  }
  const value = parsed.data;
  return {
    origin: value.ORBITAL_ORIGIN,
    sessionSecret: value.ORBITAL_SESSION_SECRET,
    sessionHours: value.ORBITAL_SESSION_HOURS,
    trustProxy: value.ORBITAL_TRUST_PROXY,
  };
}

let cached: OrbitalConfig | undefined;
export function getConfig(): OrbitalConfig {
  cached ??= readConfig();
  return cached;
}
