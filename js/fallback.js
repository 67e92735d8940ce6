// What the widget can say without the WebAssembly module: the class (first digit) of a basic
// SMTP reply code and the plain meaning of the common three-digit codes. Written in our own
// words from the RFC sections named in each row. Used only when the Wasm cannot be loaded,
// so that <smtp-explain> and showSmtpError() never show nothing.

/** First digit → outcome, title and meaning. Source: RFC 5321 §4.2.1. */
const CLASSES = {
  2: ['success', 'The server accepted the command', 'A reply starting with 2 means the request worked.'],
  3: ['intermediate', 'The server waits for more', 'A reply starting with 3 means the server accepted the first part and expects the rest.'],
  4: ['temporary', 'A temporary failure', 'A reply starting with 4 means it failed for now; sending again later may work.'],
  5: ['permanent', 'A permanent failure', 'A reply starting with 5 means it failed; sending again the same way will fail again.'],
};

const RFC5321 = 'RFC 5321 §4.2.3';
const RFC4954 = 'RFC 4954 §6';
const RFC7504 = 'RFC 7504 §3';
const RFC7504_556 = 'RFC 7504 §4';

/** Basic code → [title, meaning, source]. */
const CODES = {
  211: ['System status', 'The server answered a request for its status.', RFC5321],
  214: ['Help', 'The server sent help text for a person to read.', RFC5321],
  220: ['Server ready', 'The mail server is ready to take the message.', RFC5321],
  221: ['Connection closing', 'The server is ending the conversation normally.', RFC5321],
  235: ['Signed in', 'The user name and password were accepted.', RFC4954],
  250: ['Accepted', 'The server did what was asked; for a message, it has taken it over.', RFC5321],
  251: ['Accepted and forwarded', 'The recipient is not on this server; it will pass the message on.', RFC5321],
  252: ['Accepted without checking', 'The server cannot confirm the address now but will try to deliver.', RFC5321],
  334: ['Sign-in continues', 'The server waits for the next step of signing in.', 'RFC 4954 §4'],
  354: ['Send the message', 'The server waits for the message text.', RFC5321],
  421: ['Server not available now', 'The server is closing the connection for now, often because it is busy.', RFC5321],
  450: ['Mailbox not available now', 'The mailbox could not be used just now (busy or held back).', RFC5321],
  451: ['Server error, try later', 'The server had a problem of its own while handling the message.', RFC5321],
  452: ['Not enough room now', 'The server is short of storage or will not take more recipients now.', RFC5321],
  454: ['Temporary sign-in or encryption failure', 'Signing in or starting encryption failed for now.', 'RFC 3207 §4; RFC 4954 §6'],
  455: ['Options not possible now', 'The server cannot handle the requested options at the moment.', RFC5321],
  500: ['Command not understood', 'The server did not recognise what the sending program said.', RFC5321],
  501: ['Wrong command details', 'The sending program gave the server details in a form it does not accept, often an address.', RFC5321],
  502: ['Command not supported', 'The server does not offer this command.', RFC5321],
  503: ['Commands out of order', 'The sending program did things in an order the server does not allow, for example sending before signing in.', RFC5321],
  504: ['Option not supported', 'The server does not offer an option the sending program asked for.', RFC5321],
  521: ['This server takes no mail', 'The server does not accept email at all.', RFC7504],
  530: ['Sign-in required', 'The server wants you to sign in (or to use encryption) before it takes the message.', 'RFC 4954 §6; RFC 3207 §4'],
  534: ['Sign-in method too weak', 'The server wants a stronger way of signing in.', RFC4954],
  535: ['Sign-in failed', 'The user name or password was not accepted.', RFC4954],
  538: ['Encryption needed to sign in', 'The server only allows this way of signing in over an encrypted connection.', RFC4954],
  550: ['Mailbox not available', 'The message was refused: usually the address does not exist, or the server does not accept it from you.', RFC5321],
  551: ['Recipient not here', 'The recipient is not on this server.', RFC5321],
  552: ['Too large or mailbox full', 'The message is too large, or the mailbox has no room left.', RFC5321],
  553: ['Address not allowed', 'An address in the message envelope is not accepted, often because of a typo.', RFC5321],
  554: ['Refused', 'The message was refused, often by a policy or spam filter.', RFC5321],
  555: ['Options not recognised', 'The server does not accept options the sending program gave with an address.', RFC5321],
  556: ['Domain takes no mail', 'The recipient\'s domain does not accept email.', RFC7504_556],
};

/**
 * The basic code of the reply in `text` (a three-digit code at the start of a line or standing
 * alone), or null; and the class digit from an enhanced code (5.1.1) when there is no basic code.
 */
export function findCode(text) {
  const value = String(text ?? '').slice(0, 20000);
  const basic = /^[ \t>]*([2-5][0-5][0-9])(?=[ \t-]|$)/m.exec(value) ?? /(?:^|[^\w.:/-])([2-5][0-5][0-9])(?![\w.:/])(?!-(?![245]\.\d))/.exec(value);
  if (basic) return { code: Number(basic[1]), digit: Number(basic[1][0]) };
  const enhanced = /(?:^|[^\w.])([245])\.[0-9]{1,3}\.[0-9]{1,3}(?![\w.])/.exec(value);
  if (enhanced) return { code: null, digit: Number(enhanced[1]) };
  return null;
}

/**
 * What can be said about `text` without the Wasm: { code, outcome, title, meaning, source } or
 * null when it carries no reply code.
 */
export function basicMeaning(text) {
  const found = findCode(text);
  if (!found) return null;
  const [outcome, classTitle, classMeaning] = CLASSES[found.digit];
  const row = found.code === null ? null : CODES[found.code];
  if (row) return { code: String(found.code), outcome, title: row[0], meaning: `${row[1]} ${classMeaning}`, source: row[2] };
  return { code: found.code === null ? null : String(found.code), outcome, title: classTitle, meaning: classMeaning, source: 'RFC 5321 §4.2.1' };
}
