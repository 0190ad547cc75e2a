import { useCallback, useEffect, useState } from 'react';
import { clearApiKey, readApiKey, storeApiKey } from '../api/apiKey.js';
import { setUnauthorizedHandler } from '../api/http.js';

/** The signed-in state is just "is there a key"; any 401 from the API signs out. */
export function useApiKey() {
  const [apiKey, setApiKey] = useState<string | null>(() => readApiKey());
  const signIn = useCallback((key: string) => {
    storeApiKey(key);
    setApiKey(key.trim());
  }, []);
  const signOut = useCallback(() => {
    clearApiKey();
    setApiKey(null);
  }, []);
  useEffect(() => setUnauthorizedHandler(signOut), [signOut]);
  return { apiKey, signIn, signOut };
}
