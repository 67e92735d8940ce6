import { run, report } from './app.js';

report(run());
