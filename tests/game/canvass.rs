//! Canvassing the cells: the one engine of a contender without the Secretariat.
//! His oratory loosens a rival's delegation; when little loyalty is left the cells
//! elect his man, and the Secretariat cannot appoint over him for a while.

use crate::{game, id};
use politburo::rules::apply::apply;
use politburo::rules::chronicle::Event;
use politburo::rules::command::{Command, CommandError};
use politburo::rules::legality::check;

#[test]
fn the_cells_loosen_then_elect_the_canvassers_man() {
    let mut st = game(3);
    let (trotsky, stalin) = (id(&st, "trotsky"), id(&st, "stalin"));
    let ukraine = st.scn.rid("ukraine");
    let l = st.scn.def.balance.levers.clone();
    assert_eq!(st.regions[ukraine].patron, Some(stalin));
    let before = st.regions[ukraine].loyalty;
    let drop = l.canvass_tenths * st.scn.def.characters[trotsky].traits.oratory / 10;

    apply(&mut st, trotsky, Command::Canvass { region: ukraine }).unwrap();
    assert_eq!(st.regions[ukraine].loyalty, before - drop, "his oratory loosens the delegation");
    assert_eq!(st.regions[ukraine].patron, Some(stalin), "one canvass is not yet an election");
    // Once a turn, whatever points he has left.
    st.chars[trotsky].ap = 3;
    assert_eq!(check(&st, trotsky, &Command::Canvass { region: ukraine }), Err(CommandError::AlreadyDone("one canvass a turn")));

    // Little loyalty left: the cells elect his man.
    st.set_loyalty(ukraine, l.canvass_elect + drop - 1);
    st.chars[trotsky].done = 0;
    st.regions[ukraine].canvassed = None;
    apply(&mut st, trotsky, Command::Canvass { region: ukraine }).unwrap();
    assert_eq!(st.regions[ukraine].patron, Some(trotsky));
    assert_eq!(st.regions[ukraine].loyalty, l.canvass_loyalty);
    assert!(st.chronicle.entries.iter().any(|e| matches!(e.event, Event::Canvassed { elected: true, .. })));

    // The Secretariat cannot appoint over the cells' choice until his term runs out.
    let appoint = Command::Appoint { region: ukraine, person: None };
    assert!(matches!(check(&st, stalin, &appoint), Err(CommandError::NotNow(_))));
    st.turn += l.canvass_turns as u32;
    assert_eq!(check(&st, stalin, &appoint), Ok(()));
}

#[test]
fn no_canvass_of_ones_own_region_or_an_office_bound_one() {
    let st = game(3);
    let (stalin, trotsky) = (id(&st, "stalin"), id(&st, "trotsky"));
    let ukraine = st.scn.rid("ukraine");
    assert_eq!(
        check(&st, stalin, &Command::Canvass { region: ukraine }),
        Err(CommandError::AlreadyDone("its delegation already follows you"))
    );
    // A region whose delegation follows an office's holder has no secretary to unseat.
    if let Some(r) = (0..st.regions.len())
        .map(politburo::scenario::RegionId)
        .find(|&r| st.scn.def.regions[r].patron_office.is_some() && st.regions[r].patron != Some(trotsky))
    {
        assert!(matches!(check(&st, trotsky, &Command::Canvass { region: r }), Err(CommandError::BadTarget(_))));
    }
}

#[test]
fn a_regions_cells_hear_one_canvasser_a_turn() {
    let mut st = game(3);
    let (trotsky, zinoviev) = (id(&st, "trotsky"), id(&st, "zinoviev"));
    let (ukraine, urals) = (st.scn.rid("ukraine"), st.scn.rid("urals"));
    apply(&mut st, trotsky, Command::Canvass { region: ukraine }).unwrap();
    // Three leaders no longer pile into one delegation in a quarter.
    assert_eq!(
        check(&st, zinoviev, &Command::Canvass { region: ukraine }),
        Err(CommandError::AlreadyDone("its cells have heard a canvasser this turn"))
    );
    assert_eq!(check(&st, zinoviev, &Command::Canvass { region: urals }), Ok(()));
    politburo::ai::play_turn(&mut st, None);
    st.end_turn();
    st.chars[zinoviev].ap = st.chars[zinoviev].ap.max(3);
    assert_eq!(check(&st, zinoviev, &Command::Canvass { region: ukraine }).err(), None, "next turn the cells are open again");
}
