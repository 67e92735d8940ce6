//! Mandrill (Mailchimp Transactional Email), a sending service: how to recognise it in a reply or an error.
//!
//! Its SMTP host names show up when a program or mail server sends through it, in connection
//! and login errors as much as in replies.
//!
//! Sources: a public configuration for smtp.mandrillapp.com,
//! https://gist.github.com/ljanecek/812b7f5c96c4aa77ffa81a609056d7fa; n8n's Mandrill credentials page,
//! https://docs.n8n.io/integrations/builtin/credentials/mandrill/.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "mandrill",
    name: "Mandrill (Mailchimp Transactional)",
    kind: SendingService,
    help_url: "https://mailchimp.com/developer/transactional/",
    source: "https://gist.github.com/ljanecek/812b7f5c96c4aa77ffa81a609056d7fa",
    checked: "2026-12-05",
    hosts: ["mailchimp.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("smtp.mandrillapp.com", Weak),
    marker!("mandrillapp.com", Weak),
    // The `reject_reason` field of its send API's answer ("status: 'rejected', reject_reason:
    // 'unsigned'"), Mailchimp Transactional API reference,
    // https://mailchimp.com/developer/transactional/api/messages/send-new-message/.
    marker!("reject_reason", Medium),
    // Anymail (Django) reports an ESP's API refusal as "<ESP> API response <status> (<reason>)"
    // (github.com/anymail/django-anymail, anymail/exceptions.py, describe_response; the ESP name
    // is the backend's esp_name).
    marker!("mandrill api response", Strong),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
];
