//! Reject and defer texts of the filters and policy services that sit in front of an MTA (round ms,
//! session 20: postgrey, policyd-rate-limit, PolicydRateGuard, policyd-spf, SA-Exim, rspamd,
//! amavisd-new, Postfix's example greylist server; round ms5: qpsmtpd's core and plugins; round
//! ms7, session 21: virus scanners and content filters). Each text is quoted from the source named
//! beside it; the expected values are read from that source and tests/corpus/LABELS.md, never from
//! the tool's output.

use smtp_explain::{Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// A deliberate first-time deferral (LABELS.md §2 Q2), also when the policy server's words say
/// only "Service temporarily unavailable" (Postfix's documented greylist example).
#[test]
fn greylisting_policy_servers_defer_as_greylisting() {
    assert_all_read(
        &[
            // postgrey: default --greylist-text with the 4.2.0 it prepends for Postfix >= 2.3
            // (https://github.com/schweikert/postgrey/blob/6228bd1757591f15551d366befeaedf3b5bb136c/postgrey#L626).
            "450 4.2.0 <bob@example.com>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.com.html",
            // postgrey's mylog_action line for a new triplet (postgrey#L198-L212, #L474).
            "postgrey[2134]: 5A7C61C0123: action=greylist, reason=new, client_name=mail.example.net, client_address=192.0.2.10, sender=alice@example.net, recipient=bob@example.com",
            // Postfix SMTPD_POLICY_README, examples/smtpd-policy/greylist.pl:
            // "defer_if_permit Service temporarily unavailable" as a recipient restriction.
            "450 4.7.1 <bob@example.com>: Recipient address rejected: Service temporarily unavailable",
            // rspamd src/libserver/milter.c: the soft reject action (451, 4.7.1, "Try again later").
            "451 4.7.1 Try again later",
        ],
        Category::Greylisted,
        Outcome::Temporary,
    );
    // postgrey lets the retried triplet through (postgrey#L485): not a failure.
    let pass = "postgrey[2134]: 5A7C61C0123: action=pass, reason=triplet found, delay=312, client_name=mail.example.net, client_address=192.0.2.10, sender=alice@example.net, recipient=bob@example.com";
    assert_reads(pass, Category::Delivered, Outcome::Success);
    assert_eq!(software_of(pass).as_deref(), Some("postgrey"));
}

/// A per-sender sending quota of a policy server is a rate limit (LABELS.md §2 Q3), not a full
/// mailbox, even where the program calls it a quota.
#[test]
fn policy_server_quotas_are_rate_limits() {
    assert_all_read(
        &[
            // policyd-rate-limit README.rst: fail_action "defer_if_permit Rate limit reach, retry later"
            // in smtpd_data_restrictions, and in smtpd_recipient_restrictions (count_mode 0).
            "450 4.7.1 <DATA>: Data command rejected: Rate limit reach, retry later",
            "450 4.7.1 <bob@example.com>: Recipient address rejected: Rate limit reach, retry later",
            // PolicydRateGuard app/handler.py: DEFER_IF_PERMIT with ACTION_TEXT_BLOCKED's default,
            // and its log line when a sender first goes over its quota.
            "450 4.7.1 <DATA>: Data command rejected: Rate limit reached, retry later",
            "TEST1234567: client=unknown[8.8.8.8], helo=myCLIENTPC, sasl_method=PLAIN, sasl_username=test@example.com, from=test@example.com, to=rcpt@example.org, recipient_count=1, curr_count=1001/1000, status=BLOCKED (QUOTA_LIMIT_REACHED)",
        ],
        Category::RateLimited,
        Outcome::Temporary,
    );
}

/// policyd-spf (Python, spf-engine): its Reason_Message "Message {rejectdefer} due to: {spf}.
/// Please see {url}" with 5.7.23/5.7.24 (policyd_spf.py#L115-L129). A result line alone tells
/// no refusal (debian/postfix-policyd-spf-python.logcheck).
#[test]
fn policyd_spf_refusals_are_sender_authentication() {
    assert_all_read(
        &[
            "550 5.7.23 <bob@example.com>: Recipient address rejected: Message rejected due to: SPF fail - not authorized. Please see http://www.openspf.net/Why?s=mfrom;id=alice@example.net;ip=192.0.2.10;r=bob@example.com",
            "550 5.7.24 <bob@example.com>: Recipient address rejected: Message rejected due to: SPF Permanent Error: Too many DNS lookups. Please see http://www.openspf.net/Why?s=mfrom;id=alice@example.net;ip=192.0.2.10;r=bob@example.com",
        ],
        Category::SenderAuthentication,
        Outcome::Permanent,
    );
    let deferred = "450 4.7.24 <bob@example.com>: Recipient address rejected: Message deferred due to: SPF Temporary Error: DNS Timeout. Please see http://www.openspf.net/Why?s=mfrom;id=alice@example.net;ip=192.0.2.10;r=bob@example.com";
    assert_reads(deferred, Category::SenderAuthentication, Outcome::Temporary);
    let permerror = "550 5.7.24 <bob@example.com>: Recipient address rejected: Message rejected due to: SPF Permanent Error: Too many DNS lookups. Please see http://www.openspf.net/Why?s=mfrom;id=alice@example.net;ip=192.0.2.10;r=bob@example.com";
    assert_eq!(software_of(permerror).as_deref(), Some("policyd_spf"));
    let result = "policyd-spf[4411]: Fail; identity=mailfrom; client-ip=192.0.2.10; helo=mail.example.net; envelope-from=alice@example.net; receiver=bob@example.com";
    assert_reads(result, Category::SenderAuthentication, Outcome::Unknown);
}

/// SA-Exim (sa-exim.c, sa-exim.conf): its verdict lines name the spam score, its own failure is
/// the filter's, and Exim's log of a bare local_scan "Rejected" is a generic refusal.
#[test]
fn sa_exim_verdicts_and_its_own_failure() {
    let perm = "SA: Action: permanently rejected message: score=15.2 required=5.0 trigger=12.0 (scanned in 3/3 secs | Message-Id: 20261201093000.GA1234@example.net). From <alice@example.net> (host=mail.example.net [192.0.2.10]) for bob@example.com";
    assert_reads(perm, Category::SpamContent, Outcome::Permanent);
    assert_eq!(software_of(perm).as_deref(), Some("spamassassin"));
    let temp = "SA: Action: temporarily rejected message: score=9.1 required=5.0 trigger=9.0 (scanned in 2/2 secs | Message-Id: 20261201093000.GA1234@example.net). From <alice@example.net> (host=mail.example.net [192.0.2.10]) for bob@example.com";
    assert_reads(temp, Category::SpamContent, Outcome::Temporary);
    let error = "451 Temporary local error while processing message, please contact postmaster.";
    assert_reads(error, Category::ServerError, Outcome::Temporary);
    assert_eq!(software_of(error).as_deref(), Some("spamassassin"));
    // Exim receive.c "F=<%s> rejected by local_scan(): %s" with SA-Exim's default SAmsgpermrej.
    let exim = "1tAbCd-0001Xy-Q7 H=mail.example.net [192.0.2.10] F=<alice@example.net> rejected by local_scan(): Rejected";
    assert_reads(exim, Category::PolicyRejected, Outcome::Permanent);
    assert_eq!(software_of(exim).as_deref(), Some("exim"));
}

/// rspamd's milter defaults and the messages its documentation configures
/// (src/libserver/milter.h; docs.rspamd.com modules/force_actions.md, modules/multimap.md,
/// tutorials/integration.md).
#[test]
fn rspamd_rejections_name_their_cause() {
    assert_reads("554 5.7.1 Spam message rejected", Category::SpamContent, Outcome::Permanent);
    assert_reads("554 5.7.1 Rejected due to suspicion of virus", Category::VirusDetected, Outcome::Permanent);
    assert_all_read(
        &[
            "554 5.7.1 A restricted file type was found",
            "554 5.7.1 (support-id: 4A1B2C3D4E) Your mail was rejected because it contains BANNED ATTACHMENTS. Please check https://www.example.com/en/allowed-attachments.html for further details!",
        ],
        Category::AttachmentBlocked,
        Outcome::Permanent,
    );
    // The Exim integration's deny ACL, as Exim answers it and logs it.
    assert_reads("550 Message discarded as high-probability spam", Category::SpamContent, Outcome::Permanent);
    let log = "1tAbCd-0001Xy-Q7 H=mail.example.net [192.0.2.10] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=no F=<alice@example.net> rejected after DATA: Message discarded as high-probability spam";
    assert_reads(log, Category::SpamContent, Outcome::Permanent);
    assert_eq!(software_of(log).as_deref(), Some("exim"));
}

/// amavisd-new: its D_REJECT status by contents category (amavisd's status table) with the
/// reasons of %smtp_reason_by_ccat (amavisd.conf-default), its main log entries
/// (RELEASE_NOTES, amavisd-new-docs.html, README.postfix).
#[test]
fn amavis_rejections_by_contents_category() {
    assert_reads(
        "554 5.7.0 Reject, id=42721-01 - BANNED: rule #9:application/octet-stream,.exe,.exe-ms,videos.exe",
        Category::AttachmentBlocked,
        Outcome::Permanent,
    );
    assert_reads("554 5.7.0 Reject, id=30897-02 - INFECTED: Eicar-Test-Signature", Category::VirusDetected, Outcome::Permanent);
    assert_all_read(
        &[
            "554 5.7.0 Reject, id=30897-02 - spam",
            "554 5.7.0 Reject, id=30897-02 - spammy (tag3)",
            "amavis[29297]: (29297-01-6) Blocked SPAM, <alice@example.net> -> <bob@example.com>, quarantine: spam/U/UM3XM3XDbN52.gz, Message-ID:<20261201093000.GA1234@example.net>, mail_id: UM3XM3XDbN52, Hits: 13.365",
        ],
        Category::SpamContent,
        Outcome::Permanent,
    );
    // final_spam_destiny D_TEMPFAIL turns the 554 into 450 "Temporary failure".
    assert_reads("450 4.7.0 Temporary failure, id=30897-02 - spam", Category::SpamContent, Outcome::Temporary);
    assert_all_read(
        &[
            "554 5.6.3 Reject, id=30897-02 - BAD HEADER: nonencoded 8-bit character",
            "554 5.6.0 Reject, id=30897-02 - BAD HEADER: missing required header field",
        ],
        Category::MessageFormat,
        Outcome::Permanent,
    );
    assert_reads(
        "552 5.3.4 Reject, id=30897-02 - Message size exceeds recipient's size limit",
        Category::MessageTooLarge,
        Outcome::Permanent,
    );
    // The re-injection succeeded: amavisd's end-of-data reply is a success.
    let ok = "250 2.6.0 Ok, id=30897-02, from MTA([127.0.0.1]:10025): 250 2.0.0 Ok: queued as 079474CE44";
    assert_reads(ok, Category::Delivered, Outcome::Success);
    assert_eq!(software_of(ok).as_deref(), Some("amavis"));
}

/// No refusal of this round's sample reads as a success.
#[test]
fn no_filter_refusal_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-ms-s20.jsonl"));
}

