import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { use, type ComponentType } from "react";

/** Counts "Try again" presses: a page whose code failed to load fetches it again once this has moved on. */
let retries = 0;

/** Lets pages whose code failed to load fetch it again on their next render (the error page's "Try again"). */
export function retryFailedPages(): void {
  retries++;
}

/**
 * A page whose code loads when it is first shown. Its chunk brings the server-data cache (TanStack Query) along, so
 * neither adds to the first download; every page shares the one cache in `features/data/query-client.ts`. A failed
 * load (a dropped connection) is shown by the page's error boundary and tried again after `retryFailedPages`.
 */
export function lazyPage<Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name): ComponentType {
  let loading: { promise: Promise<ComponentType>; failedAt?: number } | undefined;
  const start = (): Promise<ComponentType> => {
    if (loading && (loading.failedAt === undefined || loading.failedAt === retries)) return loading.promise;
    const attempt: NonNullable<typeof loading> = {
      promise: Promise.all([load(), import("../shared/query-client.ts")]).then(
        ([module, { queryClient }]) => withServerData(module[name], queryClient),
        (failure: unknown) => {
          attempt.failedAt = retries;
          throw failure;
        },
      ),
    };
    loading = attempt;
    return attempt.promise;
  };
  return function LazyPage() {
    const Page = use(start());
    return <Page />;
  };
}

function withServerData(Page: ComponentType, client: QueryClient): ComponentType {
  return function WithServerData() {
    return (
      <QueryClientProvider client={client}>
        <Page />
      </QueryClientProvider>
    );
  };
}
