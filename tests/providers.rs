//! Checks of the provider, blocklist and link tables: order, sources, dates, links, texts.
#![allow(clippy::disallowed_methods)] // Unicode case mapping is only kept out of the library (clippy.toml)

use smtp_explain::catalog::Catalog;
use smtp_explain::data::blocklists::BLOCKLIST_ZONES;
use smtp_explain::data::links::{allowed_hosts, is_allowed};
use smtp_explain::data::providers::{markers, providers, rules, FILES};

fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 10 && b[4] == b'-' && b[7] == b'-' && text.bytes().filter(u8::is_ascii_digit).count() == 8
}

#[test]
fn provider_files_are_sorted_unique_and_sourced() {
    for pair in FILES.windows(2) {
        assert!(pair[0].provider.id < pair[1].provider.id, "FILES not sorted at {}", pair[1].provider.id);
    }
    for p in providers() {
        assert!(is_allowed(p.help_url), "{}: help_url {:?} is not an allowlisted https link", p.id, p.help_url);
        assert!(!p.source.is_empty(), "{}: no source", p.id);
        assert!(is_date(p.checked), "{}: checked {:?} is not YYYY-MM-DD", p.id, p.checked);
    }
    for f in FILES {
        for m in f.markers {
            assert_eq!(m.pattern, m.pattern.to_lowercase(), "marker {:?} of {} must be lowercase", m.pattern, f.provider.id);
        }
    }
}

#[test]
fn no_marker_names_two_providers() {
    let mut seen = std::collections::HashMap::new();
    for f in FILES {
        for m in f.markers {
            if let Some(other) = seen.insert(m.pattern, f.provider.id) {
                assert_eq!(other, f.provider.id, "marker {:?} is in both {other} and {}", m.pattern, f.provider.id);
            }
        }
    }
}

#[test]
fn provider_rules_have_sources_links_and_texts() {
    let en = Catalog::english();
    let mut ids = std::collections::HashSet::new();
    for (owner, r) in rules() {
        let place = format!("rule {}.{}", owner.id, r.id);
        assert!(ids.insert((owner.id, r.id)), "{place}: duplicate id");
        assert!(!r.pattern.is_empty() || !r.code.is_empty(), "{place}: needs a pattern or a code");
        assert_eq!(r.pattern, r.pattern.to_lowercase(), "{place}: pattern must be lowercase");
        assert!(!r.source.is_empty(), "{place}: no source");
        assert!(is_date(r.checked), "{place}: checked {:?} is not a date", r.checked);
        assert!(r.help_url.is_empty() || is_allowed(r.help_url), "{place}: help_url {:?} not allowlisted https", r.help_url);
        for suffix in ["title", "summary"] {
            let key = format!("rule.{}.{}.{suffix}", owner.id, r.id);
            assert!(en.get(&key).is_some(), "{place}: catalog has no {key}");
        }
    }
    assert!(!markers().is_empty());
}

#[test]
fn blocklist_zones_are_sourced_and_linked() {
    let en = Catalog::english();
    for z in BLOCKLIST_ZONES {
        assert!(smtp_explain::data::providers::provider(z.provider).is_some(), "zone {}: unknown provider {}", z.pattern, z.provider);
        assert!(is_allowed(z.lookup_url), "zone {}: lookup_url {:?} not allowlisted https", z.pattern, z.lookup_url);
        assert!(!z.source.is_empty() && is_date(z.checked), "zone {}: source and date needed", z.pattern);
        for suffix in ["title", "summary"] {
            let key = format!("zone.{}.{suffix}", z.kind);
            assert!(en.get(&key).is_some(), "zone {}: catalog has no {key}", z.pattern);
        }
    }
}

#[test]
fn allowlist_holds_hosts_only() {
    for host in allowed_hosts() {
        assert!(!host.contains('/') && !host.contains(':') && host.contains('.'), "{host} is not a bare host name");
    }
}

fn provider_of(text: &str) -> Option<String> {
    smtp_explain::explain(text).provider.map(|p| p.id.to_string())
}

