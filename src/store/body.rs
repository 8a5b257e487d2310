//! Article bodies as stored: a zstd frame compressed with a dictionary
//! trained on the store's own articles (since schema 8), a frame without
//! one (schema 7), or text (before). News articles share much wording
//! (bylines, outlets' boilerplate, titles, place names), which a frame of
//! one 5 KB article cannot exploit on its own and a dictionary can.

use super::StoreError;
use rusqlite::types::ValueRef;
use rusqlite::{Connection, OptionalExtension};
use std::collections::HashMap;
use zstd::zstd_safe;

/// zstd's default level: about 40% of the text for one news article
/// without a dictionary, at a few hundred MB/s.
pub(super) const BODY_LEVEL: i32 = 3;

/// Fewer bodies than this would train a dictionary that barely pays for
/// its own size; they are stored without one until the store has enough.
pub(super) const DICTIONARY_MIN_BODIES: usize = 500;

/// Training reads at most this many bodies, spread evenly over the batch,
/// and at most this many bytes of them: more gains little, and training
/// time and memory grow with the sample.
const SAMPLE_BODIES: usize = 2_000;
const SAMPLE_BYTES: usize = 32 << 20;

/// zstd's default dictionary size; a smaller one for small samples, which
/// cannot fill it usefully (zstd advises a sample about 100× the size).
const DICTIONARY_BYTES: usize = 110 * 1024;

/// A body larger than this is not one dipkb stored: the frame is damaged.
const MAX_BODY_BYTES: u64 = 1 << 30;

/// Compresses new bodies, with the store's dictionary when it has one.
/// Lives across batches so the dictionary is loaded once per run.
#[derive(Default)]
pub(super) struct BodyWriter {
    /// The `dictionaries` id in use (`None`: no dictionary) and a context
    /// holding it.
    compressor: Option<(Option<i64>, zstd::bulk::Compressor<'static>)>,
}

impl BodyWriter {
    /// Readies the writer for a batch, inside its transaction: takes the
    /// store's latest dictionary or, when it has none, trains one from
    /// `bodies` (topped up with stored bodies when the batch is small) once
    /// there are `min_bodies` to learn from.
    pub(super) fn prepare(
        &mut self,
        connection: &Connection,
        bodies: &[&str],
        min_bodies: usize,
    ) -> Result<(), StoreError> {
        let latest: Option<i64> = connection
            .query_row(
                "SELECT id FROM dictionaries ORDER BY id DESC LIMIT 1",
                [],
                |row| row.get(0),
            )
            .optional()?;
        let id = match latest {
            Some(id) => Some(id),
            None => train(connection, bodies, min_bodies)?,
        };
        if matches!(&self.compressor, Some((current, _)) if *current == id) {
            return Ok(());
        }
        let compressor = match id {
            None => plain_compressor()?,
            Some(id) => {
                let (bytes, _, _) = load_dictionary(connection, id)?;
                let mut compressor = zstd::bulk::Compressor::with_dictionary(BODY_LEVEL, &bytes)
                    .map_err(|error| {
                        StoreError::Corrupt(format!(
                            "dictionaries row {id}: not a usable zstd dictionary: {error}"
                        ))
                    })?;
                with_checksum(&mut compressor)?;
                compressor
            }
        };
        self.compressor = Some((id, compressor));
        Ok(())
    }

    /// `body` as one zstd frame, and the dictionary that compressed it.
    pub(super) fn compress(&mut self, body: &str) -> Result<(Vec<u8>, Option<i64>), StoreError> {
        if self.compressor.is_none() {
            self.compressor = Some((None, plain_compressor()?));
        }
        let (id, compressor) = self.compressor.as_mut().expect("a compressor was just set");
        let frame = compressor
            .compress(body.as_bytes())
            .map_err(StoreError::Compress)?;
        Ok((frame, *id))
    }
}

fn plain_compressor() -> Result<zstd::bulk::Compressor<'static>, StoreError> {
    let mut compressor = zstd::bulk::Compressor::new(BODY_LEVEL).map_err(StoreError::Compress)?;
    with_checksum(&mut compressor)?;
    Ok(compressor)
}

/// Frames carry a checksum of the text (4 bytes): a dictionary damaged
/// in a way zstd's own checks miss would otherwise give wrong text silently.
fn with_checksum(compressor: &mut zstd::bulk::Compressor<'static>) -> Result<(), StoreError> {
    compressor
        .set_parameter(zstd_safe::CParameter::ChecksumFlag(true))
        .map_err(StoreError::Compress)
}

/// Trains a dictionary and stores it; `None` when there are too few
/// bodies, or when zstd finds nothing to learn from them (the bodies are
/// then stored without a dictionary, and a later batch tries again).
fn train(
    connection: &Connection,
    bodies: &[&str],
    min_bodies: usize,
) -> Result<Option<i64>, StoreError> {
    let step = bodies.len().div_ceil(SAMPLE_BODIES).max(1);
    let mut samples: Vec<Vec<u8>> = Vec::new();
    let mut sampled = 0;
    for body in bodies.iter().step_by(step) {
        if sampled + body.len() > SAMPLE_BYTES {
            break;
        }
        sampled += body.len();
        samples.push(body.as_bytes().to_vec());
    }
    if samples.len() < min_bodies {
        // A small batch: learn from the latest stored bodies too.
        let stored: i64 =
            connection.query_row("SELECT count(*) FROM articles", [], |row| row.get(0))?;
        let missing = min_bodies - samples.len();
        if usize::try_from(stored).unwrap_or(0) < missing {
            return Ok(None);
        }
        let mut reader = BodyReader::new(connection);
        let mut statement = connection
            .prepare("SELECT id, body, dictionary_id FROM articles ORDER BY id DESC LIMIT ?1")?;
        let mut rows = statement.query([i64::try_from(missing).unwrap_or(i64::MAX)])?;
        while let Some(row) = rows.next()? {
            let id: i64 = row.get(0)?;
            samples.push(reader.text(row.get_ref(1)?, row.get(2)?, id)?.into_bytes());
        }
    }
    if samples.len() < min_bodies {
        return Ok(None);
    }
    let sample_bytes: usize = samples.iter().map(Vec::len).sum();
    let size = DICTIONARY_BYTES.min(sample_bytes / 20).max(1024);
    let Ok(dictionary) = zstd::dict::from_samples(&samples, size) else {
        return Ok(None);
    };
    connection
        .prepare_cached("INSERT INTO dictionaries (bytes) VALUES (?1)")?
        .execute([&dictionary])?;
    Ok(Some(connection.last_insert_rowid()))
}

