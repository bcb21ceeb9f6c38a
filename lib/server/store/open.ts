import 'server-only';
import type { ApartConfig } from '../apart/config';
import { openPostgresStore } from './postgres';
import { openSqliteStore } from './sqlite';
import type { Store } from './store';

/** PostgreSQL when DATABASE_URL names one, else the embedded SQLite file. */
export function openStore(config: ApartConfig): Promise<Store> {
  if (config.databaseUrl) return openPostgresStore(config.databaseUrl, { poolMax: config.poolMax });
  return openSqliteStore(config.sqliteFile);
}
