//! One pass over the input for every wording rule: all patterns of all tables go into a
//! single Aho-Corasick automaton, run once over a normalised copy of the text (ASCII
//! lowercase, whitespace runs collapsed, reply-code prefixes of lines dropped), so the cost
//! stays linear in the input however many rules there are.
//!
//! The automaton is written here rather than taken from a crate: it is small, which keeps
//! the WebAssembly module small, and it reports overlapping matches, which is all we need.
//!
//! In the WebAssembly build, the first explanations of short texts (a page's first cards) use
//! an automaton of only the few patterns whose first bytes occur in the text, which finds the
//! same hits: building the whole one in the engine's baseline code took about half of the
//! first explanation. The whole one is built after `FIRST_SCANS` such scans, or for a long
//! text. It is not built ahead and shipped: its tables would take some 60 KB gzip or more
//! (the failure links alone are about two bytes a node for 30 000+ nodes), and the budget
//! before the first card had 27 KB left. It has no fast rows (the dense transitions of its
//! shallowest nodes, which native builds make with the automaton): building them lazily saved
//! about 2% of an explanation's time in Node for 1.2 KB gzip of the size budget (2026-12); the
//! benchmark build can still make them to measure.

use std::borrow::Cow;
#[cfg(not(target_arch = "wasm32"))]
use std::sync::OnceLock;

use crate::data::blocklists::BLOCKLIST_ZONES;
use crate::data::clients::client_errors;
use crate::data::outcomes::outcome_rules;
use crate::data::phrases::{phrase_rules, STAGE_PHRASES};
use crate::data::providers;
use crate::data::software::software_markers;
use crate::parse::Span;

/// Which table row a pattern belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rule {
    /// `phrases::phrase(i)`.
    Phrase(usize),
    /// `STAGE_PHRASES[i]`.
    Stage(usize),
    /// `providers::marker(i)`.
    Marker(usize),
    /// `providers::rules()[i]`.
    ProviderMessage(usize),
    /// `BLOCKLIST_ZONES[i]`.
    Zone(usize),
    /// `clients::client_error(i)`.
    Client(usize),
    /// `outcomes::outcome_rule(i)`.
    Outcome(usize),
    /// `software::software_marker(i)`.
    Software(usize),
}

/// A rule found in the input; offsets are byte offsets into the original input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    /// The rule.
    pub rule: Rule,
    /// Start offset.
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
}

/// A byte-trie Aho-Corasick automaton reporting every (overlapping) occurrence.
///
/// The trie holds only the first [`DEPTH`] bytes of each pattern; the rest of a longer
/// pattern is compared where its first bytes are found. Most patterns are long phrases that
/// share little more than their first words: this keeps a third of the nodes the whole
/// patterns would make, and a third of the work of building the automaton (done before the
/// first explanation, in the WebAssembly engine's baseline code). The first bytes of a long
/// pattern are rarely found, and the rest is then one comparison.
struct Searcher {
    /// Edges of all nodes, sorted by byte within each node.
    edges: Vec<(u8, u32)>,
    /// `(first edge, edge count)` of each node.
    ranges: Vec<(u32, u32)>,
    /// Failure link of each node.
    fail: Vec<u32>,
    /// Nearest node on the failure chain (self excluded) that has patterns, or 0.
    output_link: Vec<u32>,
    /// The patterns of each node, as the number of the first plus one (0: none), the others
    /// following through [`Searcher::next`]: the pattern that ends at the node, or at depth
    /// [`DEPTH`] also those that go on.
    output: Vec<u32>,
    /// The next pattern of the same node, plus one (0: no more).
    next: Vec<u32>,
    /// Length of each pattern.
    lengths: Vec<usize>,
    /// The bytes after the first [`DEPTH`] of each longer pattern, one after the other.
    tails: Vec<u8>,
    /// Where each longer pattern's bytes start in `tails`.
    tail_start: Vec<u32>,
    /// The root's transitions as a table (0: stay at the root): most input bytes are read
    /// at the root, where a failed step has no failure link to follow.
    root: Vec<u32>,
    /// Natively, the shallowest nodes (breadth-first, up to [`DENSE_NODES`]) have every
    /// transition in a table, failure links already followed: a failed step lands on a
    /// shallow node, which then takes one look-up instead of a search per failure link.
    /// Built at run time (memory, not code). The WebAssembly build has none (its benchmark
    /// build can make the fast rows: `Searcher::build_fast_rows`).
    #[cfg(any(not(target_arch = "wasm32"), feature = "testing"))]
    dense: Dense,
}

/// How many bytes of each pattern the trie holds: with 16, 32 000 nodes instead of 103 000
/// (2026-12), and at most 12 patterns share their first 16 bytes.
const DEPTH: usize = 16;

/// The dense transitions of the shallowest nodes (see [`Searcher::dense`]).
#[cfg(any(not(target_arch = "wasm32"), feature = "testing"))]
struct Dense {
    /// The class of each byte: 0 for bytes in no pattern, else one class per byte.
    class: [u8; 256],
    /// Number of classes.
    classes: usize,
    /// Each node's row in `next`, or `u32::MAX` (empty in the WebAssembly build: no rows).
    row: Vec<u32>,
    /// `next[row * classes + class]`: the node after the byte.
    next: Vec<u32>,
    /// One bit per node: whether a pattern ends there or on its output links. Small enough
    /// to stay in cache, where the output tables would be read at every byte.
    emits: Vec<u64>,
    /// For [`raw_spans`]: the class of each byte after ASCII lowercasing.
    lower_class: [u8; 256],
    /// For [`raw_spans`]: the transitions of the first [`FAST_NODES`] nodes (breadth-first, those reached by ASCII bytes first)
    /// with one load per byte: `fast[s + class]` is the next state, `s` being a row number
    /// times `classes`, or [`SLOW`] with the node's number when the node has no row or has
    /// patterns (then the caller looks it up).
    fast: Vec<u32>,
    /// Each node's row in `fast`, or `u32::MAX`.
    fast_row: Vec<u32>,
}

/// Nodes with a row in [`Dense::fast`]: 8192 rows of 4-byte entries, about 5 MB, of which
/// a log touches a few rows (1024 measured slower on `--lines`; with the ASCII nodes first,
/// 8192 read the generated Postfix log with 2-3% less CPU than 4096 for 2.5 MB more resident
/// memory, 2026-12).
#[cfg(not(target_arch = "wasm32"))]
const FAST_NODES: usize = 8192;

/// The WebAssembly benchmark build's fast rows: 1024 rows are 650 KB. The matcher's scan of
/// the typical replies (`benches/wasm.mjs`) took 6.2 µs without fast rows, 5.3 with 1024 and
/// 4.9 with 4096 (2.6 MB) in Node (2026-12).
#[cfg(all(target_arch = "wasm32", feature = "testing"))]
const FAST_NODES: usize = 1024;

/// Marks an entry of [`Dense::fast`] that holds a node's number.
#[cfg(any(not(target_arch = "wasm32"), feature = "testing"))]
const SLOW: u32 = 1 << 31;

/// Most nodes with dense transitions: about 650 KB with the tables' 157 distinct bytes (4096
/// and 512 measured alike on `--lines`, 16384 slower: the table no longer stays in cache).
#[cfg(not(target_arch = "wasm32"))]
const DENSE_NODES: usize = 1024;

/// The trie while patterns are added: first-child / next-sibling links (0: none, as the root
/// is no node's child) in arrays sized for the largest trie the patterns can make, so adding
/// a node is a few stores.
struct Trie {
    byte_of: Vec<u8>,
    first_child: Vec<u32>,
    next_sibling: Vec<u32>,
    /// The root's children by byte (it has a child for most bytes); 0: none.
    root: [u32; 256],
    /// Nodes so far (the root is node 0).
    count: usize,
}

impl Trie {
    /// The node of `prefix`, added with the nodes before it as needed.
    fn add(&mut self, prefix: &[u8]) -> usize {
        let (byte_of, first_child, next_sibling) = (&mut self.byte_of[..], &mut self.first_child[..], &mut self.next_sibling[..]);
        let mut node = 0usize;
        let mut i = 0;
        // Down the nodes that exist.
        while i < prefix.len() {
            let byte = prefix[i];
            let mut child = if node == 0 { self.root[byte as usize] } else { first_child[node] };
            while node != 0 && child != 0 && byte_of[child as usize] != byte {
                child = next_sibling[child as usize];
            }
            if child == 0 {
                break;
            }
            node = child as usize;
            i += 1;
        }
        // The rest is a new chain.
        while i < prefix.len() {
            let (byte, child) = (prefix[i], self.count);
            self.count += 1;
            byte_of[child] = byte;
            next_sibling[child] = first_child[node];
            first_child[node] = child as u32;
            if node == 0 {
                self.root[byte as usize] = child as u32;
            }
            node = child;
            i += 1;
        }
        node
    }
}

