//! The taxonomy: one defaults-and-crosswalk row per category, in order; the English texts of
//! every category; crosswalk values that exist in the other taxonomies; and complete catalogs
//! for every shipped language.

use std::collections::BTreeSet;

use smtp_explain::catalog::{shipped_sources, Catalog};
use smtp_explain::data::categories::{CATEGORIES, SISIMAI_ALIASES};
use smtp_explain::{Category, Retry, WhoActs};

/// Current Sisimai reason names (Sisimai 5.6.0, 2026-02): the constants of go-sisimai
/// `eb/reason.go`, lowercased as Sisimai reports them; see also https://libsisimai.org/en/reason/.
const SISIMAI_REASONS: &[&str] = &[
    "authfailure",
    "badreputation",
    "blocked",
    "contenterror",
    "delivered",
    "emailtoolarge",
    "expired",
    "failedstarttls",
    "feedback",
    "filtered",
    "hasmoved",
    "hostunknown",
    "mailboxfull",
    "mailererror",
    "networkerror",
    "norelaying",
    "notaccept",
    "notcompliantrfc",
    "onhold",
    "policyviolation",
    "ratelimited",
    "rejected",
    "requireptr",
    "securityerror",
    "spamdetected",
    "suppressed",
    "suspend",
    "syntaxerror",
    "systemerror",
    "systemfull",
    "undefined",
    "userunknown",
    "vacation",
    "virusdetected",
];

/// SendGrid bounce and block classifications (Bounces API `Classification` enum;
/// https://www.twilio.com/docs/sendgrid/ui/analytics-and-reporting/bounce-and-block-classifications).
const SENDGRID_CLASSES: &[&str] = &[
    "Content",
    "Frequency or Volume Too High",
    "Invalid Address",
    "Mailbox Unavailable",
    "Reputation",
    "Technical Failure",
    "Unclassified",
];

/// Amazon SES `bounceType` with the `bounceSubType` values that go with it
/// (https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html). The last three
/// permanent subtypes are newer additions (unsubscribe, tenant and validation suppression).
const SES_TYPES: &[(&str, &[&str])] = &[
    ("Undetermined", &["Undetermined"]),
    (
        "Permanent",
        &[
            "General",
            "NoEmail",
            "Suppressed",
            "OnAccountSuppressionList",
            "UnsubscribedRecipient",
            "OnTenantSuppressionList",
            "EmailValidationSuppressed",
        ],
    ),
    ("Transient", &["General", "MailboxFull", "MessageTooLarge", "ContentRejected", "AttachmentRejected"]),
];

/// SparkPost bounce classes
/// (https://support.sparkpost.com/docs/deliverability/bounce-classification-codes), plus 26
/// "Smart Send Suppression", listed by SparkPost-based platforms (Airship's copy of the table).
const SPARKPOST_CLASSES: &[u8] = &[1, 10, 20, 21, 22, 23, 24, 25, 26, 30, 40, 50, 51, 52, 53, 54, 60, 70, 80, 90, 100];

/// SparkPost classes in its "Hard" category (the only ones that mean: stop mailing the address).
const SPARKPOST_HARD: &[u8] = &[10, 30, 90];

/// Postmark bounce `Type` names (https://postmarkapp.com/developer/api/bounce-api#bounce-types,
/// the `BounceType` enum of the official `postmark` client).
const POSTMARK_TYPES: &[&str] = &[
    "HardBounce",
    "Transient",
    "Unsubscribe",
    "Subscribe",
    "AutoResponder",
    "AddressChange",
    "DnsError",
    "SpamNotification",
    "OpenRelayTest",
    "Unknown",
    "SoftBounce",
    "VirusNotification",
    "ChallengeVerification",
    "BadEmailAddress",
    "SpamComplaint",
    "ManuallyDeactivated",
    "Unconfirmed",
    "Blocked",
    "SMTPApiError",
    "InboundError",
    "DMARCPolicy",
    "TemplateRenderingFailed",
];

/// Categories that are often reported with a bare code and no reason: they must list usual causes.
const NEED_CAUSES: &[Category] = &[
    Category::PolicyRejected,
    Category::ServerError,
    Category::SenderRejected,
    Category::Unknown,
    Category::ContentPolicy,
    Category::ServerUnavailable,
    Category::RelayDenied,
    Category::SenderAccountBlocked,
];

/// The parts of a category's texts; `summary.temporary` and the numbered lists are checked apart.
const TEXT_PARTS: &[&str] = &[
    "title",
    "definition",
    "summary",
    "summary.temporary",
    "user",
    "admin",
    "causes",
    "title.api",
    "summary.api",
    "user.api",
    "admin.api",
    "title.client",
    "summary.client",
    "user.client",
    "title.step",
    "summary.step",
    "user.step",
    "admin.step",
];

