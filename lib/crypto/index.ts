export { fromBase64Url, toBase64Url } from './bytes';
export { checkCode, CHECK_CODE_WORDS } from './check-code';
export { openJson, sealJson, type BlobKind, type BlobPlace, type BlobRole, type Opened } from './envelope';
export { deriveAgreementKeys, hashToken, type AgreementKeys } from './keys';
export { createPartnerToken, isToken } from './partner-token';
export { createAgreementSecret, formatFragment, parseFragment, type ParsedFragment } from './secret';
