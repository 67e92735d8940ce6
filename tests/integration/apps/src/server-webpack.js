import 'smtp-explain/styles.css';
import './server.js';
