import type { Prevalence } from "./types.ts";

/** How each prevalence level reads to a person, on the atlas page and in the CLI. */
export const PREVALENCE_WORDS: Record<Prevalence, { label: string; meaning: string }> = {
  common: { label: "Common", meaning: "one of the first points clinicians check when pain is felt in its zones" },
  occasional: { label: "Occasional", meaning: "found in some people with this pain, less often than the common points" },
  rare: { label: "Rare", meaning: "seldom the cause; worth testing when the commoner points do not bring on the pain" },
};