fn english() -> &'static Catalog {
    Catalog::english()
}

#[test]
fn one_row_per_category_in_order() {
    assert_eq!(CATEGORIES.len(), Category::ALL.len(), "CATEGORIES must have one row per category");
    for (row, category) in CATEGORIES.iter().zip(Category::ALL) {
        assert_eq!(row.category, *category, "row for {} is out of Category::ALL order", category.id());
    }
}

#[test]
fn every_category_has_its_english_texts() {
    let en = english();
    for category in Category::ALL {
        let id = category.id();
        for key in ["title", "definition", "summary", "user.1", "admin.1"] {
            let full = format!("cat.{id}.{key}");
            let text = en.get(&full).unwrap_or_else(|| panic!("English catalog lacks `{full}`"));
            assert!(!text.trim().is_empty(), "`{full}` is empty");
        }
        let users = en.list(&format!("cat.{id}.user"));
        assert!((2..=4).contains(&users.len()), "cat.{id}.user has {} steps, want 2 to 4", users.len());
        let admins = en.list(&format!("cat.{id}.admin"));
        assert!((2..=5).contains(&admins.len()), "cat.{id}.admin has {} steps, want 2 to 5", admins.len());
        // A list read until the first gap must not leave numbered keys behind the gap.
        for list in ["user", "admin", "causes"] {
            let len = en.list(&format!("cat.{id}.{list}")).len();
            assert!(en.get(&format!("cat.{id}.{list}.{}", len + 2)).is_none(), "cat.{id}.{list} has a gap");
        }
    }
}

#[test]
fn categories_often_given_without_reason_list_causes() {
    let en = english();
    for category in NEED_CAUSES {
        let causes = en.list(&format!("cat.{}.causes", category.id()));
        assert!(causes.len() >= 2, "cat.{}.causes should list at least two usual causes", category.id());
    }
}

#[test]
fn every_category_key_belongs_to_a_category() {
    for key in english().keys().filter(|k| k.starts_with("cat.")) {
        let rest = &key["cat.".len()..];
        let (id, part) = rest.split_once('.').unwrap_or_else(|| panic!("malformed key `{key}`"));
        assert!(Category::from_id(id).is_some(), "`{key}` names no category");
        let known = TEXT_PARTS.iter().any(|p| {
            part == *p || part.strip_prefix(p).and_then(|n| n.strip_prefix('.')).is_some_and(|n| n.parse::<u32>().is_ok_and(|n| n > 0))
        });
        assert!(known, "`{key}`: `{part}` is not a documented category text");
    }
}

#[test]
fn titles_are_short_and_have_no_digits() {
    let en = english();
    for key in en.keys().filter(|k| {
        k.starts_with("cat.")
            && (k.ends_with(".title") || k.ends_with(".title.temporary") || k.ends_with(".title.api") || k.ends_with(".title.client"))
    }) {
        let title = en.get(key).unwrap_or_default();
        assert!(title.chars().count() < 70, "`{key}` is {} characters: {title}", title.chars().count());
        assert!(!title.chars().any(|c| c.is_ascii_digit()), "`{key}` contains a digit: {title}");
    }
}

#[test]
fn crosswalk_values_exist_in_their_taxonomies() {
    for row in CATEGORIES {
        let id = row.category.id();
        assert!(SISIMAI_REASONS.contains(&row.sisimai), "{id}: `{}` is not a current Sisimai reason", row.sisimai);
        assert!(SENDGRID_CLASSES.contains(&row.sendgrid), "{id}: `{}` is not a SendGrid classification", row.sendgrid);
        let subtypes = SES_TYPES
            .iter()
            .find(|(t, _)| *t == row.ses_type)
            .unwrap_or_else(|| panic!("{id}: `{}` is not an SES bounceType", row.ses_type))
            .1;
        assert!(subtypes.contains(&row.ses_subtype), "{id}: SES subtype `{}` does not go with `{}`", row.ses_subtype, row.ses_type);
        assert!(SPARKPOST_CLASSES.contains(&row.sparkpost), "{id}: {} is not a SparkPost bounce class", row.sparkpost);
        assert!(POSTMARK_TYPES.contains(&row.postmark), "{id}: `{}` is not a Postmark bounce type", row.postmark);
    }
}

