//! Small helpers shared by the core.

/// Sorts in place with insertion sort: little code (one generic sort per item type would cost
/// the WebAssembly module kilobytes), and linear for the short or nearly sorted lists it gets
/// (evidence spans, category scores, matches that arrive almost in order).
pub fn sort_by<T>(items: &mut [T], less: impl Fn(&T, &T) -> bool) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && less(&items[j], &items[j - 1]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Sorts in place with heapsort: O(n log n) whatever the input, in a few hundred bytes of
/// WebAssembly per item type where the standard library's sorts take about 4 KB each. Not
/// stable: a caller that needs an order among equal items puts it in `less`.
pub fn heap_sort_by<T>(items: &mut [T], less: impl Fn(&T, &T) -> bool) {
    // Moves the item at `root` down the max-heap `items[..end]` to its place.
    let sift_down = |items: &mut [T], mut root: usize, end: usize| loop {
        let mut child = 2 * root + 1;
        if child >= end {
            break;
        }
        if child + 1 < end && less(&items[child], &items[child + 1]) {
            child += 1;
        }
        if !less(&items[root], &items[child]) {
            break;
        }
        items.swap(root, child);
        root = child;
    };
    let n = items.len();
    for root in (0..n / 2).rev() {
        sift_down(items, root, n);
    }
    for end in (1..n).rev() {
        items.swap(0, end);
        sift_down(items, 0, end);
    }
}

/// Whether `needle` (not empty) occurs in `haystack`, ASCII case ignored. Each place is compared
/// whole only where its first byte matches: a whole comparison at every byte cost several
/// times more.
pub fn contains_ignore_ascii_case(haystack: &[u8], needle: &[u8]) -> bool {
    let first = needle[0];
    haystack.windows(needle.len()).any(|w| w[0].eq_ignore_ascii_case(&first) && w.eq_ignore_ascii_case(needle))
}

/// Where `needle` first occurs in `haystack`. In WebAssembly the standard library's search sets a
/// two-way searcher up on every call (native builds take a vectorised path for short needles),
/// which costs more than the search itself on the short texts the core looks in; there each
/// place is compared whole only where the needle's first byte is.
pub fn find(haystack: &str, needle: &str) -> Option<usize> {
    #[cfg(target_arch = "wasm32")]
    return find_by_first_byte(haystack.as_bytes(), needle.as_bytes());
    #[cfg(not(target_arch = "wasm32"))]
    haystack.find(needle)
}

/// Whether `needle` occurs in `haystack` (see [`find`]).
pub fn contains(haystack: &str, needle: &str) -> bool {
    find(haystack, needle).is_some()
}

/// [`find`]'s search in WebAssembly (compiled everywhere, so native tests check it).
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub fn find_by_first_byte(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    let Some(&first) = needle.first() else { return Some(0) };
    let last_start = haystack.len().checked_sub(needle.len())?;
    let mut at = 0;
    while at <= last_start {
        at += haystack[at..=last_start].iter().position(|&b| b == first)?;
        if &haystack[at..at + needle.len()] == needle {
            return Some(at);
        }
        at += 1;
    }
    None
}

/// A number written in decimal on the stack (catalog keys: `code.550`, `class.5`, `key.2`).
pub struct Decimal {
    buf: [u8; 20],
    start: usize,
}

impl Decimal {
    pub fn new(mut n: u64) -> Decimal {
        let mut buf = [0u8; 20];
        let mut start = buf.len();
        loop {
            start -= 1;
            buf[start] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        Decimal { buf, start }
    }

    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.buf[self.start..]).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn finds_words_in_any_ascii_case() {
        use super::contains_ignore_ascii_case as has;
        assert!(has(b"Flagged as spam BUT Accepted.", b"but accepted"));
        assert!(has(b"but accepted", b"but accepted"));
        assert!(!has(b"but accept", b"but accepted"));
        assert!(!has(b"", b"fail"));
        assert!(has(b"SMTP ERROR", b"error") && !has(b"erro r", b"error"));
    }

    #[test]
    fn finds_like_the_standard_library() {
        let texts = ["", "a", "aaab", "550 5.1.1 user unknown", "ééé user", "abcabcabd", "x-spasign: ng"];
        let needles = ["", "a", "ab", "aab", "abd", "user", "unknown", "é", "ng", "5.1.1 u", "zzz", "550 5.1.1 user unknown!"];
        for t in texts {
            for n in needles {
                assert_eq!(super::find_by_first_byte(t.as_bytes(), n.as_bytes()), t.find(n), "{t:?} {n:?}");
                assert_eq!(super::find(t, n), t.find(n));
            }
        }
    }

    #[test]
    fn sorts_and_keeps_equal_items_in_order() {
        let mut items = vec![(3, 'a'), (1, 'b'), (2, 'c'), (1, 'd')];
        super::sort_by(&mut items, |a, b| a.0 < b.0);
        assert_eq!(items, vec![(1, 'b'), (1, 'd'), (2, 'c'), (3, 'a')]);
    }

    #[test]
    fn heap_sort_sorts_like_the_standard_library() {
        // Every length up to 40 (heaps of every shape), with repeated values.
        for n in 0..40u64 {
            let mut items: Vec<u64> = (0..n).map(|i| (i * 7919 + 13) % 11).collect();
            let mut expected = items.clone();
            expected.sort_unstable();
            super::heap_sort_by(&mut items, |a, b| a < b);
            assert_eq!(items, expected, "{n} items");
        }
        let mut descending: Vec<u32> = (0..1000).rev().collect();
        super::heap_sort_by(&mut descending, |a, b| a < b);
        assert!(descending.windows(2).all(|w| w[0] < w[1]));
    }
}
