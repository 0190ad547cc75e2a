import { nodeProject } from '../vitest.shared.js';

// Cross-process tests: the built launcher, lint rules, docker-compose structure.
export default nodeProject('system', { test: { include: ['**/*.spec.ts'], testTimeout: 180_000 } });
