//! The rules in the game's own words: what every kind of action does, what it
//! costs, what it changes and the rule behind it, with the scenario's numbers;
//! and a glossary of offices, bodies, the ladder and the Testament. Plain
//! functions, read by the terminal's `help ACTION` and `why N`, and by the window.

use crate::rules::command::Command;
use crate::scenario::{CharId, Scenario};

/// One action kind's help.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionHelp {
    /// The kind's name, as typed at the terminal (`court`, `propose`).
    pub kind: &'static str,
    pub title: String,
    pub what: String,
    pub cost: String,
    pub effects: String,
    pub rule: String,
}

impl ActionHelp {
    /// The help as lines of text.
    pub fn lines(&self) -> Vec<String> {
        vec![
            format!("{} (`{}`)", self.title, self.kind),
            format!("  What it does: {}", self.what),
            format!("  Cost: {}", self.cost),
            format!("  Effects: {}", self.effects),
            format!("  The rule: {}", self.rule),
        ]
    }
}

/// Every action kind, in the order of the list of actions.
pub const KINDS: [&str; 26] = [
    "choose",
    "answer",
    "speech",
    "article",
    "shift",
    "shift-world",
    "appoint",
    "canvass",
    "propose",
    "surprise",
    "plenum",
    "coreport",
    "offer",
    "callin",
    "meet",
    "court",
    "attack",
    "form",
    "join",
    "leave",
    "platform",
    "charge",
    "recant",
    "resign",
    "testament",
    "suppress",
];

/// The kind of a command, one of `KINDS`.
pub fn kind(cmd: &Command) -> &'static str {
    match cmd {
        Command::Choose { .. } => "choose",
        Command::AnswerDeal { .. } => "answer",
        Command::Speech => "speech",
        Command::Article => "article",
        Command::ShiftStance { .. } => "shift",
        Command::ShiftWorldStance { .. } => "shift-world",
        Command::Appoint { .. } => "appoint",
        Command::Canvass { .. } => "canvass",
        Command::Propose(_) => "propose",
        Command::Surprise(_) => "surprise",
        Command::CallPlenum => "plenum",
        Command::CoReport => "coreport",
        Command::OfferDeal { .. } => "offer",
        Command::CallInLoyalty { .. } => "callin",
        Command::MeetSecretly { .. } => "meet",
        Command::Court { .. } => "court",
        Command::Attack { .. } => "attack",
        Command::FormBloc { .. } => "form",
        Command::JoinBloc { .. } => "join",
        Command::LeaveBloc => "leave",
        Command::PublishPlatform => "platform",
        Command::Charge { .. } => "charge",
        Command::Recant => "recant",
        Command::Resign { .. } => "resign",
        Command::PublishTestament => "testament",
        Command::SuppressTestament => "suppress",
    }
}

fn ap(n: i32) -> String {
    super::count(n, "action point", "action points")
}

fn turns<N: TryInto<i64> + Copy + std::fmt::Display>(n: N) -> String {
    super::count(n, "turn", "turns")
}

/// The help for an action kind (one of `KINDS`, or a command's first word), with
/// the scenario's numbers, in the scenario's words.
pub fn action(s: &Scenario, kind: &str) -> Option<ActionHelp> {
    if s.def.testament.is_none() && matches!(kind, "testament" | "suppress") {
        return None;
    }
    let h = written(s, kind)?;
    Some(ActionHelp {
        title: s.speak(&h.title),
        what: s.speak(&h.what),
        cost: s.speak(&h.cost),
        effects: s.speak(&h.effects),
        rule: s.speak(&h.rule),
        ..h
    })
}

