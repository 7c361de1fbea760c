#pragma once

// Where a new entity comes from, for the one path that creates it: made
// here (a fresh id, the current time, the account's quotas), or imported as
// AWS recorded it (its id when free, its dates, no size or count quotas:
// AWS lets accounts raise them, and the file is what AWS accepted).
enum class Provenance
{
    Created,
    Imported
};
