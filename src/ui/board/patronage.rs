//! Patronage: every region's secretary, patron, delegates, Central Committee seats
//! and loyalty, the appointment waiting to be seated; and how the Politburo, the
//! Central Committee and a congress would line up if they met today.

use super::parts::{Part, Regions};
use super::{BoardPanels, CenterRoot, StandingParts, Tab};
use crate::rules::patronage::delegates_of;
use crate::rules::victory::{cc_loyal, politburo_loyal, supremacy};
use crate::scenario::CharId;
use crate::ui::theme::{self, BLACK, Face, Fonts, GREY, INK, Narrow, RED, SAND};
use crate::ui::{AppState, Game};
use bevy::prelude::*;

pub fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        rebuild
            .in_set(BoardPanels)
            .run_if(in_state(AppState::Board))
            .run_if(resource_equals(Tab::Patronage))
            .run_if(regions_or_standing_changed.or_else(resource_changed::<Narrow>)),
    );
}

/// Run condition: the tab was switched here, or the regions (secretaries, patrons,
/// appointments waiting, delegates) or the leaders' standing (the loyal shares) changed.
fn regions_or_standing_changed(tab: Res<Tab>, regions: Res<Part<Regions>>, standing: StandingParts) -> bool {
    tab.is_changed() || regions.is_changed() || standing.changed()
}

/// The columns: heading, share of the width, and the least width: the numbers'
/// never lose their headings, a region's name keeps its longest word.
const COLS: [(&str, f32, f32); 6] = [
    ("Region", 124.0, 94.0),
    ("Secretary", 122.0, 0.0),
    ("Patron", 86.0, 0.0),
    ("Deleg.", 48.0, 48.0),
    ("CC", 30.0, 30.0),
    ("Loyal", 52.0, 48.0),
];

/// In a narrow window (a large UI scale) the secretary and his patron share a
/// column, one above the other, so that no name is cut.
const NARROW_COLS: [(&str, f32, f32); 5] =
    [("Region", 124.0, 94.0), ("Secretary / patron", 150.0, 0.0), ("Deleg.", 48.0, 48.0), ("CC", 30.0, 30.0), ("Loyal", 52.0, 48.0)];

/// A cell: its words, colour and face, and a second line (the patron, when narrow).
type Cell = (String, Color, Face, Option<(String, Color)>);

