import { createContext, type ReactNode } from "react";

/**
 * The verdict's stop rule, for every press test on the results page (`undefined` when none applies). A context,
 * so the cards between the page and the prompts need not pass it along.
 */
export const StopRuleContext = createContext<string | undefined>(undefined);

/** The results page's frame, giving its press tests the verdict's stop rule. */
export function ResultsFrame({ stopRule, children }: { stopRule: string | undefined; children: ReactNode }) {
  return (
    <StopRuleContext.Provider value={stopRule}>
      <div className="results">{children}</div>
    </StopRuleContext.Provider>
  );
}
