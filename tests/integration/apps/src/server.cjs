const { explain, isReady } = require('smtp-explain');

if (!isReady()) throw new Error('not ready after require()');
console.log(JSON.stringify({ explain: explain('550 5.1.1 User unknown').category.id }));
