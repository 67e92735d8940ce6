//! Trellix Email Security - Cloud (formerly FireEye Email Threat Prevention, ETP): what its own
//! codes mean.
//!
//! Trellix names the reason of a refusal with an `ETPnnn` code. Only the client and routing codes
//! (ETP100-ETP106) could be read from its documentation here.
//!
//! Sources: Trellix, "Error codes": https://docs.trellix.com/data-and-email/docs/error-codes.

use crate::data::{ProviderMarker, ProviderRule};

provider! {
    id: "trellix",
    name: "Trellix Email Security (FireEye)",
    kind: Gateway,
    help_url: "https://docs.trellix.com/data-and-email/docs/error-codes",
    source: "https://docs.trellix.com/data-and-email/docs/error-codes",
    checked: "2026-12-05",
    hosts: ["docs.trellix.com"],
}

/// Tokens that tell this provider answered.
#[rustfmt::skip]
pub static MARKERS: &[ProviderMarker] = &[
    // Inbound MX hosts of the cloud service, as matched by the Posh365 module's MX table
    // (https://www.powershellgallery.com/packages/Posh365/0.9.88/Content/Private%5CSecurity%5CTest-MXHandler.ps1).
    marker!("fireeyecloud.com", Medium),
    // Its ETPnnn reason codes, which lead every refusal it writes or relays ("550 ETP102
    // recipient rejected by downstream MTA. Reason: [...]",
    // https://docs.trellix.com/data-and-email/docs/error-codes; "550 5.5.4 ETP208 Your IP ... is
    // listed by Invaluement" in https://github.com/zone-eu/zone-mta/blob/master/config/bounces.txt).
    marker!("etp1*", Strong),
    marker!("etp2*", Strong),
];

/// What this provider means by its own codes and wording.
#[rustfmt::skip]
pub static RULES: &[ProviderRule] = &[
    rule!("etp100", "etp100", "", ReceiverMisconfigured, RecipientAdmin, AfterFix, "https://docs.trellix.com/data-and-email/docs/error-codes", "https://docs.trellix.com/data-and-email/docs/error-codes", "2026-12-05"),
    rule!("etp101", "etp101", "", MailboxUnknown, _, _, "https://docs.trellix.com/data-and-email/docs/error-codes", "https://docs.trellix.com/data-and-email/docs/error-codes", "2026-12-05"),
    rule!("etp102", "etp102", "", MailboxUnknown, _, _, "https://docs.trellix.com/data-and-email/docs/error-codes", "https://docs.trellix.com/data-and-email/docs/error-codes", "2026-12-05"),
    rule!("etp103", "etp103", "", ServerUnavailable, Nobody, Automatic, "https://docs.trellix.com/data-and-email/docs/error-codes", "https://docs.trellix.com/data-and-email/docs/error-codes", "2026-12-05"),
    rule!("etp104", "etp104", "", RoutingLoop, RecipientAdmin, AfterFix, "https://docs.trellix.com/data-and-email/docs/error-codes", "https://docs.trellix.com/data-and-email/docs/error-codes", "2026-12-05"),
    rule!("etp105", "etp105", "", ReceiverMisconfigured, RecipientAdmin, AfterFix, "https://docs.trellix.com/data-and-email/docs/error-codes", "https://docs.trellix.com/data-and-email/docs/error-codes", "2026-12-05"),
    rule!("etp106", "etp106", "", ServerError, Nobody, Automatic, "https://docs.trellix.com/data-and-email/docs/error-codes", "https://docs.trellix.com/data-and-email/docs/error-codes", "2026-12-05"),
];
