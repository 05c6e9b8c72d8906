//! Did-you-mean: the known name nearest an unknown one, for the hints of `check`
//! and of the parser. The names may be anything a file holds, so the work is
//! bounded: long names are never compared, nor names whose lengths differ by more
//! than a slip of the keyboard, nor more than `MAX_CANDIDATES` names.

/// Did-you-mean looks at names of at most this many characters, and at no more
/// than `MAX_CANDIDATES` known names: an unknown id of a million characters, or
/// a file of a hundred thousand ids, costs no more than a short one.
const MAX_SUGGEST_CHARS: usize = 64;
const MAX_CANDIDATES: usize = 1_000;

/// Edit distance with transpositions (optimal string alignment, the restricted
/// Damerau-Levenshtein): a swap of two neighbouring letters ("hau" for "hua",
/// "dneg" for "deng") is one slip, not two. Both names are short: see `nearest`.
fn distance(a: &[char], b: &[char]) -> usize {
    // Three rows: the one before the previous is needed for a transposition.
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let mut d = (prev[j] + usize::from(ca != cb)).min(prev[j + 1] + 1).min(cur[j] + 1);
            if i > 0 && j > 0 && *ca == b[j - 1] && a[i - 1] == *cb {
                d = d.min(before[j - 1] + 1);
            }
            cur.push(d);
        }
        before = std::mem::replace(&mut prev, cur);
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

#[cfg(test)]
mod tests {
    use super::*;

    fn d(a: &str, b: &str) -> usize {
        distance(&a.chars().collect::<Vec<_>>(), &b.chars().collect::<Vec<_>>())
    }

    #[test]
    fn a_transposition_is_one_slip() {
        assert_eq!(d("hau", "hua"), 1);
        assert_eq!(d("dneg", "deng"), 1);
        assert_eq!(d("stalim", "stalin"), 1);
        assert_eq!(d("abc", "abc"), 0);
        assert_eq!(d("", "abc"), 3);
        assert_eq!(d("ca", "abc"), 3, "optimal string alignment edits no substring twice");
        assert_eq!(nearest("hau", ["hua", "ye", "deng"].into_iter()), Some("hua"));
        assert_eq!(nearest("dneg", ["hua", "ye", "deng"].into_iter()), Some("deng"));
    }
}
