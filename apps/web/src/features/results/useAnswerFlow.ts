import { useEffect, useRef, useState } from "react";
import type { FindResult } from "@unknot/core/finder";
import { searchHref } from "../../router/search.ts";
import { FIND_SEARCH, type FindState, type PressAnswer } from "../../shared/find-query.ts";
import { recordPressTest, recordSearch } from "../../shared/outbox/record-answers.ts";
import type { AnswerNote } from "./AnswerConfirmation.tsx";

/** Where focus goes once the list has re-ordered after an answer to the suggested test: the next one, or the verdict. */
const FOCUS_AFTER_NEXT_TEST = ["next-test-heading", "confidence-heading", "answer-confirmation"];

interface AnswerFlowOptions {
  state: FindState;
  result: FindResult | undefined;
  onPressTest: (tests: FindState["tests"]) => void;
  /** Called with a point answered "nothing", to take it out of the session. */
  onRuledOut: (triggerPoint: string) => void;
}

/**
 * What follows a press-test answer: the address keeps it, the diary records it (the search itself is recorded as
 * soon as its results show), the confirmation says it back, and after the suggested test focus moves on to the next
 * question rather than staying on a button that now belongs to another point.
 */
export function useAnswerFlow({ state, result, onPressTest, onRuledOut }: AnswerFlowOptions) {
  const [note, setNote] = useState<AnswerNote | undefined>(undefined);
  const focusWhen = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (result) recordSearch(state, result, new Date());
  }, [state, result]);
  useEffect(() => {
    if (focusWhen.current !== searchHref(FIND_SEARCH, state)) return;
    focusWhen.current = undefined;
    const target = FOCUS_AFTER_NEXT_TEST.map((id) => document.getElementById(id)).find((element) => element !== null);
    target?.focus();
  }, [state]);
  const answer = (triggerPoint: string, name: string, value: PressAnswer | undefined, fromNextTest = false) => {
    if (!result) return;
    const others = state.tests.filter((t) => t.triggerPoint !== triggerPoint);
    const tests = value ? [...others, { triggerPoint, result: value }] : others;
    recordPressTest(state, result, triggerPoint, value, new Date());
    if (value === "nothing") onRuledOut(triggerPoint);
    setNote({ name, answer: value });
    if (fromNextTest) focusWhen.current = searchHref(FIND_SEARCH, { ...state, tests });
    onPressTest(tests);
  };
  return { note, answer };
}
