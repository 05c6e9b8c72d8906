//! Months since year 0: the calendar's only unit. Written `"1925-10"` in RON.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub i32);

const MONTHS: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

impl Date {
    pub fn new(year: i32, month: u32) -> Date {
        Date(year * 12 + month as i32 - 1)
    }
    pub fn year(self) -> i32 {
        self.0.div_euclid(12)
    }
    /// 1..=12
    pub fn month(self) -> u32 {
        self.0.rem_euclid(12) as u32 + 1
    }
    pub fn plus_months(self, m: i32) -> Date {
        Date(self.0 + m)
    }
    /// "1925-10"
    pub fn iso(self) -> String {
        format!("{}-{:02}", self.year(), self.month())
    }
    /// "October 1925"
    pub fn long(self) -> String {
        format!("{} {}", MONTHS[self.month() as usize - 1], self.year())
    }
    pub fn parse(s: &str) -> Option<Date> {
        let (y, m) = s.split_once('-')?;
        if y.len() != 4 || m.len() != 2 {
            return None;
        }
        let y: i32 = y.parse().ok()?;
        let m: u32 = m.parse().ok()?;
        (1..=12).contains(&m).then(|| Date::new(y, m))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.iso())
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.iso())
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse(&s)
            .ok_or_else(|| serde::de::Error::custom(format!("expected a date written \"YYYY-MM\" such as \"1925-10\", found \"{s}\"")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn parses_and_prints() {
        let d = Date::parse("1925-10").unwrap();
        assert_eq!(d.year(), 1925);
        assert_eq!(d.month(), 10);
        assert_eq!(d.iso(), "1925-10");
        assert_eq!(d.long(), "October 1925");
        assert_eq!(d.plus_months(3).iso(), "1926-01");
        assert!(Date::parse("1925-13").is_none());
        assert!(Date::parse("25-10").is_none());
    }
}
