// Every test worker loads the language detector once, as every entry point that parses text
// does (lib/analysis/language.ts explains why it is loaded asynchronously).
import { loadLanguageDetector } from '@/lib/analysis/language';

await loadLanguageDetector();
