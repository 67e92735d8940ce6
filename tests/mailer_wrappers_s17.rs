//! Command-line mailers and the libraries behind apps print a failure without a reply in
//! their own words (nullmailer, swaks, s-nail, sSMTP, curl, msmtp, .NET's SslStream), and put
//! the server's reply inside their own wrapper. Texts quoted from the programs' sources and
//! from the pages named beside them; the expected values come from those sources and
//! tests/corpus/LABELS.md, never from the tool's output.

#[path = "support/expect.rs"]
mod expect;
use expect::*;
use smtp_explain::{explain, Category, Outcome};

#[test]
fn nullmailer_names_its_own_failures() {
    // bruceg/nullmailer@79a8a45c4bd22b250f2765f239e95eb479232693 lib/errcodes.cc errorstr(), logged
    // by src/send.cc as "Sending failed: <text>"; the lookup and connection errors carry no
    // permanent flag: the smarthost is tried again.
    assert_all_read(
        &["Sending failed: Host not found", "Sending failed: Host or network unreachable", "Sending failed: Connection timed out"],
        Category::NetworkError,
        Outcome::Temporary,
    );
    // A refused login fails the same way until the credentials change.
    assert_reads("Sending failed: Failed to authenticate to server", Category::AuthFailed, Outcome::Permanent);
    // protocols/protocol.cc protocol_fail() prints "<module>: Failed: <msg>"; the TLS texts are
    // protocols/tls_gnutls.cc's, the AUTH one protocols/smtp.cc's.
    assert_all_read(
        &["smtp: Failed: Server SSL/TLS certificate is untrusted", "smtp: Failed: Server SSL/TLS certificate does not match hostname"],
        Category::TlsFailed,
        Outcome::Permanent,
    );
    assert_reads(
        "smtp: Failed: Server does not advertise any supported authentication methods",
        Category::NotImplemented,
        Outcome::Permanent,
    );
}

#[test]
fn nullmailer_keeps_the_reply_it_wraps() {
    // https://github.com/zhtengw/hugo-blog/blob/master/content/posts/nullmailer.md (163.com)
    let text = "smtp: Failed: 553 Mail from must equal authorized user\nSending failed: Permanent error in sending the message";
    assert_reads(text, Category::SenderRejected, Outcome::Permanent);
    assert_eq!(provider_of(text).as_deref(), Some("netease"));
    let spam = "smtp: Failed: 554 DT:SPM 163 smtp8,DMCowAD3FCvaf+9cP0pBGA--.58361S2 1559199707,please see http://mail.163.com/help/help_spam_16.htm?ip=113.70.36.158&hostid=smtp8&time=1559199707\nSending failed: Permanent error in sending the message";
    assert_reads(spam, Category::SpamContent, Outcome::Permanent);
}

#[test]
fn swaks_errors_after_its_three_stars() {
    // jetmore/swaks@8a05259830e67df2ca2b7864c122b43446e1d907 swaks: ptrans(12, ...) prints "***".
    assert_reads("*** No authentication type succeeded", Category::AuthFailed, Outcome::Permanent);
    assert_reads("*** Host did not advertise STARTTLS", Category::TlsFailed, Outcome::Permanent);
    assert_reads("*** Host did not advertise authentication", Category::NotImplemented, Outcome::Permanent);
    assert_reads("*** Remote host closed connection unexpectedly.", Category::NetworkError, Outcome::Temporary);
    // A failure reply is marked "<**" and read by the reply itself.
    assert_reads("<** 550 5.7.1 <bob@example.net>: Relay access denied", Category::RelayDenied, Outcome::Permanent);
}

#[test]
fn s_nail_network_failures_are_not_recipient_failures() {
    // sdaoden/s-mailx@ebaf9554a17adc6477a2dadd168dc50bb6b05c06 src/mx/net-smtp.c, src/mx/net-socket.c:
    // the lookup is of the configured SMTP server, not of a recipient's domain.
    assert_reads("Unexpected EOF on SMTP connection", Category::NetworkError, Outcome::Temporary);
    assert_reads("Lookup of smtp.example.com:smtp failed: host not found", Category::NetworkError, Outcome::Temporary);
    assert_reads(
        "SMTP: unexpected status from server: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table",
        Category::MailboxUnknown,
        Outcome::Permanent,
    );
}

#[test]
fn ssmtp_cannot_open_any_mailhub() {
    // TheJonny/debian-ssmtp@d4631356318ae3f78f15bd55eeae295dec2a48e2 ssmtp.c die("Cannot open %s:%d").
    assert_reads("ssmtp: Cannot open smtp.example.com:587", Category::NetworkError, Outcome::Temporary);
    // https://github.com/crazy-max/docker-fail2ban/issues/48 (run under the sendmail name)
    let fail2ban = "2020-06-17 18:09:40,668 fail2ban.utils          [1]: ERROR   7fb382728ab0 -- stderr: 'sendmail: Cannot open mail:25'";
    assert_reads(fail2ban, Category::NetworkError, Outcome::Temporary);
    assert_eq!(software_of(fail2ban).as_deref(), Some("ssmtp"));
    // die("Authorization failed (%s)") and die("RCPT TO:<%s> (%s)") carry the server's reply.
    let auth = "sendmail: Authorization failed (535 5.7.8 Error: authentication failed: authentication failure)";
    assert_reads(auth, Category::AuthFailed, Outcome::Permanent);
    assert_eq!(software_of(auth).as_deref(), Some("ssmtp"));
    let rcpt = "ssmtp: RCPT TO:<bob@example.com> (553 5.7.1 <bob@example.com>: Relay access denied)";
    assert_reads(rcpt, Category::RelayDenied, Outcome::Permanent);
    assert_eq!(software_of(rcpt).as_deref(), Some("ssmtp"));
}