/// The lesser mail domains of known providers (from Thunderbird's ISPDB, `ispdb/*.xml` of
/// github.com/thunderbird/autoconfig) name the provider when the recipient is at one of them
/// and the server that refused is the domain's own; when another organisation's server is named
/// (a filter or smarthost), the recipient's domain says nothing about who answered.
#[test]
fn a_recipient_at_a_providers_lesser_domain_names_it() {
    for (domain, id) in [
        ("yahoo.co.uk", "yahoo"),
        ("aim.com", "yahoo"),
        ("hotmail.fr", "microsoft"),
        ("live.co.uk", "microsoft"),
        ("gmx.co.uk", "gmx"),
        ("planet.nl", "kpn"),
        ("ameritech.net", "att"),
        ("bigpond.net", "telstra"),
        ("yandex.ua", "yandex"),
        ("vp.pl", "onet"),
    ] {
        let own = format!(
            "<bob@{domain}>: host mx1.{domain}[192.0.2.7] said: 550 5.1.1 <bob@{domain}>: Recipient address rejected: User unknown (in reply to RCPT TO command)"
        );
        assert_eq!(provider_of(&own).as_deref(), Some(id), "{own}");
        let relayed = format!(
            "<bob@{domain}>: host mx.filter.example.net[192.0.2.7] said: 550 5.1.1 <bob@{domain}>: Recipient address rejected: User unknown (in reply to RCPT TO command)"
        );
        assert_eq!(provider_of(&relayed), None, "{relayed}");
    }
    let gmail_style = "Delivery to the following recipient failed permanently:\n\n     bob@yahoo.co.uk\n\nThe error that the other server returned was:\n550 5.1.1 User unknown";
    assert_eq!(provider_of(gmail_style).as_deref(), Some("yahoo"));
    // A sender's address says nothing about who refused.
    assert_eq!(provider_of("550 5.7.1 <alice@hotmail.fr>: Sender address rejected: Access denied"), None);
}

/// A client error naming a provider's submission or IMAP server (ISPDB's host names) names the
/// provider whose server the client talked to.
#[test]
fn a_client_error_naming_a_providers_ispdb_server_names_it() {
    for (text, id) in [
        ("Mailer Error: SMTP connect() failed. smtp.softbank.jp:587 Connection timed out", "softbank"),
        ("Could not connect to mail.twc.com:587: Connection refused", "spectrum"),
        ("535 Authentication failed (smtp.virgin.net)", "virginmedia"),
        ("Connection to imap.zoho.jp:993 failed: Connection refused", "zoho"),
        ("Connection to mail.mopera.net:995 failed: Connection refused", "docomo"),
    ] {
        assert_eq!(provider_of(text).as_deref(), Some(id), "{text}");
    }
}

/// A mail client's transcript that names the host it opens a connection to (PHPMailer's
/// "Connection: opening to <host>") tells whose server answered, even when the reply itself
/// names nobody.
#[test]
fn the_host_a_client_connects_to_names_who_answered() {
    for (host, id) in [("smtp.seznam.cz", "seznam"), ("ssl://smtp.laposte.net", "laposte"), ("smtp.kpnmail.nl", "kpn")] {
        let transcript = format!(
            "2024-01-01 10:00:00 Connection: opening to {host}:465, timeout=300, options=array()\n2024-01-01 10:00:00 Connection: opened\n2024-01-01 10:00:00 CLIENT -> SERVER: AUTH LOGIN\n2024-01-01 10:00:01 SERVER -> CLIENT: 535 5.7.8 Error: authentication failed\n2024-01-01 10:00:01 SMTP ERROR: Password command failed: 535 5.7.8 Error: authentication failed\nSMTP Error: Could not authenticate."
        );
        assert_eq!(provider_of(&transcript).as_deref(), Some(id), "{transcript}");
    }
}

#[test]
fn gmails_imap_refusals_name_google() {
    // Gimap's own greeting and "(Failure)" ending (https://github.com/jstedfast/MailKit/issues/1276);
    // Yahoo's IMAP refusal has no such ending and is not Google's.
    assert_eq!(provider_of("A00000001 NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)").as_deref(), Some("google"));
    assert_eq!(provider_of("* OK Gimap ready for requests from 192.0.2.1 m62mb244108374wme").as_deref(), Some("google"));
    assert_ne!(provider_of("a0 NO [AUTHENTICATIONFAILED] LOGIN Invalid credentials").as_deref(), Some("google"));
}

/// A program's own error names the server it sent through, not the recipient's: the recipient's
/// domain in "Failed sending email to bob@gmail.com" says nothing about who refused. In a
/// server's report (a bounce naming the recipient) it still does.
#[test]
fn a_programs_error_does_not_name_the_recipients_provider() {
    let app = r#"19:44:27.960 [warning] Failed sending email to bob@gmail.com for campaign x: {:retries_exceeded, {:network_failure, ~c"192.0.2.45", {:error, :timeout}}}"#;
    assert_eq!(provider_of(app), None, "{app}");
    let gmail_style = "Delivery to the following recipient failed permanently:\n\n     bob@yahoo.co.uk\n\nThe error that the other server returned was:\n550 5.1.1 User unknown";
    assert_eq!(provider_of(gmail_style).as_deref(), Some("yahoo"));
}