#[test]
fn crosswalks_agree_with_hard_bounce() {
    for row in CATEGORIES {
        let id = row.category.id();
        // SES tells senders to remove an address after a Permanent bounce: only for address failures.
        assert_eq!(row.ses_type == "Permanent", row.hard_bounce, "{id}: SES Permanent must match hard_bounce");
        if SPARKPOST_HARD.contains(&row.sparkpost) {
            assert!(row.hard_bounce, "{id}: SparkPost hard class {} on a row that is not a hard bounce", row.sparkpost);
        }
        if row.postmark == "HardBounce" {
            assert!(row.hard_bounce, "{id}: Postmark HardBounce on a row that is not a hard bounce");
        }
    }
}

#[test]
fn defaults_are_consistent() {
    for row in CATEGORIES {
        let id = row.category.id();
        // "Nobody" tells the reader it worked or sorts itself out: for a failure, only when the
        // sending server's own retries are the advice.
        if row.who_acts == WhoActs::Nobody && !matches!(row.category, Category::Delivered | Category::Intermediate) {
            assert_eq!(row.retry_temporary, Retry::Automatic, "{id}: nobody acts, so retries must clear it");
        }
        // Servers do not retry a permanent failure on their own.
        assert_ne!(row.retry_permanent, Retry::Automatic, "{id}: a permanent failure is not retried automatically");
        if row.hard_bounce {
            assert!(matches!(row.retry_permanent, Retry::AfterFix | Retry::Never), "{id}: a hard bounce is not fixed by waiting");
        }
    }
}

#[test]
fn sisimai_aliases_point_at_current_reasons() {
    let mut seen = BTreeSet::new();
    for (old, now) in SISIMAI_ALIASES {
        assert!(SISIMAI_REASONS.contains(now), "alias `{old}` points at `{now}`, which is not a current reason");
        assert!(!SISIMAI_REASONS.contains(old), "alias `{old}` is still a current reason name");
        assert!(seen.insert(*old), "alias `{old}` is listed twice");
    }
    assert!(SISIMAI_ALIASES.windows(2).all(|w| w[0].0 < w[1].0), "SISIMAI_ALIASES must be sorted by the old name");
}

#[test]
fn categories_api_lists_every_category_with_texts() {
    let all = smtp_explain::categories();
    let ids: Vec<Category> = all.iter().map(|c| c.id).collect();
    assert_eq!(ids, Category::ALL.to_vec());
    for info in &all {
        assert!(!info.title.trim().is_empty(), "{}: empty title", info.id.id());
        assert!(!info.definition.trim().is_empty(), "{}: empty definition", info.id.id());
    }
    // Each retired Sisimai name shows up under every category that maps to its current name.
    for (info, row) in all.iter().zip(CATEGORIES) {
        let expected: Vec<&str> = SISIMAI_ALIASES.iter().filter(|(_, now)| *now == row.sisimai).map(|(old, _)| *old).collect();
        assert_eq!(info.sisimai_aliases, expected, "{}: Sisimai aliases", info.id.id());
    }
    for (old, _) in SISIMAI_ALIASES {
        assert!(all.iter().any(|c| c.sisimai_aliases.contains(old)), "alias `{old}` belongs to no category");
    }
}

/// The keys of `reference` that `other` lacks, sorted.
fn missing_keys(reference: &Catalog, other: &Catalog) -> Vec<String> {
    let mut missing: Vec<String> = reference.keys().filter(|k| other.get(k).is_none()).map(str::to_string).collect();
    missing.sort();
    missing
}

#[test]
fn every_shipped_language_is_complete() {
    let sources = shipped_sources();
    assert_eq!(sources.first().map(|(lang, _)| *lang), Some("en"), "English ships first");
    for (lang, files) in sources {
        let catalog = Catalog::parse(lang, files).unwrap_or_else(|e| panic!("catalog `{lang}` does not parse: {e}"));
        // Provider texts (`rule.*`, `zone.*`) may fall back to English for now; the full
        // checks of every translation are in tests/i18n.rs.
        let missing: Vec<String> =
            missing_keys(english(), &catalog).into_iter().filter(|k| !k.starts_with("rule.") && !k.starts_with("zone.")).collect();
        assert!(missing.is_empty(), "catalog `{lang}` lacks {} keys, for example {:?}", missing.len(), &missing[..missing.len().min(5)]);
    }
}

#[test]
fn completeness_check_catches_an_incomplete_catalog() {
    let partial = Catalog::parse("xx", &["cat.delivered.title = Angekommen\n"]).expect("parses");
    let missing = missing_keys(english(), &partial);
    assert!(missing.contains(&"cat.delivered.summary".to_string()));
    assert!(missing.contains(&"cat.unknown.title".to_string()));
    assert!(!missing.contains(&"cat.delivered.title".to_string()));
    // English's own files are complete by the same measure.
    let (_, en_files) = shipped_sources()[0];
    let copy = Catalog::parse("en", en_files).expect("English parses");
    assert!(missing_keys(english(), &copy).is_empty());
}
