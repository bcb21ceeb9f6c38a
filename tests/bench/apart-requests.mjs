// The requests apart mode's loads make, for autocannon: shared by tests/bench/apart-bench.mjs (in
// process) and tests/bench/apart-load.mjs (the generator process of the scale rows).

/** Status polls, round robin over agreements nobody writes, so each answer stays a 304. */
export function pollRequests(polled) {
  let next = 0;
  return [
    {
      setupRequest(request) {
        const agreement = polled[next++ % polled.length];
        return { ...request, method: 'GET', path: `/api/apart/${agreement.id}/status`, headers: { Authorization: `Bearer ${agreement.token}`, 'If-None-Match': agreement.etag } };
      },
    },
  ];
}

/**
 * Sealed writes: each agreement leased to one request at a time (no two in flight share one, so no
 * 409s); a lease autocannon built but never sent is taken back after a few seconds.
 */
export function writeRequests(agreements) {
  return [
    {
      setupRequest(request, context) {
        // A request built again before it was sent gives its lease back first.
        if (context.index !== undefined) agreements[context.index].leasedAt = 0;
        const now = Date.now();
        let index = agreements.findIndex((entry) => now - entry.leasedAt > 3000);
        if (index < 0) index = 0;
        context.index = index;
        const agreement = agreements[index];
        agreement.leasedAt = now;
        return {
          ...request,
          method: 'PUT',
          path: `/api/apart/${agreement.id}/answers`,
          headers: { Authorization: `Bearer ${agreement.token}`, 'If-Match': `"${agreement.rev}"`, 'Content-Type': 'application/json' },
          body: agreement.body,
        };
      },
      onResponse(status, body, context) {
        const agreement = agreements[context.index];
        const answer = JSON.parse(body || '{}');
        // 200: the new rev; 409: the rev it is at now (so a lost answer cannot leave us out of step).
        agreement.rev = status === 200 ? answer.rev : (answer.current?.rev ?? agreement.rev);
        agreement.leasedAt = 0;
      },
    },
  ];
}
