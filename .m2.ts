import { parseFile } from '@/lib/parse/parse-file';
const n = Number(process.argv[2]);
const b = Buffer.from('<html><body>' + '<div>'.repeat(n) + 'text and more text here' + '</div>'.repeat(n) + '</body></html>');
const t0 = performance.now();
try { console.log(parseFile('d.html', b).length); } catch (e) { console.log('ERR', (e as Error).name, (e as Error).message.slice(0, 200)); }
console.log('ms', performance.now() - t0);
