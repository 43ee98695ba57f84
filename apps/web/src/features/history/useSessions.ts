import { useInfiniteQuery, useMutation, useQueryClient, type InfiniteData } from "@tanstack/react-query";
import { useState } from "react";
import type { StoredSession } from "@unknot/core/diary";
import { deleteSession, listSessions, type SessionFilter, messageOf } from "../../api/index.ts";
import { queryKeys } from "../../shared/query-client.ts";
import { flushOutbox, pendingSessions } from "../../shared/outbox/outbox.ts";

const PAGE_SIZE = 20;

type SessionPage = Awaited<ReturnType<typeof listSessions>>;

/** The diary's sessions for a filter, page by page; sends sessions waiting on this device first. */
export function useSessions(filter: Omit<SessionFilter, "cursor" | "limit">) {
  const { from, to, region } = filter;
  const client = useQueryClient();
  const [pending, setPending] = useState(pendingSessions);
  const key = queryKeys.sessions({ from, to, region });
  const sessions = useInfiniteQuery({
    queryKey: key,
    queryFn: async ({ pageParam }): Promise<SessionPage> => {
      if (pageParam === undefined && pendingSessions() > 0) {
        await flushOutbox();
        setPending(pendingSessions());
      }
      return listSessions({ from, to, region, cursor: pageParam, limit: PAGE_SIZE });
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor,
    // Sessions saved on another page (or sent from the outbox) must show on arrival.
    staleTime: 0,
  });
  const removal = useMutation({
    mutationFn: deleteSession,
    onSuccess: (_answer, id) =>
      client.setQueriesData<InfiniteData<SessionPage>>(
        { queryKey: ["sessions"] },
        (data) => data && { ...data, pages: data.pages.map((page) => ({ ...page, items: page.items.filter((item) => item.id !== id) })) },
      ),
  });
  const failure = sessions.error ?? removal.error;
  const items: StoredSession[] = sessions.data?.pages.flatMap((page) => page.items) ?? [];
  return {
    items,
    nextCursor: sessions.hasNextPage ? sessions.data?.pages.at(-1)?.nextCursor : undefined,
    loading: sessions.isFetching,
    error: failure ? messageOf(failure) : undefined,
    pending,
    loadMore: () => void sessions.fetchNextPage(),
    reload: () => {
      removal.reset();
      void sessions.refetch();
    },
    remove: (id: string) => removal.mutateAsync(id).catch(() => undefined),
  };
}
