#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace fc {

// The labels the tagger gives tokens: outside, or the beginning or inside of a PER, ORG or
// LOC name. The order is part of the model file.
enum class TagLabel : quint8 { O, BPer, IPer, BOrg, IOrg, BLoc, ILoc };
constexpr int TagLabelCount = 7;

// A trained linear sequence model: per feature hash one weight per label, and label-to-label
// transition weights. Weights are 16-bit integers times one scale, so the file stays small.
//
// File layout (all integers little-endian):
//   8 bytes  magic "FCNERTAG"
//   4 bytes  format version (1)
//   4 bytes  size of the payload before compression
//   32 bytes SHA-256 of the compressed payload
//   rest     the payload, zlib-compressed (qCompress): the scale (float), the transition
//            weights ((labels + 1) x labels, int16, the first row from the sentence start),
//            the feature count, the sorted feature hashes (delta-coded, uint32), then each
//            feature's weights (labels x int16, label-major so zeros compress well).
class TaggerModel
{
public:
    static constexpr quint32 FormatVersion = 1;

    bool isEmpty() const { return m_hashes.isEmpty(); }
    qsizetype featureCount() const { return m_hashes.size(); }

    // Builds the model from trained weights (features sorted by hash or not; any order).
    void setWeights(const QList<quint32> &hashes, const QList<float> &weights, const QList<float> &transitions);

    QByteArray serialise() const;
    // Whether deserialise compares the SHA-256 in the header with the payload. A model file read
    // from disk is checked; one compiled into the program (a Qt resource) is as intact as the
    // program's code, and hashing its megabytes was a quarter of a one-article run's work.
    // zlib's own Adler-32 and the size checks apply to both.
    enum class Digest { Verify, Trust };

    // Fails with a message naming `origin` and what is wrong (not a model, another version,
    // truncated, damaged).
    bool deserialise(const QByteArray &bytes, const QString &origin, QString *error, Digest digest = Digest::Verify);
    // A path starting with ":/" is a Qt resource: its digest is trusted (see Digest).
    bool loadFile(const QString &path, QString *error);
    bool saveFile(const QString &path, QString *error) const;

    // Adds the weights of feature `hash` to scores[0..TagLabelCount) (unknown hashes add nothing;
    // O's score stays: every weight is relative to it).
    void addScores(quint32 hash, qint32 *scores) const;
    // Asks the processor to fetch the slot of `hash` ahead of addScores: a sentence's features
    // hit a table of megabytes at random, and waiting for each in turn is most of the tagger's time.
    void prefetch(quint32 hash) const;
    float scale() const { return m_scale; }
    qint32 transition(int from, int to) const { return m_transitions.at((from + 1) * TagLabelCount + to); }

private:
    void buildIndex();

    float m_scale = 1;
    QList<quint32> m_hashes;     // sorted
    QList<qint16> m_weights;     // feature-major: m_weights[f * labels + label]
    QList<qint16> m_transitions; // (labels + 1) x labels
    // Open addressing for lookups, each slot holding its hash and weights together, so a
    // feature costs one cache miss, not three (table, hash list, weight list). An empty slot
    // has hash 0. The weights are those of the labels after O, O's moved to zero (setWeights).
    struct alignas(16) Slot
    {
        quint32 hash = 0;
        qint16 weights[TagLabelCount - 1] = {};
    };
    static_assert(sizeof(Slot) == 16);
    QList<Slot> m_table;
    quint32 m_mask = 0;
};

} // namespace fc
