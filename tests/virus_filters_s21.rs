//! Reject, defer and notice texts of virus scanners and content filters in front of or inside a
//! mail server (round ms7, session 21): clamav-milter and clamd, the Exim specification's content
//! scanning ACL examples, haraka-plugin-spamassassin, qpsmtpd's virus plugins, Proxmox Mail
//! Gateway, MIMEDefang's suggested filter and MailScanner's sender notices. Each text is quoted
//! from the source named beside it; the expected values are read from that source and
//! tests/corpus/LABELS.md, never from the tool's output.

use smtp_explain::{Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// A scanner's verdict that names a virus, given as an SMTP refusal or as the filter's log of a
/// discarded message.
#[test]
fn virus_verdicts_read_as_virus_detected() {
    assert_all_read(
        &[
            // Exim spec, "Scanning for viruses": deny malware = * message = This message contains
            // malware ($malware_name); a DATA ACL deny answers 550
            // (https://github.com/Exim/exim/blob/13835a3c1e057efad7da269c0f93bf2eac850205/doc/doc-docbook/spec.xfpt#L35331).
            "550 This message contains malware (Eicar-Test-Signature)",
            // qpsmtpd virus/clamav DENY, 552 after DATA
            // (https://github.com/smtpd/qpsmtpd/blob/df5b04d857e6f6602cef0dd4f2c09f163e20672f/plugins/virus/clamav#L224).
            "552 Virus Found: Eicar-Test-Signature",
            // qpsmtpd virus/sophie with several names (plugins/virus/sophie#L64).
            "552 Viruses Found: Eicar-Test-Signature, Win.Test.EICAR_HDB-1",
            // MIMEDefang's suggested filter before action_discard()
            // (https://github.com/The-McGrail-Foundation/MIMEDefang/blob/52e0727e0993cae6a01ec0f58e39e5c8aedf6b2a/examples/suggested-minimum-filter-for-windows-clients#L148).
            "Discarding because of virus Eicar-Test-Signature",
        ],
        Category::VirusDetected,
        Outcome::Permanent,
    );
}

/// A scanner that could not give a verdict is a failure inside the receiving system (LABELS.md
/// §2 Q5), not a virus, even though the words name a virus scanner.
#[test]
fn scanner_failures_read_as_server_error() {
    assert_all_read(
        &[
            // haraka-plugin-spamassassin: DENYSOFT, 450 at data_post
            // (https://github.com/haraka/haraka-plugin-spamassassin/blob/8a4d251ad170914aa7a4511bb504b1fa7f1a591c/index.js#L346).
            "450 spamd connect timeout",
            // MIMEDefang's suggested filter when the scanner fails (then action_tempfail)
            // (examples/suggested-minimum-filter-for-windows-clients#L154).
            "Problem running virus scanner: code=999, category=swerr, action=tempfail",
            // Proxmox Mail Gateway re-injecting the filtered mail failed
            // (https://github.com/proxmox/pmg-api/blob/09158948b9568e8123f4319f47ddb10b9a292a78/src/PMG/SMTP.pm#L173).
            "451 4.4.0 detected undelivered mail to <bob@example.net>",
        ],
        Category::ServerError,
        Outcome::Temporary,
    );
    // qpsmtpd virus/aveclient with blockonerror: DENY (552) when the scanner fails
    // (https://github.com/smtpd/qpsmtpd/blob/df5b04d857e6f6602cef0dd4f2c09f163e20672f/plugins/virus/aveclient#L192).
    assert_reads(
        "552 Unable to scan for virus, please contact admin of mx.example.net, if you feel this is an error!",
        Category::ServerError,
        Outcome::Permanent,
    );
    // clamav-milter's log texts when clamd gives no usable answer
    // (https://github.com/Cisco-Talos/clamav/blob/67a02aa2352c5628d261cca97244bac6ba9ab461/clamav-milter/clamfi.c#L352, #L484).
    for text in ["No reply from clamd", "Unknown reply from clamd"] {
        assert_eq!(category_of(text), Category::ServerError, "{text}");
        assert_eq!(software_of(text).as_deref(), Some("clamav"), "{text}");
    }
}

/// A dangerous or forbidden attachment removed by the filter's attachment rules.
#[test]
fn removed_attachments_read_as_attachment_blocked() {
    assert_all_read(
        &[
            // MIMEDefang's suggested filter, action_drop_with_warning() by file name (#L194) and
            // by MIME type (#L224).
            "An attachment named invoice.exe was removed from this document as it\nconstituted a security hazard.    If you require this document, please contact\nthe sender and arrange an alternate means of receiving it.",
            "An attachment of type application/x-msdownload, named invoice.exe was removed from this document as it\nconstituted a security hazard.  If you require this document, please contact\nthe sender and arrange an alternate means of receiving it.",
            // MailScanner's German and French banned-attachment notices
            // (https://github.com/MailScanner/v5/blob/76589ee4b82cb24e9aeceafe798b99536ce33178/common/usr/share/MailScanner/reports/de/sender.filename.report.txt, fr/sender.filename.report.txt).
            "Eine oder mehrere Dateianhänge (invoice.exe) sind auf der Liste unerlaubter\nAnhänge dieser Domain und werden nicht weitergeleitet.",
            "La transmission d'au moins une pièce jointe est interdite par les règles\nde notre entreprise et a été remplacée par cet avertissement.",
        ],
        Category::AttachmentBlocked,
        Outcome::Permanent,
    );
    assert_eq!(
        software_of("An attachment named invoice.exe was removed from this document as it\nconstituted a security hazard.").as_deref(),
        Some("mimedefang")
    );
}

/// A local rule on the message's form or words, with no spam or virus verdict: content_policy.
/// "blacklisted" here names a local regex list, not a public blocklist (LABELS.md §1 Q2).
#[test]
fn local_content_rules_read_as_content_policy() {
    assert_all_read(
        &[
            // Exim spec, MIME ACL example (spec.xfpt#L35799) and regex ACL example (#L35853).
            "550 HTML mail is not accepted here",
            "550 contains blacklisted regex (URGENT BUSINESS PROPOSAL)",
            // MIMEDefang's suggested filter quarantines and discards such a message (#L128).
            "Message quarantined because of suspicious characters in headers",
        ],
        Category::ContentPolicy,
        Outcome::Permanent,
    );
}

#[test]
fn no_filter_text_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-ms7-s21.jsonl"));
}
