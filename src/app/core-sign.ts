// The signer and the checks, in their own chunk: fetched right after the first paint, so the
// form can be seen (and typed into) before the core's policy, signing and checks code arrives.
export { buildPostForm } from '../oss/index.ts';
