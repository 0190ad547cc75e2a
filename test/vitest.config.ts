import { nodeProject } from '../vitest.shared.js';

// Cross-process tests: the built launcher, lint rules, docker-compose structure.
// The image-tree test assembles three images (npm ci, prune, copies): minutes on a shared machine, so it runs
// with `npm run test:images` (and in .ci/run), not in every `npm test`.
const images = process.env.SIGNALBOX_IMAGE_TESTS === '1';
export default nodeProject('system', {
  test: { include: ['**/*.spec.ts'], exclude: images ? [] : ['compose/image-tree.spec.ts'], testTimeout: 180_000 },
});
