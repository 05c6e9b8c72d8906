//! The game state: everything that changes during a game, and nothing that does not
//! (that stays in the shared `Scenario`). All randomness comes from `rng`.

use super::chronicle::{Chronicle, Entry, Event, MotionPut};
use super::command::Motion;
pub use super::outcome::Outcome;
use super::rng::GameRng;
use crate::scenario::date::Date;
use crate::scenario::{BlocId, CharId, OfficeId, Rank, Scenario, SessionKind};

use std::sync::Arc;

#[derive(Debug, Clone)]
pub struct CharState {
    pub rank: Rank,
    pub alive: bool,
    pub prestige: i32,
    pub health: i32,
    pub credibility: i32,
    pub nep: i32,
    pub world_revolution: i32,
    pub ap: i32,
    /// Extra action points this turn from events (illness costs some).
    pub ap_bonus: i32,
    pub bloc: Option<BlocId>,
    /// Upheld charges of factionalism.
    pub charges: i32,
    pub recanted: bool,
    /// Cannot be charged or moved down the ladder before this turn.
    pub immune_until: u32,
    /// Speech, article, stance shift already done this turn (bit flags).
    pub done: u8,
    /// How much the party fears him: raised by striking without grounds and by
    /// surprises; fades each turn. The others close ranks against what he moves.
    pub fear: i32,
    /// Fights over the line he lost: grounds the party accepts against him.
    pub discredited: i32,
    /// Recanted, then went back to factional work: never believed again.
    pub double_dealer: bool,
    /// His name for keeping his word in deals, 0..100: kept promises raise it, broken ones cut it.
    pub trust: i32,
    /// Struck down by an event (`Effect::Incapacitate`): he gives no commands until restored.
    pub incapacitated: bool,
}

pub const DONE_SPEECH: u8 = 1;
pub const DONE_ARTICLE: u8 = 2;
pub const DONE_SHIFT: u8 = 4;
pub const DONE_CANVASS: u8 = 8;
pub const DONE_WORLD_SHIFT: u8 = 16;

#[derive(Debug, Clone)]
pub struct RegionState {
    pub secretary: Option<CharId>,
    pub patron: Option<CharId>,
    pub loyalty: i32,
    pub delegates: i32,
    pub cc_seats: i32,
    /// An appointment made this turn: seated at the end of the turn.
    pub pending: Option<Appointment>,
    /// Its secretary was elected by the cells (a canvass): no appointment can
    /// replace him before this turn (`levers.canvass_turns` after the election).
    pub elected_until: u32,
    /// The turn its cells were last canvassed (one canvasser a turn is heard).
    pub canvassed: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Appointment {
    pub secretary: Option<CharId>,
    pub patron: CharId,
    pub by: CharId,
}

#[derive(Debug, Clone)]
pub struct BlocState {
    pub leader: Option<CharId>,
    pub members: Vec<CharId>,
    pub organised: bool,
}

#[derive(Debug, Clone)]
pub struct Economy {
    pub grain: i32,
    pub industry: i32,
    pub peasant_mood: i32,
    pub worker_mood: i32,
}

impl Economy {
    /// 0..100: how the economy is doing overall; 50 is neutral.
    pub fn result(&self) -> i32 {
        (self.grain + self.industry + self.peasant_mood + self.worker_mood) / 4
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TestamentStatus {
    Sealed,
    ReadToDelegations,
    Published,
    Suppressed,
}

/// What a leader did to another this turn: each may be done once a turn per pair,
/// and a leader hears one charge a turn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Touch {
    Courted,
    Attacked,
    Charged,
}

/// A motion waiting for its body to meet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Proposal {
    pub motion: Motion,
    pub proposer: CharId,
}

/// A motion put this turn: unless it was put by surprise, a motion against a
/// leader waits for a later session, so he has a turn to answer it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fresh {
    pub motion: Motion,
    pub surprise: bool,
}

/// An event whose chooser must decide during this turn's commands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingChoice {
    pub event: usize,
    pub chooser: CharId,
    pub chosen: Option<usize>,
}