/// The help as written, in 1924's words.
fn written(s: &Scenario, kind: &str) -> Option<ActionHelp> {
    let b = &s.def.balance;
    let c = &b.costs;
    let d = &b.deals;
    let n = &b.norms;
    let t = s.def.testament.as_ref();
    let named = t.map(|t| s.name(s.cid(&t.names)).to_string()).unwrap_or_else(|| "the man it names".into());
    let h = |kind, title: &str, what: String, cost: String, effects: String, rule: String| ActionHelp {
        kind,
        title: title.to_string(),
        what,
        cost,
        effects,
        rule,
    };
    Some(match kind {
        "choose" => h("choose", "Answer an event's question", "an event that falls this turn asks you, as its chooser, how to face it; each choice is listed under Decide.".into(), "free.".into(), "the choice's own effects (prestige, regard, credibility...), applied when the event resolves after the commands.".into(), "left unanswered, the event takes the choice the computer would most often make.".into()),
        "answer" => h("answer", "Accept or refuse a deal offered to you", "another leader offered you something for your vote or for joining his bloc; the list shows what it is worth to you by the rules' own reckoning.".into(), "free.".into(), format!("accepted, you are both bound for {}: your promised vote leans {} toward what you promised.", turns(d.term_turns), d.promise_weight), format!("breaking your word costs you {} of the wronged man's regard, {} of everyone else's and {} trust (your next offers are worth less).", d.broken_regard, d.broken_regard_others, d.broken_trust)),
        "speech" => h("speech", "Give a speech", "speak to the party: your prestige rises.".into(), format!("{}, once a turn.", ap(c.speech)), format!("prestige +{} × (5 + oratory) / 10 × (40 + credibility) / 100, less the higher you already stand (× (110 − prestige) / 60), at least +1.", b.speech_prestige), "prestige counts in every vote against a man and in the power score; it fades back toward 40 each turn.".into()),
        "article" => h("article", "Write an article", "write in the press: your prestige rises.".into(), format!("{}, once a turn.", ap(c.article)), format!("like a speech with base +{}, by the better of oratory and cunning, +2 if you hold the press.", b.article_prestige), "prestige counts in every vote against a man and in the power score.".into()),
        "shift" => h("shift", "Shift your stance", format!("move your stance on {} one step toward it or against it.", s.def.line.stance), format!("{}, once a turn.", ap(c.shift_stance)), format!("stance ±{}, credibility −{} (speeches and attacks land less well).", b.stance_step, b.stance_credibility_cost), "voters and delegations lean toward a line near their own stance; the line's owners rise and fall with the economy, and those far from it gain when it fails.".into()),
        "shift-world" => h("shift-world", "Shift your stance on world revolution", "move your stance on world revolution one step toward Permanent Revolution or toward Socialism in One Country.".into(), format!("{}, once a turn; only where the scenario lets the stance move.", ap(c.shift_stance)), format!("stance ±{}, credibility −{}.", b.levers.world_stance_step, b.levers.world_stance_cost), format!("voters lean by the gap between stances on motions against a man or for a post ({}% of it) and by the distance from each doctrine on a motion to adopt or abandon one ({}%); the world's events move prestige with the stance.", b.levers.internationalism_percent, b.levers.doctrine_lean_percent)),
        "appoint" => h("appoint", "Appoint a regional secretary", "name the secretary of a region: a loyal cadre of the apparatus, or a named leader.".into(), format!("{}; needs the power to appoint secretaries (the General Secretary's).", ap(c.appoint)), format!("you become the region's patron: its Central Committee seats and congress delegates vote as you lean, weighted by its loyalty (a cadre starts at {}, a named man at 90, ± your administration).", b.appointee_loyalty), "the secretary is seated at the END of the turn: it changes the next plenum or congress, never this turn's. Patronage is the engine of the game.".into()),
        "canvass" => h("canvass", "Canvass a region's party cells", "speak to a region's cells over its secretary's head.".into(), format!("{}, once a turn; a member of the Central Committee; a region's cells hear one canvasser a turn.", ap(c.canvass)), format!("its delegation's loyalty to its patron falls by {} tenths of a point per point of your oratory; below {} the cells elect a secretary of yours and you become its patron (loyalty {}). The General Secretary can appoint a new secretary again.", b.levers.canvass_tenths, b.levers.canvass_elect, b.levers.canvass_loyalty), "the one engine of a man without the Secretariat: loosened delegations vote their own mind, and at a congress the orators sway them. It is factional work: after a recantation it makes you a double-dealer.".into()),
        "propose" => h("propose", "Propose a motion", "put a question to the body that decides it: the line, a post, a promotion, or a rung of the ladder against a man.".into(), format!("{}.", ap(c.propose)), "the vote's result: a new line, a post filled, a man promoted or moved down the ladder. `why N` shows the odds voter by voter.".into(), format!("the Politburo decides the line, posts and exile the same turn; a plenum or congress decides the rest. A motion striking at a man waits a turn (notice), and without grounds (charges, a lost fight over the line, the Testament) it costs you up to {} prestige and makes the others fear you.", n.prestige_cost)),
        "surprise" => h("surprise", "Put a motion without notice", "spring a motion against a man on this turn's session, before he can answer (the Secretariat sets the agenda).".into(), format!("{}; needs the power to set the agenda.", ap(c.surprise)), format!("the vote is held this turn; it costs {} prestige and adds {} to the party's fear of you.", n.surprise_prestige, n.surprise_fear), "notice is the norm: a man struck at is owed a turn to answer.".into()),
        "plenum" => h("plenum", "Call an extraordinary plenum", "convene the Central Committee this turn, to decide what waits for a plenum now.".into(), format!("{}; full Politburo members only.", ap(c.call_plenum)), "the plenum votes at the end of this turn on every motion waiting for it.".into(), "the plenum decides promotions, demotions and removals from the Politburo; its regional seats follow their patrons.".into()),
        "coreport" => h("coreport", "Deliver a co-report", "answer the Central Committee's report at this turn's congress with your faction's own.".into(), format!("{}; the leader of an organised faction, at a congress.", ap(c.co_report)), format!("if the congress backs the Central Committee, its reporter gains {p} prestige and your faction loses {p} and takes a charge each; if it backs you, you gain {}, the reporter loses as much, the line moves your way and the congress votes on making you General Secretary.", 2 * b.co_report_prestige, p = b.co_report_prestige), "an open challenge to the majority: after a recantation it makes you a double-dealer.".into()),
        "offer" => h("offer", "Offer a deal", "offer a leader a post, your vote on the line or your protection, for his vote on a waiting motion or for joining your bloc.".into(), format!("{}.", ap(d.offer_cost)), format!("he answers by his interest (`why N` shows the reckoning); accepted, you are both bound for {}.", turns(d.term_turns)), format!("a broken promise costs the breaker {} of the other's regard and {} trust.", d.broken_regard, d.broken_trust)),
        "callin" => h("callin", "Call in your delegations", "on a motion waiting for a plenum or congress, make the delegations you are patron of follow you more faithfully.".into(), format!("{}.", ap(d.call_in_cost)), format!("+{} loyalty on that vote; afterwards each of your regions loses {} loyalty.", d.call_in_loyalty, d.call_in_loyalty_cost), "delegations follow their patron's lean by their loyalty; called in, a close vote is yours.".into()),
        "meet" => h("meet", "Meet a leader in secret", "an understanding on the votes with a leader who regards you well enough.".into(), format!("{}.", ap(d.meet_cost)), format!("+{} regard both ways, and each leans {} toward the other's motions for {}.", d.meet_regard, d.meet_cohesion, turns(d.meet_turns)), format!("{}% chance it leaks: both lose {} prestige and take {}.", d.leak_percent, d.leak_prestige, super::count(d.leak_charges, "charge", "charges"))),
        "court" => h("court", "Court a leader", "flatter and favour a leader: he thinks better of you.".into(), format!("{}, once a turn per leader.", ap(c.court)), format!("his regard for you +{} × (5 + your cunning) / 10; yours for him half that.", b.court_relation), "a voter leans toward motions of those he regards, and against motions aimed at them; loyal men (regard high enough) count toward your supremacy.".into()),
        "attack" => h("attack", "Attack a leader in the press", "denounce a rival: his prestige falls.".into(), format!("{}, once a turn per leader.", ap(c.attack)), format!("his prestige −{} × (5 + your oratory) / 10 (+2 if you hold the press) × (50 + credibility) / 100; his regard for you −{}, yours for him half that.", b.attack_prestige, b.attack_relation), "the gap in prestige between mover and target counts in every vote on the ladder.".into()),
        "form" => h("form", "Form a bloc", "found one of the scenario's blocs, with you as its leader.".into(), format!("{}.", ap(c.form_bloc)), "members lean toward each other's motions and against motions aimed at a bloc-mate.".into(), format!("an informal bloc is no crime; it adds {} to a member's inclination (an organised faction {}).", b.bloc_cohesion, b.organised_cohesion)),
        "join" => h("join", "Join a bloc", "join a bloc whose leader does not dislike you.".into(), format!("{}.", ap(c.join_bloc)), "its members think better of you (+10 each way) and vote with you.".into(), "joining an organised faction after a recantation makes you a double-dealer.".into()),
        "leave" => h("leave", "Leave your bloc", "walk out of your bloc.".into(), format!("{}.", ap(c.leave_bloc)), "the members you leave resent it (−15 regard).".into(), "a bloc left by its leader passes to its most prestigious member.".into()),
        "platform" => h("platform", "Publish your bloc's platform", "turn your bloc into an organised faction: it votes as one.".into(), format!("{}. IRREVERSIBLE: asks to confirm.", ap(c.publish_platform)), format!("members vote together (cohesion {}) and gain a little prestige; the others resent it.", b.organised_cohesion), format!("it breaks the ban on factions: every member can be charged with factionalism, and {} charges put expulsion from the Central Committee in order, {} from the party.", b.charges_to_expel_from_cc, b.charges_to_expel_from_party)),
        "charge" => h("charge", "Charge with factionalism", "charge a member of an organised faction.".into(), format!("{}.", ap(c.charge)), format!("his prestige −{}, his regard for you −20, one charge more on his record.", b.charge_prestige), "charges are grounds: they let the party move against him down the ladder, and each counts in the votes.".into()),
        "recant" => h("recant", "Recant your errors", "capitulate to the majority.".into(), format!("{}. IRREVERSIBLE: asks to confirm.", ap(c.recant)), format!("prestige −{}, credibility −10, everyone's regard for you −{}; the motions against you lapse and none may be put for {}; your charges stay on record.", b.recant_prestige, n.recant_regard, turns(b.recant_immunity_turns)), "the slide down the ladder stops; go back to faction work and you are a double-dealer, grounds for ever.".into()),
        "resign" => h("resign", "Resign a post", "give up one of your offices; it stays vacant until a vote fills it.".into(), "free. IRREVERSIBLE: asks to confirm.".into(), "you lose the office's power, prestige each turn and weight in the power score.".into(), "a post is filled only by a vote (a motion to make someone its holder).".into()),
        "testament" => {
            let (what, effects, waits) = match t {
                Some(t) => (
                    format!("make public {}{}: it judges {}, and advises taking {} from {named}.", t.title, if t.letter.is_empty() { String::new() } else { format!(", {}", t.letter) }, super::testament::judged_names(s, t), super::testament::post(s, t)),
                    format!("each man it judges loses prestige: {} ({} if it had been suppressed); {named} thinks far worse of you (−40).", super::testament::costs(s, t, false), super::testament::costs(s, t, true)),
                    super::testament::waits(s, t),
                ),
                None => ("make public the scenario's compromising letter.".into(), "the men it judges lose prestige.".into(), String::new()),
            };
            h("testament", "Publish Lenin's Testament", what, format!("{}; its keeper must regard you well enough to hand it over; the man it advises removing cannot publish it.{waits} IRREVERSIBLE: asks to confirm.", ap(c.publish_testament)), effects, format!("once published it is grounds against {named} for the post it names, and every vote to take that post from him leans toward yes."))
        }
        "suppress" => h("suppress", "Suppress Lenin's Testament", "keep the letter from the party.".into(), format!("{}; the man it advises removing or the General Secretary.{} IRREVERSIBLE: asks to confirm.", ap(c.suppress_testament), t.map(|t| super::testament::waits(s, t)).unwrap_or_default()), "credibility −5; its keeper thinks worse of you (−20).".into(), "if it is published later anyway, every man it judges loses less.".into()),
        _ => return None,
    })
}

