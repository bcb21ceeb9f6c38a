'use client';

import { useState } from 'react';
import type { Agreement, PartnerKey } from '@/lib/agreement/schema';
import { latestVersion, withdraw } from '@/lib/agreement/versions';
import { ProblemMessage } from '../shared/storage-banner';
import { NameConfirm } from './name-confirm';
import { PartnerPicker } from './partner-picker';

/** Either partner can withdraw, alone, at any time, without giving a reason. */
const WITHDRAW_PROBLEMS = {
  alreadyWithdrawn: 'This agreement has already been withdrawn. Nothing more needs doing here.',
} as const;

export function WithdrawPanel({ agreement, onSave, thisPhone = null }: Readonly<{ agreement: Agreement; onSave(next: Agreement): Promise<void>; thisPhone?: PartnerKey | null }>) {
  const latest = latestVersion(agreement);
  const names = { a: latest.partners.a.name, b: latest.partners.b.name };
  const [picked, setPartner] = useState<PartnerKey | null>(null);
  const partner = thisPhone ?? picked;
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <div>
      <p>
        Either of you can withdraw, on your own, at any time, and you do not need to give a reason. The agreement then ends,
        and what you agreed for “if either of us asks” applies straight away: deleting, then confirming it is done.
      </p>
      <PartnerPicker legend="Who is withdrawing?" name="withdraw-partner" names={names} value={partner} onChange={setPartner} only={thisPhone} />
      {partner && (
        <NameConfirm
          name={latest.partners[partner].name}
          action="Withdraw now"
          onConfirm={() => {
            const result = withdraw(agreement, partner);
            setProblem(result.ok ? null : WITHDRAW_PROBLEMS[result.problem]);
            if (result.ok) void onSave(result.agreement);
          }}
        />
      )}
      <ProblemMessage message={problem} />
    </div>
  );
}
