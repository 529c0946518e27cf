import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  manifest: {},
  vite: () => ({ plugins: [preact()] }),
});
