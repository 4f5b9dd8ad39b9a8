#pragma once

#include "core/dataset.hpp"
#include "core/error.hpp"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace recmap::core {

// A malformed or unresolvable query; `column` (1-based) points at the offending token.
class QueryError : public UsageError {
  public:
    QueryError(size_t column, const std::string& message)
        : UsageError("column " + std::to_string(column) + ": " + message), m_column(column),
          m_message(message) {}
    [[nodiscard]] size_t column() const { return m_column; }
    [[nodiscard]] const std::string& message() const { return m_message; }

  private:
    size_t m_column;
    std::string m_message;
};

// The parsed query language: predicates over one entity (the "row"), combined with and/or/not.
//   member(ORG) candidate(ORG) suspended(ORG) observer(ORG) (observers and partners) former(ORG)
//   recognises(X) recognised_by(X) relations_broken(X) is(X) kind(K)
//   joined(ORG[, FROM, TO]) left(ORG[, FROM, TO]) withdrew(X[, FROM, TO])
// Names are codes or aliases; quote those with spaces: recognises('Northern Cyprus').
struct QueryNode {
    enum class Kind { And, Or, Not, Call };
    struct Argument {
        std::string text;
        size_t column = 0;
    };
    Kind kind = Kind::Call;
    std::string function; // for Call
    std::vector<Argument> arguments;
    // And/Or: two or more operands in order (`a and b and c` is one node); Not: one.
    std::vector<std::unique_ptr<QueryNode>> children;
    size_t column = 0;
};

// Parses; throws QueryError. Never evaluated as SQL: the AST is walked in C++. Parentheses and
// `not` nest at most 200 deep (a QueryError beyond), so the tree is at most that deep.
[[nodiscard]] std::unique_ptr<QueryNode> parseQuery(std::string_view text);

// A query bound to a dataset: every name resolved (unknown names throw QueryError with their
// column), ready to test entities on a date.
class CompiledQuery {
  public:
    CompiledQuery(std::string_view text, const Dataset& dataset);
    ~CompiledQuery();
    CompiledQuery(CompiledQuery&&) noexcept;

    [[nodiscard]] bool matches(const Entity& row, const Date& date) const;
    // The entities (not territories) existing on the date that match, in code order.
    [[nodiscard]] std::vector<const Entity*> select(const Date& date) const;

    struct Bound; // the bound AST, defined in query_evaluator.cpp

  private:
    const Dataset* m_dataset;
    std::unique_ptr<Bound> m_root;
};

} // namespace recmap::core
