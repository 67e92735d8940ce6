//! The knowledge pack's program markers (`src/data/knowledge/software.tsv`): a program's own fixed
//! replies, log texts and bounce templates name it. Each text is the program's, from the source named.

fn software(text: &str) -> Option<String> {
    smtp_explain::explain(text).software.map(|s| s.id.to_string())
}

#[test]
fn postfix_fixed_replies_and_log_texts_name_postfix() {
    // smtpd.c's anvil rate limits and command checks.
    // https://github.com/vdukhovni/postfix/blob/master/postfix/src/smtpd/smtpd.c
    assert_eq!(software("450 4.7.1 Error: too much mail from 198.51.100.23").as_deref(), Some("postfix"));
    assert_eq!(software("502 5.5.1 VRFY command is disabled").as_deref(), Some("postfix"));
    assert_eq!(software("553 5.6.7 Must declare SMTPUTF8 to send unicode address").as_deref(), Some("postfix"));
    // cleanup's MIME checks, global/mime_state.c.
    assert_eq!(software("550 5.6.0 MIME nesting exceeds safety limit").as_deref(), Some("postfix"));
    // reject_sender_login_mismatch, smtpd_check.c.
    assert_eq!(
        software("553 5.7.1 <hello@example.com>: Sender address rejected: not owned by user smarthost@example.net").as_deref(),
        Some("postfix")
    );
    // The smtp client's TLS enforcement, smtp/smtp_proto.c.
    assert_eq!(software("TLS is required, but was not offered by host mail.example.net[192.0.2.4]").as_deref(), Some("postfix"));
    // The old bounce template ("This is the %s program at host %s." with mail_name Postfix).
    assert_eq!(software("This is the Postfix program at host mx1.example.org.").as_deref(), Some("postfix"));
}

#[test]
fn qmail_fixed_replies_and_delivery_log_name_qmail() {
    // https://github.com/notqmail/notqmail/blob/a7012e4fdf2f82f6aa5abe2f57e20831d238d774/qmail-smtpd.c#L386
    assert_eq!(software("552 sorry, that message size exceeds my databytes limit (#5.3.4)").as_deref(), Some("qmail"));
    // qmail.c's qmail_close(), https://github.com/notqmail/notqmail/blob/a7012e4fdf2f82f6aa5abe2f57e20831d238d774/qmail.c#L134
    assert_eq!(software("451 qq write error or disk full (#4.3.0)").as_deref(), Some("qmail"));
    // qmail-send's log of a qmail-remote deferral (qmail-remote.c#L68).
    assert_eq!(
        software("@400000006571c3a21b2c3d4e delivery 4813: deferral: Sorry,_I_couldn't_find_any_host_by_that_name._(#4.1.2)/").as_deref(),
        Some("qmail")
    );
}

#[test]
fn exim_fixed_replies_and_log_texts_name_exim() {
    // https://github.com/Exim/exim/blob/master/src/src/daemon.c#L345
    assert_eq!(software("421 Too many concurrent SMTP connections from this IP address; please try again later.").as_deref(), Some("exim"));
    // smtp_in.c's HELO check.
    assert_eq!(software("501 Syntactically invalid HELO argument(s)").as_deref(), Some("exim"));
    // https://github.com/Exim/exim/blob/master/src/src/configure.default#L604
    assert_eq!(software("550 maximum allowed line length is 998 octets, got 1325").as_deref(), Some("exim"));
}

#[test]
fn exchange_fixed_replies_name_exchange() {
    // https://learn.microsoft.com/en-us/previous-versions/office/exchange-server-api/aa565521(v=exchg.150)
    assert_eq!(software("421 4.3.2 System not accepting network messages").as_deref(), Some("exchange"));
    // https://learn.microsoft.com/en-us/previous-versions/office/developer/exchange-server-2007/aa494038(v=exchg.80)
    assert_eq!(software("550 5.7.1 Client does not have permission to send as this sender").as_deref(), Some("exchange"));
}

#[test]
fn words_several_programs_share_name_none_of_them() {
    // Gmail sends qmail's 'Mail server temporarily rejected message' too; Outlook.com and Cloudmark
    // say 'blocked using' like Postfix's reject_rbl_client: no pack row names a program for them.
    assert_ne!(software("451 4.3.0 Mail server temporarily rejected message. - gsmtp").as_deref(), Some("qmail"));
    assert_ne!(software("550 5.7.1 Service unavailable, Client host [192.0.2.1] blocked using Spamhaus.").as_deref(), Some("postfix"));
}
