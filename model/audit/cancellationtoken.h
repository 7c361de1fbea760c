#pragma once

#include <atomic>
#include <memory>

// Asks a long audit query to stop. The caller keeps a copy and cancels it; the
// query loops check it between principals and return early (their partial
// answer is then dropped by whoever cancelled). Copies share one flag, so a
// token may be cancelled on one thread and checked on another.
class CancellationToken
{
public:
    CancellationToken()
        : m_flag(std::make_shared<std::atomic_bool>(false))
    {}

    void cancel() const { m_flag->store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_flag->load(std::memory_order_relaxed); }

    // For the queries' optional token: no token is never cancelled.
    static bool requested(const CancellationToken* token) { return token && token->isCancelled(); }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};
