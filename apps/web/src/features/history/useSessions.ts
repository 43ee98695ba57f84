import { useCallback, useEffect, useState } from "react";
import type { StoredSession } from "@unknot/core";
import { deleteSession, listSessions, type SessionFilter } from "../../api/index.ts";
import { flushOutbox, pendingSessions } from "../session/outbox.ts";

interface SessionsState {
  items: StoredSession[];
  nextCursor: string | undefined;
  loading: boolean;
  error: string | undefined;
}

const PAGE_SIZE = 20;

/** The diary's sessions for a filter, page by page; sends sessions waiting on this device first. */
export function useSessions(filter: Omit<SessionFilter, "cursor" | "limit">) {
  const { from, to, region } = filter;
  const [state, setState] = useState<SessionsState>({ items: [], nextCursor: undefined, loading: true, error: undefined });
  const [pending, setPending] = useState(pendingSessions);
  const [version, setVersion] = useState(0);

  const fetchPage = useCallback(
    async (cursor: string | undefined) => {
      setState((s) => ({ ...s, loading: true, error: undefined }));
      try {
        if (cursor === undefined && pendingSessions() > 0) {
          await flushOutbox();
          setPending(pendingSessions());
        }
        const page = await listSessions({ from, to, region, cursor, limit: PAGE_SIZE });
        setState((s) => ({
          items: cursor === undefined ? page.items : [...s.items, ...page.items],
          nextCursor: page.nextCursor,
          loading: false,
          error: undefined,
        }));
      } catch (error) {
        setState((s) => ({ ...s, loading: false, error: error instanceof Error ? error.message : String(error) }));
      }
    },
    [from, to, region],
  );

  useEffect(() => {
    void fetchPage(undefined);
  }, [fetchPage, version]);

  useEffect(() => {
    const retry = () => setVersion((v) => v + 1);
    window.addEventListener("online", retry);
    return () => window.removeEventListener("online", retry);
  }, []);

  const remove = async (id: string) => {
    try {
      await deleteSession(id);
      setState((s) => ({ ...s, items: s.items.filter((item) => item.id !== id) }));
    } catch (error) {
      setState((s) => ({ ...s, error: error instanceof Error ? error.message : String(error) }));
    }
  };
  return { ...state, pending, loadMore: () => void fetchPage(state.nextCursor), reload: () => setVersion((v) => v + 1), remove };
}