/// The bare suffix of La Poste's and Orange's code tokens (`_421` of `LPN007_421`) stands only
/// beside the token: qmail's logs write spaces as underscores ("Remote_host_said:_421_...").
#[test]
fn a_code_tokens_suffix_alone_names_no_provider() {
    let qmail = "@400000006571c3a21b2c3d4e delivery 4816: deferral: Connected_to_198.51.100.25_but_greeting_failed./Remote_host_said:_421_4.3.2_Service_not_available,_closing_transmission_channel/";
    assert_eq!(provider_of(qmail), None, "{qmail}");
    let la_poste = "550 5.5.0 SPF: example.com is not allowed to send mail. LPN004_401";
    assert_eq!(provider_of(la_poste).as_deref(), Some("laposte"));
}

#[test]
fn the_knowledge_packs_markers_and_outcome_words_count_like_the_core_tables() {
    // `knowledge/markers.tsv` and `knowledge/outcomes.tsv`: an SES bounce notification names SES
    // by its field name; its "Transient" bounce type is SES's last word on a soft failure (retries
    // are DeliveryDelay events): failed for good, to send again later, never "your server keeps
    // trying", even beside the 4.2.2 of the recipient's DSN.
    let ses = |kind: &str| {
        smtp_explain::explain(&format!(
            r#"{{"notificationType":"Bounce","bounce":{{"bounceType":"{kind}","bounceSubType":"MailboxFull","bouncedRecipients":[{{"emailAddress":"bob@example.com","action":"failed","status":"4.2.2","diagnosticCode":"smtp; 452 4.2.2 Mailbox full"}}]}}}}"#
        ))
    };
    let e = ses("Transient");
    assert_eq!(e.provider.map(|p| p.id.to_string()).as_deref(), Some("amazon_ses"));
    assert_eq!(e.category.id, smtp_explain::Category::MailboxFull);
    assert_eq!(e.outcome, smtp_explain::Outcome::Permanent);
    assert_eq!(e.retry, smtp_explain::Retry::Later);
    // While SES still retries it publishes a DeliveryDelay event instead: the server keeps trying.
    let delay = smtp_explain::explain(
        r#"{"eventType":"DeliveryDelay","deliveryDelay":{"delayType":"MailboxFull","delayedRecipients":[{"emailAddress":"bob@example.com","status":"4.2.2","diagnosticCode":"smtp; 452 4.2.2 Mailbox full"}]}}"#,
    );
    assert_eq!(delay.provider.map(|p| p.id.to_string()).as_deref(), Some("amazon_ses"));
    assert_eq!((delay.outcome, delay.retry), (smtp_explain::Outcome::Temporary, smtp_explain::Retry::Automatic));
    // `knowledge/software.tsv`: MDaemon's notice names MDaemon (https://github.com/Perl/perl5/issues/5407).
    let mdaemon = smtp_explain::explain("The attached message had PERMANENT fatal delivery errors!\n\nAfter one or more unsuccessful delivery attempts the attached message has been removed from the mail queue on this server.");
    assert_eq!(mdaemon.software.map(|s| s.id.to_string()).as_deref(), Some("mdaemon"));
}

/// A refusing server that names its client by host name and address (Exim's `$sender_fullhost`,
/// "name [ip]") names the sender's relay, not itself: a sending service's host there is not who
/// answered. Its host before "said:" still is.
#[test]
fn a_sending_services_host_named_as_the_client_is_not_who_answered() {
    let junkmail = "Diagnostic-Code: 550 \"JunkMail rejected - o1.24nn.shared.sendgrid.net [192.0.2.237]:30010 is in an RBL, see http://www.spamcop.net/bl.shtml?192.0.2.237\"";
    assert_eq!(provider_of(junkmail), None, "{junkmail}");
    let answered = "<a@example.com>: host smtp.sendgrid.net[192.0.2.193] said: 550 Unauthenticated senders not allowed (in reply to MAIL FROM command)";
    assert_eq!(provider_of(answered).as_deref(), Some("sendgrid"), "{answered}");
}

#[test]
fn a_banner_word_several_operators_write_names_none_of_them() {
    // `bizsmtp` is written by the hosted MTA of GoDaddy, Aruba, Ziggo and Forpsi alike
    // (support.forpsi.com/kb/a3302; github.com/FreeUKGen/MyopicVicar/issues/997).
    assert_eq!(provider_of("552 cmg1.fe.forpsi.com bizsmtp 0bqv1i0054rvCQt01 DMARC validation failed"), None);
    assert_eq!(provider_of("550 mx8.tb.ukmail.iss.as9143.net bizsmtp Connection rejected. Your IP 192.0.2.7 is in RBL."), None);
    // GoDaddy's own code still names it (GoDaddy Help 40685: IB105).
    assert_eq!(provider_of("554 p3plibsmtp01 bizsmtp IB105. Connection refused.").as_deref(), Some("godaddy"));
}
