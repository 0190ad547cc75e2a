import { AppShell, Button, Group, NavLink, Text, Title, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconBell, IconBellOff, IconListDetails, IconLogout, IconPlugConnected, IconRoute, IconTimeline, IconWebhook } from '@tabler/icons-react';
import { Suspense } from 'react';
import { Link, Outlet, useLocation, useNavigation } from 'react-router';
import { Notifications } from '@mantine/notifications';
import { PageErrorBoundary } from '../shared/PageErrorBoundary.js';
import { PageLoader } from '../shared/PageLoader.js';
import { usePageTitle } from '../shared/usePageTitle.js';
import { sectionTitle } from './sectionTitle.js';
import { useSignOut } from './SignOutContext.js';

const NAV = [
  { to: '/routes', label: 'Routes', icon: IconRoute },
  { to: '/channels', label: 'Channels', icon: IconPlugConnected },
  { to: '/alerts', label: 'Alerts', icon: IconAlertTriangle },
  { to: '/events', label: 'Events', icon: IconListDetails },
  { to: '/deliveries', label: 'Deliveries', icon: IconTimeline },
  { to: '/sources', label: 'Sources', icon: IconWebhook },
  { to: '/silences', label: 'Silences', icon: IconBellOff },
];

export function AppLayout() {
  const { pathname } = useLocation();
  const navigation = useNavigation();
  const signOut = useSignOut();
  usePageTitle(sectionTitle(pathname));
  // The editor needs the width for its canvas; the nav shrinks to icons there (as in n8n).
  const slim = /^\/routes\/[^/]+/.test(pathname);
  return (
    <AppShell navbar={{ width: slim ? 56 : 200, breakpoint: 0 }} header={{ height: 48 }} padding={0}>
      {/* Inside the router: a toast may hold a <Link> (rendered outside, it crashed the app). */}
      <Notifications position="bottom-right" />
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between">
          <Group gap={8}>
            <IconBell size={20} stroke={2} color="var(--mantine-color-indigo-6)" />
            <Title order={4}>Signalbox</Title>
            <Text size="xs" c="dimmed">alert routing</Text>
          </Group>
          <Button variant="subtle" color="gray" size="xs" leftSection={<IconLogout size={14} />} onClick={signOut}>
            Sign out
          </Button>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        {NAV.map(({ to, label, icon: Icon }) =>
          slim ? (
            <Tooltip key={to} label={label} position="right">
              <NavLink component={Link} to={to} aria-label={label} leftSection={<Icon size={18} />} active={pathname.startsWith(to)} px={10} />
            </Tooltip>
          ) : (
            <NavLink key={to} component={Link} to={to} label={label} leftSection={<Icon size={18} />} active={pathname.startsWith(to)} />
          ),
        )}
      </AppShell.Navbar>
      <AppShell.Main h="100dvh" style={{ display: 'flex', flexDirection: 'column' }}>
        {navigation.state === 'loading' ? <PageLoader /> : (
          <PageErrorBoundary key={pathname} hint={slim ? 'Your unsaved route edits are kept: “Try again” brings the editor back with them.' : undefined}>
            <Suspense fallback={<PageLoader />}>
              <Outlet />
            </Suspense>
          </PageErrorBoundary>
        )}
      </AppShell.Main>
    </AppShell>
  );
}
