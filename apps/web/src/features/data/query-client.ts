import { QueryClient } from "@tanstack/react-query";

/**
 * The one cache of server data. A failed load is tried twice more with growing pauses (a phone between networks); a
 * query stays fresh for half a minute, so moving between pages does not ask the server again for what it just sent.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: 2, staleTime: 30_000, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});
