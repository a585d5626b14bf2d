// REFERENCE ONLY (see ./index.ts): unchanged by the one tokenised pass, so the reference uses the live module.
export * from '../lexicon';
