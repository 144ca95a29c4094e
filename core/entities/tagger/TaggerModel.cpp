#include "TaggerModel.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSaveFile>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>

namespace fc {

namespace {

const char magic[8] = {'F', 'C', 'N', 'E', 'R', 'T', 'A', 'G'};
constexpr int headerSize = 8 + 4 + 4 + 32;

void put32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

void put16(QByteArray &out, qint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

// Reads little-endian integers from a payload, remembering when it ran out.
struct Reader
{
    const QByteArray &data;
    qsizetype at = 0;
    bool ok = true;
    quint32 u32()
    {
        if (at + 4 > data.size()) {
            ok = false;
            return 0;
        }
        const quint32 v = qFromLittleEndian<quint32>(data.constData() + at);
        at += 4;
        return v;
    }
    qint16 i16()
    {
        if (at + 2 > data.size()) {
            ok = false;
            return 0;
        }
        const qint16 v = qFromLittleEndian<qint16>(data.constData() + at);
        at += 2;
        return v;
    }
};

quint32 mix(quint32 h)
{
    h ^= h >> 16;
    h *= 0x7feb352dU;
    h ^= h >> 15;
    return h;
}

} // namespace

void TaggerModel::setWeights(const QList<quint32> &hashes, const QList<float> &weights, const QList<float> &transitions)
{
    const int L = TagLabelCount;
    float maxAbs = 0;
    for (float w : weights)
        maxAbs = std::max(maxAbs, std::fabs(w));
    for (float w : transitions)
        maxAbs = std::max(maxAbs, std::fabs(w));
    m_scale = maxAbs > 0 ? maxAbs / 32767.0f : 1.0f;
    auto quantise = [&](float w) { return qint16(std::lround(w / m_scale)); };

    QList<qsizetype> order(hashes.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return hashes.at(a) < hashes.at(b); });
    m_hashes.clear();
    m_weights.clear();
    for (qsizetype f : std::as_const(order)) {
        qint16 q[TagLabelCount];
        bool any = false;
        for (int l = 0; l < L; ++l) {
            q[l] = quantise(weights.at(f * L + l));
            any = any || q[l] != 0;
        }
        if (!any)
            continue; // a feature that moves no score costs bytes and a lookup for nothing
        m_hashes.append(hashes.at(f));
        for (int l = 0; l < L; ++l)
            m_weights.append(q[l]);
    }
    m_transitions.clear();
    for (float w : transitions)
        m_transitions.append(quantise(w));
    buildIndex();
}

void TaggerModel::buildIndex()
{
    quint32 capacity = 16;
    while (capacity < quint32(m_hashes.size()) * 2)
        capacity *= 2;
    m_mask = capacity - 1;
    m_table.fill(Slot(), capacity);
    for (qsizetype f = 0; f < m_hashes.size(); ++f) {
        if (m_hashes.at(f) == 0)
            continue; // hash 0 marks an empty slot; extractFeatures never gives it
        quint32 slot = mix(m_hashes.at(f)) & m_mask;
        while (m_table.at(slot).hash != 0)
            slot = (slot + 1) & m_mask;
        Slot &s = m_table[slot];
        s.hash = m_hashes.at(f);
        // Decoding only compares labels within a token, so a feature's weights may all move by
        // one amount: moved so that O's is zero, a feature needs six weights at run time and a
        // slot fits 16 bytes, four to a cache line. (The file keeps all seven: the perceptron
        // touches two labels per update, and the zeros compress.)
        const qint16 o = m_weights.at(f * TagLabelCount);
        for (int l = 1; l < TagLabelCount; ++l)
            s.weights[l - 1] = qint16(std::clamp(m_weights.at(f * TagLabelCount + l) - o, -32768, 32767));
    }
}

void TaggerModel::prefetch(quint32 hash) const
{
#if defined(__GNUC__) || defined(__clang__)
    if (!m_table.isEmpty())
        __builtin_prefetch(m_table.constData() + (mix(hash) & m_mask));
#else
    Q_UNUSED(hash)
#endif
}

void TaggerModel::addScores(quint32 hash, qint32 *scores) const
{
    if (m_table.isEmpty())
        return;
    const Slot *table = m_table.constData();
    for (quint32 slot = mix(hash) & m_mask;; slot = (slot + 1) & m_mask) {
        const Slot &s = table[slot];
        if (s.hash == hash) {
            for (int l = 1; l < TagLabelCount; ++l)
                scores[l] += s.weights[l - 1];
            return;
        }
        if (s.hash == 0)
            return;
    }
}

QByteArray TaggerModel::serialise() const
{
    const int L = TagLabelCount;
    QByteArray payload;
    quint32 scaleBits;
    static_assert(sizeof(scaleBits) == sizeof(m_scale));
    std::memcpy(&scaleBits, &m_scale, sizeof scaleBits);
    put32(payload, scaleBits);
    put32(payload, quint32(L));
    for (qint16 t : m_transitions)
        put16(payload, t);
    put32(payload, quint32(m_hashes.size()));
    quint32 previous = 0;
    for (quint32 h : m_hashes) {
        put32(payload, h - previous);
        previous = h;
    }
    for (int l = 0; l < L; ++l) {
        for (qsizetype f = 0; f < m_hashes.size(); ++f)
            put16(payload, m_weights.at(f * L + l));
    }
    const QByteArray compressed = qCompress(payload, 9);
    QByteArray out;
    out.append(magic, 8);
    put32(out, FormatVersion);
    put32(out, quint32(payload.size()));
    out.append(QCryptographicHash::hash(compressed, QCryptographicHash::Sha256));
    out.append(compressed);
    return out;
}

bool TaggerModel::deserialise(const QByteArray &bytes, const QString &origin, QString *error, Digest digest)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(origin, why);
        return false;
    };
    if (bytes.size() < 8 || std::memcmp(bytes.constData(), magic, 8) != 0)
        return fail(QStringLiteral("not a name tagger model (no FCNERTAG header)"));
    if (bytes.size() < headerSize)
        return fail(QStringLiteral("truncated model file (%1 bytes, the header alone is %2)")
                        .arg(bytes.size())
                        .arg(headerSize));
    const quint32 version = qFromLittleEndian<quint32>(bytes.constData() + 8);
    if (version != FormatVersion)
        return fail(
            QStringLiteral("model format version %1, this program reads version %2").arg(version).arg(FormatVersion));
    const quint32 payloadSize = qFromLittleEndian<quint32>(bytes.constData() + 12);
    const QByteArrayView compressed = QByteArrayView(bytes).sliced(headerSize);
    if (digest == Digest::Verify
        && QCryptographicHash::hash(compressed, QCryptographicHash::Sha256) != QByteArrayView(bytes).sliced(16, 32))
        return fail(QStringLiteral("damaged or truncated model file (checksum mismatch)"));
    const QByteArray payload = qUncompress(reinterpret_cast<const uchar *>(compressed.data()), compressed.size());
    if (payload.size() != qsizetype(payloadSize))
        return fail(QStringLiteral("damaged or truncated model file (payload does not uncompress to its size)"));

    Reader r{payload};
    const quint32 scaleBits = r.u32();
    const quint32 labels = r.u32();
    if (r.ok && labels != quint32(TagLabelCount))
        return fail(QStringLiteral("model has %1 labels, expected %2").arg(labels).arg(TagLabelCount));
    QList<qint16> transitions;
    for (int k = 0; k < (TagLabelCount + 1) * TagLabelCount; ++k)
        transitions.append(r.i16());
    const quint32 count = r.u32();
    if (!r.ok || qsizetype(count) * (4 + 2 * TagLabelCount) > payload.size() - r.at)
        return fail(QStringLiteral("damaged model file (feature table shorter than announced)"));
    // The tables are most of the file (megabytes): read straight from the payload, whose size
    // was checked above, rather than through Reader's per-integer bounds checks (the load is
    // part of every start of the program).
    const uchar *table = reinterpret_cast<const uchar *>(payload.constData()) + r.at;
    QList<quint32> hashes(count);
    quint32 *h = hashes.data();
    quint32 previous = 0;
    for (quint32 f = 0; f < count; ++f) {
        previous += qFromLittleEndian<quint32>(table + 4 * qsizetype(f));
        h[f] = previous;
    }
    table += 4 * qsizetype(count);
    QList<qint16> weights(qsizetype(count) * TagLabelCount);
    qint16 *w = weights.data();
    for (int l = 0; l < TagLabelCount; ++l) {
        for (quint32 f = 0; f < count; ++f)
            w[qsizetype(f) * TagLabelCount + l] = qFromLittleEndian<qint16>(table + 2 * qsizetype(f));
        table += 2 * qsizetype(count);
    }
    r.at += qsizetype(count) * (4 + 2 * TagLabelCount);
    if (!r.ok || r.at != payload.size())
        return fail(QStringLiteral("damaged model file (payload size does not match its contents)"));
    std::memcpy(&m_scale, &scaleBits, sizeof m_scale);
    m_transitions = transitions;
    m_hashes = hashes;
    m_weights = weights;
    buildIndex();
    return true;
}

bool TaggerModel::loadFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: cannot read (%2)").arg(path, file.errorString());
        return false;
    }
    const Digest digest = path.startsWith(QLatin1String(":/")) ? Digest::Trust : Digest::Verify;
    return deserialise(file.readAll(), path, error, digest);
}

bool TaggerModel::saveFile(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(serialise()) < 0 || !file.commit()) {
        if (error)
            *error = QStringLiteral("%1: cannot write (%2)").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace fc
