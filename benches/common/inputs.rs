//! Generated inputs for the scaling benchmarks (shared by `scaling.rs` and `profile.rs`;
//! `benches/scaling.mjs` builds the same texts in JS).

/// The input of `kind` at `scale` times its base size: `flood` (one phrase repeated, 128 KiB
/// at 1x), `dsn` (a bounce with 500 failed recipients at 1x), `log` (400 Postfix status
/// lines at 1x), `replies` (5,000 reply lines, each a refusal, as in a pasted session), `noise`
/// (128 KiB without a code or a phrase).
pub fn input(kind: &str, scale: usize) -> String {
    match kind {
        "flood" => "user unknown ".repeat(scale * (128 << 10) / 13),
        "replies" => "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown\n".repeat(scale * 5000),
        "dsn" => {
            let mut text = String::from("Reporting-MTA: dns; mail.example.com\nArrival-Date: Sat, 28 Nov 2026 10:00:00 +0000\n");
            for i in 0..scale * 500 {
                text.push_str(&format!(
                    "\nFinal-Recipient: rfc822; user{i}@example.org\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx{}.example.org\nDiagnostic-Code: smtp; 550 5.1.1 <user{i}@example.org>: Recipient address rejected: User unknown in virtual mailbox table\n",
                    i % 7
                ));
            }
            text
        }
        "log" => {
            let mut text = String::new();
            for i in 0..scale * 400 {
                text.push_str(&format!(
                    "Nov 28 10:00:{:02} mx postfix/smtp[{}]: 4F9D{i:X}: to=<bob{i}@example.com>, relay=mx.example.com[192.0.2.7]:25, delay=0.36, delays=0.1/0/0.1/0.1, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.7] said: 550 5.1.1 <bob{i}@example.com>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))\n",
                    i % 60,
                    1000 + i % 5000
                ));
            }
            text
        }
        _ => "abcdefgh ".repeat(scale * (128 << 10) / 9),
    }
}
