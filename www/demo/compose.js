// Compose screen: "Send" fails with a real-looking error and the app hands it to
// showSmtpError() instead of alert(). The failures come in four shapes a webmail meets.
import { showSmtpError } from 'smtp-explain/widget';

const form = document.getElementById('compose');
const send = document.getElementById('send');
const notice = document.getElementById('notice');
const failureChoice = document.getElementById('failure');
const adminChoice = document.getElementById('admin');

/** A nodemailer-style error: message, server reply, reply code, client error code. */
function mailApiError(message, fields) {
  return Object.assign(new Error(message), fields);
}

const failures = {
  // What many webmails show today: a generic alert text with the bare code.
  421: () => 'Could not send your message. Error 421.',
  // What the mail API threw (nodemailer shape): the reply is in error.response.
  550: (to) => mailApiError(`Can't send mail - all recipients were rejected: 550 5.1.1 <${to}>: Recipient address rejected: User unknown in virtual mailbox table`, {
    code: 'EENVELOPE',
    response: `550 5.1.1 <${to}>: Recipient address rejected: User unknown in virtual mailbox table`,
    responseCode: 550,
    command: 'RCPT TO',
  }),
  // The raw server reply, as a log or an API returns it.
  552: () => '552 5.3.4 Message size exceeds fixed maximum message size',
  // The app wrapped the mail API's error: the details are in error.cause.
  535: () => new Error('Sending failed', {
    cause: mailApiError('Invalid login: 535-5.7.8 Username and Password not accepted.', {
      code: 'EAUTH',
      response: '535-5.7.8 Username and Password not accepted. For more information, go to\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials - gsmtp',
      responseCode: 535,
      command: 'AUTH PLAIN',
    }),
  }),
};
const order = ['421', '550', '552', '535'];
let next = 0;

let sending = false;
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  if (sending) return;
  sending = true;
  // aria-disabled rather than disabled: a disabled button would lose focus, and the dialog
  // returns focus to the element that had it.
  send.setAttribute('aria-disabled', 'true');
  send.textContent = 'Sending…';
  notice.textContent = '';
  await new Promise((resolve) => setTimeout(resolve, 300));

  const kind = failureChoice.value === 'rotate' ? order[next++ % order.length] : failureChoice.value;
  const to = form.elements.to.value.trim() || 'bob@example.com';
  send.textContent = 'Send';
  send.removeAttribute('aria-disabled');
  const { explanation } = await showSmtpError(failures[kind](to), {
    audience: adminChoice.checked ? 'admin' : 'user',
  });
  sending = false;
  notice.textContent = explanation.outcome === 'temporary'
    ? 'Not sent yet. Your message is still here; try again in a few minutes.'
    : 'Not sent. Your message is still here.';
});
