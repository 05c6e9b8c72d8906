//! A chapter's words: the question and the situation at its opening, and its
//! answer at the end (the first of its endings that holds).

use crate::rules::GameState;

/// The opening card: "Chapter 2: ... The question: ... The situation: ...".
pub fn opening(st: &GameState) -> Option<String> {
    let ch = st.scn.def.chapter.as_ref()?;
    let mut s = format!("{}\nThe question: {}\n", st.scn.def.name, ch.question);
    if !ch.situation.is_empty() {
        s.push_str(&format!("{}\n", ch.situation));
    }
    s.push_str(&format!("The chapter runs from {} to {}.", st.date.long(), crate::rules::chapter::end(&st.scn).long()));
    Some(s)
}

/// The chapter's answer as the game ended: "Stalin keeps the Secretariat (as in history): ...".
pub fn answer(st: &GameState) -> Option<String> {
    let e = crate::rules::chapter::ending(st)?;
    let hist = if e.historical { " (as in history)" } else { " (not as in history)" };
    Some(format!("{}{hist}: {}", e.title, e.text))
}
