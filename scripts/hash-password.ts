// `npm run -s hash-password`: prints the scrypt hash to put in STANCE_LENS_ADMIN_PASSWORD_HASH.
// Reads the password from a prompt (not echoed) or from standard input, never from the command
// line, where it would stay in the shell history.
import { hashPassword } from '@/lib/auth/password';
import { PromptCancelled, readHiddenLine } from '@/lib/cli/hidden-input';

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let data = '';
    for await (const chunk of process.stdin) data += chunk;
    return data.replace(/\r?\n$/, '');
  }
  return readHiddenLine('Password (not shown): ');
}

async function main() {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log('Usage: npm run -s hash-password   (or: printf %s "$PASSWORD" | npm run -s hash-password)\nPrints STANCE_LENS_ADMIN_PASSWORD_HASH for the password read from the prompt or stdin.');
    return;
  }
  let password: string;
  try {
    password = await readPassword();
  } catch (err) {
    if (err instanceof PromptCancelled) process.exit(130);
    throw err;
  }
  if (password.length < 8) {
    console.error('stance-lens: use a password of at least 8 characters.');
    process.exit(1);
  }
  console.log(await hashPassword(password));
}

main();
