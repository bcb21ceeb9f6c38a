import { afterEach, describe, expect, it, vi } from 'vitest';
import { logEvent, logFailure, logRequest, logStartFailed, type RouteName } from '../../../../lib/server/apart/logger';

const SECRET = 'Zoë-token-AbC123_fragment#k=s3cr3t';

function captured(run: () => void): string[] {
  const lines: string[] = [];
  for (const level of ['info', 'error'] as const) vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(' ')));
  run();
  return lines;
}

describe('the server logger', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prints a route pattern, a status and a time', () => {
    expect(captured(() => logRequest('/api/apart/[id]/status', 304, performance.now()))).toEqual([expect.stringMatching(/^api \/api\/apart\/\[id\]\/status 304 \d+ms$/)]);
  });

  it('prints a placeholder for a route that is not a pattern (a path with an id or a token in it)', () => {
    const lines = captured(() => {
      logRequest(`/api/apart/${SECRET}` as RouteName, 200, performance.now());
      logFailure('/api/apart/abc?token=1' as RouteName, new Error('x'));
    });
    expect(lines).toEqual([expect.stringMatching(/^api \/api\/\(unnamed\) 200 \d+ms$/), 'api /api/(unnamed) failed: Error']);
  });

  it('prints an error by its class name only, never its message, and no name that is not a class name', () => {
    const named = new Error(SECRET);
    named.name = `Bad ${SECRET}`;
    const lines = captured(() => {
      logFailure('/api/apart', new TypeError(SECRET));
      logFailure('/api/apart', named);
      logFailure('/api/apart', SECRET);
    });
    expect(lines).toEqual(['api /api/apart failed: TypeError', 'api /api/apart failed: Error', 'api /api/apart failed: Error']);
    expect(lines.join('\n')).not.toContain('Zoë');
  });

  it('at start, says why the server cannot start, with a URL password and anything token-shaped hidden', () => {
    const token = 'v1.' + 'k3Y_'.repeat(11);
    const lines = captured(() => {
      logStartFailed(new Error('Apart-mode settings are not valid: DATABASE_URL: must be a postgres:// or postgresql:// URL'));
      logStartFailed(new Error(`The database could not be prepared: connect postgres://ours:pa55word@10.0.0.9:5432/db ${token}.`));
      logStartFailed(SECRET);
    });
    expect(lines).toEqual([
      'Apart-mode settings are not valid: DATABASE_URL: must be a postgres:// or postgresql:// URL',
      'The database could not be prepared: connect postgres://ours:(hidden)@10.0.0.9:5432/db v1.(hidden).',
      'The apart-mode store could not start.',
    ]);
    expect(lines.join('\n')).not.toMatch(/pa55word|k3Y_k3Y_|Zoë/);
  });

  it('prints only its fixed event lines', () => {
    expect(captured(() => logEvent('expiryFailed'))).toEqual(['api expiry failed']);
    expect(captured(() => logEvent('storeClosed'))).toEqual(['api store closed']);
  });
});
