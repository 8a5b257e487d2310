//! The lexicon's word lists: the clause words, cues and descriptions the
//! extraction rules read, kept in `gazetteer/lexicon.yaml` rather than in
//! code so that a user's lexicon can change them. Each list is one key of
//! `lexicon:`; docs/GAZETTEER.md says what each is for.

/// Declares the lists once: the struct, its YAML keys, and the walks over
/// every list that loading, merging and fingerprinting need.
macro_rules! word_lists {
    ($($(#[$doc:meta])* $name:ident,)*) => {
        /// One value per word list: the lists as loaded (`Vec<String>`), or
        /// compiled for matching (`WordLists<extract::Words>`).
        #[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
        pub struct WordLists<T = Vec<String>> {
            $($(#[$doc])* pub $name: T,)*
        }

        impl<T> WordLists<T> {
            /// The YAML keys, in declaration order.
            pub const KEYS: &'static [&'static str] = &[$(stringify!($name),)*];

            /// The list under a YAML key.
            pub fn get_mut(&mut self, key: &str) -> Option<&mut T> {
                match key {
                    $(stringify!($name) => Some(&mut self.$name),)*
                    _ => None,
                }
            }

            /// Every list with its key, in declaration order.
            pub fn iter(&self) -> impl Iterator<Item = (&'static str, &T)> {
                [$((stringify!($name), &self.$name),)*].into_iter()
            }

            /// Each list turned into something else (compiled), by key.
            pub fn map<U>(self, mut f: impl FnMut(&'static str, T) -> U) -> WordLists<U> {
                WordLists {
                    $($name: f(stringify!($name), self.$name),)*
                }
            }
        }

        impl WordLists {
            /// Keeps each list this one has, takes the others from `fallback`:
            /// how a user's lexicon replaces the built-in one key by key.
            pub fn or(self, fallback: WordLists) -> WordLists {
                WordLists {
                    $($name: if self.$name.is_empty() { fallback.$name } else { self.$name },)*
                }
            }

            /// Adds `other`'s words to each list: how lexicon files of one
            /// origin (built in, or the user's) add up.
            pub fn extend(&mut self, other: WordLists) {
                $(self.$name.extend(other.$name);)*
            }
        }
    };
}

word_lists! {
    /// Where a subordinate clause opens (` after `, `, during which`): a
    /// date past one is not the meeting's.
    clause_breaks,
    /// Phrases of a sentence about the state of relations, not an event
    /// (`relations between`, `have been strained`).
    background_phrases,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_names_its_list() {
        let mut lists: WordLists = WordLists::default();
        lists
            .get_mut("clause_breaks")
            .unwrap()
            .push(" after ".into());
        assert_eq!(lists.clause_breaks, [" after "]);
        assert!(lists.get_mut("no_such_list").is_none());
        assert_eq!(WordLists::<Vec<String>>::KEYS.len(), lists.iter().count());
    }

    #[test]
    fn a_user_list_replaces_only_its_own_key() {
        let builtin = WordLists {
            clause_breaks: vec![" after ".into()],
            background_phrases: vec!["ties between".into()],
            ..WordLists::default()
        };
        let user = WordLists {
            background_phrases: vec!["feud".into()],
            ..WordLists::default()
        };
        let merged = user.or(builtin);
        assert_eq!(merged.clause_breaks, [" after "]);
        assert_eq!(merged.background_phrases, ["feud"]);
    }
}
