#pragma once

// How an audit reads the directory. Indexed is the product's way: the whole
// directory in a few bulk queries, each distinct policy decided once, trust
// policies indexed by whom they trust. Exhaustive reads principal by principal
// and evaluates every pair: slow at scale, the reference the fast paths are
// tested against.
enum class AuditMode
{
    Indexed,
    Exhaustive
};