// Round ms5 (session 20): qpsmtpd's core and plugins, quoted from https://github.com/smtpd/qpsmtpd at df5b04d857e6f6602cef0dd4f2c09f163e20672f (the code is the one lib/Qpsmtpd/SMTP.pm answers for that hook).

/// plugins/greylisting#L183: the plugin's DENYSOFT text, answered 450 at RCPT; its documentation
/// calls the deferral greylisting (LABELS.md §2 Q2). The core logs the MAIL-hook deferral as
/// "denysoft mail from <addr> (msg)" (lib/Qpsmtpd/SMTP.pm#L408).
#[test]
fn the_greylisting_plugins_deferral_is_greylisting() {
    assert_reads("450 This mail is temporarily denied", Category::Greylisted, Outcome::Temporary);
    assert_reads("12345 denysoft mail from <a@example.net> (This mail is temporarily denied)", Category::Greylisted, Outcome::Temporary);
}

/// plugins/helo: a HELO argument of the wrong form (a bare IP, no dot) is a syntax refusal, like
/// Postfix's "need fully-qualified hostname"; a HELO name that does not resolve or fails
/// forward-confirmed reverse DNS is the sending host's DNS identity (reverse_dns).
#[test]
fn the_helo_plugins_checks_split_by_form_and_dns() {
    assert_all_read(
        &[
            // plugins/helo#L364
            "550 Plain IP is invalid HELO hostname (RFC 2821)",
            // plugins/helo#L393
            "550 HELO name is not fully qualified. Read RFC 2821",
        ],
        Category::ProtocolSyntax,
        Outcome::Permanent,
    );
    assert_all_read(
        &[
            // plugins/helo#L429
            "550 HELO hostname did not resolve",
            // plugins/helo#L413
            "550 HELO hostname does not exist",
            // plugins/helo#L486
            "550 That HELO hostname fails FCrDNS",
        ],
        Category::ReverseDns,
        Outcome::Permanent,
    );
}

