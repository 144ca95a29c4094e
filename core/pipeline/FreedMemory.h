#pragma once

#include <QtGlobal>

namespace fc {

// Text of this many UTF-16 units or more is long enough that the memory its analysis frees
// is worth handing back before the next step (returnFreedMemory costs a walk of the heap).
constexpr qsizetype longTextUnits = qsizetype(1) << 20;

// Hands the pages malloc keeps free back to the system. A long article's steps free their
// working strings and lists between the ones they keep; malloc keeps those pages for later use,
// and the next steps (the checks, the report) grow beside them instead: about 11 MiB of the
// resident peak of one 20 MB article (tests/bench/README.md, eighth pass). Does nothing where the
// C library offers no such call.
void returnFreedMemory();

} // namespace fc
