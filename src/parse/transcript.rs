//! Session transcripts inside bounces.
//!
//! Sendmail's notices quote the remote server's reply (`<<< 553 ...`) and, on the next line,
//! restate it in Sendmail's own words: any 5xx reply to RCPT TO becomes
//! `550 5.1.1 <bob@example.com>... User unknown`, whatever the remote said (sendmail
//! `deliver.c`/`usersmtp.c`: the recipient is marked with Sendmail's own status text). Where
//! the remote's reply gives words of its own, they are the reason and the restatement is not
//! (a reply with no reason of its own, "550 <bob@example.com> recipient rejected", leaves
//! Sendmail's reading). Nor is a later `503` ("need RCPT command", "Valid RCPT command must
//! precede DATA") a reason: once a reply refused a command, a bad sequence after it is its
//! consequence.

use super::{line_iter, Span};

/// A line that is no reason of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Restated {
    /// The line.
    pub span: Span,
    /// The remote's reply it restates (`<<<` lines): the line counts only when that reply has
    /// no words of its own. `None`: never counts (a `503` after a refusal).
    pub reply: Option<Span>,
}

/// The lines of `text` that restate the reply quoted on the lines before (`<<< ...`) in the
/// form `NNN [X.Y.Z] <address>... words`, and the `<<< 503` replies that follow a refusal.
/// Sorted, in one pass.
pub(crate) fn restatements(text: &str) -> Vec<Restated> {
    let mut out = Vec::new();
    // Most inputs hold no transcript at all.
    if !text.contains("<<< ") {
        return out;
    }
    // The `<<<` lines just read.
    let mut reply: Option<Span> = None;
    let mut refused = false;
    for (offset, line) in line_iter(text) {
        let span = Span::new(offset, offset + line.len());
        if let Some(words) = line.strip_prefix("<<< ") {
            if refused && words.starts_with("503") {
                out.push(Restated { span, reply: None });
            }
            refused |= words.starts_with(['4', '5']);
            reply = Some(reply.map_or(span, |r| Span::new(r.start, span.end)));
            continue;
        }
        if reply.is_some() && is_restatement(line) {
            out.push(Restated { span, reply });
        }
        reply = None;
    }
    out
}

/// `550 5.1.1 <bob@example.com>... User unknown`, `550 bob@example.com... User unknown`.
fn is_restatement(line: &str) -> bool {
    let mut words = line.split(' ');
    let Some(code) = words.next() else { return false };
    if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_digit()) || !matches!(code.as_bytes()[0], b'4' | b'5') {
        return false;
    }
    let mut next = words.next().unwrap_or("");
    if next.split('.').count() == 3 && next.split('.').all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())) {
        next = words.next().unwrap_or("");
    }
    next.contains('@') && next.ends_with("...")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_after_the_remote_reply() {
        let text = "... while talking to mx.example.com.:\n>>> RCPT To:<bob@example.com>\n<<< 550 5.7.1 IP address blacklisted by recipient\n550 5.1.1 <bob@example.com>... User unknown\n>>> DATA\n<<< 503 Error: need RCPT command\n";
        let found = restatements(text);
        assert_eq!(found.len(), 2);
        let at = |s: Span| &text[s.start..s.end];
        assert_eq!(at(found[0].span), "550 5.1.1 <bob@example.com>... User unknown");
        assert_eq!(found[0].reply.map(at), Some("<<< 550 5.7.1 IP address blacklisted by recipient"));
        assert_eq!(at(found[1].span), "<<< 503 Error: need RCPT command");
        assert_eq!(found[1].reply, None);
        // Without the remote's reply before it, Sendmail's line is all there is.
        assert!(restatements("550 5.1.1 <bob@example.com>... User unknown\n").is_empty());
        assert!(restatements("<<< 421 busy\n421 mx.example.com (smtp)... Deferred: Connection reset\n").is_empty());
        // A bad sequence after a refusal is its consequence; on its own it is the failure.
        let text = ">>> DATA\n<<< 550 unknown user\n<<< 503-All RCPT commands were rejected\n<<< 503 Valid RCPT command must precede DATA\n";
        assert_eq!(restatements(text).len(), 2);
        assert!(restatements(">>> DATA\n<<< 503 need RCPT command\n").is_empty());
    }
}
