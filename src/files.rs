//! Files the game does not trust and files it must not lose. Every save, scenario,
//! settings file and line of stdin may come from a stranger: each is read through
//! a size limit, and only from a regular file (a FIFO would block for ever, a
//! device such as `/dev/zero` never ends). Every file the game writes goes to a
//! fresh temporary file beside its target, is synced and then renamed over it, so
//! a crash, a full disk or a second writer never leaves half a file. The lowest
//! layer: it knows nothing of the game.

use std::fs::{File, Metadata};
use std::io::{self, BufRead, Read, Write};
use std::path::Path;

/// A save holds a seed and the commands played: a long game is under 1 MiB.
pub const MAX_SAVE_BYTES: u64 = 16 * 1024 * 1024;
/// `settings.ron` holds two values.
pub const MAX_SETTINGS_BYTES: u64 = 64 * 1024;
/// A command typed at `politburo play` is a few words.
pub const MAX_LINE_BYTES: usize = 4096;

fn refused(message: String) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidInput, message)
}

/// Only a regular file is read: a folder, a FIFO, a socket or a device is refused
/// by name before anything is opened (opening a FIFO blocks until a writer comes).
fn regular(m: &Metadata) -> io::Result<()> {
    if m.is_dir() {
        return Err(refused("this is a folder, not a file".into()));
    }
    if !m.is_file() {
        return Err(refused(
            "this is not a regular file (a pipe, a device or a socket): it is not read, as it could block or never end".into(),
        ));
    }
    Ok(())
}

fn too_big(len: u64, limit: u64) -> io::Error {
    refused(format!("the file is larger than the {} KiB allowed ({} KiB or more)", limit / 1024, len.div_ceil(1024)))
}

/// The whole of a regular file of at most `limit` bytes. The size on disk is
/// checked first, and the read itself stops one byte past the limit, since the
/// size may lie (a file still growing).
pub fn read_limited(path: &Path, limit: u64) -> io::Result<Vec<u8>> {
    let meta = std::fs::metadata(path)?;
    regular(&meta)?;
    if meta.len() > limit {
        return Err(too_big(meta.len(), limit));
    }
    let f = File::open(path)?;
    // The path may have been swapped between the look and the open.
    regular(&f.metadata()?)?;
    let mut bytes = Vec::new();
    f.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(too_big(bytes.len() as u64, limit));
    }
    Ok(bytes)
}

/// `read_limited` as UTF-8 text; invalid text is refused with the line and column
/// of its first bad byte.
pub fn read_text_limited(path: &Path, limit: u64) -> io::Result<String> {
    String::from_utf8(read_limited(path, limit)?).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let prefix = std::str::from_utf8(&e.as_bytes()[..valid]).unwrap_or_default();
        let line = prefix.matches('\n').count() + 1;
        let column = prefix.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        io::Error::new(io::ErrorKind::InvalidData, format!("{line}:{column}: the file is not valid UTF-8 text"))
    })
}

/// Writes `bytes` to `path` so that the file is always either the old one or the
/// new one, whole: a temporary file with a unique name in the same folder (never a
/// fixed `name.tmp` another writer or a planted link could share), written,
/// synced, renamed over the target. The target is never followed if it is a
/// symbolic link, and a folder, a device or a read-only file is refused with the
/// reason, not replaced. The temporary file is removed on any failure.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => {
            return Err(refused("this is a symbolic link: the game does not write through links; give the real path".into()));
        }
        Ok(m) if m.is_dir() => return Err(refused("this is a folder: give a file name".into())),
        Ok(m) if !m.is_file() => return Err(refused("this is not a regular file: it is left as it is".into())),
        Ok(m) if m.permissions().readonly() => {
            return Err(io::Error::new(io::ErrorKind::PermissionDenied, "the file is read-only: it is left as it is"));
        }
        Ok(_) => {}
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(e),
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new().prefix(".politburo-").suffix(".tmp").tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    // The rename itself is made durable by syncing the folder (where the system allows it).
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// One line of input, read through `MAX_LINE_BYTES`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line {
    /// A line of text, without its line ending.
    Text(String),
    /// A line longer than the limit: read to its end and dropped.
    TooLong,
    /// A line that is not UTF-8 text: dropped, and the input goes on.
    NotText,
    /// A line that runs on past `ENDLESS_LINES` times the limit without ending
    /// (`/dev/zero`): the input is not lines of text, and reading stops.
    Endless,
    /// The input has ended.
    End,
}

/// How many times the limit a line too long is read on, looking for its end,
/// before the input is taken for endless.
pub const ENDLESS_LINES: usize = 64;

/// The next line of `input`, never holding more than `limit` bytes of it in memory
/// however long the line, nor reading for ever (`/dev/zero` is one endless line).
pub fn read_line(input: &mut impl BufRead, limit: usize) -> io::Result<Line> {
    let mut line = Vec::new();
    let mut over = false;
    let mut any = false;
    let mut read = 0usize;
    loop {
        let buf = match input.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if buf.is_empty() {
            break;
        }
        any = true;
        let (chunk, done) = match buf.iter().position(|&b| b == b'\n') {
            Some(i) => (&buf[..i], Some(i + 1)),
            None => (buf, None),
        };
        if !over {
            if line.len() + chunk.len() > limit {
                over = true;
                line.clear();
            } else {
                line.extend_from_slice(chunk);
            }
        }
        let used = done.unwrap_or(buf.len());
        input.consume(used);
        read = read.saturating_add(used);
        if done.is_some() {
            break;
        }
        if over && read > limit.saturating_mul(ENDLESS_LINES) {
            return Ok(Line::Endless);
        }
    }
    if !any {
        return Ok(Line::End);
    }
    if over {
        return Ok(Line::TooLong);
    }
    if line.last() == Some(&b'\r') {
        line.pop();
    }
    Ok(String::from_utf8(line).map_or(Line::NotText, Line::Text))
}

/// `s` without control characters (an escape sequence from a scenario could
/// clear or rewrite the player's terminal); a line break becomes a space, a tab stays.
pub fn printable(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(|c| c.is_control() && c != '\t') {
        return s.into();
    }
    s.chars().filter_map(|c| if c == '\n' { Some(' ') } else { (!c.is_control() || c == '\t').then_some(c) }).collect::<String>().into()
}