impl Searcher {
    fn new<P: AsRef<str>>(patterns: &[P]) -> Searcher {
        let lengths: Vec<usize> = patterns.iter().map(|p| p.as_ref().len()).collect();
        // At most one node per byte the trie holds, and the root. (0 means none in every
        // array, so each starts as a zeroed allocation, never filled in a loop.)
        let most = lengths.iter().map(|&l| l.min(DEPTH)).sum::<usize>() + 1;
        let mut trie = Trie { byte_of: vec![0; most], first_child: vec![0; most], next_sibling: vec![0; most], root: [0; 256], count: 1 };
        let mut output = vec![0u32; most];
        let mut next = vec![0u32; patterns.len()];
        let mut tail_start = vec![0u32; patterns.len()];
        let mut tails = Vec::new();
        for (id, pattern) in patterns.iter().enumerate() {
            let bytes = pattern.as_ref().as_bytes();
            let (head, rest) = bytes.split_at(bytes.len().min(DEPTH));
            let node = trie.add(head);
            // The same bytes again (a pattern listed with other word-boundary checks): the
            // later one takes the place of the earlier.
            let (mut before, mut other) = (0, output[node]);
            while other != 0 {
                let o = other as usize - 1;
                let o_start = tail_start[o] as usize;
                if lengths[o] == bytes.len() && tails.get(o_start..o_start + rest.len()) == Some(rest) {
                    match before {
                        0 => output[node] = next[o],
                        b => next[b as usize - 1] = next[o],
                    }
                    break;
                }
                (before, other) = (other, next[o]);
            }
            next[id] = output[node];
            output[node] = id as u32 + 1;
            if !rest.is_empty() {
                tail_start[id] = tails.len() as u32;
                tails.extend_from_slice(rest);
            }
        }
        let count = trie.count;
        output.truncate(count);
        let mut searcher = Searcher {
            // Every node but the root is the target of one edge.
            edges: vec![(0, 0); count - 1],
            ranges: vec![(0, 0); count],
            fail: vec![0; count],
            output_link: vec![0; count],
            output,
            next,
            lengths,
            tails,
            tail_start,
            root: trie.root.to_vec(),
            #[cfg(any(not(target_arch = "wasm32"), feature = "testing"))]
            dense: Dense {
                class: [0; 256],
                classes: 1,
                row: Vec::new(),
                next: Vec::new(),
                emits: Vec::new(),
                lower_class: [0; 256],
                fast: Vec::new(),
                fast_row: Vec::new(),
            },
        };
        let order = searcher.link(&trie);
        #[cfg(not(target_arch = "wasm32"))]
        searcher.build_dense(&order);
        #[cfg(target_arch = "wasm32")]
        drop(order);
        searcher
    }

    /// The WebAssembly build's [`Dense`]: the fast rows only, built when asked for (not with
    /// the automaton: the first explanations of a page should not wait for them). The nodes
    /// in breadth-first order, as [`Searcher::link`] made them: each node's edges are sorted.
    #[cfg(all(target_arch = "wasm32", feature = "testing"))]
    fn build_fast_rows(&mut self) {
        let mut order = Vec::with_capacity(self.ranges.len());
        order.push(0u32);
        let mut at = 0;
        while at < order.len() {
            let node = order[at];
            order.extend(self.node_edges(node).iter().map(|&(_, child)| child));
            at += 1;
        }
        self.build_dense(&order);
    }

    /// Breadth-first from the root: each node's children become its sorted edges, and get
    /// their failure and output links (every shallower node is done by then). Returns the
    /// nodes in that order.
    fn link(&mut self, trie: &Trie) -> Vec<u32> {
        let mut order = vec![0u32; self.ranges.len()];
        let (mut tail, mut edge_count) = (1, 0);
        let (first_child, next_sibling, byte_of) = (&trie.first_child[..], &trie.next_sibling[..], &trie.byte_of[..]);
        let (edges, ranges, fail, output_link, output, root) =
            (&mut self.edges[..], &mut self.ranges[..], &mut self.fail[..], &mut self.output_link[..], &self.output[..], &self.root[..]);
        let mut at = 0;
        while at < tail {
            let node = order[at] as usize;
            let start = edge_count;
            // The children, sorted by byte as they are put in (lists are short but the root's).
            let mut child = first_child[node];
            while child != 0 {
                let byte = byte_of[child as usize];
                let mut j = edge_count;
                while j > start && edges[j - 1].0 > byte {
                    edges[j] = edges[j - 1];
                    j -= 1;
                }
                edges[j] = (byte, child);
                edge_count += 1;
                child = next_sibling[child as usize];
            }
            ranges[node] = (start as u32, (edge_count - start) as u32);
            for k in start..edge_count {
                let (byte, child) = edges[k];
                order[tail] = child;
                tail += 1;
                let target = if node == 0 {
                    0
                } else {
                    // Along the failure links of the node: the first with an edge for `byte`.
                    let mut f = fail[node] as usize;
                    loop {
                        if f == 0 {
                            break root[byte as usize];
                        }
                        let (s, n) = ranges[f];
                        let (mut lo, mut hi) = (s as usize, (s + n) as usize);
                        while lo < hi {
                            let mid = (lo + hi) / 2;
                            if edges[mid].0 < byte {
                                lo = mid + 1;
                            } else {
                                hi = mid;
                            }
                        }
                        if lo < (s + n) as usize && edges[lo].0 == byte {
                            break edges[lo].1;
                        }
                        f = fail[f] as usize;
                    }
                };
                fail[child as usize] = target;
                output_link[child as usize] = if output[target as usize] != 0 { target } else { output_link[target as usize] };
            }
            at += 1;
        }
        order
    }

    /// Fills [`Searcher::dense`] for the first nodes of `order` (breadth-first, root first):
    /// a node's failure link is shallower, so its row is filled before the node's.
    #[cfg(any(not(target_arch = "wasm32"), feature = "testing"))]
    fn build_dense(&mut self, order: &[u32]) {
        let mut class = [0u8; 256];
        let mut bytes = vec![0u8];
        for &(byte, _) in &self.edges {
            if class[byte as usize] == 0 {
                class[byte as usize] = bytes.len() as u8;
                bytes.push(byte);
            }
        }
        let mut emits = vec![0u64; self.ranges.len().div_ceil(64)];
        for (node, word) in (0..self.ranges.len()).map(|n| (n, n / 64)) {
            if self.output[node] != 0 || self.output_link[node] != 0 {
                emits[word] |= 1 << (node % 64);
            }
        }
        self.dense.emits = emits;
        // More distinct bytes than a class number holds: no dense rows.
        if bytes.len() > 255 {
            return;
        }
        let classes = bytes.len();
        // The WebAssembly build: the fast rows only.
        #[cfg(not(target_arch = "wasm32"))]
        let (row, next) = self.transition_rows(&order[..order.len().min(DENSE_NODES)], &class, classes);
        #[cfg(target_arch = "wasm32")]
        let (row, next) = (Vec::new(), Vec::new());
        let emits = std::mem::take(&mut self.dense.emits);
        // The fast rows: the same recurrence over more nodes, node numbers first, then encoded
        // in place (one table of this size at a time). The nodes reached by ASCII bytes only
        // come first (breadth-first among them, then the others breadth-first): a log is read
        // mostly in them, and a quarter of the shallowest nodes are within other scripts'
        // UTF-8 bytes (with 4096 rows, a third fewer bytes of the generated Postfix log left
        // the rows, 2026-12). A node's failure link is a suffix of it, so shallower and ASCII
        // when it is: its row is still filled before the node's.
        let mut ascii = vec![true; self.ranges.len()];
        for &node in order {
            for &(byte, child) in self.node_edges(node) {
                ascii[child as usize] = ascii[node as usize] && byte.is_ascii();
            }
        }
        let fast_order: Vec<u32> =
            order.iter().filter(|n| ascii[**n as usize]).chain(order.iter().filter(|n| !ascii[**n as usize])).copied().collect();
        let (fast_row, mut fast) = self.transition_rows(&fast_order[..fast_order.len().min(FAST_NODES)], &class, classes);
        let emitting = |node: u32| emits[node as usize / 64] >> (node % 64) & 1 == 1;
        for to in fast.iter_mut() {
            *to = match fast_row[*to as usize] {
                r if r != u32::MAX && !emitting(*to) => r * classes as u32,
                _ => SLOW | *to,
            };
        }
        let mut lower_class = [0u8; 256];
        for (b, c) in lower_class.iter_mut().enumerate() {
            *c = class[(b as u8).to_ascii_lowercase() as usize];
        }
        self.dense = Dense { class, classes, row, next, emits, lower_class, fast, fast_row };
    }

    /// Every transition of `nodes` (each node after its failure link's node) for each byte
    /// class (`class[b]` the class of byte `b`, of `classes`; class 0 leads to the root): each
    /// node's row number, and the rows, node numbers in them. A node's row is its failure
    /// link's row with its own edges written over it.
    #[cfg(any(not(target_arch = "wasm32"), feature = "testing"))]
    fn transition_rows(&self, nodes: &[u32], class: &[u8; 256], classes: usize) -> (Vec<u32>, Vec<u32>) {
        let mut row = vec![u32::MAX; self.ranges.len()];
        let mut table = Vec::with_capacity(nodes.len() * classes);
        for (r, &node) in nodes.iter().enumerate() {
            row[node as usize] = r as u32;
            if node == 0 {
                table.resize(table.len() + classes, 0);
            } else {
                let from = row[self.fail[node as usize] as usize] as usize * classes;
                table.extend_from_within(from..from + classes);
            }
            for &(byte, child) in self.node_edges(node) {
                table[r * classes + class[byte as usize] as usize] = child;
            }
        }
        (row, table)
    }

    #[cfg(any(not(target_arch = "wasm32"), feature = "testing"))]
    /// The node after `byte` from `node`, failure links followed.
    #[inline]
    fn advance(&self, mut node: u32, byte: u8) -> u32 {
        loop {
            if node == 0 {
                return self.root[byte as usize];
            }
            let d = &self.dense;
            if let Some(&r) = d.row.get(node as usize).filter(|r| **r != u32::MAX) {
                return d.next[r as usize * d.classes + d.class[byte as usize] as usize];
            }
            // Most deep nodes have one edge: compared without a search.
            let (start, len) = self.ranges[node as usize];
            if len == 1 {
                let (b, child) = self.edges[start as usize];
                if b == byte {
                    return child;
                }
                node = self.fail[node as usize];
                continue;
            }
            if let Some(next) = self.step(node, byte) {
                return next;
            }
            node = self.fail[node as usize];
        }
    }

    #[cfg(any(not(target_arch = "wasm32"), feature = "testing"))]
    fn node_edges(&self, node: u32) -> &[(u8, u32)] {
        let (start, len) = self.ranges[node as usize];
        &self.edges[start as usize..(start + len) as usize]
    }

