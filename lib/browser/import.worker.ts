import { readAgreementBytes } from '../agreement/read-file';

/** Reads one chosen file off the page's thread, so Quick exit works whatever the file does. */
addEventListener('message', (event: MessageEvent<ArrayBuffer>) => {
  void readAgreementBytes(new Uint8Array(event.data)).then((result) => postMessage(result));
});
