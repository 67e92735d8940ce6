//! The only hosts an explanation may link to. Links never come from the reply itself.

/// Allowed link hosts (https only). A test checks every URL in the tables against this list.
pub static ALLOWED_LINK_HOSTS: &[&str] = &[
    "www.rfc-editor.org",
    "www.iana.org",
    "support.google.com",
    "check.spamhaus.org",
];