#[derive(Debug, Clone)]
pub struct GameState {
    pub scn: Arc<Scenario>,
    pub seed: u64,
    /// Stirs the computer's choice noise, and only it: 0 in every game, set by a
    /// search's rollouts so they guess the opponents' next moves afresh rather than
    /// foresee them (`analysis::expert`). Not part of the state's hash.
    pub ai_salt: u64,
    pub rng: GameRng,
    pub turn: u32,
    pub date: Date,
    pub chars: Vec<CharState>,
    /// How each character regards each other: `relations[a * n + b]` is a's view of b.
    pub relations: Vec<i16>,
    pub offices: Vec<Option<CharId>>,
    /// Offices an event created (true) or abolished (false), latest last (`tenure`).
    pub offices_made: Vec<(OfficeId, bool)>,
    pub regions: Vec<RegionState>,
    pub blocs: Vec<BlocState>,
    pub economy: Economy,
    pub line: usize,
    pub line_owners: Vec<CharId>,
    /// Whether the party holds the scenario's doctrine (Socialism in One Country)
    /// rather than its alternative; false where the scenario has none.
    pub one_country: bool,
    /// Who answers for the doctrine the party holds, whichever it is.
    pub doctrine_owners: Vec<CharId>,
    /// The turn the doctrine last changed, if it has.
    pub doctrine_changed: Option<u32>,
    pub testament: TestamentStatus,
    /// Politburo motions to vote this turn; plenum motions wait for the next plenum or congress.
    pub politburo_agenda: Vec<Proposal>,
    pub plenum_agenda: Vec<Proposal>,
    /// Motions dated within the turn (the historical script's): voted at the first session from that month.
    pub agenda_dates: Vec<(Motion, Date)>,
    /// Motions put this turn, for the notice a leader is owed.
    pub fresh: Vec<Fresh>,
    /// Leaders driven down the ladder so far, by their NEP stance when they fell:
    /// each makes the next fall of a man like him easier (`norms::strength_against`).
    pub precedents: Vec<i32>,
    /// An extraordinary session called this turn.
    pub extraordinary: Option<(SessionKind, CharId)>,
    pub co_report: Option<CharId>,
    pub due_events: Vec<usize>,
    pub fired: Vec<bool>,
    /// Each event's answer, once its question was answered (by its chooser or by default).
    pub answered: Vec<Option<usize>>,
    /// Events that have resolved (not merely come due): what a later rule may wait for.
    pub happened: Vec<bool>,
    pub choices: Vec<PendingChoice>,
    /// (actor, target, what) for each leader courted, attacked or charged this turn.
    pub touched: Vec<(CharId, CharId, Touch)>,
    /// The player's character, if any: his fall ends the game.
    pub player: Option<CharId>,
    /// Each turn's power score of every character, for the charts.
    pub power_history: Vec<Vec<i32>>,
    /// Each resolved turn's ranks, to find where a game left the historical path.
    pub rank_history: Vec<Vec<Rank>>,
    pub outcome: Option<Outcome>,
    pub chronicle: Chronicle,
    /// Set when the game began as the historical script up to this date.
    pub history_until: Option<Date>,
    /// How well the computer plays (never part of the rules, so not of the hash:
    /// a replay applies the logged commands and never asks the computer).
    pub difficulty: super::difficulty::Difficulty,
    /// Votes the historical script has recorded totals for, not yet held.
    pub recorded: Vec<(super::command::Motion, crate::scenario::RecordedVote)>,
    /// Every applied command, with its turn: with the scenario and seed, the whole game.
    pub log: Vec<(u32, CharId, super::command::Command)>,
    /// Every deal offered in the game, in order (a deal is named by its index).
    pub deals: Vec<super::pacts::Deal>,
    /// (patron, motion): delegations called in on a motion still waiting.
    pub called_in: Vec<(CharId, Motion)>,
    /// Secret meetings and the understandings they made.
    pub meetings: Vec<super::pacts::Meeting>,
    /// Every change of prestige, regard and loyalty with its cause (`rules::ledger`).
    pub ledger: Vec<super::ledger::Change>,
    /// The cause of the changes being made now.
    pub cause: super::ledger::Cause,
}

