// Loaded on demand (import-section.tsx, import()): what only an import needs travels in this
// module's chunk, not in the first view's: the readers of pasted text and signing-server answers
// (policy, curl, HTML form, JSON; read in a worker when long), the mapping of what was read onto
// the builder's inputs, and the view of what an import did (its lint and the policy diff).
export { switchesToV1 } from './import-changes.ts';
export { importOffThread } from './import-off-thread.ts';
export { ImportOutcome } from './import-outcome.tsx';
export { importedToValues } from './imported-to-values.ts';
export { fetchSigningServerAnswer } from './signing-server.ts';
