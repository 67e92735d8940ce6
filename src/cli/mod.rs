//! The parts of the `smtp-explain` command (binary only; the library does not use them).

pub mod filter;
pub mod lines;
pub mod memo;
pub mod render;
pub mod safe;
pub mod summary;
