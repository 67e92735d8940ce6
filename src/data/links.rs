//! The only hosts an explanation may link to: the standards bodies here, plus the `HOSTS` of
//! each provider file. Links never come from the reply itself.

use super::providers::FILES;

/// Hosts of standards documents (https only).
pub static STANDARDS_HOSTS: &[&str] = &["www.rfc-editor.org", "www.iana.org"];

/// Whether `url` is an https link to an allowlisted host.
pub fn is_allowed(url: &str) -> bool {
    let Some(rest) = url.strip_prefix("https://") else { return false };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    !host.is_empty() && (STANDARDS_HOSTS.contains(&host) || FILES.iter().any(|f| f.hosts.contains(&host)))
}

/// [`is_allowed`] for a table's own link (a provider's or rule's help page, a lookup page),
/// worked out once per link: the tables' strings are found by address, as they live for the
/// whole program (each explanation asks for a few, and `is_allowed` reads every host).
pub fn is_allowed_static(url: &'static str) -> bool {
    use std::cell::RefCell;
    thread_local!(static KNOWN: RefCell<Vec<((usize, usize), bool)>> = const { RefCell::new(Vec::new()) });
    let key = (url.as_ptr() as usize, url.len());
    KNOWN.with(|known| {
        if let Some((_, allowed)) = known.borrow().iter().find(|(k, _)| *k == key) {
            return *allowed;
        }
        let allowed = is_allowed(url);
        known.borrow_mut().push((key, allowed));
        allowed
    })
}

/// Every allowlisted host.
#[cfg_attr(not(feature = "testing"), allow(dead_code))]
pub fn allowed_hosts() -> impl Iterator<Item = &'static str> {
    STANDARDS_HOSTS.iter().copied().chain(FILES.iter().flat_map(|f| f.hosts.iter().copied()))
}
