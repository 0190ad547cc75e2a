import { createContext, useContext } from 'react';

export const SignOutContext = createContext<() => void>(() => undefined);
export const useSignOut = () => useContext(SignOutContext);
