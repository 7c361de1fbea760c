#pragma once

#include "audit/backgroundaudit.h"

#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <memory>

// Makes background audit questions slow on demand, without timing anything:
// while installed, each question waits on the worker until it is released or
// cancelled. Header-only; one at a time, uninstalled (and released) on destruction.
class AuditHold
{
public:
    struct State
    {
        std::atomic_bool released{false};
        std::atomic_int entered{0};      // questions that reached the hold
        std::atomic_int sawCancelled{0}; // of those, left because they were cancelled
        std::atomic_bool holdOnlyFirst{false};
    };

    AuditHold()
        : m_state(std::make_shared<State>())
    {
        BackgroundAudit::setHoldForTesting([state = m_state](const CancellationToken& token) {
            const int index = ++state->entered;
            if (state->holdOnlyFirst && index > 1)
                return;
            // Polls the token: it has no way to wake a waiter, and this is a test seam only.
            while (!state->released && !token.isCancelled())
                QThread::msleep(1);
            if (token.isCancelled())
                ++state->sawCancelled;
        });
    }
    ~AuditHold()
    {
        release();
        BackgroundAudit::setHoldForTesting({});
        QThreadPool::globalInstance()->waitForDone();
    }
    AuditHold(const AuditHold&) = delete;
    AuditHold& operator=(const AuditHold&) = delete;

    void release() { m_state->released = true; }
    // Only the first question waits; later ones go straight on.
    void holdOnlyFirst() { m_state->holdOnlyFirst = true; }
    int entered() const { return m_state->entered; }
    int sawCancelled() const { return m_state->sawCancelled; }

private:
    std::shared_ptr<State> m_state;
};
