//! Explanations as JS objects, built in JS from one flat record: Rust writes each value in
//! serde's order (numbers, flags and string lengths into a `u32` list; the strings one after
//! the other into a text), and `object.js` reads them back into object literals with the
//! keys written in it. One call across the boundary and two strings decoded per call, instead
//! of a call per property and per string (serde-wasm-bindgen: the JS object of a typical reply
//! took 22 µs of CPU in Node, now 7; 2026-12). The ASCII strings go into one text and the
//! others into another: one character outside ASCII makes the engine decode the whole text the
//! slow way (Node 20: 0.6 µs for 3.5 KB of ASCII, 3.7 with one `§` in it), and the references'
//! `RFC 5321 §4.2.3` would put one in nearly every explanation's text.
//!
//! The objects are exactly those serde-wasm-bindgen made in its JSON-compatible mode (`null`,
//! never `undefined`; the same keys in the same order): the test build keeps that path
//! (`__explainBySerde`, `__explainAllBySerde`) and `tests/wasm.rs` compares the two. A field
//! added to `Explanation` needs its key in `object.js` too, or that test fails.

use serde::ser::{self, Impossible, Serialize};
use wasm_bindgen::prelude::*;

use crate::Explanation;

#[wasm_bindgen(module = "/src/wasm/object.js")]
extern "C" {
    /// The objects of `count` explanations (an array), or of one when `count` is negative.
    #[wasm_bindgen(js_name = explanationObjects)]
    fn explanation_objects(values: &[u32], ascii: &str, other: &str, count: i32) -> JsValue;
}

/// An absent value (`None`) in the list; a present one is marked by [`SOME`] before it.
const NONE: u32 = 0;
const SOME: u32 = 1;

/// Marks the length of a string that is in [`Record::other`].
const OTHER: u32 = 1 << 31;

/// Marks a string written before in the same record: the number of that string follows (in
/// the order they were first written). Only in a record of several explanations, whose texts
/// mostly repeat (each recipient of a bounce gets the same catalog texts): the engine then
/// makes each of them once instead of once per explanation.
const SEEN: u32 = 1 << 30;

/// Strings written so far, by address and length (a catalog text is the same `&'static str`
/// in every explanation), and their numbers.
type Seen = std::collections::HashMap<(usize, usize), u32, std::hash::BuildHasherDefault<AddressHasher>>;

/// A multiply-rotate hash for the addresses in [`Seen`] (std's SipHash costs more than the
/// look-up saves).
#[derive(Default)]
struct AddressHasher(u64);

impl std::hash::Hasher for AddressHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_usize(b.into());
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.0 = (self.0.rotate_left(5) ^ n as u64).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// The values of explanations in serde's order (see the module's documentation).
#[derive(Default)]
struct Record {
    values: Vec<u32>,
    /// The strings that are ASCII.
    ascii: String,
    /// The other strings.
    other: String,
    /// The strings written so far, when repeats are written as [`SEEN`].
    seen: Option<Seen>,
    /// How many strings were written (each gets the next number; repeats do not).
    written: u32,
}

/// Why a value cannot be written into a [`Record`] (a kind of value explanations do not hold).
#[derive(Debug)]
struct Unsupported(&'static str);

impl std::fmt::Display for Unsupported {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "cannot pass {} to JS", self.0)
    }
}

impl std::error::Error for Unsupported {}

impl ser::Error for Unsupported {
    fn custom<T: std::fmt::Display>(_: T) -> Self {
        Unsupported("a value serde cannot write")
    }
}

type Result<T = ()> = std::result::Result<T, Unsupported>;

fn unsupported<T>(what: &'static str) -> Result<T> {
    Err(Unsupported(what))
}

impl Record {
    fn number(&mut self, value: u64) -> Result {
        match u32::try_from(value) {
            Ok(v) => {
                self.values.push(v);
                Ok(())
            }
            Err(_) => unsupported("a number over 32 bits"),
        }
    }
}

impl Record {
    /// A string: its length in UTF-16 units (JS's `substring` counts them), with [`OTHER`] when
    /// it is not ASCII, and its bytes in the text of its kind; or [`SEEN`] and its number when it
    /// was written before (`stable`: no other string takes its address while the record is
    /// written).
    fn string(&mut self, v: &str, stable: bool) {
        if let Some(seen) = &mut self.seen {
            if stable {
                match seen.entry((v.as_ptr() as usize, v.len())) {
                    std::collections::hash_map::Entry::Occupied(e) => {
                        self.values.push(SEEN | *e.get());
                        return;
                    }
                    std::collections::hash_map::Entry::Vacant(e) => {
                        e.insert(self.written);
                    }
                }
            }
            self.written += 1;
        }
        if v.is_ascii() {
            self.values.push(v.len() as u32);
            self.ascii.push_str(v);
        } else {
            // A unit per character, two for those of four bytes (outside the BMP).
            let units = v.bytes().map(|b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0)).sum::<usize>();
            self.values.push(OTHER | units as u32);
            self.other.push_str(v);
        }
    }
}

