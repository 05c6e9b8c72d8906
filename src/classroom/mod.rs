//! For the classroom (issue 21): the for-and-against evidence log read from a
//! game's typed events, the worksheet it exports, and the printable debrief. All
//! of it is derived from the chronicle and the vote records of a finished (or
//! saved) game: nothing here changes the game.

pub mod chart;
pub mod debrief;
pub mod decisive;
pub mod evidence;
pub mod worksheet;

/// Escapes text for HTML: names and texts come from scenario files, which may
/// be anyone's.
pub fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            c if c.is_control() && c != '\n' => {}
            c => o.push(c),
        }
    }
    o
}

/// The leaders whose claim to lead is weighed: the scenario's contenders.
pub fn contenders(st: &crate::rules::GameState) -> Vec<crate::scenario::CharId> {
    st.ids().filter(|&c| st.scn.def.characters[c].contender).collect()
}
