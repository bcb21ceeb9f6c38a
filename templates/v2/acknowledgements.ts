import { intimateMessaging } from '../v1';

/**
 * Acknowledgements for version 2: version 1's, unchanged and in the same order,
 * plus the one review T3 asks for. "A yes" wording avoids ever reading as a record of consent.
 */
export const acknowledgements: readonly { readonly id: string; readonly text: string }[] = [
  ...intimateMessaging.acknowledgements.slice(0, 2),
  {
    id: 'notARecordOfConsent',
    text: "This isn't a record or proof that either of us agreed to any message, photo or act. A yes is given in the moment, and it can always be taken back.",
  },
  ...intimateMessaging.acknowledgements.slice(2),
];
