// `npm run -s hash-password`: prints the scrypt hash to put in STANCE_LENS_ADMIN_PASSWORD_HASH.
// Reads the password from a prompt (not echoed) or from standard input, never from the command
// line, where it would stay in the shell history.
import readline from 'node:readline';
import { hashPassword } from '@/lib/auth/password';

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let data = '';
    for await (const chunk of process.stdin) data += chunk;
    return data.replace(/\r?\n$/, '');
  }
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  process.stderr.write('Password (not shown): ');
  // Swallow the echo of typed characters.
  (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => {};
  const password = await new Promise<string>((resolve) => rl.question('', resolve));
  rl.close();
  process.stderr.write('\n');
  return password;
}

async function main() {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log('Usage: npm run -s hash-password   (or: printf %s "$PASSWORD" | npm run -s hash-password)\nPrints STANCE_LENS_ADMIN_PASSWORD_HASH for the password read from the prompt or stdin.');
    return;
  }
  const password = await readPassword();
  if (password.length < 8) {
    console.error('stance-lens: use a password of at least 8 characters.');
    process.exit(1);
  }
  console.log(await hashPassword(password));
}

main();
