import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { SignInPage } from '../pages/signin/SignInPage.js';
import { createQueryClient } from './queryClient.js';
import { createAppRouter } from './router.js';
import { contrastVariables } from './contrastVariables.js';
import { theme } from './theme.js';
import { SignOutContext } from './SignOutContext.js';
import { useApiKey } from './useApiKey.js';

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(createAppRouter);
  const { apiKey, signIn, signOut } = useApiKey();
  // The colour scheme follows the system setting (dark mode included).
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto" cssVariablesResolver={contrastVariables}>
      <QueryClientProvider client={queryClient}>
        <ModalsProvider>
        {apiKey ? (
          <SignOutContext.Provider value={() => { queryClient.clear(); signOut(); }}>
            <RouterProvider router={router} />
          </SignOutContext.Provider>
        ) : (
          <>
            {/* Signed in, toasts live inside the router (AppLayout) so they can hold router links. */}
            <Notifications position="bottom-right" />
            <SignInPage onSignIn={signIn} />
          </>
        )}
        </ModalsProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