/// Checks on the message itself at end of data (DENY at data_post is 552).
#[test]
fn checks_on_the_message_itself() {
    // plugins/headers#L136; plugins/bogus_bounce#L83 and #L93 (the form of a bounce).
    assert_all_read(
        &[
            "552 Headers are missing",
            "552 fail, this bounce message does not have 1 recipient",
            "552 a bounce return path must be empty (RFC 3834)",
        ],
        Category::MessageFormat,
        Outcome::Permanent,
    );
    // lib/Qpsmtpd/SMTP.pm#L694: the end-of-data dot came with a bare LF; 421 and hang up.
    assert_reads("421 See http://smtpd.develooper.com/barelf.html", Category::MessageFormat, Outcome::Temporary);
    // plugins/domainkeys#L127: the DomainKeys signature did not verify.
    assert_reads("552 DomainKeys signature validation failed", Category::SenderAuthentication, Outcome::Permanent);
    // plugins/virus/uvscan#L95: an encrypted zip attachment is refused.
    assert_reads("552 We do not accept password-protected zip files!", Category::AttachmentBlocked, Outcome::Permanent);
}

/// The core's own default texts (lib/Qpsmtpd/SMTP.pm).
#[test]
fn the_cores_default_texts() {
    // #L514: no rcpt plugin answered; the server's set-up lacks one.
    assert_reads("450 No plugin decided if relaying is allowed", Category::ReceiverMisconfigured, Outcome::Temporary);
    // #L106 and #L111: a connect plugin refused the client without a text of its own
    // (LABELS.md §1 Q4: the connecting client is refused, no list named).
    assert_reads("550 Connection from you denied, bye bye.", Category::SenderIpBlocked, Outcome::Permanent);
    assert_reads("450 Connection from you temporarily denied, bye bye.", Category::SenderIpBlocked, Outcome::Temporary);
    // plugins/count_unrecognized_commands#L48, answered 521 by unrecognized_command_respond.
    assert_reads(
        "521 Closing connection, 4 unrecognized commands. Perhaps you should read RFC 2821?",
        Category::ProtocolSyntax,
        Outcome::Permanent,
    );
    // #L403: the core's log line for a MAIL FROM refusal (550).
    assert_reads(
        "12345 deny mail from <spammer@example.com> (Your envelope sender is in my badmailfrom list)",
        Category::SenderRejected,
        Outcome::Permanent,
    );
}

/// No row of the round's corpus file (every one a refusal or deferral) reads as a success.
#[test]
fn no_qpsmtpd_refusal_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-ms5-s20.jsonl"));
}

// Round ms7 (session 21): virus scanners and content filters, read in their sources (clamav-milter, clamd, Exim's spec examples, Haraka, qpsmtpd, Proxmox Mail Gateway, MIMEDefang, MailScanner's notices).

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
