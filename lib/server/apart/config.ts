import 'server-only';
import { z } from 'zod';

const number = (fallback: number, min: number, max: number) => z.coerce.number().min(min).max(max).default(fallback);
const whole = (fallback: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(fallback);

/** Every setting the server reads from the environment, with its default. */
const envSchema = z.object({
  /**
   * postgres://user:password@host:port/database (or postgresql://): several instances over one
   * PostgreSQL. Unset: the embedded SQLite file below.
   */
  DATABASE_URL: z
    .string()
    .trim()
    .refine((value) => /^postgres(ql)?:\/\/[^\s]+$/.test(value), 'must be a postgres:// or postgresql:// URL (unset it to use the SQLite file)')
    .refine((value) => URL.canParse(value), 'is not a valid URL (a password with @ : / # ? in it must be percent-encoded)')
    .optional(),
  /** PostgreSQL connections per instance (their sum over all instances must stay below the server's max_connections). */
  APART_PG_POOL_MAX: whole(10, 1, 200),
  /** The SQLite file; its folder is created on first run. */
  APART_SQLITE_FILE: z.string().trim().min(1).default('./data/our-terms.sqlite'),
  /**
   * How many reverse proxies that you run stand in front and append to X-Forwarded-For. 0 (the
   * default): no proxy, so the header is the client's own word and is not used for limits.
   */
  APART_TRUSTED_PROXIES: whole(0, 0, 10),
  /** 32+ random bytes as base64url, the key for hashing client addresses; made and kept in the database when unset. */
  APART_SERVER_SECRET: z.string().regex(/^[A-Za-z0-9_-]{43,}$/, 'must be at least 32 random bytes as base64url').optional(),
  APART_INVITE_TTL_HOURS: number(72, 0.001, 24 * 365),
  APART_IDLE_TTL_DAYS: number(90, 0.001, 3650),
  APART_MAX_BODY_BYTES: whole(1_048_576, 1024, 64 * 1_048_576),
  APART_RATE_WINDOW_SECONDS: whole(60, 1, 86_400),
  APART_RATE_PER_AGREEMENT: whole(600, 1, 1_000_000),
  APART_RATE_PER_ADDRESS: whole(1200, 1, 1_000_000),
  APART_RATE_CREATE_PER_ADDRESS: whole(30, 1, 1_000_000),
  APART_EXPIRY_INTERVAL_MINUTES: number(15, 0.01, 1440),
  /** '1' turns on /api/bench/constant, the bare baseline route for `npm run bench`. */
  APART_BENCH_ROUTES: z.enum(['0', '1']).default('0'),
});

export interface ApartConfig {
  /** Set: PostgreSQL. Unset: SQLite. */
  readonly databaseUrl: string | undefined;
  readonly poolMax: number;
  readonly sqliteFile: string;
  readonly trustedProxies: number;
  readonly serverSecret: string | undefined;
  readonly inviteTtlMs: number;
  readonly idleTtlMs: number;
  readonly maxBodyBytes: number;
  readonly rateWindowMs: number;
  readonly ratePerAgreement: number;
  readonly ratePerAddress: number;
  readonly rateCreatePerAddress: number;
  readonly expiryIntervalMs: number;
  readonly benchRoutes: boolean;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and checks the settings once; a bad value stops the server with a message naming the setting. */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): ApartConfig {
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([name, value]) => (name.startsWith('APART_') || name === 'DATABASE_URL') && value !== '')));
  if (!parsed.success) {
    // The value is never repeated: DATABASE_URL may hold a password.
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new ConfigError(`Apart-mode settings are not valid: ${problems}`);
  }
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    poolMax: e.APART_PG_POOL_MAX,
    sqliteFile: e.APART_SQLITE_FILE,
    trustedProxies: e.APART_TRUSTED_PROXIES,
    serverSecret: e.APART_SERVER_SECRET,
    inviteTtlMs: e.APART_INVITE_TTL_HOURS * 3_600_000,
    idleTtlMs: e.APART_IDLE_TTL_DAYS * 86_400_000,
    maxBodyBytes: e.APART_MAX_BODY_BYTES,
    rateWindowMs: e.APART_RATE_WINDOW_SECONDS * 1000,
    ratePerAgreement: e.APART_RATE_PER_AGREEMENT,
    ratePerAddress: e.APART_RATE_PER_ADDRESS,
    rateCreatePerAddress: e.APART_RATE_CREATE_PER_ADDRESS,
    expiryIntervalMs: e.APART_EXPIRY_INTERVAL_MINUTES * 60_000,
    benchRoutes: e.APART_BENCH_ROUTES === '1',
  };
}
