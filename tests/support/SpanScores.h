#pragma once

// Exact-span precision, recall and F1 of one type in the name evaluations (the project's own
// sets in tst_entities_eval, the public corpora in tst_ner_public_eval).
namespace fc::test {

struct SpanCounts
{
    int truePositive = 0;
    int falsePositive = 0;
    int falseNegative = 0;
    double precision() const { return truePositive ? double(truePositive) / (truePositive + falsePositive) : 0; }
    double recall() const { return truePositive ? double(truePositive) / (truePositive + falseNegative) : 0; }
    double f1() const
    {
        const double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }
};

} // namespace fc::test
