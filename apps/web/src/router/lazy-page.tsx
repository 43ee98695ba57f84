import { lazy, type ComponentType } from "react";
import { QueryClientProvider } from "@tanstack/react-query";

/**
 * A page whose code loads when it is first shown. Its chunk brings the server-data cache (TanStack Query) along, so
 * neither adds to the first download; every page shares the one cache in `features/data/query-client.ts`.
 */
export function lazyPage<Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name): ComponentType {
  return lazy(async () => {
    const [module, { queryClient }] = await Promise.all([load(), import("../features/data/query-client.ts")]);
    const Page: ComponentType = module[name];
    return {
      default: function LazyPage() {
        return (
          <QueryClientProvider client={queryClient}>
            <Page />
          </QueryClientProvider>
        );
      },
    };
  });
}
