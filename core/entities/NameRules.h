#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace fc {

// The words a language uses around names. Everything is lower-case; multi-word cues are
// matched token by token by the recogniser ("wali kota", "according to").
struct NameRules
{
    QSet<QString> orgHeads;             // an organisation name starts with: "kementerian", "ministry"
    QSet<QString> orgTails;             // or ends with: "agency", "party", "times"
    QSet<QString> locHeads;             // a place name starts with: "kabupaten", "sungai"
    QSet<QString> locTails;             // or ends with: "river", "regency", "province"
    QSet<QString> roleHeads;            // a title starts with: "presiden", "kepala", "president"
    QSet<QString> roleWords;            // and may continue with: "luar", "negeri", "tertinggi"
    QSet<QString> roleTailsLc;          // lower-case roles after a name: "regent", "chief"
    QSet<QString> honorifics;           // before a person: "pak", "mr", "dr"
    QSet<QString> particles;            // inside a person's name: "bin", "van", "de"
    QSet<QString> connectors;           // inside an organisation's name: "dan", "of"
    QSet<QString> placePrepositions;    // before a place: "di", "ke", "in"
    QSet<QString> sourceBefore;         // the source follows: "kata", "menurut", "mengutip"
    QSet<QString> sourceBeforeWithDari; // and may be followed by "dari": "dilansir", "dikutip"
    QSet<QString> sourceAfter;          // the source precedes: "melaporkan", "said"
    QSet<QString> notNames;             // capitalised words that are not names: "Selasa", "Namun"
    QSet<QString> holidays;             // feasts and holidays, no places: "lebaran", "idul fitri", "christmas"
    QSet<QString> placeOfHeads;         // a place name "X of Y": "sea", "gulf", "bay" ("Sea of Japan")
    QSet<QString> nameLikeRoles;        // title words that are also personal names: "hakim" ("Lukman Hakim")
    QSet<QString> headlineLowercase;    // words a title-case headline leaves in lower case: "dalam", "of"
    // Common nouns that a text capitalises in the names of bills, cases and programmes
    // ("Rancangan Undang-Undang Perampasan Aset", "Kasus Korupsi"): never part of a person's name.
    QSet<QString> notPersonWords;
    // Nouns known by their shape that are no personal names either (Indonesian pe(N)-/per-/ke-
    // ... -an: "Perampasan", "Kesehatan"); nullptr when the language has no such test.
    bool (*isNoNameNoun)(const QString &lower) = nullptr;
    QSet<QString> compassWords; // open or close a place's name: "selatan" ("Jakarta Selatan"), "east"
    QSet<QString> centreWords;  // close a place's name after a known place: "pusat" ("Jakarta Pusat")
    // Words that place a region within a larger one (compass points, up- and downstream):
    // names differing in such a word are two places, never one misspelt ("Timur"/"Timor").
    QSet<QString> positionWords;
    QSet<QString> documentHeads; // a capitalised run after it names a document or programme: "perjanjian", "treaty"
    QSet<QString> listWords;     // join names in a list: "dan", "serta", "atau", "and", "or"
    QSet<QString> andWords;      // join two places: "dan", "and" ("Garut dan Ciamis")
    QSet<QString> ofWords;       // inside "X of Y" names and titles: "of" ("Sea of Japan", "Minister of ...")
    QSet<QString> ofRoleTails;   // lower-case roles before "of" and an organisation: "head", "chief"
    QStringList titleOrgLinks;   // between a title's role and its organisation: "of the", "of"
    QHash<QString, QString> sourceBeforePairs; // two-word cues before a source: "according" -> "to"
    QSet<QString> sourceLeadIns;               // before another such cue: "seperti" ("seperti dikutip dari")
    QSet<QString> sourceAgentWords;            // between such a cue and the source: "dari", "oleh", "by"
    QStringList demonymEndings;                // a word so ending names a people, not a place: "ese" ("Chinese")
    QStringList compassDemonymEndings;         // after a compass word, these too: "can" ("North African")
    // Words added to or dropped from the name of a regency or city, with the kind of place
    // they say it is ("kabupaten" -> "regency", "kota" -> "city", "kepulauan" -> ""), and
    // the forms its full name may take ("kabupaten %1", "%1 regency").
    QHash<QString, QString> regionWords;
    QStringList regionForms;
    int maxHolidayWords = 1; // words in the longest holiday name
    // The first word of each holiday, up to an apostrophe ("idul", "christmas"): a cheap test
    // before a phrase is built. Filled by nameRules(); holidayFirstWords() fills it otherwise.
    QSet<QString> holidayFirstWords;
};

// The first words of `holidays`, as NameRules::holidayFirstWords holds them.
QSet<QString> holidayFirstWords(const QSet<QString> &holidays);

// The rules for a registered language (core/lang/Language.h), with every other language's
// never-names; an unknown language (mixed or undecided text) gets the union of all.
const NameRules &nameRules(const QString &language);

} // namespace fc
