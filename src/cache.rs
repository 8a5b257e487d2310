//! The compiled gazetteer cache: the loaded gazetteer and the tagger's
//! tables (every name spelled out and folded) kept on disk, so a command
//! starts without parsing YAML or generating names.
//!
//! A cache file is named by, and starts with, a SHA-256 key over this
//! binary (its version and its file's size and time), the cache format,
//! the built-in files and every user file's path and text: a changed file
//! or a rebuilt binary picks another key, so stale data is never read. The
//! payload carries its own SHA-256, so a truncated or corrupt file is
//! noticed, ignored and rewritten. The automaton itself is rebuilt from the
//! cached names on every start: `aho-corasick` cannot save it.

use crate::gazetteer::{self, Gazetteer, LoadError, SourceFile};
use crate::tagger::Tables;
use sha2::{Digest, Sha256};
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// First bytes of a cache file; the last one is the format version.
const MAGIC: &[u8; 8] = b"dipkbgz\x01";
/// Header: magic, key, payload length, payload checksum.
const HEADER: usize = 8 + 32 + 8 + 32;
/// Cache files kept in one directory; older ones are removed on writing.
const KEEP: usize = 8;

/// A SHA-256 over everything the cached data is derived from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key([u8; 32]);

impl Key {
    /// The key for the built-in files (their entities when `builtin`) and
    /// the user files `gazetteer::read_dirs` returned.
    pub fn new(user: &[SourceFile], builtin: bool) -> Key {
        let mut hash = Sha256::new();
        hash.update(MAGIC);
        hash.update(env!("CARGO_PKG_VERSION").as_bytes());
        // The version alone would keep a cache across rebuilds that change
        // how names are spelled out; the binary's own size and time do not.
        if let Some(metadata) = std::env::current_exe()
            .ok()
            .and_then(|exe| std::fs::metadata(exe).ok())
        {
            hash.update(metadata.len().to_le_bytes());
            if let Ok(modified) = metadata.modified() {
                let since = modified
                    .duration_since(std::time::UNIX_EPOCH)
                    .unwrap_or_default();
                hash.update(since.as_nanos().to_le_bytes());
            }
        }
        hash.update([u8::from(builtin)]);
        let mut field = |bytes: &[u8]| {
            hash.update((bytes.len() as u64).to_le_bytes());
            hash.update(bytes);
        };
        for (path, text) in gazetteer::builtin_files() {
            field(path.as_bytes());
            field(text.as_bytes());
        }
        for source in user {
            field(source.path.as_os_str().as_encoded_bytes());
            field(source.text.as_bytes());
        }
        Key(hash.finalize().into())
    }

    fn hex(&self) -> String {
        self.0.iter().map(|byte| format!("{byte:02x}")).collect()
    }
}

/// A directory of cache files.
#[derive(Debug, Clone)]
pub struct Cache {
    dir: PathBuf,
}

