//! Vade (Vade Secure, now part of Hornetsecurity), a filtering service in front of mailbox
//! providers: how to recognise its replies and what its own codes mean.
//!
//! Vade filters the inbound mail of the OX App Suite cloud platforms; its refusals carry a unique
//! code starting with `OXSUS0001_` (US platform; field reports also show `OXSUS001_403`, which has a
//! rule of its own; the bare `001_NNN` would also match other providers' codes such as La Poste's) and point senders to Vade's postmaster pages.
//! Vade also runs the Vade Threat List that other providers use (Comcast's `BL001000`).
//!
//! Sources:
//! - Vade postmaster page for the OX US platform, inbound error codes:
//!   <https://postmaster-oxsus.vadesecure.com/> (`_101` Vade Threat Network list, `_102` backend
//!   queue full, `_105` no reverse DNS, `_110` too many connections from one IP, `_136`/`_139`/`_140`
//!   rate limits, `_403` non-existent recipient or invalid RCPT TO address); its outbound page
//!   <https://postmaster-oxsus.vadesecure.com/outbound_error_codes>.
//! - Open-Xchange knowledge base, "Mail Server error codes of OX App Suite Cloud and OX App Suite
//!   Managed MX handlers" (naming `postmaster-oxseu.vadesecure.com` for the EU platform):
//!   <https://confluence-public.open-xchange.com/display/SKB/Mail+Server+error+codes+of+OX+App+Suite+Cloud+and+OX+AppSuite+Managed+MX+handlers>.

use crate::data::{ProviderMarker, ProviderRule};

/// Vade postmaster page for the OX US platform.
const VADE_OXSUS: &str = "https://postmaster-oxsus.vadesecure.com/";

provider! {
    id: "vade",
    name: "Vade (Hornetsecurity)",
    kind: Gateway,
    help_url: VADE_OXSUS,
    source: VADE_OXSUS,
    checked: "2026-12-06",
    hosts: ["postmaster-oxsus.vadesecure.com", "postmaster-oxseu.vadesecure.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    marker!("oxsus0001_*", Strong),
    // The same code as quoted in field reports, with one zero less.
    marker!("oxsus001_*", Strong),
    marker!("postmaster-oxsus.vadesecure.com", Strong),
    marker!("postmaster-oxseu.vadesecure.com", Strong),
    marker!("blocked by vade threat list", Strong),
    marker!("vadesecure.com", Weak),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("threat_list", "oxsus0001_101", "", SenderIpBlocked, SenderAdmin, AfterFix, VADE_OXSUS, VADE_OXSUS, "2026-12-06"),
    rule!("threat_list_named", "blocked by vade threat list", "", SenderIpBlocked, SenderAdmin, AfterFix, VADE_OXSUS, "https://postmaster-oxsus.vadesecure.com/outbound_error_codes", "2026-12-06"),
    rule!("backend_queue", "oxsus0001_102", "", ServerUnavailable, Nobody, Automatic, VADE_OXSUS, VADE_OXSUS, "2026-12-06"),
    rule!("no_reverse_dns", "oxsus0001_105", "", ReverseDns, SenderAdmin, AfterFix, VADE_OXSUS, VADE_OXSUS, "2026-12-06"),
    rule!("too_many_connections", "oxsus0001_110", "", RateLimited, SenderAdmin, Automatic, VADE_OXSUS, VADE_OXSUS, "2026-12-06"),
    rule!("rate_limit_volume", "oxsus0001_136", "", RateLimited, SenderAdmin, Automatic, VADE_OXSUS, VADE_OXSUS, "2026-12-06"),
    rule!("rate_limit_connections", "oxsus0001_139", "", RateLimited, SenderAdmin, Automatic, VADE_OXSUS, VADE_OXSUS, "2026-12-06"),
    rule!("rate_limit_messages", "oxsus0001_140", "", RateLimited, SenderAdmin, Automatic, VADE_OXSUS, VADE_OXSUS, "2026-12-06"),
    rule!("unknown_recipient_short", "oxsus001_403", "", MailboxUnknown, Sender, Never, VADE_OXSUS, VADE_OXSUS, "2026-12-06"),
    rule!("unknown_recipient", "oxsus0001_403", "", MailboxUnknown, Sender, Never, VADE_OXSUS, VADE_OXSUS, "2026-12-06"),
];
