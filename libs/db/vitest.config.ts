import swc from 'unplugin-swc';
import { nodeProject } from '../../vitest.shared.js';

// TypeORM entities need decorator metadata, which only SWC emits under vitest.
export default nodeProject('db', { plugins: [swc.vite({ module: { type: 'es6' } })], oxc: false });