impl Cache {
    pub fn new(dir: impl Into<PathBuf>) -> Cache {
        Cache { dir: dir.into() }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn path(&self, key: &Key) -> PathBuf {
        self.dir.join(format!("gazetteer-{}.bin", key.hex()))
    }

    /// The cached gazetteer and tables for `key`, or none when the file is
    /// missing, truncated, corrupt or written for another key.
    pub fn read(&self, key: &Key) -> Option<(Gazetteer, Tables)> {
        let bytes = std::fs::read(self.path(key)).ok()?;
        decode(&bytes, key)
    }

    /// Writes the cache file for `key` (through a temporary file, so a
    /// reader never sees half of it) and removes the oldest files beyond
    /// the few kept.
    pub fn write(
        &self,
        key: &Key,
        gazetteer: &Gazetteer,
        tables: &Tables,
    ) -> std::io::Result<PathBuf> {
        let bytes = encode(key, gazetteer, tables)?;
        std::fs::create_dir_all(&self.dir)?;
        let path = self.path(key);
        let temporary = path.with_extension(format!("tmp{}", std::process::id()));
        let written = std::fs::File::create(&temporary).and_then(|mut file| {
            file.write_all(&bytes)?;
            file.sync_all()
        });
        if let Err(error) = written.and_then(|()| std::fs::rename(&temporary, &path)) {
            // The temporary file is ours alone; the write error is what matters.
            let _ = std::fs::remove_file(&temporary);
            return Err(error);
        }
        self.prune(&path)?;
        Ok(path)
    }

    /// Removes all but the `KEEP` most recently written cache files.
    fn prune(&self, keep: &Path) -> std::io::Result<()> {
        let mut files = Vec::new();
        for entry in std::fs::read_dir(&self.dir)? {
            let entry = entry?;
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name.starts_with("gazetteer-") && name.ends_with(".bin") && entry.path() != keep {
                files.push((entry.metadata()?.modified()?, entry.path()));
            }
        }
        files.sort();
        let excess = (files.len() + 1).saturating_sub(KEEP);
        for (_, path) in files.into_iter().take(excess) {
            match std::fs::remove_file(&path) {
                // Another process pruned it first.
                Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
                other => other?,
            }
        }
        Ok(())
    }
}

fn encode(key: &Key, gazetteer: &Gazetteer, tables: &Tables) -> std::io::Result<Vec<u8>> {
    let payload = postcard::to_stdvec(&(gazetteer, tables)).map_err(std::io::Error::other)?;
    let mut bytes = Vec::with_capacity(HEADER + payload.len());
    bytes.extend_from_slice(MAGIC);
    bytes.extend_from_slice(&key.0);
    bytes.extend_from_slice(&(payload.len() as u64).to_le_bytes());
    bytes.extend_from_slice(&Sha256::digest(&payload));
    bytes.extend_from_slice(&payload);
    Ok(bytes)
}

fn decode(bytes: &[u8], key: &Key) -> Option<(Gazetteer, Tables)> {
    let header = bytes.get(..HEADER)?;
    let payload = &bytes[HEADER..];
    if &header[..8] != MAGIC || header[8..40] != key.0 {
        return None;
    }
    let length = u64::from_le_bytes(header[40..48].try_into().ok()?);
    if length != payload.len() as u64 || Sha256::digest(payload).as_slice() != &header[48..80] {
        return None;
    }
    let (mut gazetteer, tables): (Gazetteer, Tables) = postcard::from_bytes(payload).ok()?;
    gazetteer.rebuild_index();
    tables.fits(&gazetteer).then_some((gazetteer, tables))
}

/// Where the gazetteer came from this time.
#[derive(Debug)]
pub enum Outcome {
    /// Read from this cache file.
    Hit(PathBuf),
    /// Built from YAML and written to this cache file.
    Written(PathBuf),
    /// Built from YAML; writing the cache failed (a read-only home, a full disk).
    WriteFailed(PathBuf, std::io::Error),
    /// Built from YAML with no cache in use.
    Uncached,
}

/// A loaded gazetteer with its tagger tables, ready for `Extractor::from_parts`.
#[derive(Debug)]
pub struct Compiled {
    pub gazetteer: Gazetteer,
    pub tables: Tables,
    pub outcome: Outcome,
}

/// Loads the gazetteer as `gazetteer::load_dirs_unlinted` does, from the
/// cache when it holds these files, else from YAML (then writing the cache).
/// Errors are the gazetteer's own, with file and line: a cache file never
/// makes loading fail.
pub fn compile(
    dirs: &[PathBuf],
    builtin: bool,
    cache: Option<&Cache>,
) -> Result<Compiled, LoadError> {
    let (user, problems) = gazetteer::read_dirs(dirs);
    let key = Key::new(&user, builtin);
    if let (Some(cache), true) = (cache, problems.is_empty()) {
        if let Some((gazetteer, tables)) = cache.read(&key) {
            return Ok(Compiled {
                gazetteer,
                tables,
                outcome: Outcome::Hit(cache.path(&key)),
            });
        }
    }
    let (gazetteer, _) = gazetteer::load_read(user, problems, builtin, false)?;
    let tables = Tables::new(&gazetteer);
    let outcome = match cache {
        Some(cache) => match cache.write(&key, &gazetteer, &tables) {
            Ok(path) => Outcome::Written(path),
            Err(error) => Outcome::WriteFailed(cache.path(&key), error),
        },
        None => Outcome::Uncached,
    };
    Ok(Compiled {
        gazetteer,
        tables,
        outcome,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Extractor;

    fn dirs() -> Vec<PathBuf> {
        vec![PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/eval/gazetteer")]
    }

    /// Tags a sentence naming entities of the test gazetteer with a fresh
    /// compile, so two compiles can be compared by what they find.
    fn tagged(compiled: Compiled) -> Vec<(String, Vec<String>)> {
        let extractor = Extractor::from_parts(compiled.gazetteer, compiled.tables).unwrap();
        let text = "Foreign Minister Kang Kyung-wha held talks with Japanese Foreign \
                    Minister Toshimitsu Motegi in Seoul on the export controls.";
        extractor
            .tagger
            .tag(text)
            .iter()
            .map(|found| {
                let ids = extractor
                    .tagger
                    .match_targets(found)
                    .map(|target| extractor.gazetteer.id(target.entity).to_string())
                    .collect();
                (text[found.start..found.end].to_string(), ids)
            })
            .collect()
    }

    fn cache() -> (tempfile::TempDir, Cache) {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::new(dir.path().join("cache"));
        (dir, cache)
    }

    #[test]
    fn second_load_reads_the_cache_and_finds_the_same_names() {
        let (_dir, cache) = cache();
        let built = compile(&dirs(), false, Some(&cache)).unwrap();
        let Outcome::Written(path) = &built.outcome else {
            panic!("expected a written cache, got {:?}", built.outcome)
        };
        assert!(path.exists());
        let expected = tagged(built);
        assert!(expected.len() >= 4, "{expected:?}");
        let read = compile(&dirs(), false, Some(&cache)).unwrap();
        assert!(
            matches!(read.outcome, Outcome::Hit(_)),
            "{:?}",
            read.outcome
        );
        assert_eq!(tagged(read), expected);
    }

    /// Damages the one cache file, then checks the next load rebuilds it
    /// (same names found) and the load after reads it again.
    fn rebuilt_after(damage: impl Fn(&Path)) {
        let (_dir, cache) = cache();
        let expected = tagged(compile(&dirs(), false, Some(&cache)).unwrap());
        let (user, _) = gazetteer::read_dirs(&dirs());
        let path = cache.path(&Key::new(&user, false));
        damage(&path);
        let rebuilt = compile(&dirs(), false, Some(&cache)).unwrap();
        assert!(
            matches!(rebuilt.outcome, Outcome::Written(_)),
            "{:?}",
            rebuilt.outcome
        );
        assert_eq!(tagged(rebuilt), expected);
        let read = compile(&dirs(), false, Some(&cache)).unwrap();
        assert!(
            matches!(read.outcome, Outcome::Hit(_)),
            "{:?}",
            read.outcome
        );
    }

    #[test]
    fn truncated_cache_is_rebuilt() {
        rebuilt_after(|path| {
            let bytes = std::fs::read(path).unwrap();
            std::fs::write(path, &bytes[..bytes.len() / 2]).unwrap();
        });
        rebuilt_after(|path| std::fs::write(path, &MAGIC[..5]).unwrap());
        rebuilt_after(|path| std::fs::write(path, b"").unwrap());
    }

    #[test]
    fn corrupt_cache_is_rebuilt() {
        rebuilt_after(|path| {
            let mut bytes = std::fs::read(path).unwrap();
            let middle = HEADER + (bytes.len() - HEADER) / 2;
            bytes[middle] ^= 0x55;
            std::fs::write(path, &bytes).unwrap();
        });
        // A payload rewritten with a matching checksum but cut short: the
        // decoder refuses it rather than trusting the checksum.
        rebuilt_after(|path| {
            let bytes = std::fs::read(path).unwrap();
            let payload = &bytes[HEADER..bytes.len() - 100];
            let mut forged = bytes[..40].to_vec();
            forged.extend_from_slice(&(payload.len() as u64).to_le_bytes());
            forged.extend_from_slice(&Sha256::digest(payload));
            forged.extend_from_slice(payload);
            std::fs::write(path, &forged).unwrap();
        });
    }

    #[test]
    fn a_file_under_another_key_is_not_used() {
        // The file for another gazetteer copied over this one's name: the
        // key inside does not match, so it is rebuilt.
        rebuilt_after(|path| {
            let (_dir, other) = cache();
            let builtin = compile(&[], true, Some(&other)).unwrap();
            let Outcome::Written(source) = builtin.outcome else {
                panic!("expected a written cache")
            };
            std::fs::copy(source, path).unwrap();
        });
    }

    #[test]
    fn a_changed_gazetteer_file_is_never_read_stale() {
        let (dir, cache) = cache();
        let gazetteer = dir.path().join("gazetteer");
        std::fs::create_dir(&gazetteer).unwrap();
        let file = gazetteer.join("people.yaml");
        let write = |name: &str| {
            std::fs::write(
                &file,
                format!("people:\n  - id: someone\n    name: {name}\n"),
            )
            .unwrap()
        };
        write("Hong Gil-dong");
        let dirs = vec![gazetteer.clone()];
        let first = compile(&dirs, false, Some(&cache)).unwrap();
        assert_eq!(first.gazetteer.people[0].common.name, "Hong Gil-dong");
        assert!(matches!(
            compile(&dirs, false, Some(&cache)).unwrap().outcome,
            Outcome::Hit(_)
        ));
        write("Im Kkeok-jeong");
        let changed = compile(&dirs, false, Some(&cache)).unwrap();
        assert!(
            matches!(changed.outcome, Outcome::Written(_)),
            "{:?}",
            changed.outcome
        );
        assert_eq!(changed.gazetteer.people[0].common.name, "Im Kkeok-jeong");
    }

    #[test]
    fn a_broken_gazetteer_is_an_error_even_with_a_cache() {
        let (dir, cache) = cache();
        let file = dir.path().join("bad.yaml");
        std::fs::write(&file, "people:\n  - id: x\n").unwrap();
        let error = compile(&[file], false, Some(&cache)).unwrap_err();
        assert!(error.to_string().contains("bad.yaml"), "{error}");
    }

    #[test]
    fn only_the_newest_files_are_kept() {
        let (dir, cache) = cache();
        for index in 0..KEEP + 3 {
            let file = dir.path().join(format!("g{index}.yaml"));
            std::fs::write(
                &file,
                format!("issues:\n  - id: issue-{index}\n    name: Issue number {index}\n"),
            )
            .unwrap();
            compile(&[file], false, Some(&cache)).unwrap();
        }
        let kept = std::fs::read_dir(cache.dir()).unwrap().count();
        assert_eq!(kept, KEEP);
    }
}
