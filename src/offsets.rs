//! Offsets between the core (UTF-8 byte offsets into the input) and JavaScript (UTF-16
//! indices into the string the caller passed), converted in one pass over the input for any
//! number of offsets.

/// What the offsets count.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    /// UTF-8 bytes (the core's evidence spans).
    Bytes,
    /// UTF-16 code units (JavaScript string indices).
    Utf16,
}

/// Converts `positions` (counted in `from`) into the other unit, in place. A position inside
/// a character moves to the end of that character; one past the end of `text` becomes its
/// length. Linear in the text, plus sorting the positions.
pub(crate) fn convert(text: &str, positions: &mut [usize], from: Unit) {
    let mut order: Vec<usize> = (0..positions.len()).collect();
    order.sort_unstable_by_key(|&i| positions[i]);
    let (mut bytes, mut units) = (0usize, 0usize);
    let mut next = 0;
    let mut chars = text.chars();
    loop {
        let (here, there) = if from == Unit::Bytes { (bytes, units) } else { (units, bytes) };
        while next < order.len() && positions[order[next]] <= here {
            positions[order[next]] = there;
            next += 1;
        }
        match chars.next() {
            Some(c) => {
                bytes += c.len_utf8();
                units += c.len_utf16();
            }
            None => break,
        }
    }
    let end = if from == Unit::Bytes { units } else { bytes };
    for &i in &order[next..] {
        positions[i] = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_directions_agree() {
        let text = "é 550 😀 x";
        let mut bytes = vec![3, 6, 7, 11, 12, 13, 99];
        let original = bytes.clone();
        convert(text, &mut bytes, Unit::Bytes);
        assert_eq!(bytes, [2, 5, 6, 8, 9, 10, 10]);
        let mut back = bytes.clone();
        convert(text, &mut back, Unit::Utf16);
        assert_eq!(&back[..6], &original[..6]);
        assert_eq!(back[6], text.len());
    }
}
