import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../../lib/server/apart/config';

describe('DATABASE_URL and the engine', () => {
  it('uses SQLite with no configuration and PostgreSQL when DATABASE_URL names it', () => {
    expect(loadConfig({}).databaseUrl).toBeUndefined();
    expect(loadConfig({ DATABASE_URL: '' }).databaseUrl).toBeUndefined();
    expect(loadConfig({ DATABASE_URL: 'postgres://app:secret@db.internal:5432/ourterms' }).databaseUrl).toBe('postgres://app:secret@db.internal:5432/ourterms');
    expect(loadConfig({ DATABASE_URL: 'postgresql://app@127.0.0.1/ourterms?sslmode=require' }).databaseUrl).toMatch(/^postgresql:/);
    expect(loadConfig({}).poolMax).toBe(10);
    expect(loadConfig({ APART_PG_POOL_MAX: '25' }).poolMax).toBe(25);
  });

  it('refuses another kind of URL with a message naming the setting, and never repeats its value', () => {
    for (const value of ['mysql://root:hunter2@db/x', 'file:./data.sqlite', 'hunter2', 'postgres://has space@db/x']) {
      let message = '';
      try {
        loadConfig({ DATABASE_URL: value });
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        message = (error as Error).message;
      }
      expect(message).toMatch(/^Apart-mode settings are not valid: DATABASE_URL: /);
      expect(message).not.toContain('hunter2');
    }
    expect(() => loadConfig({ APART_PG_POOL_MAX: '0' })).toThrow(/APART_PG_POOL_MAX/);
  });
});