    #[cfg(any(not(target_arch = "wasm32"), feature = "testing"))]
    fn step(&self, node: u32, byte: u8) -> Option<u32> {
        let edges = self.node_edges(node);
        edges.binary_search_by_key(&byte, |(b, _)| *b).ok().map(|i| edges[i].1)
    }

    /// Calls `found(pattern, start, end)` for every occurrence, in order of where its first
    /// [`DEPTH`] bytes end.
    fn for_each_match(&self, text: &[u8], mut found: impl FnMut(usize, usize, usize)) {
        // With the fast rows (natively always; in the WebAssembly build once built): the walk
        // of `raw_spans` on them (the normalised text is in lowercase already, so its
        // lowercasing changes nothing); the same matches in the same order, most bytes with
        // one look-up instead of `advance`.
        #[cfg(any(not(target_arch = "wasm32"), feature = "testing"))]
        if !self.dense.fast.is_empty() {
            return self.walk(text, &mut found);
        }
        // Without them (the WebAssembly build): the failure links, followed here rather than
        // through `advance` and `has_output` (the WebAssembly build, made for size, calls each
        // for every byte: 2026-12, this loop read the typical replies' text in a third less
        // time in Node).
        let (root, ranges, edges, fail) = (&self.root[..], &self.ranges[..], &self.edges[..], &self.fail[..]);
        let (output, output_link) = (&self.output[..], &self.output_link[..]);
        let mut node = 0usize;
        for (i, &byte) in text.iter().enumerate() {
            node = loop {
                if node == 0 {
                    break root[byte as usize] as usize;
                }
                let (start, len) = ranges[node];
                let edges = &edges[start as usize..(start + len) as usize];
                // Sorted by byte: a short list is read in order, a long one halved.
                let (mut lo, mut hi) = (0, edges.len());
                while hi - lo > 4 {
                    let mid = (lo + hi) / 2;
                    if edges[mid].0 <= byte {
                        lo = mid;
                    } else {
                        hi = mid;
                    }
                }
                if let Some(&(_, child)) = edges[lo..hi].iter().find(|(b, _)| *b == byte) {
                    break child as usize;
                }
                node = fail[node] as usize;
            };
            if output[node] != 0 || output_link[node] != 0 {
                self.emit(text, i + 1, node as u32, &mut found);
            }
        }
    }

    #[cfg(any(not(target_arch = "wasm32"), feature = "testing"))]
    /// Whether a pattern ends at `node` or on its output links (from [`Dense::emits`] once
    /// built).
    #[inline]
    fn has_output(&self, node: u32) -> bool {
        match self.dense.emits.get(node as usize / 64) {
            Some(word) => word >> (node % 64) & 1 == 1,
            None => self.output[node as usize] != 0 || self.output_link[node as usize] != 0,
        }
    }

    /// Calls `found(pattern, start, end)` for each pattern of `node` and of the nodes on its
    /// output links that occurs in `text` where the node's bytes end, at `end` (a longer
    /// pattern: whose first [`DEPTH`] bytes end there, and the rest follows). ASCII letters of
    /// `text` are compared in lowercase.
    fn emit(&self, text: &[u8], end: usize, node: u32, found: &mut impl FnMut(usize, usize, usize)) {
        let mut at = if self.output[node as usize] != 0 { node } else { self.output_link[node as usize] };
        while at != 0 {
            let mut next = self.output[at as usize];
            while next != 0 {
                let id = next as usize - 1;
                let len = self.lengths[id];
                if len <= DEPTH {
                    found(id, end - len, end);
                } else {
                    let start = end - DEPTH;
                    let from = self.tail_start[id] as usize;
                    let tail = &self.tails[from..from + len - DEPTH];
                    if text.get(end..start + len).is_some_and(|t| t.iter().zip(tail).all(|(a, b)| a.to_ascii_lowercase() == *b)) {
                        found(id, start, start + len);
                    }
                }
                next = self.next[id];
            }
            at = self.output_link[at as usize];
        }
    }
}

struct Automaton {
    searcher: Searcher,
    /// Rules of each distinct pattern.
    rules: Vec<Vec<Rule>>,
    /// Whether the pattern is checked for a word boundary at its start / end.
    bounded: Vec<(bool, bool)>,
    /// Whether the pattern is an e-mail address (`tosa@rx.t-online.de`).
    address: Vec<bool>,
}

/// Normalises a table pattern the way the input is normalised; `*` at either end turns the
/// word-boundary check off on that side.
fn pattern_key(pattern: &'static str) -> (Cow<'static, str>, bool, bool) {
    let open_start = pattern.starts_with('*');
    let open_end = pattern.ends_with('*');
    let core = pattern.trim_matches('*');
    // Table patterns are nearly always normal already: borrow them. (One pass over the bytes:
    // this runs for every pattern before the first explanation.)
    let mut previous_space = true;
    let normal = !core.bytes().any(|b| {
        let bad = b.is_ascii_uppercase() || matches!(b, b'\t' | b'\n' | b'\r') || (b == b' ' && previous_space);
        previous_space = b == b' ';
        bad
    }) && !previous_space
        && !core.contains(TYPOGRAPHIC_APOSTROPHES);
    let key = if normal {
        Cow::Borrowed(core)
    } else {
        let words: Vec<&str> = core.split_whitespace().collect();
        Cow::Owned(words.join(" ").to_ascii_lowercase().replace(TYPOGRAPHIC_APOSTROPHES, "'"))
    };
    (key, !open_start, !open_end)
}

fn all_patterns() -> impl Iterator<Item = (&'static str, Rule)> {
    let phrases = phrase_rules().enumerate().map(|(i, r)| (r.pattern, Rule::Phrase(i)));
    let stages = STAGE_PHRASES.iter().enumerate().map(|(i, r)| (r.pattern, Rule::Stage(i)));
    let pack_markers = crate::data::knowledge::markers().iter().map(|(_, m)| m);
    let markers = providers::markers().iter().map(|(_, m)| *m).chain(pack_markers).enumerate().map(|(i, m)| (m.pattern, Rule::Marker(i)));
    let rules = providers::rules()
        .iter()
        .enumerate()
        .filter(|(_, (_, r))| !r.pattern.is_empty())
        .map(|(i, (_, r))| (r.pattern, Rule::ProviderMessage(i)));
    let zones = BLOCKLIST_ZONES.iter().enumerate().map(|(i, r)| (r.pattern, Rule::Zone(i)));
    let clients = client_errors().enumerate().map(|(i, r)| (r.pattern, Rule::Client(i)));
    let outcomes = outcome_rules().enumerate().map(|(i, r)| (r.pattern, Rule::Outcome(i)));
    let software = software_markers().enumerate().map(|(i, r)| (r.pattern, Rule::Software(i)));
    phrases.chain(stages).chain(markers).chain(rules).chain(zones).chain(clients).chain(outcomes).chain(software)
}

/// The automaton over every table's patterns, built on first use.
#[cfg(not(target_arch = "wasm32"))]
fn automaton() -> &'static Automaton {
    static AUTOMATON: OnceLock<Automaton> = OnceLock::new();
    AUTOMATON.get_or_init(build_automaton)
}

/// How many scans of short texts may use an automaton of only the patterns they can hold
/// before the automaton of every pattern is built (WebAssembly). The first explanations of a
/// page (its first cards) then do not wait for the whole automaton: built from every pattern,
/// it took about half of the first explanation's time in the engine's baseline code (Node,
/// 12 of 24 ms of CPU, 2026-12); the few patterns a short reply can hold take a fraction.
#[cfg(target_arch = "wasm32")]
const FIRST_SCANS: u32 = 32;

/// Texts up to this many bytes (normalised, with their addresses) count as short.
#[cfg(target_arch = "wasm32")]
const SHORT_TEXT: usize = 2048;

/// Calls `scan` with the automaton to scan `texts` with: natively, the one over every table's
/// pattern, built on first use.
#[cfg(not(target_arch = "wasm32"))]
fn with_automaton<R>(_texts: &[&[u8]], scan: impl FnOnce(&Automaton) -> R) -> R {
    scan(automaton())
}

/// Calls `scan` with the automaton to scan `texts` with (WebAssembly; see [`automaton_for`]).
#[cfg(target_arch = "wasm32")]
fn with_automaton<R>(texts: &[&[u8]], scan: impl FnOnce(&Automaton) -> R) -> R {
    scan(&automaton_for(texts))
}

/// The automaton to scan `texts` with (WebAssembly): the one over every table's pattern, built
/// on first use and again once the knowledge pack has brought more rows (the old one is
/// dropped); but the first [`FIRST_SCANS`] short texts get one of only the patterns that can
/// occur in them ([`partial_automaton`]), which finds the same hits.
#[cfg(target_arch = "wasm32")]
fn automaton_for(texts: &[&[u8]]) -> std::rc::Rc<Automaton> {
    use std::cell::RefCell;
    use std::rc::Rc;
    #[derive(Default)]
    struct State {
        /// The automaton of every pattern, with the knowledge rows it was built with.
        full: Option<(usize, Rc<Automaton>)>,
        /// Scans done with a partial automaton.
        partial_scans: u32,
    }
    thread_local!(static STATE: RefCell<State> = RefCell::new(State::default()));
    let rows = crate::data::knowledge::rows();
    let length = texts.iter().map(|t| t.len()).sum::<usize>();
    STATE.with(|state| {
        let state = &mut *state.borrow_mut();
        if let Some((built_with, automaton)) = &state.full {
            if *built_with == rows {
                return Rc::clone(automaton);
            }
        }
        let short = length <= SHORT_TEXT;
        if short && state.partial_scans < FIRST_SCANS {
            state.partial_scans += 1;
            return Rc::new(partial_automaton(texts));
        }
        let automaton = Rc::new(build_automaton());
        state.full = Some((rows, Rc::clone(&automaton)));
        automaton
    })
}