fn rebuild(mut commands: Commands, root: Single<Entity, With<CenterRoot>>, fonts: Res<Fonts>, game: Res<Game>, narrow: Res<Narrow>) {
    let f = &*fonts;
    let cols: &[(&str, f32, f32)] = if narrow.0 { &NARROW_COLS } else { &COLS };
    let st = &game.st;
    let s = &st.scn;
    let me = game.me;
    commands.entity(*root).despawn_children().with_children(|p| {
        p.spawn(f.heading("Patronage · the regions and their secretaries"));
        p.spawn(f.text(
            s.speak("Secretaries choose the delegates; delegates elect the Central Committee. An appointment is seated at the end of the turn and changes the next plenum or congress."),
            Face::Regular,
            13.0,
            GREY,
        ));
        let row = |p: &mut ChildSpawnerCommands, cells: Vec<Cell>, bg: Color, tip: Option<String>| {
            let mut e = p.spawn((Node { flex_shrink: 0.0, max_width: px(900), padding: UiRect::vertical(px(2)), ..default() }, BackgroundColor(bg)));
            if let Some(t) = tip {
                e.insert(theme::Tooltip(t));
            }
            e.with_children(|r| {
                for (i, (text, color, face, below)) in cells.into_iter().enumerate() {
                    r.spawn(
                        // Each column takes its share of the space the tab is given: wider
                        // in a large window, narrower in a small one.
                        Node {
                            flex_basis: px(cols[i].1),
                            flex_grow: cols[i].1,
                            flex_shrink: 1.0,
                            min_width: px(cols[i].2),
                            padding: UiRect::left(px(4)),
                            flex_direction: FlexDirection::Column,
                            overflow: Overflow::clip(),
                            ..default()
                        },
                    )
                    .with_children(|c| {
                        c.spawn(f.text(text, face, 14.0, color));
                        if let Some((text, color)) = below {
                            c.spawn(f.text(text, Face::Regular, 12.0, color));
                        }
                    });
                }
            });
        };
        row(p, cols.iter().map(|(h, _, _)| (h.to_uppercase(), theme::CREAM, Face::Narrow, None)).collect(), BLACK, None);
        for (r, reg) in st.regions.iter().enumerate() {
            let def = &s.def.regions[r];
            let sec = reg.secretary.map(|c| s.short(c).to_string()).unwrap_or_else(|| "a cadre".into());
            let patron = reg.patron.map(|c| s.short(c).to_string()).unwrap_or_else(|| "nobody".into());
            let mine = reg.patron == Some(me);
            // An appointment waiting to be seated shows in place of the secretary.
            let (sec, sec_color, sec_face) = match reg.pending {
                Some(a) => (
                    format!("» {}", a.secretary.map(|c| s.short(c).to_string()).unwrap_or_else(|| format!("{}'s cadre", s.short(a.patron)))),
                    RED,
                    Face::Bold,
                ),
                None => (sec, INK, Face::Regular),
            };
            let bg = if r % 2 == 0 { Color::NONE } else { SAND.with_alpha(0.5) };
            let tip = s.speak(&format!(
                "{}: {} delegates to a congress, {} Central Committee seats, NEP mood {:+}.\nThe delegation follows its patron ({patron}) with loyalty {}; the rest vote their own mind.{}{}",
                def.name,
                reg.delegates,
                reg.cc_seats,
                def.nep_mood,
                reg.loyalty,
                def.patron_office.as_ref().map(|o| format!("\nIts patron is always the holder of {}.", s.def.offices[s.oid(o)].name)).unwrap_or_default(),
                if reg.pending.is_some() { "\nThe new secretary is seated at the end of this turn." } else { "" }
            ));
            let patron_ink = if mine { RED } else { GREY };
            let mut cells: Vec<Cell> = vec![(def.name.clone(), BLACK, Face::Bold, None)];
            if narrow.0 {
                cells.push((sec, sec_color, sec_face, Some((format!("patron {patron}"), patron_ink))));
            } else {
                cells.push((sec, sec_color, sec_face, None));
                cells.push((patron, if mine { RED } else { INK }, if mine { Face::Bold } else { Face::Regular }, None));
            }
            cells.push((reg.delegates.to_string(), INK, Face::Narrow, None));
            cells.push((reg.cc_seats.to_string(), INK, Face::Narrow, None));
            cells.push((format!("{}%", reg.loyalty), INK, Face::Narrow, None));
            row(p, cells, bg, Some(tip));
        }
        p.spawn((Node { margin: UiRect::top(px(10)), ..default() }, children![f.heading("If the bodies met today · loyal share")]));
        // Narrower bars and names in a narrow window, so the delegates' column stays in view.
        let (name_w, bar_w, cc_head) = if narrow.0 { (80.0, 40.0, "CC") } else { (96.0, 80.0, "CENTRAL COMMITTEE") };
        p.spawn((Node { column_gap: px(8), flex_shrink: 0.0, padding: UiRect::vertical(px(1)), ..default() }, BackgroundColor(BLACK))).with_children(|r| {
            for (h, w) in [("CONTENDER", name_w), ("POLITBURO", bar_w + 42.0), (cc_head, bar_w + 42.0), ("DELEGATES", 80.0)] {
                r.spawn((Node { width: px(w), padding: UiRect::left(px(4)), ..default() }, children![f.text(h, Face::Narrow, 13.0, theme::CREAM)]));
            }
        });
        let contenders: Vec<CharId> = st.ids().filter(|&c| s.def.characters[c].contender && st.active(c)).collect();
        let v = &s.def.victory;
        for c in contenders {
            let pb = politburo_loyal(st, c);
            let cc = cc_loyal(st, c);
            let dele = delegates_of(st, c, false);
            let total: i32 = st.regions.iter().map(|r| r.delegates).sum();
            p.spawn((
                Node { column_gap: px(8), align_items: AlignItems::Center, flex_shrink: 0.0, padding: UiRect::vertical(px(1)), ..default() },
                theme::Tooltip(s.speak(&format!(
                    "{}: {pb}% of the Politburo and {cc}% of the Central Committee count as loyal (same bloc, or regard of {} or more). Supremacy needs over {}% and over {}%.\nRegions whose patron he is send {dele} of {total} congress delegates.",
                    s.name(c),
                    v.loyal_relation,
                    v.politburo_loyal_percent,
                    v.cc_loyal_percent
                ))),
            ))
            .with_children(|r| {
                r.spawn((Node { width: px(name_w), padding: UiRect::left(px(4)), ..default() }, children![f.text(s.short(c), Face::Bold, 15.0, if c == me { RED } else { BLACK })]));
                r.spawn(theme::bar(pb, 100, bar_w, 10.0, if pb > v.politburo_loyal_percent { theme::GREEN } else { BLACK }));
                r.spawn((Node { width: px(34), ..default() }, children![f.text(format!("{pb}%"), Face::Narrow, 14.0, BLACK)]));
                r.spawn(theme::bar(cc, 100, bar_w, 10.0, if cc > v.cc_loyal_percent { theme::GREEN } else { BLACK }));
                r.spawn((Node { width: px(34), ..default() }, children![f.text(format!("{cc}%"), Face::Narrow, 14.0, BLACK)]));
                r.spawn(f.text(format!("{dele} of {total}"), Face::Narrow, 14.0, INK));
            });
        }
        let lack = match supremacy(st, me) {
            Ok(r) => format!("You would win now: {}.", crate::narrate::supreme(&st.scn, me, &r)),
            Err(r) => format!("To win you still lack: {}.", crate::narrate::lack(&st.scn, &r)),
        };
        p.spawn((Node { margin: UiRect::top(px(6)), ..default() }, children![f.text(lack, Face::Bold, 14.0, RED)]));
    });
}
