import type { Check } from './check-types.ts';
import type { PostForm, PostFormSpec } from './form-types.ts';

/** What the checks look at: the built form (without its checks), the spec it came from, the time. */
export interface CheckInput {
  form: Omit<PostForm, 'checks'>;
  spec: PostFormSpec;
  now: Date;
}

/**
 * Every limit check and the policy ⇄ form lint over one built form.
 * (Placeholder until the checks land: returns no findings.)
 */
export function checkPostForm(_input: CheckInput): Check[] {
  return [];
}
