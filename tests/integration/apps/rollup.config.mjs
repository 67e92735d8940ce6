import { nodeResolve } from '@rollup/plugin-node-resolve';
import { importMetaAssets } from '@web/rollup-plugin-import-meta-assets';

// Rollup leaves new URL('./x.wasm', import.meta.url) alone: importMetaAssets copies the files.
export default {
  input: 'src/main.js',
  output: { dir: 'out/rollup', format: 'es' },
  plugins: [nodeResolve({ browser: true }), importMetaAssets()],
};