/// Builds the automaton afresh, with its fast rows when `fast_rows`, and returns its number of
/// nodes and of fast row entries (benchmarks: the start-up cost).
#[cfg(all(feature = "testing", target_arch = "wasm32"))]
#[doc(hidden)]
pub fn build_for_bench(fast_rows: bool) -> usize {
    let mut automaton = build_automaton();
    if fast_rows {
        automaton.searcher.build_fast_rows();
    }
    automaton.searcher.ranges.len() + automaton.searcher.dense.fast.len()
}

fn build_automaton() -> Automaton {
    let Patterns { keys, rules, bounded, address } = collect_patterns();
    Automaton { searcher: Searcher::new(&keys), rules, bounded, address }
}

/// The distinct patterns of every table, normalised ([`pattern_key`]), one id per key and
/// word-boundary checks, in the order first seen, with their rules.
struct Patterns {
    keys: Vec<Cow<'static, str>>,
    rules: Vec<Vec<Rule>>,
    bounded: Vec<(bool, bool)>,
    address: Vec<bool>,
}

fn collect_patterns() -> Patterns {
    collect_patterns_of(all_patterns().count(), all_patterns())
}

/// [`collect_patterns`] of `count` table patterns.
fn collect_patterns_of(count: usize, patterns: impl Iterator<Item = (&'static str, Rule)>) -> Patterns {
    let mut keys: Vec<Cow<'static, str>> = Vec::new();
    let mut rules: Vec<Vec<Rule>> = Vec::new();
    let mut bounded = Vec::new();
    let mut address = Vec::new();
    // Distinct (key, boundaries) get one id each, in the order first seen: an open-addressing
    // table (FNV-1a), linear in the patterns' length.
    let slot_count = (count * 2).next_power_of_two();
    let mut slots = vec![u32::MAX; slot_count];
    for (pattern, rule) in patterns {
        let (key, start, end) = pattern_key(pattern);
        if key.is_empty() {
            continue;
        }
        let hash = key
            .bytes()
            .fold(0x811c_9dc5u32 ^ u32::from(start) ^ (u32::from(end) << 1), |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
        let mut slot = hash as usize & (slot_count - 1);
        let id = loop {
            match slots[slot] {
                u32::MAX => {
                    slots[slot] = keys.len() as u32;
                    address.push(key.contains('@'));
                    keys.push(key);
                    rules.push(Vec::new());
                    bounded.push((start, end));
                    break keys.len() - 1;
                }
                id if keys[id as usize] == key && bounded[id as usize] == (start, end) => break id as usize,
                _ => slot = (slot + 1) & (slot_count - 1),
            }
        };
        rules[id].push(rule);
    }
    Patterns { keys, rules, bounded, address }
}

/// How many first bytes of a pattern's key [`partial_automaton`] looks for in the texts.
#[cfg(any(test, target_arch = "wasm32"))]
const PREFIX: usize = 6;

/// A hash of a pattern key's first bytes (FNV-1a), in 16 bits.
#[cfg(any(test, target_arch = "wasm32"))]
fn prefix_hash(bytes: &[u8]) -> usize {
    let hash = bytes.iter().fold(0x811c_9dc5u32, |h, b| (h ^ u32::from(*b)).wrapping_mul(0x0100_0193));
    (hash >> 16) as usize
}

/// The first bytes of a pattern's key ([`pattern_key`]), up to [`PREFIX`] and at least three,
/// where they are the pattern's own first bytes: no capital, no typographic apostrophe, and no space the key would drop
/// (at the start, after another, before the end) or write as a plain space. Nearly every
/// pattern.
#[cfg(any(test, target_arch = "wasm32"))]
fn key_start(pattern: &str) -> Option<&[u8]> {
    let core = pattern.trim_matches('*');
    let len = core.len().min(PREFIX);
    if len < 3 {
        return None;
    }
    let mut chars = core.char_indices().peekable();
    let mut previous_space = true;
    while let Some((i, c)) = chars.next() {
        if i >= len {
            break;
        }
        let space = c.is_whitespace();
        if c.is_ascii_uppercase()
            || TYPOGRAPHIC_APOSTROPHES.contains(&c)
            || space && (c != ' ' || previous_space || chars.peek().is_none_or(|(_, next)| next.is_whitespace()))
        {
            return None;
        }
        previous_space = space;
    }
    Some(&core.as_bytes()[..len])
}

/// The automaton of only the patterns that can occur in `texts`: those whose key starts with
/// bytes found in one of them (looked for by [`key_start`]; and those whose start it does not
/// tell), in their order. A pattern found in a text starts with bytes of it, and the
/// automaton reports the patterns that end at a place in the same order whichever others it
/// holds: it finds the same hits in `texts`, in the same order, as the automaton of every
/// pattern. One look at the first bytes of each pattern; only the few kept are read in full.
#[cfg(any(test, target_arch = "wasm32"))]
fn partial_automaton(texts: &[&[u8]]) -> Automaton {
    // The texts' runs of 3 to PREFIX bytes, hashed into a set of 2^16 bits (a collision only
    // keeps a pattern more).
    let mut seen = vec![0u64; 1 << 10];
    for text in texts {
        for at in 0..text.len() {
            let mut hash = 0x811c_9dc5u32;
            for (n, byte) in text[at..text.len().min(at + PREFIX)].iter().enumerate() {
                hash = (hash ^ u32::from(*byte)).wrapping_mul(0x0100_0193);
                if n >= 2 {
                    let slot = (hash >> 16) as usize;
                    seen[slot / 64] |= 1 << (slot % 64);
                }
            }
        }
    }
    let kept: Vec<(&'static str, Rule)> = all_patterns()
        .filter(|(pattern, _)| key_start(pattern).map(prefix_hash).is_none_or(|slot| seen[slot / 64] >> (slot % 64) & 1 == 1))
        .collect();
    let Patterns { keys, rules, bounded, address } = collect_patterns_of(kept.len(), kept.into_iter());
    Automaton { searcher: Searcher::new(&keys), rules, bounded, address }
}

/// The input as the automaton sees it, with a map back to input offsets.
struct Normalized {
    text: Vec<u8>,
    /// `origin[i]` is the input offset of normalised byte `i`; one extra entry for the end.
    /// 32 bits: the input is bounded (`parse::MAX_INPUT`), and half the memory of `usize`
    /// keeps large inputs in cache.
    origin: Vec<u32>,
}

/// Length of a reply-code prefix such as `550-5.1.1 ` or `421 ` at the start of `line`.
fn code_prefix_len(line: &[u8]) -> usize {
    let digits = |s: &[u8]| s.iter().take_while(|b| b.is_ascii_digit()).count();
    if line.len() < 4 || digits(line) != 3 || !matches!(line[3], b' ' | b'-') {
        return 0;
    }
    let mut end = 4;
    let rest = &line[4..];
    // Optional enhanced code d.d{1,3}.d{1,3} followed by a space.
    let c = digits(rest);
    if c == 1 && rest.get(1) == Some(&b'.') {
        let s = digits(&rest[2..]);
        if (1..=3).contains(&s) && rest.get(2 + s) == Some(&b'.') {
            let d = digits(&rest[3 + s..]);
            let after = 3 + s + d;
            if (1..=3).contains(&d) && rest.get(after).is_none_or(|b| *b == b' ') {
                end += after + usize::from(rest.get(after).is_some());
            }
        }
    }
    end
}

/// The e-mail address that makes up the token starting at `i` (a run of non-space bytes), in
/// optional brackets or quotes and with only punctuation after it: where the address with its
/// closing brackets ends, and the address's own span.
fn address_at(bytes: &[u8], i: usize) -> Option<(usize, (usize, usize))> {
    let mut end = i;
    let mut at = None;
    while end < bytes.len() && !bytes[end].is_ascii_whitespace() {
        if bytes[end] == b'@' && at.is_none() {
            at = Some(end);
        }
        end += 1;
    }
    let at = at?;
    let mut local_start = i;
    while local_start < at && matches!(bytes[local_start], b'<' | b'(' | b'[' | b'"' | b'\'') {
        local_start += 1;
    }
    let local = &bytes[local_start..at];
    let local_byte = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-' | b'=');
    if local.is_empty() || !local.iter().all(local_byte) {
        return None;
    }
    let mut domain_end = at + 1;
    while domain_end < end && (bytes[domain_end].is_ascii_alphanumeric() || matches!(bytes[domain_end], b'.' | b'-')) {
        domain_end += 1;
    }
    while domain_end > at + 1 && bytes[domain_end - 1] == b'.' {
        domain_end -= 1;
    }
    if !bytes[at + 1..domain_end].contains(&b'.') {
        return None;
    }
    let mut close = domain_end;
    while close < end && matches!(bytes[close], b'>' | b')' | b']' | b'"' | b'\'') {
        close += 1;
    }
    bytes[close..end].iter().all(u8::is_ascii_punctuation).then_some((close, (local_start, domain_end)))
}

/// The bytes copied as they are (lowercased) inside a word: ASCII, no whitespace.
const PLAIN: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = !(b as u8).is_ascii_whitespace();
        b += 1;
    }
    table
};

/// Where the run of [`PLAIN`] bytes that starts at `from` ends: eight bytes at a time (a byte
/// of a word is rarely a control character, the only bytes the word test passes that the
/// exact test then looks at one by one).
fn plain_run_end(bytes: &[u8], mut from: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    loop {
        while from + 8 <= bytes.len() {
            let mut word = [0u8; 8];
            word.copy_from_slice(&bytes[from..from + 8]);
            let x = u64::from_le_bytes(word);
            // Bytes below 0x21 (the lowest flagged one is exact) or with the high bit set.
            let flagged = (x.wrapping_sub(ONES * 0x21) & !x & HIGH) | (x & HIGH);
            if flagged != 0 {
                from += (flagged.trailing_zeros() / 8) as usize;
                break;
            }
            from += 8;
        }
        while from < bytes.len() && bytes[from] > 0x20 && bytes[from] < 0x80 {
            from += 1;
        }
        // A control byte that is no whitespace belongs to the word.
        if from < bytes.len() && PLAIN[bytes[from] as usize] {
            from += 1;
            continue;
        }
        return from;
    }
}

/// Copies `bytes[from..to]` (ASCII) in lowercase, each byte from where it stands.
fn copy_lowercase(n: &mut Normalized, bytes: &[u8], from: usize, to: usize) {
    let start = n.text.len();
    n.text.extend_from_slice(&bytes[from..to]);
    n.text[start..].make_ascii_lowercase();
    n.origin.extend(from as u32..to as u32);
}

/// Pushes one normalised byte and where it came from.
fn push(n: &mut Normalized, byte: u8, from: usize) {
    n.text.push(byte);
    n.origin.push(from as u32);
}

/// Normalises the input for the automaton. E-mail addresses are left out of the text, so that
/// wording split by an address reads whole ("User (bob@example.com) unknown"); the addresses
/// are collected apart, where provider markers are looked for.
fn normalize(input: &str) -> (Normalized, Normalized) {
    let bytes = input.as_bytes();
    let mut n = Normalized { text: Vec::with_capacity(bytes.len()), origin: Vec::with_capacity(bytes.len() + 1) };
    let mut domains = Normalized { text: Vec::new(), origin: Vec::new() };
    let mut i = 0;
    let mut line_start = true;
    // The closing bracket of an address that stood alone in brackets: "( bob@example.com )".
    let mut lone_close = None;
    // The next `@` at or after the current token (the input's length: none) and where the
    // run of non-space bytes that holds it starts, as far back as where it was looked for: a
    // token holds an address only when that run starts at or before it. Tokens without an
    // `@` (nearly all) are then not read twice. Looked for again only once passed: linear.
    let at_after = |from: usize| {
        let at = input[from..].find('@').map_or(bytes.len(), |k| from + k);
        let run = bytes[from..at].iter().rposition(u8::is_ascii_whitespace).map_or(from, |k| from + k + 1);
        (at, run)
    };
    let (mut next_at, mut at_run) = at_after(0);
    while i < bytes.len() {
        // Inside a token (after a byte that is not a space): nothing below applies to its ASCII
        // bytes but lowercasing, so a run of them is copied at once.
        if i > 0 && !line_start && !bytes[i - 1].is_ascii_whitespace() {
            let mut end = plain_run_end(bytes, i);
            if end > i {
                // The words of a line, and of the lines after it, go on in the same run while
                // what separates two of them reads plainly: a lone space (itself) or a line
                // break (one space where it starts), when nothing below applies at the next
                // word's start: no code prefix to drop, no bracket left by an address, no `@`
                // in the word. The copy is cut only at a line break.
                let mut segment = i;
                while end < bytes.len() && lone_close.is_none() {
                    let (space, next) = match bytes[end] {
                        b' ' | b'\n' => (bytes[end] == b' ', end + 1),
                        b'\r' if bytes.get(end + 1) == Some(&b'\n') => (false, end + 2),
                        _ => break,
                    };
                    let Some(&c) = bytes.get(next).filter(|c| PLAIN[**c as usize]) else { break };
                    if c.is_ascii_digit() {
                        let window = &bytes[next..bytes.len().min(next + 16)];
                        let skip = code_prefix_len(window);
                        // Dropped at a line's start; after a space, as a folded reply's prefix.
                        if if space { skip > 4 || (skip == 4 && window[3] == b'-') } else { skip > 0 } {
                            break;
                        }
                    }
                    if next_at < next {
                        (next_at, at_run) = at_after(next);
                    }
                    if next_at < bytes.len() && at_run <= next {
                        break;
                    }
                    if !space {
                        copy_lowercase(&mut n, bytes, segment, end);
                        push(&mut n, b' ', end);
                        segment = next;
                    }
                    end = plain_run_end(bytes, next);
                }
                copy_lowercase(&mut n, bytes, segment, end);
                i = end;
                continue;
            }
        }
        if line_start {
            line_start = false;
            let mut j = i;
            while j < bytes.len() && matches!(bytes[j], b' ' | b'\t') {
                j += 1;
            }
            let skip = code_prefix_len(&bytes[j..bytes.len().min(j + 16)]);
            if skip > 0 {
                i = j + skip;
                continue;
            }
        }
        // A folded reply repeats its prefix mid-line: "... is 550-5.7.1 likely unsolicited".
        if i > 0 && bytes[i - 1] == b' ' && bytes[i].is_ascii_digit() {
            let window = &bytes[i..bytes.len().min(i + 16)];
            let skip = code_prefix_len(window);
            if skip > 4 || (skip == 4 && window[3] == b'-') {
                i += skip;
                continue;
            }
        }
        let b = bytes[i];
        if !b.is_ascii_whitespace() && (i == 0 || bytes[i - 1].is_ascii_whitespace()) {
            if lone_close.take() == Some(b) {
                i += 1;
                continue;
            }
            if next_at < i {
                (next_at, at_run) = at_after(i);
            }
            if let Some((end, (address_start, address_end))) =
                (next_at < bytes.len() && at_run <= i).then(|| address_at(bytes, i)).flatten()
            {
                domains.text.extend(bytes[address_start..address_end].iter().map(u8::to_ascii_lowercase));
                domains.origin.extend(address_start as u32..address_end as u32);
                push(&mut domains, b' ', address_end);
                let len = n.text.len();
                if len >= 3 && n.text[len - 1] == b' ' && n.text[len - 3] == b' ' {
                    lone_close = match n.text[len - 2] {
                        b'(' => Some(b')'),
                        b'<' => Some(b'>'),
                        b'[' => Some(b']'),
                        _ => None,
                    };
                    if lone_close.is_some() {
                        n.text.truncate(len - 2);
                        n.origin.truncate(len - 2);
                    }
                }
                i = end;
                continue;
            }
        }
        if b >= 0x80 {
            // Other scripts: lowercase too (Cyrillic, Greek ...), and their spaces are spaces
            // (French puts a narrow no-break space before the colon). Every byte of the
            // lowercased character maps to the start of the original one.
            let c = input[i..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER);
            if is_unicode_space(c) {
                if n.text.last() != Some(&b' ') {
                    push(&mut n, b' ', i);
                }
            } else {
                let mut buf = [0u8; 4];
                for &byte in lower_char(c).encode_utf8(&mut buf).as_bytes() {
                    push(&mut n, byte, i);
                }
            }
            i += c.len_utf8();
            continue;
        }
        if b.is_ascii_whitespace() {
            if b == b'\n' {
                line_start = true;
            }
            if n.text.last() != Some(&b' ') {
                push(&mut n, b' ', i);
            }
        } else {
            push(&mut n, b.to_ascii_lowercase(), i);
        }
        i += 1;
    }
    n.origin.push(bytes.len() as u32);
    domains.origin.push(bytes.len() as u32);
    (n, domains)
}

/// The apostrophes that word processors and web pages put for `'`.
const TYPOGRAPHIC_APOSTROPHES: [char; 2] = ['\u{2018}', '\u{2019}'];

/// The lowercase letter of the alphabets whose capitals mail texts use (Latin, Greek,
/// Cyrillic, Armenian, fullwidth Latin): a small table of ranges instead of Unicode's full case
/// tables, which would add kilobytes to the WebAssembly module; and the ASCII apostrophe for the
/// typographic ones.
pub(crate) fn lower_char(c: char) -> char {
    let u = c as u32;
    let even = u % 2 == 0;
    let lower = match u {
        0x00C0..=0x00DE if u != 0x00D7 => u + 0x20,
        0x0100..=0x012F | 0x0132..=0x0137 | 0x014A..=0x0177 if even => u + 1,
        0x0139..=0x0148 | 0x0179..=0x017E if !even => u + 1,
        0x0178 => 0x00FF,
        // Turkish and Azerbaijani İ reads as i (Unicode's "i̇" would keep a combining dot no
        // pattern writes); Azerbaijani Ə, Kabyle Ɛ and Ɣ; Romanian Ș and Ț and the rest of
        // Latin Extended-B's pairs.
        0x0130 => 0x69,
        0x018F => 0x0259,
        0x0190 => 0x025B,
        0x0194 => 0x0263,
        0x0200..=0x021F | 0x0222..=0x0233 if even => u + 1,
        0x0386 => 0x03AC,
        0x0388..=0x038A => u + 0x25,
        0x038C => 0x03CC,
        0x038E..=0x038F => u + 0x3F,
        0x0391..=0x03AB if u != 0x03A2 => u + 0x20,
        0x0400..=0x040F => u + 0x50,
        0x0410..=0x042F => u + 0x20,
        0x0460..=0x0481 | 0x048A..=0x04BF | 0x04D0..=0x052F if even => u + 1,
        0x04C1..=0x04CE if !even => u + 1,
        0x0531..=0x0556 => u + 0x30,
        0x1E00..=0x1EFF if even => u + 1,
        0xFF21..=0xFF3A => u + 0x20,
        // Typographic apostrophes read as the ASCII one: text pasted from a web page or a
        // word processor says "can’t" where the server wrote "can't".
        0x2018 | 0x2019 => 0x27,
        _ => u,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// Spaces other than ASCII's: no-break, narrow no-break, the typographic spaces, ideographic.
fn is_unicode_space(c: char) -> bool {
    matches!(c, '\u{00A0}' | '\u{1680}' | '\u{2000}'..='\u{200A}' | '\u{2028}' | '\u{2029}' | '\u{202F}' | '\u{205F}' | '\u{3000}')
}

/// Whether a character belongs to a word: letters and digits of any script, the combining
/// signs of the scripts that write vowels as marks, and the joiners; not the sentence marks
/// of the Indic, Thai, Myanmar and Khmer scripts (danda "।").
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    if matches!(c, '\u{0964}' | '\u{0965}' | '\u{09F7}' | '\u{0E2F}' | '\u{104A}' | '\u{104B}' | '\u{17D4}' | '\u{17D5}') {
        return false;
    }
    c.is_alphanumeric()
        || matches!(c as u32, 0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05C7 | 0x0610..=0x061A | 0x064B..=0x065F
            | 0x0670 | 0x06D6..=0x06ED | 0x0900..=0x0DFF | 0x0E00..=0x0EFF | 0x1000..=0x109F | 0x1780..=0x17FF | 0x200C | 0x200D)
}

/// The character that starts at `at` in the normalised text.
fn char_at(text: &[u8], at: usize) -> Option<char> {
    // Nearly always an ASCII byte: read as it is, without a UTF-8 check.
    if let Some(&b) = text.get(at).filter(|b| b.is_ascii()) {
        return Some(b as char);
    }
    let end = (at + 4).min(text.len());
    let mut len = 1;
    while len < end - at && std::str::from_utf8(&text[at..at + len]).is_err() {
        len += 1;
    }
    std::str::from_utf8(&text[at..at + len]).ok().and_then(|s| s.chars().next())
}

/// The character that ends just before `at` in the normalised text.
fn char_before(text: &[u8], at: usize) -> Option<char> {
    let mut start = at - 1;
    while start > 0 && at - start < 4 && (text[start] & 0xC0) == 0x80 {
        start -= 1;
    }
    char_at(text, start)
}

/// Characters of the scripts written without spaces between words (Chinese, Japanese kana,
/// Korean syllables).
fn spaceless(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0xFF66..=0xFF9F)
}

/// Whether two word characters that touch run on as one word. An ASCII letter or digit beside
/// a Chinese, Japanese or Korean character does not: those scripts put no space between an
/// error code or an English word and the words around it (`提示0X800CCC0E错误`).
fn joined(before: Option<char>, after: Option<char>) -> bool {
    match (before, after) {
        (Some(b), Some(a)) if is_word_char(b) && is_word_char(a) => !(b.is_ascii() && spaceless(a) || a.is_ascii() && spaceless(b)),
        _ => false,
    }
}

/// Finds every rule whose pattern occurs in the input, in order of position. Words of a
/// transcript line that only restates the remote's reply in the sending server's own terms
/// (Sendmail's `550 5.1.1 <bob@example.com>... User unknown` under `<<< 553 ...`) are no
/// evidence where the remote's reply has words of its own; nor is a `503` after a refusal.
///
/// Not inlined: its loops over the input make it the part of an explanation the Wasm engine
/// soon optimises, and an optimising compile costs by the size of the function.
#[inline(never)]
pub fn scan(input: &str) -> Vec<Hit> {
    let mut hits = scan_all(input);
    let restated = crate::parse::restatements(input);
    if restated.is_empty() {
        return hits;
    }
    // Words of the remote's reply: hits are sorted by start, so each reply's share is found by
    // binary search.
    let has_words = |span: Span| {
        let from = hits.partition_point(|h| h.start < span.start);
        hits[from..]
            .iter()
            .take_while(|h| h.start < span.end)
            .any(|h| h.end <= span.end && matches!(h.rule, Rule::Phrase(_) | Rule::Zone(_)))
    };
    let dropped: Vec<Span> = restated.iter().filter(|r| r.reply.is_none_or(has_words)).map(|r| r.span).collect();
    // Both are sorted by start: one pass.
    let mut next = 0;
    hits.retain(|h| {
        while next < dropped.len() && dropped[next].end <= h.start {
            next += 1;
        }
        let inside = dropped.get(next).is_some_and(|s| s.contains(Span::new(h.start, h.end)));
        !(inside && matches!(h.rule, Rule::Phrase(_)))
    });
    hits
}

fn scan_all(input: &str) -> Vec<Hit> {
    let (normalized, domains) = normalize(input);
    with_automaton(&[&normalized.text, &domains.text], |automaton| scan_with(automaton, input, &normalized, &domains))
}

/// The hits of `automaton` in the normalised input and in its addresses, sorted.
fn scan_with(automaton: &Automaton, input: &str, normalized: &Normalized, domains: &Normalized) -> Vec<Hit> {
    let mut hits = matches(automaton, input, normalized, |_, _| true);
    // Matches arrive ordered by end; a pattern's length bounds how far one is out of place.
    crate::util::sort_by(&mut hits, |a, b| (a.start, a.end) < (b.start, b.end));
    if domains.text.is_empty() {
        return hits;
    }
    // In addresses only provider markers ("bob@gmail.com") and whole addresses are looked for.
    let mut in_domains = matches(automaton, input, domains, |address, rule| address || matches!(rule, Rule::Marker(_)));
    crate::util::sort_by(&mut in_domains, |a, b| (a.start, a.end) < (b.start, b.end));
    merge(hits, in_domains)
}

/// Calls `found(start, end)` for every place in `text`, lowercased byte by byte (ASCII) and
/// otherwise as it is, where a pattern of any rule occurs, without the word-boundary checks:
/// a cheap superset of where the rules may match, for a caller that must know which parts of
/// a text the rules can read (the memo of `smtp-explain --lines`).
#[cfg(not(target_arch = "wasm32"))]
pub fn raw_spans(text: &str, found: impl FnMut(usize, usize)) {
    automaton().searcher.spans(text.as_bytes(), found);
}

#[cfg(not(target_arch = "wasm32"))]
impl Searcher {
    /// [`raw_spans`] over `text`: `found(start, end)` for every pattern found, ASCII
    /// lowercased, reported at the place its first [`DEPTH`] bytes end (so in order of that
    /// place, not of the end).
    fn spans(&self, text: &[u8], mut found: impl FnMut(usize, usize)) {
        if self.dense.fast.is_empty() {
            return self.spans_by_links(text, found);
        }
        self.walk(text, &mut |_, start, end| found(start, end));
    }

    /// The same as [`Searcher::spans`] without the fast rows.
    fn spans_by_links(&self, text: &[u8], mut found: impl FnMut(usize, usize)) {
        let mut node = 0u32;
        for (i, &byte) in text.iter().enumerate() {
            node = self.advance(node, byte.to_ascii_lowercase());
            if self.has_output(node) {
                // Every pattern found here, not only the longest (a longer one may not go on).
                self.emit(text, i + 1, node, &mut |_, start, end| found(start, end));
            }
        }
    }
}

#[cfg(any(not(target_arch = "wasm32"), feature = "testing"))]
impl Searcher {
    /// The walk of [`Searcher::spans`] and, natively, of [`Searcher::for_each_match`]:
    /// `found(pattern, start, end)` for every pattern found in `text`, ASCII lowercased, in
    /// order of where its first [`DEPTH`] bytes end. Needs the fast rows.
    fn walk(&self, text: &[u8], found: &mut impl FnMut(usize, usize, usize)) {
        let d = &self.dense;
        // `state`: a row of `fast` times the classes; most bytes take one look-up. A node
        // without a row, or with patterns, is followed with `advance` until the walk is back
        // on a row.
        let mut state = 0u32;
        let mut i = 0;
        while i < text.len() {
            let (read, next) = fast_walk(&d.fast, &d.lower_class, &text[i..], state);
            i += read;
            if next & SLOW == 0 {
                // The end of the text, on a row.
                break;
            }
            let mut node = next & !SLOW;
            loop {
                if self.has_output(node) {
                    self.emit(text, i, node, found);
                }
                let row = d.fast_row[node as usize];
                if row != u32::MAX {
                    state = row * d.classes as u32;
                    break;
                }
                if i == text.len() {
                    break;
                }
                node = self.advance(node, text[i].to_ascii_lowercase());
                i += 1;
            }
        }
    }
}

/// The walk of [`Searcher::spans`] on the fast rows from `state` (a row times the classes)
/// over `text`: how many bytes it read and the entry it stopped on, a [`SLOW`] one, or the
/// last state at the end of the text. Kept out of line: with nothing else live, the walk's
/// few values stay in registers (most bytes of `--lines` take this loop; inlined into the
/// memo's code, they were kept on the stack).
#[cfg(any(not(target_arch = "wasm32"), feature = "testing"))]
#[inline(never)]
fn fast_walk(fast: &[u32], lower_class: &[u8; 256], text: &[u8], mut state: u32) -> (usize, u32) {
    for (k, &byte) in text.iter().enumerate() {
        let next = fast[state as usize + lower_class[byte as usize] as usize];
        if next & SLOW != 0 {
            return (k + 1, next);
        }
        state = next;
    }
    (text.len(), state)
}

/// The hits of every pattern in a normalised text that `wanted` keeps, as input spans.
/// How many hits one line may hold before each pattern keeps only its first
/// [`PATTERN_HITS_PER_LINE`] there.
const FLOOD_HITS_PER_LINE: u32 = 1024;
/// Hits of one pattern kept on a line that holds more than [`FLOOD_HITS_PER_LINE`]: a line that
/// repeats a phrase (a flood) would otherwise keep megabytes of hits, of which a finding reads
/// only the first 32 of each rule (`explain::HITS_PER_RULE`).
const PATTERN_HITS_PER_LINE: u32 = 32;

/// Counts the hits of the input line being read (hits arrive in the order of their ends).
#[derive(Default)]
struct LineCap {
    /// Where the line of the last hit ends (its `\n`, or the input's end).
    line_end: Option<usize>,
    hits: u32,
    /// Hits of each pattern on a flooded line (by pattern number; made on the first flood).
    per_pattern: Vec<u32>,
    /// The patterns counted there, to set back to 0 when the line ends.
    counted: Vec<usize>,
}

impl LineCap {
    /// Whether a hit of `pattern` (of `patterns`) whose last byte is `last` is kept.
    fn admit(&mut self, input: &[u8], last: usize, pattern: usize, patterns: usize) -> bool {
        if self.line_end.is_none_or(|end| last > end) {
            self.line_end = Some(input[last..].iter().position(|&b| b == b'\n').map_or(input.len(), |k| last + k));
            self.hits = 0;
            for p in self.counted.drain(..) {
                self.per_pattern[p] = 0;
            }
        }
        self.hits += 1;
        if self.hits <= FLOOD_HITS_PER_LINE {
            return true;
        }
        self.per_pattern.resize(patterns, 0);
        let count = &mut self.per_pattern[pattern];
        if *count == 0 {
            self.counted.push(pattern);
        }
        *count += 1;
        *count <= PATTERN_HITS_PER_LINE
    }
}

fn matches(automaton: &Automaton, input: &str, normalized: &Normalized, wanted: impl Fn(bool, Rule) -> bool) -> Vec<Hit> {
    let text = &normalized.text;
    let mut hits = Vec::new();
    let mut line = LineCap::default();
    automaton.searcher.for_each_match(text, |id, start, end| {
        let (check_start, check_end) = automaton.bounded[id];
        if check_start && start > 0 && joined(char_before(text, start), char_at(text, start)) {
            return;
        }
        if check_end && end < text.len() && joined(char_before(text, end), char_at(text, end)) {
            return;
        }
        let span_start = normalized.origin[start] as usize;
        let last = normalized.origin[end - 1] as usize;
        if !line.admit(input.as_bytes(), last, id, automaton.rules.len()) {
            return;
        }
        let span_end = last + utf8_len(input.as_bytes()[last]);
        for rule in automaton.rules[id].iter().filter(|r| wanted(automaton.address[id], **r)) {
            hits.push(Hit { rule: *rule, start: span_start, end: span_end });
        }
    });
    hits
}

/// Two lists sorted by span, merged into one.
fn merge(a: Vec<Hit>, b: Vec<Hit>) -> Vec<Hit> {
    let mut merged = Vec::with_capacity(a.len() + b.len());
    let (mut a, mut b) = (a.into_iter().peekable(), b.into_iter().peekable());
    while let (Some(x), Some(y)) = (a.peek(), b.peek()) {
        let next = if (y.start, y.end) < (x.start, x.end) { b.next() } else { a.next() };
        merged.extend(next);
    }
    merged.extend(a);
    merged.extend(b);
    merged
}

fn utf8_len(first: u8) -> usize {
    match first {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flooded_line_keeps_the_first_hits_of_each_pattern_and_the_next_line_all_of_its() {
        let flood = "user unknown ".repeat(5_000);
        let one_line = scan(&flood).len();
        let unique = |hits: &[Hit]| hits.iter().map(|h| (h.start, h.end)).collect::<std::collections::BTreeSet<_>>().len();
        // Thousands of copies: the line keeps its first 1,024 hits and 32 more of each pattern.
        assert!(one_line < 1_024 + 32 * 16, "{one_line} hits kept");
        // The same phrases on a line of their own after the flood are all found.
        let after = "\n550 5.1.1 user unknown; mailbox unavailable";
        let both = scan(&(flood.clone() + after));
        let tail: Vec<Hit> = both.iter().copied().filter(|h| h.start > flood.len()).collect();
        let alone: Vec<Hit> = scan(after);
        assert_eq!(unique(&tail), unique(&alone));
        // A line under the threshold loses nothing.
        let short = "user unknown ".repeat(20);
        assert!(scan(&short).len() >= 20);
    }

    /// `normalize` as it was before words were copied in runs (2026-12): the reference the
    /// faster one must agree with.
    fn normalize_byte_by_byte(input: &str) -> (Normalized, Normalized) {
        let bytes = input.as_bytes();
        let mut n = Normalized { text: Vec::with_capacity(bytes.len()), origin: Vec::with_capacity(bytes.len() + 1) };
        let mut domains = Normalized { text: Vec::new(), origin: Vec::new() };
        let mut i = 0;
        let mut line_start = true;
        // The closing bracket of an address that stood alone in brackets: "( bob@example.com )".
        let mut lone_close = None;
        // The next `@` at or after the current token (the input's length: none) and where the
        // run of non-space bytes that holds it starts, as far back as where it was looked for: a
        // token holds an address only when that run starts at or before it. Tokens without an
        // `@` (nearly all) are then not read twice. Looked for again only once passed: linear.
        let at_after = |from: usize| {
            let at = input[from..].find('@').map_or(bytes.len(), |k| from + k);
            let run = bytes[from..at].iter().rposition(u8::is_ascii_whitespace).map_or(from, |k| from + k + 1);
            (at, run)
        };
        let (mut next_at, mut at_run) = at_after(0);
        while i < bytes.len() {
            // Inside a token (after a byte that is not a space): nothing below applies to its ASCII
            // bytes but lowercasing, so a run of them is copied at once.
            if i > 0 && !line_start && !bytes[i - 1].is_ascii_whitespace() {
                let run = bytes[i..].iter().position(|b| b.is_ascii_whitespace() || !b.is_ascii()).unwrap_or(bytes.len() - i);
                if run > 0 {
                    let from = n.text.len();
                    n.text.extend_from_slice(&bytes[i..i + run]);
                    n.text[from..].make_ascii_lowercase();
                    n.origin.extend(i as u32..(i + run) as u32);
                    i += run;
                    continue;
                }
            }
            if line_start {
                line_start = false;
                let mut j = i;
                while j < bytes.len() && matches!(bytes[j], b' ' | b'\t') {
                    j += 1;
                }
                let skip = code_prefix_len(&bytes[j..bytes.len().min(j + 16)]);
                if skip > 0 {
                    i = j + skip;
                    continue;
                }
            }
            // A folded reply repeats its prefix mid-line: "... is 550-5.7.1 likely unsolicited".
            if i > 0 && bytes[i - 1] == b' ' && bytes[i].is_ascii_digit() {
                let window = &bytes[i..bytes.len().min(i + 16)];
                let skip = code_prefix_len(window);
                if skip > 4 || (skip == 4 && window[3] == b'-') {
                    i += skip;
                    continue;
                }
            }
            let b = bytes[i];
            if !b.is_ascii_whitespace() && (i == 0 || bytes[i - 1].is_ascii_whitespace()) {
                if lone_close.take() == Some(b) {
                    i += 1;
                    continue;
                }
                if next_at < i {
                    (next_at, at_run) = at_after(i);
                }
                if let Some((end, (address_start, address_end))) =
                    (next_at < bytes.len() && at_run <= i).then(|| address_at(bytes, i)).flatten()
                {
                    for (k, &d) in bytes.iter().enumerate().take(address_end).skip(address_start) {
                        push(&mut domains, d.to_ascii_lowercase(), k);
                    }
                    push(&mut domains, b' ', address_end);
                    let len = n.text.len();
                    if len >= 3 && n.text[len - 1] == b' ' && n.text[len - 3] == b' ' {
                        lone_close = match n.text[len - 2] {
                            b'(' => Some(b')'),
                            b'<' => Some(b'>'),
                            b'[' => Some(b']'),
                            _ => None,
                        };
                        if lone_close.is_some() {
                            n.text.truncate(len - 2);
                            n.origin.truncate(len - 2);
                        }
                    }
                    i = end;
                    continue;
                }
            }
            if b >= 0x80 {
                // Other scripts: lowercase too (Cyrillic, Greek ...), and their spaces are spaces
                // (French puts a narrow no-break space before the colon). Every byte of the
                // lowercased character maps to the start of the original one.
                let c = input[i..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER);
                if is_unicode_space(c) {
                    if n.text.last() != Some(&b' ') {
                        push(&mut n, b' ', i);
                    }
                } else {
                    let mut buf = [0u8; 4];
                    for &byte in lower_char(c).encode_utf8(&mut buf).as_bytes() {
                        push(&mut n, byte, i);
                    }
                }
                i += c.len_utf8();
                continue;
            }
            if b.is_ascii_whitespace() {
                if b == b'\n' {
                    line_start = true;
                }
                if n.text.last() != Some(&b' ') {
                    push(&mut n, b' ', i);
                }
            } else {
                push(&mut n, b.to_ascii_lowercase(), i);
            }
            i += 1;
        }
        n.origin.push(bytes.len() as u32);
        domains.origin.push(bytes.len() as u32);
        (n, domains)
    }

    #[test]
    fn runs_of_words_normalise_as_byte_by_byte() {
        const PIECES: &[&str] = &[
            " ",
            "  ",
            "\n",
            "\r\n",
            "\r",
            "\t",
            "\x0c",
            "\x01",
            "550-5.7.1 ",
            "550 ",
            "421-",
            "550-",
            "5.1.1 ",
            "bob@example.com",
            "(",
            ")",
            "<",
            ">",
            "[",
            "]",
            "\"",
            "é",
            "\u{a0}",
            "Ÿ",
            "\u{2019}",
            "X",
            "a",
            "Zed",
            "1",
            "12",
            "192.0.2.1",
            "@",
            "foo",
            "User",
            "x@y",
            ".",
            ",",
            "-",
            "ключ",
            "\u{3000}",
        ];
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = |bound: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % bound as u64) as usize
        };
        for _ in 0..20_000 {
            let count = next(40);
            let input: String = (0..count).map(|_| PIECES[next(PIECES.len())]).collect();
            let (a, b) = (normalize(&input), normalize_byte_by_byte(&input));
            assert_eq!((a.0.text, a.0.origin, a.1.text, a.1.origin), (b.0.text, b.0.origin, b.1.text, b.1.origin), "{input:?}");
        }
    }

    #[test]
    fn normalises_case_space_and_code_prefixes() {
        let (n, _) = normalize("550-5.1.1 The  Email\r\n550 5.1.1 account");
        assert_eq!(String::from_utf8(n.text).unwrap(), "the email account");
        assert_eq!(code_prefix_len(b"421 Try"), 4);
        assert_eq!(code_prefix_len(b"550 5.7.606 Access"), 12);
        assert_eq!(code_prefix_len(b"550 5.7.606"), 11);
        assert_eq!(code_prefix_len(b"5500 x"), 0);
    }

    #[test]
    fn typographic_apostrophes_read_as_ascii_ones() {
        let (n, _) = normalize("Can\u{2019}t create user output file");
        assert_eq!(String::from_utf8(n.text).unwrap(), "can't create user output file");
        // The same hits, at the pasted text's own offsets.
        let pasted = "mx.example.org [192.0.2.1] can\u{2019}t create user output file";
        let typed = pasted.replace('\u{2019}', "'");
        let rules = |hits: Vec<Hit>| hits.into_iter().map(|h| h.rule).collect::<Vec<_>>();
        assert_eq!(rules(scan(pasted)), rules(scan(&typed)));
        let hit = scan(pasted).into_iter().find(|h| matches!(h.rule, Rule::Phrase(_))).expect("a phrase matches");
        assert!(pasted[hit.start..hit.end].contains('\u{2019}'), "{}", &pasted[hit.start..hit.end]);
        // A table pattern written with one matches too.
        assert_eq!(pattern_key("can\u{2019}t create").0, "can't create");
    }

    #[test]
    fn maps_hits_back_to_input_offsets() {
        let input = "550 5.1.1 <a@b>: Recipient address rejected: USER\n  UNKNOWN";
        let hits = scan(input);
        let phrase = hits
            .iter()
            .find(|h| matches!(h.rule, Rule::Phrase(i) if crate::data::phrases::phrase(i).pattern == "user unknown"))
            .expect("user unknown matches");
        assert_eq!(&input[phrase.start..phrase.end], "USER\n  UNKNOWN");
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn fast_rows_find_the_spans_the_failure_links_find() {
        let searcher = &automaton().searcher;
        let keys: Vec<String> = all_patterns().map(|(p, _)| pattern_key(p).0.into_owned()).filter(|k| !k.is_empty()).collect();
        let mut texts: Vec<String> = vec![
            "Dec  5 00:00:08 mx1 postfix/smtp[90803]: 028DE71159: to=<frank.755@mail.ru>, status=deferred (host mx.mail.ru[203.0.113.12] said: 452 4.2.2 The email account that you tried to reach is over quota. - gsmtp)".into(),
            "550 5.7.1 ÜBER Relay ACCESS denied \u{202e} näh".into(),
        ];
        let floor = |s: &str, mut n: usize| {
            while !s.is_char_boundary(n) {
                n -= 1;
            }
            n
        };
        // Every pattern, in capitals, between others, cut short and with noise around it.
        for (i, key) in keys.iter().enumerate() {
            let other = &keys[(i * 7 + 3) % keys.len()];
            let cut = &key[..floor(key, key.len() / 2)];
            texts.push(format!("x{}{other} 12{cut}{key}.{}", key.to_uppercase(), &other[..floor(other, other.len() - 1)]));
        }
        for text in &texts {
            let (mut fast, mut slow) = (Vec::new(), Vec::new());
            searcher.spans(text.as_bytes(), |s, e| fast.push((s, e)));
            searcher.spans_by_links(text.as_bytes(), |s, e| slow.push((s, e)));
            assert_eq!(fast, slow, "{text}");
        }
    }

    #[test]
    fn the_start_of_a_pattern_is_the_start_of_its_key() {
        let mut told = 0;
        for (pattern, _) in all_patterns() {
            if let Some(start) = key_start(pattern) {
                assert!(pattern_key(pattern).0.as_bytes().starts_with(start), "{pattern:?}");
                told += 1;
            }
        }
        assert!(told * 10 > all_patterns().count() * 9, "{told}");
        for (pattern, start) in [
            ("User unknown", None),
            ("*user  unknown", None),
            ("*user unknown*", Some("user u")),
            ("ab  c", None),
            ("ab c", Some("ab c")),
            ("ab ", None),
            ("abc*", Some("abc")),
            ("ab", None),
        ] {
            assert_eq!(key_start(pattern), start.map(str::as_bytes), "{pattern}");
        }
    }

    #[test]
    fn automata_of_the_patterns_a_text_can_hold_find_what_the_whole_one_finds() {
        let keys: Vec<String> = collect_patterns().keys.iter().map(|k| k.to_string()).collect();
        let mut texts: Vec<String> = vec![
            "550 5.1.1 <bob@gmail.com>: Recipient address rejected: User unknown in virtual mailbox table".into(),
            "Dec  5 00:00:08 mx1 postfix/smtp[90803]: 028DE71159: to=<frank.755@mail.ru>, status=deferred (host mx.mail.ru[203.0.113.12] said: 452 4.2.2 The email account that you tried to reach is over quota. - gsmtp)".into(),
            "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org; tosa@rx.t-online.de".into(),
            "SMTP-Fehler: Authentifizierung fehlgeschlagen. Erreur SMTP\u{202F}: échec".into(),
            "a".into(),
            String::new(),
        ];
        let floor = |s: &str, mut n: usize| {
            while !s.is_char_boundary(n) {
                n -= 1;
            }
            n
        };
        // Every 24th pattern (a debug build takes a while for each), with others around it, in
        // capitals, cut short, in an address.
        for (i, key) in keys.iter().enumerate().filter(|(i, _)| i % 24 == 7) {
            let other = &keys[(i * 7 + 3) % keys.len()];
            let cut = &key[..floor(key, key.len() / 2)];
            texts.push(format!(
                "421 {other}x {}. 12{cut}{key} <a@{}> {}",
                key.to_uppercase(),
                other.replace(' ', "."),
                &other[..floor(other, other.len() - 1)]
            ));
        }
        let whole = automaton();
        for text in &texts {
            let (normalized, domains) = normalize(text);
            let partial = partial_automaton(&[&normalized.text, &domains.text]);
            assert!(partial.rules.len() < whole.rules.len() / 3, "{text}: {} of {} patterns", partial.rules.len(), whole.rules.len());
            let all = |_: bool, _: Rule| true;
            assert_eq!(matches(&partial, text, &normalized, all), matches(whole, text, &normalized, all), "{text}");
            let wanted = |address: bool, rule: Rule| address || matches!(rule, Rule::Marker(_));
            assert_eq!(matches(&partial, text, &domains, wanted), matches(whole, text, &domains, wanted), "{text}");
        }
    }

    #[test]
    fn automaton_finds_overlapping_matches() {
        let patterns: Vec<String> = ["he", "she", "his", "hers", "e"].iter().map(|s| s.to_string()).collect();
        let searcher = Searcher::new(&patterns);
        let mut found = Vec::new();
        searcher.for_each_match(b"ushers", |id, start, end| found.push((patterns[id].clone(), start, end)));
        found.sort();
        let expected: Vec<(String, usize, usize)> =
            vec![("e".into(), 3, 4), ("he".into(), 2, 4), ("hers".into(), 2, 6), ("she".into(), 1, 4)];
        assert_eq!(found, expected);
    }

    #[test]
    fn reads_wording_around_addresses_and_markers_in_their_domains() {
        let text = |s: &str| String::from_utf8(normalize(s).0.text).unwrap();
        assert_eq!(text("550 User (bob@example.com) unknown."), "user unknown.");
        assert_eq!(text("550 Mailbox ( bob@example.com ) not found"), "mailbox not found");
        assert_eq!(text("<bob@example.com>... User unknown"), "... user unknown");
        assert_eq!(text("see http://user@host/x and a@b"), "see http://user@host/x and a@b");
        let input = "550 User <Bob@Hotmail.com> unknown";
        let hits = scan(input);
        assert!(hits.iter().any(|h| matches!(h.rule, Rule::Phrase(i) if crate::data::phrases::phrase(i).pattern == "user unknown")));
        let marker = hits.iter().find(|h| matches!(h.rule, Rule::Marker(_))).expect("a marker in the domain");
        assert_eq!(&input[marker.start..marker.end], "Hotmail.com");
        assert!(hits.windows(2).all(|w| (w[0].start, w[0].end) <= (w[1].start, w[1].end)));
    }

    #[test]
    fn patterns_with_an_address_are_only_the_address() {
        // Addresses are matched apart from the words around them.
        for (pattern, _) in all_patterns().filter(|(p, _)| p.contains('@')) {
            assert!(!pattern.trim_matches('*').contains(' '), "{pattern}: write the address alone");
        }
    }

    #[test]
    fn reads_other_scripts_in_lowercase_with_their_spaces_and_sentence_marks() {
        let text = |s: &str| String::from_utf8(normalize(s).0.text).unwrap();
        assert_eq!(text("Ошибка SMTP\u{202F}: ÉCHEC"), "ошибка smtp : échec");
        assert_eq!(text("ΣΦΆΛΜΑ Łódź ŽIVOT ＡＢＣ"), "σφάλμα łódź život ａｂｃ");
        // Turkish İ as a plain i; Azerbaijani Ə; Romanian Ș and Ț.
        assert_eq!(text("İleti ƏLAQƏ ȘI ȚARA"), "ileti əlaqə și țara");
        let input = "SMTP त्रुटि: प्रामाणिकता की जांच नहीं हो सका। ";
        let hit = scan(input).into_iter().find(|h| matches!(h.rule, Rule::Client(_))).expect("the Hindi PHPMailer text");
        assert_eq!(&input[hit.start..hit.end], "SMTP त्रुटि: प्रामाणिकता की जांच नहीं हो सका");
        let input = "Erreur SMTP\u{202F}: échec de l’authentification.";
        assert!(scan(input).iter().any(|h| matches!(h.rule, Rule::Client(_))), "French with a narrow no-break space");
    }

    #[test]
    fn respects_word_boundaries() {
        assert!(scan("superuser unknownness").iter().all(|h| !matches!(h.rule, Rule::Phrase(_))));
    }
}
