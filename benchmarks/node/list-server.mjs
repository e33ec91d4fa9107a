// Serves ListBenchmark: one request per line on stdin ("all" or "category NAME"), answered with
// "ok COUNT" on stdout once @ctrl/qbittorrent has listed the torrents. The process stays up between
// requests, so node's start-up is not measured, only the client's work.
import { QBittorrent } from '@ctrl/qbittorrent';
import readline from 'node:readline';

const client = new QBittorrent({ baseUrl: process.argv[2], username: '', password: '', timeout: 120000 });
const lines = readline.createInterface({ input: process.stdin });
for await (const line of lines) {
  const [op, arg] = line.trim().split(' ');
  try {
    const torrents = op === 'category' ? await client.listTorrents({ category: arg }) : await client.listTorrents();
    process.stdout.write(`ok ${torrents.length}\n`);
  } catch (e) {
    process.stdout.write(`error ${String(e).replace(/\n/g, ' ')}\n`);
  }
}
