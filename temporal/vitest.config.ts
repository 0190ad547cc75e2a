import swc from 'unplugin-swc';
import { nodeProject } from '../vitest.shared.js';

// TypeORM entities need decorator metadata, which only SWC (not oxc) emits under vitest.
export default nodeProject('temporal', {
  plugins: [swc.vite({ module: { type: 'es6' } })],
  oxc: false,
  test: { testTimeout: 60_000 },
});
