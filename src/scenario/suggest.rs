//! Did-you-mean: the known name nearest an unknown one, for the hints of `check`
//! and of the parser. The names may be anything a file holds, so the work is
//! bounded: long names are never compared, nor names whose lengths differ by more
//! than a slip of the keyboard, nor more than `MAX_CANDIDATES` names.

/// Did-you-mean looks at names of at most this many characters, and at no more
/// than `MAX_CANDIDATES` known names: an unknown id of a million characters, or
/// a file of a hundred thousand ids, costs no more than a short one.
const MAX_SUGGEST_CHARS: usize = 64;
const MAX_CANDIDATES: usize = 1_000;

/// Levenshtein distance, for did-you-mean hints (both names short: see `nearest`).
fn distance(a: &[char], b: &[char]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            cur.push((prev[j] + usize::from(ca != cb)).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

/// The known name nearest to `found` by edit distance, when it is near enough to
/// be a slip of the keyboard (a third of the name's letters at most). Names whose
/// lengths differ by more than that are never compared, and long names never
/// are: the work is bounded whatever the input.
pub fn nearest<'b>(found: &str, known: impl Iterator<Item = &'b str>) -> Option<&'b str> {
    if found.chars().count() > MAX_SUGGEST_CHARS {
        return None;
    }
    let lower: Vec<char> = found.to_lowercase().chars().collect();
    known
        .take(MAX_CANDIDATES)
        .filter_map(|k| {
            let n = k.chars().count();
            let most = 1.max(n / 3);
            if n > MAX_SUGGEST_CHARS || n.abs_diff(lower.len()) > most {
                return None;
            }
            let d = distance(&lower, &k.to_lowercase().chars().collect::<Vec<_>>());
            (d <= most && d < n).then_some((d, k))
        })
        .min()
        .map(|(_, k)| k)
}

/// "did you mean \"x\"?" when a known id is close enough.
pub fn did_you_mean<'b>(id: &str, known: impl Iterator<Item = &'b str>) -> Option<String> {
    nearest(id, known).map(|k| format!("did you mean \"{k}\"?"))
}