impl ser::Serializer for &mut Record {
    type Ok = ();
    type Error = Unsupported;
    type SerializeSeq = Self;
    type SerializeTuple = Impossible<(), Unsupported>;
    type SerializeTupleStruct = Impossible<(), Unsupported>;
    type SerializeTupleVariant = Impossible<(), Unsupported>;
    type SerializeMap = Impossible<(), Unsupported>;
    type SerializeStruct = Self;
    type SerializeStructVariant = Impossible<(), Unsupported>;

    fn serialize_bool(self, v: bool) -> Result {
        self.values.push(u32::from(v));
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result {
        self.serialize_i64(v.into())
    }
    fn serialize_i16(self, v: i16) -> Result {
        self.serialize_i64(v.into())
    }
    fn serialize_i32(self, v: i32) -> Result {
        self.serialize_i64(v.into())
    }
    fn serialize_i64(self, v: i64) -> Result {
        match u64::try_from(v) {
            Ok(v) => self.number(v),
            Err(_) => unsupported("a negative number"),
        }
    }
    fn serialize_u8(self, v: u8) -> Result {
        self.number(v.into())
    }
    fn serialize_u16(self, v: u16) -> Result {
        self.number(v.into())
    }
    fn serialize_u32(self, v: u32) -> Result {
        self.number(v.into())
    }
    fn serialize_u64(self, v: u64) -> Result {
        self.number(v)
    }
    fn serialize_f32(self, _: f32) -> Result {
        unsupported("a fraction")
    }
    fn serialize_f64(self, _: f64) -> Result {
        unsupported("a fraction")
    }
    /// Written anew every time: its bytes are on the stack, where the next one may take the
    /// same address.
    fn serialize_char(self, v: char) -> Result {
        self.string(v.encode_utf8(&mut [0; 4]), false);
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result {
        self.string(v, true);
        Ok(())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result {
        unsupported("bytes")
    }
    fn serialize_none(self) -> Result {
        self.values.push(NONE);
        Ok(())
    }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result {
        self.values.push(SOME);
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result {
        unsupported("a unit")
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result {
        unsupported("a unit struct")
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(self, _: &'static str, value: &T) -> Result {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(self, _: &'static str, _: u32, _: &'static str, _: &T) -> Result {
        unsupported("a newtype variant")
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Self> {
        match len {
            Some(len) => {
                self.number(len as u64)?;
                Ok(self)
            }
            None => unsupported("a list of unknown length"),
        }
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple> {
        unsupported("a tuple")
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeTupleStruct> {
        unsupported("a tuple struct")
    }
    fn serialize_tuple_variant(self, _: &'static str, _: u32, _: &'static str, _: usize) -> Result<Self::SerializeTupleVariant> {
        unsupported("a tuple variant")
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap> {
        unsupported("a map")
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self> {
        Ok(self)
    }
    fn serialize_struct_variant(self, _: &'static str, _: u32, _: &'static str, _: usize) -> Result<Self::SerializeStructVariant> {
        unsupported("a struct variant")
    }
}

impl ser::SerializeSeq for &mut Record {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result {
        value.serialize(&mut **self)
    }
    fn end(self) -> Result {
        Ok(())
    }
}

/// Fields in their order; the keys are in `object.js`.
impl ser::SerializeStruct for &mut Record {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, _: &'static str, value: &T) -> Result {
        value.serialize(&mut **self)
    }
    fn end(self) -> Result {
        Ok(())
    }
}

/// Writes `explanations` into a record and returns what `object.js` makes of it (`count`: see
/// [`explanation_objects`]). The record's buffers are kept for the next call (up to a size).
fn objects(explanations: &[Explanation], count: i32) -> std::result::Result<JsValue, JsValue> {
    use std::cell::RefCell;
    thread_local!(static KEPT: RefCell<Record> = RefCell::new(Record::default()));
    let mut record = KEPT.with(|kept| std::mem::take(&mut *kept.borrow_mut()));
    record.seen = (count >= 0).then(Seen::default);
    record.written = 0;
    for explanation in explanations {
        explanation.serialize(&mut record).map_err(|e| JsValue::from(js_sys::Error::new(&format!("smtp-explain: {e}"))))?;
    }
    let objects = explanation_objects(&record.values, &record.ascii, &record.other, count);
    if record.ascii.capacity() + record.other.capacity() <= 64 * 1024 {
        record.values.clear();
        record.ascii.clear();
        record.other.clear();
        record.seen = None;
        KEPT.with(|kept| *kept.borrow_mut() = record);
    }
    Ok(objects)
}

/// The JS object of one explanation.
pub(crate) fn explanation(explanation: &Explanation) -> std::result::Result<JsValue, JsValue> {
    objects(std::slice::from_ref(explanation), -1)
}

/// The JS array of the objects of `explanations`.
pub(crate) fn explanations(explanations: &[Explanation]) -> std::result::Result<JsValue, JsValue> {
    objects(explanations, explanations.len() as i32)
}
