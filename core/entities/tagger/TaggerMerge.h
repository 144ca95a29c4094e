#pragma once

#include "NameTagger.h"
#include "entities/FoundName.h"
#include "entities/NameTokens.h"

#include <QList>

namespace fc {

// Combines the rules' names of one sentence with the tagger's, each where it did better on the
// public annotated sets and the project's own (figures: resources/models/PROVENANCE.md):
// - standing names stay as the rules found them: the knowledge base's (span, type, id) and
//   those built from cue words (an organisation's or place's head or tail word, a connector:
//   "Badan Riset dan Inovasi Nasional", "Second Thomas Shoal"), which the tagger cuts at "dan"
//   or runs into the next name;
// - a tagged name is taken unless it overlaps a standing name; it may enclose one place or
//   organisation that ends it ("Pemprov DKI Jakarta" around "Jakarta", which stays inside), and
//   a tagged place or organisation with standing names wholly inside it is taken whole when
//   nothing in it marks two names side by side (a connector, a bracket, a person the rules read:
//   "Kabupaten Toba Samosir", not "Partai Kebangkitan Bangsa (PKB)");
//   feasts and single not-name words ("Idul Fitri", "Namun") are never taken;
// - a tagged name ends before an unpaired quotation mark inside it (it ran into a quoted title);
// - a tagged person whose capitalised run opens one plain word earlier, after a lower-case word,
//   takes that word in (an unseen given name the tagger left outside: "oleh Kendra Lowell Hart");
// - one unknown word the tagger read as a place, listed right after a person it read in a list
//   that goes on, is a person ("Tara , Yumi , Selin , Kasha dan Oona");
// - where both read the same words as the same two names in a row split at another word
//   ("Garuda Indonesia" + "Wamildan Tsani Panjaitan"), the rules' split stands;
// - the rules' other persons, organisations and places give way to a taken tagged name over
//   them, stay where the tagger's name was not taken, and go where the tagger saw no name at
//   all (its silence vetoes sentence-initial "Menurutnya", "Kini" and stray acronyms);
// - titles, sources, dates and the rest are untouched.
struct NameRules;

// Tagged names the knowledge base knows by their whole text (in any case: "joko widodo" in
// lower-cased text) get its entry, so they carry its canonical name and id like the rules' do.
void mergeTaggedNames(QList<FoundName> *found, const QList<TaggedName> &tagged, const QList<NameToken> &tokens,
                      const NameRules &rules, const KnowledgeBase &kb);

} // namespace fc
