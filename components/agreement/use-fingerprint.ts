'use client';

import { useEffect, useState } from 'react';
import type { AgreementVersion } from '@/lib/agreement/schema';
import { fingerprintVersion, shortFingerprint } from '@/lib/agreement/fingerprint';

/** The short fingerprint the PDF prints for this version, once computed (null until then). */
export function useFingerprint(version: AgreementVersion): string | null {
  const [print, setPrint] = useState<{ of: AgreementVersion; value: string } | null>(null);
  useEffect(() => {
    let live = true;
    void fingerprintVersion(version).then((hex) => live && setPrint({ of: version, value: shortFingerprint(hex) }));
    return () => {
      live = false;
    };
  }, [version]);
  return print?.of === version ? print.value : null;
}
