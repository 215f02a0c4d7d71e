/** The checker's public API: pure TypeScript, no DOM and no Node APIs, so it runs in the browser, in Node and in the CLI. */
export { diagnose } from './diagnose.ts';
export { redact, type Redaction } from './redact.ts';
export { actionIds, isActionId, isSectionId, sectionIds, type ActionId, type SectionId } from './sections.ts';
export { platforms } from './platforms/index.ts';
export type { Platform } from './platforms/types.ts';
export { rules } from './rules/index.ts';
export { defaultActions } from './score.ts';
export { pasteFormats, type DiagnoseOptions, type Diagnosis, type Evidence, type JwtClaims, type PasteFormat, type Span, type TokenInfo } from './types.ts';
