import 'smtp-explain/styles.css';
import { run, report } from './app.js';

report(run());