impl GameState {
    /// The state at the calendar's first turn; events of the first turn are
    /// announced at once. `GameState::new` (`rules::chapter`) starts every game.
    pub(super) fn fresh(scn: Arc<Scenario>, seed: u64) -> GameState {
        let d = &scn.def;
        let n = d.characters.len();
        let mut relations = vec![0i16; n * n];
        for (a, ch) in d.characters.iter().enumerate() {
            for (other, v) in &ch.relations {
                relations[a * n + scn.cid(other).0] = (*v).clamp(-100, 100) as i16;
            }
        }
        let mut chars: Vec<CharState> = d
            .characters
            .iter()
            .map(|c| CharState {
                rank: c.rank,
                alive: true,
                prestige: c.prestige,
                health: c.health,
                credibility: c.credibility,
                nep: c.nep,
                world_revolution: c.world_revolution,
                ap: 0,
                ap_bonus: 0,
                bloc: None,
                charges: 0,
                recanted: false,
                immune_until: 0,
                done: 0,
                fear: 0,
                discredited: 0,
                double_dealer: false,
                trust: d.balance.deals.start_trust,
                incapacitated: false,
            })
            .collect();
        let blocs = d
            .blocs
            .iter()
            .enumerate()
            .map(|(b, def)| {
                let members: Vec<CharId> = def.members.iter().map(|m| scn.cid(m)).collect();
                for &m in &members {
                    chars[m].bloc = Some(BlocId(b));
                }
                BlocState { leader: def.leader.as_ref().map(|l| scn.cid(l)), members, organised: def.organised }
            })
            .collect();
        let offices = d.offices.iter().map(|o| o.holder.as_ref().map(|h| scn.cid(h))).collect();
        let regions = d
            .regions
            .iter()
            .map(|r| RegionState {
                secretary: r.secretary.as_ref().map(|s| scn.cid(s)),
                patron: r.patron.as_ref().map(|s| scn.cid(s)),
                loyalty: r.loyalty,
                delegates: r.delegates,
                cc_seats: r.cc_seats,
                pending: None,
                elected_until: 0,
                canvassed: None,
            })
            .collect();
        let e = &d.economy;
        let mut st = GameState {
            seed,
            ai_salt: 0,
            rng: GameRng::seeded(seed),
            turn: 0,
            date: d.calendar.start,
            chars,
            relations,
            offices,
            offices_made: vec![],
            regions,
            blocs,
            economy: Economy { grain: e.grain, industry: e.industry, peasant_mood: e.peasant_mood, worker_mood: e.worker_mood },
            line: d.line.start,
            line_owners: d.line.owners.iter().map(|o| scn.cid(o)).collect(),
            one_country: d.doctrine.as_ref().is_some_and(|x| x.adopted),
            doctrine_owners: d.doctrine.iter().flat_map(|x| &x.owners).map(|o| scn.cid(o)).collect(),
            doctrine_changed: None,
            testament: TestamentStatus::Sealed,
            politburo_agenda: vec![],
            plenum_agenda: vec![],
            agenda_dates: vec![],
            fresh: vec![],
            precedents: vec![],
            extraordinary: None,
            co_report: None,
            due_events: vec![],
            fired: vec![false; d.events.len()],
            answered: vec![None; d.events.len()],
            happened: vec![false; d.events.len()],
            choices: vec![],
            touched: vec![],
            player: None,
            power_history: vec![],
            rank_history: vec![],
            outcome: None,
            chronicle: Chronicle::default(),
            log: vec![],
            history_until: None,
            recorded: vec![],
            difficulty: Default::default(),
            deals: vec![],
            called_in: vec![],
            meetings: vec![],
            ledger: vec![],
            cause: Default::default(),
            scn,
        };
        st.sync_patron_offices();
        st.begin_turn();
        st
    }

    /// Every character's id, in the scenario's order.
    pub fn ids(&self) -> impl DoubleEndedIterator<Item = CharId> + Clone + use<> {
        CharId::all(self.chars.len())
    }
    pub fn n(&self) -> usize {
        self.chars.len()
    }
    pub fn rel(&self, a: CharId, b: CharId) -> i32 {
        self.relations[a.0 * self.chars.len() + b.0] as i32
    }
    pub fn active(&self, c: CharId) -> bool {
        self.chars[c].alive && self.chars[c].rank >= Rank::Member
    }
    pub fn same_bloc(&self, a: CharId, b: CharId) -> bool {
        self.chars[a].bloc.is_some() && self.chars[a].bloc == self.chars[b].bloc
    }
    pub fn immune(&self, c: CharId) -> bool {
        self.chars[c].immune_until > self.turn
    }
    /// Full Politburo members who can vote.
    pub fn politburo(&self) -> impl Iterator<Item = CharId> + '_ {
        self.ids().filter(|&c| self.chars[c].alive && self.chars[c].rank == Rank::Politburo)
    }
    pub fn count_rank(&self, r: Rank) -> i32 {
        self.chars.iter().filter(|c| c.alive && c.rank == r).count() as i32
    }
    pub fn is_over(&self) -> bool {
        self.outcome.is_some()
    }
    /// Action points a character gets at the start of a turn.
    pub fn action_points(&self, c: CharId) -> i32 {
        let ch = &self.chars[c];
        if !ch.alive || ch.rank <= Rank::Deported {
            return 0;
        }
        if ch.rank <= Rank::Exiled {
            return 1;
        }
        let offices: i32 = self.offices_of(c).map(|o| self.scn.def.offices[o].action_points).sum();
        (self.scn.def.balance.base_action_points + offices + ch.ap_bonus).max(0)
    }
}

impl MotionPut {
    pub fn of(st: &GameState, proposer: CharId, motion: Motion) -> MotionPut {
        MotionPut { proposer, motion, target_rank: motion.target().map(|t| st.chars[t].rank) }
    }
}

impl GameState {
    /// Records what happened; the event is only built when the chronicle is kept.
    pub fn record(&mut self, event: impl FnOnce(&GameState) -> Event) {
        if self.chronicle.quiet {
            return;
        }
        let event = event(self);
        // Within a turn the chronicle never runs backwards: what follows a session
        // of a later month (the expulsions it caused) carries that month.
        let date = match self.chronicle.entries.last() {
            Some(e) if e.turn == self.turn && e.date > self.date => e.date,
            _ => self.date,
        };
        self.chronicle.entries.push(Entry { date, turn: self.turn, event });
    }
}
