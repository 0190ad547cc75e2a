import swc from 'unplugin-swc';
import { nodeProject } from '../vitest.shared.js';

// NestJS and TypeORM need decorator metadata, which only SWC (not esbuild/oxc) emits under vitest.
export default nodeProject('backend', {
  plugins: [swc.vite({ module: { type: 'es6' } })],
  oxc: false,
});
