#pragma once

#include "iam/iamerror.h"

#include <utility>
#include <variant>

// A value or the IamError that prevented it. Errors cross module boundaries
// as values, never as exceptions.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {}
    Result(IamError error)
        : m_state(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<0>(m_state); }
    T& value() & { return std::get<0>(m_state); }
    T&& value() && { return std::get<0>(std::move(m_state)); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }
    const T& operator*() const& { return value(); }

    const IamError& error() const { return std::get<1>(m_state); }

private:
    std::variant<T, IamError> m_state;
};

// Success carries nothing; failure carries the error.
template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(IamError error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_error.isNull(); }
    explicit operator bool() const { return ok(); }
    const IamError& error() const { return m_error; }

private:
    IamError m_error;
};