/// The glossary: offices, bodies, the ladder, the Testament, and the words of the board.
pub fn glossary(s: &Scenario) -> Vec<(String, String)> {
    let v = &s.def.victory;
    // A leader of this scenario for the examples (a contender, not the first).
    let example = CharId::all(s.def.characters.len())
        .filter(|&c| s.def.characters[c].contender)
        .nth(1)
        .map_or("his regard for you".to_string(), |c| format!("{}'s regard for you", s.short(c)));
    // The scenario's words for its bodies; the rest of each line is the rules'.
    let w = |t: &str| s.speak(t);
    let mut g: Vec<(String, String)> = vec![
        (
            w("Politburo"),
            w("the few full members who decide the line, posts and exile every turn, one vote each; candidates sit without a vote."),
        ),
        (
            w("Central Committee (plenum)"),
            w("named members and each region's seats; it decides promotions, demotions and removals from the Politburo when it meets."),
        ),
        (
            w("Joint plenum"),
            w("the plenum with the Control Commission: it expels from the Central Committee (by a qualified majority) and from the party."),
        ),
        (
            w("Congress"),
            w(
                "the regions' delegates: everything waiting for a plenum, and the Central Committee's report (a co-report may challenge it).",
            ),
        ),
        (
            w("Patron"),
            w("the leader a region's secretary answers to: its seats and delegates vote as he leans, weighted by the region's loyalty."),
        ),
        (w("Loyalty"), w("how faithfully a region's delegation follows its patron (0 to 100); the rest of its vote follows its own view.")),
        (
            w("Prestige"),
            w(
                "a leader's standing with the party (0 to 100): it counts in every vote against him and in his power; it fades toward 40 each turn, offices add to it.",
            ),
        ),
        (
            w("Regard"),
            format!(
                "what one leader thinks of another (−100 to 100), always someone's regard FOR someone: '{example}'. Voters lean with it."
            ),
        ),
        (w("Credibility"), w("how far your words carry: shifting your stance or recanting costs it; it recovers each turn.")),
        (
            w("Power"),
            w("prestige + the weight of your offices + a quarter of the loyal share of the Politburo and of the Central Committee."),
        ),
        (
            w("The line"),
            format!(
                "the party's economic policy, from \"{}\" to \"{}\"; its owners rise and fall with the economy.",
                s.def.line.levels.first().map_or("", |l| l.as_str()),
                s.def.line.levels.last().map_or("", |l| l.as_str())
            ),
        ),
        (
            w("Bloc and faction"),
            w(
                "a bloc is an informal group that votes together; publishing a platform makes it an organised faction, which breaks the ban: its members can be charged.",
            ),
        ),
        (
            w("The ladder"),
            w(
                "off the Politburo → off the Central Committee → out of the party → internal exile → deportation. Each step needs the one before; charges put the lower rungs in order. Recanting stops the slide for a while.",
            ),
        ),
        (
            w("Grounds and notice"),
            w(
                "the party's norms: a motion against a leader needs grounds (charges, a lost fight over the line, the Testament) or it costs its mover; and it waits a turn so he can answer, unless the Secretariat springs it by surprise.",
            ),
        ),
        (
            w("Winning"),
            w(&format!(
                "hold {} with over {}% of the Politburo and over {}% of the Central Committee loyal, and every rival contender out of the Politburo. If no one manages it by {}, the strongest leads a collective leadership. You lose only if you are expelled, exiled or dead.",
                v.seat_offices.iter().map(|o| s.def.offices[s.oid(o)].name.as_str()).collect::<Vec<_>>().join(" or "),
                v.politburo_loyal_percent,
                v.cc_loyal_percent,
                s.def.calendar.end.long()
            )),
        ),
    ];
    if let Some(t) = &s.def.testament {
        g.push((
            "The Testament".into(),
            format!(
                "{}{}, kept by {}. It judges {}, and advises taking {} from {}: read to the delegations or published, it is grounds against him for that post. Published, it costs {}.{}",
                t.title,
                if t.letter.is_empty() { String::new() } else { format!(", {}", t.letter) },
                s.name(s.cid(&t.keeper)),
                super::testament::judged_names(s, t),
                super::testament::post(s, t),
                s.short(s.cid(&t.names)),
                super::testament::costs(s, t, false),
                super::testament::waits(s, t),
            ),
        ));
    }
    for o in &s.def.offices {
        g.push((o.name.clone(), format!("an office (prestige +{} a turn to its holder, weight {} in his power).", o.prestige, o.weight)));
    }
    g
}
