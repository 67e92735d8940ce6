export default { build: { outDir: 'out/vite', emptyOutDir: true }, logLevel: 'warn' };
