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
    // Indonesian: pe(N)-/per-/ke- ... -an nouns ("Perampasan", "Penanggulangan", "Kesehatan")
    // are no personal names either.
    bool confixNounsAreNoNames = false;
    // Words added to or dropped from the name of a regency or city, with the kind of place
    // they say it is ("kabupaten" -> "regency", "kota" -> "city", "kepulauan" -> ""), and
    // the forms its full name may take ("kabupaten %1", "%1 regency").
    QHash<QString, QString> regionWords;
    QStringList regionForms;
    int maxHolidayWords = 1; // words in the longest holiday name
};

// The rules for a registered language (core/lang/Language.h), with every other language's
// never-names; an unknown language (mixed or undecided text) gets the union of all.
const NameRules &nameRules(const QString &language);

} // namespace fc
