import { explain } from 'smtp-explain';

console.log(JSON.stringify({ explain: explain('550 5.1.1 User unknown').category.id }));