/// A `dictionaries` row: its bytes, the id zstd writes into the frames
/// it compresses, and the dictionary digested for decompression (which
/// checks its tables; compressing would find damage only at the first body).
type Dictionary = (Vec<u8>, u32, zstd_safe::DDict<'static>);

fn load_dictionary(connection: &Connection, id: i64) -> Result<Dictionary, StoreError> {
    let bytes: Option<Vec<u8>> = connection
        .prepare_cached("SELECT bytes FROM dictionaries WHERE id = ?1")?
        .query_row([id], |row| match row.get_ref(0)? {
            ValueRef::Blob(bytes) => Ok(Some(bytes.to_vec())),
            _ => Ok(None),
        })
        .optional()?
        .ok_or_else(|| StoreError::Corrupt(format!("dictionaries row {id} is missing")))?;
    let bytes =
        bytes.ok_or_else(|| StoreError::Corrupt(format!("dictionaries row {id}: not a BLOB")))?;
    let Some(zstd_id) = zstd_safe::get_dict_id_from_dict(&bytes) else {
        return Err(StoreError::Corrupt(format!(
            "dictionaries row {id}: not a zstd dictionary"
        )));
    };
    let digested = zstd_safe::DDict::try_create(&bytes).ok_or_else(|| {
        StoreError::Corrupt(format!(
            "dictionaries row {id}: zstd cannot load it (damaged tables)"
        ))
    })?;
    Ok((bytes, zstd_id.get(), digested))
}

/// Reads bodies back, loading each dictionary once.
pub(super) struct BodyReader<'c> {
    connection: &'c Connection,
    /// Per `dictionaries` id: the id zstd wrote into its frames, and the
    /// digested dictionary.
    dictionaries: HashMap<i64, (u32, zstd_safe::DDict<'static>)>,
    context: Option<zstd_safe::DCtx<'static>>,
}

impl<'c> BodyReader<'c> {
    pub(super) fn new(connection: &'c Connection) -> Self {
        BodyReader {
            connection,
            dictionaries: HashMap::new(),
            context: None,
        }
    }

    /// The text of `articles` row `article_id`, from its `body` and
    /// `dictionary_id` columns.
    pub(super) fn text(
        &mut self,
        body: ValueRef<'_>,
        dictionary: Option<i64>,
        article_id: i64,
    ) -> Result<String, StoreError> {
        let corrupt =
            |what: String| StoreError::Corrupt(format!("articles row {article_id}: body {what}"));
        let frame = match body {
            ValueRef::Text(text) => {
                return String::from_utf8(text.to_vec())
                    .map_err(|error| corrupt(format!("is not UTF-8: {error}")))
            }
            ValueRef::Blob(frame) => frame,
            other => return Err(corrupt(format!("is {:?}", other.data_type()))),
        };
        let size = match zstd_safe::get_frame_content_size(frame) {
            Ok(Some(size)) if size <= MAX_BODY_BYTES => size as usize,
            Ok(Some(size)) => return Err(corrupt(format!("claims {size} bytes"))),
            Ok(None) | Err(_) => return Err(corrupt("is not a zstd frame with its size".into())),
        };
        let mut out: Vec<u8> = Vec::with_capacity(size);
        let context = match &mut self.context {
            Some(context) => context,
            None => self
                .context
                .insert(zstd_safe::DCtx::try_create().ok_or_else(|| {
                    StoreError::Compress(std::io::Error::other(
                        "zstd could not allocate a decompression context",
                    ))
                })?),
        };
        let result = match dictionary {
            None => context.decompress(&mut out, frame),
            Some(id) => {
                if !self.dictionaries.contains_key(&id) {
                    let (_, zstd_id, digested) = load_dictionary(self.connection, id)?;
                    self.dictionaries.insert(id, (zstd_id, digested));
                }
                let (zstd_id, digested) = &self.dictionaries[&id];
                let in_frame = zstd_safe::get_dict_id_from_frame(frame).map_or(0, |id| id.get());
                if in_frame != *zstd_id {
                    return Err(StoreError::Corrupt(format!(
                        "dictionaries row {id}: zstd dictionary id {zstd_id}, but articles row {article_id} was compressed with {in_frame}"
                    )));
                }
                context.decompress_using_ddict(&mut out, frame, digested)
            }
        };
        match result {
            Ok(written) if written == size => {}
            Ok(written) => {
                return Err(corrupt(format!(
                    "gives {written} bytes where its frame says {size}"
                )))
            }
            Err(code) => {
                let with = dictionary
                    .map(|id| format!(" with dictionaries row {id}"))
                    .unwrap_or_default();
                return Err(corrupt(format!(
                    "does not decompress{with}: {}",
                    zstd_safe::get_error_name(code)
                )));
            }
        }
        String::from_utf8(out).map_err(|error| corrupt(format!("is not UTF-8: {error}")))
    }
}
