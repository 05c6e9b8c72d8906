//! Offices with several holders (`holders: 4`): each place is a seat of its own,
//! an office of the indexed scenario named `id`, `id#2`, `id#3`... with the same
//! name, powers and weight, so the power score, the powers, the panels and the
//! chronicle read every seat as the office it is. Ids in the file name the office
//! (its first seat); the rules give a free seat of it (`GameState::free_seat`).

use super::{OfficeDef, OfficeId, Scenario};

/// The separator between an office's id and its seat number.
pub const SEAT_MARK: char = '#';

/// Every office of the file with its places as seats (the first keeps the id and
/// `holder`, the others `other_holders` in order). Idempotent: an indexed
/// scenario's offices are all single seats already.
pub fn expand(offices: Vec<OfficeDef>) -> Vec<OfficeDef> {
    let mut out = Vec::with_capacity(offices.len());
    for o in offices {
        let n = o.holders.max(1);
        let others = o.other_holders.clone();
        let mut first = o;
        first.holders = 1;
        first.other_holders = vec![];
        let more: Vec<OfficeDef> = (2..=n)
            .map(|k| OfficeDef { id: format!("{}{SEAT_MARK}{k}", first.id), holder: others.get(k as usize - 2).cloned(), ..first.clone() })
            .collect();
        out.push(first);
        out.extend(more);
    }
    out
}

/// For each office of an indexed scenario, the first seat of its office.
pub fn groups(offices: &[OfficeDef]) -> Vec<OfficeId> {
    let first = |id: &str| id.split(SEAT_MARK).next().unwrap_or(id).to_string();
    offices.iter().map(|o| OfficeId(offices.iter().position(|x| x.id == first(&o.id)).unwrap_or(0))).collect()
}

impl Scenario {
    /// The office seat `o` is a place of (its first seat).
    pub fn office_of_seat(&self, o: OfficeId) -> OfficeId {
        self.seat_group[o.0]
    }
    /// Every seat of the office seat `o` belongs to, in order (one for most offices).
    pub fn seats(&self, o: OfficeId) -> impl Iterator<Item = OfficeId> + '_ {
        let g = self.office_of_seat(o);
        OfficeId::all(self.seat_group.len()).filter(move |&x| self.seat_group[x.0] == g)
    }
    /// Is it an office several hold at once?
    pub fn is_shared(&self, o: OfficeId) -> bool {
        self.seats(o).nth(1).is_some()
    }
}