#[test]
fn curl_and_msmtp_when_the_server_lacks_an_extension() {
    // curl/curl@5c61e168698a72b87437d58ed728bcdea6d5db42 lib/smtp.c: --ssl-reqd and no STARTTLS offered.
    assert_reads("curl: (64) STARTTLS not supported.", Category::TlsFailed, Outcome::Permanent);
    assert_eq!(software_of("curl: (64) STARTTLS not supported.").as_deref(), Some("curl"));
    // https://github.com/curl/curl/issues/5321 and R's curl package (rstudio/blastula#127).
    assert_all_read(
        &["curl: (67) Login denied", "Error in curl::curl_fetch_memory(url, handle = h) : Login denied"],
        Category::AuthFailed,
        Outcome::Permanent,
    );
    // msmtp po/de.po msgid: no AUTH offered at all; a missing mechanism stays a login problem.
    assert_reads("msmtp: the server does not support authentication", Category::NotImplemented, Outcome::Permanent);
    assert_eq!(category_of("msmtp: the server does not support authentication method CRAM-MD5"), Category::AuthFailed);
}

#[test]
fn a_tls_handshake_the_server_cut_off_is_temporary() {
    // .NET System.Net.Security net_auth_eof, as System.Net.Mail shows it
    // (https://github.com/renevanosnabrugge/SendEmail-BuildTask/issues/55).
    assert_reads("Authentication failed because the remote party has closed the transport stream", Category::TlsFailed, Outcome::Temporary);
}

#[test]
fn no_wrapped_failure_reads_as_success() {
    for text in [
        "Sending failed: Permanent error in sending the message",
        "Sending failed: Temporary error in sending the message",
        "Sending timed out, killing protocol",
        "smtp: Failed: Connect failed\nSending failed: Connection refused",
        "*** Error connecting to mail.example.com:25:\n***\tIO::Socket::INET6: connect: Connection refused",
        "curl: (64) STARTTLS denied, code 454",
        "curl: (55) MAIL failed: 530",
        "Expected response code 250 but got code \"\", with message \"\"",
    ] {
        assert_ne!(explain(text).outcome, Outcome::Success, "{text}");
    }
}

#[test]
fn send_email_perl_script_texts() {
    // mogaal/sendemail@e785a6d284884688322c9b39c0f64e20a43ea825 sendEmail ("ERROR =>" prefix).
    assert_reads("ERROR => smtp.example.com:25 returned a zero byte response to our query.", Category::NetworkError, Outcome::Temporary);
    assert_reads(
        "ERROR => TLS not possible! Remote SMTP server, smtp.example.com,  does not support it.",
        Category::TlsFailed,
        Outcome::Permanent,
    );
    assert_reads(
        "WARNING => SMTP-AUTH: No mutually supported authentication methods available",
        Category::NotImplemented,
        Outcome::Permanent,
    );
    assert_reads("ERROR => ERROR => SMTP-AUTH: Authentication to smtp.example.com:587 failed.", Category::AuthFailed, Outcome::Permanent);
    assert_reads("ERROR => Received: \t550 5.7.1 <bob@example.net>: Relay access denied", Category::RelayDenied, Outcome::Permanent);
}

#[test]
fn perl_email_sender_and_emailjs() {
    // rjbs/Email-Sender@1e29a76915dddfdfad0e3f98e6647c75a8073085 lib/Email/Sender/Transport/SMTP.pm, Util.pm.
    let auth = "failed AUTH: (no SMTP error message)";
    assert_reads(auth, Category::AuthFailed, Outcome::Permanent);
    assert_eq!(software_of(auth).as_deref(), Some("email_sender"));
    let starttls = "can't STARTTLS: 454 4.7.0 TLS not available due to local problem";
    assert_reads(starttls, Category::TlsFailed, Outcome::Temporary);
    assert_eq!(software_of(starttls).as_deref(), Some("email_sender"));
    let mail_from =
        "bob@example.com failed after MAIL FROM: 553 5.7.1 <bob@example.com>: Sender address rejected: not owned by user alice@example.com";
    assert_reads(mail_from, Category::SenderRejected, Outcome::Permanent);
    assert_eq!(software_of(mail_from).as_deref(), Some("email_sender"));
    // https://github.com/eleith/emailjs/issues/81: SMTPErrorStates.AUTHNOTSUPPORTED, no usable AUTH method.
    let emailjs = "{ [Error: no form of authorization supported] code: 7, smtp: undefined }";
    assert_reads(emailjs, Category::NotImplemented, Outcome::Permanent);
    assert_eq!(software_of(emailjs).as_deref(), Some("emailjs"));
}
