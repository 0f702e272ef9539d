import { atom } from 'nanostores';

/** The last STS answer's token and when it expires (the page compares it with the policy). */
export interface StsExpiry {
  securityToken: string;
  expiration: string;
}

/**
 * Set when "Get temporary credentials" fills the form from an answer that names its Expiration;
 * the signer uses it only while that token is still the one in the form (to-post-form-spec.ts).
 */
export const $stsExpiry = atom<StsExpiry | null>(null);
