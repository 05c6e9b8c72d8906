//! Sweeps of the balance: the same games with one number of the scenario moved,
//! to see how much a result hangs on it (`analyze --sweep PATH=V1,V2` and
//! `analyze --sweep-all PERCENT`). A number is named by its path in the scenario
//! file: `balance.norms.strength`, `economy.crisis_grain`, `testament.advice`.

use crate::scenario::Scenario;
use serde_json::Value;

/// The parts of the scenario whose numbers a sweep may move.
const PARTS: [&str; 3] = ["balance", "economy", "testament"];

fn part(scn: &Scenario, name: &str) -> Option<Value> {
    let d = &scn.def;
    match name {
        "balance" => serde_json::to_value(&d.balance).ok(),
        "economy" => serde_json::to_value(&d.economy).ok(),
        "testament" => d.testament.as_ref().and_then(|t| serde_json::to_value(t).ok()),
        _ => None,
    }
}

/// Every integer the sweepable parts hold, with its path and value, by path.
pub fn numbers(scn: &Scenario) -> Vec<(String, i64)> {
    fn walk(v: &Value, path: &str, out: &mut Vec<(String, i64)>) {
        match v {
            Value::Object(m) => {
                for (k, x) in m {
                    walk(x, &format!("{path}.{k}"), out);
                }
            }
            Value::Number(n) => {
                if let Some(i) = n.as_i64() {
                    out.push((path.to_string(), i));
                }
            }
            _ => {}
        }
    }
    let mut out = vec![];
    for p in PARTS {
        if let Some(v) = part(scn, p) {
            walk(&v, p, &mut out);
        }
    }
    out
}

/// The scenario with the number at `path` set to `value`; an error names a path
/// that holds no number, or a value the field cannot take.
pub fn with(scn: &Scenario, path: &str, value: i64) -> Result<Scenario, String> {
    let mut keys = path.split('.');
    let head = keys.next().unwrap_or_default();
    let mut root = part(scn, head).ok_or_else(|| format!("\"{path}\": a sweep moves numbers under {}", PARTS.join(", ")))?;
    let mut at = &mut root;
    for k in keys {
        at = at.get_mut(k).ok_or_else(|| format!("\"{path}\": no field \"{k}\" there"))?;
    }
    if !at.is_number() {
        return Err(format!("\"{path}\" is not a number"));
    }
    *at = Value::from(value);
    let mut out = scn.clone();
    let bad = |e: serde_json::Error| format!("\"{path}\" = {value}: {e}");
    match head {
        "balance" => out.def.balance = serde_json::from_value(root).map_err(bad)?,
        "economy" => out.def.economy = serde_json::from_value(root).map_err(bad)?,
        _ => out.def.testament = Some(serde_json::from_value(root).map_err(bad)?),
    }
    Ok(out)
}

/// `PATH=V1,V2,...` from the command line.
pub fn parse(s: &str) -> Result<(String, Vec<i64>), String> {
    let (path, values) = s.split_once('=').ok_or("expected PATH=V1,V2 (e.g. balance.norms.strength=80,100,120)")?;
    let values: Result<Vec<i64>, _> = values.split(',').map(|v| v.trim().parse::<i64>()).collect();
    let values = values.map_err(|e| format!("{s}: {e}"))?;
    Ok((path.trim().to_string(), values))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::default_scenario_path;

    #[test]
    fn a_number_is_moved_and_a_bad_path_is_named() {
        let scn = Scenario::load(&default_scenario_path()).unwrap();
        let all = numbers(&scn);
        assert!(all.iter().any(|(p, _)| p == "balance.norms.strength"));
        assert!(all.iter().any(|(p, _)| p == "testament.advice"));
        let moved = with(&scn, "balance.norms.strength", 7).unwrap();
        assert_eq!(moved.def.balance.norms.strength, 7);
        assert_eq!(with(&scn, "testament.advice", 52).unwrap().def.testament.unwrap().advice, 52);
        assert!(with(&scn, "balance.nonsense", 1).unwrap_err().contains("no field \"nonsense\""));
        assert!(with(&scn, "balance.costs.recant", -1).is_ok());
        assert!(with(&scn, "balance.recant_immunity_turns", -1).is_err(), "a count cannot be negative");
        assert_eq!(parse("balance.vote.scale=20,30").unwrap(), ("balance.vote.scale".to_string(), vec![20, 30]));
    }
}
