const path = require('node:path');

// experiments.css: webpack's own CSS support, which drops a stylesheet import that the
// package's sideEffects field marks as free of side effects (the check is that it does not).
module.exports = [
  {
    mode: 'production', target: 'web', entry: './src/main-webpack.js', experiments: { css: true },
    output: { path: path.resolve(__dirname, 'out/webpack-web'), filename: 'main.js', clean: true },
    performance: { hints: false },
  },
  {
    mode: 'production', target: 'node', entry: './src/server-webpack.js', experiments: { css: true },
    output: { path: path.resolve(__dirname, 'out/webpack-node'), filename: 'server.cjs', clean: true },
    performance: { hints: false },
  },
];
