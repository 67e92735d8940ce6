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
    fn sorts_and_keeps_equal_items_in_order() {
        let mut items = vec![(3, 'a'), (1, 'b'), (2, 'c'), (1, 'd')];
        super::sort_by(&mut items, |a, b| a.0 < b.0);
        assert_eq!(items, vec![(1, 'b'), (1, 'd'), (2, 'c'), (3, 'a')]);
    }
}
