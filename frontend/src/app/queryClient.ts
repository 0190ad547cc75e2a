import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/http.js';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        // Client errors will not fix themselves on retry; network blips might.
        retry: (count, error) => !(error instanceof ApiError && error.statusCode >= 400 && error.statusCode < 500) && count < 2,
        refetchOnWindowFocus: false,
      },
    },
  });
}
